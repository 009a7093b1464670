import PlanCheckCore

/// A document number ("số và ký hiệu") as printed and as it should read.
public struct ParsedNumber: Sendable, Hashable {
    public var raw: String
    /// The number with its typos repaired ("1079/QĐ-TTg"); nil when no serial was printed.
    public var normalized: String?
    /// "Số: /KH-UBND": the serial was left blank (unsigned draft published as is).
    public var isBlank: Bool
    /// The Party form with a hyphen after the serial (57-KL/TW), Hướng dẫn 36-HD/VPTW.
    public var isPartyForm: Bool
    public var serial: String?
    public var year: Int?
    /// "KH", "NĐ", "QĐ"; nil for the Công văn form (5406/BTTTT-TTĐN), which has no type code.
    public var typeCode: String?
    /// "UBND", "CP", "TTg", "TU"; for a Công văn the issuing body ("BTTTT").
    public var issuerCode: String?
    public var defects: [CitationDefect]

    public init(
        raw: String, normalized: String?, isBlank: Bool, isPartyForm: Bool, serial: String?,
        year: Int?, typeCode: String?, issuerCode: String?, defects: [CitationDefect]
    ) {
        self.raw = raw
        self.normalized = normalized
        self.isBlank = isBlank
        self.isPartyForm = isPartyForm
        self.serial = serial
        self.year = year
        self.typeCode = typeCode
        self.issuerCode = issuerCode
        self.defects = defects
    }
}

/// Parses "số và ký hiệu" per NĐ 30/2020 (State) and HD 36-HD/VPTW (Party), reading through the
/// typos real documents carry (DOMAIN.md §4) and recording each as a defect.
public enum DocumentNumberParser {
    /// Type abbreviations of NĐ 30/2020 Phụ lục III plus normative ones (NĐ, TT, TTLT, QH is not
    /// one). Longest first, so "CTr" wins over "CT" and "TTLT" over "TT".
    static let typeCodes: [String] = [
        "TTLT", "QyĐ", "CTr", "TTr", "NQ", "NĐ", "TT", "QĐ", "CT", "QC", "TB", "HD", "KH", "PA",
        "ĐA", "DA", "BC", "BB", "CĐ", "GM", "KL", "HĐ",
    ]
    /// The other abbreviations of Phụ lục III (Thông cáo, Bản ghi nhớ, Bản thỏa thuận, Giấy ủy
    /// quyền, Giấy giới thiệu, Giấy nghỉ phép): kinds PlanCheck does not judge, recognised only as a
    /// whole segment before "-" ("05/TC-UBND"), never as the prefix of a run-together code, so that a
    /// Công văn of "TCT" or "TCHQ" is not read as one.
    static let otherTypeCodes: Set<String> = ["TC", "BGN", "BTT", "GUQ", "GGT", "GNP"]
    /// Types whose number must carry the year, so a 5–7 digit run ending in a year is a lost "/".
    static let yearBearingCodes: Set<String> = ["NĐ", "TT", "TTLT"]

    public static func parse(_ raw: String) -> ParsedNumber {
        // Ð (U+00D0, Icelandic eth) is a common look-alike of Đ in converted files.
        let hasEth = ByteSearch.find([0xC3, 0x90], in: raw) != nil
        let text =
            hasEth
            ? String(String.UnicodeScalarView(raw.unicodeScalars.map { $0 == "\u{00D0}" ? "\u{0110}" : $0 }))
            : raw
        var defects: [CitationDefect] = []
        let compact = removeStrayWhitespace(text, defects: &defects)
        var p = ParsedNumber(
            raw: raw, normalized: nil, isBlank: false, isPartyForm: false, serial: nil, year: nil,
            typeCode: nil, issuerCode: nil, defects: [])
        // The serial is the leading ASCII digits; cut on bytes (Character walks cost graphemes).
        var digits = compact.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        // A combining mark (U+0300–U+036F: CC 80 … CD AF) after a digit makes it part of another
        // character: that digit is not a serial digit ("0\u{301}" is no "0").
        if digits > 0, let next = compact.utf8.dropFirst(digits).first, next == 0xCC || next == 0xCD {
            digits -= 1
        }
        let serialEnd = compact.utf8.index(compact.utf8.startIndex, offsetBy: digits)
        let serial = String(compact[..<serialEnd])
        var rest = compact[serialEnd...]
        p.serial = serial.isEmpty ? nil : serial
        if rest.first == "-" {
            p.isPartyForm = true
            rest = rest.dropFirst()
            let parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            p.typeCode = parts.first.map(String.init)
            p.issuerCode = parts.count > 1 ? String(parts[1]) : nil
        } else {
            if rest.first == "/" { rest = rest.dropFirst() }
            parseStateForm(rest, into: &p, defects: &defects)
        }
        if p.serial == nil {
            p.isBlank = true
            defects.append(CitationDefect(kind: .blankNumber, detail: "\(raw.trimmed): no serial number"))
        }
        p.defects = defects
        if !p.isBlank { p.normalized = assemble(p) }
        return p
    }

