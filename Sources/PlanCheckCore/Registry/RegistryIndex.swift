import Foundation

/// What the registry rules look up on every plan, computed once when the registry is built:
/// documents by number key (a lookup normalised every entry each time: 30 % of check time), and
/// every agency name and alias folded, as word patterns and in one automaton, so a plan's lines
/// are searched once for all names instead of once per agency (DM005: 77 % of check time).
public final class RegistryIndex: @unchecked Sendable {
    // NSRegularExpression is immutable and documented thread-safe; it is just not marked Sendable.

    /// One agency name or alias as rules match it.
    public struct Name {
        /// Index of its agency in `Registry.agencies`.
        public let agency: Int
        /// The name as the registry writes it; its length orders the blanking of current names.
        public let raw: String
        /// `VietnameseText.matchKey` of the name.
        public let key: String
        /// The key between word boundaries (a letter, digit or '&' may not touch it).
        public var pattern: NSRegularExpression { compiled.regex }
        let compiled: WordPattern
    }

    /// A name's word pattern, compiled the first time a plan holds the name: compiling ICU's
    /// `\p{L}` sets for every name was a sixth of a process's start-up, and most names are never
    /// found. The lock is per name and held only to publish the regex, never while matching.
    final class WordPattern: @unchecked Sendable {
        private let key: String
        private let lock = NSLock()
        private var value: NSRegularExpression?

        init(_ key: String) { self.key = key }

        var regex: NSRegularExpression {
            lock.lock()
            defer { lock.unlock() }
            if let value { return value }
            let compiled = RegistryIndex.wordPattern(key)
            value = compiled
            return compiled
        }
    }

    let documentsByKey: [String: Int]
    /// Every agency's name then aliases, agency by agency.
    public let names: [Name]
    /// Per agency, the indices into `names` of its name and aliases.
    public let namesOfAgency: [[Int]]
    /// Indices into `names`, longest raw name first (ties in registry order).
    public let longestFirst: [Int]
    /// Finds which of `names` occur in a folded text (ids are indices into `names`).
    public let automaton: AhoCorasick
    /// Names whose key is empty: present everywhere as far as the automaton can tell.
    public let emptyNames: [Int]
    /// Per level of `Registry.levels`, its terms compiled (case-sensitive); a term that does not
    /// compile is skipped, as the loader reports it.
    public let levelTerms: [[NSRegularExpression]]
    /// For each of `levelTerms`, literals every match contains (RequiredLiterals), or nil.
    public let levelTermLiterals: [[[String]?]]
    /// Every agency name folded for `AgencyLevelResolver`, longest first.
    let levelEntries: [AgencyLevelResolver.Entry]

    init(documents: [LegalDocument], agencies: [Agency], levels: [AdministrativeLevel]) {
        var byKey: [String: Int] = [:]
        for (i, d) in documents.enumerated() where byKey[DocumentNumber.key(d.number)] == nil {
            byKey[DocumentNumber.key(d.number)] = i
        }
        documentsByKey = byKey
        var names: [Name] = []
        var ofAgency: [[Int]] = []
        for (a, agency) in agencies.enumerated() {
            var ids: [Int] = []
            for raw in [agency.name] + agency.aliases {
                let key = VietnameseText.matchKey(raw)
                ids.append(names.count)
                names.append(Name(agency: a, raw: raw, key: key, compiled: WordPattern(key)))
            }
            ofAgency.append(ids)
        }
        self.names = names
        namesOfAgency = ofAgency
        let lengths = names.map { $0.raw.count }
        longestFirst = names.indices.sorted {
            lengths[$0] != lengths[$1] ? lengths[$0] > lengths[$1] : $0 < $1
        }
        automaton = AhoCorasick(names.map { Array($0.key.utf8) })
        emptyNames = names.indices.filter { names[$0].key.isEmpty }
        levelEntries = AgencyLevelResolver.entries(of: agencies)
        let compiled = levels.map { level in
            level.terms.compactMap { term in
                (try? NSRegularExpression(pattern: term, options: [])).map { ($0, RequiredLiterals.of(term)) }
            }
        }
        levelTerms = compiled.map { $0.map(\.0) }
        levelTermLiterals = compiled.map { $0.map(\.1) }
    }

    static func wordPattern(_ key: String) -> NSRegularExpression {
        let escaped = NSRegularExpression.escapedPattern(for: key)
        // An escaped literal between lookarounds always compiles.
        return try! NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}&])" + escaped + "(?![\\p{L}\\p{N}&])")
    }

    /// Which names occur in a folded text, as a flag per index of `names`.
    public func presence(in key: String) -> [Bool] {
        var flags = [Bool](repeating: false, count: names.count)
        for id in automaton.occurring(in: key.utf8) { flags[id] = true }
        for id in emptyNames { flags[id] = true }
        return flags
    }
}
