"""Markers a word processor's broken cross-references printed as its error message.

A paper that numbers its citations with cross-reference fields prints, once those fields lose their
targets, the field's error message where each marker stood: `Itti 等人错误!未找到引用源。研究…`
('Error! Reference source not found.'). Each message is a marker whose label was lost, read from the
citing order as `[]` is. One that stands for an equation, a figure or a table (`由式错误!未找到引用源。推导`,
`如图错误!未找到引用源。所示`) is none, nor is the rest of a run that starts so (`根据公式错误!…和公式错误!…`,
`式错误!…错误!…`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# as converted: its 错 or its line lost, a semicolon read for the '!' ('误；未找到引用源'), a page break in it
MESSAGE = r"(?:错?误|Error)\s*[!！;；]\s*(?:未\s*找\s*到\s*(?:#+\s*)?引\s*用\s*源|Reference\s+source\s+not\s+found)"
FIELD_ERROR_RE = re.compile(rf"{MESSAGE}[。．.·]?")
# what runs several messages together: spaces, 、 和 与 及 或, a range's sign ('~', '\~', '$\sim$', '至')
RUN_BEFORE_RE = re.compile(rf"(?:{MESSAGE}[。．.·]?|[\s、和与及或~～\-–—至]|\\~|\$\s*\\sim\s*\$)*$")
# '由式', '根据公式', '如图', '见表', '第3节', 'Eq.', 'Fig.': a number of the paper's own, not a citation;
# not the words that end so ('模式', '地图', '发表', '环节', '文章')
OWN_NUMBER_RE = re.compile(
    r"(?:(?<![模形方范格程])式|(?<![地意试企版蓝])图|(?<![代发列外图])表|(?<![环季细情关])节|(?<![文规印])章"
    r"|Eq\.?|Fig\.?|Figure|Table|Section)\s*$"
)
SHOWN_AFTER_RE = re.compile(r"\s*(?:中?所示|中的公式)")  # '如错误!未找到引用源。所示'


def field_error_markers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each error message of a broken cross-reference in `text` that stands for a
    citation marker."""
    for m in FIELD_ERROR_RE.finditer(text):
        before = text[max(0, m.start() - 200) : m.start()]
        lead = RUN_BEFORE_RE.search(before)
        head = before[: lead.start()] if lead else before
        if not OWN_NUMBER_RE.search(head) and not SHOWN_AFTER_RE.match(text, m.end()):
            yield m.start(), m.end()
