"""The round-7 metamorphic rewrites on invented sentences, with near misses left alone."""

from __future__ import annotations

from benchmarks.metamorphic import TRANSFORMS
from benchmarks.metamorphic_countries import COUNTRIES, country_swap, replace_country
from benchmarks.metamorphic_spelling import (
    abbreviations,
    contract_abbreviations,
    expand_abbreviations,
    new_tone_placement,
)
from benchmarks.metamorphic_structure import cut_after, move_fronted_dates, truncate
from benchmarks.metamorphic_transforms import Found


def test_all_seventeen_transforms_are_registered() -> None:
    assert len(TRANSFORMS) == 17
    assert list(TRANSFORMS)[-9:] == [
        "legacy_tones",
        "abbreviations",
        "truncate",
        "country_swap",
        "date_position",
        "act_synonym",
        "act_noun_frame",
        "passive_frame",
        "back_reference",
    ]


def test_legacy_tones_moves_the_mark_of_open_oa_oe_uy() -> None:
    text = "Khóa họp ở tỉnh Hòa Bình bàn về thủy lợi; ông Thụy còn khỏe."
    assert (
        new_tone_placement(text) == "Khoá họp ở tỉnh Hoà Bình bàn về thuỷ lợi; ông Thuỵ còn khoẻ."
    )


def test_legacy_tones_near_misses() -> None:
    # A final consonant, "ua", "qu" and an already new spelling keep their place.
    for text in ("Hoàng Văn Thuyết", "mùa thu", "quý khách", "của", "hoà bình", "Toàn"):
        assert new_tone_placement(text) == text


def test_abbreviations_expand_every_short_form() -> None:
    text = "Chủ tịch UBND tỉnh Gia Mỹ, HĐND TPHCM và Ủy viên BCH TƯ Đảng; Chủ tịch QH Đào Văn Ký"
    assert expand_abbreviations(text) == (
        "Chủ tịch Ủy ban nhân dân tỉnh Gia Mỹ, Hội đồng nhân dân Thành phố Hồ Chí Minh và Ủy"
        " viên Ban Chấp hành Trung ương Đảng; Chủ tịch Quốc hội Đào Văn Ký"
    )


def test_abbreviations_contract_only_the_unambiguous() -> None:
    text = "Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh gặp Chủ tịch Quốc hội Đào Văn Ký."
    assert contract_abbreviations(text) == "Chủ tịch UBND TP.HCM gặp Chủ tịch QH Đào Văn Ký."
    # Another country's assembly, a session and a lower-case mention stay.
    for near in ("Chủ tịch Quốc hội Peru Ana Ruiz", "Quốc hội khóa XV", "ủy ban nhân dân xã"):
        assert contract_abbreviations(near) == near
    # "QH" inside another acronym or without an Assembly title is not touched.
    assert expand_abbreviations("ĐBQH và QH") == "ĐBQH và QH"


def test_abbreviations_pick_one_direction_per_page() -> None:
    rewrite = abbreviations("UBND tỉnh A và Hội đồng nhân dân tỉnh A", Found("p", ()))
    assert rewrite is not None
    assert rewrite.text == "Ủy ban nhân dân tỉnh A và Hội đồng nhân dân tỉnh A"
    assert rewrite.forward("UBND tỉnh A") == "Ủy ban nhân dân tỉnh A"


PAGE = (
    "Tiêu đề\n"
    "Sáng 2/4, Bộ trưởng Đào Văn Ký tiếp Đại sứ Peru Ana Ruiz.\n"
    "Hai bên trao đổi về thương mại, giáo dục và văn hóa giữa hai nước trong thời gian tới.\n"
    "Dự buổi tiếp có Thứ trưởng Mai Hồng Lam.\n"
    "Ảnh: Minh Khuê"
)


def test_truncate_keeps_the_evidence_paragraph_and_one_more() -> None:
    end = PAGE.index("Ruiz.") + 5
    assert cut_after(PAGE, end, mid_sentence=False) == "\n".join(PAGE.split("\n")[:3])
    cut = cut_after(PAGE, end, mid_sentence=True)
    assert cut is not None and cut.startswith(PAGE[: end + 1])
    assert not cut.endswith(".")  # the last kept paragraph stops between two lower-case words
    last = PAGE.split("\n")[2]
    assert last.startswith(cut.split("\n")[-1]) and cut.split("\n")[-1] != last
    # Nothing after the next paragraph: nothing to cut.
    assert cut_after("T\nA tiếp B.\nC.", 10, mid_sentence=False) is None


