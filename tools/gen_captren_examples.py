#!/usr/bin/env python3
"""Writes the cap-tren example folders (one-off generator; the folders are the source of truth)."""
import os, shutil
ROOT = "/work/wt-captren/rules/cap-tren"

PARENT = """ỦY BAN NHÂN DÂN
TỈNH NAM HẢI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 120/KH-UBND

Nam Hải, ngày 10 tháng 11 năm 2023

KẾ HOẠCH
Công tác thông tin đối ngoại tỉnh Nam Hải năm 2024

Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;

Ủy ban nhân dân tỉnh ban hành Kế hoạch công tác thông tin đối ngoại tỉnh Nam Hải năm 2024 như sau:

I. MỤC ĐÍCH, YÊU CẦU

- Giới thiệu hình ảnh, tiềm năng của tỉnh Nam Hải; nâng cao nhận thức của Nhân dân về chủ quyền biển, đảo.

- Phân công rõ trách nhiệm của các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố.

II. NỘI DUNG

1. Xây dựng Trang thông tin điện tử đối ngoại của tỉnh bằng tiếng Anh
- Cơ quan chủ trì: Sở Thông tin và Truyền thông.
- Cơ quan phối hợp: Sở Ngoại vụ.
- Thời gian: Quý II năm 2024.
- Sản phẩm: Trang thông tin điện tử tiếng Anh.

III. TỔ CHỨC THỰC HIỆN

1. Sở Thông tin và Truyền thông

Theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 15 tháng 12 năm 2024.

2. Ủy ban nhân dân các huyện, thị xã, thành phố

- Xây dựng, ban hành Kế hoạch công tác thông tin đối ngoại năm 2024 của địa phương.
{duties}
- Báo cáo kết quả thực hiện công tác thông tin đối ngoại năm 2024 về Sở Thông tin và Truyền thông trước ngày 30 tháng 11 năm 2024.

Nơi nhận:
- Bộ Thông tin và Truyền thông (b/c);
- Như mục III;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Hòa
"""

DUTY_SEA = "\n- Chỉ đạo Đài Truyền thanh cấp huyện tăng thời lượng phát thanh tuyên truyền về biển, đảo Việt Nam và chủ quyền biển, đảo.\n"
DUTY_OCOP = "\n- Giới thiệu sản phẩm OCOP, làng nghề truyền thống và điểm du lịch cộng đồng của địa phương trên Trang thông tin điện tử huyện.\n"

GUIDANCE = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 3350/BTTTT-TTĐN

Hà Nội, ngày 16 tháng 10 năm 2023

V/v hướng dẫn xây dựng kế hoạch công tác thông tin đối ngoại năm 2024

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Bộ Thông tin và Truyền thông đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương xây dựng kế hoạch công tác thông tin đối ngoại năm 2024, tập trung các nội dung sau:

1. Tuyên truyền về biển, đảo Việt Nam, chủ quyền của Việt Nam đối với hai quần đảo Hoàng Sa và Trường Sa.

2. Truyền thông về quyền con người theo Quyết định số 1079/QĐ-TTg ngày 14 tháng 9 năm 2022 của Thủ tướng Chính phủ.

Nơi nhận:
- Như trên;
- Lưu: VT, TTĐN.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Nguyễn Văn Minh
"""

CHILD = """ỦY BAN NHÂN DÂN
HUYỆN {HUYEN}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: {num}/KH-UBND

{Huyen}, {date}

KẾ HOẠCH
Công tác thông tin đối ngoại huyện {Huyen} năm {year}

{bases}

Ủy ban nhân dân huyện {Huyen} xây dựng, ban hành Kế hoạch công tác thông tin đối ngoại năm {year} của huyện như sau:

I. MỤC ĐÍCH, YÊU CẦU

- Cụ thể hóa các nhiệm vụ Ủy ban nhân dân tỉnh giao cho cấp huyện; nâng cao nhận thức của Nhân dân về chủ quyền biển, đảo{purpose_extra}.

- Phân công rõ cơ quan chủ trì, thời gian thực hiện từng nhiệm vụ.

II. NỘI DUNG

{tasks}
III. TỔ CHỨC THỰC HIỆN

1. Phòng Văn hóa và Thông tin huyện

- Theo dõi, đôn đốc các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn thực hiện Kế hoạch này.

- Tổng hợp kết quả thực hiện công tác thông tin đối ngoại năm 2024, tham mưu Ủy ban nhân dân huyện báo cáo về Sở Thông tin và Truyền thông {own}.{own_marker}

2. Ủy ban nhân dân các xã, thị trấn

- Tuyên truyền về biển, đảo Việt Nam trên Đài Truyền thanh xã, thị trấn.

