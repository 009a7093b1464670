/// The level of an agency a plan names, judged on the plan's date (DOMAIN.md §5): a name is not
/// a level. "Phòng Kinh tế" was a district body until 30/6/2025 and is a commune body from
/// 01/7/2025; "Phòng Văn hóa - Xã hội" exists only from then. The registry (rules/registry/)
/// says which body a name is on a date; the levels' own name patterns (rules/profiles/levels.yaml)
/// decide only for names the registry does not know, and only for levels that exist on the date.
public struct AgencyLevelResolver: Sendable {
    struct Entry: Sendable {
        let key: String
        let level: String
        let validFrom: CalendarDate?
        let validTo: CalendarDate?
    }

    /// Every name and alias of every agency, longest first, so the most specific name wins
    /// ("Trung tâm Phục vụ hành chính công tỉnh" before "Trung tâm Phục vụ hành chính công").
    let entries: [Entry]
    public let levels: LevelModel

    /// The entries come from the registry's index, built once per registry: building them per
    /// plan (folding and sorting every name) was half of rule CT010's time.
    public init(registry: Registry, levels: LevelModel) {
        self.levels = levels
        entries = registry.index.levelEntries
    }

    static func entries(of agencies: [Agency]) -> [Entry] {
        agencies.flatMap { agency in
            ([agency.name] + agency.aliases).map {
                Entry(
                    key: Self.key($0), level: agency.level, validFrom: agency.validFrom,
                    validTo: agency.validTo)
            }
        }.sorted { $0.key.count > $1.key.count }
    }

    /// The level of `name` on `date`, or nil when nothing says. A name the registry knows only as a
    /// body that no longer exists keeps that body's level while the level itself exists (a Sở
    /// renamed in 2025 is still provincial); a body of a level that has ended is not judged here
    /// (rule DM006 names it).
    public func level(of name: String, on date: CalendarDate?) -> LevelDefinition? {
        let key = Self.key(name)
        guard let longest = entries.first(where: { Self.starts(key, with: $0.key) }) else {
            return levels.level(ofAgency: name, on: date)
        }
        let same = entries.filter { $0.key == longest.key }
        let current = same.first { entry in
            date.map { $0.isWithin(from: entry.validFrom, to: entry.validTo) } ?? true
        }
        // No body of that name yet (a commune Phòng named in a 2024 plan): the name says nothing.
        let ended = same.filter { entry in date.map { d in entry.validTo.map { $0 < d } ?? false } ?? false }
        let never = CalendarDate(year: 0, month: 1, day: 1)
        guard let chosen = current ?? ended.max(by: { ($0.validTo ?? never) < ($1.validTo ?? never) }) else {
            return levels.level(ofAgency: name, on: date)
        }
        guard let level = levels.level(id: chosen.level), levels.exists(level, on: date) else {
            return nil
        }
        return level
    }

    /// Folded, with dashes and the spaces around them made uniform ("Văn hóa – Xã hội", "Văn
    /// hóa-Xã hội") and trailing punctuation dropped.
    public static func key(_ name: String) -> String {
        var out = ""
        var lastSpace = false
        for ch in VietnameseText.matchKey(name) {
            let c: Character = ch == "–" || ch == "—" ? "-" : ch
            if c == " " || c == "\t" {
                lastSpace = true
                continue
            }
            if lastSpace, !out.isEmpty, c != "-", out.last != "-" { out.append(" ") }
            lastSpace = false
            out.append(c)
        }
        while let last = out.last, ".,;:".contains(last) { out.removeLast() }
        return out
    }

    /// `key` is `prefix` or begins with it followed by a word boundary.
    static func starts(_ key: String, with prefix: String) -> Bool {
        guard key.hasPrefix(prefix) else { return false }
        guard let next = key.dropFirst(prefix.count).first else { return true }
        return !(next.isLetter || next.isNumber)
    }
}
