"""The build manifest: what each input file was (path, size, mtime, sha256) when it last built.

`build` skips a whole run without opening the store or reading a file when every input is
listed with the same size and modification time, the pipeline is the same version and the
outputs are there; otherwise the manifest only spares nothing (files are hashed as before)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

NAME = "manifest.json"


class FileEntry(BaseModel):
    size: int
    mtime_ns: int
    sha256: str


class Manifest(BaseModel):
    tool_version: str
    store: str  # where the triples went
    views: bool  # whether the views were written
    triples: int = 0
    summary: dict[str, int] = Field(default_factory=dict)  # counts shown by `build`
    files: dict[str, FileEntry] = Field(default_factory=dict)  # absolute path -> entry
    paths: list[str] = Field(default_factory=list)  # every file of every document built (absolute)
    graphs: dict[str, int] = Field(default_factory=dict)  # triples of each graph in out/dataset (record id, links …)
    views_current: bool = True  # False when a build left the whole-corpus views as they were (see view/write.py)


def read_manifest(out: Path) -> Manifest | None:
    try:
        return Manifest.model_validate_json((out / NAME).read_bytes())
    except (OSError, ValidationError, ValueError):
        return None


def write_manifest(out: Path, manifest: Manifest) -> None:
    tmp = out / (NAME + ".tmp")
    tmp.write_text(json.dumps(manifest.model_dump(), ensure_ascii=False), encoding="utf-8")
    tmp.replace(out / NAME)


def drop_manifest(out: Path) -> None:
    (out / NAME).unlink(missing_ok=True)


def entry_for(path: Path, sha256: str) -> FileEntry | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return FileEntry(size=st.st_size, mtime_ns=st.st_mtime_ns, sha256=sha256)


def unchanged(manifest: Manifest, files: list[Path]) -> bool:
    """True when every file in `files` is listed with its current size and modification time."""
    for f in files:
        entry = manifest.files.get(os.path.abspath(f))
        try:
            st = os.stat(f)
        except OSError:
            return False
        if entry is None or entry.size != st.st_size or entry.mtime_ns != st.st_mtime_ns:
            return False
    return True


def record_build(out: Path, files: dict[str, str], hashes: dict[str, str], earlier: Manifest | None, store: str,
                 views: bool, views_current: bool, result, graphs: dict[str, int]) -> None:  # fmt: skip
    """The manifest of a finished build: `files` (each file of each document and its sha256),
    an entry for those read now (`hashes`: absolute path -> sha256) or seen by the `earlier` build."""
    from npf_graph.pipeline import tool_version

    entries, paths = {}, []
    for name, sha in files.items():
        key = os.path.abspath(name)
        paths.append(key)
        if hashes.get(key) == sha:
            entry = entry_for(Path(name), sha)
        else:  # not read now: what an earlier build saw, if it saw this text
            entry = earlier.files.get(key) if earlier is not None else None
        if entry is not None and entry.sha256 == sha:
            entries[key] = entry
    write_manifest(
        out,
        Manifest(
            tool_version=tool_version(),
            store=store,
            views=views,
            views_current=views_current,
            triples=result.triples,
            summary=result.summary,
            files=entries,
            paths=sorted(paths),
            graphs=graphs,
        ),
    )
