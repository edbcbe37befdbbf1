"""Extract who, when, where and what-was-said from a cleaned report, by rules over its text.

Nothing here knows any one article: the words come from bot/genre.yaml, the shapes
from the genre (roster sentences, statements after a speaker's name, a research
paragraph). Every fact keeps the sentences it was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .article import Article
from .genre import Genre, load_genre
from .models import Sentence

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
# A name: two to four characters, or a minority name in parts joined by a middle dot
# ('巴特尔·乌力吉', '买买提明·阿不都热依木'), each part one to seven characters.
_NAME = re.compile(rf"[{_HAN}]{{2,4}}|[{_HAN}]{{1,7}}(?:·[{_HAN}]{{1,7}}){{1,2}}")
_DOTTED_NAME = re.compile(rf"[{_HAN}]{{1,7}}(?:·[{_HAN}]{{1,7}}){{1,2}}")
_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}(?:日|号)")
# '深入A、B、C等市', '赴A、B等沿江8个县（市、区）': the list, then the kind of place.
_LIST_BEFORE_KIND = re.compile(
    rf"([{_HAN}、]{{2,60}}?)等(?:[{_HAN}]{{0,4}}?(?:\d+|[一二三四五六七八九十]+)多?个)?(省|市|地|州|县|区|国)"
)
_COUNT = re.compile(r"(\d+(?:\.\d+)?多?|[一二三四五六七八九十百千]+多?)(家|个|名|位|人|项|批)")
_CLAUSE = re.compile(r"[，；：]")
# The longest clause that may set the scene before a sentence's subject ('活动结束后，').
_SETTING_MAX = 10


@dataclass(frozen=True)
class Fact:
    """A single value read from the article, with the sentences it rests on."""

    value: str
    evidence: tuple[Sentence, ...]


@dataclass(frozen=True)
class Person:
    name: str
    roles: tuple[str, ...]
    actions: tuple[str, ...]
    evidence: tuple[Sentence, ...]

    @property
    def title(self) -> str:
        return "、".join(self.roles)


@dataclass(frozen=True)
class Statement:
    """What a speaker (a person, or a group such as 企业家代表) said in one sentence."""

    speaker: str
    verb: str
    text: str
    sentence: Sentence
    group: bool = False


@dataclass(frozen=True)
class Research:
    sentences: tuple[Sentence, ...]
    lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    counts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Facts:
    article: Article
    meeting: Fact | None
    date: Fact | None
    place: Fact | None
    theme: Fact | None
    organizer: Fact | None
    people: tuple[Person, ...]
    # named but not taking part, e.g. a leader whose speech was relayed
    mentioned: tuple[Person, ...]
    groups: tuple[Fact, ...]
    statements: tuple[Statement, ...]
    research: Research | None

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
            "date": value(self.date),
            "place": value(self.place),
            "theme": value(self.theme),
            "organizer": value(self.organizer),
            "people": [
                {"name": p.name, "roles": list(p.roles), "actions": list(p.actions)}
                for p in self.people
            ],
            "mentioned": [{"name": p.name, "roles": list(p.roles)} for p in self.mentioned],
            "chairs": [p.name for p in self.people if "主持" in p.actions],
            "speakers": speakers(self),
            "groups": [g.value for g in self.groups],
            "statements": [
                {"speaker": s.speaker, "verb": s.verb, "text": s.text} for s in self.statements
            ],
            "research": None
            if self.research is None
            else {
                "lists": {k: list(v) for k, v in self.research.lists.items()},
                "counts": list(self.research.counts),
                "sentences": [s.text for s in self.research.sentences],
            },
        }


def speakers(facts: Facts) -> list[str]:
    """People who spoke: an action such as 讲话/发言/通报, or a statement of their own."""
    spoken = set(load_genre().speaking_actions)
    said = {s.speaker for s in facts.statements if not s.group}
    return [p.name for p in facts.people if spoken & set(p.actions) or p.name in said]


# --- people -----------------------------------------------------------------


def _split_title_name(segment: str, genre: Genre) -> tuple[str, str] | None:
    """'省政协主席林克庆' -> ('省政协主席', '林克庆'); None when it is not role + name."""
    best: tuple[str, str] | None = None
    for title in genre.titles:
        start = segment.find(title)
        while start != -1:
            end = start + len(title)
            name = segment[end:]
            if _valid_name(name, genre) and (best is None or end > len(best[0])):
                best = (segment[:end], name)
            start = segment.find(title, start + 1)
    return best


def _valid_name(name: str, genre: Genre) -> bool:
    if not _NAME.fullmatch(name) or "的" in name or "们" in name:
        return False
    if any(w in name for w in genre.meeting_words):
        return False  # '市委召开常委会会议' holds no name
    # One-character stops (向, 和, 于…) are also surnames or given names: only a
    # four-character "name" is suspected of having one glued on.
    stops = [s for s in genre.name_stops if len(s) > 1 or len(name) >= 4]
    if any(name.startswith(stop) and len(stop) > 1 or name.endswith(stop) for stop in stops):
        return False
    return not any(name.endswith(t) for t in genre.titles)


def _ends_with_title(segment: str, genre: Genre) -> bool:
    return any(segment.endswith(t) for t in genre.titles)


def _parse_roster_head(head: str, genre: Genre) -> list[tuple[str, tuple[str, ...]]]:
    """Names and roles in a clause head such as '省委副书记、省长王伟中'."""
    for prefix in genre.roster_openers:
        if head.startswith(prefix):
            head = head[len(prefix) :]
    head = head.removesuffix("同志").removesuffix("等")
    for tail in genre.roster_tails:
        head = tail.sub("", head)
    found: list[tuple[str, tuple[str, ...]]] = []
    pending: list[str] = []
    segments: list[str] = []
    for segment in head.split("、"):
        joined = _joined_people(segment, genre)
        segments.extend(joined or [segment])
    for segment in segments:
        segment = segment.strip().removesuffix("等")
        if not segment:
            return []
        split = _split_title_name(segment, genre)
        if split:
            role, name = split
            found.append((name, (*pending, *role.split("、"))))
            pending = []
        elif _ends_with_title(segment, genre) and len(segment) <= 20:
            pending.append(segment)
        elif found and not pending and _valid_name(segment, genre):
            found.append((segment, found[-1][1]))  # 副主席钱七、孙八: same title
        else:
            return []
    return found if not pending else []


def _joined_people(segment: str, genre: Genre) -> list[str] | None:
    """'…董事长贺兰生和…会长屈志鹏', '创办人樊某及大学生代表伍某', '青年代表郑某及冯某': two or more
    people joined by 和/及/与; the first with a title, each other one with a title of its own or
    a bare name that starts with a family name (it shares the title before it)."""
    parts = re.split(r"(?<=[\u4e00-\u9fff]{2})(?:和|及|与|以及)(?=[\u4e00-\u9fff]{2})", segment)
    if len(parts) < 2 or not _split_title_name(parts[0], genre):
        return None
    for part in parts[1:]:
        bare = _valid_name(part, genre) and _has_family_name(part, genre)
        if not bare and not _split_title_name(part, genre):
            return None
    return parts


_COUNTED_TAIL = re.compile(
    rf"等(?:\d+|[一二三四五六七八九十两]+)?(?:位|名|个|人)?([{_HAN}]{{0,10}}?(?:同志|代表|负责人|人士|委员|企业家|专家|嘉宾))?$"
)


def _strip_adverbs(head: str, genre: Genre, single: bool = True) -> str:
    """'…温若兰在会上先后' -> '…温若兰': adverbs and the setting between the names and the verb;
    without the one-character adverbs (也, 亦, 均…) when `single` is False."""
    adverbs = [a for a in genre.roster_adverbs if single or len(a) > 1]
    before = None
    while head != before:
        before = head
        for adverb in adverbs:
            head = head.removesuffix(adverb)
        head = genre.roster_settings.sub("", head)
    return head


def _head_before(clause: str, at: int, genre: Genre, single: bool = True) -> str:
    """The names and titles before a clause's verb, without adverbs, a time ('李明8日主持召开')
    or a counted group ('等5位企业负责人')."""
    head = _strip_adverbs(clause[:at], genre, single)
    for pattern in _date_patterns(genre):
        head = re.sub(f"(?:{pattern.pattern})$", "", head)
    return _COUNTED_TAIL.sub("", head)


def _name_sizes(text: str) -> tuple[int, ...]:
    """The lengths a name at the start of the text may have, likeliest first: 3, 2, 4, or
    for a dotted name each length of its last part, shortest first."""
    dotted = _DOTTED_NAME.match(text)
    if dotted is None:
        return (3, 2, 4)
    return tuple(range(dotted.group().rfind("·") + 2, dotted.end() + 1))


def _name_after(text: str, followers: tuple[str, ...], genre: Genre) -> str | None:
    """The name a text opens with, where one of the followers (or the end) comes after it."""
    for size in _name_sizes(text):
        name, rest = text[:size], text[size:]
        if len(name) == size and _valid_name(name, genre):
            if rest.startswith(tuple(f for f in followers if f)) or (not rest and "" in followers):
                return name
    return None


def _role_name_prefix(clause: str, genre: Genre) -> tuple[str, str] | None:
    """'副省长谭志远对…作部署' -> ('副省长', '谭志远'): a name that a stop word ends."""
    followers = (*genre.name_stops, *genre.actions)
    for title in genre.titles:
        at = clause.find(title)
        if at < 0:
            continue
        end = at + len(title)
        name = _name_after(clause[end:], followers, genre)
        if name:
            return clause[:end], name
    return None


def _actions_in(rest: str, genre: Genre) -> tuple[str, ...]:
    """The actions a clause's rest starts with, and those after 并: '到会听取意见并讲话' -> 到会, 讲话."""
    found: list[str] = []
    for part in rest.split("并"):
        for adverb in genre.roster_adverbs:
            part = part.removeprefix(adverb)
        while part:
            verb = next((v for v in genre.actions if part.startswith(v)), None)
            if verb is None or _opens_meeting_word(part, verb, genre):
                break  # '主持推介会', '出席发布会': the meeting, not a second action
            found.extend(a for a in genre.actions[verb] if a not in found)
            part = part[len(verb) :].removeprefix("了")
    return tuple(found)


