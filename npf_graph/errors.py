"""One error family: every failure a user can cause is an NpfError with a short code."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text: str) -> str:
    """`text` with newlines and other control characters escaped, so it prints as one line."""
    return _CONTROL.sub(lambda m: _NAMED.get(m.group(), f"\\x{ord(m.group()):02x}"), text)


class NpfError(Exception):
    """Base error. The CLI prints `error: [code] message (file)` on one line."""

    code = "npf"

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        where = f" ({one_line(self.path)})" if self.path else ""
        return f"[{self.code}] {one_line(self.message)}{where}"


class InputError(NpfError):
    """A file that cannot be read as a document: missing, empty, binary, too large."""

    code = "input"


class LimitError(InputError):
    """A document over a limit: size, kind of file, or the time one document may take."""

    code = "limit"


class DecodeError(InputError):
    """Bytes that no supported encoding decodes."""

    code = "decode"


class PdfError(InputError):
    """A PDF that cannot be read or has no text layer."""

    code = "pdf"


class OntologyError(NpfError):
    """The ontology files are missing or inconsistent."""

    code = "ontology"


class StoreError(NpfError):
    """The store cannot be opened or written."""

    code = "store"


class QueryError(NpfError):
    """A SPARQL query the store rejects (syntax, unknown variable, endpoint error)."""

    code = "sparql"


class InternalError(NpfError):
    """A failure inside the pipeline on one document (a bug): reported, and the batch goes on."""

    code = "internal"


def contain(exc: Exception, path: str) -> NpfError:
    """Any exception raised while handling one document, as the NpfError to report for it.

    The original stays in `__cause__`, for `--debug`."""
    if isinstance(exc, NpfError):
        if exc.path is None:
            exc.path = path
        return exc
    if isinstance(exc, OSError):
        err: NpfError = InputError(f"cannot read: {exc.strerror or exc}", path)
    else:
        err = InternalError(f"{type(exc).__name__}: {exc}", path)
    err.__cause__ = exc
    return err
