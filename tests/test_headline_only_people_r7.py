"""People named only in the headline (or in the lead caption standing in for a lost headline)
are people of the article, with the headline's titles, so the headline's event has its known
side. Invented names, offices and outlets throughout. Near misses: someone the body names too
(in full or by a short form), a headline office misread as a name, a caption under a headline."""

from __future__ import annotations

import pytest

import vndiplo

_BODY = (
    "Cuộc trao đổi diễn ra trong không khí thân tình, cởi mở. Hai bên nhất trí tăng cường "
    "giao lưu giữa các ủy ban chuyên môn và nhóm nghị sĩ hữu nghị.\n\n"
    "Tham dự có Phó Chủ tịch Quốc hội Đào Minh Khang và Tổng Thư ký Quốc hội Lý Thu Hằng."
)


def _run(text: str) -> vndiplo.Document:
    return vndiplo.Runner().run({"id": "h", "text": text, "published": "2024-04-02"})


def _people(doc: vndiplo.Document) -> dict[str, vndiplo.Person]:
    return {p.name: p for p in doc.people}


@pytest.mark.parametrize(
    ("headline", "name", "kind"),
    [
        (
            "Chủ tịch Quốc hội Hà Văn Lộc hội đàm trực tuyến với Chủ tịch Thượng viện Chile",
            "Hà Văn Lộc",
            "phone_call",
        ),
        (
            "Chủ tịch Quốc hội Hà Văn Lộc điện đàm với Chủ tịch Hạ viện Hungary",
            "Hà Văn Lộc",
            "phone_call",
        ),
        (
            "Phó Thủ tướng Hà Văn Lộc tiếp Bộ trưởng Nông nghiệp Kenya",
            "Hà Văn Lộc",
            "reception",
        ),
        (
            "Bí thư Tỉnh ủy Hà Văn Lộc hội kiến Thống đốc bang Victoria",
            "Hà Văn Lộc",
            "meeting",
        ),
        (
            "Chủ tịch Thượng viện Chile Martín Soto hội đàm với Chủ tịch Quốc hội Việt Nam",
            "Martín Soto",
            "talks",
        ),
    ],
)
def test_a_side_named_only_in_the_headline_is_a_person_and_a_participant(
    headline: str, name: str, kind: str
) -> None:
    text = f"{headline}\n\n{_BODY}"
    doc = _run(text)
    person = _people(doc).get(name)
    assert person is not None and person.titles
    # its mention is an offset into the input text: the headline
    assert person.mentions and all(text[m.start : m.end] == name for m in person.mentions)
    main = doc.events[0]
    assert main.type == kind
    assert name in {p.name for p in main.participants}


def test_the_lead_caption_standing_for_a_lost_headline_names_a_person() -> None:
    text = (
        "Ngày 02/04/2024\n\n"
        "Bộ trưởng Tài chính Lưu Quang Đạt tiếp Đại sứ Na Uy Ingrid Berg. Ảnh: Văn Toàn\n\n"
        "Đại sứ Ingrid Berg đề nghị hai bên đẩy mạnh hợp tác về năng lượng tái tạo và mong "
        "Bộ tạo thuận lợi cho doanh nghiệp Na Uy."
    )
    doc = _run(text)
    assert "Lưu Quang Đạt" in _people(doc)


def test_a_listed_office_takes_the_country_of_the_one_listed_before() -> None:
    text = (
        "Thủ tướng Hà Văn Lộc gặp Tổng thống Hàn Quốc Park Min-soo, Chủ tịch QH Kim Dae-ho\n\n"
        "Trong cuộc gặp, Tổng thống Hàn Quốc Park Min-soo bày tỏ vui mừng trước quan hệ hai "
        "nước."
    )
    people = _people(_run(text))
    assert people["Kim Dae-ho"].country == "KR"


# -- near misses --------------------------------------------------------------------------


def test_someone_the_body_names_in_full_keeps_the_body_record() -> None:
    text = (
        "Chủ tịch Hạ viện Ireland S.Kelly tiếp Chủ tịch Quốc hội Hà Văn Lộc\n\n"
        "Ngày 3/4, tại Dublin, Chủ tịch Hạ viện Ireland Sean Kelly tiếp Chủ tịch Quốc hội Hà "
        "Văn Lộc. Chủ tịch S.Kelly đánh giá cao quan hệ hai nước."
    )
    names = [p.name for p in _run(text).people]
    assert "S.Kelly" not in names and names.count("Sean Kelly") == 1


def test_a_headline_office_misread_as_a_name_is_no_person() -> None:
    text = (
        "Tổng Giám đốc Đài Truyền hình quốc gia Lào Bounmy Chanthavong hội kiến Đại sứ Việt "
        "Nam\n\n"
        "Ngày 4/5, tại trụ sở Đài Truyền hình quốc gia Lào, Tổng Giám đốc Bounmy Chanthavong "
        "đã hội kiến Đại sứ Việt Nam tại Lào Đinh Quốc Hưng."
    )
    names = {p.name for p in _run(text).people}
    assert not any(n.startswith("Đài") for n in names)


def test_a_caption_under_a_headline_adds_no_one() -> None:
    text = (
        "Bộ trưởng Tài chính Lưu Quang Đạt tiếp Đại sứ Na Uy\n\n"
        "Thứ trưởng Tài chính Chu Thị Hạnh tại buổi làm việc. Ảnh: Văn Toàn\n\n"
        "Ngày 3/4, Bộ trưởng Tài chính Lưu Quang Đạt tiếp Đại sứ Na Uy Ingrid Berg."
    )
    assert "Chu Thị Hạnh" not in _people(_run(text))
