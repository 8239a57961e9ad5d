# The generator's jobs. `make generate` and `make test` install what they need themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPEC := spec/magic-hour.yaml
OUT := generated

.PHONY: setup generate check test lint clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.installed

generate: $(VENV)/.installed
	$(PY) -m generator generate $(SPEC) --out $(OUT)

check: $(VENV)/.installed
	$(PY) -m generator check $(SPEC) --out $(OUT)

test: setup
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check generator tests
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) node_modules
