import pytest

from npf_graph.extract.numbers import find_figures


def figures(text):
    return [
        (text[f.start : f.end], f.value, f.unit, f.normalized_value, f.normalized_unit, f.approximate)
        for f in find_figures(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年,我国AI核心产业规模达5784亿元", [("5784亿元", 5784, "亿元", 5.784e11, "CNY", False)]),
        ("以1500亿美元的公司估值", [("1500亿美元", 1500, "亿美元", 1.5e11, "USD", False)]),
        ("融资 7 万亿美金", [("7 万亿美金", 7, "万亿美金", 7e12, "USD", False)]),
        ("中国人工智能核心产业规模已经达到 5000 亿人民币", [("5000 亿人民币", 5000, "亿人民币", 5e11, "CNY", False)]),
        (
            "来自美国的独角兽企业有 131 家，占全球 45%",
            [("131 家", 131, "家", 131, "count", False), ("45%", 45, "%", 0.45, "ratio", False)],
        ),
        ("共 1131 人次", [("1131 人次", 1131, "人次", 1131, "count", False)]),
        ("中国的数据生产总量达到了 32.85 泽字节（ZB）", [("32.85 泽字节", 32.85, "泽字节", 3.285e22, "byte", False)]),
        ("数据库规模从 5GB 到 45TB", [("5GB", 5, "GB", 5e9, "byte", False), ("45TB", 45, "TB", 4.5e13, "byte", False)]),
        (
            "从 1.17 亿个参数到 1750 亿个参数",
            [
                ("1.17 亿个参数", 1.17, "亿个参数", 1.17e8, "parameter", False),
                ("1750 亿个参数", 1750, "亿个参数", 1.75e11, "parameter", False),
            ],
        ),
        ("PPI 指数连续 16 个月负增长", [("16 个月", 16, "个月", 16, "month", False)]),
        ("是5年前的3倍", [("3倍", 3, "倍", 3, "multiple", False)]),
        ("超过生物进化速率三个数量级", [("三个数量级", 3, "数量级", 3, "order_of_magnitude", False)]),
        ("其中三分之二的涨幅", [("三分之二", 0.6667, "比例", 2 / 3, "ratio", False)]),
        ("约占七分之一", [("七分之一", 0.1429, "比例", 1 / 7, "ratio", False)]),
        ("占比接近六成", [("六成", 0.6, "比例", 0.6, "ratio", True)]),
        ("约一半来自土地出让金", [("一半", 0.5, "比例", 0.5, "ratio", True)]),
        (
            "城镇固定资产投资同比增长连续10个月低于 -10%",
            [("10个月", 10, "个月", 10, "month", False), ("-10%", -10, "%", -0.1, "ratio", True)],
        ),
        (
            "适配性能达到英伟达A100的70%～80%",
            [("70", 70, "%", 0.7, "ratio", False), ("80%", 80, "%", 0.8, "ratio", False)],
        ),
        ("产值达3800多亿元", [("3800多亿元", 3800, "亿元", 3.8e11, "CNY", True)]),
        ("相当于 1000 多万个中国国家图书馆", [("1000 多万个", 1000, "万个", 1e7, "count", True)]),
        ("房地产和地方债务总额相当于名义 GDP 的 150% 左右", [("150%", 150, "%", 1.5, "ratio", True)]),
        ("年末金融机构贷款余额约 237 万亿，其中", [("237 万亿", 237, "万亿", 2.37e14, None, True)]),
        ("增长 0.5 个百分点", [("0.5 个百分点", 0.5, "个百分点", 0.5, "percentage_point", False)]),
        ("参数量由数亿级迅速增至万亿级", [("万亿", 1, "万亿", 1e12, "magnitude", False)]),
        (
            "其参数量已达万亿到10万亿量级",
            [("万亿", 1, "万亿", 1e12, "magnitude", False), ("10万亿量级", 10, "万亿量级", 1e13, "magnitude", False)],
        ),
    ],
)
def test_number_forms_and_units(text, expected):
    got = figures(text)
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert (g[3] is None and e[3] is None) or g[3] == pytest.approx(e[3], rel=1e-3)
        assert g[4:] == e[4:]


@pytest.mark.parametrize(
    "text",
    [
        "GPT-4 模型比以往更具创造性", "英伟达 A100 芯片", "5G 网络", "党的二十届三中全会", "杭州六小龙", "2023 年 6 月",
        "[12]", "［3］", "第 2 期", "如图1所示", "表2显示", "联系电话：010-62511022", "项目编号：23&ZD059", "ETBMWP2024085",
        "邮政编码：210093", "1929-1933 年全球性大危机", "至少包括3个方面", "两个基础逻辑", "三大新质态", "第四次工业革命",
        "AI2000 的学者", "成为世界第二", "DeepSeek-V3 模型",
    ],
)  # fmt: skip
def test_things_that_are_not_statistics(text):
    assert figures(text) == []
