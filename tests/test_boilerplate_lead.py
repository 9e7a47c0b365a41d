"""The top and the bottom of the article: the sapo above the lead, the outlet credit on the
lead, and a related box that runs to the end of the page.

Each pattern is checked on fragments written in the style of several outlets, and against the
pages it must leave alone (pages that open directly with their lead).
"""

from __future__ import annotations

import pytest
import vndiplo_boilerplate as plugin
from vndiplo_boilerplate import rules
from vndiplo_boilerplate.classify import classify_lines, split_lines
from vndiplo_boilerplate.lexicon import compiled_markers

from vndiplo import Document


def blocks(text: str) -> list[tuple[str, str, str]]:
    """(kind, rule, quoted text) for every block of ``text``."""
    return [
        (b.kind, b.rule, text[b.start : b.end])
        for b in plugin.clean_text(Document(text).normalized)
    ]


def body(text: str) -> list[str]:
    return [quoted for kind, _rule, quoted in blocks(text) if kind == "body"]


def page(*lines: str) -> str:
    return "\n\n".join(lines)


# -- 1. the sapo --------------------------------------------------------------------------------

VNEXPRESS_SAPO = (
    "Thời sự",
    "Tổng Bí thư Tô Lâm tiếp Thủ tướng Campuchia Hun Manet",
    "Thứ tư, 12/3/2025, 12:45 (GMT+7)",
    "Tổng Bí thư Tô Lâm đề nghị Việt Nam và Campuchia phối hợp chặt chẽ hơn trong kết nối hạ "
    "tầng giao thông, thương mại biên giới và bảo đảm an ninh, ổn định khu vực.",
    "Sáng 12/3, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm tiếp Thủ tướng Campuchia Hun "
    "Manet, đang thăm chính thức Việt Nam.",
    "Thủ tướng Hun Manet cảm ơn sự đón tiếp trọng thị, cho biết Campuchia luôn ghi nhớ sự giúp "
    "đỡ quý báu của Việt Nam.",
)
DANTRI_SAPO = (
    "Dân trí",
    "Thủ tướng điện đàm với Tổng thống Hàn Quốc",
    "Thứ năm, 20/02/2025 - 21:10",
    "Thủ tướng Phạm Minh Chính đề nghị Hàn Quốc mở rộng hạn ngạch lao động, tăng cấp thị thực "
    "dài hạn cho công dân Việt Nam và sớm khởi công dự án nhà máy bán dẫn tại Bắc Ninh.",
    "(Dân trí) - Tối 20/2, Thủ tướng Phạm Minh Chính đã điện đàm với Tổng thống Hàn Quốc "
    "Yoon Suk Yeol theo đề nghị của phía Hàn Quốc.",
    "Hai nhà lãnh đạo nhất trí phấn đấu đưa kim ngạch thương mại song phương lên 150 tỷ USD "
    "vào năm 2030 một cách cân bằng, bền vững.",
)
TUOITRE_SAPO = (
    "Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Úc Penny Wong",
    "NGỌC AN",
    "05/11/2024 10:45 GMT+7",
    "Việt Nam và Úc nhất trí sớm nâng kim ngạch thương mại lên 20 tỉ USD, mở cửa thị trường cho "
    "trái cây của nhau và tăng học bổng cho sinh viên Việt Nam, theo Bộ trưởng Bùi Thanh Sơn.",
    "Bộ trưởng Bùi Thanh Sơn và Ngoại trưởng Penny Wong tại cuộc hội đàm - Ảnh: BỘ NGOẠI GIAO",
    "TTO - Chiều 4-11, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại "
    "trưởng Úc Penny Wong nhân dịp bà thăm chính thức Việt Nam.",
    "Hai bên đánh giá cao kết quả triển khai quan hệ Đối tác chiến lược toàn diện, nhất là "
    "trong thương mại, giáo dục và ứng phó biến đổi khí hậu.",
)
THANHNIEN_SAPO = (
    "Thời sự",
    "Chủ tịch nước Lương Cường hội đàm với Tổng thống Chile",
    "Tuấn Minh",
    "Thời sự | 12/11/2024 08:20 GMT+7",
    "Chủ tịch nước Lương Cường và Tổng thống Chile Gabriel Boric Font thống nhất đưa kim ngạch "
    "thương mại hai chiều lên 3 tỉ USD, mở rộng hợp tác khai khoáng và năng lượng tái tạo.",
    "Theo dõi Báo Thanh Niên trên",
    "Ngày 11.11 (giờ địa phương), tại Phủ Tổng thống ở thủ đô Santiago, Chủ tịch nước Lương "
    "Cường đã hội đàm với Tổng thống Chile Gabriel Boric Font.",
    "Tổng thống Gabriel Boric Font nhiệt liệt chào mừng Chủ tịch nước Lương Cường và Đoàn đại "
    "biểu cấp cao Việt Nam thăm cấp Nhà nước tới Chile.",
)
# Dân trí prints its credit on the sapo itself; the lead below opens with its date.
DANTRI_CREDITED_SAPO = (
    "Việt Nam - Indonesia nhất trí nâng kim ngạch lên 18 tỷ USD",
    "Thứ sáu, 14/03/2025 - 09:12",
    "(Dân trí) - Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Indonesia Sugiono "
    "nhất trí đẩy mạnh hợp tác thủy sản, an ninh biển và chuyển đổi số.",
    "Chiều 13/3, tại Jakarta, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng "
    "Ngoại giao Indonesia Sugiono.",
    "Hai Bộ trưởng nhất trí phối hợp chuẩn bị tốt các chuyến thăm cấp cao trong năm nay.",
)
VIETNAMPLUS_SAPO = (
    "VietnamPlus",
    "Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản Ito Naoki",
    "31/03/2023 - 16:20",
    "Bộ trưởng Bùi Thanh Sơn khẳng định Việt Nam coi trọng Nhật Bản là đối tác hàng đầu, mong "
    "muốn hai bên tiếp tục làm sâu sắc hơn quan hệ Đối tác chiến lược sâu rộng.",
    "Hôm qua (30/3), tại trụ sở Bộ Ngoại giao, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại "
    "sứ Nhật Bản tại Việt Nam Ito Naoki đến chào xã giao.",
    "Đại sứ Ito Naoki cảm ơn sự hỗ trợ của Bộ Ngoại giao Việt Nam trong thời gian qua.",
)


