"""Unit tests for the boilerplate plugin: each rule with realistic variations, the lexicon,
the hooks and the runner integration."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import vndiplo_boilerplate as plugin
from vndiplo_boilerplate import rules
from vndiplo_boilerplate.lexicon import CompiledMarkers, compiled_markers, line_key
from vndiplo_boilerplate.vocabulary import DEFAULT_MARKERS, LEXICON_KIND, Marker, as_marker

from vndiplo import Document, ReferenceDate, Runner, hookimpl
from vndiplo.registry import Registry

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PARAGRAPH = (
    "Chiều 5/3, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản "
    "Ito Naoki đến chào xã giao nhân dịp bắt đầu nhiệm kỳ công tác tại Việt Nam."
)
PARAGRAPH_2 = (
    "Thủ tướng đề nghị Nhật Bản tiếp tục cung cấp vốn vay ODA thế hệ mới, thủ tục đơn giản, "
    "hỗ trợ Việt Nam phát triển hạ tầng chiến lược và đào tạo nguồn nhân lực chất lượng cao."
)
PARAGRAPH_3 = (
    "Đại sứ Ito Naoki khẳng định sẽ nỗ lực hết mình để thúc đẩy quan hệ Đối tác chiến lược "
    "toàn diện Việt Nam - Nhật Bản phát triển mạnh mẽ, thực chất và hiệu quả hơn nữa."
)
TITLE = "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản"


def kinds(text: str, registry: Registry | None = None) -> list[tuple[str, str]]:
    """(kind, quoted text) for every block of ``text``."""
    blocks = plugin.clean_text(Document(text).normalized, registry)
    return [(b.kind, text[b.start : b.end]) for b in blocks]


def kind_of(text: str, line: str) -> str:
    for kind, quoted in kinds(text):
        if quoted == line:
            return kind
    raise AssertionError(f"no block quotes {line!r}")


def page(*lines: str) -> str:
    return "\n\n".join(lines)


# -- timestamps ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("16/09/2025 17:02", dt.date(2025, 9, 16)),
        ("Thứ Ba, 16/09/2025 - 17:02", dt.date(2025, 9, 16)),
        ("16/9/2025 | 17:02 GMT+7", dt.date(2025, 9, 16)),
        ("Cập nhật: 15:30, 05/03/2025", dt.date(2025, 3, 5)),
        ("Cập nhật lúc: 09:05 25/04/2024", dt.date(2024, 4, 25)),
        ("Thứ bảy, 21/12/2024, 15:40 (GMT+7)", dt.date(2024, 12, 21)),
        ("Ngày đăng: 12/03/2024 | 08:30", dt.date(2024, 3, 12)),
        ("Chủ nhật, 05-01-2025 10:15", dt.date(2025, 1, 5)),
        ("Thời sự | 14/11/2024 08:20 GMT+7", dt.date(2024, 11, 14)),
        ("2024-07-16 20:15", dt.date(2024, 7, 16)),
        ("Thứ Hai, ngày 11 tháng 3 năm 2024", dt.date(2024, 3, 11)),
    ],
)
def test_dateline_formats(line: str, expected: dt.date) -> None:
    lowered = line.lower()
    assert rules.is_dateline(lowered, len(line.split()))
    assert rules.dateline_date(lowered) == expected


@pytest.mark.parametrize(
    "line",
    [
        PARAGRAPH,
        "Ngày 16/9/2025, hai bên đã ký kết 12 văn kiện hợp tác trong nhiều lĩnh vực quan trọng.",
        "Quốc khánh 2/9",
        "31/02/2025 10:00",  # no such day
        "Năm 2025 là năm kỷ niệm 75 năm",
    ],
)
def test_not_datelines(line: str) -> None:
    assert not rules.is_dateline(line.lower(), len(line.split()))


# -- captions -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Tổng Bí thư đánh giá cao vai trò của Quảng Tây - Ảnh: TTXVN",
        "Chủ tịch Quốc hội hội đàm với Chủ tịch Quốc hội Lào. (Ảnh: Nhan Sáng/TTXVN)",
        "Thủ tướng tại cuộc hội đàm ở Tokyo, ngày 21/12. Ảnh: Nhật Bắc",
        "Chủ tịch nước và Tổng thống Peru tại lễ đón ẢNH: TTXVN",
        "Thúc đẩy hợp tác các địa phương biên giới Việt Nam - Quảng Tây, Trung Quốc ảnh 1",
        "Ảnh minh họa",
        "Ông Khúc Cường, giáo sư Đại học Dân tộc Trung ương. (Ảnh do nhân vật cung cấp)",
        "Ngoại trưởng Mỹ tại cuộc gặp ở Riyadh. Ảnh: Reuters.",
        "Video: Toàn cảnh lễ đón Tổng thống Indonesia",
    ],
)
def test_photo_caption_patterns(line: str) -> None:
    assert rules.photo_caption_rule(line.lower(), len(line.split())) is not None


@pytest.mark.parametrize("line", [PARAGRAPH, "Hình thức hợp tác mới giữa hai bên", TITLE])
def test_not_photo_captions(line: str) -> None:
    assert rules.photo_caption_rule(line.lower(), len(line.split())) is None


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Quang cảnh cuộc gặp.", True),
        ("Bộ trưởng Lương Tam Quang với Đại sứ Gennady Bezdetko.", True),
        ("Đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy, tặng quà lưu niệm ông Vi Thao.", True),
        ("Hai bên cũng ký biên bản ghi nhớ.", False),
        ("Chiều cùng ngày, Thủ tướng tiếp Đại sứ Lào.", False),
        ("Ông cho biết Nhật Bản sẽ tăng viện trợ.", False),
        ("Quang cảnh cuộc gặp", False),  # no full stop: a subheading, not a photo line
    ],
)
def test_photo_description(line: str, caption: bool) -> None:
    assert rules.is_photo_description(line, line.lower(), len(line.split())) is caption


def test_caption_that_repeats_a_body_sentence_next_to_it() -> None:
    sentence = "Tổng Bí thư đánh giá cao vai trò tiên phong của Quảng Tây trong quan hệ hữu nghị"
    text = page(TITLE, PARAGRAPH, f"{sentence} - Ảnh: TTXVN\n{sentence}.", PARAGRAPH_2)
    assert kind_of(text, f"{sentence} - Ảnh: TTXVN") == "caption"
    assert kind_of(text, f"{sentence}.") == "caption"
    assert kind_of(text, PARAGRAPH_2) == "body"


def test_caption_printed_twice_and_title_reused_as_caption() -> None:
    caption = "Đại sứ Phạm Thanh Bình hội kiến với đồng chí Trần Cương."
    text = page(TITLE, PARAGRAPH, TITLE, f"{TITLE}, chiều 5/3.", caption, caption, PARAGRAPH_2)
    labels = kinds(text)
    assert [k for k, q in labels if q in (TITLE, f"{TITLE}, chiều 5/3.")] == [
        "title",
        "caption",
        "caption",
    ]
    assert [k for k, q in labels if q == caption] == ["caption", "caption"]
    assert kind_of(text, PARAGRAPH_2) == "body"


def test_caption_after_photo_number_and_before_bare_credit() -> None:
    text = page(
        TITLE,
        PARAGRAPH,
        f"{TITLE} ảnh 2\nHai nhà lãnh đạo chứng kiến lễ trao các văn kiện hợp tác, ngày 5/3.",
        PARAGRAPH_2,
        "Thủ tướng Phạm Minh Chính tiếp Đại sứ Ito Naoki tại Trụ sở Chính phủ, ngày 5/3.\n"
        "Ảnh: VGP/Nhật Bắc",
        PARAGRAPH_3,
    )
    assert kind_of(text, "Hai nhà lãnh đạo chứng kiến lễ trao các văn kiện hợp tác, ngày 5/3.") == (
        "caption"
    )
    assert kind_of(
        text, "Thủ tướng Phạm Minh Chính tiếp Đại sứ Ito Naoki tại Trụ sở Chính phủ, ngày 5/3."
    ) == ("caption")
    assert kind_of(text, PARAGRAPH_3) == "body"


# -- bylines, credits, leads ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Bảo Chi",
        "Kiệt Linh",
        "PV",
        "Nhóm PV",
        "NGỌC AN",
        "Thu Hằng/VOV-Viêng Chăn",
        "Thanh Hà (Báo Lao Động)",
        "(TTXVN/Vietnam+)",
    ],
)
def test_name_like_bylines(line: str) -> None:
    assert rules.is_name_like(line, len(line.split()))


@pytest.mark.parametrize(
    "line",
    ["VOV.VN", "Quang cảnh cuộc gặp.", "Hợp tác kinh tế", "Tổng thống Putin thăm Triều Tiên 2024"],
)
def test_not_name_like(line: str) -> None:
    assert not rules.is_name_like(line, len(line.split()))


@pytest.mark.parametrize(
    "line",
    ["Theo TTXVN", "(Theo VOV)", "Nguồn: baochinhphu.vn", "Theo Reuters, AFP", "Theo Báo Nhân Dân"],
)
def test_source_credits(line: str) -> None:
    assert rules.is_source_credit(line, line.lower(), len(line.split()))


def test_sentence_starting_with_theo_is_not_a_credit() -> None:
    line = "Theo Bộ Ngoại giao Mỹ, hai bên nhất trí thành lập các nhóm làm việc cấp cao."
    assert not rules.is_source_credit(line, line.lower(), len(line.split()))


@pytest.mark.parametrize(
    ("lead", "credit"),
    [
        ("- Bộ trưởng Bùi Thanh Sơn hôm qua đã tiếp", ""),
        ("(VnMedia) - VnMedia xin đăng tải", "(VnMedia)"),
        ("TTO - Tối 4-6, Bộ trưởng", "TTO"),
        ("VOV.VN - Chiều 3/10, tại Viêng Chăn", "VOV.VN"),
        ("QĐND Online - Chiều 2/12, tại Hà Nội", "QĐND Online"),
        ("HÀ NỘI (TTXVN) - Trong khuôn khổ", "HÀ NỘI (TTXVN)"),
        ("Hà Nội, 12/3 (TTXVN) - Thủ tướng", "Hà Nội, 12/3 (TTXVN)"),
        ("(Dân trí) - Bộ trưởng Ngoại giao", "(Dân trí)"),
    ],
)
def test_lead_credit(lead: str, credit: str) -> None:
    found = rules.lead_credit(lead)
    assert found is not None
    assert lead[: found[0]] == credit


@pytest.mark.parametrize("line", [PARAGRAPH, "Việt Nam - Lào tăng cường hợp tác toàn diện."])
def test_no_lead_credit_in_prose(line: str) -> None:
    assert rules.lead_credit(line) is None


def test_lead_credit_is_split_off_the_kept_paragraph() -> None:
    lead = "(Dân trí) - " + PARAGRAPH
    labels = kinds(page(TITLE, "Thành Đông", lead, PARAGRAPH_2))
    assert ("byline", "(Dân trí)") in labels
    assert ("body", PARAGRAPH) in labels
    assert ("byline", "Thành Đông") in labels


def test_byline_and_source_after_the_body() -> None:
    text = page(TITLE, PARAGRAPH, PARAGRAPH_2, "Hải Minh", "Báo điện tử Đảng Cộng sản Việt Nam")
    assert kind_of(text, "Hải Minh") == "byline"
    assert kind_of(text, "Báo điện tử Đảng Cộng sản Việt Nam") == "byline"


# -- structure: head, tail, boxes ---------------------------------------------------------------


def test_title_is_the_longest_headline_among_section_names() -> None:
    text = page("Trang chủ", "Tin hoạt động", TITLE, "05/03/2025 15:30", PARAGRAPH)
    assert kinds(text)[:4] == [
        ("boilerplate", "Trang chủ"),
        ("boilerplate", "Tin hoạt động"),
        ("title", TITLE),
        ("dateline", "05/03/2025 15:30"),
    ]


def test_body_only_page_has_no_title() -> None:
    text = page(PARAGRAPH, PARAGRAPH_2, PARAGRAPH_3)
    assert [k for k, _q in kinds(text)] == ["body", "body", "body"]


def test_sapo_ending_in_ellipsis_that_the_body_repeats() -> None:
    sapo = PARAGRAPH_2.split(",")[0] + ", thủ tục đơn giản, hỗ trợ Việt Nam phát triển..."
    text = page(TITLE, sapo, PARAGRAPH, PARAGRAPH_2)
    assert kind_of(text, sapo) == "boilerplate"


def test_tail_marker_ends_the_article() -> None:
    teaser = "Chiều 15/9, Đại tướng Phan Văn Giang đã hội đàm với Trợ lý Tổng thống Nga..."
    text = page(
        TITLE,
        PARAGRAPH,
        PARAGRAPH_2,
        "Tin cùng chuyên mục",
        "Bộ trưởng Quốc phòng hội đàm",
        teaser,
        PARAGRAPH_3,
    )
    labels = kinds(text)
    assert [k for k, _q in labels] == ["title", "body", "body"] + ["boilerplate"] * 4


@pytest.mark.parametrize(
    "heading",
    ["Có thể bạn quan tâm", "Ý kiến bạn đọc", "Bình luận (0)", "Tin đọc nhiều", "Tags:", "Từ khóa"],
)
def test_tail_headings(heading: str) -> None:
    text = page(TITLE, PARAGRAPH, heading, PARAGRAPH_2)
    assert kind_of(text, PARAGRAPH_2) == "boilerplate"


def test_teaser_headline_printed_twice_starts_the_tail() -> None:
    headline = "Tổng Bí thư Tô Lâm điện đàm với Chủ tịch nước Cộng hòa Cuba"
    text = page(TITLE, PARAGRAPH, PARAGRAPH_2, headline, headline, PARAGRAPH_3)
    assert [k for k, _q in kinds(text)][3:] == ["boilerplate"] * 3


def test_teaser_headline_with_ellipsis_summary_starts_the_tail() -> None:
    headline = "Bước tiến mới trong quan hệ Hàn Quốc - Nhật Bản"
    summary = "Chuyến thăm Nhật Bản của Tổng thống Hàn Quốc đã mở ra giai đoạn mới trong ..."
    text = page(TITLE, PARAGRAPH, headline, summary, PARAGRAPH_2)
    assert [k for k, _q in kinds(text)] == ["title", "body"] + ["boilerplate"] * 3


def test_inline_related_box_then_the_article_resumes() -> None:
    text = page(
        TITLE,
        PARAGRAPH,
        "TIN LIÊN QUAN",
        "Việt Nam và Mỹ nâng cấp quan hệ lên Đối tác chiến lược toàn diện",
        "Mỹ cam kết hỗ trợ Việt Nam phát triển ngành công nghiệp bán dẫn",
        PARAGRAPH_2,
        PARAGRAPH_3,
    )
    assert [k for k, _q in kinds(text)] == ["title", "body"] + ["boilerplate"] * 3 + ["body"] * 2


def test_subheading_inside_the_article_is_kept() -> None:
    sub = "Thúc đẩy hợp tác hàng không, vũ trụ và năng lượng"
    text = page(TITLE, PARAGRAPH, sub, PARAGRAPH_2)
    assert kind_of(text, sub) == "body"


def test_share_widgets_and_counters() -> None:
    text = page(TITLE, "0\n0", "Theo dõi Báo Thanh Niên trên", PARAGRAPH, "fb yt zl tw", "Chia sẻ")
    assert [k for k, _q in kinds(text)] == [
        "title",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "body",
        "boilerplate",
        "boilerplate",
    ]


def test_blocks_quote_trimmed_lines_with_nbsp() -> None:
    text = "\u00a0" + TITLE + " \n\n\u00a0- " + PARAGRAPH + "\u00a0\u00a0\n"
    blocks = plugin.clean_text(Document(text).normalized)
    assert [text[b.start : b.end] for b in blocks] == [TITLE, PARAGRAPH]


def test_empty_and_blank_pages() -> None:
    assert plugin.clean_text(Document("").normalized) == []
    assert plugin.clean_text(Document(" \n\u00a0\n\t").normalized) == []


# -- vocabulary and lexicon ---------------------------------------------------------------------


def test_marker_entries_are_read_in_several_shapes() -> None:
    assert as_marker("Tin nóng") == Marker("Tin nóng", "widget", "line")
    assert as_marker({"text": "Tin nóng", "role": "tail"}) == Marker("Tin nóng", "tail")
    assert as_marker(("Xem ngay:", "widget", "prefix")) == Marker("Xem ngay:", "widget", "prefix")
    with pytest.raises(ValueError):
        Marker("Tin nóng", "sidebar")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        as_marker(42)


def test_line_key_ignores_counters_colons_and_case() -> None:
    assert line_key("bình luận (12)") == "bình luận"
    assert line_key("tin liên quan:") == "tin liên quan"
    assert line_key("ý kiến 0") == "ý kiến"


def test_default_vocabulary_matches_variants() -> None:
    markers = CompiledMarkers(DEFAULT_MARKERS)
    for line, role in [
        ("TIN LIÊN QUAN", "box"),
        ("Tin cùng chuyên mục", "tail"),
        ("Theo dõi Baoquocte.vn trên", "widget"),
        ("Theo dõi Dân trí trên Google News", "widget"),
        ("© Bản quyền thuộc về VietnamPlus", "widget"),
        ("Báo điện tử Đảng Cộng sản Việt Nam", "source"),
    ]:
        found = markers.match(line.lower())
        assert found is not None and found.role == role, line
    assert markers.match(PARAGRAPH.lower()) is None
    assert markers.all_tokens("fb yt zl tw")


def test_users_extend_the_vocabulary_through_the_registry() -> None:
    registry = Registry()
    registry.register(LEXICON_KIND, DEFAULT_MARKERS)
    before = compiled_markers(registry)
    assert compiled_markers(registry) is before  # cached per registry version
    text = page(TITLE, PARAGRAPH, "Chuyện bên lề", PARAGRAPH_2)
    assert kind_of(text, PARAGRAPH_2) == "body"
    registry.register(LEXICON_KIND, [{"text": "Chuyện bên lề", "role": "tail"}])
    assert compiled_markers(registry) is not before
    assert dict((q, k) for k, q in kinds(text, registry))[PARAGRAPH_2] == "boilerplate"


class OutletPlugin:
    """A user plugin teaching the cleaner an outlet's own tail heading."""

    name = "outlet"

    @hookimpl
    def vndiplo_register_lexicon(self, register):  # type: ignore[no-untyped-def]
        register("boilerplate.markers", [("Đừng bỏ lỡ", "tail")])