def test_truncate_forgets_people_only_named_in_the_cut_part() -> None:
    evidence = (PAGE.index("Sáng"), PAGE.index("Ruiz.") + 5)
    names = ("Đào Văn Ký", "Ana Ruiz", "Mai Hồng Lam")
    rewrite = truncate(PAGE, Found("page-7", names, evidence, "2024-04-02"))
    assert rewrite is not None and rewrite.published == "2024-04-02"
    assert rewrite.forward("Mai Hồng Lam") == "" and rewrite.forward("Ana Ruiz") == "Ana Ruiz"
    assert truncate(PAGE, Found("page-7", names)) is None  # no main event: no evidence to keep


def test_country_swap_replaces_every_form_consistently() -> None:
    laos = next(c for c in COUNTRIES if c.code == "LA")
    cuba = next(c for c in COUNTRIES if c.code == "CU")
    text = (
        "Đoàn Cộng hòa Dân chủ Nhân dân Lào đến Viêng Chăn; quan hệ Việt - Lào; tỉnh Lào Cai;"
        " người Lào."
    )
    assert replace_country(text, laos, cuba) == (
        "Đoàn Cộng hòa Cuba đến La Habana; quan hệ Việt - Cuba; tỉnh Lào Cai; người Cuba."
    )


def test_country_swap_maps_codes_and_leaves_unsure_pages() -> None:
    text = "Bộ trưởng Đào Văn Ký tiếp Đại sứ Hungary Peter Kovacs tại Hà Nội."
    rewrite = country_swap(text, Found("page-9", ("Đào Văn Ký", "Peter Kovacs")))
    assert rewrite is not None and "Hungary" not in rewrite.text
    assert rewrite.country is not None
    assert rewrite.country("HU") != "HU" and rewrite.country("VN") == "VN"
    # Two table countries, a bare short form, or another place of the country: left alone.
    for near in (
        "Đại sứ Hungary gặp Đại sứ Chile.",
        "Đại sứ Nhật Bản nói phía Nhật sẵn sàng.",
        "Đoàn tỉnh Champasak của Lào đến thăm.",
    ):
        assert country_swap(near, Found("page-9", ())) is None


def test_date_position_moves_a_plain_clause_only() -> None:
    text = "(XYZ) - Chiều 5/3, Bộ trưởng Đào Văn Ký tiếp Đại sứ Peru tại Hà Nội. Hai bên bàn."
    assert move_fronted_dates(text) == (
        "(XYZ) - Bộ trưởng Đào Văn Ký tiếp Đại sứ Peru tại Hà Nội chiều 5/3. Hai bên bàn."
    )
    # A clause with commas keeps its date in front, with the day named.
    text = "Sáng 6/3, ông Ký, bà Lam dự lễ."
    assert move_fronted_dates(text) == "Sáng ngày 6/3, ông Ký, bà Lam dự lễ."
    assert move_fronted_dates("Sáng ngày 6/3, ông Ký, bà Lam dự lễ.") == text
    # "Ngày" before a sentence with a number stays: no safe other place.
    assert move_fronted_dates("Ngày 7/3, hai bên ký 3 văn kiện.") == (
        "Ngày 7/3, hai bên ký 3 văn kiện."
    )
    # "TP." is an abbreviation, not the sentence's end: the clause is not plain, the date stays.
    text = "Chiều 5/3, Bộ trưởng Ký tiếp Tổng lãnh sự Peru tại TP. Hồ Chí Minh bà Ana Ruiz."
    assert move_fronted_dates(text).startswith("Chiều ngày 5/3, Bộ trưởng Ký tiếp")
    # A date inside a sentence is not fronted.
    assert move_fronted_dates("Đoàn đến chiều 5/3, rồi về.") == "Đoàn đến chiều 5/3, rồi về."
