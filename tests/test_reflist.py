"""Reference lists as converted text holds them: labels found in sequence, entries one a line."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import extract_text

from npf_graph.extract.reflist import cut_entries, find_list
from npf_graph.ingest.load import load_bytes
from npf_graph.pipeline import run


def _entries(text: str) -> list[str]:
    found = find_list(text)
    assert found is not None
    return [text[e.start : e.end] for e in found[2]]


def test_entries_run_together_on_one_line_and_split_over_lines() -> None:
    text = (
        "正文。\n\n# 参考文献：\n\n[1] Christensen C M.The Innovator's Solution[M]. Boston: Harvard, 2003. "
        "[2] 张晓林．颠覆数字图书馆的大趋势[J]．中国图书馆学报,   \n2011,37(5):4-12.\n"
        "[3]陈傲，柳卸林．突破性技术从何而来[J]．科学学研究，2011，29(9):1281-1290.\n"
    )
    entries = _entries(text)
    assert len(entries) == 3
    assert entries[1].startswith("[2] 张晓林") and entries[1].rstrip().endswith("4-12.")


def test_labels_without_brackets_glued_to_the_previous_entry() -> None:
    text = (
        "# 参考文献\n\n1陈曦，包安明.塔里木河流域生态系统综合检测与评估.北京：科学出版社.2016.  \n"
        "2 陈亚宁,张小雷.新疆塔里木河下游断流河道输水的生态效应分析.中国科学,2004,(5):475-482.\n\n"
        "3邓铭江.塔里木河流域气候与径流变化及生态修复.冰川冻土,2006,(5): 694-702."
    )
    assert [e[:3] for e in _entries(text)] == ["1陈曦", "2 陈", "3邓铭"]


def test_a_lost_bracket_and_a_lost_entry() -> None:
    text = (
        "# 参考文献（References）：\n\n［1］国务院.固体废物污染环境防治法.北京：国务院，2004.  \n"
        "[2]HornwegD,Bhada-TataP.What A Waste.Washington，DC：World Bank，2012.  \n"
        "3]US EPA.Facts and figures.2015.  \n[5] Eurostat. Eurostat yearbook.2016.  \n"
    )
    entries = _entries(text)
    assert [e.split(".")[0][:4] for e in entries] == ["［1］国", "[2]H", "3]US", "[5] "]


def test_last_entry_continues_over_a_page_break() -> None:
    text = (
        "# 参考文献\n\n[1] 刘伟 . 新时代中国特色社会主义政治经济学探索 [M]. 北京：北京大学出版社，2021.\n\n"
        "[2] 张灵，冯科，孙华平 . 制造业企业数据\n\n价值释放：效应与机制 [J]. 系统工程理论与实践，\n\n"
        "2024，（1）：68-85.\n\n作者：冯科，北京大学经济学院金融系教授"
    )
    assert _entries(text)[-1].endswith("68-85.")


def test_author_year_list_one_entry_a_line() -> None:
    text = (
        "# 参考文献\n\nAinslie,G.(2oo1).Breakdown of will.Cambridge,England: Cambridge University Press.   \n"
        "陈云松.(2015).大数据中的百年社会学.社会学研究，30(1)，23-48.   \n"
        "Gray,J.(2009).On eScience:A Transformed Scientific Method.In\nT.Hey,S.Tansley (Eds.), The Fourth Paradigm.\n"
        "Greenfield,P. M. (20o9).Linking social change and developmental change.Developmental Psychology,45,401-418.\n"
        "\n# 附录\n\n表A1\n"
    )
    entries = _entries(text)
    assert len(entries) == 4
    assert "Fourth Paradigm" in entries[2]


def test_the_first_pages_notes_inside_an_author_year_list_do_not_end_it() -> None:
    text = (
        "# 参考文献\n\nDerryberry, D.,& Reed, M. A. (2002). Anxiety-related attentional biases. Journal of Abnormal "
        "Psychology, 111(2), 225-236.   \nFernandes, C., Silva, S., & Martins,A.T. (2018).Eye-Tracking Evidence of a "
        "Maintenance Bias in Social Anxiety. Behavioural and   \n收稿日期：2019-03-01   \n通讯作者：钱铭怡，qmy@pku.edu.cn   \n"
        "Cognitive Psychotherapy, 46(1), 66-83.   \nFox,E., Zougkou,K.,Ashwin, C.,& Cahill, S. (2015). Investigating the "
        "efficacy of attention bias modification. Journal of Anxiety, 3(2), 1-9.   \nGamble,A.L., & Rapee,R. M. (2010). "
        "The time-course of attention to emotional faces in social phobia. Journal of Behavior Therapy, 41, 39-44.\n"
    )
    entries = _entries(text)
    assert [e[:3] for e in entries] == ["Der", "Fer", "Fox", "Gam"]
    assert entries[1].endswith("46(1), 66-83.")  # the entry goes on after the notes
    # where no entry follows the notes, they end the list
    assert _entries(text.split("Fox,E.")[0])[-1].startswith("Fernandes")


def test_a_heading_in_the_body_without_entries_is_not_the_list() -> None:
    text = "# 参考文献\n\n这一节讨论参考文献的著录格式，没有列出任何条目。\n\n# 结语\n\n本文结束。\n"
    assert find_list(text) is None


def test_cut_entries_numbered_by_circled_numbers() -> None:
    text = "①张三：《题名》，《经济研究》2020年第3期。②李四：《书名》，北京：人民出版社，2010年，第5页。"
    assert len(cut_entries(text, 0, len(text))) == 2


def test_doubled_opening_brackets_still_label_entries() -> None:
    text = (
        "# 参考文献：\n\n[[1]新华社.关于社会智库健康发展的若干意见[EB/OL].[2017-12-15].\n\n"
        "[[2]荆林波,吴敏,姜庆国，等.全球智库评价报告[J].中国社会科学评价，2016(1)：90-124.\n\n"
        "[3]谢华育,杨亚琴,李凌.警惕大资本驱动下的智库异化[N].光明日报，2017-7-20（11）.\n"
    )
    assert [e[:4] for e in _entries(text)] == ["[[1]", "[[2]", "[3]谢"]


def test_a_running_head_between_entries_does_not_end_the_list() -> None:
    text = (
        "# 参考文献\n\n[26] 刘军.整体网分析讲义:UCINET软件实用指南[M].上海：上海人民出版社,2009.\n\n"
        "# 干旱区地理\n\n[27]Burt R S. Structural holes[R]. Rochester,NY:SSRN,1992.\n"
        "[28] 李平,杨伟松,汪秉宏.结构洞综合评价指标的构建与应用[J]. 江西科技师范大学学报,2017(6):94-99.\n"
    )
    found = find_list(text.replace("[26]", "[1]").replace("[27]", "[2]").replace("[28]", "[3]"))
    assert found is not None and len(found[2]) == 3


def test_author_year_entries_with_a_two_word_surname() -> None:
    text = (
        "# 参考文献\n\nDe Hooge,I.E.,Breugelmans,S.M.,&Zeelenberg,M. (oo8).Not so ugly after all.Cognition.\n"
        "De Hooge,I.E.,Zeelenberg,M.,&Breugelmans,S.M.(0l0).Restore and protect motivations.JPSP.\n"
        "Elster, J. (1999). Alchemies of the mind. Cambridge University Press.\n"
    )
    assert [e[:8] for e in _entries(text)] == ["De Hooge", "De Hooge", "Elster, "]


def test_first_entry_on_the_heading_line() -> None:
    text = (
        "正文。\n\n参考文献(References) [1]新疆维吾尔自治区人民政府.天山北坡经济带发展规划[R].   \n"
        "2012.[People's Government of Xinjiang.Development plan[R].2012.] [2]新疆维吾尔自治区发展和改革委员会."
        "新疆维吾尔自治区主体功能区规划[R].2017.\n"
    )
    assert [e[:3] for e in _entries(text)] == ["[1]", "[2]"]


def test_an_opening_bracket_read_as_a_colon() -> None:
    text = (
        "# 参考文献\n\n[1] 秦天宝.遗传资源获取与惠益分享的法律问题研究［M].武汉：武汉大学出版社，2006.\n"
        "[2] 法规司.涉及人的生物医学研究伦理审查办法［EB/OL].2016.\n"
        ":3] 国务院.人类遗传资源管理条例[Z].2019.\n"
    )
    assert [e[:3] for e in _entries(text)] == ["[1]", "[2]", ":3]"]


def test_another_articles_list_after_a_page_jump_is_not_this_papers() -> None:
    text = (
        "正文引用[1]和[2]。\n\n# 参考文献：\n\n[1]张晓林.开放获取[J].图书情报工作,2012,56(9):42-47.\n"
        "[2]李麟.开放出版[J].图书情报工作,2013,57(1):1-5.\n\n（下转第48页）\n\n"
        "# 我国科技期刊开放获取出版发展态势\n\n另一篇文章的结尾[1]。\n\n# 参考文献：\n\n"
        "[1]初景利.科技期刊[J].中国科技期刊研究,2014,25(1):1-6.\n"
    )
    assert [e[:8] for e in _entries(text)] == ["[1]张晓林.开", "[2]李麟.开放"]
    # what follows the jump up to '（上接第19页）' is another article's; after it, this paper goes on
    later = text + "\n（上接第19页）\n\n# 参考文献：\n\n[1]顾立平.数据[J].图书馆,2015,1(1):1-2.\n"
    assert [e[:8] for e in _entries(later)] == ["[1]顾立平.数"]


def test_a_running_head_inside_an_entry_split_by_the_page() -> None:
    text = (
        "# 参考文献(References)\n\n[1]吴必虎.旅游导向型土地综合开发[J].旅游学刊,2010,25(8):34-38.\n\n"
        "[2]LEES L. The geography of gentrification: Thinking through com\n\n# 干辛区地理\n\n"
        "parative urbanism[J].Progress in Human Geography, 2O11,19(7): 1-17.\n"
        "[3] CHIESURA A.The role of urban parks[J]. Landscape and Urban Planning,2004,(68): 129-138.\n"
    )
    entries = _entries(text)
    assert len(entries) == 3 and "parative urbanism" in entries[1]


def test_a_list_whose_first_label_the_conversion_garbled() -> None:
    text = (
        "# 参考文献：\n\n[-」   \n70(699): 511-512.   \n[2]Harden RM.Best Evidence Medical Education[J].Adv Health Sci"
        " Educ, 2000,5:1-10.\n[3]Cruz-Cunha M M.What is Educational Intervention [J].2013,   \n"
        "[4]Cook DA,Bordage G.Quality of reporting[J]. Med Educ, 2007,41(8): 737-745.\n"
    )
    assert [e[:4] for e in _entries(text)] == ["[-」 ", "[2]H", "[3]C", "[4]C"]
    # the first label lost whole, and an entry whose year the conversion garbled
    lost = (
        "# 参考文献：\n\nhttp://ww.techsource.ala.org/Itr/web-20-and-libraries-best-practices.html.   \n"
        "[2]刘炜，葛秋妍．从Web2.0到图书馆2.0：服务因用户而变．现代图书情报技术．2006（9）:8-12.   \n"
        "[3]ColemanMK,ParkerDS.Aesthetics-basedgraphlayout.Software PracticeExperience,196(26/12):1415 1438.   \n"
        "[4]顾立平．基于Web2.0型人的数字图书馆交互界面设计．图书情报工作，2008，52（9）:130-133.   \n"
    )
    assert [e[:4] for e in _entries(lost)] == ["http", "[2]刘", "[3]C", "[4]顾"]
    # a one-digit label read as a sign at a line start
    sign = (
        "# 参考文献：\n\n[1]Jauniaux E,Jurkovic D.Pathogenesis of a uterine disease[J].Placenta,2012,33(4):244-251.\n"
        "[∠」De vaale AJ,Bromann HA,et al. Therapeutic options of caesarean scar pregnancy[J].Hum Reprod,2009,24:2-5.\n"
        "[3] Shokeir T. Methotrexate treatment for cesarean scar pregnancy[J]. Arch Gynecol,2014,289(5):1-6.\n"
    )
    assert [e[:4] for e in _entries(sign)] == ["[1]J", "[∠」D", "[3] "]


def test_a_running_head_of_title_and_authors_between_entries() -> None:
    text = (
        "# 参考文献\n\n[1]Björk B C.Open access to scientific publications[J].Information Research,2009,14(1):1-12.\n\n"
        "# 开放获取期刊的评价与遴选：质量水平、开放程度和服务能力\n\n# 顾立平\u3000张晓林\u3000初景利\n\n"
        "[2]Haustein S.Applying social bookmarking data[J].Journal of Informetrics,2011,5(3):446-457.\n"
    )
    assert [e[:3] for e in _entries(text)] == ["[1]", "[2]"]


def test_bracketed_labels_survive_a_run_of_dropped_entries() -> None:
    entries = [
        f"[{k}] Author{k} A. A study of case {k}. J Med Res. 2019;{k}(2):1-9.\n" for k in (*range(1, 7), *range(12, 15))
    ]
    text = "# 参考文献\n\n" + "".join(entries) + "\n作者贡献声明：张三：论文起草。\n"
    assert [e.split("]")[0] for e in _entries(text)] == ["[1", "[2", "[3", "[4", "[5", "[6", "[12", "[13", "[14"]


def test_a_run_of_entries_on_one_line_goes_on_past_garbled_ones_and_a_page_number_head() -> None:
    text = (
        "# 参考文献\n\n"
        + "".join(
            f"[{k}]Author{k} A.A study of case {k}[J].Computers & Education,2009,53({k}):1-9.\n" for k in range(1, 13)
        )
        # entries 14 to 18 garbled on the line of entry 13, and entries 19 and 20 run on after them
        + "[13] Schmidt B.Implementing Second Life[J].Nurse Educator,2009,34(4):152-155. ing，Experiential "
        "Learning in Second Life[J].Computers & Education,2009,53(1):169-182. ]Conradi E.Virtual Patients[J].Medical "
        "Teacher,2009,31(8):713-720. JY1:711 MI[J].Computers,2009,52(1):220-233. ing：Teaching Within First and Second "
        "Life[J].Journal of Computer-Mediated Communication,2009,14(3):457-483. "
        "[19]Jamaludin A.Fostering Argumentative Knowledge Construction[J].Computers & Education,2009,53(3):317-329. "
        "[20]Twining P.Exploring the Educational Potential of Virtual Worlds[J].British Journal of Educational "
        "Technology,2009,40(3):496-514.\n\n# 14 现代图书情报技术\n\n"  # the page's number and running head
        "[21]Godfrey K.A New World for Virtual Reference[J].Library HI TECH,2008,26(4):525-539.\n"
    )
    heads = [e.split("]")[0].strip() for e in _entries(text)]
    assert heads[12:] == ["[13", "", "[19", "[20", "[21"]  # '' the entry under a lost label ('…720. ]Conradi')
    assert not any(e.startswith("# 14") for e in _entries(text))


def test_author_year_entries_that_lost_their_line_breaks() -> None:
    run_on = (
        "Barrett, C.B., Garg,T.,& McBride,L. (2016). Wel-being dynamics and poverty traps. Annual Review of "
        "Resource Economics,8,303-327. Bloem,J. R., Boughton, D. Htoo, K.， Hein, A.，& Payongayong,E. (2018). "
        "Measuring hope: A quantitative approach with validation in rural myanmar. Journal ofDevelopment Studies, "
        "54(11), 1-18. Dercon, S., & Singh, A. (2013). From nutrition to aspirations and self-efficacy: Gender "
        "bias over time among children in four countries. World Development, 45, 31-50. Duflo, E. (2012). "
        "Human values and the design of the fight against poverty. Tanner Lectures, 1-55."
    )
    text = (
        "# 参考文献\n\nAinslie,G.(2001).Breakdown of will.Cambridge,England: Cambridge University Press.\n"
        f"{run_on}\nHulme, D. (2003). Chronic poverty and development policy. World Development, 31(3), 403-423.\n"
    )
    entries = _entries(text)
    assert [e.split(",")[0] for e in entries] == ["Ainslie", "Barrett", "Bloem", "Dercon", "Duflo", "Hulme"]
    assert entries[1].endswith("Economics,8,303-327.") and entries[4].endswith("Tanner Lectures, 1-55.")


@pytest.mark.parametrize(
    ("run_on", "heads"),
    [
        (  # two entries, one after a translation in brackets
            "Yan L., Wang Z., Zhang Z. (2016). Face holistic processing is modulated by perceptual experience. "
            "Acta Psychologica Sinica,48(10),1199-1209. [严璘璘，王哲，张智君.(2016).知觉经验对面孔整体加工的影响．"
            "心理学报,48(10),1199-1209.] Yin,R.K. (1969). Looking at upside-down faces. Journal of Experimental "
            "Psychology, 81(1), 141-145.",
            ["Yan L.", "Yin"],
        ),
        (
            "李卫君，杨玉芳． (2010)．绝句韵律边界的认知加工及其脑电效应．心理学报，42(11)，1021-1032."
            "陈庆荣，杨亦鸣． (2017)．古诗阅读的认知机制:来自眼动的证据．中国社会科学(03)，48-76.",
            ["李卫君", "陈庆荣"],
        ),
        (  # an ellipsis or an initial inside the authors, and the book a chapter is in, cut nothing
            "Liu,L.,Wang, W., You, W.,Li,Y.,Awati,N., Zhao, X.,... Peng, D.(2012). Similar alterations in brain "
            "function for phonological and semantic processing. Neuropsychologia, 50(9), 2224-2232.",
            ["Liu"],
        ),
        (
            "Pan, Y., Dikker, S., Goldstein,P., Zhu, Y. Yang, C.,& Hu, Y. (2020). Instructor-learner brain coupling "
            "discriminates between instructional approaches. Cerebral Cortex, 30(2), 1-12.",
            ["Pan"],
        ),
        (
            "Carstensen,L.L. (1993).Motivation for social contact across the life span. In J. E. Jacobs (Ed.)， "
            "Nebraska Symposium on Motivation，1992 (pp. 209-254). Lincoln: University of Nebraska Press.",
            ["Carstensen"],
        ),
        (  # a numbered entry: entries run on after it would carry their numbers
            "11Kairis,R..Consortium level collection development: a duplication study of the OhioLINK Central "
            "Catalog.Library Collections,Acquisitions& Technical Services,2003,27:317-326.",
            ["11Kairis"],
        ),
        (  # an English entry, then the Chinese one it translates
            "WANG X J,DAI Z G,GAO Q S,et al.Study on ex vitro rooting of blueberry[J].Jiangsu Agric Sci,2017,"
            "45(4):30-32.王雪娇，代志国，高庆生，等，2017.蓝莓组培苗瓶外扦插生根的研究[J].江苏农业科学，45(4)：30-32.",
            ["WANG X J"],
        ),
        (  # years the conversion cut short ('(Oo)', '(O15)') or printed with a month
            "Abbate,C.S.,Ruggieri,S.,&Boca,S.(2Ol3).Theeffctofprosocialpriming.The Journal of Social Psychology,"
            "153(5), 619-622.Bar-Anan,Y.,Liberman,N.,Trope,Y.,&lgom,D. (Oo).Automatic procesingof psychological "
            "distance. Journal of Experimental Psychology: General,136(4),610-622.Bjornsdotir,R.T.,& Rule,N.O."
            "(2O16,January). Conspicuous class. Presentation at the Annual Meeting.Cao,Y.,Yu,H.,Wu,Y.,& Zhou,X."
            "(O15).Can money heal all wounds? Frontiers in Psychology,6,1-9.",
            ["Abbate", "Bar-Anan", "Bjornsdotir", "Cao"],
        ),
        (  # an issue in brackets is no year cut short
            '李春玲.(2017).“中产化"：中国社会阶层结构变化新趋势.人民论坛,(22),1-1.'
            "陆学艺.(2002)．当代中国社会阶层研究报告：社会流动与分层的实证分析．北京：社会科学文献出版社.",
            ['李春玲.(2017).“中产化"：中国社会阶层结构变化新趋势.人民论坛', "陆学艺.(2002)"],
        ),
        (  # a proceedings' name with its ordinal and year after the title: no new head
            "\\*倪清,贾玉立,王成城,李敏.(2013).挑战性一阻碍性压力对创新行为的影响:组织支持感的调节作用."
            "第八届（2013）中国管理学年会一技术与创新管理分会场论文集.中国上海.",
            ["\\*倪清"],
        ),
        (  # a meta-analysis's marks on the studies it pools, each entry glued after the one before
            "陈建安，陶雅，陈瑞.(2017).工作场所中年龄多元化前沿探析及其管理启示.管理评论,29(7),148-162."
            "\\*陈维政，刘媛.(2010).家长式领导风格对员工沉默的影响分析.人力资源管理评论,1(1),67-81."
            "\\*程敏.(2015).家长式领导对员工追随和绩效的影响：人际公平的调节作用(硕士学位论文).浙江大学.",
            [
                "陈建安",
                "\\*陈维政",
                "\\*程敏.(2015).家长式领导对员工追随和绩效的影响：人际公平的调节作用(硕士学位论文).浙江大学.",
            ],
        ),
        (  # a surname with an accent, and entries run on after a web address or a DOI
            "Magidson, J., & Vermunt, J. (2oo2). Latent class models for clustering. Canadian Journal of Marketing "
            "Research,20(1),36-43. Muthén,B.&Asparouhov,T.(2019). What multilevel modeling can teach us. Retrieved "
            "October 9,2020,from http://www.statmodel.com/RI-LTA.shtml Nylund,K.(20o7).Latent transition analysis "
            "(Unpublished doctoral dissertation). University of California. Satorra,A. & Bentler, P.M. (2010).Ensuring "
            "positiveness. Psychometrika,75: 243.doi:10.1007/s11336-009-9135-y Wang, J.,& Wang, X. (2019). "
            "Structural equation modeling: Applications using Mplus. John Wiley & Sons.",
            ["Magidson", "Muthén", "Nylund", "Satorra", "Wang"],
        ),
    ],
)
def test_author_year_entries_run_together_in_short_runs(run_on: str, heads: list[str]) -> None:
    text = f"# 参考文献\n\nAinslie,G.(2001).Breakdown of will.Cambridge: Cambridge University Press.\n{run_on}\n"
    entries = _entries(text)[1:]
    assert [e.split(",")[0].split("，")[0].split("．")[0] for e in entries] == heads
    assert "".join(entries).replace(" ", "") == run_on.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "正文。\n\n參考文獻\n\n[1] 劉偉. 新時代政治經濟學探索[M]. 北京: 北京大學出版社, 2021.\n"  # a Big5 copy's heading
        "[2] 劉鶴. 兩次全球大危機的比較[J]. 經濟視野, 2020(6): 15-19.\n",
        (  # a heading that gives the English word after the Chinese
            "正文。\n\n# 参考文献References\n\n[1]齐永忠，于战平．中国都市农业发展的战略走向[J]．农业经济问题,2006(4):67-69\n"
            "[2]杨卫丽．西安都市圈都市农业发展研究[D]．西安：西北大学,2011\n"
        ),
        (  # a received date in brackets ends the list; another article's entries follow
            "# 参考文献\n\n[1]刘佳，李贺.数字图书馆知识服务能力理论与实证研究[J]. 情报理论与实践,2020(3):1-5.\n\n"
            "[2]胡红亮，郭传斌.行业生态变革中的医学知识服务模式创新[J].情报杂志,2021(2):3-9.\n\n（收稿日期：2021-08-23）\n\n"
            "# （上接第109页）\n\n[29]冯珊珊.区块链：信任背书大数据时代的可能性[J].首席财务官，2016(6）：1-3.\n"
        ),
    ],
)
def test_where_a_two_entry_list_begins_and_ends(text: str) -> None:
    assert len(_entries(text)) == 2


def test_labelled_entries_run_together_in_a_list_cut_line_by_line() -> None:
    text = (
        "# 参考文献\n\n(eds.)，The Fourth Paradigm: Data-Intensive Scientific Discovery，Microsoft Research，2009.\n"
        "[6]李学龙，龚海刚．大数据系统综述[J]．中国科学：信息科学，2015，45(01)：1-44.\n"
        "[7] Hofstede G. Culture’s consequences，(2nd.ed.）[M]． Beverly Hills，CA:Sage，2001. "
        "[8] Greenfield P. M. The changing psychology of culture from l800 through 2000[J]. Psychological Science，"
        "2013，24(9):1722-1731.\n[9] Kashima Y. Individualism,GNP,climate,and pronoun drop[J]. 2005.\n"
    )
    entries = _entries(text)
    assert [e[:4] for e in entries[-4:]] == ["[6]李", "[7] ", "[8] ", "[9] "]
    assert entries[-3].rstrip().endswith("Sage，2001.")


def test_page_numbers_before_the_first_label_of_a_run_on_list() -> None:
    text = (
        "# 参考文献（References）：\n\n1 2[1]JanssenMA,hoM. Global environmental change.Global Environmental Change，"
        "2O06,16(3）:240-252.[2]KatesRW,lark WC.Environment and development. Science，2001，292(5517）：641-642."
        "[3] 陈萍，陈晓玲.全球环境变化下人—环境耦合系统的脆弱性研究综述.地理科学进展，2010,29(4)：454-462.\n"
    )
    entries = _entries(text)
    assert [e[:3] for e in entries] == ["[1]", "[2]", "[3]"]


def test_another_articles_tail_after_this_one_ended() -> None:
    from npf_graph.extract.page_jumps import other_articles

    text = (
        "[2]胡红亮.行业生态变革[J].情报杂志,2021(2):3-9.\n\n（收稿日期：2021-08-23）\n\n# （上接第109页）\n\n"
        "[29]冯珊珊.区块链[J].首席财务官，2016(6）：1-3.\n\n（收稿日期：2021-06-15）\n"
    )
    start = text.index("# （上接")
    assert other_articles(text) == [(start + 2, text.index("（收稿日期：2021-06-15"))]
    assert other_articles("正文（上接第3页）的续文。") == []  # this article's own continuation


def test_another_articles_tail_after_this_ones_list() -> None:
    from npf_graph.extract.page_jumps import other_articles

    own = (
        "正文引用[1]和[2]。\n\n# 参考文献：\n\n[1]王丛,陈根元.半髋置换术与内固定术的系统评价[J].中国矫形外科杂志,"
        "2011,19(22):1873-8.\n[2]李子荣,张光铂.双极股骨头置换术及其关节活动的观察[J].中华骨科杂志,1995,15(3):149-51.\n\n"
    )
    listed = own + "（上接104页）\n\n# 参考文献：\n\n[1]严英榴,杨秀雄.产前超声诊断学[M].北京:人民卫生出版社,2003:325.\n"
    assert [e[:6] for e in _entries(listed)] == ["[1]王丛,", "[2]李子荣"]
    unheaded = (
        own + "# (上接91页）\n\n[9]冯国琴.水合氯醛口服在小儿ABR检查前的镇静探讨[J].实用医技杂志,2008,15(33):4819-23\n"
    )
    assert other_articles(unheaded) == [(unheaded.index("(上接"), len(unheaded))]
    # the list going on over the page after the jump is still this article's
    goes_on = (
        own
        + "（上接104页）\n\n[3]曹学伟,肖春生.三种方法重建髋关节后关节囊的比较研究[J].中国矫形外科杂志,2010,18(2):1-5.\n"
    )
    assert other_articles(goes_on) == []


def test_the_next_article_printed_after_this_ones_list_is_not_its_body(tmp_path: Path) -> None:
    own = (
        "# 中小医院PACS云服务平台架构研究\n\n云计算降低了建设的门槛与风险[1]。\n\n# 参考文献：\n\n"
        "[1]Chen K，Zheng WM. Cloud computing:System instances and currentresearch[J].J Software,2009,20(5):1337-48.\n"
        "[2]王水花,张煜东,吉根林.基于云计算的PACS平台研究[J].中国医学物理学杂志,2014,31(5):5180-3.\n\n# 综述\n\n"
    )
    later = (
        "# 钆对比剂在动态增强磁共振成像中的应用\n\n"
        "陈仲良，江治民,刘洁,章玉凤,张遇乐，蔡 亮,刘 聪潮州市人民医院放射科，广东 潮州521011\n\n"
        "动态增强磁共振成像得到临床的普遍重视及认可[2]。Hillman等[3]将DCE-MRI用于诊断。\n"
    )
    assert [c.marker for c in extract_text(tmp_path, own + later).citations] == ["[1]"]
    # a section of this paper after its list, a heading without a byline, keeps its markers
    appendix = "# 附录：调查问卷的设计与发放说明\n\n问卷依照已有量表设计[2]。\n"
    assert [c.marker for c in extract_text(tmp_path, own + appendix).citations] == ["[1]", "[2]"]


def test_this_articles_text_after_a_page_jump_that_follows_another_ones_list() -> None:
    from npf_graph.extract.page_jumps import other_articles

    text = (
        "# 基于C8051F005的均匀轴向亚磁场产生和测量系统\n\n亚磁场环境对生物体有重要影响，亚磁场产生系统由线圈和磁场测量电路组成。\n\n"
        "# 参考文献：\n\n[1］刘强，房建成.磁悬浮飞轮用可重复抱式锁紧装置[J].光学精密工程,2012,20(8)：1802-1810.\n"
        "[2]赵淳生.超声电机技术与应用[M].北京：科学出版社，2007.\n\n# （上接第114页）\n\n# 6结束语\n\n"
        "根据亚磁场实验要求，提出了一种新的磁场产生机构，线圈产生的亚磁场均匀。\n\n# 参考文献：\n\n"
        "[1]莫炜川,刘缨,赫荣乔.亚磁场及其生物响应机制[J].生物化学与生物物理进展，2012,39(9)：835-842.\n"
    )
    assert other_articles(text) == []
    assert [e[:6] for e in _entries(text)] == ["[1]莫炜川"]


def test_a_continuation_of_another_article_ends_the_list() -> None:
    text = (
        "# 参考文献\n\n[1]何晓瑾,汪悦.运用PBL模式优化医学专业临床课程教学初探[J].江苏高教,2014,(5):102-3.\n"
        "[2]黑匣.虚实的力量：医学里的VR世界正在改变着什么?[EB/OL][2017-06-13]. http://www.leiphone.com/news.\n\n"
        "# (上接第378页)\n\n[3]李爱军.胺碘酮致静脉炎的原因分析及护理[J].中国病案，2016,17(3): 84-6.\n"
        "[4]苏严琳.多巴胺致静脉炎的原因分析及护理进展[J].中西医结合护理，2016,2(4):167-70.\n"
    )
    assert [e[:3] for e in _entries(text)] == ["[1]", "[2]"]


def test_labels_damaged_in_a_list_run_together_on_one_line() -> None:
    entries = [f"[{k}]作者{k}.题名{k}[J].刊名,2017,26(10):1-9." for k in range(2, 13)]
    entries[0] = "[2 赵明华，郑元文.近10年来山东省区域经济发展差异[J].经济地理，2013，33(01):79-85."  # a bracket lost
    entries[9] = "[1]Leney MP,Woodcock CE.The status of agricultural lands in Egypt[J].RSE, 1996,56(1):8-20."
    text = "参考文献：[1] 王维，陈云.长江经济带区域发展差异[J].长江流域资源与环境,2017,26(10):1489-1497." + "".join(
        entries
    )
    found = _entries(text)
    assert len(found) == 12
    assert found[1].startswith("[2 赵明华") and found[10].startswith("[1]Leney")


def test_a_label_that_lost_a_digit_at_a_line_start_after_a_doi(tmp_path: Path) -> None:
    entries = [
        f"[{k}] AUTHOR{k} A.Title of study {k}[J].GPS Solutions,2014,18(4):615-623.doi: 10.1007/s{k}\n"
        for k in range(1, 11)
    ]
    entries.append(
        "[1]贾静怡，马冠一，范江涛，等．非均一方差的GNSS定位误差模型检验[J]．天文研究与技术，2019，16(4)：437-446.\n"
    )
    entries.append("[12] ZHANG W,XIAO Z.The influence of geomagnetic storms[J].GPS Solutions,2013,17(2):1-9.\n")
    found = _entries("# 参考文献\n\n" + "".join(entries))
    assert len(found) == 12
    assert found[10].startswith("[1]贾静怡") and found[9].rstrip().endswith("s10")
    body = "# 定位误差模型\n\n王凯\n\n摘要：误差模型。\n\n# 1 引言\n\n非均一方差的误差模型已有检验[11]，磁暴的影响见[12]。\n\n"
    record = extract_text(tmp_path, body + "# 参考文献\n\n" + "".join(entries))
    by_id = {r.id: r for r in record.references}
    assert [r.label for r in record.references][9:] == ["10", "11", "12"]
    assert [[by_id[t].raw[:6] for t in c.reference_ids] for c in record.citations] == [["[1]贾静怡"], ["[12] Z"]]


def test_labels_inside_the_list_stay_out_of_the_markers_when_cleaning_moves_its_heading() -> None:
    body = (
        "# 基于轮廓偏置的扫描路径规划\n\n张三，李四\n\n摘要：路径规划影响成形效率。\n\n关键词：路径规划\n\n"
        "表1给出了路径长度的比较结果[1]，致密方式的路径更长[2]。\n\n"
        "<html><body><table><tr><td>零件名称</td><td>路径节省</td></tr><tr><td>齿轮</td><td>31.7%</td></tr>"
        "</table></body></html>\n\n# 参考文献：\n\n"
        "[1]Prashant K,Anne M.A review of process planning techniques [J].Rapid Prototyping Journal, 2000,6(1):18-35.   \n"
        "[2] 李忠锋，王从军．基于拓扑信息的扫描路径生成算法 [J]. 华中科技大学学报,2003,31(6):7-9.(Li Zhongfeng, "
        "Wang Congjun.Algorithm for quickly creating road [J]. Journal of HUST,2003,31(6):7-9.)   \n"
        "[3]Farouki,RT,Koenig,T.Path planning with offset curves [J].Journal of Manufacturing Systems,1995,14(14): 355-368.\n"
    )
    rec = run(load_bytes(body.encode("utf-8"), "p.md"))
    assert len(rec.references) == 3
    assert [c.marker for c in rec.citations] == ["[1]", "[2]"]  # not '[3]' of the list itself


def test_the_bodys_last_paragraph_under_the_list_heading_is_not_an_entry() -> None:
    text = (
        "预计未来10一15年，在国家的稳定支\n\n# 参考文献\n\n"
        "持下，在全国空间科学家和技术人员的共同努力下，我国将在宇宙的形成和演化、系外行星和地外生命的探索等前沿热点领域"
        "取得重大科学发现与创新突破，为人类认识宇宙、探索太空做出应有的重大贡献。\n\n"
        "1 诺贝尔奖网站.[2015-10-15].http://www.nobelprize.org  \n2 王海名，杨帆.与空间科学相关的国际科学技术奖获奖情况报告.北京：2013.  \n"
        "3 翟萌.哈勃引领的科技变革.科技创业,2011,(8):102-106  \n"
    )
    assert [e[:3] for e in _entries(text)] == ["1 诺", "2 王", "3 翟"]


def test_an_author_year_list_run_on_from_its_heading_and_on_one_line() -> None:
    text = (
        "总之，探索社会阶层信号的影响将是一个重要推进。\n\n参考文献程淑华，李欣，韩毅初.(2017)．群际接触对外群体信任的影响.心理学探新,"
        "37(1),54-58傅鑫媛.(2016).受助者权力对施助者亲社会行为的影响．博士学位论文．北京师范大学.郭永玉，杨沈龙.(2015)．社会阶层"
        "心理学视角下的公平研究．心理科学进展,23(8),1299-1311.陆学艺.(2002)．当代中国社会阶层研究报告．社会科学文献出版社.王春晓，"
        "朱虹.(2016).地位焦虑、物质主义与炫耀性消费．北京社会科学, (5),31-40.徐凤娇.(2016).亲社会行为的阶层差异．硕士学位论文．"
        "华中师范大学.郑杭生.(2002).我国社会阶层结构新变化的几个问题．华中师范大学学报,41(4),5-9.胡荣，陈斯诗.(2008)．时尚消费的"
        "符号意义与社会阶层建构．社会科学研究,(6),110-114.李春玲.(2017).中国社会阶层结构变化新趋势.人民论坛,(22),1-1.杭斌，修磊."
        "(2016).收入不平等、信贷约束与家庭消费.统计研究,33(8),73-79.郑杭生.(2005)．透视当代社会结构 促进中国社会和谐．中国人民大学"
        "学报,19(2),1-8.李强.(2019).当代中国社会分层：测量与分析.北京师范大学出版社.\n"
    )
    heads = [
        "程淑华",
        "傅鑫媛",
        "郭永玉",
        "陆学艺",
        "王春晓",
        "徐凤娇",
        "郑杭生",
        "胡荣，",
        "李春玲",
        "杭斌，",
        "郑杭生",
        "李强.",
    ]
    assert [e[:3] for e in _entries(text)] == heads


def test_a_corner_bracket_label_and_a_label_missing_a_digit_on_the_next_line() -> None:
    text = (
        "# 参考文献\n\n[1] 何关培.BIM总论[M].北京：中国建筑工业出版社，2011.\n"
        "「2]何波，王轶群.常用BIM软件项目实战疑难解析[J].土木建筑工程信息技术，2015，7(4）：66-83.\n"
        + "".join(
            f"[{k}]Author{k} A.Urban ecosystems {k}[J].Landscape and Urban Planning，2013，109(1）：1-9.  \n"
            for k in range(3, 11)
        )
        + "[1]RadfordKGJamesP.Changes in the value of ecosystem services.Landscape and Urban Planning，2013，109(1）：117-127.  \n"
        "[12］谢高地，甄霖.一个基于专家知识的生态系统服务价值化方法．自然资源学报，2008，23（5）：911-919.\n"
    )
    entries = _entries(text)
    assert len(entries) == 12
    assert entries[1].startswith("「2]何波") and entries[10].startswith("[1]Radford")


def test_an_entry_whose_label_was_lost_whole_inside_a_numbered_list() -> None:
    text = (
        "# 参考文献\n\n[1]宁越敏.中国城市化特点、问题及治理.南京社会科学，2012，（10)：19-27.王桂新.城市化基本理论与"
        "中国城市化的问题及对策.人口研究，2013，37(6)：43-51.\n"
        "[3]郑文升，王晓芳.中国副省级城市区域城市化综合发展水平空间差异.经济地理，2007,27（2）：256-260.\n"
        "[4] Dickerson EC，Alam HB.In-Person Communication Between Radiologists and Surgeons [J].JAm Coll Radiol,2016；"
        "13：943-949 Parikh JR，Yang WT.Breast imaging communication [J].Radiology,2015,276(1):1-9.\n"
        "[6]李诚固.城市化[J].地理学报,2010,65(2):1-9.\n"
    )
    entries = _entries(text)
    assert [e[:3] for e in entries] == ["[1]", "王桂新", "[3]", "[4]", "Par", "[6]"]


def test_a_heading_the_conversion_ran_into_the_paragraph_before_it() -> None:
    text = (
        "# 3小结\n\n成年代谢模式与胚胎期营养环境密不可分。深入研究动物代谢异常的胚胎起源，有利于实现健康养殖。 参考文献： "
        "[1]MCCANCE R A,WIDDOWSON E M.The determinants of growth and form[J].Proceedings of the Royal Society "
        "of London,1974,185(1078):1-17. [2]BARKER D J,OSMOND C.Infant mortality[J].Lancet,1986,1(8489):1077-1081.\n"
        "283 [3]JOSEFSON J L,HOFFMANN J A.Excessive weight gain[J].Pediatric Obesity,2013,8(2):e33-e36.\n"
    )
    assert [e[:4] for e in _entries(text)] == ["[1]M", "[2]B", "[3]J"]


def test_a_full_stop_then_the_word_references_in_a_sentence_is_no_heading() -> None:
    text = "正文讨论了这一点。参考文献的数量与质量有关[1]。\n\n# 参考文献\n\n[1] 张三.题名[J].刊名,2010,1(2):3-4.\n"
    assert [e[:6] for e in _entries(text)] == ["[1] 张三"]


def test_labels_with_a_character_doubled_in() -> None:
    text = (
        "# 参考文献\n\n[1] Wang F, Mei Y. Distributed pipeline[J]. PASP, 2017, 129(975): 1-8.\n"
        "[2] Du J. A survey[J]. PASP, 2016, 128(960): 1-9.\n[3] Li X. Imaging[J]. ApJ, 2015, 801(2): 3-9.\n"
        "[4] Yan Y. MUSER[J]. ApJ, 2014, 790(2): 4-9.\n"
        "[5] Thompson A R. Interferometry and synthesis in radio astronomy[M]. Wiley, 2017.\n"
        "[56] Mereier C, Subramanian P. Combining visibilities[J]. Solar Physics, 2015, 290(1): 1-20.\n"
        "[67] 卫守林,刘鹏翔,王锋,等.基于 Spark Streaming 的实时数据处理[J].天文研究与技术,2017,14(4):421-428.\n"
        "[Z8]陈泰燃,王威,王锋,等.基于MPI的高性能UVFITS 数据合成研究与应用[J].天文研究与技术,2016,13(2):184-189.\n"
        "[89] Wang F, Mei Y, Deng H. Distributed data-processing pipeline[J]. PASP, 2017, 129(975): 1-8.\n"
    )
    found = find_list(text)
    assert found is not None
    assert [e.label for e in found[2]] == ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
    assert [text[e.start : e.end][:4] for e in found[2]][5:] == ["[56]", "[67]", "[Z8]", "[89]"]


def test_labels_with_the_digit_one_read_as_a_letter() -> None:
    entry = "{label}Liu Z,Wu S,Liu B. Seed injection for wind lidar{k}[J].Opt& Lasers in Eng,2007,39(3): 541-545.\n"
    labels = ["[1]", "[2]", "[3]", "[4]", "[5]", "[6]", "[7]", "[8]", "[9]", "[l0]", "[ll]", "[12]", "[l3]", "[l4]"]
    text = "# 参考文献：\n\n" + "".join(entry.format(label=label, k=k) for k, label in enumerate(labels, 1))
    found = find_list(text)
    assert found is not None
    assert [e.label for e in found[2]] == [str(k) for k in range(1, 15)]
    assert [text[e.start : e.end][:4] for e in found[2]][9:] == ["[l0]", "[ll]", "[12]", "[l3]", "[l4]"]


def test_a_bare_label_after_a_bracketed_link_on_a_one_line_list() -> None:
    text = (
        "# 参考文献\n\n1 Betchov R. Semi-isotropic turbulence and helicoidal flows.Phys.Fluids,1961 4: 925-926. "
        "2 陈鹏，杨焱，朱建州．等离子体非线性手性．中国科学（文稿），2019.DOI：10.12074/201903.00191 "
        "(http://www.chinaxiv.org/abs/201903.00191.) 3 ChernovNI,EyinkGL,LebowitzJL.Steady-state electrical "
        "conduction in the periodic Lorentz gas.Commun.Math.Phys.,1993,154: 569-601.\n"
    )
    assert [e.strip()[:3] for e in _entries(text)] == ["1 B", "2 陈", "3 C"]


def test_author_year_entries_the_conversion_garbled_still_count() -> None:
    text = (
        "# 参考文献\n\nBaldwin,M. W.(1992).Relational schemas and the processing.Psychological Bulletin,112(3),461-484.\n"
        "Baldwin,.W99.elatioaaoueofsel-fereepredures.RevieofenalPlog4).\n"
        "Bandura,A. (1971). Social learning theory.New York: General Learning Press.\n"
        "Sanchez-Burksbett.aa.).allselatishhsprejuieistououJoalf Personality and Social Psychology, 79(2),174-189.\n"
        "Tajfel, H. (1982). Social psychology of intergroup relations. Annual Review of Psychology, 33, 1-39.\n"
    )
    assert [e[:8] for e in _entries(text)] == ["Baldwin,", "Baldwin,", "Bandura,", "Sanchez-", "Tajfel, "]


def test_a_list_placed_after_the_conclusion_with_ocr_years() -> None:
    # the heading came before the last section, and the first entries' years read '2O2O'
    text = (
        "正文写到这里[1]。" * 40 + "\n\n# 参考文献(References)\n\n# 5结论\n\n祁连山是重要生态安全屏障。\n\n"
        "[1] Hein CJ,Usman M.Millennial-scale hydro-climate control[J].Nature,2O2O,581: 63-66.\n"
        "[2] Dixon R K,Brown S.Carbon pool and flux of global forest ecosystems [J]. Science,1994,263: 85.\n"
        "[3] Son K,Lin L.Modelling the interaction of climate[J]. Hydrological Processes,2O19,33(10): 1448-1460.\n"
        "[4] 李昊,蔡运龙.基于植被遥感的西南喀斯特退耕还林工程效果评价[J].生态学报, 2011,31(12): 3255-3264.\n"
    )
    assert [e[:4] for e in _entries(text)] == ["[1] ", "[2] ", "[3] ", "[4] "]


def test_a_label_whose_closing_bracket_was_read_as_a_digit() -> None:
    text = (
        "# 参考文献\n\n[14] 钱大文,曹广民.祁连山南坡生态系统服务价值时空变化[J].生态学报,2020,40(4):1392-1404. [Qian Dawei\n"
        "[151 工涛 宫峰 工宁 笔 祁山牛太保拍与修复的现状问题与建\n\n议[J].冰川冻土,2017,39(2):29-234.\n"
        "[16] 程文举,席海洋.河西内陆河浅山区流域蒸散发估算[J].干旱区研究,2020,37(5):1105-1115.\n"
    ).replace("[14]", "[1]", 1)
    entries = _entries(text.replace("[151", "[21").replace("[16]", "[3]"))
    assert [e[:3] for e in entries] == ["[1]", "[21", "[3]"]
    assert entries[1].rstrip().endswith("29-234.")


def test_a_page_jump_inside_the_list_when_the_body_cites_what_follows() -> None:
    entries = "".join(f"[{k}]作者{k}.题名{k}[J].刊名,2015,35(5):639-45.\n" for k in range(1, 4))
    later = "[4]中国首例3D打印技术导航心脏手术在沪成功实施[EB/OL].2015-01-31.\n[5]叶堃.生物力学[J].中华创伤骨科杂志,2015,17(1):18-22.\n"
    text = (
        "正文[1-3]，术后情况稳定[4]，活动正常[5]。\n\n# 参考文献\n\n"
        + entries
        + "\n(下转封三页)\n\n# （上接1664页）\n\n"
        + later
    )
    assert [e[:3] for e in _entries(text)] == ["[1]", "[2]", "[3]", "[4]", "[5]"]
    # when the body cites no more than the entries before the jump, what follows is another article's
    assert len(_entries(text.replace("[4]，", "，").replace("[5]。", "。"))) == 3


def test_a_running_head_inside_an_entry_with_the_next_entries_run_on() -> None:
    text = (
        "# 参考文献(References)\n\n[1]陈亚宁.新疆塔里木河流域生态保护[M].北京: 科学出版社,2015.\n"
        "[2] 狄振华,谢正辉.河流剖面地下水埋深估计方法[J].中国科学,2010,40(10): 1420-1430.[Di Zhenhua, Xie Zhenghui, Yuan\n\n"
        "# 干旱区地理\n\n"
        "Xing,et al.Prediction of water table depths[J]. Science in China,2010,40(10): 1420-1430.] "
        "[3] 谢正辉,罗振东.非饱和土壤水流问题的数值模拟研究[J].自然科学进展,1998,8(1):1-9.\n"
    )
    entries = _entries(text)
    assert [e[:3] for e in entries] == ["[1]", "[2]", "[3]"]
    assert "Xing,et al." in entries[1]


def test_a_manuscripts_line_numbers_inside_a_bracketed_list() -> None:
    text = (
        "# 参考文献：\n\n[1]张雪竹,刘存志.脑组织葡萄糖代谢的研究方法[J].国际脑血管病杂志,2006,14(10):785-788.\n\n"
        "1 [2] 汪晓芬.大鼠追赶生长早期脂肪组织和骨骼肌葡萄糖代谢差异及其机制的研究[D].硕士  \n"
        "2 学位论文.武汉:华中科技大学,2008.  \n"
        "3 [3] VAREL V H,YEN J T.Microbial perspective on fiber utilization by swine[J].Journal of  \n"
        "4 Animal Science,1997,75(10):2715-2722.  \n"
        "5 [4] HEDEMANN M S,KNUDSEN B K E.Resistant starch for weaning pigs—efect on  \n"
        "6 concentration of short chain fatty acids in digesta[J].Livestock  \n"
        "7 Science,2007,108(1/2/3):175-177.  \n"
    )
    entries = _entries(text)
    assert [e[:4] for e in entries] == ["[1]张", "[2] ", "[3] ", "[4] "]
    assert "Animal Science" in entries[2]
    # a list numbered without brackets, one entry a line, keeps its bare labels
    plain = "# 参考文献\n\n" + "".join(f"{k} 作者{k}.题名{k}[J].刊名,2015,35(5):63-69.\n" for k in range(1, 8))
    assert len(_entries(plain)) == 7


def test_a_manuscripts_line_numbers_stay_out_of_the_fields(tmp_path: Path) -> None:
    text = (
        "# 鹿茸生长的营养调控\n\n正文引用[1-3]。\n\n# 参考文献：\n\n"
        "270 [1] LI C,SUTTIE J M.Histological examination of the antlerogenic region of red deer (Cervus   \n"
        "271 elaphus) hummels[J].New Zealand Veterinary Journal,1994,42(4):126-130.   \n"
        "272 [2] GOSS R J.Future directions in antler research[J].The Anatomical Record,1995,241(3):291-   \n"
        "273 302.   \n"
        "274 [3] 李光玉,高秀华,王凯英,等.梅花鹿、马鹿营养与其血清 IGF-1浓度的关系研究[J].特产研   \n"
        "275 究,2004,26(1):1-6.   \n"
    )
    refs = extract_text(tmp_path, text).references
    assert [r.title for r in refs] == [
        "Histological examination of the antlerogenic region of red deer (Cervus elaphus) hummels",
        "Future directions in antler research",
        "梅花鹿、马鹿营养与其血清 IGF-1浓度的关系研究",
    ]
    assert (refs[1].pages, refs[2].container) == ("291-302", "特产研究")
    assert "271 elaphus" in refs[0].raw  # the record keeps the text as printed


@pytest.mark.parametrize(
    ("text", "heads", "ends"),
    [
        (  # a running head inside the list, entries run on after their DOI
            (
                "# 参考文献\n\n"
                "Bentler,P.M.,& Bonett,D.G.(1980).Significance tests and goodness of fit. Psychological Bulletin,88(3),588-606.\n\n"
                "# “吃亏是福”一传说乎？现实乎？\n\n"
                "Birnbaum,M.H.(Ed.).(1997).Measurement, judgment,and decision making.Academic Press.\n\n"
                "Metzger, M. A. (1985). Biases in betting: An application of laboratory findings.\n\n"
                "Psychological Reports, 56(3), 883-888. doi:10.2466/pr0.1985.56.3.883\n"
                "郑利平.(2000).59岁现象的经济学分析.中共中央党校学报,4(4),81-85.doi: 10.14119/j.cnki.zgxb.2000.04.011 "
                "Ali, M. M. (1977). Probability and utility estimates for racetrack bettors. Journal of Political Economy, "
                "85, 803-815. doi: 10.1086/260600 Asch,P., Malkiel, B. G., & Quandt, R. E. (1982). Racetrack betting and "
                "informed behavior. Journal of Financial Economics, 10(2), 187-194. doi: 10.1016/0304-405X(82)90019-1 "
                "Faul, F., Erdfelder, E., Lang, A.-G., & Buchner, A. (2007). G*Power 3: A flexible statistical power "
                "analysis program for the social, behavioral, and biomedical sciences. Behavior Research Methods, 39, "
                "175-191. doi: 10.3758/BF03193146\n\n"
                "# 作者简介\n\n顾立平,男，1978年生，博士后。\n"
            ),
            ["Bentle", "Birnba", "Metzge", "郑利平.(2", "Ali, M", "Asch,P", "Faul, "],
            {2: "1985.56.3.883"},
        ),
        (  # Chinese author-year entries run on after a number and a space
            (
                "# 参考文献\n\n"
                "邓耀臣，冯志伟.(2013).词汇长度与词汇频数关系的计量语言学研究．外国语,36,29-39.doi:\n\n"
                "CNKI:SUN:WYXY.0.2013-03-002 顾俊娟，高志华，屈青青.(2020).汉字位置加工的词边界效应．心理与行为研究,18,193-199. "
                "滑慧敏，顾俊娟，林楠，李兴珊.(2017).视觉词汇识别中的字符位置编码．心理科学进展,25,1132-1138.doi:   \n"
                "10.3724/SP.J.1042.2017.01132 黄伯荣，廖序东． (2007).现代汉语．北京：高等教育出版社. "
                "孟祥芝，舒华．(1999).汉语儿童阅读障碍研究．心理发展与教育，15，54-57．doi: CNKI:SUN:XLFZ.0.1999-04-011 "
                "彭聘龄，丁国盛，王春茂,Taft,M.，朱晓平.(1999).汉语逆序词的加工．心理学报，   \n"
                "31,36-46.doi: 10.1088/0256-307X/16/12/025 田晓梅，王纯.(2006).汉语双字词的心理词典存储．心理发展与教育,22,146-157.\n"
            ),
            ["邓耀臣", "顾俊娟", "滑慧敏", "黄伯荣", "孟祥芝", "彭聘龄", "田晓梅"],
            {0: "2013-03-002", 2: "2017.01132"},
        ),
    ],
)
def test_author_year_entries_run_on_in_a_list(text: str, heads: list[str], ends: dict[int, str]) -> None:
    entries = _entries(text)
    assert [e[: len(h)] for e, h in zip(entries, heads, strict=False)] == heads and len(entries) == len(heads)
    assert all(entries[k].endswith(end) for k, end in ends.items())


def test_a_biography_under_a_heading_after_an_author_year_list_is_no_entry() -> None:
    text = (
        "# 参考文献\n\n张三.(2015).数字图书馆研究.图书情报工作,59(1),1-9.\n\n# 张三\n\n"
        "顾立平,男，1978年生，博士后,发表论文15篇。\n"
    )
    assert len(_entries(text)) == 1


def test_a_label_lost_but_its_closing_bracket_a_label_printed_twice_and_an_unlabelled_entry_glued_on() -> None:
    text = (
        "# 参考文献\n\n[1]吴文珊,陈友铃.薛荔传粉小蜂分子遗传关系研究[J].生态学报,2013,33(19):6049-6057.\n"
        "[2]Chen Y,Xi G.Fig wasps of Ficus pumila[J].Acta Oecologica,2014,57:142-149.  \n"
        "]aells change[J].Perspectives in Plant Ecology,2013,15(1):56-67.  \n"
        "[4]郑翔,郭宇红.平阳霉素治疗后血管瘤组织中肿瘤坏死因子检测[J].郑州大学学报,2007,42(5):946-8.  \n"
        "[4]王永光.聚桂醇:新型的微创硬化治疗技术[J].微创医学,2011,6(1):1-3.  \n"
        "[5] 范冠杰，赵玲，唐咸玉，等．糖尿病足中医诊疗标准[J].世界中西医结合杂志，2011，6（7）：618-625."
        "沈翠珍，高静．内科护理学[M].2版．北京：人民卫生出版社，2016.  \n"
        "[6]Blackburn E H. Structure and function of telomeres[J].Nature,1991,350(6319):569-573.\n"
    )
    found = find_list(text)
    assert found is not None
    assert [e.label for e in found[2]] == ["1", "2", "3", "4", "4", "5", None, "6"]
    assert [text[e.start : e.start + 4] for e in found[2]][2:7] == ["]ael", "[4]郑", "[4]王", "[5] ", "沈翠珍，"]


def test_a_bare_label_printed_twice_at_a_line_start_after_an_entry_that_ended() -> None:
    text = (
        "# [参考文献]：\n\n1.孔江平．《实验语音学基础教程》.北京大学出版社．2015  \n"
        "2.赵元任．《中国言语字调底实验研究法》．《科学》，1924  \n3.刘复．《四声实验录》.群益书社．1924.  \n"
        "4.潘渭水《建瓯方言词典》．江苏教育出版社,1998  \n4．卢芸．《百年建瓯方言研究综述》［J]．华西语文学  \n"
        "刊,2011(01) :96-102  \n5．潘渭水．《建州八音》剖析[J]．辞书研究，1986（5).  \n"
        "6．黄典诚．建瓯方言初探[J]．厦门大学学报（哲学社会科学版）,  \n1957 (1).\n"
    )
    found = find_list(text)
    assert found is not None
    assert [e.label for e in found[2]] == ["1", "2", "3", "4", "4", "5", "6"]
    assert [text[e.start : e.start + 4] for e in found[2]][3:5] == ["4.潘渭", "4．卢芸"]
    wrapped = text.replace("1998  \n4．卢芸", "1998年出版的  \n4．卢芸")  # no entry's end before it: one entry
    assert [e.label for e in find_list(wrapped)[2]] == ["1", "2", "3", "4", "5", "6"]


def test_an_empty_bracket_at_a_line_start_after_an_entry_that_ended_is_the_lost_label() -> None:
    head = "# 参考文献\n\n" + "".join(f"[{k}]作者{k}.题名{k}[J].期刊,2016,21(8):1-9.\n" for k in range(1, 11))
    text = head + "[]il Biomedical Optics,2016,21(4): 40501.   \n[12]Chang Y.Doppler ultrasound[J].BJR,2015,88:1-9.\n"
    found = find_list(text)
    assert found is not None
    assert [e.label for e in found[2]][9:] == ["10", "11", "12"]
    assert text[found[2][10].start : found[2][10].start + 4] == "[]il"
    glued = text.replace("1-9.\n[]il", "1-9，\n[]il")  # the line before does not end as entries do
    assert [e.label for e in find_list(glued)[2]][9:] == ["10", "12"]


def test_entries_glued_on_after_a_corner_bracket_or_a_url_whose_labels_were_lost() -> None:
    text = (
        "# 参考文献\n\n[1]Jones M.Data curation[J].Journal of Data,2012,7(1):1-9.\n"
        "[2]RDA.Research Data Alliance launch[EB/OL].[2015-01-14]. https://www.rd-alliance.org/launch.html."
        "Jones S. Developments in research funder data policy[J].The International Journal of Digital Curation,"
        "2012,7(1):114-125.\n"
        "[4]Shen Yi, Varvel VE.Developing data management services[J]. The Journal of Academic Librarianship,"
        "2013,39(6) : 552 -557.」张先恩．国家科学数据共享工程［J]．科学中国人,2004（9）：10 -13.\n"
        "[6]王芳.科学数据管理[J].图书情报工作,2016,60(3):1-8.\n"
    )
    heads = [e[:6] for e in _entries(text)]
    assert heads == ["[1]Jon", "[2]RDA", "Jones ", "[4]She", "」张先恩．国", "[6]王芳."]


def test_a_bilingual_entry_with_a_type_code_in_each_language_stays_one() -> None:
    text = (
        "# 参考文献\n\n[1]虞祎，张晖，胡浩．排污补贴视角下的养殖户环保投资影响因素研究[J]. 中国人口·资源与环境,2012,22(2):159-163 "
        "Yu Y,Zhang H, Hu H. Study on the investment of farmers[J]. China Population,2012,22(2):159-163.\n"
        "[2]肖萍，朱国华．农村环境污染第三方治理契约研究[J]．农村经济,2016,(4):104-108.\n"
    )
    assert len(_entries(text)) == 2


def test_running_heads_and_a_watermark_inside_a_numbered_list() -> None:
    text = (
        "# 参考文献：\n\n[1]Guan K L, Xiong Y. Regulation of intermediary metabolism. Cell, 2011, 36(2): 108-116.\n"
        "[2]Jones J, O'Connor C. Protein acetylation in prokaryotes.Proteomics,2011, 11(15): 3012-3022.\n\n"
        "# 中国生物工程杂志\n\n"  # a running head of two lines, the next entry run on after its second
        "China Biotechnology [3] Xing S F, Poirier Y. The protein acetylome. Trends in Plant Science,2012, 17(7): 423-430.\n"
        "[4]杨建梅.乌兹别克斯坦的能源利用情况[J].中亚信息,2006(4):\n\n# 干旱区地理\n\n"  # cut after a colon
        "20-21.[Yang Jianmei. Uzbekistan’s energy utilization situation [J]. Central Asia Information, 2006(4): 20-21.] "
        "[5]叶小伟.乌兹别克斯坦可再生能源利用现状及前景[J].俄罗斯中亚东欧市场,2012(3):1-5.\n"
        "[6] 刘火星，陈懋章．压气机叶片前缘分离流动[J]. 工程热物理学报,2004,25(6):936-939. LIU Huoxing, CHEN Maozhang. An\n\n"
        "# WORD批量转PDF工具-未注册注册码购买联系QQ：3049816538\n\n"  # a converter's watermark inside an entry
        "CompressorBlade[J].JournalofEngineering Themophysics,2004,25(6):936-939.\n"
        "[7] 宋寅，顾春伟．曲率连续的压气机叶片前缘设计方法[J]. 推进技术,2013,34(11):1475-1481.\n"
        "[8］王琪琳，窦建民．赖氨酸乙酰化的调控机制[J]．生命的化学,2013,33(6): 678-683.\n"
        "[8] Wang Q L, Dou J M. The regulatory mechanism of lysine acetylation[J].Chem Life,2013,33(6): 678-683.\n"
    )
    entries = _entries(text)
    assert [e[:3] for e in entries] == ["[1]", "[2]", "[3]", "[4]", "[5]", "[6]", "[7]", "[8］"]
    assert "Wang Q L" in entries[-1]  # the entry again in English, under its label again: one entry


def test_an_entry_with_a_watermark_moved_by_cleaning_keeps_its_place(tmp_path: Path) -> None:
    text = (
        "# 压气机叶片前缘设计\n\n张三\n\n摘要：压气机叶片前缘。\n\n# 1 引言\n\n前缘形状影响性能[1-3]。\n\n# 参考文献\n\n"
        "[1] 陆宏志，徐力平．压气机叶片前缘形状的改进设计[J]．航空动力学报,2000,02(2):129-132.\n"
        "[2] 刘火星，陈懋章．压气机叶片前缘分离流动[J]. 工程热物理学报,2004,25(6):936-939. LIU Huoxing, CHEN Maozhang. An\n\n"
        "# WORD批量转PDF工具-未注册注册码购买联系QQ：3049816538\n\n"
        "CompressorBlade[J].JournalofEngineering Themophysics,2004,25(6):936-939.\n"
        "[3] 宋寅，顾春伟．曲率连续的压气机叶片前缘设计方法[J]. 推进技术,2013,34(11):1475-1481.\n"
    )
    rec = extract_text(tmp_path, text)
    assert [r.label for r in rec.references] == ["1", "2", "3"]
    assert "WORD" not in rec.references[1].raw


def test_an_ocr_year_after_a_full_stop_is_no_bare_label() -> None:
    text = (
        "# 参考文献\n\n[1]Alzheimer's Association.2O17 Alzheimer's disease facts and figures [J]. "
        "Alzheimer's & Dementia,2017,13(4):325-373.\n[2]王明.阿尔茨海默病研究[J].中华医学杂志,2018,98(1):1-5.\n"
    )
    assert [e[:4] for e in _entries(text)] == ["[1]A", "[2]王"]


@pytest.mark.parametrize(
    "heading",
    [
        "# 参考文献： 文献:",
        "# 参考文献 入队",
        "# 参考文献(----",
        "# 参考文献-",
        "文献参考：",
        "参考文献(Reterences)",
        '参考文献(带"文献表示纳入元分析的文献)',  # a note on marked entries, its asterisk read as a quote
        "参考文献（标*者为纳入元分析的研究）：",
        "# 【参考文献】",  # in brackets
        "[参考文献]：",
    ],
)
def test_a_heading_with_the_conversions_debris_or_misspelt(heading: str) -> None:
    text = (
        f"正文。\n\n{heading}\n\n"
        "陈玲.(2018)．虚拟感觉运动经验对不同维度心理时间线的分离影响(硕士学位论文)．华中师范大学，武汉.\n"
        "冯宁.(2015).心理时间线：具身模拟和概念隐喻的双重进程？(硕士学位论文).华中师范大学，武汉.\n"
        "张恩涛，方杰，林文毅，罗俊龙.(2013).抽象概念表征的具身认知观．心理科学进展,21(3),429-436.\n"
    )
    assert [e[:4] for e in _entries(text)] == ["陈玲.(", "冯宁.(", "张恩涛，"]


def test_an_english_author_year_entry_run_on_from_the_heading() -> None:
    text = (
        "正文。\n\n参考文献 Abele,A.E.,& Wojciszke,B.(20o7).Agency and Communion from the Perspective of Self "
        "Versus Others.Journal of Personality and Social Psychology,93(5),751-763.\n\n"
        "Cattell,R.B.(1950).Personality:A Systematic,Theoretical,and Factual Study.New York: McGraw-Hill.\n\n"
        "Carver,C.S.,& Scheier,M.F.(2012).Cybernetic Control Processes and the Self-Regulation of Behavior.\n"
    )
    assert [e[:6] for e in _entries(text)] == ["Abele,", "Cattel", "Carver"]
    assert find_list("正文。\n\n# 参考文献的分析方法\n\n陈玲.(2018)．虚拟感觉运动经验.华中师范大学.\n") is None


def test_whole_entries_after_the_last_label_whose_labels_were_lost() -> None:
    text = (
        "# 参考文献\n\n[1] 李国逊,李宁.Toll样受体在肠黏膜屏障免疫机制的研究进展[J].肠外与肠内营养,2008,15(6):366-368.\n"
        "[2] BOCHKOV V N,KADL A,HUBER J,et al.Protective role of phospholipid oxidation products in\n\n"
        "endotoxin-induced tissue damage[J].Nature,2002,419(6902):77-81.\n\n"
        "AKASHI S,SHIMAZU R,OGATA H,et al.Cutting edge:cell surface expression and lipopolysaccharide signaling"
        "[J].Journal of Immunology,2000,164(7):3471-3475.   \n"
        "THOMSONAW.MyD88inhibitorsandthecontinuingchallengeofTLR antagonism[J].Transplantation,2017,101(2):230-231.\n"
        "WANG Z L,WESCHE H,STEVENS T,et al.IRAK-4 inhibitors for inflammation[J].Current Topics in Medicinal "
        "Chemistry,2009,9(8):724-737.\n"
        "CARTER D,FOX C B,DAY T A,et al.A structure-function approach to optimizing TLR4 ligands for human\n\n"
        "vaccines[J].Clinical & Translational Immunology,2016,5(11):e108.\n"
        "冯丽.PrxI在LPS诱导小鼠免疫反应过程中的调控作用研究[D].硕士学位论文.大庆:黑龙江八一农垦大学,2015.\n\n"
        "作者简介：张三（1980-），男，研究员。\n"
    )
    entries = _entries(text)
    assert [e[:6] for e in entries] == ["[1] 李国", "[2] BO", "AKASHI", "THOMSO", "WANG Z", "CARTER", "冯丽.Prx"]
    assert entries[5].endswith("e108.") and entries[-1].endswith("2015.")


def test_entries_glued_after_the_last_label_and_after_it_with_spaced_or_hyphenated_initials() -> None:
    text = (
        "# 【参考文献】\n\n[1] PETROV M S, YADAV D. Global epidemiology and holistic prevention of pancreatitis [J]. "
        "Nature Reviews Gastroenterology & Hepatology, 2018,16(3): 175-84.   \n"
        "[2] 李非，曹锋．中国急性胰腺炎诊治指南（2021）［J]．中国实用外科杂志，2021，41(07)： 739-46. RINSCHEN M M, "
        "IVANISEVIC J,GIERA M,et al. Identification of bioactive metabolites using activity metabolomics [J]. Nature "
        "Reviews Molecular Cell Biology, 2019,20(6): 353-67. XU H, ZHANG L, KANG H,et al. Serum Metabonomics of Mild "
        "Acute Pancreatitis [J].Journal of Clinical Laboratory Analysis, 2016,30(6): 990-8.   \n"
        "HUANG J-H,HE D,CHEN L,et al. GC-MS based metabolomics strategy to distinguish three types of acute "
        "pancreatitis [J]. Pancreatology, 2019,19(5): 630-7.   \n"
        "XIAO H, HUANG J-H, ZHANG X-W, et al. Identification of potential diagnostic biomarkers of acute pancreatitis "
        "by serum metabolomic profiles [J]. Pancreatology, 2017,17(4): 543-9. MAL TH J, RAKONCZAY Z, VENGLOVECZ V, "
        "et al. Central role of mitochondrial injury in the pathogenesis of acute pancreatitis [J]. Acta "
        "Physiologica,2013,207(2): 226-35.   \n"
        "YUAN J-M，NELSON H H，CARMELA S G，et al. CYP2A6 genetic polymorphisms and biomarkers of tobacco smoke "
        "constituents [J]. Carcinogenesis, 2017,38(4): 411-8.\n"
    )
    entries = _entries(text)
    heads = ["[1] PE", "[2] 李非", "RINSCH", "XU H, ", "HUANG ", "XIAO H", "MAL TH", "YUAN J"]
    assert [e[:6] for e in entries] == heads
    assert entries[1].rstrip().endswith("739-46.") and entries[3].rstrip().endswith("990-8.")


def test_a_list_sent_to_a_later_page_goes_on_where_the_page_takes_it_up() -> None:
    text = (
        "正文[1]。评估工具有较好的预测效果[2]。跌倒评估量表[3]。\n\n# 参考文献：\n\n"
        "[1]王拥军.卒中单元的并发症处理[M].北京:科学技术文献出版社,2004:165-76.\n\n（下转431页）\n\n"
        "[10]Bydureon package insert.Available at http://www.azpicentral.com/[Last accessed:Dec 28th,2015].   \n"
        "[11]Wysham CH,Macconell LA,Maggs DG,et al. Five-Year efficacy and safety data of exenatide once weekly"
        "[J].Mayo Clinic Proceedings,2015,90(3): 356-65.   \n"
        "[12]Nauck MA,Stewart MW,Perkins C,et al.Efficacy and safety of once-weekly GLP-1 receptor agonist "
        "albiglutide[J].Diabetologia, 2016,59(2): 266-74.\n\n# (上接415页）\n\n"
        "[2]王秀琴,姜彩凤.Morse跌倒评估量表在脑卒中患者康复护理中的应用效果[J].解放军护理杂志,2014,31(14):57-8,68.  \n"
        "[3]徐建鸣.预防住院患者跌倒的最新实证[J].实用护理杂志,2007,17(7):38-40.\n"
    )
    entries = _entries(text)
    assert [e[:4] for e in entries] == ["[1]王", "[2]王", "[3]徐"]
    assert entries[0].endswith("165-76.")


def test_entries_before_the_first_label_whose_labels_were_lost_take_the_numbers_of_their_places(
    tmp_path: Path,
) -> None:
    body = (
        "# 科研诚信外部规范视域\n\n国家科技计划项目随机抽查工作[1,2]。政策是建立科研诚信体系的一步[3]。"
        "理论框架[4]有利于政策决策[2-4]。\n\n"
    )
    entries = (
        "# 参考文献：\n\n科技部.关于开展 2021 年度国家科技计划项目随机抽查工作的通知[Z]//中华人民共和国科技部.2021  \n"
        "刘垠.五部委开展2020 年度国家科技计划项目随机抽查[N].科技日报，2020-.  \n"
        "[3] 唐壮，聂培琴.建立并完善道德自律和法律规制互动的科研诚信体系[J].科研管理,2008,(S1): 4.  \n"
        "[4] 周华东，王海燕，郝君超.推进科学政策的决策科学化[J].科学学研究,2012,30(11):1601-6.\n"
    )
    record = extract_text(tmp_path, body + entries)
    assert [(r.label, r.raw[:3]) for r in record.references] == [
        ("1", "科技部"),
        ("2", "刘垠."),
        ("3", "[3]"),
        ("4", "[4]"),
    ]
    by_id = {r.id: r.label for r in record.references}
    assert [[by_id[i] for i in c.reference_ids] for c in record.citations] == [
        ["1", "2"], ["3"], ["4"], ["2", "3", "4"]
    ]  # fmt: skip


def test_entries_after_the_last_label_whose_labels_were_lost_take_the_numbers_the_body_cites(tmp_path: Path) -> None:
    body = (
        "# 急性胰腺炎患者血清代谢组学研究\n\n急性胰腺炎是常见的急腹症[1]，其病因复杂[2]。代谢组学是研究代谢物功能的方法[3]。"
        "有研究发现胆汁酸水平升高[4]，而甘油磷脂代谢紊乱[5]。\n\n"
    )
    entries = (
        "# 参考文献\n\n[1] PETROV M S, YADAV D. Global epidemiology and holistic prevention of pancreatitis [J]. "
        "Nature Reviews Gastroenterology & Hepatology, 2018,16(3): 175-84.   \n"
        "[2] 李非，曹锋．中国急性胰腺炎诊治指南（2021）［J]．中国实用外科杂志，2021，41(07)： 739-46. RINSCHEN M M, "
        "IVANISEVIC J,GIERA M,et al. Identification of bioactive metabolites using activity metabolomics [J]. Nature "
        "Reviews Molecular Cell Biology, 2019,20(6): 353-67.   \n"
        "HUANG J-H,HE D,CHEN L,et al. GC-MS based metabolomics strategy to distinguish three types of acute "
        "pancreatitis [J]. Pancreatology, 2019,19(5): 630-7.   \n"
        "XIAO H, HUANG J-H, ZHANG X-W, et al. Identification of potential diagnostic biomarkers of acute pancreatitis "
        "by serum metabolomic profiles [J]. Pancreatology, 2017,17(4): 543-9.\n"
    )
    record = extract_text(tmp_path, body + entries)
    assert [(r.label, r.raw[:6]) for r in record.references] == [
        ("1", "[1] PE"), ("2", "[2] 李非"), ("3", "RINSCH"), ("4", "HUANG "), ("5", "XIAO H")
    ]  # fmt: skip
    by_id = {r.id: r.raw[:6] for r in record.references}
    assert [by_id[c.reference_ids[0]] for c in record.citations] == ["[1] PE", "[2] 李非", "RINSCH", "HUANG ", "XIAO H"]


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (  # author-year lines marked with an asterisk, and an OCR year
            "# 参考文献\n\n\\*裴彩霞.(2017).工作不安全感对员工创新行为的影响研究(博士学位论文).厦门大学  \n"
            "\\*皮红.(2015).工作压力对产品物流设计创新行为的影响研究(硕士学位论文).天津理工大学.\n"
            "\\*Aleksic,D., Cerne,M.,& Skerlavaj, M. (20l7). Interactive effects of perceived time pressure."
            " Creativity and Innovation Management,26(3),1-15.\n",
            ["\\*裴彩霞", "\\*皮红.", "\\*Ale"],
        ),
        (  # a number right after the authors' end is no label
            "# 参考文献\n\n[1] 李江波,彭彦昆,陈兴苗.近红外光谱检测技术[J].农业工程学报,2014,34(5):1264-1269.\n\n"
            "[2] 陶琳丽,黄伟,杨秀娟,等.3 种氨基酸近红外光谱及其分子结构的相关性[J].光谱学与光谱分析,2016,36(9):2766-2773.\n\n"
            "[3] COZZOLINO D,CHREE A,SCSAIFE JR,et al.Usefulness of near-infrared reflectance spectroscopy[J]."
            "Agricultural And Food Chemistry,2005,53(11):4459-4463.\n",
            ["[1] ", "[2] ", "[3] "],
        ),
        (  # the heading run into the paragraph before, bare labels on the lines after it
            "正文。\n\n昆虫肠道微生物在害虫防控、废弃物的降解以及媒介传染病的控制等。 参考文献   \n"
            "1 Basset Y, Cizek L, Cuenoud P, et al. Arthropod diversity in a tropical forest. Science,2012,338(6113): "
            "1481-1484.   \n2Dong Y, Manfredini F, Dimopoulos G. Implication of the mosquito midgut microbiota in the "
            "defense against malaria parasites. PLosPathogens,2009,5(5): e1000423.   \n3 Jiggins F M, Bentley JK, "
            "Majerus M E,et al. How many species are infected with wolbachia? Proceedings of the Royal Society B: "
            "Biological Sciences,2001,268(1472): 1123-1126.   \n",
            ["1 B", "2Do", "3 J"],
        ),
        (  # no heading, the first label's bracket closed by a corner bracket
            "正文。" + "基因编辑技术的不断成熟加速了全球基因编辑的应用进程。" * 20 + "\n\n"
            "[1」Marun Jinek, KrzysztoI Cnyiinskl, Ines roniara, et al.A Programmabie Duai-KNA-Guiaea DNA "
            "Endonuclease in Adaptive Bacterial Immunity. Science. 2012, 337:816-821.   \n"
            "[2] Le Cong, F. Ann Ran, David Cox, et al. Multiplex Genome Engineering Using CRISPR/Cas Systems. "
            "Science. 2013,339(6121):819-823.   \n[3]Alexis C. Komor, Yongjoo B. Kim, Michael S. Packer, et al. "
            "Programmable editing of a target base in genomic DNA. Nature. 2016, 7630(533):420-424.   \n",
            ["[1」", "[2]", "[3]"],
        ),
        (  # bare labels from 2, the first entry's line without a year, split before its journal's rest
            "[参考文献]：\n\n2.赵志国．普通话及北京话单字调和双字调实验研究综述［J]．伊犁师范学院学  \n"
            "报(社会科学汉文版），2013，32(2)：80-84.  \n3.丁琳．姜堰方言声调实验研究[D]．南京师范大学，2005.  \n"
            "4.户新婴．河南长葛方言声调实验研究[D]．广西师范大学，2008  \n",
            ["2.赵", "3.丁", "4.户"],
        ),
        (  # author, year and title after commas, one a line without a full stop; a body as author
            "参考文献\n\n吴积才等，1989，云南省志·卷五十八·汉语方言志，云南人民出版社  \n"
            "云南省教育局，1961，云南方音与普通话语音，云南人民出版社  \n"
            "吴积才，颜晓云，1986，云南方音概况，玉溪师专学报1986年第4期  \n"
            "中国社会科学院语言研究所，2012，中国语言地图集，商务印书馆  \n",
            ["吴积", "云南", "吴积", "中国"],
        ),
        (  # a body's entry glued on after another's year and month, its author before a comma
            "参考文献\n\n赵元任.现代吴语的研究[M].商务印书馆,2011.12.  \n"
            "浙江省慈溪县地名委员会编.慈溪县地名志[M].浙江省慈溪县地名委员会,1986.06.教育部语言文字信息管理司，"
            "中国语言资源保护研究中心编著.中国语言生活绿皮书[M].北京：商务印书馆,2015.07.  \n"
            "游汝杰著.汉语方言学教程[M].上海：上海教育出版社,2016.12.  \n",
            ["赵元", "浙江", "教育", "游汝"],
        ),
        (  # the bodies that edit a proceedings, after its title, open no entry; its translation stays with it
            "参考文献\n\n[3]郑坚强.珠江三角洲旅游城市一体化研究[J].资源开发与市场,2002,(6)：48-50.\n"
            "[4］吴军.山东半岛城市群旅游地空间优化研究[C]//中国地理学会、中山大学.中国地理学会2004年学术年会论文摘要集."
            "中国地理学会、中山大学,2004：1.［WU Jun.A Study on spatial optimization of tourism[C]//The Geographical "
            "Society of China.Abstracts,2004:1.]\n[5]李凡.城市文化竞争力的定量评价方法[J].佛山科学技术学院学报,2008,26(2):13-18.\n",
            ["[3]", "[4］", "[5]"],
        ),
        (  # an author-year entry broken off inside its title over a page, another glued on after its rest
            "参考文献\n\n张洁婷，张敏强，耿爽.(2012).心理学研究中潜变量空间的特性探讨．心理学探新,32(5),404-409.  \n"
            "张洁婷，张敏强，焦璨，王力田.(2013).多水平潜在类别模型在教育评价中的应用——以英语学业能力测\n\n"
            "验为例.教育研究与实验,(3),78-84.张军.(2007).结构方程模型构建方法比较.统计与决策,(18),137-139.\n\n"
            "张沥今，陆嘉琦.(2019).贝叶斯结构方程模型及其研究现状.心理科学进展,27(11),1812-1825.  \n",
            ["张洁婷", "张洁婷", "张军.", "张沥今"],
        ),
        (  # an entry with no full stop, then one of ten authors: a new entry, not the title's rest
            "参考文献\n\n赵东妍.(2019).中小学生自尊水平的横断历史研究．硕士论文   \n"
            "赵梦雪，冯正直，王毅超，赖薇，胡丰，刘可愚，夏凡，蒋娟，王佳，夏蕾.(2017).1993\\~2013 年常驻高海拔地区"
            " 军人心理健康状态的横断历史研究.心理学报,49(5),653-662.   \n"
            "赵云龙.(2014).中国高校教师心理健康变迁的横断历史研究:2001-2010 年.现代预防医学,41(15),2769-2772.   \n"
            "李建华.(2019.8.13).中国伦理学发展的着力点.人民网   \n"
            "胡晓檬,喻丰,&彭凯平.(2018).文化如何影响道德?文化间变异,文化内变异与多元文化的视   \n"
            "角．心理科学进展,26(11),2081-2090.\n",
            ["赵东妍", "赵梦雪", "赵云龙", "李建华", "胡晓檬"],
        ),
    ],
)
def test_where_entries_begin(text: str, heads: list[str]) -> None:
    width = len(heads[0])
    assert [e[:width] for e in _entries(text)] == heads


def test_a_lost_label_before_a_damaged_one_further_on() -> None:
    """Label 6 lost inside a line of run-together entries, and '6]' for [16] further on: entries 7 to
    15 are not skipped for that '6]', and '6]' opens entry 16."""
    head = (
        "# 参考文献（References）：\n\n[1］林杰，张金池.基于叶面积指数的植被覆盖管理措施因子C的遥感定量估算.林业科学,2013,49(2）：86-92.\n"
        "[2］杨勤科，罗万勤.区域水土流失植被因子的遥感提取.水土保持研究，2006，13（5）：267-268.\n"
        "[3]LiHD,gJnB,LiYK.Himalayas and its response to global warming.Environmental Monitoring,2016,188(3）:10.\n"
        "[4] 林杰.基于植被结构特征的土壤侵蚀遥感定量反演[D].南京：南京林业大学,2011.5 LinJ,ZhangJC.Anewapproach"
        "ofsoilerosion.International Journal of Plant Research,2O14,27(2）：1-12.王库，史学正.红壤丘陵区LAI与土壤侵蚀"
        "分布特征的关系.生态环境学报，2006,15(5)：1052-1055.\n"
    )
    middle = "".join(
        f"[{k}］作者{k}，合作者.植被叶面积指数第{k}项研究.林业科学，2010,47(6)：1060-1066.\n" for k in range(7, 16)
    )
    tail = "6]bleEllodliodel(1/2): 87-98.\n[17]Bacour C,Baret F. Neural network estimation of LAI.Remote Sens,2006,105:313.\n"
    entries = _entries(head + middle + tail)
    assert len(entries) == 17
    assert entries[5].startswith("王库") and entries[6].startswith("[7］") and entries[15].startswith("6]bleE")


def test_labels_printed_before_empty_brackets_run_on_a_line() -> None:
    text = (
        "# 参考文献\n\n1[]SavageGC.Think tanks,educationand elite policyactors[J].Australian Educational Researcher,"
        "2016,43(1):35-53.\n2[]孔媛,李宏.从知识资本增值路径分析我国智库转型发展方向[J].智库理论与实践,2017,2(1):16-22. "
        "3[]KelstrupJD.Quantitative diferences in think tank disseminationactivities[J].Policy Studies,2017,38(2):1-20.\n"
    )
    assert [e[:3] for e in _entries(text)] == ["1[]", "2[]", "3[]"]


def test_a_section_the_conversion_moved_into_the_list_does_not_end_it() -> None:
    conclusion = "本文对Rijke管热声系统进行建模，利用Galerkin方法求解控制方程，分析了系统的分岔行为。" * 8
    text = (
        "热声不稳定已有大量研究[1-3]，时间延迟模型见文献[4,5]，非线性分析见[6-8]。\n\n# 参考文献\n\n"
        "[1] Huang X M, Baumann W T. Reduced-order modeling of heat release[J]. Combustion, 2008, 12(3): 1-9.  \n"
        "[2] Huang Y, Yang V. Dynamics and stability of lean-premixed combustion[J]. Progress, 2009, 35: 293-364.  \n"
        "[3] Lieuwen T C. Limit-cycle oscillations in an unstable gas turbine[J]. Propulsion, 2002, 18(1): 61-67.  \n"
        "[4] Olgac N, Cepeda-Gomez R. Parametric investigation of thermoacoustic instability in a time-delay\n\n"
        "Fig.8 Bifurcation plot for variation of time lag.\n\n# 4结论\n\n" + conclusion + "\n\n"
        "perspective[J]. Spray and Combustion Dynamics, 2015, 7(1): 39-67.  \n"
        "[5] Weng F L, Zhu M. Beat: a nonlinear thermoacoustic instability[J]. Combustion, 2016, 163: 1-9.  \n"
        "[6] Sayadi T, Schmid P J. Thermoacoustic instability[J]. Fluid Mechanics, 2014, 753: 448-471.  \n"
        "[7] Olgac N, Zalluhoglu U. Predicting thermoacoustic instability[J]. Fluids, 2015, 137(3): 1-9.  \n"
        "[8] Raun R L. A review of Rijke tubes[J]. Energy and Combustion Science, 1993, 19(4): 313-364.\n\n"
        "# 附录\n\n表A1 参数取值。\n"
    )
    entries = _entries(text)
    assert [e.split("]")[0] for e in entries] == [f"[{k}" for k in range(1, 9)]
    assert "# 4结论" in entries[3] and entries[3].rstrip().endswith("39-67.")
    # without the entries after it, the section ends the list
    assert len(_entries(text.split("perspective")[0])) == 4


def test_a_contribution_statement_the_conversion_put_inside_the_list_does_not_end_it() -> None:
    head = "".join(f"[{k}]作者{k}.思想库研究之{k}[J].科学与管理,2008({k}):28-30.\n" for k in range(1, 5))
    tail = "".join(f"[{k}]作者{k}.思想库比较之{k}[J].中国软科学,2011({k}):17-23.\n" for k in range(5, 7))
    after = "\n# 作者贡献说明：\n\n" + tail + "杨思洛：提出研究思路。\n\n# Comparative Analysis\n"
    text = "思想库研究已有积累[1-3]，国际比较见[4-6]。\n\n# 参考文献：\n\n" + head + after
    assert [e.split("]")[0] for e in _entries(text)] == [f"[{k}" for k in range(1, 7)]
    # where the body cites no entry past the statement, what follows it is not this list's
    assert len(_entries(text.replace("[4-6]", "[4]"))) == 4


def test_a_list_printed_after_the_contribution_statement_under_its_empty_heading() -> None:
    entries = "".join(f"{k}[]作者{k}.信息系统动力学之{k}[J].中国科学,2020,50({k}):13-44. " for k in range(2, 7))
    text = (
        "信息度量已有研究[2-6]。\n\n# 参考文献:\n\n# 作者贡献声明\n\n许建峰：提出了全文研究思路。   \n"
        "党迎旭：完成了参考文献的获取、提供与分析。 "
        + entries
        + "\n\n# 利益冲突声明\n\n所有作者声明不存在利益冲突关系。\n"
    )
    assert [e.split("[")[0] for e in _entries(text)] == ["2", "3", "4", "5", "6"]
    # a statement with no labelled entries after it leaves the heading without a list
    assert find_list(text.replace(entries, "")) is None
    # nor do the numbered units of an English byline after it make one
    units = "".join(f"{k} Institute {k}, Chinese Academy of Sciences, Beijing 10019{k}\n" for k in range(1, 4))
    assert (
        find_list(text.replace(entries, "\n\n# A Study of Think Tanks\n\nYang Wenhui 1,2 Li Hong 3\n" + units)) is None
    )


def test_labels_lost_for_a_stretch_of_entries_one_a_line() -> None:
    lost = [
        "Maass, W. Networks of spiking neurons. Neural Networks 10, 1659-1671 (1997).",
        "Ponulak, F. & Kasinski, A. Supervised learning in spiking neural networks. Neural Computation (2010).",
        "Guetig, R. & Sompolinsky, H. The tempotron. Nature Neuroscience 9, 420-428 (2006).",
        "Masquelier, T., Guyonneau, R. & Thorpe, S. J. Competitive STDP-based spike pattern learning.",
        "Neural Computation 21, 1259-1276 (2009).",  # the same entry, on the next line
        "Diehl, P. U. & Cook, M. Unsupervised learning of digit recognition. Frontiers 9, 99 (2015).",
        "Roy, S. & Basu, A. An online unsupervised structural plasticity algorithm. IEEE 28, 900-910 (2017).",
    ]
    text = (
        "# 参考文献\n\n"
        "1 Azevedo, F. A. C. Equal numbers of neuronal and nonneuronal cells. Comparative Neurology 513, 532-541 (2009).  \n"
        "2 McCulloch, W. S. & Pitts, W. A logical calculus of the ideas. Mathematical Biophysics 5, 115-133 (1943).  \n"
        "3 Nair, V. & Hinton, G. E. Rectified linear units. Machine Learning 27, 807-814 (2010).  \n"
        + "  \n".join(lost)
        + "  \n10 McDonald, A. J. Cortical pathways to the amygdala. Progress in Neurobiology 55, 257-332 (1998).  \n"
        "11 Turner, B. H. & Zimmer, J. The architecture of the amygdala. Comparative Neurology 227, 540-557 (1984).  \n"
        "12 LeDoux, J. E. Emotion circuits in the brain. Annual Review of Neuroscience 23, 155-184 (2000).\n"
    )
    entries = _entries(text)
    assert len(entries) == 12
    assert (
        entries[3].startswith("Maass")
        and entries[6].startswith("Masquelier")
        and entries[6].rstrip().endswith("1259-1276 (2009).")
    )
    assert [e.split(" ")[0] for e in entries[9:]] == ["10", "11", "12"]


@pytest.mark.parametrize(
    ("text", "expected", "whole"),
    [
        (  # moved after the others
            (
                "# 参考文献\n\n"
                "1 申漳.简明科学史话.北京:中国青年出版社,1981.  \n"
                "2 世界银行，国务院发展研究中心.2030年的中国.北\n\n京：中国财政经济出版社,2013.\n\n"
                "3李国杰，徐志伟.从信息技术发展态势看新经济．中国科学院院刊,2017,32(3):233-238.\n\n"
                "5麦肯锡全球研究院.中国的选择：抓住5万亿美元的生产力机遇.[2016-06-30]. http://www.chnmc.com/d/1.pdf.  \n"
                "6路风.光变：一个企业及其工业史.北京:当代中国出版社,2016.  \n"
                "7KevinKelly.科技想要什么．熊详,译.北京：中信出版社,2011.\n\n"
                "4Baller S,Dutta S,Lanvin B,Eds.Global information technology report 2016.Geneva:World Economic Forum, 2016.\n\n"
                "# Thinking on Path for Building Powerful Country of Information Science and Technology\n"
            ),
            [("1", "1 申"), ("2", "2 世"), ("3", "3李国"), ("5", "5麦肯"), ("6", "6路风"), ("7", "7Ke"), ("4", "4Ba")],
            "233-238.",
        ),
        (  # moved before the one it follows
            (
                "# 参考文献\n\n"
                "1刘立.科技政策学研究.北京：北京大学出版社,2011.\n\n"
                "2国务院.国家中长期科学和技术发展规划纲要.[2006-02-09].http://www.most.gov.cn/kjgh.htm.\n\n"
                "3布莱恩·阿瑟.技术的本质．曹东溟,译.杭州：浙江人民出版社,2014.\n\n"
                "5习近平.加快从要素驱动发展为主向以创新驱动发展为主的转变.[2015-07-02].http://cpc.people.com.cn/n.html.\n\n"
                "4 威廉·J·克林顿,小阿伯特·戈尔.科学与国家利益.曾国屏,译.北京：科学技术文献出版社,1999.\n\n"
                "# Role of Basic Research\n"
            ),
            [("1", "1刘立"), ("2", "2国务"), ("3", "3布莱"), ("5", "5习近"), ("4", "4 威")],
            "2014.",
        ),
    ],
)
def test_an_entry_the_conversion_moved_out_of_order_keeps_its_label(
    text: str, expected: list[tuple[str, str]], whole: str
) -> None:
    found = find_list(text)
    assert found is not None
    assert [(e.label, text[e.start : e.end][:3]) for e in found[2]] == expected
    assert text[found[2][2].start : found[2][2].end].rstrip().endswith(whole)


def test_an_edition_after_a_stop_is_no_label_of_a_glued_entry() -> None:
    first = "".join(f"[{k}]作者{k}.医学研究{k}[J].中国医学杂志,2008,23({k}):748-9.  \n" for k in range(1, 6))
    text = (
        "# 参考文献\n\n" + first + "[6]刘虹.医学哲学范畴[M].7版.北京:科学出版社,2012:155-63.  \n"
        "[7］谢利.泰勒,朱熊兆,等.健康心理学[M].7版.北京:中国人民大学出版社,2012:128-55.  \n"
        "[8]王华,刘艳丽.社会学视角下的医患沟通研究[J].课程教育研究,2015,12(7): 247-8.\n"
    )
    entries = _entries(text)
    assert len(entries) == 8
    assert entries[5].startswith("[6]刘虹") and entries[5].rstrip().endswith("155-63.")


def test_author_year_entries_each_with_its_translation_run_together() -> None:
    text = (
        "# 参考文献\n\n"
        "国家林业和草原局，2021. List of national key protected wild plants[EB/OL]. http://www.forestry.gov.cn. "
        "2021-09-08.[国家林业和草原局，2021．国家重点保护野生植物名录[EB/OL]. http://www.forestry.gov.cn.2021-09-08]"
        "BROOKS CV, CHIEN DJ,1966. The anther tapetum in cytoplasmic genetic male sterile Sorghum [J]. Amer J Bot, "
        "53(2):199-207.GENG SS, WANG ZY, JIANG JZ, et al.，1994. Cytological studies on microsporogenesis of pepper"
        "[J].Acta Hortic Sin,21(2):165-169.[耿三省，王志源，蒋健箴，等，1994．辣椒雄性不育系小孢子发生的细胞学观察[J]．"
        "园艺学报，21(2)：165-169.]GUO DL, BI YD, WANG Q, et al.,20O5. Advances on cytoplasmic male sterility of "
        "plant [J]. Heilongjiang Agric Sci,(2):41-43.[郭东林，毕影东，王琪，等，2005．高等植物细胞质雄性不育的研究进展"
        "[J]．黑龙江农业科学，(2)：41-43.]\n"
    )
    assert [e[:6] for e in _entries(text)] == ["国家林业和草", "BROOKS", "GENG S", "GUO DL"]


def test_a_list_whose_first_entries_the_conversion_lost_is_read_from_its_first_label() -> None:
    text = (
        "# 参考文献：\n\n"
        "[8] 范昊，王贺．欧洲开放获取政策及其启示[J]．图书馆学研究，2019(9): 37-43.\n\n"
        "FAN H，WANG H. Research on European open access policies[J]. Research on library science,2019(9): 37-43. "
        "[9] OpenAIRE. Open Science overview in Europe[EB/OL]. [2022-03-09]. https://www.openaire.eu/os. "
        "[10] Nature Index[EB/OL]. [2022-03-09]. https://www.natureindex.com/annual-tables/2021. "
        "[11] Utrecht University. Open science[EB/OL]. [2022-03-09]. https://www.uu.nl/en/research.\n"
    )
    found = find_list(text)
    assert found is not None
    assert [e.label for e in found[2]] == ["8", "9", "10", "11"]
    assert "FAN H" in text[found[2][0].start : found[2][0].end]


def test_a_list_whose_first_entries_the_conversion_moved_inside_it_keeps_them() -> None:
    text = (
        "# 参考文献：\n\n"
        "[3]秦蕊,李娟娟，王晓，等.NFT:基于区块链的非同质化通证及其应用[J]．智能科学与技术学报,2021, 3(2): 234-242.  \n"
        "[4]WANG Q,LI R. Non-fungible token (NFT): Overview and challenges[J].arXiv preprint,2021.  \n"
        "[5] HAM H, WESLEY J. Computer vision based 3D reconstruction:A review[J]. International  \n"
        "[1] 赵春江．智慧农业发展现状及战略目标研究[J]. 智慧农业,2019,1(01):1-7.  \n"
        "[2] 王文喜，周芳．元宇宙技术综述[J]. 工程科学学报,2022,44(4):744-756.  \n"
        "[6] MA Z,LIU S.A review of 3D reconstruction techniques[J]. Graphics, 2018, 12(3): 1-9.  \n"
        "[7] POLLEFEYS M. Detailed real-time urban 3D reconstruction[J]. Computer Vision, 2008, 78: 143-167.\n"
    )
    found = find_list(text)
    assert found is not None
    assert [e.label for e in found[2]] == ["3", "4", "5", "1", "2", "6", "7"]


def test_a_list_that_lost_all_its_labels_is_numbered_by_place_for_the_numbers_the_body_cites(tmp_path: Path) -> None:
    body = (
        "# 肉鸡舍空气质量研究进展\n\n王凯\n\n摘要：空气质量。\n\n# 1 引言\n\n"
        "环境因素影响肉鸡生长[1]，氨的危害见[2-3]，呼吸舱测定见[4]，控制系统见[5-6]。\n\n"
    )
    entries = (
        "参考文献：\n\n"
        "袁建敏,张开臣,胡骁飞.环境因素影响肉鸡生长的研究进展[J].家畜生态学报,2007,28(6):135-138.  \n"
        "彭焕伟,沈亚欧.畜禽生产中氨的危害及防治措施[J].饲料工业,2005,26(13):54-59.张晓迪,卢庆萍,张宏福,等."
        "利用呼吸舱测定肉鸡氨气排放的研究[J].畜牧兽医学报,2014,45(2):249-254.  \n"
        "魏凤仙,胡骁飞,李绍钰,等.肉鸡舍内有害气体控制技术研究进展[J].中国畜牧兽医,2011,38(11):231-234."
        "黄华,牛智有.基于PIC18F2580 的畜禽舍有害气体环境控制系统[J].测控技术,2009,28(4):49-52,57.  \n"
        "0]刘希颖,赵越.畜舍中有毒有害气体对畜禽的危害及防治[J].饲料工业,2004,25(10):58-60.  \n"  # a label's remains
    )
    record = extract_text(tmp_path, body + entries)
    assert [(r.label, r.raw[:3]) for r in record.references] == [
        ("1", "袁建敏"),
        ("2", "彭焕伟"),
        ("3", "张晓迪"),
        ("4", "魏凤仙"),
        ("5", "黄华,"),
        ("6", "0]刘"),
    ]
    assert record.references[1].raw.endswith("54-59.")
    by_id = {r.id: r.label for r in record.references}
    assert [[by_id[t] for t in c.reference_ids] for c in record.citations] == [["1"], ["2", "3"], ["4"], ["5", "6"]]
    printed = (
        "参考文献\n\n3中共中央文献研究室.习近平关于科技创新论述摘编.北京:中央文献出版社,2016.\n\n"
        "1习近平.决胜全面建成小康社会.北京：人民出版社,2017.\n\n4汪克强．自主创新是攀登世界科技高峰的必由之路.学习时报，2018-06-06.\n\n"
        "2刘辉峰.中国企业创新力的差距在哪里？.高科技与产业化,2017,(5):18-19.\n\n5王永原．日本人眼中的中国制造企业.科技日报,2017-11-18.\n"
    )
    out_of_order = extract_text(tmp_path, body + printed, "printed.md")
    assert all(not r.label or r.label == r.raw[:1] for r in out_of_order.references)


def test_two_labels_run_together_do_not_stop_a_list_that_lost_its_labels_being_numbered_by_place(
    tmp_path: Path,
) -> None:
    body = (
        "# 腰椎管狭窄症临床实践指南的质量评价\n\n王凯\n\n摘要：评价指南质量。\n\n# 1 引言\n\n"
        "腰椎管狭窄症以间歇性跛行为主要表现[1]，是脊柱手术的主要病因[2]，患病率逐年上升[3]。"
        "指南在诊疗中作用重要[45]，方法学质量决定其价值[6]。\n\n"
    )
    entries = (
        "# 参考文献\n\n"
        "Jon L, Christy T.Management of lumbar spinal stenosis.[J]. BMJ,2016,4(352):h6234.   \n"
        "Deyo R A, Mirza S K, Martin B I, et al. Trends in surgery for lumbar spinal stenosis[J]. JAMA, 2010,303(13):1259-1265.   \n"
        "周彦吉，刘长信，刘焰刚，等．腰椎管狭窄症系统评价[J].中国全科医学, 2022,25(05):535-541.   \n"
        "Chad D A. Lumbar Spinal Stenosis[J]. Neurologic Clinics, 2007,25(2):407-418.   \n"
        "陈耀龙，杨克虎．正确理解、制订和使用临床实践指南[J]．协和医学杂志,2018,9(04):367-373.   \n"
        "马圆，车刚，连蓉娜，等.评价过敏性紫癜指南的方法学质量[J]．解放军医学杂志， 2020,45(06):639-645.   \n"
    )
    record = extract_text(tmp_path, body + entries)
    # the journal after a type code opens no entry of its own ('…stenosis.[J]. BMJ,2016,…')
    assert [r.label for r in record.references] == ["1", "2", "3", "4", "5", "6"]
    assert record.references[0].raw.endswith("h6234.")
    by_id = {r.id: r.label for r in record.references}
    assert [[by_id[t] for t in c.reference_ids] for c in record.citations][-2:] == [["4", "5"], ["6"]]


def test_an_entry_glued_after_another_in_the_other_script_of_another_year_is_cut_off() -> None:
    text = (
        "# 参考文献\n\n"
        "[1] C B M, E K M, et al. AGREE II: advancing guideline development[J]. CMAJ, 2010,182(18):E839-E842. "
        "刘云兰，张静怡，史乾灵，等.期刊公开发表的中国临床实践指南文献调查与评价[J]．协和医学杂志,13(02):324-331.\n"
        "[2] 王琪．中国临床实践指南质量评价研究[D]．兰州大学,2017.\n"
        "[3] 王海．指南研究[J]．中华医学杂志,2019,99(1):1-5.\n"
        "[4] Wang H. Guideline research[J]. National Medical Journal of China,2019,99(1):1-5.\n"
    )
    found = find_list(text)
    assert found is not None
    raws = [text[e.start : e.end] for e in found[2]]
    assert raws[0].rstrip().endswith("E839-E842.") and raws[1].startswith("刘云兰")
    assert len(raws) == 5  # the translation of [3] stays apart as [4], printed with its own label


GLUED_AFTER_ONE_LABEL = (
    "[1] Shankar U, Riedel M. Gas hydrate stability zone in the Andaman Sea[J]. Journal of Asian Earth "
    "Sciences, 2014,79:358-365. 王力峰，梁金强，等．南海北部钻探区地热分布[J]．南海地质研究,2009,20:40-45. "
    "徐行，李亚敏，等．南海北部陆坡热流对比[J]．地球物理学报,2012,55(3):998-1006. 宋海斌，吴时国．南海东北部"
    "BSR及其热流特征[J]．地球物理学报, 2007,50(5):1508-1517.\n"
    "[5]王淑红，宋海斌．南海南部水合物稳定带厚度估算[J].天然气工业,2005,25(8):24-27.\n"
    "[6]方银霞，金翔龙．冲绳海槽水合物稳定带厚度的计算[J]．矿床地质, 2002,21(4):414-418. 葛倩，王家生，等．"
    "南海水合物稳定带厚度估算[J]．地球科学,2006,31(2):245-249.\n"
    "[8]龚建明，陈建文．水合物稳定带顶底界线预测[J]．海洋地质动态, 2004,20(6):18-21.\n"
)


def test_several_entries_glued_after_one_are_each_cut_off_and_a_journal_before_its_year_is_no_entry() -> None:
    raws = _entries("# 参考文献\n\n" + GLUED_AFTER_ONE_LABEL)
    assert len(raws) == 8
    assert [r[:3] for r in raws[1:4]] == ["王力峰", "徐行，", "宋海斌"]
    assert raws[5].rstrip().endswith("414-418.") and raws[6].startswith("葛倩")


def test_entries_whose_labels_were_lost_between_two_labels_take_the_numbers_skipped() -> None:
    body = "# 地热与水合物\n\n前人测量了热流[3]，并估算了稳定带厚度[7]。\n\n# 参考文献\n\n" + GLUED_AFTER_ONE_LABEL
    rec = run(load_bytes(body.encode("utf-8"), "p.md"))
    assert [r.label for r in rec.references] == [str(k) for k in range(1, 9)]
    cited = {c.marker: [r.raw[:3] for r in rec.references if r.id in c.reference_ids] for c in rec.citations}
    assert cited == {"[3]": ["徐行，"], "[7]": ["葛倩，"]}


@pytest.mark.parametrize(
    ("entries", "heads", "labels"),
    [
        (  # labels in a round bracket closed by a full-width one
            "# 参考文献\n\n(1)Gomatam R. Niels Bohr's Interpretation[J]. Philosophy of Science, 2007(74): 736-748.\n"
            "(2） Heisenberg W. Physics and Philosophy[M]. Harper,1958.\n"
            "(3）Joos E, Zeh H D. The Emergence of Classical Properties[J]. Z.Phys.B, 1985 (59): 223-243.\n",
            ["(1)Go", "(2） H", "(3）J"],
            ["1", "2", "3"],
        ),
        (  # entries run together after their labels, also where one holds only a web address
            "# 参考文献\n\n1 John Womersley. Impact of the Tevatron on Technology and Innovation.[2012-06-11]. "
            "http://www.fnal.gov/pub/tevatron/files/120611Womersely.pdf. 2 http://uchicago.edu/research/economic-impact.shtml. "
            "3野村综合研究所：ILC的经济波及效果.[2017-05-03].http://www.mext.go.jp/b_menu/1357655.htm. "
            "4OECD.The Impacts of Large Research Infrastructures on Economic Innovation.[2017-05-06]. http://www.oecd.org\n",
            ["1 Joh", "2 htt", "3野村综", "4OECD"],
            ["1", "2", "3", "4"],
        ),
        (  # a bare label with its full stop glued after an entry's end
            "# References\n\n1．Rossier BC, Bochud M. The hypertension pandemic. Physiology. 2017;32(2):112-25. "
            "2.Olsen MH, Angell SY. A call to action on raised blood pressure. Lancet. 2016;388(10060):2665-712.\n"
            "3．Zhou B, Perel P. Global epidemiology of elevated blood pressure. Nat Rev Cardiol. 2021;18(11):785-802. "
            "4.Mann SJ. Drug therapy for resistant hypertension. J Clin Hypertens. 2011;13(2):120-30.\n",
            ["1．Ross", "2.Olse", "3．Zhou", "4.Mann"],
            ["1", "2", "3", "4"],
        ),
        (  # labels lost, an entry whose year ran into its volume cut from the one glued after it
            "# 参考文献\n\n[1]Ma L, Liu P. Frailty in older adults with hypertension[J].J Hypertens,2020,38(11):2192-2197.\n"
            "[2]Kang MG, Kim SW. Frailty and hypertension[J].Sci Rep,2017,7(1):7542. 陈雨萍,张先庚,等.社区老年高血压"
            "患者衰弱现状[J].中国老年学杂志,202242(02):459-462. 罗健钊,郭茹,等.衰弱与高血压的研究进展[J].中国全科医学,"
            "2021,24(32):4145-4149. Gokasla S, Demirel E. Aortic stiffness in young onset hypertension[J].Turk J Med Sci,"
            "2019,49(6):1748-1753.\n"
            "[6]Mercken EM, Ding J. Age-associated miRNA alterations[J].Aging,2013,5(9):692-703.\n",
            ["[1]Ma", "[2]Ka", "陈雨萍,张", "罗健钊,郭", "Gokas", "[6]Me"],
            ["1", "2", None, None, None, "6"],
        ),
        (  # labels whose closing bracket was read as a letter
            "# 参考文献\n\n[1]Chatham House. History[EB/OL].[2016-07-25]. https://www.chathamhouse.org/about/history.\n"
            "[2lChatham House. Governance[EB/OL]. [2016-07-25]. https://www.chathamhouse.org/about/governance. "
            "[3iChatham House. Rising Powers[EB/OL]. [2016-07-25]. https://www.chathamhouse.org/research/rising-powers.\n"
            "[4]忻华，杨海峰．英国智库对英国对华决策的影响机制[J]．外交评论,2014(4):121-138.\n",
            ["[1]Ch", "[2lCh", "[3iCh", "[4]忻华"],
            ["1", "2", "3", "4"],
        ),
        (  # bare labels with a colon at line starts
            "# 参考文献\n\n"
            "1:Kris MG, Gaspar LE, Chaft JE, et al. Adjuvant Systemic Therapy and Adjuvant Radiation Therapy[J]. "
            "J Clin Oncol. 2017;35(25):2960-2974.\n"
            "2：吴一龙，陆舜，程颖，等．非小细胞肺癌分子残留病灶专家共识［J]．循证医 学,2021,21(3):129-135.\n"
            "3： Rolfo C，Mack PC，Scagliotti GV,et al. Liquid Biopsy for Advanced Non-Small Cell Lung Cancer[J]."
            "J Thorac Oncol. 2018;13(9):1248-1268.\n",
            ["1:Kr", "2：吴一", "3： Ro"],
            ["1", "2", "3"],
        ),
    ],
)
def test_entries_under_damaged_labels_or_none(entries: str, heads: list[str], labels: list[str | None]) -> None:
    found = find_list(entries)
    assert found is not None
    raws = [entries[e.start : e.end].strip() for e in found[2]]
    assert [r[: len(h)] for r, h in zip(raws, heads, strict=False)] == heads and len(raws) == len(heads)
    assert [e.label for e in found[2]] == labels


# a body up to a third of the text and an English abstract after the list: the list before the middle
BEFORE_MIDDLE = (
    "区域发展的研究表明，城市群的空间结构与要素流动密切相关。" * 40 + "\n\n",
    "\n# Abstract\n\n" + "Urban agglomerations shape regional development. " * 30,
)
CONCLUSION = "# 5结论\n\n在提供注意指示条件下，ASD青少年存在情绪韵律注意偏向缺陷，表现为情绪韵律加工效率低下。\n\n" * 8
GARBLED_NUMBERED = (
    "# 奓义(Keterences)\n\n"
    "[1]靳含,杨爱民,夏鑫鑫,等.基于CA-Markov模型的多时间跨度 土地利用变化模拟[J].干旱区地理,2019,42(6):1415-1426\n"
    "[2]FOLEY Jonathan A,DEFRIES Ruth,ASNER Gregory P,et al. Global consequences of land use[J].Science,"
    "2005,309(5734): 570-574.\n"
    "[3]张景华,封志明,姜鲁光.土地利用/覆盖分类系统研究进展[J]. 资源科学,2011,33(6):1195-1203.\n"
)
SPACED_LABELS = (
    "1 顾朝林.城市群研究进展与展望[J].地理研究,2011,30(05):771-784.\n"
    '2 伊丽莎白·贝金塔,李浩,华珺.格迪斯、芒福德和戈特曼:关于“Megalopolis"的分歧[J].国际城市规划,2007(05):8-16.\n'
    "3 陈美玲.城市群相关概念的研究探讨[J].城市发展研究,2011,18(03):5-8.\n"
)
NUMBERED_PASSAGE = (
    "1 2015年，国务院发布《促进大数据发展行动纲要》。\n2 2016年，工信部发布《大数据产业发展规划》。\n"
    "3 2017年，十九大报告提出推动互联网、大数据、人工智能和实体经济深度融合。\n"
)
GARBLED_HEADING_LIST = (
    "#\n\n奓考乂   \n"
    "Bai, X.J.，JIA,L.P.，Wang J. X. (2O13).Emotional Atention Bias Under Inhibition Paradigm.Advances in "
    "Psychological Science,21(5),785-791.   \n[白学军，贾丽萍，王敬欣.(2013).抑制范式下的情绪注意偏向．心理科学进展,"
    "21(5),785-791.]   \nBachevalier，J.，& Loveland，K.A.(2O06).The orbitofrontal-amygdala circuit and "
    "self-regulation of social-emotional behavior in autism. Neuroscience & Biobehavioral Reviews,30(1),97-117.   \n"
    "Bertels,J.,Kolinsky,R.，Bernaerts,A.，& Morais,J. (20l1).Effectsof emotional spoken words on exogenous "
    "attentional orienting. Journal of Cognitive Psychology,23(4), 435-452.   \n"
    "Boersma,P.,& Van Heuven, V. (20O1). Speak and unSpeak with PRAAT. Glot International,5(9-10),341-347.   \n"
)
REVIEW_PASSAGE = (
    "王辉(2010)认为，情绪韵律的加工依赖社会动机。\n李宁(2012)发现，注意偏向与焦虑水平有关。\n"
    "赵静(2015)指出，知觉超载不能解释这一缺陷。\n陈宏(2016)进一步考察了注意瞬脱的个体差异。\n"
)


@pytest.mark.parametrize(
    ("text", "heads", "first_holds"),
    [
        (GARBLED_NUMBERED.join(BEFORE_MIDDLE), ["[1]靳含", "[2]FO", "[3]张景"], "[1]靳含"),  # heading garbled
        (SPACED_LABELS.join(BEFORE_MIDDLE), ["1 顾朝林", "2 伊丽莎", "3 陈美玲"], "1 顾朝林"),  # '1 ' before a word
        (NUMBERED_PASSAGE.join(BEFORE_MIDDLE), None, ""),  # a numbered passage with years but no type codes
        (CONCLUSION + GARBLED_HEADING_LIST, ["Bai", "Bac", "Ber", "Boe"], "[白学军"),  # author-year, its translation
        (CONCLUSION + REVIEW_PASSAGE, None, ""),  # a passage of the body citing by author and year
    ],
)
def test_a_list_without_a_heading_or_under_one_the_conversion_garbled(
    text: str, heads: list[str] | None, first_holds: str
) -> None:
    if text.startswith(BEFORE_MIDDLE[0]):
        assert 0.3 < len(BEFORE_MIDDLE[0]) / len(text) < 0.5
    found = find_list(text)
    if heads is None:
        assert found is None
        return
    assert found is not None
    assert [text[e.start : e.start + len(h)] for e, h in zip(found[2], heads, strict=False)] == heads
    assert len(found[2]) == len(heads)
    assert first_holds in text[found[2][0].start : found[2][0].end]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (  # a digit doubled after a one-digit label glued after an entry's end: '[34]' for [3] before [4]
            "# 参考文献：\n\n[1] 梅新林.大学智库建设的战略意义与相应对策[M]//走向世界的中国学术．北京：中国社会科学出版社，"
            "2013：45-51.\n\n[2] 陈国营，鲍健强.中国大学智库评价研究：维度与指标[J].高教评估与发展,2016(05):18-29.[34]中共中央"
            "办公厅.关于加强中国特色新型智库建设的意见[EB/OL].[2017-08-10].http://www.gov.cn/xinwen/2015-01/20/content_2807126.htm"
            "\n\n[4]教育部．中国特色新型大学智库建设推进计划[EB/OL]．[2017-08-10].\n",
            ["[1] ", "[2] ", "[34]", "[4]教"],
        ),
        (  # a garbled footer before a list that opens at a later label
            "Keywords: Bruegel think tank\n\n参考文献：\n\n∠UI5-UJ-∠y （AUɔ) [3] Bruegel. Bruegel annual report 2015[EB/OL]. "
            "[2016-06-20]. http://bruegel.org/2016/04/. [4] TTCSP.2015 Global Go To Think Tank Index Report[EB/OL]. "
            "[2016-06-20]. http://repository.upenn.edu/think_tanks/. [5]王辉耀,苗绿．大国智库[M/OL]．北京:人民出版社,2014. "
            "[6] Transparency. Think Thank Transparency[EB/OL].[2016-06-20]. http://www.transparify.org/.\n",
            ["[3]", "[4]", "[5]", "[6]"],
        ),
        (  # a masthead's heading inside an author-year list, an entry split round it
            "# 参考文献：\n\nDOWN T,RAKYAN V,et al.,2008.A bayesian deconvolution strategy[J]. Nat Biotechnol, 26(7):779-785.\n"
            "FAN YJ,WANG Y,et al.,2016.Advances in cytoplasmic male sterility in plant[J]. Chin Agric Sci Bull,3(8): 7-5. "
            "[范彦君，王瑜，等,2016．植物细胞质雄性不育研究进展[J].中国农学通报,32(18):70-75.]\n\n"
            "# ChinaXiv合作期刊\n\nNangning:Guangxi University.[孔祥军,2017．海岛棉雄性不育的细胞学基础研究[D]．南宁：广西大学.]\n"
            "LV HF,YU XY,199.Change of callose wall in cunninghamia lanceolata [J].J NW Bot,19(1):108-112.\n"
            "LIN JX,HU YZ, WU H,2013.The Biology of Pollen in Gymnosperms[M]. Beijing: Science Press: 37-40.\n",
            ["DOWN", "FAN ", "Nang", "LV H", "LIN "],
        ),
        (  # a page of entries lost: the labels resume at line starts, three in a row
            "# 参考文献\n\n[1］Zhou Q,Li Z,et al.In vivo photoacoustic tomography［J].Photoacoustics，2016,4：43-54.\n"
            "[2]Lozano N，Al-Ahmady ZS，et al．Monoclonal antibody-targeted liposome［J].Int J Pharm, 2015，482：2-10.\n"
            "[3] Levi J,Kothapalli SR,et al.Molecular photoacoustic imaging［J].Clin Cancer Res，2013，19：1494-1502.\n"
            "[4] Niu Y，Song W，Zhang D，et al.Functional computer-to\n"
            "[18」de la Zerda A,Liu Z,et al. Carbon nanotube agents［J].Nano Lett，2010,10：2168-2172.\n"
            "[19]de la Zerda A，Bodapati S，et al．Enhanced photoacoustic imaging agents [J].ACS Nano,2012,6: 4694-4701.\n"
            "[20]Mahmood M,Karmakar A，et al. Synergistic enhancement of cancer therapy [J]. Nanomedicine,2009,4: 883-893.\n",
            ["[1］", "[2]L", "[3] ", "[4] ", "[18」", "[19]", "[20]"],
        ),
    ],
)
def test_lists_a_page_or_a_label_damaged_or_furniture_inside(text: str, starts: list[str]) -> None:
    entries = _entries(text)
    assert [e[: len(h)] for e, h in zip(entries, starts, strict=False)] == starts
    assert len(entries) == len(starts)


def test_a_bare_numbered_list_goes_on_past_a_page_artefact_and_ends_at_the_units_note() -> None:
    """'19…' / '# JL' (a page's garbled mark) / 'org/lsc/ns/' / '20 Zhao J.…': the list goes on; the
    authors' units note after it is no entry and gives every author both units."""
    entries = "".join(
        f"{k}Author{chr(64 + k)} B. Study {k} of semantic publishing. Journal {k},2013,{k}(1):1-9.\n"
        for k in range(1, 19)
    )
    text = (
        "# 基于科技文献的研究设计指纹描述框架研究\n\n□钱力 张晓林 王茜\n\n摘要：提出研究设计指纹概念[1-3]。\n\n"
        "# 引言\n\n科技文献是重要资源[4-20]。\n\n# 参考文献\n\n"
        + entries
        + "19Baglatzi A，Kauppinen T. Linked Science Core Vocabulary Specification.[2013-05-26]. http://lin\n\n"
        "# JL\n\norg/lsc/ns/\n\n20 Zhao J.Open Provenance Model Vocabulary Specification . [2014-10-26].\n\n"
        "作者单位：中国科学院文献情报中心，北京，100190中国科学院大学，北京，100049收稿日期：2014年9月14日\n"
    )
    record = run(load_bytes(text.encode("utf-8"), "fingerprint.md"))
    assert [r.label for r in record.references] == [str(k) for k in range(1, 21)]
    assert record.references[-1].raw.startswith("20 Zhao J.")
    units = ["中国科学院文献情报中心", "中国科学院大学"]
    assert [(a.name, a.affiliations) for a in record.authors] == [(n, units) for n in ("钱力", "张晓林", "王茜")]


def test_a_decimal_number_inside_an_entry_is_no_label() -> None:
    text = (
        "正文。\n\n# 参考文献\n\n[6] Shirley Y L. The critical density of dense gas tracers[J]. PASP, 2015,127:1.\n"
        "[7] Liu B R, Liu X, Marchili N,et al. Two-year monitoring of intra-day variability of quasar at 4.8 "
        "GHz[J]. Astronomy & Astrophysics，2013, 555(4):334-345.\n"
        "[8] Liu X, Mi L G, Liu J,et al. Intra-day variability observations of quasar S4[J]. A&A,2015,578: A34.\n"
    )
    entries = _entries(text)
    assert len(entries) == 3
    assert entries[1].startswith("[7] Liu B R") and entries[1].rstrip().endswith("334-345.")


def test_entries_printed_over_the_heading_that_the_first_entry_follows() -> None:
    """The conversion put the heading and entry 1 under the rest of the list ('[2]…[5]' / '# 参考文献：' / '[1]…')."""
    body = "胸片肺野分割是计算机辅助诊断的基础[1]，形变模型[2-3]和块匹配[4-5]方法常用。\n\n"
    text = (
        "# 基于密集特征匹配的胸片肺野自动分割\n\n" + body * 3 + "# 4结论\n\n本文提出了一种肺野分割方法。\n\n"
        "1998,5(4): 245-55.   \n"
        "[2]Cootes TF,Gj E,Taylor CJ.Active appearance models[J].IEEE Trans Pattern Anal Mach Intell,1998,23(6): 681-5.\n"
        "[3]Van Ginneken B,Frangi AF.Active shape model segmentation[J]. IEEE Trans Med Imaging, 2002,21(8): 924-33.\n"
        "[4] Xu T, Mandal M,Long R.An edge-region force guided approach[J]. Comput Med Imaging Graph,2012,36(6): 452-63.\n"
        "[5]Shiraishi J, Katsuragawa S.Development of a digital image database[J].Am J Roentgenol,2000,174(1):71-4.\n\n"
        "# 参考文献：\n\n[1]Armato SG,Giger ML,Macmahon H. Automated lung segmentation in digitized chest radiographs[J]."
        "Acad Radiol,\n\n(编辑：孙昌朋)\n"
    )
    assert [e[:4] for e in _entries(text)] == ["[2]C", "[3]V", "[4] ", "[5]S", "[1]A"]


def test_a_table_between_the_heading_and_entry_one_is_the_body_s() -> None:
    text = (
        "正文[1]。\n\n# 参考文献：\n\n表4本文方法和文献[2]方法对比结果  \n\n"
        "<html><body><table><tr><td>模型</td><td>文献[2]</td></tr></table></body></html>\n\n"
        "[1]Cutler L D,Gershbein R.An art-directed wrinkle system[C]//Proc of SCA.2007:117-125.   \n"
        "[2]RohmerD,Popa T.Animation wrinkling[J].ACM Transactions on Graphics,2010,29(6):157.\n"
    )
    found = find_list(text)
    assert found is not None
    assert found[0] == text.index("[1]Cutler")  # the table's markers stand outside the list
    assert [text[e.start : e.start + 4] for e in found[2]] == ["[1]C", "[2]R"]


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (  # the brackets after the label, the list's first entry lost
            "正文。\n\n参考文献\n\n2[]郭凤娇,赵蓉英.基于科学交流过程的学术论文影响力评价研究[J].情报   \n学报,2020,39(4):357-366.\n"
            "3[]李武.开放存取出版的两种主要实现途径[J].大学图书馆学报,2005(4):58-63.\n"
            "4[]初景利.开放获取的发展与推动因素[J].图书馆论坛,2006(6):238-242.\n",
            ["2[]郭", "3[]李", "4[]初"],
        ),
        (  # a label in TeX, and one that kept its opening bracket only
            "正文。\n\n参考文献\n\n[1]Stevan H.Comments on E-Biomed[EB/OL].[2020-05-12].\n"
            "$^ { 2 } [ ]$ Budapest Open Access Initiative[EB/OL].[2020-05-10].\n"
            "[3]Bethesda Statement on Open Access Publishing[EB/OL].[2020-05-10].\n"
            "[4]中科院文献情报中心期刊分区表[EB/OL].[2020-06-14].http://www.fenqubiao.com/. "
            "5[Leading Research Organizations Announce Top-Tier Open Access Journal[EB/OL].[2020-06-14].\n",
            ["[1]S", "$^ {", "[3]B", "[4]中", "5[Le"],
        ),
    ],
)
def test_labels_damaged_around_their_number(text: str, heads: list[str]) -> None:
    assert [e[:4] for e in _entries(text)] == heads


