"""The Telegram channel: turns updates into engine questions and replies into messages.

The only module that imports ``telegram``. It translates in and out and nothing more: the
engine answers, this module escapes, splits, quotes, retries and logs. ``main()`` wires.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import html
import logging
import os
import re
import secrets
import sys
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import yaml
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.errors import ConfigError
from bot.models import Reply

if TYPE_CHECKING:
    from bot.engine import Engine

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE

MAX_MESSAGE_CHARS = 4096  # Telegram's limit, in UTF-16 units after entity parsing
MAX_CALLBACK_BYTES = 64  # Telegram's limit for callback_data
MAX_HEADER_CHARS = 200  # a quoted question above an answer is clipped to this
MAX_SUGGESTIONS = 3  # follow-up buttons under an answer, and alternatives in inline mode
STORED_CALLBACKS = 4096  # long button payloads kept server-side (least recently used dropped)
SEND_ATTEMPTS = 5  # tries per message on 5xx, dropped connections, timeouts and 429s
RETRY_BACKOFF_SECONDS = 0.5  # first pause between tries; doubles each time
RATE_LIMIT_RETRIES = 3  # AIORateLimiter's own retries on 429 (retry_after)
INLINE_CACHE_SECONDS = 30
DEFAULT_BASE_URL = "https://api.telegram.org/bot"

_TOKEN = re.compile(r"^[0-9]+:[A-Za-z0-9_-]{30,}$")
_TOKENISH = re.compile(r"(?:bot)?[0-9]{3,}:[A-Za-z0-9_-]{30,}")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_SENTENCE_ENDS = "。！？.!?\n"
_CLOSERS = "”’」』）)\"'"
_HINT = "create a bot with @BotFather (https://t.me/BotFather) and export its token, or run `make run` without TELEGRAM_BOT_TOKEN for the console mode"
_ENV = {
    "TELEGRAM_BOT_TOKEN": "token",
    "TELEGRAM_API_BASE_URL": "api_base_url",
    "TELEGRAM_ALLOWED_CHATS": "allowed_chats",
    "TELEGRAM_WEBHOOK_URL": "webhook_url",
    "TELEGRAM_WEBHOOK_PORT": "webhook_port",
    "TELEGRAM_WEBHOOK_SECRET": "webhook_secret",
    "TELEGRAM_WEBHOOK_LISTEN": "webhook_listen",
}
_INTENT_COMMANDS = {"summary": "summary", "people": "attendees", "topics": "topics"}
_COMMANDS = {  # command: (Chinese, English) menu description
    "ask": ("提问", "Ask a question"),
    "summary": ("会议概要", "Meeting summary"),
    "people": ("出席人员", "Who attended"),
    "topics": ("会议议题", "Topics discussed"),
    "source": ("上一个回答的原文依据", "Article sentences behind the last answer"),
    "why": ("上一个回答的意图和置信度", "Intent and confidence of the last answer"),
    "meetings": ("会议列表", "List the meetings"),
    "meeting": ("选择会议", "Pick a meeting"),
    "help": ("帮助", "Help"),
    "start": ("开始", "Start"),
}
_LABELS = {
    "none": {
        "hans": "还没有回答过问题，先问一个吧。",
        "hant": "還沒有回答過問題，先問一個吧。",
        "en": "No answer yet; ask a question first.",
    },
    "no_source": {
        "hans": "上一个回答没有引用原文。",
        "hant": "上一個回答沒有引用原文。",
        "en": "The last answer quotes no article sentence.",
    },
}


@dataclass(frozen=True)
class TelegramConfig:
    """Where and how the bot talks to Telegram; the token and secret never show in its repr."""

    token: str = field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    allowed_chats: frozenset[int] | None = None
    webhook_url: str | None = None
    webhook_port: int = 8443
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_listen: str = "0.0.0.0"


def load_config(environ: Mapping[str, str], path: Path | None = None) -> TelegramConfig:
    """Read the ``telegram:`` section of a YAML file, then the environment (which wins)."""
    values: dict[str, Any] = {}
    if path is not None:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(
                f"{path}: cannot read the config file ({type(exc).__name__})."
            ) from None
        section = data.get("telegram", {}) if isinstance(data, dict) else None
        if not isinstance(section, dict) or set(section) - set(_ENV.values()):
            raise ConfigError(
                f"{path}: expected a 'telegram:' mapping with keys {', '.join(_ENV.values())}."
            )
        values.update({k: v for k, v in section.items() if v is not None})
    values.update(
        {key: environ[name] for name, key in _ENV.items() if environ.get(name, "").strip()}
    )
    token = str(values.get("token", "")).strip()
    if not token:
        raise ConfigError(f"TELEGRAM_BOT_TOKEN is not set: {_HINT}.")
    if not _TOKEN.match(token):
        raise ConfigError(f"TELEGRAM_BOT_TOKEN is malformed (expected <digits>:<secret>): {_HINT}.")
    chats = values.get("allowed_chats")
    if isinstance(chats, str):
        chats = [part for part in chats.split(",") if part.strip()]
    try:
        allowed = frozenset(int(chat) for chat in chats) if chats else None
        port = int(values.get("webhook_port", 8443))
    except (TypeError, ValueError):
        raise ConfigError(
            "TELEGRAM_ALLOWED_CHATS must be comma-separated chat ids and TELEGRAM_WEBHOOK_PORT a number."
        ) from None
    url = values.get("webhook_url")
    secret = values.get("webhook_secret") or (secrets.token_urlsafe(32) if url else None)
    if secret is not None and not _SECRET.match(str(secret)):
        raise ConfigError(
            "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -."
        )
    return TelegramConfig(
        token,
        str(values.get("api_base_url", DEFAULT_BASE_URL)),
        allowed,
        url,
        port,
        secret,
        str(values.get("webhook_listen", "0.0.0.0")),
    )


class TokenRedactingFilter(logging.Filter):
    """Replace the bot token, and anything shaped like ``bot<digits>:<secret>``, in every record."""

    def __init__(self, *tokens: str) -> None:
        super().__init__()
        self._tokens = tuple(token for token in tokens if token)

    def redact(self, text: str) -> str:
        for token in self._tokens:
            text = text.replace(token, "<token>")
        return _TOKENISH.sub("<token>", text)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = self.redact(record.getMessage()), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def configure_logging(token: str, level: int = logging.INFO) -> None:
    """Set up logging once: quiet httpx/httpcore and redact the token on every root handler."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        handler.addFilter(TokenRedactingFilter(token))


