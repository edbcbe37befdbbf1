"""The lead paragraph: the meeting's name, date, place, theme and organiser."""

from __future__ import annotations

import re
from dataclasses import replace

from .article import Article
from .dates import Date, Found, Kind, chinese_number
from .fact_types import Fact
from .genre import Genre
from .models import Sentence
from .names import split_title_name, valid_name
from .patterns import CLAUSE, HAN
from .scripts import is_han

_QUOTED = re.compile(r"“[^”]*”|「[^」]*」")


def _held_sentences(article: Article, genre: Genre) -> list[Sentence]:
    """The sentences that say the meeting was held: the lead's, else one further on that says a
    meeting was held ('8月21日至22日，某某率队调研…，并出席…座谈会。…22日下午，…座谈会在某处召开'),
    then the lead's first two."""
    lead = [s for s in article.sentences if s.paragraph <= 2]
    held = [s for s in lead if _held_now(s.text, genre) and not _dated_apart(s, lead, genre)]
    if held:
        return held
    words = "|".join(genre.meeting_words)
    later = _later_held(article, genre)[:1]
    # (a later one that counts sessions, '政府至今已就…进行约30场咨询活动', is no telling of this one: then the lead's
    # '…他今日（22日）下午率领官员到某中学礼堂，出席今年首场…地区咨询会', one who attended it)
    counted = bool(later) and re.search(rf"[\d一二三四五六七八九十几多]+(?:场|次)[^，。；]{{0,12}}?(?:{words})", later[0].text) is not None
    attended = [s for s in lead if re.search(rf"(?:出席|主持|参加)(?:了)?[^，。；]{{0,30}}?(?:{words})(?![中室厅馆楼员勘])", s.text)]
    if attended and (not later or counted):
        return attended[:1]
    return later + lead[:2]


def _held_now(text: str, genre: Genre) -> bool:
    """A sentence that says a meeting was held, not one held before what it goes on to tell ('…5月28日开会后启动…')."""
    return any(not text[m.end() :].startswith(genre.after_marks) for m in re.finditer(genre.held_pattern, text))


def _dated_apart(sentence: Sentence, lead: list[Sentence], genre: Genre) -> bool:
    """A sentence of the lead's second paragraph dated otherwise than the first's ('7月16日上午，…开展专题视察。' then
    '3月12日，…主持召开主任会议'; '在今年1月召开的…会议上'): what came before, not the report's meeting."""
    first = next((f.date for s in lead if s.paragraph == 1 for f in genre.dates.find(s.text, Kind.FULL | Kind.BARE)), None)
    if sentence.paragraph == 1 or first is None or first.month is None:
        return False
    own = next((f.date for f in genre.dates.find(sentence.text, Kind.FULL | Kind.BARE | Kind.MONTH)), None)
    return own is not None and own.month is not None and own.month != first.month


def _later_held(article: Article, genre: Genre) -> list[Sentence]:
    """The sentences past the lead that say a meeting was held ('…座谈会在某处召开', '…结束后，视察组在某处召开座谈会')."""
    words = "|".join(genre.meeting_words)
    named = re.compile(rf"(?:{words})[^，。；]{{0,30}}?(?:{genre.held_pattern})|(?:召开|举行)了?[^，。；]{{0,12}}?(?:{words})。")
    return [s for s in article.sentences if s.paragraph > 2 and named.search(s.text)]


def meeting_name(article: Article, genre: Genre) -> Fact | None:
    """The meeting's name as the lead writes it, without the body that holds it where that is a yearly series'."""
    found = _name_as_written(article, genre)
    found = replace(found, value=_THIS_YEAR_FIRST.sub("", found.value)) if found else None  # (今年首场…: the session of a name)
    return _with_title_subject(_without_series_holder(found, genre), article) if found else None


_THIS_YEAR_FIRST = re.compile(r"^(?:今年|本年度?|年内)(?=首场|首次|第[一二三四五六七八九十\d]+场)")
_SESSION_FIRST = re.compile(r"^(?:首场|首次|第[一二三四五六七八九十\d]+场)")  # '首场居民简介会': which session, no subject


def _with_title_subject(found: Fact, article: Article) -> Fact:
    """A name that opens with which session it was ('首场居民简介会'), after the subject the headline gives it before that
    session's word ('某邨重建首场简介会…'): the subject and the name."""
    session = _SESSION_FIRST.match(found.value)
    if session and found.value[session.end() :].startswith(("《", "“")):
        return Fact(found.value[session.end() :], found.evidence)  # ('首场《施政报告》地区咨询会': which session, then its name)
    title = article.title or ""
    at = title.find(session.group()) if session else -1
    subject = re.split(r"[\s，。：:、！!？?“”「」]", title[:at])[-1] if at > 0 else ""
    return Fact(subject + found.value, found.evidence) if len(subject) >= 2 and subject not in found.value else found


def _name_as_written(article: Article, genre: Genre) -> Fact | None:
    words = "|".join(genre.meeting_words)
    # '会议中心' and '会议室' are places, not meetings; '立法会议员' is a title
    pattern = re.compile(  # (the meeting word may end a quoted name: 某县第七期“政企早茶会”; two quoted names: “A”暨“B”活动)
        rf"([^，。；：“”\s]*?“[^”]{{0,30}}?(?:{words})”|[^，。；：“”\s]*?(?:“[^”]{{1,30}}”[^，。；：“”\s]*?){{0,2}}(?:{words}))(?![中室厅馆楼员勘])"
    )
    held = _held_sentences(article, genre)
    candidates = [(genre.abbreviation_note.sub("", s.text), s) for s in held]
    if article.title:
        candidates.append((article.title, article.sentences[0]))
    if article.subtitle:  # '——《某条例（草案）》征求意见座谈会在某处举行'
        candidates.append((article.subtitle, article.sentences[0]))
    found = _named_in(article, genre, pattern, candidates)
    # a lead-in that names it short ('…我县召开动员部署大会'), then the sentence further on that says it was held,
    # named in full ('…“百日攻坚”行动暨创建省级文明县城动员部署大会在…召开'): one meeting, its whole name
    later = [s for s in _later_held(article, genre)[:1] if s not in held]
    whole = _named_in(article, genre, pattern, [(s.text, s) for s in later]) if found and later else None
    if found and whole and whole.value.endswith(found.value) and len(whole.value) > len(found.value):
        found = whole
    if found is None:  # '某委员会昨日（二十六日）上午在某会议室举行会议': the body's meeting, named by the body
        found = _body_held(article, genre)
    if found is None and article.title and genre.visit_title.fullmatch(article.title):
        return Fact(article.title, (article.sentences[0],))  # '某某会见某某一行': the meeting with visitors, as headlined
    if found and found.value.endswith(genre.activity_words) and article.subtitle:
        # '“某某行”活动在我县举行' and a subtitle '——“某某行”产业发展座谈会综述': the meeting within the visit
        meeting = _named_in(article, genre, pattern, [(article.subtitle, article.sentences[0])])
        return meeting if meeting and not meeting.value.endswith(genre.activity_words) else found
    return found


