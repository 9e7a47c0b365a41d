"""The round-8 construction rewrites (another act word, a noun frame, the passive, a date and
place told in a following sentence) on invented sentences, with the near misses they skip."""

from __future__ import annotations

from benchmarks.metamorphic_acts import SYNONYMS, act_synonym, replace_act
from benchmarks.metamorphic_frames import (
    act_noun_frame,
    back_reference,
    back_reference_to,
    passive_frame,
)
from benchmarks.metamorphic_parse import parse_act
from benchmarks.metamorphic_transforms import Found

LEAD = "Chiều 9/10, tại Trụ sở Chính phủ, Phó Thủ tướng Đào Văn Ký đã tiếp ông Pavel Novak."
NEXT = "Phó Thủ tướng hoan nghênh chuyến thăm."
PAGE = f"Phó Thủ tướng Đào Văn Ký tiếp khách Séc\n{LEAD}\n{NEXT}\n"


def _found(text: str, lead: str, kind: str, trigger: str, place: str | None = None) -> Found:
    start = text.index(lead)
    names = ("Đào Văn Ký", "Pavel Novak")
    return Found("page-1", names, (start, start + len(lead)), None, kind, trigger, place)


FOUND = _found(PAGE, LEAD, "reception", "tiếp", "Trụ sở Chính phủ")


def test_act_synonym_replaces_the_verb_everywhere_it_is_the_verb() -> None:
    text = "Bà Lò Thị Mai tiếp ông Kim. Tại buổi tiếp, bà Mai đã tiếp tục trao đổi."
    assert replace_act(text, "tiếp", "đón tiếp") == (
        "Bà Lò Thị Mai đón tiếp ông Kim. Tại buổi tiếp, bà Mai đã tiếp tục trao đổi."
    )
    assert replace_act("Ông Hà Minh đã gặp Đại sứ Sato.", "gặp", "có cuộc gặp") == (
        "Ông Hà Minh đã có cuộc gặp với Đại sứ Sato."
    )
    call = "Thủ tướng Vi Đức Lợi điện đàm với Thủ tướng Ba Lan."
    assert replace_act(call, "điện đàm", "trao đổi qua điện thoại") == (
        "Thủ tướng Vi Đức Lợi trao đổi qua điện thoại với Thủ tướng Ba Lan."
    )
    visit = "Chủ tịch Hồ Thanh Lâm thăm chính thức Chile."
    assert replace_act(visit, "thăm chính thức", "+có chuyến ") == (
        "Chủ tịch Hồ Thanh Lâm có chuyến thăm chính thức Chile."
    )


def test_act_synonym_near_misses() -> None:
    # A noun, a compound, a lower-case object, "điện đàm" with no "với": not the verb.
    for text, trigger in (
        ("Sau cuộc gặp Đại sứ Sato, ông về nước.", "gặp"),
        ("Ông Hà Minh gặp khó khăn.", "gặp"),
        ("Bà Mai thăm hỏi Đại sứ.", "thăm"),
        ("Hai Thủ tướng điện đàm lần đầu.", "điện đàm"),
        ("Bộ Ngoại giao tiếp tục Hội nghị.", "tiếp"),
    ):
        assert replace_act(text, trigger, SYNONYMS[trigger][0]) == text
    assert act_synonym(PAGE, FOUND._replace(trigger="gửi điện chia buồn")) is None


def test_act_synonym_is_deterministic_and_keeps_the_record() -> None:
    first, second = act_synonym(PAGE, FOUND), act_synonym(PAGE, FOUND)
    assert first is not None and second is not None and first.text == second.text
    assert first.forward("Đào Văn Ký") == "Đào Văn Ký"
    assert "đã tiếp ông Pavel Novak" not in first.text


def test_parse_act_splits_a_plain_lead() -> None:
    parts = parse_act(LEAD, "Trụ sở Chính phủ")
    assert parts is not None
    assert (parts.date, parts.place, parts.front_rest) == ("Chiều 9/10", "tại Trụ sở Chính phủ", "")
    assert (parts.actor, parts.aux, parts.act, parts.other) == (
        "Phó Thủ tướng Đào Văn Ký",
        "đã ",
        "tiếp",
        "ông Pavel Novak",
    )
    assert parts.plain and parts.single


def test_parse_act_place_after_the_guest_only_when_certain() -> None:
    lead = "Sáng 2/4, Bộ trưởng Lê Hải tiếp Đại sứ Chile tại Việt Nam."
    # The envoy's posting is no place of the act, even if a run read it so.
    parts = parse_act(lead, "Việt Nam")
    assert parts is not None and parts.tail_place is None
    parts = parse_act("Sáng 2/4, Bộ trưởng Lê Hải tiếp bà Ana Ruiz tại Nhà khách.", "Nhà khách")
    assert parts is not None and parts.tail_place == "tại Nhà khách"


