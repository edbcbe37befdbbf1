"""Composers about people: who attended, chaired, spoke, did something; positions and
their holders; groups (企业家代表…) that the report does not name one by one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..facts import Person, speakers
from ..genre import load_genre
from .base import (
    MAX_QUOTED,
    Composed,
    Request,
    action_text,
    asked_name,
    check_person,
    composer,
    each_person,
    evidence_of,
    hand_over,
    not_mentioned,
    person_line,
    rank,
    role_holders,
    romanize,
    score,
    verdict,
)
from .meeting import asked_units, figures


def _role_check(req: Request) -> Composed | None:
    """"省长来了吗？": a yes/no about whoever holds a title."""
    role = req.parse.slots.role
    if not (role and req.parse.yes_no and not req.parse.slots.person):
        return None
    holders = [p for p in req.facts.people if p.name in role_holders(req.facts, role)]
    if not holders:
        return Composed(req.msg("not_mentioned", word=role), False)
    lines = [person_line(req, p).lstrip("· ") for p in holders]
    return Composed(req.t("check_yes") + "；".join(lines), True, evidence_of(*(p.evidence for p in holders)))


def group_asked(req: Request) -> str | None:
    """The group a question is about ('哪家企业发言了？' -> 企业), if it names one other than officials."""
    genre = load_genre()
    words = [g.value for g in req.facts.groups if any(o in g.value for o in genre.outside_groups)]
    words += list(genre.outside_groups)
    text = req.parse.text
    for kind in genre.meeting_words:  # 协商会 is a meeting, not a 商会
        text = text.replace(kind, " ")
    found = next((w for w in sorted(words, key=len, reverse=True) if w in text), None)
    if found:  # 企业代表: both words together name the group
        both = re.search(rf"[\u4e00-\u9fff]{{0,4}}{re.escape(found)}[\u4e00-\u9fff]{{0,4}}", text)
        parts = [w for w in genre.outside_groups if both and w in both.group()]
        found = "".join(sorted(parts, key=lambda w: both.group().index(w))) if len(parts) > 1 else found
    if found is None and req.en:
        groups_en = req.knowledge.lexicon.groups_en
        found = next((zh for en, zh in groups_en.items() if re.search(rf"\b{re.escape(en)}\b", req.parse.text)), None)
    return found


def group_markers(group: str) -> tuple[str, ...]:
    """The role words that make someone one of `group` (企业代表: a company's people or a 代表)."""
    families = load_genre().group_roles
    parts = [w for w in load_genre().outside_groups if w in group] or [group]
    return tuple(m for part in parts for m in families.get(part, (part,)))


def _role_filter(req: Request, people: Iterable[Person]) -> list[Person] | None:
    """'哪些市领导参加了会议？': keep the people whose roles hold a word of the question.

    None when the question asks about a group (企业, 代表…) that no listed person belongs to:
    answering with everyone would be answering another question.
    """
    people = list(people)
    slots = req.parse.slots
    group = group_asked(req)
    if group:  # 企业家: also the 董事长 and 总经理 of companies
        markers = group_markers(group)
        chosen = [p for p in people if any(m in r for r in p.roles for m in markers)]
        return chosen or None
    if slots.role:  # "哪几位副市长参加了？": only they, or nobody
        return [p for p in people if p.name in role_holders(req.facts, slots.role)]
    for word in (w for w in (*slots.known_words, *slots.unknown_words) if w):
        chosen = [p for p in people if any(word in r for r in p.roles)]
        if chosen:
            return chosen
    return people


def _about_group(req: Request) -> Composed:
    """What the report says a group did, when it names no one of the group."""
    group = group_asked(req) or ""
    said = [st for st in req.facts.statements if st.group and (group in st.speaker or group in st.sentence.text)]
    if said:
        return Composed(req.msg("group_unnamed", group=group) + "\n" + "\n".join("· " + st.sentence.text for st in said),
                        True, evidence_of(st.sentence for st in said))
    return Composed(req.msg("group_not_listed", group=group), False)


def _count_asked(req: Request) -> bool:
    """'有多少人参加了会议？' asks for a figure, not for the list."""
    return bool(asked_units(req.parse.text)) and not req.parse.yes_no


@composer("attendees")
def attendees(req: Request) -> Composed:
    if _count_asked(req):
        return hand_over(req, "figures", figures)
    check = _role_check(req) or check_person(req, lambda p: True, "")
    if check:
        return check
    people = _role_filter(req, req.facts.people)
    if people is None:
        return _about_group(req)
    if not people:
        return not_mentioned(req, req.parse.slots.role) if req.parse.slots.role else Composed(req.msg("fallback"), False)
    lines = [req.t()] + [person_line(req, p) for p in people]
    groups = [g.value for g in req.facts.groups]
    if groups and len(people) == len(req.facts.people):  # not when the list was narrowed
        lines.append(req.t("groups") + (", " if req.en else "、").join(groups))
    evidence = evidence_of(*(p.evidence for p in people), *(g.evidence for g in req.facts.groups))
    return Composed("\n".join(lines), True, evidence)


@composer("chair")
def chair(req: Request) -> Composed:
    said = req.knowledge.intent("statements")
    if req.parse.slots.person_derived and not req.parse.yes_no and any(
        w in req.parse.text for w in (*said.keywords, *said.hints)
    ):  # "主持人讲了些什么？" asks what the chair said
        from .speech import statements  # speech builds on this module

        return hand_over(req, "statements", statements)
    chairs = [p for p in req.facts.people if "主持" in p.actions]
    if not chairs:  # "座谈会是尤振邦主持的吗？" when the report names no chair
        return Composed(req.t("none"), False)
    heading = (
        ", ".join(p.name for p in chairs) + " chaired."
        if req.en
        else "主持人是" + "、".join(p.name for p in chairs) + "。"
    )
    check = check_person(req, lambda p: "主持" in p.actions, heading)
    if check:
        return check
    if not chairs:
        return Composed(req.t("none"), False)
    sep = ", " if req.en else "、"
    who = sep.join(romanize(p.name, p.title) if req.en else f"{p.title}{p.name}" for p in chairs)
    person = chairs[0].name if len(chairs) == 1 else None
    return Composed(req.t(who=who), True, evidence_of(*(p.evidence for p in chairs)), person)


@composer("speakers")
def speakers_(req: Request) -> Composed:
    if _count_asked(req):
        return hand_over(req, "figures", figures)
    names = speakers(req.facts)
    chosen = _role_filter(req, [p for p in req.facts.people if p.name in names])
    lex = req.knowledge.lexicon
    if chosen is not None and any(w in req.parse.text for w in lex.negated_speech):  # 谁没讲话？
        quiet = [p for p in req.facts.people if p.name not in names]
        if not quiet:
            return Composed(req.t("everyone"), True, evidence_of(*(p.evidence for p in req.facts.people)))
        lines = [req.t("quiet")] + [person_line(req, p) for p in quiet]
        return Composed("\n".join(lines), True, evidence_of(*(p.evidence for p in quiet)))
    if chosen is not None and req.parse.slots.person and any(w in req.parse.text for w in lex.besides):
        chosen = [p for p in chosen if p.name != req.parse.slots.person]  # 除了王伟中还有谁讲话了？
        if not chosen:
            return Composed(req.t("nobody_else", name=req.parse.slots.person), True)
        lines = [req.t()] + [person_line(req, p) for p in chosen]
        return Composed("\n".join(lines), True, evidence_of(*(p.evidence for p in chosen)))
    heading = ("Speakers: " if req.en else "讲话的有：") + "、".join(names)
    check = None if chosen is None else check_person(req, lambda p: p.name in names, heading)
    if check:
        return check
    if chosen is None:
        return _about_group(req)
    if not chosen:
        return not_mentioned(req, req.parse.slots.role) if req.parse.slots.role else Composed(req.msg("fallback"), False)
    lines = [req.t()] + [person_line(req, p) for p in chosen]
    return Composed("\n".join(lines), True, evidence_of(*(p.evidence for p in chosen)))


@composer("person_role")
def person_role(req: Request) -> Composed:
    if len(req.parse.slots.people) > 1:  # "王伟中和林克庆分别是什么职务？"
        return each_person(req, person_role)
    name, known = asked_name(req)
    if name is None:
        return Composed(req.msg("fallback"), False)
    person = req.facts.person(name) if known else None
    if person is None:
        sentences = [s for s in req.facts.article.sentences if name in s.text]
        if not sentences:
            return not_mentioned(req, name)
        for s in sentences:  # "严慕白（九三学社临川市委会主委）": the title the report puts after the name
            bracket = re.search(re.escape(name) + r"[（(]([^）)]{2,40})[）)]", s.text)
            if bracket:
                return Composed(req.t(name=name, roles=bracket.group(1)), True, (s,), name)
        return Composed(req.t("mentioned", name=name), True, tuple(sentences[:MAX_QUOTED]), name)
    text = req.t(name=romanize(person.name) if req.en else person.name, roles=person.title)
    if person.actions:
        text += req.t("actions", actions=action_text(req, person))
    employer = req.intent.reply.get("employer_words", {})
    if any(w in req.parse.text for w in employer.get("asked", ())) and not any(
        w in r for r in person.roles for w in employer.get("in_role", ())
    ):  # "邱家宝是哪家公司的？" when the report gives only his title
        return Composed(req.t("no_employer", name=person.name) + text, False, person.evidence, person.name)
    role = req.parse.slots.role
    if req.parse.yes_no and role and req.parse.slots.person:  # "温国辉是省长吗？"
        holds = person.name in role_holders(req.facts, role)
        text = verdict(req, holds, text)
    return Composed(text, True, person.evidence, person.name)


@composer("role_holder")
def role_holder(req: Request) -> Composed:
    role = req.parse.slots.role
    if role is None:
        word = next(iter(req.parse.slots.unknown_words), None)
        return not_mentioned(req, word) if word else Composed(req.msg("fallback"), False)
    names = role_holders(req.facts, role)
    chosen = [p for p in req.facts.people if p.name in names]
    if not chosen:
        return Composed(req.t("none", role=role), False)
    sep = ", " if req.en else "；"
    body = sep.join(
        (romanize(p.name, p.title) if req.en else f"{p.name}（{p.title}）") if p.title != role else p.name
        for p in chosen
    )
    person = chosen[0].name if len(chosen) == 1 else None
    label = role
    if req.en:  # "The governor (省长): …"
        english = next((en for en, zh in req.knowledge.lexicon.titles_en.items() if zh == role), None)
        label = f"{english} ({role})" if english else role
    return Composed(
        req.t(role=label, who=body), True, evidence_of(*(p.evidence for p in chosen)), person
    )


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
    terms_zh = [w for w in (*words, *verbs) if re.search(r"[\u4e00-\u9fff]", w)]
    ranked = rank(req.facts.article.sentences, terms_zh, words)
    if not ranked:
        return Composed(req.t("none"), False)
    named = [s for s in ranked if any(p.name in s.text for p in everyone)]
    best = ranked[0]
    quoted = next((st for st in req.facts.statements if st.sentence == best and not st.group), None)
    speaker = req.facts.person(quoted.speaker) if quoted else None
    literal = [w for w in (*slots.known_words, *slots.topic_terms) if len(w) >= 2]
    if speaker and not req.en and any(w in best.text for w in literal):
        # "谁提出锚定主赛道？" — a sentence of someone's speech, even when it does not repeat the name
        line = romanize(speaker.name, speaker.title) if req.en else f"{speaker.title}{speaker.name}"
        return Composed(f"{line}\n{req.t()}\n· {best.text}", True, (best,), speaker.name)
    acted = not verbs or any(v in best.text for v in verbs)
    if named and (not acted or score(named[0], terms_zh, words) >= score(best, terms_zh, words)):
        best = named[0]  # a sentence that names the doer, unless another fits the question better
    if not any(p.name in best.text for p in everyone):
        # "产业基金的事谁回应的？" — "…发展改革委有关负责人作了回应": someone the report does not name
        verb = next((v for v in verbs if v in best.text), None)
        clause = next((c for c in re.split(r"[，；：]", best.text) if verb and verb in c), "")
        doer = re.sub(r"^(会上|会议上|座谈会上|随后|同时)", "", clause.split(verb)[0]) if clause else ""
        if doer:
            return Composed(req.msg("unnamed_doer", who=doer.strip("，")) + "\n· " + best.text, True, (best,))
        return Composed(req.t("none"), False, (best,))
    people = [p for p in everyone if p.name in best.text]
    terms = [w for w in (*words, *verbs) if w in best.text]
    clauses = re.split(r"[，；：]", best.text)
    doers = [p for p in people if any(p.name in c and any(t in c for t in terms) for c in clauses)]
    people = doers or people  # "副市长尤立明作工作报告" among three names
    sep = ", " if req.en else "；"
    who = sep.join(romanize(p.name, p.title) if req.en else f"{p.title}{p.name}" for p in people)
    person = people[0].name if len(people) == 1 else None
    return Composed(f"{who}\n{req.t()}\n· {best.text}", True, (best,), person)
