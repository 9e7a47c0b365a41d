"""Round 10's held-out variants: sentences the lead wrote in other wordings than the pages each
class was fixed on, and ran at every merge without showing them to the fixer (34 of 60 passed at
the round start, 58 at its end). Invented names, places and dates; the full pipeline.
Two still fail and are marked: a principal named in a relative clause ("người được X ủy nhiệm")
and a "» "-bulleted related list."""

from __future__ import annotations

import pytest

import vndiplo
from tests.heldout_helpers import doc, main, sides


def names(e: vndiplo.Event) -> set[str]:
    return {p.name for p in e.participants}


# ---- parse ------------------------------------------------------------

LEAD_TALKS = (
    "Chiều 12/3, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng"
    " Malaysia Anwar Ibrahim nhân dịp ông thăm chính thức Việt Nam."
)
BODY2 = "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư giữa hai nước."
HEAD = "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Malaysia"

CAPTIONS = [
    # a photo line before the lead, credit after a dash with an agency slash
    "Thủ tướng Phạm Minh Chính chủ trì lễ đón Thủ tướng Anwar Ibrahim tại sân bay Nội Bài"
    " - Ảnh: VGP/Nhật Bắc",
    # credit in brackets, with the wire's name
    "Lễ đón chính thức Thủ tướng Malaysia tại Phủ Chủ tịch sáng 11/3. (Ảnh: Dương Giang/TTXVN)",
    # credit "Nguồn:" and no final stop
    "Thủ tướng Malaysia Anwar Ibrahim đến sân bay quốc tế Nội Bài tối 10/3 Nguồn: Báo Chính phủ",
    # a photo given by the embassy
    "Thủ tướng Anwar Ibrahim duyệt đội danh dự tại Quảng trường Ba Đình. Ảnh do Đại sứ quán"
    " Malaysia cung cấp",
    # a file photo of an earlier year
    "Thủ tướng Phạm Minh Chính gặp Thủ tướng Anwar Ibrahim tại Jakarta tháng 9/2023. Ảnh tư liệu",
    # Latin credit
    "Lễ đón Thủ tướng Anwar Ibrahim tại sân bay Nội Bài ngày 10/3. Photo: Reuters",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_above_the_lead_never_gives_the_main_event(caption: str) -> None:
    e = main(HEAD, caption, LEAD_TALKS, BODY2, published="2024-03-12")
    assert e.type == "talks"
    assert e.date == "2024-03-12"
    assert e.location == "Trụ sở Chính phủ"


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_is_not_body(caption: str) -> None:
    d = doc(HEAD, caption, LEAD_TALKS, BODY2, published="2024-03-12")
    assert caption[:40] not in d.body


RELATED = [
    ["► Thủ tướng tiếp Chủ tịch Tập đoàn Petronas", "► Malaysia - đối tác thương mại lớn"],
    ["• Chủ tịch nước Tô Lâm tiếp Thủ tướng Thái Lan", "• Thủ tướng dự Hội nghị ASEAN - Úc"],
    ["+ Thủ tướng gặp Thủ tướng Singapore bên lề Hội nghị", "+ Việt Nam - Malaysia ký bản ghi nhớ"],
    ["» Bộ trưởng Ngoại giao hội đàm với Ngoại trưởng Malaysia", "» Hai nước nâng cấp quan hệ"],
]


_CHEVRON_LIST = pytest.mark.xfail(strict=True, reason="a '» '-bulleted related list stays body")
RELATED_CASES = [*RELATED[:3], pytest.param(RELATED[3], marks=_CHEVRON_LIST)]


@pytest.mark.parametrize("related", RELATED_CASES)
def test_a_bulleted_run_of_other_headlines_after_the_lead_is_not_an_act(related: list[str]) -> None:
    e = main(HEAD, LEAD_TALKS, *related, BODY2, published="2024-03-12")
    assert e.type == "talks" and e.date == "2024-03-12"
    d = doc(HEAD, LEAD_TALKS, *related, BODY2, published="2024-03-12")
    for line in related:
        assert line[2:] not in d.body
        for ev in d.events:
            assert line[2:] not in d.text[ev.evidence.start : ev.evidence.end]


def test_a_description_printed_twice_gives_no_own_event() -> None:
    desc = (
        "Lãnh đạo tỉnh Bình Dương gửi lời cảm ơn Tổng Lãnh sự quán Hoa Kỳ đã đồng hành cùng tỉnh"
        " trong thời gian qua"
    )
    head = "Bí thư Tỉnh ủy Bình Dương tiếp Tổng Lãnh sự Hoa Kỳ"
    lead = (
        "Sáng 8/4, tại trụ sở Tỉnh ủy, Bí thư Tỉnh ủy Bình Dương Nguyễn Văn Lợi đã tiếp"
        " bà Susan Burns, Tổng Lãnh sự Hoa Kỳ tại Thành phố Hồ Chí Minh."
    )
    e = main(head, desc, "08/04/2024 10:15", desc, lead, BODY2, published="2024-04-08")
    assert e.type == "reception"
    assert e.date == "2024-04-08"


# ---- sides ------------------------------------------------------------
ENVOYS = [
    (
        "Chủ tịch nước tiếp Phái viên đặc biệt của Quốc vương Jordan",
        "Chiều 3/5, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp ông Ayman Safadi,"
        " Phái viên đặc biệt của Quốc vương Jordan Abdullah II.",
        "Lương Cường",
        "Ayman Safadi",
        "Abdullah II",
    ),
    (
        "Thủ tướng tiếp Cố vấn an ninh quốc gia Hoa Kỳ",
        "Sáng 3/5, Thủ tướng Phạm Minh Chính đã tiếp ông Jake Sullivan, Cố vấn an ninh quốc gia"
        " của Tổng thống Hoa Kỳ Joe Biden.",
        "Phạm Minh Chính",
        "Jake Sullivan",
        "Joe Biden",
    ),
    (
        "Bí thư Tỉnh ủy tiếp Trợ lý Thủ tướng Nhật Bản",
        "Chiều 3/5, Bí thư Tỉnh ủy Quảng Ninh Vũ Đại Thắng đã tiếp ông Ishii Hiroshi, Trợ lý"
        " đặc biệt của Thủ tướng Nhật Bản Kishida Fumio.",
        "Vũ Đại Thắng",
        "Ishii Hiroshi",
        "Kishida Fumio",
    ),
    (
        "Phó Thủ tướng tiếp Bộ trưởng Ngoại giao Ba Lan",
        "Thay mặt Thủ tướng Phạm Minh Chính, chiều 3/5, Phó Thủ tướng Bùi Thanh Sơn đã tiếp Bộ"
        " trưởng Ngoại giao Ba Lan Radosław Sikorski.",
        "Bùi Thanh Sơn",
        "Radosław Sikorski",
        "Phạm Minh Chính",
    ),
    (
        "Tiếp đại diện",
        "Sáng 3/5, Phó Thủ tướng Trần Hồng Hà đã tiếp bà Maria Lopez, người được Tổng thống"
        " Chile Gabriel Boric ủy nhiệm tham dự lễ kỷ niệm.",
        "Trần Hồng Hà",
        "Maria Lopez",
        "Gabriel Boric",
    ),
]


_RELATIVE_PRINCIPAL = pytest.mark.xfail(
    strict=True, reason="a principal named in a relative clause ('người được X ủy nhiệm') is a side"
)
ENVOY_CASES = [*ENVOYS[:4], pytest.param(*ENVOYS[4], marks=_RELATIVE_PRINCIPAL)]


@pytest.mark.parametrize(("head", "lead", "host", "guest", "principal"), ENVOY_CASES)
def test_the_principal_of_an_envoy_is_no_side(
    head: str, lead: str, host: str, guest: str, principal: str
) -> None:
    e = main(head, lead)
    assert host in names(e) and guest in names(e)
    assert principal not in names(e)


COUNTERPARTS = [
    (
        "Điện đàm\nSáng 3/5, Bộ trưởng Quốc phòng Phan Văn Giang điện đàm với người đồng cấp"
        " Nhật Bản. Bộ trưởng Nakatani Gen cảm ơn Việt Nam đã hỗ trợ.",
        {"Phan Văn Giang", "Nakatani Gen"},
    ),
    (
        "Hội đàm trực tuyến\nChiều 3/5, Bộ trưởng Công Thương Nguyễn Hồng Diên hội đàm trực tuyến"
        " với người đồng nhiệm Australia. Tại cuộc hội đàm, Bộ trưởng Don Farrell đề nghị hai bên"
        " sớm khởi động đối thoại.",
        {"Nguyễn Hồng Diên", "Don Farrell"},
    ),
]


@pytest.mark.parametrize(("text", "want"), COUNTERPARTS)
def test_a_counterpart_phrase_resolves_to_the_named_holder(text: str, want: set[str]) -> None:
    e = main(*text.split("\n"))
    assert names(e) == want


FRAMES = [
    (
        "Trong cuộc hội kiến với Thủ tướng Lào Sonexay Siphandone chiều 3/5, Chủ tịch Quốc hội"
        " Trần Thanh Mẫn khẳng định Việt Nam luôn coi trọng quan hệ đặc biệt.",
        {"Sonexay Siphandone", "Trần Thanh Mẫn"},
    ),
    (
        "Tại buổi gặp với Đại sứ Ấn Độ Sandeep Arya sáng 3/5, Chủ tịch UBND tỉnh Bắc Ninh"
        " Nguyễn Hương Giang giới thiệu tiềm năng của tỉnh.",
        {"Sandeep Arya", "Nguyễn Hương Giang"},
    ),
    (
        "Trong buổi điện đàm với Ngoại trưởng Hungary Péter Szijjártó chiều 3/5, Bộ trưởng"
        " Ngoại giao Bùi Thanh Sơn đề nghị hai bên thúc đẩy hợp tác.",
        {"Péter Szijjártó", "Bùi Thanh Sơn"},
    ),
]


@pytest.mark.parametrize(("text", "want"), FRAMES)
def test_the_speaker_after_a_noun_frame_is_the_other_side(text: str, want: set[str]) -> None:
    e = main("Tin đối ngoại", text)
    assert names(e) == want


def test_each_envoy_in_a_bracketed_list_is_a_side() -> None:
    e = main(
        "Trình quốc thư",
        "Sáng 3/5, tại Phủ Chủ tịch, Phó Chủ tịch nước Võ Thị Ánh Xuân đã nhận quốc thư của các"
        " Đại sứ: ông Piotr Nowak (Ba Lan), bà Carolina Vega (Chile) và ông James Mwangi (Kenya).",
    )
    assert {"Piotr Nowak", "Carolina Vega", "James Mwangi", "Võ Thị Ánh Xuân"} <= names(e)
    assert e.location == "Phủ Chủ tịch"


def test_a_shared_title_before_a_list_is_no_place() -> None:
    e = main(
        "Tiếp các Đại sứ",
        "Chiều 3/5, Chủ tịch Quốc hội Trần Thanh Mẫn đã tiếp các Đại sứ các nước châu Phi tại"
        " Việt Nam: ông Ahmed Hassan (Ai Cập), ông Tarik Ben (Maroc) và bà Amina Diallo (Senegal).",
    )
    assert e.location != "Việt Nam"
    assert {"Ahmed Hassan", "Amina Diallo"} <= names(e)


def test_airport_welcomers_host_the_visit() -> None:
    e = main(
        "Chủ tịch nước đến Viêng Chăn, bắt đầu chuyến thăm Lào",
        "Chiều 3/5, Chủ tịch nước Lương Cường và đoàn đại biểu cấp cao Việt Nam đã đến Thủ đô"
        " Viêng Chăn, bắt đầu chuyến thăm chính thức Lào.",
        "Đón Chủ tịch nước tại sân bay quốc tế Wattay có Phó Thủ tướng Lào Saleumxay Kommasith"
        " và Bộ trưởng Văn phòng Chủ tịch nước Khamchanh Sinlapasak.",
    )
    got = sides(e)
    assert got.get("Lương Cường") == "guest"
    assert got.get("Saleumxay Kommasith") == "host"


# ---- choice ------------------------------------------------------------
NOUN_ACTS = [
    (
        "Bộ trưởng Ngoại giao gặp Ngoại trưởng Indonesia",
        "Bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN ở Viêng Chăn, chiều 3/5 đã diễn ra cuộc gặp"
        " giữa Bộ trưởng Ngoại giao Bùi Thanh Sơn và Ngoại trưởng Indonesia Retno Marsudi.",
        "meeting",
        {"Bùi Thanh Sơn", "Retno Marsudi"},
    ),
    (
        "Chủ tịch tỉnh làm việc với Tổng Lãnh sự Lào",
        "Chiều 3/5, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải đã có buổi"
        " làm việc với Tổng Lãnh sự Lào tại Vinh Bounmy Phommachack.",
        "meeting",
        {"Võ Trọng Hải", "Bounmy Phommachack"},
    ),
    (
        "Thủ tướng gặp các nhà lãnh đạo bên lề G20",
        "Nhân dịp tham dự Hội nghị thượng đỉnh G20 tại Rio de Janeiro, ngày 3/5, Thủ tướng Phạm"
        " Minh Chính đã có các cuộc tiếp xúc song phương với Thủ tướng Ấn Độ Narendra Modi và"
        " Tổng thống Brazil Lula da Silva.",
        "meeting",
        {"Phạm Minh Chính", "Narendra Modi"},
    ),
    (
        "Tiếp kiến",
        "Sau lễ trình quốc thư, Đại sứ Nguyễn Văn Tùng đã có buổi tiếp kiến Nhà vua Campuchia"
        " Norodom Sihamoni sáng 3/5 tại Hoàng cung.",
        "reception",
        {"Nguyễn Văn Tùng", "Norodom Sihamoni"},
    ),
]


@pytest.mark.parametrize(("head", "lead", "kind", "want"), NOUN_ACTS)
def test_a_meeting_told_as_a_noun_is_the_act(
    head: str, lead: str, kind: str, want: set[str]
) -> None:
    e = main(head, lead)
    assert e.type == kind
    assert want <= names(e)
    assert e.date == "2024-05-03"


def test_a_report_on_talks_is_no_talks() -> None:
    e = main(
        "Thủ tướng Lào thăm Việt Nam",
        "Chiều 3/5, Thủ tướng Lào Sonexay Siphandone đến Hà Nội, bắt đầu chuyến thăm chính thức"
        " Việt Nam theo lời mời của Thủ tướng Phạm Minh Chính.",
        "Trong chương trình, hai Thủ tướng sẽ thông báo với báo chí những nội dung chính trong"
        " buổi hội đàm và ký kết các văn kiện hợp tác.",
    )
    assert e.type == "visit"


def test_witnessing_a_signing_around_a_meeting_keeps_the_meeting() -> None:
    e = main(
        "Bộ trưởng Y tế trao đổi với Bộ trưởng Y tế Cuba",
        "Chiều 3/5, tại Hà Nội, sau khi hai Bộ trưởng chứng kiến lễ ký kết bản ghi nhớ giữa hai"
        " bệnh viện, Bộ trưởng Y tế Đào Hồng Lan đã có cuộc trao đổi với Bộ trưởng Y tế Cuba"
        " José Angel Portal Miranda về hợp tác đào tạo.",
    )
    assert e.type == "meeting"
    assert {"Đào Hồng Lan", "José Angel Portal Miranda"} <= names(e)


def test_a_recalled_visit_never_beats_the_announced_one() -> None:
    e = main(
        "Tổng thống Indonesia sắp thăm Việt Nam",
        "Theo thông báo của Bộ Ngoại giao, Tổng thống Indonesia Prabowo Subianto sẽ thăm cấp Nhà"
        " nước tới Việt Nam vào giữa tháng tới.",
        "Lần trước, ông Prabowo đã thăm Việt Nam hồi tháng 7 năm ngoái trên cương vị Bộ trưởng"
        " Quốc phòng và gặp Tổng Bí thư Nguyễn Phú Trọng.",
        published="2024-05-20",
    )
    assert e.type == "visit"
    assert e.planned
    assert "Nguyễn Phú Trọng" not in names(e)


def test_a_planned_delegation_is_a_planned_visit() -> None:
    e = main(
        "Việt Nam cử đoàn sang Cuba",
        "Phó Chủ tịch Quốc hội Nguyễn Khắc Định sẽ dẫn đầu đoàn đại biểu Quốc hội Việt Nam sang"
        " thăm làm việc tại Cuba vào cuối tháng này, theo lời mời của Quốc hội Cuba.",
        published="2024-05-20",
    )
    assert e.type == "visit" and e.planned
    assert "Nguyễn Khắc Định" in names(e)


def test_the_headline_act_wins_when_the_body_only_welcomes() -> None:
    e = main(
        "Chủ tịch UBND tỉnh Lào Cai tiếp đoàn đại biểu tỉnh Vân Nam",
        "Chiều 3/5, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường nhiệt"
        " liệt chào mừng đoàn đại biểu tỉnh Vân Nam do Phó Tỉnh trưởng Dương Tuấn dẫn đầu sang"
        " dự Hội chợ thương mại quốc tế Việt - Trung.",
    )
    assert e.type == "reception"
    assert {"Trịnh Xuân Trường", "Dương Tuấn"} <= names(e)


@pytest.mark.parametrize(
    "lines",
    [
        (
            "Quan hệ Việt - Nhật trước thềm chuyến thăm",
            "Nhân dân hai nước đang mong đợi chuyến thăm Nhật Bản của Thủ tướng trong thời gian"
            " tới, được kỳ vọng mở ra giai đoạn phát triển mới của quan hệ song phương.",
            "Trong 50 năm qua, quan hệ hai nước đã phát triển mạnh mẽ trên mọi lĩnh vực.",
        ),
        (
            "Bình luận: Ngoại giao kinh tế năm 2024",
            "Năm 2024 chứng kiến nhiều hoạt động đối ngoại sôi động, với hàng chục chuyến thăm"
            " cấp cao và hàng trăm thỏa thuận hợp tác được ký kết.",
            "Các chuyên gia nhận định ngoại giao kinh tế tiếp tục là điểm sáng.",
        ),
    ],
)
def test_a_commentary_page_has_no_meeting(lines: tuple[str, ...]) -> None:
    d = doc(*lines)
    meet = [
        e for e in d.events if e.type in {"reception", "talks", "meeting", "phone_call", "visit"}
    ]
    assert not meet or all(e.planned or e.referenced for e in meet)


# ---- dates ------------------------------------------------------------
@pytest.mark.parametrize(
    "lines",
    [
        (
            "Thủ tướng điện đàm với Thủ tướng Myanmar",
            "Sau trận động đất mạnh xảy ra hôm 28/3 tại miền Trung Myanmar, Thủ tướng Phạm Minh"
            " Chính đã điện đàm với Thủ tướng Myanmar Min Aung Hlaing để chia buồn.",
        ),
        (
            "Chủ tịch nước gửi thư chúc mừng",
            "Nhân dịp Đại hội Đảng Nhân dân Cách mạng Lào lần thứ XII thành công tốt đẹp, bế mạc"
            " ngày 15/1 vừa qua, Chủ tịch nước Lương Cường đã gửi thư chúc mừng Tổng Bí thư"
            " Thongloun Sisoulith.",
        ),
        (
            "Bộ trưởng điện đàm",
            "Trước thời hạn chót 30/6 để hoàn tất đàm phán, Bộ trưởng Công Thương Nguyễn Hồng Diên"
            " đã điện đàm với Bộ trưởng Thương mại Hàn Quốc Ahn Duk-geun.",
        ),
    ],
)
def test_a_day_of_a_background_clause_never_dates_the_act(lines: tuple[str, ...]) -> None:
    e = main(*lines, published=None)
    assert e.date is None


def test_the_span_sentence_dates_the_trip_opened_by_the_arrival() -> None:
    e = main(
        "Chủ tịch Quốc hội đến Geneva dự Hội nghị IPU",
        "Chiều 3/10, Chủ tịch Quốc hội Trần Thanh Mẫn cùng đoàn đại biểu Quốc hội Việt Nam đã"
        " đến Geneva, Thụy Sĩ, tham dự Hội nghị Chủ tịch Quốc hội thế giới lần thứ sáu.",
        "Chuyến công tác của đoàn kéo dài từ ngày 3 đến 7/10.",
        published=None,
    )
    assert e.type == "attend"
    assert e.date == "--10-03/--10-07"


@pytest.mark.parametrize(
    "goal",
    [
        "Hai bên nhất trí phấn đấu đưa kim ngạch thương mại song phương lên 20 tỷ USD"
        " vào năm 2030.",
        "Thủ tướng đề nghị Hàn Quốc ủng hộ Việt Nam đăng cai Đại hội thể thao châu Á năm 2034.",
        "Hai nước sẽ kỷ niệm 50 năm thiết lập quan hệ ngoại giao vào năm 2033.",
    ],
)
def test_a_far_target_year_never_gives_the_act_a_year(goal: str) -> None:
    e = main(
        "Điện đàm",
        "Chiều 13/7, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Thái Lan Srettha"
        " Thavisin.",
        goal,
        published=None,
    )
    assert e.date == "--07-13"


def test_a_plan_a_few_months_ahead_gives_the_year() -> None:
    e = main(
        "Phó Chủ tịch nước tiếp Bộ trưởng Cuba",
        "Chiều 20/8, Phó Chủ tịch nước Nguyễn Thị Doan đã tiếp Bộ trưởng Thương mại Cuba Rodrigo"
        " Malmierca Díaz.",
        "Hai bên thống nhất kỳ họp lần thứ 30 của Ủy ban liên Chính phủ sẽ được tổ chức tại La"
        " Habana vào tháng 12/2012.",
        published=None,
    )
    assert e.date == "2012-08-20"


def test_two_listed_days_in_brackets_make_the_visit_span() -> None:
    e = main(
        "Thủ tướng thăm chính thức Singapore",
        "Thủ tướng Nguyễn Tấn Dũng đã thăm chính thức Singapore (21 và 22/5/2012) theo lời mời"
        " của Thủ tướng Lý Hiển Long.",
        published=None,
    )
    assert e.type == "visit"
    assert e.date == "2012-05-21/2012-05-22"


# ---- names ------------------------------------------------------------
def _people(d) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.name for p in d.people}


