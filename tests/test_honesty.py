"""The worst failure is a confident wrong answer: near-misses must be refused or corrected.

Each row pairs a question with what any correct answer must (or must not) say, for the
seed report; the phrasings are the kind real users sent in trials, not the dev set's.
"""

from __future__ import annotations

import pytest
from helpers import new_key, shared_engine

from bot.engine import Engine
from bot.scripts import to_simplified


@pytest.fixture(scope="module")
def engine() -> Engine:
    return shared_engine()


REFUSED = [
    "有提到芯片吗",  # a word of the 算力 topic group, but not in the report
    "提到新能源了吗",  # 能源 is in the report, 新能源 is not
    "有提到金融科技吗",
    "会议提到数据安全了吗",
    "王伟中提到了房地产吗",
    "参会人数是多少？",
    "调研组一共有多少人？",  # the report counts firms, not people
    "粤商代表叫什么名字？",
    "林克庆是哪里人",
    "这个政策啥时候落地",
    "下次会议什么时候开",
    "会议是哪一年开的",
    "哪家企业发言了",
    "企业家代表关于监管说了什么",
    "马化腾参加会议了吗？",
    "市长来了吗",
    "Did Jack Ma attend the meeting?",
]


@pytest.mark.parametrize("question", REFUSED, ids=REFUSED)
def test_what_the_report_does_not_say_is_refused(engine: Engine, question: str) -> None:
    reply = engine.ask(question, new_key())
    assert reply.answered is False, reply.text
    assert reply.text.strip()


VERDICTS = [
    ("温国辉是省长吗", "不是"),
    ("温国辉是省政府副主席吗", "不是"),
    ("林克庆是省政协主席吗", "是的"),
    ("Is 林克庆 the governor?", "No"),
    ("会议主题是乡村振兴吗", "不是"),
    ("会议主题是人工智能吗", "是的"),
    ("是不是8月开的", "不是"),
    ("是7月11号开的吧", "是的"),
    ("was it held on the 10th?", "No"),
    ("Was it held in Guangzhou?", "Yes"),
    ("Was the meeting held in Shenzhen?", "No"),
    ("会议在深圳开的吗", "不是"),
    ("林克庆主持会议了吗？", "是的"),
]


@pytest.mark.parametrize(("question", "verdict"), VERDICTS, ids=[q for q, _ in VERDICTS])
def test_yes_no_questions_get_a_verdict(engine: Engine, question: str, verdict: str) -> None:
    reply = engine.ask(question, new_key())
    assert reply.answered, reply.text
    assert reply.text.startswith(verdict) or to_simplified(reply.text).startswith(verdict), reply.text


def test_a_place_more_specific_than_the_report_gets_no_false_yes(engine: Engine) -> None:
    for question in ("会议在广州市政府开的吗", "会议是在广东召开的吗"):
        reply = engine.ask(question, new_key())
        assert not reply.text.startswith(("是的", "不是")), reply.text
        assert "广州" in reply.text


ANSWERED = [
    ("主持人讲了些什么", "希望企业家们"),
    ("省长说了什么", "王伟中"),
    ("Who is Wang Weizhong?", "省长"),
    ("What did the governor stress?", "风险投资"),
    ("tell me about the governor", "王伟中"),
    ("邊個係省長", "王偉中"),
    ("會議喺邊度開㗎", "廣州"),
    ("会上整了啥", "王伟中"),
    ("王伟忠强调了什么", "政策供给"),
    ("陈民是谁", "省政府秘书长"),
    ("那时间呢", "7月11日"),
    ("关于融资说了什么", "风险投资"),
]


@pytest.mark.parametrize(("question", "fact"), ANSWERED, ids=[q for q, _ in ANSWERED])
def test_colloquial_and_indirect_questions_are_answered(engine: Engine, question: str, fact: str) -> None:
    reply = engine.ask(question, new_key())
    assert reply.answered, reply.text
    assert fact in reply.text, reply.text


def test_a_neutral_follow_up_keeps_a_traditional_conversation_traditional(engine: Engine) -> None:
    key = new_key()
    engine.ask("關於金融說了什麼？", key)
    reply = engine.ask("那人才呢", key)
    assert reply.script == "hant" and "人才" in reply.text and to_simplified(reply.text) != reply.text


def test_plural_pronouns_do_not_bind_to_the_last_person(engine: Engine) -> None:
    key = new_key()
    engine.ask("温国辉是谁？", key)
    reply = engine.ask("他们有提到医疗吗", key)
    assert "温国辉" not in reply.text


def test_several_people_in_one_question_are_each_answered(engine: Engine) -> None:
    reply = engine.ask("王伟中和林克庆分别是什么职务", new_key())
    assert "省长" in reply.text and "省政协主席" in reply.text
    said = engine.ask("王伟中和林克庆都讲了啥", new_key())
    assert "风险投资" in said.text and "希望企业家们" in said.text
    assert "谈到林克庆" not in said.text


def test_who_did_not_speak_and_who_else_spoke(engine: Engine) -> None:
    quiet = engine.ask("谁没讲话", new_key()).text
    assert all(name in quiet for name in ("温国辉", "陈敏", "陈文明"))
    assert "王伟中" not in quiet
    others = engine.ask("除了王伟中还有谁讲话了", new_key()).text
    assert "林克庆" in others and "王伟中" not in others


WHOSE_WORDS = [
    ("谁提出锚定主赛道", "林克庆", None),
    ("谁强调要发展风险投资", "王伟中", None),
    ("王伟中要求企业家牢牢把握发展大势吗", "林克庆", "不是"),
    ("林克庆说要发展风险投资吗", "王伟中", "不是"),
    ("王伟中说要坚持包容审慎监管吗", "包容审慎", "是的"),
]


@pytest.mark.parametrize(("question", "fact", "verdict"), WHOSE_WORDS, ids=[q for q, _, _ in WHOSE_WORDS])
def test_words_are_given_to_whoever_said_them(engine: Engine, question: str, fact: str, verdict: str | None) -> None:
    reply = engine.ask(question, new_key())
    assert reply.answered and fact in reply.text, reply.text
    if verdict:
        assert reply.text.startswith(verdict), reply.text


def test_speech_acts_and_premises_the_report_contradicts(engine: Engine) -> None:
    assert not engine.ask("王伟中在座谈会上批评了哪些部门", new_key()).answered
    corrected = engine.ask("省长林克庆主持了会议吗", new_key()).text
    assert "省政协主席" in corrected and "不是省长" in corrected
    elsewhere = engine.ask("7月11日在深圳召开的座谈会是谁主持的", new_key()).text
    assert "广州" in elsewhere and "林克庆" in elsewhere
    timed = engine.ask("会议是7月11日上午召开的吗", new_key()).text
    assert not timed.startswith("是的") and "上午" in timed
