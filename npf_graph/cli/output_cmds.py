"""Commands that write views and exports, and parse reference strings."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from npf_graph.cli.main import StoreOption, app, fail, open_cli_store
from npf_graph.errors import NpfError


@app.command()
def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="bibtex, csl-json, ris (cited works); gexf, graphml, csv, vosviewer (a view, directed; "
            "vosviewer writes OUT-map.txt and OUT-network.txt); "
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
    Example: npf-graph export --format vosviewer --view papers --out papers.txt
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
    name: Annotated[
        str,
        typer.Option("--name", help="One of: papers, claims, concepts, authors, coauthors, cited-authors, timeline."),
    ] = "papers",
    focus_on: Annotated[str | None, typer.Option("--focus", help="Only the neighbourhood of this node.")] = None,
    depth: Annotated[int, typer.Option("--depth", help="How far the neighbourhood reaches.")] = 1,
    store: StoreOption = "out/store",
    output: Annotated[Path | None, typer.Option("--out", help="The HTML file (default out/<name>.html).")] = None,
    every: Annotated[
        bool, typer.Option("--all", help="Rewrite every view of the build in the store's folder (out/).")
    ] = False,
) -> None:
    """Write one interactive HTML view of the graph (offline, self-contained).

    Example: npf-graph view --name concepts --focus 耐心资本 --depth 2
    Example: npf-graph view --name timeline   (works and documents by year and co-citation cluster)
    Example: npf-graph view --all   (the views a build after a small change left out of date)
    """
    from npf_graph.view.html import render_html
    from npf_graph.view.network import build_view, focus

    try:
        if every:
            from npf_graph.view.write import refresh_views

            for size in refresh_views(open_cli_store(store), Path(store).parent).values():
                typer.echo(f"{size['path']}  ({size['nodes']} nodes, {size['edges']} edges, {size['bytes']:,} bytes)")
            return
        if name == "timeline":
            from npf_graph.analysis.clusters import cocitation_clusters
            from npf_graph.view.timeline import render_timeline

            path = output or Path("out") / "timeline.html"
            size = render_timeline(cocitation_clusters(open_cli_store(store)), path)
            typer.echo(f"{path}  ({size['nodes']} works and documents, {size['edges']} links, {size['bytes']:,} bytes)")
            return
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
    new_terms: Annotated[
        bool, typer.Option("--new-terms", help="Only list candidate concepts: frequent terms not in the ontology.")
    ] = False,
) -> None:
    """Print network analytics: central works and concepts, co-citation, coupling, clusters, bursts.

    Example: npf-graph analyze --top 15
    Example: npf-graph analyze --new-terms --top 30
    """
    from rich.console import Console

    from npf_graph.analysis.report import analytics_tables, new_terms_table

    try:
        opened = open_cli_store(store)
        tables = [new_terms_table(opened, top)] if new_terms else analytics_tables(opened, top)
    except NpfError as exc:
        fail(exc)
        return
    console = Console(width=max(Console().width, 110))
    for table in tables:
        console.print(table)


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
