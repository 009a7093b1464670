# PlanCheck developer targets. `make test` is what CI runs (through .ci/run).
SWIFT ?= swift

.PHONY: build test lint format record docs bench bench-review bench-campaign samples eval fuzz

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

# `review` of 1000 generated submissions, cold then cached: submissions/s and peak memory.
bench-review:
	tools/bench-review.sh

# Coverage precision/recall per outcome against samples/chains/*/EXPECTED.md (COVERAGE tables),
# then precision per rule and per kind of document on the real corpus (samples/corpus verdicts).
eval: build
	tools/eval-coverage.sh
	tools/eval-corpus.sh

# libFuzzer over read → parse → rules for FUZZ_SECONDS (default 600) on one core; crashes land in
# .build/fuzz/crashes/ (docs/fuzzing.md). CI runs the regression corpus through `swift test` instead.
FUZZ_SECONDS ?= 600
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) tools/fuzz.sh