@pytest.mark.parametrize(
    ("lines", "sapo", "lead"),
    [
        (VNEXPRESS_SAPO, 3, "Sáng 12/3, tại Trụ sở Trung ương Đảng"),
        (DANTRI_SAPO, 3, "Tối 20/2, Thủ tướng Phạm Minh Chính"),
        (TUOITRE_SAPO, 3, "Chiều 4-11, tại Hà Nội"),
        (THANHNIEN_SAPO, 4, "Ngày 11.11 (giờ địa phương)"),
        (DANTRI_CREDITED_SAPO, 2, "Chiều 13/3, tại Jakarta"),
        (VIETNAMPLUS_SAPO, 3, "Hôm qua (30/3), tại trụ sở"),
    ],
    ids=["vnexpress", "dantri", "tuoitre", "thanhnien", "dantri-credited", "vietnamplus"],
)
def test_sapo_above_a_dated_or_credited_lead_is_not_body(
    lines: tuple[str, ...], sapo: int, lead: str
) -> None:
    found = blocks(page(*lines))
    assert ("boilerplate", "sapo", lines[sapo]) in found
    kept = [quoted for kind, _rule, quoted in found if kind == "body"]
    assert kept[0].startswith(lead)
    assert kept == body(page(*kept)), "cleaning the cleaned body keeps every line"


def test_sapo_is_dropped_and_the_lead_credit_still_split() -> None:
    found = blocks(page(*DANTRI_SAPO))
    assert ("byline", "lead_credit", "(Dân trí)") in found
    found = blocks(page(*TUOITRE_SAPO))
    assert ("byline", "lead_credit", "TTO") in found


def test_body_paragraph_restating_the_sapo_is_kept() -> None:
    # Some outlets print the sapo again as the second paragraph: it is not a caption twin.
    lines = (*VNEXPRESS_SAPO[:5], VNEXPRESS_SAPO[3], VNEXPRESS_SAPO[5])
    assert body(page(*lines)) == [lines[4], lines[5], lines[6]]


