"""Sidecar files (seeds/NAME.yaml) add aliases and correct extraction without code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.errors import ArticleError
from bot.sidecar import load_sidecar

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7fee04f60953f204.txt"
REPORT = ROOT / "tests" / "reports" / "r07_rencai_tuijinhui.txt"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    shutil.copy(SEED, tmp_path / SEED.name)
    shutil.copy(REPORT, tmp_path / REPORT.name)
    return tmp_path


def test_a_correction_replaces_the_extracted_value_and_cites_the_report(folder: Path) -> None:
    (folder / REPORT.with_suffix(".yaml").name).write_text(
        "facts:\n  date: 6月28日\n", encoding="utf-8"
    )
    engine = Engine.load(seeds=folder)
    facts = engine.meeting(REPORT.stem).facts
    assert facts.date.value.text == "6月28日"
    assert engine.meeting(SEED.stem).facts.date.value.text == "7月11日"  # others untouched


def test_people_can_be_added_and_removed(folder: Path) -> None:
    (folder / SEED.with_suffix(".yaml").name).write_text(
        "people:\n  - {name: 王伟中, roles: [省长], actions: [讲话]}\nremove_people: [陈敏]\n",
        encoding="utf-8",
    )
    engine = Engine.load(seeds=folder)
    facts = engine.meeting(SEED.stem).facts
    assert facts.person("陈敏") is None
    assert facts.person("王伟中").roles == ("省长",)
    assert facts.person("王伟中").evidence  # sentences that name him
    reply = engine.ask("陈敏参加了吗？", ("sidecar", 1))
    assert not reply.answered


def test_an_alias_routes_questions_to_its_meeting(folder: Path) -> None:
    (folder / REPORT.with_suffix(".yaml").name).write_text("aliases: [揽才大会]\n", encoding="utf-8")
    engine = Engine.load(seeds=folder)
    assert engine.default == SEED.stem
    reply = engine.ask("揽才大会是谁主持的？", ("sidecar", 2))
    assert reply.meeting == REPORT.stem
    chair = [p.name for p in engine.meeting(REPORT.stem).facts.people if "主持" in p.actions]
    assert chair and chair[0] in reply.text


@pytest.mark.parametrize(
    "text",
    ["facts: [1, 2]\n", "colour: red\n", "people: [{roles: [x]}]\n", "facts:\n  weather: sunny\n", ": : :\n"],
    ids=["facts-list", "unknown-key", "person-without-name", "unknown-fact", "bad-yaml"],
)
def test_a_malformed_sidecar_is_reported_by_name_and_the_report_still_served(
    folder: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = folder / SEED.with_suffix(".yaml").name
    path.write_text(text, encoding="utf-8")
    engine = Engine.load(seeds=folder)
    [warning] = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warning.startswith(f"ignored the sidecar of {folder / SEED.name}: ") and path.name in warning
    assert "林克庆" in engine.ask("谁主持了会议？", ("sidecar", 3)).text  # served without it
    with pytest.raises(ArticleError, match=path.name):  # the sidecar reader itself still says why
        load_sidecar(folder / SEED.name)
