"""Bylines and affiliation blocks as PDF conversion leaves them (lines of real papers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import extract_text

from npf_graph.extract.affiliations import affiliation_units, mark_numbers
from npf_graph.extract.byline import parse_byline
from npf_graph.extract.name_runs import split_run


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("张金柱」张晓林²", ["张金柱", "张晓林"]),
        ("陈曦 包安明1 王新平2 古丽·加帕尔黄 粤", ["陈曦", "包安明", "王新平", "古丽·加帕尔", "黄粤"]),
        # a rare surname inside a transliterated name is a syllable of it, not the next name's start
        (
            "黄坤1,2,3，马龙1,2.3，吉力力·阿不都外力1,2,3（1.中国科学院新疆生态与地理研究所）",
            ["黄坤", "马龙", "吉力力·阿不都外力"],
        ),
        (
            "周春山1²，陈楷锐'，白克拉木·孜克利亚(1.中山大学地理科学与规划学院",
            ["周春山", "陈楷锐", "白克拉木·孜克利亚"],
        ),
        ("吴志强祝忠明姚晓娜 王思丽(中国科学院兰州文献情报中心 兰州 730030)", ["吴志强", "祝忠明", "姚晓娜", "王思丽"]),
        ("赵薇1\\*，梁 赛2,3,于杭¹,邓娜4", ["赵薇", "梁赛", "于杭", "邓娜"]),
        ("吴壮a,b，唐伦aʰ，蒲昊ab(重庆邮电大学a.通信与信息工程学院", ["吴壮", "唐伦", "蒲昊"]),
        ("陈彬¹，李尧¹，赵航²1国家电网管理学院 北京102200", ["陈彬", "李尧", "赵航"]),
        ("# 吴振新 李文燕2", ["吴振新", "李文燕"]),
        ("诸大建", ["诸大建"]),
        ("蔡高明¹,²，李志斌³，高原4，贺灿飞1,2市与环境学院,北京100871", ["蔡高明", "李志斌", "高原", "贺灿飞"]),
        (
            "孙博¹，钱静¹，陈曦1²，邢秀为'，周启鸣1,3（1．中国科学院深圳先进技术研究院",
            ["孙博", "钱静", "陈曦", "邢秀为", "周启鸣"],
        ),
        ("# 钟炜1 张凯乐1 也凤亚²", ["钟炜", "张凯乐", "也凤亚"]),
        ("欧阳明高 司马迁", ["欧阳明高", "司马迁"]),
        ("罗莉,周瑾南方医科大学中西医结合医院护理部，广东广州510513摘要：目的", ["罗莉", "周瑾"]),
        (
            "马沂\\* 王晓峰 杨蕾中国激光杂志社，上海市嘉定区清河路390号，201800",
            ["马沂", "王晓峰", "杨蕾"],
        ),  # a journal's office
        (
            "一“双一流”高校建设背景下的思考董薇 姜宇飞 张明昊 刘革 董光琴东北大学图书馆辽宁沈阳110819",
            ["董薇", "姜宇飞", "张明昊", "刘革", "董光琴"],
        ),
        ("张广汇 (黑龙江省减灾中心，哈尔滨150001)张朝(大连海事大学公共管理与人文学院，大连116026)", ["张广汇", "张朝"]),
        ("拉玛扎西，才智杰，扎西吉(青海师范大学计算机学院，西宁 810008)", ["拉玛扎西", "才智杰", "扎西吉"]),
        ("首欢容\u3000邓淑卿\u3000徐健(中山大学资讯管理学院广州 510006)", ["首欢容", "邓淑卿", "徐健"]),
        ("杨德锋江霞宋倩文(暨南大学管理学院，广州510632)", ["杨德锋", "江霞", "宋倩文"]),
        ("周宇¹，谭知止¹，段尧清 青1，21（华中师范大学信息管理学院 武汉 430079）", ["周宇", "谭知止", "段尧清"]),
        ("孙红月1 鲁盼」 蒋元萍(上海师范大学教育学院,上海 200234)", ["孙红月", "鲁盼", "蒋元萍"]),
        (
            "邓德均1，邵建立1,孙国栋1，李志忠1暨南大学附属第一医院脊柱外科,广东 广州 510632",
            ["邓德均", "邵建立", "孙国栋", "李志忠"],
        ),
        (
            "招礼军，权佳惠，朱栗琼\\*，黄瞳，金赞（广西大学林学院，广西森林生态与保育重点实验室，南宁530004)",
            ["招礼军", "权佳惠", "朱栗琼", "黄瞳", "金赞"],
        ),
        ("洗诗晴（北京大学 中国语言文学系 北京100871）", ["洗诗晴"]),
        ("彭华茂丨毛晓飞 2,1", ["彭华茂", "毛晓飞"]),
        (
            "张含之1,2.3，葛许华1,2.3，陆媛1,2.3，金花1,2.3.4，郭爱珍1,2.3，潘莹2.3，于德华2,3.4",
            ["张含之", "葛许华", "陆媛", "金花", "郭爱珍", "潘莹", "于德华"],
        ),
        ("欧阳贺月广东省佛山市顺德区第一人民医院消化内镜中心，广东 佛山 528300", ["欧阳贺月"]),
        (
            "陈国梁1,²，冯涛]，李志贤}，陈章'，徐建明2,\\*，王海华³，向言词³，余光辉4，朱佳文4",
            ["陈国梁", "冯涛", "李志贤", "陈章", "徐建明", "王海华", "向言词", "余光辉", "朱佳文"],
        ),
        ("米玛卓嘎’，秦增良²，肖卓靖³，次仁德吉4，次仁曲珍’", ["米玛卓嘎", "秦增良", "肖卓靖", "次仁德吉", "次仁曲珍"]),
        (
            "张海龙1,2，朱艳13，聂俊1,2，袁建平1，冶鑫晨1，托乎 提努尔1，张萌 1,3",
            ["张海龙", "朱艳", "聂俊", "袁建平", "冶鑫晨", "托乎提努尔", "张萌"],
        ),
        (
            "达成¹，张富涛²，钱勇生²，曾俊伟²（1.甘肃省交通规划勘察设计院股份有限公司,甘肃 兰州730030;2.兰州交通大学）",
            ["达成", "张富涛", "钱勇生", "曾俊伟"],
        ),
        (
            "詹\u3000康赵倩明 隋雁南 封飞飞\u3000占今舜 赵国琦\\*（扬州大学动物科学与技术学院，扬州225009）",
            ["詹康", "赵倩明", "隋雁南", "封飞飞", "占今舜", "赵国琦"],
        ),
        (  # a unit's part after the number ('1a' read 'la'), '』' for a superscript one
            "宋锐la，施智平la，渠瀛²，邵振洲』b，关永』b(1．首都师范大学 信息工程学院 a.成像技术北京市高精尖创新中心",
            ["宋锐", "施智平", "渠瀛", "邵振洲", "关永"],
        ),
        (  # a Uyghur name of five characters between list commas
            "冶鑫晨，王杰ʰ，王万琼ʰ，托乎提努尔'，李嘉ʰ，张萌,2(1.中国科学院新疆天文台，新疆 乌鲁木齐830011)",
            ["冶鑫晨", "王杰", "王万琼", "托乎提努尔", "李嘉", "张萌"],
        ),
        ("孙永波 王亚萨仁娜\\* 张宏福", ["孙永波", "王亚萨仁娜", "张宏福"]),  # five characters, marked, among spaces
        ("戴晓业1 安青松2 骞伟中史琳1", ["戴晓业", "安青松", "骞伟中", "史琳"]),  # two names glued, one surname unknown
        ("高志成1，田佳妮1，霍艳双1，舒锴1，宝音陶格涛1,2", ["高志成", "田佳妮", "霍艳双", "舒锴", "宝音陶格涛"]),
        ("罗\u3000兰¹彭中要²", ["罗兰", "彭中要"]),  # given names holding 要 and 键, characters of the front's labels
        ("胡安晴' 杨金键²1（纽约大学工学院，纽约布鲁克林，11201）", ["胡安晴", "杨金键"]),
        (  # a transliterated name printed without its middle dot, first among names printed with it
            "买买提阿依甫，吾守尔·斯拉木，艾斯卡尔·艾木都拉，杨文忠，帕丽旦·木合塔尔",
            ["买买提阿依甫", "吾守尔·斯拉木", "艾斯卡尔·艾木都拉", "杨文忠", "帕丽旦·木合塔尔"],
        ),
        (  # 那, a syllable of transliterated names; the units run on after the last name
            "古力米热·哈那提1，张音23，苏里坦²，胡可可2.3.新疆水利水电科学研究院,新疆 乌鲁木齐830049；",
            ["古力米热·哈那提", "张音", "苏里坦", "胡可可"],
        ),
    ],
)
def test_names_on_a_byline(line: str, names: list[str]) -> None:
    assert [n.text for n in parse_byline(line)] == names


@pytest.mark.parametrize(
    "line",
    [
        "塔里木河近期综合治理工程生态成效评估",
        "摘要文章利用大量翔实的实地调查记录",
        "关键词：数字经济；高质量发展",
        "张三要求",
        "同济大学经济与管理学院上海200092",
        "专题：国家生态保护与建设工程生态成效评估",
        "数字经济 高质量发展 研究",
        "数字经济，高质量发展(中国科学院)",
        "数字经济（中国科学院）",
        "数字经济，高质量发展，共同富裕",
        "数字经济，高质量发展，新质生产力，共同富裕",
        "城市 发展 研究 经济（国家统计局）",
        "",
    ],
)
def test_lines_that_are_no_byline(line: str) -> None:
    assert parse_byline(line) == []


def test_words_after_the_names_are_no_names() -> None:
    assert [n.text for n in parse_byline("张三，李四，经济发展")] == ["张三", "李四"]


def test_offsets_point_at_the_printed_name() -> None:
    line = "赵薇1，梁 赛2,3"
    names = parse_byline(line)
    assert [line[n.start : n.end] for n in names] == ["赵薇", "梁 赛"]


def test_affiliation_numbers_after_names() -> None:
    names = parse_byline("李宽1,2.3，熊鑫²，王海兵1²（1．内蒙古农业大学")
    assert [mark_numbers(n.marks) for n in names] == [[1, 2, 3], [2], [1, 2]]


def test_a_superscript_one_read_as_a_brace_or_a_quote() -> None:
    names = parse_byline("王大伟},²，师庆东}²，董弟文'²，陈朝军3(1．新疆大学资源与环境科学学院")
    assert [n.text for n in names] == ["王大伟", "师庆东", "董弟文", "陈朝军"]
    assert [mark_numbers(n.marks) for n in names] == [[1, 2], [1, 2], [1, 2], [3]]


def test_glued_runs_are_cut_at_surnames() -> None:
    assert split_run("刘媛媛丁一") == ("刘媛媛", "丁一")
    assert split_run("理论逻辑与现实") is None


@pytest.mark.parametrize(
    ("block", "units"),
    [
        (
            "1(南京理工大学经济管理学院 南京 210094)\n2(中国科学院文献情报中心 北京 100190)",
            [(1, "南京理工大学经济管理学院"), (2, "中国科学院文献情报中心")],
        ),
        (
            "1中国科学院文献情报中心北京100190²中国科学院大学北京100049",
            [(1, "中国科学院文献情报中心"), (2, "中国科学院大学")],
        ),
        ("（1．内蒙古农业大学沙漠治理学院,内蒙古呼和浩特010011;", [(1, "内蒙古农业大学沙漠治理学院")]),
        ("同济大学经济与管理学院上海200092", [(1, "同济大学经济与管理学院")]),
        (  # the last name's marks run into unit 1
            "11中国科学院文献情报中心 北京100190²中国科学院大学 北京101408",
            [(1, "中国科学院文献情报中心"), (2, "中国科学院大学")],
        ),
        (
            " 2.31中国科学院成都文献情报中心成都 6100412中国科学院微生物研究所 北京 100101",
            [(1, "中国科学院成都文献情报中心"), (2, "中国科学院微生物研究所")],
        ),
        ("（1．中国建筑一局（集团）有限公司，北京 100161）", [(1, "中国建筑一局（集团）有限公司")]),
        ("（1．北京大学经济学院，北京 100871；2．清华大学）", [(1, "北京大学经济学院"), (2, "清华大学")]),
        ("(中国人民大学心理学系，北京 100872)", [(1, "中国人民大学心理学系")]),  # a department, not a place
        ("中国科学技术协会 北京 100031", [(1, "中国科学技术协会")]),  # an association
        (
            "2.邮编：300381；地区：天津市；天津中医药大学第一附属医院泌尿外科；",
            [(2, "天津中医药大学第一附属医院泌尿外科")],
        ),
        ("（深圳市国家气候观象台（深圳市天文台），518040，广东 深圳）", [(1, "深圳市国家气候观象台（深圳市天文台）")]),
        (  # departments
            "广州市第一人民医院南沙医院普通外科,广东广州 511457；南方医科大学南方医院普通外科,广东广州51051:",
            [(1, "广州市第一人民医院南沙医院普通外科"), (2, "南方医科大学南方医院普通外科")],
        ),
        ("1南京大学档案室南京2100932江苏省教育厅科研处南京", [(1, "南京大学档案室"), (2, "江苏省教育厅科研处")]),
        (  # a unit's parts lettered after the institution's name, each under it and its number
            "(1.广西科技大学a.计算机科学与通信工程学院;b.智能计算与分布式信息处理重点实验室培育基地，广西 柳州545006;"
            "2.上海交通大学电子信息与电气工程学院，上海 200240)",
            [
                (1, "广西科技大学计算机科学与通信工程学院"),
                (1, "广西科技大学智能计算与分布式信息处理重点实验室培育基地"),
                (2, "上海交通大学电子信息与电气工程学院"),
            ],
        ),
        (  # labelled fields before each unit's name
            "1.邮编：300381；地区：天津市；天津中医药大学第一附属医院、国家中医针灸临床医学研究中心；\n"
            "2.邮编：300381；地区：天津市；天津中医药大学第一附属医院泌尿外科、国家中医针灸临床医学研究中心；",
            [
                (1, "天津中医药大学第一附属医院、国家中医针灸临床医学研究中心"),
                (2, "天津中医药大学第一附属医院泌尿外科、国家中医针灸临床医学研究中心"),
            ],
        ),
        (
            "(中国人民公安大学a.信息技术与网络安全学院;b.网络空间安全与法治协同创新中心，北京 100038)",
            [(1, "中国人民公安大学信息技术与网络安全学院"), (1, "中国人民公安大学网络空间安全与法治协同创新中心")],
        ),
        (  # a hospital's other name in brackets before its department
            "广州医科大学附属第六医院(清远市人民医院)放射科，广东 清远511500",
            [(1, "广州医科大学附属第六医院(清远市人民医院)放射科")],
        ),
        (  # a bracket after a space inside a unit's name
            "(1.中国科学院低温工程学重点实验室 (理化技术研究所)，北京100190;2．中国科学院大学，北京100049)",
            [(1, "中国科学院低温工程学重点实验室(理化技术研究所)"), (2, "中国科学院大学")],
        ),
        (  # one hospital, then its departments after their marks, read as quotes or lost
            "佛山市第二人民医院'超声科，肝胆外科，广东 佛山 528000",
            [(1, "佛山市第二人民医院超声科"), (2, "佛山市第二人民医院肝胆外科")],
        ),
        (
            "南方医科大学第三附属医院(广东省骨科医院)'影像科，内分泌科,广东广州 510630",
            [
                (1, "南方医科大学第三附属医院(广东省骨科医院)影像科"),
                (2, "南方医科大学第三附属医院(广东省骨科医院)内分泌科"),
            ],
        ),
        ("北京大学人民医院心内科，北京 100044", [(1, "北京大学人民医院心内科")]),
        (  # one hospital's departments, the first after a mark read as a quote, the second after its number
            "中国医学科学院北京协和医学院北京协和医院‘乳腺外科²病理科，北京100730",
            [
                (1, "中国医学科学院北京协和医学院北京协和医院乳腺外科"),
                (2, "中国医学科学院北京协和医学院北京协和医院病理科"),
            ],
        ),
        (
            "1北京大学人民医院心内科，北京 100044;2 病理科",
            [(1, "北京大学人民医院心内科"), (2, "北京大学人民医院病理科")],
        ),
        (  # the last name's mark 1 glued to the first unit's number: '刘晓波11．内蒙古…'
            "11．内蒙古大学生态与环境学院,内蒙古 呼和浩特010021；2．呼和浩特市环境科学研究所,内蒙古 呼和浩特010010)",
            [(1, "内蒙古大学生态与环境学院"), (2, "呼和浩特市环境科学研究所")],
        ),
        (  # a unit named by a station's word, no 局 or 所 in it
            "(1.内蒙古自治区气象台,内蒙古 呼和浩特010051；2.锡林郭勒盟气象局,内蒙古 锡林浩特026000）",
            [(1, "内蒙古自治区气象台"), (2, "锡林郭勒盟气象局")],
        ),
        (  # a station's name after another unit word ('中心'), with its city after it
            "(1兰州中心气象台,甘肃 兰州 730020；2 甘肃省公共气象服务中心,甘肃兰州 730020)",
            [(1, "兰州中心气象台"), (2, "甘肃省公共气象服务中心")],
        ),
        (  # a think tank, its mark 1 read as 丨
            "丨中国与全球化智库 北京 100004²北京师范大学 北京100875",
            [(1, "中国与全球化智库"), (2, "北京师范大学")],
        ),
    ],
)
def test_affiliation_units(block: str, units: list[tuple[int, str]]) -> None:
    assert affiliation_units(block) == units


def test_a_first_name_no_surname_list_knows_is_taken_when_marked_like_the_next() -> None:
    line = "果海姣'，刘甘露²，马晓旭¹，苏容¹，陈程1(1.北京中医药大学东直门医院 脑病科，北京，100700）"
    assert [n.text for n in parse_byline(line)] == ["果海姣", "刘甘露", "马晓旭", "苏容", "陈程"]
    assert parse_byline("图表¹，数据²") == []  # words of the dictionary are no names


def test_a_dot_the_conversion_put_inside_a_two_character_name() -> None:
    names = parse_byline("陈‧阳，岳文泽\\*，张亮浙江大学土地管理系，杭州310058")
    assert [n.text for n in names] == ["陈阳", "岳文泽", "张亮"]


def test_a_common_surname_and_an_affiliation_opening_with_its_number() -> None:
    assert [n.text for n in parse_byline("洪卫都,沈志忠²,曹 飞1")] == ["洪卫都", "沈志忠", "曹飞"]
    line = "汪志刚²李稳1,²李游（1.国网湖南省电力公司带电作业中心长沙 410007）"
    assert [n.text for n in parse_byline(line)] == ["汪志刚", "李稳", "李游"]


def test_a_title_holding_a_transliterated_name_is_no_byline() -> None:
    assert parse_byline("# 康拉德·阿登纳基金会的运行机制与发展态势") == []
    assert [n.text for n in parse_byline("古丽·加帕尔黄粤1，王新平2")] == ["古丽·加帕尔", "黄粤", "王新平"]


def test_glued_names_are_cut_towards_the_commoner_surnames() -> None:
    assert split_run("陈润文邱勇黄文彬") == ("陈润文", "邱勇", "黄文彬")  # not 邱勇黄 and 文彬


def test_a_section_heading_alone_under_the_title_is_no_name() -> None:
    from npf_graph.extract.name_runs import lone_name

    assert not lone_name("引言") and not lone_name("结语") and lone_name("虎嵩林")


def test_names_set_apart_by_a_wider_gap_than_the_one_inside_them() -> None:
    line = "陆华伟¹　杨 益¹　刘 俊　郭 爽²王安妮¹(1．大连海事大学轮机工程学院，大连116026)"
    assert [n.text for n in parse_byline(line)] == ["陆华伟", "杨益", "刘俊", "郭爽", "王安妮"]
    assert [n.text for n in parse_byline("王 小 明 李 四")] == ["王小明", "李四"]  # one gap throughout


def test_marked_names_of_four_characters_that_no_surname_list_knows() -> None:
    names = parse_byline("苏都尔¹，那顺达来}²，其力木格1，东方杰1")
    assert [n.text for n in names] == ["苏都尔", "那顺达来", "其力木格", "东方杰"]


def test_a_name_glued_to_its_unit_does_not_take_the_units_words() -> None:
    line = "刘雪岩，李成花，杨 萍吉林大学中日联谊医院心血管内科，长春 吉林130033"
    assert [n.text for n in parse_byline(line)] == ["刘雪岩", "李成花", "杨萍"]  # not 杨萍吉, 林大学


def test_names_between_list_commas_that_no_surname_list_knows() -> None:
    line = "章侃丰，角媛梅\\*，刘歆，刘志林，刘澄静，尚升海云南师范大学，旅游与地理科学学院，昆明650500"
    assert [n.text for n in parse_byline(line)] == ["章侃丰", "角媛梅", "刘歆", "刘志林", "刘澄静", "尚升海"]
    line = "林春蕊，许为斌，陈海玲，陆昭岑，黄俞淞，刘演（广西壮族自治区 广西植物研究所，广西 桂林 541006)"
    assert [n.text for n in parse_byline(line)] == ["林春蕊", "许为斌", "陈海玲", "陆昭岑", "黄俞淞", "刘演"]
    assert [n.text for n in parse_byline("王明，研究所，李四")] == ["王明"]  # a unit's word is no name
    assert parse_byline("国家战略资源为支持,覆盖科技创新的全生命、整过程、长周期") == []  # words after a sentence


def test_a_foreign_co_author_between_chinese_names() -> None:
    names = parse_byline("韩世鹏 Olatunji Mumini Omisore 王 磊\\*\\*中国科学院深圳先进技术研究院深圳518055")
    assert [n.text for n in names] == ["韩世鹏", "Olatunji Mumini Omisore", "王磊"]
    # two in a list with their marks, one surname in capitals
    names = parse_byline("张月1,2，张 飞1,2.3，\\*,王娟1,2,任岩1,²,Abduwasit Ghulam4,Hsiang-te KUNG5, 陈芸")
    assert [n.text for n in names] == ["张月", "张飞", "王娟", "任岩", "Abduwasit Ghulam", "Hsiang-te KUNG", "陈芸"]
    assert [n.text for n in parse_byline("李四1 Zhang San王五")] == ["李四", "王五"]  # glued on: no list
    # an initial for a word, the first mark read as 'l'
    names = parse_byline("白晓宇1,2 Tawanda S.Mutusval,3 祝卓宏1.2\\*（1中国科学院心理研究所,北京100101）")
    assert [n.text for n in names] == ["白晓宇", "Tawanda S.Mutusva", "祝卓宏"]
    assert [n.text for n in parse_byline("李四1,2 Michael Daniel1,3 王五2")] == ["李四", "Michael Daniel", "王五"]
    # one name between list commas after a quote read for a mark, or with an initial glued to the given name
    line = "万萌1,2,3，吴 潮'，Ying Zhang³，徐洋l，魏建彦1（1.中国科学院国家天文台，北京100012）"
    assert [n.text for n in parse_byline(line)] == ["万萌", "吴潮", "Ying Zhang", "徐洋", "魏建彦"]
    line = "穆博1,²,李华威¹,AudreyL.Mayer³，何瑞珍¹,田国行1,\\*"
    assert [n.text for n in parse_byline(line)] == ["穆博", "李华威", "AudreyL.Mayer", "何瑞珍", "田国行"]
    assert [n.text for n in parse_byline("李四，Zhang San王五，赵六")] == ["李四", "王五", "赵六"]  # glued on


def test_a_space_that_fell_inside_a_name() -> None:
    assert [n.text for n in parse_byline("周阳1²王雪菲1.2 白朔天赵 楠朱廷劭1\\*\\*")] == [
        "周阳",
        "王雪菲",
        "白朔天",
        "赵楠",
        "朱廷劭",
    ]


def test_one_name_glued_to_its_unit_after_a_list_comma_and_a_name_after_a_glued_subtitle() -> None:
    line = "段亮亮，满秀玲\\*，俞正祥，刘玉杰，朱宾宾东北林业大学，哈尔滨150040"
    assert [n.text for n in parse_byline(line)] == ["段亮亮", "满秀玲", "俞正祥", "刘玉杰", "朱宾宾"]
    line = "汪勇；刘忠轶;王龙中国人民公安大学 北京10038"  # semicolons part the names, the unit opens with 中国
    assert [n.text for n in parse_byline(line)] == ["汪勇", "刘忠轶", "王龙"]
    line = "以环境微生物为指标杨海乐¹，杜 浩'，祁洪芳²，俞录贤²，危起伟1,\\*"
    assert [n.text for n in parse_byline(line)] == ["杨海乐", "杜浩", "祁洪芳", "俞录贤", "危起伟"]


def test_no_names_from_a_units_line_a_quoted_case_or_a_unit_wrapped_onto_the_next_line(tmp_path: Path) -> None:
    # a subtitle naming its case in quotes: the quote's last characters are no name ('展平台')
    text = (
        "# 基于新型智库的有机知识分子与服务地方发展\n\n——以“中国农村智库发展平台”为例刘晨’周晶²\n\n"
        "# 1澳门大学 澳门 999078；²华中师范大学 武汉 430079\n\n摘要：本文主要从有机知识分子的角度来探讨新型智库。\n"
    )
    assert [a.name for a in extract_text(tmp_path, text).authors] == ["刘晨", "周晶"]
    # '物理与电子工' / '程学院，广东广州…': a unit's name wrapped onto the next line is no surname and 学院
    assert parse_byline("程学院，广东广州510006；3.昆明理工大学云南省计算机技术应用重点实验室，云南昆明650500") == []
    # a byline the conversion garbled, run into its units: '和改革' of 国家发展和改革委员会 is no name
    text = (
        "# 强化国家战略科技力量建设的思考\n\n"
        "買玉余土建方土君婷1中国科学院北京分院北京1001902中国科学院科技战略咨询研究院北京1001903"
        "国家发展和改革委员会宏观经济研究院北京100038\n\n摘要党的十九大报告指出，创新是引领发展的第一动力。\n"
    )
    assert extract_text(tmp_path, text).authors == []


def test_tibetan_names_of_four_characters_between_list_commas() -> None:
    line = "李士成1,²，李少伟²,，希娜·吉4，次仁罗布ʰ，央珍5，邓雨杰，孙维2,3，\\*"
    assert [n.text for n in parse_byline(line)] == ["李士成", "李少伟", "希娜·吉", "次仁罗布", "央珍", "邓雨杰", "孙维"]
    assert [n.text for n in parse_byline("王明，经济发展，李四")] == ["王明"]  # two common words are no name


def test_marks_and_commas_interleaved_between_names() -> None:
    line = "魏献花'，白永平}，车磊，王　栋2,³，效　瑞，张文娴'(1西北师范大学地理与环境科学学院,甘肃兰州730070)"
    assert [n.text for n in parse_byline(line)] == ["魏献花", "白永平", "车磊", "王栋", "效瑞", "张文娴"]


def test_qi_inside_a_given_name() -> None:
    assert [n.text for n in parse_byline("张其春1,2，\\*，郗永勤1")] == ["张其春", "郗永勤"]
    line = "龙其成,于 哲,林光正,陈鹏亮,魏 强,谭万龙南方医科大学南方医院泌尿外科，广东广州510515"
    assert [n.text for n in parse_byline(line)] == ["龙其成", "于哲", "林光正", "陈鹏亮", "魏强", "谭万龙"]
    assert parse_byline("其中，其他方面") == []  # words, not names


def test_a_stroke_read_for_a_superscript_one_points_to_unit_one() -> None:
    names = parse_byline("彭华茂丨毛晓飞 2,1")
    assert [mark_numbers(n.marks) for n in names] == [[1], [1, 2]]


def test_a_long_list_of_names_between_list_commas() -> None:
    names = [f"{s}{g}" for s in "许樊崔何李肖米韩陶王张刘杨苏陈乔郭吕" for g in ("允飞",)][:18]
    names += ["崔辰州", "何勃亮", "李长华", "王传军", "张海龙", "刘梁", "杨丝丝", "乔翠兰"]
    line = "，".join(f"{n}{k % 9 + 1}、{k % 5 + 1}" for k, n in enumerate(names))
    assert [n.text for n in parse_byline(line)] == names


def test_a_surname_the_list_lacked_before_a_spaced_out_name() -> None:
    line = "张婧宇　葛天舒　代彦军赵 耀　王如竹(上海交通大学制冷与低温工程研究所，上海200240)"
    names = parse_byline(line)
    assert [n.text for n in names] == ["张婧宇", "葛天舒", "代彦军", "赵耀", "王如竹"]
    assert names[-1].marks == ""  # the bracket is everyone's unit, not the last name's own


def test_two_character_names_padded_by_a_space_among_glued_names() -> None:
    line = "史志华12\\*王 玲刘前进张含玉黄 萱方怒放²1华中农业大学资源与环境学院武汉430070"
    assert [n.text for n in parse_byline(line)] == ["史志华", "王玲", "刘前进", "张含玉", "黄萱", "方怒放"]


def test_a_foreign_co_author_last_after_a_list_comma() -> None:
    assert [n.text for n in parse_byline("李春明1,\\*,张会1²,HAKLAYMuki³")] == ["李春明", "张会", "HAKLAYMuki"]
    assert [n.text for n in parse_byline("王明，李华，John Smith")] == ["王明", "李华", "John Smith"]
    assert [n.text for n in parse_byline("王明，李华，Beijing")] == ["王明", "李华"]  # a place, not a name


@pytest.mark.parametrize(
    ("cited", "names"),
    [
        ("单立山,李毅,张荣,张正中,种培芳", ["单立山", "李毅", "张荣", "张正中", "种培芳"]),
        ("单立山,李毅,张荣,王五,种培芳", ["单立山", "李毅", "张荣", "张正中"]),  # another paper's names: as found
    ],
)
def test_names_the_byline_lost_come_from_the_papers_citation_line(tmp_path: Path, cited: str, names: list[str]) -> None:
    text = (
        f"# DOI:10.5846/stxb201608161679\n\n{cited}.降雨格局变化对白刺幼苗根系形态特征的影响.生态学报,2017,"
        "37(21)：7324-7332.\n\n# 降雨格局变化对白刺幼苗根系形态特征的影响\n\n单立山1,²,李毅1\\*,张 荣}，张正中}，种培芳\n\n"
        "(1.甘肃农业大学林学院，兰州 730070；2.中国科学院西北生态环境资源研究院，兰州 730000)\n\n"
        "摘要：以白刺幼苗为研究对象，研究了降雨格局变化对其根系形态特征的影响。\n"
    )
    assert [a.name for a in extract_text(tmp_path, text).authors] == names


@pytest.mark.parametrize(
    ("cited", "byline", "names"),
    [
        (  # the last name glued to a unit that lost its first character ('沈阳农业大学')
            "李文,叶旭红,韩冰,张西超,邹洪涛，张玉龙",
            "李文,叶旭红,韩冰,张西超,邹洪涛\\*，张玉龙阳农业大学土地与环境学院,沈阳 110866",
            ["李文", "叶旭红", "韩冰", "张西超", "邹洪涛", "张玉龙"],
        ),
        (  # two-character names spaced out and glued together
            "刘刚,曹植,王鹤鸣,刘立涛,陈伍,王键",
            "刘 刚曹 植王鹤鸣²刘立涛陈 伍王 键²",
            ["刘刚", "曹植", "王鹤鸣", "刘立涛", "陈伍", "王键"],
        ),
    ],
)
def test_names_the_citation_line_prints_whole_mend_the_bylines(
    tmp_path: Path, cited: str, byline: str, names: list[str]
) -> None:
    text = (
        f"# DOI:10.5846/stxb201606021062\n\n{cited}.不同灌溉方式下3种土壤微生物活性测定方法比较.生态学报,2017,37(12)："
        f"4084-4093.\n\n# 不同灌溉方式下3种土壤微生物活性测定方法比较\n\n{byline}\n\n"
        "摘要：以设施土壤为对象，比较了不同灌溉方式下3种土壤微生物活性测定方法。\n"
    )
    assert [a.name for a in extract_text(tmp_path, text).authors] == names


def test_the_last_names_bracketed_unit_is_every_authors(tmp_path: Path) -> None:
    text = (
        "# 除湿换热器系统冬季采暖加湿性能研究\n\n张婧宇　葛天舒　代彦军赵 耀　王如竹(上海交通大学制冷与低温工程研究所，上海200240)\n\n"
        "摘要本文在上海典型冬季工况下，测试了太阳能驱动的除湿换热器系统的采暖加湿性能。\n\n关键词除湿换热器；冬季工况\n"
    )
    rec = extract_text(tmp_path, text)
    assert [a.affiliations for a in rec.authors] == [["上海交通大学制冷与低温工程研究所"]] * 5


def test_a_first_name_whose_surname_was_misread_before_list_commas() -> None:
    line = "候 婷,宋琼,任太娟,何莲南方医科大学南方医院，广东广州510515"
    assert [n.text for n in parse_byline(line)] == ["候婷", "宋琼", "任太娟", "何莲"]
    assert parse_byline("目的,方法,结果") == []  # words between commas, not names
    assert [n.text for n in parse_byline("候 婷,任蔚虹杭州市西溪医院，浙江杭州 310023")] == ["候婷", "任蔚虹"]


def test_names_apart_by_spaces_to_the_line_end_one_with_a_surname_the_list_lacks() -> None:
    assert [n.text for n in parse_byline("柳王娟 定险峰 程晓荣 范炤")] == ["柳王娟", "定险峰", "程晓荣", "范炤"]
    assert [n.text for n in parse_byline("柳王娟 定险峰 研究进展 范炤")] == ["柳王娟"]  # a word among them


def test_a_bracketed_university_closing_a_units_name() -> None:
    block = "(青少年网络心理与行为教育部重点实验室(华中师范大学);人的发展与心理健康湖北省重点实验室;\n\n华中师范大学心理学院,武汉 430079)"
    assert [unit for _k, unit in affiliation_units(block)] == [
        "青少年网络心理与行为教育部重点实验室(华中师范大学)",
        "人的发展与心理健康湖北省重点实验室",
        "华中师范大学心理学院",
    ]


def test_a_stray_character_before_a_whole_name() -> None:
    line = "尹玢璨」　辛世超」　张晗」　走 赵玉虹1,21(中国医科大学医学信息学院沈阳110122)"
    assert [n.text for n in parse_byline(line)] == ["尹玢璨", "辛世超", "张晗", "赵玉虹"]


def test_names_spaced_out_after_a_title_the_first_is_glued_to() -> None:
    line = "舍内空气质量对肉鸡健康影响的研究进展孙永波 王 亚 萨仁娜\\* 张宏福"
    assert [n.text for n in parse_byline(line)] == ["孙永波", "王亚", "萨仁娜", "张宏福"]


def test_a_foreign_co_author_first_with_the_mark_one_read_as_l() -> None:
    line = "Gerd Gigerenzerl 栾胜华² 刘永芳³( Max Planck Institute for Human Development,Berlin 14195,Germany)"
    assert [n.text for n in parse_byline(line)] == ["Gerd Gigerenzer", "栾胜华", "刘永芳"]
    assert [n.text for n in parse_byline("Digital Economy Development 王明 李华")] == [
        "王明",
        "李华",
    ]  # a title's words


def test_listed_names_before_their_unit_with_a_given_name_character_of_a_word_or_a_name_cut_to_its_surname() -> None:
    line = "李对红，王裴岩，张桂平，张少阳(沈阳航空航天大学 人机智能研究中心，沈阳 110136)"
    assert [n.text for n in parse_byline(line)] == ["李对红", "王裴岩", "张桂平", "张少阳"]
    line = "黄1，孙尚彪，杨永章¹，李祝莲，李语强(中国科学院云南天文台，云南 昆明 650216)"
    assert [n.text for n in parse_byline(line)] == ["黄", "孙尚彪", "杨永章", "李祝莲", "李语强"]
    assert parse_byline("对外，对内，对上(中国科学院，北京)") == []  # words, not names
    assert parse_byline("的确，王裴岩，张桂平(沈阳航空航天大学)") == []


def test_a_surname_misread_from_its_neighbour_glued_to_the_next_name() -> None:
    line = "候宪华周立² 李忠华（1.国网枣庄供电公司 枣庄277100 2.江苏省电力科学研究院 南京 211103）"
    assert [n.text for n in parse_byline(line)] == ["候宪华", "周立", "李忠华"]


@pytest.mark.parametrize(
    ("subtitle", "after", "names"),
    [
        ("以香港城市大学邵逸夫图书馆为例", "张秋顾立平", ["张秋", "顾立平"]),  # names glued to the subtitle
        ("以白龙江流域石门乡羊汤河段为例", " 王高峰，杨强，田运涛", ["王高峰", "杨强", "田运涛"]),  # no 段为例
    ],
)
def test_names_after_a_subtitle_that_names_its_case(
    tmp_path: Path, subtitle: str, after: str, names: list[str]
) -> None:
    text = (
        f"# 全人教育型图书馆的差异化服务模式\n\n{subtitle}{after}\n\n"
        "【摘要】本文从全人教育的角度，分析香港城市大学邵逸夫图书馆的馆藏、空间和服务。\n\n"
        "【关键词】电子资源 纸本资源 馆藏发展\n"
    )
    rec = extract_text(tmp_path, text)
    assert (rec.title, rec.subtitle) == ("全人教育型图书馆的差异化服务模式", subtitle)
    assert [(a.name, a.affiliations) for a in rec.authors] == [(n, []) for n in names]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("# 沈仁芳\\*王超 孙 波", ["沈仁芳", "王超", "孙波"]),  # a whole two-character name, then a spaced one
        (
            "彭继勇 车炼强 冯斌 李 健 林 燕 徐盛玉吴 德 方正锋\\*（四川农业大学动物营养研究所，成都611130）",
            ["彭继勇", "车炼强", "冯斌", "李健", "林燕", "徐盛玉", "吴德", "方正锋"],
        ),  # four single characters in a row: two spaced names, not 冯斌李 and 健林燕
    ],
)
def test_two_character_names_spaced_out_after_a_whole_one(line: str, names: list[str]) -> None:
    assert [n.text for n in parse_byline(line)] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "邵全琴樊江文刘紀远\\*\\*黄 麟曹 巍刘璐璐中国科学院地理科学与资源研究所北京100101",
            ["邵全琴", "樊江文", "刘紀远", "黄麟", "曹巍", "刘璐璐"],
        ),  # not 黄麟曹: each space lies inside a name of two characters
        ("刘 刚曹 植王鹤鸣²刘立涛²", ["刘刚", "曹植", "王鹤鸣", "刘立涛"]),
        ("卢胜军赵超阳 魏俊峰 万礼赞中国国防科技信息中心 北京 100142", ["卢胜军", "赵超阳", "魏俊峰", "万礼赞"]),
        ("王 琳　陈增祥¹　何 云²", ["王琳", "陈增祥", "何云"]),  # a wider gap between the names
        # read as they stand too ('顾佰', '和王', then '毅' before the unit): the spaced name reads better
        ("谭显春顾佰和王 毅中国科学院科技战略咨询研究院北京100190", ["谭显春", "顾佰和", "王毅"]),
        ("赵钦刘玉刘云贺 黑新宏", ["赵钦", "刘玉", "刘云贺", "黑新宏"]),  # a rare surname after the space: as printed
    ],
)
def test_glued_names_with_their_two_character_ones_spaced_out(line: str, names: list[str]) -> None:
    names_found = parse_byline(line)
    assert [n.text for n in names_found] == names
    assert all(line[n.start : n.end].replace(" ", "") == n.text for n in names_found)


def test_units_end_where_the_abstract_runs_on_after_their_bracket_without_a_colon(tmp_path: Path) -> None:
    text = (
        "# 组织行为学中的时间相关研究与未来方向\n\n董小炜」秦昕」黄鸣鹏² 宋博迪1\n\n"
        "(1 中山大学管理学院，广州 510275)( 对外经济贸易大学国际商学院，北京 100029)摘要 目前，绝大部分组织"
        + "行为学研究都是从静态视角聚焦变量在一段时间内的整体平均水平，而忽视了时间的角色。" * 9
        + "未来研究可从关注变量的波动；考察趋势、波动和整体平均水平等的交互作用等角度出发。"
        + "\n\n关键词 时间，动态\n"
    )
    authors = extract_text(tmp_path, text).authors
    assert [(a.name, a.affiliations) for a in authors] == [
        ("董小炜", ["中山大学管理学院"]),
        ("秦昕", ["中山大学管理学院"]),
        ("黄鸣鹏", ["对外经济贸易大学国际商学院"]),
        ("宋博迪", ["中山大学管理学院"]),
    ]


def test_a_unit_line_whose_postcode_the_abstract_runs_on_after_without_a_colon(tmp_path: Path) -> None:
    text = (
        "# 长期监测与创新研究阐明森林生态系统功能形成过程与机理\n\n# 周国逸 张德强 李跃林\n\n"
        "中国科学院华南植物园 鼎湖山森林生态系统定位研究站 广州510650摘要创新是引领学科发展的动力源泉。"
        + "在长期支持下，鼎湖山站以长期监测与创新研究为手段，发现成熟森林土壤可持续积累有机碳。" * 9
        + "\n\n关键词：常绿阔叶林；碳汇功能\n"
    )
    authors = extract_text(tmp_path, text).authors
    assert [a.affiliations for a in authors] == [["中国科学院华南植物园鼎湖山森林生态系统定位研究站"]] * 3


def test_a_name_whose_mark_was_lost_takes_the_one_unit_no_mark_names_even_wrapped_over_a_blank_line(
    tmp_path: Path,
) -> None:
    text = (
        "# 现在避害，未来趋利：目标框架和时间距离交互影响疫苗说服有效性\n\n"
        "刘楠1’安薪如1李爱梅」刘培² 孙海龙\n\n"
        "(暨南大学管理学院，广州 510632)(²中山大学旅游学院，珠海 519082)(广东外语外贸\n\n"
        "大学商学院，广州 510006)\n\n"
        "摘要 新冠疫情肆虐背景下，如何说服人们接种新冠疫苗引发了政策制定者和研究者的关注。\n\n"
        "关键词 目标框架，时间距离，疫苗接种\n"
    )
    authors = extract_text(tmp_path, text).authors
    assert [(a.name, a.affiliations) for a in authors] == [
        ("刘楠", ["暨南大学管理学院"]),
        ("安薪如", ["暨南大学管理学院"]),
        ("李爱梅", ["暨南大学管理学院"]),
        ("刘培", ["中山大学旅游学院"]),
        ("孙海龙", ["广东外语外贸大学商学院"]),
    ]
    first = (
        "# 适应性时间管理：死亡意识对时间知觉和跨期决策的影响\n\n王鹏 王晓田² 高娟‘’黎夏岚」 徐静'"
        "（华东师范大学心理与认知科学学院，上海200062）（香港中文大学人文社科学院，深圳 518172）(上海电机学院，上海 201306)\n\n"
        "摘 要死亡意识是个体对自身死亡必然性的认识；基于进化适应性的考量,作者认为死亡意识会影响时间知觉。\n"
    )
    authors = extract_text(tmp_path, first, "first.md").authors  # the first name lost its mark: its unit is the first
    assert (authors[0].name, authors[0].affiliations) == ("王鹏", ["华东师范大学心理与认知科学学院"])


def test_a_title_ending_in_a_common_word_before_the_names_and_an_author_note_under_the_units(tmp_path: Path) -> None:
    text = (
        "肠道内分泌与营养素感应系统 高侃慕春龙 余凯凡朱伟云\\*\n\n"
        "（江苏省消化道营养与动物健康重点实验室，南京农业大学消化道微生物研究室，南京210095)摘要：动物肠道内消化代谢"
        "产生的各种营养素或其他化学物质，能够通过肠道内分泌细胞感应。\n\n# 收稿日期：2015-12-29\n\n"
        "作者简介：高侃（1989-），男，浙江湖州人，博士研究生。E-mail: kevin@hotmail.com\n\n"
        "\\*通信作者：朱伟云，教授，博士生导师\n\n关键词：肠道；内分泌细胞；营养素感应\n"
    )
    record = extract_text(tmp_path, text)
    assert record.title == "肠道内分泌与营养素感应系统"
    unit = "江苏省消化道营养与动物健康重点实验室,南京农业大学消化道微生物研究室"
    assert [(a.name, a.affiliations) for a in record.authors] == [
        (name, [unit]) for name in ("高侃", "慕春龙", "余凯凡", "朱伟云")
    ]


def test_units_under_a_funding_line_printed_postcode_and_city_first(tmp_path: Path) -> None:
    text = (
        "# 大学生社交焦虑研究的热点、前沿与趋势一基于CiteSpace的可视化分析\n\n"
        "李科科’，李硕奇²，鞠明晓³，王彩霞4\\*\n\n"
        "基金项目：山东省高等教育本科教学改革研究项目（项目编号：M2021056)  \n"
        "1.266000 山东省青岛市，中国海洋大学基础教学中心；  \n2.16150 哥打巴鲁州吉兰丹市，马来西亚理科大学;  \n"
        "3.266101山东省平度市，平度第二实验学校；  \n4.266034山东省青岛市，青岛中医院（海慈医院）神经内科\\*通信作者：王彩霞，副主任医师\n\n"
        "【摘要】目的 分析大学生社交焦虑研究的热点。\n"
    )
    authors = extract_text(tmp_path, text).authors
    assert [(a.name, a.affiliations) for a in authors] == [
        ("李科科", ["中国海洋大学基础教学中心"]),
        ("李硕奇", ["马来西亚理科大学"]),
        ("鞠明晓", ["平度第二实验学校"]),
        ("王彩霞", ["青岛中医院（海慈医院）神经内科"]),
    ]


def test_units_run_on_after_a_funding_note_begin_at_the_number_before_their_postcode(tmp_path: Path) -> None:
    text = (
        "# 欠发达地区全科医生岗位胜任力的评价指标研究\n\n周冬冬² 葛许华1,3\n\n"
        "基金项目：同济大学研究生医学教育管理专项项目（2021YXGL14），上海市医药卫生发展基金会课题（SE1201933）"
        "1.200092上海，同济大学医学院全科医学系；2.315000浙江宁波，宁波市第一医院全科医学科；"
        "3.200092上海，上海市全科医学与社区卫生发展研究中心;  \n通讯作者：葛许华，主任医师\n\n"
        "【摘要】目的 构建用于评判欠发达地区全科医生岗位胜任力的指标体系。\n"
    )
    authors = extract_text(tmp_path, text).authors
    assert [(a.name, a.affiliations) for a in authors] == [
        ("周冬冬", ["宁波市第一医院全科医学科"]),
        ("葛许华", ["同济大学医学院全科医学系", "上海市全科医学与社区卫生发展研究中心"]),
    ]


def test_a_unit_named_by_its_number_is_no_place_after_a_postcode() -> None:
    units = affiliation_units("(1.四川大学电子信息学院，成都 610065；2.78100 部队，成都610021)")
    assert [number for number, _ in units] == [1, 2]
    assert units[1][1].startswith("78100")


def test_a_note_of_each_authors_unit_gives_units_and_a_contribution_statement_none(tmp_path: Path) -> None:
    rec = extract_text(
        tmp_path,
        "# 新兴技术发现模型研究\n\n吴琼 乔晓东 王磊 刘军发 郭莉 黄昭彦\n\n摘要：在论文和专利中识别新兴技术。\n\n关键词：新兴技术；专利\n\n"
        "# 1 引言\n\n新兴技术的识别是情报研究的重点。\n\n"
        "吴琼: 中国科学院计算技术研究所网络重点实验室 博士生\n\n刘军发: 中科院计算所普适计算研究中心感知计算课题组\n\n"
        "王磊: 中科院计算所客座,主要研究负载特征。\n\n郭莉: 中国科学院信息安全研究中心数据存储小组组长。\n\n"
        "黄昭彦: 混沌分析代码的部分实现。\n\n"
        "# 作者贡献声明：\n\n乔晓东：提出研究思路，设计研究方案;\n",
    )
    units = {a.name: a.affiliations for a in rec.authors}
    assert units == {
        "吴琼": ["中国科学院计算技术研究所网络重点实验室"],
        "乔晓东": [],
        "王磊": ["中科院计算所"],
        "刘军发": ["中科院计算所普适计算研究中心感知计算课题组"],
        "郭莉": ["中国科学院信息安全研究中心数据存储小组"],
        "黄昭彦": [],
    }


def test_the_body_under_a_byline_without_units_is_no_unit(tmp_path: Path) -> None:
    """'# 1引言' under the names opens the body: its sentences are no units, and the note after the
    references gives each author's unit."""
    text = (
        "# 商用多核处理器中的存储器一致性模型与高速缓存同一性协议\n\n周君 唐士斌\n\n# 1引言\n\n"
        "当前，人类对各类计算技术的需求越来越多。电子及微电子技术作为其中的排头兵，受到学术界和工业界高度关注。"
        "为此，充分挖掘程序中指令级并行的超标量技术在处理器设计中得到广泛使用[1]。\n\n"
        "多处理器系统存在多种组织方式，可以分为共享存储结构和非共享存储结构[2]。\n\n# 参考文献\n\n"
        "[1] 张晨曦.计算机体系结构[M].北京:高等教育出版社,2000.\n"
        "[2] 黄安文,张民选.多核处理器cache一致性协议关键技术研究[J].计算机工程与科学,2009,31(1):104-108.\n\n"
        "作者简介：\n\n周君： 计算机体系结构国家重点实验室，博士研究生，zhoujun@ict.ac.cn"
        "唐士斌： 计算机体系结构国家重点实验室，博士研究生\n"
    )
    record = extract_text(tmp_path, text)
    assert [(a.name, a.affiliations) for a in record.authors] == [
        ("周君", ["计算机体系结构国家重点实验室"]),
        ("唐士斌", ["计算机体系结构国家重点实验室"]),
    ]