def _without_series_holder(found: Fact, genre: Genre) -> Fact:
    """'某市政府114年度“市长与里长有约”某区座谈会' -> '114年度“市长与里长有约”某区座谈会': a Taiwan yearly series' name
    (a Republic year) without the body that holds it (its organiser), as the series is known; a mainland body's name before
    its year stays (蓼川区政协2024年第三场…协商会), and so does a place (槐阳市2024年…)."""
    yearly = _ROC_YEAR_AFTER_BODY.match(found.value)
    body = yearly.group(1) if yearly else ""
    if body and body.endswith(genre.organization_suffixes) and _is_organization(body, genre):
        return replace(found, value=found.value[len(body) :])
    return found


def _body_held(article: Article, genre: Genre) -> Fact | None:
    """A lead whose body held a meeting it names by no name of its own ('…跟进委员会昨日（二十六日）上午在…举行会议'):
    the body's 会议."""
    generic = "|".join(map(re.escape, genre.generic_meeting_words))
    held = re.compile(f"([^，。；：“”\\s]{{4,60}}?)(?:举行|召开)了?({generic})(?=[，。；,]|$)")
    for sentence in _held_sentences(article, genre)[:1]:
        m = held.search(sentence.text)
        subject = _without_time(_before_place(m.group(1), genre), genre) if m else ""
        subject = re.sub(r"^(?:【[^】]{1,8}】)", "", subject)
        if m and _is_organization(subject, genre):
            return Fact(subject + m.group(2), (sentence,))
    return None


_BEFORE_IT = re.compile(r"(?:[^，。；]{0,12}?(?:召开|举行|结束))?(?:后|之后|以后)[，,]")  # (…会议以视频形式召开后，)


def _another_meeting(text: str, match: re.Match[str], genre: Genre) -> bool:
    """A meeting named before the report's, or the next one: '全省防汛视频调度会召开后，当晚，…召开防汛紧急会商会'; or one of another month, set as
    the scene of what came before ('在今年1月召开的县十八届人大五次会议上，…')."""
    after = text[match.end() :]
    if any(n.start() < match.end() and match.start() < n.end() for n in genre.next_session.finditer(text)):
        return True  # ('遷廠問題…9月上旬再召開第2次協調會': the next one)
    return bool(_BEFORE_IT.match(after)) or bool(genre.earlier_meeting_scene.search(match.group(1)) and after.startswith("上"))


def _named_in(article: Article, genre: Genre, pattern: re.Pattern[str], candidates: list[tuple[str, Sentence]]) -> Fact | None:
    """The first meeting name the candidate texts give in full, else one made up from the lead,
    else the kind the lead names (现场办公会)."""
    words = "|".join(genre.meeting_words)
    kind_named: Fact | None = None
    bare: Fact | None = None
    for text, sentence in candidates:
        for match in pattern.finditer(text):
            if _another_meeting(text, match, genre):
                continue
            name = match.group(1)
            # (在 of a place, not of 在外乡贤, 在职, 在校: those living away, working, at school)
            name = re.split(r"召开|举行|举办|开展|主办|承办|合办|联办|协办|主持|出席|参加|在(?![外职校岗册])", name)[-1]
            name = genre.dates.remove(name, Kind.FULL)
            name = re.sub(
                r"^(昨日|昨天|今天|今日|日前|近日|\d{1,2}日|上午|下午|此次|这次|本次|电)", "", name
            )
            name = re.sub(r"^(新华社|本报)\S*电", "", name).removeprefix("的")
            name = re.sub(r"^(?:一|这|那)(?:场|次|个)[^的]{0,8}的", "", name)  # '一场特别的座谈会': what it was like, no name
            name = genre.theme_before_name.sub("", name)  # '以“具身智能…”为主题的某大会': its theme, no name
            name = re.sub(r"^(?:我会|本会|我市|我县|我区|我省)", "", name)  # '我会三届四次理事会…': the body, said of itself
            name = re.sub(r"^.*(?:此次|这次|本次|这一期|这期|本期)", "", name)  # '道出了此次对接会': the meeting is named elsewhere
            session = genre.session_of.match(text[match.end() :])
            end = match.end() + (len(session.group()) if session and len(name) >= 5 else 0)
            if session and len(name) >= 5:  # '某县第十九届人民代表大会第四次会议': its session, in its name
                name += session.group()
            inner = re.match(rf"(?:在[^，。；：“”\s]{{1,20}}?)?(?:举行|召开)([^，。；：“”\s]*?(?:{words}))", text[end:])
            if inner and len(name) >= 5:  # '某常委会第二十三次会议举行联组会议', '…第五次会议在某处举行第二次全体会议'
                name += inner.group(1)
            joined = re.match(rf"暨[^，。；：“”\s]{{1,12}}?(?:{words})", text[match.end() :])
            if joined and len(name) >= 5:  # '某座谈会暨聘任仪式': one meeting, both its names
                name += joined.group()
            if name.startswith("“") and name.endswith("”") and "”" not in name[1:-1]:
                name = name[1:-1]  # '由某会主办的“青年发展座谈会”': the name, not its quotation marks
            if (len(name) >= 5 or name in genre.short_meeting_names) and name not in genre.meeting_words:  # (特别会议: a name of four)
                return Fact(name, (sentence,))
            if name in genre.meeting_words and name not in genre.generic_meeting_words and kind_named is None:
                kind_named = _kind_named(article, name, text[: match.end()], sentence, genre)
                bare = bare or Fact(name, (sentence,))
    # a name made up from what the lead says, when nothing names it in full; else its kind (现场办公会)
    return kind_named or bare


