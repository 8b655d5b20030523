# jiangbei-crawler. `make demo` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8001
REPLICA_PORT ?= 8765
REPLAY_PORT ?= 8002

.PHONY: install demo test lint crawl serve bench clean

install: $(STAMP)

# One line, naming the fix, when Python is too old or cannot make a venv (Debian without python3-venv).
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || \
		{ echo "error: $(PYTHON) is missing or older than 3.11: install Python 3.11+ or run make PYTHON=python3.12 ..." >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) >/dev/null 2>&1 || \
		{ rm -rf $(VENV); echo "error: $(PYTHON) cannot create a virtual environment: install python3-venv (apt-get install python3-venv)" >&2; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install
	@PYTHON=$(PYTHON) scripts/ensure-pywb
	$(BIN)/jiangbei-crawler demo --port $(PORT) --replica-port $(REPLICA_PORT) --replay-port $(REPLAY_PORT)

test: install
	@scripts/ensure-chromium
	@PYTHON=$(PYTHON) scripts/ensure-pywb
	@scripts/ensure-replaywebpage
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
	$(BIN)/jiangbei-crawler upgrade --archive archive/disclosure.db
	@PYTHON=$(PYTHON) scripts/ensure-pywb
	$(BIN)/jiangbei-crawler replay --archive archive/disclosure.db --port $(REPLAY_PORT) & replay=$$!; \
	JIANGBEI_REPLAY_PORT=$(REPLAY_PORT) $(BIN)/datasette serve archive/ -h 127.0.0.1 -p $(PORT); kill $$replay

bench: install
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) archive/disclosure.db archive/disclosure.db-* archive/files archive/warc archive/logs
