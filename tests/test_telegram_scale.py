"""The Telegram channel under load and across restarts, against the Bot API stand-in: chats are
handled concurrently and each in order, a failing chat delays only itself, every update is
answered exactly once, and conversations and buttons survive a restart."""

from __future__ import annotations

import asyncio
import os
import resource
import statistics
import time
from pathlib import Path
from typing import Any

import pytest
from botapi_standin import BotAPIStandIn, Call
from helpers import REPORTS, SEED, shared_engine
from telegram.ext import AIORateLimiter
from telegram_fixtures import POLL_TIMEOUT, TOKEN

from bot.engine import Engine
from bot.telegram_bot import RATE_LIMIT_RETRIES, build_application
from bot.telegram_config import TelegramConfig

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning")

# Ten turns of one conversation, follow-ups included: an answer out of order is a wrong answer.
TURNS = [
    "王伟中是谁？",
    "他强调了什么？",
    "谁主持了会议？",
    "会议在哪里召开？",
    "关于金融说了什么？",
    "那人才呢？",
    "会议是什么时候召开的？",
    "温国辉是省长吗？",
    "谁出席了会议？",
    "总结一下这次会议",
]
CHATS = 100
FAILING = 10  # chats whose first sends fail (5xx) for a while
FAILURES = 4  # failed tries each; the fifth goes through
LOAD_BACKOFF = 0.05  # first pause between tries in the load test (doubles each time)
MIN_REPLIES_PER_SECOND = 25  # the floor (Telegram's cap is about 30 a second)


def fresh(engine: Engine) -> Engine:
    """The same meetings with no conversation in memory: the engine of a restarted bot."""
    return engine.restarted()


def buttons(call: Call) -> list[dict[str, Any]]:
    markup = call.params.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


def expected_answers(turns: list[str]) -> list[str]:
    probe = fresh(shared_engine())
    return [probe.ask(q, "probe").text for q in turns]


@pytest.fixture
async def start_bot(bot_api: BotAPIStandIn):  # noqa: ANN201
    """``await start_bot(config_settings, **options)``: the real Application polling the
    stand-in; every bot started is stopped at teardown (or earlier with ``stop(app)``)."""
    running: list[Any] = []

    async def start(engine: Engine | None = None, settings: dict | None = None, **options: Any) -> Any:
        config = TelegramConfig(token=TOKEN, base_url=bot_api.base_url, **(settings or {}))
        options.setdefault("retry_backoff", 0.01)
        application = build_application(config, engine or shared_engine(), **options)
        await application.initialize()
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=POLL_TIMEOUT)
        running.append(application)
        return application

    yield start
    for application in running:
        await stop(application)


async def stop(application: Any) -> None:
    if application.running:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


# -- order and isolation ---------------------------------------------------------------------


async def test_one_chat_is_answered_in_order_even_when_a_send_is_retried(
    bot_api: BotAPIStandIn, start_bot: Any
) -> None:
    await start_bot()
    user = bot_api.user()
    bot_api.fail("sendMessage", times=2, status=502, description="Bad Gateway", chat_id=user["id"])
    for question in TURNS:
        bot_api.private(question, user=user)
    replies = await bot_api.wait_for("sendMessage", len(TURNS), timeout=20)
    assert [r.text for r in replies] == expected_answers(TURNS)


async def test_a_failing_chat_delays_only_itself(bot_api: BotAPIStandIn, start_bot: Any) -> None:
    await start_bot(retry_backoff=0.4)  # the failing chat waits 0.4 + 0.8 + 1.6 s
    failing, others = bot_api.user(), [bot_api.user() for _ in range(5)]
    bot_api.fail("sendMessage", times=3, status=503, description="Service Unavailable", chat_id=failing["id"])
    bot_api.private("谁主持了会议？", user=failing)
    bot_api.private("会议在哪里召开？", user=failing)
    for user in others:
        bot_api.private("谁主持了会议？", user=user)
        bot_api.private("会议在哪里召开？", user=user)
    replies = await bot_api.wait_for("sendMessage", 12, timeout=20)
    order = [int(r.params["chat_id"]) for r in replies]
    assert order[-2:] == [failing["id"]] * 2  # the others did not wait behind it
    assert [r.text for r in replies if int(r.params["chat_id"]) == failing["id"]] == expected_answers(
        ["谁主持了会议？", "会议在哪里召开？"]
    )


# -- restarts ---------------------------------------------------------------------------------


async def test_a_restart_between_a_question_and_its_follow_up_keeps_the_conversation_and_buttons(
    bot_api: BotAPIStandIn, start_bot: Any, tmp_path: Path
) -> None:
    state = {"persistence_file": tmp_path / "state.pickle"}
    user = bot_api.user()
    first = await start_bot(engine=fresh(shared_engine()), settings=state)
    bot_api.private("王伟中是谁？", user=user)
    [answer] = await bot_api.wait_for("sendMessage")
    follow_ups = buttons(answer)
    assert follow_ups
    await stop(first)
    assert state["persistence_file"].stat().st_size > 0

    await start_bot(engine=fresh(shared_engine()), settings=state)  # nothing in memory
    bot_api.private("他强调了什么？", user=user)
    bot_api.private("/source", user=user)
    bot_api.tap(answer.result, follow_ups[0]["callback_data"], user=user)
    _, follow_up, source, tapped = await bot_api.wait_for("sendMessage", 4, timeout=10)
    probe = fresh(shared_engine())
    probe.ask("王伟中是谁？", "p")
    assert follow_up.text == probe.ask("他强调了什么？", "p").text and "政策供给" in follow_up.text
    assert source.text.startswith("¶") and "王伟中" in source.text
    assert tapped.text == f"{follow_ups[0]['text']}\n{probe.ask(follow_ups[0]['text'], 'p').text}"


