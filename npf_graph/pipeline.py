"""The pipeline: every stage in order, in one place.

load+decode → clean → segment → extract (front matter, authors, metadata, parts,
document type, references, citations) → link (resolve citations) → data sources → statistics → concepts → claims
→ record. Stages are plain functions `Doc -> Doc`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from npf_graph import __version__
from npf_graph.budget import DEFAULT_SECONDS, time_budget
from npf_graph.document import Doc
from npf_graph.errors import NpfError, contain
from npf_graph.extract.authors import extract_authors, extract_parts
from npf_graph.extract.citations import extract_citations
from npf_graph.extract.claims import extract_claims
from npf_graph.extract.concepts import extract_concepts
from npf_graph.extract.datasources import extract_data_sources
from npf_graph.extract.frontmatter import extract_frontmatter
from npf_graph.extract.identifiers import extract_identifiers
from npf_graph.extract.metadata import classify_document, extract_metadata
from npf_graph.extract.references import extract_references
from npf_graph.extract.statistics import extract_statistics
from npf_graph.ingest.clean import clean
from npf_graph.ingest.load import SourceText, load_file
from npf_graph.ingest.segment import segment
from npf_graph.link.resolve import resolve_citations
from npf_graph.models import DocumentRecord, Section, Source
from npf_graph.ontology import ontology_dir, word_frequencies
from npf_graph.validate import enforce_grounding

Stage = Callable[[Doc], Doc]


def clean_stage(doc: Doc) -> Doc:
    doc.clean = clean(doc.source.readable, word_frequencies())
    doc.record.warnings.extend(doc.clean.warnings)
    return doc


def segment_stage(doc: Doc) -> Doc:
    doc.seg = segment(doc.clean.mapped)  # type: ignore[union-attr]
    doc.record.sentence_count = len(doc.seg.sentences)
    for sec in doc.seg.sections:
        doc.record.sections.append(
            Section(
                id=doc.item_id("section", sec.start, sec.end),
                title=sec.title,
                level=sec.level,
                span=doc.heading_span(sec.start, sec.heading_end),
                extent=doc.span(sec.start, sec.end),
            )
        )
    return doc


STAGES: tuple[Stage, ...] = (
    clean_stage,
    segment_stage,
    extract_frontmatter,
    extract_authors,
    extract_metadata,
    extract_identifiers,
    extract_parts,
    classify_document,
    extract_references,
    extract_citations,
    resolve_citations,
    extract_data_sources,
    extract_statistics,
    extract_concepts,
    extract_claims,
)


@lru_cache(maxsize=1)
def tool_version() -> str:
    """Version plus a fingerprint of the code and ontology, so a changed pipeline re-extracts."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    files = sorted(root.rglob("*.py")) + sorted(ontology_dir().glob("*.ttl"))
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return f"{__version__}+{h.hexdigest()[:10]}"


def record_id(text: str) -> str:
    """The id of the document whose decoded text is `text`: the same text in UTF-8 or GB18030
    (or under another file name) is one document."""
    return f"doc-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


def source_record(source: SourceText) -> Source:
    """The record's description of a loaded file."""
    return Source(
        path=source.path,
        name=source.name,
        sha256=source.sha256,
        media_type=source.media_type,
        encoding=source.encoding,
        size=source.size,
    )


def new_doc(source: SourceText) -> Doc:
    record = DocumentRecord(id=record_id(source.text), source=source_record(source), tool_version=tool_version())
    return Doc(source=source, record=record)


def run(
    source: SourceText, stages: Iterable[Stage] | None = None, budget: float | None = DEFAULT_SECONDS
) -> DocumentRecord:
    """Every stage (default: STAGES) on one loaded document, within `budget` seconds (None: no limit)."""
    with time_budget(budget, source.path):
        doc = new_doc(source)
        doc.record.warnings.extend(source.warnings)
        for stage in STAGES if stages is None else stages:
            doc = stage(doc)
        enforce_grounding(doc.record, source.text)
    return doc.record


def extract_file(path: str | Path, budget: float | None = DEFAULT_SECONDS) -> DocumentRecord:
    """Load one file and run every stage on it."""
    return run(load_file(path), budget=budget)


def _hidden(f: Path, folder: Path) -> bool:
    """A hidden file or one in a hidden folder, counting only the parts below `folder`."""
    return any(x.startswith(".") for x in f.relative_to(folder).parts)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the documents inside folders named (sorted, hidden files skipped).

    A path that does not exist is kept: reading it fails, for that path alone."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and not _hidden(f, p)))
        else:
            out.append(p)
    return out


def extract_many(
    paths: Iterable[Path], budget: float | None = DEFAULT_SECONDS
) -> Iterator[tuple[Path, DocumentRecord | NpfError]]:
    """A record or the error of each path; an exception in one document never ends the batch."""
    for path in paths:
        try:
            rec: DocumentRecord | NpfError = extract_file(path, budget)
        except Exception as exc:
            rec = contain(exc, str(path))
        yield path, rec
