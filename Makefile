# One command per job. The README names two: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest options for one suite run (e.g. PYTEST_ARGS="-k organizations").
PYTEST_ARGS ?=
# The suite runs in parallel (pytest-xdist): one process per CPU by default, each with its own test database
# (test_<name>_gw0, …) and, for browser tests, its own live server and Chromium. PYTEST_WORKERS=0 runs serially.
PYTEST_WORKERS ?= auto
PYTEST_RUN = -n $(PYTEST_WORKERS) --durations=15 --durations-min=1.0

.PHONY: help install run migrate demo serve test test-sqlite test-postgres system-deps postgres lint fmt messages bench fuzz upgrade-check clean

help:
	@echo "make run    - set up .venv, migrate var/danvan.sqlite3, load the demo, serve on http://$(HOST):$(PORT)"
	@echo "make test   - install test needs, lint, run the suite on SQLite (and PostgreSQL when CI=true or DB=postgres)"
	@echo "make lint   - ruff format --check, ruff check, mypy"
	@echo "make fmt    - ruff format and autofix"
	@echo "make messages - refresh and compile the Vietnamese catalogue"
	@echo "make fuzz   - fuzz docparse with FUZZ_CASES (3000) mutated files per format"
	@echo "make upgrade-check - migrate a copy of the demo back (UPGRADE_BACK_TO: zero or a git tag) and forward"

$(INSTALLED): requirements/lock.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) is required"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/lock.txt
	touch $@

install: $(INSTALLED)

migrate: install
	mkdir -p var
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py seed_demo

# The demo runs as a pilot would: DEBUG off (Vietnamese error pages, never Django's debug pages), static
# files collected and served by whitenoise, a secret key of its own kept in var/. Plain HTTP on this
# machine, so cookies are not marked Secure; links in e-mails start with SITE_URL (this server). The
# background worker (imports, PDF exports) runs beside the web server and stops with it.
DEMO_ENV = DEBUG=false SECURE_COOKIES=false SITE_URL=http://$(HOST):$(PORT) SECRET_KEY="$$(cat var/demo-secret-key)"
run: demo
	test -s var/demo-secret-key || $(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > var/demo-secret-key
	$(DEMO_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl-C to stop). Demo logins are listed above."
	$(DEMO_ENV) $(PY) manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(DEMO_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

# System packages the tests use: Chromium for browser tests, LibreOffice/poppler/Tesseract for documents.
system-deps:
	bash scripts/install-system-deps.sh

postgres:
	bash scripts/ensure-postgres.sh

test: install system-deps lint test-sqlite
	@if [ "$${CI:-}" = "true" ] || [ "$${DB:-}" = "postgres" ]; then $(MAKE) --no-print-directory test-postgres; fi

test-sqlite: install
	DB=sqlite $(PY) -m pytest $(PYTEST_RUN) $(PYTEST_ARGS)

# The PostgreSQL run repeats every test that uses a database (DATABASE_TESTS_ONLY=1): a test that does not
# cannot open one, so the SQLite run has already given its answer (conftest.py).
test-postgres: install postgres
	DATABASE_TESTS_ONLY=1 DB=postgres DB_CONN_MAX_AGE=0 DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/danvan} $(PY) -m pytest $(PYTEST_RUN) $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy .

fmt: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

messages: install
	cd danvan && ../$(PY) ../manage.py makemessages -l vi --no-obsolete --no-location
	cd danvan && ../$(PY) ../manage.py compilemessages -l vi

# The benchmarks (bench/*_bench.py) print their figures; the other bench/ scripts are tools run by hand with
# arguments (parse_ab.py, parse_hashes.py) or by `make fuzz`.
bench: install
	@for f in bench/*_bench.py; do echo "== $$f"; $(PY) $$f || exit 1; done

# The long fuzzing run of docparse (make test runs 30 cases per format); new breaking inputs land in
# docparse/tests/data/fuzz/ and are replayed by every make test after.
FUZZ_CASES ?= 3000
fuzz: install
	$(PY) bench/fuzz_docparse.py --cases $(FUZZ_CASES)

# Every migration applied to a copy of the demo, rolled back and applied again (scripts/upgrade_check.py); a few
# minutes, so not part of `make test`. DB=postgres runs it on PostgreSQL; UPGRADE_BACK_TO=v1.2 rolls back to a release.
UPGRADE_BACK_TO ?= zero
upgrade-check: install
	$(PY) scripts/upgrade_check.py --back-to $(UPGRADE_BACK_TO)

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache test-results
