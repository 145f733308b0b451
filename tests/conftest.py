from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from helpers import CHROMIUM, CHROMIUM_ARGS, CORPUS
from hypothesis.configuration import set_hypothesis_home_dir

# Hypothesis keeps its examples and a cache of the constants it read from the sources, which name
# their files by absolute path: kept out of the checkout
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "npf-graph-hypothesis")


@pytest.fixture(scope="session")
def records():
    """Records of the sample corpus, extracted once per test session."""
    from npf_graph.pipeline import extract_file

    return {p.name[:3]: extract_file(p) for p in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="session")
def sources():
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium for the tests of one module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def sample_out(tmp_path_factory):
    """The sample corpus built once, with its views, for the tests that only read what a build wrote."""
    from npf_graph.build import build

    out = tmp_path_factory.mktemp("sample") / "out"
    build([CORPUS], out)
    return out
