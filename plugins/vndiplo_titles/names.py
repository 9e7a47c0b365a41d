"""Tokens, and where a person's name begins and ends inside a run of capitalised words.

Vietnamese capitalises every syllable of a name and of a place, so "Bí thư Khu ủy Quảng Tây
Lưu Ninh" holds one run, "Quảng Tây Lưu Ninh", that is half place, half person. We cut such
runs with three cheap, linear tests instead of a statistical tagger: known places are peeled
off the front (the gazetteer), a family name opens a Vietnamese or Sino-Vietnamese name (the
surname list), and a syllable Vietnamese could not spell ("Lee", "Mostyn", "Sokhonn") marks a
Latin-script foreign name, which then runs to the end.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attrs import frozen

from vndiplo.syllables import is_vietnamese_syllable
from vndiplo_titles.constructions import (
    ACADEMIC_DEGREES,
    DEGREE_INITIALS,
    GULF_STYLES,
    KHMER_STYLE_OPENERS,
    KHMER_STYLE_WORDS,
    NAME_SUFFIXES,
    STYLES,
)
from vndiplo_titles.ethnic_names import ethnic_clan
from vndiplo_titles.name_runs import (
    ends_in_country,
    firm_end,
    gulf_name,
    latin_pair_name,
    org_tail_end,
    saint_place_end,
)
from vndiplo_titles.place_then_name import (
    MIDDLE_MARKERS,
    later_name_start,
    name_after_short_place,
)

if TYPE_CHECKING:
    from vndiplo_titles.matcher import Lexicon, PlaceInfo

__all__ = [
    "TOKEN",
    "VIETNAMESE_PARTICLES",
    "NameCut",
    "Token",
    "closing_initials",
    "foreign_length",
    "initial_dot",
    "initials_open_name",
    "is_vietnamese_syllable",
    "known_name",
    "looks_foreign",
    "particles_at",
    "split_admin_run",
    "split_run",
    "strip_style",
    "token_features",
    "tokenize",
    "transliterated",
    "trim_name",
]

#: Words (letters joined by inner hyphens, en dashes or apostrophes: "Mô–dăm–bích" is a
#: transliteration typed with en dashes), numbers, newlines, any other single non-space
#: character. Every alternative consumes at least one character and none nests a
#: quantifier, so tokenising is linear.
TOKEN = re.compile(r"[^\W\d_]+(?:[-–'’][^\W\d_]+)*|\d+|\n|[^\s]")

#: Last syllables of country names that a page may glue to the next name with a hyphen
#: ("Trung Quốc-Hồng Tiểu Dũng", "Nhật Bản-Tanaka"): a hyphen after one of them, before a
#: capital, is a separate token. Names hyphenated inside ("Díaz-Canel", "Xay-nha-xỏn") do
#: not end a syllable of these. A friendship body's pair of two-word countries is glued so
#: too ("Hội hữu nghị Mông Cổ-Việt Nam", "Ai Cập-Việt Nam").
GLUED_AFTER = frozenset(
    {"Quốc", "Bản", "Nam", "Tiên", "Độ", "Lan", "Kỳ", "Mỹ", "Nga", "Lào"}
    | {"Cổ", "Mạch", "Điển", "Lạp", "Cập"}  # Mông Cổ, Đan Mạch, Thụy Điển, Hy Lạp, Ai Cập
)

#: Honorifics a page may glue to the next name ("NgàiTanaka", "ÔngLê Văn A"); a capital right
#: after one of them opens a separate token. Names never begin so ("Bàng", "Ông" + capital).
GLUED_HONORIFICS = ("Ngài", "Ông", "Bà")
_GLUED_FIRST = frozenset(h[0] for h in GLUED_HONORIFICS)

#: Longest names we accept: Vietnamese names have 2-5 syllables ("Tôn Nữ Thị Ninh"),
#: Latin ones a few more ("Sheikh Ahmad Abdullah Al-Ahmad Al Sabah").
MAX_VIETNAMESE = 5
MAX_FOREIGN = 7


class Token:
    """One token of the normalised text, with the features the parser keeps asking for."""

    __slots__ = ("acronym", "cap", "end", "fold", "start", "text", "word")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.fold, self.word, self.cap, self.acronym = token_features(text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}@{self.start})"


#: Word -> (fold, word, cap, acronym). A plain dict, emptied when full: news reuses a few
#: thousand words, and a hit is one look-up instead of four string methods.
_FEATURES: dict[str, tuple[str, bool, bool, bool]] = {}
_FEATURES_MAX = 50_000


def token_features(text: str) -> tuple[str, bool, bool, bool]:
    """``Token``'s features of ``text``: its fold, and whether it is a word, capitalised (an
    upper-case or title-case first letter) and an acronym."""
    found = _FEATURES.get(text)
    if found is None:
        fold = text.lower()
        if len(text) > 1 and "–" in text:
            fold = fold.replace("–", "-")  # inside a word: the hyphen the lexicon spells
        cap = fold[0] != text[0]
        found = (fold, text[0].isalpha(), cap, cap and len(text) > 1 and text.isupper())
        if len(_FEATURES) >= _FEATURES_MAX:
            _FEATURES.clear()  # bounded memory over a stream of articles
        _FEATURES[text] = found
    return found


#: ``TOKEN`` with the white space before it (never a newline, itself a token): tokens cover
#: every other character, so one ``findall`` gives each token and, by the running sum of the
#: lengths, its offset, without a ``Match`` object and two method calls per token.
_SPACED_TOKEN = re.compile(r"([^\S\n]*)(" + TOKEN.pattern + ")")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` with offsets shifted by ``offset`` (the block's start)."""
    # Speed: this builds every token the parser sees, so it bypasses ``Token.__init__`` (a
    # Python call per token) and fills the slots inline; twice as fast, same tokens.
    new = Token.__new__
    features = _FEATURES.get
    tokens: list[Token] = []
    append = tokens.append
    end = offset
    for space, word in _SPACED_TOKEN.findall(text):
        start = end + len(space)
        end = start + len(word)
        if "-" in word and _glued_by_hyphen(word):
            # "đại sứ Trung Quốc-Hồng Tiểu Dũng": a country glued to a name by a hyphen
            left, _, right = word.partition("-")
            if right[:1].isupper():
                append(Token(left, start))
                append(Token("-", start + len(left)))
                tokens.extend(tokenize(right, start + len(left) + 1))
                continue
        while word[0] in _GLUED_FIRST and word.startswith(GLUED_HONORIFICS):
            # "NgàiHi-rô-shi Ta-na-ka": an honorific glued to the name by a lost space
            cut = len(next(h for h in GLUED_HONORIFICS if word.startswith(h)))
            if cut == len(word) or not word[cut].isupper():
                break
            append(Token(word[:cut], start))
            word, start = word[cut:], start + cut
        tok = new(Token)
        tok.text, tok.start, tok.end = word, start, end
        tok.fold, tok.word, tok.cap, tok.acronym = features(word) or token_features(word)
        append(tok)
    return tokens


