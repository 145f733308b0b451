"""Keyword lines as the conversion leaves them: separators lost, labels run on (excerpts of real papers)."""

from __future__ import annotations

from pathlib import Path

from helpers import extract_text as _extract

from npf_graph.extract.keyword_split import split_glued_english, split_glued_keywords

ABSTRACT = (
    "摘要：以纳米电子学领域为例，识别突破性创新。基于专利引用的被引科学知识，测度主题突变，"
    "以突变程度刻画突破性创新的出现。本文讨论突破性创新与纳米电子学的关系。"
)


def test_keywords_glued_together_are_cut_into_the_terms_the_paper_uses(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 基于被引科学知识主题突变的突破性创新识别\n\n张金柱\n\n"
        + ABSTRACT
        + "\n\n关键词：突破性创新被引科学知识主题突变突变程度纳米电子学\n\n"
        "Keywords: Radical innovationScientific knowledge cited in patentsTopic mutation\n\n# 1 引言\n\n"
        + ABSTRACT
        + "\n",
    )
    assert record.keywords == ["突破性创新", "被引科学知识", "主题突变", "突变程度", "纳米电子学"]
    assert record.keywords_en == ["Radical innovation", "Scientific knowledge cited in patents", "Topic mutation"]


def test_a_long_keyword_the_paper_uses_whole_stays_whole() -> None:
    text = "摘要：本文用动态空间杜宾面板模型估计信息消费的空间相关性。动态空间杜宾面板模型表明……"
    words = ["信息消费", "空间相关性", "动态空间杜宾面板模型"]
    assert split_glued_keywords(words, text + "关键词：信息消费；空间相关性；动态空间杜宾面板模型", "") == words


def test_a_run_no_cut_explains_stays_as_printed() -> None:
    line = "统计拓扑流体力学"
    assert split_glued_keywords([line], "摘要：手性湍流的统计描述。", line) == [line]


def test_an_abbreviation_in_brackets_stays_with_its_keyword() -> None:
    text = "摘要：海洋生态系统与滨海生态系统的管理。基于生态系统的管理方法(EBM)与陆海统筹。"
    line = "海洋生态系统滨海生态系统基于生态系统的管理方法(EBM)陆海统筹"
    assert split_glued_keywords([line], text + "\n关键词：" + line, line) == [
        "海洋生态系统",
        "滨海生态系统",
        "基于生态系统的管理方法(EBM)",
        "陆海统筹",
    ]


def test_english_keywords_are_cut_where_the_case_changes_only_on_a_line_without_separators() -> None:
    assert split_glued_english(["Web serviceTopic modelClusteringDiscovery"]) == [
        "Web service",
        "Topic model",
        "Clustering",
        "Discovery",
    ]
    assert split_glued_english(["Radical innovationScientific knowledge"]) == [
        "Radical innovation",
        "Scientific knowledge",
    ]
    assert split_glued_english(["CiteSpace WeChat"]) == ["CiteSpace WeChat"]
    assert split_glued_english(["TheLoess Plateau", "Ecosystem services"]) == ["TheLoess Plateau", "Ecosystem services"]


def test_a_keyword_that_starts_like_a_funding_label_is_kept(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 基金资助中的随机机制\n\n张三\n\n摘要：本文讨论基金资助的同行评议与随机机制。\n\n"
        "关键词：基金资助；同行评议；随机机制；预选 分类号：G31\n\n# 1 引言\n\n正文。\n",
    )
    assert record.keywords == ["基金资助", "同行评议", "随机机制", "预选"]


def test_english_keywords_in_sentence_case_cut_to_the_number_of_chinese_ones() -> None:
    line = ["Topic detection User-Generated ContentsTopic coverage Food mining"]
    assert split_glued_english(line, 4) == [
        "Topic detection",
        "User-Generated Contents",
        "Topic coverage",
        "Food mining",
    ]
    assert split_glued_english(line) == ["Topic detection User-Generated Contents", "Topic coverage Food mining"]
    title_case = ["Patent Classification Document VectorTopic Model Vector Classifier Integration"]
    assert len(split_glued_english(title_case, 4)) == 2  # no sign where each keyword starts: kept as cut


def test_english_keywords_after_a_line_number_or_a_bracketed_label_inside_the_line(tmp_path: Path) -> None:
    rec = _extract(
        tmp_path,
        "# 基于参数化的网架结构设计\n\n张三\n\n【摘要】研究网架结构。\n\n"
        "【关键词】：Revit；Dynamo；参数化；网架结构【Keywords】:Revit；Dynamo；Parameterization；Grid structure中图分类号：TU391\n\n"
        "# 1 引言\n\n网架结构广泛使用。\n",
    )
    assert rec.keywords == ["Revit", "Dynamo", "参数化", "网架结构"]
    assert rec.keywords_en == ["Revit", "Dynamo", "Parameterization", "Grid structure"]
    numbered = "".join(f"{k} 正文第{k}行，葡萄糖代谢。\n" for k in range(1, 25))
    rec = _extract(
        tmp_path, numbered + "25 Abstract: Glucose plays a role.\n26 Key words: swine; metabolizable nutrition\n"
    )
    assert rec.keywords_en == ["swine", "metabolizable nutrition"]
