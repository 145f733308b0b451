"""Citation markers damaged by conversion, in documents with a numbered list."""

from __future__ import annotations

import pytest

from npf_graph.extract.label_numbers import numbers_in
from npf_graph.extract.markers import damaged_markers


def _found(text: str, top: int = 20) -> list[tuple[str, list[str]]]:
    return [(text[s:e], labels) for s, e, labels in sorted(damaged_markers(text, top))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("数据级起源数据理论和实践[2起源技术综述", [("[2", ["2"])]),
        # a range whose lost closing bracket was read as 1: 2-5, not 2-51 (top high: intact markers cite far)
        ("抗干扰能力已经成为一项重要课题[2\\~51，特别是", [("[2\\~51", ["2", "3", "4", "5"])]),
        ("研究进展[2-11，其中", [("[2-11", [str(k) for k in range(2, 12)])]),  # '2-1' would close no range
        ("研究进展[3-71，其中", [("[3-71", ["3", "4", "5", "6", "7"])]),
        ("已形成大片茂密的怪柳林[9。以芦苇甘草", [("[9", ["9"])]),
        ("设计信息只在设计 $$ 施工过程中单向流动，带来设计冲突等问题[9。针对", [("[9", ["9"])]),  # '$$' in prose
        ("具有重要的参考价值3]。专利是", [("3]", ["3"])]),
        ("CME 检测。Berghmans 等人[3]4]开发的", [("4]", ["4"])]),  # the second of two, its opening bracket lost
        ("与背景信息进行分类。错误!未找到引用源。其中", [("错误!未找到引用源。", [])]),  # a broken cross-reference
        ("代入式错误！未找到引用源。和错误！未找到引用源。可得", []),  # to an equation of the paper's own
        ("更可能产生突破性创新[I1]，一般", [("[I1]", ["11"])]),
        ("面向多目标优化的方法[II-12]，该类方法", [("[II-12]", ["11", "12"])]),
        ("水土流失情况[6-I1]等方面的研究", [("[6-I1]", ["6", "7", "8", "9", "10", "11"])]),
        ("年平均气温可达以上[,16-17]。研究区", [("[,16-17]", ["16", "17"])]),  # a digit lost before the comma
        ("修正 $2 . 4 \\% ^ { [ 1 2 ] }$ ，修", [("[ 1 2 ]", ["12"])]),
        ("$1 0 ^ { - 1 [ 1 5 ] }$ 。", [("[ 1 5 ]", ["15"])]),
        ("是粮食的“粮食”[]。据联合国", [("[]", [])]),
        ("的出现导致了新的生产函数[，相应的", [("[", [])]),
        ("麦甘指出[is]，中国智库发展", [("[is]", ["15"])]),
        ("建设的意见》[I，标志着", [("[I", ["1"])]),
        ("政治背景的影响 $^ [ _ { 1 6 } ]$ 。因此", [("[ _ { 1 6 } ]", ["16"])]),
        ("使其高效的工作 $^ [ { 9 } ^ { ] }$ 。因此", [("^ [ { 9 } ^ { ] }", ["9"])]),
        ("非常重要。 $^ { [ } 8 ^ { ] }$ 所以", [("^ { [ } 8 ^ { ] }", ["8"])]),
        ("满意度达 $9 2 \\% ^ { \\left[ 1 3 \\right] }$ 。", [("[ 1 3 \\right]", ["13"])]),
        ("与外磁场强度成正比 $\\left[ 6 - 7 \\right]$ ，", [("\\left[ 6 - 7 \\right]", ["6", "7"])]),
        ("取值区间为 $\\left[ 0 , 1 \\right]$ 与 $\\left[ - 1 , 1 \\right]$ 。", []),  # intervals
        ("实行差别化的补偿标准[1317]。国内", [("[1317]", ["13", "14", "15", "16", "17"])]),  # '-' lost
        ("Mach等人[0]主要关注移动边缘计算", [("[0]", ["10"])]),  # the 1 of 10 lost
        ("根据之前的研究[17:18]可知，在数", [("[17", ["17"])]),  # a colon for the comma, after a word
        ("实现直方图规定化[1,II-3]，具体实现", [("[1", ["1"])]),  # a bound of I for 1, no variable
        ("人居环境的时空分异特征[-2]、人口收缩格局", [("[-2]", ["1", "2"])]),  # the 1 of [1-2] lost
        ("Hosseini-Asl等人[o]使用卷积自动编码", [("[o]", ["10"])]),
        # ']' read as '」', in a sentence
        ("对飞机测量数据进行偏移量校正，进而利用校正后的后向散射系数进行风矢量反演5」。其中", [("5」", ["5"])]),
        ("介电常数约为1.06，采用文献10」中提出的方法对单元的反射相位进行分析。得到单元的", [("10」", ["10"])]),
        ("参照相关研究(12]，分别选取中度退化区", [("(12]", ["12"])]),  # '(' read for '['
        ("SOM聚类算法常被用来探索空间对象的聚集模式[9-i1];另外", [("[9-i1]", ["9", "10", "11"])]),  # i for 1
        ("我国主要分布于北京、河北和新疆等地[-]。对其入侵", [("[-]", [])]),  # the digits lost around the dash
        ('该理论被广泛地应用于社会福利["]、居民就业', [('["]', [])]),  # a quote read for the digits
        ("属于壮年早期和壮年晚期丹霞地貌[,岩石在长期", [("[", [])]),  # a lone opening bracket before a comma
        ("《准则》提出了五大基本价值说，增加了社会价值和文化价值]。业内很多资深同行反对这一做法；", [("]", [])]),
        ("但是对切片数量的设置不够灵活。文献[141中的算法考虑到了基站", [("[141", ["14"])]),  # ']' read as 1
        (  # a superscript holding a marker a group
            "Fortran $2 0 0 3 ^ { [ 7 ] [ 1 4 - 1 6 ] }$ 是Fortran的新标准",
            [("[ 7 ]", ["7"]), ("[ 1 4 - 1 6 ]", ["14", "15", "16"])],
        ),
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
        "分为三个阶段[I-III]，分别",  # Roman numerals
        "温度降到0.01C[-2]以下",  # an exponent after a unit
        "国发[2019]7号文件",  # a year in a document number, not two labels run together
        "见文献[1512]所述",  # 15 to 12 runs backwards
        "<td>Conv [3x3,64] 1_x[3×3,64]</td>",  # a kernel's size in a table, not a marker lost its bracket
        "<td>[10,20)</td><td>[20,40)</td>",  # intervals open at their end
        "<td>[5,10)</td><td>[10,∞]</td><td>[10, +∞)</td>",  # an interval bounded by infinity
        "摘要：[目的/意义]近年来发展迅速。[注：数据来源于历年统计年鉴，并经作者整理]。其余见附表。",  # a note closed
        "见文献[9-i]中的变量定义",  # an index i, no digit read for it
        "输入参数列表：<ul[,ns[,table[,cf[,cqll],act>，其中方括号内为可选参数。",  # optional arguments
        "<td>列族：{<用户@角色>[列族[,列]]:'权限集合</td>，方括号内为可选部分。",  # an optional part
        "$$ \\{ u _ { j } \\in Q , j \\in [ 1 , i ] \\} $$",  # an interval up to an index
        # a byline's mark, the citation line run on before it
        "遥感技术与应用,2015,30(4)：731-736.doi:10.11873/j.issn.1004-0323.2015.4.0731何佳宁1,2，郭伟¹，朱迪]，"
        "赵飞1（1.中国科学院空间科学与应用研究中心，北京100190）。",
        "空间矩阵 $V$ 可由特征向量得出〔公式(5)]，时间矩阵由公式(6)可计算，结果如下。",  # a bracket closed
        "概率取值区间(0,1]内的随机数",  # an interval open at its start
        "退避计数器取均匀分布于区间[1,CW]上随机一个整数",  # an interval bounded by a variable
        "variables: S crpix: num [1:2] 1 1 hdr:chr [1:252]",  # R's listing of a structure
        "<td>ddr3_in[63:32] > num[3:0]</td>",  # bit ranges in hardware code
        "1.3深化设计图[基于BIM模型导出的dwg图纸]2对外共享",  # a phrase in brackets
        "public void GetWifiInfo(WifiInfo[] msg) {\n  Header[] headers, byte[] body",  # arrays' types in code
        "的变化为：\n\n$$\n2 i ( k ) [ 1 + \\cos ( \\omega t )\n$$\n",  # a bracket of a displayed formula
        "# 婴儿死亡率下降的理想历程分析\n李鸿斌1」冯海娟²钱志娟」顾建明」王洁1（如皋市妇幼保健计划生育服务中心）",  # marks
    ],
)
def test_not_damaged_markers(text: str) -> None:
    assert _found(text, top=20) == []


