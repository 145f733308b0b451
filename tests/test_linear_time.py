"""Extraction time grows linearly with adversarial runs inside one sentence.

Each case is timed at n and 10·n characters in the same test; a linear stage takes about ten
times as long, a quadratic one a hundred. No absolute time is asserted; the process's own CPU
time is measured (best of several runs), so other work on the machine does not skew the ratio."""

import time

import pytest

from npf_graph.extract.numbers import find_figures
from npf_graph.ingest.load import load_bytes
from npf_graph.pipeline import STAGES, run

CASES = {
    "digit run": lambda n: "新质生产力的规模是" + "1" * n + "亿元。",
    "ranges": lambda n: "增长" + "50%～60%，" * (n // 8) + "。",
    "figures with units": lambda n: "其中" + "3个5家" * (n // 6) + "。",
    "bracket markers": lambda n: "新质生产力的研究" + "[1]" * (n // 3) + "。",
    "circled markers": lambda n: "新质生产力的研究" + "①" * n + "。",
    "superscripts": lambda n: "新质生产力的研究" + "²，" * (n // 2) + "。",
    "indexed code": lambda n: "新质生产力的研究" + "sys.argv[1],x[2])" * (n // 17) + "。",
    "years": lambda n: "截至" + "2023年6月" * (n // 7) + "增长5%。",
    "whitespace": lambda n: "新质生产力" + " " * n + "增长了5%。",
}


def _seconds(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def _ratio(make, small: int, big: int) -> float:
    """CPU time of the call `make(big)` returns over that of `make(small)`, after a warm-up."""
    make(100)()
    return _seconds(make(big), 2) / _seconds(make(small), 3)


def growth(make, stages, n: int = 10_000) -> float:
    def doc(size):
        text = "新质生产力研究\n\n" + make(size) + "\n"
        src = load_bytes(text.encode("utf-8"), "x.txt")
        return lambda: run(src, stages=stages, budget=None)

    doc(1000)()  # warm caches (ontology, jieba) before timing
    return _seconds(doc(10 * n), 2) / _seconds(doc(n), 3)


@pytest.mark.parametrize("case", list(CASES))
def test_pipeline_time_grows_linearly(case):
    assert growth(CASES[case], STAGES) < 25


@pytest.mark.parametrize("case", ["digit run", "ranges", "figures with units", "years"])
def test_find_figures_grows_linearly(case):
    small, big = CASES[case](20_000), CASES[case](200_000)
    find_figures(small)
    assert _seconds(lambda: find_figures(big), 2) / _seconds(lambda: find_figures(small), 3) < 25


@pytest.mark.parametrize("run_of", ["内科", "科", "内科，", "内科'"])
def test_units_read_by_department_grow_linearly(run_of):
    """'…医院'超声科，肝胆外科': a hospital's departments are read in one pass, however many the run holds."""
    from npf_graph.extract.affiliations import affiliation_units

    def units(n):
        text = "某某市人民医院'" + run_of * n + "未完的一段文字"  # no department ends it: no reading fits
        return lambda: affiliation_units(text)

    assert _ratio(units, 500, 5_000) < 25


@pytest.mark.parametrize("run_of", ["错误!未找到引用源。", "式错误！未找到引用源。、", "、 ", "$\\sim$"])
def test_broken_cross_references_are_read_in_one_pass(run_of):
    """'式错误!…、错误!…': each message looks back over a bounded stretch only, however long the run."""
    from npf_graph.extract.field_errors import field_error_markers

    def markers(n):
        text = "已有研究" + run_of * n + "错误!未找到引用源。"
        return lambda: list(field_error_markers(text))

    assert _ratio(markers, 500, 5_000) < 25


@pytest.mark.parametrize("run_of", ["<table>", "<table><tr><td>A Study</td></tr>", "</table>"])
def test_tables_read_for_the_english_title_in_one_pass(run_of):
    """Tables of one column are set out as lines in one pass, however many tables stay unclosed."""
    from npf_graph.extract.english_title import english_title

    def title(n):
        text = run_of * n + "</table>\nAbstract: text.\n"
        return lambda: english_title(text)

    assert _ratio(title, 2_000, 20_000) < 25


@pytest.mark.parametrize("run_of", ["价值]。", "价值[，", "地貌[-]、"])
def test_damaged_markers_grow_linearly(run_of):
    """Brackets left alone by the conversion, thousands on one line, are read in one pass each."""
    from npf_graph.extract.markers import damaged_markers

    def found(n):
        text = "新质生产力的研究表明，" + run_of * n + "。"
        return lambda: list(damaged_markers(text, 20))

    assert _ratio(found, 2_000, 20_000) < 25


@pytest.mark.parametrize("run_of", ["Wanqiong1 ", "Ye xinchen1,", "Zhang", "Wang1, Ye"])
def test_a_byline_of_marked_names_is_read_in_linear_time(run_of):
    """'Wanqiong1, Ye xinchen1, Tohtonur1, …': the pattern for a byline's line of marked names."""
    from npf_graph.extract.english_front_lines import NUMBERED_NAMES_RE

    small, big = run_of * 2_000, run_of * 20_000
    NUMBERED_NAMES_RE.findall(small)
    ratio = _seconds(lambda: NUMBERED_NAMES_RE.findall(big), 2) / _seconds(lambda: NUMBERED_NAMES_RE.findall(small), 3)
    assert ratio < 25


@pytest.mark.parametrize(
    "run_of",
    [
        "University ",
        "Laboratory, ",
        "Key Laboratory of ",
        "HEIZAT1,2,",
        "Science,Beijing ",
        "Antenna DUAN ",
        "ZHANG Yan,",
    ],
)
def test_a_long_line_of_units_over_the_abstract_is_read_in_linear_time(run_of):
    """A line of units' words (or marked names) thousands long over 'Abstract:', walked up for the English title."""
    from npf_graph.extract.english_title import english_title

    def title(n):
        text = "正文。\n\n" + run_of * n + "\n\nAbstract: text.\n"
        return lambda: english_title(text)

    assert _ratio(title, 2_000, 20_000) < 25


@pytest.mark.parametrize(
    "entry",
    [
        "张三，李四.新质生产力研究[J].经济研究,2010,1(2):{k}-4.",
        "WANG Z L, LI H.Innovation[J].Research Policy,2019,4(1):{k}-9.\n",
    ],
)
def test_entries_glued_after_one_label_are_cut_in_one_pass(entry):
    """Thousands of entries run on after one label, each cut off where the next one's names begin."""
    from npf_graph.extract.glued_entries import Entry, glued_unlabelled

    def cut(n):
        text = "[1]" + "".join(entry.format(k=k) for k in range(n))
        return lambda: glued_unlabelled(text, Entry(0, len(text), "1"))

    assert len(cut(3_000)()) == 3_000
    assert _seconds(cut(3_000), 2) / _seconds(cut(300), 3) < 25


@pytest.mark.parametrize("run_of", ["[1]王拥军.题名[M].2004.\n（下转431页）\n", "（下转1页）\n[2]李.题名[J].2014.\n"])
def test_a_list_full_of_page_jumps_is_read_in_linear_time(run_of):
    """Jumps to later pages on thousands of the list's lines, with no page taking the article up."""
    from npf_graph.extract.reflist import find_list

    def found(n):
        text = "正文[1]。\n\n# 参考文献：\n\n" + run_of * n
        return lambda: find_list(text)

    assert _ratio(found, 500, 5_000) < 25


@pytest.mark.parametrize(
    "run_of", ["表4对比结果\n", "<html><table><tr><td>文献[2]</td></tr>", "![](images/a.jpg)\n", "</html>\n"]
)
def test_floats_between_the_heading_and_entry_one_are_passed_in_linear_time(run_of):
    from npf_graph.extract.reflist import find_list

    def found(n):
        text = "正文[1]。\n\n# 参考文献：\n\n" + run_of * n + "\n[1]张三.题名[J].刊名,2019,1(2):3-4.\n"
        return lambda: find_list(text)

    assert _ratio(found, 500, 5_000) < 25


@pytest.mark.parametrize("run_of", ["[目的]研究。\n", "摘要：\n", "# 摘要\n\n", "Abstract:\n"])
def test_abstracts_under_labels_alone_are_read_in_linear_time(run_of):
    from npf_graph.extract.frontmatter import _block_under_label

    def block(n):
        text = "# 题名\n\n摘要：\n\n" + run_of * n
        return lambda: (_block_under_label(text, "abstract"), _block_under_label(text, "abstract_en"))

    assert _ratio(block, 2_000, 20_000) < 25


@pytest.mark.parametrize("run_of", ["2\\~5", "1", "2-", "3,"])
def test_a_closing_bracket_read_as_one_is_found_in_linear_time(run_of):
    from npf_graph.extract.label_numbers import close_read_as_one

    def read(n):
        body = run_of * n + "1"
        return lambda: close_read_as_one(body)

    assert _ratio(read, 2_000, 20_000) < 25


@pytest.mark.parametrize("run_of", ["一", "智库一", "的实践探索一", "一以"])
def test_a_title_with_runs_of_yi_is_split_in_linear_time(run_of):
    from npf_graph.extract.metadata import _split_subtitle

    def split(n):
        title = "发挥综合资源优势打造科技智库" + run_of * n + "的实践探索"
        return lambda: _split_subtitle(title)

    assert _ratio(split, 500, 5_000) < 25


@pytest.mark.parametrize("run_of", ["$^ { 1 0 } [ ]$ ", "7[", "2[]", "Wang Nan'a'", "大学a.学院,b."])
def test_damaged_labels_names_and_lettered_units_are_read_in_linear_time(run_of):
    from npf_graph.extract.affiliations import affiliation_units
    from npf_graph.extract.pinyin_names import english_pairs
    from npf_graph.extract.reflist import find_list

    def read(n):
        text = "正文[1]。\n\n# 参考文献：\n\n" + run_of * n + "\n"
        return lambda: (find_list(text), english_pairs(text), affiliation_units(run_of * n))

    assert _ratio(read, 500, 5_000) < 25


@pytest.mark.parametrize(
    "run_of", ["[3]张.题名[J].2019.\n", "119 ] ", "[1Sa ", "http://a.cn/b\n", "11．", "Guo,J.,", "doi.org/2011."]
)
def test_restarted_numbering_lost_labels_leading_names_and_links_are_read_in_linear_time(run_of):
    from npf_graph.extract.affiliations import affiliation_units
    from npf_graph.extract.reflist import find_list
    from npf_graph.extract.refparse.fields import fields_from_spans

    def read(n):
        text = (
            "正文[1]。\n\n# 参考文献：\n\n[1]李.题名[J].2019.\n[2]王.题名[J].2019.\n"
            + run_of * n
            + "\n[4]赵.题名[J].2019.\n"
        )
        raw = run_of * n + "Liu,D. (2020). Title. 2020"
        spans = [(len(raw) - 26, len(raw) - 20, "author"), (len(raw) - 4, len(raw), "year")]
        return lambda: (find_list(text), affiliation_units(run_of * n), fields_from_spans(raw, spans))

    assert _ratio(read, 500, 5_000) < 25


@pytest.mark.parametrize(
    "run_of",
    ["[6,20]、", "Rating=[7.6,8.9]&", "[2N,1]，", "2018 许为,2019a,", "李皓辰，", "稳定性好  \n", "究-X 机 "],
)
def test_chained_intervals_lost_separators_wrapped_abstracts_and_parted_titles_in_linear_time(run_of):
    from npf_graph.extract.citations import _group_items
    from npf_graph.extract.english_title import english_title
    from npf_graph.extract.frontmatter import _abstract_line
    from npf_graph.extract.frontpage import CORRESPONDING_INSIDE_RE
    from npf_graph.extract.markers import damaged_markers, no_citation
    from npf_graph.extract.metadata import _subtitle_by_english

    def read(n):
        text = "研究[1]。" + run_of * n + "[6,20]。"
        return lambda: (
            no_citation(text, len(text) - 7, len(text) - 1, "6,20", []),
            list(damaged_markers(text, 30)),
            _group_items(0, run_of * n),
            _abstract_line("4摘要：" + run_of * n),
            CORRESPONDING_INSIDE_RE.match(run_of * n + "通讯作者："),
            _subtitle_by_english(run_of * n, "A: B"),
            english_title("# Title\n\n" + run_of * n + " Institute Co., Ltd. Beijing 10028\n\nAbstract: x"),
        )

    assert _ratio(read, 500, 5_000) < 25


@pytest.mark.parametrize(
    "run_of", ["[1;", "1；3;", "\\% [ 1 ", "Age: Springer ", "Shute,V. ", "(2016-6-", "MA XG, ", "dela ", "词语"]
)
def test_semicolon_groups_shares_publishers_capital_names_particles_and_keyword_counts_in_linear_time(run_of):
    from npf_graph.extract.author_year import parse_names
    from npf_graph.extract.citations import NUMERIC_RE
    from npf_graph.extract.keyword_split import cut_to_count
    from npf_graph.extract.line_entries import line_entries
    from npf_graph.extract.markers import damaged_markers
    from npf_graph.extract.refparse.fields import LEADING_NAME_RE

    def read(n):
        text = "研究[1]。" + run_of * n + "]$ 。"
        listing = "Shute,V. (2011). Title. In A (Eds.)(pp.1-2). Place: Age " + run_of * n + "Wang,J. (2012). T.\n"
        return lambda: (
            list(NUMERIC_RE.finditer(text)),
            list(damaged_markers(text, 30)),
            line_entries(listing, 0, len(listing)),
            LEADING_NAME_RE.match(run_of * n),
            parse_names(run_of * (n // 50) + "等人", "2014"),
            cut_to_count(["研究" + run_of * (n // 50)], "正文", "", ["A b", "C d", "E f"]),
        )

    assert _ratio(read, 500, 5_000) < 25
