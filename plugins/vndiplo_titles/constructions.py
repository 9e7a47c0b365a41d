"""The small closed word classes the chain grammar reads, named as data.

Each constant names one construction of titled mentions in Vietnamese news prose; the code
that reads it is in :mod:`.cursor` (predicates over tokens), :mod:`.complement` (what follows
a title word) and :mod:`.chains` (titles, names and appositives in a row). Open classes
(titles, organisations, places, surnames, honorifics) are lexicons, see :mod:`.lexicon`.
"""

from __future__ import annotations

from typing import Final

from vndiplo.place_prepositions import PLACE_PREPOSITIONS

__all__ = [
    "ABBREVIATED_TITLES",
    "ACADEMIC_DEGREES",
    "ACCREDITED_TO",
    "APPOINTED",
    "APPOSITIVE",
    "BETWEEN",
    "BUILDING_NOUNS",
    "BUILDING_UNLESS_AFTER",
    "COMPANION",
    "COMRADE",
    "CONCURRENTLY",
    "CONJUNCTION",
    "DASHES",
    "DEGREE_INITIALS",
    "DEICTIC_COUNTRY",
    "DHARMA_NAME",
    "FOREIGN_OFFICE",
    "FUSED_OFFICES",
    "GENERATIONAL",
    "GLUED_TAIL_WORDS",
    "GULF_STYLES",
    "HONORARY_CONSUL",
    "HONORIFIC_WORDS",
    "INNER_PHRASES",
    "INTERNATIONAL_PHRASES",
    "KHMER_STYLE_OPENERS",
    "KHMER_STYLE_WORDS",
    "KIN_HONORIFICS",
    "LOWER_CASE_DEGREES",
    "LOWER_MIDDLE_NAMES",
    "MAX_TITLE",
    "MEMORIAL_CLAUSE_WORDS",
    "MEMORIAL_ENDS",
    "MEMORIAL_REACH",
    "MISSION",
    "NAME_SUFFIXES",
    "NEW_IN_OFFICE",
    "NOT_LOWER_CASE_TITLES",
    "NOT_MODIFIER_AFTER",
    "NOT_NAME_PAIRS",
    "NOT_TITLE_AFTER",
    "OFFICE_CHANGES",
    "ORIGIN",
    "OWNER",
    "OWN_COUNTRY",
    "PARTICIPLE_ADVERBS",
    "POSTING",
    "READ_ON",
    "REGNAL_GLOSSES",
    "REPRESENTATIVE",
    "ROMAN",
    "SEAT_NOUNS",
    "SENDING_FROM",
    "SESSION_WORDS",
    "SHORT_COUNTRIES",
    "SPOUSE",
    "STANDALONE_OFFICES",
    "STATES_NAMED_AS_COUNTRIES",
    "STOP_EXCEPTIONS",
    "STYLES",
    "TITLES_BEFORE_A_BODY",
    "TOPIC",
    "TOPIC_AFTER",
    "VENUE_ENDS",
    "VIETNAMESE_OFFICES",
]

#: Characters that may separate a name from its appositive titles ("Tô Lâm, Tổng Bí thư";
#: "Phạm Văn A - Giám đốc Sở ...").
APPOSITIVE: Final = frozenset({",", "-", "–", "—"})