def test_an_initials_form_joins_the_full_name() -> None:
    d = doc(
        "Thủ tướng tiếp Thủ tướng Ấn Độ",
        "Chiều 3/5, Thủ tướng Phan Văn Khải đã hội đàm với Thủ tướng Ấn Độ M. Singh tại Hà Nội.",
        "Thủ tướng Manmohan Singh cảm ơn sự đón tiếp nồng hậu của Việt Nam.",
    )
    e = d.events[0]
    assert "Manmohan Singh" in names(e)
    assert "M. Singh" not in names(e)


def test_a_short_transliteration_joins_the_biography_name() -> None:
    d = doc(
        "Đại sứ Ca-na-đa chào từ biệt",
        "Sáng 3/5, Phó Chủ tịch nước Nguyễn Thị Doan đã tiếp Đại sứ Ca-na-đa Đê-vít Ma-các,"
        " đến chào từ biệt.",
        "Ông Đê-vít Giôn Ma-các sinh năm 1960, từng làm Đại sứ tại Thái Lan.",
    )
    e = d.events[0]
    assert len([n for n in names(e) if "Ma-các" in n]) == 1


def test_an_overseas_country_word_is_no_part_of_a_name() -> None:
    e = main(
        "Gặp gỡ",
        "Hôm 3/5, Tổng thống Nam Hàn Moon Jae In đã gặp Chủ tịch nước Trần Đại Quang tại Seoul.",
    )
    assert "Moon Jae In" in names(e)
    assert not any(n.startswith("Nam Hàn") for n in names(e))


