import Foundation
import PlanCheckCore

/// Names that no longer exist on the plan's date: agencies merged or dissolved in the 2025
/// reorganisation, and bodies of the district level that ended on 30/6/2025 (DOMAIN.md §5).
/// Bases are not read: citing a 2024 letter "của Bộ Thông tin và Truyền thông" is correct.
public struct RegistryNameCheck: CheckKind {
    public enum Check: String, Decodable, Sendable { case obsoleteAgency, obsoleteLevel }

    public struct Parameters: CheckParameters {
        public enum CodingKeys: String, CodingKey, CaseIterable { case check }
        public typealias Keys = CodingKeys
        public var check: Check
    }

    public static let kind = "registry-name"
    public static let placeholders: Set<String> = [
        "name", "canonical", "validTo", "successor", "planDate", "count", "level",
    ]
    public let parameters: Parameters

    public init(parameters: Parameters) throws { self.parameters = parameters }

    public func run(_ context: CheckContext) -> [CheckHit] {
        guard let planDate = context.document.header.issueDate?.date else { return [] }
        let lines = context.index.judgedLines
        switch parameters.check {
        case .obsoleteAgency: return agencies(context.registry, planDate, lines, context.index)
        case .obsoleteLevel: return levels(context.registry, planDate, lines)
        }
    }

    private func agencies(
        _ registry: Registry, _ day: CalendarDate, _ lines: [(line: Int, text: String)], _ doc: DocumentIndex
    ) -> [CheckHit] {
        let index = registry.index
        let exists = registry.agencies.map { $0.exists(on: day) }
        let current = index.longestFirst.filter { exists[index.names[$0].agency] }
        let gone = registry.agencies.indices.filter {
            registry.agencies[$0].validTo.map { day > $0 } ?? false
        }
        guard !gone.isEmpty else { return [] }
        // One pass per line finds every name it holds; the word patterns then run only for
        // those. A pattern absent from the folded line is absent after blanking too.
        let judged = lines.map { line in
            let key = doc.foldedLine(line.line)
            return (line: line.line, key: key, present: index.presence(in: key))
        }
        var blanked: [Int: String] = [:]
        var hits: [CheckHit] = []
        for a in gone {
            let agency = registry.agencies[a]
            let ids = index.namesOfAgency[a]
            var first: (Int, String, Int)?
            var count = 0
            for (i, line) in judged.enumerated() where ids.contains(where: { line.present[$0] }) {
                let key = blanked[i] ?? Self.blank(line.key, current.filter { line.present[$0] }, index)
                blanked[i] = key
                for id in ids where line.present[id] {
                    let p = index.names[id].pattern
                    guard let m = p.firstMatch(in: key, range: NSRange(key.startIndex..., in: key)) else {
                        continue
                    }
                    count += 1
                    if first == nil {
                        first = (line.line, String(key[Range(m.range, in: key)!]), m.range.location + 1)
                    }
                    break
                }
            }
            guard let (line, found, column) = first else { continue }
            hits.append(
                CheckHit(
                    span: SourceSpan(
                        line: line, column: column, endLine: line, endColumn: column + found.count),
                    values: [
                        "name": Self.original(lines.map { ($0.line, $0.text) }, line, found),
                        "canonical": agency.name, "validTo": CitationDateCheck.format(agency.validTo!),
                        "successor": agency.successors.joined(separator: "; "),
                        "planDate": CitationDateCheck.format(day), "count": String(count),
                        "level": agency.level,
                    ]))
        }
        return hits
    }

    /// Names still in use are blanked first, longest first: "Ban Tuyên giáo và Dân vận" holds
    /// the obsolete "Ban Tuyên giáo".
    static func blank(_ key: String, _ current: [Int], _ index: RegistryIndex) -> String {
        var key = key
        for id in current {
            key = index.names[id].pattern.stringByReplacingMatches(
                in: key, range: NSRange(key.startIndex..., in: key), withTemplate: "#")
        }
        return key
    }

    private func levels(_ registry: Registry, _ day: CalendarDate, _ lines: [(line: Int, text: String)])
        -> [CheckHit]
    {
        var hits: [CheckHit] = []
        for (l, level) in registry.levels.enumerated() {
            guard let end = level.validTo, day > end else { continue }
            let patterns = registry.index.levelTerms[l]
            let literals = registry.index.levelTermLiterals[l]
            let matches = lines.compactMap { n, text -> (Int, NSRange, String)? in
                for (p, required) in zip(patterns, literals) {
                    // A line without the words every match holds cannot match.
                    if let required, !RequiredLiterals.occurs(required, in: text) { continue }
                    if let m = p.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
                        return (n, m.range, text)
                    }
                }
                return nil
            }
            guard let (line, range, text) = matches.first else { continue }
            let found = String(text[Range(range, in: text)!])
            hits.append(
                CheckHit(
                    span: SourceSpan(
                        line: line, column: range.location + 1, endLine: line,
                        endColumn: range.location + 1 + found.count),
                    values: [
                        "name": found, "canonical": level.name, "validTo": CitationDateCheck.format(end),
                        "successor": level.successor ?? "", "planDate": CitationDateCheck.format(day),
                        "count": String(matches.count), "level": level.id,
                    ]))
        }
        return hits
    }

    /// The name as the plan wrote it (the match ran on the folded line).
    static func original(_ lines: [(Int, String)], _ line: Int, _ folded: String) -> String {
        guard let text = lines.first(where: { $0.0 == line })?.1 else { return folded }
        let key = VietnameseText.matchKey(text)
        guard let r = key.range(of: folded), key.count == text.count else { return folded }
        let start = key.distance(from: key.startIndex, to: r.lowerBound)
        return String(text.dropFirst(start).prefix(folded.count))
    }
}
