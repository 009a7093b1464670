#!/usr/bin/env python3
"""Writes one hostile .docx for tools/bench-hostile-docx.sh: a small file that unpacks to far more
than it holds. Each kind is a shape of word/document.xml whose records (paragraphs, line breaks,
table rows, cells) cost the reader memory however little text they carry.

Kinds that compress past the 100 x ratio (a zip bomb by ratio):
  paras, rows, cells, empty-cells, runs, breaks, spaces
Kinds padded with random letters so the ratio stays under 100 (refused by their count):
  padded-paras, padded-cells, padded-rows, padded-empty-cells, padded-empty-rows, padded-breaks,
  padded-spaces
Kinds just under every limit, which must be read:
  under-paras, under-headings, under-table

Usage: python3 tools/gen-hostile-docx.py KIND OUT.docx
The output is the same for the same kind (a fixed seed and fixed zip dates).
"""
import random
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = (2024, 1, 1, 0, 0, 0)
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
MILLION = 1_000_000
rng = random.Random(20261206)


def noise(n=1):
    """Random lower-case letters: deflate cannot shrink them much, which holds the ratio down."""
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def para(text):
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def table(rows):
    return "<w:tbl>" + "".join(rows) + "</w:tbl>"


def body(kind):
    if kind == "paras":
        return para("a") * MILLION
    if kind == "rows":
        return table(["<w:tr><w:tc><w:p/></w:tc></w:tr>"] * MILLION)
    if kind == "cells":
        return table(["<w:tr>" + "<w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>" * MILLION + "</w:tr>"])
    if kind == "empty-cells":
        return table(["<w:tr>" + "<w:tc/>" * MILLION + "</w:tr>"])
    if kind == "runs":
        return "<w:p>" + "<w:r><w:t>a</w:t></w:r>" * MILLION + "</w:p>"
    if kind == "breaks":
        return "<w:p><w:r>" + "<w:t>a</w:t><w:br/>" * MILLION + "</w:r></w:p>"
    if kind == "spaces":
        return "<w:p><w:r><w:t>a</w:t></w:r></w:p>" + " " * (49 * MILLION)
    if kind == "padded-paras":
        return "".join(para(noise()) for _ in range(400_000))
    if kind == "padded-cells":
        cells = "".join(f"<w:tc><w:p><w:r><w:t>{noise()}</w:t></w:r></w:p></w:tc>" for _ in range(400_000))
        return table(["<w:tr>" + cells + "</w:tr>"])
    if kind == "padded-rows":
        return table([f"<w:tr><w:tc><w:p><w:r><w:t>{noise()}</w:t></w:r></w:p></w:tc></w:tr>" for _ in range(400_000)])
    if kind == "padded-empty-cells":
        return table(["<w:tr>" + "".join(f'<w:tc w:id="{noise()}"/>' for _ in range(400_000)) + "</w:tr>"])
    if kind == "padded-empty-rows":
        return table([f'<w:tr w:id="{noise()}"/>' for _ in range(400_000)])
    if kind == "padded-spaces":
        # Few records, much XML: the inflated part itself is what is held.
        return "<w:p><w:r><w:t>a</w:t></w:r></w:p>" + "".join(" " * 180 + noise() for _ in range(270_000))
    if kind == "padded-breaks":
        return "<w:p><w:r>" + "".join(f"<w:t>{noise()}</w:t><w:br/>" for _ in range(400_000)) + "</w:r></w:p>"
    if kind == "under-paras":
        return "".join(para(noise(12)) for _ in range(95_000))
    if kind == "under-headings":
        return "".join(para(f"{i % 90 + 1}. {noise(3)}") for i in range(95_000))
    if kind == "under-table":
        rows = [f"<w:tr><w:tc><w:p><w:r><w:t>{noise(8)}</w:t></w:r></w:p></w:tc>"
                f"<w:tc><w:p><w:r><w:t>{noise(8)}</w:t></w:r></w:p></w:tc></w:tr>" for _ in range(40_000)]
        return table(rows)
    raise SystemExit(f"gen-hostile-docx: unknown kind {kind}")


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    kind, out = sys.argv[1], sys.argv[2]
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body(kind)}</w:body></w:document>'
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", document)):
            z.writestr(zipfile.ZipInfo(name, DATE), text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    main()
