"""Conversations: what each chat has established (its context, its last reply, a question
waiting for "which meeting?"), kept for the most recent MAX_CONVERSATIONS chats."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass

from .models import Reply
from .understanding import Context

MAX_CONVERSATIONS = 10_000  # least recently used conversations are forgotten beyond this


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
