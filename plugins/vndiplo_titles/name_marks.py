"""Marks around a name: what the tokens right before, inside and after a capitalised run say
about the name (a regnal number, its original spelling or country in brackets, a name spelt in
separate syllables, a building noun before a title), for :mod:`.chains`.

They read the tokens and the lexicon only, never the parse so far, like :mod:`.cursor`.
"""

from __future__ import annotations

from vndiplo_titles.act_clauses import PHRASE_WORDS
from vndiplo_titles.complement import TitleParse
from vndiplo_titles.constructions import (
    ABBREVIATED_TITLES,
    APPOSITIVE,
    BUILDING_NOUNS,
    BUILDING_UNLESS_AFTER,
    CONJUNCTION,
    DASHES,
    DHARMA_NAME,
    GENERATIONAL,
    MEMORIAL_CLAUSE_WORDS,
    MEMORIAL_ENDS,
    MEMORIAL_REACH,
    REGNAL_GLOSSES,
    ROMAN,
    VENUE_ENDS,
)
from vndiplo_titles.cursor import Cursor
from vndiplo_titles.names import (
    MAX_FOREIGN,
    MAX_VIETNAMESE,
    initial_dot,
    is_vietnamese_syllable,
    looks_foreign,
    particles_at,
)

__all__ = ["MAX_SPELT", "NameMarks"]

#: Longest name spelt in separate syllables after an honorific ("Xổm Phon Vông Khăm A Lạt Sỉ
#: Na", Lao names as provincial outlets write them).
MAX_SPELT = 8

#: Most lower-case syllables after one capitalised syllable of a name spelt so ("Phôm ma chăn").
_SPELT_LOWER = 3

#: Lower-case words that join or relate names ("Nam và Hùng"), or open the verbs of speech
#: and representation that follow a subject's name ("thay mặt", "nhấn mạnh", "phát biểu"):
#: never a syllable of a name spelt in syllables.
_NOT_SYLLABLES = PHRASE_WORDS | {"hoặc", "hay", "là"} | {
    "thay", "nhấn", "khẳng", "phát", "chúc", "cảm", "đề", "nêu", "bày", "đánh", "chủ",
}  # fmt: skip

