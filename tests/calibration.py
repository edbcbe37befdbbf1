"""Calibrate the reading path: confidence bucket -> accuracy, over every question set.

    python -m tests.calibration [--threshold 0.8]

For each case whose intent gives no answer (no intent fits, or its composer refuses), the
reading path's proposal is scored: a right answer (the case's `must` strings, answered as
expected) or wrong. Cases the report cannot answer (`answered: false`) count as right when
the reading path's confidence stays below the threshold. The table guides READING_THRESHOLD
in bot/arbitration.py.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from bot import answers
from bot.engine import Engine
from bot.evaluate import check
from bot.models import Reply
from bot.scripts import render

ROOT = Path(__file__).resolve().parent.parent
BUCKETS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def question_sets(extra: list[str]) -> Iterator[tuple[list[Path], list[dict[str, Any]]]]:
    yield sorted((ROOT / "seeds").glob("*.txt")), yaml.safe_load((ROOT / "tests/eval/dev_questions.yaml").read_text())["cases"]
    for folder in ("reports", "holdout"):
        for q in sorted((ROOT / "tests" / folder).glob("*.questions.yaml")):
            article = q.with_name(q.name.replace(".questions.yaml", ".txt"))
            yield [article], yaml.safe_load(q.read_text(encoding="utf-8"))["cases"]
    for blind in sorted((ROOT / "tests" / "blind").glob("*.yaml")):  # the blind sets: `article:` + cases
        data = yaml.safe_load(blind.read_text(encoding="utf-8"))
        yield [ROOT / data["article"]], data["cases"]
    for folder in extra:  # more folders of NAME.txt + NAME.questions.yaml
        for q in sorted(Path(folder).glob("*.questions.yaml")):
            article = q.with_name(q.name.replace(".questions.yaml", ".txt"))
            yield [article], yaml.safe_load(q.read_text(encoding="utf-8"))["cases"]


def proposals(engine: Engine, case: dict[str, Any], key: object) -> tuple[Any, Any, Any] | None:
    """(parse, the intent's composed answer or None, the reading) for the case's last turn."""
    turns = case.get("turns") or [case["q"]]
    for turn in turns[:-1]:
        engine.ask(str(turn), conversation=key)
    conv = engine.conversations.get(key)
    text = engine.understanding.normalise(str(turns[-1]))
    meeting = engine.meeting(conv.context.meeting)
    parse = engine.understanding.read(text, meeting.words, conv.context)
    req = answers.Request(parse.question, parse.intent, meeting.facts, engine.knowledge, engine.genre, text.script)
    composed = answers.compose(req) if parse.intent else None
    reading = engine.reader.read(req, engine.index(meeting))
    return parse, composed, reading


def main(argv: list[str]) -> int:
    rows: list[tuple[float, bool, bool]] = []  # (confidence, reading right, case answerable)
    for articles, cases in question_sets([a for a in argv if not a.startswith("-")]):
        engine = Engine.load(articles)
        for i, case in enumerate(cases):
            parse, composed, reading = proposals(engine, case, ("calibration", i))
            if composed is not None and composed.answered:
                continue
            reply = Reply(render(reading.composed.text, parse.question.script), reading.composed.answered)
            answerable = case.get("answered", True)
            right = not check(replace_answered(case), reply) if answerable else False
            rows.append((reading.confidence, right, answerable))
            if "-v" in argv and reading.confidence >= 0.7 and not right:
                q = case.get("q") or " → ".join(case["turns"])
                print(f"  ✗ {reading.confidence:.2f} {'answerable' if answerable else 'UNANSWERABLE'} {q} :: {reading.composed.text[:100]!r}")
    print(f"{'confidence':<12}{'cases':>6}{'answerable':>12}{'right':>7}{'accuracy if answered':>22}")
    for low, high in zip(BUCKETS, BUCKETS[1:], strict=False):
        inside = [r for r in rows if low <= r[0] < high]
        if not inside:
            continue
        right = sum(r[1] for r in inside)
        answerable = sum(r[2] for r in inside)
        print(f"{low:.1f}–{min(high, 1.0):.1f}    {len(inside):>6}{answerable:>12}{right:>7}{right / len(inside):>21.0%}")
    print(f"\n{'threshold':<10}{'answered':>9}{'right':>7}{'wrong':>7}{'refused, answerable':>21}{'refused, right':>16}")
    for threshold in (0.6, 0.65, 0.7, 0.71, 0.75, 0.8, 0.85, 0.9):
        used = [r for r in rows if r[0] >= threshold]
        refused = [r for r in rows if r[0] < threshold]
        right = sum(r[1] for r in used)
        print(f"{threshold:<10}{len(used):>9}{right:>7}{len(used) - right:>7}{sum(r[2] for r in refused):>21}"
              f"{sum(not r[2] for r in refused):>16}")
    return 0


def replace_answered(case: dict[str, Any]) -> dict[str, Any]:
    return {**case, "answered": True}


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
