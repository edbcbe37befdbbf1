"""The content words of a question: those the report holds and those it does not, the ones
shaped like names, English words put into the report's Chinese, and the focus terms — the
longest pieces of the question the report holds, which answers quote and rank by."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...genre import Genre
from ...intents import Lexicon
from ...scripts import HAN_CLASS, has_han
from ...segment import Segmenter
from ..report_words import ReportWords

_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
_WORD = re.compile(r"[a-z][a-z'\-]+")
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")
_RUN = re.compile(rf"[{HAN_CLASS}0-9.%]+")
_WORD_START = re.compile(r"\b\w")  # where a glossary word may start
_KEY_PARTS = re.compile(r"[ \-]")  # the words of a glossary key of several ("skilled workers")
_INFLECTED = re.compile(r"(?:s|es|ed|d|ing|er|ers|ly|'s|[a-z](?:ed|ing|er))?\b")  # planned: plan  # what may follow a glossary word in the same word
_IES_PLURAL = re.compile(r"(?<=[a-z])ies\b")  # counties -> county: a plural the glossary's prefix match misses


_NUMBER = re.compile(r"[\d.]+|[一二两三四五六七八九十百千万几]+")  # a number jieba cuts off its classifier (28 + 位)


@dataclass(frozen=True)
class ContentWords:
    known: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


def english_singular(text: str) -> str:
    """counties -> county: the plural a prefix match (districts -> district) misses."""
    return _IES_PLURAL.sub("y", text)


class WordFinder:
    def __init__(self, lexicon: Lexicon, genre: Genre, segmenter: Segmenter, stopwords: frozenset[str],
                 known_latin: set[str], grouped: frozenset[str] = frozenset()) -> None:
        self._segmenter = segmenter
        self._grouped = grouped  # the words of a synonym or equivalence group: things, no one's name (劳方, 资方)
        self._stop = stopwords
        self._known_latin = known_latin
        self._surnames = genre.surnames
        self._compound_surnames = genre.compound_surnames
        self._meeting_words = frozenset(genre.meeting_words)  # (公听会: 公 is a family name, the word a meeting's kind)
        counts, units = "|".join(map(re.escape, genre.count_words)), "|".join(map(re.escape, genre.units))
        self._count = re.compile(f"(?:{counts})(?:{units})")  # 几台, 多少辆: a count asked, no word of its own
        self._words_en = lexicon.words_en
        self._modal = frozenset(lexicon.modal_characters)  # (要 of 奖励金要出海: no end of a word, 金要)
        self._pointing = tuple(lexicon.demonstratives)
        self._thing_endings = tuple(lexicon.thing_endings)  # last characters of a thing's word, never of a name (奖, 会, 局)
        self._by_start: dict[str, list[str]] = {}  # the glossary's English words by their first two letters
        for en in lexicon.words_en:
            self._by_start.setdefault(en[:2], []).append(en)

    def _everyday(self, word: str) -> bool:
        """A word of jieba's dictionary that is no person's name (陈述, 毕业生; not 习近平, tagged nr)."""
        if not self._segmenter.is_common(word):
            return False
        return len(word) == 2 or not (self._segmenter.tag(word) or "").startswith("nr")

    def __call__(self, masked: str, marks: str, words: ReportWords) -> ContentWords:
        """Read from the question with its slots and cue words masked out (`marks`: the
        characters that stand for slots)."""
        known, unknown = self._content(masked, marks, words)
        names = [  # a name starts with a family name (消防通道 is no one)
            w for w in (*known, *unknown)
            if has_han(w) and 2 <= len(w) <= 4 and not self._everyday(w)
            and (w[0] in self._surnames or w[:2] in self._compound_surnames)
            and not (len(w) >= 3 and self._segmenter.is_common(w[:2]) and not any(w in n for n in (*words.vocab.names, *words.vocab.mentioned)))  # (充电难: 充电 + 难)
            and not (len(w) >= 3 and w.endswith(self._thing_endings))  # (师铎奖: an award, not 师 + 铎奖)
            and w not in self._grouped and w not in self._meeting_words
        ]  # (a two-character everyday word such as 陈述 is no name, nor 毕业生; 习近平 may be in the dictionary)
        for w in unknown:  # jieba may cut a surname off an unknown name: 钱 + 志远 (not 门 of 部门 + 去办)
            at = masked.find(w)
            if not names and len(w) == 2 and at > 0 and masked[at - 1] in self._surnames and masked[at - 1] in self._segmenter.cut(masked):
                names.append(masked[at - 1] + w)
        return ContentWords(tuple(known), tuple(unknown), tuple(names))

    def _content(self, masked: str, marks: str, words: ReportWords) -> tuple[list[str], list[str]]:
        known, unknown = [], []
        for word in self._grow(self._segmenter.cut(masked), words):
            word = word.strip()
            if not word or word in self._stop or any(ch in marks for ch in word) or self._count.fullmatch(word):
                continue
            if len(word) == 2 and word[0] in self._surnames and word[-1] in self._modal and not words.holds(word) and not self._segmenter.is_common(word):
                word = word[:-1]  # (金要 of 奖励金要出海, jieba's guess shaped like a name: 金, and a modal verb; not 储能)
            if len(word) >= 3 and word.startswith(self._pointing) and not words.holds(word) and (words.holds(word[1:]) or word[1:] in self._grouped):
                word = word[1:]  # (那建商 of 那建商有没有答应: 那 points at the developer, a word of a group)
            if has_han(word):
                if len(word) >= 2:
                    (known if words.holds(word) else unknown).append(word)
            elif _WORD.fullmatch(word) and len(word) > 2 and word not in self._known_latin:
                unknown.append(word)
        return known, unknown

    def _timely(self, token: str) -> bool:
        """A word of time or an adverb (后来, 已经): it goes with the verb after it, no part of a thing's name."""
        return len(token) >= 2 and (self._segmenter.tag(token) or "")[:1] in ("t", "d")

    def _grow(self, tokens: list[str], words: ReportWords) -> list[str]:
        """Join neighbouring tokens while the join is still a string of the article (习近+平+总书记)."""
        out: list[str] = []
        holds = words.holds
        counted = False  # the last token is the classifier of a number (28位): no start of a word (位院士 of 各位院士)
        for token in tokens:
            joinable = out and has_han(token) and has_han(out[-1]) and not {token, out[-1]} & self._stop and not counted
            counted = len(token) == 1 and bool(out) and _NUMBER.fullmatch(out[-1]) is not None
            if joinable and holds(out[-1] + token) and (holds(out[-1]) or len(out[-1]) == 1):
                out[-1] += token  # 习近+平+总书记, as the article writes it
            elif joinable and not holds(out[-1]) and (not holds(token) or len(token) == 1 or len(out[-1]) == 1) and not self._timely(token) and not self._timely(out[-1]):
                out[-1] += token  # 元+宇宙: a word the article does not know, kept whole (not 钱+后来: a word of time follows)
            else:
                out.append(token)
        return out

    def glossary(self, text: str, words: ReportWords) -> tuple[str, ...]:
        """The Chinese words for English words of the question (lending -> 贷款): of several
        (difficulties -> 困难, 难题, 难点), the first the report writes, else the usual one."""
        singular = english_singular(text)
        unhyphened = _HYPHEN.sub(" ", text)  # "river-chief assessment": the glossary's river chief (same length)
        spans = {  # each glossary word found, with where it stands
            (en, m.start(), m.start() + len(en)) for t in {text, singular, unhyphened} for m in _WORD_START.finditer(t)
            for en in self._by_start.get(t[m.start() : m.start() + 2], ())
            if t.startswith(en, m.start()) and _INFLECTED.match(t, m.start() + len(en))  # bus, buses; not business
        }
        if not spans:
            return ()
        # "skilled workers" -> 技工, not also skilled -> 技能 and workers -> 用工; "asked questions", not ask
        found = {
            en for en, a, b in spans
            if not any(f != en and a2 <= a and b <= b2 and b2 - a2 > b - a and _KEY_PARTS.search(f) for f, a2, b2 in spans)
        }
        chosen = (next((zh for zh in zhs if words.holds(zh)), zhs[0]) for en, zhs in self._words_en.items() if en in found)
        return tuple(dict.fromkeys(chosen))

    @staticmethod
    def english_names(raw: str) -> tuple[str, ...]:
        """Capitalised words after the first of an English question: a name (Did Xi Jinping attend?)."""
        return tuple(_CAPITALISED.findall(raw))


