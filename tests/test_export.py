import json

import pytest
from helpers import corpus_file
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "out"
    build([corpus_file("000"), corpus_file("001")], out, view=False)
    return out / "store"


def export(store, fmt):
    result = runner.invoke(app, ["export", "--format", fmt, "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.output


def test_csl_json_lists_every_cited_work_with_ordered_authors(store):
    items = json.loads(export(store, "csl-json"))
    # the 27 listed works and the works the text names in 《》 (《资本论》, 《政府工作报告》 …)
    listed = [i for i in items if i["type"] != "document"]
    assert len(listed) == 27 and len(items) > 27
    assert {"两次全球大危机的比较研究", "政府工作报告"} <= {i["title"] for i in items}
    by_title = {i["title"]: i for i in items}
    dong = by_title["对新质生产力的投资能否推动制造业企业的数字化转型？"]
    assert [a["literal"] for a in dong["author"]] == ["董静", "吕孟丽", "孙传超", "谢韵典"]
    assert dong["container-title"] == "外国经济与管理" and dong["issued"] == {"date-parts": [[2024]]}
    august = next(i for i in items if i["title"].startswith("Competition among proprietary"))
    assert august["author"][1] == {"family": "Chen", "given": "W."}
    assert august["type"] == "article-journal" and august["page"] == "3041-3066"


def test_bibtex_and_ris(store):
    bib = export(store, "bibtex")
    n = len(json.loads(export(store, "csl-json")))
    assert bib.count("@") == n
    assert "author = {刘伟}" in bib and "pages = {14--29}" in bib
    ris = export(store, "ris")
    assert ris.count("TY  - ") == n and ris.count("ER  - ") == n
    assert "TY  - BOOK\nID  -" in ris and "PB  - 北京大学出版社" in ris


def test_export_without_a_store_is_one_line(tmp_path):
    result = runner.invoke(app, ["export", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output.strip().startswith("error: [store] no store here")


def test_parse_refs_keeps_line_order(tmp_path):
    lines = [
        "[1] 刘伟 . 新时代中国特色社会主义政治经济学探索 [M]. 北京：北京大学出版社，2021.",
        "",
        "胡晓鹏，2024：《新质生产力的颠覆技术基础：AI技术冲击与我国应对》，《上海经济研究》第10期。",
    ]
    path = tmp_path / "refs.txt"
    path.write_text("\n".join(lines) + "\n", encoding="gb18030")
    result = runner.invoke(app, ["parse-refs", str(path)])
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [r["title"] for r in out] == [
        "新时代中国特色社会主义政治经济学探索",
        None,
        "新质生产力的颠覆技术基础：AI技术冲击与我国应对",
    ]
    stdin = runner.invoke(app, ["parse-refs", "-"], input=lines[2] + "\n")
    assert json.loads(stdin.output)["container"] == "上海经济研究"
