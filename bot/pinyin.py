"""Pinyin spellings of the people's names, so that "Who is Wang Weizhong?" finds 王伟中.

pypinyin's character table is read straight from its data file: importing pypinyin
itself also loads its phrase dictionary (about 55 MB resident, measured), and names
need only the character table (about 10 MB, 60 ms).
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "pinyin_dict.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _plain(syllable: str) -> str:
    text = syllable.replace("ü", "u").replace("Ü", "u")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def syllables(name: str) -> list[str] | None:
    """Toneless pinyin of each character (first reading), or None if one is unknown."""
    table = _table()
    out = []
    for ch in name:
        reading = table.get(str(ord(ch)))
        if not reading:
            return None
        out.append(_plain(reading.split(",")[0]))
    return out


@lru_cache(maxsize=8192)
def sounds(text: str, limit: int = 16, readings: int | None = None) -> frozenset[str]:
    """The toneless readings of `text` ('调' is diao or tiao), at most `limit` of them; with
    `readings`, only each character's first so many (the table lists the usual ones first:
    家 is jiā, then jia, jià, jie: a word is matched by how it is said, not by its rare readings)."""
    table = _table()
    out = [""]
    for ch in text:
        found = table.get(str(ord(ch)))
        if not found:
            return frozenset()
        options = {_plain(r) for r in found.split(",")[:readings]}
        out = [f"{head} {o}".strip() for head in out for o in options][:limit]
    return frozenset(out)


def toned(text: str) -> tuple[str, ...] | None:
    """Each character's usual reading with its tone (被 bèi, 备 bèi; 是 shì, 实 shí), or None if one is unknown."""
    table = _table()
    readings = [table.get(str(ord(ch)), "").split(",")[0] for ch in text]
    return None if not all(readings) else tuple(unicodedata.normalize("NFC", r) for r in readings)


_FUZZY = re.compile(r"\b([zcs])h")


def fuzzy(sound: str) -> str:
    """A reading with zh z, ch c, sh s made one, as many speakers say them: how a southern or a voice-typed 改照 still
    says 改造."""
    return _FUZZY.sub(r"\1", sound)


def spellings(name: str, compound_surnames: tuple[str, ...] = (), readings: dict[str, str] | None = None) -> list[str]:
    """How an English text may write a name: 'wang weizhong', 'weizhong wang', 'wang wei zhong'
    ('situ jun' for 司徒军 when 司徒 is among `compound_surnames`); a family name read its own way as a
    family name (`readings`: 乐正 yuezheng, 曾 zeng) is spelt both ways."""
    parts = syllables(name.replace("·", ""))
    if not parts or len(parts) < 2:
        return []
    split = 2 if len(parts) > 2 and name[:2] in compound_surnames else 1
    given = parts[split:]
    joined = "".join(given)
    family = name.replace("·", "")[:split]
    forms: set[str] = set()
    for surname in {"".join(parts[:split]), (readings or {}).get(family, "")} - {""}:
        forms |= {f"{surname} {joined}", f"{joined} {surname}", f"{surname}{joined}", f"{surname} {' '.join(given)}"}
    return sorted(forms, key=len, reverse=True)


def surname(name: str) -> str | None:
    parts = syllables(name)
    return parts[0] if parts else None


def spelt_in(text: str, spelt: str, sizes: tuple[int, ...] = (3, 2, 4)) -> str | None:
    """The first run of two to four characters of `text` whose pinyin, run together, is `spelt`
    ("xijinping": 习近平), trying three characters first; None when there is none."""
    spelt = "".join(c for c in spelt.lower() if c.isalpha())
    if not spelt:
        return None
    each = _each_syllable(text)  # (each character's reading once, not every run's again)
    for size in sizes:
        for at in range(len(text) - size + 1):
            sy = each[at : at + size]
            if all(sy) and "".join(sy) == spelt:
                return text[at : at + size]
    return None


@lru_cache(maxsize=8)
def _each_syllable(text: str) -> tuple[str, ...]:
    """Each character's first reading, toneless ('' for one the table lacks), for a text searched again and again."""
    table = _table()
    return tuple(_plain(r.split(",")[0]) if (r := table.get(str(ord(ch)))) else "" for ch in text)


@lru_cache(maxsize=1)
def _syllable_set() -> frozenset[str]:
    return frozenset(_plain(r) for readings in _table().values() for r in readings.split(","))


def name_shaped(text: str, most: int = 4) -> bool:
    """Whether an English text could spell a Chinese name: two to `most` pinyin syllables ("Sui Hong-fei",
    "Li Ming"), each word one syllable or several run together."""
    known = _syllable_set()
    count = 0
    for word in text.lower().replace("-", " ").replace("'", " ").split():
        parts = _split_syllables(word, known)
        if parts is None:
            return False
        count += parts
    return 2 <= count <= most


def _split_syllables(word: str, known: frozenset[str]) -> int | None:
    """How many syllables the word runs together (hongfei: 2), or None if it is no run of them (fewest first)."""
    best: list[int | None] = [0] + [None] * len(word)
    for end in range(1, len(word) + 1):
        options = [b + 1 for start in range(max(0, end - 6), end) if (b := best[start]) is not None and word[start:end] in known]
        best[end] = min(options) if options else None
    return best[len(word)]


def syllable_count(text: str) -> int | None:
    """How many pinyin syllables an English text runs together at fewest ("naixin ziben": 4), or None if it is no run of them."""
    known = _syllable_set()
    parts = [_split_syllables(w, known) for w in text.lower().replace("-", " ").replace("'", " ").split()]
    return None if not parts or None in parts else sum(p for p in parts if p is not None)


def said_in(text: str, spelt: str, size: int) -> str | None:
    """The first run of `size` Han characters of `text` said as `spelt` in any of their usual readings ("jianshizhang":
    监事长, whose 长 is zhang as well as chang); None when there is none."""
    spelt = "".join(c for c in spelt.lower() if c.isalpha())
    for at in range(len(text) - size + 1):
        window = text[at : at + size]
        if all("\u4e00" <= c <= "\u9fff" for c in window) and spelt in {s.replace(" ", "") for s in sounds(window, readings=3)}:
            return window
    return None


def runs_of_syllables(word: str) -> bool:
    """Whether a lower-case word is pinyin syllables run together (wang, weizhong, hongfei)."""
    return _split_syllables(word, _syllable_set()) is not None
