"""Merge every mention of one person into one :class:`vndiplo.Person`.

Findings come per block from :mod:`vndiplo_titles.chains`; here they become people:

* grouped by name (case, hyphens and apostrophe shapes folded; the spelling written most
  names the person); a one-word Latin name ("Tổng thống Putin") joins the one
  person whose full name starts or ends with it;
* titles in order of first appearance, a title that is a word-prefix of another dropped
  ("Bí thư" after "Bí thư Đảng ủy"), as the seeds' gold does;
* mentions: every occurrence of the full name in the body (titled or not), plus bare titles
  ("Tổng Bí thư" alone) linked when they point to one person (see :func:`_link_bare`);
* a country by the rules in :func:`resolve_country`.

People found only through an honorific ("ông X") and never titled are dropped: the plugin
reports people "named with a title or role", the role of a principal included: a delegation's
head or a signer named with no title is kept, with no title (see :mod:`.principals`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs
from attrs import define, field

from vndiplo.model import Person, Role
from vndiplo_titles.career_subjects import told_of
from vndiplo_titles.complement import TitleParse
from vndiplo_titles.constructions import (
    HONORARY_CONSUL,
    INTERNATIONAL_PHRASES,
    KHMER_STYLE_OPENERS,
)
from vndiplo_titles.context_country import (
    beside_name_country,
    counterpart_country,
    tied_elsewhere,
)
from vndiplo_titles.country import (
    known_country,
    resolve_country,
    vietnamese_office,
    vietnamese_organ,
)
from vndiplo_titles.findings import BareTitle, Finding
from vndiplo_titles.full_name_mentions import name_mentions
from vndiplo_titles.glued_words import name_end
from vndiplo_titles.lead_in import country_before, delegation_country, lead_country
from vndiplo_titles.lexicon import ADMIN_WORDS
from vndiplo_titles.matcher import Lexicon, TitleInfo
from vndiplo_titles.name_variants import (
    fold_short_names,
    page_full_name,
    regular_capitals,
    spelling_key,
)
from vndiplo_titles.names import (
    Token,
    looks_foreign,
    strip_style,
    tokenize,
    trim_name,
)
from vndiplo_titles.principals import listed_attendee, named_principal
from vndiplo_titles.province_country import province_country, provincial_only
from vndiplo_titles.roles import concurrent_part, role_of, title_text
from vndiplo_titles.surname_mentions import add_surname_mentions
from vndiplo_titles.typo_variants import fold_typo_spellings
from vndiplo_titles.unit_countries import chained_unit_countries

__all__ = ["BlockResult", "Window", "build_people", "resolve_country"]


@define
class Window:
    """One scanned stretch of a block: its tokens, and what the scan found in them."""

    tokens: list[Token]
    findings: list[Finding]
    bare: list[BareTitle]


@define
class BlockResult:
    """One body block: its span in the normalised text and its scanned windows, in order."""

    start: int
    end: int
    windows: list[Window]
    #: ``text[start:end].lower()`` when that has the same length (offsets line up), else None
    lower: str | None = None


@define
class _Titled:
    pos: int
    text: str
    role: Role
    foreign: bool
    #: Read inside a longer title ("A kiêm *B*"), not written apart: a spelling written
    #: apart elsewhere ("Phó Thủ tướng" over "kiêm phó Thủ tướng") is the one kept.
    inner: bool = False


@define
class _Person:
    name: str
    key: str
    first: int
    spans: set[tuple[int, int]] = field(factory=set)
    titles: list[_Titled] = field(factory=list)
    honorific_foreign: bool = False
    titled_mentions: int = 0
    #: Named once after a Khmer style ("Samdech ..."), which only Cambodia confers.
    khmer_style: bool = False
    #: Named, untitled, as a delegation's head, a signer or a side of a meeting (see
    #: :mod:`.principals`).
    principal: bool = False
    #: Named, untitled, in an event's attendance list: a person whose country the page does
    #: not say (see :func:`.principals.listed_attendee`).
    attendee: bool = False


def _name_of(tokens: list[Token], a: int, b: int, text: str, lex: Lexicon) -> str:
    """The name ``tokens[a:b]`` as written, spaces made single ("George W. Bush",
    "M.Lê-bê-đép": an initial's dot keeps its spacing), a word glued after it left out. In
    a Vietnamese name (a family name first) a lost space between two of its words (split at
    a case seam: "NguyễnVăn Đoàn") is put back, so the glued spelling is the spaced one's;
    a transliterated name written in joined syllables ("XôKhon") stays as written."""
    end = name_end(tokens, a, b)
    if tokens[a].fold not in lex.surnames:
        return " ".join(text[tokens[a].start : end].split())
    pieces, at = [], tokens[a].start
    for k in range(a + 1, b):
        prev, tok = tokens[k - 1], tokens[k]
        if tok.start == prev.end and tok.word and prev.word and tok.start < end:
            pieces.append(text[at : tok.start])
            at = tok.start
    pieces.append(text[at:end])
    return " ".join(" ".join(pieces).split())


def _collect(
    blocks: Sequence[BlockResult], text: str, lex: Lexicon, spelt_in: str | None
) -> list[_Person]:
    people: dict[str, _Person] = {}
    spellings: dict[str, dict[str, None]] = {}
    for block, window in ((b, w) for b in blocks for w in b.windows):
        toks = window.tokens
        for f in window.findings:
            start = strip_style(toks, f.name_start, f.name_end)
            end = f.name_end if f.regnal else trim_name(toks, start, f.name_end)
            if end == start:
                continue  # a lone letter: no name
            name = _name_of(toks, start, end, text, lex)
            # one person however the page spells the name ("Park Ji-won", "Park Ji Won")
            key = spelling_key(name)
            span = (toks[start].start, name_end(toks, start, end))
            person = people.get(key)
            if person is None:
                person = people[key] = _Person(name, name.lower(), span[0])
            spellings.setdefault(key, {})[name] = None
            person.spans.add(span)
            # a quoted speaker's "Ngài" is courtesy to anyone ("“Ngài Chủ tịch nước X là ...”
            # – Đại sứ Cuba nói"): only the writer's own "Ngài" marks a foreign person
            person.honorific_foreign |= f.honorific_foreign and not _quoted(
                text, toks[f.name_start].start
            )
            styled = start > f.name_start and toks[f.name_start].fold in KHMER_STYLE_OPENERS
            person.khmer_style |= styled
            if styled and any(tp.end == f.name_start for tp in f.titles):
                # "Thủ tướng Samdech Techo Hunsen": the Khmer style between an office and the
                # name, left out of the name, is a title as written, as the lexicon's "Samdech
                # Krolahom" is (a style opening a mention, "hội kiến Samdech X, Chủ tịch ...",
                # stays an honorific)
                style = _khmer_style(f.name_start, start)
                role = role_of(style, toks, text, lex)
                person.titles.append(_Titled(toks[f.name_start].start, role.title, role, True))
            if f.titles:
                person.titled_mentions += 1
            elif not person.principal:
                person.principal = named_principal(
                    toks, start, end, text, lex, honorific=f.honorific
                )
                person.attendee = person.attendee or (
                    f.honorific and listed_attendee(toks, start, end, text, lex)
                )
            for whole in f.titles:
                # "A kiêm B": the title as written, then B, an office of its own
                part = concurrent_part(whole)
                for tp in (whole,) if part is None else (whole, part):
                    role = role_of(tp, toks, text, lex)
                    if tp.deictic and role.country is None:
                        here = toks[tp.start].start
                        role = attrs.evolve(
                            role, country=country_before(text, block.start, here, lex)
                        )
                    person.titles.append(
                        _Titled(toks[tp.start].start, role.title, role, tp.foreign, tp is part)
                    )
    # spellings are weighed where the page names its people (``spelt_in``: the body and the
    # headline), not in a caption's other spelling
    read = text if spelt_in is None else spelt_in
    for key, person in people.items():
        written = spellings[key]
        if len(written) > 1:
            # the spelling the page writes most, the first one found on a tie
            person.name = max(written, key=read.count)
            person.key = person.name.lower()
        person.name = regular_capitals(person.name, read)
    spelt = fold_typo_spellings(list(people.values()), text, _absorb, _same_office, lex.surnames)
    folded = fold_short_names(spelt, text, _absorb, lex.surnames)
    keys = {p.key for p in folded}
    for person in folded:
        # "Thủ tướng Đức Merkel" where the page writes "Angela Merkel" only untitled: the
        # short form is that person's; the full name is theirs (name_variants.page_full_name)
        full = page_full_name(
            person.name, text, {a for a, _ in person.spans}, lambda w: _is_place(w, lex)
        )
        if full is not None and full.lower() not in keys:
            person.name, person.key = full, full.lower()
    return folded


def _is_place(word: str, lex: Lexicon) -> bool:
    """Is the one word ``word`` a place of the gazetteer ("Indonesia")?"""
    tokens = tokenize(word)
    hit = lex.places.longest(tokens, 0)
    return hit is not None and hit[0] == len(tokens)


def _quoted(text: str, at: int) -> bool:
    """Is ``at`` inside quotation marks opened on its line?"""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.count('"') % 2 == 1 or line.count("\u201c") > line.count("\u201d")


def _khmer_style(a: int, b: int) -> TitleParse:
    """The Khmer style written at tokens ``a:b`` before a name, as a title of Cambodia's."""
    return TitleParse(a, b, TitleInfo("Samdech", "Khmer style", "KH", domestic=False), a, b)


def _same_office(a: _Person, b: _Person) -> bool:
    """Is one title of ``a`` and one of ``b`` the same office, one perhaps naming more of it
    ("Phó Thủ tướng Lào" and "Phó Thủ tướng")?"""
    return any(
        (x + " ").startswith(y + " ") or (y + " ").startswith(x + " ")
        for x in (t.text.lower() for t in a.titles)
        for y in (t.text.lower() for t in b.titles)
    )


def _lead_may_say(p: _Person, lex: Lexicon) -> bool:
    """May the lead-in of the sentence say where ``p`` is from (see :func:`.lead_in.lead_country`)?
    Only for a name with no Vietnamese family name, whose Vietnam comes from the default
    rule, or from an honorary consulship (held by a national of the host country); never
    for the holder of an office only Vietnam has ("Chủ tịch nước")."""
    if not p.titles or tokenize(p.name)[0].fold in lex.surnames:
        return False
    if any(vietnamese_office(t.text, lex) for t in p.titles):
        return False
    return all(
        t.role.country is None or t.text.lower().startswith(HONORARY_CONSUL) for t in p.titles
    )


def _international(role: Role) -> bool:
    """Is ``role`` an office of an international body ("Tổng Thư ký Liên hợp quốc", "Chủ tịch
    Nghị viện châu Âu")? Its holder's country is not the one the sentence names."""
    org = role.organisation
    return org is not None and _INTERNATIONAL.search(_DOMAINS.sub(" ", org)) is not None


_INTERNATIONAL = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, INTERNATIONAL_PHRASES)) + r")(?!\w)", re.IGNORECASE
)
#: "quốc tế" as a field of work, not a body's reach: "Bộ Ngoại giao và Hợp tác quốc tế",
#: "Vụ Quan hệ quốc tế", "Ban Hội nhập quốc tế" are one state's.
_DOMAINS = re.compile(r"(?<!\w)(?:hợp tác|quan hệ|hội nhập|đối ngoại) quốc tế(?!\w)", re.IGNORECASE)


