"""The topic a question is about (a synonym group of intents/topics.yaml), also when a topic
word is misspelt by sound; and a phrase the report lacks although it holds the topic word
inside it (新能源: 能源 is there, 新能源 is not)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...intents import Knowledge, Topic
from ...scripts import has_han, is_han
from ...segment import Segmenter
from ..matching import Spans, alternation, by_sound, sounds_like
from ..report_words import ReportWords

_SPAN = re.compile(r"^[\d一二两三四五六七八九十几半多]+(?:个)?[年月天日周]")  # 两年, 三个月


@dataclass(frozen=True)
class TopicFound:
    topic: Topic | None = None
    terms: tuple[str, ...] = ()
    asked_phrase: str | None = None


SUBJECT_SHARE = 0.3  # a word in this share of a report's sentences is what the report is about


def _share(word: str, words: ReportWords) -> float:
    """The share of the report's sentences that hold a word."""
    sentences = [s for s in words.vocab.text.replace("\n", "。").split("。") if s]
    return sum(word in s for s in sentences) / max(1, len(sentences))


def _subject_and_topic(a: str, b: str, words: ReportWords) -> bool:
    """'人工智能监管' is the report's subject (人工智能, in most of its sentences) and a topic it
    treats (监管); '金融科技' is a compound of two topics neither of which the report is about."""
    return (_share(a, words) >= SUBJECT_SHARE and words.holds(b)) or (_share(b, words) >= SUBJECT_SHARE and words.holds(a))


class TopicFinder:
    def __init__(self, knowledge: Knowledge, segmenter: Segmenter, stopwords: frozenset[str], cue_words: set[str]) -> None:
        self._segmenter = segmenter
        self._stop = stopwords
        self._cue_words = cue_words
        self._function_tags = knowledge.lexicon.function_tags  # 已经 glues to nothing
        self._asking = {w for ws in knowledge.lexicon.question_words.values() for w in ws}  # 卡脖子咋整: 咋整 asks
        self._topics = knowledge.topics
        self.topic_of: dict[str, Topic] = {t: topic for topic in knowledge.topics for t in topic.terms}
        self._pattern = alternation(self.topic_of)
        self._by_sound = by_sound(self.topic_of)
        # the knowledge's own words are said on purpose (亏钱 is a loss, no 缺钱 misheard)
        self._said = frozenset(w for g in (*knowledge.synonyms.values(), *knowledge.equivalents.values()) for w in g)

    def __call__(self, text: str, spans: Spans, words: ReportWords) -> TopicFound:
        if not self._pattern:
            return TopicFound()
        found = [(m.start(), m.end(), m.group()) for m in self._pattern.finditer(text)]
        if not found:  # only when no topic word is written right (养老服物: a homophone of 服务)
            taken = [(s, e) for s, e, _ in spans.taken]
            found = sounds_like(text, self._by_sound, taken, lambda w: self._known(w, words), self._stop)
        terms: list[str] = []
        counts: dict[str, int] = {}
        for start, end, term in found:
            if spans.free(start, end):
                terms.append(term)
                key = self.topic_of[term].key
                counts[key] = counts.get(key, 0) + len(term)
                spans.take(start, end, "topic")
        topic = None
        if counts:
            best = max(counts, key=lambda k: counts[k])
            topic = next(t for t in self._topics if t.key == best)
        return TopicFound(topic, tuple(terms), self._asked_phrase(text, spans.of("topic"), words))

    def asked_in(self, found: TopicFound, asking: tuple[str, ...]) -> TopicFound:
        """The topic of the terms the asking clauses hold, when the asker's story names another ("…想留在广东做AI，会上有没有
        讲引进和培养人才这块？": 人才, not AI); the terms found stay, as spans were taken for them."""
        counts: dict[str, int] = {}
        for term in found.terms:
            if any(term in c for c in asking):
                key = self.topic_of[term].key
                counts[key] = counts.get(key, 0) + len(term)
        if not counts or (found.topic and found.topic.key in counts):
            return found
        best = max(counts, key=lambda k: counts[k])
        return replace(found, topic=next(t for t in self._topics if t.key == best))

    def english_terms(self, text: str) -> list[tuple[str, ...]]:
        """For each English topic word of a question, the topic's Chinese terms."""
        if not self._pattern or not re.search(r"[a-z]{3}", text):
            return []
        return [
            tuple(t for t in self.topic_of[m.group()].terms if has_han(t))
            for m in self._pattern.finditer(text)
            if not has_han(m.group())
        ]

    def _known(self, window: str, words: ReportWords) -> bool:
        return words.holds(window) or self._segmenter.is_common(window) or window in self._said

    def _key(self, token: str) -> str | None:
        topic = self.topic_of.get(token)
        return topic.key if topic else None

    def _asked_phrase(self, text: str, topic_spans: list[tuple[int, int]], words: ReportWords) -> str | None:
        """The word a question really asks about when the report lacks it although it has the
        topic term inside it: 新能源 (能源 is there), 金融科技, 数据安全. Judged on jieba's
        words: a topic term plus a one-character word glued to it, or two terms in a row
        that jieba keeps apart but the report never writes together."""
        if not topic_spans:
            return None
        tokens, at = [], 0
        for token in self._segmenter.cut(text):
            start = text.find(token, at)
            tokens.append((start, start + len(token), token))
            at = start + len(token)
        inside = [i for i, (s, e, _) in enumerate(tokens) if any(s < te and e > ts for ts, te in topic_spans)]
        for i in inside:
            if not words.holds(tokens[i][2]):
                return None  # a synonym from the topic group ("融资"): the group is what is asked
            for j in (i - 1, i + 1):
                phrase = self._glued(text, tokens, inside, i, j, words) if 0 <= j < len(tokens) else None
                if phrase:
                    return phrase
        return None

    def _glued(self, text: str, tokens: list[tuple[int, int, str]], inside: list[int], i: int, j: int, words: ReportWords) -> str | None:
        """The topic word `i` and its neighbour `j` as one phrase the report never writes."""
        s, e, token = tokens[i]
        ns, ne, neighbour = tokens[j]
        if not is_han(neighbour[0]) or neighbour in self._stop or neighbour in self._cue_words or neighbour in self._asking or _SPAN.match(neighbour):
            return None  # (这两年融资: a span of time, no part of what is asked)
        tag = self._segmenter.tag(neighbour) or ""
        if tag in self._function_tags or len(neighbour) == 1 and tag.startswith("v"):
            return None  # 已经 and 做 (做跨境电商) glue to nothing
        if len(neighbour) == 1 and j == i + 1 and j + 1 < len(tokens) and tokens[j + 1][2] in self._asking:
            return None  # 指 of "卡脖子指什么": the verb the question asks with
        phrase = text[min(s, ns) : max(e, ne)]
        two_topics = j in inside and i < j and self._key(token) != self._key(neighbour)
        if two_topics and _subject_and_topic(token, neighbour, words):
            return None  # 人工智能监管: the report's own subject, then a topic it treats
        if not two_topics and _share(token, words) >= SUBJECT_SHARE:
            return None  # 话+人工智能: a word glued to what the whole report is about
        glued = len(neighbour) == 1 or two_topics or not words.holds(neighbour)
        return phrase if glued and not words.holds(phrase) and len(phrase) <= 6 else None
