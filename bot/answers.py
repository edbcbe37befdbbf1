"""Compose replies from the facts: one composer per `answer:` kind in intents/*.yaml.

A composer returns the text in Simplified Chinese or English (Traditional is converted
by the engine), whether the report holds the answer, and the sentences it rests on.
Facts are quoted as the report words them; nothing is written for one question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from . import pinyin
from .facts import Facts, Person, Statement, speakers
from .genre import load_genre
from .intents import Intent, Knowledge
from .models import Sentence
from .scripts import EN
from .understanding import Parse

MAX_QUOTED = 4  # sentences quoted for a topic or a person's words
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class Composed:
    text: str
    answered: bool
    evidence: tuple[Sentence, ...] = ()
    person: str | None = None


@dataclass(frozen=True)
class Request:
    """Everything a composer may read."""

    parse: Parse
    intent: Intent
    facts: Facts
    knowledge: Knowledge
    script: str

    def t(self, key: str | None = None, **values: object) -> str:
        return self.intent.template(key, self.script, **values)

    def msg(self, key: str, **values: object) -> str:
        return self.knowledge.message(key, self.script, **values)

    @property
    def en(self) -> bool:
        return self.script == EN


Composer = Callable[[Request], Composed]
COMPOSERS: dict[str, Composer] = {}


def composer(kind: str) -> Callable[[Composer], Composer]:
    def register(fn: Composer) -> Composer:
        COMPOSERS[kind] = fn
        return fn

    return register


def _evidence(*groups: Iterable[Sentence]) -> tuple[Sentence, ...]:
    seen: dict[tuple[int, int], Sentence] = {}
    for group in groups:
        for s in group:
            seen.setdefault((s.paragraph, s.index), s)
    return tuple(sorted(seen.values(), key=lambda s: (s.paragraph, s.index)))


def _english_date(value: str) -> str:
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号](.*)", value)
    if not m:
        return value
    year, month, day, _ = m.groups()
    words = f"{_MONTHS[int(month) - 1]} {int(day)}" + (f", {year}" if year else "")
    return f"{value} ({words})"


def _pinyin(name: str, person: bool = True) -> str:
    """'王伟中' -> 'Wang Weizhong', '广州' -> 'Guangzhou'; '' when unknown."""
    parts = pinyin.syllables(name)
    if not parts or len(name) > 4:
        return ""
    if person and len(parts) >= 2:
        return parts[0].title() + " " + "".join(parts[1:]).title()
    return "".join(parts).title()


def _roman(name: str, title: str = "", person: bool = True) -> str:
    """A name for an English reply: '王伟中 (Wang Weizhong, 省长)'."""
    extra = ", ".join(x for x in (_pinyin(name, person), title) if x)
    return f"{name} ({extra})" if extra else name


def _actions(req: Request, person: Person) -> str:
    if req.en:
        names = req.knowledge.lexicon.actions_en
        return ", ".join(names.get(a, a) for a in person.actions)
    return "并".join(person.actions) if len(person.actions) == 2 else "、".join(person.actions)


def _person_line(req: Request, person: Person) -> str:
    acts = _actions(req, person)
    if req.en:
        return f"· {_roman(person.name)} — {person.title or '?'}" + (f" ({acts})" if acts else "")
    return f"· {person.title}{person.name}" + (f"（{acts}）" if acts else "")


def _asked_name(req: Request) -> tuple[str | None, bool]:
    """The person a question is about: a known name, else the word it names (maybe unknown)."""
    slots = req.parse.slots
    if slots.person:
        return slots.person, True
    words = slots.name_words
    if not words and req.en and req.parse.yes_no and slots.unknown_words:
        # "Did Xi Jinping attend?": the capitalised words after the first
        capitals = re.findall(r"(?<=\s)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*", req.parse.question)
        return (capitals[0] if capitals else " ".join(slots.unknown_words)), False
    if not words and slots.role:  # "省长说了什么？": the one person holding the role
        holders = _vocab_role_names(req.facts, slots.role)
        if len(holders) == 1:
            return holders[0], True
    return (words[0] if words else None), False


def not_mentioned(req: Request, word: str) -> Composed:
    return Composed(req.msg("not_mentioned", word=word), False)


def _check_person(req: Request, wanted: Callable[[Person], bool], heading: str) -> Composed | None:
    """Yes/no about a person ("王伟中参加了吗？"): None when the question names nobody."""
    name, known = _asked_name(req)
    if name is None or not (req.parse.yes_no or req.parse.slots.person):
        return None
    person = req.facts.person(name) if known else None
    if person is None:
        if name in req.facts.article.text or not re.search(r"[\u4e00-\u9fff]", name):
            return Composed(req.msg("mentioned_not_present", name=name), False)
        return not_mentioned(req, name)
    line = _person_line(req, person).lstrip("· ")
    if wanted(person):
        return Composed(
            req.t("check_yes") + line + ("" if req.en else "。"), True, person.evidence, person.name
        )
    prefix = "No. " if req.en else "不是。"
    return Composed(prefix + heading + "\n" + line, True, person.evidence, person.name)


@composer("date")
def date(req: Request) -> Composed:
    fact = req.facts.date
    if fact is None:
        return Composed(req.msg("fallback"), False)
    value = fact.value
    text = req.t(date=_english_date(value) if req.en else value)
    relative = not re.search(r"\d", value)
    text += req.t("relative") if relative else ("" if "年" in value else req.t("no_year"))
    if "年" not in value and any(w in req.parse.text for w in req.intent.reply.get("year_words", ())):
        return Composed(req.t("no_year_given", date=value), False, fact.evidence)  # "哪一年开的？"
    asked = req.parse.slots.date
    if asked and req.parse.yes_no:
        same = asked.rstrip("号日") in value
        text = req.t("check_yes" if same else "check_no") + text
    return Composed(text, True, fact.evidence)


@composer("place")
def place(req: Request) -> Composed:
    fact = req.facts.place
    if fact is None:
        return Composed(req.msg("fallback"), False)
    text = req.t(place=_roman(fact.value, person=False) if req.en else fact.value)
    slots = req.parse.slots
    asked = slots.place or next(iter(slots.unknown_words or slots.known_words), None)
    if req.parse.yes_no and asked:
        same = asked in fact.value or fact.value in asked
        prefix = req.t("check_yes" if same else "check_no")
        text = prefix + (text[0].lower() + text[1:] if req.en and not same else text)
    return Composed(text, True, fact.evidence)


@composer("meeting_name")
def meeting_name(req: Request) -> Composed:
    fact = req.facts.meeting
    if fact is None:
        return Composed(req.msg("fallback"), False)
    slots = req.parse.slots
    groups = [g.value for g in req.facts.groups] + list(load_genre().group_words)
    named = [g for g in groups if g in req.parse.text]
    other = [w for w in (slots.person, slots.role, *named, *slots.known_words, *slots.unknown_words) if w and w not in fact.value]
    if other:  # "粤商代表叫什么名字？" asks for someone else's name
        return Composed(req.t("other", word=other[0]), False)
    return Composed(req.t(meeting=fact.value), True, fact.evidence)


@composer("organizer")
def organizer(req: Request) -> Composed:
    fact = req.facts.organizer
    if fact is None:
        return Composed(req.t("none"), False)
    return Composed(req.t(organizer=fact.value), True, fact.evidence)


@composer("theme")
def theme(req: Request) -> Composed:
    fact = req.facts.theme
    if fact is None:
        return Composed(req.msg("fallback"), False)
    text = req.t(theme=fact.value)
    slots = req.parse.slots
    asked = [*(slots.topic_terms), *slots.known_words, *slots.unknown_words]
    if req.parse.yes_no and asked:  # "会议主题是乡村振兴吗？"
        zh = [w for w in asked if re.search(r"[\u4e00-\u9fff]", w)] or list(slots.topic.terms if slots.topic else ())
        same = any(w in fact.value for w in zh)
        text = req.t("check_yes" if same else "check_no") + text
    return Composed(text, True, fact.evidence)


@composer("not_reported")
def not_reported(req: Request) -> Composed:
    return Composed(req.t(), False)


def _role_check(req: Request) -> Composed | None:
    """"省长来了吗？": a yes/no about whoever holds a title."""
    role = req.parse.slots.role
    if not (role and req.parse.yes_no and not req.parse.slots.person):
        return None
    holders = [p for p in req.facts.people if p.name in _vocab_role_names(req.facts, role)]
    if not holders:
        return Composed(req.msg("not_mentioned", word=role), False)
    lines = [_person_line(req, p).lstrip("· ") for p in holders]
    return Composed(req.t("check_yes") + "；".join(lines), True, _evidence(*(p.evidence for p in holders)))


def _group_asked(req: Request) -> str | None:
    """The group a question is about ('哪家企业发言了？' -> 企业), if it names one other than officials."""
    words = [g.value for g in req.facts.groups if any(o in g.value for o in load_genre().outside_groups)]
    words += list(load_genre().outside_groups)
    found = next((w for w in sorted(words, key=len, reverse=True) if w in req.parse.text), None)
    if found is None and req.en:
        groups_en = req.knowledge.lexicon.groups_en
        found = next((zh for en, zh in groups_en.items() if re.search(rf"\b{re.escape(en)}\b", req.parse.text)), None)
    return found


def _role_filter(req: Request, people: Iterable[Person]) -> list[Person] | None:
    """'哪些市领导参加了会议？': keep the people whose roles hold a word of the question.

    None when the question asks about a group (企业, 代表…) that no listed person belongs to:
    answering with everyone would be answering another question.
    """
    people = list(people)
    slots = req.parse.slots
    group = _group_asked(req)
    if slots.role:  # "哪几位副市长参加了？": only they, or nobody
        return [p for p in people if p.name in _vocab_role_names(req.facts, slots.role)]
    words = [w for w in (group, *slots.known_words, *slots.unknown_words) if w]
    for word in words:
        chosen = [p for p in people if any(word in r for r in p.roles)]
        if chosen:
            return chosen
    if group and not any(group in r for p in people for r in p.roles):
        return None
    return people


def _about_group(req: Request) -> Composed:
    """What the report says a group did, when it names no one of the group."""
    group = _group_asked(req) or ""
    said = [st for st in req.facts.statements if st.group and (group in st.speaker or group in st.sentence.text)]
    if said:
        return Composed(req.msg("group_unnamed", group=group) + "\n" + "\n".join("· " + st.sentence.text for st in said),
                        True, _evidence(st.sentence for st in said))
    return Composed(req.msg("group_not_listed", group=group), False)


def _as(req: Request, intent: str) -> Request:
    """The same question, answered by another intent's composer and templates."""
    return replace(req, intent=req.knowledge.intent(intent))