def _opens_meeting_word(text: str, verb: str, genre: Genre) -> bool:
    """'推介会…' opens with the meeting word 推介会, not with the action 推介."""
    return any(len(w) > len(verb) and text.startswith(w) for w in genre.meeting_words)


def _action_starts(clause: str, genre: Genre) -> list[int]:
    """Every position in the clause where an action word begins, in order."""
    return sorted(
        {m.start() for verb in genre.actions for m in re.finditer(re.escape(verb), clause)}
    )


def _relayed(clause: str, head: str, genre: Genre) -> bool:
    """'传达学习了省长陶维新…的讲话精神': a leader whose words were relayed, not present."""
    if any(word in head for word in genre.relay_before):
        return True
    return any(f"{verb}{word}" in clause for verb in genre.actions for word in genre.relay_after)


def _without_notes(clause: str, genre: Genre) -> str:
    """'某公司（以下简称“某某”）总经理' -> '某公司总经理'."""
    notes = "|".join(map(re.escape, genre.abbreviation_notes))
    return re.sub(rf"（(?:{notes})[^（）]*）", "", clause) if notes else clause


class _Roster(NamedTuple):
    """What one clause says of people: who, doing what; `relayed` when they were only quoted."""

    people: list[tuple[str, tuple[str, ...]]]
    actions: tuple[str, ...] = ()
    relayed: bool = False


