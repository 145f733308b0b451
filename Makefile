# npf-graph — two commands: `make demo` and `make test`. Both install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: demo test lint format bench eval clean install

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/npf-graph build data/corpus --out out
	@echo
	@echo "HTML view: out/graph.html"
	@echo "Oxigraph store: out/store (SPARQL: out/graph.trig holds the same dataset)"

lint: $(STAMP)
	$(BIN)/ruff check npf_graph tests bench
	$(BIN)/ruff format --check npf_graph tests bench

format: $(STAMP)
	$(BIN)/ruff format npf_graph tests bench
	$(BIN)/ruff check --fix npf_graph tests bench

test: lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

eval: $(STAMP)
	mkdir -p out
	$(BIN)/npf-graph extract data/corpus --jsonl out/eval-records.jsonl
	$(PYTHON) $(SHARED)/eval/score.py --gold $(SHARED)/gold --pred out/eval-records.jsonl --sources data/corpus

clean:
	rm -rf out .pytest_cache .ruff_cache
