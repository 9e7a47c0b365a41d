"""The gold conventions settled in rounds 5, 6 and 7 (benchmarks/realpages/README.md), made
executable: each convention line that says what the OUTPUT should be is written three times, in
the different wordings an outlet might use (noun or verb form of the act, "tại" or "ở", a clause
or a separate sentence, another level of office, a lost space, a lower-case title).

All articles are invented for these tests (other names, places, dates); none is a page's text.
A case that fails shows a convention implemented for one wording only. ``want`` keys:
``type``/``trigger``/``date``/``location``/``part_of_day`` (main event; ``part_of_day`` is
checked even when ``None``), ``roles`` (the main event's exact sides), ``has`` (sides that must
be among them), ``not_side`` (names that must not be), ``dates`` ((text, value) pairs that must
be listed), ``no_dates`` (texts that must not be listed), ``titles`` (name -> a title the
person must hold), ``planned``, ``body_first``.
"""

from __future__ import annotations

from typing import Any

import pytest

import vndiplo

_MISSING = object()


@pytest.fixture(scope="module")
def runner() -> vndiplo.Runner:
    return vndiplo.Runner()


def _case(cid: str, text: str, published: str | None, want: dict[str, Any], xfail: str = "") -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, published, want, id=cid, marks=marks)


def _check(runner: vndiplo.Runner, text: str, published: str | None, want: dict[str, Any]) -> None:
    doc = runner.run({"id": "t", "text": text, "published": published})
    dates = [(d.text, d.value) for d in doc.dates]
    for pair in want.get("dates", ()):
        assert tuple(pair) in dates, dates
    for written in want.get("no_dates", ()):
        assert all(t != written for t, _ in dates), dates
    people = {p.name: p.titles for p in doc.people}
    for name, title in want.get("titles", {}).items():
        assert title in people.get(name, ()), people
    if "body_first" in want:
        assert doc.body.splitlines()[0].startswith(want["body_first"]), doc.body
    event_keys = {"type", "trigger", "date", "location", "part_of_day", "roles", "has"}
    event_keys |= {"not_side", "planned"}
    if not event_keys & set(want):
        return
    assert doc.events, "no event"
    main = doc.events[0]
    got = {p.name: p.role for p in main.participants}
    summary = (main.type, main.trigger, main.date, main.location, main.part_of_day, got)
    if "type" in want:
        assert main.type == want["type"], summary
    if "trigger" in want:
        assert want["trigger"].lower() in main.trigger.lower(), summary
    for key in ("date", "location", "part_of_day", "planned"):
        if want.get(key, _MISSING) is not _MISSING:
            assert getattr(main, key) == want[key], summary
    if "roles" in want:
        assert got == want["roles"], summary
    for name, role in want.get("has", {}).items():
        assert got.get(name) == role, summary
    for name in want.get("not_side", ()):
        assert name not in got, summary


# ---------------------------------------------------------------------------------------------
# Settled in round 5
# ---------------------------------------------------------------------------------------------

