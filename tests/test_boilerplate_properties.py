"""Properties of the boilerplate plugin for any input: valid, ordered, trimmed blocks; stable
under cleaning twice; the same labels for NFD and NFC; never an exception."""

from __future__ import annotations

import unicodedata

import vndiplo_boilerplate as plugin
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import Block, Document
from vndiplo.model import BLOCK_KINDS
from vndiplo.testing import unicode_texts

# Pieces of real pages, to build page-like inputs that reach every rule (random text alone
# rarely forms a paragraph).
_PIECES = [
    "Tổng Bí thư Tô Lâm tiếp Bí thư Quảng Tây, Trung Quốc Trần Cương",
    "Bảo Chi",
    "16/09/2025 17:02",
    "Thứ Ba, 16/09/2025 - 17:02",
    "Chiều 18/2, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm đã tiếp đồng chí Trần Cương, "
    "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Bí thư Đảng ủy Khu tự trị.",
    " - Bộ trưởng Ngoại giao Bùi Thanh Sơn hôm qua (30/3) đã tiếp đồng chí Lưu Ninh, Bí thư "
    "Đảng ủy Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc.",
    "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, thúc đẩy hợp tác an ninh - quốc phòng, "
    "đồng thời phối hợp chặt chẽ tại các diễn đàn đa phương như ASEAN và Liên Hợp Quốc.",
    "Đại sứ Phạm Thanh Bình hội kiến với đồng chí Trần Cương.",
    "Quang cảnh cuộc gặp.",
    "Hai bên cũng ký biên bản ghi nhớ.",
    "Tổng Bí thư đánh giá cao vai trò của Quảng Tây - Ảnh: TTXVN",
    "Thúc đẩy hợp tác các địa phương biên giới ảnh 1",
    "Ảnh: Viết Thành",
    "Nâng cấp quan hệ lên Đối tác chiến lược toàn diện",
    "Lãnh đạo hai Đảng khẳng định lại tầm quan trọng của quan hệ hữu nghị đặc biệt giữa hai "
    "nước, coi ...",
    # a lead whose drop cap was lost, and its whole copy (round 12)
    "huyến làm việc của đoàn tại Hải Phòng từ ngày 4-6/5 mở ra nhiều hướng hợp tác mới.",
    "Chuyến làm việc của đoàn tại Hải Phòng từ ngày 4-6/5 mở ra nhiều hướng hợp tác mới.",
    "TIN LIÊN QUAN",
    "Có thể bạn quan tâm",
    "Theo dõi Baoquocte.vn trên",
    "Theo TTXVN",
    "Kiệt Linh",
    "0",
    "fb yt zl tw",
    "",
    "\u00a0",
]
page_texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("\n".join)
any_text = st.one_of(unicode_texts(), page_texts)


def blocks_of(text: str) -> list[Block]:
    return plugin.clean_text(Document(text).normalized)


@given(any_text)
def test_blocks_are_valid_ordered_disjoint_and_trimmed(text: str) -> None:
    blocks = blocks_of(text)
    previous_end = 0
    for block in blocks:
        assert 0 <= previous_end <= block.start < block.end <= len(text)
        quoted = text[block.start : block.end]
        assert quoted == quoted.strip()
        assert block.kind in BLOCK_KINDS
        assert block.rule
        previous_end = block.end


@given(any_text)
def test_every_non_blank_line_is_covered(text: str) -> None:
    covered = [False] * len(text)
    for block in blocks_of(text):
        for k in range(block.start, block.end):
            covered[k] = True
    norm = Document(text).normalized
    for start, end in _line_spans(norm.text):
        if norm.text[start:end].strip():
            o_start, o_end = norm.span_to_original(start, end)
            assert any(covered[o_start:o_end]), repr(text[o_start:o_end])


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


@given(any_text)
def test_cleaning_the_body_again_keeps_every_line(text: str) -> None:
    body = Document(text, blocks=blocks_of(text)).body
    again = blocks_of(body)
    assert all(b.kind == "body" for b in again), [
        (b.kind, b.rule, body[b.start : b.end]) for b in again if b.kind != "body"
    ]
    assert Document(body, blocks=again).body == body


@given(any_text)
def test_nfd_input_gets_the_nfc_labels(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    assert [(b.kind, b.rule) for b in blocks_of(nfd)] == [(b.kind, b.rule) for b in blocks_of(nfc)]


@given(unicode_texts())
def test_reference_date_never_raises(text: str) -> None:
    from vndiplo import Runner

    context = Runner(["vndiplo_boilerplate"], autoload=False).context
    ref = plugin.vndiplo_reference_date(Document(text), context)
    assert ref is None or ref.source == "page"
