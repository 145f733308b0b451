"""Authors: Chinese bylines, footnoted author notes, English bylines, and bundled parts."""

from __future__ import annotations

import re

from npf_graph.document import Doc
from npf_graph.extract.affiliations import UNIT_END_RE, affiliation_units
from npf_graph.extract.frontpage import head_authors
from npf_graph.extract.group_authors import group_authors
from npf_graph.extract.name_runs import AFFILIATION_RE
from npf_graph.extract.people import (
    EMAIL_RE,
    ROLES,
    byline_affiliation_numbers,
    byline_names,
    english_names,
    is_english_byline,
    numbered_affiliations,
    split_affiliations,
)
from npf_graph.extract.pinyin_names import capitalised_names, pinyin_authors, regrouped_by_pinyin
from npf_graph.extract.tex_text import math_as_text
from npf_graph.models import Author, Part

NOTE_RE = re.compile(r"^\s*(?:\^\{\*\}|\*|作者简介\s*[:：]|作者\s*[:：]|[（(]作者为)\s*")
ROLE_NOTE_RE = re.compile(r"^[（(]?作者为(.+?)[）)]?\s*$")
# what a note about an author says first besides a unit (byline.AFFILIATION_RE): a rank or degree, an address
NOTE_FACT_RE = re.compile(r"县|教授|博士|硕士|讲师|学生|师|员|主任|主席|书记|[Ee]-?mail|邮箱|信箱|@|\d{4}")


def _author(doc: Doc, name: str, near: int) -> Author:
    pos = doc.text.find(name, near)
    if pos < 0:
        pos = doc.text.find(name)
    span = doc.span(pos, pos + len(name)) if pos >= 0 else None
    return Author(id=f"author-{doc.record.id[:8]}-{name}", name=name, span=span)


def _parse_note(body: str) -> dict[str, tuple[list[str], str | None]]:
    """'范从来，南京大学…教授，…，电子信箱：x；郑琼洁，…' -> name -> (affiliations, email)."""
    out: dict[str, tuple[list[str], str | None]] = {}
    for chunk in re.split(r"[；;]\s*", body):
        chunk = re.sub(r"^\s*([\u4e00-\u9fff·]{2,4})\s*[（(][^）)]*[）)]", r"\1", chunk)  # 张三（1985—）
        chunk = re.sub(r"[，,]\s*(?:男|女)(?=[，,])", "", chunk)
        m = re.match(r"^\s*([\u4e00-\u9fff·]{2,4})\s*[，,、]\s*(.+)$", chunk)
        first = re.split(r"[。！？]", m.group(2))[0] if m else ""
        if not m or not (AFFILIATION_RE.search(first) or NOTE_FACT_RE.search(first)):
            continue  # '反之，经精氨酸酶…': body text run into the note by a conversion
        emails = EMAIL_RE.findall(m.group(2))
        out[m.group(1)] = (split_affiliations(m.group(2)), emails[0] if emails else None)
    return out