def _kind_named(article: Article, kind: str, before: str, sentence: Sentence, genre: Genre) -> Fact | None:
    """The name of a meeting the sentence names by its kind only ('召开座谈会', '通报会在…举行'),
    from what the lead says of it."""
    acted = _act_name(article, kind, sentence, genre) or _after_activity(article, kind, before, sentence, genre)
    if acted:  # '某市政府向市政协通报…情况。通报会在…举行'; '在视察后召开的座谈会'
        return acted
    about = _bare_meeting_subject(article, genre)
    team = next((t for t in genre.research_teams if t in before), None)
    body = _team_body(article, genre) if team else None
    if about and body and team:  # '调研组…召开座谈会': 某会…调研座谈会
        return Fact(body.value + about + team.removesuffix("组") + kind, (sentence,))
    if about:  # '举行新闻发布会，介绍2024年全市商务运行情况'
        return Fact(about + kind, (sentence,))
    return None


def _act_name(article: Article, kind: str, named: Sentence, genre: Genre) -> Fact | None:
    """A meeting named by its kind only ('通报会'), whose lead says who did its act to whom:
    '十一月三日下午，某市政府向市政协通报前三季度…情况' -> 某市政府向市政协情况通报会."""
    receiver = re.escape(genre.act_receiver)
    for verb, full in genre.act_meetings.items():
        if not full.endswith(kind):
            continue
        for sentence in [s for s in article.sentences if s.paragraph == 1]:
            for clause in CLAUSE.split(sentence.text):
                clause = genre.dates.remove(clause, Kind.MEETING)
                match = re.match(rf"([{HAN}]{{2,20}}?{receiver}[{HAN}]{{2,12}}?){verb}", clause)
                if match:
                    return Fact(match.group(1) + full, tuple(dict.fromkeys((sentence, named))))
    return None


def _after_activity(article: Article, kind: str, before: str, named: Sentence, genre: Genre) -> Fact | None:
    """A meeting named by its kind only, held after what a body did ('在视察后召开的座谈会'): named
    after the headline or lead clause that says who did it on what ('区人大常委会视察全区养老…情况'
    -> 区人大常委会视察全区养老…情况座谈会)."""
    activities, after = "|".join(genre.activities), "|".join(genre.time_phrase_ends)
    # ('在视察后召开的座谈会'; '实地视察结束后，视察组在某处召开座谈会': the same sentence, a comma between)
    if not re.search(rf"(?:{activities})(?:{after})[^，。；]{{0,6}}$", before) and not re.search(
        rf"(?:{activities})(?:结束)?(?:{after})，[^，。；]{{0,30}}$", before
    ):
        return None
    found = _activity(article, genre)
    if found is None:
        return None
    (body, activity, what), sentence = found
    return Fact(body + activity + what + kind, tuple(dict.fromkeys((sentence, named))))


def _activity(article: Article, genre: Genre) -> tuple[tuple[str, str, str], Sentence] | None:
    """(body, activity, on what) of the headline or a lead clause that says a body did one of the
    genre's activities ('区人大常委会组织部分代表视察全区养老服务体系建设情况'), and where it is said."""
    activities = "|".join(genre.activities)
    texts = [(article.title, article.sentences[0])] if article.title else []
    texts += [(s.text, s) for s in article.sentences if s.paragraph <= 2]
    for text, sentence in texts:
        for clause in CLAUSE.split(text):
            match = re.match(rf"([{HAN}]{{2,20}}?)(?:组织[^，。；]{{0,20}}?)?({activities})([^，。；]{{2,40}})", clause)
            if match and _is_organization(match.group(1), genre):
                return (match.group(1), match.group(2), match.group(3)), sentence
    return None


def _bare_meeting_subject(article: Article, genre: Genre) -> str | None:
    """What a meeting named by its kind alone was about, as the lead words it (untrimmed)."""
    lead, second = _theme_places(article, genre)
    for pattern in (*genre.theme_stated, *genre.theme_markers):
        for text, _ in lead + second:
            match = pattern.search(text)
            if match:
                theme = _unquoted(match.group(1))
                return theme if len(theme) >= 2 else None
    return None


def _own_sentences(article: Article, genre: Genre) -> list[Sentence]:
    """Sentences after the lead where the meeting itself is the subject of being held ('座谈会于6日下午
    在县科技创新服务中心四楼报告厅召开', '集中恳谈在镇文体中心多功能厅举行'): the lead may tell of a larger
    visit or be vague (日前); these give the meeting's own day and room."""
    verbs = genre.held_pattern
    own = re.compile(rf"(?:^|，)[{HAN}]{{0,4}}({_meeting_words(genre)})(?:于|在)[^。；]{{0,40}}?(?:{verbs})")
    named = meeting_name(article, genre)  # (not '活动于12月19日至21日…举行' of a report on a council's 会议: another event)
    return [
        s for s in article.sentences
        if s.paragraph > 1 and (m := own.search(s.text)) and (named is None or m.group(1) in named.value)
    ]


def _meeting_words(genre: Genre) -> str:
    """The genre's meeting words and their stems (恳谈 of 恳谈会), as an alternation."""
    return "|".join(map(re.escape, sorted({*genre.meeting_words, *genre.meeting_stems}, key=len, reverse=True)))


def _day_further_on(article: Article, genre: Genre) -> Fact[Date] | None:
    """'日前，…召开…恳谈会' and then '本月12日上午，恳谈会先分组进行': a vague lead's meeting day,
    from the first later sentence that dates the meeting by its name."""
    named = re.compile(_meeting_words(genre))
    for sentence in (s for s in article.sentences if s.paragraph > 1 and named.search(s.text)):
        found = [f for f in genre.dates.find(sentence.text, Kind.FULL | Kind.BARE) if f.start < 12]
        if found:
            return Fact(found[0].date, (sentence,))
    return None


