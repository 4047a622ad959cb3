# The two commands of the README: `make run` and `make test`.  Both create the virtual
# environment and install pcrm with what it needs first, so they work on a fresh clone.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test test-fast lint translations qm bench bench-ui bench-stalls bench-organizer bench-io bench-insight bench-graph stress wheel clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# The translations' .qm files are built from the committed .ts sources (not committed themselves).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/pcrm_*.ts))

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

# Refresh the .ts sources from the code (new texts arrive unfinished: translate them).
translations: $(STAMP)
	$(BIN)/python resources/translations/update.py

run: $(STAMP) $(QM)
	$(BIN)/pcrm

lint: $(STAMP)
	$(BIN)/ruff check src tests migrations
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-fast: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not gui and not slow" -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_store.py

stress: $(STAMP)
	$(BIN)/python tests/stress/kill_writes.py --kills 200

wheel: $(STAMP) $(QM)
	$(BIN)/python -m build --wheel --outdir dist

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache $(QM)

bench-ui: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_ui.py

# The longest time the GUI thread is blocked by each scripted step (target: never > 50 ms).
bench-stalls: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_stalls.py

# Data in and out: vCard and CSV reading, the import end to end, duplicates.
bench-io: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_vcard.py
	$(BIN)/python tests/benchmarks/bench_csv.py
	$(BIN)/python tests/benchmarks/bench_import.py --store 1000
	$(BIN)/python tests/benchmarks/bench_duplicates.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_import_stalls.py

# The organizer: due list and wake-up, calendar windows, iCalendar export of 10,000 events.
bench-organizer: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_organizer.py
	$(BIN)/python tests/benchmarks/bench_calendar.py
	$(BIN)/python tests/benchmarks/bench_ical.py

# Insight (issue 6): the dashboard and a card's statistics over 100k contacts / 1M interactions,
# the meeting briefing.
bench-insight: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_insight.py
	cd tests/benchmarks && PYTHONPATH=../../src:. ../../$(BIN)/python bench_briefing.py

# The relationship graph: graph(...) of 1,000 nodes, its layout, the scene, and frame times while
# panning and zooming it (target: no frame over 16.7 ms).  DATA=/work/benchdata reuses a set.
bench-graph: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_graph.py $(if $(DATA),--data $(DATA))
