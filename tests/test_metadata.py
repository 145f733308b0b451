"""Metadata of each sample document, checked field by field against what the files print."""

import pytest


def test_working_paper(records):
    r = records["000"]
    assert r.doc_type == "working_paper"
    assert r.title == "新质生产力的新质态及其发展战略"
    assert r.title_en == "The new qualitative forms of new quality productive forces and its development strategy"
    assert (r.venue, r.year, r.issue) == ("经济理论与经济管理", 2024, None)
    assert r.keywords == ["人工智能", "新质生产力", "开源创新", "生产关系"]
    assert r.keywords_en[0] == "Artificial Intelligence" and len(r.keywords_en) == 4
    assert r.abstract.startswith("发展新质生产力的关键是要认清新质生产力的新质态")
    assert r.abstract_en.startswith("The key to the development of new quality of productive forces")
    fan, zheng = r.authors
    assert (fan.name, fan.name_en, fan.email) == ("范从来", "FAN Conglai", "fancl@nju.edu.cn")
    assert fan.affiliations == ["南京大学长江三角洲经济社会发展研究中心"]
    assert (zheng.name, zheng.name_en, zheng.email) == ("郑琼洁", "ZHENG Qiongjie", "qiongjiezheng@126.com")
    assert zheng.affiliations == ["南京市社会科学院经济发展研究所", "江苏省扬子江创新型城市研究院"]
    assert [f.grant_id for f in r.funding] == ["23&ZD059"]
    assert r.funding[0].text.startswith("本文系国家自然科学基金重大项目")


def test_journal_article_with_vertical_masthead(records):
    r = records["001"]
    assert r.doc_type == "journal_article"
    # only a fragment of the title is printed on the page; the running head has it whole
    assert r.title == "发展新质生产力的历史逻辑、理论逻辑与现实逻辑"
    assert (r.venue, r.year, r.issue) == ("特区实践与理论", 2024, "2")
    assert [a.name for a in r.authors] == ["冯科"]
    assert r.authors[0].affiliations == ["北京大学经济学院金融系", "北京大学金融与产业发展研究中心"]
    assert r.title_en is None and r.keywords == [] and r.funding == []
    assert r.abstract.startswith("新质生产力以人工智能为核心")


def test_article_with_english_front_matter_only(records):
    r = records["002"]
    assert r.title is None  # no Chinese title is printed in the file
    assert r.title_en == (
        "Artificial Intelligence Empowering New Quality Productive Forces: Mechanism of Action and Practical Path"
    )
    assert [a.name_en for a in r.authors] == ["ZHOU Wen", "YANG Zheng-yuan"]
    assert "a new system for mobilizing resources nationwide" in r.keywords_en
    assert r.abstract.startswith("新一轮科技革命与大国博弈深度交织")


def test_bundle_of_commentaries(records):
    r = records["003"]
    assert r.doc_type == "think_tank_commentary"
    assert r.title == "探路新质生产力"
    assert r.title_en == "New / Quality / Productive / Forces"
    assert [(p.title, p.authors) for p in r.parts] == [
        ("以新质生产力助力现代化产业体系建设", ["刘亮"]),
        ("培育新质生产力与发展民营经济良性互促", ["沈开艳"]),
        ("人工智能将成发展新质生产力重要引擎", ["殷德生"]),
    ]
    affs = {a.name: a.affiliations for a in r.authors}
    assert affs == {
        "刘亮": ["上海社会科学院应用经济研究所"],
        "沈开艳": ["上海社会科学院经济研究所"],
        "殷德生": ["华东师范大学经济与管理学院", "上海市习近平新时代中国特色社会主义思想研究中心"],
    }
    assert r.venue is None
    assert r.year == 2024  # estimated: the latest full-year figure is for 2023
    assert any(w.code == "year_estimated" for w in r.warnings)


def test_web_article_has_no_invented_fields(records):
    r = records["004"]
    assert r.doc_type == "news_article"
    assert r.title is None and r.authors == [] and r.venue is None
    assert any(w.code == "spam_removed" for w in r.warnings)


def test_author_spans_point_at_the_names(records, sources):
    for key, rec in records.items():
        for a in rec.authors:
            if a.span:
                s, e = a.span
                assert sources[key][s:e].replace(" ", "") in (a.name, (a.name_en or "").replace(" ", ""))


CNKI_HEAD = """数字经济赋能新质生产力的机制研究
张三1，李四2
（1. 北京大学 经济学院，北京 100871；2. 清华大学 经济管理学院，北京 100084）
摘  要：数字经济通过数据要素赋能新质生产力。本文从理论上分析了其机制。
关键词：新质生产力；数字经济；数据要素
中图分类号：F49　　文献标识码：A　　文章编号：1000-0000（2024）03-0001-10
基金项目：国家社会科学基金重大项目（23&ZD001）
作者简介：张三（1985—），男，河北人，北京大学经济学院教授，研究方向：数字经济；李四（1990—），女，清华大学经济管理学院副教授。
一、引言
数字经济已经成为推动新质生产力发展的重要力量。
"""


def test_journal_head_with_numbered_affiliations():
    from npf_graph.ingest.load import load_bytes
    from npf_graph.pipeline import run

    r = run(load_bytes(CNKI_HEAD.encode("gb18030"), "cnki.txt"))
    assert r.title == "数字经济赋能新质生产力的机制研究"
    assert [(a.name, a.affiliations) for a in r.authors] == [
        ("张三", ["北京大学经济学院"]),
        ("李四", ["清华大学经济管理学院"]),
    ]
    assert r.keywords == ["新质生产力", "数字经济", "数据要素"]
    assert [f.grant_id for f in r.funding] == ["23&ZD001"]
    assert r.doc_type == "journal_article"


def _front(text: str):
    from npf_graph.ingest.load import load_bytes
    from npf_graph.pipeline import run

    return run(load_bytes(text.encode("utf-8"), "front.md"))


def test_one_bulleted_byline_is_a_paper_not_a_bundle_and_its_subtitle_line_is_clean():
    r = _front(
        "# 研究图书馆推进开放获取的战略与实践\n\n# 以国家科学图书馆为例\n\n■张晓林 刘细文 李麟曾燕 顾立平\n\n"
        "[摘要］从国家科学图书馆的角度提出了开放获取战略框架。\n\n[关键词］开放获取 开放出版[分类号］G255\n\n"
        "# 引言\n\n开放获取已成为学术交流的主流。\n"
    )
    assert (r.title, r.subtitle) == ("研究图书馆推进开放获取的战略与实践", "以国家科学图书馆为例")
    assert [a.name for a in r.authors] == ["张晓林", "刘细文", "李麟", "曾燕", "顾立平"]
    assert r.keywords == ["开放获取", "开放出版"] and r.clc == ["G255"] and not r.parts


