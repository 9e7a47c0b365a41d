"""Round 17 regression repair, sides: where a described office is no side of its own.

The round's rule reads an office written without a name ("Thủ tướng Nhật Bản", "lãnh đạo
HĐND thành phố") as the one holder the page names. On older pages it also fired where the
phrase is no reference to that person, or is his own title already:

* the office as a kind, after an ordinal ("chuyến thăm đầu tiên của Tổng Bí thư ... kể từ
  năm 2014": any holder, not the one the page names);
* an office inside a question ("muốn biết thủ tục đón tiếp Chủ tịch nước X như thế nào"):
  no act is told there;
* the rest of an office chain a clause gives its holder ("ông A, ..., được bổ nhiệm làm Đại
  sứ ..., Trưởng Phái đoàn ..."), or a chain broken only by a bracket ("A (Anh), Ủy viên
  ..., Trưởng Ban ...", "Chủ tịch Nhóm ... (NSHN) ... A"): one more of his titles;
* a body's leadership in one side's list ("về phía Bộ Y tế Lào có: ...; lãnh đạo Văn
  phòng Bộ") whose only named holder is of the other side's country;
* a reception after credentials that says it received "each envoy" ("tiếp từng vị Đại
  sứ"): all of them, not the one a later sentence names.

The study constructions keep working (the last tests). Names and places are invented; no
page text is quoted.
"""

from __future__ import annotations

from vndiplo_events.view import ArticleView

import vndiplo


def _described(text: str, phrase: str, occurrence: int = 1) -> str | None:
    """The person a mention starting at the ``occurrence``-th ``phrase`` stands for."""
    view = ArticleView(vndiplo.extract(text))
    at = -1
    for _ in range(occurrence):
        at = view.text.find(phrase, at + 1)
    assert at != -1
    for mention in view.mentions:
        if mention.start == at:
            return mention.person.name
    return None


def _main(text: str) -> dict[str, object]:
    return vndiplo.extract(text).to_dict()["events"][0]


def _names(text: str) -> set[str]:
    return {p["name"] for p in _main(text)["participants"]}  # type: ignore[union-attr]


def test_an_office_after_an_ordinal_is_a_kind_not_its_holder() -> None:
    text = (
        "Tổng thống Park Min-ho sẽ có cuộc hội đàm với Tổng Bí thư Đảng Cộng sản Việt Nam, "
        "ông Lạc Văn Hòa, vào ngày 14 tới.\nĐây là chuyến thăm chính thức Hàn Quốc đầu tiên "
        "của Tổng Bí thư Đảng Cộng sản Việt Nam kể từ năm 2012, sau 13 năm."
    )
    assert _described(text, "Tổng Bí thư Đảng Cộng sản Việt Nam", 2) is None
    assert _main(text)["type"] == "talks"


def test_an_office_inside_a_question_is_no_side() -> None:
    text = (
        "Ngày 20/6, Tổng thống Hoa Kỳ John Miller đã hội kiến Chủ tịch nước Cộng hòa Xã hội "
        "Chủ nghĩa Việt Nam Lạc Văn Hòa tại Nhà Trắng.\nNhiều bạn nghe muốn biết nghi thức "
        "đón tiếp Chủ tịch nước Việt Nam được tổ chức tại Nhà Trắng ra sao, xin anh Bình cho "
        "biết."
    )
    assert _described(text, "Chủ tịch nước Việt Nam") is None
    assert _main(text)["type"] == "meeting"


def test_the_offices_a_clause_gives_its_holder_are_his_titles() -> None:
    text = (
        "Chiều 3/5, Hội Hữu nghị tổ chức buổi gặp mặt đoàn do ông Lạc Văn Hòa, Vụ trưởng Vụ "
        "Lễ tân, mới được bổ nhiệm làm Đại sứ Đặc mệnh toàn quyền, Trưởng Phái đoàn Đại diện "
        "Thường trực của Việt Nam tại Vienna, Áo làm trưởng đoàn."
    )
    assert _described(text, "Trưởng Phái đoàn Đại diện") is None


def test_a_bracketed_spelling_does_not_break_a_chain_of_offices() -> None:
    text = (
        "Chiều 5/4, đoàn đã hội đàm với đoàn Ban Đối ngoại Lào do đồng chí Xay Sổm Phon "
        "(Xaysomphone), Ủy viên Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương, dẫn đầu."
    )
    assert _described(text, "Ủy viên Trung ương Đảng") is None
    assert _described(text, "Trưởng Ban Đối ngoại Trung ương") is None


