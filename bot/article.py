"""Read a report as published (noise and all), clean it, and split it into positioned sentences.

The file on disk stays verbatim; every cleaning step happens here, in order:
mojibake repair, pinyin annotations, Traditional to Simplified, character width and
punctuation (half-width marks and 「」 quotes), page furniture and bylines. Paragraph and sentence numbers refer to the
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
from .names import has_family_name, valid_name
from .scripts import HAN_CLASS, has_han, to_simplified, written_forms

REPUBLIC_ERA = 1911  # a year below this on a Taiwan page is of the Republic's era (115 is 2026)
_PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ"
_HAN = HAN_CLASS
_ANNOTATION = re.compile(rf"(?<=[{_HAN}])\s?[(（][{_PINYIN}]{{1,7}}[)）]")
_GARBLE = re.compile(rf"\?[{_PINYIN}]{{1,7}}\)[A-Za-z]?(?![A-Za-z])")
# A character lost in a page's encoding, left as question marks (and a stray letter) inside a run of Han: '、??h劳务…'
_LOST = re.compile(rf"(?<=[{_HAN}、，])\?{{2,}}[A-Za-z]?(?=[{_HAN}])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028-\u202e\ufeff]")
_HALF_TO_FULL = {",": "，", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
# Corner quotes (Hong Kong and Taiwan copies) become the quotes of Simplified text.
_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
_PUNCT_RANK = {"。": 5, "？": 5, "！": 5, "；": 4, "：": 3, "、": 2, "，": 1}
_PUNCT_RUN = re.compile(r"[，、；：。！？](?:\s*[，、；：。！？])+")
_SENTENCE = re.compile(r"[^。！？]*(?:[。！？]+[”’」』）]*|$)")
_SPACE_BETWEEN_HAN = re.compile(rf"(?<=[{_HAN}，。、；：！？“”])\s+(?=[{_HAN}，。、；：！？“”])")
_LINE_END = ("。", "！", "？", "”", "）", "…", "：")  # (a line that ends with a colon opens what follows: "会议最后作成结论：")


@dataclass(frozen=True)
class Article:
    """A cleaned report: its sentences in order, each with its position.

    ``dateline`` and ``dateline_place`` come from a stripped dateline (`新华社北京3月2日电`,
    `本报兰津6月29日讯`, `本报北京11月8日电 （记者…）`, `中新社3月2日电`; the sources are in
    bot/genre.yaml): the date and place of filing, not necessarily the meeting's.
    ``byline`` is the stripped byline's people, e.g. `记者 聂云舒 通讯员 庞立`.
    """

    id: str
    title: str | None
    sentences: tuple[Sentence, ...]
    path: Path | None = None
    dateline: str | None = None
    dateline_place: str | None = None
    published: str | None = None  # the page's own date ('3月11日', from 发布：…/播出：…), see genre published
    published_year: int | None = None  # …and its year (the page's, which the story may not give; a Republic year in the era)
    subtitle: str | None = None  # '——“某某行”产业发展座谈会综述', a dash subtitle under the headline
    byline: str | None = None
    photo: str | None = None  # who took the page's photo, from a caption's credit ('人民网记者 邝思远摄': 邝思远)
    forms: tuple[tuple[str, str], ...] = ()  # a Traditional report's own forms (萬台), see scripts.written_forms
    spoken: tuple[tuple[str, str], ...] = ()  # a Cantonese report's clauses as read and as written (暂时建议不停, 暂时建议唔停)

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
    return _LOST.sub("", _GARBLE.sub("", text))


def _normalize_width(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A or ch == "％":
            ch = unicodedata.normalize("NFKC", ch)
        elif ch == "\u3000":
            ch = " "
        out.append(ch)
    return _FULLWIDTH_POINT.sub(".", "".join(out))  # ３．８亿元: 3.8亿元


_FULLWIDTH_POINT = re.compile(r"(?<=\d)．(?=\d)")


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


def _cantonese(raw: str, genre: Genre) -> bool:
    """Whether the report is written in Cantonese (not only quotes it): enough of its marker characters."""
    return genre.cantonese_min > 0 and sum(raw.count(c) for c in genre.cantonese_markers) >= genre.cantonese_min


def _as_mandarin(line: str, genre: Genre) -> str:
    """'会面喺某会堂举行' -> '会面在某会堂举行', '佢指' -> '他指': Cantonese words read as their Mandarin."""
    for word, mandarin in genre.cantonese:
        line = line.replace(word, mandarin)
    for pattern, mandarin in genre.cantonese_patterns:
        line = pattern.sub(mandarin, line)
    return line


def _clean_characters(line: str, genre: Genre, cantonese: bool = False, names: dict[str, str] | None = None) -> str:
    """Garbles, pinyin, script, width and half-width marks fixed; the spaces still there."""
    line = _CONTROL.sub("", line)
    line = _copy_guard_removed(line, genre)
    line = _fix_garbles(line, genre)
    line = _ANNOTATION.sub("", line)
    line = to_simplified(_normalize_width(line)).translate(_CORNER_QUOTES)
    line = genre.honours.sub("", line)  # 司徒颖芝, JP邀约: the name, then what follows
    line = _chinese_names(line, names or {}, genre)
    line = _as_mandarin(line, genre) if cantonese else line
    return _month_restored(_fullwidth_punctuation(line), genre)


# a name in the speaker's own tongue, then the Chinese name the report also writes in brackets ('尤干‧比浪（厍志明）', Taiwan's
# indigenous peoples): the Chinese name, which the rest of the report's roles and verbs read
_DUAL_NAME = re.compile(rf"([{_HAN}]{{1,8}})((?:[‧·•・][{_HAN}]{{1,6}}){{1,2}})\s?[（(]([{_HAN}]{{2,4}})[)）]")
MOST_OWN_NAME_CHARS = 4  # the first part of a name in the speaker's own tongue (瓦历斯 of 瓦历斯‧达吉)


def _own_tongue(m: re.Match[str], genre: Genre) -> tuple[str, str] | None:
    """What comes before an own-tongue name of a `_DUAL_NAME` match, and the name ('部落会议主席', '尤干‧比浪'): its first part
    starts where a title, 的 or the run of characters ends. None where no Chinese name is in the brackets (蒙古族 of
    '巴特尔·乌力吉（蒙古族）'), or no such start is found."""
    run, name = m.group(1), m.group(3)
    if not (has_family_name(name, genre) and valid_name(name, genre)):
        return None
    for size in range(1, min(MOST_OWN_NAME_CHARS, len(run)) + 1):
        head = run[: len(run) - size]
        if not head or head.endswith(("的", *genre.titles)):
            return head, run[len(head) :] + m.group(2)
    return None


def _own_tongue_names(raw: str, genre: Genre) -> dict[str, str]:
    """Each own-tongue name the report glosses with a Chinese one ('瓦历斯‧达吉（佘清山）'), and that name: it stands for them
    where it is written alone too ('87岁的头目瓦历斯‧达吉用族语说')."""
    text = to_simplified(_normalize_width(raw))
    return {found[1]: m.group(3) for m in _DUAL_NAME.finditer(text) if (found := _own_tongue(m, genre))}


def _chinese_names(line: str, names: dict[str, str], genre: Genre) -> str:
    """The line with each own-tongue name the report glosses as the Chinese one."""
    line = _DUAL_NAME.sub(lambda m: found[0] + m.group(3) if (found := _own_tongue(m, genre)) else m.group(), line)
    for own, name in names.items():
        line = line.replace(own, name)
    return line


def _copy_guard_removed(line: str, genre: Genre) -> str:
    """A forum's anti-copying junk taken out: a run of short bits only where it has symbols in it (not "AI is ok")."""
    def junk(m: re.Match[str]) -> str:
        bits = m.group().split()
        marked = [b for b in bits if re.search(r"[^\w\s.,()]", b)]  # (not "Mr. Li, Ms. Wu", "(i.e.")
        return " " if len(bits) == 1 or (len(marked) >= 2 and 2 * len(marked) >= len(bits)) else m.group()

    return genre.copy_guard.sub(junk, line)


