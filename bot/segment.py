"""Word segmentation with jieba, on a trimmed dictionary plus the articles' own names.

jieba's full dictionary costs about a second and 90 MB to load; questions to this bot
are short and its important words (names, roles, places, topic terms) are added as user
words, so the most frequent 60,000 entries of jieba's own dictionary are enough. The
trimmed dictionary is written once into a cache folder (MEETING_BOT_CACHE, else
~/.cache/meeting-bot, else the temp folder).
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

import jieba

log = logging.getLogger(__name__)
DICTIONARY_SIZE = 60_000
CUT_CACHE = 2048  # texts whose cut is remembered (a question is cut by several steps)


def _cache_dir() -> Path:
    for candidate in (os.environ.get("MEETING_BOT_CACHE"), Path.home() / ".cache" / "meeting-bot"):
        if not candidate:
            continue
        path = Path(candidate)
        try:
            path.mkdir(parents=True, exist_ok=True)
            if os.access(path, os.W_OK):
                return path
        except OSError:
            continue
    return Path(tempfile.gettempdir())


def trimmed_dictionary(size: int = DICTIONARY_SIZE) -> Path:
    """jieba's dictionary cut to its `size` most frequent words (written once, then reused)."""
    cache = _cache_dir()
    target = cache / f"jieba-{jieba.__version__}-top{size}.txt"
    if target.exists():
        return target
    source = Path(jieba.__file__).with_name("dict.txt")
    entries = []
    with source.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                entries.append((int(parts[1]), line))
    entries.sort(key=lambda e: -e[0])
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text("".join(line for _, line in entries[:size]), encoding="utf-8")
    os.replace(tmp, target)
    log.info("wrote trimmed jieba dictionary %s", target)
    return target


_COUNT = re.compile(r"多少|几|幾|[\d一二两三四五六七八九十百千万]+")  # a count a classifier may follow (not 统一 nor 第一)


class Segmenter:
    """A jieba tokenizer of its own (not the global one), with extra user words."""

    def __init__(self, words: Iterable[str] = (), classifiers: Iterable[str] = ()) -> None:
        jieba.setLogLevel(logging.WARNING)
        self._classifiers = frozenset(c for c in classifiers if len(c) == 1)  # 家 of "多少家民宿"
        self._tokenizer = jieba.Tokenizer(dictionary=str(trimmed_dictionary()))
        self._tokenizer.tmp_dir = str(_cache_dir())
        self._tokenizer.initialize()
        self._common = frozenset(w for w, f in self._tokenizer.FREQ.items() if f)
        self._tags: dict[str, str] | None = None  # read from the dictionary on first use
        self._cache: dict[str, tuple[str, ...]] = {}
        self.add_words(words)

    def add_words(self, words: Iterable[str]) -> None:
        self._cache.clear()
        for word in words:  # a Latin word added would be cut out of others ("ai": s + ai + d of "said")
            if word and len(word) > 1 and not word.isascii():
                self._tokenizer.add_word(word, freq=200_000)

    def is_common(self, word: str) -> bool:
        """A word of jieba's own (trimmed) dictionary: an everyday word, not a name."""
        return word in self._common

    def tag(self, word: str) -> str | None:
        """jieba's part-of-speech tag of an everyday word, as its dictionary gives it (已经: d,
        项目: n); None for a word it does not hold. jieba.posseg is not needed for this."""
        if self._tags is None:
            tags: dict[str, str] = {}
            with trimmed_dictionary().open(encoding="utf-8") as fh:
                for line in fh:
                    parts = line.split()
                    if len(parts) == 3:
                        tags[parts[0]] = parts[2]
            self._tags = tags
        return self._tags.get(word)

    def _counted_apart(self, words: list[str]) -> tuple[str, ...]:
        """A classifier glued to the unknown word it counts, right after a count ("多少家民宿": 多少 家民宿, jieba not
        knowing 民宿), cut apart: 家 and 民宿."""
        out: list[str] = []
        for w in words:
            if out and len(w) >= 3 and w[0] in self._classifiers and not self._tokenizer.FREQ.get(w) and _COUNT.fullmatch(out[-1]):
                out += [w[0], w[1:]]
            else:
                out.append(w)
        return tuple(out)

    def cut(self, text: str) -> list[str]:
        """jieba's words of a text (spaces left out). The steps of a question cut the same text
        several times, so the last cuts are remembered."""
        return list(self._cut(text))

    def _cut(self, text: str) -> tuple[str, ...]:
        found = self._cache.get(text)
        if found is None:
            found = self._counted_apart([w for w in self._tokenizer.lcut(text, HMM=True) if w.strip()])
            if len(self._cache) >= CUT_CACHE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[text] = found
        return found
