# The two commands a new user needs are `make run` and `make test` (see README.md).
# Both create the project's own virtualenv in .venv on first use; nothing else is assumed.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test sysdeps lint typecheck unit integration bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## install, then run the live pipeline with config/earlywarn.yaml (demo)
	$(BIN)/earlywarn run

sysdeps:  ## Debian packages the tests use: prometheus (promtool), chromium + chromedriver
	bash scripts/ci-deps.sh

test: $(STAMP) sysdeps lint typecheck  ## install, lint, type-check, then every test
	$(BIN)/pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q tests/unit tests/scenarios

integration: $(STAMP) sysdeps
	$(BIN)/pytest -q tests/integration

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
