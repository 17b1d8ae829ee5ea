# The two commands that matter: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Debian's chromium, for the dashboard's browser test (Playwright never downloads a browser),
# and axe-core from npm, which that test runs in each page.
CHROMIUM := /usr/bin/chromium
AXE      := tests/browser/node_modules/axe-core/axe.min.js
# pytest's workers: the suite waits on processes and sockets more than it computes.
WORKERS  ?= 4

.PHONY: run chat dashboard test lint types check-texts bench clean browser

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

# Installed with apt when this runs as root (CI); otherwise one line says what to install.
$(CHROMIUM):
	@if [ "$$(id -u)" != 0 ]; then \
	  echo "make test needs Debian's chromium for the dashboard's browser test: sudo apt-get install chromium" >&2; \
	  exit 1; \
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium \
	  || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium)

$(AXE): tests/browser/package.json tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund --silent

browser: $(CHROMIUM) $(AXE)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy in strict mode, and the import contracts (which layer may import which).
types: $(STAMP)
	$(BIN)/mypy
	$(BIN)/lint-imports

# The texts in every language, and the crisis words against their corpus (its figures printed).
check-texts: $(STAMP)
	$(BIN)/python -m bot i18n check
	$(BIN)/python -m bot crisis check

# The whole suite twice: on SQLite, then on PostgreSQL (127.0.0.1:5432, database `test`), where
# only the tests that touch a database run again. Without a server the second pass skips,
# saying why; with CI=true it fails. Each pass prints how long it took.
test: lint types check-texts browser
	@start=$$(date +%s); \
	$(BIN)/python -m pytest -n $(WORKERS) || exit 1; \
	echo "SQLite pass: $$(( $$(date +%s) - start )) s"
	@start=$$(date +%s); \
	ABRI_TEST_DATABASE=postgresql $(BIN)/python -m pytest -n $(WORKERS) || exit 1; \
	echo "PostgreSQL pass: $$(( $$(date +%s) - start )) s"

# Measurements, outside the tests' pass/fail; results go to docs/benchmarks.md.
# PostgreSQL: the server the tests use (ABRI_TEST_POSTGRES), a fresh database per bot.
bench: $(STAMP)
	$(BIN)/python -m bench.steps --people 200
	$(BIN)/python -m bench.steps --people 200 --database postgresql
	$(BIN)/python -m bench.growth
	$(BIN)/python -m bench.growth --database postgresql
	$(BIN)/python -m bench.commands
	$(BIN)/python -m bench.reminders --count 1000

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache tests/browser/node_modules
