"""People, titles and roles (first-party vndiplo plugin).

Finds every person named with a title or role in the body of a document ("Tổng Bí thư Tô
Lâm", "đồng chí Trần Cương, Ủy viên Trung ương Đảng, Bí thư Đảng ủy ...", "Tổng thống Hàn
Quốc Lee Jae Myung") and merges all of a person's mentions into one :class:`vndiplo.Person`
with titles as written, structured :class:`vndiplo.Role` objects and an ISO country code.

How: one linear pass of lexicon tries over the tokens of each body block (see
:mod:`.chains`), no statistical tagger; only the sentences a compiled regex finds a title or
honorific in are tokenised at all (see :mod:`.windows`). The lexicons are data registered through
``vndiplo_register_lexicon`` (the ``"titles.*"`` kinds listed in
:mod:`.lexicon`), so a user plugin extends them::

    @vndiplo.hookimpl
    def vndiplo_register_lexicon(register):
        register("titles.titles", [{"title": "Thống đốc Ngân hàng Nhà nước", "gloss": "Governor"}])
        register("places", [{"name": "Bình Nhưỡng", "country": "KP"}])

Matching runs on ``document.normalized`` (NFC, one tone-mark style, plain spaces) and every
span is mapped back, so ``document.text[start:end]`` quotes the original input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from vndiplo.hookspecs import hookimpl
from vndiplo.letters import LetterPage
from vndiplo.model import Document, Person, Span
from vndiplo.registry import Context, Registry
from vndiplo.stated_line import sapo_blocks, stated_block
from vndiplo.text import NormalizedText
from vndiplo_titles.abbreviation_dots import join_abbreviation_dots
from vndiplo_titles.chains import scan
from vndiplo_titles.conferred_ranks import with_conferred_ranks
from vndiplo_titles.glued_words import has_case_seam, split_case_seams, split_glued_titles
from vndiplo_titles.headline_people import (
    all_runs_in,
    listed_with,
    may_add_titles,
    may_name_others,
    named_only_there,
    with_headline_titles,
)
from vndiplo_titles.local_companies import learn_companies
from vndiplo_titles.local_places import learn_places
from vndiplo_titles.matcher import Lexicon, default_entries, lexicon_for
from vndiplo_titles.merge import BlockResult, Window, build_people
from vndiplo_titles.names import tokenize
from vndiplo_titles.office_mentions import in_blocks, with_office_mentions
from vndiplo_titles.signature_lines import follows_first_person, signature_finding
from vndiplo_titles.spaced_hyphens import join_letter_apostrophes, join_spaced_hyphens
from vndiplo_titles.typo_variants import near_spellings
from vndiplo_titles.windows import context_start
from vndiplo_titles.wraps import join_addressee_lines, join_signature_lines, unwrap_blocks

__all__ = ["find_people", "find_people_with", "vndiplo_find_people", "vndiplo_register_lexicon"]


def find_people(document: Document, registry: Registry | None = None) -> list[Person]:
    """Every titled person in ``document``'s body blocks, mentions merged, in text order.

    ``registry`` supplies the lexicons (defaults when None or when it holds none).
    """
    return find_people_with(document, lexicon_for(registry))


def find_people_with(
    document: Document, lexicon: Lexicon, *, windowed: bool = True
) -> list[Person]:
    """:func:`find_people` with a compiled lexicon given directly.

    ``lexicon`` is a compiled :class:`~vndiplo_titles.matcher.Lexicon`, e.g.
    ``vndiplo_titles.matcher.lexicon_for(registry)`` (cached per registry). With
    ``windowed=True`` (the default, what :func:`find_people` does) only the sentences a title or
    honorific regex hits are tokenised (see :mod:`.windows`); ``windowed=False`` scans every
    body block whole, the slower reference the windowed scan must equal (tests compare the two).
    """
    norm = document.normalized
    text = norm.text
    spans = []
    for block in document.body_blocks:
        start, end = norm.span_from_original(block.start, block.end)
        spans.append((max(0, start), min(len(text), max(start, end))))
    text = unwrap_blocks(text, spans)
    if "Ngài" in text or "Kính gửi" in text:
        text, spans = join_addressee_lines(text, spans, lexicon)
        text, spans = join_signature_lines(text, spans, lexicon)
    lowered = _block_lowers(norm, text, spans)  # once, for both uses
    lex = learn_companies(text, learn_places(text, lexicon, spans), spans, lowered)
    letters = LetterPage(text)  # scanned at most once, at the first line that may sign
    blocks = [
        _scan_block(
            text,
            start,
            end,
            lex,
            lowered[k],
            windowed=windowed,
            signed=follows_first_person(letters, spans, k),
        )
        for k, (start, end) in enumerate(spans)
    ]
    people = _mapped(
        norm, build_people(blocks, text, lex, spelt_in=_named_in(document, text, spans))
    )
    people = with_conferred_ranks(people, document.text)
    if not spans:
        return people
    stated = stated_block(document)
    if stated is not None and stated.kind != "body":
        # the headline (or the caption standing in for it) names a side the body never does
        people = _with_line_people(
            document, people, blocks, lex, (stated.start, stated.end), spans, windowed=windowed
        )
    listed = {p.name for p in people}
    for sapo in sapo_blocks(document):
        # a dropped summary is no body, but its names resolve the body's offices ("Chủ tịch
        # Quốc hội sẽ thăm ..." under a sapo that names him), as a headline's do
        people = _with_line_people(
            document,
            people,
            blocks,
            lex,
            (sapo.start, sapo.end),
            spans,
            windowed=windowed,
            titles=False,
        )
    body = [(b.start, b.end) for b in document.body_blocks]
    # a bare office in the body for someone only the headline or a sapo names
    people = with_office_mentions(document.text, body, people)
    # someone only the sapo names is one of the article's people when the body writes him by
    # office (a side of its act); else he is the sapo's alone (C02, O10)
    return [p for p in people if p.name in listed or in_blocks(p, body)]


def _with_line_people(
    document: Document,
    people: list[Person],
    blocks: list[BlockResult],
    lex: Lexicon,
    line_span: tuple[int, int],
    spans: list[tuple[int, int]],
    *,
    windowed: bool,
    titles: bool = True,
) -> list[Person]:
    """``people`` with those the line at ``line_span`` (a headline, a lead caption, a sapo:
    not body) names and the body never does, and, when ``titles``, with the offices only
    that line gives a body person."""
    norm = document.normalized
    text = norm.text
    a, b = norm.span_from_original(*line_span)
    a, b = max(0, a), min(len(text), max(a, b))
    every_run_in_body = all_runs_in(text, a, b, spans)
    if every_run_in_body and not (
        titles and may_add_titles(document.text[line_span[0] : line_span[1]], people)
    ):
        return people  # the line names no one new and gives no new office
    low = text[a:b].lower()
    line = _scan_block(text, a, b, lex, low, windowed=windowed)
    if titles and any(w.findings for w in line.windows):
        # "Đại tướng X trúng cử ...": an office only the headline gives a body person
        people = with_headline_titles(people, _mapped(norm, build_people([line], text, lex)))
    if every_run_in_body:
        return people  # every name-like run of the line is written in the body
    if may_name_others(line, text, people) and named_only_there(
        _mapped(norm, build_people([line], text, lex)), people, low
    ):
        # read with the body, so a short form folds into its full name ("M.Martin") and
        # the article's countries resolve the line's offices
        joint = _mapped(norm, build_people([*blocks, line], text, lex))
        # named in the line; the joint reading may also give them an office the body writes
        # bare ("Phó Thủ tướng sẽ thăm ..." under a headline naming him): that mention stays
        only = [p for p in joint if _named_only_within(p, document.text, *line_span)]
        only = named_only_there(only, people, low)
        people = _headline_spellings(people, joint)
        people.extend(listed_with(only, people, text[a:b]))
    return people


def _named_in(document: Document, text: str, spans: list[tuple[int, int]]) -> str:
    """The body blocks, the headline and a dropped sapo of ``text`` (the document's normalised
    view): where the page names its people, so where a name's spelling is weighed ("Ngô quang
    Kiệt" in the body is not "Ngô Quang Kiệt" because a caption capitalises it; a sapo's
    "Trương Tấn Sang" is, as the headline's would be)."""
    parts = [text[a:b] for a, b in spans]
    norm = document.normalized
    for block in document.blocks:
        if block.kind == "title" or block.rule == _SAPO:
            a, b = norm.span_from_original(block.start, block.end)
            parts.append(text[max(0, a) : max(a, b)])
    return "\n".join(parts)


