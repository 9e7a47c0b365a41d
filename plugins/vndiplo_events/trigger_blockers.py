"""The default blockers of the trigger table (data): phrases that contain a trigger word but
report no event ("tiếp tục", "dự án", "gặp khó khăn"). triggers.py compiles them with the
triggers; kept apart so the table's code stays short.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "BLOCKERS",
    "CARRIED",
    "CONDOLENCE_BOOKS",
    "CONTACTS",
    "GATHERINGS",
    "ISSUED_BLOCKERS",
    "ISSUED_PAPERS",
    "PLAIN_CALLS",
    "REMOTE",
    "REMOTE_TALKS",
    "TOLD_EXCHANGES",
    "VIDEO_MEETINGS",
]

#: meeting nouns and verbs that "trực tuyến với <one party>" makes a video call: the verbs,
#: their event nouns, and the words of a conversation ("trao đổi", "nói chuyện")
VIDEO_MEETINGS: Final = (
    *("hội nghị", "họp", "cuộc họp", "gặp", "cuộc gặp", "gặp gỡ", "hội kiến"),
    *("làm việc", "buổi làm việc", "hội đàm", "trao đổi", "nói chuyện", "trò chuyện"),
    "tiếp xúc",
)
#: the ways of holding them at a distance ("hội đàm trực tuyến", "gặp qua video", "họp theo
#: hình thức trực tuyến", "trao đổi qua cầu truyền hình"): one family, every register
REMOTE: Final = (
    "trực tuyến",
    "qua video",
    "qua hình thức trực tuyến",
    "theo hình thức trực tuyến",
    "bằng hình thức trực tuyến",
    "qua cầu truyền hình",
    "qua liên kết video",
    "qua điện thoại",
)
#: words of talks that are a call by themselves once held at a distance, with no "với" after
#: them ("hai Bộ trưởng đã hội đàm qua video"). A conversation's words are not: "các doanh
#: nghiệp trao đổi trực tuyến về ...", "Bộ trưởng trao đổi qua điện thoại về tình hình" tell
#: of no counterpart, so "trao đổi", "nói chuyện" are a call only "với" someone
REMOTE_TALKS: Final = ("hội đàm", "điện đàm")
#: talking by phone or video in plain words, with no "qua" ("nói chuyện điện thoại với X"):
#: a call only "với" its counterpart, like the remote sessions of ``VIDEO_MEETINGS``
PLAIN_CALLS: Final = tuple(
    f"{verb} {medium}"
    for verb in ("trao đổi", "nói chuyện", "trò chuyện")
    for medium in ("điện thoại", "video")
)
#: who a remote session "với" many or the public is held with: a webinar, a province-wide
#: session, a chat with readers, no counterpart ("họp trực tuyến với các tỉnh")
_REMOTE_PUBLICS: Final = (
    *("các", "những", "toàn thể", "đông đảo", "nhiều", "lãnh đạo các", "đại diện các"),
    *("cử tri", "người dân", "nhân dân", "bạn đọc", "độc giả", "báo chí"),
    # a ministry's or province's own departments and branches ("với Sở Công Thương", "với
    # UBND các huyện", "với điểm cầu ..."): an administrative session at home
    *("sở", "ubnd", "ủy ban nhân dân", "điểm cầu", "cán bộ", "đảng viên", "đoàn viên"),
)

#: contacts on the sidelines written as a noun ("đã có cuộc tiếp xúc với X", "các cuộc tiếp
#: xúc song phương", "cuộc nói chuyện ngắn bên lề"): meetings. "trao đổi", "nói chuyện" and
#: "trò chuyện" are also an interview's words ("trong cuộc trao đổi với phóng viên"), so only
#: their sideline forms (short, bilateral, private) are meetings; "tiếp xúc" takes any
CONTACTS: Final = (
    *(f"cuộc tiếp xúc{kind}" for kind in (" với", " ngắn", " song phương", " riêng")),
    *(f"cuộc tiếp xúc{kind} với" for kind in (" ngắn", " song phương", " riêng")),
    "buổi tiếp xúc với",
    # the verb with its manner ("Chủ tịch Quốc hội tiếp xúc song phương bên lề ..."); a bare
    # "tiếp xúc (với)" is also a disease's or a voter's contact
    "tiếp xúc song phương",
    "tiếp xúc song phương với",
    *(
        f"cuộc {talk} {kind}{tail}"
        for talk in ("trao đổi", "nói chuyện", "trò chuyện")
        for kind in ("ngắn", "song phương", "riêng")
        for tail in ("", " với")
    ),
)
#: an exchange told as the object of a light verb ("đã có cuộc trao đổi với X", "tiến hành buổi
#: trao đổi với X"): the meeting itself. A bare "cuộc trao đổi" is also an interview's word, and
#: one held by the press ("tạp chí Y đã có cuộc trao đổi với ông X") is none (event_mentions.py)
TOLD_EXCHANGES: Final = (
    *(
        f"{light} {noun} trao đổi{kind} với"
        for light in ("có", "tiến hành")
        for noun in ("cuộc", "buổi")
        for kind in ("", " trực tiếp", " thân mật")
    ),
    # the verb told as done, with its partner: "A đã trao đổi với B" ("hai bên trao đổi về",
    # "trao đổi ý kiến" name no partner and stay topics of the act around them)
    *(f"{aspect} trao đổi{kind} với" for aspect in ("đã", "vừa") for kind in ("", " trực tiếp")),
)

#: who a contact "với" the public or the press is held with: voters' meetings, interviews
_CONTACTED_PUBLICS: Final = (
    *("các", "những", "cử tri", "người dân", "nhân dân", "bà con", "kiều bào"),
    *("báo chí", "phóng viên", "cơ quan báo chí", "truyền thông", "sinh viên", "học sinh"),
    # an outlet named after "với" ("trao đổi với Báo Nhân Dân", "với Tạp chí X"): an interview
    *("báo", "tạp chí", "đài", "thông tấn", "pv"),
    # "tiếp xúc với nguồn bệnh": contact in the medical sense
    *("nguồn bệnh", "người bệnh", "bệnh nhân", "ca bệnh", "người nhiễm", "hóa chất"),
)

#: a condolence-book entry ("viết sổ tang", "ghi vào sổ tang chia buồn", "ký sổ tang tưởng
#: niệm") is a message of condolence (README AK3); opening the book ("mở sổ tang") is none
CONDOLENCE_BOOKS: Final = tuple(
    f"{verb} {book}{tail}"
    for verb in ("ghi", "viết", "ký", "ghi vào", "viết vào", "ký vào", "ghi trong", "viết trong")
    for book in ("sổ tang", "sổ chia buồn", "sổ tưởng niệm")
    for tail in ("", " chia buồn", " tưởng niệm", " tưởng nhớ")
)

#: second syllables that make "tiếp" a bound morpheme of a compound noun or verb (a reception
#: party "tiệc tiếp tân", "tiếp ứng", "tiếp biến"): the word class, not one word, is no reception
#: (the blockers below list the older ones: "tiếp tục", "tiếp nhận", "tiếp xúc" ...)
_TIEP_COMPOUNDS: Final = (
    *("tân", "ứng", "biến", "liệu", "vận", "điểm", "tuyến", "hợp"),
    # "tiếp bước cha anh" (following in someone's steps), "tiếp lửa" (passing on a flame)
    *("bước", "lửa"),
)

#: "giao tiếp" (communicating, contact) where context makes it the noun or verb, never
#: "Bộ Ngoại giao tiếp ..." (a ministry receiving): only after a noun of skill or place, or
#: before "giữa" (between two sides), is it no reception
_GIAO_TIEP: Final = (
    *(f"{noun} giao tiếp" for noun in ("kỹ năng", "khả năng", "văn hóa", "ngôn ngữ", "cách")),
    *(f"{noun} giao tiếp" for noun in ("vùng", "khu vực", "điểm", "cửa ngõ")),
    "giao tiếp giữa",
    "chuyển tiếp",
    "nối tiếp",
)

#: manner and abstract nouns after "làm việc với": "làm việc với tinh thần khẩn trương" says
#: how one works, nobody is met
_MANNER_NOUNS: Final = (
    "tinh thần",
    "trách nhiệm",
    "hiệu quả",
    "hiệu suất",
    "năng suất",
    "cường độ",
    "quyết tâm",
    "thái độ",
    "sự",
    "lòng",
    "niềm",
    "phương châm",
    "ý thức",
    "nhiệt huyết",
)

#: gatherings one takes part in: "tham gia <noun>" attends them (triggers.py). Not a
#: "chương trình" (a programme of several acts: "tham gia chương trình gặp gỡ" names its act),
#: unless a trip is made to join it (trip_joining.py)
GATHERINGS: Final = (
    "lễ hội",
    "liên hoan",
    "hội nghị",
    "hội thảo",
    "diễn đàn",
    "hội chợ",
    "triển lãm",
    "đại hội",
    "hội diễn",
    "hội thao",
    "tọa đàm",
    "toạ đàm",
    "buổi giao lưu",
    "lễ kỷ niệm",
    "lễ khai mạc",
    "lễ mít tinh",
    # days, weeks and camps of friendship, and the ceremonies one attends
    "ngày hội",
    "hội trại",
    "tuần lễ",
    "tuần văn hóa",
    "lễ khánh thành",
    "lễ tưởng niệm",
    "lễ ra mắt",
    "lễ công bố",
    "lễ phát động",
    "lễ chào mừng",
    "lễ bế mạc",
)

#: who "đón" meets when it is no reception: people brought home or carried (citizens,
#: workers, passengers, tourists, pupils) and the flights or ships that carry them
CARRIED: Final = (
    "công dân",
    "người dân",
    "bà con",
    "đồng bào",
    "lao động",
    "người lao động",
    "thuyền viên",
    "ngư dân",
    "hành khách",
    "du khách",
    "khách du lịch",
    "lượt khách",
    "học sinh",
    "chuyến bay",
    "chuyến tàu",
    "tàu",
    "xe",
)

#: what negotiations are about when "đàm phán (về)" names a document: a topic of the talks,
#: not talks of their own ("trao đổi về ..., trong đó có đàm phán về Hiệp định X")
_NEGOTIATED: Final = (
    "hiệp định",
    "hiệp ước",
    "thỏa thuận",
    "thoả thuận",
    "công ước",
    "nghị định thư",
    "bộ quy tắc",
    "văn kiện",
    "fta",
)

# (phrase, type, CAMEO). CAMEO for meetings/talks is refined by who travels (participants.py).
#: kinds of administrative paper a leader signs into force ("ký ban hành", "ký quyết định")
ISSUED_PAPERS: Final = (
    "ban hành",
    "quyết định",
    "phê duyệt",
    "duyệt",
    "công văn",
    "chỉ thị",
    "công điện",
    "lệnh",
)


#: Phrases that contain a trigger but report no event. Extend with ``(phrase, None)`` entries.
BLOCKERS: Final[tuple[str, ...]] = (
    # tiếp
    "tiếp tục",
    "tiếp thu",
    "tiếp xúc",
    "tiếp cận",
    "tiếp nhận",
    "tiếp theo",
    "tiếp nối",
    "tiếp giáp",
    "tiếp sức",
    "tiếp thêm",
    "tiếp diễn",
    "tiếp tế",
    "tiếp thị",
    "tiếp quản",
    "tiếp viên",
    "tiếp đất",
    "tiếp tay",
    "tiếp đó",
    "tiếp sau",
    "tiếp âm",
    "tiếp sóng",
    "tiếp dân",
    "tiếp công dân",
    "tiếp nhiên liệu",
    "tiếp thụ",
    "trực tiếp",
    "gián tiếp",
    "kế tiếp",
    "liên tiếp",
    "tiếp xúc cử tri",
    "tiếp xúc cấp cao",
    "sự đón tiếp",
    *(f"tiếp {syllable}" for syllable in _TIEP_COMPOUNDS),
    *_GIAO_TIEP,
    # đón
    "đón nhận",
    "chào đón",
    "đón chào",
    "đón Tết",
    "đón xuân",
    "đón năm mới",
    "đưa đón",
    "đón đầu",
    "đón đọc",
    "đón xem",
    "chờ đón",
    "đón chờ",
    "đón bắt",
    "đón lõng",
    "đón gió",
    # "theo nghi thức cao nhất dành đón nguyên thủ quốc gia": the protocol, not a reception
    "dành đón",
    # "chuyến bay đón công dân về nước", "đón bà con tại sân bay": no guest received
    *(f"đón {who}" for who in CARRIED),
    # dự
    "dự án",
    "dự kiến",
    "dự báo",
    "dự thảo",
    "dự định",
    "dự toán",
    "dự trữ",
    "dự đoán",
    "dự phòng",
    "dự bị",
    "can dự",
    "dự luật",
    "dự thi",
    "dự tuyển",
    "dự trù",
    "dự cảm",
    "dự khuyết",
    "dự thầu",
    "vinh dự",
    "danh dự",
    "dự chi",
    "dự thu",
    "dự án luật",
    # gặp
    "gặp khó khăn",
    "gặp phải",
    "gặp nạn",
    "gặp sự cố",
    "gặp trục trặc",
    "gặp vấn đề",
    "gặp rủi ro",
    "gặp thách thức",
    "gặp trở ngại",
    "gặp bất lợi",
    "gặp may",
    "gặp hạn",
    "gặp gỡ đầu xuân",
    "gặp mặt đầu xuân",
    # ký
    "ký ức",
    "ký hiệu",
    "ký giả",
    "ký túc xá",
    "ký sự",
    "nhật ký",
    "đăng ký",
    "thư ký",
    "ký quỹ",
    "ký gửi",
    "ký sinh",
    "ký tự",
    "kinh ký",
    "ký họa",
    "bút ký",
    "tốc ký",
    # a depository or a posted note ("lưu ký chứng khoán", "... lưu ký"): no signing
    "lưu ký",
    # an administrative paper signed into force at home, no signing between sides ("vừa ký
    # ban hành kế hoạch", "ký quyết định bổ nhiệm"); "ký nghị định thư" (a protocol) stays
    *(f"ký {paper}" for paper in ISSUED_PAPERS),
    # ... also with the two verbs coordinated ("đã ký, ban hành chỉ thị", "ký và ban hành")
    "ký, ban hành",
    "ký và ban hành",
    # thăm
    "thăm dò",
    "thăm khám",
    "lá thăm",
    "bốc thăm",
    "rút thăm",
    "thăm thẳm",
    "thăm hỏi",
    # "lời hỏi thăm", "gửi lời hỏi thăm": regards sent, the same as "thăm hỏi"
    "hỏi thăm",
    "thăm quan",
    # visiting one's family or a detainee ("về nước thăm thân", "thăm nuôi", "hoạt động thăm
    # thân giữa cư dân hai bên biên giới"): no visit of state; the friendly "thăm thân mật" is
    # a longer trigger of its own (triggers.py), so the bare word is blocked too
    "thăm thân",
    "thăm thân nhân",
    "về thăm thân",
    "nước thăm thân",
    "quê thăm thân",
    "đi thăm thân",
    "thăm nuôi",
    # "tiếp chuyện đoàn": talking with a delegation, no reception of its own
    "tiếp chuyện",
    # "các đoàn đại biểu họp tiếp": the meeting goes on, nobody is received
    "họp tiếp",
    # làm việc với + a manner noun; a video meeting "với các ..." (many parties, no call)
    *(f"làm việc với {noun}" for noun in _MANNER_NOUNS),
    *(
        f"{noun} {way} {among} {q}"
        for noun in VIDEO_MEETINGS
        for way in REMOTE
        for among in ("với", "giữa")
        for q in _REMOTE_PUBLICS
    ),
    *(f"{call} với {q}" for call in PLAIN_CALLS for q in _REMOTE_PUBLICS),
    # a contact with voters, the press or a disease is no meeting
    *(
        f"{contact} {q}"
        for contact in (*CONTACTS, *TOLD_EXCHANGES)
        if contact.endswith("với")
        for q in _CONTACTED_PUBLICS
    ),
    # hội đàm / điện
    "điện mừng quốc khánh",
    # đàm phán: the negotiating delegation ("Đoàn đàm phán của phía X do ông Y") is no talks
    "đoàn đàm phán",
    # "Hiệp định đang trong quá trình đàm phán": where a document stands, no talks held
    "quá trình đàm phán",
    # "đàm phán (về) Hiệp định X": the document negotiated, a topic
    *(f"đàm phán {about}{doc}" for about in ("", "về ") for doc in _NEGOTIATED),
    # thư: the "thư" of "Bí thư" is no letter ("Tổng Bí thư chúc mừng" is a statement)
    "bí thư",
)


ISSUED_BLOCKERS: Final = frozenset(f"ký {paper}" for paper in ISSUED_PAPERS)
