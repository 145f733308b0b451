"""Character classes and the matching shadow (full-width folded, traditional → simplified)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TERMINALS = set("。！？!?…")
LATIN_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ"  # for character classes: the letters of Latin names, accented ones too
CLOSERS = set("”’」』）)】》\"'")
OPENERS = set("“‘「『（(【《")


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def cjk_count(text: str) -> int:
    """How many Chinese characters `text` holds."""
    return len(_HAN_RE.findall(text))


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def is_cjk_punct(ch: str) -> bool:
    return "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’—…·"


def is_wide(ch: str) -> bool:
    return is_cjk(ch) or is_cjk_punct(ch)


def is_latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# wide and not a space: CJK and its punctuation, everything past U+2E80 but the ideographic space
_WIDE_RE = re.compile("[\u2e81-\u2fff\u3001-\U0010ffff“”‘’—…·]")
_SPACE_RE = re.compile(r"\s")
SPACES_RE = re.compile(r"\s*")  # a run of whitespace, maybe empty: where the next visible character stands


def display_width(text: str) -> float:
    """Width in full-width cells: CJK 1, ASCII 0.5 (spaces count nothing)."""
    wide = len(_WIDE_RE.findall(text))
    return wide + 0.5 * (len(text) - len(_SPACE_RE.findall(text)) - wide)


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=65536)
def simplified_char(ch: str) -> str:
    out = _t2s().convert(ch)
    return out if len(out) == 1 else ch


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    """One character for matching: NFKC width folding, then traditional → simplified."""
    if ch.isascii():
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) != 1:
        folded = ch
    return simplified_char(folded) if is_cjk(folded) else folded


def shadow(text: str) -> str:
    """A same-length copy of `text` for matching: `shadow(t)[i]` stands for `t[i]`."""
    return "".join(fold_char(ch) for ch in text)


def is_traditional_only(ch: str) -> bool:
    return is_cjk(ch) and simplified_char(ch) != ch


# the markup of a formula the conversion wrote for printed characters: font commands, groups, superscripts, spaces
_TEX_MARKUP_RE = re.compile(r"\\(?:math[a-z]+|substack|operatorname|AA)|[{}^\s\\]")


def plain_tex(formula: str) -> str:
    """What a formula of printed characters reads as: '\\mathrm { T N } 9 2 7 { + } . 2' -> 'TN927+.2',
    '[ 8 ^ { \\sim } 1 8 ]' -> '[8~18]'."""
    return _TEX_MARKUP_RE.sub("", formula.replace("\\sim", "~"))
