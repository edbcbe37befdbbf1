"""The Telegram channel: turns updates into engine questions and replies into messages.

The only module that imports ``telegram``. It translates in and out and nothing more: the
engine answers and bot/commands.py implements the commands; this module escapes, splits,
quotes, orders, retries, persists and logs. ``main()`` only wires.

- Updates of different chats are handled concurrently, those of one chat in order
  (`ChatOrder`, a small queue per chat). Engine work runs in one worker thread, off the
  event loop, so a slow send never holds another chat and the engine is never called from
  two threads at once.
- A send is retried only when the request cannot have reached Telegram (connection refused,
  connect or pool timeout, 429 with retry_after, 5xx); after a read timeout or a dropped
  connection it may have been delivered, so it is logged and not sent again.
- Each conversation (current meeting, follow-up context, last answer, a pending "which
  meeting?") and the long button payloads are kept in the chat's ``chat_data``, which
  ``PicklePersistence`` saves (``persistence_file``), so both survive a restart.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import logging
import os
import sys
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Hashable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import httpx
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
    BaseRateLimiter,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    PersistenceInput,
    PicklePersistence,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot import commands
from bot.errors import BotError, ConfigError
from bot.models import Reply
from bot.telegram_config import TOKEN_HINT, TelegramConfig, configure_logging, load_config
from bot.telegram_text import clip, render

if TYPE_CHECKING:
    from bot.engine import Engine

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE
T = TypeVar("T")

MAX_CALLBACK_BYTES = 64  # Telegram's limit for a button's callback_data
MAX_SUGGESTIONS = 3  # follow-up buttons under an answer; alternatives in inline mode
STORED_CALLBACKS = 256  # long button payloads kept per chat, least recently used dropped
STORED_CONVERSATIONS = 1000  # conversations kept per (group) chat, least recently used dropped
SEND_ATTEMPTS = 5  # tries per message when it cannot have been delivered
RETRY_BACKOFF_SECONDS = 0.5  # first pause between tries; doubles each time
RATE_LIMIT_RETRIES = 3  # AIORateLimiter's own retries on 429 (it waits retry_after)
MAX_BUSY_CHATS = 64  # chats whose updates are handled at the same time (each sends one message at a time)
CONNECTION_POOL_SIZE = MAX_BUSY_CHATS  # httpcore scans its whole pool per request: keep it small
PERSIST_EVERY_SECONDS = 30  # PicklePersistence writes the file this often, and on stop
INLINE_CACHE_SECONDS = 30
USAGE = commands.usage_line(("/ask 问题",))


# -- order: one queue per chat; engine work in one thread ------------------------------------


def _order_key(update: object) -> Hashable | None:
    """Updates with the same key are handled in order: a chat, else a user (inline queries)."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return ("user", update.effective_user.id) if update.effective_user else None


class ChatOrder(BaseUpdateProcessor):
    """Handles updates of different chats concurrently and those of one chat in order.

    The first update of an idle chat runs at once and then drains the updates that arrived
    for that chat meanwhile, oldest first; each busy chat holds one of ``max_busy_chats``
    slots, so a chat whose sends keep failing delays only itself. Also owns the one worker
    thread in which every engine call runs (the engine is not made for several threads).
    """

    def __init__(self, max_busy_chats: int = MAX_BUSY_CHATS) -> None:
        super().__init__(max_busy_chats)
        self._queues: dict[Hashable, deque[Awaitable[Any]]] = {}
        self.engine_worker: ThreadPoolExecutor | None = None

    async def initialize(self) -> None:
        if self.engine_worker is None:
            self.engine_worker = ThreadPoolExecutor(1, thread_name_prefix="engine")

    async def shutdown(self) -> None:
        if self.engine_worker is not None:
            self.engine_worker.shutdown(wait=True)
            self.engine_worker = None

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _order_key(update)
        if key is None:
            await coroutine
            return
        queue = self._queues.get(key)
        if queue is not None:  # the chat is busy: its running update handles this one next
            queue.append(coroutine)
            return
        queue = self._queues[key] = deque([coroutine])
        try:
            while queue:
                try:
                    await queue[0]
                except Exception:  # PTB's error handlers saw it already; go on with the chat
                    log.exception("an update of chat %s failed outside its handlers", key)
                queue.popleft()
        finally:
            del self._queues[key]
            for left in queue:  # cancelled while stopping: nothing else will run these
                if asyncio.iscoroutine(left):
                    left.close()


