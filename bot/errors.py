"""The errors the bot raises on purpose; each message says what to do."""

from __future__ import annotations


class BotError(Exception):
    """Base class: something the user or operator can fix."""


class ArticleError(BotError):
    """Raised when an article file cannot be read or holds no report text."""


class IntentFileError(BotError):
    """Raised when an intents file is malformed: names the file, the line, the intent and the problem."""

    def __init__(self, path: str, intent: str | None, problem: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else path
        where = f"{where}: intent '{intent}'" if intent else where
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.intent = intent
        self.problem = problem
        self.line = line


class ConfigError(BotError):
    """Raised when the bot's configuration (environment or config file) is unusable."""
