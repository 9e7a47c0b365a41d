"""A card of a related-news grid copied as a table cell ("![](...) <teaser> |") is no body:
its dated teaser must not give the article's event a date or a place. Invented text. Near
miss: a paragraph that merely opens with an image mark and ends as prose stays body."""

from __future__ import annotations

import vndiplo

_HEADLINE = "Chủ tịch Quốc hội Hà Văn Lộc hội đàm trực tuyến với Chủ tịch Thượng viện Chile"
_CARD = (
    "![]() Ngày 12/2, lễ khánh thành nhà tưởng niệm được tổ chức long trọng tại Valparaíso, "
    "Chile. |"
)
_BODY = (
    "Cuộc hội đàm diễn ra trong không khí thân tình, cởi mở. Hai bên nhất trí tăng cường giao "
    "lưu giữa các ủy ban chuyên môn."
)


def _run(text: str) -> vndiplo.Document:
    return vndiplo.Runner().run({"id": "c", "text": text, "published": "2024-04-02"})


def test_a_grid_card_is_boilerplate_and_lends_the_event_nothing() -> None:
    text = f"{_HEADLINE}\n{_CARD}\n![]() |\n{_BODY}"
    doc = _run(text)
    assert "Valparaíso" not in doc.body
    main = doc.events[0]
    assert main.type == "phone_call" and main.date is None and main.location is None


def test_an_image_mark_before_prose_without_a_bar_stays_body() -> None:
    text = f"{_HEADLINE}\n![]() {_BODY}\nHai bên cũng trao đổi về hợp tác đa phương."
    assert "không khí thân tình" in _run(text).body
