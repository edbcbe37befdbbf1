"""Composers about people: who attended, chaired, spoke, did something; positions and
their holders."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..facts import Person
from ..models import Sentence
from ..names import LIST_JOINERS
from ..patterns import CLAUSE
from ..roster import absent_in
from ..scripts import has_han
from ..understanding.question import GROUP_MARKS, SPEAKING
from .base import (
    MAX_QUOTED,
    Composed,
    Request,
    action_text,
    asked_name,
    asks_it_too,
    bullets,
    by_act,
    check_person,
    composer,
    each_person,
    evidence_of,
    givers,
    han_terms,
    is_body,
    mentioned_holders,
    name_with_title,
    named_where_asked,
    not_mentioned,
    not_participant,
    person_line,
    present_by_roll_call,
    pronoun_of,
    rank,
    role_holders,
    roll_call,
    romanize,
    said_most,
    score,
    verb_text,
    verdict,
)
from .groups import about_group, bodies_at_meeting, role_filter


def _role_check(req: Request) -> Composed | None:
    """"省长来了吗？": a yes/no about whoever holds a title."""
    role = req.slots.role
    named = [w for w in req.slots.name_words if req.facts.person(w) or req.facts.mention(w)]  # ("市议员晏子淳本人有没有到": the one named)
    if not (role and req.question.yes_no and not req.slots.person and not named):
        return None
    holders = [p for p in req.facts.people if p.name in role_holders(req, role)]
    if not holders:
        return _mentioned_holder(req) or not_mentioned(req, role)
    lines = [person_line(req, p).lstrip("· ") for p in holders]
    return Composed(req.t("check_yes") + req.msg("item_sep").join(lines), True, evidence_of(*(p.evidence for p in holders)))


def _mentioned_holder(req: Request) -> Composed | None:
    """"省长来了吗？", "某市副市长致辞了吧？" of a title only someone the report names in passing
    holds (a speech relayed, a visit called off): what the report says of them; so for "哪位市领导的讲话…？"."""
    role = req.slots.role
    if not (role and (req.question.yes_no or req.question.kind == "who") and not req.slots.person):
        return None
    if any(p.name in role_holders(req, role) for p in req.facts.people):
        return None
    named = mentioned_holders(req, role)
    return not_participant(req, named[0]) if len(named) == 1 else None


def _listed(req: Request, people: list[Person], heading: str | None = None) -> Composed:
    lines = [heading if heading is not None else req.t()] + [person_line(req, p) for p in people]
    # "会上是谁讲的话？" → "那他…": the one listed who did what was asked (讲话) is whom a pronoun means
    did = [p for p in people if any(v in p.actions for v in req.question.verbs)]
    person = people[0].name if len(people) == 1 else did[0].name if len(did) == 1 else None
    return Composed("\n".join(lines), True, evidence_of(*(p.evidence for p in people)), person)


def _nobody(req: Request) -> Composed:
    role = req.slots.role
    named = mentioned_holders(req, role) if role else []
    if len(named) == 1:  # "会上传达了哪位市领导的讲话？": the one the report names in passing, and what it says of them
        return not_participant(req, named[0])
    return not_mentioned(req, role) if role else Composed(req.msg("fallback"), False)


def _came_after_all(req: Request) -> Composed | None:
    """"为什么省长这次没来？", "省长没来吗？": of a participant the question says did not come, the report's no."""
    if not req.question.has("absent"):
        return None
    slots = req.slots
    titled = slots.role and not slots.role.endswith(req.genre.group_words)  # (not 代表 of "有没有代表缺席": the roll call)
    named = [slots.person] if slots.person else role_holders(req, slots.role) if titled else []
    came = [p for p in req.facts.people if p.name in named]
    if not came:
        return None
    lines = "\n".join(person_line(req, p) for p in came)
    return Composed(req.msg("came_after_all") + "\n" + lines, True, evidence_of(*(p.evidence for p in came)), came[0].name if len(came) == 1 else None)


def _seniority(req: Request, person: Person) -> tuple[int, int, int]:
    """A person's rank by their highest post: its level (省 before 市…), a deputy after the title it deputises, then the
    title (书记 before 省长…); what no list holds comes last."""
    lex = req.knowledge.lexicon
    last = len(lex.seniority_levels) + len(lex.seniority_titles)

    def rank(role: str) -> tuple[int, int, int]:
        level = next((i for i, lv in enumerate(lex.seniority_levels) if role.startswith(lv)), last)
        title = next((i for i, t in enumerate(lex.seniority_titles) if role.endswith(t)), last)
        return level, int(req.genre.deputy_rank in role), title

    return min((rank(r) for r in person.roles), default=(last, 1, last))


def _most_senior(req: Request) -> Composed | None:
    """"谁最大？": the participant whose post ranks highest."""
    if not req.question.has("most_senior") or not req.facts.people:
        return None
    top = min(req.facts.people, key=lambda p: _seniority(req, p))
    return Composed(req.msg("most_senior") + "\n" + person_line(req, top), True, top.evidence, top.name)


@composer("attendees")
def attendees(req: Request) -> Composed:
    some = _some_of_them(req) or _came_after_all(req) or _most_senior(req) or present_by_roll_call(req)  # (实际到场的代表有多少位)
    if some:
        return some
    called = roll_call(req) if req.question.yes_no else None  # "有没有代表缺席": the roll call, not the deputies named
    check = (called.composed if called else None) or _said_absent(req) or _role_check(req) or check_person(req, lambda p: True, "")
    if check:
        return check
    if req.question.has("absent") or req.question.has("all_present"):  # "谁没来？", "代表都到齐了吗": those the report says
        return _absentees(req)  # could not attend, or its roll call
    people = role_filter(req, req.facts.people)
    if people is None:
        return about_group(req)
    if not people:
        return _nobody(req)
    narrowed = _none_such(req, people) or _of_body(req, people) or _by_act(req, people) or _rest_unnamed(req, people)
    if narrowed:
        return narrowed
    role = req.slots.role or ""
    if req.question.counts and role.endswith(req.genre.group_words):  # 多少名区人大代表参加了: those named are not all
        return Composed(req.t("uncounted"), False)
    counted = None
    if req.question.counts and role:  # 几个副县长出席: 3位
        counted, people = _counted(req, people, role)
    listed = _listed(req, people, counted)
    groups = [g.value for g in req.facts.groups]
    if groups and len(people) == len(req.facts.people):  # not when the list was narrowed
        evidence = evidence_of(listed.evidence, *(g.evidence for g in req.facts.groups))
        return Composed(listed.text + "\n" + req.t("groups") + req.join(groups), True, evidence)
    return listed


