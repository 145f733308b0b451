"""The `npf-graph` command line. Commands are thin: parse options, call the library, print."""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import Annotated

import typer

from npf_graph.errors import NpfError, one_line

app = typer.Typer(
    help="Turn Chinese policy and economics literature on 新质生产力 into a citation-and-claims graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
state = {"debug": False}
StoreOption = Annotated[
    str, typer.Option("--store", help="The store: a folder made by `build`, or a SPARQL endpoint URL.")
]


@app.callback()
def main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False) -> None:
    state["debug"] = debug


def open_cli_store(location: str):
    """The store named on the command line: a folder made by `build`, or an endpoint URL."""
    from npf_graph.errors import StoreError
    from npf_graph.store import connect

    if not location.startswith(("http://", "https://")) and not Path(location).is_dir():
        raise StoreError("no store here; run `npf-graph build` first", location)
    return connect(location, read_only=True)


PARTIAL = 3
"""Exit status when some inputs failed and the others were processed (1: the command failed)."""


def fail(exc: Exception) -> None:
    if state["debug"]:
        raise exc
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(1)


def report(exc: NpfError) -> None:
    """One `error: [code] message (file)` line for one input; with --debug, its traceback too."""
    typer.echo(f"error: {exc}", err=True)
    if state["debug"]:
        cause = exc.__cause__ or exc
        typer.echo("".join(traceback.format_exception(cause)), err=True, nl=False)


LOAD_WARNINGS = ("pdf", "decode_repaired")


def warn_loading(rec) -> None:
    """What went wrong while reading a file (a repaired PDF, replaced bytes), one line each."""
    for w in rec.warnings:
        if w.code in LOAD_WARNINGS:
            code = "pdf" if w.code == "pdf" else "decode"
            typer.echo(f"warning: [{code}] {one_line(w.message)} ({one_line(rec.source.path)})", err=True)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Documents (.txt .md .html .pdf) or folders.")],
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="Write one record per line here.")] = None,
) -> None:
    """Extract document records (the JSON contract) from files.

    Example: npf-graph extract data/corpus/*.txt --jsonl out.jsonl
    With one file and no --jsonl, prints the record as pretty JSON. A file that fails gets one
    error line and the others go on; the exit status is then 3.
    """
    from npf_graph.pipeline import expand_paths, extract_many

    paths = expand_paths(files)
    failed = 0
    records = []
    for _path, rec in extract_many(paths):
        if isinstance(rec, NpfError):
            report(rec)
            failed += 1
            continue
        warn_loading(rec)
        records.append(rec)
    if jsonl:
        tmp = jsonl.with_suffix(jsonl.suffix + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec.model_dump(mode="json"), ensure_ascii=False) + "\n")
        tmp.replace(jsonl)
    elif len(paths) == 1 and records:
        typer.echo(json.dumps(records[0].model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        for rec in records:
            typer.echo(json.dumps(rec.model_dump(mode="json"), ensure_ascii=False))
    if failed:
        raise typer.Exit(PARTIAL)


@app.command()
def build(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (default: data/corpus).")] = None,
    out: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("out"),
    store: Annotated[
        str | None, typer.Option("--store", help="Write the triples here instead of OUT/store (folder or URL).")
    ] = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Drop the documents built before whose files are not among PATHS.")
    ] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extract in this many worker processes.")] = 1,
    executor: Annotated[
        str,
        typer.Option(
            "--executor", help="Where extraction runs: processes (this machine), dask or ray (a cluster; an extra)."
        ),
    ] = "processes",
    address: Annotated[
        str | None,
        typer.Option("--address", help="The Dask scheduler or Ray cluster to join (default: a local one of --jobs)."),
    ] = None,
    timings: Annotated[
        Path | None, typer.Option("--timings", help="Write the seconds spent in each phase to this JSON file.")
    ] = None,
) -> None:
    """Build the knowledge graph: records.jsonl, dataset/ (TriG), an Oxigraph store and graph.html.

    Example: npf-graph build data/corpus --out out
    On a cluster: npf-graph build papers/ --executor dask --address tcp://scheduler:8786 --store http://db:7878
    Unchanged files (same sha256) are skipped; changed ones replace their named graph; documents
    built before stay unless --prune (or `npf-graph remove`). A file that fails gets one error
    line and the others go on (exit status 3); when every file fails, nothing changes.
    """
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import Progress
    from rich.table import Table

    from npf_graph.build import build as run_build
    from npf_graph.pipeline import expand_paths
    from npf_graph.terminal import printable

    console = Console(stderr=True)
    inputs = [str(p) for p in (paths or [Path("data/corpus")])]
    try:
        total = len(expand_paths(inputs))
        with Progress(console=console, transient=True, disable=total < 2) as bar:
            task = bar.add_task("extracting", total=total)

            def tick(path: Path) -> None:
                bar.update(task, advance=1, description=escape(printable(path.name)[:40]))

            result = run_build(
                inputs, out, tick, store_location=store, prune=prune, jobs=jobs, executor=executor, address=address
            )
    except NpfError as exc:
        fail(exc)
        return
    for _path, exc in result.errors:
        report(exc)
    for rec in result.each_record() if result.extracted else []:
        if rec.id in result.extracted:
            warn_loading(rec)
    if timings is not None:
        write_timings(timings, result)
    if result.errors and not result.rebuilt + result.skipped + result.copies:
        typer.echo("every input failed; the graph in the output folder is unchanged")
        raise typer.Exit(PARTIAL)
    table = Table(title="npf-graph build")
    for col in result.summary:
        table.add_column(col, justify="right")
    table.add_row(*(str(n) for n in result.summary.values()))
    Console(width=max(Console().width, 110)).print(table)
    removed = f", removed {result.removed}" if result.removed else ""
    copies = f", copies {result.copies}" if result.copies else ""
    typer.echo(
        f"rebuilt {result.rebuilt}, unchanged {result.skipped}, failed {len(result.errors)}{copies}{removed}; "
        f"{result.triples} triples"
    )
    for name, path in result.paths.items():
        typer.echo(f"{name:8} {store if name == 'store' and store else path}")
    for name, size in result.views.items():
        if name != "papers":
            typer.echo(f"{name:8} {size['path']}")
    deferred = result.views.get("reader pages", {}).get("deferred", 0)
    if deferred:
        typer.echo(f"reader pages: {deferred} not made by this build; `npf-graph view --all` makes them")
    elif not result.views_current:
        typer.echo("views    left as they were (few documents changed); `npf-graph view --all` rewrites them")
    if result.errors:
        raise typer.Exit(PARTIAL)


def write_timings(path: Path, result) -> None:
    """The phases of a build, in seconds and as shares of the whole, with its counts."""
    total = sum(result.timings.values()) or 1.0
    path.write_text(
        json.dumps(
            {
                "phases": result.timings,
                "shares": {k: round(v / total, 3) for k, v in result.timings.items()},
                "triples": result.triples,
                "documents": result.summary.get("documents", 0),
                "rebuilt": result.rebuilt,
                "skipped": result.skipped,
                "failed": len(result.errors),
            }
        ),
        encoding="utf-8",
    )


# the other commands register themselves on `app`
from npf_graph.cli import eval_cmds, output_cmds, store_cmds  # noqa: E402

__all__ = ["app", "eval_cmds", "output_cmds", "store_cmds"]


def run() -> None:  # pragma: no cover - console entry for `python -m npf_graph`
    app(prog_name="npf-graph")
    sys.exit(0)
