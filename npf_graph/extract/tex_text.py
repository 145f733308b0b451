"""Inline TeX math, as PDF conversion writes it into titles, read as the plain text it prints.

The conversion sets symbols and units in titles as spaced-out math: ``$\\mathbf { C O } _ { 2 }$``
for CO2, ``$2 . 4 \\mathsf { m }$`` for 2.4m, ``MPI $^ +$ CUDA`` for MPI+CUDA. ``math_as_text`` drops
the font commands and writes Greek letters and symbols as their characters, leaves the rest of the
markup (braces, sub- and superscript marks, the spaces between tokens) to ``ingest.chars.plain_tex``,
and closes the spaces the conversion put around the math where the text beside it is Chinese or
punctuation.
"""

from __future__ import annotations

import re

from npf_graph.ingest.chars import plain_tex

# math as the conversion writes it: no space inside its dollars' edges, and TeX in it or at most a few
# characters ('$L$', '$k .$'); '$5 and $6' is two sums of money
MATH_RE = re.compile(r"\s*\$(?![\s$])((?=[^$\n]*[\\{}^_])[^$\n]{1,200}|[^$\n]{1,4})(?<!\s)\$\s*")
COMMAND_RE = re.compile(r"\\([A-Za-z]+|[ ,;:!%&#$_{}])")
# commands that only set a font or a size: their argument is the text
STYLE = frozenset(
    "mathbf mathrm mathsf mathit mathtt mathbb mathcal mathfrak mathbfit textbf textrm textit textsf texttt "
    "text bf rm it sf tt pmb boldsymbol bm operatorname displaystyle textstyle scriptstyle left right "
    "big Big bigl bigr mathord mathop mathrel mathbin dot hat bar tilde vec overline underline".split()
)
GREEK = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau".split()
GREEK += "upsilon phi chi psi omega".split()
SYMBOLS: dict[str, str] = {
    **dict(zip(GREEK, "αβγδεζηθικλμνξοπρστυφχψω", strict=True)),
    **dict(zip((g.capitalize() for g in GREEK), "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ", strict=True)),
    "varepsilon": "ε",
    "vartheta": "θ",
    "varphi": "φ",
    "varsigma": "ς",
    "sim": "~",
    "times": "×",
    "cdot": "·",
    "pm": "±",
    "mp": "∓",
    "le": "≤",
    "leq": "≤",
    "ge": "≥",
    "geq": "≥",
    "neq": "≠",
    "ne": "≠",
    "approx": "≈",
    "circ": "°",
    "degree": "°",
    "prime": "′",
    "infty": "∞",
    "to": "→",
    "rightarrow": "→",
    "leftarrow": "←",
    "ldots": "…",
    "cdots": "…",
    "%": "%",
    "&": "&",
    "#": "#",
    "$": "$",
    "_": "_",
    "{": "{",
    "}": "}",
    " ": " ",
    ",": " ",
    ";": " ",
    ":": " ",
    "!": "",
    "quad": " ",
    "qquad": " ",
}
SPACE = "\ue000"  # an explicit space inside the math, kept where every other space goes
CLOSE_AROUND = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\-–—/()（）\[\]【】《》、，。：；“”‘’]")


def _math_text(tex: str) -> str:
    """The characters `tex` (the inside of ``$…$``) prints."""

    def command(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in STYLE:
            return ""
        return SYMBOLS.get(name, name).replace(" ", SPACE)

    text = COMMAND_RE.sub(command, tex.replace("~", SPACE))  # every command read: the rest is markup
    return plain_tex(text.replace("_", "")).replace(SPACE, " ").strip()


def math_as_text(text: str) -> str:
    """`text` with each inline math span written as the plain text it prints."""
    if "$" not in text:
        return text

    def replace(m: re.Match[str]) -> str:
        inner = _math_text(m.group(1))
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        symbol = not re.search(r"[0-9A-Za-z\u0370-\u03ff]", inner)  # '$^ +$', '$-$': an operator
        lead = " " if m.group(0)[0].isspace() and before and not symbol and not CLOSE_AROUND.match(before) else ""
        gap_after = m.group(0)[-1].isspace() and after and not symbol and not CLOSE_AROUND.match(after)
        gap_after = gap_after and after not in ":;,.!?"
        return lead + inner + (" " if gap_after else "")

    return MATH_RE.sub(replace, text).strip()
