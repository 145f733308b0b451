import math

import networkx as nx
import pytest
from helpers import two_citing_copies
from typer.testing import CliRunner

from npf_graph.analysis.citations import CitationNetwork, cocitation, coupling
from npf_graph.analysis.graphs import communities, pagerank
from npf_graph.build import build
from npf_graph.cli.main import app
from npf_graph.store import LocalStore
from npf_graph.view.html import LABEL_SIZES, LABELLED, graph_payload, reduce_graph
from npf_graph.view.layout import force_layout
from npf_graph.view.markup import Mark, render_mapped, render_text
from npf_graph.view.network import build_view, focus
from npf_graph.view.people import cited_authors_graph
from npf_graph.view.style import KINDS, node_colour

runner = CliRunner()


@pytest.fixture(scope="module")
def out(sample_out):
    return sample_out


@pytest.fixture(scope="module")
def store(out):
    return LocalStore(out / "store", read_only=True)


def test_views_are_projections_of_the_store(store):
    papers = build_view(store, "papers")
    kinds = nx.get_node_attributes(papers, "kind")
    assert sum(1 for k in kinds.values() if k == "document") == 5
    assert sum(1 for k in kinds.values() if k == "work") == 27
    claims = build_view(store, "claims")
    assert {d["kind"] for _, d in claims.nodes(data=True)} >= {"claim", "work", "statistic", "datasource", "speaker"}
    conflicts = [d for _, d in claims.nodes(data=True) if d["kind"] == "statistic" and d["detail"]["conflicts with"]]
    assert conflicts  # a figure carries the figures that disagree with it
    concepts = build_view(store, "concepts")
    assert all(d["kind"] == "concept" for _, d in concepts.nodes(data=True))
    assert any(d["kind"] == "broader" for _, _, d in concepts.edges(data=True))
    authors = build_view(store, "authors")
    assert any(d["kind"] == "co-author" for _, _, d in authors.edges(data=True))


def test_the_papers_view_is_a_directed_citation_map(store):
    papers = build_view(store, "papers")
    assert papers.is_directed() and papers.graph["off_kinds"] == ["concept"]
    assert set(papers.graph["off_edges"]) == {"co-cited", "coupled"}
    kinds = nx.get_node_attributes(papers, "kind")
    cites = [(a, b) for a, b, d in papers.edges(data=True) if d["kind"] == "cites"]
    assert len(cites) >= 27 and all(kinds[a] == "document" and kinds[b] == "work" for a, b in cites)
    work = next(
        d for _, d in papers.nodes(data=True) if d["detail"].get("title", "").startswith("两次全球大危机的比较")
    )
    assert work["label"].endswith("\n刘鹤 2020") and work["detail"]["authors"] == ["刘鹤"]
    doc = next(d for _, d in papers.nodes(data=True) if d["detail"].get("title") == "新质生产力的新质态及其发展战略")
    assert doc["label"] == "新质生产力的新质态及其发展战略\n范从来 等 2024"  # the first author of two
    assert doc["detail"]["authors"] == ["范从来", "郑琼洁"]
    assert all("cluster" in d for _, d in papers.nodes(data=True))
    assert all(d["weight"] == d["detail"]["cited in the corpus"] for _, d in papers.nodes(data=True) if "weight" in d)


def test_documents_citing_the_same_works_are_co_cited_and_coupled(tmp_path):
    corpus = two_citing_copies(tmp_path / "corpus")
    build([corpus], tmp_path / "out", view=False)
    papers = build_view(LocalStore(tmp_path / "out" / "store", read_only=True), "papers")
    works = [n for n, d in papers.nodes(data=True) if d["kind"] == "work"]
    assert len(works) > 10 and all(papers.nodes[w]["weight"] == 2 for w in works)  # both documents cite each
    cocited = [(a, b, d) for a, b, d in papers.edges(data=True) if d["kind"] == "co-cited"]
    assert len(cocited) == len(works) * (len(works) - 1) // 2
    assert all(d["weight"] == 2 and d["directed"] is False for _, _, d in cocited)
    coupled = [d for _, _, d in papers.edges(data=True) if d["kind"] == "coupled"]
    assert [d["weight"] for d in coupled] == [len(works)]


