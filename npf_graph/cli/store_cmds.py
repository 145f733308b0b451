"""Commands that run against a built store: query, stats, trace, serve, remove."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from npf_graph.cli.main import app, fail, open_cli_store
from npf_graph.errors import NpfError
from npf_graph.terminal import printable


@app.command()
def query(
    sparql: Annotated[
        str | None, typer.Argument(help="A SPARQL query (prefixes npf:, cito:, dcterms: … are declared).")
    ] = None,
    file: Annotated[Path | None, typer.Option("-f", "--file", help="Read the query from a .rq file.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Run a saved query (see --list).")] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            help="Bind a variable: name=value (repeatable). value: <iri>, text@zh (a literal in that language), "
            '"x@en" (quoted: taken as it is), "text"@zh, "5"^^<datatype IRI>, or plain text.',
        ),
    ] = None,
    store: Annotated[
        str, typer.Option("--store", help="The store: a folder built by `build`, or a SPARQL endpoint URL.")
    ] = "out/store",
    fmt: Annotated[
        str, typer.Option("--format", help="table, csv, tsv, json (SPARQL results JSON) or jsonl.")
    ] = "table",
    list_saved: Annotated[bool, typer.Option("--list", help="List the saved queries.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Give up after this many seconds.")] = 30.0,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Refuse results with more rows than this.")] = 100_000,
) -> None:
    """Run SPARQL against the store.

    Example: npf-graph query --name citations-of-work --param work=两次全球大危机
    Example: npf-graph query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format json
    Values given with --param are bound as RDF terms, never pasted into the text; a name the
    query does not use, or a malformed value, is an error. SERVICE (federated queries) is refused.
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
        result = run_query(open_cli_store(store), text, params, timeout=timeout, max_rows=max_rows)
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
        result = run_query(open_cli_store(store), saved_query(name).text, timeout=30.0)
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


@app.command()
def remove(
    documents: Annotated[list[str], typer.Argument(help="File names, paths, sha256 or record ids.")],
    out: Annotated[Path, typer.Option("--out", help="The output folder of `build`.")] = Path("out"),
    store: Annotated[
        str | None,
        typer.Option("--store", help="The store `build` wrote (default: OUT/store, or the last build's endpoint)."),
    ] = None,
) -> None:
    """Drop documents from a built graph (their named graphs, records and links).

    Example: npf-graph remove 004_26ab8cec2164e86e.txt
    A graph built into a SPARQL server (`build --store URL`) is changed there.
    """
    from npf_graph.build import remove as run_remove
    from npf_graph.manifest import read_manifest

    if store is None:
        manifest = read_manifest(out)
        if manifest is not None and manifest.store.startswith(("http://", "https://")):
            store = manifest.store
    try:
        gone = run_remove(documents, out, store)
    except NpfError as exc:
        fail(exc)
        return
    for rec in gone:
        typer.echo(f"removed {printable(rec.source.name)} ({rec.id})")


@app.command()
def serve(
    store: Annotated[Path, typer.Option("--store", help="The store folder made by `build`.")] = Path("out/store"),
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 7878,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; loopback unless you mean otherwise.")
    ] = "127.0.0.1",
    timeout: Annotated[float, typer.Option("--timeout", help="Cancel a query after this many seconds.")] = 30.0,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse a result larger than this many bytes.")] = 64
    * 1024
    * 1024,
    workers: Annotated[int, typer.Option("--workers", help="Queries run at once (worker processes).")] = 0,
    cache_mb: Annotated[int, typer.Option("--cache-mb", help="Megabytes of answers kept for repeated queries.")] = 64,
) -> None:
    """Serve the store as a read-only SPARQL endpoint (GET or POST /query), for YASGUI or scripts.

    Example: npf-graph serve --port 7878   (then query http://127.0.0.1:7878/query)
    Queries see the union of all named graphs. SERVICE is refused, so the endpoint never sends
    a request anywhere; a query past --timeout is cancelled; a result over --max-bytes is refused.
    It serves the build that was complete when it started; restart it to serve a later build.
    """
    import os
    import signal

    from npf_graph.serve import Limits, make_server

    try:
        if not store.is_dir():
            raise NpfError("no store here; run `npf-graph build` first", str(store))
        limits = Limits(
            timeout=timeout,
            max_bytes=max_bytes,
            workers=workers or max(2, os.cpu_count() or 2),
            cache_bytes=cache_mb * 1024 * 1024,
        )
        server, pool = make_server(str(store), host, port, limits)
    except (NpfError, OSError) as exc:
        fail(exc if isinstance(exc, NpfError) else NpfError(f"cannot serve: {exc}", f"{host}:{port}"))
        return
    typer.echo(f"SPARQL endpoint: http://{host}:{port}/query  (store {store})", err=True)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        pool.close()
