"""The trained reference labeller: tokens, BIO tags, field values, and strings of every family."""

from __future__ import annotations

import json
import time

import pytest
from helpers import ROOT, SHARED

from npf_graph.cli.main import app
from npf_graph.extract.refparse import parse_with_model
from npf_graph.extract.refparse.labeller import labels_from_spans, model_path, spans_from_labels
from npf_graph.extract.refparse.tokens import features, tokenize
from training.align import align


def test_the_model_ships_with_the_package() -> None:
    assert model_path().is_file() and model_path().stat().st_size > 100_000


def test_tokens_are_characters_for_chinese_and_words_for_latin() -> None:
    toks = [t.text for t in tokenize("[1] 刘伟. Open *Science*[J]")]
    assert toks == ["[", "1", "]", "刘", "伟", ".", "Open", "Science", "[", "J", "]"]
    assert len(features("刘伟. 题名[J]", tokenize("刘伟. 题名[J]"))) == len(tokenize("刘伟. 题名[J]"))


def test_bio_tags_and_spans_round_trip() -> None:
    raw = "[2] 刘鹤，张三. 两次全球大危机的比较[J]. 经济视野，2020(6): 15-19."
    fields = {"authors": ["刘鹤", "张三"], "title": "两次全球大危机的比较", "container": "经济视野",
              "year": 2020, "issue": "6", "pages": "15-19", "type": "J"}  # fmt: skip
    spans = align(raw, fields)
    assert spans is not None
    tokens = tokenize(raw)
    assert spans_from_labels(tokens, labels_from_spans(tokens, spans)) == spans
    assert [raw[s:e] for s, e, f in spans if f == "author"] == ["刘鹤", "张三"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (  # economics-journal author-year
            "陈建军、李四，2010：《产业集聚与区域发展》，《经济研究》第10期。",
            {"authors": ["陈建军", "李四"], "year": 2010, "title": "产业集聚与区域发展", "container": "经济研究", "issue": "10"},
        ),
        (  # 《中国社会科学》 footnote
            "①林毅夫：《新结构经济学》，北京：北京大学出版社，2012年，第5页。",
            {"authors": ["林毅夫"], "title": "新结构经济学", "place": "北京", "publisher": "北京大学出版社", "year": 2012},
        ),
        (  # CSSCI export
            "39.刘炜.5G与智慧图书馆建设.中国图书馆学报.2019.45(5)",
            {"authors": ["刘炜"], "title": "5G与智慧图书馆建设", "container": "中国图书馆学报", "year": 2019},
        ),
        (  # numbered without brackets or type codes, spaces lost in conversion
            "3邓铭江.塔里木河流域气候与径流变化及生态修复.冰川冻土,2006,(5): 694-702.",
            {"authors": ["邓铭江"], "title": "塔里木河流域气候与径流变化及生态修复", "container": "冰川冻土", "year": 2006,
             "issue": "5", "pages": "694-702"},
        ),
        (  # physics numeric
            "[12] A. B. Author and C. Writer, Phys. Rev. D 65, 094516 (2002).",
            {"authors": ["A. B. Author", "C. Writer"], "container": "Phys. Rev. D", "volume": "65", "year": 2002},
        ),
        (  # APA
            "White, R. G., & Baker, J. N. (2006). Regional inequality and capital. Management Science, 21(5), 19–26.",
            {"authors": ["White, R. G.", "Baker, J. N."], "year": 2006, "title": "Regional inequality and capital",
             "container": "Management Science", "volume": "21", "issue": "5"},
        ),
        (  # a full stop after the bracketed label
            "[3].Sher，E.,Bar-Kohany，T.,Rashkovan，A.Flash-Boiling Atomization[J].Prog Energ Combust,2008,34(4): 417-439.",
            {"authors": ["Sher，E.", "Bar-Kohany，T.", "Rashkovan，A."], "title": "Flash-Boiling Atomization",
             "label": "3", "year": 2008},
        ),
        (  # the type code's O read as zero
            "[4]Neill A．未来亚洲能否避免战争？中国提供一次观察良机[EB/0L]．［2015-10-02]. http://www.thepaper.cn/news",
            {"type": "EB/OL", "title": "未来亚洲能否避免战争？中国提供一次观察良机"},
        ),
    ],
)  # fmt: skip
def test_families_the_rules_never_covered(raw: str, expected: dict) -> None:
    parsed = parse_with_model(raw)
    assert parsed is not None
    got = parsed.model_dump()
    assert {k: got[k] for k in expected} == expected


