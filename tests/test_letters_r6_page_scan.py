"""When a page holds a letter (review 2, #11 and #13; pages written for these tests).

* News tells of letters all the time ("đã gửi thư cảm ơn"): such a tell far above a
  first-person closing makes no letter, so a related headline "<Name> <Office>" under an
  interview's last answer is no signature. Right above the closing, or on a page that salutes
  or closes as a letter does, it still does.
* The page's letter marks are found once per page, not once per short line: a long
  interview of short lines stays linear.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import vndiplo.letters as letters
from vndiplo import Runner
from vndiplo.letters import is_letter

_RUNNER = Runner()

_TOLD_FAR_ABOVE = (
    "Tháng trước, Sở Văn hóa đã gửi thư cảm ơn các nhà tài trợ của lễ hội.\n"
    "Lễ hội năm nay thu hút hơn năm nghìn khách tới tham quan.\n"
    "Nhiều gian hàng giới thiệu ẩm thực của hai nước.\n"
    "Các nghệ sĩ biểu diễn đến tối muộn trên sân khấu chính.\n"
)
_LAST_ANSWER = "Chúng tôi sẽ tổ chức lễ hội lớn hơn vào năm sau.\n"
_HEADLINE = "Kofi Mensah Đại sứ Ghana tại Việt Nam"


def test_a_letter_told_of_far_above_makes_no_signature() -> None:
    doc = _RUNNER.run(_TOLD_FAR_ABOVE + _LAST_ANSWER + _HEADLINE)
    assert "Kofi Mensah" not in {p.name for p in doc.people}
    # the page's own letter is an event; the headline's man is in none
    assert all("Kofi Mensah" not in {p.name for p in e.participants} for e in doc.events)
    assert not is_letter(_LAST_ANSWER.strip(), _TOLD_FAR_ABOVE)


@pytest.mark.parametrize(
    "page",
    [
        # told right above the closing
        "Lễ hội năm nay thu hút hơn năm nghìn khách.\n"
        "Sau lễ hội, ông Mensah gửi thư tới ban tổ chức.\n",
        # told far above, on a page that salutes as a letter does
        "Kính gửi ban tổ chức lễ hội và các bạn.\n" + _TOLD_FAR_ABOVE,
        # told far above, closed with a formula inside a line
        _TOLD_FAR_ABOVE.replace("tới tham quan.", "tới tham quan, trân trọng."),
    ],
)
def test_a_letter_told_near_or_with_a_formula_holds(page: str) -> None:
    assert is_letter(_LAST_ANSWER.strip(), page)


class _Counting:
    """A compiled pattern that counts the scans of a page."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scans = 0

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        self.scans += 1
        return self.pattern.search(text, *args)

    def finditer(self, text: str, *args: Any) -> Any:
        self.scans += 1
        return self.pattern.finditer(text, *args)


def test_a_long_interview_is_scanned_for_letter_marks_once(monkeypatch: Any) -> None:
    lines = []
    for k in range(30):
        lines.append(f"Tôi nghĩ rằng dự án số {k} đã đi đúng hướng.")
        lines.append(f"Câu hỏi {k}")
    counting = _Counting(letters._TELLS)
    monkeypatch.setattr(letters, "_TELLS", counting)
    doc = _RUNNER.run("\n".join(lines))
    assert len(doc.body_blocks) == 60  # every short line was asked about
    assert not any(e.type == "message" for e in doc.events)
    assert counting.scans <= 1
