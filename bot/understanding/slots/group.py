"""The group a question asks about (企业家, 委员, 企业代表 …) other than officials."""

from __future__ import annotations

import re

from ...genre import Genre
from ...intents import Lexicon
from ...scripts import HAN_CLASS
from ..report_words import ReportWords


class GroupFinder:
    def __init__(self, lexicon: Lexicon, genre: Genre) -> None:
        self._outside = genre.outside_groups
        self._meeting_words = genre.meeting_words
        self._guests = genre.guest_words
        self._groups_en = lexicon.groups_en
        self._acting = re.compile("|".join(lexicon.acting_for)) if lexicon.acting_for else None

    def __call__(self, text: str, en: bool, words: ReportWords) -> str | None:
        named = [g for g in words.vocab.groups if any(o in g for o in self._outside)]
        candidates = [*named, *self._outside]
        if self._acting:  # 谁代表部队发言: who acts for a body, no group of 代表
            text = self._acting.sub(" ", text)
        for kind in self._meeting_words:  # 协商会 is a meeting, not a 商会
            if kind in text:
                text = text.replace(kind, " ")
        found = next((w for w in sorted(candidates, key=len, reverse=True) if w in text), None)
        if found:  # 企业代表: both words together name the group
            both = re.search(rf"[{HAN_CLASS}]{{0,4}}{re.escape(found)}[{HAN_CLASS}]{{0,4}}", text)
            parts = [w for w in self._outside if both and w in both.group()]
            parts = [w for w in parts if not any(w != o and w in o for o in parts)]  # 企业 of 企业家
            found = "".join(sorted(parts, key=lambda w: both.group().index(w))) if len(parts) > 1 else found
        if found in self._guests and found not in words.vocab.text:  # "嘉宾 名单" of a report that calls no one so
            return None
        if found is None and en:
            found = next(
                (zh for e, zh in self._groups_en.items() if re.search(rf"\b{re.escape(e)}\b", text)), None
            )
        return found
