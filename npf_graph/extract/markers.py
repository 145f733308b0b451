"""Numeric citation markers as PDF conversion leaves them.

Used only where the document has a numbered reference list, so a number can be
checked against the labels: a bracket lost on either side (``[2起源``, ``[9。``,
``价值3]``), ``I``/``l`` read for ``1`` (``[I1]``, ``[is]`` for 15, ``[I`` for 1 after a
Chinese character), a superscript in LaTeX (``^ { [ 1 2 ] }``, ``^ [ _ { 1 6 } ]``, ``^ { [ } 9 ^ { ] }``)
or a formula of the bracket alone (``$\\left[ 6 - 7 \\right]$``), and
two labels run together (``[3943]`` for 39–43), a 10 that lost its 1 (``等人[0]``), a range that lost
its first label 1 (``[-2]``), markers that lost their digits (``[]``, ``PubMed[的``),
which are kept unresolved. Superscripts flattened into the text are read in ``flattened.py``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from npf_graph.extract.english_front_lines import INSTITUTION_EN
from npf_graph.extract.field_errors import field_error_markers
from npf_graph.extract.intervals import TWO_NUMBERS_RE, chained, interval
from npf_graph.extract.label_numbers import close_read_as_one, numbers_in, range_end
from npf_graph.extract.name_runs import INSTITUTION_RE
from npf_graph.ingest.chars import cjk_count, plain_tex

SEP = r"\s*\\?[-–—~～,，、.]\s*"  # '[4\~7': Markdown escapes a range's tilde
LOST_CLOSE_RE = re.compile(
    rf"(?:[\[［〔]|(?<=[^\s#])【)\s*(?P<body>\d{{1,3}}(?:{SEP}\d{{1,3}})*)(?![\d\]］〕】])"
    r"(?=\s*(?:[^\d\s,，\-–、.\]］〕]|[,，、.](?!\s*\d)))(?!\s*[x×X]\s*\d)"  # not '[3x3,64]': a size
)
LOST_OPEN_RE = re.compile(  # '…[7]8]提出': the second of two markers side by side lost its opening bracket
    r"(?<=[\u4e00-\u9fff\u3001-\u303f）)”\"\]］])(?P<body>\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*)\s*[\]］〕]"
)
# '参照相关研究(12]，': the opening bracket read as a parenthesis, after a word (not '区间(0,1]', open at its start)
PAREN_OPEN_RE = re.compile(r"(?<=[\u4e00-\u9fff])[(（]\s*(?P<body>\d{1,3}(?:\s*[-–]\s*\d{1,3})?)\s*[\]］]")
# '…风矢量反演5」。', '文献22」从…': the closing bracket read as '」', after 文献 or 等, or before punctuation
LOST_OPEN_QUOTE_RE = re.compile(
    r"(?:(?<=文献)|(?<=等)|(?<=[\u4e00-\u9fff》])(?=[\d\-–,，]{1,12}」[。，；、,;.．]))"
    r"(?P<body>\d{1,3}(?:[-–,，]\d{1,3})*)」"
)
# 'I'/'l' read for '1' in a bracket ('[I1]', '[II-12]', '[6-I1]', '[1l\~l3]'); a stray comma before the
# labels ('[,16-17]')
OCR_ONE_RE = re.compile(
    r"[\[［〔]\s*(?P<body>(?=[\dIl,，\s\-–\\~]*[Il])[\dIl]{1,3}(?:\s*\\?[-–~,，]\s*[\dIl]{1,3})*)\s*[\]］〕]"
    r"|[\[［〔]\s*(?P<lower_i>\d{1,3}\s*[-–~,，]\s*i\d|i\d\s*[-–~,，]\s*\d{1,3})\s*[\]］〕]"  # '[9-i1]': i for 1
    r"|[\[［〔]\s*[,，]\s*(?P<after_comma>\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*)\s*[\]］〕]"
)
AFTER_WORD = r"(?<=[\u4e00-\u9fff”\"）)》])"  # a bracket after a word, a quote or a closing bracket
# after a Chinese character: 'i' or 'I' for 1 with 's' for 5 or 'o' for 0 ('[is]', '[Io]'), a lone '[I'
OCR_LETTERS_RE = re.compile(
    rf"{AFTER_WORD}[\[［](?P<body>[iIl][sSoO]|[\d][sSoO]|[iIl](?=[，。、；\u4e00-\u9fff]))[\]］]?"
)
OCR_DIGITS = str.maketrans("iIlsSoO", "1115500")
LATEX_SUP_RE = re.compile(
    r"\^\s*\{[^{}\[\]]{0,12}?(?P<marker>[\[［]\s*(?P<body>[\d\s,，\-–]+?)\s*(?:\\right\s*)?[\]］])\s*\}"
)  # '^ { [ 1 2 ] }', '^ { \left[ 3 5 \right] }'
GROUP_BODY = r"\d[\d\s,，\-–]*?"  # the labels in one bracket of a formula, TeX's spaces between the digits
LATEX_GROUP_RE = re.compile(rf"[\[［]\s*(?P<body>{GROUP_BODY})\s*[\]］]")  # one group of a superscript
LATEX_GROUPS_RE = re.compile(rf"\^\s*\{{\s*(?:[\[［]\s*{GROUP_BODY}\s*[\]］]\s*){{2,}}\}}")  # '^ { [ 6 ] [ 1 2 ] }'
# '$\left[ 6 - 7 \right]$': a formula of the bracket alone
LATEX_ALONE_RE = re.compile(rf"(?<=\$)\s*(?P<marker>\\left\s*\[\s*(?P<body>{GROUP_BODY})\s*\\right\s*\])\s*(?=\$)")
# '$9 5 . 5 \% [ 4 9 ]$': the marker after a share, inside the formula that prints it
LATEX_PERCENT_RE = re.compile(r"\\%\s*(?P<marker>[\[［]\s*(?P<body>\d[\d\s,，\-–]{0,24}?)\s*[\]］])\s*(?=\$)")
# '^ [ _ { 1 6 } ]', '^ { [ _ { 3 } ] }': the label as a subscript inside the brackets
LATEX_SUB_RE = re.compile(r"\^\s*(?:\{\s*)?(?P<marker>[\[［]\s*_?\s*\{\s*(?P<body>[\d\s,，\-–]+?)\s*\}\s*[\]］])")

# '$[ 4 ^ { - 7 } ]$', '$[ 8 ^ { \sim } 1 8 ]$', '$[ 2 2 ^ { - 2 4 ] }$': a range whose dash became a superscript
LATEX_RANGE_RE = re.compile(
    r"(?<=\$)\s*(?P<marker>[\[［][\d\s{}^]{1,12}(?:[-–~]|\\sim)[\d\s{}^]{1,12}[\]］][\s}]*)(?=\$)"
)
# '^ { [ } 9 ^ { ] }', '^ [ { 9 } ^ { ] }': each bracket its own superscript group
LATEX_SPLIT_RE = re.compile(
    r"(?P<marker>\^\s*(?:\{\s*[\[［]\s*\}|[\[［]\s*\{)\s*(?P<body>\d[\d\s,，\-–]*?)\s*\}?\s*\^\s*\{\s*[\]］]\s*\})"
)

# '[3943]' for [39-43], '[4041]' for [40,41]: two labels whose separator was lost (never a year's 19/20)
JOINED_RE = re.compile(r"(?<=[\u4e00-\u9fff）)”\"])[\[［](?P<a>(?!19|20)\d{2})(?P<b>\d{2})[\]］]")
# '一线促排卵药[10-],': a range whose end the conversion lost (read on in `lost_labels`)
LOST_END_RE = re.compile(rf"{AFTER_WORD}[\[［]\s*(?P<body>\d{{1,3}})\s*[-–~～]\s*[\]］]?(?![\s\d\-–~～IilOoSs])")
LOST_ONE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[\[［][0oO][\]］]")
# '…时空分异特征[-2]、': a range whose first label, a thin 1, was lost ([1-2]); after a word, not '0.01C[-2]'
FIRST_LOST = r"[\[［]\s*[-–]\s*(?P<to>\d{1,3})\s*[\]］]"  # '[-2]': a range that lost its first label
LOST_FIRST_RE = re.compile(rf"{AFTER_WORD}{FIRST_LOST}")
ARRAY_TYPE_RE = re.compile(r"[A-Za-z\d_][\[［]\s*[\]］]\s*[A-Za-z_)]")  # 'WifiInfo[] msg)', 'byte[] data'
EMPTY_RE = re.compile(
    r"(?<!!)[\[［〔]\s*[\]］〕](?![(（])|(?<=[\u4e00-\u9fff）)”a-zA-Z])[\[［](?=[，。、；;])|(?<=[\u4e00-\u9fff])[\[［](?=,(?!\s*\d)(?![^\]］\n]{0,8}[\]］]))"
    r"|(?<=[\u4e00-\u9fff）)”])[\[［][-–\"“”][\]］](?![(（])"  # '分布[-]。', '社会福利["]': a dash or a quote left
)
# '增加了社会价值和文化价值]。': a closing bracket alone after a word, no bracket opened on its line before it
LONE_CLOSE_RE = re.compile(r"(?<=[\u4e00-\u9fff”\"])[\]］](?=[。，；、,;])")
# '网站[提供了…', '王世伟[认为…': an opening bracket left of a marker whose digits and closing bracket were lost
# '研究[，' whose digits were lost; not a phrase in brackets ('设计图[基于BIM模型导出的dwg图纸]')
LONE_OPEN_RE = re.compile(
    r"(?<=[\u4e00-\u9fff）)”a-zA-Z])[\[［](?=[ \t]?[\u4e00-\u9fff])"
    r"(?![^\]］\n]{0,12}[\]］])(?![^\[［\]］\n]{0,40}[\]］])"
)
LATEX_COMMAND_RE = re.compile(r"\\[A-Za-z]+\s*$")


# '_line.split(\t')[1].strip()': an index in a code listing; '[0,0],[1,1],[3, 2]', '[[2,2],[1, 2]]': arrays
METHOD_AFTER_RE = re.compile(r"\.[a-z_][A-Za-z_\d]*")  # '.strip(', '.stripO' (OCR): a name run on after the stop
INDEXED_BEFORE_RE = re.compile(r"[A-Za-z_]\w*\s?\[[A-Za-z_]\w*\]\s?$")  # 'HashB[HashValue][1]': an array indexed again
# 'sys.argv[1],"User…', 'x[1]).groupBy', '\alpha x [ 1 ] + \beta x [ 2 ]': a dotted name or a one-letter
# variable indexed, then an operator or code's punctuation
VARIABLE_BEFORE_RE = re.compile(r"(?:(?:[A-Za-z_][A-Za-z\d_]*\.)+[A-Za-z_][A-Za-z\d_]*|(?<![A-Za-z\\])[a-z])\s?$")
OPERATOR_AFTER_RE = re.compile(r"\s?(?:[)\]+*/>=$]|<(?![A-Za-z/])|,\s?[\"'A-Za-z\d(]|\.\d)")  # not '<td>', a tag
# 'fixedCell[81];', 'bitLivRowDig[1][2]=…': a name in camel case indexed, then code's punctuation (not
# 'fastText[2][3]，', a tool's name cited twice)
CAMEL_BEFORE_RE = re.compile(r"(?<![A-Za-z\d_])[a-z][a-z\d]*(?:[A-Z][a-z\d]*)+(?:\[\d+\])*$")
CODE_AFTER_RE = re.compile(r"(?:\[\d+\])*\s?[;=]")
# 'int values[81]；', 'bool fixedCell[81]': an array declared (by a type no English word spells, not 'long term[21]')
DECLARED_BEFORE_RE = re.compile(r"\b(?:int|bool|boolean|char|unsigned|u?int\d{1,2}_t)\s+[A-Za-z_]\w*(?:\[\d+\])*$")
# '2)intboxcell[9][9]': a name indexed twice, opening a line or after code's punctuation (not 'works[1][2]' in prose)
CODE_NAME = r"(?:(?<=^)|(?<=\n)|(?<=[^\sA-Za-z\d_]))[a-z_][a-z\d_]*"
TWICE_BEFORE_RE = re.compile(rf"{CODE_NAME}\[\d+\]$")
TWICE_AFTER_RE = re.compile(r"\[\d+\]")
CODE_NAME_BEFORE_RE = re.compile(rf"{CODE_NAME}$")
PAIR = r"[\[［]\s*\d+\s*,\s*\d+\s*[\]］]"
PAIRS_RE = re.compile(rf"(?:{PAIR}\s*,\s*){{2,}}{PAIR}|[\[［](?:{PAIR}\s*,\s*)+{PAIR}[\]］]")


# '[1] Division of Physics, Mathematics and Astronomy, …' at a line start: a unit's label, no citation
UNIT_LABEL_RE = re.compile(
    rf"[ \t]*(?:(?:[A-Z][a-z]+|and|of|for)[ \t]+){{0,6}}(?:{INSTITUTION_EN}|Division|Center|Centre)"
    rf"|[ \t]*[\u4e00-\u9fff]{{2,30}}?(?:{INSTITUTION_RE.pattern})"
)
COUNTRY_END_RE = re.compile(r"(?:China|U\.?S\.?A)\W{0,3}$")  # '…Pasadena, CA 91125,U.S.A [2] Infrared…'


def unit_label(text: str, start: int, end: int) -> bool:
    """The bracket at text[start:end] opens a line or follows a unit's country, and a unit follows it."""
    before = text[max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200) : start]  # a line's last 200
    return (not before.strip() or bool(COUNTRY_END_RE.search(before))) and bool(UNIT_LABEL_RE.match(text, end))