def test_numbers_in_checks_the_range() -> None:
    assert numbers_in("2-4", 10) == ["2", "3", "4"]
    assert numbers_in("2.3", 10) == ["2", "3"]
    assert numbers_in("0,1", 10) is None
    assert numbers_in("2020", 10) is None


def test_a_range_that_lost_a_doubled_digit_after_a_higher_label() -> None:
    assert numbers_in("20,2-23", 40) == ["20", "22", "23"]  # '[20,2-23]' for [20,22-23]
    assert numbers_in("20.2-23", 40) == ["20", "22", "23"]
    assert numbers_in("5,2-4", 40) == ["5", "2", "3", "4"]  # no doubled reading fits: as printed


def test_superscripts_flattened_into_the_text_follow_the_order_of_first_citation() -> None:
    from npf_graph.extract.flattened import flattened_markers

    text = (
        "国际形势正在发生深刻变化，对世界政治、经济、文化、科技发展产生重大深远影响1,2。\n"
        "以色列拥有特拉维夫等多个研究中心，吸引了拜耳、诺华、罗氏、武田及葛兰素史克等3.4.5。"
        "王朝霞等6认为专利技术可以构建领域技术树，李静等3从旅游者感知的角度加以分析。\n"
        "其中男性患者有12例，女性患者有9，均随访了六个月，最终结果如图1。"
        "共计2914所，其中部属高校有5，地方高校有9，另有民办高校若干；项目投资分为3.5，详见附表。\n"
        "在本研究中，日本等20多个国家参与了合作，另有等3个方面的问题需要进一步讨论和研究。\n"
        "Zhou等人7指出数据倾斜会降低效率；湿地分为河流湿地、沼泽化草甸和内陆盐沼等5型，地貌分为水域等8大类型。\n"
        "北京、天津、上海、山东、河南、江苏及安徽等7省区人均福祉较高，辽宁、山西、湖北、湖南等4地也达到了。\n"
        "通过波长计与文献8 所述干涉条纹方法分别对光源在低频与高频的调制特性展开了测量，清华、北大等5所高校参与。\n"
        "# 1 引言\n"
    )
    found = [(text[s:e], labels) for s, e, labels in flattened_markers(text, 10, [])]
    assert found == [
        ("1,2", ["1", "2"]),
        ("3.4.5", ["3", "4", "5"]),
        ("6", ["6"]),
        ("3", ["3"]),
        ("7", ["7"]),
        ("8", ["8"]),  # '文献8 所述', not '等5所高校'
    ]
    assert list(flattened_markers("张三1，李四2，王五3，赵六4。" * 4, 10, [], ("张三", "李四", "王五", "赵六"))) == []
    grades = "降水等级的变化幅度分为偏高1、2、3级，等级不变或者偏低1、2、3级[9,23]。"
    assert flattened_markers(grades, 30, [(0, 8)]) == []  # grades listed, not labels
    items = (  # the numbers of items before their colons, not labels
        "本文从多个方法出发，提出了大学智库评价的“三维模型”，即维度1：与中国特色新型智库认定标准相关性的评价谓之“契合度”；"
        "维度2：从量的角度，通过各类公共数据的评价谓之“活跃度”；维度3：从质的角度，通过资政建言采纳的评价。\n"
    )
    assert flattened_markers(items, 6, []) == []


