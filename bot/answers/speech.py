"""Composers about what was said: by a person, on a topic, by the representatives."""

from __future__ import annotations

import re

from ..facts import Statement
from ..models import Sentence
from ..scripts import has_han
from .base import (
    MAX_QUOTED,
    Composed,
    Request,
    asked_name,
    bullets,
    composer,
    each_person,
    evidence_of,
    gives_time,
    han_terms,
    lists,
    not_mentioned,
    person_line,
    rank,
    romanize,
    score,
    verb_text,
    verdict,
    whole_terms,
)
from .groups import about_group, asks_names, group_statements, in_group, related_groups


def _quote_statements(req: Request, statements: list[Statement]) -> str:
    lines: list[str] = []
    last: tuple[str, str] | None = None
    for st in statements:
        if (st.speaker, st.verb) != last:
            speaker = romanize(req, st.speaker) if req.en and not st.group else st.speaker
            lines.append(req.t(name=speaker, verb=verb_text(req, st.verb)))
            last = (st.speaker, st.verb)
        whole = len(st.text) <= BARE_OBJECT_CHARS or _asked_before(req, st)
        lines.append("· " + (st.sentence.text if whole else st.text))
    return "\n".join(lines)


def _asked_before(req: Request, st: Statement) -> bool:
    """A word the question asks of stands in the words that bring the statement in, not in it ('王伟中认真听取大家
    发言，不时插话交流，主动回应关切，要求…' for "…有什么回应"): the sentence is quoted whole."""
    at = st.sentence.text.find(st.text)
    lead_in = st.sentence.text[:at] if at > 0 else ""
    asked = [w for w in (*req.question.verbs, *req.question.named) if len(w) >= 2 and has_han(w) and w != st.speaker]
    return any(w in lead_in and w not in st.text for w in asked)


BARE_OBJECT_CHARS = 4  # '某某就…的转化落实提出要求。': what was said is before the verb; quote the sentence

# Kinds of saying (intents/synonyms.yaml groups): a question's word of one of them asks for that
# kind of statement, it is no subject the statement must hold.
FRAMES = ("expectation", "requirement", "proposal", "response", "say", "evaluate", "problem", "plan")
HEADING_CHARS = 12  # a statement this short is a heading of the views after it ("（二）关于茶产业。")


def _statements_of(req: Request, said: list[Statement], name: str) -> Composed:
    return Composed(_quote_statements(req, said), True, evidence_of(st.sentence for st in said), name)


def _unquoted(req: Request, name: str) -> Composed:
    """"樊颖诗讲了什么？" — she spoke (分享, 发言) but is not quoted: what the report says of it."""
    person = req.facts.person(name)
    if person and set(person.actions) & set(req.genre.speaking_actions):
        # (what about, where the sentence says it: '…分别就跨境数据流动试点…提出建议'; none where it ends '…也作了发言')
        plain = tuple(a for a in req.genre.speaking_actions if len(a) <= 2)  # 发言, 讲话 (not 提出建议: it says of what)
        bare = all(  # (…围绕人才政策作了介绍 says of what)
            s.text.rstrip("。！").endswith(plain) and not req.genre.roster_adverbials.search(s.text[s.text.find(name) + len(name) :])
            for s in person.evidence
        )
        return Composed(req.t("unquoted", name=name) + "\n" + bullets(person.evidence), not bare, person.evidence, name, final=bare)
    if person is not None:  # "那司空玥呢" after "…会上讲了啥": nothing she said (a refusal), and who she is and what she did
        return Composed(req.t("none", name=name) + "\n" + person_line(req, person), False, person.evidence, name)
    return Composed(req.t("none", name=name), False, (), name)