def test_claims_view_has_every_kind_and_citation_statements(store):
    claims = build_view(store, "claims")
    assert claims.graph["off_claim_kinds"] == ["assertion"]
    kinds = {d.get("claim_kind") for _, d in claims.nodes(data=True) if d["kind"] == "claim"}
    assert kinds == {"assertion", "definition", "finding", "forecast", "recommendation"}
    cites = [(a, b) for a, b, d in claims.edges(data=True) if d["kind"] == "cites"]
    assert cites and all(claims.nodes[a]["kind"] == "claim" and claims.nodes[b]["kind"] == "work" for a, b in cites)
    work, statements = next(
        (n, d["detail"]["citing sentences"]) for n, d in claims.nodes(data=True) if d["detail"].get("citing sentences")
    )
    citing = [a for a, b in cites if b == work]
    assert len(statements) == len(citing)
    sentence, where = statements[0].split("\n— ")
    first = next(claims.nodes[c] for c in citing if claims.nodes[c]["detail"]["sentence"] == sentence)
    title = claims.nodes[next(iter(claims.predecessors(citing[0])))]["detail"]["title"]
    assert where.startswith(title) and f" · {first['claim_kind']} · " in where
    assert where.rsplit(" · ", 1)[1] in ("cites", "citesForInformation", "citesAsAuthority", "citesAsEvidence",
                                         "usesMethodIn", "disagreesWith", "agreesWith", "extends")  # fmt: skip


def test_people_views_name_english_only_authors(store):
    authors = build_view(store, "authors")
    names = {d["label"] for _, d in authors.nodes(data=True) if d["kind"] == "author"}
    assert {"ZHOU Wen", "YANG Zheng-yuan", "范从来", "郑琼洁"} <= names
    coauthors = build_view(store, "coauthors")
    pairs = {frozenset((coauthors.nodes[a]["label"], coauthors.nodes[b]["label"])) for a, b in coauthors.edges}
    assert frozenset(("ZHOU Wen", "YANG Zheng-yuan")) in pairs and frozenset(("范从来", "郑琼洁")) in pairs
    cited = build_view(store, "cited-authors")
    heaviest = max(cited.nodes(data=True), key=lambda nd: nd[1]["weight"])[1]
    assert heaviest["weight"] >= 1 and cited.number_of_nodes() > 20
    assert all(d["kind"] == "co-cited" for _, _, d in cited.edges(data=True))
    few = cited_authors_graph(store, max_pairs=100)  # too many pairs: those cited together once go
    assert all(d["weight"] >= 2 for _, _, d in few.edges(data=True))
    assert all(d["weight"] >= 2 or few.degree(n) for n, d in few.nodes(data=True))
    assert few.number_of_edges() < cited.number_of_edges() and few.number_of_nodes() < cited.number_of_nodes()


def test_reducing_a_citation_map_keeps_the_citing_documents():
    g = nx.DiGraph(name="papers")
    for d in range(3):
        g.add_node(f"d{d}", kind="document", label=f"d{d}")
        for w in range(5):
            g.add_node(f"w{d}{w}", kind="work", label=f"w{d}{w}")
            g.add_edge(f"d{d}", f"w{d}{w}", kind="cites")
        g.add_edge(f"d{d}", "shared", kind="cites")
    kept, note = reduce_graph(g, limit=4)
    assert set(kept) == {"d0", "d1", "d2", "shared"} and kept.is_directed() and note


def test_a_cluster_colours_its_node():
    g = nx.DiGraph(name="t")
    g.add_node("a", kind="work", label="a", cluster=3)
    g.add_node("b", kind="work", label="b", cluster=None)
    g.add_edge("a", "b", kind="cites")
    data = graph_payload(g, None)
    colours = {n["id"]: n["color"] for n in data["nodes"]}
    assert colours == {"a": node_colour(3), "b": KINDS["work"]["color"]} and node_colour(3) != KINDS["work"]["color"]
    assert node_colour(None) is None and node_colour(13) == node_colour(3)
    assert data["edges"][0]["arrow"] is True


def test_a_large_view_labels_its_largest_nodes_in_full_where_they_do_not_overlap():
    g = generated_graph(2000)
    for n, d in g.nodes(data=True):
        d.update(kind="work", label=n, weight=g.degree(n))
    nodes = graph_payload(g, None)["nodes"]
    full = [n for n in nodes if n["fontSize"] == LABEL_SIZES[0]]
    assert 50 < len(full) <= LABELLED and all(n["fontSize"] in LABEL_SIZES for n in nodes)
    width, height = LABEL_SIZES[0] * 16, LABEL_SIZES[0] * 3
    for i, a in enumerate(full):  # no two full labels on top of each other
        assert all(abs(a["x"] - b["x"]) > width or abs(a["y"] - b["y"]) > height for b in full[i + 1 :])
    assert max(nodes, key=lambda n: (n["size"], g.degree(n["id"])))["fontSize"] == LABEL_SIZES[0]
    assert "fontSize" not in graph_payload(g.subgraph(list(g)[:300]), None)["nodes"][0]  # small views: all in full


