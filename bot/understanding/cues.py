"""Cue words: the intents' keywords (weight 1) and hints (weight 0.4) a question holds, also
keywords misspelt by sound (强掉 for 强调)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..intents import Knowledge
from ..scripts import is_han
from .matching import alternation, asks_which, by_sound, sounds_like

HINT_WEIGHT = 0.4  # a hint counts this much of a keyword


@dataclass(frozen=True)
class CueHits:
    weights: dict[str, float] = field(default_factory=dict)  # intent -> summed weight
    keyword_hits: dict[str, int] = field(default_factory=dict)  # intent -> keywords found
    spans: tuple[tuple[int, int], ...] = ()


def _said(terms: tuple[str, ...], spoken: dict[str, tuple[str, ...]]) -> list[str]:
    """The terms, and each as it is also said (什么态度 as 啥态度) where the intent lists no such term itself (not the
    asking word alone: 什么 itself is no 啥)."""
    said = dict.fromkeys(terms)
    for term in terms:
        for written, forms in spoken.items():
            said.update(dict.fromkeys(term.replace(written, form) for form in forms if written in term and term != written))
    return list(said)


class CueFinder:
    def __init__(self, knowledge: Knowledge, stopwords: frozenset[str]) -> None:
        self.owner: dict[str, list[tuple[str, float]]] = {}
        spoken = knowledge.lexicon.spoken_forms
        written = {t for i in knowledge.intents for t in i.keywords}  # (a spoken form is read as written, never by sound: 啥任 is no 啥人)
        for intent in knowledge.intents:
            for terms, weight in ((intent.keywords, 1.0), (intent.hints, HINT_WEIGHT)):
                for term in _said(terms, spoken):
                    self.owner.setdefault(term, []).append((intent.name, weight))
        self._pattern = alternation(self.owner)
        self._by_sound = by_sound(t for t, owners in self.owner.items() if t in written and any(w == 1.0 for _, w in owners))
        self._stop = stopwords

    def phrase_spans(self, text: str) -> list[tuple[int, int]]:
        """Where an intent's English keyword of several words stands in the text ("who signed"): a topic's word inside
        it ("signed", of the projects topic's signing) is the cue's, not a subject."""
        if not self._pattern:
            return []
        return [m.span() for m in self._pattern.finditer(text) if " " in m.group() and m.group().isascii()
                and any(w == 1.0 for _, w in self.owner[m.group()])]

    def __call__(self, masked: str, is_word, inside: set[int] | None = None, verbs: set[int] | None = None) -> CueHits:  # noqa: ANN001
        """The cue words of a masked question; `inside` are positions inside everyday words (a
        Chinese cue that starts there, like 在哪 in 存在哪些, is no cue), `verbs` inside everyday verbs (no cue by sound
        starts there: 道会 of 知道会上 is no 到会; but 参家 of 那些人参家了 is 参加, 人参 being jieba's guess)."""
        weights: dict[str, float] = {}
        hits: dict[str, int] = {}
        spans: list[tuple[int, int]] = []

        def count(term: str) -> None:
            for name, weight in self.owner[term]:
                weights[name] = weights.get(name, 0.0) + weight
                hits[name] = hits.get(name, 0) + (weight == 1.0)

        if self._pattern:
            for m in self._pattern.finditer(masked):
                if inside and m.start() in inside and is_han(m.group()[0]):
                    continue
                if asks_which(masked, m.start(), m.group()):
                    spans.append(m.span())  # an asking word (哪几个), but no cue for a count
                    continue
                spans.append(m.span())
                count(m.group())
        for start, end, term in sounds_like(masked, self._by_sound, spans, is_word, self._stop, verbs):
            spans.append((start, end))
            count(term)
        return CueHits(weights, {k: v for k, v in hits.items() if v}, tuple(spans))
