"""The date a question names (7月12日, 8月, 10号, July 12, the 12th) and the times of day it
takes for granted (上午)."""

from __future__ import annotations

from ...dates import Date, DateReader, Kind
from ..matching import Spans


class DateFinder:
    def __init__(self, reader: DateReader, times_of_day: tuple[str, ...]) -> None:
        self._reader = reader
        self._times = times_of_day

    def __call__(self, text: str, spans: Spans) -> tuple[Date | None, tuple[str, ...]]:
        times = tuple(w for w in self._times if w in text)
        found = self._reader.first(text, Kind.ANY & ~Kind.RELATIVE)
        if found is None or not spans.free(found.start, found.end):
            return None, times
        spans.take(found.start, found.end, "date")
        return found.date, times
