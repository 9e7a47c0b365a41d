"""French words the plugin reads, as data: titles, demonyms, countries, months, weekdays.

Pure data, no logic: the patterns that use these live in :mod:`.titles`, :mod:`.dates` and
:mod:`.triggers`. Titles are written in lower case ("le Premier ministre", "le président"), as
French prints an office; the patterns match their first letter in either case.
"""

from __future__ import annotations

from typing import Final

#: Offices before a name; what they are the office of follows as a complement ("président de
#: l'Assemblée nationale", "ministre des Affaires étrangères"), read by :mod:`.titles`.
TITLES: Final[tuple[str, ...]] = (
    "secrétaire général", "secrétaire générale", "secrétaire", "président", "présidente",
    "vice-président", "vice-présidente", "Premier ministre", "Première ministre",
    "vice-Premier ministre", "vice-Première ministre", "ministre", "vice-ministre",
    "ministre d'État", "ambassadeur", "ambassadrice", "chef de la diplomatie", "chef d'État",
    "gouverneur", "gouverneure", "maire", "roi", "reine", "prince héritier", "chancelier",
    "chancelière", "sultan", "membre du Bureau politique", "chef du gouvernement",
    "présidente de la République", "président de la République",
)  # fmt: skip

_DEMONYM_STEMS: Final[dict[str, str]] = {
    "vietnamien": "VN", "laotien": "LA", "cambodgien": "KH", "indien": "IN",
    "indonésien": "ID", "sud-coréen": "KR", "coréen": "KR", "nord-coréen": "KP",
    "australien": "AU", "singapourien": "SG", "canadien": "CA", "italien": "IT",
    "brésilien": "BR", "égyptien": "EG", "iranien": "IR", "israélien": "IL",
    "ukrainien": "UA", "norvégien": "NO", "autrichien": "AT", "européen": "EU",
}  # fmt: skip
_DEMONYMS_E: Final[dict[str, str]] = {
    "chinois": "CN", "japonais": "JP", "thaïlandais": "TH", "français": "FR",
    "américain": "US", "allemand": "DE", "malaisien": "MY", "philippin": "PH",
    "cubain": "CU", "espagnol": "ES", "mongol": "MN", "néo-zélandais": "NZ",
    "mexicain": "MX", "chilien": "CL", "argentin": "AR", "polonais": "PL",
    "hongrois": "HU", "portugais": "PT", "finlandais": "FI", "danois": "DK",
    "suédois": "SE", "turc": "TR", "birman": "MM", "bruneien": "BN",
}  # fmt: skip
_INVARIABLE: Final[dict[str, str]] = {
    "lao": "LA", "russe": "RU", "britannique": "GB", "belge": "BE", "suisse": "CH",
    "tchèque": "CZ", "kazakh": "KZ", "timorais": "TL", "sud-africain": "ZA",
}  # fmt: skip

#: Demonyms after a title ("le Premier ministre laotien"), every gender and number.
DEMONYMS: Final[dict[str, str]] = {
    **{f"{s}{end}": c for s, c in _DEMONYM_STEMS.items() for end in ("", "ne", "s", "nes")},
    **{f"{s}{end}": c for s, c in _DEMONYMS_E.items() for end in ("", "e", "es", "s")},
    **_INVARIABLE,
}

#: Countries as French outlets write them: they end a title's complement ("président du
#: Laos"), and fix its country.
COUNTRY_NAMES: Final[dict[str, str]] = {
    "Vietnam": "VN", "Viet Nam": "VN", "Laos": "LA", "Cambodge": "KH", "Thaïlande": "TH",
    "Chine": "CN", "Japon": "JP", "Corée": "KR", "République de Corée": "KR", "Inde": "IN",
    "Russie": "RU", "Indonésie": "ID", "Malaisie": "MY", "Singapour": "SG",
    "Philippines": "PH", "Myanmar": "MM", "Brunei": "BN", "Timor-Leste": "TL",
    "Mongolie": "MN", "Australie": "AU", "Nouvelle-Zélande": "NZ", "États-Unis": "US",
    "Etats-Unis": "US", "Canada": "CA", "Cuba": "CU", "Brésil": "BR", "Mexique": "MX",
    "Chili": "CL", "Argentine": "AR", "France": "FR", "Allemagne": "DE", "Italie": "IT",
    "Espagne": "ES", "Royaume-Uni": "GB", "Belgique": "BE", "Suisse": "CH", "Pologne": "PL",
    "Hongrie": "HU", "Ukraine": "UA", "Turquie": "TR", "Égypte": "EG", "Algérie": "DZ",
    "Maroc": "MA", "Sénégal": "SN", "Afrique du Sud": "ZA", "Kazakhstan": "KZ",
}  # fmt: skip

MONTHS: Final[dict[str, int]] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip

WEEKDAYS: Final[dict[str, int]] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}  # fmt: skip

PARTS_OF_DAY: Final[dict[str, str]] = {
    "matin": "morning", "midi": "noon", "après-midi": "afternoon", "soir": "evening",
    "soirée": "evening", "nuit": "night", "matinée": "morning",
}  # fmt: skip

#: Capitalised words that open the next phrase, never a name. Months are not among them ("Mai"
#: is a Vietnamese given name; French writes a month in lower case), nor "Son" and "Sa".
NOT_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {
        "Le", "La", "Les", "L", "Un", "Une", "De", "Du", "Des", "Et", "En", "Au", "Aux", "À",
        "A", "Il", "Elle", "Ils", "Elles", "Lors", "Selon", "Dans", "Pour", "Par", "Sur",
        "Avec", "Ce", "Cette", "Ces", "Ses", "Leur", "Leurs", "Photo", "VNA",
        "VOV", "M", "Mme", "Parti", "État", "Etat", "Gouvernement", "Comité", "Assemblée",
        "Bureau", "Ministère", "Conseil", "Front",
        *(d.capitalize() for d in WEEKDAYS),
        *COUNTRY_NAMES,
    }
)  # fmt: skip
