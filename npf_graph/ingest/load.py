"""Load a file: read bytes, decode, and pull the readable text out of HTML and PDF."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import stat
import warnings
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from npf_graph.errors import InputError, LimitError, PdfError, one_line
from npf_graph.ingest.encoding import decode
from npf_graph.ingest.offsets import MappedText
from npf_graph.models import Warning

MAX_BYTES = int(os.environ.get("NPF_MAX_BYTES", str(64 * 1024 * 1024)))

MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".pdf": "application/pdf",
}


@dataclass(frozen=True)
class SourceText:
    """A decoded file. `text` is what spans index; `readable` is the prose to analyse."""

    path: str
    name: str
    sha256: str
    size: int
    media_type: str
    encoding: str
    text: str
    readable: MappedText
    warnings: tuple[Warning, ...] = ()


def media_type_of(path: Path) -> str:
    return MEDIA_TYPES.get(path.suffix.lower(), "text/plain")


def read_source(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most `max_bytes` of them.

    Devices, FIFOs and sockets are refused before they are read (opened without blocking, and
    checked again on the open file), and the limit holds on what is read, not on what the
    file system says the size is."""
    p = Path(path)
    try:
        mode = os.stat(p).st_mode
    except FileNotFoundError:
        raise InputError("no such file or folder", str(p)) from None
    if stat.S_ISDIR(mode):
        raise InputError("is a folder, not a file", str(p))
    if not stat.S_ISREG(mode):
        raise LimitError("not a regular file (a device, FIFO or socket); only files are read", str(p))
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise LimitError("not a regular file (a device, FIFO or socket); only files are read", str(p))
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise LimitError(f"file is over the {max_bytes:,}-byte limit", str(p))
    return data


def load_file(path: str | Path, max_bytes: int = MAX_BYTES) -> SourceText:
    return load_bytes(read_source(path, max_bytes), str(path))


def load_bytes(data: bytes, path: str, media_type: str | None = None) -> SourceText:
    p = Path(path)
    mtype = media_type or media_type_of(p)
    sha = hashlib.sha256(data).hexdigest()
    if mtype == "application/pdf" or data.startswith(b"%PDF-"):
        text, notes = _pdf_text(data, path)
        readable = MappedText.identity(text)
        return SourceText(path, p.name, sha, len(data), "application/pdf", "pdf-text-layer", text, readable, notes)
    decoded = decode(data, path)
    text, encoding, notes = decoded.text, decoded.encoding, decoded.warnings
    if mtype == "text/html" or _looks_html(text):
        readable = html_text(text)
        if not readable.text.strip():
            raise InputError("HTML page holds no readable text", path)
        return SourceText(path, p.name, sha, len(data), "text/html", encoding, text, readable, notes)
    return SourceText(path, p.name, sha, len(data), mtype, encoding, text, MappedText.identity(text), notes)


def _looks_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


class _Notes(logging.Handler):
    """Collects what a library logs while one document is read."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _pdf_text(data: bytes, path: str) -> tuple[str, tuple[Warning, ...]]:
    """The text layer, and what pypdf warned about on the way (as record warnings, not on stderr)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    notes = _Notes()
    logger = logging.getLogger("pypdf")
    logger.addHandler(notes)
    propagate, logger.propagate = logger.propagate, False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            reader = PdfReader(io.BytesIO(data))
            pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise PdfError(f"cannot read PDF: {exc}", path) from exc
    finally:
        logger.removeHandler(notes)
        logger.propagate = propagate
    text = "\n".join(pages)
    if not text.strip():
        raise PdfError("PDF has no text layer (a scanned image?); run OCR first", path)
    messages = dict.fromkeys(notes.messages + [str(w.message) for w in caught])
    return text, tuple(Warning(code="pdf", message=one_line(m)) for m in messages)


# ---------------------------------------------------------------- HTML
_SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "head"}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "blockquote", "pre", "hr", "dd", "dt", "figcaption", "title",
}  # fmt: skip
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}


class _TextCollector(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.src = text
        self.line_starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.pieces: list[tuple[str, int]] = []
        self.skip_depth = 0
        self.heading = False

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _newline(self) -> None:
        if self.pieces and self.pieces[-1][0] != "\n":
            self.pieces.append(("\n", self._pos()))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        elif tag in _BLOCK:
            self._newline()
            if tag in {"h1", "h2", "h3"} and not self.skip_depth:
                # a markdown marker, one piece per character; the words of the heading keep their offsets
                self.pieces.extend((ch, self._pos()) for ch in "#" * int(tag[1]) + " ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        start = self._pos()
        self.pieces.extend((ch, start + i) for i, ch in enumerate(data))

    def _entity(self, char: str) -> None:
        if not self.skip_depth:
            self.pieces.append((char, self._pos()))

    def handle_entityref(self, name: str) -> None:
        from html.entities import name2codepoint

        self._entity(chr(name2codepoint[name]) if name in name2codepoint else f"&{name};"[0])

    def handle_charref(self, name: str) -> None:
        try:
            code = int(name[1:], 16) if name[:1] in "xX" else int(name)
            self._entity(chr(code))
        except (ValueError, OverflowError):
            self._entity("&")


def html_text(text: str) -> MappedText:
    """Readable text of an HTML page (scripts, styles and navigation dropped), mapped to `text`."""
    parser = _TextCollector(text)
    parser.feed(text)
    parser.close()
    pieces = parser.pieces
    return MappedText.build(pieces)
