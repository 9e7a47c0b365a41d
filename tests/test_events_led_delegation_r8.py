"""The head of a delegation a meeting's sentence names ("đoàn ... do B dẫn đầu") travelled: B is
the guest, the other side the host, whatever the outlet's side. Invented sentences."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, titled

from vndiplo.model import Event

_PEOPLE = titled(
    {
        "Hoàng Văn Lộc": ("Tổng Bí thư", "VN"),
        "Claire Dubois": ("Bí thư Toàn quốc", "FR"),
        "Lò Văn Chung": ("Bí thư Tỉnh ủy", "VN"),
        "Khamphan Sitha": ("Tỉnh trưởng", "LA"),
        "Lee Jun Ho": ("Bộ trưởng", "KR"),
        "Đặng Quốc Hưng": ("Bộ trưởng", "VN"),
    }
)


def _roles(text: str) -> dict[str, str]:
    main: Event = extract_events(annotate(text, _PEOPLE, []))[0]
    return {p.name: p.role for p in main.participants}


def test_a_party_delegation_met_in_the_framed_clause() -> None:
    roles = _roles(
        "Trong cuộc gặp đoàn đại biểu Đảng Cộng sản Pháp do Bí thư Toàn quốc Claire Dubois dẫn "
        "đầu, Tổng Bí thư Hoàng Văn Lộc khẳng định quan hệ hai Đảng ngày càng bền chặt."
    )
    assert roles == {"Claire Dubois": "guest", "Hoàng Văn Lộc": "host"}


def test_a_provincial_delegation_with_a_head_of_delegation() -> None:
    roles = _roles(
        "Bí thư Tỉnh ủy Lò Văn Chung đã gặp đoàn công tác tỉnh Luang Prabang do Tỉnh trưởng "
        "Khamphan Sitha làm trưởng đoàn."
    )
    assert roles == {"Khamphan Sitha": "guest", "Lò Văn Chung": "host"}


def test_a_ministers_delegation_abroad_holds_talks() -> None:
    roles = _roles(
        "Đoàn Bộ Quốc phòng Việt Nam do Bộ trưởng Đặng Quốc Hưng dẫn đầu đã hội đàm với Bộ "
        "trưởng Lee Jun Ho."
    )
    assert roles == {"Đặng Quốc Hưng": "guest", "Lee Jun Ho": "host"}


def test_two_delegations_led_say_nothing_of_who_travelled() -> None:
    # near miss: both sides lead a delegation
    roles = _roles(
        "Đoàn Việt Nam do Bộ trưởng Đặng Quốc Hưng dẫn đầu và đoàn Hàn Quốc do Bộ trưởng Lee "
        "Jun Ho dẫn đầu đã hội đàm."
    )
    assert "host" not in roles.values()


def test_a_reason_clause_with_do_is_no_delegation() -> None:
    # near miss: "do" as "because", no delegation
    roles = _roles(
        "Bộ trưởng Đặng Quốc Hưng đã gặp Bộ trưởng Lee Jun Ho, do Bộ trưởng Lee Jun Ho dẫn đầu "
        "nhóm công tác về an ninh mạng."
    )
    assert "host" not in roles.values()
