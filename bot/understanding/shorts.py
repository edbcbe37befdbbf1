"""Short forms (缩略语): Chinese shortens a compound to the first character of each of its words
(营业收入 → 营收, 民营企业 → 民企, 可行性研究报告 → 可研报告, 起飞降落 → 起降). A question may
shorten what the report writes in full, or write in full what the report shortens; either way
the question's word, which the report never writes, stands for the report's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from ..scripts import HAN_CLASS

MIN_WORD = 2  # a word a short form takes a character from has two characters or more
MAX_WORD = 4  # …and is looked up in the dictionary to this length
MAX_LONG = 8  # the longest full form looked for
MAX_SHORT = 4  # the longest short form looked for
_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")


def _starts_word(long: str, at: int, is_word: Callable[[str], bool]) -> bool:
    return any(is_word(long[at : at + k]) for k in range(MIN_WORD, MAX_WORD + 1) if at + k <= len(long))


def abbreviates(short: str, long: str, is_word: Callable[[str], bool]) -> bool:
    """Whether `short` is `long` shortened: its first character begins `long`, and each next one either
    goes on in the same word or begins a later word; the last word it starts runs to the end of `long`
    (营收 of 营业收入, 可研报告 of 可行性研究报告; not 学生 of 学校卫生, nor 收 of 营业收入 alone)."""
    if not (MIN_WORD <= len(short) and len(short) + 2 <= len(long) <= MAX_LONG) or short[0] != long[0]:
        return False
    if not _starts_word(long, 0, is_word):
        return False

    def place(i: int, at: int, start: int) -> bool:  # short[i] after long[at]; `start`: where the last word began
        if i == len(short):
            return start > 0 and is_word(long[start:])  # (a jump was made, and its word ends `long`)
        if at + 1 < len(long) and long[at + 1] == short[i] and place(i + 1, at + 1, start):
            return True  # goes on in the same word (报告 of 可研报告)
        return any(
            long[q] == short[i] and _starts_word(long, q, is_word) and place(i + 1, q, q)
            for q in range(at + 2, len(long))
        )

    return place(1, 0, 0)


class ShortForms:
    """The short and full forms one report writes, found for a question's words it does not."""

    def __init__(self, text: str, words: Iterable[str], is_word: Callable[[str], bool]) -> None:
        self._text = text
        self._words = frozenset(words)  # the report's own words (jieba's cut of its text)
        self._is_word = is_word
        self._runs = _HAN_RUN.findall(text)

    def full_form(self, short: str) -> str | None:
        """The report's full form of a short form it never writes itself (营收: 营业收入), the one it
        writes most often."""
        if not MIN_WORD <= len(short) <= MAX_SHORT or short in self._text:
            return None
        found: Counter[str] = Counter()
        for run in self._runs:
            for at in (i for i, ch in enumerate(run) if ch == short[0]):
                for end in range(at + len(short) + 2, min(len(run), at + MAX_LONG) + 1):
                    if abbreviates(short, run[at:end], self._is_word):
                        found[run[at:end]] += 1
                        break  # (the shortest full form from here)
        return found.most_common(1)[0][0] if found else None

    def short_form(self, long: str) -> str | None:
        """The report's short form of a full form it never writes itself (起飞降落: 起降), one of its
        own words, the one it writes most often."""
        if not len(long) >= MIN_WORD + 2 or long in self._text:
            return None
        found: Counter[str] = Counter()
        for run in self._runs:
            for at in (i for i, ch in enumerate(run) if ch == long[0]):
                for n in range(MIN_WORD, min(MAX_SHORT, len(long) - 2) + 1):
                    short = run[at : at + n]
                    if len(short) == n and short in self._words and abbreviates(short, long, self._is_word):
                        found[short] += 1
        return found.most_common(1)[0][0] if found else None
