"""Authors read by the pinyin of the English byline where the Chinese byline is glued to its unit."""

from __future__ import annotations

from pathlib import Path

from helpers import extract_text as _extract

from npf_graph.extract.pinyin_names import english_pairs, pinyin_names


def test_names_glued_to_their_unit_are_found_by_the_english_byline(tmp_path: Path) -> None:
    text = (
        "# 临床研究\n\n# 危重症患者末梢血糖值的相关因素分析\n\n"
        "年素娟,任蔚虹杭州市西溪医院，浙江杭州 310023\n\n"
        "摘要:目的 比较ICU危重症患者动脉血气血糖和末梢血糖值的可靠性。\n\n"
        "关键词：危重症患者;动脉血气血糖;末梢血糖\n\n"
        "# Related factors of blood glucose values in ICU\n\n"
        "NIAN Sujuan, REN Weihong XixiHospital ofHangzhou,Hangzhou 310023,China\n\n"
        "Abstract: ObjectiveTocompare thereliabilityofarterialbloodgas.\n"
    )
    record = _extract(tmp_path, text)
    assert [(a.name, a.name_en) for a in record.authors] == [("年素娟", "NIAN Sujuan"), ("任蔚虹", "REN Weihong")]
    assert record.authors[1].affiliations == ["杭州市西溪医院"]
    raw = (tmp_path / "paper.md").read_text(encoding="utf-8")
    assert [raw[a.span[0] : a.span[1]] for a in record.authors] == ["年素娟", "任蔚虹"]


def test_a_name_glued_to_its_unit_and_the_english_block_after_the_references(tmp_path: Path) -> None:
    text = (
        "# 中国媒体智库的发展特色及发展建议\n\n"
        "里昕四川省社会科学院管理学所 四川成都 610071摘要：[目的/意义]近年来，媒体智库异军突起。\n\n"
        "关键词：媒体智库 媒体转型 智库特征 发展建议分类号：G2\n\n"
        "近年来，随着自媒体兴起和新媒体技术的迅猛发展，传统媒体纷纷走上了转型升级之路。\n\n"
        "# 参考文献\n\n[1]黄超．中央媒体智库建设与公共外交：现状与愿景[J].公共外交季刊,2015(2):96-103.\n\n"
        "# The Development Features and Suggestions of Chinese Media Think Tanks Li Xin Sichuan Academy of "
        "Social Sciences, Chengdu 610071\n"
    )
    record = _extract(tmp_path, text)
    assert [(a.name, a.name_en, a.affiliations) for a in record.authors] == [
        ("里昕", "Li Xin", ["四川省社会科学院管理学所"])
    ]


def test_no_name_where_the_english_text_spells_no_pair_of_the_head() -> None:
    pairs = english_pairs("Sichuan Academy of Social Sciences, Chengdu 610071. Wang Q, Liu P. A Text Model.")
    assert pinyin_names("四川省社会科学院 四川成都 610071", pairs) == []
    assert pinyin_names("王琦四川省社会科学院", pairs) == []  # 'Wang Q' is an initial, no given name
    pairs = english_pairs("Shi Congming1,3,Deng Hui23, Dai Wei34,Wei Shoulin3")
    found = pinyin_names("石□明1,3，邓辉2,3，戴伟3,4，卫守林31", pairs)
    assert [name for _s, _e, name in found] == ["Deng Hui", "Dai Wei", "Wei Shoulin"]


def test_a_corresponding_author_after_the_groups_of_a_consensus_is_no_byline(tmp_path: Path) -> None:
    text = (
        "# 抗精神病药长效针剂社区应用专家共识\n\n"
        "10.12114/j.issn.1007-9572.2022.0537中华医学会精神医学分会精神分裂症协作组，中华医学会全科医学分会"
        "通讯作者：司天梅，E-mail：si.tian-mei@163.com\n\n"
        "摘要精神分裂症是一种慢性、高复发性和高致残性的精神病性障碍。\n\n"
        "# Expert Consensus on Long-acting Injectable Antipsychotics in Community Application\n\n"
        "Chinese Schizophrenia Coordination Group\n\nCorresponding author: Si Tianmei, E-mail: si.tian-mei@163.com\n"
    )
    assert [a.name for a in _extract(tmp_path, text).authors] == [
        "中华医学会精神医学分会精神分裂症协作组",
        "中华医学会全科医学分会",
    ]


def test_two_glued_names_cut_where_the_english_block_spells_them(tmp_path: Path) -> None:
    text = (
        "# 发散思维的序列位置效应：创新想法动态产生机制的新视角\n\n陈群林丁珂\n\n（西南大学心理学部，重庆400715）\n\n"
        "摘 要 发散思维的序列位置效应是指随着时间的推移，单位时间内想法生成的数量逐渐降低。\n\n"
        "关键词 发散思维，序列位置效应\n\n# 1 引言\n\n正文。\n\n"
        "# The serial order effect in divergent thinking\n\nCHEN Qunlin,DINGKe\n\n"
        "(Faculty of Psychology, Southwest University, Chongqing 400715, China)\n"
    )
    record = _extract(tmp_path, text)
    raw = (tmp_path / "paper.md").read_text(encoding="utf-8")
    assert [a.name for a in record.authors] == ["陈群林", "丁珂"]
    assert [raw[a.span[0] : a.span[1]] for a in record.authors] == ["陈群林", "丁珂"]
    # without the English block the names read as the byline's own reading has them
    assert [a.name for a in _extract(tmp_path, text.split("# The serial")[0]).authors] == ["陈群", "林丁珂"]


def test_a_byline_printed_without_a_break_is_cut_where_the_english_byline_names_each(tmp_path: Path) -> None:
    text = (
        "# Y节律神经振荡：反映自闭症多感觉整合失调的一项重要生物指标\n\n"
        "贾磊徐玉帆王成任俊汪俊(浙江师范大学教师教育学院心理系 金华 321004)\n\n"
        "摘要多感觉整合是对不同感官信息进行选择、联系、统一乃至解释的加工过程。\n\n"
        "关键词多感觉整合；Y神经振荡；自闭症谱系障碍\n\n# 1引言\n\n多感觉整合亦称跨通道整合。\n\n"
        "# Gamma oscillation: An important biomarker in autism spectrum disorders\n\n"
        "JIA Lei; XU Yu-fan; WANG Cheng; REN Jun; WANG Jun (Department of Psychology, Zhejiang Normal "
        "University, Jinhua 321004, China)\n"
    )
    record = _extract(tmp_path, text)
    assert [(a.name, a.name_en) for a in record.authors] == [
        ("贾磊", "JIA Lei"),
        ("徐玉帆", "XU Yu-fan"),
        ("王成", "WANG Cheng"),
        ("任俊", "REN Jun"),
        ("汪俊", "WANG Jun"),
    ]
    raw = (tmp_path / "paper.md").read_text(encoding="utf-8")
    assert [raw[a.span[0] : a.span[1]] for a in record.authors] == ["贾磊", "徐玉帆", "王成", "任俊", "汪俊"]
    assert {tuple(a.affiliations) for a in record.authors} == {("浙江师范大学教师教育学院心理系",)}
