"""Hard-wrapped pages: paragraphs broken at a fixed width are joined back before classifying.

The fragments are written for these tests (other names, places and dates than any real page);
each wrapped page has a twin whose lines are real paragraphs, which must come out unchanged.
"""

from __future__ import annotations

import vndiplo_boilerplate as plugin
from vndiplo_boilerplate.lines import split_lines
from vndiplo_boilerplate.wrapped import join_wrapped

from vndiplo import Document


def body(text: str) -> list[str]:
    return [
        text[b.start : b.end]
        for b in plugin.clean_text(Document(text).normalized)
        if b.kind == "body"
    ]


# A mail-archive style post: every line cut at about 70 characters, mid-sentence.
WRAPPED = "\n".join(
    [
        "Nhân dịp Quốc khánh nước Cộng hòa Ghana, Chủ tịch nước đã gửi điện",
        "chúc mừng tới Tổng thống Ghana và nhân dân nước bạn, bày tỏ tin tưởng",
        "quan hệ hữu nghị truyền thống giữa hai nước sẽ tiếp tục được củng cố",
        "và phát triển trong thời gian tới.",
        "Cùng ngày, Bộ trưởng Ngoại giao cũng đã gửi điện chúc mừng tới người",
        "đồng cấp Ghana, khẳng định Việt Nam coi trọng hợp tác với các nước",
        "châu Phi trên nhiều lĩnh vực, nhất là nông nghiệp và giáo dục",
    ]
)

# The same words as one paragraph per line: nothing to join.
UNWRAPPED = "\n".join(
    [
        "Nhân dịp Quốc khánh nước Cộng hòa Ghana, Chủ tịch nước đã gửi điện chúc mừng tới Tổng "
        "thống Ghana và nhân dân nước bạn, bày tỏ tin tưởng quan hệ hữu nghị truyền thống giữa "
        "hai nước sẽ tiếp tục được củng cố và phát triển trong thời gian tới.",
        "Cùng ngày, Bộ trưởng Ngoại giao cũng đã gửi điện chúc mừng tới người đồng cấp Ghana, "
        "khẳng định Việt Nam coi trọng hợp tác với các nước châu Phi trên nhiều lĩnh vực.",
    ]
)


def test_wrapped_paragraphs_are_joined_and_kept_whole() -> None:
    kept = body(WRAPPED)
    assert len(kept) == 2
    assert kept[0].startswith("Nhân dịp Quốc khánh") and kept[0].endswith("thời gian tới.")
    # The last paragraph has no full stop (a cut excerpt): still joined, still kept.
    assert kept[1].endswith("nông nghiệp và giáo dục")


def test_joined_line_quotes_the_page_and_reads_breaks_as_spaces() -> None:
    lines = join_wrapped(split_lines(WRAPPED), WRAPPED)
    assert len(lines) == 2
    for line in lines:
        assert WRAPPED[line.start : line.end].replace("\n", " ") == line.text
        assert "\n" not in line.text


def test_a_page_of_real_paragraphs_is_left_alone() -> None:
    lines = split_lines(UNWRAPPED)
    assert join_wrapped(lines, UNWRAPPED) == lines
    assert len(body(UNWRAPPED)) == 2


def test_drop_cap_first_words_join_their_paragraph() -> None:
    # A blog theme prints each paragraph's first word on a line of its own.
    text = "\n".join(
        [
            "Theo",
            "lời mời của Bộ trưởng Quốc phòng Chile, một đoàn sĩ quan cấp cao",
            "đã sang thăm Santiago trong bốn ngày, từ 3 đến 6/11/2019.",
            "Trong",
            "chuyến thăm, hai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình",
            "của Liên hợp quốc, cùng những dự án chung về hải dương học.",
        ]
    )
    kept = body(text)
    assert [k.split()[0] for k in kept] == ["Theo", "Trong"]
    assert kept[0].endswith("từ 3 đến 6/11/2019.")


def test_a_wrapped_line_ending_before_a_name_goes_on() -> None:
    # "... do đại tá" + "Lê Văn X, ...": a capital after a full-width line is still a wrap.
    text = "\n".join(
        [
            "Sáng 8/5, đoàn cán bộ của Học viện Quốc phòng do thiếu tướng",
            "Trần Minh Khoa dẫn đầu đã đến làm việc với trường đại học bạn, trao",
            "đổi kinh nghiệm đào tạo sĩ quan và tham quan khu huấn luyện mới của",
            "nhà trường, nơi hai bên ký biên bản ghi nhớ hợp tác giai đoạn mới.",
            "Chiều cùng ngày, đoàn tiếp tục đến thăm bảo tàng quân sự của thành",
            "phố và gặp gỡ các cựu chiến binh từng học tập tại Việt Nam, những",
            "người đã góp phần vun đắp quan hệ giữa hai quân đội suốt nhiều năm.",
        ]
    )
    kept = body(text)
    assert len(kept) == 2
    assert "thiếu tướng Trần Minh Khoa" in kept[0].replace("\n", " ")


def test_a_few_lower_case_slugs_do_not_make_a_page_wrapped() -> None:
    # Related-news slugs printed in lower case under a teaser: two plain wraps on a long page.
    paragraphs = [
        f"Đoạn văn thứ {n} của bài báo kể lại buổi làm việc giữa hai đoàn đại biểu tại Hà Nội."
        for n in range(1, 9)
    ]
    text = "\n".join(
        [
            *paragraphs,
            "Bộ trưởng tiếp Đại sứ Chile tại trụ sở Bộ Ngoại giao hôm thứ Hai tuần này",
            "bo truong tiep dai su chile tai tru so bo ngoai giao",
            "Thứ trưởng gặp Tổng Lãnh sự Peru nhân dịp kết thúc nhiệm kỳ công tác",
            "thu truong gap tong lanh su peru nhan dip ket thuc nhiem ky",
        ]
    )
    lines = split_lines(text)
    assert join_wrapped(lines, text) == lines
