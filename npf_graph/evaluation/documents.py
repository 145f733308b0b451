"""Score document records against gold annotations (docs/evaluation.md).

Categories: the front page (title, subtitle, authors, affiliations, keywords,
abstract), references (detection, count, fields, exact match), citation markers
(detection by span, links to the right entries) and span validity of what was
predicted. Every figure is a sum over documents, so one long paper weighs more
than a short one, as in the per-item scores it reports.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from npf_graph.evaluation.matching import Accuracy, Counts, match_pairs, norm, overlap_clusters, overlaps, similarity
from npf_graph.extract.tex_text import math_as_text

REF_FIELDS = ("authors", "title", "container", "year", "volume", "issue", "pages", "publisher", "place", "type")
CLC_CODE_RE = re.compile(r"[A-Z]{1,2}-?\d[\d.\-/]*(?:\+\.?\d*)?")  # 'TU-201': a general subdivision; 'TP274+.2'
SUBTITLE_OPENING_RE = re.compile(r"以|基于|来自|兼[论谈析评议]")  # '以…为例', '基于…视角', '来自…的证据', '兼论…'
UNTIL_RE = re.compile(r"citations annotated up to offset (\d+)")


def _names(values: list[Any]) -> list[str]:
    out = []
    for v in values or []:
        name = v.get("name") or v.get("name_en") if isinstance(v, dict) else v
        n = re.sub(r"\W", "", norm(name))
        if n and n not in ("等", "etal"):
            out.append(n)
    return out


def ref_field_equal(name: str, gold: Any, pred: Any) -> bool:
    if name == "authors":
        return _names(gold) == _names(pred)
    if name == "year":
        return str(gold) == str(pred)
    if name in ("volume", "issue"):
        return norm(gold).lstrip("0") == norm(pred).lstrip("0")
    if name == "pages":
        return norm(gold).replace("+", "") == norm(pred).replace("+", "")
    if name == "type":
        return norm(gold).replace("/ol", "") == norm(pred).replace("/ol", "")
    return norm(gold) == norm(pred)


def _empty(v: Any) -> bool:
    return v is None or v == "" or v == []


def _subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


@dataclass
class DocScores:
    """Counts for one document (or, summed, for a set)."""

    title: Accuracy = field(default_factory=Accuracy)
    subtitle: Accuracy = field(default_factory=Accuracy)
    title_en: Accuracy = field(default_factory=Accuracy)
    doi: Accuracy = field(default_factory=Accuracy)
    clc: Accuracy = field(default_factory=Accuracy)
    authors: Counts = field(default_factory=Counts)
    author_order: Accuracy = field(default_factory=Accuracy)
    affiliations: Accuracy = field(default_factory=Accuracy)
    keywords: Counts = field(default_factory=Counts)
    abstract: Accuracy = field(default_factory=Accuracy)
    references: Counts = field(default_factory=Counts)
    ref_count_within_5pct: Accuracy = field(default_factory=Accuracy)
    ref_fields: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    ref_exact: Accuracy = field(default_factory=Accuracy)
    markers: Counts = field(default_factory=Counts)
    links: Counts = field(default_factory=Counts)
    spans: Accuracy = field(default_factory=Accuracy)

    def merge(self, other: DocScores) -> None:
        for name, value in vars(other).items():
            mine = getattr(self, name)
            if isinstance(value, Counts):
                mine.add(value.tp, value.pred, value.gold)
            elif isinstance(value, Accuracy):
                mine.ok += value.ok
                mine.total += value.total
            else:
                for k, acc in value.items():
                    mine[k].ok += acc.ok
                    mine[k].total += acc.total

    def ref_field_accuracy(self) -> float | None:
        ok = sum(a.ok for a in self.ref_fields.values())
        total = sum(a.total for a in self.ref_fields.values())
        return round(ok / total, 4) if total else None

    def summary(self) -> dict[str, Any]:
        return {
            "title": self.title.value,
            "subtitle": self.subtitle.value,
            "title_en": self.title_en.value,
            "doi": self.doi.value,
            "clc": self.clc.value,
            "authors": self.authors.as_dict(),
            "author_order": self.author_order.value,
            "affiliations": self.affiliations.value,
            "keywords": self.keywords.as_dict(),
            "abstract": self.abstract.value,
            "references": self.references.as_dict(),
            "ref_count_within_5pct": self.ref_count_within_5pct.value,
            "ref_field_acc": self.ref_field_accuracy(),
            "ref_fields": {k: v.value for k, v in sorted(self.ref_fields.items())},
            "ref_exact": self.ref_exact.value,
            "markers": self.markers.as_dict(),
            "links": self.links.as_dict(),
            "span_validity": self.spans.value,
        }


def _split_unmarked(gm: dict, p: dict, source: str) -> bool:
    """One of gold and prediction keeps the printed words whole as the title, the other parts them into
    title and subtitle where the print shows no sign (no dash, no line break, nothing between) before words
    that open subtitles (`…评价研究以河南省为例` on one line). Either reading of such a line is right."""
    gold_parts = [math_as_text(gm.get(k) or "") for k in ("title", "subtitle")]
    pred_parts = [math_as_text(p.get(k) or "") for k in ("title", "subtitle")]
    if norm("".join(gold_parts)) != norm("".join(pred_parts)) or bool(gold_parts[1]) == bool(pred_parts[1]):
        return False
    if not SUBTITLE_OPENING_RE.match(norm(gold_parts[1] or pred_parts[1])):
        return False
    if gold_parts[1]:  # split by the gold: nothing but spaces between its two parts
        span, sub_span = gm.get("title_span"), gm.get("subtitle_span")
        return bool(span and sub_span) and not source[span[1] : sub_span[0]].strip(" \t")
    span = gm.get("title_span")  # whole in the gold: where the prediction splits it, the line goes on
    if not span:
        return False
    at = len(norm(pred_parts[0]))
    chars = [i for i in range(*span) if not source[i].isspace()]
    return 0 < at < len(chars) and "\n" not in source[chars[at - 1] : chars[at]]


def _score_front(g: dict, p: dict, s: DocScores) -> None:
    gm = g.get("metadata") or {}
    either_way = _split_unmarked(gm, p, g.get("_source") or "")
    for key, acc in (("title", s.title), ("subtitle", s.subtitle), ("title_en", s.title_en)):
        if gm.get(key):  # a title's TeX ('$\mathbf { C O } _ { 2 }$') compares as the text it prints
            same = similarity(math_as_text(gm[key]), math_as_text(p.get(key) or "")) >= 0.9
            acc.add(same or (either_way and key != "title_en"))
    if "doi" in gm:
        s.doi.add(norm(gm["doi"] or "").lower() == norm(p.get("doi") or "").lower())
    if "clc" in gm:
        s.clc.add(CLC_CODE_RE.findall(re.sub(r"\s+", "", gm["clc"] or "")) == (p.get("clc") or []))
    gold_authors, pred_authors = gm.get("authors") or [], p.get("authors") or []
    gn, pn = _names(gold_authors), _names(pred_authors)
    pairs = match_pairs(gn, pn, lambda a, b: float(a == b), 1.0)
    s.authors.add(len(pairs), len(pn), len(gn))
    if gn:
        s.author_order.add(gn == pn)
    for gi, pi in pairs:
        for aff in gold_authors[gi].get("affiliations") or []:
            pred_affs = pred_authors[pi].get("affiliations") or []
            s.affiliations.add(any(norm(aff) in norm(x) or similarity(aff, x) >= 0.8 for x in pred_affs))
    for key in ("keywords", "keywords_en"):
        gk = {norm(k) for k in gm.get(key) or []}
        if gk:
            pk = {norm(k) for k in p.get(key) or []}
            s.keywords.add(len(gk & pk), len(pk), len(gk))
    if gm.get("abstract_span"):
        src = g.get("_source") or ""
        a, b = gm["abstract_span"]
        s.abstract.add(similarity(src[a:b], p.get("abstract")) >= 0.8)


def _score_references(g: dict, p: dict, s: DocScores) -> dict[str, str]:
    gold, pred = g.get("references") or [], p.get("references") or []

    def sim(x: dict, y: dict) -> float:
        if x.get("span") and y.get("span") and overlaps(x["span"], y["span"]):
            return max(0.75, similarity(x.get("raw"), y.get("raw")))
        return similarity(x.get("raw"), y.get("raw"))

    pairs = match_pairs(gold, pred, sim, 0.75)
    s.references.add(len(pairs), len(pred), len(gold))
    if gold:
        s.ref_count_within_5pct.add(abs(len(pred) - len(gold)) <= 0.05 * len(gold))
    for gi, pi in pairs:
        exact = True
        for name in REF_FIELDS:
            gv = gold[gi].get(name)
            if _empty(gv):
                continue
            ok = ref_field_equal(name, gv, pred[pi].get(name))
            s.ref_fields[name].add(ok)
            exact &= ok
        s.ref_exact.add(exact)
    s.ref_exact.total += len(gold) - len(pairs)
    return {pred[pi]["id"]: gold[gi]["id"] for gi, pi in pairs}


def _score_citations(g: dict, p: dict, ref_map: dict[str, str], s: DocScores) -> None:
    until = UNTIL_RE.search((g.get("metadata") or {}).get("notes") or "")
    limit = int(until.group(1)) if until else None
    gold = g.get("citations") or []
    pred = [c for c in p.get("citations") or [] if limit is None or c["span"][0] < limit]
    gold_ids, pred_ids = overlap_clusters([c["span"] for c in gold], [c["span"] for c in pred])
    found, g_clusters, p_clusters = set(gold_ids) & set(pred_ids), set(gold_ids), set(pred_ids)
    s.markers.add(len(found), len(p_clusters), len(g_clusters))
    gold_links = {(gold_ids[gi], t) for gi, c in enumerate(gold) for t in c.get("targets") or []}
    pred_links = {(pred_ids[pi], ref_map.get(r, "?" + r)) for pi, c in enumerate(pred) for r in c["reference_ids"]}
    s.links.add(len(gold_links & pred_links), len(pred_links), len(gold_links))


def _score_spans(p: dict, source: str, s: DocScores) -> None:
    for coll, key in (("references", "raw"), ("citations", "marker"), ("authors", "name")):
        for item in p.get(coll) or []:
            span, text = item.get("span"), item.get(key)
            if span and text:
                piece, value = norm(source[span[0] : span[1]]), norm(text)
                if not value:  # a marker of punctuation only ('[]'): the text itself must be there
                    s.spans.add(text.strip() in source[span[0] : span[1]])
                    continue
                s.spans.add(len(piece) <= 3 * len(value) + 200 and _subsequence(value, piece))


def score_document(gold: dict, pred: dict, source: str) -> DocScores:
    s = DocScores()
    gold = {**gold, "_source": source}
    _score_front(gold, pred, s)
    ref_map = _score_references(gold, pred, s)
    _score_citations(gold, pred, ref_map, s)
    _score_spans(pred, source, s)
    return s
