"""Analysis of the sample corpus: the directed citation network, co-citation, coupling, PageRank."""

from importlib.resources import files

import pytest
from typer.testing import CliRunner

from npf_graph.analysis.citations import central_works, citation_network, cocitation, coupling
from npf_graph.cli.main import app
from npf_graph.store import LocalStore

runner = CliRunner()
QUERIES = files("npf_graph") / "queries"
AI_PLAN = "国家人工智能研发战略计划"
CHIPS_ACT = "芯片与科学法案"


@pytest.fixture(scope="module")
def out(sample_out):
    return sample_out


@pytest.fixture(scope="module")
def net(out):
    return citation_network(LocalStore(out / "store", read_only=True))


def test_works_named_in_the_text_count_as_cited(net):
    # 27 reference entries, and the works two documents without a reference list name in 《》
    assert len(net.cites) == 4
    assert sum(len(t) for t in net.cites.values()) == 57
    titles = {net.label(w) for w in net.cited_by()}
    assert {AI_PLAN, CHIPS_ACT} <= titles


def test_cocitation_and_coupling_agree_with_the_saved_queries(out, net):
    store = LocalStore(out / "store", read_only=True)
    pairs = cocitation(net)
    expected = {
        tuple(sorted((r["a"], r["b"]))): int(r["documents"])
        for r in store.select(QUERIES.joinpath("co-cited-works.rq").read_text(encoding="utf-8"))
    }
    assert {k: v for k, v in pairs.items() if k in expected} == expected
    top = max(pairs, key=pairs.get)
    assert {net.label(top[0]), net.label(top[1])} == {AI_PLAN, CHIPS_ACT} and pairs[top] == 2
    coupled = coupling(net)
    assert sorted(coupled.values(), reverse=True)[:2] == [2, 1]


def test_pagerank_ranks_the_works_cited_twice_first(net):
    ranked = central_works(net, top=10)
    assert {net.label(w) for w, _, _ in ranked[:2]} == {AI_PLAN, CHIPS_ACT}
    assert [n for _, n, _ in ranked[:2]] == [2, 2]
    assert len({round(r, 6) for _, _, r in ranked}) >= 2  # not all ties
    assert ranked[0][2] > ranked[2][2]


def test_analyze_prints_filled_tables(out):
    result = runner.invoke(app, ["analyze", "--store", str(out / "store"), "--top", "3"])
    assert result.exit_code == 0, result.output
    cocited = result.output.split("Co-citation")[1].split("Bibliographic coupling")[0]
    assert AI_PLAN in cocited and CHIPS_ACT in cocited
    coupled = result.output.split("Bibliographic coupling")[1].split("Co-citation clusters")[0]
    assert "新质生产力的新质态及其发展战略" in coupled
    clusters = result.output.split("Co-citation clusters")[1].split("Most central concepts")[0]
    assert "open、source、software" in clusters and "mean year" in clusters
    assert "新型举国体制" in result.output.split("Bursts")[1]


@pytest.fixture(scope="module")
def clustering(out):
    from npf_graph.analysis.clusters import cocitation_clusters

    return cocitation_clusters(LocalStore(out / "store", read_only=True))


def test_clusters_cover_every_cited_work_and_document(clustering, net):
    cited = net.cited_by()
    assert sum(c.size for c in clustering.clusters) == len(cited) == 54
    assert [c.size for c in clustering.clusters] == sorted((c.size for c in clustering.clusters), reverse=True)
    assert all(clustering.cluster_of(w) >= 0 for w in cited)
    for doc, targets in net.cites.items():  # a document sits with most of the works it cites
        mine = sum(1 for w in targets if clustering.cluster_of(w) == clustering.cluster_of(doc))
        assert mine * 2 >= len(targets)


def test_works_cited_together_twice_share_a_cluster(clustering, net):
    by_title = {n.title: n.id for n in net.nodes.values()}
    assert clustering.cluster_of(by_title[AI_PLAN]) == clustering.cluster_of(by_title[CHIPS_ACT])


def test_cluster_labels_are_the_distinctive_terms(clustering, net):
    by_title = {n.title: n.id for n in net.nodes.values()}
    open_source = next(t for t in by_title if t.startswith("Coopetition of software firms"))
    cluster = clustering.clusters[clustering.cluster_of(by_title[open_source])]
    assert {"open", "source", "software"} <= set(cluster.terms)
    assert 2020 < cluster.mean_year < 2024
    assert all(c.terms for c in clustering.clusters)
    others = [c for c in clustering.clusters if c.id != cluster.id]
    assert not any("software" in c.terms for c in others)