LEAD = (
    "Chiều 5/3, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản Ito "
    "Naoki đến chào xã giao nhân dịp bắt đầu nhiệm kỳ công tác tại Việt Nam."
)
SECOND_DATED = (
    "Sáng 6/3, Thủ tướng Phạm Minh Chính tiếp tục tiếp Đại sứ Hàn Quốc Choi Young Sam đến chào "
    "từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam."
)
THIRD = (
    "Thủ tướng đề nghị hai nước tiếp tục thúc đẩy hợp tác trong các lĩnh vực kinh tế, thương "
    "mại, đầu tư và giao lưu nhân dân, nhất là đào tạo nguồn nhân lực."
)


@pytest.mark.parametrize(
    "first",
    [
        # A lead with its date in the sentence (TTXVN, Znews style).
        "Ngoại trưởng Mỹ Marco Rubio và Ngoại trưởng Nga Sergei Lavrov ngày 18/2 đã có cuộc "
        "gặp tại thủ đô Riyadh của Saudi Arabia.",
        # A lead without a date that opens with its place or frame (the MOFA portal).
        "Tại trụ sở Bộ Ngoại giao, Bộ trưởng Ngoại giao Lê Hoài Trung đã tiếp xã giao Đại sứ "
        "Cộng hòa Ấn Độ tại Việt Nam Sandeep Arya.",
        "Nhân dịp kỷ niệm lần thứ 236 Quốc khánh nước Cộng hòa Pháp, Chủ tịch nước Lương Cường "
        "đã gửi điện mừng Tổng thống Emmanuel Macron.",
        "Trong khuôn khổ chuyến thăm chính thức Lào, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội "
        "kiến Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.",
        # A lead with a date phrase, and a second paragraph that opens with another.
        LEAD,
    ],
    ids=["date-inside", "tai", "nhan-dip", "trong-khuon-kho", "dated-lead"],
)
def test_first_paragraph_of_a_page_without_sapo_is_kept(first: str) -> None:
    text = page("Thời sự", "Thủ tướng Phạm Minh Chính tiếp Đại sứ", "05/03/2025 15:30", first,
                SECOND_DATED, THIRD)  # fmt: skip
    assert body(text) == [first, SECOND_DATED, THIRD]


def test_undated_lead_followed_by_a_relative_date_is_kept() -> None:
    first = (
        "Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Australia Anthony Albanese, nhất trí "
        "đưa quan hệ hai nước phát triển thực chất, hiệu quả hơn."
    )
    second = "Cùng ngày, Thủ tướng Phạm Minh Chính tiếp lãnh đạo các tập đoàn lớn của Australia."
    text = page("Thủ tướng hội đàm với Thủ tướng Australia", "03/06/2025 12:05", first, second,
                THIRD)  # fmt: skip
    assert body(text) == [first, second, THIRD]


def test_undated_paragraph_above_a_lead_that_names_nobody_of_it_is_kept() -> None:
    first = (
        "Hợp tác hàng không, vũ trụ và năng lượng sạch được kỳ vọng trở thành động lực mới cho "
        "quan hệ song phương trong giai đoạn tới."
    )
    text = page("Thủ tướng tiếp Đại sứ Nhật Bản", "05/03/2025 15:30", first, LEAD, THIRD)
    assert body(text) == [first, LEAD, THIRD]


def test_page_without_a_headline_has_no_sapo() -> None:
    first = (
        "Thủ tướng Phạm Minh Chính đề nghị Nhật Bản tiếp tục cung cấp vốn vay ODA thế hệ mới, "
        "thủ tục đơn giản, hỗ trợ Việt Nam phát triển hạ tầng chiến lược."
    )
    assert body(page(first, LEAD, THIRD)) == [first, LEAD, THIRD]


def test_long_first_paragraph_is_not_a_sapo() -> None:
    first = " ".join(["Thủ tướng Phạm Minh Chính đề nghị hai bên tăng cường hợp tác."] * 12)
    text = page("Thủ tướng tiếp Đại sứ Nhật Bản", "05/03/2025 15:30", first, LEAD, THIRD)
    assert body(text)[0] == first


