import pytest
from helpers import corpus_file

from npf_graph.ingest.load import load_file
from npf_graph.ingest.segment import heading_level, split_sentences, tokenize
from npf_graph.pipeline import STAGES, new_doc


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("他说：“这是真的！”然后离开了。", ["他说：“这是真的！”", "然后离开了。"]),
        ("要坚持……你好？！好的；还有。", ["要坚持……你好？！", "好的；还有。"]),
        ("第一，推动开源化。第二，构建生态体系", ["第一，推动开源化。", "第二，构建生态体系"]),
        (
            "“科技创新是发展新质生产力的核心要素。”［4］人工智能作为驱动力。",
            ["“科技创新是发展新质生产力的核心要素。”", "［4］人工智能作为驱动力。"],
        ),
        (
            "The key is open source. Only then can we act! Done",
            ["The key is open source.", "Only then can we act!", "Done"],
        ),
    ],
)
def test_sentence_ends(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == sentences


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("一、历史逻辑", 1),
        ("（一）中国历史上的经济模式与 GDP 分析", 2),
        ("(三) 跨学科合作与深化", 2),
        ("1. 协同演化：扩散应用", 3),
        ("## 培育新质生产力,机遇与挑战并存", 2),
        ("# 探路新质生产力", 1),
        ("参考文献：", 1),
        ("一是开源创新的扩散应用显著加速了技术的普及。", None),
        ("第一，推动大语言模型的开源化。", None),
        ("2019，54（7）：14-29.", None),
    ],
)
def test_heading_levels(line, level):
    assert heading_level(line) == level


@pytest.fixture(scope="module")
def segmented():
    docs = {}
    for prefix in ("000", "001", "002", "003", "004"):
        doc = new_doc(load_file(corpus_file(prefix)))
        for stage in STAGES[:2]:
            doc = stage(doc)
        docs[prefix] = doc
    return docs


def test_sentence_counts_are_stable(segmented):
    counts = {k: len(d.seg.sentences) for k, d in segmented.items()}
    assert counts == {"000": 433, "001": 184, "002": 301, "003": 111, "004": 99}


def test_sections_of_the_sample_documents(segmented):
    titles = [s.title for s in segmented["000"].seg.sections]
    assert titles[:3] == ["一、新质生产力的新质态一：开源创新", "（一）开源创新的内涵", "（二）开源创新的两个基础逻辑"]
    assert "四、发展新质生产力的战略思考" in titles and titles[-1] == "参考文献"
    # a heading broken over two lines is joined again
    assert "（二）从历史中吸取经验，质的增长与结构的变化" in [s.title for s in segmented["001"].seg.sections]
    # unnumbered headings of a web article
    web = [s.title for s in segmented["004"].seg.sections]
    assert "创新模式新特征:人工智能技术创新自下而上不可预测式涌现" in web


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_no_sentence_crosses_a_heading(segmented, prefix):
    doc = segmented[prefix]
    heads = [(s.start, s.heading_end) for s in doc.seg.sections]
    for sent in doc.seg.sentences:
        for hs, he in heads:
            inside = sent.start <= hs < sent.end or sent.start < he <= sent.end
            assert not inside or (sent.start, sent.end) == (hs, he)
        assert "\n" not in doc.text[sent.start : sent.end]


def test_jieba_keeps_ontology_terms_whole():
    text = "发展新质生产力需要耐心资本，健全新型举国体制，开展“人工智能+”行动。"
    tokens = [text[s:e] for s, e in tokenize(text)]
    for term in ("新质生产力", "耐心资本", "新型举国体制", "人工智能+"):
        assert term in tokens


def test_document_tokens_keep_concepts_whole(segmented):
    doc = segmented["003"]
    words = {doc.text[s:e] for s, e in doc.tokens()}
    assert {"新质生产力", "现代化产业体系", "人工智能+", "战略性新兴产业"} <= words
    assert "".join(doc.text[s:e] for s, e in doc.tokens()) == doc.text
