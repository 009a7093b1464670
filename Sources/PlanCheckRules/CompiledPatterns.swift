import Foundation
import PlanCheckCore

/// The regular expressions of the plan profiles (applies-to titles and theme words), compiled
/// once when the profiles are loaded and read without a lock by every thread.
public final class CompiledPatterns: @unchecked Sendable {
    // NSRegularExpression is immutable and documented thread-safe; it is just not marked Sendable.
    private let compiled: [String: NSRegularExpression]
    /// Lower-cased literals every match of the pattern holds (RequiredLiterals), where known.
    private let literals: [String: [String]]

    /// Profile patterns are case-insensitive, on NFC text (PlanProfile.Theme.patterns).
    public init(_ patterns: some Sequence<String>) {
        var compiled: [String: NSRegularExpression] = [:]
        var literals: [String: [String]] = [:]
        for p in patterns where compiled[p] == nil {
            compiled[p] = try? NSRegularExpression(pattern: p, options: [.caseInsensitive])
            let lowered = RequiredLiterals.of(p)?.map(VietnameseText.simpleLowercase)
            if let lowered, lowered.allSatisfy({ $0 != nil }) { literals[p] = lowered.compactMap { $0 } }
        }
        self.compiled = compiled
        self.literals = literals
    }

    public convenience init(profiles: [PlanProfile]) {
        self.init(profiles.flatMap { [$0.appliesTo] + $0.themes.flatMap(\.patterns) })
    }

    /// Whether `pattern` (one of the profiles' patterns) matches somewhere in `text`. A pattern
    /// that does not compile matches nothing; the profile loader has reported it.
    public func matches(_ pattern: String, _ text: String) -> Bool {
        let regex =
            compiled[pattern] ?? (try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]))
        guard let regex else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The lower-cased literals every match of `pattern` holds one of, where known.
    func requiredLiterals(_ pattern: String) -> [String]? { literals[pattern] }

    /// `matches(pattern, text)`, told `text` lower-cased (`VietnameseText.simpleLowercase`, nil
    /// when the text is not simple): a text without the pattern's literals is passed over without
    /// running it. Themes are looked for in a plan's whole body, several patterns a theme.
    public func matches(_ pattern: String, _ text: String, lowercased: String?) -> Bool {
        if let lowercased, let required = literals[pattern],
            !RequiredLiterals.occurs(required, in: lowercased)
        {
            return false
        }
        return matches(pattern, text)
    }
}
