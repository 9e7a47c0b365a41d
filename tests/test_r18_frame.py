"""Round 18, sides and roles from the page's frame (invented wordings; no page text).

Who travelled and who received them is decided once for the page, and fills the sides and
roles the act's own clause leaves open:

* the act's own trip told only as a noun ("Tiếp tục chuyến thăm X, A hội kiến B"; "B cho biết
  chuyến thăm của A ...") makes its visitor the guest of a meeting or talks whose roles were
  still "participant"; so does a welcome ceremony's guest whose talks got their place only
  after their roles were read ("lễ đón ... tại Phủ Chủ tịch. Ngay sau lễ đón, A hội đàm với B");
* a fronted receiving clause whose object is the unnamed delegation ("Tiếp đoàn, ông X ...")
  names its receiver after the comma: X hosts the reception, and the visit it receives;
* a greeting trip written from the travelling side is hosted by the one glad to be visited
  ("Phát biểu tại buổi gặp gỡ, ngài X, Tỉnh trưởng ... bày tỏ niềm vui khi được đoàn ... đến
  thăm"), not by a visitor glad to come ("vui mừng được đến thăm");
* a reception or talks that name one side only take as the other the first speaker from
  elsewhere after them ("hai Nguyên thủ đã hội đàm", then "Quốc vương B đánh giá ...");
* a body that tells its act only through a collective subject ("Hai Thủ tướng ...") and a
  step of it ("giao ... triển khai ký kết") takes its sides from the people the headline names;
* a reception told with its host only ("Tại buổi tiếp, Đại sứ A ...") takes as its guest the
  first speaker after it who comes from elsewhere than its hosts ("Bà B, Chủ tịch Hội hữu
  nghị (Đan Mạch), cho biết ...").

Near misses keep their roles: a trip still to come, a summit's sidelines, a past trip dated on
another day, a fronted "Tiếp <named guest>, X ..." (guest before the comma); a host-only
reception whose later speaker is of the hosts' own country, a foreigner only talked about, or a
speaker far down the page; a meeting with a community, whose speakers from elsewhere are no side;
a deputy who speaks after a counterpart phrase ("người đồng nhiệm Australia"); two speakers
for elsewhere in one clause ("Tổng thống A và Thủ tướng B đều khẳng định").
"""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles, titled

import vndiplo
from vndiplo.annotations import Block
from vndiplo.model import Event

PEOPLE = titled(
    {
        "Trần Minh Khang": ("Chủ tịch Quốc hội", "VN"),
        "Sổm Bun Thon": ("Tổng Bí thư", "LA"),
        "Lê Quang Huy": ("Chủ tịch nước", "VN"),
        "Pedro Alvarado": ("Tổng thống Peru", "PE"),
        "Park Min Seo": ("Tổng thống", "KR"),
        "Đặng Văn Lộc": ("Thủ tướng", "VN"),
        "Ahmed Rahimi": ("Thủ tướng", "MA"),
        "Chea Sovann": ("Tỉnh trưởng tỉnh Prey Kom", "KH"),
        "Hồ Thị Lan": ("Phó Chủ tịch UBND tỉnh Hòa Lâm", "VN"),
        "Vông Xay Khăm": ("Phó Tỉnh trưởng tỉnh Bò Kẹo", "LA"),
        "Nông Văn Tài": ("Bí thư Tỉnh ủy", "VN"),
        "Kenji Mori": ("Đại sứ Nhật Bản", "JP"),
        "Đoàn Thu Nga": ("Chủ tịch Liên hiệp các tổ chức hữu nghị", "VN"),
        "Birgit Olsen": ("Chủ tịch Hội hữu nghị Đan Mạch - Việt Nam", "DK"),
        "Lý Văn Phúc": ("Chủ tịch UBND tỉnh", "VN"),
        "Ramon Ortega Vidal": ("Thứ trưởng", None),
        "Võ Minh Đức": ("Phó Chủ tịch UBND tỉnh", "VN"),
        "Claire Dubois": ("Tổng thống Pháp", "FR"),
        "Sok Vanna": ("Tỉnh trưởng tỉnh Prey Kom", None),
        "Phan Thanh Bình": ("Chủ tịch UBND tỉnh", "VN"),
        "Hà Quốc Việt": ("Thủ tướng", "VN"),
        "Faisal Al Amir": ("Quốc vương Ô-man", "OM"),
        "Ivan Sokolov": ("Đại tướng", "RU"),
        "Trịnh Công Sơn": ("Bộ trưởng Công an", "VN"),
        "Pavel Orlov": ("Đại sứ Nga", "RU"),
        "Sato Hiroshi": ("Tổng Lãnh sự Nhật Bản", "JP"),
        "Lưu Văn Hậu": ("Chủ tịch Hội hữu nghị tỉnh", "VN"),
        "Mark Dillon": ("Thứ trưởng", "AU"),
        "Phạm Quang Vinh": ("Bộ trưởng Quốc phòng", "VN"),
        "Tomás Rivera": ("Tổng thống Peru", "PE"),
    }
)


