"""One person written in two scripts: an unmarked Vietnamese name, a Lao name respelled.

Names, places, outlets and dates are made up. Near misses: two marked namesakes folding to one
unmarked name, a respelling whose reports differ in family or day, a skeleton with no person
shared, and the order articles arrive in.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from tests.corpus_helpers import report
from vndiplo.corpus import merge, people
from vndiplo.corpus.scripts import transliteration_skeleton, vietnamese_fold
from vndiplo.corpus.sides import shared_sides
from vndiplo.corpus.store import CorpusStore
from vndiplo.model import Document

HOST_VI = ("Trịnh Quốc Bảo", "Thủ tướng", "VN", "host")
HOST_EN = ("Trinh Quoc Bao", "Prime Minister", "VN", "host")
GUEST_LAT = ("Somphet Vilaysak", "Lao Prime Minister", "LA", "guest")
GUEST_VI = ("Xổm-phết Vi-lay-xắc", "Thủ tướng Lào", "LA", "guest")


def _talks(
    doc_id: str, host: tuple[str, str, str, str], guest: tuple[str, str, str, str], **kw: object
) -> Document:
    return report(
        doc_id,
        "The two prime ministers held talks.",
        people=[host, guest],
        type=kw.pop("type", "talks"),  # type: ignore[arg-type]
        date=kw.pop("date", "2024-03-12"),  # type: ignore[arg-type]
        published=kw.pop("published", "2024-03-12"),  # type: ignore[arg-type]
        trigger="hội đàm",
        **kw,  # type: ignore[arg-type]
    )


def test_folds_and_skeletons() -> None:
    assert vietnamese_fold("Trịnh Quốc Bảo") == ("trinh quoc bao", True)
    assert vietnamese_fold("ông Trinh Quoc Bao") == ("trinh quoc bao", False)
    assert vietnamese_fold("Somphet Vilaysak") is None  # not a Vietnamese name
    assert vietnamese_fold("Bảo") is None
    same = [
        ("Xổm-phết Vi-lay-xắc", "Somphet Vilaysak"),
        ("Khăm-pheng Xỉ-xu-vông", "Khamphaeng Sisouvong"),
        ("Bun-thoong Phôm-ma-xạt", "Bounthong Phommasath"),
        ("Lếch-xay Vo-la-chít", "Lekxay Vorachith"),
        ("Xu-li-vông Đa-la-vông", "Soulivong Daravong"),
    ]
    for vi, latin in same:
        assert transliteration_skeleton(vi) == transliteration_skeleton(latin), (vi, latin)
    assert transliteration_skeleton("Somphet Vilaysak") != transliteration_skeleton(
        "Somphone Vilaysak"
    )
    assert transliteration_skeleton("Trịnh Quốc Bảo") is None  # Vietnamese names fold instead
    assert transliteration_skeleton("Bun Ma") is None  # too short to say anything


def test_english_and_vietnamese_reports_sharing_no_spelling_merge_either_order() -> None:
    docs = [_talks("en-1", HOST_EN, GUEST_LAT), _talks("vi-1", HOST_VI, GUEST_VI)]
    for order in itertools.permutations(docs):
        events = merge(order)
        assert len(events) == 1
        assert len(events[0].sources) == 2
        # one participant per person: the unmarked host is the marked one
        assert {name for _pid, name, _role in events[0].participants} >= {"Trịnh Quốc Bảo"}
        assert "Trinh Quoc Bao" not in {name for _p, name, _r in events[0].participants}


def test_a_skeleton_alone_or_on_another_day_or_family_does_not_merge() -> None:
    other_host = ("Đoàn Minh Tú", "Phó Thủ tướng", "VN", "host")
    alone = [_talks("en-1", HOST_EN, GUEST_LAT), _talks("vi-1", other_host, GUEST_VI)]
    assert len(merge(alone)) == 2
    assert shared_sides(
        {"a": "Somphet Vilaysak", "b": "Doan Minh Tu"},
        {"c": "Xổm-phết Vi-lay-xắc", "d": "Trịnh Quốc Bảo"},
        cross_script=True,
    ) == (0, 0)
    later = _talks("vi-2", HOST_VI, GUEST_VI, date="2024-03-20", published="2024-03-20")
    assert len(merge([_talks("en-1", HOST_EN, GUEST_LAT), later])) == 2
    phone = _talks("vi-3", HOST_VI, GUEST_VI, type="phone_call")
    assert len(merge([_talks("en-1", HOST_EN, GUEST_LAT), phone])) == 2


def test_people_gain_the_other_script_spelling_only_without_a_namesake() -> None:
    docs = [_talks("en-1", HOST_EN, GUEST_LAT), _talks("vi-1", HOST_VI, GUEST_VI)]
    with CorpusStore() as store:
        store.add_many(docs)
        found = {p.name: p for p in people(store.conn)}
        assert found["Trịnh Quốc Bảo"].names == ("Trinh Quoc Bao", "Trịnh Quốc Bảo")
        assert "Trinh Quoc Bao" not in found
        assert {t[0] for t in found["Trịnh Quốc Bảo"].titles} == {"Prime Minister", "Thủ tướng"}
        # the Lao guest keeps two records: a skeleton never merges people on its own
        assert "Somphet Vilaysak" in found and "Xổm-phết Vi-lay-xắc" in found
        # a marked namesake folding the same way takes the alias away again
        namesake = ("Trịnh Quốc Bào", "Bộ trưởng", "VN", "host")
        store.add(
            _talks("vi-9", namesake, ("Hanna Lindqvist", "", "SE", "guest"), date="2019-01-02")
        )
        found = {p.name: p for p in people(store.conn)}
        assert "Trinh Quoc Bao" in found
        assert found["Trịnh Quốc Bảo"].names == ("Trịnh Quốc Bảo",)


def test_namesakes_keep_an_unmarked_report_apart() -> None:
    # Two marked namesakes in one pair: "Trinh Quoc Bao" folds to both, so nothing is pinned.
    assert shared_sides(
        {"a": "Trinh Quoc Bao", "g": "Somphet Vilaysak"},
        {"b": "Trịnh Quốc Bảo", "c": "Trịnh Quốc Bào", "h": "Xổm-phết Vi-lay-xắc"},
        cross_script=True,
    ) == (0, 0)


@given(st.text(max_size=40))
def test_keys_never_crash(name: str) -> None:
    fold = vietnamese_fold(name)
    assert fold is None or fold[0].isascii()
    skeleton = transliteration_skeleton(name)
    assert skeleton is None or skeleton.isascii()


def test_a_city_with_or_without_its_marks_is_one_place() -> None:
    from vndiplo.corpus.link import places_agree

    assert places_agree("Hanoi", "Hà Nội")
    assert places_agree("Da Nang", "Đà Nẵng")
    assert not places_agree("Hanoi", "Đà Nẵng")
