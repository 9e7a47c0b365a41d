"""Predicates over one window's tokens: where a title starts, where a capitalised run ends,
whether a word stops a title, and the few look-aheads the complement of a title needs.

They read only the tokens and the compiled lexicon, never the parse so far; the parse itself
is in :mod:`.complement` (one title) and :mod:`.chains` (titles and names in a row).
"""

from __future__ import annotations

import re

from attrs import define, field

from vndiplo_titles.constructions import (
    ACADEMIC_DEGREES,
    COMRADE,
    CONCURRENTLY,
    CONJUNCTION,
    DASHES,
    DEICTIC_COUNTRY,
    HONORIFIC_WORDS,
    INNER_PHRASES,
    LOWER_CASE_DEGREES,
    LOWER_MIDDLE_NAMES,
    NEW_IN_OFFICE,
    NOT_LOWER_CASE_TITLES,
    NOT_MODIFIER_AFTER,
    NOT_NAME_PAIRS,
    NOT_TITLE_AFTER,
    ORIGIN,
    SEAT_NOUNS,
    TITLES_BEFORE_A_BODY,
)
from vndiplo_titles.lexicon import ADMIN_WORDS, PLURAL_MARKERS, STOP_BIGRAMS, STOP_WORDS
from vndiplo_titles.lower_name_words import broken_hyphen_end, lower_latin_end
from vndiplo_titles.matcher import Lexicon, PlaceInfo, TitleInfo
from vndiplo_titles.names import (
    MAX_VIETNAMESE,
    VIETNAMESE_PARTICLES,
    Token,
    closing_initials,
    initial_dot,
    is_vietnamese_syllable,
    looks_foreign,
    particles_at,
    transliterated,
)

__all__ = ["Cursor", "Head"]

#: A Vietnamese office written as the initials of its words: "TVTU" (Thường vụ Tỉnh ủy),
#: "UVBTV" (Ủy viên Ban Thường vụ), "PBT" (Phó Bí thư), "TUV" (Tỉnh ủy viên). Built from
#: the initials of the words offices are made of, so a firm's or a body's letters ("FPT",
#: "ABB", "IMF") never read as one.
#: Words the body after an office's initials may hold ("UV BCH TƯ Đảng").
_ABBREVIATED_BODY = 4

_OFFICE_INITIALS = re.compile(
    r"(?:P|UV|TV|TT|BT|CT|GĐ|TUV|TU|HUV|HU|ĐUV|ĐU|TW|QH|ĐB|BCH|BCS|BTV|UB|KT)+"
)


#: Most words of the region's name in "(tỉnh Chiba, Nhật Bản)".
_LOCATED_WORDS = 3

#: Lengths in words of a lower-case owner title after "của" ("tổng thống", "chủ tịch nước",
#: "phó tổng thống"): see ``Cursor.lower_case_title``.
_OWNER_LENGTHS = (2, 3, 4)


@define
class Head:
    """A title word with its modifiers: ``length`` tokens in all, ``core`` of them modifiers
    before the title word itself ("Phó Thủ tướng": core 1)."""

    length: int
    info: TitleInfo
    modifiers: set[str] = field(factory=set)
    core: int = 0


#: The spouse titles, folded ("phu nhân", "phu quân").
_SPOUSES = frozenset({("phu", "nhân"), ("phu", "quân")})

#: A state's style before its country's name ("Cộng hòa Slovakia", "Vương quốc Bỉ").
_STATE_STYLES = frozenset(
    {("cộng", "hòa"), ("cộng", "hoà"), ("vương", "quốc"), ("liên", "bang"), ("nhà", "nước")}
)
_STATE_STYLE_WORDS = frozenset({"ch", "nước"})


#: "tức" (that is) opening a gloss in brackets: "(tức Hạ viện)".
_THAT_IS = "tức"
#: How many words such a gloss may hold.
_GLOSS_WORDS = 4