def extract_authors(doc: Doc) -> Doc:
    rec = doc.record
    paras = doc.paragraphs()
    authors: dict[str, Author] = {}
    bullet_bylines: list[tuple[int, list[str]]] = []
    # a journal's front page first; a bundle of commentaries has a '■name' byline for each piece
    bundle = sum(p[2].strip()[:1] in "■□●◆▲" and bool(byline_names(p[2])) for p in paras[:40]) >= 2
    head = [] if bundle else head_authors(doc)
    if len(head) >= 2:  # '陈群林丁珂' read 陈群, 林丁珂 where the English block prints 'CHEN Qunlin,DING Ke'
        head = regrouped_by_pinyin(head, doc.source.text, doc.source.readable.text)
    for author in head:
        authors.setdefault(author.name or "", author)
    for i, (start, _end, para) in enumerate([] if authors else paras[:40]):
        names = byline_names(para)
        if not names:
            continue
        if para.strip()[0] in "■□●◆▲":
            bullet_bylines.append((start, names))
        for n in names:
            authors.setdefault(n, _author(doc, n, start))
        _affiliation_line(paras[i + 1][2] if i + 1 < len(paras) else "", para, authors)
    for start, _end, para in paras:
        m = NOTE_RE.match(para)
        if not m:
            continue
        body = para[m.end() :]
        role = ROLE_NOTE_RE.match(para.strip())
        if role:
            owner = _owner_of_role_note(bullet_bylines, start, list(authors))
            if owner and owner in authors and not authors[owner].affiliations:
                authors[owner].affiliations = split_affiliations(role.group(1))
            continue
        for name, (affs, email) in _parse_note(body).items():
            author = authors.get(name) or authors.setdefault(name, _author(doc, name, start))
            if affs and not author.affiliations:
                author.affiliations = affs
            if email and not author.email:
                author.email = email
    if not authors and not bundle:  # '里昕四川省社会科学院…' over 'Li Xin Sichuan Academy…'
        authors = {a.name or "": a for a in pinyin_authors(doc)}
    if not authors and not bundle:  # '中国老年乳腺癌治疗共识专家组' printed where the byline would be
        authors = {group.name or "": group for group in group_authors(doc)}
    _units_in_notes(doc.text, authors)
    _units_of_all(doc.source.readable.text, authors)
    _english_names(doc, authors)
    rec.authors = list(authors.values())
    doc.notes["bullet_bylines"] = bullet_bylines
    return doc


# '吴琼: 中国科学院计算技术研究所网络重点实验室 博士生谭松波： …': a note giving each author's unit, then a rank;
# the name before a space instead of a colon, the rank after a comma or a 、
NOTE_UNIT_END_RE = re.compile("|".join([r"[，,、。;；\s(（]|Email|E-mail|电话", *ROLES]))
# a unit's name, to where it ends as units do ('…实验室系统结构组', '中科院计算所' of '中科院计算所客座'); not
# what an author did ('乔晓东：提出研究思路，…', '负责实验室测试', '混沌分析代码的部分实现'), a contribution
UNIT_NAME_RE = re.compile(
    r"(?!负责|提出|设计|采集|撰写|参与|完成|修改|修订|指导|审阅|整理|收集|分析|实施|构建)"
    rf"[\u4e00-\u9fff/·]+(?:{UNIT_END_RE.pattern}|(?<!组)组)"
)


def _units_in_notes(text: str, authors: dict[str, Author]) -> None:
    """Authors with no unit yet get the one a note names after their name and a colon or a space
    ('吴琼: 中国科学院…', '付岩 中国科学院…')."""
    for name, author in authors.items():
        if author.affiliations or len(name) < 2 or not re.fullmatch(r"[\u4e00-\u9fff·]+", name):
            continue
        # '王睿: 体系结构国家重点实验室、硕士研究生', '付岩 中国科学院计算技术研究所前瞻研究实验室，副研究员'
        for m in re.finditer(rf"{re.escape(name)}(?:\s*[:：]\s*|[ \t\u3000]+(?=[\u4e00-\u9fff]))", text):
            end = NOTE_UNIT_END_RE.search(text, m.end(), m.end() + 60)
            unit = re.split(r"[:：]", text[m.end() : end.start() if end else m.end() + 60])[0]  # '…课题组王磊: …'
            named = UNIT_NAME_RE.match(unit) if re.fullmatch(r"[\u4e00-\u9fff/·]+", unit) else None
            if named and 4 <= len(named.group()) and AFFILIATION_RE.search(named.group()) and "的" not in unit:
                author.affiliations = [named.group()]
                break


UNITS_NOTE_RE = re.compile(r"^[ \t#*]*作者单位\s*[:：]\s*(.+)$", re.M)  # '作者单位：中国科学院…，北京，100190中国…'


def _units_of_all(text: str, authors: dict[str, Author]) -> None:
    """A note naming the units of all the authors, none of whom has one yet, gives each of them all."""
    if not authors or any(a.affiliations for a in authors.values()):
        return
    if note := UNITS_NOTE_RE.search(text):
        body = re.split(r"收稿日期|基金项目|通[讯信]作者", note.group(1))[0]
        units = [unit for _number, unit in affiliation_units(body)]
        for author in authors.values():
            author.affiliations = list(units)


