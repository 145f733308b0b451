"""Rising terms: Kleinberg's two-state burst detection over the yearly frequency of concepts and keywords.

Each year is a batch: for a concept, `d` claims (sentences) of that year's documents, `r` of them
about the concept; for a keyword, `d` documents, `r` of them with the keyword. The base state emits the term at
its corpus-wide rate p0 = R / D, the burst state at s · p0; entering the burst state costs
γ · ln(number of years), leaving it is free. The cheapest state sequence (Viterbi) marks the
years of a burst; its strength is how much less the burst state costs over those years.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from npf_graph.store import GraphStore

KEYWORDS = "SELECT ?doc ?term WHERE { ?doc npf:docType ?t ; prism:keyword ?term }"
YEARS = "SELECT ?doc ?year WHERE { ?doc npf:docType ?t ; fabio:hasPublicationYear ?year }"
CLAIMS = "SELECT ?claim ?doc WHERE { ?claim a npf:Claim ; prov:wasDerivedFrom ?doc }"
CLAIM_CONCEPTS = """
SELECT ?claim ?term WHERE {
  ?claim a npf:Claim ; dcterms:subject ?c . ?c skos:prefLabel ?term . FILTER(lang(?term) = "zh")
}"""


@dataclass(frozen=True)
class Burst:
    term: str
    source: str  # concept (counted in claims) | keyword (counted in documents)
    start: int
    end: int
    strength: float
    count: int  # claims (concept) or documents (keyword) with the term, all years


def _cost(r: int, d: int, p: float) -> float:
    """-ln of the binomial likelihood without its coefficient (the same in both states)."""
    return -(r * math.log(p) + (d - r) * math.log(1 - p))


def kleinberg(batches: list[tuple[int, int]], s: float = 2.0, gamma: float = 1.0) -> tuple[list[int], list[float]]:
    """States (0 base, 1 burst) of batches (r hits, d trials), and per batch how much state 1 saves."""
    total_r = sum(r for r, _ in batches)
    total_d = sum(d for _, d in batches)
    if not batches or total_d == 0 or total_r == 0 or total_r == total_d:
        return [0] * len(batches), [0.0] * len(batches)
    p0 = total_r / total_d
    p1 = min(s * p0, 0.9999)
    up = gamma * math.log(len(batches))
    costs = [(_cost(r, d, p0), _cost(r, d, p1)) for r, d in batches]
    best = [0.0, up]  # cheapest total ending in each state; the sequence starts in the base state
    back: list[tuple[int, int]] = []
    best = [costs[0][0], up + costs[0][1]]
    for c0, c1 in costs[1:]:
        from0 = (best[0], 0) if best[0] <= best[1] else (best[1], 1)  # leaving the burst is free
        from1 = (best[0] + up, 0) if best[0] + up < best[1] else (best[1], 1)
        back.append((from0[1], from1[1]))
        best = [from0[0] + c0, from1[0] + c1]
    state = 0 if best[0] <= best[1] else 1
    states = [state]
    for prev in reversed(back):
        state = prev[state]
        states.append(state)
    states.reverse()
    return states, [c0 - c1 for c0, c1 in costs]


def term_bursts(
    years_by_doc: dict[str, int], terms_by_doc: dict[str, set[str]], s: float = 2.0, gamma: float = 1.0
) -> list[tuple[str, int, int, float, int]]:
    """(term, first year, last year, strength, units with the term) for every burst, strongest first;
    a unit is whatever `years_by_doc` dates: documents or claims."""
    years = sorted(set(years_by_doc.values()))
    if len(years) < 2:
        return []
    per_year: dict[int, int] = defaultdict(int)
    hits: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for doc, year in years_by_doc.items():
        per_year[year] += 1
        for term in terms_by_doc.get(doc, ()):
            hits[term][year] += 1
    out = []
    for term, by_year in hits.items():
        if sum(by_year.values()) < 2:
            continue
        states, gain = kleinberg([(by_year.get(y, 0), per_year[y]) for y in years], s, gamma)
        i = 0
        while i < len(years):
            if states[i] == 1:
                j = i
                while j + 1 < len(years) and states[j + 1] == 1:
                    j += 1
                out.append((term, years[i], years[j], round(sum(gain[i : j + 1]), 2), sum(by_year.values())))
                i = j + 1
            else:
                i += 1
    out.sort(key=lambda b: (-b[3], b[1], b[0]))
    return out


def _year(value: str) -> int | None:
    return int(value[:4]) if value[:4].isdigit() else None


def bursts(store: GraphStore, s: float = 2.0, gamma: float = 1.0) -> list[Burst]:
    """Bursts of the concepts (in claims) and keywords (of documents), by publication year, strongest first."""
    years = {r["doc"]: y for r in store.select(YEARS) if (y := _year(r["year"])) is not None}
    keywords: dict[str, set[str]] = defaultdict(set)
    for r in store.select(KEYWORDS):
        term = r["term"].strip()
        if r["doc"] in years and term:
            keywords[r["doc"]].add(term.lower() if term.isascii() else term)
    claim_years = {r["claim"]: years[r["doc"]] for r in store.select(CLAIMS) if r["doc"] in years}
    concepts: dict[str, set[str]] = defaultdict(set)
    for r in store.select(CLAIM_CONCEPTS):
        if r["claim"] in claim_years:
            concepts[r["claim"]].add(r["term"])
    found = [Burst(*b[:1], "keyword", *b[1:]) for b in term_bursts(years, keywords, s, gamma)]
    found += [Burst(*b[:1], "concept", *b[1:]) for b in term_bursts(claim_years, concepts, s, gamma)]
    found.sort(key=lambda b: (-b.strength, b.start, b.term))
    return found
