"""Lost spaces put back by normalisation (:mod:`vndiplo.glued`), with offsets kept valid."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo
from vndiplo.glued import glue_cuts
from vndiplo.text import NormalizedText, normalize


@pytest.mark.parametrize(
    ("raw", "spaced"),
    [
        # a case seam after a syllable: a verb or preposition glued to a title or a name
        ("Bộ trưởng đã tiếpĐại sứ Ý", "Bộ trưởng đã tiếp Đại sứ Ý"),
        ("hội đàm vớiThủ tướng Lào", "hội đàm với Thủ tướng Lào"),
        ("Đại sứ quán tại HàLan", "Đại sứ quán tại Hà Lan"),
        ("đã gặpông Kim", "đã gặp ông Kim"),
        ("thăm ViệtNam", "thăm Việt Nam"),
        ("thăm chính thức NhậtBản.", "thăm chính thức Nhật Bản."),
        ("hội kiếnChủ tịchTỉnh", "hội kiến Chủ tịch Tỉnh"),
        # lower-case joins with a frequent function word, at either end
        ("Tạibuổi làm việc, hai bên", "Tại buổi làm việc, hai bên"),
        ("Đại sứ đến chàovà trao quà", "Đại sứ đến chào và trao quà"),
        ("cảm ơn vàông mong muốn", "cảm ơn và ông mong muốn"),
        ("chuyến thăm củaông Lý", "chuyến thăm của ông Lý"),
        ("tiếp đoàn đại biểucủa tỉnh", "tiếp đoàn đại biểu của tỉnh"),
        ("“Vớisự hỗ trợ", "“Với sự hỗ trợ"),
    ],
)
def test_lost_spaces_are_put_back(raw: str, spaced: str) -> None:
    assert normalize(raw) == spaced
    assert normalize(unicodedata.normalize("NFD", raw)) == spaced


@pytest.mark.parametrize(
    "text",
    [
        # Latin camel case: brands and names
        "McDonald DeSantis LeBlanc iPhone PetroVietnam VinFast TikTok MobiFone YouTube macBook",
        "MacArthur McCain LeBron DiCaprio eBay",
        # acronyms and all-caps words
        "HAGL VNExpress TPBank QĐND UBND HĐND BIDV",
        # real syllables that open with a function word ("các"+"h", "là"+"m")
        "cách làm vàng làng từng không công đông sông trông bàn choáng",
        # joined transliterations and foreign names, mid-sentence
        "vua Hoan Cáclốt, thủ đô Viêngchăn, Chănđạ, Bănglađét, Xaysomphone",
        # Latin words that hold a function word
        "chose chorus choice macho Theodore khaki",
        # hyphenated, elided, numbered, URL and e-mail forms
        "Xay-nha-bu-ri Díaz-Canel d'Ivoire 12vàx tạibuổi.vn/x ban@củaông.vn",
    ],
)
def test_words_that_are_no_glue_stay_whole(text: str) -> None:
    assert normalize(text) == text
    assert glue_cuts(text) == []


def test_the_inserted_space_maps_to_the_next_character() -> None:
    original = "Bộ trưởng tiếpĐại sứ"
    view = NormalizedText(original)
    i = view.text.index("Đại")
    assert view.text[i - 1] == " "
    assert view.to_original(i - 1) == view.to_original(i) == original.index("Đại")
    start, end = view.span_to_original(i, i + len("Đại sứ"))
    assert original[start:end] == "Đại sứ"
    start, end = view.span_to_original(view.text.index("tiếp"), i - 1)
    assert original[start:end] == "tiếp"
    assert view.span_from_original(*view.span_to_original(i, i + 3)) == (i, i + 3)


_PIECES = st.sampled_from(
    [
        "tại", "Tại", "và", "của", "ông", "bà", "các", "cho", "được", "buổi", "tiếp", "Đại",
        "Hà", "Lan", "chào", "hoá", "Hoà", "Mc", "Donald", "Vin", "Fast", "HAGL", "Cáclốt",
        "x", "i", "Phone", "uỷ", "qua",
    ]
)  # fmt: skip
_SEPARATORS = st.sampled_from(["", "", "", " ", "\n", "-", ".", ". ", "'", "5", "\u0301"])


@st.composite
def _glued_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=12))
    text = "".join(p + s for p, s in parts)
    return unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), text)


@given(_glued_texts())
def test_glued_text_offsets_map_back_and_normalising_is_idempotent(text: str) -> None:
    view = NormalizedText(text)
    positions = [view.to_original(i) for i in range(len(view.text) + 1)]
    assert positions[0] == 0 and positions[-1] == len(text)
    assert positions == sorted(positions)
    for i, char in enumerate(view.text):
        if char != " " and unicodedata.is_normalized("NFC", text):
            # each character reads its own original letter (tone marks may move)
            base = unicodedata.normalize("NFD", text[positions[i]])[0]
            assert unicodedata.normalize("NFD", char)[0] == base
    assert normalize(view.text) == view.text


def test_an_event_trigger_glued_to_its_guest_is_read() -> None:
    text = (
        "Chủ tịch tỉnh tiếp Tổng Lãnh sự Hàn Quốc\n\n"
        "Chiều 4/3, tại trụ sở tỉnh, Chủ tịch UBND tỉnh Bình Định Phạm Minh Khôi đã tiếpTổng "
        "Lãnh sự Hàn Quốc Park Jin-ho đến chào xã giao.\n\n"
        "Tạibuổi tiếp, ông Park Jin-ho cảm ơn tỉnh vàông Phạm Minh Khôi."
    )
    doc = vndiplo.Runner().run({"id": "glued", "text": text, "published": "2025-03-05"})
    main = doc.events[0]
    assert main.type == "reception"
    roles = {p.name: p.role for p in main.participants}
    assert roles.get("Phạm Minh Khôi") == "host"
    assert roles.get("Park Jin-ho") == "guest"
