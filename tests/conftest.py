"""Shared pytest fixtures."""

from __future__ import annotations

import pytest

# --- telegram: the Bot API stand-in and the real Application against it ---------------------
pytest_plugins = ["telegram_fixtures"]  # tests/telegram_fixtures.py
# --- end telegram ----------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _no_swallowed_crash(caplog: pytest.LogCaptureFixture):  # noqa: ANN202
    """Engine.ask turns an exception into a fallback reply and logs it; tests must not pass on that."""
    yield
    crashes = [r for r in caplog.records if r.name == "bot.engine" and r.levelname == "ERROR"]
    assert not crashes, "the engine crashed and fell back: " + crashes[0].getMessage()
