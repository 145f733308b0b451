"""npf-graph: a citation-and-claims knowledge graph of Chinese literature on 新质生产力."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "extract_file"]


def extract_file(path):
    from npf_graph.pipeline import extract_file as _extract_file

    return _extract_file(path)
