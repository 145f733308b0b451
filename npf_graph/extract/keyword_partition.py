"""English keywords printed with spaces only, cut into as many keywords as the Chinese line holds.

'think tank law responsibility and obligation' under 智库；法律；责任义务 -> 'think tank', 'law',
'responsibility and obligation'. Of the ways to cut the words into that many keywords, in order, the
one is taken whose keywords' lengths best follow the Chinese keywords' lengths (at the line's own
number of words per character), that ends no keyword with a word keywords do not end with ('and',
'of') nor begins one with a word they do not begin with, and that keeps together two words the paper
prints side by side elsewhere ('think tanks'), the more the more often it does, and a quotation
('“Belt and Road”'). Cuts made before (separators, glued words, case changes) stay.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import pairwise

from npf_graph.extract.english_keywords import NO_KEYWORD_END, word_runs

NO_END = NO_KEYWORD_END | {"of", "in", "to", "on", "a", "an", "or", "by", "at"}
NO_START = NO_END - {"the", "a", "an"}
QUOTES = '"“”'
MAX_WORDS_PER_KEYWORD = 6  # a longer line is no list of keywords
SIDE_BY_SIDE_COST = 2.0  # cutting between two words the paper prints side by side, once
SIDE_BY_SIDE_MOST = 3  # ... counted up to so many times
CASE_CHANGE_GAIN = 0.5  # cutting before a capital after a word in lower case


def partition_spaced(pieces: list[str], chinese: list[str], text: str) -> list[str]:
    """`pieces` of the English keyword line cut into `len(chinese)` keywords where they are fewer;
    `text` is the paper without the line."""
    n = len(chinese)
    words = [w for piece in pieces for w in piece.split()]
    if n < 2 or len(pieces) >= n or not n <= len(words) <= MAX_WORDS_PER_KEYWORD * n:
        return pieces
    kept: set[int] = set()  # the cuts made before: word positions where a piece begins
    at = 0
    for piece in pieces:
        kept.add(at)
        at += len(piece.split())
    pairs = _pair_counts(text)
    per_unit = len(words) / sum(_weight(k) for k in chinese)
    cut_cost = [0.0] + [_cut_cost(words[i - 1], words[i], pairs) for i in range(1, len(words))]
    quoted = False
    for i, word in enumerate(words):  # no cut inside a quotation
        if quoted and i:
            cut_cost[i] = math.inf
        quoted ^= sum(word.count(q) for q in QUOTES) % 2 == 1
    if _sentence_case(pieces):  # 'Radical innovation' 'Scientific knowledge cited in patents': capitals begin keywords
        cut_cost = [c if w[:1].isupper() else math.inf for c, w in zip(cut_cost, words, strict=True)]
    ends = _best_ends(len(words), [_weight(k) * per_unit for k in chinese], cut_cost, kept)
    if ends is None:
        return pieces
    return [" ".join(words[a:b]) for a, b in zip([0, *ends], ends, strict=False)]


def _best_ends(size: int, lengths: list[float], cut_cost: list[float], kept: set[int]) -> list[int] | None:
    """End positions of `len(lengths)` runs of words over `size` words, least cost; None if none."""
    # a run ends at the next cut made before at the latest
    latest = [min([p for p in kept if p > start] + [size]) for start in range(size)]
    best: dict[int, tuple[float, list[int]]] = {0: (0.0, [])}
    for k, length in enumerate(lengths):
        last = k == len(lengths) - 1
        step: dict[int, tuple[float, list[int]]] = {}
        for start, (cost, ends) in best.items():
            for end in range(start + 1, latest[start] + 1):
                if (end == size) != last:
                    continue
                total = cost + abs(math.log((end - start) / max(length, 1.0))) + (0.0 if last else cut_cost[end])
                if end not in step or total < step[end][0]:
                    step[end] = (total, [*ends, end])
        best = step
    return best[size][1] if size in best and math.isfinite(best[size][0]) else None


def _sentence_case(pieces: list[str]) -> bool:
    """Pieces cut before, each beginning with a capital, those of several words going on in lower case."""
    longer = [piece.split() for piece in pieces if " " in piece]
    return (
        len(pieces) >= 2
        and bool(longer)
        and all(piece[:1].isupper() for piece in pieces)
        and all(any(w[:1].islower() and w not in NO_END for w in words[1:]) for words in longer)
    )


def _pair_counts(text: str) -> Counter[tuple[str, str]]:
    """How often `text` prints each two words side by side, plurals as their singular."""
    counts: Counter[tuple[str, str]] = Counter()
    for seq in word_runs(text):
        counts.update(pairwise(_stem(w) for w in seq))
    return counts


def _cut_cost(before: str, after: str, pairs: Counter[tuple[str, str]]) -> float:
    low_before, low_after = before.lower(), after.lower()
    if low_before in NO_END or low_after in NO_START:
        return math.inf
    printed = pairs[(_stem(before.split("-")[-1]), _stem(after.split("-")[0]))]
    cost = SIDE_BY_SIDE_COST * min(printed, SIDE_BY_SIDE_MOST)
    if after[:1].isupper() and before[:1].islower():
        cost -= CASE_CHANGE_GAIN
    return cost


def _stem(word: str) -> str:
    """'tanks' -> 'tank': a plural matches its singular."""
    low = word.lower()
    return low[:-1] if len(low) > 3 and low.endswith("s") and not low.endswith("ss") else low


def _weight(keyword: str) -> float:
    """A Chinese keyword's length in characters, a Latin word in it ('CiteSpace', 'API接口') counted as two."""
    latin = re.findall(r"[A-Za-z0-9]+", keyword)
    return max(1.0, len(re.findall(r"[\u4e00-\u9fff]", keyword)) + 2.0 * len(latin))