#: Nouns of a building named after an office: "Dinh Tổng thống X", "Phủ Thủ tướng X": what
#: follows the title is the building's name, not a person's ...
BUILDING_NOUNS: Final = frozenset({"dinh", "phủ", "cung"})
#: Common nouns of a seat of government a page may write in lower case before its proper
#: name ("điện Kremlin", "nhà Trắng", "phủ Tổng thống"): with the name, a known place.
SEAT_NOUNS: Final = frozenset({"điện", "nhà", "phủ", "dinh", "cung", "tòa", "trụ"})
#: The last words of a venue's common noun ("khách sạn Grand Plaza", "tòa nhà Landmark"):
#: the capitalised run after it names the venue, never a person, even right before a title
#: ("tại khách sạn X, Tổng Lãnh sự Y ...").
VENUE_ENDS: Final = frozenset(
    {("khách", "sạn"), ("nhà", "hàng"), ("tòa", "nhà"), ("cao", "ốc"), ("trung", "tâm")}
    | {("nhà", "hát"), ("sân", "bay"), ("sân", "vận", "động"), ("khu", "nghỉ", "dưỡng")}
    | {("resort",), ("hotel",), ("tòa", "tháp"), ("hội", "trường"), ("cung", "văn", "hóa")}
)
#: ... unless the noun is the second syllable of a word this one opens ("Chính phủ Thủ
#: tướng X" is the government's prime minister, a person).
BUILDING_UNLESS_AFTER: Final = "chính"
#: The last words of a memorial's or a site's noun, named after the one it honours ("Lăng
#: Chủ tịch X", "Tượng đài Vua X", "Nhà lưu niệm Đại tướng X", "Khu di tích ... của Chủ tịch
#: X"): capitalised, the site's proper name holds the person, no one the article met. A verb
#: before the title ("viếng Chủ tịch X") is no site, and a lower-case noun ("tượng đài cố Quốc
#: vương X") describes a statue of a person the article does name.
MEMORIAL_ENDS: Final = frozenset(
    {("lăng",), ("đền",), ("tượng",), ("tượng", "đài"), ("bảo", "tàng"), ("di", "tích")}
    | {("lưu", "niệm"), ("đài", "tưởng", "niệm"), ("nhà", "tưởng", "niệm")}
    | {("khu", "tưởng", "niệm"), ("bia", "tưởng", "niệm")}
)
#: How many lower-case words may describe the site between its noun and "của" ("Khu di tích
#: nơi ở và làm việc của Chủ tịch X").
MEMORIAL_REACH: Final = 8
#: Words of a clause about the site, not of its description: passive, tense, "with", "the
#: presence" ("được khánh thành với sự tham dự của ...", "đã nhận hiện vật của ...").
MEMORIAL_CLAUSE_WORDS: Final = frozenset(
    {"được", "bị", "đã", "đang", "sẽ", "vừa", "với", "nhờ", "sự", "cùng"}
)

#: Hard limit on one title's length in tokens: keeps a runaway complement bounded.
MAX_TITLE: Final = 40

#: Frequent verbs and function words a page may glue to the name before them by a lost
#: space ("Lê Văn Tâmcảm ơn", "Trần Bìnhđã phát biểu"): one syllable each, lower case. A
#: closed class, so that joined syllables of a transliterated name ("Chănđạ") stay whole.
GLUED_TAIL_WORDS: Final = frozenset(
    {"cảm", "cũng", "đã", "đang", "sẽ", "vừa", "tiếp", "cho", "phát", "và", "nói", "cùng"}
    | {"khẳng", "nhấn", "chúc", "gửi", "trao", "thăm", "dự", "bày", "đề", "gặp", "hội"}
)

#: Words before a nationality or an origin inside a title ("tỷ phú người Mỹ", "doanh nhân
#: Mỹ gốc Việt"): the place after one describes the holder, and the title goes on over it.
ORIGIN: Final = frozenset({"người", "gốc"})

#: A participle of taking or leaving office inside a title ("Đại sứ mới bổ nhiệm Lào tại
#: ...", "Tổng Lãnh sự vừa được bổ nhiệm", "Đại sứ sắp mãn nhiệm"): an optional adverb of
#: time (``PARTICIPLE_ADVERBS``), an optional passive "được", then a verb, folded. A verb
#: with no object (``OFFICE_CHANGES``) may stand right before the holder's name; one of
#: appointing (``APPOINTED``) only passive or before the office's country or posting, since
#: "Thủ tướng mới bổ nhiệm Bộ trưởng X" appoints another.
PARTICIPLE_ADVERBS: Final = frozenset({"mới", "vừa", "sắp"})
APPOINTED: Final = frozenset({("bổ", "nhiệm"), ("bầu",)})
OFFICE_CHANGES: Final = frozenset(
    {("nhậm", "chức"), ("mãn", "nhiệm"), ("đắc", "cử"), ("kết", "thúc", "nhiệm", "kỳ")}
)

