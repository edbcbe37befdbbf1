"""Who took part and what they did, read from roster clauses ('省政协主席林克庆主持');
and who was only mentioned, such as a leader whose speech was relayed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from .article import Article
from .fact_types import Fact, Person
from .genre import Genre
from .models import Sentence
from .names import (
    JOINERS,
    MIN_SHORT_FORM,
    common_word,
    cuts_into_words,
    ends_with_title,
    has_family_name,
    name_after,
    name_before,
    name_then_title,
    split_title_name,
    tagged_name,
    valid_name,
    written_short,
)
from .patterns import CLAUSE, HAN
from .scripts import HAN_CLASS

HAN_ONLY = re.compile(f"[{HAN}]+")
_FROM = re.compile(f"^(?:来自|经营|从事|做|原定|原计划|计划|拟)[{HAN}]{{1,12}}?的")  # '来自某镇的', '原定出席的': no title
_LATIN_ALIAS = re.compile(r"[（(][A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .&'’-]{1,40}[)）]")
_INVITED = re.compile(f"^[{HAN}]{{0,8}}?(?:请到了|请来了|邀请到了|邀请到|有请)")
_GLUING = frozenset("与和及同")  # a character after a name that may make a word with its last one (参与)
_ROLE_JOIN = re.compile(f"、|(?<=[{HAN}])兼(?=\\S)")  # '某会副会长兼某公司创办人': two roles (not 副主委兼秘书长)


def parse_roster_head(head: str, genre: Genre, own: frozenset[str] = frozenset()) -> list[tuple[str, tuple[str, ...]]]:
    """Names and roles in a clause head such as '省委副书记、省长王伟中'. A bare name shares the
    title of the name before it ('副主席钱七、孙八'), unless that title was the other's own, written
    in brackets after it (`own`: '郗某（某公司总经理）、禚某')."""
    head = _without_openers(head, genre)
    head = genre.chaired_by.sub("", head)  # '上午的会议由副市长某某主持'
    head = head.removesuffix("同志").removesuffix("等")
    head = _FROM.sub("", head)  # '来自白沙镇的种粮大户某某': where they come from is no title
    head = _INVITED.sub("", head)  # '今天我们请到了市住建局副局长某某': the host's words
    head = genre.which_one.sub("", head)  # '第一个发言的是市委副书记、市长某某': which one they were
    head = _LATIN_ALIAS.sub("", head)  # '某精密（Hoffmann Präzision）台湾分公司厂长': the body's name in its own tongue
    for tail in genre.roster_tails:
        head = tail.sub("", head)
    found: list[tuple[str, tuple[str, ...]]] = []
    pending: list[str] = []
    # a bare name after 与 is the other party, no sharer of the title before it ('副市长A与B分别代表双方签约')
    apart = set(re.findall(rf"(?<=[{HAN}]{{2}})与([{HAN}]{{2,4}})$", head))
    for segment in _segments(head, genre):
        segment = segment.strip().removesuffix("等")
        if not segment:
            return []
        ahead, rest = _partner(segment, genre)  # ('谭某与某中心主任沙某': 谭某 acts with them)
        split = split_title_name(segment, genre) or name_then_title(segment, genre) or _work_and_name(segment, genre) or _affiliation_and_name(segment, genre)
        if split:
            role, name = split
            partner, role = _partner(role, genre)
            partner = partner or (ahead if ahead and split_title_name(rest, genre) == split else None)
            found += [(partner, ())] if partner else []  # (who did it with them)
            found.append((name, tuple(_described_as(r, genre) for r in (*pending, *_roles(role, genre)))))
            pending = []
        elif ends_with_title(segment, genre) and len(segment) <= 20:
            partner, segment = _partner(segment, genre)  # ('粟某与汐浦区委常委、常务副区长宦某': 粟某 acts with them)
            found += [(partner, ())] if partner and not found and not pending else []
            pending.append(segment)
        elif len(segment) <= 6 and HAN_ONLY.fullmatch(segment) and not _name_like(segment, genre):
            pending.append(segment)  # '印尼归侨、某公司董事长某某': what they are, before a title; kept only if a name follows
        elif found and not pending and (valid_name(segment, genre) or _LATIN_NAME.fullmatch(segment)):
            shared = () if found[-1][0] in own or segment in apart else found[-1][1]
            found.append((segment, shared))  # 副主席钱七、孙八, 委员A、Miguel Lobo: same title (not …与某某: the other party)
        else:
            return []
    if pending and found and all(
        p.endswith((*genre.group_words, *genre.people_nouns)) and role_name_prefix(p, genre) is None and "作为" not in p
        and ("、" + p in head or "及" + p in head) for p in pending
    ):  # (listed with 、 or 及: '…里长某某及里民、家长约30人到场'; not '市长某某与企业家代表…': the other party)
        return found  # '某中队中队长芮某、县消防救援大队指战员代表也先后发言': the people named, and a group beside them
    return found if not pending else []


def _without_openers(head: str, genre: Genre) -> str:
    """'会议由副市长某某' -> '副市长某某': the words that open a roster clause taken off, in the genre's order."""
    for prefix in genre.roster_openers:
        if head.startswith(prefix):
            head = head[len(prefix) :]
    return head


def _described_as(role: str, genre: Genre) -> str:
    """'在镇中心小学任教的代表' -> '代表': what describes someone before their title is no part of it (nor what stands
    before 由: '…报告由独立董事某某代为宣读' -> '独立董事')."""
    tail = re.split("的|由", role)[-1]
    return tail if tail != role and ends_with_title(tail, genre) and len(tail) >= 2 else role


def _partner(role: str, genre: Genre) -> tuple[str | None, str]:
    """'谭某某与某中心主任' before 沙某: 谭某某 is no title but someone acting with them."""
    joiners = "|".join(map(re.escape, genre.partner_joiners))
    partner = re.match(f"([{HAN}]{{3}})(?:{joiners})", role) if joiners else None
    if partner and valid_name(partner.group(1), genre) and has_family_name(partner.group(1), genre):
        return partner.group(1), role[partner.end() :]
    return None, role


def _roles(role: str, genre: Genre) -> list[str]:
    """'省委副书记、省长' -> two roles; '某会副会长兼某公司创办人' too, but '专职副主委兼秘书长' is one
    (what follows 兼 is a bare title of the same body)."""
    parts = _ROLE_JOIN.split(role)
    out: list[str] = []
    for part, joiner in zip(parts, [m.group() for m in _ROLE_JOIN.finditer(role)] + [""], strict=True):
        if out and out[-1].endswith("兼") and part in genre.titles:
            out[-1] += part
        else:
            out.append(part + ("兼" if joiner == "兼" else ""))
    return [p.removesuffix("兼") for p in out]


def _name_like(text: str, genre: Genre) -> bool:
    """A family name and one or two characters (or a compound family name and one or two)."""
    compound = text.startswith(genre.compound_surnames)
    return valid_name(text, genre) and has_family_name(text, genre) and len(text) <= (4 if compound else 3)


def _segments(head: str, genre: Genre) -> list[str]:
    """A head's items: split at 、 and where people are joined by 和/及/与 (_joined_people)."""
    segments: list[str] = []
    for segment in head.split("、"):
        bare = _joined_names(segment, genre) if segments else None
        segments.extend(bare or _joined_people(segment, genre) or [segment])
    return segments


def _joined_names(segment: str, genre: Genre) -> list[str] | None:
    """'冼某晴及柯某朗' after '青年企业家代表欧阳某言、': the last items of a list, bare names
    joined by 和/及/与, each starting with a family name (they share the title before them)."""
    parts = re.split(rf"(?<=[{HAN}]{{2}})(?:和|及|与)(?=[{HAN}]{{2}})", segment)
    bare = [valid_name(p, genre) and has_family_name(p, genre) for p in parts]
    # (the last may be someone of another title: '县议员羿某、郤某及竹埕乡长蒯某'; not 农业 of 农业与农村委员会主任某某)
    titled_last = all(bare[:-1]) and not any(common_word(p) for p in parts[:-1]) and split_title_name(parts[-1], genre)
    if len(parts) < 2 or not (all(bare) or titled_last):
        return None
    return parts


def _joined_people(segment: str, genre: Genre) -> list[str] | None:
    """'…董事长贺兰生和…会长屈志鹏', '创办人樊某及大学生代表伍某', '青年代表郑某及冯某': two or more
    people joined by 和/及/与; the first with a title, each other one with a title of its own or
    a bare name that starts with a family name (it shares the title before it). The last may be a
    title alone, the first of the next person's ('县长某某以及企业代表、某公司总经理某某')."""
    parts = re.split(rf"(?<=[{HAN}]{{2}})(?:和|及|与|以及)(?=[{HAN}]{{2}})", segment)
    if len(parts) < 2 or not split_title_name(parts[0], genre):
        return None
    for at, part in enumerate(parts[1:], start=2):
        bare = valid_name(part, genre) and has_family_name(part, genre)
        title = at == len(parts) and (ends_with_title(part, genre) or part.endswith((*genre.group_words, *genre.people_nouns)))  # (…及里民)
        if not (bare or title or split_title_name(part, genre)):
            return None
    return parts




def _strip_adverbs(head: str, genre: Genre, single: bool = True) -> str:
    """'…温若兰在会上先后' -> '…温若兰': adverbs and the setting between the names and the verb;
    without the one-character adverbs (也, 亦, 均…) when `single` is False."""
    adverbs = [a for a in genre.roster_adverbs if single or len(a) > 1]
    before = None
    while head != before:
        before = head
        for adverb in adverbs:
            head = head.removesuffix(adverb)
        head = genre.roster_settings.sub("", head)
    return head


def _head_before(clause: str, at: int, genre: Genre, single: bool = True) -> str:
    """The names and titles before a clause's verb, without adverbs, a time ('李明8日主持召开')
    or a counted group ('等5位企业负责人')."""
    head = genre.dates.strip_end(_strip_adverbs(clause[:at], genre, single))
    return genre.counted_tail.sub("", head)


def role_name_prefix(clause: str, genre: Genre) -> tuple[str, str] | None:
    """'副省长谭志远对…作部署' -> ('副省长', '谭志远'): a name that a stop word ends."""
    followers = (*genre.name_stops, *genre.actions)
    found = sorted((clause.find(t), -len(t), t) for t in genre.titles if t in clause)  # (the first in the clause, longest there)
    for at, _, title in found:
        end = at + len(title)
        name = name_after(clause[end:], followers, genre)
        if name and name[0] not in JOINERS:  # '负责人和部分企业…': 和 after a title joins, it names no one
            # (nor a word the title opens: 团还 of '代表团还出席了…' is no one: a name there has a family name)
            if has_family_name(name, genre) or _LATIN_NAME.fullmatch(name):
                return clause[:end], name
    return None



