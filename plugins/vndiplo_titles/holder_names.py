"""Whose titles these are: a name after titles and a comma or an honorific ("Chủ tịch Hạ viện
X, bà Y"), after an honorific alone ("đồng chí A"), listed after a plural honorific ("các đồng
chí A, B, <title>"), or standing bare before an appositive title ("A, Ủy viên ..."). A mixin
of :class:`~vndiplo_titles.chains._Parser`."""

from __future__ import annotations

from vndiplo_titles.appositives import Appositives
from vndiplo_titles.complement import TitleParse
from vndiplo_titles.constructions import APPOSITIVE, CONJUNCTION, HONORIFIC_WORDS
from vndiplo_titles.findings import Finding
from vndiplo_titles.lexicon import PLURAL_MARKERS
from vndiplo_titles.names import (
    MAX_VIETNAMESE,
    Token,
    foreign_length,
    initial_dot,
    looks_foreign,
    particles_at,
    strip_style,
    transliterated,
)
from vndiplo_titles.title_countries import title_country

__all__ = ["HolderNames"]


#: Words that open an office's charge after a comma ("Bộ trưởng, phụ trách ...").
_CHARGE_WORDS = frozenset({("phụ", "trách"), ("đặc", "trách"), ("chuyên", "trách")})
#: How many tokens an office's charge may run over before the honorific name.
_MAX_CHARGE = 30


