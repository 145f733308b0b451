"""Keywords whose separators the conversion lost: '突破性创新被引科学知识主题突变突变程度纳米电子学'.

A paper's keywords are terms it uses. A run of Chinese keywords glued together is cut,
at word boundaries only, into pieces that each occur in the paper outside the keyword
line (the abstract, headings, body), choosing the cut whose piece lengths are likeliest
for keywords; when no such cut exists the run is kept as printed. English keywords are cut in
``english_keywords.py``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from functools import lru_cache

from npf_graph.ingest.chars import is_cjk
from npf_graph.ontology import tokenizer

MIN_GLUED = 8  # a run this long (Chinese characters) with no separator is read as several keywords
MAX_PIECE = 16
# how long Chinese keywords are (share of 1,241 keywords of the annotated development papers, by characters)
LENGTH_SHARE = {2: 0.10, 3: 0.08, 4: 0.49, 5: 0.12, 6: 0.13, 7: 0.04, 8: 0.03, 9: 0.008, 10: 0.006}
UNUSED_WORD_COST = 1.5
UNKNOWN_PIECE_COST = 4.0  # a piece neither the paper nor the dictionary holds, where the count is known
MAX_UNKNOWN = 8
ALIGN_WEIGHT = 2.0  # the cost of a piece's share of the line off its English keyword's share, by log ratio
PARTICLES = set("的与和及之或等")


def split_glued_keywords(words: list[str], text: str, line: str) -> list[str]:
    """`words` with each glued run of Chinese keywords cut into the terms `text` uses; `line` is the
    keyword line itself, left out of the text the terms are looked for in."""
    alone = len(words) == 1
    if not any(_glued(w, alone) for w in words):
        return words
    body = re.sub(r"\s+", "", text.replace(line, " ", 1))
    out: list[str] = []
    for word in words:
        pieces = _cut(word, body) if _glued(word, alone) and word not in body else None
        out.extend(pieces or [word])
    return out


def _glued(word: str, alone: bool = False) -> bool:
    """A run of MIN_GLUED Chinese characters or more; five or more when it is the line's only keyword."""
    return sum(map(is_cjk, word)) >= (5 if alone else MIN_GLUED) and " " not in word.strip()


def _cut(word: str, body: str) -> list[str] | None:
    """The likeliest pieces, cut at word boundaries, each found in `body` (or, less likely, a word of the
    dictionary); None unless there are two or more."""
    bounds = _boundaries(word)
    best: dict[int, tuple[float, list[str]]] = {0: (0.0, [])}
    for end in bounds[1:]:
        for start in bounds:
            if start >= end or start not in best or end - start > MAX_PIECE:
                continue
            piece = word[start:end]
            cost = _cost(piece, body, word)
            if cost is None:
                continue
            total = best[start][0] + cost
            if end not in best or total < best[end][0]:
                best[end] = (total, [*best[start][1], piece])
    found = best.get(len(word))
    return found[1] if found and len(found[1]) >= 2 else None


def _cost(piece: str, body: str, whole: str, counted: bool = False) -> float | None:
    """-log of the share of keywords as long as `piece`, more for a dictionary word the paper does not use
    and for the whole run `whole`; None for a piece that is none of these, unless the number of pieces is
    known (`counted`), where such a piece costs most."""
    if len(piece) < 2 or piece[0] in PARTICLES or piece[-1] in PARTICLES:
        return None  # '的管理方法': no keyword begins or ends with a particle
    cost = -math.log(LENGTH_SHARE.get(len(piece), 0.0005))
    if piece in body:
        return cost
    known = (tokenizer().FREQ.get(piece) or 0) >= 20 or piece == whole  # the run itself may stay as printed
    if known:
        return cost + UNUSED_WORD_COST
    return cost + UNKNOWN_PIECE_COST if counted and len(piece) <= MAX_UNKNOWN else None


@lru_cache(maxsize=1024)
def _boundaries(word: str) -> list[int]:
    """Offsets where `word` may be cut: between the words the segmenter reads, and where the script changes."""
    cuts = {0, len(word)}
    pos = 0
    for token in tokenizer().lcut(word, HMM=False):
        pos += len(token)
        cuts.add(pos)
    for k in range(1, len(word)):
        if word[k - 1].isascii() != word[k].isascii():
            cuts.add(k)
    # never next to a bracket: '基于生态系统的管理方法(EBM)' keeps its abbreviation
    return sorted(k for k in cuts if k in (0, len(word)) or (word[k - 1] not in "(（" and word[k] not in "()（）"))


def cut_to_count(words: list[str], text: str, line: str, english: list[str]) -> list[str] | None:
    """`words` cut into as many keywords as the `english` ones, the likeliest way (each piece a term `text`
    uses, or a word of the dictionary, and as long against the others as its English keyword): where the
    English line tells the keywords of a Chinese line that lost its separators ('信息抽取 植物物种多样性描述
    文本中文信息处理本体' over four English ones); None where no cut fits."""
    body = re.sub(r"\s+", "", text.replace(line, " ", 1))
    count = len(english)
    letters = [max(1, sum(c.isalpha() for c in e)) for e in english]
    en_share = [n / sum(letters) for n in letters]
    zh_total = sum(len(w) for w in words)
    best: dict[int, tuple[float, list[str]]] = {0: (0.0, [])}  # by the pieces cut so far
    for word in words:
        bounds = _boundaries(word) if any(map(is_cjk, word)) else [0, len(word)]
        at: dict[int, dict[int, tuple[float, list[str]]]] = {0: best}  # by offset, then by pieces cut
        for k, end in enumerate(bounds[1:], start=1):
            here: dict[int, tuple[float, list[str]]] = {}
            for start in bounds[bisect_left(bounds, end - MAX_PIECE) : k]:
                cost = _cost(word[start:end], body, word, True) if start in at else None
                if cost is None:
                    continue
                for n, (total, pieces) in at[start].items():
                    if n < count:
                        off = ALIGN_WEIGHT * abs(math.log((end - start) / zh_total) - math.log(en_share[n]))
                        score = total + cost + off
                        if n + 1 not in here or score < here[n + 1][0]:
                            here[n + 1] = (score, [*pieces, word[start:end]])
            if here:
                at[end] = here
        best = at.get(len(word), {})
    return best[count][1] if count in best else None
