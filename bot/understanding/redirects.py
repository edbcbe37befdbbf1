"""Redirect rules: 'intent X, when these conditions hold, is answered as intent Z'.

The rules are data (`redirect:` under an intent in intents/*.yaml); the conditions they may
name are the predicates below, over the typed question and the meeting's vocabulary.
A condition written `!name` holds when `name` does not; `cue:X` holds when the question
holds a keyword of intent X, `hint:X` a keyword or a hint of it, `facet:X` when it has the
facet X of the lexicon.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from ..intents import REDIRECT_CONDITIONS, Intent, Knowledge
from ..vocabulary import Vocabulary
from .question import Question

log = logging.getLogger(__name__)

Condition = Callable[[Question, Vocabulary], bool]

CONDITIONS: dict[str, Condition] = {
    "counts": lambda q, v: q.counts,  # it asks how many (and is no yes/no)
    "units": lambda q, v: bool(q.slots.units),  # it names the unit of a figure (多少小时)
    "figures": lambda q, v: bool(q.slots.figures),  # it names a figure to check (来了一百家企业？)
    "yes_no": lambda q, v: q.yes_no,
    "english": lambda q, v: q.en,
    "which": lambda q, v: q.has("which"),  # 哪几家, 哪些: it asks which ones
    "date": lambda q, v: q.slots.date is not None,
    "place": lambda q, v: q.slots.place is not None,
    "person": lambda q, v: q.slots.person is not None,
    "several_people": lambda q, v: len(q.slots.people) > 1,  # 王伟中和林克庆…
    "derived_person": lambda q, v: q.slots.person_derived,  # 主持人 for whoever chaired
    "body_person": lambda q, v: q.slots.person_bodied,  # 商场怎么处理的: the people of a body asked
    "name_words": lambda q, v: bool(q.slots.name_words),  # a name the report writes of someone not at the meeting
    "named_participant": lambda q, v: q.slots.named_person in v.names,
    "group": lambda q, v: q.slots.group is not None,
    "asked_phrase": lambda q, v: q.slots.asked_phrase is not None,
    "report_research": lambda q, v: v.has_research,
    "report_group_statements": lambda q, v: bool(v.voices),
    "role": lambda q, v: q.slots.role is not None,
    # 书记 in 书记对企业家们…, not 代表们 nor 代表 of 企业代表们
    "other_role": lambda q, v: q.slots.role is not None and q.slots.role not in (q.slots.group or ""),
    "role_person": lambda q, v: len(_holders(q, v)) == 1,  # a title one person holds
    "role_held": lambda q, v: bool(_holders(q, v)),  # a title someone of the report holds
    "asks_who": lambda q, v: q.kind == "who",  # 谁, 哪位, 的人是谁
    "asks_list": lambda q, v: q.kind in ("who", "list"),  # 谁, 有哪些
    "item": lambda q, v: q.slots.item is not None,  # 第一条, 最后一点: an item asked by its place
    "said_verb": lambda q, v: any(w in v.said_verbs for w in q.verbs),  # "Did X really announce…?": words said, asked of
    "addressed": lambda q, v: _addressed(q),  # 政协主席对企业家们有什么期待: the role speaks to the group
    "mentioning": lambda q, v: _mentioning(q, v),  # 王伟中提到了什么: the person mentions, not the report
    "when_and_where": lambda q, v: q.has("when") and (q.has("where") or q.has("venue")),  # 几号、在哪个场馆
    "topic": lambda q, v: q.slots.topic is not None,  # a topic of the lexicon (金融, 人才)
    # a topic or a word (not the meeting's own name: "述职评议大会 主持人？" asks who chaired it)
    "subject": lambda q, v: bool(q.slots.topic or [w for w in (*q.slots.known_words, *q.slots.unknown_words) if w not in v.meeting] or q.quoted),
    "report_subject": lambda q, v: bool(q.slots.topic or q.slots.known_words or any(w in v.text for w in q.glossary)),  # a topic or a word of the report (an English word's too)
}


def _holders(q: Question, v: Vocabulary) -> set[str]:
    """Who holds the question's title, as the report writes it or at the end of a longer one (急诊科主任: the
    report's 市第一人民医院急诊科主任)."""
    role = q.slots.role
    if not role:
        return set()
    exact = v.roles.get(role)
    if exact:
        return set(exact)
    ending = {n for r, names in v.roles.items() if r.endswith(role) for n in names}
    return ending or {n for r, names in v.roles.items() if _qualified(role, r) for n in names}


def _qualified(role: str, held: str) -> bool:
    """青溪社区书记 of the report's 汭城街道青溪社区党委书记: the same title's end, and the body asked inside the rest."""
    shared = next((k for k in range(min(len(role), len(held)) - 1, 1, -1) if held.endswith(role[-k:])), 0)
    qualifier = role[: len(role) - shared]
    return shared >= 2 and len(qualifier) >= 2 and qualifier in held[: len(held) - shared]


def _mentioning(q: Question, v: Vocabulary) -> bool:
    """The person asked about stands right before the word of mentioning and the question asks
    what ("王伟中提到了什么？"): what they said, not whether the report names them."""
    name, text = q.slots.named_person, q.text.text
    if not name or q.yes_no or name not in text:
        return False
    rest = text[text.find(name) + len(name):].lstrip("在会上中")
    return rest.startswith(("提到", "提及", "说到", "讲到", "谈到", "提了", "mention"))


def _addressed(q: Question) -> bool:
    """The question's role stands before a 对 (政协主席对企业家们…): the holder is who speaks."""
    role, text = q.slots.role or "", q.text.text
    at = text.find("对")
    return at > 0 and any(role[i:] in text[:at] for i in range(max(0, len(role) - 1)))


# Conditions with an intent's name after them (cue:research).
PREFIXES = ("cue:", "hint:", "facet:")
CONDITION_NAMES = (*CONDITIONS, *PREFIXES)
assert set(CONDITION_NAMES) == set(REDIRECT_CONDITIONS), "bot/intents.py lists the conditions the rules may use"


def holds(condition: str, question: Question, vocab: Vocabulary) -> bool:
    negated = condition.startswith("!")
    name = condition.lstrip("!")
    prefix, _, intent = name.partition(":")
    if prefix == "facet":
        value = question.has(intent)
    elif prefix == "cue":
        value = intent in question.cues
    elif prefix == "hint":
        value = intent in question.hinted
    else:
        value = CONDITIONS[name](question, vocab)
    return value != negated


def redirect(intent: Intent, question: Question, vocab: Vocabulary, knowledge: Knowledge) -> Intent:
    """The intent a question is answered as, after following the rules (each intent once)."""
    seen = {intent.name}
    moved = True
    while moved:
        moved = False
        for rule in intent.redirect:
            if rule.to not in seen and all(holds(c, question, vocab) for c in rule.when):
                log.debug("redirect %s -> %s (%s)", intent.name, rule.to, ", ".join(rule.when))
                intent = knowledge.intent(rule.to)
                seen.add(intent.name)
                moved = True
                break
    return intent
