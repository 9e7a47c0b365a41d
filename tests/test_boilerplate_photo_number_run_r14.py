"""The line under a photo's number ("... - Ảnh 1.", "... ảnh 2") is that photo's caption only
when it reads as one: a single sentence naming who is pictured. A paragraph of the article set
right under the number (several sentences, a quotation, reported speech or agreement, who
attended, who led the delegation, a connective that carries the story on) stays body, and so
do the paragraphs after it."""

from __future__ import annotations

from tests.boilerplate_helpers import blocks, body_lines, page

HEAD = "Bộ trưởng Ngoại giao tiếp Đại sứ Chile tại Hà Nội"
LEAD = (
    "Sáng 9/5, tại Hà Nội, Bộ trưởng Ngoại giao Lê Minh Khoa đã tiếp Đại sứ Chile Ana Morales "
    "nhân dịp bà đến chào kết thúc nhiệm kỳ công tác tại Việt Nam."
)
NUMBER = "Bộ trưởng Lê Minh Khoa tiếp Đại sứ Ana Morales - Ảnh 1."
LAST = (
    "Hai bên cũng trao đổi về phối hợp ở APEC và Liên hợp quốc, cũng như về việc nối ASEAN "
    "với khối Mercosur qua các hiệp định thương mại sắp tới."
)


def _caption_of(line: str, number: str = NUMBER) -> bool:
    kinds = dict((quoted, kind) for kind, quoted in blocks(page(HEAD, LEAD, number, line, LAST)))
    return kinds.get(line) == "caption"


# -- narrative under the number stays body ------------------------------------------------


def test_agreement_under_the_number_is_body() -> None:
    line = (
        "Hai bên nhất trí gia tăng các chuyến thăm cấp bộ, thúc đẩy thương mại nông sản và "
        "hợp tác khai khoáng."
    )
    assert not _caption_of(line)


def test_reported_speech_under_the_number_is_body() -> None:
    line = (
        "Bộ trưởng Lê Minh Khoa cho biết Việt Nam coi trọng quan hệ với Chile, đối tác "
        "thương mại lớn nhất của Hà Nội ở Nam Mỹ."
    )
    assert not _caption_of(line)


def test_two_sentences_under_the_number_are_body() -> None:
    line = (
        "Đại sứ Ana Morales cảm ơn sự hỗ trợ của Bộ. Bà khẳng định ở cương vị mới vẫn sẽ vun "
        "đắp tình bạn Chile - Việt Nam."
    )
    assert not _caption_of(line)


def test_a_quotation_under_a_lower_case_number_is_body() -> None:
    line = (
        "“Chile luôn coi Việt Nam là cửa ngõ vào Đông Nam Á”, Đại sứ Ana Morales phát biểu "
        "tại buổi tiếp."
    )
    assert not _caption_of(line, "Ngoại trưởng tiếp Đại sứ Chile ảnh 2")


def test_the_delegation_head_under_the_number_is_body() -> None:
    line = (
        "Đoàn công tác của Bộ Quốc phòng Chile do Trung tướng Carlos Vega, Tổng Tham mưu trưởng "
        "làm Trưởng đoàn."
    )
    assert not _caption_of(line, "Lễ đón đoàn Bộ Quốc phòng Chile - Ảnh 3")


def test_attendance_under_the_number_is_body() -> None:
    line = "Cùng dự buổi tiếp có Thứ trưởng Ngoại giao Phạm Thu Hà và Vụ trưởng Vụ châu Mỹ."
    assert not _caption_of(line, "Quang cảnh buổi tiếp. ảnh 1")


def test_a_connective_under_the_number_is_body() -> None:
    line = (
        "Bên cạnh đó, hai bên trao đổi về việc sớm tổ chức kỳ họp Ủy ban hỗn hợp lần thứ năm "
        "tại Santiago."
    )
    assert not _caption_of(line)


def test_the_article_after_a_narrative_line_is_kept_to_its_end() -> None:
    line = "Hai bên thống nhất sớm ký Bản ghi nhớ về hợp tác lao động và giáo dục đại học."
    kept = body_lines(page(HEAD, LEAD, NUMBER, line, LAST))
    assert kept == [LEAD, line, LAST]


# -- the pictured scene under the number is still its caption ------------------------------


def test_a_scene_under_the_number_is_its_caption() -> None:
    assert _caption_of("Bộ trưởng Lê Minh Khoa bắt tay Đại sứ Ana Morales tại trụ sở Bộ.")


def test_a_scene_with_a_past_marker_is_its_caption() -> None:
    line = "Bộ trưởng Lê Minh Khoa đã tiếp và trao đổi thân mật với Đại sứ Ana Morales."
    assert _caption_of(line)


def test_a_named_pair_without_a_stop_is_its_caption() -> None:
    assert _caption_of("Bộ trưởng Lê Minh Khoa và Đại sứ Chile Ana Morales", "Ảnh 2")


def test_a_sentence_mentioning_photos_in_its_own_words_is_body() -> None:
    line = (
        "Nhân dịp này, Đại sứ Ana Morales trao tặng Bộ Ngoại giao bộ sưu tập hình ảnh về 50 năm "
        "quan hệ ngoại giao giữa hai nước, được chụp từ năm 1971."
    )
    assert line in body_lines(page(HEAD, LEAD, line, LAST))
