"""Short Latin-script spellings count as the same side between two reports, never as one person.

Names, places and sentences are made up.
"""

from __future__ import annotations

from tests.corpus_helpers import report
from vndiplo.corpus import merge, people
from vndiplo.corpus.sides import compatible_names, shared_sides, spelled_into
from vndiplo.corpus.store import CorpusStore
from vndiplo.model import Document

HOST = ("Đoàn Minh Khải", "Thủ tướng", "VN", "host")


def test_initials_surnames_and_short_forms_are_compatible() -> None:
    assert compatible_names("K. Lindqvist", "Karin Lindqvist")
    assert compatible_names("Lindqvist", "Karin Lindqvist")
    assert compatible_names("Samuel T. Okafor", "Samuel Okafor")
    assert compatible_names("Bill Hartnell", "William J. Hartnell")
    assert compatible_names("Tanaka", "Tanaka Hiroshi")  # family name first


def test_given_names_one_letter_apart_are_transliteration_variants() -> None:
    assert compatible_names("Mikhail Orlov", "Mihail Orlov")  # a letter dropped
    assert compatible_names("Souksavanh Keola", "Xouksavanh Keola")  # S and X, as Lao names go
    assert compatible_names("Jonatan Okafor", "Jonathan Okafor")
    assert not compatible_names("Ivan Orlov", "Iván Orloff")  # surnames differ
    assert not compatible_names("Anna Orlov", "Anja Orlov")  # too short to tell a typo
    assert not compatible_names("Mikhail Orlov", "Mikhailo Orlova")
    assert not compatible_names("Souksavanh Keola", "Sounthone Keola")
    # a vowel or the last letter tells two people apart (a leader and his spouse)
    assert not compatible_names("Mario Rossetti", "Maria Rossetti")
    assert not compatible_names("Louis Durand", "Louise Durand")
    assert not compatible_names("Andrea Keller", "Andreas Keller")
    assert not compatible_names("Marten Keller", "Martin Keller")


def test_contradicting_or_vietnamese_names_are_not() -> None:
    assert not compatible_names("Karin Lindqvist", "Maria Lindqvist")
    assert not compatible_names("P. Lindqvist", "Karin Lindqvist")
    assert not compatible_names("Lindqvist", "Karin Lindgren")
    assert not compatible_names("Lê Văn Thanh", "Lê Văn Thành")
    assert not compatible_names("Khải", "Đoàn Minh Khải")
    assert not compatible_names("Karin Lindqvist", "Karin Lindqvist")


def test_unmarked_vietnamese_names_match_only_word_for_word() -> None:
    # A dropped middle name or two words reversed is another person, whichever side has it.
    for short, long in (
        ("Nguyen Hung", "Nguyen Van Hung"),
        ("Tran Quang", "Tran Dai Quang"),
        ("Le Minh", "Minh Le"),
        ("Hung", "Nguyen Van Hung"),
        ("Van Hung Nguyen", "Nguyen Van Hung"),
        ("Pham T. Lan", "Pham Thi Lan"),
    ):
        assert not compatible_names(short, long)
        assert not compatible_names(long, short)
    # The same words are one spelling; a name that only ends in such a word still may match.
    assert not compatible_names("Nguyen Van Hung", "Nguyen Van Hung")
    assert compatible_names("Alain Vo", "A. Vo")


def test_unmarked_vietnamese_short_forms_add_no_side() -> None:
    host = {"khai": "Đoàn Minh Khải"}
    assert shared_sides({**host, "x": "Nguyen Hung"}, {**host, "y": "Nguyen Van Hung"}) == (1, 1)
    assert shared_sides({**host, "x": "Tran Quang"}, {**host, "y": "Tran Dai Quang"}) == (1, 1)
    assert shared_sides({**host, "x": "Le Minh"}, {**host, "y": "Minh Le"}) == (1, 1)
    assert spelled_into({"x": "Nguyen Hung"}, {**host, "y": "Nguyen Van Hung"}) is None
    assert spelled_into({"x": "Minh Le"}, {**host, "y": "Le Minh"}) is None


def test_the_match_must_be_one_to_one_and_beside_one_exact_person() -> None:
    a = {"khai": "Đoàn Minh Khải", "x": "Lindqvist"}
    two = {"khai": "Đoàn Minh Khải", "k": "Karin Lindqvist", "e": "Erik Lindqvist"}
    assert shared_sides(a, two) == (1, 1)
    assert shared_sides(a, {"khai": "Đoàn Minh Khải", "k": "Karin Lindqvist"}) == (1, 2)
    assert shared_sides({"x": "Lindqvist", "y": "Ode"}, {"k": "Karin Lindqvist", "z": "Ode"}) == (
        0,
        0,
    )


def _talks(doc_id: str, guest: str, **kw: object) -> Document:
    return report(
        doc_id,
        "Thủ tướng hội đàm.",
        people=[HOST, (guest, "Thủ tướng Thụy Điển", "SE", "guest")],
        date="2024-06-03",
        published="2024-06-03",
        **kw,  # type: ignore[arg-type]
    )


def test_two_reports_of_one_meeting_merge_but_the_people_stay_two() -> None:
    docs = [_talks("a-1", "Karin Lindqvist"), _talks("b-1", "K. Lindqvist")]
    assert len(merge(docs)) == 1
    with CorpusStore() as store:
        store.add_many(docs)
        names = {p.name for p in people(store.conn)}
    assert {"Karin Lindqvist", "K. Lindqvist"} <= names


def test_a_surname_beside_two_namesakes_links_nothing() -> None:
    trio = report(
        "a-1",
        "Thủ tướng hội đàm.",
        people=[
            HOST,
            ("Karin Lindqvist", "Thủ tướng", "SE", "guest"),
            ("Erik Lindqvist", "Bộ trưởng", "SE", "guest"),
        ],
        date="2024-06-03",
        published="2024-06-03",
    )
    assert len(merge([trio, _talks("b-1", "Lindqvist")])) == 2