ROUND5 = [
    # "The page's year without a stamp": an explicit year next to "năm nay" / "tới đây" ties the
    # page to it; a plan "dự kiến tổ chức trong năm Y" is written the year before.
    _case(
        "r5_year_nam_nay",
        "Tin đối ngoại\n\nNgày 14/9, Bộ trưởng Lê Quang Vinh tiếp Đại sứ Chile Pablo Soto."
        " Năm nay, năm 2022, đánh dấu 50 năm quan hệ hai nước.",
        None,
        {"dates": [("Ngày 14/9", "2022-09-14")]},
    ),
    _case(
        "r5_year_planned_next",
        "Tin đối ngoại\n\nNgày 3/10, Chủ tịch tỉnh Nguyễn Hữu Lâm tiếp Tổng lãnh sự Úc Mark Hill."
        " Hai bên thống nhất hội chợ thương mại dự kiến tổ chức trong năm 2021.",
        None,
        {"dates": [("Ngày 3/10", "2020-10-03")]},
    ),
    _case(
        "r5_year_historical_not",
        "Tin đối ngoại\n\nNgày 5/6, Bí thư Tỉnh ủy Trần Minh Khôi tiếp Đại sứ Peru Luis Vega."
        " Hai bên nhắc lại chuyến thăm hồi năm 2013 của lãnh đạo tỉnh.",
        None,
        {"dates": [("Ngày 5/6", "--06-05")]},
    ),
    # "Messages answering an occasion": a message is dated by its own day; "Nhân dịp này"
    # gives it no date from the occasion.
    _case(
        "r5_message_own_day",
        "Tin đối ngoại\n\nNgày 2/9 là Quốc khánh nước Cộng hòa Xã hội chủ nghĩa Việt Nam."
        " Nhân dịp này, ngày 1/9, Thủ tướng Nhật Bản Kenji Sato đã gửi điện mừng tới Thủ tướng"
        " Phạm Văn Đức.",
        "2023-09-03",
        {"type": "message", "date": "2023-09-01"},
    ),
    _case(
        "r5_message_nhan_dip_no_date",
        "Tin đối ngoại\n\nNgày 2/9 là Quốc khánh nước Cộng hòa Xã hội chủ nghĩa Việt Nam."
        " Nhân dịp này, Thủ tướng Nhật Bản Kenji Sato đã gửi điện mừng tới Thủ tướng Phạm"
        " Văn Đức.",
        "2023-09-03",
        {"type": "message", "date": None},
    ),
    _case(
        "r5_message_cung_ngay",
        "Tin đối ngoại\n\nNgày 20/5, Quốc hội bầu ông Trịnh Văn Sơn làm Chủ tịch nước."
        " Cùng ngày, Tổng thống Hàn Quốc Park Ji-ho đã gửi điện chúc mừng ông Trịnh Văn Sơn.",
        "2024-05-21",
        {"type": "message", "date": "2024-05-20"},
    ),
    # "The place of an event after the welcome": "Sau lễ đón, A hội đàm / tiếp B" takes the
    # place of the welcome just before; a clause or separate sentence, "tại" or "ở".
    _case(
        "r5_after_welcome_same_sentence_o",
        "Tin đối ngoại\n\nSáng 8/4, sau lễ đón trọng thể ở Phủ Chủ tịch, Chủ tịch nước Lương"
        " Văn Tâm hội đàm với Tổng thống Kenya William Otieno.",
        "2024-04-08",
        {"type": "talks", "location": "Phủ Chủ tịch"},
    ),
    _case(
        "r5_after_welcome_separate_sentence",
        "Tin đối ngoại\n\nSáng 8/4, Chủ tịch nước Lương Văn Tâm chủ trì lễ đón Tổng thống"
        " Kenya William Otieno tại Phủ Chủ tịch. Sau lễ đón, hai nhà lãnh đạo đã hội đàm.",
        "2024-04-08",
        {"type": "talks", "location": "Phủ Chủ tịch"},
    ),
    _case(
        "r5_after_welcome_dateline",
        "Tin đối ngoại\n\nHà Nội, ngày 8/4 - Sau lễ đón chính thức tại Nhà Quốc hội, Chủ tịch"
        " Quốc hội Lương Văn Tâm đã hội đàm với Chủ tịch Hạ viện Kenya William Otieno.",
        "2024-04-08",
        {"type": "talks", "location": "Nhà Quốc hội"},
    ),
    _case(
        "r5_after_welcome_dateline_dash_o",
        "Tin đối ngoại\n\nTP Hồ Chí Minh, ngày 8/4 – Ngay sau lễ đón ở Dinh Thống Nhất, Phó Chủ"
        " tịch nước Đỗ Minh Trí hội đàm với Phó Tổng thống Ghana Kofi Mensah.",
        "2024-04-08",
        {"type": "talks", "location": "Dinh Thống Nhất"},
    ),
    _case(
        "r5_after_welcome_dateline_part_of_day",
        "Tin đối ngoại\n\nHà Nội, sáng 8/4 - Sau khi chủ trì lễ đón Tổng thống Kenya William"
        " Otieno tại Phủ Chủ tịch, Chủ tịch nước Lương Văn Tâm đã hội đàm với ông.",
        "2024-04-08",
        {"type": "talks", "location": "Phủ Chủ tịch"},
    ),
    # A trip frame gives its place only when it is the subject's own trip; not the other side's.
    _case(
        "r5_own_trip_frame_place",
        "Tin đối ngoại\n\nNhân chuyến công tác tại Osaka, ngày 6/11, Bộ trưởng Đặng Quốc Huy"
        " đã tiếp Thống đốc tỉnh Osaka Hiroshi Mori.",
        "2023-11-07",
        {"type": "reception", "location": "Osaka"},
    ),
    _case(
        "r5_own_trip_frame_place_dip",
        "Tin đối ngoại\n\nNhân dịp sang công tác ở Busan, ngày 6/11, Chủ tịch tỉnh Đặng Quốc"
        " Huy đã gặp Thị trưởng Busan Kim Dong-su.",
        "2023-11-07",
        {"type": "meeting", "location": "Busan"},
    ),
    _case(
        "r5_other_side_trip_frame_no_place",
        "Tin đối ngoại\n\nNgày 6/11, nhân dịp đoàn đại biểu tỉnh Gyeonggi đến thăm và làm việc"
        " tại tỉnh Bắc Ninh, Chủ tịch nước Đặng Quốc Huy đã tiếp Phó Tỉnh trưởng Lee Min-jae.",
        "2023-11-07",
        {"type": "reception", "location": None},
    ),
    # "A planned main event": an announcement has that event as its main event, planned.
    _case(
        "r5_planned_visit_announcement",
        "Thủ tướng sẽ thăm chính thức Indonesia\n\nTheo lời mời của Tổng thống Indonesia Budi"
        " Hartono, Thủ tướng Phạm Văn Đức sẽ thăm chính thức Indonesia từ ngày 12 đến 14/3.",
        "2024-03-08",
        {"type": "visit", "planned": True, "has": {"Phạm Văn Đức": "guest"}},
    ),
    _case(
        "r5_planned_attend_announcement",
        "Phó Thủ tướng dự Hội nghị\n\nPhó Thủ tướng Lê Minh Hà sẽ tham dự Hội nghị Bộ trưởng"
        " APEC tại Lima, Peru vào ngày 14/11.",
        "2024-11-10",
        {"type": "attend", "planned": True, "location": "Lima, Peru"},
    ),
    _case(
        "r5_planned_talks_du_kien",
        "Tin đối ngoại\n\nDự kiến, ngày 22/7, Chủ tịch Quốc hội Vũ Văn Thành sẽ hội đàm với Chủ"
        " tịch Quốc hội Lào Khamla Sisouk tại Viêng Chăn.",
        "2024-07-19",
        {"type": "talks", "planned": True},
    ),
    # "The headline's more precise act": a generic "gặp" in the body takes the headline's act.
    _case(
        "r5_headline_talks_body_gap",
        "Thủ tướng Phạm Văn Đức hội đàm với Thủ tướng Ba Lan Jan Kowal\n\nChiều 9/5, tại Hà"
        " Nội, Thủ tướng Phạm Văn Đức đã có cuộc gặp với Thủ tướng Ba Lan Jan Kowal.",
        "2024-05-09",
        {"type": "talks", "date": "2024-05-09"},
    ),
    _case(
        "r5_headline_talks_body_gap_verb",
        "Bộ trưởng Ngoại giao hội đàm với Ngoại trưởng Ai Cập\n\nNgày 9/5, Bộ trưởng Ngoại giao"
        " Trần Thu Hằng đã gặp Ngoại trưởng Ai Cập Omar Fahmy tại Cairo.",
        "2024-05-10",
        {"type": "talks", "location": "Cairo"},
    ),
    _case(
        "r5_headline_not_over_precise_body",
        "Chủ tịch nước hội đàm với Tổng thống Chile\n\nChiều 9/5, Chủ tịch nước Lương Văn Tâm"
        " đã hội kiến Tổng thống Chile Diego Rojas.",
        "2024-05-09",
        {"type": "meeting"},
    ),
]

# ---------------------------------------------------------------------------------------------
# Settled in round 6
# ---------------------------------------------------------------------------------------------

