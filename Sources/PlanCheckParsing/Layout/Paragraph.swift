import PlanCheckCore

/// A logical paragraph of the body: a list item or a run of text, with the hard line breaks of
/// the copy undone. Real copies break sentences across lines and even across blank lines ("phù
/// hợp với\n\nquy định", seed 001); a line that starts in lower case after a line without final
/// punctuation continues the paragraph.
struct Paragraph: Sendable {
    let marker: ListMarker?
    /// Text after the marker, joined across lines.
    var block: TextBlock
    var firstLine: Int
    var lastLine: Int
    /// The span of the marker and text on the first line through the end of the last line.
    var span: SourceSpan

    var text: String { block.text }

    /// Builds paragraphs from `lines[range]` (indices into `lines`).
    /// `origins` (one per file line, empty for plain text): in a .docx a change of Word paragraph
    /// counts as a blank line, so a heading never swallows the paragraph below it.
    static func build(_ lines: [SourceLine], _ range: Range<Int>, origins: [LineOrigin] = []) -> [Paragraph] {
        var out: [Paragraph] = []
        var sawBlank = false
        var lastWordParagraph: Int?
        for index in range {
            let line = lines[index]
            if line.isBlank {
                sawBlank = true
                continue
            }
            let marker = ListMarker.read(line.text)
            let wordParagraph = line.number <= origins.count ? origins[line.number - 1].paragraph : nil
            let newWordParagraph = wordParagraph != nil && wordParagraph != lastWordParagraph
            lastWordParagraph = wordParagraph
            // A new Word paragraph is like a blank line: only a lower-case continuation of an
            // unfinished sentence (a text copy converted to Word) joins the paragraph before.
            if marker == nil, !out.isEmpty,
                continues(out[out.count - 1], line, afterBlank: sawBlank || newWordParagraph)
            {
                // Mutate in place: a copy would make every append copy the whole paragraph.
                let i = out.count - 1
                out[i].block.append(line: line.number, text: line.text, column: line.column)
                out[i].lastLine = line.number
                out[i].span = out[i].span.union(line.span)
            } else {
                let offset = marker?.length ?? 0
                out.append(
                    Paragraph(
                        marker: marker, block: line.block(fromScalar: offset), firstLine: line.number,
                        lastLine: line.number, span: line.span))
            }
            sawBlank = false
        }
        return out.trimmedToSize()
    }

    private static func continues(_ previous: Paragraph, _ line: SourceLine, afterBlank: Bool) -> Bool {
        guard afterBlank else { return true }
        guard let first = line.text.unicodeScalars.first, (LetterCase.of(first) == .lower) else {
            return false
        }
        guard let last = previous.text.unicodeScalars.last else { return false }
        return !".;:!?".unicodeScalars.contains(last)
    }
}