def _relayed_roster(people: list[tuple[str, tuple[str, ...]]], genre: Genre) -> _Roster:
    """'会议传达学习了省长' -> '省长': the title without the verb that relayed the speech."""
    verbs = "|".join(map(re.escape, genre.relay_before))
    return _Roster(
        [(n, tuple(re.sub(rf"^.*(?:{verbs})了?", "", r) for r in roles)) for n, roles in people],
        relayed=True,
    )


_BRACKETED = re.compile(r"[（(]([^（）()]{2,40})[)）]")


def _name_before(text: str, genre: Genre) -> str | None:
    """The name a text ends with: one after a boundary (start, a mark, a title, 和/及/与), three
    characters first; else one that starts with a family name."""
    fits = [
        text[-size:]
        for size in (3, 2, 4)
        if len(text) >= size and _valid_name(text[-size:], genre)
    ]
    for name in fits:
        prev = text[: -len(name)]
        if (
            not prev
            or not re.match(f"[{_HAN}]", prev[-1])
            or _ends_with_title(prev, genre)
            or prev.endswith(("和", "及", "与"))
        ):
            return name
    return next((n for n in fits if _has_family_name(n, genre)), None)


def _titles_first(text: str, genre: Genre) -> str:
    """'严慕白（某会主委、省政协副主席）带队' -> '某会主委、省政协副主席严慕白带队': a title written in
    brackets after the name is put before it, where the roster rules look for it."""
    out, last = [], 0
    for match in _BRACKETED.finditer(text):
        roles = match.group(1)
        if not all(_ends_with_title(r, genre) for r in roles.split("、")):
            continue
        before = text[last : match.start()]
        name = _name_before(before, genre)
        if name is None:
            continue
        out.append(before[: -len(name)] + roles + name)
        last = match.end()
    return "".join(out) + text[last:]


def _roster_clause(clause: str, genre: Genre) -> _Roster:
    """People and their actions in one clause, e.g. '省政协主席林克庆主持'."""
    clause = _titles_first(_without_notes(clause, genre), genre)
    adverbials = "|".join(map(re.escape, genre.roster_adverbials))
    for at in _action_starts(clause, genre):
        head = _head_before(clause, at, genre)
        people = _parse_roster_head(head, genre) if at > 0 else []
        if not people and at > 0:  # '副市长王均出席': 均 ends the name, it is no adverb here
            head = _head_before(clause, at, genre, single=False)
            people = _parse_roster_head(head, genre)
        if not people and adverbials:  # '代表A、B围绕融资、用地等问题建言献策'
            head = re.split(adverbials, head, maxsplit=1)[0]
            people = _parse_roster_head(head, genre) if head else []
        if not people:
            continue
        if _relayed(clause, head, genre):
            return _relayed_roster(people, genre)
        tail = _COUNTED_TAIL.search(_strip_adverbs(clause[:at], genre))
        group = tail.group(1) if tail and tail.group(1) and tail.group(1) != "同志" else None
        if group:  # '…等5位企业负责人先后发言': each of them is one
            people = [(n, (*r, group) if group not in r else r) for n, r in people]
        return _Roster(people, _actions_in(clause[at:], genre))
    people = _parse_roster_head(clause, genre)
    if people:
        return _Roster(people)
    prefix = _role_name_prefix(clause, genre)
    if prefix:
        role, name = prefix
        rest = clause[len(role) + len(name) :]
        heads = _parse_roster_head(role + name, genre)
        starts = _action_starts(rest, genre)
        if heads and starts:
            if _relayed(clause, role, genre):
                return _relayed_roster(heads, genre)
            return _Roster(heads, _actions_in(rest[starts[0] :], genre))
    return _Roster([])


def _extract_people(article: Article, genre: Genre) -> tuple[list[Person], list[Person]]:
    """The participants, and the people only mentioned (a leader whose speech was relayed)."""
    records: dict[str, dict[str, object]] = {}
    mentioned: dict[str, Person] = {}

    def add(
        name: str, roles: tuple[str, ...], actions: tuple[str, ...], sentence: Sentence
    ) -> None:
        rec = records.setdefault(name, {"roles": [], "actions": [], "evidence": []})
        for key, values in (("roles", roles), ("actions", actions)):
            bucket = rec[key]
            assert isinstance(bucket, list)
            bucket.extend(v for v in values if v and v not in bucket)
        evidence = rec["evidence"]
        assert isinstance(evidence, list)
        if sentence not in evidence:
            evidence.append(sentence)

    for sentence in article.sentences:
        pending: list[tuple[str, tuple[str, ...]]] = []
        labelled: tuple[str, ...] = ()  # '发布人：A，B，C': what each one listed did
        for clause in _CLAUSE.split(sentence.text.rstrip("。！？")):
            label = next((k for k in genre.list_labels if clause.endswith(k)), None)
            if label:
                labelled = genre.list_labels[label]
                continue
            people, actions, relayed = _roster_clause(clause, genre)
            actions = actions or labelled
            if relayed:
                for name, roles in people:
                    mentioned.setdefault(name, Person(name, roles, (), (sentence,)))
            if not people or relayed:
                pending = []
                continue
            if actions:
                for name, roles in (*pending, *people):
                    add(name, roles, actions, sentence)
                pending = []
            else:
                pending.extend(people)
        for name, roles in pending:  # a roster line with no verb at all
            add(name, roles, (), sentence)
        stated = _stated_person(sentence.text, genre)
        if stated and stated[0] not in records:  # '某局局长某某表示，…' speaks at the meeting
            add(stated[0], stated[1], (), sentence)
    # Later mentions of a known name with an action ("王伟中出席并讲话") add to it.
    for sentence in article.sentences:
        for clause in _CLAUSE.split(sentence.text):
            names = _known_names(clause, list(records))
            rest = clause[sum(map(len, names)) + len(names) - 1 :] if names else ""
            if rest.startswith(genre.roster_adverbials):  # '…结合各自领域作了交流发言'
                starts = _action_starts(rest, genre)
                rest = rest[starts[0] :] if starts else ""
            for name in names:
                if rest in genre.statement_verbs:
                    continue  # '万俊杰介绍，…' attributes a statement
                actions = _actions_in(rest, genre)
                if actions and not _relayed(clause, "", genre):
                    add(name, (), actions, sentence)
    asked = False  # '问：…' then '姓名：…': that person answered the question
    for paragraph in article.paragraphs:
        text = paragraph[0].text
        name = next((n for n in records if text.startswith(n + "：")), None)
        if name and asked:
            add(name, (), (genre.answer_action,), paragraph[0])
        asked = any(text.startswith(q + "：") for q in genre.question_labels)
    participants = [
        Person(name, tuple(rec["roles"]), tuple(rec["actions"]), tuple(rec["evidence"]))  # type: ignore[arg-type]
        for name, rec in records.items()
    ]
    for sentence in article.sentences:
        for clause in _CLAUSE.split(sentence.text.rstrip("。！？")):
            for name, roles in _passing_mentions(clause, genre):
                if not any(name in known or known in name for known in [*records, *mentioned]):
                    mentioned[name] = Person(name, roles, (), (sentence,))
    return participants, [p for name, p in mentioned.items() if name not in records]