def _whose_words(req: Request, said: list[Statement], name: str) -> Composed | None:
    """"王伟中要求企业家牢牢把握发展大势吗？" — yes, with where; or no, with who said it."""
    quote = max((w for w in req.question.terms if len(w) >= 4 and w != name), key=len, default=None)
    if quote is None or req.question.has("when"):
        return None  # ("省长有没有承诺在什么时候之前出台…政策？": a time asked, which the words alone do not give)
    own = [st for st in said if quote in st.text]
    if own:
        return Composed(verdict(req, True, _quote_statements(req, own)), True, evidence_of(st.sentence for st in own), name)
    owner = next((st for st in req.facts.statements if quote in st.text and st.speaker != name), None)
    if owner:
        text = req.t("said_by_other", quote=quote, other=owner.speaker) + "\n· " + owner.sentence.text
        return Composed(text, True, (owner.sentence,), name)
    return None


def _framing(req: Request) -> dict[str, tuple[str, ...]]:
    """The kinds of saying a question may ask for (期望, 要求, 建议 …), by their words."""
    return {k: req.knowledge.synonyms[k] for k in FRAMES if k in req.knowledge.synonyms}


def _none_on_part(req: Request, name: str, unsaid: str, chosen: list[Statement]) -> Composed:
    """A yes/no on words of someone's about things, one of which none of their words is about: that said, and what they did
    say of the others ("邝某答应直接发永久地契吗": none on 直接发, and what he said of 永久地契), where they said any."""
    none_on = req.t("none_on", name=name, topic=unsaid)
    if not chosen or req.question.quoted or unsaid not in req.facts.article.text:
        return Composed(none_on, False, (), name)  # (a thing the report never writes, or words quoted: whose they are is read)
    what = _statements_of(req, chosen, name)
    return Composed(none_on + "\n" + what.text, True, what.evidence, name)


def _asked_kind_on_part(said: list[Statement], chosen: list[Statement], about: list[str], verbs: list[str]) -> list[Statement]:
    """"钭某在降漏损方面提了什么建议？": where no statement on the subject is of the kind asked (建议), those
    of that kind that hold what its verb acts on (他建议把漏损率降到10%以下…)."""
    if not verbs or any(st.verb in verbs for st in chosen):
        return []
    parts = {w[-2:] for w in about if len(w) in (3, 4)}  # (降漏损: 漏损, what is acted on; 修缮补贴: 补贴)
    return [st for st in said if st.verb in verbs and st not in chosen and any(p in st.text for p in parts)]


def _in_sequence(req: Request, chosen: list[Statement], asked: tuple[str, ...]) -> list[Statement]:
    """"她最后说了什么？", "郁某最后总结时提了哪几点建议？": the statements whose sentence says when (最后, 总结时),
    else the last one (the first, for 首先 or 开场)."""
    lex = req.knowledge.lexicon
    request = lex.facets.get("summarise_request", ()) if req.question.has("summarise_request") else ()
    when = [w for w in asked if w in lex.sequence_words and not any(w in r for r in request)]
    if not when or not chosen:
        return chosen
    said_so = [st for st in chosen if any(w in st.sentence.text for w in when)]
    return said_so or (chosen[:1] if any(w in req.knowledge.lexicon.opening_words for w in when) else chosen[-1:])


