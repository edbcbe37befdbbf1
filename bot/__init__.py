"""会议问答机器人 — answers questions about a meeting from its news report, citing the sentences."""

from __future__ import annotations

from .article import Article, load_article, parse_article
from .engine import Engine
from .errors import ArticleError, BotError, ConfigError, IntentFileError
from .facts import Facts, Person, Statement, extract
from .intents import Knowledge, load_knowledge
from .meetings import Meeting
from .models import Evidence, Reply, Sentence

__all__ = [
    "Article",
    "ArticleError",
    "BotError",
    "ConfigError",
    "Engine",
    "Evidence",
    "Facts",
    "IntentFileError",
    "Knowledge",
    "Meeting",
    "Person",
    "Reply",
    "Sentence",
    "Statement",
    "extract",
    "load_article",
    "load_knowledge",
    "parse_article",
]
__version__ = "0.1.0"
