"""A one-sentence summary under the headline that the next paragraph tells again.

Outlets print the news in one sentence under the headline, credited or not ("(ABC) - X sẽ thăm
Y từ ngày 3-6/8.", "X thực hiện chuyến thăm Y vào ngày 18/11 tới."), then open the article by
telling it again from its source or its frame ("Theo thông báo của Bộ Ngoại giao, X sẽ thăm
chính thức Y ...", "Bộ Ngoại giao Y hôm nay cho biết, ... X sẽ sang thăm Y ..."). The sentence
above is the sapo (README round 8 #38, round 11 #3): its dates and places never make the event.

Told again means the same people and the same act: most of the summary's capitalised words
(names, titles, places) come back in the paragraph below, whose opening sentence tells an act
of a family the summary tells. A paragraph that goes on from the one above instead ("Tại buổi
tiếp, ...", "Cùng ngày, ...") retells nothing; nor does a lead that the summary itself is (one
that opens with its date, its frame or an invitation): those checks are the caller's.
"""

from __future__ import annotations

from typing import Final

from vndiplo_boilerplate.leads import capitalised_words
from vndiplo_boilerplate.same_day import points_back, shares_an_act

__all__ = ["RETOLD_MIN_NAMES", "RETOLD_NAMES_SHARE", "retells"]

#: Share of the summary's capitalised words the paragraph below says again.
RETOLD_NAMES_SHARE: Final = 0.6
#: A summary names someone: two capitalised words at least (a name, a title and a country).
RETOLD_MIN_NAMES: Final = 2


def retells(summary: str, lead: str, lead_lowered: str) -> bool:
    """``lead`` (the paragraph under the summary, with ``lead_lowered`` its lower-cased text)
    tells again the act and the people of ``summary`` (its prose, past any outlet credit)."""
    if points_back(lead_lowered):
        return False
    names = capitalised_words(summary)
    if len(names) < RETOLD_MIN_NAMES:
        return False
    again = len(names & capitalised_words(lead))
    if again < RETOLD_MIN_NAMES or again < RETOLD_NAMES_SHARE * len(names):
        return False
    return shares_an_act(summary.lower(), lead_lowered)
