"""The genre's vocabulary (bot/genre.yaml), loaded once and compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Genre:
    mojibake: tuple[tuple[str, str], ...]
    furniture: tuple[re.Pattern[str], ...]
    bylines: tuple[re.Pattern[str], ...]
    titles: tuple[str, ...]
    actions: dict[str, tuple[str, ...]]
    name_stops: tuple[str, ...]
    statement_verbs: tuple[str, ...]
    back_references: tuple[str, ...]
    meeting_words: tuple[str, ...]
    generic_meeting_words: frozenset[str]
    held_verbs: tuple[str, ...]
    theme_markers: tuple[re.Pattern[str], ...]
    group_words: tuple[str, ...]
    group_verbs: tuple[str, ...]
    research_markers: tuple[str, ...]
    relative_dates: tuple[str, ...]
    units: tuple[str, ...]
    unit_kinds: dict[str, tuple[str, ...]]
    unit_questions: dict[str, tuple[str, ...]]


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def load_genre() -> Genre:
    """Read bot/genre.yaml (once per process)."""
    data = yaml.safe_load(resources.files("bot").joinpath("genre.yaml").read_text("utf-8"))
    clean, ex = data["cleaning"], data["extraction"]
    return Genre(
        mojibake=tuple(sorted(clean["mojibake"].items(), key=lambda kv: -len(kv[0]))),
        furniture=tuple(re.compile(p) for p in clean["furniture"]),
        bylines=tuple(re.compile(p) for p in clean["bylines"]),
        titles=_longest_first(ex["titles"]),
        actions={k: tuple(v) for k, v in sorted(ex["actions"].items(), key=lambda kv: -len(kv[0]))},
        name_stops=_longest_first(ex["name_stops"]),
        statement_verbs=_longest_first(ex["statement_verbs"]),
        back_references=_longest_first(ex["back_references"]),
        meeting_words=_longest_first(ex["meeting_words"]),
        generic_meeting_words=frozenset(ex["generic_meeting_words"]),
        held_verbs=_longest_first(ex["held_verbs"]),
        theme_markers=tuple(re.compile(p) for p in ex["theme_markers"]),
        group_words=_longest_first(ex["group_words"]),
        group_verbs=_longest_first(ex["group_verbs"]),
        research_markers=tuple(ex["research_markers"]),
        relative_dates=_longest_first(ex["relative_dates"]),
        units=_longest_first(ex["units"]),
        unit_kinds={k: tuple(v) for k, v in ex["unit_kinds"].items()},
        unit_questions={k: tuple(v) for k, v in ex["unit_questions"].items()},
    )