def test_a_title_that_starts_with_a_column_word_and_an_english_title_over_its_abstract():
    r = _front(
        "# 专题专利预警平台建设方案研究与实践\n\n王丽1,2 丁迎杰1 吴鸣1\n1(中国科学院文献情报中心 北京 100190)\n\n"
        "摘要：制定专题专利预警平台建设方案。\n\n关键词：专题管理 专利预警\n\n# 1引言\n\n专利信息很重要。\n\n"
        "索引 名称 数据类型\n0 Detail URL doc url detail\n2 Abstract description abstract 明细 Abstract:\n\n"
        "# Building Subject-Based Early Warning System for Patents\n\nWang Li Ding Yingjie Wu Ming\n\n"
        "Abstract: [Objective] This paper proposes a system.\n"
    )
    assert r.title == "专题专利预警平台建设方案研究与实践"
    assert r.title_en == "Building Subject-Based Early Warning System for Patents"


def test_subtitles_on_their_own_line_and_run_on_without_their_dash():
    own_line = _front(
        "# 计算模型视角下信任形成的心理和神经机制\n\n# 基于信任博弈中投资者的角度\n\n高青林1² 周媛1.2\n\n"
        "(中国科学院心理研究所行为科学重点实验室，北京100101)\n\n摘 要人际信任渗透在社会交互的各个方面。\n"
    )
    assert (own_line.title, own_line.subtitle) == (
        "计算模型视角下信任形成的心理和神经机制",
        "基于信任博弈中投资者的角度",
    )
    run_on = _front(
        "# 学科化知识服务的型人研究以区域经济的学科竞争力分析为例\n\n顾立平(台湾大学图书资讯系，台湾台北10617)\n\n"
        "摘要：为扩展科学计量学的应用，分析了经济学论文。\n"
    )
    assert (run_on.title, run_on.subtitle) == ("学科化知识服务的型人研究", "以区域经济的学科竞争力分析为例")


def test_a_subtitle_line_with_the_byline_run_on_after_it_loses_the_names():
    r = _front(
        "# 基于新型智库的有机知识分子与服务地方发展\n\n——以“中国农村智库发展平台”为例刘晨’周晶²\n\n"
        "# 1澳门大学 澳门 999078；²华中师范大学 武汉 430079\n\n"
        "摘要：[目的/意义]本文主要从有机知识分子的角度来探讨新型智库该如何进行自我建设。\n\n"
        "关键词：知识分子；新型智库\n"
    )
    assert [a.name for a in r.authors] == ["刘晨", "周晶"]
    assert (r.title, r.subtitle) == ("基于新型智库的有机知识分子与服务地方发展", "以“中国农村智库发展平台”为例")


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        (
            "# 新型智库参与公共政策制定的制度化路径研究以公共权力为视角\n\n王红1，李明2\n\n"
            "(1.中国人民大学公共管理学院，北京100872)\n\n摘要：智库参与公共政策制定。\n",
            ("新型智库参与公共政策制定的制度化路径研究", "以公共权力为视角"),
        ),
        (
            "# 我国人均水资源量分布的俱乐部趋同研究基于扩展的马尔科夫链模型\n\n王红\n\n"
            "(中国科学院地理科学与资源研究所，北京100101)\n\n摘要：水资源分布。\n",
            ("我国人均水资源量分布的俱乐部趋同研究", "基于扩展的马尔科夫链模型"),
        ),
        (
            "# 论决策咨询制度的牵引与链接功能基于政智良性互动视角\n\n刘西忠\n\n"
            "江苏省哲学社会科学界联合会 南京 210004\n\n摘要：建立健全决策咨询制度。\n",
            ("论决策咨询制度的牵引与链接功能", "基于政智良性互动视角"),
        ),
        (
            "# 论咨政报告的质量及其保障一以D市X教育智库为个案\n\n李清刚\n\n华南师范大学 广州 510631\n\n摘要：质量。\n",
            ("论咨政报告的质量及其保障", "以D市X教育智库为个案"),
        ),
        (
            "# 坚持以人民为中心的高质量发展研究\n\n王红\n\n(中国人民大学，北京100872)\n\n摘要：发展。\n",
            ("坚持以人民为中心的高质量发展研究", None),
        ),
        (
            "# 基于政智良性互动视角的决策咨询制度研究\n\n王红\n\n(中国人民大学，北京100872)\n\n摘要：制度。\n",
            ("基于政智良性互动视角的决策咨询制度研究", None),
        ),
        (
            "# 正常老化对视觉早期注意的影响 来自ERP的证据\\*\n\n叶丽群¹谭欣」姚堃¹丁玉珑(华南师范大学心理学院，广州510631)\n\n"
            "摘 要选择性注意能够作用于视觉信息加工的不同阶段。\n",
            ("正常老化对视觉早期注意的影响", "来自ERP的证据"),
        ),
        (
            "# 培育科学文化 建设世界科技强国\n\n王红\n\n(中国人民大学，北京100872)\n\n摘要：发展。\n",
            ("培育科学文化 建设世界科技强国", None),
        ),
        (
            "# 创新期望差距与团队突破性创新：自 我调节理论视角\n\n王红\n\n(中国人民大学，北京100872)\n\n摘要：创新。\n",
            ("创新期望差距与团队突破性创新：自 我调节理论视角", None),
        ),
    ],
)
def test_a_run_on_subtitle_of_a_viewpoint_or_a_method_is_split_off(front: str, expected: tuple) -> None:
    r = _front(front)
    assert (r.title, r.subtitle) == expected


def test_a_dash_read_as_yi_after_the_head_noun_of_a_title():
    r = _front(
        "# 政府投入对数字政府服务能力提升的驱动效应一边际递减与非对称差异\n\n"
        "周宇¹，谭知止¹，段尧清 青1，21（华中师范大学信息管理学院 武汉 430079）\n\n摘要：考察政府投入的影响效应。\n"
    )
    assert (r.title, r.subtitle) == ("政府投入对数字政府服务能力提升的驱动效应", "边际递减与非对称差异")
    kept = _front("# 区域协同发展的路径一体化研究\n\n周宇(华中师范大学信息管理学院 武汉 430079)\n\n摘要：考察路径。\n")
    assert (kept.title, kept.subtitle) == ("区域协同发展的路径一体化研究", None)


