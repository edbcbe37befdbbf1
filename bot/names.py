"""Personal names: what may be one, where one starts or ends, and a title before it."""

from __future__ import annotations

import logging
import re
import time
from functools import lru_cache
from typing import Any

from .genre import Genre
from .patterns import HAN
from .segment import _cache_dir, trimmed_dictionary

log = logging.getLogger(__name__)

# A name: two to four characters, or a minority name in parts joined by a middle dot
# ('巴特尔·乌力吉', '买买提明·阿不都热依木'), each part one to seven characters.
_NAME = re.compile(rf"[{HAN}]{{2,4}}|[{HAN}]{{1,7}}(?:·[{HAN}]{{1,7}}){{1,2}}")


_DOTTED_NAME = re.compile(rf"[{HAN}]{{1,7}}(?:·[{HAN}]{{1,7}}){{1,2}}")


def split_title_name(segment: str, genre: Genre) -> tuple[str, str] | None:
    """'省政协主席林克庆' -> ('省政协主席', '林克庆'); None when it is not role + name, nor when the
    "role" holds an adverb ('某集团董事长李某分别代表' + 企业: a name, an adverb and a verb)."""
    best: tuple[str, str] | None = None
    for title in genre.titles:
        start = segment.find(title)
        while start != -1:
            end = start + len(title)
            name = segment[end:]
            if valid_name(name, genre) and (best is None or end > len(best[0])) and not _body_goes_on(segment, end, genre):
                best = (segment[:end], name)
            start = segment.find(title, start + 1)
    adverbs = [a for a in genre.roster_adverbs if len(a) > 1]
    if best and any(a in best[0] for a in adverbs):
        return None
    joiners = "|".join(map(re.escape, genre.partner_joiners))  # ('某某联同委员会秘书佘某': 某某 acts with them, no title of theirs)
    partner = re.match(f"([{HAN}]{{2,4}}?)(?:{joiners})", best[0]) if best and joiners else None
    if best and partner and valid_name(partner.group(1), genre) and has_family_name(partner.group(1), genre) \
            and not common_word(partner.group(1)) and len(best[0]) > partner.end():
        return best[0][partner.end() :], best[1]
    return best


def _body_goes_on(segment: str, end: int, genre: Genre) -> bool:
    """The title ends inside a body's word ('市发展和改革委员|会组织': 委员 of 委员会): no title ends there."""
    return any(segment.startswith(o, end - k) for o in genre.organization_suffixes if len(o) >= 2 for k in range(1, len(o)) if end - k >= 0)


def name_then_title(segment: str, genre: Genre) -> tuple[str, str] | None:
    """'林望舒市长' -> ('市长', '林望舒'): a title written after the name, when jieba tags the
    name a person's (nr) and it starts with a family name; '区委书记', '全体委员' are no such thing.
    A body before the name is the title's (Macau '经济财政司李伟农司长' -> 经济财政司司长)."""
    title = next((t for t in genre.titles if segment.endswith(t)), None)
    body = segment[: -len(title)] if title else ""
    for size in (len(body), 3, 2):
        name, prefix = body[len(body) - size :], body[: len(body) - size]
        if prefix and not prefix.endswith(genre.organization_suffixes):
            continue
        if len(name) > 3 and not name.startswith(genre.compound_surnames):
            continue  # '岑州市委常委': four characters are a name only after a compound family name
        if name.endswith(genre.organization_suffixes):
            continue  # '市委宣传部副部长': 宣传部 is the body, no name
        if valid_name(name, genre) and has_family_name(name, genre) and _tagged_person(name, genre):
            return prefix + title, name
    return None


def _tagged_person(name: str, genre: Genre) -> bool:
    """jieba tags the name a person's, or it starts with a compound family name (欧阳 is tagged ns)."""
    return name.startswith(genre.compound_surnames) or _pos_tokenizer().lcut(name)[0].flag in _PERSON_TAGS


SPELT_MAX = 10  # characters at most of a name spelt in characters (莫哈末法依沙)


def _spelt(name: str, genre: Genre) -> bool:
    """A name spelt in characters ('莫哈末法依沙'): a known first word and more after it, ten characters at most."""
    start = next((s for s in genre.spelt_name_starts if name.startswith(s)), "")
    return bool(start) and len(start) < len(name) <= SPELT_MAX and re.fullmatch(f"[{HAN}]+", name) is not None


def valid_name(name: str, genre: Genre) -> bool:
    if _spelt(name, genre):  # ('莫哈末法依沙'), not one that holds a word of no name or ends with a title
        return not any(word in name for word in genre.non_names) and not any(name.endswith(t) for t in genre.titles)
    return _valid_han_name(name, genre)


