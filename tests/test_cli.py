"""The command line run in-process with captured streams (click's CliRunner style), and the console."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml
from helpers import REPORTS, SEED

from bot import Engine
from bot.cli import main
from bot.console import COMMANDS, run_console

R01 = REPORTS / "r01_minqi_zuotanhui.txt"
R02 = REPORTS / "r02_shengtai_xieshanghui.txt"


def run(
    capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | None = None, monkeypatch=None
) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- ask ------------------------------------------------------------------------------------------


def test_ask_one_question(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "ask", "谁主持了会议？")
    assert code == 0 and err == ""
    assert "林克庆" in out and "主持" in out


def test_ask_joins_the_words_of_an_unquoted_question(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "Who", "chaired", "the", "meeting?")
    assert code == 0
    assert "chaired" in out and "林克庆" in out


def test_ask_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "ask", "--json", "关于金融说了什么？")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) == {
        "question", "answer", "answered", "intent", "tried_intent", "confidence", "evidence"
    }
    assert record["question"] == "关于金融说了什么？"
    assert record["answered"] is True and record["intent"] == "topic"
    assert "风险投资" in record["answer"]
    assert record["evidence"] and {"paragraph", "sentence", "text"} == set(record["evidence"][0])
    assert "风险投资" in "".join(e["text"] for e in record["evidence"])


def test_ask_json_reads_stdin_and_a_blank_line_starts_a_new_conversation(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = "王伟中是谁？\n他强调了什么？\n\n他强调了什么？\n"
    code, out, _ = run(capsys, "ask", "--json", stdin=stdin, monkeypatch=monkeypatch)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["question"] for r in records] == ["王伟中是谁？", "他强调了什么？", "他强调了什么？"]
    assert records[1]["answered"] and "政策供给" in records[1]["answer"]
    assert not records[2]["answered"] and "政策供给" not in records[2]["answer"]


def test_ask_plain_text_from_stdin_separates_answers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(
        capsys, "ask", stdin="会议在哪里召开？\n谁主持了会议？\n", monkeypatch=monkeypatch
    )
    assert code == 0
    blocks = [b for b in out.split("\n\n") if b.strip()]
    assert len(blocks) == 2
    assert "广州" in blocks[0] and "林克庆" in blocks[1]


def test_ask_from_another_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "--article", str(R01), "谁主持了会议？")
    assert code == 0
    assert "韩书凯" in out and "林克庆" not in out


# --- facts ----------------------------------------------------------------------------------------


def test_facts_prints_yaml(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "facts")
    assert code == 0 and err == ""
    docs = list(yaml.safe_load_all(out))
    assert len(docs) == len(list(SEED.parent.glob("*.txt")))
    seed = next(d for d in docs if d["article"] == SEED.stem)
    assert seed["meeting"] == "粤商·省长面对面协商座谈会"
    assert seed["date"] == "7月11日" and seed["place"] == "广州"
    assert {"王伟中", "林克庆"} <= {p["name"] for p in seed["people"]}


def test_facts_of_two_articles(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "facts", "--article", str(R01), "--article", str(R02))
    assert code == 0
    docs = list(yaml.safe_load_all(out))
    assert [d["article"] for d in docs] == [R01.stem, R02.stem]
    assert docs[0]["meeting"] == "全省民营企业发展座谈会"
    assert docs[1]["chairs"] == ["方慧琳"]


# --- eval -----------------------------------------------------------------------------------------


def _question_file(tmp_path: Path, cases: list[dict]) -> Path:
    path = tmp_path / "questions.yaml"
    path.write_text(yaml.safe_dump({"cases": cases}, allow_unicode=True), encoding="utf-8")
    return path


def test_eval_all_pass(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _question_file(
        tmp_path,
        [
            {"q": "谁主持了会议？", "must": ["林克庆"]},
            {"q": "今天天气怎么样？", "answered": False},
        ],
    )
    code, out, _ = run(capsys, "eval", str(path))
    assert code == 0
    assert "Accuracy: 2/2" in out
    assert "Failures" not in out


def test_eval_exits_1_when_a_case_fails(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _question_file(
        tmp_path,
        [
            {"q": "谁主持了会议？", "must": ["林克庆"]},
            {"q": "会议在哪里召开？", "must": ["不可能出现的地名"]},
        ],
    )
    code, out, _ = run(capsys, "eval", str(path))
    assert code == 1
    assert "Accuracy: 1/2" in out
    assert "Failures (1)" in out and "不可能出现的地名" in out


def test_eval_follows_turns(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _question_file(
        tmp_path, [{"turns": ["王伟中是谁？", "他强调了什么？"], "must": ["政策供给"]}]
    )
    code, out, _ = run(capsys, "eval", str(path))
    assert code == 0 and "Accuracy: 1/1" in out


# --- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["ask", "--article", "no/such/report.txt", "谁主持了会议？"],
        ["facts", "--article", "no/such/report.txt"],
        ["console", "--article", "no/such/report.txt"],
    ],
    ids=["ask", "facts", "console"],
)
def test_a_missing_article_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "no/such/report.txt" in err and "Traceback" not in err


def test_an_empty_seeds_folder_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "ask", "--seeds", str(tmp_path), "谁主持了会议？")
    assert code == 2 and err.startswith("error: ") and str(tmp_path) in err


def test_a_malformed_question_file_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("questions: [a, b]\n", encoding="utf-8")
    code, _, err = run(capsys, "eval", str(path))
    assert code == 2 and err.startswith("error: ") and "bad.yaml" in err


def test_a_missing_question_file_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "eval", str(tmp_path / "none.yaml"))
    assert code == 2 and err.startswith("error: ") and "none.yaml" in err


def test_no_command_prints_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([])
    assert exit_.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("console", "ask", "facts", "eval"):
        assert command in out


# --- console --------------------------------------------------------------------------------------


def console(script: str, engine: Engine | None = None) -> tuple[int, str]:
    out = io.StringIO()
    code = run_console(engine or Engine.load(), io.StringIO(script), out)
    return code, out.getvalue()


def test_console_session() -> None:
    code, out = console("/help\n谁主持了会议？\n/source\n/why\n/quit\n王伟中是谁？\n")
    assert code == 0
    assert COMMANDS in out
    assert "林克庆" in out
    assert "¶1.3 省委副书记、省长王伟中出席并讲话，省政协主席林克庆主持。" in out
    assert "intent: chair\nconfidence: 1.00" in out
    assert out.rstrip().endswith("再见！")
    assert "王伟中：" not in out  # nothing after /quit is answered


def test_console_source_and_why_before_any_question() -> None:
    code, out = console("/source\n/why\n")
    assert code == 0
    assert "还没有回答过问题" in out  # /source
    assert "还没有可以解释的回答" in out  # /why
    assert "intent:" not in out


def test_console_ends_at_end_of_input() -> None:
    code, out = console("会议在哪里召开？")
    assert code == 0
    assert "广州" in out and out.rstrip().endswith("再见！")


def test_console_keeps_the_conversation() -> None:
    _, out = console("王伟中是谁？\n他强调了什么？\n/quit\n")
    assert "政策供给" in out


def test_console_meetings_and_meeting_choice() -> None:
    engine = Engine.load([SEED, R01])
    _, out = console("/meetings\n/meeting 2\n谁主持了会议？\n/meeting 9\n/quit\n", engine)
    assert "1. 粤商·省长面对面协商座谈会" in out and "2. 全省民营企业发展座谈会" in out
    assert "韩书凯" in out
    assert "没有第 9 个会议。可以选的会议：\n1. 粤商·省长面对面协商座谈会" in out


def test_console_through_main(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(
        capsys, "console", stdin="谁主持了会议？\n/quit\n", monkeypatch=monkeypatch
    )
    assert code == 0 and err == ""
    assert "林克庆" in out and "再见" in out
