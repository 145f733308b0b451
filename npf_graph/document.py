"""The working state one document carries through the pipeline stages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

from npf_graph.ingest.chars import shadow
from npf_graph.ingest.clean import CleanText
from npf_graph.ingest.load import SourceText
from npf_graph.ingest.segment import Segments
from npf_graph.models import DocumentRecord, Span


def stable_id(*parts: object, length: int = 16) -> str:
    """A short id that depends only on its parts (the same on every run and machine)."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return h[:length]


@dataclass
class Doc:
    source: SourceText
    record: DocumentRecord
    clean: CleanText | None = None
    seg: Segments | None = None
    notes: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The cleaned text that extractors read."""
        assert self.clean is not None
        return self.clean.text

    @cached_property
    def folded(self) -> str:
        """Same-length matching shadow of the cleaned text."""
        return shadow(self.text)

    def span(self, start: int, end: int) -> Span:
        """Source span of cleaned text [start, end)."""
        assert self.clean is not None
        return self.clean.mapped.source_span(start, end)

    def heading_span(self, start: int, end: int) -> Span:
        """Source span of a heading's words, without its markdown '#'s and spaces."""
        head = self.text[start:end]
        return self.span(start + len(head) - len(head.lstrip("# ")), end)

    def item_id(self, kind: str, start: int, end: int) -> str:
        return f"{kind}-{stable_id(self.record.id, kind, start, end, length=10)}"

    def tokens(self) -> list[tuple[int, int]]:
        """jieba token spans of the cleaned text (ontology terms kept whole), computed once on demand."""
        assert self.seg is not None
        if not self.seg.tokens:
            from npf_graph.ingest.segment import tokenize

            self.seg.tokens = tokenize(self.text)
        return self.seg.tokens

    def paragraphs(self) -> list[tuple[int, int, str]]:
        assert self.seg is not None
        return [(p.start, p.end, self.text[p.start : p.end]) for p in self.seg.paragraphs]
