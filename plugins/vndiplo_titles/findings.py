"""What the title scan finds in a block: a name with the titles attached to it at a mention
(:class:`Finding`), or a title with no name after it (:class:`BareTitle`). See
:mod:`vndiplo_titles.chains`."""

from __future__ import annotations

from attrs import define, field

from vndiplo_titles.complement import TitleParse

__all__ = ["BareTitle", "Finding"]


@define
class Finding:
    """A name (token range) with the titles attached to it at this mention."""

    name_start: int
    name_end: int
    titles: list[TitleParse] = field(factory=list)
    honorific_foreign: bool = False
    #: Introduced by an honorific ("ông", "bà", "đồng chí"): an apposed title may be lower case.
    honorific: bool = False
    #: A monarch's name ending with a regnal number ("Aldric V"): no initial to trim.
    regnal: bool = False


@define
class BareTitle:
    """A title with no name after it; ``linkable`` is false for plural or role-noun uses;
    ``capacity`` is true after "trên cương vị", "đảm nhiệm chức vụ" ... (a title of the
    person the sentence is about, see :mod:`vndiplo_titles.merge`)."""

    title: TitleParse
    linkable: bool
    capacity: bool = False
    #: A title in lower case alone ("tổng thống Nam Phi dự lễ"): a reference back to the
    #: person the page named with that office, else a common noun, never placed otherwise.
    holder_only: bool = False
    #: The token where the chain of titles this one is part of opens ("Ủy viên ..., Phó Chủ
    #: tịch ..."), or -1 when unknown: what stands before the chain speaks for each title.
    chain_start: int = -1
