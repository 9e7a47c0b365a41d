"""The default lexicons, as plain data: titles, organisations, surnames, honorifics, people.

Everything here is registered through ``vndiplo_register_lexicon`` (see ``__init__``) and
read back from ``context.registry``, so a user plugin extends any table without forking
this one. Entry shapes (a bare string is accepted wherever only ``name``/``title`` is needed):

``"titles.titles"``
    ``{"title": "Bộ trưởng", "gloss": "Minister", "domestic": True}``; optional keys:
    ``country`` (ISO code the title alone fixes, e.g. the NPC chairman is CN), ``posted``
    (``"Đại sứ X tại Y"``: Y is the posting, not the country), ``absorbs`` (the title takes
    another title as its complement: "Phu nhân Tổng thống ..."), ``membership`` (the
    complement is an organisation's name, every capitalised word of it: "Đảng viên Đảng
    Mặt trận Tự do" names no person "Tự do"), ``style`` (a rank that reads the office
    written right after it as one title: "Đức TGM Ngoại trưởng"). ``domestic`` says the title
    exists in Vietnam's own system, so that a Vietnamese outlet using it unqualified means a
    Vietnamese office-holder (see the country rules in ``docs/plugins/titles.md``).
    A modifier is ``{"modifier": "Phó", "meaning": "deputy"}`` (``former``, ``acting``,
    ``deputy``): it may precede any title.
``"titles.organisations"``
    ``{"name": "Bộ Ngoại giao", "gloss": "Ministry of Foreign Affairs", "country": None}``:
    words that open an organisation inside a title ("Bí thư *Đảng ủy* Khu tự trị ...").
``"titles.fields"``
    ``{"name": "Ngoại giao", "gloss": "Foreign Affairs"}``: ministry portfolios, for glosses.
``"places"`` (shared with the events plugin, read from :mod:`vndiplo.places`)
    ``{"name": "Quảng Tây", "country": "CN", "kind": "province"}``.
``"titles.surnames"``
    ``"Nguyễn"``: family names that start a Vietnamese or Sino-Vietnamese name.
``"titles.honorifics"``
    ``{"name": "Ngài", "foreign": True}``: words that introduce a name but are not titles.
``"titles.people"``
    ``{"name": "Tập Cận Bình", "country": "CN"}``: well-known office-holders whose country
    Vietnamese articles often leave unsaid.
"""

from __future__ import annotations

from typing import Any, Final

__all__ = [
    "ADMIN_WORDS",
    "CAPACITY_INTROS",
    "FIELDS",
    "HONORIFICS",
    "MODIFIERS",
    "ORGANISATIONS",
    "PARTY_NAMES",
    "PEOPLE",
    "PLURAL_MARKERS",
    "ROLE_NOUNS",
    "STOP_BIGRAMS",
    "STOP_WORDS",
    "SURNAMES",
    "TITLES",
]


def _words(text: str) -> list[str]:
    return text.split()


#: Flags of a row of :data:`TITLES` (see the module docstring); any other flag is the ISO
#: code of the country the title alone fixes. Most titles exist in Vietnam's own system, so
#: a row is ``domestic`` unless flagged ``FOREIGN``.
FOREIGN, POSTED, ABSORBS, MEMBERSHIP = "foreign", "posted", "absorbs", "membership"
STYLE = "style"


def _title(title: str, gloss: str, *flags: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"title": title, "gloss": gloss, "domestic": FOREIGN not in flags}
    for flag in flags:
        if flag in (POSTED, ABSORBS, MEMBERSHIP, STYLE):
            entry[flag] = True
        elif flag != FOREIGN:
            entry["country"] = flag
    return entry