@pytest.mark.parametrize(
    "lowered",
    [
        "sáng 26/5, bên lề hội nghị",
        "chiều ngày 5/6/2025, tại phủ chủ tịch",
        "ngày 1.10.2024, tại trung tâm hành chính tỉnh",
        "tối 4-6, bộ trưởng",
        "thứ hai (24/3), tiếp đại sứ",
        "hôm qua (30/3), tại trụ sở",
        "sáng nay, thủ tướng",
        "rạng sáng 12/3 (giờ việt nam), chủ tịch nước",
    ],
)
def test_date_openings(lowered: str) -> None:
    assert rules.opens_with_date(lowered)


@pytest.mark.parametrize(
    "lowered",
    ["cùng ngày, thủ tướng", "trưa cùng ngày, thủ tướng", "tại trụ sở bộ ngoại giao", "sáng tạo"],
)
def test_not_date_openings(lowered: str) -> None:
    assert not rules.opens_with_date(lowered)


# -- 2. outlet credits on the lead --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "credit"),
    [
        ("TGVN. Sáng 26/5, bên lề Hội nghị cấp cao ASEAN", "TGVN"),
        ("(Dân trí) - Tối 15/1, Thủ tướng Phạm Minh Chính", "(Dân trí)"),
        ("VOV.VN - Chiều 17/6, Thủ tướng", "VOV.VN"),
        ("(Chinhphu.vn) - Sáng 3/6, tại Trụ sở Chính phủ", "(Chinhphu.vn)"),
        ("HÀ NỘI, 10/3 (TTXVN) - Thủ tướng Phạm Minh Chính", "HÀ NỘI, 10/3 (TTXVN)"),
        ("NDO - Chiều 9-9, tại Thủ đô Viêng Chăn", "NDO"),
        ("TTO - Chiều ngày 5/6/2025, tại Phủ Chủ tịch", "TTO"),
        ("VTV.vn - Sáng 11/3, tại Hà Nội", "VTV.vn"),
        ("(PLO)- Sáng 5/3, Chủ tịch UBND TP.HCM", "(PLO)"),
        ("Baoquocte.vn - Chiều 2/4, Thứ trưởng", "Baoquocte.vn"),
        ("VnExpress - Sáng 12/3, Tổng Bí thư", "VnExpress"),
        ("BNEWS. Sáng 8/4, tại Hà Nội", "BNEWS"),
        # No dash: a dateline in capitals, a bracketed brand, an outlet with the full date.
        ("BẾN LẠC. Chiều 4/7, Phó Thủ tướng tiếp Đại sứ Kalmora", "BẾN LẠC"),
        ("DRELAND. Sáng 2-3-2011, Đại sứ Lê Văn Minh trình quốc thư", "DRELAND"),
        ("(Mekongpost) Sáng 9/8, đoàn đại biểu tỉnh Long Hòa đã tới", "(Mekongpost)"),
        ("KTV, 03/11/2010 Ngoại trưởng Kalmora đã tiếp người đồng cấp", "KTV, 03/11/2010"),
        ("LTN.vn, 14/02/2012 Thủ tướng Dreland đã hội kiến", "LTN.vn, 14/02/2012"),
    ],
)
def test_outlet_credits(lead: str, credit: str) -> None:
    found = rules.lead_credit(lead)
    assert found is not None
    assert lead[: found[0]] == credit
    assert lead[found[1] :][0].isupper()


@pytest.mark.parametrize(
    "line",
    [
        "PGS. TS Nguyễn Văn Hùng cho biết hai bên đã ký kết biên bản ghi nhớ hợp tác.",
        "TP. Hồ Chí Minh đẩy mạnh hợp tác với các địa phương của Hàn Quốc.",
        "Việt Nam - Lào tăng cường hợp tác toàn diện.",
        "Thủ tướng Phạm Minh Chính. Sáng 26/5, bên lề Hội nghị.",
        "APEC 2027. Việt Nam sẽ đăng cai Năm APEC lần thứ ba.",
        "Đại sứ Trần Văn Bình. Chiều 4/7, ông đã tiếp đoàn.",
        "(Xem thêm) các bài liên quan bên dưới.",
        "(Ảnh) Đoàn đại biểu chụp ảnh lưu niệm.",
        "Năm 2010, 24/06/2008 là ngày ký kết.",
    ],
)
def test_no_outlet_credit(line: str) -> None:
    assert rules.lead_credit(line) is None


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [("TGVN. ", "Báo Thế giới & Việt Nam"), ("VTV.vn - ", "VTV"), ("(PLO)- ", "Pháp luật TP.HCM")],
)
def test_credit_becomes_a_byline_block_and_the_lead_starts_with_prose(
    credit: str, outlet: str
) -> None:
    prose = (
        "Sáng 26/5, bên lề Hội nghị cấp cao ASEAN lần thứ 46 tại Kuala Lumpur, Malaysia, Thủ "
        "tướng Phạm Minh Chính đã gặp Thủ tướng Singapore Lawrence Wong."
    )
    text = page(
        outlet,
        "Thủ tướng Phạm Minh Chính gặp Thủ tướng Singapore Lawrence Wong",
        "Nguyễn Hồng",
        "26/05/2025 15:30",
        credit + prose,
        THIRD,
    )
    found = blocks(text)
    assert ("byline", "lead_credit", credit.rstrip(" -.")) in found
    assert body(text) == [prose, THIRD]