class Cursor:
    """The tokens of one window and the lexicon, with the predicates the parser asks."""

    def __init__(self, tokens: list[Token], lex: Lexicon) -> None:
        self.t = tokens
        self.n = len(tokens)
        self.lex = lex
        #: A title being read is apposed to a name just read ("ông X, Tỉnh trưởng tỉnh ...").
        self.named = False
        #: The chain of that name already holds a territory ("ông X, Tỉnh trưởng tỉnh A, ...").
        self.placed = False

    def head_at(self, i: int) -> Head | None:
        """A title (with modifiers) starting at token ``i``, or None."""
        if i >= self.n or self.t[i].fold not in self.lex.title_starts:
            return None
        if i > 0 and (self.t[i - 1].fold, self.t[i].fold) in NOT_TITLE_AFTER:
            return None  # "Đoàn đại biểu Quốc hội": a delegation, no deputy
        mods: set[str] = set()
        j = i
        last_mod = -1  # where the last modifier starts
        while j < self.n:
            tok = self.t[j]
            if not tok.word:
                return None
            hit = self.lex.titles.longest(self.t, j)
            # a title word is capitalised, or follows a capitalised modifier, in any case
            # ("Phó bí thư", "Phó thủ tướng", "Quyền bộ trưởng": outlets differ)
            if hit is not None and (
                tok.cap
                or (last_mod >= 0 and self.t[last_mod].cap)
                or self.lower_case_title(i, j - i + hit[0])
            ):
                org = self.lex.orgs.longest(self.t, j)
                if org is not None and org[0] > hit[0]:
                    return None  # "Đại sứ quán" is a place of work, not an ambassador
                end = j + hit[0]
                if hit[1].title.lower() in TITLES_BEFORE_A_BODY and not (
                    end < self.n and self.t[end].cap
                ):
                    return None
                # a capitalised modifier before it opens the title ("Nguyên Trưởng Ban")
                inside_run = j > 0 and self.t[j - 1].cap and last_mod != j - 1
                if hit[1].has_lower and inside_run and all(x.cap for x in self.t[j : j + hit[0]]):
                    return None  # "Trung Quốc Vương Nghị" holds no "Quốc vương"
                if inside_run and hit[1].title.isupper():
                    return None  # "APEC CEO Summit": an acronym inside a name is the name's
                return Head(j - i + hit[0], hit[1], mods, j - i)
            mod = self.lex.modifiers.longest(self.t, j)
            if mod is None or j - i > 3:
                return None
            if j > 0 and (self.t[j - 1].fold, tok.fold) in NOT_MODIFIER_AFTER:
                return None  # "chính quyền Tổng thống": no "quyền" (acting)
            if mod[1] == NEW_IN_OFFICE and tok.cap and self.name_goes_on(j):
                return None  # "Trần Lập Tân Tổng lãnh sự": a name's last syllable, not "new"
            mods.add(mod[1])
            last_mod = j
            j += mod[0]
        return None

    def name_goes_on(self, j: int) -> bool:
        """Could the capitalised word at ``j`` end a name? Only after a capitalised word or an
        honorific ("ông Tân"); at a sentence's start or after a dash or comma "Tân Đại sứ" is
        "the new ambassador"."""
        if j == 0:
            return False
        before = self.t[j - 1]
        return before.word and (before.cap or before.fold in HONORIFIC_WORDS)

    def degree_at(self, i: int) -> bool:
        """Is ``t[i]`` an academic degree abbreviated before a name ("GS.TS", "ThS")?"""
        tok = self.t[i]
        return tok.word and tok.text[:1].isupper() and tok.fold in ACADEMIC_DEGREES

    def list_entry_start(self, i: int) -> bool:
        """Does ``t[i]`` open an entry of a list: the first token, or right after a number
        and "." or ")" that open the entry ("2. Bí thư ...", "3) Giám đốc ...")?"""
        if i == 0:
            return True
        t = self.t
        if i < 2 or t[i - 1].text not in (".", ")") or not t[i - 2].text.isdigit():
            return False
        return len(t[i - 2].text) <= 3 and (i == 2 or not t[i - 3].word)

    def unknown_abbreviation(self, k: int) -> bool:
        """Does an abbreviated office the lexicon does not know start at ``k`` (see
        :meth:`abbreviation_end`)?"""
        return self.abbreviation_end(k) > k

    def abbreviation_end(self, k: int) -> int:
        """ "Lê Văn A, TVTU, Phó Chủ tịch ...", "Hà Văn B, UVTV TƯ Đoàn, Bí thư ...": an
        office's initials the lexicon does not know, maybe with the body it sits on written
        after them (capitalised words and initials: "TƯ Đoàn", "BCH TƯ Đảng", "Tỉnh ủy"),
        between two commas inside an apposition, a title after it. A local abbreviation of
        an office (a standing committee's member), so a title of the person, not the end of
        the apposition. Where the office ends (at the comma), or ``k`` when there is none."""
        t = self.t
        if k < 1 or k + 2 >= self.n or t[k - 1].text != ",":
            return k
        tok = t[k]
        if not (tok.word and tok.acronym) or len(tok.text) < 2 or self.degree_at(k):
            return k
        if self.lex.orgs.longest(t, k) is not None or self.lex.places.longest(t, k) is not None:
            return k
        if _OFFICE_INITIALS.fullmatch(tok.text) is None:
            return k
        end = k + 1
        while end < self.n and end - k <= _ABBREVIATED_BODY and t[end].text != ",":
            if not (t[end].word and (t[end].cap or t[end - 1].cap)):
                return k  # "UV BCH", "Tỉnh ủy": initials and capitals; prose ends it
            end += 1
        if end + 1 >= self.n or t[end].text != "," or self.head_at(end + 1) is None:
            return k
        return end

    def any_case_head(self, i: int) -> Head | None:
        """A title of the lexicon at ``i`` in whatever case, without modifiers: what may
        stand in apposition to a name an honorific introduced ("ông X, nghị viên thành phố
        ..."), where a lower-case title is no common noun. None for a title that ends the
        window, or one that is the start of an organisation ("đại sứ quán"). Modifiers
        before it in lower case too ("phó tư lệnh ...") are part of it."""
        mods: set[str] = set()
        j = i
        hit = self.lex.titles.longest(self.t, j) if j < self.n else None
        while hit is None and j < self.n and j - i <= 2:
            mod = self.lex.modifiers.longest(self.t, j)
            if mod is None:
                return None
            mods.add(mod[1])
            j += mod[0]
            hit = self.lex.titles.longest(self.t, j) if j < self.n else None
        if hit is None or j + hit[0] >= self.n:
            return None
        if hit[1].title.lower() in TITLES_BEFORE_A_BODY and not self.t[j + hit[0]].cap:
            return None
        org = self.lex.orgs.longest(self.t, j)
        if org is not None and org[0] > hit[0]:
            return None
        return Head(j - i + hit[0], hit[1], mods, j - i)

    def lower_case_title(self, j: int, length: int) -> bool:
        """Is ``t[j:j+length]`` a title written in lower case before a capitalised word
        ("đại tướng Lê Văn A", "chủ tịch UBND tỉnh X", "bộ trưởng ngoại giao X")?

        Any title of the lexicon may be written so mid-sentence ("Chiều 5/3, thủ tướng ...");
        it opens a title only where a capital follows, maybe after a field in lower case
        ("ngoại giao"), and :meth:`~vndiplo_titles.chains._Parser.chain` keeps it only when it
        reads a name: a lower-case title alone ("các bộ trưởng", "chủ tịch luân phiên") is a
        common noun, never a bare title."""
        end = j + length
        after = end + 1 if end + 1 < self.n and self.t[end].fold == "của" else end
        # "người đồng cấp của Đức Hans Weber": an owner may stand before the capital
        if after == end + 1 and not self.t[after].cap:
            # "người phát ngôn của tổng thống Pháp Marie A": the owner, a lower-case title
            return tuple(x.fold for x in self.t[j:end]) not in NOT_LOWER_CASE_TITLES and any(
                self.lower_case_title(after, k) for k in _OWNER_LENGTHS
            )
        if after == end:
            after = self._lower_complement_end(end)
        if after >= self.n:
            return False
        if not self.t[after].cap:
            # "phó thủ tướng kiêm bộ trưởng ngoại giao X": "kiêm" joins a second title, which
            # must itself open a name (see ``complement_lower.concurrently``)
            return (
                self.t[after].fold == CONCURRENTLY
                and tuple(x.fold for x in self.t[j:end]) not in NOT_LOWER_CASE_TITLES
                and self.head_at(after + 1) is not None
            )
        if j > 0 and self.t[j - 1].fold in HONORIFIC_WORDS and after == end:
            return True  # "bà thứ trưởng Lê Thị A", "ông bộ trưởng Bộ Y tế ..."
        folds = tuple(x.fold for x in self.t[j:end])
        if folds in LOWER_CASE_DEGREES and after == end:
            return self._vietnamese_name_at(after)  # "luật sư Lê Văn A", not "tiến sĩ Úc"
        if folds in _SPOUSES and after == end:
            return self._apposed_spouse(end)
        return folds not in NOT_LOWER_CASE_TITLES

    def _apposed_spouse(self, k: int) -> bool:
        """Does the husband's office at ``k`` after a lower-case "phu nhân" end at a comma
        and an honorific naming her ("phu nhân Tổng thống Hàn Quốc, bà X")? Then "phu nhân
        ..." is her title, written whole as a capitalised "Phu nhân" is; before a name
        ("phu nhân Thủ tướng Lê Văn A") the office stays the husband's."""
        head = self.head_at(k)
        if head is None:
            return False
        k += head.length
        while k < self.n and self.t[k].cap and self.t[k].word:
            k += 1
        return (
            k + 1 < self.n
            and self.t[k].text == ","
            and self.t[k + 1].fold in HONORIFIC_WORDS
            and self.t[k + 1].fold != "ngài"
        )

    def _vietnamese_name_at(self, k: int) -> bool:
        """Does a Vietnamese full name (a listed family name, two to five capitalised words,
        no place) start at ``k``?"""
        t = self.t
        if t[k].fold not in self.lex.surnames or self.lex.places.longest(t, k) is not None:
            return False
        return 2 <= self.cap_run_end(k) - k <= MAX_VIETNAMESE

    def _lower_complement_end(self, k: int) -> int:
        """Past the lower-case words a title's complement may open with before its first
        capital: a field ("ngoại giao"), an organisation ("ủy ban nhân dân") or an
        administrative word ("tỉnh", "thành phố"), "nước này", at most three of them ("sở
        ngoại vụ tỉnh X": an organisation, its field, the province)."""
        t, lex = self.t, self.lex
        for _ in range(3):
            if k >= self.n or t[k].cap or not t[k].word:
                return k
            if tuple(x.fold for x in t[k : k + 2]) == DEICTIC_COUNTRY:
                k += 2  # "thủ tướng nước này Takaichi Sanae"
                continue
            if t[k].fold in ORIGIN and k + 1 < self.n and t[k + 1].cap:
                return k + 1  # "tỷ phú người Mỹ X", "doanh nhân gốc Việt Y"
            if k + 1 < self.n and (t[k].fold, t[k + 1].fold) in INNER_PHRASES:
                k += 2  # "ký giả tự do X": a pair the complement reads on over
                continue
            admin = self.admin_at(k)
            if admin:
                return k + admin
            seat = lex.places.longest(t, k) if t[k].fold in SEAT_NOUNS else None
            if seat is not None and seat[0] >= 2 and t[k + 1].cap:
                return k + 1  # "người phát ngôn điện Kremlin X": a seat's noun in lower case
            piece = lex.fields.longest(t, k) or lex.orgs.longest(t, k)
            if piece is None:
                return k
            k += piece[0]
        return k

    def stop_at(self, j: int) -> bool:
        """Does a verb or function word (``STOP_WORDS``, ``STOP_BIGRAMS``) start at ``j``?"""
        tok = self.t[j]
        if tok.fold in STOP_WORDS:
            return True
        return j + 1 < self.n and (tok.fold, self.t[j + 1].fold) in STOP_BIGRAMS

    def cap_run_end(self, j: int) -> int:
        """End of the run of capitalised words from ``j`` (not crossing an org or title).

        A foreign-looking run continues over lower-case name particles between capitalised
        words ("Ursula von der Leyen", "Lula da Silva", "Abdullah bin Hussein", "al-Sisi").
        """
        k = j + 1
        while k < self.n:
            tok = self.t[k]
            if not (tok.cap and not tok.acronym):
                if tok.text == "." and initial_dot(self.t, k, self.n):
                    k += 1  # "George W. Bush", "M.Lê-bê-đép"
                    continue
                if tok.text == "." and closing_initials(self.t, k - 1, self.n) > k:
                    k = closing_initials(self.t, k - 1, self.n)  # "Pét-rốp A.V"
                    break
                if tok.word:
                    nxt = particles_at(self.t, k, self.n)
                    if nxt > k and self.particle_joins(j, k, nxt):
                        k = nxt
                        continue
                    if k == j + 1:
                        nxt = self.lower_middle_end(j, k)
                        if nxt > k:
                            k = nxt
                            continue
                        nxt = lower_latin_end(self.t, j, k)
                        if nxt > k:
                            k = nxt
                            break  # "Eksavang vongvichit": the lower-case word ends it
                elif tok.text == "-":
                    nxt = broken_hyphen_end(self.t, j, k)
                    if nxt > k:
                        k = nxt  # "Đông - xay Pheng- phết"
                        continue
                break
            org = self.lex.orgs.longest(self.t, k)
            if (org is not None and not self.given_name_org(j, k, org[0])) or (
                self.head_at(k) is not None
            ):
                break
            k += 1
        return k

    def lower_middle_end(self, j: int, k: int) -> int:
        """Where the name the family name ``t[j]`` opens goes on after middle syllables in lower
        case ("Nguyễn minh Triết", "Trương tấn Sang"), at the capitalised given name; ``k`` when
        ``t[k:]`` is not one or two such syllables before a Vietnamese-spelt given name (no
        place of two words, title or organisation), or the family name and the syllable make a
        common word ("Hoàng gia Anh", the British royal family: ``NOT_NAME_PAIRS``)."""
        t, lex = self.t, self.lex
        if t[j].fold not in lex.surnames:
            return k
        m = k
        while m < self.n and m - k < 2 and t[m].fold in LOWER_MIDDLE_NAMES and not t[m].cap:
            m += 1
        if m == k or m >= self.n:
            return k
        given = t[m]
        if not (given.cap and given.word and not given.acronym) or not is_vietnamese_syllable(
            given.text
        ):
            return k
        if (t[j].fold, t[k].fold) in NOT_NAME_PAIRS:
            return k
        place = lex.places.longest(t, m)
        # a one-word country is also a common given name ("Lê đức Anh"), a longer place not
        if (place is not None and place[0] >= 2) or lex.orgs.longest(t, m) is not None:
            return k
        return k if self.head_at(m) is not None else m

    def comrade_at(self, i: int) -> bool:
        """Do the tokens at ``i`` read "đồng chí" (not "các đồng chí": a plural opens a list)?"""
        t = self.t
        return (
            i + 1 < self.n
            and (t[i].fold, t[i + 1].fold) == COMRADE
            and (i == 0 or t[i - 1].fold not in PLURAL_MARKERS)
        )

    def dashed_name_end(self, j: int, end: int) -> int | None:
        """Lao names are often written given names, a dash, family name ("Khăm Pheng – Xay
        Sổm Pheng"): where such a name, whose first part is ``t[j:end]``, ends; None when no
        dash follows, or what follows it opens a title, place, organisation or honorific, or
        the name would not close there, or a Vietnamese family name opens the first part."""
        t, lex = self.t, self.lex
        if end + 1 >= self.n or t[end].text not in DASHES or t[j].fold in lex.surnames:
            return None
        k = end + 1
        if not t[k].cap or t[k].acronym or self.head_at(k) is not None:
            return None
        if lex.places.longest(t, k) or lex.orgs.longest(t, k) or lex.honorifics.longest(t, k):
            return None
        last = self.cap_run_end(k)
        if last - j - 1 > MAX_VIETNAMESE + 1:
            return None
        if last < self.n and not self._closes_dashed_name(last):
            return None
        return last

    def _closes_dashed_name(self, k: int) -> bool:
        """Does ``t[k]`` close a dashed Lao name: punctuation, a verb or function word, "và"
        before the next person, or another dash opening the name's title ("Khăm Pheng – Xay
        Sổm Pheng - Giám đốc ...")?"""
        t = self.t
        if t[k].text in (",", ";", ".", "(") or t[k].fold == CONJUNCTION or self.stop_at(k):
            return True
        return t[k].text in DASHES and k + 1 < self.n and self.head_at(k + 1) is not None

    def titled_dashed_end(self, j: int, end: int) -> int:
        """ "Đại tá Khăm Xỉ - Phôm Ma Vông, Giám đốc ...": the name ``t[j:end]`` a title
        names may be the given names of a Lao or Khmer name written with a dash before the
        family name, as after an honorific (:meth:`dashed_name_end`); where it ends, else
        ``end``. After a title a dash also joins two people of a pair, so both parts must be
        spelt in Vietnamese syllables (Latin names are not written so: "Ivan Petrov - Alexei
        Morozov" is two people), the part after the dash opens with no Vietnamese family name
        and no known person's name, and the part before it is no known person's name ("Xổm
        Phăn - Nguyễn Văn Bình", "Hun Sen - Xổm Sạt" are two people)."""
        dashed = self.dashed_name_end(j, end)
        if dashed is None:
            return end
        t, lex = self.t, self.lex
        if t[end + 1].fold in lex.surnames or lex.people_names.longest(t, end + 1) is not None:
            return end
        known = lex.people_names.longest(t, j, end)
        if known is not None and j + known[0] == end:
            return end  # "Thủ tướng Hun Sen - Xổm Sạt": a known person, then another
        words = [*t[j:end], *t[end + 1 : dashed]]
        if not all(is_vietnamese_syllable(w.text) or transliterated(w.text) for w in words):
            return end
        return dashed

    def particle_joins(self, j: int, k: int, nxt: int) -> bool:
        """Do the particles ``t[k:nxt]`` join the foreign-looking run from ``j`` to the word
        at ``nxt`` ("Lula da Silva", "Carlos do Rosário")? Not before a title or organisation
        ("... Trump do Tổng thống ..."); "do", a common Vietnamese word, only before a word
        Vietnamese could not spell."""
        t = self.t
        if not looks_foreign(t[j : min(nxt + 1, self.n)]):
            return False
        if nxt < self.n and t[nxt].cap:
            if self.head_at(nxt) is not None or self.lex.orgs.longest(t, nxt) is not None:
                return False
            if t[k].fold in VIETNAMESE_PARTICLES and is_vietnamese_syllable(t[nxt].text):
                return False
        return True

    def given_name_org(self, j: int, k: int, length: int) -> bool:
        """Is the one-word organisation at ``k`` ("Trường", "Viện", "Hội") the last syllable
        of a name a family name in the run from ``j`` opens ("Trịnh Xuân Trường, Phó Bí thư
        ...", "Nguyễn Văn Viện khẳng định", "UBND tỉnh Lào Cai Trịnh Xuân Trường tặng hoa":
        after the title's place, see :meth:`name_opening`)? Only when nothing of an
        organisation's name follows it: the run ends there, at punctuation or a verb, or,
        after a name of two or three syllables, at any lower-case word that names no field or
        body ("Trường Đại học", "Viện Nghiên cứu" stay organisations)."""
        if length != 1:
            return False
        s = self.name_opening(j, k)
        if s is None:
            return False
        nxt = k + 1
        if nxt >= self.n or not self.t[nxt].word or self.stop_at(nxt):
            return True
        t, lex = self.t, self.lex
        if k - s <= 2 and self.closing_given_name(nxt):
            return True  # "Trịnh Trường Huy", "Lê Hội Nam": a middle name, one syllable left
        return (
            k - s <= 2
            and not t[nxt].cap
            and lex.fields.longest(t, nxt) is None
            and lex.orgs.longest(t, nxt) is None
        )

    def closing_given_name(self, k: int) -> bool:
        """Is ``t[k]`` a capitalised Vietnamese syllable that ends the run and names no place,
        field, body or title: the given name after a middle syllable that is also an
        organisation's word ("Trịnh Trường | Huy")?"""
        t, lex = self.t, self.lex
        tok = t[k]
        if not (tok.cap and tok.word and not tok.acronym and is_vietnamese_syllable(tok.text)):
            return False
        if k + 1 < self.n and t[k + 1].cap:
            return False
        return (
            lex.places.longest(t, k) is None
            and lex.fields.longest(t, k) is None
            and lex.orgs.longest(t, k) is None
            and self.head_at(k) is None
        )

    def name_opening(self, j: int, k: int) -> int | None:
        """The family name that opens a name ending right before ``k`` in the capitalised run
        from ``j``: at ``j`` itself, or right after a known place the run opens with ("Lào Cai
        | Trịnh Xuân"); never one that opens a place of two words ("Hà Giang", "Lâm Đồng").
        None when there is none within a Vietnamese name's length."""
        t, lex = self.t, self.lex
        for s in range(max(j, k - MAX_VIETNAMESE + 1), k):
            if t[s].fold not in lex.surnames:
                continue
            place = lex.places.longest(t, s, k + 1)
            if place is not None and place[0] >= 2:
                continue
            if s == j or any(
                (hit := lex.places.longest(t, a, s)) is not None and a + hit[0] == s
                for a in range(j, s)
            ):
                return s
        return None

    def admin_at(self, j: int) -> int:
        """Length of a lower-case administrative word at ``j`` ("tỉnh", "thành phố") followed
        by a capitalised word that opens no organisation or title, else 0."""
        t = self.t
        for length in (2, 1):  # the longer first: "TP." before the bare "TP"
            k = j + length
            if k >= self.n or tuple(x.fold for x in t[j:k]) not in ADMIN_WORDS:
                continue
            nxt = t[k]
            if not nxt.cap or nxt.acronym or not nxt.word:
                return 0
            if self.lex.orgs.longest(t, k) is not None or self.head_at(k) is not None:
                return 0
            return length
        return 0

    def portfolio_and(self, a: int, b: int) -> bool:
        """The would-be name ``t[a:b]`` is followed by "và" and more of a title ("Bộ trưởng
        Châu Âu và Ngoại giao Pháp", "Quốc vụ khanh Trung Đông và Bắc Phi Anh"): it is part
        of the title, not a person.

        Only a weak name reading gives way: Vietnamese-spelt, not a known name, and either
        followed by a portfolio or place, or not opening with a family name; and what follows
        "và" must open no title, honorific or known name ("Tô Lâm và Phu nhân").
        """
        t, lex = self.t, self.lex
        if b + 1 >= self.n or t[b].fold != "và" or not t[b + 1].cap or t[b + 1].acronym:
            return False
        if looks_foreign(t[a:b]) or lex.people_names.longest(t, a) is not None:
            return False
        if lex.fields.longest(t, b + 1) is not None or lex.places.longest(t, b + 1) is not None:
            return True
        return (
            t[a].fold not in lex.surnames
            and self.head_at(b + 1) is None
            and lex.honorifics.longest(t, b + 1) is None
            and lex.people_names.longest(t, b + 1) is None
        )

    def inside_field(self, j: int) -> bool:
        """Is the lower-case word at ``j`` the second syllable of a portfolio that the
        capitalised word before it opens ("Đổi mới": "mới" is no stop word there)?"""
        if j == 0 or not self.t[j - 1].cap:
            return False
        hit = self.lex.fields.longest(self.t, j - 1)
        return hit is not None and hit[0] >= 2

    def portfolio_list(self, k: int) -> bool:
        """Does a portfolio ("Công nghiệp", "Thể thao") start at ``k``, after a comma, followed
        by another "," or by "và" and a capitalised word: the middle of a list of portfolios
        ("Thương mại, Công nghiệp và Năng lượng", "Kinh tế, Thương mại và Công nghiệp")?"""
        t = self.t
        if k >= self.n or not t[k].cap:
            return False
        hit = self.lex.fields.longest(t, k)
        if hit is None:
            return False
        e = k + hit[0]
        return e + 1 < self.n and t[e].text in (",", "và") and t[e + 1].cap

    def parenthesis(self, j: int) -> tuple[int, PlaceInfo | None] | None:
        """A short parenthesis at ``j`` a title reads over: "(Hàn Quốc)" (a country: returned)
        or "(EU)" (acronyms); (index of ")", country or None), else None."""
        t, lex = self.t, self.lex
        k = j + 1
        # "(Cộng hòa Slovakia)", "(CH Séc)": a state's style before the country is read
        # over as the gazetteer's official names are, whether it lists this one or not
        style = self.state_style_end(k)
        place = lex.places.longest(t, k)
        if place is None and style > k:
            hit = lex.places.longest(t, style)
            if hit is not None and hit[1].kind == "country":
                place = (style - k + hit[0], hit[1])
        if place is not None and place[1].country is not None:
            close = k + place[0]
            if close < self.n and t[close].text == ")":
                return close, place[1]
        while k < self.n and t[k].acronym:
            k += 1
        if k > j + 1 and k < self.n and t[k].text == ")":
            return k, None
        gloss = self._gloss_parenthesis(j)
        if gloss is not None:
            return gloss, None
        return self._located_parenthesis(j)

    def _gloss_parenthesis(self, j: int) -> int | None:
        """ "(tức Hạ viện)", "(Nhân đại)", "(Nhân đại Trung Quốc)": a short gloss of the
        office's body in brackets, opened by "tức" (that is) or by a body's short name, of a
        few words; part of the title as written (dev golds keep it).
        The index of ")", else None."""
        t = self.t
        k = j + 1
        if k < self.n and t[k].fold == _THAT_IS:
            k += 1
        elif k >= self.n or not self._short_body_name(k):
            return None
        start = k
        while k < self.n and k - start < _GLOSS_WORDS and t[k].word:
            k += 1
        if k == start or k >= self.n or t[k].text != ")":
            return None
        return k

    def state_style_end(self, k: int) -> int:
        """Past a state's style opening a country's official name at ``k`` ("Cộng hòa",
        "CH", "Vương quốc", "Liên bang", "Cộng hòa Liên bang"), else ``k``."""
        t = self.t
        while k < self.n:
            if t[k].fold in _STATE_STYLE_WORDS:
                k += 1
            elif k + 1 < self.n and (t[k].fold, t[k + 1].fold) in _STATE_STYLES:
                k += 2
            else:
                break
        return k

    def _short_body_name(self, k: int) -> bool:
        """Does a body's short name open at ``k`` ("Nhân đại", "Quốc hội"): a body of the
        lexicon, or a capitalised Vietnamese syllable that opens no family name, known name,
        place or title (a person's name or a country in brackets is read elsewhere)?"""
        t, lex = self.t, self.lex
        if not t[k].cap or t[k].acronym:
            return False
        if lex.orgs.longest(t, k) is not None:
            return True
        return (
            is_vietnamese_syllable(t[k].text)
            and t[k].fold not in lex.surnames
            and lex.people_names.longest(t, k) is None
            and lex.places.longest(t, k) is None
            and self.head_at(k) is None
        )

    def _located_parenthesis(self, j: int) -> tuple[int, PlaceInfo | None] | None:
        """ "(tỉnh Chiba, Nhật Bản)", "(Gyeonggi, Hàn Quốc)": a region and its country in
        brackets after an office of a foreign city; (index of ")", the country), else None."""
        t, lex = self.t, self.lex
        k = j + 1 + self.admin_at(j + 1)
        start = k
        while k < self.n and k - start < _LOCATED_WORDS and t[k].cap and t[k].word:
            k += 1
        if k == start or k + 1 >= self.n or t[k].text != ",":
            return None
        place = lex.places.longest(t, k + 1)
        if place is None or place[1].kind != "country":
            return None
        close = k + 1 + place[0]
        if close < self.n and t[close].text == ")":
            return close, place[1]
        return None