def _known_names(clause: str, known: list[str]) -> list[str]:
    """The known names a clause opens with, joined by 、: '祁某、蒲某结合…' -> [祁某, 蒲某]."""
    names: list[str] = []
    at = 0
    while True:
        name = next((n for n in sorted(known, key=len, reverse=True) if clause.startswith(n, at)), None)
        if name is None:
            return names
        names.append(name)
        at += len(name)
        if not clause.startswith("、", at):
            return names
        at += 1


def _stated_person(text: str, genre: Genre) -> tuple[str, tuple[str, ...], str] | None:
    """'市某局局长邬某表示，…' -> (邬某, (市某局局长,)): a sentence that opens with a title and a
    name and a statement verb right after them."""
    first = _CLAUSE.split(text, maxsplit=1)[0]
    for verb in genre.statement_verbs:
        if not first.endswith(verb):
            continue
        people = _parse_roster_head(first[: -len(verb)], genre)
        if len(people) == 1 and _has_family_name(people[0][0], genre):
            return (*people[0], verb)
    return None


def _passing_mentions(clause: str, genre: Genre) -> list[tuple[str, tuple[str, ...]]]:
    """Every title + name in a clause, wherever it stands: '…由某集团创始人韦某今年来…' ->
    (韦某, (某集团创始人,)). Only a name that starts with a family name and that a stop, a
    time, 的 or a digit ends; not a title inside a longer word ('秘书' of 秘书长, '委员' of 委员会)."""
    followers = (*genre.mention_followers, *genre.name_stops, *"0123456789", "")
    openers = "|".join(map(re.escape, (*genre.mention_openers, *genre.relay_before)))
    longer_words = (*genre.titles, *genre.organization_suffixes)
    found: dict[str, tuple[str, ...]] = {}
    for title in genre.titles:
        for match in re.finditer(re.escape(title), clause):
            at = match.start()
            if any(len(w) > len(title) and clause.startswith(w, at) for w in longer_words):
                continue
            name = _name_after(clause[match.end() :], followers, genre)
            if not name or name in found or not _has_family_name(name, genre):
                continue
            role = re.sub(rf"^.*(?:{openers})", "", clause[: match.end()])
            people = dict(_parse_roster_head(role + name, genre))
            found[name] = people.get(name) or (title,)
    return list(found.items())


def _has_family_name(name: str, genre: Genre) -> bool:
    """'韦秉坤' yes, '对人工' no; a dotted minority name always."""
    return "·" in name or name[0] in genre.surnames or name.startswith(genre.compound_surnames)


# --- statements ---------------------------------------------------------------


def _subject_starts(text: str, names: list[str], genre: Genre) -> list[int]:
    """Where a sentence's subject may start: at once or after an opener ('会上，'), else after a
    short setting clause with no name in it ('活动结束后，')."""
    opener = re.match(rf"(?:{'|'.join(map(re.escape, genre.sentence_openers))})，?", text)
    starts = [opener.end() if opener else 0]
    setting = re.match(rf"[^，；：。]{{1,{_SETTING_MAX}}}，", text)
    if setting and not any(n in setting.group() for n in names):
        starts.append(setting.end())
    return starts


def _sentence_subject(text: str, names: list[str], genre: Genre) -> str | None:
    """The known person a sentence opens with, after any setting: '活动结束后，季某一行…' -> 季某."""
    for start in _subject_starts(text, names, genre):
        name = next((n for n in names if text.startswith(n, start)), None)
        if name:
            return name
    return None