#: The cleaning rule that labels a summary under the headline (dropped from the body).
_SAPO = "sapo"


def _headline_spellings(people: list[Person], joint: list[Person]) -> list[Person]:
    """``people`` with a body name the joint reading folded into the headline's spelling as
    a slip ("Trương Tấn Sáng" under the headline's "Trương Tấn Sang") given that spelling."""
    out = []
    for person in people:
        fuller = next(
            (
                j
                for j in joint
                if j.name != person.name
                and near_spellings(j.name, person.name)
                and frozenset(person.mentions) < frozenset(j.mentions)
            ),
            None,
        )
        out.append(person if fuller is None else fuller)
    return out


def _named_only_within(person: Person, text: str, start: int, end: int) -> bool:
    """Is ``person`` named in ``[start, end)`` and by name nowhere else (a mention elsewhere
    is a bare office: "Phó Thủ tướng sẽ thăm ..." under a headline naming him)?"""
    words = set(person.name.split())

    def inside(m: Span) -> bool:
        return start <= m.start and m.end <= end

    return any(inside(m) for m in person.mentions) and all(
        inside(m) or not words & set(text[m.start : m.end].split()) for m in person.mentions
    )


def _mapped(
    norm: NormalizedText, built: Iterable[tuple[Person, list[tuple[int, int]]]]
) -> list[Person]:
    """People whose mention spans are mapped back from the normalised view to the input."""
    people = []
    for person, spans in built:
        mentions = []
        for s, e in spans:
            a, b = norm.span_to_original(s, e)
            if b > a:
                mentions.append(Span(a, b))
        people.append(_with_mentions(person, mentions))
    return people


