"""Character classes and the matching shadow (full-width folded, traditional → simplified)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

TERMINALS = set("。！？!?…")
CLOSERS = set("”’」』）)】》\"'")
OPENERS = set("“‘「『（(【《")


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def is_cjk_punct(ch: str) -> bool:
    return "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’—…·"


def is_wide(ch: str) -> bool:
    return is_cjk(ch) or is_cjk_punct(ch)


def is_latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def display_width(text: str) -> float:
    """Width in full-width cells: CJK 1, ASCII 0.5."""
    return sum(1.0 if is_wide(ch) or ord(ch) > 0x2E80 else 0.5 for ch in text if not ch.isspace())


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
