"""The timeline view, as CiteSpace draws it: every cited work and corpus document placed by its
year (x) on the line of its co-citation cluster (y), co-citation links as arcs, each line named
by its cluster's label. One self-contained HTML file of inline SVG: no script, no network."""

from __future__ import annotations

import html
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from npf_graph.analysis.citations import cocitation
from npf_graph.analysis.clusters import Clustering

PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac", "#1f77b4", "#8c564b", "#17becf", "#bcbd22", "#d62728", "#2ca02c")  # fmt: skip
LANE = 64.0
LEFT, RIGHT, TOP, BOTTOM = 70.0, 360.0, 56.0, 40.0
PLOT = 1000.0
MAX_LINKS = 600
EARLIEST_SHARE = (
    0.02  # the earliest 2% of years are drawn at the left edge, so that one stray year does not squash the rest
)


@dataclass
class Mark:
    id: str
    kind: str  # work | document
    title: str
    year: int
    lane: int
    cited: int
    x: float = 0.0
    y: float = 0.0

    @property
    def radius(self) -> float:
        return 3.0 + 2.0 * math.sqrt(self.cited)


def _span(years: list[int]) -> tuple[int, int]:
    ys = sorted(years)
    lo = ys[min(len(ys) - 1, int(len(ys) * EARLIEST_SHARE))]
    hi = ys[-1]
    return lo, max(hi, lo + 1)


def timeline_marks(clustering: Clustering, lanes: int = 12) -> tuple[list[Mark], list[int], tuple[int, int]]:
    """The marks to draw, the clusters given a line (largest first) and the years on the axis."""
    net = clustering.network
    cited_by = net.cited_by()
    shown = [c.id for c in clustering.clusters[:lanes]]
    lane_of = {cid: i for i, cid in enumerate(shown)}
    marks = [
        Mark(
            node,
            net.nodes[node].kind,
            net.nodes[node].title,
            net.nodes[node].year,
            lane_of[cid],
            len(cited_by.get(node, ())),
        )
        for node, cid in sorted(clustering.membership.items())
        if cid in lane_of and net.nodes[node].year is not None
    ]
    if not marks:
        return [], shown, (0, 1)
    lo, hi = _span([m.year for m in marks])
    stacks: dict[tuple[int, int], list[Mark]] = defaultdict(list)
    for m in marks:
        stacks[(m.lane, max(m.year, lo))].append(m)
    for (lane, year), group in stacks.items():
        group.sort(key=lambda m: (-m.cited, m.title))
        for k, m in enumerate(group):  # the most cited on the line, the others fanned out above and below
            offset = ((k + 1) // 2) * (1 if k % 2 else -1)
            m.x = LEFT + (year - lo) / (hi - lo) * PLOT
            m.y = TOP + lane * LANE + LANE / 2 + max(-LANE / 2 + 4, min(LANE / 2 - 4, offset * 5.0))
    return marks, shown, (lo, hi)


def _links(clustering: Clustering, marks: list[Mark]) -> list[tuple[Mark, Mark, int]]:
    at = {m.id: m for m in marks}
    pairs = [(a, b, w) for (a, b), w in cocitation(clustering.network).items() if a in at and b in at]
    if len(pairs) > MAX_LINKS:
        pairs.sort(key=lambda p: (-p[2], p[0], p[1]))
        pairs = pairs[:MAX_LINKS]
    return [(at[a], at[b], w) for a, b, w in pairs]


def _short(text: str, n: int = 16) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def timeline_svg(clustering: Clustering, lanes: int = 12) -> tuple[str, int, int]:
    """The SVG of the timeline, the number of marks and of links drawn."""
    marks, shown, (lo, hi) = timeline_marks(clustering, lanes)
    width, height = LEFT + PLOT + RIGHT, TOP + LANE * max(1, len(shown)) + BOTTOM
    e = html.escape
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" id="timeline" width="{width:.0f}" height="{height:.0f}" '
           f'viewBox="0 0 {width:.0f} {height:.0f}" data-from="{lo}" data-to="{hi}">']  # fmt: skip
    step = max(1, math.ceil((hi - lo) / 20))
    for year in range(lo, hi + 1, step):
        x = LEFT + (year - lo) / (hi - lo) * PLOT
        out.append(f'<line class="grid" x1="{x:.1f}" y1="{TOP - 8}" x2="{x:.1f}" y2="{height - BOTTOM}"/>')
        label = f"≤{year}" if year == lo and any(m.year < lo for m in marks) else str(year)
        out.append(f'<text class="year" x="{x:.1f}" y="{TOP - 14}">{label}</text>')
    for i, cid in enumerate(shown):
        c = clustering.clusters[cid]
        y = TOP + i * LANE + LANE / 2
        colour = PALETTE[i % len(PALETTE)]
        out.append(f'<line class="lane" x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + PLOT}" y2="{y:.1f}" stroke="{colour}"/>')
        year = f", mean year {c.mean_year:.0f}" if c.mean_year else ""
        out.append(
            f'<text class="cluster" x="{LEFT + PLOT + 16}" y="{y + 4:.1f}" fill="{colour}" data-cluster="{cid}">'
            f"<title>{e(c.label)}: {c.size} works, {c.documents} citing documents{year}</title>"
            f"#{cid} {e(_short(c.label, 34))}</text>"
        )
    links = _links(clustering, marks)
    for a, b, w in links:
        left, right = (a, b) if a.x <= b.x else (b, a)
        lift = min(LANE * 0.9, 8 + (right.x - left.x) / 6)
        colour = PALETTE[a.lane % len(PALETTE)] if a.lane == b.lane else "#999"
        out.append(
            f'<path class="link" d="M{left.x:.1f},{left.y:.1f} Q{(left.x + right.x) / 2:.1f},'
            f'{min(left.y, right.y) - lift:.1f} {right.x:.1f},{right.y:.1f}" stroke="{colour}" '
            f'stroke-width="{min(4.0, 0.6 * w):.1f}"/>'
        )
    labelled = {m.id: k for lane in range(len(shown)) for k, m in enumerate(_top(marks, lane, 2))}
    for m in sorted(marks, key=lambda m: (m.kind == "document", m.cited)):  # documents on top
        colour = PALETTE[m.lane % len(PALETTE)]
        tip = f"{e(m.title)} ({m.year}); cited by {m.cited} in the corpus; cluster #{shown[m.lane]}"
        attrs = f'class="node {m.kind}" data-year="{m.year}" data-cluster="{shown[m.lane]}" fill="{colour}"'
        if m.kind == "document":
            r = m.radius
            out.append(f'<rect {attrs} x="{m.x - r:.1f}" y="{m.y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}">'
                       f"<title>{tip}</title></rect>")  # fmt: skip
        else:
            out.append(
                f'<circle {attrs} cx="{m.x:.1f}" cy="{m.y:.1f}" r="{m.radius:.1f}"><title>{tip}</title></circle>'
            )
        if m.id in labelled:  # to the right of the mark, or to its left near the cluster names
            right = m.x < LEFT + 0.8 * PLOT
            x, anchor = (m.x + m.radius + 3, "start") if right else (m.x - m.radius - 3, "end")
            out.append(
                f'<text class="label" x="{x:.1f}" y="{m.y + (-4 if labelled[m.id] == 0 else 11):.1f}" '
                f'text-anchor="{anchor}">{e(_short(m.title))}</text>'
            )
    out.append("</svg>")
    return "\n".join(out), len(marks), len(links)


