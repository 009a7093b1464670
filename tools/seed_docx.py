#!/usr/bin/env python3
"""Helper of tools/make-seed-docx.sh: turns one real seed (samples/real/NNN_*.txt) into a .docx.

  seed_docx.py markdown SEED.txt OUT.md     write the body as Markdown for pandoc
  seed_docx.py tables SEED.txt DOCX         replace the table placeholders in DOCX (from pandoc)
                                            with real Word tables, then check the paragraphs

Every kept line of the .txt becomes one Word paragraph with the same text: leading and trailing
spaces are dropped (Word keeps indentation as formatting, not as spaces) and each blank line becomes
an empty paragraph (the parser reads lines without a blank between them as one wrapped paragraph, so
the blank lines must stay; see samples/README.md). Each ASCII punctuation mark is
backslash-escaped in the Markdown, so pandoc makes no lists, emphasis, smart quotes or dashes of it:
"- 1.", "**", "[...]" and "-------" reach Word as typed.

Page chrome of the web copies is left out, because a Word file would not have it: the listing header
above the issuer (000, 003, 004) and the login banners after the signature (003). The "[...]" that
marks where a truncated copy (000, 004) stops is kept: the text after it is missing from the .docx too.

Tables (the point of the .docx copies: they exercise the reader's table path):
  003            the header as a two-column table without borders: row 1 issuer | national name and
                 motto (one paragraph per line, "-------" rules included), row 2 "Số: …" | place, date.
  002            each task of II. NHIỆM VỤ with field lines ("- Cơ quan chủ trì: …") is rebuilt as a
                 task table TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm,
                 one table per task block (group rows "2", "3" precede their first sub-task), since
                 the task's other lines (Nội dung tuyên truyền, bullets) stay paragraphs after it.
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

FIXED_DATE = (2024, 1, 1, 0, 0, 0)  # reproducible zips
PLACEHOLDER = "SEEDTABLE{}"
BLANK = "SEEDBLANK"

# Per seed (first three digits of the file name): the lines (1-based) to keep, and the tables.
SEEDS = {
    "000": dict(keep=(11, None)),
    "001": dict(keep=(1, None)),
    "002": dict(keep=(1, None), tasks=[
        # (first line, last line, rows); a row is (TT, content line, {column: [lines]})
        (42, 46, [("1", 42, {"ct": [43], "ph": [44], "tg": [45], "sp": [46]})]),
        (52, 58, [("2", 52, {}), ("2.1", 53, {"ct": [54], "ph": [55], "tg": [56], "sp": [58]})]),
        (66, 71, [("2.2", 66, {"ct": [68], "ph": [69], "tg": [70], "sp": [71]})]),
        (80, 84, [("3", 80, {}), ("3.1", 81, {"ct": [82], "tg": [83], "sp": [84]})]),
        (91, 98, [("3.2", 91, {"ct": [92], "ph": [93, 95], "tg": [97], "sp": [98]})]),
        (105, 108, [("3.3", 105, {"ct": [107], "ph": [108]})]),
    ]),
    "003": dict(keep=(13, 142), header=dict(left=(13, 15), right=(17, 19), number=21, date=23)),
    "004": dict(keep=(11, None)),
}
COLUMNS = [("tt", "TT"), ("nd", "Nội dung"), ("ct", "Cơ quan chủ trì"), ("ph", "Cơ quan phối hợp"),
           ("tg", "Thời gian"), ("sp", "Sản phẩm")]
FIELD_PREFIX = {"ct": "Cơ quan chủ trì", "ph": "Cơ quan phối hợp", "tg": "Thời gian", "sp": "Sản phẩm"}


def seed_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def spec_of(path):
    name = path.rsplit("/", 1)[-1]
    return SEEDS[name[:3]]


def clean(line):
    return line.strip(" \t\u00a0")


def plan(path):
    """The document as a list of blocks: ("p", text) or ("table", kind, data)."""
    lines = seed_lines(path)
    spec = spec_of(path)
    first, last = spec["keep"]
    last = last or len(lines)
    line = lambda n: clean(lines[n - 1])
    tables = {}  # first line -> (last line, block)
    if "header" in spec:
        h = spec["header"]
        rng = lambda a_b: [line(n) for n in range(a_b[0], a_b[1] + 1) if line(n)]
        rows = [[rng(h["left"]), rng(h["right"])], [[line(h["number"])], [line(h["date"])]]]
        assert rows[0][0][0].startswith("ỦY BAN") and rows[0][1][0].startswith("CỘNG HÒA"), rows
        assert rows[1][0][0].startswith("Số:") and ", ngày" in rows[1][1][0], rows
        tables[h["left"][0]] = (h["date"], ("table", "header", rows))
    for start, end, task_rows in spec.get("tasks", []):
        rows = []
        for tt, content_line, fields in task_rows:
            m = re.match(r"^[-\s]*(\d+(?:\.\d+)*)\.\s+(.*)$", line(content_line))
            assert m and m.group(1) == tt, (content_line, line(content_line))
            row = {"tt": tt, "nd": m.group(2)}
            for key, field_lines in fields.items():
                texts = [line(n) for n in field_lines]
                head = re.match(r"^-\s*" + FIELD_PREFIX[key] + r"[^:]*:\s*(.*)$", texts[0])
                assert head, (key, texts[0])
                row[key] = " ".join([head.group(1)] + texts[1:])
            rows.append(row)
        tables[start] = (end, ("table", "tasks", rows))
    blocks = []
    n = first
    while n <= last:
        if n in tables:
            end, block = tables[n]
            blocks.append(block)
            n = end + 1
            continue
        blocks.append(("p", line(n)))  # a blank line becomes an empty paragraph
        n += 1
    return blocks


def md_escape(text):
    return "".join("\\" + c if (c.isascii() and not c.isalnum() and c not in " ") else c for c in text)


def markdown(path, out):
    parts = []
    table_index = 0
    for block in plan(path):
        if block[0] == "p":
            parts.append(md_escape(block[1]) if block[1] else BLANK)
        else:
            parts.append(PLACEHOLDER.format(table_index))
            table_index += 1
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n\n".join(parts) + "\n")


def run_xml(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para_xml(text, bold=False, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f"<w:p>{ppr}{run_xml(text, bold) if text else ''}</w:p>"


def table_xml(rows, widths, borders):
    """rows: list of rows; a row is a list of cells; a cell is a list of (text, bold, center)."""
    edge = "single" if borders else "nil"
    border = "".join(f'<w:{side} w:val="{edge}" w:sz="4" w:space="0" w:color="auto"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{border}</w:tblBorders>'
           '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{w}"/>' for w in widths]
    out.append("</w:tblGrid>")
    for r, row in enumerate(rows):
        out.append("<w:tr>")
        for c, cell in enumerate(row):
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[c]}" w:type="dxa"/></w:tcPr>')
            out += [para_xml(t, b, ce) for t, b, ce in cell] or [para_xml("")]
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def header_table(rows):
    cells = [[[(t, True, True) for t in cell] for cell in row] for row in rows]
    cells[1][0] = [(t, False, True) for t in rows[1][0]]
    cells[1][1] = [(t, False, True) for t in rows[1][1]]
    return table_xml(cells, [3600, 5800], borders=False)


def task_table(rows):
    widths = [600, 3000, 1500, 1700, 1200, 1700]
    out = [[[(title, True, True)] for _, title in COLUMNS]]
    for row in rows:
        out.append([[(row[key], False, False)] if row.get(key) else [] for key, _ in COLUMNS])
    return table_xml(out, widths, borders=True)


def expected_paragraphs(path):
    """What the reader should see: paragraph texts and table rows, in order."""
    result = []
    for block in plan(path):
        if block[0] == "p":
            if block[1]:
                result.append(block[1])
        elif block[1] == "header":
            for row in block[2]:
                height = max(len(cell) for cell in row)
                result += [" | ".join(cell[k] if k < len(cell) else "" for cell in row) for k in range(height)]
        else:
            result.append(" | ".join(title for _, title in COLUMNS))
            result += [" | ".join(r.get(key, "") for key, _ in COLUMNS) for r in block[2]]
    return result


def actual_paragraphs(document):
    """Paragraph texts of document.xml, table rows as cells joined by " | " (checks only)."""
    import xml.etree.ElementTree as ET
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    body = ET.fromstring(document).find(w + "body")
    text = lambda p: "".join(t.text or "" for t in p.iter(w + "t"))
    result = []
    for block in body:
        if block.tag == w + "p":
            if text(block):
                result.append(text(block))
        elif block.tag == w + "tbl":
            for tr in block.findall(w + "tr"):
                cells = [[text(p) for p in tc.findall(w + "p")] for tc in tr.findall(w + "tc")]
                height = max(len(c) for c in cells)
                for k in range(height):
                    result.append(" | ".join(c[k] if k < len(c) else "" for c in cells))
    return result


def tables(path, docx):
    with zipfile.ZipFile(docx) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    document = next(data for info, data in entries if info.filename == "word/document.xml").decode("utf-8")
    index = 0
    for block in plan(path):
        if block[0] != "table":
            continue
        xml = header_table(block[2]) if block[1] == "header" else task_table(block[2])
        pattern = re.compile(r"<w:p>(?:(?!</w:p>).)*?" + PLACEHOLDER.format(index) + r"(?:(?!</w:p>).)*?</w:p>", re.S)
        document, count = pattern.subn(lambda _: xml, document)
        assert count == 1, f"placeholder {index}: {count}"
        index += 1
    blank = re.compile(r"<w:p>(?:(?!</w:p>).)*?" + BLANK + r"(?:(?!</w:p>).)*?</w:p>", re.S)
    document = blank.sub("<w:p/>", document)
    assert BLANK not in document and "SEEDTABLE" not in document
    got, want = actual_paragraphs(document.encode("utf-8")), expected_paragraphs(path)
    if got != want:
        for k, (g, e) in enumerate(zip(got, want)):
            if g != e:
                sys.exit(f"{docx}: paragraph {k + 1} differs:\n  docx: {g!r}\n  text: {e!r}")
        sys.exit(f"{docx}: {len(got)} paragraphs, expected {len(want)}")
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == "word/document.xml":
                data = document.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, FIXED_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(fixed, data)


if __name__ == "__main__":
    command, seed, target = sys.argv[1:4]
    {"markdown": markdown, "tables": tables}[command](seed, target)
