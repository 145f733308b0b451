"""Where a reference list starts and stops: its headings (参考文献, 参考文献(References)：,
References, 注释 …), the blocks that end it (作者贡献, 附录, 收稿日期, a page jump) and years."""

from __future__ import annotations

import re

HEADING_RE = re.compile(
    r"^[ \t#*]*(?:\d{1,2}\s*[.．、]?\s*)?[【\[［〔]?"
    r"(?:参\s*考\s*[文又]\s*献|主要参考文献|参考资料|引用文献|注\s*释|注释与参考文献|文献参考|參考文獻|參考資料|"
    r"References?|REFERENCES|Bibliography|Works\s+Cited|Literature\s+Cited)[】\]］〕]?"  # '【参考文献】'
    # '参考文献References', '参考文献(Reterences)': a misspelt English heading in brackets
    r"\s*(?:[(（\[［]\s*(?:[A-Za-z]{6,12}|参考文献)\s*[)）\]］]|\s*/?\s*References?"
    # '参考文献(带*文献表示纳入元分析的文献)': a note on the entries a mark sets apart
    r"|[(（][^()（）\n]{0,30}(?:文献|研究)[^()（）\n]{0,8}[)）])?"
    r"\s*[:：]?[ \t*]*(?:$|(?=[\[［]\s?1\s?[\]］])"
    # '# 参考文献： 文献:', '# 参考文献(----', '# 参考文献 入队': a heading with the conversion's debris after it
    r"|(?:[(（\-—–:：]+|(?<=[:：\s])[\u4e00-\u9fff]{1,3}[:：]?)[ \t]*$"
    # '参考文献程淑华，李欣，韩毅初.(2017)．…': the first author-year entry run on from the heading
    r"|(?=[\u4e00-\u9fff]{2,4}(?:[，,、][\u4e00-\u9fff]{2,4}){0,6}\s*[.．]?\s*[(（]\s*(?:19|20)\d\d)"
    # '参考文献 Abele,A.E.,& Wojciszke,B.(20o7).…', '参考文献 BIRBAL SB,2Oo3.…': an English one
    r"|(?=[A-Z][A-Za-z'\-]+\s?[,，]?\s?[A-Z][^\n]{0,80}?[(（,，]\s*(?:19|2[0oO])[\doOlI]{2}[a-z]?\s*[)）.．]))",
    re.I | re.M,
)
# '…实现健康养殖。 参考文献： [1]MCCANCE…', '…控制等。 参考文献\n1 Basset Y,…': a heading the conversion ran into
# the paragraph before it
INLINE_HEADING_RE = re.compile(
    r"(?<=[。！？.])[ \t]*(?:参\s*考\s*文\s*献|References)\s*[:：]?"
    r"(?:\s*(?=[\[［]\s?1\s?[\]］])|[ \t]*\n\s*(?=1[ \t]?[A-Z\u4e00-\u9fff]))"
)
STOP_RE = re.compile(
    r"^[ \t#*]*[(（]?\s*(?:作者贡献|利益冲突|附\s*录|致\s*谢|作者简介|作者单位|通讯作者|第一作者|通讯地址|收稿日期|"
    r"Appendix|Acknowledge?ments?|Author\s+contributions|支撑数据|基金项目|责任编辑|Abstract\s*[:：]?|摘\s*要|[(（]\s*下\s*转|[(（]\s*上\s*接)",
    re.I,
)
# '（下转第48页）' sends the reader to a later page: what the converter put after it, up to the
# matching '（上接第35页）', belongs to another article printed on the same pages
JUMP_RE = re.compile(r"[(（]\s*(?P<kind>下|上)\s*[转接]\s*第?\s*\d{1,4}\s*页\s*[)）]")
YEAR_RE = re.compile(r"(?<!\d)(?:1[6-9]|20)\d{2}(?!\d)")
LAX_YEAR_RE = re.compile(r"(?<![\dA-Za-z])(?:1[6-9]|2[0oO])[\doOlI]{2}(?![\dA-Za-z])")  # 'Nature,2O2O,581'
OCR_YEAR_RE = re.compile(r"[(（]\s*(?:19|2[0oO])[\doOlI]{2}[a-z]?\s*[)）]")  # '(2O2O)', '(20l7)'
