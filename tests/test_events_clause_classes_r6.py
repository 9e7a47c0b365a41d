"""Round-6 variants of four classes of "what is an event and which clause wins", each
construction in invented words (other names, places, levels and wordings than any page):

- a trigger word that is only a syllable of a compound, or a meeting verb whose object is a
  manner, is no event; the near misses where the same word must still fire;
- an act inside a "(ngay) sau khi / trước khi / nhân dịp" clause is background of the main
  clause's act; a witnessed hand-over of documents is a signing, the witnesses participants;
- acts after one shared subject separated by ";" are separate events, the first written main;
- a first-person letter closing on a signature line is the signer's message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles

from vndiplo.model import Event

PEOPLE: Mapping[str, Any] = {
    "Hồ Thanh Vân": {"titles": ["Bí thư Tỉnh ủy"], "country": "VN"},
    "Lưu Quang Đạt": {"titles": ["Thủ tướng"], "country": "VN"},
    "Ana Ribeiro": {"titles": ["Thủ tướng Bồ Đào Nha"], "country": "PT"},
    "Kaito Mori": {"titles": ["Đại sứ Nhật Bản"], "country": "JP"},
    "Somchai Dee": {"titles": ["Chủ tịch Quốc hội Thái Lan"], "country": "TH"},
    "Nuri Demir": {"titles": ["Bộ trưởng Ngoại giao Thổ Nhĩ Kỳ"], "country": "TR"},
    "Elif Kaya": {"titles": ["Chủ tịch Hội hữu nghị"], "country": "TR"},
    "Mehmet Aslan": {"titles": ["Tổng thống Thổ Nhĩ Kỳ"], "country": "TR"},
}


def _events(text: str) -> list[Event]:
    dates = [("7/11", "--11-07", None)] if "7/11" in text else []
    return extract_events(annotate(text, PEOPLE, dates))


def _main(text: str) -> Event | None:
    events = _events(text)
    return events[0] if events else None


# -- 1. FALSE_TRIGGER: a syllable of a compound, a manner object -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sau lễ công bố quyết định, Bí thư Tỉnh ủy Hồ Thanh Vân chủ trì buổi tiếp tân thân mật.",
        "Ban tổ chức bố trí khu vực tiếp tân tại tầng một của khách sạn.",
        "Các đơn vị đã tiếp ứng kịp thời cho lực lượng tại hiện trường.",
        "Tỉnh đang đẩy mạnh tiếp thị du lịch tới thị trường Nhật Bản.",
        "Ông Hồ Thanh Vân đề nghị các sở tiếp thu ý kiến của doanh nghiệp.",
    ],
)
def test_tiep_as_a_bound_syllable_is_no_reception(text: str) -> None:
    assert all(e.type != "reception" for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Các tổ công tác làm việc với tinh thần trách nhiệm cao trong suốt đợt cao điểm.",
        "Hội nghị làm việc với tinh thần dân chủ, thẳng thắn và đã hoàn thành chương trình.",
        "Cán bộ của Sở làm việc với thái độ tận tụy, được người dân ghi nhận.",
        "Đoàn công tác làm việc với cường độ cao để kịp tiến độ.",
    ],
)
def test_working_with_a_manner_is_no_meeting(text: str) -> None:
    assert all(e.type != "meeting" for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 7/11, Bí thư Tỉnh ủy Hồ Thanh Vân tiếp Đoàn công tác của Đại sứ quán Nhật Bản do "
        "Đại sứ Kaito Mori dẫn đầu.",
        "Ngày 7/11, Bí thư Tỉnh ủy Hồ Thanh Vân tiếp ông Kaito Mori, Đại sứ Nhật Bản.",
        "Ngày 7/11, Bí thư Tỉnh ủy Hồ Thanh Vân đã tiếp Đại sứ Nhật Bản Kaito Mori.",
        "Ngày 7/11, Bí thư Tỉnh ủy Hồ Thanh Vân tiếp thân mật Đại sứ Nhật Bản Kaito Mori.",
    ],
)
def test_tiep_before_its_guest_is_still_a_reception(text: str) -> None:
    main = _main(text)
    assert main is not None and main.type == "reception"
    assert ("Hồ Thanh Vân", "host") in roles(main)
    assert ("Kaito Mori", "guest") in roles(main)


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 7/11, Đại sứ Nhật Bản Kaito Mori đã làm việc với Bộ Ngoại giao về chương trình "
        "hợp tác.",
        "Ngày 7/11, Đại sứ Nhật Bản Kaito Mori làm việc với tỉnh Quảng Trị về dự án cấp nước.",
        "Ngày 7/11, Đại sứ Nhật Bản Kaito Mori làm việc với Bí thư Tỉnh ủy Hồ Thanh Vân.",
        "Ngày 7/11, Đại sứ Nhật Bản Kaito Mori có buổi làm việc với lãnh đạo tỉnh Quảng Trị.",
    ],
)
def test_working_with_a_body_or_a_person_is_still_a_meeting(text: str) -> None:
    main = _main(text)
    assert main is not None and main.type in ("meeting", "visit")
    assert "Kaito Mori" in {p.name for p in main.participants}


def test_a_meeting_with_a_manner_noun_but_a_named_side_later_is_kept() -> None:
    # "với tinh thần" after a real object is a manner adverbial of a real meeting
    main = _main(
        "Ngày 7/11, Đại sứ Nhật Bản Kaito Mori làm việc với Bí thư Tỉnh ủy Hồ Thanh Vân với "
        "tinh thần cởi mở."
    )
    assert main is not None and main.type == "meeting"


# -- 2. SUBORDINATE_CLAUSE_ACT -----------------------------------------------------------

_PMS = [("Ana Ribeiro", "participant"), ("Lưu Quang Đạt", "participant")]


@pytest.mark.parametrize(
    "text",
    [
        "Tối 18/4, ở Nhà Quốc hội, liền sau khi hội đàm xong, Thủ tướng Lưu Quang Đạt và Thủ "
        "tướng Bồ Đào Nha Ana Ribeiro đã chứng kiến lễ trao sáu văn kiện về năng lượng.",
        "Ngay sau khi hội đàm kết thúc, Thủ tướng Bồ Đào Nha Ana Ribeiro và Thủ tướng Lưu Quang "
        "Đạt chứng kiến lễ trao đổi một số văn kiện về du lịch.",
        "Sau khi hội đàm, Thủ tướng Lưu Quang Đạt và Thủ tướng Bồ Đào Nha Ana Ribeiro đã cùng "
        "chứng kiến trao 5 văn kiện hợp tác.",
        "Chiều 7/11, sau khi kết thúc hội đàm,Thủ tướng Lưu Quang Đạt và Thủ tướng Bồ Đào Nha Ana "
        "Ribeiro đã chứng kiến việc trao các thỏa thuận hợp tác.",
        "Trước khi hội đàm, Thủ tướng Lưu Quang Đạt và Thủ tướng Bồ Đào Nha Ana Ribeiro chứng "
        "kiến lễ trao bản ghi nhớ về hợp tác giáo dục.",
    ],
)
def test_witnessed_hand_over_of_documents_after_talks_is_the_signing(text: str) -> None:
    main = _main(text)
    assert main is not None and main.type == "signing"
    assert roles(main) == _PMS


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 7/11, Thủ tướng Lưu Quang Đạt dự lễ trao Huân chương Hữu nghị cho Đại sứ Nhật Bản "
        "Kaito Mori.",
        "Ngày 7/11, Bí thư Tỉnh ủy Hồ Thanh Vân chứng kiến lễ trao quà cho học sinh nghèo.",
        "Ngày 7/11, hai bên trao đổi ý kiến về hợp tác giáo dục.",
    ],
)
def test_other_hand_overs_are_no_signing(text: str) -> None:
    assert all(e.type != "signing" for e in _events(text))


def test_a_time_clause_act_with_nothing_in_the_main_clause_stays() -> None:
    main = _main(
        "Ngay sau khi hội đàm với Thủ tướng Bồ Đào Nha Ana Ribeiro, Thủ tướng Lưu Quang Đạt đã "
        "trả lời phỏng vấn báo chí."
    )
    assert main is not None and main.type == "talks"


def test_an_act_in_a_nhan_dip_clause_is_background_of_the_main_act() -> None:
    main = _main(
        "Ngày 7/11, nhân dịp sang dự Hội nghị cấp cao, Thủ tướng Lưu Quang Đạt đã hội kiến Tổng "
        "thống Thổ Nhĩ Kỳ Mehmet Aslan."
    )
    assert main is not None and main.type == "meeting"
    assert {p.name for p in main.participants} == {"Lưu Quang Đạt", "Mehmet Aslan"}


# -- 3. PARALLEL_ACTS_LIST ---------------------------------------------------------------


def test_parallel_acts_after_one_subject_first_written_is_main() -> None:
    text = (
        "Ngày 7/11, Bộ trưởng Ngoại giao Thổ Nhĩ Kỳ Nuri Demir đã chào xã giao Thủ tướng Lưu Quang "
        "Đạt; hội đàm với Bí thư Tỉnh ủy Hồ Thanh Vân; gặp Chủ tịch Quốc hội Thái Lan Somchai Dee."
    )
    events = _events(text)
    main = events[0]
    assert main.type == "reception"
    assert {p.name for p in main.participants} == {"Nuri Demir", "Lưu Quang Đạt"}
    talks = next(e for e in events if e.type == "talks")
    assert {p.name for p in talks.participants} == {"Nuri Demir", "Hồ Thanh Vân"}
    assert talks.date == main.date


def test_coordinated_objects_of_one_parallel_act_are_on_one_side() -> None:
    text = (
        "Ngày 7/11, Bộ trưởng Ngoại giao Thổ Nhĩ Kỳ Nuri Demir đã hội kiến Thủ tướng Lưu Quang "
        "Đạt và Bí thư Tỉnh ủy Hồ Thanh Vân; hội đàm với Chủ tịch Quốc hội Thái Lan Somchai Dee."
    )
    main = _events(text)[0]
    assert main.type == "meeting"
    sides = dict(roles(main))
    assert sides["Lưu Quang Đạt"] == sides["Hồ Thanh Vân"]
    assert sides["Nuri Demir"] != sides["Lưu Quang Đạt"] or sides["Nuri Demir"] == "participant"
    assert "Somchai Dee" not in sides


# -- 4. LETTER_PAGE ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tôi mong rằng hai dân tộc chúng ta có thể sớm gặp gỡ nhau nhiều hơn.",
        "Nhờ các chuyến bay thẳng, người dân hai nước nay có thể thường xuyên gặp nhau.",
        "Chúng ta không thể gặp mặt nhau trong hai năm qua vì đại dịch.",
    ],
)
def test_a_modal_or_reciprocal_meeting_is_no_event(text: str) -> None:
    assert all(e.type != "meeting" for e in _events(text))


def test_a_letter_closing_on_a_signature_line_is_the_signers_message() -> None:
    text = (
        "Quan hệ giữa hai nước chúng ta đã vượt qua nhiều thử thách. Tôi vui mừng vì người dân "
        "hai nước nay có thể gặp gỡ được nhau.\n"
        "Tôi chúc Ngài sức khỏe và chúc nhân dân Việt Nam hạnh phúc.\n"
        "Mehmet Aslan\nTổng thống Cộng hòa Thổ Nhĩ Kỳ"
    )
    main = _main(text)
    assert main is not None and main.type == "message"
    assert [p.name for p in main.participants] == ["Mehmet Aslan"]