def pair_runs(text: str) -> list[tuple[int, int]]:
    """Where `text` prints three or more pairs of numbers in brackets, or an array of them: code."""
    return [(m.start(), m.end()) for m in PAIRS_RE.finditer(text)]


def in_code(text: str, start: int, end: int, pairs: list[tuple[int, int]]) -> bool:
    """The bracket at text[start:end] indexes or builds an array in code, not a citation: a method called
    on it, an index after a variable, an array of a listing, or it lies in one of the runs of pairs
    `pair_runs(text)` found."""
    if METHOD_AFTER_RE.match(text, end) or INDEXED_BEFORE_RE.search(text, max(0, start - 40), start):
        return True
    if VARIABLE_BEFORE_RE.search(text, max(0, start - 40), start) and OPERATOR_AFTER_RE.match(text, end):
        return True
    if _indexed_array(text, start, end):
        return True
    k = bisect.bisect_right(pairs, (start, len(text) + 1)) - 1
    return k >= 0 and pairs[k][0] <= start < pairs[k][1]


def _indexed_array(text: str, start: int, end: int) -> bool:
    """The bracket at text[start:end] indexes an array of a listing: after a name in camel case before
    '=' or ';', in a declaration, or one of two indexes after a name of code."""
    before = max(0, start - 40)
    return bool(
        (CAMEL_BEFORE_RE.search(text, before, start) and CODE_AFTER_RE.match(text, end))
        or DECLARED_BEFORE_RE.search(text, max(0, start - 60), start)
        or TWICE_BEFORE_RE.search(text, before, start)
        or (CODE_NAME_BEFORE_RE.search(text, before, start) and TWICE_AFTER_RE.match(text, end))
    )


