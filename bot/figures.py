"""Figures as reports and questions write them (8.3万人, 二十个, 十余家, 约120名): their value
and unit, so that a question's figure can be checked against the report's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import chinese_number

_CN_DIGITS = "〇零一二两三四五六七八九"
_UNITS_CN = {"十": 10, "百": 100, "千": 1000}
_MAGNITUDES = {"万": 10_000, "亿": 100_000_000}


@dataclass(frozen=True)
class Figure:
    text: str
    value: float | None  # None when the text gives no exact number (数十个, 十余家)
    unit: str
    low: float | None = None  # the range an inexact figure stands for: 30多 is 30 up to 40
    high: float | None = None

    def differs(self, other: Figure) -> bool:
        """Whether two figures of a unit cannot be the same number: 30多家 is not 50多家."""
        a = (self.low, self.high) if self.value is None else (self.value, self.value)
        b = (other.low, other.high) if other.value is None else (other.value, other.value)
        if None in a or None in b:
            return False
        return a[1] < b[0] or b[1] < a[0] if a[0] != a[1] or b[0] != b[1] else a[0] != b[0]


def _cn_small(text: str) -> float | None:
    """'二千三百四十五' -> 2345 (below 万)."""
    if not text:
        return 0
    if all(c in _CN_DIGITS for c in text):
        return chinese_number(text.replace("两", "二"))
    total, digit = 0, None
    for c in text:
        if c in _CN_DIGITS:
            digit = chinese_number("二" if c == "两" else c)
        elif c in _UNITS_CN:
            total += (1 if digit is None else digit) * _UNITS_CN[c]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _number(text: str) -> float | None:
    """'8.3万' -> 83000, '一万二千' -> 12000, '1,200' -> 1200, '12亿8,000万' -> 1280000000, '1万6,500' -> 16500; None when
    not exact."""
    text = text.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([万亿千百])", text)
    if m:
        return float(m.group(1)) * {**_MAGNITUDES, **_UNITS_CN}[m.group(2)]
    total = 0.0
    for magnitude in ("亿", "万"):
        if magnitude in text:
            head, _, text = text.partition(magnitude)
            value = (float(head) if re.fullmatch(r"\d+(?:\.\d+)?", head) else _cn_small(head)) if head else 1  # (12亿8000万)
            if value is None:
                return None
            total += value * _MAGNITUDES[magnitude]
    rest = float(text) if re.fullmatch(r"\d+(?:\.\d+)?", text) else _cn_small(text)  # (1万6500: 16500)
    return None if rest is None else total + rest


_SHARE_IN_WORDS = re.compile(r"百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?")  # (genre percent_words finds it)


def parse_figure(text: str, units: tuple[str, ...], qualifiers: tuple[str, ...] = ()) -> Figure:
    """A figure found by Genre.counts_in, read into its value and unit."""
    bare = next((text.removeprefix(q) for q in qualifiers if text.startswith(q)), text)  # (约百分之三, as 约18个: about that)
    share = _SHARE_IN_WORDS.fullmatch(bare)
    if share:  # 百分之八点六: 8.6%
        whole = _cn_small(share.group(1))
        decimals = "".join(str(chinese_number(c.replace("〇", "零"))) for c in share.group(2) or "")
        return Figure(text, None if whole is None else float(f"{int(whole)}.{decimals or 0}"), "%")
    unit = next((u for u in sorted(units, key=len, reverse=True) if text.endswith(u)), "")
    body = text[: len(text) - len(unit)] if unit else text
    for q in qualifiers:  # 约18个 is still about 18 (and 签约18个 reads 约 of 签约)
        body = body.removeprefix(q)
    inexact = bool(re.search("[多余几数]", body))  # 十余家, 数十条: no number to compare
    if not inexact and unit == "成":  # 六成 is 60%, compared with the report's 55.7%
        value = _number(body)
        return Figure(text, None if value is None else value * 10, "%")
    if not inexact:
        return Figure(text, _number(body), unit)
    base = _number(re.sub("[多余]$", "", body)) if re.fullmatch(r"[^几数]+[多余]", body) else None
    if base is None or base <= 0:
        return Figure(text, None, unit)
    step = 10 ** (len(str(int(base))) - len(str(int(base)).rstrip("0")))  # 30多: 30 to 40; 100多: 100 to 200
    return Figure(text, None, unit, base, base + step - 1e-9)


def in_magnitude(amount: float, *written: str) -> str:
    """An amount written in the magnitude the figures it comes from share (0.48亿 of 2.4亿元 and 1.92亿元), else whole."""
    for mark, size in sorted(_MAGNITUDES.items(), key=lambda kv: -kv[1]):
        if written and all(mark in w for w in written):
            amount, unit = amount / size, mark
            return (f"{int(amount)}" if amount == int(amount) else f"{round(amount, 4):g}") + unit
    return f"{int(amount)}" if amount == int(amount) else f"{amount:g}"

