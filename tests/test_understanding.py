"""Questions to intents and slots, in Simplified, Traditional and English; scripts; context; refusals."""

from __future__ import annotations

import re

import pytest
import yaml
from helpers import INTENTS, new_key, shared_engine, squash

from bot import Engine
from bot.scripts import EN, HANS, HANT, detect, to_simplified
from bot.understanding import Parse


@pytest.fixture(scope="module")
def engine() -> Engine:
    return shared_engine()


def _parse(engine: Engine, question: str) -> Parse:
    return engine.parse(question)


# --- question -> intent ------------------------------------------------------------------

INTENT_TABLE = [
    # when / where / what
    ("会议几号开的", "date"),
    ("啥时候开的会", "date"),
    ("會議是哪天舉行的？", "date"),
    ("When did the meeting take place?", "date"),
    ("开会地点在哪儿", "place"),
    ("這次座談會在哪個城市開？", "place"),
    ("Which city hosted the meeting?", "place"),
    ("这个会全称叫啥", "meeting_name"),
    ("What was the meeting called?", "meeting_name"),
    ("会议围绕什么主题", "theme"),
    ("座談會的主題是什麼", "theme"),
    ("What was the meeting about?", "theme"),
    # people
    ("都谁来了", "attendees"),
    ("有哪些領導出席？", "attendees"),
    ("Who was present?", "attendees"),
    ("会是谁主持的呀？？", "chair"),
    ("主持會議的是誰", "chair"),
    ("Who presided?", "chair"),
    ("谁讲话了", "speakers"),
    ("Who gave a speech?", "speakers"),
    ("陈敏是干啥的", "person_role"),
    ("林克慶是什麼職務", "person_role"),
    ("谁是省政协副主席", "role_holder"),
    ("省政府秘書長是誰？", "role_holder"),
    # what was said
    ("王伟中在会上强调了哪些方面", "statements"),
    ("林克庆讲了啥", "statements"),
    ("關於人才說了什麼", "topic"),
    ("风投方面有啥说法", "topic"),
    ("Anything on regulation?", "topic"),
    ("企业家们提了什么意见", "group_views"),
    ("What did the entrepreneurs suggest?", "group_views"),
    # research, summary, small talk, not reported
    ("会前去哪儿调研了", "research"),
    ("Which cities did the research team visit?", "research"),
    ("给我概括一下", "summary"),
    ("Give me an overview", "summary"),
    ("你好", "greeting"),
    ("What can you do?", "greeting"),
    ("会开了多久", "not_reported"),
    ("How long did it last?", "not_reported"),
]


@pytest.mark.parametrize(("question", "intent"), INTENT_TABLE, ids=[q for q, _ in INTENT_TABLE])
def test_question_intent(engine: Engine, question: str, intent: str) -> None:
    reply = engine.ask(question, conversation=new_key())
    assert reply.intent == intent, reply.text
    assert reply.text.strip()


def _intent_examples() -> list[tuple[str, str, str]]:
    """Every example of intents/*.yaml with its slots filled from the seed's facts."""
    fill = {HANS: {"person": "王伟中", "topic": "金融", "role": "省长", "place": "广州", "date": "7月11日"}}
    fill[HANT] = {**fill[HANS], "person": "王偉中", "topic": "金融"}
    fill[EN] = {**fill[HANS], "topic": "finance", "date": "July 11"}
    out = []
    for file in sorted(INTENTS.glob("*.yaml")):
        for intent in (yaml.safe_load(file.read_text(encoding="utf-8")) or {}).get("intents") or []:
            for script, examples in intent["examples"].items():
                for example in examples:
                    out.append((intent["name"], script, str(example).format(**fill[script])))
    return out


EXAMPLES = _intent_examples()