def _glued_by_hyphen(word: str) -> bool:
    """Is the hyphen of ``word`` a lost space after a country's last syllable ("Quốc-Hồng";
    not "Díaz-Canel", "Xay-nha-xỏn")? A title glued after a hyphen needs the lexicon: see
    :func:`.glued_words.split_glued_titles`."""
    return word.partition("-")[0] in GLUED_AFTER


def transliterated(word: str) -> bool:
    """Is ``word`` a foreign name spelt in Vietnamese syllables joined by hyphens, as outlets
    write Lao, Russian or Khmer names ("Bun-nhăng", "Xi-xu-lít")?"""
    parts = word.split("-")
    return len(parts) >= 2 and all(p and p[0].isalpha() for p in parts) and word[0].isupper()


def looks_foreign(tokens: list[Token]) -> bool:
    """A run is a Latin-script foreign name when any word could not be Vietnamese."""
    return any(not is_vietnamese_syllable(t.text) for t in tokens)


#: Lower-case particles inside Latin-script names ("Ursula von der Leyen", "Lula da Silva",
#: "Abdullah bin Hussein"); read only between capitalised words of a foreign-looking run.
PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du"}
    | {"la", "le", "bin", "binti", "bint", "ibn", "do"}
    # transliterated: "Gia-ca-ri-át An-ba-nô đa Cốt-xta", "Sác-lơ đơ Gôn"
    | {"đa", "đơ"}
    # the Portuguese and Spanish "and" joining two surnames ("Morais e Cunha", "Ortega y
    # Gasset"): Vietnamese words too, so only before a word Vietnamese could not spell
    | {"e", "y"}
)
#: Particles that are also Vietnamese words ("do" because, "e" to fear, "y" medicine): they
#: join a Latin name only before a word Vietnamese could not spell ("Carlos do Rosário").
VIETNAMESE_PARTICLES = frozenset({"do", "e", "y"})
#: Arabic article prefixes written joined to the next word ("al-Sisi", "el-Sisi").
_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|an)-[^\W\d_]")


def _article_word(tok: Token) -> bool:
    """Is ``tok`` "al-Sisi": a lower-case article joined to a capitalised word."""
    if tok.cap or _ARTICLE.match(tok.text) is None:
        return False
    after = tok.text[tok.text.index("-") + 1]
    return after != after.lower()


