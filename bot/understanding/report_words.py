"""What one report lets a question name: its people (also in pinyin), roles and places,
compiled once per meeting from its Vocabulary."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from re import Pattern

from .. import pinyin
from ..genre import Genre
from ..vocabulary import Vocabulary, pinyin_forms
from .matching import alternation


@dataclass(frozen=True)
class ReportWords:
    vocab: Vocabulary
    genre: Genre

    @cached_property
    def names(self) -> Pattern[str] | None:
        return alternation(self.vocab.names)

    @cached_property
    def pinyin_of(self) -> dict[str, str]:
        return pinyin_forms((*self.vocab.names, *self.vocab.mentioned), self.genre)  # (Wei Bingkun: 韦秉坤, named in passing)

    @cached_property
    def pinyin_names(self) -> Pattern[str] | None:
        return alternation(self.pinyin_of)

    @cached_property
    def roles(self) -> Pattern[str] | None:
        # All the genre's titles take part, so that 书记 is not found inside 总书记.
        return alternation([*self.vocab.roles, *self.genre.titles])

    @cached_property
    def places(self) -> Pattern[str] | None:
        return alternation(self.vocab.places)

    @cached_property
    def place_of(self) -> dict[str, str]:
        return {"".join(sy): p for p in self.vocab.places if len(p) >= 2 and (sy := pinyin.syllables(p))}

    @cached_property
    def place_pinyin(self) -> Pattern[str] | None:
        return alternation(self.place_of)

    @cached_property
    def _lower(self) -> str:
        return self.vocab.text.lower()

    def holds(self, word: str) -> bool:
        """Whether the report's text holds `word` (a Latin word in any case: kinetica of Kinetica Labs)."""
        return word in self.vocab.text or (word.isascii() and word.lower() in self._lower)
