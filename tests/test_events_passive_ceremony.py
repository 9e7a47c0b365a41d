"""A welcome ceremony told in the passive, in invented words: "lễ đón ... được tổ chức tại X"
names no side; the host is who the next sentence says attended ("Dự lễ đón có A"), the guest
the head of the welcomed delegation ("đoàn ... do B làm trưởng đoàn")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.passive import is_passive_ceremony, passive_sides
from vndiplo_events.testing import annotate, roles
from vndiplo_events.triggers import TriggerHit, table_for
from vndiplo_events.view import ArticleView

PEOPLE: Mapping[str, Any] = {
    "Lương Đức Hòa": {"titles": ["Thượng tướng"], "country": "VN"},
    "Arvid Lindqvist": {"titles": ["Đô đốc"], "country": "SE"},
}
DATE = [("Sáng 12/4", "--04-12", "morning")]

PASSIVE = (
    "Sáng 12/4, lễ đón chính thức Đoàn Hải quân Hoàng gia Thụy Điển đã được tổ chức trọng thể"
    " tại Học viện Hải quân Nha Trang. Dự lễ đón có Thượng tướng Lương Đức Hòa cùng nhiều sĩ"
    " quan cao cấp. Sau lễ đón, hai bên trao đổi với đoàn Hải quân Hoàng gia Thụy Điển do Đô"
    " đốc Arvid Lindqvist làm trưởng đoàn."
)


def test_passive_ceremony_is_the_main_reception_with_both_sides_and_its_place() -> None:
    event = extract_events(annotate(PASSIVE, PEOPLE, DATE))[0]
    assert event.type == "reception"
    assert "đón" in event.trigger
    assert event.location == "Học viện Hải quân Nha Trang"
    assert roles(event) == [("Arvid Lindqvist", "guest"), ("Lương Đức Hòa", "host")]


def test_ceremony_that_took_place_is_reported_too() -> None:
    text = PASSIVE.replace("đã được tổ chức trọng thể", "đã diễn ra")
    event = extract_events(annotate(text, PEOPLE, DATE))[0]
    assert event.type == "reception" and event.location == "Học viện Hải quân Nha Trang"
    assert ("Lương Đức Hòa", "host") in roles(event)


def _ceremony(text: str) -> tuple[ArticleView, int, TriggerHit]:
    view = ArticleView(annotate(text, PEOPLE, DATE))
    hit = next(h for h in table_for(None).find(view.text) if h.trigger.phrase == "lễ đón")
    index = next(i for i, s in enumerate(view.sentences) if s.start <= hit.start < s.end)
    return view, index, hit


@pytest.mark.parametrize(
    "text",
    [
        # the ceremony is the object of a clause of its own sentence
        "Sáng 12/4, Thượng tướng Lương Đức Hòa nhắc lại rằng lễ đón năm trước đã được tổ chức.",
        # no passive verb: a back-reference ("lễ đón chính thức ấy kéo dài nửa giờ")
        "Sáng 12/4, lễ đón chính thức kéo dài nửa giờ tại Học viện Hải quân Nha Trang.",
        # nothing tells who attended: the ceremony only opens the account of what follows
        "Sáng 12/4, lễ đón chính thức đoàn Hải quân Thụy Điển đã diễn ra tại Nha Trang. Sau lễ"
        " đón, Thượng tướng Lương Đức Hòa tiếp Đô đốc Arvid Lindqvist.",
    ],
)
def test_ceremony_that_is_no_passive_opening(text: str) -> None:
    view, index, hit = _ceremony(text)
    assert not is_passive_ceremony(view.lower, view.sentences[index], hit)


def test_head_of_another_delegation_and_a_unnamed_attendance_give_no_side() -> None:
    text = PASSIVE.replace(
        "với đoàn Hải quân Hoàng gia Thụy Điển do", "với đoàn Cảnh sát biển Na Uy do"
    ).replace("Thượng tướng Lương Đức Hòa cùng nhiều", "nhiều")
    view, index, hit = _ceremony(text)
    assert is_passive_ceremony(view.lower, view.sentences[index], hit)
    assert passive_sides(view, view.sentences, index, hit) == ((), ())