def test_runner_with_a_user_vocabulary_plugin() -> None:
    runner = Runner(["vndiplo_boilerplate", OutletPlugin()], autoload=False)
    doc = runner.run(page(TITLE, "16/09/2025 17:02", PARAGRAPH, "Đừng bỏ lỡ", PARAGRAPH_2))
    assert doc.headline == TITLE
    assert doc.body == PARAGRAPH
    assert doc.published == dt.date(2025, 9, 16)
    assert doc.published_source == "page"


# -- hooks --------------------------------------------------------------------------------------


def test_reference_date_from_the_page_timestamp() -> None:
    text = (SEEDS / "002_b70fbf97eaa9e6e3.txt").read_text(encoding="utf-8")
    runner = Runner(["vndiplo_boilerplate"], autoload=False)
    doc = Document(text)
    ref = plugin.vndiplo_reference_date(doc, runner.context)
    assert ref == ReferenceDate(value=dt.date(2025, 9, 16), source="page", evidence=ref.evidence)
    assert ref is not None and ref.evidence is not None
    assert text[ref.evidence.start : ref.evidence.end] == "16/09/2025 17:02"


def test_no_reference_date_without_a_timestamp_line() -> None:
    text = (SEEDS / "000_424efeffee1ce716.txt").read_text(encoding="utf-8")
    runner = Runner(["vndiplo_boilerplate"], autoload=False)
    assert plugin.vndiplo_reference_date(Document(text), runner.context) is None


def test_seed_through_the_runner_keeps_the_gold_body() -> None:
    import json

    for path in sorted(SEEDS.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_name(path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        doc = Runner(["vndiplo_boilerplate"], autoload=False).run(text)
        assert doc.headline == gold["title"].replace("\u00a0", " ") or doc.headline == gold["title"]
        body_lines = doc.body.split("\n")
        assert body_lines[0] == gold["body_first_line"].strip()
        assert body_lines[-1] == gold["body_last_line"].strip()
        expected = dt.date.fromisoformat(gold["published"]) if gold["published"] else None
        assert doc.published == expected