def particles_at(tokens: list[Token], k: int, n: int) -> int:
    """Where a Latin name run continues after lower-case particles starting at ``k``.

    "von der Leyen" -> the index of "Leyen"; "al-Sisi" -> the index just after it (the
    article word is itself the name's last word unless a capital follows); ``k`` when no
    particle starts there or no capitalised word follows the particles.
    """
    j = k
    while j < n and j - k < 3 and tokens[j].fold in PARTICLES and not tokens[j].cap:
        j += 1
    if j > k:
        if j < n and tokens[j].cap and not tokens[j].acronym and tokens[j].word:
            return j
        return k
    if k < n and _article_word(tokens[k]):
        return k + 1
    return k


def foreign_length(tokens: list[Token], i: int, b: int) -> int:
    """How many tokens of the foreign-looking run ``tokens[i:b]`` its name takes: at most
    :data:`MAX_FOREIGN` words, lower-case particles not counted ("Francisco de Assis Morais e
    Cunha Vaz Patto" is seven names and three particles, one Portuguese name)."""
    words = 0
    for k in range(i, b):
        tok = tokens[k]
        if tok.cap or tok.fold not in PARTICLES:
            words += 1
            if words > MAX_FOREIGN:
                return k - i
    return b - i


def initial_dot(tokens: list[Token], k: int, n: int) -> bool:
    """Is ``tokens[k]`` the dot of an initial inside a Latin name ("George W. Bush", "A.
    Guterres", "M.Lê-bê-đép", "J. R. Smith")? The dot follows one capital letter and is
    followed by a capitalised word Vietnamese could not spell, or by another initial; so
    neither "T.Ư" nor "... Nguyễn Văn A. Ông B" reads on."""
    if k == 0 or k + 1 >= n or tokens[k].text != ".":
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    if len(before.text) != 1 or not before.cap or not before.word:
        return False
    if not after.cap or after.acronym or not after.word:
        return False
    if len(after.text) == 1:
        return k + 2 < n and tokens[k + 2].text == "."
    if not is_vietnamese_syllable(after.text):
        return True
    # "Matthew H.King", "John K.Lang": glued to the letter and the word after it, an initial
    # after a Latin given name reads on even into a Vietnamese-spellable surname
    return _glued(before, tokens[k], after) and k >= 2 and _latin_word(tokens[k - 2])


def closing_initials(tokens: list[Token], k: int, n: int) -> int:
    """Where initials written after a foreign surname end, the group opening at ``tokens[k]``
    ("Pét-rốp A.V", "Ivanov I.I.": Russian officials are written surname first, given name
    and patronymic cut to glued initials after it); ``k`` when there is no such group. Two
    or three capital letters joined by dots with no space, after a word Vietnamese could not
    spell, closing the run (no capitalised word after them): "George W. Bush" and
    "Nguyễn Văn A. Ông B" are not read so. The group's last dot is left out."""
    if k < 1 or not _latin_word(tokens[k - 1]):
        return k
    m, letters = k, 0
    while m < n and _letter(tokens[m]):
        letters += 1
        m += 1
        glued = (
            m + 1 < n
            and tokens[m].text == "."
            and _letter(tokens[m + 1])
            and tokens[m - 1].end == tokens[m].start
            and tokens[m].end == tokens[m + 1].start
        )
        if not glued:
            break
        m += 1  # "A.V": no space either side of the dot
    if not 2 <= letters <= 3:
        return k
    if "".join(tokens[x].fold for x in range(k, m, 2)) in DEGREE_INITIALS:
        return k  # "Rahman Ismail S.H": a degree after the name, not its initials
    after = m + 1 if m < n and tokens[m].text == "." else m
    if after < n and tokens[after].cap and tokens[after].word:
        return k  # a name goes on after them: inner initials, read by ``initial_dot``
    return m


def _letter(tok: Token) -> bool:
    return len(tok.text) == 1 and tok.cap and tok.word


def _glued(before: Token, dot: Token, after: Token) -> bool:
    """Are the letter, the dot and the word after it written with no space between?"""
    return before.end == dot.start and dot.end == after.start


def _latin_word(tok: Token) -> bool:
    """Is ``tok`` a capitalised word Vietnamese could not spell (a Latin given name)?"""
    return tok.cap and tok.word and not tok.acronym and not is_vietnamese_syllable(tok.text)