async def test_meeting_choices_and_long_buttons_survive_a_restart(
    bot_api: BotAPIStandIn, start_bot: Any, tmp_path: Path
) -> None:
    engine = Engine.load([SEED, REPORTS / "r01_minqi_zuotanhui.txt"])
    state = {"persistence_file": tmp_path / "state.pickle"}
    user = bot_api.user()
    first = await start_bot(engine=fresh(engine), settings=state)
    bot_api.private("/meeting", user=user)
    [picker] = await bot_api.wait_for("sendMessage")
    await stop(first)

    restarted = fresh(engine)
    await start_bot(engine=restarted, settings=state)
    bot_api.tap(picker.result, buttons(picker)[1]["callback_data"], user=user)
    bot_api.private("谁主持了会议？", user=user)
    _, chosen, answer = await bot_api.wait_for("sendMessage", 3, timeout=10)
    assert engine.meetings()[1][1] in chosen.text
    assert "韩书凯" in answer.text


# -- load -----------------------------------------------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def test_load_every_update_answered_once_in_order_per_chat(
    bot_api: BotAPIStandIn, start_bot: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """1,000 updates from 100 chats, 10 chats failing (5xx) for their first sends.

    The rate limiter's overall pace is raised here so that the test measures the bot, not
    Telegram's 30 messages a second (MEETING_BOT_LOAD_PACE=telegram keeps the real pace).
    """
    telegram_pace = os.environ.get("MEETING_BOT_LOAD_PACE") == "telegram"
    limiter = (
        AIORateLimiter(max_retries=RATE_LIMIT_RETRIES)
        if telegram_pace
        else AIORateLimiter(overall_max_rate=2000, overall_time_period=1, max_retries=RATE_LIMIT_RETRIES)
    )
    await start_bot(engine=fresh(shared_engine()), retry_backoff=LOAD_BACKOFF, rate_limiter=limiter)
    await bot_api.wait_for("getUpdates")
    users = [bot_api.user() for _ in range(CHATS)]
    failing = {u["id"] for u in users[:FAILING]}
    for user_id in failing:
        bot_api.fail("sendMessage", times=FAILURES, status=500 + user_id % 4, chat_id=user_id)
    rss_before = _rss_mb()
    asked: dict[int, list[float]] = {u["id"]: [] for u in users}
    start = time.monotonic()
    for question in TURNS:  # interleaved, as many people asking at once
        for user in users:
            asked[user["id"]].append(time.monotonic())
            bot_api.private(question, user=user)
    total = CHATS * len(TURNS)
    replies = await bot_api.wait_for("sendMessage", total, timeout=300 if telegram_pace else 120)
    elapsed = max(r.at for r in replies) - start
    await asyncio.sleep(0.3)  # nothing more may come
    expected = expected_answers(TURNS)
    latencies: list[float] = []
    others_during_failures = 0
    for user in users:
        mine = bot_api.sent(user["id"])
        assert [r.text for r in mine] == expected, f"chat {user['id']}"  # once each, in order
        latencies += [r.at - t for r, t in zip(mine, asked[user["id"]], strict=True)]
    for user_id in failing:
        tries = [c for c in bot_api.recorded("sendMessage") if int(c.params["chat_id"]) == user_id]
        assert [c.status for c in tries[: FAILURES + 1]] == [500 + user_id % 4] * FAILURES + [200]
        window = (tries[0].at, tries[FAILURES].at)
        others_during_failures = max(
            others_during_failures,
            sum(1 for r in replies if int(r.params["chat_id"]) not in failing and window[0] < r.at < window[1]),
        )
    assert len(bot_api.sent()) == total
    assert others_during_failures >= 20  # other chats were answered while a failing one waited
    throughput = total / elapsed
    assert throughput >= MIN_REPLIES_PER_SECOND * (0.9 if telegram_pace else 1)
    latencies.sort()
    figures = (
        f"load test: {total} updates from {CHATS} chats ({FAILING} failing {FAILURES}x), "
        f"{'Telegram pace' if telegram_pace else 'limiter raised'}: {throughput:.0f} replies/s, "
        f"latency p50 {statistics.median(latencies) * 1000:.0f} ms, "
        f"p99 {latencies[int(len(latencies) * 0.99) - 1] * 1000:.0f} ms, "
        f"RSS {rss_before:.0f} -> {_rss_mb():.0f} MB"
    )
    with capsys.disabled():
        print(f"\n{figures}")
