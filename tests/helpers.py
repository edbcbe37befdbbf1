"""Shared test helpers: project paths, engines loaded once per process, fresh conversation keys.

Engine.load() reads the reports and prepares jieba (about a second), so every test module
asks `shared_engine()` for the one engine of the seeds/ folder instead of building its own.
Conversations are kept apart by giving every test its own key (`new_key()`).
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from pathlib import Path
from typing import Any

from bot import Engine
from bot.scripts import HANT, to_simplified

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_7fee04f60953f204.txt"
INTENTS = ROOT / "intents"
REPORTS = ROOT / "tests" / "reports"
DEV_SET = ROOT / "tests" / "eval" / "dev_questions.yaml"

_keys = itertools.count()


@cache
def shared_engine() -> Engine:
    """The engine over seeds/ (the real intents), built once per test process."""
    return Engine.load()


@cache
def report_engine(path: Path) -> Engine:
    """An engine over one report of tests/reports/, built once per test process."""
    return Engine.load([path])


def new_key(label: str = "test") -> tuple[str, int]:
    """A conversation key no other test uses."""
    return (label, next(_keys))


def squash(text: str) -> str:
    """Simplified, without whitespace: how answers are compared with expected strings."""
    return re.sub(r"\s+", "", to_simplified(text))


def report_paths() -> list[Path]:
    """Every invented report of tests/reports/ (the .txt files), in name order."""
    return sorted(REPORTS.glob("*.txt"))


def case_problems(case: dict[str, Any], answer: str, answered: bool) -> list[str]:
    """What is wrong with an answer for a question-set case (the rules of dev_questions.yaml,
    written out independently of bot.evaluate.check): must, must_not, answered, script."""
    raw = re.sub(r"\s+", "", answer)
    hant = case.get("script") == HANT

    def norm(s: str) -> str:
        s = re.sub(r"\s+", "", s)
        return s if hant else to_simplified(s)

    text = norm(raw)
    found = []
    if answered != case.get("answered", True):
        found.append(f"answered is {answered}")
    for entry in case.get("must") or []:
        options = entry if isinstance(entry, list) else [entry]
        if not any(norm(o) in text for o in options):
            found.append(f"missing {options}")
    for entry in case.get("must_not") or []:
        if norm(entry) in text:
            found.append(f"contains {entry}")
    if hant and re.search(r"[\u4e00-\u9fff]", raw) and to_simplified(raw) == raw:
        found.append("not in Traditional characters")
    return found
