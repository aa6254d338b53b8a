# Two entry points for a fresh clone: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev
DB ?= eventwire.db

.PHONY: run test lint typecheck check bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# A built install, not an editable one: setup.py compiles the extraction stages with mypyc
# (a few minutes), and what runs and what is tested is what users install. Any change under
# src/ reinstalls. For a quick edit-and-test loop, see docs/development.md.
SOURCES := $(shell find src -type f -not -path '*/__pycache__/*' -not -name '*.so')

$(STAMP_RUN): pyproject.toml setup.py $(SOURCES) | $(BIN)/python
	$(BIN)/python -m pip install -q .
	touch $@

$(STAMP_DEV): pyproject.toml setup.py $(SOURCES) | $(BIN)/python
	$(BIN)/python -m pip install -q '.[dev]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(BIN)/eventwire ingest data/samples --db $(DB)
	$(BIN)/eventwire timeline --db $(DB)

test: $(STAMP_DEV)
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	EVENTWIRE_EXPECT_COMPILED=1 $(BIN)/python -m pytest -q

lint: $(STAMP_DEV)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: $(STAMP_DEV)
	$(BIN)/mypy

bench: $(STAMP_RUN)
	$(BIN)/eventwire bench

eval: $(STAMP_RUN)
	for d in te3 meantime cameo-examples plover petr2-gsr plover-actors petr2-gsr-actors polnear; do \
		$(BIN)/eventwire eval $$d --split test || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info
	find src -name "*.so" -delete
