/// What a kind of plan must contain (rules/profiles/*.yaml): the themes the guidance requires,
/// each with the words that show it is there and the clause that requires it.
public struct PlanProfile: Sendable, Hashable, Codable {
    public struct Theme: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        /// Regexes (case-insensitive, on NFC text); any one present means the theme is there.
        public var patterns: [String]
        /// The clause that requires the theme ("Công văn 3215/BTTTT-TTĐN, mục 2").
        public var requiredBy: String
        /// Required only when a parent plan mentions the theme too ("where the guidance asks").
        public var onlyIfParentMentions: Bool

        public init(
            id: String, name: String, patterns: [String], requiredBy: String, onlyIfParentMentions: Bool
        ) {
            self.id = id
            self.name = name
            self.patterns = patterns
            self.requiredBy = requiredBy
            self.onlyIfParentMentions = onlyIfParentMentions
        }
    }

    public var id: String
    public var name: String
    /// A regex on the plan's title that says the profile applies ("thông tin đối ngoại").
    public var appliesTo: String
    public var themes: [Theme]

    public init(id: String, name: String, appliesTo: String, themes: [Theme]) {
        self.id = id
        self.name = name
        self.appliesTo = appliesTo
        self.themes = themes
    }
}