@pytest.mark.parametrize(
    ("note", "unit"),
    [
        (
            "付岩 中国科学院计算技术研究所前瞻研究实验室，副研究员；yfu@ict.ac.cn贺思敏 中国科学院计算技术研究所前瞻研究实验室，研究员",
            "中国科学院计算技术研究所前瞻研究实验室",
        ),
        (
            "付岩: 体系结构国家重点实验室、硕士研究生贺思敏： 体系结构国家重点实验室、助理研究员",
            "体系结构国家重点实验室",
        ),
    ],
)
def test_units_from_the_author_notes_after_the_references(tmp_path: Path, note: str, unit: str) -> None:
    """A name before a space or a colon, its unit, then its rank after a comma or a 、."""
    text = (
        "# 串联质谱蛋白质鉴定的关键计算问题\n\n# 付岩 贺思敏\n\n摘要：蛋白质鉴定是蛋白质组学研究的基础问题[1]。\n\n"
        "关键词：蛋白质鉴定；串联质谱\n\n# 1 概述\n\n利用串联质谱搜索蛋白质序列数据库是最常用的方法[2]。\n\n# 参考文献\n\n"
        "[1] 张晨曦.计算机体系结构[M].北京:高等教育出版社,2000.\n"
        "[2] 黄安文,张民选.多核处理器cache一致性协议关键技术研究[J].计算机工程与科学,2009,31(1):104-108.\n\n"
        "# 作者简介：\n\n" + note + "\n"
    )
    record = extract_text(tmp_path, text)
    assert [(a.name, a.affiliations) for a in record.authors] == [("付岩", [unit]), ("贺思敏", [unit])]


