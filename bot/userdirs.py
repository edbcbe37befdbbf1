"""Where the bot keeps things of its own on the user's machine.

- data (console history, Telegram conversations): ``$XDG_DATA_HOME/meeting-bot``, else
  ``~/.local/share/meeting-bot``; kept between runs.
- cache (jieba's trimmed dictionary, extracted facts): ``$MEETING_BOT_CACHE``, else
  ``~/.cache/meeting-bot``; safe to delete at any time, rebuilt when needed.
"""

from __future__ import annotations

import os
from pathlib import Path

from .segment import _cache_dir

APP = "meeting-bot"


def data_dir(create: bool = True) -> Path:
    """The user's data folder for the bot (created on first use when `create`)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    path = Path(base) / APP
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def cache_dir() -> Path:
    """The bot's cache folder (the one bot/segment.py already uses for jieba)."""
    return _cache_dir()
