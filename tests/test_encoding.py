import codecs

import pytest

from npf_graph.errors import DecodeError, InputError
from npf_graph.ingest.encoding import decode_bytes
from npf_graph.ingest.load import load_bytes

# a real excerpt of the sample corpus (002), simplified, and its traditional form
SIMPLIFIED = (
    "人工智能作为新一轮科技革命的核心驱动力，正通过原创性、颠覆性技术创新和数据要素的深度赋能，"
    "推动传统生产力在技术形态、要素配置和产业格局上发生根本性变革，最终形成符合新发展理念的先进生产力质态。"
)
TRADITIONAL = (
    "人工智慧作為新一輪科技革命的核心驅動力，正通過原創性、顛覆性技術創新和數據要素的深度賦能，"
    "推動傳統生產力在技術形態、要素配置和產業格局上發生根本性變革，最終形成符合新發展理念的先進生產力質態。"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (SIMPLIFIED.encode("gbk"), "gb18030"),
        (TRADITIONAL.encode("big5"), "big5"),
        (SIMPLIFIED.encode("utf-16"), "utf-16"),
        (SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decodes_and_names_the_encoding(data, encoding):
    text, used = decode_bytes(data, "x.txt")
    assert used == encoding
    assert text.lstrip("\ufeff") in (SIMPLIFIED, TRADITIONAL)


def test_traditional_in_gb18030_is_not_mistaken_for_big5():
    text, used = decode_bytes(TRADITIONAL.encode("gb18030"), "t.txt")
    assert (text, used) == (TRADITIONAL, "gb18030")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "file is empty"),
        (b"   \n\n  \t", "file holds no text"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x00\x01\x02\x03PK\x03\x04" + bytes(2000), "binary"),
    ],
)
def test_bad_input_gets_one_clear_line(data, message):
    with pytest.raises(InputError) as err:
        decode_bytes(data, "bad.bin")
    assert message in str(err.value)
    assert "bad.bin" in str(err.value)
    assert "\n" not in str(err.value)


def test_invalid_utf8_after_bom_is_a_decode_error():
    with pytest.raises(DecodeError):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd" * 10, "x.txt")


def test_load_reports_encoding_and_hash():
    src = load_bytes(SIMPLIFIED.encode("gb18030"), "doc.txt")
    assert src.encoding == "gb18030"
    assert src.text == SIMPLIFIED
    assert len(src.sha256) == 64
    assert src.media_type == "text/plain"
