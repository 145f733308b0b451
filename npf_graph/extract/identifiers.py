"""The document's own identifiers on its front page: DOI and Chinese Library Classification codes.

``DOI 10.16418/j.issn.1000-3045.2017.01.003``, ``【DOI】10.16670/j.cnki.cn11 -5823/tu.2017.04.02``, a DOI
without a label opening a line at the very top, ``中图分类号：TU17；TP391.98``, ``分类号：TP393G35``,
``中图分类号：TU-201；TU17``. Only the head of the document is read, so the DOIs of cited works in the
reference list are never taken for the paper's own.
"""

from __future__ import annotations

import re

from npf_graph.document import Doc
from npf_graph.extract.refheadings import HEADING_RE
from npf_graph.ingest.chars import plain_tex

HEAD_CHARS = 6000  # the front of a paper: where its identifiers, labels and keywords stand
# to a space, Chinese text or a bracket run on after it ('…2022.0522基金项目：…', '…2022.0533[基金项目]…')
DOI_RE = re.compile(
    r"(?<![\w/])10\s?\.\s?\d{4,9}\s?/(?:[^\s，。；;、\u4e00-\u9fff\[【]|\s(?=[-./\d])|(?<=\.)\s(?=[a-z]))+"
)
DOI_LABEL_RE = re.compile(r"(?:DOI|doi)\s*[】\]]?\s*[:：]?\s*(?=10\s?\.)")
CLC_LABEL_RE = re.compile(r"(?:中图(?:法)?分类号|分类号|CLC\s*(?:number|No\.?)?)\s*[】\]］]?\s*[:：]?\s*", re.I)
# 'U448.21+1', 'TP274+.2'; 'TU-201', 'S-01': a general subdivision after the class's letters
CLC_CODE_RE = re.compile(r"\s*[;；,，/:：]?\s*([A-Z]{1,2}\s?-?\d{1,4}(?:\.\d{1,4})*(?:[-/]\d{1,4}|\+\.?\d{0,4})?)")
CLC_HEAD_RE = re.compile(r"[A-Z]{1,2}-?\d")


def extract_identifiers(doc: Doc) -> Doc:
    head = doc.source.readable.text[:HEAD_CHARS]
    heading = HEADING_RE.search(head)  # a short paper's reference list: the DOIs there are of other works
    head = head[: heading.start()] if heading else head
    doc.record.doi = _doi(head)
    doc.record.clc = _clc(head)
    return doc


TOP_CHARS = 1500  # the top of the first page, where a DOI may stand without its label
BARE_DOI_RE = re.compile(r"(?m)^[ \t]*(?=10\.\d{4,9}/)")  # '10.12114/j.issn.1007-9572.2022.0569 梁普照¹，…'


def _doi(head: str) -> str | None:
    """The DOI after the first DOI label, or opening a line at the top without one."""
    label = DOI_LABEL_RE.search(head) or BARE_DOI_RE.search(head, 0, TOP_CHARS)
    m = DOI_RE.match(head, label.end()) if label else None
    if m is None:
        return None
    return re.sub(r"\s+", "", m.group()).rstrip(".。,)）]】\\*")  # a note's mark after it: '…12.015\\*'


def _clc(head: str) -> list[str]:
    """Codes after a CLC label, in printed order: 'TU17；TP391.98' -> ['TU17', 'TP391.98']."""
    label = CLC_LABEL_RE.search(head)
    if label is not None and head.startswith("$", label.end()):
        head = head[: label.end()] + _untex(head, label.end())
    if label is None or not CLC_HEAD_RE.match(head, label.end()):
        return []
    codes, pos = [], label.end()
    while (m := CLC_CODE_RE.match(head, pos)) is not None and len(codes) < 6:
        codes.append(m.group(1).replace(" ", ""))
        pos = m.end()
    return codes


TEX_CODE_RE = re.compile(r"\$([^$\n]{1,80})\$")


def _untex(head: str, pos: int) -> str:
    """The code a formula at `pos` prints, written out, with the rest of `head` after it:
    '$\\mathrm { T N } 9 2 7 { + } . 2$' -> 'TN927+.2'; '$\\mathrm { T P } 2 7 4 ^ { + }$ .2' -> 'TP274+.2'."""
    m = TEX_CODE_RE.match(head, pos)
    if m is None:
        return head[pos:]
    code, rest = plain_tex(m.group(1)), head[m.end() :]
    code = re.sub(r"(?<=^[A-Z])l(?=\d)", "1", code)  # 'P l 8 2 . 3': the recogniser's l for 1
    if tail := re.match(r"[ \t]*(\.?)[ \t]*(\d{1,4})", rest) if code.endswith(("+", ".")) else None:
        code, rest = code + tail.group(1) + tail.group(2), rest[tail.end() :]  # '$…2 7 4 ^ { + }$ .2'
    return code + " " + rest
