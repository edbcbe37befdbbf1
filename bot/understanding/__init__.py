"""From a question to a typed Question and an intent: a pipeline of small steps.

    raw ─► normalise (script, cleaning, rewrites, English titles)             → Text
        ─► against the report: short forms (人社局), sound-alike repair (税手 → 税收)
        ─► slots: person · role · place · topic · date · figure unit · group  (each masks its span)
           · cue words (also misspelt by sound) · content words · verbs
        ─► question words: kind (who/when/…/yes_no), follow-up, facets       → Question
        ─► conversation context (pronouns, "那人才呢？")
        ─► intent scoring and decision (named thresholds)
        ─► redirect rules (data in intents/*.yaml)
        ─► focus terms for the intent chosen                                 → Parse

The text is read here and only here; answers work from the typed values. The components
are built once from the knowledge and the genre; per meeting, a question is read against
that meeting's words (`ReportWords`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from rapidfuzz.distance import Hamming

from .. import pinyin
from ..dates import MONTHS_EN, chinese_number
from ..genre import Genre
from ..intents import Knowledge
from ..scripts import EN, HAN, HAN_CLASS, has_han, is_han, to_simplified
from ..segment import Segmenter
from .context import SAYING, Context, carry_over, elliptical, with_context
from .cues import CueFinder, CueHits
from .matching import Spans, alternation, shared_alternation
from .misquote import QUOTED_WORDS, Misquotes, quoted_words
from .normalise import MAX_QUESTION_CHARS, Normaliser, clean
from .question import FIGURE_CONCEPT, GROUP_MARKS, KINDS, Parse, Question, Slots, Text
from .redirects import CONDITION_NAMES, redirect
from .repair import Repairer
from .report_words import ReportWords
from .scoring import CARRIED_SCORE, MARK, MARKS, THRESHOLD, IntentScorer, decide
from .shorts import ShortForms
from .slots.date import DateFinder
from .slots.figure import UnitFinder
from .slots.group import GroupFinder
from .slots.person import Named, PersonFinder
from .slots.place import PlaceFinder
from .slots.question_word import QuestionWords
from .slots.role import RoleFinder
from .slots.topic import TopicFinder, TopicFound
from .slots.verbs import VerbFinder, paired, received
from .slots.words import WordFinder, english_singular, focus_terms
from .tokens import EQUIVALENT, Tokenizer

__all__ = [
    "CONDITION_NAMES",
    "KINDS",
    "MAX_QUESTION_CHARS",
    "THRESHOLD",
    "Context",
    "Parse",
    "Question",
    "ReportWords",
    "Slots",
    "Text",
    "Understanding",
    "clean",
]

_LATIN = re.compile(r"[a-z][a-z'\-]+")
def _asked_kind(word: str, text: str) -> bool:
    """A word jieba cut out of a question word ("哪类人": 类人, "几种办法": 种办法): it starts with the kind the
    question word asks for."""
    at = text.find(word)
    if at > 0 and len(word) == 2 and word[0] in _PLACE_KINDS and text[:at].endswith(_WHICH_BEFORE):
        return True  # 县亮 of 哪个县亮了红灯: the kind of place asked (县) and a verb
    return at > 0 and text[at - 1] in "哪几" and word[0] in "类种样些位个家项条件批"


_STATED_AS = re.compile(r"(?:^|[，,])是[^，,。？?]{2,}的[？?]\s*$")  # 是在上海开的？: a statement asked with a mark
_FAMILY_NAME = re.compile(f"姓([{HAN_CLASS}]{{1,2}}?)的")  # 那个姓陈的秘书长
MIN_SPELT = 5  # the shortest pinyin of a report's word an English word is read as (tongxi, not an)
TO_GROUP = "to_group"  # the facet of a question on what was asked of a group (对企业家有什么期待)
DEEDS = "deeds"  # the facet of a question on what someone did (他在会上干了啥)
_CLAUSE = re.compile(r"[，,；;]")
_LAST = ("最后", "last")
def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, those that overlap made one (最后 of a cue and 最后一点 of an item's place)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_FIRST = ("最先", "最早", "首先", "率先", "头一个", "先")  # (谁最先发言, 先讲的是谁: the first)
_WHICH_BEFORE = ("哪个", "哪几个", "哪一个", "哪些")  # (before the thing a which-question asks)
_PLACE_KINDS = "省市县区镇乡村"  # (县 of 哪个县亮了)
_OPENED_MEETING = r"(?=的|会|了|过|吗|呢|完|嘅|[？?，,。！!、]|$)"  # 开 of 在深圳开的, 开会, 开了: a meeting held there
_NEGATED = re.compile(f"(?:(?<![{HAN_CLASS}])|(?<=[会的是和与及对]))非([{HAN_CLASS}]{{2,4}})")  # 非居民: a word negated
_DIGITS_OF = re.compile(r"\d+(?:\.\d+)?")
DESCRIBED_STOPS = "在于从到跟和与同对给向"  # a place, time or person before "那个会" (王伟中在那个会上): not what the meeting was about
ASKING_NOUN_FACETS = ("name", "title", "value", "remedy", "named_count")  # facets whose words ask for a name, a title or a value (姓名, 职务, 标准), naming nothing
_NAMING_FIGURE_KINDS = ("when", "who", "where", "why", "how")  # a figure in such a question names a thing, asks no count
_ORDINALS_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
PLACE_TAG = "ns"  # jieba's tag of a place's name (上海)
_CN_ORDINALS = "一二三四五六七八九十第"  # (三届四次, 第三届)
_HAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")  # a space typed between two Han characters
_STORY_CLAUSE = re.compile(r"[，,；;。！!…]+|\.{2,}|\.(?=\s)")  # a long question's story runs over sentences too
_YEAR = re.compile(r"(?:19|20)\d{2}")
_SUBJECT_BEFORE_ASIDE = 6  # the longest subject before a besides-word that opens what is set aside
_SENTENCE_END = re.compile(r"[。！!]|…+|\.{2,}|\.(?=\s)")  # …and a sentence of story before the question is one too (…: trailing off)
_WHICH_EN = re.compile(r"\bwhich\s+([a-z]+)", re.IGNORECASE)
_NAME_JOINTS = re.compile(r"[·・•‧]")  # the parts of a meeting's name (粤商·省长面对面…)
_NAME_JOINT_CHARS = r"[·・•‧跟和与同\s]?"  # …as a question joins them
_CLAUSE_KEEP = re.compile(r"(?<=[，,；;])|(?<=[.?!] )")  # clauses with their marks (an English sentence too)
_SENTENCE_KEEP = re.compile(r"(?<=[，,；;？?！!。])")  # …and the sentences of a message
_NUMERAL = re.compile(r"[\d.,%零〇一二两三四五六七八九十百千万亿]+")  # the number of a figure (12, 二十)
def _apart(text: str, role: str | None, person: str | None) -> bool:
    """Both written, and more than a few characters apart (not 省长王伟中, 王伟中省长, 王伟中这位省长)."""
    if not role or not person or role not in text or person not in text:
        return False
    a, b = text.find(role), text.find(person)
    gap = b - (a + len(role)) if a < b else a - (b + len(person))
    return gap > 3


_WHICH_COUNT = re.compile(r"哪([两二三四五六七八九十]+[个家位项件条名所座])")  # 哪两个县: two of them, asked which
_MULTIWORD = re.compile(r"[ \-]")  # a glossary key of several words: "above-scale", "patient capital"
DESTINATION = "destination"  # the facet of where something went (捐给哪儿): its receiver
PLACE_ANSWERS = ("place", "when_where")  # the composers of the meeting's venue
READING_KINDS = {"deadline": ("figures",)}  # kinds of question only these composers (else the reading path) answer
COMPARED_BY = "figures"  # the intent that sets two figures side by side ("A和B哪个多")
SAID_BY = "statements"  # the intent of what someone said
COUNTED_BY = "figures"  # the intent that answers a count no other intent claims ("几台", "多少辆")
OTHERS_BY = "attendees"  # the intent that answers "除了X，还有谁？" with no verb no other intent claims: who else was there
_NAME_TAGS = ("n", "vn", "j", "eng", "an")  # jieba's tags of the words a meeting's own name is made of (民营经济 发展 大会)
_COUNT = r"第?[\d一二两三四五六七八九十百千万几多]+"  # before a classifier: 两位, 几件, 第三届


def _asked_words(
    found: tuple[str, ...], story: list[str], asking: list[str], generic: tuple[str, ...], known: tuple[str, ...] = (), subject: bool = False,
) -> tuple[str, ...]:
    """The words of the clauses that ask, where they name a thing of the report of their own (or someone:
    `subject`): the asker's story (我妈住在南塘镇。…全区一共有多少个老年助餐点？; 我在蕖州开了个小厂。…县长某某说了啥？)
    names nothing asked; but a question that asks of the story's thing (…报税、交社保…。有人提到这个问题吗？) asks of its words."""
    own = [w for w in (*found, *known) if w not in generic and any(w in c for c in asking)]
    return tuple(w for w in found if any(w in c for c in asking)) if story and (own or subject) else found


def _misspelt_name(word: str, person: str | None) -> bool:
    """The word is the person's name with one character written wrong (管招临 of 管照临), which the person finder
    read as the name: no word the report lacks."""
    if not person or len(word) < len(person):
        return False
    return any(Hamming.distance(word[i : i + len(person)], person) <= 1 for i in range(len(word) - len(person) + 1))


def _of_no_title(text: str, topic: TopicFound, roles: tuple[str, ...]) -> TopicFound:
    """The topic, unless its words are only those of a title asked ("…那位人力资源总监讲了啥": 人力资源 of the title she
    holds, no subject)."""
    if topic.terms and roles and all(text.count(term) == 1 and any(term in r for r in roles) for term in topic.terms):
        return TopicFound()
    return topic


SAID_CONCEPT = "§say"  # the concept of saying (intents/synonyms.yaml say)