def _affiliation_line(line: str, byline: str, authors: dict[str, Author]) -> None:
    """The parenthesised affiliation line under a byline: '（1. 北京大学 经济学院，北京 100871；2. …）'."""
    if not re.match(r"^\s*[（(]", line):
        return
    units = numbered_affiliations(line)
    if not units:
        return
    numbers = byline_affiliation_numbers(byline)
    for name, author in authors.items():
        if author.affiliations or name not in numbers:
            continue
        wanted = numbers[name] or sorted(units)
        author.affiliations = [units[n] for n in wanted if n in units] or list(units.values())[:1]


def _owner_of_role_note(bylines: list[tuple[int, list[str]]], pos: int, names: list[str]) -> str | None:
    before = [names_ for start, names_ in bylines if start < pos]
    if before:
        return before[-1][0]
    return names[0] if len(names) == 1 else None


def _english_names(doc: Doc, authors: dict[str, Author]) -> None:
    """Pair the English byline printed over the English abstract with the Chinese names."""
    paras = doc.paragraphs()
    for i, (_start, _end, para) in enumerate(paras):
        if not re.match(r"^\s*Abstract\s*[:：.]", para, re.I):
            continue
        for j in range(i - 1, max(-1, i - 6), -1):
            if is_english_byline(paras[j][2]):
                names = english_names(paras[j][2])
                zh = list(authors.values())
                if zh and len(zh) == len(names):
                    for author, en in zip(zh, names, strict=True):
                        author.name_en = en
                elif not zh:
                    for en in names:
                        pos = doc.text.find(en, paras[j][0])
                        authors[en] = _pinyin_author(doc, en, pos, pos + len(en))
                return
        if not authors:  # '…in Animals QI Dongfeng1 YANG Suliang1LIHaijing²… (1.Hennan…)': no byline of its own
            _capitalised_authors(doc, paras[max(0, i - 5) : i], authors)
        return


def _capitalised_authors(doc: Doc, paras: list[tuple[int, int, str]], authors: dict[str, Author]) -> None:
    """Authors named in Pinyin only, on the nearest line over the English abstract that names two or more,
    or one before the units' bracket."""
    for start, _end, para in reversed(paras):
        names = capitalised_names(para)
        one = len(names) == 1 and re.match(r"[\s\d¹²³⁴⁵⁶⁷⁸⁹*\\,，]*[(（]", para[names[0][1] :])
        if len(names) >= 2 or one:
            for a, b, en in names:
                authors[en] = _pinyin_author(doc, en, start + a, start + b)
            return


def _pinyin_author(doc: Doc, en: str, start: int, end: int) -> Author:
    """An author known only by the name in Pinyin `en`, printed from `start` to `end`."""
    return Author(
        id=f"author-{doc.record.id[:8]}-{en.replace(' ', '_')}", name=None, name_en=en, span=doc.span(start, end)
    )


def extract_parts(doc: Doc) -> Doc:
    """A bundle of short articles: one part per bullet byline, titled by its level-1 heading."""
    bylines = doc.notes.get("bullet_bylines") or []
    assert isinstance(bylines, list)
    if len(bylines) < 2 or doc.seg is None:
        return doc
    top = [s for s in doc.seg.sections if s.level == 1 and math_as_text(s.title) != doc.record.title]
    used: set[int] = set()
    for n, (pos, names) in enumerate(bylines):
        nxt = bylines[n + 1][0] if n + 1 < len(bylines) else len(doc.text)
        prev = bylines[n - 1][0] if n else 0
        before = [i for i, s in enumerate(top) if prev <= s.start < pos and i not in used]
        after = [i for i, s in enumerate(top) if pos < s.start < nxt and i not in used]
        pick = before[-1] if before else (after[0] if after else None)
        if pick is None:
            continue
        used.add(pick)
        sec = top[pick]
        doc.record.parts.append(
            Part(
                id=doc.item_id("part", sec.start, sec.heading_end),
                title=sec.title,
                authors=names,
                span=doc.heading_span(sec.start, sec.heading_end),
            )
        )
    return doc