def test_a_bracketed_abbreviation_does_not_break_a_chain_before_the_name() -> None:
    text = (
        "Sáng 9/9, Nhóm Nghị sĩ hữu nghị đã đón tiếp Đại sứ Chile Pedro Ruiz.\nĐón tiếp có Ủy "
        "viên Trung ương Đảng, Chủ nhiệm Ủy ban Đối ngoại, Chủ tịch Nhóm Nghị sĩ hữu nghị "
        "(NSHN) Việt Nam - Chile Lạc Văn Hòa."
    )
    assert _described(text, "Chủ nhiệm Ủy ban Đối ngoại") is None


def test_a_leadership_in_one_sides_list_is_not_the_other_sides_holder() -> None:
    text = (
        "Ngày 10-5, đoàn Văn phòng Bộ Y tế Việt Nam do ông Lạc Văn Hòa, Thứ trưởng Bộ Y tế "
        "Việt Nam làm trưởng đoàn đã bắt đầu chuyến thăm chính thức Văn phòng Bộ Y tế Lào. "
        "Tham gia đoàn có: ông Trần Văn Bình, Chánh Văn phòng Bộ.\nTiếp đoàn, về phía Bộ Y tế "
        "Lào có: ông Khăm Phon, Thứ trưởng Bộ Y tế Lào; lãnh đạo Văn phòng Bộ; lãnh đạo các vụ."
    )
    assert _described(text, "lãnh đạo Văn phòng Bộ") is None


def test_a_reception_of_each_envoy_after_credentials_keeps_them_all() -> None:
    text = (
        "Chiều 6/3, tại Phủ Chủ tịch, Đại sứ Italy Marco Rossi, Đại sứ Peru Luis Ortega và "
        "Đại sứ Chile Pablo Reyes đã trình Quốc thư lên Chủ tịch nước Lạc Văn Hòa.\nSau lễ "
        "trình Quốc thư, Chủ tịch nước Lạc Văn Hòa đã tiếp từng vị Đại sứ.\nTrong buổi tiếp "
        "Đại sứ Italy Marco Rossi, Chủ tịch nước Lạc Văn Hòa bày tỏ vui mừng trước quan hệ "
        "hai nước."
    )
    # not only the envoy the next sentence's reception names
    assert {"Lạc Văn Hòa", "Luis Ortega", "Pablo Reyes"} <= _names(text)


# --- the study constructions keep working --------------------------------------------------


def test_a_reception_naming_its_envoy_still_takes_that_envoy() -> None:
    text = (
        "Sáng 6/3, Đại sứ Ai Cập Ahmed Nour Eldin, Đại sứ Peru Luis Ortega và Đại sứ Chile "
        "Pablo Reyes đã lần lượt trình Quốc thư lên Chủ tịch nước Lạc Văn Hòa.\n"
        "Tiếp Đại sứ Peru, Chủ tịch nước Lạc Văn Hòa đề nghị hai nước tăng cường hợp tác "
        "trong lĩnh vực nông nghiệp và thương mại."
    )
    assert _names(text) == {"Lạc Văn Hòa", "Luis Ortega"}


def test_a_described_office_in_a_plain_sentence_still_resolves() -> None:
    text = (
        "Chiều 4/8, Thủ tướng Lạc Văn Hòa đã điện đàm với Thủ tướng Nhật Bản.\n"
        "Thủ tướng Nhật Bản bày tỏ cảm ơn Việt Nam. Thủ tướng Sato Kenji cũng mời Thủ tướng "
        "Lạc Văn Hòa thăm Tokyo."
    )
    assert _described(text, "Thủ tướng Nhật Bản") == "Sato Kenji"
    assert _names(text) == {"Lạc Văn Hòa", "Sato Kenji"}


def test_a_leadership_in_its_own_sides_list_still_resolves() -> None:
    text = (
        "Chiều 8/11, tân Đại sứ Ba Lan Tomasz Nowak đến chào xã giao lãnh đạo HĐND tỉnh Hòa "
        "Sơn nhân dịp nhận nhiệm kỳ công tác mới.\nTại buổi tiếp, Chủ tịch HĐND tỉnh Hòa Sơn "
        "Vũ Đình Khải chúc tân Đại sứ có nhiệm kỳ công tác thành công."
    )
    assert _described(text, "lãnh đạo HĐND tỉnh Hòa Sơn") == "Vũ Đình Khải"
