"""Names of Vietnam's ethnic minorities of the Central Highlands and the Mekong delta ("Y Kla
Niê", "H'Yim Kđoh", "Ksor Phước Hà", "Danh Út"): words Vietnamese could not spell ("Kđăm")
do not make such a name foreign."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # names.py reads the clans here: a runtime import would be circular
    from vndiplo_titles.names import Token

__all__ = ["ethnic_clan", "ethnic_vietnamese"]

#: First words of such names: the Ê Đê men's "Y" and women's "H'", the Jrai, Stiêng and Khmer
#: family names written first ("Ksor", "Siu", "Rơ Mah", "Điểu", "Danh", "Thạch").
_OPENERS: Final = frozenset(
    {"y", "h'", "ksor", "siu", "rơ", "rah", "nay", "kpă", "rmah", "rcom", "điểu", "danh"}
    | {"thạch"}
)
#: Ê Đê and Jrai clan names, written last ("Niê Kđăm", "Mlô", "Byă").
_CLANS: Final = frozenset(
    {"niê", "mlô", "êban", "byă", "knul", "ayun", "adrơng", "hđơk", "kđoh", "êñuôl"}
    | {"mdrang", "kbuôr", "ktla", "buôn", "kpơr", "rcom", "kdoh"}
)


def ethnic_clan(words: list[Token]) -> bool:
    """Does any of ``words`` name an Ê Đê or Jrai clan ("Niê", "Mlô")?"""
    return any(t.fold in _CLANS for t in words)


def ethnic_vietnamese(name: list[Token]) -> bool:
    """Is ``name`` (its tokens, two words or more) an ethnic-minority Vietnamese name?"""
    words = [t.fold for t in name if t.word]
    if len(words) < 2:
        return False
    first = words[0]
    # "K'sor": the Jrai family name is also written with an apostrophe after its first letter
    bare = first.replace("'", "").replace("\u2019", "")
    return (
        first in _OPENERS
        or bare in _OPENERS
        or first.startswith("h'")
        or any(w in _CLANS for w in words[1:])
    )