def test_two_labels_lost_in_a_row_and_a_later_label_missing_its_tens() -> None:
    text = (
        "正文。\n\n# 参考文献\n\n[1]LibbyP.Mechanisms of Acute Coronary Syndromes[J].N Engl J Med,2013,368(21):2004-2013.   \n"
        "[2]LippiG,FranchiniM.Arterial thrombus formation[J].Nat Rev Cardiol,(9):50- 512. emerging agents[J]. "
        "Am J Cardiovasc Drugs,2013,13(4):233-250.   \n"
        "[5]WeitzJI,AngiolilloDJ.Dual Pathway Inhibition[J]. Thromb Haemost,2020,120(08):1147-1158.   \n"
        "[6]MauriL,Kereiakes DJ.Twelve or 30 months of dual antiplatelet therapy[J].N Engl J Med,2014,371(23):2155-2166.   \n"
        "[7]BonacaMP,BhattDL.Long-term use of ticagrelor[J].N Engl J Med,2015,372(19):1791-1800.   \n"
        "[3]AnandSS,EikelboomJW.Rivaroxaban Plus Aspirin Versus Aspirin[J]. J Am Coll Cardiol,2019,73(25):3271-3280.   \n"
    )
    heads = [e[:4] for e in _entries(text)]
    assert heads == ["[1]L", "[2]L", "[5]W", "[6]M", "[7]B", "[3]A"]  # not [3] taken for entry 3 and 4-7 lost in it


