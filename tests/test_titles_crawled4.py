"""Failure classes seen on crawled pages (fourth round), each pinned on sentences written for
these tests (other people, countries and offices): "các nước X" inside an organisation's name,
capacity titles after a copula or "làm" ("bà X là ...", "được bổ nhiệm làm ..."). Every case
also checks that the windowed scan equals the whole-block scan."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_titles.matcher import lexicon_for
from vndiplo_titles.names import tokenize

from tests.titles_helpers import assert_scans_safely, mixes, people_by_name

LEX = lexicon_for(None)


_people = people_by_name


# -- "các nước" inside a title ----------------------------------------------------------------


def test_regional_council_of_ministers_is_read_whole() -> None:
    people = _people(
        "Sáng 3/4, trên cương vị Chủ tịch Hội đồng Bộ trưởng các nước Nam Mỹ (UNASUR), "
        "Bộ trưởng Bộ Ngoại giao Trần Văn Khoa đã đến Lima."
    )
    assert people["Trần Văn Khoa"].titles == (
        "Chủ tịch Hội đồng Bộ trưởng các nước Nam Mỹ (UNASUR)",
        "Bộ trưởng Bộ Ngoại giao",
    )


def test_plural_title_with_cac_nuoc_names_no_one() -> None:
    assert _people("Các Bộ trưởng Ngoại giao các nước Bắc Âu đã ký tuyên bố chung.") == {}


# -- capacity after "là" and "làm" -------------------------------------------------------------


def test_copula_gives_the_titles_after_it_to_the_subject() -> None:
    people = _people(
        "Đoàn do Chủ tịch Nhóm nghị sĩ, bà Halyna Moroz dẫn đầu. Bà Halyna Moroz là "
        "Đảng viên Đảng Liên minh Xanh, Phó Chủ tịch Ủy ban Ngân sách."
    )
    assert people["Halyna Moroz"].titles == (
        "Chủ tịch Nhóm nghị sĩ",
        "Đảng viên Đảng Liên minh Xanh",
        "Phó Chủ tịch Ủy ban Ngân sách",
    )


def test_serving_as_head_of_delegation_is_a_title() -> None:
    people = _people("Đoàn do Chủ tịch Nhóm, bà Halyna Moroz làm Trưởng Đoàn.")
    assert people["Halyna Moroz"].titles == ("Chủ tịch Nhóm", "Trưởng Đoàn")


def test_appointed_as_ambassador_after_a_current_office() -> None:
    people = _people(
        "Buổi gặp do ông Lê Minh Hải, Chánh Văn phòng Bộ Công Thương, mới được bổ nhiệm làm "
        "Đại sứ Đặc mệnh toàn quyền, Trưởng Phái đoàn Đại diện Thường trực chủ trì."
    )
    assert people["Lê Minh Hải"].titles == (
        "Chánh Văn phòng Bộ Công Thương",
        "Đại sứ Đặc mệnh toàn quyền",
        "Trưởng Phái đoàn Đại diện Thường trực",
    )


def test_copula_alone_makes_no_titled_person() -> None:
    # a capacity is only added to a person titled elsewhere
    assert _people("Ông Phan Văn Bảy là Thứ trưởng từ năm 2019.") == {}


# -- "và" inside a lower-case organisation name ----------------------------------------------


def test_conjoined_lower_case_phrases_and_places_stay_in_the_subcommittee() -> None:
    people = _people(
        "Bà Halyna Moroz, Chủ tịch Nhóm, là Chủ tịch Tiểu ban hợp tác kinh tế và thương mại "
        "giữa Ba Lan và các nước EU thuộc Ủy ban Đối ngoại."
    )
    assert people["Halyna Moroz"].titles == (
        "Chủ tịch Nhóm",
        "Chủ tịch Tiểu ban hợp tác kinh tế và thương mại giữa Ba Lan và các nước EU thuộc Ủy "
        "ban Đối ngoại",
    )


def test_va_before_other_people_still_ends_the_title() -> None:
    people = _people("Ông Trần Văn Sáu, Giám đốc Sở Ngoại vụ tỉnh và lãnh đạo các sở dự.")
    assert people["Trần Văn Sáu"].titles == ("Giám đốc Sở Ngoại vụ tỉnh",)
    assert _people("Bộ trưởng Bộ Ngoại giao Nga và các nước EU đã họp.") == {}


# -- an honorific before a lower-case title --------------------------------------------------


def test_honorific_then_lower_case_title_then_name() -> None:
    people = _people("Tiếp đó, bà thứ trưởng Lê Thị Hoa phát biểu.")
    assert people["Lê Thị Hoa"].titles == ("thứ trưởng",)
    people = _people("Sau đó, ông bộ trưởng Bộ Y tế Phạm Văn Tư trả lời.")
    assert people["Phạm Văn Tư"].titles == ("bộ trưởng Bộ Y tế",)


def test_lower_case_title_without_a_name_opens_nothing() -> None:
    assert _people("Bà thứ trưởng cho biết Hà Nội sẽ đón đoàn.") == {}
    assert _people("Tiếp đó, thứ trưởng cho biết Hà Nội sẽ đón đoàn.") == {}
    # a lower-case title right before a name is that person's (round 7: any title of the
    # lexicon, not a short list; see tests/test_titles_lower_case_r7.py)
    assert _people("Tiếp đó, thứ trưởng Lê Thị Hoa phát biểu.")["Lê Thị Hoa"].titles == (
        "thứ trưởng",
    )


# -- an envoy of a named head of state --------------------------------------------------------


def test_the_owner_of_an_envoys_office_takes_the_titles_up_to_the_name() -> None:
    text = (
        "Hôm qua, đồng chí Bun-thăm Khăm-phăn, Bộ trưởng Ngoại giao, Đặc phái viên của Tổng "
        "Bí thư, Chủ tịch nước Lào Xổm-phết Vông-xạ, sang thông báo kết quả Đại hội."
    )
    people = _people(text)
    # the envoy's title runs to the owner's name, as the gold writes it (round 11)
    envoy = text[text.index("Đặc phái viên") : text.index(", sang")]
    assert people["Bun-thăm Khăm-phăn"].titles == ("Bộ trưởng Ngoại giao", envoy)
    assert people["Xổm-phết Vông-xạ"].titles == ("Tổng Bí thư", "Chủ tịch nước Lào")


def test_an_owner_without_a_named_country_stays_with_the_holder() -> None:
    people = _people(
        "Ông Lê Văn Chín, Trợ lý của Thủ tướng, Bộ trưởng Ngoại giao Trần Văn Mười dự."
    )
    assert people["Lê Văn Chín"].titles == ("Trợ lý của Thủ tướng",)
    assert people["Trần Văn Mười"].titles == ("Bộ trưởng Ngoại giao",)


# -- "của <country>" and "bên cạnh" inside a title ---------------------------------------------


def test_the_country_an_envoy_is_of_stays_in_the_title() -> None:
    people = _people(
        "Sáng nay, Đại sứ Đặc mệnh toàn quyền của Việt Nam tại Hà Lan Ngô Văn Lộc đã trình."
    )
    assert people["Ngô Văn Lộc"].titles == ("Đại sứ Đặc mệnh toàn quyền của Việt Nam tại Hà Lan",)
    assert people["Ngô Văn Lộc"].country == "VN"


def test_a_mission_accredited_to_an_international_body() -> None:
    people = _people(
        "Ông Lê Minh Hải, Trưởng Phái đoàn Đại diện Thường trực của Việt Nam bên cạnh Liên "
        "hợp quốc tại New York, phát biểu."
    )
    assert people["Lê Minh Hải"].titles == (
        "Trưởng Phái đoàn Đại diện Thường trực của Việt Nam bên cạnh Liên hợp quốc tại New York",
    )


# -- Khmer ranks ------------------------------------------------------------------------------


def test_krolahom_is_a_rank_held_with_an_office() -> None:
    people = _people(
        "Đoàn Campuchia do Samdech Krolahom Sar Phon, Phó Thủ tướng kiêm Bộ trưởng Bộ Nội "
        "vụ, làm trưởng đoàn."
    )
    assert people["Sar Phon"].titles == (
        "Samdech Krolahom",
        "Phó Thủ tướng kiêm Bộ trưởng Bộ Nội vụ",
        "Bộ trưởng Bộ Nội vụ",  # held concurrently, listed on its own too (round 11)
    )
    assert people["Sar Phon"].country == "KH"


# -- a list that switches countries --------------------------------------------------------


def test_countryless_titles_before_a_foreign_titled_name_go_to_that_name() -> None:
    people = _people(
        "Theo lời mời của Chủ tịch Thượng viện Ba Lan Jan Nowak, Chủ tịch Hội đồng Quốc "
        "phòng nhân dân, Tổng thống Cộng hòa Séc Pavel Horák sẽ sang thăm."
    )
    assert people["Jan Nowak"].titles == ("Chủ tịch Thượng viện Ba Lan",)
    assert people["Pavel Horák"].titles == (
        "Chủ tịch Hội đồng Quốc phòng nhân dân",
        "Tổng thống Cộng hòa Séc",
    )


def test_countryless_titles_stay_when_the_first_person_names_no_country() -> None:
    people = _people("Tiếp Tổng Bí thư Lê Văn Tư, Ủy viên Hội đồng, Thủ tướng Đỗ Văn Năm.")
    assert people["Lê Văn Tư"].titles == ("Tổng Bí thư", "Ủy viên Hội đồng")
    assert people["Đỗ Văn Năm"].titles == ("Thủ tướng",)


# -- Catholic ranks and abbreviations ---------------------------------------------------------


def test_cardinal_abbreviation_and_the_office_after_it_are_one_title() -> None:
    people = _people(
        "Sau đó, đoàn gặp ĐHY Quốc vụ khanh Tòa Thánh, Pietro Rossi, cùng với Đức TGM "
        "Ngoại trưởng Jean Dupont."
    )
    assert people["Pietro Rossi"].titles == ("ĐHY Quốc vụ khanh Tòa Thánh",)
    assert people["Jean Dupont"].titles == ("Đức TGM Ngoại trưởng",)


def test_a_rank_alone_before_a_name_stays_a_title() -> None:
    people = _people("Chiều nay, Đức Hồng y Marco Bianchi đã phát biểu tại hội thảo.")
    assert people["Marco Bianchi"].titles == ("Đức Hồng y",)


def test_pope_abbreviation_keeps_the_regnal_number_and_gives_the_holy_see() -> None:
    people = _people("Sáng nay, ĐTC Lêô 14 đã tiếp kiến Tổng thống Pháp Jean Martin.")
    assert people["Lêô 14"].titles == ("ĐTC",)
    assert people["Lêô 14"].country == "VA"
    assert people["Jean Martin"].country == "FR"


def test_a_count_after_a_minister_is_no_regnal_number() -> None:
    people = _people("Thủ tướng Phạm Văn Tám 2 lần gặp đối tác.")
    assert "Phạm Văn Tám" in people


@given(
    st.sampled_from(("Giáo hoàng", "ĐTC", "Đức Giáo hoàng")),
    st.sampled_from(("Lêô", "Piô", "Clêmentê")),
    # one-character numbers ("Piô X") are still dropped as a trailing initial
    st.one_of(st.integers(10, 30).map(str), st.sampled_from(("II", "XIII", "XVI"))),
)
def test_a_regnal_number_after_a_popes_name_is_part_of_it(
    title: str, name: str, number: str
) -> None:
    people = _people(f"Hôm qua, {title} {name} {number} đã tiếp đoàn.")
    assert people[f"{name} {number}"].titles == (title,)


# -- a country glued to a name by a hyphen -------------------------------------------------------


def test_country_glued_to_a_name_by_a_hyphen_is_no_part_of_the_name() -> None:
    people = _people("Tại buổi tiếp đại sứ Trung Quốc-Hồng Minh Khải tại trụ sở, ông nói.")
    assert people["Hồng Minh Khải"].titles == ("đại sứ Trung Quốc",)
    assert people["Hồng Minh Khải"].country == "CN"


def test_hyphenated_latin_names_stay_whole() -> None:
    people = _people("Tổng thống Cộng hòa Séc Karel Novak-Dvořák thăm Hà Nội.")
    assert "Karel Novak-Dvořák" in people


def test_glued_hyphen_splits_only_before_a_capital() -> None:
    texts = [tok.text for tok in tokenize("Nhật Bản-Tanaka, Việt Nam-lào, Díaz-Canel")]
    assert texts[:4] == ["Nhật", "Bản", "-", "Tanaka"]
    assert "Nam-lào" in texts
    assert "Díaz-Canel" in texts


@given(
    st.lists(
        st.sampled_from(("Trung Quốc-Hồng", "Bản-Tanaka", "-", "Quốc", " ", "a-B")), max_size=12
    ).map("".join),
    st.integers(0, 50),
)
def test_tokens_quote_the_text_in_order(text: str, offset: int) -> None:
    tokens = tokenize(text, offset)
    ends = [offset]
    for tok in tokens:
        assert text[tok.start - offset : tok.end - offset] == tok.text
        assert tok.start >= ends[-1]
        ends.append(tok.end)


_PIECES = (
    " của Việt Nam",
    " bên cạnh Liên hợp quốc",
    ", Đặc phái viên của Tổng Bí thư",
    ", Chủ tịch nước Lào Xổm-phết Vông-xạ",
    "bà thứ trưởng ",
    "ông bộ trưởng Bộ Y tế",
    "Lê Thị Hoa",
    "Chủ tịch Tiểu ban hợp tác kinh tế",
    " và thương mại giữa Ba Lan",
    " và các nước EU thuộc Ủy ban",
    "đại sứ Trung Quốc-Hồng Minh Khải",
    "ĐHY Quốc vụ khanh Tòa Thánh, Pietro Rossi",
    "Đức TGM Ngoại trưởng Jean Dupont",
    "ĐTC Lêô 14",
    " XIV ",
    "Chủ tịch Thượng viện Ba Lan Jan Nowak",
    ", Chủ tịch Hội đồng Quốc phòng nhân dân, ",
    "Tổng thống Cộng hòa Séc Pavel Horák",
    "Chủ tịch Hội đồng Bộ trưởng các nước Nam Mỹ",
    " các nước ",
    "bà Halyna Moroz",
    " là ",
    " làm ",
    "Trưởng Đoàn",
    ", Chủ tịch Nhóm, ",
    "được bổ nhiệm làm Đại sứ",
    "Đảng viên Đảng Liên minh Xanh",
    ". ",
)


@given(mixes(_PIECES, noise=6))
def test_any_mix_of_the_new_constructions_scans_safely(text: str) -> None:
    assert_scans_safely(text)
