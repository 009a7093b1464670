import PlanCheckCore

/// Decides what kind of document a text is, from the strongest evidence it carries: the printed
/// type name ("KẾ HOẠCH"), the code in its own number ("…/QĐ-UBND"), a Công văn's "V/v" summary
/// or "Kính gửi:", or the body's form ("QUYẾT ĐỊNH:", "Điều 1."). Plan rules run on plans only;
/// a Thông tư or a Công văn is judged by the form rules that concern it (DOMAIN.md §7).
enum DocumentKindRecognizer {
    /// How far into the document the type name, "V/v" and "Kính gửi:" may stand.
    static let headLines = 60

    static func recognise(_ doc: PlanDocument, lines: [SourceLine], from start: Int) -> (
        DocumentKind, KindEvidence
    ) {
        if let code = doc.header.documentType, let kind = DocumentKind.forTypeCode(code) {
            return (kind, KindEvidence(source: .typeName, line: doc.header.documentTypeName?.span.line))
        }
        let head = lines[min(start, lines.count)...].prefix(headLines).filter { !$0.isBlank }
        if let (kind, line) = printedTypeName(in: head) {
            return (kind, KindEvidence(source: .typeName, line: line))
        }
        if let number = doc.header.number {
            if let code = number.typeCode, let kind = DocumentKind.forNumberCode(code) {
                return (kind, KindEvidence(source: .numberCode, line: number.span.line))
            }
            if let kind = kind(ofNumber: number.normalized ?? number.raw) {
                return (kind, KindEvidence(source: .numberCode, line: number.span.line))
            }
        }
        for line in head {
            let key = LooseKey.make(line.text, maxScalars: 12)
            if key.hasPrefix("v v ") || key.hasPrefix("kinh gui") {
                return (.congVan, KindEvidence(source: .summaryLine, line: line.number))
            }
        }
        for line in head {
            let key = LooseKey.make(line.text, maxScalars: 14)
            if key == "quyet dinh" && line.text.hasSuffix(":") || key.hasPrefix("dieu 1 ") {
                return (.quyetDinh, KindEvidence(source: .bodyForm, line: line.number))
            }
        }
        return (.unknown, KindEvidence(source: .none))
    }

    /// A line that starts with a type name in capitals ("KẾ HOẠCH", "KẾ HOẠCH HÀNH ĐỘNG",
    /// "CHƯƠNG TRÌNH TRIỂN KHAI…"), as a copy that lost its header still prints it.
    static func printedTypeName(in lines: some Sequence<SourceLine>) -> (DocumentKind, Int)? {
        for line in lines {
            for (name, code) in DocumentTypeNames.codes where line.text.hasPrefix(name) {
                let rest = line.text.dropFirst(name.count)
                // A word boundary, and capitals for the type name itself: "Kế hoạch này…" in a
                // sentence is no type name.
                guard rest.isEmpty || rest.first == " " || rest.first == ":" else { continue }
                if let kind = DocumentKind.forTypeCode(code) { return (kind, line.number) }
            }
        }
        return nil
    }

    /// The kind an own number stands for: its type code ("61/KH-UBND", "149-KH/TU"), or a Công
    /// văn when the number has no type code but a drafting unit ("5740/BTTTT-TTĐN").
    static func kind(ofNumber text: String) -> DocumentKind? {
        let parsed = DocumentNumberParser.parse(text)
        if let code = parsed.typeCode { return DocumentKind.forNumberCode(code) }
        return parsed.issuerCode != nil && parsed.serial != nil ? .congVan : nil
    }
}

/// Party documents follow HD 36-HD/VPTW, not NĐ 30/2020: the issuer is a Party body and the
/// head carries "ĐẢNG CỘNG SẢN VIỆT NAM" where a State document has its Quốc hiệu.
enum PartyDocument {
    static let issuerKeys = [
        "dang cong san viet nam", "tinh uy", "huyen uy", "thanh uy", "quan uy", "thi uy", "dang uy",
        "dang bo", "ban chap hanh", "bch dang bo", "ban tuyen giao", "ban dan van", "ban bi thu",
        "bo chinh tri",
    ]

    static func isParty(_ doc: PlanDocument, lines: [SourceLine], from start: Int) -> Bool {
        guard doc.header.motto == nil else { return false }
        if let number = doc.header.number, DocumentNumberParser.parse(number.raw).isPartyForm { return true }
        // The issuer's own lines, or the lines above the type name: a plan of the UBND that
        // implements "Kế hoạch số 164-KH/TU … của Ban Thường vụ Tỉnh ủy" names a Party body in
        // its title, not as its issuer.
        let typeLine = doc.kindEvidence.source == .typeName ? doc.kindEvidence.line ?? 0 : 0
        let above = lines[min(start, lines.count)...].prefix(8).filter { !$0.isBlank && $0.number < typeLine }
        let head = (doc.header.issuer?.lines ?? []) + above.map(\.text)
        return head.contains { text in
            let key = LooseKey.make(text, maxScalars: 40)
            return issuerKeys.contains { key.hasPrefix($0) }
        }
    }
}

/// What part of a document a copy holds (DOMAIN.md §7): a copy that starts after the header or
/// stops before the closing is reported once, and rules about what it lacks stay silent.
enum CopyAssessment {
    static func assess(_ doc: PlanDocument, lines: [SourceLine], flattenedHeader: Bool) -> CopyExtent {
        var copy = CopyExtent()
        let h = doc.header
        copy.titleDropped = flattenedHeader && h.documentTypeName == nil && h.title == nil
        copy.startsMidway = h.motto == nil && h.issuer == nil && h.number == nil && h.issueDate == nil
        copy.isDraft = lines.prefix(80).contains { LooseKey.make($0.text, maxScalars: 10) == "du thao" }
        if let t = doc.diagnostics.first(where: { $0.code == .truncated }) {
            copy.endsMidway = true
            copy.lastLine = t.span?.line
        } else if h.signature == nil, doc.recipients == nil || endsInsideRecipients(doc, lines) {
            // A complete document ends with its signature block and recipients; a copy with
            // neither, or one that stops inside the recipients' list with no signature after
            // it, stops before its end (a web excerpt), whatever its last words.
            copy.endsMidway = true
            copy.lastLine = lines.last { !$0.isBlank }?.number
        }
        return copy
    }

    static func endsInsideRecipients(_ doc: PlanDocument, _ lines: [SourceLine]) -> Bool {
        guard let recipients = doc.recipients, recipients.archive == nil,
            let last = lines.last(where: { !$0.isBlank })?.number
        else { return false }
        return recipients.span.endLine >= last
    }
}