def _actions_in(rest: str, genre: Genre) -> tuple[str, ...]:
    """The actions a clause's rest starts with, and those after 并: '到会听取意见并讲话' -> 到会, 讲话."""
    found: list[str] = []
    for part in rest.split("并"):
        for adverb in genre.roster_adverbs:
            part = part.removeprefix(adverb)
        while part:
            verb = next((v for v in genre.actions if part.startswith(v)), None)
            if verb is None or _opens_meeting_word(part, verb, genre):
                break  # '主持推介会', '出席发布会': the meeting, not a second action
            found.extend(a for a in genre.actions[verb] if a not in found)
            part = part[len(verb) :].removeprefix("了")
    return tuple(found)


def _opens_meeting_word(text: str, verb: str, genre: Genre) -> bool:
    """'推介会…' opens with the meeting word 推介会, not with the action 推介."""
    return any(len(w) > len(verb) and text.startswith(w) for w in genre.meeting_words)


def _action_starts(clause: str, genre: Genre) -> list[int]:
    """Every position in the clause where an action word begins, in order."""
    return sorted(  # '因…未能出席': an action said not to have happened is none; 作 of 工作报告 is none
        m.start() for verb in genre.actions for m in re.finditer(re.escape(verb), clause)
        if not clause[: m.start()].endswith(genre.negations) and clause[max(0, m.start() - 1) : m.start() + 1] not in genre.words_around_actions
    )


def _relayed(clause: str, head: str, genre: Genre) -> bool:
    """'传达学习了省长陶维新…的讲话精神': a leader whose words were relayed, not present."""
    if any(word in head for word in genre.relay_before):
        return True
    return any(f"{verb}{word}" in clause for verb in genre.actions for word in genre.relay_after)


_REPORT_YEAR = re.compile(f"(?<=作)了?(?:\\d{{4}}年度?|题为《[^》]{{1,40}}》的)?(?=[{HAN}]{{0,8}}报告)")  # (作了题为《…》的工作报告)
# (…施某（João Simões）、; 麦某（Howard）列席; 林某（Nora Lin）则在…: the adverb goes with it, or it ends her name)
_NOTE_OF_PERSON = r"女|男|[\u4e00-\u9fff]{1,3}族"  # what a note after a name says of the person
_PERSON_NOTE = re.compile(rf"[（(](?:{_NOTE_OF_PERSON}|特邀|列席)[)）]")
_LATIN_NAME_NOTE = re.compile(rf"(?<=[{HAN}])（[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'\-]{{1,40}}）(?:(?=[、，。；列]|$)|[则也亦并](?=[{HAN}]))")


def person_notes(article: Article, people: Iterable[Person]) -> tuple[tuple[str, Fact], ...]:
    """What a note right after a name says of the person ('厍秀英(女)', '某某（回族）'): (name, the note), with
    the sentence that writes it."""
    notes: dict[str, Fact] = {}
    for person in people:
        note = re.compile(re.escape(person.name) + rf"[（(]({_NOTE_OF_PERSON})[)）]")
        found = next(((m.group(1), s) for s in article.sentences if (m := note.search(s.text))), None)
        if found:
            notes[person.name] = Fact(found[0], (found[1],))
    return tuple(notes.items())


def _without_notes(clause: str, genre: Genre) -> str:
    """'某公司（以下简称“某某”）总经理' -> '某公司总经理'."""
    clause = _LATIN_NAME_NOTE.sub("", clause)  # '陈某（Kelvin Chan）、': the English name of the person before
    clause = _PERSON_NOTE.sub("", clause)  # '厍秀英(女)、', '某某（回族）': a note of the person before
    return genre.abbreviation_note.sub("", clause)


class _Roster(NamedTuple):
    """What one clause says of people: who, doing what; `relayed` when they were only quoted."""

    people: list[tuple[str, tuple[str, ...]]]
    actions: tuple[str, ...] = ()
    relayed: bool = False
    group: str = ""  # the counted tail ('…等6位委员作协商发言'): a role of each person listed


def _with_group(roles: tuple[str, ...], group: str) -> tuple[str, ...]:
    """A person's roles and the group of a counted tail, unless a role already names it
    ('县政协委员' is one of the 6位委员)."""
    return roles if not group or any(r.endswith(group) for r in roles) else (*roles, group)


def _relayed_roster(people: list[tuple[str, tuple[str, ...]]], genre: Genre) -> _Roster:
    """'会议传达学习了省长' -> '省长': the title without the verb that relayed the speech."""
    verbs = "|".join(map(re.escape, genre.relay_before))
    return _Roster(
        [(n, tuple(re.sub(rf"^.*(?:{verbs})了?", "", r) for r in roles)) for n, roles in people],
        relayed=True,
    )


_BRACKETED = re.compile(r"[（(]([^（）()]{2,40})[)）]")


def _titles_first(text: str, genre: Genre) -> str:
    """'严慕白（某会主委、省政协副主席）带队' -> '某会主委、省政协副主席严慕白带队': a title written in
    brackets after the name is put before it, where the roster rules look for it."""
    return _moved_titles(text, genre)[0]


def _moved_titles(text: str, genre: Genre) -> tuple[str, frozenset[str]]:
    """The text with bracketed titles put before their names (_titles_first), and the names that
    had no title before them: their bracketed title is their own, shared with no name after them."""
    out, last, own = [], 0, set()
    for match in _BRACKETED.finditer(text):
        roles = match.group(1)
        if not all(ends_with_title(r, genre) for r in roles.split("、")):
            continue
        before = text[last : match.start()]
        name = name_before(before, genre)
        if name is None:
            continue
        titled = before[: -len(name)]
        joint = "、" if ends_with_title(titled, genre) else ""  # '澳区委员某某（市政协常委）'
        if not joint:
            own.add(name)
        out.append(titled + joint + roles + name)
        last = match.end()
    return "".join(out) + text[last:], frozenset(own)


def _people_before(
    clause: str, at: int, genre: Genre, own: frozenset[str] = frozenset()
) -> tuple[list[tuple[str, tuple[str, ...]]], str]:
    """The people named before the action that starts at `at`, and the head they were read from."""
    if at == 0:
        return [], ""
    head = _head_before(clause, at, genre)
    people = parse_roster_head(head, genre, own)
    if not people:  # '副市长王均出席': 均 ends the name, it is no adverb here (a name with a family name: not 团还 of 代表团还出席)
        head = _head_before(clause, at, genre, single=False)
        people = [p for p in parse_roster_head(head, genre, own) if has_family_name(p[0], genre) or _LATIN_NAME.fullmatch(p[0])]
    if not people:  # '代表A、B围绕融资、用地等问题建言献策', '某某首先代表调研组作…', '某某以“…”为题作…'
        for match in genre.roster_adverbials.finditer(head):
            before = _strip_adverbs(head[: match.start()], genre)
            bare = _bare_names(before, genre) if "、" in before else []  # 'A、B、C作为提案人代表发言'
            people = (parse_roster_head(before, genre) or bare) if before else []
            if people:
                return people, before
    if people or clause[at:] in genre.statement_verbs or clause[:at].endswith("在"):
        return people, head  # '万某介绍，…' attributes a statement; '某某在主持座谈会时指出' too
    return _bare_names(genre.chaired_by.sub("", head), genre), head  # '座谈会由区某某主持'


def _bare_names(head: str, genre: Genre) -> list[tuple[str, tuple[str, ...]]]:
    """Names with no title before an action ('王某、李某某等市领导出席', '张某、李某依次发言'): two or
    more, each starting with a family name, or one that jieba tags a person's name."""
    items = [i for s in head.removesuffix("等").split("、") for i in (_joined_names(s, genre) or [s])]
    if not all(valid_name(i, genre) and has_family_name(i, genre) for i in items):
        return []
    if len(items) == 1 and tagged_name(items[0], genre) != items[0] and not items[0].startswith(genre.compound_surnames):
        return []  # (one jieba does not tag is a name still when its family name is of two characters: 巫马清越)
    return [(i, ()) for i in items]


def _roster_at(clause: str, at: int, genre: Genre, own: frozenset[str] = frozenset()) -> _Roster | None:
    """The roster of a clause read at one action word (None when no one stands before it)."""
    people, head = _people_before(clause, at, genre, own)
    if not people:
        return None
    if _reported_to(clause, people[0][0], genre):
        return None  # '已经同当时的区议员庞某反映过': the one reported to, not who acted
    if _relayed(clause, head, genre):
        return _relayed_roster(people, genre)
    tail = genre.counted_tail.search(_strip_adverbs(clause[:at], genre))
    group = tail.group(1) if tail and tail.group(1) and tail.group(1) != "同志" else None
    if group:  # '…等5位企业负责人先后发言': each of them is one
        people = [(n, _with_group(r, group)) for n, r in people]
    return _Roster(people, _actions_in(clause[at:], genre), group=group or "")


def _roster_by_title(clause: str, genre: Genre) -> _Roster:
    """'副省长谭志远对…作部署': a title and a name that a stop word ends, then an action."""
    prefix = role_name_prefix(clause, genre)
    if prefix is None:
        return _Roster([])
    role, name = prefix
    rest = clause[len(role) + len(name) :]
    heads = parse_roster_head(role + name, genre)
    starts = _action_starts(rest, genre)
    if not (heads and starts) or name[-1:] + rest[:1] in genre.words_around_actions:  # 理事会工作报告: no 会工 who 作报告
        return _Roster([])
    if _relayed(clause, role, genre):
        return _relayed_roster(heads, genre)
    return _Roster(heads, _actions_in(rest[starts[0] :], genre))


def _titles_in_brackets(clause: str, genre: Genre) -> str:
    """'统战部部长（市台办主任）乐某某主持' -> '统战部部长、市台办主任乐某某主持': a title in brackets
    between a title and the name is one more title of the chain."""

    def chained(m: re.Match[str]) -> str:
        inner, before = m.group(1), clause[: m.start()]
        return "、" + inner if ends_with_title(inner, genre) and ends_with_title(before, genre) else m.group()

    return _TITLE_IN_BRACKETS.sub(chained, clause)


_TITLE_IN_BRACKETS = re.compile(f"（([{HAN}、]{{2,20}}?)）(?=[{HAN}])")


