"""Ninth-round organisation names and title spans, on sentences written for these tests: an
institution's eponym after an organisation closes the organisation's name ("Đoàn TNCS Hồ
Chí Minh"), the name after "Công ty"/"Tổ chức" is a firm's or body's, a country's name that
opens a common noun ("Mỹ phẩm", "Pháp luật") names no country, a committee's comma list of
fields is one name, and a title stops before "và Đoàn ...", "đầu tiên" and "vui mừng".
Each class has near misses where nothing new may fire."""

from __future__ import annotations

import pytest

from tests.titles_helpers import people_by_name

_people = people_by_name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Chiều 5/9, Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh Trần Văn "
         "Minh đã tiếp đoàn bạn.", "Trần Văn Minh",
         "Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh Nguyễn Xuân Hải dự lễ.",
         "Nguyễn Xuân Hải", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"),
        ("Đồng chí Lê Quốc Bảo - Bí thư T.Ư Đoàn TNCS Hồ Chí Minh trao quà cho đoàn bạn.",
         "Lê Quốc Bảo", "Bí thư T.Ư Đoàn TNCS Hồ Chí Minh"),
        ("Ông Phan Văn Dũng, Hiệu trưởng Trường Đại học Tôn Đức Thắng, phát biểu.",
         "Phan Văn Dũng", "Hiệu trưởng Trường Đại học Tôn Đức Thắng"),
        ("Ngày 15/5, Bí thư Tỉnh ủy tiếp ông Kim Min-ho, Tổng giám đốc Công ty Mỹ phẩm Hanbit.",
         "Kim Min-ho", "Tổng giám đốc Công ty Mỹ phẩm Hanbit"),
        ("Ông Park Sung-ho, Giám đốc Công ty Mỹ phẩm Daehan (Hàn Quốc) dự lễ.", "Park Sung-ho",
         "Giám đốc Công ty Mỹ phẩm Daehan"),
        ("Chiều 3/4, Chủ tịch UBND tỉnh tiếp ông Trương Gia Nguyên, Chủ tịch Tập đoàn Hoa Lợi, "
         "Đài Loan.", "Trương Gia Nguyên", "Chủ tịch Tập đoàn Hoa Lợi"),
        ("Ngày 3/4, Chủ tịch Quốc hội tiếp bà Hun Sokha, Chủ nhiệm Ủy ban Y tế, Lao động, Xã "
         "hội của Quốc hội Campuchia.", "Hun Sokha",
         "Chủ nhiệm Ủy ban Y tế, Lao động, Xã hội của Quốc hội Campuchia"),
        ("Ông Karel Dvorak, Ủy viên Ủy ban Giáo dục, Khoa học, Văn hóa, Nhân quyền và Kiến "
         "nghị, Thượng viện Séc, dự họp.", "Karel Dvorak",
         "Ủy viên Ủy ban Giáo dục, Khoa học, Văn hóa, Nhân quyền và Kiến nghị, Thượng viện Séc"),
        ("Bà Chea Vanna, Chủ tịch Ủy ban Giáo dục, Thanh niên, Thể thao, Tôn giáo của Quốc hội "
         "Campuchia, phát biểu.", "Chea Vanna",
         "Chủ tịch Ủy ban Giáo dục, Thanh niên, Thể thao, Tôn giáo của Quốc hội Campuchia"),
        ("Ngày 3/4, Bí thư Tỉnh ủy tiếp ông Lee Jae-won, nguyên Thủ tướng Hàn Quốc và Đoàn công "
         "tác.", "Lee Jae-won", "nguyên Thủ tướng Hàn Quốc"),
        ("Sáng 3/4, Chủ tịch tỉnh tiếp bà Sok Dara, Phó Tỉnh trưởng tỉnh Kampot và đoàn.",
         "Sok Dara", "Phó Tỉnh trưởng tỉnh Kampot"),
        ("Thống đốc bang Iowa Kim Reynolds là Thống đốc bang Iowa đầu tiên thăm Việt Nam.",
         "Kim Reynolds", "Thống đốc bang Iowa"),
    ],
)  # fmt: skip
def test_whole_titles(text: str, name: str, title: str) -> None:
    person = _people(text)[name]
    assert title in person.titles
    assert all(t in title or title in t for t in person.titles), person.titles


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Bí thư Trung ương Đoàn TNCS Hồ Chí Minh Trần Văn Minh dự lễ.", "Hồ Chí Minh"),
        ("Đại diện Học viện Chính trị quốc gia Hồ Chí Minh, PGS.TS Lê Văn Hòa phát biểu.",
         "Hồ Chí Minh"),
        ("Ngày 3/4, Phó Chủ tịch UBND tỉnh Lê Văn An cùng Giám đốc Tổ chức Oxfam tại Việt Nam "
         "ký thỏa thuận.", "Oxfam"),
        ("Giám đốc Tổ chức HelpAge International tại Việt Nam ký thỏa thuận.",
         "HelpAge International"),
        ("Ông Kim Min-ho, Tổng giám đốc Công ty Mỹ phẩm Hanbit, dự lễ.", "Hanbit"),
    ],
)  # fmt: skip
def test_no_person(text: str, absent: str) -> None:
    assert absent not in _people(text)


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        # near misses: the eponym right after a title word is the person; a country before a
        # verb or "tại" is still the country; a firm of two words with no name before it is
        # a person's name; a Youth Union after "và" reads on
        ("Chủ tịch Hồ Chí Minh đã đến thăm Ấn Độ năm 1958.", "Hồ Chí Minh", "Chủ tịch", "VN"),
        ("Ông John Park, Đại sứ Mỹ tại Việt Nam, phát biểu.", "John Park",
         "Đại sứ Mỹ tại Việt Nam", "US"),
        ("Ông Jean Dupont, Bộ trưởng Tư pháp Pháp, dự họp.", "Jean Dupont",
         "Bộ trưởng Tư pháp Pháp", "FR"),
        ("Chủ tịch Tập đoàn Akira Sato phát biểu.", "Akira Sato", "Chủ tịch Tập đoàn", None),
        ("Anh Vũ Minh Hải, Bí thư Trung ương Đoàn và Đoàn Thanh niên tỉnh dự lễ.",
         "Vũ Minh Hải", "Bí thư Trung ương Đoàn và Đoàn Thanh niên tỉnh", "VN"),
        ("Tổng Giám đốc Tổ chức Y tế Thế giới Tedros Adhanom dự hội nghị.", "Tedros Adhanom",
         "Tổng Giám đốc Tổ chức Y tế Thế giới", None),
    ],
)  # fmt: skip
def test_near_misses(text: str, name: str, title: str, country: str | None) -> None:
    person = _people(text)[name]
    assert title in person.titles
    if country is not None:
        assert person.country == country


def test_list_of_people_after_title_is_not_a_committee() -> None:
    people = _people("Ông Lê Minh, Bộ trưởng Bộ Y tế, Lê Văn Nam, Thứ trưởng, dự họp.")
    assert people["Lê Minh"].titles == ("Bộ trưởng Bộ Y tế",)
    assert "Lê Văn Nam" in people


def test_solidarity_is_no_delegation() -> None:
    text = "Ông Som Phet, Chủ tịch Ủy ban Hòa bình và Đoàn kết Lào, dự lễ."
    assert "Chủ tịch Ủy ban Hòa bình và Đoàn kết Lào" in _people(text)["Som Phet"].titles
