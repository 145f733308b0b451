"""Keyword lines as the conversion leaves them: separators lost, labels run on (excerpts of real papers)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import extract_text as _extract

from npf_graph.extract.english_keywords import split_glued_english
from npf_graph.extract.keyword_split import split_glued_keywords

ABSTRACT = (
    "摘要：以纳米电子学领域为例，识别突破性创新。基于专利引用的被引科学知识，测度主题突变，"
    "以突变程度刻画突破性创新的出现。本文讨论突破性创新与纳米电子学的关系。"
)


def _front_page(chinese: str, english_line: str = "", abstract: str = "研究。") -> str:
    """A paper's front page with the Chinese keyword line `chinese` and, under an English abstract, the
    English keyword line `english_line` (its label included)."""
    english = f"Abstract: A study.\n\n{english_line}\n\n" if english_line else ""
    return f"# 题名\n\n张三\n\n摘要：{abstract}\n\n关键词：{chinese}\n\n{english}# 1 引言\n\n正文。\n"


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


@pytest.mark.parametrize(
    ("line", "keywords"),
    [
        ("关键词：基金资助；同行评议；随机机制；预选 分类号：G31", ["基金资助", "同行评议", "随机机制", "预选"]),
        (  # a subject classification code glued on after the last keyword
            "关键词表观遗传调控，冷冻电镜，核小体，染色质学科分类号Q6-33，Q34",
            ["表观遗传调控", "冷冻电镜", "核小体", "染色质"],
        ),
        (  # the label's first character lost, the CLC label glued on
            "键词：农田；作物轮作；休耕；江西省中图分类号：S-01 文献标识码：A",
            ["农田", "作物轮作", "休耕", "江西省"],
        ),
    ],
)
def test_keywords_keep_a_word_like_a_label_and_end_at_a_subject_code(
    tmp_path: Path, line: str, keywords: list[str]
) -> None:
    record = _extract(
        tmp_path,
        f"# 基金资助中的随机机制\n\n张三\n\n摘要：本文讨论基金资助的同行评议。\n\n{line}\n\n# 1 引言\n\n正文。\n",
    )
    assert record.keywords == keywords


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


def test_english_keywords_in_lower_case_cut_inside_the_words_they_were_glued_into(tmp_path: Path) -> None:
    abstract_en = (
        "Abstract: Science and technology think tanks help public decision-making. This paper explores "
        "technological innovation governance, the policy of science and technology, think tank construction "
        "and the national innovation system."
    )
    record = _extract(
        tmp_path,
        "# 科技智库的使命与发展路径\n\n张三\n\n摘要：科技智库服务科技创新治理与科技政策，推动智库建设与创新体系。\n\n"
        "关键词：科技智库；科技创新治理；科技政策；智库建设；创新体系\n\n" + abstract_en + "\n\n"
        "Keywords: science and technology think tanktechnological innovation governance science and technology "
        "policythink tank constructioninnovation system\n\n# 1 引言\n\n正文。\n",
    )
    # a separator lost without a trace ('governance science'): cut to the number of Chinese keywords
    assert record.keywords_en == [
        "science and technology think tank",
        "technological innovation governance",
        "science and technology policy",
        "think tank construction",
        "innovation system",
    ]


OPEN_ACCESS = "open accessjournal evaluationjournal qualityopennessservice capability"
OPEN_ACCESS_TEXT = "Open access journals: their evaluation, journal quality, openness and service capability."


@pytest.mark.parametrize(
    ("line", "expected", "text", "keywords"),
    [
        (  # three keywords glued in one word, each part a word the paper prints
            OPEN_ACCESS,
            5,
            OPEN_ACCESS_TEXT,
            ["open access", "journal evaluation", "journal quality", "openness", "service capability"],
        ),
        (OPEN_ACCESS, 5, "", [OPEN_ACCESS]),  # no word of the paper to cut by
        (OPEN_ACCESS, 1, OPEN_ACCESS_TEXT, [OPEN_ACCESS]),  # one keyword expected: nothing glued
        (  # no keyword ends with 'the'
            "the Brookings Institution think tank",
            2,
            "",
            ["the Brookings Institution think tank"],
        ),
        (  # a space lost inside a keyword, where the paper prints the two words side by side; a hyphenated word
            "innovation-drivenmultiple innovation laborscientometricsmappingknowledge domain",
            4,
            "Innovation-driven growth needs multiple innovation labor. Scientometrics and mapping knowledge domain.",
            ["innovation-driven", "multiple innovation labor", "scientometrics", "mapping knowledge domain"],
        ),
    ],
)
def test_english_keywords_cut_by_the_words_the_paper_prints(
    line: str, expected: int, text: str, keywords: list[str]
) -> None:
    assert split_glued_english([line], expected, text) == keywords


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


def test_english_keywords_at_the_end_of_the_abstracts_paragraph(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 基于非线性渐变累计函数的线积分卷积算法\n\n王明\n\n摘要：线积分卷积生成的纹理反映矢量场的方向结构。\n\n"
        "关键词：线积分卷积；矢量场；场强；可视化；累计函数\n\n"
        "Abstract:The texture revealed by line integral convolution reflects the directional structure of the "
        "vector field. The results show the global information of the vector field better. Key words: line integral "
        "convolution; vector field; intensity; visualization; cumulative function\n\n# 0 引言\n\n矢量场可视化。\n",
    )
    assert record.keywords_en == [
        "line integral convolution",
        "vector field",
        "intensity",
        "visualization",
        "cumulative function",
    ]


def test_english_keywords_end_where_the_first_authors_address_runs_on(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 全科医生胜任力培训研究\n\n李明\n\n摘要：探讨全科医生胜任力培训的效果。\n\n关键词：全科医生；胜任力；培训\n\n"
        "Key wordsgeneral practitioner; competence; training First-author’ s addressGongli Hospital of Shanghai "
        "Pudong New Area, Shanghai, 2OO135, China\n\n# 1 对象与方法\n\n正文。\n",
    )
    assert record.keywords_en == ["general practitioner", "competence", "training"]


def test_english_keywords_never_take_the_chinese_body_run_on_after_them(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 科研评价视角下的科技人物报道分析\n\n刘晓娟\n\n摘要：分析科技人物报道。\n\n关键词：科技人物报道；科研评价\n\n"
        "Keywords: science and technology figure reportsresearch evaluation research achievementsevaluation criteria\n\n"
        "# 1引言\n\n科技进步推动国家与社会的发展，科研人员是科技创新的核心力量，在不同的学科领域开展基础研究、应用研究和开发研究。\n",
    )
    assert not any(re.search(r"[\u4e00-\u9fff]", word) for word in record.keywords_en)


def test_english_keywords_glued_into_a_line_too_long_for_one_keyword() -> None:
    from npf_graph.extract.frontmatter import _keyword_line

    text = (
        "关键词：突破性创新被引科学知识主题突变突变程度纳米电子学\n\n"
        "Keywords: Radical innovationScientific knowledge cited in patentsTopic mutationMutation rate Nano electronics\n"
    )
    chinese = ["突破性创新", "被引科学知识", "主题突变", "突变程度", "纳米电子学"]
    assert _keyword_line(text, "keywords_en", chinese) == [
        "Radical innovation",
        "Scientific knowledge cited in patents",
        "Topic mutation",
        "Mutation rate",
        "Nano electronics",
    ]


@pytest.mark.parametrize(
    ("body", "keywords"),
    [
        (  # the label run on after the abstract's last sentence, no colon
            "# 多语言包装对旅游商品选择的影响\n\n王明\n\n摘 要多语言包装策略被广泛应用于促进旅游商品的销售。"
            "本研究为旅游商品营销提供重要参考。关键词语言包装策略，旅游商品，选择通达模型，同化效应分类号B849\n\n"
            "# 1 引言\n\n以往研究的关键词分析表明，语言线索会影响选择。\n",
            ["语言包装策略", "旅游商品", "选择通达模型", "同化效应"],
        ),
        (  # the list ends where the citation format runs on
            "# 基于公益事业的第二代数字货币原理分析\n\n王明\n\n摘要：本文分析了数字货币的原理与交易成本。\n\n"
            "关键词：NFT，数字货币，科斯定理，框架理论引用格式 基于公益事业的第二代数字货币原理分析．自动化学报，"
            "20XX，XX(X):X—X\n\n# 1 引言\n\n数字货币。\n",
            ["NFT", "数字货币", "科斯定理", "框架理论"],
        ),
        (  # the word in prose, with no list after it
            "# 多语言包装对旅游商品选择的影响\n\n王明\n\n# 1 引言\n\n本研究很重要。关键词分析表明语言线索会影响选择。\n",
            [],
        ),
        (  # the label with its colon run on after the abstract, the words apart by spaces only
            "# 论咨政报告的质量及其保障\n\n李清刚\n\n摘要：[目的/意义]保障咨政报告的质量具有重要意义。"
            "[结果/结论]营造风清气正的学术氛围。关键词：咨政报告 质量 个案  \n分类号：C931\n\n# 1 引言\n\n正文。\n",
            ["咨政报告", "质量", "个案"],
        ),
        (  # semicolons read as colons
            "# 鄱阳湖生态经济区生态系统服务价值预测\n\n王明\n\n摘要：预测了生态系统服务价值。\n\n"
            "关键词：生态系统服务价值：土地利用结构：灰色预测模型：驱动力\n\n# 1 引言\n\n正文。\n",
            ["生态系统服务价值", "土地利用结构", "灰色预测模型", "驱动力"],
        ),
        (  # a long keyword over as many English ones: no run of several glued
            "# 饲料添加剂中赖氨酸含量近红外速测方法研究\n\n李守学\n\n摘要：为了探讨近红外光谱技术快速定量分析的可行性。\n\n"
            "关键词：赖氨酸；速测模型；竞争性自适应重加权算法中图分类号：Q517\n\n"
            "Keywords: lysine; rapid determination model; CARS\n\n# 1 引言\n\n本文用竞争性自适应的重加权算法选出波长。\n",
            ["赖氨酸", "速测模型", "竞争性自适应重加权算法"],
        ),
        (  # a colon after the word in a sentence that goes on is no label
            "# 多语言包装对旅游商品选择的影响\n\n王明\n\n# 1 引言\n\n本研究很重要。关键词：语言线索会影响选择。后文再议。\n",
            [],
        ),
    ],
)
def test_chinese_keywords_run_on_or_cut_short(tmp_path: Path, body: str, keywords: list[str]) -> None:
    assert _extract(tmp_path, body).keywords == keywords


@pytest.mark.parametrize(
    ("line", "chinese", "text", "keywords"),
    [
        (  # lower case, spaces only: lengths follow the Chinese ones; a pair the paper prints stays whole
            "think tank law responsibility and obligation",
            ["智库", "法律", "责任义务"],
            "US think tanks act within the law.",
            ["think tank", "law", "responsibility and obligation"],
        ),
        (  # no keyword ends with 'and' or 'of', nor begins with them
            "think tank construction strategy management scientific decision-making civil and military integration",
            ["智库建设", "战略管理", "科学决策", "军民融合"],
            "Abstract: The paper studies think tank construction for decisions of the state.",
            [
                "think tank construction",
                "strategy management",
                "scientific decision-making",
                "civil and military integration",
            ],
        ),
        (  # fewer English keywords printed than Chinese ones, each begun with a capital: kept as cut
            "Radical innovationScientific knowledge cited in patentsTopic mutation",
            ["突破性创新", "被引科学知识", "主题突变", "突变程度", "纳米电子学"],
            "",
            ["Radical innovation", "Scientific knowledge cited in patents", "Topic mutation"],
        ),
        (  # one Chinese keyword: nothing to cut to
            "think tank construction strategy management",
            ["智库建设"],
            "",
            ["think tank construction strategy management"],
        ),
    ],
)
def test_english_keywords_printed_with_spaces_only_cut_as_many_as_the_chinese_ones(
    line: str, chinese: list[str], text: str, keywords: list[str]
) -> None:
    from npf_graph.extract.frontmatter import _keyword_line

    assert _keyword_line(text + "\n\nKeywords: " + line + "\n", "keywords_en", chinese) == keywords


@pytest.mark.parametrize(
    ("abstract_end", "keywords"),
    [
        (  # the label glued to the first keyword
            "…to such disasters. Keywordssudden man-made disaster,psychological crisis, psychological assistance",
            ["sudden man-made disaster", "psychological crisis", "psychological assistance"],
        ),
        (
            "…should not be set too high. Key wordssolar water pump; regenerative double piston pump; solar engine",
            ["solar water pump", "regenerative double piston pump", "solar engine"],
        ),
        (  # no colon, a list after the label
            "…rather than a simulation process. Keywords action understanding; chasing action; context",
            ["action understanding", "chasing action", "context"],
        ),
        (  # no colon, a list by commas to the line's end
            "…to guide their creative ability. Key words Malevolent creativity, Resilience, Coping style, Stress,Adolescent",
            ["Malevolent creativity", "Resilience", "Coping style", "Stress", "Adolescent"],
        ),
        (  # a sentence about keywords is no label
            "…the topics were found. Keywords are extracted with TF-IDF, then clustered.",
            [],
        ),
        (  # a bracketed label run on after the abstract's last sentence
            "…potential biomarkers of the two. [Keywords] LC-MS; mild acute pancreatitis; metabolomics",
            ["LC-MS", "mild acute pancreatitis", "metabolomics"],
        ),
        (  # on its own line, its K misread as a bracket
            ".\n\n(ey words: complex network; modularity; community detection",
            ["complex network", "modularity", "community detection"],
        ),
        (  # on its own line, one letter of the label lost
            ".\n\nKeywors: Cultivated land; Grain security;Ecological supply",
            ["Cultivated land", "Grain security", "Ecological supply"],
        ),
        (  # a sentence that starts with a bracket and a word like the label is no label
            ".\n\n(eye words are short) the gaze moves; the eye rests",
            [],
        ),
    ],
)
def test_english_keywords_labelled_at_the_abstracts_end_without_a_colon(
    tmp_path: Path, abstract_end: str, keywords: list[str]
) -> None:
    record = _extract(
        tmp_path,
        "# 突发人为灾难的心理危机与干预\n\n张三\n\n摘要：本文综述突发人为灾难后的心理反应与干预。\n\n"
        "关键词：突发人为灾难；心理危机；心理援助\n\nAbstract: Man-made disasters are unpredictable"
        + abstract_end
        + "\n\n# 1 引言\n\n正文。\n",
    )
    assert record.keywords_en == keywords


@pytest.mark.parametrize(
    "line",
    [
        "{关键词】绿色运维;建筑信息模型;逆向设计",
        "(关键词】绿色运维；建筑信息模型；逆向设计【中图分类号】TU17",
        "1关键词：绿色运维；建筑信息模型；逆向设计",
        "关健词：绿色运维；建筑信息模型；逆向设计",  # the label misprinted
        "【关键词】绿色运维；建筑信息模型；逆向设计 Investigation on the level of green operation in buildings",
    ],
)
def test_chinese_keywords_after_a_garbled_bracket_or_a_glued_line_number(line: str) -> None:
    from npf_graph.extract.frontmatter import _keyword_line

    text = "# 建筑运维\n\n张三\n\n摘要：研究建筑运维。\n\n" + line + "\n\n# 1 引言\n\n正文。\n"
    assert _keyword_line(text, "keywords") == ["绿色运维", "建筑信息模型", "逆向设计"]


@pytest.mark.parametrize(
    ("chinese", "english", "keywords"),
    [
        # the K of the label lost
        (
            "链路泛洪攻击；Openflow信道；Renyi熵；主动防御",
            "ey words: link-flooding attack; Openflow channel; Renyi entropy; active defense",
            ["link-flooding attack", "Openflow channel", "Renyi entropy", "active defense"],
        ),
        (  # the K read as a colon
            "合成孔径声纳；距离多普勒成像；并行计算；图形处理器",
            ":ey Words: synthetic aperture sonar; range Doppler algorithm; parallel computing; GPU",
            ["synthetic aperture sonar", "range Doppler algorithm", "parallel computing", "GPU"],
        ),
        # a colon for a semicolon, where the Chinese line holds one keyword more
        (
            "幽门螺杆菌；四联治疗；胃肠道微生态",
            "【Key words】Helicobacter pylori; quadruple therapy: gastrointestinal microecology.",
            ["Helicobacter pylori", "quadruple therapy", "gastrointestinal microecology"],
        ),
        (
            "心理治疗；认知疗法",
            "Key words: psychotherapy; cognitive therapy: a review",
            ["psychotherapy", "cognitive therapy: a review"],
        ),
        # the label glued to a first keyword in capitals; the CLC label garbled after the last Chinese one
        (
            "干细胞；分离鉴定；血液中国分类号：S816 文献标识码：A",
            "KeywordStem cell; Isolation and Identification; Blood",
            ["Stem cell", "Isolation and Identification", "Blood"],
        ),
        # 'Kev words' at the abstract's end, colons for semicolons, as many as the Chinese keywords
        (
            "双壳贝类；营养需求；人工饵料",
            "The feeds of bivalve mollusks. Kev words: bivalve mollusks: nutritional requirements: artificial feed",
            ["bivalve mollusks", "nutritional requirements", "artificial feed"],
        ),
        (  # full stops for semicolons, one of them with its space lost
            "时间标定方法、标定系统搭建、光纤束批量测试",
            "Keywords: Time calibration method. Calibration system construction.Fiber bundle batch test",
            ["Time calibration method", "Calibration system construction", "Fiber bundle batch test"],
        ),
        (  # the optics subject codes after the last keyword
            "光热干涉；相位漂移；无源；正交工作点；混合频率调制",
            "Key words: photo-thermal interferometry;phase shifting; passive; quadrature workpoint; mixing frequency "
            "modulation OCIS c0des 260.3160; 280.1100; 280.3420",
            [
                "photo-thermal interferometry",
                "phase shifting",
                "passive",
                "quadrature workpoint",
                "mixing frequency modulation",
            ],
        ),
        # a short word in lower case glued to the next keyword's capital; a name in camel case stays whole
        (
            "知识需求；专家系统；推理规则；文本分析",
            "Keywords: Knowledge requirementExpert systemInference ruleText analysis",
            ["Knowledge requirement", "Expert system", "Inference rule", "Text analysis"],
        ),
        ("知识图谱；CiteSpace", "Keywords: Knowledge mapCiteSpace", ["Knowledge map", "CiteSpace"]),
        # a closing quotation mark glued to the next keyword
        (
            "一带一路 海外利益 安保",
            '[Keywords]"One Belt and One Road"Overseas interestsSecurity',
            ['"One Belt and One Road"', "Overseas interests", "Security"],
        ),
    ],
)
def test_english_keywords_under_a_damaged_label_or_with_damaged_separators(
    chinese: str, english: str, keywords: list[str]
) -> None:
    from npf_graph.extract.frontmatter import _keyword_line

    text = _front_page(chinese, english)
    assert _keyword_line(text, "keywords_en", _keyword_line(text, "keywords")) == keywords
    assert "血液中国" not in _keyword_line(text, "keywords")


def test_keywords_of_a_manuscript_that_numbers_its_lines() -> None:
    from npf_graph.extract.frontmatter import _keyword_line

    text = (
        "1 桑叶的营养价值及其在动物生产中的应用\n\n2 张三\n3 摘要：本文就桑叶的化学组成进行了综述。\n"
        "8 关键词：桑叶；化学组成；营养价值；应用；综述  \n9 中图分类号：S816 文献标识码：A\n"
        "10 Key words: mulberry leaves; chemical composition; nutritional value; application; review  \n"
        "11   \n12 # 1 引言\n13 正文。\n"
    )
    zh = _keyword_line(text, "keywords")
    assert zh == ["桑叶", "化学组成", "营养价值", "应用", "综述"]
    english = ["mulberry leaves", "chemical composition", "nutritional value", "application", "review"]
    assert _keyword_line(text, "keywords_en", zh) == english


def test_abstracts_under_their_labels_alone_on_a_line(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 数字报版面布局自动生成方法\n\n张三1 李四2\n\n1（杭州电子科技大学计算机学院 杭州310020）\n\n# 摘要：\n\n"
        "[目的]为解决排版人员手动制作报纸版面布局耗费大量时间成本问题，本文提出一种自动生成方法。\n\n"
        "[方法］本文方法结合贝叶斯网络推断和约束规划技术。\n\n关键词：数字报；版面布局\n\n"
        "# Automatic Generation Method of Digital Newspaper Layout\n\nAbstract:\n\n"
        "[Objective] To solve the problem that typesetters spend a lot of time on layout.\n\n"
        "[Methods] Bayesian network inference and constraint programming.\n\nKey words: digital newspaper; layout\n\n"
        "# 1 引言\n\n数字报的版面布局是报纸编辑的核心工作。\n",
    )
    assert record.abstract is not None and record.abstract.startswith("[目的]为解决")
    assert record.abstract.endswith("约束规划技术。")
    assert record.abstract_en is not None and record.abstract_en.startswith("[Objective]")
    assert record.abstract_en.endswith("constraint programming.")
    assert record.keywords == ["数字报", "版面布局"]


def test_an_english_byline_moved_under_the_abstract_label_is_no_part_of_the_abstract(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 语境促进与抑制对汉族和维吾尔族大学生词汇歧义消解的影响\n\n杨群1 张积家2\n\n（北京语言大学语言认知科学研究中心，北京100083）\n\n"
        "摘要：维吾尔语是一种与汉语不同的拼音文字。\n\n关键词：维吾尔族；词汇歧义消解\n\n"
        "# Effects of contextual facilitation and inhibitory reaction in lexical ambiguity resolution\n\n# Abstract\n\n"
        "YANG Qun1 ZHANG Jijia² FAN Conghui³   \n"
        "(Center for the Cognitive Science of Language,Beijing Language and Culture University,Beijing l0o083,China)   \n"
        "(²DepartmentofPsychology,Renmin Universityof China,Beijing 1O0872，China)\n\n"
        "Uyghur is a specific alphabetic language that differs from Chinese.\n\n"
        "Key words: the Uyghur nationality,lexical ambiguity resolution\n\n# 1前言\n\n词汇歧义消解是语言理解的重要环节。\n",
    )
    assert record.abstract_en == "Uyghur is a specific alphabetic language that differs from Chinese."


def test_an_abstract_inside_a_line_keeps_the_lines_it_wraps_onto_and_its_label_after_an_email(
    tmp_path: Path,
) -> None:
    numbered = _extract(
        tmp_path,
        "1 抗菌肽的作用机制、应用及改良策略  \n2 张三1，李四2  \n3 （1.南昌大学食品学院，南昌 330047）  \n"
        "4摘要：抗菌肽是一类具有抑菌活性的多肽物质，具有多种优点，包括安全无毒、抗菌谱广、  \n"
        "5 稳定性好、杀菌浓度低、分子质量小、致敏性弱等，成为了生物领域的研究热点之一。本文  \n"
        "6 介绍了抗菌肽的研究现状以及应用情况，并对应用前景进行了展望。  \n"
        "7 关键词：抗菌肽；抑菌活性；应用  \n8 中图分类号：S816.7  \n\n# 1 引言\n\n抗菌肽是一类多肽物质。\n",
    )
    assert numbered.abstract is not None and numbered.abstract.startswith("抗菌肽是一类具有抑菌活性")
    assert numbered.abstract.endswith("并对应用前景进行了展望。")
    assert "稳定性好" in numbered.abstract and "5 稳定性好" not in numbered.abstract  # its line number dropped
    assert numbered.keywords == ["抗菌肽", "抑菌活性", "应用"]
    glued = _extract(
        tmp_path,
        "# 母亲与癌共舞17年\n\n薛英利\n\n西安医学院医学语言与文化研究中心陕西西安710021\n\n"
        "通讯作者：薛英利 电话：029-86177552， Email: 1067303462@qq.com摘要：17年陪护母亲患癌照护体验与反思："
        "患癌个体与疾病抗争的过程就是在经历苦难、咀嚼生命的过程。\n\n"
        + "在母亲患癌17年的日日夜夜里，我有一个特殊的身份，癌症患者家属。\n\n"
        * 4,
    )
    assert glued.abstract == "17年陪护母亲患癌照护体验与反思：患癌个体与疾病抗争的过程就是在经历苦难、咀嚼生命的过程。"


def test_chinese_keywords_cut_to_as_many_as_the_english_line_holds_and_a_corresponding_author_run_on() -> None:
    from npf_graph.extract.frontmatter import _keyword_line

    text = (
        "# 合作创新网络中的知识传播\n\n张三\n\n摘要：本文研究虚拟社区中的知识传播，利用复杂网络方法分析合作创新。"
        "虚拟社区的成员交流促进了知识传播。\n\n关键词：合作创新 复杂网络 虚拟社区知识传播分类号：G250\n\n"
        "Abstract: A study.\n\nKeywords: Collaborative innovation Complex network Virtual communities Knowledge "
        "dissemination\n\n# 1 引言\n\n正文。\n"
    )
    zh = _keyword_line(text, "keywords")
    assert zh == ["合作创新", "复杂网络", "虚拟社区", "知识传播"]  # the English line's capitals tell four
    assert _keyword_line(text, "keywords_en", zh) == [
        "Collaborative innovation",
        "Complex network",
        "Virtual communities",
        "Knowledge dissemination",
    ]
    text = (
        "摘要：研究。\n\n关键词 多层次研究；聚合；组内一致性；组内信度通讯作者：朱海腾，E-mail: a@sina.com\n\n正文。\n"
    )
    assert _keyword_line(text, "keywords") == ["多层次研究", "聚合", "组内一致性", "组内信度"]


def test_a_chinese_line_that_kept_its_separators_is_not_cut_to_the_english_count() -> None:
    from npf_graph.extract.frontmatter import _keyword_line

    text = (
        "摘要：研究。\n\n关键词：建筑信息模型（BIM）；运维管理；应用现状与技术分析；研究趋势【中图分类号】TU17\n\n"
        "Key words: building information modeling; operation and maintenance; literature review; technical "
        "analysis; future\n\n正文。\n"
    )
    assert _keyword_line(text, "keywords") == ["建筑信息模型（BIM）", "运维管理", "应用现状与技术分析", "研究趋势"]


@pytest.mark.parametrize(
    ("line", "english", "keywords"),
    [
        (  # one English keyword more than the Chinese ones: the long one stays whole
            "风沙防治系统；平行智能；计算实验；植物措施；三维地理信息可视化",
            "windproof system；aeolian sand；parallel intelligence；computational experiment；vegetation planting；"
            "three-dimensional geographic scene visualization",
            ["风沙防治系统", "平行智能", "计算实验", "植物措施", "三维地理信息可视化"],
        ),
        (  # fewer English keywords than the Chinese line holds already
            "常绿阔叶林生态系统；长期监测与创新研究；碳汇功能；碳氮水耦合；森林与水",
            "evergreen broad-leaved forest; long-term monitoring; carbon sink",
            ["常绿阔叶林生态系统", "长期监测与创新研究", "碳汇功能", "碳氮水耦合", "森林与水"],
        ),
        (  # a colon between Chinese words where the rest kept their separators
            "轨迹模式：轨迹聚类；MDL原则；线段密度；扫描线算法 中图分类号：TP391",
            "trajectory pattern; trajectory clustering; mdl principle; line segment density; sweep line algorithm",
            ["轨迹模式", "轨迹聚类", "MDL原则", "线段密度", "扫描线算法"],
        ),
        (  # the first heading run on after the last keyword
            "荟萃分析,报告规范,可重复性,质量评价，开放式科学引言",
            "",
            ["荟萃分析", "报告规范", "可重复性", "质量评价", "开放式科学"],
        ),
        (  # an author's note and a statement run on after the last keyword
            "双眼协调；赫尔姆霍兹假设；自闭症谱系障碍作者：陈飞虎（1991-)，男，湖北襄阳人",
            "",
            ["双眼协调", "赫尔姆霍兹假设", "自闭症谱系障碍"],
        ),
        (  # the class number's label in its other wordings, run on after the last keyword
            "VIVO；语义网技术；本体知识库；干部信息管理系统中图法分类号：TP31 文献标识码：A",
            "",
            ["VIVO", "语义网技术", "本体知识库", "干部信息管理系统"],
        ),
        (
            "金银花提取物；围产期；奶牛；炎症；氧化应激；作用机制中文分类号：S816 文献标识码：A",
            "",
            ["金银花提取物", "围产期", "奶牛", "炎症", "氧化应激", "作用机制"],
        ),
        ("绩效压力，双刃剑效应，边界条件 图书分类号：C93", "", ["绩效压力", "双刃剑效应", "边界条件"]),
        (  # the paper's own citation run on in brackets
            "赫林法则，赫尔姆霍兹假设，滤波，情绪面孔，自闭症[心理学通讯，2018,1(3): 216-222 doi: 10.12100/j.issn]",
            "",
            ["赫林法则", "赫尔姆霍兹假设", "滤波", "情绪面孔", "自闭症"],
        ),
    ],
)
def test_long_chinese_keywords_between_kept_separators_and_notes_run_on(
    line: str, english: str, keywords: list[str]
) -> None:
    from npf_graph.extract.frontmatter import _keyword_line

    english_line = f"Key words: {english}" if english else ""
    text = _front_page(line, english_line, "本文用三维的地理信息做可视化，研究常绿阔叶林的生态系统。")
    assert _keyword_line(text, "keywords") == keywords


def test_an_abstract_a_page_broke_mid_sentence_goes_on_in_the_next_paragraph() -> None:
    from npf_graph.extract.frontmatter import _abstract_line

    text = (
        "# 开放式荟萃分析的规范化报告\n\n刘宇1，陈树钰²\n\n1清华大学心理学系，北京100084\n\n"
        "摘要：荟萃分析以量化方式综合实证研究结果。本文以国际学界广泛使用的系统综述和荟萃分析优先报告条目\n\n"
        "（PRISMA）以及开放式科学理念为基础，拟定《开放与可重复荟萃分析的报告清单》，为未来研究提供参考。\n\n"
        "关键词：荟萃分析,报告规范\n\n引言\n\n荟萃分析是针对某一领域的研究问题。\n" + "正文。" * 200
    )
    assert _abstract_line(text).endswith(
        "优先报告条目（PRISMA）以及开放式科学理念为基础，拟定《开放与可重复荟萃分析的报告清单》，为未来研究提供参考。"
    )
    ended = text.replace("优先报告条目\n\n", "优先报告条目。\n\n")  # a sentence ended: the next paragraph is no part
    assert _abstract_line(ended).endswith("优先报告条目。")
    keyed = text.replace("优先报告条目\n\n", "优先报告条目。关键词：荟萃分析；报告规范\n\n")  # the keywords end it
    assert _abstract_line(keyed).endswith("关键词：荟萃分析；报告规范")


def test_english_keywords_glued_where_the_paper_prints_only_one_of_the_two_words() -> None:
    from npf_graph.extract.frontmatter import _keyword_line

    english = (
        "Keywords: science and technology think tanktechnological innovation governance science and technology "
        "policythink tank constructioninnovation system"
    )
    text = _front_page("科技创新智库；科技创新治理；科技政策；智库建设；创新系统", english).replace(
        "Abstract: A study.",
        "Abstract: A think tank serves science and technology policy, its construction and innovation.",
    )
    assert _keyword_line(text, "keywords_en", _keyword_line(text, "keywords")) == [
        "science and technology think tank",
        "technological innovation governance",
        "science and technology policy",
        "think tank construction",
        "innovation system",
    ]
    # a suffix is no word: 'global' printed does not cut 'globalization'
    text = _front_page("智库；全球化；独立性", "Keywords: think tank globalizationindependence").replace(
        "Abstract: A study.", "Abstract: A think tank in a global world."
    )
    assert "global" not in _keyword_line(text, "keywords_en", _keyword_line(text, "keywords"))


@pytest.mark.parametrize(
    ("english", "keywords"),
    [
        (  # the paper's own citation run on after a space
            "acquired immunodeficiency syndrome；human immunodeficiency virus；disgnosis；treatment；guideline "
            "MedJPUMCH，2019,10(1）:0-0",
            [
                "acquired immunodeficiency syndrome",
                "human immunodeficiency virus",
                "disgnosis",
                "treatment",
                "guideline",
            ],
        ),
        (  # and in brackets, the journal's name in words
            "Herring's Law, Helmholtz Hypothesis, wave filtering, emotional face, autism [Psychological "
            "Communications, 2018, 1(3): 216-222]",
            ["Herring's Law", "Helmholtz Hypothesis", "wave filtering", "emotional face", "autism"],
        ),
        (  # the first heading's number and title run on
            "sun tracker; control; LAN; mode; Baidu Maps; script file0引言",
            ["sun tracker", "control", "LAN", "mode", "Baidu Maps", "script file"],
        ),
        (  # a lost character read as a question mark after the last keyword
            "plant diversity；soil physicalchemical properties ?",
            ["plant diversity", "soil physicalchemical properties"],
        ),
    ],
)
def test_english_keywords_end_before_a_citation_a_heading_or_a_lost_character_run_on(
    english: str, keywords: list[str]
) -> None:
    from npf_graph.extract.frontmatter import _keyword_line

    text = _front_page("艾滋病；诊断", f"Key words: {english}")
    assert _keyword_line(text, "keywords_en") == keywords