def test_the_last_label_damaged() -> None:
    digit_lost = (
        "正文。\n\n# 参考文献\n\n"
        + "".join(f"[{k}] 王{k}.演化博弈研究之{k}[J].情报科学,2019,37(09):{k}-{k + 5}.\n" for k in range(1, 10))
        + "[10] 顾秋阳,琚春华.融入隐私关注的演化博弈模型研究[J].情报科学,2019,37(09):29-36. "
        "[1] 周敏,钱鹏.政府监管下过度收集APP个人数据保护与使用演化博弈研究[J].情报探索,2020(11):8-18.\n"
    )
    assert [e[:4] for e in _entries(digit_lost)][-3:] == ["[9] ", "[10]", "[1] "]
    printed_twice = (
        "正文。\n\n# 参考文献\n\n[10]赵六.大数据与智库[J].情报杂志,2015,34(5):1-6.\n\n"
        "[11］李宣良.军队代表热议[EB/0L].[2016-5-1].http://news.xinhuanet.com/mil/c_128797597.htm.\n\n"
        "[12]中国军事科学学会.香山论坛简介[EB/OL].[2016-5-1].http://www.xiangshanforum.org.cn/brief.shtml.\n\n"
        "[12]中国国防科技信息中心.世界武器装备与军事技术年度发展报告(2014)[M].北京：国防工业出版社，2015.\n"
    )
    assert [e[:6] for e in _entries(printed_twice)] == ["[10]赵六", "[11］李宣", "[12]中国", "[12]中国"]


