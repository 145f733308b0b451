"""Tests of the synthetic labelled reference generator (training/refgen)."""

from __future__ import annotations

import json
import random
import re
from functools import cache

import pytest

from npf_graph.evaluation.documents import REF_FIELDS
from training.refgen import generate as g
from training.refgen.record import Name, Ref
from training.refgen.spans import KINDS, strip

N_SAMPLE = 300


@cache
def sample() -> tuple[dict, ...]:
    return tuple(g.make_item(7, i) for i in range(N_SAMPLE))


def _ws(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def test_same_seed_same_bytes() -> None:
    assert g.generate(150, 13) == g.generate(150, 13)
    assert g.generate(150, 13) != g.generate(150, 14)


def test_spans_inside_raw_sorted_and_disjoint() -> None:
    for item in sample():
        raw, labels = item["raw"], item["labels"]
        end = 0
        for start, stop, kind in labels:
            assert kind in KINDS
            assert end <= start < stop <= len(raw), (raw, labels)
            assert raw[start:stop] == raw[start:stop].strip()
            end = stop
        assert not any(0xE000 <= ord(ch) < 0xE100 for ch in raw)


def test_span_text_matches_fields() -> None:
    for item in sample():
        raw, f = item["raw"], item["fields"]
        texts = {k: [raw[s:e] for s, e, kk in item["labels"] if kk == k] for k in ("author", "title", "container")}
        assert [_ws(a) for a in texts["author"]] == [_ws(a) for a in f["authors"]]
        for kind, key in (("title", "title"), ("container", "container")):
            if f[key] is not None:
                assert _ws(texts[kind][0]) == _ws(f[key])
        if f["year"] is not None:
            assert str(f["year"]) in raw
        assert set(f) == set(REF_FIELDS)


def test_no_etal_inside_author_spans() -> None:
    for item in sample():
        for author in item["fields"]["authors"]:
            assert "et al" not in author and not author.endswith("等"), item["raw"]


def test_every_family_in_sample() -> None:
    seen = {g.family_of(7, i) for i in range(2000)}
    assert seen == {f.name for f in g.FAMILIES + g.LATER}
    assert {item["family"] for item in sample()[:50]} == {g.family_of(7, i) for i in range(50)}


def test_output_is_json_lines() -> None:
    for line in g.generate(20, 3):
        assert json.loads(line)["raw"]


def _ref() -> Ref:
    return Ref(
        lang="zh",
        kind="J",
        title="数字经济与新质生产力",
        year=2010,
        authors=[Name(literal="陈建军"), Name(literal="李明")],
        container="经济研究",
        issue="10",
        pages="5-18",
    )


class _Fixed(random.Random):
    """An RNG whose choices take the first option, for hand-written expected renderings."""

    def choice(self, seq):  # type: ignore[override]
        return seq[0]

    def choices(self, population, weights=None, **kw):  # type: ignore[override]
        return [population[0]]

    def random(self) -> float:
        return 0.5


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("gbt_numeric", "[3]陈建军, 李明. 数字经济与新质生产力[J]. 经济研究, 2010(10): 5-18."),
        ("gbt_authoryear", "陈建军, 李明, 2010. 数字经济与新质生产力[J]. 经济研究(10): 5-18."),
        ("cssci_export", "3.陈建军/李明.数字经济与新质生产力.经济研究.2010.(10)"),
    ],
)
def test_gbt_expected(fmt: str, expected: str) -> None:
    from training.refgen import gbt

    raw, spans = strip(getattr(gbt, fmt)(_Fixed(0), _ref(), 3))
    assert raw == expected
    assert [raw[s:e] for s, e, k in spans if k == "author"] == ["陈建军", "李明"]


def test_econ_journal_own_csl() -> None:
    from training.refgen import csl

    raw, spans = strip(csl.render(random.Random(0), _ref(), 1, "econ-journal-zh.csl"))
    assert raw == "陈建军、李明，2010：《数字经济与新质生产力》，《经济研究》第10期。"
    assert [(raw[s:e], k) for s, e, k in spans][-3:] == [
        ("数字经济与新质生产力", "title"),
        ("经济研究", "container"),
        ("10", "issue"),
    ]


def test_cass_footnote_journal() -> None:
    from training.refgen import zhnotes

    raw, spans = strip(zhnotes.cass_footnote(_Fixed(0), _ref(), 1))
    assert raw == "①陈建军、李明：《数字经济与新质生产力》，《经济研究》2010年第10期。"
    assert ("2010", "year") in [(raw[s:e], k) for s, e, k in spans]


def test_apa_zh_journal() -> None:
    from training.refgen import apa_forms

    ref = _ref()
    ref.volume = "45"
    raw, spans = strip(apa_forms.apa_zh(_Fixed(0), ref, 1))
    assert raw == "陈建军, 李明.(2010). 数字经济与新质生产力. 经济研究, 45(10), 5-18."
    assert [(raw[s:e], k) for s, e, k in spans][2:] == [
        ("2010", "year"),
        ("数字经济与新质生产力", "title"),
        ("经济研究", "container"),
        ("45", "volume"),
        ("10", "issue"),
        ("5-18", "pages"),
    ]


def test_bmc_colon_names_end_at_the_colon() -> None:
    from training.refgen import apa_forms

    ref = _ref()
    ref.lang, ref.volume = "en", "3"
    ref.title, ref.container = "Rapid identification of proteins", "Curr Biol"
    ref.authors = [Name(family="Pappin", given="D. J."), Name(family="Hojrup", given="P.")]
    raw, spans = strip(apa_forms.bmc_colon(_Fixed(0), ref, 5))
    assert raw == "[5]Pappin DJ, Hojrup P: Rapid identification of proteins. Curr Biol 2010, 3:5-18."
    assert [raw[s:e] for s, e, k in spans if k == "author"] == ["Pappin DJ", "Hojrup P"]


def test_later_families_leave_the_other_items_as_they_were(monkeypatch: pytest.MonkeyPatch) -> None:
    with_later = [g.make_item(13, i) for i in range(400)]
    monkeypatch.setattr(g, "LATER", [])
    without = [g.make_item(13, i) for i in range(400)]
    assert {"apa-zh", "bmc-colon"} <= {item["family"] for item in with_later}
    for a, b in zip(with_later, without, strict=True):
        assert a == b or a["family"] in ("apa-zh", "bmc-colon")
