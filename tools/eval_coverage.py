#!/usr/bin/env python3
"""Coverage evaluation: compares `plancheck check <chain> --format json` coverage outcomes with the
COVERAGE table of each chain's EXPECTED.md (the `expected` column) and prints precision and recall
per outcome, per chain and overall. Usage: eval_coverage.py CHAIN_DIR JSON_FILE [CHAIN_DIR JSON_FILE ...]
A truth row the checker does not produce counts as a miss for its expected outcome."""
import json, os, sys

OUTCOMES = ["covered", "partial", "missing", "not-applicable"]

def truth(chain):
    rows, table = {}, ""
    for line in open(os.path.join(chain, "EXPECTED.md"), encoding="utf-8"):
        s = line.strip()
        if s.startswith("### "): table = s[4:]; continue
        if s.startswith("## "): table = ""; continue
        if table != "COVERAGE" or not s.startswith("|") or s.startswith("|---"): continue
        cells = [c.strip() for c in s.strip("|").split("|")]
        if len(cells) < 5 or cells[0] == "child": continue
        rows[(cells[0], cells[1])] = cells[3]
    return rows

def predicted(path):
    d = json.load(open(path, encoding="utf-8"))
    return {(os.path.basename(c["child"]), str(c["parentItem"]["span"]["line"])): c["outcome"] for c in d["coverage"]}

def score(pairs):
    out = {}
    for o in OUTCOMES:
        tp = sum(1 for t, p in pairs if t == o and p == o)
        fp = sum(1 for t, p in pairs if t != o and p == o)
        fn = sum(1 for t, p in pairs if t == o and p != o)
        out[o] = (tp, fp, fn)
    return out

def fmt(x): return "  n/a" if x is None else f"{x:5.2f}"

def report(name, pairs):
    print(f"{name}: {len(pairs)} duties, {sum(t == p for t, p in pairs)} agree")
    for o, (tp, fp, fn) in score(pairs).items():
        prec = tp / (tp + fp) if tp + fp else None
        rec = tp / (tp + fn) if tp + fn else None
        print(f"  {o:15s} precision {fmt(prec)}  recall {fmt(rec)}  (tp {tp}, fp {fp}, fn {fn})")

def main(args):
    if len(args) < 2 or len(args) % 2: sys.exit(__doc__)
    everything = []
    for chain, js in zip(args[::2], args[1::2]):
        t, p = truth(chain), predicted(js)
        pairs = [(t[k], p.get(k, "absent")) for k in sorted(t)]
        pairs += [("absent", p[k]) for k in sorted(p) if k not in t]  # outcomes for duties the table lacks
        report(os.path.basename(chain.rstrip("/")), pairs)
        everything += pairs
    report("overall", everything)

if __name__ == "__main__":
    main(sys.argv[1:])
