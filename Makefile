# Every developer action. On a fresh clone `make demo` and `make test` create .venv themselves.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GEN_OUT := cloudcockpit_client/_generated
# The generator's ruff post-hooks are looked up on PATH: make sure it is the pinned one.
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: install generate check-generated lint typecheck test pytest bench bench-smoke docs docs-serve demo vendor clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench,docs]'
	touch $(STAMP)

# Rewrites the generated package from openapi.yaml (python -m codegen): openapi-python-client's
# endpoint modules and models, then the facade (resource classes, sync twins, the CLI's commands)
# and the API listing api.md. The folder is removed first, so a stale file never survives.
generate: $(STAMP)
	$(BIN)/python -m codegen --spec openapi.yaml --package-dir $(GEN_OUT) --listing api.md

# Generates into a temporary folder and fails on any byte of difference with the committed code.
check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/python -m codegen --spec openapi.yaml --package-dir "$$tmp/out" --listing "$$tmp/api.md" && \
	diff -r -u --exclude=__pycache__ "$$tmp/out" $(GEN_OUT) && diff -u "$$tmp/api.md" api.md && \
	echo "check-generated: $(GEN_OUT) and api.md equal a fresh generation"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# Two worker processes (pytest-xdist), each file whole in one of them and in file order (some
# files end with a test that checks what the others did). The conformance run goes apart, in one
# process: schemathesis' parametrized cases are not collected under xdist. With PYTEST_ARGS
# (make pytest PYTEST_ARGS=tests/test_cli.py), just that, in one process.
PYTEST_WORKERS ?= 2
pytest: $(STAMP)
ifdef PYTEST_ARGS
	$(BIN)/python -m pytest $(PYTEST_ARGS)
else
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile --ignore=tests/test_conformance.py
	$(BIN)/python -m pytest tests/test_conformance.py
endif

# The benchmarks (BENCHMARKS.md): about 30 minutes; writes benchmarks/results/.
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run
	$(BIN)/python -m benchmarks.hardening
	$(BIN)/python -m benchmarks.bulk
	$(BIN)/python -m benchmarks.export

# Every benchmark with tiny counts, so the suite cannot rot; part of `make test`. Its figures mean nothing.
bench-smoke: $(STAMP)
	$(BIN)/python -m benchmarks.run --smoke
	$(BIN)/python -m benchmarks.hardening --smoke
	$(BIN)/python -m benchmarks.bulk --smoke
	$(BIN)/python -m benchmarks.export --smoke

# The documentation site (mkdocs.yml, docs/) into site/, offline. Strict: a broken link or anchor,
# a reference to a name that does not exist, a malformed docstring, or a public name without a
# docstring or missing from the API reference (docs/_hooks.py) fails it. About 20 s of CPU.
# (NO_MKDOCS_2_WARNING: Material's banner about its successor, printed on every build.)
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

# The site at http://127.0.0.1:8000, rebuilt when a page or the code changes.
docs-serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --watch cloudcockpit_client

# The whole suite: what CI runs (.ci/run calls exactly `make test`).
test: check-generated lint typecheck pytest bench-smoke docs

demo: $(STAMP)
	@$(BIN)/python examples/onboarding.py

# Copies the runtime package (handwritten + generated code, py.typed, the test double) into DEST,
# e.g. make vendor DEST=src/acme_service/_vendor -> import acme_service._vendor.cloudcockpit_client
vendor:
	@test -n "$(DEST)" || { echo "usage: make vendor DEST=path/to/your_package/_vendor" >&2; exit 2; }
	mkdir -p "$(DEST)"
	rm -rf "$(DEST)/cloudcockpit_client"
	cp -R cloudcockpit_client "$(DEST)/cloudcockpit_client"
	find "$(DEST)/cloudcockpit_client" -name __pycache__ -prune -exec rm -rf {} +

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache site