def _main(text: str, dates: list[tuple[str, str]] | None = None, headline: str = "") -> Event:
    doc = annotate(text, PEOPLE, dates or [], title=headline or None)
    return extract_events(doc)[0]


def _events(text: str, dates: list[tuple[str, str]] | None = None) -> list[Event]:
    return extract_events(annotate(text, PEOPLE, dates or []))


# --- the act's own trip, told as a noun ----------------------------------------------------


def test_continuing_the_trip_makes_the_subject_the_guest() -> None:
    text = (
        "Tiếp tục chuyến thăm Lào, sáng 3/5, Chủ tịch Quốc hội Trần Minh Khang đã hội kiến với "
        "Tổng Bí thư Sổm Bun Thon."
    )
    main = _main(text, [("sáng 3/5", "--05-03")])
    assert main.type == "meeting"
    assert sorted(roles(main)) == [("Sổm Bun Thon", "host"), ("Trần Minh Khang", "guest")]


def test_continuing_the_programme_of_an_official_trip_talks() -> None:
    text = (
        "Tiếp tục chương trình chuyến thăm chính thức Maroc, chiều 3/5 Thủ tướng Đặng Văn Lộc "
        "hội đàm với Thủ tướng Ahmed Rahimi tại thủ đô Rabat."
    )
    main = _main(text, [("chiều 3/5", "--05-03")])
    assert main.type == "talks"
    assert sorted(roles(main)) == [("Ahmed Rahimi", "host"), ("Đặng Văn Lộc", "guest")]


def test_the_host_speaking_of_the_visitors_trip_later() -> None:
    text = (
        "Chủ tịch nước Lê Quang Huy hội đàm với Tổng thống Peru Pedro Alvarado sáng 3/5, cùng "
        "đánh giá quan hệ song phương.\n"
        "Tổng thống Alvarado cho biết chuyến thăm của Chủ tịch nước Lê Quang Huy có ý nghĩa "
        "đặc biệt quan trọng đối với quan hệ hai nước."
    )
    main = _main(text, [("sáng 3/5", "--05-03")])
    assert main.type == "talks"
    assert sorted(roles(main)) == [("Lê Quang Huy", "guest"), ("Pedro Alvarado", "host")]


def test_talks_after_the_welcome_ceremony_placed_by_it() -> None:
    text = (
        "Sáng 3/5, lễ đón chính thức Tổng thống Park Min Seo và Phu nhân được tổ chức trọng "
        "thể tại Phủ Chủ tịch theo nghi thức đón tiếp Nguyên thủ. Ngay sau lễ đón, Chủ tịch "
        "nước Lê Quang Huy đã tiến hành hội đàm chính thức với Tổng thống Park Min Seo."
    )
    main = _main(text, [("Sáng 3/5", "--05-03")])
    assert main.type == "talks"
    assert sorted(roles(main)) == [("Lê Quang Huy", "host"), ("Park Min Seo", "guest")]


def test_a_co_chaired_dialogue_after_the_welcome_keeps_no_host() -> None:
    text = (
        "Sáng 3/5, lễ đón chính thức Tổng thống Park Min Seo và Phu nhân được tổ chức trọng "
        "thể tại Phủ Chủ tịch theo nghi thức đón tiếp Nguyên thủ. Ngay sau lễ đón, Chủ tịch "
        "nước Lê Quang Huy và Tổng thống Park Min Seo đã đồng chủ trì đối thoại chiến lược."
    )
    main = _main(text, [("Sáng 3/5", "--05-03")])
    assert {role for _, role in roles(main)} == {"participant"}


