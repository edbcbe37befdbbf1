"""The Telegram channel end to end: the real Application against the local Bot API stand-in.

Every test queues real-shaped updates, lets python-telegram-bot poll them, and asserts on
the requests the bot made (what a Telegram user would see).
"""

from __future__ import annotations

from typing import Any

import pytest
from botapi_standin import BotAPIStandIn, Call
from helpers import REPORTS, SEED, shared_engine

from bot.engine import Engine
from bot.models import Reply

uses_bot = pytest.mark.usefixtures("telegram_app")  # the seed engine, no allowlist
BOT = "@meeting_qa_bot"


def buttons(call: Call) -> list[dict[str, Any]]:
    markup = call.params.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


async def settle(api: BotAPIStandIn) -> None:
    """Updates are handled in order: once a later private question is answered, all
    earlier updates have been handled (so silence can be asserted)."""
    _, message = api.private("谁主持了会议？")
    await api.wait_for(
        "sendMessage", where=lambda c: int(c.params["chat_id"]) == message["chat"]["id"]
    )


# -- private chat ---------------------------------------------------------------------


@uses_bot
async def test_a_private_question_is_answered_from_the_article(bot_api: BotAPIStandIn) -> None:
    _, question = bot_api.private("谁主持了会议？")
    [answer] = await bot_api.wait_for("sendMessage")
    assert int(answer.params["chat_id"]) == question["chat"]["id"]
    assert "林克庆" in answer.text
    assert answer.params["parse_mode"] == "HTML"
    assert "reply_parameters" not in answer.params  # no quoting needed in a private chat
    follow_ups = buttons(answer)
    assert 2 <= len(follow_ups) <= 3
    assert all(len(b["callback_data"].encode()) <= 64 for b in follow_ups)


@uses_bot
async def test_traditional_question_gets_a_traditional_answer(bot_api: BotAPIStandIn) -> None:
    bot_api.private("誰主持了會議？")
    [answer] = await bot_api.wait_for("sendMessage")
    assert "林克慶" in answer.text


@uses_bot
async def test_start_welcomes_with_example_questions_and_the_menu_is_registered(
    bot_api: BotAPIStandIn,
) -> None:
    bot_api.private("/start")
    [welcome] = await bot_api.wait_for("sendMessage")
    assert "粤商·省长面对面协商座谈会" in welcome.text
    assert [b["text"] for b in buttons(welcome)] == shared_engine().example_questions()[:3]
    menus = bot_api.recorded("setMyCommands")
    names = {c["command"] for c in menus[0].params["commands"]}
    assert {
        "start",
        "help",
        "ask",
        "summary",
        "people",
        "topics",
        "source",
        "why",
        "meetings",
        "meeting",
    } <= names
    assert {m.params.get("language_code") for m in menus} == {None, "en"}


@uses_bot
@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/help", shared_engine().help_text()),
        ("/ask 谁主持了会议？", "林克庆"),
        ("/summary", "粤商·省长面对面协商座谈会在广州召开"),
        ("/people", "省政协主席林克庆（主持）"),
        ("/topics", "开展人工智能有组织科研攻关"),
        ("/meetings", "000_7fee04f60953f204"),
        ("/ask", shared_engine().ask("", "probe").text),
    ],
    ids=["help", "ask", "summary", "people", "topics", "meetings", "empty-ask"],
)
async def test_commands(bot_api: BotAPIStandIn, command: str, expected: str) -> None:
    bot_api.private(command)
    [reply] = await bot_api.wait_for("sendMessage")
    assert expected in reply.text


@uses_bot
async def test_source_and_why_explain_the_last_answer(bot_api: BotAPIStandIn) -> None:
    user = bot_api.user()
    bot_api.private("/why", user=user)
    bot_api.private("谁主持了会议？", user=user)
    bot_api.private("/source", user=user)
    bot_api.private("/why", user=user)
    no_answer_yet, _, source, why = [c.text for c in await bot_api.wait_for("sendMessage", 4)]
    assert "先问一个" in no_answer_yet
    assert "省政协主席林克庆主持" in source and source.startswith("¶")
    assert why.splitlines()[:2] == ["intent: chair", "confidence: 1.00"]
    assert why.splitlines()[2].startswith("runner-up: ")


