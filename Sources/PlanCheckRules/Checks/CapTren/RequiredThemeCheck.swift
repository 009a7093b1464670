import Foundation
import PlanCheckCore

/// Themes a plan profile requires (rules/profiles/): a missing theme is named with the clause
/// that requires it. A theme marked "only if the parent mentions it" is required only where a
/// duty the parents address to the child's level asks for it, and a duty the child declared not
/// applicable excuses its theme.
public struct RequiredThemeCheck: CheckKind {
    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case profile }
        public typealias Keys = CodingKeys
        public var profile: String
    }

    public static let kind = "required-theme"
    public static let placeholders: Set<String> = ["theme", "requiredBy", "profile"]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public func run(_ context: CheckContext) -> [CheckHit] {
        guard let profile = context.data.profiles.first(where: { $0.id == parameters.profile }) else {
            return []
        }
        let patterns = context.data.patterns
        guard let title = context.document.header.title?.value, patterns.matches(profile.appliesTo, title)
        else { return [] }
        let found = context.index.bodyMatches(profile.themes.flatMap(\.patterns), patterns: patterns)
        // Only what the parents ask of this level counts: a theme the province gives its own Sở
        // is not the commune's to carry (Comparison.askedOfChild).
        let parentsText =
            context.comparison.map { $0.askedOfChild.joined(separator: " ") }
            ?? context.parents.map { $0.lines.joined(separator: " ") }.joined(separator: " ")
        let excused =
            context.comparison?.coverage.filter { $0.match.outcome == .notApplicable }.map(
                \.match.parentItem.text) ?? []
        var hits: [CheckHit] = []
        for theme in profile.themes {
            let present = theme.patterns.contains { found.contains($0) }
            if present { continue }
            if theme.onlyIfParentMentions,
                !theme.patterns.contains(where: { patterns.matches($0, parentsText) })
            {
                continue
            }
            if excused.contains(where: { t in theme.patterns.contains { patterns.matches($0, t) } }) {
                continue
            }
            hits.append(
                CheckHit(
                    span: nil,
                    values: ["theme": theme.name, "requiredBy": theme.requiredBy, "profile": profile.name]))
        }
        return hits
    }
}
