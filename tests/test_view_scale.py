"""Views of a large corpus inline a bounded part of it and say so; the rest stays reachable."""

import pytest
from helpers import CORPUS, corpus_file
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app
from npf_graph.store import LocalStore
from npf_graph.view import claims as claims_view
from npf_graph.view import statements
from npf_graph.view import write as view_write
from npf_graph.view.network import build_view

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("view-scale") / "out"
    build(sorted(CORPUS.glob("*.txt")), out, view=False)
    return LocalStore(out / "store", read_only=True)


def test_the_claims_view_filters_past_its_limit(store, monkeypatch):
    whole = build_view(store, "claims")
    monkeypatch.setattr(claims_view, "CLAIM_LIMIT", 40)
    g = build_view(store, "claims")
    shown = [n for n, d in g.nodes(data=True) if d["kind"] == "claim"]
    every = [n for n, d in whole.nodes(data=True) if d["kind"] == "claim"]
    assert len(every) > 900 and 30 <= len(shown) <= 40
    assert "40 of" in g.graph["note"] and "reader page" in g.graph["note"]
    assert all(g.degree(n) for n, d in g.nodes(data=True) if d["kind"] == "document")  # only the claims' documents
    for n in shown:  # each shown claim keeps its details and its sources
        assert g.nodes[n]["detail"] == whole.nodes[n]["detail"]


def test_claims_behind_the_most_claimed_sources_come_first():
    links = [{"claim": c, "target": t} for c, t in (("a", "w1"), ("b", "w1"), ("c", "w1"), ("d", "w2"), ("e", "w3"))]
    assert claims_view.chosen_claims(links, 3) == {"a", "b", "c"}
    assert claims_view.chosen_claims(links, 4) == {"a", "b", "c", "d"}


def test_the_papers_view_keeps_the_most_central_nodes_before_its_panels(store, monkeypatch):
    whole = build_view(store, "papers")
    monkeypatch.setattr(statements, "VIEW_NODES", 30)
    g = build_view(store, "papers")
    assert g.number_of_nodes() - sum(1 for _, d in g.nodes(data=True) if d["kind"] == "concept") == 30
    assert whole.number_of_nodes() > 60 and "Reduced from" in g.graph["note"]
    assert any(d["kind"] == "document" for _, d in g.nodes(data=True))


def test_a_work_panel_lists_a_bounded_number_of_citing_sentences(store, monkeypatch):
    every = statements.citing_statements(store)
    work, sentences = max(every.items(), key=lambda kv: len(kv[1]))
    monkeypatch.setattr(statements, "MAX_STATEMENTS", 1)
    few = statements.citing_statements(store, {work})
    if len(sentences) > 1:
        assert few[work][0] == sentences[0] and few[work][1].startswith(f"… {len(sentences) - 1} more")
    assert statements.citing_statements(store, set()) == {}


def test_a_large_first_build_leaves_reader_pages_to_view_all(tmp_path, monkeypatch):
    monkeypatch.setattr(view_write, "READER_PAGES", 1)
    out = tmp_path / "out"
    result = build([corpus_file("003"), corpus_file("004")], out)
    assert result.views["reader pages"]["deferred"] == 2 and not list((out / "docs").glob("*.html"))
    assert not result.views_current
    done = runner.invoke(app, ["view", "--all", "--store", str(out / "store")])
    assert done.exit_code == 0, done.output
    assert len(list((out / "docs").glob("*.html"))) == 2
    from npf_graph.manifest import read_manifest

    assert read_manifest(out).views_current


def test_people_views_of_a_large_corpus_keep_the_most_cited(store, monkeypatch):
    from npf_graph.view import people

    whole = people.cited_authors_graph(store)
    monkeypatch.setattr(people, "VIEW_NODES", 5)
    few = people.cited_authors_graph(store)
    assert whole.number_of_nodes() > 5 and few.number_of_nodes() <= 5
    top = sorted(whole.nodes, key=lambda n: (-whole.nodes[n]["weight"], n))[:5]
    assert set(few.nodes) <= set(top)
    works = [n for n, d in people.authors_graph(store).nodes(data=True) if d["kind"] == "work"]
    assert 0 < len(works) <= 5


def test_store_rows_stream_what_select_returns(store):
    query = "SELECT ?doc ?title WHERE { ?doc npf:docType ?t ; rdfs:label ?title }"
    rows = store.rows(query)
    assert next(rows) in store.select(query)  # one row at a time
    assert sorted(map(str, [*store.rows(query)])) == sorted(map(str, store.select(query)))


def test_cited_authors_count_documents_and_pairs_once(store):
    from collections import Counter, defaultdict

    from npf_graph.view import people

    rows = store.select(  # over the union: every copy of a work's creators
        "SELECT DISTINCT ?doc ?person WHERE { ?doc npf:docType ?t ; cito:cites ?w . ?w dcterms:creator ?person }"
    )
    by_doc = defaultdict(set)
    for r in rows:
        by_doc[r["doc"]].add(r["person"])
    docs_of = Counter(p for people_ in by_doc.values() for p in people_)
    pairs = Counter((a, b) for ps in by_doc.values() for a in ps for b in ps if a < b)
    g = people.cited_authors_graph(store, max_pairs=10**9)
    assert {n: d["weight"] for n, d in g.nodes(data=True)} == dict(docs_of)
    assert {tuple(sorted(e)): d["weight"] for *e, d in g.edges(data=True)} == dict(pairs)


def test_the_claims_view_lists_each_source_once_and_takes_the_most_claimed(store, monkeypatch):
    from collections import Counter, defaultdict

    links = {(rel, r["claim"], r["target"]) for rel, q in claims_view.CLAIM_LINKS.items() for r in store.select(q)}
    claims_of = Counter(target for _, _, target in links)
    score = defaultdict(int)
    for _, claim, target in links:
        score[claim] = max(score[claim], claims_of[target])
    chosen = claims_view.top_claims(store, 40)
    assert 30 <= len(chosen) <= 40
    assert min(score[c] for c in chosen) >= max(score[c] for c in score if c not in chosen)
    monkeypatch.setattr(claims_view, "CLAIM_LIMIT", 40)
    g = build_view(store, "claims")
    for _, d in g.nodes(data=True):
        if d["kind"] == "claim":
            assert len(d["detail"]["sources"]) == len(set(d["detail"]["sources"]))


@pytest.mark.parametrize(
    ("weights", "most", "least"),
    [
        ({1: 100, 2: 10, 3: 5}, 200, 1),  # few enough pairs: every one
        ({1: 100, 2: 10, 3: 5}, 20, 2),  # cited together once: left out
        ({1: 100, 2: 10, 3: 5}, 12, 3),
        ({1: 100, 2: 10, 3: 5}, 3, 3),  # the heaviest are drawn even when they alone are too many
        ({1: 100, 5: 1}, 100, 5),
    ],
)
def test_cited_author_pairs_left_out_lightest_first(weights, most, least):
    from collections import Counter

    from npf_graph.view.people import _least_weight

    assert _least_weight(Counter(weights), most) == least
