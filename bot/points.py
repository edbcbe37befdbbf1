"""What a report says a meeting was for and what came of it, with evidence: its purpose, the
representatives' proposals, the leaders' expectations, requirements on departments, responses
to the representatives, problems named and outcomes. Markers are in bot/genre.yaml (`points`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Article
from .fact_types import Person, Statement
from .genre import Genre
from .models import Sentence

KINDS = ("purpose", "proposal", "expectation", "requirement", "response", "problem", "outcome")


@dataclass(frozen=True)
class Point:
    kind: str
    text: str  # the part of the sentence that states it (from its marker on)
    sentence: Sentence
    speaker: str | None = None  # whose statement it is, when it is someone's


def _from_marker(text: str, markers: tuple[str, ...], clause: bool = False) -> str | None:
    """The text from the first marker on; with `clause`, from the start of the marker's clause ('就某市场提升改造进行协商',
    not '进行协商')."""
    at = min((text.find(m) for m in markers if m in text), default=-1)
    if at >= 0 and clause:
        at = max(text.rfind(c, 0, at) for c in "，,：:") + 1
    return text[at:].rstrip("。") if at >= 0 else None


def _about_meeting(sentence: Sentence, genre: Genre) -> bool:
    """A sentence of the lead, one that names a meeting, or one that opens on this very event
    ('此次执法检查旨在…')."""
    text = sentence.text
    return sentence.paragraph == 1 or text.startswith(genre.this_event) or any(w in text for w in (*genre.meeting_words, *genre.held_verbs))


def _purpose(article: Article, genre: Genre, rosters: set[Sentence]) -> list[Point]:
    """A stated purpose of the meeting (目的是…, 旨在…), and the agenda its lead gives (围绕…协商,
    听取…意见建议) outside the roster sentences."""
    stated = [
        Point("purpose", part, s) for s in article.sentences
        if _about_meeting(s, genre) and (part := _from_marker(s.text, genre.points["purpose"]))
    ]
    opening = [  # '为畅通民意表达渠道…，当天，某某在…开展…活动'
        Point("purpose", m.group(1), s) for s in article.sentences
        if s.paragraph <= 2 and re.search(genre.held_pattern, s.text)
        and (m := genre.purpose_clause.match(s.text)) and s not in {p.sentence for p in stated}
    ]
    stated += opening
    lead = [s for s in article.sentences if s.paragraph == 1 and s not in rosters]
    agenda = [Point("purpose", part, s) for s in lead if (part := _from_marker(s.text, genre.points["agenda"], clause=True))]
    return stated + [p for p in agenda if p.sentence not in {q.sentence for q in stated}]


def extract_points(
    article: Article, people: tuple[Person, ...], statements: tuple[Statement, ...], genre: Genre
) -> tuple[Point, ...]:
    """Every point of every kind, in report order within a kind."""
    speaker_of = {st.sentence: st.speaker for st in statements}
    found = _purpose(article, genre, {s for p in people for s in p.evidence})
    for kind in KINDS[1:]:
        markers = genre.points[kind]
        for s in article.sentences:
            part = _from_marker(s.text, markers)
            if part:
                found.append(Point(kind, part, s, speaker_of.get(s)))
    return tuple(found)