- Gửi báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Văn hóa và Thông tin) {commune}.{commune_marker}

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Thông tin và Truyền thông (b/c);
- Như mục III;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Minh Tâm
"""

BASE_CITE = "Căn cứ Kế hoạch số 120/KH-UBND ngày 10 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh Nam Hải về công tác thông tin đối ngoại tỉnh Nam Hải năm 2024;"
NĐ72 = "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;"

TASK_SEA = """{n}. Tăng thời lượng phát thanh tuyên truyền về biển, đảo Việt Nam và chủ quyền biển, đảo trên Đài Truyền thanh huyện
- Cơ quan chủ trì: {lead}{lead_marker}
- Cơ quan phối hợp: Phòng Văn hóa và Thông tin huyện.
- Thời gian: {time}{time_marker}
- Sản phẩm: Chuyên mục phát thanh hằng tháng.

"""
TASK_OCOP = """{n}. Giới thiệu sản phẩm OCOP, làng nghề truyền thống và điểm du lịch cộng đồng của huyện trên Trang thông tin điện tử huyện
- Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện.
- Cơ quan phối hợp: Phòng Nông nghiệp và Phát triển nông thôn huyện.
- Thời gian: Trong năm 2024.
- Sản phẩm: Chuyên trang giới thiệu sản phẩm OCOP.

"""
# Shares "sản phẩm OCOP" and the website with the duty, but not the villages or tourism.
TASK_OCOP_PARTIAL = """{n}. Đăng tin về hội chợ sản phẩm OCOP và du lịch của huyện trên Trang thông tin điện tử huyện{marker}
- Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện.
- Cơ quan phối hợp: Phòng Kinh tế và Hạ tầng huyện.
- Thời gian: Quý III năm 2024.
- Sản phẩm: Tin, bài trên Trang thông tin điện tử huyện.

"""
TASK_HR = """{n}. Tổ chức truyền thông về quyền con người cho cán bộ, công chức cấp xã
- Cơ quan chủ trì: Phòng Tư pháp huyện.
- Cơ quan phối hợp: Phòng Văn hóa và Thông tin huyện.
- Thời gian: Quý II năm 2024.
- Sản phẩm: 01 hội nghị phổ biến.

"""

def child(huyen="Hòa Lạc", num="145", date="ngày 20 tháng 11 năm 2023", year="2024", bases=None,
          tasks=None, own="trước ngày 25 tháng 11 năm 2024", own_marker="", commune="trước ngày 05 tháng 11 năm 2024",
          commune_marker="", purpose_extra=""):
    bases = bases if bases is not None else [NĐ72, BASE_CITE]
    tasks = tasks if tasks is not None else [TASK_SEA.format(n=1, lead="Trung tâm Văn hóa - Thể thao và Truyền thanh huyện.", lead_marker="", time="Trong năm 2024.", time_marker="")]
    up = huyen.upper()
    return CHILD.format(HUYEN=up, Huyen=huyen, num=num, date=date, year=year, bases="\n\n".join(bases),
                        tasks="".join(tasks), own=own, own_marker=own_marker, commune=commune,
                        commune_marker=commune_marker, purpose_extra=purpose_extra)

def sea(n=1, lead="Trung tâm Văn hóa - Thể thao và Truyền thanh huyện.", lead_marker="", time="Trong năm 2024.", time_marker=""):
    return TASK_SEA.format(n=n, lead=lead, lead_marker=lead_marker, time=time, time_marker=time_marker)

def parent(duties=DUTY_SEA):
    return PARENT.format(duties=duties)

E = lambda id: f" <!-- expect: {id} -->"
D = lambda id: f"\n<!-- expect-document: {id} -->\n"

def write(rule, name, plan, par=None, par2=None, na=None):
    d = os.path.join(ROOT, rule, name)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "plan.md"), "w").write(plan)
    open(os.path.join(d, "parent.md"), "w").write(par if par is not None else parent())
    if par2: open(os.path.join(d, "parent2.md"), "w").write(par2)
    if na: open(os.path.join(d, "not-applicable.txt"), "w").write(na)

rules = sorted(f[:-5] for f in os.listdir(ROOT) if f.endswith(".yaml"))
for r in rules:
    shutil.rmtree(os.path.join(ROOT, r), ignore_errors=True)
R = {r[:5]: r for r in rules}

# CT001: the plan cites only the decree, not the province plan.
write(R["CT001"], "pass-cites-province-plan", child())
write(R["CT001"], "fail-cites-only-decree", child(bases=[NĐ72 + E("CT001"),
    "Căn cứ Thông tư số 22/2016/TT-BTTTT ngày 19 tháng 10 năm 2016 của Bộ Thông tin và Truyền thông hướng dẫn quản lý hoạt động thông tin đối ngoại của các tỉnh, thành phố trực thuộc Trung ương;"]))

# CT002: right number, wrong date (numeric form in the fail, to show both forms are read).
write(R["CT002"], "pass-numeric-date-form", child(bases=[NĐ72,
    "Căn cứ Kế hoạch số 120/KH-UBND ngày 10/11/2023 của Ủy ban nhân dân tỉnh Nam Hải về công tác thông tin đối ngoại tỉnh Nam Hải năm 2024;"]))
write(R["CT002"], "fail-wrong-date", child(bases=[NĐ72,
    "Căn cứ Kế hoạch số 120/KH-UBND ngày 01/11/2023 của Ủy ban nhân dân tỉnh Nam Hải về công tác thông tin đối ngoại tỉnh Nam Hải năm 2024;" + E("CT002")]))

# CT003: dated before the parent.
write(R["CT003"], "pass-same-day-as-parent", child(date="ngày 10 tháng 11 năm 2023"))
write(R["CT003"], "fail-before-parent", child(date="ngày 02 tháng 11 năm 2023" + E("CT003")))

# CT004: plan year.
write(R["CT004"], "pass-same-year", child())
c = child(year="2025").replace("Công tác thông tin đối ngoại huyện Hòa Lạc năm 2025", "Công tác thông tin đối ngoại huyện Hòa Lạc năm 2025" + E("CT004"))
write(R["CT004"], "fail-next-year", c)

# CT005: the sea duty has no task.
ocop_parent = parent(DUTY_SEA + DUTY_OCOP)
write(R["CT005"], "pass-all-duties-taken-over", child(tasks=[sea(1), TASK_OCOP.format(n=2)]), ocop_parent)
write(R["CT005"], "fail-ocop-duty-dropped", child(tasks=[sea(1), TASK_HR.format(n=2)]).replace("Lưu: VT, VX.", "Lưu: VT, VX." + D("CT005").rstrip("\n")), ocop_parent)

# CT006: the OCOP duty is taken over only in part (a fair news item, no villages, no tourism).
write(R["CT006"], "pass-full-task", child(tasks=[sea(1), TASK_OCOP.format(n=2)]), ocop_parent)
write(R["CT006"], "fail-only-fair-news", child(tasks=[sea(1), TASK_OCOP_PARTIAL.format(n=2, marker=E("CT006"))]), ocop_parent)

# CT007: own report later than the province asks.
write(R["CT007"], "pass-reports-in-time", child())
write(R["CT007"], "fail-reports-after-parent", child(own="trước ngày 10 tháng 12 năm 2024", own_marker=E("CT007"),
    commune="trước ngày 20 tháng 11 năm 2024"))

# CT008: communes get too little time before the district's own deadline.
write(R["CT008"], "pass-fifteen-days", child(commune="trước ngày 10 tháng 11 năm 2024"))
write(R["CT008"], "fail-five-days", child(commune="trước ngày 20 tháng 11 năm 2024", commune_marker=E("CT008")))

# CT009: a time in another year.
write(R["CT009"], "pass-all-in-2024", child(tasks=[sea(1, time="Quý III năm 2024.")]))
write(R["CT009"], "fail-quarter-of-next-year", child(tasks=[sea(1, time="Quý I năm 2025.", time_marker=E("CT009"))]))

# CT010: a provincial Sở leads a district task.
write(R["CT010"], "pass-district-agency-leads", child())
write(R["CT010"], "fail-province-department-leads", child(tasks=[sea(1, lead="Sở Thông tin và Truyền thông.", lead_marker=E("CT010"))]))

# CT011: the province names a partner; the district must name it.
BORDER = "\n- Phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức tuyên truyền về chủ quyền biển, đảo cho ngư dân.\n"
TASK_FISH = """{n}. Tuyên truyền về chủ quyền biển, đảo cho ngư dân các xã ven biển
- Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện.
- Cơ quan phối hợp: {partner}.
- Thời gian: Quý II năm 2024.
- Sản phẩm: 03 buổi tuyên truyền tại cảng cá.