@pytest.mark.parametrize(
    ("intent", "script", "question"), EXAMPLES, ids=[f"{i}-{q}" for i, _, q in EXAMPLES]
)
def test_every_intent_example_is_recognised(
    engine: Engine, intent: str, script: str, question: str
) -> None:
    reply = engine.ask(question, conversation=new_key())
    assert reply.intent == intent, f"{question!r} -> {reply.intent}: {reply.text[:80]}"


# --- typos and colloquial forms ----------------------------------------------------------------

TYPOS = [
    ("王伟忠是谁？", "王伟中", "省长"),
    ("王偉忠說了什麼？", "王伟中", "风险投资"),
    ("陈文民是什么职务", "陈文明", "省政协秘书长"),
    ("温国晖参加了吗", "温国辉", "参加"),
    ("林克青主持会议了吗", "林克庆", "主持"),
]


@pytest.mark.parametrize(("question", "name", "fact"), TYPOS, ids=[q for q, _, _ in TYPOS])
def test_a_misspelt_name_is_recognised(engine: Engine, question: str, name: str, fact: str) -> None:
    parse = _parse(engine, question)
    assert parse.slots.person == name and parse.slots.person_guess
    reply = engine.ask(question, conversation=new_key())
    assert reply.answered
    assert name in squash(reply.text) and fact in squash(reply.text)


@pytest.mark.parametrize("question", ["王大人说了什么", "张伟是谁"], ids=["王大人", "张伟"])
def test_an_unrelated_name_is_not_taken_for_a_participant(engine: Engine, question: str) -> None:
    parse = _parse(engine, question)
    assert parse.slots.person is None and not parse.slots.person_guess
    reply = engine.ask(question, conversation=new_key())
    assert not reply.answered
    assert "王伟中" not in reply.text and "没有提到" in reply.text


# --- slots -------------------------------------------------------------------------------------

SLOTS = [
    ("王伟中说了什么", "person", "王伟中"),
    ("What did 王伟中 say?", "person", "王伟中"),
    ("林克慶是誰", "person", "林克庆"),
    ("谁是省长", "role", "省长"),
    ("省政協主席是誰", "role", "省政协主席"),
    ("关于风投说了什么", "topic", "finance"),
    ("What was said about venture capital?", "topic", "finance"),
    ("關於監管說了什麼", "topic", "regulation"),
    ("那人才呢", "topic", "talent"),
    ("座谈会是在深圳开的吗", "place", "深圳"),
    ("会议是7月11日开的吗", "date", "7月11日"),
]


@pytest.mark.parametrize(("question", "slot", "value"), SLOTS, ids=[q for q, _, _ in SLOTS])
def test_slot_filling(engine: Engine, question: str, slot: str, value: str) -> None:
    slots = _parse(engine, question).slots
    found = getattr(slots, slot)
    if slot == "topic":
        assert found is not None and found.key == value
    elif slot == "date":
        assert found is not None and found.text == value
    else:
        assert found == value


CHECKS = [
    ("会议是在深圳召开的吗？", "不是", "广州"),
    ("座谈会是不是在深圳开的", "不是", "广州"),
    ("会议是在深圳开的没有？", "不是", "广州"),
    ("会议是在广州开的吗？", "是的", "广州"),
    ("Was the meeting held in Shenzhen?", "No", "广州"),
    ("会议是7月12日开的吗？", "不是", "7月11日"),
    ("会议是7月11日开的吗？", "是的", "7月11日"),
    ("Was the meeting held on July 12?", "No", "7月11日"),
    ("王伟中主持会议了吗？", "不是", "林克庆"),
]


@pytest.mark.parametrize(("question", "verdict", "fact"), CHECKS, ids=[q for q, _, _ in CHECKS])
def test_a_yes_no_check_is_confirmed_or_corrected(
    engine: Engine, question: str, verdict: str, fact: str
) -> None:
    reply = engine.ask(question, conversation=new_key())
    assert reply.answered
    assert reply.text.startswith(verdict), reply.text
    assert fact in reply.text


