"""English keywords whose separators the conversion lost: 'Radical innovationScientific knowledge',
'science and technology think tanktechnological innovation governance…'.

Where the line holds no separator at all, keywords are cut at a case change inside a word
('innovationScientific'); short of the number of Chinese keywords, before a capital after a
word in lower case (sentence case: 'Topic detection User-Generated Contents'), and inside a word
the paper never prints that is made of words it does ('tanktechnological'). Such a word is a
lost space inside one keyword instead where the paper prints its two words side by side
('scientificcollaboration', 'mappingknowledge'). A list with separators is kept as printed
('TheLoess Plateau', 'WeChat').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from itertools import pairwise

# 'innovationScientific', not 'CiteSpace' or 'WeChat'; '"One Belt and One Road"Overseas interests'
CASE_CUT_RE = re.compile(r"(?<=[a-z]{5})(?=[A-Z][a-z])|(?<=[a-z][\"”’])(?=[A-Z][a-z])")
# 'Inference ruleText analysis': a shorter word in lower case before the capital (not 'CiteSpace', 'MapReduce'),
# where that makes as many as the Chinese keywords
SHORT_CASE_CUT_RE = re.compile(r"(?:(?<=[\s\-][a-z]{2})|(?<=[\s\-][a-z]{3})|(?<=[\s\-][a-z]{4}))(?=[A-Z][a-z])")
WORD_RUN_RE = re.compile(r"[A-Za-z]+(?:[ \t-]+[A-Za-z]+)*")  # words apart by spaces or hyphens only
MIN_PART = 3  # 'of' or 'in' glued on is more often a space lost inside a keyword
KNOWN_END = 4  # the shortest part of a glued word cut where the paper prints only the other part
UNKNOWN_PART = 5  # and the shortest other part, which the paper does not print
SUFFIX_RE = re.compile(r"(?:[a-z]?ation|ization|isation|tion|sion|ning|ment|ness|ity|ing|ism|ist|ize|ise)")
# a word printed on its own: not a piece of one a line break hyphenated ('orien-' / 'tation')
STANDALONE_RE = re.compile(r"(?<![A-Za-z\-])(?<!-\n)(?<!- \n)[A-Za-z]{4,}(?![A-Za-z\-])")
NO_KEYWORD_END = {"the", "and", "for", "with", "from", "into"}


def split_glued_english(words: list[str], expected: int = 0, text: str = "") -> list[str]:
    """`words` as the keyword line gave them, cut where it holds no separator; `expected` is the number of
    Chinese keywords, `text` the paper without the line."""
    if len(words) != 1:
        return words
    pieces = [piece.strip() for piece in CASE_CUT_RE.split(words[0]) if piece.strip()]
    if expected <= len(pieces):
        return pieces
    short = [cut.strip() for piece in pieces for cut in SHORT_CASE_CUT_RE.split(piece) if cut.strip()]
    if len(short) == expected:
        return short
    sentence_case = [cut for piece in pieces for cut in _sentence_case_cuts(piece)]
    if len(sentence_case) == expected:
        return sentence_case
    # a glued word is where a separator was lost, so cutting there helps even when the line also lost
    # separators that leave no trace ('…governance science and…')
    vocabulary, pairs = _words_and_pairs(text)
    standalone = {w.lower() for w in STANDALONE_RE.findall(text)}
    glued = [cut for piece in pieces for cut in _glued_word_cuts(piece, vocabulary, pairs, standalone)]
    both = [cut for piece in glued for cut in _sentence_case_cuts(piece)]
    return max((c for c in (both, glued) if len(c) <= expected), key=len, default=pieces)


def case_cuts(line: str) -> list[str]:
    """The keywords an English line without separators holds by its case alone: cut at a case change
    inside a word and before a capital after a word in lower case."""
    pieces = [piece.strip() for piece in CASE_CUT_RE.split(line) if piece.strip()]
    return [cut for piece in pieces for cut in _sentence_case_cuts(piece)]


def word_runs(text: str) -> Iterator[list[str]]:
    """The runs of words `text` prints apart by spaces or hyphens only, in lower case."""
    for run in WORD_RUN_RE.finditer(text):
        yield re.split(r"[ \t-]+", run.group().lower())


def _words_and_pairs(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The words (three letters or more) `text` prints, and the pairs of words it prints side by side."""
    words: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for seq in word_runs(text):
        words.update(w for w in seq if len(w) >= MIN_PART)
        pairs.update(pairwise(seq))
    return words, pairs


