import PlanCheckCore

/// Headings real plans use for each kind of section (DOMAIN.md §3), with their canonical wording.
/// Matching is on the accent-free key and tolerates one wrong letter, so OCR's "YẾU CẦU" still
/// reads as purpose-requirements while the typo itself is recorded.
enum SectionSynonyms {
    static let table: [(heading: String, kind: SectionKind)] = [
        ("MỤC ĐÍCH, YÊU CẦU", .purposeRequirements), ("MỤC TIÊU, YÊU CẦU", .purposeRequirements),
        ("MỤC ĐÍCH VÀ YÊU CẦU", .purposeRequirements), ("MỤC ĐÍCH", .purposeRequirements),
        ("MỤC TIÊU", .purposeRequirements), ("YÊU CẦU", .purposeRequirements),
        ("QUAN ĐIỂM, MỤC TIÊU", .purposeRequirements), ("MỤC ĐÍCH, Ý NGHĨA", .purposeRequirements),
        ("NỘI DUNG", .contentTasks), ("NHIỆM VỤ", .contentTasks), ("PHƯƠNG HƯỚNG NHIỆM VỤ", .contentTasks),
        ("NỘI DUNG THỰC HIỆN", .contentTasks), ("NỘI DUNG, NHIỆM VỤ", .contentTasks),
        ("NHIỆM VỤ, GIẢI PHÁP", .contentTasks), ("NHIỆM VỤ VÀ GIẢI PHÁP", .contentTasks),
        ("NHIỆM VỤ TRỌNG TÂM", .contentTasks), ("CÁC NHIỆM VỤ, GIẢI PHÁP", .contentTasks),
        ("NỘI DUNG TRỌNG TÂM", .contentTasks), ("NỘI DUNG HOẠT ĐỘNG", .contentTasks),
        ("NHIỆM VỤ CỤ THỂ", .contentTasks), ("CÁC NHIỆM VỤ", .contentTasks),
        ("KINH PHÍ", .funding), ("KINH PHÍ THỰC HIỆN", .funding),
        ("TỔ CHỨC THỰC HIỆN", .organisation), ("TRÁCH NHIỆM THỰC HIỆN", .organisation),
        ("PHÂN CÔNG NHIỆM VỤ", .organisation), ("PHÂN CÔNG THỰC HIỆN", .organisation),
        ("CĂN CỨ XÂY DỰNG KẾ HOẠCH", .bases), ("CĂN CỨ", .bases), ("CƠ SỞ PHÁP LÝ", .bases),
        ("CĂN CỨ PHÁP LÝ", .bases), ("CƠ SỞ XÂY DỰNG KẾ HOẠCH", .bases),
    ]

    /// The table's keys, computed once.
    static let keyed: [(heading: String, key: String, bytes: [UInt8], kind: SectionKind)] = table.map {
        let key = looseKey($0.heading)
        return ($0.heading, key, Array(key.utf8), $0.kind)
    }

    /// Longest synonym key, in bytes.
    static let longestKey = keyed.map(\.bytes.count).max() ?? 0

    /// A synonym matches the whole key (exactly or one edit away) or its start, so past
    /// `longestKey + 1` bytes only the start matters: `match` keys the first 48 scalars, and the
    /// whole title only when that prefix gives a key too short to decide.
    struct Match {
        let kind: SectionKind
        let canonical: String
    }

    /// The kind of a heading title, or nil when no synonym fits.
    static func match(_ title: String) -> Match? {
        // Section headings are short; a long paragraph is never one.
        guard title.utf8.count < 160 else { return nil }
        // The head of a long title first (see `headingKey`), the whole title when that is too short to decide.
        if title.utf8.count > 48 {
            let (decided, result) = LooseKey.withKey(title, maxScalars: 48) { head -> (Bool, Match?) in
                head.count > longestKey + 1 ? (true, match(key: head)) : (false, nil)
            }
            if decided { return result }
        }
        return LooseKey.withKey(title, maxScalars: .max) { match(key: $0) }
    }

    /// `match` on a heading's key bytes; nil for an empty key or no fitting synonym.
    private static func match(key keyBytes: UnsafeBufferPointer<UInt8>) -> Match? {
        guard !keyBytes.isEmpty else { return nil }
        var best: (heading: String, kind: SectionKind, score: Int)?
        for entry in keyed {
            let synonym = entry.key
            let score: Int
            if keyBytes.elementsEqual(entry.bytes) {
                score = 3000 + synonym.count
            } else if keyBytes.count > entry.bytes.count, keyBytes[entry.bytes.count] == 0x20,
                keyBytes.starts(with: entry.bytes)
            {
                score = 2000 + synonym.count
            } else if entry.bytes.count >= 6, editDistanceAtMostOne(keyBytes, entry.bytes) {
                score = 1000 + synonym.count
            } else {
                continue
            }
            if score > (best?.score ?? -1) { best = (entry.heading, entry.kind, score) }
        }
        return best.map { Match(kind: $0.kind, canonical: $0.heading) }
    }

