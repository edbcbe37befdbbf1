"""The Telegram channel under faults, with an allowlist, and as a process: the answer is still
delivered, refusals never stop the bot, the token never leaks, signals stop it cleanly."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest
from botapi_standin import BotAPIStandIn
from helpers import ROOT, shared_engine
from telegram.error import NetworkError
from telegram_fixtures import TOKEN

from bot.models import Reply
from bot.telegram_bot import _deliver, build_application, main, undelivered, webhook_options
from bot.telegram_config import TelegramConfig, configure_logging

uses_bot = pytest.mark.usefixtures("telegram_app")
# PTB itself warns when it builds a RetryAfter (its retry_after turns into a timedelta in v23).
pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning")


def statuses(api: BotAPIStandIn, chat_id: int) -> list[int]:
    return [c.status for c in api.recorded("sendMessage") if int(c.params["chat_id"]) == chat_id]


# -- transient failures: the answer is still delivered ---------------------------------------


@uses_bot
@pytest.mark.parametrize(
    ("inject", "expected"),
    [
        (lambda api: api.fail("sendMessage", times=2, status=500), [500, 500, 200]),
        (lambda api: api.fail("sendMessage", status=502, description="Bad Gateway"), [502, 200]),
        (
            lambda api: api.fail(
                "sendMessage",
                status=429,
                description="Too Many Requests: retry after 1",
                retry_after=1,
            ),
            [429, 200],
        ),
    ],
    ids=["500-twice", "502", "429-retry-after"],
)
async def test_a_transient_failure_still_delivers_the_answer(
    bot_api: BotAPIStandIn, inject: Any, expected: list[int]
) -> None:
    inject(bot_api)
    _, question = bot_api.private("谁主持了会议？")
    [answer] = await bot_api.wait_for("sendMessage")
    assert "林克庆" in answer.text
    assert statuses(bot_api, question["chat"]["id"]) == expected


@uses_bot
@pytest.mark.parametrize("fault", ["500", "dropped-connection"])
async def test_polling_survives_api_errors_and_dropped_connections(
    bot_api: BotAPIStandIn, fault: str
) -> None:
    await bot_api.wait_for("getUpdates")
    if fault == "500":
        bot_api.fail("getUpdates", status=500)
    else:
        bot_api.drop("getUpdates")
    failed = 500 if fault == "500" else 0  # a dropped connection is recorded as status 0
    await bot_api.wait_until(lambda: failed in {c.status for c in bot_api.recorded("getUpdates")})
    bot_api.private("谁主持了会议？")  # asked after the failure: polling must have resumed
    [answer] = await bot_api.wait_for("sendMessage", timeout=8)
    assert "林克庆" in answer.text


# -- refusals are logged and never stop the bot --------------------------------------------


@uses_bot
@pytest.mark.parametrize(
    ("status", "description", "logged"),
    [
        (403, "Forbidden: bot was blocked by the user", "Forbidden: bot was blocked by the user"),
        (400, "Bad Request: chat not found", "Chat not found"),  # PTB drops the prefix
    ],
    ids=["blocked-403", "bad-request-400"],
)
async def test_a_refusal_is_logged_once_and_the_bot_goes_on(
    bot_api: BotAPIStandIn,
    caplog: pytest.LogCaptureFixture,
    status: int,
    description: str,
    logged: str,
) -> None:
    user = bot_api.user()
    bot_api.fail("sendMessage", status=status, description=description, chat_id=user["id"])
    update_id, blocked = bot_api.private("谁主持了会议？", user=user)
    bot_api.private("谁主持了会议？")
    [answer] = await bot_api.wait_for("sendMessage")
    line = f"update {update_id}: Telegram refused a request: {logged}"
    await bot_api.wait_until(lambda: line in caplog.text)
    bot_api.private("谁主持了会议？", user=user)  # the same chat goes on too
    await bot_api.wait_for("sendMessage", 2)
    assert statuses(bot_api, blocked["chat"]["id"]) == [status, 200]  # not retried
    assert "林克庆" in answer.text and caplog.text.count(line) == 1


@uses_bot
async def test_giving_up_after_the_last_try_is_logged_with_the_update_id(
    bot_api: BotAPIStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    user = bot_api.user()
    bot_api.fail("sendMessage", times=5, status=500, chat_id=user["id"])
    update_id, _ = bot_api.private("谁主持了会议？", user=user)
    bot_api.private("谁主持了会议？")
    await bot_api.wait_for("sendMessage")
    await bot_api.wait_until(lambda: f"update {update_id} failed" in caplog.text)
    assert statuses(bot_api, user["id"]) == [500] * 5


# -- a reply is never sent twice ------------------------------------------------------------


async def test_a_dropped_connection_after_the_request_went_out_is_not_retried(
    run_bot: Any, bot_api: BotAPIStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    async with run_bot():
        user = bot_api.user()
        bot_api.drop("sendMessage", chat_id=user["id"])
        update_id, _ = bot_api.private("谁主持了会议？", user=user)
        await bot_api.wait_until(lambda: f"update {update_id} failed" in caplog.text)
    assert statuses(bot_api, user["id"]) == [0]  # one try: it may have been delivered
    assert "it may have been delivered, so it is not sent again" in caplog.text


async def test_a_send_that_timed_out_after_reaching_telegram_is_delivered_once(
    run_bot: Any, bot_api: BotAPIStandIn, telegram_engine: Any, caplog: pytest.LogCaptureFixture
) -> None:
    config = TelegramConfig(TOKEN, bot_api.base_url)
    application = build_application(config, telegram_engine, retry_backoff=0.01, read_timeout=0.3)
    user = bot_api.user()
    bot_api.slow("sendMessage", seconds=1.0, chat_id=user["id"])
    await application.initialize()
    await application.start()
    await application.updater.start_polling(poll_interval=0, timeout=1)
    try:
        update_id, _ = bot_api.private("谁主持了会议？", user=user)
        await bot_api.wait_until(lambda: f"update {update_id} failed" in caplog.text, timeout=8)
        await asyncio.sleep(1.2)  # the slow answer lands; nothing else follows
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
    [delivered] = bot_api.sent(user["id"])  # the user got the answer exactly once
    assert "林克庆" in delivered.text
    assert len(bot_api.recorded("sendMessage")) == 1


async def test_a_refused_connection_is_retried_since_the_request_never_left(
    bot_api: BotAPIStandIn, telegram_engine: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as probe:  # a port where nothing listens: connections are refused
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    config = TelegramConfig(TOKEN, f"http://127.0.0.1:{closed}/bot")
    application = build_application(config, telegram_engine, retry_backoff=0.01)
    with pytest.raises(NetworkError):  # getMe is refused too; the HTTP clients are ready
        await application.bot.initialize()

    class Ctx:  # the two things _deliver reads from a handler's context
        bot = application.bot
        bot_data = application.bot_data

    try:
        with pytest.raises(NetworkError) as failed:
            await _deliver(Ctx, 1234, "hello")
    finally:
        await application.bot.shutdown()
    assert undelivered(failed.value)
    tries = [r for r in caplog.records if "sending to chat 1234 failed (httpx.ConnectError" in r.getMessage()]
    assert len(tries) == 4  # five attempts: retried, since the request never left
    assert "may have been delivered" not in caplog.text


async def test_no_error_text_is_ever_posted_into_a_group(
    run_bot: Any, bot_api: BotAPIStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    async with run_bot(engine=Exploding()):
        update_id, _ = bot_api.group("@meeting_qa_bot 谁主持了会议？")
        bot_api.private("/help")
        await bot_api.wait_for("sendMessage")
    assert bot_api.sent(-100500) == []
    assert f"update {update_id} failed: engine broke" in caplog.text


# -- allowlist --------------------------------------------------------------------------------


async def test_with_an_allowlist_other_chats_get_nothing(
    run_bot: Any, bot_api: BotAPIStandIn
) -> None:
    friend, stranger = bot_api.user(), bot_api.user()
    async with run_bot(allowed_chats=frozenset({friend["id"], -100777})):
        bot_api.private("谁主持了会议？", user=stranger)
        bot_api.group("@meeting_qa_bot 谁主持了会议？", chat_id=-100500)
        bot_api.inline("谁主持了会议？", user=stranger)
        _, message = bot_api.private("/help", user=stranger)
        bot_api.tap(message, "a:谁主持了会议？", user=stranger)
        bot_api.group("@meeting_qa_bot 谁主持了会议？", chat_id=-100777, user=stranger)
        bot_api.private("谁主持了会议？", user=friend)
        await bot_api.wait_for("sendMessage", 2)
    assert sorted(int(c.params["chat_id"]) for c in bot_api.sent()) == [-100777, friend["id"]]
    assert bot_api.recorded("answerInlineQuery") == bot_api.recorded("answerCallbackQuery") == []


# -- the token never leaks ----------------------------------------------------------------------


async def test_the_token_is_absent_from_logs_and_from_everything_sent(
    run_bot: Any, bot_api: BotAPIStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # PTB's DEBUG logs show its URLs, which hold the token
    configure_logging(TOKEN)  # as main() does: httpx/httpcore quiet, a redacting filter
    async with run_bot():
        bot_api.fail("sendMessage", status=500)
        bot_api.fail("getUpdates", status=502)
        bot_api.private("谁主持了会议？")
        bot_api.fail(
            "sendMessage", status=403, description="Forbidden: bot was blocked by the user"
        )
        bot_api.private("/why")
        bot_api.inline("谁主持了会议？")
        await bot_api.wait_for("answerInlineQuery", timeout=8)
    secret = TOKEN.split(":")[1]
    assert len(caplog.records) > 50  # the DEBUG logs of the whole exchange were captured
    assert "Set Bot API URL: http://127.0.0.1" in caplog.text  # redacted, not dropped
    assert secret not in caplog.text
    assert all(secret not in r.getMessage() for r in caplog.records)
    assert all(secret.encode() not in c.body for c in bot_api.recorded())


# -- configuration errors and the process ---------------------------------------------------------


@pytest.mark.parametrize("token", [None, "", "12345", "123:short", "bot123456789:AAH" + "x" * 32])
def test_a_missing_or_malformed_token_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], token: str | None
) -> None:
    if token is None:
        monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    else:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: TELEGRAM_BOT_TOKEN is ")
    assert "@BotFather" in err and "make run" in err
    assert "Traceback" not in err and (not token or token not in err)


def _bot_process(api: BotAPIStandIn, token: str) -> subprocess.Popen[str]:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": api.base_url}
    env.pop("TELEGRAM_WEBHOOK_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "-v", "telegram"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_the_process_answers_then_stops_cleanly_on_a_signal(
    bot_api: BotAPIStandIn, stop: int
) -> None:
    process = _bot_process(bot_api, TOKEN)
    try:
        await bot_api.wait_for("getUpdates", timeout=20)
        bot_api.private("谁主持了会议？")
        [answer] = await bot_api.wait_for("sendMessage", timeout=10)
        process.send_signal(stop)
        _, err = await asyncio.to_thread(process.communicate, timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert "林克庆" in answer.text
    assert process.returncode == 0, err
    assert "Traceback" not in err and TOKEN.split(":")[1] not in err
    assert {c.method for c in bot_api.recorded()} >= {
        "getMe",
        "deleteWebhook",
        "setMyCommands",
        "getUpdates",
    }


async def test_a_rejected_token_is_a_one_line_error(bot_api: BotAPIStandIn) -> None:
    other = "987654321:AAHanotherTokenTelegramDoesNotKnow_0123"
    process = _bot_process(bot_api, other)
    _, err = await asyncio.to_thread(process.communicate, timeout=20)
    assert process.returncode == 2
    last = err.strip().splitlines()[-1]
    assert last.startswith("error: Telegram rejected TELEGRAM_BOT_TOKEN") and "@BotFather" in last
    assert "Traceback" not in err and other.split(":")[1] not in err


# -- webhook mode ---------------------------------------------------------------------------------


async def test_webhook_mode_checks_the_secret_on_every_request(bot_api: BotAPIStandIn) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = TelegramConfig(
        TOKEN,
        bot_api.base_url,
        webhook_url="https://bot.example.test/tg-hook",
        webhook_port=port,
        webhook_secret="s3cret-Value_1",
        webhook_listen="127.0.0.1",
    )
    application = build_application(config, shared_engine())
    await application.initialize()
    await application.start()
    await application.updater.start_webhook(**webhook_options(config))
    try:
        assert bot_api.webhook["url"] == "https://bot.example.test/tg-hook"
        assert bot_api.webhook["secret_token"] == "s3cret-Value_1"
        user = bot_api.user()
        chat = {"id": user["id"], "type": "private"}
        update = {"update_id": 1, "message": bot_api.message("谁主持了会议？", chat, user)}
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            for secret, expected in (("wrong", 403), (None, 403), ("s3cret-Value_1", 200)):
                headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
                response = await client.post("/tg-hook", json=update, headers=headers)
                assert response.status_code == expected
        [answer] = await bot_api.wait_for("sendMessage")
        assert "林克庆" in answer.text
        await asyncio.sleep(0.1)
        assert len(bot_api.sent()) == 1  # the rejected posts were not processed
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


class Exploding:
    """The real engine, except that asking fails."""

    def ask(self, text: str, conversation: object) -> Reply:
        raise RuntimeError("engine broke")

    def __getattr__(self, name: str) -> Any:
        return getattr(shared_engine(), name)


def test_the_stand_in_stops_by_itself() -> None:
    api = BotAPIStandIn(TOKEN, max_lifetime=0.2).start()
    port = api.port
    time.sleep(0.5)
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass
