"""Load and validate the knowledge in intents/*.yaml: intents, topic synonyms, lexicon, messages.

A file may hold `intents:` (a list), `topics:` (a mapping), `lexicon:` (a mapping) and
`messages:` (a mapping). Every problem is reported as an IntentFileError naming the file,
the line, the intent and what is wrong, so that adding a phrasing or a synonym never needs
a debugger.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import IntentFileError
from .scripts import EN, HANS, HANT, to_simplified
from .yamlread import UniqueKeyLoader, check_unique_keys

SLOT_NAMES = ("person", "role", "topic", "place", "date")
SLOT_POLICIES = ("required", "optional")
INTENT_KEYS = {
    "name",
    "answer",
    "keywords",
    "hints",
    "slots",
    "examples",
    "reply",
    "next",
    "redirect",
    "description",
}
# What a redirect rule may test (the predicates are in bot/understanding/redirects.py);
# "cue:X" and "hint:X" take an intent's name.
REDIRECT_CONDITIONS = (
    "counts", "units", "yes_no", "english", "which", "date", "place", "person", "several_people", "derived_person", "body_person", "name_words", "named_participant",
    "group", "asked_phrase", "report_research", "report_group_statements", "role", "role_person", "role_held", "other_role",
    "when_and_where", "topic", "subject", "report_subject", "addressed", "mentioning", "figures", "asks_who", "asks_list", "item", "said_verb", "cue:", "hint:", "facet:",
)
TOP_LEVEL_KEYS = {"intents", "topics", "lexicon", "messages", "synonyms", "equivalents"}
REQUIRED_MESSAGES = {"fallback", "not_mentioned", "empty", "help", "examples"}
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "intents"


def normalize_term(term: str) -> str:
    """How cue words and questions are compared: Simplified, lower case, trimmed."""
    return to_simplified(term).lower().strip()


# -- YAML with line numbers ------------------------------------------------------------------


class Located(dict):  # type: ignore[type-arg]
    """A mapping read from YAML that remembers the line it starts on (1-based)."""

    line: int = 0


class _LineLoader(UniqueKeyLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> Located:
    check_unique_keys(loader, node)  # (a key written twice: an error at its line, not a silent loss)
    mapping = Located(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(file: Path) -> Any:
    """A YAML file whose mappings know their line; IntentFileError when it is not valid YAML."""
    try:
        return yaml.load(file.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise IntentFileError(str(file), None, f"not valid YAML: {exc}", line and line + 1) from exc


def _line(node: Any) -> int | None:
    return getattr(node, "line", None) or None


# -- the knowledge ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Redirect:
    """'intent X, when these conditions hold, is answered as intent Z' (data, not code)."""

    to: str
    when: tuple[str, ...]


@dataclass(frozen=True)
class Intent:
    name: str
    answer: str
    keywords: tuple[str, ...]
    hints: tuple[str, ...]
    slots: dict[str, str]
    examples: dict[str, tuple[str, ...]]
    reply: dict[str, Any]
    next: dict[str, tuple[str, ...]]
    source: str
    redirect: tuple[Redirect, ...] = ()

    def template(self, key: str | None, script: str, **values: object) -> str:
        """The reply template `key` (None: the main one) in `script`, filled in."""
        node = self.reply if key is None else self.reply.get(key, {})
        text = node.get(EN if script == EN else HANS, "")
        return text.format(**values) if values else text


@dataclass(frozen=True)
class Topic:
    key: str
    label: dict[str, str]
    terms: tuple[str, ...]
    everyday: tuple[str, ...] = ()  # 招人难, 钱的事: the topic said in everyday words (also in terms), no term of a report's

    def name(self, script: str) -> str:
        return self.label.get(EN if script == EN else HANS, self.key)


@dataclass(frozen=True)
class Lexicon:
    pronouns: tuple[str, ...]
    plural_pronouns: tuple[str, ...]
    not_pronouns: tuple[str, ...]  # 其中, 尤其: words that hold a pronoun's character and stand for no one
    follow_up: tuple[str, ...]
    follow_up_end: tuple[str, ...]
    follow_on: tuple[str, ...]  # 这是…, 那能…: a question that goes on from the last one's subject
    yes_no_end: tuple[str, ...]
    yes_no_any: tuple[str, ...]
    yes_no_start: tuple[str, ...]
    yes_no_negators: tuple[str, ...]  # 不 of 会不会, 停不停: a verb, its negation, the verb again
    stopwords: frozenset[str]
    actions_en: dict[str, str]
    verbs_en: dict[str, str]
    titles_en: dict[str, str]
    shares_en: dict[str, str]  # half: 50% ("above half")
    units_en: dict[str, str]  # the classifier an English count noun takes (deputies: 名)
    thing_endings: tuple[str, ...]  # last characters of a thing's word, never of a name (奖, 局)
    measures_en: tuple[str, ...]  # English words naming what a money figure measures (salary, rent)
    ask_openers: tuple[str, ...]  # polite openers before a question (请问), taken off it
    fillers: tuple[str, ...]  # spoken fillers of a dictated message (嗯, 就是那个), taken off where they stand alone
    salutations: tuple[str, ...]  # greetings said before a question (你好，…), not asking
    words_pinyin: dict[str, str]  # pinyin a learner writes inside a Chinese question (jianyi: 建议)
    chat_en: dict[str, str]  # English chat shorthand (mtg, wat, abt, n): the words it stands for
    words_mixed: dict[str, str]  # English words said inside a Chinese question ("这个meeting的host是谁"), as Chinese
    seniority_levels: tuple[str, ...]  # the levels of a post, highest first (省, 市, 县 …): who ranks highest
    seniority_titles: tuple[str, ...]  # …and the titles at one level, highest first (书记, 省长 …)
    groups_en: dict[str, str]
    rewrites: dict[str, str]
    rewrite_guards: tuple[str, ...]  # words a rewrite never cuts into (试点 of 试点搞了多久: not 点搞, "how")
    spoken_forms: dict[str, tuple[str, ...]]  # 什么 -> 啥: an intent's cue also in speech
    abbreviations: dict[str, tuple[str, ...]]  # short form -> full names (民企 -> 民营企业), read against the report
    floor_words: tuple[str, ...]  # 层, 楼: after a floor's number, one for the other as the report writes it
    describing_marks: tuple[str, ...]  # 的, 嘅: what joins a description to the one it describes (做电商的逯某)
    words_en: dict[str, tuple[str, ...]]  # English -> the Chinese words for it, the usual first
    action_roles: dict[str, str]
    described: tuple[str, ...]  # nouns a person is described by (做跨境电商的那个老板)
    described_by: tuple[str, ...]  # what they do, before it (做, 搞)
    described_qualifiers: tuple[str, ...]  # 年轻 of 开网店的年轻股东代表: between the description and its noun
    pointers: tuple[str, ...]  # 那位, 这个: pointing at someone
    times_of_day: tuple[str, ...]
    day_parts: dict[str, tuple[str, ...]]  # morning: 上午, 早上… (an hour asked in one part of the day is none of another)
    directions: dict[str, tuple[str, ...]]  # up: 增长…, down: 下降… (the way a figure goes)
    speech_acts: tuple[str, ...]
    question_words: dict[str, tuple[str, ...]]
    facets: dict[str, tuple[str, ...]]
    employer_roles: tuple[str, ...]
    place_ends: tuple[str, ...]
    role_prefix_stops: tuple[str, ...]
    generic_objects: tuple[str, ...]  # 情况, 事情: what was said, naming no subject
    measure_groups: frozenset[str]  # money: synonym groups that say only what a figure measures, not what it is of
    acting_groups: frozenset[str]  # pay_for: synonym groups of acts a body does (由县财政补助), asked with 谁
    answer_forms: tuple[str, ...]  # 口号, 定位, 全称: the form the answer takes, no subject of it
    named_things: tuple[str, ...]  # 会, 机制, 公司: a name asked of one of these is no person's
    loose_meeting_words: tuple[str, ...]  # 会议, 活动: words for any meeting, which name none of its own
    meeting_pointers: tuple[str, ...]  # 上, 每, 第: before a meeting's kind, they point at one
    premise_negators: tuple[str, ...]  # 一句都没, 从没: a yes/no that says something was not done
    bound_pronouns_en: str  # who…his, the guy…his: a pronoun an English question binds itself
    figure_objects: tuple[str, ...]  # 数据, 数字: the figures someone gave
    joining_characters: tuple[str, ...]  # 但, 到: never at the edge of a word a refusal quotes
    measure_characters: tuple[str, ...]  # 多, 少, 几: a question's own measuring, never part of a sound-alike repair
    self_openers: tuple[str, ...]  # 我: a clause about the asker
    own_people: tuple[str, ...]  # 老公, 邻居: the asker's own people, whom a pronoun after them stands for ("我老公…地契是他的名")
    telling_verbs: tuple[str, ...]  # 答应: how a figure was told, not what it is of
    place_pointers: tuple[str, ...]  # 那条路: a place of the asker's story pointed back to
    self_continuations: tuple[str, ...]  # 想, 打算: a clause that goes on about the asker, its subject unsaid
    position_words: tuple[str, ...]  # 后 of 排名后三位: names nothing alone
    member_concepts: tuple[str, ...]  # department, say: synonym groups any member of which stands for the word
    setting_ends: tuple[str, ...]  # 汇报完, 之后: an opening clause that only sets the time
    besides_goes_on: tuple[str, ...]  # 还, 也: where a besides-clause with no comma ends ("…除了主持人还有谁")
    besides_openers: tuple[str, ...]  # 除了: the besides-words that open such a clause (not 跟着, of those who came with one)
    asking_verbs: tuple[str, ...]  # 想问, 请问: a clause that asks
    not_asking: tuple[str, ...]  # 没什么: holds 什么, asks nothing
    sequence_words: tuple[str, ...]  # 最后, 首先: when in the meeting it was said, no subject
    opening_words: tuple[str, ...]  # 首先: the first thing said
    plain_say_verbs: tuple[str, ...]  # 说: asks all that was said
    belief_openers: tuple[str, ...]  # 我记得: the rest of the clause is a premise
    hearsay_openers: tuple[str, ...]  # regexes: 我看朋友圈有人说…, "my colleague said…": the rest is a premise
    acting_for: tuple[str, ...]  # regexes: 谁代表部队发言 (代表 acts for a body: no title, no group)
    meeting_relative_days: dict[str, int]  # 前一天: -1, 第二天: 1 (from the meeting's day)
    meeting_acronyms: dict[str, str]  # 教代会: 教职工代表大会, the kind of meeting its acronym stands for
    body_title_joins: tuple[str, ...]  # regexes: 来的 of 区住建局来的副局长 (a body, then its title)
    compare_asks: tuple[str, ...]  # regexes: 哪个投的钱多 (a comparison with words inside)
    story_references: tuple[str, ...]  # 这个事: the asking part points back at the asker's story
    addressees: tuple[str, ...]  # regexes: 跟…老乡说 (group 1 the one spoken to, no subject)
    heads_of: dict[str, tuple[str, ...]]  # 政府 -> 省长, 市长 …: a body, and the titles of those who head it
    pattern_rewrites: tuple[tuple[str, str], ...]  # (regex, reading): 政协那位一把手 -> 政协主席, 200几个 -> 200多个
    answer_asides: tuple[str, ...]  # regexes: （挑重点说就行）, said in brackets of the answer's form
    reference_frames: tuple[str, ...]  # regexes: 会上说的 of 会上说的那个X (where the thing was named, no act asked)
    thing_pointers: tuple[str, ...]  # regexes: 那段路, 那个案子: a thing the last answer raised
    whom_en: tuple[str, ...]  # regexes: "Who did he sign it with?" asks with whom (facet whom)
    english_common: frozenset[str]  # everyday English words: never corrected to a glossary word spelt close to them
    place_nouns_en: frozenset[str]  # Road, Estate, Jalan: a capitalised run holding one names a place, romanised as it may be
    own_places: tuple[str, ...]  # 县里, 我县: the place a report is set in, said from inside it
    other_holders: tuple[str, ...]  # 候选人, 继任者: asked of a post, someone other than its holders
    asking_characters: tuple[str, ...]  # 啥, 哪: characters that ask, never given by a homophone repair (交啥 is no 叫啥)
    question_verbs: tuple[str, ...]  # 询问, 追问: a statement that asks; its speaker is who asked
    modal_characters: tuple[str, ...]  # 会, 能, 要: before a one-character verb, a phrase no repair reads as a word (会涨)
    dated_acts: tuple[str, ...]  # equivalence groups of acts dated apart from the meeting (implement: 实施, 执行)
    dated_from: tuple[str, ...]  # 起 of '从2026年1月1日起…': after a date, the act of taking effect (≡implement) that date sets
    item_ordinals: tuple[str, ...]  # regexes: 第二点, the second one (group n): an item of the last answer
    item_nouns: tuple[str, ...]  # 会 of 第一个会: the noun the items asked end with
    point_words: tuple[str, ...]  # 条 of 第一条: what a run of points is counted in
    pointer_classifiers: tuple[str, ...]  # 个 of 那个: what a pointer counts by, after the words that say which one
    comparison_joins: tuple[str, ...]  # 还是, " or ": what joins the two sides of a comparison
    relative_years: tuple[str, ...]  # 明年: covered by a sentence that gives a year
    year_offsets: dict[str, int]  # 去年: -1, the page's year and this one apart (a sentence's 2026年 is 去年 on a page of 2027)
    glossed_concepts: tuple[str, ...]  # attend: a concept an English phrase keeps when glossed ("showed up": 出席)
    measure_concepts: dict[str, str]  # ≡money (钱, 经费) -> money: covered by a sentence that gives a sum of money
    problem_adjectives: tuple[str, ...]  # 难 of 融资难: a problem said as its thing and a word on it
    opaque_words: tuple[str, ...]  # 座谈会, 开展: words whose one characters (谈, 开) mean nothing of their own
    demonstratives: tuple[str, ...]  # 这, 本: a word they open points at the report's own (这期, 本次)
    motion_words: tuple[str, ...]  # 来, 去: glued by jieba to the place after them (来蘅泽)
    going_on: tuple[str, ...]  # 是, 什么: a bare question that opens with one goes on with the one before
    part_pointers: tuple[str, ...]  # "…how much of it…": a part that points back at what the part before asked of
    doing_verbs: tuple[str, ...]  # 做, 搞: what someone does, before their trade ("做建筑那位")
    act_negators: tuple[str, ...]  # 始终没有, 尚未: before an act the sentence says was not done
    urging_verbs: tuple[str, ...]  # 鼓励, 勉励: before those something was asked of ("鼓励企业家…的人是谁")
    urging_verbs_en: tuple[str, ...]  # ask, urge: …in English ("what did the host ask the entrepreneurs to do")
    recipient_markers: tuple[str, ...]  # 为, 给: before the one an act was done to ("禤静宜为逄嘉禾授牌了吗")
    event_frames: tuple[str, ...]  # regexes: an act named as a moment ("在授牌后"), not as anyone's act
    going_words: tuple[str, ...]  # 去看, 察看: a where-question of where someone went, not where the meeting was
    opposite_concepts: tuple[tuple[str, str], ...]  # (≡on_the_spot, ≡online): holding the second says no to the first
    change_concepts: tuple[str, ...]  # raise_to: a figure a change reaches (涨到5块), read of the change, not the state before
    hearsay: str  # '她说' after the asker's own clause: what someone near the asker said
    meeting_verbs_en: tuple[str, ...]
    time_words: tuple[str, ...]
    modifier_facets: tuple[str, ...]  # new_state, now: facets whose words only qualify the thing asked
    noun_suffixes: tuple[str, ...]  # 率 of 回收率: a character that makes a word a measure of it, which jieba cuts off
    whole_places: tuple[str, ...]  # 全市: the whole area a figure is asked of
    among_marks: tuple[str, ...]  # 里面 of 开民宿的人里面: the ones described are a group asked among
    reported_question: str  # 乡长问…谁负责: a question told, which asks nothing itself
    reported_request: str  # 地主要求重新估价: a request told, before a clause that asks how it was met
    response_asks: tuple[str, ...]  # 答应了吗, 怎么回应: a clause asking how a told request was met
    who_askings: tuple[str, ...]  # 由谁: a clause of the report that asks who, itself
    party_words: tuple[str, ...]  # 业者, 校方: a side named, not the last person
    idle_tags: tuple[str, ...]  # d, p: parts of speech of words that name nothing
    body_openers: tuple[str, ...]  # 那 of 那运输署怎么说: the body is the clause's subject
    body_members: tuple[str, ...]  # 代表 of 运输署代表讲了啥: the body's people
    body_speech: tuple[str, ...]  # 怎么说 of 运输署怎么说: what a body's people said is asked
    government_words: tuple[str, ...]  # 政府, 官方: a government as one side of a meeting
    speaking_governments: tuple[str, ...]  # 县府, 市府: a government said short as who said a figure
    which_of_title: tuple[str, ...]  # 哪个 of "哪个局长回的": which one, before a title, asks who
    formal_speech_act: str  # 讲话: the act of a meeting's one formal speech (facet formal_speech)
    changed_marks: tuple[str, ...]  # a sentence of a change made (调升至, 调整后): of the new figure asked
    current_marks: tuple[str, ...]  # …and of the state before it (现行, 现时)
    agreed_marks: tuple[str, ...]  # …and of a change agreed (同意, 决定), not only asked for
    particles: tuple[str, ...]
    provinces: tuple[str, ...] = ()  # 广东: a place that holds cities (a meeting there may be in any of them)
    cities: tuple[str, ...] = ()  # 上海: a city a meeting held elsewhere was not held in
    place_tags: frozenset[str] = frozenset()  # jieba's tags of a place's name (珠海: ns)
    date_units: tuple[str, ...] = ()  # 月 of 11月初: a number before it is a date's, no term
    motion_verbs: tuple[str, ...] = ()  # 去 of 去没去珠海: a place gone to, which a list of places answers
    not_copulas: tuple[str, ...] = ()  # 还是: a 是 that offers a choice, no copula
    copulas: tuple[str, ...] = ()  # 是 of 困难是原材料涨价吗: what stands after it is said to be what stands before
    aspect_markers: tuple[str, ...] = ()  # 过 of 贷过款: inside a verb, no part of its word
    function_tags: frozenset[str] = frozenset()  # jieba tags of words that name nothing
    manner_tags: frozenset[str] = frozenset()  # …and of words that say how (正式: ad)
    abbreviation_tags: frozenset[str] = frozenset()  # jieba's tags of short forms (民企: j)
    light_tags: frozenset[str] = frozenset()  # …of everyday words that say where or how (路上), not what
    glue_tags: frozenset[str] = frozenset()  # …of a character glued to another that makes no word (替 of 人替)
    said_as: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 要求: statements opening 要… are requirements too

    @property
    def question_stopwords(self) -> frozenset[str]:
        """Words that ask rather than name: stop words and the yes/no markers."""
        return self.stopwords | set(self.yes_no_any) | set(self.yes_no_end) | set(self.yes_no_start)


@dataclass(frozen=True)
class Knowledge:
    intents: tuple[Intent, ...]
    topics: tuple[Topic, ...]
    lexicon: Lexicon
    messages: dict[str, Any]
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # concept -> words that mean it
    equivalents: dict[str, tuple[str, ...]] = field(default_factory=dict)  # group -> words that stand for each other

    def message(self, key: str, script: str, **values: object) -> Any:
        """A message from messages: in `script` (hant replies are converted later), filled in."""
        node = self.messages[key]
        text = node.get(EN if script == EN else HANS)
        return text.format(**values) if values and isinstance(text, str) else text

    def intent(self, name: str) -> Intent:
        return next(i for i in self.intents if i.name == name)

    def equals(self, word: str) -> tuple[str, ...]:
        """The word and the words that stand for it (回答: 回应, 答复; 参加: 与会; 六楼: 六层)."""
        same = (w for words in self.equivalents.values() if word in words for w in words)
        floor = re.fullmatch(rf"([一二三四五六七八九十两]{{1,3}}|\d{{1,2}})([{''.join(self.lexicon.floor_words)}])", word) \
            if self.lexicon.floor_words else None  # 六楼: 六层, one floor said either way
        floors = (floor.group(1) + f for f in self.lexicon.floor_words) if floor else ()
        return tuple(dict.fromkeys((word, *same, *floors)))

    def acts_of(self, text: str) -> set[str]:
        """The words of the synonym groups whose words (two characters or more) the text holds: '签署了…协议' gives
        签约, 签署 and the rest of its group, each as written in a roster's actions."""
        return {w for words in self.synonyms.values() if any(len(x) >= 2 and x in text for x in words) for w in words}

    def concepts_of(self, text: str) -> set[str]:
        """The synonym concepts whose words (two characters or more) the text holds ('签署了…协议': §outcome)."""
        return {"§" + name for name, words in self.synonyms.items() if any(len(w) >= 2 and w in text for w in words)}

    @property
    def names(self) -> frozenset[str]:
        return frozenset(i.name for i in self.intents)