def _on_subject(req: Request, said: list[Statement], name: str) -> Composed:
    """What a person said, narrowed to the verb, the kind of saying (希望, 要求 …) and the
    subject the question names."""
    slots = req.slots
    plain = req.knowledge.lexicon.plain_say_verbs  # "某某说了什么": all they said
    asked_verbs = [v for v in {st.verb for st in said} if v in req.question.verbs and v not in plain]
    forms = tuple(f for v in asked_verbs for f in req.knowledge.lexicon.said_as.get(v, ()))  # (强调，要…: a requirement)
    chosen = [st for st in said if st.verb in asked_verbs or forms and st.text.startswith(forms)]
    # '…指出，…。希望企业家们…': a statement that opens with the verb asked is one of that kind
    chosen = chosen or [st for st in said if st.text.startswith(req.question.verbs)] or said
    frames = _framing(req)
    asked_frames = [words for words in frames.values() if any(w in slots.known_words + slots.unknown_words for w in words)]
    framed = [st for st in chosen if any(w in st.sentence.text for words in asked_frames for w in words)]
    chosen = framed or chosen
    framing_words = {w for words in frames.values() for w in words}
    person = req.facts.person(name)
    title = person.title if person else ""
    glossed = [w for w in req.question.glossary if w not in req.genre.group_words] if req.en else []  # (entrepreneur: who, no subject)
    asked = (*slots.known_words, *slots.unknown_words, *glossed)  # mechanism: 机制
    about = [
        w for w in (*(slots.topic.terms if slots.topic else ()), *asked)
        if w != name and not any(p.name in w for p in req.facts.people) and has_han(w) and w not in title
        and not (slots.role and not slots.role_apart and w in slots.role)  # (工商总会 of "工商总会会长某某说了什么": whom, as told)
        and w not in framing_words and w not in req.knowledge.lexicon.generic_objects  # 反映了什么情况
        and w not in req.knowledge.lexicon.answer_forms  # "核心要求是啥": the form of the answer, no subject
        and w not in req.genre.generic_meeting_words  # "他在活动上说了什么": the event, no subject
        and w not in req.knowledge.lexicon.sequence_words  # "郁某最后总结时提了哪几点建议": when, no subject
        and not any(r in w for r in req.knowledge.lexicon.response_asks)  # (点回应 of "某局局长点回应": how, no subject)
        and not any(w in words for words in req.knowledge.lexicon.question_words.values())  # (咋办 of "…说路灯咋办": how)
        and not any(w in d for d in req.knowledge.lexicon.facets.get("differ", ()))  # (比较一下…侧重点: set side by side)
        and w not in req.question.described  # ("做电商的逯某提了什么建议": which one the asker means, no subject)
        and w not in req.knowledge.lexicon.described  # ("那个在深圳开电子公司的老乡说了啥": 老乡, whom, no subject)
        and not any(w.startswith(v) and w[len(v) :] in title for v in req.knowledge.lexicon.described_by)  # (做电子: whose trade)
    ]
    if about:  # "王伟中提到了房地产吗？", "林克庆关于人才说了什么？"
        generic = req.knowledge.lexicon.generic_objects  # 用地问题: what she said of 用地
        about = list(dict.fromkeys(_without_suffix(w, generic) for w in about))
        chosen = [st for st in said if any(_speaks_of(req, st, t) for t in about)]
        topic = set(slots.topic.terms) if slots.topic else set()  # (a topic is any of its words; each other word, itself)
        kinds = [[t for t in about if t in topic]] * bool(topic & set(about)) + [[t] for t in about if t not in topic]
        every = [st for st in chosen if all(any(_speaks_of(req, st, t) for t in kind) for kind in kinds)]
        chosen = every if req.question.yes_no and len(kinds) > 1 and every else chosen  # "…AI in healthcare?": where both are
        # a yes/no on words of theirs about a thing none of their words is about ("Did Wang really announce an AI fund?": 基金,
        # which the report never writes; "县长答应冷藏库一半的钱由县府出吗": 冷藏库, which the one who spoke for him never named)
        unsaid = [k[0] for k in kinds if req.question.yes_no and len(kinds) > 1 and not (topic & set(k))
                  and (req.en or any(t in req.facts.article.text for t in k))  # (not 系点 of a Cantonese "how")
                  and not any(_speaks_of(req, st, t) for st in chosen for t in k)]
        if unsaid and not every:
            return _none_on_part(req, name, unsaid[0], chosen)
        proposed = [w for w in req.knowledge.synonyms.get("proposal", ()) if has_han(w)] if "§proposal" in req.question.content else []
        chosen += _asked_kind_on_part(said, chosen, about, asked_verbs or proposed)  # (提了什么意见: a 建议 is one)
        own = [w for w in about if w in asked]
        if own and len(about) > len(own):  # "人工智能+行动要怎么搞": the question's own word (行动) beside the topic's
            weight = {st: 2 * sum(w in st.text for w in own) + any(t in st.text for t in about if t not in own) for st in chosen}
            chosen.sort(key=lambda st: -weight[st])  # (stable: report order among equals)
        if not chosen and not req.question.yes_no:  # "…反映的问题要怎么处理？": what they said of the rest
            rest = [w for w in (*req.question.terms, *slots.known_words) if w != name and w not in title and has_han(w) and len(w) >= 2]
            chosen = [st for st in said if sum(w in st.text for w in dict.fromkeys(rest)) >= 2]
        asked_figures = set(req.question.terms) & set(req.knowledge.lexicon.figure_objects)
        if not chosen and asked_figures:  # "訾永康通报了哪些数据？": the statements that give figures
            chosen = [st for st in said if req.genre.counts_in(st.text)]
        if not chosen:
            label = slots.topic.name(req.script) if slots.topic else about[0]
            none_on = req.t("none_on", name=name, topic=label)
            elsewhere = any(w in req.facts.article.text for w in about)  # (房地产, which the report never writes: refused)
            nearby = _in_own_paragraphs(req, said, about)  # (…她也反映了难处：停车场…: in her paragraph, maybe hers)
            if nearby:
                return Composed(req.msg("reading_says") + "\n" + bullets(nearby), True, tuple(nearby), name)
            if req.question.yes_no and said and elsewhere and not slots.figures:  # "眭某提了用地的问题吧？"
                what = _statements_of(req, said, name)  # …no — and what they did raise
                return Composed(none_on + "\n" + what.text, True, what.evidence, name)
            return Composed(none_on, False, (), name)
    chosen = _in_sequence(req, chosen, (*asked, *req.question.verbs))
    if req.question.kind == "when" and not any(gives_time(req, st.text) for st in chosen):
        return Composed(req.t("no_time", name=name), False, (), name)  # "…反映的问题什么时候解决？": said by another
    return _statements_of(req, _with_paragraph(req, chosen, said), name)


