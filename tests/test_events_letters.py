"""A page that reproduces a letter, in invented words: the letter is the main event (a
message) when its events are only recalled; a speech's salutation with no sending words, or a
reported meeting, leaves the choice alone."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate

PEOPLE = {"Olga Petrova": ("Bộ trưởng Bộ Ngoại giao",), "Vũ Thành Nam": ("Bộ trưởng",)}


def test_a_letter_with_its_sending_words_is_a_message() -> None:
    text = (
        "Thưa Ngài Bộ trưởng,\n"
        "Nhân dịp kỷ niệm 50 năm quan hệ ngoại giao, tôi xin gửi lời chúc mừng tới Ngài và các "
        "đồng nghiệp. Tôi mong muốn được làm việc với Bộ trưởng Bộ Ngoại giao Olga Petrova để "
        "thúc đẩy quan hệ."
    )
    main = extract_events(annotate(text, PEOPLE))[0]
    assert main.type == "message"
    assert main.trigger == "gửi lời chúc mừng"


def test_an_addressed_letter_is_a_message_by_its_address() -> None:
    text = (
        "Kính gửi: Ngài Olga Petrova\n"
        "Thưa Ngài Bộ trưởng,\n"
        "Tôi rất vui được nhắc lại cuộc hội đàm tốt đẹp với Bộ trưởng Bộ Ngoại giao Olga "
        "Petrova tại Sofia."
    )
    main = extract_events(annotate(text, PEOPLE))[0]
    assert main.type == "message"
    assert main.trigger.lower() == "kính gửi"


def test_a_speech_salutation_alone_is_no_letter() -> None:
    text = (
        "Thưa Ngài Bộ trưởng,\n"
        "Tôi rất vui được nhắc lại cuộc hội đàm tốt đẹp với Bộ trưởng Bộ Ngoại giao Olga "
        "Petrova tại Sofia."
    )
    events = extract_events(annotate(text, PEOPLE))
    assert not events or events[0].type != "message"


def test_a_reported_meeting_stays_main() -> None:
    text = (
        "Thưa Ngài Bộ trưởng,\n"
        "Chiều 2/9, Bộ trưởng Vũ Thành Nam đã hội đàm với Bộ trưởng Bộ Ngoại giao Olga Petrova "
        "và gửi lời chúc mừng nhân dịp quốc khánh."
    )
    main = extract_events(annotate(text, PEOPLE))[0]
    assert main.type == "talks"