_TITLE_ROWS: Final[tuple[tuple[str, ...], ...]] = (
    # Party
    ("Tổng Bí thư", "General Secretary"),
    ("Bí thư thứ nhất", "First Secretary", FOREIGN),
    ("Bí thư Trung ương Đảng", "Secretary of the Party Central Committee"),
    ("Thường trực Ban Bí thư", "Standing Member of the Secretariat"),
    ("Bí thư Tỉnh ủy", "Provincial Party Secretary"),
    ("Bí thư Thành ủy", "Municipal Party Secretary"),
    ("Bí thư", "Party Secretary"),
    ("Ủy viên Bộ Chính trị", "Politburo Member"),
    # an elected deputy, named with the Assembly and often its terms ("đại biểu Quốc hội
    # khóa XIII và XIV"); a bare "đại biểu" is a delegate, no title
    ("Đại biểu Quốc hội", "Member of the National Assembly"),
    ("Ủy viên Trung ương Đảng", "Member of the Party Central Committee"),
    ("Ủy viên Ban Chấp hành Trung ương", "Member of the Party Central Committee"),
    ("Ủy viên Ban Thường vụ", "Member of the Standing Committee"),
    ("Ủy viên trưởng Nhân đại toàn quốc", "Chairman of the NPC Standing Committee", "CN"),
    ("Ủy viên trưởng", "Chairman", FOREIGN),
    ("Ủy viên", "Member"),
    # a member of a provincial or city Party committee, written as one word
    ("Tỉnh ủy viên", "Member of the Provincial Party Committee"),
    ("Thành ủy viên", "Member of the City Party Committee"),
    ("Huyện ủy viên", "Member of the District Party Committee"),
    ("Quận ủy viên", "Member of the District Party Committee"),
    ("Đảng ủy viên", "Member of the Party Committee"),
    # "Thường vụ Tỉnh ủy": a member of the committee's standing board, "Ủy viên" left out
    ("Ủy viên Thường vụ Tỉnh ủy", "Member of the Provincial Standing Committee"),
    ("Ủy viên Thường vụ Thành ủy", "Member of the City Standing Committee"),
    ("Ủy viên Thường vụ Huyện ủy", "Member of the District Standing Committee"),
    ("Ủy viên Thường vụ Đảng ủy", "Member of the Standing Committee"),
    ("Thường vụ Tỉnh ủy", "Member of the Provincial Standing Committee"),
    ("Thường vụ Thành ủy", "Member of the City Standing Committee"),
    ("Thường vụ Huyện ủy", "Member of the District Standing Committee"),
    ("Thường vụ Quận ủy", "Member of the District Standing Committee"),
    ("Thường vụ Đảng ủy", "Member of the Standing Committee"),
    # State
    ("Chủ tịch nước", "President"),
    ("Chủ tịch Quốc hội", "Chairman of the National Assembly"),
    ("Chủ tịch Ủy ban nhân dân", "Chairman of the People's Committee"),
    ("Chủ tịch UBND", "Chairman of the People's Committee"),
    ("Chủ tịch HĐND", "Chairman of the People's Council"),
    ("Chủ tịch Chính hiệp toàn quốc", "Chairman of the CPPCC", "CN"),
    ("Chủ tịch", "Chairman"),
    ("Chủ nhiệm", "Chairman"),
    ("Thủ tướng Chính phủ", "Prime Minister"),
    ("Thủ tướng", "Prime Minister"),
    ("Bộ trưởng", "Minister"),
    ("Thứ trưởng", "Deputy Minister"),
    ("Ngoại trưởng", "Minister of Foreign Affairs", FOREIGN),
    ("Quốc vụ khanh", "Secretary of State", FOREIGN),
    ("Tổng thống", "President", FOREIGN),
    # a relation to the other side's office holder ("Bộ trưởng Quốc phòng Nhật Bản A và
    # người đồng cấp mới của Mỹ B"): a title only right before a name (constructions.py)
    ("Người đồng cấp", "Counterpart"),
    ("Người đồng cấp mới", "New counterpart"),  # "mới" alone is a stop word ("has just")
    ("Người đồng nhiệm", "Counterpart"),
    ("Đồng nhiệm", "Counterpart"),
    # overseas outlets' abbreviation of "Tổng thống" and "Thủ tướng" ("TT Bush"): a title
    # only right before a name (``constructions.ABBREVIATED_TITLES``)
    ("TT", "President or Prime Minister"),
    # clergy ranks abbreviated the same way ("HT.Thích Minh Tâm", "ĐĐ. Thích Nhật Từ")
    ("HT", "Most Venerable"),
    ("ĐĐ", "Reverend"),
    # a Khmer rank held with an office ("Samdech Krolahom Sar Kheng"); other Samdech styles
    # are honorifics, left out of names (constructions.STYLES)
    ("Samdech Krolahom", "Krolahom", FOREIGN, "KH"),
    # a head of state by that name alone ("Quyền Quốc trưởng Campuchia X", "Quốc trưởng Y")
    ("Quốc trưởng", "Head of State", FOREIGN),
    ("Quốc vương", "King", FOREIGN),
    ("Nhà vua", "King", FOREIGN),
    # Japan's emperor, as Vietnamese outlets name him
    ("Nhật hoàng", "Emperor", FOREIGN, "JP"),
    ("Thiên hoàng", "Emperor", FOREIGN, "JP"),
    ("Hoàng đế", "Emperor", FOREIGN),
    ("Nữ hoàng", "Queen", FOREIGN),
    ("Hoàng tử", "Prince", FOREIGN),
    # a royal rank before the first name: "Hoàng thân Karim bin ...", never part of it
    ("Hoàng thân", "Prince", FOREIGN),
    ("Thái tử", "Crown Prince", FOREIGN),
    ("Hoàng Thái tử", "Crown Prince", FOREIGN),
    ("Thân vương", "Prince", FOREIGN),
    ("Công nương", "Princess", FOREIGN),
    ("Công chúa", "Princess", FOREIGN),
    ("Hoàng hậu", "Queen", FOREIGN),
    ("Đại Công tước", "Grand Duke", FOREIGN),
    ("Giáo hoàng", "Pope", FOREIGN, "VA"),
    # the head of a Theravada sangha (Cambodia, Laos, Thailand)
    ("Đại Tăng thống", "Supreme Patriarch", FOREIGN),
    ("Tăng thống", "Supreme Patriarch", FOREIGN),
    # Catholic outlets' abbreviations: ĐTC (Đức Thánh Cha), ĐHY (Đức Hồng y), TGM (Tổng
    # Giám mục); a cardinal's or archbishop's rank reads the office after it as one title
    ("Đức Thánh Cha", "Pope", FOREIGN, "VA"),
    ("ĐTC", "Pope", FOREIGN, "VA"),
    ("Hồng y", "Cardinal", FOREIGN, STYLE),
    ("Tổng Giám mục", "Archbishop", FOREIGN, STYLE),
    ("Đức Giáo hoàng", "Pope", FOREIGN, "VA"),
    ("Đức Hồng y", "Cardinal", FOREIGN, STYLE),
    ("ĐHY", "Cardinal", FOREIGN, STYLE),
    ("Đức Tổng Giám mục", "Archbishop", FOREIGN, STYLE),
    ("Đức TGM", "Archbishop", FOREIGN, STYLE),
    ("TGM", "Archbishop", FOREIGN, STYLE),
    ("Thượng nghị sĩ", "Senator", FOREIGN),
    ("Hạ nghị sĩ", "Representative", FOREIGN),
    ("Nghị sĩ", "Member of Parliament", FOREIGN),
    ("Nghị sỹ", "Member of Parliament", FOREIGN),  # the "y" spelling many outlets keep
    ("Toàn quyền", "Governor-General", FOREIGN),
    ("Thủ hiến", "Premier", FOREIGN),
    ("Thị trưởng", "Mayor", FOREIGN),
    ("Đô trưởng", "Mayor", FOREIGN, "LA"),  # of Vientiane, the Lao capital
    # heads of foreign local governments: Chinese provinces and prefectures, Lao provinces
    # and districts ("Phó Tỉnh trưởng Chính phủ nhân dân tỉnh Vân Nam", "Tỉnh trưởng
    # tỉnh Hủa Phăn", "Châu trưởng châu tự trị ...", "Huyện trưởng huyện ...")
    ("Tỉnh trưởng", "Governor", FOREIGN),
    ("Châu trưởng", "Prefect", FOREIGN),
    ("Huyện trưởng", "District Governor", FOREIGN),
    # a Korean or Japanese city district's elected head ("Quận trưởng quận Mapo")
    ("Quận trưởng", "District Mayor", FOREIGN),
    ("Thống đốc", "Governor"),
    ("Tổng Thư ký", "Secretary-General"),
    ("Chánh án", "Chief Justice"),
    ("Viện trưởng", "Head"),
    ("Tổng Kiểm toán Nhà nước", "State Auditor General"),
    ("Người phát ngôn", "Spokesperson", ABSORBS),
    ("Phát ngôn viên", "Spokesperson", ABSORBS),
    ("Trợ lý", "Assistant", ABSORBS),
    ("Cố vấn", "Adviser", ABSORBS),
    ("Đặc phái viên", "Special Envoy", ABSORBS),
    ("Đặc sứ", "Special Envoy", ABSORBS),
    # Diplomatic service: "tại Y" names the posting
    ("Đại sứ đặc mệnh toàn quyền", "Ambassador Extraordinary and Plenipotentiary", POSTED),
    ("Đại sứ", "Ambassador", POSTED),
    ("Đại biện lâm thời", "Chargé d'affaires a.i.", POSTED),
    ("Đại biện", "Chargé d'affaires", POSTED),
    ("Tổng Lãnh sự", "Consul General", POSTED),
    ("Lãnh sự danh dự", "Honorary Consul", POSTED),
    ("Lãnh sự", "Consul", POSTED),
    # an embassy's ranks below the ambassador ("Công sứ Đại sứ quán X", "Tham tán Công sứ")
    ("Tham tán Công sứ", "Minister-Counsellor", POSTED),
    ("Công sứ", "Minister", POSTED),
    ("Tham tán", "Counsellor", POSTED),
    # a trade envoy of cabinet rank ("(Phó) Đại diện Thương mại Hoa Kỳ")
    ("Đại diện Thương mại", "Trade Representative", FOREIGN),
    ("Tùy viên Quốc phòng", "Defence Attaché", POSTED),
    ("Trưởng Cơ quan đại diện", "Head of Mission", POSTED),
    # Military ranks and commands
    ("Đại tướng", "General"),
    ("Thượng tướng", "Colonel General"),
    ("Trung tướng", "Lieutenant General"),
    ("Thiếu tướng", "Major General"),
    ("Đô đốc", "Admiral"),
    ("Phó Đô đốc", "Vice Admiral"),
    ("Chuẩn Đô đốc", "Rear Admiral"),
    ("Đại tá", "Senior Colonel"),
    ("Thượng tá", "Lieutenant Colonel"),
    ("Trung tá", "Lieutenant Colonel"),
    ("Thiếu tá", "Major"),
    ("Đại úy", "Captain"),
    ("Thượng úy", "Senior Lieutenant"),
    ("Trung úy", "First Lieutenant"),
    ("Thiếu úy", "Second Lieutenant"),
    ("Thượng sĩ", "Sergeant Major"),
    ("Trung sĩ", "Sergeant"),
    ("Binh sĩ", "Soldier"),
    ("Hạ sĩ", "Corporal"),
    # a five-star rank abroad ("Thống tướng Tia Banh"), not one of Vietnam's ranks today
    ("Thống tướng", "General of the Army", FOREIGN),
    ("Chuẩn tướng", "Brigadier General", FOREIGN),
    ("Tùy viên", "Attaché", POSTED),
    ("Tổng Tư lệnh", "Commander-in-Chief"),
    ("Tư lệnh", "Commander"),
    ("Chính ủy", "Political Commissar"),
    ("Tổng Tham mưu trưởng", "Chief of the General Staff"),
    ("Tham mưu trưởng", "Chief of Staff"),
    ("Chỉ huy trưởng", "Commander"),
    # Administration, business
    ("Tổng Giám đốc", "Director General"),
    # a founder, often joined to an office with "kiêm" ("Nhà sáng lập kiêm Chủ tịch điều
    # hành WEF", "Người đồng sáng lập kiêm Giám đốc điều hành Tập đoàn X")
    ("Nhà sáng lập", "Founder", FOREIGN),
    ("Người sáng lập", "Founder", FOREIGN),
    ("Nhà đồng sáng lập", "Co-founder", FOREIGN),
    ("Người đồng sáng lập", "Co-founder", FOREIGN),
    ("Đồng sáng lập", "Co-founder", FOREIGN),
    ("Giám đốc", "Director"),
    # English executive titles outlets keep as written ("ông X, CEO Tập đoàn Y", "X-CEO ...")
    ("CEO", "Chief Executive Officer", FOREIGN),
    ("CFO", "Chief Financial Officer", FOREIGN),
    ("COO", "Chief Operating Officer", FOREIGN),
    ("CTO", "Chief Technology Officer", FOREIGN),
    ("Cục trưởng", "Director General"),
    ("Tổng cục trưởng", "Director General"),
    ("Vụ trưởng", "Director"),
    ("Trưởng ban", "Head"),
    ("Trưởng phòng", "Head of Division"),
    # an agency's or NGO's country head: "Trưởng đại diện UNICEF tại Việt Nam"
    ("Trưởng đại diện", "Chief Representative", POSTED),
    ("Trưởng đoàn", "Head of Delegation"),
    ("Trưởng Phái đoàn", "Head of Delegation", POSTED),
    # a permanent mission's head: "Đại diện" here names the mission, no second title
    ("Trưởng Phái đoàn Đại diện", "Head of Permanent Mission", POSTED),
    ("Chánh Văn phòng", "Chief of Office"),
    ("Chánh Thanh tra", "Chief Inspector"),
    # the government's inspectorate head, a minister's rank ("Tổng Thanh tra Chính phủ Lào")
    ("Tổng Thanh tra", "Inspector General"),
    ("Hiệu trưởng", "Rector"),
    # Professions, degrees and clergy before a name: a role the article names the person by
    # ("Luật sư Lê Văn A", "Giáo sư Trần B", "Hòa thượng Thích C"); overseas outlets'
    # "Dân biểu" (a legislator) and "Nghị viên" (a councillor)
    ("Giáo sư", "Professor", FOREIGN),
    ("Phó Giáo sư", "Associate Professor", FOREIGN),
    ("Tiến sĩ", "Doctor", FOREIGN),
    ("Thạc sĩ", "Master", FOREIGN),
    # a physician, an engineer, a businessman, a writer: the role a guest list names one by
    ("Bác sĩ", "Physician", FOREIGN),
    ("Kỹ sư", "Engineer", FOREIGN),
    ("Doanh nhân", "Businessperson", FOREIGN),
    ("Nhà báo", "Journalist", FOREIGN),
    ("Ký giả", "Journalist", FOREIGN),
    ("Nhà văn", "Writer", FOREIGN),
    ("Luật sư", "Lawyer", FOREIGN),
    ("Hòa thượng", "Most Venerable", FOREIGN),
    ("Thượng tọa", "Venerable", FOREIGN),
    ("Đại đức", "Reverend", FOREIGN),
    # a monk or nun named by the calling, mostly in lower case ("gặp nhà sư Thích A")
    ("Nhà sư", "Monk", FOREIGN),
    ("Thiền sư", "Zen Master", FOREIGN),
    ("Ni sư", "Venerable Nun", FOREIGN),
    # a Sangha's senior monk and its supreme patriarch ("Trưởng lão Hòa thượng Thích A",
    # "Pháp chủ Giáo hội Phật giáo")
    ("Trưởng lão", "Elder", FOREIGN),
    ("Pháp chủ", "Supreme Patriarch", FOREIGN),
    ("Linh mục", "Priest", FOREIGN),
    # a party's or a nation's leader, a fortune, a reporter: roles an article names one by
    # ("lãnh tụ Cuba Fidel Castro", "tỷ phú Bill Gates", "phái viên Anna Reed của đài ...")
    ("Lãnh tụ", "Leader", FOREIGN),
    ("Tỷ phú", "Billionaire", FOREIGN),
    ("Tỉ phú", "Billionaire", FOREIGN),
    ("Phái viên", "Correspondent", FOREIGN),
    # a team's coach, named by the role ("huấn luyện viên Lee Min Ho của đội tuyển")
    ("Huấn luyện viên", "Coach", FOREIGN),
    # membership a delegation's list gives a member ("ông X, thành viên Nhóm Nghị sĩ")
    ("Thành viên", "Member", FOREIGN),
    # a company's or a body's delegate named in a meeting ("ông X, đại diện Tập đoàn Y")
    ("Đại diện", "Representative", FOREIGN),
    # the EU's foreign-policy chief ("Đại diện cao cấp về chính sách đối ngoại ... của EU")
    ("Đại diện cao cấp", "High Representative", FOREIGN),
    ("Đảng viên", "Party Member", FOREIGN, MEMBERSHIP),
    ("Dân biểu", "Representative", FOREIGN),
    ("Nghị viên", "Councillor", FOREIGN),
    # Spouses: "Phu nhân Tổng thống X" -- the title absorbs the spouse's title
    ("Phu nhân", "Spouse", ABSORBS),
    ("Phu quân", "Spouse", ABSORBS),
)

