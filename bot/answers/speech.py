"""Composers about what was said: by a person, on a topic, by the representatives."""

from __future__ import annotations

import re

from ..facts import Facts, Statement
from ..genre import load_genre
from ..models import Sentence
from .base import (
    MAX_QUOTED,
    Composed,
    Request,
    article_words,
    asked_name,
    composer,
    each_person,
    evidence_of,
    hand_over,
    not_mentioned,
    rank,
    romanize,
    score,
    verb_text,
    verdict,
)
from .people import group_asked, group_markers


def _quote_statements(req: Request, statements: list[Statement]) -> str:
    lines: list[str] = []
    last: tuple[str, str] | None = None
    for st in statements:
        if (st.speaker, st.verb) != last:
            speaker = romanize(st.speaker) if req.en and not st.group else st.speaker
            lines.append(req.t(name=speaker, verb=verb_text(req, st.verb)))
            last = (st.speaker, st.verb)
        lines.append("· " + st.text)
    return "\n".join(lines)


@composer("statements")
def statements(req: Request) -> Composed:
    if len(req.parse.slots.people) > 1:  # "王伟中和林克庆都讲了啥？"
        return each_person(req, statements)
    name, known = asked_name(req)
    if name is None:
        return Composed(req.msg("fallback"), False)
    if known:
        said = req.facts.said_by(name)
        if not said:
            person = req.facts.person(name)
            if person and set(person.actions) & set(load_genre().speaking_actions):
                # "樊颖诗讲了什么？" — she spoke (分享, 发言) but is not quoted: what the report says of it
                text = req.t("unquoted", name=name) + "\n" + "\n".join("· " + s.text for s in person.evidence)
                return Composed(text, True, person.evidence, name)
            return Composed(req.t("none", name=name), False, person.evidence if person else (), name)
        if req.parse.yes_no:  # "王伟中要求企业家牢牢把握发展大势吗？" — whose words are they?
            words, _ = article_words(req.parse.text, req.facts.article.text, req.stopwords)
            quote = max((w for w in words if len(w) >= 4 and w != name), key=len, default=None)
            own = [st for st in said if quote and quote in st.text]
            if own:  # "王伟中说要坚持包容审慎监管吗？" — yes, and where
                return Composed(verdict(req, True, _quote_statements(req, own)), True, evidence_of(st.sentence for st in own), name)
            if quote:
                owner = next((st for st in req.facts.statements if quote in st.text and st.speaker != name), None)
                if owner:
                    return Composed(req.t("said_by_other", quote=quote, other=owner.speaker) + "\n· " + owner.sentence.text,
                                    True, (owner.sentence,), name)
        verbs_en = req.knowledge.lexicon.verbs_en
        asked_verbs = [
            v for v in {st.verb for st in said}
            if v in req.parse.text or (req.en and verbs_en.get(v, "")[:5] in req.parse.text and v != "表示")
        ]
        chosen = [st for st in said if st.verb in asked_verbs] or said
        slots = req.parse.slots
        about = [w for w in (*(slots.topic.terms if slots.topic else ()), *slots.known_words, *slots.unknown_words)
                 if w != name and not any(p.name in w for p in req.facts.people) and re.search(r"[\u4e00-\u9fff]", w)]
        if about:  # "王伟中提到了房地产吗？", "林克庆关于人才说了什么？"
            chosen = [st for st in said if any(t in st.text for t in about)]
            if not chosen:
                label = slots.topic.name(req.script) if slots.topic else (slots.known_words or slots.unknown_words)[0]
                return Composed(req.t("none_on", name=name, topic=label), False, (), name)
        return Composed(
            _quote_statements(req, chosen), True, evidence_of(st.sentence for st in chosen), name
        )
    mentions = [s for s in req.facts.article.sentences if name in s.text]
    if not mentions:
        return not_mentioned(req, name)
    extra = [*req.parse.slots.known_words[1:], *req.parse.slots.topic_terms]
    ranked = rank(mentions, [name], extra)[:2]
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
            verb = verb_text(req, st.verb)
            lines.append(f"· {st.speaker} {verb}: {st.text}" if req.en else f"· {st.speaker}{verb}：{st.text}")
        else:
            lines.append("· " + s.text)
    return "\n".join(lines)


@composer("topic")
def topic(req: Request) -> Composed:
    slots = req.parse.slots
    if slots.asked_phrase:  # "有提到新能源吗？": 能源 is there, 新能源 is not
        return not_mentioned(req, slots.asked_phrase)
    absent = [t for t in slots.topic_terms if re.search(r"[\u4e00-\u9fff]", t) and t not in req.facts.article.text]
    if absent and req.parse.yes_no:  # "有提到芯片吗？": a yes/no on the word itself
        return not_mentioned(req, absent[0])
    if group_asked(req) and any(st.group for st in req.facts.statements):
        return hand_over(req, "group_views", group_views)  # "What did the entrepreneurs say about finance?"
    words = [*([slots.place] if slots.place else []), *slots.known_words]
    terms = list(slots.topic.terms) if slots.topic else words
    label = slots.topic.name(req.script) if slots.topic else "、".join(words)
    if not terms:
        word = next(iter(slots.unknown_words), None)
        return not_mentioned(req, word) if word else Composed(req.msg("fallback"), False)
    zh_terms = [t for t in terms if re.search(r"[\u4e00-\u9fff]", t)]
    extra = [*slots.known_words, *slots.topic_terms]
    ranked = rank(req.facts.article.sentences, zh_terms, extra)
    if not ranked:
        return Composed(req.t("none", topic=label), False)
    best = score(ranked[0], zh_terms, extra)
    ranked = [s for s in ranked if score(s, zh_terms, extra) * 2 >= best]
    chosen = sorted(ranked[: MAX_QUOTED - 1], key=lambda s: (s.paragraph, s.index))
    head = req.t(topic=label)
    if absent:  # "关于融资说了什么？": the report says 金融, not 融资
        head = req.msg("not_literally", word=absent[0]) + head
    return Composed(head + "\n" + _quote_sentences(req, chosen), True, tuple(chosen))


@composer("group_views")
def group_views(req: Request) -> Composed:
    slots = req.parse.slots
    if slots.person and not slots.person_derived and req.facts.person(slots.person):
        return hand_over(req, "statements", statements)  # "（鲍海川）他提了什么建议？"
    group = group_asked(req)
    said = [st for st in req.facts.statements if st.group and (not group or group in st.speaker)]
    if not said:  # "委员们提了哪些建议？": the sentences where those people spoke
        markers = group_markers(group) if group else ()
        spoke = [p for p in req.facts.people if "发言" in p.actions and (not markers or any(m in r for r in p.roles for m in markers))]
        sentences = evidence_of(*(p.evidence for p in spoke))
        if not sentences:
            return Composed(req.t("none"), False)
        return Composed(req.t() + "\n" + "\n".join("· " + s.text for s in sentences), True, sentences)
    topic = req.parse.slots.topic
    if topic:  # "What did the entrepreneurs say about finance?"
        said = [st for st in said if any(t in st.sentence.text for t in topic.terms)]
        if not said:
            group = group_asked(req) or [st.speaker for st in req.facts.statements if st.group][0]
            none_on = req.knowledge.intent("statements").template("none_on", req.script, name=group, topic=topic.name(req.script))
            return Composed(none_on, False)
    text = req.t() + "\n" + "\n".join("· " + st.sentence.text for st in said)
    return Composed(text, True, evidence_of(st.sentence for st in said))
