"""Step 1: read the question once — script, cleaning, colloquial rewrites, English titles."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from ..intents import Lexicon
from ..pinyin import runs_of_syllables
from ..scripts import EN, HAN_CLASS, detect, has_han, to_simplified
from .matching import alternation
from .question import Text

MAX_QUESTION_CHARS = 300  # a longer message is read from its end (pasted text, then the question)
_MENTION = re.compile(r"@\w+|https?://\S+|</?[a-z][^>]{0,40}>", re.I)
_OF_THE = re.compile(rf"([{HAN_CLASS}]+) of (?:the )?([{HAN_CLASS}]+)")  # 秘书长 of 省政府
_SPACE_IN_HAN = re.compile(rf"(?<=[{HAN_CLASS}]) (?=[{HAN_CLASS}])")
# an English figure: its number, a scale (billion, million) and the word it counts ("85 deputies", "21.7 billion yuan")
# and the words after it, of which one may be what it counts ("2,000 county-level care facilities")
_EN_FIGURE = re.compile(r"(?<![\w.])(\d+(?:,\d{3})*(?:\.\d+)?)\s*(billion|million)?(\s*[a-z%][a-z%-]*(?:\s+[a-z][a-z-]*){0,3})?")
_SCALE = {"billion": 10.0, "million": 0.01}  # in 亿 (a hundred million)
_COMPARED = "above|over|more than|less than|under|below|at least|at most|nearly|almost|about|around|roughly"  # before a share
_YEARLIKE = re.compile(r"(?:19|20)\d{2}")
_WAN = 10000  # a bare number this large is written in 万 (600,000: 60万)
# 是谁宣读的 = 谁宣读的: a 是 before 谁 that only stresses it
_STRESSED_WHO = re.compile(rf"(^|(?<=[^{HAN_CLASS}]))是(?=谁)|(?<=[{HAN_CLASS}])是(?=谁[^的啊呀呢吗？?。\s])")
# 谁来通报的 = 谁通报的: a 来 after 谁 before a verb that only says who takes it on (谁来了 keeps it)
_WHO_TAKES_ON = re.compile(rf"(?<=谁)来(?=[{HAN_CLASS}])(?![了过的吗呢啊着自])")  # (谁来盯: 盯; not 谁来着)


MAX_JOINED_WORDS = 4  # words of an English title whose joints are each spelt with a space or a hyphen


def _variants(term: str) -> set[str]:
    """An English title as users write it: hyphens for spaces and back, and its plural (vice-chairs, chairmen)."""
    parts = re.split(r"[ -]", term)
    joints = itertools.product(" -", repeat=len(parts) - 1) if len(parts) <= MAX_JOINED_WORDS else [()]
    spelt = {term, term.replace(" ", "-"), term.replace("-", " ")}  # (and each joint either way: hospital vice-president)
    spelt |= {parts[0] + "".join(j + p for j, p in zip(joint, parts[1:], strict=True)) for joint in joints if joint}
    plural = {re.sub(r"man$", "men", t) if t.endswith("man") else t + ("es" if t.endswith(("s", "x", "ch", "sh")) else "s") for t in spelt}
    return spelt | plural


def singular(word: str) -> str:
    """facilities: facility, deputies: deputy, firms: firm."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def clean(question: str) -> str:
    """Simplified, lower-case, half-width, without @mentions, links, tags or control characters."""
    text = "".join(
        ch for ch in question[: MAX_QUESTION_CHARS * 4] if unicodedata.category(ch)[0] != "C" or ch == " "
    )
    text = _MENTION.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    text = to_simplified(text).lower()
    text = re.sub(r"\s+", " ", text).strip()[:MAX_QUESTION_CHARS]
    return _WHO_TAKES_ON.sub("", _STRESSED_WHO.sub("", text))


MIN_SPELT = 4  # letters of an English word a typo repair looks at ("wich"); shorter ones are left as typed
MAX_SLIPS = 1  # edits from a typo to the word it is taken for: one letter left out, added, changed or swapped


class EnglishSpeller:
    """English typos read as the word of the bot's vocabulary they are one slip from ("wich" -> which,
    "reserch" -> research, "chaird" -> chaired): only a word of no vocabulary, to the one closest word."""

    def __init__(self, targets: Iterable[str], known: Iterable[str], asking: Iterable[str] = ()) -> None:
        self._targets = sorted({w for w in targets if w.isascii() and w.isalpha() and len(w) >= MIN_SPELT - 1})
        self._known = frozenset(self._targets) | frozenset(known)
        self._by_first: dict[str, list[str]] = {}  # (a slip keeps the first letter: not apart for part)
        for word in self._targets:
            self._by_first.setdefault(word[0], []).append(word)
        self._asking = sorted({w for w in asking if w.isascii() and w.isalpha()})  # a short word is read only as one of these

    def __call__(self, text: str) -> str:
        return _WORD.sub(self._spelt, text) if self._targets else text

    def _spelt(self, m: re.Match[str]) -> str:
        word = m.group()
        if word in self._known or word.endswith(_INFLECTED) or singular(word) in self._known or runs_of_syllables(word):
            return word  # (an inflected word is likely one of the language's, which no list here holds all of: listed; nor a name)
        # (a word of four letters is one slip from many: only a question word is read into it, wich for which, not farm for firm)
        choices = self._by_first.get(word[0], ()) if len(word) > MIN_SPELT else [w for w in self._asking if w[0] == word[0]]
        found = process.extractOne(word, choices, scorer=DamerauLevenshtein.distance, score_cutoff=MAX_SLIPS)
        return found[0] if found else word


