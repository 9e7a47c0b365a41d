"""Principals a page names with no title: the head of a delegation ("đoàn do đồng chí X dẫn
đầu", "do ông X làm trưởng đoàn"), a signer ("ông X đã ký"), and, introduced by an honorific,
a side of a meeting ("ông X hội đàm với ...", "tiếp ông X", "Tại cuộc gặp, ông X ..."). The
words around the name say the person acts for a side, so they are reported like a titled
person, with no title; for :mod:`.merge`. A guest an event's attendance list names by an
honorific ("Có mặt ... gồm ông bà X") is reported too, of no side and no country it does not
say (:func:`listed_attendee`).

Only a name that is recognisably a person's full name counts: a family name of the list
then a given name, or a Latin or transliterated name of two words or more. An honorific
("ông", "đồng chí") introduces it: the scan finds such names, with their boundaries.
"""

from __future__ import annotations

import re

from vndiplo_titles.constructions import GENERATIONAL
from vndiplo_titles.literal_scans import capitalised_words_before
from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import Token, looks_foreign

__all__ = ["listed_attendee", "named_principal"]

#: Right after a name, a verb that makes its holder a principal: leading a delegation, or
#: signing. Read on the text, not the tokens: a scan window may end before the verb's
#: second word (see :mod:`.windows`).
#: A second principal between ("ông X và ông Y đã ký"): "và"/"cùng", an honorific, then
#: capitalised words.
_CAPITAL = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_CAPITALS = frozenset(_CAPITAL)
#: "Đức" only capitalised: a reverent honorific before a Latin name (see
#: ``HolderNames.reverent_name_at``), in lower case a word ("đức tính").
_HONORIFIC = r"(?:ông|bà|ngài|đồng\s+chí|(?-i:Đức))"
_PARTNER = (
    rf"(?:[^\S\n]+(?:và|cùng)[^\S\n]+{_HONORIFIC}"
    rf"(?:[^\S\n]+[{_CAPITAL}][\w'’-]*){{1,7}})?"
)
#: Between a signer's name and the verb, where the signer is from, set off by a dash or a
#: comma and ending in a capitalised place or body ("ông X - vùng Y, Cộng hòa Pháp đã ký"):
#: within one clause, so a later clause's "sẽ ký" ("ông X, ..., cho biết sẽ ký") is not his.
_APPOSED = (
    rf"[^\S\n]*[-–,](?:[^.;:!?\n]{{0,80}}?[^\S\n/(])?[{_CAPITAL}][\w'’-]*"
    r"[^\S\n]+(?:(?:đã|vừa|cùng)[^\S\n]+)?k[ýí](?:[^\S\n]+kết)?(?!\w)"
)
PRINCIPAL_VERB = re.compile(
    _PARTNER + r"(?:[^\S\n]+(?:(?:đồng\s+)?dẫn\s+đầu|(?:làm|là)\s+trưởng\s+đoàn"
    rf"|(?:(?:đã|vừa|sẽ|cùng)\s+)?k[ýí])(?!\w)|{_APPOSED})"
)

