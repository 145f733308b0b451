"""Bilingual entries printed English first with the Chinese original in brackets: the Chinese fields."""

from __future__ import annotations

import pytest

from npf_graph.extract.refstyles import parse_reference
from npf_graph.extract.refstyles.bilingual import chinese_original

CASES = [
    (
        "CHEN DM,1993.History of plant taxonomy in China [M].Wuhan: Central China Normal  University Press."
        "[陈德懋，1993．中国植物分类学史[M]．武汉：华中师范大学出版社.]",
        ["陈德懋"],
        "中国植物分类学史",
        1993,
    ),
    (
        "[3] HU ZG, ZHANG XC,2011. Ching Renchang and herbarium [J].Life World,(9): 44-49."
        "[胡宗刚, 张宪春，2011．秦仁昌与植物标本馆[J]．生命世界，(9):44-49.]",
        ["胡宗刚", "张宪春"],
        "秦仁昌与植物标本馆",
        2011,
    ),
    (  # the original after a note that the work is in Chinese, no brackets
        "[4]Chen Weibiao,Zhou Jun，Liu Jiqiao，et al.Doppler lidar and it'sall solid-state single frequency laser "
        "[J].Infrared and Laser Engineering,2008,37(l):57-60.(in Chinese) 陈卫标，周军，刘继桥，等．多普勒激光雷达"
        "及其单纵模全固态激光器[J]．红外与激光工程，2008，37(1):57-60.",
        ["陈卫标", "周军", "刘继桥"],
        "多普勒激光雷达及其单纵模全固态激光器",
        2008,
    ),
]


@pytest.mark.parametrize(("raw", "authors", "title", "year"), CASES)
def test_english_first_pairs_take_the_chinese_fields(raw: str, authors: list[str], title: str, year: int) -> None:
    parsed = parse_reference(raw)
    assert (parsed.authors, parsed.title, parsed.year) == (authors, title, year)
    assert parsed.raw == raw.strip()


def test_list_label_kept_from_the_whole_entry() -> None:
    assert parse_reference(CASES[1][0]).label == "3"


@pytest.mark.parametrize(
    "raw",
    [
        # Chinese first, English translation after it: the ordinary pair, read by the labeller
        "[28] 李平,杨伟松,汪秉宏.结构洞综合评价指标的构建与应用[J]. 江西科技师范大学学报,2017(6):94-99."
        "[Li Ping,Yang Weisong,Wang Binghong.Construction[J].Journal,2017(6):94-99.]",
        # a note on a Chinese translation is no original
        "Sunstein,C.R.(2014).Why nudge?The politics of libertarian paternalism.New Haven:Yale University Press."
        "(中译本: 马冬梅译 (2015)．为什么助推.北京：中信出版社)",
        # an English entry with a short Chinese gloss
        "Zhang W. Studies of 一带一路 (Belt and Road) trade [J]. Journal of Trade, 2019, 3(2): 1-5.",
        # the note alone, no original printed after it
        "[7]Yang Yang,Shen Fahua.Designment for incident angle[J]. Technical Exploration,2007,12:29-31. (in Chinese)",
    ],
)
def test_no_chinese_original(raw: str) -> None:
    assert chinese_original(raw) is None