def _absorb(target: _Person, short: _Person) -> None:
    """Fold the mentions and titles of the short form ``short`` into ``target``."""
    target.spans |= short.spans
    target.titles.extend(short.titles)
    target.titled_mentions += short.titled_mentions
    target.first = min(target.first, short.first)
    target.principal |= short.principal
    target.attendee |= short.attendee


def _dedupe_titles(titled: Iterable[_Titled]) -> list[_Titled]:
    """Unique titles in order of first appearance (those read inside a longer one last),
    word-prefixes of longer ones dropped.

    Titles are kept as written: a page that writes one office in two cases ("đại sứ Mông Cổ
    X" in the lead, "Đại sứ Mông Cổ X" further on) gives both spellings; a word-prefix of a
    longer title is dropped when written in the same case ("Bộ trưởng X" after "Bộ trưởng
    Ngoại giao X"), kept in another case, a spelling of its own ("Thủ tướng X" beside "thủ
    tướng Việt Nam", "Tổng thống X" beside "Tổng Thống Hoa Kỳ"). A spelling read inside a
    longer title ("kiêm phó Thủ tướng") gives way to the same office written apart in any
    case."""
    seen: dict[str, _Titled] = {}
    apart: set[str] = set()
    for item in sorted(titled, key=lambda t: (t.inner, t.pos)):
        low = item.text.lower()
        if item.inner and low in apart:
            continue
        apart.add(low)
        seen.setdefault(item.text, item)
    keys = list(seen)
    return [seen[k] for k in keys if not any(o != k and o.startswith(k + " ") for o in keys)]