class Understanding:
    """The question pipeline, built once from the knowledge, the genre and the segmenter."""

    def __init__(self, knowledge: Knowledge, genre: Genre, segmenter: Segmenter) -> None:
        lex = knowledge.lexicon
        self.knowledge = knowledge
        self.genre = genre
        self._own_kinds = tuple(w for w in genre.meeting_words if w not in genre.generic_meeting_words)  # (早茶会, not 会议)
        self._meeting_kinds = tuple(sorted(genre.meeting_words, key=len, reverse=True))  # (签约仪式 before 仪式)
        self.segmenter = segmenter
        self.stopwords = lex.question_stopwords
        self._asking_whole = frozenset(w for words in lex.facets.values() for w in words if has_han(w))  # (一共: kept whole)
        english = (w for i in knowledge.intents for w in (*i.keywords, *i.hints, *i.examples.get(EN, ())) if w.isascii())
        self.normalise = Normaliser(lex, english)
        self.cues = CueFinder(knowledge, self.stopwords)
        self.person = PersonFinder(lex, genre, segmenter, knowledge.equivalents)
        self.role = RoleFinder(lex, genre, self.stopwords, segmenter)
        self.place = PlaceFinder(lex)
        self.topic = TopicFinder(knowledge, segmenter, self.stopwords, set(self.cues.owner))
        self.date = DateFinder(genre.dates, lex.times_of_day)
        self.units = UnitFinder(genre, segmenter, lex.units_en, lex.words_en)
        self.group = GroupFinder(lex, genre)
        self.verbs = VerbFinder(lex, genre)
        self.question_words = QuestionWords(lex)
        known_latin = {w for term in (*self.cues.owner, *self.topic.topic_of) for w in _LATIN.findall(term)}
        grouped = frozenset(w for groups in (knowledge.synonyms, knowledge.equivalents) for ws in groups.values() for w in ws if has_han(w))
        self.words = WordFinder(lex, genre, segmenter, self.stopwords, known_latin, grouped)
        self.scorer = IntentScorer(knowledge)
        self.tokenizer = Tokenizer(segmenter, knowledge)
        self._shorts: dict[str, ShortForms] = {}  # each report's short and full forms, by its text
        # the synonym groups' words of three characters (下一步, 怎么办): two characters of one, said within it, are no term
        self._three_char_words = tuple(sorted({w for ws in knowledge.synonyms.values() for w in ws if len(w) == 3 and is_han(w)}))
        self._pinyin: dict[str, dict[str, str]] = {}  # …and its words by their pinyin
        self._english_known = set(lex.words_en) | set(self.cues.owner)
        self._glossed: dict[str, frozenset[str]] = {}  # a Chinese word of the glossary -> every word glossed with it
        for zhs in lex.words_en.values():
            for zh in zhs:
                self._glossed[zh] = self._glossed.get(zh, frozenset()) | frozenset(zhs)
        self._english_stems = tuple(k for k in self._english_known if len(k) >= 4 and k.isascii())
        self._besides = tuple(lex.facets.get("besides", ()))  # 除了, apart from: a clause set aside
        # the glossary's phrases ("asked questions"), one pattern: what they say is no concept of their words
        self._glossary_phrases = alternation([k for k in lex.words_en if _MULTIWORD.search(k)])
        # English phrases of the synonym groups ("how long"): their words are known where the phrase stands
        groups = (*knowledge.synonyms.values(), *knowledge.equivalents.values())
        self._english_phrases = tuple(w for ws in groups for w in ws if " " in w and w.isascii())
        groups = (*knowledge.synonyms.values(), *knowledge.equivalents.values())
        vocabulary = [*genre.titles, *self.cues.owner, *self.topic.topic_of, *(w for ws in groups for w in ws)]
        self.repair = Repairer(
            segmenter, self.stopwords, (*lex.particles, *lex.measure_characters), vocabulary, self.shorts, lex.asking_characters, lex.modal_characters,
        )
        self.misquotes = Misquotes(segmenter)
        self._ignored: dict[str, frozenset[str]] = {}  # by intent: the words _focus leaves out
        self._ignore: re.Pattern[str] | None = None  # finds them (and other intents' words)
        self._particles = (*lex.particles, *lex.joining_characters)  # no part of a word a refusal quotes
        units = "|".join(map(re.escape, sorted({*genre.units, "期", "届", "回", "成", "倍", "句", "分", "样", "种", "类"}, key=len, reverse=True)))
        self._counted = re.compile(rf"{_COUNT}(?:{units})")
        asking = (*(w for ws in lex.question_words.values() for w in ws), *lex.yes_no_any, *lex.asking_verbs, "?", "？", "吗")
        self._asking_words = tuple(dict.fromkeys(w for w in asking if has_han(w) or w in "?？"))  # (a clause that asks)
        kinds = (*lex.facets.get("meeting", ()), *genre.meeting_words)
        self._meeting_kinds = tuple(dict.fromkeys(m for m in kinds if len(m) > 2))
        stems = "|".join(map(re.escape, genre.meeting_stems)) or "(?!)"
        named = sorted((k for k in genre.meeting_words if len(k) >= 2 and k not in lex.loose_meeting_words), key=len, reverse=True)
        self._pointing = (*lex.demonstratives, *lex.meeting_pointers)  # 这期, 那次, 上次, 第几期: a meeting pointed at, no name
        self._asking_nouns = frozenset(w for f in ASKING_NOUN_FACETS for w in lex.facets.get(f, ()) if has_han(w))  # 姓名, 职务
        self._tags = frozenset(w for w in (*lex.yes_no_any, *lex.yes_no_end) if has_han(w) and len(w) >= 2)  # 是不是, 对吧
        # a clause that ends with the one it asks of, pointed at ("稿子最后“参加会见”的那几位，…是谁"): no story
        pointed = alternation((*lex.pointers, *(d + p for d in lex.demonstratives for p in ("些", "几位", "几个", "位")), *lex.described))
        self._pointed_subject = re.compile(rf"的[”」\"]?(?:{pointed.pattern})$") if pointed else None
        self._item_ordinals = tuple(re.compile(p, re.IGNORECASE) for p in lex.item_ordinals)  # 第二点, the second one
        self._named_meeting = re.compile(rf"([{HAN_CLASS}]{{2,12}}?)({'|'.join(map(re.escape, named))})") if named else None
        every = sorted({k for k in genre.meeting_words if len(k) >= 2}, key=len, reverse=True)
        pointers = "|".join(map(re.escape, lex.demonstratives))
        # "萩川商会这次年会": a body and a meeting word, with a pointer between (这次, 今年的) or none
        self._body_meeting = re.compile(
            rf"([{HAN_CLASS}]{{2,12}}?)((?:(?:{pointers})[次个场届]?)?(?:今年的?|的)?)({'|'.join(map(re.escape, every))})"
        ) if every and pointers else None
        # "垃圾收费那个咨询会…": the meeting told by what it was about, pointed at (no pointer to a place or time before it)
        self._described_meeting = re.compile(
            rf"([{HAN_CLASS}]{{2,8}}?)(?:{pointers})个?(?:{'|'.join(map(re.escape, every))})"
        ) if every and pointers else None
        # the kinds of body that hold a meeting, of two characters or more (商会, 政协; not 署 of 动员部署大会)
        self._bodies = tuple(k for k in genre.organization_suffixes if len(k) >= 2)
        self._whom_en = [re.compile(p, re.IGNORECASE) for p in lex.whom_en]
        this = "|".join(map(re.escape, (w for w in lex.facets.get("this_scope", ()) if has_han(w)))) or "(?!)"
        self._this_stem = re.compile(rf"(?:{this})({stems})(?!会)")  # 这次恳谈: the meeting, said short
        self._this_setting = re.compile(rf"(?:{this})([{HAN_CLASS}]{{2,4}}?)会?(?:上|中|期间)")  # 这次审议会上: the meeting
        starts = "".join(sorted({u[0] for u in genre.units}))  # 50亿元, 50亿美元, 50亿人次 have a unit
        # (12亿8,000万: one amount, its unit after the 万; 3,214 of a thousand and more)
        # (…and in numerals, 五千九百多万: a sum said short, as the report writes its 4,862万元)
        cn = "[一二两三四五六七八九][十百千零一二两三四五六七八九]*"
        self._bare_yi = re.compile(
            rf"(?<![\d.,一二两三四五六七八九十百千零几上数])(?:(?:\d+亿(?=\d[\d,]*万))?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|{cn})(?:多|余)?[亿万](?![{re.escape(starts)}多余亿\d])"
        )
        joins = (rf"\b{re.escape(j)}\b" if j.isascii() else re.escape(j) for j in lex.comparison_joins)
        self._joins = [re.compile(j, re.IGNORECASE) for j in joins]  # in the lexicon's order: the first found splits
        # where a comparison's measure starts (哪个投资更多): its comparative words and the which-words
        self._comparing = (*lex.facets.get("compare", ()), *lex.facets.get("which", ()))
        beliefs = "|".join([*map(re.escape, lex.belief_openers), *lex.hearsay_openers]) or "(?!)"
        # 他, 她, 其: whom the conversation gives (not 那位 of "做建筑那位女老板", which the words after it describe)
        self._personal = tuple(p for p in lex.pronouns if is_han(p) and not p.startswith(lex.demonstratives))
        singular_en = [re.escape(p) for p in lex.pronouns if not has_han(p) and " " not in p]  # he, his (not "this person")
        self._personal_en = re.compile(rf"\b(?:{'|'.join(singular_en)})\b", re.IGNORECASE) if singular_en else re.compile("(?!)")
        self._parts = (genre.chair_action, *genre.speaking_actions)  # a part at the meeting ("A讲话、B主持的吧")
        self._compare_asks = re.compile("|".join(lex.compare_asks)) if lex.compare_asks else None
        self._addressees = [re.compile(p) for p in lex.addressees]
        self._beliefs = re.compile(rf"(?:^|(?<=[，,；;？?！!]))(?:{beliefs})", re.IGNORECASE)  # 我记得…，对吗: the rest is a premise
        negators = "|".join(map(re.escape, sorted(lex.premise_negators, key=len, reverse=True)))
        self._negated = re.compile(rf"(?<!有)(?:{negators})") if negators else None  # (not 有没有提到…)
        self._reported = re.compile(knowledge.lexicon.reported_question)  # (乡长问…谁负责: a question told, asking nothing)
        self._request = re.compile(knowledge.lexicon.reported_request)  # (地主要求…，建商答应了吗: a request told)
        lex = knowledge.lexicon  # the words that only qualify the thing asked (拍板, 现在), longest first
        self._qualifying = frozenset(w for f in lex.modifier_facets for w in lex.facets.get(f, ()))
        self._qualifying_han = tuple(sorted((w for w in self._qualifying if has_han(w)), key=len, reverse=True))
        self._response_asks = knowledge.lexicon.response_asks

    # -- the steps, in order -----------------------------------------------------------

    def question(self, text: Text, words: ReportWords) -> tuple[Question, str, CueHits]:
        """Slots, cues and question words of a text: the typed question, the text with its
        slots masked (for scoring against the intents' examples) and the cue words found."""
        t = text.text
        spans = Spans()
        own = self._untold(t)  # (厍明亮问…有没有…，人社局怎么回应的: the told question's asker and its 有没有 are not asked)
        claim = self.question_words.yes_no(own, text.script) or bool(self._beliefs.match(t))  # (听说…，真的假的？)
        named = self.person.named(own, spans, words, claim=claim)
        roles = self.role(own, spans, words)  # (地主要求…，建商答应了吗: the told request's 地主 is no one asked)
        place, place_asked, place_held = self._place(t, spans, words)
        topic = self.topic(t, spans, words)
        date, times = self.date(t, spans)
        story, asking = self._story(t)  # "我弟弟明年毕业，家里担心他找工作，…怎么说的？": his 他 is the story's
        topic = self.topic.asked_in(topic, tuple(asking)) if story else topic
        if story and not any(term in c for term in topic.terms for c in asking):
            topic = TopicFound()  # "…想把设备数据上云…。会上企业代表都提了什么建议？": no subject is asked
        if story and place and not any(place in c for c in asking):
            place, place_asked, place_held = None, None, False  # "我在佛山开了个小厂，…。那个机制叫啥？": no place is asked
        topic = _of_no_title(t, topic, roles)
        person = self.person.unnamed(t, spans, words, named, "，".join(asking) if story else own)  # (a told one's 那位 is no one asked)
        person = self._described(own, person, words)  # "做建筑那位女老板": the one whose titles say what the words do
        family = _FAMILY_NAME.search(t)  # "那个姓陈的秘书长": 陈敏 and 陈文明, each (the title is 秘书长, not 陈秘书长)
        if family:
            roles = tuple(r.removeprefix(family.group(1)) if len(r) > len(family.group(1)) + 1 else r for r in roles)
            person = self._by_family_name(family.group(1), person, roles, words)
        # someone the asking clauses name (…。县长某某在会上说了啥？): what they ask of, not the story's things
        titles = [r for r in roles if not r.endswith(self.genre.group_words)]  # (代表 of "有代表提到这事吗": a group, no subject)
        asked_subject = any(n and n in c for n in (person.person, *titles) for c in asking)
        person = _asked_of(person, story, asking, titles)
        group = self.group(own, text.en, words)  # (…问众包骑手…，人社局怎么回应的: the told one's group is not asked)
        topic = _unqualified(t, topic, group)  # 民企 of "民企代表都聊了哪些方面": who they are, no subject
        if story and group and not any(g in c for g in {group, group[:2], group[-2:]} for c in asking):  # (委员企业: 委员 asked)
            group = None  # "…老板让我打听一下，书记对企业有啥承诺": the story's boss is no group asked
        masked = self._masked(t, spans, text.en)
        aside, rest = self._set_aside(masked, any(w in t for w in self._besides), words)
        masked = rest if aside else masked  # "Apart from the AI theme, what was…": no cue of the theme
        told = masked
        for clause in story:  # (…听说省里开了个会专门跟企业家聊这个，政府对…监管啥态度？: no cue of the story's 企业家)
            told = told.replace(clause, " " * len(clause))
        masked = told if story and self.question_words.asks("，".join(asking)) else masked
        verbs = self._inside_words(masked, lambda w: (self.segmenter.tag(w) or "").startswith("v"))  # 知道 of 知道会上
        held = self._inside_held(masked, words)  # (淤会 of 清淤会不会拖: 清淤 is the report's word, no misspelt 与会)
        cues = self.cues(masked, lambda w: words.holds(w) or self.segmenter.is_common(w) or self._verb_asked(w), self._inside_words(masked), verbs | held)
        rest = masked
        placed = self._item_place(masked)  # (最后一点 asks an item by its place: no 一点 to find)
        for start, end in reversed(_merged([*cues.spans, *([placed] if placed else [])])):
            rest = rest[:start] + " " + rest[end:]
        content = self.words(rest, MARKS, words)
        within = self._inside_words(t)  # (明开 of 有没有说明开…, its 说 a cue: no word, 明 being 说明's)
        counted = tuple(self.genre.counts_in(t))  # (欧元 of 8000万欧元: the figure's unit, no word asked of)
        spoken_to = [  # (跟…老乡说了啥: 老乡 is no subject; 跟城际铁路有关的说了什么 names one)
            m.group(1) for p in self._addressees for m in p.finditer(t) if not re.search("有关|相关|关于", m.group(1))
        ]
        if group and any(group in a for a in spoken_to):
            group = None  # "听说省里开了个会专门跟企业家聊这个，政府对…监管啥态度？": 企业家 are whom it was said to
        if spoken_to:
            content = replace(content, known=tuple(w for w in content.known if not any(w in a for a in spoken_to)),
                              unknown=tuple(w for w in content.unknown if not any(w in a for a in spoken_to)))
        slots = Slots(
            person=person.person,
            person_guess=named.guess,
            pronoun=person.pronoun,
            plural=person.plural,
            role=roles[0] if roles else None,
            roles=roles,
            topic=topic.topic,
            topic_terms=topic.terms,
            place=place,
            place_asked=place_asked,
            place_held=place_held,
            ordinal=self.genre.ordinal(t),
            item=(item := self.item(t))[0],
            item_noun=item[1],
            other_meeting=self._other_meeting(t, words),
            other_event=self._other_event(t, words),
            date=date,
            group=group,
            known_words=_asked_words(content.known, story, asking, self.knowledge.lexicon.generic_objects, subject=asked_subject),
            unknown_words=tuple(
                w for w in content.unknown if (not story or any(w in c for c in asking)) and w not in self._asking_nouns and w not in self.units.words
                and not _split_off(w, t, within) and not any(w in f for f in counted)
            ),
            name_words=_asked_words(tuple(w for w in content.names if not _split_off(w, t, within) and not any(w in f for f in counted)), story, asking,
                                    self.knowledge.lexicon.generic_objects, content.known),
            english_names=tuple(  # (not June of "by the end of June": a month, no one's name)
                n for n in self.words.english_names(text.raw)
                if n.lower() not in self.knowledge.lexicon.english_common and n.lower() not in self.knowledge.lexicon.titles_en  # (MP: a post)
                and not any(words.holds(zh) for zh in self.knowledge.lexicon.words_en.get(n.lower(), ()))  # (Mexico: the report's 墨西哥)
            ) if text.en else (),
            asked_phrase=topic.asked_phrase if not story or any(str(topic.asked_phrase) in c for c in asking) else None,
            person_derived=person.derived,
            person_bodied=named.bodied,
            role_apart=_apart(t, roles[0] if roles else None, person.person),
            level=next((w[0] for w in self.knowledge.lexicon.own_places if w.endswith("里") and w + "的" in t), None),
            whole=next((w for w in self.knowledge.lexicon.whole_places if w in t), None),
            people=person.people,
            pairs=paired(t, person.people, self._parts),
            recipients=received(t, person.people, self.knowledge.lexicon.recipient_markers),
            units=self.units("，".join(asking) if story else t) or (self._stated_units(t) if text.script == EN else ()),  # (好几年 of the asker's story asks no years)
            times=times,
            acts=self.question_words.acts(t),
            which=self._which(t),
            figures=(figures := tuple(self.genre.counts_in(t))),
            which_count=(m.group(1) if (m := _WHICH_COUNT.search(to_simplified(text.raw))) else None),
            figure_words=(beside := tuple(self._beside(t, f) for f in figures)),
            per_unit=next((b if b.startswith(m) else m + b for b, _ in beside for m in self.genre.per_unit_marks
                           if has_han(m) and b and has_han(b) and b.removeprefix(m) in self.genre.units  # (每小时; not 一楼)
                           and (b.startswith(m) and len(b) > len(m) or m + b in t)), ""),
            stated=tuple(f for f in figures if not any(f in c and self.question_words.asks(c) for c in re.split(r"[，,；;？?！!]", t))
                         and f"哪{f}" not in t),  # (哪12个项目: the count of those asked, no figure to check)
            count_verb=self._count_verb("，".join(asking) if story else t),
        )
        inside = self._inside_words(t)
        yes_no = self.question_words.yes_no(own, text.script) or self._declared(t, text.en, inside)
        question = Question(
            text=text,
            slots=slots,
            kind=self._kind(asked, yes_no, self._inside_words(asked), slots) if story and (asked := "，".join(asking)) else self._kind(t, yes_no, inside, slots),
            yes_no=yes_no,
            negated=yes_no and bool(self._negated and self._negated.search("，".join(asking) if story else t)),  # (not 没车回家 of the story)
            follow_up=self.question_words.follow_up(t),
            asks=self.question_words.asks(t, inside),
            facets=(
                self.question_words.facets(t, inside) | self._bare_name(t, slots) | self._compares(t) | self._meeting_verb(t, words)
                | (frozenset({"superlative"}) if self.genre.superlative(t) else frozenset())
                | self._to_group(t, slots.group) | self._thing_named(t, slots) | self._with_whom(t, text.en)
            ),
            cues=frozenset(cues.keyword_hits),
            hinted=frozenset(cues.weights),
            verbs=self.verbs(t, text.en),
            glossary=(*self.words.glossary(t, words), *_spelt_names(text.raw, words)) if text.en else (),
            keyword_hits=sum(cues.keyword_hits.values()),
            story=tuple(story),
            asking=tuple(asking),
        )
        return question, masked, cues

    def _described(self, text: str, person: Named, words: ReportWords) -> Named:
        """Someone pointed at by what they do ("做建筑那位女老板", "搞农业的那个老板"): the one person whose titles
        hold a word of the question, or a word that stands for it (建筑: 荣昌建设集团董事长); else still 那位.
        Not 她 of "她希望企业怎么做": whom the conversation gives."""
        pointed = re.search(f"[{''.join(self.knowledge.lexicon.demonstratives)}][位个名家]", text)  # 那个…老板，他…
        people_words = (*self.genre.titles, *self.genre.group_words)  # (老板, 女老板: whoever it is, not what they do)
        # (…or before what they do, said before the one pointed at: "那个在深圳开电子公司的老乡")
        heads = "|".join(map(re.escape, sorted({*people_words, *self.knowledge.lexicon.described}, key=len, reverse=True)))
        ahead = pointed is not None and re.search(f"^[{HAN_CLASS}]{{2,16}}?的(?:{heads})", text[pointed.end() :]) is not None
        # (…or before it: "在深圳开公司的那个老乡")
        ahead = ahead or pointed is not None and text[: pointed.start()].endswith("的") and re.match(f"(?:{heads})", text[pointed.end() :]) is not None
        if not (person.pronoun or ahead) or person.person is not None or (not pointed and any(p in text for p in self._personal)):
            return person
        leads = ("", *self.knowledge.lexicon.doing_verbs, *(m for m in self.genre.place_markers if len(m) == 1))  # (在深圳: 深圳)
        cut = [w.removeprefix(v) for w in self.segmenter.cut(text) for v in leads if w.startswith(v)]
        asked = {w for w in cut if len(w) >= 2 and is_han(w) and w not in self.stopwords}
        held: dict[str, int] = {}  # (of several a word fits, the one whose titles hold the most: 深圳, 电子 and 公司 of
        for word in asked:  # "那个在深圳开电子公司的老乡": 深圳鹏鸿精密电子有限公司董事长, not every 公司's head)
            same = {word, *self.tokenizer.equals(word)}
            if any(w.endswith(people_words) for w in same):
                continue
            for n in {n for role, names in words.vocab.roles.items() if any(w in role for w in same) for n in names}:
                held[n] = held.get(n, 0) + 1
        most = max(held.values(), default=0)
        found = [n for n, k in held.items() if k == most]
        return replace(person, person=found[0], pronoun=False) if len(found) == 1 else person

    @staticmethod
    def _by_family_name(family: str, person: Named, roles: tuple[str, ...], words: ReportWords) -> Named:
        """Someone asked by family name and title ("那个姓陈的秘书长"): the one of that name who holds it, or each."""
        if person.person:
            return person
        holders = {n for r in roles for k, names in words.vocab.roles.items() if k.endswith(r) for n in names}
        found = [n for n in words.vocab.names if n.startswith(family) and (not roles or n in holders)]
        if not found:
            return person
        return replace(person, person=found[0], people=tuple(found) if len(found) > 1 else person.people)

    def _to_group(self, text: str, group: str | None) -> frozenset[str]:
        """The group is whom something is asked of, not who asks ("会上对企业家有什么期待", "鼓励企业家…的人是谁", not
        "企业家对政府有什么期待"): facet to_group."""
        if not group:
            return frozenset()
        to = "|".join(map(re.escape, ("对", "给", "向", "跟", *self.knowledge.lexicon.urging_verbs)))
        if re.search(f"(?:{to})[^，。？?]{{0,6}}?{re.escape(group)}", text):
            return frozenset({TO_GROUP})
        urged = "|".join(map(re.escape, self.knowledge.lexicon.urging_verbs_en)) or "(?!)"  # "what did the host ask the entrepreneurs to do"
        return frozenset({TO_GROUP}) if re.search(rf"\b(?:{urged})\s+(?:the\s+|all\s+|those\s+)?(?:[a-z]+\s+)?[a-z]+s\b(?:\s+to\b)?", text) else frozenset()

    def item(self, text: str) -> tuple[int | None, str | None]:
        """An item of the last answer asked by its place ("第二点具体是什么", "第一个会的全称", "the second one"): its number
        (-1 for the last) and the noun after it, if it is one the items may end with."""
        for pattern in self._item_ordinals:
            m = pattern.search(text)
            if not m:
                continue
            n = m.group("n")
            number = -1 if n in _LAST else 1 if n in _FIRST else _ORDINALS_EN.get(n) or (int(n) if n.isdigit() else chinese_number(n))
            rest = text[m.end():]
            noun = next((w for w in self.knowledge.lexicon.item_nouns if rest.startswith(w)), None)
            return (number, noun) if number else (None, None)
        return None, None

    def _item_place(self, text: str) -> tuple[int, int] | None:
        """Where the text asks an item by its place with a count word after (第一条, 最后一点), if it does."""
        for pattern in self._item_ordinals:
            m = pattern.search(text)
            if m and m.end() > m.end("n") and m.group().endswith(self.knowledge.lexicon.point_words):  # (not 第一个 of 第一个发言的: who, first)
                return m.span()
        return None

    def _meeting_verb(self, text: str, words: ReportWords) -> frozenset[str]:
        """A question that holds the verb the meeting is named by ("郦书记他们会见某集团的人是哪天？" of
        '某某会见某某一行'): it asks of the meeting itself (facet meeting)."""
        name = words.vocab.meeting
        held = any(v in text and v in name for v in self.genre.held_verbs)
        return frozenset({"meeting"}) if held else frozenset()

    def _compares(self, text: str) -> frozenset[str]:
        """A comparison asked with words inside ("哪个投的钱多"): the facet compare."""
        return frozenset({"compare"}) if self._compare_asks and self._compare_asks.search(text) else frozenset()

    @staticmethod
    def _bare_name(text: str, slots: Slots) -> frozenset[str]:
        """A question that is only a name ("仉一苇？") asks who they are and what they did (facet deeds)."""
        return frozenset({DEEDS}) if slots.person and re.sub(r"[\W_]", "", text) == slots.person else frozenset()

    def _other_event(self, text: str, words: ReportWords) -> str | None:
        """A meeting the question names as the report writes it, that is not the report's own (政企早茶会 of a report on
        a 新春企业家座谈会 that announces the monthly 早茶会): its place and time are that event's, not the meeting's."""
        vocab = words.vocab
        if self._named_meeting is None or not vocab.meeting:
            return None
        for m in self._named_meeting.finditer(text):
            name = m.group()
            for start in range(len(m.group(1)) - 1):  # (the longest run the report writes: 政企早茶会, not …在哪开的政企早茶会)
                run = name[start:]
                if run in vocab.text and len(run) >= 4 and run not in vocab.meeting and vocab.meeting not in run \
                        and not any(run in n or n in run for n in vocab.aliases):
                    return run
        # (…or by what it is about and its kind, both of which the report writes apart, the kind not its own: "农业保险说明会定在
        # 哪天办" of '…投保农业保险…将于各村办理说明会', a report on a 会员代表大会)
        for m in self._named_meeting.finditer(text):
            head, kind = m.group(1), m.group(2)
            if kind not in vocab.text or kind in vocab.meeting or any(kind in n for n in vocab.aliases):
                continue
            about = next((head[i:] for i in range(len(head) - 2) if head[i:] in vocab.text), None)  # (three characters or more)
            if about and not self._pointing_at(head):
                return about + kind
        return None

    def _pointing_at(self, head: str) -> bool:
        """The words before a meeting's kind point at one (这次, 那个, 上次): the report's own, or one named before (not
        本 of 资本, 上 of 上海)."""
        return any(p in head for p in self._pointing if len(p) >= 2)

    def _other_meeting(self, text: str, words: ReportWords) -> str | None:
        """A meeting the question names that is not the report's and that the report never writes: "乌澜市民营经济发展
        大会是哪天开的" of a report on a 民营企业座谈会 — another kind of meeting, named by words its name and theme lack and
        the report never writes together. Not "这次座谈会", nor "市人大会议" (会议 names no kind), nor the report's meeting
        said short or in other words of the same kind (社咨会全体会议 of a 平常全体会议), nor named by where it was held."""
        vocab, report = words.vocab, words.vocab.text
        if self._named_meeting is None or not vocab.meeting:
            return None
        own = vocab.meeting + vocab.theme + "".join(vocab.places)  # (雁鸣花园业主大会 of a 特别业主大会 held at 雁鸣花园…)
        own_kind = next((k for k in sorted(vocab.kinds, key=len, reverse=True) if vocab.meeting.rstrip("”」\"").endswith(k)), "")
        abbreviations = self.knowledge.lexicon.abbreviations
        starts, at = {0}, 0  # where jieba's words start and end (大会 of 人大会议 stands inside a word)
        for token in self.segmenter.cut(text):
            at = text.find(token, at) + len(token)
            starts.update((at - len(token), at))
        for m in self._named_meeting.finditer(text):
            kind, content = m.group(2), []
            if kind == own_kind or m.start(2) not in starts or m.end(2) not in starts:
                continue
            for w in reversed(self.segmenter.cut(text[: m.start(2)])):  # the nouns right before the kind: its own name
                tag = self.segmenter.tag(w)  # (None: a word of the report's or the question's own, 民营经济)
                if w in self.stopwords or w.startswith(self._pointing) or not (tag.startswith(_NAME_TAGS) if tag else len(w) >= 2 and is_han(w)):
                    break
                content.insert(0, w)
            core = "".join(content)
            content = [w for w in content if len(w) >= 2 and self.segmenter.tag(w) not in self.knowledge.lexicon.place_tags]
            if len(core) < 4 or not content or core in report:
                continue
            if any(not any(s in own for s in (*self.tokenizer.synonyms(w), *abbreviations.get(w, (w,)))) for w in content):
                return core + kind
        return None

    def _antecedent(self, text: str, raw: str, slots: Slots, words: ReportWords) -> str | None:
        """The one a pronoun points back to inside the message ("…省长也回了几句。…最后他对省里那些部门提了什么要求？"):
        the last person, or holder of a title only one holds, named before it; none when the question names its own."""
        if not slots.pronoun or slots.person or slots.role or not self._personal:
            return None
        if not has_han(raw):  # "My uncle says the governor Wang Weizhong spoke…. What is his full title": the one spelt before
            at = m.start() if (m := self._personal_en.search(raw)) else -1
            before = re.sub(r"[-'’]", " ", raw[:at].lower()) if at > 0 and words.pinyin_names else ""
            spelt = [(m.start(), words.pinyin_of[m.group()]) for m in words.pinyin_names.finditer(before)] if before else []
            return max(spelt)[1] if spelt else None
        at = min((i for p in self._personal if (i := text.find(p)) > 0), default=-1)
        before = text[:at] if at > 0 else ""
        named = [(before.rfind(n), n) for n in words.vocab.names if n in before]
        held = [(m.start(), names[0]) for m in (words.roles.finditer(before) if words.roles else ())
                if len(names := words.vocab.roles.get(m.group(), ())) == 1]
        return max(named + held)[1] if named or held else None

    def _days_from_meeting(self, text: str, words: ReportWords) -> str:
        """"开会前一天…" of a meeting on 7月30日: "29日…", the day the report would write (within its month)."""
        days = self.knowledge.lexicon.meeting_relative_days
        said = next((w for w in sorted(days, key=len, reverse=True) if w in text), None)
        found = self.genre.dates.first(words.vocab.date) if said and words.vocab.date else None
        day = found.date.day if found else None
        last = calendar.monthrange(2001, found.date.month)[1] if found and found.date.month else 28
        if not said or day is None or not 1 <= day + days[said] <= last:
            return text
        at = text.find(said)
        before = re.search(rf"(?:{'|'.join(self.genre.meeting_words)}|开会|会)(?:开完|结束|散会|开过)?(?:了|后|以后|之后|的)?$", text[:at])  # (听证会开完第二天)
        if at and not before and has_han(text[at - 1]):
            return text  # (签约前一天: another day's)
        start = before.start() if before else at
        return text[:start] + f"{day + days[said]}日" + text[at + len(said) :]

    def _acronyms_of(self, text: str, words: ReportWords) -> str:
        """"三届四次教代会在哪开的" of a 第三届教职工代表大会…第四次会议: the meeting, said by the acronym of a kind its name
        holds (教代会 of 教职工代表大会), and the term and session before it."""
        for acronym, full in self.knowledge.lexicon.meeting_acronyms.items():
            if acronym in text and full in words.vocab.meeting:
                # (not 下一届职代会, 上次职代会: another session)
                text = re.sub(rf"(?<![下上前届次])(?<![下上]一)(?:[{_CN_ORDINALS}\d]+届)?(?:[{_CN_ORDINALS}\d]+次)?{acronym}", "会议", text)
        return text

    def _held_by(self, text: str, words: ReportWords) -> str:
        """A meeting named by the body the report says holds it ("萩川商会这次年会在哪儿搞的", of a 理事会暨会员大会 the
        萩川商会 holds) is the meeting: 会议, no body asked about."""
        if self._body_meeting is None:
            return text
        for m in reversed(list(self._body_meeting.finditer(text))):
            run = m.group(1)
            body = next((run[i:] for i in range(len(run) - 2) if run[i:].endswith(self._bodies) and run[i:] in words.vocab.text), "")
            if body:
                text = text[: m.start(1) + len(run) - len(body)] + "会议" + text[m.end() :]
        return text

    def _with_whom(self, text: str, en: bool) -> frozenset[str]:
        """An English question that asks with whom ("Who did Tan sign the agreement with?"): facet whom."""
        return frozenset({"whom"}) if en and any(p.search(text) for p in self._whom_en) else frozenset()

    def _thing_named(self, text: str, slots: Slots) -> frozenset[str]:
        """A name asked of a thing, not of a person ("那个专家深聊会全称叫啥来着？": the clause that
        names the 深聊会 answers; facet thing_name)."""
        lex = self.knowledge.lexicon
        at = min((i for w in lex.facets.get("name", ()) if has_han(w) and (i := text.find(w)) >= 0), default=-1)
        before = text[:at].rstrip("的 ") if at > 0 else ""
        for form in lex.answer_forms:
            before = before.removesuffix(form)  # (…深聊会全称叫啥)
        things = lex.named_things
        if slots.person or slots.pronoun:  # of someone's, a thing of two characters or more (游慧心作主题发言，题目叫啥)
            things = tuple(t for t in things if len(t) > 1)
        return frozenset({"thing_name"}) if before.endswith(things) else frozenset()

    def _declared(self, text: str, en: bool, inside: set[int]) -> bool:
        """A figure stated with a question mark and no question word ("来了300多家企业？", "县长说
        明年拿5000万设资金池？") checks what it states: a yes/no. Not a bare name or a short follow-up
        ("王伟中？", "那金融呢？"). So does 是…的？ ("是在上海开的？")."""
        if en or not text.rstrip().endswith(("?", "？")) or self.question_words.follow_up(text):
            return False
        if any(f"哪{f}" in text for f in self.genre.counts_in(text)):
            return False  # "最后是哪12个项目入选了？": which of them, with how many
        if not self.genre.counts_in(text) and not _STATED_AS.search(text) and not (self._negated and self._negated.search(text)):
            return False  # (only a figure stated, 是…的, or what was not done: "那些部门现场作了答复？" asks which, with 那 for 哪)
        return len(HAN.findall(text)) >= 6 and not self.question_words.asks(text, inside) and not self.units.counts(text)  # (跑几班)

    def _kind(self, text: str, yes_no: bool, inside: set[int], slots: Slots) -> str:
        kind = self.question_words.kind(text, yes_no, inside)
        role = slots.role or ""
        if kind == "what" and role and any(w + role in text for w in self.knowledge.lexicon.which_of_title):
            return "who"  # 哪个局长回的: who, by the title
        if kind == "who" and self._thing_named(text, slots):
            return "what"  # 叫啥 of a thing asks what it is called, not who
        return "how_many" if kind == "what" and self.units.counts(text) else kind  # 补助申请有几件

    def _stated_units(self, text: str) -> tuple[str, ...]:
        """The units a count asks in where it names none but states a count of the same things ("Of the 14 companies that
        attended, how many were exporters?": 家, not a time limit's 3个工作日): the stated count's unit and its kind's."""
        if self.question_words.kind(text, False) != "how_many":
            return ()
        figures = [self.genre.figure(f) for f in self.genre.counts_in(text)]  # (not 一小时 of "多少一小时": a unit it is per;
        counting = {*self.genre.unit_kinds.get("people", ()), *self.genre.unit_kinds.get("items", ())}  # nor 60岁 of 60岁以上)
        units = [f.unit for f in figures if f.unit in counting and f.text[:1].isdigit() and (f.value or 0) >= 2]
        kinds = [us for k, us in self.genre.unit_kinds.items() if k not in ("items", "classifiers") and any(u in us for u in units)]
        return tuple(dict.fromkeys([*units, *(u for us in kinds for u in us)]))

    def _beside(self, text: str, figure: str) -> tuple[str, str]:
        """The words that stand right before and right after a figure of the question, asking
        words left out: "开工了128个老旧小区吗" -> (开工, 老旧小区)."""
        at = text.find(figure)
        named = [w for w in self.segmenter.cut(text[:at]) if w not in self.stopwords and self._names_something(w)]
        after = [w for w in self.segmenter.cut(text[at + len(figure) :]) if w not in self.stopwords and self._names_something(w)]
        return (named[-1] if named else "", after[0] if after else "")

    def _ordinal_terms(self, terms: list[str], ordinal: str | None, words: ReportWords, t: str) -> list[str]:
        """The terms with the session or phase the question names: one the report names, not its own meeting's ("第四届会员
        代表大会是不是2028年开"); one the report lacks where it writes another of its unit ("墨西哥厂第二期…", its 第一期)."""
        if ordinal and ordinal not in words.vocab.meeting and words.holds(ordinal):
            return terms + ([ordinal] if ordinal not in terms else [])
        if ordinal and self._other_ordinal(ordinal, words):
            return [w for w in terms if w not in ordinal] + [ordinal]
        return list(self._not_the_meeting(terms, t))

    @staticmethod
    def _other_ordinal(word: str, words: ReportWords) -> bool:
        """An ordinal with its unit (第二期) the report never writes, where it writes another of that unit (第一期)."""
        m = re.fullmatch(r"第([一二三四五六七八九十\d]{1,3})([期批届轮次])", word)
        if m is None or words.holds(word):
            return False
        numerals, own = "一二三四五六七八九", m.group(1)  # (第2期 is 第二期: the same one, in digits)
        same = {own, numerals[int(own) - 1] if own.isdigit() and 0 < int(own) < 10 else "", str(numerals.find(own) + 1) if own in numerals else ""}
        written = {n for n in (*numerals, "十", *"123456789") if words.holds(f"第{n}{m.group(2)}")}
        return bool(written - same)

    def _inside_held(self, text: str, words: ReportWords) -> set[int]:
        """Positions inside a run of two to four characters that the report writes as a word (清淤, whatever jieba cut): no
        sound-alike cue starts or ends there."""
        inside: set[int] = set()
        for at in range(len(text) - 1):
            for size in (2, 3, 4):
                run = text[at : at + size]
                if len(run) == size and is_han(run) and words.holds(run):
                    inside.update(range(at + 1, at + size))
        return inside

    def _verb_asked(self, window: str) -> bool:
        """A verb of one character and an asking one (交啥: submit what), no misspelt word by its sound (叫啥)."""
        asking = self.knowledge.lexicon.asking_characters
        return len(window) == 2 and window[1] in asking and (self.segmenter.tag(window[0]) or "").startswith("v")

    def _past_word_begun(self, run: str, text: str, words: ReportWords) -> str:
        """A run the report lacks, without the end of a word of the question begun before it that the report says otherwise
        (议多减 of 有人提议多减: 提 was taken as a word that asks, 提议 is, as the report writes it, 建议): 多减."""
        at, start = text.find(run), 0
        for token in self.segmenter.cut(text) if at > 0 else ():
            start = text.find(token, start)
            if start < at < start + len(token) and any(words.holds(e) for e in self.tokenizer.synonyms(token) - {token}):
                return run[start + len(token) - at :]
            if start < at < start + len(token) and self.segmenter.is_common(token) and len(token) == 2 and at + 1 < len(text) \
                    and text[at - 1 : at + 1] == token and not words.holds(token) and self.tokenizer.knows(token):
                return run[start + len(token) - at :]  # (始清 of 要开始清, 要开 taken as the report's: 开始 + 清, a verb, no thing)
            start += len(token)
        return run

    def _inside_words(self, text: str, held: Callable[[str], bool] | None = None) -> set[int]:
        """Positions of a text inside an everyday word of jieba's (the 在 of 存在): no cue or
        question word starts there. (Inside a word jieba guesses, 遗说 of 非遗说, cues may.)
        With `held`, only the words it holds count (the report's own words, for focus terms)."""
        inside, at = set(), 0
        for token in self.segmenter.cut(text):
            at = text.find(token, at)
            if len(token) > 1 and self.segmenter.is_common(token) and (held is None or held(token)):
                inside.update(range(at + 1, at + len(token)))
            at += len(token)
        if held is None:  # (…说“最怕哪天敲不动了”的是谁: words quoted from the report ask nothing)
            inside.update(i for m in QUOTED_WORDS.finditer(text) for i in range(m.start(), m.end()))
        return inside

    def _which(self, text: str) -> str | None:
        """The noun a which-question asks for (哪些公司: 公司; "which companies": 企业, its gloss)."""
        m = re.search(r"(?:哪个|哪家|哪些|哪几个|哪几家|哪一个|哪一家)\s*(\w{1,6})", text)
        noun = m.group(1) if m else None
        if noun is None and (m := _WHICH_EN.search(text)):
            lex = self.knowledge.lexicon
            gloss = lex.groups_en.get(m.group(1)) or next(iter(lex.words_en.get(m.group(1), ())), None)
            noun = gloss
        if not noun:
            return None
        # the noun, maybe after a word that says what kind (哪几家AI公司: 公司)
        found = [(noun.find(n), -len(n), n) for n in self.genre.which_nouns if n in noun[:6] and (noun.find(n) == 0 or not has_han(noun[: noun.find(n)]))]
        return min(found)[2] if found else None

    def _own_pronoun(self, question: Question, told: str) -> Question:
        """A pronoun after one of the asker's own ("我老公过咗身，地契系佢个名…"): his, no one of the report's."""
        if question.slots.pronoun and self.person.own_before_pronoun(told):
            return replace(question, slots=replace(question.slots, pronoun=False))
        return question

    def read(self, text: Text | str, words: ReportWords, context: Context | None = None) -> Parse:
        """The whole pipeline: a question about one meeting, in a conversation's context."""
        text = self.normalise(text) if isinstance(text, str) else text
        heard = bool(self._beliefs.match(text.text))  # "听说…？": what the asker heard
        told = text.text  # (the whole message, the asker's own story with it)
        said = _meeting_said(self._acronyms_of(self._without_asker(text.text), words), words.vocab.meeting, words.vocab.kinds, self._own_kinds)
        asked = self._days_from_meeting(self._held_by(said, words), words)
        quoted, misquoted = self.misquotes(self._report_forms(asked, words), words)  # “政产学研金用”: the report's 政产学研用金
        text = replace(text, text=self._recut(self._report_units(self._bare_amounts(self.repair(quoted, words)), words), words))
        question, masked, hits = self.question(text, words)
        question = self._own_pronoun(question, told)
        held = tuple(w for w in dict.fromkeys(quoted_words(quoted)) if words.holds(w))
        question = replace(question, misquoted=misquoted, quoted=held, told=self._told_question(text.text))
        antecedent = self._antecedent(told, text.raw, question.slots, words)
        if antecedent:  # "…省长也回了几句。…最后他对省里那些部门提了什么要求？": he is the 省长 of the story
            question = replace(question, slots=replace(question.slots, person=antecedent))
        question = replace(question, heard=heard, meeting_part=self._meeting_part(told, words))
        question = self._checked_last(question)
        if heard and self._stated(asked) and not question.yes_no and not question.asks:
            question = replace(question, yes_no=True, kind="yes_no")  # "听说协议是市长亲自签的字？": what was heard, to check
        names_one = question.slots.person is not None and not question.slots.pronoun
        saying = context is not None and bool(context.person) and SAYING in self.tokenizer.concepts(text.text)
        question = with_context(question, context, words.vocab.roles, self._personal, saying, self.knowledge.lexicon.party_words)
        # (a word the report says otherwise, 搬家 of its 搬迁, lowers no intent's score as one it lacks would)
        unknown = [w for w in question.slots.unknown_words if not (has_han(w) and any(words.holds(e) for e in self.tokenizer.equals(w) if len(e) >= 2))]
        scores = self.scorer(masked, text.script, question.slots, hits, len(unknown))
        if context and context.intent and not question.keyword_hits and elliptical(question, len(masked), names_one):
            carried = carry_over(self.knowledge, context.intent, question)
            if carried:
                scores[carried] = max(scores.get(carried, 0.0), CARRIED_SCORE)
        intent, confidence, runner_up = decide(scores, self.knowledge, text.text)
        fallback = self._fallback(question, text.text) if intent is None else None
        if fallback is not None:
            intent, confidence = self.knowledge.intent(fallback), THRESHOLD
        first = intent
        if intent is not None:
            intent = redirect(intent, question, words.vocab, self.knowledge)
        if question.kind in READING_KINDS and intent is not None and intent.answer not in READING_KINDS[question.kind]:
            intent = None  # a time limit is no meeting date nor anyone's views: the clause that sets it answers
        if question.has(DESTINATION) and intent is not None and intent.answer in PLACE_ANSWERS:
            intent = None  # "军功章捐给哪儿了": the receiver, which the clause that gives it names, not the meeting's venue
        question = self._sides(self._reading(self._focus(question, intent, words), words), words)
        if question.sides and (intent is None or intent.name != COMPARED_BY):
            intent, confidence = self.knowledge.intent(COMPARED_BY), max(confidence, THRESHOLD)  # two figures set side by side
        return Parse(
            question,
            intent,
            confidence,
            runner_up,
            scores,
            redirected_from=first.name if first and intent and first.name != intent.name else None,
        )

    def _fallback(self, question: Question, text: str) -> str | None:
        """The intent that answers a question no intent scored enough for, by its shape (None for none)."""
        if question.counts and not question.yes_no:  # "全区今年装好了几台？": a count with its classifier
            return COUNTED_BY
        if self._responding(question, text):  # "羿浩明怎么回应": what the one named said, asked as a response
            return SAID_BY
        if question.has("besides") and question.kind in ("who", "list") and not question.yes_no:
            return OTHERS_BY  # "除了省长和政协主席，还有谁？"
        return None

    def _responding(self, question: Question, text: str) -> bool:
        """A question whose subject is one the report names, asking how they responded ("羿浩明怎么回应", "運輸局局長點回應"):
        their words. Not one that names them after the asking (县里怎么答复他: the body's answer to him)."""
        slots = question.slots
        if not (slots.person or slots.role) or slots.pronoun or question.yes_no:
            return False
        asked = [text.find(w) for w in self._response_asks if w in text]
        titles = [t for r in slots.roles for t in self.genre.titles if r.endswith(t)][:1]  # (运输局局长 of 运输及物流局局长)
        named = [text.find(n) for n in (slots.person or "", *slots.roles, *titles) if n and n in text]
        return bool(asked and named) and min(named) < min(asked)

    def _meeting_part(self, told: str, words: ReportWords) -> str | None:
        """The kind of one part of a joint meeting the question names ("签约仪式是县长主持的吗" of
        某推介会暨重点项目集中签约仪式: 签约仪式), as the genre's meeting words end it; None for one meeting."""
        parts = words.vocab.meeting.split(self.genre.name_joint) if words.vocab.meeting else []
        kinds = [next((k for k in self._meeting_kinds if p.endswith(k)), "") for p in parts] if len(parts) > 1 else []
        said = [k for k in kinds if k and k in told and kinds.count(k) == 1]
        return said[0] if len(said) == 1 else None

    def _head_equivalents(self, word: str, words: ReportWords) -> set[str]:
        """A word the report never writes, of a head and one character more (供暖费: 供暖 + 费), stands
        for what its head does (≡heating: the report's 供热价格); one of a verb and its object (缺钱: 缺 +
        钱) for what its object does (≡money: the report's 资金, 金融资源)."""
        if len(word) < 2 or not has_han(word) or words.holds(word):
            return set()
        return (len(word) >= 3 and self.tokenizer.equivalents(word[:-1])) or self.tokenizer.equivalents(word[1:])

    def _stated(self, asked: str) -> bool:
        """What the asker heard, stated with a question mark and no question word ("听说…签的字？"): a yes/no."""
        return asked.rstrip().endswith(("?", "？")) and not self.question_words.asks(asked)

    @staticmethod
    def _checked_last(question: Question) -> Question:
        """A yes/no whose last clause names one person, after clauses that name others ("听说林克庆那天没来，是温国辉代他
        主持的？"): the one the last clause names is whom it checks."""
        slots, clauses = question.slots, question.asking
        if not question.yes_no or len(slots.people) < 2 or len(clauses) < 2:
            return question
        last = [n for n in slots.people if n in clauses[-1]]
        if len(last) != 1 or last[0] == slots.person or not any(n in c for c in clauses[:-1] for n in slots.people if n != last[0]):
            return question
        return replace(question, slots=replace(slots, person=last[0]))

    def _without_asker(self, text: str) -> str:
        """The question without the asker's own situation: "我是在深圳做AI的创业者，最近成本压得我们
        喘不过气，想问问会上对算力有什么说法？" asks only its last clause (深圳 is no premise of it);
        "我外婆是汀兰人，她说…" — what someone near the asker said is the premise, not a person to ask about."""
        lex = self.knowledge.lexicon
        heard = {i for i, c in enumerate(_CLAUSE_KEEP.split(text)) if c and self._beliefs.match(c)}
        text = self._beliefs.sub("", text)  # 我记得…，对吗: what the asker believes is the premise
        if not text.startswith(lex.self_openers):
            return self._without_plan(text)
        clauses = [c for c in _CLAUSE_KEEP.split(text) if c]
        if len(clauses) < 2 or any(r in c for c in clauses[1:] for r in lex.story_references):
            return text  # ("我们是做私募基金的，省长讲话跟我们有啥关系": the story is what the question points back at)
        kept: list[str] = []
        pointed = [i for i, c in enumerate(clauses) if any(p in c for p in lex.place_pointers)]  # ("我住溪湄路二段，那条路…": the
        for i, clause in enumerate(clauses):  # place of their own story is what a later clause points back to)
            own = any(p in clause for p in lex.self_openers) and i not in heard and not any(j > i for j in pointed)  # (what they heard is no story: 看新闻说调研组到过我们那儿)
            if not kept and own and i < len(clauses) - 1 and not self._asks(clause):
                continue  # (only the clauses before the first that asks)
            kept.append(clause)
        if not kept or len(kept) == len(clauses):
            return text
        kept[0] = re.sub(lex.hearsay, "", kept[0])
        return "".join(kept)

    def _without_plan(self, text: str) -> str:
        """The question without what the asker says of themselves after it ("…主要措施有哪些？分点列一下，我要放到论文的
        政策分析部分": 政策 is no subject asked)."""
        clauses = [c for c in _SENTENCE_KEEP.split(text) if c]
        asking = [i for i, c in enumerate(clauses) if self._asks(c)]
        if not asking:
            return text
        last = asking[-1]
        after = clauses[last + 1 :]
        kept = [c for c in after if not c.lstrip().startswith(self.knowledge.lexicon.self_openers)]
        return text if len(kept) == len(after) else "".join([*clauses[: last + 1], *kept])

    def _masked(self, t: str, spans: Spans, en: bool) -> str:
        """The question with its slots' words marked; not a topic's word inside an intent's English keyword
        ("who signed the wage contract?": signed is the cue's, not the projects topic's signing)."""
        masked = t
        phrases = self.cues.phrase_spans(t) if en else []
        for start, end, slot in sorted(spans.taken, reverse=True):
            if not (slot == "topic" and any(a <= start and end <= b for a, b in phrases)):
                masked = masked[:start] + MARK[slot] + masked[end:]
        return masked

    def _set_aside(self, text: str, besides: bool, words: ReportWords) -> tuple[str, str]:
        """The clause a besides-word opens or closes ("除了现场发言的，…", "会长以外，…"), or the
        opening clause that only sets the time ("那民政厅汇报完，…"), and the rest of the question
        (no clause when the question has no comma after it). A time set by a clause that names a thing of the report,
        where the rest names none, is what is asked of ("冷藏库通过之后，预计什么时候动工": of the 冷藏库)."""
        lex = self.knowledge.lexicon
        first = re.split(r"[，,；;]", text, maxsplit=1)
        if len(first) == 2 and first[0].rstrip().endswith(lex.setting_ends):
            named = [w for w in self.tokenizer.terms(first[1]) if words.holds(w) and self._names_something(w)]
            subject = [w for w in self.tokenizer.terms(first[0]) if words.holds(w) and self._names_something(w)]
            return (first[0], first[1]) if named or not subject else ("", text)
        for word in self._besides if besides else ():
            at = text.find(word)
            ends = [e for e in (text.find(m, at) for m in "，,；;") if e >= 0] if at >= 0 else []
            opens = at >= 0 and word in lex.besides_openers
            goes_on = [e for e in (text.find(g, at + len(word) + 1) for g in lex.besides_goes_on) if e >= 0] if opens else []
            if not ends and goes_on:  # "听证人除了主持人还有谁": the clause ends where the rest goes on, the subject before it
                return text[at : min(goes_on)], text[:at] + " " + text[min(goes_on) :]
            if not ends:
                continue
            start, end = max(text.rfind(m, 0, at) for m in "，,；;") + 1, min(ends)
            if at == start or at + len(word) == end:
                return text[start:end], text[:start] + " " + text[end:]
            if at - start <= _SUBJECT_BEFORE_ASIDE:  # '参加人除了价格本身，还…': the subject stays
                return text[at:end], text[:at] + " " + text[end:]
        return "", text

    def _story(self, text: str) -> tuple[list[str], list[str]]:
        """A long question's clauses (three or more, or a sentence before the question) that ask
        nothing — the asker's story — and those that ask (the last always does)."""
        clauses = [c for c in _STORY_CLAUSE.split(text) if c and (has_han(c) or _LATIN.search(c))]  # (not the -- of <!--)
        ends = [m.end() for m in _SENTENCE_END.finditer(text.rstrip("?？!！ "))]
        # 家里担心他找工作。…怎么说的？; (我是应届生，)想留在广东做AI，会上有没有讲…: the asker's story goes on, its subject unsaid
        lex = self.knowledge.lexicon  # (我在健身房办了年卡有点慌，…: the asker's own)
        typed = _HAN_SPACE.split(clauses[0], maxsplit=1) if len(clauses) == 1 else []
        if len(typed) == 2 and typed[0].startswith(lex.self_openers) and not self._asks(typed[0]):
            return typed[:1], typed[1:]  # "我还在候补宿舍 到底有多少人排队候补啊": typed apart, the asker's own, then the question
        goes_on = len(clauses) == 2 and not self._asks(clauses[0]) and (clauses[0].startswith(lex.self_continuations) or (
            clauses[0].startswith(lex.self_openers) and not any(p in clauses[1] for p in lex.self_openers)))  # (…跟我们机构有啥关系: of the story)
        told = len(clauses) == 2 and (bool(ends) or goes_on)
        if len(clauses) < 3 and not told or self._tag_asked(clauses[-1]):
            return [], clauses  # (…，其中交通类有二十几宗，是不是？: a claim to check, every clause of it, no story)
        # a sentence that ends with 。 or ！ before the question asks nothing (给几家企业供货，…，真是愁死了。)
        said = set(_STORY_CLAUSE.split(text[: ends[-1]])) if ends else set()
        subject = self._pointed_subject
        asks = [i == len(clauses) - 1 or c not in said and (self._asks(c) or bool(subject and subject.search(c.rstrip("，,；; "))))
                for i, c in enumerate(clauses)]
        return [c for c, a in zip(clauses, asks, strict=True) if not a], [c for c, a in zip(clauses, asks, strict=True) if a]

    def _tag_asked(self, clause: str) -> bool:
        """A last clause that is only a tag question (是不是？, 对吧, 係咪): what came before is the claim it asks about."""
        return clause.strip(" ?？") in self._tags

    def _untold(self, text: str) -> str:
        """The text with a told question's clause blanked, in place ("厍明亮问众包骑手有没有…，人社局怎么回应的")."""
        told = self._told_question(text)
        if told is None:
            return text
        at = text.find(told)
        start = max((i + 1 for i, c in enumerate(text[:at]) if c in "，,；;。？?！!"), default=0)
        return text[:start] + " " * (at + len(told) - start) + text[at + len(told) :]

    def _told_question(self, text: str) -> str | None:
        """The words of a question someone asked at the meeting that the text tells before a clause of its own ("书记插话问她
        去年来了多少游客，她怎么答的": '她去年来了多少游客'), else None."""
        clauses = [c for c in re.split(r"[，,；;。？?！!]", text) if c.strip()]
        told = next((m for c in clauses[:-1] if (m := self._reported.match(c))), None)
        told = told or self._request_told(clauses)
        return told.string[told.end() :] if told else None

    def told_request(self, text: str) -> bool:
        """The text tells a request made at the meeting, then asks how it was met ("地主要求重新估价，建商答应了吗"): one
        question, the request no question of its own."""
        return self._request_told([c for c in re.split(r"[，,；;。？?！!]", text) if c.strip()]) is not None

    def _request_told(self, clauses: list[str]) -> re.Match[str] | None:
        if len(clauses) < 2 or not any(w in clauses[-1] for w in self._response_asks):  # (…要求…，建商答应了吗)
            return None
        return next((m for c in clauses[:-1] if (m := self._request.match(c))), None)

    def _asks(self, clause: str) -> bool:
        """The clause holds a question word, a yes/no mark or an asking verb (想问, 请问), not only inside
        words that ask nothing (一直没什么动静) nor in someone's question it tells (乡长问…谁负责)."""
        if self._reported.match(clause):
            return False
        for word in self.knowledge.lexicon.not_asking:
            clause = clause.replace(word, " ")
        return any(w in clause for w in self._asking_words)

    def _recut(self, text: str, words: ReportWords) -> str:
        """A word jieba makes of a little word and the start of the next, where the report writes
        the next whole (说明 of "县长说明年拿多少", the report having 明年), or guesses from a
        character and a word of the report (设转贷): set apart (说 明年, 设 转贷), so that no part
        of the question is read as a word the report never uses."""
        apart, at = [], 0
        for token in self.segmenter.cut(text):
            at = text.find(token, at)
            if not (len(token) == 2 and token[0] in self.stopwords or len(token) >= 3) or not is_han(token):
                pass  # (the cheap tests first: most words are neither)
            elif words.holds(token) and not (len(token) >= 3 and self._oftener(token, words)):
                pass  # (…but 来蘅泽, which the report writes once in 常来蘅泽走走, is 来 + the 蘅泽 it writes throughout)
            elif len(token) == 2 and token not in self._asking_whole and any(  # (一共 of 一共有, a facet's word: no 一 + 共有)
                words.holds(piece := text[at + 1 : at + 1 + n]) and self.segmenter.is_common(piece)
                for n in (2, 3, 4) if at + 1 + n <= len(text)
            ):
                apart.append(at + 1)

            elif (
                len(token) >= 3 and not self.segmenter.is_common(token) and words.holds(token[1:])
                and not any(token[1:] in n for n in words.vocab.names)  # 紫惠兰 is 訾惠兰 misspelt, not 紫 + 惠兰
                and not token.endswith(self.genre.titles)  # 副市长 is a title, not 副 + 市长
                and not self.tokenizer.equivalents(token)  # 没人管 stands for the report's 弃管: it is no 没 + 人管
            ):
                apart.append(at + 1)  # 设转贷 (jieba's guess) of "拿5000万设转贷资金池": 设 + 转贷
            elif (
                len(token) == 3 and not self.segmenter.is_common(token) and not words.holds(token)
                and words.vocab.text.count(token[:2]) >= 2 and not self.segmenter.is_common(token[1:])
                and (self.segmenter.tag(token[2]) or "").startswith("v")  # (收 of 地契收: a verb; not 团 of 桐溪团, a short name)
                and not any(token[:2] in n for n in words.vocab.names) and not token.endswith(self.genre.titles)
            ):
                apart.append(at + 2)  # 地契收 (jieba's guess) of "地契收多少钱", the report writing 地契: 地契 + 收
            at += len(token)
        for i in reversed(apart):
            text = text[:i] + " " + text[i:]
        return text

    def _oftener(self, token: str, words: ReportWords) -> bool:
        """A word of going or coming and a place the report writes more often alone than after it (来 + 蘅泽), or a place
        everyone knows (去 + 上海, which the report may not write at all)."""
        text = words.vocab.text
        return token.startswith(self.knowledge.lexicon.motion_words) and not self.segmenter.is_common(token) \
            and (text.count(token[1:]) > 2 * text.count(token) or self.segmenter.tag(token[1:]) == PLACE_TAG)

    def _bare_amounts(self, text: str) -> str:
        """'50亿中长期贷款' is 50亿元, '拿5000万设资金池' 5000万元: an amount in 亿 or 万 in
        digits with no unit after it is money."""
        return self._bare_yi.sub(r"\g<0>元", text)

    def _report_units(self, text: str, words: ReportWords) -> str:
        """'床位是3,214还是3,241': a number of thousands asked bare, read with the unit the report writes right after the
        same number (3,214床), and the number beside it so too ('…还是3,241床')."""
        asked = [m.group() for m in _BARE_NUMBER.finditer(text) if not text[m.end():].startswith(self.genre.units)]  # (not 4500元)
        figures = self.genre.counts_in(words.vocab.text) if asked else []  # (read once, only when a bare number is asked)
        units = [self.genre.figure(f).unit for n in asked for f in figures if f.startswith(n) and not f[len(n) :][:1].isdigit()]
        return _BARE_NUMBER.sub(lambda m: m.group() + ("" if text[m.end():].startswith(self.genre.units) else units[-1]), text) if units else text

    def _report_forms(self, text: str, words: ReportWords) -> str:
        """A short form the report does not write, where it writes the full name: 人社局 stays
        人社局 in a report that says 市人社局, and is 人力资源和社会保障局 in one that says that; a title said by its alias (特首),
        the one full title of it the report writes. And one addressed by family name and a form of address (冉女士, 郗先生),
        the report's one bearer of that name: their name."""
        text = self._addressed(self._household(text, words), words)
        for short, fulls in self.knowledge.lexicon.abbreviations.items():
            full = next((f for f in fulls if words.holds(f)), None) if short in text and not words.holds(short) else None
            if full:  # (村支书: the report's 村党支部书记 or 村党总支书记, whichever it writes)
                text = text.replace(short, full)
        for alias, titles in self.genre.title_aliases.items():  # 仝特首 of a report's 行政长官仝某: 仝行政长官
            held = [t for t in titles if words.holds(t)] if alias in text and not words.holds(alias) else []
            if len(held) == 1:  # (老总 of a report with a 总经理 and a 董事长: either, left to the role slot)
                text = text.replace(alias, held[0])
        return text

    def _household(self, text: str, words: ReportWords) -> str:
        """"蒯家那个事最后赔了多少" of a report that withholds the name ('蒯某某'): that one, as the report writes them (not
        阙家 where the report writes it: its own word)."""
        marks, households = self.genre.withheld_name_marks, "|".join(map(re.escape, self.genre.household_marks))
        if not marks or not households:
            return text

        def withheld(m: re.Match[str]) -> str:
            family = m.group(1)
            held = next((family + mark for mark in marks if words.holds(family + mark)), None)
            return held if held and not words.holds(m.group()) else m.group()
        return re.sub(rf"([{HAN_CLASS}])(?:{households})", withheld, text)

    def _addressed(self, text: str, words: ReportWords) -> str:
        """"嗰位冉女士捐咗幾多錢": the one participant of that family name, named (not an everyday word: 先生 of 女先生)."""
        forms = [f for f in self.genre.address_forms if len(f) >= 2 and f in text]
        if not forms:
            return text
        bearers: dict[str, list[str]] = {}
        for name in words.vocab.names:
            bearers.setdefault(next((c for c in self.genre.compound_surnames if name.startswith(c)), name[:1]), []).append(name)
        for form in sorted(forms, key=len, reverse=True):
            for family, names in bearers.items():
                if len(names) == 1 and family + form in text and self.segmenter.tag(family + form) in (None, "nr") \
                        and not self._other_sex(form, names[0], words):
                    text = text.replace(family + form, names[0])
        return text

    def _other_sex(self, form: str, name: str, words: ReportWords) -> bool:
        """A form of address of a woman for one the report goes on about as 他, or of a man for one it calls 她 (冉女士 is
        no 冉立伟, '他在某直播间…')."""
        genre = self.genre
        sexes = [f for f in (genre.female_forms, genre.male_forms) if form in f[1:]]
        if not sexes:
            return False
        other = genre.male_forms[0] if sexes[0] is genre.female_forms else genre.female_forms[0]
        said = [s for s in re.split("[。！？]", words.vocab.text) if name in s]
        return any(other in s and sexes[0][0] not in s for s in said)

    def _focus(self, question: Question, intent, words: ReportWords) -> Question:  # noqa: ANN001
        """The question's words read against the report, with the intent's own cue words and
        the words that ask for a figure left out (they ask; they name nothing)."""
        key = intent.name if intent else ""
        if key not in self._ignored:
            self._ignored[key] = frozenset(self.stopwords | self.units.words | set(intent.keywords if intent else ()))
        if self._ignore is None:  # one pattern for every intent's words (each costs ≈ 15 ms to compile)
            every = (w for i in self.knowledge.intents for w in i.keywords)
            self._ignore = shared_alternation(frozenset(self.stopwords | self.units.words | set(every)))
        t = question.text.text
        for figure in question.slots.figures:  # 1000万港元 is a premise checked on its own, no words (00, 0万港元)
            t = t.replace(figure, " ")
        in_report = self._inside_words(t, lambda w: w in words.vocab.text)  # 开工 kept whole where the report has it
        terms, absent = focus_terms(
            t, words.vocab.text, self._ignore, in_report, self._ignored[key], self._particles, self.segmenter.is_common,
        )
        terms = self._not_the_meeting(terms, t)
        equals = self.tokenizer.equals  # 打进 is absent only when 打入 is too
        story, asking = question.story, question.asking  # (the asker's story names nothing the report lacks)
        absent = tuple(b for a in absent if len(b := self._past_word_begun(a, t, words)) >= 2)
        absent = tuple(
            a for a in absent
            if self._names_something(a) and not any(words.holds(s) for s in equals(a)) and not self._held_in_parts(a, words)
            and self._unmarked(a, words) == a
            and (not story or any(a in c for c in asking))
            and not self._inside_group_word(a, t, words)
            and not _misspelt_name(a, question.slots.person)
            and a not in self._asking_nouns  # (姓名, 职务: words that ask)
            and a not in self.knowledge.lexicon.described  # (老英雄 of "那个打过仗的老英雄…": whom, as the asker knows them)
            and not self._everyday_run(a, words)  # (最快开始实施: everyday words the report's 最早…执行 says otherwise)
            and not self._unit_of(a, words, t)
            and not self._a_date(a)  # (十月 of "十月那次…推多少个单位": when, where the report writes 10月)
            and not self._qualifying_only(a)  # (最后拍板 of "最低工资最后拍板多少": the new figure asked, no thing)
            and not self._concept_held(a, question, words)  # (底层 of "AI底层要抓哪几块": §base, the report's 基础)
        )
        loose = "".join(p for p in self._particles if len(p) == 1)  # (目标又 of "…的目标又各是多少": 目标, ≡ the report's 力争)
        absent = tuple(dict.fromkeys(b for a in absent if len(b := a.strip(loose)) >= 2 and not any(words.holds(e) for e in equals(b))))
        absent = absent + _negated_absent(t, words)
        return replace(
            question, terms=terms, absent=absent, absent_things=tuple(a for a in absent if self._names_thing(a)),
            absent_acts=tuple(a for a in absent if self._names_act(a)), described=tuple(a for a in absent if self._described_by(a, t, question.slots.person)),
        )

    def _count_verb(self, text: str) -> str:
        """The one-character verb right before the question's count word, past its aspect marker (缺 of "崧鹤到底缺几个司机",
        签 of "签了多少"): the report's figure that the same verb stands right before is the one asked ('…实际只有39人，缺7人')."""
        counts = "|".join(map(re.escape, self.genre.count_words))
        aspect = "".join(self.knowledge.lexicon.aspect_markers)
        m = re.search(f"([{HAN_CLASS}])[{re.escape(aspect)}]?(?:{counts})", text) if counts else None
        if m is None:
            return ""
        verb, lex = m.group(1), self.knowledge.lexicon
        shut = {*lex.copulas, *lex.modal_characters, *self.stopwords}
        return verb if (self.segmenter.tag(verb) or "").startswith("v") and verb not in shut else ""

    def _described_by(self, word: str, text: str, person: str | None = None) -> bool:
        """A word that stands before a pointer and what it counts by (淹水 of "新埔三街淹水那个排水工程什么时候做好"), or before 的
        and the person asked of (做电商 of "做电商的逯某提了什么建议"): it says which thing or one the asker means, in their own
        words."""
        lex = self.knowledge.lexicon
        if person and re.search(f"{re.escape(word)}(?:{'|'.join(map(re.escape, lex.describing_marks))}){re.escape(person)}", text):
            return True
        heads = "|".join(map(re.escape, sorted(lex.described, key=len, reverse=True)))  # ("那个在深圳做电子的老乡": 做电子)
        marks = "|".join(map(re.escape, lex.describing_marks))
        if person and heads and re.search(f"{re.escape(word)}[{HAN_CLASS}]{{0,6}}?(?:{marks})(?:那个|那位)?(?:{heads})", text):
            return True
        pointers = "|".join(map(re.escape, (p for p in lex.demonstratives if len(p) == 1)))
        counted = "".join(map(re.escape, lex.pointer_classifiers))
        return bool(pointers and counted) and re.search(f"{re.escape(word)}[{HAN_CLASS}]{{0,4}}?(?:{pointers})[{counted}]", text) is not None

    def _names_thing(self, word: str) -> bool:
        """A word that names a thing (利率, 老师: a noun, or a run whose last word is one), not an act (攞到)."""
        pieces = self.segmenter.cut(word)
        return bool(pieces) and (self.segmenter.tag(word) or self.segmenter.tag(pieces[-1]) or "").startswith("n")

    def _names_act(self, word: str) -> bool:
        """A verb that only says how a figure was told (答应, 拍板; lexicon telling_verbs), not what it is of."""
        return word in self.knowledge.lexicon.telling_verbs

    def _a_date(self, word: str) -> bool:
        """A word that is a date as a whole (十月, 三月份): a time asked of, which the report may write in figures."""
        if any(f.start == 0 and f.end == len(word) for f in self.genre.dates.find(word)) or self.genre.month_in_words.fullmatch(word):
            return True
        bare = re.sub("^(?:有|是)?(?:比|较|跟|和|与)|(?:多|少|高|低|好|差|大|小)$", "", word)  # (比前年多: a year compared with)
        return bare != word and bare in self.knowledge.lexicon.relative_years

    def _describes(self, word: str) -> bool:
        """An everyday word of two or more characters that only describes (便宜, 方便: an adjective)."""
        return len(word) >= 2 and self.segmenter.is_common(word) and (self.segmenter.tag(word) or "n") in ("a", "ad")

    def _everyday_run(self, run: str, words: ReportWords) -> bool:
        """A run of several words, each an everyday word or one the report writes (最快 + 开始 + 实施): it names
        nothing the report lacks."""
        pieces = self.segmenter.cut(run)  # (no noun among them: 常住人口 or 经济损失 name a thing the report may lack)
        function = self.knowledge.lexicon.function_tags  # (到底 + 差 of 到底差多少: an adverb and a character)
        return len(pieces) > 1 and all(
            len(p) >= 2 and (self.segmenter.is_common(p) or words.holds(p)) and not (self.segmenter.tag(p) or "n").startswith("n")
            or len(p) == 1 and any((self.segmenter.tag(o) or "n") in function for o in pieces if len(o) >= 2)
            or len(p) == 1 and (self.segmenter.tag(p) or "n") == "v" and any(self._describes(o) for o in pieces)  # (卖 + 便宜)
            for p in pieces
        )

    def _inside_group_word(self, piece: str, text: str, words: ReportWords) -> bool:
        """A piece of a longer word of a synonym group whose words the report writes (进来 of 参与进来, the report's 参加)."""
        tok = self.tokenizer
        return any(
            piece in w and len(w) > len(piece) and any(words.holds(o) for o in tok.synonyms(w) if len(o) >= 2 and has_han(o))
            for w in tok.group_words(text)
        )

    def _not_the_meeting(self, terms: Sequence[str], text: str) -> tuple[str, ...]:
        """The terms, without a piece of the meeting's kind word the question names (对接 of
        对接会 in "对接会开了多长时间"): the meeting itself, no content."""
        named = [m for m in self._meeting_kinds if m in text] if terms else []
        named += [m.group(1) for m in self._this_stem.finditer(text)] if terms else []  # 这次恳谈
        named += [m.group(1) for m in self._this_setting.finditer(text)] if terms else []  # 这次审议会上
        described = self._described_meeting.finditer(text) if terms and self._described_meeting else ()
        named += [m.group(1) for m in described if not any(c in m.group(1) for c in DESCRIBED_STOPS)]  # 垃圾收费那个咨询会
        if not named:
            return tuple(terms)
        spans = [(m.start(), m.end()) for kind in named for m in re.finditer(re.escape(kind), text)]

        def of_meeting(w: str) -> bool:  # 期早茶 of 这期早茶会: cut across the meeting's word
            at = text.find(w)
            return any(w in m for m in named) or (at >= 0 and any(a < at + len(w) and at < b and at + len(w) <= b for a, b in spans))

        return tuple(w for w in terms if not of_meeting(w))

    def _unit_of(self, run: str, words: ReportWords, text: str = "") -> bool:
        """A counting unit and the noun it counts, which the report writes (栋楼 of 几栋楼: '小区共16栋…楼高18层')."""
        counted = bool(re.search(f"(?:几|多少|[0-9一二两三四五六七八九十]){re.escape(run)}", text))  # (期做 of 分几期做: a verb)
        return bool(noun := self.units.noun_counted(run)) and (noun in words.vocab.text or len(noun) == 1 and counted)

    def _concept_held(self, word: str, question: Question, words: ReportWords) -> bool:  # noqa: ARG002
        """A word of a synonym group (a concept), another word of which the report writes, in a question on what someone said
        (底层 of "省长说AI底层要抓哪几块": §base, the report's 基础)."""
        if question.kind == "how_many" or question.yes_no or not any(c.startswith(GROUP_MARKS[0]) for c in self.tokenizer.concepts(word)):
            return False  # (not a thing counted: 外资项目 of a report that counts only 签约项目)
        if SAID_CONCEPT not in self.tokenizer.concepts(question.text.text):  # (what someone said of it: 省长说AI底层…)
            return False
        return any(len(w) >= 2 and w != word and has_han(w) and words.holds(w) for w in self.tokenizer.synonyms(word))

    def _qualifying_only(self, run: str) -> bool:
        """A run of words that only qualify the thing asked (a modifier facet's: 拍板, 最终定; 现在) and stopwords."""
        qualifying = self._qualifying
        parts = self.segmenter.cut(run)
        return run in qualifying or any(p in qualifying for p in parts) and all(p in qualifying or p in self.stopwords for p in parts)

    def _held_in_parts(self, run: str, words: ReportWords) -> bool:
        """A run whose words the report holds, each or a word that stands for it, the rest single
        characters or asking words (来参加: 参加, which the report writes 与会), or only single
        characters a concept knows (钱搞 of 投了多少钱搞供水: money, and doing)."""
        seg = self.segmenter  # a piece jieba glued from two characters it does not know (钱搞) is two
        parts = [p for t in seg.cut(run) for p in ([t] if len(t) == 1 or seg.is_common(t) else list(t) if len(t) == 2 else [t])]
        held = [w for w in parts if len(w) >= 2 and (words.holds(w) or any(words.holds(s) for s in self.tokenizer.equals(w)))]
        concepts = [w for w in parts if len(w) == 1 and self.tokenizer.groups(w)]  # 钱, 搞: what they stand for
        function = self.knowledge.lexicon.function_tags  # (到底 of 补贴到底涨: an adverb names nothing)
        return bool(held or concepts) and all(
            w in held or len(w) == 1 or w in self.stopwords or (seg.tag(w) or "n") in function for w in parts
        )

    def _joined_word(self, word: str, text: str) -> str:
        """A word the report lacks that jieba cut from the word before it, where a group knows them
        joined (快递 + 小哥: 快递小哥, a courier): the joined word; else the word."""
        if (self.segmenter.tag(word) or "")[:1] in ("t", "d"):
            return word  # (后来 of 那笔钱后来…: a word of time, whatever stands before it)
        tokens = self.segmenter.cut(text)
        at = tokens.index(word) if word in tokens else -1
        joined = tokens[at - 1] + word if at > 0 else ""
        return joined if joined and self.tokenizer.groups(joined) else word

    def _unmarked(self, word: str, words: ReportWords) -> str:
        """A word the report lacks with an aspect marker inside (贷过款, 开过会): the word the report
        writes without it (贷款), else the word as asked."""
        if len(word) < 3 or words.holds(word):
            return word
        bare = "".join(c for i, c in enumerate(word) if not (0 < i < len(word) - 1 and c in self.knowledge.lexicon.aspect_markers))
        return bare if bare != word and words.holds(bare) else word

    def shorts(self, words: ReportWords) -> ShortForms:
        """The short and full forms of a report, found once."""
        text = words.vocab.text
        if text not in self._shorts:
            seg = self.segmenter
            plain = self.knowledge.lexicon.abbreviation_tags  # (民企, tagged an abbreviation, is one)
            self._shorts[text] = ShortForms(
                seg.cut(text), lambda w: len(w) >= 2 and seg.is_common(w), lambda w: seg.is_common(w) and seg.tag(w) not in plain,
            )
        return self._shorts[text]

    def _short_forms(self, terms: list[str], text: str, words: ReportWords) -> list[str]:
        """Words the report lacks that shorten what it writes in full (营收: 营业收入), or write in full,
        alone or with the word after them, what it shortens (起飞 + 降落: 起降): the report's form."""
        if all(words.holds(w) or not is_han(w) for w in terms):
            return terms
        shorts = self.shorts(words)
        out: list[str] = []
        skip = False
        for w, after in zip(terms, [*terms[1:], ""], strict=True):
            if skip:
                skip = False
                continue
            if words.holds(w) or not is_han(w):
                out.append(w)
                continue
            pair = w + after if after and is_han(after) and not words.holds(after) and w + after in text else ""
            short = (shorts.short_form(pair) if pair else None) or shorts.short_form(w)
            skip = bool(pair and short and not short.startswith(w))
            out.append(short or shorts.full_form(w) or w)
        return out

    def _whole_word(self, word: str, text: str, words: ReportWords | None = None) -> str:
        """A word the report lacks, with a lone character jieba left before it (尖 + 沙咀): a
        refusal names what the question wrote, never a fragment of it. Not a character that ends
        a word of the report (点 of 隐患点: "隐患点后来…" lacks 后来, not 点后来)."""
        tokens = self.segmenter.cut(text)
        at = tokens.index(word) if word in tokens else -1
        before = tokens[at - 1] if at > 0 else ""
        dated = at > 1 and tokens[at - 2].isdigit()  # (年 of 2008年成立: the date's, not the word's)
        ends_held = words is not None and at > 1 and words.holds(tokens[at - 2] + before)
        if len(before) == 1 and is_han(before) and before not in self.stopwords and before not in self._particles and not dated and not ends_held:
            return before + word
        return word

    def _premise(self, question: Question, missing: tuple[str, ...], words: ReportWords) -> tuple[str, ...]:
        """The unheld words a yes/no says something the report names is ("企业反映的困难主要是原材料
        涨价吧？": 原材料涨价 after 是, of 困难, which the report gives): a value to correct, not a
        thing to refuse."""
        if not question.unheld:
            return ()
        t = question.text.text  # (海发 of 上海发了: a piece cut across a word the report lacks, which stands for it)
        spans = [(at, at + len(m)) for m in missing if (at := t.find(m)) >= 0]
        unheld = [w for w in question.unheld if w in missing or not any(_overlaps(t, w, a, b) for a, b in spans)]
        out, asked = [], tuple(dict.fromkeys([*unheld, *missing]))
        if any(self.tokenizer.groups(w) for w in asked):
            return ()  # (官员 of "某某是省政府的官员吗？": a kind the report's titles cover, no value to correct)
        if question.en and any(w.isascii() and " " in w for w in asked):
            return ()  # ("…say the Mexico plant starts mass production…": English words, which the glossary reads, no value the report lacks)
        for w in asked:
            clause = next((c for c in _CLAUSE.split(question.text.text) if w in c), "")
            before = clause[: clause.find(w)]
            at = max((before.rfind(c) for c in self.knowledge.lexicon.copulas), default=-1)
            at = -1 if at > 0 and before[at - 1 : at + 1] in self.knowledge.lexicon.not_copulas else at  # (还是: a choice)
            subject = [t for t in self.segmenter.cut(before[:at]) if len(t) >= 2 and words.holds(t) and t not in self.stopwords]
            place = self._went_to(w, before)
            if at > 0 and subject or place:
                out.append(place or w)
        if len(out) != len(asked):
            return ()
        whole = [w for w in dict.fromkeys(out) if not any(w != o and w in o for o in out)]  # (原材料 of 原材料涨价)
        return tuple(sorted(whole, key=question.text.text.find))

    def _besides_premise(self, concepts: list[str], premise: tuple[str, ...], text: str) -> list[str]:
        """The concepts asked about, without those only the premise's words stand for ("…困难是用工短缺吧？":
        ≡shortage is no subject to cover)."""
        if not premise:
            return concepts
        rest = text
        for w in premise:
            rest = rest.replace(w, " ")
        tok = self.tokenizer
        only = set(tok.concepts(" ".join(premise))) - set(tok.concepts(rest))
        return [c for c in concepts if c not in only]

    def _place(self, text: str, spans: Spans, words: ReportWords) -> tuple[str | None, str | None, bool]:
        """The place slot; else a place name the report never writes that the question says the meeting was
        held in ("是在上海开的？": 上海, for the answer to correct)."""
        found = self.place(text, spans, words)
        if found[0] is not None:
            return found
        # (开 of a meeting held, not of a business run there: "那个在深圳开电子公司的老乡")
        ends = "|".join(re.escape(e) + (_OPENED_MEETING if e == "开" else "") for e in self.knowledge.lexicon.place_ends if e not in ("的", "吗", "呢"))
        m = re.search(rf"(?:在|于)([{HAN_CLASS}]{{2,4}}?)(?:{ends})", text) if ends else None
        lex = self.knowledge.lexicon
        held = m.group(1) if m and self.segmenter.tag(m.group(1)) in lex.place_tags else None
        held = held if held and held.removesuffix("市") in lex.cities else None  # (广东, 华南, 天河 may hold 广州: no plain no)
        return (held, held, True) if held else found

    def _went_to(self, word: str, before: str) -> str:
        """A place said to be gone to ("调研组去没去珠海？", "有没有到珠海"): the report's list of places
        answers it, corrected, as it does 是 of a thing it names."""
        motion = self.knowledge.lexicon.motion_verbs
        place = word[1:] if word.startswith(motion) else word
        listed = re.search("(?:" + "|".join(map(re.escape, motion)) + f")[{HAN_CLASS}、]{{2,16}}、$", before)  # 向北京、上海
        went = word.startswith(motion) or before.endswith(motion) or listed is not None
        return place if went and len(place) >= 2 and self.segmenter.tag(place) in self.knowledge.lexicon.place_tags else ""

    def _unheld(self, question: Question, words: ReportWords) -> tuple[str, ...]:
        """What a yes/no takes for granted that the report never writes: its absent runs, but not
        a figure's own characters (多家 of 300多家) nor the asker's own situation (我是做…的小老板，)."""
        if not question.yes_no:
            return ()
        if question.en:  # "Did any banks speak?": 银行, which the report never writes
            equals = self.tokenizer.equals
            return tuple(w for w in question.glossary if has_han(w) and not words.holds(w) and not any(words.holds(e) for e in equals(w)))
        lex, figures = self.knowledge.lexicon, question.slots.figures
        asking = [c for c in _CLAUSE.split(question.text.text) if not c.startswith(lex.self_openers)]
        return tuple(
            w for w in question.absent
            if not re.search(r"\d", w) and not any(w in f for f in figures) and any(w in c for c in asking) and not self._a_date(w)
            and not self._held_otherwise(w, words)
        )

    def _held_option(self, question: Question, terms: list[str], words: ReportWords) -> tuple[list[str], str]:
        """Of two options set side by side ("是淨係讀稿，定係有同啲老闆傾吓"), the words of one the report never writes, where it
        writes the other's: no words an answer must cover (the answer is the option it writes, or says so); with that option's
        text ('' where none is set aside)."""
        joins = [w for w in self.knowledge.lexicon.facets.get("either", ()) if has_han(w)]
        t = question.text.text
        at = next((t.find(w) for w in joins if w in t), -1)
        if not question.has("either") or at < 0 or question.slots.stated:
            return terms, ""
        slots = question.slots  # (who the options are of, 王伟中, is in neither)
        whose = {slots.person, *slots.people, *slots.roles}
        first = [w for w in terms if 0 <= t.find(w) < at and w not in whose]
        second = [w for w in terms if t.find(w) > at and w not in whose]
        eq = self.knowledge.equivalents

        def written(side: list[str], text: str) -> bool:  # (a word of it, or of a group it says otherwise: 聊一下, ≡interact)
            said = [c[1:] for c in self.tokenizer.concepts(text, asked=True) if c.startswith(EQUIVALENT)]
            return any(words.holds(w) for w in side) or any(words.holds(w) for g in said for w in eq.get(g, ()) if len(w) >= 2)

        for side, other, (a, b) in ((first, second, (t[:at], t[at:])), (second, first, (t[at:], t[:at]))):
            if side and not written(side, a) and written(other, b):
                return [w for w in terms if w not in side], a
        return terms, ""

    def _facet_words(self, question: Question, terms: list[str]) -> frozenset[str]:
        """The terms written inside a phrase of a facet the question has ("the new" of "What is the new minimum wage?": 新;
        新的 of a Chinese one): how it is asked, no word of the thing a sentence must hold."""
        lex, text = self.knowledge.lexicon, question.text.text.lower()
        said = [p.lower() for f in question.facets if f in lex.modifier_facets for p in lex.facets.get(f, ()) if p.lower() in text]
        own = {w for w in terms for p in said if has_han(p) and w in p}
        glossed = {w for w in terms for p in said if not has_han(p) for x in p.split() if w in lex.words_en.get(x, ())}
        return frozenset(own | glossed)

    def _nowhere(self, word: str, words: ReportWords) -> bool:
        """A noun the knowledge knows only as standing for others (≡chip: 芯片, 集成电路…), none of which the report writes:
        a thing it does not mention ("谁说要给芯片企业补贴"), not a concept (来了: §attend) it says its own way."""
        groups = self.tokenizer.groups(word)
        return (
            (self.segmenter.tag(word) or "").startswith("n") and all(g.startswith(EQUIVALENT) for g in groups)
            and not any(words.holds(e) for e in self.tokenizer.equals(word))
        )

    def _modal_verb(self, token: str) -> bool:
        """会涨, 会加: a modal and a one-character verb that jieba glued, no everyday word (not 会议, 要求, 能源)."""
        modal = len(token) == 2 and token[0] in self.knowledge.lexicon.modal_characters
        return modal and self.segmenter.tag(token[1]) == "v" and not self.segmenter.is_common(token)

    def _held_otherwise(self, run: str, words: ReportWords) -> bool:
        """An absent run whose every word the report holds under another name, or is a year said from its own (明年学费会涨 of
        '115学年度学杂费不调涨': 学费 the report's 学杂费, 会 + 涨): it takes nothing for granted that the report lacks."""
        lex, equals = self.knowledge.lexicon, self.tokenizer.equals
        cut = self.segmenter.cut(run)
        said = [t for t in cut if t not in lex.relative_years]
        if not any(equals(t) for t in said):
            return False  # (only where a word is the report's said otherwise)
        plain = [t[1:] if self._modal_verb(t) else t for t in said]
        return all(words.holds(t) or any(words.holds(e) for e in equals(t)) for t in plain)

    @staticmethod
    def _holds_part(word: str, words: ReportWords) -> bool:
        """A run joined from a word of the report and what the report lacks (投资最怕, 边三大 of
        三大产业): naming it as missing would deny the part the report does write."""
        if len(word) < 3 or not is_han(word):
            return False
        return any(words.holds(word[i : i + n]) for n in range(2, len(word)) for i in range(len(word) - n + 1))

    def _nameable(self, word: str) -> bool:
        """A word a refusal may quote: one of jieba's dictionary, or an unknown one of three
        characters or more that neither starts nor ends with a particle (星湾创科园); never a
        piece jieba cut across words (工发 of 护工发补贴, 但市场, 到六成)."""
        if self.segmenter.is_common(word) or not is_han(word):
            return True
        return len(word) >= 3 and not word.startswith(self._particles) and not word.endswith(self._particles)

    def _glued(self, word: str) -> bool:
        """Two characters jieba left together that are no word: a word's character and a little
        one (人替 of 有人替我们说话: 替 a preposition)."""
        tags = self.knowledge.lexicon.glue_tags
        return len(word) == 2 and not self.segmenter.is_common(word) and any(self.segmenter.tag(c) in tags for c in word)

    def _names_something(self, run: str) -> bool:
        """Whether a run of the question holds a word that names something: not only adverbs,
        particles, pronouns… (jieba's tags; lexicon function_tags): 已经, 到底 name nothing."""
        lex = self.knowledge.lexicon
        first, second = (self.segmenter.tag(run[0]) or "", self.segmenter.tag(run[1]) or "") if len(run) == 2 else ("", "")
        glued = len(run) == 2 and (first in lex.function_tags and second[:1] in ("v", "a") or first[:1] == "a" and second[:1] == "v")  # 先做, 太高, 快到
        if self.segmenter.tag(run) is None and (run.startswith(lex.particles) or glued):
            return False  # 只跑 (调研组只跑了…), 先做: jieba's guess that glues an adverb to a verb
        plain = (*lex.function_tags, *lex.manner_tags)  # (正式 of "什么时候会正式作出决定": how, no thing)
        return any(w not in self.stopwords and self.segmenter.tag(w) not in plain for w in self.segmenter.cut(run))

    def _sides(self, question: Question, words: ReportWords) -> Question:
        """A comparison's two sides: the question cut where its join stands (还是, 和, "or"),
        each side with the report's words it names; words both sides name (项目 of "签约项目
        还是开工项目"), or that follow the comparison's own word (投资 of "A和B哪个投资更多"), are
        what both are measured by."""
        if not question.has("compare"):
            return question
        t = question.text.text
        for at in (m for j in self._joins if (m := j.search(t)) and 0 < m.start() and m.end() < len(t)):
            tail = t[at.end() :]  # (the first join, in the lexicon's order, that leaves a word on each side:
            asks = [i for w in self._comparing if (i := tail.find(w)) > 0]  # 跟, not 比, of "A跟B比，哪个…多")
            cut = at.end() + min(asks) if asks else len(t)
            parts = (t[: at.start()], t[at.end() : cut], t[cut:])
            if question.en:
                found = [self.words.glossary(p, words) for p in parts]
            else:
                named = [w for w in question.content if not w.startswith(GROUP_MARKS) and w not in self._comparing]
                found = [tuple(w for w in named if w in p) for p in parts]
            both = set(found[0]) & set(found[1])
            sides = tuple(tuple(w for w in f if w not in both) for f in found[:2])
            if all(sides):
                measure = tuple(dict.fromkeys([*(w for w in found[0] if w in both), *found[2]]))
                return replace(question, sides=sides, measure=measure)
        return question

    def _reading(self, question: Question, words: ReportWords) -> Question:
        """What the reading path searches with, what an answer should cover, and the words the
        report never uses (nor any of their synonyms): the only words a refusal may name."""
        t, tok = question.text.text, self.tokenizer
        terms = self._english_terms(question, tok.terms(t), words) if question.en else tok.terms(t)
        # (崧鹤缺 of "崧鹤缺几个驾驶", single characters jieba left in a row: the report's 崧鹤, and a verb after it)
        terms = [w[:-1] if len(w) >= 3 and has_han(w) and not words.holds(w) and words.holds(w[:-1]) and not self.segmenter.is_common(w)
                 and (self.segmenter.tag(w[-1]) or "").startswith("v") else w for w in terms]
        person = question.slots.person
        if person:  # 王伟 of 王伟中, cut short: the person is one term, whole
            terms = [w for w in terms if w == person or w not in person]
        if person and person not in terms:
            terms.append(person)  # "他强调了什么？": the person the context gives
        role = question.slots.role
        if role and has_han(role) and role not in terms and not question.slots.person:
            terms.append(role)  # "区民政局副局长是谁？": 局长 alone would cover a sentence on the 局长
        written = next((role[i:] for i in range(len(role) - 2) if role[i:] in t), "") if role and role in terms else ""
        if written:  # 后季 and 书记 of 活动结束后季书记: the role's pieces (政协, 主席 of 政协主席, read as 省政协主席)
            at = t.find(written)
            terms = [w for w in terms if w == role or not _overlaps(t, w, at, at + len(written))]
        # a word of the report jieba cut apart (哪个界别的: 界 + 别的) counts as the report writes it
        terms += [w for w in question.terms if is_han(w) and w not in terms and not any(w in x or x in w for x in terms)]
        # …and a term the report writes in quotes, whole ("一年一检" of '…提出最低工资改为「一年一检」', not 一年 and 检)
        quoted = [w for w in question.slots.known_words if len(w) >= 3 and re.search(f"[“「『]{re.escape(w)}[”」』]", words.vocab.text)]
        terms = [*(w for w in terms if not any(w in q and w != q for q in quoted)), *(q for q in quoted if q not in terms)]
        # …and one jieba cut a last character off (回收率: 回收 + 率), where the report writes it whole: the whole word
        cut = self.segmenter.cut(t)
        suffixes = self.knowledge.lexicon.noun_suffixes  # (回收 + 率, not 辖区 + 电信, nor 小区 + 停 of 小区停车)
        alone = {a + b for a, b in zip(cut, cut[1:], strict=False) if b in suffixes}
        longer = {w[:-1]: w for w in question.terms if len(w) >= 3 and w in alone and words.holds(w)}
        terms = [longer.get(w, w) for w in terms]
        # (送去县 of 送去县医院, 做主 of 做主礼嘉宾, 最多攞到 after 每个项目最: no words; 营收 after 去年营 is one)
        terms = _without_pieces_of(terms, question.terms, t, words, frozenset(self.segmenter.cut(t)))
        # (一步 of "下一步打算怎么做": a concept's word the question writes whole, less one character: it names nothing;
        # not 现场 of "谁现场答复了", a word of its own beside another)
        three = [c for c in self._three_char_words if c in t]
        terms = [w for w in terms if not (len(w) == 2 and any(w in c for c in three))]
        phrase = question.slots.asked_phrase
        if phrase and phrase not in terms:
            terms.append(phrase)  # 新能源, which jieba cuts into 新 + 能源
        terms = [w for w in terms if not self._counted.fullmatch(w) or w in question.glossary or self._other_ordinal(w, words)]  # 两位, 几件: a count,
        # no content (phase 2: 二期 is one; and 第二期 of a report that writes only its 第一期)
        terms = [w for w in terms if w not in self.units.words or words.holds(w)]  # 字数: asks a figure in 字, names nothing
        placed = self._item_place(t)  # (一点 of 最后一点: an item's place, no word)
        terms = [w for w in terms if not placed or w not in t[placed[0] : placed[1]]]
        aside, rest = self._set_aside(t, question.has("besides"), words)  # "除了现场发言的，…", "民政厅汇报完，…": no content
        terms = [w for w in terms if not (aside and w in aside and w not in rest)]
        ordinal = question.slots.ordinal  # "第四届会员代表大会是不是2028年开": a session the report names, not its own
        terms = self._ordinal_terms(terms, ordinal, words, t)
        if person and role and _titled_before(t, role, person):  # 工商总会 of "工商总会会长某某说…": whom, told (its premise apart)
            terms = [w for w in terms if w == person or w not in role]
        terms = _without_figures(terms, question.slots.figures, self.genre.unit_kinds.get("money", ()))
        if question.yes_no:  # "…要延长到2026年底，是真的吗？": a year is a premise checked on its own
            terms = [w for w in terms if not (_YEAR.fullmatch(w) and f"{w}年" in t)]
            date = question.slots.date.text if question.slots.date else ""  # …and a date: 4月底前 (no 月底, 底前)
            terms = _off_the_date(terms, t, date)
        if question.slots.person_guess and person:  # 温国晖, read as 温国辉: no word the report lacks
            terms = [w for w in terms if not _one_off(w, person)]
            spelt = next((at for at in range(len(t) - len(person) + 1) if _one_off(t[at : at + len(person)], person)), None)
            if spelt is not None:  # 钟起明说…: jieba's 钟起 and 明说 are pieces of the misspelt name
                terms = [w for w in terms if not _overlaps(t, w, spelt, spelt + len(person))]
        terms, unwritten = self._held_option(question, terms, words)  # (读稿 of "…淨係讀稿，定係有同啲老闆傾吓": the option not
        concepts = self._asked_concepts(question, aside, rest, words)  # written, its words and what it says otherwise)
        concepts = [c for c in concepts if c not in self.tokenizer.concepts(unwritten, asked=True)] if unwritten else concepts
        # 主意 of 出主意, which jieba cut apart: the whole word, when a group knows it
        terms = [whole if not words.holds(w) and tok.groups(whole := self._whole_word(w, t)) else w for w in terms]
        terms = [self._joined_word(w, t) if not words.holds(w) else w for w in terms]  # 小哥 of 快递小哥: ≡courier
        # a verb with its aspect marker inside (贷过款, 开过会): the word the report writes without it (贷款)
        terms = [self._unmarked(w, words) for w in terms]
        # a word the report never writes but a concept knows (来了: §attend) counts as its concept
        # (…but a thing only equivalents know, none of which the report writes, stays a word it lacks: 芯片, 补贴)
        terms = [w for w in terms if words.holds(w) or not has_han(w) or not tok.groups(w) or w == phrase or not question.yes_no and w not in question.glossary and self._nowhere(w, words)]
        terms = self._short_forms(terms, t, words)  # 营收: the report's 营业收入; 起飞 + 降落: its 起降
        terms = [w for w in terms if words.holds(w) or not has_han(w) or self._names_something(w) and not self._glued(w)]  # 已经 names nothing
        terms = self._of_the_asking(terms, question, words)
        terms = [w for w in terms if words.holds(w) or not self._a_date(w)]  # (夏天, 十月: a time the report writes otherwise)
        generic = self.knowledge.lexicon.generic_objects  # 什么情况, where the report never writes 情况: no subject
        spread = [x for x in question.terms if len(x) > 2 and words.holds(x)]  # 投促局: the report's 投资促进局 stands for it
        terms = [
            w for w in terms
            if words.holds(w) or not has_han(w) or w in question.glossary
            or not (w in generic or any(_spread_in(w, x) for x in spread))
        ]
        # (卡脖子问题 of a report's “卡脖子”难题: a word the report holds and a generic noun after it, the word alone)
        terms = [w for w in terms if words.holds(w) or not any(w.endswith(g) and w[: -len(g)] in terms for g in generic)]
        glossed = set(question.glossary)  # "members": 会员 is the glossary's guess, not the asker's word
        terms = [w for w in terms if not _asked_kind(w, t)]  # 类人 of 哪类人: the question's own words, no subject
        lex = self.knowledge.lexicon  # 口号, 定位 of "那三句口号是啥", 大家 of "大家达成啥共识": no subject, unless the report writes it
        terms = [w for w in terms if words.holds(w) or (w not in lex.answer_forms and w not in lex.plural_pronouns)]
        missing = [
            self._whole_word(w, t, words) for w in dict.fromkeys(terms)
            if has_han(w) and w not in glossed and not any(words.holds(s) for s in tok.synonyms(w)) and w not in self.stopwords
            and w not in self._asking_nouns and w not in self.units.words  # (姓名和职务都要, 字数: words that ask)
            and w not in lex.described  # (老英雄: whom, as the asker knows them, no word the report must write)
            and self._names_something(w) and self._nameable(w) and not self._holds_part(w, words)
            and not self._holds_part(self._whole_word(w, t, words), words)  # (监 + 审核: 监审 of the report's 成本监审)
            and not self._a_date(w)  # (夏天 of "夏天那个高温补贴涨没涨": when, where the report writes 6月至9月)
            and w not in lex.relative_years  # (前年, which a report may write as its year: 113年度)
        ]

        terms = [w for w in terms if w not in self.knowledge.lexicon.position_words or w in question.glossary]  # (后 of 后三位: no word)
        # an English question's bigrams are its glossary words' (inspection team: 检查组 of 执法检查组)
        bigrams = tok.bigrams(" ".join(question.glossary)) if question.en else tok.query_bigrams(t)
        unheld = tuple(_off_the_date(list(self._unheld(question, words)), t, question.slots.date.text if question.slots.date else ""))
        premise = self._premise(replace(question, unheld=unheld), tuple(missing), words)
        concepts = self._besides_premise(concepts, premise, t)
        return replace(
            question,
            tokens=tuple([*terms, *bigrams, *concepts, *_naming_figures(question, terms, words)]),  # (120个 ranks; it covers nothing)
            content=tuple(dict.fromkeys([*terms, *concepts])),
            missing=tuple(missing),
            groups={w: frozenset(tok.equivalents(w) or self._head_equivalents(w, words)) | self._glossed_as(w, question) | self._framed_by(w) for w in terms},
            conceptual=frozenset(w for w in terms if any(g.startswith("§") for g in tok.groups(w))),
            siblings={c: others for c, others in tok.siblings(t).items() if c in concepts},
            light=frozenset(w for w in question.glossary if self.segmenter.tag(w) in self.knowledge.lexicon.function_tags
                            or w in self.knowledge.lexicon.telling_verbs)  # ("promised": how it was told, not what)
            | self._facet_words(question, terms),
            verbal=frozenset(w for w in terms if (tag := self.segmenter.tag(w) or "").startswith("v") or tag in self.knowledge.lexicon.light_tags),
            unheld=unheld,
            premise=premise,
            set_aside=_set_apart(tok.terms(aside), rest, tok.terms(rest)) if aside else (),
        )

    def _asked_concepts(self, question: Question, aside: str, rest: str, words: ReportWords) -> list[str]:
        """The concepts a question asks about: none of a clause set aside, nor of the asker's
        story (小厂, 几家); no figure when it asks when, where or who (哪几天); not the asking
        itself when it asks about a word (提到X了吗 asks about X)."""
        tok, text = self.tokenizer, question.text.text
        glossed: set[str] = set()
        if question.en and self._glossary_phrases:  # "asked questions" (提问): no §requirement of "asked"
            phrases = " ".join(m.group() for m in self._glossary_phrases.finditer(text))
            # (…but a concept the phrase and its gloss share stays: "showed up" and 出席, §attend)
            glossed = set(tok.concepts(phrases)) & set(tok.concepts(" ".join(question.glossary))) if phrases else set()
            glossed = {c for c in glossed if c[1:] in self.knowledge.lexicon.glossed_concepts}
            text = self._glossary_phrases.sub(" ", text)
        if question.kind == "how_many":  # ("最低工资最后拍板多少": 拍板 qualifies the figure asked, no §outcome of its own)
            for word in self._qualifying_han:
                text = text.replace(word, " ")
        concepts = [*tok.concepts(text, asked=True), *sorted(glossed)]
        if question.en:  # "ranked last": the glossary's 垫底, which the report never writes, stands for its kind (排名后两位)
            unwritten = " ".join(w for w in question.glossary if not words.holds(w))
            concepts += [c for c in tok.concepts(unwritten) if c.startswith(EQUIVALENT) and c not in concepts]
        if aside:
            concepts = [c for c in concepts if c not in tok.concepts(aside) or c in tok.concepts(rest)]
        if question.story:  # (…货款被拖了大半年。…有人提到这个事吗: the story's words said otherwise, ≡arrears, are asked of)
            asked = tok.concepts("，".join(question.asking))
            concepts = [c for c in concepts if c in asked or (self._told(question) and c.startswith(EQUIVALENT))]
        if question.kind in ("when", "where", "who") or (question.has("which") and not question.slots.units):
            concepts = [c for c in concepts if c != FIGURE_CONCEPT]  # (哪几个县区: which ones, not how many)
        if question.has("mention") or question.has("define"):
            concepts = [c for c in concepts if c not in tok.asking_concepts]
        return concepts

    def _of_the_asking(self, terms: list[str], question: Question, words: ReportWords) -> list[str]:
        """The terms the asking part asks of: not the asker's story's (我妈住在南塘镇。…全区有多少个老年助餐点？), unless
        it names nothing of its own, or points back at the story (…这个事, whose 事, 问题 name nothing)."""
        story, asking = question.story, question.asking  # "…，想转型搞科创，可这边铺租贵得离谱，想知道会上有没有人…？"
        terms = [w for w in terms if words.holds(w) or not has_han(w) or not story or any(w in c for c in asking)]
        generic = self.knowledge.lexicon.generic_objects
        asked = [w for w in terms if not story or any(w in c for c in asking)]
        told = self._told(question)
        if told:
            return [w for w in terms if not any(w in ref for ref in self.knowledge.lexicon.story_references)]
        official = self.knowledge.synonyms.get("official", ())  # (县府 of "…卸鱼危险，县府怎么处理": who answers, no thing of its own)
        if story and any(words.holds(w) and w not in generic and w not in official for w in asked):
            return asked
        return terms

    def _told(self, question: Question) -> bool:
        """The asking part points back at the asker's story (…货款一拖就是一年多。会上有人说这个事没？), naming
        nothing of its own: what the story names, the report's words and words said otherwise, is what it asks of."""
        references = self.knowledge.lexicon.story_references
        refers = any(ref in c for c in question.asking for ref in references)
        own = [  # (午托这事: 午托 is its own; 问题 of 这个问题 is the reference's)
            w for w in question.slots.known_words if any(w in c for c in question.asking) and not any(w in ref for ref in references)
        ]
        return refers and not own

    def _english_terms(self, question: Question, terms: list[str], words: ReportWords) -> list[str]:
        """An English question's words: each counts through the glossary and the synonym groups;
        one with neither stays in what an answer should cover, and no answer covers it."""
        t, tok = question.text.text, self.tokenizer
        named = {part for key in (*words.pinyin_of, *words.place_of) for part in key.split()}
        spaced = t.replace("-", " ")  # (river-chief: the glossary's river chief)
        phrases = {part for k in self.knowledge.lexicon.words_en if (k in t or k in spaced) and _MULTIWORD.search(k) for part in _MULTIWORD.split(k)}
        phrases |= {part for k in self._english_phrases if k in t for part in k.split()}  # long of "how long"
        known = self._english_known | named | phrases  # patient of "patient capital": 耐心资本
        english = [
            w for w in terms
            if not has_han(w) and len(w) >= 3 and not tok.knows(w) and w not in known
            and not english_singular(w).startswith(self._english_stems)  # incomes: income; counties: county
        ]
        spelt = self._spelt(words)  # Tongxi, Hengtuo: the report's 桐溪, 恒拓
        # (Lei, Wan of "the Lei Wan Road site": a place's name romanised as no pinyin spells it, no word to cover)
        places = self._romanised_places(question.text.raw)
        english = [w for w in english if not (question.slots.date and _of_english_date(w))]  # (July, 2027 of "on 1 July 2027": the date)
        glossed = {"".join(pinyin.syllables(g) or ()) for g in question.glossary if is_han(g)}  # (jiexun, glossed 捷迅: covered so)
        english = [w for w in english if w not in glossed]
        return [w for w in terms if has_han(w)] + list(question.glossary) + [spelt.get(w, w) for w in english if w in spelt or w not in places]

    def _romanised_places(self, raw: str) -> frozenset[str]:
        """The words of the capitalised runs of an English question that name a place by a place noun of the lexicon
        ("Lei Wan Road", "Taman Sri Muda"), lowercased, less the place noun."""
        nouns = self.knowledge.lexicon.place_nouns_en
        runs = [n.lower().split() for n in WordFinder.english_names(raw)]
        return frozenset(w for run in runs if any(w in nouns for w in run) for w in run if w not in nouns)

    def _spelt(self, words: ReportWords) -> dict[str, str]:
        """The report's own words of two to four characters that no dictionary knows (names: 桐溪, 恒拓), by their
        pinyin run together (tongxi), the one it writes most often where two sound alike; built once per report.
        Never a slice across words (天尽 of 今天尽管讲 is no Tianjin), nor a known place (Guangdong stays English)."""
        text = words.vocab.text
        if text not in self._pinyin:
            counts: dict[str, dict[str, int]] = {}
            seg = self.segmenter
            for piece in seg.cut(text):
                if not (2 <= len(piece) <= 4 and is_han(piece)) or seg.is_common(piece):
                    continue
                sy = pinyin.syllables(piece)
                if sy and len(key := "".join(sy)) >= MIN_SPELT:
                    counts.setdefault(key, {}).setdefault(piece, 0)
                    counts[key][piece] += 1
            self._pinyin[text] = {k: max(v, key=v.__getitem__) for k, v in counts.items()}
        return self._pinyin[text]

    def _framed_by(self, word: str) -> frozenset[str]:
        """The concept a word stands for (部门: §department, 提出: §say): a sentence that names
        departments (发展改革委、卫生健康委, 某局) or says who stressed what covers it (not 问题 by any 短板:
        lexicon member_concepts)."""
        kinds = self.knowledge.lexicon.member_concepts
        return frozenset(g for g in self.tokenizer.groups(word) if g.startswith("§") and g[1:] in kinds)

    def _glossed_as(self, word: str, question: Question) -> frozenset[str]:
        """An English word's other Chinese words (concerns: 关切, 诉求, 问题): any of them is it."""
        return self._glossed.get(word, frozenset()) if word in question.glossary else frozenset()

    def routing_words(self, text: Text) -> list[tuple[str, ...]]:
        """The content words of a question, for telling meetings apart; an English topic
        word ("foreign trade") stands for its Chinese terms (any of them will do)."""
        t = text.text
        words = [(w,) for w in self.segmenter.cut(t) if len(w) >= 2 and HAN.match(w) and w not in self.stopwords]
        return words + self.topic.english_terms(t) if text.en else words