def meeting_date(article: Article, genre: Genre) -> Fact[Date] | None:
    """The earliest date of the lead, as written (time of day kept).

    A bare day that is the dateline's day takes the dateline's month: '新华社北京3月2日电 …2日' is 3月2日.
    '今天下午' under a dateline '9月20日电' is 9月20日下午; '昨日（11月19日）下午' is 11月19日下午;
    '昨日' alone stays as written (the report gives no date for it).
    """
    reader = genre.dates
    dateline = reader.parse(article.dateline) if article.dateline else None
    published = reader.parse(article.published) if article.published else None
    if dateline and dateline.month is None and published and published.day == dateline.day:
        dateline = dateline.with_month(published.month)  # '（双溪芦笛21日讯）' on a page of 21/09/2025: 9月21日
    # the page's own date reads a 今天 or a bare 18日 when no dateline does (never the meeting's date alone)
    anchor = dateline or published
    own = [s for s in _own_sentences(article, genre) if reader.find(s.text, Kind.MEETING)]
    for sentence in own[:1] + _held_sentences(article, genre) + [s for s in article.sentences if s.paragraph == 1]:
        quoted = [m.span() for m in _QUOTED.finditer(sentence.text)]  # "今天就是要…": someone's words
        found = [f for f in reader.find(sentence.text, Kind.MEETING) if not any(a <= f.start < b for a, b in quoted)]
        found = _without_future([f for f in found if not _noted_day(sentence.text, f, found, genre)], sentence.text)
        if found and found[0].start <= 16 and sentence.text[found[0].end :].startswith("电"):
            found = found[1:]  # a dateline left in the text ('…3月2日电'): the filing date
        if not found:
            continue
        date = _bracketed_date(sentence.text, found, genre) or found[0].date
        date = _part_after(sentence.text[found[0].end :], date, genre)
        date = _later_that_day(sentence.text[found[0].end :], date, genre)
        bare = found[0].kind is Kind.BARE
        date = _anchored(date, bare, anchor, genre)
        if bare and date.month is None:
            date = _month_before(article, sentence, date, genre)
        if bare and date.month is None and anchor and anchor.month and date.day and anchor.day:
            # '18日下午' on a page of 6月19日: the day before it, that month (a later day: the month before)
            date = date.with_month(anchor.month if date.day <= anchor.day else (anchor.month - 2) % 12 + 1)
        if date.relative in genre.vague_dates:
            return _day_further_on(article, genre) or Fact(date, (sentence,))
        return Fact(date, (sentence,))
    before = _dated_before_held(article, genre)  # '人民协会星期六（7月12日）安排…。她上午…，下午在…举行对话会。'
    if before is not None:
        return before
    if dateline:  # only a dateline gives one
        return _numeral_day(article, dateline, genre) or Fact(dateline, article.sentences[:1])
    return None


def _without_future(found: list[Found], text: str) -> list[Found]:
    """The dates of a sentence without a first one of what is still to come, where another follows ('某某将于10月20日
    发表…，他今日（22日）下午…出席…咨询会': the day it was held)."""
    if len(found) > 1 and _FUTURE_BEFORE.search(text[max(0, found[0].start - 4) : found[0].start]):
        return found[1:]
    return found


_FUTURE_BEFORE = re.compile(r"(?:将于|将在|拟于|预计于|预计在|将)$")  # a date of what is still to come


def _dated_before_held(article: Article, genre: Genre) -> Fact[Date] | None:
    """A meeting held in a sentence with no date, whose paragraph's sentence before it dates the day: that day, with the
    part of the day the held clause opens with (下午在…举行对话会)."""
    parts = "|".join(map(re.escape, sorted(genre.day_parts, key=len, reverse=True)))
    for sentence in _held_sentences(article, genre):
        before = [s for s in article.sentences if s.paragraph == sentence.paragraph and s.index == sentence.index - 1]
        found = [f for s in before for f in genre.dates.find(s.text, Kind.MEETING) if f.date.month and f.date.day]
        if not found or genre.dates.find(sentence.text, Kind.MEETING):
            continue
        date = found[0].date
        held = re.search(rf"(?:^|[，,])({parts})[^，,。]*?(?:{genre.held_pattern})", sentence.text)
        if held and not date.part:
            date = replace(date, text=date.text + held.group(1), part=held.group(1))
        return Fact(date, (*before, sentence))
    return None


def _noted_day(text: str, found: Found, every: list[Found], genre: Genre) -> bool:
    """'教师节（9月28日）将至': a date in brackets after a thing's name is that thing's, not the meeting's (but
    '昨日（11月19日）下午' is the day 昨日 is)."""
    named = found.start > 1 and is_han(text[found.start - 2])  # (not a date line of its own: '（2025年1月11日）')
    named = named and not genre.weekday.search(text[: found.start - 1])  # ('星期六（7月12日）': the day itself, Singapore's way)
    bracketed = named and text[found.start - 1] in "（(" and text[found.end : found.end + 1] in ("）", ")")
    after_day = any(f.end == found.start - 1 for f in every)
    return bracketed and not after_day


_AFTER_DAY = re.compile(r"^(?:[）)]|[（(](?:星期|周|礼拜)?[一二三四五六日天][）)])")  # ')' of 星期六（11月8日）, '（三）' of 3日（三）


def _part_after(after: str, date: Date, genre: Genre) -> Date:
    """'星期六（11月8日）上午', '3日（三）中午': the part of the day said after the bracket that closes the date or gives its
    weekday."""
    closed = _AFTER_DAY.match(after)
    part = next((p for p in sorted(genre.day_parts, key=len, reverse=True) if after[closed.end() :].startswith(p)), None) if closed else None
    return replace(date, text=date.text + part, part=part) if part and not date.part else date


def _later_that_day(after: str, date: Date, genre: Genre) -> Date:
    """'15日下午，全省…会召开后，当晚，…召开…': the day of the earlier event, the part of the day the meeting's."""
    later = "|".join(map(re.escape, sorted(genre.same_day_later, key=len, reverse=True)))
    m = re.match(rf"[^。；]{{0,40}}?(?:召开|举行|结束)?(?:后|之后|以后)[，,]({later})", after) if later else None
    if m is None:
        return date
    part = genre.same_day_later[m.group(1)]
    return replace(date, text=date.text.removesuffix(date.part or "") + part, part=part)


def _anchored(date: Date, bare: bool, anchor: Date | None, genre: Genre) -> Date:
    """A date read against the dateline or the page's date: a bare day that is its day takes its
    month; '昨（9）日下午' under a page dated 3月10日 is 3月9日下午; '今天下午' is its day."""
    if bare and anchor and anchor.month and anchor.day and date.text[:1] in "昨今" \
            and date.day == anchor.day - (date.text[0] == "昨"):
        date = replace(date, text=f"{anchor.month}月{date.day}日{date.part or ''}", month=anchor.month)
    elif bare and anchor and anchor.month and date.day == anchor.day:
        date = date.with_month(anchor.month)
    if date.relative in genre.same_day_words and anchor and anchor.day:
        date = _on_dateline(date, anchor)
    return date


