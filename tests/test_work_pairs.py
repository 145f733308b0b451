"""Two reference strings one after the other: one work in two scripts, or two works."""

from __future__ import annotations

import pytest

from npf_graph.extract.work_pairs import same_work


@pytest.mark.parametrize(
    ("before", "after", "same"),
    [
        (  # a translation whose year was misread: volume and issue in common
            "[11] 王杨，徐文婷，熊高明，等．木生物量分配特征 [J]．植物生态学报,2017,41(1):105-114 ",
            "Wang Y, Xu W, Xiong G M, et al. Biomass allocation patterns[J]. Chin J Plant Ecol, 17,41(1):",
            True,
        ),
        (  # the year misread as letters is read back
            "古祖雪.基于TRIPS框架下保护传统知识的正当性[J].现代法学,2006,28(4):136-141. ",
            "Gu Z X. Justification for Protection of Traditional Knowledge[J]. Modern Law Science,2O06,28(4):36-141.",
            True,
        ),
        (  # another work of another year
            "杜旭芹,郝凤桐.二氧化碳中毒研究进展[J].中国工业医学杂志,2010,23(4):273-276. ",
            "GUAIS A, BRAND G, et al. Toxicity of carbon dioxide: a review[J]. Chem Res Toxicol,2011,24(12):2061-2070.",
            False,
        ),
        (  # another work whose year was lost: its volume, issue and pages differ
            "C B M, E K M, et al. AGREE II[J]. CMAJ, 2010,182(18):E839-E842. ",
            "刘云兰，张静怡，史乾灵，等.中国临床实践指南文献调查与评价[J]．协和医学杂志,13(02):324-331.",
            False,
        ),
        (  # the original in brackets after the translation, cut inside its names
            "[2] Zhang S, Huang X. Oscillations of plasma drifts[J]. Chinese Journal of Geophysics.37:10-16 .1995.[张顺荣. ",
            "黄信榆.苏元智．电离层等离子体漂移的振荡．地球物理学报[J]. 37:10-16 . 1995.]",
            True,
        ),
        (  # a Chinese entry whose authors' names open in Latin letters, then its translation
            "[4] Tom Potter，颜培荣．AFCI技术在家用空调电源插头中的应用[J]．电器，2004(9)：36-37. ",
            "Potter T, Yan Peirong. Application of AFCI in power plug[J]. Electrical Appliances, 2004(9): 36-37.",
            True,
        ),
        (  # the same script: two works
            "[7] 范冠杰.糖尿病的护理[J].中华护理杂志,2011,6(7):618-625.",
            "沈翠珍，高静．内科护理学[M]．北京：中国中医药出版社，2016.",
            False,
        ),
    ],
)
def test_same_work(before: str, after: str, same: bool) -> None:
    assert same_work(before, after) is same