_PLURAL_INSIDE = re.compile(r"\b(?:các|những)\b")


#: a title that says the envoy is ours ("Đại sứ nước ta tại Mông Cổ"): no other country's
_OURS = re.compile(r"(?<!\w)(?:nước\s+ta|của\s+ta|nước\s+mình)(?!\w)")


def _place_envoy(
    people: list[_Person], tp: TitleParse, tokens: list[Token], text: str, lex: Lexicon
) -> None:
    """ "Tiếp Đại sứ Nepal, ..." and elsewhere "Đại sứ Ram Adhikari": an envoy's bare title
    naming a country is the title of the one person whose titles are its word-prefixes and
    name no country, when no one else is of that country. A title and a mention."""
    if not tp.head.posted:
        return
    role = role_of(tp, tokens, text, lex)
    if role.country is None:
        return
    words = role.title.lower()
    if _PLURAL_INSIDE.search(words):
        return  # "Đại sứ các nước A, B, C": several envoys
    # an envoy already of that country by a wording with no posting ("Đại sứ từ Việt Nam")
    # fits too; one posted elsewhere ("Đại sứ Việt Nam tại Ấn Độ") is a concurrent envoy, and
    # one whose title says he is ours ("Đại sứ nước ta") is no other country's
    fits = [
        p
        for p in people
        if all(
            (t.role.country is None and _OURS.search(t.text.lower()) is None)
            or (t.role.country == role.country and t.role.place is None)
            for t in p.titles
        )
        and any(_is_prefix(t.text.lower(), words) for t in p.titles)
    ]
    others = (p for p in people if p not in fits)
    if len(fits) == 1 and not any(t.role.country == role.country for p in others for t in p.titles):
        start, end = tokens[tp.start].start, tokens[tp.end - 1].end
        fits[0].titles.append(_Titled(start, role.title, role, tp.foreign))
        fits[0].spans.add((start, end))


