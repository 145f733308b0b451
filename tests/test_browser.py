"""The HTML views and reader pages in a real headless Chromium (Debian's), offline."""

import json
import os
import shutil
from pathlib import Path

import networkx as nx
import pytest
from helpers import ROOT, two_citing_copies

from npf_graph.build import build
from npf_graph.view.html import render_html


@pytest.fixture(scope="module")
def out(sample_out):
    return sample_out


class Page:
    """A page with every request that is not a local file aborted and counted."""

    def __init__(self, browser, url: str) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.external: list[str] = []
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.goto(url)

    def _route(self, route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def ready(self) -> None:
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30000)

    def eval(self, js: str):
        return self.page.evaluate(js)

    def click_node(self, node_id: str) -> None:
        """Click the node where it shows (a point of its shape that no other node covers)."""
        x, y = self.page.evaluate(
            """(id) => { const n = window.npfNetwork; n.focus(id, {scale: 2.5, animation: false});
                const r = document.getElementById('graph').getBoundingClientRect();
                const c = n.getPosition(id), s = 0.7 * n.body.nodes[id].options.size;
                for (let i = 0; i <= 8; i++) for (let j = 0; j <= 8; j++) {
                  const p = n.canvasToDOM({x: c.x + s * ((i + 4) % 9 - 4) / 4, y: c.y + s * ((j + 4) % 9 - 4) / 4});
                  if (n.getNodeAt(p) === id) return [p.x + r.left, p.y + r.top];
                }
                throw new Error("node " + id + " is covered"); }""",
            node_id,
        )
        self.page.mouse.move(x, y, steps=3)  # a hovered claim shows its label: look again once it does
        self.page.wait_for_timeout(200)
        hit = """([id, x, y]) => { const r = document.getElementById('graph').getBoundingClientRect();
                   return window.npfNetwork.getNodeAt({x: x - r.left, y: y - r.top}) === id; }"""
        assert self.page.evaluate(hit, [node_id, x, y])
        self.page.mouse.click(x, y)