def _subject_and_verb(text: str, names: list[str], genre: Genre) -> tuple[str, str, str] | None:
    """(speaker, verb, what follows) when a sentence opens with a known speaker, or with 他说/她强调…
    (speaker '': the caller knows whom it refers to)."""
    for start in _subject_starts(text, names, genre):
        body = text[start:]
        for ref in genre.back_references:
            if body.startswith(ref) and not body[len(ref) :].startswith("的"):
                return "", ref[1:], body[len(ref) :]
        name = next((n for n in names if body.startswith(n)), None)
        stated = _stated_person(body, genre)
        if name is None and stated and stated[0] in names:  # '某局局长某某表示，…'
            verb = stated[2]
            return stated[0], verb, body[body.index(stated[0] + verb) + len(stated[0] + verb) :]
        if name is None:
            continue
        rest = body[len(name) :]
        if rest.startswith("："):  # a transcript: '贝某：截至…' answers the '问：' before it
            return name, genre.answer_verb, rest[1:]
        # a verb before 的 qualifies a noun ('大家提出的问题'): it attributes nothing
        hits = [
            (m.start(), v)
            for v in genre.statement_verbs
            for m in re.finditer(v, rest)
            if not rest[m.end() :].startswith("的")
        ]
        if hits:
            at, verb = min(hits, key=lambda h: (h[0], -len(h[1])))
            return name, verb, rest[at + len(verb) :]
        return None
    return None


def _group_subject(text: str, genre: Genre) -> str | None:
    """The group a sentence's suggestions come from: '粤商代表们…建言献策' -> 粤商代表;
    '企业家代表A、B、C先后发言，…' -> 企业家代表 (the role the named people share);
    '委员们认为，…' -> 委员 (a group with a statement verb of its own)."""
    body = re.sub(r"^(会上|会议上|座谈会上|会中)，?", "", text)
    first = _CLAUSE.split(body, maxsplit=1)[0]
    roster = _roster_clause(first, genre)
    if len(roster.people) >= 2 and not roster.relayed:
        shared = set.intersection(*(set(roles) for _, roles in roster.people))
        group = next((r for r in roster.people[0][1][::-1] if r in shared), None)
        words = "|".join(genre.group_words)
        acting = re.search(rf"作为([{_HAN}]{{0,8}}?(?:{words}))", first)  # '…作为获奖代表先后发言'
        group = group or (acting.group(1) if acting else None)
        talked = any(v in body for v in genre.group_verbs)
        return (
            group
            if group and talked and any(group.endswith(w) for w in genre.group_words)
            else None
        )
    said = re.match(
        rf"([{_HAN}]{{0,12}}?(?:{'|'.join(genre.group_words)}))们?(?:{'|'.join(genre.group_adverbs)})?"
        rf"(?:{'|'.join(genre.statement_verbs)})",
        first,
    )
    if said:  # '委员们认为，…', '与会专家一致建议…'
        return said.group(1)
    match = re.match(
        rf"([{_HAN}、]{{2,30}}?(?:{'|'.join(genre.group_words)})[{_HAN}、]{{0,12}}?)(?:们|等)?(?:先后|分别|纷纷|结合|围绕|就|积极|踊跃|发言|$)",
        first,
    )
    if match and any(v in body for v in genre.group_verbs):
        named = _parse_roster_head(match.group(1), genre)  # '企业家代表周某、吴某' -> 企业家代表
        if named:
            return named[0][1][-1]
        # '某局副局长岑某担任主礼嘉宾并致辞': one named person acting is not a group
        return None if roster.people else match.group(1)
    return None


def _extract_statements(article: Article, people: list[Person], genre: Genre) -> list[Statement]:
    """Statements by speaker. 他说/她强调… refer back to the last person a sentence of the
    paragraph was about, even one with no statement verb ('某某充分肯定了…。他强调，…')."""
    names = sorted((p.name for p in people), key=len, reverse=True)
    # '企业代表、某公司总经理潘某和…董事长管某也作了发言。': a sentence the roster was read from is
    # the report going on, not the last speaker's words
    rosters = {s for p in people for s in p.evidence}
    out: list[Statement] = []
    for paragraph in article.paragraphs:
        current: Statement | None = None  # whose statement a plain sentence continues
        subject: str | None = None  # the last person a sentence was about
        for sentence in paragraph:
            text = sentence.text
            subject = _sentence_subject(text, names, genre) or subject
            by_meeting = _meeting_statement(text, genre)
            if by_meeting:
                verb, rest = by_meeting
                current = Statement(genre.meeting_speaker, verb, rest or text, sentence, group=True)
                out.append(current)
                continue
            found = _subject_and_verb(text, names, genre)
            if found:
                speaker, verb, rest = found
                speaker = speaker or subject or (current.speaker if current else "")
                if speaker:
                    current = Statement(speaker, verb, rest.lstrip("，：: ") or text, sentence)
                    out.append(current)
                    continue
            group = _group_subject(text, genre)
            if group:
                current = subject = None
                out.append(Statement(group, "建言", text, sentence, group=True))
                continue
            if sentence in rosters:
                out.extend(_roster_statements(sentence, genre))
            starts_new = text.startswith(
                (
                    *genre.research_markers,
                    *genre.narrative_openers,
                    *genre.meeting_subjects,
                    *names,
                )
            )
            if current and not starts_new and sentence not in rosters:
                out.append(Statement(current.speaker, current.verb, text, sentence, current.group))
            else:
                current = None
    return out


def _roster_statements(sentence: Sentence, genre: Genre) -> list[Statement]:
    """What the people of a roster clause spoke about, when the speaking verb has an object:
    '创办人樊某及学生代表伍某分享了创业经验，并就租金等议题提出建议' -> a statement of each
    (分享: '创业经验，并就租金等议题提出建议。'). Clauses that end with their verb ('出席并讲话',
    '到会听取意见并讲话') say nothing of what was said."""
    parts = re.split(r"([，；：])", sentence.text)
    clauses, marks = parts[::2], [*parts[1::2], ""]
    out: list[Statement] = []
    for i, clause in enumerate(clauses):
        people, actions, relayed = _roster_clause(clause.rstrip("。！？"), genre)
        if not people or relayed or _ends_with_action(clause.rstrip("。！？"), genre):
            continue
        last = people[-1][0]
        rest = clause[clause.rfind(last) + len(last) :]
        verb, content = _spoken_object(rest, genre)
        if verb is None:
            continue
        for j in range(i + 1, len(clauses)):  # up to the next clause that names people
            if _roster_clause(clauses[j].rstrip("。！？"), genre).people:
                break
            content += marks[j - 1] + clauses[j]
        content = content.lstrip("，：")
        if len(re.findall(f"[{_HAN}]", content)) >= 4:
            out.extend(Statement(name, verb, content, sentence) for name, _ in people)
    return out