def _is_prefix(short: str, long: str) -> bool:
    return long == short or long.startswith(short + " ")


def _link_bare(
    people: list[_Person], blocks: Sequence[BlockResult], text: str, lex: Lexicon
) -> None:
    """Link a bare title ("Tổng Bí thư" alone, "Đại sứ") to the one person holding it.

    A bare title matches a person when it equals, or is a word-prefix of, one of that
    person's titles. One match links. Several match ("Tổng Bí thư": Tô Lâm and Tập Cận Bình)
    link only when one holder dominates the article: at least twice the titled mentions of
    any other and at least two. Plural and role-noun uses were marked unlinkable by the scan.
    An envoy's title naming a country that no one holds goes to the one envoy of no country
    (see :func:`_place_envoy`).
    """
    for window in (w for block in blocks for w in block.windows):
        for bare in window.bare:
            if not bare.linkable:
                continue
            words = title_text(bare.title, window.tokens, text).lower()
            holders = [
                p for p in people if any(_is_prefix(words, t.text.lower()) for t in p.titles)
            ]
            if not holders and bare.holder_only:
                continue  # a lower-case title that names no one on the page: a common noun
            if not holders:
                _place_envoy(people, bare.title, window.tokens, text, lex)
                continue
            holders.sort(key=lambda p: p.titled_mentions, reverse=True)
            top = holders[0]
            if len(holders) > 1:
                second = holders[1].titled_mentions
                if top.titled_mentions < 2 or top.titled_mentions < 2 * second:
                    continue
            tokens = window.tokens
            top.spans.add((tokens[bare.title.start].start, tokens[bare.title.end - 1].end))


#: A sentence boundary between two offsets: a stop followed by a space, or a newline.
_SENTENCE_END = re.compile(r"[.!?;…](?:\s|$)|\n")


