#!/usr/bin/env python3
"""Makes large, well-formed plans that stress one part of the parser each, for the scaling
benchmark (tools/bench-hostile.sh).

    tools/gen-hostile.py KIND SIZE_MB OUT_FILE

KIND is one of: citations, markers, tasks, agencies, paragraph, sections, nfd (accepted at every
size), dense (short headings up to the intake's line limit, then long lines: accepted, the
costliest file of its size), short-sections and short-lines (more lines than the intake allows
beyond about 2 MB: refused with exit 2, which the bench expects).
Each file is a real-looking plan (issuer, Quốc hiệu, number, date, title, body, Nơi nhận, signer)
whose body repeats the stressed construct until the file reaches SIZE_MB (10^6 bytes); no line
is longer than a few hundred bytes, so the intake's line limit never refuses it. The same
arguments always give the same bytes. Python 3 standard library only.
"""

import sys
import unicodedata

HEADER = """ỦY BAN NHÂN DÂN
TỈNH BẾN TRE
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 497/KH-UBND

Bến Tre, ngày 26 tháng 01 năm 2024

KẾ HOẠCH
CÔNG TÁC THÔNG TIN ĐỐI NGOẠI NĂM 2024

"""

CLOSING = """
Nơi nhận:
- Như trên;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
"""

AGENCIES = [
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ", "Sở Tài chính", "Sở Ngoại vụ",
    "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tư pháp", "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh", "Báo Bến Tre", "Đài Phát thanh và Truyền hình tỉnh",
    "Ủy ban nhân dân các huyện, thành phố", "Sở Công Thương", "Sở Khoa học và Công nghệ",
]

TYPES = [("Quyết định", "QĐ-UBND"), ("Kế hoạch", "KH-UBND"), ("Công văn", "UBND-KGVX"),
         ("Quyết định", "QĐ-TTg"), ("Chỉ thị", "CT-TTg")]

INTRO = "Ủy ban nhân dân tỉnh ban hành Kế hoạch công tác thông tin đối ngoại năm 2024 như sau:\n\n"
SECTIONS_HEAD = "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nNâng cao hiệu quả công tác thông tin đối ngoại.\n\nII. NỘI DUNG\n\n"


def agency(i):
    return AGENCIES[i % len(AGENCIES)]


def citation(i):
    name, code = TYPES[i % len(TYPES)]
    day, month = i % 28 + 1, i % 12 + 1
    return (f"Căn cứ {name} số {i % 9000 + 10}/{code} ngày {day:02d}/{month:02d}/2023 của "
            f"Ủy ban nhân dân tỉnh về việc triển khai công tác thông tin đối ngoại;\n")


def citations(i):
    # Consecutive lines with no blank between: the copy joins them into one opening paragraph of
    # thousands of ";"-separated clauses, the case that was quadratic.
    return citation(i)


def markers(i):
    n = i % 40 + 1
    letter = "abcdeghiklmn"[i % 12]
    return (f"- Tuyên truyền về thành tựu phát triển kinh tế - xã hội của tỉnh, đợt {i};\n"
            f"{letter}) Tổ chức các hoạt động quảng bá hình ảnh địa phương, đợt {i};\n"
            f"{n}. Thực hiện thông tin đối ngoại trên địa bàn, nội dung {i}\n\n")


def tasks(i):
    # Content tasks with field lines (DOMAIN.md §3 style a), each followed by a table row.
    return (f"{i % 40 + 1}. Tổ chức hội nghị thông tin đối ngoại, đợt {i}\n"
            f"- Cơ quan chủ trì: {agency(i)}.\n- Cơ quan phối hợp: {agency(i + 4)}.\n"
            f"- Thời gian thực hiện: trước ngày 15/10/2024.\n- Sản phẩm: báo cáo kết quả.\n\n"
            f"| {i + 1} | Tuyên truyền về chủ quyền biển, đảo, đợt {i} | {agency(i)} | "
            f"{agency(i + 3)}, {agency(i + 5)} | Quý IV năm 2024 |\n\n")


def giao(i):
    # Duties in TỔ CHỨC THỰC HIỆN without numbered items: each paragraph is one assignment.
    return (f"Giao {agency(i + 1)} chủ trì, phối hợp với {agency(i + 2)} tổ chức tuyên "
            f"truyền đợt {i}, hoàn thành trước ngày 30/11/2024.\n\n")


def agencies(i):
    n = i % 40 + 1
    lst = ", ".join(agency(i + k) for k in range(6))
    return (f"{n}. {agency(i)}\n\n- Chủ trì, phối hợp với {lst} thực hiện nội dung {i}; "
            f"báo cáo Ủy ban nhân dân tỉnh (qua Sở Văn hóa, Thể thao và Du lịch) trước ngày 15/12/2024.\n\n")


def paragraph(i):
    # Lower-case lines with no blank between: all of them continue one paragraph.
    return (f"tăng cường tuyên truyền về thành tựu của tỉnh; cơ quan chủ trì phối hợp với "
            f"{agency(i)}, hoàn thành trước ngày 30/11/2024, nội dung thứ {i}. và tiếp tục triển khai\n")


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
         "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]


