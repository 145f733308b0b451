"""Titles the conversion set partly in TeX math are given as the text they print."""

from __future__ import annotations

import pytest

from npf_graph.extract.tex_text import math_as_text


@pytest.mark.parametrize(
    ("printed", "plain"),
    [
        (
            "塔里木河下游胡杨群落 $\\mathbf { C O } _ { 2 }$ 通量特征与水分利用效率",
            "塔里木河下游胡杨群落CO2通量特征与水分利用效率",
        ),
        ("丽江 $2 . 4 \\mathsf { m }$ 望远镜双视场终端的控制与图像采集", "丽江2.4m望远镜双视场终端的控制与图像采集"),
        ("Study on‘BIM $^ +$ ’Mode Integrating‘ Smart Building", "Study on‘BIM+’Mode Integrating‘ Smart Building"),
        ("Distribution Method Based on MPI $^ +$ CUDA", "Distribution Method Based on MPI+CUDA"),
        ("SpaceWire on $-$ board high speed bus", "SpaceWire on-board high speed bus"),
        ("Research of $\\beta$ -Adrenoceptor Agonists Residues", "Research of β-Adrenoceptor Agonists Residues"),
        ("饲料添加剂 $L$ -赖氨酸硫酸盐中 $L$ -赖氨酸含量", "饲料添加剂L-赖氨酸硫酸盐中L-赖氨酸含量"),
        ("caveolin-1 and $\\mathbf { N O X } _ { 4 }$ in mice", "caveolin-1 and NOX4 in mice"),
        ("carcinoma $\\mathbf { 1 8 . 3 ~ c m }$ in length", "carcinoma 18.3 cm in length"),
        ("in the ${ \\bf { 1 1 } } ^ { \\bf { t h } }$ Contract Segment", "in the 11th Contract Segment"),
        (
            "膀胱造瘘术对于 $\\mathbf { 8 0 } \\ \\mathbf { g }$ 以下良性前列腺增生症",
            "膀胱造瘘术对于80 g以下良性前列腺增生症",
        ),
        ("音乐训练对 $4 { \\sim } 5$ 岁幼儿普通话声调", "音乐训练对4~5岁幼儿普通话声调"),
        (
            "method of $\\mathbf { 8 } { \\sim } \\mathbf { 1 0 } \\mathbf { \\mu m }$ imaging",
            "method of 8~10μm imaging",
        ),
        (
            "Mainland China $( { \\bf 2 0 0 2 } { \\sim } { \\bf 2 0 1 9 } )$ : The Perspective",
            "Mainland China (2002~2019): The Perspective",
        ),
        (
            "Bidirectional time-efficient $\\mathbf { A } ^ { * }$ algorithm",
            "Bidirectional time-efficient A* algorithm",
        ),
        ("$\\Sigma$ and $\\sigma$ of $\\delta ^ { 1 5 } \\mathrm { N }$", "Σ and σ of δ15N"),
    ],
)
def test_math_in_a_title_reads_as_the_text_it_prints(printed: str, plain: str) -> None:
    assert math_as_text(printed) == plain


def test_dollar_signs_that_are_no_math_stay() -> None:
    assert math_as_text("From $5 to $6 a Day: Wages in Shenzhen") == "From $5 to $6 a Day: Wages in Shenzhen"
    assert math_as_text("新质生产力的内涵与外延") == "新质生产力的内涵与外延"


def test_a_front_page_title_with_a_chemical_formula_in_math() -> None:
    from npf_graph.ingest.load import load_bytes
    from npf_graph.pipeline import run

    text = (
        "# 塔里木河下游胡杨群落 $\\mathbf { C O } _ { 2 }$ 通量特征与水分利用效率\n\n美尔汗·黑扎特1,²，郝兴明 12，\\*\n\n"
        "1新疆师范大学生命科学学院，乌鲁木齐830054  \n2中国科学院新疆生态与地理研究所，荒漠与绿洲生态国家重点实验室，"
        "乌鲁木齐830011\n\n摘要：以极端干旱环境中的胡杨群落为研究对象,利用涡度相关通量观测系统,研究了胡杨群落"
        " $\\mathrm { C O } _ { 2 }$ 通量与水分利用效率在不同物候期的动态规律。\n\n关键词：胡杨；通量；水分利用效率\n"
    )
    rec = run(load_bytes(text.encode("utf-8"), "front.md"))
    assert rec.title == "塔里木河下游胡杨群落CO2通量特征与水分利用效率"
    assert [a.name for a in rec.authors] == ["美尔汗·黑扎特", "郝兴明"]
