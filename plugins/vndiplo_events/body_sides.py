"""The sides of talks between two bodies, from the people a list after the act names.

"Đoàn đại biểu tỉnh A đã hội đàm với tỉnh B. Dự hội đàm có đồng chí X – Chủ tịch UBND tỉnh,
đồng chí Y – Phó Tỉnh trưởng tỉnh B" and "Ủy ban C đã hội đàm với Đoàn đại biểu D. Tham dự hội
đàm, tỉnh ta có đồng chí X, Chủ tịch Ủy ban C; Đoàn D có các đồng chí: Y, ..." write the act
between two bodies, naming no one, and then who stood for them. Each person named belongs to the
body his titles name: the country they name, else the one whose pairs of words they share
most (the body before the act word or the one after "với"; single words are too common:
"Chủ tịch" shares "chủ" with "dân chủ"); one whose titles tell nothing takes the side nobody
else took. The body written as the delegation ("Đoàn ...") is the one that came: its people are the
guests, the other body's the hosts (README round 13 BK04 and round 15: each side's named head
is host or guest). Each side keeps the first person of the list and anyone the act already had
(two heads "làm Trưởng Đoàn" are both guests); the rest of a list are people, no sides (round 14
BM07).

When the act names one side's people and writes the other only as a body ("Tổng Liên đoàn X
hội đàm với Đoàn Y do ông B làm Trưởng đoàn"), the first person the next sentences name by an
office of that body ("Chủ tịch Tổng Liên đoàn X A tin tưởng ...") is its side: who speaks for a
side is its side (README round 15).
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from vndiplo.model import Person
from vndiplo_events.candidate import Candidate, SentenceFacts, unique_people
from vndiplo_events.companions import principals
from vndiplo_events.participants import assign_roles
from vndiplo_events.places import Gazetteer
from vndiplo_events.side_lists import side_by_country, side_by_overlap
from vndiplo_events.view import ArticleView

__all__ = ["between_bodies", "with_body_sides", "with_body_speaker"]

_TYPES: Final = frozenset({"talks", "meeting"})
#: the act's other body after its word: "hội đàm với", "hội đàm, trao đổi kinh nghiệm với"
_WITH: Final = re.compile(r"[^.;:]{0,120}?\svới\s")
#: the delegation that came: "đoàn", not a federation, a union, a corporation, a unit or the
#: youth union ("Liên đoàn", "Công đoàn", "Tập đoàn", "Sư đoàn", "Đoàn Thanh niên")
_DELEGATION: Final = re.compile(
    r"(?<!liên\s)(?<!công\s)(?<!tập\s)(?<!sư\s)(?<!lữ\s)(?<!binh\s)(?<!\w)(?:phái\s+)?đoàn"
    r"(?!\w)(?!\s+(?:thanh\s+niên|tncs))"
)
#: a sentence listing people after "có": "Dự hội đàm có", "Tham dự buổi làm việc, tỉnh ta
#: có", "Đoàn đại biểu D có các đồng chí:"
_LISTS: Final = re.compile(r"(?<!\w)có\s+(?:các\s+)?(?:đồng\s+chí|ông|bà|ngài)?")
#: how many sentences after the act the list may come
_REACH: Final = 2


def _act_sentence(view: ArticleView, main: Candidate) -> tuple[int, str, str] | None:
    """(index, body before the act word, body after its "với") of the sentence, the main's own
    or the one before it, that writes the act between two bodies and names nobody."""
    phrase = re.escape(main.hit.trigger.phrase).replace(r"\ ", r"\s+")
    word = re.compile(r"(?<!\w)" + phrase + r"(?!\w)")
    low = view.lower
    for index in (main.sentence_index - 1, main.sentence_index):
        if index < 0:
            continue
        sentence = view.sentences[index]
        if view.mentions_in(sentence.start, sentence.end):
            continue
        found = word.search(low, sentence.start, sentence.end)
        if found is None:
            continue
        # "làm việc với" holds its "với": the other body follows the word
        ends_with = low[found.start() : found.end()].endswith("với")
        other = None if ends_with else _WITH.match(low, found.end(), sentence.end)
        if other is None and not ends_with:
            continue
        after = found.end() if other is None else other.end()
        return index, low[sentence.start : found.start()], low[after : sentence.end]
    return None


def between_bodies(view: ArticleView, cand: Candidate) -> bool:
    """Does ``cand``'s own sentence write its act between two bodies and name nobody ("Ban
    Chỉ huy X đã tổ chức hội đàm ... với Ty Công an Y")? Its sides are those bodies' people,
    read after the choice (here and in main_sides.with_delegation_heads)."""
    if cand.type not in _TYPES:
        return False
    act = _act_sentence(view, cand)
    return act is not None and act[0] == cand.sentence_index


def with_body_sides(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """``main``, talks or a meeting whose sides no step could tell apart (every participant
    "participant"), with the people listed after the act as its bodies' host and guests."""
    if main.type not in _TYPES or any(p.role != "participant" for p in main.participants):
        return main
    act = _act_sentence(view, main)
    if act is None:
        return main
    index, before, after = act
    came_before = _DELEGATION.search(before) is not None
    came_after = _DELEGATION.search(after) is not None
    if came_before == came_after:
        return main  # who came is not written, or both bodies are delegations
    low = view.lower
    had = {p.name for p in main.participants}
    listed: list[Person] = []
    for sentence in view.sentences[index + 1 : index + 1 + _REACH]:
        opened = _LISTS.search(low, sentence.start, sentence.end)
        if opened is None:
            continue
        start = opened.start()
        named = principals(low, view.mentions_in(start, sentence.end), floor=start)
        listed += [m.person for m in named]
    people = unique_people([*listed, *(p for p in main.subjects + main.objects)])
    if len(people) < 2 or not had <= {p.name for p in people}:
        return main
    sides = {p.name: _side(_label(p), before, after, gaz) for p in people}
    known = set(sides.values()) - {None}
    if len(known) == 1 and list(sides.values()).count(None) == 1:
        # the one whose titles tell nothing stands for the other body
        other = "object" if known == {"subject"} else "subject"
        sides = {name: side or other for name, side in sides.items()}
    if None in sides.values() or set(sides.values()) != {"subject", "object"}:
        return main
    kept: dict[str, list[Person]] = {"subject": [], "object": []}
    for person in people:
        side = kept[sides[person.name] or "subject"]
        if not side or person.name in had:
            side.append(person)
    subjects, objects = tuple(kept["subject"]), tuple(kept["object"])
    travel = "subject" if came_before else "object"
    participants, cameo = assign_roles(
        main.type or "talks", main.hit.trigger.cameo, subjects, objects, (), travel
    )
    return main.but(subjects=subjects, objects=objects, participants=participants, cameo=cameo)


