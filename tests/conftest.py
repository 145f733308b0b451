from __future__ import annotations

import pytest
from helpers import CORPUS


@pytest.fixture(scope="session")
def records():
    """Records of the sample corpus, extracted once per test session."""
    from npf_graph.pipeline import extract_file

    return {p.name[:3]: extract_file(p) for p in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="session")
def sources():
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
