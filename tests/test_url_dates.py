"""The publication date a page's URL states: read when the caller and the page give none."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.test_cli import lines
from tests.test_cli import vndiplo as run_cli
from vndiplo import Runner
from vndiplo.url_dates import FIRST_YEAR, UrlDate, date_from_url

LAST_YEAR = dt.date.today().year + 1

dates = st.dates(dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31))
hosts = st.sampled_from(["https://tinmoi.vn", "http://www.baoxyz.com.vn", "https://m.abc.net"])
words = st.text("abcdeghiklmnopqrstuvxy", min_size=1, max_size=8)
slugs = st.lists(words, min_size=1, max_size=6).map("-".join)
# An article id glued to letters, as outlets write them: never a date.
glued_ids = st.tuples(st.sampled_from(["post", "ar", "c", "p", "news"]), st.integers(0, 10**12))


def _full_url(shape: int, host: str, date: dt.date, slug: str, tail: tuple[str, int]) -> str:
    y, m, d = date.year, date.month, date.day
    ident = f"{tail[0]}{tail[1]}"
    return [
        f"{host}/the-gioi/{y:04d}/{m:02d}/{d:02d}/{slug}-{ident}.html",
        f"{host}/amp/{y:04d}{m:02d}{d:02d}/{slug}-{ident}.html",
        f"{host}/{slug}-{y:04d}{m:02d}{d:02d}.htm",
        f"{host}/chinh-tri/{slug}-{y:04d}{m:02d}{d:02d}213844660.htm",
        f"{host}/{y:04d}-{m:02d}-{d:02d}/{slug}-{ident}",
    ][shape]


@given(st.text(max_size=200))
def test_any_string_never_crashes(text: str) -> None:
    found = date_from_url(text)
    assert found is None or isinstance(found, UrlDate)
    found = date_from_url("https://x.vn/" + text)
    assert found is None or found.date is None or found.date.year >= FIRST_YEAR


@given(st.integers(0, 4), hosts, dates, slugs, glued_ids)
def test_full_date_in_each_shape_round_trips(
    shape: int, host: str, date: dt.date, slug: str, tail: tuple[str, int]
) -> None:
    url = _full_url(shape, host, date, slug, tail)
    assert date_from_url(url) == UrlDate(date.year, date.month, date.day), url


@given(st.booleans(), hosts, dates, slugs, glued_ids)
def test_month_in_its_shapes_gives_month_precision(
    compact: bool, host: str, date: dt.date, slug: str, tail: tuple[str, int]
) -> None:
    month = f"{date.year:04d}{date.month:02d}" if compact else f"{date.year:04d}/{date.month:02d}"
    url = f"{host}/thoi-su/{month}/{slug}-{tail[0]}{tail[1]}"
    found = date_from_url(url)
    assert found == UrlDate(date.year, date.month) and found.date is None


@given(hosts, slugs, glued_ids)
def test_ids_glued_to_letters_are_not_dates(host: str, slug: str, tail: tuple[str, int]) -> None:
    assert date_from_url(f"{host}/{slug}-{tail[0]}{tail[1]}.html") is None
    assert date_from_url(f"{host}/{tail[0]}{tail[1]}/{slug}") is None


@given(hosts, slugs, st.integers(10_000_000, 99_999_999))
def test_delimited_eight_digits_that_are_no_date_give_nothing(
    host: str, slug: str, number: int
) -> None:
    text = str(number)
    year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    try:
        real = FIRST_YEAR <= year <= LAST_YEAR and bool(dt.date(year, month, day))
    except ValueError:
        real = False
    assume(not real)
    assert date_from_url(f"{host}/{slug}-{text}.html") is None
    assert date_from_url(f"{host}/{text}/{slug}") is None


@given(hosts, slugs, st.integers(0, 10**13).map(str))
def test_numbers_of_other_lengths_give_nothing(host: str, slug: str, number: str) -> None:
    assume(len(number) not in (8, 14))  # those two are checked as dates above and below
    assert date_from_url(f"{host}/{slug}-{number}.html") is None


def test_examples() -> None:
    assert date_from_url("https://a.vn/x-20190230.html") is None  # no 30 February
    assert date_from_url("https://a.vn/x-19900105.html") is None  # before the web
    assert date_from_url("https://a.vn/x-20191301213844.htm") is None  # month 13
    assert date_from_url("https://a.vn/x-20190227253844.htm") is None  # hour 25
    assert date_from_url("https://a.vn/2019/02/27/x-20190301.html") is None  # two dates
    assert date_from_url("https://a.vn/2019/02/27/x-20190227.html") == UrlDate(2019, 2, 27)
    assert date_from_url("https://a.vn/12/3850653.htm") is None
    assert date_from_url("https://a.vn/x.html?date=2019-02-27") is None  # path only
    assert date_from_url("https://a.vn/x/201902/y/201903/z") is None  # two months
    assert date_from_url(None) is None and date_from_url(20190227) is None


PAGE = (
    "Hai bộ trưởng hội đàm\n\n"
    "Chiều 26/2, Bộ trưởng Ngoại giao Trần Văn Bình đã hội đàm với Bộ trưởng Ngoại giao "
    "Ba Lan Jan Nowak tại Hà Nội.\n"
)
STAMPED = "Hai bộ trưởng hội đàm\n\nHà Nội, 27/02/2018 08:15\n\n" + PAGE.split("\n\n", 1)[1]


def test_runner_uses_url_date_when_caller_and_page_give_none() -> None:
    doc = Runner().run({"id": "u1", "text": PAGE, "url": "https://a.vn/amp/20190227/x-7.html"})
    assert doc.published == dt.date(2019, 2, 27) and doc.published_source == "url"
    assert doc.published_evidence is None
    assert doc.events[0].date == "2019-02-26"
    assert [d.year_source for d in doc.dates] == ["reference"]


def test_caller_and_page_stamp_win_over_url() -> None:
    url = "https://a.vn/amp/20190227/x-7.html"
    doc = Runner().run({"id": "u2", "text": PAGE, "url": url, "published": "2020-02-27"})
    assert doc.published == dt.date(2020, 2, 27) and doc.published_source == "caller"
    doc = Runner().run({"id": "u3", "text": STAMPED, "url": url})
    assert doc.published == dt.date(2018, 2, 27) and doc.published_source == "page"


def test_url_month_fixes_the_year_as_a_month_stamp_does() -> None:
    doc = Runner().run({"id": "u4", "text": PAGE, "url": "https://a.vn/thoi-su/201902/x-12"})
    assert doc.events[0].date == "2019-02-26"
    assert doc.published == dt.date(2019, 2, 26) and doc.published_source == "text"


def test_no_date_in_url_changes_nothing() -> None:
    doc = Runner().run({"id": "u5", "text": PAGE, "url": "https://a.vn/x-post1055109.vnp"})
    assert doc.published is None and doc.events[0].date == "--02-26"


def test_cli_jsonl_record_with_url_date() -> None:
    record = json.dumps(
        {"id": "u6", "text": PAGE, "url": "https://a.vn/the-gioi/2019/02/27/x.html"},
        ensure_ascii=False,
    )
    result = run_cli("extract", "--input-format", "jsonl", "-", stdin=record.encode())
    assert result.returncode == 0, result.stderr
    [out] = lines(result.stdout)
    assert out["published"] == "2019-02-27" and out["published_source"] == "url"
    assert out["url"] == "https://a.vn/the-gioi/2019/02/27/x.html"
    assert out["events"][0]["date"] == "2019-02-26"  # type: ignore[index]
