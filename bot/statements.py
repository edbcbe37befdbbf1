"""What was said and by whom: statements after a speaker, back-references (他说), the
meeting as speaker (会议强调), and groups such as 企业家代表."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .article import Article
from .fact_types import Fact, Person, Statement
from .genre import Genre
from .models import Sentence
from .patterns import CLAUSE, HAN
from .roster import (
    Labelled,
    credited_speakers,
    group_name,
    labelled_speaker,
    late_names,
    parse_roster_head,
    role_name_prefix,
    roster_clause,
    stated_person,
    strip_setting,
)

# The longest clause that may set the scene before a sentence's subject ('活动结束后，').
_SETTING_MAX = 10
_TOPIC_SETTING_MAX = 24  # a setting on what is answered ('针对…问题，'), longer
_OBJECT_GAP = 8  # the most characters between a word that acts on someone and their name ('同当时的区议员某某')


def _subject_starts(text: str, names: list[str], genre: Genre) -> list[int]:
    """Where a sentence's subject may start: at once or after an opener ('会上，'), else after a
    short setting clause with no name in it ('活动结束后，')."""
    opener = re.match(rf"(?:{'|'.join(map(re.escape, genre.sentence_openers))})，?", text)
    starts = [opener.end() if opener else 0]
    setting = re.match(rf"[^，；：。]{{1,{_SETTING_MAX}}}，", text)
    if setting and not any(n in setting.group() for n in names):
        starts.append(setting.end())
    about = re.match(rf"(?:{'|'.join(map(re.escape, genre.setting_openers))})[^，；：。]{{1,{_TOPIC_SETTING_MAX}}}，", text)
    if about and not setting and not any(n in about.group() for n in names):  # '针对选民集中反映的加装电梯问题，某某介绍，…'
        starts.append(about.end())
    heard = genre.hearsay_opener.match(text)  # ('据某某转述，覃某在会上表示…': 覃某's words)
    starts += [heard.end()] if heard else []
    for mark in re.finditer("[，；]", text):  # ('「某案」原编2,600万元，代表某某质疑…': a clause that opens with one titled and named)
        rest = text[mark.end() :]
        title = next((t for t in genre.titles if rest.startswith(t)), "")
        if title and any(rest.startswith(n, len(title)) for n in names) and not any(n in text[: mark.end()] for n in names):
            starts.append(mark.end())
    return starts


DESCRIBED_REACH = 24  # characters at most of what describes a known name before it ('在某街经营杂货铺三十年的某太')


def _described_name(body: str, names: list[str]) -> str | None:
    """A known name right after what describes them, in the clause's first words ('居于某楼、今年八十二岁的某伯率先发言'):
    the subject, not one of the description (no other name, no comma before it)."""
    for n in names:
        i = body.find(n)
        if 2 <= i <= DESCRIBED_REACH and body[:i].endswith("的") and "，" not in body[:i] and not any(m in body[:i] for m in names):
            return n
    return None


def _sentence_subject(text: str, names: list[str], genre: Genre) -> str | None:
    """The known person a sentence opens with, after any setting and titles: '活动结束后，季某一行…'
    -> 季某; '市长陈某与企业家代表逐一交流' -> 陈某."""
    for start in _subject_starts(text, names, genre):
        name = next((n for n in names if text.startswith(n, start)), None) or _described_name(text[start:], names)
        if name:
            return name
        first = CLAUSE.split(text[start:], maxsplit=1)[0]
        titled = [n for n, _ in roster_clause(first, genre).people[:1]]
        prefix = role_name_prefix(first, genre) or ("", "")  # '市长陈某与企业家代表逐一交流'
        name = next((n for n in (*titled, prefix[1]) if n in names), None)
        if name and first.find(name) <= 30:
            return name
    return None


def _only_name(text: str, names: list[str], genre: Genre) -> str | None:
    """'消费者参加人、退休教师某某今年68岁，她直言…': the one known name of the first clause, where it is
    no one acted on ('…同当时的区议员某某反映过', '在某某的主持下')."""
    first = CLAUSE.split(text, maxsplit=1)[0]
    if first.startswith(genre.back_references) or first.startswith(("他", "她")):
        return None
    named = [n for n in names if n in first and not any(n != m and n in m for m in names)]
    markers = "|".join(map(re.escape, genre.object_markers))  # '…同当时的区议员某某反映过': someone acted on, no subject
    acted_on = rf"(?<![住现存位正])(?:{markers})[{HAN}]{{0,{_OBJECT_GAP}}}?"  # (not 住在南塘镇的…某某)
    object_of = re.search(acted_on + re.escape(named[0]), first) if len(named) == 1 else None
    if object_of and _inside_body(first, object_of, named[0], genre):
        object_of = None
    return named[0] if len(named) == 1 and object_of is None else None


def _inside_body(text: str, marker: re.Match[str], name: str, genre: Genre) -> bool:
    """The 与 of a body's name ('蓼川大学建筑与规划学院副教授某某'), not one of someone acted on: a
    body's word before it, and its name goes on to a body and the title."""
    before, after = text[: marker.start()], marker.group()[: -len(name)]
    if not after.startswith(("与", "和", "及")) or not before.endswith(tuple(genre.organization_suffixes)) and not re.search(
        rf"(?:{'|'.join(map(re.escape, genre.organization_suffixes))})[{HAN}]{{1,6}}$", before
    ):
        return False
    title = next((t for t in genre.titles if after.endswith(t)), "")
    body = after[: -len(title)] if title else ""
    body = next((body[: -len(r)] for r in genre.rank_prefixes if r and body.endswith(r)), body)  # 副教授
    return bool(title) and body.endswith(tuple(genre.organization_suffixes))


