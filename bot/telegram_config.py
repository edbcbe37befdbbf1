"""Telegram settings from the environment and an optional YAML file, and a log filter for the token.

Kept apart from ``bot.telegram_bot`` so that reading settings never imports ``telegram``.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.errors import ConfigError

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_WEBHOOK_PORT = 8443
DEFAULT_WEBHOOK_LISTEN = "0.0.0.0"
ENVIRONMENT = {  # variable: key in the config file's ``telegram:`` section
    "TELEGRAM_BOT_TOKEN": "token",
    "TELEGRAM_API_BASE_URL": "api_base_url",
    "TELEGRAM_ALLOWED_CHATS": "allowed_chats",
    "TELEGRAM_WEBHOOK_URL": "webhook_url",
    "TELEGRAM_WEBHOOK_PORT": "webhook_port",
    "TELEGRAM_WEBHOOK_SECRET": "webhook_secret",
    "TELEGRAM_WEBHOOK_LISTEN": "webhook_listen",
    "TELEGRAM_PERSISTENCE_FILE": "persistence_file",
}
PERSISTENCE_FILE = "telegram-state.pickle"  # in the user's data folder, unless configured
PERSISTENCE_OFF = {"off", "none", "no", "false"}
TOKEN_HINT = (
    "create a bot with @BotFather (https://t.me/BotFather) and export its token as "
    "TELEGRAM_BOT_TOKEN, or run `make run` without the token for the console mode"
)
_TOKEN = re.compile(r"[0-9]+:[A-Za-z0-9_-]{30,}")
_TOKEN_LIKE = re.compile(r"(?:bot)?[0-9]{3,}:[A-Za-z0-9_-]{30,}")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


@dataclass(frozen=True)
class TelegramConfig:
    """Where and how the bot talks to Telegram; the token and the secret stay out of its repr."""

    token: str = field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    allowed_chats: frozenset[int] | None = None
    webhook_url: str | None = None
    webhook_port: int = DEFAULT_WEBHOOK_PORT
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_listen: str = DEFAULT_WEBHOOK_LISTEN
    # where conversations and button payloads survive a restart; None keeps them in memory only
    persistence_file: Path | None = None


def load_config(environ: Mapping[str, str], path: Path | None = None) -> TelegramConfig:
    """Settings from the ``telegram:`` section of ``path`` overridden by the environment.

    Raises ``ConfigError`` with a one-line message (never containing the token) when the
    token is missing or malformed, or another setting is unusable.
    """
    values = _read_file(path) if path is not None else {}
    values.update(
        {key: environ[var] for var, key in ENVIRONMENT.items() if environ.get(var, "").strip()}
    )
    token = str(values.get("token", "")).strip()
    if not token:
        raise ConfigError(f"TELEGRAM_BOT_TOKEN is not set: {TOKEN_HINT}.")
    if not _TOKEN.fullmatch(token):
        raise ConfigError(
            f"TELEGRAM_BOT_TOKEN is malformed (expected <digits>:<secret>): {TOKEN_HINT}."
        )
    url = str(values["webhook_url"]) if values.get("webhook_url") else None
    secret = str(values.get("webhook_secret") or (secrets.token_urlsafe(32) if url else ""))
    if secret and not _SECRET.fullmatch(secret):
        raise ConfigError(
            "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -."
        )
    return TelegramConfig(
        token=token,
        base_url=str(values.get("api_base_url", DEFAULT_BASE_URL)),
        allowed_chats=_chat_ids(values.get("allowed_chats")),
        webhook_url=url,
        webhook_port=_port(values.get("webhook_port", DEFAULT_WEBHOOK_PORT)),
        webhook_secret=secret or None,
        webhook_listen=str(values.get("webhook_listen", DEFAULT_WEBHOOK_LISTEN)),
        persistence_file=_persistence_file(values.get("persistence_file")),
    )


def _persistence_file(value: object) -> Path | None:
    """The configured file, None for 'off', else telegram-state.pickle in the data folder."""
    if value is not None and str(value).strip().lower() in PERSISTENCE_OFF:
        return None
    if value is not None and str(value).strip():
        return Path(str(value)).expanduser()
    from bot.userdirs import data_dir

    return data_dir(create=False) / PERSISTENCE_FILE


def _read_file(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the config file ({type(exc).__name__}).") from None
    section = data.get("telegram") if isinstance(data, dict) else None
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: expected a 'telegram:' section (see the Telegram section of README.md).")
    unknown = sorted(set(section) - set(ENVIRONMENT.values()))
    if unknown:
        raise ConfigError(
            f"{path}: unknown key '{unknown[0]}' in 'telegram:'; expected one of {', '.join(ENVIRONMENT.values())}."
        )
    return {key: value for key, value in section.items() if value is not None}


def _chat_ids(value: object) -> frozenset[int] | None:
    """``"12345, -100987"`` or a YAML list of ids; nothing means every chat is served."""
    if value is None:
        return None
    parts = value if isinstance(value, list) else str(value).split(",")
    try:
        ids = frozenset(int(str(part).strip()) for part in parts if str(part).strip())
    except ValueError:
        raise ConfigError(
            "TELEGRAM_ALLOWED_CHATS must be chat ids separated by commas, such as 12345,-100987."
        ) from None
    return ids or None


def _port(value: object) -> int:
    try:
        port = int(str(value))
    except ValueError:
        port = 0
    if not 0 < port < 65536:
        raise ConfigError("TELEGRAM_WEBHOOK_PORT must be a port number between 1 and 65535.")
    return port


class TokenRedactingFilter(logging.Filter):
    """Replace the token, and anything shaped like ``bot<digits>:<secret>``, in every record."""

    def __init__(self, *tokens: str) -> None:
        super().__init__()
        self._tokens = tuple(token for token in tokens if token)

    def redact(self, text: str) -> str:
        for token in self._tokens:
            text = text.replace(token, "<token>")
        return _TOKEN_LIKE.sub("<token>", text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # mismatched %-arguments: keep what there is
            message = f"{record.msg} {record.args}"
        record.msg, record.args = self.redact(message), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def configure_logging(token: str, level: int = logging.INFO) -> None:
    """Configure logging once, at the entry point: httpx/httpcore at WARNING (they log URLs,
    which hold the token) and the redacting filter on every root handler."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    root.setLevel(min(root.level, level))  # a running bot reports at INFO even if the CLI chose WARNING
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, TokenRedactingFilter) for f in handler.filters):
            handler.addFilter(TokenRedactingFilter(token))