def _month_restored(line: str, genre: Genre) -> str:
    """'916日上午' (the 月 lost in copying) is 9月16日上午, and Hong Kong's '26/11（星期二）' is
    11月26日（星期二）, where that is a date."""
    def restored(m: re.Match[str]) -> str:
        return f"{m.group(1)}月{int(m.group(2))}日" if 1 <= int(m.group(2)) <= 31 else m.group()

    line = genre.lost_month.sub(restored, line)
    return genre.day_month.sub(lambda m: f"{int(m.group(2))}月{int(m.group(1))}日" if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31 else m.group(), line)


def _tidy(line: str) -> str:
    """No spaces between Chinese characters, no doubled punctuation."""
    line = _SPACE_BETWEEN_HAN.sub("", line.strip())
    line = _collapse_punctuation(line)
    return line.lstrip("，、；：").strip()


FURNITURE_MAX_CHARS = 80  # a longer line that ends a sentence is report text, whatever words it holds


def _is_furniture(line: str, genre: Genre) -> bool:
    """Page furniture (a timestamp, a hotline, 打印 | 关闭…), never a paragraph of the report that
    happens to hold such a word ('12345热线受理涉企诉求3860件…', '3D打印产业…')."""
    if len(line) > FURNITURE_MAX_CHARS and line.rstrip().endswith(("。", "！", "？", "”")):
        return False
    return any(p.match(line) for p in genre.furniture)


