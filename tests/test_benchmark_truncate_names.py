"""``truncate`` expects a person only when the kept text still names him on his own: spelled as
the pipeline reads it ("Thuý" is "Thúy"), and not only inside a longer name found on the page
("Văn Sơn" whose one kept mention is "Lê Văn Sơn": the short name came from the part cut off).
Invented names."""

from __future__ import annotations

from benchmarks.metamorphic_structure import _kept_alone


def test_a_name_in_old_tone_spelling_is_kept() -> None:
    assert _kept_alone("Đào Thúy Hòa", "Bà Đào Thúy Hòa phát biểu", {"Đào Thúy Hòa"})


def test_a_short_name_inside_a_longer_found_name_is_not_kept() -> None:
    names = {"Lê Văn Sơn", "Văn Sơn"}
    assert not _kept_alone("Văn Sơn", "có đồng chí Lê Văn Sơn, Chủ tịch", names)
    assert _kept_alone("Lê Văn Sơn", "có đồng chí Lê Văn Sơn, Chủ tịch", names)


def test_a_short_name_also_written_alone_is_kept() -> None:
    names = {"Lê Văn Sơn", "Văn Sơn"}
    assert _kept_alone("Văn Sơn", "ông Lê Văn Sơn. Sau đó Văn Sơn nói", names)


def test_a_name_not_found_longer_stays_expected_inside_other_words() -> None:
    # "Hồ Chí Minh" inside a city's name is still written whole: no longer person holds it
    assert _kept_alone("Hồ Chí Minh", "tại Thành phố Hồ Chí Minh", {"Hồ Chí Minh"})
