"""From a parsed title to a structured :class:`vndiplo.Role`: organisation, place, country,
former/acting flags and an English gloss.

Why a gloss: users outside Vietnam filter on "Minister of Foreign Affairs" or "Ambassador",
and the Vietnamese forms vary ("Bộ trưởng Ngoại giao", "Bộ trưởng Bộ Ngoại giao", "Ngoại
trưởng"). The gloss comes from the lexicon entry of the title's head, with "Deputy"/"Vice"
for "Phó" and the ministry portfolio for ministers ("Minister of Foreign Affairs").
"""

from __future__ import annotations

import re

import attrs

from vndiplo.model import Role
from vndiplo_titles.complement import TitleParse
from vndiplo_titles.constructions import DASHES, HONORARY_CONSUL
from vndiplo_titles.matcher import Lexicon
from vndiplo_titles.names import Token

__all__ = ["concurrent_part", "role_of", "title_text"]

_SPACES = re.compile(r"\s+")
_PORTFOLIO_GLOSSES = ("Minister", "Deputy Minister")


def _slice(text: str, tokens: list[Token], a: int, b: int) -> str:
    if b <= a:
        return ""
    return _SPACES.sub(" ", text[tokens[a].start : tokens[b - 1].end]).strip()


def title_text(tp: TitleParse, tokens: list[Token], text: str) -> str:
    """The title as written (normalised view, spaces collapsed), modifiers included."""
    return _slice(text, tokens, tp.start, tp.end)


def _gloss(tp: TitleParse, tokens: list[Token], lex: Lexicon) -> str | None:
    base = tp.head.gloss
    if base is None:
        return None
    if base in _PORTFOLIO_GLOSSES:
        j = tp.head_end
        if j < tp.end and tokens[j].fold == "bộ":
            j += 1
        hit = lex.fields.longest(tokens, j, tp.end)
        if hit is not None:
            base = f"{base} of {hit[1]}"
    if "deputy" in tp.modifiers:
        vice = base.startswith(("President", "Chairman"))
        base = f"{'Vice' if vice else 'Deputy'} {base}"
    return base


def role_of(tp: TitleParse, tokens: list[Token], text: str, lex: Lexicon) -> Role:
    """The structured role for one parsed title.

    ``organisation`` runs from the first organisation word to the end of the title (the
    posting "tại Y" left out); ``place`` is the last region named in the title, else the
    posting; ``country`` is the last place's country in the title, else that of a trailing
    locator (", Trung Quốc"), else one the organisation or the title itself fixes.
    """
    end = tp.posting_start if tp.posting_start is not None else tp.end
    organisation: str | None = None
    org_country: str | None = None
    if tp.orgs:
        first = tp.orgs[0][0]
        organisation = _slice(text, tokens, first, end) or None
        org_country = next((o.country for _, o in tp.orgs if o.country), None)
    else:
        for k in range(tp.head_start + 1, tp.head_end):
            hit = lex.orgs.longest(tokens, k, tp.head_end)
            if hit is not None and tokens[k].cap:
                organisation = _slice(text, tokens, k, end) or None
                org_country = hit[1].country
                break
    regions = [p for p in tp.places if p.kind != "country"]
    place = regions[-1].name if regions else (tp.posting[0].name if tp.posting else None)
    country = next((p.country for p in reversed(tp.places) if p.country), None)
    if country is None:
        country = next((p.country for p in tp.locator if p.country), None)
    country = country or org_country or tp.head.country
    if country is not None and country != "VN" and _foreign_pair(tokens, tp.start, end, lex):
        # "Chủ tịch Phòng Thương mại Myanmar - Hoa Kỳ": a body named after two foreign
        # countries may sit in either (or a third); only a pair with Vietnam follows the
        # usage of naming one's own side first ("Hội hữu nghị Lào - Việt Nam")
        country = None
    if tp.head.title.lower().startswith(HONORARY_CONSUL):
        # a national of the host country: the posting's country, else the locator's
        host = [p.country for p in (*tp.posting, *tp.locator) if p.country]
        country = host[0] if host else country
    return Role(
        title=title_text(tp, tokens, text),
        organisation=organisation,
        place=place,
        country=country,
        former="former" in tp.modifiers,
        acting="acting" in tp.modifiers,
        gloss=_gloss(tp, tokens, lex),
    )


def _foreign_pair(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """Do ``tokens[start:end]`` name two countries joined by a dash, neither Vietnam, and no
    "Việt" ("Myanmar - Hoa Kỳ", "Ấn Độ-Nhật Bản"; not "Lào - Việt Nam", "Nhật-Việt")?"""
    if any(t.fold == "việt" for t in tokens[start:end]):
        return False
    last: tuple[int, str] | None = None  # end and country of the last country read
    i = start
    while i < end:
        hit = lex.places.longest(tokens, i, end) if tokens[i].cap else None
        if hit is None:
            i += 1
            continue
        if hit[1].kind == "country" and hit[1].country:
            if last is not None and last[0] + 1 == i and tokens[last[0]].text in DASHES:
                return hit[1].country != last[1]
            last = (i + hit[0], hit[1].country)
        i += hit[0]
    return False


def concurrent_part(tp: TitleParse) -> TitleParse | None:
    """The title after "kiêm" inside ``tp`` ("Phó Thủ tướng kiêm *Bộ trưởng Ngoại giao*"),
    parsed as a title of its own (the person holds it too), or None. Pages write the office
    either way, whole or apart; the whole stays the title as written."""
    if tp.concurrent is None:
        return None
    start, head = tp.concurrent
    return attrs.evolve(
        tp,
        start=start,
        head=head.info,
        head_start=start + head.core,
        head_end=start + head.length,
        modifiers=set(head.modifiers),
        orgs=[o for o in tp.orgs if o[0] >= start],
        posting_start=tp.posting_start if (tp.posting_start or -1) >= start else None,
        owner_start=tp.owner_start if (tp.owner_start or -1) >= start else None,
        concurrent=None,
    )
