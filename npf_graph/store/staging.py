"""Whole-build atomicity for a store folder: a build writes into a copy and switches at the end.

The store a user names (`out/store`) is a symbolic link to one generation in `out/store.d/`.
A build copies the current generation (an Oxigraph backup: hard links to its immutable
files, so cheap), applies every change to the copy, flushes it, and then points the link at
it with one rename(2). A reader that opens `out/store` sees the last complete build, never a
mix of old and new documents; a build killed midway leaves the link as it was, and the next
build removes the unfinished copy. One build at a time holds `out/.store.build.lock`.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from pathlib import Path

from pyoxigraph import Store

from npf_graph.errors import StoreError
from npf_graph.store.local import LocalStore


class StagedStore:
    """A copy of the store at `link` to build into; `commit` switches readers over to it."""

    def __init__(self, link: Path) -> None:
        self.link = link.absolute()
        self.root = self.link.with_name(link.name + ".d")
        link.parent.mkdir(parents=True, exist_ok=True)
        self._lock = _lock(link.with_name(f".{link.name}.build.lock"))
        try:
            self.root.mkdir(exist_ok=True)
            self.current = self._adopt()
            self._clear_leftovers()
            self.path = self.root / f"g{time.time_ns()}"
            if self.current is not None:
                Store.read_only(str(self.current)).backup(str(self.path))
            self.store = LocalStore(self.path)
        except OSError as exc:
            self._unlock()
            raise StoreError(f"cannot copy the store to build into: {' '.join(str(exc).split())}", str(link)) from exc
        except BaseException:
            self._unlock()
            raise

    def _adopt(self) -> Path | None:
        """The generation the link points at; a store folder of an older layout becomes the first."""
        if self.link.is_symlink():
            return self.link.resolve()
        if self.link.is_dir():
            first = self.root / f"g{time.time_ns()}"
            os.rename(self.link, first)
            self._point_at(first)
            return first
        return None

    def _clear_leftovers(self) -> None:
        """Unfinished copies of killed builds go, and every generation but the current one and
        the one before it (a server started before the last build may still be reading it)."""
        current = self.current.name if self.current is not None else ""
        older = sorted(g.name for g in self.root.iterdir() if g.name < current)
        for gen in self.root.iterdir():
            if gen.name != current and gen.name not in older[-1:]:
                shutil.rmtree(gen, ignore_errors=True)

    def _point_at(self, gen: Path) -> None:
        tmp = self.link.with_name(f".{self.link.name}.{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(os.path.relpath(gen, self.link.parent))
        os.replace(tmp, self.link)  # atomic: a reader resolves the old or the new generation

    def commit(self) -> None:
        """Make the copy the store readers open (the old generation stays until the next build)."""
        try:
            self.store.flush()
            del self.store
            self._point_at(self.path)
        finally:
            self._unlock()

    def abort(self) -> None:
        """Drop the copy: the store stays as it was."""
        try:
            self.__dict__.pop("store", None)
            shutil.rmtree(self.path, ignore_errors=True)
        finally:
            self._unlock()

    def _unlock(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None


def _lock(path: Path):
    fh = path.open("a")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        raise StoreError("another build is writing this store; wait for it to finish", str(path.parent)) from None
    return fh


def check_no_build_running(link: Path) -> None:
    """StoreError when another build holds the lock of the store at `link`."""
    _lock(link.with_name(f".{link.name}.build.lock")).close()
