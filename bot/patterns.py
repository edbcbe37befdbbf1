"""Text patterns the fact readers share: Han characters, clause marks and dates."""

from __future__ import annotations

import re

from .genre import Genre

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"


CLAUSE = re.compile(r"[，；：]")


def date_patterns(genre: Genre) -> tuple[re.Pattern[str], ...]:
    """A full date, a bare day (28日) and a relative date, each with a time of day if one follows."""
    part = f"(?:{'|'.join(genre.day_parts)})?"
    relative = "|".join(genre.relative_dates)
    return (
        re.compile(rf"(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}(?:日|号){part}"),
        re.compile(rf"(?<![\d月])\d{{1,2}}日{part}"),
        re.compile(rf"(?:{relative}){part}"),
    )