def test_a_korean_name_after_the_north_korean_word() -> None:
    e = main(
        "Hội đàm",
        "Ngoại trưởng Bắc Triều Tiên Ri Yong Ho đã hội đàm với Bộ trưởng Ngoại giao Phạm Bình"
        " Minh chiều 3/5.",
    )
    assert {"Ri Yong Ho", "Phạm Bình Minh"} <= names(e)


def test_a_province_after_a_title_chain_is_no_person() -> None:
    d = doc(
        "Tiếp đoàn tỉnh Savannakhet",
        "Chiều 3/5, Bí thư Tỉnh ủy Quảng Trị Lê Quang Chiến đã tiếp đoàn đại biểu do đồng chí"
        " Santiphap Phomvihane, Bí thư, Tỉnh trưởng Savannakhet dẫn đầu.",
    )
    assert "Savannakhet" not in _people(d)
    assert "Santiphap Phomvihane" in names(d.events[0])


# ---- english ------------------------------------------------------------
def test_an_english_reception() -> None:
    e = main(
        "NA Chairman receives Lao Deputy Prime Minister",
        "Hanoi (VNA) - National Assembly Chairman Tran Thanh Man received Lao Deputy Prime"
        " Minister Saleumxay Kommasith in Hanoi on May 3.",
        "The two sides agreed to further strengthen the special relationship.",
        published="2024-05-03",
    )
    assert e.type == "reception"
    assert e.date == "2024-05-03"
    assert {"Tran Thanh Man", "Saleumxay Kommasith"} <= names(e)


