"""Held-out reports: measured, not required to pass in full (see tests/holdout/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.evaluate import evaluate, load_cases

HOLDOUT = Path(__file__).resolve().parent / "holdout"
FLOOR = 0.70  # each held-out report; measured 0.79–0.94 when this was written


@pytest.mark.parametrize("questions", sorted(HOLDOUT.glob("*.questions.yaml")), ids=lambda p: p.stem)
def test_held_out_report_stays_above_the_floor(questions: Path) -> None:
    article = questions.with_name(questions.name.replace(".questions.yaml", ".txt"))
    results = evaluate(Engine.load([article]), load_cases(questions))
    accuracy = sum(r.passed for r in results) / len(results)
    assert accuracy >= FLOOR, [(r.question, r.problems) for r in results if not r.passed]


def test_held_out_reports_are_there() -> None:
    assert len(list(HOLDOUT.glob("*.questions.yaml"))) >= 3