def _ends_with_action(clause: str, genre: Genre) -> bool:
    return any(clause.endswith(verb) for verb in genre.actions)


def _spoken_object(rest: str, genre: Genre) -> tuple[str | None, str]:
    """'先后分享了创业经验' -> ('分享', '创业经验'): the speaking action a clause's rest opens with
    (after adverbs and the setting), and its object."""
    rest = _strip_setting(rest, genre)
    verb = next((v for v in genre.actions if rest.startswith(v)), None)
    if verb is None:
        return None, ""
    spoken = [a for a in genre.actions[verb] if a in genre.speaking_actions]
    if not spoken:
        return None, ""
    content = rest[len(verb) :].removeprefix("了")
    said = re.match(f"时({'|'.join(genre.statement_verbs)})，?", content)
    if said:  # '应询时表示，…'
        return said.group(1), content[said.end() :]
    return spoken[0], content


def _strip_setting(text: str, genre: Genre) -> str:
    """'在会上先后分享了…' -> '分享了…'."""
    before = None
    while text != before:
        before = text
        for adverb in genre.roster_adverbs:
            text = text.removeprefix(adverb)
        setting = re.match(genre.roster_settings.pattern.removesuffix("$"), text)
        text = text[setting.end() :] if setting else text
    return text


def _meeting_statement(text: str, genre: Genre) -> tuple[str, str] | None:
    """(verb, what follows) when the meeting itself is the subject: '会议强调，要…' -> ('强调',
    '要…'); '会议听取了某厅关于…的汇报' -> ('听取', '某厅关于…的汇报。'); '会议还研究了其他事项'."""
    subject = next((w for w in genre.meeting_subjects if text.startswith(w)), None)
    if subject is None:
        return None
    rest = text[len(subject) :]
    for adverb in genre.meeting_adverbs:
        rest = rest.removeprefix(adverb)
    verb = next((v for v in genre.meeting_verbs if rest.startswith(v)), None)
    if verb is None or rest[len(verb) :].startswith("的"):
        return None
    return verb, rest[len(verb) :].removeprefix("了").lstrip("，：: ")


# --- when, where, what ------------------------------------------------------------


def _held_sentences(article: Article, genre: Genre) -> list[Sentence]:
    lead = [s for s in article.sentences if s.paragraph <= 2]
    held = [s for s in lead if any(v in s.text for v in genre.held_verbs)]
    return held or lead[:2]


def _meeting_name(article: Article, genre: Genre) -> Fact | None:
    words = "|".join(genre.meeting_words)
    # '会议中心' and '会议室' are places, not meetings; '立法会议员' is a title
    pattern = re.compile(
        rf"([^，。；：“”\s]*?(?:“[^”]{{1,30}}”)?[^，。；：“”\s]*?(?:{words}))(?![中室厅馆楼员])"
    )
    candidates = [(s.text, s) for s in _held_sentences(article, genre)]
    if article.title:
        candidates.append((article.title, article.sentences[0]))
    for text, sentence in candidates:
        for match in pattern.finditer(text):
            name = match.group(1)
            name = re.split(r"召开|举行|举办|主办|承办|主持|出席|参加|在", name)[-1]
            name = _DATE.sub("", name)
            name = re.sub(
                r"^(昨日|昨天|今天|今日|日前|近日|\d{1,2}日|上午|下午|此次|这次|本次|电)", "", name
            )
            name = re.sub(r"^(新华社|本报)\S*电", "", name).removeprefix("的")
            inner = re.match(rf"(?:举行|召开)([^，。；：“”\s]*?(?:{words}))", text[match.end() :])
            if inner and len(name) >= 5:  # '某常委会第二十三次会议举行联组会议'
                name += inner.group(1)
            if len(name) >= 5 and name not in genre.meeting_words:
                return Fact(name, (sentence,))
            if name in genre.meeting_words and name not in genre.generic_meeting_words:
                about = _bare_meeting_subject(article, genre)
                team = next((t for t in genre.research_teams if t in text[: match.end()]), None)
                body = _team_body(article, genre) if team else None
                if about and body:  # '调研组…召开座谈会': 某会…调研座谈会
                    return Fact(body.value + about + team.removesuffix("组") + name, (sentence,))
                if about:  # '举行新闻发布会，介绍2024年全市商务运行情况'
                    return Fact(about + name, (sentence,))
    return None


def _bare_meeting_subject(article: Article, genre: Genre) -> str | None:
    """What a meeting named by its kind alone was about, as the lead words it (untrimmed)."""
    lead, second = _theme_places(article)
    for pattern in (*genre.theme_stated, *genre.theme_markers):
        for text, _ in lead + second:
            match = pattern.search(text)
            if match:
                theme = _unquoted(match.group(1))
                return theme if len(theme) >= 2 else None
    return None


def _date_patterns(genre: Genre) -> tuple[re.Pattern[str], ...]:
    """A full date, a bare day (28日) and a relative date, each with a time of day if one follows."""
    part = f"(?:{'|'.join(genre.day_parts)})?"
    relative = "|".join(genre.relative_dates)
    return (
        re.compile(rf"(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}(?:日|号){part}"),
        re.compile(rf"(?<![\d月])\d{{1,2}}日{part}"),
        re.compile(rf"(?:{relative}){part}"),
    )


