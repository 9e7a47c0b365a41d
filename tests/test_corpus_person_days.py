"""The hand-kept index of a person's dated reports (``source_person_days``) stays in step.

It must hold exactly one row per (person, dated report) whatever the history of the database:
built fresh, an article replaced by a new version, or a database written before the index
existed (filled when opened). People, sentences and outlets are made up for these tests.
"""

from __future__ import annotations

from pathlib import Path

from tests.corpus_helpers import report
from vndiplo.corpus import CorpusStore
from vndiplo.model import Document

HOST = ("Đinh Quang Vĩnh", "Phó Thủ tướng", "VN", "host")
GUEST = ("Ilse Brandvold", "Ngoại trưởng Na Uy", "NO", "guest")
OTHER = ("Rui Cardoso", "Bộ trưởng Bồ Đào Nha", "PT", "guest")

_EXPECTED = (
    "SELECT p.person_id, s.family, s.day, s.id, s.day_inferred FROM sources s "
    "JOIN source_people p ON p.source_id = s.id WHERE s.day IS NOT NULL ORDER BY 1, 2, 3, 4"
)
_INDEX = "SELECT * FROM source_person_days ORDER BY 1, 2, 3, 4"


def _docs(guest: tuple[str, str, str | None, str] = GUEST) -> list[Document]:
    return [
        report("tinbien-1", f"Phó Thủ tướng tiếp {guest[0]}.", people=[HOST, guest]),
        report("songhong-2", "Phó Thủ tướng hội kiến.", people=[HOST, guest], date=None),
        report("cangxa-3", "Buổi tiếp không rõ ngày.", people=[HOST], date=None, published=None),
    ]


def _in_step(store: CorpusStore) -> list[tuple[object, ...]]:
    rows = store.conn.execute(_INDEX).fetchall()
    assert rows == store.conn.execute(_EXPECTED).fetchall()
    return rows


def test_the_index_follows_added_and_replaced_articles() -> None:
    with CorpusStore() as store:
        store.add_many(_docs())
        assert len(_in_step(store)) == 4  # the report with no day at all is not indexed
        store.add_many(_docs(OTHER)[:1])  # a new version of the first article
        rows = _in_step(store)
        assert {r[0] for r in rows if r[3] == "tinbien-1#0"} == {"đinhquangvĩnh", "cardosorui"}


def test_a_database_written_before_the_index_gets_it_filled(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with CorpusStore(path) as store:
        store.add_many(_docs())
        expected = _in_step(store)
        store.conn.execute("DROP TABLE source_person_days")
    with CorpusStore(path) as store:
        assert _in_step(store) == expected