@pytest.mark.parametrize(
    ("question", "affirm"),
    [
        ("温国辉参加了吗？", "是的"),
        ("林克庆主持会议了吗？", "是的"),
        ("王伟中讲话了吗？", "是的"),
        ("Did 林克庆 chair the meeting?", "Yes"),
    ],
    ids=["attended", "chaired", "spoke", "en-chaired"],
)
def test_a_yes_no_question_gets_a_yes(engine: Engine, question: str, affirm: str) -> None:
    reply = engine.ask(question, conversation=new_key())
    assert reply.answered
    text = re.sub(r"^（按“[^”]*”理解。）", "", reply.text)  # a typo note may come first
    assert text.startswith(affirm), reply.text


# --- scripts -------------------------------------------------------------------------------------

DETECT = [
    ("谁主持了会议？", HANS),
    ("誰主持了會議？", HANT),
    ("会议在哪裡开的", HANT),
    ("Who chaired the meeting?", EN),
    ("OK", EN),
    ("123", HANS),
    ("", HANS),
    ("🙂🙂", HANS),
    ("a", HANS),
    ("会议 meeting", HANS),
    ("这期班的class teacher是谁？", HANS),  # (English words inside a Chinese sentence)
    ("What about 人工智能 then?", EN),
]


@pytest.mark.parametrize(("text", "script"), DETECT, ids=[t or "empty" for t, _ in DETECT])
def test_script_detection(text: str, script: str) -> None:
    assert detect(text) == script


SCRIPTED = [
    ("誰主持了會議？", "林克庆"),
    ("王偉中是什麼職務？", "省长"),
    ("關於金融說了什麼？", "风险投资"),
    ("調研去了哪些城市？", "韶关"),
    ("會議開了多長時間？", "报道"),
]


@pytest.mark.parametrize(("question", "fact"), SCRIPTED, ids=[q for q, _ in SCRIPTED])
def test_traditional_in_traditional_out(engine: Engine, question: str, fact: str) -> None:
    reply = engine.ask(question, conversation=new_key())
    assert reply.script == HANT
    assert to_simplified(reply.text) != reply.text, reply.text
    assert fact in squash(reply.text)
    for evidence in reply.evidence:
        assert to_simplified(evidence.text) != evidence.text


@pytest.mark.parametrize(
    "question",
    ["谁主持了会议？", "关于金融说了什么？", "会议开了多长时间？", "总结一下这次会议"],
)
def test_simplified_in_simplified_out(engine: Engine, question: str) -> None:
    reply = engine.ask(question, conversation=new_key())
    assert reply.script == HANS
    assert to_simplified(reply.text) == reply.text


ENGLISH = [
    ("Who chaired the meeting?", "chaired", "林克庆"),
    ("When was the meeting held?", "July 11", "7月11日"),
    ("Where was the meeting held?", "held in", "广州"),
    ("What was said about finance?", "finance", "风险投资"),
    ("How long did the meeting last?", "does not", None),
    ("Who is 王伟中?", "At the meeting", "省长"),
    ("What did 林克庆 say?", None, "希望企业家们"),
]


@pytest.mark.parametrize(("question", "frame", "fact"), ENGLISH, ids=[q for q, _, _ in ENGLISH])
def test_english_in_english_frame(
    engine: Engine, question: str, frame: str | None, fact: str | None
) -> None:
    reply = engine.ask(question, conversation=new_key())
    assert reply.script == EN, f"{question!r} answered in {reply.script}: {reply.text[:60]}"
    if frame:
        assert frame in reply.text
    if fact:
        assert fact in reply.text  # facts stay as the report words them
    first_line = reply.text.splitlines()[0]
    assert re.search(r"[A-Za-z]{3,}", first_line), reply.text  # the frame is English
    frame_lines = "\n".join(line for line in reply.text.splitlines() if not line.startswith("· "))
    assert not any(word in frame_lines for word in ("报道", "会议于", "关于")), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "Who was present?",
        "How many companies were surveyed?",
        "Which cities did the research team visit?",
    ],
)
def test_english_replies_are_spaced_like_english(engine: Engine, question: str) -> None:
    text = engine.ask(question, conversation=new_key()).text
    assert " ," not in text, text
    assert not re.search(r"[A-Za-z]:[^\s/]", text), text