def test_superscripts_flattened_before_a_stop_where_the_paper_ends_its_sentences_with_stops() -> None:
    from npf_graph.extract.flattened import flattened_markers

    stops = (
        "它们都含有一个保守的ATP酶核心，属于SF2家族4.依据ATPase的结构特征又可以划分为四个家族．"
        "酿酒酵母中INO80的完整结构及其与核小体结合的复合物三维结构(图1i)5．其分子质量很大；"
        "这些电镜重构结果展示了一个相似的特征．"
    )
    found = [(stops[s:e], labels) for s, e, labels in flattened_markers(stops, 10, [(0, 3)])]
    assert found == [("4", ["4"]), ("5", ["5"])]
    # where sentences end with '。', a number before a stop opens an item of a list: '…根据现1.对于施工过程中，'
    items = "地质情况应及时反应设计、监理及业主，根据现1.对于施工过程中出现的问题采取相应处理。然后调整开挖。"
    assert list(flattened_markers(items, 10, [])) == []


def test_the_next_label_flattened_before_a_full_stop_in_a_paper_that_kept_its_brackets() -> None:
    from npf_graph.ingest.load import load_bytes
    from npf_graph.pipeline import run

    body = (
        "# 大学智库参与军民融合\n\n张三\n\n摘要：大学智库参与军民融合。\n\n# 1 引言\n\n"
        "军民融合已上升为国家战略[1]。国防科技工业跻身世界先进行列[2]。大学智库提供决策支撑[3]。"
        "国防科技实力的提高为科技兴军提供了坚实基础4。智库的参与方式日益多样[5]，但仍有4个方面的问题。"
        "党中央成立了统一领导军民融合发展的机构[6]。\n\n# 参考文献\n\n"
        + "".join(f"[{k}] 作者{k}.题名{k}[J].刊名,2017,{k}(1):1-9.\n" for k in range(1, 7))
    )
    rec = run(load_bytes(body.encode("utf-8"), "flat.md"))
    assert [c.marker for c in rec.citations] == ["[1]", "[2]", "[3]", "4", "[5]", "[6]"]
    # where two or more show the paper flattened its superscripts, a label cited again before a full stop too
    again = body.replace("机构[6]。", "机构6。专家委员会由钱学森任主任2。其后科研规划基本完成5，经费有4。军委批准6。")
    rec = run(load_bytes(again.encode("utf-8"), "flat.md"))
    assert [c.marker for c in rec.citations] == ["[1]", "[2]", "[3]", "4", "[5]", "6", "2", "6"]