# --- near misses: the trip frame says nothing of this act ---------------------------------


def test_a_planned_meeting_keeps_its_roles_open() -> None:
    text = (
        "Tổng thống Park Min Seo sẽ có cuộc hội đàm với Chủ tịch nước Lê Quang Huy vào ngày "
        "11 tới. Đây là chuyến thăm đầu tiên của một nguyên thủ nước ngoài kể từ khi Chính phủ "
        "Park Min Seo nhậm chức."
    )
    main = _main(text)
    assert ("Park Min Seo", "guest") not in roles(main)


def test_a_summits_sidelines_make_no_host() -> None:
    text = (
        "Bên lề Hội nghị Cấp cao ASEAN tại Jakarta, sáng 3/5, Thủ tướng Đặng Văn Lộc đã gặp "
        "Thủ tướng Ahmed Rahimi. Chuyến công tác của Thủ tướng Đặng Văn Lộc kéo dài ba ngày."
    )
    main = _main(text, [("sáng 3/5", "--05-03")])
    assert main.type == "meeting"
    assert {role for _, role in roles(main)} == {"participant"}


# --- the fronted receiving clause "Tiếp đoàn, X ..." ----------------------------------------


def test_fronted_tiep_doan_gives_the_visit_its_host() -> None:
    text = (
        "Ngày 3/5, Đoàn đại biểu tỉnh Prey Kom (Campuchia) do ngài Chea Sovann – Tỉnh trưởng "
        "tỉnh Prey Kom dẫn đầu đoàn sang thăm và chúc Tết tỉnh Hòa Lâm.\n"
        "Phát biểu tại buổi chúc tết, ngài Chea Sovann gửi lời chúc mừng tốt đẹp đến nhân dân "
        "tỉnh Hòa Lâm.\n"
        "Ngài Chea Sovann nhấn mạnh hai tỉnh đã có nhiều hợp tác toàn diện.\n"
        "Tiếp đoàn, bà Hồ Thị Lan – Phó Chủ tịch UBND tỉnh Hòa Lâm gửi lời cảm ơn đến ngài "
        "Chea Sovann cùng các thành viên đoàn đã đến thăm và chúc tết lãnh đạo tỉnh."
    )
    main = _main(text, [("Ngày 3/5", "--05-03")])
    assert main.type == "visit"
    assert sorted(roles(main)) == [("Chea Sovann", "guest"), ("Hồ Thị Lan", "host")]


def test_fronted_tiep_doan_reception_is_hosted_by_the_one_after_the_comma() -> None:
    text = (
        "Tiếp đoàn, Phó Tỉnh trưởng Vông Xay Khăm cảm ơn Bí thư Tỉnh ủy Nông Văn Tài đã dẫn "
        "đoàn sang thăm tỉnh Bò Kẹo."
    )
    events = _events(text)
    reception = next(e for e in events if e.type == "reception")
    assert ("Vông Xay Khăm", "host") in roles(reception)
    assert ("Vông Xay Khăm", "guest") not in roles(reception)


def test_fronted_welcome_of_the_delegation_with_a_title_first() -> None:
    text = (
        "Đón tiếp đoàn, Phó Chủ tịch UBND tỉnh Hòa Lâm Hồ Thị Lan giới thiệu tình hình kinh tế "
        "của tỉnh với ngài Chea Sovann."
    )
    events = _events(text)
    reception = next(e for e in events if e.type == "reception")
    assert ("Hồ Thị Lan", "host") in roles(reception)


def test_fronted_tiep_with_a_named_guest_keeps_the_guest_before_the_comma() -> None:
    text = (
        "Tiếp Đại sứ Nhật Bản Kenji Mori, Bí thư Tỉnh ủy Nông Văn Tài khẳng định tỉnh luôn coi "
        "trọng hợp tác với các địa phương Nhật Bản."
    )
    main = _main(text)
    assert main.type == "reception"
    assert sorted(roles(main)) == [("Kenji Mori", "guest"), ("Nông Văn Tài", "host")]