def _subject_and_verb(text: str, names: list[str], genre: Genre) -> tuple[str, str, str] | None:
    """(speaker, verb, what follows) when a sentence opens with a known speaker, or with 他说/她强调…
    (speaker '': the caller knows whom it refers to)."""
    for start in _subject_starts(text, names, genre):
        body = text[start:]
        for ref in genre.back_references:
            if body.startswith(ref) and not body[len(ref) :].startswith("的"):
                verb = ref[1:].rstrip("，")
                return "", next((verb[len(a) :] for a in genre.back_adverbs if verb.startswith(a) and len(verb) > len(a)), verb), body[len(ref) :]
        name = next((n for n in names if body.startswith(n)), None)
        name = name or _described_name(body, names)
        body = body[body.find(name):] if name else body
        if name is None:  # '鹊岭街坊会杜某就倡…': a known name after the body they belong to, no title
            name = next((n for n in names if 2 <= (i := body.find(n)) <= 12 and "，" not in body[:i]
                         and body[:i].endswith(genre.organization_suffixes) and not body[:i].endswith(genre.titles)), None)  # (立委 is a title)
            body = body[body.find(name):] if name else body
        stated = stated_person(body, genre)
        if name is None and stated and stated.name in names:  # '某局局长某某表示，…'
            return stated.name, stated.verb, body[stated.end :]
        if name is None and (late := _named_then_said(body, names, genre)):
            return late
        if name is None:
            continue
        rest = body[len(name) :]
        setting = genre.statement_settings.match(rest)  # '某某在总结时说，…'
        rest = rest[setting.end() :] if setting else rest
        if rest.startswith("："):  # a transcript: '贝某：截至…' answers the '问：' before it
            return name, genre.answer_verb, rest[1:]
        hits = _verb_hits(rest, genre)
        if hits:
            at, verb = min(hits, key=lambda h: (h[0], -len(h[1])))
            return name, verb, rest[at + len(verb) :]
        return None
    return None