def test_a_word_opening_with_yi_after_a_question_mark_is_no_subtitle() -> None:
    from npf_graph.extract.metadata import _split_subtitle

    title = "无关工作记忆表征的负性情绪信息能否捕获视觉注意？一项眼动研究"
    assert _split_subtitle(title) == (title, None)
    assert _split_subtitle("上下级之间应该存在何种关系？一上下级关系图式") == (
        "上下级之间应该存在何种关系？",
        "上下级关系图式",
    )
    # a case report's subtitle set off by a space where its dash was; glued on, it stays in the title
    assert _split_subtitle("腋窝副乳腺的临床分型微创手术治疗 附68例报告") == (
        "腋窝副乳腺的临床分型微创手术治疗",
        "附68例报告",
    )
    glued = "先天性角化不良症患儿的临床特征和基因分析附1例报告"
    assert _split_subtitle(glued) == (glued, None)
    assert _split_subtitle(
        "广州生物医药领域科技创新服务平台发展策略若干建议一广州市生物医药领域科技创新服务平台情况调查与分析"
    ) == (
        "广州生物医药领域科技创新服务平台发展策略若干建议",
        "广州市生物医药领域科技创新服务平台情况调查与分析",
    )
    assert _split_subtitle("关于加快建设一流大学的若干建议") == ("关于加快建设一流大学的若干建议", None)
    # a hyphen after a word that ends titles sets off a subtitle; between the parts of a compound it does not
    assert _split_subtitle("胶质母细胞瘤病理取材方式-七分法取材") == ("胶质母细胞瘤病理取材方式", "七分法取材")
    guide = "美国2021版《妊娠期肾结石诊治-单中心多学科指南》解读-提高临床诊断能力，加强多学科协作管理"
    assert _split_subtitle(guide) == (
        "美国2021版《妊娠期肾结石诊治-单中心多学科指南》解读",
        "提高临床诊断能力，加强多学科协作管理",
    )
    for compound in ("基于技术-经济范式的产业政策研究", "匹配记忆效应：姓名-面孔刻板印象一致性对再认的影响"):
        assert _split_subtitle(compound) == (compound, None)


def test_a_question_mark_for_a_character_the_font_lacked_is_no_part_of_the_title() -> None:
    from npf_graph.extract.metadata import _strip_marks

    assert _strip_marks("# ?美国防务智库现状及主要特征") == "美国防务智库现状及主要特征"
    assert _strip_marks("# 何为新质生产力？") == "何为新质生产力？"


def test_a_masthead_is_no_title_and_body_text_run_into_an_author_note_names_nobody():
    head = "\n\n".join(
        [
            "C hinaXiv合作期刊",
            "2 徐巧云丁洛阳\\*王梦芝\\*\\*周刚",
            "3 （扬州大学动物科学与技术学院，扬州 225009)",
            "4摘要：本文主要研究颈静脉灌注精氨酸对泌乳奶牛养分消化和氮利用的影响。",
            "作者简介：徐巧云（1992-），女，江苏扬州人，硕士研究生。E-mail: x@qq.com "
            "21精氨酸（Arg)是目前发现的功能较多的氨基酸之一；反之，经精氨酸酶催化的 Arg 可转变为尿素。",
            "# 1 材料与方法",
            "试验于扬州大学进行。",
        ]
    )
    for running in (0, 3):  # the masthead once over the byline, or as the running head of every page
        r = _front(("ChinaXiv合作期刊\n\n正文。\n\n" * running) + head)
        assert r.title != "ChinaXiv合作期刊" and "合作期刊" not in (r.title or "")
        assert [a.name for a in r.authors] == ["徐巧云", "丁洛阳", "王梦芝", "周刚"]


def test_a_manuscript_with_line_numbers():
    r = _front(
        "1 宿主防御肽调节动物肠道屏障功能的研究进展\n\n"
        "2 王　鑫张萌萌 姜宁张爱忠\\*(黑龙江八一农垦大学动物科技学院，大庆 163319)\n\n"
        "4摘要：肠道屏障功能主要是通过调节黏蛋白和紧密连接蛋白的合成来实现的，这对  \n"
        "5 维持动物肠道健康和生产性能至关重要。\n\n"
        "关键词：宿主防御肽；肠道屏障\n\n"
        "# 1 引言\n\n"
        "7 肠道是动物体内最大的消化器官。\n"
    )
    assert r.title == "宿主防御肽调节动物肠道屏障功能的研究进展"
    assert [a.name for a in r.authors] == ["王鑫", "张萌萌", "姜宁", "张爱忠"]
    assert r.keywords == ["宿主防御肽", "肠道屏障"]
    # the first line's number alone, the title set apart from it by a space, a Latin word glued to it
    numbered = _front("1 Toll样受体及其对肠黏膜免疫的调节作用\n\n王鑫，张萌萌\n\n摘要：肠道屏障。\n")
    assert numbered.title == "Toll样受体及其对肠黏膜免疫的调节作用"
    misread = _front("[ 复合益生菌制剂对肉仔鸡养分表观利用率的影响\n\n2 谢文惠 姜宁\n\n摘要：本试验旨在研究。\n")
    assert misread.title == "复合益生菌制剂对肉仔鸡养分表观利用率的影响"  # the 1 read as a bracket
    counted = _front("1 型糖尿病患者肠道菌群的研究进展\n\n王鑫，张萌萌\n\n摘要：肠道屏障。\n")
    assert counted.title == "1 型糖尿病患者肠道菌群的研究进展"  # a number the title counts with


def test_a_bracketed_line_under_the_title_is_its_subtitle():
    r = _front(
        "# 中国高性能计算研究与应用调查报告\n\n(1956至2011）\n\n# 孙凝晖\n\n"
        "摘要 本报告回顾中国高性能计算机系统研发和应用的历史。\n\n# 1介绍\n\n正文。\n"
    )
    assert (r.title, r.subtitle, [a.name for a in r.authors]) == (
        "中国高性能计算研究与应用调查报告",
        "1956至2011",
        ["孙凝晖"],
    )


def test_an_english_title_between_the_chinese_title_and_a_byline_with_its_unit_in_brackets():
    # lines of running text as wide as a page's, so that cleaning runs the head's three lines into one
    body = "\n\n".join(
        f"在信息搜索模型基础上增加共享、共创与共建的概念，来创建与使用型人去开发差异化用户行为模型，透过问卷调查、"
        f"访谈调查与追踪观察建立具有心理与社会特性的型人，用以探讨如何提升信息服务系统，第{k}段。"
        for k in range(12)
    )
    r = _front(
        "# 创建与使用在Web2.0搜索信息的型人从问卷调查、深度访谈与追踪观察的心理与社会分析推导创新服务\n\n"
        "Creating and Using Personas for Information Search in Web2.0 fromPsychologicaland SocialAnalysis\n\n"
        f"顾立平(香港城市大学图书馆,九龙)\n\n[摘要]在信息搜索模型基础上创建与使用型人2.0。\n\n# 1 引言\n\n{body}\n"
    )
    assert (r.title, r.title_en, [(a.name, a.affiliations) for a in r.authors]) == (
        "创建与使用在Web2.0搜索信息的型人从问卷调查、深度访谈与追踪观察的心理与社会分析推导创新服务",
        "Creating and Using Personas for Information Search in Web2.0 fromPsychologicaland SocialAnalysis",
        [("顾立平", ["香港城市大学图书馆"])],
    )


