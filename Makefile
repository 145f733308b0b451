# npf-graph — two commands: `make demo` and `make test`. Both install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: demo test lint format bench eval eval-refs clean install browser-deps

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/npf-graph build data/corpus --out out --prune
	@echo
	@echo "HTML view: out/graph.html"
	@echo "Oxigraph store: out/store (SPARQL: out/graph.trig holds the same dataset)"

lint: $(STAMP)
	$(BIN)/ruff check npf_graph tests bench
	$(BIN)/ruff format --check npf_graph tests bench

format: $(STAMP)
	$(BIN)/ruff format npf_graph tests bench
	$(BIN)/ruff check --fix npf_graph tests bench

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# headless Chromium and a CJK font for the browser tests, from Debian, when missing
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qiE 'wqy|noto sans cjk'; then \
		echo "installing chromium and a CJK font (apt)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null; \
	fi

test: lint browser-deps
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

eval: $(STAMP) eval-refs
	mkdir -p out
	$(BIN)/npf-graph extract data/corpus --jsonl out/eval-records.jsonl
	$(PYTHON) $(SHARED)/eval/score.py --gold $(SHARED)/gold --pred out/eval-records.jsonl --sources data/corpus

clean:
	rm -rf out .pytest_cache .ruff_cache

REFSETS := $(wildcard $(SHARED)/eval/refstrings/*.jsonl)
eval-refs: $(STAMP)
	@mkdir -p out/eval
	@for set in $(REFSETS); do \
		name=$$(basename $$set .jsonl); \
		$(BIN)/python -c "import json,sys; [print(json.loads(l)['raw']) for l in open(sys.argv[1], encoding='utf-8')]" $$set > out/eval/$$name.txt; \
		$(BIN)/npf-graph parse-refs out/eval/$$name.txt > out/eval/$$name.pred.jsonl; \
		echo "$$name:"; $(PYTHON) $(SHARED)/eval/score_refs.py --gold $$set --pred out/eval/$$name.pred.jsonl | sed 's/^/  /'; \
	done
