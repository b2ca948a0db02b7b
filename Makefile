# Two commands do all the set-up on a fresh machine:
#   make extract   -> runs `cite extract seeds/`
#   make test      -> runs ruff and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: extract test bench model clean system-tools

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

extract: $(STAMP)
	$(BIN)/cite extract seeds/

# Optional system tools the tests use when present (biber validates BibLaTeX exports):
# installed with apt-get when we are root on a Debian-like machine, otherwise those tests skip.
system-tools:
	@command -v biber >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get install -y -q --no-install-recommends biber >/dev/null 2>&1 || \
	   (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends biber >/dev/null 2>&1)) ; } || \
	  echo "biber not available: its test will be skipped"

test: $(STAMP) system-tools
	$(BIN)/ruff check src tests $(wildcard bench tools)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/labeller.py --corpus $(CORPUS)

# The reference labeller's model, trained on the labelled corpus (`make corpus` builds corpus/).
CORPUS ?= corpus
model: $(STAMP)
	$(BIN)/python -m cite.refs.labeller.train --corpus $(CORPUS)

clean:
	rm -rf $(VENV) .pytest_cache
