"""Spotting several articles pasted into one input, which cleaning would silently cut to one.

The boilerplate stage ends an article at its footer and labels everything after it as
related-news boilerplate, so a second article in the same file is dropped without a word.
Splitting pages reliably belongs to the cleaning plugin; the core only warns, in the
document's errors, when the text after the last body paragraph still reads like an article:

* three or more consecutive paragraphs of prose (each at least :data:`PROSE` characters,
  ending a sentence), which related-news lists, whose teasers have one summary each, do not
  have; or
* a bare page stamp line ("16/09/2025 17:02", "Thứ Tư, 19/02/2025") followed by prose, which is
  how a second page begins.

Neither pattern occurs after the body in the repository's single pages (seeds, boilerplate
and held-out pages); the check is tested on concatenations of them.
"""

from __future__ import annotations

import re

from vndiplo.model import Block, Document, PluginError

__all__ = ["PROSE", "RUN", "concatenation_warning"]

PROSE = 120
RUN = 3
#: the characters a paragraph of prose ends on
_SENTENCE_END_CHARS = '.!?…”")'
_STAMP = re.compile(
    r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?\d{1,2}/\d{1,2}/\d{4}"
    r"(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(?GMT[+-]\d+\)?)?",
    re.IGNORECASE,
)


def _prose(doc: Document, block: Block) -> bool:
    if block.end - block.start < PROSE:
        return False  # shorter before stripping, shorter after: spare the slice (most lines)
    text = doc.text[block.start : block.end].strip()
    # the text is stripped: its last character is the one to test
    return len(text) >= PROSE and text[-1] in _SENTENCE_END_CHARS


def concatenation_warning(doc: Document) -> PluginError | None:
    """A warning if text dropped after the body looks like another article, else None."""
    blocks = doc.blocks
    last_body = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kept), None)
    if last_body is None:
        return None
    tail = [b for b in blocks[last_body + 1 :] if b.kind == "boilerplate"]
    # (the length test inline: most tail lines are teaser headlines, shorter than prose)
    prose = [b.end - b.start >= PROSE and _prose(doc, b) for b in tail]
    if True not in prose:
        return None  # both patterns need a paragraph of prose in the tail
    run = 0
    for index, block in enumerate(tail):
        run = run + 1 if prose[index] else 0
        if run >= RUN or (
            any(prose[index + 1 : index + 3])
            and _STAMP.fullmatch(doc.text[block.start : block.end].strip()) is not None
        ):
            start = tail[index - run + 1].start if run >= RUN else block.start
            line = doc.text.count("\n", 0, start) + 1
            return PluginError(
                "vndiplo",
                "vndiplo_clean",
                f"this input seems to hold more than one article: text from line {line} "
                "reads like another article but was left out as boilerplate; give each "
                "article as its own file or JSONL record",
            )
    return None
