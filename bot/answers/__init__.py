"""Compose replies from the facts: one composer per `answer:` kind in intents/*.yaml.

Importing the package registers every composer (meeting, people, speech) in COMPOSERS.
"""

from __future__ import annotations

from . import meeting, people, speech  # noqa: F401  (they register their composers)
from .base import COMPOSERS, Composed, Request, compose

__all__ = ["COMPOSERS", "Composed", "Request", "compose"]
