# Two commands do all the set-up on a fresh machine:
#   make extract   -> runs `cite extract seeds/`
#   make test      -> runs ruff and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: extract test bench fixtures clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

extract: $(STAMP)
	$(BIN)/cite extract seeds/

test: $(STAMP)
	$(BIN)/ruff check src tests $(wildcard bench tools)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/accuracy.py

clean:
	rm -rf $(VENV) .pytest_cache
