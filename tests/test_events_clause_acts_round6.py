"""Which act of a sentence is the news when a sentence holds several (invented words): an act
inside a "sau khi / trước khi" time clause is background of the main clause's act."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate, roles

_PEOPLE = {
    "Lê Minh Châu": {"titles": ["Thủ tướng"], "country": "VN"},
    "Park Jin Ho": {"titles": ["Thủ tướng Hàn Quốc"], "country": "KR"},
}
_BOTH = [("Lê Minh Châu", "participant"), ("Park Jin Ho", "participant")]


def _main(text: str) -> tuple[str, list[tuple[str, str]]]:
    main = extract_events(annotate(text, _PEOPLE))[0]
    return main.type, roles(main)


def test_signing_witnessed_right_after_talks_is_the_news() -> None:
    text = (
        "Sáng 4/9, tại Phủ Chủ tịch, ngay sau khi kết thúc hội đàm, Thủ tướng Lê Minh Châu và "
        "Thủ tướng Hàn Quốc Park Jin Ho đã chứng kiến lễ ký các thỏa thuận hợp tác."
    )
    assert _main(text) == ("signing", _BOTH)


def test_an_act_before_which_the_signing_happened_is_background_too() -> None:
    text = (
        "Trước khi hội đàm, Thủ tướng Lê Minh Châu và Thủ tướng Hàn Quốc Park Jin Ho đã chứng "
        "kiến ký kết ba văn kiện."
    )
    assert _main(text) == ("signing", _BOTH)


def test_talks_in_their_own_sentence_stay_main_over_a_later_time_clause() -> None:
    text = (
        "Chiều 4/9, Thủ tướng Lê Minh Châu đã hội đàm với Thủ tướng Hàn Quốc Park Jin Ho. Sau "
        "khi hội đàm, hai Thủ tướng chứng kiến lễ ký các văn kiện."
    )
    assert _main(text)[0] == "talks"


def test_a_time_clause_with_no_other_act_keeps_its_act() -> None:
    text = (
        "Chiều 4/9, sau khi hội đàm với Thủ tướng Hàn Quốc Park Jin Ho, Thủ tướng Lê Minh Châu "
        "trả lời báo chí."
    )
    assert _main(text)[0] == "talks"


# -- several acts after one subject, separated by ";" -------------------------------------

_TRIP = {
    "Trần Văn Nam": {"titles": ["Chủ tịch Hội đồng Hòa bình Việt Nam"], "country": "VN"},
    "Somsak Vongsa": {"titles": ["Chủ tịch nước Lào"], "country": "LA"},
    "Khamla Inthavong": {"titles": ["Thủ tướng Lào"], "country": "LA"},
    "Bounthong Saly": {"titles": ["Chủ tịch Quốc hội Lào"], "country": "LA"},
    "Kham Phetsa": {"titles": ["Chủ tịch Mặt trận Lào"], "country": "LA"},
}


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [
        (e.type, sorted(p.name for p in e.participants))
        for e in extract_events(annotate(text, _TRIP))
    ]


def test_the_first_act_of_a_semicolon_list_is_main_and_each_act_keeps_the_shared_subject() -> None:
    text = (
        "Ngày 3/5, ông Trần Văn Nam, Chủ tịch Hội đồng Hòa bình Việt Nam đã có các cuộc hội kiến "
        "Chủ tịch nước Lào Somsak Vongsa; chào xã giao Thủ tướng Lào Khamla Inthavong, Chủ tịch "
        "Quốc hội Lào Bounthong Saly và hội đàm với Chủ tịch Mặt trận Lào Kham Phetsa."
    )
    got = _events(text)
    assert got[0] == ("meeting", ["Somsak Vongsa", "Trần Văn Nam"])
    assert ("reception", ["Bounthong Saly", "Khamla Inthavong", "Trần Văn Nam"]) in got
    assert ("talks", ["Kham Phetsa", "Trần Văn Nam"]) in got


def test_coordinated_objects_of_a_chained_call_are_both_called_on() -> None:
    text = (
        "Ngày 3/5, ông Trần Văn Nam đã hội kiến Chủ tịch nước Lào Somsak Vongsa; chào xã giao "
        "Thủ tướng Lào Khamla Inthavong, Chủ tịch Quốc hội Lào Bounthong Saly."
    )
    call = next(e for e in extract_events(annotate(text, _TRIP)) if e.type == "reception")
    assert roles(call) == [
        ("Bounthong Saly", "host"),
        ("Khamla Inthavong", "host"),
        ("Trần Văn Nam", "guest"),
    ]


def test_plural_meetings_that_name_nobody_stay_generic() -> None:
    text = (
        "Ngày 3/5, ông Trần Văn Nam đã có các cuộc gặp Đại sứ quán; sau đó ông hội đàm với Chủ "
        "tịch Mặt trận Lào Kham Phetsa."
    )
    assert _events(text)[0] == ("talks", ["Kham Phetsa", "Trần Văn Nam"])


def test_a_clause_after_a_semicolon_with_its_own_subject_is_not_chained() -> None:
    text = (
        "Ngày 3/5, ông Trần Văn Nam đã hội kiến Chủ tịch nước Lào Somsak Vongsa; Thủ tướng Lào "
        "Khamla Inthavong tiếp Chủ tịch Quốc hội Lào Bounthong Saly."
    )
    got = _events(text)
    assert got[0] == ("meeting", ["Somsak Vongsa", "Trần Văn Nam"])
    assert ("reception", ["Bounthong Saly", "Khamla Inthavong"]) in got


# -- a joint subject "A cùng (với) B" names the side an event lacks ------------------------

_ENVOY = {
    "Đào Minh Sơn": {"titles": ["Bí thư Tỉnh ủy"], "country": "VN"},
    "SATO Kenji": {"titles": ["Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam"], "country": "JP"},
    "Akiko Sato": {"titles": ["Phu nhân Đại sứ"], "country": "JP"},
}


def _sides(text: str) -> list[str]:
    main = extract_events(annotate(text, _ENVOY))[0]
    return sorted(p.name for p in main.participants)


def test_a_joint_subject_with_cung_names_the_counterpart_written_by_office() -> None:
    text = (
        "Chiều 9/3, đồng chí Đào Minh Sơn, Bí thư Tỉnh ủy Hải Dương đã thăm, gặp gỡ Đại sứ Nhật "
        "Bản tại Việt Nam. Trong không khí cởi mở, đồng chí Đào Minh Sơn cùng ngài SATO Kenji, "
        "Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam đã điểm lại quan hệ giữa hai bên."
    )
    assert _sides(text) == ["SATO Kenji", "Đào Minh Sơn"]


def test_a_joint_subject_with_cung_voi_names_the_counterpart() -> None:
    text = (
        "Chiều 9/3, đồng chí Đào Minh Sơn, Bí thư Tỉnh ủy Hải Dương đã gặp gỡ Đại sứ Nhật Bản "
        "tại Việt Nam. Đồng chí Đào Minh Sơn cùng với ngài SATO Kenji đã trao đổi về hợp tác."
    )
    assert _sides(text) == ["SATO Kenji", "Đào Minh Sơn"]


def test_a_joint_subject_before_a_meeting_verb_with_no_object_is_both_sides() -> None:
    text = (
        "Chiều 9/3, đồng chí Đào Minh Sơn, Bí thư Tỉnh ủy cùng với ngài SATO Kenji, Đại sứ Nhật "
        "Bản đã có buổi gặp gỡ."
    )
    assert _sides(text) == ["SATO Kenji", "Đào Minh Sơn"]


def test_a_spouse_joined_by_cung_is_no_counterpart() -> None:
    text = (
        "Chiều 9/3, ngài SATO Kenji đã gặp gỡ lãnh đạo tỉnh Hải Dương. Ngài SATO Kenji cùng Phu "
        "nhân Akiko Sato đã thăm Văn Miếu."
    )
    assert _sides(text) == ["SATO Kenji"]
