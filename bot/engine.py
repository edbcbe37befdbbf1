"""The engine: meetings loaded from seeds/, one `ask()` for every channel.

    engine = Engine.load()                     # every *.txt in seeds/
    reply = engine.ask("谁主持了会议？", conversation=("console", 0))

Start-up work (reading articles, extracting facts, loading jieba) happens once, in
Engine.load(); asking is pure computation over what was loaded. A question is read once
(`Understanding.normalise`), routed to the meeting it is about (`Router`), understood
against that meeting's words and answered from its facts (`answers.compose`).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from . import answers, conversations, loading, pinyin
from .answers.base import bullets, remainder_clause, unwritten
from .answers.listed import listed_item, whose_words
from .arbitration import (
    NEXT_SESSION,
    READING_THRESHOLD,
    RUNNER_UP_MARGIN,
    Choice,
    asks_about_term,
    choose,
    figure_elsewhere,
    misquote_noted,
    other_session,
    premise_noted,
    true_refusal,
    unchecked_figure,
    unclocked,
    unconditioned,
    unheld_only,
    unmentioned_premise,
    untimed,
    who_do_you_mean,
)
from .conversations import Conversation, Conversations
from .errors import ArticleError
from .genre import Genre, load_genre
from .intents import DEFAULT_DIR, Knowledge, load_knowledge
from .meetings import SEEDS_DIR, Meeting, article_paths, meeting_of
from .models import Evidence, Reply, Sentence
from .reading import ClauseIndex, Reader, Reading
from .reading.index import asks
from .reading.reader import DISTINCTIVE_SHARE
from .routing import MAX_ELSEWHERE, Router
from .scripts import (
    EN,
    HAN_CLASS,
    HANS,
    HANT,
    has_han,
    is_han,
    is_neutral,
    name_forms,
    render,
    to_simplified,
)
from .segment import Segmenter
from .understanding import CONDITION_NAMES, Context, Parse, Question, Text, Understanding
from .understanding.misquote import QUOTED_WORDS
from .understanding.question import FIGURE_CONCEPT, GROUP_MARKS, MEETING_CONCEPT
from .understanding.report_words import ReportWords
from .understanding.split import split_questions
from .understanding.tokens import CONCEPT, EQUIVALENT, is_group_token

log = logging.getLogger(__name__)

MAX_INPUT_CHARS = 4096  # the engine's limit on one message, any channel; longer ones get "too long"
MAX_SPLIT_CHARS = 200  # a longer message is read as one question, never split into several
UNNAMED_KINDS = ("who", "what", "how", "list")  # kinds of question whose pinyin name, if the report lacks it, is what is asked of
OWN_NAME_CHARS = 3  # a question's word this long that the report writes names the thing a pointer points at itself
RAISED_MIN_CHARS = 4  # of what the last answer raised, the shortest clause that names a thing (not 她说)
MAX_ASKED_CHARS = 60  # of the last question's words, the most a follow-on borrows
NOT_REPORTED = "not_reported"  # the intent of what no report of a meeting tells (the next session, the weather)
NOT_SEARCHED_ELSEWHERE = {NOT_REPORTED, "greeting"}  # answers no other report could change
_DESCRIBED_AFTER = re.compile(r"[^，,。？?！!]{1,8}?的")  # 做物流的 of 那个做物流的老总
_HAS_WORD = re.compile(f"[{HAN_CLASS}A-Za-z0-9]")

__all__ = ["HANT", "SEEDS_DIR", "Engine", "Meeting", "article_paths"]


GOES_ON_SENTENCES = 2  # sentences given for "然后呢？": what the report says next
MAX_BARE_WHEN = 24  # the longest "When will it open?" read as asking the last answer's time
COUNT_MARGIN = 0.15  # how much more of a count question the reading's sentence must hold than an answer that gives no count
TOLD_RARE = 3  # sentences a character pair of a told question may stand in and still tie it to where it was asked
TOLD_SHARED = 2  # character pairs the told question and its sentence (and a later reply) share at least
TOLD_REACH = 6  # sentences after the question's where its reply may stand
ANSWERER_PARAGRAPHS = 3  # paragraphs after a told question within which the one named as answering may answer it
DEMAND_SHARED = 3  # …and the rare pairs a later reply shares with a whole sentence quoted before (more than with a question)
PLAN_CONCEPT = CONCEPT + "plan"  # what will be done (将, 计划): no thing asked of
RESPONSE_CONCEPT = CONCEPT + "response"  # the concept of answering someone (回应, 答复): synonyms.yaml response
FOLLOWING_KINDS = ("how_many", "when", "deadline", "where")  # a bare question of these kinds asks of the last one's subject


_JOINED_ON = re.compile(r"^\s*(?:and|but|also|so|then|plus)\s+", re.IGNORECASE)  # a joining word before an English part

class Engine:
    """Answers questions about one or more meetings, keeping a context per conversation."""

    skipped: tuple[loading.Skipped, ...] = ()  # report files Engine.load could not serve

    def __init__(
        self,
        meetings: list[Meeting],
        knowledge: Knowledge,
        genre: Genre,
        understanding: Understanding,
        default: str | None = None,
    ) -> None:
        if not meetings:
            raise ArticleError("No meeting to answer about.")
        self.knowledge = knowledge
        self.genre = genre
        self.understanding = understanding
        self._meetings = {m.id: m for m in meetings}
        self.router = Router(genre, {m.id: m.vocabulary for m in meetings})
        self.default = default if default in self._meetings else meetings[0].id
        self.conversations = Conversations(self.default)
        self.reader = Reader()
        self._indexes: dict[str, ClauseIndex] = {}
        self._names: dict[str, dict[str, str]] = {}  # by meeting: names a Traditional reply keeps
        self._asking_words = {*understanding.cues.owner, *genre.meeting_words}  # intents' cue words, 座谈会
        self._reported = re.compile(knowledge.lexicon.reported_question)  # (乡长问…谁负责: someone's question, told)
        self._pronouns = frozenset(knowledge.lexicon.plural_pronouns)  # 大家: names no one a question asks of
        self._asking_han: tuple[str, ...] | None = None  # the lexicon's asking words, longest first (read on first use)

    @classmethod
    def load(
        cls,
        articles: Iterable[Path] | None = None,
        seeds: Path | None = None,
        intents_dir: Path | None = None,
        default: str | None = None,
        progress: TextIO | None = None,
    ) -> Engine:
        """Read the intents and the genre, then the reports; prepare understanding.

        Each report is read on its own (bot/loading.py): a broken one is skipped with a
        warning and listed in `engine.skipped`; extracted facts come from the cache when the
        file and the code are unchanged. `progress` (a terminal) shows a cold build's progress.
        """
        knowledge = load_knowledge(intents_dir or DEFAULT_DIR, answers.COMPOSERS, answers.REQUIRED_INTENTS, CONDITION_NAMES)
        genre = load_genre()
        paths = article_paths(articles, seeds)
        reports = loading.load_reports(paths, genre, progress=progress)
        if not reports.loaded:
            raise ArticleError(f"None of the {len(paths)} report file(s) could be read; the warnings above say why.")
        meetings = [meeting_of(r.facts, r.vocabulary, genre) for r in reports.loaded]
        topic_words = [t for topic in knowledge.topics for t in topic.terms]
        teams = list(genre.research_teams)  # 调研组只跑了…: 调研组 stays one word
        # a word that stands for another (没人管 for the report's 弃管) is one word: not 没 + the report's 人管
        same = [w for words in knowledge.equivalents.values() for w in words if has_han(w) and len(w) >= 3]
        words = [w for m in meetings for w in m.vocabulary.words()] + topic_words + teams + same
        segmenter = Segmenter(words, genre.unit_kinds.get("items", ()))
        engine = cls(meetings, knowledge, genre, Understanding(knowledge, genre, segmenter), default)
        engine.skipped = tuple(reports.skipped)
        return engine

    def restarted(self) -> Engine:
        """The same meetings and knowledge with no conversation in memory (a restarted bot)."""
        engine = Engine(list(self._meetings.values()), self.knowledge, self.genre, self.understanding, self.default)
        engine.skipped = self.skipped
        return engine

    # -- meetings ---------------------------------------------------------------

    def meetings(self) -> list[tuple[str, str]]:
        return [(m.id, m.label) for m in self._meetings.values()]

    def meeting(self, meeting_id: str | None = None) -> Meeting:
        return self._meetings[meeting_id or self.default]

    def index(self, meeting: Meeting) -> ClauseIndex:
        """The meeting's clause index, built on first use (it loads bm25s and numpy)."""
        if meeting.id not in self._indexes:
            self._indexes[meeting.id] = ClauseIndex(
                meeting.facts, self.understanding.tokenizer, self.genre.subjectless_openers, self.genre.paragraph_setting,
                self.genre.pointing_back, self.genre.titles, self.genre.responding_actions, self.genre.host_references,
            )
        return self._indexes[meeting.id]

    def parse(self, question: str, meeting_id: str | None = None, context: Context | None = None) -> Parse:
        """How a question is understood about a meeting (the default one): for tests and /why."""
        return self.understanding.read(question, self.meeting(meeting_id).words, context)

    def select_meeting(self, conversation: Hashable, meeting_id: str, script: str = HANS) -> Reply:
        """Make `meeting_id` the conversation's current meeting."""
        if meeting_id not in self._meetings:
            return Reply(self.message("unknown_meeting", script), False, script=script)
        conv = self.conversations.get(conversation)
        conv.context = Context(meeting=meeting_id, script=conv.context.script)
        pending, conv.pending = conv.pending, None
        if pending and meeting_id in pending[1]:  # the question that asked "which meeting?"
            text = self.understanding.normalise(pending[0])
            meeting = self._meetings[meeting_id]
            parse = self.understanding.read(text, meeting.words, conv.context)
            reply = self._answer(meeting, parse, text.script)
            self._remember(conv, parse, reply)
            return reply
        text = self.message("now_answering", script, label=self._meetings[meeting_id].label)
        return Reply(text, True, intent="select_meeting", confidence=1.0, script=script, meeting=meeting_id)

    # -- asking -------------------------------------------------------------------

    def forget(self, conversation: Hashable) -> None:
        """Start the conversation afresh: default meeting, no person, topic or last answer."""
        self.conversations.forget(conversation)

    def last_reply(self, conversation: Hashable) -> Reply | None:
        conv = self.conversations.peek(conversation)
        return conv.last if conv else None

    def current_meeting(self, conversation: Hashable) -> str:
        conv = self.conversations.peek(conversation)
        return (conv.context.meeting if conv else None) or self.default

    # -- conversations as plain data, for channels that persist them ------------------

    def has_conversation(self, conversation: Hashable) -> bool:
        return self.conversations.peek(conversation) is not None

    def conversation_state(self, conversation: Hashable) -> dict[str, Any] | None:
        """One conversation as plain data (see bot/conversations.py); None if there is none."""
        conv = self.conversations.peek(conversation)
        return conversations.to_plain(conv.context, conv.last, conv.pending) if conv else None

    def restore_conversation(self, conversation: Hashable, state: Mapping[str, Any]) -> bool:
        """Take a conversation back from `conversation_state` (after a restart); False when
        the state no longer fits the loaded meetings."""
        restored = conversations.from_plain(state, self._meetings, self.knowledge.topics)
        if restored is None:
            return False
        conv = self.conversations.get(conversation)
        conv.context, conv.last, conv.pending = restored
        return True

    def ask(self, question: str, conversation: Hashable = "default") -> Reply:
        """Answer a message in a conversation; never raises on user input. A message of several
        questions ("X是谁？他说了什么？") gets their answers in turn, as if asked one by one."""
        question = question if isinstance(question, str) else ""
        text = self.understanding.normalise(question)
        guard = self._guard(question, text.script)
        if guard:
            return guard
        conv = self.conversations.get(conversation)
        question = self.understanding.normalise.unabbreviated(question, text.script)  # (split at "n wat" as at "and what")
        question = self.understanding.normalise.unfilled(question)  # (嗯 of a dictated message: no question of its own)
        going_on = self.knowledge.lexicon.going_on
        whole = len(question) > MAX_SPLIT_CHARS or self.understanding.told_request(text.text)  # (地主要求…，建商答应了吗: one)
        parts = [question] if whole else split_questions(question, self._asks, self._bare, going_on)
        if len(parts) == 1:  # (one question, maybe without an aside said after it: "…啥事呀？人老了记不清。")
            one = text if parts[0] == question else replace(self.understanding.normalise(parts[0]), script=text.script)
            return self._ask_one(parts[0], one, conv)
        replies: list[Reply] = []
        asked: list[str] = []
        for i, part in enumerate(parts):
            part = part.rstrip("，,；;、 ") or part  # (…讲话了吧， asks as …讲话了吧)
            reply = self._ask_one(part, replace(self.understanding.normalise(part), script=text.script), conv)  # one script
            if reply.choices:  # "which meeting?" comes first
                return reply
            if i:
                reply = self._with_part_before(part, self._naming_part(parts[:i], conv), reply, replies, text.script, conv)
            if reply is not None:
                replies.append(reply)
                asked.append(part)
        return _joined(self._answered_later(asked, replies, conv))

    def _naming_part(self, parts: list[str], conv: Conversation) -> str:
        """The last of the parts before that names something or asks other than a time or a count ("淤沙什么时候开始清？几时
        做完？总共花多少钱？": the first, of the third; the second names nothing), else the one right before."""
        if len(parts) == 1:
            return parts[0]
        words = self.meeting(conv.context.meeting or self.default).words
        for part in reversed(parts):
            q = self.understanding.read(part, words).question
            if any(words.holds(t) for t in q.named) or q.slots.person or q.slots.role or q.kind not in ("when", "how_many"):
                return part  # (a time or a count of nothing named, 几时做完, 分几期做, is passed over; "另外开了哪些会" is not)
        return parts[-1]

    def _answered_later(self, parts: list[str], replies: list[Reply], conv: Conversation) -> list[Reply]:
        """The replies without a refusal of a part whose every word of the report a later part's quoted sentences hold ("In the
        cost audit, what unit cost had the water company claimed, and what figure did the auditors accept?": one sentence says
        both): the sentence answers it too."""
        meeting = self.meeting(conv.context.meeting or self.default)
        sentences = {(s.paragraph, s.index): s.text for s in meeting.facts.article.sentences}
        kept = []
        for i, (part, reply) in enumerate(zip(parts, replies, strict=True)):
            later = " ".join(sentences.get((e.paragraph, e.sentence), "") for r in replies[i + 1 :] if r.answered for e in r.evidence)
            question = self.understanding.read(part, meeting.words).question if later and not reply.answered else None
            # (哪个团体: a name; why, when, where or a yes/no: not told by a sentence that holds the words; 明年预计多少 of a report
            # that never writes 明年: not this year's figure)
            asks_who = question is not None and (question.kind in ("who", "why", "when", "where") or question.yes_no
                                                 or question.has("which") or bool(question.absent))
            terms = [t for t in (question.terms or question.glossary) if has_han(t)] if question and not asks_who else []
            # (…and the things it names by a word the report says otherwise: 勋章 of "老英雄把勋章捐了？", ≡medal, its 军功章)
            terms += [t for t in question.content if t.startswith(EQUIVALENT)] if question and not asks_who else []
            said = {t: self.knowledge.equivalents.get(t[1:], ()) for t in terms if t.startswith(EQUIVALENT)}
            held = sum(any(w in later for w in said[t]) if t in said else t in later for t in terms)  # (of five words or more, one
            # the sentence says otherwise: 水务集团, its 企业)
            if not (len(terms) >= MIN_TERMS_ANSWERED and held >= len(terms) - (len(terms) >= LOOSE_TERMS_ANSWERED)):
                kept.append(reply)
        return kept or replies

    def _with_part_before(
        self, part: str, before: str, reply: Reply, replies: list[Reply], script: str, conv: Conversation,
    ) -> Reply | None:
        """A later part of a message, asked again with the part before where it needs it ("暖气几号开始烧，一共烧多少天？",
        "下一次什么时候开，主题定了吗"): the reply to give, or None when the answers already given answer it. Each part
        is read once here, and the predicates below look at its typed question."""
        words = self.meeting(conv.context.meeting or self.default).words
        asked = self.understanding.read(part, words).question
        asked_before = self.understanding.read(before, words).question
        if replies and not replies[-1].answered and (_of_the_unmentioned(asked, asked_before) or _asked_again(asked, reply, replies[-1])):
            return None  # "会上腾讯的老板发言了吗？讲了些啥？": of what the report never mentions, the refusal says all
        said_by = self._who_said_it(part, before, asked, replies, script, conv)
        if said_by is not None:
            return said_by
        bare = asked_before.has(NEXT_SESSION) and asked.slots.names_nothing  # (asks of the next session too: "…，主题定了吗？")
        # "…哪几位企业家发言了？叫啥名字，哪家公司的？": a part that names nothing asks of what the part before named
        if not bare and _counts_nothing(asked, asked_before):  # "…开咗几多间？今年目标要建几多间？"
            return self._count_of_before(part, before, asked_before, reply, replies, script, conv)
        pointed_back = asked.en and re.search(rf"\b(?:{'|'.join(map(re.escape, self.knowledge.lexicon.part_pointers))})\b", part.lower()) is not None
        elliptical = reply.answered and not bare and (_names_nothing(asked) or _who_of_it(asked, asked_before) or _time_or_place_of_it(asked, asked_before, reply, words, self.genre)
                                                      or pointed_back)  # ("…, and how much of it comes from Yantan?")
        if reply.answered and not bare and not elliptical:  # ("二号公园停车场那3.2亿里面，中央补助多少、市府自己出多少？": of the
            return None if replies and _of_another_thing(asked_before, replies[-1], reply, words) else reply  # thing refused, another's)
        shared = self._bare(before) + "，" + part
        again = self._ask_one(shared, replace(self.understanding.normalise(shared), script=script), conv)
        given = any(again.text == r.text for r in replies)
        if elliptical:
            return _elliptical(asked, asked_before, reply, again, (given, self._of_before(reply, asked_before, replies, conv)))
        if bare:  # (of the next session, which the report tells nothing of: a refusal it is)
            return again if not again.choices and (again.answered or again.intent == NOT_REPORTED) else reply
        if again.answered and given and not again.choices:
            return None  # "…后面怎么落实？多久能有回复": asked with the part before, the answer already given answers it
        return self._asked_again(asked, asked_before, reply, again, (given, replies), conv)

    def _asked_again(
        self, asked: Question, asked_before: Question, reply: Reply, again: Reply, given_replies: tuple[bool, list[Reply]], conv: Conversation,
    ) -> Reply | None:
        """A later part asked again with the part before (`again`), where neither stands on its own: the new answer, the part's
        own, or none where the sentence already quoted says it."""
        given, replies = given_replies
        fresh = again.answered and not again.choices and not given
        # (not the part before's own question again, which it refused: "…how much money…AI fund? what is the number?")
        fresh = fresh and (replies[-1].answered or again.intent != replies[-1].intent)
        said = {(e.paragraph, e.sentence) for e in replies[-1].evidence} if replies else set()
        again_said = {(e.paragraph, e.sentence) for e in again.evidence}
        of_someone = not reply.answered and asked.yes_no and bool(asked_before.slots.role or asked_before.slots.person)
        fresh = fresh and not (said and again_said <= said and not of_someone)  # (几点开始 after a venue: not the venue's sentence
        # again; but "…係邊位？有冇去？": of the one the part before named, the yes the part alone could not give)
        if not fresh and replies and _said_before(asked, replies[-1]):
            return None  # "Which department came out on top, and what was its score?": the sentence quoted says both
        if again.answered and said and again_said <= said and (_names_nothing_asked(asked) or not asked.named and asked.kind == "who"):
            return None  # "评议团多少人？都是些什么人": asked with the part before, the sentence already quoted answers it
        if not reply.answered and not reply.evidence and not again.answered \
                and not (asked.named or asked.slots.person or asked.slots.role or asked.yes_no) and replies and replies[-1].answered and replies[-1].evidence:
            return None  # ("…书面意见3月28日前寄过去就行了？要寄给谁": what the sentence quoted says, or nothing more; no refusal)
        return again if fresh and self._of_thing_refused(again, asked_before, replies, conv) else reply

    def _of_thing_refused(self, again: Reply, asked_before: Question, replies: list[Reply], conv: Conversation) -> bool:
        """Whether a later part, asked with the part before that was refused, is answered of the thing that part named ("Which
        company will supply the smart water meters…, and how many will be installed?": a sentence quoted holds one of its words the
        report writes rarely, 智能水表; not 供水 costs); always, after a part answered."""
        refused = replies and not replies[-1].answered and not replies[-1].evidence  # (a refusal that quotes nothing)
        named = [t for t in (asked_before.terms or asked_before.glossary) if has_han(t)] if refused else []
        sentences = self.meeting(conv.context.meeting or self.default).facts.article.sentences
        rare = [t for t in named if 0 < sum(t in s.text for s in sentences) <= RARE_SENTENCES]  # (智能水表, not 供水)
        return not rare or self._quotes_any(again, rare, conv)

    def _who_said_it(
        self, part: str, before: str, asked: Question, replies: list[Reply], script: str, conv: Conversation,
    ) -> Reply | None:
        """"…招人留人上有啥难处？是谁讲的？": the one whose words answered the part before, not who spoke at all."""
        if not (replies and replies[-1].evidence and asked.has("who_said_it")):
            return None
        shared = self._bare(before) + "，" + part
        again = self._ask_one(shared, replace(self.understanding.normalise(shared), script=script), conv)
        return again if again.answered and not again.choices and again.text != replies[-1].text else None

    def _count_of_before(
        self, part: str, before: str, asked_before: Question, alone: Reply, replies: list[Reply], script: str, conv: Conversation,
    ) -> Reply | None:
        """A count asked of nothing named, after a part that names something ("长者食堂而家开咗几多间？今年目标要建几多间？"):
        asked with the part before, else of what it named (长者食堂) alone; the count alone where neither gives a new one
        of its kind ("…有没有律所做免费法律服务？做了多少家？", "…归集了多少钱？用掉了多少？")."""
        ask = lambda text: self._ask_one(text, replace(self.understanding.normalise(text), script=script), conv)  # noqa: E731
        again = ask(self._bare(before) + "，" + part)
        if not again.answered or any(again.text == r.text for r in replies):  # (none, or the part before's count again: of
            again = ask(max(asked_before.terms, key=len) + part)  # what it named, on its own)
        things = [t for t in (asked_before.terms or asked_before.glossary) if has_han(t)]
        if replies and not replies[-1].answered and not (again.answered and self._quotes_any(again, things, conv)):
            return None  # ("女职工…合同是几票赞成、几票反对？": the count alone is another's, '工资专项集体合同…反对票2票'; "Which company
            # will supply the smart water meters…, and how many will be installed?": no sentence of the meters counts them)
        quoted = {(e.paragraph, e.sentence) for r in replies for e in r.evidence}
        repeated = {(e.paragraph, e.sentence) for e in again.evidence} <= quoted
        if not alone.answered:  # (…工程什么时候完工？总共花多少钱？: the sentence already quoted gives it, '工程费约4,800万元';
            # else a new sentence of the thing the part before named: "新的最低工资是多少？比现在一个月多出多少？" '…增加208澳门元')
            words = self.meeting(conv.context.meeting or self.default).words  # (多出多少: the measure the part before asked)
            units = self.understanding.read(part, words).slots.units or self.understanding.read(before, words).slots.units
            named = again.answered and not repeated and bool(units) and bool(replies) and replies[-1].answered \
                and any(t in e.text for e in again.evidence for t in asked_before.terms) \
                and any(self.genre.counts_in(e.text, units) for e in again.evidence)
            return None if repeated and again.answered else again if named else alone
        of_it = any(t in e.text for e in alone.evidence for t in asked_before.terms)  # (用掉了多少: '…维修资金…使用2.3亿元')
        if repeated and again.answered and alone.evidence and not of_it and not set(alone.evidence) & set(again.evidence):
            return None  # ("…游具几时换新？budget有多少？": the sentence quoted gives it; not another one's 310万元)
        if repeated and again.answered and set(again.evidence) == set(alone.evidence) and again.text != alone.text:
            return again  # ("…GDP有几多？增长咗几多？": of the same sentence, the growth of the GDP, not every growth it gives)
        if repeated or not (again.answered and again.intent == alone.intent):
            return alone
        return None if any(again.text == r.text for r in replies) else again

    def _of_before(self, reply: Reply, before: Question, replies: list[Reply], conv: Conversation) -> bool:
        """A later part's own answer is of what the part before asked: a sentence it quotes holds a word the part before
        names ("城际铁路那个事…？说什么时候批下来": '针对城际铁路问题，…'), or goes on right after one the answer before
        quoted ('…鹭汀道行人天桥加建升降机工程的进度。' '工程于…，现预计延至2026年第二季完工')."""
        words = [w for w in (*before.terms, *before.slots.known_words, *(before.slots.topic_terms or ())) if len(w) >= 2 and has_han(w)]
        if self._quotes_any(reply, words, conv):
            return True
        quoted = {(e.paragraph, e.sentence) for r in replies[-1:] for e in r.evidence}
        return any((e.paragraph, e.sentence - 1) in quoted for e in reply.evidence)

    def _quotes_any(self, reply: Reply, words: list[str], conv: Conversation) -> bool:
        """Whether a sentence the reply quotes holds one of the words (as the report writes them)."""
        meeting = self.meeting(conv.context.meeting or self.default)
        sentences = {(s.paragraph, s.index): s.text for s in meeting.facts.article.sentences}
        return any(w in sentences.get((e.paragraph, e.sentence), "") for e in reply.evidence for w in words)

    def _bare(self, part: str) -> str:
        """A part of a message, cleaned, without its question words (for split_questions)."""
        return self.understanding.question_words.without_asking(self.understanding.normalise(part).text)

    def _asks(self, part: str) -> bool:
        """Whether a part of a message asks something of its own (for split_questions)."""
        text = self.understanding.normalise(part)
        words = self.understanding.question_words
        bare = text.text.rstrip("，,；;、 ")  # (…讲话了吧， : a yes/no before the comma)
        bare = _JOINED_ON.sub("", bare)  # ("…, and did they also hold…?": the yes/no after the joining word)
        bare = QUOTED_WORDS.sub("“”", bare)  # (会上说“最怕哪天敲不动了”的，…: words quoted ask nothing)
        reported = self._reported.match(bare) is not None  # ("乡长问20年后…谁负责，业者是怎么回答的？": his question, told)
        return not reported and (words.asks(bare) or words.yes_no(bare, text.script) or words.choice(bare))

    def _ask_one(self, question: str, text: Text, conv: Conversation) -> Reply:
        if text.script == HANS and conv.context.script == HANT and is_neutral(question):
            text = replace(text, script=HANT)  # "那金融呢？" in a Traditional conversation
        try:
            return self._ask(text, conv)
        except Exception:  # a bug must reach the log, never the user as a traceback
            log.exception("could not answer %r", question[:200])
            return Reply(render(self.knowledge.message("fallback", text.script), text.script), False, script=text.script)

    def _ask(self, text: Text, conv: Conversation) -> Reply:
        script = text.script
        if text.raw.lstrip().startswith("/"):  # /start, /help typed where commands mean nothing
            return Reply(self.help_text(script), True, "help", 1.0, script=script)
        conv.pending = None  # a new question: an old "which meeting?" is no longer open
        current = conv.context.meeting or self.default
        words = self.understanding.routing_words(text) if len(self._meetings) > 1 else []
        target, choices, named = self.router.route(text.text, words, current)
        if choices:
            conv.pending = (text.raw, tuple(choices))
            return self._which_meeting(choices, script)
        if target != conv.context.meeting:  # the question names another meeting: switch to it
            ctx = conv.context
            conv.context = Context(meeting=target, script=ctx.script, intent=ctx.intent)
        meeting = self.meeting(target)
        parse = self.understanding.read(text, meeting.words, conv.context)
        listed = self._listed_item(meeting, parse, conv.last, script) or self._whose_words(meeting, parse, conv.last, script)
        listed = listed or self._goes_on(meeting, parse, conv.last, script) or self._answered_how(meeting, parse, conv.last, script)
        listed = listed or self._rest_of_last(meeting, parse, conv.last, script)
        listed = listed or self._when_of_last(meeting, parse, conv.last, script)
        listed = listed or self._told_answered(meeting, parse, script)
        if listed is not None:  # "第二点具体是什么？": an item of the last answer's list; "这是谁说的？": whose words it quoted
            self._remember(conv, parse, listed)
            return listed
        parse, reply = self._following_on(text, meeting, parse, conv)
        if not reply.answered and parse.intent and parse.intent.answer not in NOT_SEARCHED_ELSEWHERE:
            # only reports that hold more of the question's words than this one are tried
            # (by the words that name something: 主办 or 记者 asks, and every report may hold it)
            naming = [w for w in words if not set(w) & self._asking_words]
            elsewhere = self._answered_elsewhere(text, parse, self.router.richer(naming, meeting.id, named))
            if len(elsewhere) > 1:
                conv.pending = (text.raw, tuple(m.id for m, _, _ in elsewhere))
                return self._which_meeting([m.id for m, _, _ in elsewhere], script)
            if elsewhere:  # only another loaded report answers it: answer from there
                meeting, parse, reply = elsewhere[0]
                conv.context = Context(meeting=meeting.id, script=conv.context.script)
        self._remember(conv, parse, reply)
        return reply

    def _following_on(self, text: Text, meeting: Meeting, parse: Parse, conv: Conversation) -> tuple[Parse, Reply]:
        """The question's answer; refused, and it follows on the last question ("那今年全区已经装了多少台？" after
        "加装电梯每台最多补贴多少？"), or asks a count or a time of nothing named ("一共多少套？"), it is asked again with
        what the last one asked (its first word, its subject; else all its words); still refused, and it points at a thing
        ("那段路有多长"), with what the last answer raised."""
        reply = self._answer(meeting, parse, text.script)
        # (what a pointer points at, before the question alone, "那个案子要多少钱、打算编哪一年的预算" of what she asked
        # for, not 市府自筹's sum; and before the last question's words, not of 市府 again; unless it says which itself)
        own = parse.question.described or any(len(t) >= OWN_NAME_CHARS and t in meeting.words.vocab.text for t in parse.question.terms)
        own = own or self._describes_itself(text.text)
        raised = "" if own and reply.answered else self._raised_last(text, meeting, conv)  # ("那个整改交办会…": its own)
        if raised:
            said = raised + "，" + self._unpointed(text.text)
            again = self.understanding.read(replace(text, text=said), meeting.words, conv.context)
            answer = self._answer(meeting, again, text.script)
            if answer.answered:
                return again, answer
        return self._following_on_asked(text, meeting, parse, reply, conv)

    def _thing_pointer(self, text: str) -> re.Match[str] | None:
        """The question's pointer at a thing (lexicon thing_pointers: 那个, 那段, that project), if any."""
        return next((m for p in self.knowledge.lexicon.thing_pointers if (m := re.search(p, text))), None)

    def _describes_itself(self, text: str) -> bool:
        """A pointer followed by what it points at, described ("那个做物流的老总呢"): no thing of the last answer's."""
        found = self._thing_pointer(text)
        return found is not None and _DESCRIBED_AFTER.match(text[found.end() :]) is not None

    def _unpointed(self, text: str) -> str:
        """A question without its pointer at a thing and the noun after it (案子 of 那个案子, 路 of 那段路): the words that
        stood for what the last answer raised, which the report may word otherwise (此案, 该路段)."""
        found = self._thing_pointer(text)
        if found is None:
            return text
        rest = text[found.end() :]
        words = self.understanding.segmenter.cut(rest)
        noun = words[0] if words and (self.understanding.segmenter.tag(words[0]) or "").startswith("n") else ""
        return text[: found.start()] + rest[len(noun) :]

    def _raised_last(self, text: Text, meeting: Meeting, conv: Conversation) -> str:
        """What the last answer's first sentence raised, when the question points at a thing ("那个案子要多少钱", after
        "她要求市府做什么": '市府加快北滨区活动中心改建'): the first clause of what its speaker said there, else of the
        sentence; "" when the question points at nothing or the last answer quoted nothing of this report."""
        last = conv.last
        if last is None or not last.answered or not last.evidence or last.meeting != meeting.id:
            return ""
        if self._thing_pointer(text.text) is None:
            return ""
        first = last.evidence[0]
        sentence = next((s for s in meeting.facts.article.sentences if (s.paragraph, s.index) == (first.paragraph, first.sentence)), None)
        if sentence is None:
            return ""
        said = next((s.text for s in meeting.facts.statements if s.sentence == sentence), sentence.text)
        return next((c for c in re.split(r"[，。；：！？,;]", said) if len(c) >= RAISED_MIN_CHARS), "")

    def _following_on_asked(self, text: Text, meeting: Meeting, parse: Parse, reply: Reply, conv: Conversation) -> tuple[Parse, Reply]:
        asked = conv.context.asked.split("，") if conv.context.asked else []
        counted = parse.slots.names_nothing and parse.question.kind in FOLLOWING_KINDS and not parse.question.yes_no
        # ("那个项目总投资几多？" "佢几时试生产？": no one before it, the pronoun stands for the thing asked of)
        pointed = parse.slots.pronoun and parse.slots.person is None and not parse.slots.role and not conv.context.person \
            and bool(asked) and not asked[0].endswith(self.genre.titles)  # (not "环保局长係边个？…佢个名？": someone unnamed)
        pointed = pointed and conv.last is not None and conv.last.answered  # (nor "…主任是谁？他…": one the report has not)
        # ("那个深聊会是啥会" "哪天开的": of that other meeting, not the report's own date)
        of_event = counted and bool(asked) and self.genre.names_event(asked[0]) and not self._own_meeting(meeting, asked[0])
        # ("158号巴士班次会改善吗？从什么时候开始？": when that starts, not when the meeting was held)
        of_event = of_event or bool(asked) and self._starts_of_before(parse)
        if reply.answered and not of_event:
            return self._pointed_surer(text, meeting, parse, reply, conv)
        if not asked or not (counted or pointed or of_event or self.understanding.question_words.follows_on(text.text)):
            return parse, reply
        pronoun = next((p for p in self.knowledge.lexicon.pronouns if has_han(p) and p in text.text), None) if pointed else None
        for subject in dict.fromkeys((asked[0], "".join(asked))):
            said = text.text.replace(pronoun, subject, 1) if pronoun else subject + "，" + text.text
            again = self.understanding.read(replace(text, text=said), meeting.words, conv.context)
            answer = self._answer(meeting, again, text.script)
            if answer.answered or of_event:  # (of the other meeting, its refusal: the report does not date it)
                return again, answer
        return parse, reply

    def _pointed_surer(self, text: Text, meeting: Meeting, parse: Parse, reply: Reply, conv: Conversation) -> tuple[Parse, Reply]:
        """An answered question whose plural pronoun stands for those the last question asked of, no one named ("调研组除了
        实地看还开了什么会？" "那他们还找了哪类人给意见？"): answered by the last one's intent (their research, not the
        meeting's group views), when its answer's sentences hold as much of the question."""
        lex = self.knowledge.lexicon
        plural = any(p in text.text for p in lex.plural_pronouns if has_han(p) and p.startswith(lex.pronouns))  # (他们, not 大家)
        last = conv.context.intent
        if not plural or last is None or parse.intent is None or last == parse.intent.name or not parse.question.content:
            return parse, reply
        if parse.slots.person or parse.slots.role or parse.slots.group or conv.context.person or conv.last is None or not conv.last.answered:
            return parse, reply
        again = replace(parse, intent=self.knowledge.intent(last))
        index, facts = self.index(meeting), meeting.facts
        req = answers.Request(parse.question, parse.intent, facts, self.knowledge, self.genre, text.script)
        own, theirs = answers.compose(req), answers.compose(replace(req, intent=again.intent))
        if not theirs.answered or not theirs.evidence:
            return parse, reply
        held = self.reader.covers(req, index, own.evidence)[0] if own.evidence else 0.0
        if self.reader.covers(req, index, theirs.evidence)[0] < held:  # (as much: the thread the pronoun carries on)
            return parse, reply
        return again, self._answer(meeting, again, text.script)

    def _starts_of_before(self, parse: Parse) -> bool:
        """A bare when of a start or an act ("从什么时候开始？" after "158号巴士班次会改善吗？"): of what the last question asked,
        not of the meeting (its only words a concept's, none the meeting is held by)."""
        q, slots = parse.question, parse.slots
        named = (slots.person, slots.role, slots.place, slots.date, slots.group, slots.topic, slots.figures, slots.name_words)
        acted = any(c.startswith(GROUP_MARKS[0]) for c in q.content) or q.kind == "where" and bool(q.verbs)  # (喺邊度派: where it is done)
        acted = acted or self._bare_verb(q.text.text)  # ("咁幾時派？" after "敬老金每人派幾多錢？": when it is handed out)
        return q.kind in ("when", "where") and not q.yes_no and not q.terms and not any(named) and acted \
            and not any(v in self.genre.held_verbs for v in q.verbs) \
            and MEETING_CONCEPT not in q.content  # (下一次…分析会啥时候再开: a meeting's own time)

    def _bare_verb(self, text: str) -> bool:
        """A question whose only word besides its asking words is a verb of one character that holds no meeting (派, 发, 拿;
        not 开): what is done to the thing asked before."""
        seg = self.understanding.segmenter
        if self._asking_han is None:  # (什么时候, 在哪里: the asking words, whatever the cut; gathered once)
            self._asking_han = tuple(sorted({w for ws in self.knowledge.lexicon.question_words.values() for w in ws if has_han(w)}, key=len, reverse=True))
        for word in self._asking_han:
            text = text.replace(word, " ")
        words = [w for w in seg.cut(text) if has_han(w) and (seg.tag(w) or "") not in ("r", "d", "p", "x", "y", "u", "w")]
        held = {v for v in self.genre.held_verbs} | {w for w in self.knowledge.synonyms.get("meet", ()) if len(w) == 1}
        return len(words) == 1 and len(words[0]) == 1 and (seg.tag(words[0]) or "").startswith("v") and words[0] not in held

    @staticmethod
    def _own_meeting(meeting: Meeting, word: str) -> bool:
        """A word for the report's own meeting (座谈会 of 协商座谈会)."""
        own = meeting.facts.meeting.value if meeting.facts.meeting else ""
        return word in own

    def _goes_on(self, meeting: Meeting, parse: Parse, last: Reply | None, script: str) -> Reply | None:
        """"然后呢？", "结果呢？", naming nothing, after an answer that quoted the report: the sentences the report goes on
        with after the last one quoted (not one already quoted); None for any other question."""
        said = {w.rstrip("呢") for w in self.knowledge.lexicon.facets.get("goes_on", ())}  # (结果 of 结果呢 names nothing)
        slots = parse.slots
        bare = slots.names_nothing or (set(slots.known_words) <= said and not (slots.person or slots.topic or slots.unknown_words))
        if not parse.question.has("goes_on") or not bare or last is None or not last.answered:
            return None
        if not last.evidence or last.meeting != meeting.id or last.intent == "summary":  # (a summary quotes all through)
            return None
        quoted = {(e.paragraph, e.sentence) for e in last.evidence}
        sentences = meeting.facts.article.sentences
        at = [i for i, s in enumerate(sentences) if (s.paragraph, s.index) in quoted]
        after = [s for s in sentences[at[-1] + 1 :] if (s.paragraph, s.index) not in quoted][:GOES_ON_SENTENCES] if at else []
        if not after:
            return None
        text = self.knowledge.message("goes_on", script) + "\n" + bullets(after)
        return self._reply(meeting, parse, answers.Composed(text, True, tuple(after)), "listed", 1.0, script)

    def _rest_of_last(self, meeting: Meeting, parse: Parse, last: Reply | None, script: str) -> Reply | None:
        """"还剩的那一条是啥问题", after an answer that quoted a count of which part is done ('9条问题已办结8条，另1条涉及…'):
        the sentence that tells of the rest, when the question names nothing it does not hold; None for any other question."""
        q, slots = parse.question, parse.slots
        if not q.has("the_rest") or q.yes_no or last is None or not last.answered or not last.evidence or last.meeting != meeting.id:
            return None
        if slots.person or slots.role or slots.topic or slots.figures:
            return None
        at = {(s.paragraph, s.index): s for s in meeting.facts.article.sentences}
        quoted = [at[(e.paragraph, e.sentence)] for e in last.evidence if (e.paragraph, e.sentence) in at]
        rest = next((s for s in quoted if remainder_clause(self.genre, s.text)), None)
        plain = set(self.knowledge.lexicon.facets.get("the_rest", ())) | set(self.knowledge.lexicon.item_nouns)
        if rest is None or any(w not in rest.text and w not in plain for w in q.named if has_han(w)):
            return None
        text = self.knowledge.message("the_rest", script) + "\n" + bullets([rest])
        return self._reply(meeting, parse, answers.Composed(text, True, (rest,)), "listed", 1.0, script)

    def _answered_how(self, meeting: Meeting, parse: Parse, last: Reply | None, script: str) -> Reply | None:
        """"县里怎么答复的？", asking only for the answer, after an answer that quoted a proposal or a complaint ('她建议县里加快
        建设冷链物流中心'): the answer the report gives it later ('…现场回应，…计划6月底前开工'); None for any other question."""
        q, slots = parse.question, parse.slots
        # (after an answer, or a refusal that quoted the sentence: "…由谁负责？" '…由谁负责' asks it too)
        # (a yes/no too, "政府有冇回应呢": whether, and what, where it names nothing else)
        if RESPONSE_CONCEPT not in q.content or last is None or not last.evidence or last.meeting != meeting.id:
            return None
        official = set(self.knowledge.synonyms.get("official", ()))  # (县里, 政府: who answered, no thing of its own)
        req = answers.Request(q, None, meeting.facts, self.knowledge, self.genre, script)  # (法院 of a court's own meeting: who)
        parties = self.knowledge.lexicon.party_words  # (业者怎么回应: who answered, no thing of its own)
        own = [w for w in q.named if w not in official and w not in parties and w not in self.knowledge.synonyms.get("response", ())
               and not answers.scene_word(req, w)]
        at = {(s.paragraph, s.index): s for s in meeting.facts.article.sentences}
        quoted = tuple(at[(e.paragraph, e.sentence)] for e in last.evidence if (e.paragraph, e.sentence) in at)
        raiser = slots.person is not None and any(slots.person in s.text for s in quoted[:1])  # ("医院怎么回他的": the one who raised it)
        if own or slots.person and not raiser or slots.topic or slots.figures:
            return None
        composed = answers.responded(req, answers.Composed("", True, quoted))
        added = composed.evidence[len(quoted) :]
        if not added and len(quoted) > 1:  # (the last answer quoted the answer already, after the complaint: that one again)
            raised = answers.responded(req, answers.Composed("", True, quoted[:1]))
            added = tuple(s for s in raised.evidence[1:] if s in quoted)
        if not added and quoted:  # ("20年后…拆除回收由谁负责？业者怎么回应": a demand, answered later in its own words)
            sentences = meeting.facts.article.sentences
            reply = self._reply_after(meeting, quoted[0], _rare_pairs(quoted[0].text, sentences), DEMAND_SHARED)
            added = (reply,) if reply is not None and reply not in quoted else ()
        if not added:
            return None
        text = self.knowledge.message("answered_after", script) + "\n" + bullets(added)
        return self._reply(meeting, parse, answers.Composed(text, True, added), "listed", 1.0, script)

    def _told_answered(self, meeting: Meeting, parse: Parse, script: str) -> Reply | None:
        """"书记插话问她去年来了多少游客，她怎么答的", "乡长问20年后…拆除回收谁负责，业者是怎么回答的": the sentence where that
        question was asked or raised (the one that shares most of its rare character pairs) and the reply the report gives it
        after: the next sentence of the paragraph where someone speaks, else a later one that shares its pairs ('对于拆除回收
        与回馈金管理，某某仅表示“会后再研议”'); None for any other question, or where the report has no such reply."""
        q = parse.question
        if not q.told or RESPONSE_CONCEPT not in q.content or q.yes_no:
            return None
        sentences = meeting.facts.article.sentences
        pairs = _rare_pairs(self.understanding.question_words.without_asking(q.told), sentences)
        ranked = sorted(sentences, key=lambda s: -sum(p in s.text for p in pairs))
        if not ranked or sum(p in ranked[0].text for p in pairs) < TOLD_SHARED:
            return None
        asked = ranked[0]
        slots = parse.slots  # (the one asked how they answered: "…，部长怎么答的", "…，人社局怎么回应的")
        answerers = {n for n in (slots.person, *slots.people) if n} | {
            p.name for p in meeting.facts.people if slots.role and any(slots.role in r for r in p.roles)}
        reply = self._reply_after(meeting, asked, pairs, TOLD_SHARED, answerers)
        if reply is None:
            return None
        text = self.knowledge.message("reading_says", script) + "\n" + bullets([asked]) + "\n" \
            + self.knowledge.message("answered_after", script) + "\n" + bullets([reply])
        return self._reply(meeting, parse, answers.Composed(text, True, (asked, reply)), "listed", 1.0, script)

    @staticmethod
    def _reply_after(
        meeting: Meeting, asked: Sentence, pairs: set[str], shared: int, answerers: set[str] | frozenset[str] = frozenset(),
    ) -> Sentence | None:
        """The reply the report gives to what `asked` asks or demands: the first later words of one the question names as
        answering (部长, 人社局's people), within a few paragraphs; else, right after a question it quotes, whoever speaks next
        ('苗翠英答：…'); else a later statement, in that paragraph or the next, that shares `shared` of its rare pairs."""
        sentences = meeting.facts.article.sentences
        at = sentences.index(asked)
        said = {st.sentence for st in meeting.facts.statements}
        after = [s for s in sentences[at + 1 : at + 1 + TOLD_REACH] if s.paragraph - asked.paragraph <= 1]
        speaks = lambda s: s in said or any(s.text.startswith(p.name) for p in meeting.facts.people)  # noqa: E731 ('某某答：…')
        nearest = after[0] if after and after[0].paragraph == asked.paragraph and speaks(after[0]) and asks(asked.text) else None
        if nearest is not None and (not answerers or nearest.text.startswith(tuple(answerers))):
            return nearest
        theirs = [st.sentence for st in meeting.facts.statements if st.speaker in answerers and st.sentence in sentences[at + 1 :]]
        near = [s for s in theirs if s.paragraph - asked.paragraph <= ANSWERER_PARAGRAPHS]
        if near:  # (the first of their words that shares most of its pairs: '被问及…过渡期，他称会在草案中一并考虑')
            return max(near, key=lambda s: (sum(p in s.text for p in pairs), -sentences.index(s)))
        return nearest or next((s for s in after if s in said and sum(p in s.text for p in pairs) >= shared), None)

    def _when_of_last(self, meeting: Meeting, parse: Parse, last: Reply | None, script: str) -> Reply | None:
        """"那大概什么时候能弄好？", a follow-up that asks when and names nothing, after an answer that quoted a plan: the time
        its sentences give; None for any other question, or where they give none."""
        q, slots = parse.question, parse.slots
        if q.kind != "when" or q.yes_no or q.has("meeting") or q.has(NEXT_SESSION) or last is None or not last.answered \
                or not last.evidence:  # (not "那下一次什么时候开": the next session's)
            return None
        carried = slots.person is not None and slots.person not in q.text.text  # (the last answer's speaker, which context gives)
        own = [w for w in q.named if not (carried and w == slots.person)]
        # ("大概什么时候？", "When will it open?": a when that names nothing the report writes, nor a thing by its concept, asks
        # it of the last answer too; not "钱啥时候到账", of money)
        things = [t for t in q.content if t.startswith(EQUIVALENT) or t.startswith(CONCEPT) and t != PLAN_CONCEPT]
        if not q.follow_up and (len(q.text.text) > MAX_BARE_WHEN or things or any(has_han(w) or meeting.words.holds(w) for w in own)):
            return None
        own = [w for w in own if has_han(w) or meeting.words.holds(w)]
        if last.meeting != meeting.id or own or slots.person and not carried or slots.topic or slots.date or last.intent in ("date", "when_where"):
            return None
        at = {(s.paragraph, s.index): s for s in meeting.facts.article.sentences}
        quoted = tuple(at[(e.paragraph, e.sentence)] for e in last.evidence if (e.paragraph, e.sentence) in at)
        composed = answers.timed_of(answers.Request(q, None, meeting.facts, self.knowledge, self.genre, script), quoted)
        return self._reply(meeting, parse, composed, "listed", 1.0, script) if composed else None

    def _listed_item(self, meeting: Meeting, parse: Parse, last: Reply | None, script: str) -> Reply | None:
        """An item of the last answer asked by its place and nothing of its own ("第二点具体是什么？", "第一个会的全称是
        什么", "the second one?"): that item of the sentences it quoted; None for any other question."""
        slots, question = parse.slots, parse.question
        if slots.item is None or last is None or not last.answered or not last.evidence or last.meeting != meeting.id:
            return None
        words = (*slots.known_words, *slots.unknown_words, *slots.name_words)
        own = [w for w in words if w != slots.item_noun and self.understanding.item(w)[0] is None]  # (第二点 itself)
        if own or question.yes_no or question.kind not in ("what", "list") or slots.named_person or slots.topic or slots.figures:
            return None  # ("第一个发言的是谁": who spoke first, of the meeting)
        at = {(s.paragraph, s.index): s for s in meeting.facts.article.sentences}
        sentences = [at[(e.paragraph, e.sentence)] for e in last.evidence if (e.paragraph, e.sentence) in at]
        req = answers.Request(question, None, meeting.facts, self.knowledge, self.genre, script)
        composed = listed_item(req, sentences, slots.item, slots.item_noun)
        return self._reply(meeting, parse, composed, "listed", 1.0, script) if composed else None

    def _whose_words(self, meeting: Meeting, parse: Parse, last: Reply | None, script: str) -> Reply | None:
        """"这是谁说的？", naming nothing, after an answer that quoted words: the one whose words they are."""
        slots = parse.slots
        if not parse.question.has("who_said_it") or last is None or not last.answered or not last.evidence or last.meeting != meeting.id:
            return None
        if slots.person or slots.known_words or slots.unknown_words or slots.topic or slots.figures:
            return None  # ("‘…’这句话是谁说的": its own words to look for)
        at = {(s.paragraph, s.index): s for s in meeting.facts.article.sentences}
        sentences = [at[(e.paragraph, e.sentence)] for e in last.evidence if (e.paragraph, e.sentence) in at]
        req = answers.Request(parse.question, None, meeting.facts, self.knowledge, self.genre, script)
        composed = whose_words(req, sentences, to_simplified(last.text.split("\n", 1)[0]))
        return self._reply(meeting, parse, composed, "listed", 1.0, script) if composed else None

    def _answered_elsewhere(self, text: Text, parse: Parse, candidates: list[str]) -> list[tuple[Meeting, Parse, Reply]]:
        """The other meetings whose report answers a question the current one cannot (enough
        of them to offer a choice: the likeliest MAX_ELSEWHERE)."""
        found: list[tuple[Meeting, Parse, Reply]] = []
        for other in (self._meetings[mid] for mid in candidates):
            if len(found) == MAX_ELSEWHERE:
                break
            p = self.understanding.read(text, other.words, Context(meeting=other.id))
            if p.intent is not None and parse.intent is not None and p.intent.name == parse.intent.name:
                r = self._answer(other, p, text.script)
                if r.answered:
                    found.append((other, p, r))
        return found

    def _which_meeting(self, candidates: list[str], script: str) -> Reply:
        choices = tuple((mid, self._meetings[mid].label) for mid in candidates)
        head = self.knowledge.message("which_meeting", script)
        body = "\n".join(f"{i}. {label}" for i, (_, label) in enumerate(choices, 1))
        return Reply(render(f"{head}\n{body}", script), False, "which_meeting", 0.0, script=script, choices=choices)

    def ask_intent(self, intent: str, conversation: Hashable = "default", script: str = HANS) -> Reply:
        """Answer as if the question had been recognised as `intent` (for /summary, /people...)."""
        conv = self.conversations.get(conversation)
        meeting = self.meeting(conv.context.meeting)
        name = {"people": "attendees", "topics": "theme"}.get(intent, intent)
        examples = self.knowledge.intent(name).examples
        question = (examples.get(script) or examples[HANS])[0]
        parse = self.understanding.read(question, meeting.words)
        parse = replace(parse, intent=self.knowledge.intent(name), confidence=1.0, runner_up=None)
        reply = self._answer(meeting, parse, script)
        self._remember(conv, parse, reply)
        return reply

    def _guard(self, question: str, script: str) -> Reply | None:
        msg = self.knowledge.message
        if len(question) > MAX_INPUT_CHARS:
            return Reply(render(msg("too_long", script, size=len(question)), script), False, script=script)
        if not question.strip():
            return Reply(render(msg("empty", script), script), False, script=script)
        if not _HAS_WORD.search(unicodedata.normalize("NFKC", question)):
            return Reply(render(msg("no_question", script), script), False, script=script)
        return None

    def _runner_up(self, parse: Parse, req: answers.Request, composed: answers.Composed) -> tuple[Parse, answers.Request, answers.Composed]:
        """The topic intent (the one for any words) finds nothing, and another scored about as high:
        that one's answer, when it has one ("除了实地去看，调研组还向哪些省做了书面调研？": topic 0.61,
        research 0.59). (Another intent's "the report does not say" is an answer of its own.)"""
        runner, intent = parse.runner_up, parse.intent
        if runner is None or intent is None or intent.answer != "topic" or parse.confidence - runner[1] > RUNNER_UP_MARGIN:
            return parse, req, composed
        other = self.knowledge.intent(runner[0])
        other_req = replace(req, intent=other)
        found = answers.compose(other_req)
        if not found.answered:
            return parse, req, composed
        return replace(parse, intent=other, confidence=runner[1], runner_up=None), other_req, replace(found, intent=other.name)

    def _asked_amiss(self, meeting: Meeting, parse: Parse, script: str) -> answers.Composed | None:
        """A question that takes for granted what is not so: a pronoun with no one before it ("他强调了
        什么？"), another session of the meeting than the report's ("第八期早茶会定在哪天？")."""
        thing = parse.intent is not None and parse.intent.answer in THING_INTENTS  # ("how long was he in hospital": the figure, whoever)
        if parse.slots.pronoun and parse.slots.person is None and not parse.slots.role and not parse.slots.name_words and not thing \
                and not self._one_speaker_of(meeting, parse):
            return who_do_you_mean(meeting.facts, self.knowledge, script)
        unnamed = self._unnamed_english(meeting, parse)
        if unnamed:  # "Who is the candidate to replace vice county head Sui Hong-fei?": someone the report never names
            return answers.Composed(self.knowledge.message("not_mentioned", script, word=unnamed), False, absent=unnamed, final=True)
        session = other_session(parse, meeting.facts, self.genre)
        other = parse.slots.other_meeting  # "乌澜市民营经济发展大会是哪天开的" of a report on a 民营企业座谈会
        if other and meeting.facts.meeting:
            session = meeting.facts.meeting.value, other
        if session:
            own, asked = session
            return answers.Composed(self.knowledge.message("other_session", script, own=own, asked=asked), False, final=True)
        return None

    @staticmethod
    def _one_speaker_of(meeting: Meeting, parse: Parse) -> bool:
        """A pronoun with no one before it, of words only one speaker's statements hold ("算力、数据、算法那块他咋说的"): the
        asker means that one, and the question is answered by what the report records."""
        words = [w for w in (*parse.slots.known_words, *parse.slots.topic_terms) if len(w) >= 2 and has_han(w)]
        speakers = {st.speaker for st in meeting.facts.statements if not st.group and any(w in st.text for w in words)}
        return len(words) >= 2 and len(speakers) == 1

    def _unnamed_english(self, meeting: Meeting, parse: Parse) -> str | None:
        """A name an English question spells in pinyin, asked about (who, what: not a premise to correct, nor a
        place, nor a word of the glossary: Hong Kong), that no run of the report's characters is read as."""
        q, slots = parse.question, parse.slots
        lex, text = self.knowledge.lexicon, meeting.facts.article.text
        if q.en:  # "Did China Construction Bank sign…?": a body the glossary knows, which the report never names (建设银行)
            bodies = [n for n in slots.english_names if (zh := lex.words_en.get(n.lower())) and any(w.endswith(("银行", *self.genre.name_heads)) for w in zh)]
            gone = next((n for n in bodies if not any(w in text for w in lex.words_en[n.lower()])), None)
            if gone:
                return gone
        if not q.en or q.yes_no or slots.person or slots.place or q.kind not in UNNAMED_KINDS:
            return None
        known = lambda n: any(n.lower() in words for words in (lex.words_en, lex.groups_en, lex.titles_en, lex.english_common))  # noqa: E731
        # (each word of a run that is no name taken out first: "Guangdong AI forum" is 广东, which the report writes)
        # (…and no place's name: "Lei Wan Road" may be the report's 鲤湾道, romanised in Cantonese)
        names = [n for n in slots.english_names if not any(w.lower() in lex.place_nouns_en for w in n.split())]
        rest = {n: " ".join(w for w in n.split() if not known(w)) for n in names}
        return next((n for n in names if rest[n] and pinyin.name_shaped(rest[n]) and not known(n) and pinyin.spelt_in(text, rest[n]) is None), None)

    def _settled_early(self, meeting: Meeting, parse: Parse, req: answers.Request, script: str) -> tuple[answers.Composed, str, float] | None:
        """A question asked amiss (refused as such), or one of a superlative figure ("最大一笔钱花在什么上", "提问的人里谁年纪
        最大", whatever the intent: the figure that is); None for the others."""
        amiss = self._asked_amiss(meeting, parse, script)
        if amiss is not None:
            return amiss, "refusal", parse.confidence
        extreme = answers.extreme(req) if parse.question.has("superlative") and parse.slots.units else None
        return (extreme, "intent", parse.confidence) if extreme is not None else None

    def _reading_surer(self, req: answers.Request, meeting: Meeting, composed: answers.Composed, script: str) -> Reading | None:
        """The reading path's answer, where it settles what the intent's leaves open: a figure the intent's answer does not
        check ("有20位委员参加了测评吗？" answered with a list), or a count asked and answered with no count ("胶樽回收率得几多"
        answered with 回收价's sentence, '报道写道：…')."""
        says = self.knowledge.message("reading_says", script)
        unchecked = unchecked_figure(req, composed)
        uncounted = req.question.counts and not req.en and composed.text.startswith(says)  # (English answers give no count first)
        if not (unchecked or uncounted):
            return None
        reading = self.reader.read(req, self.index(meeting))
        if reading.confidence < READING_THRESHOLD or unchecked and unchecked_figure(req, reading.composed):
            return None
        if unchecked:
            return reading
        # (…and only where the intent's sentences hold much less of the question: "出口多少" of '…其中出口312.7亿元' stands)
        held = self.reader.covers(req, self.index(meeting), composed.evidence)[0] if composed.evidence else 0.0
        counted = reading.composed.answered and not reading.composed.text.startswith(says)
        return reading if counted and reading.confidence - held >= COUNT_MARGIN else None

    def _compose(self, meeting: Meeting, parse: Parse, script: str) -> tuple[answers.Composed, str, float]:
        """The intent's answer, the reading path's, or a true refusal (see bot/arbitration.py)."""
        req = answers.Request(parse.question, parse.intent, meeting.facts, self.knowledge, self.genre, script)
        early = self._settled_early(meeting, parse, req, script)
        if early is not None:
            return early
        composed = answers.compose(req) if parse.intent is not None else answers.unintended(req)
        if composed is not None and not (composed.answered or composed.final):
            parse, req, composed = self._runner_up(parse, req, composed)
        unmentioned = self._unmentioned(req, parse, composed, script, meeting)
        if unmentioned is not None:
            return (self._clause_beside(req, parse, meeting, script) if unmentioned[1] == "refusal" else None) or unmentioned
        composed = premise_noted(parse, composed, self.knowledge, script)
        reading, covers = None, (1.0, set())
        said_otherwise = self._said_otherwise(parse, meeting)  # (靠国外买: ≡imported, which the report writes 依赖进口)
        surer = self._reading_surer(req, meeting, composed, script) if composed is not None and composed.answered else None
        if surer is not None:
            return surer.composed, "reading", surer.confidence
        if composed is None or not (composed.answered or composed.final or composed.settled):
            reading = self.reader.read(req, self.index(meeting))
        elif composed.answered and composed.evidence and parse.question.content:
            covers = self.reader.covers(req, self.index(meeting), composed.evidence)
            # the answer misses much of the question, or the question is about a term (报道提到建议了吗): look further
            # (…or it takes a no for granted: 是不是不鼓励搞风投, which the words quoted may deny)
            opposed = parse.question.yes_no and (parse.question.negated or any(a in parse.question.content for a, _ in self.knowledge.lexicon.opposite_concepts))
            # (国外买 of "零件要靠国外买…怎么说的": a word said otherwise, which the answer's sentences miss)
            unsaid = frozenset(t for t in said_otherwise if t not in covers[1])
            if reading is None and (covers[0] < READING_THRESHOLD or asks_about_term(parse) or opposed or unsaid):  # (到现场了吗: maybe no)
                reading = self.reader.read(req, self.index(meeting))
        named = meeting.facts.meeting.value if meeting.facts.meeting else None
        subject = self._meeting_subject(parse, named)
        choice = self._unheld_noted(parse, composed, reading, script) \
            or choose(parse, composed, reading, covers, named, said_otherwise, self._pronouns, subject)
        choice = self._timed(req, choice, script)
        choice = replace(choice, composed=answers.responded(req, choice.composed)) if choice is not None else None
        if choice is not None:
            return choice.composed, choice.source, choice.confidence
        refusal = true_refusal(composed, parse, meeting.facts, self.knowledge, script)
        return refusal, "refusal", reading.confidence if reading else parse.confidence

    def _meeting_subject(self, parse: Parse, named: str | None) -> frozenset[str]:
        """The question's words and equivalents that name what the whole meeting is about, as its name says (加梯 and
        ≡lift_retrofit of a 加装电梯议事会)."""
        if not named:
            return frozenset()
        eq = self.knowledge.equivalents
        return frozenset(
            t for t in parse.question.content
            if any(w in named for w in (eq.get(t[1:], ()) if t.startswith(EQUIVALENT) else self.knowledge.equals(t)) if len(w) >= 2)
        )

    def _clause_beside(self, req: answers.Request, parse: Parse, meeting: Meeting, script: str) -> tuple[answers.Composed, str, float] | None:
        """A refusal on a word the report lacks, where a clause holds every other word of the question: that clause, led by
        the word it lacks ("…机制可以等企业提需求、大家一齐攻关" of '…“企业出题、政府立题、协同破题”攻关机制')."""
        noted = self._unheld_noted(parse, None, self.reader.read(req, self.index(meeting)), script)
        return (noted.composed, noted.source, noted.confidence) if noted is not None else None

    def _unheld_noted(self, parse: Parse, composed: answers.Composed | None, reading: Reading | None, script: str) -> Choice | None:
        """"王伟中是不是说还要聚焦芯片？", which no intent answers: not 芯片 (the report never writes it), and the sentence on
        its kind that the reading found (要聚焦算力、数据、算法…)."""
        if composed is not None and composed.answered or reading is None or not unheld_only(parse, reading):
            return None
        note = unwritten(parse.question.unheld, lambda key, **v: self.knowledge.message(key, script, **v))
        return Choice(replace(reading.composed, text=note + "\n" + reading.composed.text), "reading", reading.confidence)

    def _timed(self, req: answers.Request, choice: Choice | None, script: str) -> Choice | None:
        """A reading that says yes to a yes/no on when ("县府有说从什么时候开始吗？") with sentences that give no time: no
        time given, and what the sentences say; and so any answer to whether the asker qualifies whose sentences give
        no condition ("…可以申请吗？有什么资格要求？")."""
        if choice is None or not choice.composed.answered:
            return choice
        if unconditioned(req, choice.composed):
            key = "no_condition_given"
        elif choice.source == "reading" and (untimed(req, choice.composed) or unclocked(req, choice.composed)):
            key = "no_time_given"
        else:
            return choice
        text = self.knowledge.message(key, script) + bullets(choice.composed.evidence)
        return Choice(replace(choice.composed, text=text, answered=False, final=True), "refusal", choice.confidence)

    def _unmentioned(
        self, req: answers.Request, parse: Parse, composed: answers.Composed | None, script: str, meeting: Meeting,
    ) -> tuple[answers.Composed, str, float] | None:
        """A yes/no on a word the report never writes, which the intent's list would answer beside the point:
        refused by that word ("会议有冇邀请香港商界代表参加？"), or, where it names another of its kind the list holds,
        the list led by saying so ("是不是书面调研了江苏和上海？"). A yes/no on when, which the answer gives no time for,
        is no yes either."""
        if composed is not None and composed.answered and untimed(req, composed):  # "…有没有承诺在什么时候之前出台…？"
            text = self.knowledge.message("no_time_given", script) + composed.text
            return replace(composed, text=text, answered=False, final=True), "refusal", parse.confidence
        word = unmentioned_premise(parse) if composed is not None and composed.answered else None
        if word is None or composed is None:
            return None
        note = self.knowledge.message("not_mentioned", script, word=word)
        if self._named_beside(parse, composed, word, meeting):
            return replace(composed, text=note + "\n" + composed.text), "intent", parse.confidence
        return answers.Composed(note, False, absent=word), "refusal", parse.confidence

    def _named_beside(self, parse: Parse, composed: answers.Composed, word: str, meeting: Meeting) -> bool:
        """A word of the question the answer's sentences hold beside the one the report lacks: of the same kind
        (江苏 beside 上海, both places), or one few of the report's clauses hold (实地 beside 问卷, "是不是只发了网上
        问卷，没人去实地？"): the premise is half right, and the answer says which half."""
        tag = self.understanding.segmenter.tag
        text = "".join(s.text for s in composed.evidence)
        places = self.knowledge.lexicon.place_tags  # (of names only: 董事长 and 水务集团 are both nouns)
        if tag(word) in places and any(w != word and tag(w) in places and w in text for w in parse.question.named):
            return True
        if tag(word) in places and parse.question.yes_no and parse.intent is not None and parse.intent.name == "research":
            # "是不是向北京、上海发了书面调研？": the places the research went to answer it, the one asked named as absent
            return any(tag(w) in places for w in self.understanding.segmenter.cut(text))
        index, groups = self.index(meeting), self.genre.group_words
        rare = max(1, int(DISTINCTIVE_SHARE * len(index.clauses)))  # (not 代表 of "有冇邀请香港商界代表参加？")
        return any(
            len(w) >= 2 and w != word and w in text and not w.endswith(groups) and 0 < index.count(w) <= rare
            for w in parse.question.named
        )

    def _said_otherwise(self, parse: Parse, meeting: Meeting) -> frozenset[str]:
        """The question's equivalence tokens of words the report never writes (≡imported of 靠国外买)."""
        tok, text, report = self.understanding.tokenizer, parse.question.text.text, meeting.facts.article.text
        slots = parse.slots  # (老板 of "老板们…说了哪些意见": the group the intent read, not a word it missed)
        read = {w for w in (slots.group, slots.role, slots.person, slots.place, *slots.topic_terms) if w}
        return frozenset(
            t for t in parse.question.content
            if t.startswith(EQUIVALENT) and (said := tok.said_otherwise(t, text, report)) and not any(w in r for w in said for r in read)
        )

    def _answer(self, meeting: Meeting, parse: Parse, script: str) -> Reply:
        composed, source, confidence = self._compose(meeting, parse, script)
        return self._reply(meeting, parse, composed, source, confidence, script)

    def _reply(self, meeting: Meeting, parse: Parse, composed: answers.Composed, source: str, confidence: float, script: str) -> Reply:
        """A composed answer as the reply the asker reads, in their script, with its evidence."""
        composed = figure_elsewhere(parse, misquote_noted(parse, composed, meeting.facts, self.knowledge, script), meeting.facts, self.knowledge, script)
        intent = source if source in ("reading", "listed") else composed.intent or (parse.intent.name if parse.intent else None)
        text = as_written(composed.text, meeting.facts.article.spoken)
        if parse.slots.person_guess and parse.slots.person and composed.answered:
            note = self.knowledge.message("guessed_name", script, name=parse.slots.person)
            text = text + note if script == EN else note + text
        if len(self._meetings) > 1:  # say which report the answer comes from
            text = f"〔{meeting.name}〕\n{text}"
        raw = parse.question.text.raw
        shown = HANT if script == EN and to_simplified(raw) != raw else script  # (an English question that writes 逸濤樓: its quotes so)
        names = self._name_forms(meeting) if shown == HANT else None
        if names is not None:  # 台 where the question writes 台 (全市有多少台電梯？), not the converter's 臺
            variants = self.genre.traditional_variants
            names = {**names, **{variants[c]: c for c in set(parse.question.text.raw) if c in variants}}
        spoken = meeting.facts.article.spoken
        evidence = tuple(Evidence(s.paragraph, s.index, render(as_written(s.text, spoken), shown, names)) for s in composed.evidence)
        return Reply(
            text=render(text, shown, names),
            answered=composed.answered,
            intent=intent,
            confidence=round(confidence, 3),
            runner_up=parse.runner_up,
            evidence=evidence,
            suggestions=self._suggestions(parse, composed, script),
            person=composed.person or parse.slots.person or self._holder(meeting, parse, script),
            script=script,
            meeting=meeting.id,
            tried_intent=intent or (parse.intent.name if parse.intent else _best(parse)),
        )

    def _holder(self, meeting: Meeting, parse: Parse, script: str) -> str | None:
        """The one person who holds the title a question asked about ("省长讲话里点名了哪些行业？"): whom a
        follow-up's 他 means."""
        role = parse.slots.role
        if not role or parse.slots.plural:
            return None
        holders = answers.role_holders(answers.Request(parse.question, parse.intent, meeting.facts, self.knowledge, self.genre, script), role)
        return holders[0] if len(holders) == 1 else None

    def _name_forms(self, meeting: Meeting) -> dict[str, str]:
        """The meeting's names, and a Traditional report's own forms, as a Traditional reply must
        write them (built on first use)."""
        if meeting.id not in self._names:
            names = name_forms(meeting.vocabulary.names, self.genre.name_characters_as_written)
            self._names[meeting.id] = {**dict(meeting.facts.article.forms), **names}  # the report's forms, then names
        return self._names[meeting.id]

    def _suggestions(self, parse: Parse, composed: answers.Composed, script: str) -> tuple[str, ...]:
        intent = parse.intent
        pool = list(intent.next.get(EN if script == EN else HANS, ())) if intent else []
        pool += self.knowledge.message("examples", script)
        person = composed.person or parse.slots.person
        topic = parse.slots.topic.name(script) if parse.slots.topic else None
        asked = parse.question.text.raw.strip().rstrip("？?")
        out: list[str] = []
        for template in pool:
            if "{person}" in template and not person or "{topic}" in template and not topic:
                continue
            text = template.replace("{person}", person or "").replace("{topic}", topic or "")
            if text.rstrip("？?") != asked and text not in out:
                out.append(text)
            if len(out) == 3:
                break
        return tuple(render(s, script) for s in out)

    def _remember(self, conv: Conversation, parse: Parse, reply: Reply) -> None:
        ctx = conv.context
        # a script-neutral question (那金融呢) keeps a Traditional conversation Traditional;
        # checked last, so that Simplified-only conversations never load the s2tw tables
        if reply.script != HANS or ctx.script != HANT or not is_neutral(parse.question.text.raw):
            ctx.script = reply.script
        if parse.intent is not None:  # a follow-up continues an intent, also after a reading answered
            ctx.intent = reply.intent if reply.intent in self.knowledge.names else parse.intent.name
        if reply.person:
            ctx.person = reply.person
        elif reply.answered and not parse.slots.pronoun:  # "市长令狐承宇在会上讲话了吗？" "那他本人…": the one named
            meeting = self._meetings.get(ctx.meeting or self.default)
            mentioned = [w for w in parse.slots.name_words if meeting and meeting.facts.mention(w)]
            ctx.person = parse.slots.person or next(iter(mentioned), None) or ctx.person
        if parse.slots.topic:
            ctx.topic = parse.slots.topic
        if parse.slots.group:
            ctx.group = parse.slots.group
        slots = parse.slots  # what the question was about: the words it names, no meeting words
        text = parse.question.text.text  # (in the order asked; not a run jieba glued across the question)
        named = [w for w in (*slots.topic_terms, *slots.known_words, *slots.unknown_words) if w in text and w not in self.genre.meeting_words]
        named = sorted(dict.fromkeys(named), key=text.find)
        named = named or ([slots.role] if slots.role and slots.role in text else [])  # (…县领导去干什么了: who did it, else nothing)
        ctx.asked = "，".join(named)[:MAX_ASKED_CHARS] or None
        conv.last = reply

    # -- texts for channels ---------------------------------------------------------

    def message(self, key: str, script: str = HANS, **values: object) -> str:
        """One of the bot's fixed sentences (intents/messages.yaml) in `script`."""
        return render(self.knowledge.message(key, script, **values), script)

    def help_text(self, script: str = HANS) -> str:
        return render(self.knowledge.message("help", script), script)

    def example_questions(self, script: str = HANS) -> list[str]:
        return [render(e, script) for e in self.knowledge.message("examples", script)]

    def welcome_text(self, script: str = HANS) -> str:
        labels = "\n".join("· " + label for _, label in self.meetings())
        head = "I know these meetings:" if script == EN else "我了解这些会议："
        return render(f"{self.help_text(script)}\n\n{head}\n{labels}", script)


