"""Benchmarks: extraction throughput, build time, store size and query latency.

Prints figures; asserts nothing. `make bench` runs it. A synthetic corpus is made by
writing variants of the sample documents (paragraphs shuffled per copy) so that every
copy has its own sha256 and nothing is skipped.
"""

from __future__ import annotations

import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"


def make_corpus(folder: Path, copies: int) -> int:
    rng = random.Random(7)
    chars = 0
    for src in sorted(CORPUS.glob("*.txt")):
        paragraphs = src.read_text(encoding="utf-8").split("\n\n")
        for n in range(copies):
            head, body = paragraphs[:8], paragraphs[8:]
            rng.shuffle(body)
            text = "\n\n".join(head + body)
            (folder / f"{src.stem}_{n:03d}.txt").write_text(text, encoding="utf-8")
            chars += len(text)
    return chars


def main() -> None:
    from npf_graph.build import build
    from npf_graph.ontology import tokenizer
    from npf_graph.pipeline import extract_file
    from npf_graph.store import LocalStore

    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    t = time.perf_counter()
    tokenizer()
    print(f"ontology + jieba dictionary load: {time.perf_counter() - t:.2f} s")

    files = sorted(CORPUS.glob("*.txt"))
    chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
    t = time.perf_counter()
    for f in files:
        extract_file(f)
    dt = time.perf_counter() - t
    print(
        f"extract sample corpus: {len(files)} docs, {chars:,} chars in {dt:.2f} s ({chars / dt / 1000:.0f} k chars/s)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        big.write_text("".join(f.read_text(encoding="utf-8") for f in files) * 40, encoding="utf-8")
        t = time.perf_counter()
        rec = extract_file(big)
        dt = time.perf_counter() - t
        n = big.stat().st_size
        print(f"extract one large file ({n / 1e6:.1f} MB, {len(rec.claims):,} claims): {dt:.1f} s")

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        total = make_corpus(corpus, copies)
        n = len(list(corpus.iterdir()))
        out = Path(tmp) / "out"
        t = time.perf_counter()
        result = build([corpus], out)
        dt = time.perf_counter() - t
        print(
            f"build {n} docs ({total / 1e6:.1f} M chars): {dt:.1f} s, {n / dt:.1f} docs/s, "
            f"{result.triples:,} triples ({result.triples / n:.0f} per doc)"
        )
        t = time.perf_counter()
        build([corpus], out)
        print(f"rebuild with nothing changed: {time.perf_counter() - t:.2f} s")
        size = sum(p.stat().st_size for p in (out / "store").rglob("*") if p.is_file())
        trig = sum(f.stat().st_size for f in (out / "dataset").iterdir())
        print(
            f"store on disk: {size / 1e6:.1f} MB; dataset/ {trig / 1e6:.1f} MB; "
            f"graph.html {(out / 'graph.html').stat().st_size / 1e6:.2f} MB"
        )
        store = LocalStore(out / "store", read_only=True)
        for name, q in (
            ("documents per concept (GROUP BY)",
             "SELECT ?c (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d dcterms:subject ?c } GROUP BY ?c ORDER BY DESC(?n)"),
            ("mentions of one concept",
             "SELECT ?m WHERE { ?m oa:hasBody <https://w3id.org/npf-graph/concept/PatientCapital> }"),
        ):  # fmt: skip
            t = time.perf_counter()
            rows = store.select(q)
            print(f"query {name}: {len(rows)} rows in {(time.perf_counter() - t) * 1000:.1f} ms")
        shutil.rmtree(out)
    from views import view_timings  # bench/views.py: paint and redraw times in headless Chromium

    view_timings()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
