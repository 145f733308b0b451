"""The document's own DOI and CLC codes, as converted front pages print them."""

from __future__ import annotations

from pathlib import Path

import pytest

from npf_graph.pipeline import extract_file

HEAD = "# 高校智库建设的策略\n\n张三 李四\n\n摘要：本文讨论高校智库的建设策略与评价方法。\n\n"
BODY = "\n\n# 1 引言\n\n高校智库是国家治理体系的重要组成部分[1]。\n\n参考文献\n\n"
REFS = "[1] 王五.智库评价[J].情报杂志,2016,35(3):1-5. DOI:10.3969/j.issn.1002-1965.2016.03.001.\n"


@pytest.mark.parametrize(
    ("front", "doi", "clc"),
    [
        (
            "关键词：智库 决策产品 评价体系智力资本分类号：C931.5DOI: 10.19318/j.cnki.issn.2096-1634.2016.02.03",
            "10.19318/j.cnki.issn.2096-1634.2016.02.03",
            ["C931.5"],
        ),
        (
            "【中图分类号】TU17；TP391.98；TP391.99 【文献标识码】A\n【DOI】10.16670/j.cnki.cn11 -5823/tu.2017.04.02",
            "10.16670/j.cnki.cn11-5823/tu.2017.04.02",
            ["TU17", "TP391.98", "TP391.99"],
        ),
        (
            "分类号：TP393G35  \nDOI:10.11925/infotech.2096-3467.2017.0702",
            "10.11925/infotech.2096-3467.2017.0702",
            ["TP393", "G35"],
        ),
        ("关键词 大数据，文化，文化变迁分类号 B949:C91", None, ["B949", "C91"]),
        (
            "关键词 塔里木河，综合治理 DOI 10.16418/j.issn.1000-3045.2017.01.003",
            "10.16418/j.issn.1000-3045.2017.01.003",
            [],
        ),
        ("DOI: 10.13266/j. issn.0252-3116.2015.09.017", "10.13266/j.issn.0252-3116.2015.09.017", []),
        ("[关键词］开放获取 开放出版[分类号］G255", None, ["G255"]),
        (
            "DOI 10.16418/j.issn.1000-3045.2017.12.015\\*资助项目：中科院战略性先导科技专项",
            "10.16418/j.issn.1000-3045.2017.12.015",
            [],
        ),
        (  # a DOI without its label opening a line at the top; a general subdivision's hyphen
            "10.12114/j.issn.1007-9572.2022.0569[基金项目]北京市社会科学基金项目（18GLB044）\n\n"
            "关键词：装配式建筑；BIM\n中图分类号：TU-201；TU17 文献标志码：A",
            "10.12114/j.issn.1007-9572.2022.0569",
            ["TU-201", "TU17"],
        ),
        (
            "关键词：BIM；钢桁梁桥\n中图分类号：TU17；TU391；U448.21+1 文献标识码：A",
            None,
            ["TU17", "TU391", "U448.21+1"],
        ),
        (  # codes printed as formulas, a subdivision's digits after the formula or an OCR l for 1
            "关键词：数据合并；键值数据库中图分类号： $\\mathrm { T P } 2 7 4 ^ { + }$ .2 文献标识码：A",
            None,
            ["TP274+.2"],
        ),
        ("中图分类号： $\\mathrm { T N } 9 2 7 { + } . 2$ 文献标识码：A", None, ["TN927+.2"]),
        ("中图分类号： $\\mathrm { P l } 8 2 . 3 \\substack { + 1 }$ 文献标识码：A", None, ["P182.3+1"]),
        ("中图分类号：TP274+.2；P111.44 文献标识码：A", None, ["TP274+.2", "P111.44"]),
    ],
)
def test_front_page_identifiers(tmp_path: Path, front: str, doi: str | None, clc: list[str]) -> None:
    path = tmp_path / "paper.md"
    path.write_text(HEAD + front + BODY + REFS, encoding="utf-8")
    record = extract_file(path)
    assert (record.doi, record.clc) == (doi, clc)