ROUND6 = [
    # "Acts that are not meetings inside a visit": the official visit is the main event.
    _case(
        "r6_wreath_inside_visit",
        "Tin đối ngoại\n\nTrong khuôn khổ chuyến thăm chính thức Cộng hòa Séc, sáng 15/6,"
        " Thủ tướng Phạm Văn Đức đã đặt vòng hoa tại Đài tưởng niệm ở thủ đô Praha.",
        "2024-06-15",
        {"type": "visit"},
    ),
    _case(
        "r6_museum_inside_visit_o",
        "Tin đối ngoại\n\nNhân chuyến thăm chính thức Hungary, Chủ tịch Quốc hội Vũ Văn Thành"
        " đã tham quan Bảo tàng Quốc gia ở Budapest ngày 16/6.",
        "2024-06-16",
        {"type": "visit"},
    ),
    _case(
        "r6_incense_inside_work_trip",
        "Tin đối ngoại\n\nTrong khuôn khổ chuyến công tác tại Nhật Bản, ngày 5/3, Bí thư Tỉnh"
        " ủy Trần Minh Khôi đã dâng hương tại một ngôi đền ở Kyoto.",
        "2024-03-06",
        {"type": "visit", "roles": {"Trần Minh Khôi": "guest"}},
    ),
    _case(
        "r6_tree_planting_nhan_dip",
        "Tin đối ngoại\n\nNhân dịp chuyến thăm cấp nhà nước tới Lào, Chủ tịch nước Lương Văn"
        " Tâm đã trồng cây lưu niệm tại Viêng Chăn ngày 6/3.",
        "2024-03-06",
        {"type": "visit", "roles": {"Lương Văn Tâm": "guest"}},
    ),
    _case(
        "r6_memorial_trong_chuyen_tham",
        "Tin đối ngoại\n\nTrong chuyến thăm chính thức Cuba, sáng 7/3, Chủ tịch Quốc hội Vũ Văn"
        " Thành đã viếng Đài tưởng niệm ở La Habana.",
        "2024-03-07",
        {"type": "visit", "roles": {"Vũ Văn Thành": "guest"}},
    ),
    # near miss: another's trip frames the act; its owner, not the subject, is the visitor
    _case(
        "r6_other_trip_frame_guard",
        "Tin đối ngoại\n\nTrong chuyến thăm của Tổng thống Chile Diego Rojas, ngày 6/3, Bộ"
        " trưởng Lê Quang Vinh đã tặng quà lưu niệm.",
        "2024-03-07",
        {"not_side": ["Lê Quang Vinh"]},
    ),
    _case(
        "r6_speech_inside_visit_sentence",
        "Tin đối ngoại\n\nChủ tịch nước Lương Văn Tâm đang thăm chính thức Ireland. Ngày 17/6,"
        " Chủ tịch nước đã có bài phát biểu tại Đại học Dublin.",
        "2024-06-17",
        {"type": "visit"},
    ),
    # A meeting with one's own community is a meeting, role participant.
    _case(
        "r6_community_meeting",
        "Tin đối ngoại\n\nNgày 18/6, Thủ tướng Phạm Văn Đức đã gặp mặt cộng đồng người Việt"
        " Nam tại Praha.",
        "2024-06-18",
        {"type": "meeting", "has": {"Phạm Văn Đức": "participant"}},
    ),
    _case(
        "r6_community_students",
        "Tin đối ngoại\n\nTối 18/6, tại Đại sứ quán, Bộ trưởng Trần Thu Hằng gặp gỡ đại diện"
        " sinh viên Việt Nam đang học tập tại Hungary.",
        "2024-06-18",
        {"type": "meeting", "has": {"Trần Thu Hằng": "participant"}},
    ),
    _case(
        "r6_community_kieu_bao_sentence",
        "Tin đối ngoại\n\nChủ tịch tỉnh Nguyễn Hữu Lâm đang công tác tại Pháp. Chiều 19/6, ông"
        " Nguyễn Hữu Lâm đã gặp bà con kiều bào ở Paris.",
        "2024-06-19",
        {"type": "meeting", "has": {"Nguyễn Hữu Lâm": "participant"}},
    ),
    # "A reception told after a visit lead": the reception is main.
    _case(
        "r6_reception_after_visit_lead",
        "Tin đối ngoại\n\nTừ ngày 10 đến 12/7, đoàn đại biểu Bộ Quốc phòng Mông Cổ do Thứ"
        " trưởng Batbayar Dorj dẫn đầu thăm Việt Nam. Chiều 10/7, Thượng tướng Hoàng Văn Sinh,"
        " Thứ trưởng Bộ Quốc phòng đã tiếp đoàn. Tại buổi tiếp, hai bên trao đổi về hợp tác.",
        "2024-07-11",
        {"type": "reception", "date": "2024-07-10"},
    ),
    _case(
        "r6_reception_after_visit_lead_province",
        "Tin đối ngoại\n\nĐoàn công tác tỉnh Luang Prabang do Phó Tỉnh trưởng Somsak Phom dẫn"
        " đầu đang thăm tỉnh Nghệ An từ ngày 10 đến 12/7. Ngày 11/7, Bí thư Tỉnh ủy Trần Minh"
        " Khôi đã tiếp đoàn. Trong buổi tiếp, ông Trần Minh Khôi cảm ơn đoàn.",
        "2024-07-12",
        {"type": "reception", "date": "2024-07-11"},
    ),
    _case(
        "r6_reception_after_visit_lead_noun",
        "Tin đối ngoại\n\nĐoàn Đảng Cộng sản Cuba do ông Jorge Pérez dẫn đầu thăm Việt Nam từ"
        " 10 đến 14/7. Sáng 11/7, Trưởng Ban Đối ngoại Trung ương Lê Hoài Nam đã có buổi tiếp"
        " đoàn. Tại cuộc tiếp, hai bên đánh giá cao quan hệ giữa hai Đảng.",
        "2024-07-12",
        {"type": "reception", "date": "2024-07-11"},
    ),
    # "Historical years": "vừa nhận nhiệm vụ ... tháng 11 năm 2017" leaves days year-less.
    _case(
        "r6_historical_took_office",
        "Tin đối ngoại\n\nNgày 4/3, Chủ tịch tỉnh Nguyễn Hữu Lâm tiếp Đại sứ Iran Ali Karimi,"
        " người vừa nhận nhiệm vụ tại Việt Nam từ tháng 11 năm 2017.",
        None,
        {"dates": [("Ngày 4/3", "--03-04")]},
    ),
    _case(
        "r6_historical_took_office_short",
        "Tin đối ngoại\n\nNgày 4/3, Bộ trưởng Lê Quang Vinh tiếp Đại sứ Iran Ali Karimi. Ông"
        " Ali Karimi vừa nhận nhiệm vụ hồi tháng 11/2017.",
        None,
        {"dates": [("Ngày 4/3", "--03-04")]},
    ),
    _case(
        "r6_historical_began_term",
        "Tin đối ngoại\n\nSáng 4/3, Phó Chủ tịch Quốc hội Đỗ Minh Trí tiếp Đại sứ Iran Ali"
        " Karimi, người bắt đầu nhiệm kỳ công tác từ tháng 11-2017.",
        None,
        {"dates": [("Sáng 4/3", "--03-04")]},
    ),
    # "Listed days": "ngày D1 và D2/M" is two dates; the event takes the span of both.
    _case(
        "r6_listed_days",
        "Tin đối ngoại\n\nNgày 16 và 17/5, Bộ trưởng Trần Thu Hằng thăm làm việc tại Lào.",
        "2025-05-18",
        {"dates": [("17/5", "2025-05-17")], "date": "2025-05-16/2025-05-17"},
    ),
    _case(
        "r6_listed_days_trong",
        "Tin đối ngoại\n\nTrong hai ngày 16 và 17/5, đoàn đại biểu tỉnh Quảng Ninh do Bí thư"
        " Tỉnh ủy Trần Minh Khôi dẫn đầu thăm tỉnh Quảng Tây.",
        "2025-05-18",
        {"date": "2025-05-16/2025-05-17"},
    ),
    _case(
        "r6_listed_days_dash",
        "Tin đối ngoại\n\nCác ngày 16 và 17-5, Chủ tịch Quốc hội Vũ Văn Thành thăm chính thức"
        " Campuchia.",
        "2025-05-18",
        {"date": "2025-05-16/2025-05-17"},
    ),
    _case(
        "r6_listed_days_dash_score_guard",
        "Tin thể thao\n\nTỷ số hai hiệp là 16 và 17-5 cho đội chủ nhà.",
        "2025-05-18",
        {"no_dates": ["17-5"]},
    ),
    # "Credentials, then a meeting": any meeting word after the credentials is main.
    _case(
        "r6_credentials_then_hoi_kien",
        "Tin đối ngoại\n\nSáng 21/8, Chủ tịch nước Lương Văn Tâm nhận quốc thư của Đại sứ Ý"
        " Marco Bianchi. Sau lễ trình quốc thư, Chủ tịch nước đã hội kiến Đại sứ Marco Bianchi.",
        "2024-08-21",
        {"type": "meeting"},
    ),
    _case(
        "r6_credentials_then_tiep",
        "Tin đối ngoại\n\nSáng 21/8, Đại sứ Ý Marco Bianchi trình quốc thư lên Chủ tịch nước"
        " Lương Văn Tâm. Sau đó, Chủ tịch nước Lương Văn Tâm tiếp Đại sứ Marco Bianchi.",
        "2024-08-21",
        {"type": "reception"},
    ),
    _case(
        "r6_credentials_then_lam_viec",
        "Tin đối ngoại\n\nNgày 21/8, Đại sứ Việt Nam Hồ Minh Tuấn trình quốc thư lên Tổng"
        " thống Mexico Carlos Ruiz. Ngay sau lễ trình quốc thư, Tổng thống Carlos Ruiz đã làm"
        " việc với Đại sứ Hồ Minh Tuấn.",
        "2024-08-22",
        {"type": "meeting"},
    ),
    # "Years": a year inside a name written in the present ties the page to it.
    _case(
        "r6_year_in_chair_name",
        "Tin đối ngoại\n\nNgày 9/4, Bộ trưởng Trần Thu Hằng tiếp Đại sứ Lào Bounmy Vong. Hai"
        " bên trao đổi về ưu tiên của Năm Chủ tịch ASEAN 2024 của Lào.",
        None,
        {"dates": [("Ngày 9/4", "2024-04-09")]},
    ),
    _case(
        "r6_year_in_rotating_chair",
        "Tin đối ngoại\n\nChiều 9/4, Phó Thủ tướng Lê Minh Hà gặp Ngoại trưởng Lào Saleum Kham,"
        " Chủ tịch luân phiên ASEAN 2024.",
        None,
        {"dates": [("Chiều 9/4", "2024-04-09")]},
    ),
    _case(
        "r6_year_in_chair_brackets",
        "Tin đối ngoại\n\nSáng 12/3, Chủ tịch tỉnh Nguyễn Hữu Lâm tiếp Đại sứ Malaysia Ahmad"
        " Rahim (nước Chủ tịch ASEAN năm 2025) tại trụ sở tỉnh.",
        None,
        {"dates": [("Sáng 12/3", "2025-03-12")]},
    ),
    _case(
        "r6_year_in_chair_tu_cach",
        "Tin đối ngoại\n\nNgày 12/3, với tư cách Chủ tịch AIPA 2025, Chủ tịch Quốc hội Vũ Văn"
        " Thành đã gặp Chủ tịch Quốc hội Lào Khamla Sisouk.",
        None,
        {"dates": [("Ngày 12/3", "2025-03-12")]},
    ),
    _case(
        "r6_year_in_chair_dash",
        "Tin đối ngoại\n\nNgày 12/3, Bộ trưởng Lê Quang Vinh gặp Ngoại trưởng Malaysia Ahmad"
        " Rahim - Chủ tịch luân phiên ASEAN 2025.",
        None,
        {"dates": [("Ngày 12/3", "2025-03-12")]},
    ),
    # near miss: an apposition that recalls an earlier chairmanship ties nothing
    _case(
        "r6_year_in_chair_former_guard",
        "Tin đối ngoại\n\nNgày 12/3, Bộ trưởng Lê Quang Vinh gặp ông Ahmad Rahim, người từng"
        " giữ vai trò Chủ tịch luân phiên ASEAN 2015.",
        None,
        {"dates": [("Ngày 12/3", "--03-12")]},
    ),
    _case(
        "r6_term_no_year",
        "Tin đối ngoại\n\nNgày 9/4, Bí thư Tỉnh ủy Trần Minh Khôi tiếp Đại sứ Lào Bounmy Vong,"
        " người được bầu vào Ban Chấp hành nhiệm kỳ 2010-2015.",
        None,
        {"dates": [("Ngày 9/4", "--04-09")]},
    ),
    # "Names": a Latin form in brackets is a mention; the office one is elected to is a title.
    _case(
        "r6_elected_office_title",
        "Tin đối ngoại\n\nNgày 20/5, Quốc hội đã bầu ông Trịnh Văn Sơn làm Chủ tịch nước.",
        "2024-05-20",
        {"titles": {"Trịnh Văn Sơn": "Chủ tịch nước"}},
    ),
    _case(
        "r6_elected_office_title_province",
        "Tin địa phương\n\nNgày 20/5, Hội đồng nhân dân tỉnh bầu bà Lê Thị Mai làm Chủ tịch Ủy"
        " ban nhân dân tỉnh Hà Tĩnh.",
        "2024-05-20",
        {"titles": {"Lê Thị Mai": "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh"}},
    ),
    _case(
        "r6_elected_office_title_appointed",
        "Tin đối ngoại\n\nNgày 20/5, Chủ tịch nước đã bổ nhiệm ông Hồ Minh Tuấn làm Đại sứ Việt"
        " Nam tại Chile.",
        "2024-05-20",
        {"titles": {"Hồ Minh Tuấn": "Đại sứ Việt Nam tại Chile"}},
    ),
    _case(
        "r6_elected_office_title_apposition",
        "Tin đảng\n\nSáng 3/6, Hội nghị đã bầu đồng chí Đỗ Thị Hoa, Phó Bí thư Tỉnh ủy, làm Bí"
        " thư Tỉnh ủy Sơn La.",
        "2024-06-03",
        {"titles": {"Đỗ Thị Hoa": "Bí thư Tỉnh ủy Sơn La"}},
    ),
    _case(
        "r6_elected_office_title_lai",
        "Tin quốc tế\n\nNgày 8/7, Quốc hội Lào bầu lại bà Khamla Sisouk làm Chủ tịch Quốc hội Lào.",
        "2024-07-08",
        {"titles": {"Khamla Sisouk": "Chủ tịch Quốc hội Lào"}},
    ),
    _case(
        "r6_latin_form_in_brackets",
        "Tin đối ngoại\n\nNgày 3/2, Thủ tướng Phạm Văn Đức tiếp Bộ trưởng Ngoại giao Ai Cập"
        " Xa-mê Sao-ri (Sameh Shoukry).",
        "2024-02-03",
        {"type": "reception", "has": {"Phạm Văn Đức": "host"}},
    ),
    # "Sides": everyone attending ("Dự buổi lễ có ...") is a participant of an attend event.
    _case(
        "r6_attendees_listed",
        "Tin đối ngoại\n\nTối 2/9, Đại sứ quán Việt Nam tại Pháp tổ chức lễ kỷ niệm Quốc khánh."
        " Dự buổi lễ có Bộ trưởng Pháp Claire Martin và Đại sứ Hồ Minh Tuấn.",
        "2024-09-03",
        {"has": {"Claire Martin": "participant"}},
        xfail="an embassy's 'lễ kỷ niệm' followed by 'Dự buổi lễ có ...' yields no attend event",
    ),
    _case(
        "r6_attendees_listed_tham_du",
        "Tin đối ngoại\n\nTối 2/9, Tổng lãnh sự quán tại Lyon tổ chức tiệc chiêu đãi mừng Quốc"
        " khánh. Tham dự buổi chiêu đãi có Thị trưởng Lyon Paul Girard, Tổng lãnh sự Ngô Văn"
        " Hải.",
        "2024-09-03",
        {"has": {"Paul Girard": "participant"}},
    ),
    _case(
        "r6_attendees_listed_toi_du",
        "Tin đối ngoại\n\nTối 2/9, Đại sứ quán Việt Nam tại Nhật Bản tổ chức tiệc chiêu đãi kỷ"
        " niệm Quốc khánh. Tới dự có Thứ trưởng Ngoại giao Nhật Bản Kenji Sato và Đại sứ Phạm"
        " Quang Hiệu.",
        "2024-09-03",
        {"roles": {"Kenji Sato": "participant", "Phạm Quang Hiệu": "participant"}},
    ),
    _case(
        "r6_attendees_listed_closed_verb",
        "Tin đối ngoại\n\nTối 2/9, Tổng lãnh sự quán tại Osaka tổ chức buổi chiêu đãi mừng Quốc"
        " khánh. Về phía bạn có Thống đốc Osaka Hiroshi Mori, Thị trưởng Kobe Ken Ito tham dự.",
        "2024-09-03",
        {"has": {"Hiroshi Mori": "participant", "Ken Ito": "participant"}},
    ),
    # near miss: a party someone gives for a guest keeps its host and guest
    _case(
        "r6_attendees_named_host_guard",
        "Tin đối ngoại\n\nTối 2/9, Đại sứ Phạm Quang Hiệu đã chiêu đãi Thứ trưởng Kenji Sato."
        " Tham dự buổi chiêu đãi có Vụ trưởng Lê Văn Bình.",
        "2024-09-03",
        {"has": {"Phạm Quang Hiệu": "host", "Kenji Sato": "guest"}},
    ),
    # An official who only accompanies the delegation ("cùng đi với đoàn") is not a side.
    _case(
        "r6_companion_not_side",
        "Tin đối ngoại\n\nNgày 12/10, Thủ tướng Phạm Văn Đức hội kiến Tổng thống Chile Diego"
        " Rojas. Cùng đi với đoàn có Bộ trưởng Lê Quang Vinh.",
        "2024-10-12",
        {"type": "meeting", "not_side": ["Lê Quang Vinh"]},
    ),
    _case(
        "r6_companion_not_side_clause",
        "Tin đối ngoại\n\nNgày 12/10, Chủ tịch tỉnh Nguyễn Hữu Lâm, cùng đi với đoàn có Giám đốc"
        " Sở Ngoại vụ Đỗ Thị Hoa, đã gặp Thống đốc bang Victoria Sarah Lee.",
        "2024-10-12",
        {"type": "meeting", "not_side": ["Đỗ Thị Hoa"]},
    ),
    _case(
        "r6_companion_not_side_di_cung",
        "Tin đối ngoại\n\nChiều 12/10, Bộ trưởng Trần Thu Hằng, đi cùng có Vụ trưởng Ngô Văn Hải"
        " và Đại sứ Hồ Minh Tuấn, đã hội đàm với Ngoại trưởng Chile Diego Rojas.",
        "2024-10-12",
        {"type": "talks", "not_side": ["Ngô Văn Hải", "Hồ Minh Tuấn"]},
    ),
    _case(
        "r6_companion_not_side_thap_tung",
        "Tin đối ngoại\n\nNgày 12/10, Bí thư Tỉnh ủy Trần Minh Khôi (tháp tùng có Phó Chủ tịch"
        " tỉnh Lê Thị Mai) đã tiếp Thống đốc bang Victoria Sarah Lee.",
        "2024-10-12",
        {"type": "reception", "not_side": ["Lê Thị Mai"]},
    ),
    # near miss: the one met after the inserted clause stays a side
    _case(
        "r6_companion_clause_object_guard",
        "Tin đối ngoại\n\nNgày 12/10, Chủ tịch tỉnh Nguyễn Hữu Lâm, cùng đi có Giám đốc Sở Đỗ"
        " Thị Hoa, đã gặp Thống đốc bang Victoria Sarah Lee.",
        "2024-10-12",
        {"has": {"Sarah Lee": "participant", "Nguyễn Hữu Lâm": "participant"}},
    ),
    # A welcome whose host is not named keeps only its guest.
    _case(
        "r6_welcome_unnamed_host",
        "Tin đối ngoại\n\nChiều 14/10, Tổng thống Chile Diego Rojas đã tới sân bay Nội Bài, bắt"
        " đầu chuyến thăm cấp nhà nước. Lễ đón được tổ chức trọng thể tại sân bay.",
        "2024-10-14",
        {"roles": {"Diego Rojas": "guest"}},
    ),
    # "Acts": "đã đón, hội đàm với" is one act: talks main.
    _case(
        "r6_don_hoi_dam_chain",
        "Tin đối ngoại\n\nSáng 22/10, tại Phủ Chủ tịch, Chủ tịch nước Lương Văn Tâm đã đón,"
        " hội đàm với Tổng thống Ghana Kofi Mensah.",
        "2024-10-22",
        {"type": "talks", "location": "Phủ Chủ tịch"},
    ),
    _case(
        "r6_don_va_hoi_dam_chain",
        "Tin đối ngoại\n\nSáng 22/10, Thủ tướng Phạm Văn Đức đón và hội đàm với Thủ tướng Na"
        " Uy Erik Berg ở Trụ sở Chính phủ.",
        "2024-10-22",
        {"type": "talks", "location": "Trụ sở Chính phủ"},
    ),
    # "Tiếp đó" after a welcome takes its day, part of day and place.
    _case(
        "r6_tiep_do_after_welcome",
        "Tin đối ngoại\n\nSáng 22/10, Chủ tịch nước Lương Văn Tâm chủ trì lễ đón Tổng thống"
        " Ghana Kofi Mensah tại Phủ Chủ tịch. Tiếp đó, hai nhà lãnh đạo đã hội đàm.",
        "2024-10-23",
        {"type": "talks", "date": "2024-10-22", "part_of_day": "morning"},
    ),
    _case(
        "r6_sau_le_don_sentence_part_of_day",
        "Tin đối ngoại\n\nSáng 22/10, Chủ tịch nước Lương Văn Tâm chủ trì lễ đón Tổng thống"
        " Ghana Kofi Mensah tại Phủ Chủ tịch. Sau lễ đón, hai nhà lãnh đạo đã hội đàm.",
        "2024-10-23",
        {"type": "talks", "date": "2024-10-22", "part_of_day": "morning"},
    ),
    _case(
        "r6_ket_thuc_le_don_part_of_day",
        "Tin đối ngoại\n\nChiều 3/5, Thủ tướng Phạm Văn Đức chủ trì lễ đón chính thức Thủ tướng"
        " Na Uy Erik Berg ở Trụ sở Chính phủ. Kết thúc lễ đón, hai Thủ tướng đã hội đàm.",
        "2024-05-04",
        {"type": "talks", "date": "2024-05-03", "part_of_day": "afternoon"},
    ),
    _case(
        "r6_ngay_sau_le_don_chinh_thuc_part_of_day",
        "Tin đối ngoại\n\nSáng 3/5, lễ đón chính thức Tổng thống Ghana Kofi Mensah được tổ chức"
        " tại Phủ Chủ tịch. Ngay sau lễ đón chính thức, Chủ tịch nước Lương Văn Tâm hội đàm"
        " với Tổng thống Kofi Mensah.",
        "2024-05-04",
        {"type": "talks", "date": "2024-05-03", "part_of_day": "morning"},
    ),
    # near miss: the act's own part of day stands
    _case(
        "r6_sau_le_don_own_part_of_day_guard",
        "Tin đối ngoại\n\nSáng 3/5, Chủ tịch nước Lương Văn Tâm chủ trì lễ đón Tổng thống Ghana"
        " Kofi Mensah tại Phủ Chủ tịch. Sau lễ đón, tối 3/5, hai nhà lãnh đạo đã hội đàm.",
        "2024-05-04",
        {"type": "talks", "date": "2024-05-03", "part_of_day": "evening"},
    ),
    _case(
        "r6_tiep_do_own_part_of_day_guard",
        "Tin đối ngoại\n\nSáng 22/10, Chủ tịch nước Lương Văn Tâm chủ trì lễ đón Tổng thống"
        " Ghana Kofi Mensah tại Phủ Chủ tịch. Tiếp đó, chiều 22/10, hai nhà lãnh đạo hội đàm.",
        "2024-10-23",
        {"type": "talks", "date": "2024-10-22", "part_of_day": "afternoon"},
    ),
    # "Places": "tại/ở X" after a visited site is the event's place.
    _case(
        "r6_site_visit_place_o",
        "Tin đối ngoại\n\nNgày 5/12, Thủ tướng Hà Lan Jan de Vries đã thăm Nhà máy điện gió ở"
        " Bạc Liêu.",
        "2024-12-05",
        {"location": "Bạc Liêu"},
    ),
    _case(
        "r6_site_visit_place_tai",
        "Tin đối ngoại\n\nNgày 5/12, Thủ tướng Hà Lan Jan de Vries đã đến thăm Trường Đại học"
        " Nông Lâm tại Thái Nguyên.",
        "2024-12-05",
        {"location": "Thái Nguyên"},
    ),
    _case(
        "r6_attended_forum_not_place",
        "Tin đối ngoại\n\nNgày 5/12, bên lề Diễn đàn Kinh tế mà Thủ tướng Phạm Văn Đức tham dự,"
        " Thủ tướng đã gặp Thủ tướng Hà Lan Jan de Vries.",
        "2024-12-05",
        {"type": "meeting", "location": None},
    ),
    # guards: "ở" inside the site's own possessive clause, or after a non-visit word
    _case(
        "r6_site_visit_inner_noun_o_guard",
        "Tin đối ngoại\n\nNgày 5/12, Thủ tướng Hà Lan Jan de Vries đã thăm nhà máy của các nhà"
        " đầu tư ở Nhật Bản.",
        "2024-12-05",
        {"type": "visit", "location": None},
    ),
    _case(
        "r6_site_visit_lower_case_o",
        "Tin đối ngoại\n\nNgày 5/12, Thủ tướng Hà Lan Jan de Vries đã tới thăm khu công nghiệp"
        " ở Bình Dương.",
        "2024-12-05",
        {"type": "visit", "location": "Bình Dương"},
    ),
    # "Page parts": with no stamp or credit, the first paragraph is the lead.
    _case(
        "r6_first_paragraph_lead",
        "Bộ trưởng tiếp Đại sứ Peru\n\nChiều 7/3, Bộ trưởng Lê Quang Vinh tiếp Đại sứ Peru Luis"
        " Vega.\n\nHai bên trao đổi về hợp tác thương mại.",
        None,
        {"body_first": "Chiều 7/3"},
    ),
    _case(
        "r6_first_paragraph_lead_short",
        "Tiếp Đại sứ\n\nNgày 7/3, Chủ tịch tỉnh Nguyễn Hữu Lâm tiếp Đại sứ Peru.\n\nHai bên bàn"
        " về du lịch.",
        None,
        {"body_first": "Ngày 7/3"},
    ),
    _case(
        "r6_reposted_stamp_is_header",
        "Bộ trưởng tiếp Đại sứ Peru\n\n07/03/2024 10:15\n\nChiều 7/3, Bộ trưởng Lê Quang Vinh"
        " tiếp Đại sứ Peru Luis Vega.\n\nHai bên trao đổi về hợp tác thương mại.",
        None,
        {"body_first": "Chiều 7/3"},
    ),
]

