import networkx as nx
import pytest
from helpers import CORPUS
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app
from npf_graph.store import LocalStore
from npf_graph.view.analytics import cocitation, communities, coupling, pagerank, rising_concepts
from npf_graph.view.network import build_view, focus
from npf_graph.view.reader import Mark, render_text

runner = CliRunner()


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("views") / "out"
    build([CORPUS], out, view=False)
    return out


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


def test_focus_keeps_a_neighbourhood(store):
    g = focus(build_view(store, "concepts"), "耐心资本", depth=1)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert "耐心资本" in labels and len(labels) < 20


def test_analytics_on_small_graphs():
    assert cocitation({"w1": {"a", "b"}, "w2": {"a", "b"}, "w3": {"a"}}) == {("w1", "w2"): 2}
    assert coupling({"a": {"w1", "w2"}, "b": {"w2"}, "c": {"w9"}}) == {("a", "b"): 1}
    star = nx.star_graph(4)
    rank = pagerank(star)
    assert max(rank, key=rank.get) == 0 and abs(sum(rank.values()) - 1) < 1e-6
    two = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(4))
    groups = communities(two)
    assert len(set(groups.values())) == 2
    assert rising_concepts({"d1": 2023, "d2": 2024}, {"d1": {"甲"}, "d2": {"甲", "乙"}}) == {2023: ["甲"], 2024: ["乙"]}


def test_reader_text_nests_overlapping_marks_and_escapes():
    text = "甲<b>乙</b>丙"
    html = render_text(text, [Mark(0, 10, "claim k-finding", "s0-10", "finding"), Mark(1, 4, "cite", "s1-4", 'a"b')])
    assert html.startswith('<a id="s0-10"></a><span class="claim k-finding" title="finding">甲</span>')
    assert '<span class="cite" title="a&quot;b">&lt;b&gt;</span>' in html
    assert "<b>" not in html


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
    assert mutual and all(a <= b and kind == "co-author" for a, b, kind in mutual)


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