def _count_asked(req: Request) -> bool:
    """'有多少人参加了会议？' asks for a figure, not for the list."""
    return bool(asked_units(req.parse.text)) and not req.parse.yes_no


@composer("attendees")
def attendees(req: Request) -> Composed:
    if _count_asked(req):
        return figures(_as(req, "figures"))
    check = _role_check(req) or _check_person(req, lambda p: True, "")
    if check:
        return check
    people = _role_filter(req, req.facts.people)
    if people is None:
        return _about_group(req)
    if not people:
        return not_mentioned(req, req.parse.slots.role) if req.parse.slots.role else Composed(req.msg("fallback"), False)
    lines = [req.t()] + [_person_line(req, p) for p in people]
    groups = [g.value for g in req.facts.groups]
    if groups and len(people) == len(req.facts.people):  # not when the list was narrowed
        lines.append(req.t("groups") + (", " if req.en else "、").join(groups))
    evidence = _evidence(*(p.evidence for p in people), *(g.evidence for g in req.facts.groups))
    return Composed("\n".join(lines), True, evidence)


def _role_answer(
    req: Request, chosen: list[Person], template: str, none_key: str | None
) -> Composed:
    if not chosen:
        return Composed(req.t(none_key) if none_key else req.msg("fallback"), False)
    sep = ", " if req.en else "；"
    who = sep.join((_roman(p.name, p.title) if req.en else f"{p.title}{p.name}") for p in chosen)
    return Composed(
        req.t(template, who=who) if template else who,
        True,
        _evidence(*(p.evidence for p in chosen)),
    )