def _link_capacity(
    people: list[_Person], blocks: Sequence[BlockResult], text: str, lex: Lexicon
) -> None:
    """Give a capacity title ("... thăm Việt Nam trên cương vị Bộ trưởng Quốc phòng Nga") to
    the person the sentence is about: the nearest one named before it in the sentence, else
    the nearest named after it ("Chia sẻ ... trên cương vị Bí thư Khu ủy Quảng Tây, đồng chí
    Trần Cương ..."). A title, not a mention; and only for a person titled elsewhere: a
    capacity alone ("bầu đồng chí Tô Lâm tiếp tục giữ chức Tổng Bí thư") does not make a
    titled person.
    """
    for block in blocks:
        for window in block.windows:
            previous: BareTitle | None = None
            for bare in window.bare:
                tokens = window.tokens
                if previous is not None and _next_of_plural_capacity(previous, bare, tokens):
                    # "đảm nhiệm các cương vị A, B": B is the list's next office, not a
                    # reference to its holder
                    bare = attrs.evolve(
                        bare, capacity=True, linkable=False, chain_start=previous.chain_start
                    )
                previous = bare
                start = tokens[bare.title.start].start
                opens = tokens[bare.chain_start].start if bare.chain_start >= 0 else start
                listed = bare.linkable and _in_copula_list(text, block.start, opens)
                # "nhân dịp đồng chí X nhậm chức Bí thư Tỉnh ủy tỉnh Y": the office a verb
                # right after X's name gives X (read only where it does: see below)
                taken = not (bare.capacity or listed) and _TAKES_OFFICE.search(
                    text, max(block.start, start - 16), start
                )
                if not (bare.capacity or listed or taken):
                    continue
                ends = _CLAUSE_END if listed else _SENTENCE_END
                best: tuple[int, _Person] | None = None
                for p in people:
                    for a, b in p.spans:
                        if not block.start <= a < block.end or (listed and b > start):
                            continue
                        lo, hi = (b, start) if b <= start else (start, a)
                        if ends.search(text, lo, hi) is not None:
                            continue
                        # before beats after; then the nearest
                        rank = (hi - lo) if b <= start else (1 << 30) + (hi - lo)
                        if best is None or rank < best[0]:
                            best = (rank, p)
                if best is None and not taken:
                    # "Năm 2011, khi đang là ..., ông được bổ nhiệm giữ chức ...": no one named
                    # in the sentence, whose subject is a pronoun or a short form; an office
                    # held or taken, not the capacity an act is done in ("Ông nói trên cương
                    # vị ...": that stays within its sentence)
                    if _ACTING_IN.search(text, max(block.start, opens - 24), opens):
                        continue
                    told = told_of(
                        [(p.name, p.spans) for p in people], text, (block.start, block.end), start
                    )
                    if told is not None:
                        role = role_of(bare.title, tokens, text, lex)
                        people[told].titles.append(
                            _Titled(start, role.title, role, bare.title.foreign)
                        )
                    continue
                if taken and (best is None or not _given_by_verb(best[1], start, text)):
                    continue  # "X dự lễ nhậm chức Tổng thống Y": nobody's office is taken
                if best is not None and (
                    best[1].titles
                    or listed
                    or _given_by_verb(best[1], start, text)
                    or _apposed_capacity(best[1], start, text)
                    or _apposed_capacity(best[1], opens, text)  # a later title of the chain
                ):
                    role = role_of(bare.title, tokens, text, lex)
                    best[1].titles.append(_Titled(start, role.title, role, bare.title.foreign))


def _next_of_plural_capacity(previous: BareTitle, bare: BareTitle, tokens: Sequence[Token]) -> bool:
    """Does ``bare`` follow, after a comma, a capacity title opened by a plural office noun
    ("từng đảm nhiệm các cương vị A, B", "qua các chức vụ A, B")? The plural says a list of
    offices follows, so ``bare`` is its next item."""
    if not previous.capacity or previous.chain_start < 1:
        return False
    k = bare.title.start
    if k < 1 or tokens[k - 1].text != "," or previous.title.end != k - 1:
        return False
    before = [t.fold for t in tokens[max(0, previous.chain_start - 4) : previous.chain_start]]
    return "các" in before and any(w in _OFFICE_NOUNS for w in before)


#: The office nouns a plural list of offices opens with ("các cương vị", "các chức vụ").
_OFFICE_NOUNS = frozenset({"chức", "vụ", "vị", "danh"})


#: The capacity an act is done in, right before a title ("phát biểu trên cương vị ...").
_ACTING_IN = re.compile(r"(?:trên|với|trong|ở)\s+(?:cương vị|tư cách)(?:\s+là)?\s*$", re.I)


#: A verb of taking office right before a title ("X nhậm chức Bí thư ..."), not a ceremony
#: ("lễ nhậm chức Tổng thống ...": the office of someone else, whoever attends).
_TAKES_OFFICE = re.compile(r"(?<!lễ )(?<!lễ\xa0)nhậm chức\s*$", re.IGNORECASE)

#: The end of a whole sentence, a semicolon not included: a biography may list its items
#: after a copula with semicolons ("ông X là thạc sĩ ...; Ủy viên ..., đại biểu ...").
_CLAUSE_END = re.compile(r"[.!?…](?:\s|$)|\n")
#: A copula, as a word.
_COPULA = re.compile(r"(?<!\w)là(?!\w)")


def _in_copula_list(text: str, block_start: int, start: int) -> bool:
    """Does the title at ``start`` open an item of a biography listed after a copula and a
    semicolon ("Ông X ... là thạc sĩ kinh tế; Ủy viên Trung ương Đảng ...")? It is then said
    of the sentence's subject, as a title after "là" is."""
    k = start
    while k > block_start and text[k - 1].isspace():
        k -= 1
    if k == block_start or text[k - 1] != ";":
        return False
    ends = list(_CLAUSE_END.finditer(text, block_start, k))
    return _COPULA.search(text, ends[-1].end() if ends else block_start, k) is not None


