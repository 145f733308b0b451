"""A large view in a real headless Chromium (Debian's): what the page leaves out to paint fast
(tooltips made on first hover, small labels) still shows when the reader asks for it."""

import networkx as nx
import pytest
from helpers import CHROMIUM, CHROMIUM_ARGS

from npf_graph.view.html import LABEL_SIZES, render_html


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    g = nx.barabasi_albert_graph(1500, 2, seed=3)
    h = nx.Graph(name="generated 1500")
    for n in g:
        h.add_node(f"n{n}", kind="work", label=f"节点{n}", detail={"title": f"作品 {n} 的标题", "kind": "work"})
    h.add_edges_from((f"n{a}", f"n{b}", {"kind": "link", "weight": 1 + (a + b) % 3}) for a, b in g.edges)
    path = tmp_path_factory.mktemp("large") / "large.html"
    render_html(h, path, "1500 nodes")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=60000)
        yield page
        browser.close()


def hover(page) -> str:
    """Move the mouse straight onto the first node that no other node covers at its centre; its id."""
    node, x, y = page.evaluate(
        """() => { const n = window.npfNetwork, r = document.getElementById('graph').getBoundingClientRect();
            for (const id of n.body.nodeIndices) {
              n.focus(id, { scale: 2, animation: false });
              const p = n.canvasToDOM(n.getPosition(id));
              if (n.getNodeAt(p) === id) return [id, p.x + r.left, p.y + r.top];
            } }"""
    )
    page.mouse.move(x, y)
    page.mouse.move(x + 1, y + 1)
    return node


def test_a_tooltip_is_made_when_its_node_is_first_hovered(page):
    titles = "() => Object.values(window.npfNetwork.body.nodes).filter((n) => n.options.title).length"
    assert page.evaluate(titles) == 0  # none made before a hover
    node = hover(page)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    tip = page.evaluate("() => document.querySelector('div.vis-tooltip').textContent")
    assert tip == f"作品 {node[1:]} 的标题kind: work"
    assert page.evaluate(titles) == 1


def test_links_are_as_wide_as_their_weight(page):
    widths = page.evaluate("() => Object.values(window.npfNetwork.body.edges).map((e) => e.options.width)")
    assert min(widths) == 1 and max(widths) == 6 and len(set(widths)) == 3  # weights 1, 2, 3


def test_small_labels_show_once_zoomed_in(page):
    sizes = page.evaluate("() => Object.values(window.npfNetwork.body.nodes).map((n) => n.options.font.size)")
    assert set(sizes) == set(LABEL_SIZES) and sizes.count(LABEL_SIZES[0]) <= 100
    small = page.evaluate(
        f"() => Object.keys(window.npfNetwork.body.nodes).find((id) => "
        f"window.npfNetwork.body.nodes[id].options.font.size === {LABEL_SIZES[1]})"
    )
    # the label's text colour (vis-network's #343434) painted under the node once zoomed in
    text_under = """([id, scale]) => new Promise((done) => { const net = window.npfNetwork;
        net.focus(id, { scale, animation: false });
        net.once("afterDrawing", () => {
          const canvas = document.querySelector("#graph canvas"), ratio = canvas.width / canvas.clientWidth;
          const p = net.canvasToDOM(net.getPosition(id)), size = net.body.nodes[id].options.size * scale;
          const img = canvas.getContext("2d").getImageData(Math.round((p.x - 80) * ratio),
            Math.round((p.y + size) * ratio), Math.round(160 * ratio), Math.round(40 * ratio)).data;
          let dark = 0;
          for (let i = 0; i < img.length; i += 4) if (img[i + 3] > 200 && img[i] < 90 && img[i + 1] < 90 && img[i + 2] < 90) dark++;
          done(dark);
        });
        net.redraw(); })"""
    assert page.evaluate(text_under, [small, 3]) > 20