def test_an_opening_bracket_whose_digits_and_closing_bracket_were_lost() -> None:
    from npf_graph.ingest.load import load_bytes
    from npf_graph.pipeline import run

    body = (
        "# 国内外智库研究动态\n\n张三\n\n摘要：智库研究。\n\n# 1 引言\n\n"
        "相关文献可以追溯到1998年[1]。王世伟[认为建立思想库是重要方式[3]。伍戈等[对国外智库的演进作了梳理[5]。"
        "研究框架见[目的/意义]一节，公式 $[ N = 3 ]$ 不是标注。\n\n# 参考文献\n\n"
        + "".join(f"[{k}] 作者{k}.题名{k}[J].刊名,2017,{k}(1):1-9.\n" for k in range(1, 6))
    )
    rec = run(load_bytes(body.encode("utf-8"), "lone.md"))
    assert [c.marker for c in rec.citations] == ["[1]", "[", "[3]", "[", "[5]"]


def test_ranges_and_tens_whose_digits_were_lost_and_more_flattened_superscripts() -> None:
    from npf_graph.ingest.load import load_bytes
    from npf_graph.pipeline import run

    body = (
        "# 放牧对高寒草甸的影响\n\n张三\n\n摘要：放牧影响草甸。\n\n# 1 引言\n\n"
        "放牧改变群落结构[1]。已有研究关注水质[2]、噪声[3-4]和空气质量[5-6]。温补肾阳是常用方法7，"
        "但其机制尚不清楚[8]。电路分为三个单元的构成9：时序产生单元与驱动单元[10]。"
        "直立较高的物种更具竞争力[10-1]，其余见研究[2,0]和文献12对此的讨论。生长速度[25-7]各不相同。"
        "管胞形态存在差异[2-2]。\n\n"
        "# 参考文献\n\n" + "".join(f"[{k}] 作者{k}.题名{k}[J].刊名,2017,{k}(1):1-9.\n" for k in range(1, 28))
    )
    rec = run(load_bytes(body.encode("utf-8"), "lost.md"))
    labels = {r.id: r.label for r in rec.references}
    cited = {c.marker: [labels[i] for i in c.reference_ids] for c in rec.citations}
    assert list(cited)[:12] == [
        "[1]",
        "[2]",
        "[3-4]",
        "[5-6]",
        "7",
        "[8]",
        "9",
        "[10]",
        "[10-1]",
        "[2,0]",
        "12",
        "[25-7]",
    ]
    assert cited["[10-1]"] == ["10", "11"] and cited["[2,0]"] == ["2", "10"] and cited["[25-7]"] == ["25", "26", "27"]
    assert cited["[2-2]"] == []  # 22-23 as well as 2-12: no reading


