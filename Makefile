# The README's commands. Everything installs itself on a fresh machine: a virtualenv in
# .venv, a private PostgreSQL cluster in .pgdata (quick start) or a throwaway one (tests).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test check lint format bench migrations-check deploy-check

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $@

## make run: the portal with demo content and demo users on http://127.0.0.1:8000
run: $(VENV)/.installed
	@scripts/run.sh

## make test: the whole suite against a throwaway PostgreSQL cluster (ARGS="-k ..." to pick)
test: $(VENV)/.installed
	@scripts/test.sh $(ARGS)

## make check: lint, formatting, migrations and deploy checks (CI runs these too)
check: lint migrations-check deploy-check

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The deploy check does not touch the database, but settings insist on a PostgreSQL URL.
CHECK_ENV := DATABASE_URL=postgres://check@localhost/check SECRET_KEY=$$(openssl rand -hex 32 2>/dev/null || echo check-$$RANDOM-$$RANDOM-$$RANDOM-key-for-deploy-check-only-0123456789) ALLOWED_HOSTS=privacy.example.org

migrations-check: $(VENV)/.installed
	@scripts/with-throwaway-db.sh $(BIN)/python manage.py makemigrations --check --dry-run

deploy-check: $(VENV)/.installed
	$(CHECK_ENV) $(BIN)/python manage.py check --deploy --fail-level WARNING

## make bench: query counts and timings at small and large size
bench: $(VENV)/.installed
	@scripts/with-throwaway-db.sh $(BIN)/python manage.py benchmark $(ARGS)
