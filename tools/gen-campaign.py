#!/usr/bin/env python3
"""Generates the national campaign for `make bench-campaign`: one 2026 province plan for each of
the 34 provinces of 01/7/2025 and one commune plan for each of their 3,321 communes, wards and
special zones, as a chain folder (plancheck.yml) in which every commune plan has its province plan
as parent.

    tools/gen-campaign.py OUT_DIR [--scale 1] [--seed 2026] [--units FILE]

Unit names come from the administrative-unit list: the registry file rules/registry/units-2025.yaml
when it exists, else the JSON of the `vietnam-provinces` package (PyPI, pinned in the Makefile).
--scale N writes every commune plan N times (distinct files, distinct cache keys) to show that cost
grows linearly. The same seed gives byte-identical files. Python 3 standard library only.
"""

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DUTIES = [
    ("Xây dựng, ban hành Kế hoạch công tác thông tin đối ngoại năm 2026 của địa phương ngay sau khi Kế hoạch này được ban hành.",
     "Xây dựng, ban hành Kế hoạch công tác thông tin đối ngoại năm 2026 của {unit_lower}", "Văn phòng HĐND và UBND {short}", "Tháng 01 năm 2026"),
    ("Chỉ đạo đài truyền thanh cơ sở tăng thời lượng tuyên truyền về biển, đảo Việt Nam, chủ quyền của Việt Nam đối với hai quần đảo Hoàng Sa và Trường Sa.",
     "Tăng thời lượng tuyên truyền trên đài truyền thanh cơ sở về biển, đảo Việt Nam, chủ quyền đối với hai quần đảo Hoàng Sa và Trường Sa", "Phòng Văn hóa - Xã hội", "Trong năm 2026"),
    ("Tổ chức phổ biến, truyền thông về quyền con người cho cán bộ, công chức và tuyên truyền viên cơ sở theo Quyết định số 1079/QĐ-TTg.",
     "Phổ biến, truyền thông về quyền con người cho cán bộ, công chức và tuyên truyền viên cơ sở theo Quyết định số 1079/QĐ-TTg", "Phòng Văn hóa - Xã hội", "Quý II năm 2026"),
    ("Quảng bá hình ảnh, tiềm năng du lịch, sản phẩm OCOP của địa phương trên trang thông tin điện tử và mạng xã hội.",
     "Quảng bá hình ảnh, tiềm năng du lịch và sản phẩm OCOP của địa phương trên trang thông tin điện tử và mạng xã hội", "Phòng Kinh tế", "Thường xuyên"),
    ("Tổ chức các hoạt động kỷ niệm các ngày lễ lớn và năm tròn thiết lập quan hệ ngoại giao trong năm 2026 phù hợp với điều kiện của địa phương.",
     "Tổ chức các hoạt động kỷ niệm các ngày lễ lớn và năm tròn thiết lập quan hệ ngoại giao năm 2026", "Phòng Văn hóa - Xã hội", "Theo các mốc kỷ niệm trong năm 2026"),
    ("Nắm tình hình dư luận, kịp thời phản bác thông tin sai lệch về dân chủ, nhân quyền, dân tộc, tôn giáo trên không gian mạng.",
     "Nắm tình hình dư luận, phản bác thông tin sai lệch về dân chủ, nhân quyền, dân tộc, tôn giáo trên không gian mạng", "Công an {short}", "Thường xuyên"),
    ("Báo cáo kết quả thực hiện công tác thông tin đối ngoại năm 2026 về Sở Văn hóa, Thể thao và Du lịch trước ngày 30 tháng 11 năm 2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
     "Báo cáo kết quả thực hiện công tác thông tin đối ngoại năm 2026 về Sở Văn hóa, Thể thao và Du lịch", "Văn phòng HĐND và UBND {short}", "Trước ngày 20 tháng 11 năm 2026"),
]

