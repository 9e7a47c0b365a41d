"""Round 14, page parsing: the head and edges of a page as other outlets print them.

Each class is written in several wordings (other outlets, leaders, years, date forms), and the
negative shapes that must not fire beside them. All names and events are made up.
"""

from __future__ import annotations

import pytest
import vndiplo_boilerplate as plugin
from vndiplo_boilerplate.stamps import page_date

from vndiplo import Document

LEAD = (
    "Chiều 14/3, tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Lâm Hoàng Nam đã tiếp Tổng Lãnh sự "
    "Kalmora Elias Brandt nhân dịp ông đến chào xã giao lãnh đạo tỉnh."
)
SECOND = (
    "Hai bên đã trao đổi về quan hệ hợp tác trong các lĩnh vực thương mại, đầu tư, giáo dục, "
    "du lịch và giao lưu nhân dân giữa tỉnh với các địa phương của Kalmora."
)


def labelled(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start : b.end]) for b in plugin.clean_text(Document(text).normalized)]


def body(text: str) -> list[str]:
    return [quoted for kind, quoted in labelled(text) if kind == "body"]


# -- a headline that ends with a full stop ------------------------------------------------

PERIOD_HEADLINES = [
    # above the page's stamp, in two stamp shapes
    (
        "Chủ tịch tỉnh Lâm Hoàng Nam tiếp Tổng Lãnh sự Kalmora.",
        "Thứ hai - 14/03/2022 08:10",
        LEAD,
    ),
    (
        "Lãnh đạo tỉnh tiếp xã giao Tổng Lãnh sự Kalmora tại thành phố Đà Nẵng.",
        "10:25 | 15/03/2022",
        LEAD,
    ),
    # right above a lead that opens with its date and names the same people
    (
        "Ông Trần Quốc Bảo được bầu giữ chức Chủ tịch Hội hữu nghị Việt Nam - Kalmora khóa III.",
        None,
        "Ngày 9/5/2019, tại Hà Nội, Đại hội đã bầu ông Trần Quốc Bảo giữ chức Chủ tịch Hội hữu "
        "nghị Việt Nam - Kalmora khóa III với số phiếu tán thành cao.",
    ),
    (
        "Thứ trưởng Ngoại giao Đỗ Minh Khôi hội đàm với Thứ trưởng Ngoại giao Dreland Anna Weiss.",
        None,
        "Sáng 2-10, tại Hà Nội, Thứ trưởng Ngoại giao Đỗ Minh Khôi đã hội đàm với Thứ trưởng "
        "Ngoại giao Dreland Anna Weiss về hợp tác song phương.",
    ),
    # right above a lead that opens with an outlet's credit
    (
        "Lãnh đạo Kalmora gửi điện chia buồn về sự ra đi của nguyên Phó Chủ tịch nước.",
        None,
        "VOV.VN - Ngày 21/9, Chủ tịch nước Kalmora Elias Brandt đã gửi điện chia buồn tới "
        "lãnh đạo Việt Nam.",
    ),
    (
        "Thủ tướng Dreland Anna Weiss sẽ thăm chính thức Việt Nam.",
        None,
        "(Vietnam+) - Theo thông báo của Bộ Ngoại giao, nhận lời mời của Thủ tướng Chính phủ, "
        "Thủ tướng Dreland Anna Weiss sẽ thăm chính thức Việt Nam từ ngày 5 đến 7/11.",
    ),
]


@pytest.mark.parametrize(("headline", "stamp", "lead"), PERIOD_HEADLINES)
def test_headline_with_a_full_stop_is_the_title(
    headline: str, stamp: str | None, lead: str
) -> None:
    menu = "Trang chủ | Tin tức | Hoạt động"
    parts = [menu, headline] + ([stamp] if stamp else []) + [lead, SECOND]
    text = "\n\n".join(parts)
    found = labelled(text)
    assert ("title", headline) in found
    assert headline not in body(text)


NOT_HEADLINES = [
    # a photo's caption above its credit, then the lead
    ["Quang cảnh buổi tiếp.", "Ảnh: Minh Hà", LEAD, SECOND],
    # a summary above a lead that opens with an occasion, not a date or credit
    [
        "Chủ tịch nước gửi điện mừng tới Tổng thống Kalmora nhân dịp ông tái đắc cử.",
        "Nhân dịp ông Elias Brandt tái đắc cử Tổng thống Kalmora, Chủ tịch nước đã gửi điện mừng "
        "chúc ông thành công trên cương vị mới.",
        SECOND,
    ],
    # two sentences: a sapo, not a headline
    [
        "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Kalmora. Hai bên bàn về du lịch.",
        LEAD,
        SECOND,
    ],
]


