"""Several meetings loaded at once: routing, no mixing, the seed's answers unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.evaluate import evaluate, load_cases
from bot.scripts import to_simplified

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7fee04f60953f204.txt"
REPORTS = sorted((ROOT / "tests" / "reports").glob("*.txt"))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load([SEED, *REPORTS])


def test_at_least_eight_reports_and_the_seed_is_default(engine: Engine) -> None:
    assert len(REPORTS) >= 8
    ids = [mid for mid, _ in engine.meetings()]
    assert engine.default == SEED.stem == ids[0]
    assert len(ids) == len(REPORTS) + 1


def test_shipped_seeds_folder_holds_only_the_real_report() -> None:
    assert [p.name for p in (ROOT / "seeds").glob("*.txt")] == [SEED.name]


def test_dev_set_passes_with_every_meeting_loaded(engine: Engine) -> None:
    results = evaluate(engine, load_cases(ROOT / "tests" / "eval" / "dev_questions.yaml"))
    failed = [r.question for r in results if not r.passed]
    assert failed == []


def test_question_naming_another_meeting_switches_and_stays(engine: Engine) -> None:
    key = ("test", "switch")
    first = engine.ask("谁主持了会议？", key)
    assert first.meeting == SEED.stem and "林克庆" in first.text
    facts = engine.meeting("r07_rencai_tuijinhui").facts
    name = facts.meeting.value
    switched = engine.ask(f"{name}是哪天开的？", key)
    assert switched.meeting == "r07_rencai_tuijinhui"
    assert facts.date.value.text in switched.text
    follow = engine.ask("谁主持了会议？", key)
    assert follow.meeting == "r07_rencai_tuijinhui"
    chair = [p.name for p in facts.people if "主持" in p.actions]
    assert chair and chair[0] in follow.text and "林克庆" not in follow.text


def test_a_person_of_another_meeting_routes_there(engine: Engine) -> None:
    facts = engine.meeting("r03_xiangcun_gongzuohuiyi").facts
    speaker = next(p for p in facts.people if "讲话" in p.actions)
    reply = engine.ask(f"{speaker.name}强调了什么？", ("test", "person"))
    assert reply.meeting == "r03_xiangcun_gongzuohuiyi"
    assert reply.answered and speaker.name in reply.text


def test_answers_never_mix_two_meetings(engine: Engine) -> None:
    seed_names = {p.name for p in engine.meeting().facts.people}
    reply = engine.ask("谁出席了全市人才工作推进会？", ("test", "mix"))
    assert reply.meeting == "r07_rencai_tuijinhui"
    assert not any(n in to_simplified(reply.text) for n in seed_names)


def test_select_meeting_then_generic_questions(engine: Engine) -> None:
    key = ("test", "select")
    engine.select_meeting(key, "r09_waimao_zuotanhui")
    reply = engine.ask("会议在哪里召开？", key)
    assert reply.meeting == "r09_waimao_zuotanhui"
    place = engine.meeting("r09_waimao_zuotanhui").facts.place.value
    assert place in reply.text


def test_new_conversation_starts_on_the_default(engine: Engine) -> None:
    engine.select_meeting(("test", "a"), "r01_minqi_zuotanhui")
    assert engine.ask("谁主持了会议？", ("test", "b")).meeting == SEED.stem


@pytest.mark.parametrize("questions", sorted((ROOT / "tests" / "reports").glob("*.questions.yaml")), ids=lambda p: p.stem)
def test_report_question_sets(questions: Path) -> None:
    """Each invented report's own question set, with only that report loaded."""
    article = questions.with_name(questions.name.replace(".questions.yaml", ".txt"))
    results = evaluate(Engine.load([article]), load_cases(questions))
    assert [(r.question, r.problems) for r in results if not r.passed] == []


def test_a_which_meeting_question_is_answered_once_a_meeting_is_picked(engine: Engine) -> None:
    key = ("test", "pending")
    reply = engine.ask("副市长是谁？", key)
    assert len(reply.choices) > 1 and not reply.answered
    chosen, _ = reply.choices[0]
    answered = engine.select_meeting(key, chosen)
    assert answered.meeting == chosen and answered.answered and "副市长" in answered.text
    # picked later, after other questions, the old question is not answered again
    engine.ask("副市长是谁？", key)
    engine.ask("谁主持了会议？", key)
    picked = engine.select_meeting(key, chosen)
    assert "副市长" not in picked.text


def test_an_unknown_meeting_id_is_said_to_be_unknown(engine: Engine) -> None:
    reply = engine.select_meeting(("test", "unknown"), "no-such-report")
    assert not reply.answered and "/meetings" in reply.text