_PAGE_DATE = re.compile(r"(?:\d{4}年)?(\d{1,2}月\d{1,2}日)\s*(?:星期[一二三四五六日天])?")


def _bylined(line: str, spaced: str, genre: Genre, byline: _Byline, started: bool) -> tuple[str, _Byline]:
    """The line without its dateline or byline, and the report's byline so far: the first one
    found is the report's; a page date above the story gives its date."""
    paged = None if started else _page_dated(line, byline)
    if paged:
        return "", paged
    line, found = _read_byline(line, spaced, genre)
    return line.strip(), found if byline == _Byline() and found != _Byline() else byline


def _sound_bite(line: str, speaker: str | None, genre: Genre) -> tuple[str, str | None]:
    """A TV script's `【同期声】职务　姓名` (no line: the next one holds the words) and the line after
    it, as `职务姓名说：“…”`; any other line as it is."""
    bite = genre.sound_bite.match(line)
    if bite:
        who = re.sub(r"\s+", "", bite.group("who"))
        return (_said(who, bite.group("words")), None) if bite.group("words") else ("", who)
    if speaker and line:
        return _said(speaker, line), None
    return line, speaker


_NAVIGATION = re.compile(r"^(?:[^\s，。：]{1,4}[ \u3000]+){5,}[^\s，。：]{1,4}$")  # 首页　新闻　本地民生　政务　区县…
_CELL_BREAK = re.compile(r"\s*[｜|]\s*|[ \u3000]{2,}")  # cells apart by a bar, or by a run of spaces
_TABLE_UNIT = re.compile(r"[（(]单位[：:]([^（）()]{1,12})[)）]")  # a caption's unit for its table's numbers
_UNIT_IN_HEADER = re.compile(r"^(.+?)[（(]([^（）()]{1,4})[)）]$")  # 完成投资（亿元）
MIN_TABLE_CELLS = 3
_PAIR = re.compile(r"([^\s，。；：:｜|]{2,20})[ \u3000]{2,}(\d[\d.,%]*[^\s，。；]{0,12})")  # a two-column table's row
MAX_CELL_CHARS = 24