#: The conjunction that joins two titles of one person ("Tổng Bí thư và Chủ tịch nước"),
#: two parts of an organisation ("Bộ Nông nghiệp và Môi trường") or a list of portfolios
#: ("Bộ trưởng Thương mại, Công nghiệp và Năng lượng").
CONJUNCTION: Final = "và"

#: Words that join a companion to the person named before them ("X và Phu nhân", "X cùng
#: Phu quân"): a spouse's title after one is the companion's, not X's.
COMPANION: Final = frozenset({"và", "cùng"})

#: The gloss of a spouse's title ("Phu nhân", "Phu quân") in the title lexicon.
SPOUSE: Final = "Spouse"

#: "Đại sứ Việt Nam tại Trung Quốc", "Đại sứ Việt Nam ở Chile": the words before a posted
#: official's host country (the place prepositions every plugin shares).
POSTING: Final = PLACE_PREPOSITIONS

#: "Thứ trưởng thường trực của Tổng thống Síp", "Ủy ban Đối ngoại của Quốc hội": an office or
#: organisation that belongs to another.
OWNER: Final = "của"

#: "Thủ tướng nước bạn", "Bộ trưởng nước chủ nhà": an office of a foreign country.
FOREIGN_OFFICE: Final = frozenset({("nước", "bạn"), ("nước", "chủ")})

#: An honorary consul of Vietnam is a national of the host country ("Lãnh sự danh dự Việt
#: Nam tại bang Kerala, Ấn Độ"): the title names Vietnam, the person is Indian.
HONORARY_CONSUL: Final = "lãnh sự danh dự"

#: Offices only Vietnam's state has, folded, past modifiers such as "nguyên": under one that
#: names no country, a Vietnamese-spelt name is Vietnamese whatever else the sentence names.
VIETNAMESE_OFFICES: Final = frozenset(
    {
        *("chủ tịch nước", "phó chủ tịch nước"),
        *("thủ tướng chính phủ", "phó thủ tướng chính phủ", "thủ tướng chính phủ việt nam"),
    }
)

#: Phrases of an international body's name, lower case: "Liên hợp quốc", "LHQ", "Nghị viện
#: châu Âu", "Liên minh Nghị viện thế giới (IPU)", "NATO". An office of one has no country
#: of its own.
INTERNATIONAL_PHRASES: Final = (
    *("liên hợp quốc", "lhq", "un", "châu âu", "eu", "châu phi", "thế giới", "quốc tế"),
    *("asean", "ipu", "nato", "wto", "imf", "apec", "oecd", "unesco", "unicef", "fao", "g20"),
    *("liên đoàn ả rập", "liên đoàn ả-rập", "liên đoàn arab", "arab league", "opec", "who"),
    *("undp", "unhcr", "iaea", "interpol", "liên minh châu phi", "khối thịnh vượng chung"),
    # forums, parliamentary unions, banks and agencies written by their initials
    *("wef", "aipa", "appf", "adb", "aiib", "ilo", "wfp", "unfpa", "unido", "unctad", "escap"),
    *("icao", "itu", "wipo", "ioc", "fifa", "icrc", "brics", "sco"),
)

#: Military ranks (folded): a rank takes no capitalised complement of its own, so the whole
#: capitalised run right after it is the name, even one that opens with no Vietnamese family
#: name ("Thiếu tá Khăm Phon Sụt Thi Na", not "Thi Na" after a title "Thiếu tá Khăm Phon Sụt").
RANKS: Final = frozenset(
    f"{grade} {step}"
    for grade in ("đại", "thượng", "trung", "thiếu", "chuẩn", "thống")
    for step in ("tướng", "tá", "úy", "sĩ")
) | frozenset({"hạ sĩ", "đô đốc", "phó đô đốc", "chuẩn đô đốc"})

#: Names that Vietnamese institutions carry as their eponym ("Đoàn Thanh niên Cộng sản Hồ Chí
#: Minh", "Học viện Chính trị quốc gia Hồ Chí Minh", "Đại học Tôn Đức Thắng"), as folded word
#: tuples: after an organisation in a title they close its name, no holder's (see
#: :func:`vndiplo_titles.complement_capitals.eponym`); right after a title word ("Chủ tịch Hồ
#: Chí Minh") they are still the person.
EPONYMS: Final = frozenset(
    tuple(name.split())
    for name in ("hồ chí minh", "tôn đức thắng", "nguyễn ái quốc", "lê quý đôn", "trần phú")
)

