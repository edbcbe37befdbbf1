"""An item of the last answer asked by its place: "第二点具体是什么？" after a list of requirements, "第一个会的全称是
什么" after a sentence that names two meetings, "the second one?" after two sentences quoted.

The items are read from the sentences the last answer quoted, in the report's order: those a marker opens inside a
sentence (一是…二是…, （一）…, 第一，…), else the pieces of a sentence that end with the noun asked (…深聊会”和省直部门
座谈会), else the sentences themselves. The answer is the item with its sentence as evidence.
"""

from __future__ import annotations

import re

from ..models import Sentence
from .base import Composed, Request

_CLOSING = "”」』\"）)》 。；;，,"  # closing quotes, brackets and marks after an item


def _marked(sentence: Sentence, markers: re.Pattern[str]) -> list[str]:
    """The items a marker opens inside a sentence (一是…；二是…): each from its marker to the next."""
    starts = [m.start() for m in markers.finditer(sentence.text)]
    if len(starts) < 2:
        return []
    ends = [*starts[1:], len(sentence.text)]
    return [sentence.text[a:b].rstrip(_CLOSING) for a, b in zip(starts, ends, strict=True)]


def _ending_with(sentence: Sentence, noun: str, joints: re.Pattern[str]) -> list[str]:
    """The pieces of a sentence (between commas, 、, 和 …: the genre's `joints`) that end with the noun asked (深聊会”, 座谈会)."""
    return [p.strip() for p in joints.split(sentence.text) if p.strip().rstrip(_CLOSING).endswith(noun)]


def items_of(
    sentences: list[Sentence], markers: re.Pattern[str], joints: re.Pattern[str], noun: str | None,
) -> list[tuple[str, Sentence]]:
    """The items of an answer's sentences, each with the sentence it stands in."""
    marked = [(item, s) for s in sentences for item in _marked(s, markers)]
    if len(marked) >= 2:
        return marked
    if noun:
        named = [(piece, s) for s in sentences for piece in _ending_with(s, noun, joints)]
        if len(named) >= 2:
            return named
    return [(s.text, s) for s in sentences]


def listed_item(req: Request, sentences: list[Sentence], number: int, noun: str | None) -> Composed | None:
    """The item asked of the last answer's sentences; None when they list too few for it (the question is read
    afresh then)."""
    items = items_of(sentences, req.genre.item_markers, req.genre.item_joints, noun)
    if len(items) < 2 or number > len(items):
        return None
    item, sentence = items[number - 1] if number > 0 else items[-1]
    place = str(number if number > 0 else len(items))
    return Composed(req.msg("listed_item", place=place, item=item), True, (sentence,))


def whose_words(req: Request, sentences: list[Sentence], given: str = "") -> Composed | None:
    """"这是谁说的？", "邊個講嘅？" after an answer that quoted someone's words ('他说，檀岙去年…'): the one speaker whose
    statements those sentences are (of several, the one whose words hold what the answer `given` led with: 43处), with
    them; None when they are no one's, or several people's."""
    said = [st for st in req.facts.statements if st.sentence in sentences and not st.group]
    pieces = [p for p in re.split(r"[、，,。\s]", given) if len(p) >= 2]
    spoken = {st.speaker for st in said}
    if len(spoken) > 1 and req.question.has("asked_who"):  # "係邊個問嘅？": the one whose words asked (询问), not who answered
        spoken = {st.speaker for st in said if st.verb in req.knowledge.lexicon.question_verbs} or spoken
    if len(spoken) > 1 and pieces:
        spoken = {st.speaker for st in said if any(p in st.text for p in pieces)}
    if len(spoken) != 1:
        return None
    name = next(iter(spoken))
    person = req.facts.person(name) or req.facts.mention(name)
    who = req.msg("name_and_title", name=name, title=person.title) if person and person.title else name
    return Composed(who + "\n" + req.msg("reading_says") + "\n" + "\n".join("· " + s.text for s in sentences), True, tuple(sentences), name)
