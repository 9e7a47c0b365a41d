"""Review of round 7's broad rules on invented sentences (names, places and offices made up):
a lower-case title opens a name only where one follows; "ở" reads as "tại" only before a
place, not before a level of government or a document."""

from __future__ import annotations

import pytest

import vndiplo
from tests.titles_helpers import people_by_name


def _run(text: str) -> vndiplo.Document:
    return vndiplo.Runner().run({"id": "r7b", "text": text, "published": "2025-06-20"})


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị có sự tham dự của các bộ trưởng ASEAN và ba nước đối tác.",
        "Cuộc đua vào ghế chủ tịch Hạ viện Mỹ đang nóng lên từng ngày.",
        "Các ứng viên tổng thống Mỹ tranh luận trên truyền hình tối qua.",
        "Sáng 5/3, đoàn Việt Nam đã gặp thủ tướng Lào để bàn về thương mại.",
        "Việt Nam sẽ đảm nhận vai trò chủ tịch Năm APEC 2027.",
        "Năm nay Brunei đảm nhiệm vai trò chủ tịch AIPA.",
        'Bộ phim về tổng thống "Người Cha Của Dân Tộc" ra mắt khán giả.',
        "Báo chí đưa tin bộ trưởng Quốc phòng Mỹ sẽ tới Hà Nội vào tuần sau.",
        "Theo phát ngôn viên Bộ Ngoại giao, Hà Nội hoan nghênh đề xuất này.",
        "Trong nhiệm kỳ chủ tịch ASEAN 2026, Philippines ưu tiên kinh tế biển.",
        "Ông được bầu làm chủ tịch Hội đồng Bảo an trong tháng Năm.",
        "Hai bên thúc đẩy việc bổ nhiệm đại sứ Việt Nam tại Vatican.",
        "Đây là lần đầu một tổng thống Hàn Quốc phát biểu trước Quốc hội Việt Nam.",
        "Cuộc bầu cử thủ tướng Thái Lan bị hoãn Sang Tháng Sau.",
        # "kiêm" joins a second title only when that one opens a name
        "Ông từng giữ chức thủ tướng kiêm bộ trưởng quốc phòng Thái Lan.",
    ],
)
def test_lower_case_title_before_a_body_a_country_or_a_month_names_nobody(text: str) -> None:
    assert people_by_name(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Sáng 5/5, phó thủ tướng kiêm bộ trưởng ngoại giao Nông Đức Hải tiếp đoàn Brunei.",
            "Nông Đức Hải",
            "phó thủ tướng kiêm bộ trưởng ngoại giao",
        ),
        (
            "Hôm qua, ủy viên Bộ Chính trị kiêm bí thư thành ủy Hà Nội Đinh Văn Thọ đón đoàn.",
            "Đinh Văn Thọ",
            "ủy viên Bộ Chính trị kiêm bí thư thành ủy Hà Nội",
        ),
        (
            "Tối 10/5, giám đốc sở ngoại vụ tỉnh Nghệ An Trịnh Văn Bảo tiếp phóng viên.",
            "Trịnh Văn Bảo",
            "giám đốc sở ngoại vụ tỉnh Nghệ An",
        ),
        (
            "Chiều 3/5, cựu thủ tướng Malaysia Rahim Aziz có cuộc gặp với lãnh đạo Việt Nam.",
            "Rahim Aziz",
            "cựu thủ tướng Malaysia",
        ),
        (
            "Sáng 8/5, thống đốc bang Texas Greg Holden đón đoàn doanh nghiệp Việt Nam.",
            "Greg Holden",
            "thống đốc bang Texas",
        ),
    ],
)
def test_lower_case_title_in_other_wordings_opens_the_name(
    text: str, name: str, title: str
) -> None:
    people = people_by_name(text)
    assert any(t.startswith(title) for t in people[name].titles), people[name].titles


@pytest.mark.parametrize(
    "text",
    [
        # a level of government
        "Chiều 12/4, ở Trung ương, Ban Đối ngoại tiếp đoàn cán bộ Đảng Nhân dân Lào.",
        "Chiều 12/4, Ban Đối ngoại tiếp đoàn cán bộ Đảng Nhân dân Lào ở Địa phương.",
        # a document after a verb of showing or lying
        "Sáng 3/4, Thủ tướng Lê Văn Khôi tiếp Đại sứ Pháp Jean Morel; thành công của quan hệ "
        "hai nước thể hiện ở Tuyên bố chung năm 2023.",
        "Sáng 3/4, Thủ tướng Lê Văn Khôi tiếp Đại sứ Pháp Jean Morel; điểm then chốt nằm ở "
        "Nghị quyết 68 của Bộ Chính trị.",
    ],
)
def test_o_before_a_level_or_a_document_is_no_place(text: str) -> None:
    doc = _run(text)
    assert doc.events
    assert doc.events[0].location is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sáng 3/4, Thủ tướng Lê Văn Khôi đã tiếp Đại sứ Pháp Jean Morel ở Phủ Chủ tịch.",
            "Phủ Chủ tịch",
        ),
        (
            "Chiều 12/5, ở Nhà khách Chính phủ, Phó Thủ tướng Mai Hữu Tâm tiếp Bộ trưởng "
            "Thương mại Úc Daniel Hart.",
            "Nhà khách Chính phủ",
        ),
        (
            "Sáng 11/5, đoàn do thứ trưởng Bộ Công an Lý Quốc Trung dẫn đầu đã hội đàm ở Viêng "
            "Chăn với Bộ An ninh Lào.",
            "Viêng Chăn",
        ),
    ],
)
def test_o_before_a_place_still_places_the_event(text: str, place: str) -> None:
    assert _run(text).events[0].location == place
