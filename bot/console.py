"""The local console: type questions, read answers and their sources."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from .engine import Engine

HISTORY = Path.home() / ".meeting_bot_history"
COMMANDS = "/help  /source  /why  /meetings  /meeting N  /new  /quit"


def _setup_readline() -> None:
    try:
        import readline
    except ImportError:  # not on every platform; line editing is a nicety
        return
    try:
        readline.read_history_file(HISTORY)
    except OSError:
        pass
    import atexit

    def save() -> None:
        try:
            readline.write_history_file(HISTORY)
        except OSError:
            pass

    atexit.register(save)


def handle(engine: Engine, line: str, key: object, out: TextIO) -> bool:
    """Handle one console line; False when the user asked to quit."""
    text = line.strip()
    if text in ("/quit", "/exit", "/q"):
        return False
    last = engine.last_reply(key)
    if text in ("/help", "/start"):
        out.write(engine.help_text(last.script if last else "hans") + "\n" + COMMANDS + "\n\n")
        return True
    if text == "/new":
        engine.forget(key)
        out.write(engine.message("new_conversation") + "\n\n")
        return True
    if text == "/source":
        if last and last.evidence:
            out.write(
                "\n".join(f"[{e.paragraph}.{e.sentence}] {e.text}" for e in last.evidence) + "\n\n"
            )
        else:
            out.write(engine.message("no_source" if last else "no_answer_yet") + "\n\n")
        return True
    if text == "/why":
        if last:
            runner = f"{last.runner_up[0]} {last.runner_up[1]:.2f}" if last.runner_up else "-"
            out.write(
                f"intent={last.intent} confidence={last.confidence:.2f} runner-up={runner}\n\n"
            )
        return True
    meetings = engine.meetings()
    if text == "/meetings":
        out.write("\n".join(f"{i}. {label}" for i, (_, label) in enumerate(meetings, 1)) + "\n\n")
        return True
    if text.startswith("/meeting"):
        choice = text.removeprefix("/meeting").strip()
        if choice.isdigit() and 1 <= int(choice) <= len(meetings):
            out.write(engine.select_meeting(key, meetings[int(choice) - 1][0]).text + "\n\n")
        else:
            out.write("用法：/meeting N（见 /meetings）\n\n")
        return True
    reply = engine.ask(line, conversation=key)
    out.write(reply.text + "\n")
    if reply.choices:
        out.write(
            "\n".join(f"{i}. {label}" for i, (_, label) in enumerate(reply.choices, 1)) + "\n"
        )
    if reply.evidence:
        out.write(f"  〔依据：{len(reply.evidence)}句原文，/source 查看〕\n")
    out.write("\n")
    return True


def run_console(engine: Engine, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    interactive = stdin.isatty()
    if interactive:
        _setup_readline()
    out.write(engine.welcome_text() + "\n" + COMMANDS + "\n\n")
    key = ("console", 0)
    while True:
        try:
            line = input("问> ") if interactive else stdin.readline()
        except EOFError:
            break
        if not interactive and line == "":
            break
        if not handle(engine, line.rstrip("\n"), key, out):
            break
    out.write("再见！\n")
    return 0
