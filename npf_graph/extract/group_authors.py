"""Authors that are groups: a guideline's expert panel, a report's project team, an editorial
office, printed under the title where a byline would be (``中国老年乳腺癌治疗共识专家组``,
``“中国智库透明度研究"课题组清华大学…``, ``…精神分裂症协作组，中华医学会全科医学分会通讯作者：…``,
``# 《中国科学院院刊》编辑部``). Read only when the page has no personal byline."""

from __future__ import annotations

import re

from npf_graph.document import Doc
from npf_graph.extract.frontpage import head_lines
from npf_graph.ingest.chars import cjk_count
from npf_graph.models import Author

GROUP_END = r"(?:专家组|共识组|协作组|工作组|学组|课题组|编写组|写作组|编辑部|编委会|专家委员会)"
ORG_END = rf"(?:{GROUP_END}|学会|分会|协会|研究会|委员会)"
# what may stand before the group on its line: heading marks, the paper's DOI run on ('10.12114/…0537中华医学会…')
LEAD_RE = re.compile(r"[\s#*]*(?:(?:DOI|doi)\s*[:：]?\s*)?(?:10\.\d{4,9}/[\w.\-/]*?\d(?=[\u4e00-\u9fff“\"《]))?")
GROUP_RE = re.compile(rf"[“\"《]?[\u4e00-\u9fff][\u4e00-\u9fff“”\"《》·]{{1,40}}{GROUP_END}")
MORE_RE = re.compile(rf"\s*[，,、]\s*([\u4e00-\u9fff]{{2,30}}{ORG_END})")  # '，中华医学会全科医学分会'
# the group's unit right after it: '…课题组清华大学　北京•100084'
UNIT_RE = re.compile(r"\s*([\u4e00-\u9fff]{2,30}?(?:大学|学院|研究院|研究所|研究中心|科学院))(?=[\s　•·,，]|\d|$)")
# after the groups: nothing, the corresponding author, a unit and address; not a sentence
REST_RE = re.compile(rf"\s*(?:$|通[讯信]作者|执笔|{UNIT_RE.pattern}|[^。；;]{{0,40}}$)")


def group_authors(doc: Doc) -> list[Author]:
    """The groups printed in place of a byline within the three lines under the title, or []."""
    lines = head_lines(doc)
    for i in range(1, min(4, len(lines))):
        text = lines[i].text
        lead = LEAD_RE.match(text)
        first = GROUP_RE.match(text, lead.end() if lead else 0)
        if not first or cjk_count(lines[i - 1].text) < 6:
            continue
        spans, pos = [first.span()], first.end()
        while more := MORE_RE.match(text, pos):
            spans.append(more.span(1))
            pos = more.end()
        if not REST_RE.match(text, pos):
            continue  # '本课题组在…。': a sentence about a group
        unit = UNIT_RE.match(text, pos)
        readable = doc.source.readable
        return [
            Author(
                id=f"author-{doc.record.id[:8]}-{text[a:b]}",
                name=text[a:b],
                role="group",
                affiliations=[unit.group(1)] if unit else [],
                span=readable.source_span(lines[i].start + a, lines[i].start + b),
            )
            for a, b in spans
        ]
    return []
