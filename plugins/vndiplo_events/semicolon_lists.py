"""Lists of people whose items ";" separates: "có: Bí thư Tỉnh ủy A; Phó Bí thư B; Chủ tịch
UBND tỉnh C", "hội kiến với Tổng Bí thư A; Thủ tướng Lào B". Each item opens on its titles
and the name; an item with nobody named ("đại diện các sở, ngành") or opening on a clause ends
the list."""

from __future__ import annotations

import re
from typing import Final

from vndiplo_events.view import ArticleView, Mention

__all__ = ["list_items", "opens_item"]

#: an item's opening before its name: an honorific or titles, no clause break nor verb
_ITEM_OPENING: Final = re.compile(
    r"\s*(?:và\s+)?(?:(?!(?<!\w)(?:đã|sẽ|đang|vừa|cùng|cho|là|sau|tiếp|rồi|trong|khi|tại)(?!\w))[^,;.:()\"\u201c\u201d]){0,80}"
)


#: what may follow an item's name: its end, titles in apposition, companions; a verb makes
#: the item a clause ("; Bộ trưởng B cũng có mặt")
_ITEM_TAIL: Final = re.compile(r"\s*(?:[,(\-\u2013\u2014.]|(?:và|cùng)(?!\w)|$)")


def opens_item(view: ArticleView, semicolon: int, mention: Mention) -> bool:
    """``mention`` is the name of the item that opens after the ";" at ``semicolon``."""
    low = view.lower
    following = low.find(";", mention.end)
    end = len(low) if following == -1 else following
    return (
        _ITEM_OPENING.fullmatch(low, semicolon + 1, mention.start) is not None
        and _ITEM_TAIL.match(low, mention.end, end) is not None
    )


def list_items(
    view: ArticleView, first: Mention, limit: int, *, joined: bool = False
) -> list[Mention]:
    """``first`` and the name opening each ";"-item that follows it, up to ``limit``.
    ``joined``: also the name "và" adds at an item's end ("có: A; B và C", "có A và B")."""
    text = view.text
    items = [first]
    pos = text.find(";", first.end, limit)
    if joined:
        items += _joined(view, first, limit if pos == -1 else pos)
    while pos != -1:
        following = text.find(";", pos + 1, limit)
        item_end = limit if following == -1 else following
        named = view.mentions_in(pos + 1, item_end)
        if not named or not opens_item(view, pos, named[0]):
            break
        items.append(named[0])
        if joined:
            items += _joined(view, named[0], item_end)
        pos = following
    return items


#: "và" then the joined name's honorific or titles, no clause break nor verb ("và Phó Chủ
#: tịch UBND tỉnh C", "và đồng chí C, ..."): a last item written with "và" instead of ";"
_NO_VERB: Final = r"(?!(?<!\w)(?:đã|sẽ|đang|vừa|cùng|cho|là|sau|tiếp|rồi|trong|khi|tại)(?!\w))"
_AND_ITEM: Final = re.compile(
    r"(?:" + _NO_VERB + r"[^;.:()\"\u201c\u201d]){0,100}?(?<!\w)và\s+"
    r"(?:" + _NO_VERB + r"[^,;.:()\"\u201c\u201d]){0,80}"
)


def _joined(view: ArticleView, item: Mention, end: int) -> list[Mention]:
    """The names "và" joins to ``item`` before ``end``, each opening on titles only."""
    low = view.lower
    out = []
    start = item.end
    for mention in view.mentions_in(item.end, end):
        if _AND_ITEM.fullmatch(low, start, mention.start) is None:
            break
        if _ITEM_TAIL.match(low, mention.end, end) is None:
            break
        out.append(mention)
        start = mention.end
    return out
