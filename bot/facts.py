"""Extract who, when, where and what-was-said from a cleaned report, by rules over its text.

Nothing here knows any one article: the words come from bot/genre.yaml, the shapes
from the genre (roster sentences, statements after a speaker's name, a research
paragraph). Every fact keeps the sentences it was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .article import Article
from .genre import Genre, load_genre
from .models import Sentence

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_NAME = re.compile(rf"[{_HAN}·]{{2,4}}")
_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}(?:日|号)(?:上午|下午|晚上|晚)?")
_DAY = re.compile(r"(?<![\d月])\d{1,2}日(?:上午|下午|晚上|晚)?")
_DATELINE = re.compile(rf"^(?:新华社|中新社|本报|人民网|新华网)?([{_HAN}]{{2,6}}?)(\d{{1,2}}月\d{{1,2}}日)电")
_LIST_BEFORE_KIND = re.compile(rf"([{_HAN}、]{{2,60}}?)等(省|市|地|县|区|国)")
_COUNT = re.compile(r"(\d+(?:\.\d+)?多?|[一二三四五六七八九十百千]+多?)(家|个|名|位|人|项|批)")
_CLAUSE = re.compile(r"[，；：]")


@dataclass(frozen=True)
class Fact:
    """A single value read from the article, with the sentences it rests on."""

    value: str
    evidence: tuple[Sentence, ...]


@dataclass(frozen=True)
class Person:
    name: str
    roles: tuple[str, ...]
    actions: tuple[str, ...]
    evidence: tuple[Sentence, ...]

    @property
    def title(self) -> str:
        return "、".join(self.roles)


@dataclass(frozen=True)
class Statement:
    """What a speaker (a person, or a group such as 企业家代表) said in one sentence."""

    speaker: str
    verb: str
    text: str
    sentence: Sentence
    group: bool = False


@dataclass(frozen=True)
class Research:
    sentences: tuple[Sentence, ...]
    lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    counts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Facts:
    article: Article
    meeting: Fact | None
    date: Fact | None
    place: Fact | None
    theme: Fact | None
    people: tuple[Person, ...]
    groups: tuple[Fact, ...]
    statements: tuple[Statement, ...]
    research: Research | None

    def person(self, name: str) -> Person | None:
        return next((p for p in self.people if p.name == name), None)

    def said_by(self, name: str) -> list[Statement]:
        return [s for s in self.statements if s.speaker == name]

    def as_dict(self) -> dict[str, object]:
        """A plain view for `python -m bot facts` and the golden-file tests."""

        def value(f: Fact | None) -> str | None:
            return f.value if f else None

        return {
            "article": self.article.id,
            "meeting": value(self.meeting),
            "date": value(self.date),
            "place": value(self.place),
            "theme": value(self.theme),
            "people": [
                {"name": p.name, "roles": list(p.roles), "actions": list(p.actions)}
                for p in self.people
            ],
            "chairs": [p.name for p in self.people if "主持" in p.actions],
            "speakers": speakers(self),
            "groups": [g.value for g in self.groups],
            "statements": [
                {"speaker": s.speaker, "verb": s.verb, "text": s.text} for s in self.statements
            ],
            "research": None
            if self.research is None
            else {
                "lists": {k: list(v) for k, v in self.research.lists.items()},
                "counts": list(self.research.counts),
                "sentences": [s.text for s in self.research.sentences],
            },
        }


def speakers(facts: Facts) -> list[str]:
    """People who spoke: an action such as 讲话/发言/通报, or a statement of their own."""
    spoken = {"讲话", "发言", "致辞", "通报", "介绍", "作报告", "汇报"}
    said = {s.speaker for s in facts.statements if not s.group}
    return [p.name for p in facts.people if spoken & set(p.actions) or p.name in said]


# --- people -----------------------------------------------------------------


def _split_title_name(segment: str, genre: Genre) -> tuple[str, str] | None:
    """'省政协主席林克庆' -> ('省政协主席', '林克庆'); None when it is not role + name."""
    best: tuple[str, str] | None = None
    for title in genre.titles:
        start = segment.find(title)
        while start != -1:
            end = start + len(title)
            name = segment[end:]
            if _valid_name(name, genre) and (best is None or end > len(best[0])):
                best = (segment[:end], name)
            start = segment.find(title, start + 1)
    return best


def _valid_name(name: str, genre: Genre) -> bool:
    if not _NAME.fullmatch(name) or "的" in name or "们" in name:
        return False
    # One-character stops (向, 和, 于…) are also surnames or given names: only a
    # four-character "name" is suspected of having one glued on.
    stops = [s for s in genre.name_stops if len(s) > 1 or len(name) >= 4]
    if any(name.startswith(stop) and len(stop) > 1 or name.endswith(stop) for stop in stops):
        return False
    return not any(name.endswith(t) for t in genre.titles)


def _ends_with_title(segment: str, genre: Genre) -> bool:
    return any(segment.endswith(t) for t in genre.titles)


_HEAD_PREFIXES = ("会议由", "座谈会由", "会上", "会议上", "由", "同时", "此外", "另外")


def _parse_roster_head(head: str, genre: Genre) -> list[tuple[str, tuple[str, ...]]]:
    """Names and roles in a clause head such as '省委副书记、省长王伟中'."""
    for prefix in _HEAD_PREFIXES:
        if head.startswith(prefix):
            head = head[len(prefix) :]
    head = head.removesuffix("同志").removesuffix("等")
    found: list[tuple[str, tuple[str, ...]]] = []
    pending: list[str] = []
    segments: list[str] = []
    for segment in head.split("、"):
        # '…董事长贺兰生和…会长屈志鹏': two people joined by 和/及/与
        joined = re.split(r"(?<=[\u4e00-\u9fff]{2})(?:和|及|与|以及)(?=[\u4e00-\u9fff]{4})", segment)
        if len(joined) > 1 and all(_split_title_name(part, genre) for part in joined):
            segments.extend(joined)
        else:
            segments.append(segment)
    for segment in segments:
        segment = segment.strip().removesuffix("等")
        if not segment:
            return []
        split = _split_title_name(segment, genre)
        if split:
            role, name = split
            found.append((name, (*pending, *role.split("、"))))
            pending = []
        elif _ends_with_title(segment, genre) and len(segment) <= 20:
            pending.append(segment)
        elif found and not pending and _valid_name(segment, genre):
            found.append((segment, found[-1][1]))  # 副主席钱七、孙八: same title
        else:
            return []
    return found if not pending else []


_COUNTED_TAIL = re.compile(
    rf"等(?:\d+|[一二三四五六七八九十两]+)?(?:位|名|个|人)?([{_HAN}]{{0,10}}?(?:同志|代表|负责人|人士|委员|企业家|专家|嘉宾))?$"
)


def _head_before(clause: str, at: int) -> str:
    head = clause[:at]
    for tail in ("先后", "分别", "共同", "一同", "也", "还", "并", "到会", "应邀"):
        head = head.removesuffix(tail)
    return _COUNTED_TAIL.sub("", head)


def _role_name_prefix(clause: str, genre: Genre) -> tuple[str, str] | None:
    """'副省长谭志远到会听取意见并讲话' -> ('副省长', '谭志远'): a name that a stop word ends."""
    for title in genre.titles:
        at = clause.find(title)
        if at < 0:
            continue
        end = at + len(title)
        for size in (3, 2, 4):
            name, rest = clause[end : end + size], clause[end + size :]
            if _valid_name(name, genre) and any(rest.startswith(s) for s in (*genre.name_stops, *genre.actions)):
                return clause[:end], name
    return None


def _roster_clause(clause: str, genre: Genre) -> tuple[list[tuple[str, tuple[str, ...]]], tuple[str, ...]]:
    """People and their action in one clause, e.g. '省政协主席林克庆主持'."""
    for verb, actions in genre.actions.items():
        at = clause.find(verb)
        while at > 0:
            people = _parse_roster_head(_head_before(clause, at), genre)
            if people:
                tail = _COUNTED_TAIL.search(clause[:at].removesuffix("先后").removesuffix("分别"))
                group = tail.group(1) if tail and tail.group(1) and tail.group(1) != "同志" else None
                if group:  # '…等5位企业负责人先后发言': each of them is one
                    people = [(n, (*r, group) if group not in r else r) for n, r in people]
                return people, actions
            at = clause.find(verb, at + 1)
    people = _parse_roster_head(clause, genre)
    if people:
        return people, ()
    prefix = _role_name_prefix(clause, genre)
    if prefix:
        role, name = prefix
        rest = clause[len(role) + len(name) :]
        heads = _parse_roster_head(role + name, genre)
        for verb, actions in genre.actions.items():
            if verb in rest and heads:
                return heads, actions
    return [], ()


def _extract_people(article: Article, genre: Genre) -> list[Person]:
    records: dict[str, dict[str, object]] = {}

    def add(name: str, roles: tuple[str, ...], actions: tuple[str, ...], sentence: Sentence) -> None:
        rec = records.setdefault(name, {"roles": [], "actions": [], "evidence": []})
        for key, values in (("roles", roles), ("actions", actions)):
            bucket = rec[key]
            assert isinstance(bucket, list)
            bucket.extend(v for v in values if v and v not in bucket)
        evidence = rec["evidence"]
        assert isinstance(evidence, list)
        if sentence not in evidence:
            evidence.append(sentence)

    for sentence in article.sentences:
        pending: list[tuple[str, tuple[str, ...]]] = []
        for clause in _CLAUSE.split(sentence.text.rstrip("。！？")):
            people, actions = _roster_clause(clause, genre)
            if not people:
                pending = []
                continue
            if actions:
                for name, roles in (*pending, *people):
                    add(name, roles, actions, sentence)
                pending = []
            else:
                pending.extend(people)
        for name, roles in pending:  # a roster line with no verb at all
            add(name, roles, (), sentence)
    # Later mentions of a known name with an action ("王伟中出席并讲话") add to it.
    for sentence in article.sentences:
        for clause in _CLAUSE.split(sentence.text):
            for name in records:
                if clause.startswith(name):
                    for verb, actions in genre.actions.items():
                        if clause[len(name) :].startswith(verb):
                            add(name, (), actions, sentence)
                            break
    return [
        Person(name, tuple(rec["roles"]), tuple(rec["actions"]), tuple(rec["evidence"]))  # type: ignore[arg-type]
        for name, rec in records.items()
    ]


# --- statements ---------------------------------------------------------------


def _subject_and_verb(text: str, names: list[str], genre: Genre) -> tuple[str, str, str] | None:
    """(speaker, verb, what follows) when a sentence opens with a known speaker."""
    body = re.sub(r"^(会上|会议上|座谈会上|会中|最后|随后|此外|同时)，?", "", text)
    for ref in genre.back_references:
        if body.startswith(ref):
            return "", ref[1:], body[len(ref) :]
    for name in names:
        if body.startswith(name):
            rest = body[len(name) :]
            hits = [(rest.find(v), v) for v in genre.statement_verbs if v in rest]
            if hits:
                at, verb = min(hits, key=lambda h: (h[0], -len(h[1])))
                return name, verb, rest[at + len(verb) :]
    return None


def _group_subject(text: str, genre: Genre) -> str | None:
    body = re.sub(r"^(会上|会议上|座谈会上|会中)，?", "", text)
    first = _CLAUSE.split(body, maxsplit=1)[0]
    match = re.match(rf"([{_HAN}、]{{2,30}}?(?:{'|'.join(genre.group_words)})[{_HAN}、]{{0,12}}?)(?:们|等)?(?:先后|分别|纷纷|结合|围绕|就|积极|踊跃|发言|$)", first)
    if match and any(v in body for v in genre.group_verbs):
        return match.group(1)
    return None


def _extract_statements(article: Article, people: list[Person], genre: Genre) -> list[Statement]:
    names = sorted((p.name for p in people), key=len, reverse=True)
    out: list[Statement] = []
    for paragraph in article.paragraphs:
        current: tuple[str, str] | None = None
        for sentence in paragraph:
            text = sentence.text
            found = _subject_and_verb(text, names, genre)
            if found:
                speaker, verb, rest = found
                speaker = speaker or (current[0] if current else "")
                if speaker:
                    current = (speaker, verb)
                    out.append(Statement(speaker, verb, rest.lstrip("，：: ") or text, sentence))
                    continue
            group = _group_subject(text, genre)
            if group:
                current = None
                out.append(Statement(group, "建言", text, sentence, group=True))
                continue
            starts_new = any(text.startswith(m) for m in genre.research_markers) or any(
                text.startswith(n) for n in names
            )
            if current and not starts_new:
                out.append(Statement(current[0], current[1], text, sentence))
            else:
                current = None
    return out


# --- when, where, what ------------------------------------------------------------


def _held_sentences(article: Article, genre: Genre) -> list[Sentence]:
    lead = [s for s in article.sentences if s.paragraph <= 2]
    held = [s for s in lead if any(v in s.text for v in genre.held_verbs)]
    return held or lead[:2]


def _meeting_name(article: Article, genre: Genre) -> Fact | None:
    words = "|".join(genre.meeting_words)
    pattern = re.compile(rf"([^，。；：“”\s]*?(?:“[^”]{{1,30}}”)?[^，。；：“”\s]*?(?:{words}))")
    candidates = [(s.text, s) for s in _held_sentences(article, genre)]
    if article.title:
        candidates.append((article.title, article.sentences[0]))
    for text, sentence in candidates:
        for match in pattern.finditer(text):
            name = match.group(1)
            name = re.split(r"召开|举行|举办|主持|出席|参加|在", name)[-1]
            name = _DATE.sub("", name)
            name = re.sub(r"^(昨日|昨天|今天|今日|日前|近日|\d{1,2}日|上午|下午|此次|这次|本次|电)", "", name)
            name = re.sub(r"^(新华社|本报)\S*电", "", name)
            if len(name) >= 5 and name not in genre.meeting_words:
                return Fact(name, (sentence,))
    return None


def _date(article: Article, genre: Genre) -> Fact | None:
    for sentence in _held_sentences(article, genre) + [s for s in article.sentences if s.paragraph == 1]:
        relative = re.compile(rf"(?:{'|'.join(genre.relative_dates)})(?:上午|下午|晚上|晚)?")
        text = re.sub(r"^.{0,16}?\d{1,2}月\d{1,2}日电", lambda m: " " * len(m.group()), sentence.text)
        found = [m for p in (_DATE, _DAY, relative) if (m := p.search(text))]
        if found:  # the earliest date in the sentence, as written
            return Fact(min(found, key=lambda m: m.start()).group(), (sentence,))
    for sentence in article.sentences[:1]:  # only a dateline gives one
        match = _DATE.search(sentence.text)
        if match:
            return Fact(match.group(), (sentence,))
    return None


def _place(article: Article, genre: Genre) -> Fact | None:
    verbs = "|".join(genre.held_verbs)
    for sentence in _held_sentences(article, genre):
        match = re.search(rf"在([^，。、在“”]{{1,20}}?)(?:隆重|顺利|正式)?(?:{verbs})", sentence.text)
        if match and not re.search("主持|会上|期间", match.group(1)):
            return Fact(match.group(1), (sentence,))
    first = article.sentences[0]
    dateline = _DATELINE.match(first.text)
    if dateline:
        return Fact(dateline.group(1), (first,))
    return None


def _theme(article: Article, genre: Genre) -> Fact | None:
    for sentence in article.sentences:
        if sentence.paragraph > 2:
            break
        for pattern in genre.theme_markers:
            match = pattern.search(sentence.text)
            if match:
                return Fact(match.group(1).strip("“”\""), (sentence,))
    return None


def _groups(article: Article, statements: list[Statement], genre: Genre) -> list[Fact]:
    found: dict[str, list[Sentence]] = {}
    words = "|".join(genre.group_words)
    for sentence in article.sentences[:6]:
        for match in re.finditer(rf"(?:组织|邀请|与|和|、|及)([{_HAN}]{{2,12}}?(?:{words}))(?=[与和、，。等面参出])", sentence.text):
            found.setdefault(match.group(1), []).append(sentence)
    for st in statements:
        if st.group:
            found.setdefault(st.speaker, []).append(st.sentence)
    return [Fact(name, tuple(ev)) for name, ev in found.items()]


def _research(article: Article, genre: Genre) -> Research | None:
    markers = genre.research_markers
    paragraphs = [
        p for p in article.paragraphs if p[0].text.startswith(markers[:3]) or ("调研" in p[0].text and "调研组" in "".join(s.text for s in p))
    ]
    if not paragraphs:
        return None
    sentences = tuple(s for p in paragraphs for s in p)
    lists: dict[str, tuple[str, ...]] = {}
    counts: list[str] = []
    for s in sentences:
        for match in _LIST_BEFORE_KIND.finditer(s.text):
            items = re.split(r"[、]", re.sub(r"^.*?(深入|赴|到|向|走访|前往|包括)", "", match.group(1)))
            lists.setdefault(match.group(2), tuple(i for i in items if i))
        counts.extend(m.group() for m in _COUNT.finditer(s.text))
    return Research(sentences, lists, tuple(counts))



def extract(article: Article, genre: Genre | None = None) -> Facts:
    """Read every fact the genre's rules can find in a cleaned article."""
    genre = genre or load_genre()
    people = _extract_people(article, genre)
    statements = _extract_statements(article, people, genre)
    return Facts(
        article=article,
        meeting=_meeting_name(article, genre),
        date=_date(article, genre),
        place=_place(article, genre),
        theme=_theme(article, genre),
        people=tuple(people),
        groups=tuple(_groups(article, statements, genre)),
        statements=tuple(statements),
        research=_research(article, genre),
    )
