"""Comparison helpers shared by the scorers: normalised text, similarity, one-to-one matching, P/R/F1."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeVar

WS = re.compile(r"\s+")
EDGE = re.compile(r"^[\s.,;:，。；：、()\[\]（）《》“”\"']+|[\s.,;:，。；：、()\[\]（）《》“”\"']+$")
DASHES = str.maketrans({"–": "-", "—": "-", "～": "~", "“": '"', "”": '"', "‘": "'", "’": "'", "*": None})
G = TypeVar("G")
P = TypeVar("P")


def norm(value: object) -> str:
    """Compare-friendly text: NFKC, no whitespace or emphasis marks, lower case, no edge punctuation."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFKC", str(value)).translate(DASHES)
    return EDGE.sub("", WS.sub("", s).lower())


def similarity(a: object, b: object) -> float:
    x, y = norm(a), norm(b)
    if not x and not y:
        return 1.0
    if not x or not y:
        return 0.0
    return SequenceMatcher(None, x, y, autojunk=False).ratio()


@dataclass
class Counts:
    """True positives, predictions and gold items of one category."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    """Correct values out of gold values."""

    ok: int = 0
    total: int = 0

    def add(self, correct: bool) -> None:
        self.ok += int(correct)
        self.total += 1

    @property
    def value(self) -> float | None:
        return round(self.ok / self.total, 4) if self.total else None


def match_pairs(
    gold: Sequence[G], pred: Sequence[P], score: Callable[[G, P], float], threshold: float
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best-scoring first, above a threshold."""
    pairs = sorted(
        ((s, gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if (s := score(g, p)) >= threshold),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _s, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def overlaps(a: Sequence[int] | None, b: Sequence[int] | None) -> bool:
    return bool(a and b and a[0] < b[1] and b[0] < a[1])


def overlap_clusters(gold: Sequence[Sequence[int]], pred: Sequence[Sequence[int]]) -> tuple[list[int], list[int]]:
    """Cluster ids of gold and predicted spans: spans that overlap, directly or through others, share one.

    Markers are compared at the coarser of two granularities: an author-year group printed in one
    pair of brackets is one marker to some annotators and one marker per item to others."""
    items = sorted([(s[0], s[1], 0, i) for i, s in enumerate(gold)] + [(s[0], s[1], 1, i) for i, s in enumerate(pred)])
    ids: tuple[list[int], list[int]] = ([0] * len(gold), [0] * len(pred))
    cluster, reach = -1, -1
    for start, end, side, i in items:
        if start >= reach:
            cluster += 1
        reach = max(reach, end)
        ids[side][i] = cluster
    return ids