def _rare_pairs(words: str, sentences: Sequence[Sentence]) -> set[str]:
    """The pairs of Han characters of `words` that stand in a few of the report's sentences (TOLD_RARE at most)."""
    pairs = {words[i : i + 2] for i in range(len(words) - 1) if is_han(words[i : i + 2])}
    return {p for p in pairs if 0 < sum(p in s.text for s in sentences) <= TOLD_RARE}


def _best(parse: Parse) -> str | None:
    """The intent that scored best, also when it fell short of the threshold."""
    return max(parse.scores, key=parse.scores.__getitem__, default=None)


def as_written(text: str, spoken: tuple[tuple[str, str], ...]) -> str:
    """A reply's quotes of a Cantonese report in the report's own words (暂时建议唔停), where the bot
    read them in Mandarin (暂时建议不停); `spoken` pairs the clauses, longest first."""
    for read, written in spoken:
        if read in text:
            text = text.replace(read, written)
    return text


def _joined(replies: list[Reply]) -> Reply:
    """One reply for the questions of one message: their answers in order, each with its evidence."""
    replies = list({r.text: r for r in reversed(replies)}.values())[::-1]  # (one answer to two ways of asking)
    first = next((r for r in replies if r.answered), replies[0])
    evidence = tuple(dict.fromkeys(e for r in replies for e in r.evidence))
    said: set[str] = set()  # (what the report covers, said once after two refusals)
    quoted: set[str] = set()  # (a sentence quoted once: the next part's answer does not quote it again)
    texts = []
    for r in replies:
        lines = [line for line in r.text.split("\n") if (r.answered or line not in said) and not (line.startswith(BULLET) and line in quoted)]
        said.update(line for line in r.text.split("\n") if not r.answered)
        quoted.update(line for line in lines if line.startswith(BULLET))
        texts.append("\n".join(_without_bare_headings(lines)))
    return replace(
        first,
        text="\n\n".join(t for t in texts if t),
        answered=any(r.answered for r in replies),
        evidence=evidence,
        person=replies[-1].person,
        suggestions=replies[-1].suggestions,
    )


