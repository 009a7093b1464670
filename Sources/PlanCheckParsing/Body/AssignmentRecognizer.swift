import Foundation
import PlanCheckCore

/// Reads TỔ CHỨC THỰC HIỆN: each numbered item names an agency (after "Giao" or "Đề nghị", or
/// bare) and its duties, inline or in the paragraphs below (DOMAIN.md §3 style c).
enum AssignmentRecognizer {
    /// Words that start a duty after the agency's name ("Giao Sở X chủ trì, …").
    static let dutyStarts: [String] = [
        "chủ trì", "phối hợp", "tăng cường", "căn cứ", "thực hiện", "triển khai", "hướng dẫn", "tham mưu",
        "theo dõi", "chỉ đạo", "có trách nhiệm", "tổ chức triển khai", "tổ chức thực hiện", "tổ chức các",
        "xây dựng", "chủ động", "đẩy mạnh", "tiếp tục", "cung cấp", "nghiên cứu", "bố trí", "quán triệt",
        "kịp thời", "định kỳ", "rà soát", "là cơ quan", "đôn đốc", "sản xuất", "lựa chọn", "phổ biến",
    ]

    static let dutyNeedles: [[UInt8]] = dutyStarts.map { Array((" " + $0).utf8) }

    /// Paragraphs that close the plan rather than give a duty ("Trên đây là Kế hoạch …").
    static let closingStarts = ["tren day", "trong qua trinh", "qua trinh trien khai", "yeu cau thu truong"]
    static let closingStartBytes = closingStarts.map { Array($0.utf8) }
    static let yeuCauThuTruong = Array(" yeu cau thu truong".utf8)

    static func assignments(in tree: SectionTree) -> [Assignment] {
        var out: [Assignment] = []
        for root in tree.roots(ofKind: .organisation) {
            let items = tree.nodes[root].children
            if items.isEmpty {
                let node = tree.nodes[root]
                guard node.lastParagraph > node.paragraph else { continue }
                for p in tree.paragraphs[(node.paragraph + 1)...node.lastParagraph] where !isClosing(p) {
                    if let a = assignment(heading: p, body: []) { out.append(a) }
                }
                continue
            }
            for id in items {
                let node = tree.nodes[id]
                let heading = tree.paragraphs[node.paragraph]
                var body: [Paragraph] = []
                if node.lastParagraph > node.paragraph {
                    for p in tree.paragraphs[(node.paragraph + 1)...node.lastParagraph] {
                        if isClosing(p) { break }
                        body.append(p)
                    }
                }
                if let a = assignment(heading: heading, body: body) { out.append(a) }
            }
        }
        return out
    }

    static func isClosing(_ p: Paragraph) -> Bool {
        guard p.marker == nil else { return false }
        // The closing formula sits at the start ("UBND tỉnh yêu cầu Thủ trưởng …"): key the head only.
        return LooseKey.withKey(p.text, maxScalars: 80) { key in
            closingStartBytes.contains { key.starts(with: $0) }
                || ByteSearch.contains(yeuCauThuTruong, in: key)
        }
    }

    static func assignment(heading: Paragraph, body: [Paragraph]) -> Assignment? {
        let text = heading.text
        var (verb, verbRange) = readVerb(text)
        let nameStart = verbRange?.upperBound ?? 0
        let nameEnd = agencyEnd(text, from: nameStart)
        let bytes = Array(text.utf8)
        var range = AgencyList.trim(nameStart..<nameEnd, bytes)
        range = AgencyList.trimTrailing(range, bytes, words: [[0x3A], [0x2C]])
        guard range.count > 1 else { return nil }
        let name = heading.block.substring(utf8: range)
        guard verb != .none || AgencyList.startsLikeAgency(name) else { return nil }
        var duties: [Duty] = []
        if nameEnd < text.utf8.count {
            let inline = AgencyList.trim(nameEnd..<text.utf8.count, bytes)
            if inline.count > 1 { duties.append(duty(heading.block, inline)) }
        }
        for p in body { duties.append(duty(p.block, 0..<p.text.utf8.count)) }
        // "8. Các sở, ngành …" then "Đề nghị các đơn vị …" (seed 002): the verb opens the duty.
        if verb == .none, let first = body.first {
            let (v, r) = readVerb(first.text)
            if v != .none, let r { (verb, verbRange) = (v, r) }
            if v != .none, let r { return make(heading, name, range, v, first.block.span(utf8: r), duties) }
        }
        let verbSpan = verbRange.map { heading.block.span(utf8: $0) }
        return make(heading, name, range, verb, verbSpan, duties)
    }