def _block_lowers(norm: NormalizedText, text: str, spans: list[tuple[int, int]]) -> list[str]:
    """``text[start:end].lower()`` for each span: slices of the view's page-wide lower case
    (lowered once for every stage) when ``text`` is the view's text and slicing commutes with
    lowering (no letter lowers to two, no capital sigma, whose lower case reads the context)."""
    if text is norm.text and "\u03a3" not in text:
        low = norm.lower
        if len(low) == len(text):
            return [low[start:end] for start, end in spans]
    return [text[start:end].lower() for start, end in spans]


def _scan_block(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    low: str,
    *,
    windowed: bool,
    signed: bool = False,
) -> BlockResult:
    """Scan the block ``text[start:end]`` (``low``: the block lower-cased): only the
    sentences holding a title or honorific hit, each with a few tokens of read-only context
    before it (see :mod:`.windows`). A
    ``signed`` block (a short line under a letter's closing) is read whole, and a name and
    office with nothing between them is its signer (see :mod:`.signature_lines`)."""
    block = text[start:end]
    # A lost space ("vớiThủ tướng") hides a title from the windows' word-bounded hits: such
    # a block is read whole, as ``windowed=False`` reads every block.
    seamed = has_case_seam(block)
    whole = seamed or signed or not windowed
    spans = [(0, len(block))] if whole else lex.windows.spans(block, low)
    windows = []
    for a, b in spans:
        ctx = context_start(block, a) if a else 0
        tokens = tokenize(block[ctx:b], start + ctx)
        if seamed:
            tokens = split_case_seams(tokens)
        tokens = join_spaced_hyphens(split_glued_titles(tokens, lex))
        tokens = join_abbreviation_dots(join_letter_apostrophes(tokens))
        first = 0  # the first token of the window proper, after the context
        while first < len(tokens) and tokens[first].start < start + a:
            first += 1
        findings, bare = scan(tokens, lex, first)
        if signed and not findings:
            signer = signature_finding(tokens, lex)
            findings = [signer] if signer is not None else findings
        windows.append(Window(tokens, findings, bare))
    return BlockResult(start, end, windows, low if len(low) == len(block) else None)


def _with_mentions(person: Person, mentions: list[Span]) -> Person:
    unique = sorted(set(mentions), key=lambda s: (s.start, s.end))
    return Person(
        name=person.name,
        titles=person.titles,
        country=person.country,
        mentions=unique,
        roles=person.roles,
    )


@hookimpl
def vndiplo_register_lexicon(register: Callable[[str, Iterable[Any]], None]) -> None:
    """Register the default title, organisation, place, surname and people lexicons."""
    for kind, entries in default_entries().items():
        register(kind, entries)


@hookimpl
def vndiplo_find_people(document: Document, context: Context) -> list[Person]:
    """Find every person named with a title or role; see :func:`find_people`."""
    return find_people(document, context.registry if context is not None else None)