BULLET = "· "  # how a quoted sentence opens
MIN_TERMS_ANSWERED = 2  # words of the report a refused part must name, all held by a later part's sentences, to be answered by them
LOOSE_TERMS_ANSWERED = 5  # …but one, where it names this many
RARE_SENTENCES = 2  # sentences at most that hold a word the report writes rarely


def _without_bare_headings(lines: list[str]) -> list[str]:
    """A reply's lines without a heading ('报道写道：') whose quoted sentences were all quoted already."""
    kept = [line for i, line in enumerate(lines)
            if not (line.endswith(("：", ":")) and not (i + 1 < len(lines) and lines[i + 1].startswith(BULLET)))]
    return kept if any(line.strip() for line in kept) else []


def _names_nothing(q: Question) -> bool:
    """A part that names nothing of its own and asks a name or which one ("叫啥名字，哪家公司的"): of what the part
    before named. (Not "谁讲的话", "在哪儿开的": those ask of the meeting.)"""
    return q.slots.names_nothing and (q.has("name") or q.has("which")) and not q.has("meeting") \
        and q.kind not in ("where", "when") and not any(q.has(f) for f in ("where", "venue", "when"))  # (在哪个会议室: of the meeting)


def _when_of_it(q: Question, before: Question) -> bool:
    """A part that names nothing and asks when, after a part that names a thing of the report and asks of it, not of
    the meeting ("购物券每户多少钱？几时可以去领？": when the vouchers are given; not "在哪开的？几点开始？")."""
    things = [t for t in q.named if t not in q.verbs and t not in q.verbal]  # (完工 of "啥时候完工": an act, no thing)
    named = q.slots.names_nothing or not (q.terms or q.slots.person or q.slots.role) or not (things or q.slots.person or q.slots.role)
    # (起好 of "几时可以起好", 做完 of "幾時做完": an act, no thing; and after a when of the thing: "淤沙什么时候开始清？几时做完？")
    return named and q.kind == "when" and not q.yes_no and not q.has("meeting") \
        and bool(before.terms) and not before.has("meeting") and (before.kind != "when" or bool(before.named))


