"""The unit of a figure a question asks for: '多少人' -> 人, 名, 位 …; '几多间' -> 间."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from ...genre import Genre
from ...segment import Segmenter
from ..normalise import singular

# "how many households will…": the noun a count asks of, alone before a verb or the end (not business of "business
# environment supervisors")
_HOW_MANY_EN = re.compile(
    r"\bhow many ([a-z]+)(?=\s+(?:will|would|are|were|is|was|do|did|does|have|has|had|got|get|can|could|in|at|of|from|to|for|on|"
    r"there|came|attended|took|received|signed)\b|\s*[?.,!]|$)"
)
_HOW_MANY_HAN = re.compile(r"(?i)\bhow (?:many|much)\s*(?=[\u4e00-\u9fff])")  # "how many 人 came": 多少人


APART = "\x00"  # what sets a count word apart from a noun that starts like a classifier, while words are looked for whole


class UnitFinder:
    def __init__(self, genre: Genre, segmenter: Segmenter, units_en: Mapping[str, str] = MappingProxyType({}),
                 words_en: Mapping[str, tuple[str, ...]] = MappingProxyType({})) -> None:
        self._segmenter = segmenter
        self._units_en = units_en  # households: 户 (the classifier an English count noun takes)
        people = {*genre.group_words, *genre.people_nouns}
        self._people_en = frozenset(k for k, zhs in words_en.items() if zhs and zhs[0] in people)  # employees: 员工
        self._units = frozenset(genre.units)
        self._count_words = tuple(genre.count_words)
        # the words that ask for a kind of unit, and those spread over the question ("how much…fund")
        self._questions = {k: tuple(w for w in ws if "…" not in w) for k, ws in genre.unit_questions.items()}
        self._spread = {k: tuple(w for w in ws if "…" in w) for k, ws in genre.unit_questions.items()}
        self._kinds = genre.unit_kinds
        counts = "|".join(map(re.escape, genre.count_words))
        self._classifier = re.compile(rf"(?:{counts})({'|'.join(map(re.escape, genre.units))})")
        self._which = genre.which_words
        self._any = genre.generic_classifier
        self._aliases = genre.unit_aliases
        self.words = frozenset(w for ws in genre.unit_questions.values() for w in ws)
        groups = "|".join(map(re.escape, sorted((*genre.group_words, *genre.people_nouns), key=len, reverse=True)))  # people, not firms
        self._people = re.compile(rf"(?:{counts})[^，。？?]{{0,4}}?(?:{groups})") if groups else None
        # 职工总数多少, 职工一共有多少？: the count follows the people it counts
        self._people_after = re.compile(rf"(?:{groups})的?(?:总数|总人数|数量|(?:一共|总共|共)?有?(?:多少|几多)(?=[呢啊呀吗？?，,。！!]|$))") \
            if groups else None
        self._people_units = genre.unit_kinds.get("people", ())

    def _nouns_apart(self, text: str, mark: str = " ") -> str:
        """"多少项目" counts 项目 (a noun of jieba's), not 项 of something: the count word is
        set apart from a word that only starts like a classifier (by `mark`)."""
        apart, at = [], 0
        for token in self._segmenter.cut(text):
            at = text.find(token, at)
            if len(token) > 1 and token[0] in self._units and self._segmenter.is_common(token) and text[:at].endswith(self._count_words):
                apart.append(at)
            at += len(token)
        for at in reversed(apart):
            text = text[:at] + mark + text[at:]
        return text

    def noun_counted(self, run: str) -> str:
        """The noun after a one-character classifier that opens a run (楼 of 栋楼, 人家 of 户人家); empty for other runs."""
        return run[1:] if len(run) > 1 and run[0] in self._units else ""

    def counts(self, text: str) -> bool:
        """Whether the question asks a count with a classifier (几件, 多少场): how many, whatever
        the lexicon's question words list."""
        text = self._nouns_apart(text)
        for word in self._which:
            text = text.replace(word, " ")
        return self._classifier.search(text) is not None

    def __call__(self, text: str) -> tuple[str, ...]:
        text = self._nouns_apart(_HOW_MANY_HAN.sub("多少", text), APART)
        for word in self._which:  # 哪几位 asks which ones, not how many
            text = text.replace(word, " ")
        joined = text.replace(" ", "")  # (总 投资 of a recut question: 总投资 still asks an amount; not 多少年 of 多少|年轻老师)
        text = text.replace(APART, " ")
        kinds = [k for k, words in self._questions.items() if any(_holds(w, text) or len(w) >= 3 and not w.isascii() and w in joined for w in words)
                 or any(_asks(w, text) for w in self._spread.get(k, ()))]
        if len(kinds) > 1 and "items" in kinds:  # 几个人 asks for people; 个 alone counts anything
            kinds.remove("items")
        units = tuple(u for k in kinds for u in self._kinds[k])
        noun = _HOW_MANY_EN.search(text) if not units else None  # "how many households": 户
        unit = self._units_en.get(noun.group(1)) or self._units_en.get(singular(noun.group(1))) if noun else None
        if unit:
            return tuple(dict.fromkeys((unit, *self._aliases.get(unit, ()))))
        if noun and {noun.group(1), singular(noun.group(1))} & self._people_en:
            return self._people_units  # "how many employees": a count of people
        people = self._people and (self._people.search(text) or self._people_after and self._people_after.search(joined))
        if not units and not self._classifier.search(text) and people:
            return self._people_units  # 多少企业代表: a count of people
        classifier = self._classifier.search(text)
        if classifier and classifier.group(1) == self._any and self._people and self._people.search(text):
            return self._people_units  # "还差多少个技工": 个 of people
        if classifier and not any(classifier.group(1) in self._kinds[k] for k in kinds if k != "items"):
            # "几多间初创企业": the classifier itself (间), unless 个, which counts anything
            unit = classifier.group(1)
            return units if unit == self._any else tuple(dict.fromkeys((unit, *self._aliases.get(unit, ()))))
        return units


def _holds(word: str, text: str) -> bool:
    """The question holds the words, English ones as whole words ("what area", not of "What areas did…cover")."""
    if word.isascii():
        return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text) is not None
    return word in text


def _asks(words: str, text: str) -> bool:
    """Whether the question holds the words: "how much…subsid" is "how much", later "subsid"."""
    at = 0
    for part in words.split("…"):
        at = text.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True
