"""Act words outside the round-7 vocabulary, each family in invented sentences at several levels
(state, ministry, province, party, parliament) with near misses where the word is no act:

- a meeting held at a distance ("trao đổi trực tuyến với", "hội đàm qua video", "gặp gỡ theo
  hình thức trực tuyến với", "nói chuyện qua điện thoại với") is a `phone_call`; a remote
  session with many parties, a count of them or the public is none;
- an entry in a condolence book ("viết sổ tang chia buồn", "ghi vào sổ chia buồn") is a
  `message`, and the one mourned is no side of it;
- a contact on the sidelines written as a noun ("có cuộc tiếp xúc với", "cuộc nói chuyện ngắn")
  is a `meeting`; an interview or a voters' meeting is none;
- a programme joined at the end of a trip ("sang tỉnh K tham gia chương trình giao lưu") is
  attended; a programme at home names its own acts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from tests.event_helpers import events_of, main_of, names_of
from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Đinh Quốc Bảo": {"titles": ["Chủ tịch nước"], "country": "VN"},
    "Tạ Minh Khôi": {"titles": ["Bộ trưởng Ngoại giao"], "country": "VN"},
    "Park Ji-hoon": {"titles": ["Ngoại trưởng Hàn Quốc"], "country": "KR"},
    "Ravi Kapoor": {"titles": ["Đại sứ Ấn Độ"], "country": "IN"},
    "Arjun Mehta": {"titles": ["cố Thủ tướng Ấn Độ"], "country": "IN"},
    "Somchai Wong": {"titles": ["Tỉnh trưởng"], "country": "TH"},
    "Lena Fischer": {"titles": ["Bộ trưởng Ngoại giao"], "country": "DE"},
}


def _events(text: str) -> list[Event]:
    return events_of(text, PEOPLE)


def _main(text: str) -> Event:
    return main_of(text, PEOPLE)


_names = names_of


# --- meetings held at a distance: phone_call ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Chiều 3/5, Bộ trưởng Ngoại giao Tạ Minh Khôi đã có cuộc trao đổi trực tuyến với "
            "Ngoại trưởng Hàn Quốc Park Ji-hoon về hợp tác hai nước.",
            "trao đổi trực tuyến",
        ),
        (
            "Sáng 3/5, Tỉnh trưởng Somchai Wong hội đàm qua video với Bộ trưởng Tạ Minh Khôi "
            "về kết nối giao thông.",
            "hội đàm qua video",
        ),
        (
            "Ngày 3/5, Chủ tịch nước Đinh Quốc Bảo đã gặp gỡ theo hình thức trực tuyến với "
            "ông Park Ji-hoon, Ngoại trưởng Hàn Quốc.",
            "gặp gỡ theo hình thức trực tuyến",
        ),
        (
            "Tối 3/5, Bộ trưởng Tạ Minh Khôi đã nói chuyện qua điện thoại với Bộ trưởng "
            "Ngoại giao Đức Lena Fischer.",
            "nói chuyện qua điện thoại",
        ),
        (
            "Ngày 3/5, Bộ trưởng Tạ Minh Khôi chủ trì cuộc họp trực tuyến với Ngoại trưởng "
            "Park Ji-hoon nhằm chuẩn bị phiên họp Ủy ban hỗn hợp.",
            "cuộc họp trực tuyến",
        ),
    ],
)
def test_a_meeting_held_at_a_distance_is_a_call(text: str, trigger: str) -> None:
    main = _main(text)
    assert (main.type, main.trigger) == ("phone_call", trigger)
    assert len(main.participants) == 2


def test_talks_at_a_distance_need_no_with() -> None:
    text = (
        "Ngày 3/5, Bộ trưởng Tạ Minh Khôi và Ngoại trưởng Park Ji-hoon đã hội đàm qua cầu "
        "truyền hình về hợp tác kinh tế."
    )
    main = _main(text)
    assert main.type == "phone_call"
    assert _names(main) == {"Tạ Minh Khôi", "Park Ji-hoon"}


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 3/5, Bộ trưởng Tạ Minh Khôi chủ trì cuộc họp trực tuyến với 12 tỉnh biên giới.",
        "Ngày 3/5, Bộ trưởng Tạ Minh Khôi đã trao đổi trực tuyến với bạn đọc về chính sách visa.",
        "Ngày 3/5, Bộ Ngoại giao tổ chức hội thảo trực tuyến về ngoại giao số.",
        "Sáng 3/5, Bộ trưởng Tạ Minh Khôi có buổi làm việc trực tuyến với các cơ quan đại diện.",
        "Sáng 3/5, Bộ Ngoại giao tổ chức cuộc họp trực tuyến với Sở Ngoại vụ của 20 tỉnh.",
    ],
)
def test_a_remote_session_with_many_or_the_public_is_no_call(text: str) -> None:
    assert all(e.type != "phone_call" for e in _events(text))


# --- condolence books: message --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Sáng 3/5, Chủ tịch nước Đinh Quốc Bảo đến Đại sứ quán Ấn Độ viết sổ tang chia buồn.",
            "viết sổ tang chia buồn",
        ),
        (
            "Ngày 3/5, Bộ trưởng Tạ Minh Khôi đã ghi sổ tang tưởng niệm cố Thủ tướng Ấn Độ "
            "Arjun Mehta.",
            "ghi sổ tang tưởng niệm",
        ),
        (
            "Chiều 3/5, Tỉnh trưởng Somchai Wong tới Tổng Lãnh sự quán Việt Nam ký sổ tang.",
            "ký sổ tang",
        ),
        (
            "Ngày 3/5, Bộ trưởng Tạ Minh Khôi ghi vào sổ chia buồn của Đại sứ quán Ấn Độ.",
            "ghi vào sổ chia buồn",
        ),
        (
            "Viết trong sổ tang ngày 3/5, Đại sứ Ravi Kapoor bày tỏ niềm tiếc thương sâu sắc.",
            "viết trong sổ tang",
        ),
    ],
)
def test_a_condolence_book_entry_is_a_message(text: str, trigger: str) -> None:
    main = _main(text)
    assert (main.type, main.trigger) == ("message", trigger)
    assert "Arjun Mehta" not in _names(main)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Sáng 3/5, Chủ tịch nước Đinh Quốc Bảo viết sổ tang chia buồn với Đại sứ Ravi "
            "Kapoor về sự ra đi của Thủ tướng Arjun Mehta.",
            {"Đinh Quốc Bảo", "Ravi Kapoor"},
        ),
        (
            "Ngày 3/5, Tỉnh trưởng Somchai Wong ghi sổ tang Thủ tướng Ấn Độ Arjun Mehta.",
            {"Somchai Wong"},
        ),
        (
            "Ngày 3/5, Đại sứ Ravi Kapoor đã đến viếng và ghi sổ tang tưởng nhớ Thủ tướng "
            "Arjun Mehta.",
            {"Ravi Kapoor"},
        ),
    ],
)
def test_the_one_mourned_is_no_side_of_the_entry(text: str, sides: set[str]) -> None:
    assert _names(_main(text)) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Từ ngày 3/5, Đại sứ quán Ấn Độ mở sổ tang tại trụ sở để mọi người đến chia buồn.",
        "Bộ trưởng Tạ Minh Khôi ghi vào sổ tay công tác những việc cần làm.",
    ],
)
def test_opening_the_book_or_a_notebook_is_no_message(text: str) -> None:
    assert all(e.type != "message" for e in _events(text))


# --- contacts on the sidelines: meeting -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bên lề Hội nghị, ngày 3/5, Chủ tịch nước Đinh Quốc Bảo đã có cuộc tiếp xúc với "
        "Ngoại trưởng Hàn Quốc Park Ji-hoon.",
        "Ngày 3/5, Bộ trưởng Tạ Minh Khôi có cuộc tiếp xúc song phương với Bộ trưởng Lena "
        "Fischer bên lề Hội nghị G20.",
        "Ngày 3/5, Bộ trưởng Tạ Minh Khôi và Ngoại trưởng Park Ji-hoon đã có cuộc nói chuyện "
        "ngắn bên lề Diễn đàn.",
        "Nhân dịp dự Hội nghị, ngày 3/5, Tỉnh trưởng Somchai Wong có cuộc trao đổi ngắn với "
        "Bộ trưởng Tạ Minh Khôi.",
        "Ngày 3/5, Chủ tịch nước Đinh Quốc Bảo tiếp xúc song phương với Bộ trưởng Lena Fischer "
        "bên lề Diễn đàn.",
    ],
)
def test_a_contact_on_the_sidelines_is_a_meeting(text: str) -> None:
    main = _main(text)
    assert main.type == "meeting"
    assert main.trigger in ("tiếp xúc", "nói chuyện", "trao đổi")
    assert len(main.participants) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Trong cuộc trao đổi với phóng viên, Đại sứ Ravi Kapoor cho biết quan hệ đang tốt lên.",
        "Ngày 3/5, Chủ tịch nước Đinh Quốc Bảo có cuộc tiếp xúc với cử tri quận Ba Đình.",
        "Những người có cuộc tiếp xúc với người bệnh phải cách ly theo quy định.",
    ],
)
def test_an_interview_or_voters_contact_is_no_meeting(text: str) -> None:
    assert all(e.type != "meeting" for e in _events(text))


# --- a programme joined at the end of a trip: attend ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Từ ngày 3/5, đoàn thanh niên do Bộ trưởng Tạ Minh Khôi dẫn đầu đã sang tỉnh Chiang "
        "Mai tham gia chương trình giao lưu văn hóa.",
        "Ngày 3/5, Tỉnh trưởng Somchai Wong tới Hà Nội để tham gia Chương trình Hữu nghị "
        "biên giới.",
        "Ngày 3/5, Bộ trưởng Tạ Minh Khôi tham gia lễ khánh thành Nhà văn hóa hữu nghị.",
        "Ngày 3/5, Tỉnh trưởng Somchai Wong tham gia ngày hội văn hóa các dân tộc.",
    ],
)
def test_a_programme_joined_after_a_trip_is_attended(text: str) -> None:
    main = _main(text)
    assert (main.type, main.trigger) == ("attend", "tham gia")


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 3/5, đoàn thanh niên tỉnh tham gia chương trình gặp gỡ hữu nghị với Tỉnh trưởng "
        "Somchai Wong.",
        "Người lao động tham gia chương trình bảo hiểm được hỗ trợ thêm.",
        "Người dân cần chấp hành quy định khi tham gia giao thông.",
    ],
)
def test_a_programme_at_home_is_not_attended_by_its_name(text: str) -> None:
    assert all(e.trigger != "tham gia" for e in _events(text))
