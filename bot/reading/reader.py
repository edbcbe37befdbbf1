"""Answer from the clauses that say what a question asks, by the kind of answer it wants.

The confidence of a reading is how much of the question its best sentence covers: every
content word and concept of the question weighs its IDF over the report's clauses, so that
会议 counts little and 政产学研用金 counts much; a word the report never uses weighs most and is
never covered. A reading covers nothing that matters when it holds only concepts (会, 说),
misses a distinctive word, or is not about the person the question names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..answers.base import (
    Composed,
    Request,
    absent_premise,
    asks_it_too,
    bullets,
    by_act,
    counts_some,
    figure_check,
    figure_verdict,
    givers,
    gives_time,
    item_of_total,
    leaves_part,
    lists,
    mentioned_holders,
    name_with_title,
    named_where_asked,
    names_meeting_subject,
    noted_women,
    of_another_year,
    of_the_change,
    of_the_other_side,
    of_their_delegates,
    other_items,
    per_unit_asked,
    prices_per,
    pronoun_of,
    rare_acts,
    role_holders,
    role_premise,
    roll_call,
    romanize,
    scene_word,
    stands_before,
    turned_in,
    unwritten,
    verb_text,
    written_inside,
)
from ..dates import Found, Kind
from ..facts import Person
from ..models import Sentence
from ..names import LIST_JOINERS
from ..scripts import HAN_CLASS, has_han
from ..understanding.misquote import quoted_words
from ..understanding.question import FIGURE_CONCEPT, GROUP_MARKS
from ..understanding.tokens import CONCEPT, EQUIVALENT, is_group_token
from .index import ClauseIndex, asks, others_named

MAX_BODY = 8  # characters of a body's name read back from its kind (香港特区政府)
TOP_CLAUSES = 12  # clauses BM25 hands to the reader
MAX_SENTENCES = 3  # sentences quoted for an open question
MAX_LIST_SENTENCES = 5  # …and for a list, where more cover as much
CLOSE = 0.9  # another sentence is quoted too when it covers this share of what the best covers
DISTINCTIVE_SHARE = 0.2  # a word found in at most this share of the clauses is distinctive
SHORT_OF = 0.7  # the confidence of a reading that misses what matters is at most this
SUBJECT_CHARS = 4  # characters at least of a word for what the whole meeting is about, in its name (供水价格, 都市更新)
CONCEPTS_ONLY = 0.5  # …and of one that covers no word of the question, only concepts
DEADLINES_ONLY = 0.8  # the confidence of "what deadline was set?" answered with the report's few time limits
NEW_STATE_MARGIN = 0.2  # how much less of the question a sentence that tells the change agreed may cover, for "the new figure"
FRAME_MARGIN = 0.15  # a sentence this close to the best that prices the unit a yes/no's figure is asked per goes first
MIN_QUOTE = 4  # characters of a quote that tell whose words they are
FIGURE_CHECKED = 0.75  # the confidence of a yes/no on a figure whose sentence gives one of that measure and holds most words
MEASURE = "§measure"  # the concept of 怎么办 (intents/synonyms.yaml measure): asked "what if", a consequence answers it
PURPOSE = "§purpose"  # the concept of 为什么 and 目的 (intents/synonyms.yaml purpose): a reason answers it
WORDS_ALL_HELD = 0.75  # the confidence of a yes/no's sentence that holds every word and a distinctive one, missing only concepts
CONCEPT_WEIGHT = 0.5  # a concept (说, 会) weighs half what a word of the question weighs
ATTEND = "§attend"  # the concept of coming to the meeting (intents/synonyms.yaml attend)
ACTS = ("§meet", ATTEND, "§outcome", "§say")  # what a yes/no asks was done: a yes needs a sentence that does it
ASKING_WORDS = ("问", "ask")  # a question about what was asked, which the report's own questions answer
OFFICIAL_CONCEPTS = ("§official", "≡official")  # 领导, 官员: covered by a sentence naming someone with a title
CLOCK_CONCEPT = "§clock"  # 几点, what time (intents/synonyms.yaml clock): an hour of the day asked
ENDING_CONCEPT = "§ending"  # 结束, 散会 (intents/synonyms.yaml ending): when something ended asked
PEOPLE_CONCEPTS = ("§people",)  # 人, 哪位: covered by a sentence that names someone
SPEAKING_CONCEPTS = ("§say", "§response")  # what someone said or answered: the one asked speaks, names no thing


@dataclass(frozen=True)
class Reading:
    """The reading path's proposal: an answer, and how much of the question it covers."""

    composed: Composed
    confidence: float
    covered: tuple[str, ...] = ()  # the question's content words and concepts the answer holds
    distinctive: tuple[str, ...] = ()  # …of which the words few clauses of the report hold
    denies: bool = False  # a yes/no its sentence says no to: another of the kind named, or the opposite held
    value: str = ""  # the time or figure of the kind asked that its sentences give ('' where none, or none asked)


class Reader:
    def __init__(self) -> None:
        self._words: dict[int, dict[Sentence, set[str]]] = {}

    def _sentence_words(self, index: ClauseIndex) -> dict[Sentence, set[str]]:
        """Each sentence's words; a sentence that goes on with the last one's subject ('同时，召开…')
        holds that sentence's words too."""
        key = id(index)
        if key not in self._words:
            out: dict[Sentence, set[str]] = {}
            for clause, words in zip(index.clauses, index.words, strict=True):
                out.setdefault(clause.sentence, set()).update(words)
            for sentence, before in index.continued.items():
                out.setdefault(sentence, set()).update(out.get(before, set()))
            for sentence, setting in index.settings.items():
                out.setdefault(sentence, set()).update(setting)
            self._words[key] = out
        return self._words[key]

    def covers(self, req: Request, index: ClauseIndex, sentences: tuple[Sentence, ...]) -> tuple[float, set[str]]:
        """How much of the question the best of `sentences` covers (an intent's evidence), and
        the question's words and concepts any of them holds."""
        content = [t for t in dict.fromkeys(req.question.content) if t]
        if not content or not sentences:
            return 0.0, set()
        coverage = _Coverage(req, index, self._sentence_words(index), content, cases=False)  # (an answer's own sentences)
        held = {t for s in sentences for t in coverage.covered(s)}
        return max(coverage.confidence(s) for s in sentences), held

    def read(self, req: Request, index: ClauseIndex) -> Reading:
        said = _quote_speaker(req) if req.question.yes_no else None  # ("说“…”的，是那个28岁的徒弟吧？": who said it, no verdict)
        return Reading(said, FIGURE_CHECKED) if said else self._read(req, index)

    def _read(self, req: Request, index: ClauseIndex) -> Reading:
        q = req.question
        content = [t for t in dict.fromkeys(q.content) if t]
        if q.kind == "deadline" and not _names_more_than_deadlines(req, content) and not _clock_asked(req):
            return self._deadlines(req)  # "What deadline was set?": every time limit the report sets (or one person's)
        told = _told_at_once(req)
        if told is not None:
            return told
        coverage = _Coverage(req, index, self._sentence_words(index), content) if content else None
        scored = _scored(req, index, coverage) if coverage else []
        if not scored:
            return Reading(Composed("", False), 0.0)
        top, _, best = scored[0]
        if q.has("name") and not q.has("thing_name") and not q.yes_no and not _people_in(req, [best]):
            return Reading(Composed("", False), 0.0)  # "那个贺总全名叫什么？": the sentence names no one
        chosen = _chosen(req, index, scored, coverage)
        chosen = _with_a_year(req, scored, chosen, coverage)
        chosen = _with_outcome(req, _with_stand_in(req, chosen, coverage))
        found = coverage.covered(best)
        if q.kind == "when" and _act_undated(req, content, found, best):
            return Reading(Composed("", False), 0.0)  # "背街小巷改造几时开工？": a date, but of no 开工 the report writes
        rare = tuple(t for t in found if t in coverage.distinctive)
        named = _named_only(req, tuple(t for t in found if not is_group_token(t) and has_han(t)), index)
        if named:  # "“1310”具体包括哪些内容？": the report names it, and no more
            text = req.msg("named_only", term=named) + "\n" + _quote(req, chosen)
            return Reading(Composed(text, False, tuple(chosen)), round(top, 3), tuple(found), rare)
        unlisted = _not_listed(req, chosen)
        if unlisted:  # "那15件民生实事具体是哪几件？" of '…安排民生实事项目15件'
            text = req.msg(unlisted) + "\n" + req.msg("reading_says") + "\n" + _quote(req, chosen)
            return Reading(Composed(text, False, tuple(chosen), final=True), round(top, 3), tuple(found), rare)
        top, denied = _checked(req, best, coverage, top)
        changes = _changed_after(req, best)  # "补贴要涨到5块了？" of '每餐补贴3元', then '…先提高到4元'
        chosen, denied = _with_changes(req, chosen, changes, denied)
        chosen, top, denied = _state_after(req, best, coverage, chosen, (top, denied))
        if denied and _of_another_time(req, best, found):  # "县长这次也接访了吧？" of '上月16日…县长某某接访时…'
            chosen = sorted({*chosen, *_this_time(req, found)}, key=lambda s: (s.paragraph, s.index))
        composed = _compose(req, chosen, _supports(req, best, found), denied, changes[-1:])
        value = _anchored_value(req, chosen, rare) if composed.answered else ""
        return Reading(composed, round(top, 3), tuple(found), rare, denies=bool(denied) and not q.premise, value=value)

    def _deadlines(self, req: Request) -> Reading:
        """The sentences that set a time limit, when the question names nothing else; sure when
        there are a few, none when there are none or too many to be an answer."""
        found = [s for s in req.facts.article.sentences if req.genre.deadline.search(s.text)]
        person = req.slots.person
        if person:  # "What deadlines did Zi Wenxiu set?": those of sentences naming her, or her words
            said = {st.sentence for st in req.facts.said_by(person)}
            found = [s for s in found if person in s.text or s in said]
        if not found or len(found) > MAX_SENTENCES:
            return Reading(Composed("", False), 0.0)
        return Reading(_compose(req, found), DEADLINES_ONLY)


def _quote_speaker(req: Request) -> Composed | None:
    """Whose words the question quotes, where one statement of the report holds them: that one, with the sentence."""
    quotes = [w for w in quoted_words(req.question.text.text) if len(w) >= MIN_QUOTE]
    said = [st for st in req.facts.statements if not st.group and any(w in st.text for w in quotes)]
    if not quotes or len({st.speaker for st in said}) != 1 or said[0].speaker in (req.slots.person, req.slots.named_person):
        return None  # (“订单不愁”是佴秀兰说的吗: the statement says so, as asked)
    text = req.msg("quote_said_by", quote=quotes[0], name=said[0].speaker) + "\n" + bullets([said[0].sentence])
    return Composed(text, True, (said[0].sentence,), said[0].speaker)


def _absence_unsaid(req: Request, text: str) -> bool:
    """A question on who did not come, of a sentence that says no one was away nor took part from afar (哪位院士没到现场:
    '…通过视频连线方式参会' says it)."""
    if not req.question.has("absent") or req.question.yes_no or req.genre.absence.search(text):
        return False
    return not any(w in text for w in req.knowledge.equivalents.get("online", ()) if has_han(w))


def _with_stand_in(req: Request, chosen: list[Sentence], coverage: _Coverage) -> list[Sentence]:
    """A sentence saying one asked about did not come and who came for them ('局长禚某因…未能到场，委托副局长厍某到会回应'),
    with the stand-in's words that hold what it lacks of the question ("禚局长怎么答复充电桩的": 厍某's on 充电)."""
    best = chosen[0] if chosen else None
    if best is None or not req.genre.absence.search(best.text) or not any(p.name in best.text for p in req.facts.mentioned):
        return chosen
    held = set(coverage.covered(best))
    said = [st.sentence for p in req.facts.people if p.name in best.text for st in req.facts.said_by(p.name)]
    gain = {s: sum(coverage.weights.get(t, 0.0) for t in coverage.covered(s) if t not in held) for s in said if s not in chosen}
    extra = max(gain, key=lambda s: gain[s], default=None)
    if extra is None or gain[extra] <= 0:
        return chosen
    return sorted([*chosen, extra], key=lambda s: (s.paragraph, s.index))


def _with_outcome(req: Request, chosen: list[Sentence]) -> list[Sentence]:
    """A matter put forward ('议题二为调整物业服务费标准，拟将…'), with the sentence after it in its paragraph that says what
    became of it ('…因未达到“双过半”，该议题未获通过'): "物业费涨了没" is answered by both."""
    best = chosen[0] if chosen else None
    if best is None or not any(m in best.text for m in req.genre.proposal_marks) or any(w in best.text for w in req.genre.decision_words):
        return chosen
    sentences = req.facts.article.sentences
    at = sentences.index(best)
    after = [s for s in sentences[at + 1 : at + 3] if s.paragraph == best.paragraph]
    decided = next((s for s in after if any(w in s.text for w in req.genre.decision_words)), None)
    return sorted([*chosen, decided], key=lambda s: (s.paragraph, s.index)) if decided and decided not in chosen else chosen


OUTCOME_REACH = 3  # sentences after the one quoted, in its paragraph, that may say what became of it


def _state_after(
    req: Request, best: Sentence, coverage: _Coverage, chosen: list[Sentence], checked: tuple[float, str],
) -> tuple[list[Sentence], float, str]:
    """The sentences quoted, the confidence and the verdict, with what became of the matter after the best sentence
    ("换公务车那笔钱保住了没" of '…复会后…维持全数删除'), where the words asked stand in the sentence of the matter."""
    top, denied = checked
    undone, says_no = _undone_after(req, best, coverage, chosen)
    if undone is None:
        return chosen, top, denied
    chosen = sorted([*chosen, undone], key=lambda s: (s.paragraph, s.index))
    found = coverage.covered(best)
    held = all(t in found or t in coverage.unwritten for t in coverage.words_asked) and coverage.distinctive <= set(found)
    if not denied and (top >= SHORT_OF or coverage.words_asked and held):
        top, denied = max(top, FIGURE_CHECKED), req.msg("reading_no") if says_no else ""
    return chosen, top, denied