def _by_act(req: Request, people: list[Person]) -> Composed | None:
    """"回答记者提问的有谁": those the report records doing the act asked (回答), when some but not all did; not an act of
    attending, which names everyone there."""
    acts = [v for v in req.question.verbs if v not in req.genre.attendance_actions]
    doers = [p for p in people if any(v in a for v in acts for a in p.actions)]
    return _listed(req, doers) if doers and len(doers) < len(people) else None


def _described_asked(req: Request) -> Composed | None:
    """"谁代表驻县部队发言？": the one whose turn the report writes so, when the question asks who."""
    q = req.question
    if q.kind != "who" or q.yes_no or q.has("besides") or req.slots.role:
        return None
    return _described_speakers(req, [p for p in req.facts.people if p.name in req.facts.speakers])


def _described_speakers(req: Request, people: list[Person]) -> Composed | None:
    """Of the speakers, those a sentence of theirs describes with every word the question adds to its verb
    ('某某代表驻县部队发言' of "谁代表部队讲的话"), when some but not all are."""
    q = req.question
    genre = req.genre  # (not a title or a group: "哪几位委员发言了" asks of every 委员 who spoke)
    words = [w for w in q.named if has_han(w) and len(w) >= 2 and not any(w in v for v in q.verbs) and w in req.facts.article.text
             and w not in genre.speaking_actions
             and not w.endswith((*genre.titles, *genre.group_words)) and w != req.slots.group and w not in genre.meeting_words
             and w not in genre.roster_adverbs]
    if not words or req.slots.person or req.slots.people or req.slots.group:
        return None
    found = [p for p in people if any(all(w in c for w in words) for s in p.evidence for c in CLAUSE.split(s.text) if p.name in c)]
    return _listed(req, found) if found and len(found) < len(people) else None


def _of_body(req: Request, people: list[Person]) -> Composed | None:
    """"临江市里有领导参加吗？": those whose titles name the place or body asked (临江市委副书记、市长某某), when some do."""
    of_body = _of_bodies(req, people)
    if not of_body or len(of_body) == len(people):
        return None
    listed = _listed(req, of_body)
    return replace(listed, text=(req.t("check_yes") if req.question.yes_no else "") + listed.text)


def _none_such(req: Request, people: list[Person]) -> Composed | None:
    """"有哪家银行参加了？": no one at the meeting, nor any group there, is of the kind asked."""
    which = req.slots.which
    if not which or not has_han(which) or req.slots.role:
        return None
    if any(which in r for p in people for r in p.roles) or any(which in g.value for g in req.facts.groups):
        return None
    # "有哪些部门参会？": '县政协提案委、县市场监管局、县住建局有关负责人等参加'
    return bodies_at_meeting(req, which) or Composed(req.t("no_such", kind=which), False, final=True)


def _some_of_them(req: Request) -> Composed | None:
    """"A和B都来了吗？" (each of them), "除了省长和政协主席，还有谁？" (the others)."""
    if req.question.yes_no and len(everyone := _everyone_named(req)) > 1 and not req.question.has("besides"):
        return each_person(_with_people(req, everyone), attendees)
    others = _besides(req, req.facts.people)
    if others is None:
        return None
    others = _of_bodies(req, others)
    return _listed(req, others) if others else _nobody_else(req)


def _aside(req: Request) -> tuple[set[str], set[str]]:
    """Whom a besides-clause sets aside (除了省长: 王伟中; Apart from Lin Keqing: 林克庆) and, when another title
    is asked beside it, whom the question asks for ("除了书记，还有哪些市领导在场？": the 市领导)."""
    named = {n for n in (*req.slots.people, req.slots.person) if n}
    aside = req.question.set_aside
    ranked = tuple(req.genre.rank_prefixes)  # (主席 set apart: not the 副主席 asked)
    roles = [r for r in req.slots.roles if not aside or any(r in a or (len(a) >= 2 and a in r and not r.startswith(ranked)) for a in aside)]
    asked = {n for r in req.slots.roles if r not in roles for n in role_holders(req, r)}
    return {n for r in roles for n in _first_holders(req, r)} | named, asked


def _first_holders(req: Request, role: str) -> list[str]:
    """Those who hold a title; of several, those whose first title it is ("Besides the party secretary": the 县委书记,
    not the 县委副书记 who is also 政法委书记)."""
    holders = role_holders(req, role)
    ranked = tuple(rank + role for rank in req.genre.rank_prefixes)  # (县委副书记 is no first title of 书记)
    first = [n for n in holders if (p := req.facts.person(n)) is not None and p.roles and p.roles[0].endswith(role)
             and not p.roles[0].endswith(ranked)]
    return first if len(holders) > 1 and first else holders


def _besides(req: Request, people: Iterable[Person]) -> list[Person] | None:
    """The people left when a besides-clause sets some aside (None when the question sets no one aside)."""
    if not (req.question.has("besides") and (req.slots.roles or req.slots.people or req.slots.person)):
        return None
    left, asked = _aside(req)
    return [p for p in people if p.name not in left and (not asked or p.name in asked)]


def _nobody_else(req: Request) -> Composed:
    return Composed(req.t("nobody_else", name=req.join(sorted(_aside(req)[0]))), True)


def _said_absent(req: Request) -> Composed | None:
    """"王伟中是不是没参加？", "听说王伟中没去，是真的吗": a yes/no that one named was not there, of one the report has
    there: no, with their line (one it does not have there is answered as any name is)."""
    q, name = req.question, req.slots.named_person
    person = req.facts.person(name) if name else None
    if not (q.yes_no and q.has("absent")) or person is None:
        return None
    line = person_line(req, person).lstrip("· ")
    return Composed(req.msg("no") + line + req.msg("full_stop"), True, person.evidence, person.name, denies=True)


def _absentees(req: Request) -> Composed:
    """The people the report says were not there ('某某因在外地就医未能到会'), with the sentence that says why."""
    names = [p.name for p in (*req.facts.people, *req.facts.mentioned)]
    away = [
        (m, s) for m in req.facts.mentioned for s in m.evidence if absent_in(s.text, m.name, req.genre, names)
    ]
    if not away or req.question.has("all_present"):
        called = roll_call(req)
        return called.composed if called else Composed(req.t("none_absent"), False, final=True)
    # ("市长为什么没来": no one of that title is named; the ones who could not come are others)
    role = req.slots.role or ""
    titled = bool(role) and not role.endswith(req.genre.group_words) and not req.slots.person
    unheld = titled and not role_holders(req, role) and not mentioned_holders(req, role) and not any(role in r for m, _ in away for r in m.roles)
    head = [req.msg("absent_role_unheld", role=role)] if unheld else []
    lines = [*head, req.t("absent"), *dict.fromkeys(person_line(req, m) for m, _ in away), req.msg("reading_says"), bullets([s for _, s in away])]
    return Composed("\n".join(lines), True, tuple(s for _, s in away), away[0][0].name if len(away) == 1 else None)


