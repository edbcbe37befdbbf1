"""Which answer a question gets: the intent's composer, the reading path, or a refusal.

    an intent that answers                        -> its answer
    else the reading path, when it covers enough  -> the clauses that say it (READING_THRESHOLD)
    else a refusal that is true: it names a word only when the report never uses that word
         nor any synonym of it, and it says what the report does cover

The threshold is set from the calibration table in the README (confidence bucket -> accuracy
on the question sets), measured with tests/calibration.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .answers import Composed, Request
from .answers.base import bullets, figure_verdict, gives_time, unwritten
from .dates import chinese_number
from .facts import Facts
from .genre import Genre
from .intents import Knowledge
from .reading import Reading
from .scripts import has_han
from .understanding import Parse
from .understanding.misquote import quoted_words
from .understanding.question import FIGURE_CONCEPT
from .understanding.tokens import CONCEPT, EQUIVALENT, is_group_token

READING_THRESHOLD = 0.72  # the reading path answers when its best sentence covers this much (calibrated)
OVERRIDE_MARGIN = 0.35  # …and over an intent's answer whose evidence covers this much less of the question
WEAK_EVIDENCE = 0.3  # a yes/no's answer whose evidence covers less than this may be overridden too
WHOLE = 0.95  # a reading that covers this much of the question holds all of it
SAID_OTHERWISE_MARGIN = 0.1  # …over an answer that misses a word the asker said otherwise (靠国外买: 依赖进口), this much more
NEXT_SESSION = "next_session"  # the facet and the concept of the next session (lexicon facets, synonyms)
MIN_QUOTED = 4  # characters of a quoted passage that tells, written verbatim, whose words they are
RUNNER_UP_MARGIN = 0.05  # an intent that scored within this of the top one answers when the top one finds nothing
HELD_FLOOR = 0.6  # a reading this close that holds every word of the question the report writes answers over a refusal
MIN_HELD_COVERED = 2  # …where it holds this many of them and lacks only one the report never writes
HELD_NOT_OVER = ("place", "date", "when_where", "figures")  # …and no such refusal of a place, a time or a figure
CLOCK = "§clock"  # 几点, what time (intents/synonyms.yaml clock)
SAID_ALL_HELD = 3  # …or that holds every one of these many things the question says in its own words (equivalences)
VALUE_FLOOR = 0.38  # a reading this close that gives a time or figure of the kind asked answers over a refusal of one (calibrated)


@dataclass(frozen=True)
class Choice:
    composed: Composed
    source: str  # "intent", "reading" or "refusal"
    confidence: float


def choose(
    parse: Parse,
    intent_answer: Composed | None,
    reading: Reading | None,
    evidence: tuple[float, set[str]] = (1.0, set()),
    meeting_name: str | None = None,
    said_otherwise: frozenset[str] = frozenset(),
    pronouns: frozenset[str] = frozenset(),
    subject: frozenset[str] = frozenset(),
) -> Choice | None:
    """The answer to give, or None when only a refusal is left. An intent's answer stands,
    unless the reading path found a word the question asks about that the answer's own
    sentences miss, and covers much more ("What problems did X acknowledge?" answered with
    X's titles)."""
    if reading is not None and parse.question.has(NEXT_SESSION) and CONCEPT + NEXT_SESSION not in reading.covered:
        reading = None  # "下一次…主题是什么？": a sentence on this meeting's theme says nothing of the next one's
    if reading is not None and parse.question.has("contents") and reading.confidence >= READING_THRESHOLD \
            and not reading.composed.answered and reading.composed.evidence:
        return Choice(reading.composed, "reading", reading.confidence)  # "“1310”具体包括哪些？": named, not spelt out
    if reading is not None and reading.denies and reading.confidence >= READING_THRESHOLD and not (intent_answer and intent_answer.denies):
        return Choice(reading.composed, "reading", reading.confidence)  # "扈某是到现场参会的吗？": '…通过视频连线方式参会'
    if intent_answer is not None and intent_answer.answered:
        covers, held = evidence
        better = reading is not None and reading.confidence >= READING_THRESHOLD
        if better and (_literal_terms(parse, reading, intent_answer) or _bare_topic(parse, reading, covers)) \
                or reading is not None and _quoted_elsewhere(parse, reading, intent_answer):
            return Choice(reading.composed, "reading", reading.confidence)
        slots = parse.slots  # a yes/no answered beside the point ("did he interact…?" with a list), not one on a premise
        listed = parse.intent is not None and parse.intent.answer in LIST_ANSWERS
        weak = covers < WEAK_EVIDENCE and listed and not (slots.place or slots.date or slots.person or slots.figures)
        if better and weak and parse.question.yes_no and reading.confidence >= WHOLE:  # "省长有跟企业家互动吗？": not the group's views
            return Choice(reading.composed, "reading", reading.confidence)
        extra = _ignored_words(parse, reading, held, meeting_name, said_otherwise) if better else set()
        if parse.question.yes_no and not weak:  # a yes/no's answer stands, unless a list answers beside what is asked
            # ("有没有插话互动": not who spoke; 大家 names no one asked)
            extra = {t for t in extra if listed and t in reading.distinctive and t not in pronouns}
        margin = OVERRIDE_MARGIN if any(not t.startswith(EQUIVALENT) for t in extra) else SAID_OTHERWISE_MARGIN  # (国外买)
        if not (extra and reading.confidence - covers >= margin > 0):
            return Choice(intent_answer, "intent", parse.confidence)
    said_by = parse.slots.person is not None or parse.question.kind == "who" or parse.question.has("who_said_it")
    if reading is not None and (reading.confidence >= READING_THRESHOLD or said_by and _quoted_elsewhere(parse, reading, intent_answer)
                                or _all_held_covered(parse, reading) or _value_given(parse, reading) or _distinctive_held(parse, reading, subject)
                                or _next_session_told(parse, reading)):
        return Choice(reading.composed, "reading", reading.confidence)
    return None


def _next_session_told(parse: Parse, reading: Reading) -> bool:
    """"今年还会再开这样的座谈会吗": a sentence that tells of the next session ('今年“八一”前将再次召开座谈会') and holds
    everything else asked answers, however few words the question names."""
    q = parse.question
    return q.has(NEXT_SESSION) and reading.composed.answered and all(t in reading.covered for t in q.content)


SAID_OTHERWISE_LEFT = 1  # equivalents (things said otherwise) a yes/no's sentence may lack, besides the meeting's own subject


def _distinctive_held(parse: Parse, reading: Reading, subject: frozenset[str] = frozenset()) -> bool:
    """A yes/no whose every distinctive word (two or more) the reading's sentence holds, the rest being words of the meeting's
    own subject or said otherwise ("加梯自己出的那份钱能用住房公积金吗" of '…住户出资部分还可申请提取住房公积金'): it answers,
    close as it is; one that states a figure, only where the sentence says no to it with its own ("101室最后拿到的补偿是3万块对吧"
    of '…拿出2万元作为对101室的一次性补偿'), closer still. Not where the question names a word the report never writes."""
    q = parse.question
    figured = bool(parse.slots.figures)
    floor = VALUE_FLOOR if figured else HELD_FLOOR
    if not q.yes_no or q.absent or figured and not reading.composed.denies or reading.confidence < floor \
            or not reading.composed.answered or q.counts or FIGURE_CONCEPT in q.content:
        return False  # (nor one that asks a figure: "…报道里说了每个中心补多少钱吗？" of a sentence that gives none)
    held = len(reading.distinctive) >= MIN_HELD_COVERED and all(t in reading.covered for t in reading.distinctive)
    if figured or not held:
        return held
    # (what the question asks of them must be held too: 通过 of "…那个提案最后有没有通过", 重不重 of "那个人伤得重不重" are
    # no words of the meeting's subject, and a sentence without them says no yes)
    lacking = [t for t in q.content if t not in reading.covered and not t.startswith(CONCEPT) and t not in subject]
    return not any(not t.startswith(EQUIVALENT) for t in lacking) and len(lacking) <= SAID_OTHERWISE_LEFT


def _value_given(parse: Parse, reading: Reading) -> bool:
    """"主沟渠工程什么时候动工", "老板那边最多只能接受涨多少", refused ("no such figure", "no time given"), where the reading's
    sentence holds a word of the question few clauses hold and gives a time or a figure of the kind asked
    ('工程预计6月动工、10月底完工'): a refusal there would be false. Not a yes/no (its premise is checked on its own)."""
    q, person = parse.question, parse.slots.person
    # (a thing named only by a word the report says otherwise, ≡upkeep of 维修保养费 against its 维保费用, is distinctive too)
    said = [t for t in q.content if t.startswith(EQUIVALENT)]
    named = reading.distinctive or not q.named and any(t in reading.covered for t in said) \
        or len(said) >= SAID_ALL_HELD and all(t in reading.covered for t in said)  # (厂商答应晚上几点后…: ≡plant_side, ≡promise, ≡at_night)
    if q.yes_no or not reading.value or not named or reading.confidence < VALUE_FLOOR:
        return False
    if q.absent:
        return False  # ("利润总额是多少", "视察花了多少经费" of a report that never writes 利润, 经费: its other figures are no answer)
    stated = {f for f in (*parse.slots.figures, *parse.slots.stated) if f}
    if any(f in reading.value for f in stated) or any(v in f for v in reading.value.split("、") for f in stated if v):
        return False  # ("那2800万元的专项资金里，有多少用在…": a part of the figure asked, not the figure the question states)
    lacking = [t for t in q.named if t not in reading.covered]
    if len(lacking) > 1:
        return False  # (one word the sentence lacks, which another names: 主沟渠 of '工程预计6月动工'; not two)
    return person is None or any(person in s.text for s in reading.composed.evidence)  # (of one named: a sentence naming them)


def _all_held_covered(parse: Parse, reading: Reading) -> bool:
    """"平台对卖货的直播间怎么处理的", refused (by an intent, or by none answering), where the reading's sentence holds every
    word of the question the report writes, at least two ('平台已对涉事直播间作出停播整改处理'), and lacks only one word the report
    never writes (卖货): a refusal there would be false. Not a yes/no (unheld_only notes the words it lacks), nor a count, a time, a
    place or a which, which only a sentence that gives one answers."""
    q = parse.question
    if q.yes_no or q.counts or q.kind in ("when", "deadline", "where", "who") or reading.confidence < HELD_FLOOR or not reading.composed.answered:
        return False
    if parse.slots.which or parse.intent is not None and parse.intent.answer in HELD_NOT_OVER:
        return False  # ("冷链物流中心选址在哪个镇？": a place, which a sentence without one does not give)
    if asks_about_term(parse):
        return False  # ("政产学研用金这六个字分别指的是哪六方？": a term's parts, which a sentence naming it does not spell out)
    if parse.slots.person or parse.slots.role:
        return False  # (what a named one said: the intent's "records nothing X said" is true, a roster's line no answer)
    uncovered = [t for t in q.content if t not in reading.covered and not t.startswith(CONCEPT)]  # (≡arrears of 欠款: a thing)
    covered = [t for t in q.named if t in reading.covered]
    return len(uncovered) == 1 and uncovered[0] in q.absent and len(covered) >= MIN_HELD_COVERED  # (one word lacking, not two)


def _literal_terms(parse: Parse, reading: Reading | None, answer: Composed) -> set[str]:
    """"报道提到意见了吗？", "政产学研用金是什么？": a question about a term itself, answered by an
    intent whose sentences do not write the term (a list of who proposed what; 建言献策 for 建议)."""
    if reading is None or not asks_about_term(parse):
        return set()
    said = [s.text for s in answer.evidence]
    # (支持 of "有没有说融资这块怎么支持": a verb of the asking, no term asked about; but "反映是什么" asks of the verb itself)
    framing = set() if parse.question.has("define") else set(parse.question.verbs)
    return {t for t in reading.covered if not is_group_token(t) and has_han(t) and t not in framing and not any(t in s for s in said)}


UNHELD_FLOOR = 0.6  # a yes/no's reading that misses only the words the report never writes, at least this close
MIN_TERM = 3  # characters of a term of the question that, held by the reading's sentence, says it is about the thing asked


def unheld_only(parse: Parse, reading: Reading | None) -> bool:
    """A yes/no whose words the reading's sentence all holds but those the report never writes (芯片 of "是不是说还要聚焦
    芯片", the report's 算力、数据、算法: its topic's other members): the sentence answers, led by saying so."""
    q = parse.question
    if reading is None or not q.yes_no or not q.unheld or reading.confidence < UNHELD_FLOOR or not reading.composed.evidence:
        return False
    if q.has("when") or CONCEPT + "figure" in q.content:
        return False  # ("有冇講過幾時出台…撥幾多錢": a time or a figure asked, which no sentence of its kind gives)
    uncovered = [t for t in q.content if t not in reading.covered]
    if not uncovered or any(not t.startswith(EQUIVALENT) and t not in q.unheld for t in uncovered):
        return False
    # (its kind is what the sentence is about; or a term of three characters or more the sentence holds, 产学研 of
    # "产学研合作那套省长有提吗": '加强“政产学研用金”结合', only 合作 unwritten)
    return any(t.startswith(CONCEPT + "topic:") for t in reading.covered) or any(len(t) >= MIN_TERM for t in reading.distinctive)


def _quoted_elsewhere(parse: Parse, reading: Reading, answer: Composed | None) -> bool:
    """"“今天不念稿子…”这句话是县长某某说的吧？": words the asker quotes, which the reading's sentences write and the
    intent's do not (the one who did say them answers)."""
    quoted = [q for q in quoted_words(parse.question.text.text) if len(q) >= MIN_QUOTED]
    held = lambda sentences: any(q in s.text for q in quoted for s in sentences)  # noqa: E731
    return bool(quoted) and held(reading.composed.evidence) and not held(answer.evidence if answer else ())


def _bare_topic(parse: Parse, reading: Reading, covers: float) -> bool:
    """The topic intent on words alone (no topic of the lexicon named: "调研组还开过哪些会、请了
    哪些人提意见？"), answered with sentences that cover less than the reading's best."""
    intent = parse.intent
    return intent is not None and intent.answer == "topic" and parse.slots.topic is None and reading.confidence > covers


def asks_about_term(parse: Parse) -> bool:
    """"报道提到建议了吗？", "X是什么？", "X具体包括哪些？": the question is about a term, not a person,
    place or date."""
    q, slots = parse.question, parse.slots
    return (q.has("mention") or q.has("define") or q.has("contents")) and not (slots.person or slots.place or slots.date)


def _ignored_words(
    parse: Parse, reading: Reading | None, held: set[str], meeting_name: str | None = None, said_otherwise: frozenset[str] = frozenset(),
) -> set[str]:
    """Words of the question the reading found and the intent's answer ignored: not a slot the
    intent read (a place, a person, a title), not one of its own cue words."""
    if reading is None or parse.intent is None:
        return set()
    slots = parse.slots
    used = {slots.person, slots.place, slots.role, slots.group, *slots.roles, *slots.topic_terms, *slots.people}
    used |= set(parse.intent.keywords) | set(parse.intent.hints)
    name = meeting_name or ""  # 泊岚, 政企 of "这是泊岚第几期政企早茶会？": the meeting named, nothing asked
    # (an English question the reading covers whole, whose words are all the glossary's concepts — "What
    # consensus did the participants reach?": 共识, 达成 — weighs them as it would distinctive ones)
    # (…and beside a distinctive word the intent read: "which sectors does the governor want AI merged into?")
    whole = {*reading.distinctive, *(reading.covered if parse.question.en and reading.confidence >= WHOLE else ())}
    words = {t for t in whole if not is_group_token(t) and t not in held and t not in used and t not in name}
    # …and a word the asker said in other words (国外买: ≡imported), when the reading answers
    equal = {t for t in reading.covered if t in said_otherwise and t not in held} if reading.confidence >= READING_THRESHOLD else set()
    return words | equal


def other_session(parse: Parse, facts: Facts, genre: Genre) -> tuple[str, str] | None:
    """(the report's session, the one asked) when the question names another session of the meeting
    ("第八期早茶会定在哪天？" of a report on the 第七期) than the report's, which its name or headline
    gives, and the report says nothing of the one asked (前六期… may be asked of: the reading path)."""
    asked = parse.slots.ordinal
    named = facts.meeting.value if facts.meeting else ""
    own = genre.ordinal(named) or genre.ordinal(facts.article.title or "")
    if asked and not own and parse.question.counts:  # "第一次公听会有几个人发言" of '…第一场后的第二场公听会': none given
        own = genre.session_said(facts.article.text, named)
        asked = asked[:-1] + own[-1] if own and asked[-1] in genre.session_units and own[-1] in genre.session_units else asked
    if not (asked and own) or asked[-1] != own[-1] or _session(asked) == _session(own):
        return None  # (第一次参加 of a report on the 第七期: no session of it)
    if any(_session(m.group()) == _session(asked) for m in genre.ordinal_pattern.finditer(facts.article.text)):
        return None
    return own, asked


def _session(ordinal: str) -> int | str:
    """'第八期' and '第8期' are one session."""
    number = chinese_number(ordinal[1:-1]) if not ordinal[1:-1].isdigit() else int(ordinal[1:-1])
    return number if number is not None else ordinal


def true_refusal(composed: Composed | None, parse: Parse, facts: Facts, knowledge: Knowledge, script: str) -> Composed:
    """A refusal that names only a word the report never uses, and says what the report covers."""
    q = parse.question
    if composed is not None and (composed.absent is None or _truly_absent(composed.absent, parse, facts, knowledge)):
        if composed.final or composed.absent:  # a word named as absent says enough
            return composed
        return replace(composed, text=composed.text + "\n" + covers(facts, knowledge, script))
    msg = knowledge.message
    lead = msg("not_mentioned", script, word=q.missing[0]) + "\n" if q.missing else ""
    return Composed(lead + msg("fallback", script) + "\n" + covers(facts, knowledge, script), False,
                    absent=q.missing[0] if q.missing else None)


LIST_ANSWERS = ("attendees", "speakers", "group_views", "figures", "research", "summary")


def unmentioned_premise(parse: Parse) -> str | None:
    """The word of a yes/no the report never mentions, which a list would answer beside the
    point: "有没有邀请香港商界代表参加？" (the report names no 香港). Not the intent's own cue words
    (走访 for research: the report's 深入…开展调研), nor when a figure is the premise to check
    ("是不是走访了100多家企业？" is answered by the figure the report gives)."""
    q, intent = parse.question, parse.intent
    if not q.yes_no or intent is None or intent.answer not in LIST_ANSWERS or parse.slots.figures or q.premise:
        return None  # ("企业反映的困难是原材料涨价吗？": the list answers it, corrected — premise_noted)
    cues = {*intent.keywords, *intent.hints}
    unheld = q.unheld if q.en else ()  # ("Did X really announce an AI fund?": the report's word for fund, 基金, it never writes)
    return next((w for w in (*q.missing, *unheld) if w not in cues), None)


def premise_noted(parse: Parse, composed: Composed | None, knowledge: Knowledge, script: str) -> Composed | None:
    """A list that answers a yes/no on what the report never says it holds ("企业反映的困难是原材料
    涨价吗？"), led by saying the report does not mention that."""
    q, intent = parse.question, parse.intent
    if composed is None or not (q.premise and composed.answered and intent is not None and intent.answer in LIST_ANSWERS):
        return composed
    return replace(composed, text=unwritten(q.premise, lambda key, **v: knowledge.message(key, script, **v)) + composed.text)


def unchecked_figure(req: Request, composed: Composed) -> bool:
    """A yes/no on a figure that the intent's answer holds no figure to check by."""
    return req.question.yes_no and bool(req.slots.figures) and not figure_verdict(req, composed.evidence)


MAX_REPORTED = 2  # sentences quoted for a misquote or a figure of something else, when nothing else answers


def misquote_noted(parse: Parse, composed: Composed, facts: Facts, knowledge: Knowledge, script: str) -> Composed:
    """Words quoted otherwise than the report writes them (“政产学研金用”): the answer says how it does; where
    nothing else answers, the sentences that write them do."""
    pairs = parse.question.misquoted
    if not pairs:
        return composed
    note = "".join(knowledge.message("premise_quote", script, asked=a, written=w) for a, w in pairs)
    if composed.answered:
        return replace(composed, text=note + composed.text)
    said = [s for s in facts.article.sentences if any(w in s.text for _, w in pairs)][:MAX_REPORTED]
    if not said:
        return composed
    return Composed(note + knowledge.message("reading_says", script) + "\n" + bullets(said), True, tuple(said))


def figure_elsewhere(parse: Parse, composed: Composed, facts: Facts, knowledge: Knowledge, script: str) -> Composed:
    """A yes/no on a figure the report gives, of something else ("听说有50多家企业来参加了？" of '深入…50多家关联
    企业…开展调研'), that nothing answers: the sentences that give it, said to be about another thing."""
    q = parse.question
    if composed.answered or not q.yes_no or not parse.slots.figures or not parse.intent or parse.intent.answer != "figures":
        return composed  # (a figure that only says which ones, "签约的23个项目里有没有外资企业", is no count asked)
    said = [(f, s) for f in parse.slots.figures for s in facts.article.sentences if f in s.text][:MAX_REPORTED]
    if not said:
        return composed
    text = knowledge.message("figure_elsewhere", script, figure=said[0][0]) + "\n" + bullets(s for _, s in said)
    return Composed(text, True, tuple(dict.fromkeys(s for _, s in said)))


def untimed(req: Request, composed: Composed) -> bool:
    """A yes/no on when something is to be done ("有没有承诺在什么时候之前出台…？") that the answer's sentences give no
    time for: no yes on it."""
    return req.question.yes_no and req.question.has("when") and not any(gives_time(req, s.text) for s in composed.evidence)


def unclocked(req: Request, composed: Composed) -> bool:
    """An hour asked ("预算审查开到几点才散会") that the answer's sentences give none of: no answer of it."""
    q = req.question
    return not q.yes_no and q.kind == "when" and CLOCK in q.content and not any(req.genre.clock_time.search(s.text) for s in composed.evidence)


def unconditioned(req: Request, composed: Composed) -> bool:
    """"我是开咖啡店的，可以申请吗？有什么资格要求？" answered with sentences that say no one's conditions (genre
    condition_marks): no yes on it."""
    q = req.question
    if not q.has("eligibility") or not composed.answered or not (q.yes_no or q.kind in ("what", "list")):  # ("几时可以申请", "几多岁先可以申请": a time, a figure)
        return False
    return not any(m in s.text for s in composed.evidence for m in req.genre.condition_marks)


def who_do_you_mean(facts: Facts, knowledge: Knowledge, script: str) -> Composed:
    """A pronoun with no one to point to: ask back, naming the report's people (speakers first)."""
    names = list(dict.fromkeys([*facts.speakers, *(p.name for p in facts.people)]))[:8]
    sep = knowledge.message("list_sep", script)
    return Composed(knowledge.message("who_do_you_mean", script, names=sep.join(names)), False)


def _truly_absent(word: str, parse: Parse, facts: Facts, knowledge: Knowledge) -> bool:
    """A word a refusal may name: the question's own, and nowhere in the report."""
    q, slots = parse.question, parse.slots
    own = {*q.missing, *slots.name_words, *slots.english_names, slots.asked_phrase, slots.role, slots.person}
    if word not in own or word in facts.article.text:
        return False
    # nor any word that stands for it (私募基金: the report's 私募股权投资)
    return not any(w in facts.article.text for words in knowledge.equivalents.values() if word in words for w in words)


def covers(facts: Facts, knowledge: Knowledge, script: str) -> str:
    """'这篇报道写的是…：7月11日、广州、主题…、与会人员（…）、讲话内容（…）。'"""
    msg = knowledge.message
    sep = msg("list_sep", script)
    subjects = [str(f.value) for f in (facts.date, facts.place, facts.theme) if f]
    names = [p.name for p in facts.people][:6]
    if names:
        subjects.append(msg("covers_people", script, names=sep.join(names)))
    speakers = [s for s in facts.speakers if facts.said_by(s)][:3]
    if speakers:
        subjects.append(msg("covers_said", script, names=sep.join(speakers)))
    meeting = facts.meeting.value if facts.meeting else facts.article.id
    return msg("covers", script, meeting=meeting, subjects=sep.join(subjects))
