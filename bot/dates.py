"""Dates as reports and questions write them: one value type and one reader.

A `Date` keeps the text as written (7月11日, 28日, 昨日上午, 十一月三日) with the parts it
states; it never invents a year or a month the text does not give. `DateReader` finds dates
in text; it is built once from the genre's words (relative dates, parts of the day) and
every reader of dates — extraction, questions, answers — goes through it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Flag, auto

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "〇零一二三四五六七八九十"


def chinese_number(text: str) -> int | None:
    """'十一' -> 11, '二十八' -> 28, '三' -> 3, '二〇二三' -> 2023 (digit by digit); None if not one."""
    if not text or any(c not in _DIGITS and c != "十" for c in text):
        return None
    if "十" not in text:
        value = 0
        for c in text:
            value = value * 10 + _DIGITS[c]
        return value
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


def _number(text: str | None) -> int | None:
    if not text:
        return None
    if text == "元":  # 元月: the first month
        return 1
    return int(text) if text.isdigit() else chinese_number(text)


class Kind(Flag):
    """What a found date states."""

    FULL = auto()  # a month and a day (7月11日, 十一月三日), maybe a year
    BARE = auto()  # a day alone (28日)
    RELATIVE = auto()  # 昨日, 今天, 近日
    MONTH = auto()  # a month without a day (8月, 8月份)
    YEAR = auto()  # a year alone (2023年)
    CLOCK = auto()  # a time of day in figures (9时, 10点)
    ENGLISH = auto()  # July 11, the 11th
    MEETING = FULL | BARE | RELATIVE  # what a report may give as the day it met
    ANY = FULL | BARE | RELATIVE | MONTH | YEAR | ENGLISH
    TIME = FULL | BARE | RELATIVE | MONTH | YEAR | CLOCK


@dataclass(frozen=True)
class Date:
    """A date as written, with the parts it states (None where it states none)."""

    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: str | None = None  # 昨日, 今天, 近日: a day the text does not give as a date
    part: str | None = None  # 上午, 下午: the part of the day, when written

    def __str__(self) -> str:
        return self.text

    @property
    def is_relative(self) -> bool:
        return self.relative is not None and self.day is None

    def agrees(self, other: Date) -> bool | None:
        """Whether two dates can be the same day: every part both state is equal; None when
        they share no part to compare (8月 against 28日)."""
        pairs = [(self.year, other.year), (self.month, other.month), (self.day, other.day)]
        checks = [a == b for a, b in pairs if a is not None and b is not None]
        return all(checks) if checks else None

    def with_month(self, month: int) -> Date:
        """'2日' in a report dated 3月2日 is 3月2日: the month the dateline gives."""
        text = f"{month}月{self.text.removeprefix('本月')}" if self.month is None else self.text  # (本月9日: 1月9日)
        return replace(self, text=text, month=month)

    def english(self) -> str:
        """'7月11日' -> 'July 11'; '2023年9月14日' -> 'September 14, 2023'; '' without month and day."""
        if self.month is None or self.day is None:
            return ""
        words = f"{MONTHS_EN[self.month - 1]} {self.day}"
        return words + (f", {self.year}" if self.year else "")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    date: Date
    kind: Kind


_LUNAR_MONTH = r"(?:十[一二]?|[一二三四五六七八九])月"
_LUNAR_DATE = r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
_LUNAR_DAY = (  # 农历 before any month; 正月, 腊月, 冬月 alone; or a day of 初 or 廿, which no solar date is written with
    rf"(?:农历|農曆)(?:正月|腊月|臘月|冬月|{_LUNAR_MONTH}){_LUNAR_DATE}|(?:正月|腊月|臘月|冬月){_LUNAR_DATE}"
    rf"|{_LUNAR_MONTH}(?:初[一二三四五六七八九十]|廿[一二三四五六七八九])"
)
_DOOR = re.compile(r"\d{1,4}号")  # a number of 号, which may be a door's
_WEEKDAY = re.compile(r"[（(](?:星期|周|禮拜|礼拜)[一二三四五六日天][)）]")  # 四月十二日（星期六）下午


class DateReader:
    """Finds dates in text. Built once from the genre's relative dates and parts of the day."""

    def __init__(self, relative_words: tuple[str, ...], day_parts: tuple[str, ...], address_marks: tuple[str, ...] = ()) -> None:
        # 128巷6号至22号: a number of 号 after a lane, a road, a building (or in a run from one) is a door, not a day
        marks = "|".join(map(re.escape, address_marks)) or "(?!)"
        self._address = re.compile(rf"(?:{marks})(?:\d{{1,4}}号[至到、和及\-—~～])?$")
        part = f"(?:{_WEEKDAY.pattern})?(?P<part>{'|'.join(map(re.escape, day_parts))})?" if day_parts else "(?P<part>)"
        relative = "|".join(map(re.escape, sorted(relative_words, key=len, reverse=True))) or "(?!)"
        year = rf"(?:(?P<year>\d{{4}}|[{_CN}]{{4}})年)?"
        months = "|".join(m[:3] for m in MONTHS_EN).lower()
        full = "|".join(MONTHS_EN).lower()
        self._patterns: tuple[tuple[Kind, re.Pattern[str]], ...] = (
            # Hong Kong: 前晚（9月27日）, the evening of the date in brackets
            (Kind.FULL, re.compile(
                rf"(?P<lead>[昨今前])(?:[日天]|(?P<night>晚|晨))[（(]{year}(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})(?:日|号)[)）]{part}"
            )),
            (Kind.FULL, re.compile(rf"{year}(?P<month>\d{{1,2}}|[{_CN}]{{1,2}}|元)月(?P<day>\d{{1,2}}|[{_CN}]{{1,3}})(?:日|号){part}")),
            # Hong Kong: 昨日（18日）下午, the day alone in brackets (its month the page's); Macau: 昨日（二十六日）上午
            (Kind.BARE, re.compile(rf"(?P<lead>[昨今前])(?:[日天]|(?P<night>晚|晨))[（(](?P<day>\d{{1,2}}|[{_CN}]{{1,3}})(?:日|号)[)）]{part}")),
            # Hong Kong and Macau: 昨（9）日下午, 今（十五）日下午, the day in brackets after 昨/今
            (Kind.BARE, re.compile(rf"[昨今前][（(](?P<day>\d{{1,2}}|[{_CN}]{{1,3}})[)）](?:日|号){part}")),
            (Kind.BARE, re.compile(rf"(?<![\d月{_CN}第])(?P<day>\d{{1,2}})(?:日|号){part}")),
            (Kind.BARE, re.compile(rf"本月(?P<day>\d{{1,2}}|[{_CN}]{{1,3}})(?:日|号){part}")),  # 本月12日, 本月二十二日: this month, not named
            (Kind.RELATIVE, re.compile(rf"(?P<relative>{relative}){part}")),
            # a day of the lunar calendar (正月初四上午, 腊月二十三, 农历八月十五, 八月初三): no day of the solar calendar is given
            # (not 三月十五, 九月二十: a solar date in numerals, its 日 left out)
            (Kind.RELATIVE, re.compile(rf"(?P<relative>{_LUNAR_DAY})(?![\d{_CN}日号]){part}")),
            # (not the end of a span of months: 9月 of 1至9月)
            # (…and in numerals after a year or before its part, 明年一月中旬, 十二月底, as Macau and Hong Kong write it; not
            # 一个月, nor 一月中那场)
            (Kind.MONTH, re.compile(rf"(?<![至到\-—~～第]){year}(?P<month>\d{{1,2}}|(?<![{_CN}])(?<=年)(?:十[一二]?|[一二三四五六七八九])(?=月)|(?<![{_CN}年])(?:十[一二]?|[一二三四五六七八九])(?=月(?:底|初|末|上旬|中旬|下旬)))月(?:份)?(?:底|初|末|上旬|中旬|下旬)?(?:之前|以前|前)?")),
            (Kind.YEAR, re.compile(r"(?P<year>\d{4})年")),
            # a school year of Taiwan, as written (116学年度, 115学年度第1学期): no year of the era
            (Kind.YEAR, re.compile(r"(?<!\d)(?:1[0-2]\d|20\d\d)学年度(?:第[一二12]学期|上学期|下学期)?")),
            (Kind.CLOCK, re.compile(r"\d{1,2}[时点]")),
            # ("July 12", "the 12th", "in 2024"; "12 July", "12th of July" as British English writes it)
            (Kind.ENGLISH, re.compile(rf"\b(?P<mon>{months})[a-z]*\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?P<myear>(?:19|20)\d{{2}})\b)?|\b(?P<dday>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<dmon>{months})[a-z]*\b(?:,? (?P<dyear>(?:19|20)\d{{2}})\b)?|\bthe (?P<nth>\d{{1,2}})(?:st|nd|rd|th)\b|\bin (?P<eyear>(?:19|20)\d{{2}})\b|\bin (?:early |late |mid-?)?(?P<emon>{full})(?: (?P<emyear>(?:19|20)\d{{2}}))?\b(?!\.? \d)", re.I)),
        )

    def find(self, text: str, kinds: Kind = Kind.ANY) -> list[Found]:
        """Every date of `kinds` in `text`, in order, none inside another."""
        found: list[Found] = []
        for kind, pattern in self._patterns:
            if not kind & kinds:
                continue
            for m in pattern.finditer(text):
                if any(f.start < m.end() and m.start() < f.end for f in found):
                    continue  # 7月11日 holds 11日 and 7月
                if kind is Kind.BARE and _DOOR.match(m.group(0)) and self._address.search(text, 0, m.start()):
                    continue  # 128巷6号
                date = self._date(kind, m)
                if date is not None:
                    found.append(Found(m.start(), m.end(), date, kind))
        return sorted(found, key=lambda f: f.start)

    def first(self, text: str, kinds: Kind = Kind.ANY) -> Found | None:
        found = self.find(text, kinds)
        return found[0] if found else None

    def remove(self, text: str, kinds: Kind = Kind.MEETING) -> str:
        """`text` without its dates of `kinds`."""
        for f in reversed(self.find(text, kinds)):
            text = text[: f.start] + text[f.end :]
        return text

    def strip_end(self, text: str, kinds: Kind = Kind.MEETING) -> str:
        """'李明8日' -> '李明': a date that ends the text taken off."""
        found = self.find(text, kinds)
        return text[: found[-1].start] if found and found[-1].end == len(text) else text

    def parse(self, text: str) -> Date | None:
        """The date `text` is (all of it), e.g. a sidecar's '7月11日'; None when it is none."""
        found = self.find(text, Kind.ANY)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
            return found[0].date
        return Date(text) if text else None

    @staticmethod
    def _date(kind: Kind, m: re.Match[str]) -> Date | None:
        groups = m.groupdict()
        if kind is Kind.ENGLISH:
            if groups.get("eyear"):  # "held in 2024"
                year = int(groups["eyear"])
                return Date(f"{year}年", year=year)
            if groups.get("emon"):  # "held in July": the month
                month = [x.lower() for x in MONTHS_EN].index(groups["emon"].lower()) + 1
                if groups.get("emyear"):  # ("in July 2025")
                    return Date(f"{groups['emyear']}年{month}月", year=int(groups["emyear"]), month=month)
                return Date(f"{month}月", month=month)
            if groups.get("nth"):
                day = int(groups["nth"])
                return Date(f"{day}日", day=day)
            month = [x[:3].lower() for x in MONTHS_EN].index((groups["mon"] or groups["dmon"])[:3].lower()) + 1
            day = int(groups["day"] or groups["dday"])
            year = groups.get("myear") or groups.get("dyear")  # ("1 July 2027", "July 1, 2027")
            if year:
                return Date(f"{year}年{month}月{day}日", year=int(year), month=month, day=day)
            return Date(f"{month}月{day}日", month=month, day=day)
        if kind is Kind.CLOCK:
            return Date(m.group())
        month, day = _number(groups.get("month")), _number(groups.get("day"))
        if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
            return None
        written = _WEEKDAY.sub("", m.group())  # the day as written, without the weekday in brackets
        if groups.get("lead"):  # 前晚（9月27日）: 9月27日晚; 昨日（11月18日）下午: 11月18日下午; 昨日（18日）下午: 18日下午
            written = (f"{month}月" if month else "") + f"{day}日" + (groups.get("night") or groups.get("part") or "")
        return Date(
            written,
            year=_number(groups.get("year")),
            month=month,
            day=day,
            relative=groups.get("relative"),
            part=groups.get("part") or groups.get("night") or None,
        )
