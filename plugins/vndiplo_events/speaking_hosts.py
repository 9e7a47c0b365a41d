"""The host of a visit who speaks for the receiving body and greets or thanks the visitors.

"Thay mặt lãnh đạo tỉnh, ông X, <titles> đã cảm ơn bà Y cùng đoàn đến thăm", "Thay mặt Bộ Tư
lệnh, Trung tướng X nhiệt liệt chào mừng đoàn": X received the delegation for his body, so he
hosts the visit (the receiving leaders of a visit are its hosts, benchmarks/realpages/README.md).
One who says he is glad to welcome them needs speak for no body ("X, <titles> bày tỏ vui mừng
được đón tiếp đoàn", "Tại buổi tiếp, X rất vui mừng được tiếp ông Y và đoàn"), nor one glad to
be visited ("Phát biểu tại buổi gặp gỡ, ngài X bày tỏ niềm vui khi được đoàn ... đến thăm").
The thanks may name the delegation's home instead ("cảm ơn sự quan tâm của lãnh đạo, nhân dân
tỉnh X" after "đoàn công tác tỉnh X ... đã đến thăm"). Whoever speaks for the delegation ("Thay
mặt đoàn công tác, ...") is its guest, and a thanks that names neither the visitors, their
delegation nor their home ("cảm ơn các doanh nghiệp") hosts nobody.
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import Final

from vndiplo_events.candidate import Candidate, SentenceFacts
from vndiplo_events.finishing import with_roles
from vndiplo_events.participants import person_country
from vndiplo_events.places import Gazetteer
from vndiplo_events.view import ArticleView, Mention

__all__ = ["with_speaking_host"]

#: "(Tại buổi tiếp,) thay mặt <body>": the speaker's name comes next
_SPEAKS_FOR: Final = re.compile(r"[\W\d]*(?:[^,;.]{0,40},\s*)?thay\s+mặt\s+(?:cho\s+)?")
#: the body spoken for ("Đảng bộ, chính quyền và nhân dân tỉnh A"), a comma, then the
#: speaker's honorific or rank ("ông", "Trung tướng") right before his name
_BODY: Final = re.compile(r"([^;.]{1,100}),\s*[^,;.]{0,30}")
#: how far after "thay mặt" the speaker is named
_SPEAKER_SPAN: Final = 140
#: the speaker's titles, then the greeting or thanks of the visitors
_GREETS: Final = re.compile(
    r"[^.;]{0,120}?(?<!\w)(?:đã\s+)?(?:nhiệt\s+liệt\s+|trân\s+trọng\s+|nồng\s+nhiệt\s+)?"
    r"(?:cảm\s+ơn|chào\s+mừng|hoan\s+nghênh|đón\s+chào)(?!\w)"
)
#: a sentence opening on its subject, maybe after the sitting it tells ("Tại buổi tiếp, ",
#: "Phát biểu tại buổi gặp gỡ, ")
_SUBJECT_OPENS: Final = re.compile(
    r"[\W\d]*(?:(?:phát\s+biểu\s+)?tại\s+(?:buổi|cuộc)\s[^,;.]{0,40},\s*)?"
)
#: a verb before the name: the name is no subject
_VERB: Final = re.compile(
    r"(?<!\w)(?:đã|sẽ|đang|vừa|được|thăm|tiếp|đón|gặp|của|với|cùng|và)(?!\w)|[;:]"
)
#: the subject's titles, then his gladness at welcoming them: "(bày tỏ) (rất) vui mừng (được)
#: đón tiếp", "hân hạnh chào đón"
_GLAD: Final = re.compile(
    r"[^.;]{0,120}?(?<!\w)(?:đã\s+)?(?:bày\s+tỏ\s+(?:sự\s+|niềm\s+)?)?(?:(?:rất|hết\s+sức)\s+)?"
    r"(?:vui\s+mừng|vinh\s+dự|hân\s+hạnh|phấn\s+khởi)\s+(?:(?:khi\s+)?được\s+)?"
    r"(?:đón\s+tiếp|chào\s+đón|tiếp\s+đón|đón|tiếp)(?!\w)"
)
#: the subject's gladness at being visited: "bày tỏ niềm vui khi được đoàn ... đến thăm"; the
#: visitors are named from "được" on
_GLAD_VISITED: Final = re.compile(
    r"[^.;]{0,120}?(?<!\w)(?:bày\s+tỏ\s+)?(?:sự\s+|niềm\s+)?(?:(?:rất|hết\s+sức)\s+)?"
    r"(?:vui\s+mừng|vui|vinh\s+dự|hân\s+hạnh|phấn\s+khởi)\s+(?:khi\s+)?(?P<by>được)\s+"
    # someone between "được" and the trip: "vui mừng được đến thăm" is a visitor's gladness
    r"(?!(?:đi|đến|sang|tới)\s)[^.;]{1,80}?(?<!\w)(?:đến|sang|tới)\s+thăm(?!\w)"
)
#: the delegation greeted: "cảm ơn bà Y cùng đoàn", "chào mừng đoàn công tác"
_DELEGATION: Final = re.compile(r"(?<!\w)đoàn(?!\w)")
#: the speaker's body is the delegation: he is its guest
_FOR_THE_DELEGATION: Final = re.compile(r"(?<!\w)(?:đoàn|phái\s+đoàn)(?!\w)")
#: the place a delegation comes from, named in the visit's subject ("đoàn công tác tỉnh X, nước
#: Lào do ..."): thanks to its people ("cảm ơn sự quan tâm của lãnh đạo, nhân dân tỉnh X")
#: greet the visitors
_HOME_PLACE: Final = re.compile(
    r"(?<!\w)(?:tỉnh|thành\s+phố|huyện|quận|bang|nước)\s+"
    r"(?P<name>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,4})"
)
#: how many sentences after the visit's own the greeting may come (or one before it)
_REACH: Final = 3
#: how far after the greeting verb the visitors are named
_OBJECT_SPAN: Final = 80


def with_speaking_host(
    view: ArticleView, main: Candidate, own: SentenceFacts | None, gaz: Gazetteer
) -> Candidate:
    """A reported visit with guests and no host, hosted by the one who, speaking for the
    receiving body, greets or thanks its visitors in its own sentence, the one before or the
    next three."""
    if main.type != "visit" or main.form != "reported" or own is None:
        return main
    if any(p.role == "host" for p in main.participants):
        return main
    guests = {p.name for p in main.participants if p.role == "guest"}
    if not guests:
        return main
    foreign = {person_country(p, gaz) for p in main.subjects} - {"VN"}
    low = view.lower
    homes = _homes(view, main)
    first = main.sentence_index
    # the greeting may open the page, one sentence before the visit it greets
    last = min(len(view.sentences), first + _REACH + 1)
    for sentence in view.sentences[max(0, first - 1) : last]:
        found = _speaks_for_hosts(view, sentence.start, sentence.end) or _glad_to_welcome(
            view, sentence.start, sentence.end
        )
        if found is None:
            continue
        speaker, greeted_from = found
        if speaker.person.name in guests:
            continue
        span = (greeted_from, min(sentence.end, greeted_from + _OBJECT_SPAN))
        greeted = {m.person.name for m in view.mentions_in(*span)}
        if not (
            greeted & guests or _DELEGATION.search(low, *span) or _home_in(view, main, homes, span)
        ):
            continue
        if person_country(speaker.person, gaz) in foreign:
            continue
        return with_roles(view, main.but(objects=(speaker.person,)), own, gaz)
    return main


def _homes(view: ArticleView, main: Candidate) -> list[str]:
    """The places the visiting delegation is of, lower-cased, as the visit's subject names
    them ("đoàn công tác tỉnh Xiêng Khoảng, nước CHDCND Lào do ông A ... đã đến thăm")."""
    start = view.sentences[main.sentence_index].start
    zone = view.text[start : main.hit.start]
    homes = []
    for found in _HOME_PLACE.finditer(zone):
        # the capitalised words only: "tỉnh Xiêng Khoảng", not "nước Cộng hòa dân chủ"
        named = list(takewhile(lambda w: w[0].isupper(), found.group("name").split()))
        if named:
            homes.append(" ".join(named).lower())
    return homes


def _home_in(view: ArticleView, main: Candidate, homes: list[str], span: tuple[int, int]) -> bool:
    """The greeting names the delegation's home place (and it is not the visited one)."""
    visited = view.lower[main.hit.end : view.sentences[main.sentence_index].end]
    said = view.lower[span[0] : span[1]]
    return any(home in said and home not in visited for home in homes)


