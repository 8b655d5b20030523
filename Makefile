# jiangbei-crawler. `make demo` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8001

.PHONY: install demo test lint crawl serve bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install
	$(BIN)/jiangbei-crawler demo --port $(PORT)

test: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The real portal, polite defaults (robots.txt, AutoThrottle, <= 2 requests at a time).
crawl: install
	$(BIN)/jiangbei-crawler cron --mode incremental

serve: install
	$(BIN)/datasette serve archive/ -h 127.0.0.1 -p $(PORT)

bench: install
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) archive/disclosure.db archive/disclosure.db-* archive/files archive/logs