def test_parse_refs_writes_one_line_for_every_input_line(tmp_path) -> None:
    from typer.testing import CliRunner

    lines = [
        "[1] World Bank, https://data.worldbank.org/2023. World Development Indicators.",
        "",
        "\x00",
        "]]]",
        "1999",
    ]
    src = tmp_path / "refs.txt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["parse-refs", str(src)])
    assert result.exit_code == 0
    out = [json.loads(x) for x in result.output.splitlines() if x.strip()]
    assert len(out) == len(lines)
    assert out[0]["url"] == "https://data.worldbank.org/2023"


def test_time_grows_linearly_with_a_whitespace_run() -> None:
    def seconds(n: int) -> float:
        raw = "[1] 刘伟" + " " * n + "题名[J]. 经济研究, 2020(1): 1-9."
        t = time.perf_counter()
        parse_with_model(raw)
        return time.perf_counter() - t

    seconds(100)
    assert seconds(20_000) / max(seconds(2_000), 1e-4) < 25


def test_time_grows_linearly_with_runs_of_initials_in_the_authors() -> None:
    from npf_graph.extract.refparse.fields import fields_from_spans

    def seconds(n: int) -> float:  # initials apart by two spaces, then no surname: nothing to read as names
        raw = "A.  B.  " * n + "Bc, " + "A.  " * n + "1. Title."
        t = time.perf_counter()
        fields_from_spans(raw, [(0, len(raw) - 9, "author")])
        return time.perf_counter() - t

    seconds(10)
    # the least of three runs each: one run slowed by a busy machine is no growth
    assert min(seconds(2_000) for _ in range(3)) / max(min(seconds(200) for _ in range(3)), 1e-4) < 25


def test_gbt_development_set_stays_above_098() -> None:
    from npf_graph.evaluation.refstrings import evaluate_set

    for path in sorted((SHARED / "eval" / "refstrings").glob("*.jsonl")):
        assert evaluate_set(path)["field_acc"] >= 0.98, path.name


def test_training_data_lines_align(tmp_path) -> None:
    gold = json.loads((ROOT / "data" / "gold" / "real" / "dev" / "ChinaXiv-201712.01385V1.json").read_text("utf-8"))
    aligned = [align(" ".join(r["raw"].split()), r) for r in gold["references"]]
    assert sum(a is not None for a in aligned) >= 0.9 * len(aligned)


