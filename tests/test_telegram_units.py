"""The Telegram channel's plain parts: message splitting, settings, token redaction."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest
from botapi_standin import ApiError, BotAPIStandIn, _visible_text
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram_fixtures import TOKEN

from bot.errors import ConfigError
from bot.telegram_config import TokenRedactingFilter, configure_logging, load_config
from bot.telegram_text import CLOSERS, SENTENCE_ENDS, render, split_message, utf16_len

TEXT = st.text(
    alphabet=st.sampled_from(list("会议主持林克庆ab <>&\"'。！？.!?\n”」😀 ")), max_size=400
)


@given(text=TEXT, limit=st.integers(min_value=8, max_value=60))
def test_split_pieces_fit_keep_everything_and_end_at_sentence_ends(text: str, limit: int) -> None:
    pieces = split_message(text, limit)
    assert "".join(pieces) == text
    assert all(0 < utf16_len(piece) <= limit for piece in pieces)
    for piece in pieces[:-1]:
        if any(mark in piece for mark in SENTENCE_ENDS):
            assert piece.rstrip(CLOSERS)[-1] in SENTENCE_ENDS


@settings(max_examples=50)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("林克庆<>&。！？.\n😀 ")), min_size=1, max_size=9000
    ),
    header=st.text(max_size=300),
)
def test_rendered_messages_are_valid_telegram_html_within_the_limit(text: str, header: str) -> None:
    messages = render(text, header)
    visible = []
    for message in messages:
        try:
            visible.append(_visible_text(message, "HTML"))  # what Telegram would accept and show
        except ApiError as exc:
            pytest.fail(f"Telegram would refuse {message[:80]!r}: {exc}")
    squash = "".join(text.split())
    assert "".join("".join(visible).split()).endswith(squash)


def test_a_long_chinese_answer_is_split_after_a_full_stop() -> None:
    text = ("会议强调要加强合作。" * 500) + "最后一句！"
    first, second = split_message(text)
    assert utf16_len(first) == 4090 and first.endswith("。")  # the last full stop in reach
    assert second.endswith("最后一句！")


@pytest.mark.parametrize(
    ("environ", "file_text", "expected"),
    [
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN},
            None,
            {
                "base_url": "https://api.telegram.org/bot",
                "allowed_chats": None,
                "webhook_url": None,
            },
        ),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_ALLOWED_CHATS": " 12, -100345 ,"},
            None,
            {"allowed_chats": frozenset({12, -100345})},
        ),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot"},
            None,
            {"base_url": "http://127.0.0.1:8081/bot"},
        ),
        (
            {},
            f"telegram:\n  token: '{TOKEN}'\n  allowed_chats: [1, 2]\n  webhook_url: https://x.test/hook\n  webhook_port: 8080\n  webhook_secret: abc_DEF-1\n",
            {
                "allowed_chats": frozenset({1, 2}),
                "webhook_port": 8080,
                "webhook_secret": "abc_DEF-1",
            },
        ),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_PORT": "9000"},
            "telegram:\n  token: '1:bad'\n  webhook_port: 8080\n",
            {"token": TOKEN, "webhook_port": 9000},
        ),
    ],
    ids=["defaults", "allowlist", "local-bot-api", "config-file", "environment-wins"],
)
def test_settings(
    tmp_path: Path, environ: dict[str, str], file_text: str | None, expected: dict[str, object]
) -> None:
    path = None
    if file_text is not None:
        path = tmp_path / "bot.yaml"
        path.write_text(file_text, encoding="utf-8")
    config = load_config(environ, path)
    assert {key: getattr(config, key) for key in expected} == expected


def test_a_webhook_without_a_secret_gets_a_random_one_and_reprs_hide_secrets() -> None:
    config = load_config({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_URL": "https://x.test/h"})
    assert config.webhook_secret and len(config.webhook_secret) >= 32
    assert TOKEN not in repr(config) and config.webhook_secret not in repr(config)


@pytest.mark.parametrize(
    ("environ", "file_text", "message"),
    [
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_ALLOWED_CHATS": "12,abc"},
            None,
            "TELEGRAM_ALLOWED_CHATS must be chat ids",
        ),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_PORT": "http"},
            None,
            "TELEGRAM_WEBHOOK_PORT must be a port",
        ),
        (
            {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_WEBHOOK_URL": "https://x.test/h",
                "TELEGRAM_WEBHOOK_SECRET": "no spaces!",
            },
            None,
            "TELEGRAM_WEBHOOK_SECRET must be",
        ),
        ({}, "telegram:\n  tokn: x\n", "unknown key 'tokn'"),
        ({}, "telegram: [\n", "cannot read the config file"),
        ({}, "token: x\n", "expected a 'telegram:' section"),
    ],
    ids=["allowlist", "port", "secret", "unknown-key", "bad-yaml", "no-section"],
)
def test_unusable_settings_are_one_line_errors(
    tmp_path: Path, environ: dict[str, str], file_text: str | None, message: str
) -> None:
    path = None
    if file_text is not None:
        path = tmp_path / "bot.yaml"
        path.write_text(file_text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(environ, path)
    assert "\n" not in str(caught.value) and TOKEN not in str(caught.value)


def test_the_redacting_filter_hides_tokens_in_messages_arguments_and_tracebacks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    configure_logging(TOKEN)
    log = logging.getLogger("tests.leaky")
    other = "987654321:AAHsomeOtherBotsTokenThatLeaks_0123456"
    log.debug("calling https://api.telegram.org/bot%s/getMe", TOKEN)
    log.info("a token in the message itself: " + other)
    try:
        raise RuntimeError(f"failed at /bot{TOKEN}/sendMessage")
    except RuntimeError:
        log.exception("request failed")
    assert TOKEN.split(":")[1] not in caplog.text and other.split(":")[1] not in caplog.text
    assert caplog.text.count("<token>") == 3
    assert "RuntimeError: failed at /bot<token>/sendMessage" in caplog.text
    assert logging.getLogger("httpx").level == logging.WARNING


def test_the_filter_survives_mismatched_arguments() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s and %s " + TOKEN, ("one",), None)
    assert TokenRedactingFilter(TOKEN).filter(record)
    assert TOKEN not in record.getMessage()


def test_the_stand_in_speaks_the_bot_api_shape() -> None:
    with BotAPIStandIn(TOKEN) as api, httpx.Client(base_url=api.base_url + TOKEN) as client:
        sent = client.post(
            "/sendMessage", json={"chat_id": 5, "text": "<b>hi</b> &amp; bye", "parse_mode": "HTML"}
        )
        api.fail(
            "sendMessage", status=429, description="Too Many Requests: retry after 3", retry_after=3
        )
        limited = client.post("/sendMessage", data={"chat_id": "5", "text": "again"})
        broken = client.post(
            "/sendMessage", data={"chat_id": "5", "text": "<b>unclosed", "parse_mode": "HTML"}
        )
        stranger = httpx.post(f"{api.base_url}1:wrong/getMe")
    assert sent.json()["ok"] is True and sent.json()["result"]["text"] == "hi & bye"
    assert limited.status_code == 429
    assert limited.json() == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }
    assert broken.status_code == 400 and "can't parse entities" in broken.json()["description"]
    assert stranger.status_code == 401 and stranger.json()["ok"] is False
    assert [c.method for c in api.recorded()] == ["sendMessage"] * 3 + ["getMe"]