# ---------------------------------------------------------------------------------------------
# Settled in round 7
# ---------------------------------------------------------------------------------------------

ROUND7 = [
    # 1. "ngày D1 và D2/M/Y" is two dates, the first taking month and year from the second.
    _case(
        "r7_listed_days_year",
        "Tin đối ngoại\n\nNgày 8 và 9/10/2023, Bộ trưởng Trần Thu Hằng thăm Singapore.",
        "2023-10-10",
        {"dates": [("9/10/2023", "2023-10-09")], "date": "2023-10-08/2023-10-09"},
    ),
    _case(
        "r7_listed_days_year_dash",
        "Tin đối ngoại\n\nTrong các ngày 8 và 9-10-2023, Chủ tịch tỉnh Nguyễn Hữu Lâm dẫn đầu"
        " đoàn thăm tỉnh Vân Nam.",
        "2023-10-10",
        {"date": "2023-10-08/2023-10-09"},
    ),
    _case(
        "r7_listed_days_year_dot",
        "Tin đối ngoại\n\nHai ngày 8 và 9.10.2023, Ủy viên Bộ Chính trị Lê Hoài Nam thăm Cuba.",
        "2023-10-10",
        {"date": "2023-10-08/2023-10-09"},
    ),
    # 2. "hôm" belongs to the date.
    _case(
        "r7_hom_slash",
        "Tin đối ngoại\n\nHôm 25/7, Bộ trưởng Lê Quang Vinh gặp Ngoại trưởng Peru Luis Vega.",
        "2024-07-27",
        {"dates": [("Hôm 25/7", "2024-07-25")]},
    ),
    _case(
        "r7_hom_dot_midsentence",
        "Tin đối ngoại\n\nBộ trưởng Lê Quang Vinh đã gặp Ngoại trưởng Peru Luis Vega hôm 25.7"
        " tại Lima.",
        "2024-07-27",
        {"dates": [("hôm 25.7", "2024-07-25")]},
    ),
    _case(
        "r7_hom_thu",
        "Tin đối ngoại\n\nHôm thứ Năm (25/7), Bộ trưởng Lê Quang Vinh gặp Ngoại trưởng Luis Vega.",
        "2024-07-27",
        {"type": "meeting", "date": "2024-07-25"},
    ),
    # 3. A clock, its part of day and its day are one date expression, also with a comma.
    _case(
        "r7_clock_comma_part_day",
        "Tin đối ngoại\n\n9 giờ 30, sáng 5/3, Chủ tịch nước Lương Văn Tâm tiếp Đại sứ Brazil"
        " Ana Souza.",
        "2024-03-05",
        {"dates": [("9 giờ 30, sáng 5/3", "2024-03-05T09:30")]},
    ),
    _case(
        "r7_clock_h_comma",
        "Tin đối ngoại\n\nLúc 14h, chiều 2/8, Bộ trưởng Trần Thu Hằng hội đàm với Ngoại trưởng"
        " Brazil Ana Souza.",
        "2024-08-02",
        {"dates": [("Lúc 14h, chiều 2/8", "2024-08-02T14:00")]},
    ),
    _case(
        "r7_clock_no_comma",
        "Tin đối ngoại\n\nVào 8h30 sáng 5/3, Phó Thủ tướng Lê Minh Hà gặp Đại sứ Brazil Ana Souza.",
        "2024-03-05",
        {"dates": [("8h30 sáng 5/3", "2024-03-05T08:30")]},
    ),
    # 4. The congress that opens a term is held in its first year.
    _case(
        "r7_congress_term_year",
        "Tin trong nước\n\nNgày 14/10, Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ"
        " 2020-2025 khai mạc.",
        None,
        {"dates": [("Ngày 14/10", "2020-10-14")]},
    ),
    _case(
        "r7_assembly_term_year",
        "Tin trong nước\n\nSáng 20/7, Đại hội đại biểu Hội Hữu nghị Việt - Lào lần thứ V, nhiệm"
        " kỳ 2022-2027 đã diễn ra tại Hà Nội.",
        None,
        {"dates": [("Sáng 20/7", "2022-07-20")]},
    ),
    _case(
        "r7_term_not_congress",
        "Tin đối ngoại\n\nNgày 14/10, Bí thư Tỉnh ủy nhiệm kỳ 2020-2025 Trần Minh Khôi tiếp"
        " Đại sứ Peru Luis Vega.",
        None,
        {"dates": [("Ngày 14/10", "--10-14")]},
    ),
    # 5. Vague periods are not dates; "năm ngoái" is a year.
    _case(
        "r7_nam_ngoai_listed",
        "Tin đối ngoại\n\nNgày 3/4, hai bên nhắc lại chuyến thăm năm ngoái của Thủ tướng.",
        "2024-04-04",
        {"dates": [("năm ngoái", "2023")]},
    ),
    _case(
        "r7_thoi_gian_vua_qua_not",
        "Tin đối ngoại\n\nNgày 3/4, Bộ trưởng Lê Quang Vinh đánh giá cao kết quả hợp tác thời"
        " gian vừa qua.",
        "2024-04-04",
        {"no_dates": ["thời gian vừa qua", "thời gian qua"]},
    ),
    _case(
        "r7_nam_vua_qua_midsentence_not",
        "Tin đối ngoại\n\nNgày 3/4, hai bên đánh giá thương mại song phương năm vừa qua tăng mạnh.",
        "2024-04-04",
        {"no_dates": ["năm vừa qua"]},
    ),
    # 6. A review session with a receiving list is a meeting of the two heads, host receiving.
    _case(
        "r7_review_session_receiving",
        "Tin địa phương\n\nNgày 15/5, đoàn công tác Bộ Ngoại giao do Thứ trưởng Ngô Văn Hải"
        " dẫn đầu làm việc với tỉnh Gia Lai. Tiếp và làm việc với đoàn có Chủ tịch UBND tỉnh"
        " Nguyễn Hữu Lâm.",
        "2024-05-15",
        {"has": {"Nguyễn Hữu Lâm": "host", "Ngô Văn Hải": "guest"}},
    ),
    _case(
        "r7_review_conference_receiving",
        "Tin địa phương\n\nSáng 15/5, Bộ Ngoại giao tổ chức hội nghị sơ kết hợp tác với tỉnh"
        " Kon Tum. Thứ trưởng Ngô Văn Hải chủ trì. Tiếp và làm việc với đoàn có Bí thư Tỉnh ủy"
        " Trần Minh Khôi.",
        "2024-05-15",
        {"has": {"Trần Minh Khôi": "host"}},
    ),
    _case(
        "r7_review_session_don_tiep",
        "Tin địa phương\n\nNgày 15/5, đoàn kiểm tra của Ban Đối ngoại Trung ương do ông Lê"
        " Hoài Nam làm trưởng đoàn làm việc tại tỉnh Sơn La. Đón tiếp và làm việc với đoàn có"
        " Phó Bí thư Tỉnh ủy Đỗ Thị Hoa.",
        "2024-05-15",
        {"has": {"Đỗ Thị Hoa": "host", "Lê Hoài Nam": "guest"}},
    ),
    # 7. Those who receive a delegation host its visit; a "làm việc với" counterpart is not.
    _case(
        "r7_trip_host_tiep",
        "Tin đối ngoại\n\nTừ ngày 3 đến 7/6, đoàn đại biểu Quốc hội do Phó Chủ tịch Quốc hội Đỗ"
        " Minh Trí dẫn đầu thăm chính thức Úc. Chủ tịch Thượng viện Úc Susan Clark đã đón tiếp"
        " đoàn.",
        "2024-06-08",
        {"type": "visit", "has": {"Susan Clark": "host", "Đỗ Minh Trí": "guest"}},
    ),
    _case(
        "r7_trip_work_with_not_host",
        "Tin đối ngoại\n\nTừ ngày 3 đến 7/6, đoàn công tác tỉnh Bình Định do Chủ tịch tỉnh"
        " Nguyễn Hữu Lâm dẫn đầu thăm Nhật Bản, Hàn Quốc. Tại Tokyo, đoàn làm việc với Thống"
        " đốc Hiroshi Mori; tại Seoul, đoàn trao đổi với Thị trưởng Kim Dong-su.",
        "2024-06-08",
        {"type": "visit", "not_side": ["Hiroshi Mori", "Kim Dong-su"]},
    ),
    _case(
        "r7_trip_meets_not_host",
        "Tin đối ngoại\n\nTừ ngày 3 đến 7/6, đoàn đại biểu Hội Hữu nghị do ông Lê Hoài Nam dẫn"
        " đầu thăm Pháp, Bỉ. Ngày 4/6, đoàn đã gặp gỡ Thị trưởng Lyon Paul Girard ở Lyon.",
        "2024-06-08",
        {"type": "visit", "not_side": ["Paul Girard"]},
    ),
    _case(
        "r7_trip_exchanges_not_host",
        "Tin đối ngoại\n\nTừ ngày 3 đến 7/6, đoàn công tác Bộ Công Thương do Thứ trưởng Ngô Văn"
        " Hải dẫn đầu thăm Chile. Tại Santiago, đoàn đã làm việc với Bộ trưởng Kinh tế Diego"
        " Rojas.",
        "2024-06-08",
        {"type": "visit", "not_side": ["Diego Rojas"]},
    ),
    # near miss: the one who receives the delegation hosts the trip
    _case(
        "r7_trip_receiver_host",
        "Tin đối ngoại\n\nTừ ngày 3 đến 7/6, đoàn công tác tỉnh Bình Định do Chủ tịch tỉnh"
        " Nguyễn Hữu Lâm dẫn đầu thăm Nhật Bản. Ngày 4/6, Thống đốc tỉnh Osaka Hiroshi Mori đã"
        " tiếp đoàn.",
        "2024-06-08",
        {"type": "visit", "has": {"Hiroshi Mori": "host", "Nguyễn Hữu Lâm": "guest"}},
    ),
    _case(
        "r7_trip_host_tiep_verb",
        "Tin đối ngoại\n\nTừ ngày 3 đến 7/6, Bộ trưởng Trần Thu Hằng thăm chính thức Ai Cập."
        " Trong chuyến thăm, Tổng thống Ai Cập Ahmed Nasser đã tiếp Bộ trưởng.",
        "2024-06-08",
        {"type": "visit", "has": {"Trần Thu Hằng": "guest"}},
    ),
    # 8. An event's part of day is only a written one; a bare clock gives none.
    _case(
        "r7_bare_clock_no_part",
        "Tin đối ngoại\n\nLúc 15h ngày 9/9, Bộ trưởng Lê Quang Vinh tiếp Đại sứ Brazil Ana Souza.",
        "2024-09-09",
        {"type": "reception", "part_of_day": None},
    ),
    _case(
        "r7_bare_clock_vao",
        "Tin đối ngoại\n\nVào 9 giờ ngày 9/9, Chủ tịch tỉnh Nguyễn Hữu Lâm đã gặp Đại sứ Brazil"
        " Ana Souza.",
        "2024-09-09",
        {"type": "meeting", "part_of_day": None},
    ),
    _case(
        "r7_written_part_of_day",
        "Tin đối ngoại\n\nChiều 9/9, Bộ trưởng Lê Quang Vinh tiếp Đại sứ Brazil Ana Souza.",
        "2024-09-09",
        {"type": "reception", "part_of_day": "afternoon"},
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), ROUND5)
def test_settled_in_round_5(
    runner: vndiplo.Runner, text: str, published: str | None, want: dict[str, Any]
) -> None:
    _check(runner, text, published, want)


@pytest.mark.parametrize(("text", "published", "want"), ROUND6)
def test_settled_in_round_6(
    runner: vndiplo.Runner, text: str, published: str | None, want: dict[str, Any]
) -> None:
    _check(runner, text, published, want)


@pytest.mark.parametrize(("text", "published", "want"), ROUND7)
def test_settled_in_round_7(
    runner: vndiplo.Runner, text: str, published: str | None, want: dict[str, Any]
) -> None:
    _check(runner, text, published, want)