# -- a side of a meeting, for a name an honorific introduced -----------------------------
#: The meeting verbs whose subject or object is a side: receiving, talks, meeting, a
#: courtesy call, a call, a visit. "tiếp" alone is also "tiếp tục" (go on), "tiếp nhận"
#: (take in): as a verb it needs a counterpart after it (:data:`_COUNTERPART`).
_MEETING = (
    r"(?:tiếp(?:\s+(?:kiến|đón|xã\s+giao))?|làm\s+việc(?=[^\S\n]+(?:với|cùng)(?!\w))"
    r"|hội\s+đàm|hội\s+kiến|điện\s+đàm|gặp(?:\s+(?:gỡ|mặt))?"
    r"|chào(?:\s+xã\s+giao)?|(?:viếng\s+)?thăm(?:\s+viếng)?)"
)
#: After the subject's verb, the other side: an honorific, a delegation, the leaders, or a
#: capitalised title, name or country ("thăm Trung Quốc"), "với" first or not. A lone
#: "gặp cử tri" (voters), "thăm hỏi" (ask after), "tiếp tục" name no side.
_COUNTERPART = (
    rf"[^\S\n]+(?:(?:với|cùng)[^\S\n]+)?(?:(?:{_HONORIFIC}|(?:phái\s+)?đoàn|lãnh\s+đạo|người"
    rf"\s+đồng\s+cấp|các\s+(?:vị|nhà|đại)|Đại\s+sứ)(?!\w)|[{_CAPITAL}])"
)
#: A subject's tense words and light verbs before the meeting verb ("đã", "sẽ có cuộc",
#: "đến"), and an abbreviation in brackets after the name ("ông Lê Văn A (LVA) thăm ...").
_BEFORE_VERB = (
    r"(?:[^\S\n]*\([^()\n]{1,12}\))?"
    r"(?:[^\S\n]+(?:đã|vừa|sẽ|cũng|đang|đến|tới|sang|lại|chính\s+thức|có(?:\s+(?:cuộc|buổi))?))*"
)
#: Right after a name, the passive of a welcome: its holder is welcomed ("ông X (đã) được
#: đón tiếp", "bà Y được Công ty Z tiếp đón"), by an agent written with a capital or none.
_WELCOMED = (
    rf"[^\S\n]+(?:(?:đã|vừa|cũng)[^\S\n]+)*được(?:[^\S\n]+[{_CAPITAL}][^,.;:!?\n]{{0,70}}?)?"
    r"[^\S\n]+(?:đón[^\S\n]+tiếp|tiếp[^\S\n]+(?:đón|kiến)|đón)(?!\w)"
)
#: Right after a name: its holder thanks, meets, receives or visits another side, or is
#: welcomed.
MEETING_SUBJECT = re.compile(
    _PARTNER
    + _BEFORE_VERB
    + rf"[^\S\n]+(?:{_MEETING}|cảm\s+ơn(?=[^\S\n]+{_HONORIFIC}(?!\w)))(?!\w){_COUNTERPART}"
    + rf"|{_WELCOMED}"
)
#: Right before the honorific of a name: a meeting verb whose object it is ("tiếp ông X",
#: "hội đàm với bà Y", "cảm ơn đồng chí Z"), or a frame naming the meeting before the
#: sentence's subject ("Tại cuộc gặp, ông X ...", "Phát biểu tại buổi tiếp, bà Y ...").
#: Matched against the text that ends at the name, so the pattern ends in ``$``.
#: A message or letter to its addressee ("gửi điện mừng ông X", "thư chúc mừng tới Ngài Y",
#: "điện chia buồn đến bà Z"): the addressee is a side of the message. "thư ký" (secretary)
#: and "bức thư của ông X" do not match: only a greeting word or "tới/đến/cho" may follow.
_MESSAGE = (
    r"(?:điện|thư|thông\s+điệp)(?:[^\S\n]+(?:mừng|chúc\s+mừng|chia\s+buồn|thăm\s+hỏi"
    r"|cảm\s+ơn|phúc\s+đáp|trả\s+lời))?(?:[^\S\n]+(?:tới|đến|cho))?"
    r"|chúc\s+mừng(?:[^\S\n]+(?:tới|đến))?"
)
#: The meeting a frame names as a noun: "(cuộc|buổi) gặp / tiếp / đón tiếp / tiếp đón /
#: hội đàm / làm việc / điện đàm ...", "ở" as well as "tại" or "trong" before it.
_FRAME = (
    r"(?<!\w)(?:tại|ở|trong)[^\S\n]+(?:cuộc|buổi)[^\S\n]+(?:đón(?:[^\S\n]+tiếp)?|"
    rf"{_MEETING}|làm\s+việc)(?!\w)"
)
MEETING_OBJECT = re.compile(
    rf"(?:(?<!\w)(?:{_MEETING}|cảm\s+ơn)(?:[^\S\n]+(?:với|cùng|giữa))?|(?<!\w)(?:{_MESSAGE})"
    rf"|{_FRAME}[^,.;:!?\n]{{0,80}},)"
    rf"[^\S\n]+{_HONORIFIC}[^\S\n]+$",
    re.IGNORECASE,
)
#: The frame opening the previous sentence, the name opening the next one ("Tại buổi đón
#: tiếp, đoàn nghe giới thiệu ... . Ông X chia sẻ ..."): the paragraph still tells that
#: meeting, and whoever it names next by honorific speaks for a side.
FRAME_BEFORE = re.compile(
    rf"(?i:{_FRAME})[^.!?\n]{{0,{4 * 120}}}[.!?][\"”’)]*[^\S\n]+(?i:{_HONORIFIC})[^\S\n]+$"
)
#: How far before a name :data:`MEETING_OBJECT` looks: the longest frame and an honorific.
_LOOK_BACK = 120
#: Inside one clause: no sentence or clause stop, but the dot of a short abbreviation ("TP.
#: Hồ Chí Minh", "St. Petersburg") is no stop.
_IN_CLAUSE = rf"(?:[^.;:!?\n]|(?<!\w)[{_CAPITAL}]\w{{0,2}}\.)"
#: Right before the honorific of a name: a later one of several objects of one meeting verb
#: ("tiếp bà A và ông B", "tiếp Tổng lãnh sự X bà A, ông B, đại diện ..."): the verb, an
#: honorific and a capitalised name first, then within the clause a comma, "và" or "cùng".
#: Every coordinated object is a side of the same act. Not an attendance list after the noun
#: ("buổi gặp có ông A, cùng bà B": who was there, not whom one met).
COORDINATED_OBJECT = re.compile(
    rf"(?<!\w)(?i:{_MEETING}|cảm\s+ơn)(?!\w)(?:(?!\sc[óo]\s){_IN_CLAUSE}){{0,100}}?"
    rf"(?<!\w)(?i:{_HONORIFIC})"
    rf"[^\S\n]+[{_CAPITAL}]{_IN_CLAUSE}{{0,120}}?(?:,|[^\S\n](?i:và|cùng))"
    rf"[^\S\n]+(?i:{_HONORIFIC})[^\S\n]+$"
)