#: A one-word country's name and a lower-case syllable after it that spell a common noun
#: ("Mỹ phẩm" cosmetics, "Pháp luật" law, "Anh ngữ" English): inside a title's organisation
#: ("Công ty Mỹ phẩm", "Vụ Pháp luật quốc tế") no country (folded pairs).
COUNTRY_COMPOUNDS: Final = frozenset(
    (country, second)
    for country, seconds in (
        ("mỹ", "phẩm thuật nghệ học quan vị mãn nhân lệ"),
        ("pháp", "luật lý chế quyền y nhân danh sư"),
        ("anh", "ngữ văn hùng dũng"),
        ("nhật", "ký báo trình"),
        ("đức", "độ tính hạnh"),
        ("hàn", "lâm"),
    )
    for second in seconds.split()
)

#: Organisations named after the office they serve (folded): a title right after one is its
#: owner, part of the same title ("Chủ nhiệm Văn phòng Chủ tịch nước", "Chánh Văn phòng Thủ
#: tướng"), not the next title of a chain.
OFFICE_OF: Final = ("văn phòng",)

#: Honorific words that may stand between a plural marker and a title ("các ông Bộ trưởng").
HONORIFIC_WORDS: Final = frozenset({"ông", "bà", "ngài"})
#: Kinship words a Youth Union or student page puts before a member's name, in lower case
#: only ("anh Lê Văn A Bí thư Tỉnh đoàn", "chị Trần Thị B, Chủ tịch Hội"): capitalised, "Anh"
#: is Britain, so they are no entries of the honorific lexicon (matched whatever the case).
KIN_HONORIFICS: Final = frozenset({"anh", "chị"})
#: "đồng chí" likewise ("hai đồng chí Tổng Bí thư").
COMRADE: Final = ("đồng", "chí")

#: Any title of the lexicon may be written in lower case before a name ("đại tướng Lê Văn A",
#: "Chiều 5/3, thủ tướng Lê Văn A tiếp ...", "chủ tịch UBND tỉnh X": see
#: ``Cursor.lower_case_title``), except these common nouns (folded tokens), whose capitalised
#: word after them is mostly another person or a body, not their own name: "phu nhân Thủ tướng
#: X", "trợ lý Bộ trưởng X", "thành viên ASEAN", "đại diện Bộ Y tế".
NOT_LOWER_CASE_TITLES: Final = frozenset(
    {
        ("thành", "viên"),
        ("đảng", "viên"),
        ("phu", "nhân"),
        ("phu", "quân"),
        ("đại", "diện"),
        ("trợ", "lý"),
        ("cố", "vấn"),
        ("luật", "sư"),
        ("giáo", "sư"),
        ("phó", "giáo", "sư"),
        ("tiến", "sĩ"),
    }
)

#: Of those, the degrees and professions a guest list writes in lower case before a person's
#: own Vietnamese full name ("luật sư Lê Văn A", "giáo sư Trần B"): a title there only.
LOWER_CASE_DEGREES: Final = frozenset(
    {("luật", "sư"), ("giáo", "sư"), ("phó", "giáo", "sư"), ("tiến", "sĩ")}
)

#: A family name and a lower-case middle syllable that together make a common word, so no
#: name ("Hoàng gia Anh" is the British royal family, "Đồng minh Mỹ" the US's allies).
NOT_NAME_PAIRS: Final = frozenset(
    {("hoàng", "gia"), ("đồng", "minh"), ("văn", "minh"), ("quốc", "gia"), ("kim", "ngạch")}
)

#: Abbreviated titles (folded) that also abbreviate other words ("TT" is "Tổng thống",
#: "Thủ tướng", but also "thị trấn", "thông tin"): a title only right before a name that opens
#: with a family name or looks foreign ("TT Bush", "TT Nguyễn Tấn Dũng"), never a bare title.
#: Clergy ranks too: "HT" (Hòa thượng), "TT" (also Thượng tọa), "ĐĐ" (Đại đức) before a
#: dharma name ("HT.Thích Minh Tâm").
ABBREVIATED_TITLES: Final = frozenset({"tt", "ht", "đđ"})

