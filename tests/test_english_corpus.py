"""An English report joins the Vietnamese report of one meeting in the corpus view.

Person resolution keeps "Vo Van Thuong" and "Võ Văn Thưởng" apart as persons (the key is a pure
function of a name, and folding marks would merge "Lê Văn Thành" with "Lê Văn Thanh"); two
reports of one meeting still count the unmarked spelling as the same side as the marked one
when they share a second person exactly (vndiplo.corpus.sides). These tests pin that down for
the English plugin's output and check two different people never merge.
"""

from __future__ import annotations

from vndiplo import Runner
from vndiplo.corpus import CorpusStore, name_key
from vndiplo.corpus.sides import shared_sides

RUNNER = Runner()

VIETNAMESE = (
    "Chủ tịch nước tiếp Thủ tướng Thái Lan\n\n"
    "Chiều 14/3, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng đã tiếp Thủ tướng Thái Lan "
    "Srettha Thavisin đang có chuyến thăm chính thức Việt Nam. Hai bên nhất trí tăng cường hợp "
    "tác thương mại, đầu tư, du lịch và giao lưu nhân dân trong thời gian tới."
)
ENGLISH = (
    "State leader receives Thai Prime Minister\n\n"
    "Hanoi (VNA) - President Vo Van Thuong received Thai Prime Minister Srettha Thavisin in "
    "Hanoi on March 14, during the guest's official visit to Vietnam. The two sides agreed to "
    "boost cooperation in trade, investment and tourism and to expand people-to-people exchanges."
)


def _main_events(pages: dict[str, tuple[str, str]]) -> dict[str, str]:
    docs = [RUNNER.run({"id": i, "text": t, "published": p}) for i, (t, p) in pages.items()]
    with CorpusStore() as store:
        store.add_many(docs)
        rows = store.conn.execute(
            "SELECT document_id, event_id FROM sources ORDER BY evidence_start"
        ).fetchall()
    out: dict[str, str] = {}
    for doc_id, event_id in rows:
        out.setdefault(doc_id, event_id)
    return out


def test_english_and_vietnamese_reports_of_one_reception_merge() -> None:
    events = _main_events({"vi": (VIETNAMESE, "2024-03-14"), "en": (ENGLISH, "2024-03-15")})
    assert events["vi"] == events["en"]


def test_the_same_pair_on_another_day_stays_apart() -> None:
    other_day = ENGLISH.replace("March 14", "March 20")
    events = _main_events({"vi": (VIETNAMESE, "2024-03-14"), "en": (other_day, "2024-03-21")})
    assert events["vi"] != events["en"]


def test_unmarked_spelling_is_one_side_beside_an_exact_person() -> None:
    assert shared_sides(
        {"a": "Vo Van Thuong", "w": "Joko Widodo"}, {"b": "Võ Văn Thưởng", "w": "Joko Widodo"}
    ) == (1, 2)


def test_two_different_people_never_merge() -> None:
    # persons: the key keeps the marks, so an unmarked spelling is its own person
    assert name_key("Vo Van Thuong") != name_key("Võ Văn Thưởng")
    assert name_key("Lê Văn Thành") != name_key("Lê Văn Thanh")
    # sides: "Le Van Thanh" fits both marked names, so it is matched to neither
    assert shared_sides(
        {"x": "Le Van Thanh", "w": "Joko Widodo"},
        {"y": "Lê Văn Thành", "z": "Lê Văn Thanh", "w": "Joko Widodo"},
    ) == (1, 1)
    # different syllables never fold together
    assert shared_sides(
        {"x": "Nguyen Van Hung", "w": "Joko Widodo"}, {"y": "Nguyễn Văn Hải", "w": "Joko Widodo"}
    ) == (1, 1)
    # a fold alone, without an exact shared person, is no anchor
    assert shared_sides({"x": "Nguyen Van Hung"}, {"y": "Nguyễn Văn Hùng"}) == (0, 0)
