import Foundation
import PlanCheckCore

/// Splits a list of agencies as plans write them. Names hold commas ("Sở Văn hóa, Thể thao và Du
/// lịch", "các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"), so a comma separates two
/// agencies only when what follows starts like an agency.
enum AgencyList {
    /// Words an agency name starts with (accent-free, lower case).
    static let heads: [String] = [
        "so", "ban", "bao", "dai", "cong an", "cong thong tin", "cong ttdt", "trung tam", "ubnd", "uy ban",
        "bo", "cuc", "phong", "hoi", "doan", "lien doan", "mat tran", "van phong", "truong", "don", "kenh",
        "vien", "thanh tra", "toa an", "kho bac", "chi cuc", "cac", "bo chi huy", "bo doi", "tinh uy",
        "huyen uy", "thanh uy", "dang uy", "hdnd", "hoi dong", "chu tich", "tong cong ty", "cong ty",
        "ngan hang", "quan doi", "lien minh", "tram", "nha", "thu truong", "lanh dao",
        // Commune plans assign positions and units, not only bodies ("Công chức Văn hóa - Xã hội xã").
        "cong chuc", "can bo", "bo phan", "truong ap", "truong thon",
        // Youth Union committees are named by level ("Tỉnh đoàn", "Thành đoàn").
        "tinh doan", "thanh doan", "huyen doan", "quan doan", "thi doan", "cong doan",
    ]

    static func startsLikeAgency(_ text: String) -> Bool {
        // Heads are at most three words: key the first 32 scalars, not a whole paragraph.
        LooseKey.withKey(text, maxScalars: 32) { startsLikeAgency(key: $0) }
    }

    /// `k`: the loose key of (at least) the first 32 scalars of the text.
    static func startsLikeAgency(key k: UnsafeBufferPointer<UInt8>) -> Bool {
        headBytes.contains { head in
            k.count >= head.count && memcmp(k.baseAddress!, head, head.count) == 0
                && (k.count == head.count || k[head.count] == 0x20)
        }
    }

    /// The heads as bytes: a key starts like an agency when it is a head or starts with one and a space.
    static let headBytes: [[UInt8]] = heads.map { Array($0.utf8) }

    /// After a comma or "và", a new agency starts with a capital ("Sở", "UBND", "Ban Tuyên giáo")
    /// or with "các"; "các sở, ban, ngành" keeps its lower-case "ban" and "ngành" together.
    /// `bytes`: what follows the separator, possibly cut inside its last character (which the
    /// key then reads as a separator).
    static func startsNewAgency(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = UTF8Scalars.first(in: bytes) else { return false }
        return LooseKey.withKey(utf8: bytes, maxScalars: 32) { key in
            guard LetterCase.of(first) == .upper || key.starts(with: "cac ".utf8) else { return false }
            return startsLikeAgency(key: key)
        }
    }

    /// Agencies named in `block` from UTF-8 offset `from`, with their spans.
    static func split(_ block: TextBlock, from: Int = 0, to end: Int? = nil) -> [AgencyRef] {
        var text = block.text
        // Read the paragraph's own bytes in place: a copy per list was a visible allocation.
        return text.withUTF8 { split(block, $0, from: from, to: end) }
    }

    static let and = Array(" và ".utf8)

    private static func split(_ block: TextBlock, _ utf8: UnsafeBufferPointer<UInt8>, from: Int, to end: Int?)
        -> [AgencyRef]
    {
        let stop = end ?? utf8.count
        var parts: [Range<Int>] = []
        var partStart = from
        var i = from
        while i < stop {
            let b = utf8[i]
            var cut: Int?
            if b == UInt8(ascii: ";") {
                cut = 1
            } else if b == UInt8(ascii: ",") {
                cut = 1
            } else if b == 0x20, i + and.count <= stop, utf8[i..<(i + and.count)].elementsEqual(and) {
                cut = and.count
            }
            if let length = cut {
                // Only the start of what follows matters; never copy the rest of the paragraph.
                let peekEnd = min(stop, i + length + 48)
                var lo = min(i + length, stop)
                while lo < peekEnd, utf8[lo] == 0x20 { lo += 1 }
                if b == UInt8(ascii: ";")
                    || startsNewAgency(utf8: UnsafeBufferPointer(rebasing: utf8[lo..<peekEnd]))
                {
                    parts.append(partStart..<i)
                    partStart = i + length
                    i += length
                    continue
                }
            }
            i += 1
        }
        parts.append(partStart..<stop)
        return parts.compactMap { range -> AgencyRef? in
            var r = trim(range, utf8)
            // "… và Sở X" joins the last two; "… chủ trì" and a final "." are not part of a name.
            r = trimTrailing(r, utf8, words: trailingWords)
            guard r.count > 1 else { return nil }
            // Test the name on its bytes before making a string of it.
            let bytes = UnsafeBufferPointer(rebasing: utf8[r])
            guard LooseKey.withKey(utf8: bytes, maxScalars: 32, { startsLikeAgency(key: $0) }) else {
                return nil
            }
            return AgencyRef(name: block.substring(utf8: r), span: block.span(utf8: r))
        }
    }

    static func trim<C: RandomAccessCollection<UInt8>>(_ r: Range<Int>, _ utf8: C) -> Range<Int>
    where C.Index == Int {
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi, utf8[lo] == 0x20 || utf8[lo] == UInt8(ascii: "-") { lo += 1 }
        while hi > lo, utf8[hi - 1] == 0x20 || utf8[hi - 1] == UInt8(ascii: ".") { hi -= 1 }
        return lo..<hi
    }

    static let trailingWords = [" thực hiện", " triển khai", " chủ trì", "."].map { Array($0.utf8) }

    static func trimTrailing<C: RandomAccessCollection<UInt8>>(_ r: Range<Int>, _ utf8: C, words: [[UInt8]])
        -> Range<Int>
    where C.Index == Int {
        var hi = r.upperBound
        var changed = true
        while changed {
            changed = false
            for wb in words {
                if hi - r.lowerBound > wb.count, utf8[(hi - wb.count)..<hi].elementsEqual(wb) {
                    hi -= wb.count
                    changed = true
                }
            }
        }
        return trim(r.lowerBound..<hi, utf8)
    }
}
