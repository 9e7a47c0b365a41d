"""A working session's receivers listed after "có" leave the session the main event (round 17).

"X làm việc với Đại sứ quán ... Tiếp và làm việc với đoàn có Đại sứ B." names who received the
session (README round 6 X14, V11): the session stays the news. A receiving clause told after a
comma ("Tiếp và làm việc với đoàn, Đại sứ B cho biết ...") is the reception itself. Found by the
round's transfer check; invented wordings.
"""

from __future__ import annotations

from tests.heldout_helpers import main

LEAD = (
    "Tiếp tục chuyến công tác tại Hàn Quốc, chiều 12-9, Bí thư Tỉnh ủy Nguyễn Văn Thọ dẫn đầu"
    " đoàn công tác của tỉnh Bình Sơn làm việc với Đại sứ quán Việt Nam tại Hàn Quốc."
)
AFTER = (
    "Tại buổi làm việc, Đại sứ giới thiệu về tình hình cộng đồng người Việt Nam đang học tập,"
    " làm việc và sinh sống tại Hàn Quốc."
)


def test_receivers_listed_after_co_keep_the_session() -> None:
    e = main(
        LEAD,
        "Tiếp và làm việc với đoàn có Đại sứ đặc mệnh toàn quyền Việt Nam tại Hàn Quốc Trần Minh"
        " Hải.",
        AFTER,
        published=None,
    )
    assert e.type == "meeting"


def test_receiving_clause_after_a_comma_is_the_reception() -> None:
    e = main(
        LEAD,
        "Tiếp và làm việc với đoàn, Đại sứ đặc mệnh toàn quyền Việt Nam tại Hàn Quốc Trần Minh Hải"
        " chúc mừng những kết quả phát triển của tỉnh Bình Sơn.",
        AFTER,
        published=None,
    )
    assert e.type == "reception"
