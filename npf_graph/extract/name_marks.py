"""A name found on a byline, and the marks that may follow it (affiliation numbers, stars, letters)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# a name's marks: digits, stars, modifier letters ('ʰ'), a unit's part ('1a', read 'la') and '』' for '¹'
LIST_MARKS = r"\d¹²³⁴⁵⁶⁷⁸⁹*\\'’‘\u02b0-\u02ff\u1d2c-\u1d6aa-dl』"


@dataclass(frozen=True)
class Name:
    text: str
    start: int  # offsets in the line
    end: int
    marks: str  # what follows the name up to the next one: affiliation numbers or letters


MARK_RE = re.compile(r"[\d¹²³⁴⁵⁶⁷⁸⁹⁰'’‘”」}°*丨]")
