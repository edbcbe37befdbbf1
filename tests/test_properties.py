"""Properties of engine.ask over arbitrary input: it never raises and always says something."""

from __future__ import annotations

import time

from helpers import DEV_SET, new_key, shared_engine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import Reply
from bot.engine import MAX_INPUT_CHARS
from bot.evaluate import load_cases
from bot.scripts import HANS, HANT, SCRIPTS, detect, name_forms, render, to_traditional

MAX_SECONDS_PER_ASK = 1.0  # generous on a 2-core machine; a typical ask takes milliseconds
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SENTENCES = {(s.paragraph, s.index) for s in shared_engine().meeting().facts.article.sentences}
QUESTIONS = [
    "谁主持了会议？",
    "会议在哪里召开？",
    "关于金融说了什么？",
    "王伟中是谁？",
    "Who chaired the meeting?",
    "调研去了哪些城市？",
]
# the first questions pay the engine's one-time builds (its clause index, its repair maps), untimed: cold start is measured by
# `make bench`, not here; the timed asks below are each question's own cost
for _question in QUESTIONS:
    shared_engine().ask(_question, conversation=new_key("warm-up"))


def ask(question: object) -> Reply:
    started = time.perf_counter()
    reply = shared_engine().ask(question, conversation=new_key("property"))  # type: ignore[arg-type]
    elapsed = time.perf_counter() - started
    assert elapsed < MAX_SECONDS_PER_ASK, f"{elapsed:.2f}s for {str(question)[:40]!r}"
    return reply


def assert_sane(reply: Reply) -> None:
    assert isinstance(reply, Reply)
    assert isinstance(reply.text, str) and reply.text.strip()
    assert isinstance(reply.answered, bool)
    assert reply.script in SCRIPTS
    assert 0.0 <= reply.confidence <= 1.0
    for e in reply.evidence:
        assert (e.paragraph, e.sentence) in SENTENCES
    if reply.answered:
        assert reply.intent is not None


@PROPERTY
@given(st.text())
def test_any_text_gets_a_reply(question: str) -> None:
    assert_sane(ask(question))


@FEW
@given(
    st.integers(MAX_INPUT_CHARS + 1, 10_000),
    st.sampled_from(["会", "a", "谁主持了会议？", "😀", " x"]),
)
def test_very_long_messages_are_declined_politely(size: int, unit: str) -> None:
    question = (unit * (size // len(unit) + 1))[:size]
    reply = ask(question)
    assert_sane(reply)
    assert not reply.answered
    assert str(size) in reply.text  # says how long the message was


def test_a_ten_thousand_character_question() -> None:
    reply = ask("谁主持了会议？" * 1430)
    assert_sane(reply)
    assert not reply.answered and "10010" in reply.text


@PROPERTY
@given(st.text(alphabet=st.sampled_from("😀🎉👍🏽❤️🇨🇳🤖✨🔥🙏‍\ufe0f"), min_size=1, max_size=30))
def test_emoji_only(question: str) -> None:
    reply = ask(question)
    assert_sane(reply)
    assert not reply.answered


@PROPERTY
@given(st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), max_size=40))
def test_control_and_space_characters_only(question: str) -> None:
    reply = ask(question)
    assert_sane(reply)
    assert not reply.answered


@PROPERTY
@given(st.text(alphabet=" \t\n\r\u3000\u00a0\u2003\u2028", max_size=50))
def test_whitespace_only_asks_for_a_question(question: str) -> None:
    reply = ask(question)
    assert_sane(reply)
    assert not reply.answered and reply.intent is None
    assert reply.text == ask("").text


@PROPERTY
@given(
    st.sampled_from(QUESTIONS),
    st.text(alphabet=st.characters(categories=["Cc", "Cf"]), min_size=1, max_size=5),
)
def test_control_characters_inside_a_question_are_ignored(question: str, noise: str) -> None:
    middle = len(question) // 2
    noisy = question[:middle] + noise + question[middle:]
    plain, reply = ask(question), ask(noisy)
    assert_sane(reply)
    assert (reply.intent, reply.answered) == (plain.intent, plain.answered)


MARKUP = [
    "<b>{}</b>",
    "<i>{}</i>",
    "<script>{}</script>",
    '<a href="https://example.org">{}</a>',
    "<p>{}</p><br/>",
    "**{}**",
    "_{}_",
    "`{}`",
    "~~{}~~",
    "> {}",
    "# {}",
    "[{}](https://example.org)",
    "{} <!-- x -->",
    "&lt;{}&gt;",
]


@PROPERTY
@given(st.sampled_from(QUESTIONS), st.sampled_from(MARKUP))
def test_markup_is_not_interpreted(question: str, wrapper: str) -> None:
    plain, marked = ask(question), ask(wrapper.format(question))
    assert_sane(marked)
    assert marked.answered and marked.intent == plain.intent, (wrapper, marked.text[:80])
    assert marked.evidence == plain.evidence


def test_html_tags_around_a_question_change_nothing() -> None:
    assert ask("<b>谁主持</b>").text == ask("谁主持").text
    assert ask("<script>谁主持了会议？</script>").text == ask("谁主持了会议？").text


@PROPERTY
@given(
    st.text(
        alphabet=st.sampled_from("会议谁主持會議誰主持王伟中偉的了吗？?abcWho is chair 123，。!🙂"),
        max_size=40,
    )
)
def test_mixed_scripts(question: str) -> None:
    reply = ask(question)
    assert_sane(reply)
    assert reply.script == detect(question[:MAX_INPUT_CHARS])


@PROPERTY
@given(st.text(max_size=60))
def test_the_same_question_gets_the_same_reply_in_fresh_conversations(question: str) -> None:
    assert ask(question) == ask(question)


SIMPLIFIED_QUESTIONS = [
    c["q"] for c in load_cases(DEV_SET) if "q" in c and detect(c["q"]) == "hans"
]


@PROPERTY
@given(st.sampled_from(SIMPLIFIED_QUESTIONS))
def test_a_traditional_question_means_the_same(question: str) -> None:
    simplified, traditional = ask(question), ask(to_traditional(question))
    assert traditional.script == "hant"
    assert (traditional.intent, traditional.answered) == (simplified.intent, simplified.answered)
    assert [(e.paragraph, e.sentence) for e in traditional.evidence] == [
        (e.paragraph, e.sentence) for e in simplified.evidence
    ]


def test_a_non_string_question_is_treated_as_empty() -> None:
    reply = ask(None)
    assert_sane(reply)
    assert not reply.answered and reply.text == ask("").text


def test_a_traditional_reply_writes_names_as_names() -> None:
    """The converter reads 游 and 于 as words (遊, 於); in a name they stay what they are."""
    forms = name_forms(["游慧心", "于建国", "王伟中"], frozenset("游于"))
    assert forms == {"遊慧心": "游慧心", "於建國": "于建國"}
    assert render("游慧心与于建国出席。", HANT, forms) == "游慧心與于建國出席。"
    assert render("游慧心出席。", HANS, forms) == "游慧心出席。"