def _glued_word_cuts(
    piece: str, vocabulary: set[str], pairs: set[tuple[str, str]], standalone: AbstractSet[str]
) -> list[str]:
    """'think tanktechnological innovation' -> ['think tank', 'technological innovation']; a word glued
    to the next where the paper prints the two side by side stays in the keyword, a space put back
    ('scientificcollaboration' -> 'scientific collaboration')."""
    out: list[list[str]] = [[]]
    for word in piece.split():
        parts = _glued_parts(word, vocabulary, standalone)
        out[-1].append(parts[0])
        for prev, part in pairwise(parts):
            inside = (prev.split("-")[-1].lower(), part.split("-")[0].lower()) in pairs
            if inside:
                out[-1].append(part)
            else:
                out.append([part])
    return [" ".join(words) for words in out if words]


def _glued_parts(word: str, vocabulary: set[str], standalone: AbstractSet[str]) -> list[str]:
    """`word` as the fewest words of `vocabulary` it is made of, when the paper does not print it, or
    whole; a hyphenated word only at its ends ('innovation-drivenmultiple'). Else, 'tanktechnological'
    where the paper prints 'tank' on its own (`standalone`, not a piece a line break hyphenated) but not
    'technological': cut after the word it prints, a word's length of letters on the other side."""
    segments = word.split("-")
    if len(segments) > 1:
        head, tail = (
            _glued_parts(segments[0], vocabulary, standalone),
            _glued_parts(segments[-1], vocabulary, standalone),
        )
        return [*head[:-1], "-".join([head[-1], *segments[1:-1], tail[0]]), *tail[1:]]
    low = word.lower()
    if not word.isalpha() or low in vocabulary or len(word) < 2 * MIN_PART:
        return [word]
    best: dict[int, list[int]] = {0: []}
    for end in range(MIN_PART, len(word) + 1):
        starts = [k for k in best if end - k >= MIN_PART and low[k:end] in vocabulary]
        if starts:
            best[end] = [*best[min(starts, key=lambda k: len(best[k]))], end]
    ends = best.get(len(word))
    if ends:
        return [word[a:b] for a, b in pairwise([0, *ends])]
    cuts = [
        k
        for k in range(KNOWN_END, len(word) - KNOWN_END + 1)
        if (low[:k] in standalone and len(word) - k >= UNKNOWN_PART and not SUFFIX_RE.match(low[k:]))
        or (low[k:] in standalone and k >= UNKNOWN_PART)
    ]
    if not cuts:
        return [word]

    def likely(k: int) -> tuple[bool, int]:  # a word opens with a consonant more often, then the longest printed
        printed = [len(part) for part in (low[:k], low[k:]) if part in standalone]
        return low[k] not in "aeiou", max(printed)

    k = max(cuts, key=likely)
    return [word[:k], word[k:]]


def _sentence_case_cuts(piece: str) -> list[str]:
    """'Topic detection User-Generated Contents' -> ['Topic detection', 'User-Generated Contents']; not
    after a word no keyword ends with ('the Brookings Institution')."""
    out: list[list[str]] = []
    for word in piece.split():
        prev = out[-1][-1] if out else ""
        after_lower = prev[:1].islower() and len(prev) >= 3 and prev not in NO_KEYWORD_END
        if not out or (word[:1].isupper() and after_lower):
            out.append([word])
        else:
            out[-1].append(word)
    return [" ".join(words) for words in out]
