"""Reader pages: a document's cleaned text with its claims, citation markers, figures, data
sources and concept mentions highlighted at their source spans, each with an anchor the graph
links to; a citation marker links to its reference entry, and the entry back to its markers."""

from __future__ import annotations

import html
from pathlib import Path

from npf_graph.ingest.offsets import MappedText
from npf_graph.models import DocumentRecord
from npf_graph.rdf.terms import iri
from npf_graph.view.markup import Mark, render_mapped

__all__ = ["Mark", "claim_anchor", "marks", "render_reader"]

CSS = """
body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; margin: 0 auto; max-width: 980px;
       padding: 12px 20px; color: #222; }
header { border-bottom: 1px solid #ddd; margin-bottom: 12px; }
h1 { font-size: 20px; }
.meta { color: #555; }
.legend span { margin-right: 10px; padding: 0 4px; }
.text { line-height: 1.8; font-size: 15px; }
.text p { margin: 0 0 0.6em 0; }
.text h2, .text h3, .text h4 { margin: 1em 0 0.4em 0; }
.text h2 { font-size: 19px; } .text h3 { font-size: 17px; } .text h4 { font-size: 16px; }
.claim { border-bottom: 2px solid transparent; }
.k-recommendation { background: #fde2e1; }
.k-finding { background: #e1f0fd; }
.k-forecast { background: #fdf3d6; }
.k-definition { background: #e6f7e1; }
.cite { color: #fff; background: #9467bd; border-radius: 3px; padding: 0 2px; text-decoration: none; }
.ref { display: inline; }
.back { font-size: 12px; text-decoration: none; }
[id] { scroll-margin-top: 40vh; }
.stat { border-bottom: 2px solid #8c564b; font-weight: bold; }
.source { background: #d8f3f7; }
.concept { text-decoration: underline dotted #2ca02c; text-decoration-thickness: 2px; }
:target { outline: 3px solid #ff7f0e; background: #ffe9a8; }
"""
LEGEND = (
    '<div class="legend"><span class="k-recommendation">recommendation</span>'
    '<span class="k-finding">finding</span><span class="k-forecast">forecast</span>'
    '<span class="k-definition">definition</span><span class="cite">[citation]</span>'
    '<span class="stat">statistic</span><span class="source">data source</span>'
    '<span class="concept">concept</span></div>'
)


def anchor_for(span: tuple[int, int]) -> str:
    return f"s{span[0]}-{span[1]}"


def claim_anchor(rec: DocumentRecord, claim_id: str) -> str:
    """`claim-` and the claim IRI's last segment: the anchor the views link to."""
    return "claim-" + iri("claim", rec.id, claim_id).value.rsplit("/", 1)[-1]


def marks(rec: DocumentRecord) -> list[Mark]:
    refs = {r.id: r for r in rec.references}
    cited_by: dict[str, list[str]] = {}
    out: list[Mark] = []
    for c in rec.claims:
        out.append(Mark(*c.span, f"claim k-{c.kind}", claim_anchor(rec, c.id), c.kind, rank=1))
    for c in rec.citations:
        parsed = [refs[i].raw for i in c.reference_ids if i in refs]
        title = " | ".join(parsed) if parsed else f"{c.status}: no reference entry"
        target = next((i for i in c.reference_ids if i in refs and refs[i].span), None)
        if target:
            cited_by.setdefault(target, []).append(c.id)
        out.append(Mark(*c.span, "cite", c.id, title, f"#{target}" if target else None, rank=4))
    for r in rec.references:
        if r.span:
            back = "".join(
                f' <a class="back" href="#{html.escape(cid)}" title="back to citation {n}">↩{n}</a>'
                for n, cid in enumerate(cited_by.get(r.id, []), 1)
            )
            out.append(Mark(*r.span, "ref", r.id, None, tail=back, rank=1))
    for s in rec.statistics:
        title = f"{s.value:g} {s.unit or ''} · {s.measure or ''} · {s.period or ''} · {s.place or ''}"
        out.append(Mark(*s.span, "stat", anchor_for(s.span), title, rank=3))
    for d in rec.data_sources:
        out.append(Mark(*d.span, "source", anchor_for(d.span), "data source", rank=2))
    for m in rec.concepts:
        for sp in m.spans:
            out.append(Mark(sp[0], sp[1], "concept", None, m.label, rank=6))
    return out


def cleaned(rec: DocumentRecord, source_text: str) -> MappedText:
    """The cleaning stage's text of the document, each character mapped to its source offset."""
    from npf_graph.ingest.clean import clean
    from npf_graph.ingest.load import html_text
    from npf_graph.ontology import word_frequencies

    readable = html_text(source_text) if rec.source.media_type == "text/html" else MappedText.identity(source_text)
    return clean(readable, word_frequencies()).mapped


def render_reader(rec: DocumentRecord, source_text: str, path: Path) -> Path:
    text = cleaned(rec, source_text)
    title = rec.title or rec.title_en or rec.source.name
    authors = "、".join(a.name or a.name_en or "" for a in rec.authors)
    meta = " · ".join(x for x in (authors, rec.venue or "", str(rec.year or ""), rec.source.name) if x)
    page = (
        '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>"
        f'<header><h1>{html.escape(title)}</h1><p class="meta">{html.escape(meta)}</p>{LEGEND}</header>'
        f'<div class="text">{render_mapped(text.text, text.offsets, marks(rec))}</div></body></html>\n'
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return path
