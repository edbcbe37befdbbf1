"""Compose replies from the facts: one composer per `answer:` kind in intents/*.yaml.

Importing the package registers every composer (meeting, people, speech) in COMPOSERS.
"""

from __future__ import annotations

from . import meeting, people, speech  # noqa: F401  (they register their composers)
from .base import COMPOSERS, Composed, Request, compose

# Intents the composers hand questions on to by name (retarget, templates of another intent);
# the intents files must define them.
REQUIRED_INTENTS = ("attendees", "figures", "group_views", "research", "statements", "theme", "topic", "summary")

__all__ = ["COMPOSERS", "REQUIRED_INTENTS", "Composed", "Request", "compose"]
