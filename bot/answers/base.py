"""What every composer shares: the request, the result, the registry and small helpers.

A composer receives the typed question (bot/understanding/question.py), the meeting's facts
and the knowledge; it never reads the question's text. It returns the text in Simplified
Chinese or English (Traditional is converted by the engine), whether the report holds the
answer, and the sentences it rests on. Facts are quoted as the report words them; nothing is
written for one question. Fixed words and phrasings come from intents/*.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import NamedTuple

from .. import pinyin
from ..dates import Date, Kind
from ..facts import Facts, Person
from ..figures import Figure
from ..genre import Genre, own_province
from ..intents import Intent, Knowledge
from ..models import Sentence
from ..names import written_short
from ..scripts import EN, HAN_CLASS, has_han, is_han
from ..understanding import Question, Slots
from ..understanding.question import FIGURE_CONCEPT, SAYS

MAX_QUOTED = 4  # sentences quoted for a topic or a person's words


@dataclass(frozen=True)
class Composed:
    text: str
    answered: bool
    evidence: tuple[Sentence, ...] = ()
    person: str | None = None
    intent: str | None = None  # set when the answer is another intent's (for /why, follow-ups)
    absent: str | None = None  # the word a refusal says the report does not mention
    final: bool = False  # a refusal that knows exactly what the report lacks (no year, no names …)
    settled: bool = False  # a refusal no other path may override (the report lacks the very thing counted), told with what it covers
    denies: bool = False  # a no to a yes/no, with what the report says instead (不是。主持人是某某)


@dataclass(frozen=True)
class Request:
    """Everything a composer may read."""

    question: Question
    intent: Intent | None  # None for the reading path, which answers without an intent
    facts: Facts
    knowledge: Knowledge
    genre: Genre
    script: str

    @property
    def slots(self) -> Slots:
        return self.question.slots

    def t(self, key: str | None = None, **values: object) -> str:
        """One of the intent's reply templates, filled in."""
        assert self.intent is not None, "the reading path has no intent templates"
        return self.intent.template(key, self.script, **values)

    def msg(self, key: str, **values: object) -> str:
        """One of the bot's fixed sentences (intents/messages.yaml), filled in."""
        return self.knowledge.message(key, self.script, **values)

    @property
    def en(self) -> bool:
        return self.script == EN

    def join(self, items: Iterable[str], pair: bool = False) -> str:
        """Items joined as the reply's language lists them ('、' or ', '; '并' for a pair of actions)."""
        items = list(items)
        key = "pair_sep" if pair and len(items) == 2 else "list_sep"
        return self.msg(key).join(items)


Composer = Callable[[Request], Composed]


COMPOSERS: dict[str, Composer] = {}


def composer(kind: str) -> Callable[[Composer], Composer]:
    def register(fn: Composer) -> Composer:
        COMPOSERS[kind] = fn
        return fn

    return register


def evidence_of(*groups: Iterable[Sentence]) -> tuple[Sentence, ...]:
    seen: dict[tuple[int, int], Sentence] = {}
    for group in groups:
        for s in group:
            seen.setdefault((s.paragraph, s.index), s)
    return tuple(sorted(seen.values(), key=lambda s: (s.paragraph, s.index)))


REST_COUNT_REACH = 6  # characters after a word of the rest within which its count stands (其余3条, 另1条)


def remainder_clause(genre: Genre, text: str) -> str:
    """The clause of a sentence that tells of the part of a count left over ('…已办结8条，另1条涉及跨省迁移企业的欠税清缴'):
    one after a clause with a count, holding a word of the rest (genre remainder_marks); "" when there is none."""
    clauses = [c for c in re.split("[，,；;]", text) if c]
    rest = lambda c: any(c.startswith(w) and genre.counts_in(c[len(w) : len(w) + REST_COUNT_REACH]) for w in genre.remainder_marks)  # noqa: E731
    return next((c for before, c in zip(clauses, clauses[1:], strict=False) if genre.counts_in(before) and rest(c)), "")


def lists(req: Request, text: str) -> bool:
    """A sentence that lists things (A、B、C; 一是…二是), not only counts of them (先进集体20个、先进个人50名)."""
    pieces = text.split("、")
    listed = len(pieces) > 1 and not all(req.genre.counts_in(p) for p in pieces[:-1])
    return listed or bool(req.genre.enumeration.search(text) or req.genre.ordinal_enumeration.search(text))


def leaves_part(req: Request, text: str) -> bool:
    """A yes/no on all of something (facet every) of a sentence that leaves part of it undone: a clause with two counts
    of a unit, the second the smaller ('收集的9条问题已办结8条'), or a clause of the rest after a count ('8条已当场答复，
    其余3条…')."""
    if not (req.question.yes_no and req.question.has("every")):
        return False
    for clause in re.split("[，,；;]", text):  # ('收集的9条问题已办结8条': the smaller count after a word of doing, not a breakdown)
        counts = req.genre.counts_in(clause)
        for first, later in zip(counts, counts[1:], strict=False):
            a, b = req.genre.figure(first), req.genre.figure(later)
            between = clause[clause.find(first) : clause.find(later)]
            if a.unit and a.unit == b.unit and None not in (a.value, b.value) and b.value < a.value and any(w in between for w in req.genre.done_marks):
                return True
    return bool(remainder_clause(req.genre, text))


def bullets(sentences: Iterable[Sentence | str]) -> str:
    """Quoted sentences, one per line."""
    return "\n".join("· " + (s if isinstance(s, str) else s.text) for s in sentences)


def pinyin_of(req: Request, name: str, person: bool = True) -> str:
    """'王伟中' -> 'Wang Weizhong', '广州' -> 'Guangzhou'; '' when unknown."""
    parts = pinyin.syllables(name)
    if not parts or len(name) > 4:
        return ""
    if person and len(parts) >= 2:
        split = 2 if len(parts) > 2 and name[:2] in req.genre.compound_surnames else 1
        family = req.genre.surname_readings.get(name[:split]) or "".join(parts[:split])  # (乐正: Yuezheng)
        return family.title() + " " + "".join(parts[split:]).title()
    return "".join(parts).title()


def romanize(req: Request, name: str, title: str = "", person: bool = True) -> str:
    """A name for an English reply: '王伟中 (Wang Weizhong, 省长)'."""
    extra = ", ".join(x for x in (pinyin_of(req, name, person), title) if x)
    return f"{name} ({extra})" if extra else name


def name_with_title(req: Request, person: Person) -> str:
    """'省长王伟中', or in English '王伟中 (Wang Weizhong, 省长)'."""
    return romanize(req, person.name, person.title) if req.en else f"{person.title}{person.name}"


def action_text(req: Request, person: Person, quoted: bool = False) -> str:
    """What the person did at the meeting; in English with the report's word after each when
    `quoted` ('spoke (讲话)')."""
    if req.en:
        names = req.knowledge.lexicon.actions_en
        return ", ".join((f"{names[a]} ({a})" if quoted else names[a]) if a in names else a for a in person.actions)
    return req.join(person.actions, pair=True)


def person_line(req: Request, person: Person) -> str:
    acts = action_text(req, person)
    if req.en:
        title = f" — {person.title}" if person.title else ""  # (no title written: none shown)
        return f"· {romanize(req, person.name)}{title}" + (f" ({acts})" if acts else "")
    return f"· {person.title}{person.name}" + (f"（{acts}）" if acts else "")


def asked_name(req: Request) -> tuple[str | None, bool]:
    """The person a question is about: a known name, else the word it names (maybe unknown)."""
    slots, q = req.slots, req.question
    if slots.person:
        return slots.person, True
    words = tuple(w for w in slots.name_words if not is_body(req, w))  # (巴士公司: a body)
    named = [w for w in words if req.facts.person(w) or req.facts.mention(w)]  # (督查组 of "县委书记对督查组…": no one)
    if not named and slots.role:  # "省长说了什么？", "Did the governor say AI…?": the one person holding the role
        holders = role_holders(req, slots.role)
        if len(holders) > 1:  # "茶叶这块院士咋说的": of two 院士, the one whose words hold what is asked
            asked = [w for w in slots.known_words if len(w) >= 2]
            holders = [h for h in holders if asked and any(w in st.text for st in req.facts.said_by(h) for w in asked)] or holders
        holders = holders or mentioned_holders(req, slots.role)  # "Did the MP…himself?": one named in passing, away
        if len(holders) == 1:
            return holders[0], True
    if not words and q.en and q.yes_no and slots.unknown_words:
        # "Did Xi Jinping attend?": the capitalised words after the first
        return (slots.english_names[0] if slots.english_names else " ".join(slots.unknown_words)), False
    return (words[0] if words else None), False


def is_body(req: Request, word: str) -> bool:
    """A word of the question that names a body, not a person: it ends with a kind of body of two
    characters or more (巴士公司, 某某集团; not 张志会, whose 会 is a name's)."""
    return any(word.endswith(k) and len(word) > len(k) for k in req.genre.organization_suffixes if len(k) >= 2)


def each_person(req: Request, compose_one: Callable[[Request], Composed]) -> Composed:
    """The same question about every person it names, one answer after the other."""
    parts = []
    for name in req.slots.people:
        slots = replace(req.slots, person=name, people=(name,))
        parts.append(compose_one(replace(req, question=replace(req.question, slots=slots))))
    return Composed(
        "\n".join(p.text for p in parts),
        any(p.answered for p in parts),
        evidence_of(*(p.evidence for p in parts)),
    )


def verdict(req: Request, yes: bool, text: str) -> str:
    """A yes/no answer: the intent's 是的/不是 (Yes/No) before the facts that decide it."""
    return req.t("check_yes" if yes else "check_no") + text


def unwritten(words: Iterable[str], msg: Callable[..., str]) -> str:
    """'报道没有提到“A”、“B”。' (msg: a request's or the knowledge's message in the asker's script)"""
    return msg("not_mentioned", word=("”" + msg("list_sep") + "“").join(words))


