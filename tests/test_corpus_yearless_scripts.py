"""A report dated without a year ("chiều 18-8", no stamp) joins the dated report of the same
meeting when that one writes both sides in the other script ("To Lam", "Liu Jianchao" beside "Tô
Lâm", "Lưu Kiến Siêu"): the year-less step looks for its anchors through the other script too, as
the dated link does (vndiplo.corpus.yearless). Whole pipeline, our own sentences.
"""

from __future__ import annotations

from vndiplo import Runner
from vndiplo.corpus import CorpusStore
from vndiplo.corpus.page_record import page_record

WANG_VI = (
    "Tổng Bí thư Tô Lâm tiếp Trưởng ban Liên lạc Đối ngoại Trung Quốc\n\n"
    "Chiều 18-8, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm đã tiếp đồng chí Lưu Kiến Siêu, "
    "Trưởng ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc."
)
WANG_EN = (
    "Party chief receives Chinese party official\n\n"
    "HANOI, August 18, 2025 - General Secretary To Lam received Liu Jianchao, head of the "
    "International Department of the Communist Party of China, in Hanoi on August 18."
)
LAO_VI = (
    "Thủ tướng hội đàm với Tổng Bí thư, Chủ tịch nước Lào\n\n"
    "Sáng 5/6, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính hội đàm với Tổng Bí thư, Chủ "
    "tịch nước Lào Thoong-lun Xỉ-xu-lít."
)
LAO_EN = (
    "Vietnamese, Lao leaders hold talks\n\n"
    "HANOI, June 5, 2024 - Prime Minister Pham Minh Chinh held talks with Lao Party General "
    "Secretary and President Thongloun Sisoulith in Hanoi on June 5."
)

#: (year-less page, dated page in the other script), each varying one feature.
PAIRS = {
    "pinyin-and-unmarked": (WANG_VI, WANG_EN),
    "respelt-lao-name": (LAO_VI, LAO_EN),
    "slash-date": (WANG_VI.replace("Chiều 18-8", "Chiều 18/8"), WANG_EN),
    "meeting-verb": (
        WANG_VI.replace("đã tiếp đồng chí", "đã hội kiến"),
        WANG_EN.replace("received", "met with"),
    ),
    "day-after-name": (
        "Tổng Bí thư tiếp đồng chí Lưu Kiến Siêu\n\nTổng Bí thư Tô Lâm đã tiếp đồng chí Lưu Kiến "
        "Siêu, Trưởng ban Liên lạc Đối ngoại Trung Quốc, chiều 18-8 tại Hà Nội.",
        WANG_EN,
    ),
    "english-no-dateline": (
        LAO_VI,
        "Vietnamese, Lao leaders hold talks\n\nOn June 5, 2024, Prime Minister Pham Minh Chinh "
        "held talks in Hanoi with Lao President Thongloun Sisoulith.",
    ),
}


def _records(texts: dict[str, str]) -> dict[str, str | None]:
    docs = list(Runner().run_many([{"id": k, "text": t} for k, t in texts.items()]))
    with CorpusStore() as store:
        store.add_many(docs)
        return {k: page_record(store.conn, k) for k in texts}


def test_each_yearless_report_joins_its_meeting_written_in_the_other_script() -> None:
    passing = []
    for name, (yearless, dated) in PAIRS.items():
        got = _records({"vi": yearless, "en": dated})
        if got["vi"] is not None and got["vi"] == got["en"]:
            passing.append(name)
    assert passing == list(PAIRS)


def test_the_same_pair_on_that_day_in_two_years_keeps_it_apart() -> None:
    got = _records(
        {
            "vi": WANG_VI,
            "en": WANG_EN,
            "old": WANG_EN.replace("2025", "2023").replace("HANOI", "HA NOI"),
        }
    )
    assert got["en"] != got["old"]
    assert got["vi"] not in (got["en"], got["old"])


def test_another_counterpart_keeps_it_apart() -> None:
    got = _records({"vi": WANG_VI, "en": WANG_EN.replace("Liu Jianchao", "Wang Yi")})
    assert got["vi"] != got["en"]