def test_numbered_units_printed_over_the_byline_and_a_funding_note_under_it(tmp_path: Path) -> None:
    text = (
        "# 城镇化过程中的城镇位错效应\n\n1中国科学院心理研究所行为科学重点实验室北京100101  \n2南昌大学 南昌 330031\n\n"
        "李纾刘欢1.2\\*\\*郑蕊1\\*\\*\n\n"
        "\\*资助项目：国家科技基础性工作专项（2009FY110100），中科院知识创新项目（KSCX2-YW-R-130）  \n"
        "\\*\\*通讯作者\n\n摘要理解并有效评估我国的城镇化建设对推进我国长期可持续发展至关重要。\n\n# 1 引言\n\n正文。\n"
    )
    record = extract_text(tmp_path, text)
    first, second = "中国科学院心理研究所行为科学重点实验室", "南昌大学"
    assert [(a.name, a.affiliations) for a in record.authors] == [
        ("李纾", [first]),
        ("刘欢", [first, second]),
        ("郑蕊", [first]),
    ]


def test_units_end_where_the_first_section_opens_or_the_abstract_runs_on(tmp_path: Path) -> None:
    text = (
        "# 微服务器研究现状综述\n\n王聪 侯锐 张立新\n\n# 1 微服务器(MicroServer)的缘起和定义\n\n"
        "数据中心的能源消耗和空间需求成为越来越重要的经济和环境问题，服务器设计者提出微服务器的理念[1]。\n\n"
        "# 参考文献\n\n[1] 张晨曦.计算机体系结构[M].北京:高等教育出版社,2000.\n\n"
        "作者简介：王聪: 中国科学院计算技术研究所，博士研究生侯锐: 中国科学院计算技术研究所，研究员"
        "张立新: 中国科学院计算技术研究所，研究员\n"
    )
    record = extract_text(tmp_path, text)
    assert [a.affiliations for a in record.authors] == [["中国科学院计算技术研究所"]] * 3
    text = (
        "# 基于断层融合技术对骨折术后骨痂显示的对照观察\n\n冉慕光,雷俊杰，陈圣欢广州医科大学附属第六医院(清远市人民医院)"
        "放射科，广东 清远511500摘要：目的观察X线断层融合技术与数字摄影的差异。结果54例患者中，两种方法所获得图像对骨痂的"
        "显示情况有显著差异。\n\n关键词：骨折；骨痂\n\n# 1 引言\n\n正文。\n"
    )
    record = extract_text(tmp_path, text)
    assert [a.affiliations for a in record.authors] == [["广州医科大学附属第六医院(清远市人民医院)放射科"]] * 3


def test_a_corresponding_authors_label_among_the_names_parts_them(tmp_path: Path) -> None:
    record = extract_text(
        tmp_path,
        "# 基于加权回归分析以支持向量机为风险控制的多因子选股模型实证研究\n\n"
        "作者：李皓辰，闫昱通讯作者：经玲，王燕飞(中国农业大学理学院，北京市，邮编：100083)\n\n"
        "摘要：考虑股票选取的多因子问题，在传统模型的基础上，利用MATLAB软件建立多因子模型。\n\n"
        "# 0引 言\n\n如何科学地进行投资是市场经久不衰的研究话题。\n",
    )
    assert [a.name for a in record.authors] == ["李皓辰", "闫昱", "经玲", "王燕飞"]
    assert all(a.affiliations == ["中国农业大学理学院"] for a in record.authors)
