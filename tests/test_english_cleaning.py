"""An English page's short lead and narration stay body; its furniture is still dropped.

The page cleaner judges captions and summaries by Vietnamese wording; the English plugin's
wrapper around it (``vndiplo_english.cleaning``) turns those judgements back for English prose.
All pages here are invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vndiplo_boilerplate import clean_text
from vndiplo_english.cleaning import PROSE_RULES, english_blocks, reads_as_sentence

from vndiplo import Document, Runner
from vndiplo.text import NormalizedText

RUNNER = Runner()
VIETNAMESE_ONLY = Runner(disable=["english"])


def _run(text: str) -> Document:
    return RUNNER.run({"id": "en", "text": text, "published": "2024-05-20"})


def _kinds(doc: Document) -> dict[str, str]:
    return {doc.text[b.start : b.end]: b.kind for b in doc.blocks}


def _main(doc: Document) -> tuple[str, dict[str, str]]:
    assert doc.events, "the page should have an event"
    event = doc.events[0]
    return event.type, {p.name: p.role for p in event.participants}


# Short English pages: a headline, a lead of one sentence and a sentence or two more. Every
# sentence is short enough for the Vietnamese caption test, none has a Vietnamese verb.
SHORT_PAGES = [
    (
        "NA Chairman receives Lao Deputy PM\n\n"
        "Hanoi (VNA) - National Assembly Chairman Tran Van Binh received Lao Deputy Prime "
        "Minister Somsak Vongkham in Hanoi on May 3.\n\n"
        "The two sides discussed ways to deepen the special ties.\n",
        "reception",
        {"Tran Van Binh": "host", "Somsak Vongkham": "guest"},
    ),
    (
        "President meets Kenyan leader\n"
        "HÀ NỘI — President Đào Minh Khôi met Kenyan President Daniel Mwangi in Nairobi on "
        "April 22.\n"
        "They spoke about coffee and tea exports.\n",
        "meeting",
        {"Đào Minh Khôi": "participant", "Daniel Mwangi": "participant"},
    ),
    (
        "(VOVWORLD) - Prime Minister Dang Quoc Huy on Monday afternoon received Thai Foreign "
        "Minister Pranee Saetang in Hanoi.\n"
        "Huy said the two countries should double trade.\n"
        "Pranee agreed with his proposals.\n",
        "reception",
        {"Dang Quoc Huy": "host", "Pranee Saetang": "guest"},
    ),
    (
        "Deputy PM meets Singapore minister\n"
        "Ho Chi Minh City (VNA) - Deputy Prime Minister Vu Thanh Tam met Singaporean Trade "
        "Minister Tan Wei Ming in Ho Chi Minh City on August 2.\n"
        "The pair talked about green energy.\n"
        "Tan praised the city's growth.\n",
        "meeting",
        {"Vu Thanh Tam": "participant", "Tan Wei Ming": "participant"},
    ),
    (
        "Party chief talks to Cuban leader by phone\n\n"
        "Party General Secretary Ly Quoc Bao held phone talks with Cuban President Miguel "
        "Torres on June 11.\n\n"
        "Both hailed the friendship between the two nations.\n",
        "phone_call",
        {"Ly Quoc Bao": "participant", "Miguel Torres": "participant"},
    ),
    (
        "PM receives Japanese envoy\n"
        "NEW DELHI: Prime Minister Ngo Van Tuan received Japanese Ambassador Ito Kenji on "
        "Friday.\n"
        "Ito thanked the host for his time!\n",
        "reception",
        {"Ngo Van Tuan": "host", "Ito Kenji": "guest"},
    ),
    (
        "Vice President hosts Chilean minister\n"
        "Hanoi, March 9 (VNA) - Vice President Pham Thi Hoa hosted a reception for Chilean "
        "Foreign Minister Rosa Campos in Hanoi.\n"
        "Hoa hoped for more direct flights.\n"
        "Campos agreed.\n",
        "reception",
        {"Pham Thi Hoa": "host", "Rosa Campos": "guest"},
    ),
]


@pytest.mark.parametrize(("text", "kind", "roles"), SHORT_PAGES)
def test_a_short_english_page_keeps_its_lead_and_narration(
    text: str, kind: str, roles: dict[str, str]
) -> None:
    doc = _run(text)
    sentences = [line for line in text.splitlines()[1:] if len(line.split()) >= 3]
    kinds = _kinds(doc)
    # The dateline's credit ("X (VNA) - ", "HÀ NỘI — ") may be split off the kept lead.
    assert all(
        kinds.get(s, kinds.get(s.replace(" — ", " - ").split(" - ", 1)[-1])) == "body"
        for s in sentences
    )
    assert not any(b.rule.startswith("no-body") for b in doc.blocks)
    assert _main(doc) == (kind, roles)


FURNISHED = (
    "Home | Politics | Business | World | Sports\n"
    "Share Facebook Twitter Email\n"
    "President hosts Cambodian King\n"
    "May 7, 2024 - 21:05\n"
    "Hanoi (VNA) - President Le Minh Quang hosted a state banquet for Cambodian King Norodom "
    "Sihamoni in Hanoi on May 7.\n"
    "President Le Minh Quang and King Norodom Sihamoni at the banquet (Photo: VNA)\n"
    "The host said ties were in their best shape ever.\n"
    "Leaders of the two countries raise their glasses. Photo: VNA\n"
    "Foreign Minister Hoang Thi Lan (R) and her Cambodian counterpart Sok Chenda.\n"
    "The King thanked Vietnam for its warm welcome.\n"
    "Related news\n"
    "Vietnam, Cambodia boost trade links\n"
    "Cambodian King begins state visit to Vietnam\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Home | Politics | Business | World | Sports",
        "Share Facebook Twitter Email",
        "President Le Minh Quang and King Norodom Sihamoni at the banquet (Photo: VNA)",
        "Leaders of the two countries raise their glasses. Photo: VNA",
        "Foreign Minister Hoang Thi Lan (R) and her Cambodian counterpart Sok Chenda.",
        "Related news",
        "Vietnam, Cambodia boost trade links",
    ],
)
def test_an_english_page_still_drops_its_furniture(line: str) -> None:
    assert _kinds(_run(FURNISHED))[line] != "body"


def test_an_english_page_keeps_its_narration_between_the_furniture() -> None:
    doc = _run(FURNISHED)
    kinds = _kinds(doc)
    assert kinds["The host said ties were in their best shape ever."] == "body"
    assert kinds["The King thanked Vietnam for its warm welcome."] == "body"
    assert kinds["President hosts Cambodian King"] == "title"
    assert _main(doc) == ("reception", {"Le Minh Quang": "host", "Norodom Sihamoni": "guest"})


def test_a_summary_above_the_repeated_headline_is_kept() -> None:
    text = (
        "Li Qiang\n\n"
        "Vietnam PM holds talks with Chinese Premier Li Qiang in Beijing\n\n"
        "During the talks, the two leaders agreed to expand rail links between the two "
        "countries.\n\n"
        "Vietnam PM holds talks with Chinese Premier Li Qiang in Beijing\n\n"
        "Beijing: Prime Minister Nguyen Van An on June 4 held talks with Chinese Premier Li "
        "Qiang in Beijing and thanked him for the warm hospitality.\n\n"
        "The two sides agreed to expand rail links and trade in farm produce.\n"
    )
    kinds = _kinds(_run(text))
    assert kinds["The two sides agreed to expand rail links and trade in farm produce."] == "body"
    assert kinds[text.split("\n\n")[2]] == "body"


# --- near-misses: Vietnamese pages keep the cleaner's labels exactly ------------------------

VIETNAMESE_PAGES = [
    "Chủ tịch nước tiếp Đại sứ Chile\n"
    "Chiều 12/3, tại Phủ Chủ tịch, Chủ tịch nước Lê Minh Quang tiếp Đại sứ Chile Rosa Campos "
    "đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.\n"
    "Chủ tịch nước Lê Minh Quang và Đại sứ Rosa Campos.\n"
    "Hai bên nhất trí thúc đẩy hợp tác thương mại.\n",
    # a Vietnamese page quoting an English sentence on a line of its own
    "Thủ tướng gặp Thủ tướng Anh\n"
    "Sáng 9/4, tại London, Thủ tướng Ngô Văn Tuấn gặp Thủ tướng Anh Oliver Grant.\n"
    '"We welcome our friends from Vietnam."\n'
    "Hai bên nhất trí tăng cường hợp tác giáo dục, đầu tư và thương mại trong thời gian tới.\n",
    # unmarked Vietnamese
    "Thu tuong tiep Dai su Nhat Ban\n"
    "Thu tuong Ngo Van Tuan tiep Dai su Nhat Ban Ito Kenji tai tru so Chinh phu.\n"
    "Hai ben trao doi ve hop tac kinh te.\n",
]


@pytest.mark.parametrize("text", VIETNAMESE_PAGES)
def test_a_vietnamese_page_keeps_the_cleaners_labels(text: str) -> None:
    assert _run(text).blocks == VIETNAMESE_ONLY.run({"id": "en", "text": text}).blocks


def test_without_the_cleaner_nothing_is_labelled() -> None:
    runner = Runner(disable=["boilerplate"])
    doc = runner.run({"id": "en", "text": SHORT_PAGES[0][0]})
    assert doc.blocks == ()
    assert doc.events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides discussed ties.", True),
        ("Campos agreed to it!", True),
        ('He said: "We will come back."', True),
        ("Minister Lan (L) and Ambassador Ito.", False),
        ("Guests at the banquet (second from left).", False),
        ("President Quang (centre) greets the guests.", False),
        ("Related news", False),
        ("Agreed.", False),
    ],
)
def test_reads_as_sentence(text: str, expected: bool) -> None:
    assert reads_as_sentence(text) is expected


_LINE = st.lists(
    st.sampled_from(
        [*"abcdeHNRLPVỆệ .,:!?()|-\"'", "Photo: VNA", "the ", "Minister ", "said ", "(R)"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINE, max_size=8))
def test_only_prose_rules_turn_to_body(lines: list[str]) -> None:
    text = "\n".join(lines)
    before = clean_text(NormalizedText(text))
    after = english_blocks(text, before)
    assert len(after) == len(before)
    for old, new in zip(before, after, strict=True):
        assert (old.start, old.end) == (new.start, new.end)
        if old != new:
            assert not old.kept and new.kind == "body"
            assert old.rule.removeprefix("recheck_") in PROSE_RULES
