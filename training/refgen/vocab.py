"""Vocabulary for synthetic references: composed name and venue lists plus harvested words.

Chinese title words come from jieba's bundled dictionary (nouns and verbal nouns of two
to four characters) and the concept labels of the project ontology; nothing is copied
from real reference lists.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

SURNAMES = [
    *(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
        "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤洪葛"
    ),
    *["欧阳", "司马", "诸葛", "上官", "皇甫", "东方"],
]
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉力永健世广志义兴良海山仁波宁贵福生龙元全胜学祥才"
    "发成康星光天达安岩中茂进林有坚和博诚先敬震振群豪心邦承乐绍功松善厚庆民友裕河哲江浩亮政谦奇之翰朗伯宏言若"
    "鸣朋斌栋维启克伦翔旭鹏泽晨辰士以家致树德行时泰盛雄琛钧冠策腾楠慧巧美淑惠玉萍红玲燕彩春兰凤洁梅琳素云雪荣"
    "爱香月媛瑞凡佳嘉琼珍莉晶妍茜秋珊锦青倩婷婉瑾颖露瑶怡蓓仪丹蓉君琴蕊薇菁岚馨韵悦昭冰琬茗欣滢筠晓欢枫芸菲"
)
TRANSLIT = list(
    "阿巴贝波布达德迪杜菲弗格哈赫霍吉卡凯科克库拉莱兰勒里利卢鲁伦罗洛马麦曼米摩默穆纳尼诺帕佩皮普齐乔萨塞桑森沙施斯索塔泰汤特图瓦威维沃西希谢辛雅扬伊尤泽詹"
)
ORGS = [
    "国家统计局",
    "国务院发展研究中心课题组",
    "中国社会科学院经济研究所",
    "中国信息通信研究院",
    "国家发展和改革委员会",
    "中国人民银行调查统计司",
    "中共中央文献研究室",
    "世界银行",
    "工业和信息化部",
    "中国科学院科技战略咨询研究院",
    "中国社会科学院工业经济研究所课题组",
]
PROVINCES = [
    "江苏",
    "浙江",
    "广东",
    "山东",
    "四川",
    "湖北",
    "湖南",
    "河南",
    "福建",
    "安徽",
    "江西",
    "山西",
    "陕西",
    "云南",
]
CAPITALS = [
    "南京",
    "杭州",
    "广州",
    "济南",
    "成都",
    "武汉",
    "长沙",
    "郑州",
    "福州",
    "合肥",
    "南昌",
    "太原",
    "西安",
    "昆明",
]
UNIVERSITIES = [
    "北京大学", "清华大学", "中国人民大学", "复旦大学", "浙江大学", "南京大学", "武汉大学", "中山大学", "南开大学",
    "厦门大学", "吉林大学", "四川大学", "山东大学", "华中科技大学", "西安交通大学", "中国科学院大学", "上海财经大学",
    "中央财经大学", "东北财经大学", "西南财经大学", "中南财经政法大学", "华东师范大学", "北京师范大学", "南京财经大学",
]  # fmt: skip
ZH_JOURNALS = [
    "经济研究", "管理世界", "中国社会科学", "中国工业经济", "经济学（季刊）", "世界经济", "金融研究", "财贸经济",
    "数量经济技术经济研究", "中国农村经济", "经济学动态", "南开管理评论", "科学学研究", "科研管理", "中国软科学",
    "图书情报工作", "情报杂志", "中国图书馆学报", "社会学研究", "政治学研究", "马克思主义研究", "求是", "改革",
    "学术月刊", "江海学刊", "社会科学", "探索与争鸣", "天津社会科学", "中国行政管理", "公共管理学报", "教育研究",
    "统计研究", "经济管理", "宏观经济研究", "产业经济研究", "技术经济", "科技进步与对策", "经济纵横", "经济学家",
    "当代经济研究", "经济问题探索", "科学学与科学技术管理", "中国人口·资源与环境", "人民论坛·学术前沿",
]  # fmt: skip
ZH_NEWSPAPERS = [
    "人民日报",
    "光明日报",
    "经济日报",
    "中国青年报",
    "学习时报",
    "中国社会科学报",
    "21世纪经济报道",
    "科技日报",
]
ZH_PUBLISHERS = [
    ("人民出版社", "北京"), ("商务印书馆", "北京"), ("中华书局", "北京"), ("社会科学文献出版社", "北京"),
    ("中国人民大学出版社", "北京"), ("北京大学出版社", "北京"), ("格致出版社", "上海"), ("上海人民出版社", "上海"),
    ("生活·读书·新知三联书店", "北京"), ("中信出版社", "北京"), ("经济科学出版社", "北京"), ("科学出版社", "北京"),
    ("高等教育出版社", "北京"), ("复旦大学出版社", "上海"), ("浙江大学出版社", "杭州"), ("中国社会科学出版社", "北京"),
    ("清华大学出版社", "北京"), ("译林出版社", "南京"), ("中国经济出版社", "北京"), ("机械工业出版社", "北京"),
    ("东方出版社", "北京"), ("上海三联书店", "上海"), ("中央文献出版社", "北京"), ("外文出版社", "北京"),
]  # fmt: skip
ZH_SUFFIX = ["研究", "分析", "探析", "机制研究", "路径研究", "实证研究", "影响研究", "理论逻辑", "实践路径", "内在逻辑"]
ZH_TEMPLATES = [
    "{a}对{b}的影响研究", "{a}与{b}：理论逻辑与实践路径", "论{a}的{b}", "{a}视角下的{b}{s}", "{a}驱动{b}的机制与路径",
    "{a}、{b}与{c}", "{a}的{b}效应——基于{c}的经验证据", "{a}如何影响{b}？", "{a}背景下{b}的{s}", "{a}{s}",
    "中国{a}的{b}：{c}", "{a}与{b}的协同发展{s}", "基于{a}的{b}{s}", "新时代{a}的{b}", "{a}赋能{b}：{c}",
    "{g}与{a}{s}", "{g}赋能{a}：{b}", "{g}背景下{a}的{b}", "{a}的{g}{s}",
]  # fmt: skip
# codes a title may open with
ZH_CODES = ["5G", "3D", "4G", "6G", "AI", "ESG", "R&D", "O2O", "B2B", "P2P", "2035年", "3D打印", "VR"]
EN_SURNAMES = (
    "Smith Johnson Brown Williams Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White "
    "Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell "
    "Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper "
    "Acemoglu Aghion Romer Krugman Stiglitz Schumpeter Porter Teece Nelson Winter Freeman Lundvall Dosi Helpman "
    "Melitz Hsieh Klenow Brandt Rodrik Autor Bloom Van Reenen Griliches Jaffe Hall Lerner Zhang Wang Li Liu Chen"
).split()
EN_GIVEN = (
    "James John Robert Michael William David Richard Joseph Thomas Charles Mary Patricia Jennifer Linda Elizabeth "
    "Barbara Susan Jessica Sarah Karen Daron Philippe Paul Joseph Elhanan Marc Chang-Tai Peter Loren Dani Nicholas "
    "Zvi Adam Bronwyn Josh Wei Xiaobo Yifei Hong Anna Maria Laura Emily Daniel Mark Steven Kevin Brian Gary"
).split()
EN_ADJ = (
    "digital green industrial regional global local institutional structural technological financial urban rural"
).split()
EN_NOUN = (
    "innovation growth productivity policy trade investment development competition knowledge capital labor markets "
    "firms networks institutions inequality entrepreneurship governance transformation diffusion spillovers finance "
    "manufacturing services agglomeration automation platforms infrastructure employment wages credit clusters"
).split()
EN_PLACES = ["China", "India", "Europe", "the United States", "Chinese cities", "emerging economies", "OECD countries"]
EN_TEMPLATES = [
    "{A} {n} and {m}: evidence from {p}", "The {n} of {m}", "{A} {n}, {m}, and {o}", "{N} and {m} in {p}",
    "Does {n} promote {m}? Evidence from {p}", "{A} {n} and the {m} of {p}", "Understanding {a} {n}",
    "{N}, {m} and economic growth", "On the {n} of {a} {m}", "{A} {n} in {p}: a structural approach",
]  # fmt: skip
EN_JOURNALS = [
    ("American Economic Review", "Am. Econ. Rev."), ("Quarterly Journal of Economics", "Q. J. Econ."),
    ("Journal of Political Economy", "J. Polit. Econ."), ("Econometrica", "Econometrica"),
    ("Review of Economic Studies", "Rev. Econ. Stud."), ("Research Policy", "Res. Policy"),
    ("Strategic Management Journal", "Strateg. Manag. J."), ("Management Science", "Manag. Sci."),
    ("World Development", "World Dev."), ("China Economic Review", "China Econ. Rev."),
    ("Journal of Development Economics", "J. Dev. Econ."), ("Physical Review D", "Phys. Rev. D"),
    ("Physical Review Letters", "Phys. Rev. Lett."), ("Nature", "Nature"), ("Science", "Science"),
    ("Scientometrics", "Scientometrics"), ("Technological Forecasting and Social Change", "Technol. Forecast. Soc."),
    ("Journal of Comparative Economics", "J. Comp. Econ."), ("Journal of Economic Perspectives", "J. Econ. Perspect."),
]  # fmt: skip
EN_PUBLISHERS = [
    ("Princeton University Press", "Princeton"), ("Cambridge University Press", "Cambridge"),
    ("Oxford University Press", "Oxford"), ("MIT Press", "Cambridge, MA"),
    ("Harvard University Press", "Cambridge, MA"),
    ("Routledge", "London"), ("Springer", "Berlin"), ("Elsevier", "Amsterdam"), ("John Wiley & Sons", "Hoboken"),
    ("University of Chicago Press", "Chicago"), ("Palgrave Macmillan", "London"), ("Edward Elgar", "Cheltenham"),
]  # fmt: skip
JA_SURNAMES = ["山田", "田中", "佐藤", "鈴木", "高橋", "渡辺", "伊藤", "中村", "小林", "加藤", "吉田", "松本"]
JA_GIVEN = ["太郎", "健一", "裕子", "浩", "誠", "明美", "直樹", "恵子", "隆", "陽子"]
JA_WORDS = [
    "経済成長",
    "産業政策",
    "技術革新",
    "地域経済",
    "中小企業",
    "労働市場",
    "金融システム",
    "日中関係",
    "生産性",
]
JA_TEMPLATES = ["{a}における{b}の研究", "{a}と{b}：{c}の事例", "{a}に関する{b}の分析", "{a}の{b}について"]
JA_JOURNALS = ["経済研究", "日本経済研究", "アジア経済", "経済論叢"]
JA_PUBLISHERS = [("岩波書店", "東京"), ("有斐閣", "東京"), ("東洋経済新報社", "東京"), ("名古屋大学出版会", "名古屋")]
KO_NAMES = ["김민수", "이지은", "박성호", "최영희", "정재훈", "강현우", "조은정", "윤서연"]
KO_WORDS = ["경제 성장", "기술 혁신", "산업 정책", "디지털 전환", "지역 발전", "생산성", "중국 경제", "기업 혁신"]
KO_TEMPLATES = ["{a}에 관한 연구", "{a}의 {b} 분석", "{a}와 {b}의 관계", "{a}이 {b}에 미치는 영향"]
KO_JOURNALS = ["한국경제연구", "경제학연구", "중국학연구", "산업조직연구"]
KO_PUBLISHERS = [("박영사", "서울"), ("한울아카데미", "서울")]
URL_HOSTS = ["www.gov.cn", "www.stats.gov.cn", "www.xinhuanet.com", "www.people.com.cn", "www.ndrc.gov.cn",
             "www.miit.gov.cn", "www.caict.ac.cn", "www.oecd.org", "www.worldbank.org", "www.imf.org"]  # fmt: skip

ZH_DOMAIN = (
    "数字经济 产业结构 技术创新 制度变迁 收入分配 区域协调 乡村振兴 城镇化 对外开放 营商环境 财政分权 地方政府 "
    "金融发展 绿色转型 碳排放 全球价值链 要素配置 资源错配 企业家精神 人力资本 科技金融 数据要素 平台经济 "
    "共同富裕 社会治理 公共服务 劳动力流动 户籍制度 国有企业 民营经济 产业政策 创新驱动 知识产权 风险投资 "
    "货币政策 汇率制度 地方债务 基础设施 产业集聚 环境规制 绿色金融 双循环 新发展格局 统一大市场 产业链韧性"
).split()
_CJK = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_POS = {"n", "vn", "nz", "l", "an"}


def _ontology_text() -> str:
    try:
        return resources.files("npf_graph.ontologies").joinpath("concepts.ttl").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        path = Path(__file__).resolve().parents[2] / "ontologies" / "concepts.ttl"
        return path.read_text(encoding="utf-8") if path.exists() else ""


@cache
def concepts() -> tuple[str, ...]:
    """Preferred Chinese labels of the ontology concepts (first label of each prefLabel line)."""
    found = re.findall(r'skos:prefLabel\s+"([^"]+)"@zh', _ontology_text())
    return tuple(dict.fromkeys(x for x in found if len(x) <= 10)) or ("新质生产力", "高质量发展")


@cache
def zh_words() -> tuple[str, ...]:
    """Frequent nouns and verbal nouns of jieba's dictionary, in dictionary order."""
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    words: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if (
                len(parts) == 3
                and parts[2] in _POS
                and int(parts[1]) >= 2000
                and parts[0][0] not in "一二三万"
                and _CJK.match(parts[0])
            ):
                words.append(parts[0])
    return tuple(words)
