"""Shapes of a capitalised run that tell a name from what is not one: a Gulf ruler's lineage
after "Sheikh", a brand's branch ending in a country ("Samsung Việt Nam"), a brand ending in a
company word ("Sun Group", "Vietjet Air")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from vndiplo.syllables import is_vietnamese_syllable

if TYPE_CHECKING:
    from vndiplo_titles.matcher import Lexicon
    from vndiplo_titles.names import Token

__all__ = [
    "camel_brand",
    "ends_in_country",
    "firm_end",
    "gulf_name",
    "latin_pair_name",
    "org_tail_end",
    "saint_place_end",
]

#: "bin", "Al Nahyan", "Al-Thani": the lineage words of a Gulf ruler's or prince's name.
_GULF_PARTICLES: Final = frozenset({"bin", "bint", "ibn", "al", "el"})


def gulf_name(name: list[Token]) -> bool:
    """Is ``name`` a Gulf-style name of two words or more, with a lineage word ("Hamdan bin
    Rashid", "Tamim Al Thani")? Only before one is "Sheikh" a style: "Sheikh Hasina" and
    "Sheikh Mujibur Rahman" carry it as part of the name, and a name is never left one word."""
    words = [t.fold for t in name if t.word]
    if len(words) < 2:
        return False
    return any(w in _GULF_PARTICLES or w.startswith(("al-", "el-")) for w in words[1:])


def ends_in_country(tokens: list[Token], i: int, b: int, lex: Lexicon) -> bool:
    """Does the run ``tokens[i:b]`` end in a country of two Vietnamese-spelt words or more
    ("Việt Nam", "Hàn Quốc") after at least one other word?"""
    for k in range(i + 1, b - 1):
        hit = lex.places.longest(tokens, k, b)
        if hit is not None and k + hit[0] == b:
            return (
                hit[1].kind == "country"
                and hit[0] >= 2
                and all(is_vietnamese_syllable(t.text) for t in tokens[k:b])
            )
    return False


#: English words that end a company's or brand's name ("Sun Group", "Vietjet Air", "Hana
#: Tour", "FPT Software"), never a person's: a class of nouns of trade, not a list of firms.
_FIRM_WORDS: Final = frozenset(
    [
        "group",
        "holdings",
        "holding",
        "corp",
        "corporation",
        "company",
        "co",
        "ltd",
        "jsc",
        "inc",
        "plc",
        "llc",
        "gmbh",
        "air",
        "airlines",
        "airline",
        "airways",
        "aviation",
        "airport",
        "tour",
        "tours",
        "travel",
        "tourist",
        "hotel",
        "hotels",
        "resort",
        "resorts",
        "software",
        "tech",
        "technology",
        "technologies",
        "systems",
        "solutions",
        "electronics",
        "motors",
        "motor",
        "bank",
        "securities",
        "insurance",
        "capital",
        "investment",
        "investments",
        "partners",
        "logistics",
        "shipping",
        "express",
        "pharma",
        "pharmaceutical",
        "foods",
        "food",
        "energy",
        "petroleum",
        "steel",
        "industries",
        "industry",
        "trading",
        "enterprise",
        "enterprises",
        "media",
        "telecom",
        "mobile",
        "consulting",
        "properties",
        "realty",
        "mart",
        "entertainment",
        "textile",
        "textiles",
        "cement",
        "chemicals",
        "construction",
        # a non-governmental body's closing noun ("HelpAge International", "Plan
        # International", "Gates Foundation", "World Vision")
        "international",
        "foundation",
        "institute",
        "association",
        "federation",
        "alliance",
        "network",
        "vision",
    ]
)


def firm_end(tokens: list[Token], i: int, b: int) -> int:
    """End of a brand's name opening the run ``tokens[i:b]``: after its last company word
    ("Vietjet Air | Nguyễn Thị A"), which must follow another word, maybe an acronym the run
    left out ("FPT | Software"), or after a word with a capital inside ("AmCham", "EuroCham |
    Nguyễn Thị A"); ``i`` when none does."""
    end = i
    first = i if i and tokens[i - 1].cap and tokens[i - 1].end + 1 == tokens[i].start else i + 1
    for k in range(i, b):
        if (k >= first and tokens[k].fold in _FIRM_WORDS) or camel_brand(tokens[k].text):
            end = k + 1
    return end


#: What comes before a capital inside a surname ("McCain", "MacArthur", "DeSantis",
#: "DiCaprio", "LaGuardia", "VanDyke", "FitzGerald"); before any other the word is a brand's.
_SURNAME_PREFIXES: Final = frozenset(
    {"mc", "mac", "de", "di", "da", "du", "del", "della", "la", "le", "lo", "van", "von", "fitz"}
)


def camel_brand(word: str) -> bool:
    """Is ``word`` written as brands and chambers are, a capital inside it after lower-case
    letters ("AmCham", "EuroCham", "PetroVietnam", "VinaCapital"), not as a surname with a
    particle glued on ("McCain", "DeSantis")? No Vietnamese or transliterated name is."""
    if len(word) < 3 or not word[0].isupper() or not word[1].islower():
        return False
    for k in range(2, len(word)):
        if not word[k].isalpha():
            return False  # "O'Brien", "Jae-In": a mark between the parts
        if word[k].isupper():
            return word[:k].lower() not in _SURNAME_PREFIXES
    return False


#: Capitalised words that close a body's name, never open a person's: "Bí thư Toàn quốc",
#: "Ủy viên Trung ương" (as folded pairs).
_BODY_TAILS: Final = frozenset({("toàn", "quốc"), ("trung", "ương")})

#: Short country words a friendship body pairs with a hyphen ("Hội hữu nghị Nhật-Việt").
_PAIRED_COUNTRIES: Final = frozenset(
    {"việt", "nhật", "pháp", "hàn", "lào", "trung", "nga", "mỹ", "đức", "anh", "úc", "ý"}
    | {"thái", "ấn", "cuba", "cu", "séc", "bỉ", "hà", "triều", "mông", "cam"}
)


def _country_pair(tok: Token, lex: Lexicon) -> bool:
    """Is ``tok`` two or more country words joined by hyphens, one of them Vietnam's
    ("Nhật-Việt", "Việt-Lào", "Campuchia-Việt" of a joint commission's "Campuchia-Việt Nam"),
    three of them (a trilateral, "Hàn-Mỹ-Nhật") or a bloc's acronym and a country
    ("ASEAN-Trung" of "ASEAN-Trung Quốc"); never a name ("Jae-in", "Xay-nha-xỏn")? A country
    word is a short one or a one-word country of the lexicon ("Campuchia", "Singapore")."""
    parts = tok.text.split("-")
    if len(parts) < 2:
        return False
    blocs = [p for p in parts if len(p) >= 2 and p.isupper()]
    countries = [p for p in parts if p.lower() in _PAIRED_COUNTRIES or _one_word_country(p, lex)]
    if not countries or len(blocs) + len(countries) != len(parts):
        return False
    return "việt" in (c.lower() for c in countries) or len(parts) >= 3 or bool(blocs)


def _one_word_country(word: str, lex: Lexicon) -> bool:
    place = lex.places.get((word.lower(),))
    return place is not None and place.kind == "country"


#: Short country words and the syllable that finishes each into the country's name ("Trung
#: Quốc", "Việt Nam"): a pair ending in the first goes on over it ("ASEAN-Trung Quốc",
#: "Campuchia-Việt Nam").
_COUNTRY_ENDS: Final = frozenset(
    {("trung", "quốc"), ("hàn", "quốc"), ("việt", "nam"), ("thái", "lan"), ("ấn", "độ")}
    | {("nhật", "bản"), ("triều", "tiên"), ("mông", "cổ")}
)


def org_tail_end(tokens: list[Token], i: int, b: int, lex: Lexicon) -> int:
    """End of the words closing an organisation's name at the start of the foreign-looking
    run ``tokens[i:b]`` ("Toàn Quốc | Marie Dupont", "Nhật-Việt | Kenji Sato"), when at
    least two words Vietnamese cannot spell follow or nothing does (a run "Nhật-Việt" is no
    name); ``i`` when none does."""
    end = i
    if i + 1 < b and (tokens[i].fold, tokens[i + 1].fold) in _BODY_TAILS:
        end = i + 2
    elif _country_pair(tokens[i], lex):
        end = i + 1
        last = tokens[i].fold.rsplit("-", 1)[-1]
        if end < b and (last, tokens[end].fold) in _COUNTRY_ENDS:
            end += 1  # "ASEAN-Trung Quốc", "Campuchia-Việt Nam"
    rest = tokens[end:b]
    if end == b:
        return end
    if end == i or len(rest) < 2 or all(is_vietnamese_syllable(t.text) for t in rest):
        return i
    return end


#: Words that make up places' names in Latin script, never a person's: compass points and
#: "new" ("New Mexico", "South Dakota", "West Bengal"), the nouns and saints of place names
#: ("Rhode Island", "Uttar Pradesh", "Tamil Nadu", "São Paulo", "Negeri Sembilan").
_PLACE_NAME_WORDS: Final = frozenset(
    {"new", "north", "south", "east", "west", "northern", "southern", "western", "eastern"}
    | {"central", "upper", "lower", "nord", "sud", "norte", "sul", "nuevo", "nueva", "baja"}
    | {"rio", "río", "são", "san", "santa", "santo", "saint", "st", "sankt", "grande"}
    | {"pradesh", "nadu", "bengal", "kashmir", "island", "islands", "territory", "capital"}
    | {"coast", "cape", "lake", "mount", "fort", "port", "negeri", "pulau", "grosso", "gerais"}
    | {"city", "district", "region", "province", "state", "columbia", "carolina", "dakota"}
)


def latin_pair_name(words: list[Token]) -> bool:
    """Are ``words`` two capitalised Latin words, one of them Vietnamese could not spell and
    neither a word of place names: a given name and a surname ("John Miller", "Tim Walz"),
    not a state ("New Mexico", "Tamil Nadu", "Rhode Island")?"""
    return (
        len(words) == 2
        and all(t.cap and t.word and not t.acronym and t.text.isalpha() for t in words)
        and any(not is_vietnamese_syllable(t.text) for t in words)
        and all(t.fold not in _PLACE_NAME_WORDS for t in words)
    )


#: A saint's word opening a place's name ("St Vincent", "Saint Lucia", "São Tomé", "Sankt
#: Gallen"); no person's name opens with one.
_SAINT_WORDS: Final = frozenset({"st", "ste", "saint", "sainte", "são", "sankt"})


def saint_place_end(tokens: list[Token], i: int, b: int) -> int:
    """End of a place named after a saint at the start of the run ``tokens[i:b]``: the
    saint's word, its dot if abbreviated ("St."), and the saint's name; ``i`` when the run
    opens otherwise."""
    if tokens[i].fold not in _SAINT_WORDS:
        return i
    k = i + 1
    if k < b and tokens[k].text == ".":
        k += 1
    return min(k + 1, b)
