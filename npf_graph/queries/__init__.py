"""Saved SPARQL queries (`*.rq` in this folder), each opened by a `# name: description` line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from npf_graph.errors import NpfError

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    text: str
    params: tuple[str, ...]


def saved_queries() -> dict[str, SavedQuery]:
    import re

    out = {}
    for path in sorted(HERE.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0]
        name, _, description = first.lstrip("# ").partition(":")
        params = tuple(sorted(set(re.findall(r"\$(\w+)", text))))
        out[name.strip()] = SavedQuery(name.strip(), description.strip(), text, params)
    return out


def saved_query(name: str) -> SavedQuery:
    queries = saved_queries()
    if name not in queries:
        raise NpfError(f"no saved query {name!r}; `npf-graph query --list` shows them")
    return queries[name]
