"""The place a question names (also in pinyin), and the place as it asks it (广州市政府)."""

from __future__ import annotations

import re

from ...dates import MONTHS_EN
from ...intents import Lexicon
from ...scripts import HAN_CLASS
from ..matching import Spans
from ..report_words import ReportWords

_EN_PLACE = re.compile(r"\b(?:held|take place|took place|hosted)\s+(?:at|in)\s+(?:the\s+)?([a-z][\w' -]*?)\s*[?.!]*$", re.IGNORECASE)


# Words "held in …" may end with that say when, not where ("Was the meeting held in July?")
_TIMES_EN = frozenset(m.lower() for m in MONTHS_EN) | {"spring", "summer", "autumn", "fall", "winter", "the morning", "the afternoon",
                                                      "the evening", "morning", "afternoon", "evening"}


_HELD_BEFORE = re.compile(r"(?:(?<![关现对位存至])(?:在|于)|\b(?:in|at))\s*$", re.IGNORECASE)  # 在深圳…, held in Shenzhen (not 关于)
_PARTICLES = ("的", "吗", "呢")  # (place ends that do not hold a meeting there)
_OF_A_NOUN = re.compile(rf"的[{HAN_CLASS}]")  # "在广州的企业家…": who, not where the meeting met
_LIVING_IN = re.compile(r"(?:住|家|生活|工作|定居|落户)在\s*$")  # "住在广州的委员…"


class PlaceFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        ends = "|".join(map(re.escape, lexicon.place_ends))
        self._ends = f"(?:{ends}|$)" if ends else "$"
        self._held_verbs = "(?:" + "|".join(re.escape(e) for e in lexicon.place_ends if e not in _PARTICLES) + ")"

    def __call__(self, text: str, spans: Spans, words: ReportWords) -> tuple[str | None, str | None, bool]:
        """(the place, the place as asked with what the question adds to it, whether the question
        sets the meeting there: 在深圳召开的…, …held in Shenzhen; not 深圳跟这个会有啥关系)."""
        m = None
        if words.places:
            m = next((m for m in words.places.finditer(text) if spans.free(*m.span())), None)
            place = m.group() if m else None
        if m is None and words.place_pinyin and re.search(r"[a-z]{3}", text):  # Guangzhou
            m = words.place_pinyin.search(text)
            m = m if m and spans.free(*m.span()) else None
            place = words.place_of[m.group()] if m else None
        if m is None or place is None:  # "held at the city hall": the asker's words, for the answer to say
            found = _EN_PLACE.search(text)
            asked = found.group(1) if found and found.group(1).strip().lower() not in _TIMES_EN else None  # ("held in July": a time)
            return None, asked, False
        if _HELD_BEFORE.search(text[: m.start()]) and (_OF_A_NOUN.match(text[m.end() :]) or _LIVING_IN.search(text[: m.start()])):
            return None, None, False  # "住在广州的委员…", "在广州的企业家…": who they are, no place of the meeting
        spans.take(*m.span(), "place")
        more = re.search(re.escape(place) + rf"([{HAN_CLASS}]*?){self._ends}", text)
        held = bool(_HELD_BEFORE.search(text[: m.start()]) or re.match(rf"[{HAN_CLASS}]{{0,3}}?{self._held_verbs}", text[m.end() :]))
        return place, place + (more.group(1) if more else ""), held
