"""Composers about the meeting itself: when, where, name, organiser, theme, figures,
research, summary, and what such reports do not say."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .. import pinyin
from ..dates import Date, Kind
from ..figures import in_magnitude, parse_figure
from ..models import Sentence
from ..names import written_short
from ..scripts import HAN_CLASS, has_han, is_han
from ..understanding.question import GROUP_MARKS, MEETING_CONCEPT, SAYS
from .base import (
    Composed,
    Request,
    bullets,
    composer,
    counts_some,
    evidence_of,
    han_terms,
    in_order,
    item_of_total,
    names_meeting_subject,
    of_another_year,
    of_the_change,
    of_the_other_side,
    of_their_delegates,
    other_items,
    present_by_roll_call,
    rank,
    role_holders,
    romanize,
    said_most,
    scene_word,
    stands_before,
    verdict,
    written_inside,
)


def _other_subject(req: Request, meeting: str) -> list[str]:
    """Words of the question about something other than the meeting, which the report names
    ("产业基金什么时候到位？"); none when the question is about the meeting itself ("这场座谈会
    几号开的", "省长和老板们见面的会是几号") or names nothing of the report (English words too)."""
    slots = req.slots
    if req.question.has("meeting") and not req.question.has("said_at_meeting"):
        return []
    research = [w for w in req.question.terms if w in req.knowledge.intent("research").keywords]  # "这个调研是从什么时候开始搞的"
    glossed = [w for w in req.question.glossary if len(w) >= 2 and w in req.facts.article.text] if req.en else []  # (emergency response: 应急响应; no 建 of built, inside a name)
    report_said = _report_said(req)
    said = [t for t in req.question.terms if any(t in w for w in report_said)]  # (充电口, which ≡charging_point stands for)
    text = req.facts.article.text
    topic = [w if w in text else _reports_word(req, w) for w in slots.topic_terms]
    body = req.facts.organizer.value if req.facts.organizer else ""  # (澔崧 of "澔崧的墨西哥厂几时量产": the holder, the scene)
    named = [w for w in (slots.person, *topic, *slots.known_words, *research, *glossed, *said) if w and has_han(w) and w not in meeting
             and w not in req.knowledge.lexicon.relative_years]  # (去年 of "去年每股派多少…": a frame, no thing dated)
    own = [w for w in named if not (len(w) >= 2 and w in body and len(w) < len(body))]
    actors = {*req.knowledge.lexicon.government_words, *req.knowledge.synonyms.get("official", ())}  # ("政府打算几时把条例草案交上…":
    own = [w for w in own if w not in actors] or own  # who acts, the thing dated being the 条例草案)
    meeting_named = any(len(w) >= 2 and w in meeting for w in slots.known_words)  # ("政协那个提案督办会是几号开的": the holder,
    named = own or ([] if meeting_named else named)  # and the meeting by a part of its name)
    # ("榕溪路老公寓那场都更公厅会是几号开的": held, and named by what the sentence that holds it names before its name: the
    # meeting; not "县人民医院新院区啥时候能开门", an item it went on to discuss)
    held = [s.text[: s.text.find(meeting)] for s in req.facts.meeting.evidence if meeting in s.text] if req.facts.meeting else []
    if MEETING_CONCEPT in req.question.content and named and any(all(w in h for w in named) for h in held):
        return []
    named += [w for w in report_said if named and not any(w in n or n in w for n in named)][:1]  # (部𨋢 of "澜峰天桥部𨋢几时起好": 升降机)
    named = named or (report_said[:1] if req.en else [])  # ("when will the ditch be dredged?": the report's 侧沟)
    # what the report never writes, said of a word of its name: 条例…正式施行 is no meeting's time
    unwritten = [  # (not one jieba cut out of the name: 期接待日 of 第9期“…接待日”)
        w for w in slots.unknown_words
        if has_han(w) and len(w) >= 2 and not w.startswith(req.knowledge.lexicon.demonstratives)  # (这期: this one)
        and not any(w[i : i + 2] in meeting for i in range(len(w) - 1))
    ] if slots.known_words else []
    if not unwritten and not req.question.has("meeting"):  # "从啥时候开始申请": an act the report never writes (申请), of no meeting
        unwritten = [w for w in slots.unknown_words if any(v in w and v not in text for v in req.question.verbal)]
    if not named and req.en and req.question.has("future") and not req.question.has("meeting"):
        unwritten = unwritten or [w for w in slots.unknown_words if len(w) >= 4]  # ("when will the window open?": not the meeting)
    acted = _dated_act(req)  # (…每股派多少现金，什么时候派下来: the act, 发放, with the things named; of three, two will do)
    marks = {GROUP_MARKS[1] + g: g for g in req.knowledge.lexicon.dated_acts}
    as_asked = {w for t in req.question.content if t in marks for w in req.knowledge.equivalents.get(marks[t], ())}  # (交钥匙)
    # (…每股派多少现金，什么时候派下来: 现金 and 每股, with 发放; not 美拉溪畔 alone, nor beside the act as asked, 交钥匙)
    both = len(named) >= MANY_WORDS - 1 and acted and not as_asked & set(named)
    return [*named, *(a for a in acted if not any(a in n for n in named))] if both else named or acted or unwritten


def _reports_word(req: Request, word: str) -> str:
    """The report's word for a word it never writes (开工 of "新承包商几时开工": its 进场), of several the one a sentence writes
    with another word the question names (新承包商今年1月进场, not 已经动工 of another thing); else the word."""
    same = [e for e in req.knowledge.equals(word) if len(e) >= 2 and has_han(e) and e in req.facts.article.text]
    others = [w for w in req.slots.known_words if w != word]
    together = [e for e in same if any(e in s.text and any(w in s.text for w in others) for s in req.facts.article.sentences)]
    return next(iter(together or same), word)


def _report_said(req: Request) -> list[str]:
    """The report's words for the things of the question's equivalence groups (≡charging_point: 充电口), not of its acts."""
    groups = [t[1:] for t in req.question.content if t.startswith(GROUP_MARKS[1]) and t[1:] not in req.knowledge.lexicon.dated_acts]
    text = req.facts.article.text
    return [w for g in groups for w in req.knowledge.equivalents.get(g, ()) if has_han(w) and len(w) >= 3 and w in text]


def _dated_act(req: Request) -> list[str]:
    """"新的水价最快什么时候开始实施" of a report whose meeting is named by 水价: the act asked (实施, said as the report's
    执行) dates something else than the meeting (lexicon dated_acts: the equivalence groups of such acts)."""
    marks = {GROUP_MARKS[1] + g for g in req.knowledge.lexicon.dated_acts}  # (≡implement)
    groups = [t[1:] for t in req.question.content if t in marks]
    kinds = Kind.MONTH | Kind.YEAR | Kind.FULL
    dated = [s.text for s in req.facts.article.sentences if req.genre.dates.find(s.text, kinds)]
    return [w for g in groups for w in req.knowledge.equivalents.get(g, ()) if has_han(w) and any(w in t for t in dated)][:1]


MANY_WORDS = 3  # of a question naming this many words, a sentence that dates all but one dates it


FINISHED = "completed"  # the equivalence group of finishing (完工, 建成, 做好): a time of it dates the thing asked


def _of_the_act(req: Request, sentence: Sentence, strict: bool = False) -> bool:
    """A sentence that may date the act asked (lexicon dated_acts: 开工, 实施…): one that says it, in whatever of its words
    ("冷藏库通过以后什么时候开工": not '色选机…7月上旬完成安装', the next sentence's other thing); any, when no such act is asked
    (none, `strict`)."""
    marks = {GROUP_MARKS[1] + g: g for g in req.knowledge.lexicon.dated_acts}
    acts = [marks[t] for t in req.question.content if t in marks]
    finished = [FINISHED] if GROUP_MARKS[1] + FINISHED in req.question.content else []  # (…加装电梯的工程什么时候完工: its 完工 will do)
    if not acts:
        return not strict  # (strict: only a sentence that says the act asked)
    return any(w in sentence.text for g in (*acts, *finished) for w in req.knowledge.equivalents.get(g, ()) if has_han(w))


GOING_ON_CLAUSES = 3  # clauses after the one naming the thing that may still go on with it ('…，经费约32万元，年底前完成')
ACT_DATED_REACH = 4  # characters between a date and the act it dates ('2026年第三季起分批入伙')


def _act_dated(req: Request, sentence: Sentence) -> int:
    """1 when the sentence gives a date right before a word of the act asked (lexicon dated_acts), else 0."""
    marks = {GROUP_MARKS[1] + g: g for g in req.knowledge.lexicon.dated_acts}
    words = [w for t in req.question.content if t in marks for w in req.knowledge.equivalents.get(marks[t], ()) if has_han(w)]
    kinds = Kind.MONTH | Kind.YEAR | Kind.FULL | Kind.BARE
    ends = [f.end for f in req.genre.dates.find(sentence.text, kinds)] + [m.end() for m in req.genre.period.finditer(sentence.text)]
    return int(any(0 <= m.start() - end <= ACT_DATED_REACH for w in words for m in re.finditer(re.escape(w), sentence.text) for end in ends))


def _timed(req: Request, text: str) -> bool:
    """The text gives a time: a date, a word of time (年底, 汛期前) or a time limit."""
    kinds = Kind.MONTH | Kind.YEAR | Kind.FULL | Kind.BARE
    return bool(req.genre.dates.find(text, kinds) or any(w in text for w in req.knowledge.lexicon.time_words) or req.genre.deadline.search(text)
                or req.genre.period.search(text))  # (明年第二季交钥匙: a time the plan sets without a calendar date)


def _timed_near(req: Request, text: str, named: list[str]) -> bool:
    """Where a clause of the sentence names the thing asked: a time in that clause, or in the clauses that go on with it
    ('区公所将在湳兴路增设路灯8盏，经费约32万元，年底前完成'); not a time a clause of another subject gives
    ('照明问题会转交市政署跟进，警方亦同意由明年起…', '酆耀明表示，…': someone else, or someone speaking)."""
    clauses = req.genre.clauses_with_marks(text)
    naming = [i for i, c in enumerate(clauses) if any(w in c or len(w) >= 4 and w[-2:] in c for w in named)]  # (照明 of 加装照明)
    if not naming:
        return True  # (the thing said otherwise, or in the sentence before: the sentence's time will do)
    for i in naming:
        if _timed(req, clauses[i]) or i > 0 and _timed(req, clauses[i - 1]) and not _another_subject(req, clauses[i - 1]):
            return True
        for later in clauses[i + 1 : i + 1 + GOING_ON_CLAUSES]:
            if _another_subject(req, later):
                break
            if _timed(req, later):
                return True
    return False


def _another_subject(req: Request, clause: str) -> bool:
    """A clause of another subject than the thing before it: someone named in it, another's 亦/也 (警方亦同意…), or a speaker's
    own lead-in ending with the verb of saying (酆耀明表示，)."""
    people = (p.name for p in (*req.facts.people, *req.facts.mentioned))
    said = clause.rstrip("，,；;：: ").endswith(req.genre.statement_verbs)
    return said or any(n in clause for n in people) or bool(req.genre.another_subject.search(clause))


def _dated_elsewhere(req: Request, meeting: str, other: list[str]) -> Composed:
    """"产业基金什么时候到位？" asks the time of something else: the sentence that dates it."""
    terms, absent = req.question.terms, req.question.absent
    # (结束 of "…从几号开始到几号结束": the end of the thing, a word of a concept, no thing of its own)
    framing = {w for c in req.question.content if c.startswith(GROUP_MARKS[0]) for w in req.knowledge.synonyms.get(c[1:], ())}
    absent = tuple(a for a in absent if a not in framing)
    lacking = [a for a in absent if a not in req.question.absent_acts]  # (not a verb of telling: 答应)
    lacking = [a for a in lacking if a not in req.question.described]  # (淹水 of "新埔三街淹水那个排水工程…": which one, as the asker knows it)
    # (a term jieba glued, 水价最 of 水价最快, is no word to quote: one of the words asked about, or an absent one)
    subject = next((w for w in (*terms, *absent) if w not in meeting and (w in other or w in absent)), None)
    subject = subject or next((t for t in terms if t not in meeting and any(w in t for w in other)), other[0])  # (规划三路: 三路)
    named = [w for w in other if w in req.facts.article.text]  # (not a run jieba glued: 是从开始)

    body = req.facts.organizer.value if req.facts.organizer else ""

    def holds(text: str, word: str, loose: bool = True) -> bool:  # 物业管理条例, as the report goes on to write it: 条例 (not 望洋街市)
        opener = "".join(req.knowledge.lexicon.demonstratives)
        bare = re.search(f"(?:^|[^{HAN_CLASS}]|[{opener}])({re.escape(word[-2:])})", text) if len(word) >= 4 else None
        pointed = len(word) >= 2 and word in body and any(p + body[-1] in text for p in opener)  # (检察院: '该院将在…')
        # (墨西哥厂 of '墨西哥新莱昂州厂': the place and its head noun, its own name between)
        apart = len(word) >= 4 and re.search(f"{re.escape(word[:-1])}[{HAN_CLASS}]{{1,6}}{re.escape(word[-1])}", text) is not None
        short = loose and len(word) == 2 and re.search(f"{re.escape(word[0])}[{HAN_CLASS}]{{1,2}}{re.escape(word[1])}", text) is not None  # (社屋:
        # 社会房屋; a loose hold, which ranks no sentence above another: 到账 is no 到企业账户)
        return word in text or bare is not None or pointed or apart or short

    sentences = req.facts.article.sentences
    # (a sentence goes on with the thing the one before it in its paragraph named: '…汇报…天桥加建升降机工程的进度。工程于…，
    # 现预计延至2026年第二季完工。')
    timed = [
        s for s in sentences
        if named and len(named) == len(other) and not lacking
        and sum(holds(s.text, w) or _said_short(req, s, w) or _goes_on_with(req, s, w, named) for w in named)
        >= len(named) - (len(named) >= MANY_WORDS or req.en and len(named) > 1)  # (of three, two will do; English words are looser clues)
        and _timed(req, s.text) and _timed_near(req, s.text, named)  # (将在5个工作日内作出决定: a time limit)
        and _of_the_act(req, s)
    ]
    # of those, the ones that hold most (二期 and 开工), and of them the ones a date or a planned time is in (not only 同步)
    # (…and a sentence that dates the act asked itself, '预计2026年第三季起分批入伙', holds it as well as one that names the thing
    # and only sets another act before it, '两条新巴士路线将于社屋入伙前开通')
    held = {
        s: (sum(holds(s.text, w, loose=False) or _said_short(req, s, w) for w in named) + _act_dated(req, s),
            bool(req.genre.dates.find(s.text, Kind.MONTH | Kind.YEAR | Kind.FULL | Kind.BARE) or req.genre.period.search(s.text)))
        for s in timed
    }
    timed = [s for s in timed if held[s] == max(held.values())][:2]
    before = {(s.paragraph, s.index + 1): s for s in sentences}  # (a sentence that goes on from the one naming the thing: both)
    timed = list(dict.fromkeys(x for s in timed for x in ((before[(s.paragraph, s.index)], s) if not any(holds(s.text, w) for w in named)
                                                         and (s.paragraph, s.index) in before else (s,))))
    if not timed and named and not lacking:  # '2. 规划三路…路面硬化。' then '责任单位：…；完成时限：3月31日前。': the item's own lines
        timed = _dated_after(req, [s for s in req.facts.article.sentences if all(holds(s.text, w) for w in named)], named)
        timed = timed if any(_of_the_act(req, s) for s in timed) else []
    days = Kind.FULL | Kind.BARE  # ("…圆桌会具体定在几月几号？" of '第二季度将召开…': a quarter, no day nor month to give)
    coarse = req.question.has("calendar") and not any(req.genre.dates.find(s.text, days | Kind.MONTH) for s in timed)
    coarse = coarse or req.question.has("which_day") and not any(req.genre.dates.find(s.text, days) for s in timed)  # (12月哪一天: '将在12月开展')
    if timed and coarse:
        return Composed(req.t("other_coarse", word=subject) + "\n" + bullets(timed), False, tuple(timed), final=True)
    if timed:  # the report gives a time for it: quote where
        return Composed(req.t("other_found", word=subject) + "\n" + bullets(timed), True, tuple(timed))
    return Composed(req.t("other", word=subject), False)


def timed_of(req: Request, quoted: tuple[Sentence, ...]) -> Composed | None:
    """"那大概什么时候能弄好？" after an answer that quoted a plan ('…增设约一百二十个电单车位，预计明年首季完成'): the
    sentences of it that give a time; None where none does."""
    kinds = Kind.MONTH | Kind.YEAR | Kind.FULL | Kind.BARE  # (not 今年以来 of a complaint: a bare word of time dates no plan)
    timed = [s for s in quoted if req.genre.dates.find(s.text, kinds) or req.genre.period.search(s.text) or req.genre.deadline.search(s.text)]
    return Composed(req.msg("reading_says") + "\n" + bullets(timed), True, tuple(timed)) if timed else None


def _goes_on_with(req: Request, sentence: Sentence, word: str, named: list[str]) -> bool:
    """A sentence that holds another word asked and goes on from the one before it in its paragraph, which names this
    one ('綦慧玲回应说，美拉溪畔共有1246个单位…。新承包商今年1月进场…，建屋局预计明年第二季交钥匙' of 美拉溪畔…交钥匙)."""
    before = _sentence_before(req, sentence)
    return before is not None and word in before.text and any(w != word and w in sentence.text for w in named)


def _sentence_before(req: Request, sentence: Sentence) -> Sentence | None:
    """The sentence right before this one in its paragraph, if any."""
    return next((s for s in req.facts.article.sentences if s.paragraph == sentence.paragraph and s.index == sentence.index - 1), None)


_LABELLED = re.compile(rf"[{HAN_CLASS}]{{2,6}}[：:]")  # '责任单位：', '完成时限：': a line of an item's details


def _dated_after(req: Request, sentences: list[Sentence], named: list[str]) -> list[Sentence]:
    """A sentence that names the thing and gives no time, with the labelled line right after it that does (not one whose
    time is another thing's, in a clause apart from its own naming of it: '照明问题会转交…，警方亦同意由明年起…')."""
    kinds = Kind.MONTH | Kind.YEAR | Kind.FULL | Kind.BARE
    following = {(s.paragraph, s.index - 1): s for s in req.facts.article.sentences}
    for sentence in sentences:
        after = following.get((sentence.paragraph, sentence.index))
        if after is not None and _LABELLED.match(after.text) and req.genre.dates.find(after.text, kinds):
            return [sentence, after]
    for sentence in sentences if len(sentences) <= FEW_NAMING else ():  # '…每户可获发200新元邻里购物券…。居民可从8月1日起…领取':
        after = following.get((sentence.paragraph, sentence.index))  # the sentence right after goes on to date the thing
        opens_anew = after is not None and after.text.startswith((*req.genre.meeting_words, *req.genre.generic_meeting_words, *req.genre.anew_openers))  # (会议要求…)
        opens_anew = opens_anew or after is not None and not _timed_near(req, after.text, named)
        if after is not None and not opens_anew and not req.genre.dates.find(sentence.text, kinds) and req.genre.dates.find(after.text, Kind.MONTH | Kind.FULL):
            return [sentence, after]
        # (…夜班津贴由每班30元提高到40元。' then '合同自今年1月1日起执行…': the act asked, dated by the sentence after)
        if after is not None and not opens_anew and not _of_the_act(req, sentence, strict=True) and _of_the_act(req, after, strict=True) \
                and req.genre.dates.find(after.text, Kind.MONTH | Kind.FULL):
            return [sentence, after]
    return []


PAGE_DAYS_AFTER = 3  # a page dated this many days after the meeting (or on its day) dates it in its own year
FEW_NAMING = 2  # of a thing named in no more sentences than this, one without a date may be dated by the sentence after it


def _page_day(req: Request, value: Date) -> Date | None:
    """The day a relative date is by the page's own date ('昨天下午' on a page of 1月16日: 1月15日),
    when that stays within the page's month; else None."""
    article = req.facts.article  # (a dateline dates the report before the page does: '新华社广州1月15日电 昨天下午…')
    anchor = article.dateline or article.published
    published = req.genre.dates.parse(anchor) if anchor else None
    before = req.genre.days_before_page.get(value.relative or "")
    if not value.is_relative or published is None or before is None or not (published.month and published.day and published.day > before):
        return None
    return replace(value, month=published.month, day=published.day - before)


def _page_dated(req: Request, value: Date) -> str:
    """The note on a relative day: the day it is by the page's date, or that the report gives none."""
    day = _page_day(req, value)
    anchor = req.facts.article.dateline or req.facts.article.published
    if day is None or not anchor:
        return req.t("relative")
    return req.t("relative_dated", published=anchor, month=day.month, day=day.day)


@composer("date")
def date(req: Request) -> Composed:
    fact = req.facts.date
    early = _not_the_meetings(req, fact, lambda text: bool(req.genre.dates.find(text) or req.genre.frequency.search(text)), "event_no_time")
    if early or fact is None:
        return early or Composed(req.msg("fallback"), False)
    value = fact.value
    named = req.genre.dates.first(req.facts.meeting.value, Kind.YEAR) if req.facts.meeting and not value.year else None
    named = named if named and named.date.year else None  # (a year the name writes in no calendar's figures: none)
    if named:  # '禾浦县2025年政银企融资对接会': the year is the name's
        value = replace(value, year=named.date.year)
    text = req.t(date=f"{value} ({value.english()})" if req.en and value.english() else value.text)
    page_year = _page_year(req, value)
    year_note = req.t("year_in_name", year=value.year) if named else req.t("page_year", year=page_year) if page_year else req.t("no_year")
    text += _page_dated(req, value) if value.is_relative else ("" if value.year and not named else year_note)
    q, slots = req.question, req.slots
    meeting = req.facts.meeting.value if req.facts.meeting else ""
    other = _other_subject(req, meeting)
    if other and (not slots.date or slots.date.day is None):  # (暖气几号开始烧: the heating's time; 反诈宣讲是12月哪一天: a month, no day)
        return _dated_elsewhere(req, meeting, other)
    not_given = _date_not_given(req, text, value)
    if not_given:
        return not_given
    if slots.times and not any(t == value.part for t in slots.times):
        if q.yes_no and value.part and not slots.date:  # "上午开的吧？" — the report says 下午
            return Composed(verdict(req, False, text), True, fact.evidence)
        if value.part is None and not q.yes_no:  # "上午还是下午开的？" — the report does not say
            return Composed(req.msg("premise_time", date=value.text) + text, False, fact.evidence, final=True)
        return Composed(text, True, fact.evidence)  # the report gives no time of day: no verdict
    if slots.times and q.yes_no and not slots.date:  # "下午开的吗？" — so the report says
        return Composed(verdict(req, True, text), True, fact.evidence)
    if slots.date and q.yes_no:
        same = slots.date.agrees(_page_day(req, value) or value)  # ("是1月15日开的吗？" of 昨天 on a page of 1月16日)
        text = text if same is None else verdict(req, same, text)
    return Composed(text, True, fact.evidence)


def _date_not_given(req: Request, text: str, value: Date) -> Composed | None:
    """A part of the date asked that the report does not give: a calendar date for 昨日, the
    month of a bare 16日, the year."""
    fact, q = req.facts.date, req.question
    assert fact is not None
    if value.is_relative and q.has("calendar") and _page_day(req, value) is None:
        return Composed(text, False, fact.evidence, final=True)  # "具体是几月几号？" — the report does not say
    if value.month is None and not value.is_relative and q.has("month"):  # "几月份开的？" of a bare 16日
        return Composed(req.t("no_month_given", date=value.text), False, fact.evidence, final=True)
    if value.year is None and q.has("year"):  # "哪一年开的？"
        page_year = _page_year(req, value)  # (the page's, dated the day of it or days after: so said, as the page's)
        if page_year:
            return Composed(req.t("page_year_given", date=value.text, year=page_year), True, fact.evidence)
        return Composed(req.t("no_year_given", date=value.text), False, fact.evidence, final=True)
    return None


def _page_year(req: Request, value: Date) -> int | None:
    """The year of the page's own date ('发布日期：2027年7月15日') where the story gives none, and the meeting falls
    on the page's day or the few days before it (within its month): the page's year is the meeting's."""
    article = req.facts.article
    published = req.genre.dates.parse(article.published) if article.published and article.published_year else None
    if published is None or not (published.month and published.day and value.month and value.day):
        return None
    return article.published_year if published.month == value.month and 0 <= published.day - value.day <= PAGE_DAYS_AFTER else None


def _spelt_as(asked: str, value: str) -> bool:
    """"Tongwan" is the place its report writes 桐湾商会大厦: the pinyin of its first two to four characters."""
    spelt = re.sub(r"[^a-z]", "", asked.lower())
    return bool(spelt) and any("".join(pinyin.syllables(value[:k]) or ()) == spelt for k in range(2, 5))  # (none of '3楼')


def _not_the_meetings(req: Request, fact: object, given: Callable[[str], bool], unsaid: str) -> Composed | None:
    """What answers before the meeting's own fact: no fact at all (the fallback), or another event asked of."""
    return Composed(req.msg("fallback"), False) if fact is None else _of_other_event(req, given, unsaid)


def _of_other_event(req: Request, given: Callable[[str], bool], unsaid: str) -> Composed | None:
    """"政企早茶会在哪开" of a report on another meeting that announces it: what the report writes of that event, an
    answer where a sentence of it gives what is asked (`given`: a place, a time), else a refusal that quotes it."""
    event = req.slots.other_event
    if not event:
        return None
    kind = next((k for k in sorted(req.genre.meeting_words, key=len, reverse=True) if event.endswith(k)), "")
    about = event[: len(event) - len(kind)]  # (农业保险说明会: '…投保农业保险…将于各村办理说明会', its two parts apart)
    said = [s for s in req.facts.article.sentences if event in s.text][:2] or \
        [s for s in req.facts.article.sentences if kind and about and kind in s.text and about in s.text][:2]
    if not said:
        return None
    answered = any(given(s.text) for s in said)
    head = req.msg("reading_says") if answered else req.msg(unsaid, event=event) + "\n" + req.msg("reading_says")
    return Composed(head + "\n" + bullets(said), answered, tuple(said), final=True)


@composer("place")
def place(req: Request) -> Composed:
    fact = req.facts.place
    early = _not_the_meetings(req, fact, lambda text: bool(re.search("|".join(req.genre.venue_suffixes), text)), "event_no_place")
    if early or fact is None:
        return early or Composed(req.msg("fallback"), False)
    text = req.t(place=romanize(req, fact.value, person=False) if req.en else fact.value)
    slots, q = req.slots, req.question
    asked = slots.place_asked or next(iter(slots.unknown_words or slots.known_words), None)
    if q.yes_no and asked and req.en and not (slots.place or slots.place_asked) and not _spelt_as(asked, fact.value):
        return Composed(req.msg("fallback"), False)  # ("Was the money…kept in the budget?": 'official' is no place asked of)
    if q.yes_no and asked:
        value = fact.value
        where = "".join(e.text for e in fact.evidence)
        beside = has_han(asked) and asked + value in where  # (在岱宁云澜宾馆: the city, right before the venue)
        if req.genre.same_place(asked, value) or _spelt_as(asked, value) or beside:  # 广州 = 广州市; Tongwan = 桐湾…
            text = verdict(req, True, text)  # (岱宁 of '在岱宁云澜宾馆召开': the venue's city)
        elif value in asked or not (slots.place and slots.place == asked):
            # 广州市政府, 白云宾馆, 广东: the report says no more than where it says
            text = req.t("only", place=value, asked=asked)
        else:  # another place the report names (深圳): a plain no
            text = req.t("check_no") + (text[0].lower() + text[1:] if req.en else text)
    elif q.has("venue") and not any(v in fact.value for v in (*req.genre.venue_words, *req.genre.venue_suffixes)):
        return Composed(req.t("no_venue", place=fact.value), False, fact.evidence, final=True)  # 广州哪家酒店？
    else:
        meeting = req.facts.meeting.value if req.facts.meeting else ""
        # ("他是在哪里说的": a participant's words, said at the meeting)
        at_it = q.has("meeting") or (q.has("said_where") and slots.person is not None and req.facts.person(slots.person) is not None)
        report = req.facts.article.text.lower()  # (58M of "58M係由邊度去邊度": a line's code the report writes)
        other = [] if at_it else [
            w for w in (slots.person, *slots.known_words) if w and (has_han(w) or _code_word(w, report)) and w not in meeting
        ]
        # "选址在哪个园区": words the report never writes, nor anything like them, of no piece of its name
        other += [] if at_it else [
            w for w in q.missing
            if len(w) >= 2 and not any(w in k for k in req.intent.keywords) and not any(w[i : i + 2] in meeting for i in range(len(w) - 1))
        ]
        if other and not q.yes_no:  # "林克庆是哪里人？" asks where something else is
            return _placed_elsewhere(req, other)
    return Composed(text, True, fact.evidence)


def _code_word(word: str, text: str) -> bool:
    """A code of letters and digits the report writes (58M, B出口's B is too short): a thing the question names."""
    return len(word) >= 2 and word.isascii() and any(c.isdigit() for c in word) and any(c.isalpha() for c in word) and word.lower() in text


def _placed_elsewhere(req: Request, other: list[str]) -> Composed:
    """"活动结束后书记去看了哪里？": the sentence that holds the question's words and a verb of going to see a
    place (察看, 视察); else the report does not say where."""
    slots = req.slots
    went = any(g in w for g in req.knowledge.lexicon.going_words for w in (*req.question.terms, *slots.known_words, *slots.unknown_words))
    holders = [n for r in slots.roles for n in role_holders(req, r)]
    written = [w for w in other if w in req.facts.article.text] if went else []
    seen = [
        s for s in req.facts.article.sentences
        if written and all(w in s.text for w in written) and any(v in s.text for v in req.genre.visit_verbs)
        and (not holders or any(n in s.text for n in holders))
    ]
    placed = [w for w in other if w.lower() in req.facts.article.text.lower()]
    unwritten = [w for w in other if w not in placed and has_han(w)]
    if unwritten and placed:  # "想做防骗大使义工，要去边度报名？": 义工, but where to 报名 the report never says
        return Composed(req.t("other", word=unwritten[0]), False)
    placed = [next((m.group() for m in re.finditer(re.escape(w), req.facts.article.text, re.IGNORECASE)), w) for w in placed]  # (58m: 58M)
    seen = seen or [  # "新会所是在哪买的": '…购置位于旺角的新会所' (where it stands, whatever was done to it)
        s for s in req.facts.article.sentences if placed and all(w in s.text for w in placed) and req.genre.located_at.search(s.text)
    ]
    markers = "|".join(map(re.escape, req.genre.place_markers))  # "第三场在哪里举行": '第三场…将于10月25日…在某礼堂举行'
    held = f"(?:{markers})[{HAN_CLASS}]{{2,30}}?(?:{req.genre.held_pattern})"
    seen = seen or [s for s in req.facts.article.sentences if placed and all(w in s.text for w in placed) and re.search(held, s.text)]
    venues = "|".join(map(re.escape, req.genre.venue_suffixes))  # "敬老金在哪里发放": '…于村文化广场现场发放' (a venue, not held)
    at = f"(?:{markers})[{HAN_CLASS}]{{1,20}}?(?:{venues})"
    seen = seen or [s for s in req.facts.article.sentences if placed and all(w in s.text for w in placed) and re.search(at, s.text)]
    if not seen:
        return Composed(req.t("other", word=other[0]), False)
    return Composed(req.msg("reading_says") + "\n" + bullets(seen[:2]), True, tuple(seen[:2]))


@composer("byline")
def byline(req: Request) -> Composed:
    """Who wrote the report: its byline as stripped from the page (记者 某某 通讯员 某某). Not on its hints alone: "…开了
    230多件罚单，报道是这么写的吗" asks what the report writes (another answers it)."""
    if req.intent and req.intent.name not in req.question.cues and req.question.kind != "who":
        return Composed(req.msg("fallback"), False)  # (its hints only, 报道…写: what the report says; "谁报道的" asks who)
    if req.question.has("photo"):  # "那张现场照片是谁拍的？": the caption's credit
        taken = req.facts.article.photo
        name = romanize(req, taken) if taken and req.en else taken
        return Composed(req.t("photo", photographer=name) if taken else req.t("no_photo"), bool(taken), final=not taken)
    written = req.facts.article.byline
    if not written:
        return Composed(req.t("none"), False, final=True)
    return Composed(req.t(byline=written), True)


@composer("meeting_name")
def meeting_name(req: Request) -> Composed:
    fact = req.facts.meeting
    if fact is None:
        return Composed(req.msg("fallback"), False)
    if req.question.has("ordinal"):  # "这是第几次常务会议？"
        named = req.genre.ordinal(fact.value)  # '某县第七期“政企早茶会”', named so in the headline
        found = [(fact.evidence[0], named)] if named and fact.evidence else []
        found += [(s, m) for s in req.facts.article.sentences if (m := req.genre.ordinal(s.text))]
        found += [(s, m) for s in req.facts.article.sentences if (m := req.genre.session_said(s.text, fact.value))]  # (…的第二场公听会)
        found.sort(key=lambda f: f[1][-1] not in req.slots.units)  # (第几场: 第二场, not the 第20届 of the body that will review it)
        if not found:
            return Composed(req.t("no_ordinal"), False)
        sentence, ordinal = found[0]
        return Composed(req.t("ordinal", ordinal=ordinal), True, (sentence,))
    slots = req.slots
    group = [slots.group] if slots.group else []
    other = [w for w in (slots.person, slots.role, *group, *slots.known_words) if w and w not in fact.value]  # (no fragment: 他们还开)
    if other:  # "粤商代表叫什么名字？" asks for someone else's name
        return Composed(req.t("other", word=other[0]), False)
    return Composed(req.t(meeting=fact.value), True, fact.evidence)


@composer("organizer")
def organizer(req: Request) -> Composed:
    fact = req.facts.organizer
    head = [req.t(organizer=fact.value)] if fact else []
    if req.question.has("co_host") or req.question.has("co_assist"):  # 承办单位, 协办单位
        asked = [(kind, f) for kind, f in req.facts.partners if req.question.has(kind)]
        if not asked:
            return Composed("\n".join([req.t("no_partners"), *head]), False)
        evidence = evidence_of(fact.evidence if fact else (), *(f.evidence for _, f in asked))
        return Composed("\n".join([*head, *(req.t(kind, units=f.value) for kind, f in asked)]), True, evidence)
    if fact is None:
        return Composed(req.t("none"), False)
    meeting = req.facts.meeting.value if req.facts.meeting else ""
    asked = [w for w in han_terms((*req.slots.known_words, *req.slots.unknown_words)) if w not in meeting and w not in req.genre.meeting_words]
    if req.question.yes_no and asked:  # "是岑州市侨联主办的吗？" of a meeting two associations held
        body = max(asked, key=len)  # the body as asked, whole (not 岑州市 of 岑州市总工会)
        said = body in fact.value or written_short(body, fact.value, body[-2:])  # 市政府 of 某市人民政府
        return Composed(verdict(req, said, head[0]), True, fact.evidence)
    keys = req.intent.keywords
    own = [w for w in asked if not any(w in k for k in keys)]
    if own and not req.question.has("meeting"):  # "补贴找哪个部门申请": a body asked of something else, not who held it
        return Composed(req.msg("fallback"), False)
    return Composed(head[0], True, fact.evidence)


@composer("theme")
def theme(req: Request) -> Composed:
    fact = req.facts.theme
    if fact is None:
        return Composed(req.msg("fallback"), False)
    text = req.t(theme=fact.value)
    slots = req.slots
    asked = [*slots.topic_terms, *slots.known_words, *slots.unknown_words]
    if req.question.yes_no and asked:  # "会议主题是乡村振兴吗？"
        zh = han_terms(asked) or list(slots.topic.terms if slots.topic else ())
        text = verdict(req, any(w in fact.value for w in zh), text)
    return Composed(text, True, fact.evidence)


DURATION = "§duration"  # the concept of 多久, 历时 (intents/synonyms.yaml duration)
NEXT_SESSION = "§next_session"  # the concept of 下次会议 (intents/synonyms.yaml next_session)
CLOCK = "§clock"  # the concept of 几点 (intents/synonyms.yaml clock)
ENDING = "§ending"  # …and of its end (结束, 散会)
STARTING = "§starting"  # …and of its start (开始)
AS_PLANNED = "as_planned"  # 原定, 本来计划: what was planned, not what happened (intents/synonyms.yaml equivalents)
MAX_DURATIONS = 2  # more clauses that say how long something lasted than this: which one is unclear


@composer("not_reported")
def not_reported(req: Request) -> Composed:
    """What reports seldom say (how long, the weather, the next session): said so; how long it lasted
    or when the next session meets from the clause that says so, where the report has one
    (会议以闭门形式进行，历时约两个半小时; 下一次调度会定于11月中旬召开)."""
    meeting = req.facts.meeting.value if req.facts.meeting else ""
    timing = {w for c in (STARTING, ENDING, CLOCK) for w in req.knowledge.synonyms.get(c[1:], ())}  # (开始 of 几点开始: no thing)
    other = [w for w in _other_subject(req, meeting) if w not in timing] if CLOCK in req.question.content else []
    # (…nor of a thing the report never names: "47路末班车几点" of a report with no 班车)
    other += [w for w in req.question.missing if w not in timing and not any(m in w for m in req.genre.meeting_stems)] if CLOCK in req.question.content else []
    text = req.facts.article.text  # (…nor of one said in words of a sense the report never writes: 尾班车, ≡last_bus)
    other += [t for t in req.question.content if t.startswith(GROUP_MARKS[1]) and CLOCK in req.question.content
              and not any(w in text for w in req.knowledge.equivalents.get(t[1:], ()) if has_han(w))]
    if CLOCK in req.question.content and req.facts.date and not other:  # (电梯每天几点开: not the meeting's hour)
        clocked = _clocked(req)
        if clocked:
            return clocked
    for concept, pattern in ((DURATION, req.genre.duration), (NEXT_SESSION, req.genre.next_session)):
        said = [s for s in req.facts.article.sentences if pattern.search(s.text)] if concept in req.question.content else []
        if 0 < len(said) <= MAX_DURATIONS:
            lines = [req.msg("reading_says"), *("· " + s.text for s in said)]
            return Composed("\n".join(lines), True, tuple(said))
    # (of a thing the report names, "专项行动搞多久": the reading path may find its span, '自即日起至12月20日')
    named = [w for w in (*req.slots.known_words, *req.question.glossary) if w in req.facts.article.text]
    # (…or of something else the question names, "打了电话以后多久能来人": the report may say it in its own words)
    other = [w for w in req.slots.unknown_words if not any(m in w for m in req.genre.meeting_stems)]
    return Composed(req.t(), False, final=not named and not other)


def _clocked(req: Request) -> Composed | None:
    """"几点开始？": the hour the sentence dating the meeting gives; "几点散？": the hours of the sentences
    that say it ended ('9点50分，早茶会结束'); both when both are asked."""
    content, clock = req.question.content, req.genre.clock_time
    ended_asked = ENDING in content
    twice = req.question.has("both_hours")  # ("几点开到几点": an hour asked at both ends)
    start = [] if ended_asked and STARTING not in content and not twice else [s for s in req.facts.date.evidence if clock.search(s.text)][:1]
    sentences = req.facts.article.sentences
    if not start and (STARTING in content or not ended_asked):  # '上午9时，柴家骏宣布：…开幕。' after a lead with no hour
        starting = [w for w in req.knowledge.synonyms.get(STARTING[1:], ()) if has_han(w)]
        start = [
            s for s in sentences
            if clock.search(s.text) and any(w in s.text for w in starting) and any(w in s.text for w in req.genre.meeting_words)
        ][:1]  # (not '9时开始转移群众')
    ending = req.knowledge.synonyms.get(ENDING[1:], ())
    ended = [s for s in sentences if clock.search(s.text) and any(w in s.text for w in ending)] if ended_asked else []
    found = list(dict.fromkeys([*start, *ended[:MAX_DURATIONS]]))
    if not found:
        return None
    planned = [w for w in req.knowledge.equivalents.get(AS_PLANNED, ()) if has_han(w)]
    asked_plan = GROUP_MARKS[1] + AS_PLANNED in content

    def hour(s: Sentence) -> str:  # ('活动原定晚9时结束，实际持续到9时40分': the hour it ended, unless the plan is asked)
        hours = [m.group() for m in clock.finditer(s.text)]
        return hours[-1] if s in ended and not asked_plan and len(hours) > 1 and any(w in s.text for w in planned) else hours[0]

    hours = req.join(dict.fromkeys(hour(s) for s in found))
    return Composed(hours + req.msg("full_stop") + "\n" + req.msg("reading_says") + "\n" + bullets(found), True, tuple(found))


def _year_written(req: Request, word: str) -> bool:
    """A year said from the page's (去年, lexicon year_offsets) that the report writes as its number ('2026年' on a page of 2027)."""
    offset = req.knowledge.lexicon.year_offsets.get(word)
    year = req.facts.article.published_year
    if offset is None or year is None:
        return False
    return any(f.date.year == year + offset for f in req.genre.dates.find(req.facts.article.text, Kind.ANY))


def _one_of_its_kind(req: Request, counted: list[Sentence], units: tuple[str, ...]) -> bool:
    """The report's one count in a classifier of few things ("工务处说要装几盏": '…增设太阳能路灯12盏'), not one that counts
    anything (个, 项, 家, 名), of this year."""
    kinds = req.genre.unit_kinds
    rare = set(kinds.get("items", ())) - set(kinds.get("classifiers", ()))
    return bool(units) and set(units) <= rare and len(counted) == 1 and len(req.genre.counts_in(counted[0].text, units)) == 1 \
        and not of_another_year(req, counted[0].text)


def _only_of_its_measure(req: Request, counted: list[Sentence], units: tuple[str, ...]) -> bool:
    """The report gives one figure of the measure asked, a measure of its own (an area, a weight; not a count of
    things or people, which any noun may be of): "到底烧了多大一片" of '过火面积约600平方米'."""
    kinds = req.genre.unit_kinds
    common = {*kinds.get("items", ()), *kinds.get("people", ()), *kinds.get("money", ()), *kinds.get("share", ()), *kinds.get("time", ())}
    return bool(units) and not set(units) & common and len(counted) == 1 and len(req.genre.counts_in(counted[0].text, units)) == 1


def _said_short_of_meeting(req: Request) -> list[str]:
    """"约了几家" of a 约谈会: a character of a terse question that starts a word of the meeting's name (约谈), which the
    report writes again; what the count is of."""
    if req.en or req.facts.meeting is None or req.question.terms or req.slots.topic:
        return []
    name, text, asking = req.facts.meeting.value, req.facts.article.text, "".join(req.question.asking)
    counting = "|".join(map(re.escape, req.genre.count_words))  # (约 of 约了几家, right before the count; not 会 of 上面会给多少)
    aspect = "".join(p for p in req.knowledge.lexicon.particles if len(p) == 1)  # (了 of 约了几家)
    asked = [m.group(1) for m in re.finditer(f"([{HAN_CLASS}])[{re.escape(aspect)}]?(?:{counting})", asking)]
    words = [name[i : i + 2] for c in asked for i in range(len(name) - 1) if name[i] == c]
    return [w for w in words if text.count(w) >= 2 and w not in req.genre.meeting_words][:1]


def _counted_words(req: Request) -> list[str] | None:
    """The words of what a figures question counts (not the asker's story's); in English, the report's words for
    them (township elderly care centres), or None when it has none of them."""
    q, slots = req.question, req.slots
    words = [w for w in dict.fromkeys(q.terms) if not q.story or any(w in c for c in q.asking)]
    person = slots.person  # "湛启明一行来了几个人": the headline's 湛启明一行 is written apart where the count is (湛启明、…一行9人)
    words = [x for w in words for x in ((person, w[len(person) :]) if person and w.startswith(person) and w != person else (w,))]
    words = [_off_the_scene(req, w) for w in words]  # (涔源乡贤 of "涔源乡贤座谈会来了多少人": 乡贤, the county the scene)
    years = "|".join(map(re.escape, req.knowledge.lexicon.relative_years))  # (农会去年 of '…农会去年拿下…': 农会, and 去年 frames)
    words = [p for w in words for p in (re.split(f"({years})", w) if years and has_han(w) else [w]) if p]
    if not req.en:  # "一季度GDP增长多少": the report's word for the acronym (地区生产总值)
        text, groups = req.facts.article.text, req.knowledge.equivalents
        acronyms = [t for t in q.content if t.isascii() and t.isalpha() and t in groups.get(t, ())]
        words += [next(w for w in groups[t] if w in text) for t in acronyms if any(w in text for w in groups[t])]
        lower = text.lower()  # "去年EPS多少": an acronym the report writes itself ('每股税后纯益（EPS）6.28元')
        words += [t for t in q.content if t.isascii() and t.isalpha() and len(t) >= 2 and t.lower() in lower and t not in words]
    if req.en:
        lex, asked = req.knowledge.lexicon, " ".join(q.asking).lower()
        pay = [zh for en in lex.measures_en if re.search(rf"\b{re.escape(en)}\b", asked) for zh in lex.words_en.get(en, ())]
        if pay and not any(zh in req.facts.article.text for zh in pay):
            return None  # ("how much will the teachers get paid?": no 工资 in the report)
        measured = [zh for zh in q.glossary if zh not in req.knowledge.lexicon.relative_years]  # (last year: 去年 dates it)
        if measured and not any(zh in req.facts.article.text for zh in measured):
            return None
        words += [zh for zh in q.glossary if zh in req.facts.article.text]
        group = slots.group  # "How many entrepreneurs spoke?": 企业家
        words += [group] if group and group in req.facts.article.text and group not in words else []
    return words


def _off_the_scene(req: Request, word: str) -> str:
    """A word that opens with the place the whole report is set in and goes on with one of the report's own (涔源 + 乡贤):
    the rest, which says what is counted."""
    text = req.facts.article.text  # (a place's name, 涔源 of 涔源县; not 美拉 of 美拉溪畔, another place than 美拉东)
    named = lambda k: any(word[:k] + kind in text for kind in req.genre.research_place_kinds)  # noqa: E731
    cut = next((k for k in (2, 3) if len(word) - k >= 2 and scene_word(req, word[:k]) and named(k) and word[k:] in text), 0)
    return word[cut:]


def _units(req: Request) -> tuple[str, ...]:
    """The units of the figure asked; none of money for "how much shorter…" (a change, of whatever unit)."""
    if req.question.has("change") and req.en:
        return ()
    if "§attend" in req.question.content:  # "一共来了几个人": heads, not the 人次 of '个别谈话31人次'
        visits = req.genre.unit_kinds.get("visits", ())
        heads = req.slots.units or req.genre.unit_kinds.get("people", ())  # ("来了多少老同志": heads, not '年届96岁')
        return tuple(u for u in heads if u not in visits)
    return req.slots.units


PINNING_WORD = 4  # characters of a question's word that, right before a figure, says what it counts whatever else is asked


def _answering(req: Request, sentence: Sentence, words: list[str], loose: bool = False) -> tuple[list[str], bool]:
    """The figures, in the unit asked, of the first clause that every word of the question
    stands before, in its sentence: "…社会民生项目7个。" after the money figures does not say
    how much 社会民生项目 got. Empty when no clause is so preceded; True when a word of the
    question stands right by them (约一万二千家中小企业, not 中小企业…座谈会，逾百家企业代表)."""
    units = _units(req)
    clauses = req.genre.clauses_with_marks(sentence.text)
    # an English word's Chinese is a looser clue than the report's own word; of three words, all but the people they are of
    # will do (原住民…申请 of "原住民长者几多岁先可以申请")
    together = any if req.en or loose else lambda held: _all_but_people(req, words, list(held))
    if req.en and not loose:  # …but not the word the whole report is about (供热 of "…upgrading the heating pipes")
        words = [w for w in words if not _throughout(req, w) and not w.isdigit()] or words  # (2024 dates, it tells nothing)
    acted = _acted_figures(req, sentence, clauses, units, words, together) or _totalled(req, sentence, clauses, units, words, together)
    if acted:  # "电梯那个有几个人同意": the figure the question's verb stands right by ('同意121人'), not the sentence's first
        return acted, True
    for i in _clause_order(req, clauses):
        clause = clauses[i]
        counts = req.genre.counts_in(clause, units)
        # (the words before it in its own item of a list cut at ；: '一是…县人民医院新院区…；二是…近400万元' gives no
        # figure of the 新院区)
        start = max((j + 1 for j in range(i) if clauses[j].rstrip().endswith(("；", ";"))), default=0)
        before = "".join(clauses[start : i + 1])
        # ("托育养老投多少钱？" of '涉及托育养老、教育扩容…等领域，计划总投资52.3亿元': the total's, not its; "多少名职工" of
        # '应到职工代表156名': a count of the 代表 of the 职工)
        if counts and (any(len(w) >= 2 and item_of_total(req, before, w, clause) for w in words) or of_their_delegates(req, before, words)):
            continue
        counts = [c for c in counts if loose or not (_counts_another(req, clause, c, words) or counts_some(req, clause, c, words))]
        counts = [c for c in counts if not of_the_other_side(req, clause, c)]
        if counts and together(_holds_any(req, before, w) or _said_short(req, sentence, w) or _called_by_head(req, sentence, clauses[start : i + 1], w)
                               or _named_short(req, before, w) or _said_by_pronoun(req, sentence, w) or _pointed_back(req, sentence, w)
                               or _ranked_after(req, clauses[i + 1 : i + 2], w) for w in words):
            # of several, the ones a word of the question stands right by (11家银行、46家企业)
            near = _in_own_item(req, clause, [c for c in counts if _next_to(req, clause, c, words)], words)
            return near or list(counts), bool(near)
    for i, clause in enumerate(clauses):  # the item (cut at ；) holds them, the rest after its figure: '缺勤2次以上的，取消结业资格；'
        start = max((j + 1 for j in range(i) if clauses[j].rstrip().endswith(("；", ";"))), default=0)
        end = next((j + 1 for j in range(i, len(clauses)) if clauses[j].rstrip().endswith(("；", ";", "。"))), len(clauses))
        item = "".join(clauses[start:end])
        counts = [c for c in req.genre.counts_in(clause, units) if not _counts_another(req, clause, c, words)]
        near = [c for c in counts if _next_to(req, clause, c, words)]
        if near and len(words) > 1 and all(_holds_any(req, item, w) for w in words):
            return near, True
    text = req.facts.article.text  # (not where the sentence is of another thing the question does not ask: '新埔排水…中央补助1,200万元'
    named = "".join(f.value for f in (req.facts.organizer, req.facts.meeting) if f)  # (a sum of a thing few sentences name;
    money = set(units) <= set(req.genre.unit_kinds.get("money", ())) if units else False  # not 商会, the scene, nor a count of
    elsewhere = [  # things, 专业扑火队伍146支 of "森林防火这块…有多少支专业扑火队伍")
        w for w in words if money and len(w) >= 2 and has_han(w) and w in text and not _holds_any(req, sentence.text, w) and w not in named
        and sum(w in s.text for s in req.facts.article.sentences) <= FEW_NAMING + 1 and not scene_word(req, w)
    ]
    for clause in clauses if not elsewhere else ():  # no clause holds every word: one whose figure a long word of the question stands right before
        pinned = [c for c in req.genre.counts_in(clause, units) if any(len(w) >= PINNING_WORD and stands_before(req, clause, w, c) for w in words)]
        if pinned:  # (专业扑火队伍146支 of "森林防火…有多少支专业扑火队伍")
            return pinned, True
    return [], False


NOUN_AFTER = 6  # characters after a classifier's figure that name what it counts


def _counts_another(req: Request, clause: str, count: str, words: list[str]) -> bool:
    """A figure whose classifier is followed by a noun none of the question's words is in ('30名“文明督导员”' asked of 突击队)."""
    found = req.genre.figure_pattern.fullmatch(count)
    if not found or found.group(1) not in req.genre.unit_kinds.get("classifiers", ()):
        return False
    rest = clause[clause.find(count) + len(count) :]
    after = rest.lstrip("“「\"")[:NOUN_AFTER]
    noun = re.match(f"[{HAN_CLASS}]+", after)
    asked = [w for w in words if has_han(w)]
    named = [*asked, *req.question.glossary, *((req.slots.group,) if req.slots.group else ())]  # (experts: 专家)
    named += [e for w in asked for e in req.knowledge.equals(w) if len(e) >= 2 and has_han(e)]  # (老同志: 离退休干部代表)
    if noun and of_their_delegates(req, noun.group(), asked):
        return True  # ('6名职工代表作大会发言' asked of 职工)
    if not (noun and asked) or any(w in noun.group() or noun.group() in w for w in named if has_han(w)):
        return False
    kinds = (*req.genre.people_nouns, *req.genre.group_words, *req.genre.titles)  # (a noun of people, or one in quotes;
    return rest.startswith(("“", "「")) or any(k in noun.group() for k in kinds)  # not '216套交付使用', a verb)


SCENE_SHARE = 0.25  # a word in this share of a report's sentences is what it is all about: it tells no figure apart


def _throughout(req: Request, word: str) -> bool:
    sentences = req.facts.article.sentences
    return len(sentences) >= 8 and sum(word in s.text for s in sentences) >= SCENE_SHARE * len(sentences)


def _all_but_people(req: Request, words: list[str], held: list[bool]) -> bool:
    """Every word held, or of three or more all but one that only says whom it is of (长者, 居民)."""
    people = (*req.genre.people_nouns, *req.genre.group_words)
    missed = [w for w, h in zip(words, held, strict=True) if not h]
    return not missed or len(words) >= MANY_WORDS and len(missed) == 1 and (missed[0] in people or _meeting_subject(req, missed[0]))


def _meeting_subject(req: Request, word: str) -> bool:
    """A word for what the whole meeting is about, which its name says otherwise (水费 of a 供水价格调整听证会: ≡water_price):
    every figure of the report is of it, whether its sentence says so or not ('按方案一每月多付2310元')."""
    said = {w for g in req.question.equal_groups(word) for w in req.knowledge.equivalents.get(g, ())} - {word}
    return not names_meeting_subject(req, [word]) and names_meeting_subject(req, said)  # (not 瑞湖区 of its name: a place, in scope)


def _holds_any(req: Request, text: str, word: str) -> bool:
    """The word in the text, or a word that stands for it (参加: 与会; 预算: 经费), Chinese only:
    an English question's words are looser clues already."""
    if _holds(text, word):
        return True
    same = () if req.en else req.knowledge.equals(word)
    return any(w in text for w in same if len(w) >= 2 and has_han(w))


def _said_short(req: Request, sentence: Sentence, word: str) -> bool:
    """A long word the sentence before holds, which this one opens with its end ('…作政府工作报告。报告分为三个部分'):
    the same thing, said short; or any word of the sentence before, where this one opens with the end of what that one
    was about ('…汇报…鹭汀道行人天桥加建升降机工程的进度。工程于2024年9月动工，工程费约4,800万元…': 鹭汀道's 工程)."""
    before = [s for s in (_sentence_before(req, sentence),) if s is not None]
    if len(word) >= 4 and sentence.text.startswith(word[-2:]):
        return any(word in s.text for s in before)
    opening = sentence.text[:2]
    return any(word in s.text and re.search(f"{re.escape(word)}[{HAN_CLASS}]{{0,12}}{re.escape(opening)}", s.text) for s in before)


def _ranked_after(req: Request, after: list[str], word: str) -> bool:
    """A superlative of the question the clause right after the figure's gives it ('…贷款3.2亿元，为本次单笔金额最大')."""
    return any(word.startswith(s) for s in req.genre.superlatives) and any(word in c for c in after)


HEAD_REACH = 12  # characters at most between a word and the head noun the report named its thing with


def _called_by_head(req: Request, sentence: Sentence, clauses: list[str], word: str) -> bool:
    """A clause that opens with the head noun the report named the word's thing with, bare or after 该/这个
    ('清澜苑安置小区…' before '蓟桂芳说，小区共16栋、1260户'; '…产业园项目…。该项目总投资…'): of that thing."""
    if len(word) < 2 or not has_han(word) or word in req.genre.name_heads:
        return False
    pointers = "|".join(map(re.escape, req.genre.name_head_pointers))
    opens = re.compile(f"(?:{pointers})?({'|'.join(map(re.escape, req.genre.name_heads))})")
    heads = {m.group(1) for c in clauses if (m := opens.match(c.lstrip()))}
    if not heads:  # (most clauses open with no head: the report's text is read only for those that do)
        return False
    text = "".join(s.text for s in req.facts.article.sentences if (s.paragraph, s.index) <= (sentence.paragraph, sentence.index))
    # (…or a firm's full name, '科瓦特精密传动（沣湄）有限公司', its place in brackets: 公司 after 有限, no clause break between)
    if any(re.search(f"{re.escape(word)}[{HAN_CLASS}]{{0,4}}{re.escape(head)}", text) for head in heads):
        return True
    firm, joins = req.genre.firm_name_end, "".join(req.genre.company_joiners)  # (not across 与, 和: 'A集团与B科技有限公司')
    return any(firm.endswith(h) for h in heads) and re.search(f"{re.escape(word)}[^，,。；;、：:{joins}]{{0,{HEAD_REACH}}}?{re.escape(firm)}", text) is not None


def _said_by_pronoun(req: Request, sentence: Sentence, name: str) -> bool:
    """A person asked of, whom the sentence calls 他 or 她 after the sentence before in its paragraph named them ('…驾驶员
    笪永军作交流发言。他驾驶公交车安全行驶超过96万公里')."""
    if not sentence.text.startswith(tuple(p for p in req.knowledge.lexicon.pronouns if len(p) == 1)) or req.facts.person(name) is None:
        return False
    before = _sentence_before(req, sentence)
    return before is not None and name in before.text


def _sorted_figures(req: Request, chosen: list[Sentence], answering: dict[Sentence, tuple[list[str], bool]], words: bool) -> list[Sentence]:
    """The sentences of a figure asked, those whose figure the question's words stand by first; then the one that writes a
    figure the question states ("那186万里村里掏多少"); then, for the new figure (新的, 定了), the change agreed
    ('同意将…调升至…，按月计算为7,696'), not the rate as it is ('现行…7,488')."""
    q = req.question
    chosen = sorted(chosen, key=lambda s: not answering[s][1] if words and not req.en else False)
    chosen.sort(key=lambda s: not q.yes_no and not any(_figure_in(f, s.text) for f in req.slots.figures))
    if q.has("new_state"):
        chosen.sort(key=lambda s: -of_the_change(req, s.text))
    return chosen


def _clause_order(req: Request, clauses: list[str]) -> list[int]:
    """The clauses in turn; for "现在…多少家", the clause that says now first ('5年前只有3家，现在发展到41家')."""
    order = list(range(len(clauses)))
    if req.question.has("now"):
        now = req.knowledge.lexicon.facets["now"]
        order.sort(key=lambda i: not any(w in clauses[i] for w in now))
    return order


def _acted_figures(
    req: Request, sentence: Sentence, clauses: list[str], units: tuple[str, ...], words: list[str], together: Callable[..., bool],
) -> list[str]:
    """The figures a verb of the question stands right by ('同意121人' of "有几个人同意"), in a sentence that holds every word
    of the question some way (the thing it points back to too: '该议题…'); none where the question has no verb of its own.
    A change the question asks the end of (降到, 压到: lexicon change_concepts) is such a verb ('…政府目标是…降至4.5年')."""
    changes = [e for c in req.knowledge.lexicon.change_concepts if GROUP_MARKS[1] + c in req.question.content
               for e in req.knowledge.equivalents.get(c, ())]
    verbs = [v for v in (*req.question.verbs, *changes) if has_han(v) and len(v) >= 2 and v not in words]
    verbs += [req.slots.count_verb] if req.slots.count_verb else []  # (缺 of "缺几个司机": '…实际只有39人，缺7人')
    if not verbs or not words or not together(_holds_any(req, sentence.text, w) or _pointed_back(req, sentence, w) for w in words):
        return []
    for clause in clauses:
        near = [c for c in req.genre.counts_in(clause, units) if _next_to(req, clause, c, verbs)]
        if near:
            return near
    return []


def _totalled(
    req: Request, sentence: Sentence, clauses: list[str], units: tuple[str, ...], words: list[str], together: Callable[..., bool],
) -> list[str]:
    """A total asked ("一共赔了多少钱") of a sentence that gives its parts and then the total ('…2.3万元…再赔偿5.2万元，合计7.5万元'):
    the figure right after a word of totals, where the sentence holds the question's words."""
    if not req.question.has("total") or words and not together(_holds_any(req, sentence.text, w) for w in words):
        return []
    marks = "|".join(map(re.escape, (*req.genre.total_words, *req.genre.total_marks)))
    return [c for clause in clauses for c in req.genre.counts_in(clause, units) if re.search(rf"(?:{marks})[^，。；\d]{{0,3}}{re.escape(c)}", clause)]


def _pointed_back(req: Request, sentence: Sentence, word: str) -> bool:
    """A word of a thing the sentence points back to ('该议题由…业主表决：…同意121人' after '议题一为…更换…4部电梯'): the
    sentence opens with a pointer and a noun, and the sentence before it in its paragraph that holds the noun holds the word."""
    pointers = tuple(p for p in (*req.knowledge.lexicon.demonstratives, *req.genre.back_pointers) if len(p) >= 1)
    follows = re.escape(req.genre.back_pointer_follows)
    opening = re.match(rf"(?:{'|'.join(map(re.escape, sorted(pointers, key=len, reverse=True)))})([{HAN_CLASS}]{{2,4}}?)(?=[{follows}])", sentence.text)
    if opening is None:
        return False
    sentences = req.facts.article.sentences
    earlier = [s for s in sentences[: sentences.index(sentence)] if s.paragraph == sentence.paragraph and opening.group(1) in s.text]
    return bool(earlier) and _holds_any(req, earlier[-1].text, word)


NAME_PART = 3  # characters at least of a name the report goes on to write without its head noun


def _named_short(req: Request, text: str, word: str) -> bool:
    """A long word the report writes once in full and goes on to call by its name alone ('美拉溪畔预购组屋工程…', then
    '美拉溪畔共有1246个单位'): the name, without the rest, in the text."""
    report = req.facts.article.text
    if len(word) < NAME_PART + 2 or word in text or word not in report:
        return False
    return any(word[:k] in text and report.count(word[:k]) > report.count(word) and not _sibling(text, word, k) for k in range(len(word) - 2, NAME_PART - 1, -1))


def _sibling(text: str, word: str, k: int) -> bool:
    """The name goes on in the text as another of its kind ('产业园一期' asked as 产业园二期): not the thing asked."""
    rest = word[k:]
    at = text.find(word[:k]) + k
    return text[at : at + len(rest)].endswith(rest[-1])


def _holds(text: str, word: str) -> bool:
    """The word in the text, or the report's longer form of a two-character word (老人 in
    老年人, 民企 in 民营企业)."""
    if word.isascii():  # (kinetica: the report's Kinetica)
        return word.lower() in text.lower()
    if len(word) == 4 and word not in text and word[:2] in text and word[2:] in text:
        return True  # 签约项目 of '共有23个项目现场签约': a compound the report also writes apart
    if len(word) >= 4 and re.search(f"{re.escape(word[:-1])}[{HAN_CLASS}]{{1,6}}{re.escape(word[-1])}", text):
        return True  # 墨西哥厂 of '墨西哥新莱昂州厂': a place and its head noun, its own name between
    return word in text or (len(word) == 2 and re.search(f"{re.escape(word[0])}.{{1,2}}{re.escape(word[1])}", text) is not None) \
        or written_inside(word, text)


def _in_own_item(req: Request, clause: str, counts: list[str], words: list[str]) -> list[str]:
    """Of several figures in a clause's items ('二层每户2.2万元、三层每户4.4万元、…六层每户6.5万元'), those whose own item
    holds the most words of the question ("六楼每户出多少钱": 6.5万元); all of them where no item holds more."""
    if len(counts) < 2:
        return counts
    items = clause.split("、")
    held = {c: max((sum(_holds_any(req, item, w) for w in words) for item in items if c in item), default=0) for c in counts}
    most = max(held.values())
    return [c for c in counts if held[c] == most]


def _next_to(req: Request, clause: str, count: str, words: list[str]) -> bool:
    """Whether a word stands right before a figure, or before a linking word before it
    (先进集体20个, 产值达到412亿元), or right after it (11家银行)."""
    after = clause[clause.find(count) + len(count) :]
    if any(stands_before(req, clause, w, count) or after.startswith(w) or count.endswith(w) for w in words):
        return True  # (公里 of "开了多少公里": the figure's own unit)
    same = [e for w in words if has_han(w) and not req.en for e in req.knowledge.equals(w) if len(e) >= 2 and has_han(e) and e != w]
    # (老同志 asked: '60余名离退休干部代表欢聚一堂'; 赔偿 asked: '…累计扣罚1,260万澳门元')
    return any(after.startswith(e) or stands_before(req, clause, e, count) for e in same)


def _side_figures(req: Request, counted: list[Sentence], words: tuple[str, ...]) -> tuple[list[str], str, Sentence] | None:
    """One side of a comparison: the figures of the first clause its words stand before (the
    ones the measure asked, 投资 of "哪个投资多", stands right by first, then those its own words
    do), with that clause and its sentence."""
    measure = req.question.measure
    together = any if req.en else all
    text = req.facts.article.text.lower()  # (整个 of "集团去年整个出货量": no word of the report; kinetica is Kinetica)
    words = tuple(w for w in words if w.lower() in text) or words
    for sentence in rank(counted, [*words, *measure]):
        clauses = req.genre.clauses_with_marks(sentence.text)
        for i, clause in enumerate(clauses):
            counts = req.genre.counts_in(clause, req.slots.units)
            if counts and together(_holds_any(req, "".join(clauses[: i + 1]), w) for w in words):
                by_measure = [c for c in counts if _next_to(req, clause, c, list(measure))]
                by_words = [c for c in counts if _next_to(req, clause, c, list(words))]
                return list(dict.fromkeys([*by_measure, *by_words, *counts])), clause.rstrip("，,；;。！!？?、 "), sentence
    return None


def _paired(req: Request, a: list[str], b: list[str]) -> tuple[str, str]:
    """The first figures of the two sides that measure the same thing (281.7亿元 with 97.3亿元,
    not with 11个); else each side's first."""
    same = req.genre.same_measure
    return next(((x, y) for x in a for y in b if same(req.genre.figure(x).unit, req.genre.figure(y).unit)), (a[0], b[0]))


LAST_YEAR = "last_year"  # the equivalence group of last year (去年, 上年, 同期)


def _years(req: Request) -> set[str]:
    """The words of a side that is only a year: the lexicon's relative years and last year's words (同期, 上年…)."""
    return {*req.knowledge.lexicon.relative_years, *req.knowledge.equivalents.get(LAST_YEAR, ())}


def _year_only_side(req: Request) -> bool:
    """One side of the comparison is last year only (去年 of "比去年多还是少"), the other names what is compared in no year
    of its own (not "去年盈余比前年多吗": two years set side by side)."""
    last, years = set(req.knowledge.equivalents.get(LAST_YEAR, ())), _years(req)
    sides = req.question.sides
    if len(sides) != 2:
        return False
    only = [bool(side) and all(w in last for w in side) for side in sides]
    return sum(only) == 1 and not any(w in years for side, bare in zip(sides, only, strict=True) if not bare for w in side)


def _on_last_year(req: Request, counted: list[Sentence]) -> Composed | None:
    """"今年受理的案件比去年多还是少": one side only last year, the change on it that the other side's sentence gives
    ('同比分别上升4.6%和7.3%'), not a figure of last year that another thing's sentence writes; that the report gives none
    where no sentence of the thing gives a change on last year."""
    years = _years(req)
    words = [w for w in next(side for side in req.question.sides if not (side and all(w in years for w in side))) if w not in years]
    words = [w for w in words if not scene_word(req, w)] or words  # (法院 of a court's own meeting sets the scene)
    together = any if req.en else all
    ranked = rank(counted, words) if words else []
    for sentence in [*ranked, *(s for s in counted if s not in ranked)] if words else ():  # (案子: the report's 案件)
        change = req.genre.year_on_year.search(sentence.text)
        if change and together(_holds_any(req, sentence.text[: change.start()], w) for w in words):
            text = change.group() + req.msg("full_stop") + "\n" + req.msg("reading_says") + "\n" + bullets([sentence])
            return Composed(text, True, (sentence,))
    # (the thing's figure of this year alone, '执行率52.7%', tells nothing of last year's)
    return Composed(req.msg("no_year_change"), False, final=True) if words else None


def _last_years_figure(req: Request, counted: list[Sentence]) -> list[tuple[list[str], str, Sentence] | None] | None:
    """The two sides of "今年阻街检控比去年同期多了几宗": the thing's figure, and last year's in that very sentence ('今年…84宗
    …，较去年同期的52宗增加约六成'), never another thing's ('…调解成功2957件，…去年同期为2310件'); None where it gives none."""
    years = _years(req)
    sides = req.question.sides
    thing_at = next(i for i, side in enumerate(sides) if any(w not in years for w in side))
    words = sides[thing_at]  # (…or those of its words the sentence holds, the others named before it: 街市 of '署方在该处…')
    thing = _side_figures(req, counted, words)
    for sentence in rank(counted, words) if thing is None else ():
        held = tuple(w for w in words if _holds_any(req, sentence.text, w))
        thing = _side_figures(req, [sentence], held) if held else None
        if thing is not None:
            break
    year = _side_figures(req, [thing[2]], sides[1 - thing_at]) if thing else None
    if thing is None or year is None:
        return None
    return [thing, year] if thing_at == 0 else [year, thing]


def compared(req: Request) -> Composed | None:
    """"签约额和开工投资哪个多？", "Which was bigger, A or B?", "A比B少吗": each side's figure
    from its clause, and which is more where the two measure the same thing exactly."""
    counted = [s for s in req.facts.article.sentences if req.genre.counts_in(s.text, req.slots.units)]
    if _year_only_side(req):
        change = _on_last_year(req, counted)
        found = _last_years_figure(req, counted) if change is not None and not change.answered else None
        if found is None:
            return change
    else:
        found = [_side_figures(req, counted, side) for side in req.question.sides]
    if len(found) != 2 or found[0] is None or found[1] is None:
        return None
    (a_all, a_clause, a_sentence), (b_all, b_clause, b_sentence) = found
    a, b = _paired(req, a_all, b_all)
    if a == b and a_sentence is b_sentence:
        return None  # both sides read the same figure: no comparison to make
    label = {a: a_clause if len(a_clause) <= 24 else a, b: b_clause if len(b_clause) <= 24 else b}
    fa, fb = req.genre.figure(a), req.genre.figure(b)
    verdict, by = "", ""
    if fa.value is None or fb.value is None or not req.genre.same_measure(fa.unit, fb.unit):
        key, larger, smaller = "compared_apart", a, b
    elif fa.value == fb.value:
        key, larger, smaller = "compared_same", a, b
    else:
        key = "compared_more"
        larger, smaller = (a, b) if fa.value > fb.value else (b, a)
        if fa.unit == fb.unit and fa.unit not in ("%", "％"):  # (23个 and 14个: 9个 more)
            amount = abs(fa.value - fb.value)
            by = req.msg("compared_by", amount=in_magnitude(amount, a, b) + fa.unit)  # (0.48亿元 of 2.4亿元 and 1.92亿元)
        if req.question.yes_no:  # "A比B多吗": yes when the first side is the larger (the smaller, asked 少吗)
            verdict = req.msg("yes" if (larger == a) != req.question.has("compare_less") else "no")
    cited = tuple(dict.fromkeys(sorted((a_sentence, b_sentence), key=lambda s: (s.paragraph, s.index))))
    text = verdict + req.msg(key, larger=label[larger], smaller=label[smaller], by=by)
    return Composed(text + "\n" + bullets(cited), True, cited)


def _ranked(req: Request) -> Composed | None:
    """"固投增速在全市排第几": the rank the clause of the question's words gives ('固定资产投资仅增长2.9%，…居全市第7位'),
    the clause holding most of them; None when the question asks no rank or no clause gives one."""
    if not req.question.has("rank_asked"):
        return None
    words = [w for w in (*req.slots.known_words, *req.slots.topic_terms, *req.question.glossary) if has_han(w) and len(w) >= 2]
    words += [w for t in req.question.content if t.startswith(GROUP_MARKS[1]) for w in req.knowledge.equivalents.get(t[1:], ())
              if has_han(w) and len(w) >= 2]
    found: list[tuple[int, str, Sentence]] = []
    for sentence in req.facts.article.sentences:
        parts = re.split("[；;]", sentence.text)
        for part in parts:
            start = 0  # (each rank's own stretch: from the rank before it, '…第3位；规上工业增加值增长7.6%，居全市第2位')
            for clause_rank in req.genre.rank.finditer(part):
                before = part[start : clause_rank.start()]
                start = clause_rank.end()
                held = sum(len(w) for w in dict.fromkeys(words) if w in before)  # (固定资产投资 tells more than 增速)
                if held:
                    found.append((held, clause_rank.group(), sentence))
    if not found:
        return None
    best = max(h for h, _, _ in found)
    held_by = [(r, s) for h, r, s in found if h == best][:1]
    rank, sentence = held_by[0]
    return Composed(rank + req.msg("full_stop") + "\n" + req.msg("reading_says") + "\n" + bullets([sentence]), True, (sentence,))


def extreme(req: Request) -> Composed | None:
    """"谁年纪最大？几岁", "哪家银行授信最多", "最大一笔钱花在什么上": of the figures in the unit asked, of the sentences
    that hold a word of the question (else of the whole report, for a measure of its own such as an age), the largest
    or the smallest; not a total over them. None when the question asks no superlative (最多 only with who or which:
    it also says a limit), or two figures are not there."""
    q, genre = req.question, req.genre
    said = genre.superlative(" ".join(q.asking))
    units = _units(req)
    if said is None or not units or q.yes_no or said[0] in genre.superlative_bounds and not (q.kind == "who" or q.has("which")):
        return None
    own = next((s for s in req.facts.article.sentences if said[0] in s.text and genre.counts_in(s.text, units)), None)
    if own is not None:  # ("最大的那间民宿有几间客房": '…规模最大的民宿，共有客房38间', the report's own superlative, not the largest figure)
        at = own.text.find(said[0])
        count = min(genre.counts_in(own.text, units), key=lambda c: abs(own.text.find(c) - at))  # (the one by it)
        return Composed(count + req.msg("full_stop") + "\n" + req.msg("reading_says") + "\n" + bullets([own]), True, (own,))
    people = (*genre.group_words, *genre.people_nouns)  # (居民 of 年纪最大的居民: whose age, not what is counted)
    words = [w for w in _counted_words(req) or () if has_han(w) and w not in q.conceptual and w not in people]
    kinds = genre.unit_kinds
    common = {*kinds.get("items", ()), *kinds.get("people", ()), *kinds.get("money", ())}
    pools = [[s for s in req.facts.article.sentences if any(_holds_any(req, s.text, w) for w in words)]]
    pools += [req.facts.article.sentences] if not set(units) & common or not words else []  # (最大一笔钱: of all the money)
    for sentences in pools:
        found = [
            (figure, s) for s in sentences for clause in genre.clauses_with_marks(s.text) if not any(t in clause for t in genre.total_words)
            for c in genre.counts_in(clause, units) if (figure := parse_figure(c, units, genre.figure_qualifiers)).value is not None
        ]
        if len({f.value for f, _ in found}) >= 2:
            best = (min if said[1] else max)(found, key=lambda pair: pair[0].value)
            return Composed(best[0].text + req.msg("full_stop") + "\n" + req.msg("reading_says") + "\n" + bullets([best[1]]), True, (best[1],))
    return None


@composer("figures")
def figures(req: Request) -> Composed:
    slots, q = req.slots, req.question
    other = _ranked(req) or said_most(req) or extreme(req) or _no_count_asked(req)
    if other is not None:
        return other
    units = _units(req)
    present = present_by_roll_call(req) if "§attend" in q.content and set(units) <= set(req.genre.unit_kinds.get("people", ())) else None
    if present is not None:  # "这次投票实际到场的代表有多少位": the roll call's count of those who came
        return present
    counted = [s for s in req.facts.article.sentences if req.genre.counts_in(s.text, units)]
    # (not a sentence whose only count is the one the question states: "Of the 14 companies…, how many were exporters?")
    counted = [s for s in counted if any(not _figure_in(f, c) for c in req.genre.counts_in(s.text, units) for f in slots.stated)] \
        if slots.stated and not q.yes_no else counted
    words = _counted_words(req)
    if words is None:
        return Composed(req.t("none"), False)  # "How much revenue did…?" of a report that gives no 营收
    words = words or _said_short_of_meeting(req)
    # "How many people attended?", "多少人到场了", "出席人数": 参加, 出席… (a word of attending only, whichever the report writes)
    attend_words = set(req.knowledge.synonyms.get("attend", ()))
    attend = attend_words if "§attend" in q.content else set()
    # ("How many homestay owners took part": 与会, an English phrase read as the report's word: those at the meeting)
    attended = "§attend" in q.content or req.en and any(t in attend_words for t in q.content)
    framing = [a for a in q.absent if a in attend]  # (参加 of "多少人参加", where the report writes 出席: the frame, not a thing)
    attending = all(w in q.conceptual for w in words) and "§attend" in q.content
    if attending:
        words = [a for a in (*req.genre.attendance_actions, *req.genre.gathering_words) if a in req.facts.article.text]
    topic = han_terms(slots.topic.terms if slots.topic else ())
    absent = [a for a in q.absent if not (q.has("change") and a in req.genre.change_verbs) and a not in framing]  # (增加 of 增加了多少: how, not what)
    # (老百姓 ≡ 群众, which the report writes; nor a verb of telling, "綦部长答应给…多少钱": 答应, of a figure of words it holds)
    absent = [a for a in absent if not _holds_any(req, req.facts.article.text, a) and not (words and a in q.absent_acts)]
    absent = [a for a in absent if not _year_written(req, a)]  # (去年 of a report that writes 2026年 on a page of 2027: a frame)
    # (老伯 of "那个82岁的老伯说电梯停了多久": who said it, as the asker knows them, not what is counted)
    absent = [a for a in absent if not (SAY in q.content and a in req.knowledge.lexicon.described)]
    only = _only_of_its_measure(req, counted, units)  # "到底烧了多大一片": the report's one area
    if not req.en and (absent or not (words or topic or only)):  # the question is about something the report lacks
        return Composed(req.t("none"), False, settled=_counted_unwritten(req, absent))  # (多少个老师: no other count answers)
    # a word of a concept (参加, 问题) frames the figure, and the report's own place (青禾 of 青禾市,
    # 澳门 where the meeting met) sets the scene; the others name what is counted
    who = {*slots.people, slots.person, *slots.roles, *q.verbs}  # (市长季鸿飞致辞时说…增长了多少: who said it is not what is counted)
    who |= {w for w in words if w in req.knowledge.lexicon.party_words}  # (业者答应每年给…多少回馈金: the side, not what is counted)
    who |= {w for w in words if SAY in q.content and w in req.knowledge.lexicon.speaking_governments}  # (县府说…多少: who said it)
    who |= {t for r in slots.roles for t in req.genre.titles if r.endswith(t)}  # (副书记 of a role read with a name before it)
    needed = [  # (English: 委员 of "committee members' proposal" is who proposed it, not what is counted)
        w for w in words if w not in q.conceptual and not scene_word(req, w) and not _of_the_meeting_name(req, w)
        and not (req.en and w.endswith(req.genre.group_words))
        and not (req.facts.date and has_han(w) and w in req.facts.date.value.text)  # (那天上午: the meeting's own morning)
        and (req.en or w not in req.knowledge.lexicon.relative_years)  # (去年 frames the figure; a sentence of another year is set apart)
    ]
    needed = [w for w in needed if w not in who] or needed or [w for w in words if w not in req.knowledge.lexicon.own_places] or words
    needed = words if attending else needed  # ("How many households attended / turned up?": 出席, the verb asked, is what counts them)
    answering = {s: _answering(req, s, needed, loose=attending) for s in counted} if words else {}
    ranked = rank(counted, words or topic, topic, _holds)
    ranked += [s for s in rank(counted, words, (), lambda t, w: _holds_any(req, t, w)) if s not in ranked]  # (老同志: 离退休干部)
    ranked += [s for s in counted if s not in ranked and words and answering[s][0]]  # (工程费…: the 工程 the one before named)
    chosen = [s for s in ranked if (not words or answering[s][0]) and not of_another_year(req, s.text)]
    if attended and not attending:  # "来了多少家企业？": a count of those at the meeting, not any count of firms
        chosen = [s for s in chosen if _at_the_meeting(req, s)]
    chosen = _sorted_figures(req, chosen, answering, bool(words))
    chosen = _granted_first(req, chosen, answering)
    chosen = sorted(chosen, key=lambda s: -_groups_held(req, s.text))  # (维修基金仲剩几多: '…结余约392万元', not '动用的…300万元')
    most = [w for w in q.content if w in req.genre.superlatives]  # "最大的那间民宿有几间客房": '…全县规模最大的民宿，共有客房38间'
    chosen = [s for s in chosen if all(w in s.text for w in most)] or chosen
    chosen = _in_scope(req, chosen, counted, words, needed, answering)
    chosen = _counted_doing(req, chosen, units)
    chosen, said_by = _of_the_named(req, _in_order_asked(req, _priced_per(req, chosen), units))
    rare_item = bool(words) and not absent and _one_of_its_kind(req, counted, units)
    if not chosen and (not words and (only or req.en and units and len(counted) == 1) or rare_item):
        chosen = counted  # "How many days…?": the one figure of that kind in the report (and "工务处说要装几盏": '邬明哲回应，
        # 将于…增设太阳能路灯12盏', the report's one count of lamps, whoever the question says gave it)
    if not chosen:  # "要跟几个行业深度融合？": the things listed, where no figure counts them
        words = [w for w in words if not any(w in n for n in who if n)]
        each = None if attended and not attending else _each_figure(req, counted, words)  # (not every count of homestays, of how many came)
        return _share_as_part(req, units, words) or _listed(req, words) or each or _named_attending(req) or Composed(req.t("none"), False)
    changed = (_changed(req, chosen) or _change_stated(req, counted, words)) if q.has("change") else None
    if changed:  # "会员这五年增加了多少": from the one to the other (or the change the report states: '较现时增加208澳门元')
        return changed
    # the figure itself first when the question's words stand right before it (产值多少: 412亿元)
    head = req.join(answering[chosen[0]][0]) if words and (units or answering[chosen[0]][1]) and not req.en else ""  # (EPS多少: 6.28元)
    chosen = _without_repeats(req, sorted(chosen[:2], key=lambda s: (s.paragraph, s.index)), units)
    chosen = [*chosen, *other_items(req, chosen)]  # ("两个方案里…各定的多少": '方案一：…' and '方案二：…')
    lead = head + req.msg("full_stop") + "\n" if head else ""
    return Composed(said_by + lead + req.t() + "\n" + bullets(chosen), True, tuple(chosen))


def _counted_doing(req: Request, chosen: list[Sentence], units: tuple[str, ...]) -> list[Sentence]:
    """A count of people asked with what they did at the meeting ("有几位村长发言了", "How many … spoke"): only the sentences
    that write that act, in a word of two characters or more ('19位村长面对面座谈' counts who came, not who spoke)."""
    people = req.genre.unit_kinds.get("people", ())
    titled = any(w in req.genre.titles or w.endswith(req.genre.group_words) for w in req.question.content if has_han(w))
    counts_people = set(units) <= set(people) if units else req.en and (bool(req.slots.roles or req.slots.group) or titled)  # (English: no classifier)
    if not counts_people or SAY not in req.question.content:
        return chosen
    said = [w for w in req.knowledge.synonyms.get(SAY[1:], ()) if len(w) >= 2 and has_han(w)]
    of_people = lambda text: any(req.genre.figure(c).unit in people for c in req.genre.counts_in(text))  # noqa: E731 (not 6件)
    return [s for s in chosen if any(w in s.text for w in said) and of_people(s.text)]


SAY = "§say"  # the concept of saying (intents/synonyms.yaml say)


def _groups_held(req: Request, text: str) -> int:
    """How many of the question's groups of equal words (≡deposit: 结余, 余额, 还剩) the text writes a word of."""
    groups = req.knowledge.equivalents
    mark = GROUP_MARKS[1]
    return sum(any(w in text for w in groups.get(c[len(mark) :], ()) if has_han(w)) for c in req.question.content if c.startswith(mark))


def _in_scope(
    req: Request, chosen: list[Sentence], counted: list[Sentence], words: list[str], needed: list[str],
    answering: dict[Sentence, tuple[list[str], bool]],
) -> list[Sentence]:
    """The figures of the area the question sets ("去年全市实际用了多少外资": '2025年全市…4.86亿美元', not the development
    zone's '去年…2.13亿美元'; "经开区有多少外资企业": its 286家, not the city's 1137家), where the report writes that area
    in some of them: the whole it names (全市), or a place of the report's scene, which frames no figure otherwise."""
    place = req.facts.place.value if req.facts.place else ""  # (经开区 of the meeting's 沣湄经开区企业服务中心: no term asked)
    placed = [w for w in req.question.content if len(w) >= 2 and has_han(w) and w in place and w not in words]
    scoped = [w for w in (req.slots.whole, *[w for w in words if scene_word(req, w)], *placed) if w]
    unframed = [w for w in needed if w not in req.knowledge.lexicon.relative_years] or needed  # ('2025年全市…' of 去年)
    held = [s for s in counted if scoped and all(w in s.text for w in scoped) and (not words or _answering(req, s, unframed)[0])
            and not of_another_year(req, s.text)]
    added = [s for s in held if s not in chosen] if chosen and req.slots.whole else []  # (only a whole named adds one)
    for s in added:  # (its figure the one asked, found by the words that frame none: 外资 before 4.86亿美元)
        answering[s] = answering[s] if answering.get(s, ([], False))[0] else _answering(req, s, unframed)
    return [*[s for s in chosen if s in held], *added, *[s for s in chosen if s not in held]]


def _without_repeats(req: Request, chosen: list[Sentence], units: tuple[str, ...]) -> list[Sentence]:
    """The sentences a figure is quoted from, without a later one that only gives the first one's figures again ('…梳理出
    问题4类19个…', then '…要对19个问题实行“周调度”…')."""
    later = set(req.genre.counts_in(chosen[1].text, units)) if len(chosen) == 2 else set()
    if later and later <= set(req.genre.counts_in(chosen[0].text, units)):
        return chosen[:1]
    return chosen


def _figure_in(figure: str, text: str) -> bool:
    """A figure the question names (186万) as the report writes it (186万元), not inside a longer number (1186万)."""
    return re.search(rf"(?<![\d.]){re.escape(figure)}", text) is not None


def _each_figure(req: Request, counted: list[Sentence], words: list[str]) -> Composed | None:
    """Figures asked of each of several things (分别, 各自: "县府版同议员版，每个月分别有几多点？"), where no sentence
    gives them together: each thing's figure from the first sentence that gives it."""
    if not req.question.has("each") or len(words) < 2 or not req.slots.units:
        return None  # (in the unit asked: 多少点; a bare 多少 reads any figure, 两套 of 两套方案)
    found = [(w, s, figures) for w in words for s in counted if (figures := _answering(req, s, [w])[0])]
    first = {w: (s, f) for w, s, f in reversed(found)}  # (each word's first sentence)
    if len(first) < len(words):
        return None
    lines = [req.t("each", what=w, figures=req.join(first[w][1])) for w in words]
    said = sorted({first[w][0] for w in words}, key=counted.index)
    return Composed("\n".join(lines) + "\n" + req.t() + "\n" + bullets(said), True, tuple(said))


LIST_LEAST = 3  # items a 、-list needs to answer how many things there are


def _listed(req: Request, words: list[str]) -> Composed | None:
    """A count asked of things the report lists without counting ('促进人工智能与制造业、农业、能源…等深度融合'): how many
    it lists, and which, from the first clause that holds the question's words and a list of three or more."""
    asked = "".join(req.question.asking)
    said = [c + u for c in req.genre.count_words for u in req.genre.list_units if c + u in asked]
    people = req.genre.unit_kinds.get("people", ())
    if not req.question.counts or not words or not said or any(c + p in asked for c in said for p in people):
        return None  # (几个行业, 几类: kinds of things; never people (几个人), firms or money, which a list of names does not count)
    counted = {w for w in words if any(f"{c}{w}" in asked for c in said)}  # (行业 of 几个行业)
    beside = [w for w in words if w not in counted]
    holding = [s for s in req.facts.article.sentences if all(_holds_any(req, s.text, w) for w in words)]
    holding.sort(key=lambda s: -sum(_holds(s.text, w) for w in words))  # (the question's own words before their stand-ins)
    for s in holding:
        for clause in req.genre.clauses_with_marks(s.text):
            pieces = clause.rstrip("，。；,;").split("、")
            if len(pieces) < LIST_LEAST or not beside or not all(_holds_any(req, clause, w) for w in beside):
                continue  # (the list in the clause that says what the question asks of them: 与…等深度融合)
            first, size = pieces[0], max(len(p) for p in pieces[1:-1]) + 1
            at = max((first.rfind(w) + len(w) for w in req.genre.list_leads if w in first), default=0)
            last = re.split("|".join(map(re.escape, (*req.genre.list_ends, *req.genre.list_leads))), pieces[-1])[0]
            items = [first[at:] if len(first) - at <= size else first[-size + 1 :], *pieces[1:-1], last]
            if all(1 <= len(i) <= MAX_LIST_ITEM for i in items):
                text = req.t("listed", count=len(items), items=req.msg("item_sep").join(items))
                return Composed(text + "\n" + req.msg("reading_says") + "\n" + bullets([s]), True, (s,))
    return None


def _share_as_part(req: Request, units: tuple[str, ...], words: list[str]) -> Composed | None:
    """"机动地占多少" of '…共486亩，其中村集体机动地112亩': no share written; the part, counted."""
    q = req.question
    if not q.has("part_of") or not units or not set(units) <= set(req.genre.unit_kinds.get("share", ())) or q.yes_no or not words:
        return None
    part = figures(replace(req, question=replace(q, slots=replace(req.slots, units=()))))
    broken_down = part.answered and any(m in s.text for s in part.evidence[:1] for m in req.genre.part_marks)  # ('共486亩，其中…112亩')
    return replace(part, text=req.msg("share_unwritten") + part.text) if broken_down else None


def _named_attending(req: Request) -> Composed | None:
    """"参加的领导一共点了几个人的名" of a report that counts no one: no number, and the people it names as attending,
    counted (whoever it leaves unnamed, 等, is not)."""
    units = set(req.slots.units) or set(req.genre.unit_kinds.get("people", ()))
    if not (req.question.counts and req.question.has("named_count")) or "§attend" not in req.question.content \
            or not units <= set(req.genre.unit_kinds.get("people", ())) or req.slots.group:
        return None  # ("这次座谈会总共多少人参加？": how many came, which the report does not say; "多少位粤商代表": them)
    came = {*req.genre.attendance_actions, *req.genre.gathering_words, req.genre.chair_action}  # (the chair was there too)
    people = [p for p in req.facts.people if came & set(p.actions)]
    if not people:
        return None
    names = [romanize(req, p.name) if req.en else p.name for p in people]
    text = req.msg("named_attending", count=len(people), names=req.join(names))
    evidence = evidence_of(*(p.evidence for p in people))
    return Composed(text + "\n" + req.msg("reading_says") + "\n" + bullets(evidence), True, evidence)


MAX_LIST_ITEM = 12  # characters of one item of a list (a longer piece is a clause, not an item)


def _counted_unwritten(req: Request, absent: list[str]) -> bool:
    """A figure of a thing the report never writes, named right before the count word ("利率大概多少") or right after the
    unit asked ("配多少个老师": 老师): no other figure of the report answers it."""
    asked, counts = "".join(req.question.asking), "|".join(map(re.escape, req.genre.count_words))
    if any(re.search(f"{re.escape(a)}[{HAN_CLASS}]{{0,2}}?(?:{counts})", asked) for a in absent if a in req.question.absent_things):
        return True  # ("贷款利率大概多少" of a report with no 利率: its 资金到位率93.5% is no answer)
    return req.question.counts and any(re.search(f"(?:{counts}){re.escape(u)}{re.escape(a)}", asked) for u in req.slots.units for a in absent)


def _priced_per(req: Request, chosen: list[Sentence]) -> list[Sentence]:
    """"晚宴一席要多少钱", "每公升收几钱": a price of one unit, which only a sentence that prices one (每席, 每公升) gives;
    not the night's total of '筹得善款港币362万元'."""
    per = req.genre.per_unit.search("".join(req.question.asking))
    money = req.genre.unit_kinds.get("money", ())
    if per is None or not any(u in money for u in req.slots.units):
        return chosen
    marks = "|".join(map(re.escape, req.genre.per_unit_marks))
    return [s for s in chosen if re.search(f"(?:{marks}){re.escape(per.group(1))}", s.text)]


def _in_order_asked(req: Request, chosen: list[Sentence], units: tuple[str, ...]) -> list[Sentence]:
    """The figures' sentences, those of the meeting's own attendance, of the person named, of this session first."""
    q, named = req.question, req.slots.named_person
    if "§attend" in q.content:  # "来了多少老同志": '60余名离退休干部代表欢聚一堂' before '…为8名老同志颁发'
        chosen.sort(key=lambda s: not _came_after_figure(req, s, units))
    chosen.sort(key=lambda s: bool(named) and named not in s.text)  # (厍某的公司…: his words first)
    if q.has("this_scope"):  # "这次收集了多少条问题？": not '前六期共收集…'; none at all where each is an earlier session's
        this = [s for s in chosen if not req.genre.other_scope.search(s.text) and not req.genre.earlier_session.search(s.text)]
        return this or [s for s in chosen if not req.genre.earlier_session.search(s.text)]  # ('2024年两次…座谈会共收到…46条')
    if not any(req.genre.earlier_session.search(c) for c in q.asking):  # ("多少人发言": this session's 18人, before '首场…15人发言')
        chosen.sort(key=lambda s: bool(req.genre.earlier_session.search(s.text)))
    return chosen


def _came_after_figure(req: Request, sentence: Sentence, units: tuple[str, ...]) -> bool:
    """A clause of the sentence where a word of attending or gathering follows a figure (约120名居民出席了咨询会)."""
    came = (*req.genre.attendance_actions, *req.genre.gathering_words)
    for clause in req.genre.clauses_with_marks(sentence.text):
        counts = req.genre.counts_in(clause, units)
        if counts and any(a in clause[clause.find(counts[0]) :] for a in came):
            return True
    return False


def _of_the_named(req: Request, chosen: list[Sentence]) -> tuple[list[Sentence], str]:
    """Of the sentences, those of the person the question names ("评议团给闾丘某的满意率是多少": not '评议团对他的回答
    满意率…' said of another); where the question has them say it and another did ("季某致辞时说…增长了多少"), the
    other's, with a note of who said it."""
    name = req.slots.named_person
    if not name:
        return chosen, ""
    own = [s for s in chosen if not _of_another(req, s, name)]
    others = [st.speaker for s in chosen[:1] for st in req.facts.statements if st.sentence is s and not st.group]
    if not own and others and SAYS in req.question.content:
        return chosen, req.msg("figure_said_by", asked=name, said=others[0])
    return own, ""


def _of_another(req: Request, sentence: Sentence, name: str) -> bool:
    """A sentence that does not name the one asked and is told of someone else: their words, or
    another participant named in it."""
    if name in sentence.text:
        return False
    others = {p.name for p in req.facts.people if p.name in sentence.text}
    # (one its 他 points to: whose statement it is; not a narrative sentence of no one, '当天共接待来访群众…')
    pointed = any(p in sentence.text for p in req.knowledge.lexicon.pronouns if is_han(p) and len(p) == 1)
    speakers = {s.speaker for s in req.facts.statements if s.sentence is sentence and not s.group} if pointed else set()
    return bool(speakers - {name} or others - {name})


def _changed(req: Request, chosen: list[Sentence]) -> Composed | None:
    """A figure the report says went from one value to another, in a clause with the question's words: both,
    and by how much where the two are of one unit."""
    q = req.question
    words = [w for w in (*q.terms, *req.slots.known_words) if has_han(w) and not req.genre.counts_in(w)]
    words += [w for w in q.glossary if w in req.facts.article.text]
    for s in chosen:
        for clause in req.genre.clauses_with_marks(s.text):
            pair = req.genre.change(clause)
            if pair is None or (words and not any(w in clause for w in words)):
                continue
            before, after = (req.genre.figure(f) for f in pair)
            text = req.t("change", before=pair[0], after=pair[1])
            if before.value is not None and after.value is not None and before.unit == after.unit and before.value != after.value:
                amount = abs(after.value - before.value)
                shown = f"{int(amount)}" if amount == int(amount) else f"{amount:g}"
                unit = req.t("points") if after.unit in ("%", "％") else after.unit  # (6.1% to 6%: 0.1个百分点)
                text += req.t("more" if after.value > before.value else "fewer", amount=shown + unit)
            return Composed(text + req.msg("full_stop") + "\n" + req.t() + "\n" + bullets([s]), True, (s,))
    return None


SUBJECT_WORD = 3  # characters of a word of the meeting's name that, asked with a figure, frames it (no thing counted)


def _of_the_meeting_name(req: Request, word: str) -> bool:
    """A word of what the whole meeting is about, in its name ("六楼每户要夹几多钱装电梯" of a 加装电梯议事会): the frame of
    every figure of the report, not what is counted."""
    meeting = req.facts.meeting.value if req.facts.meeting else ""
    if len(word) < SUBJECT_WORD or word not in meeting:
        return False  # (nor a place of its name, 瑞湖区 of "瑞湖区12个里的里民大会…", which sets the scope; nor the meeting's kind)
    kinds = (*req.genre.meeting_words, *req.genre.generic_meeting_words)
    return not word.endswith(req.genre.where_suffixes) and not any(k in word or word.endswith(k[-1]) for k in kinds)


def _granted_first(req: Request, chosen: list[Sentence], answering: dict[Sentence, tuple[list[str], bool]]) -> list[Sentence]:
    """Of sentences that give the figure asked, those where it is no one's request first ("最低工资加到几多": '三方同意…调升至
    每小时37澳门元' before '…要求一步调升至每小时40澳门元', what one side asked for)."""
    if len(chosen) < 2:
        return chosen
    verbs = (*req.genre.raising_verbs, *(w for w in req.knowledge.equivalents.get("push_for", ()) if has_han(w)))  # (要求, 争取)

    def asked_for(s: Sentence) -> bool:
        figures = answering.get(s, ([], False))[0]
        clause = next((c for c in req.genre.clauses_with_marks(s.text) if figures and figures[0] in c), "")
        return bool(clause) and any(v in clause[: clause.find(figures[0])] for v in verbs)

    return sorted(chosen, key=asked_for)


def _change_stated(req: Request, counted: list[Sentence], words: list[str]) -> Composed | None:
    """"按月计比现在多了多少" of '调升后按月计算的最低工资较现时增加208澳门元': the figure a verb of change stands right
    before, in a sentence that holds the question's words (the first such)."""
    verbs = "|".join(map(re.escape, req.genre.change_verbs))
    links = "|".join(map(re.escape, (*req.genre.figure_links, *req.genre.figure_qualifiers)))
    if not words or not verbs:
        return None
    for s in counted:
        for clause in req.genre.clauses_with_marks(s.text):
            if not all(_holds_any(req, clause, w) for w in words):
                continue  # (not '…物价指数累计上升3.6%', a change of another thing)
            for count in req.genre.counts_in(clause, _units(req)):
                if re.search(rf"(?:{verbs})(?:{links})*$", clause[: clause.find(count)]):  # (增加了约…: links and qualifiers)
                    return Composed(count + req.msg("full_stop") + "\n" + req.t() + "\n" + bullets([s]), True, (s,))
    return None


def _how_often(req: Request) -> Composed:
    """"政企早茶会多久开一次？": the report's 每月…, 每季度… in a sentence with the question's words."""
    words = [w for w in (*req.question.terms, *req.slots.known_words, *req.question.glossary) if has_han(w)]
    name = req.facts.meeting.value if req.facts.meeting else ""
    words = words or [w for w in req.genre.meeting_words if w in name]  # "多久开一次": the meeting's own kind, nothing else
    found = [
        (m.group(), s) for s in req.facts.article.sentences for m in [req.genre.frequency.search(s.text)]
        if m and any(w in s.text for w in words)
    ]
    if not found:
        return Composed(req.t("none"), False)
    often, sentence = found[0]
    return Composed(req.t("frequency", frequency=often) + "\n" + req.t() + "\n" + bullets([sentence]), True, (sentence,))


def _no_count_asked(req: Request) -> Composed | None:
    """What a figures question asks that is no count: two figures side by side, names, a number to call, how often."""
    q = req.question
    if q.has("frequency"):
        return _how_often(req)
    if q.sides and (both := compared(req)):
        return both
    if q.has("which"):  # "哪几家银行推出了外贸贷？" asks for names
        return Composed(req.msg("which_not_listed"), False)  # (the reading path may find them named)
    if q.has("contact") and q.has("number_asked") and not req.slots.units:  # "热力公司的热线是多少？": a number to call
        return _number_to_call(req, req.knowledge.lexicon.facets["contact"])
    return None


NEAR_CONTACT = 12  # characters between a number to call and the word for it (热线, 电话)


def _number_to_call(req: Request, contact: tuple[str, ...]) -> Composed:
    """The numbers the report gives for it (12345, 2286-1999), from the sentences that name a hotline
    or a telephone, those holding more of the question's words first."""
    def called(text: str) -> list[str]:  # a number that stands by the word for it (拨打12345…热线, 热线2286-1999)
        return [m.group() for m in req.genre.phone_number.finditer(text)
                if any(w in text[max(0, m.start() - NEAR_CONTACT) : m.end() + NEAR_CONTACT] for w in contact)]

    written = [s for s in req.facts.article.sentences if called(s.text)]
    own = [w for w in req.question.terms if w not in contact]  # 热力公司: said by someone of 岑阳热力集团有限公司
    asked = own + [a + b for a, b in zip(own, own[1:], strict=False)]  # (热力 + 公司, as jieba cut it)
    scored = sorted(((sum(_of(req, s, w) for w in asked), s) for s in written), key=lambda e: -e[0])
    chosen = [s for n, s in scored[:1] if n or not asked]  # (燃气公司的热线: none, when no sentence is theirs)
    if not chosen:  # ("幸福巴士要打哪支电话预约": '…采电话预约', the telephone named and no number: what it says, and no figure)
        named = [s for s in req.facts.article.sentences if any(w in s.text for w in contact) and own and all(_of(req, s, w) for w in own)]
        if named:
            return Composed(req.msg("number_not_given") + "\n" + bullets(named[:1]), False, tuple(named[:1]), final=True)
        return Composed(req.t("none"), False)
    numbers = req.join(dict.fromkeys(called(chosen[0].text)))
    return Composed(numbers + req.msg("full_stop") + "\n" + req.t() + "\n" + bullets(chosen), True, tuple(chosen))


def _of(req: Request, sentence: Sentence, word: str) -> bool:
    """The sentence holds the word, or names or quotes someone of the body it names in short."""
    if word in sentence.text:
        return True
    people = [p for p in req.facts.people if any(in_order(word, r) for r in p.roles)]
    return any(p.name in sentence.text or any(st.sentence == sentence for st in req.facts.said_by(p.name)) for p in people)


def _at_the_meeting(req: Request, sentence: Sentence) -> bool:
    """A sentence about who was at the meeting: it says they attended, spoke, or that the meeting
    was held ('十余家银行机构与数十家企业负责人面对面洽谈' in the lead), not a statistic."""
    genre = req.genre
    came = (*genre.attendance_actions, *req.knowledge.equivalents.get("attend", ()), *genre.held_verbs)
    if req.facts.research and sentence in req.facts.research.sentences:
        return False  # '调研组深入…60多家企业开展调研，并召开…座谈会': those visited before it
    spoke = any(a in sentence.text for a in genre.speaking_actions) and not any(st.sentence == sentence for st in req.facts.statements)
    # (…5位企业家先后发言: those who spoke; not '某某通报了全县…民宿286家', a statistic someone gave)
    return spoke or any(a in sentence.text for a in came) or sentence in (req.facts.meeting.evidence if req.facts.meeting else ())


def _research_lines(req: Request) -> list[str] | None:
    """The parts of the research a question asks for (its places, provinces, counts); None
    when it asks for counts the research does not give."""
    found, q = req.facts.research, req.question
    lines: list[str] = []
    if req.slots.which:  # "都跑了哪几家企业？": the bodies it names, not its counts
        bodies = [i for items in found.lists.values() for i in items if i.endswith(req.genre.organization_suffixes)]
        if bodies:
            return [req.join(bodies)]
    for facet, kinds in (("research_cities", req.genre.research_place_kinds), ("research_provinces", req.genre.research_province_kinds)):
        if q.has(facet):
            lines += [req.join(found.lists[k]) + ("" if req.en or not _etc(req, found.lists[k]) else req.msg("and_other", kind=k))
                      for k in kinds if k in found.lists]
    if q.has("research_counts"):
        units = req.slots.units
        counts = [c for s in found.sentences for c in req.genre.counts_in(s.text, units)] if units else list(found.counts)
        if not counts:
            return None
        lines.append(req.join(dict.fromkeys(counts)))
    return lines


def _etc(req: Request, items: tuple[str, ...]) -> bool:
    """Places visited that the report lists with 等 after them ('深入A、B、C等市'): some more, unnamed; not bodies named
    one by one ('走访了A公司和B公司'), nor a visit's stops ('首先来到A…随后来到B…最后一站是C')."""
    sentences = req.facts.research.sentences if req.facts.research else ()
    return bool(items) and any(items[-1] + req.genre.etc_mark in s.text for s in sentences)


def _research_words(req: Request) -> list[str]:
    """The words of a question about the research that single out some of its sentences: a
    person, a word of the question (意见) that not every research sentence holds, no cue of the
    research itself (调研)."""
    cues = set(req.intent.keywords) | set(req.intent.hints)
    sentences = req.facts.research.sentences if req.facts.research else ()
    q = req.question  # (not the words of a clause set aside: "除了实地跑企业，还开了哪些会？")
    content = [w for w in q.named if has_han(w)]
    words = [req.slots.person or "", *(w for w in (*q.terms, *req.slots.known_words) if w in content or not q.content)]
    if MEETING_CONCEPT in q.content and q.has("besides"):  # "除了实地跑企业，还开了哪些会": the sentences that name one
        words += [w for w in req.genre.meeting_words if any(w in s.text for s in sentences)]
    groups = [c.removeprefix("≡") for c in q.content if c.startswith("≡")]  # 外省: the report's 等省, first (not 企业's group)
    said_otherwise = [g for g in groups if not any(w in req.knowledge.equivalents.get(g, ()) for w in q.named)]
    words = [*(w for g in said_otherwise for w in req.knowledge.equivalents.get(g, ()) if any(w in s.text for s in sentences)), *words]
    return [
        w for w in dict.fromkeys(words)
        if (len(w) >= 2 or w in req.genre.meeting_words) and w not in cues and not all(w in s.text for s in sentences)
        and w not in req.genre.activities  # (视察 of "都去了哪些地方视察": the research itself, whatever it is called)
    ]


@composer("research")
def research(req: Request) -> Composed:
    found = req.facts.research
    if found is None:
        return Composed(req.t("none"), False)
    lines = _research_lines(req)
    if lines is None:
        return Composed(req.knowledge.intent("figures").template("none", req.script), False)
    asked = _research_words(req)
    person = req.slots.person
    if person and not any(person in s.text for s in found.sentences):  # 郁景川's own visits: not this research
        return Composed(req.t("none"), False)
    if req.question.has("which_first") and req.facts.date:  # "先去实地看项目，还是先开的会": the visit's day, and the meeting's
        held = req.knowledge.intent("date").template(None, req.script, date=req.facts.date.value.text)
        return Composed(req.t() + "\n" + bullets(found.sentences[:1]) + "\n" + held, True, (*found.sentences[:1], *req.facts.date.evidence))
    named = rank(found.sentences, asked) if asked else []
    if named and named[0] != found.sentences[0]:  # "还征求了哪些人的意见？", "郁景川调研跑了哪几家企业？"
        return Composed(req.t() + "\n" + bullets(named[:2]), True, tuple(named[:2]))
    if not lines:
        return Composed(req.t() + "\n" + bullets(found.sentences), True, found.sentences)
    first_items = [x.split(req.msg("list_sep"))[0] for x in lines]
    evidence = tuple(s for s in found.sentences if any(x in s.text for x in first_items)) or found.sentences
    return Composed(req.t() + req.msg("item_sep").join(lines) + "\n" + bullets(evidence[:1]), True, evidence[:1])


def first_clause(text: str, limit: int = 0) -> str:
    """The first clause of a statement; with `limit`, as many clauses as fit in it."""
    clauses = re.split(r"(?<=[，；])", text.rstrip("。"))
    out = clauses[0]
    for clause in clauses[1:]:
        if len(out) + len(clause) > limit:
            break
        out += clause
    return out.rstrip("，；")


def _summary_people(req: Request) -> list[str]:
    """'省委副书记、省长王伟中出席并讲话，省政协主席林克庆主持。': who spoke and who chaired."""
    wanted = set(req.genre.summary_actions)
    roster = [f"{p.title}{p.name}{req.join(p.actions[:2], pair=True)}" for p in req.facts.people if wanted & set(p.actions)]
    return [req.t("sep").join(roster) + req.t("end")] if roster else []


def _summary_speeches(req: Request) -> tuple[list[str], list[Sentence]]:
    parts, evidence = [], []
    for name in req.facts.speakers[:3]:
        said = req.facts.said_by(name)
        if said:
            runs = [st for st in said if st.text.startswith(req.genre.point_marker)]  # a run of 要… points
            points = [first_clause(st.text) for st in runs] or [first_clause(said[0].text, 60)]
            verb = runs[-1].verb if runs else said[0].verb
            parts.append(req.t("speech", name=name, verb=verb, points="；".join(points[:6])))
            evidence.extend(st.sentence for st in said)
    return parts, evidence


@composer("summary")
def summary(req: Request) -> Composed:
    if req.question.has("after_meeting"):  # "会开完以后接着干了啥": what followed, which the reading path finds
        return Composed("", False)
    decided = _decisions(req) if req.question.has("decided") else None
    if decided:  # "最后定了啥": the votes and conclusions, in the report's order
        return Composed(req.t("decided") + "\n" + bullets(decided), True, evidence_of(decided))
    f = req.facts
    meeting = f.meeting.value if f.meeting else req.t("a_meeting")
    held = req.t("held_in", meeting=meeting, place=f.place.value) if f.place else req.t("held", meeting=meeting)
    parts = [req.t("sep").join(x for x in (f.date.value.text if f.date else "", held) if x) + req.t("end")]
    evidence: list[Sentence] = [s for fact in (f.date, f.meeting, f.place) if fact for s in fact.evidence]
    if f.theme:
        parts.append(req.t("theme", theme=f.theme.value))
        evidence.extend(f.theme.evidence)
    parts += _summary_people(req)
    for st in [s for s in f.statements if s.group and s.speaker != req.genre.meeting_speaker][:1]:
        parts.append(st.sentence.text)
        evidence.append(st.sentence)
    speeches, said = _summary_speeches(req)
    parts += speeches
    evidence += said
    if f.research:
        parts.append(f.research.sentences[0].text)
        evidence.append(f.research.sentences[0])
    body = "".join(parts)
    lead = req.t("none_decided") + "\n" if decided is not None else ""  # (asked what was decided, where it records none)
    return Composed(lead + (req.t("intro") + body if req.en else body), True, evidence_of(evidence))


def _decisions(req: Request) -> list[Sentence]:
    """The report's sentences that say what the meeting decided or concluded (genre decision_words)."""
    sentences = req.facts.article.sentences
    found = [s for s in sentences if any(w in s.text for w in req.genre.decision_words)][:5]
    named = []
    for s in found:  # '动议以13票赞成…获得通过': with the sentence before it that names the motion
        item = req.genre.decision_item.match(s.text)
        before = [b for b in sentences[: sentences.index(s)] if item and item.group(1) in b.text and b.paragraph >= s.paragraph - 2]
        named += [before[-1]] if before and before[-1] not in found else []
    return sorted({*found, *named}, key=sentences.index)


@composer("greeting")
def greeting(req: Request) -> Composed:
    meeting = req.facts.meeting.value if req.facts.meeting else ""
    examples = req.msg("examples")
    text = req.t(meeting=meeting) + "\n" + req.msg("try_asking") + "\n" + bullets(examples)
    return Composed(text, True)


@composer("purpose")
def purpose(req: Request) -> Composed:
    """"为什么开这个会？": what the report states as the meeting's purpose, else its agenda."""
    points = req.facts.points_of("purpose")
    theme = req.facts.theme
    if not points and theme is not None:  # '会议总结…，部署…，加快建设区域人才高地': what it was about
        return Composed(req.t("agenda") + "\n" + bullets(theme.evidence), True, theme.evidence)
    if not points:
        return Composed(req.t("none"), False)
    sentences = evidence_of(p.sentence for p in points)
    return Composed(req.t() + "\n" + bullets(p.text + req.msg("full_stop") for p in points), True, sentences)


@composer("when_where")
def when_where(req: Request) -> Composed:
    """"哪天在哪儿开的？": the date and the place, one after the other."""
    parts = [date(_as(req, "date")), place(_as(req, "place"))]
    if req.slots.other_event and not any(p.answered for p in parts):  # (another event's, of which the report gives neither:
        return parts[0]  # its one refusal and the sentence that names it, once)
    if parts[0].text == parts[1].text:  # ("…第二场说明会哪天在哪里开": one sentence gives both, quoted once)
        return parts[0]
    if parts[0].answered and parts[1].answered and parts[0].evidence and set(parts[1].evidence) <= set(parts[0].evidence) \
            and all(s.text in parts[0].text for s in parts[1].evidence):
        return parts[0]  # (…its time and its place said apart, the one sentence quoted by each: once)
    return Composed(
        (" " if req.en else "").join(p.text for p in parts), any(p.answered for p in parts), evidence_of(*(p.evidence for p in parts))
    )


def _as(req: Request, intent: str) -> Request:
    """The request answered with another intent's templates (a question that asks two things)."""
    return replace(req, intent=req.knowledge.intent(intent))
