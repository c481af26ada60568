# Two commands on a fresh machine: `make demo`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup engine image demo test test-unit test-docker lint typecheck verify mutants bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

setup: $(STAMP)
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

# verify and mutants keep their long reports in .venv/*.log and print the summary (all of it on failure)
verify: image
	$(BIN)/judge verify --all --jobs 2 > $(VENV)/verify.log 2>&1 || { cat $(VENV)/verify.log; exit 1; }
	@tail -n 1 $(VENV)/verify.log

mutants: image
	$(BIN)/judge mutants --all --jobs 2 > $(VENV)/mutants.log 2>&1 || { cat $(VENV)/mutants.log; exit 1; }
	@tail -n 1 $(VENV)/mutants.log

test: lint typecheck test-unit test-docker verify mutants

bench: image
	$(BIN)/python bench/run_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