def not_mentioned(req: Request, word: str) -> Composed:
    return Composed(req.msg("not_mentioned", word=word), False, absent=word)


def check_person(req: Request, wanted: Callable[[Person], bool], heading: str) -> Composed | None:
    """Yes/no about a person ("王伟中参加了吗？"): None when the question names nobody."""
    name, known = asked_name(req)
    slots = req.slots
    role = slots.role
    asked_here = role and not slots.pronoun  # (not one a 他 of the conversation carries)
    if name is None and req.question.yes_no and asked_here and not role_holders(req, role) and not mentioned_holders(req, role):
        did = [p for p in req.facts.people if wanted(p)]  # "是市长主持的吗？" of a report with no 市长: the one who did
        return Composed(req.msg("no") + heading + "\n" + "\n".join(person_line(req, p) for p in did), True, evidence_of(*(p.evidence for p in did)))
    if name is None or not (req.question.yes_no or slots.named_person):
        return None
    person = req.facts.person(name) if known else None
    byline = (getattr(req.facts.article, "byline", None) or "").replace(" ", "")
    if person is None and name in byline:  # "柯蓝参加发布会了吗？" — the reporter who wrote it
        return Composed(req.msg("reporter", name=name, byline=byline), True)
    if person is None:
        return not_participant(req, name)
    line = person_line(req, person).lstrip("· ")
    if wanted(person):
        return Composed(req.t("check_yes") + line + req.msg("full_stop"), True, person.evidence, person.name)
    did = [p for p in req.facts.people if wanted(p)]  # (the heading names who did: their sentences too, 市委书记某某主持)
    evidence = evidence_of(*(p.evidence for p in did), person.evidence)
    return Composed(req.msg("no") + heading + "\n" + line, True, evidence, person.name, denies=True)


def not_participant(req: Request, name: str) -> Composed:
    """Someone the report does not list at the meeting: only mentioned ('传达了陶维新的讲话精神'),
    struck out by a sidecar, named but not found among the participants, or never named."""
    mention = req.facts.mention(name)
    absent = [s for s in mention.evidence if req.genre.negated_action.search(s.text) or req.genre.absence.search(s.text)] if mention else []
    if absent:  # '原定出席的某某因另有公务未能到会': the report says no (and what it goes on to say of them: '他在书面意见中建议…')
        absent = [*absent, *_told_on(req, absent[-1])]
        key = "said_absent_asked" if req.question.yes_no and req.question.has("absent") else "said_absent"  # (是不是没来: yes)
        key = "said_absent_who" if req.question.kind == "who" and not req.question.yes_no else key  # (物业经理是谁: him, away)
        return Composed(req.msg(key, name=name) + "\n" + bullets(absent), True, tuple(absent), name, final=True)
    relayed = [s for s in mention.evidence if any(w in s.text for w in req.genre.relay_before)] if mention else []
    if relayed:  # '会议传达学习了省长某某…的讲话精神': not there, and the report says what was (and who spoke, if asked)
        spoke = req.msg("who_spoke", names=req.join(list(req.facts.speakers))) if _asks_speaking(req) and req.facts.speakers else ""
        text = req.msg("relayed_only", name=name) + "\n" + bullets(relayed) + (f"\n{spoke}" if spoke else "")
        return Composed(text, True, tuple(relayed), name, final=True)
    if mention is not None:  # the report does not say so, and says what it does of them: an answer
        text = req.msg("mentioned_not_present", name=name) + "\n" + bullets(mention.evidence)
        return Composed(text, True, mention.evidence, name, final=True)
    if name in req.facts.removed:
        return Composed(req.msg("mentioned_not_present", name=name), False, final=True)
    written = None if has_han(name) else pinyin.spelt_in(req.facts.article.text, name)  # Xi Jinping: 习近平
    if written:  # named in passing, not at the meeting: what the report says of them
        said = [s for s in req.facts.article.sentences if written in s.text][:2]
        return Composed(req.msg("mentioned_not_present", name=name) + "\n" + bullets(said), True, tuple(said), final=True)
    if name in req.facts.article.text or not has_han(name):
        return Composed(req.msg("mentioned_not_present", name=name), False)
    return not_mentioned(req, name)


def _told_on(req: Request, sentence: Sentence) -> list[Sentence]:
    """The sentence right after one, in its paragraph, when it opens with a pronoun for the one it told of."""
    pronouns = tuple(p for p in req.knowledge.lexicon.pronouns if has_han(p) and len(p) == 1)
    after = [s for s in req.facts.article.sentences if s.paragraph == sentence.paragraph and s.index == sentence.index + 1]
    return [s for s in after if s.text.startswith(pronouns)]


def _asks_speaking(req: Request) -> bool:
    """The question asks whether someone spoke (讲话了吧, 发言了吗)."""
    return req.question.yes_no and any(v in req.genre.speaking_actions for v in req.question.verbs)


def _holds_title(req: Request, r: str, wanted: str, addressed: bool = False) -> bool:
    """A role is the title wanted: exactly, or as the title it ends with (not 副市长 for 市长); one `addressed` by family name
    and title (纪教授 of 副教授蓟雅文) by the title without its rank, as people do."""
    if r == wanted:
        return True
    if not r.endswith(wanted):
        return False
    own = next((t for t in req.genre.titles if r.endswith(t)), "")  # 副局长 is no 局长 (a rank before it),
    # but 市人大代表 is a 代表 and 常务副市长 a 副市长
    ranks = tuple(req.genre.rank_prefixes)
    if not addressed and len(own) <= len(wanted) and r[: -len(wanted)].endswith(ranks) and not wanted.startswith(ranks):
        return False  # (律政司副司长, its 副司长 no title of the genre's: no 司长 either)
    return len(own) <= len(wanted) or not any(rank in own[: -len(wanted)] for rank in ranks)


def role_holders(req: Request, role: str) -> list[str]:
    """People holding `role`: exactly, or as the title their role ends with (not 副市长 for 市长)."""
    facts, titles = req.facts, req.genre.titles
    holds = lambda r, wanted: _holds_title(req, r, wanted)  # noqa: E731
    found = [p.name for p in facts.people if any(holds(r, role) for r in p.roles)]
    # of those, not one who held it in another term where others hold it now ('第二届理事会会长' beside a new 会长); but
    # that one when the question asks for the term before ("上一届会长是谁")
    termed = lambda n: any(holds(r, role) and req.genre.term_label.search(r) for r in facts.person(n).roles)  # type: ignore[union-attr]  # noqa: E731
    before = [n for n in found if termed(n)] if req.question.has("previous_term") else []
    now = [n for n in found if any(holds(r, role) and not req.genre.term_label.search(r) for r in facts.person(n).roles)]  # type: ignore[union-attr]
    found = before or now or found
    for alias in () if found else req.genre.title_aliases.get(role, ()):  # 副总: a 副总经理
        found += [p.name for p in facts.people if any(holds(r, alias) for r in p.roles) and p.name not in found]
    title = _title_of(req, role)
    if found or not title or title == role:
        return found
    level = leader_level(req, role)
    if level:  # "哪位市领导": whoever holds a post of the 市 (市委书记)
        return [p.name for p in facts.people if any(r.startswith(level) and r.endswith(titles) for r in p.roles)]
    # '促进会秘书长': a bare 秘书长 listed in a sentence that names 促进会 (never 省政协副主席
    # for 省政府副主席: a role that carries its own body does not take another)
    qualifier = role[: -len(title)]
    if qualifier in req.genre.surnames or qualifier in req.genre.compound_surnames:  # 郁书记, 乐正院士: the 书记 named 郁 (李局长 is not 傅南星, 投资促进局局长)
        holds = lambda r, wanted: _holds_title(req, r, wanted, addressed=True)  # noqa: E731
        named = [p.name for p in facts.people if p.name.startswith(qualifier) and any(holds(r, title) for r in p.roles)]
        # (纪教授 of the report's 副教授蓟雅文: a family name misremembered by its sound, where no one has it)
        said = pinyin.sounds(qualifier)
        named = named or [p.name for p in facts.people if pinyin.sounds(p.name[: len(qualifier)]) & said and any(holds(r, title) for r in p.roles)]
        # (蒯主任 of 办事处副主任蒯立新: a deputy addressed by the title without its rank, as people do)
        named = named or [p.name for p in facts.people if p.name.startswith(qualifier) and any(r.endswith(title) for r in p.roles)]
        return named or _bearer_of_body(req, qualifier)
    body, family = qualifier[:-1], qualifier[-1:]
    if body and family in req.genre.surnames:  # '住建局禚局长': the 局长 named 禚 whose post names 住建局, also one who did not come
        named = [p.name for p in (*facts.people, *facts.mentioned)
                 if p.name.startswith(family) and any(holds(r, title) and _of_body(req, body, r, title) for r in p.roles)]
        named = named or _bearer_of_body(req, family, (body,))  # (水利局羿科长 of 水利局正工程司羿建宏)
        if named:  # (not 区 of '青溪社区书记', a body's last character that is also a family name)
            return named
    # (or the body of the title written before it: '市人大常委会党组书记、主任' is the 人大's 主任)
    found = [p.name for p in facts.people if title in p.roles and any(qualifier in t for t in (*p.roles, *(s.text for s in p.evidence)))]
    # '热力集团总经理': the report's 岑阳热力集团有限公司总经理, its body said short (its characters, in order);
    # '社区书记': the report's 青石社区党委书记, the body's kind right before its own longer title (党委书记)
    return found or [p.name for p in facts.people if any(holds(r, title) and _of_body(req, qualifier, r, title) for r in p.roles)]