def _valid_han_name(name: str, genre: Genre) -> bool:
    """A name of two to four characters (or dotted) that no rule of the genre says is none."""
    if not _NAME.fullmatch(name) or "的" in name or "们" in name:
        return False
    if any(word in name for word in genre.non_names):
        return False  # '相关', '负责同志', '成员人选': shaped like a name, never one
    if any(w in name for w in genre.meeting_words):
        return False  # '市委召开常委会会议' holds no name
    if genre.figure_pattern.search(name):
        return False  # '委员六十余人': a count of people, no one's name
    # One-character stops (向, 和, 于…) are also surnames or given names: only a
    # four-character "name" is suspected of having one glued on.
    if name[0] in genre.name_stops and not has_family_name(name, genre):
        return False  # '代表作交流发言': 作 opens no name when it is no family name
    if len(name) == 4 and not has_family_name(name, genre):
        return False  # '县河长办要每月通报': four characters with no family name are no one's (办要每月)
    compound = len(name) == 4 and name.startswith(genre.compound_surnames)  # 百里清和: 和 is his own
    stops = [s for s in genre.name_stops if len(s) > 1 or len(name) >= 4 and not compound]
    if any(name.startswith(stop) and len(stop) > 1 or name.endswith(stop) for stop in stops):
        return False
    if any(name.endswith(b) for b in genre.organization_suffixes if len(b) >= 2 and len(name) > len(b)):
        return False  # '…阙某代表区工商联捐赠': 区工商联 is a body, no one's name
    if _addressed(name, genre):
        return False
    return not any(name.endswith(t) for t in genre.titles)


def _addressed(name: str, genre: Genre) -> bool:
    """A surname and a form of address, no name the report gives: '今年82岁的綦婆婆说', '汤女士'; and '卖咖啡的郤伯也问' (郤伯,
    then 也)."""
    if any(name.endswith(f) and 1 <= len(name) - len(f) <= 2 for f in genre.address_forms if len(f) >= 2):
        return True
    return len(name) == 3 and name[1] in [f for f in genre.address_forms if len(f) == 1] and name[2] in genre.name_stops


def ends_with_title(segment: str, genre: Genre) -> bool:
    return any(segment.endswith(t) for t in genre.titles)


def _name_sizes(text: str, genre: Genre | None = None) -> tuple[int, ...]:
    """The lengths a name at the start of the text may have, likeliest first: 3, 2, 4, or
    for a dotted name each length of its last part, shortest first; for one spelt in characters, longest first."""
    start = next((s for s in genre.spelt_name_starts if text.startswith(s)), "") if genre else ""
    if start:
        return tuple(range(min(SPELT_MAX, len(text)), len(start), -1))
    dotted = _DOTTED_NAME.match(text)
    if dotted is None:
        return (3, 2, 4)
    return tuple(range(dotted.group().rfind("·") + 2, dotted.end() + 1))


def name_after(text: str, followers: tuple[str, ...], genre: Genre) -> str | None:
    """The name a text opens with, where one of the followers (or the end) comes after it."""
    longer = tuple(f for f in followers if len(f) > 1)
    for size in _name_sizes(text, genre):
        name, rest = text[:size], text[size:]
        if len(name) == size and valid_name(name, genre):
            if size > 2 and text[size - 1 :].startswith(longer) and valid_name(name[:-1], genre):
                continue  # '党组成员井岳以及委员…': 井岳, then 以及 (not 井岳以, then 及)
            if rest.startswith(tuple(f for f in followers if f)) or (not rest and "" in followers):
                return _given_joiner(text, name, followers, genre) or name
    return None


JOINERS = ("和", "与", "及")  # words that join two names; 和 is also a family name
LIST_JOINERS = ("以及", *JOINERS)  # …and those that join the last of a list


def _given_joiner(text: str, name: str, followers: tuple[str, ...], genre: Genre) -> str | None:
    """'副主任百里清和到会指导': after a compound family name, 和 that a verb follows ends the name
    (百里清和), it joins nothing."""
    longer, rest = text[: len(name) + 1], text[len(name) + 1 :]
    if len(name) != 3 or not name.startswith(genre.compound_surnames) or text[len(name) : len(name) + 1] not in JOINERS:
        return None
    joined = rest.startswith(tuple(f for f in followers if len(f) > 1 and f not in LIST_JOINERS))
    return longer if joined and valid_name(longer, genre) else None


def name_before(text: str, genre: Genre) -> str | None:
    """The name a text ends with: one after a boundary (start, a mark, a title, 和/及/与), three
    characters first; else one that starts with a family name."""
    spelt = [text[i:] for s in genre.spelt_name_starts for i in [text.rfind(s, max(0, len(text) - SPELT_MAX))] if i >= 0]
    fits = [
        *(n for n in spelt if valid_name(n, genre)),  # ('…助理县长莫哈末法依沙': the whole name spelt)
        *(text[-size:] for size in (3, 2, 4) if len(text) >= size and valid_name(text[-size:], genre)),
    ]
    for name in fits:
        prev = text[: -len(name)]
        if (
            not prev
            or not re.match(f"[{HAN}]", prev[-1])
            or ends_with_title(prev, genre)
            or prev.endswith(JOINERS)
        ):
            return name
    return next((n for n in fits if has_family_name(n, genre)), None)


