"""Round 14 main-event classes, in invented sentences (other leaders, places, years, outlets).

1. Guards for the visit's account (round 12 convention: with no back-reference the visit stays):
   a next act where the visitor meets no one named, another person's act, an act only mentioned
   or of another year, a trip of several days and an arrival ceremony leave the visit main.
2. A visit to people, not to a place ("thăm gia đình anh B", "thăm cộng đồng người Việt",
   "thăm bà con kiều bào") is a meeting; a visit to a country or a city stays a visit.
3. An attendance on one day of a forum keeps that day: the forum's span, told with others'
   attendance ("kéo dài ba ngày (10-12/11), thu hút sự tham dự của ..."), is not the act's.
4. A frame ("Nhân dịp ...") ends before a clause that opens with a counted day span ("trong hai
   ngày 8-9/4", "suốt ba ngày 8-10/4"): that span dates the act.
5. An opening back-reference ("Tại cuộc hội đàm, hai bên ...") under the headline gives way to
   the act reported with its people in the next sentences, dated or not.
6. A name ending in a rank's letters ("Hun Sen", "Lee Gen") ends its sentence at the dot.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vndiplo


def _main(text: str, published: str | None = "2024-05-20") -> vndiplo.Event:
    doc = vndiplo.Runner().run({"id": "r14", "text": text, "published": published})
    assert doc.events, text
    return doc.events[0]


def _page(*paragraphs: str, headline: str = "Tin đối ngoại") -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


#: a headline naming the visit, as the pages of class 1 write it
VISIT_HEADLINE = "Đoàn khách nước ngoài thăm tỉnh"


# -- 1. the visit's account: guards -------------------------------

STAYS = [
    # the visit names its host: the visit stays
    # the next act names nobody the visitor meets
    (
        "Ngày 12/5, ông Tanaka Hiroshi, Tổng Lãnh sự Hàn Quốc tại Cần Thơ, đã có chuyến thăm "
        "tỉnh Quảng Ngãi.",
        "Tại tỉnh Quảng Ngãi, ông Tanaka Hiroshi đã tiếp các doanh nghiệp Nhật Bản.",
    ),
    # the next act does not have the visitor meet anyone new
    (
        "Ngày 12/5, ông Tanaka Hiroshi, Tổng Lãnh sự Hàn Quốc tại Cần Thơ, đã có chuyến thăm "
        "tỉnh Quảng Ngãi.",
        "Cùng ngày, Chủ tịch tỉnh Phạm Hữu Tâm đã tiếp Đại sứ Pháp Marc Duval.",
    ),
]


STAYS += [
    # a trip of several days: the talks are one of its acts
    (
        "1. Từ ngày 4 đến 6/5, ông Tanaka Hiroshi, Tổng Lãnh sự Hàn Quốc tại Cần Thơ, đã có "
        "chuyến thăm tỉnh Quảng Ngãi.",
        "2. Tại tỉnh Quảng Ngãi, ông Tanaka Hiroshi đã hội đàm với ông Lê Văn Bình, Bí thư Tỉnh "
        "ủy Quảng Ngãi.",
    ),
    # the talks only mentioned in what is told, after a fronted "Kết thúc ..."
    (
        "Ngày 12/5, Ngoại trưởng Ireland Sean Brady đã có chuyến thăm thành phố Huế.",
        "Kết thúc hội đàm, ông Sean Brady sẽ nói với báo giới về buổi gặp với ông Võ Văn Lộc.",
    ),
    # another trip, another year
    (
        "Ngày 12/5, Ngoại trưởng Ireland Sean Brady đã có chuyến thăm thành phố Huế.",
        "Trong chuyến thăm Hà Nội năm 2018, ông Sean Brady đã hội đàm với ông Võ Văn Lộc.",
    ),
    # the arrival ceremony is the visit's protocol, not its account
    (
        "Ngày 12/5, Thủ tướng Kenya William Otieno tới Hà Nội, bắt đầu thăm chính thức.",
        "Chiều cùng ngày, Thủ tướng Nguyễn Hải Đăng chủ trì lễ đón ông William Otieno.",
    ),
]


@pytest.mark.parametrize(("lead", "account"), STAYS)
def test_a_visit_stays_when_its_visitor_meets_no_one_named(lead: str, account: str) -> None:
    assert _main(_page(lead, account, headline=VISIT_HEADLINE)).type == "visit"


# -- 2. a visit to people is a meeting -----------------------------------------------------------

COMMUNITY = [
    "Chiều 18/5 tại Lyon, Chủ tịch nước Lê Minh Hòa đến thăm gia đình ông Trần Văn Phúc, một "
    "kiều bào kinh doanh ở Pháp.",
    "Tối 18/5, Thủ tướng Nguyễn Hải Đăng đến thăm cộng đồng người Việt tại thủ đô Canberra.",
    "Đại sứ Việt Nam tại Lào Trần Quốc Khánh đã tới thăm, bà con kiều bào ở tỉnh Savannakhet.",
    "Sáng 19/5, Phó Chủ tịch nước Đinh Thị Hoa thăm các gia đình người Việt sinh sống ở Praha.",
]


@pytest.mark.parametrize("lead", COMMUNITY)
def test_a_visit_to_a_family_or_community_is_a_meeting(lead: str) -> None:
    assert _main(_page(lead)).type == "meeting"


def test_a_visit_to_a_country_stays_a_visit() -> None:
    lead = "Chủ tịch nước Lê Minh Hòa và Phu nhân đã thăm Cộng hòa Pháp từ ngày 17 đến 19/5."
    assert _main(_page(lead)).type == "visit"


# -- 3. an attendance on one day of a forum ----------------------------------------------------

FORUMS = [
    (
        "Ngày 11/11, tại thành phố Lima, Chủ tịch nước Lê Minh Hòa đã tham dự Diễn đàn doanh "
        "nghiệp khu vực.",
        "Diễn đàn năm nay kéo dài ba ngày (10-12/11), thu hút sự tham dự của gần 900 doanh nhân.",
        "2024-11-11",
    ),
    (
        "Trong ngày làm việc thứ hai (12/11), Thủ tướng Nguyễn Hải Đăng dự Hội nghị thượng đỉnh "
        "kinh doanh tại Santiago.",
        "Hội nghị được tổ chức trong ba ngày từ 11 đến 13/11, với sự tham dự của hơn 1.000 "
        "đại biểu.",
        "2024-11-12",
    ),
]


@pytest.mark.parametrize(("lead", "forum", "date"), FORUMS)
def test_an_attendance_keeps_its_own_day_over_the_forums_span(
    lead: str, forum: str, date: str
) -> None:
    assert _main(_page(lead, forum), "2024-11-14").date == date


def test_an_attendance_still_takes_its_own_trips_span() -> None:
    # the trip's span, told of the same traveller, still dates the attendance
    lead = "Sáng 10/11, Thủ tướng Nguyễn Hải Đăng lên đường tham dự Hội nghị cấp cao khu vực."
    trip = "Thủ tướng Nguyễn Hải Đăng tham dự Hội nghị từ ngày 10 đến 12/11 tại Lima."
    assert _main(_page(lead, trip), "2024-11-14").date == "2024-11-10/2024-11-12"


# -- 4. a frame ends before a counted day span ----------------------------------------------------

FRAMED = [
    (
        "Nhân dịp Tết cổ truyền của nhân dân Campuchia, trong hai ngày 8-9/4, Bí thư Tỉnh ủy "
        "An Giang Lê Hồng Quang sang thăm tỉnh Takeo.",
        "2024-04-08/2024-04-09",
    ),
    (
        "Nhân dịp năm mới, trong hai ngày 8-9.4, lãnh đạo huyện Mường Tè sang thăm huyện Mường "
        "Khoa (Lào).",
        "2024-04-08/2024-04-09",
    ),
    (
        "Nhân dịp lễ hội té nước, suốt ba ngày 8-10/4, đoàn đại biểu tỉnh Kon Tum thăm tỉnh "
        "Attapeu.",
        "2024-04-08/2024-04-10",
    ),
]


@pytest.mark.parametrize(("lead", "date"), FRAMED)
def test_a_counted_day_span_after_a_frame_dates_the_act(lead: str, date: str) -> None:
    assert _main(_page(lead), "2024-04-12").date == date


def test_an_anniversarys_day_inside_the_frame_dates_nothing() -> None:
    lead = "Nhân dịp mừng Quốc khánh ngày 2/9, lãnh đạo huyện Mường Tè sang thăm tỉnh Phongsaly."
    assert _main(_page(lead), "2024-09-05").date is None


# -- 5. an opening back-reference gives way to the report -----------------------------------------


@pytest.mark.parametrize("front", ["", "Chiều 14/5, "])
def test_a_teaser_back_reference_gives_way_to_the_report(front: str) -> None:
    teaser = "(BNG) - Tại cuộc hội đàm, đôi bên bàn cách mở rộng thương mại."
    report = (
        f"{front}Bộ trưởng Ngoại giao Trần Quang Huy đã hội đàm với Ngoại trưởng Peru Luis "
        "Herrera tại Lima."
    )
    main = _main(_page(teaser, report))
    assert (main.type, {p.name for p in main.participants}) == (
        "talks",
        {"Trần Quang Huy", "Luis Herrera"},
    )


# -- 6. a name ending in a rank's letters ends its sentence --------------------------------------


def test_a_name_ending_in_rank_letters_ends_the_sentence() -> None:
    lead = (
        "Thủ tướng Nguyễn Hải Đăng đã gặp ông Hun Sen. Cuộc gặp diễn ra vào chiều 13/5 tại "
        "Phnom Penh."
    )
    main = _main(_page(lead))
    assert (main.date, main.location) == ("2024-05-13", "Phnom Penh")


def test_an_english_rank_before_a_name_keeps_its_dot() -> None:
    from vndiplo.sentences import split_sentences

    text = "Ông Hun Sen. Buổi gặp. Sen. John Reed nói. Lt. Gen. Paik Sun đến."
    got = [text[s.start : s.end] for s in split_sentences(text, [(0, len(text))])]
    assert got == ["Ông Hun Sen.", "Buổi gặp.", "Sen. John Reed nói.", "Lt. Gen. Paik Sun đến."]


@given(st.text(alphabet="Sen. GabcHun", max_size=40))
def test_sentences_stay_inside_the_text(text: str) -> None:
    from vndiplo.sentences import split_sentences

    for s in split_sentences(text, [(0, len(text))]):
        assert 0 <= s.start < s.end <= len(text)


# -- 7. an undated act takes the span written at the end of its chain ---------------------------

CHAINS = [
    (
        "Theo lời mời của Đảng Lao động Bỉ, đồng chí Trần Quốc Bảo, Trưởng Ban Đối ngoại, đã dự "
        "Đại hội 12 của Đảng này ở Liège, kết hợp thăm Bỉ từ ngày 3 đến 6-5.",
        "--05-03/--05-06",
    ),
    (
        "Bộ trưởng Công Thương Hà Minh Quân tham dự Hội nghị Bộ trưởng Kinh tế khu vực và thăm "
        "Nhật Bản từ 3-6/5.",
        "2024-05-03/2024-05-06",
    ),
]


@pytest.mark.parametrize(("lead", "date"), CHAINS)
def test_an_undated_act_takes_its_chains_span(lead: str, date: str) -> None:
    published = None if date.startswith("--") else "2024-05-20"
    assert _main(_page(lead), published).date == date


def test_another_travellers_span_is_not_taken() -> None:
    lead = (
        "Bộ trưởng Công Thương Hà Minh Quân tham dự Hội nghị Bộ trưởng Kinh tế khu vực, trong "
        "khi Thủ tướng Nguyễn Hải Đăng thăm Lào từ 3-6/5."
    )
    assert _main(_page(lead)).date != "2024-05-03/2024-05-06"