def _bearer_of_body(req: Request, family: str, bodies: tuple[str, ...] = ()) -> list[str]:
    """"水利局那位羿科长": the report's only one of that family name, where the body the question names stands in their
    post (水利局正工程司羿建宏: the family name and body remembered, the title not); never one whose post names no body
    asked ("王局长说了什么" is no villager 王某)."""
    bodies = bodies or tuple(w for w in req.slots.known_words if w.endswith(req.genre.organization_suffixes) and len(w) >= 2)
    bearers = [p for p in (*req.facts.people, *req.facts.mentioned) if p.name.startswith(family)]
    if len(bearers) != 1 or not req.facts.person(bearers[0].name):
        return []
    return [bearers[0].name] if any(b in r for b in bodies for r in bearers[0].roles) else []


def named_where_asked(people: list[Person], levels: Iterable[list[str]], words: list[str]) -> list[Person]:
    """Of several people, those named in the part of a text that holds most of the question's words: the parts of each
    level in turn (clauses, then items cut at ；), the first level where some part holds any ("…所作的关于…财政决算的
    报告": that one's reporter; '…荣获…师铎奖，分别是A、B；杏坛芬芳奖由C获得': the winners of the award asked); else none."""
    for parts in levels:
        held = {p.name: max((sum(w in c for w in words) for c in parts if p.name in c), default=0) for p in people}
        most = max(held.values(), default=0)
        if most:
            return [p for p in people if held[p.name] == most]
    return []


def leader_level(req: Request, role: str) -> str:
    """The level a word for its leaders names (市 of 市领导, 县 of 县领导同志); empty for any other role."""
    word = next((w for w in req.genre.leader_words if role.endswith(w)), "")
    return role[: -len(word)] if word and len(role) > len(word) else ""


def _of_body(req: Request, qualifier: str, role: str, title: str) -> bool:
    """The role's body is the one asked: said short (in_order), or its own end; or the body it is a unit of, said short
    up to the asked kind ('企发局司长' of 企业发展局中小企业司司长: the 局 whose 司 it is)."""
    own = max((t for t in req.genre.titles if role.endswith(t)), key=len, default=title)
    body = role[: -len(title)]
    outer = (body[: i + 1] for i, ch in enumerate(body[:-1]) if ch == qualifier[-1:])
    return in_order(qualifier, body) or (len(qualifier) >= 2 and (role[: -len(own)].endswith(qualifier) or body.startswith(qualifier))) \
        or any(in_order(qualifier, b) for b in outer)


def item_of_total(req: Request, text: str, word: str, clause: str | None = None) -> bool:
    """The word is one item of a list ('A、B、C等') in the text, and the clause (else the text) gives a total
    (总投资, 合计): '涉及托育养老、教育扩容…等领域，计划总投资52.3亿元' gives no sum for 托育."""
    if not any(t in (text if clause is None else clause) for t in req.genre.total_words):
        return False
    return any(word in m.group() for m in req.genre.enumeration.finditer(text))


def of_kind(req: Request, asked: str, body: str) -> bool:
    """A body asked by its kind (物业公司: a company of 物业) that the report names in full (恒栎物业, 漪州恒栎物业服务有限公司):
    the words before the kind stand in its name."""
    kind = next((k for k in req.genre.organization_suffixes if asked.endswith(k) and len(asked) - len(k) >= 2), "")
    return bool(kind) and asked[: -len(kind)] in body


def in_order(short: str, full: str) -> bool:
    """A body said short, its first two characters together (热力集团 of 岑阳热力集团有限公司), or each of its
    words by its first character with the body's kind last (文旅厅 of 省文化和旅游厅)."""
    return written_short(short, full, short[:2]) or (len(short) >= 3 and full.endswith(short[-1]) and written_short(short, full, short[-1]))


def verb_text(req: Request, verb: str) -> str:
    return req.knowledge.lexicon.verbs_en.get(verb, "said") if req.en else verb


def han_terms(terms: Iterable[str]) -> list[str]:
    """The Chinese words among `terms` (English ones never match a report's text)."""
    return [t for t in terms if t and has_han(t)]


Holds = Callable[[str, str], bool]  # (text, term) -> whether the text holds the term


def _plain_holds(text: str, term: str) -> bool:
    return term in text


def whole_terms(req: Request) -> Holds:
    """A term held as a whole: asked about 营商环境, 环境 of 生态环境 is no hit (Genre.holds_term)."""
    asked = (*req.slots.topic_terms, *req.slots.known_words, *req.question.terms)
    return lambda text, term: req.genre.holds_term(text, term, asked)


def rank(
    sentences: Iterable[Sentence], terms: Iterable[str], extra: Iterable[str] = (), holds: Holds = _plain_holds
) -> list[Sentence]:
    """Sentences holding any of `terms`, best first (more and longer terms), ties in article order."""
    terms, extra = list(terms), list(extra)
    scored = [(score(s, terms, extra, holds), s) for s in sentences if any(t and holds(s.text, t) for t in terms)]
    scored.sort(key=lambda e: (-e[0], e[1].paragraph, e[1].index))
    return [s for _, s in scored]


def score(sentence: Sentence, terms: Iterable[str], extra: Iterable[str] = (), holds: Holds = _plain_holds) -> int:
    """Characters of `terms` found in the sentence, words of the question itself counting double."""
    hits = sum(len(t) for t in dict.fromkeys(terms) if t and holds(sentence.text, t))
    return hits + 2 * sum(len(t) for t in dict.fromkeys(extra) if t and holds(sentence.text, t))


def _title_of(req: Request, role: str) -> str:
    """The title a role ends with; of a role that is a title of the genre's itself (物业经理), the shorter one it ends with
    (经理), so that its body reads the report's longer one (物业服务中心经理)."""
    ends = [t for t in req.genre.titles if role.endswith(t)]
    title = next(iter(ends), "")
    if title != role:
        return title
    # (a body of two characters or more before it, not a rank, that a longer post of the report begins with: 物业 of its
    # 物业服务中心经理; 副省长 and 署理会长 stay one title)
    roles = [r for p in (*req.facts.people, *req.facts.mentioned) for r in p.roles]
    bodied = [
        t for t in ends if len(role) - len(t) >= 2 and not role.startswith(tuple(req.genre.rank_prefixes))
        and any(r.startswith(role[: -len(t)]) and r.endswith(t) and len(r) > len(role) for r in roles)
    ]
    return min(bodied, key=len, default=title)


def role_forms(req: Request, role: str) -> list[str]:
    """A role as asked and with its title said in full (物业公司老总: 物业公司总经理, 物业公司董事长…; genre title_aliases)."""
    aliases = req.genre.title_aliases.items()
    return [role, *(role[: -len(short)] + full for short, fulls in aliases if role.endswith(short) and role != short for full in fulls)]


def mentioned_holders(req: Request, role: str) -> list[str]:
    """Those named in passing (not at the meeting) who hold `role` or it said in full (物业公司老总): see _mentioned_holding."""
    return next((found for form in role_forms(req, role) if (found := _mentioned_holding(req, form))), [])


def _mentioned_holding(req: Request, role: str) -> list[str]:
    """Those named in passing who hold `role`: by its end, or its body said short (澄江化工董事长 of 澄江化工集团董事长)
    or by its kind (物业公司总经理 of 恒栎物业总经理)."""
    title = _title_of(req, role)
    qualifier = role[: -len(title)] if title else ""

    level = leader_level(req, role)

    def holds(r: str) -> bool:
        if level:  # 市领导: any post of the 市 (市委书记、市第一总河长)
            return r.startswith(level) and r.endswith(req.genre.titles)
        body = r[: -len(title)] if title and r.endswith(title) else None
        return r.endswith(role) or role.endswith(r) or bool(qualifier and body is not None and (
            in_order(qualifier, body) or of_kind(req, qualifier, body) or len(qualifier) >= 2 and body.startswith(qualifier)))  # (物业经理: 物业服务中心经理)

    found = [m.name for m in req.facts.mentioned if any(holds(r) for r in m.roles)]
    if found or qualifier not in (*req.genre.surnames, *req.genre.compound_surnames) or not qualifier:
        return found  # (逯议员: the 议员 named 逯, 市议员逯某, who did not come)
    return [m.name for m in req.facts.mentioned if m.name.startswith(qualifier) and any(r.endswith(title) for r in m.roles)]


def rare_acts(req: Request) -> list[str]:
    """The question's verbs of acts few did (签约, 授牌, 作工作报告): not 主持, 讲话, 出席 nor a verb of saying,
    whose intents check them, premises and all."""
    genre = req.genre
    usual = {genre.chair_action, *genre.speaking_actions, *genre.attendance_actions, *genre.statement_verbs,
             *req.knowledge.lexicon.plain_say_verbs}
    return [v for v in req.question.verbs if has_han(v) and v not in usual]


def by_act(req: Request, people: list[Person]) -> list[Person]:
    """Those of the people whose recorded acts hold the one asked ("谁签的约": 签约, not 见证签约), else all of them."""
    acts = rare_acts(req)
    return [p for p in people if any(v in p.actions for v in acts)] or people


def givers(req: Request, people: list[Person]) -> list[Person]:
    """Of the people, those not given the award a question of giving asks about ("谁颁的奖": not 笪某, 受奖)."""
    q = req.question
    if not any(g in v for v in (*q.verbs, *(q.glossary if q.en else ())) for g in req.genre.award_giving):
        return people
    return [p for p in people if req.genre.award_action not in p.actions]


