"""The channel commands, implemented once: /help, /source, /why, /meetings, /meeting N, /new,
/summary, /people, /topics, and the answer to an unknown command.

The console and Telegram both call these functions; each returns plain text, or the engine's
`Reply` when the command asked the engine something (it may carry meeting choices). Channels
only translate: Telegram turns choices into buttons, the console prints them numbered.

    commands.run(engine, key, "/why", script)  # -> "intent: chair\\nconfidence: 1.00…"
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import IntentFileError
from .intents import Knowledge
from .models import Reply
from .scripts import EN, HANS

if TYPE_CHECKING:
    from .engine import Engine

MESSAGES_FILE = "intents/messages.yaml"


@dataclass(frozen=True)
class Command:
    """A command every channel offers: its name, argument and menu descriptions."""

    name: str
    usage: str  # "/meeting N"
    hans: str
    en: str


COMMANDS: tuple[Command, ...] = (
    Command("help", "/help", "帮助", "Help"),
    Command("source", "/source", "上一个回答的原文依据", "Article sentences behind the last answer"),
    Command("why", "/why", "上一个回答的意图和置信度", "Intent and confidence of the last answer"),
    Command("meetings", "/meetings", "会议列表", "List the meetings"),
    Command("meeting", "/meeting N", "选择会议", "Pick the meeting for this chat"),
    Command("summary", "/summary", "会议概要", "Meeting summary"),
    Command("people", "/people", "出席人员", "Who attended"),
    Command("topics", "/topics", "会议议题", "Topics discussed"),
    Command("new", "/new", "重新开始对话", "Start the conversation afresh"),
)
# Commands answered as if the question had been recognised as this intent (one map for
# every channel).
INTENT_COMMANDS = {"summary": "summary", "people": "attendees", "topics": "theme"}
# The fixed sentences the channels need from intents/messages.yaml, in hans and en.
REQUIRED_MESSAGES = (
    "help",
    "new_conversation",
    "no_answer_yet",
    "no_source",
    "nothing_to_explain",
    "unknown_command",
    "no_such_meeting",
    "pick_meeting",
    "meetings_heading",
    "current_meeting",
    "unknown_meeting",
)


def check_messages(knowledge: Knowledge, keys: tuple[str, ...] = REQUIRED_MESSAGES) -> None:
    """Raise IntentFileError when a message the channels need is missing or lacks a script."""
    for key in keys:
        node = knowledge.messages.get(key)
        if not isinstance(node, dict):
            raise IntentFileError(MESSAGES_FILE, None, f"message '{key}' is missing.")
        for script in (HANS, EN):
            if not isinstance(node.get(script), str) or not node[script].strip():
                raise IntentFileError(
                    MESSAGES_FILE, None, f"message '{key}' needs a '{script}' sentence."
                )


def usage_line(extra: tuple[str, ...] = ()) -> str:
    """The commands on one line, e.g. '/help  /source  …  /quit' (a channel adds its own)."""
    return "  ".join([c.usage for c in COMMANDS if c.name not in INTENT_COMMANDS] + list(extra))


def script_of(engine: Engine, key: Hashable, fallback: str = HANS) -> str:
    """The script to answer a command in: the conversation's last answer's, else `fallback`."""
    last = engine.last_reply(key)
    return last.script if last is not None else fallback


def help_text(engine: Engine, script: str, usage: str) -> str:
    return f"{engine.help_text(script)}\n{usage}"


def unknown(engine: Engine, command: str, script: str, usage: str) -> str:
    """A short help for a command no channel knows, in the user's script."""
    return engine.message("unknown_command", script, command=command.split()[0], commands=usage)


def source(engine: Engine, key: Hashable, script: str) -> str:
    """The report sentences behind the last answer (¶paragraph.sentence text)."""
    last = engine.last_reply(key)
    if last is None:
        return engine.message("no_answer_yet", script)
    if not last.evidence:
        return engine.message("no_source", script)
    return "\n".join(f"¶{e.paragraph}.{e.sentence} {e.text}" for e in last.evidence)


def why(engine: Engine, key: Hashable, script: str) -> str:
    """Intent, confidence and runner-up of the last answer; for a refusal, the intent tried."""
    last = engine.last_reply(key)
    if last is None:
        return engine.message("nothing_to_explain", script)
    tried = getattr(last, "tried_intent", None)
    intent = last.intent or "-"
    if last.intent is None and tried:
        intent = f"- (tried: {tried})"
    lines = [f"intent: {intent}", f"confidence: {last.confidence:.2f}"]
    if last.runner_up:
        lines.append(f"runner-up: {last.runner_up[0]} ({last.runner_up[1]:.2f})")
    if not last.answered:
        lines.append("answered: no")
    return "\n".join(lines)


def meetings(engine: Engine, key: Hashable, script: str, heading: str | None = None) -> Reply:
    """The meetings, numbered, the conversation's current one marked; the choices go along."""
    listing = tuple(engine.meetings())
    current = engine.current_meeting(key)
    mark = engine.message("current_meeting", script)
    lines = [heading or engine.message("meetings_heading", script)]
    for i, (mid, label) in enumerate(listing, 1):
        lines.append(f"{i}. {label} [{mid}]" + (mark if mid == current else ""))
    if len(listing) > 1:
        lines.append(engine.message("pick_meeting", script))
    choices = listing if len(listing) > 1 else ()  # one meeting: nothing to pick
    return Reply("\n".join(lines), True, intent="meetings", script=script, choices=choices)


def meeting(engine: Engine, key: Hashable, argument: str, script: str) -> Reply:
    """/meeting N or /meeting ID: switch to that meeting; anything else lists the meetings."""
    listing = engine.meetings()
    choice = argument.strip()
    if not choice:
        return meetings(engine, key, script)
    ids = [mid for mid, _ in listing]
    if choice.isdigit() and 1 <= int(choice) <= len(listing):
        return engine.select_meeting(key, ids[int(choice) - 1], script)
    if choice in ids:
        return engine.select_meeting(key, choice, script)
    heading = engine.message("no_such_meeting", script, number=choice)
    return meetings(engine, key, script, heading)


def new(engine: Engine, key: Hashable, script: str) -> str:
    engine.forget(key)
    return engine.message("new_conversation", script)


def ask_intent(engine: Engine, key: Hashable, command: str, script: str) -> Reply:
    """/summary, /people, /topics: answered through the engine's intents."""
    return engine.ask_intent(INTENT_COMMANDS[command], key, script)


def run(
    engine: Engine,
    key: Hashable,
    line: str,
    script: str,
    usage: str | None = None,
) -> Reply | str | None:
    """Answer a command line ('/why', '/meeting 2'); None when the line is no command."""
    text = line.strip()
    if not text.startswith("/"):
        return None
    head, _, argument = text.partition(" ")
    name = head[1:].split("@")[0].lower()
    usage = usage or usage_line()
    if name in ("help", "start"):
        return help_text(engine, script, usage)
    if name == "source":
        return source(engine, key, script)
    if name == "why":
        return why(engine, key, script)
    if name == "meetings":
        return meetings(engine, key, script)
    if name == "meeting":
        return meeting(engine, key, argument, script)
    if name == "new":
        return new(engine, key, script)
    if name in INTENT_COMMANDS:
        return ask_intent(engine, key, name, script)
    return unknown(engine, head, script, usage)


__all__ = [
    "COMMANDS",
    "INTENT_COMMANDS",
    "Command",
    "check_messages",
    "meeting",
    "meetings",
    "run",
    "script_of",
    "source",
    "usage_line",
    "why",
]
