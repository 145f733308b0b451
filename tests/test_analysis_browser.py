"""The analysis in the views, in a real headless Chromium (Debian's), offline: the papers view's legend
names the co-citation clusters and the canvas paints their nodes in their colours; the concepts
view rings the bursting concepts and its panel gives their years and strength."""

import json
from collections import Counter
from pathlib import Path

import pytest

from npf_graph.analysis.bursts import bursts
from npf_graph.analysis.clusters import cocitation_clusters
from npf_graph.store import LocalStore
from npf_graph.view.style import BURST_RING, LEGEND_TERMS

# The node brought to the middle of the canvas at a large scale and drawn; `read(net, id, img, p,
# ratio)` then looks at the pixels of the square of half-side `half(net, id, ratio)` around it.
AROUND_NODE = """(args) => new Promise((done) => {
  const [id, rgb] = Array.isArray(args) ? args : [args, null];
  const net = window.npfNetwork;
  net.focus(id, { scale: 3, animation: false });
  net.once("afterDrawing", () => {
    const canvas = document.querySelector("#graph canvas");
    const ratio = canvas.width / canvas.clientWidth;
    const p = net.canvasToDOM(net.getPosition(id));
    const half = %s;
    const img = canvas.getContext("2d").getImageData(Math.round(p.x * ratio) - half, Math.round(p.y * ratio) - half,
      2 * half + 1, 2 * half + 1).data;
    done(Object.assign(%s, { covering: net.getNodeAt(p) }));
  });
  net.redraw();
})"""
# the most common colour of the 7 x 7 pixels at the node's centre
PAINTED_AT = AROUND_NODE % (
    "3",
    """(() => {
      const counts = new Map();
      for (let i = 0; i < img.length; i += 4) {
        const key = [img[i], img[i + 1], img[i + 2], img[i + 3]].join(",");
        counts.set(key, (counts.get(key) || 0) + 1);
      }
      const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      return { rgba: top[0].split(",").map(Number), share: top[1] / 49 };
    })()""",
)
# how many pixels of the colour `rgb` are painted in the square the node covers
COLOUR_AROUND = AROUND_NODE % (
    "Math.round(net.body.nodes[id].options.size * 3 * ratio)",
    """(() => {
      let count = 0;
      for (let i = 0; i < img.length; i += 4) {
        if (img[i + 3] > 200 && [0, 1, 2].every((k) => Math.abs(img[i + k] - rgb[k]) <= 10)) count++;
      }
      return { count };
    })()""",
)


@pytest.fixture(scope="module")
def out(sample_out):
    return sample_out


def payload(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    marker = '<script type="application/json" id="graph-data">'
    start = text.index(marker) + len(marker)
    return json.loads(text[start : text.index("</script>", start)])


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30000)
    return page, errors


def rgb(colour: str) -> list[int]:
    return [int(colour[i : i + 2], 16) for i in (1, 3, 5)]


def test_the_legend_names_the_clusters_of_the_papers_view(browser, out):
    data = payload(out / "graph.html")
    clustering = cocitation_clusters(LocalStore(out / "store", read_only=True))
    sizes = Counter(n["cluster"] for n in data["nodes"] if n["kind"] in ("document", "work") and n["cluster"] >= 0)
    named = [e for e in data["clusters"] if e["cluster"] is not None]
    assert len(named) >= 2 and [e["size"] for e in named] == sorted(sizes.values(), reverse=True)[: len(named)]
    page, errors = open_page(browser, out / "graph.html")
    rows = page.evaluate(
        "() => [...document.querySelectorAll('#cluster-legend li')].map((li) => "
        "[li.dataset.cluster, li.querySelector('.name').textContent, li.querySelector('.size').textContent, "
        "getComputedStyle(li.querySelector('.swatch')).backgroundColor])"
    )
    assert page.evaluate("() => document.getElementById('cluster-legend').checkVisibility()")
    assert len(rows) == len(data["clusters"])
    for (cid, name, size, swatch), entry in zip(rows, named, strict=False):
        terms = clustering.clusters[entry["cluster"]].terms
        assert cid == str(entry["cluster"]) and name == f"#{cid} " + "、".join(terms[:LEGEND_TERMS])
        assert int(size) == sizes[entry["cluster"]] and swatch == "rgb({}, {}, {})".format(*rgb(entry["color"]))
    assert "open、source、software" in page.evaluate("() => document.getElementById('cluster-legend').textContent")
    assert len({e["color"] for e in data["clusters"]}) == len(data["clusters"])  # every entry its own colour
    assert errors == []


