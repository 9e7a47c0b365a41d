"""Body text printed twice: both copies are body (the realpages convention), while a single
line printed twice (a caption, a teaser on top, the lead in two slots) still loses one copy."""

from __future__ import annotations

import vndiplo_boilerplate as plugin

from vndiplo import Document

TITLE = "Chủ tịch tỉnh Quảng Trị tiếp Đại sứ Phần Lan"
LEAD = (
    "Chiều 9/11, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng đã tiếp Đại sứ "
    "Phần Lan tại Việt Nam Keijo Norvanto đến thăm và làm việc tại địa phương."
)
SECOND = (
    "Tại buổi tiếp, hai bên trao đổi về hợp tác trong lĩnh vực nước sạch, giáo dục nghề nghiệp "
    "và năng lượng tái tạo giữa tỉnh với các đối tác Phần Lan."
)
THIRD = (
    "Đại sứ Keijo Norvanto cảm ơn sự đón tiếp của tỉnh và mong muốn sớm đưa doanh nghiệp Phần "
    "Lan đến tìm hiểu cơ hội đầu tư tại Quảng Trị."
)
CAPTION = (
    "Chủ tịch UBND tỉnh Võ Văn Hưng trao quà lưu niệm tặng Đại sứ Keijo Norvanto tại buổi tiếp."
)


def page(*lines: str) -> str:
    return "\n\n".join(lines)


def body(text: str) -> list[str]:
    blocks = plugin.clean_text(Document(text).normalized)
    return [text[b.start : b.end] for b in blocks if b.kind == "body"]


def test_each_paragraph_printed_twice_in_place_keeps_both_copies() -> None:
    kept = body(page(TITLE, LEAD, LEAD, SECOND, SECOND, THIRD, THIRD))
    assert kept == [LEAD, LEAD, SECOND, SECOND, THIRD, THIRD]


def test_the_whole_body_printed_again_below_keeps_both_copies() -> None:
    kept = body(page(TITLE, LEAD, SECOND, THIRD, LEAD, SECOND, THIRD))
    assert kept == [LEAD, SECOND, THIRD, LEAD, SECOND, THIRD]


def test_a_repeat_that_starts_right_after_the_lead_keeps_the_first_copy_whole() -> None:
    # The second copy opens one paragraph after the first: the first copy's second paragraph
    # used to be taken for a caption whose twin is near.
    kept = body(page(TITLE, LEAD, SECOND, LEAD, SECOND))
    assert kept == [LEAD, SECOND, LEAD, SECOND]


def test_a_cut_off_second_copy_counts_as_the_twin_of_its_paragraph() -> None:
    cut = SECOND[:90].rstrip()
    kept = body(page(TITLE, "10/11/2023 08:15", LEAD, LEAD, SECOND, cut))
    assert kept == [LEAD, LEAD, SECOND, cut]


def test_a_body_printed_twice_before_a_related_list_that_repeats_the_headline() -> None:
    text = page(TITLE, LEAD, SECOND, LEAD, SECOND, "Tin liên quan", TITLE, "Quảng Trị đón khách")
    assert body(text) == [LEAD, SECOND, LEAD, SECOND]


def test_the_lead_alone_printed_twice_still_keeps_one_copy() -> None:
    kept = body(page(TITLE, LEAD, LEAD, SECOND, THIRD))
    assert kept == [LEAD, SECOND, THIRD]


def test_a_teaser_above_the_lead_is_still_no_body() -> None:
    kept = body(page(TITLE, THIRD, LEAD, SECOND, "Nguồn: Sở Ngoại vụ", THIRD))
    assert kept[0] == LEAD
    assert kept.count(THIRD) == 1


def test_two_captions_each_printed_twice_around_the_article_stay_captions() -> None:
    other = "Đại sứ Keijo Norvanto và đoàn công tác chụp ảnh lưu niệm với lãnh đạo tỉnh Quảng Trị."
    kept = body(page(TITLE, LEAD, CAPTION, CAPTION, SECOND, other, other, THIRD))
    assert CAPTION not in kept
    assert other not in kept
    assert kept == [LEAD, SECOND, THIRD]


def test_a_caption_that_repeats_a_body_sentence_stays_a_caption() -> None:
    sentence = "Hai bên trao đổi quà lưu niệm."
    kept = body(page(TITLE, LEAD, SECOND + " " + sentence, sentence, THIRD))
    assert sentence not in kept


QUOTED = (
    'Đại sứ Keijo Norvanto nói: "Phần Lan sẵn sàng chia sẻ kinh nghiệm quản lý nguồn nước sạch '
    'với các địa phương miền Trung Việt Nam trong những năm tới".'
)
PULL_QUOTE = "Phần Lan sẵn sàng chia sẻ kinh nghiệm quản lý nguồn nước sạch với các địa phương"
SPEAKER = "Đại sứ Phần Lan Keijo Norvanto"
CLOSING = "Cùng ngày, Đại sứ và đoàn công tác đã đến thăm một số dự án cấp nước tại huyện Hải Lăng."


def test_a_pull_quote_and_its_attribution_do_not_end_the_article() -> None:
    text = page(TITLE, LEAD, QUOTED, SECOND, PULL_QUOTE, SPEAKER, THIRD, CLOSING)
    kept = body(text)
    assert PULL_QUOTE not in kept
    assert kept[-2:] == [THIRD, CLOSING]


def test_teaser_headlines_that_do_not_quote_the_article_still_end_it() -> None:
    teasers = (
        "Quảng Trị đẩy mạnh hợp tác với các địa phương của Lào và Thái Lan",
        "Đoàn công tác tỉnh Quảng Trị thăm và làm việc tại Vương quốc Bỉ",
        "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Lào tại Đà Nẵng đến chào xã giao",
    )
    text = page(TITLE, LEAD, QUOTED, SECOND, *teasers, CLOSING)
    assert body(text) == [LEAD, QUOTED, SECOND]


def test_a_related_list_that_repeats_the_headline_still_ends_the_article() -> None:
    teasers = (
        TITLE,
        "Quảng Trị đẩy mạnh hợp tác với các địa phương của Lào và Thái Lan",
        "Đoàn công tác tỉnh Quảng Trị thăm và làm việc tại Vương quốc Bỉ",
        "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Lào tại Đà Nẵng đến chào xã giao",
    )
    text = page(TITLE, LEAD, QUOTED, SECOND, *teasers, CLOSING)
    assert body(text) == [LEAD, QUOTED, SECOND]