def _cells(line: str) -> list[str] | None:
    """A line of a table flattened into text ('柘水县｜58.7｜34.9｜59.5%｜红灯', or cells apart by runs
    of spaces): its cells; None for a line of text."""
    cells = [c for c in _CELL_BREAK.split(line.strip()) if c]
    if len(cells) < MIN_TABLE_CELLS or any(len(c) > MAX_CELL_CHARS or re.search("[。，；！？]", c) for c in cells):
        return None
    return cells


_CAPTION = re.compile(r"[■▲]\s*(.{4,80}?。)\s*(?:(?:新华社|本报|全媒体)?(?:记者|摄影|通讯员)\s*\S{2,4}\s*摄)?[)）]?")
_CAPTION_ACTIONS = ("主持", "出席", "讲话", "致辞", "答记者问")


class _PageLines:
    """The lines of a page as text: a table's rows as sentences, its header and the page's furniture none."""

    def __init__(self) -> None:
        self.header: list[str] | None = None  # the cells of a table's header, while its rows follow
        self.unit = ""  # the unit a caption gives the table's numbers ('听证方案要点（单位：元/立方米）')
        self.photo: str | None = None  # the first photo credit's photographer

    def text(self, line: str, spaced: str, genre: Genre, started: bool, dated: bool = False) -> str | None:
        """The line as text of the report, or None."""
        if dated and _page_line(line):
            return None  # '发布：2025-06-19 07:58 ｜ 字体：大中小': the page's date, no text of the report
        pair = _PAIR.fullmatch(spaced.strip()) if started else None
        cells = _cells(spaced)
        header = self.header
        if cells and header and len(cells) == len(header) and any(c[:1].isdigit() for c in cells):
            return _row_sentence(header, cells, self.unit)  # (a row's bars are no menu's)
        unit = _TABLE_UNIT.search(line)
        self.unit = unit.group(1) if unit else self.unit if cells or pair else ""
        self.header = cells  # a table's header (short cells may look like a menu): what each row's cells are
        credit = genre.photo_credit.search(line) if self.photo is None else None
        self.photo = credit.group(1) if credit else self.photo
        caption = _CAPTION.fullmatch(line)
        if caption and any(a in caption.group(1) for a in _CAPTION_ACTIONS) and any(t in caption.group(1) for t in genre.titles):
            return caption.group(1)  # '▲市委宣传部副部长某某主持发布会。　记者 某某 摄': who did what, in a photo's caption
        if not line or _is_furniture(line, genre) or _NAVIGATION.match(spaced.strip()) or (not started and not re.search(f"[{_HAN}]", line)):
            return None  # (a menu of short words apart by spaces; a headline in Portuguese or English above the story)
        if pair and re.search(f"[{_HAN}]", pair.group(1)) and not re.search("[年月日时:：/-]", pair.group(2)):
            # '网上留言　　　326条': a label and its figure (not '某办公室编　　2024年11月8日', a date)
            value = pair.group(2) + (self.unit if re.fullmatch(r"[\d.,]+", pair.group(2)) else "")
            return f"{pair.group(1)}：{value}。"
        return None if cells and re.search("[｜|]", spaced) else line  # (a line apart by spaces may be a byline)


def _row_sentence(header: list[str], cells: list[str], table_unit: str = "") -> str:
    """A table's row as the sentence the report would write: '柘水县：完成投资34.9亿元，完成率59.5%，
    亮灯红灯。' (each cell after its column's name; a unit in the column's brackets after the number)."""
    parts = []
    for column, cell in zip(header[1:], cells[1:], strict=False):
        if not re.search(r"\w", cell):
            continue  # '—': nothing in that cell
        unit = _UNIT_IN_HEADER.match(column)
        number = re.fullmatch(r"[\d.]+", cell)
        if unit and number:
            parts.append(f"{unit.group(1)}{cell}{unit.group(2)}")
        else:
            parts.append(f"{column}{cell}{table_unit if number else ''}")
    return f"{cells[0]}：{'，'.join(parts)}。"


