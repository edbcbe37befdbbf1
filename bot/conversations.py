"""Conversations: what each chat has established (its context, its last reply, a question
waiting for "which meeting?"), kept for the most recent MAX_CONVERSATIONS chats; and one
conversation's state as plain data (dicts, lists, strings, numbers), for persistence.

A channel that must survive a restart (Telegram) stores what `to_plain` gives and hands it back
to the engine after the restart. Only plain data is stored, never the engine's own objects, so
a stored conversation stays readable when the code changes: what no longer fits (a meeting
that was removed, a topic renamed) is dropped, not guessed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .intents import Topic
from .models import Evidence, Reply
from .understanding import Context

MAX_CONVERSATIONS = 10_000  # least recently used conversations are forgotten beyond this
VERSION = 1  # bump when the shape below changes; older states are then ignored


def to_plain(
    context: Context, last: Reply | None, pending: tuple[str, tuple[str, ...]] | None
) -> dict[str, Any]:
    """The conversation as plain data: context (topic by its key), last reply, open question."""
    return {
        "version": VERSION,
        "meeting": context.meeting,
        "person": context.person,
        "topic": context.topic.key if context.topic else None,
        "intent": context.intent,
        "script": context.script,
        "group": context.group,
        "asked": context.asked,
        "pending": [pending[0], list(pending[1])] if pending else None,
        "last": reply_to_plain(last) if last else None,
    }


def from_plain(
    state: Mapping[str, Any], meetings: Iterable[str], topics: Iterable[Topic]
) -> tuple[Context, Reply | None, tuple[str, tuple[str, ...]] | None] | None:
    """The conversation back from `to_plain`; None when the state is unusable (another
    version, or its meeting is no longer loaded)."""
    if not isinstance(state, Mapping) or state.get("version") != VERSION:
        return None
    known = set(meetings)
    if state.get("meeting") not in known:
        return None
    topic = next((t for t in topics if t.key == state.get("topic")), None)
    context = Context(
        person=_str(state.get("person")),
        topic=topic,
        intent=_str(state.get("intent")),
        meeting=state["meeting"],
        script=_str(state.get("script")),
        group=_str(state.get("group")),
        asked=_str(state.get("asked")),
    )
    pending = None
    raw = state.get("pending")
    if isinstance(raw, list | tuple) and len(raw) == 2 and isinstance(raw[0], str):
        offered = tuple(m for m in raw[1] if m in known)
        pending = (raw[0], offered) if offered else None
    last = reply_from_plain(state.get("last"))
    return context, last, pending


def reply_to_plain(reply: Reply) -> dict[str, Any]:
    return {
        "text": reply.text,
        "answered": reply.answered,
        "intent": reply.intent,
        "tried_intent": reply.tried_intent,
        "confidence": reply.confidence,
        "runner_up": list(reply.runner_up) if reply.runner_up else None,
        "evidence": [e.as_dict() for e in reply.evidence],
        "suggestions": list(reply.suggestions),
        "script": reply.script,
        "meeting": reply.meeting,
        "person": reply.person,
        "choices": [list(c) for c in reply.choices],
    }


def reply_from_plain(data: Any) -> Reply | None:
    if not isinstance(data, Mapping) or not isinstance(data.get("text"), str):
        return None
    try:
        runner = data.get("runner_up")
        return Reply(
            text=data["text"],
            answered=bool(data.get("answered")),
            intent=_str(data.get("intent")),
            tried_intent=_str(data.get("tried_intent")),
            confidence=float(data.get("confidence") or 0.0),
            runner_up=(str(runner[0]), float(runner[1])) if runner else None,
            evidence=tuple(
                Evidence(int(e["paragraph"]), int(e["sentence"]), str(e["text"]))
                for e in data.get("evidence") or ()
            ),
            suggestions=tuple(str(s) for s in data.get("suggestions") or ()),
            script=str(data.get("script") or "hans"),
            meeting=_str(data.get("meeting")),
            person=_str(data.get("person")),
            choices=tuple((str(m), str(label)) for m, label in data.get("choices") or ()),
        )
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None

@dataclass
class Conversation:
    context: Context
    last: Reply | None = None
    pending: tuple[str, tuple[str, ...]] | None = None  # a question waiting for "which meeting?", and the meetings offered


class Conversations:
    """Conversations by key (a chat and a user), least recently used forgotten first."""

    def __init__(self, default_meeting: str, limit: int = MAX_CONVERSATIONS) -> None:
        self._default = default_meeting
        self._limit = limit
        self._items: OrderedDict[Hashable, Conversation] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable) -> Conversation:
        """The conversation of `key`, started on the default meeting if it is new."""
        conv = self._items.get(key)
        if conv is None:
            conv = Conversation(Context(meeting=self._default))
            self._items[key] = conv
            while len(self._items) > self._limit:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(key)
        return conv

    def peek(self, key: Hashable) -> Conversation | None:
        """The conversation of `key` if there is one (without starting or refreshing it)."""
        return self._items.get(key)

    def forget(self, key: Hashable) -> None:
        self._items.pop(key, None)
