"""Candidate concepts: terms jieba segments often in the corpus that the ontology does not hold.

The text is every claim sentence (what the extractor kept of the body) and the titles and
abstracts. A word counts when it is Chinese, two characters or more, not a stop word, and a
noun by jieba's dictionary (or a word the dictionary lacks); two words that follow each other
far more often than chance also count, as one term (耐心 + 资本 → 耐心资本). A term is ranked
by TF-IDF over the corpus (occurrences × ln(documents / documents using it)): frequent, but
not in every paper. Terms the ontology labels, preferred or alternative, are left out: the
ontology stays the single source of what is tagged, and these are only offered for it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from npf_graph.analysis.terms import CJK, STOP_WORDS
from npf_graph.store import GraphStore

TEXTS = """
SELECT ?doc ?text WHERE {
  { ?claim a npf:Claim ; rdf:value ?text ; prov:wasDerivedFrom ?doc }
  UNION { ?doc npf:docType ?t ; dcterms:title ?text }
  UNION { ?doc npf:docType ?t ; dcterms:abstract ?text }
}"""
MIN_ASSOCIATION = 3.0  # ln of how much more often two words follow each other than chance predicts


@dataclass(frozen=True)
class NewTerm:
    term: str
    count: int  # occurrences in the corpus
    documents: int
    score: float  # TF-IDF over the corpus
    parts: tuple[str, ...] = ()  # the words jieba split it into, for a two-word term


def _in_ontology(term: str) -> bool:
    from npf_graph.ingest.chars import shadow
    from npf_graph.ontology import concept_index

    return shadow(term) in concept_index().by_label


NOUNS = ("n", "vn", "nz", "nt", "ns", "nr", "an")


def _word(w: str, tags: dict[str, str]) -> bool:
    return len(w) >= 2 and bool(CJK.match(w)) and w not in STOP_WORDS and tags.get(w, "n").startswith(NOUNS)


def new_terms(store: GraphStore, top: int = 30, min_documents: int | None = None) -> list[NewTerm]:
    """The terms not in the ontology that the corpus uses most beyond general Chinese, best first."""
    from npf_graph.analysis.terms import _segmenter
    from npf_graph.ontology import tokenizer

    tk = tokenizer()
    tags = _segmenter().word_tag_tab
    words: Counter = Counter()
    pairs: Counter = Counter()
    docs_of: dict[str, set[str]] = defaultdict(set)
    total = 0
    documents = set()
    for r in store.select(TEXTS):
        documents.add(r["doc"])
        tokens = [w for w in tk.cut(r["text"], HMM=True) if CJK.match(w)]
        total += len(tokens)
        for i, w in enumerate(tokens):
            if _word(w, tags):
                words[w] += 1
                docs_of[w].add(r["doc"])
                if i + 1 < len(tokens) and _word(tokens[i + 1], tags):
                    pair = (w, tokens[i + 1])
                    pairs[pair] += 1
                    docs_of["".join(pair)].add(r["doc"])
    if not total:
        return []
    if min_documents is None:
        min_documents = 3 if len(documents) >= 50 else 2
    n_docs = len(documents)

    def tf_idf(term: str, f: int) -> float:
        return round(f * math.log(n_docs / len(docs_of[term])), 1)

    found = [
        NewTerm(w, f, len(docs_of[w]), tf_idf(w, f))
        for w, f in words.items()
        if len(docs_of[w]) >= min_documents and not _in_ontology(w)
    ]
    for (a, b), f in pairs.items():
        term = a + b
        if f < 3 or len(docs_of[term]) < min_documents or _in_ontology(term) or term in tk.FREQ:
            continue
        if math.log(f * total / (words[a] * words[b])) < MIN_ASSOCIATION:
            continue
        found.append(NewTerm(term, f, len(docs_of[term]), tf_idf(term, f), (a, b)))
    found = [t for t in found if t.score > 0]
    found.sort(key=lambda t: (-t.score, t.term))
    return found[:top]
