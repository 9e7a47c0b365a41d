"""Round-10 date attachment classes, each in invented wordings (other leaders, levels, outlets,
word orders, date styles) with near misses where the rule must not fire:

* a day written inside a background adjunct of a sentence (an incident "sau vụ/trận ... hôm D",
  an occasion "Nhân dịp ... ngày D", a "sau khi ..." clause, a deadline "cho tới ngày D", a
  relative clause "... xảy ra ngày D") dates that adjunct, never an act outside it, in its own
  sentence or borrowed from another; a day opening the main clause after a comma, the day of an
  act noun of the visit ("Sau lễ đón sáng D") and an arrival's "sau khi tới ... D" still carry;
* the day of a statement ("X ngày D cho biết ...") is not borrowed by another sentence's act;
* listed days without "ngày" ("(13 và 14/4)", "13, 14/4") are the days listed, and the event
  they date spans both;
* an arrival lead's trip act (a visit, or the attendance the trip is for) takes the span that a
  following sentence gives the trip ("Chuyến thăm diễn ra từ D1 - D2/M") or the act itself.
"""

from __future__ import annotations

from typing import Any

import pytest

import vndiplo


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _main(runner: vndiplo.Runner, text: str, published: str | None = None) -> Any:
    doc = runner.run({"id": "t", "text": text, "published": published})
    assert doc.events, text
    return doc.events[0]


# -- days of background adjuncts -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an incident in a trailing "sau" adjunct of the call's own sentence
        "Thủ tướng Lê Hoàng Nam đã điện đàm với Thủ tướng Thổ Nhĩ Kỳ Mehmet Arslan, sau trận "
        "động đất ở tỉnh Van hôm 9/2.",
        # an incident in an earlier sentence; the call is told only as a noun later
        "Chủ tịch Quốc hội Lê Văn Thành gửi lời chia buồn tới nhân dân Chile sau trận động đất "
        "tại tỉnh Atacama, miền bắc Chile hôm 8/6, làm nhiều người thiệt mạng. Tại cuộc điện "
        "đàm, Chủ tịch Quốc hội Lê Văn Thành mời Chủ tịch Thượng viện Chile Pedro Soto thăm "
        "Việt Nam.",
        # an occasion: the election the letter congratulates, at a congress with its own day
        "Nhân dịp ông Somsak Inthavong, Phó Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất "
        "nước, được bầu làm Chủ tịch Hội hữu nghị Lào - Việt Nam tại Đại hội lần thứ V ngày "
        "12/3 vừa qua, Bí thư Tỉnh ủy Nghệ An Trần Quang Huy đã gửi thư chúc mừng.",
        # a fronted disaster with its own verb
        "Sau cơn bão số 3 đổ bộ vào Quảng Ninh ngày 7.9, Thủ tướng Nhật Bản Kenji Sato đã gửi "
        "điện thăm hỏi Thủ tướng Phạm Văn Đông.",
        # a trailing "sau khi" clause at provincial level
        "Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh đã điện đàm với Tỉnh trưởng Sê Kông Bounmy "
        "Xaysana, sau khi lũ quét tàn phá huyện Đắk Chưng hôm 2/10.",
        # a relative clause in the next sentence
        "Bộ trưởng Ngoại giao Trần Văn Lâm đã điện đàm với Ngoại trưởng Peru Luis Castro. Bộ "
        "trưởng Trần Văn Lâm chia buồn về vụ sập mỏ ở Arequipa xảy ra ngày 14/5 vừa qua.",
        # a fronted "sau khi" clause holding another trip
        "Sau khi kết thúc chuyến thăm Pháp hôm 6/11, Thủ tướng Phạm Văn Đông đã hội kiến Thủ "
        "tướng Bỉ Jan Peeters tại Brussels.",
        # an earlier fire, fronted, in a party-level message
        "Sau vụ cháy chợ trung tâm Viêng Chăn hôm 21-1, Ban Đối ngoại Trung ương đã gửi thư "
        "thăm hỏi tới Trưởng ban Đối ngoại Trung ương Đảng NDCM Lào Sounthone Xayachak.",
    ],
)
def test_a_day_of_a_background_adjunct_dates_no_act(runner: vndiplo.Runner, text: str) -> None:
    assert _main(runner, text).date is None


@pytest.mark.parametrize(
    "text",
    [
        # a deadline sentence between a planned trip and its programme
        "Thứ trưởng Nguyễn Minh Vũ sẽ dẫn đầu đoàn doanh nghiệp sang thăm Ấn Độ. Ban tổ chức "
        "nhận đăng ký cho tới ngày 20/11. Đoàn sẽ gặp Bộ trưởng Thương mại Ấn Độ Ravi Kumar.",
        # the day of a statement that reports the plan
        "Văn phòng Chính phủ hôm 4/3 cho biết đoàn công tác đã được thành lập. Phó Thủ tướng "
        "Đinh Văn Hải sẽ sang thăm Hungary.",
    ],
)
def test_a_deadline_or_a_statements_day_is_not_borrowed(runner: vndiplo.Runner, text: str) -> None:
    assert _main(runner, text).date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the day opens the main clause after the occasion: the message's own
        (
            "Nhân dịp Quốc khánh Lào, ngày 1/12, Chủ tịch nước Võ Minh Tâm đã gửi điện mừng tới "
            "Chủ tịch nước Lào Thongsing Vilay.",
            "--12-01",
        ),
        # the welcome is an act of the visit: its day carries to the talks (README round 5)
        (
            "Sau lễ đón chính thức sáng 26/5, Chủ tịch nước Lương Minh và Tổng thống Áo Karl "
            "Berger đã hội đàm.",
            "--05-26",
        ),
        # an arrival's day carries (README round 9 #6)
        (
            "Sau khi tới Viêng Chăn chiều 3/4, Thủ tướng Lê Hoàng Nam đã hội đàm với Thủ tướng "
            "Lào Sonexay Phomvihane.",
            "--04-03",
        ),
        # a day after the act's own verb, the "trước khi" clause closed by a comma
        (
            "Trước khi rời Huế, Tổng thống Pháp Paul Girard đã hội kiến Bí thư Tỉnh ủy Lê Văn "
            "Hòa ngày 5/3.",
            "--03-05",
        ),
    ],
)
def test_a_day_of_the_main_clause_still_dates_the_act(
    runner: vndiplo.Runner, text: str, date: str
) -> None:
    assert _main(runner, text).date == date


