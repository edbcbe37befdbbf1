"""The research before the meeting: its paragraph, the places it lists and the counts it gives."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .article import Article
from .genre import Genre
from .models import Sentence
from .patterns import HAN

# '深入A、B、C等市', '赴A、B等沿江8个县（市、区）', '赴A、B、C、D 4市', '赴A、B、C 3个市': the
# list, then the kind of place (a count between them, or 等, or both).
# Without 等, only a list of several places ('A、B 2市', not '全市3个区').
_NUMBER = r"(?:\d+|[一二三四五六七八九十]+)多?"
_LIST_BEFORE_KIND = re.compile(
    rf"([{HAN}、]{{2,60}}?)(?:等(?:[{HAN}]{{0,4}}?{_NUMBER}个)?|(?<=[{HAN}]){_NUMBER}个?)(省|市|地|州|县|区|国)"
)


# '深入城关镇、青石镇、白鹭乡、下河镇和某经济开发区，走访…', '先后来到A服务站、B福利院、C中心，…': a
# list of three or more places that no kind of place ends, the whole clause after the verb.
_ITEM = rf"[{HAN}“”「」]{{2,24}}"  # (a place may quote its campaign: 某镇段“清四乱”整治现场)
_BARE_LIST = re.compile(rf"^({_ITEM}(?:、{_ITEM}){{1,}}(?:(?:和|及|以及){_ITEM})?)$")

_PAIR = re.compile(rf"^({_ITEM}(?:和|及|以及|与){_ITEM})$")  # 'A公司和B公司' (two organisations)

_COUNT = re.compile(r"(\d+(?:\.\d+)?(?:多|余)?|[一二三四五六七八九十百千]+(?:多|余)?)(家|个|名|位|人|项|批)")


@dataclass(frozen=True)
class Research:
    sentences: tuple[Sentence, ...]
    lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    counts: tuple[str, ...] = ()


def _research_sentences(article: Article, genre: Genre) -> list[Sentence]:
    """A paragraph on the research before the meeting ('此前，…调研组深入…'), or the sentences
    that give its findings ('调研显示，…') with the one that introduces them."""
    markers = genre.research_markers
    held = re.compile(f"(?:{'|'.join(genre.held_verbs)})了?(?:{'|'.join(genre.meeting_words)})[，。]")
    teams = "|".join(genre.research_teams)
    visit = "|".join(map(re.escape, genre.research_verbs))
    team = re.compile(f"(?:{teams})(?:先后|分别)?(?:{visit})")
    starts_before = re.compile(f"^[{HAN}]{{0,6}}(?:{'|'.join(genre.meeting_words)})(?:开始)?(?:之)?前[，,]")  # (座谈会前，…)
    # right after the lead, a day's visit of its own ('29日下午，某某等县领导先后走访慰问了…', '当天上午，…先后来到…实地察看')
    seen = "|".join(map(re.escape, genre.visit_verbs))
    dated_visit = re.compile(f"^(?:\\d{{1,2}}日|当天|当日|前一天|头一天)(?:上午|下午|晚上)?，[^。]{{0,40}}?(?:{seen})")
    found: list[Sentence] = []
    for p in article.paragraphs:
        text = "".join(s.text for s in p)
        if held.search(p[0].text) and not p[0].text.startswith(markers[:3]):
            pass  # '15日下午，调研组在某地召开座谈会': the meeting after the research, not it
        elif p[0].text.startswith(markers[:3]) or ("调研" in p[0].text and "调研组" in text):
            found.extend(p)
            continue
        for i, s in enumerate(p):
            if team.search(s.text) and s not in found:  # '执法检查组深入6个区县、42个小区…'
                found.append(s)
                continue
            before_meeting = s.text.startswith(markers[:3]) or starts_before.match(s.text)  # '交流会开始之前，…'
            before_meeting = before_meeting or (p[0].paragraph == 2 and dated_visit.match(s.text) and not held.search(s.text))
            if before_meeting and re.search(f"(?:{visit})了?", s.text) and s not in found:
                found.append(s)  # '会前，某某一行还走访了A公司和B公司': a visit before the meeting
                continue
            if s.text.startswith(genre.research_findings):
                before = p[i - 1] if i else None
                if before and before not in found and re.search("调研|调查", before.text):
                    found.append(before)
                found.append(s)
    return found


def _without_adverbs(text: str, genre: Genre) -> str:
    """'先后A、B、C' -> 'A、B、C'."""
    adverb = next((a for a in genre.roster_adverbs if len(a) > 1 and text.startswith(a)), "")
    return text[len(adverb) :]


def _bare_places(text: str, genre: Genre) -> tuple[str, ...]:
    """The places a clause lists after a visiting verb when no kind of place ends the list
    (three or more, the last maybe after 和/及, or two organisations or sites): '深入A镇、B镇、C乡和D开发区' ->
    A镇, B镇, C乡, D开发区."""
    visit = "|".join(map(re.escape, genre.research_verbs))
    for clause in re.split("[，。；：]", text):
        verb = re.search(rf"(?:{visit})了?", clause)
        rest = _without_adverbs(clause[verb.end() :], genre) if verb else ""
        # '到A站及B站视察…情况': the places, without what was done there
        rest = re.split("|".join(map(re.escape, genre.activities)), rest, maxsplit=1)[0] if rest else rest
        match = _BARE_LIST.match(rest) or _PAIR.match(rest)
        items = re.split("、|和|以及|及", match.group(1)) if match else []
        sites = (*genre.organization_suffixes, *genre.site_suffixes)
        if len(items) >= 3 or len(items) == 2 and all(i.endswith(sites) for i in items):
            return tuple(items)  # two are a list when both are organisations ('走访了A公司和B公司')
    return ()


def _itinerary(article: Article, genre: Genre) -> list[tuple[Sentence, str]]:
    """The stops of a visit told one by one before the meeting ('视察组首先来到A项目现场。…随后，视察组来到B。…最后一站是C。'),
    with the sentence of each; none unless two or more."""
    held = re.compile(f"(?:{'|'.join(genre.held_verbs)})了?(?:{'|'.join(genre.meeting_words)})")
    stops: list[tuple[Sentence, str]] = []
    for s in article.sentences:
        if held.search(s.text):
            break  # the meeting after the visit
        stops += [(s, m.group("place") or m.group("last")) for m in genre.itinerary.finditer(s.text)]
    return stops if len(stops) >= 2 else []


def extract_research(article: Article, genre: Genre) -> Research | None:
    stops = _itinerary(article, genre)
    sentences = tuple(dict.fromkeys([*_research_sentences(article, genre), *(s for s, _ in stops)]))
    if not sentences:
        return None
    visit = "|".join(map(re.escape, genre.research_verbs))
    lists: dict[str, tuple[str, ...]] = {}
    counts: list[str] = []
    for s in sentences:
        went = re.search(f"(?:{visit})", s.text)  # (the names before the verb are who went: '某某、某某等县领导先后走访…')
        for match in _LIST_BEFORE_KIND.finditer(s.text):
            if "等" not in match.group() and "、" not in match.group(1) or went and match.end() <= went.start():
                continue
            items = re.split(r"[、]", re.sub(rf"^.*?({visit})", "", match.group(1)))
            lists.setdefault(match.group(2), tuple(i for i in items if i))
        counts.extend(m.group() for m in _COUNT.finditer(s.text))
    bare = [p for s in sentences for p in _bare_places(s.text, genre)]
    if bare and not lists:  # no kind of place ends them: filed as places of any kind ('…等地')
        lists[genre.research_any_place] = tuple(bare)
    if stops and not lists:  # …and so are a visit's stops
        lists[genre.research_any_place] = tuple(dict.fromkeys(place for _, place in stops))
    return Research(sentences, lists, tuple(counts))