# -- 3. a related box that runs to the end of the page ------------------------------------------

ARTICLE = (
    "Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Quốc hội Lào",
    "20/6/2024 - 19:42",
    "Chiều 20/6, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã chủ trì lễ đón chính thức "
    "và hội đàm với Chủ tịch Quốc hội Lào Saysomphone Phomvihane.",
    "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, chia sẻ kinh nghiệm lập pháp, giám sát "
    "và quyết định các vấn đề quan trọng của đất nước.",
    "Thu Hằng",
)


@pytest.mark.parametrize(
    "box",
    [
        (
            "Tin liên quan",
            "Chủ tịch nước Lương Cường tiếp Chủ tịch Thượng viện Campuchia Hun Sen",
            "Tổng Bí thư Tô Lâm điện đàm với Chủ tịch Đảng Nhân dân Campuchia",
        ),
        (
            "BÀI LIÊN QUAN",
            "Thủ tướng Phạm Minh Chính tiếp Thủ tướng Malaysia Anwar Ibrahim",
            "Chiều 26/5, Thủ tướng Phạm Minh Chính đã gặp Quốc vương Brunei Hassanal Bolkiah...",
            "Thủ tướng dự Phiên khai mạc Hội nghị cấp cao ASEAN lần thứ 46",
            "Sáng 26/5, tại Kuala Lumpur, Thủ tướng đã dự Phiên khai mạc Hội nghị cấp cao ASEAN...",
        ),
        (
            "Xem thêm",
            "Việt Nam và Pháp nâng cấp quan hệ lên Đối tác chiến lược toàn diện, mở ra giai đoạn "
            "hợp tác mới giữa hai nước.",
            "Hai nước ký 14 văn kiện hợp tác hàng không, năng lượng",
            "Theo TTXVN",
            "Chia sẻ",
        ),
        ("Đọc thêm", "Quốc hội Việt Nam và Quốc hội Lào ký thỏa thuận hợp tác giai đoạn mới"),
    ],
    ids=["tin-lien-quan", "bai-lien-quan-teasers", "xem-them-one-sentence", "doc-them"],
)
def test_box_that_never_closes_is_the_tail(box: tuple[str, ...]) -> None:
    found = blocks(page(*ARTICLE, *box))
    n = len(ARTICLE)
    assert [kind for kind, _r, _q in found[:n]] == ["title", "dateline", "body", "body", "byline"]
    assert found[n][1] == "marker_box"
    assert [(kind, rule) for kind, rule, _q in found[n + 1 :]] == [("boilerplate", "tail")] * (
        len(box) - 1
    )


def test_box_that_closes_still_resumes_the_article() -> None:
    resumed = (
        "Chủ tịch Quốc hội Lào Saysomphone Phomvihane cảm ơn sự giúp đỡ to lớn, hiệu quả của "
        "Quốc hội Việt Nam trong thời gian qua.",
        "Sau hội đàm, hai Chủ tịch Quốc hội đã chứng kiến lễ ký Thỏa thuận hợp tác giữa hai "
        "Quốc hội giai đoạn 2024-2029.",
    )
    box = ("Bài liên quan", "Quốc hội Lào thông qua Luật Đầu tư sửa đổi")
    found = blocks(page(*ARTICLE[:4], *box, *resumed, "Thu Hằng", "Tin liên quan", box[1]))
    kinds = [kind for kind, _rule, _q in found]
    assert kinds == ["title", "dateline", "body", "body", "boilerplate", "boilerplate", "body",
                     "body", "byline", "boilerplate", "boilerplate"]  # fmt: skip
    assert found[4][1] == "marker_box" and found[5][1] == "related_box"
    assert found[9][1] == "marker_box" and found[10][1] == "tail"


