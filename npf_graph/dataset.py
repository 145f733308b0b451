"""The RDF dataset as files: `out/dataset/`, one TriG file per named graph.

`<record id>.trig` holds a document's graph, `links.trig` the cross-document links and
`ontology.trig` the ontology. A build writes the file of each graph it writes, from the same
quads it streams into the store, and leaves the others as they are, so a build after one
changed document writes one document's file, not the whole dataset. Every file is written to
a temporary name and renamed. The files together are the dataset the store holds
(`cat out/dataset/*.trig` is one valid TriG file; `npf-graph export --format trig` writes it
from the store)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, serialize

from npf_graph.rdf.namespaces import PREFIXES

LINKS = "links"
ONTOLOGY = "ontology"


class DatasetFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.trig"

    def write(self, name: str, quads: Iterable[Quad]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{name}.trig.tmp"
        serialize(quads, output=str(tmp), format=RdfFormat.TRIG, prefixes=PREFIXES)
        os.replace(tmp, self.path(name))

    def has(self, name: str) -> bool:
        return self.path(name).exists()

    def keep_only(self, names: set[str]) -> None:
        """Remove the files of the graphs not in `names` (dropped documents)."""
        if not self.folder.is_dir():
            return
        for f in self.folder.glob("*.trig"):
            if f.stem not in names | {LINKS, ONTOLOGY}:
                f.unlink(missing_ok=True)


def dataset_files(folder: Path) -> list[Path]:
    """The TriG files of a dataset folder, the ontology and the links first."""
    rest = sorted(p for p in folder.glob("*.trig") if p.stem not in (LINKS, ONTOLOGY))
    return [p for p in (folder / f"{ONTOLOGY}.trig", folder / f"{LINKS}.trig") if p.exists()] + rest
