"""Clusters of the co-citation network, as CiteSpace draws them: communities of works cited
together (Louvain, fixed seed), each labelled by its most distinctive terms.

The works clustered are those cited by at least `min_cited` documents (two when the corpus has
enough of them, else one); a document takes the cluster most of its cited works are in, and a
work outside that core the cluster of the document that cites it. A cluster's label is ranked by
log-likelihood (Dunning's G²) of its terms against the rest of the corpus; the terms are the
keywords and concepts of the documents citing the cluster and the terms jieba finds in their
titles, abstracts and in the titles of the cluster's works.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

from npf_graph.analysis.citations import CitationNetwork, citation_network
from npf_graph.analysis.terms import content_terms, log_likelihood
from npf_graph.store import GraphStore

KEYWORDS = "SELECT ?doc ?kw WHERE { ?doc npf:docType ?t ; prism:keyword ?kw }"
ABSTRACTS = 'SELECT ?doc ?text WHERE { ?doc npf:docType ?t ; dcterms:abstract ?text FILTER(lang(?text) != "en") }'
CONCEPTS = """
SELECT ?doc ?label WHERE {
  ?doc npf:docType ?t ; dcterms:subject ?c . ?c skos:prefLabel ?label FILTER(lang(?label) = "zh")
}"""
SEED = 7
CORE_ENOUGH = 20  # works cited twice or more needed before the once-cited ones are left out of the core
UNCLUSTERED = -1


@dataclass
class Cluster:
    id: int
    size: int  # works of the core in it
    documents: int  # documents citing them
    mean_year: float | None  # mean publication year of its works
    terms: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return "、".join(self.terms) or f"#{self.id}"


@dataclass
class Clustering:
    membership: dict[str, int]  # work or document IRI -> cluster id (UNCLUSTERED when none)
    clusters: list[Cluster]  # largest first; id = position
    network: CitationNetwork

    def cluster_of(self, node: str) -> int:
        return self.membership.get(node, UNCLUSTERED)


def _profiles(store: GraphStore, net: CitationNetwork) -> dict[str, set[str]]:
    """Each document's terms: keywords, concepts, and what jieba finds in its title and abstract."""
    terms: dict[str, set[str]] = defaultdict(set)
    for node in net.nodes.values():
        if node.kind == "document":
            terms[node.id].update(content_terms(node.title))
    for r in store.select(KEYWORDS):
        terms[r["doc"]].add(r["kw"].strip().lower() if r["kw"].isascii() else r["kw"].strip())
    for r in store.select(CONCEPTS):
        terms[r["doc"]].add(r["label"])
    for r in store.select(ABSTRACTS):
        terms[r["doc"]].update(content_terms(r["text"]))
    return terms


def _core(net: CitationNetwork, min_cited: int | None) -> set[str]:
    counts = {w: len(docs) for w, docs in net.cited_by().items()}
    if min_cited is None:
        min_cited = 2 if sum(1 for n in counts.values() if n >= 2) >= CORE_ENOUGH else 1
    return {w for w, n in counts.items() if n >= min_cited}


def _communities(net: CitationNetwork, core: set[str]) -> list[set[str]]:
    g = nx.Graph()
    g.add_nodes_from(sorted(core))
    for targets in net.cites.values():
        ws = sorted(targets & core)
        for i, a in enumerate(ws):
            for b in ws[i + 1 :]:
                w = g.edges[a, b]["weight"] + 1 if g.has_edge(a, b) else 1
                g.add_edge(a, b, weight=w)
    found = nx.community.louvain_communities(g, weight="weight", seed=SEED) if g.number_of_edges() else []
    seen = set().union(*found) if found else set()
    found = [set(c) for c in found] + [{n} for n in sorted(core - seen)]
    return sorted(found, key=lambda c: (-len(c), min(c)))


def _assign(net: CitationNetwork, membership: dict[str, int]) -> None:
    """Documents by the cluster most of their cited core works are in; other works by their citing document."""
    for doc in sorted(net.cites):
        if doc in membership:
            continue
        votes = Counter(membership[w] for w in net.cites[doc] if w in membership)
        if votes:
            membership[doc] = min(votes, key=lambda c: (-votes[c], c))
    for work, docs in sorted(net.cited_by().items()):
        if work not in membership:
            votes = Counter(membership[d] for d in docs if d in membership)
            if votes:
                membership[work] = min(votes, key=lambda c: (-votes[c], c))


def _label(units: dict[int, list[set[str]]], top: int) -> dict[int, list[str]]:
    overall: Counter = Counter()
    total = 0
    inside: dict[int, Counter] = {}
    for cid, sets in units.items():
        inside[cid] = Counter(t for s in sets for t in s)
        overall.update(inside[cid])
        total += len(sets)
    out = {}
    for cid, counts in inside.items():
        n = len(units[cid])
        scored = [(log_likelihood(a, overall[t] - a, n, total - n), a, t) for t, a in counts.items() if a >= 1]
        if total == n:  # one cluster: the most frequent terms
            scored = [(float(a), a, t) for _, a, t in scored]
        scored.sort(key=lambda x: (-x[0], -x[1], x[2]))
        out[cid] = [t for s, _, t in scored if s > 0][:top]
    return out


def cocitation_clusters(store: GraphStore, min_cited: int | None = None, top_terms: int = 5) -> Clustering:
    """Per node id (works and documents) its cluster; per cluster its size, mean year and label terms."""
    net = citation_network(store)
    core = _core(net, min_cited)
    groups = _communities(net, core)
    membership = {node: cid for cid, members in enumerate(groups) for node in members}
    _assign(net, membership)
    profiles = _profiles(store, net)
    cited_by = net.cited_by()
    units: dict[int, list[set[str]]] = {}
    clusters = []
    for cid, members in enumerate(groups):
        citing = sorted({d for w in members for d in cited_by.get(w, ())})
        units[cid] = [set(content_terms(net.label(w))) for w in sorted(members)] + [profiles[d] for d in citing]
        years = [net.nodes[w].year for w in members if net.nodes[w].year]
        mean = round(sum(years) / len(years), 1) if years else None
        clusters.append(Cluster(cid, len(members), len(citing), mean))
    for cid, terms in _label(units, top_terms).items():
        clusters[cid].terms = terms
    return Clustering(membership, clusters, net)
