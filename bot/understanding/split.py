"""Several questions in one message ("人社局局长是谁？他怎么说的？", "郗某是哪家公司的，他提了啥建议"):
the parts, each a question of its own, asked in turn in the same conversation (so that the
second's 他 is the first's answer)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..scripts import HAN_CLASS, to_simplified

MAX_PARTS = 4  # more parts than this are read as one question
MANY_ASKED = 3  # questions listed with 、 that are each asked, whatever the first names
MIN_PART = 4  # characters of a part split at a comma (谁主持的, 他说了什么); at a question mark, two will do
MIN_SPACED = 3  # …and of one typed apart with spaces that asks who did what (谁主持 谁讲话)

_END = re.compile(r"(?<=[？?！!])\s*(?=\S)")
_COMMA = re.compile(r"(?<=[，,；;、])\s*")  # 、 too: "是哪天、谁牵头办的？"
_INNER = re.compile(r"[？?！!，,；;、]\s*\S|\band\s+(?:what|how|who|when|where|why|which)\b", re.IGNORECASE)  # a mark with more after it
# "Who is X and what did he ask…?": an English question joined to another by "and" before its question word
_AND_OPENS = re.compile(r"^\s*and\s+(?=(?:what|how|who|whom|when|where|why|which)\b)", re.IGNORECASE)
_AND_ASKS = re.compile(r"\s*,?\s+and\s+(?=(?:what|how|who|whom|when|where|why|which)\b)", re.IGNORECASE)


# An English part that only says what the asker wants of the answer before ("I need the exact venue for my notes").
_WANTED_EN = re.compile(
    r"^\s*(?:i need|i want|i'd like|i would like|i'm looking for|(?:please |pls )?list (?:them|em|it|those) all|list all of (?:them|em)"
    r"|all of (?:them|em)|every one of (?:them|em)|in full|pls|please|thanks|thank you|thx)\b", re.IGNORECASE)


_FOLLOW_UP_END = re.compile(r"[呢咧]\W*$")  # (…那边呢: asks again, of another)


def _remark(part: str, asks: Callable[[str], bool], after: str = "") -> bool:
    """A part that asks nothing ("两个都姓陈我老搞混", "太好了！"; after a question that ended with its mark, any such part:
    "…说的啥事呀？人老了记不清。"): said beside a question, not one."""
    plain = re.sub(r"[\W_]", "", part)  # (not a request: "请列出与会人员" asks, with no question word)
    first_person = "我" in plain or re.search(r"\b(?:i|my|me)\b", part.lower()) is not None  # (…, he list some i think)
    asked = after.rstrip().endswith(("？", "?"))
    if _FOLLOW_UP_END.search(part.strip()) and len(plain) > 1:
        return False  # ("…除了王省还来了谁？政协那边呢": a question of its own, on the frame of the one before)
    if _WANTED_EN.match(part) and not part.rstrip().endswith("?"):
        return True  # (what the asker wants of the answer: no question of its own)
    return not part.rstrip().endswith(("？", "?")) and not asks(part) and (first_person or len(plain) <= 3 or asked)


# A part that asks for the answer's form ("涉及的资金和班次都列一下", "讲讲"): a request, never an aside.
_REQUEST = re.compile(r"列一下|列出|列个|列举|列明|说说|讲讲|说一下|讲一下|介绍一下|告诉我|写出|\blist\b|\btell me\b", re.IGNORECASE)


# …unless it is the asker's own plan ("我想在课上讲讲人大监督": they will tell it, no one is asked to).
_OWN_PLAN = re.compile(r"我(?:想|要|打算|准备|得)[^你您，,？?]*?(?:讲讲|说说|讲一下|说一下|介绍一下)")


# A part that only says what form the answer should take ("请给出姓名和职务", "要全称"): no question of its own.
_FORM_ONLY = re.compile(
    r"(?:请|麻烦)?(?:给出|列出|写出|提供|附上|注明)?(?:一下)?(?:他们的|其)?(?:姓名|名字|全名|全称|职务|职位|头衔|单位)"
    r"(?:和|跟|、|及|与|加)?(?:姓名|名字|全名|全称|职务|职位|头衔|单位)?(?:都要|也要|都写上|写全)?[。.！!]?"
    r"|(?:给|说)?(?:几个|个)?(?:关键词|一句话|结论)(?:就行|就好|即可|就够了)?[。.！!]?"  # "给几个关键词就行", "一句话。"
)
# A part that gives an example of the question before ("…的时间节点？比如几月底前反馈"): part of it, no question of its own.
_EXAMPLE = re.compile(r"^\s*(?:比如|例如|譬如|比方说|比方|好比|e\.g\.|for example|for instance)", re.IGNORECASE)
_HAN_RUN = re.compile(f"[{HAN_CLASS}]{{2}}")  # a remark is said in words (not "</script>" after a question)
_LATIN_WORDS = re.compile(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}")  # …or in English words (two at least)
_COUNT_ASK = re.compile(r"几[个位名家所项条件次人天年月张台批场户座辆支成倍]|多少|百分之几")  # a count asked in a part of its own
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")  # a space between two Han characters


def _spaced(chunks: list[str], asks: Callable[[str], bool]) -> list[str]:
    """Chunks typed apart with spaces after a subject that asks nothing ("现场办公会 谁主持 在哪个会议室"), as questions:
    each one that asks, with the chunks that ask nothing before it or, at the end, after it. Chunks that each ask on
    their own are questions in turn; else, without such a subject first ("啥时候落地 有时间表"), they stay one."""
    if asks(chunks[0]):  # ("充电口啥时候能弄好啊 谁拍的板": a question typed after another, each asking on its own)
        # (a last chunk that asks nothing says how to answer the one before: "谁主持 谁讲话 就给俩名字")
        tail = chunks[-1] if len(chunks) > 2 and not asks(chunks[-1]) else ""
        asked = chunks[:-1] if tail else chunks
        checks = [c.rstrip("？?").endswith(_CHECKS) for c in asked[1:]]
        # (not "啥时候落地 有时间表没": a check of the same; but "应到几人 实到几个 够法定人数不": two asks, then a check)
        own = len(asked) <= MAX_PARTS and all(asks(c) for c in asked[1:]) and (not any(checks) or len(asked) >= 3 and not any(checks[:-1]))
        tail = tail if _REQUEST.search(tail) else ""  # (a request goes with the question before; "就给俩名字" is the form only)
        if own:
            return [*asked[:-1], f"{asked[-1]} {tail}".strip()]
        if all(asks(c) for c in asked[1:]):
            return [" ".join(chunks)]  # ("啥时候落地 有时间表没": a check of the same)
        # ("选课系统不是当机了吗 说要搬上云 花多少钱 啥时候上线": the chunks that ask nothing go with the ask after them)
    out: list[str] = []
    pending = ""
    for chunk in chunks:
        if asks(chunk):
            out.append(f"{pending} {chunk}".strip())
            pending = ""
        elif out and _remark(chunk, asks, out[-1]) and not _REQUEST.search(chunk):
            out.append(chunk)  # ("调研组是不是去上海调研了 我记得有上海": the asker's own remark after the question, set aside below)
        elif out:
            out[-1] += f" {chunk}"
        else:
            pending = f"{pending} {chunk}".strip()
    return out or chunks


_CHECKS = ("没", "吗", "么", "不", "呢", "吧")
_OWN_WORD = re.compile("我|俺|本人")  # the asker, in their own words
_PARTICLES = ("吗", "吧", "么", "呢", "嘛")  # the end of a question before a comma  # the ends of a yes/no that restates the question before
_LISTED = re.compile(r"[、，,；;]")
_LISTED_PIECE = re.compile(f"[{HAN_CLASS}]{{2,8}}")  # a piece of a bare list ("签约项目数、总投资、参会人数"): a short noun phrase


_FIELD = re.compile(r"([\u4e00-\u9fff]{2,8})\s*[：:]")  # "会议时间：": a field of a form to fill in
_ASIDE = re.compile(r"[（(][^）)]*[）)]")  # "（三栏一起帮我填下）": said beside the fields


def _fields(raw: str, asks: Callable[[str], bool]) -> list[str]:
    """A message of a form's fields ("会议时间：  会议地点：  主持人：（三栏一起帮我填下）"): each field asked in turn;
    what else it says only asks for the form (not "主持人：林某某对吗", whose field is filled)."""
    text = _ASIDE.sub(" ", raw)
    labels = _FIELD.findall(text)
    rest = _FIELD.sub(" ", text).strip(" ，,。.！!？?")
    if not labels or len(labels) > MAX_PARTS or (rest and asks(rest)) or len(rest) > len("".join(labels)):
        return []
    return [label + "？" for label in labels]


_NUMBERED = re.compile(r"(?:^|(?<=[\s：:，,。；;？?！!]))(?:[（(]?([1-9])[)）.、．]|([①-⑨]))\s*")


def _numbered(raw: str, asks: Callable[[str], bool]) -> list[str]:
    """A message that numbers its questions ("想确认三件事：1）会在哪个城市开的 2）具体哪天 3）…"): each one in turn, the
    words before the first number only leading up to them; numbered 1, 2, 3… in order, each asking."""
    marks = list(_NUMBERED.finditer(raw))
    numbers = [int(m.group(1)) if m.group(1) else ord(m.group(2)) - ord("①") + 1 for m in marks]
    if not 1 < len(marks) <= MAX_PARTS or numbers != list(range(1, len(marks) + 1)):
        return []
    pieces = [raw[m.end() : (marks[i + 1].start() if i + 1 < len(marks) else len(raw))].strip() for i, m in enumerate(marks)]
    return pieces if all(p and asks(p) for p in pieces) else []


def _listed(raw: str, asks: Callable[[str], bool]) -> list[str]:
    """A message that asks nothing, only short phrases listed ("签约项目数、总投资、参会人数"): each one asked in turn."""
    text = raw.strip().rstrip("？?。.！! ")
    pieces = [p.strip() for p in _LISTED.split(text)]
    if not 1 < len(pieces) <= MAX_PARTS or asks(raw) or text.isascii():
        return []
    if not all(_LISTED_PIECE.fullmatch(p) for p in pieces):
        return []
    return [p + "？" for p in pieces]


# Words that join two questions said in one breath ("…是谁主持的然后在哪里开的"): a split where each side asks.
_SAID_ON = re.compile(r"(?<=[\u4e00-\u9fff])(?:然后|另外|再就是|还有就是|顺便问一下|顺便问下|顺便问问)(?=[\u4e00-\u9fff])")


# Where a question typed on without a mark may end ("…每户要夹几多钱议员有冇话帮手"): after a sum asked (多少钱).
_RUN_ON = re.compile(r"(?:多少|几多|幾多)(?:钱|錢)(?=[\u4e00-\u9fff]{4,}$)")  # (not 多少个 of "多少个粤商代表…": its noun goes on)


def _run_on(sentence: str, asks: Callable[[str], bool]) -> list[str]:
    """A sentence with no mark inside that asks twice, the first a count ("…要夹几多钱议员有冇话帮手"): the two, where
    each asks on its own; else the sentence."""
    for m in _RUN_ON.finditer(sentence):
        head, rest = sentence[: m.end()], sentence[m.end() :]
        if asks(head) and asks(rest):
            return [head, rest]
    return [sentence]


def _pieces(sentence: str, asks: Callable[[str], bool]) -> list[str]:
    """A sentence's parts at its commas; else at its spaces, or in English at an "and" that asks; else at a word that
    joins two questions said in one breath, where each asks."""
    pieces = [p for p in _COMMA.split(sentence) if p.strip()]
    if len(pieces) == 1 and _SAID_ON.search(sentence):
        said = [p for p in _SAID_ON.split(sentence) if p.strip()]
        pieces = said if len(said) > 1 and all(asks(p) for p in said) else pieces
    if len(pieces) == 1 and not _INNER.search(sentence.rstrip("？?！!。. ")):
        pieces = _run_on(sentence, asks)
    if len(pieces) == 1 and _SPACED.search(sentence):  # "现场办公会 谁主持 在哪个会议室": typed apart with spaces
        pieces = _spaced(_SPACED.split(sentence), asks)
    if len(pieces) == 1 and sentence.isascii():
        pieces = [p for p in _AND_ASKS.split(sentence) if p.strip()]
    if sentence.isascii():  # ("…, and how did he sum it up?": the part asks on its own)
        pieces = [_AND_OPENS.sub("", p) for p in pieces]
    return pieces


def _bare_ask(part: str, before: str, going_on: tuple[str, ...]) -> bool:
    """A question of its own though only a question word, after another question ("主持人？地点？"): one that does
    not open with a word that goes on with the one before (`going_on`: 是哪几家？ of "有协办单位吗？是哪几家？")."""
    plain = to_simplified(re.sub(r"[\W_]", "", part))  # (什麼時候: 什么)
    ends = ("？", "?")
    # (…or a comma after a question its particle ends: "某某也讲话了吧，他讲了些啥？")
    asked = before.rstrip().endswith(ends) or before.rstrip("，,； ").endswith(_PARTICLES)
    return len(plain) >= 2 and part.rstrip().endswith(ends) and asked and not plain.startswith(going_on)


def _count_of_act(part: str, going_on: tuple[str, ...]) -> bool:
    """A count asked of an act, "加几个": a question of its own, though its words are only a verb and the count (not 是哪几家,
    which goes on with the question before)."""
    plain = to_simplified(re.sub(r"[\W_]", "", part))
    return len(plain) >= MIN_SPACED and _COUNT_ASK.search(plain) is not None and not plain.startswith(going_on)


def _goes_with(part: str, before: str, asks: Callable[[str], bool], clean: Callable[[str], str], going_on: tuple[str, ...]) -> bool:
    """A part that goes with the question before it: too short to ask alone (是哪几家？), a remark, or an example of what
    that one asks ("…的时间节点？比如几月底前反馈")."""
    short = len(re.sub(r"[\W_]", "", clean(part))) < 2 and not _bare_ask(part, before, going_on) and not _count_of_act(part, going_on)
    return short or _remark(part, asks) or _EXAMPLE.match(part) is not None


def _with_opening(pieces: list[str], asks: Callable[[str], bool]) -> list[str]:
    """"我在写稿，帮我核一下：…多少、…多少，…多少": an opening that asks nothing goes with the part after it."""
    if len(pieces) > 2 and not asks(pieces[0]) and asks(pieces[1]):
        return [pieces[0] + pieces[1], *pieces[2:]]
    return pieces


def _long_enough(part: str) -> bool:
    """A part long enough to be a question of its own: four characters, or who and a verb (谁主持, typed apart with spaces
    or after a comma: "在哪开的，谁主持", or a count, "加几个"; not 啥情况, which asks again of the part before)."""
    return len(part) >= MIN_PART or len(part) >= MIN_SPACED and (part.startswith(_WHO) or _COUNT_ASK.search(part) is not None)


_WHO = ("谁", "誰")


_TAGS = ("对不对", "是不是", "对吧", "是吧", "对吗", "是吗", "對吧", "是吧", "對嗎", "是嗎", "對不對", "係咪", "系咪")
_OWN = ("我", "咱", "俺", "本人")  # (the asker's own story, no claim: "我住二段，那条路…对吧")
MAX_CLAIMS = 4


def _claims(pieces: list[str], asks: Callable[[str], bool]) -> list[str]:
    """Claims said in a row and checked with one tag at the end ("3月14号开的那个会，副镇长主持的，41个代表全到了对吧"):
    each claim with the tag, a yes/no of its own; none where an earlier part asks or tells the asker's own story."""
    last = pieces[-1].rstrip("？?！!。. ") if pieces else ""
    tag = next((t for t in _TAGS if last.endswith(t)), "")
    if not tag or last == tag or not 2 <= len(pieces) <= MAX_CLAIMS:
        return []  # (a bare tag after them, "…，其中交通类有二十几宗，是不是？": one claim in parts)
    before = [p.rstrip("，,；;、 ") for p in pieces[:-1]]
    if any(asks(p) or len(p) < MIN_PART or p.startswith(_OWN) for p in before):
        return []
    return [p + tag for p in before] + [pieces[-1]]


