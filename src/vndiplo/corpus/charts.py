"""Inline SVG charts for the report: a timeline by counterpart country and a who-met-whom graph.

Drawn server-side as plain SVG (no script, no fonts, no network) so the page works from
file:// and prints; each mark carries ``data-year``/``data-country`` so the page's filters
can hide it, and links to the event it stands for.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from html import escape

from attrs import frozen

__all__ = ["EventMark", "network_svg", "timeline_svg"]

_WIDTH = 960


@frozen
class EventMark:
    anchor: str
    date: str
    country: str
    label: str
    people: tuple[tuple[str, str], ...]  # (person id, display name)


def _year_fraction(date: str) -> float:
    year, month, day = (int(x) for x in date[:10].split("-"))
    return year + ((month - 1) * 31 + day - 1) / 372


def timeline_svg(marks: Sequence[EventMark], max_rows: int = 20) -> str:
    """One row per counterpart country (the busiest first), one dot per meeting."""
    dated = [m for m in marks if m.date and len(m.date) >= 10]
    if not dated:
        return '<p class="empty">No dated meetings.</p>'
    rows = [c for c, _n in Counter(m.country for m in dated).most_common(max_rows)]
    first = math.floor(min(_year_fraction(m.date) for m in dated))
    last = math.floor(max(_year_fraction(m.date) for m in dated)) + 1
    left, top, row_h = 120, 24, 22
    height = top + row_h * len(rows) + 10
    span = _WIDTH - left - 20

    def x(date: str) -> float:
        return left + (_year_fraction(date) - first) / max(last - first, 1) * span

    parts = [
        f'<svg class="timeline" viewBox="0 0 {_WIDTH} {height}" width="100%" role="img" '
        f'xmlns="http://www.w3.org/2000/svg"><title>Meetings by counterpart country</title>'
    ]
    step = max(1, (last - first) // 12)
    for year in range(first, last + 1, step):
        px = left + (year - first) / max(last - first, 1) * span
        parts.append(
            f'<line x1="{px:.1f}" y1="{top - 6}" x2="{px:.1f}" y2="{height - 8}" class="grid"/>'
            f'<text x="{px:.1f}" y="{top - 10}" class="axis">{year}</text>'
        )
    for i, country in enumerate(rows):
        y = top + row_h * i + row_h / 2
        parts.append(
            f'<text x="{left - 8}" y="{y + 4:.1f}" class="row" text-anchor="end">'
            f"{escape(country)}</text>"
        )
        for mark in dated:
            if mark.country != country:
                continue
            parts.append(
                f'<a href="#{mark.anchor}" class="mark" data-year="{mark.date[:4]}" '
                f'data-country="{escape(mark.country)}"><circle cx="{x(mark.date):.1f}" '
                f'cy="{y:.1f}" r="4"><title>{escape(mark.date)} {escape(mark.label)}</title>'
                "</circle></a>"
            )
    parts.append("</svg>")
    return "".join(parts)


def network_svg(marks: Sequence[EventMark], countries: Mapping[str, str], top: int = 40) -> str:
    """The most active people on a circle, a line for each pair that met (thicker: more often)."""
    degree: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    names: dict[str, str] = {}
    for mark in marks:
        ids = sorted({pid for pid, _name in mark.people})
        names.update(mark.people)
        degree.update(ids)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                pairs[(a, b)] += 1
    nodes = sorted(degree, key=lambda p: (-degree[p], p))[:top]
    if len(nodes) < 2:
        return '<p class="empty">Not enough meetings for a network.</p>'
    size = 640
    centre, radius = size / 2, size / 2 - 110
    pos = {
        pid: (
            centre + radius * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
            centre + radius * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2),
        )
        for i, pid in enumerate(sorted(nodes, key=lambda p: (countries.get(p) or "", p)))
    }
    parts = [
        f'<svg class="network" viewBox="0 0 {size} {size}" width="{size}" role="img" '
        'xmlns="http://www.w3.org/2000/svg"><title>Who met whom</title>'
    ]
    for (a, b), count in sorted(pairs.items()):
        if a in pos and b in pos:
            (x1, y1), (x2, y2) = pos[a], pos[b]
            parts.append(
                f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                f'class="edge" stroke-width="{min(1 + count, 8)}"><title>'
                f"{escape(names[a])} – {escape(names[b])}: {count}</title></line>"
            )
    for pid, (px, py) in pos.items():
        anchor = "end" if px < centre - 1 else "start"
        dx = -8 if anchor == "end" else 8
        home = " home" if countries.get(pid) == "VN" else ""
        parts.append(
            f'<a href="#{escape(person_anchor(pid))}"><circle cx="{px:.1f}" cy="{py:.1f}" '
            f'r="{3 + min(degree[pid], 12) / 2:.1f}" class="node{home}">'
            f"<title>{escape(names[pid])}: {degree[pid]}</title></circle>"
            f'<text x="{px + dx:.1f}" y="{py + 4:.1f}" text-anchor="{anchor}" class="label">'
            f"{escape(names[pid])}</text></a>"
        )
    parts.append("</svg>")
    return "".join(parts)


def person_anchor(person_id: str) -> str:
    """A fragment id safe in HTML and CSS for a person."""
    return "p-" + "".join(c if c.isalnum() else "-" for c in person_id)