def test_fields_from_spans_repairs_what_the_labeller_leaves_unlabelled() -> None:
    from npf_graph.extract.refparse.fields import fields_from_spans

    raw = "Zhu, K. X. , and Z. Z. Zhou, 2012 , “Lock-in strategy”, *Information Systems Research* , 23 (2) : 536 - 545."
    ref = fields_from_spans(raw, [(17, 27, "author"), (29, 33, "year"), (37, 53, "title")])
    assert ref.authors == ["Zhu, K. X.", "Zhou, Z. Z."]  # the second inverted like the first
    raw = (
        "Duc, N. A., 2017, “Coopetition”, *International Conference of Software Business. Springer, Cham* , 146 - 160."
    )
    start = raw.index("Springer")
    ref = fields_from_spans(raw, [(0, 10, "author"), (12, 16, "year"), (start, start + 8, "publisher")])
    assert (ref.publisher, ref.place) == ("Springer", "Cham")
    raw = "Guo,J.,Fu,M.,Liu,D.,Zhang,B. (2020). Is the psychological impact stronger? Child Abuse and Neglect, 110(2)."
    start = raw.index("Liu")
    leading = fields_from_spans(raw, [(start, start + 6, "author"), (start + 7, start + 15, "author")])
    assert leading.authors == ["Guo,J.", "Fu,M.", "Liu,D.", "Zhang,B."]  # the names left before the first labelled
    raw = "WHO. (2oo8). Task shifting. World Health Organization https://doi.0rg/10.1080/17441692.2011.552067"
    start = raw.index("2011")
    assert fields_from_spans(raw, [(0, 3, "author"), (start, start + 4, "year")]).year is None  # a link's digits
    raw = "[5] Snort Security Platform (SnortSP) 3.0 Beta http://www.snort.org/dl/snortsp,2007"
    start = raw.index("2007")
    assert fields_from_spans(raw, [(4, 28, "title"), (start, start + 4, "year")]).year == 2007  # after the link
    raw = "[10]韩方明．应允许中国安保公司武装作业．[EB/OL].http://www.rmzxb.com.cn/c/2015-11-25/633315.shtml,2015-11-25"
    start = raw.index("2015")
    assert fields_from_spans(raw, [(4, 7, "author"), (start, start + 4, "year")]).year == 2015  # printed after it too
    plain = fields_from_spans("Title only", [(0, 10, "title")])
    assert plain.place is None and plain.authors == []
    raw = "39.刘炜.5G与智慧图书馆建设.中国图书馆学报.2019.45(5)"
    glued = fields_from_spans(raw, [(0, 3, "label"), (3, 5, "author"), (6, 8, "volume"), (8, 16, "title")])
    assert (glued.title, glued.volume) == ("5G与智慧图书馆建设", None)


def test_names_in_capitals_the_labeller_cut_short_and_a_code_whose_bracket_was_read_as_j() -> None:
    from npf_graph.extract.refparse.fields import fields_from_spans

    raw = "[13]ho CHIEN-CHUNG,HUANG PO-CHUN,KUO TEI-WEI, et al.A dram-flash index[C]// ICCD. Montreal：IEEE，2009."
    spans = [(0, 4, "label"), (4, 18, "author"), (19, 27, "author"), (28, 33, "author"), (33, 44, "author")]
    assert fields_from_spans(raw, spans).authors == ["ho CHIEN-CHUNG", "HUANG PO-CHUN", "KUO TEI-WEI"]
    spans = [(0, 4, "label"), (4, 18, "author"), (28, 33, "author"), (33, 44, "author")]  # 'HUANG PO-' unlabelled
    assert fields_from_spans(raw, spans).authors == ["ho CHIEN-CHUNG", "HUANG PO-CHUN", "KUO TEI-WEI"]
    raw = "[14]AL-SARAWI SAID F，ABBOTT DEREK，FRANZON PAUL D.A review of 3-D packaging technology[J]. IEEE T, 1998."
    title = raw.index("A review")
    spans = [(0, 4, "label"), (7, 20, "author"), (21, 33, "author"), (34, 46, "author"), (title, title + 36, "title")]
    assert fields_from_spans(raw, spans).authors == ["AL-SARAWI SAID F", "ABBOTT DEREK", "FRANZON PAUL D"]
    raw = "[7]中国新闻出版研究院.2013年新闻出版产业分析报告[OLJ.[2016-01-02].http://www.chuban.cc/t.html."
    ref = fields_from_spans(raw, [(0, 3, "label"), (3, 12, "author"), (13, 32, "title")])
    assert (ref.title, ref.type) == ("2013年新闻出版产业分析报告", "OL")
    # a place before '[s.n.]', its colon lost, left unlabelled
    raw = (
        "[4]THOMPSON S.Automatic inflight repair[C]//1st Disruption in Space Symposium．Washington[s.n.], 2005:287-296."
    )
    ref = fields_from_spans(raw, [(0, 3, "label"), (3, 13, "author"), (14, 39, "title")])
    assert ref.place == "Washington"


