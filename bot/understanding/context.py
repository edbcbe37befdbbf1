"""Conversation context: what a conversation has established, and how a question uses it
(a pronoun for the last person, "那人才呢？" keeping the last intent)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..intents import Knowledge, Topic
from .question import Question


@dataclass
class Context:
    """What a conversation has established so far (kept per user and chat)."""

    person: str | None = None
    topic: Topic | None = None
    intent: str | None = None
    meeting: str | None = None
    script: str | None = None  # the script of the last question that showed one
    group: str | None = None  # the group the last question about one asked of (委员, 企业家代表)
    asked: str | None = None  # the last question's words, without its question words (what it was about)


PERSONAL = ("statements", "person_role")  # intents about one person: a follow-up stays on them
SAYING = "§say"  # the concept of a saying verb (讲, 说): its subject left out, the last person is meant


def with_context(
    question: Question, context: Context | None, titles: Iterable[str] = (), pronouns: tuple[str, ...] = (), saying: bool = False,
    parties: tuple[str, ...] = (),
) -> Question:
    """A pronoun, or a follow-up that names no one (and no topic, unless the conversation was
    about what that person said: "他强调了什么？" "那人才方面呢？"), is about the last person; a
    plural pronoun, about the group the last question asked of."""
    slots = question.slots
    if context is not None and context.group and slots.plural and not (slots.group or slots.role or slots.person):
        # "哪几位委员提问了？" "他们都问了些啥？": they are the group asked about
        return replace(question, slots=replace(slots, group=context.group, role=context.group, roles=(context.group,)))
    if context is None or not context.person or slots.person is not None:
        return question
    if question.en and slots.plural and not context.group and not (slots.group or slots.role):  # "how did they sum it up?"
        return replace(question, slots=replace(slots, person=context.person, plural=False))  # (after one person: singular they)
    if question.text.text.rstrip("？? ").endswith("的呢") and not (slots.pronoun or slots.topic):
        return question  # "那讲话的呢？": whoever did it, not the last person named
    if question.follow_up and not slots.pronoun and any(len(w) >= 2 and w in t for w in slots.known_words for t in titles):
        return question  # "统战部长来了没？" "政协呢？": the body's people, not the last person named
    if slots.pronoun and _named_before(question, pronouns):
        return question  # "那科协主席呢，他在会上讲了啥": he is the 科协主席 just named, not the last person
    if not slots.pronoun and any(w in parties for w in (*slots.known_words, *slots.unknown_words, *slots.name_words)):
        return question  # "顶埕村的村长提了什么要求？" "那业者最后答应…哪天开？": the other side, not the last person
    # (a thing named after a figure or a list, "全年目标呢？" after "他说…促成多少合作项目了？": of the thing, not of him)
    named = slots.topic or slots.known_words or slots.unknown_words
    on_person = (not named or context.intent in PERSONAL) and question.kind != "who"
    on_person = on_person and not (slots.group and question.kind == "list")  # "还有哪些委员发言了？": other people, a list
    on_person = on_person and not (slots.group and question.follow_up)  # "那企业家们主要讲了哪几块？": the group, not the last one
    if slots.pronoun or (question.follow_up and not slots.filled("person") and on_person) or (saying and _said_without_subject(question)):
        return replace(question, slots=replace(slots, person=context.person))
    return question


def _said_without_subject(question: Question) -> bool:
    """'讲什么题目？' after an answer about someone (`saying`: the question's verb is one of saying): its subject left
    out, and nothing else named."""
    slots = question.slots
    named = (slots.person, slots.pronoun, slots.role, slots.group, slots.topic, slots.known_words, slots.name_words, slots.place)
    return not any(named) and question.kind in ("what", "how") and question.asks and not question.yes_no


def _named_before(question: Question, pronouns: tuple[str, ...]) -> bool:
    """A title the question names before its pronoun (`pronouns`, the lexicon's: 那科协主席呢，他…): the one it points at."""
    text, role = question.text.text, question.slots.role or ""
    said = next((role[i:] for i in range(max(0, len(role) - 1)) if role[i:] in text), "")  # (科协主席, read as 县科协主席)
    at = min((i for p in pronouns if (i := text.find(p)) >= 0), default=-1)
    return bool(said) and at > text.find(said) + len(said)


def elliptical(question: Question, masked_length: int, names_one: bool = False) -> bool:
    """'那人才呢？', '他呢？', '金融？': a question too short or too open to stand alone (one with a
    question word of its own — 卡脖子难题怎么破 — stands alone, however short). `names_one`: the
    question itself names or describes someone (not the conversation's last person)."""
    if question.follow_up and question.asks and question.kind == "what" and names_one:
        return False  # "那糜志刚呢，他提了啥问题？": its own question of the one it names, not the last one's again
    return question.follow_up or (masked_length <= 6 and not question.yes_no and not question.asks)


def carry_over(knowledge: Knowledge, previous: str, question: Question) -> str | None:
    """Which intent an elliptical follow-up continues, given the slots it brings."""
    slots = question.slots
    if previous not in knowledge.names:  # a conversation saved by an older version
        return None
    intent = knowledge.intent(previous)
    if slots.role and slots.person and "role" not in intent.slots:
        return "person_role"  # "他是省长吗？"
    if slots.topic and "topic" not in intent.slots:
        return "statements" if previous in PERSONAL and slots.person else "topic"
    if slots.person and "person" not in intent.slots:
        return "person_role" if previous != "topic" else "statements"
    if slots.topic or slots.person or slots.role or slots.place:
        return previous
    return previous if question.follow_up else None  # "那外贸座谈会呢？": the same question of it