def _apposed_capacity(person: _Person, start: int, text: str) -> bool:
    """Is the capacity title at ``start`` apposed to one of ``person``'s mentions ("ông X,
    trên cương vị Tổng thư ký ...", "bà Y với tư cách Chủ tịch ...")? It names the office
    the person speaks or acts in: a titled person, as an apposed title makes one."""
    return any(_APPOSED_CAPACITY.match(text, b, start) for _, b in person.spans if b <= start)


#: Between a name and an apposed capacity title: maybe a comma or dash, the capacity words;
#: or a relative clause of offices held ("X, người từng đảm nhiệm các cương vị A, B").
_APPOSED_CAPACITY = re.compile(
    r"\s*(?:[,–-]\s*)?(?:trên|với|ở|trong)\s+(?:cương vị|tư cách)(?:\s+là)?\s*$"
    r"|\s*[,–-]\s*người\s+(?:(?:từng|đã|hiện|đang|vừa|mới|cũng)\s+)*"
    r"(?:là|giữ|đảm nhiệm|đảm nhận)(?:\s+(?:các\s+)?(?:chức vụ|chức|cương vị))?\s*$",
    re.IGNORECASE,
)


#: The office noun after a verb of appointing, maybe with "giữ" or "vào" ("bổ nhiệm chức vụ",
#: "giữ chức", "bầu vào chức vụ", "vào cương vị").
_OFFICE_NOUN = r"(?:giữ\s+|vào\s+)?(?:chức(?:\s+vụ)?|cương\s+vị)"

#: Between a name and a capacity title: a verb giving the person that office ("ông X được
#: bầu làm Chủ tịch Thượng viện", "đồng chí X, nhân dịp đồng chí được bổ nhiệm giữ chức ...",
#: "X (Latin spelling) nhậm chức ..."). Read on the text between the two, backwards-anchored.
_GIVEN_BY_VERB = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?,?\s*"
    # "nhân dịp (Ngài) được bầu", "khi ông được bổ nhiệm", ", người vừa tái đắc cử"
    r"(?:(?:nhân dịp|khi|sau khi|ngay sau khi)\s+)?(?:(?:ông|bà|đồng chí|[Nn]gài|người)\s+)?"
    r"(?:(?:mới|vừa|đã|chính thức|vừa mới)\s+)?"
    # "ông X hiện giữ chức ...", "bà Y cũng từng giữ cương vị ...": a present or past holding
    r"(?:(?:hiện|hiện đang|đang|cũng|từng|cũng từng|hiện cũng)\s+(?=giữ))?"
    r"(?:(?:được|đắc cử|tái đắc cử|trúng cử|tái cử)\s*"
    r"(?:(?:tái\s+)?(?:bầu|bổ nhiệm|cử)(?:\s+lại)?)?\s*"
    rf"(?:làm|{_OFFICE_NOUN})?|nhậm chức|giữ chức(?: vụ)?|giữ cương vị"
    # "được Đại hội Đảng X bầu lại làm": the electing body between
    r"|được\s+[^,.;:()\n]{1,90}?\s+(?:tái\s+)?(?:bầu|bổ nhiệm|cử)(?:\s+lại)?\s+"
    rf"(?:làm|{_OFFICE_NOUN}))\s*$"
)


#: The active form: an electing verb and an honorific right before the name, "làm" after it
#: ("Quốc hội bầu ông X làm Chủ tịch nước", "bổ nhiệm bà X, Thứ trưởng, làm Đại sứ").
_ELECTS_BEFORE = re.compile(
    r"(?<!\w)(?:bầu|bổ\s+nhiệm|cử)(?:\s+lại)?\s+(?:ông|bà|đồng\s+chí|ngài)\s+$", re.IGNORECASE
)
_ELECTED_AS = re.compile(r"\s*(?:,[^,.;:()\n]{1,80},\s*)?(?:làm|trở\s+thành)\s*")


def _given_by_verb(person: _Person, start: int, text: str) -> bool:
    """Does a verb right after one of ``person``'s mentions give them the capacity title at
    ``start`` ("ông X được bầu làm Chủ tịch ...", "bầu ông X làm Chủ tịch ...")? Such a title
    makes a titled person even with no other title (the verb names the office they now
    hold)."""
    for a, b in person.spans:
        if b > start or start - b > 120:
            continue
        if _GIVEN_BY_VERB.fullmatch(text, b, start):
            return True
        if _ELECTED_AS.fullmatch(text, b, start) and _ELECTS_BEFORE.search(text, max(0, a - 30), a):
            return True
    return False


