"""Writing systems: tell Simplified, Traditional and English apart, convert between them.

OpenCC does the conversion; its converters are built once, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import opencc

HANS, HANT, EN = "hans", "hant", "en"
SCRIPTS = (HANS, HANT, EN)

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
MAX_QUESTION_CHARS = 300  # longer questions are cut before parsing
_MENTION = re.compile(r"@\w+|https?://\S+|</?[a-z][^>]{0,40}>", re.I)
_NOT_WORDS = re.compile(r"</?[A-Za-z][^>]{0,40}>|https?://\S+|@\w+|&[a-z]+;")


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Convert Traditional characters to Simplified (Simplified text is left as it is)."""
    return _converter("t2s").convert(text) if text else text


def to_traditional(text: str) -> str:
    """Convert Simplified characters to Traditional."""
    return _converter("s2tw").convert(text) if text else text


def is_neutral(text: str) -> bool:
    """Han text written the same in both scripts (那金融呢): it does not tell which one the user writes."""
    return has_han(text) and to_simplified(text) == text and to_traditional(text) == text


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def detect(text: str) -> str:
    """The script a question is written in: ``hans``, ``hant`` or ``en``.

    Text with Han characters is Traditional when converting it to Simplified changes
    it; text without Han characters but with Latin words is English; anything else
    (digits, emoji, nothing) counts as Simplified, the bot's default.
    """
    text = _NOT_WORDS.sub(" ", text)  # tags, links and @mentions say nothing of the script
    latin = sum(len(w) for w in _LATIN_WORD.findall(text))
    han = len(_HAN.findall(text))
    words = _LATIN_WORD.findall(text)
    english_frame = len(words) >= 2 and re.match(r"\W*[A-Za-z]{2,}", text) is not None
    if han and not english_frame and (len(words) < 2 or latin <= han):
        return HANT if to_simplified(text) != text else HANS
    if _LATIN_WORD.search(text):
        return EN
    return HANS


def render(text: str, script: str) -> str:
    """Put Simplified text into the script of the question (English frames keep Chinese facts)."""
    return to_traditional(text) if script == HANT else text


def normalize(question: str) -> str:
    """Simplified, lower-case, half-width, without @mentions, links, tags or control characters."""
    text = "".join(
        ch
        for ch in question[: MAX_QUESTION_CHARS * 4]
        if unicodedata.category(ch)[0] != "C" or ch == " "
    )
    text = _MENTION.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    text = to_simplified(text).lower()
    text = re.sub(r"\s+", " ", text).strip()[:MAX_QUESTION_CHARS]
    return re.sub(r"(^|(?<=[^\u4e00-\u9fff]))是(?=谁)|(?<=[\u4e00-\u9fff])是(?=谁[^的啊呀呢吗？?。\s])", "", text)  # 是谁宣读的 = 谁宣读的