def roster_clause(clause: str, genre: Genre) -> _Roster:
    """People and their actions in one clause, e.g. '省政协主席林克庆主持'; a title's area in
    brackets before the name ('运输署助理署长（新界）霍家朗') stays with the title."""
    areas: list[tuple[str, str]] = []

    def kept(m: re.Match[str]) -> str:
        areas.append((m.group(1), m.group(2)))
        return m.group(1)

    clause = _title_area(genre.titles).sub(kept, clause) if "（" in clause else clause
    clause = genre.strip_opener(clause)  # '会议邀请某院高工某某、…三位专家参加会商': the opener is no title
    clause = genre.honour_opener.sub("", clause)  # '县“最美退役军人”、柳坪村党支部书记某某等参加座谈': the honour, read past
    found = _roster_clause(clause, genre)
    if not areas:
        return found
    people = [(n, tuple(_with_area(r, areas) for r in roles)) for n, roles in found.people]
    return found._replace(people=people)


@lru_cache(maxsize=4)
def _title_area(titles: tuple[str, ...]) -> re.Pattern[str]:
    """A title, its area in brackets, then a name: 署长（新界）霍家朗 (not 工商联（总商会）党组书记)."""
    ends = "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
    return re.compile(rf"({ends})（((?![{HAN}]*?(?:{ends})）)[{HAN}]{{2,6}})）(?=[{HAN}]{{2,4}})")  # (not a second post: 部长（市台办主任）)


def _with_area(role: str, areas: list[tuple[str, str]]) -> str:
    """'运输署助理署长' -> '运输署助理署长（新界）': the area its title had in brackets."""
    return next((role + f"（{area}）" for end, area in areas if role.endswith(end)), role)


@lru_cache(maxsize=4)
def _quoted_in_title(titles: tuple[str, ...]) -> re.Pattern[str]:
    """A name in quotes inside a title: 县级非遗项目“慈云寺梵乐”代表性传承人某某 (the project's name, then the post)."""
    ends = "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
    return re.compile(rf"(?<=[{HAN}])[“「]([{HAN}]{{2,10}})[”」](?=[{HAN}]{{0,8}}?(?:{ends})[{HAN}]{{2,4}})")


def _roster_clause(clause: str, genre: Genre) -> _Roster:
    clause = genre.quoted_action.sub(r"\1", clause)  # '某某“做东”': the action, quoted for colour
    clause = _quoted_in_title(genre.titles).sub(r"\1", clause)  # '…项目“慈云寺梵乐”代表性传承人某某': one title
    clause = genre.comrade_before_action.sub("", clause)  # '秘书长某某同志作…报告': 同志 is no part of the name
    clause = _REPORT_YEAR.sub("", clause)  # '作2024年度工作报告', '作了题为《…》的工作报告': 作工作报告
    clause, own = _moved_titles(_titles_in_brackets(_without_notes(clause, genre), genre), genre)
    for at in _action_starts(clause, genre):
        found = _roster_at(clause, at, genre, own)
        if found:
            return found
    people = parse_roster_head(clause, genre, own)
    dated = genre.dates.first(clause) if not people else None
    if dated and dated.start >= 4:  # '运输署助理署长霍某11月26日朝早十点到某邨': the titles and name before the day
        people = parse_roster_head(clause[: dated.start], genre, own)
    aged = genre.stated_age.search(clause) if not people else None
    if aged and aged.start() >= 4:  # '维持性血液透析患者某某今年67岁': the work and name before the age
        people = [p for p in parse_roster_head(clause[: aged.start()], genre, own) if has_family_name(p[0], genre)]
        tail = clause[: aged.start()].rsplit("的", 1)[-1] if not people and "的" in clause[: aged.start()] else ""
        if len(tail) == 3 and valid_name(tail, genre) and has_family_name(tail, genre):  # ('住在101室的某某今年68岁': where they live)
            people = [(tail, ())]
    return _Roster(people) if people else _roster_by_title(clause, genre)


_PARTNERED = re.compile("联同|与|同|跟|和")  # what joins one already named to the one titled after
_POINTED_UNIT = re.compile(f"该([{HAN}]{{1,2}}?)(副?[{HAN}]{{1,4}})$")


def _standing_in_for(role: str, name: str, text: str, genre: Genre) -> str:
    """'某公司董事长某某未到场，由厂长某某出面说明': the stand-in's bare title is of the body the one away belongs to
    (某公司厂长); a title that names its own body stays as written."""
    at = text.find("由" + role + name)
    if at <= 0 or text[at - 1] not in "，," or not role.endswith(genre.titles) or _names_body(role, genre):
        return role
    away = re.split("[，,。；;]", text[: at - 1])[-1]
    ends = "|".join(map(re.escape, sorted((b for b in genre.organization_suffixes if len(b) >= 2), key=len, reverse=True)))
    body = re.match(f"[^的]{{2,14}}?(?:{ends})", away) if ends else None
    return body.group() + role if body and genre.absence.search(away) else role


def _names_body(role: str, genre: Genre) -> bool:
    """A title with its body in it (某公司厂长, 局长 of 区民政局局长), not a bare one (厂长, 客服主管)."""
    title = max((t for t in genre.titles if role.endswith(t)), key=len, default="")
    return any(b in role[: len(role) - len(title)] for b in genre.organization_suffixes)


def _pointed_back(role: str, name: str, text: str) -> str:
    """'该科副科长' of '…货物和劳务税科科长某某因…未能到会，由该科副科长韶某现场答复': the unit the sentence named before
    it (货物和劳务税科副科长); the role as written where the sentence names none."""
    m = _POINTED_UNIT.match(role)
    at = text.find(role + name)
    if m is None or at < 0:
        return role
    head = m.group(1)
    clauses = re.split("[，,。；;：:]", text[:at])
    # (not a meeting chaired by someone: '座谈会由该会会长某某主持' names no unit before 该会)
    named = [c[: c.find(head) + len(head)] for c in clauses if head in c and not c.startswith(("该", "由")) and not c[c.find(head) + len(head) :].startswith("由")]
    if named and len(named[-1]) > len(head) + 1:
        return named[-1] + m.group(2)
    return m.group(2) or role  # (the post alone, where no unit is named before it: 会长 of 该会会长)


class _Records:
    """The people found so far: roles, actions and evidence gathered per name, in order; and the
    groups named by role only that attended ('省直有关部门负责同志列席会议')."""

    def __init__(self, genre: Genre) -> None:
        self.by_name: dict[str, tuple[list[str], list[str], list[Sentence]]] = {}
        self.groups: dict[str, list[Sentence]] = {}
        self.genre = genre

    def add(self, name: str, roles: tuple[str, ...], actions: tuple[str, ...], sentence: Sentence) -> None:
        own_roles, own_actions, evidence = self.by_name.setdefault(name, ([], [], []))
        roles = tuple(self._without_partner(r) for r in roles)
        roles = tuple(_standing_in_for(r, name, sentence.text, self.genre) for r in roles)
        for role in dict.fromkeys(_pointed_back(r, name, sentence.text) for r in roles if r):  # 县工业会理事长 is 淞原县工业会理事长 written short
            if role and not any(r.endswith(role) or _shortened(role, r) for r in own_roles):
                own_roles[:] = [r for r in own_roles if not role.endswith(r) and not _shortened(r, role)] + [role]
        own_actions.extend(a for a in dict.fromkeys(actions) if a and a not in own_actions)
        if sentence not in evidence:
            evidence.append(sentence)

    def _without_partner(self, role: str) -> str:
        """'傅某和某公司副总经理' before 苟某: one already named, then a joining word, acts with them; no part of the title."""
        other = next((n for n in self.by_name if role.startswith(n) and _PARTNERED.match(role, len(n))), None)
        return _PARTNERED.sub("", role[len(other) :], count=1) if other else role

    def add_group(self, group: str, sentence: Sentence) -> None:
        self.groups.setdefault(group, []).append(sentence)

    def people(self) -> list[Person]:
        return [Person(n, tuple(r), tuple(a), tuple(e)) for n, (r, a, e) in self.by_name.items()]


def _shortened(short: str, full: str) -> bool:
    """'市发改委价格管理科科长' of '市发展和改革委员会价格管理科科长', '某集团总经理' of '某集团有限公司总经理',
    '农业处长' of '农业处处长': the same role, its body written short (its characters in order, the title the same)."""
    body = short[:-2]  # (市委书记 is no 市纪委书记 written short: a body of two characters tells nothing)
    if len(short) >= 3 and full == short[:-1] + short[-2:]:
        return True  # '农业处长' of '农业处处长': the body's last character and the title's first, written once
    return short[-2:] == full[-2:] and len(body) >= MIN_SHORT_FORM and written_short(short, full, short[:2])


class _Context(NamedTuple):
    """Where a sentence stands: `background` when it tells what came before the meeting
    ('此前，…由省政协副主席某某带队…'), `turn` when its paragraph holds a turn of speakers
    ('12位企业家代表先后发言'), whose statements are what each of them said."""

    background: bool = False
    turn: bool = False
    side: str = ""  # '僱員代表方面，…': the label the paragraph opens with, each speaker's title in it


def _label_at_start(clause: str, genre: Genre) -> tuple[str, tuple[str, ...]]:
    """'出席会议的有市政协副主席某某' -> ('市政协副主席某某', (出席,)): a list label without its colon."""
    found = genre.list_label(clause)
    if found is None or len(clause) == len(found[0]):
        return clause, ()
    rest = clause[len(found[0]) :]
    # '出席的区议员包括A、B和C', '出席委员包括A、B': the label's title is each one's ('区议员A、B和C'), where none has one of its own
    verbs = "|".join(map(re.escape, ("的", "者", *found[1])))
    role = re.search(rf"(?:{verbs})(?![的者])([{HAN}]{{2,6}}?)还?(?:有|包括)$", found[0])
    title = role.group(1) if role and role.group(1).endswith(tuple(genre.titles)) else None
    if title and not rest.startswith(tuple(genre.titles)) and not role_name_prefix(rest, genre):
        rest = title + rest
    return rest, found[1]


def _chair_first(clause: str, genre: Genre) -> tuple[str, tuple[str, ...]]:
    """'主持人、区工商联主席某某首先介绍了…' -> ('区工商联主席某某首先介绍了…', (主持,)): a chair title
    that opens a chain of titles makes the chair and is no role (as in '主持人某某在总结时表示')."""
    titles = "|".join(map(re.escape, genre.chair_titles))  # (also '居中的是听证主持人、市发改委副主任某某')
    chair = re.match(rf"(?:[{HAN}]{{0,8}}?的是)?[{HAN}]{{0,2}}?(?:{titles})、", clause)  # (听证主持人、)
    return (clause[chair.end() :], (genre.chair_action,)) if chair else (clause, ())


def _chaired(clause: str, genre: Genre) -> str:
    """'在市政协主席某某的主持下' -> '市政协主席某某主持': the genre's other ways of saying who chaired,
    rewritten to the roster shape."""
    for pattern, replacement in genre.roster_rewrites:
        clause = pattern.sub(replacement, clause)
    return clause


