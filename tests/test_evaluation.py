"""The scorers of `npf-graph eval`: against hand-made gold and on labelled reference strings."""

from __future__ import annotations

import json

from helpers import DEV_CORPUS, REAL_GOLD
from typer.testing import CliRunner

from npf_graph.cli.main import app
from npf_graph.evaluation.documents import ref_field_equal, score_document
from npf_graph.evaluation.matching import overlap_clusters
from npf_graph.evaluation.refstrings import score_set

GOLD = {
    "file": "x.md",
    "metadata": {
        "title": "发展新质生产力的历史逻辑",
        "authors": [{"name": "冯科", "affiliations": ["北京大学经济学院"]}, {"name": "张灵", "affiliations": []}],
        "keywords": ["新质生产力", "产业"],
    },
    "references": [
        {"id": "R1", "raw": "[1] 刘伟. 新时代政治经济学探索[M]. 北京: 北京大学出版社, 2021.", "span": [100, 140],
         "authors": ["刘伟"], "title": "新时代政治经济学探索", "year": 2021, "place": "北京",
         "publisher": "北京大学出版社", "type": "M"},
        {"id": "R2", "raw": "[2] 刘鹤. 两次全球大危机的比较[J]. 经济视野, 2020(6): 15-19.", "span": [141, 180],
         "authors": ["刘鹤"], "title": "两次全球大危机的比较", "container": "经济视野", "year": 2020, "issue": "6",
         "pages": "15-19", "type": "J"},
    ],
    "citations": [{"marker": "[1]", "span": [10, 13], "targets": ["R1"]}, {"marker": "[2]", "span": [20, 23], "targets": ["R2"]}],
}  # fmt: skip


def _pred(**changes: object) -> dict:
    pred = {
        "title": "发展新质生产力的历史逻辑",
        "authors": [{"name": "冯科", "affiliations": ["北京大学经济学院金融系"]}, {"name": "张灵", "affiliations": []}],
        "keywords": ["新质生产力", "产业"],
        "references": [{"id": "a", **{k: v for k, v in r.items() if k != "id"}} for r in GOLD["references"]],
        "citations": [
            {"marker": "[1]", "span": [10, 13], "reference_ids": ["a"]},
            {"marker": "[2]", "span": [20, 23], "reference_ids": []},
        ],
    }
    pred["references"][1]["id"] = "b"
    pred.update(changes)
    return pred


def test_a_faithful_record_scores_full_marks_where_it_is_right() -> None:
    s = score_document(GOLD, _pred(), "").summary()
    assert s["title"] == 1.0
    assert s["authors"]["f1"] == 1.0 and s["author_order"] == 1.0
    assert s["affiliations"] == 1.0  # the gold unit is inside the predicted one
    assert s["references"]["f1"] == 1.0 and s["ref_field_acc"] == 1.0 and s["ref_exact"] == 1.0
    assert s["markers"]["f1"] == 1.0
    assert s["links"]["r"] == 0.5  # the second marker was not linked


def test_errors_lower_the_right_figures() -> None:
    refs = _pred()["references"]
    refs[1] = {**refs[1], "title": "两次全球大危机", "year": 2021}
    s = score_document(GOLD, _pred(title="历史逻辑", authors=[{"name": "张灵"}], references=refs), "").summary()
    assert s["title"] == 0.0
    assert s["authors"]["p"] == 1.0 and s["authors"]["r"] == 0.5 and s["author_order"] == 0.0
    assert s["ref_fields"]["title"] == 0.5 and s["ref_fields"]["year"] == 0.5
    assert s["ref_exact"] == 0.5


def test_classification_codes_compared_code_by_code_with_a_general_subdivision() -> None:
    gold = {**GOLD, "metadata": {**GOLD["metadata"], "clc": "TU-201；TU17"}}
    assert score_document(gold, _pred(clc=["TU-201", "TU17"]), "").summary()["clc"] == 1.0
    assert score_document(gold, _pred(clc=["TU17"]), "").summary()["clc"] == 0.0
    gold = {**GOLD, "metadata": {**GOLD["metadata"], "clc": "TP274+.2；P111.44"}}  # a further subdivision after '+'
    assert score_document(gold, _pred(clc=["TP274+.2", "P111.44"]), "").summary()["clc"] == 1.0
    assert score_document(gold, _pred(clc=["TP274", "P111.44"]), "").summary()["clc"] == 0.0


