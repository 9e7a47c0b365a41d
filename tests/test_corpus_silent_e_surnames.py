"""A surname written with and without a final silent "e" is one side between two reports.

Lao and other names are transliterated two ways ("Phomsavanh" and "Phomsavanhe"). The rule is
narrow: a surname of six letters or more, the same given names written out, Latin script, never
a Vietnamese name; and it only decides whether two reports share a side, never the people table.
Names, places and dates are made up.
"""

from __future__ import annotations

from tests.corpus_helpers import report
from vndiplo.corpus import merge, people
from vndiplo.corpus.sides import compatible_names, shared_sides, spelled_into
from vndiplo.corpus.store import CorpusStore
from vndiplo.model import Document

HOST = ("Đoàn Minh Khải", "Thủ tướng", "VN", "host")


def test_a_final_silent_e_on_a_long_surname_is_one_name() -> None:
    assert compatible_names("Bounthavy Phomsavanh", "Bounthavy Phomsavanhe")
    assert compatible_names("Bounthavy Phomsavanhe", "Bounthavy Phomsavanh")
    assert compatible_names("Khamla Souvanh Vongkhame", "Khamla Souvanh Vongkham")
    assert compatible_names("Bounthavy PHOMSAVANH", "Bounthavy Phomsavanhe")


def test_near_misses_stay_apart() -> None:
    # a short surname: "Lund" and "Lunde" are two families
    assert not compatible_names("Karin Lund", "Karin Lunde")
    assert not compatible_names("Ivar Moren", "Ivar Morene")  # five letters is still too short
    # the given names must be the same, written out
    assert not compatible_names("Bounthavy Phomsavanh", "Khamla Phomsavanhe")
    assert not compatible_names("B. Phomsavanh", "Bounthavy Phomsavanhe")
    assert not compatible_names("Phomsavanh", "Bounthavy Phomsavanhe")
    assert not compatible_names("Bounthavy Phomsavanh", "Bountavy Phomsavanhe")
    # only a final "e", only once
    assert not compatible_names("Bounthavy Phomsavanh", "Bounthavy Phomsavanha")
    assert not compatible_names("Bounthavy Phomsavanh", "Bounthavy Phomsavanhee")
    assert not compatible_names("Bounthavy Phomsavan", "Bounthavy Phomsavanhe")
    # an "e" on the given name is not a surname variant ("Louis"/"Louise" stays two people),
    # nor is a reversed name read that way
    assert not compatible_names("Phomsavanh Bounthavy", "Bounthavy Phomsavanhe")
    assert not compatible_names("Christian Durandal", "Christiane Durandal")


def test_never_for_vietnamese_names() -> None:
    assert not compatible_names("Nguyen Van Thuong", "Nguyen Van Thuonge")
    assert not compatible_names("Van Thuong Nguyen", "Van Thuonge Nguyen")
    assert not compatible_names("Minh Truong", "Minh Truonge")
    assert not compatible_names("Nguyễn Văn Thương", "Nguyễn Văn Thươnge")


def test_it_adds_a_side_beside_one_exact_person_only() -> None:
    host = {"khai": "Đoàn Minh Khải"}
    a = {**host, "x": "Bounthavy Phomsavanh"}
    b = {**host, "y": "Bounthavy Phomsavanhe"}
    assert shared_sides(a, b) == (1, 2)
    assert shared_sides({"x": "Bounthavy Phomsavanh"}, {"y": "Bounthavy Phomsavanhe"}) == (0, 0)
    assert spelled_into({"x": "Bounthavy Phomsavanh"}, b) == frozenset({"y"})
    assert spelled_into({"x": "Phomsavanh"}, b) is None


def _talks(doc_id: str, guest: str, day: str = "2031-03-09") -> Document:
    return report(
        doc_id,
        "Thủ tướng hội đàm.",
        people=[HOST, (guest, "Thủ tướng Lào", "LA", "guest")],
        type="talks",
        date=day,
        published=day,
    )


def test_two_reports_of_one_talks_merge_and_keep_both_spellings() -> None:
    docs = [_talks("a-1", "Bounthavy Phomsavanh"), _talks("b-1", "Bounthavy Phomsavanhe")]
    assert len(merge(docs)) == 1
    with CorpusStore() as store:
        store.add_many(docs)
        names = {p.name for p in people(store.conn)}
    assert {"Bounthavy Phomsavanh", "Bounthavy Phomsavanhe"} <= names


def test_another_given_name_or_another_day_stays_apart() -> None:
    other = [_talks("a-1", "Bounthavy Phomsavanh"), _talks("b-1", "Khamla Phomsavanhe")]
    assert len(merge(other)) == 2
    later = [
        _talks("a-1", "Bounthavy Phomsavanh"),
        _talks("b-1", "Bounthavy Phomsavanhe", "2031-05-20"),
    ]
    assert len(merge(later)) == 2
