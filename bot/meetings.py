"""Meetings: the reports to serve, read once, each with its facts and its words.

    paths = article_paths(seeds=Path("seeds"))
    meetings = load_meetings(paths, genre)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .article import load_article
from .errors import ArticleError
from .facts import Facts, extract
from .genre import Genre
from .sidecar import apply_sidecar, load_sidecar
from .understanding import ReportWords, clean
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
    paths = [Path(p) for p in articles or ()]
    if not paths:
        folder = Path(seeds) if seeds else SEEDS_DIR
        if not folder.is_dir():
            raise ArticleError(f"The seeds folder {folder} does not exist. Give --seeds DIR or --article PATH.")
        paths = sorted(folder.glob("*.txt"))
        if not paths:
            raise ArticleError(f"No *.txt report in {folder}. Put a meeting report there.")
    for path in paths:
        if not path.is_file():
            raise ArticleError(f"The article {path} does not exist.")
    return paths


def load_meeting(path: Path, genre: Genre) -> Meeting:
    """Read one report (and its sidecar), extract its facts and its words."""
    facts = extract(load_article(path, genre), genre)
    sidecar = load_sidecar(path)
    if sidecar:
        facts = apply_sidecar(facts, sidecar, genre)
    aliases = tuple(clean(a) for a in sidecar.aliases) if sidecar else ()
    vocabulary = Vocabulary.from_facts(facts, genre, aliases)
    return Meeting(facts.article.id, facts, vocabulary, ReportWords(vocabulary, genre))


def load_meetings(paths: Iterable[Path], genre: Genre) -> list[Meeting]:
    return [load_meeting(path, genre) for path in paths]