class HolderNames(Appositives):
    """The names that hold the titles read before or after them."""

    def apposed_honorific(self, i: int, k: int, titles: list[TitleParse]) -> int:
        """ "Chủ tịch Hạ viện Ba Lan, bà Anna Nowak": titles, a comma, then an honorific and
        a name: the titles are that person's. Returns the next index, or ``k`` (no such
        name; a plural or role-noun use of the title never takes one)."""
        t, lex = self.t, self.lex
        comma = k < self.n and t[k].text == ","
        charge = self.charge_end(k) if comma else None
        if charge is not None:
            # "Quốc vụ khanh Pháp, phụ trách ngoại thương và du lịch, ông X": the office's
            # charge, set off by commas, is the title's; the honorific name after it holds it
            titles[-1].end = charge
            return self.apposed_honorific(i, charge, titles)
        # "2. Bí thư Tỉnh ủy X: Ông Lê Văn A.": a list entry gives its office to its name
        colon = k < self.n and t[k].text == ":" and self.list_entry_start(i)
        # "Tổng thống Sri Lanka là ông A": the copula names the holder like a comma, but only
        # before an honorific ("Bộ trưởng là người ..." names nobody)
        copula = k + 1 < self.n and t[k].fold == "là" and t[k + 1].fold in HONORIFIC_WORDS
        if not copula and k + 2 < self.n and t[k].fold == "là" and t[k + 1].cap:
            # "Tổng thống thứ ba của Mỹ là Thomas Jefferson.": the copula names the holder as
            # a comma does, under the same terms (a whole name closed by punctuation or a
            # verb, a Vietnamese one opened by a family name)
            return self.apposed_name(i, k, titles)
        if k + 2 >= self.n or not (comma or colon or copula or t[k].fold in HONORIFIC_WORDS):
            return k
        # "Chủ tịch nước Việt Nam ông Lê Văn A": no comma
        h = k + 1 if comma or colon or copula else k
        hon = lex.honorifics.longest(t, h) if t[h].fold in lex.honorific_starts else None
        if hon is None:
            return self.apposed_name(i, k, titles) if comma else k
        j = h + hon[0]
        if j >= self.n or not t[j].cap or t[j].acronym or self.head_at(j) is not None:
            return k
        if not self.linkable(i) or self.elected_to(i):
            return k
        after = self.honorific_name(j, hon[1], titles)
        return after if after > j else k

    def charge_end(self, k: int) -> int | None:
        """Where the charge of an office ends, when the comma at ``k`` opens one ("phụ trách
        ngoại thương, xúc tiến du lịch và người Pháp ở nước ngoài") and a comma, an honorific
        and a capitalised word follow it in the same sentence: that comma's index, else None.
        The charge holds no title and no sentence break, within :data:`_MAX_CHARGE` tokens."""
        t = self.t
        if k + 2 >= self.n or (t[k + 1].fold, t[k + 2].fold) not in _CHARGE_WORDS:
            return None
        for m in range(k + 3, min(self.n - 2, k + _MAX_CHARGE)):
            if t[m].text in (".", ";", ":", "(") or self.head_at(m) is not None:
                return None
            if t[m].text == "," and t[m + 1].fold in HONORIFIC_WORDS and t[m + 2].cap:
                return m
        return None

    def apposed_name(self, i: int, k: int, titles: list[TitleParse]) -> int:
        """ "Tiếp Đại sứ Iceland, Stefan Larsson, Chủ tịch nước ...": titles, a comma and a
        Latin name of two to five words closed by a comma or the end of the sentence: the
        titles are that person's. Returns the next index, or ``k``."""
        t, j = self.t, k + 1
        if not t[j].cap or t[j].acronym or self.lex.places.longest(t, j) is not None:
            return k
        if self.head_at(j) is not None or self.lex.orgs.longest(t, j) is not None:
            return k
        end = self.cap_run_end(j)
        # a style before the name ("Samdech Akka Moha ...") is no part of it (merge drops it)
        named = strip_style(t, j, end)
        if not (2 if named == j else 1) <= end - named <= MAX_VIETNAMESE:
            return k
        # a Vietnamese-spelt name ("Thủ tướng Thái Lan, Nguyễn ...") only when it is a known
        # name, or opens with a family name after a title that names a country
        vietnamese = not looks_foreign(t[j:end]) and self.lex.people_names.longest(t, j) is None
        # ... or, after any title, when a lower-case word (its verb) closes it ("Chủ nhiệm Văn
        # phòng Quốc hội, Nguyễn Văn A đưa ra ..."): a list of names goes on with a comma or
        # "và", and a Vietnamese name followed by a lower-case word is the clause's subject; a
        # run of two may be a title written with a lower-case last word ("Quốc vương, Hoàng
        # Thái hậu, ..."), so it needs a verb or function word of the stop list after it
        acts = (
            vietnamese
            and end < self.n
            and t[end].word
            and not t[end].cap
            and t[end].fold != CONJUNCTION
            and (end - j >= 3 or self.stop_at(end))
        )
        if vietnamese and (
            t[j].fold not in self.lex.surnames or (title_country(titles[-1]) is None and not acts)
        ):
            return k
        if end < self.n and not (self.closes_name(end) or acts):
            return k
        if not self.linkable(i):
            return k
        finding = Finding(j, end, list(titles), False)
        self.findings.append(finding)
        return self.appositive(finding)

    def honorific_name(self, j: int, foreign: bool, titles: list[TitleParse] | None = None) -> int:
        """A name right after "đồng chí", "ông", "Ngài" ... (and, after a comma, the titles
        before it); returns the next index."""
        t = self.t
        end = self.cap_run_end(j)
        dashed = self.dashed_name_end(j, end)
        spelt = self.lower_spelt_end(j, end) if dashed is None else None
        run = t[j:end]
        if dashed is not None:
            length = dashed - j  # "Khăm Pheng – Xay Sổm Pheng"
        elif spelt is not None:
            length = spelt - j  # "Khăm phon Phôm ma chăn": syllables in lower case
        elif looks_foreign(run):
            length = foreign_length(t, j, end)
        elif len(run) >= 2:
            length = min(len(run), MAX_VIETNAMESE)
            if len(run) > length and self.spelt_syllables_name(j, end):
                length = len(run)
        else:
            return j
        if j + length < self.n and self._generational(j, j + length):
            length += 1  # "ông Benito Aquino III": the generational suffix is the name's
        finding = Finding(j, j + length, list(titles or ()), foreign, honorific=True)
        self.findings.append(finding)
        if not titles and self.plural_honorific(j):
            return self.shared_title_list(finding)
        if not titles and self.repeats_comrade(j, j + length):
            return self.shared_title_list(finding, comrade=True)
        return self.appositive(finding)

    def plural_honorific(self, j: int) -> bool:
        """Does a plural marker open the honorific before the name at ``j`` ("các đồng chí",
        "các ông", "các bà")?"""
        t = self.t
        if j >= 3 and t[j - 3].fold in PLURAL_MARKERS:
            return True  # "các đồng chí": the honorific's two words
        return j >= 2 and t[j - 2].fold in PLURAL_MARKERS and t[j - 1].fold in HONORIFIC_WORDS

    def shared_title_list(self, first: Finding, *, comrade: bool = False) -> int:
        """ "các đồng chí Lê Văn A, Trần Văn B nguyên Tổng Bí thư ...": names listed after a
        plural honorific, then one title (after a comma or glued to the last name) that
        every name of the list holds. With ``comrade`` each name has its own "đồng chí"
        ("đồng chí Lê Văn A, đồng chí Trần Văn B, nguyên Tổng Bí thư"). Returns the next
        index."""
        t, group = self.t, [first]
        k = first.name_end
        skip = 2 if comrade else 0  # the repeated "đồng chí" before each name
        # "các ông A, B và C": "và" closes the list, where a Latin name may stand too
        while k + 1 < self.n and (t[k].text == "," or (not comrade and t[k].fold == CONJUNCTION)):
            j = k + 1 + skip
            if comrade and not self.comrade_at(k + 1):
                break
            if j >= self.n or not (self.listed_name(j) or self.latin_listed(j)):
                break
            end = self.cap_run_end(j)
            group.append(Finding(j, end, [], first.honorific_foreign, honorific=True))
            k = end
        if len(group) == 1:
            return self.appositive(first)
        last = group[-1]
        after = self.appositive(last) if t[k].text in APPOSITIVE else self.glued_title(last, k)
        if last.titles:
            for finding in group[:-1]:
                finding.titles = list(last.titles)
        # untitled, each listed name is still one an honorific introduced (see .principals)
        self.findings.extend(group[1:])
        return max(after, last.name_end)

    def bare_name(self, i: int) -> int:
        """A name with nothing before it but an appositive title after it, as in lists
        ("Cùng dự có các đồng chí: Nguyễn Văn Nên, Ủy viên Bộ Chính trị, ...").

        Only a surname-initial Vietnamese run or a Latin-script run of two words or more,
        not a place, followed by "," or "-" and a title; returns the next index, or ``i``.
        """
        t, lex = self.t, self.lex
        # "có các đồng chí: A - Bí thư ...; Khăm Phết Vông Xay - Phó Tỉnh trưởng": an entry
        # after ";" of a list the honorific opened stands where the honorific would, any
        # spelling (the first entry had the honorific itself)
        listed = self.honorific_list_entry(i)
        if (
            t[i].acronym
            or self.degree_at(i)
            or (
                t[i].fold not in lex.surnames
                and not listed
                and not t[i].text.isascii()
                and not self.transliterated_run(i)  # "Bun-nhăng Vo-la-chít, Thủ tướng ..."
                # "tiếp GS.TS Viêng Thoong Sỉ-Phẳn-Đon, Chánh án ...": a degree introduces a
                # name as an honorific does, whatever its spelling
                and not (i > 0 and self.degree_at(i - 1))
            )
        ):
            return i
        if t[i].fold in lex.honorific_starts and lex.honorifics.longest(t, i) is not None:
            return i  # "Ông Kim Dong-yeon, Thống đốc ...": the honorific, not a surname "Ông"
        if i > 0 and t[i - 1].word and lex.orgs.longest(t, i - 1) is not None:
            return i  # "đảng Cộng hòa Tự do, Chủ tịch ...": the name of an organisation
        if self.after_venue(i):
            return i  # "tại khách sạn Grand Plaza, Tổng Lãnh sự ...": the venue's name
        end = i + 1
        while end < self.n:  # a cheap first bound: the exact run end is only computed on a hit
            if (t[end].cap and not t[end].acronym) or initial_dot(t, end, self.n):
                end += 1
                continue
            nxt = particles_at(t, end, self.n) if t[end].word else end
            if nxt == end:
                break
            end = nxt  # "Ursula von der Leyen"
        if end + 1 >= self.n or t[end].text not in APPOSITIVE:
            return i
        if self.head_at(end + 1) is None and not self.unknown_abbreviation(end + 1):
            return i
        named = strip_style(t, i, end)  # "Samdech Vibol Sena Pheakdei Say Chhum, Chủ tịch"
        if self.cap_run_end(i) != end or not 2 <= end - named <= MAX_VIETNAMESE:
            return i
        if lex.places.longest(t, i) is not None:
            return i
        run = t[i:end]
        if t[i].fold not in lex.surnames and not listed and not looks_foreign(run):
            return i
        finding = Finding(i, end, [], False)
        after = self.appositive(finding)
        if not finding.titles:
            return i
        self.findings.append(finding)
        return after

    def honorific_list_entry(self, i: int) -> bool:
        """Does ``t[i]`` open an entry after ";" of a list that a plural honorific and a
        colon opened earlier in the sentence ("có các đồng chí: ...; ...")?"""
        t = self.t
        if i < 1 or t[i - 1].text != ";":
            return False
        for k in range(i - 2, max(0, i - _LIST_REACH), -1):
            if t[k].text in _SENTENCE_STOPS:
                return False
            if t[k].text == ":":
                return k >= 2 and self.plural_honorific(k)
        return False

    def transliterated_run(self, i: int) -> bool:
        """Does a hyphenated transliterated word ("Bun-nhăng", "Sỉ-phăn-đon") stand among the
        first capitalised words from ``t[i]``, within a name's length? A Lao name opens with
        one ("Bun-nhăng Vo-la-chít") or holds it later ("Khăm Mày Phôm-ma-vông"): either way
        its words are no Vietnamese name's, and it may stand bare before its title."""
        t = self.t
        for k in range(i, min(self.n, i + MAX_VIETNAMESE)):
            if not (t[k].cap and t[k].word) or t[k].acronym:
                return False
            if transliterated(t[k].text):
                return True
        return False

    def kin_name_at(self, i: int) -> bool:
        """Is ``t[i]`` "anh"/"chị" as an honorific: in lower case, or capitalised to open a
        sentence, before a Vietnamese name (a family name and one to four more capitalised
        words: "anh Lê Văn A", not "anh em", "chị Hà", "Đại sứ Anh Lê ...")?"""
        t, j = self.t, i + 1
        if t[i].cap and i > 0 and t[i - 1].text not in _SENTENCE_ENDS:
            return False
        if j >= self.n or not t[j].cap or t[j].fold not in self.lex.surnames:
            return False
        return self.cap_run_end(j) - j >= 2 and self.lex.places.longest(t, j) is None

    def reverent_name_at(self, i: int) -> bool:
        """Is ``t[i]`` "Đức" as a reverent honorific ("tiếp Đức Dalai Lama", "hội kiến Đức
        Karmapa Ogyen Trinley")? Capitalised "Đức" is also Germany and a given name: only
        right after a meeting or message verb, before a Latin name of two words or more that
        is no place or body ("thăm Đức", "tiếp Đức Anh" stay a country and a name)."""
        t, j = self.t, i + 1
        if not reverent_duc(t, i):
            return False
        if j >= self.n or not t[j].cap or self.lex.places.longest(t, j) is not None:
            return False
        end = self.cap_run_end(j)
        return end - j >= 2 and looks_foreign(t[j:end]) and self.lex.orgs.longest(t, j) is None


def reverent_duc(t: list[Token], i: int) -> bool:
    """Is ``t[i]`` a capitalised "Đức" right after a meeting or message verb ("tiếp Đức")?"""
    return t[i].text == "Đức" and i > 0 and not t[i - 1].cap and t[i - 1].fold in _MET_WORDS


#: The last word of a meeting or message verb whose object a reverent "Đức" may open.
_MET_WORDS = frozenset(
    {"tiếp", "kiến", "đàm", "gặp", "gỡ", "thăm", "đón", "chào", "mừng", "với", "cùng", "tới"}
    | {"viếng", "yết"}
)

#: Tokens after which a capitalised word opens a sentence or a line.
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n", ":", "(", "“", '"'})


#: How far back (tokens) an entry looks for the colon of its list.
_LIST_REACH = 120
#: Tokens that end the sentence a colon list lies in.
_SENTENCE_STOPS = frozenset({".", "\n", "!", "?"})
