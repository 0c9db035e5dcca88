# Asah: build, test lanes, demo and benchmarks. `make test` runs every lane, installing what it needs.
SHELL := /bin/bash
# The Swift toolchain lives in /opt/swift on the project's machines.
export PATH := $(PATH):/opt/swift/usr/bin

LINT_PATHS := Sources Packages/AsahCore/Sources Packages/AsahFormats/Sources Tests Packages/AsahCore/Tests \
	Packages/AsahFormats/Tests
PYTEST := .venv-e2e/bin/python -m pytest

.PHONY: build test deps lint format test-core test-formats test-fuzz fuzz test-app test-pg test-e2e demo run bench \
	bench-import bench-door bench-cluster bench-xml

# Seconds per fuzz target for `make fuzz` (the test lane runs each for 10).
FUZZ_SECONDS ?= 60

build:
	swift build

# Lanes run one after another in this order and the first failure stops the run
# (sub-makes rather than prerequisites, so `make -j` cannot reorder them).
test:
	$(MAKE) deps
	$(MAKE) lint
	$(MAKE) test-core
	$(MAKE) test-formats
	$(MAKE) test-fuzz
	$(MAKE) test-app
	$(MAKE) test-pg
	$(MAKE) test-e2e

deps:
	scripts/install-test-deps.sh

# Any style finding fails the lint (the tree was formatted once with `make format`), and so does a read
# of the system clock outside the injected clock (scripts/check-clock.sh).
lint:
	swift format lint --strict --recursive $(LINT_PATHS)
	scripts/check-clock.sh

format:
	swift format format --in-place --recursive $(LINT_PATHS)

# Domain rules, no database.
test-core:
	swift test --package-path Packages/AsahCore

# The readers of uploaded files (CSV, SIASN, XLSX), no database.
test-formats:
	swift test --package-path Packages/AsahFormats

# Each reader's libFuzzer target for 10 s (at most 256 MB, 2 s an input); a crash fails the lane and
# leaves its input in fuzz/artifacts/. Builds into .build-fuzz (sanitizer builds of the readers only).
test-fuzz:
	fuzz/run.sh 10

# The same targets for FUZZ_SECONDS each: make fuzz FUZZ_SECONDS=600
fuzz:
	fuzz/run.sh $(FUZZ_SECONDS)

# App tests on a fresh SQLite database per test (DATABASE_URL unset), two at a time: no two tests
# share a database, so they run in parallel (one worker per core).
test-app:
	env -u DATABASE_URL swift test --parallel

# The same app tests on a throwaway PostgreSQL (DATABASE_URL set by the script); each test makes and
# drops its own database on that server, so these run in parallel too.
test-pg:
	scripts/with-pg.sh swift test --parallel

# Browser flows against the built server (SQLite file in a temp dir).
test-e2e:
	swift build --product asah
	$(PYTEST) -q e2e

demo:
	swift run asah demo

run:
	swift run asah serve

# Competency benchmark on SQLite and PostgreSQL (results in bench/results/).
bench:
	bench/competency.sh

bench-import:
	bench/import.sh

# Hostile uploads and 200 clients writing for 60 s against a release demo server (bench/results/door-*).
bench-door:
	bench/door.sh

# 200 users for 60 s on two PostgreSQL nodes behind nginx (one killed at 30 s) and on SQLite (bench/results/cluster-*).
bench-cluster:
	bench/cluster/run.sh

# The hand-written XML reader against Foundation's XMLParser, and XLSX against CSV (docs/decisions.md).
bench-xml:
	bench/xml/run.sh