def act_check(req: Request) -> Composed | None:
    """A yes/no on whether someone did an act the roster records ("是亓晓岚签的约吗？": 签约, not 见证签约, which
    others did): yes when everyone asked did it, else no; and who did, whatever intent the question was read as."""
    q, people = req.question, req.slots.people or ((req.slots.person,) if req.slots.person else ())
    if q.yes_no and not people and req.slots.role and q.verbs and not role_holders(req, req.slots.role):
        away = mentioned_holders(req, req.slots.role)  # "听说澄江化工的董事长亲自上台领了奖？": he was not there
        return not_participant(req, away[0]) if len(away) == 1 else None
    people = tuple(n for n in people if n not in req.slots.recipients)  # (禤静宜为逄嘉禾授牌了吗: 逄嘉禾 received it)
    if not (q.yes_no and people):
        return None
    acts = rare_acts(req)
    doers = [p for p in req.facts.people if any(v in p.actions for v in acts)]
    if not doers or any(req.facts.person(n) is None for n in people):
        return None
    held = all(any(p.name == n for p in doers) for n in people)
    head = req.msg("yes" if held else "no").strip()
    lines = [person_line(req, p) for p in doers]
    person = doers[0].name if len(doers) == 1 else None
    return Composed(head + "\n" + "\n".join(lines), True, evidence_of(*(p.evidence for p in doers)), person, final=True)


RARE_PAIR = 3  # sentences a character pair may stand in and still tie a complaint to its answer
SHARED_PAIRS = 2  # character pairs a complaint and its answer must share (血透, 透室: '…血透室周末…' and '血透室将于…')
ABOUT_PEOPLE = ("statements", "attendees", "speakers", "person_role", "role_holder", "who_did", "figures")
NOT_RESPONDED = (*ABOUT_PEOPLE, "next_steps")  # answers no reply the report records is added to


def responded(req: Request, composed: Composed) -> Composed:
    """An answer that quotes a complaint or request raised ('某某说…他希望血透室周末也能安排班次') gets the answer the report
    gives it later ('…护士长某某答复，血透室将于11月中旬起试行周六上午班次'): the later sentence that opens with a word of
    answering and shares most character pairs with it. Not where the question asks who, or what someone said."""
    q, genre = req.question, req.genre
    if not composed.answered or not composed.evidence or q.kind == "who" or req.intent and req.intent.answer in NOT_RESPONDED \
            or composed.intent in ABOUT_PEOPLE:  # (nor what comes next: '他要求…对乡贤们提出的意见建议…' is no complaint)
        return composed
    answers = {st.sentence for st in req.facts.statements if st.verb in genre.answering_verbs}  # ('某某当场回应：…': an answer)
    said = {st.sentence for st in req.facts.statements}  # (someone's words; not a lead's '就…等涉税问题召开…')
    sentences, quoted, added = req.facts.article.sentences, set(composed.evidence), []
    opens = lambda s: any(v in _opening(s.text) for v in genre.answering_verbs)  # noqa: E731 ('某某答复，…')
    answering = lambda s: opens(s) or any(v in _opening(_unset(req, s.text)) for v in genre.answering_verbs)  # noqa: E731 ('针对…，某某回应，…')
    for raised in composed.evidence:
        if raised not in said or raised in answers or opens(raised) or not any(v in raised.text for v in genre.raising_verbs):
            continue
        words = _said_part(req, raised.text)  # (not the speaker's own words, 第三村民小组组长, which the answer need not share)
        pairs = {words[i : i + 2] for i in range(len(words) - 1) if is_han(words[i : i + 2])}
        pairs = {p for p in pairs if sum(p in s.text for s in sentences) <= RARE_PAIR}  # (血透, not 学校 of a school's report)
        codes = set(_CODED.findall(raised.text))  # (N27 of '某议员反对取消N27线' in '…N27线平均载客率只有约18%': as sure as pairs)
        shares = lambda s, pairs=pairs, codes=codes: sum(p in s.text for p in pairs) + SHARED_PAIRS * any(c in s.text for c in codes)  # noqa: E731
        later = [(shares(s), s) for s in sentences[sentences.index(raised) + 1 :] if s not in quoted and answering(s)]
        best = max(later, key=lambda e: e[0], default=(0, None))
        nearest = _replied_next(req, raised, quoted)  # (the next speaker's words, right after, where they share enough pairs)
        shared = shares(nearest) if nearest is not None else 0  # (right after the question: one pair will do)
        best = (max(shared, SHARED_PAIRS), nearest) if shared and (shared >= SHARED_PAIRS or shared >= best[0]) else best
        if best[1] is not None and best[0] >= SHARED_PAIRS:
            added.append(best[1])
            quoted.add(best[1])  # (…and a second answer to another part of it: '木结构老房…消防验收…' and '…没有拿到许可证')
            rest = {p for p in pairs if p not in best[1].text}  # (pairs of another part of it, which the first answer does not hold)
            second = max(((sum(p in s.text for p in rest), s) for _, s in later if s not in quoted), key=lambda e: e[0], default=None)
            if second is not None and second[0] > SHARED_PAIRS:
                added.append(second[1])
                quoted.add(second[1])
    if not added:
        return composed
    text = composed.text  # (a yes of the complaint is no yes of what was asked: the answer may have settled it, '…起可在院内一次办结')
    text = req.msg("reading_says") + text[len(req.msg("reading_yes")) :] if text.startswith(req.msg("reading_yes")) else text
    return replace(composed, text=text + "\n" + req.msg("answered_after") + "\n" + bullets(added), evidence=(*composed.evidence, *added))


_CODED = re.compile(r"[A-Za-z]+\d+[A-Za-z0-9]*|\d+[A-Za-z]+")  # a route or a model named by letters and figures (N27, 88R)


def _replied_next(req: Request, raised: Sentence, quoted: set[Sentence]) -> Sentence | None:
    """A question someone put ('覃某追问，若中央补助没有核定怎么办？', '某某提问，…希望放宽…门槛。') and the next sentence of its paragraph, where another
    takes the word ('羿某说，若补助未获核定，市府将先以自筹款…') and raises nothing of their own: the reply, whatever verb it opens
    with, where it shares as many of the question's character pairs as a reply must (before a later sentence of answering)."""
    sentences = req.facts.article.sentences
    at = sentences.index(raised)
    after = sentences[at + 1] if at + 1 < len(sentences) else None
    asked = raised.text.rstrip().endswith(("？", "?")) or _opening(raised.text).endswith(req.knowledge.lexicon.question_verbs) \
        or any(c in _said_part(req, raised.text) for c in req.knowledge.lexicon.asking_characters)  # ('某某提出，…拖欠租金怎么办。': asked)
    if not asked or after is None or after in quoted or after.paragraph != raised.paragraph:  # (…or told: '某某提问，…希望放宽…')
        return None
    opening = _opening(after.text)
    names = [p.name for p in req.facts.people if p.name in opening]
    if not names or any(n in _opening(raised.text) for n in names) or not any(v in opening for v in req.genre.statement_verbs):
        return None
    if any(v in after.text for v in req.genre.raising_verbs):
        return None  # (another resident's complaint after the question, '…希望增设临时停车位': no reply)
    return after


def _unset(req: Request, text: str) -> str:
    """A sentence without the setting clause it opens with ('针对大家反映的问题，某某回应，…'): from its speaker on."""
    setting, comma, rest = text.partition("，")
    return rest if comma and setting.startswith(req.genre.setting_openers) else text


def _said_part(req: Request, text: str) -> str:
    """What follows a sentence's opening (its speaker and verb): the words said ('她建议县里加快…', no comma: after the verb)."""
    opening = _opening(text)
    if opening != text:
        return text[len(opening) :]
    at = min((i + len(v) for v in req.genre.statement_verbs if (i := text.find(v)) >= 0), default=0)
    return text[at:]


def _opening(text: str) -> str:
    """A sentence's first clause (up to its first comma or colon): where its speaker and verb stand."""
    return re.split("[，,：:]", text, maxsplit=1)[0]


def unintended(req: Request) -> Composed | None:
    """A question no intent took: an act checked, a deputy where the title was asked, who a name is, or what the person
    named said of the words asked."""
    return act_check(req) or deputy_instead(req) or which_named(req) or _said_of(req)


def _said_of(req: Request) -> Composed | None:
    """"钟启明说路灯咋办": a person named with a verb of saying and words of the report, which no intent took: their words
    that hold every word asked, where they have such."""
    name, words = req.slots.named_person, [w for w in req.slots.known_words if has_han(w)]
    if not name or req.facts.person(name) is None or not words or req.question.yes_no or req.question.kind in ("which", "who") \
            or not set(req.question.verbs) & set(req.knowledge.lexicon.plain_say_verbs):
        return None  # (not the meeting's voice, nor "…那到底是哪个县区": which one, not what was said)
    said = [st for st in req.facts.said_by(name) if all(w in st.sentence.text for w in words)]
    if not said:
        return None
    composed = COMPOSERS["statements"](replace(req, intent=req.knowledge.intent("statements")))
    return replace(composed, intent="statements") if composed.answered else None


def compose(req: Request) -> Composed:
    refused = unrecorded_act(req) or act_check(req) or deputy_instead(req)
    if refused:
        return refused
    noted = noted_women(req) or next_after(req)  # "执行主席里边个系女嘅？": the note after a name, whichever intent the list words called
    if noted is not None:
        return noted
    composed = COMPOSERS[req.intent.answer](req)
    if composed.answered and composed.evidence and _count_unanswered(req, composed.evidence):
        return Composed(req.knowledge.intent("figures").template("none", req.script), False)
    note = premise_note(req)
    if not composed.answered and note:  # "鞠文博作的工作报告讲了啥": what the one who gave it said, the premise noted
        composed = _of_the_doer(req, composed)
    if composed.answered:
        verdict_note = figure_verdict(req, composed.evidence)
        if verdict_note.startswith(req.msg("yes_word")) and composed.text.startswith(req.msg("no_word")):
            verdict_note = ""  # ("…42名…这话是某某说的吧": the figure holds, the speaker does not — the no says which)
        yes = req.msg("yes_word") if verdict_note else ""  # (a figure that does not hold: no "是的" after its "不是")
        if verdict_note and not verdict_note.startswith(yes) and composed.text.startswith(yes):
            composed = replace(composed, text=composed.text[len(yes):].lstrip("。，,. "))
        note = verdict_note + note
    named = req.facts.person(req.slots.named_person) if req.slots.named_person else None
    if note and not composed.answered and named and other_doers(req, named):  # (the premise corrected, whatever else is not given)
        return replace(composed, text=note + composed.text, final=True)
    return replace(composed, text=note + composed.text) if note and composed.answered else composed


