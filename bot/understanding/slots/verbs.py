"""The report's verbs a question names: 通报, 强调, 介绍 … (also as English verbs)."""

from __future__ import annotations

from ...genre import Genre
from ...intents import Lexicon


class VerbFinder:
    def __init__(self, lexicon: Lexicon, genre: Genre) -> None:
        self._zh = tuple(dict.fromkeys((*genre.statement_verbs, *genre.actions)))
        english = {**lexicon.actions_en, **lexicon.verbs_en}
        # an English verb is read by its whole name or its first word's stem ("pointed out",
        # "point"); "said" is too general to name a verb
        self._en = [(zh, en.lower(), en.split()[0][:5].lower()) for zh, en in english.items() if en != "said"]

    def __call__(self, text: str, en: bool) -> tuple[str, ...]:
        """The verbs named, the one nearest the question word 谁 first ("谁回应了委员的提问":
        回应, then 提问), else in the order written."""
        who = text.find("谁")
        place = lambda v: abs(text.find(v) - who) if who >= 0 else text.find(v)  # noqa: E731
        found = sorted((v for v in self._zh if v in text), key=place)
        if en:
            found += [zh for zh, name, stem in self._en if name in text or (len(stem) >= 4 and stem in text)]
        return tuple(dict.fromkeys(found))
