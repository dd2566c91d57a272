# The two commands a fresh machine needs: `make serve` and `make test`.
# Each creates .venv and installs what it needs; re-running skips what is up to date.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
INDEX  ?= var/index
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: serve test index bench browser clean

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
index: $(VENV)/.installed-runtime
	$(BIN)/projsearch index corpus --index $(INDEX) || [ $$? -eq 3 ]

serve: index
	$(BIN)/projsearch serve --index $(INDEX) --host $(HOST) --port $(PORT)

# Browser tests drive Debian's Chromium; install it when it is missing and we may.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	  else echo "browser tests need /usr/bin/chromium: sudo apt-get install chromium" >&2; exit 1; fi; \
	fi

test: $(VENV)/.installed-test browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.installed-test
	$(BIN)/python tests/bench/bench_reindex.py

clean:
	rm -rf $(VENV) var build *.egg-info