MIN_SHORT_FORM = 3  # characters of a body said short, below which any body of the same letters would do


def written_short(short: str, full: str, together: str) -> bool:
    """A body or role said short: its characters stand in the full one, in order, with `together`
    (a part of it: its first two, or its last two, its kind) standing together there — 热力集团 of
    岑阳热力集团有限公司, 市发改委 of 市发展和改革委员会, 市政府 of 某市人民政府; not 省委 of 省纪委."""
    if len(short) < MIN_SHORT_FORM or len(short) >= len(full) or together not in full:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def has_family_name(name: str, genre: Genre) -> bool:
    """'韦秉坤' yes, '对人工' no; a dotted minority name always."""
    return "·" in name or name[0] in genre.surnames or name.startswith(genre.compound_surnames) or _spelt(name, genre)


# jieba.posseg's tags for person names (nr; nrfg and nrt are names it knows as words), and the
# tags of words that end a name (verbs, particles, prepositions, conjunctions, adverbs, numerals,
# pronouns, punctuation): '王建国带着…' is 王建国, '欧阳秀英是…' is 欧阳秀英.
_PERSON_TAGS = ("nr", "nrfg", "nrt")
_ENDING_TAGS = ("v", "u", "p", "c", "d", "m", "q", "r", "x", "f", "y", "e", "t")


@lru_cache(maxsize=1)
def _pos_tokenizer() -> Any:
    """jieba.posseg's tokenizer on the trimmed dictionary, made once, on first use: importing
    jieba.posseg (its character tables) costs about 0.4 s, the tokenizer about 0.2 s."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    started = time.perf_counter()
    tokenizer = jieba.Tokenizer(dictionary=str(trimmed_dictionary()))
    tokenizer.tmp_dir = str(_cache_dir())  # where the Segmenter keeps its own
    tokenizer.initialize()
    tagger = jieba.posseg.POSTokenizer(tokenizer)
    log.info("part-of-speech tagger ready in %.2f s", time.perf_counter() - started)
    return tagger


def common_word(text: str) -> bool:
    """Whether jieba reads the text as one word of its dictionary that is no person's name
    ('权益', '心声'; not '高峰', which it tags nr)."""
    tokens = _pos_tokenizer().lcut(text)  # (a place's word after a title is a name: 首席技术官费南, 费南 ns)
    return len(tokens) == 1 and tokens[0].flag not in _PERSON_TAGS and tokens[0].flag != "ns"


def tagged_name(text: str, genre: Genre) -> str | None:
    """The person's name a text opens with, read with jieba's part-of-speech tags, one signal
    beside the rules for names outside rosters: a family name and up to two characters, ended
    early by a word tagged as a verb, particle… ('宇文长庚带着几名工人' -> 宇文长庚, '王明说' -> 王明);
    or a word tagged nr. '心声' (a noun) -> None. Checked against the family names and the
    non-names; never a family name alone."""
    dotted = _DOTTED_NAME.match(text)  # '马蒂亚斯·霍夫曼（Matthias Hofmann）透过…': a transliterated name, whole
    if dotted and valid_name(dotted.group(), genre):
        return dotted.group()
    family = next((c for c in genre.compound_surnames if text.startswith(c)), text[:1])
    listed = has_family_name(family, genre)
    at, end, tagged = 0, len(family) + 2, False
    for token in _pos_tokenizer().lcut(text[:8]):
        if at == 0 and token.flag in _PERSON_TAGS and not listed:
            end, tagged = len(token.word), True  # a name jieba tags, its family name not listed
        elif at == 0 and len(token.word) > len(family) and token.flag.startswith(_ENDING_TAGS):
            return None  # '周转快': the family name is the start of a verb
        elif len(family) < at < end and token.flag.startswith(_ENDING_TAGS):
            end = at
        at += len(token.word)
    name = text[:end]
    if listed and len(name) <= len(family):
        return None
    return name if valid_name(name, genre) and (listed or tagged) else None


def cuts_into_words(name: str, text: str) -> bool:
    """Whether jieba reads a name found by rules as words that could be one: it ends where a
    word ends and opens with no conjunction or preposition. '全程参' of 全程参与 (参与 runs past
    it) and '和近' of 和近20名 (和 joins) are no names; '王明' of 王明说 is."""
    tokens = _pos_tokenizer().lcut(text[: len(name) + 3])
    if tokens and tokens[0].flag in ("c", "p") and len(tokens[0].word) < len(name):
        return False
    at = 0
    for token in tokens:
        at += len(token.word)
        if at >= len(name):
            return at == len(name)
    return True