def _in_own_paragraphs(req: Request, said: list[Statement], words: list[str]) -> list[Sentence]:
    """Sentences of the paragraphs where someone spoke that hold a word asked and are no one else's
    statement ('…她也反映了难处：停车场…' beside what 苗某介绍): what the report may say they raised."""
    name = said[0].speaker if said else ""
    own = {st.sentence.paragraph for st in said}
    others = {st.sentence for st in req.facts.statements if st.speaker != name}
    return [
        s for s in req.facts.article.sentences
        if s.paragraph in own and s not in others and s not in {st.sentence for st in said} and any(w in s.text for w in words)
    ]


def _speaks_of(req: Request, st: Statement, word: str) -> bool:
    """The statement holds the word, or a word that stands for it (例子: 举例), in what was
    said or in the words that bring it in ('钟离浩在回应时表示，…': 回应)."""
    lead_in = st.sentence.text[: max(st.sentence.text.find(st.text), 0)]
    if len(word) == 4 and has_han(word) and word[:2] in st.text and word[2:] in st.text:
        return True  # (修缮补贴: '…对历史建筑的修缮给予补贴', its two words apart)
    same = {w for g in req.question.equal_groups(word) for w in req.knowledge.equivalents.get(g, ())}  # (缺钱: 资金, 金融资源)
    return any(w in st.text or w in lead_in for w in (word, *(e for e in (*req.knowledge.equals(word), *same) if len(e) >= 2)))


def _with_paragraph(req: Request, chosen: list[Statement], said: list[Statement]) -> list[Statement]:
    """A heading of their views ('（二）关于茶产业。') chosen: the rest of that paragraph of theirs with it."""
    out: list[Statement] = []
    for st in chosen:
        short = len(st.text) <= HEADING_CHARS or req.genre.numbered_heading.match(st.text) is not None  # （二）关于茶产业。…
        out += [o for o in said if o.sentence.paragraph == st.sentence.paragraph] if short else [st]
    return list(dict.fromkeys(out))


