"""Who hosts a banquet: the one who holds it ("chủ trì / mở tiệc / thết đãi + chiêu đãi / quốc
yến"), and, when the banquet is only the setting ("Phát biểu tại chiêu đãi, A ..."), the side
that did not travel. All sentences are invented."""

from __future__ import annotations

import pytest

from vndiplo import Runner

RUNNER = Runner()
FILLER = " Hai bên trao đổi về hợp tác song phương trong nhiều lĩnh vực."


def _main(sentence: str) -> tuple[str, dict[str, str]]:
    doc = RUNNER.run({"id": "b", "text": "Tin thời sự\n" + sentence + FILLER + "\n"})
    assert doc.events, "the sentence should give an event"
    event = doc.events[0]
    return event.type, {p.name: p.role for p in event.participants}


HOSTED = [
    "Tối 12/1, tại Phủ Chủ tịch, Chủ tịch nước Lê Minh Quang chủ trì tiệc chiêu đãi trọng thể "
    "Tổng thống Kenya Daniel Mwangi.",
    "Tối 12/1, Chủ tịch nước Lê Minh Quang và Phu nhân chủ trì chiêu đãi trọng thể Tổng thống "
    "Kenya Daniel Mwangi và Phu nhân.",
    "Tối 5/3, Thủ tướng Lê Minh Quang mở tiệc chiêu đãi Thủ tướng Kenya Daniel Mwangi.",
    "Tối 5/3, Thủ tướng Lê Minh Quang thết đãi Thủ tướng Kenya Daniel Mwangi.",
    "Tối 5/3, Thủ tướng Lê Minh Quang thiết đãi Tổng thống Kenya Daniel Mwangi tại nhà riêng.",
    "Tối 5/3, Chủ tịch nước Lê Minh Quang chủ trì quốc yến chào mừng Tổng thống Kenya Daniel "
    "Mwangi.",
    "Tối 5/3, Chủ tịch nước Lê Minh Quang đã chủ trì tiệc chiêu đãi cấp Nhà nước trọng thể chào "
    "mừng Tổng thống Kenya Daniel Mwangi thăm chính thức Việt Nam.",
    "Tối 12/1, Tổng thống Kenya Daniel Mwangi dự quốc yến do Chủ tịch nước Lê Minh Quang chủ trì.",
    "Tối 12/1, Tổng thống Kenya Daniel Mwangi dự tiệc chiêu đãi do Chủ tịch nước Lê Minh Quang "
    "chủ trì.",
]


@pytest.mark.parametrize("sentence", HOSTED)
def test_the_one_who_holds_the_banquet_hosts(sentence: str) -> None:
    assert _main(sentence) == ("reception", {"Lê Minh Quang": "host", "Daniel Mwangi": "guest"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Phát biểu tại tiệc chiêu đãi, Chủ tịch nước Lê Minh Quang nhấn mạnh, Tổng thống Daniel "
        "Mwangi và đoàn đại biểu cấp cao Kenya thăm cấp Nhà nước tới Việt Nam mang tình cảm hữu "
        "nghị.",
        # the visitor speaks first: still the guest
        "Phát biểu tại chiêu đãi, Tổng thống Daniel Mwangi cảm ơn Chủ tịch nước Lê Minh Quang. "
        "Tổng thống Daniel Mwangi đang thăm cấp Nhà nước Việt Nam.",
    ],
)
def test_at_a_banquet_the_visitor_is_the_guest(sentence: str) -> None:
    _type, roles = _main(sentence)
    assert roles == {"Lê Minh Quang": "host", "Daniel Mwangi": "guest"}


# --- near-misses --------------------------------------------------------------------------


def test_a_banquet_as_setting_with_no_visit_names_no_host() -> None:
    # nothing says who travelled: neither is the host (the speaker is no host by his place)
    sentence = (
        "Phát biểu tại chiêu đãi, Chủ tịch nước Lê Minh Quang nhấn mạnh, Tổng thống Daniel "
        "Mwangi là người bạn lớn."
    )
    _type, roles = _main(sentence)
    assert "host" not in roles.values()


def test_a_fronted_reception_verb_still_splits_at_the_comma() -> None:
    # "Tiếp X, A khẳng định ...": the object is named before the comma, the subject after
    sentence = (
        "Tiếp Tổng thống Kenya Daniel Mwangi, Chủ tịch nước Lê Minh Quang khẳng định, hai nước "
        "là bạn lớn."
    )
    assert _main(sentence) == ("reception", {"Lê Minh Quang": "host", "Daniel Mwangi": "guest"})


def test_a_banquet_naming_both_with_no_host_is_a_meeting() -> None:
    sentence = (
        "Tiệc chiêu đãi Tổng thống Daniel Mwangi và Chủ tịch nước Lê Minh Quang diễn ra ấm cúng."
    )
    assert _main(sentence)[0] == "meeting"


def test_the_dish_served_is_no_banquet() -> None:
    # "đãi" alone (to treat someone to a dish) is no banquet trigger
    doc = RUNNER.run(
        {
            "id": "b",
            "text": "Tin thời sự\nNgười dân địa phương đãi khách món cá nướng truyền thống "
            "trong mùa lễ hội năm nay." + FILLER + "\n",
        }
    )
    assert not any(e.type == "reception" for e in doc.events)
