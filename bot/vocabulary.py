"""What one meeting's facts contribute to understanding: its names, roles, places and
name; and how strongly a question names this meeting rather than another."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import pinyin
from .facts import Facts
from .genre import load_genre
from .scripts import normalize


def pinyin_forms(names: tuple[str, ...]) -> dict[str, str]:
    """English spellings of the names; a bare surname only where one person has it."""
    forms: dict[str, str] = {}
    surnames: dict[str, list[str]] = {}
    for name in names:
        for form in pinyin.spellings(name, load_genre().compound_surnames):
            forms.setdefault(form, name)
        family = pinyin.surname(name)
        if family:
            surnames.setdefault(family, []).append(name)
    english = set(load_genre().english_lookalikes)
    for family, owners in surnames.items():  # "What did Wang say?" — but "long-term" is no 龙
        if len(owners) == 1 and len(family) >= 3 and family not in english:
            forms.setdefault(family, owners[0])
    return forms


@dataclass(frozen=True)
class Vocabulary:
    """What one meeting's facts contribute to understanding: names, roles, places."""

    names: tuple[str, ...]
    roles: dict[str, tuple[str, ...]]
    places: tuple[str, ...]
    text: str
    meeting: str = ""
    theme: str = ""
    date: str = ""
    aliases: tuple[str, ...] = ()
    actors: dict[str, tuple[str, ...]] | None = None  # action -> who did it (主持 -> 林克庆)
    voices: tuple[str, ...] = ()  # speakers that are no person: 会议 (会议强调…), 委员们

    @classmethod
    def from_facts(cls, facts: Facts, aliases: tuple[str, ...] = ()) -> Vocabulary:
        genre = load_genre()
        roles: dict[str, list[str]] = {}
        for person in facts.people:
            for role in person.roles:
                # the role as written, and its own title (副市长 for 临江市副市长, never 市长)
                title = next((t for t in genre.titles if role.endswith(t)), role)
                for key in {role, title}:
                    roles.setdefault(key, [])
                    if person.name not in roles[key]:
                        roles[key].append(person.name)
        places = [f.value for f in (facts.place,) if f]
        if facts.research:
            places += [p for items in facts.research.lists.values() for p in items]
        return cls(
            names=tuple(sorted((p.name for p in facts.people), key=len, reverse=True)),
            voices=tuple(dict.fromkeys(st.speaker for st in facts.statements if st.group)),
            actors={a: tuple(p.name for p in facts.people if a in p.actions) for p in facts.people for a in p.actions},
            roles={k: tuple(v) for k, v in roles.items()},
            places=tuple(dict.fromkeys(places)),
            text=facts.article.text,
            meeting=facts.meeting.value if facts.meeting else "",
            theme=facts.theme.value if facts.theme else "",
            date=facts.date.value if facts.date and any(c.isdigit() for c in facts.date.value) else "",
            aliases=tuple(normalize(a) for a in aliases),
        )

    def words(self) -> list[str]:
        return [*self.names, *self.roles, *self.places]

    def mention_score(
        self, text: str, words: list[tuple[str, ...]], other: Vocabulary | None = None
    ) -> tuple[int, int, int]:
        """How strongly a normalized question names this meeting, compared as a tuple:
        (the meeting itself: name, kind, date, place, theme; its people; its words).

        With `other` (the conversation's current meeting), what `other` also has does not
        count: it cannot tell the two meetings apart.
        """
        known = other.text if other else ""

        def new(word: str) -> bool:
            return bool(word) and word in text and word not in known

        reference = 2 * sum(1 for value in (self.date, *self.places[:1]) if new(value))
        reference += 3 * sum(1 for alias in self.aliases if alias in text)
        kinds = [k for k in self._kinds if k in text]
        if any(not (other and other.meeting.endswith(k)) for k in kinds):  # 推进会 vs 座谈会
            reference += 1
        asked = _substrings(_without_kinds(text))  # 工作会议 must not match 人才工作推进会 by 工作
        for pieces, weight in ((self._name_pieces, 2), (self._theme_pieces, 1)):
            if any(piece not in known for piece in asked & pieces):  # 外贸 of 鹤洲市稳外贸促发展企业座谈会
                reference += weight
        people = sum(1 for name in self.names if new(name))
        coverage = sum(1 for alternatives in words if any(w in self.text for w in alternatives))
        return reference, people, coverage

    @cached_property
    def _kinds(self) -> tuple[str, ...]:
        """The meeting words this meeting's name ends with (座谈会, 协商座谈会), generic ones left out."""
        genre = load_genre()
        return tuple(w for w in genre.meeting_words if self.meeting.endswith(w) and w not in genre.generic_meeting_words)

    @cached_property
    def _name_pieces(self) -> frozenset[str]:
        return _pieces(self.meeting, 2)

    @cached_property
    def _theme_pieces(self) -> frozenset[str]:
        return _pieces(self.theme, 5)


def _without_kinds(text: str) -> str:
    for word in load_genre().meeting_words:
        text = text.replace(word, " ")
    return text


@lru_cache(maxsize=256)
def _substrings(text: str) -> frozenset[str]:
    """Every run of 2–12 characters of a question (looked up against the names' pieces)."""
    return frozenset(
        text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + 12) + 1) if " " not in text[i:j]
    )


def _pieces(label: str, least: int) -> frozenset[str]:
    """Every run of at least `least` characters of a name, meeting words taken out."""
    for word in load_genre().meeting_words:
        label = label.replace(word, " ")
    label = re.sub(r"[^\u4e00-\u9fff]+", " ", label)  # 2024年 is no name: digits never route
    return frozenset(
        part[i:j]
        for part in label.split()
        for i in range(len(part))
        for j in range(i + least, min(len(part), i + 12) + 1)
    )