def test_a_byline_run_on_from_the_title_line():
    r = _front(
        "饲粮不同能量来源对断奶仔猪肠道黏膜功能的影响李　雪1.2田长鑫²王小城² 熊霞2\\* 印遇龙1,2\\*"
        "（1.湖南农业大学动物科学技术学院，长沙 410128；2.中国科学院亚热带农业生态研究所，长沙 410125）\n\n"
        "摘 要：仔猪早期断奶常常导致仔猪能量摄入不足。\n\n# 1 引言\n\n正文。\n"
    )
    assert r.title == "饲粮不同能量来源对断奶仔猪肠道黏膜功能的影响"
    assert [a.name for a in r.authors] == ["李雪", "田长鑫", "王小城", "熊霞", "印遇龙"]
    r = _front("# 天文卫星下传数据处理系统的规划赵海升 李承奎（中国科学院高能物理研究所 北京 100049)\n\n摘要：数据。\n")
    assert (r.title, [a.name for a in r.authors]) == ("天文卫星下传数据处理系统的规划", ["赵海升", "李承奎"])
    assert _front("# ·基于线性规划的射电望远镜观测编排方法\n\n戴伟，卫冰涛\n\n摘要：编排。\n").title == (
        "基于线性规划的射电望远镜观测编排方法"
    )


def test_a_dash_read_as_yi_before_an_example_subtitle():
    from npf_graph.extract.metadata import _split_subtitle

    assert _split_subtitle("民间信仰载体的地域格局及其影响因素一以兰州市榆中县祠庙文化为例") == (
        "民间信仰载体的地域格局及其影响因素",
        "以兰州市榆中县祠庙文化为例",
    )
    assert _split_subtitle("城乡统一以城市为例") == ("城乡统一以城市为例", None)


def test_a_page_that_opens_with_its_abstract_has_its_byline_under_the_title_below():
    r = _front(
        "摘要：[目的/意义]作为国家软实力的重要组成部分，中国特色新型智库建设已经提升到国家战略高度。\n\n"
        "关键词：智库新型智库智库建设中国特色分类号：C932\n\n"
        "# 对中国特色新型智库几个重大问题的思考\n\n王文中国人民大学重阳金融研究院北京100872\n\n"
        "2013年4月，习近平总书记就建设“中国特色新型智库”做出重要批示，将智库发展视为国家软实力的重要组成部分，此后一年来，"
        "中国智库发展步伐明显加快。\n"
    )
    assert r.title == "对中国特色新型智库几个重大问题的思考"
    assert [(a.name, a.affiliations) for a in r.authors] == [("王文", ["中国人民大学重阳金融研究院"])]


def test_line_numbers_that_restart_in_the_body_and_names_with_marks_closing_the_title_line():
    r = _front(
        "1 蛋氨酸对梅花鹿仔鹿生长性能及血清生化指标的影响\n\n2 刘松啸　鞠贵春\\* 张爱武　卫功庆\n\n"
        "3 (吉林农业大学中药材学院，长春 130118)\n\n．摘要:本试验旨在研究蛋氨酸的影响。\n\n关键词：梅花鹿；生长性能\n\n"
        "梅花鹿作为我国保护动物之一。\n\n1 材料与方法\n\n1.1 试验动物\n"
    )
    assert r.title == "蛋氨酸对梅花鹿仔鹿生长性能及血清生化指标的影响"
    assert [a.name for a in r.authors] == ["刘松啸", "鞠贵春", "张爱武", "卫功庆"]
    r = _front("# 我国社会智库资金筹集：渠道、影响因素和机制构建 李迅 张婷婷1\n\n摘要：智库。\n")
    assert (r.title, [a.name for a in r.authors]) == (
        "我国社会智库资金筹集：渠道、影响因素和机制构建",
        ["李迅", "张婷婷"],
    )


def test_a_note_mark_read_as_a_quote_and_a_dash_read_as_yi_before_a_method_subtitle():
    from npf_graph.extract.metadata import _split_subtitle, _strip_marks

    assert (
        _strip_marks("# 考虑不同节点行为要素特征的供应链演化规律研究‘")
        == "考虑不同节点行为要素特征的供应链演化规律研究"
    )
    assert _strip_marks("# 论‘一带一路’") == "论‘一带一路’"
    assert _split_subtitle("大学生社交焦虑研究的热点、前沿与趋势一基于CiteSpace的可视化分析") == (
        "大学生社交焦虑研究的热点、前沿与趋势",
        "基于CiteSpace的可视化分析",
    )


def test_a_question_title_over_its_subtitle_a_perspective_subtitle_and_names_after_their_unit():
    r = _front(
        "# 新员工工作重塑会带来积极的结果吗？\n\n# 领导成员交换与个体传统性的作用\n\n"
        "胡巧婷 王海江 龙立荣（华中科技大学管理学院，武汉，430074）\n\n摘要每年都有大量的高校毕业生进入职场。\n"
    )
    assert (r.title, r.subtitle) == ("新员工工作重塑会带来积极的结果吗？", "领导成员交换与个体传统性的作用")
    r = _front(
        "# 半个世纪来中国人的心理与行为变化\n\n# 心理学视野下的实证研究\n\n蔡华俭1,2 黄梓航1,2\n\n"
        "（1中国科学院心理研究所，北京 100101）\n\n摘要　世界正处于百年未有之大变局中。\n"
    )
    assert (r.title, r.subtitle) == ("半个世纪来中国人的心理与行为变化", "心理学视野下的实证研究")
    r = _front(
        "# 关于数控机床装调维修技师与高级技师培养的几点想法\n\n"
        "上海第二工业大学机械行业职业能力评价考试维修 222考站 宋海辉 吴小滔 朱弘峰摘要:\n\n"
        "本文结合提升劳动者就业创业能力的要求，谈几点想法。\n\n引言\n\n早在2018年起，国务院就发布了文件。\n"
    )
    assert r.title == "关于数控机床装调维修技师与高级技师培养的几点想法"
    assert [a.name for a in r.authors] == ["宋海辉", "吴小滔", "朱弘峰"]


