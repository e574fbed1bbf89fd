# Newsdesk Timeline. `make run` serves the site; `make test` runs every test.
# Both build .venv from the pinned requirements on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
CHROMIUM := /usr/bin/chromium
TIMELINEJS := node_modules/@knight-lab/timelinejs/package.json
HOST ?= 127.0.0.1:8000

.PHONY: run test test-postgres install install-test db eval bench bench-timex clean

run: db
	$(MANAGE) runserver $(HOST)

test: install-test $(CHROMIUM) $(TIMELINEJS)
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(PY) -m pytest

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements-test.txt $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

# Debian's Chromium for the browser tests (Playwright drives it; no browser download).
$(CHROMIUM):
	apt-get update && apt-get install -y --no-install-recommends chromium

# TimelineJS 3, pinned in package-lock.json: a browser test shows /events.timelinejs.json in it.
$(TIMELINEJS): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# The suite (browser tests aside) on PostgreSQL, the way README's deployment runs it.
PG_URL := postgres://newsdesk:newsdesk@localhost:5432/newsdesk
test-postgres: install-test
	command -v pg_ctlcluster >/dev/null || (apt-get update && apt-get install -y --no-install-recommends postgresql)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-postgres.txt
	bash scripts/start_postgres.sh
	DATABASE_URL=$(PG_URL) $(PY) -m pytest -q --ignore=tests/browser

db: install
	$(MANAGE) migrate --no-input
	$(MANAGE) ingest seeds/

eval: install
	$(PY) eval/score.py --all

bench: install-test
	$(PY) bench/speed.py
	$(PY) bench/views.py

bench-timex: install
	$(PY) bench/tempeval.py --set platinum

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm staticfiles