TITLES: Final[list[dict[str, Any]]] = [_title(*row) for row in _TITLE_ROWS]

MODIFIERS: Final[list[dict[str, str]]] = [
    {"modifier": "nguyên", "meaning": "former"},
    {"modifier": "cựu", "meaning": "former"},
    {"modifier": "cố", "meaning": "former"},  # the late ("cố Tổng Bí thư")
    {"modifier": "Quyền", "meaning": "acting"},
    {"modifier": "Phó", "meaning": "deputy"},
    # newly elected or appointed ("tân Tổng thống"); lower case only, see cursor.head_at
    {"modifier": "tân", "meaning": "new"},
    # in office now ("đương kim Thủ tướng X"): kept in the title as written, like "nguyên"
    {"modifier": "đương kim", "meaning": "incumbent"},
]

ORGANISATIONS: Final[list[dict[str, Any]]] = [
    {"name": name}
    for name in (
        "Bộ Chính trị",
        "Ban Bí thư",
        "Ban Chấp hành Trung ương",
        "Ban Chấp hành",
        "Ban Thường vụ",
        "Trung ương Đảng",
        "Trung ương",
        # departments named after a region: the region is the department's, not a name's
        # ("Vụ trưởng Vụ Châu Mỹ Lê Văn A"); any-case lookup reads "Vụ châu Mỹ" too
        "Vụ Châu Mỹ",
        "Vụ Châu Âu",
        "Vụ Châu Phi",
        "Vụ Đông Bắc Á",
        "Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương",
        "Vụ Đông Nam Á",
        "Vụ Trung Đông - Châu Phi",
        "Vụ Tây Á - Châu Phi",
        "Cục Châu Á",
        "T.Ư",  # legacy abbreviation of "Trung ương" ("Ủy viên T.Ư Đảng")
        "T.W",
        "Đảng ủy",
        "Tỉnh ủy",
        "Thành ủy",
        "Khu ủy",
        "Huyện ủy",
        "Quận ủy",
        "Đảng đoàn",
        "Đảng bộ",
        "Đảng Cộng sản",
        "Đảng",
        "Chính phủ",
        "Nội các",
        "Quốc hội",
        "Nhà nước",
        "Chính quyền",
        "Ủy ban Thường vụ Quốc hội",
        "Ủy ban nhân dân",
        "Ủy ban",
        "Tiểu ban",
        "Phân ban",
        "Hội đồng nhân dân",
        "Hội đồng",
        "Mặt trận Tổ quốc",
        "Bộ Tư lệnh",
        "Bộ đội Biên phòng",
        "Bộ Chỉ huy",
        "Bộ",
        "Ban",
        "Sở",
        "Tổng cục",
        "Cục",
        "Vụ",
        "Học viện",
        "Viện Kiểm sát",
        "Viện",
        "Tòa án",
        "Văn phòng",
        # a head of state's or government's office ("Phủ Tổng thống", "Phủ Thủ tướng")
        "Phủ",
        "Tập đoàn",
        "Tổng công ty",
        "Công ty",
        "Ngân hàng",
        "Hải quân",
        "Không quân",
        "Lục quân",
        "Quân khu",
        "Quân chủng",
        "Quân đội",
        "Đại sứ quán",
        "Tổng Lãnh sự quán",
        "Lãnh sự quán",
        "Phái đoàn",
        "Nhóm Nghị sĩ hữu nghị",
        "Nhóm Nghị sĩ",
        "Liên minh Nghị viện",
        "Thượng viện",
        "Hạ viện",
        # foreign chambers and bodies whose capitalised name would read as a person's
        # ("Chủ tịch Đuma Quốc gia Nga ...", "Chủ tịch Phòng Thương mại ...")
        "Đuma Quốc gia",
        "Duma Quốc gia",
        "Đuma",
        "Duma",
        "Phòng Thương mại",
        "Nghị viện",
        # the European Union's bodies, "châu Âu" in lower case as often as not
        "Liên minh châu Âu",
        "Ủy ban châu Âu",
        "Hội đồng châu Âu",
        "Nghị viện châu Âu",
        "Khu tự trị",
        # unions and church bodies opening with "Tổng" (not a family name; "Tống" is): "Chủ
        # tịch Tổng Công đoàn Mông Cổ", "Tổng Giám mục Tổng Giáo phận Huế"
        "Tổng Liên đoàn",
        "Tổng Công đoàn",
        "Công đoàn",
        "Tổng Giáo phận",
        "Giáo phận",
        "Giáo hội",
        "Tổng hội",
        "Liên đoàn",
        "Liên hiệp",
        "Liên minh",
        "Hiệp hội",
        "Hội",
        "Tổ chức",
        # a fund, a hotel, a carrier: "Giám đốc Quỹ Nhi đồng ...", "Khách sạn Melia Hà Nội"
        "Quỹ",
        "Khách sạn",
        "Hãng",
        "Đoàn",
        "Đại học",
        "Trường",
        "Thành phố",
        "Thủ đô",
        # a letter's address line: "Thủ tướng Nước Cộng hòa ...", the state, not a name
        "Nước",
    )
] + [
    {"name": "Nhân đại toàn quốc", "gloss": "National People's Congress", "country": "CN"},
    {"name": "Chính hiệp toàn quốc", "gloss": "CPPCC National Committee", "country": "CN"},
    {"name": "Quốc vụ viện", "gloss": "State Council", "country": "CN"},
    {"name": "Chính hiệp", "gloss": "CPPCC", "country": "CN"},
    {"name": "Phủ Giáo hoàng", "gloss": "Pontifical Council", "country": "VA"},
    {"name": "Hội đồng Giáo hoàng", "gloss": "Pontifical Council", "country": "VA"},
    {"name": "Bộ Văn hóa, Thể thao và Du lịch", "gloss": "Ministry of Culture, Sports and Tourism"},
    {
        "name": "Bộ Lao động - Thương binh và Xã hội",
        "gloss": "Ministry of Labour, Invalids and Social Affairs",
    },
]

