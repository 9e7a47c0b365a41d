"""Hypothesis strategies for people and titles: a phrase and the person it should yield.

Each example is a :class:`PersonMention`: a Vietnamese news phrase ("Chiều 18/2, Tổng thống
Hàn Quốc Lee Jae Myung đã tiếp ...") built from a title, a generated name and one of the
patterns the press uses, together with the expected name, titles and ISO country. A property
then states ``find_people(render(x)) == x``::

    from hypothesis import given
    from vndiplo.testing.people import person_mentions

    @given(person_mentions())
    def test_round_trip(mention):
        people = {p.name: p for p in my_find_people(Document(mention.phrase))}
        assert people[mention.name].titles == mention.titles

The tables below are independent of any plugin's lexicon on purpose: they are the
specification a people plugin is tested against.
"""

from __future__ import annotations

from attrs import frozen
from hypothesis import strategies as st

__all__ = [
    "PersonMention",
    "chinese_names",
    "latin_names",
    "person_mentions",
    "vietnamese_names",
]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_VN_SURNAMES = _words(
    "Nguyễn Trần Lê Phạm Hoàng Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lương Trịnh Đinh Mai Tô"
)
_VN_MIDDLES = _words("Văn Thị Minh Thanh Quốc Hồng Đức Thu Ngọc Xuân Kim Tuấn Hải")
_VN_GIVEN = _words(
    "Anh Đức Hùng Lan Bình Sơn Hà Dũng Hải Hương Tuấn Cường Linh Phong Long Chính Trọng "
    "Thắng Khánh Mẫn Huệ Phúc Vượng"
)
_CN_SURNAMES = _words("Tập Lưu Vương Triệu Lý Trần Hồ Ôn Dương Hàn Đinh Lam")
_CN_GIVEN = _words("Cận Bình Ninh Nghị Cường Lạc Tế Hiểu Huy Kiến Siêu Minh Quân Đông Vĩ Hỗ")
_LATIN_FIRST = _words(
    "Sam Albert Irene Vladimir Anthony Emmanuel Friedrich Sergey Marco Penny Lawrence Olaf "
    "Narendra Prabowo Jacinda Keir"
)
_LATIN_LAST = _words(
    "Mostyn Piki Patrushev Albanese Macron Merz Lavrov Rubio Ardern Scholz Modi Subianto "
    "Sokhonn Starmer Takaichi Sisoulith"
)

#: Vietnamese offices, unqualified or Vietnam-qualified: a Vietnamese holder, country VN.
_VN_TITLES = (
    "Tổng Bí thư",
    "Chủ tịch nước",
    "Thủ tướng Chính phủ",
    "Phó Thủ tướng",
    "Chủ tịch Quốc hội",
    "Phó Chủ tịch Quốc hội",
    "Bộ trưởng Bộ Ngoại giao",
    "Bộ trưởng Ngoại giao",
    "Thứ trưởng Bộ Quốc phòng",
    "Quyền Bộ trưởng Bộ Công an",
    "Đại sứ Việt Nam tại Nhật Bản",
    "Bí thư Tỉnh ủy Quảng Ninh",
    "Bí thư Thành ủy Hà Nội",
    "Chủ tịch UBND tỉnh Lạng Sơn",
    "Ủy viên Bộ Chính trị",
    "Bí thư Trung ương Đảng",
    "Đại tướng",
    "Thượng tướng",
    "Phó Đô đốc",
    "Chủ nhiệm Ủy ban Đối ngoại của Quốc hội",
    "Giám đốc Sở Ngoại vụ",
    "nguyên Chủ tịch nước",
)
#: Chinese offices that name China or a Chinese province: country CN.
_CN_TITLES = (
    "Bí thư Khu ủy Quảng Tây",
    "Chủ tịch nước Trung Quốc",
    "Bộ trưởng Ngoại giao Trung Quốc",
    "Đại sứ Trung Quốc tại Việt Nam",
    "Bí thư Tỉnh ủy Vân Nam",
    "Thủ tướng Quốc vụ viện Trung Quốc",
    "Ủy viên trưởng Nhân đại toàn quốc Trung Quốc",
    "Bí thư Đảng ủy Khu tự trị dân tộc Choang Quảng Tây",
)
#: Foreign offices with their country.
_FOREIGN_TITLES = (
    ("Tổng thống Hàn Quốc", "KR"),
    ("Thủ tướng Australia", "AU"),
    ("Toàn quyền Australia", "AU"),
    ("Ngoại trưởng Hoa Kỳ", "US"),
    ("Quốc vương Campuchia", "KH"),
    ("Thủ tướng Singapore", "SG"),
    ("Tổng thống Pháp", "FR"),
    ("Thủ tướng Đức", "DE"),
    ("Bộ trưởng Quốc phòng Indonesia", "ID"),
    ("Phó Thủ tướng Campuchia", "KH"),
    ("Đại sứ Nhật Bản tại Việt Nam", "JP"),
    ("Tổng thống Nga", "RU"),
)
_OPENINGS = ("", "Chiều 18/2, ", "Sáng 16/5, tại Hà Nội, ", "Trong buổi tiếp, ", "Hôm qua, ")
_CLOSINGS = (
    " đã tiếp đoàn đại biểu.",
    " phát biểu tại hội nghị.",
    " cho biết hai bên sẽ tăng cường hợp tác.",
    " hội đàm với đoàn đại biểu cấp cao.",
    ".",
)