def initials_open_name(tokens: list[Token], j: int, n: int) -> bool:
    """Do two initials written as one capitalised word open a name at ``j`` ("SR Nathan",
    "JB Ramos")? The word is two Latin capitals, and one Latin surname Vietnamese could not
    spell follows and ends the run: a body's acronym is longer ("WEF", "IMF") or comes
    before a full name ("Đại sứ EU Julien Guerrier")."""
    if j + 1 >= n or len(tokens[j].text) != 2 or not tokens[j].acronym:
        return False
    if not tokens[j].text.isascii() or all(ch in "AEIOUY" for ch in tokens[j].text):
        return False  # "EU", "AU": two vowels spell a union, not two given names
    if tokens[j].fold in ACADEMIC_DEGREES:
        return False  # "TS Batbold", "GS Sato": a degree before the name, no initials
    surname = tokens[j + 1]
    if not surname.cap or surname.acronym or not surname.word:
        return False
    if j + 2 < n and tokens[j + 2].cap and tokens[j + 2].word:
        return False
    return not is_vietnamese_syllable(surname.text)


def trim_name(tokens: list[Token], a: int, b: int) -> int:
    """Where the name ``tokens[a:b]`` really ends: a Latin name does not end with an initial
    or a title letter ("Ibnu Hadi S.E": "Ibnu Hadi", a degree), save a foreign surname's
    closing initials ("Pét-rốp A.V", see :func:`closing_initials`), and a lone letter is no
    name (the "T" of a split "T.Ư"); ``a`` when nothing is left. A Vietnamese-spelt name
    keeps its last letter ("Nguyễn Văn A", the placeholder). A Latin name's last word written
    twice is written once."""
    if b - a == 1:
        return a if len(tokens[a].text) == 1 else b
    if b - a >= 3 and tokens[b - 1].text == tokens[b - 2].text and looks_foreign(tokens[a:b]):
        b -= 1  # a page's doubled word ("George W. Bush Bush"): no Latin name ends so
    while b - a >= 2 and (len(tokens[b - 1].text) == 1 or tokens[b - 1].text == "."):
        group = _initials_start(tokens, a, b)
        end = closing_initials(tokens, group, len(tokens)) if group > a else group
        if group < end <= b:
            return end  # "Pét-rốp A.V", "Ivanov I.I.": closing initials, the last dot left out
        last = tokens[b - 1]
        if last.text != "." and last.word and not looks_foreign(tokens[a : b - 1]):
            break
        b -= 1
    if b - a == 1 and len(tokens[a].text) == 1:
        return a
    return b


def _initials_start(tokens: list[Token], a: int, b: int) -> int:
    """The first letter of the letters-and-dots tail of ``tokens[a:b]``, ``b`` when none."""
    k = b
    while k > a and (tokens[k - 1].text == "." or _letter(tokens[k - 1])):
        k -= 1
    return k


def strip_style(tokens: list[Token], a: int, b: int) -> int:
    """Where the name ``tokens[a:b]`` starts once a style before it is left out ("Samdech
    Krolahom Sar Kheng" -> "Sar Kheng"); ``a`` when it opens with none, or nothing would be
    left of the name."""
    if tokens[a].fold not in _STYLE_STARTS:
        return a
    if tokens[a].fold in KHMER_STYLE_OPENERS:
        k = a + 1
        while k < b and tokens[k].fold in KHMER_STYLE_WORDS:
            k += 1
        return k if k < b else a
    for style in STYLES:
        k = a + len(style)
        if k < b and tuple(t.fold for t in tokens[a:k]) == style:
            if style[0] in GULF_STYLES and not gulf_name(tokens[k:b]):
                return a  # "Sheikh Hasina": the style word is the name's own here
            return k
    return a


_STYLE_STARTS = frozenset(style[0] for style in STYLES)


@frozen
class NameCut:
    """How a capitalised run splits: ``title_len`` tokens of title, then ``name_len`` of name."""

    title_len: int
    name_len: int
    places: tuple[PlaceInfo, ...] = ()