# --- conversations ----------------------------------------------------------------------------------

FOLLOW_UPS = [
    (
        ["王伟中是谁？", "他强调了什么？"],
        "statements",
        ["王伟中", "政策供给", "包容审慎"],
        ["林克庆指出"],
    ),
    (["关于金融说了什么？", "那人才呢？"], "topic", ["人才引进培育"], ["关于金融"]),
    (["关于金融说了什么？", "那人才呢？", "监管呢？"], "topic", ["包容审慎"], ["关于人才"]),
    (["林克庆是谁？", "他说了什么？"], "statements", ["希望企业家们"], ["王伟中强调"]),
    (["林克庆是谁？", "那王伟中呢？"], None, ["王伟中"], []),
    (["王偉中是誰？", "他強調了什麼？"], "statements", ["政策供给"], []),
    (["What was said about finance?", "What about talent?"], "topic", ["talent"], ["On finance"]),
    (["谁主持了会议？", "他是什么职务？"], "person_role", ["林克庆", "省政协主席"], []),
    (["谁是省政府秘书长？", "他参加会议了吗？"], "attendees", ["陈敏"], ["王伟中"]),
]


@pytest.mark.parametrize(
    ("turns", "intent", "must", "must_not"),
    FOLLOW_UPS,
    ids=[" → ".join(t) for t, _, _, _ in FOLLOW_UPS],
)
def test_follow_up_in_one_conversation(
    engine: Engine, turns: list[str], intent: str | None, must: list[str], must_not: list[str]
) -> None:
    key = new_key("follow-up")
    for turn in turns:
        reply = engine.ask(turn, conversation=key)
    assert reply.answered, reply.text
    if intent:
        assert reply.intent == intent
    text = squash(reply.text)
    for word in must:
        assert squash(word) in text, (word, reply.text[:120])
    for word in must_not:
        assert squash(word) not in text, (word, reply.text[:120])


def test_conversations_do_not_share_context(engine: Engine) -> None:
    alice, bob = new_key("alice"), new_key("bob")
    assert engine.ask("王伟中是谁？", conversation=alice).answered
    other = engine.ask("他强调了什么？", conversation=bob)
    assert not other.answered
    assert "政策供给" not in other.text
    mine = engine.ask("他强调了什么？", conversation=alice)
    assert mine.answered and "政策供给" in mine.text


def test_topic_context_does_not_leak_between_conversations(engine: Engine) -> None:
    alice, bob = new_key("alice"), new_key("bob")
    engine.ask("关于金融说了什么？", conversation=alice)
    reply = engine.ask("那人才呢？", conversation=bob)
    # Bob never asked about topics; he still gets talent (the word is there), not finance.
    assert "风险投资" not in reply.text


def test_last_reply_is_kept_per_conversation(engine: Engine) -> None:
    alice, bob = new_key("alice"), new_key("bob")
    first = engine.ask("谁主持了会议？", conversation=alice)
    engine.ask("会议在哪里召开？", conversation=bob)
    assert engine.last_reply(alice) == first
    assert engine.last_reply(bob) is not None and engine.last_reply(bob).intent == "place"


# --- what the report does not say ---------------------------------------------------------------------

