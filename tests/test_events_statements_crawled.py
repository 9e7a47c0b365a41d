"""Statements as crawled pages word them (issue 13): verbs of saying, speakers named by title or
pronoun, shared complements, lists after ";", the next speaker's name left out.

Every sentence is invented: the names, places and dates belong to no real article.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events import extract_events
from vndiplo_events.statements import DEFAULT_VERBS, finder_for
from vndiplo_events.testing import annotate
from vndiplo_events.view import ArticleView

from vndiplo.model import Statement
from vndiplo.testing import unicode_texts

PEOPLE: Mapping[str, Any] = {
    "Đỗ Minh Khang": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Lê Thu Hà": {"titles": ["Thủ tướng"], "country": "VN"},
    "Anna Berg": {"titles": ["Đại sứ Thụy Điển"], "country": "SE"},
    "Rajesh Kumar": {"titles": ["Tổng thống Ấn Độ"], "country": "IN"},
    "Hoàng Văn Tùng": {"titles": ["Bí thư Tỉnh ủy"], "country": "VN"},
}

LEAD = "Sáng 3/4, tại Phủ Chủ tịch, Chủ tịch nước Đỗ Minh Khang đã tiếp Đại sứ Thụy Điển Anna Berg."


def _statements(body: str, lead: str = LEAD) -> list[Statement]:
    text = f"{lead}\n{body}"
    doc = annotate(text, PEOPLE, [("Sáng 3/4", "2025-04-03", "morning")])
    seen: dict[tuple[int, int], Statement] = {}
    for event in extract_events(doc):
        for s in event.statements:
            seen.setdefault((s.start, s.end), s)
    return sorted(seen.values(), key=lambda s: s.start)


def _said(body: str, lead: str = LEAD) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.verb, s.text) for s in _statements(body, lead)]


# -- verbs of saying ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "verb", ["cho biết", "cho hay", "cho rằng", "đánh giá", "chia sẻ", "nêu", "nêu rõ", "cám ơn"]
)
def test_verbs_of_saying_report_statements(verb: str) -> None:
    said = _said(f"Đại sứ Anna Berg {verb} hai nước sẽ mở thêm đường bay thẳng.")
    assert said == [("Anna Berg", verb, "hai nước sẽ mở thêm đường bay thẳng")]


def test_the_new_verbs_are_registered_defaults() -> None:
    for verb in ("cho biết", "cho hay", "cho rằng", "đánh giá", "chia sẻ", "nêu", "nêu rõ"):
        assert verb in DEFAULT_VERBS


def test_rang_and_an_opening_quote_are_not_content() -> None:
    said = _said("Đại sứ Anna Berg cho rằng “quan hệ hai nước đang ở giai đoạn tốt nhất”.")
    assert said == [("Anna Berg", "cho rằng", "quan hệ hai nước đang ở giai đoạn tốt nhất”")]


def test_a_verb_used_as_a_noun_is_no_statement() -> None:
    said = _said("Chủ tịch nước nhấn mạnh ý nghĩa của thông điệp chúc mừng và lời cảm ơn của bạn.")
    assert [v for _, v, _ in said] == ["nhấn mạnh"]


# -- where a statement ends --------------------------------------------------------------------


def test_an_unknown_verb_after_a_comma_ends_the_statement() -> None:
    said = _said(
        "Đại sứ Anna Berg bày tỏ vui mừng về kết quả hợp tác giáo dục, tán thành các đề xuất "
        "của phía Việt Nam."
    )
    assert said == [("Anna Berg", "bày tỏ", "vui mừng về kết quả hợp tác giáo dục")]


def test_the_next_speakers_name_is_not_content() -> None:
    said = _said(
        "Chúc mừng những thành tựu của Thụy Điển, Chủ tịch nước khẳng định Việt Nam coi trọng "
        "quan hệ với châu Âu."
    )
    assert said == [
        ("Đỗ Minh Khang", "chúc mừng", "những thành tựu của Thụy Điển"),
        ("Đỗ Minh Khang", "khẳng định", "Việt Nam coi trọng quan hệ với châu Âu"),
    ]


def test_a_semicolon_inside_one_proposal_does_not_end_it() -> None:
    said = _said(
        "Chủ tịch nước Đỗ Minh Khang đề nghị hai bên tăng cường thương mại; mở rộng đầu tư; "
        "thúc đẩy giao lưu nhân dân."
    )
    assert said == [
        (
            "Đỗ Minh Khang",
            "đề nghị",
            "hai bên tăng cường thương mại; mở rộng đầu tư; thúc đẩy giao lưu nhân dân",
        )
    ]


def test_a_semicolon_before_another_speaker_ends_the_statement() -> None:
    said = _said(
        "Chủ tịch nước Đỗ Minh Khang đề nghị hai bên tăng cường thương mại; Đại sứ Anna Berg "
        "cam kết thúc đẩy đầu tư."
    )
    assert said == [
        ("Đỗ Minh Khang", "đề nghị", "hai bên tăng cường thương mại"),
        ("Anna Berg", "cam kết", "thúc đẩy đầu tư"),
    ]


@pytest.mark.parametrize(
    ("body", "verb", "content"),
    [
        (
            "Đại sứ Anna Berg bày tỏ tin tưởng quan hệ hai nước sẽ phát triển mạnh mẽ.",
            "bày tỏ",
            "quan hệ hai nước sẽ phát triển mạnh mẽ",
        ),
        (
            "Đại sứ Anna Berg cảm ơn và đánh giá cao sự hỗ trợ của các bộ, ngành Việt Nam.",
            "cảm ơn",
            "sự hỗ trợ của các bộ, ngành Việt Nam",
        ),
        (
            "Đại sứ Anna Berg khẳng định Thụy Điển coi trọng và mong muốn mở rộng hợp tác.",
            "khẳng định",
            "Thụy Điển coi trọng và mong muốn mở rộng hợp tác",
        ),
        (
            "Đại sứ Anna Berg nhất trí cho rằng hai bên cần đẩy mạnh hợp tác năng lượng.",
            "nhất trí",
            "hai bên cần đẩy mạnh hợp tác năng lượng",
        ),
    ],
)
def test_verbs_over_one_complement_are_one_statement(body: str, verb: str, content: str) -> None:
    assert _said(body) == [("Anna Berg", verb, content)]


def test_a_trailing_conjunction_is_not_content() -> None:
    said = _said(
        "Đại sứ Anna Berg đánh giá cao sự cải thiện môi trường đầu tư và đồng thời nhấn mạnh "
        "vai trò của doanh nghiệp."
    )
    assert said[0] == ("Anna Berg", "đánh giá cao", "sự cải thiện môi trường đầu tư")


# -- who said it -------------------------------------------------------------------------------


@pytest.mark.parametrize("subject", ["Ông", "Bà", "Ngài", "Ngài Đại sứ", "Đại sứ"])
def test_a_pronoun_or_a_title_is_the_person_just_named(subject: str) -> None:
    body = (
        "Đại sứ Anna Berg chúc mừng những thành tựu của Việt Nam.\n"
        f"{subject} cho biết nhiều doanh nghiệp Thụy Điển muốn đầu tư vào năng lượng sạch."
    )
    said = _said(body)
    assert [s for s, _, _ in said] == ["Anna Berg", "Anna Berg"]


def test_a_title_held_by_the_host_is_the_host() -> None:
    said = _said("Chủ tịch nước hoan nghênh Đại sứ sang nhận nhiệm vụ.")
    assert said == [("Đỗ Minh Khang", "hoan nghênh", "Đại sứ sang nhận nhiệm vụ")]


def test_agreeing_with_a_proposal_is_the_proposers_partner_who_speaks() -> None:
    said = _said(
        "Nhất trí với đề xuất của Đại sứ Anna Berg, Chủ tịch nước Đỗ Minh Khang đề nghị hai "
        "bên sớm ký hiệp định về lao động."
    )
    assert ("Đỗ Minh Khang", "đề nghị", "hai bên sớm ký hiệp định về lao động") in said
    assert all(s == "Đỗ Minh Khang" for s, _, _ in said)


def test_a_leading_participle_takes_the_subject_of_the_main_clause() -> None:
    said = _said(
        "Nhấn mạnh vai trò của giáo dục, Đại sứ Anna Berg mong muốn mở thêm học bổng cho sinh "
        "viên Việt Nam."
    )
    assert [s for s, _, _ in said] == ["Anna Berg", "Anna Berg"]


def test_the_hosts_words_stay_the_hosts_in_an_article_about_the_visit() -> None:
    lead = (
        "Sáng 3/4, Tổng thống Ấn Độ Rajesh Kumar bắt đầu chuyến thăm cấp Nhà nước Việt Nam.\n"
        "Chiều 3/4, Chủ tịch nước Đỗ Minh Khang đã hội đàm với Tổng thống Ấn Độ Rajesh Kumar."
    )
    text = (
        f"{lead}\nChủ tịch nước Đỗ Minh Khang khẳng định Việt Nam coi trọng quan hệ với Ấn Độ.\n"
        "Tổng thống Rajesh Kumar cảm ơn sự đón tiếp trọng thị."
    )
    doc = annotate(
        text, PEOPLE, [("Sáng 3/4", "2025-04-03", "morning"), ("Chiều 3/4", "2025-04-03")]
    )
    speakers = {s.speaker for e in extract_events(doc) for s in e.statements}
    assert speakers == {"Đỗ Minh Khang", "Rajesh Kumar"}


def test_the_partner_and_a_countrys_title_name_their_holder() -> None:
    lead = "Sáng 3/4, Thủ tướng Lê Thu Hà đã điện đàm với Thủ tướng Thụy Điển Per Holm."
    people = {**PEOPLE, "Per Holm": {"titles": ["Thủ tướng"], "country": "SE"}}
    text = (
        f"{lead}\nThủ tướng bạn khẳng định Thụy Điển coi trọng hợp tác với Việt Nam.\n"
        "Thủ tướng Việt Nam cho rằng hai nước còn nhiều dư địa hợp tác."
    )
    doc = annotate(text, people, [("Sáng 3/4", "2025-04-03", "morning")])
    said = [(s.speaker, s.verb) for e in extract_events(doc) for s in e.statements]
    assert said == [("Per Holm", "khẳng định"), ("Lê Thu Hà", "cho rằng")]


def test_a_guest_named_after_a_fronted_reception_is_not_the_speaker() -> None:
    said = _said(
        "Tiếp Đại sứ Thụy Điển, bà Anna Berg, cảm ơn sự ủng hộ của Thụy Điển, Chủ tịch nước "
        "khẳng định Việt Nam coi trọng quan hệ với Bắc Âu."
    )
    assert [(s, v) for s, v, _ in said] == [
        ("Đỗ Minh Khang", "cảm ơn"),
        ("Đỗ Minh Khang", "khẳng định"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Chủ tịch nước Đỗ Minh Khang và Đại sứ Anna Berg nhất trí mở rộng hợp tác y tế.",
        "Chủ tịch nước Đỗ Minh Khang và Đại sứ Anna Berg đã trao đổi về quan hệ hai nước, "
        "bày tỏ vui mừng về kết quả hợp tác y tế.",
    ],
)
def test_two_persons_joined_by_va_speak_jointly(body: str) -> None:
    assert [s for s, _, _ in _said(body)] == [None]


def test_a_name_set_off_by_commas_before_the_verb_speaks() -> None:
    body = (
        "Chủ tịch nước Đỗ Minh Khang hoan nghênh đoàn.\n"
        "Thay mặt đoàn, bà Anna Berg, bày tỏ vui mừng được thăm Hà Nội."
    )
    assert [s for s, _, _ in _said(body)] == ["Đỗ Minh Khang", "Anna Berg"]


def test_a_coordinated_predicate_keeps_the_clauses_subject() -> None:
    said = _said(
        "Đại sứ Anna Berg cảm ơn Chủ tịch nước Đỗ Minh Khang đã dành thời gian tiếp và cho "
        "biết Thụy Điển sẽ mở văn phòng thương mại tại Đà Nẵng."
    )
    assert [(s, v) for s, v, _ in said] == [("Anna Berg", "cảm ơn"), ("Anna Berg", "cho biết")]


def test_and_then_a_verb_after_a_comma_is_the_same_speaker() -> None:
    said = _said(
        "Chủ tịch nước Đỗ Minh Khang nhấn mạnh quan hệ tốt đẹp giữa hai nước, trong đó có "
        "giáo dục và y tế và bày tỏ tin tưởng chuyến thăm sẽ thành công."
    )
    assert [s for s, _, _ in said] == ["Đỗ Minh Khang", "Đỗ Minh Khang"]


def test_both_sides_speak_jointly() -> None:
    said = _said("Hai bên nhất trí tăng cường hợp tác quốc phòng.")
    assert said == [(None, "nhất trí", "tăng cường hợp tác quốc phòng")]


# -- properties --------------------------------------------------------------------------------


_GLUE = st.sampled_from([";", ",", " và ", " rằng ", "“", ":", " cho biết ", " Ông "])


@given(unicode_texts(max_size=120), _GLUE, unicode_texts(max_size=40))
def test_statements_of_any_text_have_valid_offsets(a: str, glue: str, b: str) -> None:
    body = f"Đại sứ Anna Berg cho biết {a}{glue}{b}; Chủ tịch nước đề nghị {b}{glue}."
    text = f"{LEAD}\n{body}"
    for s in _statements(body):
        assert 0 <= s.start <= s.end <= len(text)
        assert s.text in text[s.start : s.end]
        assert s.text == s.text.strip()


@given(unicode_texts(max_size=200))
def test_the_finder_never_crashes_and_stays_inside_its_sentence(noise: str) -> None:
    text = f"Ông nêu rõ {noise}, tán thành; đánh giá cao {noise[:9]} và mời"
    view = ArticleView(annotate(text, PEOPLE))
    finder = finder_for(None)
    by_sentence = finder.find_all(view)
    for index, raws in by_sentence.items():
        sentence = view.sentences[index]
        for raw in raws:
            assert sentence.start <= raw.start <= raw.text_start <= raw.text_end <= sentence.end
    per_sentence = {
        i: finder.find(view, s) for i, s in enumerate(view.sentences) if finder.find(view, s)
    }
    assert per_sentence == by_sentence
