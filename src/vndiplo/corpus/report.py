"""``vndiplo report``: one static, self-contained HTML page drawn from a corpus database.

Self-contained because analysts mail it around and open it from file://: styles and a few lines
of script are inline, charts are inline SVG (:mod:`vndiplo.corpus.charts`), nothing is fetched.
Every fact links to the sentence it comes from, and that sentence to its outlet and URL. A
planned or referenced event ("sẽ thăm ...", "nhớ lại chuyến thăm ...") is listed with its own
sentence and linked both ways with the event it announced or recalled, when that is reported.
The totals at the top are the database's own counts (``data-count``), which the browser test
checks.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from html import escape
from pathlib import Path
from typing import Any

from vndiplo.corpus.charts import EventMark, network_svg, person_anchor, timeline_svg

__all__ = ["MAX_EVENTS", "render_report", "write_report"]

#: Events listed one by one (the most recent); the charts and totals cover them all.
MAX_EVENTS = 2000
_NO_COUNTRY = "—"
_LABELS = {
    "events": "events",
    "sources": "sources",
    "mentions": "planned or referenced",
    "people": "people",
    "documents": "documents",
}
#: A title seen in many articles lists the first and the last few sentences that give it.
_SIGHTINGS_EACH_END = 3
_KIND_HEADING = {"planned": "Announced beforehand", "referenced": "Recalled afterwards"}

_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:0 16px;color:#222}
h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:28px}
.totals span{display:inline-block;margin-right:18px}.totals b{font-size:18px}
.filters{position:sticky;top:0;background:#fff;padding:8px 0;border-bottom:1px solid #eee}
.grid{stroke:#eee}.axis,.row,.label{font-size:11px;fill:#555}.axis{text-anchor:middle}
.mark circle{fill:#c0392b;opacity:.75}.edge{stroke:#7f8c8d;opacity:.45}
.node{fill:#2980b9}.node.home{fill:#c0392b}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:4px;
vertical-align:top;text-align:left}blockquote{margin:2px 0 6px 0;padding-left:8px;
border-left:3px solid #ddd;color:#444}.src{font-size:12px;color:#666}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:10px}
.card{border:1px solid #ddd;border-radius:6px;padding:8px}.card h3{margin:0 0 4px;font-size:15px}
.hidden{display:none}:target{background:#fff7d6}
"""

_SCRIPT = """
(function(){
  var year=document.getElementById('year'),country=document.getElementById('country');
  function apply(){
    var y=year.value,c=country.value,shown=0;
    document.querySelectorAll('[data-year]').forEach(function(el){
      var ok=(!y||el.getAttribute('data-year')===y)&&(!c||el.getAttribute('data-country')===c);
      el.classList.toggle('hidden',!ok);
      if(ok&&el.classList.contains('event')){shown++;}
    });
    document.getElementById('shown').textContent=String(shown);
  }
  year.addEventListener('change',apply);country.addEventListener('change',apply);apply();
})();
"""


def _all(conn: sqlite3.Connection, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    return conn.execute(sql, args).fetchall()


def render_report(conn: sqlite3.Connection, title: str = "vndiplo corpus") -> str:
    """The report page for an open corpus database."""
    totals = dict(
        zip(
            ("events", "sources", "mentions", "people", "documents"),
            conn.execute(
                "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM sources), "
                "(SELECT count(*) FROM mentions), (SELECT count(*) FROM people), "
                "(SELECT count(*) FROM documents)"
            ).fetchone(),
            strict=True,
        )
    )
    people_rows = _all(conn, "SELECT id, name, country FROM people")
    names = {pid: name for pid, name, _c in people_rows}
    countries = {pid: country for pid, _n, country in people_rows}
    participants: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for event_id, pid, role in _all(
        conn, "SELECT event_id, person_id, role FROM participants ORDER BY role, person_id"
    ):
        participants[event_id].append((pid, role))
    events = _all(
        conn,
        "SELECT id, type, date, location, country, source_count FROM events ORDER BY date DESC, id",
    )
    anchors = {row[0]: f"e{i}" for i, row in enumerate(events)}
    marks = [
        EventMark(
            anchors[eid],
            date or "",
            country or _NO_COUNTRY,
            " – ".join(names[p] for p, _r in participants[eid]),
            tuple((p, names[p]) for p, _r in participants[eid]),
        )
        for eid, _t, date, _l, country, _n in events
    ]
    years = sorted({m.date[:4] for m in marks if m.date}, reverse=True)
    country_options = sorted({m.country for m in marks})
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        '<p class="totals">',
        *(
            f'<span><b id="count-{key}" data-count="{value}">{value}</b> {_LABELS[key]}</span>'
            for key, value in totals.items()
        ),
        "</p>",
        '<div class="filters"><label>Year <select id="year"><option value="">all</option>',
        *(f'<option value="{y}">{y}</option>' for y in years),
        '</select></label> <label>Country <select id="country"><option value="">all</option>',
        *(f'<option value="{escape(c)}">{escape(c)}</option>' for c in country_options),
        '</select></label> <span><b id="shown">0</b> events shown</span></div>',
        "<h2>Meetings by counterpart country</h2>",
        timeline_svg(marks),
        "<h2>Who met whom</h2>",
        network_svg(marks, countries),
        _events_table(conn, events[:MAX_EVENTS], anchors, participants, names, len(events)),
        _mentions_table(conn, anchors, names),
        _people_cards(conn, names, countries),
        _documents_list(conn),
        f"<script>{_SCRIPT}</script></body></html>",
    ]
    return "\n".join(parts)


