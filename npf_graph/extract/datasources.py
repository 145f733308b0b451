"""Data-source notes: `① 数据来源：国家统计局，《…公报》，http://…` footnotes and the
`资料来源：…` lines under figures and tables, with their organisations and URLs, and
the body positions of the footnote markers that point at them."""

from __future__ import annotations

import re

from npf_graph.document import Doc
from npf_graph.extract.citations import CIRCLED
from npf_graph.extract.refstyles.common import URL_RE
from npf_graph.models import DataSource

SOURCE_RE = re.compile(
    rf"^\s*(?P<marker>[{CIRCLED}])?\s*(?P<label>数据来源|资料来源|数据出处|来源|Sources?|Data)\s*[:：]", re.I
)
ORG_RE = re.compile(r"(?:^|[；;]\s*)(?:根据)?(?P<org>[^；;，,《》：:\s][^；;《》：:]{1,40}?)\s*[，,]\s*《")


def _urls(doc: Doc, start: int, end: int) -> list[str]:
    """URLs in text[start:end], with hyphens that only broke a line in the source dropped."""
    assert doc.clean is not None
    offsets, source = doc.clean.mapped.offsets, doc.source.text
    out = []
    for m in URL_RE.finditer(doc.text, start, end):
        chars = []
        for i in range(m.start(), m.end()):
            ch = doc.text[i]
            if ch == "-" and i + 1 < m.end() and "\n" in source[offsets[i] : offsets[i + 1]]:
                continue
            chars.append(ch)
        out.append("".join(chars).rstrip("。.，,；;）)"))
    return out


def extract_data_sources(doc: Doc) -> Doc:
    markers: dict[str, list[str]] = {}
    for start, end, para in doc.paragraphs():
        m = SOURCE_RE.match(para)
        if not m or len(para) > 2000:
            continue
        text_start = start + (m.start("label"))
        orgs = list(dict.fromkeys(re.sub(r"\s+", "", o.group("org")) for o in ORG_RE.finditer(para[m.end() :])))
        ds = DataSource(
            id=doc.item_id("source", start, end),
            marker=m.group("marker"),
            text=doc.text[text_start:end].strip(),
            organizations=orgs,
            urls=_urls(doc, text_start, end),
            span=doc.span(text_start, end),
        )
        doc.record.data_sources.append(ds)
        if ds.marker:
            markers.setdefault(ds.marker, []).append(ds.id)
    doc.notes["footnote_anchors"] = _anchors(doc, markers)
    return doc


def _anchors(doc: Doc, markers: dict[str, list[str]]) -> dict[int, str]:
    """Body position of each footnote marker -> the data source it points at (the next
    footnote with that marker after it: footnotes follow their page's text)."""
    notes = {ds.id: ds for ds in doc.record.data_sources}
    starts = {ds.id: doc.text.find(ds.text) for ds in doc.record.data_sources}
    out: dict[int, str] = {}
    for m in re.finditer(rf"[{CIRCLED}]", doc.text):
        ids = markers.get(m.group())
        if not ids or any(starts[i] - 2 <= m.start() <= starts[i] for i in ids):
            continue
        after = [i for i in ids if starts[i] > m.start()]
        chosen = after[0] if after else ids[-1]
        if chosen in notes:
            out[m.start()] = chosen
    return out