@composer("chair")
def chair(req: Request) -> Composed:
    chairs = [p for p in req.facts.people if "主持" in p.actions]
    heading = (
        ", ".join(p.name for p in chairs) + " chaired."
        if req.en
        else "主持人是" + "、".join(p.name for p in chairs) + "。"
    )
    check = _check_person(req, lambda p: "主持" in p.actions, heading)
    if check:
        return check
    if not chairs:
        return Composed(req.t("none"), False)
    sep = ", " if req.en else "、"
    who = sep.join(_roman(p.name, p.title) if req.en else f"{p.title}{p.name}" for p in chairs)
    person = chairs[0].name if len(chairs) == 1 else None
    return Composed(req.t(who=who), True, _evidence(*(p.evidence for p in chairs)), person)


@composer("speakers")
def speakers_(req: Request) -> Composed:
    if _count_asked(req):
        return figures(_as(req, "figures"))
    names = speakers(req.facts)
    chosen = _role_filter(req, [p for p in req.facts.people if p.name in names])
    heading = ("Speakers: " if req.en else "讲话的有：") + "、".join(names)
    check = None if chosen is None else _check_person(req, lambda p: p.name in names, heading)
    if check:
        return check
    if chosen is None:
        return _about_group(req)
    if not chosen:
        return not_mentioned(req, req.parse.slots.role) if req.parse.slots.role else Composed(req.msg("fallback"), False)
    lines = [req.t()] + [_person_line(req, p) for p in chosen]
    return Composed("\n".join(lines), True, _evidence(*(p.evidence for p in chosen)))


