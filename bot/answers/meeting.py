"""Composers about the meeting itself: when, where, name, organiser, theme, figures,
research, summary, and what such reports do not say."""

from __future__ import annotations

import re

from ..facts import speakers
from ..genre import load_genre
from ..models import Sentence
from .base import (
    Composed,
    Request,
    article_words,
    composer,
    english_date,
    evidence_of,
    hand_over,
    rank,
    romanize,
    verdict,
)

HAN = re.compile(r"[\u4e00-\u9fff]")
TIME_WORDS = re.compile(r"\d{1,2}月|\d{4}年|年内|年底|年初|今年|明年|上半年|下半年|月底|近期|\d+个?月内|同步|之前|以前|此前")

@composer("date")
def date(req: Request) -> Composed:
    if asked_units(req.parse.text):  # "通关时间压缩到多少小时？" asks a figure, not a date
        return hand_over(req, "figures", figures)
    fact = req.facts.date
    if fact is None:
        return Composed(req.msg("fallback"), False)
    value = fact.value
    text = req.t(date=english_date(value) if req.en else value)
    relative = not re.search(r"\d", value)
    text += req.t("relative") if relative else ("" if "年" in value else req.t("no_year"))
    if relative and any(w in req.parse.text for w in req.intent.reply.get("calendar_words", ())):
        return Composed(text, False, fact.evidence)  # "具体是几月几号？" — the report does not say
    if "年" not in value and any(w in req.parse.text for w in req.intent.reply.get("year_words", ())):
        return Composed(req.t("no_year_given", date=value), False, fact.evidence)  # "哪一年开的？"
    slots = req.parse.slots
    meeting = req.facts.meeting.value if req.facts.meeting else ""
    other = [w for w in (slots.person, *slots.topic_terms, *slots.known_words, *slots.unknown_words)
             if w and HAN.search(w) and w not in meeting]  # English words are too loose a clue
    if other and not slots.date:  # "产业基金什么时候到位？" asks the time of something else
        words, missing = article_words(req.parse.text, req.facts.article.text, req.stopwords | set(req.intent.keywords))
        subject = next((w for w in (*words, *missing) if w not in meeting), other[0])
        timed = [
            s for s in req.facts.article.sentences
            if words and not missing and all(w in s.text for w in words) and TIME_WORDS.search(s.text)
        ]
        if timed:  # the report gives a time for it: quote where
            return Composed(req.t("other_found", word=subject) + "\n" + "\n".join("· " + s.text for s in timed[:2]), True, tuple(timed[:2]))
        return Composed(req.t("other", word=subject), False)
    asked = slots.date
    times = [w for w in req.knowledge.lexicon.times_of_day if w in req.parse.text]
    if times and not any(t in value for t in times):
        return Composed(text, True, fact.evidence)  # "上午召开的吗？" — no verdict; the note says why
    if asked and req.parse.yes_no:
        same = same_date(asked, value)
        text = text if same is None else verdict(req, same, text)
    return Composed(text, True, fact.evidence)


def same_date(asked: str, written: str) -> bool | None:
    """Whether '7月12日' / '8月' / '10日' agrees with the date as written; None if it cannot say."""
    def parts(text: str) -> tuple[int | None, int | None]:
        month = re.search(r"(\d{1,2})月", text)
        day = re.search(r"(?<![\d月])(\d{1,2})[日号]|月(\d{1,2})[日号]", text)
        day_value = next((g for g in day.groups() if g), None) if day else None
        return (int(month.group(1)) if month else None, int(day_value) if day_value else None)

    (am, ad), (wm, wd) = parts(asked), parts(written)
    ay, wy = (re.search(r"(\d{4})年", t) for t in (asked, written))
    pairs = [(am, wm), (ad, wd), (ay and ay.group(1), wy and wy.group(1))]
    checks = [a == w for a, w in pairs if a is not None and w is not None]
    return all(checks) if checks else None