def _time_or_place_of_it(q: Question, before: Question, reply: Reply, words: ReportWords, genre: Genre) -> bool:
    """A part that asks when or where of the thing the part before named, answered with the meeting's own ("敬老金幾時派？
    喺邊度攞？": where the allowance is handed out, not where the meeting was; but "这个防汛会商会是几号开的？在哪开的": the
    meeting's own)."""
    if reply.intent == "date" or q.kind == "when":  # (answered by the date composer or by the reading path: another thing's time)
        kind = max((k for k in genre.meeting_words if words.vocab.meeting.endswith(k) and len(k) >= 2), key=len, default=None)  # (定期会…)
        return _when_of_it(q, before) and not (kind and kind in q.text.text)
    named = q.slots.names_nothing or not (q.terms or q.slots.person or q.slots.role)
    place = before.slots.place or ""  # (滠阳 of "滠阳那个安全约谈会哪天开的": the report's city, no thing)
    placed = lambda t: t in place or any(t in p for p in words.vocab.places) or any(t + e in words.vocab.text for e in genre.place_suffixes)  # noqa: E731
    things = [t for t in before.terms if t not in words.vocab.meeting and not t.endswith((*genre.meeting_words, "会")) and t not in genre.held_verbs and not placed(t)]  # (开幕会)
    return reply.intent == "place" and named and q.kind == "where" and not q.yes_no and not q.has("meeting") \
        and bool(things) and not before.has("meeting")


