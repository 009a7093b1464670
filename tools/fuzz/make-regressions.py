#!/usr/bin/env python3
"""Writes the hand-made members of the fuzz regression corpus that are not plain text.

Each file is the smallest input we found for one cause of a crash; the fuzzer's own finds are
added as minimised files beside them. Run from the repository root:
    python3 tools/fuzz/make-regressions.py Tests/PlanCheckParsingTests/Fixtures/fuzz-regressions
"""
import io
import struct
import sys
import zipfile
import zlib
from pathlib import Path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def document(body: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + W.encode()
            + b'><w:body><w:p><w:r><w:t>' + body + b'</w:t></w:r></w:p></w:body></w:document>')


def docx(parts, method=zipfile.ZIP_DEFLATED) -> bytearray:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data)
    return bytearray(out.getvalue())


def eocd(data: bytearray) -> int:
    return data.rindex(b"PK\x05\x06")


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    plain = document("KẾ HOẠCH".encode())

    # The central directory's offset points past the end of the file.
    z = docx([("word/document.xml", plain)])
    struct.pack_into("<I", z, eocd(z) + 16, len(z) + 1000)
    (folder / "central-directory-past-end.docx").write_bytes(z)

    # The central directory's size runs past the end of the file.
    z = docx([("word/document.xml", plain)])
    struct.pack_into("<I", z, eocd(z) + 12, 0xFFFF_FF00)
    (folder / "central-directory-size-past-end.docx").write_bytes(z)

    # The entry's local header offset points past the end of the file.
    z = docx([("word/document.xml", plain)])
    cd = struct.unpack_from("<I", z, eocd(z) + 16)[0]
    struct.pack_into("<I", z, cd + 42, len(z) + 50)
    (folder / "local-header-past-end.docx").write_bytes(z)

    # The entry's compressed size runs past the end of the file (stored, so no inflate error).
    z = docx([("word/document.xml", plain)], zipfile.ZIP_STORED)
    cd = struct.unpack_from("<I", z, eocd(z) + 16)[0]
    struct.pack_into("<II", z, cd + 20, 0x7FFF_FFFF, 0x7FFF_FFFF)
    struct.pack_into("<II", z, 18, 0x7FFF_FFFF, 0x7FFF_FFFF)
    (folder / "entry-size-past-end.docx").write_bytes(z)

    # The EOCD claims more entries than the directory holds.
    z = docx([("word/document.xml", plain)])
    at = eocd(z)
    struct.pack_into("<HH", z, at + 8, 9, 9)
    (folder / "entry-count-too-large.docx").write_bytes(z)

    # Bytes cut from the middle: the local header and data are gone, the directory is intact.
    z = docx([("word/document.xml", plain * 20)])
    cd = struct.unpack_from("<I", z, eocd(z) + 16)[0]
    cut = z[:10] + z[cd - 10:]
    (folder / "cut-in-the-middle.docx").write_bytes(cut)

    # Invalid UTF-8 inside an element of document.xml. libxml2 reports it in text, but passes
    # it on in element names, attribute names and comments, where FoundationXML traps.
    bad = document(b"K\xe1\xba HO\x80CH \xc3")
    (folder / "invalid-utf8-in-text.docx").write_bytes(docx([("word/document.xml", bad)]))
    head = b'<w:document ' + W.encode() + b'><w:body>'
    tail = b'</w:body></w:document>'
    cases = {
        "invalid-utf8-in-element.docx": b"<w:p\xff><w:r><w:t>x</w:t></w:r></w:p\xff>",
        "invalid-utf8-in-attribute-name.docx": b'<w:p w:v\xff="1"><w:r><w:t>x</w:t></w:r></w:p>',
        "invalid-utf8-in-comment.docx": b"<!-- \xff --><w:p/>",
    }
    for name, body in cases.items():
        (folder / name).write_bytes(docx([("word/document.xml", head + body + tail)]))

    # An overlong encoding and a surrogate half, which lenient decoders accept.
    bad = document(b"\xc0\xaf \xed\xa0\x80")
    (folder / "overlong-and-surrogate-utf8.docx").write_bytes(docx([("word/document.xml", bad)]))

    # Deep nesting in a small file (2 MB that deflate to a few kB, a ratio far above 100):
    # refused as too deep, never called a zip bomb.
    deep = (b'<?xml version="1.0"?><w:document ' + W.encode() + b'>' + b"<w:p>" * 200_000
            + b"</w:p>" * 200_000 + b"</w:document>")
    (folder / "deeply-nested.docx").write_bytes(docx([("word/document.xml", deep)]))

    # A deflate stream without its final block: ZIPFoundation's reader asked for more input
    # forever (found by the fuzzer in footnotes.xml; the whole check hung).
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    open_stream = squeeze.compress(plain) + squeeze.flush(zlib.Z_SYNC_FLUSH)
    (folder / "deflate-stream-cut-short.docx").write_bytes(
        single_entry("word/document.xml", open_stream, plain))


def single_entry(name: str, data: bytes, content: bytes) -> bytes:
    """A one-entry deflated zip written field by field, so that the data can be any bytes."""
    crc, raw = zlib.crc32(content), name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x5821, crc, len(data), len(content),
                        len(raw), 0) + raw + data
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x5821, crc, len(data),
                          len(content), len(raw), 0, 0, 0, 0, 0, 0) + raw
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end


if __name__ == "__main__":
    main(Path(sys.argv[1]))