def split_run(
    tokens: list[Token],
    a: int,
    b: int,
    lex: Lexicon,
    *,
    direct: bool,
    rank: bool = False,
    foreign_body: bool = False,
) -> NameCut:
    """Cut the capitalised run ``tokens[a:b]`` into title material and a name.

    ``direct`` is true when the run follows the title word itself ("Tổng thống Ai Cập",
    "Tổng Bí thư Tô Lâm"), where a two-to-four-syllable run with no known family name may
    still be a name; after an organisation ("Bộ trưởng Bộ Công Thương") it may not.
    ``rank``: the title is a military rank, right before the run; a run that opens with no
    place is then all name ("Thiếu tá Khăm Phon Sụt Thi Na": a family name inside it does
    not open it).
    ``foreign_body``: the run follows a foreign state's body ("Nhân đại toàn quốc"), which
    places the name abroad as a foreign country would.
    """
    if body_cut_at(tokens, a, b, lex):
        # "Giám đốc Ty Công an tỉnh X": the run stops inside a body's name ("Công an"), so
        # it is that body's, however unknown the word before it ("Ty"); no name
        return NameCut(b - a, 0)
    firm = firm_end(tokens, a, b)
    if firm > a:
        # "Tổng giám đốc Vietjet Air", "Vietnam Airlines", "Tập đoàn Sun Group Đặng Văn A": a
        # company word ends a brand, the title's (its place too); a name may still follow
        after = split_run(tokens, firm, b, lex, direct=True) if firm < b else NameCut(0, 0)
        return NameCut(firm - a + after.title_len, after.name_len, after.places)
    places: list[PlaceInfo] = []
    i = a
    while i < b:
        hit = lex.places.longest(tokens, i, b)
        if hit is None:
            saint = saint_place_end(tokens, i, b)
            if saint > i:
                # "Thị trưởng St Louis", "Thủ tướng Saint Lucia": a saint's place, unlisted
                i = saint
                continue
            # "Trưởng ban Đối Ngoại Trung ương": a portfolio is the title's, never a name
            field = lex.fields.longest(tokens, i, b)
            if field is None:
                break
            i += field[0]
            continue
        i += hit[0]
        places.append(hit[1])
    rest = b - i
    if rest == 0:
        return NameCut(b - a, 0, tuple(places))
    style_end = strip_style(tokens, i, b)
    if style_end > i:
        # "Thủ tướng Campuchia Samdech Akka Moha Sena Padei Techo Hun Sen": the style is
        # left out of the name later and does not count toward its length
        return NameCut(i - a, style_end - i + foreign_length(tokens, style_end, b), tuple(places))
    if highland_opener(tokens, i, b, lex):
        # "Phó Bí thư Tỉnh ủy A Tiu", "UBND tỉnh H'Lan Niê": a one-letter opener starts the
        # name wherever the title's body or place ends, with no family name of our list
        return NameCut(i - a, min(rest, MAX_VIETNAMESE), tuple(places))
    run = tokens[i:b]
    state = _styled_state(tokens, a, b, lex) if i == a else None
    if state is not None:
        # "Tổng thống nước Cộng hòa Bolivar Venezuela": after a state's style, a run that
        # ends in a country is that state's official name, never a person's
        return NameCut(b - a, 0, (*places, state))
    known = known_name(tokens, i, b, lex)
    if known is not None:
        return NameCut(i - a, known, tuple(places))
    if looks_foreign(run):
        tail = org_tail_end(tokens, i, b, lex)
        if tail > i:
            # "Bí Thư Toàn Quốc Anna Moreau", "hữu nghị Nhật-Việt Kenji Sato": words closing
            # the body's name are the title's, the foreign name follows them
            return NameCut(tail - a, foreign_length(tokens, tail, b), tuple(places))
        if ends_in_country(tokens, i, b, lex):
            # "Tổng Giám đốc Samsung Việt Nam", "Giám đốc Toyota Thái Lan": a brand and the
            # country of its branch name a company; no person's name ends in a country
            return NameCut(b - a, 0, tuple(places))
        lead = marked_lead_end(tokens, i, b, lex)
        if lead > i:
            # "Nguyên Chủ tịch đảng Quốc Đại Sonia Gandhi": syllables written with Vietnamese
            # marks, then words Vietnamese cannot spell; a Latin name never opens with marked
            # Vietnamese syllables, so they close the body's name and the title keeps them
            return NameCut(lead - a, foreign_length(tokens, lead, b), tuple(places))
        inner = _place_inside(tokens, i, b, lex)
        if inner is not None:
            # "Trung Đông và Bắc Phi Anh Hamish Falconer": Vietnamese-spelt words, a
            # country, then the Latin name: the words and the country are the title's
            k, country = inner
            return NameCut(k - a, foreign_length(tokens, k, b), (*places, country))
        return NameCut(i - a, foreign_length(tokens, i, b), tuple(places))
    if rest >= 2 and run[0].fold in lex.surnames:
        # "Kim Sơn Đinh Văn Hùng": an unknown place may open with a family name too
        k = later_name_start(tokens, i, i, b, lex) or i
        return NameCut(k - a, _name_length(tokens, k, b, lex), tuple(places))
    if rank and direct and i == a and 2 <= rest <= MAX_VIETNAMESE:
        return NameCut(0, rest)
    for k in range(i + 1, b - 1):
        if tokens[k].fold in lex.surnames and lex.places.longest(tokens, k, b) is None:
            k = later_name_start(tokens, i, k, b, lex) or k  # "Gia Lâm Đinh Văn Hùng"
            k = name_after_short_place(tokens, i, k, b, lex)
            return NameCut(k - a, _name_length(tokens, k, b, lex), tuple(places))
    if i == a > 1 and tokens[a - 1].fold in _COMMITTEE_ENDS and tokens[a - 2].cap:
        # "Bí thư Thành ủy Thủ Đức, ...": a party committee is a place's; its holder's name,
        # Vietnamese-spelt, opens with a family name (read above), an unknown run is the place
        return NameCut(b - a, 0, tuple(places))
    # "Phó Chủ tịch VUFO Đôn Tuấn Phong": an acronym closes the body's name; three
    # syllables or more after it are a name even with a family name the list lacks (a
    # place there is of two, and is known or opened by "tỉnh")
    after_acronym = i == a > 0 and tokens[a - 1].acronym and rest >= 3
    if 2 <= rest <= (MAX_VIETNAMESE if direct else 4) and (
        direct or _foreign_country(places) or (foreign_body and not places) or after_acronym
    ):
        # right after the title, or after only a country ("Thủ tướng Singapore Sam Chua");
        # or after a foreign country or state body anywhere in the title: the name is then
        # foreign even when every syllable is Vietnamese-spellable ("Thượng viện Campuchia
        # Hun Sen", "Ủy ban Giáo dục Nhân đại toàn quốc Ô Lan Đồ")
        return NameCut(i - a, rest, tuple(places))
    return NameCut(b - a, 0, tuple(places))


