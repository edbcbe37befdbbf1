"""Homophone repair: a word of the question that is no word at all, written with characters
that sound like a word of the report, is read as that word (税手 -> 税收, 难提 -> 难题,
书计 -> 书记). Names are left to the person finder, everyday words are never touched."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .. import pinyin
from ..scripts import has_han, is_han
from ..segment import Segmenter
from .matching import COMMON_READINGS, homophone
from .report_words import ReportWords
from .shorts import ShortForms


def _cuts_held(text: str, start: int, end: int, words: ReportWords) -> bool:
    """Whether a window's edge falls inside a string of the report (委来 cuts 发展改革委)."""
    for edge in (start, end):
        for a in range(max(0, edge - 6), edge):
            for b in range(edge + 1, min(len(text), edge + 6) + 1):
                if b - a >= 2 and words.holds(text[a:b]):
                    return True
    return False


def _qualifier(role: str, titles: tuple[str, ...]) -> str:
    """A role without its title (崁顶 of 崁顶村长), the longest title taken off."""
    title = max((t for t in titles if role.endswith(t)), key=len, default="")
    return role[: len(role) - len(title)]


_FUZZY_MARK = "~"  # the key of a reading said loosely


def _fuzzy_homophone(window: str, sounds: dict[str, str]) -> str | None:
    """改照 for 改造: the term the window sounds like when zh/z, ch/c, sh/s are not told apart; one character the same."""
    for sound in pinyin.sounds(window, readings=1):
        term = sounds.get(_FUZZY_MARK + pinyin.fuzzy(sound))
        if term and term != window and any(a == b for a, b in zip(window, term, strict=False)):
            return term
    return None


_PINYIN_RUN = re.compile(r"[A-Za-z]+(?:[ '-][A-Za-z]+){0,3}")  # (naixin ziben, tanglou, jianshizhang)
MOST_SYLLABLES = 5
MIN_ONE_OFF = 3  # the shortest word a typo of one character is read as (two characters off by one are too many words)


@dataclass
class _Cut:
    """jieba's cut of a question, by place: inside an everyday or report word (no repair cuts it), inside a word of the
    report's own that is no everyday one (to where it ends), in a piece that is no word (淡会), and the everyday words by
    where they begin (培训 of 培训完: said on purpose)."""

    inside: set[int]
    spans: dict[int, int]
    odd: set[int]
    plain: dict[int, str]


