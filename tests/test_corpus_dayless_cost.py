"""The day-less pass reads a candidate report's roles (one query each) only after the cheap
tests: a leader with many reports beside other people must not cost one query per report.
Also the shared helpers the corpus passes use: one ``event_of``, one ``role_changes``."""

from __future__ import annotations

import pytest

from tests.corpus_helpers import report
from vndiplo.corpus import dayless, merge
from vndiplo.corpus.trip import role_changes, same_direction
from vndiplo.model import Document

HOST = ("Lâm Quốc Trung", "Thủ tướng", "VN", "host")
GUEST = ("Ingrid Halvorsen", "Thủ tướng Na Uy", "NO", "guest")


def _meeting_with(n: int) -> Document:
    """The host's meeting with someone else, each in its own month and city."""
    guest = (f"Pieter Van Dam{chr(97 + n)}", "Đại sứ Bỉ", "BE", "guest")
    day = f"2023-{1 + n % 12:02d}-{10 + n:02d}"
    return report(
        f"m-{n}", "Thủ tướng tiếp.", people=[HOST, guest], date=day, published=day, location="Huế"
    )


def test_roles_are_read_only_for_candidates_that_share_sides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real = dayless.roles_of

    def counting(conn: object, source_id: str) -> dict[str, str]:
        calls.append(source_id)
        return real(conn, source_id)  # type: ignore[arg-type]

    monkeypatch.setattr(dayless, "roles_of", counting)
    undated = report(
        "d-1",
        "Thủ tướng hội kiến Thủ tướng Na Uy.",
        people=[HOST, GUEST],
        date=None,
        published=None,
    )
    merge([*(_meeting_with(n) for n in range(12)), undated])
    # its own roles, never one read per meeting of the host with someone else
    assert len(calls) <= 2


@pytest.mark.parametrize(
    ("a", "b", "changes"),
    [
        ({"x": "host", "y": "guest"}, {"x": "guest", "y": "host"}, (True, False)),
        ({"x": "host", "y": "guest"}, {"x": "host", "y": "guest"}, (False, True)),
        ({"x": "host", "y": "host"}, {"x": "host", "y": "guest"}, (True, True)),
        ({"x": "participant"}, {"x": "participant"}, (False, False)),
    ],
)
def test_role_changes(a: dict[str, str], b: dict[str, str], changes: tuple[bool, bool]) -> None:
    assert role_changes(a, b) == changes
    assert same_direction(a, b) == (changes[1] and not changes[0])
