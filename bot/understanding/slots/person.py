"""The person a question names: exactly, in pinyin, with one wrong character; the meeting
itself as a voice (会议强调…); a role word that stands for one person (主持人); a pronoun."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from rapidfuzz.distance import Hamming, Levenshtein

from ... import pinyin
from ...genre import Genre
from ...intents import Lexicon
from ...scripts import HAN, HAN_CLASS, has_han, is_han
from ...segment import Segmenter
from ..matching import Spans, alternation
from ..report_words import ReportWords


@dataclass(frozen=True)
class Named:
    person: str | None = None
    guess: bool = False  # matched fuzzily (a typo)
    derived: bool = False  # read from a role word (主持人), not named
    pronoun: bool = False
    plural: bool = False  # 他们: the group talked about, not one person
    people: tuple[str, ...] = ()  # every person named, in order
    bodied: bool = False  # read from the body asked what it said (运输署怎么说), not named


_LATIN_PAIR = re.compile(r"(?=\b([a-z]+) ([a-z]+)\b)")


def _spelt_near(text: str, forms: dict[str, str]) -> tuple[str, tuple[int, int]] | None:
    """"Chen Ming" for 陈敏 (chen min): a family name spelt right and a given name one letter off, of one person
    only (not 陈文明, chen wenming: three off)."""
    found: dict[str, tuple[int, int]] = {}
    for m in _LATIN_PAIR.finditer(text.lower()):
        family, given = m.group(1), m.group(2)
        for form, name in forms.items():
            parts = form.split(" ")
            if len(parts) == 2 and parts[0] == family and len(parts[1]) >= 3 and Levenshtein.distance(parts[1], given) == 1:
                found.setdefault(name, (m.start(1), m.end(2)))
    return next(iter(found.items())) if len(found) == 1 else None


# "the guy from the German company", "the woman from the bureau": a participant described by the body they came from
_FROM_BODY_EN = re.compile(
    r"\b(?:guy|man|woman|lady|gentleman|person|one|rep|representative|boss|manager|chap|fellow)\s+(?:from|of|at|representing)\s+"
    r"(?:the\s+|that\s+|this\s+)?([a-z][a-z' -]{1,40}?)(?=\s*(?:[,?.!]|$|\s(?:who|that|and|did|say|said|at)\b))",
    re.IGNORECASE,
)


BODY_MIN_CHARS = 3  # a body a role begins with, at its shortest (运输署; not 村委 of 村委委员)
BODY_ASKED_GAP = 4  # characters at most between a body (and its people: 代表, 那边) and the asking of what it said
CLAUSE_MARKS = "，,；;。？?！! "


def _short_form(said: str, body: str) -> bool:
    """食环署 for 食物环境卫生署: the body's first and last characters, and the rest of the short form in order."""
    if len(said) < BODY_MIN_CHARS or len(said) >= len(body) or said[0] != body[0] or said[-1] != body[-1]:
        return False
    rest = iter(body[1:-1])
    return all(c in rest for c in said[1:-1])


def _near_in(word: str, text: str) -> bool:
    """The text holds the word with one character other (杂贷店 in '第12巷杂货店东主'), its first and last the same."""
    size = len(word)
    return any(
        text[i] == word[0] and text[i + size - 1] == word[-1] and Hamming.distance(text[i : i + size], word) == 1
        for i in range(len(text) - size + 1)
    )


