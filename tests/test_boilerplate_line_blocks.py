"""The cleaner's unvalidated Block maker builds the same Block as the validating constructor."""

from __future__ import annotations

from vndiplo_boilerplate.clean import _line_block, _unvalidated_blocks

from vndiplo.model import Block


def test_the_fast_maker_is_in_use_and_equals_the_constructor() -> None:
    assert _unvalidated_blocks() is not None  # Block is still the slotted four-field class
    made, built = _line_block(3, 17, "body", "paragraph"), Block(3, 17, "body", "paragraph")
    assert type(made) is Block
    assert made == built and hash(made) == hash(built)
    assert made.to_dict() == built.to_dict() and made.kept
