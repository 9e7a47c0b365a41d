"""The default lexicons, as plain data: titles, organisations, surnames, honorifics, people.

Everything here is registered through ``vndiplo_register_lexicon`` (see ``__init__``) and
read back from ``context.registry``, so a user plugin extends any table without forking
this one. Entry shapes (a bare string is accepted wherever only ``name``/``title`` is needed):

``"titles.titles"``
    ``{"title": "Bộ trưởng", "gloss": "Minister", "domestic": True}``; optional keys:
    ``country`` (ISO code the title alone fixes, e.g. the NPC chairman is CN), ``posted``
    (``"Đại sứ X tại Y"``: Y is the posting, not the country), ``absorbs`` (the title takes
    another title as its complement: "Phu nhân Tổng thống ..."). ``domestic`` says the title
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


D = True  # shorthand below: the title exists in Vietnam's own system

TITLES: Final[list[dict[str, Any]]] = [
    # Party
    {"title": "Tổng Bí thư", "gloss": "General Secretary", "domestic": D},
    {"title": "Bí thư thứ nhất", "gloss": "First Secretary", "domestic": False},
    {
        "title": "Bí thư Trung ương Đảng",
        "gloss": "Secretary of the Party Central Committee",
        "domestic": D,
    },
    {
        "title": "Thường trực Ban Bí thư",
        "gloss": "Standing Member of the Secretariat",
        "domestic": D,
    },
    {"title": "Bí thư Tỉnh ủy", "gloss": "Provincial Party Secretary", "domestic": D},
    {"title": "Bí thư Thành ủy", "gloss": "Municipal Party Secretary", "domestic": D},
    {"title": "Bí thư", "gloss": "Party Secretary", "domestic": D},
    {"title": "Ủy viên Bộ Chính trị", "gloss": "Politburo Member", "domestic": D},
    {
        "title": "Ủy viên Trung ương Đảng",
        "gloss": "Member of the Party Central Committee",
        "domestic": D,
    },
    {
        "title": "Ủy viên Ban Chấp hành Trung ương",
        "gloss": "Member of the Party Central Committee",
        "domestic": D,
    },
    {"title": "Ủy viên Ban Thường vụ", "gloss": "Member of the Standing Committee", "domestic": D},
    {
        "title": "Ủy viên trưởng Nhân đại toàn quốc",
        "gloss": "Chairman of the NPC Standing Committee",
        "country": "CN",
    },
    {"title": "Ủy viên trưởng", "gloss": "Chairman", "domestic": False},
    {"title": "Ủy viên", "gloss": "Member", "domestic": D},
    # State
    {"title": "Chủ tịch nước", "gloss": "President", "domestic": D},
    {"title": "Chủ tịch Quốc hội", "gloss": "Chairman of the National Assembly", "domestic": D},
    {
        "title": "Chủ tịch Ủy ban nhân dân",
        "gloss": "Chairman of the People's Committee",
        "domestic": D,
    },
    {"title": "Chủ tịch UBND", "gloss": "Chairman of the People's Committee", "domestic": D},
    {"title": "Chủ tịch HĐND", "gloss": "Chairman of the People's Council", "domestic": D},
    {"title": "Chủ tịch Chính hiệp toàn quốc", "gloss": "Chairman of the CPPCC", "country": "CN"},
    {"title": "Chủ tịch", "gloss": "Chairman", "domestic": D},
    {"title": "Chủ nhiệm", "gloss": "Chairman", "domestic": D},
    {"title": "Thủ tướng Chính phủ", "gloss": "Prime Minister", "domestic": D},
    {"title": "Thủ tướng", "gloss": "Prime Minister", "domestic": D},
    {"title": "Bộ trưởng", "gloss": "Minister", "domestic": D},
    {"title": "Thứ trưởng", "gloss": "Deputy Minister", "domestic": D},
    {"title": "Ngoại trưởng", "gloss": "Minister of Foreign Affairs", "domestic": False},
    {"title": "Quốc vụ khanh", "gloss": "Secretary of State", "domestic": False},
    {"title": "Tổng thống", "gloss": "President", "domestic": False},
    {"title": "Quốc vương", "gloss": "King", "domestic": False},
    {"title": "Nhà vua", "gloss": "King", "domestic": False},
    {"title": "Nữ hoàng", "gloss": "Queen", "domestic": False},
    {"title": "Hoàng tử", "gloss": "Prince", "domestic": False},
    {"title": "Thái tử", "gloss": "Crown Prince", "domestic": False},
    {"title": "Hoàng Thái tử", "gloss": "Crown Prince", "domestic": False},
    {"title": "Thân vương", "gloss": "Prince", "domestic": False},
    {"title": "Công nương", "gloss": "Princess", "domestic": False},
    {"title": "Công chúa", "gloss": "Princess", "domestic": False},
    {"title": "Hoàng hậu", "gloss": "Queen", "domestic": False},
    {"title": "Đại Công tước", "gloss": "Grand Duke", "domestic": False},
    {"title": "Giáo hoàng", "gloss": "Pope", "domestic": False},
    {"title": "Hồng y", "gloss": "Cardinal", "domestic": False},
    {"title": "Tổng Giám mục", "gloss": "Archbishop", "domestic": False},
    {"title": "Đức Giáo hoàng", "gloss": "Pope", "domestic": False},
    {"title": "Đức Hồng y", "gloss": "Cardinal", "domestic": False},
    {"title": "Đức Tổng Giám mục", "gloss": "Archbishop", "domestic": False},
    {"title": "Đức TGM", "gloss": "Archbishop", "domestic": False},
    {"title": "Thượng nghị sĩ", "gloss": "Senator", "domestic": False},
    {"title": "Hạ nghị sĩ", "gloss": "Representative", "domestic": False},
    {"title": "Nghị sĩ", "gloss": "Member of Parliament", "domestic": False},
    {"title": "Toàn quyền", "gloss": "Governor-General", "domestic": False},
    {"title": "Thủ hiến", "gloss": "Premier", "domestic": False},
    {"title": "Thị trưởng", "gloss": "Mayor", "domestic": False},
    # heads of foreign local governments: Chinese provinces and prefectures, Lao provinces
    # and districts ("Phó Tỉnh trưởng Chính phủ nhân dân tỉnh Vân Nam", "Tỉnh trưởng
    # tỉnh Hủa Phăn", "Châu trưởng châu tự trị ...", "Huyện trưởng huyện ...")
    {"title": "Tỉnh trưởng", "gloss": "Governor", "domestic": False},
    {"title": "Châu trưởng", "gloss": "Prefect", "domestic": False},
    {"title": "Huyện trưởng", "gloss": "District Governor", "domestic": False},
    {"title": "Thống đốc", "gloss": "Governor", "domestic": D},
    {"title": "Tổng Thư ký", "gloss": "Secretary-General", "domestic": D},
    {"title": "Chánh án", "gloss": "Chief Justice", "domestic": D},
    {"title": "Viện trưởng", "gloss": "Head", "domestic": D},
    {"title": "Tổng Kiểm toán Nhà nước", "gloss": "State Auditor General", "domestic": D},
    {"title": "Người phát ngôn", "gloss": "Spokesperson", "domestic": D, "absorbs": True},
    {"title": "Phát ngôn viên", "gloss": "Spokesperson", "domestic": D, "absorbs": True},
    {"title": "Trợ lý", "gloss": "Assistant", "domestic": D, "absorbs": True},
    {"title": "Cố vấn", "gloss": "Adviser", "domestic": D, "absorbs": True},
    {"title": "Đặc phái viên", "gloss": "Special Envoy", "domestic": D, "absorbs": True},
    # Diplomatic service: "tại Y" names the posting
    {
        "title": "Đại sứ đặc mệnh toàn quyền",
        "gloss": "Ambassador Extraordinary and Plenipotentiary",
        "domestic": D,
        "posted": True,
    },
    {"title": "Đại sứ", "gloss": "Ambassador", "domestic": D, "posted": True},
    {
        "title": "Đại biện lâm thời",
        "gloss": "Chargé d'affaires a.i.",
        "domestic": D,
        "posted": True,
    },
    {"title": "Đại biện", "gloss": "Chargé d'affaires", "domestic": D, "posted": True},
    {"title": "Tổng Lãnh sự", "gloss": "Consul General", "domestic": D, "posted": True},
    {"title": "Lãnh sự danh dự", "gloss": "Honorary Consul", "domestic": D, "posted": True},
    {"title": "Lãnh sự", "gloss": "Consul", "domestic": D, "posted": True},
    {"title": "Tùy viên Quốc phòng", "gloss": "Defence Attaché", "domestic": D, "posted": True},
    {"title": "Trưởng Cơ quan đại diện", "gloss": "Head of Mission", "domestic": D, "posted": True},
    # Military ranks and commands
    {"title": "Đại tướng", "gloss": "General", "domestic": D},
    {"title": "Thượng tướng", "gloss": "Colonel General", "domestic": D},
    {"title": "Trung tướng", "gloss": "Lieutenant General", "domestic": D},
    {"title": "Thiếu tướng", "gloss": "Major General", "domestic": D},
    {"title": "Đô đốc", "gloss": "Admiral", "domestic": D},
    {"title": "Phó Đô đốc", "gloss": "Vice Admiral", "domestic": D},
    {"title": "Chuẩn Đô đốc", "gloss": "Rear Admiral", "domestic": D},
    {"title": "Đại tá", "gloss": "Senior Colonel", "domestic": D},
    {"title": "Thượng tá", "gloss": "Lieutenant Colonel", "domestic": D},
    {"title": "Trung tá", "gloss": "Lieutenant Colonel", "domestic": D},
    {"title": "Thiếu tá", "gloss": "Major", "domestic": D},
    {"title": "Đại úy", "gloss": "Captain", "domestic": D},
    {"title": "Chuẩn tướng", "gloss": "Brigadier General", "domestic": False},
    {"title": "Tùy viên", "gloss": "Attaché", "domestic": D, "posted": True},
    {"title": "Tổng Tư lệnh", "gloss": "Commander-in-Chief", "domestic": D},
    {"title": "Tư lệnh", "gloss": "Commander", "domestic": D},
    {"title": "Chính ủy", "gloss": "Political Commissar", "domestic": D},
    {"title": "Tổng Tham mưu trưởng", "gloss": "Chief of the General Staff", "domestic": D},
    {"title": "Chỉ huy trưởng", "gloss": "Commander", "domestic": D},
    # Administration, business
    {"title": "Tổng Giám đốc", "gloss": "Director General", "domestic": D},
    {"title": "Giám đốc", "gloss": "Director", "domestic": D},
    {"title": "Cục trưởng", "gloss": "Director General", "domestic": D},
    {"title": "Tổng cục trưởng", "gloss": "Director General", "domestic": D},
    {"title": "Vụ trưởng", "gloss": "Director", "domestic": D},
    {"title": "Trưởng ban", "gloss": "Head", "domestic": D},
    {"title": "Trưởng đoàn", "gloss": "Head of Delegation", "domestic": D},
    {"title": "Trưởng Phái đoàn", "gloss": "Head of Delegation", "domestic": D, "posted": True},
    {"title": "Chánh Văn phòng", "gloss": "Chief of Office", "domestic": D},
    {"title": "Hiệu trưởng", "gloss": "Rector", "domestic": D},
    # Spouses: "Phu nhân Tổng thống X" -- the title absorbs the spouse's title
    {"title": "Phu nhân", "gloss": "Spouse", "domestic": D, "absorbs": True},
    {"title": "Phu quân", "gloss": "Spouse", "domestic": D, "absorbs": True},
]

MODIFIERS: Final[list[dict[str, str]]] = [
    {"modifier": "nguyên", "meaning": "former"},
    {"modifier": "cựu", "meaning": "former"},
    {"modifier": "Quyền", "meaning": "acting"},
    {"modifier": "Phó", "meaning": "deputy"},
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
        "Nghị viện",
        "Khu tự trị",
        "Liên đoàn",
        "Liên hiệp",
        "Liên minh",
        "Hiệp hội",
        "Hội",
        "Tổ chức",
        "Đoàn",
        "Đại học",
        "Trường",
        "Thành phố",
        "Thủ đô",
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
        ("Xây dựng", "Construction"),
        ("Giao thông vận tải", "Transport"),
        ("Giao thông", "Transport"),
        ("Nông nghiệp và Phát triển nông thôn", "Agriculture and Rural Development"),
        ("Nông nghiệp và Môi trường", "Agriculture and Environment"),
        ("Nông nghiệp", "Agriculture"),
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
    Du Tề Nhiếp Mạnh Kỷ Hách Thiệu Lận
    """
    )
)