def _rest_unnamed(req: Request, people: list[Person]) -> Composed | None:
    """"另外那几位专家都叫什么名字" where a sentence that names some of them counts more ('…等单位的9位专家参加座谈'):
    the report names only these."""
    kind = req.slots.group or req.slots.role
    if not (kind and req.question.has("the_rest")) or req.question.yes_no:
        return None
    units = req.genre.unit_kinds.get("people", ())
    for s in dict.fromkeys(s for p in people for s in p.evidence):
        counted = [req.genre.figure(c).value for c in req.genre.counts_in(s.text, units) if kind in s.text]
        if any(n is not None and n > len(people) for n in counted):
            names = req.join([p.name for p in people])
            return Composed(req.t("rest_unnamed", names=names, role=kind), False, (s,), final=True)
    return None


def _counted(req: Request, people: list[Person], role: str) -> tuple[str, list[Person]]:
    """How many hold the title asked: the count the report gives beside their names ('A、B、C、D等11人为副会长':
    11人, of whom the report names 4), else how many it names."""
    units = req.genre.unit_kinds.get("people", ())
    came = [*req.genre.attendance_actions, *req.genre.gathering_words]
    for s in req.facts.article.sentences if "§attend" in req.question.content else ():  # "多少位村长参加": '与…19位村长面对面座谈'
        for clause in req.genre.clauses_with_marks(s.text):
            counts = [c for c in req.genre.counts_in(clause, units) if clause[clause.find(c) + len(c) :].startswith(role)]
            if counts and (any(a in clause for a in came) or req.genre.meeting_with.search(clause)):
                return req.t("counted_of", total=counts[0], n=len(people)), people
    for s in (s for p in people for s in p.evidence):
        for clause in req.genre.clauses_with_marks(s.text):
            named = [p for p in people if p.name in clause]
            counts = req.genre.counts_in(clause, units)
            if len(named) >= 2 and role in clause and counts:
                return req.t("counted_of", total=counts[0], n=len(named)), named
    return req.t("counted", n=len(people)), people


def _of_bodies(req: Request, people: list[Person]) -> list[Person]:
    """Those whose roles name a body the question names (除了林克庆，省政协还有谁: 省政协副主席…), where any does."""
    words = [*req.question.terms, *req.question.glossary, *((req.slots.place,) if req.slots.place else ())]
    bodies = [w for w in words if len(w) >= 2 and not w.endswith(req.genre.titles) and any(w in r for p in people for r in p.roles)]
    level = req.slots.level  # ("市里的自然资源和规划局…": not 省自然资源厅's)
    levels = req.genre.holding_places

    def of_level(role: str) -> bool:
        return not level or not role.startswith(levels) or role.startswith(level)

    return [p for p in people if any(b in r and of_level(r) for b in bodies for r in p.roles) or _bare_of(req, p, bodies)] if bodies else people


def _bare_of(req: Request, person: Person, bodies: list[str]) -> bool:
    """A bare title that shares the body named before it in the roster ('促进会副会长A、B，秘书长某某出席')."""
    if not person.roles or not all(r in req.genre.titles for r in person.roles) or not person.evidence:
        return False
    text = person.evidence[0].text
    return any(0 <= text.find(b) < text.find(person.name) for b in bodies)


def _everyone_named(req: Request) -> tuple[str, ...]:
    """The participants a question names, and the other names it gives ("欧阳某和庄某都到场讲话了吧？": 庄某 is
    mentioned, not present; "笪某和笪某某都参会了吗？": the second is the report's editor)."""
    others = [w for w in req.slots.name_words if w not in req.slots.people and not is_body(req, w)]  # (笪某, 庄某; not 巴士公司)
    return (*req.slots.people, *others)


def _with_people(req: Request, people: tuple[str, ...]) -> Request:
    """The request with `people` as the people it names (no longer bare name words)."""
    name_words = tuple(w for w in req.slots.name_words if w not in people)
    return replace(req, question=replace(req.question, slots=replace(req.slots, people=people, name_words=name_words)))


def _did_part(req: Request, person: Person, part: str) -> bool:
    """Whether the person had `part` at the meeting (主持, or a speaking part: 讲话, 致辞 …)."""
    if part == req.genre.chair_action:
        return part in person.actions
    plain = part in req.knowledge.lexicon.plain_say_verbs and person.name in req.facts.speakers
    return plain or any(part in a for a in person.actions)


def _parts_of_each(req: Request) -> Composed | None:
    """Two people and two parts ("赫连长青讲话、令狐振华主持的吧？", "王伟中和林克庆，哪个是主持的，哪个是讲话的？"):
    each person with the parts asked that they had; yes only when every pair the question gives holds."""
    q, pairs = req.question, req.slots.pairs
    asked = (v for _, v in pairs) if pairs else (v for v in q.verbs if v in (req.genre.chair_action, *req.genre.speaking_actions))
    parts = sorted(dict.fromkeys(asked), key=lambda v: (v != req.genre.chair_action, q.verbs.index(v) if v in q.verbs else 0))
    if not (pairs and q.yes_no) and (q.yes_no or len(parts) < 2):
        return None
    people = [req.facts.person(n) for n in req.slots.people]
    if len(people) < 2 or any(p is None for p in people):
        return None
    names = req.knowledge.lexicon.actions_en
    lines = []
    for p in (p for p in people if p is not None):
        done = [v for v in parts if _did_part(req, p, v)]
        if req.en:
            lines.append(f"· {romanize(req, p.name)} — {p.title or '?'}: " + (", ".join(names.get(v, v) for v in done) or action_text(req, p)))
        else:
            lines.append(f"· {p.title}{p.name}" + ("、".join(done) if done else f"（{action_text(req, p)}）"))
    found = [p for p in people if p is not None]
    verdict = ""
    if pairs and q.yes_no:
        held = all(_did_part(req, req.facts.person(n) or found[0], v) for n, v in pairs)
        verdict = (req.t("check_yes") if held else req.msg("no")).strip() + "\n"
    return Composed(verdict + "\n".join(lines), True, evidence_of(*(p.evidence for p in found)))


@composer("chair")
def chair(req: Request) -> Composed:
    each = _parts_of_each(req)
    if each:
        return each
    chairs = [p for p in req.facts.people if req.genre.chair_action in p.actions]
    if not chairs:  # "座谈会是尤振邦主持的吗？" when the report names no chair
        return Composed(req.t("none"), False)
    chairs = _of_part(req, chairs)  # "Who moderated the roundtable?", "签约仪式是县长主持的吗": the one whose sentence names it
    heading = req.t("heading", names=req.join(name_with_title(req, p) for p in chairs))  # (不是。主持人是市委书记某某)
    check = check_person(req, lambda p: p in chairs, heading)
    if check:
        return check
    who = req.join(name_with_title(req, p) for p in chairs)
    person = chairs[0].name if len(chairs) == 1 else None
    return Composed(req.t(who=who), True, evidence_of(*(p.evidence for p in chairs)), person)


