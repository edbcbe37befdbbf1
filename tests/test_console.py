"""The console and the shared channel commands: the user's script everywhere, helpful answers to
wrong commands, a clean exit on Ctrl-C and Ctrl-D, history kept between runs; the CLI's JSON and
facts views; empty and over-long messages take no conversation slot."""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import select
import signal
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from helpers import REPORTS, ROOT, SEED, new_key, shared_engine

from bot import commands
from bot.cli import main
from bot.console import COMMANDS, handle, run_console
from bot.engine import MAX_INPUT_CHARS, Engine
from bot.errors import IntentFileError
from bot.intents import Knowledge

R01 = REPORTS / "r01_minqi_zuotanhui.txt"


def session(script: str, engine: Engine | None = None) -> str:
    out = io.StringIO()
    assert run_console(engine or shared_engine(), io.StringIO(script), out) == 0
    return out.getvalue()


def turn(line: str, key: object, engine: Engine | None = None) -> str:
    out = io.StringIO()
    assert handle(engine or shared_engine(), line, key, out)
    return out.getvalue()


# -- the user's script ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "unknown", "evidence"),
    [
        ("谁主持了会议？", "没有 /foo 这个命令。可以用：/help", "〔依据：1句原文，/source 查看〕"),
        ("誰主持了會議？", "沒有 /foo 這個命令。可以用：/help", "〔依據：1句原文，/source 查看〕"),
        ("Who chaired the meeting?", "There is no /foo command. You can use: /help", "[Based on 1 sentence(s)"),
    ],
    ids=["hans", "hant", "en"],
)
def test_replies_help_and_evidence_lines_follow_the_last_questions_script(
    question: str, unknown: str, evidence: str
) -> None:
    key = new_key("console")
    answer = turn(question, key)
    assert evidence in answer
    assert turn("/foo bar", key).startswith(unknown)
    assert COMMANDS in turn("/foo", key)  # the short help lists the commands
    help_text = turn("/help", key)
    assert help_text.startswith(shared_engine().help_text(shared_engine().last_reply(key).script))


def test_the_prompt_follows_the_script() -> None:
    engine, key = shared_engine(), new_key("console")
    assert engine.message("prompt", commands.script_of(engine, key)) == "问> "
    engine.ask("誰主持了會議？", key)
    assert engine.message("prompt", commands.script_of(engine, key)) == "問> "
    engine.ask("Who chaired the meeting?", key)
    assert engine.message("prompt", commands.script_of(engine, key)) == "Q> "


def test_why_before_any_question_says_there_is_nothing_to_explain() -> None:
    key = new_key("console")
    assert turn("/why", key).strip() == "还没有可以解释的回答：先问一个问题吧。"
    turn("谁主持了会议？", key)
    assert turn("/why", key).startswith("intent: chair\nconfidence: 1.00\n")


def test_why_after_a_refusal_names_the_intent_that_was_tried() -> None:
    key = new_key("console")
    reply = shared_engine().ask("我想吃饭", key)
    assert reply.intent is None and reply.tried_intent
    assert turn("/why", key).startswith(f"intent: - (tried: {reply.tried_intent})\n")
    assert "answered: no" in turn("/why", key)


def test_meeting_out_of_range_lists_the_meetings() -> None:
    engine = Engine.load([SEED, R01])
    out = session("/meeting 5\n/meeting abc\n/meeting 2\n谁主持了会议？\n/meetings\n", engine)
    assert out.count("没有第 5 个会议。可以选的会议：\n1. 粤商·省长面对面协商座谈会") == 1
    assert "没有第 abc 个会议" in out
    assert "2. 全省民营企业发展座谈会" in out and "韩书凯" in out
    assert f"[{R01.stem}] ←当前" in out  # /meetings marks the conversation's meeting


def test_summary_people_and_topics_work_in_the_console_as_in_telegram() -> None:
    key = new_key("console")
    assert "粤商·省长面对面协商座谈会在广州召开" in turn("/summary", key)
    assert "省政协主席林克庆（主持）" in turn("/people", key)
    assert "开展人工智能有组织科研攻关" in turn("/topics", key)
    assert commands.INTENT_COMMANDS == {"summary": "summary", "people": "attendees", "topics": "theme"}


def test_new_starts_afresh() -> None:
    key = new_key("console")
    turn("王伟中是谁？", key)
    assert turn("/new", key).strip() == "好的，重新开始。"
    assert shared_engine().last_reply(key) is None


def test_the_start_says_how_many_meetings_were_loaded_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Only English text in this file.\n" * 20, encoding="utf-8")
    out = session("", Engine.load(seeds=tmp_path))
    assert "已载入 1 个会议报道，跳过 1 个文件。" in out


