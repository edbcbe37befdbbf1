"""Groups the report does not name one by one (企业家代表, 委员): who belongs to one, and what
the report says a group did. Shared by the composers about people and about speech."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..facts import Person, Statement
from ..models import Sentence
from ..scripts import has_han
from ..understanding.question import GROUP_MARKS
from .base import MAX_QUOTED, Composed, Request, bullets, evidence_of, role_holders


def group_markers(req: Request, group: str) -> tuple[str, ...]:
    """The role words that make someone one of `group` (企业代表: a company's people or a 代表)."""
    families = req.genre.group_roles
    parts = [w for w in req.genre.outside_groups if w in group] or [group]
    return tuple(m for part in parts for m in families.get(part, (part,)))


def in_group(req: Request, people: Iterable[Person], group: str) -> list[Person]:
    markers = group_markers(req, group)
    return [p for p in people if any(m in r for r in p.roles for m in markers)]


def role_filter(req: Request, people: Iterable[Person]) -> list[Person] | None:
    """'哪些市领导参加了会议？': keep the people whose roles hold a word of the question.

    None when the question asks about a group (企业, 代表…) that no listed person belongs to:
    answering with everyone would be answering another question.
    """
    people = list(people)
    slots = req.slots
    held = _side_holders(req)
    if held:  # "资方代表有谁": those who hold a title the question says otherwise (雇主代表), not every 代表
        return [p for p in people if p.name in held]
    if slots.group and not (len(slots.roles) > 1 and slots.role and slots.role.endswith(slots.group)):  # 企业家: also the 董事长
        # and 总经理 of companies (not 委员 of "哪些立委和县议员到场", roles asked)
        return in_group(req, people, slots.group) or None
    level = next((slots.role[: -len(w)] for w in req.genre.leader_words if slots.role and slots.role.endswith(w)), "")
    if level:  # "有哪些市领导出席了？": who attended or chaired with a title of that level
        return [p for p in people if _leads(req, p, level)]
    if slots.role:  # "哪几位副市长参加了？": only they, or nobody ("哪些立委和县议员到场？": of each role asked)
        holders = {n for role in (slots.roles or (slots.role,)) for n in role_holders(req, role)}
        return [p for p in people if p.name in holders]
    bodies = []
    government = set(req.knowledge.lexicon.government_words)
    for word in (w for w in (*slots.known_words, *slots.unknown_words) if w):
        chosen = [p for p in people if any(word in r for r in p.roles)]
        if not chosen and word in government:  # "政府这边出席的官员都有谁": those whose posts are of a government's bodies
            chosen = [p for p in people if any(_of_government(req, r) for r in p.roles)]
            if chosen:
                return chosen
            continue
        # …or its head: "Who spoke on behalf of the provincial government?" (省政府: the 省长 who spoke)
        heads = {n for t in req.knowledge.lexicon.heads_of.get(word, ()) for n in role_holders(req, t)}
        chosen = chosen or [p for p in people if p.name in heads]
        if chosen:
            return chosen
        if word.endswith(req.genre.organization_suffixes) and word in req.facts.article.text and word not in req.genre.meeting_words:
            bodies.append(word)
    return None if bodies else people  # "区税务局谁发言了？": a body none of them belongs to


def _side_holders(req: Request) -> set[str]:
    """Who holds a title the question says by an equivalent of it (资方, 劳方: the report's 雇主代表, 僱員代表), where the
    report gives that title to some."""
    asked = {*req.question.terms, *req.question.named, *req.question.glossary}
    roles = [r for p in (*req.facts.people, *req.facts.mentioned) for r in p.roles]
    groups = [req.knowledge.equivalents.get(t[1:], ()) for t in req.question.content if t.startswith(GROUP_MARKS[1])]
    # (only where the question's own word is in no one's title: 企业家 of "哪些企业家发言了" is every 企业家, as titled; and only a
    # side's title made of a title, 雇主代表, not one of the genre's own, 老总)
    said = [w for words in groups if not any(w in asked and any(w in r for r in roles) for w in words if has_han(w)) for w in words]
    sides = [t for t in said if has_han(t) and t.endswith(req.genre.titles) and t not in req.genre.titles]
    return {n for title in sides for n in role_holders(req, title)}


def _of_government(req: Request, role: str) -> bool:
    """A post of a government's body: its body ends with 局, 司, 厅… before the title ('劳工事务局局长', '经济财政司司长'), not a
    firm's (公司总经理); or the head of a government itself (副市长, 县长)."""
    title = max((t for t in req.genre.titles if role.endswith(t)), key=len, default="")
    body = role[: len(role) - len(title)] if title else role
    heads = {t for ts in req.knowledge.lexicon.heads_of.values() for t in ts}
    if not body and title.endswith(tuple(heads)):  # (副市长: a 市长's deputy)
        return True
    if body.endswith(req.genre.non_government_ends):
        return False
    for end in req.genre.non_government_ends:  # (a firm's department, 某某公司财务部, holds no 司 of a government)
        body = body.replace(end, " ")
    return any(u in body for u in req.genre.government_units)  # (交通事务局代副局长, 市政署…综合服务中心主任)


def _leads(req: Request, person: Person, level: str) -> bool:
    """A leader of a level (市): present or chairing, with a role of that level (市委常委, 副市长)."""
    present = {*req.genre.attendance_actions, req.genre.chair_action} & set(person.actions)
    titles = [t for r in person.roles for t in req.genre.titles if r.endswith(t)]
    return bool(present) and (any(r.startswith(level) for r in person.roles) or any(level in t for t in titles))


def related_groups(req: Request, group: str) -> set[str]:
    """The group's word and the words of its synonym group (企业家 ~ 粤商, 企业代表 ~ 老板)."""
    parts = [w for w in req.genre.outside_groups if w in group] or [group]
    return {group} | {w for words in req.knowledge.synonyms.values() if any(p in words for p in parts) for w in words}


def group_statements(req: Request, group: str | None) -> list[Statement]:
    """What the report records a group saying (all groups' when `group` is None), the
    meeting's own statements (会议指出…) left out."""
    words = related_groups(req, group) if group else set()
    return [
        st for st in req.facts.statements
        if st.group and st.speaker != req.genre.meeting_speaker and (not group or any(w in st.speaker for w in words))
    ]


def asks_names(req: Request) -> bool:
    """The question wants names: who, 叫什么, or which ones (哪些企业家, "which companies")."""
    return req.question.kind == "who" or req.question.has("name") or req.question.has("named_count") or req.slots.which is not None


def about_group(req: Request) -> Composed:
    """What the report says a group did, when it names no one of the group."""
    group = req.slots.group or ""
    came = bodies_at_meeting(req, group or req.slots.which or "") if "§attend" in req.question.content else None
    if came is not None:  # "哪些部门列席了会议": the bodies listed as there, not what some said
        return came
    said = [st for st in req.facts.statements if st.group and (group in st.speaker or group in st.sentence.text)]
    if not said and group and asks_names(req):  # "哪些企业家发言了？": what the report says of 粤商代表们
        said = group_statements(req, group)
    if said:
        sentences = [st.sentence for st in said]
        if _bodies_listed(req, sentences):  # "哪几个单位作了表态发言？": '城关镇、…、县公安局4个单位主要负责人…', the bodies asked
            return Composed(req.msg("reading_says") + "\n" + bullets(sentences), True, evidence_of(sentences))
        names_asked = bool(group) and asks_names(req)  # "都有谁？": none to give
        text = req.msg("group_unnamed", group=group) + "\n" + bullets(sentences)
        return Composed(text, not names_asked, evidence_of(sentences), final=names_asked)
    # ("有没有点名是哪几位企业家发言了": names asked of a group the report names no one of, a refusal that stands)
    final = bool(group) and req.question.has("named_count")  # ("有没有点名…": whether it names them, which it does not)
    return bodies_at_meeting(req, group) or Composed(req.msg("group_not_listed", group=group), False, final=final)


def bodies_at_meeting(req: Request, kind: str) -> Composed | None:
    """"有哪些部门参会？", "列席单位？": the sentences of attending that list two or more bodies, where bodies are asked."""
    if kind not in req.genre.which_nouns:
        return None
    came = [s for s in req.facts.article.sentences if any(a in s.text for a in req.genre.attendance_actions)]
    asked = [a for a in req.genre.attendance_actions if a in req.question.content]  # (列席 asked: the 列席 list first)
    listing = sorted(bodies_listing(req, came), key=lambda s: not any(a in s.text for a in asked))[:MAX_QUOTED]
    return Composed(req.msg("reading_says") + "\n" + bullets(listing), True, tuple(listing)) if listing else None


def _bodies_listed(req: Request, sentences: list[Sentence]) -> bool:
    """The question asks which bodies (单位, 部门) and a sentence lists two or more of them."""
    if req.slots.which is None or req.slots.group is None or req.slots.group not in req.genre.which_nouns:
        return False
    return bool(bodies_listing(req, sentences))


def bodies_listing(req: Request, sentences: Iterable[Sentence]) -> list[Sentence]:
    """The sentences that list two or more bodies (a body, or a place that acts as one in a list of units:
    '城关镇、桐冈镇、县住建局'; '县政协提案委、县市场监管局、县住建局有关负责人等参加')."""
    kinds = "|".join(map(re.escape, sorted({*req.genre.organization_suffixes, *req.genre.which_nouns}, key=len, reverse=True)))
    item = rf"[\u4e00-\u9fff]{{1,12}}?(?:{kinds})"
    return [s for s in sentences if re.search(rf"{item}(?:、{item})+", s.text)]
