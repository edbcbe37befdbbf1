"""The Telegram channel: turns updates into engine questions and replies into messages.

The only module that imports ``telegram``. It translates in and out and nothing more: the
engine answers; this module escapes, splits, quotes, retries and logs. ``main()`` only wires.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import logging
import os
import sys
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, ParseMode
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
from bot.telegram_config import TOKEN_HINT, TelegramConfig, configure_logging, load_config
from bot.telegram_text import clip, render

if TYPE_CHECKING:
    from bot.engine import Engine

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE

MAX_CALLBACK_BYTES = 64  # Telegram's limit for a button's callback_data
MAX_SUGGESTIONS = 3  # follow-up buttons under an answer; alternatives in inline mode
STORED_CALLBACKS = 4096  # long button payloads kept server-side, least recently used dropped
SEND_ATTEMPTS = 5  # tries per message on 5xx, dropped connections, timeouts and 429s
RETRY_BACKOFF_SECONDS = 0.5  # first pause between tries; doubles each time
RATE_LIMIT_RETRIES = 3  # AIORateLimiter's own retries on 429 (it waits retry_after)
INLINE_CACHE_SECONDS = 30
_INTENTS = {"summary": "summary", "people": "attendees", "topics": "topics"}


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


def _script(update: Update, engine: Engine) -> str:
    """The script to answer a command in: the last answer's, else the client's language."""
    last = engine.last_reply(_conversation(update)) if update.effective_chat else None
    if last is not None:
        return last.script
    language = (update.effective_user.language_code or "").lower()
    if language.startswith("zh"):
        return "hant" if any(tag in language for tag in ("hant", "tw", "hk", "mo")) else "hans"
    return "en" if language.startswith("en") else "hans"


def _button(text: str, kind: str, value: str, state: _State) -> InlineKeyboardButton:
    """A button whose callback data fits 64 bytes: the value itself, or a key to it."""
    data = f"{kind}:{value}"
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        key = hashlib.sha1(value.encode()).hexdigest()[:16]
        state.stored[key] = value
        state.stored.move_to_end(key)
        while len(state.stored) > STORED_CALLBACKS:
            state.stored.popitem(last=False)
        data = f"{kind}#{key}"
    return InlineKeyboardButton(clip(text, 64), callback_data=data)


def _keyboard(reply: Reply, state: _State) -> InlineKeyboardMarkup | None:
    """Meeting choices when the question was ambiguous, else the likely next questions."""
    rows = [[_button(label, "m", meeting, state)] for meeting, label in reply.choices] or [
        [_button(question, "a", question, state)]
        for question in reply.suggestions[:MAX_SUGGESTIONS]
    ]
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
            # PTB reads _retry_after itself; the public property warns until PTB 23.
            wait = exc._retry_after.total_seconds() if isinstance(exc, RetryAfter) else 0.0
            pause = max(wait, backoff * 2 ** (attempt - 1))
            log.warning(
                "sending to chat %s failed (%s); try %d in %.2fs", chat_id, exc, attempt + 1, pause
            )
        await asyncio.sleep(pause)
    raise NetworkError(f"Could not send to chat {chat_id} after {SEND_ATTEMPTS} tries.")


async def _respond(
    context: Context,
    message: Message,
    content: Reply | str,
    header: str | None = None,
    quote: bool = False,
) -> None:
    """Send a reply (with its buttons) or a text into the chat of ``message``.

    In groups, and when ``quote`` is set, the first part quotes ``message``; the buttons go
    under the last part.
    """
    reply = content if isinstance(content, Reply) else None
    texts = render(reply.text if reply else str(content), header)
    markup = _keyboard(reply, _state(context)) if reply else None
    quoted = quote or message.chat.type != ChatType.PRIVATE
    for i, text in enumerate(texts):
        quoting = ReplyParameters(message.message_id, allow_sending_without_reply=True)
        await _deliver(
            context,
            message.chat.id,
            text,
            reply_parameters=quoting if quoted and i == 0 else None,
            reply_markup=markup if i == len(texts) - 1 else None,
            message_thread_id=message.message_thread_id if message.is_topic_message else None,
        )


async def _answer(update: Update, context: Context, question: str) -> None:
    """Ask the engine in this user's conversation (it answers an empty question, too)."""
    reply = _state(context).engine.ask(question, _conversation(update))
    log.info("update %s: intent=%s answered=%s", update.update_id, reply.intent, reply.answered)
    await _respond(context, update.effective_message, reply)


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
    """Welcome the user: what the bot knows, and example questions as buttons."""
    engine = _state(context).engine
    script = _script(update, engine)
    examples = tuple(engine.example_questions(script)[:MAX_SUGGESTIONS])
    welcome = Reply(text=engine.welcome_text(script), answered=True, suggestions=examples)
    await _respond(context, update.effective_message, welcome)


