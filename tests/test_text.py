"""Shared text helpers: the normalised view and its offset maps."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo.testing import unicode_texts
from vndiplo.text import NormalizedText, fold, iter_lines, normalize, normalize_tone_marks


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("hoá", "hóa"),
        ("Uỷ ban", "Ủy ban"),
        ("đa phương hoá, đa dạng hóa", "đa phương hóa, đa dạng hóa"),
        ("thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("quý", "quý"),  # qu is a consonant: untouched
        ("hoàn", "hoàn"),  # closed syllable: untouched
        ("Hoà Bình", "Hòa Bình"),
    ],
)
def test_tone_marks_are_moved_to_one_style(raw: str, canonical: str) -> None:
    assert normalize_tone_marks(raw) == canonical
    assert normalize_tone_marks(unicodedata.normalize("NFD", raw)) == canonical


def test_spaces_and_separators_are_plain() -> None:
    # a CRLF is one line end, not a blank line (round 7); a run of spaces reads as one
    assert normalize("Chiều\u00a031/3\r\nx\u2028y\tz") == "Chiều 31/3\nx\ny z"
    assert normalize("Bộ trưởng\u00a0 Lê  Văn A") == "Bộ trưởng Lê Văn A"


def test_fold_is_case_and_style_insensitive() -> None:
    assert fold("Uỷ viên") == fold("ủy viên")


def test_nfd_offsets_map_back_to_the_original() -> None:
    original = unicodedata.normalize("NFD", "Chiều 18/2, Tổng Bí thư Tô Lâm")
    view = NormalizedText(original)
    i = view.text.index("Tô Lâm")
    start, end = view.span_to_original(i, i + len("Tô Lâm"))
    assert unicodedata.normalize("NFC", original[start:end]) == "Tô Lâm"
    assert view.span_from_original(start, end) == (i, i + len("Tô Lâm"))


@given(unicode_texts())
def test_offset_maps_are_valid_and_monotone(text: str) -> None:
    view = NormalizedText(text)
    positions = [view.to_original(i) for i in range(len(view.text) + 1)]
    assert positions[0] == 0 and positions[-1] == len(text)
    assert positions == sorted(positions)
    for i in range(len(text) + 1):
        assert 0 <= view.from_original(i) <= len(view.text)


@given(unicode_texts())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.text(alphabet="aăâeêioôơuưyAĂÂEÊIOÔƠUƯYqhđ \u0300\u0301\u0303\u0309\u0323", max_size=30))
def test_nfc_and_nfd_normalise_alike(text: str) -> None:
    assert normalize(unicodedata.normalize("NFD", text)) == normalize(
        unicodedata.normalize("NFC", text)
    )


@given(unicode_texts())
def test_iter_lines_covers_the_text(text: str) -> None:
    spans = list(iter_lines(text))
    assert "\n".join(text[a:b] for a, b in spans) == text


# The tone pairs are found by one scan per first vowel (speed); one regex over the whole class
# is the reference they must equal, on any mix of the letters involved.
_SECOND_VOWELS = "".join(
    sorted(
        {
            unicodedata.normalize("NFC", v + t)
            for v in "aAeEyY"
            for t in "\u0300\u0301\u0303\u0309\u0323"
        }
    )
)
_ONE_PASS = re.compile(f"[oOuU](?<![qQ][oOuU])[{_SECOND_VOWELS}](?![^\\W_]|[\u0300-\u036f])")


@given(st.text(alphabet="oOuUqQaAeEyh1 -\n\u0301\u0323" + _SECOND_VOWELS, max_size=16))
def test_tone_scans_per_vowel_equal_one_pass(text: str) -> None:
    from vndiplo.text import _TONE_MOVES

    nfc = unicodedata.normalize("NFC", text)
    expected = _ONE_PASS.sub(lambda m: _TONE_MOVES[m.group(0)], nfc)
    assert normalize_tone_marks(text) == expected
