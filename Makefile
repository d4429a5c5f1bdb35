# Two commands do all the set-up on a fresh machine:
#   make demo   create .venv, install the pinned dependencies, ingest the bundled demo corpus
#               into an embedded store and print an analysis and the relations it found
#   make test   the same set-up, then the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.db
SHELL   := /bin/bash
.SHELLFLAGS := -eo pipefail -c
# Some machines' pip configuration names package folders that do not exist; pip then warns once
# per package. The warnings say nothing about detente, so the install output leaves them out.
QUIET_PIP := grep -v "^WARNING: Location .* is ignored" || true

.PHONY: all demo test test-fast lint format bench lock browser clean

all: test

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "detente needs Python >= 3.11"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24" 2>&1 | { $(QUIET_PIP); }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock 2>&1 | { $(QUIET_PIP); }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e . 2>&1 | { $(QUIET_PIP); }
	touch $@

venv: $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/detente demo --db $(DEMO_DB)

# Browser tests drive Debian's Chromium; Playwright's own browser download does not work here.
browser:
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
	  { echo "installing Debian's chromium and chromium-driver for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

test: $(STAMP) browser
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not browser"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

format: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

lock:
	scripts/lock.sh

# Convert ../shared/dictionaries/petrarch2 into src/detente/knowledge/data/petrarch (commit the result).
.PHONY: dictionaries
dictionaries: $(STAMP)
	PYTHONPATH=src $(BIN)/python scripts/convert_dictionaries.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache $(DEMO_DB)*
