"""Short forms (缩略语): Chinese shortens a compound to the first character of each of its words
(营业收入 → 营收, 民营企业 → 民企, 可行性研究报告 → 可研报告, 起飞降落 → 起降). A question may
shorten what the report writes in full, or write in full what the report shortens; either way
the question's word, which the report never writes, stands for the report's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

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
    """The short and full forms one report writes, found for a question's words it does not. A full form is
    one to three of the report's own words in a row (营业+收入, 可行性研究), never a span across others (可以再研究)."""

    def __init__(self, words: list[str], is_word: Callable[[str], bool], is_plain: Callable[[str], bool]) -> None:
        self._is_word = is_word
        self._is_plain = is_plain  # an everyday word of the dictionary (工人, 中小): no short form of another
        han = [w if _HAN_RUN.fullmatch(w) else "" for w in words]
        runs: Counter[str] = Counter()
        for i in range(len(han)):
            for n in (1, 2, 3):
                parts = han[i : i + n]
                if len(parts) == n and all(len(p) >= MIN_WORD for p in parts) and len(long := "".join(parts)) <= MAX_LONG:
                    runs[long] += 1
        self._runs = runs  # the report's runs of words, by how often it writes them
        self._words = Counter(w for w in han if w)

    def full_form(self, short: str) -> str | None:
        """The report's full form of a short form it never writes itself (营收: 营业收入), the one it writes
        most often; none for an everyday word (工人 is no 工商人士)."""
        if not MIN_WORD <= len(short) <= MAX_SHORT or short in self._words or self._is_plain(short):
            return None
        found = [(n, long) for long, n in self._runs.items() if long[0] == short[0] and abbreviates(short, long, self._is_word)]
        return max(found)[1] if found else None

    def short_form(self, long: str) -> str | None:
        """The report's short form of a full form it never writes itself (起飞降落: 起降), one of its own
        words, the one it writes most often."""
        if len(long) < MIN_WORD + 2 or long in self._runs:
            return None
        found = [(n, short) for short, n in self._words.items() if short[0] == long[0] and abbreviates(short, long, self._is_word)]
        return max(found)[1] if found else None
