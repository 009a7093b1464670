import Foundation
import PlanCheckCore

/// The administrative units an issuer block names: "XÃ THẠNH HẢI" under "ỦY BAN NHÂN DÂN",
/// "UBND TỈNH TRÀ VINH" above a Sở. A kind word counts only where a header puts a unit — after a
/// body's name on the same line or right under it — so that "… THƯƠNG BINH VÀ / XÃ HỘI" (a Sở's
/// name broken over two lines) or "HUYỆN ỦY" (a Party body) is never read as a unit.
public enum IssuerUnits {
    public struct Named: Sendable {
        public var kind: String
        /// The name without its kind, as written ("THẠNH HẢI").
        public var name: String
        public var levels: [String]
        /// The kind and name as written, for messages.
        public var written: String
        public var span: SourceSpan
        public var fullName: String { kind + " " + name }
    }

    static let bodies = [
        "ủy ban nhân dân", "uỷ ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd", "đảng ủy", "đảng uỷ",
        "đảng bộ",
    ]

    public static func read(_ issuer: IssuerBlock) -> [Named] {
        let perLine = issuer.span.endLine - issuer.span.line + 1 == issuer.lines.count
        var out: [Named] = []
        var underBody = false
        for (i, raw) in issuer.lines.enumerated() {
            let line = VietnameseText.nfc(raw).trimmingCharacters(
                in: .whitespaces.union(.init(charactersIn: "|")))
            let (rest, hadBody) = strippingBody(line)
            defer { underBody = hadBody && rest.isEmpty }
            guard hadBody || underBody, let split = UnitKind.split(rest) else { continue }
            let name = split.name.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            let key = VietnameseText.matchKey(name)
            guard !name.isEmpty, !key.hasPrefix("ủy"), !key.hasPrefix("uỷ"),
                name.split(separator: " ").count <= 6
            else { continue }
            let span =
                perLine
                ? SourceSpan.line(issuer.span.line + i, length: raw.count) : issuer.span
            out.append(
                Named(
                    kind: split.kind, name: name, levels: split.levels,
                    written: String(rest.prefix(split.kind.count)) + " " + name, span: span))
        }
        return out
    }

    /// "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH" → ("TỈNH TRÀ VINH", true).
    private static func strippingBody(_ line: String) -> (String, Bool) {
        let lower = VietnameseText.matchKey(line)
        for body in bodies where lower == body || lower.hasPrefix(body + " ") {
            let rest = line.unicodeScalars.dropFirst(body.unicodeScalars.count)
            return (String(String.UnicodeScalarView(rest)).trimmingCharacters(in: .whitespaces), true)
        }
        return (line, false)
    }
}

/// The unit of the map nearest to a name the map does not know, when one is clearly nearest: an
/// OCR slip or a typing error ("XÃ THANH HẢl"), not a different place.
enum UnitSuggestion {
    static func nearest(
        to name: String, levels: [String], in registry: Registry, province: String?, on date: CalendarDate
    ) -> String? {
        let key = Array(LooseKey.make(name).utf8)
        guard key.count >= 6 else { return nil }
        let limit = key.count >= 12 ? 2 : 1
        var best: (distance: Int, names: [String]) = (limit + 1, [])
        for unit in registry.units
        where levels.contains(unit.level) && (unit.validTo.map { date <= $0 } ?? true) {
            if let province, unit.level != "tinh", unit.parent != province { continue }
            let d = distance(key, Array(LooseKey.make(unit.name).utf8), cap: limit)
            if d < best.distance {
                best = (d, [unit.name])
            } else if d == best.distance {
                best.names.append(unit.name)
            }
        }
        guard best.names.count == 1, let found = best.names.first else { return nil }
        let unit = registry.units(named: found, levels: levels).first
        return found + (unit?.parent.map { " (\($0))" } ?? "")
    }

    /// Levenshtein distance, given up once every path exceeds `cap`.
    static func distance(_ a: [UInt8], _ b: [UInt8], cap: Int) -> Int {
        guard abs(a.count - b.count) <= cap else { return cap + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMin = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > cap { return cap + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