def _cited_labels(body: str) -> list[list[str]]:
    """The labels each marker of `body`, run through the pipeline, points to, in text order."""
    from npf_graph.ingest.load import load_bytes
    from npf_graph.pipeline import run

    rec = run(load_bytes(body.encode("utf-8"), "markers.md"))
    labels = {r.id: r.label for r in rec.references}
    return [[labels[i] for i in c.reference_ids] for c in rec.citations]


def test_three_digits_past_the_lists_end_are_a_short_range_whose_dash_was_lost() -> None:
    entries = "".join(f"[{k}] 作者{k}.豚草研究{k}[J].生态学报,2017,{k}(1):1-9.\n" for k in range(1, 31))
    body = (
        "# 豚草入侵机理\n\n张三\n\n摘要：豚草入侵。\n\n# 1 引言\n\n"
        "豚草是一年生草本植物[17]。该植物原产于北美洲[910]，后扩散至各地[11]。"
        "其花粉致敏[123]，机理未明。危害见报道[1519]与[710]。\n\n# 参考文献\n\n" + entries
    )
    # '[123]' reads as no label and its neighbour (1 and 23): as printed, past the list, unresolved;
    # '[1519]' is 15-19, '[710]' 7-10
    assert _cited_labels(body) == [
        ["17"],
        ["9", "10"],
        ["11"],
        [],
        ["15", "16", "17", "18", "19"],
        ["7", "8", "9", "10"],
    ]


def test_a_range_in_a_formula_whose_dash_became_a_superscript() -> None:
    entries = "".join(f"[{k}] 作者{k}.计步算法{k}[J].传感技术学报,2017,{k}(1):1-9.\n" for k in range(1, 19))
    body = (
        "# 计步算法研究\n\n张三\n\n摘要：计步算法多样。\n\n# 1 引言\n\n"
        "常见方法有阈值法[1-3]、自相关性分析法 $[ 4 ^ { - 7 } ]$ 、峰值检测法 $[ 8 ^ { \\sim } 1 2 ]$ 、"
        "有限状态机法 $[ 1 3 ^ { - 1 5 ] }$ 和零速修正法 $[ 1 6 ^ { - } 1 8 ]$ 。取值区间为 $[ 0 , 1 ]$ 。\n\n"
        "# 参考文献\n\n" + entries
    )
    assert _cited_labels(body) == [
        ["1", "2", "3"],
        ["4", "5", "6", "7"],
        [str(k) for k in range(8, 13)],
        ["13", "14", "15"],
        ["16", "17", "18"],
    ]


def test_an_ocr_range_whose_end_lost_a_digit_and_a_subscript_label_inside_a_superscript_group() -> None:
    assert _found("干旱指数是干旱定量监测评估的关键手段之一[10-I]。根据世界气象组织", 20) == [("[10-I]", ["10", "11"])]
    assert _found("以掌握不同地区草甸植被的演变趋势[9-I],研究区域", 20) == [("[9-I]", ["9", "10", "11"])]
    assert _found("运动伪影较少,视野角度更全面[1-I],但需要另外配置", 20) == []  # 1-11 or 10-11: left unread
    assert _found("2017年排名第 $4 ^ { [ _ { 3 } ] }$ 。因此", 20) == [("[ _ { 3 } ]", ["3"])]
