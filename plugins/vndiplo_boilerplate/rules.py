"""Line-level signals: what one line of a page looks like on its own.

Each function here reads a single line (already normalised: NFC, one tone-mark style, plain
spaces) and answers one question: is it a timestamp, a photo credit, a source credit, a
proper-name byline, a full sentence? The context rules in :mod:`classify` combine them. All
patterns are compiled once, anchored or bounded, and free of nested quantifiers, so a line
costs linear time whatever it holds.

The signals live in modules of one kind each (:mod:`.line_shapes`, :mod:`.datelines`,
:mod:`.photo_lines`, :mod:`.photo_descriptions`, :mod:`.bylines`, :mod:`.lead_credits`,
:mod:`.leads`, :mod:`.file_names`); this module gathers them under one name.
"""

from __future__ import annotations

from vndiplo_boilerplate.bylines import (
    QUOTE_MIN_WORDS,
    introduces_what_follows,
    is_name_like,
    is_signed_credit,
    is_source_credit,
    opens_unclosed_quote,
)
from vndiplo_boilerplate.datelines import dateline_date, is_dateline

# Photos' file names live in :mod:`.file_names`; they are read through this module.
from vndiplo_boilerplate.file_names import is_file_name, is_image_name
from vndiplo_boilerplate.lead_credits import lead_credit

# The lead's and the sapo's signals live in :mod:`.leads`; they are read through this module.
from vndiplo_boilerplate.leads import (
    SAPO_MAX_WORDS,
    capitalised_words,
    closes_with_date,
    date_opening,
    frame_then_date,
    generic_subject,
    opens_with_date,
    opens_with_invitation,
    reports_visit,
    same_date_opening,
    sapo_shape,
    shared_names,
)
from vndiplo_boilerplate.line_shapes import (
    LONG_WORDS,
    PARAGRAPH_WORDS,
    ends_ellipsis,
    ends_sentence,
    has_letters,
    holds_sentence_break,
    is_breadcrumb,
    is_headline_like,
    is_image_card,
    is_menu,
    is_strong,
)
from vndiplo_boilerplate.photo_descriptions import (
    CLOSING_DAY,
    CLOSING_DAY_EXTRA_WORDS,
    DESCRIPTION_MAX_WORDS,
    closing_day,
    description_word_limit,
    is_photo_description,
    narrates,
)
from vndiplo_boilerplate.photo_lines import (
    CAPTION_MAX_WORDS,
    CREDIT_MAX_WORDS,
    is_photo_anchor,
    photo_caption_rule,
)

__all__ = [
    "CAPTION_MAX_WORDS",
    "CLOSING_DAY",
    "CLOSING_DAY_EXTRA_WORDS",
    "CREDIT_MAX_WORDS",
    "DESCRIPTION_MAX_WORDS",
    "LONG_WORDS",
    "PARAGRAPH_WORDS",
    "QUOTE_MIN_WORDS",
    "SAPO_MAX_WORDS",
    "capitalised_words",
    "closes_with_date",
    "closing_day",
    "date_opening",
    "dateline_date",
    "description_word_limit",
    "ends_ellipsis",
    "ends_sentence",
    "frame_then_date",
    "generic_subject",
    "has_letters",
    "holds_sentence_break",
    "introduces_what_follows",
    "is_breadcrumb",
    "is_dateline",
    "is_file_name",
    "is_headline_like",
    "is_image_card",
    "is_image_name",
    "is_menu",
    "is_name_like",
    "is_photo_anchor",
    "is_photo_description",
    "is_signed_credit",
    "is_source_credit",
    "is_strong",
    "lead_credit",
    "narrates",
    "opens_unclosed_quote",
    "opens_with_date",
    "opens_with_invitation",
    "photo_caption_rule",
    "reports_visit",
    "same_date_opening",
    "sapo_shape",
    "shared_names",
]
