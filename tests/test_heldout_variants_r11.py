"""Round 11's held-out variants: sentences the lead wrote in other wordings than the pages each
class was fixed on, and ran at every merge without showing them to the fixers (12 of 22 passed
at the round start, 21 at its end). Invented names, places and dates; the full pipeline. One
still fails and is marked: a reception of a delegation whose head is named only after "ông"
with no title ("tiếp đoàn ... do ông X dẫn đầu")."""

from __future__ import annotations

import pytest

from tests.heldout_helpers import doc, main, sides
from vndiplo.corpus import merge

BODY = "Hai bên nhất trí tăng cường hợp tác trên các lĩnh vực kinh tế, giáo dục và văn hóa."

# ---- noun-form acts as subjects; arrival verbs -------------------------


def test_noun_talks_subject_of_dien_ra() -> None:
    e = main(
        "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản",
        "Cuộc hội đàm giữa Thủ tướng Phạm Minh Chính và Thủ tướng Nhật Bản Ishiba Shigeru diễn ra"
        " chiều 7/10 tại Văn phòng Thủ tướng Nhật Bản, trong bầu không khí thân tình.",
        BODY,
        published="2024-10-08",
    )
    assert e.type == "talks"
    assert e.date == "2024-10-07"
    assert e.location == "Văn phòng Thủ tướng Nhật Bản"
    assert set(sides(e)) == {"Phạm Minh Chính", "Ishiba Shigeru"}


def test_noun_reception_subject_of_duoc_to_chuc() -> None:
    e = main(
        "Phó Chủ tịch nước tiếp Đại sứ Ấn Độ",
        "Buổi tiếp Đại sứ Ấn Độ Sandeep Arya của Phó Chủ tịch nước Võ Thị Ánh Xuân được tổ chức"
        " sáng 3/4 tại Phủ Chủ tịch.",
        BODY,
        published="2024-04-03",
    )
    assert e.type == "reception"
    assert e.date == "2024-04-03"
    assert sides(e) == {"Võ Thị Ánh Xuân": "host", "Sandeep Arya": "guest"}


def test_noun_phone_call_subject_with_time_after() -> None:
    e = main(
        "Bộ trưởng Ngoại giao điện đàm với Ngoại trưởng Australia",
        "Cuộc điện đàm giữa Bộ trưởng Ngoại giao Bùi Thanh Sơn và Ngoại trưởng Australia Penny"
        " Wong đã diễn ra vào tối 2/8 trong bầu không khí cởi mở.",
        BODY,
        published="2024-08-03",
    )
    assert e.type == "phone_call"
    assert e.date == "2024-08-02"
    assert set(sides(e)) == {"Bùi Thanh Sơn", "Penny Wong"}


def test_noun_signing_subject_of_dien_ra() -> None:
    e = main(
        "Quảng Ninh và Quảng Tây ký bản ghi nhớ hợp tác",
        "Lễ ký kết Bản ghi nhớ hợp tác giữa tỉnh Quảng Ninh và Khu tự trị Quảng Tây đã diễn ra"
        " sáng 15/5 tại thành phố Hạ Long.",
        BODY,
        published="2024-05-16",
    )
    assert e.type == "signing"
    assert e.date == "2024-05-15"
    assert e.location == "thành phố Hạ Long"


def test_arrival_plane_landed_is_the_visit() -> None:
    e = main(
        "Tổng thống Hàn Quốc đến Hà Nội",
        "Chiều 20/6, chuyên cơ chở Tổng thống Hàn Quốc Yoon Suk Yeol và Phu nhân đã hạ cánh xuống"
        " Sân bay quốc tế Nội Bài, bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam.",
        "Chuyến thăm diễn ra trong bối cảnh quan hệ hai nước đang phát triển tốt đẹp.",
        published="2024-06-20",
    )
    assert e.type == "visit"
    assert e.date is not None and e.date.startswith("2024-06-20")
    assert sides(e).get("Yoon Suk Yeol") == "guest"


def test_arrival_set_foot_is_the_visit() -> None:
    e = main(
        "Chủ tịch Quốc hội đến Vientiane",
        "Tối 9/1 (giờ địa phương), Chủ tịch Quốc hội Trần Thanh Mẫn đã đặt chân đến Thủ đô"
        " Vientiane, bắt đầu chuyến thăm chính thức Lào theo lời mời của Chủ tịch Quốc hội Lào.",
        published="2025-01-10",
    )
    assert e.type == "visit"
    assert e.date is not None and e.date.startswith("2025-01-09")
    assert sides(e).get("Trần Thanh Mẫn") == "guest"


# ---- untitled people as sides -----------------------------------------


def test_untitled_host_with_ong() -> None:
    e = main(
        "Lãnh đạo tỉnh tiếp Chủ tịch Tập đoàn Hanwha",
        "Sáng 9/9, tại trụ sở UBND tỉnh Bắc Ninh, ông Nguyễn Văn Thắng đã tiếp ông Kim Jong-won,"
        " Chủ tịch Tập đoàn Hanwha (Hàn Quốc).",
        BODY,
        published="2024-09-09",
    )
    assert e.type == "reception"
    assert sides(e) == {"Nguyễn Văn Thắng": "host", "Kim Jong-won": "guest"}


