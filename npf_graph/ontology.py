"""The ontology, loaded once: concept labels for tagging and for jieba's user dictionary."""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from npf_graph.errors import OntologyError
from npf_graph.ingest.chars import shadow

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontologies"
PACKAGED_DIR = Path(__file__).resolve().parent / "ontologies"
ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9+]{1,7}$")


def ontology_dir() -> Path:
    for d in (ONTOLOGY_DIR, PACKAGED_DIR):
        if (d / "concepts.ttl").exists():
            return d
    raise OntologyError("concepts.ttl not found", str(ONTOLOGY_DIR))


@dataclass(frozen=True)
class Concept:
    iri: str
    label_zh: str
    label_en: str
    alt_labels: tuple[str, ...]
    definition: str | None
    broader: tuple[str, ...]
    related: tuple[str, ...]


@dataclass(frozen=True)
class ConceptIndex:
    concepts: dict[str, Concept]
    pattern: re.Pattern[str]  # runs on the matching shadow of the text
    by_label: dict[str, str]  # folded label -> concept IRI

    def find(self, folded_text: str) -> list[tuple[str, int, int]]:
        """(concept IRI, start, end) for every mention in an already folded text."""
        out = []
        for m in self.pattern.finditer(folded_text):
            iri = self.by_label.get(m.group())
            if iri:
                out.append((iri, m.start(), m.end()))
        return out


def load_graph(*names: str):
    from rdflib import Graph

    g = Graph()
    base = ontology_dir()
    for name in names:
        try:
            g.parse(base / name, format="turtle")
        except Exception as exc:  # rdflib raises many parser error types
            raise OntologyError(f"cannot parse: {exc}", str(base / name)) from exc
    return g


@lru_cache(maxsize=1)
def concept_index() -> ConceptIndex:
    from rdflib import RDF, SKOS

    g = load_graph("concepts.ttl")
    concepts: dict[str, Concept] = {}
    by_label: dict[str, str] = {}
    ascii_labels: list[str] = []
    for node in g.subjects(RDF.type, SKOS.Concept):
        pref = {lit.language: str(lit) for lit in g.objects(node, SKOS.prefLabel)}
        if "zh" not in pref or "en" not in pref:
            raise OntologyError(f"concept {node} lacks a zh or en prefLabel", "concepts.ttl")
        alts = tuple(sorted(str(lit) for lit in g.objects(node, SKOS.altLabel)))
        iri = str(node)
        definition = next((str(d) for d in g.objects(node, SKOS.definition)), None)
        concepts[iri] = Concept(
            iri,
            pref["zh"],
            pref["en"],
            alts,
            definition,
            tuple(sorted(str(b) for b in g.objects(node, SKOS.broader))),
            tuple(sorted(str(r) for r in g.objects(node, SKOS.related))),
        )
        for lit in (*g.objects(node, SKOS.prefLabel), *g.objects(node, SKOS.altLabel)):
            label, lang = str(lit), lit.language or ""
            if lang.startswith("zh"):
                by_label.setdefault(shadow(label), iri)
            elif ACRONYM_RE.match(label):
                by_label.setdefault(label, iri)
                ascii_labels.append(label)
    alternatives = []
    for label in sorted(by_label, key=len, reverse=True):
        esc = re.escape(label)
        if label in ascii_labels:
            esc = rf"(?<![A-Za-z]){esc}(?![A-Za-z])"
        alternatives.append(esc)
    pattern = re.compile("|".join(alternatives))
    return ConceptIndex(concepts, pattern, by_label)


def user_words() -> list[str]:
    """Chinese labels of every concept, for jieba's user dictionary."""
    idx = concept_index()
    words = set()
    for c in idx.concepts.values():
        for label in (c.label_zh, *c.alt_labels):
            if any("\u4e00" <= ch <= "\u9fff" for ch in label):
                words.add(label.strip("“”\"'"))
    return sorted(words)


@lru_cache(maxsize=1)
def tokenizer():
    """jieba with the ontology's terms added, initialised once per process."""
    with warnings.catch_warnings():
        # jieba's sources hold invalid escape sequences; compiling them warns on every import
        # when bytecode is not cached
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", SyntaxWarning)
        import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    for word in user_words():
        tk.add_word(word, freq=200000)
        tk.add_word(shadow(word), freq=200000)
    return tk


def word_frequencies() -> dict[str, int]:
    return tokenizer().FREQ
