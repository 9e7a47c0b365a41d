"""The cue words of the events stage (lexicon kind ``events.cues``): defaults and extension."""

from __future__ import annotations

import pytest
from hypothesis import given
from vndiplo_events import extract_events, vndiplo_register_lexicon
from vndiplo_events.cues import CUES, DEFAULT_CUES, LEXICON_KIND, Cues, cues_for
from vndiplo_events.testing import annotate

from vndiplo.registry import Context, Registry
from vndiplo.testing import unicode_texts

PEOPLE = {
    "Nguyễn Văn Bình": {"titles": ["Chủ tịch tỉnh"], "country": "VN"},
    "Kim Su Hyun": {"titles": ["Thống đốc"], "country": "KR"},
    "Park Ji Won": {"titles": ["Đại sứ"], "country": "KR"},
}


def _context(*entries: object) -> Context:
    registry = Registry()
    vndiplo_register_lexicon(registry.register)
    if entries:
        registry.register(LEXICON_KIND, list(entries))
    return Context(registry=registry)


def test_every_default_cue_is_declared() -> None:
    assert {cue for cue, _ in DEFAULT_CUES} <= set(CUES)
    assert cues_for(None).words["light_verb"][0] == "có"


def test_bad_entries_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown cue"):
        Cues([("no_such_cue", "xyz")])
    with pytest.raises(ValueError, match="needs a phrase"):
        Cues([("embedding", "  ")])
    with pytest.raises(ValueError, match="want"):
        Cues(["embedding"])


def test_a_registered_planning_word_makes_a_visit_planned() -> None:
    text = "Chủ tịch tỉnh Nguyễn Văn Bình ấp ủ thăm thành phố Busan vào ngày 12/11."
    doc = annotate(text, PEOPLE, [("ngày 12/11", "2024-11-12")])
    plain = extract_events(doc, _context())[0]
    assert plain.type == "visit"
    assert not plain.referenced
    ctx = _context(("past_or_planned", "ấp ủ"), ("planned", "ấp ủ"))
    extended = extract_events(doc, ctx)[0]
    assert extended.referenced
    assert extended.planned
    assert [p.name for p in extended.participants] == ["Nguyễn Văn Bình"]


def test_a_registered_object_stop_ends_the_object_zone() -> None:
    text = (
        "Chiều 9/10, Chủ tịch tỉnh Nguyễn Văn Bình đã tiếp Thống đốc Kim Su Hyun "
        "trong dịp lễ hội mùa thu có Đại sứ Park Ji Won."
    )
    doc = annotate(text, PEOPLE, [("Chiều 9/10", "2024-10-09", "afternoon")])
    plain = extract_events(doc, _context())[0]
    assert "Park Ji Won" in {p.name for p in plain.participants}
    main = extract_events(doc, _context(("object_stop", "trong dịp")))[0]
    assert [(p.name, p.role) for p in main.participants] == [
        ("Nguyễn Văn Bình", "host"),
        ("Kim Su Hyun", "guest"),
    ]


def test_mapping_entries_and_case_are_accepted() -> None:
    cues = Cues([*DEFAULT_CUES, {"cue": "embedding", "phrase": "Ghi Nhận"}])
    assert "ghi nhận" in cues.words["embedding"]
    assert cues.embedding.search("bà ghi  nhận việc")


@given(unicode_texts())
def test_cue_regexes_never_crash(text: str) -> None:
    cues = cues_for(None)
    low = text.lower()
    for regex in (cues.light_verb, cues.current, cues.wish, cues.object_stop, cues.both):
        regex.search(low)
    for m in cues.embedding.finditer(low):
        assert 0 <= m.start() <= m.end() <= len(low)