def _goes_on(clause: str, genre: Genre) -> tuple[str, ...]:
    """'介绍了调研成果' after '某某代表调研组作主题发言': a clause that opens with an action and names
    no one goes on with the people of the clause before (the actions it opens with)."""
    body = strip_setting(clause, genre)
    as_ = genre.roster_adverbials.match(body)  # ('作为“留珩”毕业生代表分享了…': in what capacity, then the act)
    body = body[as_.end() :] if as_ and body.startswith("作为") else body
    verb = next((v for v in genre.actions if body.startswith(v)), None)
    if verb is None or _opens_meeting_word(body, verb, genre):
        return ()
    return _actions_in(body, genre)


def _described_subject(clause: str, genre: Genre) -> list[tuple[str, tuple[str, ...]]]:
    """'…、现为某小学语文教师的郜某，': one described at length, the clause ending with their name after 的 — the title right
    before the 的 is theirs, and the clause after tells what they did."""
    m = re.search(rf"的([{HAN}]{{2,4}})$", clause)
    if not m or not valid_name(m.group(1), genre) or not has_family_name(m.group(1), genre) or common_word(m.group(1)):
        return []  # (not 支持 of '…长期以来的支持，')
    before = re.split("[、，]", clause[: m.start()])[-1]
    before = re.sub("^(?:现为|现任|现系|现在是|系|为)", "", before)  # ('现为某小学语文教师': what they are now)
    title = before if ends_with_title(before, genre) and len(before) <= 20 else None
    return [(m.group(1), (title,) if title else ())]


def _leading(clause: str, genre: Genre) -> list[tuple[str, tuple[str, ...]]]:
    """'县委书记某某带领县直有关部门负责人来到…': a titled person leading others, who does what the
    clauses after it open with ('…，随后在…主持召开现场办公会')."""
    prefix = role_name_prefix(clause, genre)
    if prefix is None or not clause[sum(map(len, prefix)) :].startswith(genre.leading_verbs):
        return []
    return parse_roster_head(prefix[0] + prefix[1], genre)


def _met(clause: str, genre: Genre) -> list[tuple[str, tuple[str, ...]]]:
    """'市长陈某与企业家代表逐一交流': a titled person meeting the guests took part (no action is
    recorded: the report says how, not which duty)."""
    prefix = role_name_prefix(clause, genre)
    if prefix is None:
        return []
    rest = clause[len(prefix[0]) + len(prefix[1]) :]
    if not re.match(genre.meeting_with, rest):
        return []
    return parse_roster_head(prefix[0] + prefix[1], genre)


def _role_only(head: str, genre: Genre) -> bool:
    """'省直有关部门主要负责同志', '部分省人大代表、省政协委员和民营企业家相关代表': titles with no name;
    bodies before the last one share its title ('…和区民政局、区卫健委负责同志')."""
    head = re.sub(r"（[^（）]*）|\([^()]*\)", "", head)  # (各县（市、区）党政主要负责同志: the note names no one)
    parts = [p for p in re.split(r"、|和|及|与|以及", head) if p]
    ends = (*genre.titles, *genre.group_words, *genre.non_names)
    if not parts or not parts[-1].endswith(ends):
        return False
    body = genre.organization_suffixes  # (…、退役军人和军属代表: people of a kind, no title)
    return all(p.endswith((*ends, *genre.people_nouns)) or (len(p) >= 3 and p.endswith(body)) for p in parts[:-1])


def _group_actions(clause: str, genre: Genre) -> tuple[str, tuple[str, ...]]:
    """('省直有关部门负责同志', (列席,)) for '省直有关部门负责同志列席会议': a role-only head and the
    actions after it; ('', ()) when the clause is no such thing."""
    for at in _action_starts(clause, genre):
        whole = (clause[:at],) if "等" in clause[:at] else ()  # (the whole head: '某局、某局等部门主要负责人')
        for head in (_head_before(clause, at, genre), *whole):
            head = genre.strip_opener(head)
            counted = [m for m in genre.figure_pattern.finditer(head) if m.end() == len(head)]
            head = head[: counted[-1].start()] if counted and counted[-1].start() > 0 else head  # …企业家代表近三百人
            if _role_only(head, genre):
                return head, _actions_in(clause[at:], genre)
    return "", ()


def strip_setting(text: str, genre: Genre) -> str:
    """'在会上先后分享了…' -> '分享了…': adverbs and the setting a clause's rest opens with."""
    before = None
    while text != before:
        before = text
        for adverb in genre.roster_adverbs:
            text = text.removeprefix(adverb)
        setting = re.match(genre.roster_settings.pattern.removesuffix("$"), text)
        text = text[setting.end() :] if setting else text
    return text


def group_name(head: str, genre: Genre) -> str:
    """'此次座谈会邀请了近百名企业家代表、政协委员' -> '企业家代表、政协委员', '来自A、B等行业的9位
    企业家代表' -> '企业家代表': a group without the words that bring it in and without its count;
    '危某和有关部门负责人' -> '有关部门负责人': a group is named after no one in it."""
    head = re.split(genre.group_lead_in, head)[-1]
    person = re.match(rf"([{HAN}]{{2,4}})(?:和|及|与|以及)", head)
    if person and valid_name(person.group(1), genre) and has_family_name(person.group(1), genre):
        head = head[person.end() :]
    count = genre.figure_pattern.match(head)
    return head[count.end() :] if count else head


_CHAIR_RUN = re.compile(rf"分别由[{HAN}、，]{{4,60}}?主持")  # one chair for each session, the titles shared
# one chair's posts in two runs ('由县某局党组书记、局长，县某中心主任某某主持'): the first run ends with a title
_TITLE_CHAIN = re.compile(rf"由([{HAN}、]{{2,30}})，[{HAN}、]{{2,40}}?主持")


def _titles_joined(text: str, genre: Genre) -> str:
    """'党委书记甲，党委副书记、校长，学术委员会主任乙等…就座': a run of titles alone between two commas, after one of a roster,
    is the next one's posts (乙's three), the commas read as the list's 、."""
    clauses = text.split("，")
    out, taken = clauses[:1], False
    for i in range(1, len(clauses)):
        before, clause = clauses[i - 1], clauses[i]
        # (a chain of two titles or more, the next clause opening with a title: not '…，物业公司负责人，以及区人大代表某某', one
        # unnamed, then another)
        titles_only = not taken and i < len(clauses) - 1 and "、" in clause and HAN_ONLY.fullmatch(clause.replace("、", "")) is not None \
            and len(clause) <= MAX_TITLE_RUN and all(p.endswith(genre.titles) for p in clause.split("、")) \
            and not clauses[i + 1].startswith(("以及", *JOINERS))
        if titles_only and HAN_ONLY.fullmatch(before.replace("、", "")) and parse_roster_head(before, genre):
            out[-1] += "、" + clause + "、" + clauses[i + 1]
            taken = True  # (the next one, joined)
        elif taken:
            taken = False
        else:
            out.append(clause)
    return "，".join(out)


MAX_TITLE_RUN = 30  # the longest run of titles alone read as the next name's posts