UNANSWERABLE = [
    ("今天天气怎么样？", ["报道", "没"]),
    ("明天会下雨吗", ["报道", "没"]),
    ("What's the weather like in Guangzhou?", ["does not"]),
    ("马化腾是谁？", ["马化腾", "没有提到"]),
    ("马化腾参加会议了吗", ["马化腾", "没有提到"]),
    ("谁是省委书记？", ["省委书记", "没有"]),
    ("粤商代表叫什么名字？", ["没有"]),
    ("会议投资总额是多少？", ["没有"]),
    ("参会人数是多少？", ["没有"]),
    ("调研组一共有多少人？", ["没有"]),
    ("How many people attended?", ["no such figure"]),
    ("会议是几点开始的", ["没有"]),
    ("会议持续了几个小时？", ["没有"]),
    ("What's the capital of France?", ["does not"]),
]


@pytest.mark.parametrize(("question", "says"), UNANSWERABLE, ids=[q for q, _ in UNANSWERABLE])
def test_unanswerable_questions_are_refused(engine: Engine, question: str, says: list[str]) -> None:
    reply = engine.ask(question, conversation=new_key())
    assert reply.answered is False, f"{question!r} -> {reply.intent}: {reply.text[:100]}"
    # a refusal may quote what the report does say of the one asked about (粤商代表们…建言献策)
    assert not reply.evidence or reply.intent in ("statements", "person_role", "group_views", "speakers", "attendees")
    for word in says:
        assert word in reply.text, (word, reply.text)


def test_refusals_name_the_unknown_word(engine: Engine) -> None:
    reply = engine.ask("关于元宇宙说了什么？", conversation=new_key())
    assert not reply.answered
    assert "元宇宙" in reply.text


def test_every_answer_cites_sentences_of_the_article(engine: Engine) -> None:
    sentences = {(s.paragraph, s.index): s.text for s in engine.meeting().facts.article.sentences}
    for question in (
        "谁主持了会议？",
        "关于金融说了什么？",
        "调研去了哪些城市？",
        "王伟中是谁？",
        "会议在哪里召开？",
    ):
        reply = engine.ask(question, conversation=new_key())
        assert reply.answered and reply.evidence, question
        for e in reply.evidence:
            assert sentences[(e.paragraph, e.sentence)] == e.text


def test_confidence_and_runner_up_are_reported(engine: Engine) -> None:
    reply = engine.ask("谁主持了会议？", conversation=new_key())
    assert 0.0 < reply.confidence <= 1.0
    assert reply.runner_up is not None and reply.runner_up[0] != reply.intent
    assert reply.runner_up[1] <= reply.confidence


def test_suggestions_are_in_the_script_of_the_question(engine: Engine) -> None:
    reply = engine.ask("誰主持了會議？", conversation=new_key())
    assert reply.suggestions
    assert all(to_simplified(s) != s for s in reply.suggestions if re.search(r"[\u4e00-\u9fff]", s))
    english = engine.ask("Who chaired the meeting?", conversation=new_key())
    assert english.suggestions and all(detect(s) == EN for s in english.suggestions)


@pytest.mark.parametrize(
    ("short", "long", "shortens"),
    [
        ("营收", "营业收入", True),
        ("可研报告", "可行性研究报告", True),
        ("民企", "民营企业", True),
        ("起降", "起飞降落", True),
        ("学生", "学校卫生", False),  # 生 begins no word of 学校卫生
        ("收入", "营业收入", False),  # the first character must begin the full form
        ("营业", "营业收入", False),  # a piece of the word is no short form of it
    ],
)
def test_a_short_form_takes_the_first_character_of_each_word(engine: Engine, short: str, long: str, shortens: bool) -> None:
    from bot.understanding.shorts import abbreviates

    seg = engine.understanding.segmenter
    assert abbreviates(short, long, lambda w: len(w) >= 2 and seg.is_common(w)) is shortens


@pytest.mark.parametrize(
    ("question", "script"),
    [("Kinetica Labs那个项目投了多少钱？", HANS), ("What about 人工智能的资金支持？", EN), ("Did 王伟中 attend?", EN)],
)
def test_a_brand_before_chinese_is_no_english_question(question: str, script: str) -> None:
    assert detect(question) == script