def _of_the_doer(req: Request, composed: Composed) -> Composed:
    """The answer for the one person who did the act the question gives to another, else the one composed."""
    person = req.facts.person(req.slots.named_person) if req.slots.named_person else None
    found = other_doers(req, person) if person else None
    if not found or len(found[1]) != 1:
        return composed
    doer = found[1][0]
    slots = replace(req.slots, person=doer, people=(doer,), role=None, roles=())
    again = COMPOSERS[req.intent.answer](replace(req, question=replace(req.question, slots=slots)))
    return again if again.answered else composed


def _count_unanswered(req: Request, evidence: Iterable[Sentence]) -> bool:
    """"会上有没有提到明年要达到多少产值？" asks whether the report gives a count: sentences on
    the subject with no figure of that kind do not answer it."""
    q = req.question
    if not q.checks_count:
        return False
    counted = [s for s in evidence if req.genre.counts_in(s.text, req.slots.units)]
    years = [y for y in req.knowledge.lexicon.relative_years if y in q.content]  # 明年's figure, not 去年's
    return not counted or bool(years) and not any(y in s.text for s in counted for y in years)


def figure_verdict(req: Request, sentences: Iterable[Sentence], stated: bool = False) -> str:
    """The verdict's text of `figure_check`."""
    return figure_check(req, sentences, stated)[0]


def figure_check(req: Request, sentences: Iterable[Sentence], stated: bool = False) -> tuple[str, bool]:
    """"是不是签了二十个项目？" against "签约18个项目": '不是，报道写的是18个。' — a yes/no on a
    figure (or, `stated`, a figure a question takes for granted: '报道写的是78%，不是87%。'), checked against the figures of the same unit in the answer's sentences; where the
    word before the asked figure (or after it) stands by some of them, against those only:
    "开工了128个吗" against "计划改造的128个老旧小区已开工121个" is no (121个). With the verdict, whether it is a no."""
    slots = req.slots
    asked = [
        (req.genre.figure(f), words) for f, words in zip(slots.figures, slots.figure_words, strict=False)
        if req.question.yes_no or f in slots.stated  # (stated: not 十家 of "占十家总数的几成", which asks)
    ]
    asked = [(f, words) for f, words in asked if f.value is not None or f.low is not None]
    if not (asked and (req.question.yes_no or stated)):
        return "", False
    texts = [s.text for s in sentences]
    verdicts, taken = [], set()  # (a figure of the report that holds one asked is no other's: 四十七宗, then 十九宗)
    unsettled, held = False, None  # (a figure asked that none of them settles; the first that holds)
    for figure, words in asked:
        checked = _figure_checked(req, texts, figure, words, taken)
        if checked:
            verdicts.append(checked)
            taken |= {figure.text} if checked[0] else set()
            held = held or (figure if checked[0] else None)
        unsettled = unsettled or checked is None
    if req.question.has("either") and len(asked) > 1:  # "是41.37米还是41.9米": the option the report writes
        held = [f for (f, _), checked in zip(asked, (_figure_checked(req, texts, f, w, set()) for f, w in asked), strict=True)
                if checked and checked[0]]
        if len(held) == 1:
            return req.msg("figure_either", figure=held[0].text), False
    # (every figure asked must hold for a yes: "收到四十七宗，其中交通类有二十几宗，是不是？" is no, '十九宗')
    no = next((text for yes, text in verdicts if not yes), None)
    if no is None and verdicts and any(leaves_part(req, t) for t in texts):  # ("23条建议全部办结了吧" of '23条…已办结21条')
        return req.msg("not_all"), True
    if no is None and unsettled and req.question.yes_no and verdicts:  # ("60年地契也是收4500令吉，对不对" of '…60年地契…': the sum
        return (req.msg("figure_either", figure=held.text) if held else ""), False  # asked with it stands in none of them: what it says, no yes)
    if no is not None:
        return no, True
    return ("" if _asked_beside(req) else next((text for _, text in verdicts), "")), False


def _asked_beside(req: Request) -> bool:
    """A yes/no whose last clause asks something of its own the report never writes, the figures standing in the clause
    before ("翠洲花园那两宗入屋盗窃，贼抓到了没有？": the two cases hold, and say nothing of 抓到)."""
    q = req.question
    last = q.asking[-1] if len(q.asking) > 1 else ""
    return bool(last) and not any(f in last for f in req.slots.figures) and any(a in last for a in q.absent)


def _figure_checked(
    req: Request, texts: list[str], figure: Figure, words: tuple[str, str], taken: set[str],
) -> tuple[bool, str] | None:
    """One figure asked, against the same measure's in the texts, but those another figure asked was found as
    (`taken`): (it holds, the verdict's words); None when they settle nothing."""
    before, after = words
    money = req.genre.unit_kinds.get("money", ())  # (8000万欧元, of a report that writes no 欧元: its 8000万美元 says no; not
    plain = money[:1]  # against the plain unit, 30亿元, which 人民币 or 新台币 may be)
    elsewhere = figure.unit in money and figure.unit not in req.facts.article.text and figure.unit not in plain
    named = lambda unit: unit in money and unit not in plain and not req.genre.same_measure(unit, figure.unit)  # noqa: E731
    measure = named if elsewhere else (lambda unit: req.genre.same_measure(unit, figure.unit))  # noqa: E731
    found = [(t, c) for t in texts for c in req.genre.counts_in(t) if measure(req.genre.figure(c).unit)]
    found = [(t, c) for t, c in found if c not in taken] or found
    by_word = [(t, c) for t, c in found if before and stands_before(req, t, before, c)]
    by_word = by_word or [(t, c) for t, c in found if after and t[t.find(c) + len(c) :].startswith(after)]
    if not by_word and _priced_elsewhere(req, texts, before):
        return None  # ("涨到每小时40块了？" of '按月计算…增加208澳门元': a figure of another frame, no verdict)
    # (of several a word stands by — 增长5.9%, 增长7.2% — those whose clause holds the question's words: 工业增加值)
    chosen = _by_clause(req, by_word) if len(by_word) > 1 else [c for _, c in by_word]
    parsed = [req.genre.figure(c) for c in (chosen if by_word and not req.question.has("now") else _by_clause(req, found))]
    if len({f.text for f in parsed}) > 1 and len(by_word) > 1:
        return None  # (增长5.9% and 增长7.2%, neither clause holding more of the question: no verdict either way)
    same_unit = [f for f in parsed if measure(f.unit) and (f.value is not None or f.low is not None)]
    if elsewhere and same_unit and req.question.yes_no:
        return False, req.msg("figure_no", figure=figure.text, written=req.join(dict.fromkeys(f.text for f in same_unit)))
    if any(f.text == figure.text or f.value is not None and figure.value is not None and abs(f.value - figure.value) < 1e-9 for f in same_unit):
        turned = _turned(req, by_word or found, figure, before)
        if turned:  # ("外贸出口增长3.4%，对吧" of '…外贸出口同比下降3.4%': the same figure, the other way)
            return False, req.msg("figure_no" if req.question.yes_no else "figure_stated", figure=figure.text, written=turned)
        return True, "" if not req.question.yes_no else req.msg("figure_yes", figure=figure.text)
    if same_unit and all(figure.differs(f) for f in same_unit):  # (…有87%，这是谁讲的？: stated, not asked)
        key = "figure_no" if req.question.yes_no else "figure_stated"
        return False, req.msg(key, figure=figure.text, written=req.join(dict.fromkeys(f.text for f in same_unit)))
    return None


DIRECTION_REACH = 4  # characters before a figure that say which way it goes (同比下降3.4%)


def _direction(req: Request, before: str) -> str | None:
    """Which way the words right before a figure say it goes (up: 增长, down: 下降), or None."""
    near = before[-DIRECTION_REACH:]
    found = [k for k, words in req.knowledge.lexicon.directions.items() if any(w in near for w in words)]
    return found[0] if len(found) == 1 else None


def _turned(req: Request, found: list[tuple[str, str]], figure: Figure, asked_before: str) -> str:
    """The report's figure, with its word, where the question says it goes one way and the report the other
    ('下降3.4%' of "增长3.4%"); '' where they agree or either says no way."""
    asked = _direction(req, asked_before) if asked_before else None
    for text, count in found if asked else ():
        if req.genre.figure(count).text != figure.text:
            continue
        before = text[: text.find(count)]
        said = _direction(req, before)
        if said and said != asked:
            word = next(w for w in req.knowledge.lexicon.directions[said] if w in before[-DIRECTION_REACH:])
            return word + count
    return ""


def turned_in(req: Request, text: str) -> bool:
    """The text writes a figure the question states going the other way ('…外贸出口同比下降3.4%' of "…增长3.4%，对吧")."""
    return any(
        _turned(req, [(text, c) for c in req.genre.counts_in(text)], req.genre.figure(f), words[0])
        for f, words in zip(req.slots.figures, req.slots.figure_words, strict=False) if words[0]
    )


def of_the_change(req: Request, text: str) -> int:
    """How surely a sentence tells the change made, for "the new figure": 2 a change agreed ('同意将…调升至…'), 1 a change
    asked for or told ('要求一步调升至…'), 0 none or the state as it stands before it (现行, 现时)."""
    lex = req.knowledge.lexicon
    if not any(w in text for w in lex.changed_marks) or any(w in text for w in lex.current_marks):
        return 0
    return 2 if any(w in text for w in lex.agreed_marks) else 1