def test_the_last_name_of_a_byline_broken_after_its_surname_over_two_lines():
    r = _front(
        "# 微博言语暴力行为和亲社会行为的季节变化趋势\n\n黄雨祺」，曹璟钰¹²，赵宁1，，滕迪晴」4，朱\n\n廷劭\\*1，4\n\n"
        "1（中国科学院大学心理研究所，北京100101）\n\n2（中国科学院心理研究所心理健康重点实验室，北京100101）\n\n"
        "3（中国科学院心理研究所行为科学重点实验室，北京100101）\n\n"
        "4（中国科学院心理研究所社会与工程心理学重点实验室，北京100101）\n\n"
        "摘要：随着互联网的发展，网络言语暴力行为越来越受到关注。\n"
    )
    assert [a.name for a in r.authors] == ["黄雨祺", "曹璟钰", "赵宁", "滕迪晴", "朱廷劭"]
    assert r.authors[-1].affiliations == ["中国科学院大学心理研究所", "中国科学院心理研究所社会与工程心理学重点实验室"]
    kept = _front("# 微博言语暴力行为的季节变化趋势\n\n黄雨祺1，曹璟钰2，赵\n\n研究方法\n\n摘要：随着互联网的发展。\n")
    assert [a.name for a in kept.authors] == ["黄雨祺", "曹璟钰"]  # a heading of more than two characters: no name


def test_a_title_heading_glued_to_the_first_of_its_spaced_names():
    r = _front(
        "# 老年高血压相关性衰弱的发病机制及运动干预机制的研究进展刘雅萌 阳晓丽 张彩虹\\*\n\n摘要：随着我国老龄化进程加速。\n"
    )
    assert r.title == "老年高血压相关性衰弱的发病机制及运动干预机制的研究进展"
    assert [a.name for a in r.authors] == ["刘雅萌", "阳晓丽", "张彩虹"]


def test_a_title_line_running_into_its_byline_over_a_numbered_unit_line():
    r = _front(
        "动物鲜味受体的研究进展及其基因表达调控王晶张勇12\\*黄铁军²（1.沈阳农业大学畜牧兽医学院，沈阳110866;\n\n"
        "2．乐达（广州）香味剂有限公司，广州510530)\n\n摘要：动物的鲜味受体包括代谢型谷氨酸受体。\n"
    )
    assert r.title == "动物鲜味受体的研究进展及其基因表达调控"
    assert [a.name for a in r.authors] == ["王晶", "张勇", "黄铁军"]
    from npf_graph.extract.metadata import _split_subtitle

    assert _split_subtitle("基于住房代理数据的城市社会阶层空间异构性研究-以兰州市为例") == (
        "基于住房代理数据的城市社会阶层空间异构性研究",
        "以兰州市为例",
    )


def test_a_plain_subtitle_line_under_the_title_heading_and_a_lost_dash_before_jianlun():
    r = _front(
        "# 新型智库战略与核心能力\n\n“2016新型智库核心能力建设”高级研修班内容要点解析\n\n李芳1.2 初景利1\n\n"
        "1中国科学院文献情报中心北京 10090;²中国科学院大学 北京 10090\n\n摘要：[目的/意义]洞悉智库建设一线专家学者的观点。\n"
    )
    assert (r.title, r.subtitle) == ("新型智库战略与核心能力", "“2016新型智库核心能力建设”高级研修班内容要点解析")
    wrapped = _front(
        "# 面向新型智库战略的\n\n核心能力评价研究\n\n李芳1.2 初景利1\n\n1中国科学院文献情报中心\n\n摘要：观点。\n"
    )
    assert wrapped.subtitle is None  # a heading broken off mid-phrase goes on in the plain line
    r = _front(
        "# 国内外智库研究的可视化对比分析兼论我国智库发展的新趋势\n\n王晨 王嘉男\n\n南京政治学院上海校区上海 200433\n\n摘要：智库。\n"
    )
    assert (r.title, r.subtitle) == ("国内外智库研究的可视化对比分析", "兼论我国智库发展的新趋势")


def test_a_mark_read_as_tex_after_a_title_whose_example_subtitle_lost_its_dash():
    r = _front(
        "# 基于土地利用变化情景的城市暴雨洪涝灾害风险评估以深圳市茅洲河流域为例 \\~s\n\n"
        "彭建，魏 海，武文欢北京大学城市与环境学院，北京100871\n\n摘要：近年来频发的暴雨洪涝成为主要灾害类型。\n"
    )
    assert (r.title, r.subtitle) == ("基于土地利用变化情景的城市暴雨洪涝灾害风险评估", "以深圳市茅洲河流域为例")
    glued = _front("# 代谢组学在反刍动物营养研究中的应用进展\\~\n\n代童童，李耀坤\n\n摘要：代谢组学是一门新兴学科。\n")
    assert glued.title == "代谢组学在反刍动物营养研究中的应用进展"  # the mark glued on


def test_a_range_tilde_escaped_by_markdown_in_a_title():
    r = _front(
        "# 2010\\~2020中国内地初中生心理健康问题检出率的元分析\n\n张亚利¹，靳娟娟²\n\n（1.中国人民大学教育学院）\n\n摘要：检出率。\n"
    )
    assert r.title == "2010~2020中国内地初中生心理健康问题检出率的元分析"


def test_a_title_over_its_subtitle_line_ending_in_a_colon_a_biography_over_the_byline_and_a_note_number():
    r = _front(
        "# 职场孤独感的形成原因与作用机理：\n\n# 基于调节匹配理论视角\n\n"
        "陈晓¹，彭坚²，聂琦³（1．广东外语外贸大学商学院，广东广州）\n\n摘要 员工职场孤独感常有发生。\n"
    )
    assert (r.title, r.subtitle) == ("职场孤独感的形成原因与作用机理", "基于调节匹配理论视角")
    r = _front(
        "# 基于参数自适应的孤岛检测算法研究\n\n![](images/a.jpg)\n\n"
        "吕广强男1974年生，博士，副教授，主要研究方向为电能质量检测与治理。\n\n"
        "沙尧女 1990年生，硕士研究生，主要研究方向为微网协调控制。\n\n"
        "吕广强沙尧（南京理工大学自动化学院南京 210094）\n\n摘要：本文从孤岛检测盲区出发。\n"
    )
    assert (r.title, [a.name for a in r.authors]) == ("基于参数自适应的孤岛检测算法研究", ["吕广强", "沙尧"])
    r = _front(
        "# 工作嵌入的影响结果及其理论解释1\n\n吴论文¹ 杨付¹\n\n(西南财经大学工商管理学院，成都 611130)\n\n摘 要 近年来。\n"
    )
    assert r.title == "工作嵌入的影响结果及其理论解释"
    r = _front(
        "# 区域创新体系建设研究之2\n\n吴论文¹ 杨付¹\n\n(西南财经大学工商管理学院，成都 611130)\n\n摘 要 近年来。\n"
    )
    assert r.title == "区域创新体系建设研究之2"  # a part's number stays


