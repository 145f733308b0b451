"""Reference-string parsers: the trained labeller (`refparse`) and the hand-written styles it
replaced — GB/T 7714 (numeric and author-year), the Chinese economics-journal
author-year style and English references — kept for comparison (``NPF_REFPARSER=rules``)."""

from __future__ import annotations

import os

from npf_graph.extract.refstyles.cnjournal import looks_cnjournal, parse_cnjournal
from npf_graph.extract.refstyles.common import ParsedRef, language, split_label
from npf_graph.extract.refstyles.english import looks_english, parse_english
from npf_graph.extract.refstyles.gbt7714 import parse_gbt7714

__all__ = ["ParsedRef", "parse_reference"]


def parse_with_rules(raw: str) -> ParsedRef:
    """The hand-written styles."""
    label, body = split_label(raw)
    if looks_cnjournal(body):
        ref = parse_cnjournal(body)
    elif looks_english(body):
        ref = parse_english(body)
    else:
        ref = parse_gbt7714(body)
    ref.label = label
    ref.raw = raw.strip()
    return ref


def parse_reference(raw: str) -> ParsedRef:
    """Parse one reference string in whichever style it is written; never raises on odd text."""
    from npf_graph.extract.refparse import parse_with_model

    try:
        parsed = None if os.environ.get("NPF_REFPARSER") == "rules" else parse_with_model(raw)
        return parsed or parse_with_rules(raw)
    except (AssertionError, ValueError, IndexError, AttributeError):
        # a string no parser can read still gets a record: its text, label and language
        label, _body = split_label(raw)
        return ParsedRef(raw=raw.strip(), label=label, lang=language(raw))
