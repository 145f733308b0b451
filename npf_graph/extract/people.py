"""Names, roles and affiliations as Chinese and English bylines print them."""

from __future__ import annotations

import re

CJK_NAME = r"[\u4e00-\u9fff·]{2,4}"
MARK = r"(?:[\d,，¹²³⁴⁵⁶⁷⁸⁹⁰*＊]+|\^\{[^}]*\})?"  # affiliation numbers or note marks after a name
BYLINE_RE = re.compile(rf"^\s*(?:{CJK_NAME}){MARK}(?:[ \u3000　、，,]+{CJK_NAME}{MARK}){{0,9}}\s*$")
NUMBERED_NAME_RE = re.compile(rf"({CJK_NAME})([\d,，¹²³⁴⁵⁶⁷⁸⁹⁰]*)")
BULLET_BYLINE_RE = re.compile(rf"^\s*[■□●◆▲]\s*({CJK_NAME}(?:[ \u3000、，,]+{CJK_NAME})*)\s*$")
EN_NAME_RE = re.compile(r"\b([A-Z]{2,}(?:-[A-Z]+)?)\s+([A-Z][a-z]+(?:-[A-Za-z][a-z]+)*)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
ROLES = sorted(
    """教授 副教授 研究员 副研究员 特聘研究员 助理研究员 讲师 助教 博士 博士后 博士生 博士研究生 硕士 硕士生 硕士研究生
    研究生 本科生 主任 副主任 所长 副所长 院长 副院长 常务副院长 执行院长 专家 首席专家 高级经济师 经济师 首席经济学家
    博士生导师 硕士生导师 博导 学者 主编 副主编 理事长 副理事长 秘书长 部长 副部长 处长 副处长 董事长 总经理 特聘教授
    长聘教授 资深研究员 高级研究员 研究助理 客座教授 兼职教授 分析师 记者 编辑 教师 成员 负责人 首席科学家""".split(),
    key=len,
    reverse=True,
)
NOT_NAMES = {
    "摘要",
    "提要",
    "关键词",
    "作者",
    "引言",
    "前言",
    "结语",
    "目录",
    "编者按",
    "参考文献",
    "工作论文",
    "专家视角",
}


def strip_roles(text: str) -> str:
    """'北京大学经济学院金融系教授、博士' -> '北京大学经济学院金融系'."""
    t = text.strip(" 、,，;；。")
    changed = True
    while changed and t:
        changed = False
        for role in ROLES:
            if t.endswith(role) and len(t) > len(role) + 1:
                t = t[: -len(role)].rstrip(" 、,，和及")
                changed = True
                break
    return t


def split_affiliations(text: str) -> list[str]:
    """Affiliations in a phrase like '上海社会科学院经济研究所所长、研究员,华东师范大学…教授'."""
    out: list[str] = []
    for chunk in re.split(r"[,，;；]", text):
        chunk = chunk.strip()
        if not chunk or re.search(
            r"邮政编码|邮编|电子(?:信箱|邮箱)|e-?mail|电话|\d{6}|研究方向|人$|^(?:男|女)$", chunk, re.I
        ):
            continue
        aff = strip_roles(chunk)
        if aff and aff not in ROLES and len(aff) >= 4 and re.search(r"[\u4e00-\u9fff]", aff):
            out.append(aff)
    return out


def byline_names(line: str) -> list[str]:
    """Chinese names on a byline such as '范从来 郑琼洁' or '■刘亮'; empty if it is not one."""
    s = line.strip()
    m = BULLET_BYLINE_RE.match(s)
    if m:
        return [n for n in re.split(r"[ \u3000、，,]+", m.group(1)) if n]
    if BYLINE_RE.match(s) and re.search(r"[\s、，,\d¹²³⁴⁵⁶⁷⁸⁹*＊]", s.strip()):
        names = [m.group(1) for m in NUMBERED_NAME_RE.finditer(s)]
        if names and all(n not in NOT_NAMES for n in names):
            return names
    return []


SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


def byline_affiliation_numbers(line: str) -> dict[str, list[int]]:
    """'张三1，2 李四2' -> {'张三': [1, 2], '李四': [2]} (the numbers of their affiliations)."""
    out: dict[str, list[int]] = {}
    for m in NUMBERED_NAME_RE.finditer(line.translate(SUPERSCRIPTS)):
        out[m.group(1)] = [int(x) for x in re.findall(r"\d+", m.group(2))]
    return out


def numbered_affiliations(line: str) -> dict[int, str]:
    """'（1. 北京大学 经济学院，北京 100871；2. 清华大学…）' -> {1: '北京大学经济学院', 2: …};
    a single unbracketed-number unit gets number 0 (it applies to every author)."""
    body = line.strip().strip("（）()")
    parts = re.split(r"[；;]\s*(?=\d+[.．、\s])", body)
    out: dict[int, str] = {}
    for part in parts:
        m = re.match(r"^\s*(\d+)\s*[.．、]?\s*(.+)$", part)
        number, text = (int(m.group(1)), m.group(2)) if m else (0, part)
        unit = re.split(r"[，,]", text)[0]
        unit = re.sub(r"\s+", "", unit)
        if re.search(r"大学|学院|研究院|研究所|研究中心|科学院|中心|银行|公司|委员会|部|局|所|院", unit):
            out[number] = strip_roles(unit)
    return out


def english_names(line: str) -> list[str]:
    """'FAN Conglai¹ ZHENG Qiongjie²' -> ['FAN Conglai', 'ZHENG Qiongjie']."""
    return [f"{a} {b}" for a, b in EN_NAME_RE.findall(line)]


def is_english_byline(line: str) -> bool:
    names = english_names(line)
    rest = EN_NAME_RE.sub("", line)
    return bool(names) and not re.search(r"[a-z]{3,}", rest) and len(line) < 120