def _undone_after(req: Request, best: Sentence, coverage: _Coverage, chosen: list[Sentence]) -> tuple[Sentence | None, bool]:
    """A yes/no on a state that has an opposite (≡kept_sum: 保住了没; ≡struck_out: 砍掉了吗), of a sentence that tells of the
    matter and holds neither, with a sentence right after it in its paragraph that says what became of it ('…复会后以6票对
    3票维持全数删除'): that one, and whether it says no (it holds the opposite of what is asked, not the state itself)."""
    if not req.question.yes_no:
        return None, False
    pairs = req.knowledge.lexicon.opposite_concepts
    words = lambda concept: [w for w in req.knowledge.equivalents.get(concept.lstrip(GROUP_MARKS[1]), ()) if has_han(w)]  # noqa: E731
    apart = lambda a, b: not any(u in v or v in u for u in words(a) for v in words(b))  # noqa: E731 (not 通过 of 未通过)
    asked = [(x, y) for a, b in pairs if apart(a, b) for x, y in ((a, b), (b, a)) if x in req.question.content]
    if not asked or any(w in best.text for x, y in asked for w in (*words(x), *words(y))):
        return None, False
    sentences = req.facts.article.sentences
    at = sentences.index(best)
    named = {p.name for p in _people_in(req, [best])} | {p.name for p in req.facts.people if req.genre.chair_action in p.actions}  # (a sentence of someone else's
    # matter says nothing of this one; the chair's, who puts it to the vote, does)
    after = [s for s in sentences[at + 1 : at + 1 + OUTCOME_REACH] if s.paragraph == best.paragraph and s not in chosen
             and {p.name for p in _people_in(req, [s])} <= named | {p.name for p in req.facts.people if p.name in best.text}]
    for s in after:
        if any(w in s.text for x, _ in asked for w in words(x)):
            return s, False
        if any(w in s.text for _, y in asked for w in words(y)):
            return s, True
    return None, False


def _with_changes(req: Request, chosen: list[Sentence], changes: list[Sentence], denied: str) -> tuple[list[Sentence], str]:
    """The sentences quoted with those of the change, and the verdict of the last change (where it stands)."""
    if not changes:
        return chosen, denied
    return sorted({*chosen, *changes}, key=lambda s: (s.paragraph, s.index)), figure_verdict(req, changes[-1:]) or denied


def _told_at_once(req: Request) -> Reading | None:
    """A question one mark of the report answers whole, whatever else it holds: the women it notes, a day it moved, the
    roll call's counts."""
    noted = noted_women(req)  # "这里面哪位是女同志？": '厍秀英(女)'
    if noted is not None:
        return Reading(noted, FIGURE_CHECKED)
    moved = _day_moved(req)  # "27路是不是6月1号就开始减班了？": '原订6月1日起…', then '…延到7月1日起实施'
    if moved is not None:
        return Reading(moved, FIGURE_CHECKED, denies=True)
    called = roll_call(req) if req.question.yes_no else None  # "代表都到齐了吗": the roll call's two counts say it
    if called is not None:
        return Reading(called.composed, FIGURE_CHECKED, denies=called.denies)
    return None


def _day_moved(req: Request) -> Composed | None:
    """A yes/no on a day the report says was set before ('原订6月1日起把…班次由每天12班减为4班') and then moved (the meeting's
    '减班延到7月1日起实施'), where a word of the question is in either: no, and the day it was moved to, with both sentences."""
    asked, genre = req.slots.date, req.genre
    if not req.question.yes_no or asked is None or asked.day is None:
        return None
    words = [t for t in req.question.named if has_han(t) and len(t) >= 2]
    kinds = Kind.FULL | Kind.BARE

    def days(text: str) -> list[Found]:
        return genre.dates.find(text, kinds)

    sentences = req.facts.article.sentences
    planned = [s for s in sentences if any(m in s.text for m in genre.planned_marks) and any(f.date.agrees(asked) for f in days(s.text))]
    moves = "|".join(map(re.escape, genre.moved_marks))
    moved = [(s, f) for s in sentences for f in days(s.text) if re.search(f"(?:{moves})$", s.text[: f.start]) and not f.date.agrees(asked)]
    if not planned or not moved or not any(w in s.text for w in words for s in (planned[0], moved[0][0])):
        return None
    (_, day), cited = moved[0], sorted({planned[0], moved[0][0]}, key=lambda s: (s.paragraph, s.index))
    text = req.msg("reading_no") + day.date.text + req.msg("full_stop") + "\n" + req.msg("reading_says") + "\n" + bullets(cited)
    return Composed(text, True, tuple(cited), denies=True)


def _changed_after(req: Request, best: Sentence) -> list[Sentence]:
    """A yes/no on the figure a change reaches ("补贴要涨到5块了？", ≡raise_to), of a sentence that states the measure and changes
    nothing ('每餐由村里补贴3元'): the sentences after it in its paragraph up to the last that changes a figure of that measure
    ('…希望把每餐补贴提高到5元', '…从3月1日起补贴先提高到4元'), the last saying where it stands; none else."""
    q = req.question
    concepts = [GROUP_MARKS[1] + c for c in req.knowledge.lexicon.change_concepts]
    if not q.yes_no or not req.slots.figures or not any(c in q.content for c in concepts):
        return []
    words = [w for c in concepts if c in q.content for w in req.knowledge.equivalents.get(c[1:], ()) if has_han(w)]
    if any(w in best.text for w in words):
        return []
    unit = req.genre.figure(req.slots.figures[0]).unit
    sentences = req.facts.article.sentences
    at = sentences.index(best)
    after = [s for s in sentences[at + 1 : at + 1 + OUTCOME_REACH] if s.paragraph == best.paragraph]
    changed = [i for i, s in enumerate(after) if any(w in s.text for w in words)
               and any(req.genre.same_measure(req.genre.figure(c).unit, unit) for c in req.genre.counts_in(s.text))]
    return after[: changed[-1] + 1] if changed else []


def _names_more_than_deadlines(req: Request, content: list[str]) -> bool:
    """A deadline question names something besides deadlines themselves (截止, 期限, the English
    glossary's words for them) and the person who set them."""
    lex = req.knowledge.lexicon
    own = {*lex.question_words.get("deadline", ()), *lex.words_en.get("deadline", ()), *lex.words_en.get("deadlines", ())}
    return any(not is_group_token(t) and t not in own and t != req.slots.person for t in content)


# 2025年; a Republic year (115学年度, 115年度, 115年3月, （114年）), not a count of years (建校110年, 100年一遇)
_YEAR = re.compile(r"(?:19|20)\d{2}年|(?<![\d.])1[01]\d(?:学年|學年|年(?=度|底|初|\d{1,2}月|[）)]))")
ANY_UNIT = "any"  # the measure kind of a figure of any unit (lexicon measure_concepts)
_LABEL = 13  # the longest label before a row's colon (柘水县：…)
_NOT_A_NAME = "的各本该全每"  # characters before a which-noun that name no one of them (的县, 各区)
TIME_UNIT = "time"  # …and of a length of time, also said by its ends (自…起至…)
CLOCK_KIND = "clock"  # …and of an hour of the day (几点: '晚间10时至翌日上午7时')
CASE_SENTENCES = 3  # a sentence this close after its paragraph's opening one goes on with the case it opens
CASE_KINDS = ("deadline", "when", "how_many", "who", "how")  # …for a question that asks one of these
_CLOSING = "”」』\"'"  # a quotation closed right after a term ("“1310”具体部署")
_QUOTED_TERM = re.compile(r"[“「『\"]([^”」』\"]{1,20})[”」』\"]")


def _named_only(req: Request, terms: tuple[str, ...], index: ClauseIndex) -> str | None:
    """The term a question asks the contents of (X具体包括哪些: its rarest word in the report),
    when no sentence spells it out (no 即, 是指, 包括, ： right after it): the report only names it."""
    contents = req.question.has("contents") or bool(req.slots.which_count and req.question.quoted)  # (“1310”…指哪十项工作)
    if not contents or not terms:
        return None
    text = req.question.text.text  # the term is the one asked about: quoted, or the last before 具体包括
    ends = [at for w in req.knowledge.lexicon.facets.get("contents", ()) if (at := text.find(w)) >= 0]
    before = text[: min(ends)] if ends else text
    quoted = _QUOTED_TERM.findall(before)
    placed = [t for t in terms if t in before]
    term = quoted[-1] if quoted else max(placed, key=before.rfind) if placed else min(terms, key=index.count)
    spelt = any(
        text[at + len(term) :].lstrip(_CLOSING).startswith(req.genre.explains)
        for text in (s.text for s in req.facts.article.sentences)
        for at in (m.start() for m in re.finditer(re.escape(term), text))
    )
    return None if spelt else term


def _holds_the_meeting(req: Request, word: str) -> bool:
    """The body that held the meeting (法院 of '…区人民法院召开…座谈会'), by its organiser or the meeting's name."""
    organizer = req.facts.organizer.value if req.facts.organizer else ""
    meeting = req.facts.meeting.value if req.facts.meeting else ""
    return len(word) >= 2 and (word in organizer or word in meeting) and not word.endswith(req.genre.titles)  # (省长 of 省长面对面: who)


@lru_cache(maxsize=4)
def _long_titles(titles: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in titles if len(t) > 1)


LAST_YEAR = "last_year"  # the equivalence group of last year (去年, 上年)
RESPONSE_CONCEPT = "§response"  # the concept of answering what was raised (回应, 答复)
IMPLEMENT = "implement"  # the equivalence group of taking effect (实施, 执行, 起算)


