"""The paraphrase suite: a fact of a report asked in at least five ways (colloquial, formal,
Traditional or Cantonese, English, with a typo, with everyday words), all answered with it.

tests/paraphrases/paraphrases.yaml was written blind (by someone who had not read the code):
72 facts of the seed and six invented reports, six phrasings each. Its first run scored
321/432. Phrasings still answered wrongly are listed in tests/paraphrases/gaps.yaml and run as
strict xfails, so that one that starts passing is noticed and moved back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import REPORTS, SEED, case_problems, new_key, report_engine

FOLDER = Path(__file__).resolve().parent / "paraphrases"
MIN_FACTS = 40  # facts answered with the fact in at least five phrasings (the issue asks ≥ 40)


def _facts() -> list[dict[str, Any]]:
    return yaml.safe_load((FOLDER / "paraphrases.yaml").read_text(encoding="utf-8"))["facts"]


GAPS = set(yaml.safe_load((FOLDER / "gaps.yaml").read_text(encoding="utf-8"))["questions"])
FACTS = _facts()


def _article(name: str) -> Path:
    return SEED if name == "seed" else REPORTS / f"{name}.txt"


def _cases() -> list[Any]:
    out = []
    for i, fact in enumerate(FACTS):
        for phrasing in fact["questions"]:
            marks = [pytest.mark.xfail(strict=True, reason="known gap")] if phrasing["q"] in GAPS else []
            out.append(pytest.param(fact, phrasing["q"], marks=marks, id=f"{i}-{phrasing['style']}-{phrasing['q'][:24]}"))
    return out


def _problems(fact: dict[str, Any], question: str) -> list[str]:
    engine = report_engine(_article(fact["article"]))
    reply = engine.ask(question, conversation=new_key("paraphrase"))
    return case_problems({"must": fact["must"]}, reply.text, reply.answered)


@pytest.mark.parametrize(("fact", "question"), _cases())
def test_every_phrasing_is_answered_with_its_fact(fact: dict[str, Any], question: str) -> None:
    assert _problems(fact, question) == []


def test_the_suite_is_large_enough_and_mostly_answered_in_full() -> None:
    assert len(FACTS) >= 40 and all(len(f["questions"]) >= 5 for f in FACTS)
    styles = {p["style"] for f in FACTS for p in f["questions"]}
    assert {"colloquial", "formal", "hant", "en", "typo"} <= styles
    answered = [f for f in FACTS if sum(p["q"] not in GAPS for p in f["questions"]) >= 5]
    assert len(answered) >= MIN_FACTS, len(answered)
    assert GAPS <= {p["q"] for f in FACTS for p in f["questions"]}, "a gap that is no phrasing of the suite"