def test_a_code_opening_a_title_is_kept_with_it_however_the_labeller_cuts_it() -> None:
    from npf_graph.extract.refparse.fields import fields_from_spans

    raw = "39.刘炜.5G与智慧图书馆建设.中国图书馆学报.2019.45(5)"
    cuts = [  # the digit as a volume and the rest as an author; the digit unlabelled; the code inside the title
        [(0, 3, "label"), (3, 5, "author"), (6, 7, "volume"), (7, 16, "author"), (17, 24, "container")],
        [(0, 3, "label"), (3, 5, "author"), (7, 16, "author"), (17, 24, "container")],
        [(0, 3, "label"), (3, 5, "author"), (6, 16, "title"), (17, 24, "container")],
    ]
    for spans in cuts:
        ref = fields_from_spans(raw, spans)
        assert (ref.authors, ref.title, ref.volume, ref.container) == (
            ["刘炜"],
            "5G与智慧图书馆建设",
            None,
            "中国图书馆学报",
        )
    raw = "[3]王伟.3D打印产业发展研究[J].科技管理研究,2016,36(5):1-5."
    ref = fields_from_spans(raw, [(0, 3, "label"), (3, 5, "author"), (6, 7, "volume"), (7, 16, "title")])
    assert (ref.title, ref.volume) == ("3D打印产业发展研究", None)
    raw = "[4]李明.2019年中国经济发展报告[M].北京:人民出版社,2019."
    ref = fields_from_spans(raw, [(0, 3, "label"), (3, 5, "author"), (6, 19, "title")])
    assert ref.title == "2019年中国经济发展报告"  # a year is no code: nothing moves


def test_a_quoted_title_the_labeller_left_unlabelled_is_the_title() -> None:
    from npf_graph.extract.refparse.fields import fields_from_spans

    raw = "Zhu, K. X. , and Z. Z. Zhou, 2012 , “ Lock-in strategy in software competition”, *Information Systems Research* , 23 (2) : 536 - 545."
    start = raw.index("Information")
    ref = fields_from_spans(raw, [(0, 10, "author"), (start, start + 28, "container")])
    assert ref.title == "Lock-in strategy in software competition"
    assert fields_from_spans("王涛，2023：《开源社区治理》，《软件学报》第2期。", []).title == "开源社区治理"


def test_a_surname_after_initials_and_trailing_pages_the_labeller_left_unlabelled() -> None:
    from npf_graph.extract.refparse.fields import fields_from_spans

    raw = "Zhu, K. X. , and Z. Z. Zhou, 2012 , “Lock-in strategy”, *Information Systems Research* , 23 (2) : 536 - 545."
    spans = [
        (0, 10, "author"),
        (17, 22, "author"),
        (29, 33, "year"),
        (raw.index("Information"), raw.index("* ,"), "container"),
    ]
    ref = fields_from_spans(raw, spans)
    assert ref.authors == ["Zhu, K. X.", "Zhou, Z. Z."]
    assert ref.pages == "536-545"


def test_names_printed_initials_first_are_one_author_each_whatever_the_labeller_joined_or_left_out() -> None:
    from npf_graph.extract.refparse.fields import fields_from_spans

    def span(raw: str, text: str, field: str) -> tuple[int, int, str]:
        return raw.index(text), raw.index(text) + len(text), field

    raw = '[8] A. Singh, W.J. Daly, A.K. Gupta, B. Towles,"GOAL: a load-balanced adaptive routing algorithm," 2003.'
    spans = [span(raw, "[8]", "label"), span(raw, "A. Singh", "author"), span(raw, "Daly, A.K. Gupta", "author")]
    assert fields_from_spans(raw, spans).authors == ["A. Singh", "W.J. Daly", "A.K. Gupta"]
    raw = (
        "[6] D.R.Fan,N. Yuan,J. C. Zhang,Y.B. Zhou, G P.Long, and L.Liu,“Godson-T: An Efficient Many-Core Architecture”"
    )
    spans = [span(raw, "[6]", "label"), span(raw, "J. C. Zhang", "author"), span(raw, "Long, and L.Liu", "author")]
    assert fields_from_spans(raw, spans).authors == [
        "D.R.Fan",
        "N. Yuan",
        "J. C. Zhang",
        "Y.B. Zhou",
        "G P.Long",
        "L.Liu",
    ]
    raw = "[5] J. Liou,K. Cheng, S. Kundu,et al.Fast statistical timing analysis, 2001."
    spans = [span(raw, "J. Liou", "author"), span(raw, "S. Kundu,et al.", "author")]
    assert fields_from_spans(raw, spans).authors == ["J. Liou", "K. Cheng", "S. Kundu"]
    # names printed family first keep the labeller's reading
    raw = "[12]Li Zhong,Yuan Jinsha,Zhang Weihua.Fuzzy C-mean algorithm[J].Fuzzy Systems,2010."
    spans = [span(raw, "Li Zhong", "author"), span(raw, "Yuan Jinsha", "author"), span(raw, "Zhang Weihua", "author")]
    assert fields_from_spans(raw, spans).authors == ["Li Zhong", "Yuan Jinsha", "Zhang Weihua"]
    raw = "Clark，J.K.，Thiem，K.C.，& Habashi，M. M. (2017)．Gender stereotypes."
    spans = [
        span(raw, "Clark，J.K.", "author"),
        span(raw, "Thiem，K.C.", "author"),
        span(raw, "Habashi，M. M.", "author"),
    ]
    assert fields_from_spans(raw, spans).authors == ["Clark，J.K.", "Thiem，K.C.", "Habashi，M. M."]