#: The first word of a Buddhist monk's dharma name ("Thích Minh Tâm"): opens a name after an
#: abbreviated clergy rank as a family name does.
DHARMA_NAME: Final = "thích"

#: Middle syllables of Vietnamese names that overseas and older outlets write in lower case
#: ("Nguyễn minh Triết", "Trương tấn Sang"): read inside a name only between a capitalised
#: family name and a capitalised given name (:meth:`vndiplo_titles.cursor.Cursor.cap_run_end`).
LOWER_MIDDLE_NAMES: Final = frozenset(
    {"văn", "thị", "minh", "tấn", "sinh", "đức", "hữu", "xuân", "quang", "thanh", "ngọc"}
    | {"công", "duy", "đình", "quốc", "trọng", "hồng", "kim", "thế", "bá", "gia", "khắc"}
    | {"mạnh", "phú", "viết", "tiến", "huy", "thiện", "phước", "bảo", "nhật", "tuấn", "thu"}
)

#: Lower-case pairs inside a title whose first word is otherwise a stop word: "Chánh án Tòa
#: án nhân dân tối cao", "Bí thư thứ nhất", "Phó Thủ tướng thứ hai", "Ủy viên dự khuyết".
INNER_PHRASES: Final = frozenset(
    {("tối", "cao"), ("thứ", "nhất"), ("thứ", "hai")}
    # "Ủy viên dự khuyết Ban Chấp hành", "Liên hiệp các tổ chức hữu nghị", "Hội đồng Bộ
    # trưởng các nước Nam Mỹ"
    | {("dự", "khuyết"), ("các", "tổ"), ("các", "nước")}
    # "Đảng Dân chủ tự do", "Đảng Tự do dân chủ", "Thứ trưởng ... thứ ba": "do" is no "by" here
    | {("tự", "do"), ("thứ", "ba")}
    # "Ủy ban các vấn đề xã hội", "Bộ trưởng phụ trách vấn đề biên giới": "issues", the
    # portfolio of an office ("đề" opens verbs elsewhere: "đề nghị")
    | {("vấn", "đề"), ("các", "vấn")}
    # "Chủ tịch danh dự Tổ chức X": honorary, as "Lãnh sự danh dự"; "dự" is no "attend" here
    | {("danh", "dự")}
)

#: "Ủy ban quốc gia về thanh niên", "UBQG về người cao tuổi", "Hội đồng quốc gia về ...": the
#: topic of a commission ("about") is part of its name after a national or joint body; after
#: anything else "về" is a verb or a preposition of the sentence ("Thủ tướng về thăm ...").
TOPIC: Final = "về"
#: The words before "về" that open a commission's topic, as folded token pairs or words.
TOPIC_AFTER: Final = frozenset({("quốc", "gia"), ("liên", "chính", "phủ"), ("ủy", "ban")})

#: "Thủ tướng nước này Takaichi Sanae": "this country", pointing back to a country named
#: before; part of the title as written, and the name may follow.
DEICTIC_COUNTRY: Final = ("nước", "này")
#: "Đại sứ nước ta tại Mông Cổ": "our country", Vietnam in the Vietnamese press; part of the
#: title as written, and it fixes the office's country as a named Vietnam does.
OWN_COUNTRY: Final = ("nước", "ta")

#: Stop words these constructions read on over: never a safe place to cut a window.
#: "Đại sứ từ Việt Nam", "Đại sứ đến từ Nhật Bản": an envoy's sending country after "from".
SENDING_FROM: Final = frozenset({"từ", "đến"})
STOP_EXCEPTIONS: Final = frozenset(
    {w for pair in INNER_PHRASES for w in pair} | set(DEICTIC_COUNTRY) | {TOPIC} | SENDING_FROM
)

#: A Gulf ruler's or prince's style: left out only before a Gulf-style name (see
#: :func:`vndiplo_titles.names.strip_style`), since "Sheikh Hasina" bears it as her name.
GULF_STYLES: Final = frozenset({"sheikh", "sheik", "shaikh", "cheikh"})

