"""From a question to an intent with slots and a confidence.

Steps: normalize (script, width, @mentions, case) -> find slots (people, roles, topics,
places, dates; names also fuzzily) -> find cue words -> score every intent by its cue
words and its closest example -> apply conversation context (pronouns, "那人才呢？").
All words come from intents/*.yaml and from the article's own facts.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz
from rapidfuzz.distance import Hamming

from . import pinyin
from .genre import load_genre
from .intents import Intent, Knowledge, Topic
from .scripts import EN, detect, normalize
from .segment import Segmenter
from .vocabulary import Vocabulary, pinyin_forms

log = logging.getLogger(__name__)

# Thresholds, in one place (cf. Rasa's FallbackClassifier).
THRESHOLD = 0.40  # a top score below this falls back to "the report does not say / try asking"
AMBIGUITY_THRESHOLD = 0.05  # top two closer than this: answer the top one, offer the runner-up
CUE_WEIGHT = 0.55  # share of the score from cue words; the rest from the closest example
HINT_WEIGHT = 0.4  # a hint counts this much of a keyword
REQUIRED_SLOT_BONUS = 0.15
OPTIONAL_SLOT_BONUS = {"date": 0.2, "place": 0.2}  # a date or place named is seldom incidental
MISSING_SLOT_FACTOR = 0.45
UNUSED_PERSON_PENALTY = 0.08
UNKNOWN_WORD_PENALTY = 0.12

MARK = {
    "person": "\ue001",
    "role": "\ue002",
    "topic": "\ue003",
    "place": "\ue004",
    "date": "\ue005",
}
_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}(?:日|号)|份)?|\d{1,2}(?:日|号)|\d{4}年")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_EN_DATE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?\b")
_EN_DAY = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b")
_LATIN_EDGE = re.compile(r"^[a-z0-9]|[a-z0-9]$")
_WORD = re.compile(r"[a-z][a-z'\-]+")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _alternation(terms: list[str]) -> re.Pattern[str] | None:
    """One regex that finds the longest of `terms` at each place, Latin terms on word edges."""
    parts = []
    for term in sorted(set(terms), key=len, reverse=True):
        esc = re.escape(term)
        if _LATIN_EDGE.search(term[0]):
            esc = r"(?<![a-z])" + esc
        if _LATIN_EDGE.search(term[-1]):
            esc = esc + r"(?=(?:s|es)?(?![a-z]))"  # a plural still names it: vice governors
        parts.append(esc)
    return re.compile("|".join(parts)) if parts else None


@dataclass(frozen=True)
class Slots:
    person: str | None = None
    person_guess: bool = False  # the name was matched fuzzily (a typo)
    pronoun: bool = False
    role: str | None = None
    topic: Topic | None = None
    topic_terms: tuple[str, ...] = ()
    place: str | None = None
    date: str | None = None
    known_words: tuple[str, ...] = ()  # content words the article contains
    unknown_words: tuple[str, ...] = ()  # content words the article does not contain
    name_words: tuple[str, ...] = ()  # content words that look like names (not everyday words)
    words: tuple[str, ...] = ()  # every content word of the question, cue words included
    asked_phrase: str | None = None  # a topic phrase the report does not contain (新能源)
    person_derived: bool = False  # the person was read from a role word (主持人), not named
    people: tuple[str, ...] = ()  # every person named, in order ("王伟中和林克庆分别…")

    def filled(self, slot: str) -> bool:
        """Whether the question fills `slot`; an unrecognised name or word can stand in for
        a person or a topic, so that the answer can say the report does not mention it."""
        if slot == "person":
            return self.person is not None or bool(self.name_words) or self.role is not None
        if slot == "topic":
            return any((self.topic, self.place, self.known_words, self.unknown_words))
        return getattr(self, slot) is not None


@dataclass(frozen=True)
class Parse:
    question: str
    text: str
    script: str
    intent: Intent | None
    confidence: float
    runner_up: tuple[str, float] | None
    slots: Slots
    yes_no: bool = False
    follow_up: bool = False
    scores: dict[str, float] = field(default_factory=dict)
    keyword_hits: int = 0


@dataclass
class Context:
    """What a conversation has established so far (kept per user and chat)."""

    person: str | None = None
    topic: Topic | None = None
    intent: str | None = None
    meeting: str | None = None
    script: str | None = None  # the script of the last question that showed one


class Understanding:
    """Parses questions about one meeting (its vocabulary) with the shared knowledge."""

    def __init__(self, knowledge: Knowledge, vocabulary: Vocabulary, segmenter: Segmenter) -> None:
        self.knowledge = knowledge
        self.vocab = vocabulary
        self.segmenter = segmenter
        lex = knowledge.lexicon
        self._names = _alternation(list(vocabulary.names))
        self._titles_en = _alternation(list(lex.titles_en))
        self._pinyin_of = pinyin_forms(vocabulary.names)
        self._pinyin_names = _alternation(list(self._pinyin_of))
        # All the genre's titles take part, so that 书记 is not found inside 总书记.
        self._roles = _alternation([*vocabulary.roles, *load_genre().titles])
        self._group_words = set(load_genre().group_words)
        # words that ask for a figure (多少, 总投资…) are not what the figure is about
        self._figure_words = {w for ws in load_genre().unit_questions.values() for w in ws} | set(
            next((i.keywords for i in knowledge.intents if i.answer == "figures"), ())
        )
        self._stop = lex.stopwords | set(lex.yes_no_any) | set(lex.yes_no_end) | set(lex.yes_no_start)
        self._places = _alternation(list(vocabulary.places))
        self._place_of = {
            "".join(sy): p for p in vocabulary.places if len(p) >= 2 and (sy := pinyin.syllables(p))
        }
        self._place_pinyin = _alternation(list(self._place_of))
        self._topic_of: dict[str, Topic] = {
            t: topic for topic in knowledge.topics for t in topic.terms
        }
        self._topics = _alternation(list(self._topic_of))
        self._pronouns = _alternation(list(lex.pronouns))
        self._cue_owner: dict[str, list[tuple[str, float]]] = {}
        for intent in knowledge.intents:
            for term in intent.keywords:
                self._cue_owner.setdefault(term, []).append((intent.name, 1.0))
            for term in intent.hints:
                self._cue_owner.setdefault(term, []).append((intent.name, HINT_WEIGHT))
        self._cues = _alternation(list(self._cue_owner))
        # keywords and topic terms by sound, for homophone typos (强掉 for 强调, 服物 for 服务)
        self._topic_by_sound: dict[str, str] = {}
        for term in self._topic_of:
            if 2 <= len(term) <= 4 and _HAN.fullmatch(term[0]):
                for sound in pinyin.sounds(term):
                    self._topic_by_sound.setdefault(sound, term)
        self._cue_by_sound: dict[str, str] = {}
        for term, owners in self._cue_owner.items():
            if 2 <= len(term) <= 4 and _HAN.fullmatch(term[0]) and any(w == 1.0 for _, w in owners):
                for sound in pinyin.sounds(term):
                    self._cue_by_sound.setdefault(sound, term)
        self._known_latin = {
            w for term in (*self._cue_owner, *self._topic_of) for w in _WORD.findall(term)
        }
        self._examples: dict[str, dict[str, list[str]]] = {}
        for intent in knowledge.intents:
            by_script: dict[str, list[str]] = {"zh": [], EN: []}
            for script, items in intent.examples.items():
                for example in items:
                    skeleton = example
                    for slot, mark in MARK.items():
                        skeleton = skeleton.replace("{" + slot + "}", mark)
                    by_script[EN if script == EN else "zh"].append(skeleton)
            self._examples[intent.name] = by_script

    # -- slots ---------------------------------------------------------------

    def _find_person(self, text: str) -> tuple[str | None, bool, tuple[int, int] | None]:
        if self._names:
            match = self._names.search(text)
            if match:
                return match.group(), False, match.span()
        if self._pinyin_names and re.search(r"[a-z]{2}", text):  # Wang Weizhong, Mr Wang
            match = self._pinyin_names.search(re.sub(r"[-'’]", " ", text).replace("  ", " "))
            if match:
                return self._pinyin_of[match.group()], False, match.span()
        for name in self.vocab.names:  # one wrong character: 王伟忠 for 王伟中
            size = len(name)
            for start in range(0, len(text) - size + 1):
                window = text[start : start + size]
                if not _HAN.fullmatch(window[0]) or Hamming.distance(window, name) != 1:
                    continue
                if not all(_HAN.match(c) for c in window) or window in self.vocab.text:
                    continue
                if self.segmenter.is_common(window):
                    continue  # an everyday word (陈述), not a misspelt name
                if size >= 3 or window[0] == name[0] and pinyin.sounds(window) & pinyin.sounds(name):
                    return name, True, (start, start + size)
        return None, False, None

    def _slots(self, text: str) -> tuple[Slots, str]:
        spans: list[tuple[int, int, str]] = []
        person, guess, span = self._find_person(text)
        if span:
            spans.append((*span, "person"))

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e, _ in spans)

        role = None
        if self._roles:
            for m in self._roles.finditer(text):
                group_word = m.group() in self._group_words and m.group() not in self.vocab.roles
                if free(*m.span()) and not group_word:  # a title nobody holds still asks about a role
                    role = self._qualified_role(text, m)
                    spans.append((*m.span(), "role"))
                    break
        place = None
        if self._places:
            for m in self._places.finditer(text):
                if free(*m.span()):
                    place = m.group()
                    spans.append((*m.span(), "place"))
                    break
        if place is None and self._place_pinyin and re.search(r"[a-z]{3}", text):  # Guangzhou
            m = self._place_pinyin.search(text)
            if m and free(*m.span()):
                place = self._place_of[m.group()]
                spans.append((*m.span(), "place"))
        topic_terms: list[str] = []
        topic = None
        if self._topics:
            counts: dict[str, int] = {}
            found = [(m.start(), m.end(), m.group()) for m in self._topics.finditer(text)]
            if not found:  # only when no topic word is written right
                found = self._sounds_like(text, self._topic_by_sound, [(s, e, "") for s, e, _ in spans])
            for start, end, term in found:  # (养老服物: a homophone of 服务)
                if free(start, end):
                    topic_terms.append(term)
                    key = self._topic_of[term].key
                    counts[key] = counts.get(key, 0) + len(term)
                    spans.append((start, end, "topic"))
            if counts:
                best = max(counts, key=lambda k: counts[k])
                topic = next(t for t in self.knowledge.topics if t.key == best)
        asked_phrase = self._asked_phrase(text, [(s, e) for s, e, k in spans if k == "topic"])
        date = None
        m = _DATE.search(text) or _EN_DATE.search(text) or _EN_DAY.search(text)
        if m and free(*m.span()):
            if m.re is _DATE:
                date = m.group()
            elif m.re is _EN_DAY:
                date = f"{int(m.group(1))}日"
            else:
                date = f"{_MONTHS.index(m.group(1)[:3]) + 1}月{int(m.group(2))}日"
            spans.append((*m.span(), "date"))
        derived = False
        if person is None and "会议" in self.vocab.voices and re.search(
            r"\bthe meeting (?:require|stress|emphasi|point|say|said|decide|call|ask|urge)", text
        ):  # "What did the meeting require?"
            person = "会议"
        if person is None:  # "会议强调了什么？": the meeting itself as the speaker
            verbs = "|".join(load_genre().statement_verbs + load_genre().meeting_verbs)
            for voice in self.vocab.voices:
                m = re.search(rf"{re.escape(voice)}(?:还|也|又)?(?:{verbs})", text)
                if m and free(m.start(), m.start() + len(voice)):
                    person = voice
                    spans.append((m.start(), m.start() + len(voice), "person"))
                    break
        if person is None:  # "主持人讲了些什么？": the one person who chaired
            for word, action in self.knowledge.lexicon.action_roles.items():
                at = text.find(word)
                holders = (self.vocab.actors or {}).get(action, ())
                if at >= 0 and len(holders) == 1 and free(at, at + len(word)):
                    person, derived = holders[0], True  # (the word stays a cue: 主持人 → chair)
                    break
        plural = any(p in text for p in self.knowledge.lexicon.plural_pronouns)
        pronoun = bool(self._pronouns and person is None and not plural and self._pronouns.search(text))
        masked = text
        for start, end, slot in sorted(spans, reverse=True):
            masked = masked[:start] + MARK[slot] + masked[end:]
        named = tuple(dict.fromkeys(m.group() for m in self._names.finditer(text))) if self._names else ()
        slots = Slots(person, guess, pronoun, role, topic, tuple(topic_terms), place, date,
                      asked_phrase=asked_phrase, person_derived=derived, people=named)
        return slots, masked

    def _homophone_cues(self, masked: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Keywords written with a wrong character of the same sound (强掉 for 强调)."""
        return self._sounds_like(masked, self._cue_by_sound, taken)

    def _sounds_like(
        self, text: str, by_sound: dict[str, str], taken: list[tuple[int, int]]
    ) -> list[tuple[int, int, str]]:
        """Words of `by_sound` written with a wrong character of the same sound, where the
        window is not a word of the report or of everyday Chinese (then it is no typo)."""
        found: list[tuple[int, int, str]] = []
        for size in (4, 3, 2):
            for start in range(len(text) - size + 1):
                end = start + size
                window = text[start:end]
                if not all(_HAN.match(c) for c in window):
                    continue
                if any(not (end <= s or start >= e) for s, e, *_ in (*taken, *found)):
                    continue
                if window in self.vocab.text or self.segmenter.is_common(window):
                    continue
                if all(c in self._stop for c in window):  # 是吗 is no misspelt 什么
                    continue
                # the typo as usually read against every reading of the word meant
                term = next((by_sound[s] for s in pinyin.sounds(window, first_only=True) if s in by_sound), None)
                if term and term != window:
                    found.append((start, end, term))
        return found

    def _topic_key(self, token: str) -> str | None:
        topic = self._topic_of.get(token)
        return topic.key if topic else None

    def _asked_phrase(self, text: str, topic_spans: list[tuple[int, int]]) -> str | None:
        """The word a question really asks about when the report lacks it although it has the
        topic term inside it: 新能源 (能源 is there), 金融科技, 数据安全. Judged on jieba's
        words: a topic term plus a one-character word glued to it, or two terms in a row
        that jieba keeps apart but the report never writes together."""
        if not topic_spans:
            return None
        tokens, at = [], 0
        for token in self.segmenter.cut(text):
            start = text.find(token, at)
            tokens.append((start, start + len(token), token))
            at = start + len(token)
        stop = self._stop
        inside = [i for i, (s, e, _) in enumerate(tokens) if any(s < te and e > ts for ts, te in topic_spans)]
        for i in inside:
            s, e, token = tokens[i]
            if token not in self.vocab.text:
                return None  # a synonym from the topic group ("融资"): the group is what is asked
            for j in (i - 1, i + 1):
                if 0 <= j < len(tokens):
                    ns, ne, neighbour = tokens[j]
                    if not _HAN.match(neighbour) or neighbour in stop or neighbour in self._cue_owner:
                        continue
                    phrase = text[min(s, ns) : max(e, ne)]
                    two_topics = j in inside and i < j and self._topic_key(token) != self._topic_key(neighbour)
                    glued = len(neighbour) == 1 or two_topics or neighbour not in self.vocab.text
                    if glued and phrase not in self.vocab.text and len(phrase) <= 6:
                        return phrase
        return None

    def _qualified_role(self, text: str, match: re.Match[str]) -> str:
        """'鹤洲市长' is not '市长' of anywhere: keep the place or body written before a title."""
        before = re.search(r"[\u4e00-\u9fff]{1,10}$", text[: match.start()])
        if not before:
            return match.group()
        prefix = re.split(r"谁是|是|谁|的|请问|问|那|这位|哪位|哪几位|哪些|几位|哪个|有", before.group())[-1]
        for name in self.vocab.names:  # "王伟中副省长": the name is no qualifier
            if name in prefix:
                prefix = prefix.split(name)[-1]
        if not prefix or prefix in self._stop:
            return match.group()
        # 鹤洲市长, 促进会秘书长: the qualifier as a whole; 浦发银行沅川分行行长 is not 沅川分行行长
        full = prefix + match.group()
        known = [r for r in self.vocab.roles if r.endswith(full)]
        return known[0] if known else full

    def _content_words(
        self, masked: str, cue_spans: list[tuple[int, int]]
    ) -> tuple[list[str], list[str]]:
        rest = masked
        for start, end in sorted(cue_spans, reverse=True):
            rest = rest[:start] + " " + rest[end:]
        stop = self._stop
        known, unknown = [], []
        for word in self._grow(self.segmenter.cut(rest)):
            word = word.strip()
            if not word or word in stop or any(ch in MARK.values() for ch in word):
                continue
            if _HAN.search(word):
                if len(word) < 2:
                    continue
                (known if word in self.vocab.text else unknown).append(word)
            elif _WORD.fullmatch(word) and len(word) > 2 and word not in self._known_latin:
                unknown.append(word)
        return known, unknown

    def _grow(self, tokens: list[str]) -> list[str]:
        """Join neighbouring tokens while the join is still a string of the article (习近+平+总书记)."""
        out: list[str] = []
        for token in tokens:
            stop = self._stop
            joinable = out and _HAN.search(token) and _HAN.search(out[-1]) and not {token, out[-1]} & stop
            text = self.vocab.text
            if joinable and out[-1] + token in text and (out[-1] in text or len(out[-1]) == 1):
                out[-1] += token  # 习近+平+总书记, as the article writes it
            elif joinable and out[-1] not in text and (token not in text or len(token) == 1 or len(out[-1]) == 1):
                out[-1] += token  # 元+宇宙: a word the article does not know, kept whole
            else:
                out.append(token)
        return out

    def routing_words(self, text: str) -> list[tuple[str, ...]]:
        """The content words of a question, for telling meetings apart; an English topic
        word ("foreign trade") stands for its Chinese terms (any of them will do)."""
        stop = self._stop
        words = [(w,) for w in self.segmenter.cut(text) if len(w) >= 2 and _HAN.match(w) and w not in stop]
        if self._topics and re.search(r"[a-z]{3}", text):
            for m in self._topics.finditer(text):
                if not _HAN.search(m.group()):
                    topic = self._topic_of[m.group()]
                    words.append(tuple(t for t in topic.terms if _HAN.search(t)))
        return words

    # -- scoring ---------------------------------------------------------------

    def _example_similarity(self, intent: Intent, masked: str, script: str) -> float:
        pool = self._examples[intent.name][EN if script == EN else "zh"]
        if not pool:
            return 0.0
        scorer = fuzz.token_set_ratio if script == EN else fuzz.ratio
        query = masked.rstrip("?？!！。. ")
        return max(scorer(query, ex.rstrip("?？!！。. ")) for ex in pool) / 100.0

    def parse(self, question: str, context: Context | None = None) -> Parse:
        script = detect(question)
        text = normalize(question)
        for split, whole in self.knowledge.lexicon.rewrites.items():  # 发了言 -> 发言
            text = text.replace(split, whole)
        if script == EN and self._titles_en:  # "the CPPCC secretary-general" asks about 政协秘书长
            text = self._titles_en.sub(lambda m: self.knowledge.lexicon.titles_en[m.group()], text)
            text = re.sub(r"([\u4e00-\u9fff]+) of (?:the )?([\u4e00-\u9fff]+)", r"\2\1", text)  # 秘书长 of 省政府
            text = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", text)
        slots, masked = self._slots(text)
        cue_hits: dict[str, float] = {}
        keyword_hits: dict[str, int] = {}
        cue_spans: list[tuple[int, int]] = []
        if self._cues:
            for m in self._cues.finditer(masked):
                cue_spans.append(m.span())
                for name, weight in self._cue_owner[m.group()]:
                    cue_hits[name] = cue_hits.get(name, 0.0) + weight
                    if weight == 1.0:
                        keyword_hits[name] = keyword_hits.get(name, 0) + 1
        for start, end, term in self._homophone_cues(masked, cue_spans):
            cue_spans.append((start, end))
            for name, weight in self._cue_owner[term]:
                cue_hits[name] = cue_hits.get(name, 0.0) + weight
                keyword_hits[name] = keyword_hits.get(name, 0) + (weight == 1.0)
        known, unknown = self._content_words(masked, cue_spans)
        genre = load_genre()
        names = [  # a name starts with a family name (消防通道 is no one)
            w for w in (*known, *unknown)
            if _HAN.search(w) and 2 <= len(w) <= 4 and (len(w) >= 3 or not self.segmenter.is_common(w))
            and (w[0] in genre.surnames or w[:2] in genre.compound_surnames)
        ]  # (a two-character everyday word such as 陈述 is no name; 习近平 may be in the dictionary)
        for w in unknown:  # jieba may cut a surname off an unknown name: 钱 + 志远
            at = masked.find(w)
            if not names and len(w) == 2 and at > 0 and masked[at - 1] in genre.surnames:
                names.append(masked[at - 1] + w)
        words = tuple(
            w for w in self.segmenter.cut(masked) if len(w) >= 2 and _HAN.match(w) and w not in self._stop
            and w not in self._figure_words and not any(m in w for m in MARK.values())
        )
        slots = replace(
            slots, known_words=tuple(known), unknown_words=tuple(unknown), name_words=tuple(names), words=words
        )
        lex = self.knowledge.lexicon
        yes_no = self._yes_no(text, script)
        follow_up = bool(re.search(r"呢\s*[?？]?$", text)) or any(
            text.startswith(w + " ") or (_HAN.match(w) and text.startswith(w))
            for w in lex.follow_up
            if w not in ("又",)
        )
        if context and slots.pronoun and slots.person is None and context.person:
            slots = replace(slots, person=context.person)
        elif (
            context
            and follow_up
            and not slots.filled("person")
            and not slots.topic
            and context.person
        ):
            slots = replace(slots, person=context.person)

        scores: dict[str, float] = {}
        for intent in self.knowledge.intents:
            cue = min(1.0, cue_hits.get(intent.name, 0.0))
            sim = self._example_similarity(intent, masked, script)
            score = CUE_WEIGHT * cue + (1 - CUE_WEIGHT) * sim
            for slot, policy in intent.slots.items():
                if slots.filled(slot) and not (slot == "person" and slots.person_derived):
                    score += REQUIRED_SLOT_BONUS if policy == "required" else OPTIONAL_SLOT_BONUS.get(slot, 0.08)
                elif policy == "required":
                    score *= MISSING_SLOT_FACTOR
            if slots.person and not slots.person_derived and "person" not in intent.slots:
                score -= UNUSED_PERSON_PENALTY
            if unknown and not (slots.person or slots.topic or slots.role or slots.place):
                score -= UNKNOWN_WORD_PENALTY * min(3, len(unknown))
            scores[intent.name] = round(score, 4)

        # An elliptical follow-up ("那人才呢？", "他呢？") keeps the conversation's intent.
        elliptical = follow_up or (len(masked) <= 6 and not yes_no)
        if context and context.intent and not keyword_hits and elliptical:
            carried = self._carry_over(context.intent, slots, follow_up)
            if carried:
                scores[carried] = max(scores.get(carried, 0.0), THRESHOLD + 0.2)

        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        (best, top), runner = ranked[0], ranked[1] if len(ranked) > 1 else None
        intent = self.knowledge.intent(best) if top >= THRESHOLD else None
        if intent is None:
            log.info(
                "fallback: top intent %s scored %.2f < %.2f for %r", best, top, THRESHOLD, text
            )
        elif runner and top - runner[1] < AMBIGUITY_THRESHOLD:
            log.info("ambiguous: %s %.2f vs %s %.2f for %r", best, top, runner[0], runner[1], text)
        return Parse(
            question=question,
            text=text,
            script=script,
            intent=intent,
            confidence=max(0.0, min(1.0, top)),
            runner_up=(runner[0], max(0.0, min(1.0, runner[1]))) if runner else None,
            slots=slots,
            yes_no=yes_no,
            follow_up=follow_up,
            scores=scores,
            keyword_hits=sum(keyword_hits.values()),
        )

    def _yes_no(self, text: str, script: str) -> bool:
        """A yes/no question: ends with 吗/没有…, holds 是不是…, or starts with did/was… in English."""
        lex = self.knowledge.lexicon
        bare = text.rstrip("?？!！。. ")
        if script == EN:
            return bool(bare.split()) and bare.split()[0] in lex.yes_no_start
        return bare.endswith(lex.yes_no_end) or any(w in bare for w in lex.yes_no_any)

    def _carry_over(self, previous: str, slots: Slots, follow_up: bool) -> str | None:
        """Which intent an elliptical follow-up continues, given the slots it brings."""
        intent = self.knowledge.intent(previous)
        if slots.role and slots.person and "role" not in intent.slots:
            return "person_role"  # "他是省长吗？"
        if slots.topic and "topic" not in intent.slots:
            return "topic"
        if slots.person and "person" not in intent.slots:
            return "person_role" if previous not in ("topic",) else "statements"
        if slots.topic or slots.person or slots.role or slots.place:
            return previous
        return previous if follow_up else None  # "那外贸座谈会呢？": the same question of it