def test_a_subtitle_glued_before_the_byline_a_title_ending_in_liyong_and_word_form_markers():
    r = _front(
        "# 青藏高原沙柳河流域自然径流驱动的流域生物信息流量化特征\n\n"
        "以环境微生物为指标杨海乐¹，杜 浩'，祁洪芳²，俞录贤²，危起伟1,\\*\n\n"
        "1中国水产科学研究院长江水产研究所，武汉430223\n\n摘要：流域生物信息流。\n"
    )
    assert (r.title, r.subtitle) == ("青藏高原沙柳河流域自然径流驱动的流域生物信息流量化特征", "以环境微生物为指标")
    assert [a.name for a in r.authors] == ["杨海乐", "杜浩", "祁洪芳", "俞录贤", "危起伟"]
    r = _front(
        "反刍动物对磷的利用刘阳¹杨昕涧¹ 杜红方¹\n\n（1.广东溢多利生物科技股份有限公司，珠海519060）\n\n摘要：磷是必需元素。\n"
    )
    assert (r.title, [a.name for a in r.authors]) == ("反刍动物对磷的利用", ["刘阳", "杨昕涧", "杜红方"])
    r = _front(
        "# 窗体顶端瘦素、脂联素与初诊2型糖尿病的关系\n\n林天浩，杨培雄潮州市潮安区人民医院，广东潮州515638\n\n摘要：目的。\n"
    )
    assert r.title == "瘦素、脂联素与初诊2型糖尿病的关系"


def test_a_subtitle_and_the_names_after_a_space_on_the_line_under_the_title():
    r = _front(
        "# 科研诚信的度量困难与非理性风险\n\n面向科研诚信外部规范技术进路的学理反思 刘胜利1²，潘云涛1\\*，赵筱媛\n\n"
        "（1.中国科学技术信息研究所科技评价中心，北京10038；2.河南师范大学科技与社会研究所，新乡453007)\n\n摘要：为深入探讨。\n"
    )
    assert (r.title, r.subtitle) == ("科研诚信的度量困难与非理性风险", "面向科研诚信外部规范技术进路的学理反思")
    assert [a.name for a in r.authors] == ["刘胜利", "潘云涛", "赵筱媛"]


def test_a_column_tag_between_middle_dots_is_no_title() -> None:
    rec = _front(
        "# ·指南与共识·\n\n# 中国艾滋病诊疗指南（2018版）\n\n# 中华医学会感染病学分会艾滋病丙型肝炎学组\n\n"
        "【摘要】艾滋病是中国重要的公共卫生问题。\n"
    )
    assert rec.title == "中国艾滋病诊疗指南（2018版）"


def test_a_dash_read_as_yi_before_a_subtitle_that_opens_with_yi() -> None:
    rec = _front(
        "# 序列依赖效应一一种全新的“历史效应”\n\n柳王娟 定险峰 程晓荣 范炤\n\n"
        "(青少年网络心理与行为教育部重点实验室(华中师范大学);华中师范大学心理学院,武汉 430079)\n\n摘要：自 2014年来，研究者发现一种效应。\n"
    )
    assert (rec.title, rec.subtitle) == ("序列依赖效应", "一种全新的“历史效应”")
    assert [a.name for a in rec.authors] == ["柳王娟", "定险峰", "程晓荣", "范炤"]


def test_a_first_line_holding_the_title_and_the_names_with_their_marks() -> None:
    rec = _front(
        "基于Fisher-Pry模型的纤维素预处理技术成熟度分析靳军宝1,2.3吴新年 $^ { 1 , 3 ^ { * } }$ 白光祖1,3郑玉荣1,3"
        "曲建升1,3(1.中国科学院西北生态环境资源研究院,兰州 730000;2.中国科学院大学,北京 100049)\n\n"
        "摘要：为了研究纤维素预处理技术成熟度情况，本文基于多源文献数据利用Fisher-Pry模型。\n"
    )
    assert rec.title == "基于Fisher-Pry模型的纤维素预处理技术成熟度分析" and rec.subtitle is None
    assert [a.name for a in rec.authors] == ["靳军宝", "吴新年", "白光祖", "郑玉荣", "曲建升"]
    rec = _front(
        "全科医学研究中混合方法研究的设计和实施要点及案例解析褚红玲’²刘逸舒汪洋田懋一杨振华°曾琳²李楠²武阳丰赵一鸣²"
        "迟春花”陈亚红'詹思延²9\n\n1.北京大学第三医院呼吸科\n\n摘要：混合方法研究在全科医学中日益常见。\n"
    )
    assert rec.title == "全科医学研究中混合方法研究的设计和实施要点及案例解析"
    assert [a.name for a in rec.authors][:3] == ["褚红玲", "刘逸舒", "汪洋"]
    rec = _front(  # a stray bracket after the title, the first name glued to it, a wider gap after it
        "饲料添加剂 $L$ -赖氨酸含量近红外速测方法研究]李守学1,²\u3000陈玉艳³贾\u3000铮」 肖志明」\u3000樊\u3000霞1\\*"
        "（1.中国农业科学院农业质量标准与检测技术研究所，北京 100081；2.中国农业大学工学院，北京 100083)\n\n"
        "摘要：为了探讨利用近红外漫反射光谱技术快速定量分析的可行性。\n"
    )
    assert rec.title == "饲料添加剂L-赖氨酸含量近红外速测方法研究" and rec.subtitle is None
    assert [a.name for a in rec.authors] == ["李守学", "陈玉艳", "贾铮", "肖志明", "樊霞"]
    assert rec.authors[0].affiliations == ["中国农业科学院农业质量标准与检测技术研究所", "中国农业大学工学院"]