def _events_table(
    conn: sqlite3.Connection,
    events: list[tuple[Any, ...]],
    anchors: dict[str, str],
    participants: dict[str, list[tuple[str, str]]],
    names: dict[str, str],
    total: int,
) -> str:
    note = f" (the {len(events)} most recent of {total})" if len(events) < total else ""
    rows = [
        f"<h2>Events{note}</h2>",
        "<table><thead><tr><th>Date</th><th>Event</th><th>Sources</th></tr></thead><tbody>",
    ]
    for eid, etype, date, location, country, _count in events:
        who = ", ".join(
            f'<a href="#{escape(person_anchor(p))}">{escape(names[p])}</a> ({role})'
            for p, role in participants[eid]
        )
        where = f" at {escape(location)}" if location else ""
        sources = []
        for sid, doc_id, outlet, url, evidence in _all(
            conn,
            "SELECT s.id, s.document_id, d.outlet, d.url, s.evidence FROM sources s "
            "JOIN documents d ON d.id = s.document_id WHERE s.event_id = ? ORDER BY s.id",
            eid,
        ):
            sources.append(
                f'<blockquote id="s-{escape(_safe(sid))}">{escape(evidence)}</blockquote>'
                f'<div class="src">{_source_link(doc_id, outlet, url)}</div>'
            )
        sources.extend(_linked_mentions(conn, eid))
        rows.append(
            f'<tr class="event" id="{anchors[eid]}" data-year="{escape((date or "")[:4])}" '
            f'data-country="{escape(country or _NO_COUNTRY)}"><td>{escape(date or "?")}</td>'
            f"<td><b>{escape(etype)}</b>{where}<br>{who}</td><td>{''.join(sources)}</td></tr>"
        )
    rows.append("</tbody></table>")
    return "".join(rows)


def _source_link(doc_id: str, outlet: str | None, url: str | None) -> str:
    """The outlet (linked to the article's URL when known) and the article in the list below."""
    site = f'<a href="{escape(url)}">{escape(outlet or url)}</a>' if url else escape(outlet or "")
    article = f'<a href="#d-{escape(_safe(doc_id))}">{escape(doc_id)}</a>'
    return f"{site} · {article}" if site else article


def _linked_mentions(conn: sqlite3.Connection, event_id: str) -> list[str]:
    """The planned and referenced events that point at ``event_id``, each with its sentence."""
    out = []
    for mid, kind, doc_id, outlet, url, evidence in _all(
        conn,
        "SELECT m.id, m.kind, m.document_id, d.outlet, d.url, m.evidence FROM mentions m "
        "JOIN documents d ON d.id = m.document_id WHERE m.event_id = ? ORDER BY m.kind, m.id",
        event_id,
    ):
        out.append(
            f'<div class="mention {kind}">{_KIND_HEADING[kind]} '
            f'(<a href="#m-{escape(_safe(mid))}">{escape(mid)}</a>):'
            f"<blockquote>{escape(evidence)}</blockquote>"
            f'<div class="src">{_source_link(doc_id, outlet, url)}</div></div>'
        )
    return out


