"""Round 7: a careless crawl (runs of spaces, no-break spaces, CRLF line ends, NFD, "Ð" for "Đ")
reads as the clean text in every plugin, once, in :class:`vndiplo.text.NormalizedText`, while
every offset still quotes the input the user gave. Sentences written for these tests."""

from __future__ import annotations

import unicodedata

import pytest

import vndiplo
from vndiplo.text import NormalizedText

CLEAN = (
    "Chiều 14/6, Bộ trưởng Ngoại giao Kiều Minh Phương tiếp Đại sứ Chile Pedro Soto "
    "tại TP. HCM.\nHai bên trao đổi về hợp tác."
)


def _careless(text: str, how: str) -> str:
    if how == "double":
        return text.replace(" ", "  ")
    if how == "nbsp":
        return text.replace(". ", ".\u00a0").replace("g N", "g\u00a0 N")
    if how == "crlf":
        return text.replace("\n", "\r\n")
    if how == "nfd":
        return unicodedata.normalize("NFD", text)
    if how == "all":
        mixed = text.replace(" ", "\u00a0 ").replace("\n", "\r\n").replace("Đ", "\u00d0")
        return unicodedata.normalize("NFD", mixed)
    raise AssertionError(how)


def _key(doc: vndiplo.Document) -> tuple[object, ...]:
    event = doc.events[0]
    return (
        event.type,
        event.date,
        event.part_of_day,
        " ".join((event.location or "").split()),
        sorted((unicodedata.normalize("NFC", p.name), p.role) for p in event.participants),
        sorted(unicodedata.normalize("NFC", p.name) for p in doc.people),
    )


@pytest.mark.parametrize("how", ["double", "nbsp", "crlf", "nfd", "all"])
def test_careless_spacing_and_encoding_read_as_the_clean_text(how: str) -> None:
    runner = vndiplo.Runner()
    clean = runner.run({"id": "c", "text": CLEAN, "published": "2024-06-15"})
    text = _careless(CLEAN, how)
    doc = runner.run({"id": "c", "text": text, "published": "2024-06-15"})
    assert _key(doc) == _key(clean)
    # offsets quote the input as given
    for person in doc.people:
        for span in person.mentions:
            quoted = " ".join(unicodedata.normalize("NFC", text[span.start : span.end]).split())
            assert quoted.replace("Ð", "Đ") == unicodedata.normalize("NFC", person.name)
    for date in doc.dates:
        assert text[date.start : date.end] == date.text


@pytest.mark.parametrize(
    "original",
    [
        "Bộ  trưởng   Lê Văn A",
        "a\r\nb\r\n\r\nc",
        "x \u00a0 y\r\n  z",
        unicodedata.normalize("NFD", "Thủ  tướng\r\nHà  Nội"),
        "  ",
        "\r\n",
    ],
)
def test_squeezed_view_maps_every_offset_into_the_original(original: str) -> None:
    view = NormalizedText(original)
    assert "  " not in view.text and "\r" not in view.text
    previous = 0
    for i in range(len(view.text) + 1):
        mapped = view.to_original(i)
        assert previous <= mapped <= len(original)
        previous = mapped
    assert view.to_original(len(view.text)) == len(original)
    for i, char in enumerate(view.text):
        a, b = view.span_to_original(i, i + 1)
        if char.isalpha():
            assert unicodedata.normalize("NFC", original[a:b]) == char


def test_a_blank_line_stays_a_paragraph_break_and_one_crlf_a_line_break() -> None:
    assert NormalizedText("a\r\nb").text == "a\nb"
    assert NormalizedText("a\r\n\r\nb").text == "a\n\nb"
    assert NormalizedText("a\n\nb").text == "a\n\nb"  # a real blank line is kept
    assert NormalizedText("a\rb").text == "a\nb"  # an old Mac line end