def _said(who: str, words: str) -> str:
    """'职务姓名说：“…。”': a sound bite as the sentence the genre's patterns read (ended, as spoken)."""
    return f"{who}说：“{words if words.endswith(('。', '！', '？', '…')) else words + '。'}”"


def _published(line: str, genre: Genre) -> tuple[str, int] | None:
    """The page's own date and year, where a line gives it (`发布：2025-06-19 07:58`, `播出：《…》2025年3月11日`)."""
    for pattern in genre.published:
        m = pattern.search(line)
        if m and 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
            year = int(m.group("y"))  # (its year is the page's, not the story's; 115 of Taiwan's era is 2026)
            return f"{int(m.group('m'))}月{int(m.group('d'))}日", year + REPUBLIC_ERA if year < REPUBLIC_ERA else year
    return None


def _page_line(line: str) -> bool:
    """A short line that ends no sentence: a line of the page, not of the report."""
    return len(line) <= FURNITURE_MAX_CHARS and "。" not in line


def _page_dated(line: str, byline: _Byline) -> _Byline | None:
    """'2025年3月10日 星期一' on a line of its own above the story (or with the weather and the date in
    another language after it): the page's date, its dateline."""
    dated = _PAGE_DATE.fullmatch(line) or (_page_line(line) and "星期" in line and _PAGE_DATE.match(line))
    return _Byline(dated.group(1), byline.place, byline.people) if dated and byline.date is None else None


@dataclass(frozen=True)
class _Byline:
    """What a stripped dateline or byline said (None where it did not say)."""

    date: str | None = None
    place: str | None = None
    people: str | None = None


def _strip_byline(line: str, genre: Genre) -> tuple[str, dict[str, str]]:
    """The line without its leading dateline and byline, and what they said; a byline after a
    dateline of another shape is stripped too ('【本报讯】（记者 某某）')."""
    found: dict[str, str] = {}
    before = None
    while line != before:
        before = line
        for pattern in genre.bylines:
            match = pattern.match(line)
            if match is None or not match.group():
                continue
            for key, value in match.groupdict().items():
                if value and value.strip():
                    found.setdefault(key, value.strip())
            line = line[match.end() :]
    return line, found


def _read_byline(line: str, spaced: str, genre: Genre) -> tuple[str, _Byline]:
    """Strip the dateline and byline of a cleaned line; the reporters' names are read from
    the line as it was spaced ('记者 张某 王某' stays three words)."""
    line, found = _strip_byline(line, genre)
    if not found:
        return line, _Byline()
    people = found.get("byline")
    if people:
        people = _strip_byline(spaced.strip(), genre)[1].get("byline", people)
    return line, _Byline(
        found.get("date"), found.get("place"), people and _spaced_byline(people, genre)
    )


def _spaced_byline(text: str, genre: Genre) -> str:
    """'记者聂云舒通讯员庞立' -> '记者 聂云舒 通讯员 庞立' (copies drop or keep the spaces)."""
    roles = "|".join(map(re.escape, genre.byline_roles))
    text = re.sub(f"({roles})", r" \1 ", text) if roles else text
    words: list[str] = []
    for word in text.split():  # '柯 蓝': a two-character name padded with a space
        if len(word) == 1 and words and len(words[-1]) == 1 and words[-1] not in genre.byline_roles:
            words[-1] += word
        else:
            words.append(word)
    return " ".join(words)


def _headline(lines: list[str], genre: Genre) -> str | None:
    """Of the short lines above the report, the first that names a meeting ('菱渚县召开…军地座谈会' under a mirror's
    banner '繁体 | 简体 某资讯网…'), else the first."""
    lines = [x for x in lines if has_han(x)] or lines  # (not a site's name in pinyin: 'Ruichuanxianrenmin…')
    return next((x for x in lines if any(w in x for w in genre.meeting_words)), lines[0] if lines else None)


