"""An undated main event and the dates of other sentences, each construction in invented words:
a later date written inside another event's phrase (an earlier trip, an old signing) is that
event's, never the main one's; a later date that opens a clause sets a scene the main event may
share."""

from __future__ import annotations

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

PEOPLE = {
    "Đào Văn Khiêm": {"titles": ["Thủ tướng"], "country": "VN"},
    "Piotr Nowacki": {"titles": ["Thủ tướng Ba Lan"], "country": "PL"},
}
OPENING = (
    "Sau lễ đón, Thủ tướng Đào Văn Khiêm và Thủ tướng Ba Lan Piotr Nowacki đã tiến hành hội "
    "đàm. Cuộc hội đàm diễn ra trong không khí thân mật."
)


@pytest.mark.parametrize(
    ("later", "phrase", "value"),
    [
        # another, earlier trip: the date sits in that trip's phrase
        (
            "Trong chuyến thăm Ba Lan hôm 12/4, Thủ tướng Đào Văn Khiêm nói về hai nước.",
            "hôm 12/4",
            "--04-12",
        ),
        (
            "Hai bên nhắc lại kết quả chuyến thăm Ba Lan ngày 12-4 của Thủ tướng Đào Văn Khiêm.",
            "ngày 12-4",
            "--04-12",
        ),
        # an old agreement the new text amends: "ký ngày ..." dates that signing
        (
            "Hai Thủ tướng chứng kiến lễ ký Nghị định thư sửa đổi Hiệp định về hợp tác giáo dục "
            "ký ngày 3.5.2011 giữa hai Chính phủ.",
            "ngày 3.5.2011",
            "2011-05-03",
        ),
        (
            "Hai bên cũng rà soát Hiệp định thương mại được ký kết vào ngày 20/11/2009.",
            "ngày 20/11/2009",
            "2009-11-20",
        ),
    ],
)
def test_a_later_date_inside_another_events_phrase_is_not_borrowed(
    later: str, phrase: str, value: str
) -> None:
    text = f"{OPENING}\n{later}"
    main = extract_events(annotate(text, PEOPLE, [(phrase, value)]))[0]
    assert main.type == "talks"
    assert main.date is None


def test_a_later_date_opening_a_clause_still_dates_the_undated_event() -> None:
    later = "Cũng trong chiều 12/4, Thủ tướng Ba Lan Piotr Nowacki thăm Văn Miếu."
    text = f"{OPENING}\n{later}"
    main = extract_events(annotate(text, PEOPLE, [("chiều 12/4", "2025-04-12", "afternoon")]))[0]
    assert main.type == "talks"
    assert main.date == "2025-04-12"