@uses_bot
async def test_markup_in_a_question_is_never_interpreted(bot_api: BotAPIStandIn) -> None:
    bot_api.private("<b>x</b> & {0} %s 谁主持的")
    bot_api.inline("<b>x</b> 谁主持了会议？")
    [answer] = await bot_api.wait_for("sendMessage")
    [inline] = await bot_api.wait_for("answerInlineQuery")
    assert "林克庆" in answer.text  # the stand-in accepted the HTML, so nothing leaked unescaped
    content = inline.params["results"][0]["input_message_content"]["message_text"]
    assert content.startswith("<b>&lt;b&gt;x&lt;/b&gt; 谁主持了会议？</b>\n")


@uses_bot
async def test_stickers_and_photos_are_told_to_send_text(bot_api: BotAPIStandIn) -> None:
    sticker = {
        "file_id": "s1",
        "file_unique_id": "u1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    bot_api.private(None, sticker=sticker)
    bot_api.private(
        None, photo=[{"file_id": "p1", "file_unique_id": "u2", "width": 9, "height": 9}]
    )
    replies = await bot_api.wait_for("sendMessage", 2)
    assert [r.text for r in replies] == [shared_engine().message("no_text")] * 2
    assert "文字" in replies[0].text


async def test_a_long_answer_is_split_at_sentence_ends(
    run_bot: Any, bot_api: BotAPIStandIn
) -> None:
    sentence = "王伟中强调，要把<人工智能>与实体经济&制造业贯通起来" + "，持续发力" * 30 + "。"
    long_text = sentence * 30  # about 5,500 characters
    engine = Scripted(reply=Reply(long_text, True, suggestions=("谁主持了会议？",)))
    async with run_bot(engine=engine):
        bot_api.private("很长的问题")
        parts = await bot_api.wait_for("sendMessage", 2)
    assert len(parts) == 2
    assert all(len(p.text) <= 4096 and p.text.endswith("。") for p in parts)
    assert "".join(p.text for p in parts) == long_text
    assert [bool(buttons(p)) for p in parts] == [False, True]


# -- groups -----------------------------------------------------------------------------


@uses_bot
async def test_group_chatter_is_ignored(bot_api: BotAPIStandIn) -> None:
    bot_api.group("谁主持了会议？")  # a question, but not addressed to the bot
    bot_api.group("@someone_else 谁主持了会议？")
    bot_api.group("/ask@other_bot 谁主持了会议？")
    bot_api.group(
        None,
        sticker={
            "file_id": "s",
            "file_unique_id": "u",
            "type": "regular",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
        },
    )
    await settle(bot_api)
    assert bot_api.sent(-100500) == []


@uses_bot
@pytest.mark.parametrize(
    "text",
    [
        f"{BOT} 谁主持了会议？",
        f"谁主持了会议？{BOT}",
        f"/ask{BOT} 谁主持了会议？",
        "/ask 谁主持了会议？",
    ],
    ids=["mention-first", "mention-last", "ask-at-bot", "ask"],
)
async def test_group_questions_addressed_to_the_bot_are_answered_quoting_them(
    bot_api: BotAPIStandIn, text: str
) -> None:
    _, question = bot_api.group(text)
    [answer] = await bot_api.wait_for("sendMessage")
    assert int(answer.params["chat_id"]) == -100500
    assert answer.params["reply_parameters"]["message_id"] == question["message_id"]
    assert "林克庆" in answer.text


@uses_bot
async def test_a_reply_to_the_bot_is_a_follow_up_in_the_same_conversation(
    bot_api: BotAPIStandIn,
) -> None:
    user = bot_api.user()
    bot_api.group(f"{BOT} 王伟中是什么职务？", user=user)
    [first] = await bot_api.wait_for("sendMessage")
    _, follow_up = bot_api.group("他说了什么？", user=user, reply_to=first.result)
    second = (await bot_api.wait_for("sendMessage", 2))[1]
    assert second.params["reply_parameters"]["message_id"] == follow_up["message_id"]
    assert "王伟中" in second.text


# -- inline mode and buttons ----------------------------------------------------------------


@uses_bot
async def test_inline_mode_offers_the_answer_and_close_alternatives(bot_api: BotAPIStandIn) -> None:
    bot_api.inline("谁主持了会议？")
    [call] = await bot_api.wait_for("answerInlineQuery")
    results = call.params["results"]
    assert results[0]["type"] == "article" and results[0]["title"] == "谁主持了会议？"
    assert "林克庆" in results[0]["input_message_content"]["message_text"]
    assert 2 <= len(results) <= 4 and len({r["id"] for r in results}) == len(results)
    assert str(call.params["is_personal"]).lower() == "true"


@uses_bot
async def test_an_empty_inline_query_offers_the_example_questions(bot_api: BotAPIStandIn) -> None:
    bot_api.inline("")
    [call] = await bot_api.wait_for("answerInlineQuery")
    examples = shared_engine().example_questions()
    assert [r["title"] for r in call.params["results"]] == examples[: len(call.params["results"])]
    assert len(call.params["results"]) >= 2


@uses_bot
async def test_tapping_a_follow_up_asks_it_in_that_conversation(bot_api: BotAPIStandIn) -> None:
    user = bot_api.user()
    bot_api.private("谁主持了会议？", user=user)
    [answer] = await bot_api.wait_for("sendMessage")
    tapped = buttons(answer)[-1]
    bot_api.tap(answer.result, tapped["callback_data"], user=user)
    follow_up = (await bot_api.wait_for("sendMessage", 2))[1]
    probe = ("probe", user["id"])  # the same two questions, asked straight of the engine
    shared_engine().ask("谁主持了会议？", probe)
    expected = shared_engine().ask(tapped["text"], probe)
    assert follow_up.text == f"{tapped['text']}\n{expected.text}"  # the question, then its answer
    assert len(bot_api.recorded("answerCallbackQuery")) == 1
    bot_api.private("/why", user=user)
    why = (await bot_api.wait_for("sendMessage", 3))[2]
    assert why.text.startswith(f"intent: {expected.intent}\n")  # the tap was asked as this user


async def test_long_follow_ups_are_kept_server_side_under_a_short_key(
    run_bot: Any, bot_api: BotAPIStandIn
) -> None:
    long_question = "王伟中在座谈会上关于人工智能产业发展和金融支持具体说了什么？"  # 90+ bytes
    engine = Scripted(reply=Reply("答案。", True, suggestions=(long_question,)))
    async with run_bot(engine=engine):
        user = bot_api.user()
        bot_api.private("触发", user=user)
        [answer] = await bot_api.wait_for("sendMessage")
        [button] = buttons(answer)
        assert len(button["callback_data"].encode()) <= 64
        bot_api.tap(answer.result, button["callback_data"], user=user)
        await bot_api.wait_for("sendMessage", 2)
    assert engine.asked[-1] == long_question


@uses_bot
async def test_a_stale_button_is_acknowledged_and_ignored(bot_api: BotAPIStandIn) -> None:
    _, message = bot_api.private("hi")
    bot_api.tap(message, "a#0123456789abcdef")
    await bot_api.wait_for("answerCallbackQuery")
    await settle(bot_api)
    assert len(bot_api.sent(message["chat"]["id"])) == 1  # only the answer to "hi"


async def test_meeting_choice_buttons_switch_the_conversation(
    run_bot: Any, bot_api: BotAPIStandIn
) -> None:
    engine = Engine.load([SEED, sorted(REPORTS.glob("*.txt"))[0]])
    async with run_bot(engine=engine):
        user = bot_api.user()
        bot_api.private("/meeting", user=user)
        [picker] = await bot_api.wait_for("sendMessage")
        choices = buttons(picker)
        assert [b["text"] for b in choices] == [label for _, label in engine.meetings()]
        bot_api.tap(picker.result, choices[1]["callback_data"], user=user)
        bot_api.private("谁主持了会议？", user=user)
        _, chosen, answer = await bot_api.wait_for("sendMessage", 3)
    probe = ("probe", user["id"])
    engine.select_meeting(probe, engine.meetings()[1][0])
    assert engine.meetings()[1][1] in chosen.text
    assert (
        answer.text
        == engine.ask("谁主持了会议？", probe).text
        != engine.ask("谁主持了会议？", "other").text
    )


async def test_a_which_meeting_reply_offers_its_choices_as_buttons(
    run_bot: Any, bot_api: BotAPIStandIn
) -> None:
    engine = Engine.load([SEED, sorted(REPORTS.glob("*.txt"))[0]])
    second, label = engine.meetings()[1]
    which = Reply("你问的是哪一次会议？", False, "which_meeting", choices=tuple(engine.meetings()))
    scripted = Scripted(reply=which, engine=engine)
    async with run_bot(engine=scripted):
        user = bot_api.user()
        bot_api.private("座谈会谁主持的？", user=user)
        [question] = await bot_api.wait_for("sendMessage")
        assert [b["text"] for b in buttons(question)] == [lab for _, lab in engine.meetings()]
        bot_api.tap(question.result, buttons(question)[1]["callback_data"], user=user)
        chosen = (await bot_api.wait_for("sendMessage", 2))[1]
    assert chosen.text == engine.select_meeting(("probe",), second).text and label in chosen.text
    assert chosen.params["reply_parameters"]["message_id"] == question.result["message_id"]
    assert scripted.asked == ["座谈会谁主持的？"]  # the tap selected; it did not ask


class Scripted:
    """The real engine, except that ``ask`` returns a fixed reply (and remembers questions)."""

    def __init__(self, reply: Reply, engine: Engine | None = None) -> None:
        self.engine, self.reply, self.asked = engine or shared_engine(), reply, []

    def ask(self, text: str, conversation: object) -> Reply:
        self.asked.append(text)
        return self.reply

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)


