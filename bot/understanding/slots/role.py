"""The title a question asks about, with the place or body written before it (鹤洲市长)."""

from __future__ import annotations

import re

from ...genre import Genre, own_province
from ...intents import Lexicon
from ...scripts import HAN_CLASS
from ...segment import Segmenter
from ..matching import Spans
from ..report_words import ReportWords

DEPUTY_MARK = "副"  # a deputy's title (副司长) is no post of the full one (司长)
SHORT_BODY = 6  # a name before 的 and a title this short is the title's body (禾丰食品的董事长)
LINKS = ("的", "那个", "这个", "那位", "这位")  # what may stand between a body and its title
COMPANY_FORMS = r"(?:股份有限公司|有限责任公司|有限公司|公司|集团)$"  # what people leave off a company's name


class RoleFinder:
    def __init__(self, lexicon: Lexicon, genre: Genre, stopwords: frozenset[str], segmenter: Segmenter) -> None:
        self._segmenter = segmenter
        self._titles = sorted(genre.titles, key=len, reverse=True)
        self._title_set = frozenset(genre.titles)
        self._levels = frozenset(lexicon.seniority_levels)  # (州 of 州行政议员: a level, dropped where no one holds the title)
        self._bodies = (*genre.organization_suffixes, *genre.place_suffixes, "省", "县", "区", "镇", "乡", "村", "州")
        self._verbs = tuple(dict.fromkeys((*genre.statement_verbs, *genre.actions)))
        self._acts = (*self._verbs, *(w for w in lexicon.facets.get("became", ()) if w.strip() and not w.isascii()))
        self._doing = tuple(lexicon.doing_verbs)  # 搞地质灾害的专家: what the expert does, no body of theirs
        self._group_words = set(genre.group_words)
        self._surnames = frozenset(s for s in genre.surnames if len(s) == 1)
        self._provinces = frozenset(lexicon.provinces)
        self._place_tags = frozenset(lexicon.place_tags)
        self._compound_surnames = frozenset(genre.compound_surnames)
        self._aliases = genre.title_aliases
        self._things = genre.title_things
        self._acting = re.compile("|".join(lexicon.acting_for)) if lexicon.acting_for else None
        self._stop = stopwords
        self._unnamed = ("有", "有个", "某", *genre.unnamed_openers)  # (有股东…: someone, unnamed)
        self._pointing = tuple(lexicon.demonstratives)  # 这次会, 那个: pointing words, no body (这次会市长是谁: 市长)
        stops = "|".join(map(re.escape, sorted(lexicon.role_prefix_stops, key=len, reverse=True)))  # 那位 before 那
        self._prefix_stops = re.compile(stops) if stops else None

    def __call__(self, text: str, spans: Spans, words: ReportWords) -> tuple[str, ...]:
        """Every title the question names (qualified), in order; the first one's span is taken."""
        found: list[str] = []
        at: list[tuple[int, int]] = []  # where each role found stands, its qualifier with it
        if not words.roles:
            return ()
        inside = self._inside_words(text)
        for m in map(lambda m: self._overlapped(text, m), words.roles.finditer(text)):
            group_word = m.group() in self._group_words and m.group() not in words.vocab.roles
            if m.start() in inside or self._names_thing(text, m.end()) or self._acts_for(text, m) or self._runs_into(text, m, words):
                continue  # 港商 of 香港商界: a title that starts inside an everyday word is none; 总河长令 is an order
            if self._someone(text, m) and any(n.start() >= m.end() for n in words.roles.finditer(text)):
                continue  # "有股东要求…，董事长怎么回应": some shareholder, told of; the 董事长 is asked
            if spans.free(*m.span()) and not group_word:  # a title nobody holds still asks about a role
                role = self._held_tail(self._qualified(text, m, words), words)
                named = role[: -len(m.group())]  # 乐正院士: the family name is the role's, no name of its own
                start = m.start() - len(named) if named in self._surnames | self._compound_surnames else m.start()
                own = self._own_province(words.vocab.text)  # (广东 of 广东省长, read as the report's 省长: the title's)
                if role == m.group() and own and text[: m.start()].removesuffix("省").endswith(own):
                    start = text.rfind(own, 0, m.start())
                if not found and spans.free(start, m.end()):
                    spans.take(start, m.end(), "role")
                elif not found:
                    spans.take(*m.span(), "role")
                found.append(role)
                at.append((m.end() - len(role), m.end()))
        # a title inside a longer one asked (市人大常委 of 市人大常委会主任, the 主任 qualified by it): not asked on its own
        kept = [r for r, (a, b) in zip(found, at, strict=True) if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in at)]
        return tuple(dict.fromkeys(kept))

    def _held_tail(self, role: str, words: ReportWords) -> str:
        """A title no one of the report holds, asked with a level before one someone does (州行政议员 of the report's
        '…新村事务行政议员'): that one (never 市长 for 副市长: only levels are dropped)."""
        held = words.vocab.roles
        if any(r.endswith(role) for r in held):
            return role
        for k in range(1, len(role) - 1):
            tail, dropped = role[k:], role[:k]
            # (not 县领导 for 市领导: a title the report gives at another level)
            if dropped in self._levels and tail in self._title_set and any(
                r.endswith(tail) and not r[: -len(tail)].endswith(tuple(self._levels)) for r in held
            ):
                return tail
        return role

    def _runs_into(self, text: str, m: re.Match[str], words: ReportWords) -> bool:
        """老农 of "老农房做安全鉴定": a title no one of the report holds whose last character starts a word the report writes
        with the one after it (农房) elsewhere than after the title: the thing, no one's title (not 区长 of 区长祁某, whose
        '长祁' the report writes only there)."""
        if m.group() in words.vocab.roles or m.end() >= len(text):
            return False
        if any(text.startswith(b, m.end()) for b in self._bodies if len(b) >= 2):
            return True  # (律师 of 县律师协会会长: the body's name, whose head is asked)
        report, pair = words.vocab.text, text[m.end() - 1 : m.end() + 1]
        return report.count(pair) > report.count(m.group() + text[m.end()])

    def _someone(self, text: str, m: re.Match[str]) -> bool:
        """A title after a word of someone unnamed (有股东, 一位代表), not after 没有 or 有没有 (which ask whether)."""
        before = text[: m.start()]
        return before.endswith(self._unnamed) and not before.endswith(("没有", "有没有", "冇"))

    def _names_thing(self, text: str, end: int) -> bool:
        """总河长令: the title makes a thing of the word after it (not 市长令狐某: a family name follows)."""
        return text.startswith(self._things, end) and not any(text.startswith(s, end) for s in self._compound_surnames)

    def _acts_for(self, text: str, m: re.Match[str]) -> bool:
        """谁代表部队发言: 代表 acts for the body after it."""
        return self._acting is not None and any(a.end() == m.end() for a in self._acting.finditer(text))

    def _overlapped(self, text: str, m: re.Match[str]) -> re.Match[str]:
        """A title found first that a longer one overlaps and outruns (支书 of 村党总支书记: 书记 ends it): the whole
        run from the first one's start to the longer's end, as one title (its qualifier read before it)."""
        for j in range(m.start() + 1, m.end()):
            longer = next((t for t in self._titles if text.startswith(t, j) and j + len(t) > m.end()), None)
            if longer:
                whole = re.compile(re.escape(text[m.start() : j + len(longer)])).match(text, m.start())
                return self._overlapped(text, whole) if whole else m
        return m

    def _everyday_run(self, prefix: str, words: ReportWords) -> bool:
        """Words before a title that end in an everyday one and name no body of the report's ("卡脖子技术省长打算咋攻":
        what the 省长 is asked about; not 碧源环保 of the report's 碧源环保科技有限公司董事长, which the report writes)."""
        cut = self._segmenter.cut(prefix)
        return len(cut) > 1 and len(cut[-1]) > 1 and self._segmenter.is_common(cut[-1]) and not prefix.endswith(self._bodies) \
            and self._segmenter.tag(cut[-1]) not in self._place_tags and prefix not in words.vocab.text

    def _own_province(self, report: str) -> str:
        return own_province(report, self._provinces)

    def _inside_words(self, text: str) -> set[int]:
        """Positions inside an everyday word of jieba's, past its first character (港 of 香港)."""
        out: set[int] = set()
        at = 0
        for token in self._segmenter.cut(text):
            at = max(at, text.find(token, at))  # (the cut leaves spaces out)
            if len(token) > 1 and self._segmenter.is_common(token):
                out.update(range(at + 1, at + len(token)))
            at += len(token)
        return out

    def _body_like(self, prefix: str) -> bool:
        """A place or a body can qualify a title: 鹤洲, 省政协, 促进会; an everyday word or a verb
        cannot (希望委员, 回应了委员)."""
        if any(v in prefix for v in self._verbs) or prefix.endswith(("了", "的", "着")) or prefix.startswith((*self._doing, *self._pointing)):
            return False
        # (卡脖子技术 of "卡脖子技术省长打算咋攻": everyday words, each of them, are no body)
        if self._segmenter.tag(prefix) in self._place_tags:  # 江苏, 深圳: a place, though an everyday word
            return True
        return prefix.endswith(self._bodies) or not all(self._segmenter.is_common(w) for w in self._segmenter.cut(prefix))

    def _title_of(self, role: str) -> str:
        """The longest title a role ends with (副书记, not 书记, of 省委副书记)."""
        return next((t for t in self._titles if role.endswith(t)), "")

    def _is_title(self, role: str, title: str) -> bool:
        """The role's title is the one asked, or a longer one people shorten to it (副总: 副总经理)."""
        own = self._title_of(role)
        if role.removesuffix(own).endswith(DEPUTY_MARK) and not title.startswith(DEPUTY_MARK):
            return False  # (律政司副司长 of "律政司司长有冇到": a deputy holds another post)
        return own == title or own in self._aliases.get(title, ())

    def _own_prefix(self, before: str, words: ReportWords) -> str:
        """What stands before a title after the question's own words (是, 谁是…) and any name."""
        prefix = self._prefix_stops.split(before)[-1] if self._prefix_stops else before
        for name in words.vocab.names:  # "王伟中副省长": the name is no qualifier
            if name in prefix:
                prefix = prefix.split(name)[-1]
        tokens = self._segmenter.cut(prefix)  # "听取全国政协委员": what follows a verb is the body, if any
        verb = max(
            (i for i, t in enumerate(tokens) if len(t) > 1 and (self._segmenter.tag(t) or "").startswith("v") and not t.endswith(self._bodies)),
            default=-1,
        )
        if verb < 0:
            return prefix
        body = "".join(tokens[verb + 1 :])
        if body in self._bodies and len(body) == 1:  # 运输局, 建设局: the verb names the body, a bureau of it
            return tokens[verb] + body
        return body if body.endswith(self._bodies) else ""

    def _qualified(self, text: str, match: re.Match[str], words: ReportWords) -> str:
        """'鹤洲市长' is not '市长' of anywhere: keep the place or body written before a title."""
        before = re.search(rf"[{HAN_CLASS}]{{1,12}}$", text[: match.start()])
        link = next((w for w in LINKS if before and before.group().endswith(w)), "")
        body = self._own_prefix(before.group()[: -len(link)], words) if link else ""
        if body and (body.endswith(self._bodies) or len(body) <= SHORT_BODY and self._body_like(body)):
            # 某分行的行长, 某集团那个董事长: 某分行行长, 某集团董事长
            before = re.search(rf"[{HAN_CLASS}]{{1,10}}$", text[: match.start() - len(link)])
        if not before:
            return match.group()
        last, title = before.group()[-1], match.group()
        if last in self._surnames and any(  # 活动结束后季书记: 季 + 书记, whom jieba cut as 后季
            n.startswith(last) for r, names in words.vocab.roles.items() if r.endswith(title) for n in names
        ):
            return last + title
        # the longest run before the title that the report writes with it (急诊科主任: 急诊 is no verb here)
        written = next((before.group()[i:] for i in range(len(before.group()) - 1)
                        if before.group()[i:] + match.group() in words.vocab.text), "")
        written = "" if any(v in written for v in self._acts) else written  # (当选 of 谁当选大会秘书长: an act)
        prefix = self._own_prefix(before.group(), words) or written  # (浦发银行沅川分行行长 stays whole)
        if written and prefix != written and written.endswith(prefix):
            prefix = written  # 信访局局长 as the report writes it (信访 is no verb that leaves only 局)
        if prefix and any(prefix.endswith(n) for n in (*words.vocab.names, *words.vocab.mentioned) if len(n) >= 2):
            return match.group()  # 綦佩雯局长: a name the report writes, then the title (Hong Kong's order), no body of it
        counted = re.search(r"[\d一二两三四五六七八九十百千几多]$", text[: match.start() - len(prefix)]) is not None
        if (prefix in self._surnames or prefix in self._compound_surnames) and not counted:  # 李局长, 乐正院士: named so (28位院士: counted)
            return prefix + match.group()
        if not (written and prefix == written) and (not prefix or prefix in self._stop or not self._body_like(prefix) or self._everyday_run(prefix, words)):
            return match.group()  # 希望委员 is a wish, not a 委员 of 希望
        # 鹤洲市长, 促进会秘书长: the qualifier as a whole; 浦发银行沅川分行行长 is not 沅川分行行长
        full = prefix + match.group()
        if prefix.removesuffix("省") == self._own_province(words.vocab.text) and match.group().startswith("省") \
                and match.group() in words.vocab.roles:
            return match.group()  # 广东省长 of a report on Guangdong, whose titles say 省长: the province's own
        known = [r for r in words.vocab.roles if r.endswith(full)]
        # 碧源环保董事长: the report's 碧源环保科技有限公司董事长, the body shortened as people say it
        known = known or [
            r for r in words.vocab.roles
            if len(prefix) >= 2 and r.startswith(prefix) and self._is_title(r, match.group())  # not 省委副书记 for 省委书记
        ]
        core = re.sub(COMPANY_FORMS, "", prefix)  # 绿曦生物科技公司: the report's 岑州绿曦生物科技有限公司
        known = known or [
            r for r in words.vocab.roles if len(core) >= 3 and core in r and self._is_title(r, match.group())
        ]
        # 运输局局长: the report's 运输及物流局局长, its body said by some of its characters in their order (its first and last)
        known = known or [
            r for r in words.vocab.roles
            if len(core) >= 3 and self._is_title(r, match.group()) and _shortens(core, r[: -len(self._title_of(r))])
        ]
        return known[0] if known else full


def _shortens(short: str, body: str) -> bool:
    """A body's short form: its first and last characters, and the rest of it in order (运输局 of 运输及物流局)."""
    if len(short) >= len(body) or short[0] != body[0] or short[-1] != body[-1]:
        return False
    rest = iter(body)
    return all(c in rest for c in short)
