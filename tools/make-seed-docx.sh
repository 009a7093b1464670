#!/bin/sh
# Turns each real seed samples/real/NNN_*.txt into samples/docx/NNN_*.docx (see samples/README.md).
# Needs pandoc and python3 (Debian: apt-get install pandoc python3). CI does not run this: the
# .docx files are committed and the tests only read them.
#
#   tools/make-seed-docx.sh            # all five seeds
#
# For each seed: tools/seed_docx.py writes the kept lines as Markdown (one paragraph per line, all
# ASCII punctuation backslash-escaped, a placeholder paragraph where a table goes); pandoc turns it
# into .docx; tools/seed_docx.py then swaps the placeholders for real Word tables (header table for
# 000, 003, 004; task tables for 002), checks every paragraph against the .txt and rewrites the zip
# with fixed timestamps. SOURCE_DATE_EPOCH makes pandoc's docProps reproducible.
set -eu
cd "$(dirname "$0")/.."
export SOURCE_DATE_EPOCH=1704067200
mkdir -p samples/docx
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for seed in samples/real/[0-9][0-9][0-9]_*.txt; do
    name=$(basename "$seed" .txt)
    out="samples/docx/$name.docx"
    python3 tools/seed_docx.py markdown "$seed" "$tmp/$name.md"
    pandoc -f markdown-smart -t docx -o "$out" "$tmp/$name.md"
    python3 tools/seed_docx.py tables "$seed" "$out"
    echo "$out"
done