def _top(marks: list[Mark], lane: int, n: int) -> list[Mark]:
    return sorted((m for m in marks if m.lane == lane), key=lambda m: (-m.cited, m.title))[:n]


STYLE = """
body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; margin: 16px; color: #222; background: #fff; }
h1 { font-size: 18px; margin: 0 0 4px; } p.note { font-size: 13px; color: #555; margin: 0 0 10px; }
.grid { stroke: #eee; } .year { font-size: 11px; fill: #666; text-anchor: middle; }
.lane { stroke-width: 1.5; stroke-opacity: 0.5; } .cluster { font-size: 13px; font-weight: bold; }
.link { fill: none; stroke-opacity: 0.35; }
.label { font-size: 10px; fill: #222; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-opacity: 0.85; }
.node { stroke: #fff; stroke-width: 0.8; } .node:hover { stroke: #000; stroke-width: 2; }
.legend { font-size: 12px; color: #555; }
"""


def render_timeline(clustering: Clustering, path: Path, title: str = "npf-graph · timeline", lanes: int = 12) -> dict:
    """Write the timeline view; returns its size like the other views."""
    svg, n_marks, n_links = timeline_svg(clustering, lanes)
    undated = sum(1 for n in clustering.membership if clustering.network.nodes[n].year is None)
    note = (
        f"{len(clustering.clusters)} co-citation clusters, the {min(lanes, len(clustering.clusters))} largest shown "
        f"as lines; {n_marks} works and documents by year (● cited work, ■ corpus document, size by citations "
        f"in the corpus), {n_links} co-citation links; {undated} without a year are left out."
    )
    page = (
        f'<!doctype html>\n<html lang="zh"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<style>{STYLE}</style></head>\n<body data-ready="true"><h1>{html.escape(title)}</h1>'
        f'<p class="note">{html.escape(note)}</p>\n{svg}\n</body></html>\n'
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return {"nodes": n_marks, "edges": n_links, "bytes": len(page.encode("utf-8")), "reduced": False}
