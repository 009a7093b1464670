#!/usr/bin/env python3
"""Writes the small .docx fixtures for the DocxReader tests by hand, so that each feature the
reader must understand (header table, numbering.xml, task table, comments, footnotes, legacy
fonts) is present in a known, minimal form. Word itself is not needed.

Usage: python3 tools/make-docx-fixtures.py [output-dir]
Then, for the PDF fixture (needs libreoffice):
  soffice --headless --convert-to pdf --outdir Tests/PlanCheckParsingTests/Fixtures/pdf \
      Tests/PlanCheckParsingTests/Fixtures/docx/plan.docx
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FIXED_DATE = (2024, 1, 1, 0, 0, 0)  # reproducible zips

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>"""


def run(text, font=None, bold=False):
    props = ""
    if font:
        props += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
    if bold:
        props += "<w:b/>"
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs, num=None, center=False):
    ppr = ""
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if center:
        ppr += '<w:jc w:val="center"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    body = "".join(r if r.startswith("<") else run(r) for r in runs)
    return f"<w:p>{ppr}{body}</w:p>"


def table(rows, widths=None):
    out = "<w:tbl><w:tblPr><w:jc w:val=\"center\"/></w:tblPr>"
    if widths:
        out += "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
    for row in rows:
        out += "<w:tr>"
        for index, cell in enumerate(row):
            paragraphs = cell if isinstance(cell, list) else [cell]
            width = f'<w:tcPr><w:tcW w:w="{widths[index]}" w:type="dxa"/></w:tcPr>' if widths else ""
            out += "<w:tc>" + width + "".join(para(p) for p in paragraphs) + "</w:tc>"
        out += "</w:tr>"
    return out + "</w:tbl>"


def document(body):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>")


def numbering():
    def lvl(ilvl, fmt, text, start=1):
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/></w:lvl>')
    abstract0 = (lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%2.")
                 + lvl(2, "lowerLetter", "%3)") + lvl(3, "bullet", "\uf0b7"))
    abstract1 = lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2.")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
            f'<w:abstractNum w:abstractNumId="0">{abstract0}</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="1">{abstract1}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="3"><w:abstractNumId w:val="1"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
            "</w:numbering>")


def plan_body():
    header = table([
        [["ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE", "-------"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]],
        ["Số: 497/KH-UBND", "Bến Tre, ngày 26 tháng 01 năm 2022"],
    ])
    tasks = table([
        ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["I", "Nhiệm vụ chung", "", "", "", ""],
        ["1", "Tuyên truyền về biển, đảo", "Sở Thông tin và Truyền thông",
         ["Sở Ngoại vụ", "Báo Bến Tre"], "Quý IV năm 2022", "Tin, bài"],
        ["2", "Tổ chức hội nghị thông tin đối ngoại", "Sở Ngoại vụ", "", "Thường xuyên", "Hội nghị"],
    ])
    deleted = '<w:del w:id="9" w:author="A"><w:r><w:delText>ĐÃ XÓA</w:delText></w:r></w:del>'
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    comment = '<w:r><w:commentReference w:id="0"/></w:r>'
    footnote = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    return "".join([
        header,
        para(run("KẾ HOẠCH", bold=True), center=True),
        para(run("Công tác thông tin đối ngoại"), "<w:r><w:br/></w:r>", run("năm 2022"), center=True),
        para("Căn cứ Nghị định số 72/2015/NĐ-CP", footnote, deleted, field, comment),
        para("MỤC ĐÍCH, YÊU CẦU", num=(1, 0)),
        para("Mục đích:", num=(1, 1)),
        para("Nâng cao chất lượng thông tin đối ngoại.", num=(1, 3)),
        para("Yêu cầu:", num=(1, 1)),
        para("Bám sát chỉ đạo của Trung ương.", num=(1, 2)),
        para("Bảo đảm tiết kiệm.", num=(1, 2)),
        para("NỘI DUNG", num=(1, 0)),
        para("Nhiệm vụ trọng tâm", num=(1, 1)),
        tasks,
        para("Tổng quát", num=(2, 0)),
        para("Chi tiết một", num=(2, 1)),
        para("Chi tiết hai", num=(2, 1)),
        para("Tiếp theo", num=(2, 0)),
        para("Chi tiết ba", num=(2, 1)),
        para("Bắt đầu từ năm", num=(3, 0)),
        para(run("Nơi nhận:"), "<w:r><w:tab/></w:r>", run("KT. CHỦ TỊCH")),
    ])


COMMENTS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>'
            '<w:comment w:id="0" w:author="Thẩm định"><w:p><w:r><w:t>Cần bổ sung căn cứ pháp lý</w:t>'
            "</w:r></w:p></w:comment></w:comments>")

FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:t>Về quản lý hoạt động thông tin đối ngoại.</w:t>'
             "</w:r></w:p></w:footnote></w:footnotes>")


def legacy_body():
    return "".join([
        para(run("KÕ ho¹ch", font=".VnTimeH", bold=True), center=True),
        para(run("Th«ng tin ®èi ngo¹i", font=".VnTime"), run(" 2022")),
        para(run("Unicode bình thường", font="Times New Roman")),
    ])


def pdf_source_body():
    """Two pages: the PDF tests check page origins and the joined two-column header."""
    header = table([
        [["ỦY BAN NHÂN DÂN", "HUYỆN CẦU NGANG"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]],
    ], widths=[3500, 6000])
    return "".join([
        header,
        para(run("KẾ HOẠCH", bold=True), center=True),
        para("I. MỤC ĐÍCH, YÊU CẦU"),
        para('<w:r><w:br w:type="page"/></w:r>', run("II. NỘI DUNG")),
        para("- Cơ quan chủ trì: Phòng Văn hóa và Thông tin"),
    ])


def write(path, body, extra):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS,
                 "word/_rels/document.xml.rels": DOC_RELS, "word/document.xml": document(body)}
        parts.update(extra)
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, FIXED_DATE), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "Tests/PlanCheckParsingTests/Fixtures/docx"
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "plan.docx"), plan_body(),
          {"word/numbering.xml": numbering(), "word/comments.xml": COMMENTS,
           "word/footnotes.xml": FOOTNOTES})
    write(os.path.join(out, "legacy-vntime.docx"), legacy_body(), {})
    write(os.path.join(out, "pdf-source.docx"), pdf_source_body(), {})


if __name__ == "__main__":
    main()