# A note of the person before it that gives their age ('逯俊杰（Jeremy Lu，34岁，软件工程师）', '郏美华（52岁）'): read past it.
_AGE_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（）()，,]{0,40}[，,]?\d{1,3}岁(?:[，,][^（）()]{1,24})?[)）]")
_BARE_QUOTE = re.compile(r"[“「][^“”「」]+[”」]。?")  # a sentence that is only a quotation, its speaker named after it
_SAID_AFTER_MAX = 16  # the longest clause of setting and verb after a described speaker ('会后受访时表示，')


def _named_then_said(body: str, names: list[str], genre: Genre) -> tuple[str, str, str] | None:
    """'在会上就某事提出意见的委员某某，会后受访时表示，…': a first clause that ends with a known name (after
    what describes them), then a short clause that ends with a statement verb: that one's words."""
    first, _, rest = body.partition("，")
    spoke = _spoke_then_said(first, rest, names, genre)
    if spoke:
        return spoke
    name = next((n for n in names if first.endswith(n)), None)
    said, comma, words = rest.partition("，")
    if not name or not comma or len(said) > _SAID_AFTER_MAX or any(n in said for n in names):
        return None
    verb = next((v for v in (*genre.statement_verbs, *genre.comma_verbs) if said.endswith(v)), None)
    return (name, verb, words) if verb else None


def _spoke_then_said(first: str, rest: str, names: list[str], genre: Genre) -> tuple[str, str, str] | None:
    """'…店长某某作为经营者代表发言，表示…': a first clause of one known name that ends with their speaking, then a clause
    that opens with a statement verb: their words."""
    named = [n for n in names if n in first]
    if len(named) != 1 or not first.endswith(genre.speaking_actions):
        return None
    verb = next((v for v in genre.statement_verbs if rest.startswith(v)), None)
    return (named[0], verb, rest[len(verb) :].lstrip("，：")) if verb else None


COMMA_VERB_REACH = 12  # characters at most between a name and a verb that attributes only before a comma


def _verb_hits(rest: str, genre: Genre) -> list[tuple[int, str]]:
    """Where a statement verb stands in what follows a speaker's name: not before 的 ('大家提出的
    问题' qualifies a noun, it attributes nothing) nor 被 (建议被写入); a verb of Hong Kong copies only before a comma
    ('某某指，…')."""
    hits = [
        (m.start(), v)
        for v in genre.statement_verbs
        for m in re.finditer(v, rest)
        if not rest[m.end() :].startswith(("的", "被"))  # (…提出的“某某”建议被写入报告: a noun)
        and not genre.figure_pattern.match(rest, m.end())  # (媒体表态一百四十二次: a count of them, no words)
    ]
    # (one right after the name and its setting: '某某在会中报告，…'; not '…建议被写入上一年度报告，…')
    return hits + [(m.start(), v) for v in genre.comma_verbs for m in re.finditer(v + "，", rest) if m.start() <= COMMA_VERB_REACH]


def _speaker_parts(text: str, names: list[str], genre: Genre) -> list[str]:
    """A sentence cut where another speaker takes the word: at '；' before a known speaker and a
    statement verb ('A建议…；B提出，…；C反映，…', '代表A（…）建议，…；代表B（…）反映，…': each says their
    own part), and at '，' before 他/她 and a verb ('座谈会由会长某某主持，他表示，…')."""
    pieces = re.split(r"(?<=[；，])", text)
    parts = [pieces[0]]
    for piece in pieces[1:]:
        mark = parts[-1][-1]
        named = mark == "；" and (_subject_and_verb(piece, names, genre) or ("",))[0]
        back = mark == "，" and piece.startswith(genre.back_references)
        # '…主要负责人作表态发言，柘口镇党委书记厍文涛表示，…': a group's act, then one of them named, in their own words
        turn = mark == "，" and _group_talked(parts[-1], genre) and (_subject_and_verb(piece, names, genre) or ("",))[0]
        # '…中华电信某营运处则未派员出席，甘淑媛指出，…': a clause of no one's words, then someone named who speaks
        taken = mark == "，" and not turn and _takes_word(parts[-1], piece, names, genre)
        if named or back or turn or taken:
            parts.append(piece)
        else:
            parts[-1] += piece
    return parts


