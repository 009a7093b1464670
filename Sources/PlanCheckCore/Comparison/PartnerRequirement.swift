import Foundation

/// The agencies one "phối hợp với …" of a parent duty tells the level to work with. They are
/// alternatives, not a list of musts: "phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, các Đồn
/// Biên phòng trên địa bàn" is done by a commune that works with its local Đồn Biên phòng.
public struct PartnerRequirement: Sendable, Hashable, Codable {
    /// The agencies as written, "các" dropped: "các Đồn Biên phòng" is any Đồn Biên phòng.
    public var alternatives: [String]

    public init(alternatives: [String]) { self.alternatives = alternatives }

    /// For messages: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh hoặc Đồn Biên phòng".
    public var description: String { alternatives.joined(separator: " hoặc ") }

    /// True when `key` (a `VietnameseText.matchKey` of the child's text) names one of them.
    public func isNamed(in key: String) -> Bool {
        alternatives.contains { key.contains(VietnameseText.matchKey($0)) }
    }

    /// Every requirement in a duty, one per "phối hợp với" ("Phối hợp với …" opens many duties,
    /// so the phrase is matched in any case).
    public static func all(in text: String) -> [PartnerRequirement] {
        var out: [PartnerRequirement] = []
        var rest = text[...]
        while let r = rest.range(of: "phối hợp với ", options: .caseInsensitive) {
            rest = rest[r.upperBound...]
            if let p = parse(rest) { out.append(p) }
        }
        return out
    }

    /// The list runs to the next ";" or "." or to where the duty goes on ("… trên địa bàn tuyên
    /// truyền …"). It is read piece by piece between ", " and " và ": a piece that starts with an
    /// agency word opens a new alternative, a capitalised one continues a name ("Sở Văn hóa, Thể
    /// thao và Du lịch"), anything else ends the list. A list with an alternative no text can
    /// verify ("các cơ quan, đơn vị liên quan") can always be satisfied, so it requires nothing.
    static func parse(_ text: Substring) -> PartnerRequirement? {
        var end = text.firstIndex { ";.".contains($0) } ?? text.endIndex
        for stop in stops {
            if let s = text.range(of: stop), s.lowerBound < end { end = s.lowerBound }
        }
        var names: [String] = []
        var separator = ""
        for piece in pieces(text[..<end]) {
            let word = piece.text.trimmingCharacters(in: CharacterSet(charactersIn: " \t,:"))
            let bare = word.hasPrefix("các ") ? String(word.dropFirst(4)) : word
            if isAgencyStart(bare) {
                names.append(bare)
            } else if !names.isEmpty, word == bare, word.first?.isUppercase == true {
                names[names.count - 1] += separator + word
            } else if names.isEmpty {
                return nil
            } else {
                break
            }
            separator = piece.next
        }
        return names.isEmpty ? nil : PartnerRequirement(alternatives: names)
    }

    /// Pieces between ", " and " và ", each with the separator that follows it.
    static func pieces(_ text: Substring) -> [(text: String, next: String)] {
        var out: [(String, String)] = []
        var rest = text
        while !rest.isEmpty {
            let comma = rest.range(of: ", ")
            let and = rest.range(of: " và ")
            let cut = [comma, and].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
            guard let cut else {
                out.append((String(rest), ""))
                break
            }
            out.append((String(rest[..<cut.lowerBound]), String(rest[cut])))
            rest = rest[cut.upperBound...]
        }
        return out
    }

    static func isAgencyStart(_ name: String) -> Bool {
        let key = VietnameseText.matchKey(name)
        return agencyWords.contains { word in
            key == word || key.hasPrefix(word + " ")
        }
    }

    /// Where a duty goes on after the partners it names.
    static let stops = [
        " trên địa bàn", " tuyên truyền", " tổ chức", " thực hiện", " triển khai", " để ", " trong ",
        " về ", " cung cấp", " thông tin, tuyên truyền",
    ]

    /// Words that begin the name of a body (folded with `matchKey`): what tells a partner from the
    /// rest of a sentence ("phối hợp với Sở Tư pháp, tuyên truyền …").
    static let agencyWords: [String] = [
        "bộ", "sở", "ban", "cục", "chi cục", "đồn", "công an", "ủy ban", "ubnd", "phòng", "văn phòng",
        "trung tâm", "đài", "trạm", "báo", "hội", "chi hội", "đoàn", "liên đoàn", "mặt trận", "tỉnh ủy",
        "tỉnh đoàn", "đảng ủy", "huyện ủy", "thành ủy", "hải đội", "đội", "trường", "bệnh viện", "viện",
        "tòa án", "kho bạc", "thanh tra", "cảnh sát", "bưu điện", "công chức", "ngân hàng", "cảng vụ",
        "lực lượng", "bộ đội",
    ]
}