async def on_help(update: Update, context: Context) -> None:
    """Explain what the bot can do (also the answer to unknown commands)."""
    engine = _state(context).engine
    await _respond(context, update.effective_message, engine.help_text(_script(update, engine)))


async def on_no_text(update: Update, context: Context) -> None:
    """Answer a sticker, photo or voice message: only text questions are read."""
    engine = _state(context).engine
    await _respond(context, update.effective_message, engine.message("no_text", _script(update, engine)))


async def on_ask(update: Update, context: Context) -> None:
    """Answer the question after /ask (or /ask@botname)."""
    parts = update.effective_message.text.split(maxsplit=1)
    await _answer(update, context, parts[1] if len(parts) > 1 else "")


async def on_intent(update: Update, context: Context) -> None:
    """Answer /summary, /people or /topics through the engine's intents."""
    engine = _state(context).engine
    command = update.effective_message.text.split()[0][1:].split("@")[0].lower()
    reply = engine.ask_intent(_INTENTS[command], _conversation(update), _script(update, engine))
    await _respond(context, update.effective_message, reply)


async def on_source(update: Update, context: Context) -> None:
    """Show the article sentences behind the last answer."""
    engine = _state(context).engine
    last = engine.last_reply(_conversation(update))
    lines = [f"¶{e.paragraph}.{e.sentence} {e.text}" for e in (last.evidence if last else ())]
    text = "\n".join(lines) or engine.message("no_source" if last else "no_answer_yet", _script(update, engine))
    await _respond(context, update.effective_message, text)


async def on_why(update: Update, context: Context) -> None:
    """Show the intent, confidence and runner-up of the last answer."""
    engine = _state(context).engine
    last = engine.last_reply(_conversation(update))
    if last is None:
        await _respond(context, update.effective_message, engine.message("no_answer_yet", _script(update, engine)))
        return
    lines = [f"intent: {last.intent or '-'}", f"confidence: {last.confidence:.2f}"]
    if last.runner_up:
        lines.append(f"runner-up: {last.runner_up[0]} ({last.runner_up[1]:.2f})")
    await _respond(context, update.effective_message, "\n".join(lines))


async def on_meetings(update: Update, context: Context) -> None:
    """List the meetings the bot knows, with their ids."""
    listing = [f"• {label} ({mid})" for mid, label in _state(context).engine.meetings()]
    await _respond(context, update.effective_message, "\n".join(listing))


async def on_meeting(update: Update, context: Context) -> None:
    """Pick the meeting for this chat: ``/meeting <id>``, or from buttons."""
    engine, parts = _state(context).engine, update.effective_message.text.split(maxsplit=1)
    if len(parts) > 1:
        reply = engine.select_meeting(_conversation(update), parts[1], _script(update, engine))
    else:
        meetings = tuple(engine.meetings())
        reply = Reply("\n".join(label for _, label in meetings), True, choices=meetings)
    await _respond(context, update.effective_message, reply)


async def on_private_text(update: Update, context: Context) -> None:
    """In a private chat, any text is a question."""
    await _answer(update, context, update.effective_message.text)


async def on_group_text(update: Update, context: Context) -> None:
    """In a group, answer an @mention of the bot or a reply to the bot; ignore all chatter."""
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


async def on_inline(update: Update, context: Context) -> None:
    """Offer the answer, and the likely next questions answered, as inline results."""
    engine, query = _state(context).engine, update.inline_query
    conversation = ("telegram", "inline", query.from_user.id)
    asked = query.query.strip()
    questions = [asked] if asked else engine.example_questions(_script(update, engine))
    pairs = [(q, engine.ask(q, conversation)) for q in questions[: MAX_SUGGESTIONS + 1]]
    if asked:  # the close alternatives: the likely next questions, answered
        nexts = pairs[0][1].suggestions[:MAX_SUGGESTIONS]
        pairs += [(q, engine.ask(q, conversation)) for q in nexts]
    results = [
        InlineQueryResultArticle(
            str(i),
            clip(q, 64),
            InputTextMessageContent(render(r.text, q)[0]),
            description=clip(r.text, 120),
        )
        for i, (q, r) in enumerate(pairs)
        if r.answered or (i == 0 and asked)
    ]
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=True)


async def on_button(update: Update, context: Context) -> None:
    """Ask the tapped follow-up question, or switch to the tapped meeting."""
    state, query = _state(context), update.callback_query
    try:
        await query.answer()
    except BadRequest as exc:  # e.g. the tap is too old to acknowledge; still act on it
        log.info("update %s: button not acknowledged: %s", update.update_id, exc)
    data = query.data or ""
    kind, value = data[:1], data[2:] if data[1:2] == ":" else state.stored.get(data[2:])
    if value is None or not isinstance(query.message, Message):
        log.info("update %s: stale or unknown button %r; ignored", update.update_id, data)
    elif kind == "m":
        script = _script(update, state.engine)
        reply = state.engine.select_meeting(_conversation(update), value, script)
        await _respond(context, query.message, reply, quote=True)
    else:
        reply = state.engine.ask(value, _conversation(update))
        await _respond(context, query.message, reply, header=value, quote=True)


