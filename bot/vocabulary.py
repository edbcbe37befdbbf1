"""What one meeting's facts contribute to understanding and routing: its names, roles, places,
groups and voices, and the pieces of its name and theme a question may use to name it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import pinyin
from .facts import Facts
from .genre import Genre
from .scripts import HAN_CLASS

_NOT_HAN = re.compile(f"[^{HAN_CLASS}]+")


def pinyin_forms(names: tuple[str, ...], genre: Genre) -> dict[str, str]:
    """English spellings of the names; a bare surname only where one person has it."""
    forms: dict[str, str] = {}
    surnames: dict[str, list[str]] = {}
    for name in names:
        for form in pinyin.spellings(name, genre.compound_surnames, genre.surname_readings):
            forms.setdefault(form, name)
        family = pinyin.surname(name)
        if family:
            surnames.setdefault(family, []).append(name)
    english = set(genre.english_lookalikes)
    for family, owners in surnames.items():  # "What did Wang say?" — but "long-term" is no 龙
        if len(owners) == 1 and len(family) >= 3 and family not in english:
            forms.setdefault(family, owners[0])
    return forms


def without_kinds(text: str, meeting_words: tuple[str, ...]) -> str:
    """A text with the kinds of meeting taken out (工作会议 must not match 人才工作推进会 by 工作)."""
    for word in meeting_words:
        text = text.replace(word, " ")
    return text


def pieces(label: str, least: int, meeting_words: tuple[str, ...]) -> frozenset[str]:
    """Every run of at least `least` Han characters of a name, meeting words taken out (digits
    never route: 2024年 is no name)."""
    label = _NOT_HAN.sub(" ", without_kinds(label, meeting_words))
    return frozenset(
        part[i:j]
        for part in label.split()
        for i in range(len(part))
        for j in range(i + least, min(len(part), i + 12) + 1)
    )


_GOES_ON = re.compile(f"[{HAN_CLASS}0-9]{{2,20}}(?=[，。；：]|$)")  # the rest of the name's own clause
_DESCRIBED = re.compile(f"([{HAN_CLASS}0-9、]{{2,16}}(?:的|\\d岁))$")  # the clause before a name, back to a stop (…独居的83岁某某: an age ends it too)


def _descriptions(facts: Facts) -> dict[str, tuple[str, ...]]:
    """Each participant's description where the report writes one right before the name ("6号2楼的綦家豪") or in the rest
    of the name's clause ("某某返乡开了一家农产品网店"): description -> who it describes."""
    described: dict[str, list[str]] = {}
    for person in facts.people:
        for sentence in person.evidence:
            at = sentence.text.find(person.name)
            m = _DESCRIBED.search(sentence.text[:at]) if at > 0 else None
            after = _GOES_ON.match(sentence.text, at + len(person.name)) if at >= 0 else None  # ('某某返乡开了一家农产品网店')
            for said in (m.group(1) if m else "", after.group() if after else ""):
                if said and person.name not in described.setdefault(said, []):
                    described[said].append(person.name)
    return {k: tuple(v) for k, v in described.items()}


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
    aliases: tuple[str, ...] = ()  # normalised, as questions are
    actors: dict[str, tuple[str, ...]] | None = None  # action -> who did it (主持 -> 林克庆)
    voices: tuple[str, ...] = ()  # speakers that are no person: 会议 (会议强调…), 委员们
    groups: tuple[str, ...] = ()  # groups the report names (企业家代表, 粤商代表)
    has_research: bool = False
    said_verbs: frozenset[str] = frozenset()  # the verbs that attribute words (宣布, 表示): what someone said, not did
    kinds: tuple[str, ...] = ()
    mentioned: tuple[str, ...] = ()  # named in passing, not at the meeting (an English question may name them)  # the meeting words its name ends with (座谈会), generic ones left out
    name_pieces: frozenset[str] = frozenset()
    theme_pieces: frozenset[str] = frozenset()
    # the words the report describes someone by, right before their name (在22号1楼开中药房30年的 -> 仉炳坤)
    described: dict[str, tuple[str, ...]] | None = None

    @classmethod
    def from_facts(cls, facts: Facts, genre: Genre, aliases: tuple[str, ...] = ()) -> Vocabulary:
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
        meeting = facts.meeting.value if facts.meeting else ""
        date = str(facts.date.value) if facts.date else ""
        return cls(
            names=tuple(sorted((p.name for p in facts.people), key=len, reverse=True)),
            mentioned=tuple(p.name for p in facts.mentioned),
            voices=tuple(dict.fromkeys(st.speaker for st in facts.statements if st.group)),
            actors={a: tuple(p.name for p in facts.people if a in p.actions) for p in facts.people for a in p.actions},
            roles={k: tuple(v) for k, v in roles.items()},
            described=_descriptions(facts),
            places=tuple(dict.fromkeys(places)),
            text=facts.article.text + (f"\n{facts.article.byline}" if facts.article.byline else ""),  # the byline is the report's too
            meeting=meeting,
            theme=facts.theme.value if facts.theme else "",
            date=date if any(c.isdigit() for c in date) else "",
            aliases=aliases,
            groups=tuple(g.value for g in facts.groups),
            has_research=facts.research is not None,
            said_verbs=frozenset(genre.statement_verbs),
            kinds=tuple(
                w for w in genre.meeting_words if meeting.endswith(w) and w not in genre.generic_meeting_words
            ),
            # (not a title: 市长 of 市长与里长有约 is no reference to this meeting in "副市长是谁？")
            # (nor an everyday word of places, 城市 of 城市供水价格调整听证会: "调研去了哪些城市" names no such meeting)
            name_pieces=frozenset(p for p in pieces(meeting, 2, genre.meeting_words) if p not in genre.titles and p not in genre.unnaming_words),
            theme_pieces=pieces(facts.theme.value if facts.theme else "", 5, genre.meeting_words),
        )

    def words(self) -> list[str]:
        """The words a segmenter should keep whole: names (also of those named in passing), roles, places."""
        return [*self.names, *self.mentioned, *self.roles, *self.places]