def test_a_first_name_after_a_line_number_and_a_body_before_the_year_the_labeller_left_unlabelled() -> None:
    from npf_graph.extract.refparse.fields import fields_from_spans

    raw = "60 Liu,Z., Wang,Y.,& Guo,C.(2019). Investigating item recognition in associative memory."
    spans = [(11, 18, "author"), (21, 27, "author"), (28, 32, "year"), (35, 89, "title")]
    assert fields_from_spans(raw, spans).authors == ["Liu,Z.", "Wang,Y.", "Guo,C."]
    raw = "OECD (2003).The PISA 2003 assessment framework. Paris: OECD Publishing."
    spans = [(6, 10, "year"), (12, 46, "title"), (48, 53, "place"), (55, 70, "publisher")]
    assert fields_from_spans(raw, spans).authors == ["OECD"]
    # a body is taken only where no author is labelled, and only before the year
    spans = [(12, 46, "title"), (48, 53, "place")]
    assert fields_from_spans(raw, spans).authors == []
    # an initial without its stop: 'Hu,Y' before the first labelled author, 'Zhao, J' before the year
    raw = "Hu,Y,Allen,R.J.,&Hitch,G.J.(2016).Executive control of attention. Attention,78(7),2164-2175."
    spans = [(5, 15, "author"), (17, 27, "author"), (28, 32, "year"), (34, 64, "title")]
    assert fields_from_spans(raw, spans).authors == ["Hu,Y", "Allen,R.J.", "Hitch,G.J."]
    raw = "Zhao, J (2019). Skills of visual attention. Journal of Vision,1(2),1-9."
    spans = [(9, 13, "year"), (16, 42, "title")]
    assert fields_from_spans(raw, spans).authors == ["Zhao, J"]
    # a body of a few words or an acronym, its full stop before the year
    raw = "[4] World Bank.2020. World Development Indicators.https://databank.worldbank.org/"
    year = raw.index("2020")
    assert fields_from_spans(raw, [(year, year + 4, "year"), (year + 6, year + 35, "title")]).authors == ["World Bank"]
    raw = "[3] UNCTAD. 2019b. Digital Economy Report 2019. Geneva: United Nations."
    year = raw.index("2019")
    assert fields_from_spans(raw, [(year, year + 5, "year"), (year + 7, year + 35, "title")]).authors == ["UNCTAD"]
    raw = "[1] the annual report of 2012. 2013. A report."  # not a body: words in lower case
    year = raw.index("2013")
    assert fields_from_spans(raw, [(year, year + 4, "year")]).authors == []