def _of_another_thing(before: Question, refused: Reply, reply: Reply, words: ReportWords) -> bool:
    """A later part answered where the part before was refused, by sentences that hold few of the things the part
    before named (二号公园停车场 of "…3.2亿里面，中央补助多少、市府自己出多少？": the answer is another project's)."""
    things = [t for t in before.terms if len(t) >= 2 and words.holds(t)]
    quoted = to_simplified("".join(e.text for e in reply.evidence))
    missing = [t for t in things if t not in quoted]  # (most of them: 中央补助 of another project's sum is no 二号公园停车场)
    return before.counts and not refused.answered and bool(reply.evidence) and 2 * len(missing) > len(things)  # (a figure of it,
    # asked in two parts; not "…讲试点搞成点？回收量多咗几多？", whose figure is of what the first part asked how it went)


def _counts_nothing(q: Question, before: Question) -> bool:
    """A part that asks a count of nothing it names ("…开咗几多间？今年目标要建几多间？", "新会所在哪买的？花了多少钱？"): of
    what the part before named; a count of an act alone too ("…是几票赞成、几票反对？")."""
    things = [t for t in q.terms if t not in q.verbs and t not in q.verbal]  # (反对 of "几票反对": an act, no thing)
    return FIGURE_CONCEPT in q.content and not things and bool(before.terms)


