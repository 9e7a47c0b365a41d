"""Property tests of the French plugin on word salad, and Vietnamese pages left alone (the parsers'
shared properties are in test_foreign_language_properties.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from vndiplo_french import is_french

from vndiplo import Runner

WORDS = st.sampled_from(
    [
        "le", "Premier", "ministre", "laotien", "président", "de", "l'Assemblée", "nationale",
        "du", "Parti", "Laos", "(PPRL)", "et", "Trân", "Van", "Hai", ",", ".", "reçoit",
        "a", "reçu", "s'est", "entretenu", "avec", "lundi", "matin", "14", "mars", "2030",
        "du", "au", "à", "Hanoï", "l'ambassadeur", "Mai", "De", "son", "côté", "\n", "1er",
    ]
)  # fmt: skip
PHRASES = st.lists(WORDS, max_size=40).map(" ".join)
RUNNER = Runner()


@given(PHRASES)
def test_pipeline_offsets_stay_valid_on_french_word_salad(text: str) -> None:
    full = "Le ministre a souligné les liens entre les deux pays et la coopération. " + text
    doc = RUNNER.run({"id": "x", "text": full, "published": "2030-05-10"})
    assert not [e for e in doc.errors if e.plugin == "french"]
    for person in doc.people:
        for span in person.mentions:
            assert 0 <= span.start < span.end <= len(full)
    for event in doc.events:
        assert 0 <= event.evidence.start < event.evidence.end <= len(full)


VIETNAMESE = st.sampled_from(
    [
        "Chiều 14/3, tại Hà Nội, Thủ tướng Phạm Văn An tiếp Đại sứ Pháp tại Việt Nam.",
        "Chủ tịch nước hội đàm với Tổng thống Mông Cổ tại Phủ Chủ tịch.",
        "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư.",
    ]
)


@given(st.lists(VIETNAMESE, min_size=1, max_size=5).map("\n".join), PHRASES)
def test_vietnamese_pages_are_not_french(vietnamese: str, french: str) -> None:
    # a Vietnamese page quoting French words stays Vietnamese
    doc = RUNNER.run({"id": "x", "text": vietnamese + "\n" + french, "published": "2030-05-10"})
    assert not is_french(doc)
