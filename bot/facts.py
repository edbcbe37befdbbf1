"""Extract who, when, where and what-was-said from a cleaned report, by rules over its text.

The words come from bot/genre.yaml; every fact keeps the sentences it was read from."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .article import Article
from .dates import Date
from .fact_types import Fact, Person, Statement
from .genre import Genre, load_genre
from .lead import (
    meeting_date,
    meeting_name,
    meeting_organizer,
    meeting_partners,
    meeting_place,
    meeting_theme,
)
from .models import Sentence
from .points import Point, extract_points
from .research import Research, extract_research
from .roster import absent_in, extract_people, person_notes
from .statements import extract_groups, extract_statements

__all__ = ["Fact", "Facts", "Person", "Research", "Statement", "extract", "speakers"]


@dataclass(frozen=True)
class Facts:
    article: Article
    meeting: Fact | None
    date: Fact[Date] | None
    place: Fact | None
    theme: Fact | None
    organizer: Fact | None
    people: tuple[Person, ...]
    # named but not taking part, e.g. a leader whose speech was relayed
    mentioned: tuple[Person, ...]
    groups: tuple[Fact, ...]
    statements: tuple[Statement, ...]
    research: Research | None
    speakers: tuple[str, ...] = ()  # people who spoke: a speaking action or a statement of their own
    removed: tuple[str, ...] = ()  # names a sidecar says are no participants (never answered as one)
    points: tuple[Point, ...] = ()  # purpose, proposals, expectations, requirements, responses …
    partners: tuple[tuple[str, Fact], ...] = ()  # (co_host, 承办 bodies), (co_assist, 协办 bodies)
    notes: tuple[tuple[str, Fact], ...] = ()  # (name, 女 / 回族): what a note after a name says of the person

    def points_of(self, kind: str) -> list[Point]:
        return [p for p in self.points if p.kind == kind]

    def mention(self, name: str) -> Person | None:
        """Someone the report names without their taking part (a leader whose speech was relayed)."""
        return next((p for p in self.mentioned if p.name == name), None)

    def person(self, name: str) -> Person | None:
        return next((p for p in self.people if p.name == name), None)

    def said_by(self, name: str) -> list[Statement]:
        return [s for s in self.statements if s.speaker == name]

    def as_dict(self) -> dict[str, object]:
        """A plain view for `python -m bot facts` and the golden-file tests."""

        def value(f: Fact | None) -> str | None:
            return f.value if f else None

        return {
            "article": self.article.id,
            "meeting": value(self.meeting),
            "date": str(self.date.value) if self.date else None,
            "place": value(self.place),
            "theme": value(self.theme),
            "organizer": value(self.organizer),
            **({"partners": {k: f.value for k, f in self.partners}} if self.partners else {}),
            "people": [
                {"name": p.name, "roles": list(p.roles), "actions": list(p.actions)}
                for p in self.people
            ],
            "mentioned": [{"name": p.name, "roles": list(p.roles)} for p in self.mentioned],
            "chairs": [p.name for p in self.people if "主持" in p.actions],
            "speakers": list(self.speakers),
            "groups": [g.value for g in self.groups],
            "statements": [
                {"speaker": s.speaker, "verb": s.verb, "text": s.text} for s in self.statements
            ],
            "points": [
                {"kind": p.kind, "text": p.text, **({"speaker": p.speaker} if p.speaker else {})} for p in self.points
            ],
            "research": None
            if self.research is None
            else {
                "lists": {k: list(v) for k, v in self.research.lists.items()},
                "counts": list(self.research.counts),
                "sentences": [s.text for s in self.research.sentences],
            },
        }


def speakers(people: tuple[Person, ...], statements: tuple[Statement, ...], genre: Genre) -> tuple[str, ...]:
    """People who spoke: an action such as 讲话/发言/通报, or a statement of their own."""
    spoken = set(genre.speaking_actions)
    said = {s.speaker for s in statements if not s.group}
    return tuple(p.name for p in people if spoken & set(p.actions) or p.name in said)


def _speakers_joined(
    people: list[Person], mentioned: list[Person], statements: tuple[Statement, ...], genre: Genre
) -> tuple[list[Person], list[Person]]:
    """A person named in passing who then speaks ('消费者参加人、退休教师某某今年68岁，她直言…') took part:
    a participant, with the verb of their first statement as what they did."""
    said = {}
    for st in statements:
        if not st.group:
            said.setdefault(st.speaker, st)
    names = [p.name for p in (*people, *mentioned)]  # (not one the report says was not there, whose written views were read)
    away = {p.name for p in mentioned if any(absent_in(s.text, p.name, genre, names) for s in p.evidence)}
    said = {name: st for name, st in said.items() if name not in away}
    joined = [replace(p, actions=(said[p.name].verb,)) for p in mentioned if p.name in said]
    return [*people, *joined], [p for p in mentioned if p.name not in said]


def _at_other_meetings(
    article: Article, people: list[Person], mentioned: list[Person], statements: tuple[Statement, ...], genre: Genre, date: Fact[Date] | None
) -> tuple[list[Person], list[Person]]:
    """One named only in sentences that hold another meeting on another day ('8月22日上午，县纪委监委召开…整改交办会…
    某某主持交办会'): mentioned, not a participant of the report's meeting."""
    day = date.value if date else None
    if day is None or day.day is None:
        return people, mentioned

    openings = {p[0].paragraph: p[0].text for p in article.paragraphs if p}

    def elsewhere(sentence: Sentence) -> bool:  # (its paragraph opens with that meeting: '…主持交办会' after it)
        other_round = genre.other_session.search(sentence.text)  # ('第一轮由副县长某某主持，2月至3月巡回…': another round's)
        if not other_round and _opens_on(sentence.text, genre, day):
            return False  # ('大会开幕前，13日下午召开了预备会议…。14日上午的开幕式由…主持': back on the meeting's day)
        return bool(other_round) or any(_holds_other(s, genre, day) for s in {openings.get(sentence.paragraph, ""), sentence.text})

    said = {st.speaker for st in statements if not st.group and not elsewhere(st.sentence)}
    away = [p for p in people if p.evidence and p.name not in said and all(elsewhere(s) for s in p.evidence)]
    if not away or len(away) == len(people):
        return people, mentioned
    return [p for p in people if p not in away], [*mentioned, *(replace(p, actions=()) for p in away)]


def _opens_on(text: str, genre: Genre, day: Date) -> bool:
    """A sentence that opens with the meeting's own day."""
    opening = genre.dates.first(text[:12])
    return bool(opening and opening.date.day is not None and day.agrees(opening.date))


def _holds_other(text: str, genre: Genre, day: Date) -> bool:
    """A sentence that opens with another day and holds a meeting on it."""
    opening = genre.dates.first(text[:12])
    held = any(v in text for v in genre.held_verbs)
    return bool(held and opening and opening.date.day is not None and day.agrees(opening.date) is False)


def _addressed_speakers(article: Article, named: list[Person], genre: Genre) -> list[Person]:
    """Those the report knows only by family name and a form of address who speak ('今年八十二歲的訾伯率先發言', '…的綦太則
    反映，…'): people of the meeting, by that name, with the verb of their first words. Not where someone the report names
    in full bears that family name (冉先生 may be its 冉某某), nor a form no verb follows (汤女士家住…)."""
    forms = "|".join(map(re.escape, genre.address_forms))
    surnames = "".join(sorted(s for s in genre.surnames if len(s) == 1))
    verbs = "|".join(map(re.escape, (*genre.statement_verbs, *genre.speaking_actions)))
    adverbs = "|".join(map(re.escape, (*genre.back_adverbs, "率先", "首先", "第一个")))
    if not (forms and surnames and verbs):
        return []
    pattern = re.compile(rf"(?:^|[的是，、])([{surnames}](?:{forms}))(?:{adverbs})*({verbs})")
    found: dict[str, Person] = {}
    for sentence in article.sentences:
        for m in pattern.finditer(sentence.text):
            name = m.group(1)
            if name in found or any(p.name.startswith(name[0]) or p.name == name for p in named):
                continue
            found[name] = Person(name, (), (m.group(2),), (sentence,))
    return list(found.values())


def extract(article: Article, genre: Genre | None = None) -> Facts:
    """Read every fact the genre's rules can find in a cleaned article."""
    genre = genre or load_genre()
    people, mentioned, attending = extract_people(article, genre)
    addressed = _addressed_speakers(article, [*people, *mentioned], genre)
    # (their sentence is no roster's: their words are read from it, then it is their evidence)
    statements = tuple(extract_statements(article, [*people, *(replace(p, evidence=()) for p in addressed), *mentioned], genre, attending))
    people += addressed
    people, mentioned = _speakers_joined(people, mentioned, statements, genre)
    date = meeting_date(article, genre)
    people, mentioned = _at_other_meetings(article, people, mentioned, statements, genre, date)
    return Facts(
        article=article,
        meeting=meeting_name(article, genre),
        date=date,
        place=meeting_place(article, genre),
        theme=meeting_theme(article, genre),
        organizer=meeting_organizer(article, genre),
        people=tuple(people),
        mentioned=tuple(mentioned),
        groups=tuple(extract_groups(article, list(statements), genre, attending, people)),
        statements=statements,
        research=extract_research(article, genre),
        speakers=speakers(tuple(people), statements, genre),
        points=extract_points(article, tuple(people), statements, genre),
        partners=meeting_partners(article, genre),
        notes=person_notes(article, people),
    )
