"""The fixed vocabulary :func:`vndiplo.testing.articles.articles` builds pages from (pure data).

Office holders with their titles and countries, the contract's trigger verbs and CAMEO codes,
venues, occasions, body sentences, and the page furniture (sections, bylines, widgets,
related-news teasers). The order of each table matters: shrinking falls back to its first entry.
"""

from __future__ import annotations

from typing import Final

from attrs import frozen

__all__ = [
    "AGREEMENTS",
    "AUTHORS",
    "CAMEO_CODES",
    "CITIES",
    "FILLERS",
    "FOREIGN_LEADERS",
    "FRAMES",
    "MARKERS",
    "MENTIONS",
    "OCCASIONS",
    "PARTS_OF_DAY_WORDS",
    "SECTIONS",
    "SOURCES",
    "TEASERS",
    "TRIGGERS",
    "VENUES",
    "VIETNAMESE_LEADERS",
    "WEEKDAYS",
    "WIDGETS",
    "Leader",
]


@frozen
class Leader:
    """A real-world style office holder: how an article names and titles them.

    ``short_title`` is the bare form used on later mentions ("Thủ tướng Anwar Ibrahim"); it is
    always a prefix of one of ``titles``, so, by the seeds' conventions, it adds no title.
    """

    name: str
    titles: tuple[str, ...]
    short_title: str
    country: str
    honorific: str = "ông"


VIETNAMESE_LEADERS: Final = (
    Leader("Lương Cường", ("Chủ tịch nước",), "Chủ tịch nước", "VN", "đồng chí"),
    Leader("Tô Lâm", ("Tổng Bí thư",), "Tổng Bí thư", "VN", "đồng chí"),
    Leader("Phạm Minh Chính", ("Thủ tướng",), "Thủ tướng", "VN", "đồng chí"),
    Leader("Trần Thanh Mẫn", ("Chủ tịch Quốc hội",), "Chủ tịch Quốc hội", "VN", "đồng chí"),
    Leader(
        "Bùi Thanh Sơn",
        ("Phó Thủ tướng", "Bộ trưởng Ngoại giao"),
        "Phó Thủ tướng",
        "VN",
        "đồng chí",
    ),
    Leader("Mai Văn Chính", ("Phó Thủ tướng Chính phủ",), "Phó Thủ tướng", "VN", "đồng chí"),
    Leader(
        "Nguyễn Minh Vũ",
        ("Thứ trưởng Thường trực Bộ Ngoại giao",),
        "Thứ trưởng",
        "VN",
        "đồng chí",
    ),
    Leader("Phan Văn Giang", ("Bộ trưởng Bộ Quốc phòng",), "Bộ trưởng", "VN", "đồng chí"),
)

FOREIGN_LEADERS: Final = (
    Leader("Anwar Ibrahim", ("Thủ tướng Malaysia",), "Thủ tướng", "MY"),
    Leader("Trần Cương", ("Bí thư Khu ủy Quảng Tây",), "Bí thư", "CN", "đồng chí"),
    Leader(
        "Vương Nghị",
        ("Ủy viên Bộ Chính trị", "Bộ trưởng Ngoại giao Trung Quốc"),
        "Bộ trưởng",
        "CN",
        "đồng chí",
    ),
    Leader("Prabowo Subianto", ("Tổng thống Indonesia",), "Tổng thống", "ID"),
    Leader("Lawrence Wong", ("Thủ tướng Singapore",), "Thủ tướng", "SG"),
    Leader("Vivian Balakrishnan", ("Bộ trưởng Ngoại giao Singapore",), "Bộ trưởng", "SG"),
    Leader("Anthony Albanese", ("Thủ tướng Australia",), "Thủ tướng", "AU"),
    Leader("Christopher Luxon", ("Thủ tướng New Zealand",), "Thủ tướng", "NZ"),
    Leader("Hun Manet", ("Thủ tướng Campuchia",), "Thủ tướng", "KH"),
    Leader("Sonexay Siphandone", ("Thủ tướng Lào",), "Thủ tướng", "LA", "đồng chí"),
    Leader("Ishiba Shigeru", ("Thủ tướng Nhật Bản",), "Thủ tướng", "JP"),
    Leader("Ito Naoki", ("Đại sứ Nhật Bản tại Việt Nam",), "Đại sứ", "JP"),
    Leader("Marc Knapper", ("Đại sứ Hoa Kỳ tại Việt Nam",), "Đại sứ", "US"),
    Leader("Emmanuel Macron", ("Tổng thống Pháp",), "Tổng thống", "FR"),
)

