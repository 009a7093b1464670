/// The package parts around word/document.xml, the smallest set Word and LibreOffice open without
/// complaint: content types, relationships, styles, settings, page headers, core and app
/// properties.
enum OOXMLParts {
    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships"

    static let contentTypes =
        xmlDeclaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + override("/word/document.xml", "wordprocessingml.document.main")
        + override("/word/styles.xml", "wordprocessingml.styles")
        + override("/word/settings.xml", "wordprocessingml.settings")
        + override("/word/header1.xml", "wordprocessingml.header")
        + override("/word/header2.xml", "wordprocessingml.header")
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + override("/docProps/app.xml", "extended-properties")
        + "</Types>"

    static func override(_ part: String, _ type: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"application/vnd.openxmlformats-officedocument.\(type)+xml\"/>"
    }

    static let rootRelationships =
        xmlDeclaration + "<Relationships xmlns=\"\(pkgRel)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(rel)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    /// rId3 and rId4 are the page headers `LetterDocumentXML.sectionProperties` names.
    static let documentRelationships =
        xmlDeclaration + "<Relationships xmlns=\"\(pkgRel)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(rel)/settings\" Target=\"settings.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(rel)/header\" Target=\"header1.xml\"/>"
        + "<Relationship Id=\"rId4\" Type=\"\(rel)/header\" Target=\"header2.xml\"/>"
        + "</Relationships>"

    /// Times New Roman for every script (Phụ lục I, Mục I: Unicode font per TCVN 6909:2001),
    /// 14 pt, Vietnamese, black.
    static let styles =
        xmlDeclaration + "<w:styles xmlns:w=\"\(w)\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr>"
        + "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
        + "<w:color w:val=\"000000\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"
        + "<w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
        + "</w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
        + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
        + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
        + "</w:tblCellMar></w:tblPr></w:style>"
        + "</w:styles>"

    static let settings =
        xmlDeclaration + "<w:settings xmlns:w=\"\(w)\">"
        + "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "</w:settings>"

    /// The first page's header: empty.
    static let firstPageHeader = xmlDeclaration + "<w:hdr xmlns:w=\"\(w)\"><w:p/></w:hdr>"

    /// Later pages: the page number, 13 pt, centred.
    static let pageNumberHeader: String = {
        let rPr = "<w:rPr><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr>"
        return xmlDeclaration + "<w:hdr xmlns:w=\"\(w)\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
            + "<w:r>\(rPr)<w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r>\(rPr)<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r>\(rPr)<w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r>\(rPr)<w:t>2</w:t></w:r>"
            + "<w:r>\(rPr)<w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>"
    }()

    /// Title, author and time; `time` is ISO 8601 UTC from the run's clock.
    static func core(title: String, creator: String, time: String) -> String {
        xmlDeclaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(WordML.escape(title))</dc:title><dc:creator>\(WordML.escape(creator))</dc:creator>"
            + "<dc:language>vi-VN</dc:language>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(time)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(time)</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    static let app =
        xmlDeclaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>PlanCheck</Application></Properties>"
}
