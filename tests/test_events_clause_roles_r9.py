"""Round 9 (fix-choice2): mentions that are no act of the main clause. Verb lists keep their
first verb's subject; a plural noun's "tham dự" qualifies it; who attends a signing watches it;
"cùng B thăm" makes B no visitor; "Tháp tùng X thăm ... có A" lists companions; acts during the
attendance stay its moments; a planning meeting's agenda is planned; a recalled role or "từng"
recalls an act; a reception noun's possessor hosts it. Invented sentences, full pipeline."""

from __future__ import annotations

import pytest

import vndiplo


def _events(text: str) -> list[vndiplo.Event]:
    return list(vndiplo.extract(text, published="2024-05-20").events)


def _sides(event: vndiplo.Event) -> dict[str, str]:
    return {p.name: p.role for p in event.participants}


def _of_type(events: list[vndiplo.Event], kind: str) -> list[vndiplo.Event]:
    return [e for e in events if e.type == kind]


# --- verb lists -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "earlier_objects"),
    [
        (
            "Gặp\nBộ trưởng Bùi Văn Lâm gặp Ngoại trưởng Antony Blinken, tiếp Thượng nghị sĩ"
            " John Kerry, làm việc với cộng đồng người Việt.",
            "Bùi Văn Lâm",
            {"Antony Blinken"},
        ),
        (
            "Thăm\nTrong chuyến thăm, Chủ tịch nước Đỗ Văn Hải đã có cuộc gặp Tổng thống Joe"
            " Martin, tiếp Đại diện Thương mại Paul Greer, điện đàm với một nghị sĩ.",
            "Đỗ Văn Hải",
            {"Joe Martin"},
        ),
        (
            "Tỉnh\nChiều 3/5, Chủ tịch UBND tỉnh Lê Văn Sơn tiếp Đại sứ Pháp Olivier Brochet và"
            " hội đàm với Tỉnh trưởng tỉnh Champasak Viengthong Hatsachan.",
            "Lê Văn Sơn",
            {"Olivier Brochet"},
        ),
        (
            "Lịch trình\nTại Hà Nội, Thủ tướng Ấn Độ Narendra Modi sẽ hội đàm với Thủ tướng Lê"
            " Văn Hưng, hội kiến Tổng Bí thư Trần Văn Yên, chào xã giao Chủ tịch Quốc hội Đỗ"
            " Văn Dũng và tham dự Diễn đàn doanh nghiệp.",
            "Narendra Modi",
            {"Lê Văn Hưng"},
        ),
        (
            "Đảng\nSáng 3/5, Trưởng Ban Đối ngoại Lê Hoài Nam gặp Bí thư Đảng Cộng sản Pháp"
            " Fabien Roux, sau đó làm việc với Đảng Cộng sản Bỉ.",
            "Lê Hoài Nam",
            {"Fabien Roux"},
        ),
    ],
)
def test_a_verb_list_keeps_its_first_subject(
    text: str, subject: str, earlier_objects: set[str]
) -> None:
    events = _events(text)
    assert len(events) >= 2
    for event in events[1:]:
        sides = _sides(event)
        assert subject in sides, (event, text)
        assert not earlier_objects & set(sides), (event, text)


def test_a_planned_list_gives_each_item_its_own_object() -> None:
    events = _events(
        "Lịch trình\nTại Hà Nội, Thủ tướng Ấn Độ Narendra Modi sẽ hội đàm với Thủ tướng Lê Văn"
        " Hưng, hội kiến Tổng Bí thư Trần Văn Yên, chào xã giao Chủ tịch Quốc hội Đỗ Văn Dũng."
    )
    call = _of_type(events, "reception")[0]
    assert _sides(call) == {"Đỗ Văn Dũng": "host", "Narendra Modi": "guest"}
    meeting = _of_type(events, "meeting")[0]
    assert set(_sides(meeting)) == {"Narendra Modi", "Trần Văn Yên"}


def test_a_comma_then_a_name_opens_a_clause_of_its_own() -> None:
    events = _events(
        "Tiếp\nChiều 3/5, Bộ trưởng Lê Văn An tiếp Đại sứ Pháp Olivier Brochet, Thứ trưởng"
        " Trần Văn Nam hội đàm với Đại sứ Lào Khamphao Ernthavanh."
    )
    talks = _of_type(events, "talks")[0]
    assert "Trần Văn Nam" in _sides(talks)