FIELDS: Final[list[dict[str, str]]] = [
    {"name": name, "gloss": gloss}
    for name, gloss in (
        ("Ngoại giao và Hợp tác quốc tế", "Foreign Affairs and International Cooperation"),
        ("Ngoại giao", "Foreign Affairs"),
        ("Đối ngoại", "External Relations"),
        ("Ngoại vụ", "External Affairs"),  # a province's department ("Sở Ngoại vụ")
        ("Tuyên giáo", "Propaganda and Education"),
        ("Dân vận", "Mass Mobilisation"),
        ("Nội chính", "Internal Affairs"),
        ("Quốc phòng", "National Defence"),
        ("Công an", "Public Security"),
        ("An ninh", "Security"),
        ("Tài chính", "Finance"),
        ("Công Thương", "Industry and Trade"),
        ("Thương mại", "Trade"),
        ("Kế hoạch và Đầu tư", "Planning and Investment"),
        ("Tư pháp", "Justice"),
        ("Nội vụ", "Home Affairs"),
        ("Y tế", "Health"),
        ("Giáo dục và Đào tạo", "Education and Training"),
        ("Giáo dục", "Education"),
        ("Đào tạo", "Training"),
        ("Xây dựng", "Construction"),
        ("Giao thông vận tải", "Transport"),
        ("Giao thông", "Transport"),
        ("Vận tải", "Transport"),
        ("Nông nghiệp và Phát triển nông thôn", "Agriculture and Rural Development"),
        ("Nông nghiệp và Môi trường", "Agriculture and Environment"),
        ("Nông nghiệp", "Agriculture"),
        # "Bộ Nông, lâm, ngư nghiệp": each is a portfolio, the shared "nghiệp" written once
        ("Lâm nghiệp", "Forestry"),
        ("Ngư nghiệp", "Fisheries"),
        ("Thủy sản", "Fisheries"),
        ("Thương binh", "War Invalids"),
        ("Xã hội", "Social Affairs"),
        ("Tài nguyên và Môi trường", "Natural Resources and Environment"),
        ("Khoa học và Công nghệ", "Science and Technology"),
        ("Thông tin và Truyền thông", "Information and Communications"),
        ("Văn hóa, Thể thao và Du lịch", "Culture, Sports and Tourism"),
        ("Văn hóa", "Culture"),
        ("Lao động - Thương binh và Xã hội", "Labour, Invalids and Social Affairs"),
        ("Dân tộc và Tôn giáo", "Ethnic and Religious Affairs"),
        ("Kinh tế", "Economy"),
        ("Năng lượng", "Energy"),
        ("Công nghiệp", "Industry"),
        ("Thể thao", "Sports"),
        ("Du lịch", "Tourism"),
        ("Môi trường", "Environment"),
        ("Tài nguyên", "Natural Resources"),
        ("Đầu tư", "Investment"),
        ("Hội nhập", "Integration"),
        ("Lao động", "Labour"),
        ("Phúc lợi", "Welfare"),
        ("Khoa học", "Science"),
        ("Công nghệ", "Technology"),
        ("Đổi mới", "Innovation"),
    )
]