def _spread_in(short: str, long: str) -> bool:
    """A short form written out in a longer word: 投促局 in 投资促进局 (its characters in order, the first first)."""
    if len(short) < 3 or len(short) >= len(long) or not long.startswith(short[0]):  # (市长 is not in 市政府秘书长)
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def _asked_of(person: Named, story: tuple[str, ...], asking: tuple[str, ...], titles: list[str]) -> Named:
    """The person of the asker's story is none of the question's where the asking clauses name titles and not them
    ("睇標題話黎穎珊做咗會長，咁理事長同監事長又係邊個？")."""
    if story and person.person and not person.pronoun and not any(person.person in c for c in asking) \
            and any(r in c for r in titles for c in asking):
        return Named()
    return person


def _without_figures(terms: list[str], figures: tuple[str, ...], money: tuple[str, ...] = ()) -> list[str]:
    """The terms without the question's figures: 12家 in "现场有12家银行签约吧" is a premise checked
    on its own, and so is 五成 of 五成中小企业, which jieba cuts as one word."""
    terms = [  # (and 三百多 of 三百多家, which jieba cuts before its unit)
        w for w in terms
        if not (figures and ((_NUMERAL.fullmatch(w) or any(f.startswith(w) for f in figures)) and any(w in f for f in figures) or w in figures))
        and not (w in money and any(f.endswith(w) and len(w) < len(f) for f in figures))  # (欧元 of 8000万欧元: its currency)
    ]
    for figure in figures:
        terms = [rest for w in terms for rest in ([w.replace(figure, "")] if figure in w and w != figure else [w]) if rest]
    return terms


