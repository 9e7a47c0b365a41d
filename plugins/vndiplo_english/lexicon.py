"""English words the plugin reads, as data: titles, demonyms, months, weekdays.

Pure data, no logic: the patterns that use these live in :mod:`.titles`, :mod:`.dates` and
:mod:`.triggers`.
"""

from __future__ import annotations

from typing import Final

#: Offices as English-language outlets print them before a name, longest first within a family.
#: Several may be chained with "and" ("General Secretary and President To Lam").
TITLES: Final[tuple[str, ...]] = (
    "Party General Secretary",
    "Party General Secretary and State President",
    "General Secretary",
    "Party Chief",
    "State President",
    "Vice President",
    "Vice State President",
    "President",
    "Deputy Prime Minister",
    "Prime Minister",
    "PM",
    "Deputy PM",
    "Premier",
    "National Assembly Chairman",
    "National Assembly Chairwoman",
    "National Assembly Vice Chairman",
    "National Assembly Vice Chairwoman",
    "NA Chairman",
    "NA Chairwoman",
    "Chairman",
    "Chairwoman",
    "Vice Chairman",
    "Vice Chairwoman",
    "Speaker",
    "Deputy Foreign Minister",
    "Foreign Minister",
    "Defence Minister",
    "Defense Minister",
    "Minister of Foreign Affairs",
    "Minister of National Defence",
    "Minister of Public Security",
    "Minister",
    "Deputy Minister",
    "Secretary of State",
    "Ambassador",
    "Chancellor",
    "King",
    "Queen",
    "Emperor",
    "Crown Prince",
    "Sultan",
    "Governor",
    "Mayor",
    "Senator",
    "Secretary",
    "Permanent Deputy Prime Minister",
    "Permanent Vice President",
    "Standing Member of the Secretariat",
    "Vice Premier",
    "Vice Prime Minister",
    "Vice Minister",
    "Lieutenant Governor",
    # Military ranks stand before a name as titles do ("Senior Lieutenant General Phan Van
    # Giang", "Sen. Lt. Gen. Wei Fenghe"), often after the office and a comma.
    "General",
    "Senior General",
    "Lieutenant General",
    "Senior Lieutenant General",
    "Major General",
    "Colonel",
    "Senior Colonel",
    "Admiral",
    "Vice Admiral",
    "Rear Admiral",
    "Gen.",
    "Lt. Gen.",
    "Sen. Lt. Gen.",
    "Sr. Lt. Gen.",
    "Senior Lt. Gen.",
    "Chief of the General Staff",
    "Chief of General Staff",
    "Maj. Gen.",
    "Col.",
    "Adm.",
    "Vice Adm.",
    "Rear Adm.",
    "Brigadier General",
    "Brig. Gen.",
)

#: Words of a ministry or office after "Minister of" / "Secretary of" ("Minister of Industry and
#: Trade", "Secretary of Defense"): the portfolio ends at the first word not listed, where the
#: name begins. A closed list because a capitalised run alone cannot say where one ends.
PORTFOLIO_WORDS: Final[frozenset[str]] = frozenset(
    {
        "Affairs", "Agriculture", "Commerce", "Communications", "Construction", "Culture",
        "Defence", "Defense", "Development", "Economy", "Education", "Energy", "Environment",
        "Finance", "Foreign", "Health", "Home", "Homeland", "Industry", "Information",
        "Infrastructure", "Interior", "Investment", "Invalids", "Justice", "Labour", "Labor", "Law",
        "National", "Natural", "Planning", "Public", "Resources", "Rural", "Science", "Security",
        "Social", "Sports", "State", "Technology", "Tourism", "Trade", "Training", "Transport",
        "Treasury", "Ethnic", "Minority",
    }
)  # fmt: skip

