# Two commands on a fresh clone: `make run` and `make test`. Both (re)create .venv from pyproject.toml.
# Python 3.11 or newer: `make run PYTHON=python3.12` picks another one (and remakes .venv with it).
VENV   := .venv
PY     := $(VENV)/bin/python
PYTHON ?= python3
# PYTHON given on the command line or in the environment: a .venv of another version is remade.
PYTHON_CHOSEN := $(if $(filter command line environment,$(origin PYTHON)),1,)

.PHONY: setup run test lint bench screenshots schools schools-index rules-cache translations bundle clean

# Checks the Python version (says which one is needed), remakes a .venv made by another or a
# broken Python, and installs when pyproject.toml changed (packaging/setup_venv.sh).
setup:
	@PYTHON='$(PYTHON)' PYTHON_CHOSEN='$(PYTHON_CHOSEN)' sh packaging/setup_venv.sh $(VENV)

run: setup
	$(PY) -m ui

# `make run` on Linux (or another X11/Wayland system) with no display: Qt would abort with a
# misleading message about libxcb-cursor0, so say it in one line before anything starts.
# QT_QPA_PLATFORM=offscreen (or any platform plugin) runs without a display.
ifneq ($(filter run,$(MAKECMDGOALS)),)
ifeq ($(strip $(DISPLAY)$(WAYLAND_DISPLAY)$(QT_QPA_PLATFORM)),)
ifeq ($(filter Darwin Windows_NT,$(shell uname -s 2>/dev/null) $(OS)),)
$(error make run: no display (DISPLAY and WAYLAND_DISPLAY are unset): start it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run without a window)
endif
endif
endif

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
	for lang in en es ar; do QT_QPA_PLATFORM=offscreen $(PY) -m tools.wizard_screenshots --lang $$lang build/screenshots || exit 1; done

# Rebuild data/schools/schools.csv from the shared CC0 ROR lists (SCHOOLS_SOURCE=dir to override),
# then its prebuilt search index data/schools/schools-index.bin (a test checks it matches the CSV).
# After editing schools.csv by hand: make schools-index.
schools: setup
	$(PY) -m tools.build_schools $(SCHOOLS_SOURCE)

schools-index: setup
	$(PY) -m tools.build_schools --index-only

# After editing data/rules/*.toml: the parsed rules shipped beside them (data/rules/rules-parsed.json,
# read at start instead of parsing the TOML; a test fails while it does not match the files).
rules-cache: setup
	$(PY) -c "from app.rules.loader import write_parsed_rules; print(write_parsed_rules())"

# Extract every marked sentence (app/ with Babel, ui/ with pyside6-lupdate), update the Spanish and
# Arabic catalogs in resources/locale and resources/translations, and compile them (.mo, .qm).
# After translating a .po or .ts by hand: make translations (or python -m tools.translations
# --compile-only). A test fails when a catalog is incomplete or its compiled file is stale.
translations: setup
	$(PY) -m tools.translations

# Linux desktop bundle in build/bundle/img-readiness/, built in build/bundle-venv made from
# packaging/requirements-bundle.txt (pinned, hashes), then runs the bundled wizard's --smoke-test
# and CLI checks offscreen: fails unless all pass. .venv's Python is the one bundled.
bundle: setup
	LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen PYTHON=$(PY) sh packaging/linux/build.sh

clean:
	rm -rf build $(VENV) *.egg-info