def test_teasers_under_a_box_that_never_closes_are_not_prepared() -> None:
    teasers = [f"Thủ tướng tiếp Đại sứ nước thứ {k} đến chào từ biệt" for k in range(200)]
    text = page(*ARTICLE, "Tin liên quan", *teasers)
    lines = split_lines(text)
    labels = classify_lines(lines, compiled_markers(None), text)
    marker = len(ARTICLE)
    assert labels[marker].rule == "marker_box"
    assert all(label.rule == "tail" for label in labels[marker + 1 :])
    assert sum(line.words >= 0 for line in lines[marker + 1 :]) <= 4


def test_short_line_with_a_relative_date_is_narration_not_a_caption() -> None:
    line = "Cùng ngày, Thủ tướng Phạm Minh Chính tiếp lãnh đạo các tập đoàn lớn của Australia."
    assert not rules.is_photo_description(line, line.lower(), len(line.split()))


def test_photo_text_above_the_lead_stays_a_caption() -> None:
    title = "Chủ tịch nước tiếp Tổng thống Philippines Ferdinand Marcos Jr."
    caption = (
        "Chủ tịch nước Võ Văn Thưởng và Tổng thống Philippines Ferdinand Marcos Jr. duyệt đội danh "
        "dự Quân đội nhân dân Việt Nam tại lễ đón chính thức."
    )
    lead = (
        "TPO - Sáng 30/1, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng đã chủ trì lễ đón chính "
        "thức Tổng thống Philippines Ferdinand Marcos Jr. thăm cấp Nhà nước tới Việt Nam."
    )
    found = blocks(page(title, "30/01/2024 | 11:20", f"{title} ảnh 1", caption, lead, THIRD))
    assert ("caption", "after_photo_number", caption) in found
    assert body(page(title, "30/01/2024 | 11:20", caption, "Ảnh: Như Ý", lead, THIRD))[0] == (
        lead.removeprefix("TPO - ")
    )


# -- 1b. a credited sapo that opens with the lead's own date -----------------------------------

NHANDAN_DATED_SAPO = (
    "Tổng Bí thư Tô Lâm tiếp Thủ tướng Lào Sonexay Siphandone",
    "Thứ Năm, 10-07-2025, 18:42",
    "NDO - Chiều 10/7, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm đã tiếp Thủ tướng Lào "
    "Sonexay Siphandone đang thăm chính thức Việt Nam.",
    "Chiều 10/7, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm tiếp đồng chí Sonexay "
    "Siphandone, Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào, Thủ tướng nước Cộng hòa Dân "
    "chủ Nhân dân Lào, đang thăm chính thức Việt Nam.",
    "Tổng Bí thư Tô Lâm tiếp Thủ tướng Lào Sonexay Siphandone. (Ảnh: ĐĂNG KHOA)",
    "Tổng Bí thư Tô Lâm nhiệt liệt chào mừng Thủ tướng Sonexay Siphandone sang thăm và làm "
    "việc tại Việt Nam.",
)
VOV_DATED_SAPO = (
    "Việt Nam và UAE ký Hiệp định Đối tác Kinh tế Toàn diện",
    "VOV.VN - Thứ Hai, 16:40, 28/10/2024",
    "VOV.VN - Sáng 28/10/2024 (giờ địa phương), tại Abu Dhabi, Việt Nam và UAE đã ký Hiệp định "
    "Đối tác Kinh tế Toàn diện (CEPA).",
    "Sáng 28/10/2024 (giờ địa phương), tại thủ đô Abu Dhabi, dưới sự chứng kiến của Thủ tướng "
    "Phạm Minh Chính, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Bộ trưởng Ngoại thương UAE "
    "Thani bin Ahmed Al Zeyoudi đã ký kết Hiệp định Đối tác Kinh tế Toàn diện Việt Nam - UAE.",
    "Theo Bộ trưởng Nguyễn Hồng Diên, CEPA là hiệp định thương mại tự do thứ 17 của Việt Nam.",
)
QDND_DATED_SAPO = (
    "Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Campuchia",
    "Thứ Tư, 05/03/2025, 11:20",
    "QĐND Online - Sáng 5-3, tại Hà Nội, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc "
    "phòng Campuchia Tea Seiha.",
    "Bộ trưởng Phan Văn Giang và Bộ trưởng Tea Seiha tại hội đàm. Ảnh: TUẤN HUY",
    "Sáng 5-3, tại Trụ sở Bộ Quốc phòng, Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ "
    "trưởng Bộ Quốc phòng Việt Nam đã hội đàm với Đại tướng Tea Seiha, Phó Thủ tướng, Bộ trưởng "
    "Quốc phòng Campuchia, nhân dịp ông thăm chính thức Việt Nam.",
    "Hai bên nhất trí tiếp tục tăng cường hợp tác quốc phòng, nhất là quản lý biên giới.",
)
TTXVN_DATED_SAPO = (
    "Chủ tịch nước Lương Cường hội kiến Nhà vua Malaysia",
    "12/03/2025 16:05",
    "Kuala Lumpur (TTXVN) - Chiều 12/3, Chủ tịch nước Lương Cường đã hội kiến Nhà vua Malaysia "
    "Sultan Ibrahim.",
    "Chiều 12/3, tại Hoàng cung Istana Negara ở thủ đô Kuala Lumpur, Chủ tịch nước Lương Cường đã "
    "hội kiến Nhà vua Malaysia Sultan Ibrahim trong khuôn khổ chuyến thăm cấp Nhà nước.",
    "Nhà vua Sultan Ibrahim chào mừng Chủ tịch nước Lương Cường thăm Malaysia.",
)