def _without_suffix(word: str, generic: tuple[str, ...]) -> str:
    """'用地问题' -> '用地': a word with a generic object after it stands for its first part."""
    end = next((g for g in generic if word.endswith(g) and len(word) - len(g) >= 2), "")
    return word[: len(word) - len(end)] if end else word


def _mentions(req: Request, name: str) -> Composed:
    """Someone the report names without recording a statement: the sentences that name them."""
    mentions = [s for s in req.facts.article.sentences if name in s.text]
    if not mentions:
        return not_mentioned(req, name)
    extra = [*req.slots.known_words[1:], *req.slots.topic_terms]
    ranked = sorted(rank(mentions, [name], extra)[:2], key=lambda s: (s.paragraph, s.index))
    # '78岁的退休钳工计大爷关心的是充电问题。他说，…': what they go on to say, in the next sentence
    sentences = req.facts.article.sentences
    after = [sentences[i + 1] for i, s in enumerate(sentences[:-1]) if s in ranked]
    said = [s for s in after if s.paragraph in {r.paragraph for r in ranked} and s.text.startswith(req.genre.back_references)]
    ranked = sorted(dict.fromkeys([*ranked, *said]), key=lambda s: (s.paragraph, s.index))
    relayed = all(any(v in s.text for v in req.genre.relay_verbs) for s in ranked)
    things = [w for w in req.slots.known_words if w != name and len(w) >= 2 and has_han(w)]
    unsaid = req.question.yes_no and any(not any(w in s.text for s in ranked) for w in things)
    counted = [f for f in req.slots.figures if not req.question.yes_no and any(f in s.text for s in ranked)]
    unlisted = bool(counted) and not any(lists(req, s.text[s.text.find(f) :]) for s in ranked for f in counted if f in s.text)  # ("她书面交的那3条建议讲咩": '书面提交了3条建议')
    if (relayed or unsaid or unlisted) and not said:  # ("县长甘某答应冷藏库一半的钱由县府出吗": he is named, never with 冷藏库)
        # '会议传达了…市长左丘慕言的讲话精神': their speech relayed, nothing of what it said
        return Composed(req.t("mentioned_only", name=name) + "\n" + bullets(ranked), False, tuple(ranked), name, final=True)
    return Composed(req.t("mentioned", name=name) + "\n" + bullets(ranked), True, tuple(ranked))


@composer("statements")
def statements(req: Request) -> Composed:
    if len(req.slots.people) > 1:  # "王伟中和林克庆都讲了啥？"
        return each_person(req, statements)
    name, known = asked_name(req)
    if name is None:
        return Composed(req.msg("fallback"), False)
    if not known:
        return _said_instead(req, name, _mentions(req, name), silent=True)
    said = req.facts.said_by(name)
    if not said:
        return _said_instead(req, name, _unquoted(req, name), silent=True)
    nth = _nth_point(req, said, name)
    if nth:
        return nth
    if req.question.yes_no:  # "王伟中要求企业家牢牢把握发展大势吗？" — whose words are they?
        whose = _whose_words(req, said, name)
        if whose:
            return whose
    return _said_instead(req, name, _on_subject(req, said, name))


