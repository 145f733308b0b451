"""The store one build (or `remove`) writes: a staged copy of a store folder, or an endpoint."""

from __future__ import annotations

from pathlib import Path

from npf_graph.store import GraphStore, connect
from npf_graph.store.staging import StagedStore


class BuildSession:
    """The store one build writes: a staged copy of a store folder, or an endpoint."""

    def __init__(self, location: str) -> None:
        self.location = location
        self.staged: StagedStore | None = None
        self.store: GraphStore | None = None
        self.stored: set[str] = set()

    def open(self) -> None:
        if self.location.startswith(("http://", "https://")):
            self.store = connect(self.location)
        else:
            self.staged = StagedStore(Path(self.location))
            self.store = self.staged.store
        self.stored = set(self.store.document_graphs())

    def commit(self) -> GraphStore:
        """Switch readers to what was written; the store to read from afterwards."""
        if self.staged is None:
            assert self.store is not None
            return self.store
        self.store = None
        self.staged.commit()
        self.staged = None
        return connect(self.location, read_only=True)

    def abort(self) -> None:
        self.store = None
        if self.staged is not None:
            self.staged.abort()
            self.staged = None
