"""An event told as taking place ("tại X đã diễn ra lễ tiếp đón và làm việc với đoàn Y"), in
invented words: the ceremony noun after "diễn ra" is reported, and its coordinated partner lends
it the delegation it received."""

from __future__ import annotations

from vndiplo_events import extract_events
from vndiplo_events.testing import annotate


def test_a_reception_that_took_place_is_reported() -> None:
    text = (
        "Chiều 14-3, tại Trụ sở UBND tỉnh đã diễn ra lễ tiếp đón và làm việc với Đoàn đại biểu "
        "thành phố Gdansk (Ba Lan) do ông Piotr Nowak, Phó Thị trưởng dẫn đầu."
    )
    people = {"Piotr Nowak": ("Phó Thị trưởng",)}
    main = extract_events(annotate(text, people, [("Chiều 14-3", "2026-03-14", "afternoon")]))[0]
    assert main.type == "reception"
    assert main.trigger == "tiếp đón"
    assert [(p.name, p.role) for p in main.participants] == [("Piotr Nowak", "guest")]