#: A state's style before its official name ("Cộng hòa", "Vương quốc", "Liên bang").
_STATE_STYLES = frozenset({("cộng", "hòa"), ("cộng", "hoà"), ("vương", "quốc"), ("liên", "bang")})


def _styled_state(tokens: list[Token], a: int, b: int, lex: Lexicon) -> PlaceInfo | None:
    """The country a state's official name ends in, when a state's style stands right before
    the run ``tokens[a:b]`` and the run ends in a country of the gazetteer after at least one
    other word ("Cộng hòa | Bolivar Venezuela"); else None."""
    if a < 2 or (tokens[a - 2].fold, tokens[a - 1].fold) not in _STATE_STYLES:
        return None
    for k in range(a + 1, b):
        hit = lex.places.longest(tokens, k, b)
        if hit is not None and k + hit[0] == b:
            return hit[1] if hit[1].kind == "country" else None
    return None


def marked_lead_end(tokens: list[Token], i: int, b: int, lex: Lexicon) -> int:
    """End of the capitalised syllables with Vietnamese marks opening the run ``tokens[i:b]``
    when two words or more that Vietnamese cannot spell follow them and nothing else does
    ("Quốc Đại | Sonia Gandhi"), else ``i``. A family name first ("Lê Thị Marie"), a
    transliteration's hyphened syllables or an unmarked syllable ("Hun", "Kim") opens no such
    lead: the run keeps its reading."""
    if tokens[i].fold in lex.surnames:
        return i
    k = i
    while k < b and tokens[k].cap and _marked_syllable(tokens[k].text):
        k += 1
    if k == i or b - k < 2 or any(is_vietnamese_syllable(t.text) for t in tokens[k:b]):
        return i
    return k


def _marked_syllable(word: str) -> bool:
    """Is ``word`` one Vietnamese syllable written with a mark only Vietnamese uses?"""
    return not word.isascii() and "-" not in word and is_vietnamese_syllable(word)


def body_cut_at(tokens: list[Token], a: int, b: int, lex: Lexicon) -> bool:
    """Does the capitalised run ``tokens[a:b]``, which no family name opens, end inside the
    name of a field or body that reads on over the lower-case word after it ("Ty Công | an":
    "Công an", public security)? A person's name never runs into a body's words so; a
    Vietnamese name ("Nguyễn Văn Công an tâm") keeps its reading."""
    if b >= len(tokens) or b - a < 2 or tokens[a].fold in lex.surnames:
        return False
    after = tokens[b]
    if not after.word or after.cap:
        return False
    hit = lex.fields.longest(tokens, b - 1) or lex.orgs.longest(tokens, b - 1)
    return hit is not None and hit[0] >= 2


#: Last words of a party committee's name ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy").
_COMMITTEE_ENDS = frozenset({"ủy", "uỷ"})