async def _in_engine(context: Context, work: Callable[[], T]) -> T:
    """Run engine work in the engine's thread, off the event loop."""
    worker = context.application.update_processor.engine_worker  # type: ignore[attr-defined]
    return await asyncio.get_running_loop().run_in_executor(worker, work)


# -- state kept per chat (persisted) ----------------------------------------------------------


@dataclass
class _State:
    engine: Engine
    allowed_chats: frozenset[int] | None
    retry_backoff: float


def _state(context: Context) -> _State:
    return context.bot_data["channel"]


def _conversation(update: Update) -> tuple[str, Any, int]:
    if update.effective_chat is None:  # inline queries: the user's own, never persisted
        return ("telegram", "inline", update.effective_user.id)
    return ("telegram", update.effective_chat.id, update.effective_user.id)


def _saved(context: Context) -> OrderedDict[int, dict[str, Any]] | None:
    """The chat's stored conversations by user id (None outside a chat)."""
    if context.chat_data is None:
        return None
    return context.chat_data.setdefault("conversations", OrderedDict())


def _language_script(update: Update) -> str:
    """The script of the user's Telegram language, for commands before any question."""
    language = ((update.effective_user and update.effective_user.language_code) or "").lower()
    if language.startswith("zh"):
        return "hant" if any(tag in language for tag in ("hant", "tw", "hk", "mo")) else "hans"
    return "en" if language.startswith("en") else "hans"


async def _converse(
    update: Update, context: Context, work: Callable[[Engine, Hashable, str], T]
) -> T:
    """Run ``work(engine, conversation, script)`` in the engine's thread with this user's
    conversation restored from the chat's stored state, and store the state it leaves."""
    engine, key = _state(context).engine, _conversation(update)
    saved = _saved(context)
    user = update.effective_user.id if update.effective_user else 0
    before = saved.get(user) if saved is not None else None
    fallback = _language_script(update)

    def job() -> tuple[T, dict[str, Any] | None]:
        if before is not None and not engine.has_conversation(key):
            engine.restore_conversation(key, before)  # after a restart
        result = work(engine, key, commands.script_of(engine, key, fallback))
        return result, engine.conversation_state(key) if saved is not None else None

    result, after = await _in_engine(context, job)
    if saved is not None:
        if after is None:
            saved.pop(user, None)
        else:
            saved[user] = after
            saved.move_to_end(user)
            while len(saved) > STORED_CONVERSATIONS:
                saved.popitem(last=False)
    return result


# -- sending ------------------------------------------------------------------------------------


class ServerError(NetworkError):
    """Raised when the Bot API answers with a 5xx status: it did not process the request."""


class BotAPIRequest(HTTPXRequest):
    """PTB's HTTPX request, telling a 5xx answer apart from a failure in transit."""

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await super().do_request(*args, **kwargs)
        if code >= 500:
            try:
                description = json.loads(payload).get("description") or ""
            except (ValueError, AttributeError):
                description = ""
            raise ServerError(f"{description or 'Server error'} ({code})")
        return code, payload


def undelivered(exc: BaseException) -> bool:
    """True when a failed request cannot have reached Telegram, so sending again is safe."""
    if isinstance(exc, RetryAfter | ServerError):
        return True
    cause = exc.__cause__
    return isinstance(exc, NetworkError) and isinstance(
        cause, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout
    )


def _button(text: str, kind: str, value: str, store: OrderedDict[str, str] | None) -> InlineKeyboardButton:
    """A button whose callback data fits 64 bytes: the value itself, or a key to it stored
    in the chat's data (persisted with it)."""
    data = f"{kind}:{value}"
    if len(data.encode()) > MAX_CALLBACK_BYTES and store is not None:
        key = hashlib.sha1(value.encode()).hexdigest()[:16]
        store[key] = value
        store.move_to_end(key)
        while len(store) > STORED_CALLBACKS:
            store.popitem(last=False)
        data = f"{kind}#{key}"
    return InlineKeyboardButton(clip(text, 64), callback_data=data[:MAX_CALLBACK_BYTES])


