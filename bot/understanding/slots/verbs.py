"""The report's verbs a question names: 通报, 强调, 介绍 … (also as English verbs)."""

from __future__ import annotations

import re

from ...genre import Genre
from ...intents import Lexicon


def _stem(word: str) -> str:
    """The first five letters of an English verb without its ending ("signed": sign, "chaired": chair)."""
    return re.sub(r"(?:ed|ing)$", "", word)[:5]


class VerbFinder:
    def __init__(self, lexicon: Lexicon, genre: Genre) -> None:
        self._zh = tuple(dict.fromkeys((*genre.statement_verbs, *genre.actions)))
        english = {**lexicon.actions_en, **lexicon.verbs_en}
        # an English verb is read by its whole name or its first word's stem ("pointed out",
        # "point"); "said" is too general to name a verb
        self._en = [(zh, en.lower(), _stem(en.split()[0].lower())) for zh, en in english.items() if en != "said"]

    def __call__(self, text: str, en: bool) -> tuple[str, ...]:
        """The verbs named, the one nearest the question word 谁 first ("谁回应了委员的提问":
        回应, then 提问), else in the order written."""
        who = text.find("谁")
        place = lambda v: abs(text.find(v) - who) if who >= 0 else text.find(v)  # noqa: E731
        found = sorted((v for v in self._zh if v in text), key=place)
        if en:
            found += [zh for zh, name, stem in self._en if name in text or (len(stem) >= 4 and stem in text)]
        return tuple(dict.fromkeys(found))


def paired(text: str, people: tuple[str, ...], parts: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each person a question names with the part at the meeting said right after them, before the
    next person ("赫连长青讲话、令狐振华主持的吧": 赫连长青 讲话, 令狐振华 主持); only when at least two
    people are given different parts (a premise of who did which, to check pair by pair)."""
    at = sorted((text.find(n), n) for n in people if n in text)
    if len(at) < 2:
        return ()
    pairs = []
    for (start, name), (end, _) in zip(at, [*at[1:], (len(text), "")], strict=True):
        span = text[start + len(name) : end]
        found = sorted((span.find(v), -len(v), v) for v in parts if v in span)
        if found:
            pairs.append((name, found[0][2]))
    return tuple(pairs) if len(pairs) >= 2 and len({v for _, v in pairs}) >= 2 else ()