def _own_remark(part: str, asks: Callable[[str], bool]) -> bool:
    """A remark in the asker's own words that asks nothing ("我记得有上海"): said beside a question, not one."""
    return not asks(part) and _OWN_WORD.search(part) is not None and _remark(part, asks)


def _sentence_parts(sentence: str, asks: Callable[[str], bool]) -> list[str]:
    """One sentence's questions: its pieces where each asks on its own, its claims each with the tag said once at the end,
    else the sentence whole."""
    pieces = _with_opening(_pieces(sentence, asks), asks)
    claims = _claims(pieces, asks)
    if claims:  # "3月14号开的那个会，副镇长主持的，41个代表全到了对吧": each claim checked
        return claims
    # at 、 only where the next part opens with its question word ("是哪天、谁牵头办的", not
    # "开过哪些会、请了哪些人…", whose second part goes on with the first's subject)
    # (…, or where both ask a count of their own: "签约了几所高校、给几家企业授了牌、聘了几个引才大使")
    listed = any(
        p.endswith("、") and not asks(n.strip()[:2]) and not (_COUNT_ASK.search(p) and _COUNT_ASK.search(n))
        for p, n in zip(pieces, pieces[1:], strict=False)
    )
    # (…, or a list of three or more questions, the last maybe a request: "几号开的、在哪个城市、主题是啥、谁主持的，一次性给我")
    many = len(pieces) >= MANY_ASKED and all(asks(p) for p in pieces[:-1])
    if len(pieces) > 1 and (not listed or many) and all(
        _long_enough(p.strip("，,；;、？?！! ")) and (asks(p) or p is pieces[-1] and (many or _own_remark(p, asks))) for p in pieces
    ):
        return pieces
    return [sentence] if sentence.strip() else []


