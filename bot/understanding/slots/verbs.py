"""The report's verbs a question names: 通报, 强调, 介绍 … (also as English verbs)."""

from __future__ import annotations

import re

from ...genre import Genre
from ...intents import Lexicon
from ...scripts import is_han

_NEAR = "[^，。？！,?!]{0,8}"  # within a clause, a few characters apart


def _stem(word: str) -> str:
    """The first five letters of an English verb without its ending ("signed": sign, "chaired": chair)."""
    return re.sub(r"(?:ed|ing)$", "", word)[:5]


class VerbFinder:
    def __init__(self, lexicon: Lexicon, genre: Genre) -> None:
        self._zh = tuple(dict.fromkeys((*genre.statement_verbs, *genre.actions)))
        # an act of two verbs the question parts ("见证了二期项目签约", "签约是谁见证的": 见证签约)
        self._two = tuple(v for v in genre.actions if len(v) == 4 and is_han(v))
        self._frames = tuple(re.compile(p) for p in lexicon.event_frames)
        english = {**lexicon.actions_en, **lexicon.verbs_en}
        # an English verb is read by its whole name or its first word's stem ("pointed out",
        # "point"); "said" is too general to name a verb
        self._en = [(zh, en.lower(), _stem(en.split()[0].lower())) for zh, en in english.items() if en != "said"]

    def __call__(self, text: str, en: bool) -> tuple[str, ...]:
        """The verbs named, the one nearest the question word 谁 first ("谁回应了委员的提问":
        回应, then 提问), else in the order written."""
        for frame in self._frames:  # "在授牌后说了什么": 授牌 is when, not what anyone asked did
            text = frame.sub(lambda m: "，" * len(m.group()), text)
        who = text.find("谁")
        at = lambda v: text.find(v) if v in text else text.find(v[:2])  # noqa: E731
        place = lambda v: abs(at(v) - who) if who >= 0 else at(v)  # noqa: E731
        parted = [
            v for v in self._two
            if v[:2] in text and v[2:] in text and v not in text and re.search(f"{v[:2]}{_NEAR}{v[2:]}|{v[2:]}{_NEAR}{v[:2]}", text)
        ]
        within = {v[2:] for v in parted}  # (签约 of 见证…签约 is the witnessing's, not a signing asked of)
        named = [v for v in (*self._zh, *parted) if (v in text or v in parted) and v not in within]
        # (签约 of 见证签约 is the witnessing's too)
        found = sorted((v for v in named if not any(v != w and v in w and text.count(v) == text.count(w) for w in named)), key=place)
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


def received(text: str, people: tuple[str, ...], markers: tuple[str, ...]) -> tuple[str, ...]:
    """The people a question names as whom an act was done to ("禤静宜为逄嘉禾授牌了吗": 逄嘉禾), not as doers."""
    return tuple(n for n in people if any(f"{m}{n}" in text for m in markers))