async def on_error(update: object, context: Context) -> None:
    """Log every failure with its update id; nothing is ever posted into a chat."""
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(context.error, Forbidden | BadRequest):
        log.warning("update %s: Telegram refused a request: %s", update_id, context.error)
    else:
        log.error("update %s failed: %s", update_id, context.error, exc_info=context.error)


_COMMANDS = {  # command: (handler, menu description in Chinese, in English)
    "ask": (on_ask, "提问", "Ask a question"),
    "summary": (on_intent, "会议概要", "Meeting summary"),
    "people": (on_intent, "出席人员", "Who attended"),
    "topics": (on_intent, "会议议题", "Topics discussed"),
    "source": (on_source, "上一个回答的原文依据", "Article sentences behind the last answer"),
    "why": (on_why, "上一个回答的意图和置信度", "Intent and confidence of the last answer"),
    "meetings": (on_meetings, "会议列表", "List the meetings"),
    "meeting": (on_meeting, "选择会议", "Pick the meeting for this chat"),
    "help": (on_help, "帮助", "Help"),
    "start": (on_start, "开始", "Start"),
}


async def register_commands(application: Application) -> None:
    """Publish the command menu: Chinese by default, English for English-language clients."""
    for language, column in ((None, 1), ("en", 2)):
        commands = [BotCommand(name, row[column]) for name, row in _COMMANDS.items()]
        try:
            await application.bot.set_my_commands(commands, language_code=language)
        except TelegramError as exc:
            log.warning("could not publish the command menu: %s", exc)


def build_application(
    config: TelegramConfig, engine: Engine, *, retry_backoff: float = RETRY_BACKOFF_SECONDS
) -> Application:
    """The python-telegram-bot Application with every handler wired to ``engine``."""
    application = (
        Application.builder()
        .token(config.token)
        .base_url(config.base_url)
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .post_init(register_commands)
        .build()
    )
    application.bot_data["channel"] = _State(engine, config.allowed_chats, retry_backoff)
    new, private = filters.UpdateType.MESSAGE, filters.ChatType.PRIVATE
    application.add_handler(TypeHandler(Update, gate), group=-1)
    for name, (callback, *_) in _COMMANDS.items():
        application.add_handler(CommandHandler(name, callback, filters=new))
    text = new & filters.TEXT & ~filters.COMMAND
    application.add_handler(MessageHandler(text & private, on_private_text))
    application.add_handler(MessageHandler(text & filters.ChatType.GROUPS, on_group_text))
    application.add_handler(MessageHandler(new & private, on_no_text))
    application.add_handler(InlineQueryHandler(on_inline))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_error_handler(on_error)
    return application


def webhook_options(config: TelegramConfig) -> dict[str, Any]:
    """Arguments for ``run_webhook``/``start_webhook``; PTB checks the secret on every request."""
    path = urlsplit(config.webhook_url or "").path.lstrip("/")
    return {
        "listen": config.webhook_listen,
        "port": config.webhook_port,
        "url_path": path,
        "webhook_url": config.webhook_url,
        "secret_token": config.webhook_secret,
        "allowed_updates": Update.ALL_TYPES,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the Telegram bot: long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set."""
    parser = argparse.ArgumentParser(prog="python -m bot telegram", description=main.__doc__)
    parser.add_argument("--article", action="append", type=Path, help="a report (repeatable)")
    parser.add_argument("--seeds", type=Path, help="a directory of article files")
    parser.add_argument("--config", type=Path, help="a YAML file with a 'telegram:' section")
    args = parser.parse_args(argv)
    try:
        config = load_config(os.environ, args.config)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    configure_logging(config.token)
    # A rejected token ends with the one-line error below, not PTB's traceback of it.
    logging.getLogger("telegram.ext").addFilter(lambda r: not _is_invalid_token(r.exc_info))
    from bot.engine import Engine

    sources = {"articles": args.article, "seeds": args.seeds}
    application = build_application(config, Engine.load(**{k: v for k, v in sources.items() if v}))
    try:
        if config.webhook_url:
            application.run_webhook(**webhook_options(config), bootstrap_retries=3)
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=3)
    except InvalidToken:
        print(f"error: Telegram rejected TELEGRAM_BOT_TOKEN: {TOKEN_HINT}.", file=sys.stderr)
        return 2
    except NetworkError as exc:
        print(f"error: cannot reach the Bot API at {config.base_url}: {exc}", file=sys.stderr)
        return 1
    return 0


def _is_invalid_token(exc_info: Any) -> bool:
    return bool(exc_info) and isinstance(exc_info[1], InvalidToken)
