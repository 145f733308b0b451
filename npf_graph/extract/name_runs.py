"""Runs of Chinese characters read as personal names: glued names cut where each starts with a
surname (``吴志强祝忠明`` -> 吴志强, 祝忠明), words of common use and units told from names."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from npf_graph.extract.surnames import surname_length, surname_rank
from npf_graph.ontology import tokenizer

NOT_IN_NAMES = set("的是在与及了于对以从这那们个年期卷页摘词")  # not 为, 其 or 之: 陈颖为, 张其春, 张含之; not 要 or
# 键 of the labels 摘要, 关键词 (彭中要, 杨金键): those hold 摘 and 词
STATIONS = "气象台|天文台|观象台|电视台"  # a unit named by its station
AFFILIATION_RE = re.compile(
    rf"大学|学院|研究|中心|公司|医院|实验室|科学院|图书馆|委员会|协会|学会|集团|学校|杂志社|出版社|{STATIONS}"
    r"|部|局|所|院|厅|处|站|省|市"
)
# what only an affiliation holds; the single characters of AFFILIATION_RE (局, 所, 部) also end title words
INSTITUTION_RE = re.compile(r"大学|学院|研究[所院]|研究中心|实验室|科学院|医院|公司|委员会|图书馆|集团|学校|\d{6}")
SECTION_WORDS = frozenset("引言 前言 导言 绪论 序言 结论 结语 概述 综述 目录 附录 致谢 后记 摘要 正文".split())
NOT_IN_TRANSLITERATED = NOT_IN_NAMES - {"那"}  # '古力米热·哈那提', '那顺·巴雅尔': a syllable of such names
COMMON_SURNAMES = 100  # rank below which a surname glued after a transliterated name opens the next name


def lone_name(text: str) -> bool:
    """Two to four characters alone on a line under a title: a name unless a word, an institution
    or a column heading ('综述', '研究论文')."""
    return not (
        text in SECTION_WORDS
        or any(c in NOT_IN_NAMES for c in text)
        or AFFILIATION_RE.search(text)
        or common_word(text, 50)
        or any(common_word(text[k : k + 2], 2000) for k in range(len(text) - 1))
    )


def is_name(piece: str) -> bool:
    if "·" in piece:
        return all(1 <= len(p) <= 6 for p in piece.split("·"))
    n = surname_length(piece)
    if not n or any(c in NOT_IN_NAMES for c in piece[n:]) or common_word(piece, 2000):
        return False  # '项目', '方向': words, not names
    return 2 <= len(piece) <= (4 if n == 2 else 3)


@lru_cache(maxsize=4096)
def split_run(run: str) -> tuple[str, ...] | None:
    """Cut a run of glued names; None when it cannot be read as names only."""
    if "·" in run:
        return _split_minority(run)
    if len(run) <= 3:
        return (run,) if is_name(run) else None
    best: tuple[tuple[int, int], tuple[str, ...]] | None = None
    for k in (3, 2, 4):
        head = run[:k]
        if len(run) > k and is_name(head):
            rest = split_run(run[k:])
            if rest is not None:
                pieces = (head, *rest)
                three, common = reading_score(pieces)
                score = (three - len(rest), common)
                if best is None or score > best[0]:
                    best = (score, pieces)
        elif len(run) == k and is_name(head):
            return (head,)
    return best[1] if best else None


def reading_score(pieces: tuple[str, ...]) -> tuple[int, int]:
    """How well names read: most three-character names, then the commoner surnames."""
    return sum(len(p) == 3 for p in pieces), -sum(surname_rank(p) for p in pieces)


def four_character_name(run: str) -> bool:
    return (
        len(run) == 4
        and surname_length(run) == 1
        and not (is_name(run[:2]) and is_name(run[2:]))
        and not common_word(run[:2])
        and not common_word(run[2:])
        and not AFFILIATION_RE.search(run)
    )


def _split_minority(run: str) -> tuple[str, ...] | None:
    """'古丽·加帕尔黄粤' -> ('古丽·加帕尔', '黄粤'): a transliterated name, maybe glued to the next."""
    head, _, last = run.rpartition("·")
    if not all(1 <= len(part) <= 6 for part in head.split("·")) or any(c in NOT_IN_TRANSLITERATED for c in run):
        return None  # '康拉德·阿登纳基金会的运行机制…': a title with a transliterated name in it
    for k in range(2, min(len(last) - 1, 7)):
        rest = split_run(last[k:])
        if rest is not None and surname_rank(last[k:]) < COMMON_SURNAMES:
            return (f"{head}·{last[:k]}", *rest)  # a rare surname ('利', '都') is a syllable of the name
    return (run,) if is_name(run) else None


def misplaced_space(left: str, right: str) -> bool:
    """Two runs that read as names only together: the space between them fell inside a name. When
    `left` reads alone, only a two-character name padded by the space ('张含玉黄 萱方怒放') counts."""
    if len(left) < 3 or len(right) < 3 or split_run(right) is not None:
        return False
    joined = split_run(left + right)
    if joined is None or split_run(left) is None:
        return joined is not None
    end = 0
    for piece in joined:  # the name that holds the characters on both sides of the space
        end += len(piece)
        if end > len(left):
            return len(piece) == 2 and end == len(left) + 1
    return False


def two_words(run: str) -> bool:
    """Four characters that are two words in common use ('经济发展'), not a name."""
    return len(run) == 4 and common_word(run[:2], 2000) and common_word(run[2:], 2000)


def common_word(text: str, threshold: int = 100) -> bool:
    """A word of the dictionary in common use (国家, 南方), which is no personal name."""
    tk = tokenizer()
    tk.check_initialized()
    return (tk.FREQ.get(text) or 0) >= threshold


def spaced_pairs(line: str, runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Four or more single characters in a row, one gap between each ('冯斌 李 健 林 燕 徐盛玉'): names of
    two characters spaced out by the typesetter, joined in pairs (after three for an odd count)."""
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(runs):
        gap = _gap(line, runs, k)
        j = k
        while len(runs[k][2]) == 1 and j + 1 < len(runs) and len(runs[j + 1][2]) == 1 and _gap(line, runs, j) == gap:
            j += 1
        count = j - k + 1
        if count < 4 or gap not in (" ", "\u3000"):
            out.append(runs[k])
            k += 1
            continue
        for size in [3] + [2] * ((count - 3) // 2) if count % 2 else [2] * (count // 2):
            group = runs[k : k + size]
            out.append((group[0][0], group[-1][1], "".join(r[2] for r in group)))
            k += size
    return out


def _gap(line: str, runs: list[tuple[int, int, str]], k: int) -> str:
    """What stands between runs[k] and the next run ('' after the last)."""
    return line[runs[k][1] : runs[k + 1][0]] if k + 1 < len(runs) else ""


def names_split_by_spaces(line: str, runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Glued names whose two-character ones the typesetter spaced out ('黄 麟曹 巍刘璐璐', '刘 刚曹 植王鹤鸣'):
    where runs joined by single spaces read as names only when each space falls inside a name
    of two characters, those names become runs of their own. The last run keeps what follows its
    spaced name (more names, a unit) for the byline to read."""
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(runs):
        j = k
        while j + 1 < len(runs) and _gap(line, runs, j) in (" ", "\u3000"):
            j += 1
        chain = runs[k : j + 1]
        out.extend(_spaced_reading(chain) or chain)
        k = j + 1
    return out


def _spaced_reading(chain: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """The runs of `chain` cut so that each space lies inside a two-character name; None when the
    runs read as names as they stand, or when that cut leaves anything but names before the last."""
    texts = [text for _s, _e, text in chain]
    if len(chain) < 2 or any(len(t) < 2 for t in texts[1:-1]):
        return None
    as_they_stand = [split_run(t) for t in texts[:-1]]
    out: list[tuple[int, int, str]] = []
    for (start, end, text), (next_start, _ne, following) in pairwise(chain):
        lead_start = start + 1 if out else start  # the first character closed the name before
        lead = text[lead_start - start : -1]
        name = text[-1] + following[0]
        if surname_length(name) != 1 or not is_name(name) or (lead and split_run(lead) is None):
            return None
        if lead:
            out.append((lead_start, end - 1, lead))
        out.append((end - 1, next_start + 1, name))
    last_start, last_end, last = chain[-1]
    if all(as_they_stand):  # read both ways: as printed, unless the last run is a character glued to a unit
        standing = tuple(p for pieces in as_they_stand for p in pieces or ())  # ('谭显春顾佰和王 毅中国科学院…')
        spaced = tuple(p for _s, _e, text in out for p in split_run(text) or (text,))  # and the spaced reads better
        glued_to_unit = INSTITUTION_RE.search(last) and not any(is_name(last[:k]) for k in (2, 3, 4))
        if not glued_to_unit or reading_score(spaced) <= reading_score(standing):
            return None
    return [*out, (last_start + 1, last_end, last[1:])] if len(last) > 1 else out


def two_glued_names(run: str) -> tuple[str, ...]:
    """A run of five characters among names set apart by spaces, ending in a name whose surname is
    known, is two names, the first's surname unknown ('骞伟中史琳'); otherwise one ('王亚萨仁娜')."""
    for k in (2, 3):
        if len(run) == 5 and is_name(run[-k:]) and not common_word(run[-k:]):
            return run[:-k], run[-k:]
    return (run,)