def _date(article: Article, genre: Genre) -> Fact | None:
    """The earliest date of the lead, as written (time of day kept).

    A bare day that is the dateline's day takes the dateline's month: '新华社北京3月2日电 …2日' is 3月2日.
    """
    full, bare, relative = _date_patterns(genre)
    for sentence in _held_sentences(article, genre) + [
        s for s in article.sentences if s.paragraph == 1
    ]:
        text = re.sub(
            r"^.{0,16}?\d{1,2}月\d{1,2}日电", lambda m: " " * len(m.group()), sentence.text
        )
        found = [m for p in (full, bare, relative) if (m := p.search(text))]
        if not found:
            continue
        first = min(found, key=lambda m: m.start())
        value = first.group()
        dateline = re.fullmatch(r"(\d{1,2}月)(\d{1,2})日", article.dateline or "")
        day = re.match(r"\d{1,2}(?=日)", value)
        if first.re is bare and dateline and day and int(day.group()) == int(dateline.group(2)):
            value = dateline.group(1) + value
        return Fact(value, (sentence,))
    if article.dateline:  # only a dateline gives one
        return Fact(article.dateline, article.sentences[:1])
    return None


def _place(article: Article, genre: Genre) -> Fact | None:
    """Where the meeting was held: '在东州召开', '假座某会议厅举行', '于某中心举行'; else the dateline's."""
    verbs = "|".join(genre.held_verbs)
    markers = "|".join(map(re.escape, genre.place_markers))
    # a lookahead, so that '于11月6日在东州举行' is tried at 于 and again at 在
    pattern = re.compile(
        rf"(?=(?:{markers})([^，。、在“”]{{1,20}}?)(?:隆重|顺利|正式)?(?:{verbs}))"
    )
    for sentence in _held_sentences(article, genre):
        for match in pattern.finditer(sentence.text):
            place = match.group(1)
            if _is_time(place, genre):
                continue  # '于昨日举行': a time, not a place
            if not re.search("主持|会上|期间", place):
                return Fact(_full_place(place, article, genre), (sentence,))
    if article.dateline_place:
        return Fact(article.dateline_place, article.sentences[:1])
    return None


def _is_time(text: str, genre: Genre) -> bool:
    """'11月6日', '昨日上午', '上午9时': a time, not a place."""
    if any(p.search(text) for p in _date_patterns(genre)):
        return True
    return text.startswith(genre.day_parts) or bool(
        re.search(r"\d{1,2}[时点]|\d{4}年|\d{1,2}月", text)
    )


def _full_place(place: str, article: Article, genre: Genre) -> str:
    """'京' -> '北京': a one-character place is the dateline's place that holds it, or a known one."""
    if len(place) != 1:
        return place
    if article.dateline_place and place in article.dateline_place:
        return article.dateline_place
    return genre.place_abbreviations.get(place, place)


def _theme_places(article: Article) -> list[list[tuple[str, Sentence]]]:
    """Where a theme is read: the lead paragraph and the headline, else the second paragraph."""
    lead = [(s.text, s) for s in article.sentences if s.paragraph == 1]
    if article.title:
        lead.append((article.title, article.sentences[0]))
    return [lead, [(s.text, s) for s in article.sentences if s.paragraph == 2]]


def _unquoted(text: str) -> str:
    """'“优化营商环境”' -> '优化营商环境', but '“专精特新”企业发展' stays whole."""
    inner = text[1:-1]
    if len(text) > 2 and text[0] in '“"' and text[-1] in '”"' and not re.search('[“”"]', inner):
        return inner
    return text


def _trim_theme(theme: str, genre: Genre) -> str:
    """'今年全面推进乡村振兴重点任务' -> '全面推进乡村振兴'; '下一阶段重点任务' -> ''."""
    theme = _unquoted(re.sub(r"^\d{4}年度?", "", theme))
    changed = True
    while changed:
        before = theme
        for word in genre.theme_trim_leading:
            theme = theme.removeprefix(word)
        for word in genre.theme_trim_trailing:
            theme = theme.removesuffix(word)
        theme = _unquoted(theme.strip("、，"))
        changed = theme != before
    return theme


def _theme(article: Article, genre: Genre) -> Fact | None:
    """A stated theme ('围绕“…”主题'), else the most specific phrase of purpose in the lead."""
    lead, second = _theme_places(article)
    for texts, patterns in (
        (lead + second, genre.theme_stated),
        (lead, genre.theme_markers),
        (second, genre.theme_markers),
    ):
        for pattern in patterns:
            for text, sentence in texts:
                for match in pattern.finditer(text):
                    theme = _trim_theme(match.group(1), genre)
                    if len(theme) >= 2:
                        return Fact(theme, (sentence,))
    return None


def _organizer(article: Article, genre: Genre) -> Fact | None:
    """Who held the meeting: '省政协在临江召开…', '由…主办', '…联合举办'; None when the lead does not say."""
    verbs = "|".join(genre.organizer_verbs)
    texts = [(s.text, s) for s in article.sentences if s.paragraph == 1]
    if article.title:
        texts.append((article.title, article.sentences[0]))
    full, bare, relative = _date_patterns(genre)
    for text, sentence in texts:
        for clause in _CLAUSE.split(text):
            by = re.search(rf"由([^，。；]{{2,40}}?)(?:{verbs})", clause)
            subjects = [by.group(1)] if by else []
            for match in re.finditer(rf"(?<!主持)(?:{verbs})", clause):
                subject = re.split(r"在", clause[: match.start()])[0]
                subjects.append(subject)
            for subject in subjects:
                for pattern in (full, bare, relative):
                    subject = pattern.sub("", subject)
                subject = re.sub(r"(?:联合|共同|隆重|正式)$", "", subject.strip())
                if _is_organization(subject, genre):
                    return Fact(subject, (sentence,))
    return _body_of_meeting(article, genre) or _team_body(article, genre)