#: Vowel letters (folded, tone marks kept as written): an acronym has few of them.
_VOWELS = frozenset("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


class NameMarks(Cursor):
    """:class:`~.cursor.Cursor` with the predicates about the marks around a name and the
    words that close or list names."""

    def spelt_syllables_name(self, j: int, end: int) -> bool:
        """ "đồng chí Xổm Phết Vông Xay A Mạt, Phó Chủ tịch ...": a Lao or Khmer name spelt in
        separate Vietnamese syllables runs longer than a Vietnamese one. Taken whole when it
        opens with no Vietnamese family name, has at most :data:`MAX_SPELT` syllables and an
        apposed title closes it."""
        t = self.t
        return (
            end - j <= MAX_SPELT
            and t[j].fold not in self.lex.surnames
            and end + 1 < self.n
            and t[end].text in APPOSITIVE
            and self.head_at(end + 1) is not None
        )

    def lower_spelt_end(self, j: int, end: int) -> int | None:
        """ "đồng chí Khăm phon Phôm ma chăn, Tỉnh trưởng ...": a Lao or Khmer name whose
        words are spelt in syllables, each word's first capitalised and the rest in lower
        case. The capitalised run ``t[j:end]`` goes on there over lower-case syllables; where
        the name ends, or None. Taken only when it opens with no Vietnamese family name, has
        two capitalised words or more, no verb or function word, at most
        :data:`MAX_SPELT` syllables, and an apposed title closes it."""
        t, lex = self.t, self.lex
        if end >= self.n or t[end].cap or not t[end].word or t[j].fold in lex.surnames:
            return None
        k, caps, lower = j, 0, 0  # ``lower``: lower-case syllables since the last capital
        while k < self.n and k - j < MAX_SPELT:
            tok = t[k]
            if not tok.word or tok.acronym or not is_vietnamese_syllable(tok.text):
                break
            if tok.cap:
                if k > j and (
                    self.head_at(k) is not None
                    or lex.orgs.longest(t, k) is not None
                    or lex.places.longest(t, k) is not None
                ):
                    return None
                caps, lower = caps + 1, 0
            elif (
                lower >= _SPELT_LOWER
                or self.stop_at(k)
                or tok.fold in _NOT_SYLLABLES
                or lex.fields.longest(t, k) is not None
            ):
                return None
            else:
                lower += 1
            k += 1
        if caps < 2 or k + 1 >= self.n or t[k].text not in APPOSITIVE:
            return None
        return k if self.head_at(k + 1) is not None else None

    def capitals_surname(self, j: int) -> bool:
        """ "ông TANAKA Hiroshi": a family name in capitals (as Japanese and French usage
        writes it), then a capitalised given name; not an organisation's acronym ("UBND",
        "MTTQ": fewer than two vowels) nor one before a place or organisation."""
        t = self.t
        return (
            j + 1 < self.n
            and t[j].text.isalpha()
            and sum(c in _VOWELS for c in t[j].fold) >= 2
            and t[j + 1].cap
            and not t[j + 1].acronym
            and self.lex.orgs.longest(t, j) is None
            and self.lex.orgs.longest(t, j + 1) is None
            and self.lex.places.longest(t, j + 1) is None
        )

    def dash_chain_goes_on(self, k: int) -> bool:
        """Does a dash at ``k`` open one more title of a dash-separated chain?"""
        return k + 1 < self.n and self.t[k].text in DASHES and self.head_at(k + 1) is not None

    def regnal_end(self, tp: TitleParse, e: int, a: int | None = None) -> int:
        """ "Giáo hoàng Gioan 23", "Vua Louis XIV": a pope's or monarch's regnal number is
        part of the name, and so is a Latin given name after it. Any office holder's Roman
        generational suffix after a Latin name of two words or more is too ("Tổng thống
        Benito Aquino III"). Returns the name's end."""
        if e >= self.n:
            return e
        tok = self.t[e].text
        if tp.head.gloss not in REGNAL_GLOSSES:
            return e + 1 if a is not None and self._generational(a, e) else e
        regnal = (tok.isdigit() and len(tok) <= 2) or (len(tok) <= 5 and set(tok) <= ROMAN)
        if not regnal:
            return e
        after = self.t[e + 1] if e + 1 < self.n else None
        if after is not None and after.cap and not after.acronym and looks_foreign([after]):
            return e + 2  # "Quốc vương Aldric XIV Benedek": a second given name after the number
        return e + 1

    def _generational(self, a: int, e: int) -> bool:
        """Is ``t[e]`` a Roman suffix ("II", "III", "IV") closing the Latin name ``t[a:e]``
        of two words or more, no capitalised word after it ("Hội nghị II Hà Nội" is none)?"""
        if self.t[e].text not in GENERATIONAL or e - a < 2 or not looks_foreign(self.t[a:e]):
            return False
        after = self.t[e + 1] if e + 1 < self.n else None
        return after is None or not after.cap

    def regnal(self, tp: TitleParse, a: int, e: int) -> bool:
        """Does the name ``t[a:e]`` end with a Roman number that belongs to it, a monarch's
        ("Nhà vua Aldric V", "Quốc vương Aldric XIV") or a generational suffix ("Aquino
        III")?"""
        tok = self.t[e - 1].text
        if tp.head.gloss not in REGNAL_GLOSSES:
            return e - a >= 3 and tok in GENERATIONAL
        return e - a >= 2 and set(tok) <= ROMAN

    def original_spelling(self, j: int) -> int:
        """After a transliterated name, "(Camila Melander)": the name as spelt at home, in
        capitalised Latin words, particles between them ("(Tomasio Benedito da Lima)"); the
        index after ")", or ``j``."""
        k = j + 1
        while k < self.n and k - j <= MAX_FOREIGN + 2:
            if initial_dot(self.t, k, self.n):
                k += 1  # "(Michael W. Michalak)": a middle initial's dot
                continue
            if not self.t[k].word:
                break
            if not self.t[k].cap:
                nxt = particles_at(self.t, k, self.n)
                if nxt == k or k == j + 1:
                    break
                k = nxt
            k += 1
        if k - j < 2 or k >= self.n or self.t[k].text != ")":
            return j
        words = [tok for tok in self.t[j + 1 : k] if tok.word]
        return k + 1 if looks_foreign(words) else j

    def building(self, start: int) -> bool:
        """Does a building noun open the title at ``start`` ("Dinh Tổng thống", "Phủ Chủ
        tịch")? What follows is the building's name, not a person's."""
        if start == 0:
            return False
        if self.t[start - 1].fold not in BUILDING_NOUNS:
            return self.memorial(start)
        return start < 2 or self.t[start - 2].fold != BUILDING_UNLESS_AFTER

    def memorial(self, start: int) -> bool:
        """Does a memorial's or site's noun end right before ``start``, or before a "của"
        after a few lower-case words that describe it (see ``MEMORIAL_ENDS``)? Before "của"
        the noun must be capitalised inside its sentence (at a sentence's or clause's start a
        capital names nothing), and the words must describe the site, not tell a clause about
        it ("Tượng đài được khánh thành với sự tham dự của Chủ tịch X": a person met)."""
        t = self.t
        end = start
        if t[start - 1].fold == "của":
            end = start - 1
            while end > 0 and start - end <= MEMORIAL_REACH and not self._ends_memorial(end):
                prev = t[end - 1]
                if not prev.word or prev.cap or prev.fold in MEMORIAL_CLAUSE_WORDS:
                    return False
                end -= 1
            if not self._ends_memorial(end):
                return False
            head = next((i for i in range(end - 1, max(-1, end - 5), -1) if t[i].cap), 0)
            return head > 0 and t[head - 1].word
        return self._ends_memorial(end)

    def _ends_memorial(self, end: int) -> bool:
        # capitalised, the noun opens a site's proper name ("Lăng Chủ tịch X"); in lower case
        # ("tượng đài cố Quốc vương X") it describes a statue of a person the article names
        # ("Khu di tích", "Nhà lưu niệm": the head noun before the listed words counts)
        lo = max(0, end - 3)
        words = self.t[lo:end]
        folds = tuple(tok.fold for tok in words)
        return any(
            folds[k:] in MEMORIAL_ENDS and (words[k].cap or (lo + k > 0 and self.t[lo + k - 1].cap))
            for k in range(len(folds))
        )

    def after_venue(self, start: int) -> bool:
        """Does a venue's noun end right before ``start`` ("khách sạn", "tòa nhà")? The
        capitalised run from ``start`` is then the venue's name."""
        folds = tuple(tok.fold for tok in self.t[max(0, start - 3) : start])
        return any(folds[k:] in VENUE_ENDS for k in range(len(folds)))

    def bracketed_country(self, e: int, titles: list[TitleParse]) -> int:
        """ "Nhà vua Aldric V (Na Uy)": a country in brackets right after a titled name
        locates the last title; the index after ")", or ``e``."""
        if not titles or e >= self.n or self.t[e].text != "(":
            return e
        inner = self.parenthesis(e)
        if inner is None or inner[1] is None:
            return e
        titles[-1].locator.append(inner[1])
        return inner[0] + 1

    def abbreviation_names(self, tp: TitleParse, name: tuple[int, int]) -> bool:
        """Does the name after ``tp`` stand, when ``tp`` is an abbreviation ("TT Bush", not
        "TT Phú Bài", a town): it must open with a family name or look foreign."""
        if self.t[tp.head_start].fold not in ABBREVIATED_TITLES:
            return True
        a, b = name
        first = self.t[a].fold
        return first in self.lex.surnames or first == DHARMA_NAME or looks_foreign(self.t[a:b])

    def closes_name(self, end: int) -> bool:
        """Does the token at ``end`` close an apposed name: ",", ".", ";", "và" before
        another title, or a verb ("Thủ tướng Thái Lan, Srettha Thavisin và Thủ tướng ...",
        "..., Lê Văn Tâm ký ...")?"""
        t = self.t
        if t[end].text in (",", ".", ";"):
            return True
        if t[end].fold == CONJUNCTION:
            return end + 1 < self.n and self.head_at(end + 1) is not None
        return t[end].word and not t[end].cap and self.stop_at(end)

    def repeats_comrade(self, j: int, end: int) -> bool:
        """ "đồng chí X, đồng chí Y, nguyên Tổng Bí thư": is the name at ``j`` introduced by
        "đồng chí" and followed by ", đồng chí" and another name?"""
        return (
            j >= 2
            and self.comrade_at(j - 2)
            and end + 3 < self.n
            and self.t[end].text == ","
            and self.comrade_at(end + 1)
        )

    def latin_listed(self, j: int) -> bool:
        """Is a Latin name of two words or more ("Peter Nguyễn"), no title, place or body,
        at ``j``?"""
        t = self.t
        if not t[j].cap or t[j].acronym or self.head_at(j) is not None:
            return False
        if self.lex.places.longest(t, j) is not None or self.lex.orgs.longest(t, j) is not None:
            return False
        end = self.cap_run_end(j)
        return 2 <= end - j <= MAX_FOREIGN and looks_foreign(t[j:end])

    def listed_name(self, j: int) -> bool:
        """Is a name of the list (a Vietnamese one, opening with a family name) at ``j``?"""
        t = self.t
        if not t[j].cap or t[j].acronym or t[j].fold not in self.lex.surnames:
            return False
        if self.head_at(j) is not None or self.lex.places.longest(t, j) is not None:
            return False
        return 2 <= self.cap_run_end(j) - j <= MAX_VIETNAMESE
