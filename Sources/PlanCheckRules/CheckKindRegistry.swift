/// The one list of check kinds rules may name. Explicit on purpose: a kind exists for rules only
/// once it is listed here, and the list is what `rules/README.md` documents.
public enum CheckKindRegistry {
    public static let all: [any CheckKind.Type] = [
        HeaderFieldCheck.self,
        TextPatternCheck.self,
        RequiredSectionCheck.self,
        HeadingTypoCheck.self,
        CitationFormCheck.self,
        CitationDateCheck.self,
        CitationCodeCaseCheck.self,
        CitationUndatedCheck.self,
        TaskFieldCheck.self,
        DateFormCheck.self,
        AssignmentVerbCheck.self,
        FieldConsistencyCheck.self,
        SignatureAuthorityCheck.self,
        RecipientsCheck.self,
        ParseDiagnosticCheck.self,
        PartialCopyCheck.self,
        ParentCitationCheck.self,
        ParentTimingCheck.self,
        ParentCoverageCheck.self,
        ParentDeadlineCheck.self,
        AgencyLevelCheck.self,
        RequiredThemeCheck.self,
        RegistryCitationCheck.self,
        RegistryNameCheck.self,
        AdministrativeUnitCheck.self,
    ]

    public static func kind(named name: String) -> (any CheckKind.Type)? {
        all.first { $0.kind == name }
    }
}