@pytest.mark.parametrize("parts", NOT_HEADLINES)
def test_sentences_above_the_lead_that_are_no_headline(parts: list[str]) -> None:
    found = labelled("\n\n".join(parts))
    assert not any(kind == "title" and quoted == parts[0] for kind, quoted in found)


# -- the excerpt's cut-off last word is no byline -----------------------------------------

CLOSING = (
    "Nhân dịp này, Tổng Lãnh sự Kalmora Elias Brandt cảm ơn sự đón tiếp chu đáo của lãnh đạo "
    "tỉnh và mong muốn hai bên sẽ tiếp tục phối hợp chặt chẽ trong thời gian tới."
)


@pytest.mark.parametrize("stub", ["K", "T", "Đ", "Ư", "Bí", "Tổng"])
def test_cut_off_last_word_is_body(stub: str) -> None:
    text = "\n\n".join(["Lãnh đạo tỉnh tiếp Tổng Lãnh sự Kalmora", LEAD, SECOND, CLOSING, stub])
    assert body(text)[-1] == stub


def test_cut_off_word_after_a_caption_is_body() -> None:
    text = "\n\n".join(
        ["Lãnh đạo tỉnh tiếp Tổng Lãnh sự Kalmora", LEAD, SECOND, "Quang cảnh buổi tiếp.", "N"]
    )
    assert body(text)[-1] == "N"


@pytest.mark.parametrize("signature", ["PV", "LG", "Minh Anh", "T.H", "H.A."])
def test_a_byline_after_the_last_paragraph_stays_a_byline(signature: str) -> None:
    text = "\n\n".join(["Lãnh đạo tỉnh tiếp Tổng Lãnh sự Kalmora", LEAD, SECOND, signature])
    assert signature not in body(text)


def test_a_letter_after_the_agency_credit_is_no_body() -> None:
    text = "\n\n".join(["Lãnh đạo tỉnh tiếp Tổng Lãnh sự Kalmora", LEAD, SECOND, "Theo TTXVN", "T"])
    assert body(text)[-1] == SECOND


# -- an agency's credit that carries its filing day is the page's stamp ----------------------

ACT = (
    "Phó Thủ tướng Đỗ Minh Khôi đã tiếp Bộ trưởng Thương mại Kalmora Elias Brandt đang thăm "
    "và làm việc tại Việt Nam."
)


@pytest.mark.parametrize(
    ("credit", "day"),
    [
        ("*TTXVN*, 12.09.23, ", "2023-09-12"),
        ("(TTXVN - 05/10/2019) - ", "2019-10-05"),
        ("VNA 25/11/2012 -", "2012-11-25"),
        ("VOV, 3.4.2015 - ", "2015-04-03"),
        ("TTXVN, 08/06/2024 - ", "2024-06-08"),
        ("(VNA, 14-2-2016) ", "2016-02-14"),
    ],
)
def test_a_dated_agency_credit_stamps_the_page(credit: str, day: str) -> None:
    text = "\n\n".join(["Phó Thủ tướng tiếp Bộ trưởng Thương mại Kalmora", credit + ACT, SECOND])
    doc = Document(text)
    found = plugin.clean_text(doc.normalized)
    stamp = page_date(doc.normalized, found)
    assert stamp is not None and stamp[0].isoformat() == day
    kept = [text[b.start : b.end] for b in found if b.kind == "body"]
    assert kept[0] == ACT


def test_a_date_inside_the_lead_is_no_stamp() -> None:
    text = "\n\n".join(["Phó Thủ tướng tiếp Bộ trưởng", "VOV.VN - Sáng 12/3/2020, " + ACT, SECOND])
    doc = Document(text)
    assert page_date(doc.normalized, plugin.clean_text(doc.normalized)) is None


# -- a letter reproduced as the page: its head is the body's start, never the title ---------

LETTER_TEXT = (
    "Nhân dịp Quốc khánh nước Cộng hòa Kalmora, tôi xin gửi tới Ngài và nhân dân Kalmora lời "
    "chúc mừng nhiệt liệt nhất và mong quan hệ hữu nghị giữa hai nước ngày càng phát triển."
)
CLOSE = "Xin gửi tới Ngài lời chào trân trọng."