class Repairer:
    def __init__(
        self, segmenter: Segmenter, stopwords: frozenset[str], particles: tuple[str, ...], extra_words: list[str],
        shorts: Callable[[ReportWords], ShortForms] | None = None, asking: tuple[str, ...] = (), modals: tuple[str, ...] = (),
    ) -> None:
        self._segmenter = segmenter
        self._shorts = shorts  # a short form of the report's words (可研 of 可行性研究) is no misspelling
        self._stop_chars = frozenset(particles)
        self._stop_words = tuple(w for w in stopwords if len(w) > 1 and is_han(w))
        self._stop_set = frozenset(self._stop_words)  # (那件 of 那件事 is never cut: no 件事 -> 监事)
        extra = [w for w in extra_words if 2 <= len(w) <= 4 and is_han(w)]
        self._known = frozenset(extra)  # (提意见, a word of the knowledge's, is never cut in two: no 提议 + 见)
        self._extra = extra
        self._modals = frozenset(modals)  # 会 of 会涨: may or will, before a verb of one character
        self._asking = frozenset(asking)  # characters that ask (叫啥, 哪天): no repair gives a word of them
        self._maps: dict[int, dict[str, str]] = {}
        self._shapes: dict[int, dict[str, set[str]]] = {}
        self._cuts: dict[int, list[str]] = {}

    @staticmethod
    def _spelt(run: str, words: ReportWords) -> str:
        """Pinyin typed in a Chinese question for a word the asker could not type ("naixin ziben是啥": 耐心资本): the
        report's run of characters said so; else the pinyin as typed. Names are the person finder's."""
        count = pinyin.syllable_count(run)
        if count is None or not 2 <= count <= MOST_SYLLABLES or run.lower() in words.pinyin_of:
            return run
        found = next((w for size in (count, count + 1) if (w := pinyin.said_in(words.vocab.text, run, size))), None)
        return found if found and found not in words.vocab.names else run

    def _report_cut(self, words: ReportWords) -> list[str]:
        """jieba's cut of the report, made once per meeting (for its sounds and its shapes)."""
        key = id(words)
        if key not in self._cuts:
            self._cuts[key] = self._segmenter.cut(words.vocab.text)
        return self._cuts[key]

    def _sounds(self, words: ReportWords) -> dict[str, str]:
        """The report's own words (and the knowledge's) by each usual reading, built once per meeting."""
        key = id(words)
        if key not in self._maps:
            names = set(words.vocab.names)
            report = {w for w in self._report_cut(words) if 2 <= len(w) <= 4 and is_han(w)}
            # (崁顶 of the role 崁顶村长, which the report's cut never gives alone: 砍顶排水 is 崁顶排水)
            titles = words.genre.titles
            report |= {b for r in words.vocab.roles if r.endswith(titles) for b in [_qualifier(r, titles)] if 2 <= len(b) <= 4 and is_han(b)}
            report |= {p for p in words.vocab.places if 2 <= len(p) <= 4 and is_han(p)}
            sounds: dict[str, str] = {}
            for word in self._extra + sorted(report - names):  # the knowledge's words first: 主提 is 主题
                for sound in pinyin.sounds(word, readings=COMMON_READINGS):
                    sounds.setdefault(sound, word)
            for sound, word in list(sounds.items()):  # …and as said without zh/z, ch/c, sh/s told apart (a second choice)
                sounds.setdefault(_FUZZY_MARK + pinyin.fuzzy(sound), word)
            self._maps[key] = sounds
        return self._maps[key]

    def __call__(self, text: str, words: ReportWords) -> str:
        if not has_han(text):
            return text  # an English question has nothing to repair
        text = _PINYIN_RUN.sub(lambda m: self._spelt(m.group(), words), text)
        cut = self._cut(text, words)
        han = [is_han(c) for c in text]
        out, i = [], 0
        while i < len(text):
            for size in (4, 3, 2):
                window = text[i : i + size]
                if len(window) < size or i + size in cut.inside or not all(han[i : i + size]):
                    continue
                word = self._repaired(window, i, words, cut)
                if word and self._misspelt(window, words, word):
                    repaired = text[:i] + word + text[i + size :]
                    # 秘书张 -> 秘书长 keeps 省政府秘书长 whole; 委来 -> 未来 would cut 发展改革委
                    cuts = _cuts_held(text, i, i + size, words) and not _cuts_held(repaired, i, i + size, words)
                    if len(word) == size and not cuts:
                        out.append(word)
                        i += size
                        break
            else:
                out.append(text[i])
                i += 1
        return "".join(out)

    def _repaired(self, window: str, at: int, words: ReportWords, cut: _Cut) -> str | None:
        """The report's word a window sounds or looks like, if any may stand there."""
        sounds = self._sounds(words)
        word = homophone(window, sounds) or _fuzzy_homophone(window, sounds) or self._one_off(window, words, at, cut)
        if at in cut.inside and not (word and at in cut.spans and at + len(window) > cut.spans[at] and words.holds(word)):
            return None  # (乡贤座 + 淡会, jieba's cut of a typo: the report's 座谈会 across it)
        if word and any(c in self._asking for c in word):
            return None  # (哪天 stays 哪天, and 交啥 is no 叫啥: a repair names, never asks)
        return word

    def _cut(self, text: str, words: ReportWords) -> _Cut:
        """Where jieba's cut of the question puts everyday words and the report's, and pieces that are no word."""
        cut, at = _Cut(set(), {}, set(), {}), 0
        for token in self._segmenter.cut(text):  # a repair never cuts an everyday word or the report's in two (but a typo jieba
            # glued to the report's own word, 乡贤座 + 淡会, is read across it: spans)
            at = text.find(token, at)
            common = self._segmenter.is_common(token)
            known = common or words.holds(token) or token in self._known or token in self._stop_set
            if len(token) > 1 and known and not (len(set(token)) == 1 and _cuts_held(text, at, at + len(token), words)):
                cut.inside.update(range(at + 1, at + len(token)))  # (not 局局 of 经信局局张: jieba's doubling, across 经信局)
                if words.holds(token) and not common:
                    cut.spans.update((k, at + len(token)) for k in range(at + 1, at + len(token)))
            elif len(token) > 1 and is_han(token):
                cut.odd.update(range(at, at + len(token)))  # (淡会 of 乡贤座淡会: no word of anyone's)
            if common:
                cut.plain[at] = token
            at += len(token)
        return cut

    def _one_off(self, window: str, words: ReportWords, at: int, cut: _Cut) -> str | None:
        """座淡会 for 座谈会: a window of three or four characters that is one character off the one word of the report's (no
        name) it could be, that character not its first, and inside a piece jieba cut that is no word at all (淡会): a typo of
        the eye, not of the ear. Not where the pieces are words (培训完 is 培训 + 完, said on purpose: no 培训班)."""
        if len(window) < MIN_ONE_OFF:
            return None
        key = id(words)
        if key not in self._shapes:
            names = set(words.vocab.names)
            shapes: dict[str, set[str]] = {}
            common = self._segmenter.is_common  # (a word of the dictionary: not 东主则, a piece jieba cut of the report)
            for w in {w for w in self._report_cut(words) if MIN_ONE_OFF <= len(w) <= 4 and is_han(w) and w not in names and common(w)}:
                for k in range(1, len(w)):
                    shapes.setdefault(w[:k] + "?" + w[k + 1 :], set()).add(w)
            self._shapes[key] = shapes
        found = {(k, w) for k in range(1, len(window)) for w in self._shapes[key].get(window[:k] + "?" + window[k + 1 :], ())}
        if len(found) != 1:
            return None
        k, word = found.pop()
        return word if at + k in cut.odd and cut.plain.get(at) != window[:k] else None

    def _misspelt(self, window: str, words: ReportWords, word: str = "") -> bool:
        """A window that no one would write on purpose: Han, not the report's, not everyday
        Chinese, not made of asking words; one with a particle in it only where it is said with the very tones of the
        word it sounds like (被案 for 备案, both bèi àn; not 是第 for 实地, shì dì and shí dì)."""
        if not is_han(window) or words.holds(window) or self._segmenter.is_common(window) or window in self._known:
            return False  # (亏钱, a word of the knowledge's, is no misspelt 缺钱)
        if len(window) == 2 and window[0] in self._modals and self._segmenter.tag(window[1]) == "v":
            return False  # 会涨 (will go up) is said on purpose: no 会长
        particles = sum(c in self._stop_chars for c in window)  # (one at most, beside a character that is none: not 的是 for 的士)
        # (…and the report's own word: not 的士 of the knowledge for 的事)
        if particles and not (particles == 1 and word and words.holds(word) and pinyin.toned(window) == pinyin.toned(word) is not None):
            return False
        if self._shorts and self._shorts(words).full_form(window):
            return False
        return not any(w in window for w in self._stop_words)
