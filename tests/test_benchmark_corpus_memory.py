"""``python -m benchmarks.corpus --memory N``: copies of extracted articles that stay distinct."""

from __future__ import annotations

import pytest

from benchmarks.corpus import main
from benchmarks.corpus_memory import PEOPLE_VARIANTS, copies, variant
from tests.corpus_helpers import report
from vndiplo.corpus import CorpusStore, DocFacts, facts_from_document

HOST = ("Nguyễn Hữu Tài", "Bộ trưởng Tư pháp", "VN", "host")
GUEST = ("Ingrid Solberg", "Bộ trưởng Tư pháp Na Uy", "NO", "guest")


def _template(doc_id: str = "tp-1", date: str | None = "2024-11-28") -> DocFacts:
    return facts_from_document(
        report(
            doc_id,
            "Bộ trưởng Tư pháp tiếp Bộ trưởng Tư pháp Na Uy.",
            people=[HOST, GUEST],
            date=date,
            published="2024-11-28",
        )
    )


def test_a_copy_is_another_article_days_later_with_look_alike_people() -> None:
    template = _template()
    copy = variant(template, 3)
    assert copy.id != template.id and copy.sha256 != template.sha256
    assert copy.published == "2024-12-01"
    (source,) = copy.sources
    assert source.id == f"{copy.id}#0" and source.day == "2024-12-01"
    assert {name for _pid, name, _role in source.people} == {
        "Nguyễn Hữu Tài D",
        "Ingrid Solberg D",
    }
    assert {s.person_id for s in copy.sightings} == {pid for pid, _n, _r in source.people}
    # People come back, on another day, after PEOPLE_VARIANTS copies.
    again = variant(template, PEOPLE_VARIANTS)
    assert again.sources[0].people == variant(template, 0).sources[0].people


def test_a_year_less_date_moves_on_with_its_copy() -> None:
    copy = variant(_template(date="--11-30"), 2)
    assert copy.sources[0].date == "--12-02"


def test_copies_build_as_many_articles_as_asked() -> None:
    templates = [_template("tp-1"), _template("tp-2")]
    with CorpusStore() as store:
        assert store.add_many(copies(templates, 7)) == 7
        (documents,) = store.conn.execute("SELECT count(*) FROM documents").fetchone()
    assert documents == 7


def test_the_memory_option_prints_growth_and_peak(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--memory", "40", "--templates", "4", "--size", "1500"]) == 0
    out = capsys.readouterr().out
    assert "store " in out and "40 in" in out
    assert "MB per 10k articles" in out and "peak rss" in out