@pytest.mark.parametrize(
    ("batches", "states"),
    [
        ([(1, 10), (1, 10), (6, 10), (7, 10), (1, 10)], [0, 0, 1, 1, 0]),  # a rise and a fall
        ([(2, 10), (2, 10), (2, 10), (2, 10)], [0, 0, 0, 0]),  # a steady rate never bursts
        ([(0, 10), (1, 10), (0, 10), (0, 10), (0, 10), (1, 10)], [0, 0, 0, 0, 0, 0]),  # too little to pay entry
        ([(0, 5), (0, 5), (0, 5), (5, 5)], [0, 0, 0, 1]),  # all at the end
    ],
)
def test_kleinberg_two_state_automaton(batches, states):
    from npf_graph.analysis.bursts import kleinberg

    assert kleinberg(batches)[0] == states


def test_bursts_on_the_sample_corpus(out):
    from npf_graph.analysis.bursts import bursts

    found = bursts(LocalStore(out / "store", read_only=True))
    first = found[0]
    assert (first.term, first.source, first.start, first.end) == ("新型举国体制", "concept", 2025, 2025)
    assert first.count == 40 and first.strength > 10
    assert ("迭代演化", 2024) in {(b.term, b.start) for b in found}
    assert "人工智能" not in {b.term for b in found}  # discussed in every document, both years
    assert [b.strength for b in found] == sorted((b.strength for b in found), reverse=True)


def test_new_terms_are_frequent_terms_the_ontology_lacks(out):
    from npf_graph.analysis.newterms import new_terms
    from npf_graph.analysis.terms import ontology_terms

    found = new_terms(LocalStore(out / "store", read_only=True), top=60)
    terms = {t.term: t for t in found}
    assert found[0].term == "开源" and (found[0].count, found[0].documents) == (50, 3)
    assert not set(terms) & ontology_terms()  # 新质生产力, 人工智能 … are tagged already
    assert "技术" not in terms and "可以" not in terms  # in every document; not a noun
    assert terms["开源软件"].parts == ("开源", "软件")  # two words that go together
    assert all(t.documents >= 2 for t in found)


def test_analyze_new_terms_command(out):
    result = runner.invoke(app, ["analyze", "--new-terms", "--top", "5", "--store", str(out / "store")])
    assert result.exit_code == 0, result.output
    assert "Candidate concepts" in result.output and "开源" in result.output
    assert "Co-citation" not in result.output


def test_documents_sharing_a_title_are_told_apart_by_file():
    from npf_graph.analysis.citations import CitationNetwork, Node

    net = CitationNetwork()
    net.nodes["d1"] = Node("d1", "document", "基于大数据的文化心理分析", 2019, "ChinaXiv-201912.00001V1.md")
    net.nodes["d2"] = Node("d2", "document", "基于大数据的文化心理分析", 2022, "ChinaXiv-202201.00041V3.md")
    net.nodes["d3"] = Node("d3", "document", "科研诚信的度量困难与非理性风险", 2020, "ChinaXiv-202001.00001V1.md")
    net.nodes["w"] = Node("w", "work", "Individualism and collectivism", 1995)
    net.cites = {"d1": {"w"}, "d2": {"w"}}
    assert net.label("d1") == "基于大数据的文化心理分析 (ChinaXiv-201912.00001V1.md)"
    assert net.label("d3") == "科研诚信的度量困难与非理性风险" and net.label("w") == "Individualism and collectivism"
    assert coupling(net) == {("d1", "d2"): 1}


def test_view_command_writes_the_timeline(out, tmp_path, clustering):
    from npf_graph.view.timeline import timeline_marks

    path = tmp_path / "timeline.html"
    result = runner.invoke(app, ["view", "--name", "timeline", "--store", str(out / "store"), "--out", str(path)])
    assert result.exit_code == 0, result.output
    marks, lanes, _ = timeline_marks(clustering)
    text = path.read_text(encoding="utf-8")
    assert text.count('class="node ') == len(marks) == 31 and f"{len(marks)} works and documents" in result.output
    assert all(f'data-cluster="{cid}">' in text for cid in lanes)  # every line named
    assert clustering.clusters[lanes[0]].terms[0] in text