CODE_LABEL_RE = re.compile(r"[\[［][\u4e00-\u9fff]{2,12}[\]］]\s*$")


def after_code_label(text: str, pos: int) -> bool:
    """'<td>[命运观念][22]</td>': a count after a bracketed code of a qualitative study, not a citation."""
    return bool(CODE_LABEL_RE.search(text, max(0, pos - 16), pos))


def no_citation(text: str, start: int, end: int, body: str, pairs: list[tuple[int, int]]) -> bool:
    """The intact bracket text[start:end] holding the numbers `body` cites nothing: the index of a root
    ('\\sqrt [ 3 ]'), a value assigned, code, a notebook's prompt, a unit's label on a byline, a count after a
    code, an interval or one of a chain of them, or a sound among transcribed sounds."""
    return (
        after_latex_command(text, start)
        or _assigned(text, start)  # 'Rating=[7.6,8.9]', '$\\Gamma _ { R } = [ 3 ]$': a value assigned
        or in_code(text, start, end, pairs)
        or unit_label(text, start, end)
        or after_code_label(text, start)
        or interval(text, start, body)
        or (bool(TWO_NUMBERS_RE.fullmatch(body)) and chained(text, start, end, body))
        or phonetic(text, start, end)
        or bool(DATA_NOTE_RE.search(text, max(0, start - 8), start))
        or (bool(PROMPT_RE.search(text, max(0, start - 6), start)) and text.startswith((":", "："), end))
    )