#: Family names that open a Vietnamese name or the Sino-Vietnamese reading of a Chinese one.
SURNAMES: Final[tuple[str, ...]] = tuple(
    _words(
        """
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lương Trịnh Đinh
    Mai Tô Lưu Vương Tập Triệu Đào Đoàn Cao Chu Châu Hà Lâm Quách Thái Tạ Từ Kiều Khổng Mạc
    Hứa Thân Trương Ông La Lạc Diệp Tôn Tống Giang Kim Văn Tăng Nghiêm Lại Lò Giàng Hầu Thạch
    Khúc Doãn Phùng Âu Mã Viên Lục Nông Chung Cù Tiêu Bạch Hàn Vi Lã Liêu Quan Mao Hạ Sầm Dư
    Ôn Khương Lư Hoa Giả Uông Thẩm Đường Khâu Phí Trình Đàm Đậu Tiền Tưởng Ninh Kha Cát Lỗ
    Tần Tào Bành Chử Ngụy Quản Diêm Tất Thi Yên Đổng Điền Mạnh Nhan Phương
    Lam Lâm Thạch Sùng Vàng Thào Lầu Mùa Vừ Tòng Lường Quàng Cầm Hờ Sình Lù Chẩu Ma Ksor
    Du Tề Nhiếp Mạnh Kỷ Hách Thiệu Lận Hồng
    Bế Đèo Bàn Giáp Nhữ Lữ Mẫn Ngọ Siu Lô
    Danh Điểu Kpă Rmah
    """
    )
)

