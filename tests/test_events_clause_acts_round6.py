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
