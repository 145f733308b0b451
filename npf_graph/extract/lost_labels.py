"""Markers whose digits the conversion lost (`[]`, a lone `[`), read from the order numbered papers cite in.

A numbered list is numbered as the text first cites its entries, so a marker with no digits left, standing
where the text goes on from label k to label k + 2, cites k + 1: `…肥胖[4-6]。…主要病因[]。…[8]`.
Elsewhere (labels cited again, gaps of more than one) it stays without a target.
"""

from __future__ import annotations

from npf_graph.document import Doc

AHEAD = 10  # how many markers on the next new label may stand


def _decimals(values: object) -> list[int]:
    return [int(v) for v in values if str(v).isdecimal()] if isinstance(values, list) else []


def fill_lost_labels(doc: Doc, top: int) -> None:
    """Give each marker of `doc` whose digits were lost the one label the text skips around it, where
    that label is in the list (1 to `top`); markers are read in text order."""
    cited = doc.notes.get("cited", {})
    assert isinstance(cited, dict)
    ordered = sorted(doc.record.citations, key=lambda c: c.span)
    numbers = [_decimals(cited.get(c.id)) for c in ordered]
    highest = 0
    for i, cite in enumerate(ordered):
        if cited.get(cite.id) == [] and cite.marker.lstrip().startswith(("[", "［")):
            ahead = numbers[i + 1 : i + 1 + AHEAD]
            later = (min((n for n in found if n > highest), default=None) for found in ahead)
            following = next((n for n in later if n is not None), None)
            if following == highest + 2 <= top + 1:
                cited[cite.id] = [str(highest + 1)]
                numbers[i] = [highest + 1]
        highest = max([highest, *numbers[i]])