HONORIFICS: Final[list[dict[str, Any]]] = [
    {"name": "đồng chí"},
    {"name": "ông"},
    {"name": "bà"},
    # a couple named by the husband's name ("ông bà Lê Văn A"), as overseas outlets list guests
    {"name": "ông bà"},
    {"name": "cô"},
    {"name": "ngài", "foreign": True},
    {"name": "quý ông"},
    {"name": "quý bà"},
]

#: Well-known office-holders whose country Vietnamese articles often leave unsaid: leaders,
#: foreign and defence ministers of the partners Vietnamese news writes most about, present
#: and past (archived pages are read too). A hyphen, a middle initial and the family name
#: alone are matched loosely (see :func:`vndiplo_titles.country.known_country`).
PEOPLE: Final[list[dict[str, str]]] = [
    {"name": name, "country": code}
    for code, names in (
        (
            "CN",
            "Tập Cận Bình|Lý Cường|Vương Nghị|Triệu Lạc Tế|Vương Hỗ Ninh|Thái Kỳ|"
            "Đinh Tiết Tường|Lý Hy|Hàn Chính|Lý Khắc Cường|Hồ Cẩm Đào|Ôn Gia Bảo|Giang Trạch Dân|"
            "Lý Bằng|Chu Dung Cơ|Ngô Bang Quốc|Giả Khánh Lâm|Dương Khiết Trì|Lý Triệu Tinh|"
            # founders the friendship formulas name ("Chủ tịch Hồ Chí Minh và Chủ tịch Mao ...")
            "Mao Trạch Đông|Chu Ân Lai|Đặng Tiểu Bình|Lưu Thiếu Kỳ",
        ),
        (
            "RU",
            "Vladimir Putin|Sergey Lavrov|Sergei Lavrov|Dmitry Medvedev|Mikhail Mishustin|"
            "Mikhail Fradkov|Nikolai Patrushev|Sergei Shoigu|Sergey Shoigu|Boris Yeltsin|"
            "Valentina Matviyenko|Vyacheslav Volodin",
        ),
        (
            "US",
            "Donald Trump|Joe Biden|JD Vance|Marco Rubio|Antony Blinken|Pete Hegseth|"
            "George W. Bush|Bill Clinton|Barack Obama|Hillary Clinton|John Kerry|"
            "Condoleezza Rice|Colin Powell|Mike Pompeo|Rex Tillerson|Kamala Harris|Lloyd Austin|"
            "Ashton Carter|Chuck Hagel|Leon Panetta|Robert Gates|Jim Mattis|Mark Esper|"
            "Nancy Pelosi|John McCain",
        ),
        (
            "KP",
            "Kim Jong Un|Kim Jong Il|Kim Il Sung|Kim Yo Jong|Choe Son Hui|Kim Nhật Thành|"
            "Kim Chính Nhật|Kim Chính Ân",
        ),
        (
            "KR",
            "Lee Jae Myung|Lee Jae-myung|Yoon Suk Yeol|Moon Jae-in|Park Geun-hye|Lee Myung-bak|"
            "Roh Moo-hyun|Han Duck-soo",
        ),
        (
            "JP",
            "Sanae Takaichi|Ishiba Shigeru|Shigeru Ishiba|Kishida Fumio|Fumio Kishida|"
            "Shinzo Abe|Abe Shinzo|Junichiro Koizumi|Yoshihide Suga|Suga Yoshihide|"
            "Yoshihiko Noda|Naoto Kan|Taro Kono|Kono Taro",
        ),
        (
            "LA",
            "Thongloun Sisoulith|Sonexay Siphandone|Kaysone Phomvihane|Bounnhang Vorachith|"
            "Bounnhang Volachith|Choummaly Sayasone|Thongsing Thammavong|Saysomphone Phomvihane|"
            "Pany Yathotou|Phankham Viphavanh|"
            # the same leaders as Vietnamese news transliterates them
            "Cay-xỏn Phôm-vi-hản|Xu-pha-nu-vông|Thoong-lun Xi-xu-lít|Bun-nhăng Vo-la-chít|"
            "Chum-ma-ly Xay-nha-xỏn|Xổm-xạ-vạt Lềnh-xạ-vắt|Xỏn-xay Xi-phăn-đon",
        ),
        (
            "KH",
            "Hun Manet|Hun Sen|Prak Sokhonn|Norodom Sihamoni|Norodom Sihanouk|Heng Samrin|Chea Sim",
        ),
        (
            "AU",
            "Anthony Albanese|Sam Mostyn|Penny Wong|Tony Abbott|Malcolm Turnbull|Scott Morrison",
        ),
        ("IN", "Narendra Modi|Manmohan Singh|Subrahmanyam Jaishankar"),
        ("FR", "Emmanuel Macron|François Hollande|Nicolas Sarkozy|Jacques Chirac"),
        ("DE", "Olaf Scholz|Friedrich Merz|Angela Merkel|Frank-Walter Steinmeier"),
        ("ID", "Prabowo Subianto|Joko Widodo|Susilo Bambang Yudhoyono"),
        ("MY", "Anwar Ibrahim|Mahathir Mohamad"),
        ("SG", "Lawrence Wong|Lý Hiển Long|Lee Hsien Loong"),
        ("TH", "Prayut Chan-o-cha|Srettha Thavisin|Paetongtarn Shinawatra|Yingluck Shinawatra"),
        ("PH", "Rodrigo Duterte|Ferdinand Marcos Jr."),
        (
            "CU",
            "Miguel Díaz-Canel|Fidel Castro|Raúl Castro|Phi-đen Cát-xtơ-rô|Ra-un Cát-xtơ-rô|"
            "Mi-ghen Đi-át-Ca-nen",
        ),
        ("VE", "Hugo Chávez|Nicolás Maduro"),
        (
            "BR",
            "Luiz Inácio Lula da Silva|Lula da Silva|Jair Bolsonaro|Dilma Rousseff|Michel Temer",
        ),
        ("AR", "Javier Milei|Mauricio Macri"),
        ("MX", "Claudia Sheinbaum"),
        ("GB", "Keir Starmer"),
        ("IT", "Giorgia Meloni"),
        ("ZA", "Cyril Ramaphosa"),
        ("UA", "Volodymyr Zelensky"),
        ("SY", "Bashar al-Assad"),
        ("EG", "Abdel Fattah el-Sisi"),
        ("TR", "Recep Tayyip Erdoğan"),
        ("IL", "Benjamin Netanyahu"),
        ("CA", "Justin Trudeau"),
        ("VN", "Hồ Chí Minh"),
    )
    for name in names.split("|")
]

