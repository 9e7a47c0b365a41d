"""Person keys: "th"/"t" and "ck"/"k" are one letter in a Latin-script full name.

English writes a silent "h" ("Anthony"/"Antony") and "ck" for /k/; Thai and Lao romanisations
write one sound both ways. Pinyin, Korean and Japanese romanisation, and Vietnamese names printed
without marks, are left as they are: there those letters tell two names apart. Names are made up
where they need not be real.
"""

from __future__ import annotations

import pytest

from vndiplo.corpus import CorpusStore, name_key, people
from vndiplo.corpus.names import clean_name
from vndiplo.model import Document, Person


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Anthony Ridgeway", "Antony Ridgeway"),
        ("Matthias Kowalczyk", "Mattias Kowalczyk"),
        ("Frederick Osei Mensah", "Frederik Osei Mensah"),
        ("Prayuth Chan-o-cha", "Prayut Chan-o-cha"),
        ("Somsak Thammavong", "Somsak Tammavong"),
        ("Ridgeway Anthony", "Antony Ridgeway"),  # two words: either order, as before
        ("ông Anthony Ridgeway", "Antony Ridgeway"),
    ],
)
def test_one_sound_two_spellings_is_one_person(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hun Sen", "Hun Manet"),  # father and son
        ("Kim Jong Un", "Kim Jong Il"),
        ("Lee Hsien Loong", "Lee Hsien Yang"),  # brothers
        ("Zhou Wen", "Zou Wen"),  # two pinyin family names
        ("Zhang Min", "Zang Min"),
        ("Hatta Kenji", "Hata Kenji"),  # a geminate is another Japanese name
        ("Nguyen Van Thanh", "Nguyen Van Tanh"),  # Vietnamese names without marks
        ("Le Thanh Hai", "Le Tanh Hai"),
        ("John Ridgeway", "Jon Ridgeway"),  # an "h" after a vowel is a letter of its own
        ("Sarah Ridgeway", "Sara Ridgeway"),
        ("A. Ridgeway", "Anthony Ridgeway"),  # an initial is not a person key
        ("Ridgeway", "Anthony Ridgeway"),
        ("Lê Văn Thành", "Lê Văn Tành"),
    ],
)
def test_different_people_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_display_name_is_the_written_one() -> None:
    assert clean_name("ông Antony Ridgeway") == "Antony Ridgeway"


def test_the_corpus_holds_one_person_for_both_spellings() -> None:
    docs = [
        Document(
            text=f"Ngoại trưởng {name} đến Hà Nội.",
            id=f"d{i}",
            published="2031-04-07",
            people=[Person(name, titles=["Ngoại trưởng"], country="GB")],
        )
        for i, name in enumerate(("Anthony Ridgeway", "Antony Ridgeway"))
    ]
    with CorpusStore() as store:
        store.add_many(docs)
        found = [p for p in people(store.conn) if "Ridgeway" in p.name]
    assert len(found) == 1