def test_nodes_of_two_clusters_are_painted_in_their_colours(browser, out):
    data = payload(out / "graph.html")
    first, second = (e for e in data["clusters"][:2])
    page, errors = open_page(browser, out / "graph.html")
    painted = {}
    for entry in (first, second):
        works = [n for n in data["nodes"] if n["kind"] == "work" and n["cluster"] == entry["cluster"]]
        assert works
        seen = page.evaluate(PAINTED_AT, works[0]["id"])
        assert seen["covering"] == works[0]["id"] and seen["share"] > 0.8
        painted[entry["cluster"]] = seen["rgba"]
        assert seen["rgba"][3] == 255
        assert all(abs(a - b) <= 3 for a, b in zip(seen["rgba"][:3], rgb(entry["color"]), strict=True))
    assert painted[first["cluster"]] != painted[second["cluster"]]
    page.click("#cluster-legend summary")  # the legend folds away and leaves the graph free
    assert not page.evaluate("() => document.querySelector('#cluster-legend ol').checkVisibility()")
    assert errors == []


def test_bursting_concepts_are_ringed_with_their_years_in_the_panel(browser, out):
    data = payload(out / "concepts.html")
    found = {b.term: b for b in bursts(LocalStore(out / "store", read_only=True))}
    ringed = [n for n in data["nodes"] if n["ring"]]
    assert {n["label"] for n in ringed} == {n["label"] for n in data["nodes"]} & set(found) and len(ringed) >= 5
    assert data["marks"] == [{"color": BURST_RING, "name": "burst ↑years: a concept rising in those years (Kleinberg)"}]
    page, errors = open_page(browser, out / "concepts.html")
    assert "burst ↑years" in page.evaluate("() => document.getElementById('legend').textContent")
    positions = page.evaluate("() => window.npfNetwork.getPositions()")

    def far_from(node, others):
        x, y = positions[node["id"]]["x"], positions[node["id"]]["y"]
        return min((positions[o["id"]]["x"] - x) ** 2 + (positions[o["id"]]["y"] - y) ** 2 for o in others)

    strongest = max(ringed, key=lambda n: found[n["label"]].strength)
    plain = max((n for n in data["nodes"] if not n["ring"]), key=lambda n: far_from(n, ringed))
    ring = rgb(BURST_RING)
    seen = page.evaluate(COLOUR_AROUND, [strongest["id"], ring])
    assert seen["covering"] == strongest["id"] and seen["count"] > 200  # the ring is painted
    seen = page.evaluate(COLOUR_AROUND, [plain["id"], ring])
    assert seen["covering"] == plain["id"] and seen["count"] == 0  # no ring without a burst
    label = "(id) => window.npfNetwork.body.nodes[id].options.label"
    burst = found[strongest["label"]]
    years = str(burst.start) if burst.start == burst.end else f"{burst.start}–{burst.end}"
    assert page.evaluate(label, strongest["id"]) == f"{strongest['label']} ↑{years}"
    assert page.evaluate(label, plain["id"]) == plain["label"]
    page.evaluate("(id) => window.npfNetwork.focus(id, { scale: 3, animation: false })", strongest["id"])
    box = page.locator("#graph canvas").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # the focused node is in the middle
    panel = page.evaluate("() => document.getElementById('panel').textContent")
    assert f"burst{years} · strength {burst.strength:.2f} · in claims ({burst.count})" in panel
    assert errors == []