def _takes_word(before: str, piece: str, names: list[str], genre: Genre) -> bool:
    """A clause that opens with a known name and a statement verb right before a comma ('甘淑媛指出，'), after clauses
    that hold no one's words (no name with a verb of saying opens them)."""
    found = _subject_and_verb(piece, names, genre)
    if not found or not found[0] or not piece.startswith(found[0]):
        return False
    if not re.match(rf"{re.escape(found[0])}{re.escape(found[1])}[，：:]", piece):
        return False
    return not any(_subject_and_verb(c, names, genre) for c in re.split(r"(?<=[，；])", before) if c)


def _without_setting(text: str, genre: Genre) -> str:
    """'会上，…' -> '…'; '针对大家提出的问题，某局负责人…' -> '某局负责人…': what stands before a
    sentence's subject."""
    body = re.sub(rf"^(?:{'|'.join(map(re.escape, genre.sentence_openers))})，?", "", text)
    setting = re.match(rf"(?:{'|'.join(genre.setting_openers)})[^，。；]{{1,{_SETTING_MAX}}}，", body)
    return body[setting.end() :] if setting else body


def _group_talked(body: str, genre: Genre) -> bool:
    """A verb of speaking together, not inside the name of a meeting (谈 of 召开…座谈会)."""
    for word in genre.meeting_words:
        body = body.replace(word, "")
    return any(v in body for v in genre.group_verbs)


def _group_subject(text: str, genre: Genre) -> str | None:
    """The group a sentence's suggestions come from: '粤商代表们…建言献策' -> 粤商代表;
    '企业家代表A、B、C先后发言，…' -> 企业家代表 (the role the named people share);
    '委员们认为，…' -> 委员 (a group with a statement verb of its own)."""
    body = _without_setting(text, genre)
    first = CLAUSE.split(body, maxsplit=1)[0]
    roster = roster_clause(first, genre)
    if len(roster.people) >= 2 and not roster.relayed:
        shared = set.intersection(*(set(roles) for _, roles in roster.people))
        group = next((r for r in roster.people[0][1][::-1] if r in shared), None)
        words = "|".join(genre.group_words)
        acting = re.search(rf"作为([{HAN}]{{0,8}}?(?:{words}))", first)  # '…作为获奖代表先后发言'
        group = group or (acting.group(1) if acting else None)
        talked = _group_talked(body, genre)
        return (
            group
            if group and talked and any(group.endswith(w) for w in genre.group_words)
            else None
        )
    said = re.match(
        rf"([{HAN}]{{0,12}}?(?:{'|'.join(genre.group_words)}))们?(?:{'|'.join(genre.group_adverbs)})?"
        rf"(?:{'|'.join(genre.statement_verbs)})(?!的)",  # '委员们提出的问题…' is about the problems
        first,
    )
    if said:  # '委员们认为，…', '与会专家一致建议…'
        return said.group(1)
    match = re.match(  # the names after a group word hold no 的 or 们 ('委员们的发言…' is no group's)
        rf"([{HAN}、\d]{{0,40}}?(?:{'|'.join(genre.group_words)})(?:(?![的们])[{HAN}、]){{0,12}}?)(?:们|等)?"
        rf"(?:{'|'.join(genre.group_adverbs)})?(?:先后|分别|纷纷|结合|围绕|就|积极|踊跃|逐一|一一|现场|当场|发言|作(?=[{HAN}]{{0,4}}发言)|$)",
        first,
    )
    if match and _group_talked(body, genre):
        named = parse_roster_head(match.group(1), genre)  # '企业家代表周某、吴某' -> 企业家代表
        if named:
            return named[0][1][-1]
        # '某局副局长岑某担任主礼嘉宾并致辞': one named person acting is not a group
        # nor a titled person meeting them ('市长陈某与企业家代表逐一交流')
        named_first = roster.people or role_name_prefix(match.group(1), genre)
        return None if named_first else group_name(match.group(1), genre)
    return None