def test_parse_act_near_misses() -> None:
    for lead in (
        "Chiều 9/10, đoàn khách do ông Pavel Novak dẫn đầu đã đến Hà Nội.",  # no act
        "Theo kế hoạch, nhiều lãnh đạo sẽ tiếp đoàn.",  # no titled actor
        "Chiều 9/10, Vương quốc Thái Lan tiếp Đại sứ Séc.",  # a country is no actor's title
    ):
        assert parse_act(lead) is None


def test_passive_frame_turns_the_reception_round() -> None:
    rewrite = passive_frame(PAGE, FOUND)
    assert rewrite is not None
    assert (
        "Chiều 9/10, tại Trụ sở Chính phủ, ông Pavel Novak đã được Phó Thủ tướng Đào Văn Ký tiếp."
        in rewrite.text
    )
    lead = "Sáng 3/5, Chủ tịch Lưu Văn Tư tiếp ông Ari Levi, Đại sứ Israel, nhân dịp Quốc khánh."
    page = lead + "\n"
    rewrite = passive_frame(page, _found(page, lead, "reception", "tiếp"))
    assert rewrite is not None
    assert rewrite.text.startswith(
        "Sáng 3/5, ông Ari Levi, Đại sứ Israel, đã được Chủ tịch Lưu Văn Tư tiếp nhân dịp"
    ) or rewrite.text.startswith(
        "Sáng 3/5, ông Ari Levi, Đại sứ Israel, được Chủ tịch Lưu Văn Tư tiếp nhân dịp"
    )


def test_passive_frame_near_misses() -> None:
    talks = "Chiều 9/10, Thủ tướng Đào Văn Ký hội đàm với Thủ tướng Jan Horak."
    page = talks + "\n"
    assert passive_frame(page, _found(page, talks, "talks", "hội đàm")) is None  # no passive
    noun = "Chiều 9/10, Thủ tướng Đào Văn Ký có buổi tiếp ông Jan Horak."
    page = noun + "\n"
    assert passive_frame(page, _found(page, noun, "reception", "tiếp")) is None
    clause = "Chiều 9/10, Thủ tướng Đào Văn Ký tiếp ông Jan Horak đang thăm Hà Nội."
    page = clause + "\n"
    assert passive_frame(page, _found(page, clause, "reception", "tiếp")) is None


def test_back_reference_to_the_actor() -> None:
    actor = "Bí thư Tỉnh ủy, Chủ tịch tỉnh Trịnh Văn Bảo"
    assert back_reference_to(actor, "ông X", "Chủ tịch tỉnh nhấn mạnh ...") == "Chủ tịch tỉnh"
    assert back_reference_to(actor, "ông X", "Chủ tịch Trịnh Văn Bảo nói ...") == (
        "Chủ tịch Trịnh Văn Bảo"
    )
    assert back_reference_to(actor, "ông X", "Bí thư Tỉnh ủy nói ...") == "Bí thư Tỉnh ủy"
    # The guest's title, another person, a continuation of the actor's title: no reference.
    assert back_reference_to(actor, "Chủ tịch tỉnh Savan", "Chủ tịch tỉnh nói ...") is None
    assert back_reference_to(actor, "ông X", "Tổng thống Lào nói ...") is None
    assert back_reference_to(actor, "ông X", "Chủ tịch tỉnh Savan nói ...") is None


def test_act_noun_frame_moves_the_act_into_a_frame() -> None:
    rewrite = act_noun_frame(PAGE, FOUND)
    assert rewrite is not None
    body = rewrite.text.split("\n", 1)[1]
    opener = body.split(" ", 1)[0]
    assert opener in ("Tại", "Trong")
    assert body == (
        f"{opener} buổi tiếp ông Pavel Novak chiều 9/10 tại Trụ sở Chính phủ, Phó Thủ tướng"
        " Đào Văn Ký hoan nghênh chuyến thăm.\n"
    )


def test_act_noun_frame_replaces_a_bare_frame_and_keeps_a_long_front() -> None:
    lead = (
        "Nhân dịp dự Hội nghị khu vực, sáng 4/6, Bộ trưởng Bộ Tài chính Mai Tấn Hòa đã hội đàm"
        " với Bộ trưởng Tài chính Peru Luis Vega."
    )
    page = f"{lead} Tại cuộc hội đàm, Bộ trưởng Mai Tấn Hòa cảm ơn phía bạn.\n"
    rewrite = act_noun_frame(page, _found(page, lead, "talks", "hội đàm"))
    assert rewrite is not None
    assert " cuộc hội đàm với Bộ trưởng Tài chính Peru Luis Vega, Bộ trưởng Bộ Tài chính Mai" in (
        rewrite.text
    )
    assert rewrite.text.startswith("Nhân dịp dự Hội nghị khu vực, sáng 4/6, ")
    assert "Tại cuộc hội đàm, " not in rewrite.text