# -- validation ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Where:
    """Where a value was read: for error messages."""

    path: str
    intent: str | None = None
    line: int | None = None

    def error(self, problem: str, node: Any = None) -> IntentFileError:
        return IntentFileError(self.path, self.intent, problem, _line(node) or self.line)


def _terms(value: Any, where: _Where, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise where.error(f"'{field}' must be a list of words.")
    terms = tuple(normalize_term(str(v)) for v in value)
    if any(not t for t in terms):
        raise where.error(f"'{field}' holds an empty word.")
    return terms


def _word_map(value: Any, where: _Where, field: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise where.error(f"'{field}' must map words to words.", value)
    return {normalize_term(str(k)): normalize_term(str(v)) for k, v in value.items()}


def _int_map(value: Any, where: _Where, field: str) -> dict[str, int]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value.values()):
        raise where.error(f"'{field}' must map words to whole numbers.", value)
    return {normalize_term(str(k)): v for k, v in value.items()}


def _word_choices(value: Any, where: _Where, field: str) -> dict[str, tuple[str, ...]]:
    """Words mapped to a word or a list of them (村支书: [村党支部书记, 村党总支书记]), the first the report writes used."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, str | list) for v in value.values()):
        raise where.error(f"'{field}' must map words to a word or a list of words.", value)
    return {normalize_term(str(k)): tuple(normalize_term(str(x)) for x in (v if isinstance(v, list) else [v])) for k, v in value.items()}


def _pattern_pairs(value: Any, where: _Where, field: str) -> tuple[tuple[str, str], ...]:
    """A list of [regular expression, replacement] pairs, each pattern checked here (file:line on a bad one)."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, list) and len(v) == 2 and all(isinstance(x, str) for x in v) for v in value):
        raise where.error(f"'{field}' must be a list of [regular expression, replacement] pairs.", value)
    _patterns([p for p, _ in value], where, field)
    return tuple((p, r) for p, r in value)


def _patterns(value: Any, where: _Where, field: str) -> tuple[str, ...]:
    """A list of regular expressions, each checked here (file:line on a bad one)."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.error(f"'{field}' must be a list of regular expressions.", value)
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise where.error(f"'{field}': {pattern!r} is no regular expression ({exc}).", value) from exc
    return tuple(value)


def _word_lists(value: Any, where: _Where, field: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise where.error(f"'{field}' must map a name to a list of words.", value)
    return {str(k): _terms(v, where, f"{field}.{k}") for k, v in value.items()}


def _check_slots(slots: Any, where: _Where) -> dict[str, str]:
    if not isinstance(slots, dict):
        raise where.error("'slots' must map a slot name to required or optional.")
    for slot, policy in slots.items():
        if slot not in SLOT_NAMES:
            raise where.error(f"unknown slot {slot!r}; slots are {list(SLOT_NAMES)}.", slots)
        if policy not in SLOT_POLICIES:
            raise where.error(f"slot {slot!r} must be 'required' or 'optional', not {policy!r}.", slots)
    return dict(slots)


def _check_examples(examples: Any, where: _Where) -> dict[str, tuple[str, ...]]:
    if not isinstance(examples, dict) or not examples.get(HANS) or not examples.get(EN):
        raise where.error("'examples' needs non-empty lists under 'hans' and 'en' (and 'hant').", examples)
    for script, items in examples.items():
        if script not in (HANS, HANT, EN) or not isinstance(items, list):
            raise where.error(f"examples: {script!r} must be hans, hant or en, with a list.", examples)
    return {s: tuple(normalize_term(str(e)) for e in items) for s, items in examples.items()}


def _check_reply(reply: Any, where: _Where) -> dict[str, Any]:
    if not isinstance(reply, dict) or not isinstance(reply.get(HANS), str) or not isinstance(reply.get(EN), str):
        raise where.error("'reply' needs a 'hans' and an 'en' template.", reply)
    return reply


def _check_redirects(raw: Any, where: _Where, conditions: frozenset[str]) -> tuple[Redirect, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise where.error("'redirect' must be a list of {to: INTENT, when: [CONDITION, ...]}.")
    out = []
    for rule in raw:
        if not isinstance(rule, dict) or not isinstance(rule.get("to"), str) or not isinstance(rule.get("when"), list):
            raise where.error("each redirect needs 'to' (an intent) and 'when' (a list of conditions).", rule)
        for condition in rule["when"]:
            name = str(condition).lstrip("!")
            if name not in conditions and name.partition(":")[0] + ":" not in conditions:
                raise where.error(
                    f"redirect condition {condition!r} is unknown; conditions are {sorted(conditions)} (! negates).", rule
                )
        out.append(Redirect(rule["to"], tuple(str(c) for c in rule["when"])))
    return tuple(out)


def _intent(raw: Any, path: str, answer_kinds: Iterable[str], conditions: frozenset[str]) -> Intent:
    if not isinstance(raw, dict):
        raise IntentFileError(path, None, "each entry under 'intents' must be a mapping.")
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise IntentFileError(path, None, "an intent has no 'name'.", _line(raw))
    where = _Where(path, name, _line(raw))
    unknown = set(raw) - INTENT_KEYS
    if unknown:
        raise where.error(f"unknown key(s) {sorted(unknown)}; allowed: {sorted(INTENT_KEYS)}.")
    kinds = set(answer_kinds)
    if raw.get("answer") not in kinds:
        raise where.error(f"'answer' is {raw.get('answer')!r}; it must be one of {sorted(kinds)}.")
    keywords = _terms(raw.get("keywords"), where, "keywords")
    if not keywords:
        raise where.error("'keywords' must list at least one word.")
    return Intent(
        name=name,
        answer=raw["answer"],
        keywords=keywords,
        hints=_terms(raw.get("hints"), where, "hints"),
        slots=_check_slots(raw.get("slots") or {}, where),
        examples=_check_examples(raw.get("examples"), where),
        reply=_check_reply(raw.get("reply"), where),
        next={s: tuple(items) for s, items in (raw.get("next") or {}).items()},
        source=path,
        redirect=_check_redirects(raw.get("redirect"), where, conditions),
    )


def _topics(raw: Any, path: str) -> list[Topic]:
    where = _Where(path, None, _line(raw))
    if not isinstance(raw, dict):
        raise where.error("'topics' must map a topic key to {label, terms}.")
    out = []
    for key, body in raw.items():
        if not isinstance(body, dict) or not isinstance(body.get("label"), dict):
            raise where.error(f"topic {key!r} needs a 'label' with hans and en.", body)
        terms = _terms(body.get("terms"), _Where(path, None, _line(body)), f"topics.{key}.terms")
        if not terms:
            raise where.error(f"topic {key!r} has no terms.", body)
        everyday = _terms(body.get("everyday"), _Where(path, None, _line(body)), f"topics.{key}.everyday") if body.get("everyday") else ()
        out.append(Topic(str(key), dict(body["label"]), tuple(dict.fromkeys((*terms, *everyday))), tuple(everyday)))
    return out


def _pairs(raw: Any, where: _Where, key: str) -> tuple[tuple[str, str], ...]:
    """[[a, b], …] of synonym group names, as their concept tokens (≡a, ≡b)."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p) for p in raw):
        raise where.error(f"{key!r} must be a list of pairs of group names.")
    return tuple((f"≡{a}", f"≡{b}") for a, b in raw)


def _lexicon(raw: Any, path: str) -> Lexicon:
    where = _Where(path, None, _line(raw))
    if not isinstance(raw, dict):
        raise where.error("'lexicon' must be a mapping.")

    def words(key: str, required: bool = False) -> tuple[str, ...]:
        if required and key not in raw:
            raise where.error(f"'lexicon' is missing {key!r}.")
        return _terms(raw.get(key) or [], where, key)

    yes_no = raw.get("yes_no")
    if not isinstance(yes_no, dict) or not {"end", "any", "start"} <= set(yes_no):
        raise where.error("'lexicon' is missing 'yes_no' with 'end', 'any' and 'start'.")
    return Lexicon(
        pronouns=words("pronouns", required=True),
        plural_pronouns=words("plural_pronouns"),
        not_pronouns=words("not_pronouns"),
        follow_up=words("follow_up", required=True),
        follow_up_end=words("follow_up_end"),
        follow_on=words("follow_on"),
        yes_no_end=_terms(yes_no["end"], where, "yes_no.end"),
        yes_no_any=_terms(yes_no["any"], where, "yes_no.any"),
        yes_no_start=_terms(yes_no["start"], where, "yes_no.start"),
        yes_no_negators=_terms(yes_no.get("a_not_a") or [], where, "yes_no.a_not_a"),
        stopwords=frozenset(words("stopwords", required=True)),
        actions_en=dict(raw.get("actions_en") or {}),
        verbs_en=dict(raw.get("verbs_en") or {}),
        titles_en={normalize_term(k): v for k, v in (raw.get("titles_en") or {}).items()},
        shares_en={normalize_term(str(k)): str(v) for k, v in (raw.get("shares_en") or {}).items()},
        units_en=_word_map(raw.get("units_en"), where, "units_en"),
        thing_endings=tuple(words("thing_endings")),
        measures_en=tuple(words("measures_en")),
        ask_openers=tuple(words("ask_openers")),
        fillers=tuple(words("fillers")),
        salutations=tuple(words("salutations")),
        words_pinyin=_word_map(raw.get("words_pinyin"), where, "words_pinyin"),
        chat_en=_word_map(raw.get("chat_en"), where, "chat_en"),
        words_mixed=_word_map(raw.get("words_mixed"), where, "words_mixed"),
        seniority_levels=_terms((raw.get("seniority") or {}).get("levels"), where, "seniority.levels"),
        seniority_titles=_terms((raw.get("seniority") or {}).get("titles"), where, "seniority.titles"),
        groups_en={normalize_term(k): v for k, v in (raw.get("groups_en") or {}).items()},
        times_of_day=words("times_of_day"),
        day_parts=_word_lists(raw.get("day_parts"), where, "day_parts"),
        directions=_word_lists(raw.get("directions"), where, "directions"),
        speech_acts=words("speech_acts"),
        action_roles={normalize_term(k): v for k, v in (raw.get("action_roles") or {}).items()},
        described=words("described"),
        described_by=words("described_by"),
        described_qualifiers=words("described_qualifiers"),
        pointers=words("pointers"),
        describing_marks=words("describing_marks", required=True),
        words_en={normalize_term(k): (v,) if isinstance(v, str) else tuple(v) for k, v in (raw.get("words_en") or {}).items()},
        rewrites=_word_map(raw.get("rewrites"), where, "rewrites"),
        rewrite_guards=words("rewrite_guards"),
        spoken_forms=_word_lists(raw.get("spoken_forms"), where, "spoken_forms"),
        abbreviations=_word_choices(raw.get("abbreviations"), where, "abbreviations"),
        floor_words=words("floor_words"),
        question_words=_word_lists(raw.get("question_words"), where, "question_words"),
        facets=_word_lists(raw.get("facets"), where, "facets"),
        employer_roles=words("employer_roles"),
        place_ends=words("place_ends"),
        role_prefix_stops=words("role_prefix_stops"),
        generic_objects=words("generic_objects"),
        measure_groups=frozenset(words("measure_groups")),
        acting_groups=frozenset(words("acting_groups")),
        answer_forms=words("answer_forms"),
        named_things=words("named_things"),
        loose_meeting_words=words("loose_meeting_words"),
        meeting_pointers=words("meeting_pointers"),
        premise_negators=words("premise_negators"),
        bound_pronouns_en=str(raw.get("bound_pronouns_en") or "(?!)"),
        figure_objects=words("figure_objects"),
        joining_characters=words("joining_characters"),
        measure_characters=words("measure_characters"),
        self_openers=words("self_openers"),
        own_people=words("own_people"),
        telling_verbs=words("telling_verbs"),
        place_pointers=words("place_pointers"),
        self_continuations=words("self_continuations"),
        position_words=words("position_words"),
        member_concepts=words("member_concepts"),
        setting_ends=words("setting_ends"),
        besides_goes_on=words("besides_goes_on"),
        besides_openers=words("besides_openers"),
        asking_verbs=words("asking_verbs"),
        not_asking=words("not_asking"),
        sequence_words=words("sequence_words") + words("opening_words"),
        opening_words=words("opening_words"),
        plain_say_verbs=words("plain_say_verbs"),
        said_as={str(k): tuple(v) for k, v in (raw.get("said_as") or {}).items()},
        belief_openers=words("belief_openers"),
        hearsay_openers=_patterns(raw.get("hearsay_openers"), where, "hearsay_openers"),
        acting_for=_patterns(raw.get("acting_for"), where, "acting_for"),
        meeting_relative_days={str(k): int(v) for k, v in (raw.get("meeting_relative_days") or {}).items()},
        meeting_acronyms={str(k): str(v) for k, v in (raw.get("meeting_acronyms") or {}).items()},
        comparison_joins=words("comparison_joins"),
        body_title_joins=_patterns(raw.get("body_title_joins"), where, "body_title_joins"),
        answer_asides=_patterns(raw.get("answer_asides"), where, "answer_asides"),
        reference_frames=_patterns(raw.get("reference_frames"), where, "reference_frames"),
        thing_pointers=_patterns(raw.get("thing_pointers"), where, "thing_pointers"),
        whom_en=_patterns(raw.get("whom_en"), where, "whom_en"),
        dated_acts=words("dated_acts"),
        dated_from=words("dated_from"),
        asking_characters=words("asking_characters"),
        question_verbs=words("question_verbs"),
        modal_characters=words("modal_characters"),
        other_holders=words("other_holders"),
        own_places=words("own_places"),
        english_common=frozenset(words("english_common")),
        place_nouns_en=frozenset(words("place_nouns_en")),
        item_ordinals=_patterns(raw.get("item_ordinals"), where, "item_ordinals"),
        item_nouns=words("item_nouns"),
        point_words=words("point_words"),
        pointer_classifiers=words("pointer_classifiers"),
        heads_of=_word_lists(raw.get("heads_of"), where, "heads_of"),
        pattern_rewrites=_pattern_pairs(raw.get("pattern_rewrites"), where, "pattern_rewrites"),
        compare_asks=_patterns(raw.get("compare_asks"), where, "compare_asks"),
        addressees=_patterns(raw.get("addressees"), where, "addressees"),
        story_references=words("story_references"),
        relative_years=words("relative_years"),
        year_offsets=_int_map(raw.get("year_offsets"), where, "year_offsets"),
        glossed_concepts=words("glossed_concepts"),
        measure_concepts=_word_map(raw.get("measure_concepts"), where, "measure_concepts"),
        problem_adjectives=words("problem_adjectives"),
        opaque_words=words("opaque_words"),
        demonstratives=words("demonstratives"),
        motion_words=words("motion_words"),
        going_on=words("going_on"),
        part_pointers=words("part_pointers"),
        doing_verbs=words("doing_verbs"),
        recipient_markers=words("recipient_markers"),
        urging_verbs=words("urging_verbs"),
        urging_verbs_en=words("urging_verbs_en"),
        act_negators=words("act_negators"),
        event_frames=_patterns(raw.get("event_frames"), where, "event_frames"),
        going_words=words("going_words"),
        opposite_concepts=_pairs(raw.get("opposite_concepts"), where, "opposite_concepts"),
        change_concepts=words("change_concepts"),
        hearsay=str(raw.get("hearsay") or "^$"),
        meeting_verbs_en=words("meeting_verbs_en"),
        time_words=words("time_words"),
        modifier_facets=words("modifier_facets"),
        noun_suffixes=words("noun_suffixes"),
        whole_places=words("whole_places"),
        among_marks=words("among_marks"),
        reported_question=str(raw.get("reported_question") or "(?!)"),
        reported_request=str(raw.get("reported_request") or "(?!)"),
        response_asks=words("response_asks"),
        who_askings=words("who_askings"),
        party_words=words("party_words"),
        idle_tags=words("idle_tags"),
        body_openers=words("body_openers"),
        body_members=words("body_members"),
        body_speech=words("body_speech"),
        government_words=words("government_words"),
        speaking_governments=words("speaking_governments"),
        formal_speech_act=normalize_term(str(raw.get("formal_speech_act") or "")),
        which_of_title=words("which_of_title"),
        changed_marks=words("changed_marks"),
        current_marks=words("current_marks"),
        agreed_marks=words("agreed_marks"),
        particles=words("particles"),
        aspect_markers=words("aspect_markers"),
        copulas=words("copulas"),
        not_copulas=words("not_copulas"),
        motion_verbs=words("motion_verbs"),
        date_units=words("date_units"),
        place_tags=frozenset(words("place_tags")),
        provinces=words("provinces"),
        cities=words("cities"),
        function_tags=frozenset(words("function_tags")),
        manner_tags=frozenset(words("manner_tags")),
        light_tags=frozenset(words("light_tags")),
        abbreviation_tags=frozenset(words("abbreviation_tags")),
        glue_tags=frozenset(words("glue_tags")),
    )


def _read_file(file: Path, kinds: tuple[str, ...], conditions: frozenset[str], into: dict[str, Any]) -> None:
    path = str(file)
    data = read_yaml(file)
    if not isinstance(data, dict):
        raise IntentFileError(path, None, "the file must be a mapping with 'intents', 'topics' or 'lexicon'.")
    unknown = set(data) - TOP_LEVEL_KEYS
    if unknown:
        raise IntentFileError(path, None, f"unknown top-level key(s) {sorted(unknown)}.", _line(data))
    _read_intents(data.get("intents") or [], path, kinds, conditions, into["intents"])
    if "topics" in data:
        into["topics"].extend(_topics(data["topics"], path))
    if "lexicon" in data:
        into["lexicon"] = _lexicon(data["lexicon"], path)
    for key in ("synonyms", "equivalents"):
        if key in data:
            _read_groups(data[key], path, key, into[key])
    if "messages" in data:
        if not isinstance(data["messages"], dict):
            raise IntentFileError(path, None, "'messages' must be a mapping.", _line(data))
        into["messages"].update(data["messages"])


def _read_intents(raws: list[Any], path: str, kinds: tuple[str, ...], conditions: frozenset[str], into: list[Intent]) -> None:
    for raw in raws:
        intent = _intent(raw, path, kinds, conditions)
        if any(i.name == intent.name for i in into):
            raise IntentFileError(path, intent.name, "this intent name is defined twice.", _line(raw))
        into.append(intent)


def _read_groups(raw: Any, path: str, key: str, into: dict[str, tuple[str, ...]]) -> None:
    """Word groups (synonyms, equivalents): a name and its words; a group may grow over files."""
    groups = _word_lists(raw, _Where(path, None, _line(raw)), key)
    for name, words in groups.items():
        if not words:
            raise IntentFileError(path, None, f"{key} group {name!r} has no words.", _line(raw))
        into[name] = into.get(name, ()) + words


def _check_whole(directory: Path, found: dict[str, Any], required: Iterable[str]) -> None:
    folder = str(directory)
    if found["lexicon"] is None:
        raise IntentFileError(folder, None, "no file defines 'lexicon'.")
    if not found["intents"]:
        raise IntentFileError(folder, None, "no intents defined.")
    names = {i.name for i in found["intents"]}
    absent = sorted(set(required) - names)
    if absent:
        raise IntentFileError(folder, absent[0], "this intent is required by the answer composers but no file defines it.")
    for intent in found["intents"]:
        for rule in intent.redirect:
            named = [c.lstrip("!").partition(":")[2] for c in rule.when if c.lstrip("!").startswith(("cue:", "hint:"))]
            for target in (rule.to, *named):
                if target not in names:
                    raise IntentFileError(intent.source, intent.name, f"redirect names {target!r}, which no file defines.")
    missing = REQUIRED_MESSAGES - set(found["messages"])
    if missing:
        raise IntentFileError(folder, None, f"'messages' lacks {sorted(missing)}.")


def load_knowledge(
    directory: Path | None,
    answer_kinds: Iterable[str],
    required: Iterable[str] = (),
    conditions: Iterable[str] = REDIRECT_CONDITIONS,
) -> Knowledge:
    """Read every *.yaml in `directory`; raise IntentFileError on the first problem.

    `answer_kinds` are the composers' names, `required` the intents they need, `conditions`
    the names a redirect rule may use (see bot/understanding/redirects.py).
    """
    directory = directory or DEFAULT_DIR
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise IntentFileError(str(directory), None, "no *.yaml intent files found.")
    found: dict[str, Any] = {"intents": [], "topics": [], "lexicon": None, "messages": {}, "synonyms": {}, "equivalents": {}}
    for file in files:
        _read_file(file, tuple(answer_kinds), frozenset(conditions), found)
    _check_whole(directory, found, required)
    return Knowledge(
        tuple(found["intents"]), tuple(found["topics"]), found["lexicon"], found["messages"], found["synonyms"],
        found["equivalents"],
    )


Validator = Callable[[Any, _Where], Any]
