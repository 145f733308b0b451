"""The directed citation network read from the store, and the measures computed on it.

A document cites a work when one of its reference entries points at the work, when it names the
work in 《》 in its text, or when the work is another corpus document (the links graph). All three
are `cito:cites` triples on the document; co-citation, coupling and PageRank read them all.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

from npf_graph.analysis.graphs import pagerank
from npf_graph.store import GraphStore

DOCUMENTS = """
SELECT ?doc ?label ?year ?file WHERE {
  ?doc npf:docType ?t ; rdfs:label ?label .
  OPTIONAL { ?doc fabio:hasPublicationYear ?year } OPTIONAL { ?doc prov:wasDerivedFrom/npf:fileName ?file }
}"""
CITES = """
SELECT DISTINCT ?doc ?work WHERE { ?doc npf:docType ?t ; cito:cites ?work . }"""
WORKS = """
SELECT ?work ?title ?year WHERE {
  ?doc npf:docType ?t ; cito:cites ?work .
  OPTIONAL { ?work dcterms:title ?title } OPTIONAL { ?work fabio:hasPublicationYear ?year }
}"""
SAME_AS = "SELECT ?work ?doc WHERE { ?work owl:sameAs ?doc . ?doc npf:docType ?t }"
MAX_BIBLIOGRAPHY = 400  # a huge bibliography says little about any one pair of its works


def _year(value: str | None) -> int | None:
    text = str(value or "")[:4]
    return int(text) if text.isdigit() else None


@dataclass
class Node:
    """A document of the corpus or a work cited by one."""

    id: str
    kind: str  # document | work
    title: str
    year: int | None = None
    file: str = ""


@dataclass
class CitationNetwork:
    nodes: dict[str, Node] = field(default_factory=dict)
    cites: dict[str, set[str]] = field(default_factory=dict)  # citing document -> cited works and documents
    _shared: set[str] | None = field(default=None, repr=False)

    def cited_by(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for doc, targets in self.cites.items():
            for t in targets:
                out[t].add(doc)
        return out

    def graph(self) -> nx.DiGraph:
        """Citing document -> cited work or document."""
        g = nx.DiGraph(name="citations")
        for n in self.nodes.values():
            g.add_node(n.id, kind=n.kind, label=n.title, year=n.year)
        for doc, targets in self.cites.items():
            for t in targets:
                g.add_edge(doc, t, kind="cites", weight=1)
        return g

    def label(self, node: str) -> str:
        """The title; a document sharing its title with another (two versions of a paper) adds its file name."""
        if node not in self.nodes:
            return node
        n = self.nodes[node]
        if n.kind == "document" and n.file and n.file != n.title and n.title in self._shared_titles():
            return f"{n.title} ({n.file})"
        return n.title

    def _shared_titles(self) -> set[str]:
        if self._shared is None:
            seen: dict[str, int] = defaultdict(int)
            for n in self.nodes.values():
                if n.kind == "document":
                    seen[n.title] += 1
            self._shared = {t for t, k in seen.items() if k > 1}
        return self._shared


def citation_network(store: GraphStore) -> CitationNetwork:
    """Documents, the works they cite, and who cites what; a work that is a corpus document is that document."""
    net = CitationNetwork()
    for r in store.select(DOCUMENTS):
        net.nodes[r["doc"]] = Node(r["doc"], "document", r["label"], _year(r.get("year")), r.get("file", ""))
    same = {r["work"]: r["doc"] for r in store.select(SAME_AS)}
    for r in store.select(WORKS):
        work = same.get(r["work"], r["work"])
        if work not in net.nodes:
            net.nodes[work] = Node(work, "work", r.get("title") or work.rsplit("/", 1)[-1], _year(r.get("year")))
        elif net.nodes[work].kind == "work" and net.nodes[work].year is None:
            net.nodes[work].year = _year(r.get("year"))
    for r in store.select(CITES):
        target = same.get(r["work"], r["work"])
        if r["doc"] in net.nodes and target in net.nodes and target != r["doc"]:
            net.cites.setdefault(r["doc"], set()).add(target)
    return net


def cocitation(net: CitationNetwork, minimum: int = 1) -> Counter:
    """(work a, work b), a < b -> number of documents citing both."""
    out: Counter = Counter()
    for targets in net.cites.values():
        if len(targets) > MAX_BIBLIOGRAPHY:
            continue
        ws = sorted(targets)
        for i, a in enumerate(ws):
            for b in ws[i + 1 :]:
                out[(a, b)] += 1
    return Counter({k: v for k, v in out.items() if v >= minimum})


def coupling(net: CitationNetwork) -> Counter:
    """(document a, document b), a < b -> number of works both cite."""
    out: Counter = Counter()
    for docs in net.cited_by().values():
        ds = sorted(docs)
        for i, a in enumerate(ds):
            for b in ds[i + 1 :]:
                out[(a, b)] += 1
    return out


def cocitation_graph(net: CitationNetwork, minimum: int = 1) -> nx.Graph:
    """Works (and cited documents) linked by how many documents cite both."""
    g = nx.Graph(name="co-citation")
    for (a, b), w in cocitation(net, minimum).items():
        g.add_edge(a, b, kind="co-cited", weight=w)
    return g


def central_works(net: CitationNetwork, top: int = 10) -> list[tuple[str, int, float]]:
    """The cited works and documents ranked by PageRank over the directed citation graph: (id, cited by, rank)."""
    g = net.graph()
    rank = pagerank(g)
    cited = [n for n in g if g.in_degree(n)]
    cited.sort(key=lambda n: (-rank[n], -g.in_degree(n), net.label(n)))
    return [(n, g.in_degree(n), rank[n]) for n in cited[:top]]