def test_english_phone_talks() -> None:
    e = main(
        "PM holds phone talks with Australian counterpart",
        "Prime Minister Pham Minh Chinh held phone talks with his Australian counterpart Anthony"
        " Albanese on Tuesday evening.",
        published="2024-05-08",
    )
    assert e.type == "phone_call"
    assert {"Pham Minh Chinh", "Anthony Albanese"} <= names(e)


def test_an_english_banquet() -> None:
    e = main(
        "State banquet in honour of Singaporean President",
        "President Luong Cuong and his spouse hosted a state banquet on the evening of May 3 in"
        " honour of Singaporean President Tharman Shanmugaratnam.",
        published="2024-05-04",
    )
    assert e.type == "reception"
    assert e.date == "2024-05-03"


def test_a_vietnamese_page_with_an_english_phrase_is_untouched() -> None:
    d = doc(
        "Thủ tướng tiếp Chủ tịch tập đoàn",
        "Chiều 3/5, Thủ tướng Phạm Minh Chính đã tiếp ông John Smith, Chủ tịch tập đoàn Global"
        ' Energy Partners, người từng nói "Vietnam is a land of opportunity".',
    )
    assert d.events[0].type == "reception"
    assert "Phạm Minh Chính" in names(d.events[0])


def test_an_english_page_with_no_meeting() -> None:
    d = doc(
        "Vietnam's GDP grows 6.5 percent",
        "Vietnam's economy grew 6.5 percent in the first quarter, the General Statistics Office"
        " said on Friday.",
        published="2024-04-05",
    )
    assert not d.events