def split_questions(
    raw: str, asks: Callable[[str], bool], clean: Callable[[str], str], going_on: tuple[str, ...] = ("是",),
) -> list[str]:
    """The questions of a message, in order: split at a question mark, and at a comma where the
    parts on both sides ask something of their own (`asks`: a question word, or a yes/no ending).
    A part with less than two letters once cleaned (`clean`: markup and question words taken
    out) is no question of its own: "有协办单位吗？是哪几家？" stays one."""
    listed = _numbered(raw, asks) or _fields(raw, asks) or _listed(raw, asks)
    if listed:
        return listed
    if not _INNER.search(raw.strip()) and not _SPACED.search(raw.strip()) and not _SAID_ON.search(raw) and not _RUN_ON.search(raw):
        return [raw]  # one question (most messages): nothing to read twice
    parts = [p for sentence in _END.split(raw.strip()) for p in _sentence_parts(sentence, asks)]
    joined: list[str] = []
    aside = False
    for part in parts:
        said_after = joined and not _remark(part, asks) and _remark(part, asks, joined[-1]) and _HAN_RUN.search(part)
        own_plan = joined and joined[-1].rstrip().endswith(("？", "?")) and _OWN_PLAN.search(part) and not asks(_REQUEST.sub("", part))
        # ("新水价是不是…就执行了? I need to update our bills.": a remark in English after a question in Chinese)
        said_after = said_after or joined and _HAN_RUN.search(joined[-1]) and not _HAN_RUN.search(part) and _LATIN_WORDS.search(part) \
            and _remark(part, asks, joined[-1])  # (in words: not "</script>" after a question)
        # (…调研了 我记得有上海: a remark of the asker's own, typed apart after the question)
        own_remark = joined and _SPACED.search(raw) and _own_remark(part, asks)
        if said_after and not _REQUEST.search(part) or own_plan or own_remark or joined and _FORM_ONLY.fullmatch(part.strip()):
            aside = True  # "…说的啥事呀？人老了记不清。": said after the question, asking nothing of the report
        elif joined and _goes_with(part, joined[-1], asks, clean, going_on):
            joined[-1] += part  # 是哪几家？ goes with the question before it, and so does a remark or an example
        else:
            joined.append(part)
    if len(joined) > 1 and _remark(joined[0], asks):
        joined[:2] = [joined[0] + joined[1]]  # "王伟中！他说了什么？": the first part names what the next asks of
    parts = [p for i, p in enumerate(joined) if len(re.sub(r"[\W_]", "", clean(p))) >= 2 or i and (_bare_ask(p, joined[i - 1], going_on) or _count_of_act(p, going_on))]
    return parts if 1 < len(parts) <= MAX_PARTS or aside and parts else [raw]