#: Lower-case words that end a title's complement: verbs and function words that never
#: occur inside an organisation's name. Checked only on lower-case tokens.
STOP_WORDS: Final[frozenset[str]] = frozenset(
    _words(
        """
    đã đang sẽ vừa mới cũng tiếp gặp thăm dự ký gửi trao nói tới đến sang là được bị với
    của khi cho về theo sau trước này đó kia vào ra có do bởi thì mà nhưng hay hoặc rằng
    cùng đi làm lên xuống hôm sáng chiều tối trưa nay qua vẫn luôn đều các những một hai ba
    mọi nhiều vài cả bày khẳng đánh nhấn chào cảm đề lĩnh trân nêu hoan chúc mong dẫn kêu
    tham tỏ biết tuyên ở từ tại để nhằm lắng mời thứ xin thay còn
    """
    )
)

#: Short names of political parties a page writes bare, capitalised, after a title in lower
#: case ("tổng thống Dân Chủ", "thủ tướng Bảo Thủ": a Democrat president, a Conservative
#: prime minister), as folded tokens: a party, not a person's name.
PARTY_NAMES: Final[frozenset[tuple[str, ...]]] = frozenset(
    tuple(_words(name))
    for name in (
        "dân chủ",
        "cộng hòa",
        "cộng hoà",
        "bảo thủ",
        "tự do",
        "xã hội",
        "lao động",
        "công đảng",
        "cấp tiến",
        "dân túy",
        "dân tuý",
        "xanh",
        "dân chủ xã hội",
        "xã hội dân chủ",
        "dân chủ tự do",
        "dân chủ thiên chúa giáo",
    )
)

