"""Reading report files one by one, robustly, and a cache of what is extracted from them.

    reports = load_reports(paths)     # never raises for one bad file
    reports.loaded                    # [Loaded(facts, vocabulary)], in the order of `paths`
    reports.skipped                   # [Skipped(path, reason)], each also logged once

Each report is read on its own: UTF-8 with or without a byte-order mark, UTF-16 (with a
mark), and anything else through charset-normalizer (GB18030/GBK, Big5, UTF-16 without a
mark…). A file larger than the size limit, one that cannot be read or decoded, one with no
Chinese report text, or one in which no meeting fact is found is skipped with one warning that
names the file and says why; the others are served. A malformed sidecar is reported and the
report loads without it.

What extraction gives (the facts, sidecar applied, and the report's vocabulary) is cached per
file in the user cache folder (`MEETING_BOT_CACHE`, else ~/.cache/meeting-bot), under
``facts/<code version>/<key>.pickle``. The key is a hash of the file's path and bytes and of its
sidecar; the code version is a hash of the bot's sources and bot/genre.yaml, so a change of
either rebuilds. Entries are written atomically; the folder is safe to delete at any time.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import os
import pickle
import shutil
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TextIO

from .article import parse_article
from .errors import ArticleError
from .facts import Facts, extract
from .genre import Genre, load_genre
from .scripts import HAN
from .sidecar import apply_sidecar, load_sidecar, sidecar_path
from .understanding.normalise import clean
from .userdirs import cache_dir
from .vocabulary import Vocabulary

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
MAX_REPORT_MB = 2.0  # a larger file is skipped (MEETING_BOT_MAX_REPORT_MB overrides)
MIN_HAN_CHARS = 30  # a report with fewer Chinese characters than this is no report
CACHE_FORMAT = 1  # bump when the cached value's shape changes
CACHE_KEEP_DAYS = 14  # cache folders of other code versions unused this long are removed
PROGRESS_MIN_FILES = 20  # a cold build of fewer files shows no progress bar
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class ReportSkipped(ArticleError):
    """Raised when one report file cannot be served; the message says why (not which file)."""


@dataclass(frozen=True)
class Loaded:
    """What one report contributes: its facts (sidecar applied) and its vocabulary."""

    facts: Facts
    vocabulary: Vocabulary


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str


@dataclass
class Reports:
    loaded: list[Loaded] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    cache_hits: int = 0


def max_report_bytes() -> int:
    """The size limit: MEETING_BOT_MAX_REPORT_MB (megabytes, may be fractional), else 2 MB."""
    raw = os.environ.get("MEETING_BOT_MAX_REPORT_MB", "").strip()
    try:
        megabytes = float(raw) if raw else MAX_REPORT_MB
    except ValueError:
        log.warning("MEETING_BOT_MAX_REPORT_MB=%r is no number; using %s", raw, MAX_REPORT_MB)
        megabytes = MAX_REPORT_MB
    return round(megabytes * 1024 * 1024)


def _megabytes(size: int) -> str:
    """'4.4', '2', '0.001': three significant digits at most."""
    return f"{size / 1048576:.3g}"


# -- which files -------------------------------------------------------------------------


def article_paths(articles: Iterable[Path] | None, seeds: Path | None, default: Path) -> list[Path]:
    """The report files to serve: explicit articles, else every *.txt in the seeds folder."""
    paths = [Path(p) for p in articles or ()]
    for path in paths:
        if path.is_dir():
            raise ArticleError(
                f"--article {path} is a folder; give a report file, or --seeds {path} to serve "
                "every *.txt in it."
            )
        if not path.exists():
            raise ArticleError(f"The article {path} does not exist.")
        if not path.is_file():
            raise ArticleError(f"The article {path} is not a regular file.")
    if paths:
        return paths
    folder = Path(seeds) if seeds else default
    if folder.is_file():
        raise ArticleError(f"--seeds {folder} is a file; give --article {folder} for one report.")
    if not folder.is_dir():
        raise ArticleError(
            f"The seeds folder {folder} does not exist. Give --seeds DIR or --article PATH."
        )
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise ArticleError(f"No *.txt report in {folder}. Put a meeting report there.")
    return paths


# -- reading one file ----------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """The text of a report file and the encoding it was read with.

    A byte-order mark decides; else strict UTF-8; else charset-normalizer's best guess
    (GB18030/GBK, Big5, UTF-16 without a mark…). Raises ReportSkipped when nothing fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for the rare file that is not UTF-8

    best = from_bytes(data).best()
    if best is None:
        raise ReportSkipped("its encoding could not be recognised (is it a text file?)")
    return str(best), best.encoding


