"""The timeline view in a real headless Chromium (Debian's), offline: what is painted, not what is flagged."""

import base64
from collections import Counter, defaultdict
from itertools import pairwise

import pytest
from helpers import CHROMIUM, CHROMIUM_ARGS

from npf_graph.analysis.clusters import cocitation_clusters
from npf_graph.store import LocalStore
from npf_graph.view.timeline import LANE, PALETTE, timeline_marks

READ_BACK = """async ([png, palette]) => {
  const img = new Image(); img.src = 'data:image/png;base64,' + png; await img.decode();
  const canvas = document.createElement('canvas'); canvas.width = img.width; canvas.height = img.height;
  const ctx = canvas.getContext('2d'); ctx.drawImage(img, 0, 0);
  const marks = [...document.querySelectorAll('#timeline .node')].map(el => {
    const r = el.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;
    const top = document.elementFromPoint(x, y);
    return {tag: el.tagName, year: +el.dataset.year, cluster: +el.dataset.cluster, x, y, w: r.width,
            top: top && top.classList.contains('node') ? top.getAttribute('fill') : null,
            rgb: [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)]};
  });
  const all = ctx.getImageData(0, 0, img.width, img.height).data;
  const counts = palette.map(() => 0);
  for (let i = 0; i < all.length; i += 4) {
    palette.forEach(([r, g, b], k) => {
      if (Math.abs(all[i] - r) <= 6 && Math.abs(all[i + 1] - g) <= 6 && Math.abs(all[i + 2] - b) <= 6) counts[k]++;
    });
  }
  return {marks, counts, width: img.width, height: img.height};
}"""


def rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def close(a, b, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def painted_with(pixel, fill, tolerance: int = 12) -> bool:
    """The fill colour, or the fill blended with the white outline of a mark stacked over it."""
    share = max(
        range(30, 101),
        key=lambda a: -sum(abs(p - (255 - a / 100 * (255 - f))) for p, f in zip(pixel, fill, strict=True)),
    )
    return close(pixel, [round(255 - share / 100 * (255 - f)) for f in fill], tolerance)


@pytest.fixture(scope="module")
def out(sample_out):
    return sample_out


@pytest.fixture(scope="module")
def expected(out):
    return timeline_marks(cocitation_clusters(LocalStore(out / "store", read_only=True)))


@pytest.fixture(scope="module")
def painted(out):
    from playwright.sync_api import sync_playwright

    external: list[str] = []
    errors: list[str] = []

    def route(r) -> None:
        if r.request.url.startswith(("file://", "data:")):
            r.continue_()
        else:
            external.append(r.request.url)
            r.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1450, "height": 900})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route("**/*", route)
        page.goto((out / "timeline.html").as_uri())
        png = base64.b64encode(page.screenshot()).decode()
        result = page.evaluate(READ_BACK, [png, [rgb(c) for c in PALETTE]])
        browser.close()
    result["external"], result["errors"] = external, errors
    return result


def test_build_writes_the_timeline_next_to_the_other_views(out):
    assert (out / "timeline.html").exists() and (out / "graph.html").exists()
    text = (out / "timeline.html").read_text(encoding="utf-8")
    assert "<script" not in text and "http://" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_every_work_and_document_is_painted_in_its_colour(painted, expected):
    marks, _, _ = expected
    assert painted["external"] == [] and painted["errors"] == []
    drawn = painted["marks"]
    assert len(drawn) == len(marks) == 31
    assert Counter(m["tag"] for m in drawn) == {"circle": sum(m.kind == "work" for m in marks),
                                                "rect": sum(m.kind == "document" for m in marks)}  # fmt: skip
    assert all(0 < m["x"] < painted["width"] and 0 < m["y"] < painted["height"] and m["w"] >= 6 for m in drawn)
    visible = [m for m in drawn if m["top"]]  # the centre of a mark, unless another mark lies over it
    assert len(visible) >= 0.8 * len(drawn)
    assert all(painted_with(m["rgb"], rgb(m["top"])) for m in visible)
    assert sum(close(m["rgb"], rgb(m["top"])) for m in visible) >= len(drawn) / 2


def test_marks_are_placed_by_year_and_by_cluster(painted, expected):
    _, lanes, (first, last) = expected
    drawn = painted["marks"]
    xs = defaultdict(list)
    for m in drawn:
        xs[m["year"]].append(m["x"])
    years = sorted(xs)
    assert years[0] >= first and years[-1] == last
    assert all(max(xs[a]) < min(xs[b]) for a, b in pairwise(years))  # one column per year
    centre = {cid: i for i, cid in enumerate(lanes)}
    top = min(m["y"] for m in drawn if centre[m["cluster"]] == 0)
    for m in drawn:  # each on the line of its cluster, the largest cluster on top
        lane_centre = top + centre[m["cluster"]] * LANE
        assert abs(m["y"] - lane_centre) <= LANE / 2


def test_each_cluster_line_has_its_colour_painted(painted, expected):
    marks, lanes, _ = expected
    counts = painted["counts"]
    for lane in range(len(lanes)):  # a mark of radius 5 or more paints some 50 pixels of its colour
        assert counts[lane] >= 20 * sum(1 for m in marks if m.lane == lane) ** 0.5
    assert max(counts[len(lanes) :]) * 5 < min(counts[: len(lanes)])  # hardly a pixel in the colour of another
