"""Graph exports: GEXF and GraphML (labels, kinds, weights, communities for Gephi, Cytoscape,
VOSviewer), CSV node and edge tables, and the RDF dataset as JSON-LD, N-Quads or TriG."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx

from npf_graph.store import GraphStore
from npf_graph.view.analytics import communities, pagerank

GRAPH_FORMATS = ("gexf", "graphml", "csv")
RDF_FORMATS = ("jsonld", "nquads", "trig")


def flat_graph(g: nx.Graph) -> nx.Graph:
    """A copy whose attributes are plain strings and numbers (what GEXF and GraphML can hold)."""
    comm = communities(g)
    rank = pagerank(g)
    out = nx.Graph(name=g.name)
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
        out.add_edge(str(a), str(b), kind=str(d.get("kind", "")), weight=float(d.get("weight", 1)))
    return out


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
    else:
        raise ValueError(fmt)
    return path


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