def _one_off(window: str, name: str) -> bool:
    """The window is the name with one character wrong."""
    return len(window) == len(name) and sum(a != b for a, b in zip(window, name, strict=True)) == 1


def _without_pieces_of(terms: list[str], held: tuple[str, ...], text: str, words: ReportWords, tokens: frozenset[str]) -> list[str]:
    """The terms, without a run the report lacks that a focus term it holds cuts into: one the focus term begins
    inside (送去县 of 送去县医院, 做主 of 做主礼嘉宾), or one it ends inside that is no word of the question's own
    cut (最多攞到 after 每个项目最; not 营收 after 去年营, where the focus term is the piece cut off)."""
    for word in (w for w in held if is_han(w) and words.holds(w) and w in text):
        at = text.find(word)
        terms = [w for w in terms if words.holds(w) or word in w or not _cut_by(text, w, at, at + len(word), w not in tokens)]
    return terms


def _cut_by(text: str, term: str, at: int, end: int, glued: bool) -> bool:
    """Whether a word of the text at [at, end) begins inside the term, or ends inside it when the term is glued."""
    start = text.find(term)
    return start < at < start + len(term) or (glued and start < end < start + len(term))


def _unqualified(text: str, topic: TopicFound, group: str | None) -> TopicFound:
    """The topic found, unless its words only say what the group asked about is ("民企代表": the 代表 of private firms)."""
    if group and topic.terms and all(f"{term}{group}" in text or f"{term}的{group}" in text for term in topic.terms):
        return TopicFound()
    return topic