class PersonFinder:
    def __init__(self, lexicon: Lexicon, genre: Genre, segmenter: Segmenter, equivalents: Mapping[str, Iterable[str]] = MappingProxyType({})) -> None:
        self._segmenter = segmenter
        self._same: dict[str, set[str]] = {}  # a word -> the words that stand for it (面包店: 烘焙坊)
        for group in equivalents.values():
            for word in group:
                self._same.setdefault(word, set()).update(w for w in group if w != word and has_han(w))
        self._pronouns = alternation(lexicon.pronouns)
        self._not_pronouns = alternation(lexicon.not_pronouns)
        self._bound_en = re.compile(lexicon.bound_pronouns_en, re.IGNORECASE)
        self._plural = lexicon.plural_pronouns
        self._pointers = frozenset(lexicon.pointers)  # 那位 of 那位土生葡人委员: a description follows, no pronoun
        own = alternation(lexicon.own_people).pattern if lexicon.own_people else "(?!)"
        self._own_person = re.compile(rf"(?:{alternation(lexicon.self_openers).pattern})的?(?:{own})")  # 我老公, 我的邻居
        self._answer_verbs = tuple(w for w in lexicon.response_asks if has_han(w))  # (…怎样回答他: the one answered)
        heads = alternation((*genre.titles, *genre.group_words))
        self._described_head = re.compile(rf"[{HAN_CLASS}]{{2,8}}?(?:{heads.pattern})") if heads else None  # (not 那位副主席)
        self._described_title = re.compile(rf"(?:{heads.pattern})") if heads else None  # (…来指导的那位领导: after a description)
        plain = alternation(w for w in lexicon.described if len(w) > 1 and w not in genre.titles)  # 那位老人家: a description
        self._described_noun = re.compile(rf"[{HAN_CLASS}]{{0,8}}?(?:{plain.pattern})") if plain else None
        self._action_roles = lexicon.action_roles
        self._words_en = lexicon.words_en
        def alternatives(words: Iterable[str]) -> str:
            return "|".join(map(re.escape, sorted(dict.fromkeys(w for w in words if w), key=len, reverse=True)))

        acts, pointers = alternatives(lexicon.action_roles.values()), alternatives(lexicon.pointers)
        nouns, doing = alternatives(lexicon.described), alternatives(lexicon.described_by)
        # "主持会议的那位": the one who chaired; "做跨境电商那个老板": the one whose role holds the business
        self._acted = re.compile(rf"({acts})[^，。？?\s]{{0,4}}?(的(?:{pointers}|{nouns}))") if acts and nouns else None
        self._one_described = f"{pointers}|{nouns}|呢" if nouns else ""  # (…的那位, …的人, 那个…的呢)
        self._among = tuple(lexicon.among_marks)  # (…的人里面: a group, whoever of them)
        self._asking = frozenset("".join(lexicon.asking_characters))  # (出席的有哪些银行的人: no one described)
        quals = alternatives(lexicon.described_qualifiers)
        self._doing = re.compile(f"(?:{doing})") if doing else re.compile("(?!)")
        # "那个83岁独居的婆婆": words that describe, 的, and a person noun (no verb of a trade before them)
        self._plain_described = re.compile(rf"([\u4e00-\u9fff0-9]{{2,12}}?)的(?:{pointers})?(?:{quals or '(?!)'})?(?:{nouns})") if nouns else None
        self._described = re.compile(
            rf"(?:{doing})([\u4e00-\u9fff]{{2,6}}?)(?:的)*(?:{pointers})?(?:{quals or '(?!)'})?(?:{nouns})"
        ) if doing and nouns else None
        # "工商联的人", "民建的主委": the one participant whose role holds that body (and that title)
        titles = alternatives(genre.titles)
        self._titles = frozenset(genre.titles)
        self._who = tuple(lexicon.question_words.get("who", ()))
        surnames = "".join(sorted(s for s in genre.surnames if len(s) == 1))
        self._member_of = re.compile(  # "投促局的李局长": one whose name starts with 李
            rf"([\u4e00-\u9fff]{{2,8}}?)的(?:{pointers})?([{surnames}])?({titles}|{nouns})"
        ) if nouns and titles else None
        self._meeting = genre.meeting_speaker
        self._familiar = genre.familiar_prefixes
        self._compound = genre.compound_surnames
        verbs_en = "|".join(map(re.escape, lexicon.meeting_verbs_en))
        self._meeting_en = re.compile(rf"\bthe meeting (?:{verbs_en})") if verbs_en else None
        self._voice_verbs = "|".join(genre.statement_verbs + genre.meeting_verbs)
        self._voice_adverbs = "|".join(genre.meeting_adverbs)
        self._bodies = genre.organization_suffixes
        self._groups = tuple(genre.group_words)
        self._body_opens = re.compile(rf"(?:{alternatives(lexicon.body_openers)})*")  # (what may open the clause: not 对市科技局…要求)
        self._members = tuple(sorted(lexicon.body_members, key=len, reverse=True))
        self._body_cache: dict[int, tuple[object, dict[str, list[str]]]] = {}  # (a report's vocabulary -> its bodies)
        self._not_bodies = frozenset((*lexicon.government_words, *lexicon.party_words))  # (政府说: no one participant's body)
        self._idle_words = frozenset(lexicon.body_openers)
        self._idle_tags = frozenset(lexicon.idle_tags)
        speech = alternatives((*lexicon.body_speech, *genre.statement_verbs))
        self._speech = re.compile(speech) if speech else re.compile("(?!)")  # (the asking of what a body's people said)
        self._asked_speech = frozenset(lexicon.body_speech)  # (…asked as a question: 怎么说, 有什么回应; not 反映 told)

    def named(self, text: str, spans: Spans, words: ReportWords, claim: bool = False) -> Named:
        """The first participant the text names (exactly, in pinyin, or with one wrong character); a body asked what it
        said stands for its participants, unless the question checks a claim ("听说派出所答应要…取缔，真的假的？": in the
        report's words, whoever said them)."""
        person, guess, span = self._find(text, words)
        if person is None:
            person, span = self._familiar_one(text, words)
        if person is None:
            person, span = self._described_one(text, words)
        passing = any(n in text for n in words.vocab.mentioned)  # "…的院长隆承安来了吗": named in passing, no member
        if person is None and not passing:  # 民建的主委说了啥 (but 民建的主委叫啥 asks the role's holder; 某公司的老板叫啥 has no title)
            person, span = self._member(text, words, asks_who=any(w in text for w in self._who))
        if person is None and not passing:
            person, span = self._member_en(text, words)
        people = tuple(dict.fromkeys(m.group() for m in words.names.finditer(text))) if words.names else ()
        if people:  # ("覃慧仪和耳子轩的议案…": the other one named with a wrong character, 佴子轩)
            people += tuple(n for n in words.vocab.names if n not in people and n not in text and self._misspelt(text, n, words))
        bodied = False
        if person is None and not passing and not claim:  # "运输署怎么说": the people of the body a role names
            speakers, span = self._body_spoke(text, words)
            # (one: that one; several, "警察那边怎么回应的": each of them, none the subject of the question)
            person, people, bodied = (speakers[0] if len(speakers) == 1 else None, speakers, True) if speakers else (None, people, False)
        if span:
            spans.take(*span, "person")
        return Named(person, guess, people=people if len(people) > 1 or not bodied else (), bodied=bodied)

    def _body_spoke(self, text: str, words: ReportWords) -> tuple[tuple[str, ...], tuple[int, int] | None]:
        """"运输署怎么说", "食环署有什么回应", "运输署代表讲了啥", "健身房那边承诺了些啥": asked what a body said, where a
        participant's role names it (运输署总运输主任; 食环署, a short form of 食物环境卫生署…总监: its first and last
        characters, the rest in order; 健身房, a word that stands for the role's 悦动健身…店长): its participants, in the
        report's order, where the body opens its clause (not 对市科技局提了哪些要求, of whom it was asked); none where the
        body speaks in the report itself (会议强调)."""
        bodies: dict[str, list[str]] | None = None
        for asked in self._speech.finditer(text):
            bodies = self._bodies_of(words) if bodies is None else bodies
            start = max((i + 1 for i, c in enumerate(text[: asked.start()]) if c in CLAUSE_MARKS), default=0)
            window = text[start : asked.start()]
            spoken = asked.group() in self._asked_speech
            found = next((f for i in range(len(window) - 1) if (f := self._body_at(window, i, spoken, bodies, words))), None)
            if found:
                names, at, end = found
                return tuple(sorted(names, key=words.vocab.text.find)), (start + at, start + end)
        return (), None

    def _bodies_of(self, words: ReportWords) -> dict[str, list[str]]:
        """The bodies the report's roles begin with and their holders, read once a report (kept with the vocabulary read)."""
        vocab = words.vocab
        kept = self._body_cache.get(id(vocab))
        if kept is not None and kept[0] is vocab:
            return kept[1]
        bodies: dict[str, list[str]] = {}
        for role, names in vocab.roles.items():
            body = self._role_body(role)
            if body:
                bodies.setdefault(body, []).extend(n for n in names if n not in bodies[body])
        self._body_cache[id(vocab)] = (vocab, bodies)
        return bodies

    def _body_at(
        self, window: str, i: int, spoken: bool, bodies: dict[str, list[str]], words: ReportWords,
    ) -> tuple[set[str], int, int] | None:
        """The holders of the body that opens at `i` of the words before the asking (the longest first: 运输署, not 运输),
        with where it and its people's word (代表, 那边) stand; None where nothing but idle words opens the clause before it."""
        if not self._body_opens.fullmatch(window[:i]):
            return None
        for j in range(len(window), i + 1, -1):
            said, rest = window[i:j], window[j:]
            if said in self._not_bodies:
                return None  # (政府: no one participant's body)
            if said.endswith(self._groups):
                continue  # (运输署代表: 运输署 and its people; 企业家: a group)
            member = next((m for m in self._members if rest.startswith(m)), "")
            if not self._idle(rest[len(member) :]) or said in words.vocab.voices:
                continue
            names = self._body_holders(said, bodies, words, "member" if member else "asked" if spoken else "")
            if names:
                return names, i, j + len(member)
        return None

    def _idle(self, gap: str) -> bool:
        """Words between a body and the asking of what it said that name nothing (又, 最后, 是, 在会上): not 这块院士 of
        "茶叶这块院士咋说的", whose 院士 is the one asked."""
        pieces = self._segmenter.cut(gap) if gap else []
        return len(gap) <= BODY_ASKED_GAP and all(w in self._idle_words or (self._segmenter.tag(w) or "x")[0] in self._idle_tags for w in pieces)

    def _body_holders(self, said: str, bodies: dict[str, list[str]], words: ReportWords, side: str) -> set[str]:
        """Those whose role's body the words name (运输署, 食环署), or whose role holds the words or one that stands for them
        (健身房 那边: 悦动健身…店长; `side` "member"), or, asked with no word of a side ("商场怎么处理的": `side` "asked"), the
        one whose role holds only a word that stands for them (购物中心; not 企业 of "企业反映嘅问题…", a group, told with a
        statement verb); no title nor group (会员代表, 老板)."""
        named = {n for body, ns in bodies.items() if said == body or said in body and said.endswith(self._bodies)
                 or _short_form(said, body) for n in ns}
        if named or not side or not HAN.fullmatch(said[0]) or said in self._titles:
            return named
        literal = any(said in r for r in words.vocab.roles)
        held = {said, *self._same.get(said, ())} if side == "member" else set() if literal else set(self._same.get(said, ()))
        holders = {n for role, ns in words.vocab.roles.items() if any(w in role for w in held) for n in ns}
        return holders if side == "member" or len(holders) == 1 else set()

    def _role_body(self, role: str) -> str:
        """The body a role begins with (运输署 of 运输署总运输主任, 市人社局 of 市人社局副局长): its start before the first title
        it holds where a body's word ends it, else its shortest start that a body's word ends; three characters or more."""
        cut = min((i for t in self._titles if (i := role.find(t)) >= BODY_MIN_CHARS), default=len(role))
        if role[:cut].endswith(self._bodies):  # (县安委办 of 县安委办主任, not 县安委)
            return role[:cut]
        ends = [role.find(s) + len(s) for s in self._bodies if s in role]
        ends = [e for e in ends if e >= BODY_MIN_CHARS]
        return role[: min(ends)] if ends else ""

    def _familiar_one(self, text: str, words: ReportWords) -> tuple[str | None, tuple[int, int] | None]:
        """"老林讲了啥": a familiar prefix before the family name of one participant, where the two are no everyday
        word (老师, 小区: jieba's dictionary calls them nouns, not names)."""
        bearers: dict[str, list[str]] = {}
        for name in words.vocab.names:
            family = next((c for c in self._compound if name.startswith(c)), name[:1])
            bearers.setdefault(family, []).append(name)
        for prefix in self._familiar:
            for family, names in bearers.items():
                at = text.find(prefix + family)
                if at < 0 or len(names) != 1 or self._segmenter.tag(prefix + family) not in (None, "nr"):
                    continue
                if text.startswith(names[0][len(family):], at + len(prefix) + len(family)):
                    continue  # (小林克庆 is no form of address)
                return names[0], (at, at + len(prefix) + len(family))
        return None, None

    def _described_one(self, text: str, words: ReportWords) -> tuple[str | None, tuple[int, int] | None]:
        """"做跨境电商那个老板": the one participant whose role holds the business described; "那个83岁独居的婆婆": the one
        the report describes with all those words."""
        m = self._described.search(text) if self._described else None
        if m is None:
            return self._described_by_words(text, words)
        if text[m.end() :].startswith(self._among):  # "开民宿的人里面，谁发了言": of them, not one of them
            return None, None
        business = m.group(1)
        said = {business, *self._same.get(business, ())}  # (开面包店的: '…美玲烘焙坊店主')
        # (by the title, or by the words before the name: 在22号1楼开中药房30年的仉炳坤)
        # (a description holds the trade after a verb of doing it: '…开了一家农产品网店', not '宣读了评议纪律' for 当了评议代表)
        done = {d: ns for d, ns in (words.vocab.described or {}).items() if any(b in d and self._doing.search(d[: d.find(b)]) for b in said)}
        held = {**words.vocab.roles, **done}
        described = {n for role, names in held.items() if any(b in role for b in said) for n in names}
        if not described and len(business) >= 3:  # (开杂贷店的: the report's 杂货店, one character mistyped)
            described = {n for role, names in held.items() if _near_in(business, role) for n in names}
        return (described.pop(), m.span()) if len(described) == 1 else (None, None)

    def _described_by_words(self, text: str, words: ReportWords) -> tuple[str | None, tuple[int, int] | None]:
        """A description before 的 and a person noun ("那个83岁独居的婆婆"): the one participant the report describes (its words
        before or after the name) with each of its words of two characters or more (83岁, 独居)."""
        m = self._plain_described.search(text) if self._plain_described else None
        if m is None:
            return None, None
        said = next((m.group(1)[len(p) :] for p in sorted(self._pointers, key=len, reverse=True) if m.group(1).startswith(p)), m.group(1))
        pieces = [w for w in re.findall(r"\d+岁|[\u4e00-\u9fff]{2,}", said) if w not in self._pointers]
        pieces = [p for w in pieces for p in ([w] if w.endswith("岁") else [t for t in self._segmenter.cut(w) if len(t) >= 2])]
        if not pieces:
            return None, None
        held = words.vocab.described or {}
        described = {n for d, names in held.items() if all(p in d for p in pieces) for n in names}
        return (described.pop(), m.span()) if len(described) == 1 else (None, None)

    def _member_en(self, text: str, words: ReportWords) -> tuple[str | None, tuple[int, int] | None]:
        """"the guy from the German company": the one participant whose role holds the report's word for that body."""
        m = _FROM_BODY_EN.search(text)
        if not m:
            return None, None
        phrase = m.group(1).lower().split()
        glossed = {w for n in range(len(phrase), 0, -1) for k in (" ".join(phrase[:n]),) for w in self._words_en.get(k, ()) if has_han(w)}
        members = {n for role, names in words.vocab.roles.items() if any(g in role for g in glossed) for n in names}
        return (members.pop(), m.span()) if len(members) == 1 else (None, None)

    def _member(self, text: str, words: ReportWords, asks_who: bool) -> tuple[str | None, tuple[int, int] | None]:
        """"工商联的人", "民建的主委": the one participant whose role holds that body (and title)."""
        m = self._member_of.search(text) if self._member_of else None
        if m and text[m.end() :].startswith(self._among):  # "民宿的人里面谁发了言": of them, not one of them
            return None, None
        if m and asks_who and m.group(3) in self._titles:
            return None, None  # "民建的主委叫啥": the role's holder, found by the role
        body, surname, title = (m.group(1), m.group(2) or "", m.group(3)) if m else ("", "", "")
        body = next((body[len(p) :] for p in sorted(self._pointers, key=len, reverse=True) if body.startswith(p) and len(body) - len(p) >= 2), body)  # (那个养鱼的渔民)
        said = {body, *self._same.get(body, ())} if body else set()  # (养鱼的渔民: the report's 养殖渔民)
        members = {n for role, names in words.vocab.roles.items() if any(b in role for b in said) for n in names if n.startswith(surname)}
        # (not the 副院长 for 院长: a deputy holds no principal's title)
        titled = {n for role, names in words.vocab.roles.items() if title in role and f"副{title}" not in role for n in names} & members
        deputies = {n for role, names in words.vocab.roles.items() if title and f"副{title}" in role for n in names} & members
        if m and title and not titled and deputies:
            return None, None  # "继续教育学院的院长": the body's member is its 副院长, not who was asked
        one = titled if len(titled) == 1 else members
        return (one.pop(), m.span()) if m and len(one) == 1 else (None, None)

    def _find(self, text: str, words: ReportWords) -> tuple[str | None, bool, tuple[int, int] | None]:
        if words.names and (match := words.names.search(text)):
            return match.group(), False, match.span()
        if words.pinyin_names and re.search(r"[a-z]{2}", text):  # Wang Weizhong, Mr Wang
            match = words.pinyin_names.search(re.sub(r"[-'’]", " ", text).replace("  ", " "))
            if match:
                return words.pinyin_of[match.group()], False, match.span()
            near = _spelt_near(text, words.pinyin_of)
            if near:
                return near[0], True, near[1]
        dotted = [(n, n.rsplit("·", 1)[1]) for n in words.vocab.names if "·" in n and len(n.rsplit("·", 1)[1]) >= 2]
        called = [(n, text.find(last), len(last)) for n, last in dotted if last in text]  # 霍夫曼: 马蒂亚斯·霍夫曼, by his family name
        if len(called) == 1:
            name, at, size = called[0]
            return name, False, (at, at + size)
        for name in (*words.vocab.names, *words.vocab.mentioned):  # one wrong character: 王伟忠 for 王伟中 (钭桂芳 for 钭桂兰, away)
            if sum(c in text for c in name) < len(name) - 1:
                continue  # (all but one of its characters must be there)
            found = self._misspelt(text, name, words)
            if found:
                return name, True, found
        return None, False, None

    def _subject_before(self, before: str, words: ReportWords) -> bool:
        """Words before an answering verb that name who answers: a body or a title the report's people hold (土地局, 房署)."""
        pieces = {before[i:j] for i in range(len(before)) for j in range(i + 2, min(len(before), i + 6) + 1)}  # (two to six characters)
        said = {w: (w, *self._same.get(w, ())) for w in pieces}  # (房署: the report's 房屋署 too)
        return any(t in role for forms in said.values() for t in forms for role in words.vocab.roles)

    def own_before_pronoun(self, text: str) -> bool:
        """The asker names one of their own before the message's first pronoun ("我老公过咗身，地契系佢个名"): it is theirs."""
        bare = self._not_pronouns.sub(lambda m: " " * len(m.group()), text) if self._not_pronouns else text  # (其中: no 其; places kept)
        first = self._pronouns.search(bare) if self._pronouns else None
        return first is not None and self._own_person.search(text[: first.start()]) is not None

    def _resumed(self, before: str) -> bool:
        """The words right before a pronoun describe someone with a count or a pointer and a person noun ("有一个老人他",
        "那位代表她"): the pronoun goes back to them."""
        nouns = self._described_noun
        described = re.search(rf"(?:[一两几]?(?:个|位|名)|{'|'.join(map(re.escape, self._pointers))})(?:{nouns.pattern if nouns else '(?!)'})$", before)
        return described is not None

    def _misspelt(self, text: str, name: str, words: ReportWords) -> tuple[int, int] | None:
        size = len(name)
        for start in range(0, len(text) - size + 1):
            window = text[start : start + size]
            if not HAN.fullmatch(window[0]) or Hamming.distance(window, name) != 1:
                continue
            if not is_han(window) or words.holds(window) or self._segmenter.is_common(window):
                continue  # a word of the report, or an everyday word (陈述), not a misspelt name
            if size >= 3 or window[0] == name[0] and pinyin.sounds(window) & pinyin.sounds(name):
                return start, start + size
        return None

    def _doer(self, text: str, spans: Spans, words: ReportWords) -> str | None:
        """"通报全市合作情况的那位", "那个通报情况的呢": the one participant the report records doing an act of its own
        (not one that several did: 发言, 出席)."""
        if not self._one_described:
            return None
        for action, holders in (words.vocab.actors or {}).items():
            # (签字 for the report's 签订; not 发言 for 介绍, an act the report records of others)
            acts = words.vocab.actors or {}
            said = action if action in text else next((w for w in self._same.get(action, ()) if w in text and w not in acts), None)
            if len(holders) != 1 or len(action) < 2 or said is None:
                continue
            m = re.search(rf"({re.escape(said)})[^，。？?\s]{{0,10}}?(的(?:{self._one_described}))", text)
            named = text[: m.start(1)].endswith(tuple(self._titles)) if m else False  # (鲁局长说的那个…: the doer is named)
            if m and not named and spans.free(*m.span(2)) and not self._asking & set(text[m.end(1):m.start(2)]):
                spans.take(*m.span(2), "person")
                return holders[0]
        return None

    def unnamed(self, text: str, spans: Spans, words: ReportWords, found: Named, asking: str | None = None) -> Named:
        """When no one is named: the meeting as the speaker, the one holder of an action role
        (主持人 -> whoever chaired), or a pronoun standing for the last person talked about (a
        pronoun of the asker's story, outside `asking`, stands for no one of the report)."""
        if found.person:
            return found
        voices = words.vocab.voices
        if self._meeting in voices and self._meeting_en and self._meeting_en.search(text):
            return Named(self._meeting, people=found.people)  # "What did the meeting require?"
        for voice in voices:  # "会议强调了什么？": the meeting itself as the speaker
            m = re.search(rf"{re.escape(voice)}(?:{self._voice_adverbs})?(?:{self._voice_verbs})", text)
            if m and spans.free(m.start(), m.start() + len(voice)):
                spans.take(m.start(), m.start() + len(voice), "person")
                return Named(voice, people=found.people)
        for word, action in self._action_roles.items():  # "主持人讲了些什么？": the one who chaired
            at = text.find(word)
            holders = (words.vocab.actors or {}).get(action, ())
            if at >= 0 and len(holders) == 1 and spans.free(at, at + len(word)):
                return Named(holders[0], derived=True, people=found.people)  # (主持人 stays a cue)
        m = self._acted.search(text) if self._acted else None  # "主持会议的那位": the one who chaired
        holders = (words.vocab.actors or {}).get(m.group(1), ()) if m else ()
        if m and len(holders) == 1 and spans.free(*m.span(2)):
            spans.take(*m.span(2), "person")  # (the action stays a cue)
            return Named(holders[0], derived=True, people=found.people)
        doer = self._doer(text, spans, words)
        if doer:  # (described, as 做跨境电商那个老板 is: the person the question is about)
            return Named(doer, people=found.people)
        plural = any(p in text for p in self._plural)
        asking = text if asking is None else asking
        bare = self._not_pronouns.sub(" ", asking) if self._not_pronouns else asking  # 其中 is no 其
        first = self._pronouns.search(bare) if self._pronouns and not plural else None
        bound = self._bound_en.search(bare)  # (…who or the one described before the pronoun, not "He signed…, who is that person?")
        pronoun = first is not None and not (bound and bound.start() <= first.start())
        # (a person noun right after the pointer only where a description stands before it: 第一个发言那位老人家, not 那位老板)
        before = first is not None and first.start() > 0 and is_han(bare[first.start() - 1])
        nouns = (self._described_head, self._described_noun if before else None, self._described_title if before else None)
        described = any(p and p.match(bare, first.end()) for p in nouns) if first else False
        described = described or (first is not None and first.start() > 0 and bare[first.start() - 1] == "的")  # 签字的那位
        pronoun = pronoun and not (first is not None and self._resumed(bare[: first.start()]))  # 有一个老人他没有来
        answered_to = first is not None and bare[: first.start()].endswith(self._answer_verbs) and bool(words.vocab.roles)
        pronoun = pronoun and not (answered_to and self._subject_before(bare[: first.start()], words))  # (土地局怎样回答他: he is answered)
        if pronoun and first.group() in self._pointers and described:
            pronoun = False  # "那位土生葡人委员叫什么", "第一个发言那位老人家": the one described, not the last one talked about
        return Named(pronoun=pronoun, plural=plural, people=found.people)