def _of_part(req: Request, people: list[Person]) -> list[Person]:
    """Of several people, those whose sentences name a word of the question the others' do not
    (圆桌 of "Who moderated the roundtable?": the round table's host, not the conference's chair)."""
    asked = {p.name for p in people}  # (厍文博 of "签约仪式是厍文博主持的吗": whom it checks, not which part)
    words = [w for w in (*req.question.named, req.question.meeting_part or "") if len(w) >= 2 and has_han(w) and w not in asked]
    said = {p.name: "".join(s.text for s in p.evidence) for p in people}
    telling = [w for w in words if 0 < sum(w in t for t in said.values()) < len(people)]
    kept = [p for p in people if any(w in said[p.name] for w in telling)]
    return kept or people


def _quiet(req: Request, names: tuple[str, ...]) -> Composed:
    """谁没讲话？: the people present whom the report does not record speaking."""
    quiet = [p for p in req.facts.people if p.name not in names]
    if not quiet:
        return Composed(req.t("everyone"), True, evidence_of(*(p.evidence for p in req.facts.people)))
    return _listed(req, quiet, req.t("quiet"))


@composer("speakers")
def speakers_(req: Request) -> Composed:
    each = _parts_of_each(req) or _described_asked(req) or said_most(req)
    if each:
        return each
    if req.question.yes_no and len(everyone := _everyone_named(req)) > 1 and not req.question.has("besides"):  # "A和B都讲话了吧？"
        return each_person(_with_people(req, everyone), speakers_)
    absent = _mentioned_holder(req) or _talk_asked(req)
    if absent:
        return absent
    names = req.facts.speakers
    which = _in_turn(req, names) or _which_of_them(req, names) or _gave_the_speech(req, names)  # "第二个发言的是谁"; "林克庆和王伟中谁讲话了"
    if which:
        return which
    chosen = role_filter(req, [p for p in req.facts.people if p.name in names])
    q = req.question
    if chosen is not None and q.has("negated"):  # 谁没讲话？
        return _quiet(req, names)
    pool = chosen if chosen is not None and req.slots.group else [p for p in req.facts.people if p.name in names]
    others = _besides(req, pool)  # 除了王伟中（除了省长）还有谁讲话了？
    if others is not None:
        return _listed(req, others) if others else _nobody_else(req)
    heading = req.t("heading", names=req.join(names))
    check = None if chosen is None else _act_checked(req) or check_person(req, lambda p: p.name in names, heading)
    if check:
        return check
    if chosen is None:
        return about_group(req)
    kind = _unheld_kind(req)
    if kind and chosen:  # "会上有银行或者金融机构发言吗？": the report names no such speaker
        listed = _listed(req, chosen, req.t("none_of_kind", kind=kind))
        return Composed(listed.text, False, listed.evidence)
    return _with_groups(req, _listed(req, chosen)) if chosen else _nobody(req)


def _gave_the_speech(req: Request, names: Iterable[str]) -> Composed | None:
    """"谁作了主要讲话", "Who gave the main speech?": the one speaker whose act is the meeting's speech ('出席并讲话'), not
    the chair nor the representatives who spoke; None where no one, or several, gave one."""
    if not req.question.has("main_speech") or req.question.yes_no:
        return None
    gave = [p for p in req.facts.people if p.name in names and any(a in req.genre.speech_acts for a in p.actions)]
    return _listed(req, gave) if len(gave) == 1 else None


def _with_groups(req: Request, listed: Composed) -> Composed:
    """"会上都有哪些人讲话了": the people who spoke, and the groups the report has speaking as one ('粤商代表们…建言献策'),
    where the question names no role or group of its own."""
    if req.slots.role or req.slots.group or req.question.yes_no:
        return listed
    said = {}
    for st in req.facts.statements:
        if st.group and st.speaker not in said:
            said[st.speaker] = st
    if not said:
        return listed
    lines = [req.msg("group_spoke", group=g, verb=verb_text(req, st.verb)) for g, st in said.items()]
    return replace(listed, text=listed.text + "\n" + "\n".join(lines), evidence=evidence_of(listed.evidence, tuple(st.sentence for st in said.values())))


def _which_of_them(req: Request, names: tuple[str, ...]) -> Composed | None:
    """"林克庆和王伟中谁讲话了": which of the people named spoke."""
    asks_which = req.question.kind == "who" and not req.question.yes_no and not req.question.has("besides")
    if not (asks_which and len(req.slots.people) > 1):
        return None
    which = [p for p in req.facts.people if p.name in req.slots.people and p.name in names]
    return _listed(req, which) if which else _quiet(req, names)


def _act_checked(req: Request) -> Composed | None:
    """"是县长某某致的辞？": whether that one did the kind of speaking asked, and who did."""
    act = _act_asked(req)
    if not act:
        return None
    doers = [(p.roles[-1] if p.roles else "") + p.name for p in req.facts.people if act in p.actions]  # (县委书记笪立峰)
    return check_person(req, lambda p: act in p.actions, req.t("act_heading", act=act, names=req.join(doers)))


def _in_turn(req: Request, names: tuple[str, ...]) -> Composed | None:
    """Who spoke in the place asked ("第二个发言的是谁", "最后一个讲话的是谁"): the speakers in the order the report
    first has them speak (by sentence, then by where the name stands in it), with the sentence that says so."""
    item, q = req.slots.item, req.question
    if not isinstance(item, int) or q.kind != "who" or q.yes_no or len(names) < 2 or req.slots.named_person or req.slots.group:
        return None  # (第一个发言的粤商代表: a group's order, which a report that names none of them does not give)
    acted = [v for v in q.verbs if any(v in p.actions for p in req.facts.people if p.name in names)]  # (发言, not 通报)
    names = tuple(n for n in names if (p := req.facts.person(n)) and (not acted or any(v in p.actions for v in acted))) or names
    # where the report gives the turns ('A、B、C先后发言': where each stands in the list), else what each said, else the
    # sentence that has them speak (the lead's '主持会议并讲话' says no turn where the report quotes them later)
    turns = {p.name: [s for s in p.evidence if req.genre.speaking_turn.search(s.text)] for p in req.facts.people if p.name in names}
    spoken = {n: turns.get(n) or [st.sentence for st in req.facts.statements if st.speaker == n and not st.group] for n in names}
    for p in req.facts.people:
        if p.name in spoken and not spoken[p.name]:
            spoken[p.name] = [s for s in p.evidence if any(a in s.text for a in req.genre.speaking_actions)]
    if item in (1, -1):  # (the first or last to speak may be a group the report has speaking as one: '会上，粤商代表们…建言献策')
        for st in req.facts.statements:
            if st.group and st.speaker != req.genre.meeting_speaker:
                spoken.setdefault(st.speaker, []).append(st.sentence)
    pick = min if item > 0 else max
    at = {n: pick(((s.paragraph, s.index, s.text.find(n)), s) for s in said) for n, said in spoken.items() if said}
    order = sorted(at, key=lambda n: at[n][0])
    if not -len(order) <= (item - 1 if item > 0 else item) < len(order):
        return None
    name = order[item - 1 if item > 0 else item]
    person = req.facts.person(name)
    who = name_with_title(req, person) if person else name
    return Composed(who + "\n" + bullets([at[name][1]]), True, (at[name][1],), name)