    /// Words of `title` that are one letter (or one accent) off the canonical wording.
    static func typos(in title: String, canonical: String) -> [(found: String, expected: String, offset: Int)]
    {
        let expected = expectedWords[canonical] ?? CanonicalWord.split(canonical)
        // The heading is the canonical wording in some case ("1. Mục đích, yêu cầu"): no typo.
        let lowerTitle = ScanText.fold(Array(title.utf8))
        let lowerCanonical = lowerHeadings[canonical] ?? ScanText.fold(Array(canonical.utf8))
        if lowerTitle.starts(with: lowerCanonical),
            lowerTitle.count == lowerCanonical.count
                || !ScanText.isASCIIAlnum(lowerTitle[lowerCanonical.count])
                    && lowerTitle[lowerCanonical.count] < 0x80
        {
            return []
        }
        let words = wordsWithOffsets(title)
        guard words.count >= expected.count else { return [] }
        var out: [(String, String, Int)] = []
        for (w, e) in zip(words, expected) {
            // Same letters in any case (compared lower-cased on bytes): no typo. Otherwise a
            // typo when the accent-free keys match or are one edit apart.
            if ScanText.fold(Array(w.word.utf8)) == e.lower { continue }
            let key = looseKey(w.word)
            if key == e.key || editDistanceAtMostOne(Array(key.utf8), Array(e.key.utf8)) {
                out.append((w.word, e.word, w.offset))
            }
        }
        return out
    }

    /// A word of a canonical heading, its lower-cased bytes and its key, computed once.
    struct CanonicalWord {
        let word: String
        let lower: [UInt8]
        let key: String

        static func split(_ canonical: String) -> [CanonicalWord] {
            canonical.split(separator: " ").map { part in
                let word = String(part).trimmingCharacters(",")
                return CanonicalWord(word: word, lower: ScanText.fold(Array(word.utf8)), key: looseKey(word))
            }
        }
    }

    static let lowerHeadings: [String: [UInt8]] = Dictionary(
        table.map { ($0.heading, ScanText.fold(Array($0.heading.utf8))) }, uniquingKeysWith: { a, _ in a })

    static let expectedWords: [String: [CanonicalWord]] = Dictionary(
        table.map { ($0.heading, CanonicalWord.split($0.heading)) }, uniquingKeysWith: { a, _ in a })

    /// Runs of letters with their scalar offsets, cut from the text on UTF-8 offsets.
    static func wordsWithOffsets(_ text: String) -> [(word: String, offset: Int)] {
        var out: [(String, Int)] = []
        let u = text.utf8
        var scalarIndex = 0
        var byte = 0
        var start: (byte: Int, scalar: Int)?
        func flush(_ end: Int) {
            guard let s = start else { return }
            let lo = u.index(u.startIndex, offsetBy: s.byte)
            let hi = u.index(u.startIndex, offsetBy: end)
            out.append((String(text[lo..<hi]), s.scalar))
            start = nil
        }
        for scalar in text.unicodeScalars {
            if LetterCase.of(scalar) != .none {
                if start == nil { start = (byte, scalarIndex) }
            } else {
                flush(byte)
            }
            scalarIndex += 1
            byte += UTF8.width(scalar)
        }
        flush(byte)
        return out
    }

    /// On the ASCII loose keys or any code units: one insertion, deletion or substitution at most.
    static func editDistanceAtMostOne<X: RandomAccessCollection, Y: RandomAccessCollection>(_ x: X, _ y: Y)
        -> Bool
    where X.Element: Equatable, X.Element == Y.Element, X.Index == Int, Y.Index == Int {
        if abs(x.count - y.count) > 1 { return false }
        var i = 0
        var j = 0
        var edits = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count {
                i += 1
            } else if x.count < y.count {
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}

extension String {
    /// Drops the given ASCII characters from both ends, on bytes (Foundation's trimming goes
    /// through CharacterSet and was a visible cost on every line of the closing and header).
    func trimmingCharacters(_ chars: String) -> String {
        // `chars` is a short literal: test membership on its bytes in place (an array of them
        // per call was an allocation on every trimmed line).
        let set = chars.utf8
        let u = utf8
        var lo = u.startIndex
        var hi = u.endIndex
        while lo < hi, set.contains(u[lo]) { lo = u.index(after: lo) }
        while hi > lo, set.contains(u[u.index(before: hi)]) { hi = u.index(before: hi) }
        // The trimmed characters are ASCII, so both ends fall on scalar boundaries: slice, do
        // not re-validate.
        return lo == u.startIndex && hi == u.endIndex ? self : String(self[lo..<hi])
    }

    /// Spaces and tabs trimmed from both ends.
    var trimmedSpaces: String { trimmingCharacters(" \t") }
}