def _speaker_after(
    view: ArticleView, opener: re.Match[str] | None, end: int
) -> tuple[Mention, list[Mention]] | None:
    """The person named right after ``opener`` (within a few words), with every person named
    from there to ``end``; None without an opener or such a person."""
    if opener is None:
        return None
    mentions = view.mentions_in(opener.end(), end)
    if not mentions or mentions[0].start > opener.end() + _SPEAKER_SPAN:
        return None
    return mentions[0], mentions


def _speaks_for_hosts(view: ArticleView, start: int, end: int) -> tuple[Mention, int] | None:
    """ "Thay mặt <body>, X <titles> cảm ơn ...": X and where his greeting ends, or None."""
    low = view.lower
    opener = _SPEAKS_FOR.match(low, start, end)
    found = _speaker_after(view, opener, end)
    if opener is None or found is None:
        return None
    speaker, mentions = found
    body = _BODY.fullmatch(low, opener.end(), speaker.start)
    if body is None or _FOR_THE_DELEGATION.search(body.group(1)):
        return None
    greets = _GREETS.match(low, speaker.end, end)
    if greets is None or any(m.start < greets.end() for m in mentions[1:]):
        return None  # no greeting, or another person between the speaker and it
    return speaker, greets.end()


def _glad_to_welcome(view: ArticleView, start: int, end: int) -> tuple[Mention, int] | None:
    """ "X <titles> bày tỏ vui mừng được đón tiếp đoàn", "(Tại buổi tiếp,) X vui mừng chào
    đón đoàn": the sentence's subject says he welcomed them, he needs speak for no body."""
    low = view.lower
    opener = _SUBJECT_OPENS.match(low, start, end)
    found = _speaker_after(view, opener, end)
    if opener is None or found is None:
        return None
    speaker, mentions = found
    if _VERB.search(low, opener.end(), speaker.start):
        return None  # the name is no subject: "Đoàn đã đến thăm ông X"
    glad = _GLAD.match(low, speaker.end, end)
    if glad is None:
        # "ngài X, Tỉnh trưởng tỉnh K bày tỏ niềm vui khi được đoàn ... đến thăm, chúc tết":
        # the one glad to be visited received the greeting trip (round 17 CC03; README BL01,
        # M04: the leader who answers for the greeted place hosts it)
        visited = _GLAD_VISITED.match(low, speaker.end, end)
        if visited is None or any(m.start < visited.start("by") for m in mentions[1:]):
            return None
        return speaker, visited.start("by")
    if any(m.start < glad.end() for m in mentions[1:]):
        return None
    return speaker, glad.end()
