import Foundation
import PlanCheckCore

/// Reads the tasks of the content sections, in the three styles of DOMAIN.md §3.
enum TaskRecognizer {
    static func tasks(in tree: SectionTree) -> [PlanTask] {
        // The tasks are laid out first as ranges of paragraphs, then built into an array of the
        // exact size: a task is a large value, and an array grown by doubling held three times
        // the tasks at the moment it grew (the peak of a plan of thousands of them).
        var pieces: [(id: String, label: String?, paragraphs: Range<Int>)] = []
        for root in tree.roots(ofKind: .contentTasks) {
            let rootLabel = tree.nodes[root].label ?? ""
            let numbered = tree.descendants(of: root)
            if numbered.isEmpty {
                pieces += bulletTasks(tree, root: root, rootLabel: rootLabel)
                continue
            }
            for id in numbered where tree.nodes[id].children.isEmpty {
                let node = tree.nodes[id]
                pieces.append(
                    (
                        rootLabel + (node.label ?? ""), node.label,
                        node.paragraph..<max(node.paragraph, node.lastParagraph) + 1
                    ))
            }
        }
        var out: [PlanTask] = []
        out.reserveCapacity(pieces.count)
        for piece in pieces {
            let paragraphs = Array(tree.paragraphs[piece.paragraphs])
            out.append(task(id: piece.id, label: piece.label, paragraphs))
        }
        return out
    }

    /// A content section without numbered items: each "-" item is a task (seed 001), "+" items
    /// belong to the one above; with no bullets at all, each paragraph is one.
    private static func bulletTasks(_ tree: SectionTree, root: Int, rootLabel: String)
        -> [(id: String, label: String?, paragraphs: Range<Int>)]
    {
        let node = tree.nodes[root]
        guard node.lastParagraph > node.paragraph else { return [] }
        let body = (node.paragraph + 1)...node.lastParagraph
        let paragraphs = tree.paragraphs
        let hasBullets = body.contains {
            paragraphs[$0].marker?.kind == .bullet && paragraphs[$0].marker?.label != "+"
        }
        var groups: [Range<Int>] = []
        for i in body {
            let p = paragraphs[i]
            let attaches = !groups.isEmpty && (p.marker?.label == "+" || (hasBullets && p.marker == nil))
            if attaches {
                groups[groups.count - 1] = groups[groups.count - 1].lowerBound..<(i + 1)
            } else {
                groups.append(i..<(i + 1))
            }
        }
        return groups.enumerated().map { index, group in
            ("\(rootLabel)\(index + 1)", paragraphs[group.lowerBound].marker?.label, group)
        }
    }

    static func task(id: String, label: String?, _ paragraphs: [Paragraph]) -> PlanTask {
        let first = paragraphs[0]
        let span = paragraphs.dropFirst().reduce(first.span) { $0.union($1.span) }
        var task = PlanTask(
            id: id, label: label, title: title(first.text),
            text: paragraphs.count == 1 ? first.text : paragraphs.map(\.text).joined(separator: "\n"),
            span: span, style: .plain)
        var prose: [Paragraph] = []
        prose.reserveCapacity(paragraphs.count)
        for p in paragraphs {
            guard let (field, offset) = TaskField.read(p.text) else {
                prose.append(p)
                continue
            }
            let value = p.block.substring(utf8: offset..<p.text.utf8.count)
            let located = Located(value, span: p.block.span(utf8: offset..<p.text.utf8.count))
            switch field {
            case .lead:
                task.style = .fieldLines
                task.lead.adopt(AgencyList.split(p.block, from: offset))
            case .cooperating:
                task.cooperating.adopt(AgencyList.split(p.block, from: offset))
            case .implementing:
                if task.style == .plain { task.style = .implementingUnit }
                readImplementing(p.block, from: offset, into: &task)
            case .time:
                task.timeRaw = located
                task.time = DateExpressions.first(in: p.block, from: offset)
            case .product:
                task.product = located
            }
        }
        readInline(prose, into: &task)
        return task
    }

    /// A bullet task is a whole paragraph: its title is the first sentence, cut at a word
    /// boundary when longer than a message can carry.
    static func title(_ text: String, limit: Int = 160) -> String {
        // A short heading is its own title (most numbered tasks): nothing to search or cut.
        if text.utf8.count <= limit, ByteSearch.find(". ", in: text) == nil { return text }
        var sentence = text
        // Look for the first ". " only within what the title can hold (a scalar is ≤ 4 bytes).
        if let dot = ByteSearch.find(". ", in: text, to: min(text.utf8.count, limit * 4 + 2)), dot > 0 {
            sentence = text.slice(utf8: 0..<(dot + 1))
        }
        // Fewer bytes than the limit means fewer scalars too: nothing to cut.
        if sentence.utf8.count <= limit { return sentence }
        // Cut at the last space at or before scalar `limit`, but not before scalar limit / 2.
        let u = sentence.utf8
        let limitByte = UTF8Scalars.offset(ofScalar: limit, in: sentence)
        guard limitByte < u.count else { return sentence }
        let floorByte = UTF8Scalars.offset(ofScalar: limit / 2, in: sentence)
        var end = limitByte
        let bytes = Array(u.prefix(limitByte + 1))
        while end > floorByte, bytes[end] != 0x20 { end -= 1 }
        return sentence.slice(utf8: 0..<end).trimmingCharacters(",;: ") + "…"
    }