PROVINCE_TASKS = [
    ("Quán triệt, triển khai Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới",
     "Sở Văn hóa, Thể thao và Du lịch", "Ban Tuyên giáo và Dân vận Tỉnh ủy, các sở, ban, ngành tỉnh", "Quý I năm 2026", "Hội nghị quán triệt; tài liệu hỏi - đáp"),
    ("Truyền thông về quyền con người theo Quyết định số 1079/QĐ-TTg ngày 14 tháng 9 năm 2022 của Thủ tướng Chính phủ",
     "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh, Sở Tư pháp, Báo và Phát thanh, Truyền hình tỉnh", "Quý II năm 2026", "01 lớp bồi dưỡng cho phóng viên, biên tập viên"),
    ("Thông tin, tuyên truyền về biển, đảo Việt Nam và chủ quyền quốc gia",
     "Sở Văn hóa, Thể thao và Du lịch", "Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Trong năm 2026", "Tin, bài, phóng sự; cuộc thi tìm hiểu"),
    ("Quảng bá hình ảnh, tiềm năng du lịch và sản phẩm OCOP của tỉnh trên môi trường mạng",
     "Sở Văn hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Môi trường, Sở Công Thương", "Trong năm 2026", "Video clip song ngữ; chuyên mục điện tử"),
    ("Theo dõi dư luận, đấu tranh phản bác thông tin sai trái, thù địch",
     "Công an tỉnh", "Sở Văn hóa, Thể thao và Du lịch, Ban Tuyên giáo và Dân vận Tỉnh ủy", "Thường xuyên", "Báo cáo dư luận hằng tháng"),
]


def load_units(path):
    """(province name, [(commune name, kind)]) for the 34 provinces, from the registry or PyPI."""
    if path and Path(path).suffix == ".json":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    else:
        try:
            import vietnam_provinces
        except ImportError:
            sys.exit("gen-campaign: pip install vietnam-provinces==2025.10.1 (or give --units FILE.json)")
        data_dir = Path(vietnam_provinces.__file__).parent / "data"
        data = json.loads((data_dir / "nested-divisions.json").read_text(encoding="utf-8"))
    def name(p):
        # The package writes provinces without their kind ("Sơn La"); officials write "Tỉnh Sơn La".
        if p["division_type"] == "tỉnh" and not p["name"].startswith("Tỉnh "):
            return "Tỉnh " + p["name"]
        return p["name"]
    return [(name(p), [(w["name"], w["division_type"]) for w in p["wards"]]) for p in data]


def in_sentence(name):
    """'Tỉnh Sơn La' as written inside a sentence: 'tỉnh Sơn La'."""
    first, _, rest = name.partition(" ")
    if first in ("Thành", "Đặc"):
        second, _, rest = rest.partition(" ")
        return f"{first.lower()} {second} {rest}"
    return f"{first.lower()} {rest}"


