/// WordprocessingML pieces, written as text: a letter needs a dozen element kinds, and building
/// them by hand keeps every byte under our control (deterministic output, nothing to install).
enum WordML {
    /// Text for an XML text node or attribute value. Characters XML 1.0 forbids (most C0 controls,
    /// U+FFFE, U+FFFF) are dropped, and tabs and line breaks become spaces: a run is one line, and
    /// a stray control character from a submission must never make the letter unreadable.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out += " "
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF || (0x7F...0x84).contains(v)
                    || (0x86...0x9F).contains(v)
                {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A run of text; sizes are in points (Word counts half-points).
    struct Run {
        var text: String
        var bold = false
        var italic = false
        var size: Double

        var xml: String {
            var props = ""
            if bold { props += "<w:b/><w:bCs/>" }
            if italic { props += "<w:i/><w:iCs/>" }
            let half = Int((size * 2).rounded())
            props += "<w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/>"
            return
                "<w:r><w:rPr>\(props)</w:rPr><w:t xml:space=\"preserve\">\(WordML.escape(text))</w:t></w:r>"
        }
    }

    enum Alignment: String {
        case left, center, right, both
    }

    /// A paragraph; lengths are in twentieths of a point (twips), as Word stores them.
    struct Paragraph {
        var runs: [Run] = []
        var alignment: Alignment = .both
        var firstLine = 0
        var left = 0
        var right = 0
        var before = 0
        var after = 0
        /// Line spacing in 240ths of a line (240 = single).
        var line = 240
        /// A solid rule along the top edge: the short lines NĐ 30 draws under the issuing body and
        /// under the motto.
        var topRule = false
        var keepNext = false
        /// Font size of the paragraph mark, so that an empty paragraph is only as tall as needed.
        var markSize: Double?

        var xml: String {
            var p = "<w:pPr>"
            if keepNext { p += "<w:keepNext/>" }
            if topRule {
                p += "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
            }
            p +=
                "<w:spacing w:before=\"\(before)\" w:after=\"\(after)\" w:line=\"\(line)\" w:lineRule=\"auto\"/>"
            if firstLine != 0 || left != 0 || right != 0 {
                p += "<w:ind w:left=\"\(left)\" w:right=\"\(right)\" w:firstLine=\"\(firstLine)\"/>"
            }
            p += "<w:jc w:val=\"\(alignment.rawValue)\"/>"
            if let markSize {
                let half = Int((markSize * 2).rounded())
                p += "<w:rPr><w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/></w:rPr>"
            }
            p += "</w:pPr>"
            return "<w:p>\(p)\(runs.map(\.xml).joined())</w:p>"
        }
    }

    /// Table properties without any border: NĐ 30 lays the header and the closing out in columns,
    /// not in a visible grid.
    static func borderlessTable(width: Int, indent: Int = 0, floating: String = "") -> String {
        let none = ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            "<w:\($0) w:val=\"nil\"/>"
        }
        .joined()
        return "<w:tblPr>\(floating)<w:tblW w:w=\"\(width)\" w:type=\"dxa\"/>"
            + (indent != 0 ? "<w:tblInd w:w=\"\(indent)\" w:type=\"dxa\"/>" : "")
            + "<w:tblBorders>\(none)</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
            + "</w:tblPr>"
    }

    static func cell(width: Int, _ paragraphs: [Paragraph]) -> String {
        // A cell must end with a paragraph, even an empty one.
        let body = paragraphs.isEmpty ? Paragraph().xml : paragraphs.map(\.xml).joined(separator: "\n")
        return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\n\(body)\n</w:tc>"
    }
}