def local_places(blocks: Sequence[BlockResult], text: str, lex: Lexicon) -> dict[str, str]:
    """Places the document itself locates: "tỉnh Gyeonggi (Hàn Quốc)" -> {"gyeonggi": "KR"}.

    An administrative word, a capitalised run, then a country in parentheses, anywhere in the
    body blocks; a title naming that place ("Thống đốc tỉnh Gyeonggi") gets the country.
    """
    found: dict[str, str] = {}
    for block in blocks:
        p = text.find("(", block.start, block.end)
        while p >= 0:
            close = text.find(")", p, min(block.end, p + 42))
            if close > p:
                inner = tokenize(text[p + 1 : close])
                hit = lex.places.longest(inner, 0) if inner else None
                if hit is not None and hit[0] == len(inner) and hit[1].country:
                    before = tokenize(text[max(block.start, p - 60) : p])
                    k = len(before)
                    while k > 0 and before[k - 1].cap and not before[k - 1].acronym:
                        k -= 1
                    admin = tuple(x.fold for x in before[max(0, k - 2) : k])
                    if k < len(before) and (admin in ADMIN_WORDS or admin[-1:] in ADMIN_WORDS):
                        name = " ".join(x.fold for x in before[k:])
                        found.setdefault(name, hit[1].country)
            p = text.find("(", p + 1, block.end)
    return found


def _open_country(p: _Person, lex: Lexicon) -> bool:
    """Is ``p``'s country still open to the text around: no title names one, no office only
    Vietnam has, and no well-known name fixes it?"""
    if any(t.role.country for t in p.titles) or known_country(p.name, lex) is not None:
        return False
    if not p.honorific_foreign and any(vietnamese_organ(t.text) for t in p.titles):
        # "đồng chí H'Lan Niê - Phó Chủ tịch UBND tỉnh" on a page about a Lao delegation:
        # a people's committee or council is Vietnam's own, so a country written near one of
        # the name's mentions (the guests') is not hers, whatever her name's shape
        return False
    return not any(vietnamese_office(t.text, lex) for t in p.titles)


def _untitled_vietnamese(p: _Person, lex: Lexicon) -> bool:
    """Is ``p`` a principal named with no title and no "Ngài", by a Vietnamese-spelt name
    that opens with a listed family name ("ông Lê Văn A tiếp ...")? A Vietnamese outlet
    names its own side so; a foreign delegation's head is told by the text around."""
    if p.titles or not p.principal or p.honorific_foreign:
        return False
    name = tokenize(p.name)
    return name[0].fold in lex.surnames and not looks_foreign(name)


def _headed_country(
    p: _Person, blocks: Sequence[BlockResult], text: str, lex: Lexicon
) -> str | None:
    """The country of a foreign delegation ``p`` is named heading ("Đoàn ... Trung Quốc do
    ông X, ... làm trưởng đoàn"): it fixes a Sino-Vietnamese name too (see
    :func:`.lead_in.delegation_country`)."""
    for at in sorted({a for a, _ in p.spans} | {t.pos for t in p.titles}):
        block = next((b for b in blocks if b.start <= at < b.end), None)
        if block is not None:
            found = delegation_country(text, block.start, at, lex)
            if found is not None:
                return found
    return None


def _takes_partner(p: _Person, text: str, lex: Lexicon) -> bool:
    """May ``p``, still of no country, take the one foreign country the article is about
    (see :func:`.context_country.counterpart_country`)? A foreign-spelt name under offices
    that name no country ("Tổng thống X", "Thị trưởng thành phố Y"), not of an international
    body, and not said to be someone else's ("Phái viên X của đài Y")."""
    if any(_international(t.role) for t in p.titles) or not _open_country(p, lex):
        return False
    if not p.titles and not p.principal:
        return False  # an untitled guest of a list is of no side, so of no partner country
    return looks_foreign(tokenize(p.name)) and not tied_elsewhere(p.spans, text, lex)


#: Not read yet (the article's partner country is read lazily: most pages need none).
_UNSET = object()