def sections(i):
    # Headings as long as real ones, so that the lines average more than the 64 bytes a line
    # the intake allows beyond its first 100,000 lines (see short_sections for shorter ones).
    r = ROMAN[i % len(ROMAN)]
    n = i % 40 + 1
    return (f"{r}. NHIỆM VỤ TRỌNG TÂM SỐ {i} VỀ TUYÊN TRUYỀN ĐỐI NGOẠI TRÊN ĐỊA BÀN TỈNH\n\n"
            f"{n}. Nội dung {i}: thông tin về thành tựu phát triển kinh tế - xã hội của tỉnh\n\n"
            f"{n}.1. Tuyên truyền trên báo chí, cổng thông tin điện tử và mạng xã hội\n\n"
            f"a) Tổ chức tuyên truyền về thông tin đối ngoại, đợt {i}, trên các phương tiện thông tin "
            f"đại chúng, hệ thống thông tin cơ sở và các trang thông tin điện tử của địa phương.\n\n")


def short_sections(i):
    # The shortest headings, no blank line between: every line is a section.
    return f"{ROMAN[i % len(ROMAN)]}. A {i}\n{i % 40 + 1}. B\n1.1. C\na) D.\n"


def short_lines(i):
    return "a\n\n"


FILLER_WORDS = ("tăng cường tuyên truyền về thành tựu của tỉnh, cơ quan chủ trì phối hợp với các "
                "sở, ban, ngành và địa phương ")


def dense(size):
    """Short headings up to the intake's line limit (100,000 lines plus one per 64 bytes), the
    rest of the bytes in 4 KB lines of one paragraph: the most lines a file of this size may
    have, each as costly as a line can be."""
    fixed = len(HEADER.encode()) + len(CLOSING.encode())
    filler_line = (FILLER_WORDS * 40).encode()[:4000].decode("utf-8", "ignore").rstrip() + "\n"
    fl = len(filler_line.encode())
    limit = 100_000 + size // 64 - HEADER.count("\n") - CLOSING.count("\n") - 100
    parts, total, lines, i = [HEADER, SECTIONS_HEAD, "1. Tuyên truyền\n\n"], fixed, 0, 0
    while True:
        piece = short_sections(i)
        n = len(piece.encode())
        # Room for the filler lines the remaining bytes need, at 4 KB each.
        if lines + 4 + (size - total - n) // fl + 1 > limit or total + n > size:
            break
        parts.append(piece)
        total += n
        lines += 4
        i += 1
    parts.append("trong năm 2024, ")
    while total + fl <= size:
        parts.append(filler_line)
        total += fl
    parts.append(CLOSING)
    return "".join(parts)


def mixed(i):
    k = i % 4
    if k == 0:
        return citation(i) + "\n"
    if k == 1:
        return markers(i)
    if k == 2:
        return tasks(i) + "\n"
    return agencies(i)


# Each kind: segments (text before, generator) sharing the body's bytes equally, and text after.
BODIES = {
    "citations": ([("", citations)], INTRO + SECTIONS_HEAD + "1. Tuyên truyền.\n"),
    "markers": ([(SECTIONS_HEAD, markers)], ""),
    "tasks": ([(SECTIONS_HEAD, tasks), ("IV. TỔ CHỨC THỰC HIỆN\n\n", giao)], ""),
    "agencies": ([(SECTIONS_HEAD + "1. Tuyên truyền.\n\nIV. TỔ CHỨC THỰC HIỆN\n\n", agencies)], ""),
    "paragraph": ([(SECTIONS_HEAD + "1. Tuyên truyền\n\nTrong năm 2024, ", paragraph)], "hết.\n"),
    "sections": ([("", sections)], ""),
    "short-sections": ([("", short_sections)], ""),
    "short-lines": ([(SECTIONS_HEAD, short_lines)], ""),
    "nfd": ([(SECTIONS_HEAD, mixed)], ""),
}


def generate(kind, size):
    if kind == "dense":
        return dense(size)
    segments, after = BODIES[kind]
    parts = [HEADER]
    fixed = len(HEADER.encode()) + len(after.encode()) + len(CLOSING.encode())
    share = (size - fixed) // len(segments)
    i = 0
    for before, make in segments:
        parts.append(before)
        total = len(before.encode())
        while True:
            piece = make(i)
            n = len(piece.encode()) if kind != "nfd" else len(unicodedata.normalize("NFD", piece).encode())
            if total + n > share:
                break
            parts.append(piece)
            total += n
            i += 1
    parts += [after, CLOSING]
    text = "".join(parts)
    if kind == "nfd":
        text = unicodedata.normalize("NFD", text)
    return text


def main():
    kinds = list(BODIES) + ["dense"]
    if len(sys.argv) != 4 or sys.argv[1] not in kinds:
        sys.exit("usage: gen-hostile.py {%s} SIZE_MB OUT_FILE" % ",".join(kinds))
    size = int(float(sys.argv[2]) * 1_000_000)
    with open(sys.argv[3], "w", encoding="utf-8", newline="\n") as f:
        f.write(generate(sys.argv[1], size))


if __name__ == "__main__":
    main()
