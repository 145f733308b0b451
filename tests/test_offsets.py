"""Property tests: cleaning keeps an exact map back to the source."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from npf_graph.ingest.clean import clean
from npf_graph.ingest.offsets import MappedText
from npf_graph.ontology import word_frequencies
from npf_graph.validate import is_subsequence

# real fragments of the sample corpus, glued together with the damage PDFs and pages do
FRAGMENTS = [
    "新质生产力是以人工智能为核心技术的先进生产力",
    "人工智能技术作为一项通用技术，",
    "将引领人类各方面技术出现颠覆性的创新。",
    "美 国 居 首 位， 中 国 紧 随 其 后。",
    "截至 2023 年 6 月，来自美国的独角兽企业有 131 家，占全球 45%",
    "核心产业规模达 6 710 亿元",
    "（一）中国历史上的经济模式与 GDP 分析",
    "发展新质生产力的历史逻辑、理论逻辑与现实逻辑",
    "Artificial Intelligence Empowering New Quality Productive Forces:",
    "[1] 刘伟 . 新时代中国特色社会主义政治经济学探索 [M]. 北京：北京大学出版社，2021.",
    "12",
    "①数据来源：国家统计局，《中华人民共和国 2023 年国民经济和社会发展统计公报》",
]
SEPARATORS = ["\n", "\n\n", " ", "\r\n", "\u3000", "", "\n \n"]

documents = st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), min_size=1, max_size=40).map(
    lambda parts: "".join(a + b for a, b in parts)
)


@settings(max_examples=150, deadline=None)
@given(documents)
def test_cleaned_characters_map_to_equal_source_characters(raw):
    mapped = clean(MappedText.identity(raw), word_frequencies()).mapped
    for ch, off in zip(mapped.text, mapped.offsets, strict=True):
        assert 0 <= off < len(raw)
        assert ch == raw[off] or (ch.isspace() and raw[off].isspace())


@settings(max_examples=150, deadline=None)
@given(documents, st.data())
def test_any_stretch_of_a_cleaned_paragraph_is_found_at_its_source_span(raw, data):
    """Within a paragraph the text keeps source order (moved headings and footnotes are
    paragraphs of their own), so any stretch of it is a subsequence of its source span."""
    mapped = clean(MappedText.identity(raw), word_frequencies()).mapped
    if not mapped.text.strip():
        return
    start = data.draw(st.integers(0, len(mapped.text) - 1))
    line_end = mapped.text.find("\n", start)
    line_end = len(mapped.text) if line_end < 0 else line_end
    if line_end == start:
        return
    end = data.draw(st.integers(start + 1, line_end))
    s, e = mapped.source_span(start, end)
    piece = re.sub(r"\s", "", mapped.text[start:end])
    assert is_subsequence(piece, raw[s:e])


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_cleaning_never_raises_on_junk(raw):
    mapped = clean(MappedText.identity(raw), word_frequencies()).mapped
    assert len(mapped.text) == len(mapped.offsets)


@given(st.text(min_size=1, max_size=50), st.data())
def test_compose_maps_through_two_edits(raw, data):
    outer = MappedText.build((ch, i) for i, ch in enumerate(raw) if i % 2 == 0)
    if not outer.text:
        return
    keep = data.draw(st.lists(st.integers(0, len(outer.text) - 1), unique=True).map(sorted))
    inner = MappedText.build((outer.text[i], i) for i in keep)
    both = outer.compose(inner)
    assert all(raw[off] == ch for ch, off in zip(both.text, both.offsets, strict=True))
