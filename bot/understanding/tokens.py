"""Tokens of a text for the reading path: the same for a report's clauses and for a question.

    terms      jieba's words (stop words and question words left out)
    bigrams    every two Han characters in a row (robust to cuts and one wrong character)
    concepts   '§group' for every word of a synonym group or a topic found, whole words first
               (营商环境 is its own term, never 环境 of 生态环境)
"""

from __future__ import annotations

import re

from ..intents import Knowledge
from ..scripts import HAN_CLASS, has_han
from ..segment import Segmenter
from .matching import alternation

CONCEPT = "§"  # a concept token: §purpose, §topic:finance
EQUIVALENT = "≡"  # an equivalence token: ≡venture stands for 风投 and 风险投资 alike
TOPIC = CONCEPT + "topic:"  # a topic's concept token (§topic:finance)


def is_group_token(token: str) -> bool:
    """A concept or an equivalence token, not a word of the text."""
    return token.startswith((CONCEPT, EQUIVALENT))
_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")



class Tokenizer:
    def __init__(self, segmenter: Segmenter, knowledge: Knowledge) -> None:
        self._segmenter = segmenter
        lex = knowledge.lexicon
        asking = {w for words in lex.question_words.values() for w in words}
        self.stopwords = frozenset(lex.question_stopwords | asking)
        self._stop_chars = frozenset(w for w in self.stopwords if len(w) == 1)
        self._problem_ends = lex.problem_adjectives
        self._date_units = lex.date_units  # 月 of 11月初: the number before it is a date's
        self._opaque = alternation(lex.opaque_words) if lex.opaque_words else None
        groups: dict[str, set[str]] = {}
        for name, words in knowledge.synonyms.items():
            for word in words:
                groups.setdefault(word, set()).add(CONCEPT + name)
        for topic in knowledge.topics:
            for term in topic.terms:
                groups.setdefault(term, set()).add(CONCEPT + "topic:" + topic.key)
        for name, words in knowledge.equivalents.items():
            for word in words:
                groups.setdefault(word, set()).add(EQUIVALENT + name)
        self._group_of = groups
        self._groups = alternation(groups)
        self._firsts = frozenset(w[0] for w in groups if w)  # where a group word may start
        # the concepts of the words that frame a question about a term (提到, 什么意思): no content
        framing = [w for name in ("mention", "define") for w in lex.facets.get(name, ())]
        self.asking_concepts = frozenset(c for w in framing for c in groups.get(w, ()))
        self._words_of: dict[str, set[str]] = {}
        for word, names in groups.items():
            for name in names:
                self._words_of.setdefault(name, set()).add(word)

    def terms(self, text: str) -> list[str]:
        """jieba's words of two characters or more; single characters jieba leaves in a row
        (a word it does not know: 浦+发) are kept together."""
        out: list[str] = []
        run = ""
        cut = [*self._segmenter.cut(text), " "]
        for i, w in enumerate(cut):
            if len(w) == 1 and has_han(w) and w not in self.stopwords:
                run += w
                continue
            if len(run) >= 2:
                out.append(run)
            run = ""
            if w in self.stopwords or all(c in self._stop_chars for c in w):
                continue  # 要开: two asking characters are no word
            if len(w) >= 2 and has_han(w) and not self._segmenter.is_common(w) and not self.equivalents(w):  # never English: suggestions
                # (nor a word that stands for another: 没人管 for 弃管, it is no 人管)
                w = w.strip("".join(self._stop_chars))  # 涉农是 (jieba's guess): 涉农; 签了: 签
                if len(w) < 2:
                    continue
            if has_han(w) and len(w) >= 2:
                out.append(self._problem_of(w))
            elif re.fullmatch(r"[a-z0-9.%]{2,}", w.lower()) and re.search(r"[a-z0-9]", w.lower()) and not (
                w.isdigit() and cut[i + 1].startswith(self._date_units)
            ):  # (not the … of 好头痕…, read as ...)
                out.append(w.lower())  # 58X of the report is the question's 58x (not 11 of 11月初: a date)
        return out

    def _problem_of(self, word: str) -> str:
        """融资难 (one word to jieba): 融资, the thing the problem is about."""
        if len(word) >= 3 and word.endswith(self._problem_ends) and self._segmenter.is_common(word[:-1]):
            return word[:-1]
        return word

    def groups(self, word: str) -> set[str]:
        """Every concept and equivalence token of a word."""
        return set(self._group_of.get(word, ()))

    def equals(self, word: str) -> set[str]:
        """The words that stand for `word` (its equivalence groups only, not its concepts or
        topics): 打入 for 打进, 风险投资 for 风投."""
        return {w for g in self.equivalents(word) for w in self._words_of.get(g, ())} - {word}

    def equivalents(self, word: str) -> set[str]:
        """The equivalence tokens of a word (≡venture for 风投): what finds it under another name."""
        return {g for g in self._group_of.get(word, ()) if g.startswith(EQUIVALENT)}

    def said_otherwise(self, group: str, question: str, report: str) -> tuple[str, ...]:
        """The words by which the question holds an equivalence token, when the report writes none of
        them (国外买 of ≡imported, where the report says 依赖进口); else none."""
        said = tuple(w for w in self._words_of.get(group, ()) if len(w) >= 2 and has_han(w) and w in question)  # (not English)
        return () if any(w in report for w in said) else said

    def knows(self, word: str) -> bool:
        """Whether a word belongs to a synonym group or a topic (an English word the reading
        path can follow into the report)."""
        return word in self._group_of

    @staticmethod
    def bigrams(text: str) -> list[str]:
        return [run[i : i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)]

    def concepts(self, text: str, asked: bool = False) -> list[str]:
        """The concepts of a text's words; a one-character word (谈, 开) not inside an opaque word
        (座谈会, 开展). Of a question (`asked`), a word's equivalence stands for those of the words it starts with (房产证:
        ≡deed, not ≡house of 房产, which a sentence would then have to hold too)."""
        if not self._groups:
            return []
        found: set[str] = set()
        group_of = self._group_of
        firsts, match = self._firsts, self._groups.match
        inside = {i for m in self._opaque.finditer(text) for i in range(m.start(), m.end())} if self._opaque else set()
        for at, ch in enumerate(text):  # at every place, and every word there (现场 of 现场答复 too)
            m = match(text, at) if ch in firsts else None
            if m:
                word = m.group()
                whole = asked and any(g.startswith(EQUIVALENT) for g in group_of.get(word, ()))
                for end in range(1 + (at in inside), len(word) + 1):
                    found.update(g for g in group_of.get(word[:end], ()) if end == len(word) or not (whole and g.startswith(EQUIVALENT)))
        return sorted(found)

    def group_words(self, text: str) -> list[str]:
        """The longest word of a group that starts at each place of the text (参与进来 of "有没有参与进来")."""
        if not self._groups:
            return []
        firsts, match = self._firsts, self._groups.match
        return [m.group() for at, ch in enumerate(text) if ch in firsts and (m := match(text, at))]

    def siblings(self, text: str) -> dict[str, frozenset[str]]:
        """The concepts one word of a text gives together (评价: §say and §evaluate), each with the others:
        a sentence that covers one of them covers the word."""
        out: dict[str, set[str]] = {}
        if not self._groups:
            return {}
        firsts, match = self._firsts, self._groups.match
        for at, ch in enumerate(text):
            m = match(text, at) if ch in firsts else None
            groups = {g for g in self._group_of.get(m.group(), ()) if g.startswith(CONCEPT) and not g.startswith(TOPIC)} if m else set()
            for g in groups if len(groups) > 1 else ():  # (synonym groups only: a topic or an equivalence is narrower)
                out.setdefault(g, set()).update(groups - {g})
        return {g: frozenset(others) for g, others in out.items()}

    def synonyms(self, word: str) -> set[str]:
        """The words that share a synonym group or a topic with `word` (itself included)."""
        return {w for name in self._group_of.get(word, ()) for w in self._words_of[name]} | {word}

    def tokens(self, text: str) -> list[str]:
        return [*self.terms(text), *self.bigrams(text), *self.concepts(text)]

    def query_bigrams(self, text: str) -> list[str]:
        """The bigrams of a question's content words only (its asking words left out)."""
        kept = [w if w not in self.stopwords else " " for w in self._segmenter.cut(text)]
        return self.bigrams(" ".join(kept))
