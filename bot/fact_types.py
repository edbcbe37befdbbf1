"""The records facts are made of: a value, a person and a statement, each with its evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from .models import Sentence

V = TypeVar("V")


@dataclass(frozen=True)
class Fact(Generic[V]):
    """A single value read from the article (a text, or a Date), with the sentences it rests on."""

    value: V
    evidence: tuple[Sentence, ...]


@dataclass(frozen=True)
class Person:
    name: str
    roles: tuple[str, ...]
    actions: tuple[str, ...]
    evidence: tuple[Sentence, ...]

    @property
    def title(self) -> str:
        return "、".join(self.roles)


@dataclass(frozen=True)
class Statement:
    """What a speaker (a person, or a group such as 企业家代表) said in one sentence."""

    speaker: str
    verb: str
    text: str
    sentence: Sentence
    group: bool = False