# '[t]', '[ts]', '[iε]', '[uə]', "[t']": a sound transcribed in brackets, lower-case Latin or phonetic letters
SOUND_RE = re.compile(r"[\[［][a-z\u0250-\u02afεθχβɣŋ'’ː~]{1,5}[\]］]")
SOUNDS_NEAR = 40  # how far on either side two other transcribed sounds make a bracket one of them


def phonetic(text: str, start: int, end: int) -> bool:
    """'到当 [t'] 道夺 [1] 难兰 [ts]': the bracket at text[start:end] stands among two or more transcribed
    sounds, a dialect's table of initials or finals, so its digit or its emptiness is a sound too."""
    near = SOUND_RE.findall(text, max(0, start - SOUNDS_NEAR), start) + SOUND_RE.findall(text, end, end + SOUNDS_NEAR)
    return len(near) >= 2


DATA_NOTE_RE = re.compile(r"支撑数据\s*$")  # '支撑数据[1-2]见期刊网络版': the data sets' own list
PROMPT_RE = re.compile(r"\b(?:In|Out)\s?$")  # 'In [2]: runfile(…)': a notebook's prompt


def _in_display_math(text: str, pos: int) -> bool:
    """`pos` inside a displayed formula ('$$ 2 i ( k ) [ 1 + cos ( … $$'): between two '$$' near it with no
    Chinese between them ('设计 $$ 施工过程中…[9。' in a sentence is none)."""
    before, after = text.rfind("$$", max(0, pos - 300), pos), text.find("$$", pos, pos + 300)
    return before >= 0 and after >= 0 and not cjk_count(text[before:after])


