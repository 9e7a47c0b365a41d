# ruff: noqa: E501  (tables of invented sentences read best one per line)
"""The French-pages plugin, on invented French sentences (other names, places and dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from vndiplo_french.dates import dates_in
from vndiplo_french.language import is_french_text
from vndiplo_french.titles import titled_names

from vndiplo import Runner

RUNNER = Runner()


def run(text: str, published: str | None = "2031-03-02") -> dict:  # type: ignore[type-arg]
    record = {"id": "fr", "text": text, "published": published}
    return RUNNER.run(record).to_dict()


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        ("le Premier ministre laotien Bounmy Keola a", "Bounmy Keola", "Premier ministre laotien", "LA"),
        ("le président de l'Assemblée nationale Trân Van Hai", "Trân Van Hai", "président de l'Assemblée nationale", None),
        ("le secrétaire général du Parti communiste du Vietnam (PCV) Lê Van Binh", "Lê Van Binh", "secrétaire général du Parti communiste du Vietnam (PCV)", "VN"),
        ("le vice-président chinois Zhou Minghua", "Zhou Minghua", "vice-président chinois", "CN"),
        ("l'ambassadeur de France au Vietnam, Paul Mercier, a", "Paul Mercier", "ambassadeur de France au Vietnam", "FR"),
        ("le ministre des Affaires étrangères du Laos Sengphet Vong", "Sengphet Vong", "ministre des Affaires étrangères du Laos", "LA"),
        ("Khamsay Douang, gouverneur de Champassak, a", "Khamsay Douang", "gouverneur de Champassak", None),
        ("la présidente vietnamienne, Hoang Thi Mai, a", "Hoang Thi Mai", "présidente vietnamienne", "VN"),
    ],
)  # fmt: skip
def test_titled_names(text: str, name: str, title: str, country: str | None) -> None:
    found = list(titled_names(text))
    assert [(t.name, t.title, t.country) for t in found] == [(name, title, country)]
    assert text[found[0].start : found[0].end] == name


def test_no_name_after_a_title_followed_by_a_verb() -> None:
    assert list(titled_names("Le Premier ministre a reçu la délégation.")) == []


@pytest.mark.parametrize(
    ("text", "value", "kind", "pod"),
    [
        ("le 14 mars", "2031-03-14", "date", None),
        ("le 14 mars 2029", "2029-03-14", "date", None),
        ("mardi 4 février", "2031-02-04", "date", None),
        ("vendredi soir 7 novembre", "2031-11-07", "date", "evening"),
        ("le 1er juillet dans l'après-midi", "2031-07-01", "date", "afternoon"),
        ("du 3 au 5 octobre", "2031-10-03/2031-10-05", "span", None),
        ("du 30 septembre au 2 octobre 2030", "2030-09-30/2030-10-02", "span", None),
    ],
)
def test_french_dates(text: str, value: str, kind: str, pod: str | None) -> None:
    (found,) = dates_in(text, 0, dt.date(2031, 3, 2))
    assert (found.value, found.kind, found.part_of_day) == (value, kind, pod)
    assert text[found.start : found.end] == found.text


def test_a_date_without_a_year_or_reference_has_no_full_value() -> None:
    (found,) = dates_in("le 14 mars", 0, None)
    assert (found.value, found.year_source) == ("--03-14", None)


def test_language_gate() -> None:
    assert is_french_text("Le ministre a souligné les liens entre les deux pays et la coopération.")
    assert not is_french_text("The minister stressed the ties between the two countries and trade.")
    assert not is_french_text("Bộ trưởng nhấn mạnh quan hệ giữa hai nước và hợp tác kinh tế.")


PARTS = {
    "reçoit": ("Le Premier ministre Lê Van Binh reçoit l'ambassadeur de Suisse, Marc Dubois, à Hanoï le 14 mars.", "reception", "043", {"Lê Van Binh": "host", "Marc Dubois": "guest"}),
    "a reçu": ("Le président vietnamien Trân Van Hai a reçu le 14 mars le vice-président chinois Zhou Minghua.", "reception", "043", {"Trân Van Hai": "host", "Zhou Minghua": "guest"}),
    "s'entretient": ("Le ministre des Affaires étrangères Pham Thi Lan s'entretient avec son homologue laotien, le ministre Sengphet Vong, le 14 mars.", "talks", "046", {"Pham Thi Lan": "participant", "Sengphet Vong": "participant"}),
    "s'est entretenu": ("Le 14 mars, le Premier ministre Lê Van Binh s'est entretenu avec le Premier ministre japonais Sato Kenji.", "talks", "046", {"Lê Van Binh": "participant", "Sato Kenji": "participant"}),
    "rencontre": ("Le secrétaire général du Parti Dinh Van Son rencontre le président cubain Carlos Ruiz lundi 3 mars à Hanoï.", "meeting", "040", {"Dinh Van Son": "participant", "Carlos Ruiz": "participant"}),
    "a rencontré": ("Le vice-président Hoang Thi Mai a rencontré le 14 mars le gouverneur de Champassak Khamsay Douang.", "meeting", "040", {"Hoang Thi Mai": "participant", "Khamsay Douang": "participant"}),
    "téléphone": ("Le Premier ministre Lê Van Binh a eu un entretien téléphonique le 14 mars avec le Premier ministre thaïlandais Somsak Chai.", "phone_call", "041", {"Lê Van Binh": "participant", "Somsak Chai": "participant"}),
    "visite": ("Sur invitation du président Trân Van Hai, le président mongol Batbold Tsend effectue une visite officielle au Vietnam du 3 au 5 mars.", "visit", "042", {"Batbold Tsend": "guest", "Trân Van Hai": "host"}),
    "en visite": ("Le Premier ministre Lê Van Binh a reçu le 14 mars le ministre indien Ravi Kumar, en visite au Vietnam.", "reception", "043", {"Lê Van Binh": "host", "Ravi Kumar": "guest"}),
    "arrive": ("À l'invitation du président Trân Van Hai, le roi Norodom Chan est arrivé le 14 mars à Hanoï.", "visit", "042", {"Norodom Chan": "guest", "Trân Van Hai": "host"}),
    "signent": ("Le ministre Pham Thi Lan et le ministre Sengphet Vong signent le 14 mars un accord.", "signing", "057", {"Pham Thi Lan": "participant", "Sengphet Vong": "participant"}),
    "assiste": ("Le Premier ministre Lê Van Binh assiste le 14 mars à la fête avec l'ambassadeur Marc Dubois.", "attend", None, {"Lê Van Binh": "participant", "Marc Dubois": "participant"}),
    "message": ("Le président Trân Van Hai a adressé un message de félicitations au président Carlos Ruiz le 14 mars.", "message", None, {"Trân Van Hai": "participant", "Carlos Ruiz": "participant"}),
}  # fmt: skip


@pytest.mark.parametrize("key", sorted(PARTS))
def test_french_events(key: str) -> None:
    sentence, kind, cameo, sides = PARTS[key]
    text = sentence + " Les deux parties ont souligné la coopération entre les deux pays."
    out = run(text)
    assert out["events"], out
    event = out["events"][0]
    assert (event["type"], event["cameo"]) == (kind, cameo)
    assert {p["name"]: p["role"] for p in event["participants"]} == sides
    start, end = event["evidence"]["start"], event["evidence"]["end"]
    assert text[start:end] == sentence


def test_date_and_place_of_an_event() -> None:
    out = run(PARTS["reçoit"][0] + " Ils ont discuté de la coopération entre les deux pays.")
    event = out["events"][0]
    assert (event["date"], event["location"]) == ("2031-03-14", "Hanoï")


def test_a_reply_names_the_other_side() -> None:
    text = (
        "Une délégation de la province de Champassak, conduite par Khamsay Douang, gouverneur "
        "de Champassak, a eu une séance de travail le 5 mars avec les autorités de la ville. "
        "De son côté, le président du Comité populaire de Da Nang, Vo Thi Thu, a salué les liens "
        "entre les deux localités."
    )
    event = run(text)["events"][0]
    assert {p["name"] for p in event["participants"]} == {"Khamsay Douang", "Vo Thi Thu"}
    assert event["date"] == "2031-03-05"


def test_vietnamese_and_english_pages_get_no_french_output() -> None:
    vi = run("Chiều 14/3, tại Hà Nội, Thủ tướng Phạm Văn An tiếp Đại sứ Pháp Paul Mercier.")
    assert all(p["name"] != "Paul Mercier" or p["mentions"] for p in vi["people"])
    en = run(
        "Prime Minister Le Van Binh received French Ambassador Paul Mercier in Hanoi on March 14."
    )
    assert en["events"][0]["trigger"] == "received"
