"""A lost space after a full stop is put back (:mod:`vndiplo.glued_stops`), offsets kept valid.

Sentences are invented; each construction is one a crawler produces ("hợp tác.Chiều").
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo
from vndiplo.glued_stops import stop_cuts
from vndiplo.text import NormalizedText, normalize


@pytest.mark.parametrize(
    ("raw", "spaced"),
    [
        ("nhiều năm hợp tác.Chiều 5/3, Chủ tịch", "nhiều năm hợp tác. Chiều 5/3, Chủ tịch"),
        ("Ông Đinh Quốc Bảo cho biết.Hai bên sẽ", "Ông Đinh Quốc Bảo cho biết. Hai bên sẽ"),
        ("trong năm 2023.Sáng nay, Bộ trưởng", "trong năm 2023. Sáng nay, Bộ trưởng"),
        ("bà nói: “Xin cảm ơn.”Đoàn rời", "bà nói: “Xin cảm ơn.” Đoàn rời"),
        ("có đúng không?Ông Vàng đáp", "có đúng không? Ông Vàng đáp"),
        ("thật đáng mừng!Tại buổi tiếp", "thật đáng mừng! Tại buổi tiếp"),
        ("còn nhiều việc...Tỉnh ủy", "còn nhiều việc... Tỉnh ủy"),
        ("tỉnh Hủa Phăn.Đoàn công tác", "tỉnh Hủa Phăn. Đoàn công tác"),
        ("(ảnh: Minh Khang).Ngày 9/10", "(ảnh: Minh Khang). Ngày 9/10"),
        ("họp ngày 5/3.Ông Lò Văn Páo", "họp ngày 5/3. Ông Lò Văn Páo"),
        ("tiếpĐại sứ.Chiều cùng ngày", "tiếp Đại sứ. Chiều cùng ngày"),
        ("Hai bên hợp tác.ChiềuĐại sứ", "Hai bên hợp tác. Chiều Đại sứ"),
    ],
)
def test_a_glued_sentence_end_gets_its_space(raw: str, spaced: str) -> None:
    assert normalize(raw) == spaced
    assert normalize(unicodedata.normalize("NFD", raw)) == spaced


@pytest.mark.parametrize(
    "text",
    [
        # dotted abbreviations, initials and administrative short forms
        "TP.HCM, T.Ư Đoàn, Q.Ba Đình, P.Bến Nghé, TX.Sơn Tây, UBND Tp.Hải Phòng",
        "ông A.Guterres, J.K.Rowling, ThS.Lê Minh, Ts.Hà Văn An, PGS.Nguyễn Khoa",
        "Mr.Smith, Dr.Kim, St.Petersburg, Nxb.Chính trị, Cty.Sông Đà, Co.Ltd, v.v.Các",
        # numbers, dotted dates and decimals
        "ngày 12.3.2025, tăng 3.5%, lúc 9.30, Điều 3.2",
        # acronyms after the dot
        "hợp tác.UBND tỉnh, quan hệ.ASEAN",
        # URLs, e-mail addresses, file names, query strings, site names
        "www.baoabc.Vn, https://tin.vn/a.Bcd, thu.Ha@mail.vn, anh_1.Jpg, trang.aspx?Id=2",
        "VnExpress.Net, tuoitre.Vn đưa tin, abc.Def.com, ngày 12.3.Chiều",
        # a lower-case word after the dot is no new sentence
        "hợp tác.chiều nay",
    ],
)
def test_dots_that_end_no_sentence_are_left_alone(text: str) -> None:
    assert normalize(text) == text
    assert stop_cuts(text) == []


def test_the_inserted_space_maps_to_the_next_character() -> None:
    original = "Hai bên hợp tác.Chiều 5/3, đoàn đến."
    view = NormalizedText(original)
    i = view.text.index("Chiều")
    assert view.text[i - 1] == " "
    start, end = view.span_to_original(i, i + len("Chiều 5/3"))
    assert original[start:end] == "Chiều 5/3"
    start, end = view.span_to_original(0, i - 1)
    assert original[start:end] == "Hai bên hợp tác."


def test_the_sentences_split_at_a_glued_stop() -> None:
    text = (
        "Hải Dương tiếp Đại sứ Hàn Quốc\n\n"
        "Năm ngoái, Thủ tướng Hàn Quốc Han Duck-soo đã gặp Bí thư Tỉnh ủy Trần Đức Thắng tại "
        "Seoul.Chiều 5/3, Chủ tịch UBND tỉnh Hải Dương Lê Ngọc Châu tiếp Đại sứ Hàn Quốc Choi "
        "Young-sam.Hai bên trao đổi về đầu tư."
    )
    doc = vndiplo.Runner().run({"id": "stops", "text": text, "published": "2025-03-06"})
    quoted = [text[s.start : s.end] for s in doc.sentence_spans]
    assert any(s.startswith("Chiều 5/3") for s in quoted)
    main = doc.events[0]
    assert main.type == "reception" and main.date == "2025-03-05"
    roles = {p.name: p.role for p in main.participants}
    assert roles == {"Lê Ngọc Châu": "host", "Choi Young-sam": "guest"}
    for date in doc.dates:
        assert text[date.start : date.end] == date.text


def test_a_glued_stop_before_a_reporting_sentence_keeps_the_act_alone() -> None:
    text = (
        "Nghệ An hội đàm với Xiêng Khoảng\n\n"
        "Ông Nguyễn Đức Trung nói hai tỉnh là anh em.Sáng 2/8, tại Vinh, Phó Bí thư Tỉnh ủy "
        "Hoàng Nghĩa Hiếu đã hội đàm với Phó Tỉnh trưởng Xiêng Khoảng Khămphăn Phomthavong."
    )
    doc = vndiplo.Runner().run({"id": "stops2", "text": text, "published": "2025-08-03"})
    main = doc.events[0]
    assert main.type == "talks" and main.date == "2025-08-02"
    assert {p.name for p in main.participants} == {"Hoàng Nghĩa Hiếu", "Khămphăn Phomthavong"}


_PIECES = st.sampled_from(
    [
        "tác", "Chiều", "TP", "HCM", "Tp", "Hồ", "A", "Guterres", "12", "3", "www", "vn",
        "Net", "UBND", "biết", "Hai", "x", "Ông", "hoá", "Đại", "tiếp", "Vn", "Express",
    ]
)  # fmt: skip
_SEPARATORS = st.sampled_from(
    ["", ".", ".", "?", "!", "…", ".”", ". ", " ", "/", "@", "\n", "\u0301"]
)


@st.composite
def _dotted_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=12))
    text = "".join(p + s for p, s in parts)
    return unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), text)


@given(_dotted_texts())
def test_glued_stop_offsets_map_back_and_normalising_is_idempotent(text: str) -> None:
    view = NormalizedText(text)
    positions = [view.to_original(i) for i in range(len(view.text) + 1)]
    assert positions[0] == 0 and positions[-1] == len(text)
    assert positions == sorted(positions)
    assert normalize(view.text) == view.text


@given(st.text(max_size=60))
def test_stop_cuts_never_fail_and_are_idempotent(text: str) -> None:
    cuts = stop_cuts(text)
    assert cuts == sorted(set(cuts))
    assert all(0 < c <= len(text) for c in cuts)
    bounds = [0, *cuts, len(text)]
    spaced = " ".join(text[a:b] for a, b in pairwise(bounds))
    assert stop_cuts(spaced) == []


def test_a_squeezed_space_and_a_put_back_space_keep_the_lines_exact() -> None:
    # one space squeezed above, one put back below: the view has the input's length, but its
    # offsets are shifted in between, so the lines must still be mapped
    text = (
        "Thứ năm,  14/03/2024\n\n"
        "Điện mừng Quốc khánh Cộng hòa Ghana\n\n"
        "Nhân dịp Quốc khánh Ghana, Chủ tịch nước đã gửi điện mừng.Bức điện nêu rõ tình hữu nghị."
    )
    view = NormalizedText(text)
    assert len(view.text) == len(text) and not view.is_identity
    doc = vndiplo.Runner().run({"id": "squeeze", "text": text})
    assert doc.to_dict()["title"] == "Điện mừng Quốc khánh Cộng hòa Ghana"
    for block in doc.blocks:
        quoted = text[block.start : block.end]
        assert quoted == quoted.strip() and quoted