HONORIFICS: Final[list[dict[str, Any]]] = [
    {"name": "đồng chí"},
    {"name": "ông"},
    {"name": "bà"},
    {"name": "ngài", "foreign": True},
    {"name": "quý ông"},
    {"name": "quý bà"},
]

#: Well-known office-holders whose country Vietnamese articles often leave unsaid.
PEOPLE: Final[list[dict[str, str]]] = [
    {"name": name, "country": code}
    for code, names in (
        (
            "CN",
            "Tập Cận Bình|Lý Cường|Vương Nghị|Triệu Lạc Tế|Vương Hỗ Ninh|Thái Kỳ|"
            "Đinh Tiết Tường|Lý Hy|Hàn Chính|Lý Khắc Cường|Hồ Cẩm Đào|Ôn Gia Bảo|Giang Trạch Dân",
        ),
        ("RU", "Vladimir Putin|Sergey Lavrov|Dmitry Medvedev|Mikhail Mishustin"),
        ("US", "Donald Trump|Joe Biden|JD Vance|Marco Rubio|Antony Blinken|Pete Hegseth"),
        ("KR", "Lee Jae Myung|Lee Jae-myung|Yoon Suk Yeol|Moon Jae-in"),
        ("JP", "Sanae Takaichi|Ishiba Shigeru|Kishida Fumio|Shinzo Abe"),
        ("LA", "Thongloun Sisoulith|Sonexay Siphandone"),
        ("KH", "Hun Manet|Hun Sen|Prak Sokhonn"),
        ("AU", "Anthony Albanese|Sam Mostyn|Penny Wong"),
        ("IN", "Narendra Modi"),
        ("FR", "Emmanuel Macron"),
        ("DE", "Olaf Scholz|Friedrich Merz"),
        ("ID", "Prabowo Subianto|Joko Widodo"),
        ("MY", "Anwar Ibrahim"),
        ("SG", "Lawrence Wong|Lý Hiển Long"),
        ("CU", "Miguel Díaz-Canel"),
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
    tham tỏ biết tuyên ở từ tại để nhằm lắng mời thứ
    """
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
    )
)

#: Words before a bare title that make it plural or generic, so it names no one person.
PLURAL_MARKERS: Final[frozenset[str]] = frozenset(_words("các những hai ba mọi nhiều vài cả giữa"))

#: Lower-case words of administrative divisions: the capitalised run right after one inside
#: a title is a place, part of the title ("Thống đốc tỉnh Gyeonggi", "Thị trưởng thành phố
#: Osaka", "Ủy ban châu Âu"), not a name.
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
    )
)

#: Phrases before a title that give a capacity ("trên cương vị Bộ trưởng Quốc phòng Nga"):
#: the title is one of the person the sentence is about (see ``merge``), not a mention.
CAPACITY_INTROS: Final[frozenset[tuple[str, ...]]] = frozenset(
    tuple(_words(words))
    for words in (
        "trên cương vị",
        "với cương vị",
        "ở cương vị",
        "giữ cương vị",
        "đảm nhiệm cương vị",
        "đảm nhận cương vị",
        "đảm nhiệm chức vụ",
        "đảm nhận chức vụ",
        "giữ chức vụ",
        "giữ chức",
        "đảm nhiệm chức",
    )
)

#: Nouns before a bare title that make it a role, not a reference to a person
#: ("đảm nhiệm chức vụ Bí thư", "trên cương vị Bí thư").
ROLE_NOUNS: Final[frozenset[str]] = frozenset({"chức", "ghế", "chức vụ", "cương vị", "vị trí"})
