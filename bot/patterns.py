"""Text patterns the fact readers share: clause marks (Han characters are in bot/scripts.py,
dates in bot/dates.py)."""

from __future__ import annotations

import re

from .scripts import HAN_CLASS as HAN

CLAUSE = re.compile(r"[，；：]")

__all__ = ["CLAUSE", "HAN"]
