# mediakit: two commands on a fresh machine (Python 3.11+ and make).
#   make demo   set up .venv and run the main job on the bundled data
#   make test   set up .venv (with the dev tools) and run lint + the whole test suite
#   make lab    open JupyterLab on notebooks/
#   make bench  run the benchmarks in benchmarks/ (speed and memory targets)

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BASE   := $(VENV)/.installed-base
FULL   := $(VENV)/.installed-full

.PHONY: demo test lab bench lint clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "mediakit needs Python 3.11 or newer; run: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(BASE): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(FULL): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[notebooks,web,scale,dev]"
	@touch $@ $(BASE)

demo: $(BASE)
	$(PY) -m mediakit report --html build/report.html --keyness-target seed

test: $(FULL)
	$(PY) -m ruff check .
	$(PY) -m pytest

lint: $(FULL)
	$(PY) -m ruff check .

lab: $(FULL)
	$(VENV)/bin/jupyter lab notebooks/

bench: $(FULL)
	@for script in benchmarks/bench_*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
