"""`npf-graph eval`: score extraction against gold documents, reference-string sets, and sweep corpora."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from npf_graph.cli.main import app

eval_app = typer.Typer(
    help="Score extraction: gold documents, labelled reference strings, robustness sweeps.\n\n"
    "Example: npf-graph eval refs ../shared/eval/refstrings/*.jsonl",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")
JsonOption = Annotated[Path | None, typer.Option("--json", help="Also write the full report as JSON here.")]


def _write_json(path: Path | None, report: Any) -> None:
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def _fmt(v: Any) -> str:
    if isinstance(v, dict) and "f1" in v:
        return f"P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f} ({v['tp']}/{v['gold']})"
    if isinstance(v, float):
        return f"{v:.4f}"
    return "—" if v is None else str(v)


@eval_app.command("docs")
def eval_docs(
    gold: Annotated[list[Path], typer.Argument(help="Folders of gold JSON files (docs/evaluation.md).")],
    sources: Annotated[Path, typer.Option("--sources", help="Folder holding the annotated source files.")],
    json_out: JsonOption = None,
    per_doc: Annotated[bool, typer.Option("--per-doc", help="One line per document too.")] = False,
    leave_out: Annotated[
        Path | None,
        typer.Option(
            "--leave-out",
            help="A file naming gold files to leave out, one a line: the reference labeller's training list "
            "(training/gold-train.txt) scores only the papers it was not trained on.",
        ),
    ] = None,
) -> None:
    """Extract the annotated documents and score them: front page, references, citation markers, spans.

    Example: npf-graph eval docs data/gold/real/dev --sources ../shared/corpora/chinaxiv-dev
    """
    from rich.console import Console
    from rich.table import Table

    from npf_graph.evaluation.corpus import score_gold_folder

    skip = frozenset(leave_out.read_text(encoding="utf-8").split()) if leave_out else frozenset()
    reports = {str(g): score_gold_folder(g, sources, skip) for g in gold}
    table = Table(title="extraction against gold")
    table.add_column("measure")
    for g in gold:
        table.add_column(g.name)
    keys = [k for k in next(iter(reports.values()))["summary"] if k != "ref_fields"]
    for key in keys:
        table.add_row(key, *(_fmt(r["summary"][key]) for r in reports.values()))
    for name in sorted({f for r in reports.values() for f in r["summary"]["ref_fields"]}):
        table.add_row(f"  ref.{name}", *(_fmt(r["summary"]["ref_fields"].get(name)) for r in reports.values()))
    Console(width=160).print(table)
    if per_doc:
        for r in reports.values():
            for name, d in r["documents"].items():
                typer.echo(
                    f"{name}: title={d.get('title')} authors={_fmt(d.get('authors'))} "
                    f"refs={_fmt(d.get('references'))} fields={d.get('ref_field_acc')} "
                    f"markers={_fmt(d.get('markers'))} {d.get('error', '')}"
                )
    _write_json(json_out, reports)


@eval_app.command("refs")
def eval_refs(
    sets: Annotated[list[Path], typer.Argument(help="JSONL files: one {raw, fields} object a line.")],
    json_out: JsonOption = None,
) -> None:
    """Parse labelled reference strings and score the fields.

    Example: npf-graph eval refs ../shared/eval/refstrings/*.jsonl
    """
    from npf_graph.evaluation.refstrings import evaluate_set

    reports = [evaluate_set(s) for s in sets]
    for r in reports:
        fields = " ".join(f"{k}={v}" for k, v in r["per_field"].items())
        typer.echo(
            f"{r['set']:32} n={r['n']:4} field_acc={_fmt(r['field_acc'])} "
            f"precision={_fmt(r['field_precision'])} exact={_fmt(r['exact_match'])}  {fields}"
        )
    _write_json(json_out, reports)


@eval_app.command("robust")
def eval_robust(
    corpus: Annotated[Path, typer.Argument(help="A folder of documents or a .tar.xz archive of them.")],
    limit: Annotated[int | None, typer.Option("--limit", help="Stop after this many documents.")] = None,
    json_out: JsonOption = None,
) -> None:
    """Extract every document of a corpus; report crashes, time and what was found.

    Example: npf-graph eval robust ../shared/corpora/chinaxiv-scale.tar.xz
    """
    from npf_graph.cli.main import state
    from npf_graph.evaluation.corpus import robustness_sweep

    report = robustness_sweep(corpus, limit=limit, show_tracebacks=state["debug"])
    for key, value in report.items():
        if key == "crash_examples":
            for line in value:
                typer.echo(f"  crash: {line}")
        else:
            typer.echo(f"{key:18} {value}")
    _write_json(json_out, report)
    if report["crashes"]:
        raise typer.Exit(3)