class _Coverage:
    """How much of a question a sentence covers (see the module's docstring)."""

    def __init__(self, req: Request, index: ClauseIndex, words: dict[Sentence, set[str]], content: list[str], cases: bool = True) -> None:
        self.req, self.words, self.content = req, words, content
        self.cases = cases  # a sentence holds the words of the case its paragraph opens (see _of_the_case)
        self._at = {s: i for i, s in enumerate(req.facts.article.sentences)} if cases and req.question.kind in CASE_KINDS else {}
        unwritten_verb = {t for t in content if t in req.question.verbal and index.count(t) == 0}  # 覆盖 of 覆盖了多少户
        light = unwritten_verb | req.question.light
        self.weights = {t: index.weight(t) * (CONCEPT_WEIGHT if is_group_token(t) or t in light else 1.0) for t in content}
        for t in content:  # the premise a yes/no is corrected on weighs nothing ("…是原材料涨价吧？": 原材料)
            if any(t in p for p in req.question.premise) and not is_group_token(t):
                self.weights[t] = 0.0
        for t in content:  # …nor what the question calls someone's words by the verb it names ("书记对企业有啥承诺": ≡promise,
            said = [w for w in req.knowledge.equivalents.get(t[1:], ()) if w in req.question.text.text] if t.startswith(EQUIVALENT) else []
            if said and all(w in req.question.verbs and w in req.knowledge.lexicon.telling_verbs for w in said):  # of '郦某表示：“企业有所呼…”')
                self.weights[t] = 0.0
        self.concepts = {t: req.question.groups.get(t, set()) for t in content if not is_group_token(t)}
        # a word that frames, of what someone named did (结果 of "佴子轩的议案结果怎样"): held by their sentence that holds its
        # concept ('佴子轩…的议案，则以…被否决': §outcome)
        self.framing = {t: {c for c in content if c.startswith(CONCEPT) and t in req.knowledge.synonyms.get(c[1:], ())}
                        for t in req.question.conceptual & set(self.concepts)}
        self.total = sum(self.weights.values())
        self.words_asked = [t for t in content if not is_group_token(t) and t not in req.question.conceptual]
        self.names = bool(req.slots.person or req.slots.name_words)  # "滕明川参加了吗？" is about what he did
        limit = max(1, int(DISTINCTIVE_SHARE * len(index.clauses)))
        # (the body that held the meeting, asked as the one who says or answers — "法院说会怎么改" of a court's own forum —
        # names who speaks, no thing a sentence must hold)
        speaking = any(c in content for c in SPEAKING_CONCEPTS)
        self.distinctive = {
            t for t in content
            if not is_group_token(t) and t not in req.question.conceptual and t not in req.question.light and index.count(t) <= limit
            and not (speaking and has_han(t) and _holds_the_meeting(req, t))
        }
        self.unwritten = {t for t in self.distinctive if index.count(t) == 0 and not self.concepts.get(t)}  # 拿出 of 拿出方案
        # a word that describes a thing the question names by its code, where the report writes them together once
        # ("要取消N27通宵线": 通宵 of '…通宵路线N27'): a sentence that holds the code need not repeat it
        codes = {t for t in self.distinctive if _CODE.fullmatch(t)}
        texts = [s.text.lower() for s in req.facts.article.sentences] if codes else []
        self.describing = {t: {c for c in codes if any(t in x and c in x for x in texts)} for t in self.distinctive if has_han(t)} if codes else {}
        # the stand-in of a word the asker said otherwise is a word found (冇人理 of '…处于“弃管”状态'), not a concept only
        self.rare_equivalents = {t for t in content if t.startswith(EQUIVALENT) and 0 < index.count(t) <= limit and self._said_otherwise(t)}
        body = req.facts.organizer.value if req.facts.organizer else ""  # (同乡会's 会址 is asked, not set the scene)
        place = req.facts.place.value if req.facts.place else ""  # (but 淞陵 of 淞陵市…交流中心 is where it met, whoever held it)
        self.scene = {t for t in content if has_han(t) and scene_word(req, t) and (t not in body or place.startswith(t))}
        # (…and what the whole meeting is about, said otherwise: 都更 of a 都市更新…公听会, ≡urban_renewal; not for a yes/no,
        # which checks what it says)
        subject = [t for t in content if t.startswith(EQUIVALENT) and not req.question.yes_no]
        self.scene |= {t for t in subject if names_meeting_subject(req, [w for w in req.knowledge.equivalents.get(t[1:], ()) if len(w) >= SUBJECT_CHARS])}
        self.titles = _long_titles(req.genre.titles)
        # a title of the question is covered by a sentence about whoever holds it (省长: 王伟中)
        self.holders = {t: role_holders(req, t) or mentioned_holders(req, t) for t in content if t.endswith(self.titles)}  # (one away too)
        # a body a participant's role names (屿禾食品: 岑雨桐, 屿禾食品有限公司副总经理) is covered by what they said
        heads = {} if req.question.yes_no else req.knowledge.lexicon.heads_of  # 政府: what the 省长 said ("政府对…啥态度？")
        self.holders.update({t: [n for title in heads[t] for n in role_holders(req, title)] for t in content if t in heads})
        members = {t: _members(req, t) for t in content if t not in self.holders and len(t) >= 2 and has_han(t)}
        self.holders.update(members)
        self.members = {t for t, names in members.items() if names}  # …also in a paragraph that opens with them (恒拓去年…)
        # "有没有现场签约项目？": no sentence says yes to 签约 (but "困难是原材料涨价吗？" is corrected: its premise)
        self.unheld_premise = bool(req.question.unheld) and not req.question.premise
        person = req.slots.person
        self.person = person if person and (req.facts.person(person) or person in req.facts.article.text) else None
        self._covered: dict[Sentence, list[str]] = {}  # a sentence is weighed and then quoted
        self.relative_years = req.knowledge.lexicon.relative_years
        # a year said otherwise (≡last_year: 过去一年), by its words; a sentence after one that sets it goes on in it
        said = {t: tuple(w for w in req.knowledge.equivalents.get(t[1:], ()) if has_han(w)) for t in content if t.startswith(EQUIVALENT)}
        self.year_frames = {t: words for t, words in said.items() if any(w in self.relative_years for w in words)}
        # …and a period asked as written (一季度): '一季度，全县…。固定资产投资仅增长2.9%…' goes on in it
        self.year_frames |= {t: (t,) for t in content if has_han(t) and req.genre.period.fullmatch(t)}
        self._paragraphs: dict[int, list[Sentence]] = {}
        for sentence in req.facts.article.sentences:
            self._paragraphs.setdefault(sentence.paragraph, []).append(sentence)
        self.measures = req.knowledge.lexicon.measure_concepts
        # last year, held by a sentence that gives a change on it ("比去年多还是少": '…同比分别上升4.6%和7.3%')
        last = set(req.knowledge.equivalents.get(LAST_YEAR, ()))
        self.last_year = {t for t in content if t == EQUIVALENT + LAST_YEAR or t in last}
        # …or by its number, the page's year before ('报告回顾了2026年学校工作' on a page of 2027)
        page_year = req.facts.article.published_year
        # (not of a comparison, "目标比去年高还是低": last year there is the other side, no frame of the sentence)
        compared = bool(req.question.sides) or req.genre.year_compared.search(req.question.text.text) is not None
        self.last_years_number = f"{page_year - 1}年" if self.last_year and page_year and not compared else None
        # (a yes/no is answered no; "哪位院士没到现场": the one of whom the opposite is said, '…通过视频连线方式参会')
        asks_not = req.question.kind == "who" and (req.question.has("negated") or req.question.has("absent"))
        pairs = req.knowledge.lexicon.opposite_concepts if req.question.yes_no or asks_not else ()
        self.opposites = (*pairs, *((b, a) for a, b in pairs))  # (either way: 通过了吧 of '…被否决', 否决了吗 of '…获得通过')
        self.future = req.question.yes_no and req.question.has("will_be")  # 学费会调涨吗

    def _framed_before(self, sentence: Sentence, words: tuple[str, ...]) -> bool:
        """A sentence before it, in its paragraph, sets the time (过去一年，…; 一季度，…) and this one names no other."""
        before = [s for s in self._paragraphs.get(sentence.paragraph, ()) if s.index < sentence.index]
        other = any(y in sentence.text for y in self.relative_years if y not in words) or _YEAR.search(sentence.text)
        other = other or any(m.group() not in words for m in self.req.genre.period.finditer(sentence.text))
        return not other and any(w in s.text for s in before for w in words)

    def _year_before(self, sentence: Sentence) -> bool:
        """A sentence before it, in its paragraph, gives a year (2024年，…) and this one names no time of its own."""
        if _YEAR.search(sentence.text) or any(y in sentence.text for y in self.relative_years):
            return False
        return any(_YEAR.search(s.text) for s in self._paragraphs.get(sentence.paragraph, ()) if s.index < sentence.index)

    def _said_otherwise(self, token: str) -> bool:
        """The question holds the equivalence by a word of two characters or more that the report never writes."""
        asked, report = self.req.question.text.text, self.req.facts.article.text
        said = [w for w in self.req.knowledge.equivalents.get(token[1:], ()) if len(w) >= 2 and has_han(w) and w in asked]
        return bool(said) and not any(w in report for w in said)

    def _in_text(self, term: str, text: str) -> bool:
        """A word in the text as a whole word: 省长 is not in 副省长 (but 省政协 is in 省政协委员)."""
        if not term.endswith(self.titles):
            return term in text or written_inside(term, text)
        for longer in (t for t in self.titles if term in t and t != term):
            text = text.replace(longer, " ")
        return term in text

    def covered(self, sentence: Sentence) -> list[str]:
        found = self._covered.get(sentence)
        if found is None:
            found = self._covered[sentence] = self._find(sentence)
        return found

    def _find(self, sentence: Sentence) -> list[str]:
        found = self._held(sentence)
        siblings = self.req.question.siblings  # 评价 of "怎么评价的": §evaluate, covered by '…表示' (§say)
        found = [t for t in self.content if t in found or siblings.get(t, frozenset()) & set(found)]
        found += [t for t in self._of_the_case(sentence, found) if t not in found]
        found += [t for t in self._of_the_item(sentence) if t not in found]
        # (with another word of the question: not any change on last year for "比去年同期增长了多少" alone)
        if self.last_year and any(t in self.distinctive and t not in self.last_year and t not in self.req.genre.change_verbs for t in found) \
                and (self.req.genre.year_on_year.search(sentence.text) or self._in_last_year(sentence, found)):
            found += [t for t in self.last_year if t not in found]
        return found + self._whole_count(sentence, found)

    def _in_last_year(self, sentence: Sentence, found: list[str]) -> bool:
        """The sentence gives a figure of the year before the page's, by its number ('报告回顾了2026年…落实率93.6%'), in the
        item (up to ；) that holds a word of the question (not '今年…拟不起诉…31场；2024年全年…听证63场' for 拟不起诉)."""
        if not self.last_years_number:
            return False
        items = [i for i in re.split("[；;]", sentence.text) if self.last_years_number in i and self.req.genre.counts_in(i)]
        return any(t in i for i in items for t in found if t in self.distinctive and has_han(t))

    def _of_the_item(self, sentence: Sentence) -> list[str]:
        """"Did anybody vote against the traffic light crossing motion?" of '动议以13票赞成、0票反对…获得通过': a sentence
        that opens with a thing named before (genre decision_item) holds the words of the sentence that names it."""
        item = self.req.genre.decision_item.match(sentence.text)
        if item is None or not (self.req.question.yes_no or self.req.question.counts):
            return []  # (a yes/no or a count of the vote; "…表决那个动议嗰阵呢？" goes on with the question before)
        sentences = self.req.facts.article.sentences
        before = [b for b in sentences[: sentences.index(sentence)] if item.group(1) in b.text and b.paragraph >= sentence.paragraph - 2]
        return [t for t in self._held(before[-1]) if not is_group_token(t) and t in self.content] if before else []

    def opener(self, sentence: Sentence) -> Sentence | None:
        """The sentence that opens a short run of its paragraph (a case: '俞大爷…反映，…青苗补偿款…'), when this one
        comes a few sentences after it."""
        sentences = self.req.facts.article.sentences
        at = self._at.get(sentence, -1)
        if at < 0:
            return None  # (a question of another kind: no case asked)
        run = [s for s in sentences[max(0, at - CASE_SENTENCES) : at] if s.paragraph == sentence.paragraph]
        start = self._at[run[0]] if run else 0
        return run[0] if start > 0 and sentences[start - 1].paragraph != sentence.paragraph else None

    def _of_the_case(self, sentence: Sentence, found: list[str]) -> list[str]:
        """"俞大爷的青苗补偿要在什么时候之前核查完？" of '冼知秋听后要求，…6月30日前完成核查…': a sentence that gives the kind
        asked (a deadline, a time, a figure, a name) holds the words of its paragraph's opening sentence too."""
        if not self.cases or self.req.question.kind not in CASE_KINDS or self.req.question.yes_no:
            return []
        opener = self.opener(sentence)
        if opener is None or not _has_kind(self.req, sentence, found):
            return []
        return [t for t in self._held(opener) if not is_group_token(t) and t in self.distinctive]

    def _whole_count(self, sentence: Sentence, found: list[str]) -> list[str]:
        """The concept of a count ("多少", "几个") held by a sentence that holds everything else asked and a figure
        in the unit asked ("有几个没人管的老小区": '有9个老旧小区…处于“弃管”状态'), where the report writes every
        word asked (not "有多少个外资项目" of '签约项目36个')."""
        asked = [t for t in self.content if self.measures.get(t) == ANY_UNIT and t not in found]
        if not asked or self.req.question.kind != "how_many" or self.unwritten:
            return []
        if any(t not in found and t not in asked for t in self.content):
            return []
        return asked if self.req.genre.counts_in(sentence.text, self.req.slots.units) else []

    def _held(self, sentence: Sentence) -> list[str]:
        own = self.words.get(sentence, set())
        return [
            t for t in self.content
            if t in own
            or (has_han(t) and not is_group_token(t) and (len(t) >= 2 or self.req.question.en) and self._in_text(t, sentence.text))
            or bool(self.concepts.get(t, set()) & own)  # 风投: the report's 风险投资
            or any(_involves(self.req, sentence, name, paragraph=t in self.members) for name in self.holders.get(t, ()))
            or (t == self.person and _involves(self.req, sentence, t, paragraph=True))  # (…谭某的发言直奔主题。恒拓去年…)
            or (bool(self.framing.get(t, set()) & own) and self.person is not None and _involves(self.req, sentence, self.person))
            or t in self.scene  # 兰津 of 兰津市: the whole report is set there (全市)
            or (t in OFFICIAL_CONCEPTS and any(p.roles for p in _people_in(self.req, [sentence])))  # 领导: someone titled
            or (t in PEOPLE_CONCEPTS and bool(_people_in(self.req, [sentence])))  # "…那个是谁": someone named
            or (t in self.relative_years and bool(_YEAR.search(sentence.text)))  # 明年: '2025年全镇…'
            or ((t in self.relative_years or t in self.year_frames) and self._year_before(sentence))  # '2024年，…。在年度考核中…'
            or (t in self.year_frames and self._framed_before(sentence, self.year_frames[t]))  # 去年: '过去一年，…。经初步核算，…'
            or (t == self.req.slots.which and _instances(self.req, sentence.text) > 0)  # 哪几个部门: '区城管局、…'
            or (t == PURPOSE and self.req.question.kind == "why" and any(m in sentence.text for m in self.req.genre.cause_marks))  # (为什么: '因…')
            or (t == MEASURE and self.req.question.has("conditional") and self.req.genre.consequence.search(sentence.text) is not None)  # (要是…咋办)
            or (t in self.measures and self._measures(sentence, self.measures[t]))  # 投多少钱: '投入约3.2亿元'
            or any(self._opposite(sentence, b) for a, b in self.opposites if b in own and (a == t or a in self.concepts.get(t, ())))
        ]

    def _opposite(self, sentence: Sentence, concept: str) -> bool:
        """The sentence holds the opposite of what the yes/no asks (到现场 of '…通过视频连线方式参会'), of the
        person asked about where it names one: in a clause that names them (not 缑某's of '…，其中扈某…视频连线')."""
        if not self.person:
            return True
        words = self.req.knowledge.equivalents.get(concept.lstrip("≡"), ())
        others = [p.name for p in (*self.req.facts.people, *self.req.facts.mentioned) if p.name != self.person]
        text = sentence.text
        for m in re.finditer(re.escape(self.person), text):  # from the name to the next one named
            stops = [i for i in (text.find(n, m.end()) for n in others) if i >= 0]
            if any(w in text[m.start() : min(stops, default=len(text))] for w in words):
                return True
        return False

    def _measures(self, sentence: Sentence, kind: str) -> bool:
        """The sentence gives a figure in a unit of the kind (money: 亿元; time: 分钟; any: 9个, 3860件)."""
        genre = self.req.genre
        if kind == ANY_UNIT:
            return False  # (see _whole_count)
        if kind == TIME_UNIT and genre.time_span.search(sentence.text):
            return True  # 搞多久: '专项行动自即日起至12月20日'
        if kind == CLOCK_KIND:  # (an hour it ended at, asked "开到几点才散会": not '…18日晚间7时在…举行')
            ending = [w for w in self.req.knowledge.synonyms.get(ENDING_CONCEPT[1:], ()) if has_han(w)] if ENDING_CONCEPT in self.content else []
            hours = [m for m in genre.clock_time.finditer(sentence.text) if hour_fits(self.req, m.group())]
            return bool(hours) and (not ending or any(w in sentence.text for w in ending))
        units = genre.unit_kinds.get(kind, ())
        return any(genre.figure(c).unit in units for c in genre.counts_in(sentence.text))

    def literal(self, sentence: Sentence, words: list[str]) -> int:
        """How many of `words` the sentence writes; a title only where it tells of one who holds it
        (院士 of '院士专家一行先后走访了…' is not what 缑以宁 said)."""
        return sum(
            t in sentence.text
            and (not self.holders.get(t) or any(_involves(self.req, sentence, n) for n in self.holders[t]))
            for t in words
        )

    def share(self, sentence: Sentence) -> float:
        """The weight of the question's words and concepts the sentence holds, of their sum."""
        return sum(self.weights[t] for t in self.covered(sentence)) / self.total if self.total else 0.0

    def confidence(self, sentence: Sentence) -> float:
        found = self.covered(sentence)
        share = self.share(sentence)
        if not any(not is_group_token(t) or t in self.rare_equivalents for t in found):
            return min(share, CONCEPTS_ONLY)
        missing = {t for t in self.distinctive - self.unwritten - set(found) if not self.describing.get(t, set()) & set(found)}
        if missing or (self.person and not _involves(self.req, sentence, self.person, paragraph=True)):
            return min(share, SHORT_OF)  # a word the report never writes weighs in the share, but caps nothing
        if not _has_kind(self.req, sentence, found, self.distinctive) or self.unheld_premise:
            return min(share, SHORT_OF)
        if self.future and _done_before(self.req, sentence, found):
            return min(share, SHORT_OF)  # "学费会调涨吗": not '学校112学年度曾调涨学杂费2.5%'
        if self.req.question.has("this_scope") and self.req.genre.earlier_session.search(sentence.text):
            return min(share, SHORT_OF)  # "这次…一共提了多少条": not '2024年两次…座谈会共收到意见建议46条'
        if self.req.question.premise and not [t for t in found if not is_group_token(t) and t != self.person]:
            return min(share, SHORT_OF)  # "王伟中去没去珠海？": a sentence of his that says nothing of where he went
        # (会不会加价: ≡go_up, a state a yes/no asks of, no mere concept to miss; lexicon opposite_concepts)
        said = [t for t in self.content if t.startswith(GROUP_MARKS[1]) and any(t in pair for pair in self.req.knowledge.lexicon.opposite_concepts)]
        if self.req.question.yes_no and not self.names and self.distinctive and all(t in found for t in (*self.words_asked, *said)):
            return max(share, WORDS_ALL_HELD)  # "有没有企业抱怨用地？", "有20位委员参加了测评吗": every word held, only concepts (抱怨, 参加) not
        return share


