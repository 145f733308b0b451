"""Damaged and traditional-Chinese input is read, not rejected."""

import pytest
from helpers import corpus_file

from npf_graph.ingest.encoding import decode
from npf_graph.ingest.lines import BLOCK_START_RE, HEADING_RE
from npf_graph.ingest.segment import UNHEADED_RE, heading_level
from npf_graph.pipeline import extract_file


def test_a_stray_byte_in_utf8_is_replaced_and_reported_with_its_offsets(tmp_path):
    text = corpus_file("003").read_text(encoding="utf-8")
    data = text.encode("utf-8")
    at = data.index("。".encode()) + 3  # a character boundary
    damaged = data[:at] + b"\xff" + data[at:]
    decoded = decode(damaged, "x.txt")
    assert decoded.encoding == "utf-8"
    char = len(data[:at].decode("utf-8"))
    assert decoded.text == text[:char] + "\ufffd" + text[char:]
    [warning] = decoded.warnings
    assert warning.code == "decode_repaired" and warning.span == (char, char + 1)
    assert warning.message == f"invalid UTF-8 bytes ff at byte {at} replaced by U+FFFD"
    path = tmp_path / "damaged.txt"
    path.write_bytes(damaged)
    rec = extract_file(path)
    assert rec.title == extract_file(corpus_file("003")).title
    assert [w.span for w in rec.warnings if w.code == "decode_repaired"] == [(char, char + 1)]


def test_a_cut_last_character_is_replaced():
    data = "新质生产力是当代先进生产力的具体体现形式。".encode() * 20 + "新".encode()[:2]
    decoded = decode(data, "cut.txt")
    assert decoded.text.endswith("。\ufffd") and len(decoded.warnings) == 1


def test_many_bad_bytes_are_not_utf8():
    gb = ("新质生产力是当代先进生产力。" * 30).encode("gb18030")
    decoded = decode(gb, "gb.txt")
    assert decoded.encoding == "gb18030" and not decoded.warnings


@pytest.mark.parametrize("heading", ["參考文獻", "註釋", "注釋", "参考文献"])
def test_traditional_reference_and_note_headings(heading):
    assert heading_level(heading) == 1
    assert HEADING_RE.match(heading)


@pytest.mark.parametrize(
    "line", ["摘要：本文研究新質生產力。", "關鍵詞：新質生產力；耐心資本", "關鍵字：創新", "責任編輯：張三"]
)
def test_traditional_front_labels_are_blocks_never_headings(line):
    assert UNHEADED_RE.match(line) and BLOCK_START_RE.match(line)


def test_a_big5_paper_gets_its_reference_section(tmp_path):
    text = (
        "新質生產力的理論邏輯\n\n一、引言\n\n新質生產力是創新起主導作用的先進生產力[1]。"
        "發展新質生產力是推動高質量發展的內在要求。\n\n參考文獻\n\n[1] 張三. 新質生產力研究[J]. 經濟研究, 2024(1): 1-10.\n"
    )
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    rec = extract_file(path)
    assert rec.source.encoding == "big5"
    assert "參考文獻" in [s.title for s in rec.sections]