def per_unit_asked(req: Request) -> str:
    """The unit a yes/no's figure is asked per, as the question writes it before the figure (每小时 of "涨到每小时40块了？"), or ""."""
    return req.slots.per_unit


def prices_per(req: Request, text: str, per: str) -> bool:
    """The text prices the unit asked per (每小时 of "每小时40块"): '每小时37澳门元', or '21.6元/平方米'."""
    unit = next((per[len(m) :] for m in req.genre.per_unit_marks if per.startswith(m)), per)
    return per in text or any(m + unit in text for m in req.genre.per_unit_marks)


def _priced_elsewhere(req: Request, texts: list[str], before: str) -> bool:
    """The figure is asked per unit (每小时 before it) and none of the texts prices that unit: their figures are
    of another frame."""
    per = per_unit_asked(req)
    return bool(per) and per.endswith(before) and not any(prices_per(req, t, per) for t in texts)


RARE_WORD = 2  # sentences at most that write a word of the question which then tells its figure apart


def _by_clause(req: Request, found: list[tuple[str, str]]) -> list[str]:
    """Of figures of one measure, those whose clause holds the most of the question's words
    ('…营业收入21.7亿元，…近1.6亿元应收账款来自国有企业和政府项目' for 被国企和政府项目拖了16亿元: 近1.6亿元)."""
    words = [w for w in req.question.named if has_han(w)]

    def held(text: str, count: str) -> int:
        clause = next((c for c in req.genre.clauses_with_marks(text) if count in c), text)
        return sum(w in clause for w in words)

    now = req.knowledge.lexicon.facets.get("now", ()) if req.question.has("now") else ()
    scores = [held(t, c) + 10 * any(w in next((x for x in req.genre.clauses_with_marks(t) if c in x), "") for w in now) for t, c in found]
    best = max(scores, default=0)  # ("民宿现在有3家吗？": the clause that says 现在, '现在发展到41家', first)
    if not best:  # no clause holds a word asked: a sentence that holds the rare ones ("…答应冷藏库一半的钱由县府出": not
        rare = [w for w in words if 1 <= sum(w in s.text for s in req.facts.article.sentences) <= RARE_WORD]  # the 40% of 农机补助)
        return [c for t, c in found if all(w in t for w in rare)]
    return [c for (_, c), n in zip(found, scores, strict=True) if n == best] if best else [c for _, c in found]


def written_inside(term: str, text: str) -> bool:
    """A word of three or four characters that the text writes with a word inside it before its last character
    (樟潭站: 樟潭水文站; 应届生: 应届毕业生)."""
    if len(term) not in (3, 4) or not is_han(term):
        return False
    return re.search(f"{re.escape(term[:-1])}[{HAN_CLASS}]{{1,2}}{re.escape(term[-1])}", text) is not None


def gives_time(req: Request, text: str) -> bool:
    """The text gives a time: a date, a word such as 年底, 月内, or a time limit (5个工作日内)."""
    return bool(req.genre.dates.find(text, Kind.TIME)) or any(w in text for w in req.knowledge.lexicon.time_words) \
        or bool(req.genre.deadline.search(text))


def asks_it_too(req: Request, sentence: Sentence) -> bool:
    """A who-question whose words the sentence holds in a clause that asks it as well, with a question word of its own
    ("20年后光电板拆除回收由谁负责": '…业者要说清楚…以及20年后光电板拆除回收由谁负责'): the report names no one who does it."""
    q = req.question
    if q.kind != "who" or q.yes_no:
        return False
    words = [t for t in q.terms if has_han(t) and len(t) >= 2]
    asking, everyone = req.knowledge.lexicon.who_askings, [p.name for p in (*req.facts.people, *req.facts.mentioned)]
    return any(sum(w in c for w in words) >= 2 and any(a in c for a in asking) and not any(n in c for n in everyone)
               for c in req.genre.clauses_with_marks(sentence.text))


def other_items(req: Request, chosen: list[Sentence]) -> list[Sentence]:
    """"两个方案里…分别要涨到多少": a sentence chosen opens one labelled item ('方案一：…'); each other item of that label
    the report opens ('方案二：…') is asked too."""
    if not req.question.has("each") or req.question.yes_no:
        return []
    opened = req.genre.item_label  # (genre.yaml: its group 1 the label, 2 the item's number)
    labels = {m.group(1) for s in chosen for m in opened.finditer(s.text)}
    asked = {label for label in labels if any(label in t for t in (*req.question.terms, *req.question.named))}
    return [s for s in req.facts.article.sentences if s not in chosen and any(m.group(1) in asked for m in opened.finditer(s.text))]


def names_meeting_subject(req: Request, words: Iterable[str]) -> bool:
    """Whether one of the words (a word and those that stand for it) is in the meeting's name: what the whole meeting is about
    (供水价格 of 城市供水价格调整听证会, 都市更新 of 都市更新事业计划…公听会)."""
    name = req.facts.meeting.value if req.facts.meeting else ""
    kind = max((k for k in req.genre.meeting_words if name.endswith(k)), key=len, default="")  # (协商会: its kind, no subject)
    name = name[: len(name) - len(kind)]
    return bool(name) and any(len(w) >= 2 and has_han(w) and w in name for w in words)


def scene_word(req: Request, word: str) -> bool:
    """A place the whole report is set in: the start of the meeting's place (澳门 of 澳门某酒店),
    or its city (青禾 of 青禾市乡村振兴工作会议); or the body that held it, which the report
    calls 本会 (同乡 of 澳门某同乡会); or the city of its dateline; or the province it names most (广东 of
    "广东省长是谁" of a report whose titles say 省长)."""
    place = req.facts.place.value if req.facts.place else ""
    meeting = req.facts.meeting.value if req.facts.meeting else ""
    organizer = req.facts.organizer.value if req.facts.organizer else ""
    dateline = req.facts.article.dateline_place or ""  # 兰津 of '本报兰津6月29日讯'
    titled = "".join(req.genre.document_title.findall(meeting))  # (《…条例（草案）》征求意见座谈会: the draft it is about)
    return len(word) >= 2 and (
        word in req.knowledge.lexicon.own_places  # 县里, 我县: wherever the report is set
        or place.startswith(word) or any(word + kind in meeting for kind in req.genre.research_place_kinds) or word in organizer
        or dateline.startswith(word) or word == own_province(req.facts.article.text, req.knowledge.lexicon.provinces)
        or word in titled
    )



def asks_whole_number(req: Request) -> bool:
    """A count asked of a body or in total, with no act named ("港务集团一共有多少名职工"): how many there are in all,
    not how many did something or came."""
    q = req.question
    bodies = [w for w in q.terms if w.endswith(req.genre.organization_suffixes)]
    return not (q.verbs or q.verbal or "§attend" in q.content) and (q.has("total") or bool(bodies))


def of_their_delegates(req: Request, text: str, words: list[str]) -> bool:
    """A word of the question the text writes only before a word of a group of people the question does not ask
    (职工 of '应到职工代表156名', asked "港务集团一共有多少名职工"): whatever the text counts is of those, not of it."""
    if not asks_whole_number(req):
        return False  # (not "有几位企业家发言" of '9位企业家代表发言': they are 企业家 who spoke)
    asked = "".join(req.question.content)
    groups = [g for g in req.genre.group_words if g not in asked]
    for w in words:
        ends = [m.end() for m in re.finditer(re.escape(w), text)] if len(w) >= 2 and has_han(w) and w not in groups else []
        if ends and all(text.startswith(tuple(groups), e) for e in ends):
            return True
    return False


def of_the_other_side(req: Request, clause: str, count: str) -> bool:
    """A sum asked as spent of a clause that writes it as come in, or the other way ("光伏扩容要投多少钱" of '…力争总收入突破1500
    万元': no sum invested): the last word of either side (genre money_sides) before the figure tells its side."""
    asked = [side for side in req.genre.money_sides if req.question.has(side)]
    if len(asked) != 1:
        return False
    before = clause[: clause.find(count)] if count in clause else ""
    last = {side: max((before.rfind(w) for w in words), default=-1) for side, words in req.genre.money_sides.items()}
    told = max(last, key=lambda side: last[side])
    return last[told] >= 0 and told != asked[0]


def counts_some(req: Request, clause: str, count: str, words: list[str]) -> bool:
    """A count of those of the asked kind who did something ('港务集团去年有2名职工获评省五一劳动奖章'), where the question
    asks how many there are in all, of a body or in total ("港务集团一共有多少名职工") and names no act: not their number.
    Coming or gathering is the meeting's own act ('50多家企业参加'): that count is of all who came."""
    if not asks_whole_number(req):
        return False
    found = req.genre.figure_pattern.fullmatch(count)
    if not found or found.group(1) not in req.genre.unit_kinds.get("classifiers", ()):
        return False
    rest = clause[clause.find(count) + len(count) :]
    noun = next((w for w in sorted(words, key=len, reverse=True) if has_han(w) and rest.startswith(w)), None)
    after = rest[len(noun) :] if noun else ""
    came = (*req.genre.attendance_actions, *req.genre.gathering_words)
    return bool(re.match(f"[{HAN_CLASS}]", after)) and not after.startswith(came)


def stands_before(req: Request, text: str, word: str, count: str) -> bool:
    """The word right before the figure, or before a linking word before it (已开工121个)."""
    before = text[: text.find(count)]
    before = req.genre.figure_breakdown.sub("", before)  # (问题4类19个: 问题 counts the 19)
    if has_han(word) and before.endswith(word):
        return True  # (降至 of '降至4.5年': a verb that ends in a linking word)
    for _ in range(2):  # 的 + 为, 已 + 达到
        link = next((w for w in req.genre.figure_links if before.endswith(w)), "")
        before = before[: len(before) - len(link)]
    if word.isascii():  # ('每股税后纯益（EPS）6.28元': the acronym in its brackets, as the asker writes it or not)
        return before.rstrip("）)").lower().endswith(word.lower())
    return before.endswith(word)


