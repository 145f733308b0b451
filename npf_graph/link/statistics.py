"""Figures about the same thing across documents, and where they disagree.

Two statistics are about the same thing when they share a normalised unit, a place or
subject and a measure (its words with places folded out and concept synonyms folded to
the ontology's label: 我国AI核心产业规模 = 中国人工智能核心产业规模), and their periods
do not differ (a figure with no period matches any). Parameter counts compare by the
model they describe. They conflict when their normalised values differ by more than
rounding (5 %).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from npf_graph.ingest.chars import shadow
from npf_graph.link.works import fold
from npf_graph.models import DocumentRecord, Statistic
from npf_graph.ontology import concept_index

TOLERANCE = 0.05
PLACE_WORDS = re.compile(r"中国|我国|全国|国内|美国|全球|世界|欧盟|上海|北京|其中|当前|目前|已经|的")


def measure_key(stat: Statistic) -> str:
    text = shadow(stat.measure or "")
    if stat.place:
        text = text.replace(stat.place, "")
    idx = concept_index()
    out, pos = [], 0
    for iri, start, end in idx.find(text):
        out.append(text[pos:start])
        out.append(idx.concepts[iri].label_zh)
        pos = end
    out.append(text[pos:])
    return fold(PLACE_WORDS.sub("", "".join(out)))


@dataclass(frozen=True)
class Comparison:
    a: tuple[str, Statistic]  # (record id, statistic)
    b: tuple[str, Statistic]
    conflict: bool
    difference: float  # relative difference of the normalised values


def _comparable(x: Statistic, y: Statistic, kx: str, ky: str) -> bool:
    if x.period and y.period and x.period[:4] != y.period[:4]:
        return False
    if x.normalized_unit == "parameter":
        return bool(re.search(r"\d", x.place or ""))  # a model's parameter count
    return len(kx) >= 4 and kx == ky


def compare_statistics(records: Sequence[DocumentRecord]) -> list[Comparison]:
    """Pairs of figures from different documents about the same measure, place and period."""
    blocks: dict[tuple[str, str], list[tuple[str, Statistic, str]]] = {}
    for r in records:
        for s in r.statistics:
            if s.normalized_unit and s.place and s.normalized_value is not None:
                blocks.setdefault((s.normalized_unit, s.place), []).append((r.id, s, measure_key(s)))
    out = []
    seen: set[tuple] = set()
    for items in blocks.values():
        for i, (ra, a, ka) in enumerate(items):
            for rb, b, kb in items[i + 1 :]:
                if ra == rb or not _comparable(a, b, ka, kb):
                    continue
                key = (ra, rb, a.normalized_value, b.normalized_value, ka)
                if key in seen:  # the same figure printed twice in one document (text and infographic)
                    continue
                seen.add(key)
                va, vb = a.normalized_value or 0.0, b.normalized_value or 0.0
                diff = abs(va - vb) / max(abs(va), abs(vb), 1e-12)
                out.append(Comparison((ra, a), (rb, b), diff > TOLERANCE, round(diff, 4)))
    return out
