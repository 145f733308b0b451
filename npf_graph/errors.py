"""One error family: every failure a user can cause is an NpfError with a short code."""

from __future__ import annotations


class NpfError(Exception):
    """Base error. The CLI prints `error: [code] message (file)` and exits 1."""

    code = "npf"

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"[{self.code}] {self.message}{where}"


class InputError(NpfError):
    """A file that cannot be read as a document: missing, empty, binary, too large."""

    code = "input"


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
