"""One case per reference style and type: real strings from the sample corpus and GB/T 7714."""

import pytest

from npf_graph.extract.refstyles import parse_reference

CASES = [
    # GB/T 7714 numeric, as PDFs print it (spaces before the period and the type code)
    (
        "[1] 刘伟 . 新时代中国特色社会主义政治经济学探索 [M]. 北京：北京大学出版社，2021.",
        dict(label="1", type="M", authors=["刘伟"], title="新时代中国特色社会主义政治经济学探索",
             place="北京", publisher="北京大学出版社", year=2021),
    ),
    (
        "[2] 金星晔，管汉晖，李稻葵，等 . 中国在世界经济中相对地位的演变（公元 1000—2017 年）——对麦迪逊估算的修正 [J]. "
        "经济研究， 2019，54（7）：14-29.",
        dict(type="J", authors=["金星晔", "管汉晖", "李稻葵"], container="经济研究", year=2019, volume="54",
             issue="7", pages="14-29"),
    ),
    (
        "[9] 庞珣，何晴倩 . 全球价值链中的结构性权力与国际格局演变 [J]. 中国社会科学，2021，（9）： 26-46+204-205.",
        dict(type="J", container="中国社会科学", year=2021, volume=None, issue="9", pages="26-46+204-205"),
    ),
    (
        "[5] 习近平在参加江苏代表团审议时强调因地制宜发展新质生产力 [N]. 人民日报，2024-04-03.",
        dict(type="N", authors=[], container="人民日报", year=2024, date="2024-04-03"),
    ),
    (
        "[93] 程根伟. 1998年长江洪水的成因与减灾对策[M]//许厚泽，赵其国. 长江流域洪涝灾害与科技对策. 北京：科学出版社，1999：32-36.",
        dict(type="M", title="1998年长江洪水的成因与减灾对策", container="长江流域洪涝灾害与科技对策",
             publisher="科学出版社", place="北京", year=1999, pages="32-36"),
    ),
    (
        "[139] 李妍，王莹. 医疗机构保洁人员“一前五后”手卫生干预效果研究[C]//中华预防医学会医院感染控制分会第31次全国医院感染学术年会，2022：2.",
        dict(type="C", container="中华预防医学会医院感染控制分会第31次全国医院感染学术年会", year=2022, pages="2"),
    ),
    ("[20] 王琦. 融合星载GNSS-R和SAR数据的高时空分辨率土壤湿度反演方法研究[D]. 武汉：武汉大学，2022：87.",
     dict(type="D", publisher="武汉大学", place="武汉", year=2022, pages="87")),
    (
        "[148] 中国信息通信研究院，中国电信股份有限公司研究院，中国移动通信研究院，等. 电信业发展白皮书：2023：新时代高质量发展探索"
        "[R/OL]. 2023-12-28. http://www.caict.ac.cn/kxyj/qwfb/bps/202312/P020240326615399026294.pdf.",
        dict(type="R", title="电信业发展白皮书：2023：新时代高质量发展探索", year=2023,
             url="http://www.caict.ac.cn/kxyj/qwfb/bps/202312/P020240326615399026294.pdf"),
    ),
    ("[157] 西安电子科技大学. 光折变自适应光外差探测方法：CN01128777.2[P/OL]. 2002-03-06. http://211.152.9.47/x.asp?recid=1.",
     dict(type="P", title="光折变自适应光外差探测方法", year=2002, authors=["西安电子科技大学"])),
    ("[151] GB/T 3792—2021 信息与文献 资源描述[S].", dict(type="S", title="信息与文献 资源描述", year=2021, authors=[])),
    ("[221] 萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/200112190019.html.",
     dict(type="EB/OL", year=2001, title="出版业信息化迈入快车道")),
    (
        "[247] 陈建军. 从数字地球到智慧地球[J/OL]. 国土资源导刊，2010，7（10）：93. http://d.g.wanfangdata.com.cn/P.aspx. "
        "DOI:10.3969/j.issn.1672-5603.2010.10.038.",
        dict(type="J", container="国土资源导刊", volume="7", issue="10", pages="93",
             doi="10.3969/j.issn.1672-5603.2010.10.038"),
    ),
    (
        "[256] Des Marais D J，Strauss H，Summons R E，et al. Carbon isotope evidence for the stepwise oxidation of the "
        "Proterozoic environment[J]. Nature，1992，359：605-609.",
        dict(authors=["Des Marais D J", "Strauss H", "Summons R E"], container="Nature", volume="359", pages="605-609"),
    ),
    ("[189] Chernik B E. Introduction to library services for library technicians[M]. Littleton，Colo.：Libraries "
     "Unlimited，Inc.，1982.", dict(place="Littleton，Colo", publisher="Libraries Unlimited，Inc", year=1982)),
    # no spaces at all, and full-width marks from some typesetting
    ("[2]洪银兴.新质生产力及其培育和发展[J].经济学动态,2024(1):3-11.",
     dict(authors=["洪银兴"], title="新质生产力及其培育和发展", container="经济学动态", year=2024, issue="1", pages="3-11")),
    ("[9] 黄群慧，盛方富．新质生产力系统：要素特质、结构承载与功能取向［J］．改革，2024（2）：15－24．",
     dict(type="J", authors=["黄群慧", "盛方富"], title="新质生产力系统：要素特质、结构承载与功能取向", container="改革",
          year=2024, issue="2", pages="15-24")),
    ("[7] 蔡昉. 新质生产力的理论逻辑[N]. 光明日报, 2024-03-05(11).",
     dict(type="N", container="光明日报", date="2024-03-05", pages="11")),
    # GB/T 7714 author-year
    ("久保智康，2009b. 花枝蝶鸟方镜的镜范：以平安后期的铜镜制作工艺为中心[J]. 顾幼静，译. 东方博物（1）：85-92.",
     dict(authors=["久保智康"], year=2009, container="东方博物", issue="1", pages="85-92")),
    ("哈里森，沃尔德伦，2012. 经济数学与金融数学[M]. 谢远涛，译. 北京：中国人民大学出版社：235-236.",
     dict(authors=["哈里森", "沃尔德伦"], year=2012, publisher="中国人民大学出版社", place="北京", pages="235-236")),
    ("佚名，2011a. 周易外传：卷5[M]//王夫之. 船山全书：第1册. 修订版. 长沙：岳麓书社：983-1029.",
     dict(authors=[], container="船山全书", volume="第1册", publisher="岳麓书社", pages="983-1029")),
    # the Chinese economics-journal author-year style
    (
        "董静、吕孟丽、孙传超、谢韵典，2024：《对新质生产力的投资能否推动制造业企业的数字化转型？》，《外国经济与管理》第9期。",
        dict(type="J", authors=["董静", "吕孟丽", "孙传超", "谢韵典"], title="对新质生产力的投资能否推动制造业企业的数字化转型？",
             container="外国经济与管理", year=2024, issue="9"),
    ),
    ("刘建华，2024：《风险投资事件的空间集聚特征对企业技术创新的影响研究》，《西北大学学报（哲学社会科学版）》第4期。",
     dict(container="西北大学学报（哲学社会科学版）", issue="4", type="J")),
    ("李如秒、赖普清，2024：《研发投入、风险资本与IPO抑价——基于科创板上市公司的实证研究》，《山西财经大学学报》第7期。",
     dict(type="J", container="山西财经大学学报")),
    # English, economics style with markdown emphasis, and APA
    (
        "August, T. , W. Chen , and K. Zhu , 2021 , “Competition among proprietary and open-source software firms: the "
        "role of licensing in strategic contribution”, *Management Science* , 67 (5) : 3041 - 3066.",
        dict(type="J", authors=["August, T.", "Chen, W.", "Zhu, K."], container="Management Science", year=2021,
             volume="67", issue="5", pages="3041-3066", lang="en"),
    ),
    (
        "Duc, N. A. , D. S. Cruzes, and G. K. Hanssen , 2017, “Coopetition of software firms in open source software "
        "ecosystems”, *International Conference of Software Business. Springer, Cham* , 146 - 160.",
        dict(type="C", container="International Conference of Software Business", publisher="Springer", place="Cham",
             pages="146-160"),
    ),
    ("Zhu, K., & Zhou, Z. (2012). Lock-in strategy in software competition. Information Systems Research, 23(2), 536-545.",
     dict(authors=["Zhu, K.", "Zhou, Z."], title="Lock-in strategy in software competition",
          container="Information Systems Research", volume="23", issue="2", pages="536-545", year=2012)),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_reference_fields(raw, expected):
    ref = parse_reference(raw).fields()
    for field, value in expected.items():
        assert ref[field] == value, (field, ref[field])


@pytest.mark.parametrize("junk", ["", "   ", "[1]", "。。。", "[M]. ：，", "1999", "http://x.org", "《》", "\x00\x01"])
def test_parser_never_raises_on_junk(junk):
    ref = parse_reference(junk)
    assert ref.raw == junk.strip()


def test_fuzzed_strings_do_not_raise():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from(
        list("刘伟新质生产力北京出版社经济研究[]［］.．,，:：;；()（）《》“”-—/ 0123456789JMCNabcetal")
    )

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet, max_size=80))
    def run(raw):
        parse_reference(raw)

    run()