def _month_before(article: Article, sentence: Sentence, date: Date, genre: Genre) -> Date:
    """'22日下午' after '8月21日至22日，…' is 8月22日下午: a bare day takes the month of the last
    date before it that has one, when the day does not come before that date's."""
    earlier = [f.date for s in article.sentences if s.paragraph < sentence.paragraph for f in genre.dates.find(s.text, Kind.MEETING)]
    month = next((d for d in reversed(earlier) if d.month is not None and d.day is not None), None)
    return date.with_month(month.month) if month and date.day is not None and date.day >= month.day else date


def _numeral_day(article: Article, dateline: Date, genre: Genre) -> Fact[Date] | None:
    """'中新社北京三月九日电 …九日下午在京召开': a day in Chinese numerals, the dateline's day."""
    parts = "|".join(genre.day_parts)
    for sentence in _held_sentences(article, genre):
        for match in re.finditer(rf"(?<![月〇一二三四五六七八九十])([〇一二三四五六七八九十]{{1,3}})日({parts})?", sentence.text):
            if chinese_number(match.group(1)) == dateline.day:
                part = match.group(2)
                return Fact(replace(dateline, text=dateline.text + (part or ""), part=part), (sentence,))
    return None


def _bracketed_date(text: str, found: list[Found], genre: Genre) -> Date | None:
    """'昨日（11月19日）下午' -> 11月19日下午: a relative day followed by the date it is, in brackets."""
    if len(found) < 2 or found[0].kind is not Kind.RELATIVE or found[1].kind is not Kind.FULL:
        return None
    if text[found[0].end : found[1].start] not in ("（", "("):
        return None
    after = text[found[1].end :].lstrip("）)")
    part = found[0].date.part or next((p for p in genre.day_parts if after.startswith(p)), None)
    date = found[1].date
    return replace(date, text=date.text + (part or ""), part=part) if part and not date.part else date


def _on_dateline(date: Date, dateline: Date) -> Date:
    """'今天下午' in a report filed on 9月20日 is 9月20日下午."""
    part = date.part or ""
    return replace(dateline, text=dateline.text + part, part=date.part)


def meeting_place(article: Article, genre: Genre) -> Fact | None:
    """Where the meeting was held: '在东州召开', '假座某会议厅举行', '于某中心举行'; else the dateline's."""
    verbs = genre.held_pattern
    markers = "|".join(map(re.escape, genre.place_markers))
    # a lookahead, so that '于11月6日在东州举行' is tried at 于 and again at 在
    arrivals = "|".join(map(re.escape, genre.arrival_verbs))  # ('…率县府团队前往某渔会二楼礼堂，举行…座谈会': gone there, then held)
    pattern = re.compile(
        rf"(?=(?:{markers})([^，。、在“”就]{{1,20}}?)(?:就[^，。；]{{2,40}}?进行[^，。；]{{0,6}}?)?(?:隆重|顺利|正式|联合|共同|组织)?(?:{verbs})"
        rf"|(?:{arrivals})([^，。、在“”就]{{2,20}}?)[，,](?:{verbs})"
        rf"|{genre.led_arrival}([^，。、在“”就]{{2,20}}?)[，,](?:出席|参加|主持))"
    )
    venues = "|".join(genre.venue_suffixes)
    own = [s for s in _own_sentences(article, genre) if any(re.search(venues, m.group(1) or m.group(2) or m.group(3)) for m in pattern.finditer(s.text))]
    held = _held_sentences(article, genre)  # (…and after a lead-in with no place, the sentence that says where it was held)
    later = [s for s in _later_held(article, genre) if s not in held and not genre.next_session.search(s.text)][:1]  # (not the next one's)
    for sentence in own[:1] + held + later:
        for match in pattern.finditer(sentence.text):
            place = _without_company(_without_chairing(match.group(1) or match.group(2) or match.group(3), venues), genre)
            if _is_time(place, genre) or (sentence in own or match.group(2) or match.group(3)) and not re.search(venues, place):
                continue  # '于昨日举行': a time, not a place; '前往企业调研，召开…': no venue gone to
            if not re.search("主持|会上|期间", place):
                room = _room(sentence, article, genre)
                if room:  # '…在城北老工业片区召开。会场就设在…文创园内': the room, within that place
                    return Fact(room[0], (sentence, room[1]))
                place = _venue_without_city(place, article, pattern, genre)
                return Fact(_full_place(place, article, genre), (sentence,))
    return _lead_venue(article, genre, markers, venues)


def _without_company(place: str, genre: Genre) -> str:
    """A place without the people the meeting was held with ('在某俱乐部与约150名居民举行对话会': the club), nor whose it
    is ('在该会辖下某中心举办': the centre)."""
    place = genre.place_owned.sub("", place)  # (该会辖下某中心: the centre)
    joiners = "|".join(map(re.escape, genre.company_joiners))
    cut = re.search(rf"(?:{joiners})(?:{'|'.join(map(re.escape, genre.figure_qualifiers))})?[\d一二三四五六七八九十百千]", place)
    return place[: cut.start()] if cut and cut.start() >= 2 else place


def _lead_venue(article: Article, genre: Genre, markers: str, venues: str) -> Fact | None:
    """A lead that names no place before its verb: a clause that is only a venue, or the main room of
    a video meeting; else the dateline's place."""
    for sentence in [s for s in article.sentences if s.paragraph in (1, 2)]:
        room = genre.venue_sentence.search(sentence.text)
        if room:  # '会议以视频形式召开，主会场设在…': where it was held, its other rooms apart (the lead's paragraph or the next)
            return Fact(_first_group(room), (sentence,))
    held = [s for s in _held_sentences(article, genre) if s.paragraph > 1]  # (a lead after a teaser paragraph)
    for sentence in [s for s in article.sentences if s.paragraph == 1] + held:
        clause = re.search(rf"(?:^|，)([^，。]{{0,20}}?)(?:{markers})([^，。、在“”]{{2,24}}?(?:{venues}))(?=，|。|$)", sentence.text)
        timed = clause and (not clause.group(1) or _is_time(clause.group(1), genre))  # ('3月6日（星期六）晚上8时在…会堂，出席…')
        if clause and timed and not _is_time(clause.group(2), genre):  # a clause that is only a venue
            return Fact(clause.group(2), (sentence,))
        if sentence.paragraph > 1:
            continue
        # '12月7日清晨7点半，某县行政中心职工餐厅二楼，…': a venue (and its floor) right after the time
        first, _, rest = sentence.text.partition("，")
        arrived = "|".join(genre.arrival_verbs)  # ('县委书记某某来到县群众来访接待中心，…': the centre, not who came)
        venue = re.match(rf"(?:[^，。]{{0,14}}?(?:{arrived}))?([^，。、在“”]{{2,24}}?(?:{venues})(?:[一二三四五六七八九十\d]{{1,2}}[楼层])?)(?=，)", rest)
        if venue and _is_time(first, genre) and len(first) <= 16:
            return Fact(venue.group(1), (sentence,))
    if article.dateline_place:
        return Fact(article.dateline_place, article.sentences[:1])
    return None