def test_a_fronted_list_takes_the_subject_after_it() -> None:
    events = _events(
        "Tiếp\nSau khi gặp Đại sứ Pháp Olivier Brochet, Bộ trưởng Trần Văn Nam đã tiếp Đại sứ"
        " Lào Khamphao Ernthavanh."
    )
    reception = _of_type(events, "reception")[0]
    assert _sides(reception).get("Trần Văn Nam") == "host"


# --- a plural noun's attendance, a signing attended ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lễ đón\nSáng 4/10, Tổng thống Pháp Jean Dupont chủ trì lễ đón các Trưởng đoàn tham dự"
        " Hội nghị thượng đỉnh Pháp ngữ.",
        "Lễ đón\nSáng 4/10, Tổng thống Pháp Jean Dupont chủ trì lễ đón chính thức Chủ tịch nước"
        " Lê Văn An và các Trưởng đoàn tham dự khai mạc Hội nghị.",
        "Tiếp\nChiều 3/5, Thủ tướng Lê Văn Hưng tiếp các đại biểu dự Diễn đàn Kinh tế Việt - Lào.",
        "Gặp\nChiều 3/5, Chủ tịch Quốc hội Trần Văn Mẫn gặp những nghị sĩ trẻ tham dự Hội nghị"
        " IPU.",
    ],
)
def test_a_plural_nouns_attendance_is_no_attendance(text: str) -> None:
    assert not _of_type(_events(text), "attend")


def test_a_plural_subject_that_attends_with_an_aspect_word_attends() -> None:
    events = _events(
        "Dự\nChiều 3/5, Bộ trưởng Lê Văn An gặp Đại sứ Pháp Olivier Brochet và các Đại sứ cùng"
        " tham dự hội nghị."
    )
    assert _of_type(events, "attend")


@pytest.mark.parametrize(
    "text",
    [
        "Ký kết\nChiều 3/5, Thứ trưởng Bộ Ngoại giao Lê Thị Thu và Đại sứ John Park đã tham dự"
        " lễ ký kết.",
        "Ký kết\nSáng 3/5, Phó Thủ tướng Trần Văn Nam dự Lễ ký kết Bản ghi nhớ giữa Tập đoàn"
        " Dầu khí và đối tác Nhật Bản.",
        "Ký kết\nTối 3/5, Bí thư Tỉnh ủy Hồ Văn Niên đã tham dự buổi lễ ký kết thỏa thuận hợp"
        " tác giữa hai trường đại học.",
    ],
)
def test_who_attends_a_signing_attends_it(text: str) -> None:
    events = _events(text)
    assert events[0].type == "attend"
    assert not any(e.type == "signing" and e.participants for e in events)


def test_signers_still_sign() -> None:
    events = _events(
        "Ký kết\nSáng 3/5, Bộ trưởng Lê Văn Hùng và Bộ trưởng Lào Somsak Inthavong đã ký kết"
        " Bản ghi nhớ hợp tác."
    )
    assert events[0].type == "signing" and len(events[0].participants) == 2


def test_a_signing_at_a_meeting_is_told() -> None:
    events = _events(
        "Ký kết\nChiều 3/5, Chủ tịch UBND thành phố Lê Văn Hòa tiếp Bí thư Tỉnh ủy Sơn Đông Lý"
        " Cán Kiệt. Tại buổi gặp, hai bên đã ký kết Bản ghi nhớ hợp tác."
    )
    assert _of_type(events, "signing")


# --- companions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "visitor", "companion"),
    [
        (
            "Tham quan\nSáng 13/5, Thủ tướng Ấn Độ Narendra Modi cùng Chủ tịch nước Lê Văn An"
            " thăm Khu di tích Phủ Chủ tịch.",
            "Narendra Modi",
            "Lê Văn An",
        ),
        (
            "Thăm\nChủ tịch UBND tỉnh Lê Văn Sơn cùng với Giám đốc Sở Ngoại vụ Trần Thị Hoa đã"
            " sang thăm tỉnh Champasak.",
            "Lê Văn Sơn",
            "Trần Thị Hoa",
        ),
        (
            "Thăm Pháp\nBộ trưởng Công an Lê Văn Bình cùng đoàn của Thủ tướng Trần Văn Cường thăm"
            " Pháp ngày 5/11.",
            "Trần Văn Cường",
            "Lê Văn Bình",
        ),
    ],
)
def test_who_goes_along_is_no_visitor(text: str, visitor: str, companion: str) -> None:
    visit = _of_type(_events(text), "visit")[0]
    assert _sides(visit).get(visitor) == "guest"
    assert companion not in _sides(visit)