def payload(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    start = text.index('<script type="application/json" id="graph-data">') + len(
        '<script type="application/json" id="graph-data">'
    )
    return json.loads(text[start : text.index("</script>", start)])


# What the canvas shows: the node ids vis-network draws, the painted (non-transparent) pixels,
# and for each given node whether pixels are painted in a small square around its centre.
DRAWN = """(ids) => new Promise((done) => {
  const net = window.npfNetwork;
  net.once("afterDrawing", () => {
    const canvas = document.querySelector("#graph canvas");
    const ratio = canvas.width / canvas.clientWidth;
    const img = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < img.data.length; i += 4) if (img.data[i] > 0) painted++;
    const paintedAt = (id) => {
      const p = net.canvasToDOM(net.getPosition(id));
      const cx = Math.round(p.x * ratio), cy = Math.round(p.y * ratio);
      for (let y = cy - 2; y <= cy + 2; y++) for (let x = cx - 2; x <= cx + 2; x++) {
        if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
        if (img.data[(y * img.width + x) * 4 + 3] > 0) return true;
      }
      return false;
    };
    const outside = ids.filter((id) => {
      const p = net.canvasToDOM(net.getPosition(id));
      return p.x < 0 || p.y < 0 || p.x > canvas.clientWidth || p.y > canvas.clientHeight;
    });
    done({ drawn: [...net.body.nodeIndices], painted, blank: ids.filter((id) => !paintedAt(id)), outside });
  });
  net.redraw();
})"""


def check_drawn(page: Page, expected: set[str]) -> None:
    """The network draws exactly `expected`, inside the window, with pixels at each of their centres."""
    seen = page.page.evaluate(DRAWN, sorted(expected))
    assert set(seen["drawn"]) == expected
    assert seen["outside"] == []
    assert seen["blank"] == []
    assert seen["painted"] > 200 * min(len(expected), 5)


def neighbourhood(data: dict, doc: str) -> set[str]:
    mine = {n["id"] for n in data["nodes"] if n["doc"] == doc}
    return (
        mine
        | {e["to"] for e in data["edges"] if e["from"] in mine}
        | {e["from"] for e in data["edges"] if e["to"] in mine}
    )


def test_papers_view_renders_offline_with_every_node(browser, out):
    page = Page(browser, (out / "graph.html").as_uri())
    page.ready()
    data = payload(out / "graph.html")
    assert len(data["nodes"]) > 50
    cited = {n["id"] for n in data["nodes"] if n["kind"] in ("document", "work")}
    check_drawn(page, cited)  # concepts are off until asked for
    arrows = "() => Object.values(window.npfNetwork.body.edges).filter((e) => e.options.arrows.to.enabled).length"
    assert page.eval(arrows) == sum(1 for e in data["edges"] if e["kind"] in ("cites", "corpus citation")) >= 27
    assert page.eval("() => document.getElementById('legend').textContent").count("(") >= 2
    assert page.external == [] and page.errors == []
    page.page.screenshot(path=str(out / "graph-view.png"))
    assert (out / "graph-view.png").stat().st_size > 50000
    if os.environ.get("NPF_UPDATE_SCREENSHOT"):  # refresh the copy the README shows
        shutil.copy(out / "graph-view.png", ROOT / "docs" / "img" / "graph-view.png")
    page.page.check("input.kind-toggle[data-kind=concept]")
    check_drawn(page, {n["id"] for n in data["nodes"]})


EDGES_DRAWN = "() => window.npfNetwork.body.edgeIndices.length"


def test_co_citation_links_are_an_option(browser, tmp_path):
    corpus = two_citing_copies(tmp_path / "corpus")
    build([corpus], tmp_path / "out")
    data = payload(tmp_path / "out" / "graph.html")
    count = {k: sum(1 for e in data["edges"] if e["kind"] == k) for k in ("cites", "co-cited", "coupled")}
    assert count["co-cited"] > 50 and count["coupled"] == 1
    page = Page(browser, (tmp_path / "out" / "graph.html").as_uri())
    page.ready()
    assert page.eval(EDGES_DRAWN) == count["cites"]
    page.page.check("input.edge-toggle[data-edge-kind=co-cited]")
    assert page.eval(EDGES_DRAWN) == count["cites"] + count["co-cited"]
    page.page.check("input.edge-toggle[data-edge-kind=coupled]")
    page.page.uncheck("input.edge-toggle[data-edge-kind=cites]")
    assert page.eval(EDGES_DRAWN) == count["co-cited"] + count["coupled"]
    check_drawn(page, {n["id"] for n in data["nodes"] if n["kind"] != "concept"})
    assert page.errors == []


def test_clicking_a_claim_shows_its_sentence_and_sources(browser, out):
    page = Page(browser, (out / "claims.html").as_uri())
    page.ready()
    data = payload(out / "claims.html")
    claim = next(n for n in data["nodes"] if n["kind"] == "claim" and n["detail"]["sources"])
    page.click_node(claim["id"])
    panel = page.eval("() => document.getElementById('panel').textContent")
    assert claim["detail"]["sentence"] in panel
    assert claim["detail"]["sources"][0] in panel
    assert page.errors == []


def test_search_finds_a_concept_by_its_english_and_alternative_labels(browser, out):
    page = Page(browser, (out / "concepts.html").as_uri())
    page.ready()
    for query in ("耐心资本", "Patient capital", "耐心資本"):
        page.page.fill("#search", query)
        page.page.press("#search", "Enter")
        assert page.eval("() => document.getElementById('search-result').textContent").startswith("1 / ")
        assert page.eval("() => document.querySelector('#panel h2').textContent") == "耐心资本"
        assert page.eval("() => window.npfNetwork.getSelectedNodes().length") == 1
    assert "patient capital" in page.eval("() => document.getElementById('panel').textContent")


def test_search_reaches_every_hit_and_cycles(browser, out):
    page = Page(browser, (out / "graph.html").as_uri())
    page.ready()
    data = payload(out / "graph.html")
    query = "新质生产力"
    expected = [
        n["id"]
        for n in data["nodes"]
        if query in "\n".join([n["label"], *n["terms"], json.dumps(n["detail"], ensure_ascii=False)])
    ]
    assert len(expected) > 5
    page.page.fill("#search", query)
    reached = []
    for _ in expected:
        page.page.press("#search", "Enter")
        reached.append(page.eval("() => window.npfNetwork.getSelectedNodes()[0]"))
        shown = page.eval("() => document.getElementById('search-result').textContent")
        assert shown == f"{len(reached)} / {len(expected)} found"
    assert sorted(reached) == sorted(expected)  # every hit once
    page.page.click("#search-next")
    assert page.eval("() => window.npfNetwork.getSelectedNodes()[0]") == reached[0]  # round again
    page.page.click("#search-prev")
    assert page.eval("() => window.npfNetwork.getSelectedNodes()[0]") == reached[-1]
    assert page.errors == []


@pytest.mark.parametrize("view", ["graph", "claims", "concepts", "authors", "coauthors", "cited-authors"])
def test_every_type_toggle_and_document_filter_leaves_the_rest_drawn(browser, out, view):
    page = Page(browser, (out / f"{view}.html").as_uri())
    page.ready()
    data = payload(out / f"{view}.html")
    boxes = page.eval(
        "() => [...document.querySelectorAll('input.kind-toggle')].map((b) => [b.dataset.kind, b.checked])"
    )
    on = {kind for kind, checked in boxes if checked}
    every = {n["id"] for n in data["nodes"] if n["kind"] in on and n.get("claimKind") != "assertion"}
    check_drawn(page, every)
    for kind in sorted(on):
        page.page.uncheck(f"input.kind-toggle[data-kind={kind}]")
        rest = {n["id"] for n in data["nodes"] if n["id"] in every and n["kind"] != kind}
        if rest:
            check_drawn(page, rest)
        page.page.check(f"input.kind-toggle[data-kind={kind}]")
        check_drawn(page, every)
    for doc in data["documents"]:
        page.page.select_option("#doc-filter", doc["id"])
        check_drawn(page, every & neighbourhood(data, doc["id"]))
    page.page.select_option("#doc-filter", "")
    check_drawn(page, every)
    for kind in on:  # nothing ticked: nothing drawn, not a pixel
        page.page.uncheck(f"input.kind-toggle[data-kind={kind}]")
    assert page.page.evaluate(DRAWN, []) == {"drawn": [], "painted": 0, "blank": [], "outside": []}
    assert page.errors == []


def test_assertions_are_a_switch_with_their_count(browser, out):
    page = Page(browser, (out / "claims.html").as_uri())
    page.ready()
    data = payload(out / "claims.html")
    assertions = {n["id"] for n in data["nodes"] if n["claimKind"] == "assertion"}
    assert len(assertions) > 100
    box = "input.claim-kind-toggle[data-claim-kind=assertion]"
    assert not page.page.is_checked(box)
    assert page.eval(f"() => document.querySelector('{box}').parentElement.textContent") == (
        f" assertion ({len(assertions)})"
    )
    others = {n["id"] for n in data["nodes"]} - assertions
    check_drawn(page, others)
    page.page.check(box)
    check_drawn(page, others | assertions)


def test_claims_show_their_text_on_hover(browser, out):
    page = Page(browser, (out / "claims.html").as_uri())
    page.ready()
    data = payload(out / "claims.html")
    claim = next(n for n in data["nodes"] if n["kind"] == "claim" and n["claimKind"] == "recommendation")
    label = "(id) => window.npfNetwork.body.data.nodes.get(id).label"
    assert page.page.evaluate(label, claim["id"]) == ""
    x, y = page.eval(
        f"""() => {{ const n = window.npfNetwork; n.focus({json.dumps(claim["id"])}, {{scale: 2, animation: false}});
            const p = n.canvasToDOM(n.getPosition({json.dumps(claim["id"])}));
            const r = document.getElementById('graph').getBoundingClientRect();
            return [p.x + r.left, p.y + r.top]; }}"""
    )
    page.page.mouse.move(x - 30, y - 30)
    page.page.mouse.move(x, y, steps=5)
    page.page.wait_for_function(f"() => window.npfNetwork.body.data.nodes.get({json.dumps(claim['id'])}).label")
    assert page.page.evaluate(label, claim["id"]) == claim["label"] != ""
    page.page.mouse.move(x + 200, y + 200, steps=5)
    page.page.wait_for_function(f"() => !window.npfNetwork.body.data.nodes.get({json.dumps(claim['id'])}).label")


def test_a_work_lists_the_sentences_that_cite_it(browser, out):
    page = Page(browser, (out / "claims.html").as_uri())
    page.ready()
    data = payload(out / "claims.html")
    by_id = {n["id"]: n for n in data["nodes"]}
    by_work: dict[str, list[dict]] = {}
    for e in data["edges"]:
        if e["kind"] == "cites" and by_id[e["from"]]["kind"] == "claim":
            by_work.setdefault(e["to"], []).append(by_id[e["from"]])
    work_id = max(sorted(by_work), key=lambda w: len(by_work[w]))
    work, citing = by_id[work_id], by_work[work_id]
    assert citing
    page.click_node(work["id"])
    panel = page.eval("() => document.getElementById('panel').textContent")
    assert "citing sentences" in panel
    for claim in citing:
        assert claim["detail"]["sentence"] in panel
        assert f"· {claim['claimKind']} · " in panel
    assert page.errors == []


def test_claim_kinds_can_be_hidden(browser, out):
    page = Page(browser, (out / "claims.html").as_uri())
    page.ready()
    data = payload(out / "claims.html")
    drawn = {n["id"] for n in data["nodes"] if n.get("claimKind") != "assertion"}
    check_drawn(page, drawn)
    recs = {n["id"] for n in data["nodes"] if n["claimKind"] == "recommendation"}
    assert recs
    page.page.uncheck("input.claim-kind-toggle[data-claim-kind=recommendation]")
    check_drawn(page, drawn - recs)
    assert page.errors == []


IN_VIEW = """(id) => { const r = document.getElementById(id).getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight; }"""
HIGHLIGHT = "(id) => getComputedStyle(document.getElementById(id)).backgroundColor"


def test_a_claim_links_to_its_sentence_highlighted_in_the_reader(browser, out):
    page = Page(browser, (out / "claims.html").as_uri())
    page.ready()
    data = payload(out / "claims.html")
    claim = next(n for n in data["nodes"] if n["kind"] == "claim" and "两次全球大危机" in n["detail"]["sentence"])
    page.click_node(claim["id"])
    page.page.click("a.reader-link")
    page.page.wait_for_load_state()
    url = page.page.url
    anchor = url.split("#", 1)[1]
    assert url.split("#")[0].endswith(f"docs/{claim['doc']}.html") and anchor.startswith("claim-")
    text = page.eval(f"() => document.getElementById({json.dumps(anchor)}).textContent")
    assert "刘鹤在《两次全球大危机的比较研究》" in text  # the sentence itself, its broken lines rejoined
    assert page.page.evaluate(IN_VIEW, anchor)
    assert page.page.evaluate(HIGHLIGHT, anchor) == "rgb(255, 233, 168)"  # the :target highlight
    title = page.eval("() => document.querySelector('.text .cite').getAttribute('title')")
    assert title.startswith("[1] 刘伟")  # a citation marker shows its parsed reference
    assert page.external == [] and page.errors == []


def reader(out: Path, records: list[dict], prefix: str) -> tuple[dict, Path]:
    rec = next(r for r in records if r["source"]["name"].startswith(prefix))
    return rec, out / "docs" / f"{rec['id']}.html"


def test_a_citation_marker_jumps_to_its_reference_entry_and_back(browser, out):
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    rec, path = reader(out, records, "000")
    resolved = [c for c in rec["citations"] if c["reference_ids"]]
    assert len(resolved) > 10
    page = Page(browser, path.as_uri())
    for cite in (resolved[0], resolved[-1]):
        page.page.evaluate("() => window.scrollTo(0, 0)")
        page.page.click(f"a.cite[id={json.dumps(cite['id'])}]")
        target = cite["reference_ids"][0]
        page.page.wait_for_function("(h) => location.hash === h", arg=f"#{target}")
        assert page.page.evaluate(IN_VIEW, target)
        assert not page.page.evaluate(IN_VIEW, cite["id"])
        assert page.page.evaluate(HIGHLIGHT, target) == "rgb(255, 233, 168)"
        back = page.eval(f"() => [...document.querySelectorAll('a.back')].filter((a) => "
                         f"a.getAttribute('href') === '#{cite['id']}').length")  # fmt: skip
        assert back == 1
        page.page.click(f"a.back[href='#{cite['id']}']")
        page.page.wait_for_function("(h) => location.hash === h", arg=f"#{cite['id']}")
        assert page.page.evaluate(IN_VIEW, cite["id"])
    assert page.external == [] and page.errors == []


def test_reader_pages_show_the_cleaned_text_with_every_highlight_at_its_span(browser, out, sources):
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    squeeze = "(s) => s.replace(/\\s+/g, '')"
    for prefix in sorted(sources):
        rec, path = reader(out, records, prefix)
        source = sources[prefix]
        page = Page(browser, path.as_uri())
        spans = page.eval(
            "() => [...document.querySelectorAll('.text [data-span]')].map((e) => [e.dataset.span, e.textContent])"
        )
        assert len(spans) > 20
        for span, text in spans:  # each highlight holds characters of its source span, in order
            start, end = map(int, span.split("-"))
            it = iter("".join(source[start:end].split()))  # a line break may have become a space
            assert all(ch in it for ch in "".join(text.split())), (span, text)
        for claim in rec["claims"]:
            assert page.eval(
                f"() => document.querySelectorAll('[data-span=\"{claim['span'][0]}-{claim['span'][1]}\"]').length"
            )
        paragraphs = page.eval(
            "() => [...document.querySelectorAll('.text p, .text h2, .text h3, .text h4')].map((p) => p.textContent)"
        )
        assert not [p for p in paragraphs if len(p.strip()) == 1]  # no masthead one character a line
        body = page.eval("() => document.querySelector('.text').textContent")
        assert "##" not in body and "**" not in body
        if prefix == "001":
            assert "特区实践与理论" not in page.page.evaluate(squeeze, body)
        if prefix == "002":  # a sentence broken over lines in the file reads as one
            assert any("推动生产力整体跃升" in p for p in paragraphs)
        if prefix == "003":
            assert page.eval("() => document.querySelector('.text h2').textContent") == "探路新质生产力"
    assert page.errors == []


def test_markup_in_a_document_stays_text(browser, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    payloads = ["<script>window.__pwned = 1</script>", '"><img src=x onerror="window.__pwned = 2">']
    text = (
        "新质生产力与开源创新\n张三 李四\n"
        f"发展新质生产力要推动开源创新{payloads[0]}，也要发挥耐心资本的作用{payloads[1]}。\n"
        "开源创新需要耐心资本，新质生产力需要开源创新。\n"
    )
    (corpus / "evil.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build([corpus], out)
    reader = next((out / "docs").glob("*.html"))
    for url in ((out / "claims.html").as_uri(), reader.as_uri()):
        page = Page(browser, url)
        if "claims" in url:
            page.ready()
            nodes = payload(out / "claims.html")["nodes"]
            claim = next(n for n in nodes if n["kind"] == "claim" and "<script>" in n["detail"]["sentence"])
            page.click_node(claim["id"])
            assert "<script>" in page.eval("() => document.getElementById('panel').textContent")
        else:
            assert "<script>window.__pwned" in page.eval("() => document.body.textContent")
        assert page.eval("() => window.__pwned === undefined")
        assert page.eval("() => document.querySelectorAll('img').length") == 0
        assert page.external == []


def generated(n_nodes: int, seed: int = 1) -> nx.Graph:
    g = nx.barabasi_albert_graph(n_nodes, 2, seed=seed)
    kinds = ["document", "work", "concept", "author"]
    h = nx.Graph(name=f"generated {n_nodes}")
    for n in g.nodes:
        h.add_node(f"n{n}", kind=kinds[n % 4], label=f"节点{n}", detail={"title": f"节点{n}"})
    h.add_edges_from((f"n{a}", f"n{b}", {"kind": "link", "weight": 1}) for a, b in g.edges)
    return h


def test_a_5000_node_graph_renders_interactively(browser, tmp_path):
    path = tmp_path / "big.html"
    size = render_html(generated(5000), path, "5000 nodes")
    assert size["nodes"] == 5000 and not size["reduced"]
    page = Page(browser, path.as_uri())
    page.ready()
    assert page.eval("() => window.npfNetwork.body.data.nodes.length") == 5000
    sizes = page.eval("() => Object.values(window.npfNetwork.body.nodes).map((n) => n.options.font.size)")
    assert sorted(set(sizes)) == [7, 20] and sizes.count(20) == 100  # the largest nodes labelled in full
    assert page.eval("() => document.getElementById('note').hidden")


def test_a_50000_node_graph_is_reduced_with_a_note(browser, tmp_path):
    path = tmp_path / "huge.html"
    size = render_html(generated(50000), path, "50000 nodes")
    assert size["reduced"] and size["nodes"] == 5000
    page = Page(browser, path.as_uri())
    page.ready()
    note = page.eval("() => document.getElementById('note').textContent")
    assert note.startswith("Reduced from 50,000 to 5,000 nodes") and "--focus" in note