def unrecorded_act(req: Request) -> Composed | None:
    """"王伟中批评了哪些部门？": a speech act the report never records of that person."""
    name, acts = req.slots.named_person, req.slots.acts
    if not (name and acts):
        return None
    said = req.facts.said_by(name)
    if any(a in st.verb or a in st.text for st in said for a in acts):
        return None
    template = req.knowledge.intent("statements").template("none_on", req.script, name=name, topic=acts[0])
    return Composed(template, False, (), name, intent="statements")


def other_doers(req: Request, person: Person) -> tuple[str, list[str]] | None:
    """"鞠文博作的工作报告讲了啥": an act few did (作工作报告, not 讲话 or 出席) that the report gives to others
    than the one named: the act and who did it."""
    for verb in rare_acts(req):
        doers = [p.name for p in req.facts.people if any(verb in a for a in p.actions)]
        if doers and person.name not in doers and not any(verb in a for a in person.actions):
            return verb, doers
    return None


def _acts_of_others(req: Request, person: Person) -> list[str]:
    found = other_doers(req, person)
    return [req.msg("premise_act", act=found[0], doers=req.join(found[1]), name=person.name)] if found else []


def role_premise(req: Request) -> str:
    """"工商总会会长某某说了什么" of one the report calls 副会长: his role, and who holds the one asked, where the report says
    ('' where he holds it, or the title stands apart from the name)."""
    slots = req.slots
    person = req.facts.person(slots.named_person) if slots.named_person else None
    # (not of several named apart: "除了省长和那个姓林的主席…" names the 省长 and 林某 both)
    apart = len(slots.roles) > 1 or req.question.has("besides") or slots.role_apart
    if not person or not slots.role or apart:
        return ""
    holders = role_holders(req, slots.role)
    spelled = [re.sub(r"[-'’]", " ", n.lower()) for n in slots.english_names]  # ("Governor Wang Weizhong": a run with the title)
    spelt = {n for n in holders if any(sp.lower() in e for e in spelled for sp in pinyin.spellings(n, req.genre.compound_surnames))}
    if person.name in holders or any(n in holders for n in slots.people if n != person.name) or spelt:
        return ""  # (…"and Governor Wang Weizhong chaired": the title is the other one named, who holds it)
    key, who = ("premise_role_held", req.join(holders)) if holders else ("premise_role", "")
    return req.msg(key, name=person.name, roles=person.title, role=slots.role, holders=who)


def absent_premise(req: Request, quoted: list[Sentence] | tuple[Sentence, ...] = ()) -> str:
    """"阚局长在座谈会上宣布…" of one the report names only to say they did not come ('局长阚志远因…未出席'): that, before
    what the report does say ('' where the question asks whether they came, or names no such one)."""
    if req.question.has("absent") or req.question.has("attend_asked"):
        return ""
    name, role = req.slots.person or req.slots.named_person, req.slots.role or ""
    # (阚局长: a surname and a title, of one named in passing who holds it)
    called = [m for m in req.facts.mentioned if m.name == name or role and len(role) > 1 and role[0] == m.name[0]
              and any(r.endswith(role[1:]) for r in m.roles)]
    if len(called) != 1 or req.facts.person(called[0].name):
        return ""
    said = [s for s in req.facts.article.sentences if called[0].name in s.text and req.genre.absence.search(s.text)]
    return req.msg("premise_absent", name=called[0].name, sentence=said[0].text) if said and said[0] not in quoted else ""


def premise_note(req: Request) -> str:
    """A correction when the question takes for granted what the report contradicts:
    "省长林克庆主持了会议吗" (he is 省政协主席), "在深圳召开的座谈会是谁主持的" (it met in 广州),
    "7月11日上午召开的吗" (the report gives no time of day)."""
    slots, facts = req.slots, req.facts
    person = facts.person(slots.named_person) if slots.named_person else None
    answer = req.intent.answer if req.intent else ""
    notes = [role_premise(req)] if answer not in ("person_role", "role_holder") else []
    chairs = [p.name for p in facts.people if req.genre.chair_action in p.actions]  # "王伟中主持座谈会的时候说…": 林克庆 chaired
    if person and chairs and req.genre.chair_action in req.question.verbs and person.name not in chairs and answer not in ("chair", "speakers"):
        notes.append(req.msg("premise_chair", chairs=req.join(chairs), name=person.name))
    notes += _acts_of_others(req, person) if person and answer not in ("chair", "speakers", "who_did") else []
    place = facts.place.value if facts.place else None
    where = "".join(s.text for s in facts.place.evidence) if facts.place else ""  # (岱宁 of '在岱宁云澜宾馆召开': the venue's city)
    if place and slots.place and slots.place_held and answer not in ("place", "when_where") and not req.genre.same_place(slots.place, place) \
            and slots.place not in where:
        notes.append(req.msg("premise_place", place=place, asked=slots.place))
    date = facts.date.value if facts.date else None
    if date and slots.date and answer not in ("date", "when_where") and slots.date.agrees(date) is False \
            and not (_dates_else(req, slots.date) and not req.question.has("meeting")):
        notes.append(req.msg("premise_date", date=date.text, asked=slots.date.text))  # 8月11号在深圳开的？
    if date and slots.times and date.part is None:
        notes.append(req.msg("premise_time", date=date.text))
    return "".join(notes)


def _dates_else(req: Request, asked: Date) -> bool:
    """The report writes the date asked of something else ("建屋局十月那次…" of '建屋局今年10月的…销售活动'): no wrong date
    of the meeting."""
    return any(found.date.agrees(asked) is True for s in req.facts.article.sentences for found in req.genre.dates.find(s.text))


def said_most(req: Request) -> Composed | None:
    """"省长和政协主席谁讲得最多？": of those named (else of every speaker), the one the report gives the most words said,
    with how many of their statements it records."""
    q, genre = req.question, req.genre
    said = genre.superlative(" ".join(q.asking))
    if said is None or q.kind != "who" or SAYS not in q.content or q.yes_no:
        return None
    names = [n for r in req.slots.roles for n in role_holders(req, r)] + list(req.slots.people)
    names = list(dict.fromkeys(names)) if len(set(names)) > 1 else list(req.facts.speakers)
    spoken = {n: sum(len(st.text) for st in req.facts.said_by(n)) for n in names}
    if len(spoken) < 2 or not any(spoken.values()):
        return None
    best = (min if said[1] else max)(spoken, key=lambda n: spoken[n])
    person = req.facts.person(best)
    statements = req.facts.said_by(best)
    line = req.msg("said_least" if said[1] else "said_most", name=name_with_title(req, person) if person else best, count=len(statements))
    return Composed(line + "\n" + bullets([st.sentence for st in statements][:3]), True, tuple(st.sentence for st in statements), best)



def of_another_year(req: Request, text: str) -> bool:
    """"今年计划再换多少辆…" of '去年集团…更新新能源公交车320辆': the question sets its figure in one year (今年), the sentence
    only in another (去年): no figure of the year asked."""
    asked = [y for c in req.question.asking for y in _frames(req, c)]  # (not "比去年多了多少": a comparison asked)
    framed = _frames(req, text)
    # (…and a sentence of the year compared with is the other side: '2024年…票决的9件' of "今年…比去年多几件")
    compared = [y for c in req.question.asking for y in req.knowledge.lexicon.relative_years if y in c and y not in _frames(req, c)]
    return len(set(asked)) == 1 and bool(framed) and asked[0] not in framed and not set(framed) & set(compared)


def _frames(req: Request, text: str) -> list[str]:
    """The relative years that set a text in a year (今年…), not those of a comparison ('较去年同期', '比去年', '超过去年');
    where it writes none, a year written as a number is one of them on the page's year (2024年 on a page of 2025: 去年)."""
    said = [y for y in req.knowledge.lexicon.relative_years
            if any(not req.genre.year_compared.search(text[max(0, m.start() - 2) : m.end() + 2]) for m in re.finditer(re.escape(y), text))]
    page = req.facts.article.published_year if not said else None  # (the words first: '今年…；2024年全年…' is of 今年)
    written = {f.date.year for f in req.genre.dates.find(text, Kind.ANY) if f.date.year} if page else set()
    numbered = [y for y, off in req.knowledge.lexicon.year_offsets.items() if page + off in written] if page else []
    return list(dict.fromkeys([*said, *(y for y in numbered if y in req.knowledge.lexicon.relative_years)]))


class Called(NamedTuple):
    composed: Composed
    denies: bool  # a yes/no the roll call says no to


def present_by_roll_call(req: Request) -> Composed | None:
    """"这次实际到场的代表有多少位" of '会议应到代表64名，因事因病请假6名，实到代表58名': the count of those present, where
    the report calls the roll once."""
    if not (req.question.counts or FIGURE_CONCEPT in req.question.content) or any(w in c for c in req.question.asking for w in req.genre.sitting_in):
        return None  # (多少人列席: those without a vote, whom no roll call counts)
    called = [(s, m) for s in req.facts.article.sentences if (m := req.genre.quorum.search(s.text))]
    who = req.slots.group or req.slots.role
    if len(called) != 1 or (who and who not in called[0][0].text):
        return None  # (多少名列席人员: not the deputies the roll call counts)
    sentence, m = called[0]
    came = req.genre.counts_in(sentence.text[m.start(2) :], req.genre.unit_kinds.get("people", ()))
    if not came:
        return None
    return Composed(came[0] + req.msg("full_stop") + "\n" + req.msg("reading_says") + "\n" + bullets([sentence]), True, (sentence,))


