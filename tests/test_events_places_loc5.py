"""Where the main event took place (round 5, invented words): "ở" after the event's object or
date, the place of a trailing own-trip frame, a frame closed by a semicolon, the guest's visit
a reception welcomes, a list of places, a news clause after a fronted phrase, the lead's
dateline, the scene a "Ngay sau lễ đón" / "Sau đó" sentence goes on in, and a fronted "tại"
that runs into the subject's name."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.candidate import Lexicons
from vndiplo_events.locations import line_places
from vndiplo_events.testing import annotate, titled

from vndiplo.model import Event

_PAIR = titled({"Lâm Quốc Bảo": ("Thủ tướng", "VN"), "Arvid Holm": ("Thủ tướng Thụy Điển", "SE")})
_GAZ = Lexicons.of(None).gazetteer


def _main(text: str, dates: list[tuple[str, str]] | None = None) -> Event:
    return extract_events(annotate(text, _PAIR, dates or []))[0]


# -- "ở" ------------------------------------------------------------------------------------


def test_o_after_the_guests_name_places_the_event() -> None:
    main = _main("Thủ tướng Lâm Quốc Bảo sẽ hội đàm với Thủ tướng Arvid Holm ở thành phố Huế.")
    assert main.type == "talks"
    assert main.location == "thành phố Huế"


def test_o_after_the_date_places_the_event() -> None:
    text = "Thủ tướng Lâm Quốc Bảo đã tiếp Thủ tướng Arvid Holm chiều 12/4/2023 ở Đà Nẵng."
    main = _main(text, [("chiều 12/4/2023", "2023-04-12")])
    assert main.location == "Đà Nẵng"


def test_o_after_a_common_noun_places_that_noun() -> None:
    text = "Thủ tướng Lâm Quốc Bảo đã tiếp Thủ tướng Arvid Holm, bàn về các nhà đầu tư ở Việt Nam."
    assert _main(text).location is None


def test_a_headlines_o_after_a_name() -> None:
    found = line_places("Thủ tướng Lâm Quốc Bảo sẽ hội đàm với Thủ tướng Holm ở Đà Lạt", _GAZ)
    assert [place for _, place in found] == ["Đà Lạt"]
    assert line_places("Thúc đẩy các nhà đầu tư ở Việt Nam", _GAZ) == []


# -- the trip an event happens on -----------------------------------------------------------


def test_a_trailing_own_trip_frame_gives_its_place() -> None:
    text = (
        "Sáng 3/9, Thủ tướng Lâm Quốc Bảo đã tiếp Thủ tướng Arvid Holm đến chào xã giao, "
        "nhân chuyến thăm và làm việc tại Cần Thơ."
    )
    assert _main(text).location == "Cần Thơ"


def test_a_trailing_trip_frame_after_a_verb_chain() -> None:
    text = (
        "Sáng 4/9, Thủ tướng Lâm Quốc Bảo đã đến thăm và chào xã giao Thủ tướng Arvid Holm "
        "nhân chuyến công tác tại Thụy Điển."
    )
    assert _main(text).location == "Thụy Điển"


def test_a_frame_with_its_own_subject_keeps_its_place() -> None:
    text = (
        "Sáng 5/9, Thủ tướng Lâm Quốc Bảo đã tiếp Thủ tướng Arvid Holm nhân dịp đoàn đến "
        "thăm và làm việc tại tỉnh Khánh Hòa và thành phố Nha Trang."
    )
    assert _main(text).location is None


def test_the_frame_of_an_earlier_meeting_is_not_the_events() -> None:
    text = (
        "Thủ tướng Lâm Quốc Bảo vui mừng gặp lại Thủ tướng Arvid Holm sau cuộc gặp bên lề "
        "Hội nghị thượng đỉnh tại Canada."
    )
    assert _main(text).location is None


def test_a_semicolon_closes_the_frame_and_the_guests_trip_keeps_its_place() -> None:
    text = (
        "Nhân dịp đoàn của Thủ tướng Arvid Holm sang thăm các tỉnh miền Bắc; trong hai ngày "
        "3-4/5/2016, Thủ tướng Lâm Quốc Bảo đã đón đoàn đến thăm và làm việc tại Nam Định."
    )
    main = _main(text, [("3-4/5/2016", "2016-05-03/2016-05-04")])
    assert main.type == "reception"
    assert main.date == "2016-05-03/2016-05-04"
    # the guest's trip to a province is the trip's place, not the reception's (README round 8
    # #22; D22, AM04)
    assert main.location is None


# -- the extent of a place ------------------------------------------------------------------


def test_a_list_of_places_closing_the_clause_is_one_place() -> None:
    text = (
        "Ngày 2/3, Thủ tướng Lâm Quốc Bảo đã sang thăm, làm việc tại tỉnh Vân Nam, "
        "Quảng Đông và một số thành phố của Trung Quốc."
    )
    assert _main(text).location == "tỉnh Vân Nam, Quảng Đông và một số thành phố của Trung Quốc"


def test_a_clause_after_the_comma_is_not_listed() -> None:
    text = (
        "Ngày 2/3, tại Hà Nội, Thủ tướng Lâm Quốc Bảo và Thủ tướng Arvid Holm đã hội đàm "
        "về hợp tác."
    )
    assert _main(text).location == "Hà Nội"


def test_a_fronted_place_running_into_the_subjects_name() -> None:
    text = (
        "Chiều 1/10 theo giờ địa phương, tại Thủ đô Stockholm Thủ tướng Lâm Quốc Bảo đã hội "
        "đàm với Thủ tướng Arvid Holm."
    )
    assert _main(text).location == "Thủ đô Stockholm"


def test_a_news_clause_after_a_fronted_phrase_places_the_news() -> None:
    text = (
        "Cùng ngày, được tin ngày 5-8 tại nhiều tỉnh của Thụy Điển đã xảy ra bão lớn, Thủ "
        "tướng Lâm Quốc Bảo đã gửi điện thăm hỏi tới Thủ tướng Arvid Holm."
    )
    main = _main(text)
    assert main.type == "message"
    assert main.location is None


# -- the dateline and the scene -------------------------------------------------------------


def test_a_correspondents_credit_is_the_dateline() -> None:
    text = (
        "Theo phóng viên thường trú tại Stockholm, ngày 8/7, Thủ tướng Lâm Quốc Bảo đã hội "
        "đàm với Thủ tướng Arvid Holm."
    )
    assert _main(text).location == "Stockholm"


def test_the_event_after_the_welcome_takes_its_place() -> None:
    text = (
        "Chiều 5/6, tại trụ sở Chính phủ, Thủ tướng Lâm Quốc Bảo chủ trì lễ đón Thủ tướng "
        "Arvid Holm. Ngay sau lễ đón, hai bên tiến hành hội đàm."
    )
    main = _main(text, [("Chiều 5/6", "--06-05")])
    assert main.type == "talks"
    assert main.location == "trụ sở Chính phủ"


def test_then_keeps_the_scene_of_a_sentence_with_no_event_word() -> None:
    text = (
        "Sáng 9/9, tại Dinh Độc Lập, Lễ đón chính thức Thủ tướng Arvid Holm đã diễn ra trọng "
        "thể. Sau đó, Thủ tướng Lâm Quốc Bảo và Thủ tướng Arvid Holm đã hội đàm."
    )
    main = _main(text, [("Sáng 9/9", "--09-09")])
    assert main.type == "talks"
    assert main.location == "Dinh Độc Lập"


# -- "tại" as part of a word ---------------------------------------------------------------


def test_tai_sao_vi_and_cho_are_no_places() -> None:
    # "tại sao" (why), "tại vì" (because), "tại chỗ" (on the spot): no preposition of place
    for clause in ("Tại sao hai bên chưa ký", "Tại vì trời mưa, hai bên", "Hai bên ký tại chỗ và"):
        text = f"Thủ tướng Lâm Quốc Bảo đã tiếp Thủ tướng Arvid Holm. {clause} hẹn gặp lại."
        assert _main(text).location is None, clause
    assert line_places("Vì sao hai bên hội đàm, tại sao chưa ký", _GAZ) == []
    text = "Thủ tướng Lâm Quốc Bảo đã tiếp Thủ tướng Arvid Holm tại Sao Đỏ."
    assert _main(text).location == "Sao Đỏ"