@pytest.mark.parametrize(
    ("raw", "title", "authors"),
    [
        ("[9］古汉语分词器，甲言，https://github.com/jiaeyan/Jiayan", "古汉语分词器，甲言", []),
        ("[12]汉语古典文本数据库 https://github.com/mahavivo/scripta-sinica", "汉语古典文本数据库", []),
        ("[3] Apache Spark. http://spark.apache.org/", "Apache Spark", []),
        ("[12]中国科学院物理研究所，http://hre.iphy.ac.cn/ability/rjcwds.asp", None, ["中国科学院物理研究所"]),
        ("[5] World Bank. http://data.worldbank.org/", None, ["World Bank"]),
    ],
)
def test_a_web_entry_naming_only_its_site_or_tool(raw: str, title: str | None, authors: list[str]) -> None:
    parsed = parse_with_model(raw)
    assert parsed is not None
    assert (parsed.title, parsed.authors) == (title, authors)


def test_apa_names_the_labeller_cut_from_their_initials_or_ran_together() -> None:
    from npf_graph.extract.refparse.fields import fields_from_spans

    raw = "Zijlstra,F.R.H.,& Van Doornen,L.P.(2003). Receiving instrumental support. Work & Stress, 17(1), 1-9."
    start, year = raw.index("Van"), raw.index("2003")
    spans = [(0, 15, "author"), (start, start + 11, "author"), (year, year + 4, "year")]
    assert fields_from_spans(raw, spans).authors == ["Zijlstra,F.R.H.", "Van Doornen,L.P."]  # initials unlabelled
    raw = "Asparouhov,T.,& Muthen,Bengt O. (2007).Deciding on the number of classes. Structural Equation Modeling."
    start, given, year = raw.index("Muthen"), raw.index("Bengt"), raw.index("2007")
    spans = [(0, 13, "author"), (start, start + 6, "author"), (given, given + 7, "author"), (year, year + 4, "year")]
    assert fields_from_spans(raw, spans).authors == ["Asparouhov,T.", "Muthen,Bengt O."]  # labelled as a name
    raw = "Mahar,S.,Wright,P.D.Bretthauer,K.M.,&HillR.P.(2014).Optimizing marketer costs. Journal of Marketing."
    end = raw.index(",&")
    spans = [(0, 8, "author"), (9, end, "author"), (raw.index("(2014") + 1, raw.index("(2014") + 5, "year")]
    assert fields_from_spans(raw, spans).authors == ["Mahar,S.", "Wright,P.D.", "Bretthauer,K.M."]
    raw = "Li Xiao, Zhang Ke, Foh CH, et al. SSthreshless start[J]. IEEE Network, 2013, 27(4): 1-9."
    spans = [(0, 7, "author"), (9, 17, "author"), (19, 25, "author")]
    assert fields_from_spans(raw, spans).authors == ["Li Xiao", "Zhang Ke", "Foh CH"]  # not inverted: untouched


def test_a_first_name_in_capitals_before_its_initials_the_labeller_left_unlabelled() -> None:
    from npf_graph.extract.refparse.fields import fields_from_spans

    raw = "MA XG, ZHAO C, LIANG QL, et al., 2013. Bupleurum baimaense (Apiaceae), a new species[J]. Ann Bot Fen."
    spans = [(7, 13, "author"), (15, 23, "author"), (34, 38, "year"), (40, 85, "title")]
    assert fields_from_spans(raw, spans).authors == ["MA XG", "ZHAO C", "LIANG QL"]
    parsed = parse_with_model("WANG WC, TAMURA M, GILBERT MG, 2001. Oxygraphis Bunge[M]. Beijing: Science Press.")
    assert parsed is not None and parsed.authors[:1] == ["WANG WC"]


def test_a_number_in_brackets_after_the_year_that_ends_an_entry_is_its_issue_not_its_pages() -> None:
    from npf_graph.extract.refparse.fields import fields_from_spans

    raw = "[16]李新胜．深空地基探测雷达的发展现状与建议[J].现代雷达,2017(8)."
    year = raw.index("2017")
    ref = fields_from_spans(raw, [(year, year + 4, "year"), (year + 5, year + 6, "pages")])
    assert (ref.issue, ref.pages) == ("8", None)
    raw = "[2]李斌.管道机器人的设计[J].机械工程学报，2009,45(1):12-18."  # pages printed: kept
    start = raw.index("12-18")
    assert fields_from_spans(raw, [(start, start + 5, "pages")]).pages == "12-18"