@frozen
class PersonMention:
    """A phrase and the person a people plugin should find in it."""

    phrase: str
    name: str
    titles: tuple[str, ...]
    country: str | None


def vietnamese_names() -> st.SearchStrategy[str]:
    """Vietnamese names: family name, zero to two middle names, a given name."""
    return st.builds(
        lambda s, m, g: " ".join([s, *m, g]),
        st.sampled_from(_VN_SURNAMES),
        st.lists(st.sampled_from(_VN_MIDDLES), max_size=2, unique=True),
        st.sampled_from(_VN_GIVEN),
    )


def chinese_names() -> st.SearchStrategy[str]:
    """Sino-Vietnamese readings of Chinese names: family name and one or two syllables."""
    return st.builds(
        lambda s, g: " ".join([s, *g]),
        st.sampled_from(_CN_SURNAMES),
        st.lists(st.sampled_from(_CN_GIVEN), min_size=1, max_size=2, unique=True),
    )


def latin_names() -> st.SearchStrategy[str]:
    """Latin-script foreign names, written first name then family name."""
    return st.builds(
        lambda f, last: f"{f} {last}", st.sampled_from(_LATIN_FIRST), st.sampled_from(_LATIN_LAST)
    )


def _holders() -> st.SearchStrategy[tuple[str, str, str | None]]:
    """(title, name, country) triples whose expected country the text fixes."""
    return st.one_of(
        st.tuples(st.sampled_from(_VN_TITLES), vietnamese_names(), st.just("VN")),
        st.tuples(st.sampled_from(_CN_TITLES), chinese_names(), st.just("CN")),
        st.sampled_from(_FOREIGN_TITLES).flatmap(
            lambda tc: st.tuples(st.just(tc[0]), latin_names(), st.just(tc[1]))
        ),
    )


@st.composite
def person_mentions(draw: st.DrawFn) -> PersonMention:
    """A titled mention in one of the press's patterns, with the expected parse.

    Patterns: title before name ("Tổng Bí thư Tô Lâm"), two titles before one name
    ("Ủy viên Bộ Chính trị, Bộ trưởng Bộ Ngoại giao X"), and an honorific with an appositive
    chain after the name ("đồng chí X, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội, ...").
    """
    title, name, country = draw(_holders())
    opening = draw(st.sampled_from(_OPENINGS))
    closing = draw(st.sampled_from(_CLOSINGS))
    pattern = draw(st.sampled_from(("before", "two", "appositive")))
    if pattern == "two" and country == "VN":
        first = draw(st.sampled_from(("Ủy viên Bộ Chính trị", "Ủy viên Trung ương Đảng")))
        if first != title:
            phrase = f"{opening}{first}, {title} {name}{closing}"
            return PersonMention(phrase, name, (first, title), country)
    if pattern == "appositive":
        honorific = "đồng chí" if country in ("VN", "CN") else draw(st.sampled_from(("ông", "bà")))
        phrase = f"{opening}{honorific} {name}, {title},{closing}"
        if closing == ".":
            phrase = f"{opening}{honorific} {name}, {title}."
        return PersonMention(phrase, name, (title,), country)
    return PersonMention(f"{opening}{title} {name}{closing}", name, (title,), country)
