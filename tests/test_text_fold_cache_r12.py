"""``fold`` keeps short keys in a cache: a cached key is the key folded afresh."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vndiplo.text import fold, normalize


@given(st.text(alphabet="aAƯừỦủyÝỹ \u00a0\t\n.-Đđ\u0301", max_size=120))
def test_fold_is_normalize_then_lower(text: str) -> None:
    assert fold(text) == normalize(text).lower()
    assert fold(text) == normalize(text).lower()  # from the cache, for a short text


def test_examples() -> None:
    assert fold("Uỷ viên") == fold("ủy viên") == "ủy viên"