@composer("place")
def place(req: Request) -> Composed:
    fact = req.facts.place
    if fact is None:
        return Composed(req.msg("fallback"), False)
    text = req.t(place=romanize(fact.value, person=False) if req.en else fact.value)
    slots = req.parse.slots
    if slots.date and not slots.place:  # "会议在7月12日吗？" is about the date
        return hand_over(req, "date", date)
    asked = slots.place or next(iter(slots.unknown_words or slots.known_words), None)
    if slots.place:  # "广州市政府": what the question adds to a place the report names
        more = re.search(re.escape(slots.place) + r"([\u4e00-\u9fff]*?)(?:召开|举行|举办|开|的|吗|呢|$)", req.parse.text)
        asked = slots.place + (more.group(1) if more else "")
    if req.parse.yes_no and asked:
        value = fact.value
        if asked.removesuffix("市") == value.removesuffix("市"):  # 广州 = 广州市
            text = verdict(req, True, text)
        elif value in asked or not (slots.place and slots.place == asked):
            # 广州市政府, 白云宾馆, 广东: the report says no more than where it says
            text = req.t("only", place=value, asked=asked)
        else:  # another place the report names (深圳): a plain no
            text = req.t("check_no") + (text[0].lower() + text[1:] if req.en else text)
    else:
        other = [w for w in (slots.person, *slots.known_words, *slots.unknown_words) if w and HAN.search(w)]
        if other and not req.parse.yes_no:  # "林克庆是哪里人？" asks where something else is
            return Composed(req.t("other", word=other[0]), False)
    return Composed(text, True, fact.evidence)


@composer("meeting_name")
def meeting_name(req: Request) -> Composed:
    fact = req.facts.meeting
    if fact is None:
        return Composed(req.msg("fallback"), False)
    if re.search(r"第几|几次|几届|which (?:session|edition)", req.parse.text):  # "这是第几次常务会议？"
        found = [(s, m) for s in req.facts.article.sentences
                 if (m := re.search(r"第[\d一二三四五六七八九十百]+(?:次|届|期)", s.text))]
        if not found:
            return Composed(req.t("no_ordinal"), False)
        sentence, match = found[0]
        return Composed(req.t("ordinal", ordinal=match.group()), True, (sentence,))
    slots = req.parse.slots
    groups = [g.value for g in req.facts.groups] + list(load_genre().group_words)
    named = [g for g in groups if g in req.parse.text]
    other = [w for w in (slots.person, slots.role, *named, *slots.known_words, *slots.unknown_words) if w and w not in fact.value]
    if other:  # "粤商代表叫什么名字？" asks for someone else's name
        return Composed(req.t("other", word=other[0]), False)
    return Composed(req.t(meeting=fact.value), True, fact.evidence)


@composer("organizer")
def organizer(req: Request) -> Composed:
    fact = req.facts.organizer
    if fact is None:
        return Composed(req.t("none"), False)
    return Composed(req.t(organizer=fact.value), True, fact.evidence)


@composer("theme")
def theme(req: Request) -> Composed:
    fact = req.facts.theme
    if fact is None:
        return Composed(req.msg("fallback"), False)
    text = req.t(theme=fact.value)
    slots = req.parse.slots
    asked = [*(slots.topic_terms), *slots.known_words, *slots.unknown_words]
    if req.parse.yes_no and asked:  # "会议主题是乡村振兴吗？"
        zh = [w for w in asked if re.search(r"[\u4e00-\u9fff]", w)] or list(slots.topic.terms if slots.topic else ())
        same = any(w in fact.value for w in zh)
        text = verdict(req, same, text)
    return Composed(text, True, fact.evidence)


@composer("not_reported")
def not_reported(req: Request) -> Composed:
    return Composed(req.t(), False)


