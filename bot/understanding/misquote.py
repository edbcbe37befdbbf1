"""Misquotes: words the asker puts in quotation marks that the report writes a little otherwise
(“政产学研金用” for its “政产学研用金”, 「青年会」 for 青年部, “市场强、技术弱” for 技术强、市场弱). The
question is read with the report's words, and the answer says which they are: one character
changed, or the same characters in another order, where the report holds exactly one such string
that starts and ends where its words do (not 青年座 of 青年座谈会)."""

from __future__ import annotations

import re
from collections import Counter

from ..segment import Segmenter
from .report_words import ReportWords

QUOTED_WORDS = re.compile(r"“[^“”]{2,40}”|「[^「」]{2,40}」")  # words a message quotes, in quotation marks (they ask nothing)
_QUOTED = re.compile(r"[“\"「『‘']([^“”\"「」『』‘’']{3,24})[”\"」』’']")
MIN_REORDERED = 4  # the same characters in another order: of four or more (not 会议 for 议会)
CHARS_PER_SLIP = 6  # characters of a quote for each one it may have changed (one of a short quote, two of twelve)


def quoted_words(text: str) -> list[str]:
    """What a question puts in quotation marks (“…”, 「…」)."""
    return [m.group(1) for m in _QUOTED.finditer(text)]


def _changed(asked: str, window: str) -> bool:
    """One character changed (two of a long quote), or the same characters in another order."""
    if asked == window:
        return False
    if 1 <= sum(a != b for a, b in zip(asked, window, strict=True)) <= max(1, len(asked) // CHARS_PER_SLIP):
        return True  # (two of fourteen: “企业出题、政府立项、协同解题” for 企业出题、政府立题、协同破题)
    return len(asked) >= MIN_REORDERED and Counter(asked) == Counter(window)


def _marks_apart(asked: str, written: str) -> bool:
    """Whether the two differ in more than the width of a punctuation mark (, for ，)."""
    return any(a != b and (a.isalnum() or b.isalnum()) for a, b in zip(asked, written, strict=False)) or len(asked) != len(written)


class Misquotes:
    def __init__(self, segmenter: Segmenter) -> None:
        self._segmenter = segmenter
        self._edges: dict[int, tuple[str, frozenset[int], frozenset[int]]] = {}

    def _report(self, words: ReportWords) -> tuple[str, frozenset[int], frozenset[int]]:
        """The report's text and where its words start and end, cut once per meeting."""
        key = id(words)
        if key not in self._edges:
            text = words.vocab.text
            starts, ends, at = set(), set(), 0
            for token in self._segmenter.cut(text):
                at = text.find(token, at)
                starts.add(at)
                ends.add(at + len(token))
                at += len(token)
            self._edges[key] = (text, frozenset(starts), frozenset(ends))
        return self._edges[key]

    def __call__(self, text: str, words: ReportWords) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The text with each misquote read as the report writes it, and the (asked, written) pairs."""
        found = []
        for m in _QUOTED.finditer(text):
            asked = m.group(1)
            written = self._written(asked, words)
            if written:
                found.append((asked, written))
        for asked, written in found:
            text = text.replace(asked, written)
        # (a comma written half-width, as the question's cleaning writes every mark, is no misquote: read, not noted)
        return text, tuple((a, w) for a, w in found if _marks_apart(a, w))

    def _written(self, asked: str, words: ReportWords) -> str | None:
        report, starts, ends = self._report(words)
        n = len(asked)
        whole = [i for i in range(len(report) - n + 1) if i in starts and i + n in ends]
        if any(report[i : i + n] == asked for i in whole):
            return None  # as the report writes it
        near = {report[i : i + n] for i in whole if _changed(asked, report[i : i + n])}
        return near.pop() if len(near) == 1 else None
