"""Every clause of a report, indexed for BM25 (the `bm25s` library) with the tokens of
`Tokenizer`; a clause of someone's statement also carries the speaker's name."""

from __future__ import annotations

import logging
import math
import os
import re
from collections import Counter
from dataclasses import dataclass

from ..facts import Facts
from ..models import Sentence
from ..scripts import is_han
from ..understanding.tokens import Tokenizer

_CLAUSE_END = re.compile(r"(?<=[，；：。！？])")
SAID = "§say"  # the concept of saying (intents/synonyms.yaml say)
MIN_CLAUSE = 6  # a shorter clause is read with the next one ('会上，' is no clause of its own)
DEPUTY_PREFIXES = ("常务副", "副")  # a deputy's title, and the full one it stands under


@dataclass(frozen=True)
class Clause:
    sentence: Sentence
    text: str
    speaker: str | None = None  # whose statement the clause belongs to (a person or a group)


def split_clauses(sentence: Sentence) -> list[str]:
    parts = [p for p in _CLAUSE_END.split(sentence.text) if p]
    out: list[str] = []
    for part in parts:
        if out and len(out[-1]) < MIN_CLAUSE:
            out[-1] += part
        else:
            out.append(part)
    return out


_ASKS = re.compile(r"[？?][”」』\"']*$")  # a sentence that ends in a question, maybe a quoted one


def asks(text: str) -> bool:
    """The sentence ends in a question ('…追问：“58X会不会停鹊安楼？”')."""
    return bool(_ASKS.search(text))


_ROW = re.compile(r"^[^，。；：]{2,24}：[^，。；：]{1,30}。$")  # '网上留言：326条。': a row of a list or table
MAX_ROW_CHARS = 60


_TITLED = re.compile("《([^》]{2,40})》")


def others_named(before: str, text: str) -> list[str]:
    """What tells apart the documents a sentence leaves aside when it picks one of several the one before it names ('…通过了《工资专项集体
    合同》和《女职工权益保护专项集体合同》…。其中，工资专项集体合同获赞成票141票…': 女职工权益保护); none when it picks none."""
    titles = list(dict.fromkeys(_TITLED.findall(before)))
    picked = [t for t in titles if t in text]
    if len(titles) < 2 or len(picked) != 1:
        return []
    return [o[: len(o) - len(os.path.commonprefix([o[::-1], picked[0][::-1]]))] or o for o in titles if o != picked[0]]


def _rows_of_lists(sentences: tuple[Sentence, ...] | list[Sentence]) -> dict[Sentence, Sentence]:
    """The rows under a line that introduces them ('截至4月15日，草案公开征求意见情况：' then
    '网上留言：326条。'…): each row goes on with that line, whose words it holds."""
    out: dict[Sentence, Sentence] = {}
    intro: Sentence | None = None
    for s in sentences:
        if s.text.endswith(("：", ":")):
            intro = s
        elif intro is not None and len(s.text) <= MAX_ROW_CHARS and _ROW.match(s.text):
            out[s] = intro
        else:
            intro = None
    return out


def _paragraph_settings(sentences: tuple[Sentence, ...], tokenizer: Tokenizer, pattern: re.Pattern[str]) -> dict[Sentence, set[str]]:
    """The words of the setting a paragraph opens with (genre paragraph_setting), for each of its later
    sentences, until one opens with a setting of its own ('开幕式上，…发布了白皮书。…还举行了…')."""
    out: dict[Sentence, set[str]] = {}
    setting: set[str] = set()
    for before, sentence in zip((None, *sentences), sentences, strict=False):
        m = pattern.match(sentence.text)
        if m or before is None or before.paragraph != sentence.paragraph:
            setting = set(tokenizer.terms(m.group(1))) if m else set()
        elif setting:
            out[sentence] = setting
    return out