def _off_the_date(words: list[str], text: str, date: str) -> list[str]:
    """The words but those of a date the question states, or cut across it (号来 of "18号来的吧": no word)."""
    at = text.find(date) if date else -1
    return [w for w in words if not (date and (w in date or at >= 0 and _overlaps(text, w, at, at + len(date))))]


def _overlaps(text: str, word: str, start: int, end: int) -> bool:
    """Whether `word`, where it first stands in `text`, overlaps text[start:end]."""
    at = text.find(word)
    return at >= 0 and at < end and at + len(word) > start


def _negated_absent(text: str, words: ReportWords) -> tuple[str, ...]:
    """A word of the report negated by 非 (非居民水价 of a report on 居民 water only), which the report never writes
    negated: absent, whatever the word after it covers."""
    found = []
    for m in _NEGATED.finditer(text):
        held = next((m.group(1)[:n] for n in range(len(m.group(1)), 1, -1) if words.holds(m.group(1)[:n])), None)
        if held and not words.holds("非" + held):
            found.append("非" + held)
    return tuple(found)


def _naming_figures(question: Question, terms: list[str], words: ReportWords) -> list[str]:
    """The figures that name a thing in a question that asks no count ("充电口120个啥时候能弄好": the report's 120个), or
    that it sets side by side to choose from."""
    either = len(question.slots.stated) > 1  # "到底是41.37米还是41.9米": the options, one of which the report may write
    if not either and (question.yes_no or question.kind not in _NAMING_FIGURE_KINDS):
        return []
    held = [f for f in question.slots.figures if (words.holds(f) or either and f in words.vocab.text) and f not in terms]
    return held + [n for f in held if (n := _DIGITS_OF.match(f)) and (n := n.group()) != f]  # (and 120, as the index cuts it)