def asked_units(text: str) -> tuple[str, ...]:
    """The units a question asks for ('多少人' -> 人, 名, 位 …); empty when it does not say."""
    genre = load_genre()
    text = text.replace("哪几", "哪")  # 哪几位 asks which ones, not how many
    kinds = [k for k, words in genre.unit_questions.items() if any(w in text for w in words)]
    if len(kinds) > 1 and "items" in kinds:  # 几个人 asks for people; 个 alone counts anything
        kinds.remove("items")
    units = tuple(u for k in kinds for u in genre.unit_kinds[k])
    classifier = re.search(rf"(?:多少|几)({'|'.join(map(re.escape, genre.units))})", text)
    if classifier and not any(classifier.group(1) in genre.unit_kinds[k] for k in kinds if k != "items"):
        # "几多间初创企业": the classifier itself (间), unless 个, which counts anything
        return units if classifier.group(1) == "个" else (classifier.group(1),)
    return units


def counts_in(text: str, units: tuple[str, ...] = ()) -> list[str]:
    """Figures in `text` ('50多家', '47.3亿元', '1.26万名'), only in `units` when given."""
    genre = load_genre()
    magnitude = "|".join(genre.magnitudes)
    unit = "|".join(re.escape(u) for u in genre.units)
    pattern = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:多|余)?(?:{magnitude})?(?:多|余)?({unit})"
    return [m.group() for m in re.finditer(pattern, text) if not units or m.group(1) in units]


@composer("figures")
def figures(req: Request) -> Composed:
    slots = req.parse.slots
    if re.search(r"哪几|哪些|哪家|哪个|which", req.parse.text):  # "哪几家银行推出了外贸贷？" asks for names
        return Composed(req.msg("which_not_listed"), False)
    research_words = req.knowledge.intent("research").keywords
    if req.facts.research and any(w in req.parse.text for w in research_words):
        return hand_over(req, "research", research)  # "How many companies did the research team visit?"
    units = asked_units(req.parse.text)
    counted = [s for s in req.facts.article.sentences if counts_in(s.text, units)]
    asking = {w for ws in load_genre().unit_questions.values() for w in ws} | set(req.intent.keywords)
    words, missing = article_words(req.parse.text, req.facts.article.text, asking | req.stopwords)
    if req.en:  # "township elderly care centres": the report's words for them, where it has them
        english = req.knowledge.lexicon.words_en
        words += [zh for en, zh in english.items()
                  if re.search(rf"\b{re.escape(en)}\b", req.parse.text) and zh in req.facts.article.text]
    topic = [t for t in (slots.topic.terms if slots.topic else ()) if re.search(r"[\u4e00-\u9fff]", t)]
    if not req.en and (missing or not (words or topic)):
        return Composed(req.t("none"), False)  # the question is about something the report lacks
    # Every word of the question must stand before a figure in the unit asked, in its sentence:
    # "…社会民生项目7个。" after the money figures does not say how much 社会民生项目 got.
    def answers(sentence: Sentence) -> bool:
        clauses = re.split(r"(?<=[，；：])", sentence.text)
        windows = ["".join(clauses[: i + 1]) for i, c in enumerate(clauses) if counts_in(c, units)]
        return any(all(w in window for w in words) for window in windows)

    chosen = [s for s in rank(counted, words or topic, topic) if not words or answers(s)]
    if not chosen and req.en and not words and units and len(counted) == 1:
        chosen = counted  # "How many days…?": the one figure of that kind in the report
    if not chosen:
        return Composed(req.t("none"), False)
    chosen = sorted(chosen[:2], key=lambda s: (s.paragraph, s.index))
    return Composed(req.t() + "\n" + "\n".join("· " + s.text for s in chosen), True, tuple(chosen))


