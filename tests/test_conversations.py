"""A conversation as plain data and back: what a channel persists across a restart."""

from __future__ import annotations

import pickle

from helpers import new_key, shared_engine

from bot import conversations
from bot.engine import Engine


def fresh() -> Engine:
    engine = shared_engine()
    return engine.restarted()


def test_a_conversation_survives_as_plain_data() -> None:
    before, key = fresh(), new_key("plain")
    before.ask("王伟中是谁？", key)
    before.ask("关于金融说了什么？", key)
    state = before.conversation_state(key)
    assert pickle.loads(pickle.dumps(state)) == state  # only plain data
    assert state["person"] == "王伟中" and state["topic"] == "finance"
    after = fresh()
    assert after.restore_conversation(key, state)
    assert after.last_reply(key) == before.last_reply(key)
    follow_up = after.ask("那人才呢？", key)
    assert follow_up.text == before.ask("那人才呢？", key).text


def test_a_state_that_no_longer_fits_is_dropped() -> None:
    engine, key = fresh(), new_key("plain")
    engine.ask("谁主持了会议？", key)
    state = engine.conversation_state(key)
    assert not engine.restore_conversation(new_key(), {**state, "meeting": "gone"})
    assert not engine.restore_conversation(new_key(), {**state, "version": 0})
    assert not engine.restore_conversation(new_key(), "not a state")  # type: ignore[arg-type]
    odd = {**state, "topic": "renamed", "last": {"text": 3}, "pending": ["q", ["gone"]]}
    other = new_key()
    assert engine.restore_conversation(other, odd)
    assert engine.last_reply(other) is None and engine.conversation_state(other)["topic"] is None


def test_reply_round_trip_keeps_every_field() -> None:
    reply = shared_engine().ask("谁主持了会议？", new_key())
    assert conversations.reply_from_plain(conversations.reply_to_plain(reply)) == reply