def _said_instead(req: Request, name: str, composed: Composed, silent: bool = False) -> Composed:
    """A yes/no that puts words in the mouth of one who did not say them ("是禚立新说要加装监控吗", "仉志刚…promised the
    new cameras, right?"), answered that they did not, and by whose statement holds every word asked that the report
    writes: '綦卫东回应，…拟新增高清监控探头28个'."""
    if not req.question.yes_no or composed.answered and not composed.final and not silent:
        return composed  # (one whose words the report records, and who said it: their words; silent: nothing of theirs)
    genre = req.genre
    words = [w for w in (*req.slots.known_words, *req.slots.topic_terms, *(req.question.glossary if req.en else ()))
             if has_han(w) and len(w) >= 2 and w != name and not any(p.name in w for p in req.facts.people)
             and not w.endswith(genre.titles) and w not in genre.statement_verbs and w not in genre.group_words]
    words = list(dict.fromkeys(words))  # (every one of them: "…announce a new AI fund?", 基金, no one's word: no one else said it)
    others = [st for st in req.facts.statements if words and st.speaker != name and not st.group
              and all(_speaks_of(req, st, w) for w in words)]
    if not others:
        return composed
    other = others[0]
    text = composed.text + "\n" + req.t("said_by_other", quote="", other=other.speaker) + "\n· " + other.sentence.text
    # (answered as the person's own part was: one who said nothing is no answer, the other's words a correction beside it)
    return Composed(text, composed.answered or not silent, (*composed.evidence, other.sentence), name)


def _nth_point(req: Request, said: list[Statement], name: str) -> Composed | None:
    """"王伟中讲的第一条要求是啥？", "那他最后一点呢": the point at that place of the person's run of points — those under
    the verb asked when it heads two or more, else under the verb that heads the most (the run a report writes
    '…强调，要…；要…'). None when no place is asked, or the run is shorter."""
    number = req.slots.item
    if number is None or req.question.yes_no:
        return None
    runs: dict[str, list[Statement]] = {}
    for st in said:
        if not st.group:
            runs.setdefault(st.verb, []).append(st)
    asked = [run for verb, run in runs.items() if verb in req.question.verbs and len(run) >= 2]
    run = asked[0] if asked else max(runs.values(), key=len, default=[])
    if len(run) < 2 or number > len(run):
        return None
    st = run[number - 1] if number > 0 else run[-1]
    place = str(number if number > 0 else len(run))
    return Composed(req.msg("nth_point", speaker=name, verb=verb_text(req, st.verb), place=place, text=st.text), True, (st.sentence,), name)


def _quote_sentences(req: Request, sentences: list[Sentence]) -> str:
    lines = []
    for s in sentences:
        st = next((st for st in req.facts.statements if st.sentence == s), None)
        if st and not st.group:
            lines.append(req.msg("said_line", speaker=st.speaker, verb=verb_text(req, st.verb), text=st.text))
        else:
            lines.append("· " + s.text)
    return "\n".join(lines)


@composer("topic")
def topic(req: Request) -> Composed:
    slots, q = req.slots, req.question
    phrase = slots.asked_phrase
    others = [t for t in q.terms if len(t) >= 3 and phrase and t not in phrase and t in req.facts.article.text]
    if phrase and not others:  # "有提到新能源吗？": 能源 is there, 新能源 is not
        return not_mentioned(req, phrase)
    absent = [t for t in han_terms(slots.topic_terms) if t not in req.facts.article.text]
    everyday = slots.topic.everyday if slots.topic else ()
    if [t for t in absent if t not in everyday] and q.yes_no and not others:  # "有提到芯片吗？": a yes/no on the word itself
        absent = [t for t in absent if t not in everyday]  # (not "有人提到招人难吗": the topic, said in everyday words)
        return not_mentioned(req, absent[0])
    absent = [phrase, *absent] if phrase else absent  # "…乡村旅游、跟农业结合这些？": what it writes of 乡村旅游, saying so
    words = [*([slots.place] if slots.place else []), *slots.known_words]
    terms = list(slots.topic.terms) if slots.topic else words
    label = slots.topic.name(req.script) if slots.topic else req.join(words)
    if not terms:
        word = next(iter(slots.unknown_words), None)
        return not_mentioned(req, word) if word else Composed(req.msg("fallback"), False)
    zh_terms = han_terms(terms)
    extra = [*slots.known_words, *slots.topic_terms]
    holds = whole_terms(req)
    ranked = rank(req.facts.article.sentences, zh_terms, extra, holds)
    if not ranked:
        return Composed(req.t("none", topic=label), False)
    best = score(ranked[0], zh_terms, extra, holds)
    ranked = [s for s in ranked if score(s, zh_terms, extra, holds) * 2 >= best]
    # …and one that writes a four-character word's two words apart (拖欠账款: '开展拖欠民营企业账款专项清理')
    apart = [w for w in slots.known_words if len(w) == 4 and has_han(w)]
    parted = [
        s for s in req.facts.article.sentences
        if s not in ranked and any(w not in s.text and w[:2] in s.text and w[2:] in s.text for w in apart)
    ]
    chosen = sorted([*ranked[: MAX_QUOTED - 1], *parted[:1]], key=lambda s: (s.paragraph, s.index))
    head = req.t(topic=label)
    if absent:  # "关于融资说了什么？": the report says 金融, not 融资
        head = req.msg("not_literally", word=absent[0]) + head
    return Composed(head + "\n" + _quote_sentences(req, chosen), True, tuple(chosen))


