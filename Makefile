# PlanCheck developer targets. `make test` is what CI runs (through .ci/run).
SWIFT ?= swift

.PHONY: build test lint format record docs bench samples eval

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

bench:
	$(SWIFT) build -c release --product plancheck-bench
	.build/release/plancheck-bench

# Coverage precision/recall per outcome against samples/chains/*/EXPECTED.md (COVERAGE tables).
eval: build
	tools/eval-coverage.sh