#: Demonyms that fix a title's country ("Indonesian President", "Japanese Prime Minister").
DEMONYMS: Final[dict[str, str]] = {
    "Vietnamese": "VN",
    "Indonesian": "ID",
    "Japanese": "JP",
    "Russian": "RU",
    "Indian": "IN",
    "Chinese": "CN",
    "Lao": "LA",
    "Laotian": "LA",
    "Cambodian": "KH",
    "Thai": "TH",
    "South Korean": "KR",
    "Korean": "KR",
    "North Korean": "KP",
    "US": "US",
    "U.S.": "US",
    "American": "US",
    "Australian": "AU",
    "New Zealand": "NZ",
    "French": "FR",
    "German": "DE",
    "British": "GB",
    "UK": "GB",
    "Italian": "IT",
    "Spanish": "ES",
    "Singaporean": "SG",
    "Malaysian": "MY",
    "Philippine": "PH",
    "Filipino": "PH",
    "Myanmar": "MM",
    "Bruneian": "BN",
    "Cuban": "CU",
    "Canadian": "CA",
    "Brazilian": "BR",
    "Mexican": "MX",
    "Chilean": "CL",
    "Argentine": "AR",
    "Egyptian": "EG",
    "South African": "ZA",
    "Turkish": "TR",
    "Iranian": "IR",
    "Israeli": "IL",
    "Saudi": "SA",
    "Emirati": "AE",
    "Qatari": "QA",
    "Kazakh": "KZ",
    "Mongolian": "MN",
    "Ukrainian": "UA",
    "Belarusian": "BY",
    "Polish": "PL",
    "Czech": "CZ",
    "Hungarian": "HU",
    "Dutch": "NL",
    "Belgian": "BE",
    "Swiss": "CH",
    "Swedish": "SE",
    "Norwegian": "NO",
    "Danish": "DK",
    "Finnish": "FI",
    "Austrian": "AT",
    "Portuguese": "PT",
    "Greek": "GR",
    "Bangladeshi": "BD",
    "Pakistani": "PK",
    "Sri Lankan": "LK",
    "Timorese": "TL",
    "Venezuelan": "VE",
    "Nigerian": "NG",
    "Algerian": "DZ",
    "Mozambican": "MZ",
    # the rest of the countries Vietnam's English outlets report on
    "Peruvian": "PE", "Colombian": "CO", "Ecuadorian": "EC", "Uruguayan": "UY",
    "Paraguayan": "PY", "Bolivian": "BO", "Panamanian": "PA", "Costa Rican": "CR",
    "Nicaraguan": "NI", "Dominican": "DO", "Irish": "IE", "Romanian": "RO", "Bulgarian": "BG",
    "Serbian": "RS", "Slovak": "SK", "Slovenian": "SI", "Croatian": "HR", "Estonian": "EE",
    "Latvian": "LV", "Lithuanian": "LT", "Icelandic": "IS", "Cypriot": "CY", "Maltese": "MT",
    "Uzbek": "UZ", "Kyrgyz": "KG", "Tajik": "TJ", "Turkmen": "TM", "Azerbaijani": "AZ",
    "Armenian": "AM", "Iraqi": "IQ", "Jordanian": "JO", "Lebanese": "LB", "Syrian": "SY",
    "Kuwaiti": "KW", "Omani": "OM", "Bahraini": "BH", "Palestinian": "PS", "Moroccan": "MA",
    "Tunisian": "TN", "Libyan": "LY", "Ethiopian": "ET", "Kenyan": "KE", "Tanzanian": "TZ",
    "Ugandan": "UG", "Angolan": "AO", "Ghanaian": "GH", "Senegalese": "SN",
    "Zimbabwean": "ZW", "Namibian": "NA", "Nepalese": "NP", "Nepali": "NP", "Afghan": "AF",
    "Maldivian": "MV", "Fijian": "FJ",
}  # fmt: skip

MONTHS: Final[dict[str, int]] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan.": 1,
    "Feb.": 2,
    "Mar.": 3,
    "Apr.": 4,
    "Jun.": 6,
    "Jul.": 7,
    "Aug.": 8,
    "Sep.": 9,
    "Sept.": 9,
    "Oct.": 10,
    "Nov.": 11,
    "Dec.": 12,
}

WEEKDAYS: Final[dict[str, int]] = {
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}

PARTS_OF_DAY: Final[dict[str, str]] = {
    "morning": "morning",
    "noon": "noon",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "night",
}

