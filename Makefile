# Two commands: `make run` and `make test`. Everything else is what they build on.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 5000

.PHONY: run test setup lint browser-deps bench migrate demo clean lock mutation mutation-report mutation-fingerprint

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

migrate: setup
	$(BIN)/tracker db upgrade

demo: migrate
	$(BIN)/tracker demo load

## Serve the app with its scheduler on http://127.0.0.1:$(PORT) (SQLite in instance/ unless DATABASE_URL).
run: demo
	PORT=$(PORT) $(BIN)/tracker serve --with-scheduler

## Install what the browser tests need that a fresh machine lacks (Debian's chromium).
browser-deps:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	    || echo "warning: could not install chromium; browser tests will be skipped"; \
	else echo "warning: chromium missing and not root; browser tests will be skipped"; fi

lint: setup
	$(BIN)/ruff check .

## The whole suite (set TEST_DATABASE_URL for PostgreSQL).
test: setup browser-deps lint
	$(BIN)/pytest

## `make bench SCALE=500000`: the register replicated to that many obligations on PostgreSQL
## (BENCH_DATABASE_URL); SQLite at ≈50,000 without SCALE.
## Mutation testing (mutmut) of the modules that carry guarantees; slow, not in CI. The modules and
## the tests each group runs are in tests/mutation/groups.toml; each group runs in its own copy of
## the tree under mutants-work/ (a later run resumes), then one table of every group's results
## (tests/mutation/run.py). `make mutation GROUP=perimeter` runs the groups named, `MUTANTS=...`
## narrows to mutmut's name patterns, `make mutation-report` prints the table without running.
## tests/mutation/equivalent.txt and tests/README.md triage the survivors; each entry carries the
## fingerprint of the diff it was triaged on, and the report counts an entry whose mutant's diff
## changed since as not equivalent. `make mutation-fingerprint MUTANTS='...' GROUP=...` writes the
## fingerprints of the entries named, once their diffs have been read against their reasons.
## On a shared machine: `make mutation MUTATION_CHILDREN=1 MUTATION_NICE=19`.
## `make mutation IN_PROCESS=1 GROUP=… [MUTANTS='…'] [TESTS='…']` runs mutmut's own mutants without its
## stats run, one forked pytest session per mutant, recorded where mutmut records its own
## (tests/mutation/run.py --in-process).
MUTATION_CHILDREN ?= 2
MUTATION_NICE ?= 10
MUTATION_DEPS = $(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[mutation]'
mutation: setup
	$(MUTATION_DEPS)
	$(BIN)/python -m tests.mutation.run --children $(MUTATION_CHILDREN) --nice $(MUTATION_NICE) \
	  $(if $(MUTANTS),--mutants '$(MUTANTS)') $(if $(IN_PROCESS),--in-process $(if $(TESTS),--tests '$(TESTS)')) \
	  $(GROUP)

mutation-report: setup
	$(MUTATION_DEPS)
	$(BIN)/python -m tests.mutation.run --report $(GROUP)

mutation-fingerprint: setup
	$(MUTATION_DEPS)
	$(BIN)/python -m tests.mutation.run --fingerprint '$(MUTANTS)' $(GROUP)

bench: setup
	$(BIN)/python -m bench $(if $(SCALE),--obligations $(SCALE))

## Refresh the constraints file after changing dependencies in pyproject.toml.
lock: setup
	$(BIN)/pip freeze --exclude-editable | grep -v '^mandate-tracker' | sort -f > constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts mutants mutants-work