def _act_asked(req: Request) -> str | None:
    """A yes/no on one kind of speaking (致辞, 作推介), not on speaking at all (讲话, 发言: the question then holds
    ≡speak), which someone of the report did: that act."""
    q = req.question
    if not q.yes_no:
        return None
    formal = req.knowledge.lexicon.formal_speech_act
    if q.has("formal_speech") and formal and any(formal in p.actions for p in req.facts.people):
        return formal  # ("…gave the main speech, right?": the lead's 出席并讲话, not a chair's 指出)
    if SPEAKING in q.content:
        return None
    asked = "".join(q.asking)  # (not 推介 of 这次推介会: the meeting's own name)
    acts = [v for v in q.verbs if v in req.genre.speaking_actions and any(v in p.actions for p in req.facts.people)
            and re.search(f"{re.escape(v)}(?!{re.escape(req.genre.meeting_end)})", asked)]
    return acts[0] if acts else None


def _talk_asked(req: Request) -> Composed | None:
    """"游慧心发言的题目是什么？": what was in someone's talk, not whether there was one (the reading path answers)."""
    q = req.question
    if req.slots.named_person and not q.yes_no and q.kind in ("what", "how", "why", "when", "where", "how_many") and q.asks:
        return Composed(req.msg("fallback"), False)
    return None


def _unheld_kind(req: Request) -> str | None:
    """What a yes/no on the speakers asks about that the report never writes (银行或者金融机构),
    when it names no person, title or group."""
    slots = req.slots
    if slots.person or slots.role or slots.group or slots.figures:
        return None
    return next((w for w in req.question.unheld if has_han(w)), None)


def _bracketed_role(req: Request, name: str) -> Composed:
    """Someone the report names but not among the participants: the title it puts after the
    name in brackets ('严慕白（九三学社临川市委会主委）'), else the sentences that name them."""
    sentences = [s for s in req.facts.article.sentences if name in s.text]
    if not sentences:
        return not_mentioned(req, name)
    mention = req.facts.mention(name)
    if mention is not None and mention.roles:  # '…由某集团创始人韦某…': the title the mention gives, and where
        quoted = tuple(dict.fromkeys([*mention.evidence, *sentences]))[:MAX_QUOTED]  # (…通报了省长某某作出的批示: what of him)
        return Composed(req.t(name=name, roles=mention.title) + "\n" + bullets(quoted), True, quoted, name)
    for s in sentences:
        title = req.genre.bracketed_title(s.text, name)
        if title:
            return Composed(req.t(name=name, roles=title), True, (s,), name)
    quoted = tuple(sentences[:MAX_QUOTED])  # (what the report says of them, as it says it)
    return Composed(req.t("mentioned", name=name) + "\n" + bullets(quoted), True, quoted, name)


MAX_DEEDS = 3  # sentences quoted for what someone did at the meeting


@composer("person_role")
def person_role(req: Request) -> Composed:
    if req.question.has("whom") and not req.question.has("previous_term"):  # "禤静宜给谁授的牌？": not who she is, whom she
        return Composed(req.msg("fallback"), False)  # did it to (the reading path's clause); but "who did he take over from?"
    if len(req.slots.people) > 1:  # "王伟中和林克庆分别是什么职务？"
        return each_person(req, person_role)
    name, known = asked_name(req)
    if name is None:
        return Composed(req.msg("fallback"), False)
    person = req.facts.person(name) if known else None
    if person is None or req.question.has("previous_term"):  # "who did he take over from?": the post's holder the term before
        return _bracketed_role(req, name) if person is None else _predecessor(req, person) or _held_by(req, person)
    return _held_by(req, person)


def _opens_clause(text: str, name: str) -> bool:
    """The name opens a clause of the text: the one who does what it says."""
    return any(c.startswith(name) for c in re.split("[，,。；;：:]", text))


def _held_by(req: Request, person: Person) -> Composed:
    """Who the person is: titles and what they did at the meeting (and whose employ, where asked)."""
    shown = romanize(req, person.name) if req.en else person.name
    text = req.t(name=shown, roles=person.title) if person.title else req.t("no_title", name=shown)  # (聂婉清: none written)
    if person.actions:
        text += req.t("actions", actions=action_text(req, person, quoted=True))
    if req.question.has("employer") and not _names_employer(req, person):
        # "邱家宝是哪家公司的？" when the report gives only his title
        return Composed(req.t("no_employer", name=person.name) + text, False, person.evidence, person.name, final=True)
    role = req.slots.role
    if req.question.yes_no and role and req.slots.person:  # "温国辉是省长吗？"
        holders = role_holders(req, role)
        text = verdict(req, person.name in holders, text)
        others = [p for p in req.facts.people if p.name in holders and p.name != person.name]
        if others and person.name not in holders:  # "陈文明是省政府秘书长对吧？" — no, and who is
            who = req.msg("item_sep").join(romanize(req, p.name) if req.en else p.name for p in others)
            text += req.t("held_by", role=role, who=who)
            return Composed(text, True, evidence_of(person.evidence, *(p.evidence for p in others)), person.name)
    evidence = person.evidence
    if req.question.has("deeds"):  # "他在会上干了啥？", "仉一苇？", "Who is X and what did he raise?": the sentences that say it
        said = [st.sentence for st in req.facts.said_by(person.name)]
        acted = [s for s in req.facts.article.sentences if _opens_clause(s.text, person.name)]  # ('某某则代表…移交1万令吉模拟支票')
        evidence = tuple(dict.fromkeys([*person.evidence, *said, *acted]))[:MAX_DEEDS]
        text += "\n" + bullets(evidence)
    return Composed(text, True, evidence, person.name)


