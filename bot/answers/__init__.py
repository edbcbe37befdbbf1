"""Compose replies from the facts: one composer per `answer:` kind in intents/*.yaml.

Importing the package registers every composer (meeting, people, speech) in COMPOSERS.
A composer receives a Request — the typed question, the intent, the facts, the knowledge
and the genre — and never the question's text.
"""

from __future__ import annotations

from . import meeting, people, speech  # noqa: F401  (they register their composers)
from .base import (
    COMPOSERS,
    Composed,
    Request,
    act_check,
    compose,
    deputy_instead,
    responded,
    role_holders,
    scene_word,
    unintended,
    which_named,
)
from .meeting import extreme, timed_of

# Intents whose templates the composers borrow by name; the intents files must define them.
REQUIRED_INTENTS = ("figures", "statements")

__all__ = ["COMPOSERS", "REQUIRED_INTENTS", "Composed", "Request", "act_check", "compose", "deputy_instead", "extreme", "responded", "role_holders", "scene_word", "timed_of", "unintended", "which_named"]