PROSE_REACH = 1000  # how far either side of a place its line is read, so that a long line costs no more


def in_prose(text: str, pos: int) -> bool:
    """`pos` lies in a line of running text: 40 characters or more, with a full stop or a semicolon,
    not a heading (a byline, a table's cells and headings are not prose). The line is read up to
    `PROSE_REACH` characters either side of `pos`."""
    start = _line_start(text, pos)
    line_end = text.find("\n", pos, pos + PROSE_REACH)
    line = text[start : min(len(text), pos + PROSE_REACH) if line_end < 0 else line_end]
    heading = (start == 0 or text[start - 1] == "\n") and line.lstrip().startswith("#")
    return len(line) >= 40 and not heading and bool(re.search(r"[。；]", line))


def _line_start(text: str, pos: int) -> int:
    """Where the line holding `pos` starts, or `PROSE_REACH` characters before `pos` on a longer line."""
    cut = text.rfind("\n", max(0, pos - PROSE_REACH), pos)
    return cut + 1 if cut >= 0 else max(0, pos - PROSE_REACH)


def after_latex_command(text: str, pos: int) -> bool:
    """'\\sqrt [ 3 ]' is an index of a root, not a citation."""
    return bool(LATEX_COMMAND_RE.search(text, max(0, pos - 40), pos))


HALF_OPEN_RE = re.compile(rf"{TWO_NUMBERS_RE.pattern}[)）]")  # '[20,40)': open at its end
# '区间[1,CW]', '[0,N-1]': an interval whose bound is a variable (not '[10,I]' nor '[1,II-3]': 1 read as I)
VARIABLE_BOUND_RE = re.compile(r"\s*[,，]\s*(?![IilOo\d\-–]+[\]］])[A-Za-z][\w\-+]{0,8}\s*[\]］)）]")
# 'num [1:252]', 'ddr3_in[63:32]': an index or a slice in code or its output, not after a word ('研究[17:18]')
SLICE_RE = re.compile(r"(?<![\u4e00-\u9fff）)”\"])[\[［]\s*\d+\s*[:：]\s*\d")


