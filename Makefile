# Two commands do all the set-up on a fresh machine:
#   make extract   -> runs `cite extract seeds/`
#   make test      -> runs ruff and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: extract test fuzz property bench model weights clean system-tools corpus zotero-check

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

extract: $(STAMP)
	$(BIN)/cite extract seeds/

# Optional system tools the tests use when present: biber (BibLaTeX data model), bibtex with plainnat and
# gbt7714 (texlive-latex-base, texlive-bibtex-extra), the CSL styles pandoc renders exports with and the corpus
# is rendered through (citation-style-language-styles), headless Chromium (the review page), JabRef (reads exports
# back), LibreOffice with a Chinese font (prints the test .docx files to PDF: libreoffice-writer-nogui,
# fonts-wqy-microhei) and pdfLaTeX (texlive-latex-base: a two-column PDF from another typesetter); XeLaTeX with
# xeCJK (texlive-xetex, texlive-lang-chinese; texlive-fonts-recommended for hyperref's fonts) prints the review
# fixtures the LaTeX way for bench/accuracy.py (tools/make_review_pdfs.py), and pandoc's own LaTeX route there needs
# its default template's packages (texlive-latex-recommended, lmodern).
# Installed with apt-get when we are root on a Debian-like machine; otherwise those tests skip with the reason.
SYSTEM_PACKAGES := biber texlive-latex-base texlive-bibtex-extra citation-style-language-styles chromium jabref \
  libreoffice-writer-nogui fonts-wqy-microhei texlive-xetex texlive-lang-chinese texlive-fonts-recommended \
  texlive-latex-recommended lmodern

system-tools:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  apt-get install -y -q --no-install-recommends $$missing >/dev/null 2>&1 || \
	  (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends $$missing >/dev/null 2>&1) || \
	  echo "could not install$$(echo ' '$$missing): their tests will be skipped"; \
	elif [ -n "$$missing" ]; then echo "not installed:$$(echo ' '$$missing) (needs root and apt-get): their tests will be skipped"; fi

# Zotero's translation-server (AGPL), which tests/export/test_zotero.py runs as an outside program to import the
# exports with Zotero's own translators: a checkout with its modules/ and node packages, never part of cite.
ZOTERO_SERVER ?= $(or $(CITE_ZOTERO_TRANSLATION_SERVER),.cache/zotero/translation-server)
zotero-check:
	@if ! command -v node >/dev/null 2>&1; then echo "node is not installed: the Zotero import tests will be skipped"; \
	elif [ ! -f $(ZOTERO_SERVER)/src/server.js ]; then \
	  echo "Zotero's translation-server is not in $(ZOTERO_SERVER): the Zotero import tests will be skipped"; fi

test: $(STAMP) system-tools zotero-check
	$(BIN)/ruff check src tests $(wildcard bench tools)
	$(BIN)/python -m pytest

# The property/fuzz suite with many more examples than `make test` runs (minutes, not seconds).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest tests/test_fuzz.py -q

# The export property tests with 20 times the examples `make test` runs (a few minutes).
property: $(STAMP) system-tools
	CITE_PROPERTY_EXAMPLES=500 $(BIN)/python -m pytest tests/export/test_properties.py

# The labelled reference corpus (tools/corpus/README.md) into corpus/: real references converted from the
# AnyStyle and GROBID git mirrors (fetched by hand, see the README), and CSL renderings of generated items.
ANYSTYLE_MIRROR ?= /work/.mirror/inukshuk+anystyle/repo
GROBID_MIRROR ?= /work/.mirror/kermitt2+grobid/repo
corpus: $(STAMP) system-tools
	$(BIN)/python -c 'import faker' 2>/dev/null || $(BIN)/python -m pip install -q -e '.[test,corpus]'
	$(BIN)/python -m tools.corpus.real --anystyle $(ANYSTYLE_MIRROR) --grobid $(GROBID_MIRROR) --out corpus
	$(BIN)/python -m tools.corpus.render --out corpus
	$(BIN)/python -m tools.corpus.split --styles-used corpus/styles.json --corpus corpus

# The benchmark's own tools: pyinstrument in .venv (the `bench` extra), and the peer parser refextract
# (GPL-2.0-or-later, so never a dependency of cite) in a separate environment used only by bench/peer.py.
BENCH_STAMP := $(VENV)/.bench-installed
PEER := bench/.venv-peer
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $(BENCH_STAMP)

$(PEER)/.installed:
	@$(PYTHON) -m venv $(PEER) && $(PEER)/bin/python -m pip install -q refextract && touch $(PEER)/.installed || \
	  echo "refextract did not install: the peer comparison will be skipped"

# One section per benchmark; the other benches (labeller, formats, pdf) add their line here.
bench: $(BENCH_STAMP) $(PEER)/.installed
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/sweep.py
	$(BIN)/python bench/formats.py
	$(BIN)/python bench/pdf.py
	$(BIN)/python bench/labeller.py --corpus $(CORPUS)

# The reference labeller's model, trained on the labelled corpus (`make corpus` builds corpus/).
CORPUS ?= corpus
model: $(STAMP)
	$(BIN)/python -m cite.refs.labeller.train --corpus $(CORPUS)

# The shipped model's weights for the batch decoder (model.npz), which training writes too: after a model file
# was replaced by hand.
weights: $(STAMP)
	$(BIN)/python -m cite.refs.labeller.weights

clean:
	rm -rf $(VENV) .pytest_cache $(PEER) bench/.corpus
