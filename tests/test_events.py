"""Unit and property tests of the events stage on hand-built documents (no upstream needed)."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from vndiplo_events import extract_events, vndiplo_register_lexicon
from vndiplo_events.sentences import split_sentences
from vndiplo_events.testing import annotate
from vndiplo_events.triggers import LEXICON_KIND, table_for

import vndiplo
from vndiplo.model import Block, Document
from vndiplo.registry import Context, Registry
from vndiplo.testing import unicode_texts


def _context(*extra: tuple[str, list[object]]) -> Context:
    registry = Registry()
    vndiplo_register_lexicon(registry.register)
    for kind, entries in extra:
        registry.register(kind, entries)
    return Context(registry=registry)


PEOPLE = {
    "Tô Lâm": {"titles": ["Tổng Bí thư"], "country": "VN"},
    "Trần Cương": {
        "titles": ["Bí thư Đảng ủy Khu tự trị dân tộc Choang Quảng Tây"],
        "country": "CN",
    },
}


# -- triggers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "sẽ tiếp tục hợp tác",
        "tiếp thu ý kiến",
        "tăng cường tiếp xúc",
        "tiếp cận thị trường",
        "đón nhận tin vui",
        "các dự án lớn",
        "dự kiến tăng",
        "dự báo thời tiết",
        "gặp khó khăn",
        "ký ức chiến tranh",
        "thăm dò dư luận",
        "trực tiếp khảo cứu",
        "vinh dự được mời",
        "Tổng Thư ký Liên hợp quốc",
        "đăng ký kết hôn",
        "lá thăm may rủi",
    ],
)
def test_false_triggers_are_not_events(phrase: str) -> None:
    hits = list(table_for(None).find(phrase))
    assert hits == []


@pytest.mark.parametrize(
    ("phrase", "kind", "cameo"),
    [
        ("đã tiếp", "reception", "043"),
        ("tiếp xã giao", "reception", "043"),
        ("đã đón", "reception", "043"),
        ("hội kiến với", "meeting", "040"),
        ("gặp gỡ", "meeting", "040"),
        ("hội đàm với", "talks", "046"),
        ("hội đàm trực tuyến với", "phone_call", "041"),
        ("điện đàm với", "phone_call", "041"),
        ("gọi điện cho", "phone_call", "041"),
        ("thăm và làm việc tại", "visit", "042"),
        ("tham dự", "attend", None),
        ("ký kết", "signing", "057"),
        ("gửi điện mừng", "message", None),
    ],
)
def test_trigger_table(phrase: str, kind: str, cameo: str | None) -> None:
    hit = next(table_for(None).find(phrase))
    assert (hit.trigger.type, hit.trigger.cameo) == (kind, cameo)


def test_triggers_are_extendable_and_cached_per_registry_version() -> None:
    ctx = _context()
    first = table_for(ctx.registry)
    assert table_for(ctx.registry) is first
    assert list(first.find("Bộ trưởng tiếp kiến đặc phái viên")) != []
    ctx.registry.register(LEXICON_KIND, [("chủ trì đón", "reception", "043"), ("tiếp kiến", None)])
    second = table_for(ctx.registry)
    assert second is not first
    assert list(second.find("tiếp kiến")) == []
    with pytest.raises(ValueError):
        table_for(_context((LEXICON_KIND, [("x", "party")])).registry)


def test_user_trigger_reaches_the_events() -> None:
    doc = annotate(
        "Sáng 2/3, Tổng Bí thư Tô Lâm đã tọa đàm với đồng chí Trần Cương.",
        PEOPLE,
        [("Sáng 2/3", "2025-03-02", "morning")],
    )
    assert extract_events(doc, _context()) == []
    ctx = _context((LEXICON_KIND, [{"phrase": "tọa đàm", "type": "talks", "cameo": "046"}]))
    (event,) = extract_events(doc, ctx)
    assert (event.type, event.trigger, event.cameo) == ("talks", "tọa đàm", "046")


# -- sentences ----------------------------------------------------------------------------


def test_sentences_do_not_break_on_abbreviations_or_numbers() -> None:
    text = "Tại TP. Hồ Chí Minh, tăng 16,4%. Ngày 2/9 đã gặp.\nDòng mới"
    spans = [text[s.start : s.end] for s in split_sentences(text, [(0, len(text))])]
    assert spans == ["Tại TP. Hồ Chí Minh, tăng 16,4%.", "Ngày 2/9 đã gặp.", "Dòng mới"]


# -- events -------------------------------------------------------------------------------


def test_backreferences_add_statements_not_events() -> None:
    text = (
        "Chiều 18/2, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm đã tiếp đồng chí Trần Cương.\n"
        "Buổi tiếp diễn ra nhân dịp đồng chí Trần Cương thăm Việt Nam.\n"
        "Tại cuộc tiếp, Tổng Bí thư Tô Lâm đề nghị tăng cường hợp tác kinh tế - thương mại, "
        "du lịch; mong muốn đẩy mạnh giao lưu nhân dân.\n"
        "Đồng chí Trần Cương cảm ơn và khẳng định Quảng Tây coi trọng hợp tác về y tế."
    )
    doc = annotate(text, PEOPLE, [("Chiều 18/2", "2025-02-18", "afternoon")])
    events = extract_events(doc, _context())
    main = events[0]
    assert [e.type for e in events].count("reception") == 1
    assert main.occasion == "nhân dịp đồng chí Trần Cương thăm Việt Nam"
    said = [(s.speaker, s.verb) for s in main.statements]
    assert said == [
        ("Tô Lâm", "đề nghị"),
        ("Tô Lâm", "mong muốn"),
        # "cảm ơn và khẳng định X": two verbs over one complement are one statement
        ("Trần Cương", "cảm ơn"),
    ]
    for s in main.statements:
        assert s.text in doc.text[s.start : s.end]
    assert main.topics == ("kinh tế - thương mại", "du lịch", "giao lưu nhân dân", "y tế")
    visit = next(e for e in events if e.type == "visit")
    assert not visit.referenced
    assert [p.name for p in visit.participants] == ["Trần Cương"]


def test_title_speaker_and_extendable_topics() -> None:
    text = (
        "Chiều 18/2, Tổng Bí thư Tô Lâm đã tiếp đồng chí Trần Cương. "
        "Về hợp tác, Tổng Bí thư đề nghị hai bên đẩy mạnh hợp tác về bóng bàn."
    )
    doc = annotate(text, PEOPLE, [("Chiều 18/2", "2025-02-18", "afternoon")])
    ctx = _context(("events.topics", [{"topic": "thể thao", "phrases": ["bóng bàn"]}]))
    main = extract_events(doc, ctx)[0]
    assert [(s.speaker, s.verb) for s in main.statements] == [("Tô Lâm", "đề nghị")]
    assert main.topics == ("thể thao",)


def test_referenced_visit_is_never_main() -> None:
    text = (
        "Sau chuyến thăm chính thức Trung Quốc của Tổng Bí thư Tô Lâm (30/10 - 01/11/2022), "
        "quan hệ phát triển tốt đẹp. Chiều 31/3, Tổng Bí thư Tô Lâm đã tiếp đồng chí Trần Cương."
    )
    doc = annotate(
        text,
        PEOPLE,
        [
            ("30/10 - 01/11/2022", "2022-10-30/2022-11-01"),
            ("Chiều 31/3", "2023-03-31", "afternoon"),
        ],
    )
    events = extract_events(doc, _context())
    assert events[0].type == "reception" and events[0].date == "2023-03-31"
    ref = next(e for e in events if e.referenced)
    assert (ref.type, ref.date) == ("visit", "2022-10-30/2022-11-01")
    assert [(p.name, p.role) for p in ref.participants] == [("Tô Lâm", "guest")]


def test_same_day_and_secondary_events() -> None:
    text = (
        "Sáng 14/5, tại Trụ sở Chính phủ, Tổng Bí thư Tô Lâm tiếp đồng chí Trần Cương. "
        "Chiều cùng ngày, đồng chí Trần Cương đã tham dự Hội chợ Biên giới tại Hà Nội."
    )
    doc = annotate(text, PEOPLE, [("Sáng 14/5", "2025-05-14", "morning")])
    events = extract_events(doc, _context())
    assert events[0].type == "reception"
    attend = events[1]
    assert (attend.type, attend.date, attend.part_of_day, attend.location) == (
        "attend",
        "2025-05-14",
        "afternoon",
        "Hà Nội",
    )


def test_main_event_date_falls_back_to_previous_sentence() -> None:
    text = "Ngày 5/3, đoàn đến Hà Nội. Tổng Bí thư Tô Lâm đã tiếp đồng chí Trần Cương."
    doc = annotate(text, PEOPLE, [("Ngày 5/3", "2025-03-05")])
    assert extract_events(doc, _context())[0].date == "2025-03-05"


def test_programme_name_is_not_a_meeting() -> None:
    text = "Hai bên nhất trí tổ chức tốt Chương trình Gặp gỡ đầu Xuân giữa các Bí thư."
    assert extract_events(annotate(text), _context()) == []


def test_nothing_from_boilerplate() -> None:
    text = "Tin cùng chuyên mục\nTổng Bí thư Tô Lâm tiếp đồng chí Trần Cương."
    doc = annotate(text, PEOPLE)
    doc = attrs.evolve(doc, blocks=[Block(0, 18, "body"), Block(19, len(text), "boilerplate")])
    assert extract_events(doc, _context()) == []


def test_nfd_text_keeps_offsets_into_the_original() -> None:
    import unicodedata

    text = unicodedata.normalize(
        "NFD", "Chiều 18/2, Tổng Bí thư Tô Lâm đã tiếp đồng chí Trần Cương, nhấn mạnh hợp tác."
    )
    people = {unicodedata.normalize("NFD", k): v for k, v in PEOPLE.items()}
    doc = annotate(text, people, [(unicodedata.normalize("NFD", "Chiều 18/2"), "2025-02-18")])
    (event,) = extract_events(doc, _context())
    assert event.type == "reception"
    assert len(event.participants) == 2
    assert doc.text[event.evidence.start : event.evidence.end] == text.rstrip(".") + "."


def test_runner_registers_the_plugin() -> None:
    runner = vndiplo.Runner()
    assert runner.pm.get_plugin("events") is not None
    assert runner.context.registry.get(LEXICON_KIND)


# -- properties ---------------------------------------------------------------------------


@given(unicode_texts())
def test_any_text_gives_valid_events(text: str) -> None:
    doc = Document(text=text)
    for event in extract_events(doc, _context()):
        assert 0 <= event.evidence.start <= event.evidence.end <= len(text)
        for s in event.statements:
            assert 0 <= s.start <= s.end <= len(text)


_PIECES = st.sampled_from(
    [
        "Chiều 18/2, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp đồng chí Trần Cương. ",
        "Tổng Bí thư Tô Lâm đề nghị hợp tác du lịch; ",
        "đồng chí Trần Cương hội đàm với Tổng Bí thư Tô Lâm ",
        "Tin liên quan\n",
        "\u00a0",
        "\n",
        "dự án",
        "(",
        "tại ",
        "nhân dịp ",
    ]
)


@given(st.lists(st.one_of(_PIECES, unicode_texts(20)), max_size=12), st.data())
def test_events_only_inside_body_blocks(parts: list[str], data: st.DataObject) -> None:
    text = "".join(parts)
    cut = data.draw(st.integers(0, len(text)))
    doc = annotate(text, PEOPLE)
    doc = attrs.evolve(doc, blocks=[Block(0, cut, "boilerplate"), Block(cut, len(text), "body")])
    for event in extract_events(doc, _context()):
        assert cut <= event.evidence.start <= event.evidence.end <= len(text)
        for s in event.statements:
            assert cut <= s.start <= s.end <= len(text)
