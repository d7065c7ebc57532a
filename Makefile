# IP Talent Academy. `make run` sets everything up and serves the demo site; `make test` runs the suite.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip

.PHONY: run setup install install-dev messages migrate demo test lint format bench worker clean

run: setup
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

setup: install messages migrate demo

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required (found %s); set PYTHON=python3.11" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

messages: install
	$(PY) manage.py compile_translations

migrate: install
	$(PY) manage.py migrate --noinput

demo: install
	$(PY) manage.py seed_demo

test: install-dev
	$(PY) manage.py compile_translations --settings=cms.settings.test
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install-dev
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

bench: install-dev messages
	$(PY) -m bench

worker: install
	$(VENV)/bin/celery -A cms worker -l info

clean:
	rm -rf $(VENV) staticfiles .test-media .pytest_cache