def split_message(text: str, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """Cut text into pieces of at most ``limit`` UTF-16 units, at sentence ends when possible."""
    pieces = []
    while _utf16_len(text) > limit:
        cut = _fit(text, limit)
        end = max(text.rfind(mark, 0, cut) for mark in _SENTENCE_ENDS) + 1
        end = end or text.rfind(" ", 0, cut) + 1 or cut
        while end < cut and text[end] in _CLOSERS:
            end += 1
        pieces.append(text[:end])
        text = text[end:]
    return [*pieces, text] if text else pieces


def render(text: str, header: str | None = None) -> list[str]:
    """HTML messages for plain text: escaped, split, with an optional bold header on the first."""
    head = _clip(header, MAX_HEADER_CHARS) if header else ""
    pieces = [p for p in split_message(text, MAX_MESSAGE_CHARS - _utf16_len(head) - 1) if p.strip()]
    messages = [html.escape(piece.strip("\n")) for piece in pieces]
    if head:
        messages[:1] = [f"<b>{html.escape(head)}</b>\n" + "".join(messages[:1])]
    return messages


@dataclass
class _State:
    engine: Engine
    allowed_chats: frozenset[int] | None
    retry_backoff: float
    stored: OrderedDict[str, str] = field(default_factory=OrderedDict)


def _state(context: Context) -> _State:
    return context.bot_data["channel"]


def _conversation(update: Update) -> tuple[str, int, int]:
    return ("telegram", update.effective_chat.id, update.effective_user.id)


def _script(update: Update, state: _State) -> str:
    last = state.engine.last_reply(_conversation(update))
    if last is not None:
        return last.script
    language = (update.effective_user.language_code or "").lower()
    if language.startswith("zh"):
        return "hant" if any(tag in language for tag in ("hant", "tw", "hk", "mo")) else "hans"
    return "en" if language.startswith("en") else "hans"


def _button(text: str, kind: str, value: str, state: _State) -> InlineKeyboardButton:
    """A button whose callback data fits 64 bytes: inline when short, else a stored key."""
    data = f"{kind}:{value}"
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        key = hashlib.sha1(value.encode()).hexdigest()[:16]
        state.stored[key] = value
        state.stored.move_to_end(key)
        while len(state.stored) > STORED_CALLBACKS:
            state.stored.popitem(last=False)
        data = f"{kind}#{key}"
    return InlineKeyboardButton(_clip(text, 64), callback_data=data)


def _keyboard(reply: Reply, state: _State) -> InlineKeyboardMarkup | None:
    if reply.choices:
        rows = [[_button(label, "m", meeting, state)] for meeting, label in reply.choices]
    else:
        rows = [[_button(q, "a", q, state)] for q in reply.suggestions[:MAX_SUGGESTIONS]]
    return InlineKeyboardMarkup(rows) if rows else None


async def _deliver(context: Context, chat_id: int, text: str, **kwargs: Any) -> Message:
    """Send one message, retrying transient failures with backoff; refusals are raised."""
    backoff = _state(context).retry_backoff
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await context.bot.send_message(chat_id, text, **kwargs)
        except ChatMigrated as exc:  # the group became a supergroup
            chat_id, pause = exc.new_chat_id, 0.0
        except (BadRequest, Forbidden):
            raise
        except (RetryAfter, NetworkError) as exc:  # 429, 5xx, dropped connection, timeout
            if attempt == SEND_ATTEMPTS:
                raise
            # PTB itself reads _retry_after; the public property warns until PTB 23.
            wait = exc._retry_after.total_seconds() if isinstance(exc, RetryAfter) else 0.0
            pause = max(wait, backoff * 2 ** (attempt - 1))
            log.warning(
                "sending to chat %s failed (%s); try %d in %.2fs", chat_id, exc, attempt + 1, pause
            )
        await asyncio.sleep(pause)
    raise NetworkError(f"Could not send to chat {chat_id} after {SEND_ATTEMPTS} tries.")


async def _send(
    context: Context,
    message: Message,
    texts: Sequence[str],
    markup: InlineKeyboardMarkup | None = None,
    quote: bool = False,
) -> None:
    """Send messages into the chat of ``message``; the first quotes it in groups (or if asked)."""
    quoted = quote or message.chat.type != "private"
    for i, text in enumerate(texts):
        await _deliver(
            context,
            message.chat.id,
            text,
            reply_parameters=ReplyParameters(message.message_id, allow_sending_without_reply=True)
            if quoted and i == 0
            else None,
            reply_markup=markup if i == len(texts) - 1 else None,
            message_thread_id=message.message_thread_id if message.is_topic_message else None,
        )


async def _answer(update: Update, context: Context, question: str) -> None:
    """Ask the engine in this user's conversation and send the reply with follow-up buttons."""
    state = _state(context)
    if not question.strip():
        await _send(
            context,
            update.effective_message,
            render(state.engine.help_text(_script(update, state))),
        )
        return
    reply = state.engine.ask(question, _conversation(update))
    log.info("update %s: intent=%s answered=%s", update.update_id, reply.intent, reply.answered)
    await _send(context, update.effective_message, render(reply.text), _keyboard(reply, state))


async def gate(update: object, context: Context) -> None:
    """Stop every update from a chat outside the allowlist before any handler sees it."""
    allowed = _state(context).allowed_chats
    if allowed is None or not isinstance(update, Update):
        return
    chat, user = update.effective_chat, update.effective_user
    where = chat.id if chat else user.id if user else None
    if where not in allowed:
        log.info("update %s: chat %s is not in the allowlist; ignored", update.update_id, where)
        raise ApplicationHandlerStop


async def on_start(update: Update, context: Context) -> None:
    """Welcome the user and offer example questions as buttons."""
    state = _state(context)
    script = _script(update, state)
    examples = state.engine.example_questions(script)[:4]
    markup = (
        InlineKeyboardMarkup([[_button(q, "a", q, state)] for q in examples]) if examples else None
    )
    await _send(
        context, update.effective_message, render(state.engine.welcome_text(script)), markup
    )


async def on_help(update: Update, context: Context) -> None:
    """Explain what the bot can do."""
    state = _state(context)
    await _send(
        context, update.effective_message, render(state.engine.help_text(_script(update, state)))
    )


async def on_ask(update: Update, context: Context) -> None:
    """Answer the question after /ask (or /ask@botname)."""
    parts = (update.effective_message.text or "").split(maxsplit=1)
    await _answer(update, context, parts[1] if len(parts) > 1 else "")


async def on_intent(update: Update, context: Context) -> None:
    """Answer /summary, /people or /topics through the engine's intents."""
    state = _state(context)
    command = update.effective_message.text.split(maxsplit=1)[0][1:].split("@")[0].lower()
    reply = state.engine.ask_intent(
        _INTENT_COMMANDS[command], _conversation(update), _script(update, state)
    )
    await _send(context, update.effective_message, render(reply.text), _keyboard(reply, state))


async def on_source(update: Update, context: Context) -> None:
    """Show the article sentences behind the last answer."""
    state = _state(context)
    last = state.engine.last_reply(_conversation(update))
    if last is None or not last.evidence:
        text = _LABELS["none" if last is None else "no_source"][_script(update, state)]
    else:
        text = "\n".join(f"¶{e.paragraph}.{e.sentence} {e.text}" for e in last.evidence)
    await _send(context, update.effective_message, render(text))


async def on_why(update: Update, context: Context) -> None:
    """Show the intent, confidence and runner-up of the last answer."""
    state = _state(context)
    last = state.engine.last_reply(_conversation(update))
    if last is None:
        lines = [_LABELS["none"][_script(update, state)]]
    else:
        lines = [f"intent: {last.intent or '-'}", f"confidence: {last.confidence:.2f}"]
        if last.runner_up:
            lines.append(f"runner-up: {last.runner_up[0]} ({last.runner_up[1]:.2f})")
    await _send(context, update.effective_message, render("\n".join(lines)))


async def on_meetings(update: Update, context: Context) -> None:
    """List the meetings the bot knows."""
    meetings = _state(context).engine.meetings()
    await _send(
        context,
        update.effective_message,
        render("\n".join(f"• {label} ({mid})" for mid, label in meetings)),
    )


async def on_meeting(update: Update, context: Context) -> None:
    """Pick the meeting for this chat: directly with an id, or with buttons."""
    state = _state(context)
    parts = update.effective_message.text.split(maxsplit=1)
    if len(parts) > 1:
        reply = state.engine.select_meeting(
            _conversation(update), parts[1].strip(), _script(update, state)
        )
        await _send(context, update.effective_message, render(reply.text), _keyboard(reply, state))
        return
    rows = [[_button(label, "m", mid, state)] for mid, label in state.engine.meetings()]
    listing = "\n".join(label for _, label in state.engine.meetings())
    await _send(context, update.effective_message, render(listing), InlineKeyboardMarkup(rows))


async def on_private_text(update: Update, context: Context) -> None:
    """In a private chat, any text is a question."""
    await _answer(update, context, update.effective_message.text)


async def on_group_text(update: Update, context: Context) -> None:
    """In a group, answer only an @mention of the bot or a reply to the bot; ignore chatter."""
    message, me = update.effective_message, context.bot
    text, addressed = message.text, False
    for entity, value in message.parse_entities(
        [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    ).items():
        if value.lower() == f"@{me.username}".lower() or (entity.user and entity.user.id == me.id):
            text, addressed = text.replace(value, " "), True
    replied = message.reply_to_message
    if addressed or (replied and replied.from_user and replied.from_user.id == me.id):
        await _answer(update, context, " ".join(text.split()))


async def on_private_other(update: Update, context: Context) -> None:
    """In a private chat, answer a sticker, photo or unknown command with the help text."""
    await on_help(update, context)


async def on_inline(update: Update, context: Context) -> None:
    """Offer the answer, and the suggested follow-ups answered, as inline results."""
    state, query = _state(context), update.inline_query
    conversation = ("telegram", "inline", query.from_user.id)
    asked = query.query.strip()
    questions = [asked] if asked else state.engine.example_questions(_script(update, state))
    pairs = [(q, state.engine.ask(q, conversation)) for q in questions[: MAX_SUGGESTIONS + 1]]
    if asked:
        pairs += [
            (q, state.engine.ask(q, conversation))
            for q in pairs[0][1].suggestions[:MAX_SUGGESTIONS]
        ]
    results = [
        InlineQueryResultArticle(
            str(i),
            _clip(q, 64),
            InputTextMessageContent(render(r.text, q)[0]),
            description=_clip(r.text, 100),
        )
        for i, (q, r) in enumerate(pairs)
        if (i == 0 and asked) or r.answered
    ]
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=True)


async def on_button(update: Update, context: Context) -> None:
    """Ask the tapped follow-up question, or switch to the tapped meeting."""
    state, query = _state(context), update.callback_query
    try:
        await query.answer()
    except BadRequest as exc:  # e.g. the tap is too old to acknowledge; still act on it
        log.info("update %s: callback not acknowledged: %s", update.update_id, exc)
    data = query.data or ""
    kind, value = data[:1], data[2:] if data[1:2] == ":" else state.stored.get(data[2:])
    if value is None or not isinstance(query.message, Message):
        log.info("update %s: stale or unknown button %r; ignored", update.update_id, data)
        return
    if kind == "m":
        reply = state.engine.select_meeting(_conversation(update), value, _script(update, state))
        await _send(context, query.message, render(reply.text), _keyboard(reply, state))
    else:
        reply = state.engine.ask(value, _conversation(update))
        await _send(
            context, query.message, render(reply.text, value), _keyboard(reply, state), quote=True
        )


async def on_error(update: object, context: Context) -> None:
    """Log every failure with its update id; nothing is ever posted to the chat."""
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(context.error, Forbidden | BadRequest):
        log.warning("update %s: Telegram refused the request: %s", update_id, context.error)
    else:
        log.error("update %s failed: %s", update_id, context.error, exc_info=context.error)


async def register_commands(application: Application) -> None:
    """Publish the command menu (Chinese by default, English for English-language clients)."""
    for language, column in ((None, 0), ("en", 1)):
        commands = [BotCommand(name, texts[column]) for name, texts in _COMMANDS.items()]
        try:
            await application.bot.set_my_commands(commands, language_code=language)
        except TelegramError as exc:
            log.warning("could not register the command menu: %s", exc)


def build_application(
    config: TelegramConfig, engine: Engine, *, retry_backoff: float = RETRY_BACKOFF_SECONDS
) -> Application:
    """The python-telegram-bot Application with every handler wired to ``engine``."""
    application = (
        Application.builder()
        .token(config.token)
        .base_url(config.base_url)
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .post_init(register_commands)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
            )
        )
        .build()
    )
    application.bot_data["channel"] = _State(engine, config.allowed_chats, retry_backoff)
    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    new = filters.UpdateType.MESSAGE
    application.add_handler(TypeHandler(Update, gate), group=-1)
    for name, callback in (
        ("start", on_start),
        ("help", on_help),
        ("ask", on_ask),
        ("source", on_source),
        ("why", on_why),
        ("meetings", on_meetings),
        ("meeting", on_meeting),
    ):
        application.add_handler(CommandHandler(name, callback, filters=new))
    application.add_handler(CommandHandler(list(_INTENT_COMMANDS), on_intent, filters=new))
    application.add_handler(
        MessageHandler(new & private & filters.TEXT & ~filters.COMMAND, on_private_text)
    )
    application.add_handler(
        MessageHandler(new & groups & filters.TEXT & ~filters.COMMAND, on_group_text)
    )
    application.add_handler(MessageHandler(new & private, on_private_other))
    application.add_handler(InlineQueryHandler(on_inline))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_error_handler(on_error)
    return application