def known_name(tokens: list[Token], i: int, b: int, lex: Lexicon) -> int | None:
    """Length of a known person's name ("Vương Nghị", "JD Vance") at ``i`` in the run
    ``tokens[i:b]``, or None.

    A known Latin name followed in the run only by words Vietnamese cannot spell is the short
    form of the name the run spells out in full: the whole run (within :data:`MAX_FOREIGN`).

    A known name is only a prefix of the name when the run goes on with Vietnamese-spelt
    syllables that open no place, within :data:`MAX_VIETNAMESE`: "Vương Nghị Cận" is
    another person, not Wang Yi then a stray "Cận".
    """
    hit = lex.people_names.longest(tokens, i, b)
    if hit is None:
        return None
    end = i + hit[0]
    if (
        end < b
        and b - i <= MAX_FOREIGN
        and looks_foreign(tokens[i:end])
        and all(not is_vietnamese_syllable(t.text) for t in tokens[end:b])
        and lex.places.longest(tokens, end, b) is None
    ):
        # the full form of a known Latin name: "Miguel Díaz-Canel Bermúdez", "Prabowo
        # Subianto Djojohadikusumo" (second surnames the lexicon's short form leaves out)
        return b - i
    if (
        end < b
        and b - i <= MAX_VIETNAMESE
        and not looks_foreign(tokens[i:b])
        and lex.places.longest(tokens, end, b) is None
    ):
        return None
    return hit[0]


def _place_inside(
    tokens: list[Token], i: int, b: int, lex: Lexicon
) -> tuple[int, PlaceInfo] | None:
    """In the foreign-looking run ``tokens[i:b]``: a country after one or more Vietnamese-spelt
    words and before a foreign-looking rest; (where the rest starts, the country), or None.
    Right after "Cộng hòa" the words before the country may be transliterated too: they are
    the republic's style ("Cộng hòa Bô-li-va Vê-nê-xu-ê-la Hu-gô Ra-pha-en")."""
    republic = i >= 2 and (tokens[i - 2].fold, tokens[i - 1].fold) in _REPUBLIC
    for k in range(i + 1, b - 1):
        word = tokens[k - 1].text
        if not (is_vietnamese_syllable(word) or (republic and transliterated(word))):
            return None
        hit = lex.places.longest(tokens, k, b)
        if hit is not None and hit[1].kind == "country":
            end = k + hit[0]
            if end < b and looks_foreign(tokens[end:b]):
                return end, hit[1]
    return None


#: "Cộng hòa" as folded tokens: a republic's official name follows it.
_REPUBLIC = frozenset({("cộng", "hòa"), ("cộng", "hoà")})


def _foreign_country(places: list[PlaceInfo]) -> bool:
    """The run opened with a country other than Vietnam ("Campuchia", "Thái Lan"), or with a
    province or city of one ("Tỉnh trưởng tỉnh Khăm Muộn Đay Xụ Đa Phon"): a foreign
    place closes the office, so what follows it is the holder's name."""
    return bool(places) and places[-1].country not in (None, "VN")


#: Words that open an Ê Đê, Jrai or M'nông man's name ("Y Biêr Niê", "Y Thanh Hà Niê Kđăm"),
#: or a Ba Na or Xơ Đăng man's ("A Tiu"), never a place: after an administrative word
#: ("Chủ tịch tỉnh Y ...") or an organisation ("Tỉnh ủy A ...") the name begins there.
HIGHLAND_NAME_OPENERS = frozenset({"Y", "A"})
#: After "Y" these are medicine's words, not a name: "Đại học Y Dược Huế", "Học viện Y Dược học
#: cổ truyền", "Trường Y Khoa", "Sở Y Tế" (an Ê Đê man's name never goes on with them).
_MEDICINE_AFTER_Y = frozenset({"dược", "khoa", "tế", "học"})


def highland_opener(tokens: list[Token], k: int, b: int, lex: Lexicon) -> bool:
    """Does a highland name open at ``tokens[k]`` in the run ending at ``b``: a one-letter
    opener (:data:`HIGHLAND_NAME_OPENERS`) or a capital letter with its apostrophe (the Ê
    Đê women's "H'", the K'Ho "K'"), then a capitalised word? No place is one letter, so the
    run is a name from there. Not when a place follows the letter ("Đại học Y Hà Nội"), nor
    a Vietnamese full name with no clan word ("Phòng A Lê Văn B": a unit's letter)."""
    if k + 1 >= b:
        return False
    tok, nxt = tokens[k], tokens[k + 1]
    if not (nxt.cap and nxt.word and not nxt.acronym):
        return False
    text = tok.text
    if text not in HIGHLAND_NAME_OPENERS and not (
        len(text) == 2 and text[0].isupper() and text[1] in "'\u2019"
    ):
        return False
    if lex.places.longest(tokens, k + 1, b) is not None:
        return False
    if text == "Y" and nxt.fold in _MEDICINE_AFTER_Y:
        return False
    return not (nxt.fold in lex.surnames and b - k >= 4 and not ethnic_clan(tokens[k + 2 : b]))


