# Quick start: `make run` (console, or the Telegram bot when TELEGRAM_BOT_TOKEN is set) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench bench-scale lint eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then $(PY) -m bot telegram; else $(PY) -m bot console; fi

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m bot bench

bench-scale: $(STAMP)  # a few minutes: 1,000 reports are extracted once (cold cache)
	$(PY) -m bot bench --scale 1,200,1000

eval: $(STAMP)
	$(PY) -m bot eval tests/eval/dev_questions.yaml

lint: $(STAMP)
	$(PY) -m ruff check bot tests

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
