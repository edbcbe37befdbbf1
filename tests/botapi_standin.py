"""A local stand-in for the Telegram Bot API, for end-to-end tests of the real Application.

An HTTP server on 127.0.0.1 (a free port) that speaks the Bot API's shape:
``POST /bot<token>/<method>`` with JSON, form or multipart bodies, answering
``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code": ..., "description": ...}``.
It records every call, serves queued updates to ``getUpdates`` (offset and long-polling
timeout honoured), checks what Telegram checks (HTML entities, 4096 characters, 64-byte
callback data, the message a reply quotes) and injects faults on request: an HTTP status
with a description and ``retry_after``, or a dropped connection.

It runs in a daemon thread, so the bot's event loop is never blocked, and it stops by
itself after ``max_lifetime`` seconds if a test forgets to stop it.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

JSON_FIELDS = {  # form fields whose values are JSON-serialized objects
    "reply_markup",
    "reply_parameters",
    "entities",
    "results",
    "commands",
    "allowed_updates",
    "scope",
    "link_preview_options",
    "button",
    "caption_entities",
}
TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
}
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
_TAG = re.compile(r"<(/?)([a-z-]+)(?:\s[^<>]*)?>")
_ids = itertools.count(7001)  # default user ids: every helper call gets a fresh user


class ApiError(Exception):
    """Raised inside the stand-in to answer a request with a Bot API error."""

    def __init__(self, code: int, description: str, **parameters: Any) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


@dataclass
class Call:
    """One request the bot made: method, decoded parameters, raw body, answer status."""

    method: str
    params: dict[str, Any]
    body: bytes
    status: int = 200
    result: Any = None  # what the stand-in answered
    text: str | None = None  # sendMessage/editMessageText: the text as a user would see it
    at: float = field(default_factory=time.monotonic)  # when the request arrived


@dataclass
class Fault:
    method: str
    times: int
    status: int | None  # None drops the connection without an answer
    description: str = ""
    retry_after: int | None = None
    chat_id: int | None = None  # only requests for this chat; None: any
    delay: float = 0.0  # with status 200: answer normally, but only after this many seconds


@dataclass
class BotAPIStandIn:
    """The stand-in server: ``with BotAPIStandIn(token) as api: ... api.base_url ...``."""

    token: str = field(repr=False)
    username: str = "meeting_qa_bot"
    bot_id: int = 424242
    long_poll_cap: float = 1.0  # getUpdates never holds a request longer than this
    max_lifetime: float = 120.0
    calls: list[Call] = field(default_factory=list, repr=False)
    webhook: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._lock = threading.Condition()
        self._updates: list[dict[str, Any]] = []
        self._faults: list[Fault] = []
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(100)
        self._stopping = False
        self._server: ThreadingHTTPServer | None = None

    # -- life cycle ---------------------------------------------------------------

    def start(self) -> BotAPIStandIn:
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        self._timer = threading.Timer(self.max_lifetime, self.stop)
        self._timer.daemon = True
        self._timer.start()
        return self

    def stop(self) -> None:
        with self._lock:
            if self._stopping:
                return
            self._stopping = True
            self._lock.notify_all()
        self._timer.cancel()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> BotAPIStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        """What python-telegram-bot takes as ``base_url`` (it appends the token)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def me(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Meeting QA",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": True,
            "supports_inline_queries": True,
        }

    # -- faults, updates and what the bot did ----------------------------------------

    def fail(
        self,
        method: str,
        times: int = 1,
        status: int = 500,
        description: str = "Internal Server Error",
        retry_after: int | None = None,
        chat_id: int | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` (for ``chat_id``, if given) with an error."""
        with self._lock:
            self._faults.append(Fault(method, times, status, description, retry_after, chat_id))

    def drop(self, method: str, times: int = 1, chat_id: int | None = None) -> None:
        """Close the connection on the next ``times`` calls of ``method`` without answering
        (after reading the request: the bot cannot know whether it was processed)."""
        with self._lock:
            self._faults.append(Fault(method, times, None, chat_id=chat_id))

    def slow(self, method: str, seconds: float, times: int = 1, chat_id: int | None = None) -> None:
        """Process the next ``times`` calls of ``method`` normally, but answer after ``seconds``
        (a bot with a shorter read timeout gives up although the call was processed)."""
        with self._lock:
            self._faults.append(Fault(method, times, 200, chat_id=chat_id, delay=seconds))

    def enqueue(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue an update for getUpdates; returns its update_id."""
        with self._lock:
            update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id, kind: payload})
            if "chat" in payload:
                self._messages[(payload["chat"]["id"], payload["message_id"])] = payload
            self._lock.notify_all()
        return update_id

    def recorded(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if method is None or c.method == method]

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """Messages the bot delivered (status 200), optionally to one chat."""
        return [
            c
            for c in self.recorded("sendMessage")
            if c.status == 200 and (chat_id is None or int(c.params["chat_id"]) == chat_id)
        ]

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 5.0,
        where: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        """Wait (without blocking the event loop) until ``count`` successful calls are seen."""
        deadline = time.monotonic() + timeout
        while True:
            found = [
                c for c in self.recorded(method) if c.status == 200 and (where is None or where(c))
            ]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                seen = [(c.method, c.status) for c in self.recorded()]
                raise AssertionError(
                    f"expected {count} {method} call(s) within {timeout}s; saw {seen}"
                )
            await asyncio.sleep(0.01)

    async def wait_until(self, condition: Callable[[], bool], timeout: float = 5.0) -> None:
        """Wait (without blocking the event loop) until ``condition()`` holds."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"condition not met within {timeout}s")
            await asyncio.sleep(0.01)

    async def wait_consumed(self, update_id: int, timeout: float = 5.0) -> None:
        """Wait until the bot has confirmed ``update_id`` (a getUpdates with a later offset)."""
        deadline = time.monotonic() + timeout
        while not any(
            int(c.params.get("offset") or 0) > update_id for c in self.recorded("getUpdates")
        ):
            if time.monotonic() > deadline:
                raise AssertionError(f"update {update_id} was not consumed within {timeout}s")
            await asyncio.sleep(0.01)

    # -- building updates ---------------------------------------------------------

    def user(self, user_id: int | None = None, language: str = "zh-hans") -> dict[str, Any]:
        uid = user_id or next(_ids)
        return {"id": uid, "is_bot": False, "first_name": f"User{uid}", "language_code": language}

    def message(
        self, text: str | None, chat: dict[str, Any], user: dict[str, Any], **extra: Any
    ) -> dict[str, Any]:
        with self._lock:
            message_id = next(self._message_ids)
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            **extra,
        }
        if text is not None:
            message["text"] = text
            if entities := _entities(text):
                message["entities"] = entities
        return message

    def private(
        self, text: str | None, user: dict[str, Any] | None = None, **extra: Any
    ) -> tuple[int, dict[str, Any]]:
        """Queue a private message (``text=None`` with ``sticker=...``/``photo=...`` for no text)."""
        user = user or self.user()
        message = self.message(
            text,
            {"id": user["id"], "type": "private", "first_name": user["first_name"]},
            user,
            **extra,
        )
        return self.enqueue("message", message), message

    def group(
        self,
        text: str | None,
        chat_id: int = -100500,
        user: dict[str, Any] | None = None,
        reply_to: dict[str, Any] | None = None,
        **extra: Any,
    ) -> tuple[int, dict[str, Any]]:
        """Queue a supergroup message, optionally replying to ``reply_to``."""
        chat = {"id": chat_id, "type": "supergroup", "title": "Meeting watchers"}
        if reply_to is not None:
            extra["reply_to_message"] = reply_to
        message = self.message(text, chat, user or self.user(), **extra)
        return self.enqueue("message", message), message

    def inline(self, query: str, user: dict[str, Any] | None = None) -> int:
        payload = {"id": str(next(_ids)), "from": user or self.user(), "query": query, "offset": ""}
        return self.enqueue("inline_query", payload)

    def tap(self, message: dict[str, Any], data: str, user: dict[str, Any] | None = None) -> int:
        """Queue a callback query: ``user`` taps the button with ``data`` under ``message``."""
        payload = {
            "id": str(next(_ids)),
            "from": user or self.user(),
            "message": message,
            "chat_instance": "1",
            "data": data,
        }
        return self.enqueue("callback_query", payload)

    # -- serving --------------------------------------------------------------------

    def _fault_for(self, method: str, params: dict[str, Any]) -> Fault | None:
        chat = params.get("chat_id")
        with self._lock:
            for fault in self._faults:
                if fault.chat_id is not None and str(fault.chat_id) != str(chat):
                    continue
                if fault.method == method and fault.times > 0:
                    fault.times -= 1
                    return fault
        return None

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), self.long_poll_cap)
        with self._lock:
            while True:
                ready = [u for u in self._updates if u["update_id"] >= offset]
                left = deadline - time.monotonic()
                if ready or left <= 0 or self._stopping:
                    self._updates = ready  # earlier ones are confirmed
                    return ready[: int(params.get("limit") or 100)]
                self._lock.wait(left)

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        text = _visible_text(str(params.get("text", "")), params.get("parse_mode"))
        _check_markup(params.get("reply_markup"))
        quoted = params.get("reply_parameters") or {}
        with self._lock:
            original = self._messages.get((chat_id, quoted.get("message_id")))
        if quoted and original is None and not quoted.get("allow_sending_without_reply"):
            raise ApiError(400, "Bad Request: message to be replied not found")
        with self._lock:
            message_id = next(self._message_ids)
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": self.me,
            "text": text,
        }
        if original is not None:
            message["reply_to_message"] = original
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        with self._lock:
            self._messages[(chat_id, message_id)] = message
        return message

    def _answer_inline(self, params: dict[str, Any]) -> bool:
        results = params.get("results") or []
        ids = [r["id"] for r in results]
        if len(results) > 50 or len(set(ids)) != len(ids) or any(len(i.encode()) > 64 for i in ids):
            raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
        for result in results:
            content = result["input_message_content"]
            _visible_text(
                content["message_text"], content.get("parse_mode", params.get("parse_mode"))
            )
        return True

    def dispatch(self, method: str, params: dict[str, Any]) -> Any:
        """The result of one Bot API method, or an ApiError."""
        if method == "getMe":
            return self.me
        if method == "getUpdates":
            return self._get_updates(params)
        if method in ("sendMessage", "editMessageText"):
            return self._send_message(params)
        if method == "answerInlineQuery":
            return self._answer_inline(params)
        if method == "setWebhook":
            self.webhook = dict(params)
            return True
        if method == "deleteWebhook":
            self.webhook = {}
            return True
        if method == "getWebhookInfo":
            return {
                "url": self.webhook.get("url", ""),
                "has_custom_certificate": False,
                "pending_update_count": 0,
            }
        if method in (
            "answerCallbackQuery",
            "setMyCommands",
            "deleteMyCommands",
            "close",
            "logOut",
            "sendChatAction",
        ):
            return True
        raise ApiError(404, "Not Found")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # a bot sends from up to 256 connections at once (socketserver's 5 resets them)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up (a stopped bot, a dropped-connection fault) are not errors."""
        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            super().handle_error(request, client_address)


def _handler_for(standin: BotAPIStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 10

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            match = re.fullmatch(r"/bot([^/]+)/(\w+)", self.path)
            method = match.group(2) if match else "?"
            params = _decode(self.headers.get("Content-Type", ""), body)
            call = Call(method, params, body)
            with standin._lock:
                standin.calls.append(call)
            fault = standin._fault_for(method, params)
            if fault is not None and fault.delay:
                time.sleep(fault.delay)
                fault = None
            if fault is not None and fault.status is None:
                call.status = 0
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            try:
                if not match or match.group(1) != standin.token:
                    raise ApiError(401, "Unauthorized")
                if fault is not None:
                    extra = {"retry_after": fault.retry_after} if fault.retry_after else {}
                    raise ApiError(fault.status, fault.description, **extra)
                result = standin.dispatch(method, params)
                call.result = result
                if method in ("sendMessage", "editMessageText"):
                    call.text = result["text"]
                self._reply(200, {"ok": True, "result": result})
            except ApiError as exc:
                call.status = exc.code
                answer = {"ok": False, "error_code": exc.code, "description": exc.description}
                self._reply(
                    exc.code, answer | ({"parameters": exc.parameters} if exc.parameters else {})
                )

        do_GET = do_POST

        def _reply(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:  # keep test output quiet
            pass

    return Handler


def _decode(content_type: str, body: bytes) -> dict[str, Any]:
    """Parameters from a JSON, form-urlencoded or multipart body; JSON fields decoded."""
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(body)
    if content_type.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        pairs = [
            (part.get_param("name", header="content-disposition"), part.get_content())
            for part in message.iter_parts()
        ]
    else:
        pairs = parse_qsl(body.decode(), keep_blank_values=True)
    return {key: json.loads(value) if key in JSON_FIELDS else value for key, value in pairs}


def _entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram would attach: a leading /command and @mentions (UTF-16 offsets)."""
    found = []
    for match in re.finditer(r"^/\w+(?:@\w+)?|@\w{5,}", text):
        offset = len(text[: match.start()].encode("utf-16-le")) // 2
        length = len(match.group().encode("utf-16-le")) // 2
        kind = "bot_command" if match.group().startswith("/") else "mention"
        found.append({"type": kind, "offset": offset, "length": length})
    return found


def _visible_text(text: str, parse_mode: str | None) -> str:
    """What a user would see, after the checks Telegram makes on HTML text."""
    if parse_mode == "HTML":
        stack = []
        for tag in _TAG.finditer(text):
            closing, name = tag.groups()
            if name not in TAGS:
                raise ApiError(
                    400, f'Bad Request: can\'t parse entities: Unsupported start tag "{name}"'
                )
            if closing and (not stack or stack.pop() != name):
                raise ApiError(
                    400, f'Bad Request: can\'t parse entities: Unexpected end tag "{name}"'
                )
            if not closing:
                stack.append(name)
        if stack:
            raise ApiError(400, "Bad Request: can't parse entities: Can't find end tag")
        bare = _TAG.sub("", text)
        if re.search(r"[<>]", bare) or "&" in _ENTITY.sub("", bare):
            raise ApiError(400, "Bad Request: can't parse entities: unescaped <, > or &")
        text = _ENTITY.sub(lambda m: _unescape(m.group()), bare)
    if not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if len(text.encode("utf-16-le")) // 2 > 4096:
        raise ApiError(400, "Bad Request: message is too long")
    return text


def _unescape(entity: str) -> str:
    named = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"'}
    if entity in named:
        return named[entity]
    number = entity[2:-1]
    return chr(int(number[1:], 16) if number.startswith("x") else int(number))


def _check_markup(markup: dict[str, Any] | None) -> None:
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            if not button.get("text") or len(button.get("callback_data", "").encode()) > 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
