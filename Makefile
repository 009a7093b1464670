# PlanCheck developer targets. `make test` is what CI runs (through .ci/run).
SWIFT ?= swift
PREFIX ?= /usr/local

.PHONY: build test lint format record docs bench bench-review bench-campaign bench-hostile bench-hostile-docx samples eval install dist fuzz load-web browser

build:
	$(SWIFT) build

test:
	$(SWIFT) test

lint:
	$(SWIFT) format lint --recursive --strict Sources Tests

format:
	$(SWIFT) format --in-place --recursive Sources Tests

record:
	RECORD_SNAPSHOTS=1 $(SWIFT) test

samples: build
	$(SWIFT) run plancheck check samples/real

docs: build
	$(SWIFT) run plancheck rules docs

bench: bench-review
	$(SWIFT) build -c release --product plancheck-bench
	.build/release/plancheck-bench

# The national campaign (34 provinces, 3,321 communes) checked and reviewed, at 1× and 10×.
bench-campaign:
	tools/bench-campaign.sh

# One large plan of each hostile kind (citations, markers, tasks, agencies, one long paragraph,
# sections, NFD) at 2, 4, 8, 16 and 60 MB: CPU time per doubling ≤ ×2.3, peak RSS ≤ 10 × input + 100 MB.
bench-hostile:
	tools/bench-hostile.sh

# Small .docx files that unpack to far more than they hold: refused (or, just under the limits,
# read) within 10 × the file + 100 MB.
bench-hostile-docx:
	tools/bench-hostile-docx.sh

# `review` of 1000 generated submissions, cold then cached: submissions/s and peak memory.
bench-review:
	tools/bench-review.sh

# Coverage precision/recall per outcome against samples/chains/*/EXPECTED.md (COVERAGE tables),
# then precision per rule and per kind of document on the real corpus (samples/corpus verdicts).
eval: build
	tools/eval-coverage.sh
	tools/eval-corpus.sh

# `plancheck serve` under load on a release build: one seed's self-check latency, then 50
# concurrent uploads of the five seeds to POST /api/check (all must succeed; p50/p95/max).
load-web:
	$(SWIFT) build -c release --product plancheck
	tools/load-web.py .build/release/plancheck

# The web app in headless Chromium (Selenium); what .ci/run runs after the tests.
browser: build
	python3 tests/browser/test_web.py .build/debug/plancheck

# bin/plancheck, share/plancheck/rules and shell completions under PREFIX (the binary finds its
# rules there from any folder). The Swift standard library is linked in: no Swift needed to run.
install:
	$(SWIFT) build -c release --product plancheck --static-swift-stdlib
	tools/install.sh "$(PREFIX)" .build/release/plancheck

# dist/plancheck-VERSION-linux-x86_64.tar.gz, smoke-tested from /tmp with PATH=/usr/bin:/bin.
dist:
	tools/dist.sh

# libFuzzer over read → parse → rules for FUZZ_SECONDS (default 600) on one core; crashes land in
# .build/fuzz/crashes/ (docs/fuzzing.md). CI runs the regression corpus through `swift test` instead.
FUZZ_SECONDS ?= 600
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) tools/fuzz.sh