#: Styles written before a name that are no part of it ("Samdech Krolahom Sar Kheng",
#: "Sultan Haji Hassanal Bolkiah", "Tan Sri Muhyiddin", a Khmer king's "Preah Bat Samdech
#: Preah Boromneath"), as folded words, longest first. They do not count toward a name's
#: length (:func:`vndiplo_titles.names.split_run`).
STYLES: Final = tuple(
    sorted(
        {
            ("samdech", "akka", "moha", "sena", "padei", "techo"),
            ("samdech", "akka", "moha", "thamma", "pothisal"),
            ("samdech", "akka", "moha", "thama", "pothisal"),
            # a woman's and a tycoon's styles ("Lok Chumteav Men Sam An", "Neak Oknha X")
            ("lok", "chumteav"),
            ("lok", "chumtiev"),
            ("neak", "oknha"),
            ("oknha",),
            ("samdech", "akka", "moha", "ponhea", "chakrei"),
            ("preah", "bat", "samdech", "preah", "boromneath"),
            ("preah", "bat", "samdech"),
            ("samdech", "krolahom"),
            ("samdech", "techo"),
            ("samdech",),
            ("sultan", "haji"),
            ("suntan", "haji"),
            ("xun-tan", "ha-gi"),  # the same, transliterated ("Xun-tan Ha-gi Hát-xa-nan ...")
            ("xun-tan", "ha-ji"),
            ("tan", "sri"),
            ("datuk", "seri"),
            ("datuk", "sri"),
            ("dato", "sri"),
            ("dato", "seri"),
            ("dato'", "sri"),
            ("datuk",),
            ("dato",),
            ("dato'",),
            ("dato’",),
            # a Gulf ruler's or prince's style ("Sheikh Hamdan bin Rashid"): no part of the name
            *((word,) for word in GULF_STYLES),
        },
        key=len,
        reverse=True,
    )
)

#: The words of Khmer honorific styles ("Samdech Vibol Sena Pheakdei", "Samdech Preah Agga
#: Maha Sangha Rajadhipati", "Samdech Chaufea Veang"): after an opening "Samdech" or "Preah",
#: a run of them is the style, whichever combination an outlet writes, and the name follows.
KHMER_STYLE_OPENERS: Final = frozenset({"samdech", "preah", "oknha"})
KHMER_STYLE_WORDS: Final = frozenset(
    {
        "samdech", "preah", "akka", "agga", "moha", "maha", "sena", "padei", "techo",
        "thamma", "pothisal", "ponhea", "chakrei", "krolahom", "bat", "boromneath", "vibol",
        "pheakdei", "chaufea", "chauvea", "veang", "abhisiri", "sangha", "shangha",
        "sangharaja", "shangharajah", "sangharajah", "rajadhipati", "dhipati", "sanghareach",
        "sangkhareach", "bovor", "thipadei", "thama", "dhamma", "chumteav", "chumtiev", "oknha",
    }
)  # fmt: skip

#: Dashes that join two parts of one organisation's name inside a title ("Ủy ban Văn hóa -
#: Giáo dục", "Nhóm Nghị sĩ hữu nghị Việt Nam - Liên bang Nga").
DASHES: Final = frozenset({"-", "–", "—"})

#: "Phó Thủ tướng kiêm Bộ trưởng Nội vụ": "concurrently", joining two offices in one title.
CONCURRENTLY: Final = "kiêm"

#: A modifier that is the second syllable of a word with the token before it: "chính quyền
#: Tổng thống X" (the administration of President X) holds no acting president.
NOT_MODIFIER_AFTER: Final = frozenset(
    {("chính", "quyền"), ("nhân", "quyền"), ("lễ", "tân"), ("tiếp", "tân")}
)
#: A title word that, after the token before it, names a body: "Đoàn đại biểu Quốc hội" (a
#: delegation of deputies) holds no deputy, "Trưởng đoàn Đại biểu Quốc hội tỉnh" is one title.
NOT_TITLE_AFTER: Final = frozenset({("đoàn", "đại")})
#: States of a federation that share a country's name: after "bang" (a state) the name is
#: the state's, of the federation given here ("Thống đốc bang Georgia" is American).
STATES_NAMED_AS_COUNTRIES: Final = {"georgia": "US"}