def test_a_missing_channel_message_is_a_file_error() -> None:
    knowledge = shared_engine().knowledge
    broken = Knowledge(
        knowledge.intents,
        knowledge.topics,
        knowledge.lexicon,
        {k: v for k, v in knowledge.messages.items() if k != "unknown_command"},
    )
    with pytest.raises(IntentFileError, match="messages.yaml: message 'unknown_command' is missing"):
        commands.check_messages(broken)


# -- Ctrl-C, Ctrl-D and history, in a real terminal -----------------------------------------


def _terminal(tmp_path: Path, keys: list[bytes]) -> tuple[int, str]:
    """Run the console in a pseudo-terminal, type `keys` (each after the next prompt)."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "console"],
        cwd=ROOT,
        env=env,
        stdin=follower,
        stdout=follower,
        stderr=follower,
        close_fds=True,
        start_new_session=True,  # the terminal becomes the child's: Ctrl-C sends it SIGINT
        preexec_fn=_own_terminal,
    )
    os.close(follower)
    seen = b""
    deadline = time.monotonic() + 60
    try:
        for key in keys:
            prompts = seen.count(b"> ")
            while seen.count(b"> ") <= prompts and time.monotonic() < deadline:
                seen += _read(leader)
            seen += _read(leader)  # as a person would, type once the prompt is waiting (a
            # signal in the instant before readline waits for input is only seen at the next key)
            os.write(leader, key)
        while process.poll() is None and time.monotonic() < deadline:
            seen += _read(leader)
        seen += _read(leader)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)
        os.close(leader)
    return process.returncode, seen.decode("utf-8", "replace")


def _own_terminal() -> None:
    """In the child: the terminal becomes its own, and Ctrl-C interrupts it even when the tests run where SIGINT is
    ignored (a background job of a non-interactive shell, whose children would inherit that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _read(fd: int) -> bytes:
    ready, _, _ = select.select([fd], [], [], 0.2)
    if not ready:
        return b""
    try:
        return os.read(fd, 65536)
    except OSError:  # the child closed the terminal
        return b""


@pytest.mark.parametrize("key", [b"\x03", b"\x04"], ids=["ctrl-c", "ctrl-d"])
def test_ctrl_c_and_ctrl_d_leave_cleanly_with_a_newline_and_status_0(
    tmp_path: Path, key: bytes
) -> None:
    code, screen = _terminal(tmp_path, [key])
    assert code == 0, screen
    assert "Traceback" not in screen and "KeyboardInterrupt" not in screen
    assert screen.replace("\r\n", "\n").rstrip(" ").endswith("问> \n再见！\n")


def test_history_is_kept_in_the_users_data_folder(tmp_path: Path) -> None:
    code, screen = _terminal(tmp_path, ["谁主持了会议？\r".encode(), b"/quit\r"])
    assert code == 0 and "林克庆" in screen
    history = tmp_path / "meeting-bot" / "console_history"
    assert "谁主持了会议？" in history.read_text(encoding="utf-8")


# -- the CLI ----------------------------------------------------------------------------------


def test_a_json_refusal_carries_the_intent_that_was_tried(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ask", "--json", "我想吃饭"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["answered"] is False and record["intent"] is None
    assert record["tried_intent"] == shared_engine().ask("我想吃饭", new_key()).tried_intent
    assert isinstance(record["tried_intent"], str)


def test_facts_lists_people_who_are_only_mentioned(capsys: pytest.CaptureFixture[str]) -> None:
    import yaml

    assert main(["facts"]) == 0
    [seed] = list(yaml.safe_load_all(capsys.readouterr().out))
    assert {"name": "习近平", "roles": ["总书记"]} in seed["mentioned"]
    assert "习近平" not in {p["name"] for p in seed["people"]}
    reply = shared_engine().ask("习近平参加了会议吗？", new_key())
    assert "报道提到了习近平" in reply.text  # what the answers say agrees with `facts`


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--article", str(REPORTS)], f"error: --article {REPORTS} is a folder; give a report file, or --seeds {REPORTS}"),
        (["--article", "no/such.txt"], "error: The article no/such.txt does not exist."),
        (["--seeds", str(SEED)], f"error: --seeds {SEED} is a file; give --article {SEED}"),
    ],
    ids=["article-folder", "article-missing", "seeds-file"],
)
def test_wrong_paths_say_exactly_what_is_wrong(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(["ask", *argv, "谁主持了会议？"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1


# -- conversation slots -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "x" * (MAX_INPUT_CHARS + 1)], ids=["empty", "blank", "too-long"])
def test_empty_or_over_long_messages_take_no_conversation_slot(text: str) -> None:
    engine, key = shared_engine(), new_key("slot")
    reply = engine.ask(text, key)
    assert not reply.answered and reply.text
    assert not engine.has_conversation(key)
    engine.ask("谁主持了会议？", key)
    assert engine.has_conversation(key)