@composer("person_role")
def person_role(req: Request) -> Composed:
    name, known = _asked_name(req)
    if name is None:
        return Composed(req.msg("fallback"), False)
    person = req.facts.person(name) if known else None
    if person is None:
        sentences = [s for s in req.facts.article.sentences if name in s.text]
        if sentences:
            return Composed(req.t("mentioned", name=name), True, tuple(sentences[:MAX_QUOTED]))
        return not_mentioned(req, name)
    text = req.t(name=_roman(person.name) if req.en else person.name, roles=person.title)
    if person.actions:
        text += req.t("actions", actions=_actions(req, person))
    role = req.parse.slots.role
    if req.parse.yes_no and role and req.parse.slots.person:  # "温国辉是省长吗？"
        holds = person.name in _vocab_role_names(req.facts, role)
        text = req.t("check_yes" if holds else "check_no") + text
    return Composed(text, True, person.evidence, person.name)


@composer("role_holder")
def role_holder(req: Request) -> Composed:
    role = req.parse.slots.role
    if role is None:
        word = next(iter(req.parse.slots.unknown_words), None)
        return not_mentioned(req, word) if word else Composed(req.msg("fallback"), False)
    names = _vocab_role_names(req.facts, role)
    chosen = [p for p in req.facts.people if p.name in names]
    if not chosen:
        return Composed(req.t("none", role=role), False)
    sep = ", " if req.en else "；"
    body = sep.join(
        (_roman(p.name, p.title) if req.en else f"{p.name}（{p.title}）") if p.title != role else p.name
        for p in chosen
    )
    person = chosen[0].name if len(chosen) == 1 else None
    return Composed(
        req.t(role=role, who=body), True, _evidence(*(p.evidence for p in chosen)), person
    )


def _vocab_role_names(facts: Facts, role: str) -> list[str]:
    """People holding `role`: exactly, or as the title their role ends with (not 副市长 for 市长)."""
    genre_titles = load_genre().titles

    def holds(r: str, wanted: str) -> bool:
        if r == wanted:
            return True
        own = next((t for t in genre_titles if r.endswith(t)), "")
        return r.endswith(wanted) and len(own) <= len(wanted)

    found = [p.name for p in facts.people if any(holds(r, role) for r in p.roles)]
    title = next((t for t in genre_titles if role.endswith(t)), "")
    if found or not title or title == role:
        return found
    # '促进会秘书长': a bare 秘书长 listed in a sentence that names 促进会
    qualifier = role[: -len(title)]
    return [
        p.name for p in facts.people
        if any(holds(r, title) for r in p.roles) and any(qualifier in s.text for s in p.evidence)
    ]


def _verb(req: Request, verb: str) -> str:
    return req.knowledge.lexicon.verbs_en.get(verb, "said") if req.en else verb


def _quote_statements(req: Request, statements: list[Statement]) -> str:
    lines: list[str] = []
    last: tuple[str, str] | None = None
    for st in statements:
        if (st.speaker, st.verb) != last:
            speaker = _roman(st.speaker) if req.en and not st.group else st.speaker
            lines.append(req.t(name=speaker, verb=_verb(req, st.verb)))
            last = (st.speaker, st.verb)
        lines.append("· " + st.text)
    return "\n".join(lines)