def build_people(
    blocks: Sequence[BlockResult], text: str, lex: Lexicon, *, spelt_in: str | None = None
) -> list[tuple[Person, list[tuple[int, int]]]]:
    """People from the blocks' findings, with mention spans still in normalised offsets.

    ``spelt_in``: the text whose spellings of a name decide how it is written (the body and
    headline), ``text`` when None."""
    collected = _collect(blocks, text, lex, spelt_in)
    if "nhậm chức" in text or any(
        b.capacity or b.linkable for block in blocks for w in block.windows for b in w.bare
    ):
        _link_capacity(collected, blocks, text, lex)
    # a person is titled, or a principal named with no title ("do ông X dẫn đầu")
    people = [p for p in collected if p.titles or p.principal or p.attendee]
    local = local_places(blocks, text, lex)
    located: dict[str, str] | None = None

    def placed() -> dict[str, str]:
        """The units the page places. Read on first use (speed: the chain scan reads every
        block, and most pages have no title naming a place without its country)."""
        nonlocal located
        if located is None:
            # "huyện X, tỉnh Y (Campuchia)", "tỉnh Y của Lào": every unit of the chain is placed
            chained = chained_unit_countries([(b.start, b.end) for b in blocks], text, lex)
            located = {**chained, **local}
        return located

    name_mentions(people, blocks, text, lex)
    _link_bare(people, blocks, text, lex)
    add_surname_mentions(people, [(b.start, b.end) for b in blocks], text)
    out: list[tuple[Person, list[tuple[int, int]]]] = []
    partner: object = _UNSET  # the article's partner country, read once when needed
    for p in sorted(people, key=lambda p: min(p.spans)[0] if p.spans else p.first):
        for t in p.titles:
            place = t.role.place
            if t.role.country is None and place and place.lower() in placed():
                t.role = attrs.evolve(t.role, country=placed()[place.lower()])
        titled = _dedupe_titles(p.titles)
        roles = [t.role for t in titled]
        country = resolve_country(
            [t.role for t in sorted(p.titles, key=lambda t: t.pos)],
            name=p.name,
            foreign_hint=p.honorific_foreign or any(t.foreign for t in p.titles),
            lex=lex,
        )
        if country is None and _untitled_vietnamese(p, lex):
            country = "VN"  # the text around may still say otherwise, just below
        if _of_a_body_only(p):
            # "Tổng Thư ký Liên hợp quốc X", "Chủ tịch WEF Y": an international body's
            # officer stands for no country, neither the host's nor the page's partner
            out.append((_person(p, titled, None, roles), sorted(p.spans)))
            continue
        if (country is None or country == "VN") and _open_country(p, lex):
            headed = _headed_country(p, blocks, text, lex)
            if headed is None:
                # the words against the name: a cut title's country, "X của <country>"
                headed = beside_name_country(p.spans, text, lex)
            if headed is not None:
                country = headed
        if p.khmer_style and country in (None, "VN"):
            country = "KH"  # "Bộ trưởng Hoàng cung Samdech ...": the style says where from
        # a person with no country yet: a foreign name under titles that name none
        # ("ông X, thành viên Nhóm"); an office of an international body has none to find
        unplaced = country is None and not any(_international(t.role) for t in p.titles)
        if (country == "VN" or unplaced) and _lead_may_say(p, lex):
            spans = [(b.start, b.end) for b in blocks]
            lead = lead_country(spans, text, min(t.pos for t in p.titles), lex)
            if lead is not None:
                country = lead or None
        if country is None and provincial_only(t.text for t in titled):
            # "ngài X - Phó Tỉnh trưởng cùng lãnh đạo ... tỉnh Ratanakiri"
            country = province_country(p.spans, text, lex, placed())
        if country is None and _takes_partner(p, text, lex):
            if partner is _UNSET:
                partner = counterpart_country([(b.start, b.end) for b in blocks], text, lex)
            country = partner if isinstance(partner, str) else None
        out.append((_person(p, titled, country, roles), sorted(p.spans)))
    return out


def _person(
    p: _Person, titled: Sequence[_Titled], country: str | None, roles: list[Role]
) -> Person:
    return Person(name=p.name, titles=[t.text for t in titled], country=country, roles=roles)


def _of_a_body_only(p: _Person) -> bool:
    """Is every title of ``p`` an international body's office that names no country (its
    organisation, or a body the title text names: "Tổng Thư ký Liên hợp quốc")? A national
    office beside it ("Thủ tướng ..., Chủ tịch ASEAN 2020") keeps the country."""
    return bool(p.titles) and all(
        t.role.country is None and (_international(t.role) or _names_a_body(t.text))
        for t in p.titles
    )


def _names_a_body(title: str) -> bool:
    """ "Tổng Thư ký Liên hợp quốc": a body named in the title's own words, not a Vietnamese
    one ("Báo Thế giới và Việt Nam")."""
    low = _DOMAINS.sub(" ", title.lower())
    return "việt nam" not in low and _INTERNATIONAL.search(low) is not None