    /// Removes spaces inside the number; each removal is a stray-whitespace defect ("99 /KH-UBND").
    static func removeStrayWhitespace(_ text: String, defects: inout [CitationDefect]) -> String {
        let trimmed = text.trimmed
        // Most numbers hold no space at all: skip the rebuild then.
        guard
            trimmed.utf8.contains(where: {
                $0 == 0x20 || $0 == 0x09 || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xE3
            })
        else {
            return trimmed
        }
        var kept: [Unicode.Scalar] = []
        for scalar in trimmed.unicodeScalars where !isWhitespace(scalar) { kept.append(scalar) }
        let compact = String(scalars: kept)
        if compact != trimmed {
            defects.append(CitationDefect(kind: .strayWhitespace, detail: "\"\(trimmed)\" → \"\(compact)\""))
        }
        return compact
    }

    /// Unicode white space, with ASCII decided without a property lookup.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value == 0x20 || (0x09...0x0D).contains(s.value) : s.properties.isWhitespace
    }

    /// "2015/NĐ-CP", "KH-UBND", "QĐTTg", "BTTTT-TTĐN" after the serial's slash.
    static func parseStateForm(_ rest: Substring, into p: inout ParsedNumber, defects: inout [CitationDefect])
    {
        var last = rest
        // "2015/NĐ-CP": a four-digit year segment before the next slash.
        if let slash = rest.utf8.firstIndex(of: 0x2F) {
            let head = rest.utf8[rest.utf8.startIndex..<slash]
            if head.count == 4, head.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                p.year = head.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                last = rest[rest.utf8.index(after: slash)...]
            }
        }
        if let hyphen = last.utf8.firstIndex(of: 0x2D) {
            let code = String(last[..<hyphen])
            if code.isEmpty || typeCodeBytes.contains(where: { code.utf8.elementsEqual($0.bytes) })
                || otherTypeCodes.contains(code)
            {
                p.typeCode = code.isEmpty ? nil : code
                p.issuerCode = String(last[last.utf8.index(after: hyphen)...])
            } else {
                p.issuerCode = String(last)  // Công văn: issuer-drafting unit ("BTTTT-TTĐN"), no type code
            }
        } else if let code = typeCodeBytes.first(where: { last.utf8.starts(with: $0.bytes) })?.code,
            case let afterCode = last.utf8.index(last.utf8.startIndex, offsetBy: code.utf8.count),
            let next = last.unicodeScalars[afterCode...].first, LetterCase.of(next) == .upper
        {
            p.typeCode = code
            p.issuerCode = String(last[afterCode...])
            defects.append(CitationDefect(kind: .missingHyphen, detail: "\(last) → \(code)-\(p.issuerCode!)"))
        } else {
            p.issuerCode = last.isEmpty ? nil : String(last)
        }
        splitRunTogetherYear(&p, defects: &defects)
    }

    static let typeCodeBytes = typeCodes.map { (code: $0, bytes: Array($0.utf8)) }

    /// "222016/TT-BTTTT": the slash between serial and year was lost.
    static func splitRunTogetherYear(_ p: inout ParsedNumber, defects: inout [CitationDefect]) {
        guard p.year == nil, let serial = p.serial, (5...7).contains(serial.count),
            let code = p.typeCode, yearBearingCodes.contains(code),
            let y = Int(serial.suffix(4)), (1990...2039).contains(y)
        else { return }
        let head = String(serial.dropLast(4))
        p.serial = head
        p.year = y
        defects.append(CitationDefect(kind: .digitsRunTogether, detail: "\(serial) → \(head)/\(y)"))
    }

    static func assemble(_ p: ParsedNumber) -> String {
        let serial = p.serial ?? ""
        if p.isPartyForm {
            return "\(serial)-\(p.typeCode ?? "")" + (p.issuerCode.map { "/\($0)" } ?? "")
        }
        var s = serial + "/"
        if let y = p.year { s += "\(y)/" }
        switch (p.typeCode, p.issuerCode) {
        case (let t?, let i?): s += "\(t)-\(i)"
        case (let t?, nil): s += t
        case (nil, let i?): s += i
        case (nil, nil): break
        }
        return s
    }
}

extension String {
    fileprivate var trimmed: String {
        // Printable ASCII at both ends (nearly every number): nothing to trim.
        if let f = utf8.first, let l = utf8.last, f > 0x20 && f < 0x7F, l > 0x20 && l < 0x7F { return self }
        return String(
            unicodeScalars.drop { $0.properties.isWhitespace }.reversed()
                .drop { $0.properties.isWhitespace }.reversed().map(Character.init))
    }
}
