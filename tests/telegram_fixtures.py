"""Fixtures for the Telegram channel: a Bot API stand-in and the real Application against it."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from botapi_standin import BotAPIStandIn
from helpers import shared_engine

from bot.engine import Engine
from bot.telegram_bot import build_application
from bot.telegram_config import TelegramConfig

TOKEN = "123456789:AAHstandInTokenForTestsOnly_xyzXYZ0123"
POLL_TIMEOUT = 1  # seconds a getUpdates long poll may wait
TEST_BACKOFF = 0.01  # first pause between send retries in tests


@pytest.fixture
def bot_api() -> Iterator[BotAPIStandIn]:
    """A Bot API stand-in on a free local port; stopped at teardown."""
    with BotAPIStandIn(TOKEN, long_poll_cap=POLL_TIMEOUT) as api:
        yield api


@pytest.fixture(scope="session")
def telegram_engine() -> Engine:
    """The engine over the project's seeds/ (loaded once; tests use fresh user ids)."""
    return shared_engine()


@pytest.fixture
def run_bot(bot_api: BotAPIStandIn, telegram_engine: Engine) -> Callable[..., Any]:
    """``async with run_bot(engine=..., allowed_chats=...) as app``: the real Application,
    built by ``build_application``, polling the stand-in; stopped cleanly on exit."""

    @contextlib.asynccontextmanager
    async def running(engine: Any = None, **settings: Any) -> AsyncIterator[Any]:
        config = TelegramConfig(token=TOKEN, base_url=bot_api.base_url, **settings)
        application = build_application(
            config, engine or telegram_engine, retry_backoff=TEST_BACKOFF
        )
        await application.initialize()
        await application.post_init(application)
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=POLL_TIMEOUT)
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()

    return running


@pytest.fixture
async def telegram_app(run_bot: Callable[..., Any]) -> AsyncIterator[Any]:
    """The Application with the seed engine and no allowlist, polling the stand-in."""
    async with run_bot() as application:
        yield application