def _rank(
    sentences: Iterable[Sentence], terms: Iterable[str], extra: Iterable[str] = ()
) -> list[Sentence]:
    """Sentences holding any of `terms`, best first (more and longer terms), ties in article order."""
    terms, extra = list(terms), list(extra)
    scored = [
        (_score(s, terms, extra), s) for s in sentences if any(t and t in s.text for t in terms)
    ]
    scored.sort(key=lambda e: (-e[0], e[1].paragraph, e[1].index))
    return [s for _, s in scored]


def _score(sentence: Sentence, terms: Iterable[str], extra: Iterable[str] = ()) -> int:
    """Characters of `terms` found in the sentence, words of the question itself counting double."""
    hits = sum(len(t) for t in dict.fromkeys(terms) if t and t in sentence.text)
    return hits + 2 * sum(len(t) for t in dict.fromkeys(extra) if t and t in sentence.text)


@composer("statements")
def statements(req: Request) -> Composed:
    name, known = _asked_name(req)
    if name is None:
        return Composed(req.msg("fallback"), False)
    if known:
        said = req.facts.said_by(name)
        if not said:
            return Composed(req.t("none", name=name), False, req.facts.person(name).evidence, name)
        verbs_en = req.knowledge.lexicon.verbs_en
        asked_verbs = [
            v for v in {st.verb for st in said}
            if v in req.parse.text or (req.en and verbs_en.get(v, "")[:5] in req.parse.text and v != "表示")
        ]
        chosen = [st for st in said if st.verb in asked_verbs] or said
        slots = req.parse.slots
        about = [w for w in (*(slots.topic.terms if slots.topic else ()), *slots.known_words, *slots.unknown_words)
                 if w != name and re.search(r"[\u4e00-\u9fff]", w)]
        if about:  # "王伟中提到了房地产吗？", "林克庆关于人才说了什么？"
            chosen = [st for st in said if any(t in st.text for t in about)]
            if not chosen:
                label = slots.topic.name(req.script) if slots.topic else (slots.known_words or slots.unknown_words)[0]
                return Composed(req.t("none_on", name=name, topic=label), False, (), name)
        return Composed(
            _quote_statements(req, chosen), True, _evidence(st.sentence for st in chosen), name
        )
    mentions = [s for s in req.facts.article.sentences if name in s.text]
    if not mentions:
        return not_mentioned(req, name)
    extra = [*req.parse.slots.known_words[1:], *req.parse.slots.topic_terms]
    ranked = _rank(mentions, [name], extra)[:2]
    ranked.sort(key=lambda s: (s.paragraph, s.index))
    text = req.t("mentioned", name=name) + "\n" + "\n".join("· " + s.text for s in ranked)
    return Composed(text, True, tuple(ranked))


def _speaker_of(facts: Facts, sentence: Sentence) -> Statement | None:
    return next((st for st in facts.statements if st.sentence == sentence), None)


def _quote_sentences(req: Request, sentences: list[Sentence]) -> str:
    lines = []
    for s in sentences:
        st = _speaker_of(req.facts, s)
        if st and not st.group:
            lines.append(
                f"· {st.speaker}{'' if req.en else ''}{' ' + _verb(req, st.verb) + ': ' if req.en else _verb(req, st.verb) + '：'}{st.text}"
            )
        else:
            lines.append("· " + s.text)
    return "\n".join(lines)


@composer("topic")
def topic(req: Request) -> Composed:
    slots = req.parse.slots
    if slots.topic and _group_asked(req) and any(st.group for st in req.facts.statements):
        return group_views(_as(req, "group_views"))  # "What did the entrepreneurs say about finance?"
    words = [*([slots.place] if slots.place else []), *slots.known_words]
    terms = list(slots.topic.terms) if slots.topic else words
    label = slots.topic.name(req.script) if slots.topic else "、".join(words)
    if not terms:
        word = next(iter(slots.unknown_words), None)
        return not_mentioned(req, word) if word else Composed(req.msg("fallback"), False)
    zh_terms = [t for t in terms if re.search(r"[\u4e00-\u9fff]", t)]
    extra = [*slots.known_words, *slots.topic_terms]
    ranked = _rank(req.facts.article.sentences, zh_terms, extra)
    if not ranked:
        return Composed(req.t("none", topic=label), False)
    best = _score(ranked[0], zh_terms, extra)
    ranked = [s for s in ranked if _score(s, zh_terms, extra) * 2 >= best]
    chosen = sorted(ranked[: MAX_QUOTED - 1], key=lambda s: (s.paragraph, s.index))
    return Composed(req.t(topic=label) + "\n" + _quote_sentences(req, chosen), True, tuple(chosen))


