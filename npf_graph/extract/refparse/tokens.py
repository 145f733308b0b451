"""Tokens of a reference string and their CRF features.

A token is one CJK character, one run of Latin letters, one run of digits or one
other non-space character; spaces are not tokens but are recorded as a feature
(``space before``), and neither is Markdown emphasis (``*Journal*``).
Character-level tokens for Chinese keep the labeller free of segmentation
errors; jieba still contributes, as the position of each character inside its
jieba word (B/M/E/S) and the word's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from npf_graph.ontology import tokenizer

TOKEN_RE = re.compile(r"[A-Za-zÀ-ɏ'’]+|\d+|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]|[^\s*]", re.UNICODE)
YEAR_SHAPE = re.compile(r"(?:1[5-9]|20)\d\d")
TYPE_CODES = frozenset(
    "J M C D R N P S G Z A K EB OL DB CP DS CM PP CR A/OL M/OL J/OL EB/OL C/OL DB/OL N/OL D/OL R/OL".split()
)
OPEN = "《[［(（〔【<“\"'‘"
CLOSE = "》]］)）〕】>”\"'’"
PAIRS = {"《": "》", "[": "]", "［": "］", "(": ")", "（": "）", "〔": "〕", "【": "】", "“": "”"}
CUE_WORDS = {
    "期": "issue",
    "卷": "vol",
    "页": "page",
    "版": "edition",
    "年": "year",
    "月": "date",
    "日": "date",
    "编": "editor",
    "译": "trans",
    "载": "in",
    "见": "in",
    "社": "pub",
    "局": "pub",
    "学": "inst",
    "报": "journal",
    "刊": "journal",
    "志": "journal",
    "第": "ordinal",
    "等": "etal",
}
LATIN_CUES = {
    "vol": "vol",
    "no": "issue",
    "pp": "page",
    "p": "page",
    "ed": "editor",
    "eds": "editor",
    "in": "in",
    "et": "etal",
    "al": "etal",
    "press": "pub",
    "university": "inst",
    "journal": "journal",
    "review": "journal",
    "proceedings": "journal",
    "retrieved": "url",
    "doi": "doi",
    "http": "url",
    "https": "url",
    "www": "url",
}


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    space_before: bool


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    prev_end = 0
    for m in TOKEN_RE.finditer(text):
        out.append(Token(m.group(), m.start(), m.end(), m.start() > prev_end))
        prev_end = m.end()
    return out


def shape(tok: str) -> str:
    c = tok[0]
    if tok.isdigit():
        if YEAR_SHAPE.fullmatch(tok):
            return "year"
        return f"d{min(len(tok), 5)}"
    if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff":
        return "cjk"
    if "\u3040" <= c <= "\u30ff":
        return "kana"
    if "\uac00" <= c <= "\ud7af":
        return "hangul"
    if c.isalpha():
        if tok.isupper():
            return "UP1" if len(tok) == 1 else "UP"
        if tok[0].isupper():
            return "Cap"
        return "low"
    return "p"


def _word_positions(text: str, tokens: list[Token]) -> list[tuple[str, int]]:
    """(B/M/E/S, jieba word length) of each token's first character."""
    char_pos: dict[int, tuple[str, int]] = {}
    for word, s, e in tokenizer().tokenize(text):
        n = e - s
        if not word.strip():
            continue
        for i in range(s, e):
            char_pos[i] = ("S" if n == 1 else "B" if i == s else "E" if i == e - 1 else "M", n)
    return [char_pos.get(t.start, ("S", 1)) for t in tokens]


def features(text: str, tokens: list[Token]) -> list[list[str]]:
    """One feature list per token."""
    n = len(tokens)
    words = _word_positions(text, tokens)
    shapes = [shape(t.text) for t in tokens]
    lowers = [t.text.lower() for t in tokens]
    feats: list[list[str]] = []
    depth: dict[str, int] = {}
    seen_code = seen_slashes = seen_year = False
    periods = commas = colons = 0
    for i, tok in enumerate(tokens):
        t, sh, lo = tok.text, shapes[i], lowers[i]
        f = [
            "b",
            f"w={lo}",
            f"sh={sh}",
            f"sp={int(tok.space_before)}",
            f"pos={min(i, 6)}",
            f"rel={10 * i // max(n, 1)}",
            f"jb={words[i][0]}",
            f"jl={min(words[i][1], 5)}",
            f"per={min(periods, 6)}",
            f"com={min(commas, 6)}",
            f"col={min(colons, 3)}",
            f"code={int(seen_code)}",
            f"dsl={int(seen_slashes)}",
            f"yr={int(seen_year)}",
        ]
        for op, depth_n in depth.items():
            if depth_n > 0:
                f.append(f"in{op}")
        cue = CUE_WORDS.get(t) or LATIN_CUES.get(lo)
        if cue:
            f.append(f"cue={cue}")
        if t in TYPE_CODES and i > 0 and tokens[i - 1].text in "[［":
            f.append("typecode")
        for k in (-2, -1, 1, 2):
            j = i + k
            if 0 <= j < n:
                f.append(f"w{k:+d}={lowers[j]}")
                f.append(f"sh{k:+d}={shapes[j]}")
            else:
                f.append(f"w{k:+d}=<edge>")
        if i > 0:
            f.append(f"bi-={lowers[i - 1]}|{lo}")
        if i + 1 < n:
            f.append(f"bi+={lo}|{lowers[i + 1]}")
        feats.append(f)
        # state after this token
        if t in PAIRS:
            depth[t] = depth.get(t, 0) + 1
        for op, cl in PAIRS.items():
            if t == cl and depth.get(op, 0) > 0:
                depth[op] -= 1
        if t in ".．。":
            periods += 1
        elif t in ",，、":
            commas += 1
        elif t in ":：":
            colons += 1
        if t in TYPE_CODES and i > 0 and tokens[i - 1].text in "[［":
            seen_code = True
        if t == "/" and i > 0 and tokens[i - 1].text == "/":
            seen_slashes = True
        if sh == "year":
            seen_year = True
    return feats