    /// Lead and deadline written in the prose of a task that has no field for them.
    /// `prose`: the task's paragraphs that are not field lines.
    private static func readInline(_ prose: [Paragraph], into task: inout PlanTask) {
        if task.lead.isEmpty {
            for p in prose {
                task.lead = InlineTaskFields.lead(in: p.block)
                if !task.lead.isEmpty { break }
            }
        }
        if task.time == nil, task.timeRaw == nil {
            task.time = prose.lazy.compactMap { InlineTaskFields.deadline(in: $0.block) }.first
        }
    }

    /// "Sở X chủ trì, phối hợp với Sở Y, UBND các huyện": lead before "chủ trì", the rest
    /// cooperates; without "chủ trì" every unit named carries the task out and leads it.
    private static func readImplementing(_ block: TextBlock, from offset: Int, into task: inout PlanTask) {
        let text = block.text
        guard let leadEnd = ByteSearch.find(" chủ trì", in: text, from: offset) else {
            task.lead.adopt(AgencyList.split(block, from: offset))
            return
        }
        task.lead.adopt(AgencyList.split(block, from: offset, to: leadEnd))
        let after = leadEnd + " chủ trì".utf8.count
        if let ph = ByteSearch.find("phối hợp với", in: text, from: after) {
            task.cooperating.adopt(AgencyList.split(block, from: ph + "phối hợp với".utf8.count))
        } else if let ph = ByteSearch.find("phối hợp", in: text, from: after) {
            task.cooperating.adopt(AgencyList.split(block, from: ph + "phối hợp".utf8.count))
        }
    }
}

/// Turns recogniser matches into model date expressions with spans.
enum DateExpressions {
    static func all(in block: TextBlock, from offset: Int = 0) -> [DateExpression] {
        guard mayHoldDate(block.text) else { return [] }
        // Lazily: a filtered copy of every match came before the mapped one.
        return Array(
            DateExpressionRecognizer.find(in: block.text).lazy.filter { $0.range.lowerBound >= offset }.map {
                m in
                var expression = m.expression
                expression.span = block.span(utf8: m.range)
                return expression
            })
    }

    /// Every time phrase holds a digit or one of a few words ("thường xuyên", "hằng năm", "hàng
    /// quý", "định kỳ", "kể từ"); a paragraph with none is skipped without running the recogniser.
    static func mayHoldDate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            // One pass: a digit decides at once; each anchor holds an E1- or C3-led letter (ờ ằ ị ể,
            // Ờ Ằ; à À), so the anchors are only compared where such a letter starts.
            for i in 0..<b.count {
                let byte = b[i]
                if byte &- 0x30 < 10 { return true }
                guard byte == 0xE1 || byte == 0xC3 else { continue }
                for anchor in anchors {
                    let start = i - anchor.lead
                    guard start >= 0, start + anchor.bytes.count <= b.count else { continue }
                    if memcmp(b.baseAddress! + start, anchor.bytes, anchor.bytes.count) == 0 { return true }
                }
            }
            return false
        }
    }

    // Tails shared by the case forms: "ường" (thường), "ằng"/"àng" (hằng, hàng), "ịnh kỳ" (định
    // kỳ), "ể từ" (kể từ), and the upper-case "ƯỜNG"/"ẰNG"/"ÀNG". `lead`: where the anchor's
    // first E1/C3 byte sits in it.
    static let anchors: [(bytes: [UInt8], lead: Int)] = [
        "ường", "ằng", "àng", "ịnh kỳ", "ể từ", "ƯỜNG", "ẰNG", "ÀNG",
    ].map {
        let bytes = Array($0.utf8)
        return (bytes, bytes.firstIndex { $0 == 0xE1 || $0 == 0xC3 } ?? 0)
    }

    static func first(in block: TextBlock, from offset: Int = 0) -> DateExpression? {
        all(in: block, from: offset).first
    }
}

extension Array {
    /// Appends `other`, taking its storage when this array is empty (`+=` would copy it).
    mutating func adopt(_ other: [Element]) {
        if isEmpty { self = other } else { self += other }
    }
}