_CODE = re.compile(r"[a-z]*\d+[a-z0-9]*")  # a route, a room, a model, as a question is read (n27, 88r, 3号 not)


def _scored(req: Request, index: ClauseIndex, coverage: _Coverage) -> list[tuple[float, float, Sentence]]:
    """The sentences BM25 finds, best covering first: (confidence, BM25 score, sentence)."""
    q = req.question
    asked_back = any(w in t for t in q.terms for w in ASKING_WORDS)  # "记者问了什么？" wants the questions
    candidates: dict[Sentence, float] = {}
    which = req.slots.which if _bodies_asked(req) else None  # (哪几个部门: an X局 answers, not a clause on 部门)
    for score, i in index.rank([t for t in q.tokens if t != which] or list(q.tokens))[:TOP_CLAUSES]:
        sentence = index.clauses[i].sentence
        if asks(sentence.text) and not asked_back:
            continue  # a question the report quotes ('某报记者：…今年有什么改进？') answers nothing
        candidates[sentence] = max(candidates.get(sentence, 0.0), score)
    if FIGURE_CONCEPT in q.content:  # ("今年打算更新多少辆…": not '去年…更新新能源公交车320辆')
        candidates = {s: v for s, v in candidates.items() if not of_another_year(req, s.text)}
    candidates = {s: v for s, v in candidates.items() if not _of_another_document(req, s)}
    whole = req.slots.whole  # ("去年全市实际用了多少外资": the city's figure, not the development zone's, where the report gives both)
    if whole and FIGURE_CONCEPT in q.content and any(whole in s.text and req.genre.counts_in(s.text) for s in candidates):
        candidates = {s: v for s, v in candidates.items() if whole in s.text}
    words = [t for t in coverage.content if not is_group_token(t)]  # (of those that cover as much, the one that writes
    literal = {s: coverage.literal(s, words) for s in candidates}  # the words, not the next that goes on with it)
    aside = q.set_aside  # (除了听通报，还协商了什么: not the sentence on the briefing, of those that cover as much)
    stated = req.slots.stated if len(req.slots.stated) > 1 else ()  # ("是41.37米还是41.9米": the one that writes an option)
    options = {s: sum(f in s.text for f in stated) for s in candidates}
    changed = {s: of_the_change(req, s.text) if q.has("new_state") else 0 for s in candidates}  # ("the new minimum wage": '调升至…')
    scored = sorted(  # (of those a floor or a cap makes equal, the one that covers more of the question)
        ((round(coverage.confidence(s), 9), bm25, s) for s, bm25 in candidates.items()),  # (sums of weights: 0.9999… is 1)
        key=lambda e: (
            -e[0], -changed[e[2]], -coverage.share(e[2]), -options[e[2]], any(w in e[2].text for w in aside), -literal[e[2]], -_instances(req, e[2].text), -e[1],
            e[2].paragraph, e[2].index,
        ),  # (哪几个部门: of those, the one that names the most of them)
    )
    by_how_much = q.has("change") or GROUP_MARKS[1] + "more" in q.content  # (比现在多出多少: the difference, not the new figure)
    agreed = [e for e in scored if changed[e[2]] == 2 and e[0] >= scored[0][0] - NEW_STATE_MARGIN] if scored and not by_how_much else []
    if agreed and not changed[scored[0][2]]:  # ("最低工资最后拍板多少": the change agreed, '同意将…调升至37元', not '现行…36元')
        scored = list(dict.fromkeys([agreed[0], *scored]))
    if q.yes_no and req.slots.figures and scored:
        scored = _figured_first(req, scored)
    scored = _timed_first(req, scored)
    if q.kind == "who" and scored:  # of the sentences that cover as much, the first that names someone
        tied = [e for e in scored if e[0] == scored[0][0]]
        # 现场答复 written as asked beats 当场 for 现场; a title counts in the words of whoever holds it (院士)
        said = {e[2]: sum(t in e[2].text or t in index.posts.get(e[2], ()) for t in words) for e in tied}
        tied = [e for e in tied if said[e[2]] == max(said.values())]
        scored.insert(0, next((e for e in tied if _people_in(req, [e[2]])), tied[0]))
        scored = list(dict.fromkeys(scored))
    return scored


def _figured_first(req: Request, scored: list[tuple[float, float, Sentence]]) -> list[tuple[float, float, Sentence]]:
    """A yes/no on a figure: of those that cover as much, one with a figure in its unit first ("左转绿灯会改成60秒吗？"); of those
    close, one that writes the figure stated, then one that prices the unit it is asked per."""
    asked = [f.group(1) for f in map(req.genre.figure_pattern.fullmatch, req.slots.figures) if f]
    kinds = [us for k, us in req.genre.unit_kinds.items() if k not in ("items", "classifiers") and any(u in us for u in asked)]
    units = tuple(dict.fromkeys([*asked, *(u for us in kinds for u in us)]))  # (八成: a share, as 60% is)
    tied = [e for e in scored if e[0] == scored[0][0]]
    if not req.genre.counts_in(tied[0][2].text, units):
        scored.insert(0, next((e for e in tied if req.genre.counts_in(e[2].text, units)), tied[0]))
        scored = list(dict.fromkeys(scored))
    if not any(f in scored[0][2].text for f in req.slots.figures):  # ("…外贸出口增长3.4%，对吧？": '…外贸出口同比下降3.4%', close
        close = [e for e in scored if e[0] >= scored[0][0] - FRAME_MARGIN and turned_in(req, e[2].text)]
        scored = list(dict.fromkeys([*close[:1], *scored]))  # behind one of the briefing that gives other shares)
    per = per_unit_asked(req)  # ("涨到每小时40块了？": of those close, one that prices 每小时, not a monthly sum)
    if per and not prices_per(req, scored[0][2].text, per):
        close = [e for e in scored if e[0] >= scored[0][0] - FRAME_MARGIN and prices_per(req, e[2].text, per) and req.genre.counts_in(e[2].text, units)]
        scored = list(dict.fromkeys([*close[:1], *scored]))
    return scored


def _timed_first(req: Request, scored: list[tuple[float, float, Sentence]]) -> list[tuple[float, float, Sentence]]:
    """Of the sentences that cover as much of a when-question, the first that gives a time ("淤沙什么时候开始清":
    '…清除淤沙约8万立方公尺，4月中旬开工', not '…淤沙严重')."""
    if req.question.kind not in ("when", "deadline") or not scored or req.question.yes_no:
        return scored
    tied = [e for e in scored if e[0] == scored[0][0]]
    if _times(req, [tied[0][2]]):
        return scored
    return list(dict.fromkeys([next((e for e in tied if _times(req, [e[2]])), tied[0]), *scored]))


def _of_another_document(req: Request, sentence: Sentence) -> bool:
    """A sentence that picks one of the documents the one before it names, where the question names another ("女职工权益保护
    专项集体合同投票是几票赞成" of '其中，工资专项集体合同获赞成票141票…'): its figures are of the one it picks."""
    sentences = req.facts.article.sentences
    at = sentences.index(sentence)
    before = sentences[at - 1] if at and sentences[at - 1].paragraph == sentence.paragraph else None
    others = others_named(before.text, sentence.text) if before else []
    return any(o in t or len(t) >= 2 and t in o for o in others for t in req.question.terms)


def _chosen(req: Request, index: ClauseIndex, scored: list[tuple[float, float, Sentence]], coverage: _Coverage) -> list[Sentence]:
    """The sentences quoted: the best, those close to it for an open question (every one that holds
    as much for a list), the one it goes on from, what follows its colon, what its speaker said next."""
    q = req.question
    top, _, best = scored[0]
    more = [s for c, _, s in scored[1:MAX_SENTENCES] if c >= CLOSE * top] if q.kind in ("what", "how", "list", "why") else []
    if q.kind == "list":  # "哪几个县区亮了黄灯？": every sentence that holds as much (a table's rows), to a few more
        more += [s for c, _, s in scored[MAX_SENTENCES:MAX_LIST_SENTENCES] if c >= top]
    words = [t for t in coverage.content if not is_group_token(t)]
    before = index.continued.get(best) or coverage.opener(best)  # '同时，召开…' holds 深圳 of the sentence it goes on
    borrowed = [before] if before and any(t in before.text and t not in best.text for t in words) else []  # from: quote it too
    if best.text.endswith(("：", ":")):  # '某某以英语发言：' — what was said comes next
        borrowed += _next_sentence(req, best)
    chosen = [*borrowed, best, *more, *_what_they_said(req, best)]
    chosen = [*chosen, *_each_quoted(req, chosen, scored), *other_items(req, chosen)]
    return sorted(dict.fromkeys(chosen), key=lambda s: (s.paragraph, s.index))


def _each_quoted(req: Request, chosen: list[Sentence], scored: list[tuple[float, float, Sentence]]) -> list[Sentence]:
    """"“1310”和“卡脖子”分别说的啥": each term the question quotes is answered, where the sentences chosen
    leave one out: the best-weighed sentence that writes it, else the report's first that does."""
    if req.question.yes_no or len(req.question.quoted) < 2:
        return []
    added = []
    for term in req.question.quoted:
        if any(term in s.text for s in chosen + added):
            continue
        holders = [s for _, _, s in scored if term in s.text] or [s for s in req.facts.article.sentences if term in s.text]
        added += holders[:1]
    return added


def _checked(req: Request, best: Sentence, coverage: _Coverage, top: float) -> tuple[float, str]:
    """A yes/no the best sentence says no to, or checks a figure of: surer, with what it says."""
    if not req.question.yes_no:
        return top, ""
    found = coverage.covered(best)
    held = top >= SHORT_OF or coverage.distinctive - coverage.unwritten <= set(found)
    per = per_unit_asked(req)  # ("社协拍板涨到每小时40块了？" of '…调升至每小时37澳门元': the figure's own frame holds it)
    if (held or per and prices_per(req, best.text, per)) and figure_verdict(req, [best]):
        top = max(top, FIGURE_CHECKED)  # "室温标准是不低于20度吧？": a figure of that measure, where its words stand
    doer = _other_doer(req, best, coverage, found)  # "亓某带队视察的吗？" of '副主任綦某带领…开展专题视察'
    if doer:
        return max(top, FIGURE_CHECKED), req.msg("figure_no", written=doer)
    if not held:
        return top, ""
    if leaves_part(req, best.text):  # "上次收的问题都解决了没？" of '…收集的9条问题已办结8条，另1条…正…协调'
        return top, req.msg("not_all")
    other = _other_named(req, best, coverage, found)  # "是跟蕖州大学签的吗？" of '与岚江大学签订'
    if other:
        return max(top, FIGURE_CHECKED), req.msg("figure_no", written=other)
    if top >= SHORT_OF and _says_no(req, best, coverage, found):
        return max(top, FIGURE_CHECKED), req.msg("reading_no")
    premise = req.question.premise  # "企业反映的困难主要是原材料涨价吧？": what the report says they were
    subject = [t for t in found if not is_group_token(t) and t != coverage.person]  # (王伟中去没去珠海: not any of his)
    if premise and top >= SHORT_OF and subject:
        return max(top, WORDS_ALL_HELD), unwritten(premise, req.msg)
    return top, ""


def _says_no(req: Request, best: Sentence, coverage: _Coverage, found: list[str]) -> bool:
    """The sentence says no to the yes/no: it holds the opposite ("到现场了吧？" of '通过视频连线') or says it was not done, it
    does what the question says was not done ("一句都没跟企业家互动？" of '不时插话交流'), or it was done another time ("县长这次
    也一起接访了吧？" of '上月16日…县长某某接访时')."""
    if _opposite(req, best, coverage) or _not_done(req, best):
        return True
    return req.question.negated and not _negated_in(req, best) or _of_another_time(req, best, found)


def _count_not_listed(req: Request, sentences: list[Sentence]) -> bool:
    """"那15件…具体是哪几件？": the question names a count of the things it asks which of, and the sentences that give
    that count list none of them (no 、-list, no 一是…二是)."""
    q = req.question
    asked = req.slots.which_count  # "哪两个县在试点": the count, in words, with what it counts
    figures = [*req.slots.figures, *([asked + (req.slots.which or "")] if asked else [])]
    if q.yes_no or q.kind != "list" or not q.has("which"):
        return False
    if figures:
        counted = [s for s in sentences if any(f in s.text for f in figures)]
    else:  # "获奖的先进集体都有哪些单位？" of '表彰了…先进集体20个、先进个人50名': the thing asked, only counted
        terms = [t for t in q.terms if has_han(t) and len(t) >= 2]
        counted = [s for s in sentences if any(_counted(t, c, s.text) for t in terms for c in (*req.genre.counts_in(s.text), *req.genre.vague_counts))]
        counted = counted if len(counted) == len(sentences) else []  # (one that counts them beside others that name them)
    return bool(counted) and not any(lists(req, s.text) for s in counted)


def _counted(term: str, count: str, text: str) -> bool:
    """The term counted in the text: right after its count or a few characters on (一批科技创新先进集体), or right before
    it (先进集体20个)."""
    return term + count in text or re.search(re.escape(count) + "[^，。、；,]{0,6}" + re.escape(term), text) is not None


def _not_listed(req: Request, sentences: list[Sentence]) -> str:
    """The message that says the sentences do not list what a which-question asks for: a count with no items, or a
    group of people with no names ("督查组其他成员是哪几位？" of '督查组成员还…提出了具体意见'); empty when they do."""
    if _count_not_listed(req, sentences):
        return "which_not_listed"
    return "names_not_given" if _names_not_given(req, sentences) else ""


def _names_not_given(req: Request, sentences: list[Sentence]) -> bool:
    """Which people, by name, asked of sentences that name no one: they speak of them only as a group."""
    q = req.question
    if q.yes_no or q.kind != "who" or not q.has("which"):
        return False
    everyone = [*req.facts.people, *req.facts.mentioned]
    return not any(p.name in s.text for p in everyone for s in sentences)