@composer("research")
def research(req: Request) -> Composed:
    found = req.facts.research
    if found is None:
        return Composed(req.t("none"), False)
    parts: dict[str, list[str]] = req.intent.reply.get("parts", {})
    asked = [part for part, cues in parts.items() if any(c in req.parse.text for c in cues)]
    lines: list[str] = []
    sep = ", " if req.en else "、"
    if "cities" in asked:
        for kind in ("市", "地", "县", "区"):
            if kind in found.lists:
                lines.append(sep.join(found.lists[kind]) + ("" if req.en else f"等{kind}"))
    if "provinces" in asked and "省" in found.lists:
        lines.append(sep.join(found.lists["省"]) + ("" if req.en else "等省"))
    if "counts" in asked:
        units = asked_units(req.parse.text)
        counts = [c for s in found.sentences for c in counts_in(s.text, units)] if units else list(found.counts)
        if not counts:
            return Composed(req.knowledge.intent("figures").template("none", req.script), False)
        lines.append(sep.join(dict.fromkeys(counts)))
    evidence = found.sentences
    if lines:
        head = req.t()
        evidence = (
            tuple(
                s
                for s in found.sentences
                if any(x.split("、")[0].split(",")[0] in s.text for x in lines)
            )
            or found.sentences
        )
        return Composed(
            head
            + ("；".join(lines) if not req.en else "; ".join(lines))
            + "\n"
            + "\n".join("· " + s.text for s in evidence[:1]),
            True,
            evidence[:1],
        )
    return Composed(
        req.t() + "\n" + "\n".join("· " + s.text for s in found.sentences), True, found.sentences
    )


def first_clause(text: str, limit: int = 0) -> str:
    """The first clause of a statement; with `limit`, as many clauses as fit in it."""
    clauses = re.split(r"(?<=[，；])", text.rstrip("。"))
    out = clauses[0]
    for clause in clauses[1:]:
        if len(out) + len(clause) > limit:
            break
        out += clause
    return out.rstrip("，；")


@composer("summary")
def summary(req: Request) -> Composed:
    f = req.facts
    parts: list[str] = []
    evidence: list[Sentence] = []
    lead = "，".join(
        x
        for x in (
            f.date.value if f.date else "",
            (f.meeting.value if f.meeting else "会议")
            + (f"在{f.place.value}召开" if f.place else "召开"),
        )
        if x
    )
    parts.append(lead + "。")
    for fact in (f.date, f.meeting, f.place):
        if fact:
            evidence.extend(fact.evidence)
    if f.theme:
        parts.append(f"主题是“{f.theme.value}”。")
        evidence.extend(f.theme.evidence)
    roster = [
        f"{p.title}{p.name}{'并'.join(p.actions[:2])}"
        for p in f.people
        if {"讲话", "主持"} & set(p.actions)
    ]
    if roster:
        parts.append("，".join(roster) + "。")
    for st in [s for s in f.statements if s.group and s.speaker != load_genre().meeting_speaker][:1]:
        parts.append(st.sentence.text)
        evidence.append(st.sentence)
    for name in speakers(f)[:3]:
        said = f.said_by(name)
        if said:
            runs = [st for st in said if st.text.startswith("要")]  # a run of 要… points
            points = [first_clause(st.text) for st in runs] or [first_clause(said[0].text, 60)]
            verb = runs[-1].verb if runs else said[0].verb
            parts.append(f"{name}{verb}：" + "；".join(points[:6]) + "。")
            evidence.extend(st.sentence for st in said)
    if f.research:
        parts.append(f.research.sentences[0].text)
        evidence.append(f.research.sentences[0])
    body = "".join(parts)
    if req.en:
        body = "Summary of the report (in its own words):\n" + body
    return Composed(body, True, evidence_of(evidence))


@composer("greeting")
def greeting(req: Request) -> Composed:
    meeting = req.facts.meeting.value if req.facts.meeting else ""
    examples = req.msg("examples")
    text = (
        req.t(meeting=meeting)
        + "\n"
        + req.msg("try_asking")
        + "\n"
        + "\n".join("· " + e for e in examples)
    )
    return Composed(text, True)