def test_a_numbering_that_starts_again_inside_the_list() -> None:
    text = (
        "正文。\n\n# 参考文献\n\n[11]吴文清,赵黎明.基于共词的研究趋势分析[J].科学管理研 究,2014,32(01):74-77.   \n"
        "[12]许金叶.智能管理会计：智能合约的缔结与履行[J].会计之友,2020(10):156-160.   \n"
        "[10]姚小娜.论财务人员与人工智能的协同发展[J].中国总会计师,2017(12):88-89.   \n"
        "[11]张超,肖聪.财务智能可视化分析与文献综述[J].财会月 刊,2019(03):24-32.   \n"
        "[12] Callon,Michel,and John Law,eds.Mapping the dynamics of science and technology. Springer,1986.   \n"
        "[13] Deshmukh,Ashutosh.Digital accounting. IGI Global, 2006.   \n"
    )
    assert [e[:4] for e in _entries(text)] == ["[11]", "[12]", "[10]", "[11]", "[12]", "[13]"]
    one_more = (
        "正文。\n\n# 参考文献\n\n[14]Blacking,J.How Music is Man[J]. Washington: University Press,1973.   \n"
        "[1]Bonde L O .Music as metaphor and analogy[J]. Nordic Journal of Music Therapy, 2007, 16(1):60-81.   \n"
        "[15]Chartrand J P,Peretz I.Auditory recognition expertise[J]. Brain Research,2008,1220.   \n"
        "[16]Conway MA，Rubin D C.The structure of autobiographical memory[M]. Hove: Erlbaum,1993.\n"
    )
    assert [e[:4] for e in _entries(one_more)] == ["[14]", "[1]B", "[15]", "[16]"]
    deposited = (  # the data the paper deposited, listed after its last entry, are no entries
        "正文。\n\n# 参考文献\n\n[8]李四.社会化标注研究[J].情报科学,2014,32(6):1-6.\n"
        "[9]赵开慧.基于社会化标注的个性化信息推荐方法研究[J].情 报科学，2015,33(6):39-42.\n\n"
        "# 支撑数据：\n\n支撑数据[1]见期刊网络版。[1]谢梦瑶，潘旭伟．实验数据.zip.选取的用户实验数据.\n\n"
        "[2] 谢梦瑶，潘旭伟．静动态方法比较.xlsx．动态方法相对于静态方法的提升效果.  \n"
        "[3]谢梦瑶，潘旭伟.实验数据库文件.sql.数据库代码.\n"
    )
    assert [e[:3] for e in _entries(deposited)][-2:] == ["[8]", "[9]"]


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (  # the label lost, its closing bracket left after the pages
            "正文。\n\n参考文献\n\n[1]李一.压缩机[J].流体机械,2011,39(2):1-5.\n[2]李二.压缩机[J].流体机械,2012,40(2):1-5.\n"
            "[3]李三.压缩机[J].流体机械,2013,41(2):1-5.\n[4]李四.压缩机[J].流体机械,2014,42(2):1-5.\n"
            "[5]王企鲲，陈康民.多级离心压缩机的数值研究[J]．上海理工大学学报，2006, 28(2):115-119 "
            "] Zhang PF,Duan WL,et al. Numerical Investigation on the Stage Match[C]//ASME Paper GT2014-26614,2014 "
            "[7]刑鹏，李涛.三级离心压缩机非定常流动的数值研究[J]．工程热物理学报，2016,37(4)：760-765 "
            "[8]彭君伟，吴沛.离心压缩机研究[J].流体机械,2015,43(2):1-5.\n",
            ["[5]王", "] Zh", "[7]刑", "[8]彭"],
        ),
        (  # a digit and the closing bracket lost: '[1' for [11]
            "正文。\n\n参考文献\n\n"
            + "".join(f"[{k}]李{k}.压缩机研究之{k}[J].流体机械,2011,{k}(2):1-5. " for k in range(1, 10))
            + "[10]C.Li,Y.Diao.A Statistical PCA Method for Face Recognition[J].Intelligent Information "
            "Technology Application,2008,pp.376-380.   \n"
            "[1SasanKaramizadeh,ShahidanM.Abdulah.An Overview of Principal Component Analysis[J].Journal of Signal and "
            "Information Processing,2013,4: 173-175.   \n"
            "[12]LeoEgghe,LoetLeydesdorff.The relation between Pearson's correlation coefficient[J].JASIST,2009,5:1027-1036.\n",
            ["[10]", "[1Sa", "[12]"],
        ),
        (  # the tail of an entry before a list that lost its first labels
            "正文。\n\n# 5参考文献\n\nhttp://m.spacemagazines.org/nd.jsp?mid=15&id=902&searchword\n\n"
            "[10]Hashimoto Y,Sarikaya B.Design of IP-based routing in a LEO satelite network[C]//Proceedings.2O12:81-88.   \n"
            "[11]Henderson T R，Katz R H.On distributed routing for LEO satelite networks[C]//Conference.2011:1119-1123.   \n"
            "[12] Werner M.A dynamic routing concept for ATM-based satelite networks[J].IEEE JSAC,1997,15(8):1636-1648.\n",
            ["http", "[10]", "[11]", "[12]"],
        ),
        (  # a book's translator after its type code is no entry's author
            "正文。\n\n参考文献\n\n"
            + "".join(
                f"[{k}]李{k}.政策研究之{k}[M].北京：人民出版社,201{k}:3{k}.(Li {k}. Policy[M]. 201{k}: 3{k}.) "
                for k in range(1, 7)
            )
            + "[7]保罗·A·萨巴蒂尔，汉克·C.詹金斯-史密斯．政策变迁与学习[M]．邓征译．北京：北京大学出版社,"
            "2011:36-37.(Sabatier PA,Jenkins-Smith HC.Policy Change and Learning[M]. Beijing: Beijing University Press, "
            "2011: 36-37.) r91 约翰.D.扎勒．公共舆论[M]．陈心想译．北京：中国人民大学出版社,2013:59.\n"
            "[9]王五.标题[J].刊名,2015,3(2):1-9.\n",
            ["[7]保", "约翰.D", "[9]王"],
        ),
    ],
)
def test_entries_under_labels_damaged_in_other_ways(text: str, heads: list[str]) -> None:
    assert [e[:4] for e in _entries(text)][-len(heads) :] == heads


