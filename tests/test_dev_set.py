"""The public dev set (tests/eval/dev_questions.yaml): in-process through bot.evaluate, and
through the real `python -m bot ask --json` command reading the questions on standard input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from helpers import DEV_SET, ROOT, case_problems, new_key, shared_engine

from bot.evaluate import check, load_cases, run_case
from bot.models import Reply
from bot.scripts import to_simplified

CASES = load_cases(DEV_SET)
IDS = [c.get("q") or " → ".join(c["turns"]) for c in CASES]
RECORD_KEYS = {"question", "answer", "answered", "intent", "tried_intent", "confidence", "evidence"}


def test_the_dev_set_is_well_formed() -> None:
    assert len(CASES) >= 30
    for case in CASES:
        assert ("q" in case) != ("turns" in case), case
        assert set(case) <= {"q", "turns", "must", "must_not", "answered", "script"}, case
        assert case.get("answered", True) or not case.get("must"), case


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_dev_case_in_process(case: dict[str, Any]) -> None:
    result = run_case(shared_engine(), case, new_key("dev"))
    assert result.passed, f"{result.problems}; answer: {result.reply.text[:200]}"
    assert not case_problems(case, result.reply.text, result.reply.answered)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_evaluate_check_agrees_with_the_written_rules(case: dict[str, Any]) -> None:
    # A correct reply passes bot.evaluate.check and a reply that breaks the case fails it.
    reply = run_case(shared_engine(), case, new_key("dev")).reply
    assert bool(check(case, reply)) == bool(case_problems(case, reply.text, reply.answered))
    wrong = Reply(text="无关的回答 unrelated", answered=not case.get("answered", True))
    assert check(case, wrong), "a wrong reply must fail the case"


# --- the real command line -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli_records() -> list[list[dict[str, Any]]]:
    """Every case through `python -m bot ask --json`: one conversation per case, blank line between."""
    lines: list[str] = []
    for case in CASES:
        lines.extend(case.get("turns") or [case["q"]])
        lines.append("")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    grouped, at = [], 0
    for case in CASES:
        n = len(case.get("turns") or [case["q"]])
        grouped.append(records[at : at + n])
        at += n
    assert at == len(records), "one JSON line per question"
    return grouped


def test_cli_prints_one_well_formed_json_line_per_question(
    cli_records: list[list[dict[str, Any]]],
) -> None:
    for case, records in zip(CASES, cli_records, strict=True):
        assert [r["question"] for r in records] == (case.get("turns") or [case["q"]])
        for record in records:
            assert set(record) == RECORD_KEYS
            assert isinstance(record["answer"], str) and record["answer"].strip()
            assert isinstance(record["answered"], bool)
            assert record["intent"] is None or isinstance(record["intent"], str)
            assert isinstance(record["confidence"], int | float) and 0 <= record["confidence"] <= 1
            for evidence in record["evidence"]:
                assert set(evidence) == {"paragraph", "sentence", "text"}
                assert evidence["paragraph"] >= 1 and evidence["sentence"] >= 1 and evidence["text"]


@pytest.mark.parametrize("index", range(len(CASES)), ids=IDS)
def test_dev_case_through_cli(cli_records: list[list[dict[str, Any]]], index: int) -> None:
    case, last = CASES[index], cli_records[index][-1]
    found = case_problems(case, last["answer"], last["answered"])
    assert not found, f"{found}; answer: {last['answer'][:200]}"


def test_cli_evidence_is_the_article_text(cli_records: list[list[dict[str, Any]]]) -> None:
    sentences = {
        (s.paragraph, s.index): s.text for s in shared_engine().meeting().facts.article.sentences
    }
    cited = 0
    for records in cli_records:
        for record in records:
            for e in record["evidence"]:
                assert to_simplified(e["text"]) == sentences[(e["paragraph"], e["sentence"])]
                cited += 1
    assert cited > len(CASES)  # most answers cite something


def test_cli_conversations_follow_blank_lines(cli_records: list[list[dict[str, Any]]]) -> None:
    # The turns case "王伟中是谁？ → 他强调了什么？" resolves 他 only inside its own conversation.
    index = next(i for i, c in enumerate(CASES) if c.get("turns", [None])[0] == "王伟中是谁？")
    assert "王伟中" in cli_records[index][-1]["answer"]