def test_the_force_layout_is_seeded_and_keeps_communities_together():
    two = nx.disjoint_union(nx.complete_graph(40), nx.complete_graph(40))
    two.add_edge(0, 40)
    two = nx.relabel_nodes(two, {n: f"n{n}" for n in two})
    pos = force_layout(two)
    assert pos == force_layout(two) and pos != force_layout(two, seed=8)

    def mean(pairs):
        pairs = list(pairs)
        return sum(math.dist(pos[a], pos[b]) for a, b in pairs) / len(pairs)

    inside = mean((f"n{i}", f"n{j}") for i in range(40) for j in range(i + 1, 40))
    across = mean((f"n{i}", f"n{j}") for i in range(40) for j in range(40, 80))
    assert across > 2.5 * inside
    big = generated_graph(2000)
    spread = force_layout(big)
    xs = [x for x, _ in spread.values()]
    assert len(set(spread.values())) == 2000 and max(xs) - min(xs) > 1000  # spread over the canvas


def generated_graph(n: int) -> nx.Graph:
    g = nx.barabasi_albert_graph(n, 2, seed=1)
    return nx.relabel_nodes(g, {i: f"n{i}" for i in g})


def test_focus_keeps_a_neighbourhood(store):
    g = focus(build_view(store, "concepts"), "耐心资本", depth=1)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert "耐心资本" in labels and len(labels) < 20


def test_analytics_on_small_graphs():
    cited = CitationNetwork(cites={"a": {"w1", "w2", "w3"}, "b": {"w1", "w2"}, "c": {"w9"}})
    assert cocitation(cited, minimum=2) == {("w1", "w2"): 2}
    assert coupling(cited) == {("a", "b"): 2}
    star = nx.star_graph(4)
    rank = pagerank(star)
    assert max(rank, key=rank.get) == 0 and abs(sum(rank.values()) - 1) < 1e-6
    two = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(4))
    groups = communities(two)
    assert len(set(groups.values())) == 2


def test_reader_text_nests_overlapping_marks_and_escapes():
    text = "甲<b>乙</b>丙"
    html = render_text(text, [Mark(0, 10, "claim k-finding", "s0-10", "finding"), Mark(1, 4, "cite", "s1-4", 'a"b')])
    assert html == (
        '<p><span class="claim k-finding" id="s0-10" title="finding" data-span="0-10">甲'
        '<span class="cite" id="s1-4" title="a&quot;b" data-span="1-4">&lt;b&gt;</span>乙&lt;/b&gt;丙</span></p>'
    )


def test_markdown_becomes_headings_and_emphasis_around_marks():
    text = "## 一、引言\n发展**新质生产力**要*因地制宜*，见\\*注\n"
    html = render_text(text, [Mark(12, 17, "claim k-finding", "c1", rank=1)])
    assert html.startswith("<h3>一、引言</h3><p>发展")
    assert '<span class="md strong">新质生产力</span>' in html and '<span class="md em">因地制宜</span>' in html
    assert "#" not in html and "**" not in html and "见*注" in html
    figure = render_text("图1 ![](images/b7b3.jpg)见[网站](https://example.org/a)。", [])
    assert figure == "<p>图1 见网站。</p>"
    # the claim over 新质生产力 stays one element; the emphasis around it nests inside
    assert (
        '<span class="claim k-finding" id="c1" data-span="12-17"><span class="md strong">新质生产力</span></span>'
        in html
    )


def test_a_mark_covers_the_cleaned_characters_of_its_source_span():
    source = "发展新质\n生产力。\n"  # the cleaned text joined the broken line
    text, offsets = "发展新质生产力。", [0, 1, 2, 3, 5, 6, 7, 8]
    html = render_mapped(text, offsets, [Mark(2, 8, "claim", "c", tail="<b>t</b>")])
    assert html == '<p>发展<span class="claim" id="c" data-span="2-8">新质生产力</span><b>t</b>。</p>'
    assert source[2:8].replace("\n", "") == "新质生产力"


