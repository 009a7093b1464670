#!/usr/bin/env python3
"""Precision of PlanCheck's findings on the real corpus (samples/corpus), against a careful
reviewer's verdicts: verdicts.tsv (the reviewer's, on the version of 2026-12-02) and
verdicts-project.tsv (ours, on findings that version did not give; same columns, each with its
reason). Prints precision per rule, per severity and per kind of document (labels.json), the
errors per document, the header fields read right (own number and issue date) and the recall of
cited documents, then every error or warning that has no verdict yet.

    eval_corpus.py CORPUS_DIR CHECK_JSON PARSE_JSON_DIR

A finding is matched to a verdict by file, rule and line ("document" for a finding without a line).
Python 3 standard library only."""
import collections, csv, json, os, re, sys


def load_verdicts(corpus):
    out = {}
    for name in ("verdicts.tsv", "verdicts-project.tsv"):
        path = os.path.join(corpus, name)
        if not os.path.exists(path):
            continue
        for row in csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"):
            out[(row["file"], row["ruleId"], row["line"])] = row["judgement"]
    return out


def key(finding):
    name = os.path.basename(finding["path"]).split(".")[0]
    line = finding.get("line")
    return (name, finding["ruleId"], str(line) if line else "document")


def number_key(text):
    return re.sub(r"\s+", "", (text or "")).upper().replace("Đ", "D")


def main():
    corpus, check_json, parse_dir = sys.argv[1:4]
    verdicts = load_verdicts(corpus)
    labels = {d["file"].split(".")[0]: d for d in json.load(open(os.path.join(corpus, "labels.json")))["documents"]}
    report = json.load(open(check_json, encoding="utf-8"))
    per_rule = collections.defaultdict(collections.Counter)
    per_kind = collections.defaultdict(collections.Counter)
    per_severity = collections.defaultdict(collections.Counter)
    unjudged, errors_per_doc = [], collections.Counter()
    for f in report["findings"]:
        k = key(f)
        judgement = verdicts.get(k, "UNJUDGED")
        if f["severity"] == "info" and judgement == "UNJUDGED":
            continue
        kind = labels.get(k[0], {}).get("doc_type", "?").split(" (")[0]
        per_rule[f["ruleId"]][judgement] += 1
        per_kind[kind][judgement] += 1
        per_severity[f["severity"]][judgement] += 1
        if f["severity"] == "error":
            errors_per_doc[k[0]] += 1
        if judgement == "UNJUDGED":
            unjudged.append(f"{k[0]}\t{f['ruleId']}\t{f['severity']}\t{k[2]}\t{f['message']}")

    def line(name, c):
        judged = c["TRUE"] + c["FALSE"]
        p = f"{100 * c['TRUE'] / judged:5.1f} %" if judged else "    —  "
        return f"  {name:<22} precision {p}  TRUE {c['TRUE']:3}  FALSE {c['FALSE']:3}  DEBATABLE {c['DEBATABLE']:2}  unjudged {c['UNJUDGED']:2}"

    print(f"corpus: {len(labels)} documents, {len(report['findings'])} findings")
    print("by severity:")
    for s in ("error", "warning", "info"):
        if s in per_severity:
            print(line(s, per_severity[s]))
    print("by rule:")
    for r in sorted(per_rule):
        print(line(r, per_rule[r]))
    print("by kind of document:")
    for k in sorted(per_kind):
        print(line(k, per_kind[k]))
    print(f"errors per document: {sum(errors_per_doc.values()) / max(1, len(labels)):.2f}")
    header_scores(labels, parse_dir)
    if unjudged:
        print(f"{len(unjudged)} error/warning findings without a verdict (add them to verdicts-project.tsv):")
        for u in unjudged:
            print("  " + u)


def header_scores(labels, parse_dir):
    """The document's own number and date, and the documents it cites, against the labels."""
    number_ok = date_ok = cited_found = cited_all = 0
    for name, label in labels.items():
        path = os.path.join(parse_dir, name + ".json")
        if not os.path.exists(path):
            continue
        doc = json.load(open(path, encoding="utf-8"))
        header = doc.get("header", {})
        number = header.get("number")
        date = header.get("issueDate")
        number_ok += number_key(number) == number_key(label.get("so_hieu")) if label.get("so_hieu") else number is None
        date_ok += (date == label.get("issue_date")) if label.get("issue_date") else date is None
        found = {number_key(c.get(k)) for c in doc.get("citations", []) for k in ("number", "numberRaw") if c.get(k)}
        for c in label.get("cited", []):
            if c.get("so_hieu"):
                cited_all += 1
                cited_found += number_key(c["so_hieu"]) in found
    n = max(1, len(labels))
    print(f"own number read right: {number_ok}/{len(labels)} = {number_ok / n:.2f}; issue date: {date_ok}/{len(labels)} = {date_ok / n:.2f}")
    print(f"cited documents found (with a number): {cited_found}/{cited_all} = {cited_found / max(1, cited_all):.2f}")


if __name__ == "__main__":
    main()