def test_author_year_entries_run_on_after_a_chapters_publisher_a_dated_year_and_years_cut_short() -> None:
    text = (
        "正文(Heinzen et al.,2015)。\n\n# 参考文献\n\n"
        "Heinzen T.E.,Landrum R.E., Gurung R.A.R.,& Dunn D.S. (2015). Game-based assessment: The mash-up we've "
        "been waiting for. In: T.Reiners,&L. Wood(eds), Gamification in Education and Business(pp. 201-207).\n\n"
        "Cham, Switzerland: Springer Keil, J.,Michel,A., Sticca,F.,Leipold,K. (217).The Pizzagame: A virtual "
        "public goods game. Behavior Research Methods,49(4),1432-1443. Mislevy, R.,Steinberg,L., & Almond,R. "
        "(2003). Focus article: On the structure of educational assessments. Measurement: Interdisciplinary "
        "Research & Perspective,1(1),3-62. Mislevy, R.J.,Behrens,J.,DiCerbo,K.E.,&Levy,R.(20i2).Design and "
        "discovery in educational assessment. Journal of Educational Data Mining,4(1),11-48. Shipp,A.J.,"
        "Edwards,J.R.,&Lambert,L.S. (2O09). Conceptualization and measurement of temporal focus. Organizational "
        "Behavior and Human Decision Processes,110(1),1-22. Song,Y.Q.,& Zhang,J.J.(2016-6-15).Ethnic diferences "
        "in time metaphor cognition. Chinese Social Science Newspaper, 006. Schoedel,R.,Au,Q.,..Stachl,C.(218)."
        "Digital footprints of sensation seeking. Zeitschrift für Psychologie,226(4),232-245.\n"
    )
    heads = [e.split("(")[0].strip()[:12] for e in _entries(text)]
    assert heads == [
        "Heinzen T.E.",
        "Keil, J.,Mic",
        "Mislevy, R.,",
        "Mislevy, R.J",
        "Shipp,A.J.,E",
        "Song,Y.Q.,& ",
        "Schoedel,R.,",
    ]
    assert _entries(text)[0].endswith("(pp. 201-207).\n\nCham, Switzerland: Springer")  # its place and publisher