def _team_body(article: Article, genre: Genre) -> Fact | None:
    """'九三学社某省委会“…”调研组赴…' -> 九三学社某省委会: the body a visiting team is from."""
    teams = "|".join(genre.research_teams)
    visit = "|".join(map(re.escape, genre.research_verbs))
    for sentence in [s for s in article.sentences if s.paragraph == 1]:
        for clause in _CLAUSE.split(sentence.text):
            match = re.match(
                rf"([{_HAN}]{{2,30}}?)(?:“[^”]{{1,40}}”)?(?:专题)?(?:{teams})(?:{visit})", clause
            )
            if match and _is_organization(match.group(1), genre):
                return Fact(match.group(1), (sentence,))
    return None


def _body_of_meeting(article: Article, genre: Genre) -> Fact | None:
    """The body a meeting is named after, when its name is only that body, an ordinal and a kind
    of meeting: '省长某某主持召开省政府第42次常务会议' -> 省政府 (the 省长 chairs; 省政府 holds it)."""
    meeting = _meeting_name(article, genre)
    if meeting is None:
        return None
    body = meeting.value
    for ordinal in genre.meeting_ordinals:
        body = ordinal.sub("", body)
    kind = next((w for w in genre.meeting_words if body.endswith(w)), "")
    body = body.removesuffix(kind)
    inner = next((w for w in genre.meeting_words if body.endswith(w)), "")
    if kind and _is_organization(body.removesuffix(inner), genre):  # '…会议联组会议'
        body = body.removesuffix(inner)
    if kind and _is_organization(body, genre):
        return Fact(body, meeting.evidence)
    return None


def _is_organization(subject: str, genre: Genre) -> bool:
    if not 2 <= len(subject) <= 40 or any(subject.endswith(w) for w in genre.meeting_words):
        return False
    if _split_title_name(subject, genre):
        return False  # a person ('省长某某主持召开') is not the organiser
    parts = re.split(r"、|和|与|及", subject)
    return all(any(p.endswith(s) for s in genre.organization_suffixes) for p in parts if p)


def _groups(article: Article, statements: list[Statement], genre: Genre) -> list[Fact]:
    found: dict[str, list[Sentence]] = {}
    words = "|".join(genre.group_words)
    for sentence in article.sentences[:6]:
        for match in re.finditer(
            rf"(?:组织|邀请|与|和|、|及)([{_HAN}]{{2,12}}?(?:{words}))(?=[与和、，。等面参出])",
            sentence.text,
        ):
            found.setdefault(match.group(1), []).append(sentence)
    for st in statements:
        if st.group and st.speaker != genre.meeting_speaker:  # the meeting is nobody's group
            found.setdefault(st.speaker, []).append(st.sentence)
    return [Fact(name, tuple(ev)) for name, ev in found.items()]


def _research_sentences(article: Article, genre: Genre) -> list[Sentence]:
    """A paragraph on the research before the meeting ('此前，…调研组深入…'), or the sentences
    that give its findings ('调研显示，…') with the one that introduces them."""
    markers = genre.research_markers
    held = re.compile(f"(?:{'|'.join(genre.held_verbs)})了?(?:{'|'.join(genre.meeting_words)})[，。]")
    teams = "|".join(genre.research_teams)
    visit = "|".join(map(re.escape, genre.research_verbs))
    team = re.compile(f"(?:{teams})(?:先后|分别)?(?:{visit})")
    found: list[Sentence] = []
    for p in article.paragraphs:
        text = "".join(s.text for s in p)
        if held.search(p[0].text) and not p[0].text.startswith(markers[:3]):
            pass  # '15日下午，调研组在某地召开座谈会': the meeting after the research, not it
        elif p[0].text.startswith(markers[:3]) or ("调研" in p[0].text and "调研组" in text):
            found.extend(p)
            continue
        for i, s in enumerate(p):
            if team.search(s.text) and s not in found:  # '执法检查组深入6个区县、42个小区…'
                found.append(s)
                continue
            if s.text.startswith(genre.research_findings):
                before = p[i - 1] if i else None
                if before and before not in found and re.search("调研|调查", before.text):
                    found.append(before)
                found.append(s)
    return found


def _research(article: Article, genre: Genre) -> Research | None:
    sentences = tuple(_research_sentences(article, genre))
    if not sentences:
        return None
    visit = "|".join(map(re.escape, genre.research_verbs))
    lists: dict[str, tuple[str, ...]] = {}
    counts: list[str] = []
    for s in sentences:
        for match in _LIST_BEFORE_KIND.finditer(s.text):
            items = re.split(r"[、]", re.sub(rf"^.*?({visit})", "", match.group(1)))
            lists.setdefault(match.group(2), tuple(i for i in items if i))
        counts.extend(m.group() for m in _COUNT.finditer(s.text))
    return Research(sentences, lists, tuple(counts))


def extract(article: Article, genre: Genre | None = None) -> Facts:
    """Read every fact the genre's rules can find in a cleaned article."""
    genre = genre or load_genre()
    people, mentioned = _extract_people(article, genre)
    statements = _extract_statements(article, people, genre)
    return Facts(
        article=article,
        meeting=_meeting_name(article, genre),
        date=_date(article, genre),
        place=_place(article, genre),
        theme=_theme(article, genre),
        organizer=_organizer(article, genre),
        people=tuple(people),
        mentioned=tuple(mentioned),
        groups=tuple(_groups(article, statements, genre)),
        statements=tuple(statements),
        research=_research(article, genre),
    )