def _room(sentence: Sentence, article: Article, genre: Genre) -> tuple[str, Sentence] | None:
    """The room and its sentence, when the sentence right after the one that says where
    places the room in it."""
    after = next((s for s in article.sentences if s.paragraph == sentence.paragraph and s.index == sentence.index + 1), None)
    room = genre.venue_sentence.search(after.text) if after else None
    return (_first_group(room), after) if room and after else None


def _first_group(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g)


def _venue_without_city(place: str, article: Article, pattern: re.Pattern[str], genre: Genre) -> str:
    """'岱宁云澜宾馆' -> '云澜宾馆': a venue with a name of its own, after the city the meeting is
    said elsewhere to be in (the headline's '在岱宁召开', the dateline's place). '澜州国际会议中心'
    stays whole: 国际 is said nowhere else in the report, it is no name of its own."""
    suffix = next((v for v in genre.venue_suffixes if place.endswith(v)), None)
    if suffix is None:
        return place
    opener = next((w for w in genre.venue_openers if place.startswith(w) and len(place) - len(w) > len(suffix)), "")
    place = place[len(opener) :]  # ('邨内鲤峰社区会堂': the hall)
    cities = [article.dateline_place or ""]
    if article.title:
        cities += [m.group(1) or m.group(2) for m in pattern.finditer(article.title)]
    city = next((c for c in cities if len(c) >= 2 and place.startswith(c)), None)
    if city is None:
        return place
    venue = place[len(city) :]
    name = venue.removesuffix(suffix)
    elsewhere = article.text.replace(place, "")
    return venue if len(name) >= 2 and name in elsewhere else place


def _is_time(text: str, genre: Genre) -> bool:
    """'11月6日', '昨日上午', '上午9时', '视察后': a time, not a place."""
    if text.endswith(genre.time_phrase_ends):
        return True
    return bool(genre.dates.find(text, Kind.TIME)) or text.startswith(genre.day_parts)


def _full_place(place: str, article: Article, genre: Genre) -> str:
    """'京' -> '北京': a one-character place is the dateline's place that holds it, or a known one."""
    if len(place) != 1:
        return place
    if article.dateline_place and place in article.dateline_place:
        return article.dateline_place
    return genre.place_abbreviations.get(place, place)


def _theme_places(article: Article, genre: Genre) -> list[list[tuple[str, Sentence]]]:
    """Where a theme is read: the lead paragraph and the headline, else the second paragraph. A lead
    after a scene ('“局长，问题到底卡在哪一环？”…' and only then '8月21日晚，…录制'): that one and the next."""
    held = _held_sentences(article, genre)
    at = held[0].paragraph if held and held[0].paragraph > 2 else 1
    lead = [(s.text, s) for s in article.sentences if s.paragraph in (1, at)]
    if article.title:
        lead.append((article.title, article.sentences[0]))
    return [lead, [(s.text, s) for s in article.sentences if s.paragraph in (2, at + 1)]]


def _unquoted(text: str) -> str:
    """'“优化营商环境”' -> '优化营商环境', but '“专精特新”企业发展' stays whole."""
    inner = text[1:-1]
    if len(text) > 2 and text[0] in '“"' and text[-1] in '”"' and not re.search('[“”"]', inner):
        return inner
    return text


def _trim_theme(theme: str, genre: Genre) -> str:
    """'今年全面推进乡村振兴重点任务' -> '全面推进乡村振兴'; '下一阶段重点任务' -> ''."""
    theme = _unquoted(re.sub(r"^\d{4}年度?", "", theme))
    theme = re.sub(r"[（(](?:以下|下)?简?称[^）)]{1,12}[）)]", "", theme)  # '（以下简称草案）': what it is called after
    changed = True
    while changed:
        before = theme
        for word in genre.theme_trim_leading:
            theme = theme.removeprefix(word)
        for word in () if "，" in theme else genre.theme_trim_trailing:  # (a theme of several clauses ends as written)
            theme = theme.removesuffix(word)
        theme = _unquoted(theme.strip("、，"))
        changed = theme != before
    return theme


def meeting_theme(article: Article, genre: Genre) -> Fact | None:
    """A stated theme ('围绕“…”主题'), else the most specific phrase of purpose in the lead."""
    lead, second = _theme_places(article, genre)
    own = [(s.text, s) for s in _own_sentences(article, genre) if s.paragraph > 2]  # '座谈会于6日下午在…召开，以“…”为主题'
    own += [  # '本次会议的主要任务是：…' further on
        (s.text, s) for s in article.sentences if s.paragraph > 2 and s.text.startswith(tuple(genre.meeting_subjects)) and (s.text, s) not in own
    ]
    for texts, patterns in (
        (lead + second + own, genre.theme_stated),
        (lead, genre.theme_markers),
        (second, genre.theme_markers),
        (lead + second, genre.theme_after_meeting),
    ):
        for pattern in patterns:
            for text, sentence in texts:
                for match in pattern.finditer(text):
                    theme = _trim_theme(match.group(1), genre)
                    if len(theme) >= 2:
                        return Fact(theme, (sentence,))
    return _subject_of_name(article, genre)


def _subject_of_name(article: Article, genre: Genre) -> Fact | None:
    """No theme stated, but the meeting's name in quotation marks says what it is about
    ('召开“某园区联外交通改善协调会”'): the name without its kind of meeting."""
    kinds = "|".join(map(re.escape, sorted(genre.meeting_words, key=len, reverse=True)))
    for sentence in _held_sentences(article, genre):
        m = re.search(rf"(?:召开|举行|举办)[“「]([^”」]{{4,30}}?)(?:{kinds})[”」]", sentence.text)
        if m:
            return Fact(m.group(1), (sentence,))
    named = meeting_name(article, genre)  # '《某县国土空间总体规划（2021—2035年）》专家评审会': what it reviews
    m = re.match(rf"(《[^》]{{4,40}}》[^《》]{{0,8}}?)(?:地区|分区|专场|公开)?(?:{kinds})$", named.value) if named else None  # (…地区咨询会)
    if m is None and named:  # ('某邨重建首场居民简介会': what comes before which session it was)
        m = re.match(rf"([^，。“”]{{2,16}}?)(?={_SESSION_FIRST.pattern.lstrip('^')})", named.value)
    return Fact(m.group(1), named.evidence) if m and named else None  # (《…条例》修正草案: the draft of it)


