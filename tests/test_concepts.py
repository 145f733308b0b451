from npf_graph.ingest.load import load_bytes
from npf_graph.pipeline import run


def concepts_of(text: str) -> dict[str, int]:
    rec = run(load_bytes(text.encode("utf-8"), "t.txt"))
    return {c.label: c.count for c in rec.concepts}


def test_mentions_found_through_labels_and_alt_labels():
    found = concepts_of("要发挥风险投资和耐心资本的作用，鼓励风险资本进入。AI 与通用人工智能（AGI）的发展。\n")
    assert found["风险资本"] == 2  # altLabel 风险投资 + prefLabel
    assert found["耐心资本"] == 1
    assert found["通用人工智能"] == 2  # 通用人工智能 and AGI
    assert found["人工智能"] == 1  # AI, but not inside 通用人工智能 (longest match wins)


def test_traditional_forms_match_their_simplified_concepts():
    found = concepts_of("發展新質生產力，健全新型舉國體制，培育耐心資本。\n")
    assert found == {"新质生产力": 1, "新型举国体制": 1, "耐心资本": 1}


def test_ascii_abbreviations_need_word_boundaries():
    found = concepts_of("OpenAI 发布了 ChatGPT，xAI 随后跟进，并无人工智能一词。MAIL 不算。\n")
    assert found == {"人工智能": 1}


def test_concept_spans_point_at_the_source(records, sources):
    from npf_graph.ingest.chars import shadow
    from npf_graph.ontology import concept_index
    from npf_graph.validate import is_subsequence

    idx = concept_index()
    for key, rec in records.items():
        for m in rec.concepts:
            labels = {
                "".join(shadow(x).split())
                for x in (idx.concepts[m.concept].label_zh, *idx.concepts[m.concept].alt_labels)
            }
            for s, e in m.spans:
                # a mention may run over a line break, a spaced-out gap or a running head
                found = "".join(shadow(sources[key][s:e]).split())
                assert any(is_subsequence(label, found) and len(found) <= 3 * len(label) + 200 for label in labels)


def test_a_traditional_big5_file_is_tagged_like_its_simplified_twin():
    from npf_graph.ingest.chars import _t2s

    simplified = (
        "新型举国体制嵌入适配人工智能企业创新生态系统的递进逻辑\n"
        "以新型举国体制推动人工智能技术创新，要在政府和市场中间地带找到企业创新生态系统。"
        "发展新质生产力需要耐心资本，也需要有为政府与有效市场相结合。\n"
    )
    traditional = "新型舉國體制嵌入適配人工智慧企業創新生態系統的遞進邏輯\n以新型舉國體制推動人工智慧技術創新，要在政府和市場中間地帶找到企業創新生態系統。發展新質生產力需要耐心資本，也需要有為政府與有效市場相結合。\n"
    assert _t2s().convert(traditional).replace("人工智慧", "人工智能") == simplified
    a = run(load_bytes(simplified.encode("utf-8"), "s.txt"))
    b = run(load_bytes(traditional.encode("big5"), "t.txt"))
    assert b.source.encoding == "big5"
    assert {(c.label, c.count) for c in a.concepts} == {(c.label, c.count) for c in b.concepts}
    assert [c.spans for c in a.concepts] == [c.spans for c in b.concepts]