# --- a reception told with its host only: the one who speaks for elsewhere -----------------


def test_back_referenced_reception_takes_the_foreign_speaker_as_guest() -> None:
    text = (
        "Tại buổi tiếp, Đại sứ Đoàn Thu Nga, Chủ tịch Liên hiệp các tổ chức hữu nghị đã thông "
        "tin về các hoạt động đối ngoại nhân dân gần đây.\n"
        "Ảnh: TL\n"
        "Bà Birgit Olsen Chủ tịch Hội hữu nghị Đan Mạch - Việt Nam cho biết Hội đã tổ chức nhiều "
        "hoạt động giao lưu nhân dân."
    )
    main = _main(text, headline="Liên hiệp hữu nghị tiếp đoàn Hội hữu nghị Đan Mạch - Việt Nam")
    assert main.type == "reception"
    assert sorted(roles(main)) == [("Birgit Olsen", "guest"), ("Đoàn Thu Nga", "host")]


def test_reception_of_a_delegation_then_its_vice_minister_speaks() -> None:
    text = (
        "Ngày 3/5, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Lý Văn Phúc đã có cuộc tiếp đoàn "
        "đại biểu chính phủ Chile.\n"
        "Tại buổi tiếp, hai bên đã trao đổi về các dự án hợp tác trong lĩnh vực nông nghiệp. "
        "Thứ trưởng Ramon Ortega Vidal đánh giá cao những nỗ lực của tỉnh."
    )
    main = _main(text, [("Ngày 3/5", "--05-03")])
    assert main.type == "reception"
    assert sorted(roles(main)) == [("Lý Văn Phúc", "host"), ("Ramon Ortega Vidal", "guest")]


def test_a_home_official_speaking_after_is_no_guest() -> None:
    text = (
        "Ngày 3/5, Chủ tịch UBND tỉnh Lý Văn Phúc đã tiếp đoàn doanh nghiệp.\n"
        "Phó Chủ tịch UBND tỉnh Võ Minh Đức cho biết tỉnh luôn tạo điều kiện cho nhà đầu tư."
    )
    main = _main(text, [("Ngày 3/5", "--05-03")])
    assert main.type == "reception"
    assert roles(main) == [("Lý Văn Phúc", "host")]


def test_a_foreigner_only_talked_about_is_no_guest() -> None:
    text = (
        "Ngày 3/5, Chủ tịch UBND tỉnh Lý Văn Phúc đã tiếp đoàn doanh nghiệp.\n"
        "Chủ tịch Lý Văn Phúc nhắc lại chuyến thăm của Tổng thống Pháp Claire Dubois năm trước."
    )
    main = _main(text, [("Ngày 3/5", "--05-03")])
    assert ("Claire Dubois", "guest") not in roles(main)


def test_a_foreign_speaker_far_down_the_page_is_no_guest() -> None:
    filler = "Tỉnh đã đạt nhiều kết quả trong phát triển kinh tế. " * 8
    text = (
        "Ngày 3/5, Chủ tịch UBND tỉnh Lý Văn Phúc đã tiếp đoàn doanh nghiệp.\n"
        + filler
        + "\nBà Birgit Olsen cho biết Hội sẽ tiếp tục giao lưu."
    )
    main = _main(text, [("Ngày 3/5", "--05-03")])
    assert roles(main) == [("Lý Văn Phúc", "host")]


# --- a greeting trip: the one glad to be visited hosts it -------------------------------------


def _greeting_trip(reply: str) -> Event:
    text = (
        "Nhân dịp Tết cổ truyền, ngày 3/5, đoàn đại biểu tỉnh Hòa Lâm do Chủ tịch UBND tỉnh "
        "Phan Thanh Bình làm trưởng đoàn đã đến thăm, chúc tết lãnh đạo tỉnh Prey Kom "
        "(Campuchia). Hai tỉnh có chung đường biên giới dài hơn 100 km. Quan hệ hai tỉnh "
        "ngày càng phát triển.\n\n" + reply
    )
    return _main(text, [("ngày 3/5", "--05-03")])


