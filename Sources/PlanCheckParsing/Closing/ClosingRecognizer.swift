import Foundation
import PlanCheckCore

/// Reads what stands after the body: recipients ("Nơi nhận:"), the signature block, and where the
/// document ends. Text after the signer's name is page chrome (seed 003); "[...]" marks a copy
/// that stops before the document does (seeds 000, 004).
struct ClosingRecognizer {
    let lines: [SourceLine]
    var recipients: Recipients?
    var signature: SignatureBlock?
    /// Index of the first line after the body (closing zone start).
    var bodyEnd: Int
    /// Index after the last line of the document proper.
    var documentEnd: Int
    var truncatedAt: Int?
    var unplaced: [Int] = []

    static let forms = ["TM.", "KT.", "TUQ.", "TL.", "Q."]
    static let formScalars = forms.map { Array($0.unicodeScalars) }
    static let formBytes = forms.map { Array($0.utf8) }
    static let titles = [
        "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ BÍ THƯ", "BÍ THƯ", "PHÓ TRƯỞNG BAN",
        "TRƯỞNG BAN", "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "THỨ TRƯỞNG", "BỘ TRƯỞNG", "PHÓ CỤC TRƯỞNG",
        "CỤC TRƯỞNG", "PHÓ TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG", "PHÓ THỦ TƯỚNG", "THỦ TƯỚNG",
    ]

