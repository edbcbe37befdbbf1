"""Read a report as published (noise and all), clean it, and split it into positioned sentences.

The file on disk stays verbatim; every cleaning step happens here, in order:
mojibake repair, pinyin annotations, Traditional to Simplified, character width and
punctuation, page furniture and bylines. Paragraph and sentence numbers refer to the
cleaned text, so that an answer can cite where it comes from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError
from .genre import Genre, load_genre
from .models import Sentence
from .scripts import to_simplified

_PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ"
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_ANNOTATION = re.compile(rf"(?<=[{_HAN}])\s?[(（][{_PINYIN}]{{1,7}}[)）]")
_GARBLE = re.compile(rf"\?[{_PINYIN}]{{1,7}}\)[A-Za-z]?(?![A-Za-z])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028-\u202e\ufeff]")
_HALF_TO_FULL = {",": "，", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_PUNCT_RANK = {"。": 5, "？": 5, "！": 5, "；": 4, "：": 3, "、": 2, "，": 1}
_PUNCT_RUN = re.compile(r"[，、；：。！？](?:\s*[，、；：。！？])+")
_SENTENCE = re.compile(r"[^。！？]*(?:[。！？]+[”’」』）]*|$)")
_SPACE_BETWEEN_HAN = re.compile(rf"(?<=[{_HAN}，。、；：！？“”])\s+(?=[{_HAN}，。、；：！？“”])")
_LINE_END = ("。", "！", "？", "”", "）", "…")


@dataclass(frozen=True)
class Article:
    """A cleaned report: its sentences in order, each with its position."""

    id: str
    title: str | None
    sentences: tuple[Sentence, ...]
    path: Path | None = None

    @property
    def paragraphs(self) -> list[list[Sentence]]:
        out: dict[int, list[Sentence]] = {}
        for s in self.sentences:
            out.setdefault(s.paragraph, []).append(s)
        return list(out.values())

    @property
    def text(self) -> str:
        return "\n".join("".join(s.text for s in p) for p in self.paragraphs)


def _fix_garbles(text: str, genre: Genre) -> str:
    for garble, char in genre.mojibake:
        text = text.replace(garble, char)
    return _GARBLE.sub("", text)


def _normalize_width(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            ch = unicodedata.normalize("NFKC", ch)
        elif ch == "\u3000":
            ch = " "
        out.append(ch)
    return "".join(out)


def _fullwidth_punctuation(line: str) -> str:
    def swap(match: re.Match[str]) -> str:
        ch, start = match.group(), match.start()
        before = line[start - 1] if start else ""
        after = line[start + 1] if start + 1 < len(line) else ""
        if ch in ",:" and before.isdigit() and after.isdigit():
            return ch  # 1,000 and 10:30 stay as they are
        return "：" if ch == ":" else _HALF_TO_FULL[ch]

    return re.sub(r"[,;?!():]", swap, line)


def _collapse_punctuation(line: str) -> str:
    def strongest(match: re.Match[str]) -> str:
        marks = [c for c in match.group() if not c.isspace()]
        return max(marks, key=lambda c: _PUNCT_RANK[c])

    return _PUNCT_RUN.sub(strongest, line)


def clean_line(line: str, genre: Genre | None = None) -> str:
    """One line of the report, cleaned (no furniture check)."""
    genre = genre or load_genre()
    line = _CONTROL.sub("", line)
    line = _fix_garbles(line, genre)
    line = _ANNOTATION.sub("", line)
    line = to_simplified(_normalize_width(line))
    line = _fullwidth_punctuation(line)
    line = _SPACE_BETWEEN_HAN.sub("", line.strip())
    line = _collapse_punctuation(line)
    return line.lstrip("，、；：").strip()


def _is_furniture(line: str, genre: Genre) -> bool:
    return any(p.match(line) for p in genre.furniture)


def _strip_byline(line: str, genre: Genre) -> str:
    for pattern in genre.bylines:
        line = pattern.sub("", line, count=1)
    return line


def split_sentences(paragraph: str) -> list[str]:
    """Split a cleaned paragraph at 。！？ (closing quotes stay with their sentence)."""
    return [s.strip() for s in _SENTENCE.findall(paragraph) if s.strip()]


def parse_article(raw: str, article_id: str = "article", path: Path | None = None) -> Article:
    """Clean a report's raw text and split it into positioned sentences."""
    genre = load_genre()
    title: str | None = None
    paragraphs: list[str] = []
    for raw_line in raw.splitlines():
        line = clean_line(raw_line, genre)
        if not line or _is_furniture(line, genre):
            continue
        line = _strip_byline(line, genre).strip()
        if not line:
            continue
        looks_like_headline = not line.endswith(_LINE_END) and len(line) <= 60
        if looks_like_headline and not paragraphs:
            title = title or line
            continue
        if line == title or (looks_like_headline and len(line) <= 30):
            continue  # the headline repeated, or a caption
        paragraphs.append(line)
    sentences = tuple(
        Sentence(p_no, s_no, text)
        for p_no, para in enumerate(paragraphs, start=1)
        for s_no, text in enumerate(split_sentences(para), start=1)
    )
    if not sentences:
        raise ArticleError(f"{path or article_id}: no report text found after cleaning.")
    return Article(article_id, title, sentences, path)


def load_article(path: Path) -> Article:
    """Read a report file (UTF-8) and parse it; raises ArticleError if it cannot."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(
            f"Cannot read the article {path}: {exc}. Give a UTF-8 text file."
        ) from exc
    return parse_article(raw, path.stem, path)