def _roster_subject(text: str, names: list[str], genre: Genre) -> str | None:
    """The last person a sentence's roster clauses give a speaking action: '在市政协主席A的主持下，
    委员B首先代表调研组作主题发言。' -> B; '市委书记A主持会议并讲话。' -> A (他指出… is theirs)."""
    found = None
    for clause in CLAUSE.split(text.rstrip("。！？")):
        people, actions, relayed, _ = roster_clause(clause, genre)
        if people and not relayed and set(actions) & set(genre.speaking_actions):
            found = next((n for n, _ in reversed(people) if n in names), found)
    return found


class _Reader:
    """Statements by speaker, read sentence by sentence. 他说/她强调… refer back to the last person
    a sentence of the paragraph was about, even one with no statement verb ('某某充分肯定了…。他强调，…');
    a paragraph that opens with 要… goes on with the last speaker of the paragraph before."""

    def __init__(self, people: list[Person], genre: Genre, attending: Sequence[Fact] = ()) -> None:
        self.genre = genre
        self.names = sorted((p.name for p in people), key=len, reverse=True)
        self._short_titles = "|".join(re.escape(t) for t in genre.titles if len(t) <= 3)  # (鄢里长美惠)
        # '企业代表、某公司总经理潘某和…董事长管某也作了发言。', '有关部门负责人列席会议。': a sentence
        # the roster was read from is the report going on, not the last speaker's words
        self.rosters = {s for p in people for s in p.evidence} | {s for g in attending for s in g.evidence}
        self.out: list[Statement] = []
        self.current: Statement | None = None  # whose statement a plain sentence continues
        self.subject: str | None = None  # the last person a sentence of the paragraph was about
        self.person: str | None = None  # the last person any sentence was about: 他 opening a paragraph
        surnames = "".join(sorted(genre.surnames))
        long_forms = "|".join(map(re.escape, (f for f in genre.address_forms if len(f) > 1))) or "(?!)"
        short_forms = "|".join(map(re.escape, (f for f in genre.address_forms if len(f) == 1))) or "(?!)"
        # (a one-character form only right after 的/是 or at the start: 学生 is no 学 + 生)
        titles = "|".join(map(re.escape, sorted(genre.titles, key=len, reverse=True)))
        said = "|".join(map(re.escape, genre.statement_verbs))
        commas = "|".join(map(re.escape, genre.comma_verbs))  # ('巴士公司代表补充，…': a verb that attributes before a comma)
        self._title_verb = re.compile(
            rf"[^，。]{{0,16}}?(?:{titles})(?:{genre.statement_settings.pattern})?(?:(?:{said})(?!的)|(?:{commas})(?:，|$))")
        self._addressed = re.compile(rf"[{surnames}](?:{long_forms})|(?:^|[的是])[{surnames}](?:{short_forms})")
        withheld = "|".join(map(re.escape, genre.withheld_name_marks)) or "(?!)"
        self._withheld = re.compile(rf"[{surnames}](?:{withheld})")  # 蒯某某: one whose name the report withholds

    def paragraph(self, paragraph: list[Sentence]) -> None:
        last = self.current
        self.current = self.subject = None
        if last and paragraph[0].text.startswith(self.genre.continuation_openers):
            self.current = last  # '要…' across a paragraph break: the same speaker goes on
            self.subject = None if last.group else last.speaker
        late = next((n for s in paragraph for n in late_names(s.text, self.genre) if n in self.names), None)
        if late:  # '第一个开口的是一位老人。他说，…老人名叫某某，今年78岁。': his words are the one named last
            self.subject = self.person = late
        for i, sentence in enumerate(paragraph):
            said = _BARE_QUOTE.fullmatch(sentence.text) and i + 1 < len(paragraph)
            found = _subject_and_verb(paragraph[i + 1].text, self.names, self.genre) if said else None
            if found and found[0]:  # '“我把票投给了饮水提升工程。”' then '来自某村的代表某某说，…': their words
                self.out.append(Statement(found[0], found[1], sentence.text, sentence))
                continue
            self.sentence(sentence)

    def _named_apart(self, text: str) -> str:
        """'湳兴里鄢里长美惠说，…': a name written with the title between family and given name (Taiwan's
        鄢里长美惠), read as the title and the name (里长鄢美惠)."""
        for name in self.names:
            if len(name) == 3 and name[1:] in text and name[0] in text:
                text = re.sub(rf"{re.escape(name[0])}({self._short_titles}){re.escape(name[1:])}", lambda m, n=name: m.group(1) + n, text)
        return text

    def sentence(self, sentence: Sentence) -> None:
        """Each part of a sentence that another speaker takes over (_speaker_parts) on its own."""
        text = self._named_apart(_AGE_NOTE.sub("", sentence.text))
        parts = _speaker_parts(text, self.names, self.genre)  # ('某某（67岁，退休清洁工）问，…')
        if len(parts) > 1 and self._scene_of_next(parts[0], parts[1]):  # ('因市医保局负责同志当天另有公务未到会，某某表示，…')
            self.current, parts = None, parts[1:]
        for i, text in enumerate(parts):
            self._part(sentence, text.rstrip("；，") if len(parts) > 1 else text, first=i == 0)

    def _scene_of_next(self, first: str, then: str) -> bool:
        """A sentence's first clause of no one's words that says someone was not there or sets the scene, and the next one
        that a named speaker opens: the scene of that one's words, not more of the last speaker's."""
        genre = self.genre
        if any(n in first for n in self.names) or first.startswith(genre.back_references) or not then.startswith(tuple(self.names)):
            return False
        return bool(genre.absence.search(first)) or first.startswith(genre.setting_openers)

    def _part(self, sentence: Sentence, text: str, first: bool) -> None:
        genre = self.genre
        named = _sentence_subject(text, self.names, genre) or _roster_subject(text, self.names, genre) or _only_name(text, self.names, genre)
        if named is None and self._unnamed_opens(text):  # '78岁的退休钳工计大爷关心的是…。他说，…': 他 is not the last named
            self.subject = self.person = self.current = None
        self.subject = named or self.subject
        self.person = self.subject or self.person
        if text.startswith(genre.reporter_subjects):  # '记者问及会否…，她说「…」': the question is the reporter's
            self.current = None
            return
        by_meeting = _meeting_statement(text, genre)
        if by_meeting:
            verb, rest = by_meeting
            self._said(Statement(genre.meeting_speaker, verb, rest or text, sentence, group=True))
            return
        if self._attributed(sentence, text):
            return
        group = _group_subject(text, genre) if not (named and text.startswith(named)) else None  # (某某代表三位议员汇报: his)
        if group:
            self.current = self.subject = None
            self.out.append(Statement(group, "建言", text, sentence, group=True))
            return
        self._plain(sentence, text, first)

    def _unnamed_opens(self, text: str) -> bool:
        """The sentence's first clause is about someone the report names only by surname and a
        form of address (计大爷, 汤女士, 陈太) or withholds the name of (蒯某某), or not at all ('一位…的年轻选民提出'), or by a title only who speaks
        ('驻县单位中，县税务局主要负责人在汇报时提醒…')."""
        first = CLAUSE.split(text, maxsplit=1)[0]
        if any(n in first for n in self.names):
            return False
        return self._addressed.search(first) is not None or self._withheld.search(first) is not None \
            or first.startswith(self.genre.unnamed_openers) or self._titled_speaks(text)

    def _titled_speaks(self, text: str) -> bool:
        """A title with no name, then a statement verb (not of a noun: 企业家提出的问题), opening the sentence's first
        clause or the one after a setting; not 他/她 going on."""
        clauses = CLAUSE.split(text, maxsplit=2)[:2]
        if text.startswith(self.genre.back_references) or any(n in c for c in clauses for n in self.names):
            return False
        return any(self._title_verb.match(c) for c in clauses)

    def _said(self, statement: Statement) -> None:
        self.current = statement
        self.out.append(statement)

    def _attributed(self, sentence: Sentence, text: str) -> bool:
        """A sentence (or part) with a speaker and a statement verb ('某某强调，…', '他指出，…')."""
        found = _subject_and_verb(text, self.names, self.genre)
        if not found:
            return False
        speaker, verb, rest = found
        current = self.current.speaker if self.current and not self.current.group else ""
        speaker = speaker or self.subject or current or self.person or ""
        if not speaker:
            return False
        self.subject = self.person = speaker
        rest = rest.removeprefix("了").lstrip("，：: ")  # '通报了…情况': what was reported
        self._said(Statement(speaker, verb, rest or text, sentence))
        return True

    def _plain(self, sentence: Sentence, text: str, first: bool = True) -> None:
        """A sentence with no speaker of its own: more of the current speaker's words, unless it
        takes the report elsewhere (a roster, research, what happened next, a new name)."""
        genre, current = self.genre, self.current
        if sentence in self.rosters and first:
            briefed = _roster_statements(sentence, genre)
            self.out.extend(briefed)
            if len(briefed) == 1 and briefed[0].text.rstrip("。").endswith(genre.briefing_objects):
                self.current = briefed[0]  # '…通报了…完成情况。' then the briefing itself
                return
        openers = (*genre.research_markers, *genre.narrative_openers, *genre.meeting_subjects, *self.names)
        decided = genre.decision_item.match(text)  # ('动议以13票赞成…获得通过': the meeting's vote, no one's words)
        if current and not text.startswith(openers) and sentence not in self.rosters and not decided:
            self.out.append(Statement(current.speaker, current.verb, text, sentence, current.group))
        else:
            self.current = None