def read_report(path: Path, data: bytes, genre: Genre) -> Facts:
    """Decode, clean and extract one report; raises ReportSkipped saying why it cannot serve."""
    text, encoding = decode(data)
    if "\x00" in text:
        raise ReportSkipped(f"it holds binary data (read as {encoding})")
    if len(HAN.findall(text)) < MIN_HAN_CHARS:
        raise ReportSkipped(f"it has no Chinese report text (read as {encoding})")
    try:
        article = parse_article(text, path.stem, path, genre)
    except ArticleError:
        raise ReportSkipped("no report text is left after cleaning") from None
    facts = extract(article, genre)
    if not (facts.meeting or facts.date or facts.people or facts.statements):
        raise ReportSkipped("no meeting, date, person or statement was found in it")
    return facts


# -- the cache ------------------------------------------------------------------------------


@cache
def code_version() -> str:
    """A hash of everything extraction depends on: the bot's sources and bot/genre.yaml."""
    digest = hashlib.sha256(f"{CACHE_FORMAT} {sys.version_info[:2]}".encode())
    for path in sorted([*PACKAGE_DIR.rglob("*.py"), *PACKAGE_DIR.glob("*.yaml")]):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class FactCache:
    """Extracted reports on disk, one pickle per report, keyed by content and code version."""

    def __init__(self, folder: Path | None = None) -> None:
        root = (folder or cache_dir()) / "facts"
        self.folder = root / code_version()
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.utime(self.folder)  # in use: not removed as stale by another version
            self._prune(root)
            self.writable = os.access(self.folder, os.W_OK)
        except OSError as exc:
            log.warning("the facts cache %s cannot be used (%s); reading every report", root, exc)
            self.writable = False

    def _prune(self, root: Path) -> None:
        """Remove folders of other code versions that nothing used for CACHE_KEEP_DAYS."""
        limit = time.time() - CACHE_KEEP_DAYS * 86400
        for other in root.iterdir():
            try:
                stale = other != self.folder and other.is_dir() and other.stat().st_mtime < limit
            except OSError:  # removed meanwhile by another process
                continue
            if stale:
                shutil.rmtree(other, ignore_errors=True)

    @staticmethod
    def key(path: Path, data: bytes, sidecar: bytes | None) -> str:
        digest = hashlib.sha256(str(path.resolve()).encode() + b"\0" + data)
        digest.update(b"\0sidecar\0" + (sidecar if sidecar is not None else b"-"))
        return digest.hexdigest()[:32]

    def get(self, key: str) -> tuple[Loaded, tuple[str, ...]] | None:
        if not self.writable:
            return None
        try:
            with (self.folder / f"{key}.pickle").open("rb") as fh:
                value = pickle.load(fh)
        except FileNotFoundError:
            return None
        except Exception as exc:  # a truncated or foreign file is only a miss
            log.info("cache entry %s unreadable (%s); rebuilding it", key, type(exc).__name__)
            return None
        return value if isinstance(value, tuple) and isinstance(value[0], Loaded) else None

    def put(self, key: str, value: tuple[Loaded, tuple[str, ...]]) -> None:
        if not self.writable:
            return
        target = self.folder / f"{key}.pickle"
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        try:
            with tmp.open("wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)  # readers see the old entry or the whole new one
        except OSError as exc:
            log.info("could not write cache entry %s: %s", target, exc)
            tmp.unlink(missing_ok=True)


# -- all reports ----------------------------------------------------------------------------


class _Progress:
    """A one-line progress bar on a terminal; silent elsewhere."""

    def __init__(self, stream: TextIO | None, total: int) -> None:
        self.stream = stream if stream is not None and _is_tty(stream) else None
        self.total, self.shown, self.last = total, False, 0.0

    def update(self, done: int, built: int) -> None:
        if self.stream is None or built < 1 or self.total < PROGRESS_MIN_FILES:
            return
        now = time.monotonic()
        if done < self.total and now - self.last < 0.1:
            return
        self.last, self.shown = now, True
        width = 30
        filled = width * done // self.total
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\rreading reports [{bar}] {done}/{self.total} ({built} extracted)")
        self.stream.flush()

    def close(self) -> None:
        if self.shown and self.stream is not None:
            self.stream.write("\n")
            self.stream.flush()


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def load_reports(
    paths: Iterable[Path],
    genre: Genre | None = None,
    *,
    max_bytes: int | None = None,
    cache: FactCache | None | bool = True,
    progress: TextIO | None = None,
) -> Reports:
    """Read every report on its own; the bad ones are skipped with a warning each.

    `cache=True` uses the user cache folder, a FactCache another folder, False none.
    `progress` (usually sys.stderr) shows a progress bar while reports are extracted, when it
    is a terminal.
    """
    paths = list(paths)
    genre = genre or load_genre()
    limit = max_report_bytes() if max_bytes is None else max_bytes
    store = FactCache() if cache is True else cache or None
    reports = Reports()
    bar = _Progress(progress, len(paths))
    built = 0
    for done, path in enumerate(paths, 1):
        try:
            entry, hit = _load_one(path, limit, store, genre)
        except ReportSkipped as exc:
            reports.skipped.append(Skipped(path, str(exc)))
            log.warning("skipped %s: %s", path, exc)
        else:
            reports.loaded.append(entry)
            reports.cache_hits += hit
            built += not hit
        bar.update(done, built)
    bar.close()
    return reports


def _read_bytes(path: Path, limit: int) -> tuple[bytes, bytes | None]:
    """The report file's bytes and its sidecar's (None without one); ReportSkipped saying why not."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise ReportSkipped(
                f"it is {_megabytes(size)} MB, over the {_megabytes(limit)} MB limit "
                "(MEETING_BOT_MAX_REPORT_MB)"
            )
        side = sidecar_path(path)
        return path.read_bytes(), side.read_bytes() if side.is_file() else None
    except OSError as exc:
        raise ReportSkipped(f"it cannot be read ({exc.strerror or exc})") from None


def _load_one(path: Path, limit: int, store: FactCache | None, genre: Genre) -> tuple[Loaded, bool]:
    data, sidecar_bytes = _read_bytes(path, limit)
    key = FactCache.key(path, data, sidecar_bytes)
    cached = store.get(key) if store else None
    if cached is not None:
        entry, warnings = cached
        for warning in warnings:
            log.warning("ignored the sidecar of %s: %s", path, warning)
        if entry.facts.article.path != path:  # the same file under another folder
            article = replace(entry.facts.article, path=path)
            entry = replace(entry, facts=replace(entry.facts, article=article))
        return entry, True
    facts = read_report(path, data, genre)
    warnings: list[str] = []
    aliases: tuple[str, ...] = ()
    if sidecar_bytes is not None:
        try:
            sidecar = load_sidecar(path)
        except ArticleError as exc:
            warnings.append(str(exc))
            log.warning("ignored the sidecar of %s: %s", path, exc)
        else:
            if sidecar:
                facts = apply_sidecar(facts, sidecar, genre)
                aliases = tuple(clean(a) for a in sidecar.aliases)
    entry = Loaded(facts, Vocabulary.from_facts(facts, genre, aliases))
    if store:
        store.put(key, (entry, tuple(warnings)))
    return entry, False
