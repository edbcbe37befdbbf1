"""What kind of answer a question wants (who, when, how many, yes/no …), whether it follows up
on the last one, and its facets (negated, besides, employer, calendar …): all read from the
lexicon's word lists."""

from __future__ import annotations

import re

from ...intents import Lexicon
from ...scripts import EN, HAN
from ..matching import asks_which

_COUNTED = "[个個位名家人项項条條次天年张張票]?"  # the classifier a how-many word asks with


def _group(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """All the words of a group, found at every position (longest first)."""
    alternatives = "|".join(re.escape(w) for w in sorted(dict.fromkeys(words), key=len, reverse=True))
    return re.compile(f"(?=({alternatives}))") if alternatives else None


def _found(pattern: re.Pattern[str] | None, text: str, inside: set[int] | None) -> bool:
    """A word of the group in `text`, neither starting nor ending inside an everyday word when
    it is Chinese (在哪 is not in 存在哪些)."""
    if pattern is None:
        return False
    for m in pattern.finditer(text):
        word, at = m.group(1), m.start()
        if asks_which(text, at, word) or _inside_english(text, at, word):
            continue
        if not inside or not HAN.match(word) or (at not in inside and at + len(word) not in inside):
            return True
    return False


def _inside_english(text: str, at: int, word: str) -> bool:
    """An English word found inside a longer one (how of show, who of whole, where of elsewhere)."""
    if not word.isascii() or not word[:1].isalpha():
        return False
    end = at + len(word)
    return (at > 0 and text[at - 1].isascii() and text[at - 1].isalpha()) or (
        end < len(text) and word[-1].isalpha() and text[end].isascii() and text[end].isalpha()
    )


def _by_first(groups: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Every word of the groups with the groups it is in, by its first character, longest first."""
    owners: dict[str, set[str]] = {}
    for name, words in groups.items():
        for word in words:
            owners.setdefault(word, set()).add(name)
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for word in sorted(owners, key=len, reverse=True):
        out.setdefault(word[0], []).append((word, frozenset(owners[word])))
    return out


def _groups_in(by_first: dict[str, list[tuple[str, frozenset[str]]]], text: str, inside: set[int] | None) -> frozenset[str]:
    """The groups whose words the text holds, each word as `_found` takes it (not a count word
    after 哪, not a Chinese word that starts or ends inside an everyday word): one pass."""
    found: set[str] = set()
    for at, ch in enumerate(text):
        for word, names in by_first.get(ch, ()):
            if names <= found or not text.startswith(word, at) or asks_which(text, at, word) or _inside_english(text, at, word):
                continue
            if not inside or not HAN.match(word) or (at not in inside and at + len(word) not in inside):
                found |= names
    return frozenset(found)


class QuestionWords:
    def __init__(self, lexicon: Lexicon) -> None:
        self._lex = lexicon
        negators = "".join(map(re.escape, lexicon.yes_no_negators))
        self._a_not_a = re.compile(rf"([^\W\d_a-zA-Z])[{negators}]\1") if negators else None  # 会不会, 停不停
        ends = "|".join(map(re.escape, lexicon.follow_up_end))
        self._follow_end = re.compile(rf"(?:{ends})\s*[?？]?$") if ends else None
        self._kinds = {k: _group(words) for k, words in lexicon.question_words.items()}
        self._any_kind = _group(tuple(w for words in lexicon.question_words.values() for w in words))
        every = sorted({w for words in lexicon.question_words.values() for w in words}, key=len, reverse=True)
        # (多少人 goes whole: "评议团多少人？" is 评议团, not 评议团人)
        counted = (re.escape(w) + (_COUNTED if w.endswith(("多少", "几", "幾")) else "") for w in every)
        self._asking = re.compile("|".join(counted)) if every else None
        self._facets = {k: _group(words) for k, words in lexicon.facets.items()}
        # the words of the facets and of the kinds by their first character: one pass finds them all
        self._facet_words = _by_first(lexicon.facets)
        self._kind_words = _by_first(lexicon.question_words)
        self._kind_order = tuple(lexicon.question_words)
        either = "|".join(map(re.escape, (w for w in lexicon.facets.get("either", ()) if HAN.match(w))))
        # "水利处长叫宗立群还是宗丽琴": a choice between two, at the end of a part, asks without a question word
        self._choice = re.compile(rf"[^\W\d_a-zA-Z](?:{either})[^\W\d_a-zA-Z]{{2,8}}[吗呢啊呀]?$") if either else None

    def yes_no(self, text: str, script: str) -> bool:
        """A yes/no question: ends with 吗/没有…, holds 是不是…, or starts with did/was… in English."""
        lex = self._lex
        bare = text.rstrip("?？!！。. ")
        if script == EN:  # "Was it…?", or "…, is that right?"
            return (
                bool(bare.split()) and bare.split()[0] in lex.yes_no_start or any(w in bare for w in lex.yes_no_any)
                or (len(bare.split()) > 2 and bare.endswith(tuple(w for w in lex.yes_no_end if w.isascii())))  # "…has 85 deputies, right?"
            )
        last = re.split(r"[，,。；;！!？?]", bare)[-1]  # (…纠结要不要去兰津发展。…说了些啥？: the story's 要不要 asks nothing)
        return bare.endswith(lex.yes_no_end) or any(w in bare for w in lex.yes_no_any) or bool(self._a_not_a and self._a_not_a.search(last))

    def follow_up(self, text: str) -> bool:
        """'那人才呢？', 'what about talent?': a question that leaves out what it asks."""
        if self._follow_end and self._follow_end.search(text):
            return True
        return any(text.startswith(w + " ") or (HAN.match(w) and text.startswith(w)) for w in self._lex.follow_up)

    def follows_on(self, text: str) -> bool:
        """'那今年装了多少台？', '这是县里第几家了？': a question that goes on from the last one's subject."""
        return self.follow_up(text) or text.startswith(self._lex.follow_on)

    def kind(self, text: str, yes_no: bool, inside: set[int] | None = None) -> str:
        if yes_no:
            return "yes_no"
        found = _groups_in(self._kind_words, text, inside)
        if "when" in found and re.match(r"\s*(?:what|who|which|how|where|why)\b", text, re.IGNORECASE):
            # "What did he say when the first entrepreneur hesitated?": the word when, if nothing else asks when, sets the moment
            found = _groups_in(self._kind_words, re.sub(r"\bwhen\b", "    ", text, flags=re.IGNORECASE), inside)
        return next((k for k in self._kind_order if k in found), "what")

    def without_asking(self, text: str) -> str:
        """The text with its question words taken out ("是哪几家？" -> "是？")."""
        return self._asking.sub("", text) if self._asking else text

    def choice(self, text: str) -> bool:
        """A part that asks which of two it is ("叫宗立群还是宗丽琴"), with no question word."""
        return bool(self._choice and self._choice.search(text.rstrip("?？。 ")))

    def asks(self, text: str, inside: set[int] | None = None) -> bool:
        """Whether the question has a question word of its own (谁, 怎么, 多少, when …)."""
        return _found(self._any_kind, text, inside)

    def facets(self, text: str, inside: set[int] | None = None) -> frozenset[str]:
        return _groups_in(self._facet_words, text, inside)

    def acts(self, text: str) -> tuple[str, ...]:
        """Speech acts a question attributes to someone (批评, 表扬 …)."""
        return tuple(a for a in self._lex.speech_acts if a in text)