def webhook_options(config: TelegramConfig) -> dict[str, Any]:
    """Arguments for ``run_webhook``/``start_webhook``: listen locally, check the secret."""
    return {
        "listen": config.webhook_listen,
        "port": config.webhook_port,
        "webhook_url": config.webhook_url,
        "url_path": urlsplit(config.webhook_url or "").path.lstrip("/"),
        "secret_token": config.webhook_secret,
        "allowed_updates": Update.ALL_TYPES,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the Telegram bot (long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set)."""
    parser = argparse.ArgumentParser(prog="python -m bot telegram", description=main.__doc__)
    parser.add_argument(
        "--article", action="append", type=Path, help="an article file (repeatable)"
    )
    parser.add_argument("--seeds", type=Path, help="a directory of article files")
    parser.add_argument("--config", type=Path, help="a YAML file with a 'telegram:' section")
    args = parser.parse_args(argv)
    try:
        config = load_config(os.environ, args.config)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    configure_logging(config.token)
    from bot.engine import Engine

    sources = {"articles": args.article, "seeds": args.seeds}
    application = build_application(config, Engine.load(**{k: v for k, v in sources.items() if v}))
    try:
        if config.webhook_url:
            application.run_webhook(**webhook_options(config), bootstrap_retries=3)
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=3)
    except InvalidToken:
        print(f"error: Telegram rejected TELEGRAM_BOT_TOKEN: {_HINT}.", file=sys.stderr)
        return 2
    except NetworkError as exc:
        print(
            f"error: cannot reach the Telegram Bot API at {config.base_url} ({exc}).",
            file=sys.stderr,
        )
        return 1
    return 0


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _fit(text: str, limit: int) -> int:
    """The longest prefix length (in characters) that fits ``limit`` UTF-16 units."""
    used = 0
    for i, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return i
    return len(text)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
