# The generator's jobs. `make generate` and `make test` install what they need themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPEC := spec/magic-hour.json
CONFIG := spec/openapi-python-sdk.toml
OUT := generated

.PHONY: setup generate check test lint clean diff bench field

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.installed

SUITE := $(wildcard tests/specs/*.yaml)

# The Magic Hour SDK, then every coverage-suite spec's SDK (its committed snapshot).
generate: $(VENV)/.installed
	$(PY) -m generator generate $(SPEC) --out $(OUT)
	@# The changelog entry for what changed since the last commit (none when nothing did), the old
	@# SDK built with the configuration it had then.
	@if git cat-file -e HEAD:$(SPEC) 2>/dev/null; then \
		old=$$(mktemp --suffix=$(suffix $(SPEC))) && git show HEAD:$(SPEC) > "$$old" && \
		oldconfig=$$(mktemp --suffix=.toml) && \
		{ git show HEAD:$(CONFIG) > "$$oldconfig" 2>/dev/null || : > "$$oldconfig"; } && \
		$(PY) -m generator changelog "$$old" $(SPEC) --out $(OUT) --old-config "$$oldconfig"; \
		status=$$?; rm -f "$$old" "$$oldconfig"; exit $$status; \
	fi
	@for spec in $(SUITE); do \
		$(PY) -m generator generate $$spec --out tests/snapshots/$$(basename $$spec .yaml) || exit 1; \
	done

check: $(VENV)/.installed
	$(PY) -m generator check $(SPEC) --out $(OUT)
	@for spec in $(SUITE); do \
		$(PY) -m generator check $$spec --out tests/snapshots/$$(basename $$spec .yaml) || exit 1; \
	done

# What the working spec changes in the SDK, compared with the last committed spec (markdown).
diff: $(VENV)/.installed
	@old=$$(mktemp --suffix=$(suffix $(SPEC))) && trap 'rm -f "$$old"' EXIT && \
	git show HEAD:$(SPEC) > "$$old" && \
	$(PY) -m generator diff "$$old" $(SPEC)

# Generation, regeneration, import and per-request timings against openapi-python-client
# (installed into bench/.venv-peer); writes bench/results.md. Takes about 10-15 minutes.
bench: $(VENV)/.installed
	$(PY) bench/run.py

test: setup
	$(PY) -m pytest -n 2 --dist loadfile

# The field suite: every real spec of ../shared/field-specs generated and checked (--strict,
# operations, import, mypy --strict, ruff, doc examples against Prism); writes docs/field.md.
# `make test` runs the same checks (tests/field/test_field.py).
field: setup
	$(PY) tests/field/run.py

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check generator tests
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) node_modules