def _blank(word: str, at: int, inside: set[int], ignorable: frozenset[str] | None) -> str:
    """A word `ignore` found, blanked where it asks; with `ignorable` (when `ignore` finds every
    intent's cue words), only the pieces of it that `ignorable` holds, longest first."""
    if ignorable is None or word in ignorable:
        return word if len(word) == 1 and (at in inside or at + 1 in inside) else " "
    out, i = [], 0
    while i < len(word):
        size = next((n for n in range(len(word) - i, 0, -1) if word[i : i + n] in ignorable), 0)
        out.append(_blank(word[i : i + size], at + i, inside, None) if size else word[i])
        i += size or 1
    return "".join(out)


MAX_PIECE = 8  # characters at most of one piece of the question read against the report


def focus_terms(
    text: str, article: str, ignore: re.Pattern[str] | None, inside: set[int] = frozenset(), ignorable: frozenset[str] | None = None,
    particles: tuple[str, ...] = (), is_word: Callable[[str], bool] = lambda w: False,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Read a question against the report itself: the longest pieces (two characters or more)
    that the report contains, and the runs it does not ('签约额是多少' -> ['签约额'], []).
    `ignore` finds the words that ask rather than name (多少, 是, 吗…; those of `ignorable`, when
    given, among the words it finds), except where one would
    cut an everyday word in two (`inside`: the places inside one): 开 of 开工 stays; 多大 of
    建多大面积 goes, a word of two characters asks wherever it stands."""
    if ignore:
        text = ignore.sub(lambda m: _blank(m.group(), m.start(), inside, ignorable), text)
    found: list[str] = []
    missing: list[str] = []
    for run in _RUN.findall(text):
        i, loose = 0, ""
        while i < len(run):
            size = next((n for n in range(min(MAX_PIECE, len(run) - i), 1, -1) if run[i : i + n] in article), 0)
            if size == MAX_PIECE and run[i : i + size + 1] in article:  # a longer name cut where no word is cut in two
                # (女职工权益保护|专项集体合同, not 女职工权益保护专|项集体合同)
                size = next((n for n in range(size, 1, -1) if run[i : i + n] in article and not is_word(run[i + n - 1 : i + n + 1])), size)
            if size:
                found.append(run[i : i + size])
                if len(loose) >= 2:
                    missing.append(loose)
                loose, i = "", i + size
            else:
                loose, i = loose + run[i], i + 1
        if len(loose) >= 2:
            missing.append(loose)
    for word in list(missing):  # 老人 for 老年人, 民企 for 民营企业: the report's own longer word
        gap = "{0,4}?" if len(word) == 2 else "{0,2}?"  # 社零: 社会消费品零售 (the shortest: 投促局 is 投资促进局, not 投资促进局局)
        gap = "{0,1}?" if is_word(word) else gap  # (an everyday word, 下来, is no 下雨时谁来; 老人 is 老年人)
        gap = "[^，,。；;：:！？!? ]" + gap  # (never across a clause: 一次河 is no '次，鹭沙河')
        longer = re.search(gap.join(map(re.escape, word)), article) if len(word) <= 4 else None
        # (not 年来了多 for 年多; nor 人委员 for 人员, a character before a word of its own, 委员)
        if longer and not any(p in longer.group()[1:-1] for p in particles) and not is_word(longer.group()[1:]):
            missing.remove(word)
            found.append(longer.group())
    return tuple(found), tuple(missing)