# -- a name of an attendance list ------------------------------------------------------
#: Earlier in the name's sentence, the opening of an attendance list: "Có mặt (tại buổi tiếp
#: tân) gồm", "Hiện diện có", "Tham dự / Cùng dự / Tới dự (buổi lễ) có", then the list up to
#: the name, with no sentence stop between. Whoever the list names by an honorific or a
#: degree attended the event the page reports (README round 11: those "Có mặt" are its
#: participants), titled or not.
ATTENDANCE_LIST = re.compile(
    r"(?<!\w)(?i:có\s+mặt|hiện\s+diện|(?:tham|cùng|tới|đến)\s+dự)(?!\w)"
    r"([^.!?\n]{0,120}?)(?<!\w)(?i:gồm(?:\s+có)?|có)(?!\w)[^.!?\n]*$"
)
#: Those present at talks or a reception ("Tham dự buổi gặp có ...") attend no event of their
#: own and are no sides (README round 8 #19): a meeting noun in the list's opening. A party
#: ("buổi tiếp tân", "tiệc") or a ceremony ("lễ") is an event one attends.
_AT_A_MEETING = re.compile(
    r"(?i)(?<!\w)(?:buổi|cuộc)\s+(?:gặp|tiếp(?!\s+tân)|hội\s+đàm|hội\s+kiến|làm\s+việc"
    r"|điện\s+đàm|đón)(?!\w)"
)
#: How far before a name an attendance list's opening is looked for.
_LIST_REACH = 600


def listed_attendee(tokens: list[Token], a: int, b: int, text: str, lex: Lexicon) -> bool:
    """Is the full name ``tokens[a:b]``, which an honorific introduced, one of an event's
    attendance list (:data:`ATTENDANCE_LIST`), not a meeting's?"""
    if b - a < 2 or not _full_name(tokens[a:b], lex):
        return False
    start = tokens[a].start
    lo = max(0, start - _LIST_REACH, text.rfind("\n", 0, start) + 1)
    found = ATTENDANCE_LIST.search(text, lo, start)
    return found is not None and _AT_A_MEETING.search(found.group(1)) is None


