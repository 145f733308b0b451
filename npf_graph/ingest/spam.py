"""Find spam tokens injected into web text, by statistics rather than by a list.

An injected token (an advertising string pasted at random places, often in the
other script variant) is a short string that repeats, whose neighbours on both
sides are nearly all different, and that splits words: with it removed, its
neighbours join into a dictionary word or an unbroken Latin word or number.
Ordinary repeated words have the first two properties but rarely the third.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from npf_graph.ingest.chars import is_cjk, is_latin_alnum, is_traditional_only, simplified_char

MIN_COUNT = 4
MAX_LEN = 6
SCAN_LIMIT = 400_000  # injected tokens recur throughout; a sample finds them
_CJK_RE = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_CJK_PAIR_RE = re.compile("(?=[\u3400-\u9fff\uf900-\ufaff]{2})")


@dataclass(frozen=True)
class SpamToken:
    token: str
    positions: tuple[int, ...]


def _is_word(pair: str, words: dict[str, int]) -> bool:
    return words.get("".join(simplified_char(c) for c in pair), 0) > 0


def _score(text: str, token: str, starts: list[int], words: dict[str, int], foreign_ok: bool) -> bool:
    n = len(starts)
    lefts = [text[s - 1] if s > 0 else "^" for s in starts]
    rights = [text[s + len(token)] if s + len(token) < len(text) else "$" for s in starts]
    diversity = min(len(set(lefts)), len(set(rights))) / n
    if diversity < 0.8:
        return False
    splits = 0
    for left, right in zip(lefts, rights, strict=True):
        if is_latin_alnum(left) and is_latin_alnum(right):
            splits += 1
        elif is_cjk(left) and is_cjk(right) and _is_word(left + right, words):
            splits += 1
    split_share = splits / n
    foreign = foreign_ok and any(is_traditional_only(ch) for ch in token)
    return (foreign and split_share >= 0.3) or (split_share >= 0.6 and n >= 6)


def _positions(text: str, gram: str) -> list[int]:
    """Non-overlapping occurrences of `gram`, left to right."""
    out = []
    pos = text.find(gram)
    while pos >= 0:
        out.append(pos)
        pos = text.find(gram, pos + len(gram))
    return out


def find_spam(text: str, words: dict[str, int]) -> list[SpamToken]:
    """Spam tokens in `text`, longest first; `words` is a word → frequency dictionary."""
    sample = text[:SCAN_LIMIT]
    cjk_chars = Counter(_CJK_RE.findall(sample))
    total = sum(cjk_chars.values())
    if total < 200:
        return []
    trad_share = sum(n for ch, n in cjk_chars.items() if is_traditional_only(ch)) / total
    foreign_ok = trad_share < 0.05
    found: list[SpamToken] = []
    work = sample
    for _ in range(6):
        best: tuple[str, list[int]] | None = None
        # grams that repeat: a gram repeats only where its prefix does, so grow them from bigrams
        frequent: dict[int, list[int]] = {}
        # only grams of CJK characters can be tokens, so only their bigrams are counted
        starts = [m.start() for m in _CJK_PAIR_RE.finditer(work)]
        pairs = [work[i : i + 2] for i in starts]
        counts2 = Counter(pairs)
        frequent[2] = [i for i, pair in zip(starts, pairs, strict=True) if counts2[pair] >= MIN_COUNT]
        for n in range(3, MAX_LEN + 1):
            grams = Counter(work[i : i + n] for i in frequent[n - 1] if i + n <= len(work))
            frequent[n] = [i for i in frequent[n - 1] if i + n <= len(work) and grams[work[i : i + n]] >= MIN_COUNT]
        for n in range(MAX_LEN, 1, -1):
            where: dict[str, list[int]] = defaultdict(list)
            for i in frequent[n]:
                gram = work[i : i + n]
                if not where[gram] or where[gram][-1] + n <= i:  # non-overlapping occurrences
                    where[gram].append(i)
            for gram, starts in sorted(where.items(), key=lambda kv: -len(kv[1])):
                if len(starts) < MIN_COUNT:
                    break
                if not all(is_cjk(ch) for ch in gram):
                    continue
                foreign = foreign_ok and any(is_traditional_only(ch) for ch in gram)
                if len(starts) < 6 and not foreign:  # neither test below can pass
                    continue
                if _score(work, gram, starts, words, foreign_ok):
                    best = (gram, starts)
                    break
            if best:
                break
        if not best:
            break
        token = best[0]
        positions = tuple(_positions(text, token))
        found.append(SpamToken(token, positions))
        work = work.replace(token, "\u0000" * len(token))
        text = text.replace(token, "\u0000" * len(token))
    return found