# -- the shared commands ------------------------------------------------------------------------


@uses_bot
async def test_an_unknown_command_gets_a_short_help_in_the_users_script(bot_api: BotAPIStandIn) -> None:
    user = bot_api.user()
    bot_api.private("/weather", user=user)
    bot_api.private("誰主持了會議？", user=user)
    bot_api.private("/weather now", user=user)
    first, _, second = await bot_api.wait_for("sendMessage", 3)
    assert first.text.startswith("没有 /weather 这个命令。可以用：/help") and "/ask" in first.text
    assert second.text.startswith("沒有 /weather 這個命令")


@uses_bot
async def test_new_forgets_the_conversation(bot_api: BotAPIStandIn) -> None:
    user = bot_api.user()
    bot_api.private("王伟中是谁？", user=user)
    bot_api.private("/new", user=user)
    bot_api.private("/why", user=user)
    _, new, why = await bot_api.wait_for("sendMessage", 3)
    assert new.text == "好的，重新开始。"
    assert why.text == "还没有可以解释的回答：先问一个问题吧。"


def test_the_command_maps_of_the_console_and_telegram_agree() -> None:
    from bot import commands
    from bot.console import COMMANDS as CONSOLE_USAGE
    from bot.telegram_bot import USAGE

    shared = {c.usage for c in commands.COMMANDS if c.name not in commands.INTENT_COMMANDS}
    assert shared <= set(CONSOLE_USAGE.split("  ")) and shared <= set(USAGE.split("  "))