"""
bparent = parent(DUTY_SEA + BORDER)
write(R["CT011"], "pass-partner-named", child(tasks=[sea(1), TASK_FISH.format(n=2, partner="Bộ Chỉ huy Quân sự tỉnh, Ban Chỉ huy Quân sự huyện")]), bparent)
write(R["CT011"], "fail-partner-not-named", child(tasks=[sea(1), TASK_FISH.format(n=2, partner="Ban Chỉ huy Quân sự huyện, Ủy ban nhân dân các xã ven biển")]).replace("Lưu: VT, VX.", "Lưu: VT, VX." + D("CT011").rstrip("\n")), bparent)

# CT012: the Ministry's guidance asks for human-rights communication.
write(R["CT012"], "pass-theme-present", child(tasks=[sea(1), TASK_HR.format(n=2)], purpose_extra=" và quyền con người"), parent(), GUIDANCE)
write(R["CT012"], "pass-theme-not-asked", child(), parent())
write(R["CT012"], "fail-human-rights-missing", child().replace("Lưu: VT, VX.", "Lưu: VT, VX." + D("CT012").rstrip("\n")), parent(), GUIDANCE)

# CT013: a duty declared not applicable is reported for the reviewer.
LAND = "\n- Các huyện có tuyến biên giới đất liền phối hợp với các Đồn Biên phòng trên địa bàn tuyên truyền về đường biên, mốc giới cho Nhân dân các xã biên giới.\n"
write(R["CT013"], "pass-nothing-declared", child(), parent())
write(R["CT013"], "fail-border-duty-declared", child().replace("Lưu: VT, VX.", "Lưu: VT, VX." + D("CT013").rstrip("\n")), parent(DUTY_SEA + LAND),
      na="Các huyện có tuyến biên giới đất liền | Huyện Hòa Lạc không có tuyến biên giới đất liền\n")
print("ok", len(rules))