def test_the_governor_glad_to_be_visited_hosts_the_greeting_trip() -> None:
    main = _greeting_trip(
        "Phát biểu tại buổi gặp gỡ, ngài Sok Vanna, Tỉnh trưởng tỉnh Prey Kom bày tỏ niềm vui "
        "khi được đoàn đại biểu tỉnh bạn đến thăm, chúc tết."
    )
    assert main.type == "visit"
    assert sorted(roles(main)) == [("Phan Thanh Bình", "guest"), ("Sok Vanna", "host")]


def test_glad_to_be_visited_after_a_back_reference_with_honour() -> None:
    main = _greeting_trip(
        "Tại buổi tiếp, ngài Sok Vanna vinh dự khi được Chủ tịch Phan Thanh Bình cùng đoàn "
        "sang thăm nhân dịp năm mới."
    )
    assert sorted(roles(main)) == [("Phan Thanh Bình", "guest"), ("Sok Vanna", "host")]


def test_a_visitor_glad_to_come_hosts_nothing() -> None:
    main = _greeting_trip(
        "Phát biểu tại buổi gặp gỡ, Chủ tịch Phan Thanh Bình bày tỏ niềm vui khi được đến thăm "
        "tỉnh bạn. Ngài Sok Vanna giới thiệu tình hình của tỉnh."
    )
    assert main.type == "visit"
    assert ("Sok Vanna", "host") not in roles(main)
    assert ("Phan Thanh Bình", "guest") in roles(main)


def test_glad_to_visit_in_the_governors_own_words_hosts_nothing() -> None:
    main = _greeting_trip("Ngài Sok Vanna bày tỏ vui mừng được đến thăm Hòa Lâm vào dịp gần nhất.")
    assert ("Sok Vanna", "host") not in roles(main)


# --- a collective subject under a headline naming the side --------------------------------


def _collective(headline: str) -> Event:
    text = (
        "Hai Thủ tướng bày tỏ hài lòng về quan hệ hữu nghị giữa hai nước. Hai Thủ tướng nhất "
        "trí giao các cơ quan chức năng của hai bên triển khai ký kết Bản ghi nhớ về hợp tác "
        "phòng chống tội phạm.\n"
        "Hai bên cũng thống nhất phối hợp chặt chẽ tại các diễn đàn đa phương."
    )
    # the headline's people are the page's people too: its first line, labelled a title
    page = headline + "\n\n" + text
    start = len(headline) + 2
    blocks = (Block(0, len(headline), "title"), Block(start, len(page), "body"))
    doc = annotate(page, PEOPLE, [], title=headline, blocks=blocks)
    return extract_events(doc)[0]


def test_collective_subject_takes_the_side_the_headline_names() -> None:
    main = _collective("Thủ tướng Hà Quốc Việt hội kiến với Thủ tướng Bờ-ru-nây")
    assert main.type == "meeting"
    assert roles(main) == [("Hà Quốc Việt", "participant")]


def test_collective_subject_under_a_talks_headline_naming_the_side_after() -> None:
    main = _collective("Hội đàm giữa Thủ tướng Bờ-ru-nây và Thủ tướng Hà Quốc Việt")
    assert main.type == "talks"
    assert roles(main) == [("Hà Quốc Việt", "participant")]


def test_collective_subject_under_a_headline_of_bodies_names_no_one() -> None:
    main = _collective("Hội đàm giữa Công an tỉnh Hòa Lâm và Công an tỉnh Prey Kom")
    assert main.type == "talks"
    assert roles(main) == []


# --- one side named: the other speaks for elsewhere -----------------------------------------


def test_talks_after_the_welcome_of_a_visitor_take_the_king_who_answers() -> None:
    text = (
        "Sáng 3/5, lễ đón chính thức Chủ tịch nước Lê Quang Huy sang thăm cấp Nhà nước Vương "
        "quốc Ô-man được tổ chức trọng thể tại Hoàng cung. Sau lễ đón, hai Nguyên thủ đã tiến "
        "hành hội đàm.\n\n"
        "Chủ tịch nước Lê Quang Huy bày tỏ vui mừng lần đầu tiên đến thăm Ô-man.\n\n"
        "Quốc vương Ô-man Faisal Al Amir đánh giá chuyến thăm có ý nghĩa lịch sử."
    )
    main = _main(text, [("Sáng 3/5", "--05-03")], headline="Việt Nam và Ô-man coi nhau là đối tác")
    assert main.type == "talks"
    assert sorted(roles(main)) == [("Faisal Al Amir", "host"), ("Lê Quang Huy", "guest")]


