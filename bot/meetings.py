"""Meetings: the reports to serve, read once, each with its facts and its words.

    paths = article_paths(seeds=Path("seeds"))
    meetings = load_meetings(paths, genre)      # broken files skipped (bot/loading.py)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import loading
from .facts import Facts
from .genre import Genre
from .understanding import ReportWords
from .vocabulary import Vocabulary

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_DIR / "seeds"


@dataclass(frozen=True)
class Meeting:
    """One report and everything derived from it."""

    id: str
    facts: Facts
    vocabulary: Vocabulary
    words: ReportWords

    @property
    def label(self) -> str:
        f = self.facts
        name = f.meeting.value if f.meeting else (f.article.title or self.id)
        when = str(f.date.value) if f.date else ""
        where = f.place.value if f.place else ""
        extra = "，".join(x for x in (when, where) if x)
        return f"{name}（{extra}）" if extra else name

    @property
    def name(self) -> str:
        return self.facts.meeting.value if self.facts.meeting else self.id


def article_paths(articles: Iterable[Path] | None = None, seeds: Path | None = None) -> list[Path]:
    """The report files to serve: explicit articles, else every *.txt in the seeds folder."""
    return loading.article_paths(articles, seeds, SEEDS_DIR)


def meeting_of(facts: Facts, vocabulary: Vocabulary, genre: Genre) -> Meeting:
    """A meeting from what loading gives (the facts and the vocabulary of one report)."""
    return Meeting(facts.article.id, facts, vocabulary, ReportWords(vocabulary, genre))


def load_meetings(paths: Iterable[Path], genre: Genre) -> list[Meeting]:
    """Every report that can be read (bot/loading.py skips the others with a warning)."""
    return [meeting_of(r.facts, r.vocabulary, genre) for r in loading.load_reports(paths, genre).loaded]
