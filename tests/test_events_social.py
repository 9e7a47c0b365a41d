"""Social encounters of two principals, in invented words: a tea, a walk, a working breakfast,
a banquet. Both principals take part; the one who invites or holds the banquet hosts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate
from vndiplo_events.testing import roles as _roles

from vndiplo.model import Span

PEOPLE: Mapping[str, Any] = {
    "Đoàn Minh Khang": {"titles": ["Tổng Bí thư"], "country": "VN"},
    "Lars Holmberg": {"titles": ["Thủ tướng Thụy Điển"], "country": "SE"},
}
DATE = [("ối 14/11", "2025-11-14", "evening")]
BOTH = [("Lars Holmberg", "participant"), ("Đoàn Minh Khang", "participant")]
HOSTED = [("Lars Holmberg", "guest"), ("Đoàn Minh Khang", "host")]


def _spans(text: str, needle: str) -> list[Span]:
    out, at = [], text.find(needle)
    while at != -1:
        out.append(Span(at, at + len(needle)))
        at = text.find(needle, at + 1)
    return out


def _main(text: str) -> Any:
    events = extract_events(annotate(text, PEOPLE, DATE))
    assert events, text
    return events[0]


@pytest.mark.parametrize(
    "verb",
    [
        "đã thưởng trà",
        "cùng đi dạo quanh hồ Trúc Bạch",
        "ăn sáng làm việc",
        "có buổi tiếp xúc thân mật",
    ],
)
def test_two_principals_together_meet(verb: str) -> None:
    main = _main(
        f"Tối 14/11, Tổng Bí thư Đoàn Minh Khang và Thủ tướng Thụy Điển Lars Holmberg {verb}."
    )
    assert main.type == "meeting"
    assert _roles(main) == BOTH


def test_a_walk_with_the_other_principal_after_cung() -> None:
    main = _main(
        "Tối 14/11, Tổng Bí thư Đoàn Minh Khang đã cùng Thủ tướng Thụy Điển Lars Holmberg đi dạo "
        "và thưởng trà."
    )
    assert main.type == "meeting"
    assert _roles(main) == BOTH


@pytest.mark.parametrize("verb", ["dự tiệc trà", "thưởng trà", "ăn trưa làm việc", "đi dạo"])
def test_the_one_who_invites_hosts(verb: str) -> None:
    main = _main(
        f"Tối 14/11, Tổng Bí thư Đoàn Minh Khang mời Thủ tướng Thụy Điển Lars Holmberg {verb} tại "
        "Nhà sàn Bác Hồ."
    )
    assert main.type == "reception"
    assert _roles(main) == HOSTED
    assert main.location == "Nhà sàn Bác Hồ"
    assert main.date == "2025-11-14"  # "mời" is the event's own verb, no reporting verb


@pytest.mark.parametrize(
    "verb", ["chủ trì tiệc chiêu đãi", "mở tiệc chiêu đãi trọng thể", "chiêu đãi"]
)
def test_who_holds_the_banquet_hosts(verb: str) -> None:
    main = _main(
        f"Tối 14/11, Tổng Bí thư Đoàn Minh Khang {verb} Thủ tướng Thụy Điển Lars Holmberg."
    )
    assert main.type == "reception"
    assert _roles(main) == HOSTED


def test_attending_a_banquet_held_by_the_other() -> None:
    main = _main(
        "Tối 14/11, Thủ tướng Thụy Điển Lars Holmberg dự tiệc chiêu đãi do Tổng Bí thư Đoàn Minh "
        "Khang chủ trì."
    )
    assert main.type == "reception"
    assert _roles(main) == HOSTED


def test_a_banquet_attended_with_no_host_named_is_attendance() -> None:
    main = _main("Tối 14/11, Thủ tướng Thụy Điển Lars Holmberg dự tiệc chiêu đãi tại Hà Nội.")
    assert main.type == "attend"
    assert _roles(main) == [("Lars Holmberg", "participant")]


def test_a_banquet_of_two_with_no_host_named_is_a_meeting() -> None:
    main = _main(
        "Tối 14/11, tiệc chiêu đãi Tổng Bí thư Đoàn Minh Khang và Thủ tướng Thụy Điển Lars "
        "Holmberg đã diễn ra tại Hà Nội."
    )
    assert main.type == "meeting"
    assert _roles(main) == BOTH


def test_an_invitation_noun_is_no_host() -> None:
    main = _main(
        "Tối 14/11, theo lời mời của Tổng Bí thư Đoàn Minh Khang, Thủ tướng Thụy Điển Lars "
        "Holmberg đã thưởng trà."
    )
    assert main.type == "meeting"


def test_spouses_beside_both_principals_attending_a_tea() -> None:
    """ "Phu nhân dự tiệc trà" is no "nhân dự" frame (on the occasion of attending)."""
    main = _main(
        "Trong chương trình chuyến thăm chính thức Thụy Điển, tối 14/11, tại Cung điện "
        "Rosenbad, Tổng Bí thư Đoàn Minh Khang và Phu nhân cùng Thủ tướng Thụy Điển Lars Holmberg "
        "và Phu nhân dự tiệc trà và thưởng thức âm nhạc."
    )
    assert main.type == "meeting"
    assert {name for name, _ in _roles(main)} == {"Đoàn Minh Khang", "Lars Holmberg"}
    assert main.location == "Cung điện Rosenbad"


def test_an_invitation_to_tea_is_the_main_event_not_a_later_meeting() -> None:
    text = (
        "Theo phóng viên thường trú, trong khuôn khổ chuyến thăm chính thức Thụy Điển, tối "
        "14/11, Thủ tướng Thụy Điển Lars Holmberg đã mời Tổng Bí thư Đoàn Minh Khang thưởng trà "
        "tại Cung điện Rosenbad.\nTrong không khí thân tình, Thủ tướng Thụy Điển Lars Holmberg "
        "và Tổng Bí thư Đoàn Minh Khang chia sẻ niềm vui được gặp nhau."
    )
    main = _main(text)
    assert main.type == "reception"
    assert main.date == "2025-11-14"
    assert _roles(main) == [("Lars Holmberg", "host"), ("Đoàn Minh Khang", "guest")]


def test_a_spouse_named_by_her_title_alone_is_no_side() -> None:
    """The titles stage resolves a bare "Phu nhân" to the spouse; after "và" she is no side."""
    people = {**PEOPLE, "Hồ Thanh Mai": {"titles": ["Phu nhân"], "country": "VN"}}
    text = (
        "Tối 14/11, Phu nhân Hồ Thanh Mai đến Stockholm. Tối 14/11, Tổng Bí thư Đoàn Minh Khang "
        "và Phu nhân cùng Thủ tướng Thụy Điển Lars Holmberg và Phu nhân đi dạo trong vườn."
    )
    doc = annotate(text, people, [("ối 14/11", "2025-11-14", "evening", 1)])
    # every "Phu nhân" is a mention of the spouse, as the titles stage makes it
    spouse = next(p for p in doc.people if p.name == "Hồ Thanh Mai")
    bare = _spans(text, "Phu nhân")
    persons = [
        attrs.evolve(p, mentions=[*p.mentions, *bare]) if p is spouse else p for p in doc.people
    ]
    doc = attrs.evolve(doc, people=persons)
    walk = next(e for e in extract_events(doc) if e.trigger == "đi dạo")
    assert _roles(walk) == BOTH