def _of_another_time(req: Request, sentence: Sentence, found: list[str]) -> bool:
    """A yes/no on this meeting ("这次") that the sentence answers only in a clause of another time (上月, 去年, 往期)."""
    if not req.question.has("this_scope"):
        return False
    words = [t for t in found if not is_group_token(t) and has_han(t) and t in sentence.text]
    clauses = [c for c in req.genre.clauses_with_marks(sentence.text) if any(t in c for t in words)]
    return bool(clauses) and all(req.genre.other_scope.search(c) for c in clauses)


def _done_before(req: Request, sentence: Sentence, found: list[str]) -> bool:
    """Every clause of the sentence that holds the words asked tells what was done before (曾, 去年): no yes to what will be."""
    words = [t for t in found if not is_group_token(t) and has_han(t) and t in sentence.text]
    clauses = [c for c in req.genre.clauses_with_marks(sentence.text) if any(t in c for t in words)]
    return bool(clauses) and all(req.genre.past_marks.search(c) for c in clauses)


def _this_time(req: Request, found: list[str]) -> list[Sentence]:
    """The first sentence that holds the act asked of, in no clause of another time: who did it this time."""
    names = [p.name for p in (*req.facts.people, *req.facts.mentioned)]
    acts = [t for t in found if not is_group_token(t) and has_han(t) and not any(t in n for n in names) and not t.endswith(req.genre.titles)]
    for sentence in req.facts.article.sentences:
        if acts and all(a in sentence.text for a in acts) and not req.genre.other_scope.search(sentence.text):
            return [sentence]
    return []


def _negated_in(req: Request, sentence: Sentence) -> bool:
    """The sentence says something was not done (始终没有, 未能…): a negated yes/no it does not contradict."""
    return any(n in sentence.text for n in req.knowledge.lexicon.act_negators)


def _not_done(req: Request, sentence: Sentence) -> bool:
    """The sentence says an act the yes/no asks about was not done ("…后来签字同意了吗？" of '…始终没有签字')."""
    negators = "|".join(map(re.escape, req.knowledge.lexicon.act_negators))
    acts = [w for w in req.question.content if has_han(w) and len(w) >= 2 and w in req.question.verbal]
    asked_not = any(re.search(f"(?:{negators}){re.escape(w)}", req.question.text.text) for w in acts)
    return bool(negators) and not asked_not and any(re.search(f"(?:{negators})(?:过)?{re.escape(w)}", sentence.text) for w in acts)


def _next_sentence(req: Request, sentence: Sentence) -> list[Sentence]:
    sentences = req.facts.article.sentences
    at = sentences.index(sentence)
    return list(sentences[at + 1 : at + 2])


def _what_they_said(req: Request, sentence: Sentence) -> list[Sentence]:
    """"副市长怎么回应的？" answered by '副市长某某到会听取意见并回应关切': what that person then
    said (their statements after the sentence), for a question on how or what, not yes or no."""
    q, slots = req.question, req.slots
    if q.yes_no or q.kind not in ("how", "what"):
        return []
    holders = role_holders(req, slots.role) if slots.role and not slots.person else []
    person = slots.person or (holders[0] if len(holders) == 1 else None)
    if not person or person not in sentence.text:
        return []
    said = [st.sentence for st in req.facts.said_by(person)]
    if sentence in said:
        return []
    after = [s for s in said if (s.paragraph, s.index) > (sentence.paragraph, sentence.index)]
    return list(dict.fromkeys(after))[:MAX_SENTENCES - 1]


def _members(req: Request, body: str) -> list[str]:
    """The participants whose role names the body (a company, a bureau), when no more than two do."""
    members = [p.name for p in req.facts.people if any(body in r for r in p.roles)]
    return members if len(members) <= 2 else []


def _involves(req: Request, sentence: Sentence, person: str, paragraph: bool = False) -> bool:
    """The sentence names the person, or is their statement; with `paragraph`, or goes on in a paragraph
    that opens with them and no one else ('…董事长谭某的发言直奔主题。恒拓去年营业收入…': of the person asked
    by name, not of whoever holds a title asked)."""
    if person in sentence.text or any(st.sentence == sentence and st.speaker == person for st in req.facts.statements):
        return True
    if any(st.sentence == sentence and st.speaker != person for st in req.facts.statements):
        return False  # ('缪某说：…' in a paragraph that opens with 岑某: 缪某's words)
    return paragraph and person in (_paragraph_of(req, sentence), pronoun_of(req, sentence))


def _paragraph_of(req: Request, sentence: Sentence) -> str | None:
    """The one participant a sentence's paragraph opens with, when the sentence names no one else."""
    people = [p.name for p in req.facts.people]
    first = next((s for s in req.facts.article.sentences if s.paragraph == sentence.paragraph), None)
    if first is None or first == sentence or any(n in sentence.text for n in people):
        return None
    named = [n for n in people if n in first.text]
    return named[0] if len(named) == 1 else None


def _bodies_asked(req: Request) -> str:
    """The ends of the names a "which" question's noun asks for, as an alternation (哪个区: X区; 哪些单位: any body)."""
    noun = req.slots.which or ""
    generic = noun in req.genre.generic_bodies  # 哪些单位: any body (石门县、柳塘区和市农业农村局)
    return "|".join(re.escape(b) for b in (*req.genre.organization_suffixes, *req.genre.place_suffixes) if generic or b.endswith(noun)) if noun else ""


def _instances(req: Request, text: str) -> int:
    """How many of the things a "which" question asks for the text names ('区城管局、区自然资源局、区农业农村局排名后三位': 3)."""
    bodies = _bodies_asked(req)
    return len(re.findall(rf"\w{{2,}}?(?:{bodies})", text)) if bodies else 0


def _names_which(req: Request, text: str, found: list[str]) -> bool:
    """A "which" question's noun stands in the text after something (哪个区 wants an X区)."""
    noun = req.slots.which
    if not noun:
        return True
    # (in the clauses that hold the rarest word asked, where the sentence has several: '对本次亮红灯的柘水县…；对连续两次
    # 亮黄灯的县（区），在全市通报' names no county that twice turned yellow)
    key = max((t for t in found if has_han(t) and t != noun and len(t) >= 2 and t in text), key=len, default="")
    held = [c for c in req.genre.clauses_with_marks(text) if key and key in c]
    label = text.split("：", 1)[0] if "：" in text[:_LABEL] else ""  # (a row's label: '柘水县：…亮灯红灯')
    held = [label, *held] if held and label else held
    rest = "，".join(held) if held else text
    for term in found:
        rest = rest.replace(term, " ") if term != noun else rest  # ("which county": 县 is both)
    bodies = _bodies_asked(req)
    named = bool(bodies) and re.search(rf"\w{{2,}}(?:{bodies})", text)  # 哪家公司: 某某有限公司, though 公司 was asked
    either = len(noun) == 2 and all(c in req.genre.which_nouns for c in noun)  # 哪几个县区: an X县 or an X区
    one = rf"[^\W{_NOT_A_NAME}][{noun}]" if either else rf"[^\W{_NOT_A_NAME}]{re.escape(noun)}"  # (的县 of 亮黄灯的县 is none)
    return bool(named or re.search(one, rest))


def _says_something(req: Request, sentence: Sentence) -> bool:
    """"某某在会上说了什么？": a sentence of theirs that says something ('某某亦有出席' says nothing)."""
    person = req.slots.person
    if not person or req.intent is None or req.intent.answer != "statements" or req.question.yes_no:
        return True
    said = {st.sentence for st in req.facts.said_by(person)}  # (…or reported doing: '笪某…简要汇报了预约事项的…情况')
    return sentence in said or any(v in sentence.text for v in (*req.genre.statement_verbs, *req.genre.speaking_actions) if len(v) >= 2)


def _has_kind(req: Request, sentence: Sentence, found: list[str], rare: set[str] | None = None) -> bool:
    """The sentence holds the kind of thing asked: a figure, a date, a place, a person, one
    of the things a "which" question asks for (哪个区 wants an X区). A figure is of the question's
    rare words, where they are known (12345热线 of '…企业开办…；12345热线受理涉企诉求3860件': not 企业)."""
    kind, text = req.question.kind, sentence.text
    if not _names_which(req, text, found) or not _says_something(req, sentence):
        return False
    if req.question.yes_no and req.slots.date and req.slots.date.day and not req.slots.figures:  # "…是6月17号进驻的吧": a dated one
        return bool(req.genre.dates.find(text, Kind.FULL | Kind.BARE | Kind.MONTH))  # (a day or month, not '今天' of a quote)
    if req.question.yes_no and req.slots.figures:  # "是不是有五成…": a figure of that unit to check it by
        units = {req.genre.figure(f).unit for f in req.slots.figures}  # 六成: 55.7%; 20位: 19名
        return any(req.genre.same_measure(req.genre.figure(c).unit, u) for c in req.genre.counts_in(text) for u in units)
    if kind == "deadline" and not _clock_asked(req):  # ("最晚一班车是几点": an hour, '最晚一班只到下午5时30分')
        return bool(req.genre.deadline.search(text))
    spans = any(req.knowledge.lexicon.measure_concepts.get(t) == TIME_UNIT for t in req.question.content)
    if kind == "how_many" and spans and _span_of(req, text, [t for t in found if t in rare] if rare else found):
        return True  # 搞多久: '专项行动自即日起至12月20日'
    if kind == "how_many" or req.question.checks_count:
        # (…and "有没有说一共多少位代表参会？": yes only where the report gives that count)
        return _counts_it(req, sentence, [t for t in found if t in rare] if rare else found)
    if kind in ("when", "deadline"):
        return _gives_when(req, text)
    if kind == "where" and req.question.has("destination"):  # (捐给哪儿: '…捐赠给县退役军人事务局', its receiver)
        return bool(re.search(rf"(?:给|到|至|交)[{HAN_CLASS}]{{2,16}}", text))
    if kind == "where":  # (a venue, the meeting's place, or a place where something is done: 在某市前湾片区试点)
        places = [*req.genre.venue_words, *(f.value for f in (req.facts.place,) if f)]
        suffixes = "|".join(map(re.escape, req.genre.where_suffixes))
        return any(p in text for p in places) or bool(suffixes and re.search(f"在[{HAN_CLASS}]{{1,12}}(?:{suffixes})", text))
    return _names_one(req, sentence) if kind == "who" else True


def _clock_asked(req: Request) -> bool:
    return any(req.knowledge.lexicon.measure_concepts.get(t) == CLOCK_KIND for t in req.question.content)


def _gives_when(req: Request, text: str) -> bool:
    """A time, or, asked 几点, an hour of the day in the part of it asked ('晚间10时'; not '今天' of a quote)."""
    if _clock_asked(req):
        return any(hour_fits(req, m.group()) for m in req.genre.clock_time.finditer(text))
    return gives_time(req, text)


def _span_of(req: Request, text: str, found: list[str]) -> bool:
    """A span of time in the item of the sentence that holds the question's words ("88R多久一班": not the 每15分钟 of 68X
    in the item before '新增的88R线则预计…')."""
    terms = [t for t in found if not is_group_token(t) and t in text.lower()]  # (88r, as the question is read, of 88R)
    return any(req.genre.time_span.search(item) and all(t in item.lower() for t in terms) for item in re.split(r"(?<=[；;])", text))


def _names_one(req: Request, sentence: Sentence) -> bool:
    """A sentence that can say who: it names someone ("…负责同志叫啥？" asks a name: a title or a group is no answer), and,
    asked who did not come, says one did not ("有个老人没来，是谁": '…因身体原因未能到会', not any 老人)."""
    text = sentence.text
    if _absence_unsaid(req, text):
        return False
    named = bool(_people_in(req, [sentence])) or pronoun_of(req, sentence) is not None  # (他随后…: the one before)
    return named or (not req.question.has("name") and any(w in text for w in (*req.genre.group_words, *req.genre.titles)))


def _counts_it(req: Request, sentence: Sentence, found: list[str]) -> bool:
    """A figure in the unit asked stands after the words of the question, in its sentence."""
    terms = [t for t in found if not is_group_token(t) and t in sentence.text.lower()]  # (88r, as the question is read, of 88R)
    windows = []
    for item in re.split(r"(?<=[；;])", sentence.text):  # (in its own item of a list: '一是…新院区…；二是…近400万元' counts no 新院区)
        if any(item_of_total(req, item, t) for t in terms):
            continue  # '涉及托育养老、教育扩容…等领域，计划总投资52.3亿元' gives no sum for 托育
        clauses = req.genre.clauses_with_marks(item)
        for i, c in enumerate(clauses):
            counts = [n for n in req.genre.counts_in(c, req.slots.units) if not counts_some(req, c, n, terms) and not of_the_other_side(req, c, n)]
            if counts and of_their_delegates(req, "".join(clauses[: i + 1]), terms):
                continue  # "多少名职工" of '应到职工代表156名': a count of the 代表
            windows += ["".join(clauses[: i + 1])] if counts else []
            if any((n + t) in c for n in counts for t in terms):
                windows.append(item)  # '…组成的60人评议团，…进行现场满意度测评': the count of the noun right after it
    return any(all(t in w.lower() for t in terms) for w in windows)


def _supports(req: Request, sentence: Sentence, found: list[str]) -> bool:
    """A yes/no question the sentence says yes to: its words stand together, with no other
    person named between them (蒲光耀 is not 九三学社副主委 because 祁云舒 stands between)."""
    words = [t for t in found if not is_group_token(t) and t in sentence.text]
    asked = [t for t in req.question.content if not is_group_token(t) and has_han(t)]
    if not words or any(t not in found for t in asked):
        return False  # (庹某有没有去发言: a sentence that names her and not 发言 says no yes)
    if any(t in ACTS and t not in found for t in req.question.content):
        return False  # "是省政府办的吗？": '…与省政府领导面对面' names it and holds nothing held
    if any(t.startswith(EQUIVALENT) and t not in found for t in req.question.content):
        return False  # "这是头一回搞…吗？": a word said otherwise (≡first_time) that the sentence does not hold
    if req.genre.negated_action.search(sentence.text) or any(d in sentence.text for d in req.genre.denials):
        return False  # '…因故未能出席', '…她说“暂时未有计划”': no yes on what the sentence says did not happen
    spots = [sentence.text.find(t) for t in words]
    start, end = min(spots), max(sentence.text.find(t) + len(t) for t in words)
    between = sentence.text[start:end]
    wished = [m.group(1) for m in re.finditer(f"(?:{'|'.join(map(re.escape, req.genre.raising_verbs))})([^，。；]+)", sentence.text)]
    if any(t in w for w in wished for t in words if t not in req.question.conceptual) and not set(req.question.verbs) & set(req.genre.raising_verbs):
        return False  # ("门槛能放宽吗？" of '…提问，…希望放宽“…”的门槛': asked for, which is no yes)
    others = [p.name for p in (*req.facts.people, *req.facts.mentioned) if p.name in between and p.name not in words]
    return not others and len(req.genre.clauses_with_marks(between)) <= 2


