"""An office chain that reaches its holder's name through a hyphenated country stays his title.

"..., Đặc phái viên của Bí thư Thứ nhất Đảng Cộng sản Cu-ba, Chủ tịch nước Cộng hòa Cu-ba X":
the offices are X's titles (written before his name), not a side described without a name. The
hyphen inside "Cu-ba" is no separator between two offices. Found by the round's transfer check;
invented wordings.
"""

from __future__ import annotations

import pytest

from tests.heldout_helpers import main, sides


@pytest.mark.parametrize("country", ["Cu-ba", "Ăng-gô-la"])
def test_principal_named_after_a_chain_is_no_side(country: str) -> None:
    e = main(
        f"Chiều ngày 3-5, tại Trụ sở Trung ương Đảng, Tổng Bí thư Lê Văn Thành đã tiếp đồng chí"
        f" Hô-xê Lu-i Mác-ti-nết, Trưởng Ban Đối ngoại Trung ương Đảng, Đặc phái viên của Bí thư"
        f" Thứ nhất Ban Chấp hành Trung ương Đảng {country}, Chủ tịch nước Cộng hòa {country}"
        f" An-tô-ni-ô Ga-xi-a, đang thăm Việt Nam.",
        "Hai bên trao đổi về tình hình mỗi Đảng và mỗi nước.",
        published="2011-05-04",
    )
    assert set(sides(e)) == {"Lê Văn Thành", "Hô-xê Lu-i Mác-ti-nết"}