def test_a_byline_over_two_lines_and_a_lone_marked_name_over_a_unit_line() -> None:
    rec = _front(
        "# 中国传统星空资源的WWT集成与共享\n\n万望辉1崔辰州²乔翠兰 樊东卫²  \n米琳莹²齐锐4 万昊宜² 徐刚5\n\n"
        "(1.武汉科学技术馆，湖北武汉，430010；2.中国科学院国家天文台，北京100012)\n\n摘要：介绍星空资源的集成。\n"
    )
    assert [a.name for a in rec.authors] == ["万望辉", "崔辰州", "乔翠兰", "樊东卫", "米琳莹", "齐锐", "万昊宜", "徐刚"]
    assert rec.authors[4].affiliations == ["中国科学院国家天文台"]
    rec = _front(
        "# K波段常温接收机噪声注入定标方法分析研究\n\n王凯1,2.3，闫浩1,2.3，段雪峰1.3，马军1.2.3，\n\n陈晨雨1.2，李鹏1,2\n\n"
        "（1.中国科学院新疆天文台，新疆 乌鲁木齐 830011；2.中国科学院射电天文重点实验室,江苏 南京210008）\n\n摘 要：噪声注入定标。\n"
    )
    assert [a.name for a in rec.authors] == ["王凯", "闫浩", "段雪峰", "马军", "陈晨雨", "李鹏"]
    rec = _front(
        "# 新疆水生态文明建设的水资源保护利用策略研究\n\n葡卿1.2\n\n"
        "(1.新疆伊犁河流域开发建设管理局,新疆 乌鲁木齐830000；2.中国科学院大学经管学院,北京100190)\n\n摘要：水生态文明建设。\n"
    )
    assert rec.title == "新疆水生态文明建设的水资源保护利用策略研究"
    assert [a.name for a in rec.authors] == ["葡卿"]


def test_an_interviews_reporter_is_its_author() -> None:
    rec = _front(
        "# 专家访谈\n\n# 从智库研究理论到科技智库建设专访中国科学院科技战略咨询研究院潘教峰院长\n\n# 本刊记者 吕青\n\n"
        "中国科学院作为首批国家高端智库建设试点单位，凝聚整合全院研究力量。\n"
    )
    assert [a.name for a in rec.authors] == ["吕青"]


def test_a_hyphen_after_a_formula_is_no_subtitle_dash_but_one_after_words_is() -> None:
    from npf_graph.extract.metadata import _split_subtitle

    assert _split_subtitle("基于静态和移动传感器的WSNs的 $k .$ -覆盖研究") == (
        "基于静态和移动传感器的WSNs的 $k .$ -覆盖研究",
        None,
    )
    assert _split_subtitle("饲料添加剂 $L$ -赖氨酸硫酸盐中 $L$ -赖氨酸含量近红外速测方法研究")[1] is None
    assert _split_subtitle("Rijke管热声不稳定非线性动力学研究 -分岔分析") == (
        "Rijke管热声不稳定非线性动力学研究",
        "分岔分析",
    )
    assert _split_subtitle("视频检索技术一从内容到上下文") == ("视频检索技术", "从内容到上下文")  # a dash read as 一


def test_affiliations_whose_line_runs_on_into_the_abstract() -> None:
    abstract = "基于格网DEM的数字地貌形态类型自动划分是当前地貌研究的热点，" * 12
    r = _front(
        "# 面向子流域单元的典型黄土地貌分类研究\n\n王乐¹²，周毅²，李阳1,2\n\n"
        "1.陕西师范大学地理科学与旅游学院,陕西 西安710119；2．地理学国家级实验教学示范中心,陕西 西安71011摘要："
        + abstract
        + "\n\n关键词：子流域；地貌分类\n\n# 1 引言\n\n正文。\n"
    )
    assert [(a.name, a.affiliations) for a in r.authors] == [
        ("王乐", ["陕西师范大学地理科学与旅游学院", "地理学国家级实验教学示范中心"]),
        ("周毅", ["地理学国家级实验教学示范中心"]),
        ("李阳", ["陕西师范大学地理科学与旅游学院", "地理学国家级实验教学示范中心"]),
    ]


def test_affiliations_whose_line_runs_on_into_the_funding() -> None:
    r = _front(
        "# “规培出站后再培训”对全科医生岗位胜任力的效果分析\n\n李一鸣1，黄蛟灵2\n\n"
        "【作者单位】1.上海市浦东新区公利医院上海 200135；2.上海交通大学医学院公共卫生学院上海 200025"
        "【基金项目】1.上海市卫生和计划生育委员会面上项目(201640382)；2.浦东新区卫生系统重点薄弱学科建设项目\n\n"
        "摘要：背景 培训有较高临床技能的全科医生显得尤为迫切。\n\n关键词：全科医生；胜任力\n\n# 1 对象与方法\n\n正文。\n"
    )
    assert [(a.name, a.affiliations) for a in r.authors] == [
        ("李一鸣", ["上海市浦东新区公利医院"]),
        ("黄蛟灵", ["上海交通大学医学院公共卫生学院"]),
    ]


def test_a_dated_note_over_the_byline_is_no_title() -> None:
    record = _front(
        "# 世界主要国家纳米科技发展前瞻/部署分析研究 \\*\n\n"
        "\\*资助项目：纳米科技重大创新领域发展态势研究（Y701231901)  \n\\*\\*通讯作者  \n修改稿收到日期：2017年9月30日\n\n"
        "张超星 边文越 王海名 邢 颖 冷伏海\\*\\*中国科学院科技战略咨询研究院北京100190\n\n"
        "摘要文章调研和分析了近年来世界主要国家发布的纳米科技战略计划和报告。\n"
    )
    assert record.title == "世界主要国家纳米科技发展前瞻/部署分析研究"


@pytest.mark.parametrize(
    ("front", "title", "authors"),
    [
        (  # a numbered section after the abstract, where the conversion lost the title
            "李　维」　孙开济」孙玉丽」武振龙1\\* 伍国耀1.2（1.中国农业大学动物科技学院，北京100193）\n\n"
            "5摘要:哺乳动物体内自由基产生增多会造成自由基在体内大量蓄积。\n\n"
            "关键词：乳酸菌；氧化应激；肠道屏障\n\n1氧化应激\n\n氧化应激是机体氧化与抗氧化作用失衡而引起的。\n\n"
            "# 1.1肠道内诱发氧化应激的因素\n\n肠道是营养物质吸收的主要场所。\n",
            None,
            ["李维", "孙开济", "孙玉丽", "武振龙", "伍国耀"],
        ),
        (  # a title that opens with a number, before the abstract
            "# 2050中国：全面建成世界科技创新强国\n\n白春礼\n\n摘要：到2050年，中国将全面建成世界科技创新强国。\n",
            "2050中国：全面建成世界科技创新强国",
            ["白春礼"],
        ),
        (  # the page's running head before the byline, the first name glued to it
            "# 土壤环境大数据：构建与应用\n\n![](images/a.jpg)\n\n"
            "\\*资助项目：国土资源部公益性行业科研专项（201511082）  \n修改稿收到日期：2016年12月26日\n\n"
            "202|2017年·第32卷·第2期郭书海1.2.3 吴波1.2.3 张玲妍1.2.3 罗明4\n\n"
            "1中国科学院沈阳应用生态研究所沈阳110016  \n4 国土资源部土地整治重点实验室北京 100035\n\n"
            "摘要文章从大数据特征出发，探讨土壤环境大数据的构建。\n",
            "土壤环境大数据：构建与应用",
            ["郭书海", "吴波", "张玲妍", "罗明"],
        ),
    ],
)
def test_a_section_heading_or_a_running_head_is_no_title(front: str, title: str | None, authors: list[str]) -> None:
    r = _front(front)
    assert r.title == title
    assert [a.name for a in r.authors] == authors


