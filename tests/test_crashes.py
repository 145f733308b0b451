"""Inputs that used to end a whole batch with a traceback: each is now handled in its stage."""

import pytest
from pyoxigraph import Literal, NamedNode, Store

from npf_graph.ingest.load import load_bytes
from npf_graph.ingest.segment import heading_level
from npf_graph.models import DocumentRecord, Reference, Source
from npf_graph.pipeline import extract_file, run
from npf_graph.rdf.mapping import record_quads
from npf_graph.rdf.terms import url_term


@pytest.mark.parametrize("line", ["#", "# ", "##", "###   ", "# #", "## # #"])
def test_a_line_of_only_hashes_is_no_heading(tmp_path, line):
    assert heading_level(line) is None
    path = tmp_path / "a.md"
    path.write_text(f"正文第一段。\n{line}\n正文第二段。\n", encoding="utf-8")
    rec = extract_file(path)
    assert rec.sections == []
    assert "正文第二段。" in [c.text for c in rec.claims]


def test_html_h2_and_h3_headings_become_sections_at_their_words():
    page = (
        "<html><body><h2>标题一</h2><p>新质生产力是当代先进生产力。</p><h3>小节</h3><p>要推动创新。</p></body></html>"
    )
    src = load_bytes(page.encode("utf-8"), "p.html")
    assert "## 标题一" in src.readable.text and "### 小节" in src.readable.text
    rec = run(src)
    assert [(s.title, s.level) for s in rec.sections] == [("标题一", 2), ("小节", 3)]
    for sec in rec.sections:
        assert page[sec.span[0] : sec.span[1]] == sec.title


@pytest.mark.parametrize(
    ("url", "term"),
    [
        ("http://example.com/a]b", NamedNode("http://example.com/a%5Db")),
        ("http://example.com/a b.html", NamedNode("http://example.com/a%20b.html")),
        ('http://example.com/"q"<x>', NamedNode("http://example.com/%22q%22%3Cx%3E")),
        ("http://example.com/\x01bell", NamedNode("http://example.com/%01bell")),
        ("https://data.worldbank.org/2023", NamedNode("https://data.worldbank.org/2023")),
        ("http://www.gov.cn/zhengce/新质生产力.htm", NamedNode("http://www.gov.cn/zhengce/新质生产力.htm")),
        ("www.example.com/x", Literal("www.example.com/x")),
        ("http://a,b.com/x", Literal("http://a,b.com/x")),
        ("http://[::1/x", Literal("http://[::1/x")),
    ],
)
def test_urls_become_valid_iris_or_literals(url, term):
    assert url_term(url) == term


def test_a_record_with_invalid_iri_urls_maps_and_loads_into_oxigraph():
    refs = [
        Reference(id=f"ref-{n}", raw=f"[{n}] 报告[EB/OL]. {url}", url=url, work_id=f"work-{n}", title=f"报告{n}")
        for n, url in enumerate(["http://example.com/a]b", "http://x.org/a b", "http://[bad", "ftp://x y"])
    ]
    rec = DocumentRecord(
        id="doc-0123456789abcdef",
        source=Source(path="x.txt", name="x.txt", sha256="0" * 64, media_type="text/plain", encoding="utf-8"),
        references=refs,
    )
    store = Store()
    store.extend(record_quads(rec, "2026-01-01T00:00:00+00:00"))
    pages = {str(q.object) for q in store.quads_for_pattern(None, NamedNode("http://xmlns.com/foaf/0.1/page"), None)}
    assert pages == {"<http://example.com/a%5Db>", "<http://x.org/a%20b>", '"http://[bad"', '"ftp://x y"'}
