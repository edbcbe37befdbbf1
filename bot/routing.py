"""Which meeting a question is about, when several are loaded: the one it names (its name,
kind, date, place, aliases), else the one whose people it names, else the current one.

The keys that name a meeting are indexed once (key → meetings), so a question is scored only
against the meetings one of its own substrings names; which reports hold a question's words is
looked up per word and remembered. Time per question then grows with the meetings a question
names, not with the meetings loaded.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .genre import Genre
from .vocabulary import Vocabulary, without_kinds

MAX_CHOICES = 6  # meetings offered in one "which meeting?" question
MAX_ELSEWHERE = 3  # reports that answer what the current one cannot, offered when several do
MAX_KEY = 12  # longest key looked up among a question's substrings; longer ones are tried one by one
HOLDERS_KEPT = 50_000  # words whose holding reports are remembered before the memory starts afresh

Score = tuple[int, int]  # (the meeting named, its people named)
Words = list[tuple[str, ...]]  # a question's content words, each with its alternatives


@lru_cache(maxsize=256)
def _substrings(text: str) -> frozenset[str]:
    """Every run of 2–12 characters of a question (looked up against the names' pieces)."""
    return frozenset(
        text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + MAX_KEY) + 1) if " " not in text[i:j]
    )


def _keys(vocab: Vocabulary) -> set[str]:
    """Every string whose presence in a question can make `vocab`'s meeting score above zero."""
    return {k for k in (vocab.date, *vocab.places[:1], *vocab.aliases, *vocab.kinds, *vocab.names) if k} | vocab.name_pieces | vocab.theme_pieces


class Router:
    def __init__(self, genre: Genre, vocabularies: dict[str, Vocabulary]) -> None:
        self._meeting_words = genre.meeting_words
        self._vocabularies = vocabularies
        self._short: dict[str, set[str]] = {}  # key -> meetings it may name
        self._long: list[tuple[str, str]] = []  # (key, meeting) for keys a substring cannot be
        for mid, vocab in vocabularies.items():
            for key in _keys(vocab):
                if len(key) <= MAX_KEY and " " not in key:
                    self._short.setdefault(key, set()).add(mid)
                else:
                    self._long.append((key, mid))
        self._holders: dict[str, frozenset[str]] = {}
        self._order = {mid: i for i, mid in enumerate(vocabularies)}  # ties go to the first loaded

    def asked(self, text: str) -> frozenset[str]:
        """The pieces of a question that may name a meeting (its kind words taken out)."""
        return _substrings(without_kinds(text, self._meeting_words))

    def named(self, text: str) -> list[str]:
        """The meetings one of the question's substrings may name (the only ones worth scoring)."""
        found = {mid for key in _substrings(text) & self._short.keys() for mid in self._short[key]}
        found |= {mid for key, mid in self._long if key in text}
        return sorted(found, key=self._order.__getitem__)

    def score(
        self, vocab: Vocabulary, text: str, other: Vocabulary | None = None, asked: frozenset[str] | None = None
    ) -> Score:
        """How strongly a normalised question names `vocab`'s meeting, compared as a tuple:
        (the meeting itself: name, kind, date, place, theme; its people).

        With `other` (the conversation's current meeting), what `other` also has does not
        count: it cannot tell the two meetings apart.
        """
        known = other.text if other else ""

        def new(word: str) -> bool:
            return bool(word) and word in text and word not in known

        reference = 2 * sum(1 for value in (vocab.date, *vocab.places[:1]) if new(value))
        reference += 3 * sum(1 for alias in vocab.aliases if alias in text)
        kinds = [k for k in vocab.kinds if k in text]
        if any(not (other and other.meeting.endswith(k)) for k in kinds):  # 推进会 vs 座谈会
            reference += 1
        asked = self.asked(text) if asked is None else asked  # the same for every meeting: read once per route
        for pieces, weight in ((vocab.name_pieces, 2), (vocab.theme_pieces, 1)):
            if any(piece not in known for piece in asked & pieces):  # 外贸 of 鹤洲市稳外贸促发展企业座谈会
                reference += weight
        people = sum(1 for name in vocab.names if new(name))
        return reference, people

    def holders(self, word: str) -> frozenset[str]:
        """The meetings whose report text holds `word` (looked up once per word)."""
        found = self._holders.get(word)
        if found is None:
            if len(self._holders) >= HOLDERS_KEPT:
                self._holders.clear()
            found = self._holders[word] = frozenset(mid for mid, v in self._vocabularies.items() if word in v.text)
        return found

    def coverage(self, words: Words) -> Counter[str]:
        """For each meeting, how many of the question's words (any alternative) its report holds."""
        counts: Counter[str] = Counter()
        for alternatives in words:
            counts.update(frozenset().union(*(self.holders(w) for w in alternatives)))
        return counts

    def route(self, text: str, words: Words, current: str) -> tuple[str, list[str], dict[str, Score]]:
        """(meeting id, [], named) for the meeting a question is about, or (current,
        [candidates], named) when it names several equally; `named` holds the (meeting, people)
        part of the score of every meeting the question names at all."""
        if len(self._vocabularies) == 1:
            return current, [], {}
        here = self._vocabularies[current]
        asked = self.asked(text)
        scores = {mid: self.score(self._vocabularies[mid], text, here, asked) for mid in self.named(text) if mid != current}
        scores[current] = self.score(here, text, asked=asked)
        scores = {mid: s for mid, s in scores.items() if s > (0, 0) or mid == current}
        named = max(scores.values())  # the meeting or its people named
        if named == (0, 0) or scores[current] >= named:
            return current, [], scores  # (a question only another report answers moves later)
        best = [mid for mid, s in scores.items() if s == named]
        if len(best) > 1:  # the words of the question may still tell them apart
            counts = self.coverage(words)
            most = max(counts[mid] for mid in best)
            best = [mid for mid in best if counts[mid] == most]
        return (best[0], [], scores) if len(best) == 1 else (current, best[:MAX_CHOICES], scores)

    def richer(self, words: Words, meeting: str, named: dict[str, Score]) -> list[str]:
        """The other meetings worth asking when `meeting` cannot answer: those the question names,
        and those whose report holds more of its words than `meeting`'s; the likeliest first."""
        counts = self.coverage(words)
        mine = counts[meeting]
        more = [mid for mid in self._vocabularies if mid != meeting and (counts[mid] > mine or named.get(mid, (0, 0)) > (0, 0))]
        return sorted(more, key=lambda mid: (named.get(mid, (0, 0)), counts[mid]), reverse=True)