def meeting_organizer(article: Article, genre: Genre) -> Fact | None:
    """Who held the meeting: '省政协在临江召开…', '由…主办', '…联合举办'; None when the lead does not say."""
    verbs = "|".join([*genre.organizer_verbs, genre.activity_held])
    by_end = "|".join(genre.organizer_by_verbs)
    held = _held_sentences(article, genre)
    later = {s.paragraph for s in held if s.paragraph > 2}  # a meeting held after a visit
    later |= {s.paragraph for s in held[:1]}  # (a lead after a scene: '“电梯啥时候能装上？”9月16日上午…。' then '当天，某某在…开展…活动')
    texts = [(s.text, s) for s in article.sentences if s.paragraph <= 2 or s.paragraph in later]
    if article.title:
        texts.append((article.title, article.sentences[0]))
    for text, sentence in texts:
        for clause in CLAUSE.split(text):
            by = re.search(rf"由([^，。；]{{2,40}}?)(?:{verbs})", clause) or re.search(rf"由([^，。；]{{2,40}}?)(?:{by_end})$", clause)
            subjects = [by.group(1)] if by else []
            if sentence.paragraph == 1 or sentence.paragraph in later or text == article.title:  # further on, only '由…主办' names
                # the organiser ('调研组在某处召开座谈会' does not)
                subjects += [_before_place(clause[: m.start()], genre) for m in re.finditer(rf"(?<!主持)(?:{verbs})", clause)]
            for subject in subjects:
                subject = _without_time(subject, genre)
                subject = re.sub(r"(?:联合|共同|隆重|正式|紧接着|随即|随后|同时|专门|也|又)$", "", genre.abbreviation_note.sub("", subject).strip())
                subject = _without_short_name(genre.stock_code.sub("", subject))
                trade = genre.trade_before_name.match(subject)
                subject = subject[trade.end() :] if trade and _is_organization(subject[trade.end() :], genre) else subject
                holder = genre.ordinal_pattern.split(subject, maxsplit=1)[0]  # ('某集团有限公司第四届职工代表大会第三次会议在…召开')
                # (a body's own, not a place's: '某镇第十八届人民代表大会…' names no holder)
                held_by = holder != subject and holder.endswith(genre.organization_suffixes) and "届" not in holder  # (省政协十二届常委会: below)
                subject = holder if held_by and _is_organization(holder, genre) else subject
                subject = re.sub(r"[“「][^”」]{2,60}[”」]$", "", subject).split("：")[-1]  # (某会「…就职典礼」…假…举行; 记者某某报道：)
                if subject.endswith(genre.research_teams):
                    continue  # '视察组在某处召开座谈会': the team's body holds it (below)
                subject = _joint_bodies(subject, genre)
                if _is_organization(subject, genre):
                    return Fact(_with_place(subject, article), (sentence,))
    return _body_of_meeting(article, genre) or _team_body(article, genre) or _activity_body(article, genre) or _convener(article, genre)


def _convener(article: Article, genre: Genre) -> Fact | None:
    """'市议员甘淑媛今（18）日上午邀集市府工务局…，在…召开…': the titled person who convened it (or the names after one
    title: '市议员范佩瑜、涂建勋'), in the lead only."""
    verbs = "|".join(map(re.escape, genre.convening_verbs))
    held = "|".join(map(re.escape, genre.organizer_verbs))
    for sentence in (s for s in article.sentences if s.paragraph == 1) if verbs else ():
        for clause in CLAUSE.split(sentence.text):
            m = re.search(rf"(?:{verbs})", clause)
            subject = _without_time(clause[: m.start()].split("由")[-1], genre) if m else ""  # (会议由区长某某召集: 区长某某)
            by = re.search(rf"(?<!主持)(?:{held})", clause) if not m and held else None  # ('立委某某昨（22）日下午2时在…召开协调会')
            subject = _without_time(_before_place(clause[: by.start()], genre), genre) if by else subject
            first, *others = subject.split("、")
            split = split_title_name(first, genre)
            if split and all(valid_name(n, genre) for n in others):
                return Fact(subject, (sentence,))
    return None


def _joint_bodies(subject: str, genre: Genre) -> str:
    """'某派出所联合某街道' -> '某派出所、某街道': two bodies that hold a meeting together, listed (each a body)."""
    parts = re.split("|".join(map(re.escape, genre.organizer_joints)), subject) if genre.organizer_joints else [subject]
    return "、".join(parts) if len(parts) > 1 and all(_is_organization(p, genre) for p in parts) else subject


def _without_short_name(body: str) -> str:
    """'市安全生产委员会办公室（市安委办）' -> the body without its short name in brackets (its characters, in order); not
    another name of it ('区工商联（总商会）')."""
    m = re.search(r"[（(]([^（）()]{2,8})[)）]$", body)
    if not m or not re.search(".*".join(map(re.escape, m.group(1))), body[: m.start()]):
        return body
    return body[: m.start()]


def _without_chairing(place: str, venues: str) -> str:
    """'在某项目部会议室主持召开': the room, without the 主持 before the verb."""
    return place.removesuffix("主持") if place.endswith("主持") and re.search(venues, place) else place


def _with_place(body: str, article: Article) -> str:
    """'区政协' in the headline, '蓼川区政协…协商会' in the lead: the body with its place's name."""
    if body[:1] not in "省市县区镇乡":
        return body
    lead = "".join(s.text for s in article.sentences if s.paragraph == 1)
    m = re.search(rf"(?<![{HAN}])([{HAN}]{{2}})" + re.escape(body), "，" + lead)
    return m.group(1) + body if m and m.group(1)[-1] not in "省市县区镇乡我本该全各" and m.group(1)[0] not in "我本该全各" else body


