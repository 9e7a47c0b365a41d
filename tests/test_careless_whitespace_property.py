"""Property: a careless crawl of one article (spaces doubled, no-break spaces, tabs, CRLF line
ends, NFD) reads as the clean article, and every span the pipeline returns still quotes the
input the user gave. The seed article is written for this test (invented names and places).
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

import vndiplo
from vndiplo.text import normalize

SEED = (
    "Thủ tướng Lê Văn Khôi tiếp Đại sứ Chile\n"
    "Thứ Ba, 14/6/2025 09:30\n"
    "Chiều 14/6, tại Trụ sở Chính phủ, Thủ tướng Lê Văn Khôi đã tiếp Đại sứ Chile Pedro Soto "
    "nhân dịp ông kết thúc nhiệm kỳ công tác ở Việt Nam.\n"
    "Cùng ngày, bộ trưởng ngoại giao Kiều Minh Phương hội đàm với Ngoại trưởng Peru Ana "
    "Quispe ở Nhà khách Chính phủ.\n"
    "Hai bên nhất trí tổ chức kỳ họp Ủy ban hỗn hợp vào tháng 9/2025 tại TP. HCM.\n"
)

#: What a careless crawl puts where the seed has a space or a line end.
_SPACE_NOISE = ("  ", "\u00a0", "\t", " \u00a0 ", "   ", "\u00a0 ", " \u200b", "\u202f")
_LINE_NOISE = ("\r\n", "\n", " \n", "\r\n ")


def _spots(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c in " \n"]


_SPOTS = _spots(SEED)


def _careless(edits: dict[int, int], nfd: bool) -> str:
    out = []
    for i, c in enumerate(SEED):
        if i in edits:
            noise = _SPACE_NOISE if c == " " else _LINE_NOISE
            out.append(noise[edits[i] % len(noise)])
        else:
            out.append(c)
    text = "".join(out)
    return unicodedata.normalize("NFD", text) if nfd else text


def _run(text: str) -> vndiplo.Document:
    return vndiplo.Runner().run({"id": "p", "text": text, "published": "2025-06-15"})


def _record(doc: vndiplo.Document) -> tuple[object, ...]:
    people = sorted((p.name, p.titles, p.country) for p in doc.people)
    events = [
        (e.type, e.date, e.part_of_day, e.location, tuple((x.name, x.role) for x in e.participants))
        for e in doc.events
    ]
    dates = [(normalize(w.text), w.value) for w in doc.dates]
    return (doc.title, people, events, dates)


CLEAN = _run(SEED)


def test_the_seed_reads_what_it_says() -> None:
    names = {p.name for p in CLEAN.people}
    assert {"Lê Văn Khôi", "Pedro Soto", "Kiều Minh Phương", "Ana Quispe"} <= names
    assert CLEAN.events and CLEAN.events[0].type == "reception"


@settings(deadline=None)
@given(
    edits=st.dictionaries(st.sampled_from(_SPOTS), st.integers(0, 11), max_size=25),
    nfd=st.booleans(),
)
def test_a_careless_crawl_reads_as_the_clean_article(edits: dict[int, int], nfd: bool) -> None:
    text = _careless(edits, nfd)
    doc = _run(text)
    assert not doc.errors
    assert _record(doc) == _record(CLEAN)
    for when in doc.dates:
        assert text[when.start : when.end] == when.text
    for person in doc.people:
        for m in person.mentions:
            quoted = text[m.start : m.end]
            assert quoted == quoted.strip() and quoted
            # the name or a title standing for it, as written (spaces squeezed)
            assert " ".join(normalize(quoted).split()) in {
                " ".join(normalize(CLEAN.text[c.start : c.end]).split())
                for p in CLEAN.people
                for c in p.mentions
            }
    for event in doc.events:
        span = text[event.evidence.start : event.evidence.end]
        assert span == span.strip() and span
