"""Graph exports: directed GEXF and GraphML (labels, kinds, weights, communities for Gephi and
Cytoscape), CSV node and edge tables, a VOSviewer map and network file pair, and the RDF dataset
as JSON-LD, N-Quads or TriG.

Every edge keeps its `kind`. Relations with a direction (a document cites a work, a claim cites a
source, a document makes a claim) point from the citing or making side; relations without one
(co-cited, coupled, co-author, co-occur) are one edge each, from the lesser id, marked `mutual`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx

from npf_graph.analysis.graphs import communities, pagerank
from npf_graph.store import GraphStore

GRAPH_FORMATS = ("gexf", "graphml", "csv", "vosviewer")
SOURCES = {  # edge kind -> the node kinds an edge of that kind starts from
    "cites": ("document", "claim", "author"),
    "corpus citation": ("document",),
    "makes": ("document",),
    "author": ("document",),
    "discusses": ("document",),
    "data source": ("claim",),
    "quotes": ("claim",),
    "states": ("claim",),
}
MUTUAL = ("co-cited", "coupled", "co-author", "co-occur")
RDF_FORMATS = ("jsonld", "nquads", "trig")


def flat_graph(g: nx.Graph) -> nx.Graph:
    """A copy whose attributes are plain strings and numbers (what GEXF and GraphML can hold)."""
    comm = communities(g.to_undirected(as_view=True) if g.is_directed() else g)
    rank = pagerank(g)
    out = nx.DiGraph(name=g.name)
    for n, d in g.nodes(data=True):
        out.add_node(
            str(n),
            label=str(d.get("label", n)),
            kind=str(d.get("kind", "")),
            community=int(comm.get(n, 0)),
            pagerank=round(rank.get(n, 0.0), 6),
            document=str(d.get("doc", "")),
            detail=json.dumps(d.get("detail", {}), ensure_ascii=False),
        )
    for a, b, d in g.edges(data=True):
        kind = str(d.get("kind", ""))
        source, target = _oriented(g, a, b, kind)
        out.add_edge(str(source), str(target), kind=kind, weight=float(d.get("weight", 1)), mutual=kind in MUTUAL)
    return out


def _oriented(g: nx.Graph, a, b, kind: str) -> tuple:
    """The edge from its citing or making end (as stored when the view is directed)."""
    if g.is_directed():
        return a, b
    if kind in MUTUAL:
        return (a, b) if str(a) <= str(b) else (b, a)
    starts = SOURCES.get(kind, ())
    if g.nodes[a].get("kind") not in starts and g.nodes[b].get("kind") in starts:
        return b, a
    return a, b


def export_graph(g: nx.Graph, fmt: str, path: Path) -> Path:
    flat = flat_graph(g)
    if fmt == "gexf":
        nx.write_gexf(flat, path)
    elif fmt == "graphml":
        nx.write_graphml(flat, path)
    elif fmt == "csv":
        nodes = io.StringIO()
        w = csv.writer(nodes)
        w.writerow(["id", "label", "kind", "community", "pagerank", "document"])
        for n, d in flat.nodes(data=True):
            w.writerow([n, d["label"], d["kind"], d["community"], d["pagerank"], d["document"]])
        edges = io.StringIO()
        w = csv.writer(edges)
        w.writerow(["source", "target", "kind", "weight"])
        for a, b, d in flat.edges(data=True):
            w.writerow([a, b, d["kind"], d["weight"]])
        path.with_name(path.stem + "-nodes.csv").write_text(nodes.getvalue(), encoding="utf-8")
        path.with_name(path.stem + "-edges.csv").write_text(edges.getvalue(), encoding="utf-8")
        return path.with_name(path.stem + "-nodes.csv")
    elif fmt == "vosviewer":
        return write_vosviewer(flat, path)
    else:
        raise ValueError(fmt)
    return path


def write_vosviewer(flat: nx.DiGraph, path: Path) -> Path:
    """VOSviewer's map file (items: id, label, cluster, weights, score) and network file (id, id, strength),
    as `<stem>-map.txt` and `<stem>-network.txt`; VOSviewer lays the map out itself."""
    ids = {n: i for i, n in enumerate(flat.nodes, 1)}
    strength: dict[tuple[int, int], float] = {}
    for a, b, d in flat.edges(data=True):
        if a != b:
            key = (min(ids[a], ids[b]), max(ids[a], ids[b]))
            strength[key] = strength.get(key, 0.0) + d["weight"]
    links: dict[int, int] = dict.fromkeys(ids.values(), 0)
    total: dict[int, float] = dict.fromkeys(ids.values(), 0.0)
    for (i, j), w in strength.items():
        links[i] += 1
        links[j] += 1
        total[i] += w
        total[j] += w
    rows = io.StringIO()
    w = csv.writer(rows, delimiter="\t", lineterminator="\n")
    w.writerow(["id", "label", "cluster", "weight<Links>", "weight<Total link strength>", "score<PageRank>",
                "description"])  # fmt: skip
    for n, d in flat.nodes(data=True):
        i = ids[n]
        label = " ".join((json.loads(d["detail"]).get("title") or d["label"]).split())
        w.writerow([i, label, d["community"] + 1, links[i], f"{total[i]:g}", d["pagerank"], f"{d['kind']}: {n}"])
    map_path = path.with_name(path.stem + "-map.txt")
    map_path.write_text(rows.getvalue(), encoding="utf-8")
    lines = "".join(f"{i}\t{j}\t{s:g}\n" for (i, j), s in sorted(strength.items()))
    path.with_name(path.stem + "-network.txt").write_text(lines, encoding="utf-8")
    return map_path


def export_rdf(store: GraphStore, fmt: str, path: Path) -> Path:
    from pyoxigraph import RdfFormat

    tmp = path.with_suffix(path.suffix + ".tmp")
    if fmt == "trig":
        store.dump_trig(path)
        return path
    local = getattr(store, "store", None)
    if local is None:  # a remote endpoint: fetch TriG, convert here
        from pyoxigraph import Dataset, parse

        store.dump_trig(tmp)
        ds = Dataset(parse(path=str(tmp), format=RdfFormat.TRIG))
        quads = list(ds)
    else:
        quads = list(local)
    from pyoxigraph import serialize

    target = RdfFormat.N_QUADS if fmt == "nquads" else RdfFormat.JSON_LD
    serialize(quads, output=str(tmp), format=target)
    tmp.replace(path)
    return path