def extract_statements(
    article: Article, people: list[Person], genre: Genre, attending: Sequence[Fact] = ()
) -> list[Statement]:
    """Statements by speaker (see _Reader); `attending` are the groups named by role only."""
    reader = _Reader(people, genre, attending)
    chairs = [p.name for p in people if genre.chair_action in p.actions]
    for paragraph in article.paragraphs:
        found = labelled_speaker(paragraph[0].text, genre) or _chair_line(paragraph[0].text, chairs, genre)
        credited = credited_speakers(paragraph, genre)
        if credited:  # '（一）关于茶产业。…。（某某院士）': the paragraph is theirs
            reader.current = None
            reader.out.extend(Statement(name, genre.speak_action, s.text, s) for name, _ in credited for s in paragraph[:-1])
            continue
        if found is None:
            reader.paragraph(paragraph)
            continue
        reader.current = None  # '某某（某公司董事长）：…', '答（某局局长某某）：…': that speaker's words
        said = [found.said, *(s.text for s in paragraph[1:])]
        for (name, _), (sentence, text) in ((p, st) for p in found.people for st in zip(paragraph, said, strict=True)):
            if text.strip():
                reader.out.append(Statement(name, found.action, text, sentence))
    return reader.out


def _chair_line(text: str, chairs: list[str], genre: Genre) -> Labelled | None:
    """'主持人：各位记者朋友，上午好！…' of a meeting with one chair: the chair's words."""
    label = next((t for t in genre.chair_titles if text.startswith(t + "：")), None)
    if label is None or len(chairs) != 1:
        return None
    return Labelled([(chairs[0], ())], genre.speak_action, text[len(label) + 1 :])


