# npf-graph — two commands: `make demo` and `make test`. Both install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: demo test lint format bench eval eval-refs eval-robust train clean install browser-deps

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
	@echo "Oxigraph store: out/store (out/dataset/*.trig holds the same dataset, a TriG file per graph)"

lint: $(STAMP)
	$(BIN)/ruff check npf_graph tests bench training
	$(BIN)/ruff format --check npf_graph tests bench training

format: $(STAMP)
	$(BIN)/ruff format npf_graph tests bench training
	$(BIN)/ruff check --fix npf_graph tests bench training

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
	$(BIN)/python -m bench --docs 200
	$(BIN)/python bench/views.py

# scores: the sample corpus gold, the annotated real papers (development and held-out) and the reference-string sets
REFSETS := $(sort $(wildcard $(SHARED)/eval/refstrings/*.jsonl) $(wildcard data/gold/refstrings/*.jsonl))
eval: $(STAMP)
	@mkdir -p out/eval
	$(BIN)/npf-graph eval refs $(REFSETS) --json out/eval/refstrings.json
	$(BIN)/npf-graph eval docs data/gold/real/dev data/gold/real/heldout --sources $(SHARED)/corpora/chinaxiv-dev --json out/eval/real.json
	$(BIN)/npf-graph eval docs data/gold/real/scale --sources $(SHARED)/corpora/chinaxiv-scale.tar.xz --json out/eval/real-scale.json
	$(BIN)/npf-graph eval docs data/gold/real/dev --sources $(SHARED)/corpora/chinaxiv-dev --leave-out training/gold-train.txt --json out/eval/real-untrained.json
	$(BIN)/npf-graph eval docs data/gold/real/scale --sources $(SHARED)/corpora/chinaxiv-scale.tar.xz --leave-out training/gold-train.txt --json out/eval/real-scale-untrained.json
	$(BIN)/npf-graph extract data/corpus --jsonl out/eval/sample-records.jsonl
	$(PYTHON) $(SHARED)/eval/score.py --gold $(SHARED)/gold --pred out/eval/sample-records.jsonl --sources data/corpus --quiet

# every document of the scale corpus: crashes, time, and how often a title, authors and references were found
eval-robust: $(STAMP)
	@mkdir -p out/eval
	$(BIN)/npf-graph eval robust $(SHARED)/corpora/chinaxiv-scale.tar.xz --json out/eval/robust.json

# the reference labeller: synthetic strings from the generator plus the labelled real strings, deterministically
train: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python -m training.refgen --n 30000 --seed 13 --out training/build/synthetic.jsonl
	$(BIN)/python -m training.train_refparser --synthetic training/build/synthetic.jsonl \
		--refstrings $(SHARED)/eval/refstrings --gold data/gold/real/dev --gold data/gold/real/scale \
		--only training/gold-train.txt

clean:
	rm -rf out .pytest_cache .ruff_cache

# the same sets through `parse-refs` and the shared scorer
eval-refs: $(STAMP)
	@mkdir -p out/eval
	@for set in $(REFSETS); do \
		name=$$(basename $$set .jsonl); \
		$(BIN)/python -c "import json,sys; [print(json.loads(l)['raw']) for l in open(sys.argv[1], encoding='utf-8')]" $$set > out/eval/$$name.txt; \
		$(BIN)/npf-graph parse-refs out/eval/$$name.txt > out/eval/$$name.pred.jsonl; \
		echo "$$name:"; $(PYTHON) $(SHARED)/eval/score_refs.py --gold $$set --pred out/eval/$$name.pred.jsonl | sed 's/^/  /'; \
	done
