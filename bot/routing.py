"""Which meeting a question is about, when several are loaded: the one it names (its name,
kind, date, place, aliases), else the one whose people it names, else the current one."""

from __future__ import annotations

from functools import lru_cache

from .genre import Genre
from .vocabulary import Vocabulary, without_kinds

MAX_CHOICES = 6  # meetings offered in one "which meeting?" question

Score = tuple[int, int, int]  # (the meeting named, its people named, its words in the question)


@lru_cache(maxsize=256)
def _substrings(text: str) -> frozenset[str]:
    """Every run of 2–12 characters of a question (looked up against the names' pieces)."""
    return frozenset(
        text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + 12) + 1) if " " not in text[i:j]
    )


class Router:
    def __init__(self, genre: Genre) -> None:
        self._meeting_words = genre.meeting_words

    def asked(self, text: str) -> frozenset[str]:
        """The pieces of a question that may name a meeting (its kind words taken out)."""
        return _substrings(without_kinds(text, self._meeting_words))

    def score(
        self, vocab: Vocabulary, text: str, words: list[tuple[str, ...]], other: Vocabulary | None = None,
        asked: frozenset[str] | None = None,
    ) -> Score:
        """How strongly a normalised question names `vocab`'s meeting, compared as a tuple:
        (the meeting itself: name, kind, date, place, theme; its people; its words).

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
        coverage = sum(1 for alternatives in words if any(w in vocab.text for w in alternatives))
        return reference, people, coverage

    def route(
        self, vocabularies: dict[str, Vocabulary], text: str, words: list[tuple[str, ...]], current: str
    ) -> tuple[str, list[str], dict[str, Score]]:
        """(meeting id, [], scores) for the meeting a question is about, or (current,
        [candidates], scores) when it names several equally."""
        if len(vocabularies) == 1:
            return current, [], {current: (0, 0, 0)}
        here = vocabularies[current]
        asked = self.asked(text)
        scores = {mid: self.score(v, text, words, here, asked) for mid, v in vocabularies.items()}
        scores[current] = self.score(here, text, words, asked=asked)
        named = max(s[:2] for s in scores.values())  # the meeting or its people named
        if named == (0, 0) or scores[current][:2] >= named:
            return current, [], scores  # (a question only another report answers moves later)
        best = [mid for mid, s in scores.items() if s[:2] == named]
        if len(best) > 1:  # the words of the question may still tell them apart
            most = max(scores[mid][2] for mid in best)
            best = [mid for mid in best if scores[mid][2] == most]
        return (best[0], [], scores) if len(best) == 1 else (current, best[:MAX_CHOICES], scores)
