"""Round 9 (fix-choice): acts that are not acts (anniversaries, papers named with "ký kết"), the
"kí" spelling, the inviter of "X nhận lời mời của Y đến thăm Z", and a copula naming the
page's trip. Invented sentences, full pipeline."""

from __future__ import annotations

import pytest

import vndiplo


def _events(text: str) -> list[vndiplo.Event]:
    return list(vndiplo.extract(text, published="2024-05-20").events)


def _sides(event: vndiplo.Event) -> dict[str, str]:
    return {p.name: p.role for p in event.participants}


@pytest.mark.parametrize(
    "text",
    [
        "Lễ kỷ niệm\nChiều 8/7, tại Nhà hát Lớn, đã diễn ra Lễ kỷ niệm 50 năm ngày ký kết"
        " Hiệp định hợp tác văn hóa.",
        "Mít tinh\nSáng 12/9, tỉnh Cao Bằng tổ chức mít tinh kỷ niệm 30 năm ký Hiệp định"
        " biên giới.",
        "Gặp mặt\nNhân kỷ niệm 25 năm ngày kí Nghị định thư, chiều 3/5, Bộ trưởng Trần Văn"
        " Long đã gặp Đại sứ Lào Khamphao Ernthavanh.",
        "Hữu nghị\nTối 2/3, Đại sứ quán tổ chức tiệc mừng 60 năm ngày ký kết Hiệp ước Thân thiện.",
    ],
)
def test_an_anniversary_of_a_signing_is_no_signing(text: str) -> None:
    assert not any(e.type == "signing" for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ký kết\nBản ghi nhớ đã được kí tại Phnôm Pênh ngày 3/7 giữa Bộ trưởng Lê Văn Tùng"
        " và Bộ trưởng Hun Sokha.",
        "Ký kết\nChiều 3/5, Chủ tịch UBND tỉnh Lê Văn Hải và Tỉnh trưởng tỉnh Attapeu"
        " Khamphan Sitthidampha đã kí biên bản hợp tác.",
        "Ký kết\nSáng 3/5, Bộ trưởng Đỗ Minh Quân và Bộ trưởng Somsak Inthavong kí kết"
        " thỏa thuận về lao động.",
    ],
)
def test_the_ki_spelling_is_a_signing(text: str) -> None:
    events = _events(text)
    assert events and events[0].type == "signing"
    assert len(events[0].participants) == 2


@pytest.mark.parametrize(
    "text",
    ["Ký sự\nNhà báo Lê Văn Tâm viết kí sự về chuyến đi.", "Thư kí\nÔng Lê Văn Tâm làm thư kí."],
)
def test_ki_words_that_are_no_signing(text: str) -> None:
    assert not any(e.type == "signing" for e in _events(text))


def test_a_paper_named_signed_is_no_signing_told() -> None:
    events = _events(
        "Tiếp tổ chức\nChiều 3/5, Phó Chủ tịch UBND tỉnh Võ Văn Phong tiếp ông Dan Smith."
        " Theo thỏa thuận ký kết giữa tỉnh và tổ chức Hope, tổ chức sẽ hỗ trợ 10 xã."
    )
    assert events[0].type == "reception"
    assert all(e.referenced for e in events if e.type == "signing")


def test_a_paper_signed_with_an_aspect_word_is_told() -> None:
    events = _events(
        "Ký kết\nChiều 3/5, thỏa thuận đã được ký giữa Bộ trưởng Lê Văn Tùng và Bộ trưởng"
        " Hun Sokha."
    )
    assert events and events[0].type == "signing" and not events[0].referenced


@pytest.mark.parametrize(
    ("text", "visitor", "inviter"),
    [
        (
            "Sắp thăm\nTổng thống Chile Gabriel Boric nhận lời mời của Chủ tịch nước Võ Văn"
            " Thưởng đến thăm Việt Nam vào tháng 11.",
            "Gabriel Boric",
            "Võ Văn Thưởng",
        ),
        (
            "Thăm\nBộ trưởng Ngoại giao Indonesia Sugiono đã nhận lời mời của Bộ trưởng Ngoại"
            " giao Bùi Thanh Sơn sang thăm chính thức Việt Nam.",
            "Sugiono",
            "Bùi Thanh Sơn",
        ),
        (
            "Thăm tỉnh\nTỉnh trưởng tỉnh Champasak Viengthong Hatsachan nhận lời mời của Bí"
            " thư Tỉnh ủy Lê Quang Hùng tới thăm tỉnh Quảng Nam.",
            "Viengthong Hatsachan",
            "Lê Quang Hùng",
        ),
    ],
)
def test_the_inviter_after_the_visitor_is_no_visitor(text: str, visitor: str, inviter: str) -> None:
    visit = _events(text)[0]
    assert visit.type == "visit"
    assert _sides(visit).get(visitor) == "guest"
    assert inviter not in _sides(visit)


def test_a_fronted_invitation_keeps_its_visitor() -> None:
    visit = _events(
        "Thăm\nTheo lời mời của Chủ tịch UBND tỉnh Võ Văn Hưng, Tỉnh trưởng tỉnh Savannakhet"
        " Santiphap Phomvihane sang thăm tỉnh vào ngày 3/5."
    )[0]
    assert _sides(visit).get("Santiphap Phomvihane") == "guest"
    assert "Võ Văn Hưng" not in _sides(visit)


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "Thủ tướng Singapore thăm Việt Nam\nĐây là chuyến thăm chính thức đầu tiên của"
            " Thủ tướng Singapore Lawrence Wong tới Việt Nam. Trong chuyến thăm, ông sẽ hội"
            " kiến Tổng Bí thư Tô Lâm.",
            "Lawrence Wong",
        ),
        (
            "Tổng thống Brazil đến Hà Nội\nĐây là chuyến công du châu Á đầu tiên của Tổng"
            " thống Brazil Lula da Silva. Trong chuyến thăm, ông dự kiến gặp các doanh nghiệp.",
            "Lula da Silva",
        ),
    ],
)
def test_a_copula_names_the_pages_trip(text: str, visitor: str) -> None:
    main = _events(text)[0]
    assert main.type == "visit"
    assert _sides(main).get(visitor) == "guest"


def test_a_copula_does_not_beat_a_reported_meeting() -> None:
    main = _events(
        "Hội đàm\nChiều 3/5, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Singapore Lawrence"
        " Wong. Đây là chuyến thăm chính thức đầu tiên của ông Wong tới Việt Nam."
    )[0]
    assert main.type == "talks"