def _headline_shaped(line: str) -> bool:
    """A line of at most 60 characters that ends no sentence: a headline, a sub-heading or a
    caption; also one that ends with a quote but holds no sentence mark ('某某主礼　寄语青年“敢闯敢试”')."""
    if len(line) > 60:
        return False
    quoted = line.endswith("”") and not re.search("[。！？]", line)
    return quoted or not line.endswith(_LINE_END)


def split_sentences(paragraph: str) -> list[str]:
    """Split a cleaned paragraph at 。！？ (closing quotes stay with their sentence); a label that
    only names what the paragraph is about ('（一）关于新材料产业。') stays with the sentence after it."""
    out: list[str] = []
    for s in (s.strip() for s in _SENTENCE.findall(paragraph)):
        if s and out and _LABEL.match(out[-1]):
            out[-1] += s
        elif s:
            out.append(s)
    return out


_LABEL = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、是]|\d{1,2}[、.．])?关于[^。，；：]{1,18}。$")


_ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．])")


def _lists_joined(paragraphs: list[str]) -> list[str]:
    """'会议最后作成结论：' and the numbered lines under it ('一、…。' '二、…。') are one sentence
    ('…结论：一、…；二、…。'): what the colon announces is read with it."""
    out: list[str] = []
    joined = False  # the last paragraph ends a list joined to it
    for para in paragraphs:
        single = para.rstrip("。；").count("。") == 0  # an item of several sentences is a paragraph of its own
        if out and (out[-1].endswith("：") or joined) and _ENUMERATED.match(para) and single:
            out[-1] = (out[-1][:-1] + "；" if joined else out[-1]) + para.rstrip("。；") + "。"
            joined = True
        else:
            out.append(para)
            joined = False
    return out


_AFTER_LAST_END = re.compile(r"(?<=[。！？!?”」])([^。！？!?”」]{4,40})$")
WATERMARK_PARAGRAPHS = 3  # a tail repeated after this many paragraphs' last sentence is the site's mark


def _watermarks_removed(paragraphs: list[str]) -> list[str]:
    """'…眼圈先红了。qzt8某某头条|本地资讯门户' in paragraph after paragraph: a reposting site's
    mark glued after the last sentence, the same each time, is no part of the report."""
    tails = [m.group(1) for p in paragraphs if (m := _AFTER_LAST_END.search(p))]
    marks = {t for t in tails if tails.count(t) >= WATERMARK_PARAGRAPHS}
    if not marks:
        return paragraphs
    return [p[: -len(m)] if (m := next((t for t in marks if p.endswith(t)), "")) else p for p in paragraphs]


_OPENING_QUOTE = re.compile(r"(?:[“「][^”」]*[”」]|[…\.。]{2,})")  # a paragraph that is only a quotation or an ellipsis


def _short_line(line: str, paragraphs: list[str]) -> str | None:
    """A line after the lead begins, as text; None for a caption (a short line that ends no
    sentence). A short numbered line is text: an item under a colon, or a section heading
    ('三、县委书记某某讲话要点', its number dropped)."""
    if not _headline_shaped(line) or len(line) > 30:
        return line
    if _ENUMERATED.match(line):
        return (line if paragraphs[-1].endswith("：") else _ENUMERATED.sub("", line)) + "。"
    return None


