# Two commands do all the set-up on a fresh machine:
#   make extract   -> runs `cite extract seeds/`
#   make test      -> runs ruff and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: extract test bench clean system-tools corpus

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
	@[ -d /usr/share/citation-style-language/styles ] || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get install -y -q --no-install-recommends citation-style-language-styles >/dev/null 2>&1 || \
	   (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends citation-style-language-styles >/dev/null 2>&1)) ; } || \
	  echo "citation-style-language-styles not available: make corpus cannot render the CSL part"

test: $(STAMP) system-tools
	$(BIN)/ruff check src tests $(wildcard bench tools)
	$(BIN)/python -m pytest

# The labelled reference corpus (tools/corpus/README.md) into corpus/: real references converted from the
# AnyStyle and GROBID git mirrors (fetched by hand, see the README), and CSL renderings of generated items.
ANYSTYLE_MIRROR ?= /work/.mirror/inukshuk+anystyle/repo
GROBID_MIRROR ?= /work/.mirror/kermitt2+grobid/repo
corpus: $(STAMP) system-tools
	$(BIN)/python -c 'import faker' 2>/dev/null || $(BIN)/python -m pip install -q -e '.[test,corpus]'
	$(BIN)/python -m tools.corpus.real --anystyle $(ANYSTYLE_MIRROR) --grobid $(GROBID_MIRROR) --out corpus
	$(BIN)/python -m tools.corpus.render --out corpus
	$(BIN)/python -m tools.corpus.split --styles-used corpus/styles.json --corpus corpus

bench: $(STAMP)
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/speed.py

clean:
	rm -rf $(VENV) .pytest_cache
