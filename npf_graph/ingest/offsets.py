"""Text with a per-character map back to source offsets.

Every stage that edits text (HTML extraction, cleaning) produces a `MappedText`:
character `i` of `text` came from source character `offsets[i]`. Edits are
deletions, whitespace substitutions and moves of whole lines, so every
character of the text is the source character at its offset (or both are
whitespace), and a span of the text maps to the source stretch that holds it.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from npf_graph.models import Span


@dataclass(frozen=True)
class MappedText:
    text: str
    offsets: array  # array("l"), one source offset per character of `text`

    def __post_init__(self) -> None:
        if len(self.text) != len(self.offsets):
            raise ValueError("text and offsets differ in length")

    @classmethod
    def identity(cls, text: str) -> MappedText:
        return cls(text, array("l", range(len(text))))

    @classmethod
    def build(cls, pieces: Iterable[tuple[str, int]]) -> MappedText:
        """From (character, source offset) pairs."""
        chars: list[str] = []
        offs = array("l")
        for ch, off in pieces:
            chars.append(ch)
            offs.append(off)
        return cls("".join(chars), offs)

    def __len__(self) -> int:
        return len(self.text)

    def source_span(self, start: int, end: int) -> Span:
        """The source stretch [min, max + 1) covered by text[start:end]."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"bad span {start}:{end} for text of length {len(self.text)}")
        lo = hi = self.offsets[start]
        if end - start > 1:
            window = self.offsets[start:end]
            lo, hi = min(window), max(window)
        return (lo, hi + 1)

    def compose(self, inner: MappedText) -> MappedText:
        """`inner` maps into self.text; the result maps inner's text into self's source."""
        return MappedText(inner.text, array("l", (self.offsets[i] for i in inner.offsets)))

    def slice_pieces(self, start: int, end: int) -> Iterable[tuple[str, int]]:
        return zip(self.text[start:end], self.offsets[start:end], strict=True)