def _names_employer(req: Request, person: Person) -> bool:
    """A role that names an organisation (某某有限公司董事长), not a title alone (企业家代表, 新任会长)."""
    employer = req.knowledge.lexicon.employer_roles
    titles = sorted((*req.genre.titles, *req.genre.group_words), key=len, reverse=True)
    for role in person.roles:
        for title in titles:
            role = role.replace(title, " ")
        if any(w in role for w in employer):
            return True
    return False


def _predecessor(req: Request, person: Person) -> Composed | None:
    """Who held the person's post the term before (`第十五届会长` beside the new 会长), when the question asks so."""
    if not req.question.has("previous_term") or req.question.kind != "who" or not person.roles:
        return None
    for role in person.roles:
        title = next((t for t in req.genre.titles if role.endswith(t)), None)
        others = [n for n in role_holders(req, title) if n != person.name] if title else []
        if others:
            slots = replace(req.slots, role=title, roles=(title,), person=None, people=())
            asked = replace(req, question=replace(req.question, slots=slots), intent=req.knowledge.intent("role_holder"))
            return _holders_of(asked, title)
    return None


@composer("role_holder")
def role_holder(req: Request) -> Composed:
    roles = [r for r in req.slots.roles if r != req.slots.role]
    same = req.question.has("same_person")
    if roles and (req.question.has("each") or same):  # "省政府秘书长和省政协秘书长分别是谁？": each title in turn
        parts = [_holders_of(req, r) for r in (req.slots.role, *roles) if r]
        found = [p for p in parts if p.answered]
        text = "\n".join(p.text for p in parts)
        if same and len(found) == len(parts):  # "人武部部长和政委是同一个人吗": whether one name holds both
            holders = [role_holders(req, r) for r in (req.slots.role, *roles) if r]
            one = len({tuple(h) for h in holders}) == 1
            text = req.t("same_person" if one else "not_same_person") + "\n" + text
        return Composed(text, bool(found), evidence_of(*(p.evidence for p in found)))
    return _holders_of(req, req.slots.role)


def _holders_of(req: Request, role: str | None) -> Composed:
    if role is None:
        word = next(iter(req.slots.unknown_words), None)
        return not_mentioned(req, word) if word else Composed(req.msg("fallback"), False)
    unwritten = (*req.question.missing, *(w for w in req.question.glossary if w not in req.facts.article.text))  # (candidate: 候选人)
    other = next((w for w in unwritten if w in req.knowledge.lexicon.other_holders), None)
    if other:  # "补选的副县长候选人是谁": a candidate for the post, whom the report never names, is none of its holders
        return not_mentioned(req, other)
    names = role_holders(req, role)
    acted = next((a for w, a in req.knowledge.lexicon.action_roles.items() if role.endswith(w) and has_han(w)), None)
    if not names and acted:  # "听证主持人是谁": the one who chaired ('居中的是听证主持人、…邰某')
        names = [p.name for p in req.facts.people if acted in p.actions]
    chosen = _described(req, [p for p in req.facts.people if p.name in names], role)
    unnamed = _described_unnamed(req, chosen, role)
    if unnamed is not None:  # "提涉外案件审得慢的那个政协委员叫什么": '一位从事外贸的区政协委员提出…', no name
        return unnamed
    if req.question.has("became"):  # "谁当选了副县长": who the report says was elected to it, not who holds it
        became = [w for w in req.knowledge.lexicon.facets.get("became", ()) if has_han(w)]
        # (in any sentence of the report: '会长、署理会长…分别由邝某和甘某在没有竞争下当选', which no act of the roster records)
        chosen = [p for p in chosen if any(p.name in s.text and any(w in s.text for w in became) for s in req.facts.article.sentences)]
        if not chosen:
            return Composed(req.t("none_became", role=role), False, final=True)
    if not chosen:  # (one named in passing holds it, away: "why wasn't the council chairman there?" — what the report says)
        away = mentioned_holders(req, role)
        return not_participant(req, away[0]) if len(away) == 1 else Composed(req.t("none", role=role), False)
    if req.question.has("the_rest") and req.slots.figures:  # "那8位企业家里另外5个叫什么": the report names only these
        names = req.join([p.name for p in chosen])
        return Composed(req.t("rest_unnamed", names=names, role=role), False, evidence_of(*(p.evidence for p in chosen)), final=True)
    body = req.msg("item_sep").join(
        (romanize(req, p.name, p.title) if req.en else req.msg("name_and_title", name=p.name, title=p.title))
        if p.title != role else p.name
        for p in chosen
    )
    person = chosen[0].name if len(chosen) == 1 else None
    label = role
    if req.en:  # "The governor (省长): …"
        english = next((en for en, zh in req.knowledge.lexicon.titles_en.items() if zh == role), None)
        label = f"{english} ({role})" if english else role
    return Composed(req.t(role=label, who=body), True, evidence_of(*(p.evidence for p in chosen)), person)


def _described(req: Request, holders: list[Person], role: str) -> list[Person]:
    """Of several who hold the title, the one the question describes by what they did ("那个靠视频连线参会的
    院士是谁": of three 院士, the one named last before '…通过视频连线方式参会'), where a sentence holds every
    word of the description; else all of them."""
    words = [w for w in req.question.terms if has_han(w) and w not in role and w in req.facts.article.text]
    if len(holders) < 2 or not words:
        return holders
    found: list[Person] = []
    for s in (s for s in req.facts.article.sentences if all(w in s.text for w in words)):
        at = min(s.text.find(w) for w in words)
        before = sorted((s.text.rfind(p.name, 0, at), p) for p in holders if 0 <= s.text.rfind(p.name, 0, at))
        while before:  # the last named before it, and those listed with them ('A、B分享了…': both)
            start, person = before.pop()
            found.append(person)
            if not before or s.text[before[-1][0] + len(before[-1][1].name) : start].strip("、，, ") not in ("", *LIST_JOINERS):
                break
    return [p for p in holders if p in found] or holders


def _described_unnamed(req: Request, holders: list[Person], role: str) -> Composed | None:
    """The holder the question describes by what they did, where the one sentence that holds every word of the
    description names the post but none of its holders ('一位从事外贸的区政协委员提出，涉外商事案件审理周期偏长'):
    someone the report does not name, not the one holder it does."""
    words = [w for w in req.question.terms if has_han(w) and len(w) >= 3 and w not in role and role not in w and w in req.facts.article.text]
    if not words or not holders or set(words) & set(req.slots.name_words):  # (not "茹清源是哪位专家？": a name asked of)
        return None
    held = [s for s in req.facts.article.sentences if all(w in s.text for w in words)]
    if len(held) != 1 or role not in held[0].text or any(p.name in held[0].text for p in holders):
        return None
    clause = next((c for c in CLAUSE.split(held[0].text) if role in c), "")
    who = req.genre.strip_opener(clause[: clause.find(role) + len(role)]).strip("，, ")
    return Composed(req.msg("unnamed_doer", who=who) + "\n· " + held[0].text, False, (held[0],), final=True)


