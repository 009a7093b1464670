#!/usr/bin/env python3
"""Coverage evaluation: compares `plancheck check <chain> --format json` coverage outcomes with the
COVERAGE table of each chain's EXPECTED.md (the `expected` column) and prints precision and recall
per outcome, per chain and overall. Usage: eval_coverage.py CHAIN_DIR JSON_FILE [CHAIN_DIR JSON_FILE ...]
A truth row the checker does not produce counts as a miss for its expected outcome. Cooperation rows
(a parent task the child's level only cooperates in; the JSON reason starts with "phối hợp:") are
scored apart from the duties: no finding depends on them."""
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

COOPERATION = "phối hợp:"

def predicted(path):
    """(outcomes by (child, parent line), the keys that are cooperation rows)."""
    d = json.load(open(path, encoding="utf-8"))
    key = lambda c: (os.path.basename(c["child"]), str(c["parentItem"]["span"]["line"]))
    outcomes = {key(c): c["outcome"] for c in d["coverage"]}
    cooperation = {key(c) for c in d["coverage"] if (c.get("reason") or "").startswith(COOPERATION)}
    return outcomes, cooperation

def score(pairs):
    out = {}
    for o in OUTCOMES:
        tp = sum(1 for t, p in pairs if t == o and p == o)
        fp = sum(1 for t, p in pairs if t != o and p == o)
        fn = sum(1 for t, p in pairs if t == o and p != o)
        out[o] = (tp, fp, fn)
    return out

def fmt(x): return "  n/a" if x is None else f"{x:5.2f}"

def report(name, pairs, noun="duties"):
    print(f"{name}: {len(pairs)} {noun}, {sum(t == p for t, p in pairs)} agree")
    for o, (tp, fp, fn) in score(pairs).items():
        prec = tp / (tp + fp) if tp + fp else None
        rec = tp / (tp + fn) if tp + fn else None
        print(f"  {o:15s} precision {fmt(prec)}  recall {fmt(rec)}  (tp {tp}, fp {fp}, fn {fn})")

def main(args):
    if len(args) < 2 or len(args) % 2: sys.exit(__doc__)
    everything, together = [], []
    for chain, js in zip(args[::2], args[1::2]):
        t, (p, coop) = truth(chain), predicted(js)
        keys = sorted(set(t) | set(p))
        pairs = [(t.get(k, "absent"), p.get(k, "absent")) for k in keys if k not in coop]
        shared = [(t.get(k, "absent"), p.get(k, "absent")) for k in keys if k in coop]
        report(os.path.basename(chain.rstrip("/")), pairs)
        if shared:
            report(os.path.basename(chain.rstrip("/")) + " (cooperation, no findings)", shared, "tasks")
        everything += pairs
        together += shared
    report("overall (duties)", everything)
    if together:
        report("overall (cooperation, no findings)", together, "tasks")

if __name__ == "__main__":
    main(sys.argv[1:])