def parse_article(
    raw: str, article_id: str = "article", path: Path | None = None, genre: Genre | None = None
) -> Article:
    """Clean a report's raw text and split it into positioned sentences."""
    genre = genre or load_genre()
    subtitle: str | None = None
    paragraphs: list[str] = []
    byline = _Byline()
    cantonese = _cantonese(raw, genre)
    names = _own_tongue_names(raw, genre)  # ('瓦历斯‧达吉（佘清山）': 佘清山, wherever either is written)
    published: str | None = None
    published_year: int | None = None
    speaker: str | None = None  # 【同期声】职务　姓名: whose words the next line holds
    page = _PageLines()
    headlines: list[str] = []  # the short lines before the first paragraph
    for raw_line in raw.splitlines():
        spaced = _clean_characters(raw_line, genre, cantonese, names)
        line = genre.narration_label.sub("", _tidy(spaced))
        dated = _published(line, genre)
        published, published_year = (published, published_year) if published else (dated or (None, None))
        if any(p.match(line) for p in genre.furniture_tail):
            break  # '相关新闻：' and the list below it
        kept = page.text(line, spaced, genre, bool(paragraphs), dated is not None)
        if kept is None:
            continue
        line, speaker = _sound_bite(kept, speaker, genre)
        if not line:
            continue
        line, byline = _bylined(line, spaced, genre, byline, bool(paragraphs))
        if not line:
            continue
        looks_like_headline = _headline_shaped(line)
        if looks_like_headline and line.startswith("——") and not any("。" in p for p in paragraphs):
            subtitle = subtitle or line.lstrip("—")
            continue
        if looks_like_headline and not paragraphs:
            headlines.append(line)
            continue
        kept = _short_line(line, paragraphs) if line not in headlines else None
        if kept is not None:
            paragraphs.append(kept)
    title = _headline(headlines, genre)
    paragraphs = _lists_joined(_watermarks_removed(paragraphs))
    opening = next((i for i, para in enumerate(paragraphs) if not _OPENING_QUOTE.fullmatch(para)), 0)
    sentences = tuple(  # quotations that open a feature ("“…”" "……") come before the lead: paragraph 0
        Sentence(max(0, p_no - opening), s_no, text)
        for p_no, para in enumerate(paragraphs, start=1)
        for s_no, text in enumerate(split_sentences(para), start=1)
    )
    if not sentences:
        raise ArticleError(f"{path or article_id}: no report text found after cleaning.")
    return Article(
        article_id,
        title,
        sentences,
        path,
        dateline=byline.date,
        dateline_place=byline.place,
        published=published,
        published_year=published_year,
        byline=byline.people,
        photo=page.photo,
        subtitle=subtitle,
        forms=written_forms(raw, genre.traditional_as_written),
        spoken=_as_written(raw, genre) if cantonese else (),
    )


_CLAUSE_MARKS = re.compile(r"[，。；：！？、“”‘’（）]")
MIN_SPOKEN_CLAUSE = 4  # characters of a clause a quote puts back as written (shorter ones could stand anywhere)


def _as_written(raw: str, genre: Genre) -> tuple[tuple[str, str], ...]:
    """A Cantonese report's clauses as the bot reads them (in Mandarin) and as the report writes them,
    where they differ: a quote gives the report's own words ('暂时建议唔停', not '暂时建议不停')."""
    pairs: dict[str, str] = {}
    for line in raw.splitlines():
        read, written = _clean_characters(line, genre, True), _clean_characters(line, genre, False)
        if read == written:
            continue
        read_parts, written_parts = _CLAUSE_MARKS.split(read), _CLAUSE_MARKS.split(written)
        if len(read_parts) != len(written_parts):
            continue
        for r, w in zip(read_parts, written_parts, strict=True):
            r, w = _tidy(r), _tidy(w)
            if r != w and len(r) >= MIN_SPOKEN_CLAUSE:
                pairs.setdefault(r, w)
    return tuple(sorted(pairs.items(), key=lambda p: -len(p[0])))


def load_article(path: Path, genre: Genre | None = None) -> Article:
    """Read a report file (UTF-8) and parse it; raises ArticleError if it cannot."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(
            f"Cannot read the article {path}: {exc}. Give a UTF-8 text file."
        ) from exc
    return parse_article(raw, path.stem, path, genre)
