from npf_graph.ingest.load import load_bytes
from npf_graph.link.corpus import corpus_links
from npf_graph.link.works import unify_works
from npf_graph.pipeline import run


def doc(name: str, refs: str, title: str = "某研究", body: str = "见文献[1]。"):
    text = f"{title}\n张三 李四\n{body}\n参考文献\n{refs}\n"
    return run(load_bytes(text.encode("utf-8"), name))


def test_same_work_with_different_punctuation_shares_one_id():
    a = doc("a.txt", "[1] 刘伟 . 科学认识与切实发展新质生产力 [J]. 经济研究，2024，（3）：4-11.")
    b = doc("b.txt", "刘伟，2024：《科学认识与切实发展新质生产力》，《经济研究》第3期。", body="见（刘伟，2024）。")
    assert a.references[0].work_id == b.references[0].work_id


def test_a_small_typo_is_merged_across_documents():
    a = doc("a.txt", "[1] 刘伟 . 科学认识与切实发展新质生产力 [J]. 经济研究，2024，（3）：4-11.")
    b = doc("b.txt", "[1] 刘伟 . 科学认识与切实发展新质生产カ [J]. 经济研究，2024，（3）：4-11.")
    assert a.references[0].work_id != b.references[0].work_id
    assert unify_works([a, b]) == 1
    assert a.references[0].work_id == b.references[0].work_id


def test_different_works_with_near_identical_titles_stay_apart():
    a = doc("a.txt", "[1] 刘鹤 . 两次全球大危机的比较 [J]. 经济视野，2020，（6）：15-19.")
    b = doc("b.txt", "[1] 刘鹤 . 两次全球大危机的比较研究 [M]. 北京：中国经济出版社，2020.")
    c = doc("c.txt", "[1] 刘鹤 . 两次全球大危机的比较 [J]. 经济视野，2021，（6）：15-19.")
    assert unify_works([a, b, c]) == 0
    assert len({r.references[0].work_id for r in (a, b, c)}) == 3


def test_a_reference_to_a_corpus_document_links_to_it():
    cited = doc("cited.txt", "[1] 某 . 无关 [J]. 期刊，2019，（1）：1-2.", title="新质生产力的新质态及其发展战略")
    citing = doc(
        "citing.txt", "[1] 范从来，郑琼洁 . 新质生产力的新质态及其发展战略 [J]. 经济理论与经济管理，2024，（1）：1-10."
    )
    links = corpus_links([cited, citing])
    assert [(link.citing, link.cited) for link in links] == [(citing.id, cited.id)]
