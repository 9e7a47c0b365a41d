"""A small gazetteer: place and venue names -> ISO 3166-1 alpha-2, for who-travels decisions.

Only what the role rule needs: countries as the Vietnamese press writes them, their capitals
and the Chinese/Lao/Cambodian border provinces the press covers most, and the Hanoi venues
where receptions happen ("Trụ sở Trung ương Đảng", "Phủ Chủ tịch"). It is data: extend it with
the lexicon kind ``"event_places"`` (entries ``(name, ISO code)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Final

from vndiplo.registry import Registry
from vndiplo.text import normalize

__all__ = ["COUNTRY_NAMES", "DEFAULT_PLACES", "LEXICON_KIND", "Gazetteer", "gazetteer_for"]

LEXICON_KIND: Final = "event_places"

#: Country names only: these may follow a place after a comma ("Nam Ninh, Trung Quốc").
COUNTRY_NAMES: Final[dict[str, str]] = {
    "Việt Nam": "VN",
    "Trung Quốc": "CN",
    "Lào": "LA",
    "Campuchia": "KH",
    "Thái Lan": "TH",
    "Hàn Quốc": "KR",
    "Triều Tiên": "KP",
    "Nhật Bản": "JP",
    "Mỹ": "US",
    "Hoa Kỳ": "US",
    "Nga": "RU",
    "Liên bang Nga": "RU",
    "Australia": "AU",
    "Úc": "AU",
    "Cuba": "CU",
    "Singapore": "SG",
    "Indonesia": "ID",
    "Malaysia": "MY",
    "Philippines": "PH",
    "Myanmar": "MM",
    "Brunei": "BN",
    "Timor-Leste": "TL",
    "Ấn Độ": "IN",
    "Pháp": "FR",
    "Đức": "DE",
    "Anh": "GB",
    "Vương quốc Anh": "GB",
    "Italia": "IT",
    "Tây Ban Nha": "ES",
    "Canada": "CA",
    "Brazil": "BR",
    "Argentina": "AR",
    "Chile": "CL",
    "Mexico": "MX",
    "New Zealand": "NZ",
    "Ai Cập": "EG",
    "Nam Phi": "ZA",
    "Thổ Nhĩ Kỳ": "TR",
    "Iran": "IR",
    "Israel": "IL",
    "Belarus": "BY",
    "Ukraine": "UA",
    "Hungary": "HU",
    "Ba Lan": "PL",
    "Séc": "CZ",
    "Kazakhstan": "KZ",
    "Mông Cổ": "MN",
    "Venezuela": "VE",
    "Kuwait": "KW",
    "UAE": "AE",
    "Ả-rập Xê-út": "SA",
    "Saudi Arabia": "SA",
    "Qatar": "QA",
    "Hà Lan": "NL",
    "Bỉ": "BE",
    "Thụy Sĩ": "CH",
    "Thụy Điển": "SE",
    "Na Uy": "NO",
    "Phần Lan": "FI",
    "Đan Mạch": "DK",
    "Áo": "AT",
    "Bồ Đào Nha": "PT",
    "Hy Lạp": "GR",
    "Síp": "CY",
    "Mozambique": "MZ",
    "Angola": "AO",
    "Nigeria": "NG",
    "Algeria": "DZ",
    "Bangladesh": "BD",
    "Pakistan": "PK",
    "Sri Lanka": "LK",
    "Nepal": "NP",
    "Uzbekistan": "UZ",
    "Azerbaijan": "AZ",
    "Jordan": "JO",
    "Uganda": "UG",
    "Ethiopia": "ET",
    "Kenya": "KE",
    "Tanzania": "TZ",
    "Peru": "PE",
    "Colombia": "CO",
    "Nicaragua": "NI",
    "Uruguay": "UY",
    "Bulgaria": "BG",
    "Romania": "RO",
    "Serbia": "RS",
    "Slovakia": "SK",
    "Ireland": "IE",
    "Palestine": "PS",
    "Syria": "SY",
    "Iraq": "IQ",
}

_CITIES_AND_VENUES: Final[dict[str, str]] = {
    # Vietnam: cities, border provinces, the venues of receptions
    "Hà Nội": "VN",
    "Thành phố Hồ Chí Minh": "VN",
    "TP Hồ Chí Minh": "VN",
    "TP. Hồ Chí Minh": "VN",
    "Đà Nẵng": "VN",
    "Hải Phòng": "VN",
    "Huế": "VN",
    "Cần Thơ": "VN",
    "Quảng Ninh": "VN",
    "Lạng Sơn": "VN",
    "Cao Bằng": "VN",
    "Hà Giang": "VN",
    "Lào Cai": "VN",
    "Điện Biên": "VN",
    "Khánh Hòa": "VN",
    "Hạ Long": "VN",
    "Mỹ Đình": "VN",
    "Móng Cái": "VN",
    "Trụ sở Trung ương Đảng": "VN",
    "Phủ Chủ tịch": "VN",
    "Trụ sở Chính phủ": "VN",
    "Nhà Quốc hội": "VN",
    "Nhà khách Chính phủ": "VN",
    "Trụ sở Bộ Ngoại giao": "VN",
    "Nhà khách Trung ương Đảng": "VN",
    # China
    "Bắc Kinh": "CN",
    "Quảng Tây": "CN",
    "Nam Ninh": "CN",
    "Vân Nam": "CN",
    "Côn Minh": "CN",
    "Thượng Hải": "CN",
    "Quảng Châu": "CN",
    "Quảng Đông": "CN",
    "Tứ Xuyên": "CN",
    "Hải Nam": "CN",
    "Đông Hưng": "CN",
    "Bằng Tường": "CN",
    "Trùng Khánh": "CN",
    # capitals and big cities
    "Viêng Chăn": "LA",
    "Vientiane": "LA",
    "Luang Prabang": "LA",
    "Phnom Penh": "KH",
    "Phnôm Pênh": "KH",
    "Siem Reap": "KH",
    "Bangkok": "TH",
    "Seoul": "KR",
    "Busan": "KR",
    "Tokyo": "JP",
    "Osaka": "JP",
    "Washington": "US",
    "Washington D.C.": "US",
    "New York": "US",
    "San Francisco": "US",
    "Moskva": "RU",
    "Moscow": "RU",
    "Saint Petersburg": "RU",
    "Kazan": "RU",
    "Canberra": "AU",
    "Sydney": "AU",
    "Melbourne": "AU",
    "La Habana": "CU",
    "Havana": "CU",
    "Jakarta": "ID",
    "Kuala Lumpur": "MY",
    "Manila": "PH",
    "New Delhi": "IN",
    "Paris": "FR",
    "Berlin": "DE",
    "London": "GB",
    "Rome": "IT",
    "Madrid": "ES",
    "Brussels": "BE",
    "Bruxelles": "BE",
    "Ottawa": "CA",
    "Wellington": "NZ",
    "Cairo": "EG",
    "Ankara": "TR",
    "Minsk": "BY",
    "Budapest": "HU",
    "Warsaw": "PL",
    "Praha": "CZ",
    "Astana": "KZ",
    "Ulan Bator": "MN",
    "Caracas": "VE",
    "Brasilia": "BR",
    "Buenos Aires": "AR",
    "Geneva": "CH",
    "Amman": "JO",
    "Điện Kremlin": "RU",
    "Nhà Trắng": "US",
    "Lima": "PE",
    "Rio de Janeiro": "BR",
    "Vladivostok": "RU",
    "Kampala": "UG",
    "Naypyidaw": "MM",
    "Yangon": "MM",
}

_COUNTRY_KEYS: Final = frozenset(normalize(n) for n in COUNTRY_NAMES)

DEFAULT_PLACES: Final[dict[str, str]] = {**_CITIES_AND_VENUES, **COUNTRY_NAMES}


class Gazetteer:
    """Compiled place names: which country a phrase names (the last name in it wins)."""

    def __init__(self, places: Iterable[Any]) -> None:
        table: dict[str, str] = {}
        for entry in places:
            name, code = entry
            table[normalize(str(name))] = str(code)
        self.table = table
        names = sorted(table, key=len, reverse=True)
        body = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names) or r"(?!x)x"
        # Case-sensitive on purpose: "Anh", "Áo", "Nga" are also common lower-case words.
        self.regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
        countries = sorted(
            (n for n in table if n in _COUNTRY_KEYS),
            key=len,
            reverse=True,
        )
        self.country_regex = re.compile(
            r"(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in countries) + r")"
            r"(?!\w)"
        )

    def _code(self, name: str) -> str | None:
        return self.table.get(" ".join(name.split()))

    def country_of(self, phrase: str, *, first: bool = False) -> str | None:
        """The country the phrase names: the last place in it (or the first, for titles)."""
        code: str | None = None
        for match in self.regex.finditer(phrase):
            code = self._code(match.group()) or code
            if first and code:
                return code
        return code


def gazetteer_for(registry: Registry | None) -> Gazetteer:
    """The default places plus any registered under ``"event_places"``, cached per version."""
    if registry is None:
        return _default_gazetteer()
    return registry.compiled("vndiplo_events.places", _build_gazetteer)


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    return Gazetteer(DEFAULT_PLACES.items())


def _build_gazetteer(registry: Registry) -> Gazetteer:
    extra = registry.get(LEXICON_KIND)
    return Gazetteer([*DEFAULT_PLACES.items(), *extra]) if extra else _default_gazetteer()