# '[2N,1]': a vector's size, a number times a variable, then a comma and its other bound
EXPRESSION_BOUND_RE = re.compile(r"[A-Za-z]\w{0,8}\s*[,，]\s*[\w\-+.]{1,8}\s*[\]］)）]")
INFINITE_BOUND_RE = re.compile(r"\s*[,，]\s*[+]?\s*(?:∞|\\infty)")  # '[10,∞]', '[10, +∞)'


def _no_lost_close(text: str, m: re.Match[str]) -> bool:
    """The bracket `m` opens, read as a marker whose closing bracket was lost, is none: an interval
    open at its end or bounded by a variable or infinity, or an index of code."""
    body_end = m.end("body")
    return bool(
        HALF_OPEN_RE.match(text, m.start("body"))
        or VARIABLE_BOUND_RE.match(text, body_end)
        or INFINITE_BOUND_RE.match(text, body_end)
        or EXPRESSION_BOUND_RE.match(text, body_end)
        or SLICE_RE.match(text, m.start())
        or _assigned(text, m.start())
    )


def damaged_markers(text: str, top: int) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, labels) of damaged markers; labels are [] when the digits were lost. None among
    transcribed sounds ('雨如 [] 支知 [m]')."""
    return (found for found in _damaged(text, top) if not phonetic(text, found[0], found[1]))


def _damaged(text: str, top: int) -> Iterator[tuple[int, int, list[str]]]:
    math = _Dollars(text)
    for pattern in (LATEX_SUP_RE, LATEX_SUB_RE, LATEX_SPLIT_RE, LATEX_ALONE_RE, LATEX_PERCENT_RE):
        for m in pattern.finditer(text):
            if labels := _tex_numbers(m.group("body"), top):
                yield m.start("marker"), m.end("marker"), labels
    for m in LATEX_GROUPS_RE.finditer(text):  # one marker a group: '^ { [ 7 ] [ 2 4 - 2 6 ] }'
        for group in LATEX_GROUP_RE.finditer(text, m.start(), m.end()):
            if labels := _tex_numbers(group.group("body"), top):
                yield group.start(), group.end(), labels
    for m in LATEX_RANGE_RE.finditer(text):
        body = plain_tex(m.group("marker")).strip("[]［］")
        if re.fullmatch(r"\d{1,3}[-–~]\d{1,3}", body) and (labels := numbers_in(body, top)):
            yield m.start("marker"), m.end("marker"), labels
    for pattern in (LOST_CLOSE_RE, LOST_OPEN_RE, LOST_OPEN_QUOTE_RE, PAREN_OPEN_RE):
        for m in pattern.finditer(text):
            if pattern is LOST_CLOSE_RE and _no_lost_close(text, m):
                continue  # '<td>[20,40)</td>', '区间[1,CW]', 'num [1:2]'
            if pattern is not LOST_OPEN_QUOTE_RE and _in_display_math(text, m.start()):
                continue  # '$$ … [ 1 + \cos ( …': a bracket of a formula
            body = close_read_as_one(m.group("body")) if pattern is LOST_CLOSE_RE else m.group("body")
            labels = numbers_in(body, top)
            if not labels and pattern is LOST_CLOSE_RE and re.fullmatch(r"\d{2,3}1", body):
                labels = numbers_in(body[:-1], top)  # '文献[141中…' in a list of 20: [14], its bracket read as 1
            if pattern is LOST_OPEN_QUOTE_RE and not in_prose(text, m.start()):
                continue  # '李鸿斌1」冯海娟²': a byline's mark
            if labels and not after_latex_command(text, m.start()):
                yield m.start(), m.end(), labels
    for m in OCR_ONE_RE.finditer(text):
        body = m.group("body") or m.group("after_comma") or m.group("lower_i").replace("i", "1")
        if re.search(r"[-–~,，]", body) and not re.search(r"\d", body):
            continue  # '[I-III]': Roman numerals, not labels
        body = body.replace("I", "1").replace("l", "1")
        labels = numbers_in(body, top) or numbers_in(_end_read(body), top)  # '[10-I]': 10-11, its end lost a 1
        if labels:
            yield m.start(), m.end(), labels
    for m in OCR_LETTERS_RE.finditer(text):
        labels = numbers_in(m.group("body").translate(OCR_DIGITS), top)
        if labels:
            yield m.start(), m.end(), labels
    for m in LOST_FIRST_RE.finditer(text):
        if labels := numbers_in(f"1-{m.group('to')}", top):
            yield m.start(), m.end(), labels
    for m in LOST_END_RE.finditer(text):
        if labels := numbers_in(m.group("body"), top):
            yield m.start(), m.end(), labels
    for m in LOST_ONE_RE.finditer(text):  # 'Mach等人[0]', '等人[o]': 10 with its 1 lost
        if top >= 10:
            yield m.start(), m.end(), ["10"]
    for m in JOINED_RE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b <= min(top, a + 10):
            yield m.start(), m.end(), [str(n) for n in range(a, b + 1)]
    for m in EMPTY_RE.finditer(text):
        # not '$= [ ]$' in a code listing: an empty list assigned; not an array's type ('Header[] headers')
        if not after_latex_command(text, m.start()) and not (math.inside(m.start()) and _assigned(text, m.start())):
            if not ARRAY_TYPE_RE.match(text, max(0, m.start() - 1)):
                yield m.start(), m.end(), []
    for m in LONE_OPEN_RE.finditer(text):
        if not math.inside(m.start()):
            yield m.start(), m.end(), []
    for m in LONE_CLOSE_RE.finditer(text):
        if _lone_close_in_prose(text, m.start()):
            yield m.start(), m.end(), []
    for start, end in field_error_markers(text):  # 'Itti 等人错误!未找到引用源。': a broken cross-reference
        yield start, end, []


def _tex_numbers(body: str, top: int) -> list[str] | None:
    """The labels a bracket in TeX names, the spaces between its digits dropped ('1 2 , 2 4' → 12, 24)."""
    return numbers_in(re.sub(r"(?<=\d)\s+(?=\d)", "", body), top)


def _end_read(body: str) -> str:
    """A range 'a-b' whose end lost its leading digits read back ('10-1' → '10-11', '7-1' → '7-11'), else
    `body`; not '1-1', which may be 10-11 as well as 1-11."""
    m = re.fullmatch(r"\s*(\d{1,3})\s*\\?[-–~]\s*(\d{1,3})\s*", body)
    if not m or m.group(1) == m.group(2):
        return body
    return f"{m.group(1)}-{range_end(m.group(1), m.group(2))}"


BYLINE_MARKS_RE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹]|[\u4e00-\u9fff]\d(?:,\d)+[，,\s]")  # '何佳宁1,2，郭伟¹，'


def _lone_close_in_prose(text: str, pos: int) -> bool:
    """The closing bracket at `pos` closes nothing ('[注：…整理]。' does): it stands in running text, no
    opening bracket is left open before it on its line, and no byline's names with their marks lead up to
    it ('何佳宁1,2，郭伟¹，朱迪]，')."""
    before = text[_line_start(text, pos) : pos]
    opened = max(before.rfind(c) for c in "[［【〔") > max(before.rfind(c) for c in "]］】〕")
    return in_prose(text, pos) and not opened and not BYLINE_MARKS_RE.search(before, max(0, len(before) - 30))


def _assigned(text: str, pos: int) -> bool:
    """An equals sign just before `pos` ('$L : = [ ]$')."""
    return bool(re.search(r"=\s*$", text[max(0, pos - 6) : pos]))


def alone_in_cell(text: str, start: int, end: int) -> bool:
    """The marker is all a table's cell holds ('<td>[21-27]</td>', an age range)."""
    return text[max(0, start - 4) : start] == "<td>" and text.startswith("</td>", end)


class _Dollars:
    """Where `text` prints '$' and breaks its lines: whether a place lies inside a $…$ formula of its line
    (an odd number of dollars before it on the line), in one lookup however long the line."""

    def __init__(self, text: str) -> None:
        self.dollars = [m.start() for m in re.finditer(r"\$", text)]
        self.breaks = [m.start() for m in re.finditer(r"\n", text)]

    def inside(self, pos: int) -> bool:
        k = bisect.bisect_left(self.breaks, pos)
        line_start = self.breaks[k - 1] + 1 if k else 0
        return (bisect.bisect_left(self.dollars, pos) - bisect.bisect_left(self.dollars, line_start)) % 2 == 1