def test_graph_exports_reload_with_networkx(out, tmp_path):
    g = build_view(LocalStore(out / "store", read_only=True), "papers")
    for fmt, reader in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        path = tmp_path / f"papers.{fmt}"
        result = runner.invoke(app, ["export", "--format", fmt, "--store", str(out / "store"), "--out", str(path)])
        assert result.exit_code == 0, result.output
        back = reader(path)
        assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
        node = next(iter(back.nodes(data=True)))[1]
        assert {"label", "kind", "community", "pagerank"} <= set(node)
        assert all("weight" in d and "kind" in d for _, _, d in back.edges(data=True))
    csv_out = tmp_path / "papers.csv"
    runner.invoke(app, ["export", "--format", "csv", "--store", str(out / "store"), "--out", str(csv_out)])
    assert (tmp_path / "papers-nodes.csv").read_text(encoding="utf-8").startswith("id,label,kind,community")
    for fmt in ("nquads", "jsonld", "trig"):
        path = tmp_path / f"data.{fmt}"
        result = runner.invoke(app, ["export", "--format", fmt, "--store", str(out / "store"), "--out", str(path)])
        assert result.exit_code == 0 and path.stat().st_size > 100000


def test_view_and_analyze_commands(out, tmp_path):
    path = tmp_path / "focus.html"
    result = runner.invoke(app, ["view", "--name", "concepts", "--focus", "耐心资本", "--store", str(out / "store"),
                                 "--out", str(path)])  # fmt: skip
    assert result.exit_code == 0 and path.stat().st_size > 400000
    missing = runner.invoke(app, ["view", "--focus", "不存在的节点", "--store", str(out / "store"), "--out", str(path)])
    assert missing.exit_code == 1 and "no node matches" in missing.output
    report = runner.invoke(app, ["analyze", "--store", str(out / "store"), "--top", "3"])
    assert report.exit_code == 0
    for heading in ("Most central cited works", "Concept communities", "Co-citation"):
        assert heading in report.output


def test_graph_exports_are_directed_with_a_kind_on_every_edge(out, tmp_path):
    store = LocalStore(out / "store", read_only=True)
    papers = build_view(store, "papers")
    for fmt, reader in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        path = tmp_path / f"papers.{fmt}"
        runner.invoke(app, ["export", "--format", fmt, "--store", str(out / "store"), "--out", str(path)])
        back = reader(path)
        assert back.is_directed()
        kinds = {n: d["kind"] for n, d in back.nodes(data=True)}
        cites = [(a, b) for a, b, d in back.edges(data=True) if d["kind"] == "cites"]
        assert len(cites) == sum(1 for _, _, d in papers.edges(data=True) if d["kind"] == "cites")
        assert all(kinds[a] == "document" and kinds[b] == "work" for a, b in cites)
        assert all(d["kind"] for _, _, d in back.edges(data=True))
    claims = tmp_path / "claims.graphml"
    runner.invoke(app, ["export", "--format", "graphml", "--view", "claims", "--store", str(out / "store"),
                        "--out", str(claims)])  # fmt: skip
    back = nx.read_graphml(claims)
    kinds = {n: d["kind"] for n, d in back.nodes(data=True)}
    assert {kinds[a] for a, _, d in back.edges(data=True) if d["kind"] in ("cites", "quotes", "states")} == {"claim"}
    assert {kinds[a] for a, _, d in back.edges(data=True) if d["kind"] == "makes"} == {"document"}
    authors = tmp_path / "authors.gexf"
    runner.invoke(app, ["export", "--format", "gexf", "--view", "authors", "--store", str(out / "store"),
                        "--out", str(authors)])  # fmt: skip
    back = nx.read_gexf(authors)
    mutual = [(a, b, d["kind"]) for a, b, d in back.edges(data=True) if d["mutual"]]
    assert mutual and all(kind == "co-author" for _a, _b, kind in mutual)


def test_vosviewer_map_and_network_files(out, tmp_path):
    result = runner.invoke(app, ["export", "--format", "vosviewer", "--store", str(out / "store"),
                                 "--out", str(tmp_path / "papers.txt")])  # fmt: skip
    assert result.exit_code == 0, result.output
    papers = build_view(LocalStore(out / "store", read_only=True), "papers")
    rows = (tmp_path / "papers-map.txt").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    assert header[:3] == ["id", "label", "cluster"] and "weight<Links>" in header
    items = [dict(zip(header, r.split("\t"), strict=True)) for r in rows[1:]]
    assert len(items) == papers.number_of_nodes()
    assert [int(i["id"]) for i in items] == list(range(1, len(items) + 1)) and min(
        int(i["cluster"]) for i in items
    ) == 1
    assert "新质生产力的新质态及其发展战略" in {i["label"] for i in items}
    links = [line.split("\t") for line in (tmp_path / "papers-network.txt").read_text(encoding="utf-8").splitlines()]
    assert len(links) == papers.number_of_edges()
    assert all(int(a) < int(b) <= len(items) and float(s) > 0 for a, b, s in links)
    degree = {i["id"]: int(i["weight<Links>"]) for i in items}
    for i in degree:
        assert degree[i] == sum(1 for a, b, _ in links if i in (a, b))
