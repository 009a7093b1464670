import PlanCheckCore

/// The headings of the body and the paragraphs each one owns.
struct SectionTree {
    struct Node {
        let paragraph: Int
        let level: Int
        let label: String?
        let title: String
        var kind: SectionKind
        let typos: [HeadingTypo]
        /// Index of the last paragraph the section owns.
        var lastParagraph: Int
        var children: [Int] = []
        var parent: Int?
    }

    let paragraphs: [Paragraph]
    private(set) var nodes: [Node] = []
    private(set) var roots: [Int] = []
    /// Paragraphs before the first top-level heading: the opening with the bases.
    private(set) var openingEnd = 0

    init(paragraphs: [Paragraph]) {
        self.paragraphs = paragraphs
        build()
    }

    private mutating func build() {
        let hasRoman = paragraphs.contains { $0.marker?.kind == .roman }
        var stack: [Int] = []
        stack.reserveCapacity(8)
        for (index, paragraph) in paragraphs.enumerated() {
            guard let level = headingLevel(paragraph, hasRoman: hasRoman) else { continue }
            if nodes.isEmpty, level > 1 { continue }  // numbered clauses of the opening
            let node = makeNode(index, paragraph, level: level)
            while let top = stack.last, nodes[top].level >= level { stack.removeLast() }
            var n = node
            n.parent = stack.last
            if let parent = stack.last, n.kind == .other { n.kind = nodes[parent].kind }
            nodes.append(n)
            let id = nodes.count - 1
            if let parent = stack.last { nodes[parent].children.append(id) } else { roots.append(id) }
            stack.append(id)
        }
        // Nodes are grown, not reserved for every paragraph: most paragraphs of a plan of bullets
        // are not headings. Trimmed to size, since the tree lives through the whole parse.
        nodes = nodes.trimmedToSize()
        openingEnd = nodes.first?.paragraph ?? paragraphs.count
        // A section ends before the next heading of its level or above. The open headings form a
        // stack of rising levels, so each is closed once: searching forward from every heading
        // was quadratic under one heading with thousands of sub-headings.
        var open: [Int] = []
        for i in nodes.indices {
            while let top = open.last, nodes[top].level >= nodes[i].level {
                nodes[top].lastParagraph = nodes[i].paragraph - 1
                open.removeLast()
            }
            open.append(i)
        }
        for i in open { nodes[i].lastParagraph = paragraphs.count - 1 }
    }

    private func headingLevel(_ p: Paragraph, hasRoman: Bool) -> Int? {
        guard let marker = p.marker else {
            // Plans without Roman numerals: an upper-case line naming a known section.
            guard p.text.utf8.count < 160, SourceLine.isUpperCase(p.text) else { return nil }
            if p.text.split(separator: " ").count <= 10, SectionSynonyms.match(p.text) != nil { return 1 }
            return nil
        }
        switch marker.kind {
        case .roman: return 1
        case .number
        where !hasRoman && SourceLine.isUpperCase(p.text) && SectionSynonyms.match(p.text) != nil:
            return 1
        case .number, .subNumber, .letter: return marker.level
        case .bullet: return nil
        }
    }

    private func makeNode(_ index: Int, _ p: Paragraph, level: Int) -> Node {
        let title = SectionTree.trimPunctuation(p.text)
        // Below the top level only a heading that is exactly a section name ("1. Mục đích") takes
        // a kind of its own; "4. Tổ chức thực hiện các chương trình…" is a task, not organisation.
        let match = SectionSynonyms.match(title).flatMap { m in
            level == 1 || looseKey(title) == looseKey(m.canonical) ? m : nil
        }
        var typos: [HeadingTypo] = []
        if let match, level == 1 || SourceLine.isUpperCase(title) {
            let markerLength = p.marker?.length ?? 0
            for t in SectionSynonyms.typos(in: title, canonical: match.canonical) {
                let span = SourceSpan(
                    line: p.firstLine, column: p.span.column + markerLength + t.offset, endLine: p.firstLine,
                    endColumn: p.span.column + markerLength + t.offset + t.found.unicodeScalars.count)
                typos.append(HeadingTypo(found: t.found, expected: t.expected, span: span))
            }
        }
        return Node(
            paragraph: index, level: level, label: p.marker?.label, title: title,
            kind: match?.kind ?? .other, typos: typos, lastParagraph: index)
    }

    /// The heading without a trailing ":" or "." ("1. Mục đích:"), on bytes.
    static func trimPunctuation(_ text: String) -> String {
        let u = text.utf8
        var end = u.endIndex
        while end > u.startIndex {
            let before = u.index(before: end)
            guard u[before] == 0x3A || u[before] == 0x2E || u[before] == 0x20 else { break }
            end = before
        }
        return end == u.endIndex ? text : String(text[..<end])
    }

    /// The model's sections, nested.
    func sections() -> [Section] {
        roots.map(section)
    }

    private func section(_ id: Int) -> Section {
        let node = nodes[id]
        let heading = paragraphs[node.paragraph]
        let last = paragraphs[max(node.lastParagraph, node.paragraph)]
        let headingSpan = SourceSpan(
            line: heading.firstLine, column: heading.span.column, endLine: heading.firstLine,
            endColumn: heading.firstLine == heading.span.endLine
                ? heading.span.endColumn : heading.span.column + 1)
        return Section(
            label: node.label, level: node.level, title: node.title, kind: node.kind,
            span: heading.firstLine == heading.lastLine ? heading.span : headingSpan,
            bodySpan: heading.span.union(last.span), headingTypos: node.typos,
            children: node.children.map(section))
    }

    /// Top-level nodes of a kind.
    func roots(ofKind kind: SectionKind) -> [Int] { roots.filter { nodes[$0].kind == kind } }

    /// All nodes under `id` (not itself), depth first.
    func descendants(of id: Int) -> [Int] {
        nodes[id].children.flatMap { [$0] + descendants(of: $0) }
    }

    /// The label path of a node ("II.2.1.").
    func path(of id: Int) -> String {
        var labels: [String] = []
        var current: Int? = id
        while let c = current {
            labels.insert(nodes[c].label ?? "", at: 0)
            current = nodes[c].parent
        }
        return labels.joined()
    }
}
