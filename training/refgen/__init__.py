"""Deterministic generator of labelled synthetic reference strings for a CRF reference parser.

Run as ``python -m training.refgen --n 30000 --seed 13 --out training/build/synthetic.jsonl``.

Method (sentinels). A reference is first drawn as a semantic record (record.py). Every field
value that will be printed is wrapped in a pair of private-use characters, U+E000+k before and
U+E080+k after, k being the index of its label in spans.KINDS. The record is then printed either
through citeproc-py with a CSL style (csl.py: shipped APA, Chicago author-date, Harvard, APS,
Vancouver styles and our own CSL files in styles/) or through a small Python formatter per
family (gbt.py, zhnotes.py, apa_forms.py), with names passed to CSL as "literal" names. Damage (damage.py) is
applied to the still-marked string, treating sentinels as transparent. Finally spans.strip removes
the sentinels and records each enclosed range as a (start, end, label) span; the ``fields`` of
the output record are read back from those spans, so they are always the printed text.

Families (share of output, Chinese families dominate):
- gbt-numeric: GB/T 7714-2015/-2025 numeric ``[n] 作者. 题名[J]. 刊名, 年, 卷(期): 页.`` with
  half/full-width punctuation profiles, all document types (J M C D R N EB/OL, ``//`` chapters).
- gbt-authoryear, gbt-note (①-marked footnotes with cited pages), plain-numbered (``1 作者.题名.刊名,
  年,卷(期):页.`` without type codes), gbt-bilingual (English translation in brackets, "note"),
  cssci-export (``39.刘炜.题名.刊名.2019.45(5)``).
- econ-journal: 经济研究/管理世界 author-year ``陈建军，2010：《题名》，《刊名》第10期。`` with
  English entries ``Acemoglu, D., 2009, Title, Princeton: Princeton University Press.``
- cass-footnote: 《中国社会科学》 notes ``①陈建军：《题名》，《刊名》2010年第10期。``, 载…主编, 转引自, 参见.
- apa-zh: Chinese psychology journals' APA ``杜晨朵, 邢采. (2016). 题名. 刊名, 41(1), 68-75.``, its
  English entries through citeproc-py's APA; bmc-colon: ``[5] Pappin DJ, Hojrup P: Title. Journal 1993,
  3:327-332.`` and its Chinese form ``[3]杨芃原，钱小红：题名．北京：科学出版社;2003.``
- English CSL families: apa, chicago-author-date, harvard, physics-numeric (APS), vancouver.
Japanese and Korean entries appear inside the Chinese GB/T families.
"""