def test_bracketed_abstract_labels_run_on_after_the_units_and_a_numbered_unit_over_them() -> None:
    rec = _front(
        "# 《欧洲内分泌学会临床实践指南：妊娠期功能性和无功能性垂体腺瘤》解读\n\n邓臣前1'²，班江丽1，陈树春 2\\*\n\n"
        "1.075000河北省张家口市，河北北方学院研究生学院\n\n2.050051河北省石家庄市，河北省人民医院\\* 通信作者：陈树春，"
        "主任医师；E-mail：guang6701 $@$ sina.com[摘要]垂体腺瘤通常引起性腺轴的损害，导致女性患者的生育能力下降。\n\n"
        "[关键词]垂体腺瘤;妊娠;治疗;指南建议\n\n# Interpretation of ESE Clinical Practice Guideline: functioning and "
        "nonfunctioning pituitary adenomas in pregnancy\n\nDeng Chenqian 1' ²,Ban Jiangli1,Chen Shuchun ²\\*\n\n"
        "1.07500O zhangjiakou，河北北方学院研究生学院Hebeinorth university graduate School\n\n2.050051 Shijiazhaung，"
        "Hebei General Hospital [Abstract] Pituitary adenomas usually cause damage to the gonadal axis.\n\n"
        "[Keywords] pituitaryadenoma;pregnancy; treat;guidelines recommends\n\n垂体腺瘤是最常见的肿瘤之一。\n"
    )
    assert rec.abstract is not None and rec.abstract.startswith("垂体腺瘤通常引起性腺轴的损害")
    assert rec.title_en == (
        "Interpretation of ESE Clinical Practice Guideline: functioning and nonfunctioning pituitary adenomas in pregnancy"
    )


def test_a_last_names_superscript_glued_to_the_first_unnumbered_unit_and_a_mark_read_as_a_quote() -> None:
    rec = _front(
        "# 5-FU致小鼠肠黏膜严重损伤时β-catenin的表达及其意义\n\n罗育其'，于海涛'，区文弢}，董 栋',吴承堂²广州市第一人民医院"
        "南沙医院普通外科,广东广州 511457；南方医科大学南方医院普通外科,广东广州51051:\n\n摘要：目的 探讨β-catenin的表达。\n"
    )
    assert [(a.name, a.affiliations) for a in rec.authors][3:] == [
        ("董栋", ["广州市第一人民医院南沙医院普通外科"]),
        ("吴承堂", ["南方医科大学南方医院普通外科"]),
    ]
    rec = _front(
        "# 基于微博大数据分析时间取向与主观幸福感的关系\n\n赵光义‘²孟广腾」² 井海洋‘²毛浙飞¹²朱廷劭’\\*1（中国科学院心理研究所"
        "北京100101）²（中国科学院大学 北京 100049）\n\n# 摘要:\n\n人们在思考或行动上所偏好的时间方向影响行为。\n"
    )
    assert rec.authors[0].affiliations == ["中国科学院心理研究所", "中国科学院大学"]


@pytest.mark.parametrize(
    ("line", "title", "subtitle"),
    [
        ("发挥综合资源优势 打造一流科技智库一广东省科学院推进智库建设的实践探索",
         "发挥综合资源优势 打造一流科技智库", "广东省科学院推进智库建设的实践探索"),
        ("中国一东盟自由贸易区建设的经验", "中国一东盟自由贸易区建设的经验", None),
        ("推动形成全国统一大市场的实践探索", "推动形成全国统一大市场的实践探索", None),
    ],
)  # fmt: skip
def test_a_dash_read_as_yi_before_a_subtitle_that_closes_as_subtitles_do(line, title, subtitle):
    from npf_graph.extract.metadata import _split_subtitle

    assert _split_subtitle(line) == (title, subtitle)


@pytest.mark.parametrize(
    ("front", "title", "subtitle"),
    [
        (
            "# 基于ROACH2-GPU的集群相关器研究-X-engine模块的设计与实现\n\n王锋1 张三2\n\n"
            "摘要：本文研究基于ROACH2-GPU的集群相关器。\n\n"
            "# A Research on the ROACH2-GPU-Cluster-based Correlator -The Design and Implementation of an X-engine "
            "Module\n\nWANG Feng ZHANG San\n\nAbstract: This paper studies a cluster correlator.\n\n",
            "基于ROACH2-GPU的集群相关器研究",
            "X-engine模块的设计与实现",
        ),
        (  # a hyphen between two Chinese words is a compound's, whatever the English title
            "# 基于公平与效率视角的中国大陆生态福祉及生态-经济效率评价\n\n王锋1 张三2\n\n摘要：本文评价生态福祉。\n\n"
            "# Evaluation of ecological well-being and eco-economic efficiency in the Chinese mainland: From the "
            "perspective of justice and efficiency\n\nWANG Feng ZHANG San\n\nAbstract: This paper evaluates.\n\n",
            "基于公平与效率视角的中国大陆生态福祉及生态-经济效率评价",
            None,
        ),
        (  # no subtitle in the English title: the hyphen stays in the title
            "# 基于深度学习的中文文本分类器-BERT模型的应用\n\n王锋1 张三2\n\n摘要：本文研究中文文本分类。\n\n"
            "# A Study of Chinese Text Classification with BERT Models\n\nWANG Feng ZHANG San\n\n"
            "Abstract: This paper studies text classification.\n\n",
            "基于深度学习的中文文本分类器-BERT模型的应用",
            None,
        ),
    ],
)
def test_a_subtitle_whose_dash_was_lost_is_parted_where_the_english_title_parts(
    front: str, title: str, subtitle: str | None
) -> None:
    record = _front(front + "# 1 引言\n\n正文从这里开始，研究背景如下所述。\n")
    assert (record.title, record.subtitle) == (title, subtitle)
