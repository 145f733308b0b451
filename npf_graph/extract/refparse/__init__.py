"""The trained reference-string parser: CRF labelling, then field values from the labelled spans."""

from __future__ import annotations

import re

from npf_graph.extract.refparse.fields import fields_from_spans
from npf_graph.extract.refparse.labeller import label_string, model_available
from npf_graph.extract.refstyles.common import ParsedRef

__all__ = ["model_available", "parse_with_model"]

# '[1].Zhao，F.,Lai,M. C.,…': a full stop after a bracketed label, which the labeller reads as the end
# of a first author it then leaves out
LABEL_STOP_RE = re.compile(r"\s*[\[［]\s*\d{1,3}\s*[\]］]\s*([.．])")


def parse_with_model(raw: str) -> ParsedRef | None:
    """Parse one reference string with the trained labeller; None when no model is installed."""
    if not model_available():
        return None
    stop = LABEL_STOP_RE.match(raw)
    read = f"{raw[: stop.start(1)]} {raw[stop.end(1) :]}" if stop else raw  # same length: spans hold
    return fields_from_spans(raw, label_string(read))