def roll_call(req: Request) -> Called | None:
    """Whether everyone expected came, by the report's one roll call ('应出席代表236名，实到221名，请假15名'):
    "代表都到齐了吗" (facet all_present) is yes when the counts agree; "有人缺席吗" (facet absent) is yes when fewer
    came, and "谁没来" is answered by the counts, no one being named. None without a single roll call."""
    q = req.question
    if not (q.has("all_present") or q.has("absent")):
        return None
    called = [(s, m) for s in req.facts.article.sentences if (m := req.genre.quorum.search(s.text))]
    if len(called) != 1:
        return None
    sentence, m = called[0]
    everyone = int(m.group(2)) >= int(m.group(1))
    yes = everyone if q.has("all_present") else not everyone
    if q.yes_no:
        lead = req.msg("reading_yes") if yes else req.msg("reading_no") + req.msg("reading_says")
    else:
        lead = req.msg("reading_says") if everyone else req.msg("reading_unnamed")
    return Called(Composed(lead + "\n" + bullets([sentence]), True, (sentence,)), q.yes_no and not yes)


def which_named(req: Request) -> Composed | None:
    """"羿春燕和阙慕萍谁是业委会的", which no intent reads: each person named with their posts, which says which of them
    holds the one asked; a yes/no on the posts of those named too."""
    q = req.question
    named = req.slots.people or ((req.slots.person,) if req.slots.person and q.yes_no else ())
    people = [p for n in named if (p := req.facts.person(n) or req.facts.mention(n))]
    if req.intent is not None or not people or q.verbs:
        return None
    if not (q.kind == "who" and not q.yes_no or q.yes_no and (req.slots.roles or len(people) > 1)):  # ("陈敏和陈文明是一个单位的吧？俩人好像都是秘书长",
        return None  # "那个姓温的副主席，是省政府那边的副主席吗": their posts, as the report writes them, say)
    if q.yes_no and len(people) == 1:
        return _post_checked(req, people[0])
    lines = [person_line(req, p) for p in people]
    return Composed("\n".join(lines), True, evidence_of(*(p.evidence for p in people)))


def _post_checked(req: Request, person: Person) -> Composed | None:
    """A yes/no on one person's post: no, where another holds it ("钮承远这次又连任会长了吧？": the new 会长, and what he is
    now) or where the body asked is none of theirs ("那个姓温的副主席，是省政府那边的副主席吗"); else the reading path's."""
    role = req.slots.role
    holders = [p for p in req.facts.people if p.name in role_holders(req, role) and p.name != person.name] if role else []
    if holders and person.name not in role_holders(req, role):
        others = [p for p in holders if p.name not in req.slots.people]  # ("理事长是鲍嘉荣吗？": 冯某 is, 鲍某 is not)
        lines = [person_line(req, p) for p in (*others, person)]
        return Composed(req.msg("no").strip() + "\n" + "\n".join(lines), True, evidence_of(*(p.evidence for p in (*others, person))), None)
    bodies = [w for w in req.question.terms if w.endswith(req.genre.organization_suffixes) and w != person.name]
    if not role or holders or not bodies or all(b in person.title for b in bodies):
        return None  # ("祁云舒是九三学社的副主委吗": hers; the reading path says so)
    return Composed(req.msg("no").strip() + "\n" + person_line(req, person), True, person.evidence, person.name)


def deputy_instead(req: Request) -> Composed | None:
    """"县政协主席亲自去了吗？" of a report whose 县政协副主席 came: no one holds the title asked, a deputy of it
    does (副 before its title): no, with who, where the question asks whether or who held it."""
    role = req.slots.role
    if req.intent is not None and req.intent.answer not in ("attendees", "role_holder"):
        return None  # (是县长主持的吗: the chair's answer says who chaired)
    if not role or req.slots.named_person or role_holders(req, role) or mentioned_holders(req, role):
        return None
    title, rank = next((t for t in req.genre.titles if role.endswith(t)), ""), req.genre.deputy_rank
    if not title or title.startswith(rank):
        return None
    deputy = role[: -len(title)] + rank + title
    held = role_holders(req, deputy)
    holders = [p for p in req.facts.people if p.name in held]
    if not holders or not (req.question.yes_no or req.question.kind == "who"):
        return None
    lines = "\n".join(person_line(req, p) for p in holders)
    text = req.msg("deputy_instead", role=role, deputy=deputy) + "\n" + lines
    # (a yes/no is answered no by who the report has instead, with their evidence; "…是谁" of a post no one holds is refused)
    evidence = evidence_of(*(p.evidence for p in holders)) if req.question.yes_no else ()
    return Composed(text, req.question.yes_no, evidence, holders[0].name if len(holders) == 1 else None, final=True)


def _in_order_of(req: Request) -> str | None:
    """The one a question places others after or before: named, read from a word for them (主持人: the chair), or the
    one holder of the role it names (省长)."""
    slots = req.slots
    if slots.person:
        return slots.person
    holders = role_holders(req, slots.role) if slots.role else []
    return holders[0] if len(holders) == 1 else None


def next_after(req: Request) -> Composed | None:
    """"游慧心讲完之后，轮到哪些人上台分享？": the people named in the first sentence after the one who is asked
    about took part (same paragraph or the next), with that sentence; "省长讲话之前是谁在发言": those before their first
    words (a group's too: '会上，粤商代表们…建言献策'). None when the question asks no such thing."""
    q, person = req.question, _in_order_of(req)
    before = q.has("before_them") and not q.has("after_them")
    if not person or not (q.has("after_them") or before) or q.yes_no or q.kind not in ("who", "list"):
        return None
    sentences = req.facts.article.sentences
    said = [sentences.index(st.sentence) for st in req.facts.said_by(person) if st.sentence in sentences]
    acted = [i for i, s in enumerate(sentences) if person in s.text and any(a in s.text for a in req.genre.speaking_actions)]
    spoke = sorted(said or acted)  # (where they spoke; the lead's 出席并讲话 only when nothing of theirs is reported)
    if not spoke:
        return None
    if before:
        return _spoke_before(req, person, spoke[0])
    last = spoke[0]
    for i in spoke:  # the end of their first run of words (a sentence of someone else's may not break it)
        if i <= last + 2:
            last = i
    names = [p.name for p in req.facts.people if p.name != person]
    for sentence in sentences[last + 1 :]:
        if sentence.paragraph > sentences[last].paragraph + 1:
            break
        found = [n for n in names if n in sentence.text]
        if found:
            found.sort(key=sentence.text.find)
            return _spoke_there(req, found, sentence)
    if any(st.sentence in sentences[last + 1 :] for other in names for st in req.facts.said_by(other)):
        return None
    # "林克庆讲完之后谁讲话了": no one is recorded speaking after their words — said so, with the last of them
    return Composed(req.msg("nobody_after", name=person) + bullets([sentences[last]]), False, (), person, final=True)


def _spoke_before(req: Request, person: str, first: int) -> Composed | None:
    """Who spoke in the sentences right before the first words of `person` (this paragraph or the one before): the
    last of them whose words the report gives, one by name or a group."""
    sentences = req.facts.article.sentences
    for sentence in reversed(sentences[:first]):
        if sentence.paragraph < sentences[first].paragraph - 1:
            break
        speakers = [st.speaker for st in req.facts.statements if st.sentence == sentence and st.speaker != person]
        if speakers:
            return _spoke_there(req, list(dict.fromkeys(speakers)), sentence)
    return None


def _spoke_there(req: Request, found: list[str], sentence: Sentence) -> Composed:
    """'粤商代表。报道写道：· …': those who spoke, with the sentence (the one person, where one is named, to point back to)."""
    one = found[0] if len(found) == 1 and req.facts.person(found[0]) else None
    return Composed(req.join(found) + req.msg("full_stop") + "\n" + req.msg("reading_says") + "\n" + bullets([sentence]), True, (sentence,), one)


def noted_women(req: Request) -> Composed | None:
    """"这里面哪位是女同志？", "厍秀英是女的吗？": the people the report notes as women ('厍秀英(女)'), or the note of
    the person asked. None when the question asks no such thing, or the report notes no one."""
    q, notes = req.question, dict(req.facts.notes)
    if not q.has("female") or not notes:
        return None
    person = req.slots.person
    if person:
        note = notes.get(person)
        if note is None:
            return None
        lead = (req.msg("reading_yes") if note.value == req.genre.female_note else req.msg("reading_no") + req.msg("reading_says")) if q.yes_no else req.msg("reading_says")
        return Composed(lead + "\n" + bullets(note.evidence), True, note.evidence, person)
    women = [(name, f) for name, f in notes.items() if f.value == req.genre.female_note]
    if q.kind not in ("who", "list") or not women:
        return None
    evidence = tuple(dict.fromkeys(s for _, f in women for s in f.evidence))
    text = req.join([name for name, _ in women]) + req.msg("full_stop") + "\n" + req.msg("reading_says") + "\n" + bullets(evidence)
    return Composed(text, True, evidence, women[0][0] if len(women) == 1 else None)


def pronoun_of(req: Request, sentence: Sentence) -> str | None:
    """The one participant a sentence that opens with 他 or 她 points back to: the one the nearest sentence before it in its
    paragraph that names anyone names, or whose words it gives ('靳某说，…。她因须赶回台北…，下午3时40分先行离席…'); one
    the report does not name is no one to point back to ('逯某说，…。一名拄着拐杖的阿伯接着说：“…”他随后当场递交…')."""
    if not sentence.text.startswith(tuple(p for p in req.knowledge.lexicon.pronouns if len(p) == 1)):
        return None
    sentences = req.facts.article.sentences
    at = sentences.index(sentence)
    for before in reversed([s for s in sentences[:at] if s.paragraph == sentence.paragraph]):
        named = {p.name for p in req.facts.people if p.name in before.text}
        named |= {st.speaker for st in req.facts.statements if st.sentence == before}
        if named:
            return next(iter(named)) if len(named) == 1 else None
    return None
