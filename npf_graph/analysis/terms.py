"""Terms of a text as jieba segments it, with the ontology's labels as its user dictionary.

Content terms are nouns (and verbal nouns), ontology labels and English words of some length;
function words, numbers and a short list of words every paper uses are left out.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

STOP_WORDS = frozenset(
    """研究 分析 问题 方法 作用 影响 机制 路径 对策 现状 视角 理论 实证 探讨 思考 启示 建议 意义 过程 因素 特点
    模式 方面 情况 基础 水平 关系 背景 结果 数据 角度 内容 领域 方式 文章 本文 我国 中国 国家 目前 部分 时期 阶段
    作者 单位 期刊 学报 大学 学院 年第 摘要 关键词 分类号 文献标识码 编号 通讯作者 基金 项目 课题 工作 条件 能力
    体系 问题研究 目的 结论 局限 价值 原创性 创新点
    主要 重要 相关 进行 提出 通过 实现 提高 推动 加强 促进 需要 具有 存在 发展 建设 时代 社会 经济
    the and for with from that this into over under between among study analysis based case evidence using""".split()
)
CONTENT_FLAGS = ("n", "vn", "nz", "nt", "nr", "ns", "an", "eng")
CJK = re.compile(r"^[\u4e00-\u9fff]+$")
LATIN = re.compile(r"^[A-Za-z][A-Za-z-]+$")


@lru_cache(maxsize=1)
def _segmenter():
    import jieba.posseg

    from npf_graph.ontology import tokenizer

    return jieba.posseg.POSTokenizer(tokenizer())


@lru_cache(maxsize=1)
def ontology_terms() -> frozenset[str]:
    """Every Chinese label of a concept (preferred and alternative), as jieba's user dictionary holds them."""
    from npf_graph.ontology import user_words

    return frozenset(user_words())


def is_term(word: str, flag: str) -> bool:
    if word in ontology_terms():
        return True
    if word.lower() in STOP_WORDS or not flag.startswith(CONTENT_FLAGS):
        return False
    if CJK.match(word):
        return len(word) >= 2
    return bool(LATIN.match(word)) and len(word) >= 4


def segment(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) in order."""
    return [(p.word, p.flag) for p in _segmenter().cut(text)]


def content_terms(text: str) -> list[str]:
    """The content terms of a text in order, English ones lowercased."""
    return [w if CJK.match(w) else w.lower() for w, f in segment(text) if is_term(w, f)]


def log_likelihood(a: float, b: float, total_a: float, total_b: float) -> float:
    """Dunning's G² for a term seen `a` times in `total_a` units and `b` times in `total_b` others,
    signed: positive when the term is over-represented in the first set."""
    if total_a <= 0 or total_b <= 0:
        return 0.0
    e1 = total_a * (a + b) / (total_a + total_b)
    e2 = total_b * (a + b) / (total_a + total_b)
    g2 = 2 * ((a * math.log(a / e1) if a else 0.0) + (b * math.log(b / e2) if b else 0.0))
    return g2 if a / total_a >= b / total_b else -g2