def test_a_companion_opening_the_clause_is_no_visitor() -> None:
    events = _events(
        "Lịch trình\nSáng 13/5, nhà lãnh đạo Trung Quốc sẽ viếng Lăng, sau đó cùng Tổng Bí thư"
        " Lê Văn Minh thăm nơi Bác Hồ làm việc."
    )
    assert not any(_sides(e).get("Lê Văn Minh") == "guest" for e in _of_type(events, "visit"))


@pytest.mark.parametrize(
    "escort",
    [
        "Tháp tùng Chủ tịch Thượng viện Séc Milos Novak thăm chính thức Việt Nam có ông Jan"
        " Dvorak, Thứ trưởng Bộ Công thương; bà Eva Horakova, Thượng nghị sĩ.",
        "Cùng đi với Chủ tịch Thượng viện trong chuyến thăm lần này có ông Jan Dvorak, Thứ"
        " trưởng Ngoại giao.",
        "Tháp tùng Chủ tịch Thượng viện có ông Jan Dvorak, Thứ trưởng Ngoại giao.",
    ],
)
def test_an_escort_list_gives_no_event(escort: str) -> None:
    events = _events(
        "Tiếp\nChiều 3/5, Chủ tịch nước Lê Văn An tiếp Chủ tịch Thượng viện Séc Milos Novak. "
        + escort
    )
    assert events[0].type == "reception"
    assert all("Jan Dvorak" not in _sides(e) for e in events)


def test_an_escort_who_acts_is_a_side() -> None:
    events = _events(
        "Hội đàm\nNhân dịp tháp tùng Thủ tướng thăm Lào, chiều 3/5, Bộ trưởng Ngoại giao Bùi"
        " Văn Sơn đã hội đàm với Ngoại trưởng Lào Saleumxay Kommasith."
    )
    assert "Bùi Văn Sơn" in _sides(events[0])


# --- acts during the attendance ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn đại biểu Đảng dự Đại hội Đảng Nhân dân Cách mạng Lào\nSáng 3/5, Trưởng ban Đối"
        " ngoại Lê Văn An đã dự Đại hội lần thứ 12 của Đảng Nhân dân Cách mạng Lào tại Viêng"
        " Chăn. Trong thời gian diễn ra Đại hội, ông Lê Văn An đã hội đàm với Tổng Bí thư Lào"
        " Thongloun Sisoulith.",
        "Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao ASEAN\nChiều 3/5, Bộ trưởng Ngoại giao Bùi"
        " Thanh Sơn tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN tại Jakarta. Trong suốt thời gian"
        " hội nghị, Bộ trưởng đã gặp Ngoại trưởng Nhật Bản Kamikawa Yoko.",
    ],
)
def test_acts_during_the_attendance_do_not_beat_it(text: str) -> None:
    assert _events(text)[0].type == "attend"


@pytest.mark.parametrize(
    "text",
    [
        # on the sidelines: the meeting is the news
        "Bộ trưởng dự Hội nghị\nChiều 3/5, Bộ trưởng Ngoại giao Bùi Thanh Sơn tham dự Hội nghị"
        " Bộ trưởng Ngoại giao ASEAN tại Jakarta. Bên lề Hội nghị, Bộ trưởng Bùi Thanh Sơn đã"
        " gặp Ngoại trưởng Nhật Bản Kamikawa Yoko.",
        # the headline names the meeting
        "Bộ trưởng gặp Ngoại trưởng Nhật Bản\nChiều 3/5, Bộ trưởng Ngoại giao Bùi Thanh Sơn tham"
        " dự Hội nghị ASEAN tại Jakarta. Trong thời gian diễn ra Hội nghị, Bộ trưởng Bùi Thanh"
        " Sơn đã gặp Ngoại trưởng Nhật Bản Kamikawa Yoko.",
    ],
)
def test_a_meeting_on_the_sidelines_still_wins(text: str) -> None:
    assert _events(text)[0].type == "meeting"


# --- planning meetings, recalled acts ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Họp\nChiều 11/4, Phó Chủ tịch Thường trực UBND tỉnh Ngô Văn An chủ trì cuộc họp bàn kế"
        " hoạch đón tiếp và làm việc với Đoàn đại biểu tỉnh Hủa Phăn, nước CHDCND Lào sang tham"
        " dự các hoạt động hội đàm cấp cao.",
        "Họp\nSáng 3/5, Sở Ngoại vụ tỉnh họp thống nhất phương án tổ chức lễ đón Tỉnh trưởng tỉnh"
        " Champasak Viengthong Hatsachan.",
        "Họp\nSáng 3/5, Chủ tịch UBND tỉnh Lê Văn Sơn chủ trì cuộc họp chuẩn bị cho chuyến thăm"
        " của Tổng thống Hàn Quốc Kim Min Su tới tỉnh.",
        "Họp\nChiều 3/5, Ban Đối ngoại Thành ủy thảo luận về công tác chuẩn bị tiếp Đoàn đại"
        " biểu Đảng Nhân dân Campuchia do ông Sok An dẫn đầu.",
    ],
)
def test_a_planning_meeting_reports_no_act(text: str) -> None:
    assert all(e.referenced or not e.participants for e in _events(text))