def _elliptical(asked: Question, before: Question, alone: Reply, again: Reply, given_of: tuple[bool, bool] = (False, False)) -> Reply | None:
    """A part that asks of what the part before named: asked with it (`again`). Who did it to what nothing answers
    ("…花了多少钱？谁出的？"): the refusal before says all; unless a pronoun points back ("…how many leaders? Who
    they are?": they are who the part alone finds)."""
    given, of_before = given_of
    if not again.answered and alone.answered and asked.kind == "when" and of_before:
        return alone  # ("城际铁路那个事…当场表态？说什么时候批下来": '…当场作了回应，…力争上半年完成审批'; asked with it, nothing)
    if given:
        return None  # (the answer already given)
    if again.answered or not _who_of_it(asked, before):
        return again
    return alone if asked.slots.pronoun or asked.slots.plural else None


def _who_of_it(q: Question, before: Question) -> bool:
    """A part that names nothing and asks who, after a part that names a thing and asks of it ("充电口120个啥时候能弄好啊
    谁拍的板"); or asks only who is in charge ("路啥时候能恢复？是哪个单位负责？"): who did it to that thing."""
    s = q.slots
    group = s.group if not q.has("which") else None  # (哪个单位: what is asked, not named)
    only_charge = q.has("in_charge") and not s.unknown_words and not any((s.person, s.pronoun, s.role, s.topic, s.place, s.date, group, s.name_words, s.figures))
    asks_who = q.kind == "who" or (only_charge and q.has("which"))
    return (s.names_nothing or only_charge) and asks_who and not q.yes_no and not before.slots.names_nothing and before.kind != "who"


