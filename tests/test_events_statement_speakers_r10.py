"""Who said it (round 10): plural references, subject-less verbs and sentences, coordinated
predicates after a verb whose content is a thing, "việc" clauses, titles ending in "sự",
spelling variants of a name.

Every sentence is invented: the names, places and dates belong to no real article.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

PEOPLE: Mapping[str, Any] = {
    "Đỗ Minh Khang": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Lê Thu Hà": {"titles": ["Thủ tướng"], "country": "VN"},
    "Anna Berg": {"titles": ["Đại sứ Thụy Điển"], "country": "SE"},
    "Carlos Mendes": {"titles": ["Thủ tướng Bồ Đào Nha"], "country": "PT"},
    "Trần Quốc Vinh": {"titles": ["Bộ trưởng Ngoại giao"], "country": "VN"},
    "Pierre Delorme": {"titles": ["Bộ trưởng Ngoại giao Pháp"], "country": "FR"},
    "Hamid Karouni": {"titles": ["Tổng Lãnh sự Ma-rốc"], "country": "MA"},
    "Elena Voskova": {"titles": ["Tổng thống Séc"], "country": "CZ"},
    "Voskovà": {"titles": ["Tổng thống"], "country": "CZ"},
}

RECEPTION = (
    "Sáng 3/4, tại Phủ Chủ tịch, Chủ tịch nước Đỗ Minh Khang đã tiếp Đại sứ Thụy Điển Anna Berg."
)
PM_TALKS = (
    "Sáng 3/4, tại Hà Nội, Thủ tướng Lê Thu Hà đã hội đàm với Thủ tướng Bồ Đào Nha Carlos Mendes."
)
FM_TALKS = (
    "Sáng 3/4, tại Hà Nội, Bộ trưởng Ngoại giao Trần Quốc Vinh đã hội đàm với Bộ trưởng Ngoại "
    "giao Pháp Pierre Delorme."
)
CONSUL = (
    "Sáng 3/4, Chủ tịch nước Đỗ Minh Khang đã tiếp ông Hamid Karouni, Tổng Lãnh sự Ma-rốc tại "
    "TP. Hồ Chí Minh."
)


def _said(body: str, lead: str = RECEPTION) -> list[tuple[str | None, str, str]]:
    text = f"{lead}\n{body}"
    doc = annotate(text, PEOPLE, [("Sáng 3/4", "2025-04-03", "morning")])
    seen: dict[tuple[int, int], Any] = {}
    for event in extract_events(doc):
        for s in event.statements:
            seen.setdefault((s.start, s.end), s)
    return [(s.speaker, s.verb, s.text) for s in sorted(seen.values(), key=lambda s: s.start)]


def _speakers(body: str, lead: str = RECEPTION) -> list[tuple[str | None, str]]:
    return [(who, verb) for who, verb, _ in _said(body, lead)]


# -- a plural reference speaks for both sides (null) -------------------------------------------


@pytest.mark.parametrize(
    ("lead", "body", "verb"),
    [
        (PM_TALKS, "Hai Thủ tướng nhất trí tăng cường trao đổi đoàn các cấp.", "nhất trí"),
        (PM_TALKS, "Thủ tướng hai nước khẳng định sẽ phối hợp tại các diễn đàn.", "khẳng định"),
        (PM_TALKS, "Cả hai Thủ tướng đều nhấn mạnh vai trò của thương mại.", "nhấn mạnh"),
        (PM_TALKS, "Kết thúc hội đàm, hai Thủ tướng nhất trí lập nhóm công tác.", "nhất trí"),
        (PM_TALKS, "Hai Thủ tướng đã trao đổi thẳng thắn, nhất trí mở đường bay.", "nhất trí"),
        (FM_TALKS, "Hai Bộ trưởng Ngoại giao cũng cam kết sớm ký hiệp định dẫn độ.", "cam kết"),
        (FM_TALKS, "hai Bộ trưởng hoan nghênh kết quả kỳ họp Ủy ban hỗn hợp.", "hoan nghênh"),
    ],
)
def test_a_plural_title_speaks_jointly(lead: str, body: str, verb: str) -> None:
    assert _speakers(body, lead) == [(None, verb)]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the plural phrase is in the content, or in a fronted phrase: the named one speaks
        ("Thủ tướng Lê Thu Hà đề nghị hai Bộ trưởng sớm hoàn tất đàm phán.", "Lê Thu Hà"),
        (
            "Trước sự chứng kiến của hai Thủ tướng, Thủ tướng Carlos Mendes khẳng định hiệp "
            "định sẽ được thực thi.",
            "Carlos Mendes",
        ),
        ("Thủ tướng Carlos Mendes cảm ơn hai Thủ tướng tiền nhiệm.", "Carlos Mendes"),
    ],
)
def test_a_plural_title_elsewhere_is_no_joint_subject(body: str, speaker: str) -> None:
    assert [who for who, _ in _speakers(body, PM_TALKS)] == [speaker]


# -- a verb with no subject: the subject of the clause it goes on ------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chủ tịch nước Đỗ Minh Khang giới thiệu tình hình kinh tế, khẳng định Việt Nam coi "
            "trọng quan hệ với Thụy Điển.",
            [("Đỗ Minh Khang", "khẳng định")],
        ),
        (
            "Đại sứ Anna Berg trình bày kế hoạch của sứ quán trong năm nay, mong muốn hai bên "
            "mở rộng hợp tác giáo dục.",
            [("Anna Berg", "mong muốn")],
        ),
        (
            "Nhận lời mời của Chủ tịch nước Đỗ Minh Khang, Đại sứ Anna Berg điểm lại chương trình "
            "công tác, cam kết sứ quán sẽ hỗ trợ tối đa.",
            [("Anna Berg", "cam kết")],
        ),
        (
            "Trả lời báo chí sau buổi gặp, bà Anna Berg từ chối đi vào chi tiết, mà chỉ cho biết "
            "hai bên sẽ sớm khởi công nhà máy.",
            [("Anna Berg", "cho biết")],
        ),
        (
            "Ông Đỗ Minh Khang điểm lại lịch sử quan hệ, nhưng nhấn mạnh tương lai mới là điều "
            "quan trọng.",
            [("Đỗ Minh Khang", "nhấn mạnh")],
        ),
        (
            "Thay mặt sứ quán, Đại sứ Anna Berg, cảm ơn sự hỗ trợ của Việt Nam.",
            [("Anna Berg", "cảm ơn")],
        ),
    ],
)
def test_a_subjectless_verb_takes_its_clause_subject(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert _speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the guest named after a fronted reception is its object: the host goes on
        (
            "Tiếp Đại sứ Anna Berg, Chủ tịch nước Đỗ Minh Khang giới thiệu tình hình đất nước, "
            "khẳng định Việt Nam coi trọng Thụy Điển.",
            [("Đỗ Minh Khang", "khẳng định")],
        ),
        # both sides head the sentence: nobody in particular, even with a person named after
        (
            "Hai bên điểm lại quan hệ song phương, có sự tham gia của Đại sứ Anna Berg, nhất trí "
            "mở rộng hợp tác.",
            [(None, "nhất trí")],
        ),
        (
            "Tại buổi tiếp, hai bên đã trao đổi về hợp tác giáo dục, nhất trí mở rộng trao đổi "
            "sinh viên.",
            [(None, "nhất trí")],
        ),
        # the previous verb's subject was both sides: the continuation is theirs too
        (
            "Hai bên bày tỏ vui mừng về chuyến thăm của Chủ tịch nước Đỗ Minh Khang năm ngoái, "
            "nhất trí cho rằng quan hệ đang ở giai đoạn tốt nhất.",
            [(None, "bày tỏ"), (None, "nhất trí")],
        ),
    ],
)
def test_a_name_that_heads_no_clause_does_not_speak(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _speakers(body) == expected


@pytest.mark.parametrize(
    ("bridge", "body", "speaker"),
    [
        (
            "Đại sứ Anna Berg chuyển lời thăm hỏi của Nhà vua Thụy Điển tới Chủ tịch nước.",
            "Nhiệt liệt chúc mừng những thành tựu của Việt Nam, bày tỏ tin tưởng Việt Nam sẽ đạt "
            "các mục tiêu đề ra.",
            "Anna Berg",
        ),
        (
            "Theo lời mời của Chủ tịch nước, Đại sứ Anna Berg đã trình bày kế hoạch năm nay.",
            "Bày tỏ vui mừng trước kết quả hợp tác, mong muốn hai bên mở rộng trao đổi sinh viên.",
            "Anna Berg",
        ),
        (
            "Thay mặt lãnh đạo Nhà nước, Chủ tịch nước Đỗ Minh Khang trao Huân chương Hữu nghị "
            "cho Đại sứ Anna Berg.",
            "Trân trọng cảm ơn những đóng góp của Đại sứ, đề nghị bà tiếp tục làm cầu nối.",
            "Đỗ Minh Khang",
        ),
    ],
)
def test_a_subjectless_sentence_goes_on_with_the_subject_before(
    bridge: str, body: str, speaker: str
) -> None:
    opening = "Chủ tịch nước Đỗ Minh Khang khẳng định Việt Nam luôn ủng hộ hợp tác đa phương."
    said = _speakers(f"{opening}\n{bridge}\n{body}")
    assert said[0] == ("Đỗ Minh Khang", "khẳng định")
    assert {who for who, _ in said[1:]} == {speaker}


def test_the_sentence_before_with_a_statement_still_carries_its_speaker() -> None:
    said = _speakers(
        "Đại sứ Anna Berg cảm ơn sự đón tiếp trọng thị.\n"
        "Nhấn mạnh quan hệ hai nước đang phát triển tốt, mong muốn mở thêm đường bay."
    )
    assert {who for who, _ in said} == {"Anna Berg"}


# -- "đánh giá cao X và khẳng định Y": two statements ------------------------------------------


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "Đại sứ Anna Berg đánh giá cao những cải cách của Việt Nam và khẳng định Thụy Điển "
            "sẵn sàng hỗ trợ.",
            ("đánh giá cao", "những cải cách của Việt Nam"),
            ("khẳng định", "Thụy Điển sẵn sàng hỗ trợ"),
        ),
        (
            "Đại sứ Anna Berg hoan nghênh các chính sách mở cửa của Việt Nam và mong muốn thu hút "
            "thêm doanh nghiệp.",
            ("hoan nghênh", "các chính sách mở cửa của Việt Nam"),
            ("mong muốn", "thu hút thêm doanh nghiệp"),
        ),
        (
            "Đại sứ Anna Berg cảm ơn sự hỗ trợ của các bộ ngành và cam kết thúc đẩy thương mại.",
            ("cảm ơn", "sự hỗ trợ của các bộ ngành"),
            ("cam kết", "thúc đẩy thương mại"),
        ),
        (
            "Đại sứ Anna Berg chúc mừng thành tựu của Việt Nam và bày tỏ tin tưởng Việt Nam sẽ "
            "phát triển.",
            ("chúc mừng", "thành tựu của Việt Nam"),
            ("bày tỏ", "Việt Nam sẽ phát triển"),
        ),
        (
            "Đại sứ Anna Berg cám ơn Chính phủ Việt Nam đã tạo điều kiện và cũng nhấn mạnh sẽ "
            "mở văn phòng thương mại.",
            ("cám ơn", "Chính phủ Việt Nam đã tạo điều kiện"),
            ("nhấn mạnh", "sẽ mở văn phòng thương mại"),
        ),
    ],
)
def test_and_after_a_thing_welcomed_opens_a_new_statement(
    body: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    assert _said(body) == [("Anna Berg", *first), ("Anna Berg", *second)]


@pytest.mark.parametrize(
    ("body", "verb", "content"),
    [
        # a clause's own subject goes on in the content
        (
            "Đại sứ Anna Berg khẳng định Thụy Điển coi trọng và mong muốn hợp tác với Việt Nam.",
            "khẳng định",
            "Thụy Điển coi trọng và mong muốn hợp tác với Việt Nam",
        ),
        # two verbs over one object
        (
            "Đại sứ Anna Berg cảm ơn và đánh giá cao sự hỗ trợ của Việt Nam.",
            "cảm ơn",
            "sự hỗ trợ của Việt Nam",
        ),
        # a reporting verb used as a noun inside the object
        (
            "Đại sứ Anna Berg đánh giá cao sự cam kết của Việt Nam.",
            "đánh giá cao",
            "sự cam kết của Việt Nam",
        ),
    ],
)
def test_no_new_statement_inside_one_content(body: str, verb: str, content: str) -> None:
    assert _said(body) == [("Anna Berg", verb, content)]


# -- a "việc" clause is content ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "verb", "content"),
    [
        (
            "Chủ tịch nước Đỗ Minh Khang đánh giá, việc hai bên nhất trí mở đường bay thẳng sẽ "
            "thúc đẩy du lịch.",
            "đánh giá",
            "việc hai bên nhất trí mở đường bay thẳng sẽ thúc đẩy du lịch",
        ),
        (
            "Chủ tịch nước Đỗ Minh Khang cho rằng việc hai nước cam kết giảm thuế là bước tiến.",
            "cho rằng",
            "việc hai nước cam kết giảm thuế là bước tiến",
        ),
        (
            "Đại sứ Anna Berg hoan nghênh việc hai bên nhất trí nâng cấp quan hệ.",
            "hoan nghênh",
            "việc hai bên nhất trí nâng cấp quan hệ",
        ),
    ],
)
def test_a_viec_clause_is_the_content_of_the_verb_before(
    body: str, verb: str, content: str
) -> None:
    assert [s[1:] for s in _said(body)] == [(verb, content)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a "việc" object closed by ";" or "," leaves the next verb its own statement
        (
            "Chủ tịch nước Đỗ Minh Khang hoan nghênh việc tổ chức diễn đàn; Đại sứ Anna Berg đề "
            "xuất mở thêm học bổng.",
            [("Đỗ Minh Khang", "hoan nghênh"), ("Anna Berg", "đề xuất")],
        ),
        (
            "Chủ tịch nước Đỗ Minh Khang hoan nghênh việc hai bên ký thỏa thuận, đề nghị các bộ "
            "sớm triển khai.",
            [("Đỗ Minh Khang", "hoan nghênh"), ("Đỗ Minh Khang", "đề nghị")],
        ),
    ],
)
def test_a_viec_object_ends_at_its_clause(body: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(body) == expected


# -- a title ending in "sự" is no nominaliser --------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Tổng Lãnh sự cho biết, hai nước sẽ mở thêm chuyến bay.",
        "Tổng lãnh sự Hamid Karouni cho hay cộng đồng doanh nghiệp rất quan tâm.",
        "Ông Tổng Lãnh sự Ma-rốc nhấn mạnh thành phố là cửa ngõ của khu vực.",
    ],
)
def test_a_consul_speaks(body: str) -> None:
    said = _said(body, CONSUL)
    assert [who for who, _, _ in said] == ["Hamid Karouni"]


def test_the_nominaliser_su_still_makes_a_noun() -> None:
    said = _said("Chủ tịch nước Đỗ Minh Khang nhấn mạnh sự đề xuất của bạn là thiết thực.")
    assert [v for _, v, _ in said] == ["nhấn mạnh"]


# -- a name spelled one letter apart -----------------------------------------------------------

VARIANT_LEAD = (
    "Sáng 3/4, tại Hà Nội, Chủ tịch nước Đỗ Minh Khang đã hội đàm với Tổng thống Séc Elena Voskova."
)


@pytest.mark.parametrize(
    "body",
    [
        "Tổng thống Voskovà khẳng định Séc coi trọng quan hệ với Việt Nam.",
        "Tổng thống Voskovà đánh giá cao quan hệ hai nước.\nTổng thống cho biết Séc sẽ mở "
        "thêm đường bay.",
    ],
)
def test_a_spelling_variant_of_a_participant_speaks_for_them(body: str) -> None:
    said = _said(body, VARIANT_LEAD)
    assert said and {who for who, _, _ in said} == {"Elena Voskova"}


def test_a_name_two_letters_apart_is_someone_else() -> None:
    people = {k: v for k, v in PEOPLE.items() if k != "Voskovà"}
    people["Voskovic"] = {"titles": ["Tổng thống"], "country": "CZ"}
    text = f"{VARIANT_LEAD}\nTổng thống Voskovic khẳng định Séc coi trọng quan hệ với Việt Nam."
    doc = annotate(text, people, [("Sáng 3/4", "2025-04-03", "morning")])
    speakers = {s.speaker for e in extract_events(doc) for s in e.statements}
    assert speakers == {"Voskovic"}


# -- a leading participle ends where the main clause's subject comes ---------------------------


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        (
            "Chia sẻ ấn tượng về chuyến thăm Hà Nội năm ngoái, Đại sứ Anna Berg trân trọng gửi lời "
            "cảm ơn tới các bộ ngành.",
            "ấn tượng về chuyến thăm Hà Nội năm ngoái",
            "Anna Berg",
        ),
        (
            "Nhấn mạnh rằng Việt Nam là đối tác quan trọng của Thụy Điển tại châu Á, bản thân bà "
            "sẽ nỗ lực thúc đẩy hợp tác, nhất là về giáo dục.",
            "Việt Nam là đối tác quan trọng của Thụy Điển tại châu Á",
            None,
        ),
        (
            "Đánh giá cao kết quả hợp tác về y tế, giáo dục, năng lượng, ông Đỗ Minh Khang trao "
            "tặng Đại sứ bức tranh sơn mài.",
            "kết quả hợp tác về y tế, giáo dục, năng lượng",
            "Đỗ Minh Khang",
        ),
    ],
)
def test_a_leading_participle_ends_before_the_main_subject(
    body: str, content: str, speaker: str | None
) -> None:
    said = _said(body)
    assert said[0][2] == content
    if speaker is not None:
        assert said[0][0] == speaker