def test_a_subtitle_run_on_without_a_sign_is_right_either_way() -> None:
    name = "ChinaXiv-201711.01995V1"  # '# 引文元数据的自动发现和标注方法研究以外文引文为例' on one line
    source = (DEV_CORPUS / f"{name}.md").read_text(encoding="utf-8")
    whole = json.loads((REAL_GOLD / "dev" / f"{name}.json").read_text(encoding="utf-8"))
    split = _pred(title="引文元数据的自动发现和标注方法研究", subtitle="以外文引文为例")
    assert score_document(whole, split, source).summary()["title"] == 1.0
    gm = whole["metadata"]
    parted = {**whole, "metadata": {**gm, "title": "引文元数据的自动发现和标注方法研究", "title_span": [2, 19],
                                    "subtitle": "以外文引文为例", "subtitle_span": [19, 26]}}  # fmt: skip
    summary = score_document(parted, _pred(title=gm["title"]), source).summary()
    assert summary["title"] == summary["subtitle"] == 1.0
    on_its_line = source.replace("研究以外", "研究\n\n以外")  # a line break is a sign: the gold's split holds
    shifted = {**parted, "metadata": {**parted["metadata"], "subtitle_span": [21, 28]}}
    assert score_document(shifted, _pred(title=gm["title"]), on_its_line).summary()["title"] == 0.0
    assert (
        score_document(whole, _pred(title="引文元数据的自动发现", subtitle="和标注方法研究"), source).summary()["title"]
        == 0.0
    )
    no_opening = _pred(title="引文元数据的自动发现", subtitle="和标注方法研究以外文引文为例")
    assert score_document(whole, no_opening, source).summary()["title"] == 0.0  # no word that opens subtitles


def test_field_comparison_is_lenient_only_on_form() -> None:
    assert ref_field_equal("pages", "15-19", "15–19")
    assert ref_field_equal("issue", "06", "6")
    assert ref_field_equal("title", "《两次全球大危机》", "两次全球大危机")
    assert not ref_field_equal("authors", ["刘鹤", "张三"], ["刘鹤"])


def test_reference_sets_count_spurious_values() -> None:
    gold = [{"raw": "x", "fields": {"authors": ["刘鹤"], "title": "题名", "year": 2020, "volume": None}}]
    s = score_set(gold, [{"authors": ["刘鹤"], "title": "题名", "year": 2020, "volume": "3"}])
    assert s["field_acc"] == 1.0 and s["field_precision"] == 0.75 and s["exact_match"] == 1.0


def test_eval_docs_on_annotated_real_papers(tmp_path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("ChinaXiv-201711.01185V1.json", "ChinaXiv-201712.01385V1.json"):
        (gold / name).write_text((REAL_GOLD / "dev" / name).read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", "docs", str(gold), "--sources", str(DEV_CORPUS), "--json", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))[str(gold)]
    assert set(report["documents"]) == {"ChinaXiv-201711.01185V1.md", "ChinaXiv-201712.01385V1.md"}
    summary = report["summary"]
    assert summary["title"] == 1.0 and summary["span_validity"] == 1.0
    assert summary["authors"]["f1"] == 1.0
    assert summary["references"]["gold"] == 40 and summary["references"]["f1"] >= 0.95
    trained = tmp_path / "trained.txt"
    trained.write_text("ChinaXiv-201711.01185V1.json\n", encoding="utf-8")
    args = ["eval", "docs", str(gold), "--sources", str(DEV_CORPUS), "--leave-out", str(trained), "--json", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))[str(gold)]
    assert set(report["documents"]) == {"ChinaXiv-201712.01385V1.md"}  # only the paper not named in the list


def test_eval_docs_reads_the_annotated_sources_from_an_archive(tmp_path) -> None:
    import tarfile

    gold = tmp_path / "gold"
    gold.mkdir()
    name = "ChinaXiv-201711.01185V1"
    (gold / f"{name}.json").write_text((REAL_GOLD / "dev" / f"{name}.json").read_text(encoding="utf-8"), "utf-8")
    archive = tmp_path / "papers.tar.xz"
    with tarfile.open(archive, "w:xz") as tar:
        tar.add(DEV_CORPUS / f"{name}.md", arcname=f"papers/{name}.md")
        tar.add(DEV_CORPUS / "ChinaXiv-201712.01385V1.md", arcname="papers/ChinaXiv-201712.01385V1.md")
    (gold / "missing.json").write_text(json.dumps({"file": "absent.md", "metadata": {}}), "utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", "docs", str(gold), "--sources", str(archive), "--json", str(out)])
    assert result.exit_code == 0, result.output
    docs = json.loads(out.read_text(encoding="utf-8"))[str(gold)]["documents"]
    assert set(docs) == {f"{name}.md", "absent.md"}
    assert docs[f"{name}.md"]["title"] == 1.0 and docs[f"{name}.md"]["references"]["f1"] >= 0.95
    assert "absent.md is not in" in docs["absent.md"]["error"]


def test_markers_compared_at_the_coarser_granularity() -> None:
    # gold: one group marker and one item; predicted: two items inside the group, one at the item, one stray
    gold_ids, pred_ids = overlap_clusters([(10, 40), (60, 70)], [(10, 24), (26, 40), (60, 70), (90, 95)])
    assert gold_ids[0] == pred_ids[0] == pred_ids[1]
    assert gold_ids[1] == pred_ids[2] != gold_ids[0]
    assert pred_ids[3] not in gold_ids
    # touching spans are not one cluster
    gold_ids, pred_ids = overlap_clusters([(0, 5), (5, 9)], [(0, 5), (5, 9)])
    assert gold_ids == pred_ids and gold_ids[0] != gold_ids[1]