def test_an_act_after_carrying_out_a_plan_is_reported() -> None:
    main = _events(
        "Thăm\nThực hiện kế hoạch đối ngoại năm 2024, sáng 3/5, Đoàn công tác tỉnh Hà Tĩnh do"
        " Phó Chủ tịch UBND tỉnh Lê Ngọc Châu dẫn đầu thăm và làm việc tại tỉnh Khăm Muộn."
    )[0]
    assert main.type == "visit" and not main.referenced


def test_a_recalled_role_and_ever_recall_the_act() -> None:
    events = _events(
        "Putin sắp trở lại Việt Nam\nTổng thống Nga Vladimir Putin sẽ có chuyến thăm Việt Nam"
        " vào tháng 7 tới, thông tin được đưa ra trong buổi tiếp Thứ trưởng Ngoại giao Nga"
        " Igor Morgulov của Thủ tướng Lê Văn Hưng ngày 25/4. Tại buổi tiếp, Thủ tướng Lê Văn"
        " Hưng và Thứ trưởng Igor Morgulov đã trao đổi về hợp tác. Chủ tịch nước Trần Văn Minh"
        " đón ông Putin, khi đó là Tổng thống Nga, đến Việt Nam dự Hội nghị APEC năm 2006. Ông"
        " Putin đã từng đến Việt Nam tháng 11/2006 để tham dự Hội nghị APEC."
    )
    main = events[0]
    assert main.type == "reception"
    assert _sides(main) == {"Lê Văn Hưng": "host", "Igor Morgulov": "guest"}
    assert all(e.referenced for e in events[1:])


def test_a_relative_clause_with_ever_recalls_nothing_after_its_comma() -> None:
    events = _events(
        "Tiếp\nChiều 3/5, Chủ tịch nước Lê Văn An tiếp Đại sứ Lào, người từng học tập tại Hà"
        " Nội, và hội đàm với Bộ trưởng Trần Văn Nam."
    )
    assert not any(e.referenced for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Tiếp\nChiều 28/5, Chủ tịch UBND tỉnh Lê Văn Tuấn đã có buổi tiếp và làm việc với đoàn"
        " doanh nghiệp Hàn Quốc do ông Park Sung Ho làm trưởng đoàn, đến thăm, tìm hiểu đầu tư"
        " tại tỉnh Nghệ An.",
        "Tiếp\nChiều 3/5, Chủ tịch UBND tỉnh Lê Văn Tuấn tiếp Đại sứ Nhật Bản Ito Naoki, sang"
        " thăm tỉnh nhân dịp đầu xuân.",
    ],
)
def test_the_guests_coming_is_no_item_of_the_hosts_list(text: str) -> None:
    visit = _of_type(_events(text), "visit")[0]
    assert "Lê Văn Tuấn" not in _sides(visit)


@pytest.mark.parametrize(
    "headline",
    [
        "Chuẩn bị các điều kiện cho Hội đàm cấp cao hai tỉnh",
        "Họp bàn công tác chuẩn bị đón Đoàn đại biểu cấp cao tỉnh Luang Prabang",
    ],
)
def test_a_planning_page_has_no_meeting(headline: str) -> None:
    events = _events(
        headline + "\nChiều 16/6, Phó Chủ tịch UBND tỉnh Lê Văn Thi chủ trì hội nghị bàn kế hoạch"
        " đón tiếp Đoàn đại biểu cấp cao tỉnh Hủa Phăn sang dự các hoạt động hội đàm cấp cao."
        " Phát biểu kết luận, ông Lê Văn Thi nhấn mạnh: Sự kiện hội đàm cấp cao giữa hai tỉnh"
        " có ý nghĩa quan trọng."
    )
    assert all(e.referenced for e in events if e.type != "attend")


def test_a_headline_naming_talks_held_keeps_them() -> None:
    events = _events(
        "Hội đàm cấp cao hai tỉnh\nChiều 16/6, Bí thư Tỉnh ủy Lê Văn Thi hội đàm với Bí thư"
        " Tỉnh ủy tỉnh Hủa Phăn Khamphan Phommathat."
    )
    assert events[0].type == "talks" and not events[0].referenced
