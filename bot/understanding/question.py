"""The typed values a question is read into. Composers see these, never the text itself.

    Text      the question as written, its script, and its normalised form (read once)
    Slots     the values it names: person, role, topic, place, date, group, figure unit …
    Question  what kind of answer it wants, its facets, cues and focus terms, and its slots
    Parse     the question with the intent chosen for it, the confidence and the runner-up
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..dates import Date
from ..intents import Intent, Topic
from ..scripts import EN

# What kind of answer a question wants (the lexicon's question_words name them).
KINDS = ("yes_no", "deadline", "how_many", "when", "where", "who", "why", "list", "how", "what")


GROUP_MARKS = ("§", "≡")  # how concept and equivalence tokens begin (tokens.CONCEPT, tokens.EQUIVALENT)
FIGURE_CONCEPT = "§figure"  # the concept of the synonyms' figure group (多少, 几)
MEETING_CONCEPT = "§meet"  # the concept of holding a meeting (召开, 开会): synonyms.yaml meet
SAYS = "§say"  # the concept of saying anything (讲, 说, 表示): what someone's words are
SPEAKING = "≡speak"  # the equivalence of speaking at all (讲话, 发言), not one kind of it (致辞)

@dataclass(frozen=True)
class Text:
    """A question read once: as written (`raw`), its script, and normalised (`text`:
    Simplified, lower case, half-width, colloquial forms rewritten, English titles in Chinese).
    Only the understanding steps read `text`; answers work from the typed values."""

    raw: str
    script: str
    text: str

    @property
    def en(self) -> bool:
        return self.script == EN


@dataclass(frozen=True)
class Slots:
    person: str | None = None
    person_guess: bool = False  # the name was matched fuzzily (a typo)
    pronoun: bool = False
    plural: bool = False  # 他们, they: the group the conversation was about
    role: str | None = None
    roles: tuple[str, ...] = ()  # every title named ("除了省长和政协主席…")
    topic: Topic | None = None
    topic_terms: tuple[str, ...] = ()
    place: str | None = None
    place_asked: str | None = None  # the place with what the question adds to it (广州市政府)
    ordinal: str | None = None  # the session the question names (第八期): another than the report's, maybe
    item: int | None = None  # an item of the last answer asked by its place (第二点: 2; 最后一条: -1)
    item_noun: str | None = None  # …and the noun the items end with (会 of 第一个会)
    other_meeting: str | None = None  # a meeting named that is not the report's (民营经济发展大会 of a 座谈会's report)
    other_event: str | None = None  # …that the report writes, as another event than its meeting (“政企早茶会”, held monthly)
    place_held: bool = False  # the question sets the meeting there (在深圳召开的…), not only names it
    date: Date | None = None
    group: str | None = None  # a group the question asks about (企业家代表, 委员)
    known_words: tuple[str, ...] = ()  # content words the article contains
    unknown_words: tuple[str, ...] = ()  # content words the article does not contain
    name_words: tuple[str, ...] = ()  # content words that look like names (not everyday words)
    english_names: tuple[str, ...] = ()  # capitalised words of an English question (Xi Jinping)
    asked_phrase: str | None = None  # a topic phrase the report does not contain (新能源)
    person_derived: bool = False  # the person was read from a role word (主持人), not named
    level: str | None = None  # the level a question sets what it asks at ("市里的…局": 市), said the everyday way
    person_bodied: bool = False  # the person (or people) read from a body asked what it said (运输署怎么说), not named
    whole: str | None = None  # the whole area a figure is asked of (全市 of "去年全市实际用了多少外资"), not a part of it
    role_apart: bool = False  # the title stands away from the name ("王伟中讲话…引了总书记的话": another's, no title of his)
    people: tuple[str, ...] = ()  # every person named, in order ("王伟中和林克庆分别…")
    pairs: tuple[tuple[str, str], ...] = ()  # each named with the part said right after them ("A讲话、B主持的吧": A 讲话, B 主持)
    recipients: tuple[str, ...] = ()  # those of them named as whom an act was done to ("A为B授牌": B)
    units: tuple[str, ...] = ()  # the units of a figure asked for (多少人 -> 人, 名, 位 …)
    times: tuple[str, ...] = ()  # times of day the question takes for granted (上午)
    acts: tuple[str, ...] = ()  # speech acts it attributes (批评, 表扬 …)
    which: str | None = None  # the noun a "which" question asks for (哪个区 -> 区, 哪家银行 -> 银行)
    figures: tuple[str, ...] = ()  # figures the question names (二十个, 12家): a premise to check
    which_count: str | None = None  # the count a which-question gives (两个 of 哪两个县): those it asks for are so many
    figure_words: tuple[tuple[str, str], ...] = ()  # per figure, the words right before and after it (开工, 老旧小区)
    per_unit: str = ""  # the unit a figure is asked per, as said before it (每小时 of "涨到每小时40块了？")
    count_verb: str = ""  # the verb the question writes right before its count word (缺 of 缺几个司机, 签 of 签了多少)
    stated: tuple[str, ...] = ()  # …of which those in a clause that asks nothing ("…有87%，这是谁讲的": 87%; not 十家 of "占十家总数的几成")

    def filled(self, slot: str) -> bool:
        """Whether the question fills `slot`; an unrecognised name or word can stand in for
        a person or a topic, so that the answer can say the report does not mention it."""
        if slot == "person":
            return self.person is not None or bool(self.name_words) or self.role is not None
        if slot == "topic":
            return any((self.topic, self.place, self.known_words, self.unknown_words))
        return getattr(self, slot) is not None

    @property
    def names_nothing(self) -> bool:
        """The question names no one and nothing of its own ("主题定了吗？"): a part of a message
        that asks of what the part before it named."""
        return not any((self.person, self.pronoun, self.role, self.topic, self.place, self.date, self.group,
                        self.known_words, self.unknown_words, self.name_words, self.figures)) and self.item is None  # (第一个: an order)

    @property
    def named_person(self) -> str | None:
        """The person the question names itself (not one read from 主持人)."""
        return self.person if self.person and not self.person_derived else None


@dataclass(frozen=True)
class Question:
    """What a question asks, typed: everything a composer may look at."""

    text: Text
    slots: Slots
    kind: str = "what"  # one of KINDS
    yes_no: bool = False
    follow_up: bool = False
    asks: bool = False  # it has a question word of its own (谁, 怎么, 多少 …): it stands alone
    facets: frozenset[str] = frozenset()  # named features (negated, besides, employer, calendar …)
    cues: frozenset[str] = frozenset()  # intents whose keywords the question holds
    hinted: frozenset[str] = frozenset()  # intents whose keywords or hints it holds
    verbs: tuple[str, ...] = ()  # the report's verbs the question names (通报, 强调 …)
    glossary: tuple[str, ...] = ()  # the report's words for English words of the question
    terms: tuple[str, ...] = ()  # focus terms: the question's longest pieces the report holds
    absent: tuple[str, ...] = ()  # the question's runs the report does not hold (for figures)
    absent_things: tuple[str, ...] = ()  # of those, the ones that name a thing (利率, 老师), not an act (攞到)
    described: tuple[str, ...] = ()  # …and those that say which thing the asker means, before a pointer (淹水 of 淹水那个工程)
    absent_acts: tuple[str, ...] = ()  # …and those that only say how a figure was told (答应 of "部长答应给…多少钱"), not what
    unheld: tuple[str, ...] = ()  # …of which a yes/no takes for granted (有没有现场签约项目: 签约)
    premise: tuple[str, ...] = ()  # …all of which it says a thing the report names is (困难是原材料涨价吗): to correct
    tokens: tuple[str, ...] = ()  # what the reading path searches with: words, bigrams, concepts
    content: tuple[str, ...] = ()  # what an answer should cover: words and concepts (no bigrams)
    missing: tuple[str, ...] = ()  # words of the question the report never uses, nor any synonym
    sides: tuple[tuple[str, ...], ...] = ()  # a comparison's two sides, each its own words (签约额 | 开工, 投资)
    measure: tuple[str, ...] = ()  # …and what both are measured by (投资 of "A和B哪个投资多")
    groups: dict[str, frozenset[str]] = field(default_factory=dict)  # a word's equivalence tokens (≡…)
    conceptual: frozenset[str] = frozenset()  # words of a concept group (问题, 要求): they frame, they name nothing
    siblings: Mapping[str, frozenset[str]] = field(default_factory=dict)  # concepts one word gives (评价: §say, §evaluate)
    heard: bool = False  # what the asker heard, to check ("听说…？")
    meeting_part: str | None = None  # the kind of one part of a joint meeting it names (签约仪式 of 推介会暨…签约仪式)
    negated: bool = False  # a yes/no that says the act was not done ("一句都没跟企业家互动？"): a no when the report says it was
    light: frozenset[str] = frozenset()  # the glossary's words that name nothing (最后 of "at the end"): they weigh half
    verbal: frozenset[str] = frozenset()  # words jieba's dictionary makes verbs, place words, adjectives (覆盖, 路上): not what
    keyword_hits: int = 0
    set_aside: tuple[str, ...] = ()  # the words of a clause set aside (除了听通报，…: 通报): no answer of theirs first
    story: tuple[str, ...] = ()  # a long question's clauses that ask nothing: the asker's own story
    asking: tuple[str, ...] = ()  # …and those that ask (the whole question when there is no story)
    misquoted: tuple[tuple[str, str], ...] = ()  # words quoted as the report does not write them, with how it does
    told: str | None = None  # a question someone asked at the meeting, told before what is asked of it (乡长问…谁负责，…)
    quoted: tuple[str, ...] = ()  # what it puts in quotation marks that the report writes (“1310”, “卡脖子”), in its form

    @property
    def script(self) -> str:
        return self.text.script

    @property
    def en(self) -> bool:
        return self.text.en

    def has(self, facet: str) -> bool:
        return facet in self.facets

    def equal_groups(self, word: str) -> tuple[str, ...]:
        """The names of the equivalence groups the question reads one of its words as (缺钱: money)."""
        return tuple(g[1:] for g in self.groups.get(word, ()) if g.startswith(GROUP_MARKS[1]))

    @property
    def named(self) -> tuple[str, ...]:
        """The content's words, without its concepts and equivalence tokens (§…, ≡…)."""
        return tuple(w for w in self.content if not w.startswith(GROUP_MARKS))

    @property
    def checks_count(self) -> bool:
        """A yes/no on whether the report gives a count ("有没有说一共多少位代表参会？"): only a
        sentence with a figure of the unit asked answers it."""
        return self.yes_no and bool(self.slots.units) and FIGURE_CONCEPT in self.content

    @property
    def counts(self) -> bool:
        """It asks for a number of something, not for a yes or no."""
        return (bool(self.slots.units) or self.kind == "how_many") and not self.yes_no


@dataclass(frozen=True)
class Parse:
    """A question with the intent chosen for it (None: nothing fits well enough)."""

    question: Question
    intent: Intent | None
    confidence: float
    runner_up: tuple[str, float] | None = None
    scores: dict[str, float] = field(default_factory=dict)
    redirected_from: str | None = None  # the intent scored first, when a redirect rule moved it

    @property
    def slots(self) -> Slots:
        return self.question.slots