_YEAR_PHRASE = re.compile(r"(?:19|20)\d{2}年(?:底|初|末|内|前|以前|之前)?")


def _other_named(req: Request, sentence: Sentence, coverage: _Coverage, found: list[str]) -> str:
    """The one distinctive word of a yes/no the sentence lacks names a body or place of a kind
    (蕖州大学) the sentence names another of (岚江大学): that other one."""
    lacking = [t for t in coverage.distinctive - set(found) if not is_group_token(t)]
    if len(lacking) != 1:
        return ""
    kinds = "|".join(re.escape(k) for k in sorted(req.genre.organization_suffixes, key=len, reverse=True) if len(k) >= 2)
    named = re.search(f"{re.escape(lacking[0])}(?:{kinds})?", req.question.text.text)  # 蕖州 + 大学, as jieba cut it
    word = named.group() if named else lacking[0]
    quoted = [m.group(1) for m in _QUOTED_TERM.finditer(sentence.text)]  # “1320” of a sentence that writes “1310”
    near = [x for x in quoted if len(x) == len(word) >= 3 and sum(a != b for a, b in zip(x, word, strict=True)) == 1]
    if near:
        return near[0]
    kind = next((k for k in sorted(req.genre.organization_suffixes, key=len, reverse=True) if word.endswith(k) and len(k) >= 2), "")
    if not kind or len(word) <= len(kind):
        return ""
    ends = [m.end() for m in re.finditer(re.escape(kind), sentence.text)]  # the other one, whole: 香港特区政府, not 区政府
    others = [_body_ending(sentence.text, e, len(word)) for e in ends]
    return next((o for o in others if o != word and re.fullmatch(f"[{HAN_CLASS}]+", o)), "")


def _other_doer(req: Request, sentence: Sentence, coverage: _Coverage, found: list[str]) -> str:
    """"这次是主任亓某亲自带队的吧？" of '副主任綦某带领…开展专题视察': the one person the sentence has do the act asked,
    where the one asked was not at the meeting (named in passing) and no sentence of theirs has them do it."""
    named = {*req.slots.known_words, *req.slots.name_words}
    mentioned = [m.name for m in req.facts.mentioned if m.name in named]  # (亓某, named in passing only)
    role = req.slots.role  # ("国会议员亲自移交支票吗"; not 部长 of one at the meeting, 高级政务部长綦某)
    away = mentioned_holders(req, role) if role and not mentioned and not role_holders(req, role) else []
    mentioned = mentioned or away
    person = coverage.person or (mentioned[0] if len(mentioned) == 1 else None)
    acts = [t for t in found if t.startswith(EQUIVALENT)]  # (带队 ≡ 带领: what was done; not §people, a kind of word)
    if not person or not acts or _involves(req, sentence, person, paragraph=True) and not _in_stead(req, sentence, person):
        return ""
    if {t for t in coverage.distinctive - coverage.unwritten - set(found) if t not in person and person not in t}:
        return ""  # (a word of the question the sentence lacks besides the one asked of)
    theirs = [s for s in req.facts.article.sentences if _involves(req, s, person) and not _in_stead(req, s, person)]
    if any(set(acts) & set(coverage.covered(s)) for s in theirs):
        return ""  # (王某出席了吗: a sentence of his that says so, wherever the best one is)
    if req.facts.person(person) is not None:
        return ""  # ("宓某在节目现场有没有讲话": one at the meeting, whose own sentence says what he did there, '…在现场观看')
    others = [p for p in (*req.facts.people, *req.facts.mentioned) if p.name != person and p.name in sentence.text]
    return name_with_title(req, others[0]) if len(others) == 1 else ""


def _in_stead(req: Request, sentence: Sentence, person: str) -> bool:
    """The sentence has another act in the person's stead ('特别助理某某代表厍某移交支票'): not the person's own act."""
    return any(f"{w}{person}" in sentence.text for w in req.genre.on_behalf)


def _body_ending(text: str, end: int, size: int) -> str:
    """The name of a body that ends at `end`: its Han characters back to a mark or a joining word
    ('…，以及香港特区政府' -> 香港特区政府), at least `size` of them and at most MAX_BODY."""
    run = re.search(f"[{HAN_CLASS}]{{{size},{MAX_BODY}}}$", text[:end])
    body = run.group() if run else text[max(0, end - size) : end]
    for joiner in LIST_JOINERS:  # (longest first)
        at = body.rfind(joiner, 0, len(body) - size + 1)
        if at >= 0:
            body = body[at + len(joiner) :]
    return body


def _opposite(req: Request, sentence: Sentence, coverage: _Coverage) -> bool:
    """A concept of the question the sentence covers by holding its opposite (到现场 of '通过视频连线方式参会')."""
    own = coverage.words.get(sentence, set())
    asked = [t for t in req.question.content if any(a == t or a in coverage.concepts.get(t, ()) for a, _ in coverage.opposites)]
    if not any(t in coverage.covered(sentence) for t in asked):
        return False
    pairs = [(a, b) for a, b in coverage.opposites if any(a == t or a in coverage.concepts.get(t, ()) for t in asked)]
    return not any(a in own and not _only_as_setting(req, sentence, a, b) for a, b in pairs)


def _only_as_setting(req: Request, sentence: Sentence, concept: str, opposite: str) -> bool:
    """The sentence says the concept only in a clause that sets the scene for its answer ('对于同学间流传学杂费将再调涨，
    燕孟哲明确表示，115学年度学杂费不调涨': the rumour of a rise, answered no; 不调涨 itself is no rise)."""
    group = lambda token: [w for w in req.knowledge.equivalents.get(token.lstrip(GROUP_MARKS[1]), ()) if has_han(w)]  # noqa: E731
    words, against = group(concept), sorted(group(opposite), key=len, reverse=True)
    clauses = []
    for clause in req.genre.clauses_with_marks(sentence.text):
        for w in against:
            clause = clause.replace(w, " ")
        clauses.append(clause)
    said = [c for c in clauses if any(w in c for w in words)]
    return bool(said) and all(c.startswith(req.genre.setting_openers) for c in said)


def _with_a_year(req: Request, scored: list[tuple[float, float, Sentence]], chosen: list[Sentence], coverage: _Coverage) -> list[Sentence]:
    """A yes/no on a year the report never writes ("…是2008年成立的吗？"), whose best sentences give no year:
    with them, the next best sentence that gives one, to check the year by ('这家1998年创办的…')."""
    q = req.question
    asked = [m.group() for m in _YEAR_PHRASE.finditer(q.text.text)] if q.yes_no else []
    if not asked or any(a[:5] in req.facts.article.text for a in asked) or any(_YEAR_PHRASE.search(s.text) for s in chosen):
        return chosen
    top = scored[0][0]
    dated = next(
        (s for c, _, s in scored[1:TOP_CLAUSES] if c >= SHORT_OF * top and _YEAR_PHRASE.search(s.text)
         and any(not is_group_token(t) for t in coverage.covered(s))),
        None,
    )
    return sorted([*chosen, dated], key=lambda s: (s.paragraph, s.index)) if dated else chosen


def _year_verdict(req: Request, sentences: list[Sentence]) -> str:
    """"还息不还本要延长到2026年底，是真的吗？" against '延长一年至2025年底': a yes/no on a year the report never
    writes, where the sentences that answer it give another."""
    if not req.question.yes_no:
        return ""
    asked = [m.group() for m in _YEAR_PHRASE.finditer(req.question.text.text)]
    if not asked or any(a[:5] in req.facts.article.text for a in asked):
        return ""
    written = [m.group() for s in sentences for m in _YEAR_PHRASE.finditer(s.text)]
    return req.msg("figure_no", figure=asked[0], written=req.join(dict.fromkeys(written))) if written else ""


def _date_verdict(req: Request, sentences: list[Sentence]) -> str:
    """"督查组是6月17号进驻的吧？" against '6月18日至21日，…督查组…开展了…督查': a yes/no on a day the sentences that
    answer it do not give, where they give others."""
    asked = req.slots.date
    if not req.question.yes_no or asked is None or asked.day is None:
        return ""
    found = [f.date for s in sentences for f in req.genre.dates.find(s.text, Kind.ANY & ~Kind.ENGLISH) if f.date.day]
    if not found or any(d.day == asked.day and d.month in (None, asked.month) for d in found):
        return ""
    return req.msg("figure_no", figure=asked.text, written=req.join(dict.fromkeys(d.text for d in found)))


def _asked_deadlines(req: Request, sentences: list[Sentence]) -> list[str]:
    """The time limits the sentences set; of several, those of the part (cut at ；) that holds a word of the
    question ('县交通运输局牵头，9月底前完成…道路修复；县水务局8月15日前…' asked of the 交通运输局: 9月底前)."""
    parts = [p for s in sentences for p in re.split("[；;]", s.text)]
    words = [w for w in req.question.named if has_han(w) and len(w) >= 2 and w != req.slots.person]  # (who set them: all)
    asked = [p for p in parts if any(w in p for w in words)]
    found = [m.group() for p in (asked if len(asked) < len(parts) else []) for m in req.genre.deadline.finditer(p)]
    return found or [m.group() for p in parts for m in req.genre.deadline.finditer(p)]


_BARE_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")  # a number a question states, with or without its unit


def _compose(
    req: Request, sentences: list[Sentence], supported: bool = False, denied: str = "", checked: list[Sentence] | None = None,
) -> Composed:
    """The reading's reply: the verdict (of the figures in `checked`, where given: the sentence a change reaches), what it
    gives, and the sentences quoted."""
    q = req.question
    quote = _quote(req, sentences)
    if q.kind == "who":  # (…有87%，这是谁讲的？: the figure the report writes, first)
        return _who(req, sentences, quote, "" if q.yes_no else figure_verdict(req, sentences, stated=True))
    head = _head(req, sentences)
    if q.kind == "when" and head and q.has("which_day") and not q.yes_no and not any(_gives_day(req, t) for t in (head, *(s.text for s in sentences))):
        text = req.msg("day_unwritten", written=head) + "\n" + req.msg("reading_says") + "\n" + quote  # ("12月几号": '将在12月开展')
        return Composed(text, False, tuple(sentences), final=True)
    # (an act the sentence says was not done is a no, whatever figure of the question it also holds: '3栋…始终没有签字')
    figured, corrected = figure_check(req, checked or _stated_of(req, sentences) or sentences, stated=True)
    verdict = denied if denied in (req.msg("reading_no"), req.msg("not_all")) else (
        figured or _year_verdict(req, sentences) or _date_verdict(req, sentences) or denied
    )
    yes = q.yes_no and supported and not req.slots.figures  # (a figure no verdict settles is no yes: 增长7.2%吗 of two 增长)
    # (nor a bare number the sentences do not hold: "Was the suspect 71?" of a sentence that gives no age)
    yes = yes and all(any(n in s.text for s in sentences) for n in _BARE_NUMBER.findall(q.text.text))
    yes = yes and not any(m in s.text for s in sentences for m in req.genre.tentative_marks)  # ('当局会研究豁免…': not yet so)
    lead = req.msg("reading_says") if verdict else req.msg("reading_yes" if yes else "reading_says")
    text = absent_premise(req, sentences) + role_premise(req) + verdict + (head + req.msg("full_stop") + "\n" if head else "") + lead + "\n" + quote
    people = _people_in(req, sentences)
    role = req.slots.role  # ("Was there a lawyer at the meeting?": the one of that title, whom "she" then points at)
    titled = [p for p in people if role and any(r.endswith(role) for r in p.roles)] if len(people) > 1 else people
    # (a figure the sentence says otherwise is a no: "101室拿到的补偿是3万块对吧" of '拿出2万元作为对101室的一次性补偿')
    return Composed(text, True, tuple(sentences), titled[0].name if len(titled) == 1 else None, denies=corrected and verdict == figured)


def _stated_of(req: Request, answering: list[Sentence]) -> list[Sentence]:
    """The sentences that give what a question states a figure of, before asking another thing ("…说全县有2万多名退役军人，
    去年帮多少人实现了就业？": '目前全县共有退役军人1.26万名', not the sentence that answers): a clause that holds the word
    after the stated figure and a figure of its measure, other than the sentences that answer. None for a yes/no (its figures
    are what it asks)."""
    q, genre = req.question, req.genre
    if q.yes_no or not req.slots.stated:
        return []
    found = []
    for f, (_, after) in zip(req.slots.figures, req.slots.figure_words, strict=False):
        unit = genre.figure(f).unit
        if f not in req.slots.stated or len(after) < 2:
            continue
        found += [s for s in req.facts.article.sentences if s not in answering for c in genre.clauses_with_marks(s.text)
                  if any(genre.same_measure(genre.figure(n).unit, unit) and _beside(c, after, n) for n in genre.counts_in(c))]
    return list(dict.fromkeys(found))[:1]  # (the first: a report gives the whole before its parts)


STATED_REACH = 3  # characters at most between a stated figure's word and the report's figure of it


def _beside(clause: str, word: str, figure: str) -> bool:
    """The word right before the figure or right after it in the clause ('退役军人1.26万名', '217名退役军人')."""
    at, end = clause.find(figure), clause.find(figure) + len(figure)
    return word in clause[max(0, at - len(word) - STATED_REACH) : at] or word in clause[end : end + len(word) + STATED_REACH]