def short_name(name):
    for prefix in ("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def province_plan(index, province, rng):
    short = short_name(province)
    kind = "THÀNH PHỐ" if province.startswith("Thành phố") else "TỈNH"
    number = 100 + index * 7
    lines = [
        "ỦY BAN NHÂN DÂN", f"{kind} {short.upper()}", "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
        f"Số: {number}/KH-UBND", "", f"{short}, ngày {10 + index % 15} tháng 11 năm 2025", "",
        "KẾ HOẠCH", f"Công tác thông tin đối ngoại {in_sentence(province)} năm 2026", "",
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;", "",
        "Căn cứ Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới;", "",
        f"Ủy ban nhân dân {kind.lower()} {short} ban hành Kế hoạch công tác thông tin đối ngoại năm 2026 như sau:", "",
        "I. MỤC ĐÍCH, YÊU CẦU", "",
        f"- Nâng cao hiệu quả quản lý nhà nước về thông tin đối ngoại trên địa bàn {kind.lower()}; bảo đảm sự phối hợp thống nhất giữa các sở, ngành và chính quyền cấp xã sau khi sắp xếp đơn vị hành chính.", "",
        "- Các nhiệm vụ được giao phải có cơ quan chủ trì, cơ quan phối hợp, thời gian và sản phẩm cụ thể.", "",
        "II. NỘI DUNG", "",
    ]
    for i, (title, lead, partners, time, product) in enumerate(PROVINCE_TASKS, 1):
        lines += [f"{i}. {title}", f"- Cơ quan chủ trì: {lead}.", f"- Cơ quan phối hợp: {partners}.",
                  f"- Thời gian: {time}.", f"- Sản phẩm: {product}.", ""]
    lines += ["III. KINH PHÍ THỰC HIỆN", "",
              "Kinh phí thực hiện được bố trí trong dự toán ngân sách năm 2026 của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành.", "",
              "IV. TỔ CHỨC THỰC HIỆN", "",
              "1. Sở Văn hóa, Thể thao và Du lịch", "",
              "- Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, địa phương triển khai Kế hoạch này; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2026.", "",
              "2. Ủy ban nhân dân các xã, phường, đặc khu", ""]
    lines += [f"- {duty}" for duty, _, _, _ in DUTIES] + [""]
    lines += [f"Trên đây là Kế hoạch công tác thông tin đối ngoại {in_sentence(province)} năm 2026./.", "",
              "Nơi nhận:", "- Bộ Văn hóa, Thể thao và Du lịch (b/c);", "- Thường trực Tỉnh ủy;",
              "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường, đặc khu;", "- Lưu: VT, KGVX.", "",
              "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", rng.choice(SIGNERS)]
    return number, "\n".join(lines) + "\n"


SIGNERS = ["Nguyễn Văn Hòa", "Trần Thị Lan", "Lê Minh Tuấn", "Phạm Quốc Bảo", "Võ Thị Hạnh", "Đặng Hữu Phước"]


def commune_plan(province, pnumber, pindex, commune, kind, serial, rng, copy):
    short = short_name(commune)
    level = {"phường": "phường", "đặc khu": "đặc khu"}.get(kind, "xã")
    unit = f"{level} {short}"
    lines = [
        "ỦY BAN NHÂN DÂN", f"{level.upper()} {short.upper()}", "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
        f"Số: {10 + serial % 80:02d}/KH-UBND", "", f"{short}, ngày {rng.randint(10, 28)} tháng 12 năm 2025", "",
        "KẾ HOẠCH", "Công tác thông tin đối ngoại năm 2026", "",
        f"Căn cứ Kế hoạch số {pnumber}/KH-UBND ngày {10 + pindex % 15} tháng 11 năm 2025 của Ủy ban nhân dân {in_sentence(province)} về công tác thông tin đối ngoại năm 2026;", "",
        f"Ủy ban nhân dân {level} {short} xây dựng Kế hoạch công tác thông tin đối ngoại năm 2026 như sau:", "",
        "I. MỤC ĐÍCH, YÊU CẦU", "",
        f"- Triển khai kịp thời, đầy đủ các nhiệm vụ thông tin đối ngoại tỉnh giao cho cấp xã; giới thiệu hình ảnh, con người {unit} đến bạn bè trong và ngoài nước.", "",
        "- Phân công rõ cơ quan chủ trì, thời gian thực hiện từng nhiệm vụ; bảo đảm tiết kiệm, hiệu quả.", "",
        "II. NỘI DUNG VÀ NHIỆM VỤ", "",
    ]
    # Every tenth plan leaves out one duty; every seventh has a task without its time.
    duties = list(DUTIES)
    if serial % 10 == 3:
        duties.pop(rng.randrange(len(duties)))
    for i, (_, task, lead, time) in enumerate(duties, 1):
        lines.append(f"{i}. {task.format(unit_lower=unit, short=level)}")
        lines.append(f"- Cơ quan chủ trì: {lead.format(short=level)}.")
        lines.append("- Cơ quan phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam " + level + ", các đoàn thể chính trị - xã hội.")
        if not (serial % 7 == 5 and i == 2):
            lines.append(f"- Thời gian: {time}.")
        lines.append(f"- Sản phẩm: Báo cáo, tin bài phản ánh kết quả thực hiện (đợt {copy + 1}).")
        lines.append(
            "- Nội dung: bám sát hướng dẫn của Sở Văn hóa, Thể thao và Du lịch; lựa chọn hình thức tuyên truyền phù hợp "
            "với từng nhóm đối tượng, chú trọng thông tin trên nền tảng số, bảo đảm thông tin chính xác, kịp thời.")
        lines.append("")
    filler = ("Các bộ phận chuyên môn chủ động lồng ghép nội dung thông tin đối ngoại vào các hoạt động tuyên truyền, "
              "văn hóa, du lịch, xúc tiến thương mại của địa phương; phát huy vai trò của tổ truyền thông cộng đồng, "
              "người có uy tín trong cộng đồng dân cư.")
    lines += ["III. KINH PHÍ", "", "Kinh phí thực hiện bố trí trong dự toán ngân sách năm 2026 của Ủy ban nhân dân " + level + ".", "",
              "IV. TỔ CHỨC THỰC HIỆN", "", "1. Phòng Văn hóa - Xã hội", "",
              "- Là cơ quan thường trực, tham mưu Ủy ban nhân dân " + level + " theo dõi, đôn đốc thực hiện Kế hoạch; " + filler, "",
              "- Tổng hợp kết quả thực hiện, dự thảo báo cáo của Ủy ban nhân dân " + level + " gửi Sở Văn hóa, Thể thao và Du lịch đúng thời hạn; "
              "đề xuất khen thưởng tập thể, cá nhân có thành tích trong công tác thông tin đối ngoại.", "",
              "2. Công an " + level + " và Ban Chỉ huy Quân sự " + level, "",
              "- Phối hợp nắm tình hình an ninh, trật tự; tuyên truyền về chủ quyền biên giới, biển, đảo. " + filler, "",
              "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam " + level + " và các đoàn thể", "",
              "- Lồng ghép nội dung thông tin đối ngoại vào sinh hoạt của đoàn viên, hội viên. " + filler, "",
              "4. Các cơ quan, đơn vị có liên quan", "", "- Căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện. " + " ".join([filler] * 4), "",
              f"Trên đây là Kế hoạch công tác thông tin đối ngoại năm 2026 của Ủy ban nhân dân {level} {short}./.", "",
              "Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Văn hóa, Thể thao và Du lịch;", "- Thường trực Đảng ủy, HĐND " + level + ";",
              "- Lưu: VT.", "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", rng.choice(SIGNERS)]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--units", help="a nested-divisions JSON file instead of the vietnam-provinces package")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    manifest = ["levels: [tinh, xa]", "plans:"]
    serial = 0
    for pindex, (province, communes) in enumerate(load_units(args.units)):
        pname = f"t{pindex:02d}-ke-hoach-tinh.md"
        number, text = province_plan(pindex, province, rng)
        (out / pname).write_text(text, encoding="utf-8")
        manifest += [f"  - file: {pname}", "    level: tinh"]
        for copy in range(args.scale):
            for cindex, (commune, kind) in enumerate(communes):
                name = f"t{pindex:02d}-x{cindex:03d}-{copy:02d}.md"
                (out / name).write_text(
                    commune_plan(province, number, pindex, commune, kind, serial, rng, copy), encoding="utf-8")
                serial += 1
        manifest += [f'  - files: "t{pindex:02d}-x*.md"', "    level: xa", f"    parent: {pname}"]
    manifest.append('submissions: "t*-x*.md"')
    (out / "plancheck.yml").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    print(f"gen-campaign: {serial} commune plans under 34 province plans in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