def _roster_statements(sentence: Sentence, genre: Genre) -> list[Statement]:
    """What the people of a roster clause spoke about, when the speaking verb has an object:
    '创办人樊某及学生代表伍某分享了创业经验，并就租金等议题提出建议' -> a statement of each
    (分享: '创业经验，并就租金等议题提出建议。'). Clauses that end with their verb ('出席并讲话',
    '到会听取意见并讲话') say nothing of what was said."""
    parts = re.split(r"([，；：])", sentence.text)
    clauses, marks = parts[::2], [*parts[1::2], ""]
    out: list[Statement] = []
    for i, clause in enumerate(clauses):
        people, actions, relayed, _ = roster_clause(clause.rstrip("。！？"), genre)
        if not people or relayed or _ends_with_action(clause.rstrip("。！？"), genre):
            continue
        last = people[-1][0]
        rest = clause[clause.rfind(last) + len(last) :]
        verb, content = _spoken_object(rest, genre)
        if verb is None:
            continue
        for j in range(i + 1, len(clauses)):  # up to the next clause that names people
            if roster_clause(clauses[j].rstrip("。！？"), genre).people:
                break
            content += marks[j - 1] + clauses[j]
        content = content.lstrip("，：")
        if len(re.findall(f"[{HAN}]", content)) >= 4:
            out.extend(Statement(name, verb, content, sentence) for name, _ in people)
    return out