def _head(req: Request, sentences: list[Sentence]) -> str:
    """The value the sentences give of the kind asked: the times of a when, the deadlines of a deadline, the figures of a how
    many ('' for other kinds, or none given)."""
    q = req.question
    if q.kind == "when" or q.kind == "deadline" and _clock_asked(req):  # ("最晚一班车是几点": an hour)
        return req.join(dict.fromkeys(_times(req, sentences)))
    if q.kind == "deadline":
        return req.join(dict.fromkeys(_asked_deadlines(req, sentences)))
    if q.kind != "how_many":
        return ""
    # (of several, those a word of the question stands right before: 总投资46亿元)
    counts = [(s.text, f) for s in sentences for f in req.genre.counts_in(s.text, req.slots.units)]
    said = [w for t in q.content if t.startswith(EQUIVALENT) for w in req.knowledge.equivalents.get(t[1:], ())]  # 贷款: 授信
    near = [f for t, f in counts if any(stands_before(req, t, w, f) for w in q.named if has_han(w))]
    near = near or [f for t, f in counts if any(stands_before(req, t, w, f) for w in said if has_han(w))]  # (else its equivalent)
    near = near or _in_asked_clauses(req, sentences, [w for w in (*q.named, *said) if has_han(w)])  # (30分钟到达现场: 来人)
    subject = _in_asked_clauses(req, sentences, [w for w in said if has_han(w)]) if len(near) > 1 else []
    near = [f for f in near if f in subject] or near  # (of 增长6.3%、增长4.1%…, the GDP's: 地区生产总值…，增长6.3%)
    return req.join(dict.fromkeys(near or [f for _, f in counts]))


def _anchored_value(req: Request, sentences: list[Sentence], rare: tuple[str, ...]) -> str:
    """The figures or times of the kind asked that stand by a word of the question few clauses hold: a figure right after
    it ('州政府拨出85万令吉' of "州政府拨了多少"), a time in a clause that holds it ('工程预计6月动工' of "工程几时动工"); '' where
    none does (a figure of the sentence, but of something else), or where its clause is of another year than the one asked
    ('去年营收1.26亿元' of "今年营收目标")."""
    q = req.question
    years = req.knowledge.lexicon.relative_years  # (a change or a year is no thing: 增长, 去年同期 of "比去年同期增长了多少")
    named = [  # (…nor a unit said per one, 每坪 of "补偿一坪多少": what is priced is the question's other word)
        w for w in q.named if has_han(w) and len(w) >= 2 and w in rare and w not in req.genre.change_verbs and not any(y in w for y in years)
        and not w.startswith(tuple(req.genre.per_unit_marks))
    ]
    if q.kind == "how_many":  # (…or a word of the same sense as one asked: 裁处 of "罚了多少", not 资金 of "多少钱")
        kinds = [t[1:] for t in q.content if t.startswith(EQUIVALENT) and t[1:] not in req.knowledge.lexicon.measure_groups]
        named += [w for k in kinds for w in req.knowledge.equivalents.get(k, ()) if has_han(w) and len(w) >= 2]
        counts = [(s.text, f) for s in sentences for f in req.genre.counts_in(s.text, req.slots.units)]
        return req.join(dict.fromkeys(f for t, f in counts if any(_just_before(req, t, w, f) for w in named) and _same_year(req, t, f)))
    if q.kind == "when" or q.kind == "deadline" and _clock_asked(req):  # (the clause that holds the word, and the one after it)
        if not named:  # (…or, of no such word, the words of what the question says otherwise: 晚间 of "厂商答应晚上几点后…")
            named = [w for t in q.content if t.startswith(EQUIVALENT) for w in req.knowledge.equivalents.get(t[1:], ()) if has_han(w) and len(w) >= 2]
        named += [e for w in named for e in req.knowledge.equals(w) if has_han(e) and len(e) >= 2]  # (隔天: '翌日上午7时')
        parts = [req.genre.clauses_with_marks(s.text) for s in sentences]
        clauses = [c + (cs[i + 1] if i + 1 < len(cs) else "") for cs in parts for i, c in enumerate(cs) if any(w in c for w in named)]
        if ENDING_CONCEPT in q.content:  # ("开到几点才散会" of '…18日晚间7时在…举行': when it began, no end)
            ending = [w for w in req.knowledge.synonyms.get(ENDING_CONCEPT[1:], ()) if has_han(w)]
            clauses = [c for c in clauses if any(w in c for w in ending)]
        return req.join(dict.fromkeys(t for t in _times(req, sentences) if any(t in c for c in clauses)))
    return ""


def _just_before(req: Request, text: str, word: str, figure: str) -> bool:
    """The word right before the figure (stands_before), or with a verb of two characters between that the question
    writes by its first ('州政府拨出85万令吉' of "州政府拨了多少钱")."""
    if stands_before(req, text, word, figure):
        return True
    before = text[: text.find(figure)]
    at = before.rfind(word)
    gap = before[at + len(word) :] if at >= 0 else ""
    return 0 < len(gap) <= 2 and has_han(gap) and gap[0] in req.question.text.text


def _same_year(req: Request, text: str, figure: str) -> bool:
    """The figure's clause says no year other than the one the question asks (今年 asked, '去年营收…' written: no)."""
    years = req.knowledge.lexicon.relative_years
    asked = {y for y in years if y in req.question.text.text}
    at = text.find(figure)
    clause = next((c for c in req.genre.clauses_with_marks(text) if figure in c), text[max(0, at - 12) : at])
    return not asked or not any(y in clause and y not in asked for y in years)


def _gives_day(req: Request, time: str) -> bool:
    """A time that names its day (7月11日, 28日, 昨日, July 11), not only a month, a year or a part of one (12月, 明年一季度)."""
    return any(f.kind & (Kind.FULL | Kind.BARE | Kind.RELATIVE | Kind.ENGLISH) for f in req.genre.dates.find(time, Kind.ANY))


def _act_undated(req: Request, content: list[str], found: tuple[str, ...] | list[str], sentence: Sentence | None = None) -> bool:
    """A when-question on an act dated apart from the meeting (lexicon dated_acts: 开工, 实施) that the best
    sentence does not hold: its date is of something else (but a date the sentence says a thing starts from,
    '从2026年1月1日起', is when it takes effect)."""
    acts = {EQUIVALENT + g for g in req.knowledge.lexicon.dated_acts}
    marks = tuple(req.knowledge.lexicon.dated_from)
    started = sentence is not None and bool(marks) and any(
        sentence.text[d.end :].startswith(marks) for d in req.genre.dates.find(sentence.text, Kind.ANY))
    held = {*found, EQUIVALENT + IMPLEMENT} if started else set(found)
    return any(t in acts and t not in held for t in content)


def _in_asked_clauses(req: Request, sentences: list[Sentence], words: list[str]) -> list[str]:
    """The figures in the unit asked of the clauses that hold a word of the question (…开通了24小时供热服务热线，接到报修后，
    市区范围内30分钟到达现场: 30分钟 of "多久能来人", its 来人 the report's 到达现场)."""
    found: list[str] = []
    for sentence in sentences:
        clauses = req.genre.clauses_with_marks(sentence.text)
        for i, clause in enumerate(clauses):
            if not any(w in clause for w in words):
                continue
            # …or in the clauses after it, up to the end of its item ('地区生产总值完成286.4亿元，增长6.3%；')
            end = next((j for j in range(i, len(clauses)) if clauses[j].rstrip().endswith(("；", ";"))), len(clauses) - 1)
            item = [req.genre.counts_in(c, req.slots.units) for c in clauses[i : end + 1]]
            found += next((counts for counts in item if counts), [])
    return found


def _with_clock(found: list[Found]) -> list[tuple[int, str]]:
    """Each date with the time of day written right after it ('15日22时'); a time of day alone is none."""
    spans: list[tuple[int, str]] = []
    for f, after in zip(found, [*found[1:], None], strict=False):
        if f.kind is Kind.CLOCK:
            continue
        joined = after is not None and after.kind is Kind.CLOCK and after.start == f.end
        spans.append((f.start, f.date.text + (after.date.text if joined else "")))
    return spans


def _an_hour(text: str) -> bool:
    """An hour of the day as such: with its part of the day (晚间10时, 上午7时) or in 时 ('10时'), not a bare 点 ('宣读5点结论':
    five points)."""
    return not text[0].isdigit() and text[0] not in "一二三四五六七八九十" or "时" in text


