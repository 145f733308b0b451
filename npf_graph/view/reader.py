"""Reader pages: a document's text with its claims, citation markers, figures, data sources
and concept mentions highlighted at their spans, each with an anchor the graph links to."""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass
from pathlib import Path

from npf_graph.models import DocumentRecord

CSS = """
body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; margin: 0 auto; max-width: 980px;
       padding: 12px 20px; color: #222; }
header { border-bottom: 1px solid #ddd; margin-bottom: 12px; }
h1 { font-size: 20px; }
.meta { color: #555; }
.legend span { margin-right: 10px; padding: 0 4px; }
.text { white-space: pre-wrap; line-height: 1.8; font-size: 15px; }
.claim { border-bottom: 2px solid transparent; }
.k-recommendation { background: #fde2e1; }
.k-finding { background: #e1f0fd; }
.k-forecast { background: #fdf3d6; }
.k-definition { background: #e6f7e1; }
.cite { color: #fff; background: #9467bd; border-radius: 3px; padding: 0 2px; cursor: help; }
.stat { border-bottom: 2px solid #8c564b; font-weight: bold; }
.source { background: #d8f3f7; }
.concept { text-decoration: underline dotted #2ca02c; text-decoration-thickness: 2px; }
:target { outline: 3px solid #ff7f0e; }
"""
LEGEND = (
    '<div class="legend"><span class="k-recommendation">recommendation</span>'
    '<span class="k-finding">finding</span><span class="k-forecast">forecast</span>'
    '<span class="k-definition">definition</span><span class="cite">[citation]</span>'
    '<span class="stat">statistic</span><span class="source">data source</span>'
    '<span class="concept">concept</span></div>'
)


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    cls: str
    anchor: str | None = None
    title: str | None = None


def anchor_for(span: tuple[int, int]) -> str:
    return f"s{span[0]}-{span[1]}"


def marks(rec: DocumentRecord) -> list[Mark]:
    refs = {r.id: r for r in rec.references}
    out: list[Mark] = []
    for c in rec.claims:
        out.append(Mark(*c.span, f"claim k-{c.kind}", anchor_for(c.span), f"{c.kind}"))
    for c in rec.citations:
        parsed = [refs[i].raw for i in c.reference_ids if i in refs]
        title = " | ".join(parsed) if parsed else f"{c.status}: no reference entry"
        out.append(Mark(*c.span, "cite", anchor_for(c.span), title))
    for s in rec.statistics:
        title = f"{s.value:g} {s.unit or ''} · {s.measure or ''} · {s.period or ''} · {s.place or ''}"
        out.append(Mark(*s.span, "stat", anchor_for(s.span), title))
    for d in rec.data_sources:
        out.append(Mark(*d.span, "source", anchor_for(d.span), "data source"))
    for m in rec.concepts:
        for sp in m.spans:
            out.append(Mark(sp[0], sp[1], "concept", None, m.label))
    return out


def render_text(text: str, annotations: list[Mark]) -> str:
    """The text with nested spans wherever annotations cover it; anchors where they start."""
    cuts = sorted({0, len(text), *(m.start for m in annotations), *(m.end for m in annotations)})
    starts: dict[int, list[Mark]] = {}
    for m in annotations:
        starts.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    parts: list[str] = []
    seen_anchors: set[str] = set()
    for a, b in itertools.pairwise(cuts):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        for m in starts.get(a, []):
            if m.anchor and m.anchor not in seen_anchors:
                seen_anchors.add(m.anchor)
                parts.append(f'<a id="{html.escape(m.anchor)}"></a>')
        covering = sorted((m for m in active if m.start <= a and m.end >= b), key=lambda m: (m.start, -m.end))
        chunk = html.escape(text[a:b])
        for m in reversed(covering):
            title = f' title="{html.escape(m.title, quote=True)}"' if m.title else ""
            chunk = f'<span class="{m.cls}"{title}>{chunk}</span>'
        parts.append(chunk)
    return "".join(parts)


def render_reader(rec: DocumentRecord, source_text: str, path: Path) -> Path:
    title = rec.title or rec.title_en or rec.source.name
    authors = "、".join(a.name or a.name_en or "" for a in rec.authors)
    meta = " · ".join(x for x in (authors, rec.venue or "", str(rec.year or ""), rec.source.name) if x)
    page = (
        '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>"
        f'<header><h1>{html.escape(title)}</h1><p class="meta">{html.escape(meta)}</p>{LEGEND}</header>'
        f'<div class="text">{render_text(source_text, marks(rec))}</div></body></html>\n'
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return path
