"""One reference string to its fields: the trained labeller (`refparse`), never raising on odd text."""

from __future__ import annotations

from npf_graph.extract.refstyles.bilingual import chinese_original
from npf_graph.extract.refstyles.common import ParsedRef, language, split_label

__all__ = ["ParsedRef", "parse_reference"]


def parse_reference(raw: str) -> ParsedRef:
    """Parse one reference string in whichever style it is written; a string the labeller cannot
    read (or a package without its model) still gets a record: its text, label and language."""
    from npf_graph.extract.refparse import parse_with_model

    original = chinese_original(raw)
    if original is not None:  # an English entry with its Chinese original: the fields of the original
        label, _body = split_label(raw)
        parsed = parse_reference(original)
        return parsed.model_copy(update={"raw": raw.strip(), "label": label or parsed.label})
    try:
        parsed = parse_with_model(raw)
    except (AssertionError, ValueError, IndexError, AttributeError):
        parsed = None
    if parsed is None:
        label, _body = split_label(raw)
        return ParsedRef(raw=raw.strip(), label=label, lang=language(raw))
    return parsed
