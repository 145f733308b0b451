"""The document record: the Pydantic contract between stages (see docs/record-contract.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]
"""[start, end) in characters of the source text exactly as decoded."""

DocType = Literal["journal_article", "working_paper", "think_tank_commentary", "news_article", "report", "other"]
ClaimKind = Literal["recommendation", "finding", "assertion", "forecast", "definition"]
CitationStatus = Literal["resolved", "unresolved", "ambiguous"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(Record):
    path: str
    name: str
    sha256: str
    media_type: str
    encoding: str
    size: int = 0


class Author(Record):
    id: str
    name: str | None = None
    name_en: str | None = None
    affiliations: list[str] = Field(default_factory=list)
    email: str | None = None
    role: str | None = None
    span: Span | None = None


class Funding(Record):
    text: str
    grant_id: str | None = None
    span: Span | None = None


class Part(Record):
    id: str
    title: str
    authors: list[str] = Field(default_factory=list)
    affiliation_text: str | None = None
    span: Span | None = None


class Section(Record):
    id: str
    title: str
    level: int
    span: Span  # the heading
    extent: Span | None = None  # the heading and the text under it
    part_id: str | None = None


class BibFields(Record):
    """The fields a reference string yields; shared by the parsers and the record."""

    label: str | None = None
    type: str | None = None
    lang: str | None = None
    authors: list[str] = Field(default_factory=list)
    title: str | None = None
    container: str | None = None
    publisher: str | None = None
    place: str | None = None
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    url: str | None = None
    doi: str | None = None
    date: str | None = None


class Reference(BibFields):
    id: str
    raw: str
    work_id: str | None = None
    span: Span | None = None


class Citation(Record):
    id: str
    marker: str
    span: Span
    sentence: str
    sentence_span: Span
    reference_ids: list[str] = Field(default_factory=list)
    status: CitationStatus = "unresolved"


class DataSource(Record):
    id: str
    marker: str | None = None
    text: str
    organizations: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    span: Span


class Statistic(Record):
    id: str
    quote: str
    value: float
    unit: str | None = None
    normalized_value: float | None = None
    normalized_unit: str | None = None
    measure: str | None = None
    period: str | None = None
    place: str | None = None
    approximate: bool = False
    source: str | None = None  # an organisation named in the sentence, or the id of a footnoted data source
    span: Span
    sentence_span: Span | None = None


class Claim(Record):
    id: str
    kind: ClaimKind
    text: str
    span: Span
    section_id: str | None = None
    citation_ids: list[str] = Field(default_factory=list)
    statistic_ids: list[str] = Field(default_factory=list)
    data_source_ids: list[str] = Field(default_factory=list)
    concepts: list[str] = Field(default_factory=list)
    attributed_to: list[str] = Field(default_factory=list)
    citation_function: str | None = None  # a CiTO property name, where the wording shows it
    function_cue: str | None = None  # the words that decided it
    hedged: bool = False


class ConceptMention(Record):
    concept: str
    label: str
    count: int
    spans: list[Span] = Field(default_factory=list)


class Warning(Record):
    code: str
    message: str
    span: Span | None = None


class DocumentRecord(Record):
    id: str
    source: Source
    copies: list[Source] = Field(default_factory=list)  # other files holding the same decoded text
    doc_type: DocType = "other"
    title: str | None = None
    title_en: str | None = None
    subtitle: str | None = None
    venue: str | None = None
    year: int | None = None
    issue: str | None = None
    volume: str | None = None
    pages: str | None = None
    abstract: str | None = None
    abstract_en: str | None = None
    keywords: list[str] = Field(default_factory=list)
    keywords_en: list[str] = Field(default_factory=list)
    authors: list[Author] = Field(default_factory=list)
    funding: list[Funding] = Field(default_factory=list)
    doi: str | None = None  # the document's own DOI, printed on its front page
    clc: list[str] = Field(default_factory=list)  # Chinese Library Classification codes (中图分类号)
    parts: list[Part] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    data_sources: list[DataSource] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    concepts: list[ConceptMention] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)
    sentence_count: int = 0
    tool_version: str = ""
