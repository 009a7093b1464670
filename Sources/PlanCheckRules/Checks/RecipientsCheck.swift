import PlanCheckCore

/// "Nơi nhận:" must be there and end with "- Lưu: VT, …" (NĐ 30/2020, Phụ lục I): the archive
/// line is how the office proves which copy it kept.
public struct RecipientsCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case present, archiveLast }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case check }
        public typealias Keys = CodingKeys
        public var check: Check
    }

    public static let kind = "recipients"
    public static let placeholders: Set<String> = ["last"]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public var concernsClosingParts: Bool { true }

    public func run(_ context: CheckContext) -> [CheckHit] {
        let recipients = context.document.recipients
        switch parameters.check {
        case .present:
            return recipients == nil ? [CheckHit(span: nil)] : []
        case .archiveLast:
            guard let recipients, recipients.archive == nil || !recipients.archiveIsLast else { return [] }
            let last = recipients.items.last
            return [
                CheckHit(
                    span: recipients.archive?.span ?? last?.span ?? recipients.span,
                    values: ["last": last?.value ?? ""])
            ]
        }
    }
}