#: Two title words (lexicon forms, lower case) that name one fused office when a spaced dash
#: joins them: the party leader who is head of state ("Tổng Bí thư - Chủ tịch nước").
FUSED_OFFICES: Final = frozenset(
    {("tổng bí thư", "chủ tịch nước"), ("tổng bí thư", "chủ tịch"), ("tổng bí thư", "tổng thống")}
)

#: The English glosses of offices that govern no body but a state or a party as a whole
#: (head of state or government, party leader, monarch, and their deputies): dashed to a
#: body's office ("Phó Thủ tướng - Bộ trưởng Bộ Ngoại giao") such an office stays a title of
#: its own, where a body's office ("Phó Chủ tịch - Tổng Thư ký Ủy ban ...") shares the body.
STANDALONE_OFFICES: Final = frozenset(
    {"Prime Minister", "President", "General Secretary", "King", "Queen", "Emperor"}
)

#: The meaning of the modifier "tân" (newly in office: "tân Tổng thống"). Capitalised it is
#: far more often a name's last syllable ("Trần Lập Tân Tổng lãnh sự"), so only lower case.
NEW_IN_OFFICE: Final = "new"

#: Titles whose holder's name may end with a regnal number ("Giáo hoàng Gioan 23", "Vua
#: Charles III"), by their English gloss.
REGNAL_GLOSSES: Final = frozenset({"Pope", "King", "Queen", "Emperor"})

#: The letters of a Roman regnal number.
ROMAN: Final = frozenset("IVXL")

#: Words of a numbered session or term inside a title, folded, longest first ("Khóa họp 78",
#: "Khóa 62", "Kỳ họp thứ 10", "Phiên họp 5", "Nhiệm kỳ II"), read with a capital as without.
SESSION_WORDS: Final = (
    ("khóa", "họp"), ("khoá", "họp"), ("kỳ", "họp"), ("phiên", "họp"), ("nhiệm", "kỳ"),
    ("khóa",), ("khoá",),
    # "Chủ tịch ASEANAPOL lần thứ 29": an ordinal meeting a chair presides over ("thứ" and a
    # number must follow: a bare "lần" is the predicate's "lần đầu", "lần này")
    ("lần",),
)  # fmt: skip

#: A Latin name's generational suffix, kept whatever the title ("Benito Aquino III").
GENERATIONAL: Final = frozenset({"II", "III", "IV"})

#: A Latin name's suffixes often written with a dot ("Jr.", "Sr."), folded: the name's last
#: word, its dot no sentence's end (see :mod:`.abbreviation_dots`).
NAME_SUFFIXES: Final = frozenset({"jr", "sr"})

#: "Tiểu ban hợp tác giữa Ba Lan và các nước Baltic": "between", whose "và" joins two places
#: inside an organisation's name.
BETWEEN: Final = "giữa"

#: Lower-case words after which an organisation's name reads on ("... giữa Ba Lan và ...",
#: "... thuộc Ủy ban Đối ngoại").
READ_ON: Final = frozenset({"giữa", "thuộc"})

#: The first syllable of a country's name, as a country pair in an organisation's name writes
#: it ("Liên minh Nghị sĩ hữu nghị Nhật - Việt", "Hội hữu nghị Việt - Hàn"); a country the
#: gazetteer knows by one word ("Nhật", "Lào") is read as a place anyway.
SHORT_COUNTRIES: Final = frozenset(
    {"việt", "hàn", "trung", "thái", "ấn", "triều", "xô", "miên", "mông", "tân", "hoa"}
)

#: The last word of a diplomatic mission's name ("Đại sứ quán", "Tổng Lãnh sự quán"): its staff
#: are posted, and "tại <country>" after it names the posting.
MISSION: Final = "quán"

#: "Văn phòng đại diện": a representative office; its head is posted, "tại <place>" after it
#: names the posting as after a mission.
REPRESENTATIVE: Final = ("đại", "diện")