@pytest.mark.parametrize(
    "head",
    [
        ["THƯ CHÚC MỪNG", "Kính gửi: Ngài Elias Brandt,", "Tổng thống nước Cộng hòa Kalmora,"],
        ["ĐIỆN MỪNG", "Kính gửi Ngài Elias Brandt", "Tổng thống nước Cộng hòa Kalmora"],
        ["Thân gửi: đồng chí Trần Quốc Bảo,", "Chủ tịch Hội hữu nghị Việt Nam - Kalmora,"],
        [
            "BỘ TRƯỞNG BỘ NGOẠI GIAO",
            "Hà Nội, ngày 5 tháng 3 năm 2021",
            "Gửi: Ngài Anna Weiss",
            "Bộ trưởng Ngoại giao Dreland",
        ],
        ["ĐẠI SỨ QUÁN KALMORA", "Hà Nội, ngày 12 tháng 8 năm 2019", "Ngài Đỗ Minh Khôi", "Hà Nội"],
    ],
)
def test_a_letters_head_opens_the_body(head: list[str]) -> None:
    text = "\n\n".join([*head, "Thưa Ngài Tổng thống,", LETTER_TEXT, CLOSE])
    found = labelled(text)
    assert not any(kind == "title" for kind, _ in found)
    assert body(text)[0] == head[0]


def test_the_news_headline_above_a_letterhead_stays_the_title() -> None:
    headline = "Chủ tịch nước gửi thư chúc mừng Tổng thống Kalmora"
    head = ["BỘ NGOẠI GIAO", "Hà Nội, ngày 5 tháng 3 năm 2021", "Kính gửi: Ngài Elias Brandt"]
    text = "\n\n".join([headline, *head, "Thưa Ngài Tổng thống,", LETTER_TEXT, CLOSE])
    found = labelled(text)
    assert ("title", headline) in found
    assert body(text)[0] == head[0]


def test_a_speech_under_its_headline_keeps_its_title() -> None:
    headline = "Phát biểu của Chủ tịch nước tại lễ kỷ niệm"
    text = "\n\n".join(
        [headline, "Thứ hai, 05/03/2021 10:15", "Thưa các vị khách quý,", LETTER_TEXT, CLOSE]
    )
    found = labelled(text)
    assert ("title", headline) in found
    assert body(text)[0] == "Thưa các vị khách quý,"


# -- a lead cut to a teaser ("...") that alone gives the day is the lead, not a sapo --------

RETOLD = (
    "Chào mừng Bộ trưởng Thương mại Kalmora Elias Brandt đến thăm và làm việc, Phó Thủ tướng "
    "Đỗ Minh Khôi vui mừng nhận thấy quan hệ hợp tác giữa hai nước đã phát triển tích cực."
)
TEASER = (
    "{day}, tại {place}, Phó Thủ tướng Đỗ Minh Khôi đã tiếp Bộ trưởng Thương mại Kalmora "
    "Elias Brandt. Phó Thủ tướng vui mừng nhận thấy quan hệ hợp tác giữa hai nước đã phát triển..."
)
CAPS_TITLE = "PHÓ THỦ TƯỚNG ĐỖ MINH KHÔI TIẾP BỘ TRƯỞNG THƯƠNG MẠI KALMORA"
OTHER_TITLE = "PHÓ THỦ TƯỚNG ĐỖ MINH KHÔI TIẾP ĐẠI SỨ DRELAND TẠI VIỆT NAM"
COPY_TITLE = "Phó Thủ tướng Đỗ Minh Khôi tiếp Bộ trưởng Thương mại Kalmora Elias Brandt"


@pytest.mark.parametrize(
    ("day", "place", "between"),
    [
        ("Chiều ngày 05/4", "Trụ sở Chính phủ", [OTHER_TITLE, COPY_TITLE]),
        ("Sáng 12/3", "Nhà Quốc hội", [COPY_TITLE]),
        ("Ngày 15-6", "Hà Nội", [OTHER_TITLE, COPY_TITLE]),
        ("Chiều 3/10", "Văn phòng Chính phủ", []),
        ("Tối 21/9", "thành phố Đà Nẵng", [OTHER_TITLE]),
    ],
)
def test_a_teaser_lead_that_alone_dates_the_act_is_body(
    day: str, place: str, between: list[str]
) -> None:
    lead = TEASER.format(day=day, place=place)
    text = "\n\n".join([CAPS_TITLE, "05/04/2024", lead, *between, RETOLD, SECOND])
    kept = body(text)
    assert kept[0] == lead
    assert OTHER_TITLE not in kept and COPY_TITLE not in kept


def test_a_teaser_whose_day_the_body_tells_again_stays_out() -> None:
    lead = TEASER.format(day="Sáng 12/3", place="Nhà Quốc hội")
    retold = "Sáng 12/3, " + RETOLD[0].lower() + RETOLD[1:]
    text = "\n\n".join([CAPS_TITLE, "05/04/2024", lead, COPY_TITLE, retold, SECOND])
    assert lead not in body(text)
