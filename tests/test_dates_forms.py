# ruff: noqa: E501  (a table of examples: one case a line reads best)
"""Every supported form, with an example and its value, checked here and printed in
``docs/plugins/dates.md`` from the same list, so the table cannot drift from the code.

The table sits between ``<!-- forms:start -->`` and ``<!-- forms:end -->``; when a case changes,
regenerate it with ``VNDIPLO_WRITE_DOCS=1 python -m pytest tests/test_dates_forms.py``.
"""

from __future__ import annotations

import os

import pytest
from vndiplo_dates import find_dates

from tests.conftest import ROOT
from vndiplo import Document

DOC = ROOT / "docs" / "plugins" / "dates.md"
START, END = "<!-- forms:start -->", "<!-- forms:end -->"

#: (family, example sentence, reference date, quoted phrase, value). The reference is a Monday
#: (31/3/2025) unless the form needs another.
R = "2025-03-31"
CASES: list[tuple[str, str, str, str, str]] = [
    ("day/month", "Chiều 18/2, hai bên hội đàm.", R, "Chiều 18/2", "2025-02-18"),
    ("day/month/year", "Hội nghị khai mạc ngày 16/9/2025.", R, "ngày 16/9/2025", "2025-09-16"),
    ("two-digit year", "Ngày 2/9/45, Bác Hồ đọc Tuyên ngôn độc lập.", R, "Ngày 2/9/45", "1945-09-02"),
    ("two-digit year", "Văn bản ký ngày 4/5/19 tại Hà Nội.", R, "ngày 4/5/19", "2019-05-04"),
    ("written day", "Lễ ký diễn ra ngày 16 tháng 9 năm 2025.", R, "ngày 16 tháng 9 năm 2025", "2025-09-16"),
    ("mồng day", "Quốc khánh mồng 2 tháng 9 năm 2024 được tổ chức trọng thể.", R, "mồng 2 tháng 9 năm 2024", "2024-09-02"),
    ("mồng day", "Đoàn tới Huế ngày mồng 10 tháng 3.", R, "ngày mồng 10 tháng 3", "2025-03-10"),
    ("weekday + mồng day", "Thứ sáu ngày mồng 4 tháng 4, hai bên ký kết.", "2025-04-10", "Thứ sáu ngày mồng 4 tháng 4", "2025-04-04"),
    ("date and time", "Lúc 9 giờ sáng ngày 12 tháng 5, đoàn tới Tokyo.", "2025-05-20", "Lúc 9 giờ sáng ngày 12 tháng 5", "2025-05-12T09:00"),
    ("date and time", "Hội nghị bắt đầu 13 giờ 30 phút ngày 16/11.", "2025-11-20", "13 giờ 30 phút ngày 16/11", "2025-11-16T13:30"),
    ("day list, month once", "Diễn đàn họp ngày 16 và 17/5/2025 tại Seoul.", R, "ngày 16", "2025-05-16"),
    ("month", "Hai bên sẽ gặp lại vào tháng 10 năm 2025.", R, "tháng 10 năm 2025", "2025-10"),
    ("month", "Cửa khẩu mới sẽ thông quan vào tháng 8.2026, sớm hơn dự kiến.", R, "tháng 8.2026", "2026-08"),
    ("month in words", "Đoàn sẽ sang Nhật Bản vào tháng Năm.", R, "tháng Năm", "2025-05"),
    ("month in words", "Hiệp định ký tháng mười hai năm 2019.", R, "tháng mười hai năm 2019", "2019-12"),
    ("month in words", "Hội chợ mở cửa đầu tháng Giêng.", "2025-01-20", "đầu tháng Giêng", "2025-01"),
    ("month range, year once", "Dự án triển khai từ tháng 3 đến tháng 5/2025.", R, "từ tháng 3 đến tháng 5/2025", "2025-03/2025-05"),
    ("day span", "Chuyến thăm từ ngày 3 - 6/8/2013.", R, "từ ngày 3 - 6/8/2013", "2013-08-03/2013-08-06"),
    ("weekday", "Hai bên hội đàm vào thứ 4.", R, "thứ 4", "2025-04-02"),
    ("weekday", "Sáng thứ bảy, đoàn rời Hà Nội.", R, "Sáng thứ bảy", "2025-03-29"),
    ("weekday, tense", "Thủ tướng sẽ tiếp Đại sứ vào thứ bảy.", R, "thứ bảy", "2025-04-05"),
    ("weekday, direction", "Hội nghị sẽ họp vào chủ nhật tới.", R, "chủ nhật", "2025-04-06"),
    ("weekday, direction", "Đoàn đã về nước vào thứ hai vừa rồi.", R, "thứ hai", "2025-03-24"),
    ("weekday in a week", "Hai bên gặp nhau thứ sáu tuần này.", R, "thứ sáu tuần này", "2025-04-04"),
    ("weekday in a week", "Đoàn sẽ đến vào thứ 3 của tuần này.", R, "thứ 3 của tuần này", "2025-04-01"),
    ("weekday in a week", "Hội nghị sẽ khai mạc thứ năm tuần tới.", R, "thứ năm tuần tới", "2025-04-10"),
    ("weekday in a week", "Lễ ký dự kiến vào thứ 6 tuần sau.", R, "thứ 6 tuần sau", "2025-04-11"),
    ("weekday in a week", "Hai bên đã điện đàm thứ 5 tuần trước.", R, "thứ 5 tuần trước", "2025-03-27"),
    ("relative day", "Hôm qua (30/3), hai bên hội đàm.", R, "Hôm qua (30/3)", "2025-03-30"),
    ("relative week", "Tuần trước, hai bên đã trao đổi.", R, "Tuần trước", "2025-03-24/2025-03-30"),
    ("relative month", "Tháng tới, đoàn sẽ sang Lào.", R, "Tháng tới", "2025-04"),
    ("relative quarter", "Kim ngạch quý trước tăng 8%.", R, "quý trước", "2024-10/2024-12"),
    ("relative quarter", "Kế hoạch quý tới đã được duyệt.", R, "quý tới", "2025-04/2025-06"),
    ("relative quarter", "Số liệu quý hiện tại đang được tổng hợp.", R, "quý hiện tại", "2025-01/2025-03"),
    ("relative year", "Năm trước, hai nước ký hiệp định.", R, "Năm trước", "2024"),
    ("relative year", "Hai bên sẽ gặp lại năm sau.", R, "năm sau", "2026"),
    ("relative year", "Hội nghị năm kế tiếp tổ chức tại Lào.", R, "năm kế tiếp", "2026"),
    ("quarter", "Dự án khởi công trong quý I năm 2026.", R, "quý I năm 2026", "2026-01/2026-03"),
    ("quarter", "Báo cáo quý 1 của năm 2026 được công bố.", R, "quý 1 của năm 2026", "2026-01/2026-03"),
    ("quarter without its year", "Hai bên rà soát tiến độ trong quý II.", R, "quý II", "2025-04/2025-06"),
    ("counted period", "Trong 5 ngày qua, đoàn làm việc tại Hà Nội.", R, "5 ngày qua", "2025-03-26/2025-03-31"),
    ("counted period", "7 ngày tới, hai bên sẽ ký kết.", R, "7 ngày tới", "2025-03-31/2025-04-07"),
    ("counted period", "Kim ngạch 6 tháng qua tăng mạnh.", R, "6 tháng qua", "2024-09-30/2025-03-31"),
    ("counted period", "Trong hai tháng tiếp theo, hai bên sẽ đàm phán.", R, "hai tháng tiếp theo", "2025-03-31/2025-05-31"),
    ("counted period", "Trong 3 năm vừa qua, thương mại tăng gấp đôi.", R, "3 năm vừa qua", "2022-03-31/2025-03-31"),
    ("counted period", "Mục tiêu 5 năm tới là 20 tỷ USD.", R, "5 năm tới", "2025-03-31/2030-03-31"),
    ("days or weeks away", "Đoàn sẽ trở lại 3 tuần sau.", R, "3 tuần sau", "2025-04-21/2025-04-27"),
    ("days or weeks away", "Đoàn đã tới đây 2 ngày trước.", R, "2 ngày trước", "2025-03-29"),
    ("days away", "Ngày kia, đoàn sẽ tới Hà Nội.", R, "Ngày kia", "2025-04-02"),
    ("units away", "3 ngày nữa, hai bên sẽ ký kết.", R, "3 ngày nữa", "2025-04-03"),
    ("units away", "Hai tháng nữa, hội nghị sẽ khai mạc.", R, "Hai tháng nữa", "2025-05"),
    ("units away", "Cách đây 30 năm, hai nước lập quan hệ.", R, "Cách đây 30 năm", "1995"),
    ("weekend", "Cuối tuần này, đoàn sẽ tới Huế.", R, "Cuối tuần này", "2025-04-05/2025-04-06"),
    ("weekend", "Cuối tuần trước, hai bên đã gặp.", R, "Cuối tuần trước", "2025-03-29/2025-03-30"),
    ("part of a year", "Kim ngạch 6 tháng đầu năm 2025 tăng 10%.", R, "đầu năm 2025", "2025"),
    ("part of a year", "Xuất khẩu 9 tháng đầu năm nay tăng mạnh.", R, "9 tháng đầu năm nay", "2025-01/2025-09"),
    ("ordinal part", "Hạn chót là ngày cuối cùng của tháng 6.", R, "ngày cuối cùng của tháng 6", "2025-06-30"),
    ("ordinal part", "Hội nghị sẽ mở vào ngày đầu tiên của tháng 10.", R, "ngày đầu tiên của tháng 10", "2025-10-01"),
    ("ordinal part", "Lễ hội diễn ra tuần cuối cùng của tháng 12 năm 2025.", R, "tuần cuối cùng của tháng 12 năm 2025", "2025-12-25/2025-12-31"),
    ("year", "Năm 2025, hai nước kỷ niệm 50 năm quan hệ.", R, "Năm 2025", "2025"),
    ("year with its lunar name", "Chúc mừng năm mới Ất Tỵ 2025 tới kiều bào.", R, "Ất Tỵ 2025", "2025"),
    ("year span", "Giai đoạn 2021-2025, thương mại tăng.", R, "2021-2025", "2021/2025"),
    ("year alone, in a name", "Việt Nam đăng cai APEC 2017 tại Đà Nẵng.", R, "2017", "2017"),
    ("year alone, in a list", "Kế hoạch đặt các mốc 2026, 2030 và 2045.", R, "2026", "2026"),
    ("clock time alone", "Đoàn xe tới Phủ Chủ tịch vào khoảng 8h25.", R, "8h25", "2025-03-31T08:25"),
    ("clock time alone", "Hai bên ký kết lúc 11 giờ sáng.", R, "lúc 11 giờ sáng", "2025-03-31T11:00"),
    ("relative day and date", "Sáng nay 31/3, hai bên hội đàm.", R, "Sáng nay 31/3", "2025-03-31"),
    ("qualified part of day", "Cuối giờ chiều 28/3, đoàn tới Huế.", R, "Cuối giờ chiều 28/3", "2025-03-28"),
    ("spaced separator", "Tối 24- 4-2010, ông tiếp đoàn.", R, "Tối 24- 4-2010", "2010-04-24"),
    ("day of the month alone", "Hai bên gặp tại Bắc Kinh ngày 28, rồi tới Thượng Hải.", R, "ngày 28", "2025-03-28"),
]  # fmt: skip


@pytest.mark.parametrize(("family", "sentence", "reference", "phrase", "value"), CASES)
def test_form(family: str, sentence: str, reference: str, phrase: str, value: str) -> None:
    found = find_dates(Document(sentence, published=reference))
    assert [(d.text, d.value) for d in found][:1] == [(phrase, value)], family


def table() -> str:
    rows = ["| form | example | reference | quoted | value |", "|---|---|---|---|---|"]
    for family, sentence, reference, phrase, value in CASES:
        rows.append(f"| {family} | {sentence} | {reference} | {phrase} | `{value}` |")
    return "\n".join(rows)


def test_docs_table_is_generated_from_these_cases() -> None:
    page = DOC.read_text(encoding="utf-8")
    head, _, rest = page.partition(START)
    _, _, tail = rest.partition(END)
    fresh = f"{head}{START}\n{table()}\n{END}{tail}"
    if os.environ.get("VNDIPLO_WRITE_DOCS"):
        DOC.write_text(fresh, encoding="utf-8")
    assert START in page and END in page, f"{DOC} lacks the {START} ... {END} markers"
    assert page == fresh, (
        "regenerate: VNDIPLO_WRITE_DOCS=1 python -m pytest tests/test_dates_forms.py"
    )