def _doer_unnamed(req: Request, best: Sentence, verbs: list[str]) -> Composed:
    """'产业基金的事谁回应的？' — '…发展改革委有关负责人作了回应': someone the report does not name."""
    verb = next((v for v in verbs if v in best.text), None)
    clause = next((c for c in CLAUSE.split(best.text) if verb and verb in c), "")
    doer = req.genre.strip_opener(clause.split(verb)[0]) if clause else ""
    pointed = pronoun_of(req, best) if doer and best.text.startswith(doer[:1]) else None
    person = req.facts.person(pointed) if pointed else None
    if person is not None:  # ('他随后当场递交两里居民连署书' after the paragraph of 逯某: his)
        return Composed(f"{name_with_title(req, person)}\n{req.t()}\n· {best.text}", True, (best,), person.name)
    if doer:
        named = not req.question.has("name")  # (what the name is, asked of someone the report names by post only: not said)
        return Composed(req.msg("unnamed_doer", who=doer.strip("，")) + "\n· " + best.text, named, (best,), final=not named)
    return Composed(req.t("none"), False, (best,))


def _next_naming(req: Request, best: Sentence, everyone: list[Person]) -> Sentence | None:
    """The sentence right after one that names no one, in its paragraph, when it names people and
    goes on with the same act (a concept of both: 签署 and 签约, §outcome)."""
    sentences = req.facts.article.sentences
    at = sentences.index(best) if best in sentences else -1
    after = sentences[at + 1] if 0 <= at < len(sentences) - 1 else None
    if after is None or after.paragraph != best.paragraph or not any(p.name in after.text for p in everyone):
        return None
    asked = {c for c in req.question.content if c.startswith("§")}
    tok = req.knowledge.concepts_of
    return after if asked & tok(best.text) & tok(after.text) else None


def _answer_to(req: Request, verbs: list[str]) -> Sentence | None:
    """"谁回答的钮少华？": the sentence right after the named person's words that holds the verb
    and names someone else (对此，…副局长某某回应说…)."""
    person = req.slots.person
    said = req.facts.said_by(person) if person and verbs else []
    if not said:
        return None
    sentences = req.facts.article.sentences
    position = {s: i for i, s in enumerate(sentences)}
    others = [p.name for p in (*req.facts.people, *req.facts.mentioned) if p.name != person]
    for st in said:
        at = position.get(st.sentence)
        for s in sentences[at + 1 : at + 4] if at is not None else ():
            if any(v in s.text for v in verbs) and any(n in s.text for n in others):
                return s
    return None


def _no_such_thing(req: Request, best: list[Sentence], words: list[str]) -> Composed | None:
    """"谁说要给芯片企业补贴": a thing the report never writes (nor anything standing for it), which no one did or said,
    where the best sentence holds few of the question's other words either: said so, by that word (not "是谁介绍的全省
    民企经济形势", whose 形势 the report writes 运行情况, its sentence holding the rest)."""
    q, text = req.question, req.facts.article.text
    thing = next((w for w in q.missing if w not in q.verbal and not any(e in text for e in req.knowledge.equals(w))), None)
    if not thing or q.yes_no:
        return None
    held = [w for w in words if any(w in s.text for s in best)]
    return not_mentioned(req, thing) if 2 * len(held) < len(words) or not held else None


def _response_after(req: Request, ranked: list[Sentence], verbs: list[str]) -> Sentence | None:
    """"培训机构搬家只肯退一半钱那个事，会上谁回应的？": the complaint the question describes is the best sentence, one
    someone raised; who answered it is the next statement of someone else right after it (饶静怡表示，…)."""
    answering = set(req.knowledge.equivalents.get("answer", ()))
    if req.slots.person or not ranked or not any(v in answering for v in verbs):
        return None
    raised = next((st for st in req.facts.statements if st.sentence == ranked[0] and not st.group), None)
    if raised is None or raised.verb in answering or any(w in ranked[0].text for w in answering if has_han(w)):
        return None  # (a sentence that itself answers: '…9条已当场答复，其余8条由…梳理', its own speaker's)
    sentences = req.facts.article.sentences
    at = sentences.index(ranked[0]) if ranked[0] in sentences else None
    raising = {raised.verb, *req.knowledge.lexicon.question_verbs}  # (not a second resident's complaint, 'X反映，…')
    for s in sentences[at + 1 : at + 4] if at is not None else ():
        if s.paragraph > ranked[0].paragraph + 1:
            break
        other = next((st for st in req.facts.statements if st.sentence == s and not st.group and st.speaker != raised.speaker), None)
        if other is not None:
            return s if other.verb not in raising else None
    return None


def _who_urged(req: Request, words: list[str], verbs: list[str]) -> Composed | None:
    """Who said something to a group ("对企业家提出希望的人是谁", "鼓励企业家…锚定主赛道的是谁"): the speaker
    of the statement that names the group and holds the verb asked or most of the question's words."""
    group = req.slots.group
    if not group or not req.question.has("to_group"):
        return None
    forms = {group, *req.knowledge.equals(group)}
    said = [st for st in req.facts.statements if not st.group and any(f in st.text for f in forms)]
    first = verbs[:1]  # (the verb nearest 谁: 希望 of "对企业家提出希望的人是谁")
    weight = lambda st: (  # noqa: E731
        any(v in st.text or v == st.verb for v in first), any(v in st.text or v == st.verb for v in verbs),
        sum(w in st.text for w in words if w not in forms),
    )
    said = sorted((st for st in said if any(weight(st))), key=weight, reverse=True)
    person = req.facts.person(said[0].speaker) if said else None
    if person is None:
        return None
    return Composed(f"{name_with_title(req, person)}\n{req.t()}\n· {said[0].sentence.text}", True, (said[0].sentence,), person.name)


def _doers_said_otherwise(req: Request, verbs: list[str]) -> Composed | None:
    """"谁召集的？" where the report never writes the verb but records it as someone's action (邀集, read as 召集)."""
    doers = [p for p in req.facts.people if any(v in p.actions for v in verbs)]
    if not doers or any(v in req.facts.article.text for v in verbs):
        return None
    lines = [name_with_title(req, p) for p in doers]
    return Composed("\n".join(lines), True, evidence_of(*(p.evidence for p in doers)), doers[0].name)