class ClauseIndex:
    """The clauses of one report, their tokens, and a BM25 ranking over them."""

    def __init__(
        self, facts: Facts, tokenizer: Tokenizer, openers: tuple[str, ...] = (), setting: re.Pattern[str] | None = None,
        back: re.Pattern[str] | None = None, titles: tuple[str, ...] = (), responding: tuple[str, ...] = (), hosts: tuple[str, ...] = (),
    ) -> None:
        import bm25s  # numpy and bm25s load with the first index, not with the bot

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index it builds

        speaker_of = {st.sentence: st.speaker for st in facts.statements}
        # …and the words of the speaker's titles: '（二）关于茶产业。…' is the 院士's, whose name it does not write
        title_of = {r: next((t for t in titles if r.endswith(t)), r) for p in facts.people for r in p.roles}
        held = set(title_of.values())
        # (a deputy's title covers the full one no one holds: "县长作的报告" of '副县长某某所作的…报告')
        unheld = {t: t.removeprefix(d) for t in held for d in DEPUTY_PREFIXES if t.startswith(d) and t.removeprefix(d) not in held}
        posts = {
            p.name: list(dict.fromkeys(t for r in p.roles for t in (r, title_of[r], unheld.get(title_of[r], r))))
            for p in facts.people if p.name in speaker_of.values()
        }
        # the statements of one who answered ('委托副局长某某到会回应'): answers (回应, 答复), whatever verb each is said with
        answered = {p.name: [c for a in p.actions if a in responding for c in tokenizer.concepts(a)] for p in facts.people}
        # '该院将在5个工作日内…' of a meeting the 檀川区人民检察院 holds: the host's words (not those of another 院 it names)
        host = facts.organizer.value if facts.organizer else ""
        pointers = tuple(r for r in hosts if host.endswith(r[1:]))
        # (the body's own word, 人民检察院, and the 检察院 a question says: each tail of it that is a word itself; not the
        # place or the name before it, 檀川区, which the clause does not say)
        head = tokenizer.terms(host)[-1:] if pointers else []
        host_words = [w for t in head for w in (t, *(t[i:] for i in range(1, len(t) - 1) if tokenizer.terms(t[i:]) == [t[i:]]))]
        self.clauses: list[Clause] = []
        self.words: list[set[str]] = []  # each clause's words and concepts (no bigrams): what it covers
        tokens: list[list[str]] = []
        for sentence in facts.article.sentences:
            speaker = speaker_of.get(sentence)
            for text in split_clauses(sentence):
                self.clauses.append(Clause(sentence, text, speaker))
                # a clause of a statement is something said (§say), by its speaker, in whatever words
                words = tokenizer.terms(text) + tokenizer.concepts(text) + ([speaker, SAID, *answered.get(speaker, ())] if speaker else [])
                hosted = host_words if any(p in text for p in pointers) else []
                self.words.append({*words, *posts.get(speaker or "", ()), *hosted})  # (its titles cover, but weigh nothing in the ranking)
                tokens.append(words + hosted + tokenizer.bigrams(text))
        self.tokens = [set(t) for t in tokens]
        self.posts = {s: posts[n] for s, n in speaker_of.items() if n in posts}  # the titles of whose words a sentence is
        # a sentence that goes on with the last one's subject ('此前，调研组深入…。同时，召开…'), and that sentence
        sentences = facts.article.sentences
        self.continued = {
            s: b for b, s in zip(sentences, sentences[1:], strict=False)
            if openers and s.paragraph == b.paragraph and s.text.startswith(openers)
        }
        self.continued.update(_rows_of_lists(sentences))
        # the answer to a question the report quotes ('有街坊追问：“58X会不会停鹊安楼？”' '某某回应：“暂时建议唔停…”'),
        # and a sentence that points back to what the last one named ('…晶芯半导体封测基地项目…。…该项目总投资46亿元')
        self.continued.update({
            s: b for b, s in zip(sentences, sentences[1:], strict=False)
            if s.paragraph == b.paragraph and (asks(b.text) or (back is not None and back.search(s.text)))
        })
        # the setting a paragraph opens with ('开幕式上，…'): where each of its sentences took place
        self.settings = _paragraph_settings(sentences, tokenizer, setting) if setting else {}
        counts: Counter[str] = Counter(t for ts in self.tokens for t in ts)
        self._counts = counts
        n = max(1, len(self.clauses))
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in counts.items()}
        self.max_idf = math.log(1 + (n + 0.5) / 0.5)  # of a token no clause holds
        self._bm25 = bm25s.BM25()
        self._bm25.index(tokens or [[""]], show_progress=False)

    def rank(self, query: list[str]) -> list[tuple[float, int]]:
        """(score, clause number) of the clauses the query finds, best first."""
        if not query or not self.clauses:
            return []
        scores = self._bm25.get_scores(query)
        found = [(float(s), i) for i, s in enumerate(scores) if s > 0]
        return sorted(found, key=lambda e: (-e[0], e[1]))

    def count(self, token: str) -> int:
        """In how many clauses a token stands; a single character no token is (省 of the
        glossary's "province"), in how many clauses' text."""
        if token not in self._counts and len(token) == 1 and is_han(token):
            self._counts[token] = sum(token in c.text for c in self.clauses)
        return self._counts.get(token, 0)

    def weight(self, token: str) -> float:
        if token not in self.idf and len(token) == 1 and is_han(token):
            c, n = self.count(token), max(1, len(self.clauses))
            self.idf[token] = math.log(1 + (n - c + 0.5) / (c + 0.5))
        return self.idf.get(token, self.max_idf)
