/// word/document.xml of a Công văn laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I asks: A4, margins
/// top and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman; the issuing body and the
/// national motto side by side in a borderless table, each with its short rule beneath; number
/// and summary under the body, place and date under the motto; "Kính gửi:"; the body at 14 pt,
/// justified, first lines indented 1 cm; "Nơi nhận:" at the left beside the signature block.
enum LetterDocumentXML {
    typealias P = WordML.Paragraph
    typealias R = WordML.Run

    /// Twips (1/1440 inch); 1 mm is 56.7 twips.
    enum Page {
        static let width = 11_906, height = 16_838
        static let top = 1_134, bottom = 1_134, left = 1_701, right = 851
        static let text = width - left - right
    }

    /// The header table reaches 10 mm into the left margin, as official templates do, so that the
    /// Quốc hiệu and a long body name ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH") each fit on one line.
    enum Header {
        static let indent = -567
        static let leftColumn = 4_592, rightColumn = 5_329
    }

    static let nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    static let motto = "Độc lập - Tự do - Hạnh phúc"

    static func render(_ letter: LetterContent) -> String {
        var body: [String] = [header(letter)]
        body.append(
            P(
                runs: [R(text: "Kính gửi: \(letter.addressee).", size: 14)], alignment: .center, before: 360,
                after: 240
            )
            .xml)
        body += text(letter).map(\.xml)
        body.append(closing(letter))
        body += signature(letter).map(\.xml)
        body.append(sectionProperties)
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <w:body>
            \(body.joined(separator: "\n"))
            </w:body>
            </w:document>

            """
    }

    // MARK: header

    static func header(_ letter: LetterContent) -> String {
        var issuer: [P] = letter.issuer.enumerated().map { i, line in
            // The direct superior stands above the issuing body, in capitals but not bold.
            let superior = letter.issuer.count > 1 && i == 0
            return P(runs: [R(text: line, bold: !superior, size: 12)], alignment: .center)
        }
        let bodyLine = letter.issuer.last ?? ""
        issuer.append(rule(length: issuerRuleLength(bodyLine), column: Header.leftColumn))
        let mottoCell = [
            P(runs: [R(text: nationalName, bold: true, size: 12)], alignment: .center),
            P(runs: [R(text: motto, bold: true, size: 13)], alignment: .center),
            // As long as the motto line: 13 pt bold Times New Roman sets it in about 56 mm.
            rule(length: 3_175, column: Header.rightColumn),
        ]
        let number = P(
            runs: [R(text: "Số:        /\(letter.code)", size: 13)], alignment: .center, before: 120)
        let subject = P(runs: [R(text: letter.subject, size: 12)], alignment: .center, before: 60)
        let date = P(
            runs: [R(text: "\(letter.place), \(OfficialDate.long(letter.date))", italic: true, size: 14)],
            alignment: .center, before: 120)
        let width = Header.leftColumn + Header.rightColumn
        let rows = [
            [
                WordML.cell(width: Header.leftColumn, issuer),
                WordML.cell(width: Header.rightColumn, mottoCell),
            ],
            [
                WordML.cell(width: Header.leftColumn, [number, subject]),
                WordML.cell(width: Header.rightColumn, [date]),
            ],
        ]
        return "<w:tbl>" + WordML.borderlessTable(width: width, indent: Header.indent)
            + "<w:tblGrid><w:gridCol w:w=\"\(Header.leftColumn)\"/><w:gridCol w:w=\"\(Header.rightColumn)\"/></w:tblGrid>\n"
            + rows.map { "<w:tr>\n" + $0.joined(separator: "\n") + "\n</w:tr>" }.joined(separator: "\n")
            + "\n</w:tbl>"
    }

    /// A short solid line under the text above it, centred in its column.
    static func rule(length: Int, column: Int) -> P {
        let margin = max(0, (column - length) / 2)
        return P(alignment: .center, left: margin, right: margin, line: 240, topRule: true, markSize: 2)
    }

    /// One third to one half of the body name's line (Phụ lục I, Mục II, khoản 2): 0.4 of its width,
    /// estimated for 12 pt bold capitals, between 20 mm and the column.
    static func issuerRuleLength(_ line: String) -> Int {
        let width = min(Header.leftColumn, Int(Double(line.count) * 12 * 0.62 * 20))
        return max(1_134, Int(Double(width) * 0.4))
    }

    // MARK: body

    static func text(_ letter: LetterContent) -> [P] {
        func sentence(_ s: String, bold: Bool = false) -> P {
            P(
                runs: [R(text: s, bold: bold, size: 14)], alignment: .both, firstLine: 567, after: 120,
                line: 276)
        }
        var out = [sentence(letter.opening)]
        for group in letter.groups {
            var heading = sentence(group.heading, bold: true)
            heading.keepNext = true
            out.append(heading)
            if let intro = group.intro { out.append(sentence(intro)) }
            out += group.points.map { sentence($0) }
        }
        out.append(sentence(letter.closing))
        return out
    }

    // MARK: closing

    /// "Nơi nhận:" in a one-column table floated to the left margin: the signature block flows
    /// beside it, and a reader that takes the document in order meets the recipients first and
    /// the signature after, instead of the two columns interleaved line by line.
    static func closing(_ letter: LetterContent) -> String {
        let width = 4_394
        var lines = [
            P(runs: [R(text: "Nơi nhận:", bold: true, italic: true, size: 12)], alignment: .left, before: 240)
        ]
        for (i, item) in letter.recipients.enumerated() {
            let last = i == letter.recipients.count - 1
            lines.append(P(runs: [R(text: "- \(item)\(last ? "." : ";")", size: 11)], alignment: .left))
        }
        let floating =
            "<w:tblpPr w:leftFromText=\"0\" w:rightFromText=\"142\" w:topFromText=\"0\" w:bottomFromText=\"0\""
            + " w:vertAnchor=\"text\" w:horzAnchor=\"margin\" w:tblpY=\"1\"/><w:tblOverlap w:val=\"never\"/>"
        // At least as tall as the signature block, so that none of it falls below the table and
        // is centred across the whole page instead of beside the recipients.
        return "<w:tbl>" + WordML.borderlessTable(width: width, floating: floating)
            + "<w:tblGrid><w:gridCol w:w=\"\(width)\"/></w:tblGrid>\n"
            + "<w:tr><w:trPr><w:trHeight w:val=\"3200\" w:hRule=\"atLeast\"/></w:trPr>\n"
            + WordML.cell(width: width, lines) + "\n</w:tr>\n</w:tbl>"
    }

    static func signature(_ letter: LetterContent) -> [P] {
        func line(_ s: String, before: Int = 0) -> P {
            P(runs: [R(text: s, bold: true, size: 14)], alignment: .center, before: before)
        }
        var out: [P] = []
        for authority in letter.authority { out.append(line(authority, before: out.isEmpty ? 240 : 0)) }
        out.append(line(letter.title, before: out.isEmpty ? 240 : 0))
        // Room for the signature and the seal.
        out += Array(repeating: P(alignment: .center, markSize: 14), count: 4)
        out.append(line(letter.signer))
        return out
    }

    /// A4 portrait; page numbers from the second page on, centred in the top margin (Phụ lục I,
    /// Mục I: the first page carries none).
    static let sectionProperties =
        "<w:sectPr><w:headerReference w:type=\"first\" r:id=\"rId3\"/>"
        + "<w:headerReference w:type=\"default\" r:id=\"rId4\"/>"
        + "<w:pgSz w:w=\"\(Page.width)\" w:h=\"\(Page.height)\"/>"
        + "<w:pgMar w:top=\"\(Page.top)\" w:right=\"\(Page.right)\" w:bottom=\"\(Page.bottom)\""
        + " w:left=\"\(Page.left)\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
        + "<w:titlePg/></w:sectPr>"
}