def named_principal(
    tokens: list[Token], a: int, b: int, text: str, lex: Lexicon, *, honorific: bool
) -> bool:
    """Is the name ``tokens[a:b]`` a full name that the words around it in ``text`` make a
    principal: a delegation's head or a signer (see :data:`PRINCIPAL_VERB`), or, when an
    honorific introduces it, a side of a meeting (:data:`MEETING_SUBJECT`,
    :data:`MEETING_OBJECT`)?"""
    if not _full_name(tokens[a:b], lex) or (b - a < 2 and not honorific):
        return False
    if b - a == 1 and _written_in_full(text, tokens[a].text):
        return False  # the whole name is the person: a missed one must not leave a part
    end = tokens[b - 1].end
    if PRINCIPAL_VERB.match(text, end) is not None:
        return True
    if not honorific:
        return False
    if MEETING_SUBJECT.match(text, end) is not None:
        return True
    start = tokens[a].start
    if MEETING_OBJECT.search(text, max(0, start - _LOOK_BACK), start) is not None:
        return True
    if COORDINATED_OBJECT.search(text, max(0, start - 2 * _LOOK_BACK), start) is not None:
        return True
    return _opens_framed_sentence(text, start)


def _opens_framed_sentence(text: str, start: int) -> bool:
    """Does the name at ``start`` open (after its honorific) the sentence right after one a
    meeting frame opened, in one paragraph (:data:`FRAME_BEFORE`)?"""
    lo = max(0, start - 5 * _LOOK_BACK)
    return FRAME_BEFORE.search(text, max(lo, text.rfind("\n", lo, start) + 1), start) is not None


def _full_name(run: list[Token], lex: Lexicon) -> bool:
    """A family name of the list first, or a Latin or transliterated name (a generational
    suffix after it: "Benito Aquino III")."""
    if len(run) > 2 and run[-1].text in GENERATIONAL:
        run = run[:-1]
    if not all(tok.cap and tok.word and not tok.acronym for tok in run):
        return False
    if len(run) == 1:
        return _latin_surname(run[0], lex)
    return run[0].fold in lex.surnames or looks_foreign(run)  # "Bun-mi Xa-lít" looks so


#: The shortest one-word surname read as a side's name ("ông Kerry", "bà Merkel").
_MIN_SURNAME = 4


def _written_in_full(text: str, surname: str) -> bool:
    """Does ``text`` write ``surname`` after another capitalised word, not an honorific
    ("Catherine Ashton" on the page of "bà Ashton")?"""
    if not surname or surname[0].isspace():
        before = re.compile(rf"([{_CAPITAL}][\w'’.-]*)[^\S\n]+{re.escape(surname)}(?!\w)")
        return any(m.group(1) not in _HONORIFIC_WORDS for m in before.finditer(text))
    # the same matches, without a pattern compiled per surname
    words = capitalised_words_before(text, surname, _CAPITALS)
    return any(word not in _HONORIFIC_WORDS for word in words)


#: The capitalised honorifics that may stand before a surname alone.
_HONORIFIC_WORDS = frozenset({"Ông", "Bà", "Ngài"})


def _latin_surname(tok: Token, lex: Lexicon) -> bool:
    """Is ``tok`` alone a foreign surname an honorific may stand before ("ông Kerry"): a Latin
    word Vietnamese could not spell, no place or body, and no hyphenated transliteration (a
    syllable of one: "ông Xi-ha-núc" is a name cut short as often as whole)?"""
    return (
        len(tok.text) >= _MIN_SURNAME
        and tok.text.isascii()
        and tok.text.isalpha()
        and looks_foreign([tok])
        and lex.places.longest([tok], 0) is None
        and lex.orgs.longest([tok], 0) is None
    )
