"""Realistic synthetic Vietnamese diplomatic news pages, of any size, reproducible by seed.

A page is built the way the seed pages are: headline, byline, timestamp line, a lead sentence
("Chiều 18/2, tại X, <title> <name> đã tiếp <title> <name>, ..."), body paragraphs of
statements and cooperation topics, photo captions, then a tail of related-news teasers that
read like meeting reports. Sizes run from about 1 KB to 1 MB by adding paragraphs and teasers.

Plain ``random``, no hypothesis: for throughput and memory benchmarks of pipelines and plugins
(``python -m benchmarks.generate --count 1000 --size 8000 > articles.jsonl`` writes them as JSONL).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

HOSTS = [
    ("Tổng Bí thư", "Tô Lâm"),
    ("Chủ tịch nước", "Lương Cường"),
    ("Thủ tướng Chính phủ", "Phạm Minh Chính"),
    ("Chủ tịch Quốc hội", "Trần Thanh Mẫn"),
    ("Phó Thủ tướng", "Bùi Thanh Sơn"),
    ("Bộ trưởng Bộ Ngoại giao", "Lê Hoài Trung"),
    ("Bí thư Thành ủy Hà Nội", "Bùi Thị Minh Hoài"),
]
GUESTS = [
    ("Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao Trung Quốc", "Vương Nghị"),
    ("Bí thư Đảng ủy Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc", "Trần Cương"),
    ("Tổng thống Hàn Quốc", "Lee Jae Myung"),
    ("Thủ tướng Lào", "Sonexay Siphandone"),
    ("Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia", "Prak Sokhonn"),
    ("Toàn quyền Australia", "Sam Mostyn"),
    ("Bộ trưởng Ngoại giao Nhật Bản", "Iwaya Takeshi"),
    ("Đại sứ Hoa Kỳ tại Việt Nam", "Marc Knapper"),
]
TRIGGERS = ["đã tiếp", "đã hội đàm với", "đã gặp", "đã hội kiến", "đã điện đàm với"]
PLACES = ["Trụ sở Trung ương Đảng", "Phủ Chủ tịch", "Nhà Quốc hội", "Hà Nội", "trụ sở Chính phủ"]
PARTS = ["Sáng", "Chiều", "Tối", "Trưa"]
VERBS = ["đề nghị", "khẳng định", "nhấn mạnh", "bày tỏ vui mừng", "mong muốn", "cảm ơn"]
TOPICS = [
    "kinh tế - thương mại",
    "đầu tư",
    "khoa học công nghệ",
    "đổi mới sáng tạo",
    "trí tuệ nhân tạo",
    "kết nối giao thông",
    "giáo dục đào tạo",
    "du lịch",
    "quốc phòng - an ninh",
    "giao lưu nhân dân",
]
OUTLETS = ["Baoquocte.vn", "VietnamPlus", "Báo Nhân Dân", "VOV", "Dân trí"]
TAIL_MARKERS = ["Tin cùng chuyên mục", "Có thể bạn quan tâm", "Đọc thêm", "Tin liên quan"]
BYLINES = ["Bảo Chi", "Kiệt Linh", "Minh Anh", "PV", "Nhóm PV"]


def article(rng: random.Random, size: int = 8000) -> str:
    """One page of roughly ``size`` characters (never less than a complete lead)."""
    host_title, host = rng.choice(HOSTS)
    guest_title, guest = rng.choice(GUESTS)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2026)
    trigger = rng.choice(TRIGGERS)
    headline = f"{host_title} {host} {trigger.removeprefix('đã ')} {guest_title} {guest}"
    lead = (
        f"{rng.choice(PARTS)} {day}/{month}, tại {rng.choice(PLACES)}, {host_title} {host} "
        f"{trigger} {guest}, {guest_title}, đang có chuyến thăm chính thức Việt Nam."
    )
    lines = [headline, "", rng.choice(BYLINES), f"{day:02d}/{month:02d}/{year} 17:02", lead, ""]
    # The length so far (each line and its newline), kept as lines are added: summing every
    # line again after each paragraph made a 1 MB article quadratic (and the stream benchmark
    # times this generator along with the pipeline).
    length = sum(len(line) + 1 for line in lines)

    def add(*new: str) -> None:
        nonlocal length
        lines.extend(new)
        length += sum(len(line) + 1 for line in new)

    body_size = int(size * 0.6)
    while length < body_size:
        add(_paragraph(rng, host, guest), "")
        if rng.random() < 0.2:
            add(f"{host_title} {host} và {guest} tại buổi tiếp. (Ảnh: TTXVN)", "")
    add(rng.choice(BYLINES), "", rng.choice(TAIL_MARKERS), "")
    while length < size:
        teaser_title, teaser_name = rng.choice(HOSTS)
        other_title, other = rng.choice(GUESTS)
        teaser = f"{teaser_title} {teaser_name} tiếp {other_title} {other}"
        add(
            teaser,
            teaser,
            f"{rng.choice(PARTS)} {rng.randint(1, 28)}/{rng.randint(1, 12)}, ...",
            "",
        )
    lines.append(f"Theo dõi {rng.choice(OUTLETS)} trên")
    return "\n".join(lines)


def _paragraph(rng: random.Random, host: str, guest: str) -> str:
    speaker = rng.choice([host, guest])
    topics = ", ".join(rng.sample(TOPICS, 3))
    return (
        f"{rng.choice(['Tại cuộc tiếp', 'Tại buổi hội đàm', 'Trong không khí hữu nghị'])}, "
        f"{speaker} {rng.choice(VERBS)} hai bên tiếp tục thúc đẩy hợp tác trong các lĩnh vực "
        f"{topics}; kim ngạch thương mại song phương năm {rng.randint(2020, 2025)} tăng "
        f"{rng.randint(1, 30)},{rng.randint(0, 9)}% so với cùng kỳ, nhân dịp kỷ niệm "
        f"{rng.randint(30, 80)} năm thiết lập quan hệ ngoại giao."
    )


def articles(count: int, size: int = 8000, seed: int = 0) -> Iterator[dict[str, str]]:
    """``count`` records ``{"id", "text"}`` of about ``size`` characters, reproducible by seed."""
    rng = random.Random(seed)
    for i in range(count):
        yield {"id": f"synthetic-{seed}-{i}", "text": article(rng, size)}
