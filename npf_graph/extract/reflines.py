"""Reference strings given one per line (pasted from CNKI or a PDF) to JSON references."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from npf_graph.extract.refstyles import parse_reference
from npf_graph.link.works import work_key
from npf_graph.models import Reference


def parse_line(line: str, n: int) -> Reference:
    raw = line.strip()
    if not raw:
        return Reference(id=f"line-{n}", raw="")
    try:
        ref = Reference(id=f"line-{n}", **parse_reference(raw).fields())
        ref.work_id = work_key(ref)
    except Exception:  # one line no parser reads still gets its line of output
        ref = Reference(id=f"line-{n}", raw=raw)
    return ref


def parse_lines(lines: Iterable[str]) -> Iterator[dict]:
    for n, line in enumerate(lines, 1):
        yield parse_line(line, n).model_dump(mode="json")
