"""A "tại <country>" that ends an organisation's name: the organisation's office in that
country ("tổ chức Care International tại Việt Nam", "Giám đốc Tổ chức cứu trợ trẻ em tại Việt
Nam", "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam", "Chủ tịch EuroCham tại Việt Nam"), never
the place of the event told around it (README AH3, as an envoy's post "Đại sứ X tại Việt
Nam")."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["ends_organisation_name"]

#: an organisation's head noun written as a name (capitalised), with its name words after it;
#: or the lower-case noun "tổ chức" before a foreign name (no Vietnamese letters in its first
#: word: "tổ chức Lễ kỷ niệm tại Lào" is the verb "to hold"); a bracketed aside may close it
_ORGANISATION: Final = re.compile(
    r"(?:(?<!\w)(?:Tổ\s+chức|Quỹ|Hiệp\s+hội|Phòng\s+Thương\s+mại|Công\s+ty|Tập\s+đoàn"
    r"|Ngân\s+hàng)(?:\s+[^\s,;.:]+){1,6}"
    r"|(?<!\w)[Tt]ổ\s+chức\s+[A-Z][A-Za-z’'&\-]*(?=[\s(])(?:\s+[^\s,;.:]+){0,5}"
    # a chamber or agency by its short name after an office: "Chủ tịch AmCham", "Giám đốc JICA"
    r"|(?<!\w)(?:[Cc]hủ\s+tịch|[Gg]iám\s+đốc|[Tt]rưởng|[Tt]ổng\s+thư\s+ký|[Đđ]ại\s+diện)"
    r"\s+[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*"
    r"|(?<!\w)[A-Z][a-z]+Cham)"
    r"(?:\s*\([^()]{1,60}\))?\s*$"
)


def ends_organisation_name(before: str) -> bool:
    """Whether ``before`` (the words just before a "tại", from the clause's last comma) ends
    with an organisation's name, so that "tại <country>" is that organisation's office."""
    return _ORGANISATION.search(before) is not None
