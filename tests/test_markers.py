"""Citation markers damaged by conversion, in documents with a numbered list."""

from __future__ import annotations

import pytest

from npf_graph.extract.markers import damaged_markers, numbers_in


def _found(text: str, top: int = 20) -> list[tuple[str, list[str]]]:
    return [(text[s:e], labels) for s, e, labels in sorted(damaged_markers(text, top))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("数据级起源数据理论和实践[2起源技术综述", [("[2", ["2"])]),
        ("已形成大片茂密的怪柳林[9。以芦苇甘草", [("[9", ["9"])]),
        ("具有重要的参考价值3]。专利是", [("3]", ["3"])]),
        ("更可能产生突破性创新[I1]，一般", [("[I1]", ["11"])]),
        ("修正 $2 . 4 \\% ^ { [ 1 2 ] }$ ，修", [("[ 1 2 ]", ["12"])]),
        ("$1 0 ^ { - 1 [ 1 5 ] }$ 。", [("[ 1 5 ]", ["15"])]),
        ("是粮食的“粮食”[]。据联合国", [("[]", [])]),
        ("的出现导致了新的生产函数[，相应的", [("[", [])]),
        ("麦甘指出[is]，中国智库发展", [("[is]", ["15"])]),
        ("建设的意见》[I，标志着", [("[I", ["1"])]),
        ("政治背景的影响 $^ [ _ { 1 6 } ]$ 。因此", [("[ _ { 1 6 } ]", ["16"])]),
        ("使其高效的工作 $^ [ { 9 } ^ { ] }$ 。因此", [("^ [ { 9 } ^ { ] }", ["9"])]),
        ("非常重要。 $^ { [ } 8 ^ { ] }$ 所以", [("^ { [ } 8 ^ { ] }", ["8"])]),
    ],
)
def test_damaged_markers(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "![](images/2d564c6b.jpg)",  # an image in Markdown
        "$\\sqrt [ 3 ] { x }$",  # the index of a root
        "取值限定在[1，4]之间",  # intact: found by the regular pattern, not here
        "共有[35个样本",  # beyond the list's highest label
        "the model [is] fitted",  # letters after a Latin word are words
    ],
)
def test_not_damaged_markers(text: str) -> None:
    assert _found(text, top=20) == []


def test_numbers_in_checks_the_range() -> None:
    assert numbers_in("2-4", 10) == ["2", "3", "4"]
    assert numbers_in("2.3", 10) == ["2", "3"]
    assert numbers_in("0,1", 10) is None
    assert numbers_in("2020", 10) is None
