#!/usr/bin/env python3
"""Makes a batch of submissions for `plancheck review` from the samples, with varied defects.

    tools/gen-batch.py OUT_DIR [-n 1000] [--seed 2024]

OUT_DIR becomes a chain folder (plancheck.yml): the parents of the sample chains are copied in,
and every generated plan names its parent and level, so `plancheck review OUT_DIR` compares each
one with the right parent, as `check` does for a chain. Seeds (samples/real, samples/clean) have
no parent and are checked on their own.

The same seed gives byte-identical files, so a benchmark or a test can be repeated. Each file also
carries its own batch number in one sentence, so no two submissions share a cache key.
Python 3 standard library only.
"""

import argparse
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QA = ROOT / "samples/chains/quang-an-2024"
TV = ROOT / "samples/chains/tra-vinh-2024"

# (source, level, parent file as written in OUT_DIR, or None for a seed)
SOURCES = [
    (QA / "02-huyen-an-phu.md", "huyen", "p-qa-01-tinh-ke-hoach.md"),
    (QA / "03-huyen-binh-son.md", "huyen", "p-qa-01-tinh-ke-hoach.md"),
    (QA / "04-huyen-dong-hai.md", "huyen", "p-qa-01-tinh-ke-hoach.md"),
    (QA / "05-xa-an-thach.md", "xa", "p-qa-02-huyen-an-phu.md"),
    (TV / "02-huyen-cau-ngang.txt", "huyen", "p-tv-01-tinh-tra-vinh.md"),
] + [(p, None, None) for p in sorted((ROOT / "samples/real").glob("*.txt"))] + [
    (ROOT / "samples/clean/ke-hoach-mau.md", None, None)
]

# The chain's declared exemption, carried over so coverage % is the same as for the sample.
NOT_APPLICABLE = {
    "04-huyen-dong-hai.md": [
        ("Các huyện có tuyến biên giới đất liền phối hợp với các Đồn Biên phòng",
         "Huyện Đông Hải không có tuyến biên giới đất liền và không có Đồn Biên phòng đóng quân trên địa bàn"),
    ],
}

# The parents copied into OUT_DIR, with their own place in the chain.
PARENTS = [
    ("p-qa-00-bo-huong-dan.md", QA / "00-bo-huong-dan.md", "bo", None),
    ("p-qa-01-tinh-ke-hoach.md", QA / "01-tinh-ke-hoach.md", "tinh", "p-qa-00-bo-huong-dan.md"),
    ("p-qa-02-huyen-an-phu.md", QA / "02-huyen-an-phu.md", "huyen", "p-qa-01-tinh-ke-hoach.md"),
    ("p-tv-01-tinh-tra-vinh.md", TV / "01-tinh-tra-vinh.md", "tinh", None),
]

STRIP = str.maketrans("ÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴĐ",
                      "AAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD")


def drop_lead(lines, rng):
    """A task without its lead agency (cơ quan chủ trì)."""
    idx = [i for i, l in enumerate(lines) if l.lstrip("- ").startswith("Cơ quan chủ trì")]
    if idx:
        del lines[rng.choice(idx)]


def shift_deadline(lines, rng):
    """A deadline moved a year later, past the parent's."""
    idx = [i for i, l in enumerate(lines) if re.search(r"(Thời gian|Thời hạn).*\b20\d\d\b", l)]
    if idx:
        i = rng.choice(idx)
        lines[i] = re.sub(r"\b(20\d\d)\b", lambda m: str(int(m.group(1)) + 1), lines[i], count=1)


def misspell_heading(lines, rng):
    """A section heading typed without its diacritics."""
    idx = [i for i, l in enumerate(lines) if re.match(r"^[IVX]+\. \S", l)]
    if idx:
        i = rng.choice(idx)
        lines[i] = lines[i].translate(STRIP)


def blank_number(lines, rng):
    """The document number left for the clerk to fill in."""
    for i, l in enumerate(lines):
        if re.match(r"^\s*Số:\s*\d", l):
            lines[i] = re.sub(r"Số:\s*\d+", "Số:      ", l, count=1)
            return


def remove_basis(lines, rng):
    """One legal basis (căn cứ) dropped."""
    idx = [i for i, l in enumerate(lines) if l.startswith("Căn cứ")]
    if idx:
        del lines[rng.choice(idx)]


DEFECTS = [drop_lead, shift_deadline, misspell_heading, blank_number, remove_basis]


def vary(text, n, rng):
    """Zero to two defects, and one sentence that makes the file unique in the batch."""
    lines = text.split("\n")
    chosen = rng.sample(DEFECTS, rng.choice([0, 1, 1, 2]))
    for defect in chosen:
        defect(lines, rng)
    # After the first paragraph of the body: harmless for the rules, unique to this file.
    at = next((i for i, l in enumerate(lines) if l.startswith("- ")), len(lines) - 1)
    lines.insert(at + 1, f"- Tổng hợp kết quả thực hiện đợt {n} gửi về cơ quan thường trực.")
    return "\n".join(lines), [d.__name__ for d in chosen]


def manifest(plans):
    out = ["levels: [bo, tinh, huyen, xa]", "plans:"]
    for file, level, parent in plans:
        out.append(f"  - file: {file}")
        if level:
            out.append(f"    level: {level}")
        if parent:
            out.append(f"    parent: {parent}")
        exempt = NOT_APPLICABLE.get(file.split("-", 1)[-1], [])
        if exempt:
            out.append("    not_applicable:")
        for duty, reason in exempt:
            out += [f'      - duty: "{duty}"', f'        reason: "{reason}"']
    out.append('submissions: "b*"')
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2024)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    plans = []
    for name, src, level, parent in PARENTS:
        shutil.copyfile(src, out / name)
        plans.append((name, level, parent))
    for n in range(1, args.n + 1):
        src, level, parent = SOURCES[(n - 1) % len(SOURCES)]
        text, _ = vary(src.read_text(encoding="utf-8"), n, rng)
        name = f"b{n:05d}-{src.name}"
        (out / name).write_text(text, encoding="utf-8")
        plans.append((name, level, parent))
    (out / "plancheck.yml").write_text(manifest(plans), encoding="utf-8")
    print(f"{args.n} submissions in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