def meeting_partners(article: Article, genre: Genre) -> tuple[tuple[str, Fact], ...]:
    """The bodies that host or assist besides the organiser, by kind ('co_host': 'B' of
    '由A主办，B承办'), from the sentences that name the organiser or say the meeting was held."""
    held = {s.paragraph for s in _held_sentences(article, genre)}
    found: dict[str, Fact] = {}
    for sentence in (s for s in article.sentences if s.paragraph <= 2 or s.paragraph in held):
        for clause in CLAUSE.split(sentence.text.rstrip("。！？")):
            for kind, verbs in genre.partner_verbs.items():
                m = re.fullmatch(rf"(?:由)?([^，。；]{{2,60}}?)(?:联合|共同)?(?:{'|'.join(verbs)})", clause)
                bodies = re.split(r"、|和|与|及", m.group(1)) if m else []
                if m and kind not in found and all(b.endswith(genre.organization_suffixes) for b in bodies):
                    found[kind] = Fact(m.group(1), (sentence,))
    return tuple(found.items())


def _activity_body(article: Article, genre: Genre) -> Fact | None:
    """The body a meeting named after its activity is held by ('区人大常委会视察…情况座谈会')."""
    meeting = meeting_name(article, genre)
    found = _activity(article, genre) if meeting else None
    if meeting is None or found is None:
        return None
    (body, activity, what), _ = found
    return Fact(body, meeting.evidence) if meeting.value.startswith(body + activity + what) else None


def _before_place(text: str, genre: Genre) -> str:
    """'某会于十月十二日晚假某酒楼' -> '某会': what stands before the time and place of a meeting
    ('在…', Hong Kong '假…', '于…')."""
    markers = "|".join(map(re.escape, genre.place_markers))
    return re.split(markers, text, maxsplit=1)[0]


def _without_time(text: str, genre: Genre) -> str:
    """'澜州市政协昨日（11月19日）下午' -> '澜州市政协': the dates, their brackets and the part of day."""
    text = re.sub(r"[（(][)）]", "", genre.dates.remove(text, Kind.MEETING))
    text = re.sub(r"[\d一二三四五六七八九十]{1,3}[时点](?:半|许|正)?$", "", text)  # 下午三时
    for part in genre.day_parts:
        text = text.removesuffix(part)
    return re.sub(f"(?:{genre.weekday.pattern})$", "", text)  # (某总会与某局星期六（11月8日）上午: Singapore's weekday)


def _team_body(article: Article, genre: Genre) -> Fact | None:
    """'九三学社某省委会“…”调研组赴…' -> 九三学社某省委会: the body a visiting team is from."""
    teams = "|".join(genre.research_teams)
    visit = "|".join(map(re.escape, genre.research_verbs))
    for sentence in [s for s in article.sentences if s.paragraph == 1]:
        for clause in CLAUSE.split(sentence.text):
            match = re.match(
                rf"([{HAN}]{{2,30}}?)(?:“[^”]{{1,40}}”)?(?:专题)?(?:{teams})(?:{visit})", clause
            )
            if match and _is_organization(match.group(1), genre):
                return Fact(match.group(1), (sentence,))
            bodies = "|".join(map(re.escape, genre.organization_suffixes))
            led = re.search(rf"([{HAN}]{{2,20}}?(?:{bodies}))[^，。；]{{0,30}}?率(?:{teams})", clause)
            if led:  # '市人大常委会党组书记、主任某某率视察组…': the leader's body
                return Fact(led.group(1), (sentence,))
    return None


_ROC_YEAR_AFTER_BODY = re.compile(r"(.{2,30}?)(?<!\d)1\d{2}学?年")  # (某市政府114年度…: a Republic year)
_YEAR_AFTER_BODY = re.compile(r"(.{2,30}?)(?:\d{2,4}|[一二三四五六七八九〇零]{4})学?年")  # (某大学114学年度…: a school year)


def _body_of_meeting(article: Article, genre: Genre) -> Fact | None:
    """The body a meeting is named after, when its name is only that body, an ordinal and a kind
    of meeting: '省长某某主持召开省政府第42次常务会议' -> 省政府 (the 省长 chairs; 省政府 holds it)."""
    meeting = _name_as_written(article, genre)  # (with the body of its yearly series)
    if meeting is None:
        return None
    body = meeting.value.split("暨")[0]  # ('某商会第三届第一次会员代表大会暨换届大会': the first of its names)
    if genre.act_receiver in body:
        return None  # '某市政府向市政协情况通报会': one body reports to another, neither holds it
    yearly = _YEAR_AFTER_BODY.match(body)  # '某市政府114年度「市長與里長有約」某区座谈会', '某大学114学年度…': its yearly series' body
    if yearly and yearly.group(1).endswith(genre.organization_suffixes) and _is_organization(yearly.group(1), genre):  # (not a place: 槐阳市2024年…)
        return Fact(yearly.group(1), meeting.evidence)
    for ordinal in genre.meeting_ordinals:
        body = ordinal.sub("", body)
    kind = next((w for w in genre.meeting_words if body.endswith(w)), "")
    body = body.removesuffix(kind)
    inner = next((w for w in genre.meeting_words if body.endswith(w)), "")
    if kind and _is_organization(body.removesuffix(inner), genre):  # '…会议联组会议'
        body = body.removesuffix(inner)
    if kind and _is_organization(body, genre):
        return Fact(body, meeting.evidence)
    return None


def _is_organization(subject: str, genre: Genre) -> bool:
    """A body's name ('省政协', '某会青年委员会'), maybe with another name of it in brackets
    ('某区工商联（总商会）'); not a person, not a meeting."""
    subject = re.sub(r"（[^（）]{2,12}）$", "", subject)
    if not 2 <= len(subject) <= 40 or any(subject.endswith(w) for w in genre.meeting_words):
        return False
    if re.search(r"\d{2,4}年", subject):
        return False  # '濯川县2025年重阳节离退休干部(座谈会)': a meeting's name cut before its kind, no body
    if subject.endswith(genre.holding_manners):
        return False  # '…权利变换计划自办(公听会)': how it is held, no body (自办, 合办)
    if len(subject) <= 6 and subject.endswith(genre.holding_places) and re.fullmatch(rf"[{HAN}]+", subject) and subject[0] not in "我本该全各此这":
        return not split_title_name(subject, genre)  # '漭溪县紧接着召开…' (not 我县: the headline names it)
    parts = re.split(r"、|和|与|及", subject)
    whole = "、" not in subject and subject.endswith(genre.organization_suffixes)  # 发展和改革委员会, 人力资源和社会保障局
    if not (whole or all(any(p.endswith(s) for s in genre.organization_suffixes) for p in parts if p)):
        return False
    # a person ('省长某某主持召开') is not the organiser; a body named after one is ('议员某某议员办事处')
    return not split_title_name(subject, genre) or subject.endswith(genre.offices)
