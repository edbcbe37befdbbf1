"""What one meeting's facts contribute to understanding: its names, roles, places and
name; and how strongly a question names this meeting rather than another."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from . import pinyin
from .facts import Facts
from .genre import load_genre
from .scripts import normalize


def pinyin_forms(names: tuple[str, ...]) -> dict[str, str]:
    """English spellings of the names; a bare surname only where one person has it."""
    forms: dict[str, str] = {}
    surnames: dict[str, list[str]] = {}
    for name in names:
        for form in pinyin.spellings(name):
            forms.setdefault(form, name)
        family = pinyin.surname(name)
        if family:
            surnames.setdefault(family, []).append(name)
    for family, owners in surnames.items():
        if len(owners) == 1 and len(family) >= 3:
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
        vocab = self
        known = other.text if other else ""

        def new(word: str) -> bool:
            return bool(word) and word in text and word not in known

        reference = 2 * sum(1 for value in (vocab.date, *vocab.places[:1]) if new(value))
        reference += 3 * sum(1 for alias in vocab.aliases if alias in text)
        genre = load_genre()
        kinds = [
            w
            for w in genre.meeting_words
            if vocab.meeting.endswith(w) and w in text and w not in genre.generic_meeting_words
        ]
        if any(not (other and other.meeting.endswith(k)) for k in kinds):  # 推进会 vs 座谈会
            reference += 1
        for label, weight, least in ((vocab.meeting, 2, 2), (vocab.theme, 1, 5)):
            core = label
            for word in load_genre().meeting_words:
                core = core.replace(word, "")
            if core:
                m = SequenceMatcher(None, core, text).find_longest_match(0, len(core), 0, len(text))
                if m.size >= least and new(core[m.a : m.a + m.size]):
                    reference += weight
        people = sum(1 for name in vocab.names if new(name))
        coverage = sum(1 for alternatives in words if any(w in vocab.text for w in alternatives))
        return reference, people, coverage