def _joined_words(text: str, asked: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The question's words, two written together in it as one (鹤汀 and 花园 of "鹤汀花园充电口"): a name cut in two."""
    out: list[tuple[str, ...]] = []
    for words in asked:
        last = out[-1] if out else ()
        if len(words) == 1 and len(last) == 1 and last[0] + words[0] in text:
            out[-1] = (last[0] + words[0],)
        else:
            out.append(words)
    return out


def _distinct_held(asked: list[tuple[str, ...]], clause: str) -> set[str]:
    """The words of the clause that hold a word or sense of the question, one each: a word held inside another held one
    counts with it (加装电梯 of the question, of ≡lift and of ≡lift_retrofit is one, not three)."""
    held = {max((w for w in words if len(w) >= 2 and w in clause), key=len, default="") for words in asked} - {""}
    return {w for w in held if not any(w != o and w in o for o in held)}


def _subject_of_when(req: Request) -> str:
    """The word right before the question's when-word: what its time is asked of (补贴 of "加装电梯补贴啥时候开始涨")."""
    text = req.question.text.text
    at = min((i for w in req.knowledge.lexicon.question_words.get("when", ()) if (i := text.find(w)) > 0), default=-1)
    before = [(text.rfind(w, 0, at) + len(w), w) for w in req.question.named if has_han(w) and 0 <= text.rfind(w, 0, at)]
    return max(before)[1] if at > 0 and before else ""


def _times(req: Request, sentences: list[Sentence]) -> list[str]:
    """The dates and the times a plan sets (明年一季度) of the sentences, in order; of those, the ones in
    clauses that hold a word of the question, where any do ("二期什么时候开工": 明年一季度, not 2027年底前)."""
    k = req.knowledge  # each word of the question, and each concept by its words (反馈 of "给答复": §response)
    asked = [
        (t,) if not is_group_token(t) else k.synonyms.get(t.lstrip("§"), ()) or k.equivalents.get(t.lstrip("≡"), ())
        for t in req.question.content if has_han(t) or is_group_token(t)
    ]
    asked = _joined_words(req.question.text.text, asked)  # (鹤汀 and 花园 of 鹤汀花园: one name)
    subject = _subject_of_when(req)  # (补贴 of "加装电梯补贴啥时候开始涨": the clause of the thing asked weighs more)
    of_subject = [words for words in asked if subject and subject in words]
    found: list[tuple[float, str]] = []
    clocked = CLOCK_CONCEPT in req.question.content
    for s in sentences:
        for clause in req.genre.clauses_with_marks(s.text):
            titled = [range(m.start(), m.end()) for m in _BOOK_TITLE.finditer(clause)]  # (《阳光问政》2025年第三期: a name)
            dated = [f for f in req.genre.dates.find(clause, (Kind.ANY & ~Kind.ENGLISH) | Kind.CLOCK) if not any(f.start in r for r in titled)]
            spans = _with_clock(dated)
            spans += [(m.start(), m.group()) for m in req.genre.period.finditer(clause) if not any(m.group() in t for _, t in spans)]
            if clocked:  # "晚上几点以后不能开破碎机" of '即日起晚间10时至翌日上午7时停止破碎作业': an hour alone answers, and only an hour
                hours = [(m.start(), m.group()) for m in req.genre.clock_time.finditer(clause) if _an_hour(m.group()) and hour_fits(req, m.group())]
                spans = [(a, t) for a, t in spans if any(h in t for _, h in hours)]
                spans += [(a, h) for a, h in hours if not any(h in t for _, t in spans)]
            near = len(_distinct_held(asked, clause)) + 0.5 * any(w in clause for words in of_subject for w in words if len(w) >= 2)
            found += [(near, t) for t in _ranges(clause, sorted(spans))]
    most = max((n for n, _ in found), default=0)
    return [t for n, t in found if n == most]


def hour_fits(req: Request, hour: str) -> bool:
    """An hour said in the part of the day the question asks of, or in none ("隔天早上几点": '翌日上午7时', not '下午3时40分')."""
    parts = req.knowledge.lexicon.day_parts
    asked = {p for p, words in parts.items() if any(w in t for t in req.slots.times for w in words)}
    said = {p for p, words in parts.items() if hour.startswith(words)}
    return _an_hour(hour) and (not asked or not said or bool(asked & said))  # (not '裁示三点': three points)


_BOOK_TITLE = re.compile(r"《[^》]{1,40}》[^，。；、]{0,10}?(?:期|届|次|版)")

RANGE_JOINS = ("至", "到", "—", "－", "-", "～", "~")  # 11月5日至6日: one span of days


def _ranges(clause: str, spans: list[tuple[int, str]]) -> list[str]:
    """The dates of a clause, two joined by 至 (11月5日至6日) given as the one range the clause writes."""
    out: list[str] = []
    joined = False
    for (a, first), (b, second) in zip(spans, [*spans[1:], (-1, "")], strict=False):
        if joined:
            joined = False
            continue
        end = a + len(first)
        if second and clause.startswith(first, a) and clause.startswith(second, b) and clause[end:b] in RANGE_JOINS:
            out.append(clause[a : b + len(second)])
            joined = True
        else:
            out.append(first)
    return out


def _without_own_attribution(text: str, verbs: tuple[str, ...]) -> str:
    """'他介绍，去年…' -> '去年…': the pronoun and verb that the speaker's name now stands for."""
    m = re.match(r"(?:他|她)(?:还|又|也|并)?(\w{1,3}?)[，,：:]", text)
    return text[m.end() :] if m and m.group(1) in verbs and m.end() < len(text) else text


def _quote(req: Request, sentences: list[Sentence]) -> str:
    """The sentences, each with its speaker when it is someone's statement that does not name them."""
    lines = []
    for s in sentences:
        st = next((st for st in req.facts.statements if st.sentence == s and not st.group), None)
        if st and st.speaker not in s.text:
            speaker = romanize(req, st.speaker) if req.en else st.speaker
            text = _without_own_attribution(s.text, req.genre.statement_verbs)  # not '某某介绍：他介绍，…'
            lines.append(req.msg("said_line", speaker=speaker, verb=verb_text(req, st.verb), text=text))
        else:
            lines.append(bullets([s]))
    return "\n".join(lines)


def _people_in(req: Request, sentences: list[Sentence]) -> list[Person]:
    everyone = [*req.facts.people, *req.facts.mentioned]
    named = [p for p in everyone if any(p.name in s.text for s in sentences)]
    speakers = {st.speaker for st in req.facts.statements if st.sentence in sentences and not st.group}
    speakers |= {pronoun_of(req, s) for s in sentences} - {None}  # ('他随后当场递交…': the one the paragraph named before)
    return named + [p for p in req.facts.people if p.name in speakers and p not in named]


def _who_came(req: Request, people: list[Person]) -> list[Person]:
    """Asked who came ("住建局来了谁"), those who took part, not one who sent another ('副局长逄某因…，委托股长蓟某参会')."""
    if ATTEND not in req.question.content or req.question.has("absent"):
        return people
    came = {p.name for p in req.facts.people}
    return [p for p in people if p.name in came] or people


def _whose_words(req: Request, sentences: list[Sentence], people: list[Person]) -> list[Person]:
    """Of several people whose words one sentence holds ('A认为…；B提醒…，安排专人24小时值守；C指出…'), those whose own
    words hold most of the question's ("那个说要派人24小时守着的是谁？": B)."""
    said: dict[str, str] = {}
    for st in req.facts.statements:
        if st.sentence in sentences and not st.group:
            said[st.speaker] = said.get(st.speaker, "") + st.text
    if len(people) < 2 or len(said) < 2:
        return people
    terms = [t for t in req.question.content if has_han(t) and not is_group_token(t)]
    terms += [w for t in req.question.content if is_group_token(t) for w in req.knowledge.equivalents.get(t.lstrip("≡"), ())]
    held = {p.name: sum(t in said.get(p.name, "") for t in dict.fromkeys(terms)) for p in people}
    most = max(held.values())
    return [p for p in people if held[p.name] == most] if most else people


def _doers(req: Request, sentences: list[Sentence], people: list[Person]) -> list[Person]:
    """Of several people, those whose words hold the question's, then those named with the act asked; the act first where
    the question asks who answered ("…坑洞多，谁回应的？": who answered it, not who raised it in more of its words)."""
    if RESPONSE_CONCEPT in req.question.content:
        return _whose_words(req, sentences, _by_the_act(req, sentences, people))
    return _by_the_act(req, sentences, _whose_words(req, sentences, people))


def _named_with_it(req: Request, sentences: list[Sentence], people: list[Person]) -> list[Person]:
    """Of several people, those named in the item (cut at ；) that holds the thing asked about ("杏坛芬芳奖是谁得到？":
    '杏坛芬芳奖由…篮美惠获得', not the two 师铎奖 winners of the item before); else all of them."""
    names = [p.name for p in (*req.facts.people, *req.facts.mentioned)]
    words = [t for t in req.question.named if has_han(t) and len(t) >= 2 and not any(t in n or n in t for n in names)]
    items = [c for s in sentences for c in re.split("[；;]", s.text)]  # (its item: '…师铎奖，分别是A、B；')
    named = named_where_asked(people, [items], words) if len(people) > 1 else []
    return named or people


def _by_the_act(req: Request, sentences: list[Sentence], people: list[Person]) -> list[Person]:
    """Of several people, those named in a clause with the act asked ("谁来牵头包案？": '由勾雪峰牵头包案', not the
    冼知秋 who decided it nor the 戚女士 who raised the case); else all of them."""
    names = [p.name for p in (*req.facts.people, *req.facts.mentioned)]
    acts = [t for t in req.question.content if not is_group_token(t) and has_han(t) and len(t) >= 2 and t in req.question.verbal
            and not any(t in n for n in names)]
    clauses = [c for s in sentences for c in req.genre.clauses_with_marks(s.text) if acts and any(a in c for a in acts)]
    doers = [p for p in people if any(p.name in c for c in clauses)]
    if not doers and _acting_bodies(req, sentences):
        return []  # ('县住建局牵头，5月31日前完成…': a body does it, not the one who said so)
    return doers or people if len(people) > 1 else people


def _acting_bodies(req: Request, sentences: list[Sentence]) -> list[str]:
    """The bodies a clause names right before the act asked ("背街小巷改造谁牵头": '县住建局牵头，…'), in a clause that holds
    a word of the question or is followed by one that does."""
    acts = [t for t in req.question.content if not is_group_token(t) and has_han(t) and len(t) >= 2 and t in req.question.verbal]
    words = [t for t in req.question.named if has_han(t) and len(t) >= 2 and t not in acts]
    # (…and a word of the same sense, 补助 of 出资 ("鉴定费用谁出": '…由县财政补助一半'))
    acts += [w for t in req.question.content if t.startswith(EQUIVALENT) for w in req.knowledge.equivalents.get(t[1:], ())
             if has_han(w) and len(w) >= 2 and w not in acts and t[1:] in req.knowledge.lexicon.acting_groups]
    found = []
    for s in sentences:
        parts = re.split("[；;]", s.text)
        for part in parts:
            if not any(w in part for w in words):
                continue
            for a in acts:
                m = re.search(rf"(?:^|[，,：:])\s*(?:由)?([^，,：:；;。]{{2,20}}?(?:{'|'.join(map(re.escape, req.genre.organization_suffixes))}))(?:{re.escape(a)})", part)
                if m:
                    found.append(m.group(1).split("由")[-1])  # (县财政 of '鉴定费用由县财政补助一半')
    return list(dict.fromkeys(found))


def _owning_bodies(req: Request, sentences: list[Sentence]) -> list[str]:
    """"'1310' deployment，是谁定的部署": the body the report writes right before a term the question quotes ('…落实省委“1310”
    具体部署'): whose it is."""
    levels = "".join(req.genre.body_levels)  # (a level and its body, 省委, 县政府: not 举办 of '…举办“百校千岗”')
    pattern = f"([{levels}](?:{'|'.join(map(re.escape, req.genre.level_bodies))}))[“\"「]?"
    return list(dict.fromkeys(m.group(1) for t in req.question.quoted for s in sentences for m in re.finditer(pattern + re.escape(t), s.text)))


def _counted_unnamed(req: Request) -> list[Sentence]:
    """A who-question on a count of people it states ("那3人都是谁"), of a clause of the report that gives that count after
    a word of the question and names no one ('…评出优秀12人、合格50人、不合格3人'): that sentence; else none."""
    q = req.question
    people_units = req.genre.unit_kinds.get("people", ())
    counts = [f for f in req.slots.figures if req.genre.figure(f).unit in people_units]
    if q.kind != "who" or q.yes_no or not counts:
        return []
    names = [p.name for p in (*req.facts.people, *req.facts.mentioned)]
    words = [w for w in q.named if has_han(w) and len(w) >= 2]
    found = [s for s in req.facts.article.sentences for c in req.genre.clauses_with_marks(s.text)
             if any(f in c and any(w + f in c.replace("的", "") for w in words) for f in counts) and not any(n in c for n in names)]
    return list(dict.fromkeys(found))[:1]


def _noun_unnamed(req: Request, sentences: list[Sentence], people: list[Person]) -> bool:
    """A who-question on one the question calls by what they are to their customers (老板, 店主: genre owner_nouns) or by what
    befell them (工人 of 坠楼的那个工人: individual_nouns), which the
    sentences write in a clause that names no one found: the report gives that one no name (the ones it names did something
    else: '…老板电话打不通' in a complainer's words)."""
    q = req.question
    if q.kind != "who" or q.yes_no or req.slots.role or req.slots.person or not people:
        return False
    nouns = {*req.genre.owner_nouns, *req.genre.individual_nouns}  # (not 居民 of "哪位居民反映…", whom a resident's own words name; nor 公司, 企业)
    asked = [w for w in q.named if w in nouns and not any(w in quoted for quoted in q.quoted)]  # (乘客 of 「把每一位乘客…」)
    clauses = [c for s in sentences for c in req.genre.clauses_with_marks(s.text) if any(w in c for w in asked)]
    return bool(clauses) and not any(p.name in c for p in people for c in clauses)


def _post_asked(req: Request) -> str | None:
    """The post a who-question asks the holder of: not a verb (代表 of 谁代表调研组…) nor a group (市领导)."""
    role = req.slots.role
    if not role or req.genre.roster_adverbials.fullmatch(role) or role.endswith(tuple(req.genre.group_words)):
        return None
    text = req.question.text.text
    at = text.find(role)
    if at >= 0 and text.startswith(tuple(b for b in req.genre.organization_suffixes if len(b) >= 2), at + len(role)):
        return None  # (常委 of 常委班子: a body named, no post asked)
    if req.question.has("after_them"):  # "侨商发言完之后，哪位领导回应？": the ones after whom, not the post asked
        text = req.question.text.text
        after = [i for w in req.knowledge.lexicon.facets.get("after_them", ()) if (i := text.find(w)) >= 0]
        if after and 0 <= text.find(role) < min(after):
            return None
    return role


def _rest_unnamed(req: Request, sentences: list[Sentence], people: list[Person]) -> bool:
    """The rest of a group are asked for ("另外三位是谁") where the report names fewer than it counts ('A、B、C等六位…')."""
    if not req.question.has("the_rest") or req.question.yes_no:
        return False
    after = [s.text.split("等", 1)[1][:8] for s in sentences if "等" in s.text]  # ('…等六位侨商代表': the count after 等)
    counted = [req.genre.figure(c).value for text in after for c in req.genre.counts_in(text)]
    return any(n is not None and n > len(people) for n in counted)


def _member_of_body(req: Request, sentences: list[Sentence]) -> Person | None:
    """The one participant whose title holds a body the question names, written short or in full (消防大队 of
    县消防救援大队大队长), where the sentences found name that body and no one (a group of bodies' heads spoke)."""
    terms = [t for t in req.question.terms if has_han(t)]  # (消防 + 大队: the body, which jieba cut in two)
    joined = [("".join(terms[i:j])) for i in range(len(terms)) for j in range(i + 1, min(len(terms), i + 3) + 1)]
    bodies = [w for w in joined if len(w) >= 3 and any(_in_order(w, s.text) for s in sentences)]
    found = {p.name: p for w in bodies for p in req.facts.people if any(_in_order(w, r) for r in p.roles)}
    return next(iter(found.values())) if len(found) == 1 else None


def _in_order(word: str, text: str) -> bool:
    """Every character of `word` in `text`, in order, within twice its length (消防大队 in 消防救援大队)."""
    at = text.find(word[0])
    while at >= 0:
        i, j = 1, at + 1
        while i < len(word) and j < min(len(text), at + 2 * len(word)):
            i, j = (i + 1, j + 1) if text[j] == word[i] else (i, j + 1)
        if i == len(word):
            return True
        at = text.find(word[0], at + 1)
    return False


def _who(req: Request, sentences: list[Sentence], quote: str, note: str = "") -> Composed:
    owners = _owning_bodies(req, sentences) if req.question.kind == "who" and not req.question.yes_no else []
    if owners:  # (not the chair who named it, nor a title asked beside it)
        return Composed(note + req.join(owners) + "\n" + req.msg("reading_says") + "\n" + quote, True, tuple(sentences))
    people = _people_in(req, sentences)
    if req.question.has("whom"):  # "禤静宜给谁授的牌": those it was done to, not the one asked of
        asked = {*req.slots.people, req.slots.person}
        clauses = [c for s in sentences for c in req.genre.clauses_with_marks(s.text) if any(n and n in c for n in asked)]
        doers = {p.name for p in people if set(p.actions) & set(rare_acts(req))}  # (and not who did it too)
        people = [p for p in people if p.name not in asked | doers and any(p.name in c for c in clauses)]
    else:
        people = givers(req, by_act(req, people))  # "谁签的约": 签约, not 见证签约; "谁颁的奖": not who got it
    people = _who_came(req, people)
    people = _named_with_it(req, sentences, _doers(req, sentences, people))
    # "评估不合格的那3个人都是谁": '…不合格3人', a count the report gives no names of; "美容店那个老板叫啥": '…老板电话打不通'
    # names no 老板 (仉某 complained); "…拆除回收由谁负责": '…由谁负责' asks it too
    counted = _counted_unnamed(req)
    unnamed = counted or (sentences if _noun_unnamed(req, sentences, people) or asks_it_too(req, sentences[0]) else [])
    if unnamed:
        return Composed(note + req.msg("reading_unnamed") + "\n" + (bullets(counted) if counted else quote), False, tuple(unnamed), final=True)
    post = _post_asked(req)
    if post and req.question.kind == "who":  # "调研组组长是谁？": one who holds it, not anyone named beside it
        holders = {*role_holders(req, post), *mentioned_holders(req, post)}  # (辞去…副县长职务)
        # …or named in the clause that gives the post ('班主任由…科长闾思源担任', not 蒉文博 who announced it)
        clauses = [c for s in sentences for c in req.genre.clauses_with_marks(s.text) if post in c]
        holders = holders or {p.name for p in people if any(p.name in c for c in clauses)}
        # …else one whose title holds the post, not as a deputy's (律师 of 某律师事务所主任)
        holders = holders or {p.name for p in people if any(post in r and f"副{post}" not in r for r in p.roles)}
        people = [p for p in people if p.name in holders]
    one = post or req.question.has("one_person")  # (not 谁 of '…等部门负责人答复')
    if not people and one and req.question.kind == "who" and not req.question.yes_no and not req.slots.name_words \
            and not req.question.has("which") and not req.question.has("besides"):
        # no holder of the post asked is named ("民政部是哪位领导来的？"; but "茹清源是哪位专家？" of '茹清源大道' is answered
        # by what the report says of the name, and "还请了哪些人" by the groups it names)
        return Composed(note + req.msg("reading_unnamed") + "\n" + quote, False, tuple(sentences), final=True)
    bodies = _acting_bodies(req, sentences) if not people else []
    if bodies and not req.question.yes_no:  # "背街小巷改造谁牵头": the body the report says leads it
        return Composed(note + req.join(bodies) + "\n" + req.msg("reading_says") + "\n" + quote, True, tuple(sentences))
    if not people:
        member = _member_of_body(req, sentences)  # '…县消防救援大队等7个单位主要负责人作表态发言' — and its head, named
        if member is not None:
            said = [s for s in member.evidence if s not in sentences][:1]
            quote = bullets([*sentences, *said])
            return Composed(note + name_with_title(req, member) + "\n" + req.msg("reading_says") + "\n" + quote, True,
                            tuple([*sentences, *said]), member.name)
        return Composed(note + req.msg("reading_says") + "\n" + quote, True, tuple(sentences))
    if _rest_unnamed(req, sentences, people):  # "六位侨商代表…另外三位是谁？" of 'A，B，C等六位侨商代表先后发言'
        names = req.join([p.name for p in people])
        return Composed(note + req.msg("reading_rest_unnamed", names=names) + "\n" + quote, False, tuple(sentences), final=True)
    who = req.msg("item_sep").join(name_with_title(req, p) for p in people)
    person = people[0].name if len(people) == 1 else None
    return Composed(note + ("\n" if note else "") + who + "\n" + req.msg("reading_says") + "\n" + quote, True, tuple(sentences), person)