@composer("who_did")
def who_did(req: Request) -> Composed:
    """'谁通报了调研情况？': the people named in the sentence that best matches the question."""
    slots = req.parse.slots
    lex = req.knowledge.lexicon
    words = [*slots.known_words, *slots.topic_terms, *(slots.topic.terms if slots.topic and req.en else ())]
    verbs = [v for v in load_genre().statement_verbs + tuple(load_genre().actions) if v in req.parse.text]
    if req.en:  # "Who reported on the research findings?": the report's own words for them
        english = {**lex.actions_en, **lex.verbs_en}
        verbs += [zh for zh, en in english.items() if en.split()[-1][:5] in req.parse.text]
        words += [zh for en, zh in lex.words_en.items() if re.search(rf"\b{re.escape(en)}", req.parse.text)]
    everyone = [*req.facts.people, *req.facts.mentioned]
    named = [s for s in req.facts.article.sentences if any(p.name in s.text for p in everyone)]
    ranked = _rank(named, [w for w in (*words, *verbs) if re.search(r"[\u4e00-\u9fff]", w)], words)
    if not ranked:
        return Composed(req.t("none"), False)
    best = ranked[0]
    people = [p for p in everyone if p.name in best.text]
    terms = [w for w in (*words, *verbs) if w in best.text]
    clauses = re.split(r"[，；：]", best.text)
    doers = [p for p in people if any(p.name in c and any(t in c for t in terms) for c in clauses)]
    people = doers or people  # "副市长尤立明作工作报告" among three names
    sep = ", " if req.en else "；"
    who = sep.join(_roman(p.name, p.title) if req.en else f"{p.title}{p.name}" for p in people)
    person = people[0].name if len(people) == 1 else None
    return Composed(f"{who}\n{req.t()}\n· {best.text}", True, (best,), person)


@composer("group_views")
def group_views(req: Request) -> Composed:
    said = [st for st in req.facts.statements if st.group]
    if not said:
        return Composed(req.t("none"), False)
    topic = req.parse.slots.topic
    if topic:  # "What did the entrepreneurs say about finance?"
        said = [st for st in said if any(t in st.sentence.text for t in topic.terms)]
        if not said:
            group = _group_asked(req) or [st.speaker for st in req.facts.statements if st.group][0]
            none_on = req.knowledge.intent("statements").template("none_on", req.script, name=group, topic=topic.name(req.script))
            return Composed(none_on, False)
    text = req.t() + "\n" + "\n".join("· " + st.sentence.text for st in said)
    return Composed(text, True, _evidence(st.sentence for st in said))


def asked_units(text: str) -> tuple[str, ...]:
    """The units a question asks for ('多少人' -> 人, 名, 位 …); empty when it does not say."""
    genre = load_genre()
    text = text.replace("哪几", "哪")  # 哪几位 asks which ones, not how many
    kinds = [k for k, words in genre.unit_questions.items() if any(w in text for w in words)]
    return tuple(u for k in kinds for u in genre.unit_kinds[k])


def _counts(text: str, units: tuple[str, ...] = ()) -> list[str]:
    """Figures in `text` ('50多家', '47.3亿元', '1.26万名'), only in `units` when given."""
    genre = load_genre()
    magnitude = "|".join(genre.magnitudes)
    unit = "|".join(re.escape(u) for u in genre.units)
    pattern = rf"\d+(?:\.\d+)?(?:多|余)?(?:{magnitude})?(?:多|余)?({unit})"
    return [m.group() for m in re.finditer(pattern, text) if not units or m.group(1) in units]


@composer("figures")
def figures(req: Request) -> Composed:
    slots = req.parse.slots
    units = asked_units(req.parse.text)
    counted = [s for s in req.facts.article.sentences if _counts(s.text, units)]
    words = [w for w in (*slots.words, slots.role, slots.place) if w and w in req.facts.article.text]
    topic = [t for t in (slots.topic.terms if slots.topic else ()) if re.search(r"[\u4e00-\u9fff]", t)]
    if not req.en and (slots.unknown_words or not (words or topic)):
        return Composed(req.t("none"), False)  # the question is about something the report lacks
    # Every word of the question the report has must stand in the sentence quoted.
    chosen = [s for s in _rank(counted, words or topic, topic) if all(w in s.text for w in words)]
    if not chosen:
        return Composed(req.t("none"), False)
    chosen = sorted(chosen[:2], key=lambda s: (s.paragraph, s.index))
    return Composed(req.t() + "\n" + "\n".join("· " + s.text for s in chosen), True, tuple(chosen))


