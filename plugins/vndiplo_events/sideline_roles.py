"""Who hosts a meeting held on the sidelines of a United Nations gathering ("A gặp B tại New
York, bên lề kỳ họp Đại hội đồng Liên hợp quốc"): no one. Every side came for the session, the
official of the country it sits in as well (README AK4, CAMEO 044), whatever the place would
say. A summit a country hosts ("bên lề Hội nghị cấp cao ASEAN tại Kuala Lumpur") makes its
leader the host of a meeting there, and a ceremony's sidelines ("bên lề lễ ký") are no
gathering: there the place still tells the visitor from the side at home."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vndiplo_events.frames import Frame

__all__ = ["on_gathering_sidelines"]

#: the United Nations or one of its assemblies, as a sidelines frame names it: no member
#: state hosts its sessions, wherever they sit
_UN_GATHERING: Final = re.compile(
    r"(?<!\w)(?:liên\s+hợp\s+quốc|lhq|đại\s+hội\s+đồng|hội\s+đồng\s+bảo\s+an)(?!\w)"
)


def on_gathering_sidelines(low: str, frames: Sequence[Frame]) -> bool:
    """Does one of the sentence's ``frames`` put its act on the sidelines of a United Nations
    gathering ("bên lề kỳ họp của Liên hợp quốc", "bên lề Khóa họp Đại hội đồng LHQ")?"""
    return any(
        f.kind == "sidelines" and _UN_GATHERING.search(low, f.start, f.end) is not None
        for f in frames
    )
