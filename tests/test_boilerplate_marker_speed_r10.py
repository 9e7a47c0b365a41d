"""Perf (round 10): the media-player marker opens with a look-ahead that rejects long or dotted
lines in one scan. It must accept exactly the lines the plain form accepts."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_boilerplate.lexicon import compiled_markers

_PLAIN = re.compile(
    r"[^.]{0,40}?\b(?:media|flash|real|video|audio|windows media) player\b[^.]{0,40}$"
)
_GUARDED = next(
    re.compile(m.text) for m in compiled_markers(None)._by_group.values() if "player" in m.text
)

_PIECES = st.sampled_from(
    [" ", ".", "\n", "a", "xem", "bằng", "media", "flash", "windows media", " player", "player"]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_guarded_player_marker_accepts_what_the_plain_form_does(line: str) -> None:
    assert bool(_GUARDED.match(line)) == bool(_PLAIN.match(line))


def test_player_lines_still_match_and_long_ones_do_not() -> None:
    assert _GUARDED.match("nghe bằng windows media player")
    assert _GUARDED.match("cài đặt flash player để xem đoạn phim")
    assert not _GUARDED.match("cài đặt flash player. xem đoạn phim")
    assert not _GUARDED.match("x" * 41 + " media player")
    assert not _GUARDED.match("đoàn khách " * 12 + "media player")