def with_body_speaker(
    view: ArticleView, main: Candidate, own: SentenceFacts, gaz: Gazetteer
) -> Candidate:
    """Talks or a meeting between a body written with no person and a side written by its
    people ("Tổng Liên đoàn X hội đàm với Đoàn Y do ông B làm Trưởng đoàn"), with the person
    the next sentences name by an office of that body ("Chủ tịch Tổng Liên đoàn X A tin tưởng
    ...") as its side: who speaks for a side is its side (README round 15). The body written as
    the delegation came: its side are the guests."""
    if main.type not in _TYPES or not main.participants:
        return main
    if any(p.role != "participant" for p in main.participants):
        return main
    low = view.lower
    sentence = view.sentences[main.sentence_index]
    if not sentence.start <= main.hit.start < sentence.end:
        return main
    with_word = low[main.hit.start : main.hit.end].endswith("với")
    other = None if with_word else _WITH.match(low, main.hit.end, sentence.end)
    if other is None and not with_word:
        return main
    after_start = main.hit.end if other is None else other.end()
    before, after = low[sentence.start : main.hit.start], low[after_start : sentence.end]
    first_before = view.mentions_in(sentence.start, main.hit.start)
    first_after = view.mentions_in(after_start, sentence.end)
    named_before, named_after = bool(first_before), bool(first_after)
    came_before = _DELEGATION.search(before) is not None
    came_after = _DELEGATION.search(after) is not None
    if named_before == named_after or came_before == came_after:
        return main
    # the named side's body is what its zone says before its people and their offices
    if first_before:
        before = low[sentence.start : first_before[0].start]
    else:
        after = low[after_start : first_after[0].start]
    empty = "object" if named_before else "subject"
    had = unique_people([*main.subjects, *main.objects])
    names = {p.name for p in had}
    speaker = None
    for later in view.sentences[main.sentence_index + 1 : main.sentence_index + 1 + _REACH]:
        for mention in principals(low, view.mentions_in(later.start, later.end)):
            person = mention.person
            if person.name not in names and _side(_label(person), before, after, gaz) == empty:
                speaker = person
                break
        if speaker is not None:
            break
    if speaker is None:
        return main
    subjects, objects = ((speaker,), had) if empty == "subject" else (had, (speaker,))
    participants, cameo = assign_roles(
        main.type or "talks",
        main.hit.trigger.cameo,
        subjects,
        objects,
        (),
        "subject" if came_before else "object",
    )
    return main.but(subjects=subjects, objects=objects, participants=participants, cameo=cameo)


def _label(person: Person) -> str:
    """The person's titles as one label, without the delegation word a title may hold
    ("Trưởng Đoàn Đại biểu Quốc hội tỉnh"), which would tell the side that came."""
    return _DELEGATION.sub(" ", " ".join(person.titles).lower())


def _pairs(text: str) -> set[tuple[str, str]]:
    words = re.findall(r"\w+", text)
    return set(itertools.pairwise(words))


def _side(label: str, before: str, after: str, gaz: Gazetteer) -> str | None:
    """ "subject" or "object": the body (``before`` the act, ``after`` its "với") that the
    titles ``label`` name, by country, else by the pairs of words they share; None: a tie."""
    by_country = side_by_country(label, before, after, gaz)
    if by_country is not None:
        return by_country
    pairs = _pairs(label)
    return side_by_overlap(len(pairs & _pairs(before)), len(pairs & _pairs(after)))
