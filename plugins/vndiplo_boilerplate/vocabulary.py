"""The default outlet vocabulary: section markers, widgets and credits, kept as data.

Vietnamese news sites wrap every article in the same few kinds of chrome: section headings that
open the related-news tail ("Có thể bạn quan tâm", "Tin cùng chuyên mục"), inline related boxes
("TIN LIÊN QUAN"), one-line widgets (share buttons, "Theo dõi X trên", "Nghe bài", copyright
footers) and source credits ("Báo điện tử Đảng Cộng sản Việt Nam"). Which words an outlet uses is
data, not logic, so it lives here as :class:`Marker` entries that the plugin registers under the
``"boilerplate.markers"`` lexicon; a user plugin adds its own outlet's words through the same
hook (see ``docs/plugins/boilerplate.md``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final, Literal

from attrs import field, frozen

__all__ = ["DEFAULT_MARKERS", "LEXICON_KIND", "MATCHES", "ROLES", "Marker", "as_marker"]

#: The lexicon this plugin reads from ``context.registry``.
LEXICON_KIND: Final = "boilerplate.markers"

Role = Literal["tail", "box", "widget", "source", "token", "section"]
Match = Literal["line", "prefix", "regex"]

#: What a matching line does:
#: ``tail``   - a section heading after which the article is over (everything below is dropped);
#: ``box``    - a related-news heading; the headlines under it are dropped until the article's
#:              paragraphs resume (inline boxes) or the page ends;
#: ``widget`` - one line of page chrome, dropped on its own;
#: ``source`` - a source or outlet credit, labelled ``byline``;
#: ``token``  - a word that, when every word of a line is such a token, makes the line a
#:              widget ("fb yt zl tw", "Facebook Zalo");
#: ``section`` - a section name that some pages glue before the headline ("Chính trị <headline>",
#:              "Xã hội - <headline>"); it is cut off the headline, never matched as a line.
ROLES: Final = ("tail", "box", "widget", "source", "token", "section")
#: How ``text`` is compared with a line (case-insensitively, on the normalised text):
#: ``line`` - the whole line, ignoring trailing ":", arrows and counters such as "(12)";
#: ``prefix`` - the start of the line; ``regex`` - a regular expression matched at the start.
MATCHES: Final = ("line", "prefix", "regex")


@frozen
class Marker:
    """One vocabulary entry: the words, what a matching line means, and how to match them."""

    text: str = field()
    role: Role = field(default="widget")
    match: Match = field(default="line")

    @text.validator
    def _check_text(self, _attribute: Any, value: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"a marker needs non-empty text, got {value!r}")

    @role.validator
    def _check_role(self, _attribute: Any, value: str) -> None:
        if value not in ROLES:
            raise ValueError(f"marker role must be one of {ROLES}, got {value!r}")

    @match.validator
    def _check_match(self, _attribute: Any, value: str) -> None:
        if value not in MATCHES:
            raise ValueError(f"marker match must be one of {MATCHES}, got {value!r}")


def as_marker(entry: Any) -> Marker:
    """Read one registered entry: a :class:`Marker`, a plain string (a ``widget`` line), a
    mapping ``{"text", "role"?, "match"?}`` or a sequence ``(text, role[, match])``."""
    if isinstance(entry, Marker):
        return entry
    if isinstance(entry, str):
        return Marker(entry)
    if isinstance(entry, Mapping):
        return Marker(entry["text"], entry.get("role", "widget"), entry.get("match", "line"))
    if isinstance(entry, Sequence) and 1 <= len(entry) <= 3:
        return Marker(*entry)
    raise TypeError(f"cannot read a boilerplate marker from {entry!r}")


def _many(role: Role, match: Match, *texts: str) -> list[Marker]:
    return [Marker(text, role, match) for text in texts]


DEFAULT_MARKERS: Final[tuple[Marker, ...]] = tuple(
    # Headings of the related-news, most-read and comment sections that close an article.
    _many(
        "tail",
        "line",
        "Có thể bạn quan tâm",
        "Bạn có thể quan tâm",
        "Tin cùng chuyên mục",
        "Cùng chuyên mục",
        "Bài cùng chuyên mục",
        "Tin cùng chủ đề",
        "Cùng chủ đề",
        "Tin đọc nhiều",
        "Đọc nhiều",
        "Đọc nhiều nhất",
        "Xem nhiều",
        "Xem nhiều nhất",
        "Tin xem nhiều",
        "Tin mới",
        "Tin mới nhất",
        "Tin mới cập nhật",
        "Tin nổi bật",
        "Tin khác",
        "Các tin khác",
        "Các tin đã đưa",
        "Tin bài khác",
        "Bài viết khác",
        "Bài viết cùng chuyên mục",
        "Ý kiến bạn đọc",
        "Ý kiến",
        "Bình luận",
        "Gửi bình luận",
        "Viết bình luận",
        "Bạn đọc bình luận",
        "Video đang được xem nhiều",
        "Video nổi bật",
        "Phiên bản di động",
        "Tags",
        "Tag",
        "Từ khóa",
        "Chủ đề",
        "Sự kiện",
        "Đọc tiếp",
        "Tin tiêu điểm",
        "Tin ảnh",
        "Multimedia",
        "Most read",
        "Related news",
        "Related",
    )
    + _many("tail", "prefix", "Tags:", "Tag:", "Từ khóa:", "Chủ đề:")
    # "Other news" in its wordings: "Tin tức khác", "Các bài khác", "Những tin bài khác".
    + _many(
        "tail",
        "regex",
        r"(?:các |những )?(?:tin|bài|tin bài|tin tức|bài viết|bài báo|thông tin) khác"
        r"[\s:>»›.]*$",
    )
    # Headings of the "featured" and "don't miss" grids under an article, in their wordings.
    + _many(
        "tail",
        "line",
        "Nổi bật",
        "Bài nổi bật",
        "Tin bài nổi bật",
        "Đừng bỏ lỡ",
        "Không thể bỏ lỡ",
        "Không nên bỏ lỡ",
        "Bạn không nên bỏ lỡ",
        "Có thể bạn chưa đọc",
        "Bạn nên đọc",
        "Đọc nhiều trong tuần",
        "Tin hay",
        "Tin liên quan khác",
        "Cùng tác giả",
    )
    # A comment box's state or counter: "Không có bình luận", "Chưa có bình luận nào", "0 bình
    # luận", "(3) Ý kiến", "Hãy là người đầu tiên bình luận", "No comments". (A counter before
    # the words is taken off by :func:`.lexicon.line_key`, as one after them is.)
    + _many(
        "tail",
        "regex",
        r"(?:hiện )?(?:không|chưa) có (?:bình luận|ý kiến|nhận xét|phản hồi)(?: nào)?[\s.!:]*$",
        r"(?:hãy )?là người đầu tiên (?:bình luận|gửi ý kiến|nhận xét)\b",
        r"(?:no|\d+) comments?[\s.!:]*$",
        r"be the first to comment\b",
    )
    # A comment box under the article: "Nhận xét", "Bạn có thể đưa ý kiến của mình vào khung
    # phía dưới ...", "Mời bạn để lại bình luận".
    + _many("tail", "line", "Nhận xét", "Ý kiến của bạn")
    + _many(
        "tail",
        "regex",
        r"(?:mời )?(?:bạn|quý vị|quý độc giả|bạn đọc) (?:có thể )?(?:đưa|gửi|viết|để lại)"
        r" (?:ý kiến|bình luận|nhận xét)\b",
    )
    # A blog's comment form under the article: its heading ("Để lại một bình luận", "Leave a
    # Reply"), its notices to the reader ("Thư điện tử của bạn sẽ không được hiển thị công
    # khai.", "Địa chỉ email của bạn sẽ không được công bố.", "Các trường bắt buộc được đánh
    # dấu *", "Lưu tên của tôi, email, ... cho lần bình luận kế tiếp") - the reader's own
    # address or fields, never the article's words - and its buttons ("Trả lời", "Hủy").
    + _many(
        "tail",
        "regex",
        r"(?:để lại|viết|gửi) (?:một |1 )?(?:bình luận|phản hồi|trả lời)(?: của bạn)?[\s:.*]*$",
        r"leave a (?:reply|comment)[\s:.*]*$",
        r"(?:địa chỉ )?(?:thư điện tử|email|e-mail|thư)(?: của)? (?:bạn|quý vị|quý độc giả)"
        r" (?:sẽ )?không (?:được |bị )?(?:hiển thị|công bố|công khai|đăng|chia sẻ)\b",
        r"your email(?: address)? will not be (?:published|shown|displayed)\b",
        r"(?:các |những )?(?:trường|mục|ô) (?:bắt buộc|cần thiết|yêu cầu)"
        r" (?:được |đã được )?đánh dấu\b",
        r"required fields are marked\b",
        r"lưu (?:tên|thông tin|họ tên) của tôi\b[^.]{0,80}\bbình luận\b",
    )
    + _many("widget", "line", "Trả lời", "Hủy trả lời", "Hủy", "Reply", "Cancel reply")
    # A live page's note on the order of its updates ("Tin theo thứ tự từ dưới lên:", "Các tin
    # được cập nhật theo thứ tự thời gian:", "Tin mới nhất ở trên cùng", "Bài viết được cập
    # nhật liên tục"): the editor speaking about the page, never its first paragraph.
    + _many(
        "widget",
        "regex",
        r"(?:các |những )?(?:tin|bài|bài viết|tin bài|diễn biến|thông tin|cập nhật)(?: được)?"
        r"(?: cập nhật| xếp| sắp xếp| đăng)?(?: liên tục)? theo thứ tự\b[^.]{0,40}$",
        r"(?:các |những )?(?:tin|bài|bài viết|tin bài|diễn biến|thông tin)(?: được)?"
        r" cập nhật liên tục[\s:.]*$",
        r"(?:tin|bài|cập nhật|diễn biến) mới nhất (?:ở|nằm ở|nằm|được đưa lên)"
        r" (?:trên|dưới|đầu|cuối|phía trên|phía dưới|trên cùng|dưới cùng)[^.]{0,20}$",
    )
    # A most-read or most-shared list under the article, in any of its wordings: "Bài được xem
    # nhiều nhất", "Tin đọc nhiều", "Các bài đọc nhiều nhất trong tuần", "Được quan tâm nhiều
    # nhất". The whole line is the heading; prose that says "xem nhiều" goes on past it.
    + _many(
        "tail",
        "regex",
        r"(?:các |những )?(?:(?:tin|bài|tin bài|bài viết|tin tức|video)\s)?(?:được |đang được )?"
        r"(?:xem|đọc|quan tâm|chia sẻ|bình luận|thích) nhiều(?: nhất)?"
        r"(?: (?:trong )?(?:ngày|tuần|tháng|năm|24h|24 giờ)(?: qua)?)?[\s:>»›.]*$",
    )
    # A document's list of recipients ("Nơi nhận:", "- Như Điều 3;", "- Lưu: VT"): the
    # decision's text is over when it starts.
    + _many("tail", "line", "Nơi nhận", "Nơi gửi")
    + _many("widget", "regex", r"[-–+•]?\s*lưu\s*:?\s*(?:vt|văn thư|vp)\b[^.]{0,30}\.?$")
    # Related-news boxes that may sit inside an article.
    + _many(
        "box",
        "line",
        "Tin liên quan",
        "Bài liên quan",
        "Tin bài liên quan",
        "Bài viết liên quan",
        "Xem thêm",
        "Đọc thêm",
        "Xem tiếp",
    )
    # One-line widgets, footers and page furniture.
    + _many(
        "widget",
        "line",
        "Chia sẻ",
        "Chia sẻ bài viết",
        "Share",
        "Tweet",
        "Like",
        "In bài",
        "In bài viết",
        "In",
        "Gửi bài",
        "Gửi bài viết",
        "Gửi email",
        "Gửi ý kiến",
        "Gửi",
        "Email",
        "Họ tên",
        "Họ và tên",
        "Lưu",
        "Lưu bài",
        "Lưu tin",
        "Nghe",
        "Nghe bài",
        "Nghe bài này",
        "Nghe bài viết",
        "Nghe đọc bài",
        "Đọc bài",
        "Copy link",
        "Sao chép liên kết",
        "Trang chủ",
        "Về trang chủ",
        "Về đầu trang",
        "Quay lại",
        "Trở lại",
        "Quảng cáo",
        "Advertisement",
        "Liên kết website",
        "Xem thêm bình luận",
        "Đăng nhập",
        "Đăng ký",
        "Theo dõi",
        "Bình chọn",
        "Thích",
        "Google News",
    )
    + _many(
        "widget",
        "prefix",
        "Xem thêm:",
        "Đọc thêm:",
        "Xem tiếp:",
        "Video:",
        "Clip:",
        "Infographic:",
        "Podcast:",
        "Trở lại ",
        "Quay lại ",
        "Bản quyền",
        "©",
        "Copyright",
        "Lượt xem:",
        "Chuyên mục:",
        "Địa chỉ:",
        "Điện thoại:",
        "Email:",
        "Hotline:",
        "Giấy phép",
        "Tổng biên tập:",
        "Chịu trách nhiệm",
        "Cơ quan chủ quản",
        "Ghi rõ nguồn",
    )
    # A copyright footer in its wordings: "(*) Không sao chép dưới mọi hình thức khi chưa có
    # sự đồng ý ...", "Nghiêm cấm sao chép ...", "Cấm sao chép, đăng tải lại ...", "Mọi hình
    # thức sao chép phải ghi rõ nguồn": a prohibition (or a condition) on copying the page.
    + _many(
        "widget",
        "regex",
        r"(?:\(\*\)\s*|\*\s*)?(?:nghiêm cấm|cấm|không được|không|vui lòng không|xin không)"
        r" (?:tự ý )?(?:sao chép|đăng tải lại|đăng lại|phát hành lại|sử dụng lại)\b",
        r"(?:\(\*\)\s*|\*\s*)?(?:mọi|các) (?:hình thức |sự |hành vi )?(?:sao chép|đăng tải lại"
        r"|phát hành lại)\b[^.]{0,60}?\b(?:ghi rõ nguồn|đồng ý|cho phép|bản quyền)",
    )
    # "Theo dõi Baoquocte.vn trên", "Theo dõi Dân trí trên Google News", "Theo dõi chúng tôi",
    # also as an invitation: "Mời bạn đọc theo dõi Báo X trên Facebook".
    + _many(
        "widget",
        "regex",
        r"(?:mời (?:quý )?(?:độc giả|bạn đọc|vị) )?theo dõi (?:[^ ]+ ){0,4}?trên\b.{0,30}$",
        r"theo dõi chúng tôi",
    )
    # A pointer to what the site lists below: "Kính mời quý độc giả theo dõi thêm:", "Mời bạn
    # đọc xem thêm:", "Mời quý vị đọc tiếp các bài liên quan:".
    + _many(
        "widget",
        "regex",
        r"^(?:kính )?mời (?:quý )?(?:độc giả|bạn đọc|vị|quý vị) (?:theo dõi|xem|đọc)\b.{0,40}:$",
    )
    # A video player's invitation under the article: "Mời quý độc giả theo dõi các chương trình
    # đã phát sóng ...", "Mời bạn đọc xem truyền hình trực tuyến ...".
    + _many(
        "widget",
        "regex",
        r"mời (?:quý )?(?:độc giả|bạn đọc|khán giả|vị) (?:cùng )?(?:theo dõi|xem)\b.{0,60}?"
        r"(?:truyền hình|phát sóng|trực tuyến|video|clip|kênh)",
    )
    # A video player's messages: "Bạn gặp vấn đề gì khi xem video này?", "Trình duyệt của bạn
    # không hỗ trợ video".
    + _many(
        "widget",
        "regex",
        r"(?:bạn )?gặp (?:vấn đề|sự cố|lỗi)\b[^.]{0,30}?\b(?:xem|phát|tải) video",
        r"trình duyệt (?:của bạn )?không hỗ trợ",
    )
    # A comment box's or a form's notices to the reader: "Bạn cần đăng nhập để bình luận",
    # "Quý độc giả chưa nhập họ tên", "Bạn không thể gửi bình luận liên tục", "Vui lòng đăng
    # nhập", "Xin hãy đợi ... giây": the reader, a must or a cannot, then an act on the site.
    + _many(
        "widget",
        "regex",
        r"(?:bạn|quý vị|quý độc giả|độc giả|bạn đọc) (?:cần|phải|chưa|không thể|không được"
        r"|vui lòng|hãy|đã) [^.!?]{0,40}?\b(?:đăng nhập|đăng ký|bình luận|nhập|chức năng"
        r"|gửi ý kiến)\b",
        r"(?:xin )?(?:vui lòng|hãy) (?:đăng nhập|đăng ký|nhập|chờ|đợi)\b",
    )
    # The browser's or the site's notices: "Trang này hiển thị tốt nhất với ...", "Bạn cần bật
    # JavaScript ...", "Website này sử dụng cookie ...": the site speaking about itself.
    + _many(
        "widget",
        "regex",
        r"(?:trang|website|web|giao diện)\b[^.]{0,20}?\bhiển thị tốt nhất\b",
        r"(?:(?:bạn|quý vị|quý độc giả|độc giả|bạn đọc) (?:cần|phải|nên|hãy|vui lòng) |"
        r"(?:xin )?(?:vui lòng|hãy) )?(?:bật|mở|kích hoạt|cho phép)(?: tính năng| chức năng)?"
        r" (?:javascript|java script|js|css|cookies?)\b",
        r"(?:trang|website|web|chúng tôi)\b[^.]{0,25}? sử dụng cookies?\b",
        # A media player's label or its instructions: "Media Player", "Nghe/xem bằng Real
        # Player ...", "Cài đặt Flash Player để xem video". Perf: the look-ahead first rejects,
        # in one C scan, any line the rest cannot match (a dot, or over 40 + 20 + 40 chars);
        # without it the lazy prefix tried some 40 starts on every line of every page.
        r"(?=[^.]{0,100}+$)"
        r"[^.]{0,40}?\b(?:media|flash|real|video|audio|windows media) player\b[^.]{0,40}$",
    )
    # A blog platform's listing banner above a post: "Hiển thị các bài đăng có nhãn X. Hiển
    # thị tất cả bài đăng", "Đang hiển thị bài viết theo nhãn X", "Showing posts with label X":
    # the platform's words for the page, never the post's headline.
    + _many(
        "widget",
        "regex",
        r"(?:đang )?hiển thị (?:các |những |tất cả )?(?:bài đăng|bài viết|bài|tin bài)"
        r" (?:có|với|theo|thuộc|được gắn) nhãn\b",
        r"(?:đang )?hiển thị (?:các |những )?(?:bài đăng|bài viết) được sắp xếp theo\b",
        r"showing (?:\d+ )?posts? (?:with|for) (?:label|query)\b",
    )
    # A back-to-top link in its wordings: "Lên đầu trang", "Trở về đầu trang", "Back to top".
    + _many(
        "widget",
        "regex",
        r"(?:(?:lên|về|trở về|trở lại|trở lên|quay về|quay lại|quay lên) )?"
        r"(?:đầu trang|trang đầu|đầu bài)[\s↑▲^.]*$",
        r"(?:back|go|scroll|return) to top[\s↑▲^.]*$",
    )
    # A credit that says the text was compiled or collected, alone on its line: "Tổng hợp",
    # "Sưu tầm", "(ST)", "Nguồn: Tổng hợp", "TH": no sentence of the article is that short.
    + _many(
        "source",
        "regex",
        r"[(\[]?(?:nguồn\s*:\s*)?(?:sưu tầm|st|tổng hợp|th|t/h|biên tập|lược dịch|biên dịch)"
        r"(?:\s*(?:từ|theo)?\s*(?:internet|nhiều nguồn|các nguồn))?[)\]]?[\s.]*$",
    )
    # Source credits printed under an article.
    + _many(
        "source",
        "line",
        "Báo điện tử Đảng Cộng sản Việt Nam",
        "Cổng Thông tin điện tử Chính phủ",
        "Thông tấn xã Việt Nam",
        "TTXVN",
        "Nguồn: TTXVN",
    )
    # Words of share bars ("fb yt zl tw").
    + _many(
        "token",
        "line",
        "fb",
        "yt",
        "zl",
        "tw",
        "in",
        "li",
        "facebook",
        "zalo",
        "twitter",
        "youtube",
        "tiktok",
        "messenger",
        "linkedin",
        "email",
        "x",
        "print",
        "back",
        "top",
        "page",
    )
    # Section names glued before a headline.
    + _many(
        "section",
        "line",
        "Thời sự",
        "Chính trị",
        "Xã hội",
        "Thế giới",
        "Kinh tế",
        "Đối ngoại",
        "Tin tức",
        "Quốc tế",
        "Pháp luật",
        "Quốc phòng",
        "Văn hóa",
        "Tin hoạt động",
        "Thông tin hoạt động",
        # More of the sections news sites name in their menus (see :mod:`.menus`).
        "Ngoại giao",
        "An ninh",
        "Giáo dục",
        "Thể thao",
        "Du lịch",
        "Sức khỏe",
        "Đời sống",
        "Giải trí",
        "Công nghệ",
        "Kinh doanh",
        "Bạn đọc",
        "Địa phương",
        "Video",
        "Media",
    )
)