#: Two-word verbs whose first word may otherwise continue an organisation name
#: ("Đại hội", "Giao thông", "Biên giới" keep "hội", "thông", "giới" inside names).
STOP_BIGRAMS: Final[frozenset[tuple[str, ...]]] = frozenset(
    tuple(_words(pair))
    for pair in (
        "chủ trì",
        "đồng chủ",
        "nhân dịp",
        "trực tiếp",
        "thường xuyên",
        "hội đàm",
        "hội kiến",
        "điện đàm",
        "tin tưởng",
        "thông báo",
        "giới thiệu",
        "chân thành",
        "nhiệt liệt",
        "phát biểu",
        "thực hiện",
        "nhận định",
        "đồng thời",
        "tiếp tục",
        "điện mừng",
        # an ordinal or a feeling after an office ("Thống đốc bang X đầu tiên thăm ...",
        # "Đại sứ vui mừng nhận thấy ..."): the predicate, never an organisation's words
        "đầu tiên",
        "vui mừng",
        # "Thứ trưởng X được bổ nhiệm giữ chức ...": the office taken, not part of the one held
        # ("gìn giữ hòa bình" keeps "giữ" inside a name)
        "giữ chức",
        "giữ cương",
        # "kể từ khi Chủ tịch nước còn trên cương vị Bộ trưởng ...": a capacity opens the
        # office held then, never a part of the office before it
        "trên cương",
        "trong cương",
        # "do ông X, Thứ trưởng ... hướng dẫn": the verb of leading a delegation
        "hướng dẫn",
        "giữ vị",
        "giữ vai",
    )
)

#: Words before a bare title that make it plural or generic, so it names no one person.
PLURAL_MARKERS: Final[frozenset[str]] = frozenset(_words("các những hai ba mọi nhiều vài cả giữa"))

#: Lower-case words of administrative divisions and natural features: the capitalised run
#: right after one inside a title is a place, part of the title ("Thống đốc tỉnh Gyeonggi",
#: "Thị trưởng thành phố Osaka", "Ủy ban châu Âu"), not a name.
ADMIN_WORDS: Final[frozenset[tuple[str, ...]]] = frozenset(
    tuple(_words(words))
    for words in (
        "tỉnh",
        "thành phố",
        "bang",
        "tiểu bang",
        "châu",
        "vùng",
        "khu vực",
        "quận",
        "huyện",
        "hạt",
        "xã",
        "phường",
        "thị trấn",
        # "tại TP.Đà Nẵng", "Hội đồng TP. Suwon": the city's abbreviation with its dot, and
        # without it ("Thị trưởng TP Daegu"): a capital after it opens a place, so an
        # unknown city there is the title's, never the holder's name
        "tp .",
        "tp",
        # natural features name a place as divisions do: "Ủy hội sông Mekong", "Ban quản lý
        # vịnh Hạ Long", "tiểu vùng sông Mê Kông" ("biển" alone is left out: "Cảnh sát biển")
        "sông",
        "hồ",
        "núi",
        "dãy núi",
        "vịnh",
        "đảo",
        "quần đảo",
        "bán đảo",
        "eo biển",
        "lưu vực",
        "cao nguyên",
        "đồng bằng",
        "đèo",
        "kênh",
    )
)

#: Phrases before a title that give a capacity ("trên cương vị Bộ trưởng Quốc phòng Nga"):
#: the title is one of the person the sentence is about (see ``merge``), not a mention.
CAPACITY_INTROS: Final[frozenset[tuple[str, ...]]] = frozenset(
    tuple(_words(words))
    for words in (
        "trên cương vị",
        "với cương vị",
        "trong cương vị",
        "với tư cách",
        "ở cương vị",
        "giữ cương vị",
        "đảm nhiệm cương vị",
        "đảm nhận cương vị",
        "đảm nhiệm chức vụ",
        "đảm nhận chức vụ",
        "giữ chức vụ",
        "giữ chức",
        "đảm nhiệm chức",
        # "bà X là Chủ tịch Tiểu ban ...", "ông X, ..., mới được bổ nhiệm làm Đại sứ ...",
        # "do ..., bà X làm Trưởng Đoàn": a copula or "serve as" before a title
        "là",
        "làm",
        # "bầu bà X trở thành Chủ tịch ...", "trúng cử chức danh Chủ tịch ...": the office a
        # person takes, as after "làm"
        "trở thành",
        "chức danh",
        # "được Chính phủ X bổ nhiệm chức vụ Tổng Lãnh sự", "bầu vào cương vị Chủ tịch": the
        # office noun itself, whatever verb or agent stands before it
        "chức vụ",
        "cương vị",
        # "tái đắc cử Tổng thống ...", "trúng cử Chủ tịch ...": the office won in a vote
        "đắc cử",
        "trúng cử",
        "tái cử",
    )
)

#: Nouns before a bare title that make it a role, not a reference to a person
#: ("đảm nhiệm chức vụ Bí thư", "trên cương vị Bí thư").
ROLE_NOUNS: Final[frozenset[str]] = frozenset({"chức", "ghế", "chức vụ", "cương vị", "vị trí"})
