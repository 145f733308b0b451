import re

import pytest
from helpers import corpus_file

from npf_graph.ingest.clean import clean
from npf_graph.ingest.offsets import MappedText
from npf_graph.ontology import word_frequencies
from npf_graph.validate import is_subsequence


def run(text: str):
    return clean(MappedText.identity(text), word_frequencies())


def codes(result) -> dict[str, str]:
    return {w.code: w.message for w in result.warnings}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # characters spaced out one by one (001)
        ("创 新 将 成 为 2024 年 塑 造 新 动 能 新 优 势 的 重 要 工\n", "创新将成为2024年塑造新动能新优势的重要工"),
        ("美 国 居 首 位， 中 国 紧 随 其 后。\n", "美国居首位，中国紧随其后。"),
        # two names on a byline keep their gap
        ("范从来 郑琼洁\n", "范从来 郑琼洁"),
        # spaces as thousands separators (002)
        ("核心产业规模达 6 710 亿元。\n", "核心产业规模达6710亿元。"),
        ("融资 1 500 亿美元。\n", "融资1500亿美元。"),
        # spaces around numbers and Latin words in Chinese text
        ("当时中国 GDP 总量占全球 GDP 总量的 32.3%[1]。\n", "当时中国 GDP 总量占全球 GDP 总量的32.3%[1]。"),
    ],
)
def test_inline_repairs(raw, expected):
    assert run(raw).text.rstrip("\n") == expected


def test_hard_line_breaks_are_joined_and_paragraphs_kept():
    raw = (
        "从历史逻辑看，新质生产力对近现代中国有\n\n着异乎寻常的含义。新质生产力中的“新”代表\n\n"
        "它与已有发展模式存在区别，其中的“质”代表\n\n强调品质和质量。\n\n"
        "（一）中国历史上的经济模式与 GDP 分析\n\n我们应该从历史中吸取经验教训，更好地理\n\n解“新质”的“质”。\n"
    )
    out = run(raw).text.split("\n")
    assert out[0].startswith("从历史逻辑看，新质生产力对近现代中国有着异乎寻常的含义。")
    assert out[0].endswith("强调品质和质量。")
    assert out[1] == "（一）中国历史上的经济模式与 GDP 分析"
    assert out[2] == "我们应该从历史中吸取经验教训，更好地理解“新质”的“质”。"


def test_english_lines_join_with_a_space():
    raw = (
        "Artificial Intelligence Empowering New Quality Productive Forces:\nMechanism of Action and Practical Path\n\n"
        "ZHOU Wen YANG Zheng-yuan\n\n"
        "Abstract: The new round of technological revolution is deeply intertwined with the great power\n"
        "game, and artificial intelligence, as a new general-purpose technology, has become a strategic choice for\n"
        "countries to promote the overall leap of productivity and a new focus of international competition.\n"
    )
    text = run(raw).text
    assert "great power game, and artificial intelligence" in text
    assert "Abstract: The new round" in text and "power\ngame" not in text


def test_running_heads_and_page_numbers_are_dropped_inside_a_sentence():
    body = "这将迫使中国加大自主研发的力度，以此突破西方的封锁。当然，西方不会坐视中国的崛起，自 {} 年起，加"
    raw = ""
    for n in range(4):
        raw += body.format(2018 + n) + "\n发展新质生产力的历史逻辑、理论逻辑与现实逻辑\n" + f"{12 + n}\n"
        raw += " 大了对中国的遏制和围堵。\n\n"
    result = run(raw)
    assert "理论逻辑与现实逻辑" not in result.text
    assert "加大了对中国的遏制和围堵。" in result.text
    assert codes(result)["cleaned_running_head"] == "4 running heads removed"
    assert codes(result)["cleaned_page_number"] == "4 page numbers removed"
    heads = [f for f in result.furniture if f.kind == "running_head"]
    assert heads[0].text == "发展新质生产力的历史逻辑、理论逻辑与现实逻辑"


def test_vertical_masthead_is_furniture():
    raw = "\n".join("特区实践与理论") + "\n\n" + "\n\n".join("二〇二四年") + "\n正文从这里开始，这是一个完整的句子。\n"
    result = run(raw)
    assert result.text.strip() == "正文从这里开始，这是一个完整的句子。"
    assert "".join(f.text for f in result.furniture if f.kind == "masthead") == "特区实践与理论二〇二四年"


def test_caption_inside_a_sentence_is_moved_after_it():
    raw = (
        "AI 技术的迭代演进不仅推动了新技术的诞生，还促使资本更早介入，科学研究的成果经过技术验\n\n"
        "图 2 创新链的转化\n\n"
        "证，其科学性和商业价值也随之得到评估和认可。\n"
    )
    lines = run(raw).text.rstrip("\n").split("\n")
    assert lines[0].endswith("科学研究的成果经过技术验证，其科学性和商业价值也随之得到评估和认可。")
    assert lines[1] == "图2创新链的转化"


def test_spam_tokens_are_found_statistically_in_the_web_article():
    raw = corpus_file("004").read_text(encoding="utf-8")
    result = run(raw)
    assert "包養" not in result.text and "養" not in result.text
    spam = [w.message for w in result.warnings if w.code == "spam_removed"]
    assert any("包養網" in m for m in spam)
    # words the tokens were pasted into are whole again
    assert "自下而上不可预测式涌现" in result.text
    assert "Sora" in result.text and "(2020年)" in result.text


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_no_spam_found_in_clean_documents(prefix):
    result = run(corpus_file(prefix).read_text(encoding="utf-8"))
    assert not [w for w in result.warnings if w.code == "spam_removed"]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_cleaned_character_comes_from_its_source_offset(prefix):
    raw = corpus_file(prefix).read_text(encoding="utf-8")
    mapped = run(raw).mapped
    for ch, off in zip(mapped.text, mapped.offsets, strict=True):
        assert ch == raw[off] or (ch.isspace() and (raw[off].isspace() or raw[off] in "<#"))
    # and every paragraph's text is found, in order, in the stretch its span points at
    pos = 0
    for para in mapped.text.split("\n"):
        if para.strip():
            start, end = mapped.source_span(pos, pos + len(para))
            assert is_subsequence(re.sub(r"\s", "", para), raw[start:end])
        pos += len(para) + 1


def test_full_width_punctuation_is_kept_in_text_and_folded_in_the_shadow():
    from npf_graph.ingest.chars import shadow

    text = run("数据要素市场（ＡＩ）：新質生產力。\n").text
    assert "（ＡＩ）：新質生產力" in text
    assert shadow(text).startswith("数据要素市场(AI):新质生产力。")
    assert len(shadow(text)) == len(text)


def test_warnings_count_what_was_repaired():
    result = run(corpus_file("001").read_text(encoding="utf-8"))
    found = codes(result)
    assert re.fullmatch(r"\d+ broken lines joined", found["cleaned_lines_joined"])
    assert int(found["cleaned_masthead"].split()[0]) >= 20
