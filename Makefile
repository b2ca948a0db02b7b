# Two commands do all the set-up on a fresh machine:
#   make extract   -> runs `cite extract seeds/`
#   make test      -> runs ruff and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: extract test bench clean system-tools

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

extract: $(STAMP)
	$(BIN)/cite extract seeds/

# Optional system tools the tests use when present (biber validates BibLaTeX exports; LibreOffice prints the
# test .docx files to PDF, with a Chinese font): installed with apt-get when we are root on a Debian-like
# machine, otherwise those tests skip.
system-tools:
	@command -v biber >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get install -y -q --no-install-recommends biber >/dev/null 2>&1 || \
	   (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends biber >/dev/null 2>&1)) ; } || \
	  echo "biber not available: its test will be skipped"
	@{ command -v soffice >/dev/null 2>&1 && [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] ; } || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get install -y -q --no-install-recommends libreoffice-writer-nogui fonts-wqy-microhei >/dev/null 2>&1 || \
	   (apt-get update -q >/dev/null 2>&1 && \
	    apt-get install -y -q --no-install-recommends libreoffice-writer-nogui fonts-wqy-microhei >/dev/null 2>&1)) ; } || \
	  echo "LibreOffice not available: the PDF tests that need it will be skipped"

test: $(STAMP) system-tools
	$(BIN)/ruff check src tests $(wildcard bench tools)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/pdf.py

clean:
	rm -rf $(VENV) .pytest_cache