def test_act_noun_frame_near_misses() -> None:
    # The next sentence names the other side, or repeats the act: no frame.
    for nxt in ("Ông Pavel Novak cảm ơn.", "Phó Thủ tướng Đào Văn Ký tiếp ông Novak."):
        page = f"{LEAD}\n{nxt}\n"
        assert act_noun_frame(page, _found(page, LEAD, "reception", "tiếp")) is None
    page = f"{LEAD}\n{NEXT}\n"
    assert act_noun_frame(page, _found(page, LEAD, "visit", "tiếp")) is None  # one-sided type


def test_back_reference_tells_date_and_place_in_a_following_sentence() -> None:
    rewrite = back_reference(PAGE, FOUND)
    assert rewrite is not None
    assert (
        "Phó Thủ tướng Đào Văn Ký đã tiếp ông Pavel Novak. Buổi tiếp diễn ra vào chiều 9/10"
        " tại Trụ sở Chính phủ.\n" in rewrite.text
    )
    lead = "Trong khuôn khổ chuyến công tác, tối 1/2, Thủ tướng Ông Ích Kha gặp Thủ tướng Jan Bor."
    page = lead + "\n"
    rewrite = back_reference(page, _found(page, lead, "meeting", "gặp"))
    assert rewrite is not None
    assert rewrite.text == (
        "Trong khuôn khổ chuyến công tác, Thủ tướng Ông Ích Kha gặp Thủ tướng Jan Bor."
        " Cuộc gặp diễn ra vào tối 1/2.\n"
    )


def test_back_reference_near_misses() -> None:
    for lead in (
        "Phó Thủ tướng Đào Văn Ký tiếp ông Pavel Novak.",  # no date or place to move
        "Chiều 9/10, Phó Thủ tướng Đào Văn Ký tiếp ông Novak; sau đó hai bên ký kết.",
        "Chiều 9/10, Phó Thủ tướng Đào Văn Ký tiếp ông Novak, ngày 10/10 tiếp ông Horak.",
        "Chiều 9/10, Phó Thủ tướng Đào Văn Ký tiếp ông Jan B.",  # the sentence ends on an initial
    ):
        page = lead + "\n"
        assert back_reference(page, _found(page, lead, "reception", "tiếp")) is None


def test_passive_frame_turns_a_headline_round_too() -> None:
    page = f"Phó Thủ tướng Đào Văn Ký tiếp Đại sứ Séc Pavel Novak\n{LEAD}\n"
    rewrite = passive_frame(page, _found(page, LEAD, "reception", "tiếp", "Trụ sở Chính phủ"))
    assert rewrite is not None
    headline = rewrite.text.split("\n", 1)[0]
    assert headline in (
        "Đại sứ Séc Pavel Novak được Phó Thủ tướng Đào Văn Ký tiếp",
        "Đại sứ Séc Pavel Novak đã được Phó Thủ tướng Đào Văn Ký tiếp",
    )
    assert "ông Pavel Novak đã được Phó Thủ tướng" in rewrite.text
    # A meeting's headline has no passive.
    page = f"Thủ tướng Đào Văn Ký gặp Thủ tướng Jan Horak\n{LEAD}\n"
    assert passive_frame(page, _found(page, LEAD, "meeting", "gặp")) is None


def test_act_noun_frame_announces_talks_when_no_sentence_refers_back() -> None:
    lead = "Sáng 4/6, tại Lima, Bộ trưởng Mai Tấn Hòa hội đàm với Bộ trưởng Luis Vega."
    page = f"{lead}\nHai bên nhất trí tăng cường hợp tác.\n"
    rewrite = act_noun_frame(page, _found(page, lead, "talks", "hội đàm"))
    assert rewrite is not None
    assert rewrite.text.startswith(
        "Sáng 4/6, tại Lima, đã diễn ra cuộc hội đàm giữa Bộ trưởng Mai Tấn Hòa và Bộ trưởng"
        " Luis Vega.\nHai bên"
    )
    # A reception has a direction "giữa" would lose; a lead with no front has no frame.
    received = lead.replace("hội đàm với", "tiếp")
    page = f"{received}\nHai bên nhất trí.\n"
    assert act_noun_frame(page, _found(page, received, "reception", "tiếp")) is None
    bare = "Bộ trưởng Mai Tấn Hòa hội đàm với Bộ trưởng Luis Vega."
    page = f"{bare}\nHai bên nhất trí.\n"
    assert act_noun_frame(page, _found(page, bare, "talks", "hội đàm")) is None