# -- listed days without "ngày" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Trong 2 ngày (13 và 14/4), Thứ trưởng Ngoại giao Trần Thị Lan thăm Iran.",
            ("13", "2013-04-13"),
        ),
        (
            "Bộ trưởng Nội vụ Hà Văn Quý thăm làm việc tại Cuba 13, 14/4.",
            ("13", "2013-04-13"),
        ),
        (
            "Đoàn Sở Ngoại vụ tỉnh Lào Cai do ông Vũ Đức Minh dẫn đầu thăm Vân Nam (Trung Quốc) "
            "trong hai ngày 20, 21/9/2012.",
            ("ngày 20", "2012-09-20"),
        ),
        (
            "Chủ tịch Hội hữu nghị Trần Văn Tư thăm Mông Cổ (ngày 8 và 9-4).",
            ("ngày 8", "2013-04-08"),
        ),
        (
            "Thứ trưởng Quốc phòng Lê Quang Duy thăm Ấn Độ vào 27 và 28/3.",
            ("27", "2013-03-27"),
        ),
    ],
)
def test_listed_days_are_the_days_listed_and_the_act_spans_them(
    runner: vndiplo.Runner, text: str, first: tuple[str, str]
) -> None:
    doc = runner.run({"id": "t", "text": text, "published": "2013-04-20"})
    assert first in [(d.text, d.value) for d in doc.dates]
    assert doc.events[0].date == f"{first[1]}/{first[1][:8]}{int(first[1][8:]) + 1:02d}"


@pytest.mark.parametrize(
    ("text", "not_listed"),
    [
        ("Theo Điều 13, 14/4 là ngày hạn chót.", "13"),  # a numbered item
        ("Hội chợ mở cửa 3 và 5/6 tại Hà Nội.", "3"),  # two separate days, no bracket
    ],
)
def test_a_bare_number_before_a_date_is_no_listed_day(text: str, not_listed: str) -> None:
    doc = vndiplo.Runner().run({"id": "t", "text": text, "published": "2013-04-20"})
    assert not_listed not in [d.text for d in doc.dates]


def test_either_day_stays_two_dates(runner: vndiplo.Runner) -> None:
    text = "Thủ tướng Lê Hoàng Nam sẽ thăm Singapore (2 hoặc 3/7)."
    doc = runner.run({"id": "t", "text": text, "published": "2013-06-20"})
    assert ("2", "2013-07-02") in [(d.text, d.value) for d in doc.dates]
    assert "/" not in (doc.events[0].date or "")


# -- the trip's span after an arrival lead --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "Chiều 16/10, Thủ tướng Lê Hoàng Nam và đoàn đã đến sân bay Zaventem, Thủ đô "
            "Brussels, bắt đầu chuyến tham dự Hội nghị cấp cao Á - Âu lần thứ 14 và thăm chính "
            "thức Vương quốc Bỉ. Chuyến thăm diễn ra từ 16 - 19/10.",
            "attend",
            "--10-16/--10-19",
        ),
        (
            "Tối 4/6, Chủ tịch Quốc hội Lê Văn Thành đã tới Budapest, bắt đầu chuyến thăm chính "
            "thức Hungary. Chuyến thăm kéo dài từ ngày 4 đến ngày 7/6.",
            "visit",
            "--06-04/--06-07",
        ),
        (
            "Lúc 10h ngày 9/11, chuyên cơ chở Chủ tịch nước Võ Minh Tâm tham dự Hội nghị APEC đã "
            "hạ cánh xuống sân bay Lima. Trong các ngày 9-11/11, Chủ tịch nước Võ Minh Tâm sẽ "
            "tham dự Hội nghị APEC tại Lima.",
            "attend",
            "--11-09/--11-11",
        ),
    ],
)
def test_the_trip_act_of_an_arrival_takes_the_trips_span(
    runner: vndiplo.Runner, text: str, kind: str, date: str
) -> None:
    main = _main(runner, text)
    assert (main.type, main.date) == (kind, date)


def test_another_travellers_span_is_not_the_trips(runner: vndiplo.Runner) -> None:
    text = (
        "Chiều 4/6, Chủ tịch Quốc hội Lê Văn Thành đã tới Budapest, bắt đầu chuyến thăm chính "
        "thức Hungary. Chuyến thăm Nhật Bản của Tổng thống Hungary Gábor Szabó diễn ra từ 10 - "
        "12/6."
    )
    assert _main(runner, text).date == "--06-04"
