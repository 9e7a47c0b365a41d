"""Country names in the other spellings the Vietnamese-language press writes, pure data.

:mod:`vndiplo.place_names` lists the forms domestic outlets use today ("Hàn Quốc", "Triều
Tiên", "Ô-xtrây-li-a"). Overseas outlets (RFA, VOA, BBC, SBTN, Người Việt), older articles and
Hán-Việt prose write the same countries otherwise: "Bắc Hàn", "Nam Hàn", "Đại Hàn", "Miến Điện",
"Tân Gia Ba", "Úc Đại Lợi", "Anh Quốc". Unlisted, such a word is read as the first words of the
name after it ("Thủ tướng Bắc Hàn Kim Yong Il" -> a person "Bắc Hàn Kim Yong Il"), or as a
person itself ("Thủ tướng Bắc Triều Tiên đến Hà Nội").

Only forms that name nothing else are listed: no lone word that is also a given name or a
common noun ("Thái", "Ấn", "Tàu", "Hàn"), and no form that is also a Vietnamese place or name
("Nam Dương"). Former states with no ISO code of their own ("Liên Xô", "Đông Đức") are left out.
"""

from __future__ import annotations

from typing import Final

__all__ = ["OTHER_SPELLINGS"]

#: Overseas, older and Hán-Việt names of countries -> ISO 3166-1 alpha-2.
OTHER_SPELLINGS: Final[dict[str, str]] = {
    # the two Koreas, as the overseas press names them ("Bắc Hàn", "Nam Hàn")
    "Bắc Hàn": "KP",
    "Bắc Triều Tiên": "KP",
    "CHDCND Triều Tiên": "KP",
    "Cộng hòa Dân chủ Nhân dân Triều Tiên": "KP",
    "North Korea": "KP",
    "DPRK": "KP",
    "Nam Hàn": "KR",
    "Đại Hàn": "KR",
    "Nam Triều Tiên": "KR",
    "South Korea": "KR",
    # China and Taiwan
    "Trung Cộng": "CN",
    "Hoa Lục": "CN",
    "Trung Hoa Lục địa": "CN",
    "Trung Hoa Dân Quốc": "TW",
    # the Americas
    "Huê Kỳ": "US",
    "Hiệp Chủng Quốc Hoa Kỳ": "US",
    "United States": "US",
    "Gia Nã Đại": "CA",
    "Mễ Tây Cơ": "MX",
    "Ba Tây": "BR",
    "Á Căn Đình": "AR",
    # Oceania
    "Úc Đại Lợi": "AU",
    "Ô-xtrây-lia": "AU",
    "Ốt-xtrây-lia": "AU",
    "Tân Tây Lan": "NZ",
    # Europe
    "Anh Quốc": "GB",
    "Pháp Quốc": "FR",
    "Tây Đức": "DE",
    "Ý Đại Lợi": "IT",
    "Hòa Lan": "NL",
    "Na-Uy": "NO",
    # Asia
    "Nhật Bổn": "JP",
    "Tân Gia Ba": "SG",
    "Mã Lai": "MY",
    "Mã Lai Á": "MY",
    "Phi Luật Tân": "PH",
    "Miến Điện": "MM",
    "Cao Miên": "KH",
    "Kampuchea": "KH",
    "Căm-pu-chia": "KH",
    "Ai Lao": "LA",
    "Hồi Quốc": "PK",
    # older or looser transliterations still in print
    "Vê-nê-du-ê-la": "VE",
    "Mê-xi-cô": "MX",
    "Ni-ca-ra-qua": "NI",
    "Phi-lip-pin": "PH",
    "Hun-ga-ri": "HU",
    "Xéc-bi": "RS",
    "Ê-xtô-ni-a": "EE",
    "Ba-ranh": "BH",
    "Bu-tan": "BT",
}
