"""Telegram-sized HTML messages from plain text: escaped, and split at sentence ends.

Telegram counts a message's length in UTF-16 code units after entity parsing, so a piece of
plain text keeps its length once escaped; tags are only ever added around whole pieces.
"""

from __future__ import annotations

import html

MAX_MESSAGE_CHARS = 4096  # Telegram's limit, in UTF-16 units after entity parsing
MAX_HEADER_CHARS = 200  # a question shown above its answer is clipped to this
SENTENCE_ENDS = "。！？.!?\n"
CLOSERS = "”’」』）)\"'"


def split_message(text: str, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """Cut text into pieces of at most ``limit`` UTF-16 units, at sentence ends when possible."""
    pieces = []
    while utf16_len(text) > limit:
        cut = _fit(text, limit)
        end = max(text.rfind(mark, 0, cut) for mark in SENTENCE_ENDS) + 1
        end = end or text.rfind(" ", 0, cut) + 1 or cut
        while end < cut and text[end] in CLOSERS:
            end += 1
        pieces.append(text[:end])
        text = text[end:]
    return [*pieces, text] if text else pieces


def render(text: str, header: str | None = None) -> list[str]:
    """HTML messages for plain text: escaped and split, the first under an optional bold header."""
    head = clip((header or "").strip(), MAX_HEADER_CHARS)
    pieces = split_message(text, MAX_MESSAGE_CHARS - utf16_len(head) - 1)
    messages = [html.escape(piece.strip()) for piece in pieces if piece.strip()]
    if head:
        messages[:1] = ["\n".join([f"<b>{html.escape(head)}</b>", *messages[:1]])]
    return messages


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _fit(text: str, limit: int) -> int:
    """The length (in characters) of the longest prefix that fits ``limit`` UTF-16 units."""
    used = 0
    for i, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return i
    return len(text)


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
