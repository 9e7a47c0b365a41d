"""Mis-decoded text repaired (:mod:`vndiplo.mojibake`) and damaged text flagged
(:mod:`vndiplo.garbled`). Sentences are invented; the damage is applied by code."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo
from vndiplo.mojibake import repair_mojibake
from vndiplo.text import NormalizedText, normalize

_LEAD = (
    "Lạng Sơn tiếp Tổng Lãnh sự Trung Quốc\n\n"
    "Chiều 14/5, tại trụ sở Tỉnh ủy, Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm đã tiếp Tổng "
    "Lãnh sự Trung Quốc tại Hà Nội Lưu Chí Cường. Hai bên trao đổi về hợp tác cửa khẩu, "
    "thương mại biên giới và giao lưu nhân dân giữa hai tỉnh trong những năm tới."
)


def _web_1252(text: str) -> str:
    """UTF-8 bytes read as a browser reads Windows-1252 (undefined bytes as C1 controls)."""
    holes = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    return "".join(
        chr(b) if b in holes else bytes([b]).decode("cp1252") for b in text.encode("utf-8")
    )


def _web_1258(text: str) -> str:
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1258"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


@pytest.mark.parametrize("garble", [_web_1252, _web_1258, lambda t: _web_1252(_web_1252(t))])
def test_mis_decoded_text_is_repaired_exactly(garble) -> None:  # type: ignore[no-untyped-def]
    sentence = "Đoàn đại biểu Ủy ban nhân dân tỉnh Quảng Ngãi thăm Hàn Quốc “hữu nghị” – Ông Lê"
    assert normalize(garble(sentence)) == normalize(sentence)


def test_names_and_dates_are_read_from_the_repaired_text_with_input_offsets() -> None:
    garbled = _web_1252(_LEAD)
    doc = vndiplo.Runner().run({"id": "moji", "text": garbled, "published": "2025-05-15"})
    names = {p.name for p in doc.people}
    assert {"Hoàng Văn Nghiệm", "Lưu Chí Cường"} <= names
    main = doc.events[0]
    assert main.type == "reception" and main.date == "2025-05-14"
    for date in doc.dates:
        assert garbled[date.start : date.end] == _web_1252(date.text) or date.text in garbled
    assert any("mis-decoded text repaired" in e.message for e in doc.errors)


@pytest.mark.parametrize(
    "text",
    [
        "HỘI NGHỊ “ĐÃ” THÔNG QUA",  # a real "Ã" before a quote, once
        "Tổng thống Emmanuel Macron gặp Thủ tướng Ăng-gô-la tại Sài Gòn.",
        "Đại sứ Ăn-đrây Ma-xlốp Â» xem ảnh",
    ],
)
def test_real_letters_are_not_repaired(text: str) -> None:
    assert repair_mojibake(text) == (text, None)


@given(st.text(max_size=80))
def test_repair_keeps_offsets_valid_and_is_idempotent(text: str) -> None:
    repaired, offsets = repair_mojibake(text)
    if offsets is not None:
        assert len(offsets) == len(repaired) + 1
        assert offsets[0] == 0 and offsets[-1] == len(text)
        assert list(offsets) == sorted(offsets)
    assert repair_mojibake(repaired)[1] is None


@given(st.text(alphabet="ÃÄÆáº»‡¡°€\x90\x9d ĐViệtNam.?", max_size=40))
def test_normalising_mojibake_like_text_keeps_offsets_valid(text: str) -> None:
    view = NormalizedText(text)
    positions = [view.to_original(i) for i in range(len(view.text) + 1)]
    assert positions[0] == 0 and positions[-1] == len(text)
    assert positions == sorted(positions)
    assert normalize(view.text) == view.text


def _question_marks(text: str) -> str:
    """Every character outside Latin-1 becomes "?", as a mirror saved in a Western code page."""
    return "".join(c if ord(c) < 256 else "?" for c in text)


def _dropped(text: str) -> str:
    """Letters of the Latin Extended Additional block dropped (tone-marked vowels)."""
    return "".join(c for c in text if not 0x1E00 <= ord(c) <= 0x1EFF)


def _scrambled(text: str) -> str:
    """The first vowel of every other word turned into two toned vowels ("Ngàỹ", spam mirrors)."""
    words = text.split(" ")
    for k in range(1, len(words), 2):
        w = words[k]
        at = next((i for i, c in enumerate(w) if c.lower() in "aeiouy"), None)
        if at is not None:
            words[k] = w[:at] + "ạì" + w[at + 1 :]
    return " ".join(words)


_BODY = _LEAD + (
    "\n\nBí thư Tỉnh ủy Hoàng Văn Nghiệm cảm ơn sự hợp tác của Tổng Lãnh sự quán, đề nghị "
    "hai bên tiếp tục phối hợp tổ chức các hoạt động giao lưu văn hóa, thể thao, thúc đẩy "
    "xuất nhập khẩu hàng hóa qua các cửa khẩu và nâng cao hiệu quả quản lý biên giới.\n\n"
    "Tổng Lãnh sự Lưu Chí Cường khẳng định sẽ tiếp tục làm cầu nối để mở rộng quan hệ hữu "
    "nghị, hợp tác cùng có lợi giữa tỉnh Lạng Sơn và các địa phương của Trung Quốc."
)


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (_question_marks, "'?' stands for"),
        (_dropped, "lost their letters"),
        (_scrambled, "two tone marks"),
    ],
)
def test_damaged_text_is_flagged(damage, said: str) -> None:  # type: ignore[no-untyped-def]
    doc = vndiplo.Runner().run({"id": "damaged", "text": damage(_BODY)})
    assert any(said in e.message for e in doc.errors), [e.message for e in doc.errors]


@pytest.mark.parametrize(
    "text",
    [
        _BODY,
        # questions, a URL with a query string, units and abbreviations are no damage
        _BODY + "\n\nVì sao? Ai sẽ đến? Xem thêm tại https://tin.vn/a?id=3&p=2&q=5 (km, kg).",
        # a page in another language quoted whole
        _BODY + "\n\nThe governor said the two sides would meet again next year in Nanning.",
    ],
)
def test_sound_text_is_not_flagged(text: str) -> None:
    doc = vndiplo.Runner().run({"id": "sound", "text": text})
    assert doc.errors == ()