def _ends_with_action(clause: str, genre: Genre) -> bool:
    return any(clause.endswith(verb) for verb in genre.actions)


def _spoken_object(rest: str, genre: Genre) -> tuple[str | None, str]:
    """'先后分享了创业经验' -> ('分享', '创业经验'): the speaking action a clause's rest opens with
    (after adverbs and the setting), and its object."""
    rest = strip_setting(rest, genre)
    verb = next((v for v in genre.actions if rest.startswith(v)), None)
    if verb is None:
        return None, ""
    spoken = [a for a in genre.actions[verb] if a in genre.speaking_actions]
    if not spoken:
        return None, ""
    content = rest[len(verb) :].removeprefix("了")
    said = re.match(f"时({'|'.join(genre.statement_verbs)})，?", content)
    if said:  # '应询时表示，…'
        return said.group(1), content[said.end() :]
    return spoken[0], content


def _meeting_statement(text: str, genre: Genre) -> tuple[str, str] | None:
    """(verb, what follows) when the meeting itself is the subject: '会议强调，要…' -> ('强调',
    '要…'); '会议听取了某厅关于…的汇报' -> ('听取', '某厅关于…的汇报。'); '会议还研究了其他事项'."""
    subject = next((w for w in genre.meeting_subjects if text.startswith(w)), None)
    if subject is None:
        return None
    rest = text[len(subject) :]
    for adverb in genre.meeting_adverbs:
        rest = rest.removeprefix(adverb)
    verb = next((v for v in genre.meeting_verbs if rest.startswith(v)), None)
    if verb is None or rest[len(verb) :].startswith("的"):
        return None
    return verb, rest[len(verb) :].removeprefix("了").lstrip("，：: ")


def extract_groups(
    article: Article,
    statements: list[Statement],
    genre: Genre,
    attending: Sequence[Fact] = (),
    people: Sequence[Person] = (),
) -> list[Fact]:
    """Groups of people with no names: invited in the lead ('邀请…企业家代表'), attending by role
    only ('省直有关部门负责同志列席会议'), or speaking together ('委员们围绕…建言献策'); none that
    names one of the `people` ('王某、李某等市领导' are two people)."""
    found: dict[str, list[Sentence]] = {g.value: list(g.evidence) for g in attending}
    words = "|".join(genre.group_words)
    for sentence in article.sentences[:6]:
        for match in re.finditer(
            rf"(?:组织|邀请|与|和|、|及)([{HAN}]{{2,12}}?(?:{words}))(?=[与和、，。等面参出])",
            sentence.text,
        ):
            found.setdefault(match.group(1), []).append(sentence)
    for st in statements:
        if st.group and st.speaker != genre.meeting_speaker:  # the meeting is nobody's group
            found.setdefault(st.speaker, []).append(st.sentence)
    named = [p.name for p in people]
    return [Fact(name, tuple(ev)) for name, ev in found.items() if not any(n in name for n in named)]