def _mentions_table(
    conn: sqlite3.Connection, anchors: dict[str, str], names: dict[str, str]
) -> str:
    """Every planned or referenced event (the most recent first), and the event it is about."""
    who: dict[str, list[str]] = defaultdict(list)
    for mid, pid in _all(conn, "SELECT mention_id, person_id FROM mention_people ORDER BY 2"):
        who[mid].append(f'<a href="#{escape(person_anchor(pid))}">{escape(names[pid])}</a>')
    rows = _all(
        conn,
        # The day it names, else what it names ("2025-05"), never the publication day.
        "SELECT m.id, m.kind, m.type, CASE WHEN m.day_inferred THEN m.date ELSE m.day END, "
        "m.event_id, e.type, e.date, "
        "e.country, m.document_id, d.outlet, d.url, d.published, m.evidence FROM mentions m "
        "JOIN documents d ON d.id = m.document_id LEFT JOIN events e ON e.id = m.event_id "
        "ORDER BY d.published DESC, m.id LIMIT ?",
        MAX_EVENTS,
    )
    (total,) = conn.execute("SELECT count(*) FROM mentions").fetchone()
    note = f" (the {len(rows)} most recent of {total})" if len(rows) < total else ""
    out = [
        f"<h2>Planned and referenced events{note}</h2>",
        "<table><thead><tr><th>Said</th><th>Event</th><th>Reported as</th></tr></thead><tbody>",
    ]
    for mid, kind, mtype, when, eid, etype, edate, country, doc_id, outlet, url, said, text in rows:
        reported = "not reported in this corpus"
        if eid is not None:
            reported = f"{escape(etype)} of {escape(edate or '?')}"
            if eid in anchors:  # else beyond the events listed one by one
                reported = f'<a href="#{anchors[eid]}">{reported}</a>'
        # Filtered by the year it was said in, and the country of the event it is about.
        out.append(
            f'<tr class="mention-row" id="m-{escape(_safe(mid))}" '
            f'data-year="{escape((said or when or "")[:4])}" '
            f'data-country="{escape(country or _NO_COUNTRY)}"><td>{escape(said or "?")}</td>'
            f"<td><b>{kind} {escape(mtype)}</b> {escape(when or '')}<br>"
            f"{', '.join(who[mid])}<blockquote>{escape(text)}</blockquote>"
            f'<div class="src">{_source_link(doc_id, outlet, url)}</div></td>'
            f"<td>{reported}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def _people_cards(
    conn: sqlite3.Connection, names: dict[str, str], countries: dict[str, Any]
) -> str:
    titles: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for row in _all(
        conn,
        "SELECT person_id, title, first_seen, last_seen, documents FROM person_title_history "
        "ORDER BY person_id, first_seen, title",
    ):
        titles[row[0]].append(row[1:])
    sightings = _title_sightings(conn)
    meetings = dict(_all(conn, "SELECT person_id, count(*) FROM participants GROUP BY person_id"))
    order = sorted(names, key=lambda p: (-meetings.get(p, 0), names[p]))
    cards = [f"<h2>People ({len(order)})</h2>", '<div class="cards">']
    for pid in order:
        items = "".join(
            f"<li>{escape(title)}: {escape(first or '?')}"
            f"{' – ' + escape(last) if last and last != first else ''} "
            f"({count} article{'s' if count > 1 else ''})"
            f"{_sightings_list(sightings[(pid, title)])}</li>"
            for title, first, last, count in titles[pid]
        )
        cards.append(
            f'<div class="card" id="{escape(person_anchor(pid))}" '
            f'data-person-country="{escape(countries.get(pid) or "")}">'
            f'<h3>{escape(names[pid])}</h3><div class="src">{escape(countries.get(pid) or "")}'
            f" · {meetings.get(pid, 0)} events</div><ul>{items}</ul></div>"
        )
    cards.append("</div>")
    return "".join(cards)


def _title_sightings(conn: sqlite3.Connection) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    """Each (person, title): the articles giving it, in the order seen, with the sentence.

    A database from before schema version 3 (opened read-only, so not upgraded) has no
    sentences: its sightings link the article only, as the report did then.
    """
    columns = {row[1] for row in conn.execute("PRAGMA table_info(person_titles)")}
    evidence = "t.evidence" if "evidence" in columns else "NULL"
    out: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
    for pid, title, *rest in _all(
        conn,
        f"SELECT t.person_id, t.title, t.seen, t.document_id, d.outlet, d.url, {evidence} "
        "FROM person_titles t JOIN documents d ON d.id = t.document_id "
        "ORDER BY t.person_id, t.title, t.seen, t.document_id",
    ):
        out[(pid, title)].append(tuple(rest))
    return out


def _sightings_list(rows: list[tuple[Any, ...]]) -> str:
    """The sentences that give a title, each with its outlet and article (as an event's sources
    are); the first and last few when there are many, since the card is about the dates."""
    shown: list[tuple[Any, ...] | None] = list(rows)
    if len(rows) > 2 * _SIGHTINGS_EACH_END:
        shown = [*rows[:_SIGHTINGS_EACH_END], None, *rows[-_SIGHTINGS_EACH_END:]]
    items = []
    for row in shown:
        if row is None:
            items.append(f"<li>… {len(rows) - 2 * _SIGHTINGS_EACH_END} more …</li>")
            continue
        seen, doc_id, outlet, url, evidence = row
        quote = f"<blockquote>{escape(evidence)}</blockquote>" if evidence else ""
        items.append(
            f'<li class="title-seen">{escape(seen or "?")}{quote}'
            f'<div class="src">{_source_link(doc_id, outlet, url)}</div></li>'
        )
    return f"<details><summary>sentences</summary><ul>{''.join(items)}</ul></details>"


def _documents_list(conn: sqlite3.Connection) -> str:
    rows = ["<h2>Articles</h2><ul>"]
    for doc_id, outlet, url, title, published in _all(
        conn, "SELECT id, outlet, url, title, published FROM documents ORDER BY published, id"
    ):
        link = f'<a href="{escape(url)}">{escape(outlet or url)}</a>' if url else ""
        rows.append(
            f'<li id="d-{escape(_safe(doc_id))}">{escape(published or "")} {link} '
            f"{escape(title or doc_id)}</li>"
        )
    rows.append("</ul>")
    return "".join(rows)


def _safe(value: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in value)


def write_report(database: str | Path, output: str | Path) -> None:
    """Write the report of ``database`` to ``output``."""
    path = Path(database)
    if not path.exists():
        raise FileNotFoundError(f"no such database: {path}")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        html = render_report(conn, title=f"vndiplo corpus: {path.name}")
    finally:
        conn.close()
    Path(output).write_text(html, encoding="utf-8")