_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")  # JieXun: two syllables, each capitalised


def _spelt_names(raw: str, words: ReportWords) -> tuple[str, ...]:
    """The report's characters for a name an English question spells in pinyin and no participant holds ("Sui Hong-fei":
    眭鸿飞, who resigned the post): a word of the report, as its glossary words are."""
    names = [n for n in WordFinder.english_names(raw) if pinyin.name_shaped(n)]
    # (a word of two syllables each capitalised, "JieXun", spells a two-character name: 捷迅 of 捷迅快递)
    sizes = lambda n: (3, 4, 2) if _CAMEL.fullmatch(n) else (3, 4)  # noqa: E731
    runs = (pinyin.spelt_in(words.vocab.text, n, sizes(n)) for n in names if re.sub(r"[-'’]", " ", n.lower()) not in words.pinyin_of)
    return tuple(r for r in runs if r and r not in words.vocab.names)


def _meeting_said(text: str, meeting: str, kinds: tuple[str, ...], meeting_words: tuple[str, ...] = ()) -> str:
    """A meeting's name of several parts said with another joint ("粤商跟省长面对面的会" for
    粤商·省长面对面协商座谈会) is the meeting, not a group (粤商) and a title (省长); so is its name said short where the
    question places something at it ("早茶会上县长…" of 泊岚县第七期“政企早茶会”: no 早茶 asked of)."""
    pattern = _name_pattern(meeting, kinds)
    text = pattern.sub("会议", text) if pattern else text
    short = _short_name_pattern(meeting, meeting_words)
    text = short.sub("会议", text) if short else text
    # "列席这次社谘会的…": this meeting, said by the body that holds it (not a kind of meeting: 这次座谈会 stays)
    return _THIS_ONE.sub(lambda m: m.group(1) + ("会议" if m.group(2) not in kinds and m.group(2) not in meeting_words else m.group(2)), text)


