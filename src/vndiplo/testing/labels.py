"""The labelled article: a generated page and everything a perfect pipeline would find in it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from attrs import frozen

from vndiplo.model import Block, Document, Event, Person, TimeExpression

__all__ = ["SyntheticArticle"]


@frozen(repr=False)
class SyntheticArticle:
    """A generated page and its labels, every offset quoting :attr:`text`.

    ``blocks`` label every non-blank line (title, dateline, byline, body, caption, boilerplate;
    ``rule`` says which part of the generator wrote it). ``event`` is the main event, ``people``
    its participants with every body mention of their full name, ``dates`` the one date phrase
    of the body. ``published`` is the reference date to pass to the pipeline; ``page_published``
    says whether the page also shows it on a timestamp line.
    """

    text: str
    published: dt.date
    page_published: bool
    title: str
    blocks: tuple[Block, ...]
    dates: tuple[TimeExpression, ...]
    people: tuple[Person, ...]
    event: Event

    @property
    def body(self) -> str:
        """The body lines joined by newlines: what ``Document.body`` should be after cleaning."""
        return "\n".join(self.lines("body"))

    def lines(self, kind: str) -> list[str]:
        """The text of every line labelled ``kind``, in order."""
        return [self.text[b.start : b.end] for b in self.blocks if b.kind == kind]

    def document(self, *, published: bool = True) -> Document:
        """The input Document (text only, no annotations); without ``published`` the pipeline
        has to find the reference date itself (from the timestamp line, when there is one)."""
        return Document(text=self.text, published=self.published if published else None)

    def expected_document(self) -> Document:
        """The Document a perfect pipeline would return: blocks, dates, people and the event."""
        return Document(
            text=self.text,
            published=self.published,
            blocks=self.blocks,
            dates=self.dates,
            people=self.people,
            events=(self.event,),
        )

    def line_labels(self) -> dict[str, list[list[Any]]]:
        """Labels in the ``tests/data/boilerplate`` format: ``[[line_number, kind], ...]``,
        numbered from 1, blank lines left out."""
        starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]
        by_start = {start: number for number, start in enumerate(starts, 1)}
        return {"labels": [[by_start[b.start], b.kind] for b in self.blocks]}

    def as_gold(self) -> dict[str, Any]:
        """The labels in the shape of ``seeds/*.gold.json``, for :func:`assert_matches_gold`."""
        body = self.lines("body")
        return {
            "id": None,
            "title": self.title,
            "published": self.published.isoformat() if self.page_published else None,
            "body_first_line": body[0],
            "body_last_line": body[-1],
            "main_event": {
                "type": self.event.type,
                "trigger": self.event.trigger,
                "date": self.event.date,
                "part_of_day": self.event.part_of_day,
                "location": self.event.location,
                "participants": [p.to_dict() for p in self.event.participants],
                "cameo": self.event.cameo,
            },
            "other_events": [],
            "people": [
                {
                    "name": p.name,
                    "titles": list(p.titles),
                    "country": p.country,
                    "mention_count": len(p.mentions),
                }
                for p in self.people
            ],
            "dates": [
                {
                    "text": d.text,
                    "value": d.value,
                    "kind": d.kind,
                    "part_of_day": d.part_of_day,
                    "year_source": d.year_source,
                }
                for d in self.dates
            ],
        }

    def __repr__(self) -> str:
        # Hypothesis prints the falsifying example with repr(): show the page, not the labels.
        return f"SyntheticArticle(published={self.published.isoformat()!r}, text={self.text!r})"