def _buttons(context: Context) -> OrderedDict[str, str] | None:
    if context.chat_data is None:
        return None
    return context.chat_data.setdefault("buttons", OrderedDict())


def _keyboard(reply: Reply, context: Context) -> InlineKeyboardMarkup | None:
    """Meeting choices when the question was ambiguous, else the likely next questions."""
    store = _buttons(context)
    rows = [[_button(label, "m", meeting, store)] for meeting, label in reply.choices] or [
        [_button(question, "a", question, store)]
        for question in reply.suggestions[:MAX_SUGGESTIONS]
    ]
    return InlineKeyboardMarkup(rows) if rows else None


async def _deliver(context: Context, chat_id: int, text: str, **kwargs: Any) -> Message:
    """Send one message; retried with backoff only while it cannot have been delivered."""
    backoff = _state(context).retry_backoff
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await context.bot.send_message(chat_id, text, **kwargs)
        except ChatMigrated as exc:  # the group became a supergroup
            chat_id, pause = exc.new_chat_id, 0.0
        except TelegramError as exc:
            if not undelivered(exc):
                if isinstance(exc, NetworkError) and not isinstance(exc, BadRequest):
                    log.warning(
                        "sending to chat %s failed after the request went out (%s): it may "
                        "have been delivered, so it is not sent again",
                        chat_id,
                        exc,
                    )
                raise
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
    markup = _keyboard(reply, context) if reply else None
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
    reply = await _converse(update, context, lambda engine, key, _: engine.ask(question, key))
    log.info("update %s: intent=%s answered=%s", update.update_id, reply.intent, reply.answered)
    await _respond(context, update.effective_message, reply)


# -- handlers -------------------------------------------------------------------------------------


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

    def welcome(engine: Engine, key: Hashable, script: str) -> Reply:
        examples = tuple(engine.example_questions(script)[:MAX_SUGGESTIONS])
        return Reply(text=engine.welcome_text(script), answered=True, suggestions=examples)

    await _respond(context, update.effective_message, await _converse(update, context, welcome))


async def on_command(update: Update, context: Context) -> None:
    """/help, /source, /why, /meetings, /meeting, /summary, /people, /topics, /new and unknown
    commands: the commands every channel shares (bot/commands.py)."""
    line = update.effective_message.text
    result = await _converse(
        update, context, lambda engine, key, script: commands.run(engine, key, line, script, USAGE)
    )
    await _respond(context, update.effective_message, result if result is not None else "")


async def on_no_text(update: Update, context: Context) -> None:
    """Answer a sticker, photo or voice message: only text questions are read."""
    text = await _converse(update, context, lambda engine, _, script: engine.message("no_text", script))
    await _respond(context, update.effective_message, text)


async def on_ask(update: Update, context: Context) -> None:
    """Answer the question after /ask (or /ask@botname)."""
    parts = update.effective_message.text.split(maxsplit=1)
    await _answer(update, context, parts[1] if len(parts) > 1 else "")


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
    query = update.inline_query
    asked = query.query.strip()

    def answers(engine: Engine, key: Hashable, script: str) -> list[tuple[str, Reply]]:
        questions = [asked] if asked else engine.example_questions(script)
        pairs = [(q, engine.ask(q, key)) for q in questions[: MAX_SUGGESTIONS + 1]]
        if asked:  # the close alternatives: the likely next questions, answered
            pairs += [(q, engine.ask(q, key)) for q in pairs[0][1].suggestions[:MAX_SUGGESTIONS]]
        return pairs

    pairs = await _converse(update, context, answers)
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
    query = update.callback_query
    data = query.data or ""
    stored = _buttons(context) or {}
    kind, value = data[:1], data[2:] if data[1:2] == ":" else stored.get(data[2:])
    stale = value is None or not isinstance(query.message, Message)
    try:
        if stale:
            script = await _converse(update, context, lambda engine, key, script: script)
            await query.answer(_state(context).engine.message("stale_button", script))
        else:
            await query.answer()
    except BadRequest as exc:  # e.g. the tap is too old to acknowledge; still act on it
        log.info("update %s: button not acknowledged: %s", update.update_id, exc)
    if stale:
        log.info("update %s: stale or unknown button %r; ignored", update.update_id, data)
    elif kind == "m":
        reply = await _converse(
            update, context, lambda engine, key, script: engine.select_meeting(key, value, script)
        )
        await _respond(context, query.message, reply, quote=True)
    else:
        reply = await _converse(update, context, lambda engine, key, _: engine.ask(value, key))
        await _respond(context, query.message, reply, header=value, quote=True)


