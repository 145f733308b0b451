"""Decode document bytes: BOMs, UTF-8, UTF-16 without BOM, GB18030 (GBK) and Big5."""

from __future__ import annotations

import codecs
from typing import NamedTuple

from npf_graph.errors import DecodeError, InputError
from npf_graph.models import Warning

# The most frequent Chinese characters, simplified and traditional forms. A wrong
# legacy decoding (Big5 bytes read as GB18030 or the reverse) gives rare characters,
# so the decoding whose text holds more of these wins.
_COMMON = set(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之"
    "年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理"
    "心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间"
    "由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世"
    "位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神"
    "总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决"
    "治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该"
    "交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服"
    "快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党"
    "华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委"
    "這們個來說時會對發後裡為國過還們進樣現動開從見麼點長問頭們東無機實當體與經學種關讓專業應戰"
)

_LEGACY = ("gb18030", "big5")
MAX_REPAIRS = 8  # invalid byte sequences a UTF-8 file may hold and still be read as UTF-8


class Decoded(NamedTuple):
    text: str
    encoding: str
    warnings: tuple[Warning, ...] = ()


def _utf8_repaired(data: bytes) -> Decoded | None:
    """UTF-8 with a few invalid sequences (a stray byte, a cut last character) replaced by
    U+FFFD, each reported with its byte and character offsets; None when it is not that."""
    parts: list[str] = []
    chars = pos = 0
    bad: list[Warning] = []
    while True:
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            if len(bad) == MAX_REPAIRS:
                return None
            good = data[pos : pos + exc.start].decode("utf-8")
            parts += [good, "\ufffd"]
            chars += len(good)
            hexed = " ".join(f"{b:02x}" for b in data[pos + exc.start : pos + exc.end])
            message = f"invalid UTF-8 bytes {hexed} at byte {pos + exc.start} replaced by U+FFFD"
            bad.append(Warning(code="decode_repaired", message=message, span=(chars, chars + 1)))
            chars += 1
            pos += exc.end
    text = "".join(parts)
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - len(bad)
    if multibyte < 10 * len(bad):  # too little valid UTF-8 around the bad bytes to call it UTF-8
        return None
    return Decoded(text, "utf-8", tuple(bad))


def _legacy_score(text: str) -> float:
    cjk = [ch for ch in text if "\u3400" <= ch <= "\u9fff"]
    if not cjk:
        return 0.0
    bad = sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd")
    return sum(1 for ch in cjk if ch in _COMMON) / len(cjk) - bad / max(1, len(text))


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_zero = sum(1 for b in sample[0::2] if b == 0) / (len(sample) / 2)
    odd_zero = sum(1 for b in sample[1::2] if b == 0) / (len(sample) / 2)
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _check_text(text: str, path: str) -> None:
    if not text.strip():
        raise InputError("file holds no text", path)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(8, len(text) // 200):
        raise InputError("file looks binary, not text (control characters throughout)", path)


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name). Raises DecodeError or InputError with a one-line reason."""
    decoded = decode(data, path)
    return decoded.text, decoded.encoding


def decode(data: bytes, path: str) -> Decoded:
    """The text, the encoding used, and warnings about bytes that were replaced."""
    if not data:
        raise InputError("file is empty", path)
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {name} after its byte-order mark: {exc.reason}", path) from exc
            _check_text(text, path)
            return Decoded(text, name)
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            text = data.decode(utf16)
            _check_text(text, path)
            return Decoded(text, utf16)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
        _check_text(text, path)
        return Decoded(text, "utf-8")
    except UnicodeDecodeError:
        pass
    repaired = _utf8_repaired(data)
    if repaired is not None:
        _check_text(repaired.text, path)
        return repaired
    candidates: list[tuple[float, str, str]] = []
    names = list(_LEGACY) + (["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else [])
    for name in names:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_legacy_score(text), name, text))
    if not candidates:
        sample = data[:4000]
        if b"\x00" in sample or sum(1 for b in sample if b < 9 or 13 < b < 32) > len(sample) // 100:
            raise InputError("file looks binary, not text (control bytes throughout)", path)
        raise DecodeError("not UTF-8, UTF-16, GB18030 or Big5 text", path)
    score, name, text = max(candidates)
    if score < 0.05:
        raise InputError("file looks binary, not text (no readable characters)", path)
    _check_text(text, path)
    return Decoded(text, name)
