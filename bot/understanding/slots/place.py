"""The place a question names (also in pinyin), and the place as it asks it (广州市政府)."""

from __future__ import annotations

import re

from ...intents import Lexicon
from ...scripts import HAN_CLASS
from ..matching import Spans
from ..report_words import ReportWords

_EN_PLACE = re.compile(r"\b(?:held|take place|took place|hosted)\s+(?:at|in)\s+(?:the\s+)?([a-z][\w' -]*?)\s*[?.!]*$", re.IGNORECASE)


class PlaceFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        ends = "|".join(map(re.escape, lexicon.place_ends))
        self._ends = f"(?:{ends}|$)" if ends else "$"

    def __call__(self, text: str, spans: Spans, words: ReportWords) -> tuple[str | None, str | None]:
        """(the place, the place as asked with what the question adds to it)."""
        place = None
        if words.places:
            m = next((m for m in words.places.finditer(text) if spans.free(*m.span())), None)
            if m:
                place = m.group()
                spans.take(*m.span(), "place")
        if place is None and words.place_pinyin and re.search(r"[a-z]{3}", text):  # Guangzhou
            m = words.place_pinyin.search(text)
            if m and spans.free(*m.span()):
                place = words.place_of[m.group()]
                spans.take(*m.span(), "place")
        if place is None:  # "held at the city hall": the asker's words, for the answer to say
            m = _EN_PLACE.search(text)
            return None, (m.group(1) if m else None)
        more = re.search(re.escape(place) + rf"([{HAN_CLASS}]*?){self._ends}", text)
        return place, place + (more.group(1) if more else "")
