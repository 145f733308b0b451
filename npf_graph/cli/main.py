"""The `npf-graph` command line. Commands are thin: parse options, call the library, print."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from npf_graph.errors import NpfError

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


def fail(exc: Exception) -> None:
    if state["debug"]:
        raise exc
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(1)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Documents (.txt .md .html .pdf) or folders.")],
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="Write one record per line here.")] = None,
) -> None:
    """Extract document records (the JSON contract) from files.

    Example: npf-graph extract data/corpus/*.txt --jsonl out.jsonl
    With one file and no --jsonl, prints the record as pretty JSON.
    """
    from npf_graph.pipeline import expand_paths, extract_many

    try:
        paths = expand_paths(files)
    except NpfError as exc:
        fail(exc)
        return
    failed = 0
    records = []
    for _path, rec in extract_many(paths):
        if isinstance(rec, Exception):
            typer.echo(f"error: {rec}", err=True)
            failed += 1
            continue
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
        raise typer.Exit(1)


@app.command()
def build(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (default: data/corpus).")] = None,
    out: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("out"),
    store: Annotated[
        str | None, typer.Option("--store", help="Write the triples here instead of OUT/store (folder or URL).")
    ] = None,
) -> None:
    """Build the knowledge graph: records.jsonl, graph.trig, an Oxigraph store and graph.html.

    Example: npf-graph build data/corpus --out out
    Unchanged files (same sha256) are skipped; changed ones replace their named graph.
    """
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from npf_graph.build import build as run_build
    from npf_graph.pipeline import expand_paths

    console = Console(stderr=True)
    inputs = [str(p) for p in (paths or [Path("data/corpus")])]
    try:
        total = len(expand_paths(inputs))
        with Progress(console=console, transient=True, disable=total < 2) as bar:
            task = bar.add_task("extracting", total=total)

            def tick(path: Path) -> None:
                bar.update(task, advance=1, description=path.name[:40])

            result = run_build(inputs, out, progress=tick, store_location=store)
    except NpfError as exc:
        fail(exc)
        return
    for _path, exc in result.errors:
        console.print(f"error: {exc}", style="red", highlight=False, markup=False)
    recs = result.records
    table = Table(title="npf-graph build")
    for col in (
        "documents",
        "authors",
        "references",
        "citations",
        "statistics",
        "claims",
        "concepts",
        "warnings",
    ):
        table.add_column(col, justify="right")
    table.add_row(
        str(len(recs)),
        str(sum(len(r.authors) for r in recs)),
        str(sum(len(r.references) for r in recs)),
        str(sum(len(r.citations) for r in recs)),
        str(sum(len(r.statistics) for r in recs)),
        str(sum(len(r.claims) for r in recs)),
        str(len({c.concept for r in recs for c in r.concepts})),
        str(sum(len(r.warnings) for r in recs)),
    )
    Console(width=max(Console().width, 110)).print(table)
    typer.echo(
        f"rebuilt {result.rebuilt}, unchanged {result.skipped}, failed {len(result.errors)}; {result.triples} triples"
    )
    for name, path in result.paths.items():
        typer.echo(f"{name:8} {store if name == 'store' and store else path}")
    for name, size in result.views.items():
        if name != "papers":
            typer.echo(f"{name:8} {size['path']}")
    if result.errors and not recs:
        raise typer.Exit(1)


@app.command()
def remove(
    documents: Annotated[list[str], typer.Argument(help="File names, paths, sha256 or record ids.")],
    out: Annotated[Path, typer.Option("--out", help="The output folder of `build`.")] = Path("out"),
) -> None:
    """Drop documents from a built graph (their named graphs, records and links).

    Example: npf-graph remove 004_26ab8cec2164e86e.txt
    """
    from npf_graph.build import remove as run_remove

    try:
        gone = run_remove(documents, out)
    except NpfError as exc:
        fail(exc)
        return
    for rec in gone:
        typer.echo(f"removed {rec.source.name} ({rec.id})")


@app.command()
def serve(
    store: Annotated[Path, typer.Option("--store", help="The store folder made by `build`.")] = Path("out/store"),
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 7878,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; loopback unless you mean otherwise.")
    ] = "127.0.0.1",
) -> None:
    """Serve the store as a read-only SPARQL endpoint (the Oxigraph server), for YASGUI or scripts.

    Example: npf-graph serve --port 7878   (then query http://127.0.0.1:7878/query)
    Queries see the union of all named graphs. Do not build into the same store while it is served.
    """
    import os
    import shutil
    import sys

    binary = Path(sys.executable).with_name("oxigraph")
    exe = str(binary) if binary.exists() else shutil.which("oxigraph")
    try:
        if not store.is_dir():
            raise NpfError("no store here; run `npf-graph build` first", str(store))
        if exe is None:
            raise NpfError("the oxigraph server is not installed (pip install oxigraph)")
    except NpfError as exc:
        fail(exc)
        return
    typer.echo(f"SPARQL endpoint: http://{host}:{port}/query  (store {store})", err=True)
    args = [exe, "serve-read-only", "--location", str(store), "--bind", f"{host}:{port}", "--union-default-graph"]
    os.execv(exe, args)


@app.command()
def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="bibtex, csl-json, ris (cited works); gexf, graphml, csv (a view); "
            "jsonld, nquads, trig (the RDF dataset).",
        ),
    ] = "csl-json",
    view_name: Annotated[str, typer.Option("--view", help="The view for graph formats.")] = "papers",
    store: StoreOption = "out/store",
    output: Annotated[Path | None, typer.Option("--out", help="Write here instead of stdout.")] = None,
) -> None:
    """Export cited works for reference managers, a view for Gephi/Cytoscape/VOSviewer, or the RDF.

    Example: npf-graph export --format bibtex --out works.bib
    Example: npf-graph export --format gexf --view papers --out papers.gexf
    """
    from npf_graph.export.works import FORMATS, cited_works
    from npf_graph.view.export import GRAPH_FORMATS, RDF_FORMATS, export_graph, export_rdf
    from npf_graph.view.network import build_view

    try:
        opened = open_cli_store(store)
        if fmt in FORMATS:
            text = FORMATS[fmt](cited_works(opened))
            if output:
                output.write_text(text, encoding="utf-8")
            else:
                typer.echo(text, nl=False)
            return
        if fmt not in GRAPH_FORMATS + RDF_FORMATS:
            raise NpfError(
                f"unknown format {fmt!r}; choose one of {', '.join((*FORMATS, *GRAPH_FORMATS, *RDF_FORMATS))}"
            )
        if output is None:
            raise NpfError(f"--format {fmt} writes a file: give --out")
        if fmt in GRAPH_FORMATS:
            written = export_graph(build_view(opened, view_name), fmt, output)
        else:
            written = export_rdf(opened, fmt, output)
    except NpfError as exc:
        fail(exc)
        return
    typer.echo(f"wrote {written}")


@app.command()
def view(
    name: Annotated[str, typer.Option("--name", help="papers, claims, concepts or authors.")] = "papers",
    focus_on: Annotated[str | None, typer.Option("--focus", help="Only the neighbourhood of this node.")] = None,
    depth: Annotated[int, typer.Option("--depth", help="How far the neighbourhood reaches.")] = 1,
    store: StoreOption = "out/store",
    output: Annotated[Path | None, typer.Option("--out", help="The HTML file (default out/<name>.html).")] = None,
) -> None:
    """Write one interactive HTML view of the graph (offline, self-contained).

    Example: npf-graph view --name concepts --focus 耐心资本 --depth 2
    """
    from npf_graph.view.html import render_html
    from npf_graph.view.network import build_view, focus

    try:
        g = build_view(open_cli_store(store), name)
        if focus_on:
            g = focus(g, focus_on, depth)
        path = output or Path("out") / (f"{name}-{focus_on}.html" if focus_on else f"{name}.html")
        size = render_html(g, path, f"npf-graph · {g.name}")
    except NpfError as exc:
        fail(exc)
        return
    typer.echo(f"{path}  ({size['nodes']} nodes, {size['edges']} edges, {size['bytes']:,} bytes)")


@app.command()
def analyze(
    store: StoreOption = "out/store",
    top: Annotated[int, typer.Option("--top", help="Rows per table.")] = 10,
) -> None:
    """Print network analytics: most central works and concepts, co-citation, coupling, communities.

    Example: npf-graph analyze --top 15
    """
    from rich.console import Console

    from npf_graph.view.report import analytics_tables

    try:
        tables = analytics_tables(open_cli_store(store), top)
    except NpfError as exc:
        fail(exc)
        return
    console = Console(width=max(Console().width, 110))
    for table in tables:
        console.print(table)


@app.command()
def query(
    sparql: Annotated[
        str | None, typer.Argument(help="A SPARQL query (prefixes npf:, cito:, dcterms: … are declared).")
    ] = None,
    file: Annotated[Path | None, typer.Option("-f", "--file", help="Read the query from a .rq file.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Run a saved query (see --list).")] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", help="Bind a variable: name=value (repeatable).")
    ] = None,
    store: Annotated[
        str, typer.Option("--store", help="The store: a folder built by `build`, or a SPARQL endpoint URL.")
    ] = "out/store",
    fmt: Annotated[
        str, typer.Option("--format", help="table, csv, tsv, json (SPARQL results JSON) or jsonl.")
    ] = "table",
    list_saved: Annotated[bool, typer.Option("--list", help="List the saved queries.")] = False,
) -> None:
    """Run SPARQL against the store.

    Example: npf-graph query --name citations-of-work --param work=两次全球大危机
    Example: npf-graph query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format json
    Values given with --param are bound as RDF terms (<…> for an IRI), never pasted into the text.
    """
    from npf_graph.queries import saved_queries, saved_query
    from npf_graph.query import format_result, run_query

    if list_saved:
        for q in saved_queries().values():
            params = f" [{', '.join('--param ' + p + '=…' for p in q.params)}]" if q.params else ""
            typer.echo(f"{q.name:24} {q.description}{params}")
        return
    try:
        if sum(x is not None for x in (sparql, file, name)) != 1:
            raise NpfError("give exactly one of: a query, -f FILE, --name SAVED")
        text = sparql or (file.read_text(encoding="utf-8") if file else saved_query(name or "").text)
        params = {}
        for item in param or []:
            key, sep, value = item.partition("=")
            if not sep or not key.isidentifier():
                raise NpfError(f"--param wants name=value, got {item!r}")
            params[key] = value
        result = run_query(open_cli_store(store), text, params)
        typer.echo(format_result(result, fmt), nl=False)
    except (NpfError, OSError) as exc:
        fail(exc)


@app.command()
def stats(
    conflicts: Annotated[
        bool, typer.Option("--conflicts", help="Only figures that disagree across documents.")
    ] = False,
    store: Annotated[
        str, typer.Option("--store", help="The store: a folder built by `build`, or a SPARQL endpoint URL.")
    ] = "out/store",
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv, json or jsonl.")] = "table",
) -> None:
    """List the figures in the corpus by measure, or where documents disagree.

    Example: npf-graph stats --conflicts
    A conflict is two figures from different documents about the same measure, place or
    model and period whose values differ by more than rounding (5 %).
    """
    from npf_graph.queries import saved_query
    from npf_graph.query import format_result, run_query

    try:
        name = "statistic-conflicts" if conflicts else "statistics"
        result = run_query(open_cli_store(store), saved_query(name).text)
        typer.echo(format_result(result, fmt), nl=False)
    except NpfError as exc:
        fail(exc)


@app.command("trace")
def trace_cmd(
    concept: Annotated[
        str | None, typer.Option("--concept", help="Claims that mention this concept (any label).")
    ] = None,
    work: Annotated[str | None, typer.Option("--work", help="Claims that cite a work: title, author or year.")] = None,
    claim: Annotated[str | None, typer.Option("--claim", help="One claim, by its id.")] = None,
    text: Annotated[str | None, typer.Option("--text", help="Claims whose sentence contains this phrase.")] = None,
    store: Annotated[
        str, typer.Option("--store", help="The store: a folder built by `build`, or a SPARQL endpoint URL.")
    ] = "out/store",
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    limit: Annotated[int, typer.Option("--limit", help="At most this many claims.")] = 100,
) -> None:
    """Trace claims to their sources: citation marker, reference entry, cited work, data sources.

    Example: npf-graph trace --concept 耐心资本
    Every step prints the file and the [start:end] character offsets of the quoted text.
    """
    from npf_graph.trace import format_trace, trace

    chosen = [(k, v) for k, v in (("concept", concept), ("work", work), ("claim", claim), ("text", text)) if v]
    try:
        if len(chosen) != 1:
            raise NpfError("give exactly one of --concept, --work, --claim, --text")
        traces = trace(open_cli_store(store), chosen[0][0], chosen[0][1], limit)
    except NpfError as exc:
        fail(exc)
        return
    if fmt == "json":
        typer.echo(json.dumps([t.as_dict() for t in traces], ensure_ascii=False, indent=2))
    else:
        typer.echo(format_trace(traces), nl=False)


@app.command("parse-refs")
def parse_refs(
    source: Annotated[str, typer.Argument(help="A file with one reference string per line, or - for stdin.")] = "-",
) -> None:
    """Parse reference strings (GB/T 7714, Chinese journal style, English), one per line.

    Example: npf-graph parse-refs refs.txt > refs.jsonl
    Writes one JSON Reference per input line, in order (an empty line gives an empty one).
    """
    from npf_graph.extract.reflines import parse_lines

    try:
        if source == "-":
            lines = sys.stdin.read().splitlines()
        else:
            from npf_graph.ingest.load import load_file

            lines = load_file(source).text.splitlines()
    except NpfError as exc:
        fail(exc)
        return
    for ref in parse_lines(lines):
        typer.echo(json.dumps(ref, ensure_ascii=False))


def run() -> None:  # pragma: no cover - console entry for `python -m npf_graph`
    app(prog_name="npf-graph")
    sys.exit(0)