async def on_error(update: object, context: Context) -> None:
    """Log every failure with its update id; nothing is ever posted into a chat."""
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(context.error, Forbidden | BadRequest):
        log.warning("update %s: Telegram refused a request: %s", update_id, context.error)
    else:
        log.error("update %s failed: %s", update_id, context.error, exc_info=context.error)


_OWN_COMMANDS = {  # Telegram's own: command -> (handler, menu description in Chinese, English)
    "ask": (on_ask, "提问", "Ask a question"),
    "start": (on_start, "开始", "Start"),
}


async def register_commands(application: Application) -> None:
    """Publish the command menu: Chinese by default, English for English-language clients."""
    rows = [(c.name, c.hans, c.en) for c in commands.COMMANDS]
    rows += [(name, zh, en) for name, (_, zh, en) in _OWN_COMMANDS.items()]
    for language, column in ((None, 1), ("en", 2)):
        menu = [BotCommand(row[0], row[column]) for row in rows]
        try:
            await application.bot.set_my_commands(menu, language_code=language)
        except TelegramError as exc:
            log.warning("could not publish the command menu: %s", exc)


def build_application(
    config: TelegramConfig,
    engine: Engine,
    *,
    retry_backoff: float = RETRY_BACKOFF_SECONDS,
    rate_limiter: BaseRateLimiter | None = None,
    read_timeout: float | None = None,
) -> Application:
    """The python-telegram-bot Application with every handler wired to ``engine``.

    ``rate_limiter`` replaces the production AIORateLimiter (Telegram's own limits), e.g. in
    a load test that measures the bot rather than Telegram's pace.
    """
    commands.check_messages(engine.knowledge, (*commands.REQUIRED_MESSAGES, "stale_button", "no_text"))
    timeouts = {"read_timeout": read_timeout} if read_timeout is not None else {}
    builder = (
        Application.builder()
        .token(config.token)
        .base_url(config.base_url)
        .request(BotAPIRequest(connection_pool_size=CONNECTION_POOL_SIZE, **timeouts))
        .rate_limiter(rate_limiter or AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .concurrent_updates(ChatOrder())
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .post_init(register_commands)
    )
    if config.persistence_file is not None:
        config.persistence_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        builder = builder.persistence(
            PicklePersistence(
                config.persistence_file,
                store_data=PersistenceInput(
                    bot_data=False, chat_data=True, user_data=False, callback_data=False
                ),
                update_interval=PERSIST_EVERY_SECONDS,
            )
        )
    application = builder.build()
    application.bot_data["channel"] = _State(engine, config.allowed_chats, retry_backoff)
    new, private = filters.UpdateType.MESSAGE, filters.ChatType.PRIVATE
    application.add_handler(TypeHandler(Update, gate), group=-1)
    for name, (callback, *_) in _OWN_COMMANDS.items():
        application.add_handler(CommandHandler(name, callback, filters=new))
    shared = [c.name for c in commands.COMMANDS]
    application.add_handler(CommandHandler(shared, on_command, filters=new))
    application.add_handler(MessageHandler(new & private & filters.COMMAND, on_command))
    text = new & filters.TEXT & ~filters.COMMAND
    application.add_handler(MessageHandler(text & private, on_private_text))
    application.add_handler(MessageHandler(text & filters.ChatType.GROUPS, on_group_text))
    application.add_handler(MessageHandler(new & private & ~filters.COMMAND, on_no_text))
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
    try:
        engine = Engine.load(**{k: v for k, v in sources.items() if v}, progress=sys.stderr)
    except BotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    log.info("loaded %d meeting report(s); skipped %d file(s)", len(engine.meetings()), len(engine.skipped))
    if config.persistence_file:
        log.info("conversations persist in %s", config.persistence_file)
    application = build_application(config, engine)
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
