"""Extraction throughput against plain jieba on the same text, and where extraction spends its time."""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path

from pydantic import BaseModel


class ExtractionFigures(BaseModel):
    docs: int
    chars: int
    failed: int
    extract_chars_per_s: float
    jieba_chars_per_s: float
    ratio: float
    stage_shares: dict[str, float]  # stage name -> share of extraction time


def measure_extraction(paths: list[Path]) -> ExtractionFigures:
    """Every stage of the pipeline, timed one by one, on `paths`; then jieba (accurate mode, with
    the ontology's words) on the same decoded texts. One process, one core."""
    from npf_graph.ingest.load import load_file
    from npf_graph.ontology import tokenizer
    from npf_graph.pipeline import STAGES, new_doc
    from npf_graph.validate import enforce_grounding

    tk = tokenizer()
    spent: dict[str, float] = defaultdict(float)
    texts: list[str] = []
    failed = 0
    for path in paths:
        t = time.perf_counter()
        source = load_file(path)
        spent["load"] += time.perf_counter() - t
        try:
            doc = new_doc(source)
            for stage in STAGES:
                t = time.perf_counter()
                doc = stage(doc)
                spent[stage.__name__] += time.perf_counter() - t
            t = time.perf_counter()
            enforce_grounding(doc.record, source.text)
            spent["grounding"] += time.perf_counter() - t
        except Exception:  # a paper that fails is counted, not timed further
            failed += 1
            continue
        texts.append(source.text)
    total = sum(spent.values())
    chars = sum(len(t) for t in texts)
    t = time.perf_counter()
    for text in texts:
        tk.lcut(text)
    jieba = time.perf_counter() - t
    extract_rate = chars / total if total else 0.0
    jieba_rate = chars / jieba if jieba else 0.0
    return ExtractionFigures(
        docs=len(paths),
        chars=chars,
        failed=failed,
        extract_chars_per_s=round(extract_rate),
        jieba_chars_per_s=round(jieba_rate),
        ratio=round(extract_rate / jieba_rate, 3) if jieba_rate else 0.0,
        stage_shares={k: round(v / total, 3) for k, v in sorted(spent.items(), key=lambda kv: -kv[1])},
    )
