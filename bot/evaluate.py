"""Score a question set (the format of the dev set) against the engine, like an NLU test report."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .engine import Engine
from .errors import BotError
from .models import Reply
from .scripts import HANT, has_han, to_simplified


@dataclass
class CaseResult:
    case: dict[str, Any]
    reply: Reply
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems

    @property
    def question(self) -> str:
        return self.case.get("q") or " → ".join(self.case.get("turns", []))


def load_cases(path: Path) -> list[dict[str, Any]]:
    """Read a question set; raise BotError with the file's name when it is malformed."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise BotError(f"Cannot read the question set {path}: {exc}") from exc
    cases = data.get("cases") if isinstance(data, dict) else None
    if not isinstance(cases, list) or not all(
        isinstance(c, dict) and ("q" in c or "turns" in c) for c in cases
    ):
        raise BotError(
            f"{path}: expected 'cases:' with a list of entries that have 'q' or 'turns'."
        )
    return cases


def _squash(text: str) -> str:
    """Without spaces, and of one width: the report's '１２．６％' is the reply's '12.6%'."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def check(case: dict[str, Any], reply: Reply) -> list[str]:
    """What is wrong with `reply` for `case` (empty when it passes)."""
    raw = _squash(reply.text)
    text = to_simplified(raw)  # (compared in Simplified: a must string may be written in either script)
    problems = []
    expect_answered = case.get("answered", True)
    if bool(reply.answered) != bool(expect_answered):
        problems.append(f"answered={reply.answered}, expected {expect_answered}")
    for entry in case.get("must", []) or []:
        options = entry if isinstance(entry, list) else [entry]
        wanted = [_squash(to_simplified(o)) for o in options]
        if not any(w in text for w in wanted):
            problems.append(f"missing {' | '.join(options)}")
    for entry in case.get("must_not", []) or []:
        bad = _squash(to_simplified(entry))
        if bad in text:
            problems.append(f"must not contain {entry}")
    if (
        case.get("script") == HANT
        and to_simplified(raw) == raw
        and has_han(raw)
    ):
        problems.append("reply is not in Traditional characters")
    return problems


def run_case(engine: Engine, case: dict[str, Any], key: object) -> CaseResult:
    turns = case.get("turns") or [case["q"]]
    reply = None
    for turn in turns:
        reply = engine.ask(str(turn), conversation=key)
    assert reply is not None
    return CaseResult(case, reply, check(case, reply))


def evaluate(engine: Engine, cases: list[dict[str, Any]]) -> list[CaseResult]:
    return [run_case(engine, case, ("eval", id(cases), i)) for i, case in enumerate(cases)]


def report(results: list[CaseResult]) -> str:
    """Failures first, then accuracy per intent and overall."""
    lines: list[str] = []
    failures = [r for r in results if not r.passed]
    if failures:
        lines.append(f"Failures ({len(failures)}):")
        for r in failures:
            lines.append(
                f"  ✗ {r.question}  [intent={r.reply.intent}, confidence={r.reply.confidence:.2f}]"
            )
            for p in r.problems:
                lines.append(f"      - {p}")
            lines.append("      answer: " + r.reply.text.replace("\n", " / ")[:200])
        lines.append("")
    per_intent: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        per_intent[r.reply.intent or "(fallback)"].append(r.passed)
    lines.append(f"{'intent':<16} {'cases':>5} {'passed':>6} {'accuracy':>8}")
    for intent in sorted(per_intent):
        oks = per_intent[intent]
        lines.append(f"{intent:<16} {len(oks):>5} {sum(oks):>6} {sum(oks) / len(oks):>8.1%}")
    passed = sum(r.passed for r in results)
    lines.append(f"Accuracy: {passed}/{len(results)} = {passed / max(1, len(results)):.1%}")
    return "\n".join(lines)
