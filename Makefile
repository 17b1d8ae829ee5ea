# The two commands that matter: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run chat dashboard test lint bench clean browser
# Debian's chromium, for the dashboard's browser test (Playwright never downloads a browser).
CHROMIUM := /usr/bin/chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot

chat: $(STAMP)
	$(BIN)/python -m bot chat

dashboard: $(STAMP)
	$(BIN)/python -m dashboard

$(CHROMIUM):
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium \
	  || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium)

browser: $(CHROMIUM)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The whole suite twice: on SQLite, then on PostgreSQL (127.0.0.1:5432, database `test`; a fresh
# database per test). Without a server the second pass skips, saying why; with CI=true it fails.
test: lint browser
	$(BIN)/python -m bot i18n check
	$(BIN)/python -m pytest
	ABRI_TEST_DATABASE=postgresql $(BIN)/python -m pytest

# Measurements, outside the tests' pass/fail; results go to docs/benchmarks.md.
bench: $(STAMP)
	$(BIN)/python -m bench.steps --people 200
	$(BIN)/python -m bench.reminders --count 1000

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
