"""A Vietnamese name printed without its marks (English-language outlets) is the same side.

Names, places, outlets and dates are made up. Near misses: two marked spellings that differ,
a one-word name, the same pair a year later, a call and a visit of one week.
"""

from __future__ import annotations

from tests.corpus_helpers import report
from vndiplo.corpus import merge, people
from vndiplo.corpus.sides import plain_spelling, shared_sides
from vndiplo.corpus.store import CorpusStore
from vndiplo.model import Document

MARKED = ("Đặng Thu Hà", "Thủ tướng", "VN", "participant")
PLAIN = ("Dang Thu Ha", "Prime Minister", "VN", "participant")
GUEST = ("Ingrid Solberg", "Thủ tướng Na Uy", "NO", "participant")


def test_plain_spelling_folds_marks_and_says_which_had_them() -> None:
    assert plain_spelling("Đặng Thu Hà") == (True, "dang thu ha")
    assert plain_spelling("Dang Thu Ha") == (False, "dang thu ha")
    assert plain_spelling("ông Trịnh Văn Lộc") == (True, "trinh van loc")
    assert plain_spelling("Hà") is None  # one word pins no one down


def test_a_marked_and_an_unmarked_spelling_are_one_side() -> None:
    a = {"dth": "Đặng Thu Hà", "is": "Ingrid Solberg"}
    b = {"dth-plain": "Dang Thu Ha", "is": "Ingrid Solberg"}
    assert shared_sides(a, b) == (1, 2)


def test_a_fold_is_never_the_only_anchor() -> None:
    # No one shared by id: the fold and a short spelling beside it are two guesses.
    assert shared_sides(
        {"dth": "Đặng Thu Hà", "is": "Ingrid Solberg"}, {"p": "Dang Thu Ha", "s": "Solberg"}
    ) == (0, 0)
    # Two folds and no one shared exactly: "Hung" folds both "Hùng" and "Hưng".
    assert shared_sides(
        {"a": "Vo Van Hung", "b": "Ta Quoc Khanh"}, {"c": "Võ Văn Hưng", "d": "Tạ Quốc Khánh"}
    ) == (0, 0)
    assert shared_sides(
        {"a": "Vo Van Hung", "b": "Ta Quoc Khanh"}, {"c": "Võ Văn Hùng", "d": "Tạ Quốc Khánh"}
    ) == (0, 0)
    # Beside a person shared exactly the fold is a second side, whichever tone it lost.
    guest = "Ingrid Solberg"
    for marked in ("Võ Văn Hưng", "Võ Văn Hùng"):
        assert shared_sides({"a": "Vo Van Hung", "g": guest}, {"b": marked, "g": guest}) == (1, 2)
    # Two marked spellings of the same fold stay two people.
    assert shared_sides({"a": "Võ Văn Hưng", "g": guest}, {"b": "Võ Văn Hùng", "g": guest}) == (
        1,
        1,
    )


def test_two_marked_spellings_or_one_word_are_not() -> None:
    assert shared_sides({"a": "Lê Văn Thanh", "g": "X Y"}, {"b": "Lê Văn Thành", "g": "X Y"}) == (
        1,
        1,
    )
    assert shared_sides({"a": "Hà", "g": "X Y"}, {"b": "Ha", "g": "X Y"}) == (1, 1)
    # Two unmarked spellings of different words stay apart.
    assert shared_sides({"a": "Le Van Thanh", "g": "X Y"}, {"b": "Le Van Than", "g": "X Y"}) == (
        1,
        1,
    )
    # Two marked names folding alike are never matched with each other.
    assert shared_sides({"a": "Lê Văn Thành"}, {"b": "Lê Văn Thanh"}) == (0, 0)


def _call(doc_id: str, host: tuple[str, str, str, str], day: str, **kw: object) -> Document:
    return report(
        doc_id,
        "The two prime ministers held a phone call.",
        people=[host, GUEST],
        type=kw.pop("type", "phone_call"),  # type: ignore[arg-type]
        date=day,
        published=kw.pop("published", day),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def test_an_english_and_a_vietnamese_report_of_one_call_merge() -> None:
    docs = [
        _call("hanoitimes-1", PLAIN, "2024-05-10"),
        _call("baoxa-1", MARKED, "2024-05-10"),
        # the English copy published the next day, dated by its stamp
        _call("saigonpost-1", PLAIN, None, published="2024-05-11"),  # type: ignore[arg-type]
    ]
    events = merge(docs)
    assert len(events) == 1
    with CorpusStore() as store:
        store.add_many(docs)
        found = {p.name: p.names for p in people(store.conn)}
    # One person: the only marked name folding to the unmarked one takes it as a spelling.
    assert found["Đặng Thu Hà"] == ("Dang Thu Ha", "Đặng Thu Hà")
    assert "Dang Thu Ha" not in found


def test_the_same_pair_a_year_later_or_a_visit_that_week_stays_apart() -> None:
    later = _call("vi-1", MARKED, "2025-05-10")
    assert len(merge([_call("en-1", PLAIN, "2024-05-10"), later])) == 2
    visit = _call("vi-2", MARKED, "2024-05-12", type="visit")
    assert len(merge([_call("en-1", PLAIN, "2024-05-10"), visit])) == 2
