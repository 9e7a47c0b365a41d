"""vndiplo.dask: same output as a sequential run, with dask's multiprocessing scheduler."""

from __future__ import annotations

import pytest

db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from tests.conftest import SEEDS  # noqa: E402
from vndiplo import Runner  # noqa: E402
from vndiplo.dask import events_dataframe, extract_bag, extract_dataframe  # noqa: E402


@pytest.fixture(scope="module")
def records() -> list[dict[str, str]]:
    return [
        {"id": path.stem, "text": path.read_text(encoding="utf-8")}
        for path in sorted(SEEDS.glob("*.txt"))
    ]


def test_bag_matches_sequential_run(records: list[dict[str, str]]) -> None:
    runner = Runner()
    expected = [doc.to_dict() for doc in runner.run_many(records)]
    bag = db.from_sequence(records, npartitions=3)
    got = extract_bag(bag, runner).compute(scheduler="processes", num_workers=2)
    assert got == expected


def test_dataframe_input_and_event_rows(records: list[dict[str, str]]) -> None:
    frame = dd.from_pandas(pd.DataFrame(records), npartitions=2)
    got = extract_dataframe(frame).compute(scheduler="sync")
    assert [r["id"] for r in got] == [r["id"] for r in records]
    events = events_dataframe(frame).compute(scheduler="sync")
    assert set(events["id"]) == {r["id"] for r in records}  # every document has a row


def test_dataframe_without_text_column_is_a_clear_error() -> None:
    frame = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match="text"):
        extract_dataframe(frame)
    got = extract_dataframe(frame, columns={"text": "body"}).compute(scheduler="sync")
    assert len(got) == 1