@pytest.mark.parametrize(
    ("lines", "sapo", "lead"),
    [
        (NHANDAN_DATED_SAPO, 2, 3),
        (VOV_DATED_SAPO, 2, 3),
        (QDND_DATED_SAPO, 2, 4),
        (TTXVN_DATED_SAPO, 2, 3),
    ],
    ids=["nhandan", "vov", "qdnd-caption-between", "ttxvn-place-credit"],
)
def test_credited_sapo_restated_by_a_lead_with_its_date_is_not_body(
    lines: tuple[str, ...], sapo: int, lead: int
) -> None:
    found = blocks(page(*lines))
    assert ("boilerplate", "sapo", lines[sapo]) in found
    kept = body(page(*lines))
    assert kept[0] == lines[lead]
    assert kept == body(page(*kept)), "cleaning the cleaned body keeps every line"


@pytest.mark.parametrize(
    "second",
    [
        # Another day: a follow-up, not a restatement.
        "Sáng 11/7, Tổng Bí thư Tô Lâm và Thủ tướng Sonexay Siphandone dự lễ khởi công dự án "
        "trường học hữu nghị Việt Nam - Lào tại Hà Nội.",
        # Same day, but shorter than the credited lead: a second, smaller event.
        "Chiều 10/7, Tổng Bí thư Tô Lâm cũng tiếp Đại sứ Lào.",
        # Same day, no name in common.
        "Chiều 10/7, tại Hà Nội, đoàn doanh nghiệp hai nước đã ký kết 12 thỏa thuận hợp tác về "
        "năng lượng, logistics, nông nghiệp công nghệ cao và đào tạo nguồn nhân lực.",
    ],
    ids=["other-day", "shorter", "no-shared-name"],
)
def test_credited_dated_lead_without_a_restatement_below_is_kept(second: str) -> None:
    first = (
        "NDO - Chiều 10/7, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm đã tiếp Thủ tướng Lào "
        "Sonexay Siphandone đang thăm chính thức Việt Nam và đồng chủ trì Kỳ họp lần thứ 47 Ủy "
        "ban liên Chính phủ Việt Nam - Lào."
    )
    text = page("Tổng Bí thư Tô Lâm tiếp Thủ tướng Lào", "10-07-2025, 18:42", first, second,
                THIRD)  # fmt: skip
    kept = body(text)
    assert kept[0] == first.removeprefix("NDO - ")
    assert kept[1:] == [second, THIRD]