@composer("research")
def research(req: Request) -> Composed:
    found = req.facts.research
    if found is None:
        return Composed(req.t("none"), False)
    parts: dict[str, list[str]] = req.intent.reply.get("parts", {})
    asked = [part for part, cues in parts.items() if any(c in req.parse.text for c in cues)]
    lines: list[str] = []
    sep = ", " if req.en else "、"
    if "cities" in asked:
        for kind in ("市", "地", "县", "区"):
            if kind in found.lists:
                lines.append(sep.join(found.lists[kind]) + ("" if req.en else f"等{kind}"))
    if "provinces" in asked and "省" in found.lists:
        lines.append(sep.join(found.lists["省"]) + ("" if req.en else "等省"))
    if "counts" in asked:
        units = asked_units(req.parse.text)
        counts = [c for s in found.sentences for c in _counts(s.text, units)] if units else list(found.counts)
        if not counts:
            return Composed(req.knowledge.intent("figures").template("none", req.script), False)
        lines.append(sep.join(dict.fromkeys(counts)))
    evidence = found.sentences
    if lines:
        head = req.t()
        evidence = (
            tuple(
                s
                for s in found.sentences
                if any(x.split("、")[0].split(",")[0] in s.text for x in lines)
            )
            or found.sentences
        )
        return Composed(
            head
            + ("；".join(lines) if not req.en else "; ".join(lines))
            + "\n"
            + "\n".join("· " + s.text for s in evidence[:1]),
            True,
            evidence[:1],
        )
    return Composed(
        req.t() + "\n" + "\n".join("· " + s.text for s in found.sentences), True, found.sentences
    )


def _first_clause(text: str, limit: int = 0) -> str:
    """The first clause of a statement; with `limit`, as many clauses as fit in it."""
    clauses = re.split(r"(?<=[，；])", text.rstrip("。"))
    out = clauses[0]
    for clause in clauses[1:]:
        if len(out) + len(clause) > limit:
            break
        out += clause
    return out.rstrip("，；")


@composer("summary")
def summary(req: Request) -> Composed:
    f = req.facts
    parts: list[str] = []
    evidence: list[Sentence] = []
    lead = "，".join(
        x
        for x in (
            f.date.value if f.date else "",
            (f.meeting.value if f.meeting else "会议")
            + (f"在{f.place.value}召开" if f.place else "召开"),
        )
        if x
    )
    parts.append(lead + "。")
    for fact in (f.date, f.meeting, f.place):
        if fact:
            evidence.extend(fact.evidence)
    if f.theme:
        parts.append(f"主题是“{f.theme.value}”。")
        evidence.extend(f.theme.evidence)
    roster = [
        f"{p.title}{p.name}{'并'.join(p.actions[:2])}"
        for p in f.people
        if {"讲话", "主持"} & set(p.actions)
    ]
    if roster:
        parts.append("，".join(roster) + "。")
    for st in [s for s in f.statements if s.group][:1]:
        parts.append(st.sentence.text)
        evidence.append(st.sentence)
    for name in speakers(f)[:3]:
        said = f.said_by(name)
        if said:
            points = [_first_clause(st.text) for st in said if st.text.startswith("要")] or [
                _first_clause(said[0].text, 60)
            ]
            parts.append(
                f"{name}{said[-1].verb if points and said[-1].text.startswith('要') else said[0].verb}："
                + "；".join(points[:6])
                + "。"
            )
            evidence.extend(st.sentence for st in said)
    if f.research:
        parts.append(f.research.sentences[0].text)
        evidence.append(f.research.sentences[0])
    body = "".join(parts)
    if req.en:
        body = "Summary of the report (in its own words):\n" + body
    return Composed(body, True, _evidence(evidence))


@composer("greeting")
def greeting(req: Request) -> Composed:
    meeting = req.facts.meeting.value if req.facts.meeting else ""
    examples = req.msg("examples")
    text = (
        req.t(meeting=meeting)
        + "\n"
        + req.msg("try_asking")
        + "\n"
        + "\n".join("· " + e for e in examples)
    )
    return Composed(text, True)


def compose(req: Request) -> Composed:
    return COMPOSERS[req.intent.answer](req)