class _SentenceRoster:
    """The roster clauses of one sentence: people with the actions that follow them (a clause
    without a verb waits for the next one's: '副市长A，秘书长B出席')."""

    def __init__(self, genre: Genre, records: _Records, mentioned: dict[str, Person], context: _Context) -> None:
        self.genre, self.records, self.mentioned, self.context = genre, records, mentioned, context
        self.pending: list[tuple[str, tuple[str, ...]]] = []
        self.labelled: tuple[str, ...] = ()  # '发布人：A，B，C': what each one listed did
        self.previous: list[tuple[str, tuple[str, ...]]] = []  # the people of the clause before

    def read(self, sentence: Sentence) -> None:
        members = self.genre.member_list.search(sentence.text)
        if members:  # '评审委员会由7名专家组成，分别是：A，B，…': each item a member, with the titles before the name
            group = next((g for g in self.genre.group_words if g in members.group()), "")  # …and one of the 专家
            for item in re.split(r"[，；]", sentence.text[members.end() :].rstrip("。")):
                for name, roles in parse_roster_head(item, self.genre):
                    self.records.add(name, _with_group(roles, group), (), sentence)
            return
        text = _CHAIR_RUN.sub(lambda m: m.group().replace("，", "、"), sentence.text)  # '分别由A，B、C主持'
        text = _TITLE_CHAIN.sub(lambda m: m.group().replace("，", "、") if m.group(1).endswith(self.genre.titles) else m.group(), text)
        text = _titles_joined(text, self.genre)
        founded = False
        for clause in CLAUSE.split(text.rstrip("。！？")):
            if not (founded and clause.startswith("由") and "担任" in clause):  # '议决成立「某小组」，由委员某某担任召集人': its post
                self._clause(clause, sentence)
            founded = any(v in clause for v in self.genre.founding_verbs)
        for name, roles in self.pending:  # a roster line with no verb at all
            if has_family_name(name, self.genre) or tagged_name(name, self.genre) == name:
                self.records.add(name, roles, (), sentence)
        self._stated(sentence)

    def _clause(self, clause: str, sentence: Sentence) -> None:
        label = self.genre.list_label(clause, ending=True)
        if label:
            self.labelled = label[1]
            return
        clause, opened = _label_at_start(clause, self.genre)
        clause, chaired = _chair_first(clause, self.genre)
        self.labelled = opened or self.labelled
        met = _met(clause, self.genre)
        if met:  # present, whatever the clauses after it say
            for name, roles in met:
                self.records.add(name, roles, (), sentence)
            self.previous = met
            return
        people, actions, relayed, group = roster_clause(_chaired(clause, self.genre), self.genre)
        if self._introduced(people, actions, clause, sentence) or not people and self._by_video(clause, sentence):
            return
        self.pending = [(n, _with_group(r, group)) for n, r in self.pending]  # 'A，B，C等6位委员作…发言'
        if not people and not self.previous:
            self.previous = _leading(clause, self.genre) or _described_subject(clause, self.genre)
        if not people and self.previous:
            actions = _goes_on(clause, self.genre)
            people = self.previous if actions else []
            capacity = re.match(rf"作为([^，。；、]{{1,12}}?(?:{'|'.join(map(re.escape, self.genre.group_words))}))", strip_setting(clause, self.genre))
            people = [(n, (capacity.group(1), *r)) for n, r in people] if capacity and people else people  # (作为…毕业生代表)
        if relayed:
            for name, roles in people:
                self.mentioned.setdefault(name, Person(name, roles, (), (sentence,)))
            self.pending = []
        elif people:
            self._people(people, (*chaired, *(actions or self.labelled)), sentence)
        else:
            self._nobody(clause, sentence)

    def _by_video(self, clause: str, sentence: Sentence) -> bool:
        """'县长某某通过视频连线，汇报了…': the one before 通过视频 is the subject; the next clause's verb is theirs."""
        video = self.genre.by_video.search(clause)
        heads = parse_roster_head(clause[: video.start()], self.genre) if video else []
        if heads:
            self._people(heads, (), sentence)
        return bool(heads)

    def _introduced(self, people: list[tuple[str, tuple[str, ...]]], actions: tuple[str, ...], clause: str, sentence: Sentence) -> bool:
        """'维持性血液透析患者某某今年67岁，…他希望…': one introduced by work and age, no verb, who is there; or by the
        age before the name ('独居的83岁某某在邨内住了54年，她担心…')."""
        aged = _AGED.search(clause) if not people and not actions else None
        name = name_after(clause[aged.end() :], (*self.genre.name_stops, "在", "住", "是", ""), self.genre) if aged else None
        if name and has_family_name(name, self.genre):
            people = [(name, ())]
        elif not people or actions or not self.genre.stated_age.search(clause):
            return False
        rest = sentence.text[sentence.text.find(clause) + len(clause) :]
        housed = clause.startswith(self.genre.residence_openers)  # ('住在101室的某某今年68岁，…': a resident, there)
        if not housed and not any(ref in rest for ref in self.genre.back_references):  # (…他希望…: one who speaks, not one spoken of)
            return False
        for name, roles in people:
            self.records.add(name, roles, (), sentence)
        self.previous = people
        return True

    def _people(self, people: list[tuple[str, tuple[str, ...]]], actions: tuple[str, ...], sentence: Sentence) -> None:
        self.previous = people
        if not actions:
            self.pending.extend(people)
            return
        for name, roles in (*self.pending, *people):
            self.records.add(name, roles, () if self.context.background else actions, sentence)
        self.pending = []

    def _nobody(self, clause: str, sentence: Sentence) -> None:
        """A clause that names no one: role-only attendees ('…，省直有关部门主要负责同志，…等参加')
        keep the names before them waiting for the verb, and the verb applies to them."""
        group, actions = _group_actions(clause, self.genre)
        if group and actions:
            if set(actions) & set(self.genre.attendance_actions):
                self.records.add_group(group_name(group, self.genre), sentence)
            self._people([], actions, sentence)
            self.previous = []
        elif not _role_only(re.sub(r"^(?:以及|及|和|还有)", "", self.genre.strip_opener(clause)), self.genre):  # (…，以及老领导代表)
            self.pending = []  # (the subject goes on: '某某率队深入…，走访调研…，并出席…座谈会')
        else:
            if set(self.labelled) & set(self.genre.attendance_actions):  # '列席会议的有市直有关部门负责同志'
                self.records.add_group(group_name(clause, self.genre), sentence)
            self.previous = []

    def _stated(self, sentence: Sentence) -> None:
        """'某局局长某某表示，…' speaks at the meeting: the statement verb is what they did, or 发言
        in a turn of speakers; so does each speaker a part after '；' opens with ('代表A（…）建议，…；
        代表B（…）反映，…')."""
        for part in sentence.text.split("；"):
            text = self.genre.strip_opener(part).lstrip("，")
            setting, comma, rest = text.partition("，")
            side = self.genre.side_label and setting.endswith(self.genre.side_label)  # '议员方面，某党某某支持…': their label
            if len(setting) <= 8 and setting.endswith(("里", "中")) and comma or side and comma:
                text = rest  # '农业农村组里，某村老党员某某反映…': where it was said, then who
            stated = stated_person(text, self.genre)
            if stated is not None and self.context.side and self.context.side not in stated.roles:
                stated = stated._replace(roles=(self.context.side, *stated.roles))
            if stated is not None:
                self._speaker(stated, sentence)
            elif self.context.side and (known := next((n for n in self.records.by_name if text.startswith(n)), None)):
                self.records.add(known, (self.context.side,), (), sentence)  # ('僱主代表方面，蒯某表示，…': named before)

    def _speaker(self, stated: Stated, sentence: Sentence) -> None:
        known = self.records.by_name.get(stated.name)
        if known and known[1]:  # a speaker met again: the titles this sentence gives are theirs too
            if set(stated.roles) - set(known[0]):
                self.records.add(stated.name, stated.roles, (), sentence)
            return
        action = self.genre.speak_action if self.context.turn else stated.verb
        chaired = (self.genre.chair_action,) if stated.chair else ()
        actions = () if self.context.background else (*chaired, action)
        self.records.add(stated.name, stated.roles, actions, sentence)


def _context(sentence: Sentence, paragraph: list[Sentence], genre: Genre) -> _Context:
    text = "".join(s.text for s in paragraph)
    label = text.partition("，")[0] if genre.side_label else ""
    side = label.removesuffix(genre.side_label) if label.endswith(genre.side_label) and len(label) <= SIDE_LABEL_MAX else ""
    return _Context(
        background=sentence.text.startswith(genre.background_markers),
        turn=bool(genre.speaking_turn.search(text)),
        side=side if side and ends_with_title(side, genre) else "",
    )


SIDE_LABEL_MAX = 10  # characters of a paragraph's opening label (僱員代表方面, 議員方面)


def _later_actions(article: Article, genre: Genre, records: _Records, passing: dict[str, tuple[str, ...]]) -> None:
    """Later mentions of a known name with an action ("王伟中出席并讲话") add to it; so do those of
    a name met in passing (`passing`: its titles), who then takes part."""
    for sentence in article.sentences:
        for clause in CLAUSE.split(sentence.text):
            names = _known_names(clause, [*records.by_name, *passing])
            rest = clause[sum(map(len, names)) + len(names) - 1 :] if names else ""
            rest = _to_the_verb(rest, genre)
            if rest in genre.statement_verbs or _relayed(clause, "", genre):
                continue  # '万俊杰介绍，…' attributes a statement
            said, actions = _setting_and_actions(rest, genre)
            for name in names:  # '…在会上通报了…'; '…在讲话中指出' (a speech, if none is known yet)
                new = tuple(a for a in said if name not in records.by_name or a not in records.by_name[name][1])
                if actions or new:
                    records.add(name, passing.get(name, ()) if name not in records.by_name else (), (*actions, *new), sentence)


def _to_the_verb(rest: str, genre: Genre) -> str:
    """What follows known names, from their verb on, past what says about what ('结合各自领域作了
    交流发言') or a group by role only that joins them ('危某和有关部门负责人逐一回应': both answered)."""
    starts = _action_starts(rest, genre)
    if genre.roster_adverbials.match(rest):
        return rest[starts[0] :] if starts else ""
    joined = re.match(r"和|及|与|以及", rest)
    if joined and starts and _role_only(_strip_adverbs(rest[joined.end() : starts[0]], genre), genre):
        return rest[starts[0] :]
    return rest


