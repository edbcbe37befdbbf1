"""Small mechanisms the understanding steps share: alternations, spans and sound-alikes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .. import pinyin
from ..scripts import is_han

_LATIN_EDGE = re.compile(r"^[a-z0-9]|[a-z0-9]$")
# A word is matched by its characters' usual readings (行 of 银行 is háng, its second), never by
# the rare ones (家 read jie would make 几届 a misspelt 几家).
COMMON_READINGS = 2


def alternation(terms: Iterable[str]) -> re.Pattern[str] | None:
    """One regex that finds the longest of `terms` at each place, Latin terms on word edges.
    The terms are laid out as a trie (一带一路|一流 -> 一(?:带一路|流)), so a place is tried
    character by character rather than term by term: fast with thousands of terms."""
    trie: dict[str, dict] = {}
    for term in set(terms):
        if term:
            node = trie
            for ch in term:
                node = node.setdefault(ch, {})
            node[_END] = {}
    return re.compile(_branches(trie, first=True)) if trie else None


@lru_cache(maxsize=128)
def shared_alternation(terms: frozenset[str]) -> re.Pattern[str] | None:
    """`alternation`, built once per process for a set of terms every meeting asks for alike
    (the words each intent leaves out of a question): compiling one costs ≈ 15 ms."""
    return alternation(terms)


_END = ""  # the key that marks where a term ends in the trie


def _branches(node: dict[str, dict], first: bool = False) -> str:
    parts = []
    for ch in sorted(k for k in node if k != _END):
        esc = re.escape(ch)
        if first and _LATIN_EDGE.search(ch):
            esc = r"(?<![a-z])" + esc
        child = node[ch]
        # a plural still names it: vice governors
        stop = r"(?=(?:s|es)?(?![a-z]))" if _LATIN_EDGE.search(ch) else ""
        if len(child) == 1 and _END in child:
            parts.append(esc + stop)
        elif _END in child:
            parts.append(f"{esc}(?:{_branches(child)}|{stop})")  # the longer term tried first
        else:
            parts.append(f"{esc}(?:{_branches(child)})")
    return "|".join(parts)


@dataclass
class Spans:
    """The parts of a question the steps have read so far, each with the slot it filled."""

    taken: list[tuple[int, int, str]] = field(default_factory=list)

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in self.taken)

    def take(self, start: int, end: int, slot: str) -> None:
        self.taken.append((start, end, slot))

    def of(self, slot: str) -> list[tuple[int, int]]:
        return [(s, e) for s, e, k in self.taken if k == slot]


def asks_which(text: str, at: int, word: str) -> bool:
    """A count word after 哪 asks which ones, not how many (哪几位, 哪几家: no 几位, 几家 there)."""
    return word.startswith("几") and text[at - 1 : at] == "哪"


def by_sound(terms: Iterable[str]) -> dict[str, str]:
    """Two- to four-character Han terms by each usual reading ('qiang diao' -> 强调)."""
    out: dict[str, str] = {}
    for term in terms:
        if 2 <= len(term) <= 4 and is_han(term[0]):
            for sound in pinyin.sounds(term, readings=COMMON_READINGS):
                out.setdefault(sound, term)
    return out


def homophone(window: str, sounds: dict[str, str]) -> str | None:
    """The term of `sounds` that `window`, as usually read, sounds like, when one or more of its
    characters is the term's own (强掉 for 强调; never 次是 for 措施, which shares none: a typo
    keeps the characters the writer got right)."""
    for sound in pinyin.sounds(window, readings=1):
        term = sounds.get(sound)
        if term and term != window and any(a == b for a, b in zip(window, term, strict=False)):
            return term
    return None


def sounds_like(
    text: str,
    sounds: dict[str, str],
    taken: Iterable[tuple[int, int]],
    is_word: Callable[[str], bool],
    stopwords: frozenset[str],
    inside: set[int] | None = None,
) -> list[tuple[int, int, str]]:
    """Terms of `sounds` written with a wrong character of the same sound (强掉 for 强调),
    where the window is not a real word (`is_word`: of the report or of everyday Chinese) and does
    not start or end inside one (`inside`: 道会 of 知道会上 is no 到会)."""
    held = [False] * len(text)  # the places a slot or an earlier find has taken
    for s, e, *_ in taken:
        held[s:e] = [True] * (e - s)
    found: list[tuple[int, int, str]] = []
    han = [is_han(c) for c in text]
    for size in (4, 3, 2):
        for start in range(len(text) - size + 1):
            end = start + size
            if not all(han[start:end]) or any(held[start:end]) or (inside and (start in inside or end in inside)):
                continue
            window = text[start:end]
            term = homophone(window, sounds)  # as usually read, against every reading of the term
            if not term:
                continue
            if is_word(window) or all(c in stopwords for c in window):  # 是吗 is no misspelt 什么
                continue
            found.append((start, end, term))
            held[start:end] = [True] * size
    return found