def test_an_entry_the_page_cut_under_a_watermark_goes_on_and_the_first_authors_note_ends_the_list() -> None:
    text = (
        "正文[1]，见[13]。\n\n# 参考文献\n\n"
        + "".join(f"[{k}]作者{k}.题名{k}[J].期刊,2012,{k}(2):1-9.\n" for k in range(1, 12))
        + "[12]Watanabe S, Otani R,Kunimoto S,et al. Vibration characteristics due to cavitation[C]// ASME 2012 "
        "Summer Conference,Rio Grande,Puerto Rico: American Society of Mechanical\n\n"
        "# WORD批量转PDF工具-未注册注册码购买联系QQ：3049816538\n\n"
        "Engineers,2012:535-541. [13]Tsai C Y,Huang S C.Transfer matrix for rotor coupler with parallel "
        "misalignment[J],Journal of Mechanical Science and\n\n第一作者：康灿  \n通讯地址：江苏省镇江市学府路301号 江苏大学\n"
    )
    entries = _entries(text)
    assert len(entries) == 13
    assert entries[11].rstrip().endswith("Engineers,2012:535-541.") and "WORD批量转PDF" in entries[11]
    assert entries[12].startswith("[13]Tsai") and entries[12].rstrip().endswith("Journal of Mechanical Science and")


def test_a_label_at_a_line_start_that_lost_its_closing_bracket_and_one_that_lost_a_digit_after_the_pages() -> None:
    entries = [f"[{k}] 作者{k}.光变曲线研究{k}[J].飞行器测控学报,2013,{k}(3):1-9.\n" for k in range(1, 12)]
    entries[3] = (
        "[4 BooneRD,KayeJ.Roots exert a strong influence on the temperature sensitivity.Nature,396(6711):570-572.\n"
    )
    entries[9] = "[10]陈思，王东亚.基于归一化光变函数的空间目标识别研究[J].飞行器测控学报.2013,32(03),273-280 "
    entries[10] = (
        "[1]Mark S.Ashbaugh,Carmen C.Chicone.The Twisting Tennis Racket[J].Journal of Dynamics,1991,3(1):67-85.\n"
    )
    found = _entries("正文。\n\n# 参考文献\n\n" + "".join(entries))
    assert len(found) == 11
    assert found[3].startswith("[4 BooneRD") and found[2].rstrip().endswith("1-9.")
    assert found[9].rstrip().endswith("273-280") and found[10].startswith("[1]Mark S.Ashbaugh")
