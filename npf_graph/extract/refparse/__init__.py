"""The trained reference-string parser: CRF labelling, then field values from the labelled spans."""

from __future__ import annotations

from npf_graph.extract.refparse.fields import fields_from_spans
from npf_graph.extract.refparse.labeller import label_string, model_available
from npf_graph.extract.refstyles.common import ParsedRef

__all__ = ["model_available", "parse_with_model"]


def parse_with_model(raw: str) -> ParsedRef | None:
    """Parse one reference string with the trained labeller; None when no model is installed."""
    if not model_available():
        return None
    return fields_from_spans(raw, label_string(raw))
