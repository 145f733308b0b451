"""Train the reference labeller (a CRF) and write the model file into the package.

    python -m training.train_refparser --synthetic training/build/synthetic.jsonl \
        --refstrings ../shared/eval/refstrings --gold data/gold/real/dev --gold data/gold/real/scale \
        --only training/gold-train.txt

Inputs are read in sorted order and the trainer is deterministic, so the same
inputs give the same model file. Synthetic lines carry their labels; real
labelled strings are aligned field by field (``training/align.py``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from npf_graph.extract.refparse.labeller import FIELD_LABELS, labels_from_spans, model_path
from npf_graph.extract.refparse.tokens import features, tokenize
from training.align import align

Example = tuple[str, list[tuple[int, int, str]]]


def synthetic_examples(path: Path) -> Iterator[Example]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            spans = [(s, e, f) for s, e, f in item["labels"] if f in FIELD_LABELS]
            yield item["raw"], spans


def refstring_examples(folder: Path) -> Iterator[Example]:
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                item = json.loads(line)
                raw = item["raw"]
                spans = align(raw, item["fields"])
                if spans is not None:
                    yield raw, spans


def gold_examples(folder: Path, only: set[str] | None = None) -> Iterator[Example]:
    """Reference strings of the annotated papers in `folder` (those named in `only`, if given)."""
    for path in sorted(folder.glob("*.json")):
        if only is not None and path.name not in only:
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))
        for ref in doc.get("references") or []:
            raw = re.sub(r"\s+", " ", ref["raw"]).strip()
            spans = align(raw, ref)
            if spans is not None:
                yield raw, spans


def train(examples: list[Example], out: Path, iterations: int, minfreq: int = 1) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for raw, spans in examples:
        tokens = tokenize(raw)
        if tokens:
            trainer.append(features(raw, tokens), labels_from_spans(tokens, spans))
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": iterations, "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synthetic", type=Path, action="append", default=[])
    ap.add_argument("--refstrings", type=Path, action="append", default=[])
    ap.add_argument("--gold", type=Path, action="append", default=[])
    ap.add_argument(
        "--only",
        type=Path,
        help="a file naming the gold files to train on, one a line (papers annotated later stay out "
        "until the list and the model are updated together)",
    )
    ap.add_argument("--iterations", type=int, default=120)
    ap.add_argument("--minfreq", type=int, default=2, help="drop features seen fewer times")
    ap.add_argument("--out", type=Path, default=model_path())
    a = ap.parse_args(argv)
    examples: list[Example] = []
    counts: dict[str, int] = {}
    only = set(a.only.read_text(encoding="utf-8").split()) if a.only else None
    for name, paths, reader in (
        ("synthetic", a.synthetic, synthetic_examples),
        ("refstrings", a.refstrings, refstring_examples),
        ("gold", a.gold, lambda folder: gold_examples(folder, only)),
    ):
        before = len(examples)
        for p in paths:
            examples.extend(reader(p))
        counts[name] = len(examples) - before
    t0 = time.perf_counter()
    train(examples, a.out, a.iterations, a.minfreq)
    print(
        f"trained on {len(examples)} strings ({', '.join(f'{k} {v}' for k, v in counts.items())}) "
        f"in {time.perf_counter() - t0:.0f} s -> {a.out} ({a.out.stat().st_size:,} bytes)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
