# RegioMonitor: `make demo` shows it, `make test` checks it. Everything runs from .venv.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
# Remade only when the dependencies change, so `make test` does not reinstall every time.
STAMP  := $(VENV)/.installed

.PHONY: install demo test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	touch $(STAMP)

# The examples go into ./regiomonitor.db (inputs already there are skipped), then the web app
# serves them on http://127.0.0.1:8000. An example that fails is reported and the demo goes on.
demo: install
	-$(BIN)/regiomonitor ingest examples/corpus/ --db sqlite:///./regiomonitor.db
	$(BIN)/regiomonitor serve --host 127.0.0.1 --port 8000 --db sqlite:///./regiomonitor.db

test: install
	$(BIN)/python -m pytest

# Extraction beside spaCy's tokenizer, then ingest throughput (add PostgreSQL with REGIOMONITOR_TEST_PG).
bench: install
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/ingest_throughput.py --generated 2000

# Generated files only; the virtual environment stays (remove .venv by hand to rebuild it).
clean:
	rm -rf build dist .pytest_cache tests/_artifacts out screenshots regiomonitor.db regiomonitor.db-wal regiomonitor.db-shm
	find . -path ./$(VENV) -prune -o \( -name __pycache__ -o -name '*.egg-info' \) -type d -print0 | xargs -0 rm -rf
