"""A guest introduced by an honorific only ("Ông A", "Bà B", Latin or Vietnamese names) is a
principal when a welcome frames him: the next sentence after "Tại buổi đón tiếp, ..." or a
passive welcome; "đón tiếp" is a reception verb in every word order, with a company, a
federation or an association receiving a delegation. Invented names and bodies throughout.
Near misses: a welcome of tourists, a man named after a talk frame two sentences on, a thanks
for an earlier trip."""

from __future__ import annotations

import pytest

import vndiplo


def _run(text: str) -> vndiplo.Document:
    return vndiplo.Runner().run({"id": "w", "text": text, "published": "2024-06-10"})


def _sides(doc: vndiplo.Document) -> tuple[str | None, dict[str, str]]:
    if not doc.events:
        return None, {}
    main = doc.events[0]
    return main.type, {p.name: p.role for p in main.participants}


_INTRO = "Cty Cổ phần Thép Phương Nam"


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        # the back-reference, then the guest thanking in a sentence of his own
        (
            "Tại buổi đón tiếp, đoàn đã nghe giới thiệu về quá trình phát triển của công ty. "
            "Ông Trịnh Văn Quyết chia sẻ mong muốn học hỏi cách quản trị và cảm ơn sự đón tiếp "
            "chu đáo của công ty.",
            "Trịnh Văn Quyết",
        ),
        (
            "Ở buổi tiếp, đoàn được tham quan dây chuyền sản xuất. Bà Maria Lopez bày tỏ ấn tượng"
            " với quy mô nhà máy, bà cũng cảm ơn sự tiếp đón nồng hậu của công ty.",
            "Maria Lopez",
        ),
        # the active verb, a company receiving a delegation led by an honorific-only guest
        (
            f"Ngày 5/6, {_INTRO} đã đón tiếp đoàn công tác của Hiệp hội Doanh nghiệp tỉnh Long "
            "An do ông Lê Văn Hòa dẫn đầu. Hai bên trao đổi về hợp tác đầu tư.",
            "Lê Văn Hòa",
        ),
        # the passive, the receiving body written with a capital
        (
            "Ngày 5/6, đoàn công tác của Liên đoàn Lao động tỉnh Kon Tum do bà Phan Thị Hạnh dẫn"
            " đầu đã được Tập đoàn Hòa Phát đón tiếp tại trụ sở ở TP. Đà Nẵng.",
            "Phan Thị Hạnh",
        ),
        (
            "Ngày 5/6, ông Kenji Sato đã được Hội Hữu nghị Việt - Nhật tỉnh Hải Dương tiếp đón "
            "tại trụ sở.",
            "Kenji Sato",
        ),
        # the passive with no agent
        ("Ngày 5/6, bà Phan Thị Hạnh được đón tiếp trọng thể tại trụ sở Hội.", "Phan Thị Hạnh"),
    ],
)
def test_an_honorific_only_guest_of_a_welcome(text: str, guest: str) -> None:
    doc = _run(text)
    assert guest in {p.name for p in doc.people}
    kind, roles = _sides(doc)
    assert kind == "reception"
    assert roles.get(guest) == "guest"


# -- near misses --------------------------------------------------------------------------


def test_a_welcome_of_tourists_makes_no_principal() -> None:
    doc = _run(
        "Năm 2023, tỉnh Quảng Ninh đã đón tiếp hơn 15 triệu lượt khách. Ông Trần Văn Long "
        "cho biết ngành du lịch sẽ tiếp tục đầu tư hạ tầng."
    )
    assert "Trần Văn Long" not in {p.name for p in doc.people}


def test_a_name_two_sentences_after_the_frame_is_not_a_side() -> None:
    doc = _run(
        "Tại buổi tiếp, đoàn đã nghe giới thiệu về nhà máy. Sau đó, đoàn tham quan xưởng sản "
        "xuất. Ông Phạm Đức Toàn cho biết nhà máy sẽ mở rộng vào năm tới."
    )
    assert "Phạm Đức Toàn" not in {p.name for p in doc.people}


def test_an_elected_man_is_not_welcomed() -> None:
    doc = _run("Ngày 5/6, ông Lê Văn Tám được bầu làm Chủ tịch Hội Doanh nhân trẻ tỉnh.")
    assert not doc.events or doc.events[0].type != "reception"