#: "Phái đoàn Đại diện Thường trực ... bên cạnh Liên hợp quốc": "accredited to".
ACCREDITED_TO: Final = ("bên", "cạnh")

#: Continents, oceans and world regions: places of no one country inside a title ("Ngoại trưởng
#: Châu Á - Thái Bình Dương", "Đặc phái viên Trung Đông"), never a name, though "Châu" is also a
#: family name. Read by the titles plugin only (the shared gazetteer is the events' too).
WORLD_REGIONS: Final = (
    "Châu Á", "Châu Âu", "Châu Phi", "Châu Mỹ", "Châu Úc", "Châu Đại Dương", "Á - Âu", "Á-Âu",
    "Đông Á", "Đông Nam Á", "Nam Á", "Trung Á", "Tây Á", "Đông Âu", "Tây Âu", "Trung Âu",
    "Bắc Âu", "Nam Âu", "Trung Đông", "Cận Đông", "Bắc Phi", "Tây Phi", "Đông Phi", "Trung Phi",
    "Bắc Mỹ", "Nam Mỹ", "Trung Mỹ", "Mỹ La-tinh", "Mỹ Latinh", "Ca-ri-bê", "Caribe", "Caribbean",
    "Thái Bình Dương", "Đại Tây Dương", "Ấn Độ Dương", "Bắc Cực", "Nam Cực", "Ban-căng", "Balkan",
)  # fmt: skip

#: Verbs right before a title that give it to the sentence's subject ("X được Đại hội bầu lại
#: làm Chủ tịch Đảng, đồng chí Y ... gửi điện"): the name after the comma is someone else's.
ELECTED_TO: Final = frozenset(
    tuple(words.split())
    for words in (
        "bầu làm", "bầu lại làm", "bổ nhiệm làm", "cử làm", "bầu giữ chức", "bầu vào chức",
        "bổ nhiệm giữ chức", "bầu vào cương vị", "tái bổ nhiệm làm", "bầu giữ chức vụ",
        "trúng cử chức danh", "đắc cử", "trúng cử", "tái cử",
    )
)  # fmt: skip

#: Lower-case words that open a thing given or shown, never a title's words: a classifier
#: of objects or a gift's noun ("tặng Đại sứ Lào bức ảnh ...", "trao Tổng Lãnh sự X tấm bằng
#: khen", "gửi Thủ tướng Y lẵng hoa"). The title before them stops: they are a verb's object.
#: Only words that end no other word of a title ("biểu" is in "đại biểu", "bản" a village).
GIFT_WORDS: Final = frozenset(
    {"bức", "cuốn", "quyển", "tấm", "món", "chiếc", "lẵng", "bó", "quà", "tặng", "huân"}
)

#: Academic degrees and honours abbreviated before a name ("GS.TS Lê Văn A - Hiệu trưởng",
#: "PGS.TS", "ThS", "NGƯT"), folded: read as no part of the name and no title, so the name
#: after them opens a list entry as after a comma.
ACADEMIC_DEGREES: Final = frozenset(
    {"gs", "pgs", "ts", "tskh", "ths", "bs", "bsckii", "bscki", "ks", "kts", "cn", "ncs"}
    | {"ngưt", "ngnd", "nsnd", "nsưt", "ls"}
)

#: Degrees written as two dotted letters after a name, as Malay and Indonesian pages do
#: ("Rahman Ismail S.H": Sarjana Hukum; "S.E", "M.M", "M.A", "B.A"), folded, dots left out:
#: such a tail is a degree, not the name's initials ("Pét-rốp A.V").
DEGREE_INITIALS: Final = frozenset(
    {"sh", "se", "st", "sp", "ss", "mm", "mh", "ma", "mt", "mp", "ms", "ba", "bs", "bsc", "phd"}
)

#: Titles that are also verbs ("đại diện": represent, a representative), folded: a title only
#: before a capitalised body ("đại diện Tập đoàn ABC"), never before a common noun ("đại diện
#: gia đình", "đại diện cho tỉnh").
TITLES_BEFORE_A_BODY: Final = frozenset({"đại diện"})