def test_uncredited_dated_lead_above_the_same_date_is_kept() -> None:
    # Without a credit on it, a dated first paragraph is the lead when the paragraph below goes
    # on rather than saying it again (a restated summary is a sapo: test_boilerplate_edges).
    first = "Chiều 10/7, Tổng Bí thư Tô Lâm đã tiếp Thủ tướng Lào Sonexay Siphandone."
    second = (
        "Chiều 10/7, tại buổi tiếp, hai nhà lãnh đạo trao đổi về hợp tác năng lượng, giao "
        "thông và giáo dục; Thủ tướng Sonexay Siphandone cảm ơn sự giúp đỡ của Việt Nam."
    )
    text = page("Tổng Bí thư Tô Lâm tiếp Thủ tướng Lào", "10-07-2025, 18:42", first, second)
    assert body(text) == [first, second]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("chiều 10/7, tại hà nội", "chiều 10/7, tổng bí thư", True),
        ("sáng 28/10/2024 (giờ địa phương), tại", "sáng  28/10/2024 (giờ", True),
        ("sáng 5-3, tại hà nội", "chiều 5-3, tại hà nội", False),
        ("chiều 10/7, tại hà nội", "tại hà nội, chiều 10/7", False),
    ],
)
def test_same_date_opening(one: str, other: str, same: bool) -> None:
    assert rules.same_date_opening(one, other) is same


# -- an undated summary above a lead that opens with its occasion ------------------------------

OCCASION_TITLE = "Lãnh đạo Quốc hội các nước chúc mừng tân Chủ tịch Quốc hội"
OCCASION_SUMMARY = (
    "Chủ tịch Thượng viện Chi-lê và Chủ tịch Quốc hội Mông Cổ đã gửi điện chúc mừng ông Trần "
    "Văn Bình được bầu làm Chủ tịch Quốc hội Việt Nam."
)


@pytest.mark.parametrize(
    "lead",
    [
        "Nhân dịp ông Trần Văn Bình được bầu giữ chức Chủ tịch Quốc hội, Chủ tịch Thượng viện "
        "Chi-lê Mario Soto và Chủ tịch Quốc hội Mông Cổ Bat Erdene đã gửi điện chúc mừng.",
        "Bên lề Hội nghị Liên minh Nghị viện thế giới tại Geneva, Chủ tịch Thượng viện Chi-lê "
        "Mario Soto đã trao tận tay ông Trần Văn Bình bức điện chúc mừng.",
        "Nhận lời mời của Chủ tịch Quốc hội Trần Văn Bình, Chủ tịch Thượng viện Chi-lê Mario "
        "Soto sẽ thăm chính thức Việt Nam và trao điện chúc mừng của Thượng viện.",
        "Trong khuôn khổ Diễn đàn nghị viện châu Á, Chủ tịch Quốc hội Mông Cổ Bat Erdene đã "
        "chúc mừng ông Trần Văn Bình và mời ông sang thăm Ulan Bator.",
    ],
)
def test_an_undated_summary_above_an_occasion_framed_lead_is_a_sapo(lead: str) -> None:
    kept = body(
        page(
            OCCASION_TITLE,
            OCCASION_SUMMARY,
            lead,
            "Bức điện bày tỏ tin tưởng quan hệ hai nước sẽ tiếp tục phát triển.",
        )
    )
    assert kept[0] == lead


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # "Nhân dịp này" points back to the paragraph above: that one is the lead.
        (
            OCCASION_SUMMARY,
            "Nhân dịp này, Chủ tịch Quốc hội Mông Cổ cũng mời ông Trần Văn Bình sang thăm Mông "
            "Cổ vào thời gian thích hợp.",
        ),
        # A dated first paragraph is a lead, whatever opens the next one.
        (
            "Ngày 3/8, Chủ tịch Thượng viện Chi-lê đã gửi điện chúc mừng ông Trần Văn Bình được "
            "bầu làm Chủ tịch Quốc hội Việt Nam.",
            "Nhân dịp ông Trần Văn Bình nhậm chức, Chủ tịch Quốc hội Mông Cổ cũng gửi điện chúc "
            "mừng và mời ông sang thăm.",
        ),
    ],
)
def test_a_lead_above_an_occasion_paragraph_stays(first: str, second: str) -> None:
    assert body(page(OCCASION_TITLE, first, second))[0] == first