THING_INTENTS = ("figures", "date", "not_reported")  # answers of a thing, whoever a pronoun in the question points at


def _of_the_unmentioned(q: Question, before: Question) -> bool:
    """A part that names nothing (or only 他, 她) and asks who or what, after a part that names what the report never
    does ("会上阿里巴巴的老板发言了吗？他讲了什么？")."""
    if not before.unheld:
        return False
    bare = q.slots.names_nothing or (q.slots.pronoun and not q.slots.topic and not q.slots.known_words and not q.slots.unknown_words)
    return bare and q.kind in ("who", "what", "list", "how_many") and not q.yes_no


def _asked_again(q: Question, reply: Reply, before: Reply) -> bool:
    """A part that names nothing and is read as the part before was ("那这些政策具体哪天出台？有没有给时间表？"): the same
    question in other words, which the refusal before answers."""
    same = reply.intent is not None and reply.intent == before.intent
    return q.slots.names_nothing and (same or q.yes_no)  # (…啥时候建？这次会上说了没？: whether it was said, the refusal says)


def _names_nothing_asked(q: Question) -> bool:
    """A part that names nothing and asks who, what or how many ("都是些什么人", "准确数是多少"), not a time (几点开始)."""
    return q.slots.names_nothing and q.kind in ("who", "what", "list", "how_many") and not q.yes_no


def _said_before(q: Question, before: Reply) -> bool:
    """A part of a message refused on its own whose words the answer to the part before already quotes ("…came
    out on top, and what was its score?": '…以96.82分位列第一'): that answer answers it too."""
    if not before.answered or not before.evidence:
        return False
    content = [t for t in q.content if has_han(t) and not is_group_token(t)]
    quoted = to_simplified("".join(e.text for e in before.evidence))
    return bool(content) and all(t in quoted for t in content)