_BARE_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{4,})(?![\d.,%％年月日号时点分万亿千百十A-Za-z])")  # 3,214 of "是3,214还是3,241"
_THIS_ONE = re.compile(rf"([这本此今](?:一)?[次场届回])([{HAN_CLASS}]{{1,6}}?会)(?![议上里中长员会])")


_NAME_QUOTES = "“”「」『』\"《》 "
_AT_MEETING = "上里中时"  # 早茶会上, 恳谈会里: at the meeting
_POINTING_BEFORE = "这那本此该次个在的"  # 这次早茶会上; not 二 of 二季度经济运行分析会 (another one)


@lru_cache(maxsize=64)
def _short_name_pattern(meeting: str, meeting_words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The meeting's name said by its kind, maybe after the end of its own words (早茶会, 经济运行分析会), where the question
    places something at it (…会上), and no other word runs into it from before (二季度…分析会 is another)."""
    name = meeting.rstrip(_NAME_QUOTES)
    kind = next((k for k in sorted(meeting_words, key=len, reverse=True) if name.endswith(k)), "")
    if not kind:
        return None
    tail = re.search(f"[{HAN_CLASS}]+$", name[: len(name) - len(kind)])
    core = tail.group() if tail else ""
    ends = "|".join(re.escape(core[i:]) for i in range(len(core) - 1))  # (longest first; or the kind alone: 早茶会上)
    return re.compile(rf"(?:(?<=[{_POINTING_BEFORE}])|(?<![{HAN_CLASS}]))(?:{ends or '(?!)'})?{re.escape(kind)}(?=[{_AT_MEETING}])")


@lru_cache(maxsize=64)
def _name_pattern(meeting: str, kinds: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = [p for p in _NAME_JOINTS.split(meeting) if p]
    if len(parts) < 2:
        return None
    last = parts[-1]
    kind = next((k for k in kinds if last.endswith(k)), "")
    core = last[: len(last) - len(kind)]
    if not core:
        return None
    joined = _NAME_JOINT_CHARS.join(map(re.escape, parts[:-1]))
    return re.compile(rf"{joined}{_NAME_JOINT_CHARS}{re.escape(core)}(?:{re.escape(kind)})?")


def _split_off(word: str, text: str, within: set[int]) -> bool:
    """A word of the masked question that starts inside an everyday word of the whole question (明开 of 说明开, 金要 of
    奖励金要): the pieces a mask or jieba's guess left, no word of the asker's."""
    at = text.find(word)
    return at > 0 and at in within and has_han(word) and is_han(text[at - 1])  # (not 小时 of 24小时: a figure's unit)


def _set_apart(aside: tuple[str, ...], rest: str, rest_terms: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a besides-clause the rest of the question does not ask again: a word the rest writes only inside a
    longer word of its own is still set apart ("除了主席以外，还有哪位副主席出席": 主席 apart, 副主席 asked)."""
    return tuple(w for w in aside if w not in rest or (w not in rest_terms and any(w in t for t in rest_terms if t != w)))


def _of_english_date(word: str) -> bool:
    """A word of an English date: a month's name (july, sept) or a year (2027)."""
    return word in _MONTH_WORDS or bool(_YEAR.fullmatch(word))


_MONTH_WORDS = frozenset({m.lower() for m in MONTHS_EN} | {m[:3].lower() for m in MONTHS_EN} | {"sept"})


TITLED_GAP = 1  # characters at most between a title and the name it stands before (、 of 会长、某某)


def _titled_before(text: str, role: str, person: str) -> bool:
    """The question writes the title right before the name ("工商总会会长蒯绍基说…"): who, as the asker calls them (not
    "蒯绍基是哪个界别的委员", which asks of the title)."""
    at = text.find(person)
    ends = [text.rfind(role[i:], 0, at) + len(role) - i for i in range(len(role) - 1) if role[i:] in text[:at]]
    return at > 0 and any(0 <= at - e <= TITLED_GAP for e in ends)
