"""Keep an English page's prose as body: undo the cleaner's Vietnamese judgements of prose.

The page cleaner (``vndiplo_boilerplate``) finds two kinds of non-body lines. *Furniture* is
told by its form, whatever the language: markers and menus, share bars, timestamps, related
links and tails, photo credits ("Photo: VNA", "(Photo: VNA)"), a line printed twice. *Captions
and summaries told from prose* are judged by Vietnamese wording: a short sentence with no
Vietnamese reporting verb, connective or time word is a photo's description; a first paragraph
that a later one restates is a sapo. Every short English sentence passes the first test ("The
two sides discussed ways to deepen ties." names no "cho biết", "đã" or "sáng"), so an English
page lost its lead and its narration, often all of its body.

:func:`english_blocks` takes the cleaner's blocks and, when the prose they may keep is English
(:func:`.language.blocks_are_english`), turns back to body the blocks labelled by those
prose rules (:data:`PROSE_RULES`, also after the cleaner's re-check) that read as a sentence.
Furniture keeps its label, and so does a sentence marking who stands where in a photo
("Minister X (R) and Ambassador Y."), which is a caption in any language. A Vietnamese page
fails the language test and gets the cleaner's blocks unchanged, the same objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from vndiplo.model import Block
from vndiplo_english.language import blocks_are_english

__all__ = ["PROSE_RULES", "english_blocks", "prose_blocks", "reads_as_sentence"]

#: The cleaner's rules that judge a line by Vietnamese prose: a short sentence without
#: Vietnamese narration words (``photo_description``), a caption-like sentence in the head
#: (``head_caption``), the first paragraph a later one restates (``sapo``), and the short lines
#: before the first paragraph (``head``, ``before_body``), which an English lead of a few
#: words is when the cleaner took a later line for the first paragraph.
PROSE_RULES: Final = frozenset({"photo_description", "head_caption", "sapo", "head", "before_body"})
#: The cleaner's prefix for a label its re-reading of the kept lines gave.
_RECHECK: Final = "recheck_"
#: The rule of a block turned back to body.
RULE: Final = "english_prose"
#: A sentence has at least this many words ("Both vowed closer links.").
_MIN_WORDS: Final = 3
# A sentence's last character, before closing quotes or brackets.
_SENTENCE_END: Final = re.compile(r"[.!?…][\"'”’)\]]*$")
# Who stands where in a photo: "(R)", "(L)", "(left)", "(2nd R)", "(second from left)",
# "(centre)", "(front row, right)".
_PHOTO_POSITION: Final = re.compile(
    r"\((?:[\w\s,-]*\s)?(?:l|r|c|left|right|cent(?:re|er)|middle|front|back|droite|gauche"
    r"|centre|milieu)\)",
    re.IGNORECASE,
)


#: The outlet's credit opening a lead the cleaner judged a caption: a dateline with its agency
#: ("Hanoi (VNA) –", "HÀ NỘI (VNS) —", "PARIS (AFP) -") or an agency's acronym or brand
#: ("VNA –", "NDO -", "VNGOVNet –": two capitals first, which no word of prose has), then a
#: dash. The cleaner files it as a byline when it reads the line as the lead; a lead turned back
#: to body here must lose it the same way, or the body opens with the outlet's name.
_LEAD_CREDIT: Final = re.compile(
    r"(?P<credit>(?:[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3},? ?)?\([A-Z][\w.]{1,12}\)"
    r"|(?:[A-ZĐ]{2,}|[A-ZĐ][a-z]+[A-Z])[\w.]*(?: [A-ZĐ][\w.]*){0,2})"
    r" ?[-–—]{1,2} +(?=[^\W\d_]|[\"“])"
)
#: The rule of the byline split off a lead turned back to body.
CREDIT_RULE: Final = "lead_credit"


def reads_as_sentence(text: str) -> bool:
    """A sentence of prose: a few words closed by a full stop, "!" or "?"; not a photo's
    caption that places people in it ("(R)", "(left)")."""
    text = text.strip()
    return (
        len(text.split()) >= _MIN_WORDS
        and _SENTENCE_END.search(text) is not None
        and (")" not in text or _PHOTO_POSITION.search(text) is None)
    )


def _captions_a_photo_above_the_lead(text: str, blocks: Sequence[Block], index: int) -> bool:
    """The block stands above a photo credit ("Photo: VNA") and the paragraph under the credit
    opens as a lead does, with the outlet's credit: the photo came first, the block is its
    caption (the cleaner's own reading of a credit between two paragraphs)."""
    after = blocks[index + 1 : index + 3]
    if len(after) < 2 or after[0].rule.removeprefix(_RECHECK) != "photo_credit":
        return False
    below = after[1]
    return below.rule == CREDIT_RULE or _LEAD_CREDIT.match(text, below.start, below.end) is not None


def _prose_rule(rule: str) -> bool:
    return rule.removeprefix(_RECHECK) in PROSE_RULES


def english_blocks(text: str, blocks: Sequence[Block]) -> Sequence[Block]:
    """``blocks`` with an English page's prose turned back to body (see the module doc);
    ``blocks`` itself when the page is not English or nothing changes."""
    return prose_blocks(text, blocks, blocks_are_english, RULE)


def prose_blocks(
    text: str,
    blocks: Sequence[Block],
    in_language: Callable[[str, Sequence[Block]], bool],
    rule: str,
) -> Sequence[Block]:
    """``blocks`` with the prose of a page in a foreign language (``in_language`` says which)
    turned back to body under ``rule``; ``blocks`` itself when nothing changes."""
    if not any(b.kind != "body" and b.kind != "title" and _prose_rule(b.rule) for b in blocks):
        # No prose judged by Vietnamese wording: nothing to undo. (Most pages; one pass over
        # the blocks, no list built: each language's wrapper asks, on every page.)
        return blocks
    candidates = [b for b in blocks if b.kept or (_prose_rule(b.rule) and b.kind != "title")]
    if not in_language(text, candidates):
        return blocks
    out: list[Block] = []
    changed = False
    lead = True  # no body yet: a block turned back to body here is the lead
    for index, block in enumerate(blocks):
        if (
            not block.kept
            and block.kind != "title"
            and _prose_rule(block.rule)
            and reads_as_sentence(text[block.start : block.end])
            and not _captions_a_photo_above_the_lead(text, blocks, index)
        ):
            credit = _LEAD_CREDIT.match(text, block.start, block.end) if lead else None
            if credit is not None:
                out.append(Block(block.start, credit.end("credit"), "byline", CREDIT_RULE))
                out.append(Block(credit.end(), block.end, "body", rule))
            else:
                out.append(Block(block.start, block.end, "body", rule))
            changed = True
        else:
            out.append(block)
        lead = lead and not out[-1].kept
    return out if changed else blocks