_WORD = re.compile(rf"\b[a-z]{{{MIN_SPELT},}}\b")
_INFLECTED = ("ed", "ing", "s", "ly", "er", "est")


GUARD_BASE = 0xE000  # private-use characters that stand for guarded words while the rewrites run
MIN_MIXED = 4  # letters of an English word read as Chinese inside a Chinese question


class Normaliser:
    """Reads a raw question into a `Text`, with the lexicon's rewrites and English titles."""

    def __init__(self, lexicon: Lexicon, english: Iterable[str] = ()) -> None:
        self._rewrites = lexicon.rewrites
        self._guards = {w: chr(GUARD_BASE + i) for i, w in enumerate(sorted(lexicon.rewrite_guards, key=len, reverse=True))}
        self._by_first: dict[str, list[tuple[int, str, str]]] = {}  # rewrites by first character, in order
        for i, (split, whole) in enumerate(lexicon.rewrites.items()):
            self._by_first.setdefault(split[0], []).append((i, split, whole))
        self._body_titles = [re.compile(p) for p in lexicon.body_title_joins]  # 区住建局来的副局长: 区住建局副局长
        self._frames = [re.compile(p) for p in (*lexicon.reference_frames, *lexicon.answer_asides)]  # 会上说的那个X: 那个X
        self._heads = [(re.compile(p), r) for p, r in lexicon.pattern_rewrites]  # 政协那位一把手: 政协主席
        self._titles = {v: zh for en, zh in lexicon.titles_en.items() for v in _variants(en)}  # vice-chairs: vice chair
        self._units_en = lexicon.units_en
        greetings = "|".join(map(re.escape, sorted(lexicon.salutations, key=len, reverse=True))) or "(?!)"
        openers = "|".join(map(re.escape, sorted(lexicon.ask_openers, key=len, reverse=True))) or "(?!)"
        self._greeting = re.compile(
            rf"^\s*(?:(?:{greetings})[\s,，!！~～。.、:：;；?？]+)*(?:(?:{openers})[\s,，:：~～]*)?(?=\S\S)", re.IGNORECASE
        )
        fillers = "|".join(map(re.escape, sorted(lexicon.fillers, key=len, reverse=True))) or "(?!)"
        marks = r"\s,，。.!！?？~～、"
        self._fillers = re.compile(rf"(?:^|(?<=[{marks}]))(?:{fillers})(?:[{marks}]+|$)|^(?:{fillers})(?=[\u4e00-\u9fff])", re.IGNORECASE)
        self._chat = lexicon.chat_en  # (a word of its own only: n of "mtg n wat", not of "n95"; 2 and 4 not of a figure)
        self._chat_re = re.compile(
            r"(?<![\w/.])(?:" + "|".join(map(re.escape, sorted(self._chat, key=len, reverse=True))) + r")(?![\w/%])", re.IGNORECASE
        ) if self._chat else None
        # English said inside a Chinese question ("这期班的class teacher是谁"): the mixed words first, then the titles and
        # the glossary's first word (longest first)
        mixed = {**{k: v[0] for k, v in lexicon.words_en.items() if v}, **lexicon.titles_en, **lexicon.words_mixed, **lexicon.words_pinyin}
        # (not an acronym of two or three letters, ai, gdp: the Chinese question's own word, which the pipeline reads already)
        self._mixed = {k.lower(): v for k, v in mixed.items() if k.isascii() and has_han(v) and len(k) >= MIN_MIXED}
        self._mixed_re = re.compile(
            r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, sorted(self._mixed, key=len, reverse=True))) + r")(?![A-Za-z])", re.IGNORECASE
        ) if self._mixed else None
        shares = "|".join(map(re.escape, sorted(lexicon.shares_en, key=len, reverse=True)))
        self._shares = lexicon.shares_en
        self._share_re = re.compile(rf"\b({_COMPARED})\s+({shares})\b") if shares else None  # "above half": above 50%
        self._titles_re = alternation(self._titles)
        words = lambda items: (w for item in items for w in re.findall("[a-z]+", item.lower()))  # noqa: E731
        targets = (*words(english), *words(lexicon.words_en), *words(lexicon.titles_en), *words(lexicon.units_en),
                   *words(w for ws in lexicon.question_words.values() for w in ws), *words((*lexicon.yes_no_end, *lexicon.yes_no_any)))
        asking = words(w for ws in lexicon.question_words.values() for w in ws)
        self._speller = EnglishSpeller(targets, (*lexicon.english_common, *words(lexicon.stopwords)), asking)

    def __call__(self, raw: str) -> Text:
        script = detect(unicodedata.normalize("NFKC", raw[:4096]))  # ｗｈｏ is who
        text = clean(self.unabbreviated(raw[-MAX_QUESTION_CHARS:], script))  # (spelt out before case is lost: "Da Weicheng")
        text = self._greeting.sub("", text)  # ("你好，请问：…": the question after it)
        text = self._speller(text) if script == EN else text
        if script != EN and self._mixed_re and re.search("[A-Za-z]{2}", text):
            text = self._mixed_re.sub(lambda m: self._mixed[m.group().lower()], text)
        text = self._rewritten(text)
        for joint in (*self._body_titles, *self._frames):
            text = joint.sub("", text)
        for head, title in self._heads:
            text = head.sub(title, text)
        if script == EN and self._titles_re:  # "the CPPCC secretary-general" asks about 政协秘书长
            text = self._titles_re.sub(lambda m: self._titles[m.group()], text)
            text = _OF_THE.sub(r"\2\1", text)
            text = _SPACE_IN_HAN.sub("", text)
        if script == EN and self._share_re:
            text = self._share_re.sub(lambda m: f"{m.group(1)} {self._shares[m.group(2)]}", text)
        if script == EN and self._units_en:
            text = _EN_FIGURE.sub(self._figure, text)
        return Text(raw, script, text)

    def unfilled(self, text: str) -> str:
        """A dictated message without its spoken fillers ("嗯就是那个砍顶排水 去年淹了几户 嗯 …": 砍顶排水 去年淹了几户 …)."""
        previous, out = None, text
        while previous != out:  # (嗯 嗯 就是那个: one after another)
            previous, out = out, self._fillers.sub("", out)
        return out.strip() or text  # (a message of a filler alone stays what it is)

    def unabbreviated(self, text: str, script: str) -> str:
        """English chat shorthand spelt out ("who ran da mtg n wat was it abt": who ran the meeting and what was it about)."""
        if script != EN or self._chat_re is None:
            return text

        def spelt(m: re.Match[str]) -> str:  # (not a capitalised name's part: "Did Da Weicheng come?", 笪伟成)
            named = m.group()[:1].isupper() and m.start() > 0 and re.match(r"\s+[A-Z][a-z]", text[m.end() :])
            return m.group() if named else self._chat[m.group().lower()]

        return self._chat_re.sub(spelt, text)

    def _rewritten(self, text: str) -> str:
        """发了言 -> 发言, 边个 -> 谁: in the lexicon's order, only those whose first character the text has, or a
        rewrite before gave it (喺 -> 在, then 在哪几个 -> 在 哪几个)."""
        for word, mark in self._guards.items():  # (试点搞了多久: 试点 kept whole, no 点搞)
            text = text.replace(word, mark)
        todo = sorted({r for c in set(text) for r in self._by_first.get(c, ())})
        k = 0
        while k < len(todo):
            i, split, whole = todo[k]
            k += 1
            if split not in text:
                continue
            text = text.replace(split, whole)
            later = {r for c in set(whole) for r in self._by_first.get(c, ()) if r[0] > i}.difference(todo[k:])
            if later:
                todo[k:] = sorted(later.union(todo[k:]))
        for word, mark in self._guards.items():
            text = text.replace(mark, word)
        return text

    def _figure(self, m: re.Match[str]) -> str:
        """An English figure written as the report would write it, its words kept for the glossary:
        "85 deputies" -> "85名 deputies", "21.7 billion yuan" -> "217亿元 yuan", "600,000" -> "60万"."""
        number, scale, rest = m.group(1).replace(",", ""), m.group(2), m.group(3) or ""
        if not scale and _YEARLIKE.fullmatch(m.group(1)):
            return m.group()  # "In 2024 companies…": a year, no count
        unit = next((u for w in rest.split() if (u := self._units_en.get(w) or self._units_en.get(singular(w)))), "")
        bits = rest.split()
        bits = bits[1:] if bits and unit and bits[0] == unit else bits  # ("50%": the % is the unit, not a word after it)
        words = f" {' '.join(bits)}" if bits else ""
        if scale in _SCALE and unit:  # "3 billion jin": 30亿斤
            value = float(number) * _SCALE[scale]
            return (f"{value:g}亿{unit}" if value >= 1 else f"{value * 10000:g}万{unit}") + words
        if scale:
            return m.group()
        if float(number) >= _WAN and float(number) % (_WAN // 100) == 0:  # "600,000": 60万; "12,600": 1.26万
            return f"{float(number) / _WAN:g}万{unit}{words}"
        if not unit:  # "the 10th", "2,000 of them": the number as written, without its thousands' commas
            return number + m.group()[len(m.group(1)) :]
        return f"{number}{unit}{words}"
