"""The front page read line by line on real excerpts: which line is the byline."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import extract_text as _extract


def test_a_line_citing_the_paper_itself_is_no_byline(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# DOI: 10.5846/stxb201701100078\n\n"
        "王小平,张飞,李晓航.艾比湖区域景观格局空间特征与地表水质的关联分析.生态学报,2017,37（22)：7438-7452.\n\n"
        "# 艾比湖区域景观格局空间特征与地表水质的关联分析\n\n"
        "王小平1,²,张飞1,2,3，\\*，李晓航¹,²\n\n"
        "1新疆大学资源与环境科学学院，乌鲁木齐830046  \n2 新疆大学绿洲生态教育部重点实验室，乌鲁木齐830046\n\n"
        "摘要：为进一步明确区域土地利用对河流水质影响的空间尺度，选择新疆艾比湖区域为研究对象。\n\n"
        "关键词：艾比湖;景观格局;空间尺度\n",
    )
    assert record.title == "艾比湖区域景观格局空间特征与地表水质的关联分析"
    assert [a.name for a in record.authors] == ["王小平", "张飞", "李晓航"]
    assert record.authors[1].affiliations == ["新疆大学资源与环境科学学院", "新疆大学绿洲生态教育部重点实验室"]


def test_reference_text_stays_with_its_entry_when_a_running_head_moves(tmp_path: Path) -> None:
    body = (
        "网络节点影响力可以用结构洞理论常用的网络效率和约束度指标进行分析[2]。凝聚子群分析研究城市群内部的联系[3]。\n\n"
    )
    record = _extract(
        tmp_path,
        "# 城市网络结构与经济增长\n\n" + body * 3 + "# 参考文献\n\n"
        "[1] 刘军.整体网分析讲义:UCINET软件实用指南[M].上海：上海人民出版社,2009.[Liu Jun.Overall network "
        "analysis[M]. Shanghai: Shanghai People's Publishing House,2009.]\n\n# 干旱区地理\n\n"
        "[2]Burt R S. Structural holes: The social structure of competition[R]. Rochester,NY:SSRN,1992.\n"
        "[3] 李平,杨伟松,汪秉宏.结构洞综合评价指标的构建与应用[J]. 江西科技师范大学学报,2017(6):94-99.\n",
    )
    raws = [r.raw for r in record.references]
    assert len(raws) == 3
    assert "Burt" not in raws[0] and raws[1].startswith("[2]Burt")


def test_a_subtitle_heading_under_the_title_and_a_running_head_citing_the_paper(tmp_path: Path) -> None:
    cite = "顾立平．中国城镇居民信息消费的影响因素分析[J].图书情报知识,2013,1(151):47-55."
    body = "".join(f"{cite}\n\n信息消费已成为日益增长的消费热点，本文研究其影响因素第{k}部分。\n\n" for k in range(4))
    record = _extract(
        tmp_path,
        f"{cite}\n\n# 中国城镇居民信息消费的空间相关性与影响因素分析\n\n# 基于动态空间杜宾面板模型的实证研究\n\n"
        "# 张肃\n\n(同济大学经济与管理学院上海 200092)\n\n摘要：信息消费已成为日益增长的消费热点。\n\n"
        "关键词：信息消费;空间溢出\n\n" + body,
    )
    assert record.title == "中国城镇居民信息消费的空间相关性与影响因素分析"
    assert record.subtitle == "基于动态空间杜宾面板模型的实证研究"
    assert [a.name for a in record.authors] == ["张肃"]


def test_each_author_with_the_affiliation_in_brackets_after_the_name(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 中国社会智库科学发展路径探析\n\n"
        "张广汇 (黑龙江省减灾中心，哈尔滨150001)张朝(大连海事大学公共管理与人文学院，大连116026)\n\n"
        "摘要：社会智库是中国特色新型智库不可或缺的组成部分。\n\n关键词：社会智库;发展路径\n\n正文。\n",
    )
    assert [(a.name, a.affiliations) for a in record.authors] == [
        ("张广汇", ["黑龙江省减灾中心"]),
        ("张朝", ["大连海事大学公共管理与人文学院"]),
    ]


def test_a_title_heading_ending_in_a_colon_and_marks_left_in_title_lines(tmp_path: Path) -> None:
    tail = "尹可丽 兰淼森 李\u3000慧 赵子文(云南师范大学教育学部，昆明650500)\n\n摘要：以仪式为例考察控制感。\n\n关键词：仪式;控制感\n"
    record = _extract(tmp_path, "# 仪式动作、象征意义和积极情绪增强控制感：\n\n# 双路径机制\n\n" + tail)
    assert (record.title, record.subtitle) == ("仪式动作、象征意义和积极情绪增强控制感", "双路径机制")
    assert [a.name for a in record.authors] == ["尹可丽", "兰淼森", "李慧", "赵子文"]
    record = _extract(tmp_path, "# 突发人为灾难后的\\*心理危机干预与援助 C\n\n" + tail)
    assert record.title == "突发人为灾难后的心理危机干预与援助"


def test_two_short_heading_lines_over_the_byline_are_a_title_and_its_subtitle(tmp_path: Path) -> None:
    tail = (
        "# ■刘宇庆\n\n江苏省品牌学会 南京 210007\n\n摘要：目前国内一些智库的口碑效应不是太理想。\n\n关键词：理想智库\n"
    )
    record = _extract(tmp_path, "# 理想智库的建设\n\n# 短板、路径与方法\n\n" + tail)
    assert (record.title, record.subtitle) == ("理想智库的建设", "短板、路径与方法")
    assert [a.name for a in record.authors] == ["刘宇庆"]
    record = _extract(tmp_path, "# 转型与发展\n\n# 我国区域战略规划质量提升策略研究\n\n" + tail)  # a column's name
    assert (record.title, record.subtitle) == ("我国区域战略规划质量提升策略研究", None)
    # a title that ends as titles do over a line too long to be its wrapped rest; a short rest is one title
    record = _extract(
        tmp_path, "# 基于“可转债”的知识产权证券化模式设计\n\n# 武汉知识产权交易所的实践探索与困惑\n\n" + tail
    )
    assert (record.title, record.subtitle) == (
        "基于“可转债”的知识产权证券化模式设计",
        "武汉知识产权交易所的实践探索与困惑",
    )
    record = _extract(tmp_path, "# 基于科研产出关联的大科学装置集群规划\n\n# 布局分析方法研究\n\n" + tail)
    assert (record.title, record.subtitle) == ("基于科研产出关联的大科学装置集群规划布局分析方法研究", None)


def test_a_title_heading_wrapped_before_a_conjunction_is_one_title(tmp_path: Path) -> None:
    tail = "郑志灵 王鹏飞 曾红\\*(广州大学教育学院心理系，广州510006)\n\n摘 要采用ERP技术探究成瘾者的反应。\n\n关键词 成瘾;线索\n"
    record = _extract(tmp_path, "# 不同相关线索下海洛因成瘾者的反应差异\n\n# 及反应抑制特征：来自ERP的证据\n\n" + tail)
    assert (record.title, record.subtitle) == (
        "不同相关线索下海洛因成瘾者的反应差异及反应抑制特征：来自ERP的证据",
        None,
    )
    assert [a.name for a in record.authors] == ["郑志灵", "王鹏飞", "曾红"]
    record = _extract(tmp_path, "# 我国智库建设的现状研究\n\n# 与国外智库的比较分析\n\n" + tail)
    assert (record.title, record.subtitle) == ("我国智库建设的现状研究与国外智库的比较分析", None)
    record = _extract(tmp_path, "# 我国智库建设的现状研究\n\n# 和谐社会视角下的分析\n\n" + tail)  # '和谐' is a word
    assert record.subtitle == "和谐社会视角下的分析"


def test_a_byline_glued_to_a_title_leaves_it_the_word_it_ends_with(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "动物源食品中重组牛生长激素的作用及其检测方法的研究进展丽丽1,2 李明1,3 郑楠1,3 任 辉²文 芳1,3\\*"
        "（1.中国农业科学院北京畜牧兽医研究所，北京100193；2.吉林大学食品科学与工程学院，长春 130022）\n\n"
        "摘要：牛生长激素是由牛脑垂体分泌的一种蛋白质类激素。\n\n关键词：牛生长激素;检测方法\n",
    )
    assert record.title == "动物源食品中重组牛生长激素的作用及其检测方法的研究进展"  # not '…研究进' and '展丽丽'
    assert [a.name for a in record.authors] == ["丽丽", "李明", "郑楠", "任辉", "文芳"]


def test_a_name_alone_under_the_title_that_no_surname_list_knows(tmp_path: Path) -> None:
    head = "# 分布式事件系统研究概览\n\n# {}\n\n摘要：本文综述了分布式事件系统。\n\n关键字：发布订阅；复杂事件处理\n\n# 1引言\n\n事件广泛存在。\n"
    assert [a.name for a in _extract(tmp_path, head.format("虎嵩林")).authors] == ["虎嵩林"]
    assert _extract(tmp_path, head.format("研究综述")).authors == []


def test_a_unit_before_the_name_in_a_heading_is_no_title(tmp_path: Path) -> None:
    body = "关于“差一点”问题的讨论，一方面聚焦于语义指向，另一方面讨论正反格式的意义。\n\n" * 4
    record = _extract(
        tmp_path,
        "# “差点儿VP了”的两种否定形式及其语义指向\n\n# 首都师范大学文学院 莫伯峰\n\n"
        "内容摘要：“差点儿VP了”的否定形式有两种。\n\n关键词：差点儿否定语义\n\n# 1.解题\n\n" + body,
    )
    assert record.title == "“差点儿VP了”的两种否定形式及其语义指向"
    assert [a.name for a in record.authors] == ["莫伯峰"]
    assert record.authors[0].affiliations == ["首都师范大学文学院"]


def test_a_column_tag_is_no_byline_and_a_name_may_end_in_wei(tmp_path: Path) -> None:
    body = "自尊是个体对自我价值的总体评价，社交焦虑是常见的情绪问题。\n\n" * 4
    record = _extract(
        tmp_path,
        "·元分析(Meta-Analysis):\n\n# 自尊与社交焦虑的关系：基于中国学生群体的元分析\n\n"
        "张亚利」　李　森」俞国良²(中国人民大学教育学院；²中国人民大学心理研究所，北京 100872)\n\n"
        "摘要运用元分析方法探讨自尊与社交焦虑的关系。\n\n关键词自尊；社交焦虑\n\n" + body,
    )
    assert [a.name for a in record.authors] == ["张亚利", "李森", "俞国良"]
    record = _extract(
        tmp_path,
        "# 基于两个导电滑环实现天窗驱动和状态检测\n\n陈颖为\n\n（中国科学院国家天文台，北京100012)\n\n"
        "摘要：目前，可旋转天文圆顶仍被大量使用。\n\n关键词：天窗状态检测\n\n" + body,
    )
    assert [a.name for a in record.authors] == ["陈颖为"]


@pytest.mark.parametrize(
    ("front", "names"),
    [
        (  # '文/' before the names, the units and the abstract run on after them
            "# 空间科学对国家科技、经济与社会发展的作用\n\n"
            "文/孙丽琳吴季中国科学院国家空间科学中心北京100190【摘要】1957年,前苏联发射了第一颗人造地球卫星。\n\n",
            ["孙丽琳", "吴季"],
        ),
        (  # a report's writers under a label, after its funding note, the team's members after them
            "# 雄安新区资源环境承载力评价和调控提升研究 \\*\n\n"
            "\\*资助项目：中科院规划与战略研究专项（GHJ-ZLZX-2016-15）\n\n"
            "\\*\\*文章执笔人：葛全胜、杨林生、金凤君、朱会义\n\n"
            "课题组成员：葛全胜、杨林生、金凤君、朱会义、许端阳、江东、席建超\n\n",
            ["葛全胜", "杨林生", "金凤君", "朱会义"],
        ),
    ],
)
def test_a_role_before_the_names_of_a_byline(tmp_path: Path, front: str, names: list[str]) -> None:
    body = "空间科学探测与研究不断改写人类关于宇宙的教科书，带动了航天技术的发展。\n\n" * 4
    assert [a.name for a in _extract(tmp_path, front + body).authors] == names


def test_a_full_stop_before_the_bracketed_unit_ends_no_sentence(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 污名化对被污名个体人际互动的影响\n\n"
        "张明1² 穆妍」，²章玉琪’²孔亚卓1，2。\\*(中国科学院心理研究所，行为科学院重点实验室，北京100101)"
        "2(中国科学院大学心理学系，北京100049)\n\n"
        "摘要：污名是指个体所具有不受欢迎的特征。\n\n关键词： 污名；人际互动\n",
    )
    assert record.title == "污名化对被污名个体人际互动的影响"
    assert [a.name for a in record.authors] == ["张明", "穆妍", "章玉琪", "孔亚卓"]


def test_a_doi_and_a_funding_note_on_the_byline(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 高血压合并支气管哮喘：机制与管理\n\n"
        "10.12114/j.issn.1007-9572.2022.0587孙瑞¹，潘熠1，谭爱华²，王建新，王璇¹，张立晶 1【基金项目】"
        "国家中医药管理局慢性病治未病干预方案制定项目ZYZB-2020-196\n\n"
        "1.100700北京市，北京中医药大学东直门医院心内科\n\n【摘要】高血压与支气管哮喘常合并存在。\n",
    )
    assert [a.name for a in record.authors] == ["孙瑞", "潘熠", "谭爱华", "王建新", "王璇", "张立晶"]


def test_one_name_glued_to_the_title_with_its_unit_on_the_next_line(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 大数据对提升智库咨政水平的作用及发展建议陈光义\n\n新华社瞭望智库 北京 100077\n\n"
        "摘要：[目的/意义]数字经济时代，大数据将推动智库研究分析与决策咨询方式的深刻变革。\n",
    )
    assert record.title == "大数据对提升智库咨政水平的作用及发展建议"
    assert [a.name for a in record.authors] == ["陈光义"]


def test_a_subtitle_line_loses_its_note_mark(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 干旱区农户灌溉方式选择的影响因素\n\n以河北省张北县为例①\n\n林惠凤1,2，刘某承¹，杨伦2，闵庆文1,2\n\n"
        "(1.中国科学院地理科学与资源研究所，北京 100101；2.中国科学院大学，北京 100049)\n\n"
        "摘要：农户灌溉方式的选择影响区域水资源利用。\n",
    )
    assert (record.title, record.subtitle) == ("干旱区农户灌溉方式选择的影响因素", "以河北省张北县为例")


def test_one_name_and_its_unit_glued_to_a_subtitle_under_the_title(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "专题：气候变化的全球治理\n\n编者按2017年6月初，美国宣布退出《巴黎协定》。\n\n# 负面冲击 正向效应\n\n"
        "美国总统特朗普宣布退出《巴黎协定》的影响分析潘家华中国社会科学院城市发展与环境研究所北京100028\n\n"
        "摘要准确地说，特朗普退出《巴黎协定》是美国联邦政府的决定。\n",
    )
    assert [a.name for a in record.authors] == ["潘家华"]
    assert record.subtitle == "美国总统特朗普宣布退出《巴黎协定》的影响分析"


def test_an_english_title_run_on_after_the_chinese_one(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "快速沉积与侵蚀对地温场及天然气水合物成藏演化的影响： 以南海北部陆坡地区为例 Impacts of fast sedimentation "
        "and erosion on the evolution of the geothermal field\n\n张毅」，何丽娟」，汪集旸‘\n\n"
        "1．中国科学院地质与地球物理研究所 岩石圈演化国家重点实验室 北京100029\n\n摘要：快速沉积影响地温场。\n",
    )
    assert (record.title, record.subtitle) == (
        "快速沉积与侵蚀对地温场及天然气水合物成藏演化的影响",
        "以南海北部陆坡地区为例",
    )


def test_a_stray_character_between_a_numbered_title_and_its_byline(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "1 维生素A对动物脂类代谢的调节作用与机制\n一\n2 王 雪 闫素梅\\*\n3 (内蒙古农业大学动物科学学院，呼和浩特010018）\n"
        "4 摘要：维生素A是影响动物组织脂类代谢的关键因子。\n5 本文综述了维生素A对动物脂类代谢的调节作用。\n",
    )
    assert record.title == "维生素A对动物脂类代谢的调节作用与机制"
    assert [a.name for a in record.authors] == ["王雪", "闫素梅"]


def test_names_no_surname_list_knows_over_their_bracketed_unit(tmp_path: Path) -> None:
    one = _extract(
        tmp_path,
        "# 词向量聚类加权TextRank的关键词抽取\n\n# 夏天\n\n(中国人民大学数据工程与知识工程教育部重点实验室北京 100872)\n\n"
        "摘要：【目的】将维基百科蕴涵的世界知识以词向量方式融入 TextRank 模型。\n",
    )
    assert [a.name for a in one.authors] == ["夏天"]
    four = _extract(
        tmp_path,
        "# 基于FasterR-CNN的日冕物质抛射检测方法\n\n# 洗祥贵，尚振宏，袁梅宇，杨志鹏\n\n"
        "（昆明理工大学信息工程与自动化学院，云南昆明650500）\n\n摘要：日冕物质抛射是一种强烈的太阳爆发现象。\n",
    )
    assert [a.name for a in four.authors] == ["洗祥贵", "尚振宏", "袁梅宇", "杨志鹏"]


def test_units_from_a_note_naming_each_author_with_a_colon(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 新一代融合通信协议栈系统\n\n# 王园园 钱蔓藜 石晶林\n\n摘要：在异构网络不断发展的今天，如何融合不同无线接入技术。\n\n"
        "关键词：融合通信 异构网络\n\n# 1背景\n\n随着移动通信网络技术的发展，融合通信成为热点。\n\n"
        "王园园： 中国科学院计算技术研究所无线通信技术研究中心，博士研究生wangyuanyuan@ict.ac.cn"
        "钱蔓藜： 中国科学院计算技术研究所无线通信技术研究中心，硕士研究生石晶林：中国科学院计算技术研究所无线通信技术研究中心，研究员\n",
    )
    assert [a.affiliations for a in record.authors] == [["中国科学院计算技术研究所无线通信技术研究中心"]] * 3


def test_two_headings_over_the_byline_title_then_a_subtitle_from_to(tmp_path: Path) -> None:
    text = (
        "# 论科学决策和国家治理现代化\n\n# 从智囊、软科学到智库的理论与实践\n\n李忠尚\n\n"
        "中国人民大学重阳金融研究院 北京 100872\n\n摘要：[目的/意义]进入新时代，为了事业成功而正确决策，必须坚持科学决策。\n"
    )
    rec = _extract(tmp_path, text)
    assert (rec.title, rec.subtitle) == ("论科学决策和国家治理现代化", "从智囊、软科学到智库的理论与实践")


def test_a_unit_line_with_its_postcode_over_the_name_is_no_title(tmp_path: Path) -> None:
    text = (
        "# 智库影响科技政策议程设置\\*模式研究\n\n![](images/a.jpg)\n\n中国科学院科技战略咨询研究院北京100190\n\n"
        "# 袁志彬\n\n摘要政府的资源总是有限的。因此，在制定政策时，政府不得不对优先事项进行取舍和排序。\n"
    )
    rec = _extract(tmp_path, text)
    assert (rec.title, [a.name for a in rec.authors]) == ("智库影响科技政策议程设置模式研究", ["袁志彬"])


def test_one_marked_name_and_its_units_after_the_title_on_one_line(tmp_path: Path) -> None:
    text = (
        "佛山市生物医药产业专利分析与发展策略若干建议 $^ 1$ 庞弘燊1，2（1深圳大学图书馆，深圳，518060；"
        "2中国科学院广州生物医药与健康研究院，广州，510530）\n\n摘要:\n\n由于生物医药产业具有巨大的经济效益。\n"
    )
    rec = _extract(tmp_path, text)
    assert rec.title == "佛山市生物医药产业专利分析与发展策略若干建议"
    assert [(a.name, a.affiliations) for a in rec.authors] == [
        ("庞弘燊", ["深圳大学图书馆", "中国科学院广州生物医药与健康研究院"])
    ]
    text = "猪可代谢营养评定新体系研究进展赵胜军1,2 任莹1,2（1.武汉轻工大学动物营养与饲料科学湖北省重点实验室，武汉430023）\n"
    assert [a.name for a in _extract(tmp_path, text).authors] == ["赵胜军", "任莹"]  # two names, the first glued


def test_groups_printed_in_place_of_a_byline(tmp_path: Path) -> None:
    text = "·指南与共识·\n\n# 中国老年乳腺癌治疗专家共识 (2018)\n\n中国老年乳腺癌治疗共识专家组\n\n通信作者：孙强电话：010-69152700\n"
    assert [(a.name, a.role) for a in _extract(tmp_path, text).authors] == [("中国老年乳腺癌治疗共识专家组", "group")]
    text = '# 中国智库透明度报告\n\n“中国智库透明度研究"课题组清华大学　北京•100084\n\n摘要：中国智库亟待加强透明度建设。\n'
    assert [(a.name, a.affiliations) for a in _extract(tmp_path, text).authors] == [
        ('“中国智库透明度研究"课题组', ["清华大学"])
    ]
    text = "# 学术团队的组织\n\n本课题组在过去十年中完成了多项研究，并发表了论文。这些研究表明团队合作有效。\n"
    assert _extract(tmp_path, text).authors == []  # a sentence about a group


def test_a_title_heading_broken_off_after_de_goes_on_in_the_next_heading(tmp_path: Path) -> None:
    text = (
        "# 神经自然语言处理方法中的\n\n# 子词切分(SubwordTokenization)方法综述\n\n刘群qun.liu @huawei.com华为诺亚方舟实验室\n\n"
        "# 摘要\n\n子词切分是神经自然语言处理中的一个重要步骤，本文综述了子词切分的方法。\n"
    )
    rec = _extract(tmp_path, text)
    assert (rec.title, rec.subtitle) == ("神经自然语言处理方法中的子词切分(SubwordTokenization)方法综述", None)


def test_authors_named_only_in_pinyin_run_on_after_the_english_title(tmp_path: Path) -> None:
    text = (
        "(1.河南农业大学饲料营养河南省工程实验室，郑州 450002；2.山东省济宁市兖州区畜牧兽医工作站，济宁 272000)\n\n"
        "摘要：补偿生长技术广泛应用于草食动物、家禽和猪等动物的特定饲养阶段。\n\n关键词：补偿生长；限饲；动物生产\n\n"
        "正文。\n\n"
        "Research Progress on Compensatory Growth in Animals QI Dongfeng1 YANG Suliang1LIHaijing²XIA Mengfang1 "
        "LYU Wen2\\* (1.Hennan Agricultural University, Zhengzhou 45oo02, China)\n\n"
        "Abstract: Compensatory growth is widely used in specific feeding stages of animals.\n"
    )
    record = _extract(tmp_path, text)
    names = [a.name_en for a in record.authors]
    assert names == ["QI Dongfeng", "YANG Suliang", "LI Haijing", "XIA Mengfang", "LYU Wen"]
    assert [text[a.span[0] : a.span[1]] for a in record.authors][2] == "LIHaijing"


def test_the_chinese_head_under_an_english_block_that_opens_the_paper(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# Implications forLate Miocene diet from Diceros gansuensis: starch granules in tooth calculus\n\n"
        "CHEN He1² WANG Shi-Qil TAO Da-Wei³\n\n"
        "(1 KeyLaboratoryofVertebrateEvolution,Chinese Academy ofSciences Beijing100044)\n\n"
        "Abstract Reconstructing the diet of extinct species is a fundamental goal in vertebrate paleobiology.\n\n"
        "Keywords Diceros gansuensis,dental calculus,starch granules,Late Miocene\n\n"
        "# 晚中新世甘肃黑犀(Dicerosgansuensis)的食性\n\n"
        "陈鹤1,2 王世骐1 陶大卫3\n\n"
        "(1中国科学院古脊椎动物与古人类研究所 北京 100044)  \n(2中国科学院大学北京100049)  \n"
        "(3 郑州大学历史文化遗产保护研究中心河南郑州450001)\n\n"
        "摘要：古动物食性研究是动物系统演化过程研究中的重要问题。\n\n关键词：甘肃黑犀，牙结石，淀粉粒\n\n"
        "# 1 研究背景\n\n对食性特征的研究是探讨古动物对于气候环境变化的适应性的重要课题。\n",
    )
    assert record.title == "晚中新世甘肃黑犀(Dicerosgansuensis)的食性"
    assert [a.name for a in record.authors] == ["陈鹤", "王世骐", "陶大卫"]
    assert record.authors[1].affiliations == ["中国科学院古脊椎动物与古人类研究所"]


def test_an_english_only_head_takes_no_body_heading_for_a_chinese_title(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# Starch granules in tooth calculus of a Late Miocene rhinoceros\n\n"
        "CHEN He1 WANG Shiqi2\n\n(1 Chinese Academy of Sciences, Beijing 100044)\n\n"
        "Abstract: Reconstructing the diet of extinct species is a fundamental goal.\n\n"
        "Keywords: diet, dental calculus\n\n# 1 研究背景\n\n陈鹤等研究了牙结石。\n\n"
        "对食性特征的研究是探讨古动物对于气候环境变化的适应性的重要课题，本文分析了牙结石。\n",
    )
    assert record.title != "1 研究背景"
    assert [a.name for a in record.authors] != ["陈鹤"]


def test_lettered_parts_of_one_university_set_off_by_a_comma_and_marks_read_as_letters(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 一种基于三维模型冗余贴图的信息隐藏技术\n\n"
        "任帅‘，王震‘，张弢ʰ，徐振超ä，柳雨农ʰ(长安大学a.信息工程学院,b.电子与控制工程学院，西安710064)\n\n"
        "摘要：针对传统三维模型信息隐藏技术鲁棒性不强的缺点，提出了一种基于三维模型冗余贴图的信息隐藏算法。\n\n"
        "关键词：信息隐藏；三维模型\n",
    )
    units = [a.affiliations for a in record.authors]
    assert [a.name for a in record.authors] == ["任帅", "王震", "张弢", "徐振超", "柳雨农"]
    assert units == [["长安大学信息工程学院"], ["长安大学信息工程学院"], ["长安大学电子与控制工程学院"],
                     ["长安大学信息工程学院"], ["长安大学电子与控制工程学院"]]  # fmt: skip


def test_a_glued_name_the_english_byline_spells_as_one(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 新媒体环境下社会公益网络舆情传播研究\n\n"
        "王晰巍1,2 张柳1 李师萌1 王楠阿雪1\n\n1(吉林大学管理学院长春 130022)\n\n"
        "摘要：对新媒体环境下社会公益舆情网络结构特征和信息传播展开研究。\n\n关键词：新媒体；社会网络\n\n"
        "# The Dissemination of Online Public Opinion on Social Welfare Issues via New Media\n\n"
        "Wang Xiwei1,2 Zhang Liu1 Li Shimeng1 Wang Nan'axue1\n\n1(School of Management, Jilin University, "
        "Changchun 130022, China)\n\nAbstract: [Objective] This paper studies the network of public opinion.\n",
    )
    assert [a.name for a in record.authors] == ["王晰巍", "张柳", "李师萌", "王楠阿雪"]


def test_names_marked_with_several_letters_take_every_part_they_name(tmp_path: Path) -> None:
    record = _extract(
        tmp_path,
        "# 基于广义分形插值理论的多尺度分类尺度下推算法\n\n"
        "李佳星a,b,c，赵书良a,b，安磊c(河北师范大学a.数学与信息科学学院;b.河北省计算数学与应用重点实验室;"
        "c.移动物联网研究院，石家庄 050024)\n\n摘要：多尺度数据挖掘多应用于空间遥感图像数据。\n\n关键词：多尺度；分形插值\n",
    )
    school, lab, institute = (
        "河北师范大学数学与信息科学学院",
        "河北师范大学河北省计算数学与应用重点实验室",
        "河北师范大学移动物联网研究院",
    )
    assert [a.affiliations for a in record.authors] == [[school, lab, institute], [school, lab], [institute]]
