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
        let lines = Self.judgedLines(context.document)
        switch parameters.check {
        case .obsoleteAgency: return agencies(context.registry, planDate, lines)
        case .obsoleteLevel: return levels(context.registry, planDate, lines)
        }
    }

    /// Body lines outside the bases (and outside page chrome), as (line number, text).
    static func judgedLines(_ doc: PlanDocument) -> [(Int, String)] {
        let body = doc.bodyLines ?? 1...max(doc.lines.count, 1)
        // The lines of the bases marked once: asking every basis about every line was quadratic
        // in a plan of thousands of bases.
        var inBases = [Bool](repeating: false, count: doc.lines.count + 1)
        for basis in doc.bases {
            let lo = max(basis.span.line, 1)
            let hi = min(max(basis.span.line, basis.span.endLine), doc.lines.count)
            if lo <= hi { for n in lo...hi { inBases[n] = true } }
        }
        return body.compactMap { n in
            n < 1 || n > doc.lines.count || inBases[n] ? nil : (n, doc.lines[n - 1])
        }
    }

    private func agencies(_ registry: Registry, _ day: CalendarDate, _ lines: [(Int, String)]) -> [CheckHit] {
        let current = registry.agencies.filter { $0.exists(on: day) }.flatMap { [$0.name] + $0.aliases }
            .sorted { $0.count > $1.count }.map(Self.wordPattern)
        let gone = registry.agencies.filter { $0.validTo.map { day > $0 } ?? false }
        var hits: [CheckHit] = []
        for agency in gone {
            let patterns = ([agency.name] + agency.aliases).map(Self.wordPattern)
            var first: (Int, String, Int)?
            var count = 0
            for (n, text) in lines {
                // Names still in use are blanked first: "Ban Tuyên giáo và Dân vận" holds the
                // obsolete "Ban Tuyên giáo".
                var key = VietnameseText.matchKey(text)
                for p in current {
                    key = p.stringByReplacingMatches(
                        in: key, range: NSRange(key.startIndex..., in: key), withTemplate: "#")
                }
                for p in patterns {
                    guard let m = p.firstMatch(in: key, range: NSRange(key.startIndex..., in: key)) else {
                        continue
                    }
                    count += 1
                    if first == nil {
                        first = (n, String(key[Range(m.range, in: key)!]), m.range.location + 1)
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
                        "name": Self.original(lines, line, found), "canonical": agency.name,
                        "validTo": CitationDateCheck.format(agency.validTo!),
                        "successor": agency.successors.joined(separator: "; "),
                        "planDate": CitationDateCheck.format(day), "count": String(count),
                        "level": agency.level,
                    ]))
        }
        return hits
    }

    private func levels(_ registry: Registry, _ day: CalendarDate, _ lines: [(Int, String)]) -> [CheckHit] {
        var hits: [CheckHit] = []
        for level in registry.levels {
            guard let end = level.validTo, day > end else { continue }
            let patterns = level.terms.compactMap { RegexCache.shared.regex($0, caseInsensitive: false) }
            let matches = lines.compactMap { n, text -> (Int, NSRange, String)? in
                for p in patterns {
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

    static func wordPattern(_ name: String) -> NSRegularExpression {
        let escaped = NSRegularExpression.escapedPattern(for: VietnameseText.matchKey(name))
        // Compiled once per name for the whole run: compiling per plan was a fifth of check time.
        return RegexCache.shared.regex(
            "(?<![\\p{L}\\p{N}&])" + escaped + "(?![\\p{L}\\p{N}&])", caseInsensitive: false)!
    }
}
