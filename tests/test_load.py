import pytest
from pdfs import one_page_pdf

from npf_graph.errors import InputError, PdfError
from npf_graph.ingest.load import load_bytes, load_file

PAGE = """<!DOCTYPE html><html><head><title>站点</title><script>var x = "新质生产力";</script>
<style>p { color: red }</style></head><body>
<nav>首页 | 关于我们</nav>
<article><h1>新型举国体制与人工智能</h1>
<p>以新型举国体制推动人工智能技术创新，要改变以往单纯依靠国家指令性计划的做法&nbsp;。</p>
<p>企业创新生态系统&amp;有为政府</p></article>
<footer>版权所有</footer></body></html>"""


def test_html_main_text_without_scripts_or_navigation():
    src = load_bytes(PAGE.encode("utf-8"), "page.html")
    text = src.readable.text
    assert "以新型举国体制推动人工智能技术创新" in text
    assert "# 新型举国体制与人工智能" in text
    assert "var x" not in text and "首页" not in text and "版权所有" not in text and "color" not in text
    assert "企业创新生态系统&有为政府" in text


def test_html_offsets_point_into_the_markup():
    src = load_bytes(PAGE.encode("utf-8"), "page.html")
    mapped = src.readable
    start = mapped.text.index("企业创新生态系统")
    s, e = mapped.source_span(start, start + 8)
    assert src.text[s:e] == "企业创新生态系统"
    amp = mapped.text.index("&")
    s, e = mapped.source_span(amp, amp + 1)
    assert src.text[s:].startswith("&amp;")


def test_pdf_text_layer():
    src = load_bytes(one_page_pdf("New quality productive forces"), "paper.pdf")
    assert src.media_type == "application/pdf"
    assert "New quality productive forces" in src.text


def test_pdf_without_text_layer_is_a_clear_error():
    with pytest.raises(PdfError, match="no text layer"):
        load_bytes(one_page_pdf(None), "scan.pdf")


def test_broken_pdf_is_a_clear_error():
    with pytest.raises(PdfError, match="cannot read PDF"):
        load_bytes(b"%PDF-1.4\nthis is not a pdf at all", "broken.pdf")


def test_missing_folder_and_oversized_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        load_file(tmp_path)
    big = tmp_path / "big.txt"
    big.write_text("新质生产力。" * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="over the 100-byte limit"):
        load_file(big, max_bytes=100)