    /// Titles of a deputy signing for the head, searched with the space before them.
    static let ownTitles = ["PHÓ CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "PHÓ TRƯỞNG BAN", "PHÓ BÍ THƯ", "THỨ TRƯỞNG"].map
    {
        Array((" " + $0).utf8)
    }

    init(lines: [SourceLine], bodyStart: Int) {
        self.lines = lines
        bodyEnd = lines.count
        documentEnd = lines.count
        parse(from: bodyStart)
    }

    private mutating func parse(from bodyStart: Int) {
        if let t = (bodyStart..<lines.count).first(where: { isTruncationMark(lines[$0].text) }) {
            truncatedAt = t
            documentEnd = t
            bodyEnd = t
        }
        let recipientsIndex = (bodyStart..<documentEnd).last {
            LooseKey.hasPrefix(lines[$0].text, "noi nhan")
        }
        let searchFrom = recipientsIndex ?? max(bodyStart, documentEnd - 40)
        let authorityIndex =
            (searchFrom..<documentEnd).first { authorityStart(lines[$0].text) }
            ?? (bodyStart..<documentEnd).first { authorityStart(lines[$0].text) }
        let starts = [recipientsIndex, authorityIndex].compactMap { $0 }
        guard let closingStart = starts.min() else { return }
        bodyEnd = closingStart
        var owned = Set<Int>()
        if let r = recipientsIndex { owned.formUnion(readRecipients(r)) }
        if let a = authorityIndex { owned.formUnion(readSignature(a)) }
        if let last = owned.max(), truncatedAt == nil { documentEnd = last + 1 }
        for i in closingStart..<documentEnd
        where !lines[i].isBlank && !owned.contains(i) && !lines[i].isSeparator {
            unplaced.append(i)
        }
    }

    func isTruncationMark(_ text: String) -> Bool {
        // Every mark starts with a bracket: one byte decides for nearly every line.
        guard let b = text.utf8.first, b == 0x5B || b == 0x28 else { return false }
        return text == "[...]" || text == "[…]" || text == "(...)" || text == "[…]."
    }

    func authorityStart(_ text: String) -> Bool {
        // Every form starts with T, K or Q: test one byte before comparing strings.
        guard let b = text.utf8.first, b == 0x54 || b == 0x4B || b == 0x51 else { return false }
        return ClosingRecognizer.formBytes.contains { text.utf8.starts(with: $0) }
            && SourceLine.isUpperCase(text)
    }

    private mutating func readRecipients(_ index: Int) -> Set<Int> {
        var owned: Set<Int> = [index]
        var items: [Located<String>] = []
        let head = lines[index]
        if let colon = head.text.utf8.firstIndex(of: 0x3A) {
            let rest = String(head.text[head.text.utf8.index(after: colon)...]).trimmedSpaces
            if !rest.isEmpty {
                let offset = head.text.unicodeScalars.count - rest.unicodeScalars.count
                items.append(
                    Located(rest, span: head.span(scalarOffset: offset, length: rest.unicodeScalars.count)))
            }
        }
        var i = index + 1
        while i < documentEnd {
            let line = lines[i]
            if line.isBlank {
                i += 1
                continue
            }
            // An item starts with "-", "+" or "•" (E2 80 A2).
            guard let first = line.text.utf8.first,
                first == 0x2D || first == 0x2B || line.text.utf8.starts(with: [0xE2, 0x80, 0xA2])
            else { break }
            // The item's text: after the marker (1 or 3 bytes), without the spaces around it.
            var text = line.text
            let (lo, hi) = text.withUTF8 { b -> (Int, Int) in
                var lo = first == 0x2D || first == 0x2B ? 1 : 3
                var hi = b.count
                while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
                while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
                return (lo, hi)
            }
            let value = line.text.slice(utf8: lo..<hi)
            let length = UTF8Scalars.count(value)
            items.append(
                Located(value, span: line.span(scalarOffset: line.scalarCount - length, length: length)))
            owned.insert(i)
            i += 1
        }
        let archiveIndex = items.lastIndex { isArchive($0.value) }
        let span = owned.sorted().dropFirst().reduce(head.span) { $0.union(lines[$1].span) }
        recipients = Recipients(
            span: span, items: items, archive: archiveIndex.map { items[$0] },
            archiveIsLast: archiveIndex != nil && archiveIndex == items.count - 1)
        return owned
    }

    /// "Lưu: VT, NV." — also OCR's "Luu".
    func isArchive(_ text: String) -> Bool {
        let key = looseKey(text)
        return key.hasPrefix("luu ") && ByteSearch.contains(0x3A, in: text) || key == "luu"
    }

    private mutating func readSignature(_ index: Int) -> Set<Int> {
        var owned: Set<Int> = []
        var authority: [Located<String>] = []
        var forms: [String] = []
        var titles: [String] = []
        var i = index
        var span = lines[index].span
        while i < documentEnd {
            let line = lines[i]
            if line.isBlank || line.isSeparator {
                i += 1
                continue
            }
            guard line.isUpperCase, !looseKey(line.text).hasPrefix("noi nhan") else { break }
            for part in splitAuthority(line) {
                if let form = ClosingRecognizer.forms.first(where: { part.value.hasPrefix($0) }) {
                    forms.append(form)
                    authority.append(part)
                } else {
                    titles.append(part.value)
                }
            }
            owned.insert(i)
            span = span.union(line.span)
            i += 1
        }
        var signer: Located<String>?
        while i < documentEnd {
            let line = lines[i]
            if line.isBlank {
                i += 1
                continue
            }
            if looksLikeName(line.text) {
                signer = Located(line.text, span: line.span)
                owned.insert(i)
                span = span.union(line.span)
            }
            break
        }
        signature = SignatureBlock(
            authorityLines: authority, forms: forms, titles: titles, signer: signer, span: span)
        return owned
    }

    /// "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" (seed 002, one OCR line) → three parts.
    func splitAuthority(_ line: SourceLine) -> [Located<String>] {
        var cuts: [Int] = [0]
        let scalars = Array(line.text.unicodeScalars)
        for (i, s) in scalars.enumerated()
        where i > 0 && scalars[i - 1] == " " && (LetterCase.of(s) == .upper) {
            if ClosingRecognizer.formScalars.contains(where: { scalars[i...].starts(with: $0) }) {
                cuts.append(i)
            }
        }
        // After the last authority form's title, a second title is the signer's own ("PHÓ CHỦ TỊCH").
        if let lastCut = cuts.last {
            let tail = String(scalars: scalars[lastCut...])
            for title in ClosingRecognizer.ownTitles {
                if let at = ByteSearch.find(title, in: tail), at > 0,
                    tail.utf8.prefix(at).split(separator: 0x20).count >= 2
                {
                    cuts.append(lastCut + UTF8Scalars.count(tail, to: at) + 1)
                    break
                }
            }
        }
        cuts.append(scalars.count)
        var parts: [Located<String>] = []
        for (a, b) in zip(cuts, cuts.dropFirst()) where b > a {
            let text = String(scalars: scalars[a..<b]).trimmedSpaces
            guard !text.isEmpty else { continue }
            parts.append(Located(text, span: line.span(scalarOffset: a, length: text.unicodeScalars.count)))
        }
        return parts
    }

    /// A person's name: two to six capitalised words, nothing else ("Hồng Thanh Vũ").
    func looksLikeName(_ text: String) -> Bool {
        // One pass over the scalars: each word opens with a capital and goes on in lower case.
        var words = 0
        var atWordStart = true
        for scalar in text.unicodeScalars {
            if scalar == " " {
                atWordStart = true
                continue
            }
            let expected: LetterCase = atWordStart ? .upper : .lower
            guard LetterCase.of(scalar) == expected else { return false }
            if atWordStart { words += 1 }
            atWordStart = false
        }
        return (2...6).contains(words)
    }
}