def split_admin_run(
    tokens: list[Token], a: int, b: int, lex: Lexicon, *, named: bool = False, state: bool = False
) -> NameCut:
    """Cut the capitalised run ``tokens[a:b]`` that follows an administrative word ("tỉnh",
    "bang", "thành phố", "châu" ...): it opens with a place, part of the title.

    A known place or a family name first reads as :func:`split_run` does ("tỉnh Quảng Ninh
    Nguyễn Văn A", "UBND tỉnh Nguyễn Văn Thắng": "tỉnh" then the chairman's name). Otherwise
    the place is unknown ("tỉnh Gyeonggi", "bang Ohio"): a family name later in the run opens
    the name ("Gyeonggi Kim Dong Yeon"), else a run of three words or more ends with a
    two-word name ("Ohio Mike DeWine"), else it is all place. ``places`` is left empty for
    an unknown place: the caller names it.

    ``named``: the title is apposed to a name just read ("đồng chí X, Tỉnh trưởng tỉnh
    Luông Pha Bang"); the person is named, so an unknown run with no family name is all place.

    ``state``: the word is a federation's "bang"; an unknown run of two Latin words there
    is the governor's or minister's name, the state left to the context ("Thống đốc bang
    John Miller"), unless a word of it is a word of place names ("New Mexico", "Tamil Nadu").
    """
    if highland_opener(tokens, a, b, lex):
        return NameCut(0, min(b - a, MAX_VIETNAMESE))  # "tỉnh Y Biêr Niê": "tỉnh" alone
    if b - a >= 3 and tokens[b - 1].fold in NAME_SUFFIXES:
        # "Thống đốc bang Henry Lowell Jr.": the suffix closes the name the run ends with,
        # so the name is read without it and keeps it
        cut = split_admin_run(tokens, a, b - 1, lex, named=named, state=state)
        if cut.name_len and cut.title_len + cut.name_len == b - 1 - a:
            return NameCut(cut.title_len, cut.name_len + 1, cut.places)
    if lex.places.longest(tokens, a, b) is not None or tokens[a].fold in lex.surnames:
        return split_run(tokens, a, b, lex, direct=False)
    if named:
        return NameCut(b - a, 0)
    for k in range(a + 1, b - 1):
        if tokens[k].cap and tokens[k].fold in lex.surnames:  # not the particle "la"
            if k == a + 1 == b - 2 and _middle_marked(tokens, a):
                # "UBND tỉnh Đồng Văn Thanh": a Vietnamese place is never one unknown
                # syllable, so that syllable is the family name of the whole run
                return NameCut(0, 3)
            k = later_name_start(tokens, a, k, b, lex) or k  # "huyện Tân Yên Lê Thanh Hà"
            k = name_after_short_place(tokens, a, k, b, lex)
            return NameCut(k - a, min(b - k, MAX_VIETNAMESE))
    if b - a >= 3:
        if not tokens[b - 2].cap:
            return NameCut(b - a, 0)  # "vùng Val de Loire": a name never opens with "de"
        return NameCut(b - a - 2, 2)
    if state and b - a == 2 and latin_pair_name(tokens[a:b]):
        return NameCut(0, 2)
    return NameCut(b - a, 0)


def _middle_marked(tokens: list[Token], a: int) -> bool:
    """Is ``tokens[a:a+3]`` a Vietnamese syllable, "Văn"/"Thị", and a given name?"""
    return tokens[a + 1].fold in MIDDLE_MARKERS and is_vietnamese_syllable(tokens[a].text)


def _name_length(tokens: list[Token], i: int, b: int, lex: Lexicon) -> int:
    """Syllables of a Vietnamese name starting at ``i``: up to a place, at most 5.

    Places come before the name in a title ("Bí thư Tỉnh ủy Thanh Hóa Nguyễn Văn A"), so a
    place-like pair that ends the run after the family name is the name's own syllables:
    given names often read as places ("Nguyễn Quốc Thanh Hải", "Trần Văn Hà Nam"). A place
    stops the name only when something follows it in the run or it would not fit.
    """
    n = 1
    while i + n < b and n < MAX_VIETNAMESE:
        if n >= 2:
            # only a place of two words or more: one-word countries ("Đức", "Anh") are
            # also common given names ("Nguyễn Minh Đức", "Trần Tuấn Anh")
            hit = lex.places.longest(tokens, i + n, b)
            if hit is not None and hit[0] >= 2:
                end = i + n + hit[0]
                if end == b and n + hit[0] <= MAX_VIETNAMESE:
                    return n + hit[0]
                break
        n += 1
    return n
