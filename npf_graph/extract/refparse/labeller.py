"""The trained reference labeller: a linear-chain CRF over reference-string tokens.

The model file ships in the package (``refparser.crfsuite``) and is loaded once,
lazily. ``make train`` rebuilds it from the synthetic generator and the labelled
real strings (``training/``). Labels are BIO tags over the record's field names.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from npf_graph.extract.refparse.tokens import Token, features, tokenize

FIELD_LABELS = (
    "label",
    "author",
    "editor",
    "translator",
    "title",
    "container",
    "year",
    "date",
    "volume",
    "issue",
    "pages",
    "publisher",
    "place",
    "type",
    "edition",
    "url",
    "doi",
    "note",
)
MODEL_NAME = "refparser.crfsuite"


def model_path() -> Path:
    return Path(str(resources.files("npf_graph.extract.refparse").joinpath(MODEL_NAME)))


@lru_cache(maxsize=1)
def _tagger():  # -> pycrfsuite.Tagger | None
    import pycrfsuite

    path = model_path()
    if not path.exists():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def model_available() -> bool:
    return _tagger() is not None


def labels_from_spans(tokens: list[Token], spans: list[tuple[int, int, str]]) -> list[str]:
    """BIO tags of the tokens, from character spans of fields (training data)."""
    tags = ["O"] * len(tokens)
    for start, end, field in spans:
        inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
        for k, i in enumerate(inside):
            tags[i] = ("B-" if k == 0 else "I-") + field
    return tags


def spans_from_labels(tokens: list[Token], tags: list[str]) -> list[tuple[int, int, str]]:
    """Character spans of fields, from BIO tags (a new span at B- or a change of field)."""
    spans: list[tuple[int, int, str]] = []
    prev = "O"
    for tok, tag in zip(tokens, tags, strict=True):
        field = tag[2:]
        if tag.startswith("I-") and prev != "O" and prev[2:] == field:
            spans[-1] = (spans[-1][0], tok.end, field)
        elif tag != "O":
            spans.append((tok.start, tok.end, field))
        prev = tag
    return spans


def label_string(text: str) -> list[tuple[int, int, str]]:
    """Field spans of one reference string, or [] without a model."""
    tagger = _tagger()
    tokens = tokenize(text)
    if tagger is None or not tokens:
        return []
    tags = tagger.tag(features(text, tokens))
    return spans_from_labels(tokens, tags)