def test_untitled_both_sides_ba() -> None:
    e = main(
        "Gặp gỡ các nữ lãnh đạo",
        "Chiều 14/11, bà Trần Thị Hồng Hạnh đã gặp bà Mary Robinson bên lề Diễn đàn Phụ nữ"
        " toàn cầu tại Dublin.",
        BODY,
        published="2024-11-15",
    )
    assert e.type == "meeting"
    assert set(sides(e)) == {"Trần Thị Hồng Hạnh", "Mary Robinson"}


@pytest.mark.xfail(strict=True, reason="an untitled delegation head after 'ông' is not a side")
def test_dong_chi_host_and_delegation_head_untitled() -> None:
    e = main(
        "Tiếp đoàn đại biểu Đảng Nhân dân Campuchia",
        "Chiều 22/7, đồng chí Lê Minh Hưng đã tiếp đoàn đại biểu Đảng Nhân dân Campuchia do ông"
        " Men Sam An dẫn đầu đang thăm và làm việc tại Việt Nam.",
        BODY,
        published="2024-07-23",
    )
    assert e.type == "reception"
    assert sides(e) == {"Lê Minh Hưng": "host", "Men Sam An": "guest"}


# ---- clause scope: places --------------------------------------------


def test_place_carried_to_talks_after_welcome() -> None:
    e = main(
        "Chủ tịch nước Lương Cường hội đàm với Tổng thống Chile",
        "Sáng 12/4, Chủ tịch nước Lương Cường đã chủ trì lễ đón chính thức Tổng thống Chile"
        " Gabriel Boric tại Phủ Chủ tịch. Ngay sau lễ đón, hai nhà lãnh đạo đã hội đàm.",
        BODY,
        published="2025-04-12",
    )
    assert e.type == "talks"
    assert e.date == "2025-04-12"
    assert e.location == "Phủ Chủ tịch"
    assert sides(e) == {"Lương Cường": "host", "Gabriel Boric": "guest"}


def test_tai_day_carries_the_place() -> None:
    e = main(
        "Thủ tướng tiếp Chủ tịch Tập đoàn NVIDIA",
        "Chiều 5/11, Thủ tướng Phạm Minh Chính đến thăm Trung tâm Đổi mới sáng tạo Quốc gia."
        " Tại đây, Thủ tướng đã tiếp ông Jensen Huang, Chủ tịch Tập đoàn NVIDIA.",
        BODY,
        published="2024-11-05",
    )
    assert e.type == "reception"
    assert e.location is not None and "Trung tâm Đổi mới sáng tạo Quốc gia" in e.location


def test_place_in_a_relative_clause_is_not_the_venue() -> None:
    e = main(
        "Bộ trưởng Tư pháp tiếp Bộ trưởng Tư pháp Lào",
        "Sáng 6/3, Bộ trưởng Tư pháp Nguyễn Hải Ninh, người từng nhiều năm công tác tại"
        " Vientiane, đã tiếp Bộ trưởng Tư pháp Lào Phayvy Siboualypha tại trụ sở Bộ Tư pháp.",
        BODY,
        published="2025-03-06",
    )
    assert e.type == "reception"
    assert e.location == "trụ sở Bộ Tư pháp"


def test_sideline_place_of_the_summit() -> None:
    e = main(
        "Thủ tướng gặp Thủ tướng Ấn Độ",
        "Nhân dịp tham dự Hội nghị thượng đỉnh G20 tại Rio de Janeiro, Brazil, chiều 18/11 (giờ"
        " địa phương), Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Ấn Độ Narendra Modi.",
        BODY,
        published="2024-11-19",
    )
    assert e.type == "meeting"
    assert e.location is not None and e.location.startswith("Rio de Janeiro")


# ---- relative clauses are not acts -------------------------------------


def test_first_country_visited_clause_is_not_the_act() -> None:
    e = main(
        "Tổng Bí thư sẽ thăm cấp Nhà nước Lào",
        "Lào là quốc gia đầu tiên Tổng Bí thư Tô Lâm đến thăm sau khi nhận trọng trách mới."
        " Theo thông báo của Ban Đối ngoại Trung ương, Tổng Bí thư sẽ thăm cấp Nhà nước Lào"
        " từ ngày 11 đến 12/7/2024.",
        published="2024-07-09",
    )
    assert e.type == "visit"
    assert e.date is not None and e.date.startswith("2024-07-11")


def test_place_once_visited_by_a_leader_is_no_event() -> None:
    d = doc(
        "Khánh thành nhà truyền thống xã Kim Liên",
        "Sáng 19/5, tỉnh Nghệ An khánh thành nhà truyền thống tại xã Kim Liên, nơi Chủ tịch Hồ Chí"
        " Minh từng về thăm vào năm 1957 và năm 1961.",
        "Buổi lễ có sự tham gia của đông đảo nhân dân địa phương.",
        published="2024-05-19",
    )
    assert not any(e.type == "visit" and not e.referenced for e in d.events)


# ---- English -----------------------------------------------------------