#: The CONTRACT.md vocabulary: event type -> the trigger phrases the generator writes.
TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "reception": ("tiếp", "tiếp xã giao"),
    "meeting": ("hội kiến", "gặp", "gặp gỡ"),
    "talks": ("hội đàm",),
    "phone_call": ("điện đàm", "hội đàm trực tuyến"),
    "visit": ("thăm và làm việc",),
    "attend": ("dự", "tham dự"),
    "signing": ("ký kết",),
    "message": ("gửi điện mừng",),
}

#: CAMEO codes the labels carry, following CONTRACT.md (043 host a visit, 042 make a visit ...).
CAMEO_CODES: Final[dict[str, str | None]] = {
    "reception": "043",
    "meeting": "040",
    "talks": "046",
    "phone_call": "041",
    "visit": "042",
    "attend": None,
    "signing": "057",
    "message": None,
}

VENUES = (
    "Phủ Chủ tịch",
    "Trụ sở Trung ương Đảng",
    "Trụ sở Chính phủ",
    "Nhà Quốc hội",
    "Bộ Ngoại giao",
)
CITIES = ("Hà Nội", "Thành phố Hồ Chí Minh", "tỉnh Quảng Ninh", "thành phố Đà Nẵng")
OCCASIONS = (
    "Hội nghị Cấp cao ASEAN lần thứ 46",
    "lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao",
    "Diễn đàn Kinh tế Việt Nam",
)
AGREEMENTS = (
    "Bản ghi nhớ hợp tác về kinh tế số",
    "Hiệp định hợp tác giáo dục và đào tạo",
    "Thỏa thuận hợp tác về năng lượng sạch",
)
FRAMES = (
    "Trong khuôn khổ chuyến thăm chính thức Việt Nam",
    "Nhân dịp kỷ niệm quan hệ ngoại giao hai nước",
)
#: Body sentences that name no one and date nothing ("thời gian qua" is not a date).
FILLERS = (
    "Hai bên nhất trí tăng cường hợp tác trên các lĩnh vực kinh tế, thương mại, đầu tư và du lịch.",
    "Hai bên đánh giá cao những kết quả tích cực trong quan hệ song phương thời gian qua.",
    "Hai bên cũng trao đổi về tình hình khu vực và quốc tế cùng quan tâm.",
    "Hai bên thống nhất thúc đẩy hợp tác giáo dục, đào tạo và chuyển đổi số.",
)
#: Body sentences that mention a participant again, by short title and name.
MENTIONS = (
    "{who} khẳng định luôn coi trọng quan hệ hữu nghị truyền thống giữa hai nước.",
    "{who} đề nghị hai bên tăng cường kết nối giao thông, tạo thuận lợi cho giao thương.",
    "{who} bày tỏ vui mừng trước những bước phát triển mới của quan hệ hai nước.",
)
SECTIONS = ("Thời sự", "Thế giới", "Chính trị", "Đối ngoại")
AUTHORS = ("Minh Anh", "Thành Đông", "Bảo Chi", "Hải Yến")
SOURCES = ("Theo TTXVN", "Theo Báo Quốc tế")
WIDGETS = ("Chia sẻ", "Theo dõi Baoquocte.vn trên", "Bình luận (0)", "In bài viết")
MARKERS = ("Tin cùng chuyên mục", "Tin liên quan", "Có thể bạn quan tâm", "Đọc thêm")
#: Related-news headlines: they name leaders and use trigger verbs, and none of it is body.
TEASERS = (
    "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng New Zealand Christopher Luxon",
    "Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki",
    "Việt Nam - Singapore nhất trí thúc đẩy hợp tác kinh tế số và năng lượng sạch",
    "Tổng Bí thư Tô Lâm điện đàm với Tổng thống Pháp Emmanuel Macron",
)
#: Part-of-day words, "Ngày" (none) first so that shrinking reaches the plainest phrase.
PARTS_OF_DAY_WORDS = (
    ("Ngày", None),
    ("Sáng", "morning"),
    ("Trưa", "noon"),
    ("Chiều", "afternoon"),
    ("Tối", "evening"),
    ("Đêm", "night"),
)
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