ADDRESSED_KINDS = ("§expectation", "§requirement")  # kinds of saying said to a group, not by it


def _said_to(req: Request, group: str) -> list[Statement]:
    """"会上对企业家有什么期待？": what others hoped of or asked of the group ('希望企业家们…'), not what it said."""
    if not req.question.has("to_group"):
        return []  # ("企业家对政府有什么期待": the group's own hopes)
    kinds = [c.removeprefix("§") for c in req.question.content if c in ADDRESSED_KINDS]
    words = tuple(w for k in kinds for w in req.knowledge.synonyms.get(k, ()) if has_han(w))
    if not words:
        return []
    related = related_groups(req, group)
    said = [st for st in req.facts.statements if not st.group and (st.verb in words or st.text.startswith(words))]
    # (the group right after the saying: '希望企业家们…', not '要求省有关部门…吸纳…企业家提出的意见')
    return [st for st in said if any(re.search(f"(?:{'|'.join(map(re.escape, words))}).{{0,3}}{re.escape(g)}", st.text) for g in related if has_han(g))]


RAISED = ("proposal", "problem", "outcome")  # what a meeting raises, whose handling is asked


@composer("handling")
def handled(req: Request) -> Composed:
    """What is done with what the meeting raised ("企业家们提的意见后面怎么落实？", "什么时候给答复？"): the sentences
    that hold a word of handling (反馈, 交办, 报送 …) and one of what was raised (意见建议, 问题, 成果), those with
    most words of handling first."""
    k, q = req.knowledge, req.question
    handling = [w for w in k.equivalents.get("handling", ()) if has_han(w) and len(w) >= 2]
    raised = [w for c in RAISED for w in k.synonyms.get(c, ()) if has_han(w) and len(w) >= 2]
    # of something else ("怎么处理好政府和市场的关系"): no answer of the meeting's suggestions
    other = [w for w in q.content if has_han(w) and w not in (*handling, *raised, req.slots.group)]
    if other and not any(f"§{c}" in q.content for c in RAISED):
        return Composed(req.t("none"), False)
    outcome = [w for w in k.synonyms.get("outcome", ()) if has_han(w) and len(w) >= 2]
    held = {  # (a word of handling and one of an outcome: '…将把协商成果形成建议报送省委' weighs two)
        s: sum(w in s.text for w in handling) + any(w in s.text for w in outcome)
        for s in req.facts.article.sentences if any(w in s.text for w in raised) and any(w in s.text for w in handling)
    }
    floor = min(2, max(held.values(), default=0))  # (one word of handling alone: '会前…梳理出…问题28项' is no handling)
    found = [s for s, n in sorted(held.items(), key=lambda e: -e[1]) if n >= floor][:MAX_QUOTED]
    if not found:
        return Composed(req.t("none"), False)
    found = sorted(found, key=lambda s: (s.paragraph, s.index))
    return Composed(req.t() + "\n" + bullets(found), True, tuple(found))