#: Capitalised words that end a name run: they open the next phrase, never a name. ("To" is
#: not one: it is a Vietnamese family name, "To Lam".)
NOT_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {
        "The", "On", "In", "At", "And", "Of", "For", "With", "From", "By", "As", "During",
        "After", "Before", "While", "When", "Who", "Which", "That", "This", "He", "She", "They",
        "His", "Her", "It", "Its", "But", "Also", "Photo", "VNA", "VOV", "VNS", "Mr", "Mrs", "Ms",
        "Party", "State", "Government", "Staff", "Committee", "Office", "Ministry", "Assembly",
        "Council",
        *MONTHS, *WEEKDAYS, *DEMONYMS,
    }
)  # fmt: skip

#: Countries as English outlets write them, beyond the shared place list (which holds mostly
#: Vietnamese forms): they end a title's complement ("President of Laos", "the Communist Party
#: of Viet Nam").
COUNTRY_NAMES: Final[dict[str, str]] = {
    "Vietnam": "VN", "Viet Nam": "VN", "Việt Nam": "VN", "Laos": "LA", "Cambodia": "KH",
    "Thailand": "TH", "China": "CN", "Japan": "JP", "Korea": "KR", "South Korea": "KR",
    "North Korea": "KP", "India": "IN", "Russia": "RU", "Indonesia": "ID", "Malaysia": "MY",
    "Singapore": "SG", "Philippines": "PH", "Myanmar": "MM", "Brunei": "BN", "Timor-Leste": "TL",
    "Mongolia": "MN", "Australia": "AU", "New Zealand": "NZ", "United States": "US",
    "America": "US", "Canada": "CA", "Cuba": "CU", "Brazil": "BR", "Mexico": "MX",
    "Chile": "CL", "Argentina": "AR", "France": "FR", "Germany": "DE", "Italy": "IT",
    "Spain": "ES", "United Kingdom": "GB", "Britain": "GB", "Netherlands": "NL",
    "Belgium": "BE", "Switzerland": "CH", "Sweden": "SE", "Norway": "NO", "Denmark": "DK",
    "Finland": "FI", "Austria": "AT", "Portugal": "PT", "Greece": "GR", "Poland": "PL",
    "Czech Republic": "CZ", "Hungary": "HU", "Ukraine": "UA", "Belarus": "BY",
    "Kazakhstan": "KZ", "Turkey": "TR", "Iran": "IR", "Israel": "IL", "Egypt": "EG",
    "Saudi Arabia": "SA", "Qatar": "QA", "United Arab Emirates": "AE", "Pakistan": "PK",
    "Bangladesh": "BD", "Sri Lanka": "LK", "Nepal": "NP", "South Africa": "ZA",
    "Nigeria": "NG", "Algeria": "DZ", "Mozambique": "MZ", "Venezuela": "VE",
}  # fmt: skip

#: Head nouns that end an organisation named in a title's complement ("Secretary of the Party
#: Central Committee", "Chairman of the City People's Committee").
ORGANISATION_HEADS: Final[frozenset[str]] = frozenset(
    {
        "Committee", "Party", "Commission", "Front", "Assembly", "Council", "Government",
        "Ministry", "Department", "Union", "Federation", "Association", "Office", "Secretariat",
        "Court", "Procuracy", "Bank", "Agency", "Army", "Forces", "Command", "Congress",
        "Parliament", "Senate", "Cabinet", "Board", "Organisation", "Organization", "Group",
        "Corporation", "University", "Academy", "Institute", "Authority", "Administration",
        "Politburo", "Bureau", "Society", "Alliance", "League", "Community", "Chamber",
        "Republic", "Kingdom", "Sultanate", "Emirates", "Representatives", "Deputies",
        "Councillors", "Forum", "Foundation", "Fund", "Centre", "Center", "Nations",
        # bodies written by their initials ("Speaker of the Korean NA Park Byeong-seug")
        "NA", "NPC", "CPPCC", "CPC", "CPV", "LPRP", "CPP", "UN", "ASEAN", "EU", "WTO", "NATO",
    }
)  # fmt: skip

#: Words naming a kind of place, capitalised or not, that end a place in a complement
#: ("Governor of Nagano prefecture", "of central Quang Nam province").
PLACE_KINDS: Final[frozenset[str]] = frozenset(
    {"province", "prefecture", "city", "district", "state", "region", "county", "municipality"}
)
