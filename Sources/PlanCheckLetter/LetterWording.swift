import PlanCheckCore
import PlanCheckRules

/// Small pieces of Vietnamese wording the composer needs: the submitter named as officials name
/// it, a summary line inside a sentence, a finding's message inside a point.
enum LetterWording {
    /// "ỦY BAN NHÂN DÂN" / "XÃ AN THẠCH" → ("Ủy ban nhân dân xã An Thạch", "UBND xã An Thạch").
    /// An issuer that is not a People's Committee is named as printed: guessing the case of
    /// another body's name ("HUYỆN ỦY") would misspell it.
    static func submitter(_ issuer: [String], template: LetterTemplate) -> (full: String, short: String)? {
        let lines = issuer.map { VietnameseText.nfc($0).trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        guard !lines.isEmpty else { return nil }
        let committee = template.text(.committee)
        let short = template.text(.committeeShort)
        let prefixes = [committee.uppercased(), short.uppercased(), "UỶ BAN NHÂN DÂN"].filter { !$0.isEmpty }
        // The unit is the last line naming a committee ("UBND HUYỆN X" / "UBND XÃ Y" → xã Y), or the
        // lines after a bare "ỦY BAN NHÂN DÂN".
        for (i, line) in lines.enumerated().reversed() {
            let upper = line.uppercased()
            guard let prefix = prefixes.first(where: { upper.hasPrefix($0) }) else { continue }
            var unit = String(line.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            if unit.isEmpty { unit = lines[(i + 1)...].joined(separator: " ") }
            guard !unit.isEmpty else { break }
            let named = unitName(unit, kinds: template.unitKinds)
            return ("\(committee) \(named)", "\(short.isEmpty ? committee : short) \(named)")
        }
        let printed = lines.joined(separator: " ")
        return (printed, printed)
    }

    /// "XÃ AN THẠCH" → "xã An Thạch": the kind of unit in lower case, the proper name capitalised.
    static func unitName(_ unit: String, kinds: [String]) -> String {
        let lower = unit.lowercased()
        for kind in kinds where lower.hasPrefix(kind.lowercased() + " ") {
            let name = String(unit.dropFirst(kind.count)).trimmingCharacters(in: .whitespaces)
            return kind.lowercased() + " " + capitalised(name)
        }
        return capitalised(unit)
    }

    /// Every word with a capital first letter and the rest in lower case ("AN THẠCH" → "An Thạch").
    static func capitalised(_ text: String) -> String {
        text.split(separator: " ").map { word in
            guard let first = word.first else { return "" }
            return first.uppercased() + word.dropFirst().lowercased()
        }
        .joined(separator: " ")
    }

    /// A summary line inside a sentence: its first letter in lower case, unless the first word is
    /// an abbreviation ("UBND …"); a title in capitals throughout is lowered whole.
    static func inSentence(_ title: String) -> String {
        let t = title.trimmingCharacters(in: .whitespaces)
        if t == t.uppercased(), t != t.lowercased() { return t.lowercased() }
        let firstWord = t.prefix { $0 != " " }
        if firstWord.dropFirst().contains(where: \.isUppercase) { return t }
        return t.prefix(1).lowercased() + t.dropFirst()
    }

    /// The message without its closing full stop: the point's own template ends the sentence.
    static func pointMessage(_ message: String) -> String {
        var m = message.trimmingCharacters(in: .whitespacesAndNewlines)
        while m.hasSuffix(".") && !m.hasSuffix("..") { m.removeLast() }
        return m
    }

    /// A quotation cut short by the rule ("…") restored from the duty it quotes, so that the letter
    /// quotes the missing or partial duty in full.
    static func expandQuotes(_ message: String, duties: [String]) -> String {
        guard message.contains("…"), !duties.isEmpty else { return message }
        var out = message
        for piece in message.split(separator: "\"") where piece.hasSuffix("…") {
            let head = piece.dropLast().trimmingCharacters(in: .whitespaces)
            guard head.count >= 20, let duty = duties.first(where: { $0.hasPrefix(head) }) else { continue }
            out = out.replacingOccurrences(of: "\"" + piece + "\"", with: "\"" + duty + "\"")
        }
        return out
    }

    /// A line quoted in a point: one line, at most `limit` characters, without the list marker it
    /// had in the plan ("- Thời gian: …" is quoted as "Thời gian: …").
    static func excerpt(_ text: String, limit: Int = 160) -> String {
        var flat = text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        while let first = flat.first, "-+•".contains(first), flat.dropFirst().first == " " {
            flat = String(flat.dropFirst(2)).trimmingCharacters(in: .whitespaces)
        }
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
