"""The plain data the engine passes around: sentences, facts, replies."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """One sentence of the cleaned article, with its position (both 1-based)."""

    paragraph: int
    index: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """An article sentence an answer rests on, in the script of the reply."""

    paragraph: int
    sentence: int
    text: str

    def as_dict(self) -> dict[str, object]:
        return {"paragraph": self.paragraph, "sentence": self.sentence, "text": self.text}


@dataclass(frozen=True)
class Reply:
    """What the engine answers to one question.

    ``text`` is the plain text a user sees (no markup); channels escape it.
    ``answered`` is False when the article does not hold the answer.
    ``suggestions`` are likely next questions, in the script of the question.
    ``choices`` is set when the question could belong to several meetings:
    each entry is ``(meeting_id, label)``, and the channel offers them.
    ``tried_intent`` is the intent the engine tried, also when it refused (then ``intent``
    may be None: nothing was recognised above the threshold, and this is the best guess).
    """

    text: str
    answered: bool
    intent: str | None = None
    confidence: float = 0.0
    runner_up: tuple[str, float] | None = None
    evidence: tuple[Evidence, ...] = ()
    suggestions: tuple[str, ...] = ()
    script: str = "hans"
    meeting: str | None = None
    person: str | None = None  # the person the answer is about, for follow-ups ("他呢？")
    choices: tuple[tuple[str, str], ...] = field(default=())
    tried_intent: str | None = None