def test_english_minister_of_x_and_weekday_parenthesis() -> None:
    e = main(
        "Minister receives Japanese Ambassador",
        "Minister of Industry and Trade Nguyen Hong Dien received Japanese Ambassador Ito Naoki in"
        " Hanoi on Tuesday (June 4, 2024) to discuss energy cooperation.",
        "The two sides agreed to speed up projects in renewable energy.",
        published="2024-06-05",
    )
    assert e.type == "reception"
    assert e.date == "2024-06-04"
    assert sides(e) == {"Nguyen Hong Dien": "host", "Ito Naoki": "guest"}


def test_english_deputy_pm_talks_abroad() -> None:
    e = main(
        "Deputy PM holds talks in Beijing",
        "Vietnamese Deputy Prime Minister Tran Hong Ha held talks with Chinese Vice Premier Ding"
        " Xuexiang in Beijing on March 12.",
        "Both sides pledged to boost connectivity of railways and border gates.",
        published="2025-03-13",
    )
    assert e.type == "talks"
    assert e.date == "2025-03-12"
    assert e.location == "Beijing"
    assert set(sides(e)) == {"Tran Hong Ha", "Ding Xuexiang"}


def test_english_monday_welcome() -> None:
    e = main(
        "President welcomes Chilean leader",
        "President Luong Cuong on Monday hosted an official welcome ceremony for visiting Chilean"
        " President Gabriel Boric at the Presidential Palace in Hanoi.",
        "The two leaders then held talks.",
        published="2025-03-25",
    )
    assert e.date == "2025-03-24"
    assert "Gabriel Boric" in sides(e)


# ---- corpus: one person in two scripts ----------------------------------


def test_corpus_unmarked_latin_name_meets_marked_name() -> None:
    vi = doc(
        "Thủ tướng Nguyễn Xuân Phúc tiếp Bộ trưởng Quốc phòng Mỹ",
        "Chiều 24/1, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc đã tiếp Bộ trưởng Quốc phòng"
        " Hoa Kỳ James Mattis đang thăm chính thức Việt Nam.",
        BODY,
        published="2018-01-24",
    )
    en = doc(
        "PM receives US Defence Secretary",
        "Prime Minister Nguyen Xuan Phuc received US Secretary of Defence James Mattis in Hanoi on"
        " January 24, during his official visit to Vietnam.",
        "The two sides discussed defence cooperation.",
        published="2018-01-25",
    )
    events = merge([vi, en])
    receptions = [m for m in events if m.type == "reception"]
    assert len(receptions) == 1
    assert len({s.document_id for s in receptions[0].sources}) == 2


def test_corpus_two_unmarked_namesakes_stay_apart() -> None:
    # One unmarked spelling fits two marked people of the corpus: never guess.
    a = doc(
        "Bộ trưởng tiếp Đại sứ Pháp",
        "Sáng 3/3, Bộ trưởng Nguyễn Văn Hùng tiếp Đại sứ Pháp Olivier Brochet tại Hà Nội.",
        published="2024-03-03",
    )
    b = doc(
        "Bộ trưởng tiếp Đại sứ Pháp",
        "Sáng 3/3, Thứ trưởng Nguyễn Văn Hưng tiếp Đại sứ Pháp Olivier Brochet tại Hà Nội.",
        published="2024-03-03",
    )
    events = merge([a, b])
    ids = {p[0] for m in events for p in m.participants if p[1].startswith("Nguyễn Văn")}
    assert len(ids) == 2


def test_corpus_both_sides_in_other_script() -> None:
    vi = doc(
        "Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Lào",
        "Chiều 5/9, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng Lào"
        " Thoong-lun Xỉ-xu-lít nhân dịp ông thăm chính thức Việt Nam.",
        BODY,
        published="2017-09-05",
    )
    en = doc(
        "Vietnamese, Lao PMs hold talks",
        "Prime Minister Nguyen Xuan Phuc held talks with his Lao counterpart Thongloun Sisoulith"
        " in Hanoi on September 5.",
        "The two sides agreed to boost trade and investment.",
        published="2017-09-06",
    )
    talks = [m for m in merge([vi, en]) if m.type == "talks"]
    assert len(talks) == 1
    assert len({s.document_id for s in talks[0].sources}) == 2


def test_people_unmarked_spelling_joins_the_marked_person() -> None:
    from vndiplo.corpus import CorpusStore, people

    vi = doc(
        "Phó Thủ tướng Trần Hồng Hà tiếp Đại sứ Đức",
        "Sáng 2/10, Phó Thủ tướng Trần Hồng Hà tiếp Đại sứ Đức Helga Barth tại Trụ sở Chính phủ.",
        published="2024-10-02",
    )
    en = doc(
        "Deputy PM meets Dutch minister",
        "Deputy Prime Minister Tran Hong Ha met Dutch Minister of Infrastructure Mark Harbers in"
        " Hanoi on October 9.",
        published="2024-10-10",
    )
    with CorpusStore() as store:
        store.add_many([vi, en])
        found = [p for p in people(store.conn) if "Trần Hồng Hà" in p.names]
    assert len(found) == 1 and "Tran Hong Ha" in found[0].names