def _setting_and_actions(rest: str, genre: Genre) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What follows a known name: the actions its setting names ('在讲话中指出' -> 讲话,
    '在主持座谈会时指出' -> 主持) and those after the setting ('在会上通报了…' -> 通报), unless a
    statement verb ends the clause there ('在报告中介绍，…' attributes a statement)."""
    setting = genre.statement_settings.match(rest)
    after = rest[setting.end() :] if setting else strip_setting(rest, genre)
    said = _actions_in(setting.group().removeprefix("在"), genre) if setting else ()
    return said, () if after in genre.statement_verbs else _actions_in(after, genre)


def _answers_in_transcript(article: Article, genre: Genre, records: _Records) -> None:
    """'问：…' then '姓名：…': that person answered the question."""
    asked = False
    for paragraph in article.paragraphs:
        text = paragraph[0].text
        name = next((n for n in records.by_name if text.startswith(n + "：")), None)
        if name and asked:
            records.add(name, (), (genre.answer_action,), paragraph[0])
        asked = any(text.startswith(q + "：") for q in genre.question_labels)


def _mentions(article: Article, genre: Genre, known: list[str], mentioned: dict[str, Person]) -> None:
    """Titles and names in passing, of people who did not take part; not a word of the dictionary
    that is no name ('…企业家权益': 权益 is a noun)."""
    for sentence in article.sentences:
        for clause in CLAUSE.split(sentence.text.rstrip("。！？")):
            for name, roles in _passing_mentions(clause, genre):
                if any(name in other or other in name for other in [*known, *mentioned]):
                    continue
                if not common_word(name):
                    mentioned[name] = Person(name, roles, (), (sentence,))


def late_names(text: str, genre: Genre) -> list[str]:
    """The names a sentence gives someone it has told of before ('老人名叫某某，今年78岁')."""
    found = (m.group(1) for m in genre.late_name.finditer(text))
    return [n for n in found if valid_name(n, genre) and has_family_name(n, genre)]


def _named_late(article: Article, genre: Genre, known: list[str], mentioned: dict[str, Person]) -> None:
    for sentence in article.sentences:
        for name in late_names(sentence.text, genre):
            if name not in known:
                mentioned.setdefault(name, Person(name, (), (), (sentence,)))


def absent_in(text: str, name: str, genre: Genre, others: list[str]) -> bool:
    """The text says `name` was not there ('某某因在外地就医未能到会'): the name, then the words of absence
    in the same clause, with no other name between."""
    named = False  # ('副县长某某仍在事故现场指挥…，未参加会议': the clause after his, with no subject of its own)
    clauses = CLAUSE.split(text)
    for i, clause in enumerate(clauses):
        at = clause.find(name)
        m = genre.absence.search(clause, at + len(name)) if at >= 0 else None
        remote = i + 1 < len(clauses) and genre.remote_part.search(clauses[i + 1]) is not None  # (…出差，通过…远程参与接待)
        if m and not remote and not any(o != name and o not in name and o in clause[at + len(name) : m.start()] for o in others):
            return True
        if named and at < 0 and not any(o in clause for o in others) and (m := genre.absence.match(clause)):
            return True
        named = at >= 0 or (named and not any(o in clause for o in others))
    return False


def _absent(article: Article, genre: Genre, records: _Records, mentioned: dict[str, Person]) -> None:
    """Those the report says were not there, though a list of members or an action names them
    ('评审委员会由7名专家组成，分别是：…研究员某某…' then '某某因…未能到会'): mentioned, not participants."""
    names = list(records.by_name)
    for sentence in (s for s in article.sentences if genre.absence.search(s.text)):
        for name in [n for n in names if n in records.by_name and absent_in(sentence.text, n, genre, names)]:
            roles, _, evidence = records.by_name.pop(name)
            mentioned[name] = Person(name, tuple(roles), (), tuple(dict.fromkeys([*evidence, sentence])))
        for clause in CLAUSE.split(sentence.text):  # '年届96岁的离休干部糜某因身体原因未能到会': named only as absent
            m = genre.absence.search(clause)
            name = name_before(clause[: m.start()], genre) if m else None
            if name and has_family_name(name, genre) and name not in records.by_name and not any(name in n or n in name for n in mentioned):
                mentioned[name] = Person(name, (), (), (sentence,))


def extract_people(article: Article, genre: Genre) -> tuple[list[Person], list[Person], list[Fact]]:
    """The participants, the people only mentioned (a leader whose speech was relayed), and the
    groups named by role only that attended ('省直有关部门负责同志列席会议')."""
    records = _Records(genre)
    mentioned: dict[str, Person] = {}
    for paragraph in article.paragraphs:
        for sentence in paragraph:
            context = _context(sentence, paragraph, genre)
            _SentenceRoster(genre, records, mentioned, context).read(sentence)
    relayed = set(mentioned)  # (so far, only leaders whose words were relayed)
    _mentions(article, genre, list(records.by_name), mentioned)
    _named_late(article, genre, list(records.by_name), mentioned)
    _run_on(article, genre, mentioned)
    # named in passing with a title first ('县委书记邹某向…发出邀请'), then acting ('邹某在推介中介绍'): took part
    _later_actions(article, genre, records, {n: p.roles for n, p in mentioned.items() if n not in relayed})
    _answers_in_transcript(article, genre, records)
    _labelled_turns(article, genre, records)
    _elected(article, genre, records)
    _elected_by(article, genre, records)
    _visit_hosts(article, genre, records)
    _titles_in_passing(article, genre, records)
    _meeting_posts(article, genre, records)
    _posts_taken(article, genre, records)
    _introduced_with_age(article, genre, records)
    _awarded(article, genre, records)
    _posts_given(article, genre, records)
    _absent(article, genre, records, mentioned)
    _committee_chair(genre, records)
    _first_chair(article, genre, records)
    groups = [Fact(g, tuple(ev)) for g, ev in records.groups.items()]
    return records.people(), [p for name, p in mentioned.items() if name not in records.by_name], groups


def _run_on(article: Article, genre: Genre, mentioned: dict[str, Person]) -> None:
    """A four-character name met in passing whose first three the report writes on their own elsewhere
    ('局长邬启明长出了一口气' and then '邬启明在述职中坦言'): the name ran into the next word; it is the three."""
    for name, person in list(mentioned.items()):
        short = name[:3]
        if len(name) != 4 or name[:2] in genre.compound_surnames or short in mentioned:
            continue
        if article.text.count(short) > article.text.count(name) and valid_name(short, genre):
            del mentioned[name]
            mentioned[short] = Person(short, person.roles, person.actions, person.evidence)


class Labelled(NamedTuple):
    people: list[tuple[str, tuple[str, ...]]]
    action: str
    said: str  # what follows the colon


def labelled_speaker(text: str, genre: Genre) -> Labelled | None:
    """A line that gives its speaker before a colon: a question-and-answer turn ('问（某公司总经理
    某某）：…', '答（县某局局长某某）：…') or a speech in brief ('某某（某公司董事长）：…')."""
    turn = genre.labelled_turn.match(text)
    if turn:
        head = _LATIN_NAME_NOTE.sub("", turn.group(2) + "、")[:-1]
        people = parse_roster_head(head, genre)
        return Labelled(people, genre.turn_actions[turn.group(1)], text[turn.end() :]) if people else None
    line = genre.speaker_line.match(text)
    if line and valid_name(line.group(1), genre) and has_family_name(line.group(1), genre):
        roles = tuple(r for r in _ROLE_JOIN.split(line.group(2)) if r)
        return Labelled([(line.group(1), roles)], genre.speak_action, text[line.end() :])
    return _title_inside(text, genre) or _titled_line(text, genre)


def _titled_line(text: str, genre: Genre) -> Labelled | None:
    """A transcript's line opened by a title and a name ('某晚报记者某某：今年…？'): that person's words;
    a reporter asks."""
    head, colon, said = text.partition("：")
    if not colon or not 4 <= len(head) <= 24 or not HAN_ONLY.fullmatch(head):
        return None
    reporter = re.fullmatch(f"([{HAN}]{{2,16}}?记者)([{HAN}]{{2,3}})", head)  # (记者 is no title elsewhere: bylines)
    people = [(reporter.group(2), (reporter.group(1),))] if reporter and valid_name(reporter.group(2), genre) else parse_roster_head(head, genre)
    if len(people) != 1 or not people[0][1] or not has_family_name(people[0][0], genre):
        return None
    asks = any(people[0][1][-1].endswith(q) for q in genre.question_labels if len(q) > 1)
    return Labelled(people, genre.turn_actions.get("问", genre.speak_action) if asks else genre.speak_action, said)


def _title_inside(text: str, genre: Genre) -> Labelled | None:
    """Minutes in Taiwan style: '交通局許科長文彬：…' — the body, the family name, the title, then the
    given name, before the colon (许文彬, 交通局科长)."""
    head, colon, said = text.partition("：")
    if not colon or not 4 <= len(head) <= 20 or not HAN_ONLY.fullmatch(head):
        return None
    for title in (t for t in genre.titles if len(t) >= 2):
        at = head.rfind(title)
        given = head[at + len(title) :] if at > 0 else ""
        family = head[at - 1] if at > 0 else ""
        if 1 <= len(given) <= 2 and family in genre.surnames and valid_name(family + given, genre):
            return Labelled([(family + given, (head[: at - 1] + title,))], genre.speak_action, said)
    return None


_CREDIT = re.compile(r"[（(]([^（）()]{2,60})[)）]")


def credited_speakers(paragraph: list[Sentence], genre: Genre) -> list[tuple[str, tuple[str, ...]]]:
    """A digest of views that names its speakers only after them, in brackets closing the paragraph
    ('（一）关于茶产业。…。（某某院士）', '（某研究所研究员A、某大学教授B）'): those people."""
    last = _CREDIT.fullmatch(paragraph[-1].text.rstrip("。")) if len(paragraph) > 1 else None
    if not last:
        return []
    people: list[tuple[str, tuple[str, ...]]] = []
    for part in re.split("[、；]", re.split("[，,]", last.group(1))[0]):  # '，视频连线': a note
        title = next((t for t in genre.titles if part.endswith(t) and len(part) - len(t) >= 2), None)
        bare = part[: -len(title)] if title else part  # 某某院士: the title after the name
        if valid_name(bare, genre) and has_family_name(bare, genre):
            people.append((bare, ()))
        else:
            people += parse_roster_head(part, genre)
    return people


def _labelled_turns(article: Article, genre: Genre, records: _Records) -> None:
    """Each speaker of a line that names them before a colon (labelled_speaker), or after their
    views in brackets (credited_speakers), took part."""
    for paragraph in article.paragraphs:
        found = labelled_speaker(paragraph[0].text, genre)
        for name, roles in found.people if found else ():
            records.add(name, roles, (found.action,), paragraph[0])
        for name, roles in credited_speakers(paragraph, genre):
            records.add(name, roles, (genre.speak_action,), paragraph[-1])


def _elected(article: Article, genre: Genre, records: _Records) -> None:
    """'A当选会长，B当选理事长，C、D当选副会长；E获推举为永远名誉会长': each elected took part, with the
    post as a role."""
    verbs = "|".join(map(re.escape, sorted(genre.elected_verbs, key=len, reverse=True)))
    if not verbs:
        return
    clause = re.compile(rf"^([{HAN}、·]{{2,40}}?)({verbs})([{HAN}]{{2,12}})$")
    by_votes = re.compile(rf"^([{HAN}·]{{2,4}}?)以[^，。；]{{1,12}}?票[{HAN}]{{0,4}}?({verbs})$")  # ('鄢某以162票最高票中选': no post)
    for sentence in article.sentences:
        for part in CLAUSE.split(sentence.text):
            voted = by_votes.match(part.strip("。；，"))
            if voted and valid_name(voted.group(1), genre) and has_family_name(voted.group(1), genre):
                records.add(voted.group(1), (), (genre.elected_verbs[voted.group(2)],), sentence)
                continue
            m = clause.match(part.strip("。；，"))
            if not m or not ends_with_title(m.group(3), genre):
                continue
            names = m.group(1).split("、")
            if all(valid_name(n, genre) for n in names):
                for name in names:
                    records.add(name, (m.group(3),), (genre.elected_verbs[m.group(2)],), sentence)


def _elected_by(article: Article, genre: Genre, records: _Records) -> None:
    """'…理事会选举某公司董事长A为会长，B为执行会长，C、D等11人为副会长，E连任秘书长': each one named after
    the electing verb took part, with the post (and a title written before the name) as roles."""
    verbs = "|".join(map(re.escape, sorted(genre.electing_verbs, key=len, reverse=True)))
    if not verbs:
        return
    opener = re.compile(rf"(?:{verbs})(?:产生)?(?:了)?")
    post = re.compile(rf"^([{HAN}、·（）()\d]{{2,60}}?)(为|{re.escape(genre.reelected)})([{HAN}]{{2,12}})$")
    for sentence in article.sentences:
        m = opener.search(sentence.text)
        if not m:
            continue
        action = genre.electing_verbs[next(v for v in sorted(genre.electing_verbs, key=len, reverse=True) if m.group().startswith(v))]
        for part in CLAUSE.split(sentence.text[m.end() :]):
            found = post.match(part.strip("。；，"))
            if not found or not ends_with_title(found.group(3), genre):
                continue
            who, role = genre.counted_tail.sub("", found.group(1)), found.group(3)
            kept = found.group(2) == genre.reelected
            for head in who.split("、"):
                split = split_title_name(head, genre)
                title, name = split if split else ("", head)
                if valid_name(name, genre):
                    roles = tuple(r for r in (title, role) if r)
                    records.add(name, roles, (genre.reelected if kept else action,), sentence)


def _visit_hosts(article: Article, genre: Genre, records: _Records) -> None:
    """'市委书记A，市委副书记、市长B在某宾馆会见了C一行': the hosts, named before where, met the visitors
    (the verb their action; their titles are read with the lead's roster)."""
    for sentence in article.sentences[:3]:
        m = genre.visit_hosts.match(sentence.text)
        if not m:
            continue
        for part in re.split(r"[，,]", m.group(1)):
            for name, roles in parse_roster_head(genre.strip_opener(part), genre):
                if valid_name(name, genre):
                    records.add(name, roles, (m.group(2),), sentence)
        return


def _titles_in_passing(article: Article, genre: Genre, records: _Records) -> None:
    """A participant no roster clause gave a title has the one written right before their name
    elsewhere ('副市长郑某的一句开场白，道出了…'; then '郑某出席并讲话')."""
    for name, (roles, _, _) in records.by_name.items():
        if roles and not all(r in genre.group_words for r in roles):
            continue  # (…等9位代表先后发言 gives 代表 only: '溪口镇何家湾村党总支书记苗翠英是…' tells what else they are)
        for at in (m.start() for m in re.finditer(re.escape(name), article.text)):
            chain = re.split(r"[，。；：:“”‘’「」（）()\s]", article.text[max(0, at - 30) : at])[-1]
            parsed = parse_roster_head(genre.strip_opener(chain) + name, genre) if "、" in chain else []
            verbs = (*genre.actions, *genre.held_verbs)  # (…市长某某在某宾馆会见了某集团董事长: no title of the one met)
            if len(parsed) == 1 and parsed[0][0] == name and len(parsed[0][1]) > 1 and not any(v in r for r in parsed[0][1] for v in verbs):
                roles.extend(r for r in parsed[0][1] if r not in roles)
                break
            window = _quoted_in_title(genre.titles).sub(r"\1", article.text[max(0, at - 24) : at])  # (项目“茆溪竹编技艺”县级…)
            before = re.split(r"[，。；、：:“”‘’「」（）()\s]", window)[-1]
            before = re.split("(?:" + "|".join(map(re.escape, genre.held_verbs)) + ")了?", before)[-1]  # (…会见了某集团董事长某某)
            before = re.split("(?:" + "|".join(map(re.escape, genre.list_openers)) + ")", before)[-1]  # (两侧分别是…科长某某)
            split = split_title_name(_without_openers(genre.strip_opener(before), genre) + name, genre)  # (由委员某某担任召集人)
            title = _described_as(split[0], genre) if split else ""
            if split and split[1] == name and not any(a in split[0] for a in verbs):
                roles.extend([title] if title not in roles else [])
                break


def _committee_chair(genre: Genre, records: _Records) -> None:
    """A committee's meeting that says no one chaired it, whose one chairman is there ('委員會主席、某黨某某表示，會議共有…'):
    the chairman chaired (genre chairing_titles); none where two hold the title or anyone is said to chair."""
    if any(genre.chair_action in actions for _, actions, _ in records.by_name.values()):
        return
    holders = [n for n, (roles, _, _) in records.by_name.items() if any(r in genre.chairing_titles for r in roles)]
    if len(holders) == 1:
        records.by_name[holders[0]][1].insert(0, genre.chair_action)


def _first_chair(article: Article, genre: Genre, records: _Records) -> None:
    """'立委某某…召开协调会，邀集…' then '…先行离席，协调会由服务处主任某某接续主持': the one chair the report names took
    over (genre succeeding_chair_verbs), so the one who convened it (genre convening_verbs) chaired it first."""
    if not any(v in s.text for s in article.sentences for v in genre.succeeding_chair_verbs):
        return
    conveners = [n for n, (_, actions, _) in records.by_name.items() if any(a in genre.convening_verbs for a in actions)]
    if len(conveners) == 1 and genre.chair_action not in records.by_name[conveners[0]][1]:
        records.by_name[conveners[0]][1].insert(0, genre.chair_action)


def _meeting_posts(article: Article, genre: Genre, records: _Records) -> None:
    """'镇人大代表、镇卫生院院长某某担任总监票人': one who takes a post the meeting fills took part, with it."""
    held, posts = "|".join(map(re.escape, genre.post_given_verbs)), "|".join(map(re.escape, genre.meeting_posts))
    if not held or not posts:
        return
    taken = re.compile(rf"([{HAN}、]{{3,40}}?)(?:{held})({posts})$")
    for sentence in article.sentences:
        clauses = CLAUSE.split(sentence.text.rstrip("。！？"))
        for at, clause in enumerate(clauses):
            m = taken.search(clause)
            if not m:
                continue
            takers = parse_roster_head(m.group(1), genre)
            if takers and m.start() == 0:  # ('A，B，…，E担任听证员': each of the roster's clauses before it, a title and a name)
                for before in reversed(clauses[:at]):
                    more = parse_roster_head(before, genre)
                    if not more or not HAN_ONLY.fullmatch(before.replace("、", "")):
                        break
                    takers = more + takers
            for name, roles in takers:
                records.add(name, (*roles, m.group(2)), (), sentence)


def _introduced_with_age(article: Article, genre: Genre, records: _Records) -> None:
    """A resident introduced by a bracket with their age after the name ('住在…的訾秀莲（67岁，退休清洁工）问', '居民某某
    （Norhasnah，58岁，托儿所教师）问'): one who took part, with the work the bracket gives and the verb after it."""
    people = tuple(sorted((*genre.people_nouns, *genre.group_words), key=len, reverse=True))
    for sentence in article.sentences:
        for m in genre.age_bracket.finditer(sentence.text):
            before = re.split("的|，|、", m.group(1))[-1]
            name = next((before[len(p):] for p in people if before.startswith(p)), before)
            if 2 <= len(name) <= 4 and not common_word(name):
                records.add(name, (m.group(2),) if m.group(2) else (), (m.group(3),) if m.group(3) else (), sentence)


_WORK = re.compile(f"[{HAN}0-9A-Za-z]*[{HAN}]")


def _work_and_name(head: str, genre: Genre) -> tuple[str, str] | None:
    """'退休公务员某某', '28路车队驾驶员某某': a word for their work (genre occupation_ends), then a name of three."""
    work, name = head[:-3].rsplit("的", 1)[-1], head[-3:]  # ('住在7邻的退休公务员某某': 退休公务员)
    if len(work) < 2 or not _WORK.fullmatch(work) or not work.endswith(genre.occupation_ends) or work.endswith(tuple(genre.byline_roles)):
        return None  # (not 通讯员 of a byline)
    # (not 工程进度 of '…工程进度': the work's last character and the name's first make a word, 工程, and the rest another,
    # 进度; but 退休胶工屠亚娣, whose 亚娣 is none)
    glued = common_word(work[-1] + name[0]) and common_word(name[1:])
    return (work, name) if valid_name(name, genre) and has_family_name(name, genre) and not glued else None


def _affiliation_and_name(head: str, genre: Genre) -> tuple[str, str] | None:
    """'專業匯進會冉思朗', '批發及零售界佴子軒': a party's or a sector's name (genre affiliation_ends), then a name of three
    with a family name: a legislator, the affiliation standing for a title."""
    body, name = head[:-3], head[-3:]
    if not 3 <= len(body) <= 12 or not HAN_ONLY.fullmatch(body) or not body.endswith(genre.affiliation_ends):
        return None
    return (body, name) if valid_name(name, genre) and has_family_name(name, genre) and not common_word(body[-1] + name[0]) else None


def _worker(head: str, genre: Genre) -> list[tuple[str, tuple[str, ...]]]:
    split = _work_and_name(head, genre)
    return [(split[1], (split[0],))] if split else []


def _awarded(article: Article, genre: Genre, records: _Records) -> None:
    """Those given an award at the meeting ('由区长某某颁发奖状给…的退休教师A，以及…的队长B', '授予C、D等10名职工“劳动模范”
    称号', genre award_given): they took part, commended (受奖), with the title or the work written before each name."""
    for sentence in article.sentences:
        for m in genre.award_given.finditer(sentence.text):
            who = next(g for g in m.groups() if g)
            counted = re.search(rf"等[\d一二三四五六七八九十两]+[名位个人]?([{HAN}]{{0,5}})$", who)  # ('…等8名老同志': what all are)
            shared = (counted.group(1),) if counted and len(counted.group(1)) >= 2 else ()
            honour = re.match(r"[“「]([^”」]{2,16})[”」]称号", sentence.text[m.end() :])  # ('授予…“集团劳动模范”称号': the title given)
            shared = (honour.group(1),) if honour else shared
            for piece in genre.list_joiners.split(who[: counted.start()] if counted else who):
                head = piece.strip().rsplit("的", 1)[-1]
                people = (parse_roster_head(head, genre) or _worker(head, genre)) if head else []
                if not people and valid_name(head, genre) and has_family_name(head, genre) and not common_word(head):
                    people = [(head, ())]
                for name, roles in people:
                    records.add(name, (*roles, *shared) if honour else roles or shared, (genre.award_action,), sentence)


def _posts_taken(article: Article, genre: Genre, records: _Records) -> None:
    """A new council's office-holders ('由某某出任会长，某某出任监事长，甲、乙、丙等18人出任副会长，丁连任秘书长'): each
    took the post, at the meeting or the election it installs."""
    verbs = "|".join(map(re.escape, genre.post_taking_verbs))
    if not verbs:
        return
    taken = re.compile(rf"^(?:由)?([{HAN}、]{{2,40}}?)(?:等?[\d一二三四五六七八九十两]+[人名位])?(?:{verbs})([{HAN}]{{2,10}})$")
    for sentence in article.sentences:
        for clause in CLAUSE.split(sentence.text.rstrip("。！？")):
            m = taken.search(re.sub(r"（[^（）]{1,20}）", "", genre.strip_opener(clause)))  # (崧林投资（代表人某某）: a body)
            if not m or not m.group(2).endswith(genre.titles):
                continue
            for name in (n for n in m.group(1).split("、") if valid_name(n, genre)):
                # (one who holds a post already and is elected to a board keeps it: 董事长某某…当选一般董事)
                held = records.by_name.get(name, ([], [], []))[0] and m.group(0).find("当选") >= 0
                records.add(name, () if held else (m.group(2),), (), sentence)


def _posts_given(article: Article, genre: Genre, records: _Records) -> None:
    """A participant's other posts, given later: a title right before their name in passing ('…向培训班班长某某授班旗'),
    or one they are said to hold ('临时党支部书记由某某兼任')."""
    held = "|".join(map(re.escape, genre.post_given_verbs))
    for name in list(records.by_name):
        for sentence in (s for s in article.sentences if name in s.text):
            for clause in CLAUSE.split(sentence.text.rstrip("。！？")):
                # (鲜于禾授 of '…向培训班班长鲜于禾授班旗': the name, and the title after the one who gave it to them)
                given_to = [re.split(r"[向对为给]", r) for n, roles in _passing_mentions(clause, genre) if n.startswith(name) for r in roles]
                posts = [parts[-1] for parts in given_to if len(parts) > 1]
                given = re.search(rf"([{HAN}]{{2,16}}?)由{re.escape(name)}(?:{held})", clause) if held else None
                posts += [genre.strip_opener(given.group(1))] if given else []
                # ('由委员某某担任召集人': the post after the verb)
                after = re.search(rf"由[{HAN}]{{0,12}}?{re.escape(name)}(?:{held})([{HAN}]{{2,16}})$", clause) if held else None
                posts += [after.group(1)] if after else []
                # ('成立由某某任组长的事故调查组': the team's head)
                team = re.search(rf"由{re.escape(name)}(?:{held}|任)([{HAN}]{{0,2}}长)的([{HAN}]{{2,12}}?(?:组|队|专班|指挥部))", clause) if held else None
                posts += [team.group(2) + team.group(1)] if team else []
                posts = [p for p in posts if p.endswith(genre.titles) and p not in genre.group_words]
                # (not the meeting's chair of '由里长某某担任主席', which is an act: 主持)
                posts = [p for p in posts if not any(f"{v}{p}" in genre.actions for v in genre.post_given_verbs)]
                if posts:
                    records.add(name, tuple(posts), (), sentence)


def _known_names(clause: str, known: list[str]) -> list[str]:
    """The known names a clause opens with, joined by 、: '祁某、蒲某结合…' -> [祁某, 蒲某]."""
    names: list[str] = []
    at = 0
    while True:
        name = next((n for n in sorted(known, key=len, reverse=True) if clause.startswith(n, at)), None)
        if name is None:
            return names
        names.append(name)
        at += len(name)
        if not clause.startswith("、", at):
            return names
        at += 1


class Stated(NamedTuple):
    """Who a sentence opens with, saying something: name, roles, the verb, where the words begin,
    and whether a chair title named them ('主持人某某在总结时表示')."""

    name: str
    roles: tuple[str, ...]
    verb: str
    end: int
    chair: bool = False


def _reported_to(text: str, name: str, genre: Genre) -> bool:
    """The name follows 向/同/跟 and at most a title ('向市长某某汇报', '同当时的区议员某某反映过'):
    the one spoken to."""
    before = text[: text.find(name)] if name in text else ""
    return genre.object_marker.search(before) is not None


def stated_person(text: str, genre: Genre) -> Stated | None:
    """'市某局局长邬某表示，…' -> (邬某, (市某局局长,), 表示): a sentence that opens with a title and a
    name and a statement verb after them, maybe with a setting between ('…在会上强调',
    '…在总结时表示'), an adverb ('冼某则指出') or the titles in brackets ('委员某某（市政协常委）表示');
    the verb may end the first clause or go on into it ('某公司董事长夏侯某建议加大…')."""
    first = CLAUSE.split(text, maxsplit=1)[0]
    chair = next((t for t in genre.chair_titles if first.startswith(t)), "")
    head = _titles_first(first[len(chair) :], genre)
    for at, verb in _statement_verbs_in(head, genre):
        person = _stated_head(head[:at], bool(chair), genre)
        if person and _reported_to(first, person[0], genre):
            continue  # '…同当时的区议员庞某反映过': the one reported to, not the speaker
        if person:
            end = len(first) - len(head) + at + len(verb)  # the words after the verb are as written
            return Stated(*person, verb, end, bool(chair))
    return None


def _statement_verbs_in(head: str, genre: Genre) -> list[tuple[int, str]]:
    """Where a statement verb may end a speaker's head: the verb that ends the clause ('…在总结时说'),
    then, in order, one inside it that is no roster action ('…夏侯某建议加大…'; '…通报了…' is read as
    a roster) and stands before no 的 ('委员提出的问题' qualifies a noun) nor inside an action word
    ('…孙某作说明': 说 of 作说明)."""
    verbs = (*genre.statement_verbs, *genre.comma_verbs)  # the clause ends there: a comma follows
    ending = [(len(head) - len(v), v) for v in verbs if head.endswith(v)][:1]
    in_actions = {
        i for at in _action_starts(head, genre) for v in genre.actions if head.startswith(v, at) for i in range(at + 1, at + len(v))
    }
    inside: dict[int, str] = {}
    for verb in genre.statement_verbs:  # longest first
        if verb in genre.actions:
            continue
        for match in re.finditer(re.escape(verb), head):
            at = match.start()
            if at not in inside and at not in in_actions and not head[match.end() :].startswith("的"):
                inside[at] = verb
    return ending + sorted(inside.items())


_AGED = re.compile(r"(?<![\d一二三四五六七八九十])(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的?(?=[\u4e00-\u9fff]{2,3}(?:在|住|是|，|$))")  # '…83岁冉某在…'
_AGE_NOTE_END = re.compile(r"[（(][^（）()]{0,40}?\d{1,3}岁[^（）()]{0,24}[)）]$")  # '（71岁）', '（64岁，退休教师）'


def _stated_head(before: str, chair: bool, genre: Genre) -> tuple[str, tuple[str, ...]] | None:
    """The one person a statement's head names: titles and a name, without a setting or an adverb
    after the name ('…在会上', '…则')."""
    setting = genre.statement_settings.search(before)
    before = before[: setting.start()] if setting and setting.end() == len(before) else before
    before = _AGE_NOTE_END.sub("", before)  # ('…的退休胶工某某（71岁）坦言': the age, noted after the name)
    before = _title_area(genre.titles).sub(r"\1", before) if "（" in before else before  # (高级工程师（湾仔及翠澜）某某表示)
    for head in dict.fromkeys((_strip_adverbs(before, genre), before)):  # 甄某则提出: 则 is no part of a name
        people = parse_roster_head(head, genre)
        if not people and chair and valid_name(head, genre):
            people = [(head, ())]
        if not people:  # '某集团高级技师某某代表说': a title after the name as well
            after = next((t for t in genre.titles if head.endswith(t) and len(head) > len(t)), "")
            people = [(n, (*r, after)) for n, r in parse_roster_head(head[: -len(after)], genre)] if after else []
        if not people and "的" in head:  # '在镇上鞋厂打工的某某建议': what they do, no title
            tail = head.rsplit("的", 1)[1]
            people = [(tail, ())] if len(tail) == 3 and valid_name(tail, genre) else []
        if not people:  # ('住在7邻的退休公务员某某说', '1路车队驾驶员某某建议': their work, then the name)
            people = _worker(head.rsplit("的", 1)[-1], genre)
        if len(people) == 1 and has_family_name(people[0][0], genre):
            return people[0]
    return None


def _passing_mentions(clause: str, genre: Genre) -> list[tuple[str, tuple[str, ...]]]:
    """Every title + name in a clause, wherever it stands: '…由某集团创始人韦某今年来…' ->
    (韦某, (某集团创始人,)). Only a name that starts with a family name and that a stop, a
    time, 的 or a digit ends, or that jieba's part-of-speech tags give ('他的父亲宇文长庚带着…');
    not a title inside a longer word ('秘书' of 秘书长, '委员' of 委员会)."""
    followers = (*genre.mention_followers, *genre.name_stops, *"0123456789、", "")
    longer_words = (*genre.titles, *genre.organization_suffixes)
    found: dict[str, tuple[str, ...]] = {}
    for title in (*genre.titles, *genre.kin_titles):
        for match in re.finditer(re.escape(title), clause):
            at = match.start()
            if any(len(w) > len(title) and clause.startswith(w, at) for w in longer_words):
                continue
            role = genre.mention_opener.sub("", clause[: match.end()])
            if role[:1] in "“「『" and not any(c in role for c in "”」』"):
                continue  # ('“律师费比地价还要贵”': a title's characters in someone's quoted words, no one named; not '“山月里”民宿主人某某')
            name = _mentioned_name(clause[match.end() :], followers, title in genre.kin_titles, genre)
            if not name and _subject_title(role, clause, match.end()):  # the clause opens with the title: its subject,
                tagged = tagged_name(clause[match.end() :], genre)  # whose full name jieba's tags end
                after = clause[match.end() + len(tagged or "") :][:1]
                whole = bool(tagged) and len(tagged) >= 3 and after not in "·•”」』"  # (丹尼尔·霍夫曼, “…专家某某行”)
                whole = whole and not _runs_into_body(clause[match.end() :], tagged, genre)
                name = tagged if whole and dict(parse_roster_head(role + tagged, genre)).get(tagged) else None
            if not name or name in found or name[0] in JOINERS:
                continue
            people = dict(parse_roster_head(role + name, genre) or parse_roster_head(role.rsplit("、", 1)[-1] + name, genre))
            after = clause[match.end() + len(name) :]  # '…副主任阙某某律师对…': a title after the name too
            trailing = next((t for t in genre.titles if after.startswith(t) and t not in genre.organization_suffixes), None)
            trailing = None if trailing in genre.verb_titles and _on_behalf(after[len(trailing) :], genre) else trailing  # ('某某代表监事会…')
            roles = people.get(name) or (title,)  # (利益相关方参加人、某公司经理某某: the titles that parse)
            found[name] = (*roles, trailing) if trailing and trailing not in roles else roles
    return list(found.items())


def _on_behalf(after: str, genre: Genre) -> bool:
    """A body right after a title that is also a verb (代表 of '监事长某某代表监事会作财务监督报告'): the word acts for it."""
    bodies = "|".join(map(re.escape, genre.organization_suffixes))
    return re.match(rf"[{HAN_CLASS}]{{1,6}}?(?:{bodies})", after) is not None


def _subject_title(role: str, clause: str, end: int) -> bool:
    """The clause opens with a title (nothing before it an opener took away), of no one said to
    or wished for ('他希望各级人大代表…', '各位院士专家常来…')."""
    return role == clause[:end] and len(clause) > end and not re.search("[他她我你各们]|希望|祝", role)


# A name in Latin letters right after a title (委员Miguel Sequeira Lobo): two to five words, each capitalised or a particle.
_LATIN_NAME = re.compile(r"[A-Z][a-z][A-Za-z'’-]*(?:\s(?:(?:da|de|do|dos|das|del|van|von|le|la)\s)?[A-Z][a-z][A-Za-z'’-]*){1,4}")


def _mentioned_name(text: str, followers: tuple[str, ...], kin: bool, genre: Genre) -> str | None:
    """The name after a title in passing: one a stop word ends; else, after a kin word or where a
    compound family name follows the title (a name is likely there, its end is not known), the
    one jieba's tags find. The tagger is loaded only when a report has such a place."""
    latin = _LATIN_NAME.match(text)
    if latin:  # '土生葡人委员Miguel Sequeira Lobo，…': a name in Latin letters
        return latin.group()
    name = name_after(text, followers, genre)
    follower = text[len(name) : len(name) + 1] if name else ""
    if name is not None and (follower.isdigit() or follower in _GLUING) and not cuts_into_words(name, text):
        name = None  # '代表全程参与', '委员和近20名': jieba's words (loaded only for such a place) say no name
    if name is None and (kin or text.startswith(genre.compound_surnames)):
        name = tagged_name(text, genre)
    if name and _runs_into_body(text, name, genre):
        return None
    return name if name and has_family_name(name, genre) else None


def _runs_into_body(text: str, name: str, genre: Genre) -> bool:
    """'…代表区工商联捐赠': the "name" 区工商 runs into a body's name (工商联)."""
    return any(text[: len(name) + k].endswith(b) for k in (1, 2) for b in genre.organization_suffixes if len(b) > k)