def _as_whole(req: Request, best: Sentence, named: list[Sentence], verbs: list[str]) -> Sentence | None:
    """A sentence that names someone and holds every word of the question the best one holds, with the verb asked
    ('费莲娜在会上介绍，望洋街市…翻新…' beside the lead's '听取…部门介绍…望洋街市翻新计划'): it names the doer."""
    words = [t for t in req.question.named if has_han(t)]
    held = {t for t in words if t in best.text}
    return next((s for s in named if held <= {t for t in words if t in s.text} and (not verbs or verbs[0] in s.text)), None)


def _stood_in_for(req: Request, name: str) -> bool:
    """"叶某没来，谁代表她来的": the one the question names, whom someone stood in for (not the answer)."""
    slots = req.slots
    return req.question.has("stand_in") and name in {slots.person, *slots.people, *slots.name_words}


def _taken_on(req: Request, ranked: list[Sentence], verbs: list[str]) -> list[Sentence]:
    """"青年部由谁负责": of the sentences, those that say who takes the thing on, not one that only names it (not
    "谁负责回应关切", 回应, nor "由边个负责报告", 报告: who did that act)."""
    charge = req.knowledge.lexicon.facets.get("in_charge", ())
    acted = [w for w in req.slots.known_words if w not in charge and any(a.endswith(w) for a in req.genre.actions)]
    if not req.question.has("in_charge") or [v for v in verbs if v not in charge] or acted:
        return ranked
    return [s for s in ranked if any(w in s.text for w in charge)]


def _asked_too(req: Request, best: list[Sentence]) -> Composed | None:
    """"20年后光电板拆除回收由谁负责": the best sentence asks it too ('…业者要说清楚…由谁负责'), naming no one who does it."""
    if not best or not asks_it_too(req, best[0]):
        return None
    return Composed(req.msg("reading_unnamed") + "\n" + bullets(best), False, tuple(best), final=True)


@composer("who_did")
def who_did(req: Request) -> Composed:
    """'谁通报了调研情况？': the people named in the sentence that best matches the question."""
    slots, q = req.slots, req.question
    words = [*slots.known_words, *slots.topic_terms, *(slots.topic.terms if slots.topic and req.en else ()), *q.glossary]
    verbs = list(q.verbs)
    words = [w for w in words if w not in verbs]  # a verb counts once, as a verb
    text = req.facts.article.text  # 回答, where the report writes 回应: the report's word
    verbs = [next((w for w in req.knowledge.equals(v) if w in text), v) if has_han(v) else v for v in verbs]
    # (…签字的那位: the act that describes the one asked, which the report writes 签订: its word, as a verb)
    said = [t[1:] for t in q.content if t.startswith(GROUP_MARKS[1])] if q.has("pointed") or req.en or not verbs else []  # (English: read out, 宣读)
    acts = req.genre.actions if not (q.has("pointed") or req.en) else None  # ("谁签的工资合同": 签 of ≡sign, the report's 签订; not 工资 of ≡wage)
    verbs += [
        w for w in (next((w for w in req.knowledge.equivalents.get(g, ()) if has_han(w) and w in text and (acts is None or w in acts)), None) for g in said)
        if w and w not in verbs
    ]
    everyone = [*req.facts.people, *req.facts.mentioned]
    terms_zh = han_terms((*words, *verbs))
    # "鼓励企业家发挥主力军作用的人是谁": whose words to them hold the question's; "谁召集的？": the report's 邀集
    ranked = rank(req.facts.article.sentences, terms_zh, words)
    first = _who_urged(req, words, verbs) or _doers_said_otherwise(req, verbs) or _no_such_thing(req, ranked[:1], han_terms(words))
    first = first or _asked_too(req, ranked[:1])
    if first is not None:
        return first
    if verbs and ranked:  # among the best, one that holds the verb asked about ("谁回应了…": 回应)
        top = score(ranked[0], terms_zh, words)
        ranked.sort(key=lambda s: score(s, terms_zh, words) < top or verbs[0] not in s.text)
    ranked = _taken_on(req, ranked, verbs)
    answer = _answer_to(req, verbs) or _response_after(req, ranked, verbs)
    if answer is not None:  # "谁回答了钮少华的问题？": who did it right after him
        ranked.insert(0, answer)
    if not ranked:
        return Composed(req.t("none"), False)
    named = [s for s in ranked if any(p.name in s.text for p in everyone)]
    best = ranked[0]
    quoted = next((st for st in req.facts.statements if st.sentence == best and not st.group), None)
    speaker = req.facts.person(quoted.speaker) if quoted else None
    literal = [w for w in (*slots.known_words, *slots.topic_terms, *(q.glossary if req.en else ())) if len(w) >= 2 and has_han(w)]
    if speaker and any(w in best.text for w in literal) and not _stood_in_for(req, speaker.name):
        # "谁提出锚定主赛道？" — a sentence of someone's speech, even when it does not repeat the name
        return Composed(f"{name_with_title(req, speaker)}\n{req.t()}\n· {best.text}", True, (best,), speaker.name)
    acted = not verbs or any(v in best.text for v in verbs)
    whole = _as_whole(req, best, named, verbs)
    if whole is not None:
        best = whole
    elif named and (not acted or score(named[0], terms_zh, words) >= score(best, terms_zh, words)):
        best = named[0]  # a sentence that names the doer, unless another fits the question better
    if not givers(req, [p for p in everyone if p.name in best.text]):  # (谁颁的奖: not those it was given to)
        after = _next_naming(req, best, everyone)  # '会见后，双方签署了…协议。' '副市长某与某分别代表双方签约，…'
        if after is None:
            return _doer_unnamed(req, best, verbs)
        named_there = [p for p in everyone if p.name in after.text]
        acts = req.knowledge.acts_of(best.text)  # (签署 and 签约: those who signed, not 见证签约, who watched)
        named_there = [p for p in named_there if set(p.actions) & acts] or named_there
        who = req.msg("item_sep").join(name_with_title(req, p) for p in named_there)
        return Composed(f"{who}\n{req.t()}\n· {best.text}\n· {after.text}", True, (best, after), None)
    people = [p for p in everyone if p.name in best.text]
    people = [p for p in people if not _stood_in_for(req, p.name)] or people
    terms = [w for w in (*words, *verbs) if w in best.text]
    items = (CLAUSE.split(best.text), re.split("[；;]", best.text))  # (whose clause, else whose item, holds the question)
    people = by_act(req, named_where_asked(people, items, terms) or people)  # "副市长尤立明作工作报告" among three names; 签约, not 见证签约
    asked_about = {slots.person, *slots.known_words}  # "潘某的贺信是谁念的？": not 潘某, whom it asks about
    people = [p for p in people if p.name not in asked_about] or people
    who = req.msg("item_sep").join(name_with_title(req, p) for p in people)
    person = people[0].name if len(people) == 1 else None
    return Composed(f"{who}\n{req.t()}\n· {best.text}", True, (best,), person)