def test_a_meeting_with_a_community_takes_no_speaker_from_elsewhere() -> None:
    text = (
        "Chiều 3/5, Bộ trưởng Công an Trịnh Công Sơn đã gặp mặt cộng đồng người Việt tại "
        "Mát-xcơ-va. Đại tướng Ivan Sokolov cho biết Nga luôn tạo điều kiện cho cộng đồng."
    )
    main = _main(text, [("Chiều 3/5", "--05-03")])
    assert main.type == "meeting"
    assert "Ivan Sokolov" not in {name for name, _ in roles(main)}


def test_a_speaker_of_the_named_sides_own_country_is_no_other_side() -> None:
    text = (
        "Chiều 3/5, Đại tướng Ivan Sokolov đã hội đàm với người đồng cấp tại Hà Nội. Đại sứ Nga "
        "Pavel Orlov cho biết chuyến thăm diễn ra tốt đẹp."
    )
    main = _main(text, [("Chiều 3/5", "--05-03")])
    assert "Pavel Orlov" not in {name for name, _ in roles(main)}


def test_a_recalled_trip_of_the_host_makes_no_guest() -> None:
    text = (
        "Chiều 3/5, Chủ tịch nước Lê Quang Huy hội đàm với Tổng thống Peru Pedro Alvarado.\n"
        "Tổng thống Alvarado nhắc lại chuyến thăm của Chủ tịch nước Lê Quang Huy tới Peru."
    )
    main = _main(text, [("Chiều 3/5", "--05-03")])
    assert ("Lê Quang Huy", "guest") not in roles(main)


def test_a_courtesy_call_on_a_bodys_leaders_is_hosted_by_the_one_answering() -> None:
    text = (
        "Ngày 3/5, Ngài Sato Hiroshi, tân Tổng Lãnh sự Nhật Bản tại Đà Nẵng đã đến chào xã giao "
        "Lãnh đạo Hội hữu nghị tỉnh Hòa Lâm.\n"
        "Tại buổi tiếp, Ngài Sato Hiroshi đã chia sẻ vui mừng khi bắt đầu nhiệm kỳ mới.\n"
        "Tại buổi tiếp, ông Lưu Văn Hậu, Chủ tịch Hội hữu nghị tỉnh đã bày tỏ mong muốn tiếp tục "
        "nhận được sự hợp tác của Tổng Lãnh sự quán."
    )
    main = _main(text, [("Ngày 3/5", "--05-03")])
    assert main.type == "reception"
    assert sorted(roles(main)) == [("Lưu Văn Hậu", "host"), ("Sato Hiroshi", "guest")]


def test_a_deputy_speaking_after_a_counterpart_phrase_is_no_side() -> None:
    # the whole pipeline, as round 10's near miss of the same kind reads it
    text = (
        "Sáng 3/5, Bộ trưởng Quốc phòng Phạm Quang Vinh tiếp người đồng nhiệm Australia. Tại "
        "buổi tiếp, Thứ trưởng Mark Dillon đề nghị hai bên tăng cường hợp tác."
    )
    main = vndiplo.extract(text).events[0]
    assert "Mark Dillon" not in {p.name for p in main.participants}


def test_two_speakers_for_elsewhere_make_no_other_side() -> None:
    text = (
        "Chiều 3/5, tại Lima, Chủ tịch nước Lê Quang Huy đã tiếp đoàn doanh nghiệp Peru.\n"
        "Tổng thống Peru Tomás Rivera và Tổng thống Peru Pedro Alvarado đều khẳng định Peru coi "
        "trọng quan hệ với Việt Nam."
    )
    main = _main(text, [("Chiều 3/5", "--05-03")])
    names = {name for name, _ in roles(main)}
    assert "Tomás Rivera" not in names
    assert "Pedro Alvarado" not in names