NEXT_STEPS = 3  # sentences of what comes next given for "接下来有什么安排"


@composer("next_steps")
def next_steps(req: Request) -> Composed:
    """What comes next ("接下来有什么安排", "What are the next steps?"): the report's last sentences that say what will be done
    (genre next_step_marks: 将, 计划, 力争…), of those the ones that give a time where any do, in the report's order. A question
    that names a thing of its own is the reading path's (its thing's plan, not all of them)."""
    plan = [w for w in req.knowledge.synonyms.get("plan", ()) if has_han(w)]
    meeting = {*req.genre.meeting_words, *req.genre.generic_meeting_words}  # (this forum: the meeting itself, no thing)
    own = [w for w in req.question.named if has_han(w) and not any(w in p for p in plan)]  # (一步 of 下一步: the plan word's)
    own = [w for w in own if w not in meeting and w not in req.question.conceptual]
    ahead = req.genre.next_step_marks  # (将, 计划, 力争…: not 会后 of '开幕会后，…', what was done)
    # ("乡贤们接下来有什么安排": the plans that name them; "乡贤法律服务团下一步要做什么", none of which do: the reading path's)
    said = [s for s in req.facts.article.sentences if any(w in s.text for w in ahead) and all(w in s.text for w in own)]
    if own and not said:
        return Composed(req.msg("fallback"), False)
    timed = [s for s in said if gives_time(req, s.text)]
    chosen = sorted((timed or said)[-NEXT_STEPS:], key=lambda s: (s.paragraph, s.index))  # (the last ones: what a report ends with)
    if not chosen:
        return Composed(req.t("none"), False)
    return Composed(req.t() + "\n" + bullets(chosen), True, tuple(chosen))


@composer("group_views")
def group_views(req: Request) -> Composed:
    group = req.slots.group
    said_to = _said_to(req, group) if group else []
    if said_to:  # (each with who said it: '林某指出：希望企业家们…')
        lines = [req.msg("said_line", speaker=st.speaker, verb=verb_text(req, st.verb), text=st.text) for st in said_to]
        return Composed("\n".join(lines), True, evidence_of(st.sentence for st in said_to))
    said = group_statements(req, group)
    spoke = [p for p in req.facts.people if req.genre.speak_action in p.actions]
    spoke = in_group(req, spoke, group) if group else spoke
    if group and not in_group(req, req.facts.people, group) and asks_names(req):  # "哪些企业家发言了？": the report names none
        return about_group(req)
    # "会员代表们提了哪些诉求？": what each of them said, besides what the report says of them all
    own = [st for p in spoke for st in req.facts.said_by(p.name) if not st.group] if group else []
    topic = req.slots.topic
    on_topic = [st for st in own if not topic or any(t in st.sentence.text for t in topic.terms)]
    if not said and not on_topic:  # "委员们提了哪些建议？": the sentences where those people spoke
        sentences = evidence_of(*(p.evidence for p in spoke))
        if not sentences:
            return Composed(req.t("none"), False)
        return Composed(req.t() + "\n" + bullets(sentences), True, sentences)
    if on_topic and (not said or not topic):
        lines = [req.t() + "\n" + bullets(st.sentence for st in said)] if said and not topic else []
        lines += [req.msg("said_line", speaker=st.speaker, verb=verb_text(req, st.verb), text=st.text) for st in on_topic]
        return Composed("\n".join(lines), True, evidence_of([st.sentence for st in said], [st.sentence for st in on_topic]))
    if topic:  # "What did the entrepreneurs say about finance?"
        said = [st for st in said if any(t in st.sentence.text for t in topic.terms)]
        if not said:
            who = group or next(st.speaker for st in req.facts.statements if st.group)
            none_on = req.knowledge.intent("statements").template("none_on", req.script, name=who, topic=topic.name(req.script))
            return Composed(none_on, False)
    return Composed(req.t() + "\n" + bullets(st.sentence for st in said), True, evidence_of(st.sentence for st in said))
