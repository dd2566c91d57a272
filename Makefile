# The two commands a fresh machine needs: `make serve` and `make test`.
# Each creates .venv and installs what it needs; re-running skips what is up to date.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
INDEX  ?= var/index
HOST   ?= 127.0.0.1
PORT   ?= 5000
# Worker processes of the server; empty: one per CPU core (`projsearch serve --workers`).
WORKERS ?=

.PHONY: serve test index bench browser ocr ocr-optional print-ocr-packages clean

# Debian's Tesseract and its models for the EU languages and the Western Balkans (OCR of scans).
OCR_LANGS := bos bul ces dan deu ell eng est fin fra gle hrv hun ita lav lit mkd mlt nld pol por ron slk slv spa sqi srp srp-latn swe
OCR_PACKAGES := tesseract-ocr $(addprefix tesseract-ocr-,$(OCR_LANGS))

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-runtime: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-runtime

# Exit status 3 means some files could not be read; they are listed, and serving goes on.
index: $(VENV)/.installed-runtime ocr-optional
	$(BIN)/projsearch index corpus --index $(INDEX) || [ $$? -eq 3 ]

serve: index
	$(BIN)/projsearch serve --index $(INDEX) --host $(HOST) --port $(PORT) $(if $(WORKERS),--workers $(WORKERS))

# Browser tests drive Debian's Chromium; install it when it is missing and we may.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	  else echo "browser tests need /usr/bin/chromium: sudo apt-get install chromium" >&2; exit 1; fi; \
	fi

# OCR: install Tesseract when it is missing and we may; without it indexing works with OCR off.
ocr-optional:
	@if ! command -v tesseract >/dev/null || ! tesseract --list-langs 2>/dev/null | grep -qx pol; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(OCR_PACKAGES) >/dev/null; \
	  else echo "OCR is off until Tesseract is installed: sudo apt-get install $(OCR_PACKAGES)" >&2; fi; \
	fi

# The OCR tests read real scans: Tesseract must be there.
ocr: ocr-optional
	@command -v tesseract >/dev/null || { echo "tests need Tesseract: sudo apt-get install $(OCR_PACKAGES)" >&2; exit 1; }

test: $(VENV)/.installed-test browser ocr
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.installed-test
	$(BIN)/python tests/bench/bench_reindex.py

print-ocr-packages:
	@echo $(OCR_PACKAGES)

clean:
	rm -rf $(VENV) var build *.egg-info
