import pytest

from npf_graph.extract.claims import attributions, citation_function
from npf_graph.ingest.load import load_bytes
from npf_graph.pipeline import run
from npf_graph.validate import grounded


def kinds(text: str) -> list[tuple[str, str]]:
    rec = run(load_bytes(text.encode("utf-8"), "c.txt"))
    return [(c.kind, c.text) for c in rec.claims]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("因此,要牢牢把握新质生产力发展方向,助力现代化产业体系建设。", "recommendation"),
        ("大国在创新上应追求全面均衡，以免在国际竞争中受制于人。", "recommendation"),
        ("这需要政府构建由大数据、大型语料库、算法、算力等组成的AI基础设施体系。", "recommendation"),
        ("建议可朝以下两个方向发力：一是充分发挥资本市场的优势发展人工智能。", "recommendation"),
        (
            "旧质生产力是指中国过去四十多年改革开放所构建的以工业化、城市化和信息化相互融合而形成的生产力。",
            "definition",
        ),
        ("到了 2030 年，用于大数据人工智能运算的能耗将达到能耗总量的 50%。", "forecast"),
        ("美国标准普尔 500 指数的上涨幅度达到了 24%。", "finding"),
        ("开源创新打破了传统创新模式的边界。", "assertion"),
    ],
)
def test_claim_kinds_on_real_sentences(sentence, kind):
    # the claim text is the source sentence (spaced-out figures closed up by cleaning)
    assert kinds(sentence + "\n") == [(kind, sentence.replace(" ", ""))]


def test_strategy_headings_and_enumerations():
    text = (
        "四、发展新质生产力的战略思考\n"
        "（一）建立开源创新新生态\n"
        "第一，推动大语言模型的开源化。建立开放共享的基础模型有其意义。\n"
        "（二）以基础大模型为重点\n"
        "一是加大研发资源集聚。二是更加关注模型性能。\n"
    )
    recs = [t for k, t in kinds(text) if k == "recommendation"]
    for expected in ("（一）建立开源创新新生态", "第一，推动大语言模型的开源化。", "（二）以基础大模型为重点",
                     "一是加大研发资源集聚。", "二是更加关注模型性能。"):  # fmt: skip
        assert expected in recs


def test_enumerated_findings_outside_advice_are_not_recommendations():
    text = "一是开源创新的扩散应用显著加速了技术的普及。二是开源创新的扩散应用为创新者提供了宝贵的反馈信息。\n"
    assert [k for k, _ in kinds(text)] == ["assertion", "assertion"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("习近平总书记在中共中央政治局第十一次集体学习时强调，“高质量发展需要新的生产力理论来指导”。", ["习近平"]),
        ("正如伊斯特利在《经济增长的迷雾》一书中所指出的，技术是关键。", ["《经济增长的迷雾》", "伊斯特利"]),
        ("2024年《政府工作报告》指出，要加快发展新质生产力。", ["《政府工作报告》"]),
        ("马克思曾经指出，人作为万物之灵，不能被机器统治和奴役。", ["马克思"]),
        ("研究表明，开源降低了门槛。", []),
    ],
)
def test_attributions(sentence, expected):
    assert attributions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "function", "cue"),
    [
        ("正如阿瑟所强调的“技术的历史不仅是单个发明的编年史”［2］。", "citesAsAuthority", "正如"),
        ("然而，也有学者认为开源会导致技术无序竞争［3］。", "disagreesWith", "然而，也有学者认为"),
        ("据国家统计局统计，2023年国内生产总值超过126万亿元［4］。", "citesAsDataSource", "据国家统计局统计"),
        ("开源降低了技术门槛（吴文峻等，2024）。", "citesForInformation", None),
    ],
)
def test_citation_function_cues(sentence, function, cue):
    assert citation_function(sentence, True) == (function, cue)


def test_claims_link_citations_statistics_sources_and_concepts(records):
    rec = records["001"]
    by_text = {c.text: c for c in rec.claims}
    claim = next(c for t, c in by_text.items() if t.startswith("在1820年代，中国仍然拥有全球最大规模的"))
    assert claim.kind == "finding" and len(claim.citation_ids) == 1 and len(claim.statistic_ids) == 1
    debt = next(c for t, c in by_text.items() if "统筹化解这三个领域的风险" in t)
    assert debt.data_source_ids == [rec.data_sources[0].id]
    assert any(c.concepts for c in rec.claims)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_statistic_and_claim_is_grounded(records, sources, prefix):
    rec = records[prefix]
    assert rec.claims
    for item, text in [(s, s.quote) for s in rec.statistics] + [(c, c.text) for c in rec.claims]:
        assert grounded(text, item.span, sources[prefix]), item.id
    section_ids = {s.id for s in rec.sections}
    assert all(c.section_id in section_ids for c in rec.claims if c.section_id)
