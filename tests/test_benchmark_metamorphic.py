"""The metamorphic rewrites, on invented sentences: each changes the form, never the meaning."""

from __future__ import annotations

import unicodedata

from benchmarks.metamorphic import canon, main
from benchmarks.metamorphic_names import consistent_swap, name_kind
from benchmarks.metamorphic_transforms import (
    Found,
    add_boilerplate,
    reencode,
    restyle_acts,
    restyle_dates,
    restyle_honorifics,
    split_sentences,
    toggle_place_preposition,
)


def test_place_preposition_swaps_before_places_only() -> None:
    text = "Buổi gặp diễn ra tại Đà Lạt, ở trụ sở Tỉnh ủy; hiện tại Hội đồng ở lại lâu."
    out = toggle_place_preposition(text)
    assert out == "Buổi gặp diễn ra ở Đà Lạt, tại trụ sở Tỉnh ủy; hiện tại Hội đồng ở lại lâu."
    assert toggle_place_preposition(out) == text
    assert toggle_place_preposition("Tại cuộc gặp, hai bên") == "Tại cuộc gặp, hai bên"


def test_name_swap_is_consistent_and_keeps_kinds() -> None:
    text = (
        "Bộ trưởng Lương Văn Kỳ tiếp Ngoại trưởng Oscar Delmont. Ông Kỳ nói với ông Delmont"
        " rằng TP Hồ Chí Minh sẵn sàng. NgàiOscar Delmont cảm ơn."
    )
    names = ("Lương Văn Kỳ", "Oscar Delmont", "Hồ Chí Minh")
    new, mapping = consistent_swap("page1", names, text)
    assert set(mapping) == {"Lương Văn Kỳ", "Oscar Delmont"}  # a city is no person
    assert "Kỳ" not in new and "Delmont" not in new and "Oscar" not in new
    assert "TP Hồ Chí Minh" in new
    assert mapping["Lương Văn Kỳ"].startswith("Lương Văn ")
    assert name_kind(mapping["Oscar Delmont"]) == "latin"
    assert consistent_swap("page1", names, text) == (new, mapping)  # deterministic


def test_name_swap_leaves_a_name_it_cannot_swap_whole() -> None:
    # "Delmonte" is a typo the pipeline might merge: swapping the rest would make two people.
    text = "Ngoại trưởng Oscar Delmont đến. Ông Oscar Delmonte phát biểu."
    new, mapping = consistent_swap("page2", ("Oscar Delmont",), text)
    assert (new, mapping) == (text, {})


def test_date_style_keeps_values() -> None:
    text = "sáng ngày 7/4/2023 và chiều 9-4; ngày 12 tháng 5 năm 2021; tỉ lệ 4.5"
    out = restyle_dates(text)
    assert out == "sáng ngày 07-04-2023 và chiều 9/4; ngày 12/5/2021; tỉ lệ 4.5"
    assert restyle_dates("ngày 07-04-2023") == "ngày 7.4.2023"
    assert restyle_dates("ngày 7.4.2023") == "ngày 7 tháng 4 năm 2023"
    assert restyle_dates("ngày 31/13/2023") == "ngày 31/13/2023"  # no such date: untouched


def test_boilerplate_noise_wraps_the_page() -> None:
    out = add_boilerplate("Tiêu đề\nThân bài.", "page3")
    lines = out.split("\n")
    assert lines[2:4] == ["Tiêu đề", "Thân bài."]
    assert "Tin liên quan" in lines and len(lines) == 2 + 2 + 7


def test_act_form_variants() -> None:
    text = "Trong buổi hội kiến, Bộ trưởng Hà Minh Tâm hội đàm với Đại sứ Peru. Ông Tâm tiếp Đoàn"
    out = restyle_acts(text)
    assert out.startswith("Tại cuộc hội kiến, Bộ trưởng Hà Minh Tâm có cuộc hội đàm với")
    assert out.endswith("Ông Tâm đã tiếp Đoàn")
    # Compounds and nouns are left alone.
    assert restyle_acts("được đón tiếp Thủ tướng") == "được đón tiếp Thủ tướng"
    assert restyle_acts("Tại buổi tiếp Thống đốc") == "Trong buổi tiếp Thống đốc"
    assert restyle_acts("A đã tiếp tục làm việc") == "A đã tiếp tục làm việc"


def test_sentence_split_and_join() -> None:
    text = "Ông Lê Bình gặp ông Kent, sau đó hai bên dự tiệc."
    assert split_sentences(text) == "Ông Lê Bình gặp ông Kent. Sau đó, hai bên dự tiệc."
    long = (
        "Hai bên đã trao đổi về nhiều vấn đề khu vực và quốc tế cùng quan tâm; "
        "hai bên nhất trí tăng cường hợp tác trên các lĩnh vực."
    )
    assert ". Hai bên nhất trí" in split_sentences(long)
    titles = "Ông Lê Bình, Ủy viên Trung ương Đảng; Bí thư Tỉnh ủy Gia Lai tiếp đoàn."
    assert split_sentences(titles) == titles  # a list of titles stays one sentence
    assert split_sentences("Ông Bình thăm Cuba. Hai bên ký thỏa thuận.") == (
        "Ông Bình thăm Cuba, hai bên ký thỏa thuận."
    )


def test_honorific_only_for_men_the_text_calls_ong() -> None:
    text = "Sáng 3/2, đồng chí Lê Văn Định tiếp khách. Ông Định nói."
    assert restyle_honorifics(text, ("Lê Văn Định",)) == (
        "Sáng 3/2, ông Lê Văn Định tiếp khách. Ông Định nói."
    )
    woman = "Sáng 3/2, đồng chí Lê Thị Hạnh tiếp khách. Bà Hạnh nói."
    assert restyle_honorifics(woman, ("Lê Thị Hạnh",)) == woman
    lead = "Chiều 4/5, Thủ tướng Lê Văn Định tiếp khách."
    assert restyle_honorifics(lead, ()) == "Chiều 4/5, thủ tướng Lê Văn Định tiếp khách."
    titles = "Tổng Bí thư, Chủ tịch nước Lê Văn Định tiếp khách."
    assert restyle_honorifics(titles, ()) == titles  # two titles of one man stay capitalised
    abbreviated = "Đinh Văn Hải, TVTU, Phó Chủ tịch UBND tỉnh dự."
    assert restyle_honorifics(abbreviated, ()) == abbreviated  # after an abbreviated title


def test_whitespace_encoding_reads_back() -> None:
    text = "Đại sứ Trần Bình\nđã tới Hà Nội hôm nay cùng đoàn đại biểu"
    out = reencode(text)
    assert "\r\n" in out and "\u00a0" in out and "Ð" in out
    assert unicodedata.is_normalized("NFD", out)
    assert canon(out.replace("\r\n", " ")) == canon(text.replace("\n", " "))


def test_cli_refuses_the_blind_split(capsys: object) -> None:
    assert main(["--split", "test"]) == 2
    assert main(["--transform", "nonsense"]) == 2


def test_found_is_a_plain_tuple() -> None:
    assert Found("p", ("A B",)).names == ("A B",)
