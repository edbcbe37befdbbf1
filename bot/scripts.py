"""Writing systems and character classes: Han characters (the one definition), telling
Simplified, Traditional and English apart, and converting between them.

OpenCC does the conversion; its converters are built once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import opencc

from .pinyin import runs_of_syllables

HANS, HANT, EN = "hans", "hant", "en"
SCRIPTS = (HANS, HANT, EN)

# Han characters, the one definition: `HAN_CLASS` goes inside a regex character class
# (f"[{HAN_CLASS}]{{2,4}}"), `HAN` is the compiled class itself.
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN = re.compile(f"[{HAN_CLASS}]")
HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_CANTONESE = frozenset("冇喺嘅咗哋啲嘢咩佢嚟噉嗰睇㗎揾")  # not 乜: a family name too (乜晓雯)
_CHAT_ASIDES = re.compile(r"(?i)\btl;?\s?dr\b|\bbtw\b|\bpls\b|\bplz\b|\bfyi\b")  # chat's asides, in any language
_NOT_WORDS = re.compile(r"</?[A-Za-z][^>]{0,40}>|https?://\S+|@\w+|&[a-z]+;")


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


# characters OpenCC's t2s gives a rare form that Simplified Cantonese does not write (嗰 -> 𠮶)
_KEPT = str.maketrans({"𠮶": "嗰"})


# family names OpenCC would write as another character (麴 -> 曲: 麴红梅 is no 曲红梅), kept through the conversion
_FAMILY_NAMES = "麴"
_HIDDEN = str.maketrans({c: chr(0xE100 + i) for i, c in enumerate(_FAMILY_NAMES)})
_SHOWN = str.maketrans({chr(0xE100 + i): c for i, c in enumerate(_FAMILY_NAMES)})


def to_simplified(text: str) -> str:
    """Convert Traditional characters to Simplified (Simplified text is left as it is), Hong Kong's variant forms too
    (衞 of a Hong Kong page is 卫, as 衛 is)."""
    return _converter("hk2s").convert(text.translate(_HIDDEN)).translate(_KEPT).translate(_SHOWN) if text else text


def to_traditional(text: str) -> str:
    """Convert Simplified characters to Traditional."""
    return _converter("s2tw").convert(text) if text else text


TRADITIONAL_SHARE = 0.05  # of a text's Han characters written otherwise in Simplified: a Traditional text


def written_forms(text: str, as_written: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """For a Traditional text, where converting its Simplified reading back writes other
    characters than it does (1.94萬臺 for its 1.94萬台, 臺灣 for 台灣), of `as_written` (characters
    both scripts write, which the converter changes in some words): each such character with the
    one before it, as the converter writes them and as the text does. A reply quoting the text
    puts its forms back. A Simplified text has none."""
    simplified = to_simplified(text)
    han = len(HAN.findall(text))
    changed = sum(a != b for a, b in zip(text, simplified, strict=False)) if len(simplified) == len(text) else han
    if not han or changed < TRADITIONAL_SHARE * han:
        return ()
    out: dict[str, str] = {}
    for line in text.splitlines():
        back = to_traditional(to_simplified(line))
        if back == line or len(back) != len(line):
            continue
        for i in range(1, len(line)):
            if back[i] != line[i] and line[i] in as_written and HAN.match(line[i - 1]):
                out.setdefault(back[i - 1 : i + 1], line[i - 1 : i + 1])
    return tuple(out.items())


def is_neutral(text: str) -> bool:
    """Han text written the same in both scripts (那金融呢): it does not tell which one the user writes."""
    return has_han(text) and to_simplified(text) == text and to_traditional(text) == text


def has_han(text: str) -> bool:
    """Whether `text` holds a Han character (a Chinese word, not an English one)."""
    return HAN.search(text) is not None


def is_han(text: str) -> bool:
    """Whether every character of `text` is Han (and there is one)."""
    return HAN_RUN.fullmatch(text) is not None


MIXED_CANTONESE = 4  # Han characters with a Cantonese word among them that make a question Chinese whatever frames it


def detect(text: str) -> str:
    """The script a question is written in: ``hans``, ``hant`` or ``en``.

    Text with Han characters is Traditional when converting it to Simplified changes
    it; text without Han characters but with Latin words is English; anything else
    (digits, emoji, nothing) counts as Simplified, the bot's default.
    """
    text = _NOT_WORDS.sub(" ", text)  # tags, links and @mentions say nothing of the script
    text = _CHAT_ASIDES.sub(" ", text)  # (nor "tl;dr：" before a Chinese question)
    latin = sum(len(w) for w in _LATIN_WORD.findall(text))
    han = len(HAN.findall(text))
    words = _LATIN_WORD.findall(text)
    # an English sentence around Chinese words ("What about 人工智能…?"), not a brand before a Chinese one
    # ("Kinetica Labs那个项目…?"): it has a word in lower case after the first
    english = any(w.islower() for w in words[1:])
    english_frame = len(words) >= 2 and re.match(r"\W*[A-Za-z]{2,}", text) is not None and english
    # (pinyin typed for words the asker could not type, "naixin ziben是啥": Chinese)
    pinyin = han >= 2 and bool(words) and all(runs_of_syllables(w.lower()) for w in words)
    english_frame = english_frame and not pinyin
    # (a Chinese sentence with English words inside it, "这期班的class teacher是谁", is Chinese: it does not open in English)
    mixed = han >= 2 and re.match(r"\W*[A-Za-z]", text) is None or pinyin
    # (Cantonese words inside an English frame, "how much funding 政府會俾啲 AI startup ah？有冇講…": a Hong Kong reader's)
    spoken = han >= MIXED_CANTONESE and any(c in _CANTONESE for c in text)
    if spoken or han and not english_frame and (len(words) < 2 or latin <= han or not english or mixed):
        cantonese = any(c in _CANTONESE for c in text)  # Hong Kong readers write Traditional
        return HANT if cantonese or to_simplified(text) != text else HANS
    if _LATIN_WORD.search(text):
        return EN
    return HANS


def render(text: str, script: str, names: dict[str, str] | None = None) -> str:
    """Put Simplified text into the script of the question (English frames keep Chinese facts);
    `names`: Traditional forms the converter gets wrong, by what it makes of them (遊慧心: 游慧心)."""
    if script != HANT:
        return text
    out = to_traditional(text)
    for wrong, right in (names or {}).items():
        out = out.replace(wrong, right)
    return out


def name_forms(names: Iterable[str], as_written: frozenset[str]) -> dict[str, str]:
    """For the names whose characters the converter turns into a word's (游 of a name is no 遊),
    its output and the name as it should read: the characters of `as_written` kept."""
    out: dict[str, str] = {}
    for name in names:
        if any(c in as_written for c in name):
            converted = to_traditional(name)
            if len(converted) == len(name):
                right = "".join(n if n in as_written else t for n, t in zip(name, converted, strict=True))
                if right != converted:
                    out[converted] = right
    return out
