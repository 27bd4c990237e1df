# Two commands on a fresh clone: `make run` and `make test`. Both (re)create .venv from pyproject.toml.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
PYTHON ?= python3

.PHONY: setup run test lint bench screenshots schools bundle clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(PY) -m ui

lint: setup
	$(PY) -m ruff check .
	$(PY) -m mypy

test: setup
	$(PY) -m ruff check .
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

# Benchmarks live in tests/benchmarks/bench_*.py, outside the default test discovery.
bench: setup
	mkdir -p build
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -p no:cacheprovider \
		-o python_files='bench_*.py' tests/benchmarks/bench_evaluate.py tests/benchmarks

screenshots: setup
	mkdir -p build/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.pdf_screenshot build/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.wizard_screenshots build/screenshots

# Rebuild data/schools/schools.csv from the shared CC0 ROR lists (SCHOOLS_SOURCE=dir to override).
schools: setup
	$(PY) -m tools.build_schools $(SCHOOLS_SOURCE)

# Linux desktop bundle in build/bundle/img-readiness/ (installs PyInstaller into .venv if missing),
# then runs the bundled wizard's --smoke-test and CLI checks offscreen: fails unless all pass.
bundle: setup
	LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen PYTHON=$(PY) sh packaging/linux/build.sh

clean:
	rm -rf build $(VENV) *.egg-info