    private static func make(
        _ heading: Paragraph, _ name: String, _ range: Range<Int>, _ verb: AssignmentVerb,
        _ verbSpan: SourceSpan?,
        _ duties: [Duty]
    ) -> Assignment {
        let span = duties.reduce(heading.span) { $0.union($1.span) }
        return Assignment(
            label: heading.marker?.label,
            agency: AgencyRef(name: name, span: heading.block.span(utf8: range)),
            verb: verb, verbSpan: verbSpan, duties: duties, addressesLowerLevel: addressesLowerLevel(name),
            span: span)
    }

    static func readVerb(_ text: String) -> (AssignmentVerb, Range<Int>?) {
        let key = LooseKey.make(text, maxScalars: 12)
        if key.hasPrefix("de nghi ") { return (.deNghi, 0..<"Đề nghị ".utf8.count) }
        if key.hasPrefix("giao ") { return (.giao, 0..<"Giao ".utf8.count) }
        return (.none, nil)
    }

    /// Where the agency's name ends: before the first duty word, else at the end. Agency names
    /// are short, so only the first 400 bytes are searched.
    static func agencyEnd(_ text: String, from start: Int) -> Int {
        let count = text.utf8.count
        let limit = min(count, start + 400)
        let colon = ByteSearch.find(":", in: text, from: start, to: limit)
        // One pass over the spaces: the first one that starts a duty word (followed by a
        // non-letter) ends the name. Needles are bucketed by the byte after their space.
        let firstDuty =
            text.utf8.withContiguousStorageIfAvailable { b -> Int? in
                guard let base = b.baseAddress else { return nil }
                var i = start
                let stop = min(colon ?? limit, limit)
                while i <= stop, i < count, let hit = memchr(base + i, 0x20, count - i) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    guard at <= stop, at + 1 < count else { return nil }
                    for needle in dutyBuckets[Int(b[at + 1])] where at + needle.count <= count {
                        guard memcmp(base + at, needle, needle.count) == 0 else { continue }
                        let after = at + needle.count
                        if after >= count || !isLetter(b[after]) { return at }
                    }
                    i = at + 1
                }
                return nil
            } ?? nil
        return min(colon ?? count, firstDuty ?? count)
    }

    /// `dutyNeedles` by their second byte (the first letter after the space).
    static let dutyBuckets: [[[UInt8]]] = {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for needle in dutyNeedles { buckets[Int(needle[1])].append(needle) }
        return buckets
    }()

    /// A letter byte: ASCII letters and any non-ASCII lead byte.
    static func isLetter(_ b: UInt8) -> Bool { b >= 0x80 || (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    static func duty(_ block: TextBlock, _ range: Range<Int>) -> Duty {
        let text = block.substring(utf8: range)
        let span = block.span(utf8: range)
        let dates = DateExpressions.all(in: block, from: range.lowerBound)
        return Duty(text: text, span: span, dates: dates)
    }

    /// "Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các xã, thị trấn": a whole level.
    static func addressesLowerLevel(_ name: String) -> Bool {
        let key = looseKey(name)
        if lowerLevelNeedles.contains(where: { ByteSearch.find($0, in: key) != nil }) { return true }
        return key.hasPrefix("cac huyen") || key.hasPrefix("cac xa")
    }

    static let lowerLevelNeedles: [[UInt8]] = {
        let units = [
            "huyen", "xa", "quan", "phuong", "thi xa", "thi tran", "thanh pho", "dia phuong", "dac khu",
        ]
        return ["uy ban nhan dan cac ", "ubnd cac "].flatMap { p in units.map { Array((p + $0).utf8) } }
    }()
}
