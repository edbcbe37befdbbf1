"""The local console: type questions, read answers and their sources.

Commands are those of every channel (bot/commands.py) plus /quit. Replies, the prompt, the
evidence line and help follow the script of the user's last question. Ctrl-C and Ctrl-D
leave cleanly (status 0); the line history is kept in the user's data folder.
"""

from __future__ import annotations

import sys
from collections.abc import Hashable
from pathlib import Path
from typing import TextIO

from . import commands
from .engine import Engine
from .models import Reply
from .userdirs import data_dir

HISTORY_FILE = "console_history"
HISTORY_LENGTH = 1000
QUIT = ("/quit", "/exit", "/q")
COMMANDS = commands.usage_line(("/quit",))
CONSOLE_MESSAGES = ("evidence_line", "prompt", "goodbye", "loaded")


def history_path() -> Path:
    return data_dir() / HISTORY_FILE


def _load_history() -> Path | None:
    """Line editing and the history of earlier runs, where readline exists."""
    try:
        import readline
    except ImportError:  # not on every platform; line editing is a nicety
        return None
    path = history_path()
    readline.set_history_length(HISTORY_LENGTH)
    try:
        readline.read_history_file(path)
    except OSError:
        pass
    return path


def _save_history(path: Path | None) -> None:
    if path is None:
        return
    import readline

    try:
        readline.write_history_file(path)
    except OSError:
        pass


def _write_reply(engine: Engine, reply: Reply, out: TextIO) -> None:
    out.write(reply.text + "\n")
    if reply.choices:
        out.write(
            "\n".join(f"{i}. {label}" for i, (_, label) in enumerate(reply.choices, 1)) + "\n"
        )
    if reply.evidence:
        out.write(engine.message("evidence_line", reply.script, count=len(reply.evidence)) + "\n")


def handle(engine: Engine, line: str, key: Hashable, out: TextIO) -> bool:
    """Handle one console line; False when the user asked to quit."""
    text = line.strip()
    if text in QUIT:
        return False
    script = commands.script_of(engine, key)
    result = commands.run(engine, key, text, script, COMMANDS)
    if result is None:
        _write_reply(engine, engine.ask(line, conversation=key), out)
    elif isinstance(result, Reply) and result.intent not in (None, "meetings", "select_meeting"):
        _write_reply(engine, result, out)  # /summary, /people, /topics, a held question
    else:
        out.write((result if isinstance(result, str) else result.text) + "\n")
    out.write("\n")
    return True


def run_console(engine: Engine, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    """The console loop; returns the exit status (0, also on Ctrl-C and Ctrl-D)."""
    commands.check_messages(engine.knowledge, commands.REQUIRED_MESSAGES + CONSOLE_MESSAGES)
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    interactive = stdin is sys.stdin and stdin.isatty()
    history = _load_history() if interactive else None
    skipped = len(getattr(engine, "skipped", ()))
    out.write(engine.welcome_text() + "\n" + COMMANDS + "\n")
    out.write(engine.message("loaded", loaded=len(engine.meetings()), skipped=skipped) + "\n\n")
    key = ("console", 0)
    try:
        while True:
            prompt = engine.message("prompt", commands.script_of(engine, key))
            try:
                line = input(prompt) if interactive else stdin.readline()
            except EOFError:  # Ctrl-D at the prompt
                out.write("\n")
                break
            if not interactive and line == "":
                break
            if not handle(engine, line.rstrip("\n"), key, out):
                break
    except KeyboardInterrupt:  # Ctrl-C, at the prompt or while answering
        out.write("\n")
    finally:
        _save_history(history)
    out.write(engine.message("goodbye", commands.script_of(engine, key)) + "\n")
    out.flush()
    return 0
