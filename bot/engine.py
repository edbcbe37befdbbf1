"""The engine: meetings loaded from seeds/, one `ask()` for every channel.

    engine = Engine.load()                     # every *.txt in seeds/
    reply = engine.ask("谁主持了会议？", conversation=("console", 0))

Start-up work (reading articles, extracting facts, loading jieba) happens once, in
Engine.load(); asking is pure computation over what was loaded.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TextIO

from . import answers, conversations, loading
from .errors import ArticleError
from .facts import Facts
from .intents import DEFAULT_DIR, Knowledge, load_knowledge
from .models import Evidence, Reply
from .scripts import EN, HANS, HANT, MAX_QUESTION_CHARS, detect, is_neutral, normalize, render
from .segment import Segmenter
from .understanding import Context, Parse, Understanding

log = logging.getLogger(__name__)

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_DIR / "seeds"
MAX_INPUT_CHARS = 4096  # the engine's limit on one message, any channel; longer ones get "too long"
NOT_SEARCHED_ELSEWHERE = {"not_reported", "greeting"}  # answers no other report could change
MAX_CONVERSATIONS = 10_000
MAX_CHOICES = 6  # meetings offered in one "which meeting?" question  # least recently used contexts are forgotten beyond this
_HAS_WORD = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")


@dataclass(frozen=True)
class Meeting:
    """One report and everything derived from it."""

    id: str
    facts: Facts
    understanding: Understanding

    @property
    def label(self) -> str:
        f = self.facts
        name = f.meeting.value if f.meeting else (f.article.title or self.id)
        when = f.date.value if f.date else ""
        where = f.place.value if f.place else ""
        extra = "，".join(x for x in (when, where) if x)
        return f"{name}（{extra}）" if extra else name


@dataclass
class _Conversation:
    context: Context
    last: Reply | None = None
    pending: tuple[str, tuple[str, ...]] | None = None  # a question waiting for "which meeting?", and the meetings offered


def article_paths(articles: Iterable[Path] | None = None, seeds: Path | None = None) -> list[Path]:
    """The report files to serve: explicit articles, else every *.txt in the seeds folder."""
    return loading.article_paths(articles, seeds, SEEDS_DIR)


class Engine:
    """Answers questions about one or more meetings, keeping a context per conversation."""

    skipped: tuple[loading.Skipped, ...] = ()  # report files Engine.load could not serve

    def __init__(
        self, meetings: list[Meeting], knowledge: Knowledge, default: str | None = None
    ) -> None:
        if not meetings:
            raise ArticleError("No meeting to answer about.")
        self.knowledge = knowledge
        self._meetings = {m.id: m for m in meetings}
        self.default = default if default in self._meetings else meetings[0].id
        self._conversations: OrderedDict[Hashable, _Conversation] = OrderedDict()

    @classmethod
    def load(
        cls,
        articles: Iterable[Path] | None = None,
        seeds: Path | None = None,
        intents_dir: Path | None = None,
        default: str | None = None,
        progress: TextIO | None = None,
    ) -> Engine:
        """Read the reports and the intents, extract facts, prepare understanding.

        Each report is read on its own (bot/loading.py): a broken one is skipped with a
        warning and listed in `engine.skipped`; extracted facts come from the cache when the
        file and the code are unchanged. `progress` (a terminal) shows a cold build's progress.
        """
        knowledge = load_knowledge(intents_dir or DEFAULT_DIR, answers.COMPOSERS, answers.REQUIRED_INTENTS)
        paths = article_paths(articles, seeds)
        reports = loading.load_reports(paths, progress=progress)
        if not reports.loaded:
            raise ArticleError(
                f"None of the {len(paths)} report file(s) could be read; the warnings above say why."
            )
        facts = [r.facts for r in reports.loaded]
        vocabularies = [r.vocabulary for r in reports.loaded]
        topic_words = [t for topic in knowledge.topics for t in topic.terms]
        segmenter = Segmenter([w for v in vocabularies for w in v.words()] + topic_words)
        meetings = [
            Meeting(f.article.id, f, loading.LazyUnderstanding(knowledge, v, segmenter))
            for f, v in zip(facts, vocabularies, strict=True)
        ]
        engine = cls(meetings, knowledge, default)
        engine.skipped = tuple(reports.skipped)
        return engine

    # -- meetings ---------------------------------------------------------------

    def meetings(self) -> list[tuple[str, str]]:
        return [(m.id, m.label) for m in self._meetings.values()]

    def meeting(self, meeting_id: str | None = None) -> Meeting:
        return self._meetings[meeting_id or self.default]

    def _conversation(self, key: Hashable) -> _Conversation:
        conv = self._conversations.get(key)
        if conv is None:
            conv = _Conversation(Context(meeting=self.default))
            self._conversations[key] = conv
            while len(self._conversations) > MAX_CONVERSATIONS:
                self._conversations.popitem(last=False)
        else:
            self._conversations.move_to_end(key)
        return conv

    def select_meeting(self, conversation: Hashable, meeting_id: str, script: str = HANS) -> Reply:
        """Make `meeting_id` the conversation's current meeting."""
        if meeting_id not in self._meetings:
            return Reply(self.message("unknown_meeting", script), False, script=script)
        conv = self._conversation(conversation)
        conv.context = Context(meeting=meeting_id, script=conv.context.script)
        pending, conv.pending = conv.pending, None
        if pending and meeting_id in pending[1]:  # the question that asked "which meeting?"
            meeting = self._meetings[meeting_id]
            parse = meeting.understanding.parse(pending[0], conv.context)
            reply = self._answer(meeting, parse, detect(pending[0]))
            self._remember(conv, parse, reply)
            return reply
        text = self.message("now_answering", script, label=self._meetings[meeting_id].label)
        return Reply(
            text, True, intent="select_meeting", confidence=1.0, script=script, meeting=meeting_id
        )

    # -- asking -------------------------------------------------------------------

    def forget(self, conversation: Hashable) -> None:
        """Start the conversation afresh: default meeting, no person, topic or last answer."""
        self._conversations.pop(conversation, None)

    def last_reply(self, conversation: Hashable) -> Reply | None:
        conv = self._conversations.get(conversation)
        return conv.last if conv else None

    def current_meeting(self, conversation: Hashable) -> str:
        conv = self._conversations.get(conversation)
        return (conv.context.meeting if conv else None) or self.default

    # -- conversations as plain data, for channels that persist them ------------------

    def has_conversation(self, conversation: Hashable) -> bool:
        return conversation in self._conversations

    def conversation_state(self, conversation: Hashable) -> dict[str, Any] | None:
        """One conversation as plain data (see bot/conversations.py); None if there is none."""
        conv = self._conversations.get(conversation)
        return conversations.to_plain(conv.context, conv.last, conv.pending) if conv else None

    def restore_conversation(self, conversation: Hashable, state: Mapping[str, Any]) -> bool:
        """Take a conversation back from `conversation_state` (after a restart); False when
        the state no longer fits the loaded meetings."""
        restored = conversations.from_plain(state, self._meetings, self.knowledge.topics)
        if restored is None:
            return False
        conv = self._conversation(conversation)
        conv.context, conv.last, conv.pending = restored
        return True

    def ask(self, question: str, conversation: Hashable = "default") -> Reply:
        """Answer one question in a conversation; never raises on user input."""
        question = question if isinstance(question, str) else ""
        script = detect(unicodedata.normalize("NFKC", question[:MAX_INPUT_CHARS]))  # ｗｈｏ is who
        known = self._conversations.get(conversation)
        if script == HANS and known and known.context.script == HANT and is_neutral(question):
            script = HANT  # "那金融呢？" in a Traditional conversation
        guard = self._guard(question, script)
        if guard:
            return guard  # an empty or over-long message takes no conversation slot
        conv = self._conversation(conversation)
        try:
            return self._ask(question[-MAX_QUESTION_CHARS:], script, conv)
        except Exception:  # a bug must reach the log, never the user as a traceback
            log.exception("could not answer %r", question[:200])
            return Reply(render(self.knowledge.message("fallback", script), script), False, script=script)

    def _ask(self, question: str, script: str, conv: _Conversation) -> Reply:
        if question.startswith("/"):  # /start, /help typed where commands mean nothing
            return Reply(self.help_text(script), True, "help", 1.0, script=script)
        conv.pending = None  # a new question: an old "which meeting?" is no longer open
        target, choices, scores = self._route(question, conv.context.meeting)
        if choices:
            conv.pending = (question, tuple(choices))
            return self._which_meeting(choices, script)
        if target != conv.context.meeting:  # the question names another meeting: switch to it
            ctx = conv.context
            conv.context = Context(meeting=target, script=ctx.script, intent=ctx.intent)
        meeting = self.meeting(target)
        parse = meeting.understanding.parse(question, conv.context)
        reply = self._answer(meeting, parse, script)
        if not reply.answered and parse.intent and parse.intent.answer not in NOT_SEARCHED_ELSEWHERE:
            # only reports that hold more of the question's words than this one are tried
            richer = [m for m, s in scores.items() if m != meeting.id and (s[2] > scores[meeting.id][2] or s[:2] > (0, 0))]
            elsewhere = self._answered_elsewhere(question, parse, richer, script)
            if len(elsewhere) > 1:
                conv.pending = (question, tuple(m.id for m, _, _ in elsewhere))
                return self._which_meeting([m.id for m, _, _ in elsewhere], script)
            if elsewhere:  # only another loaded report answers it: answer from there
                meeting, parse, reply = elsewhere[0]
                conv.context = Context(meeting=meeting.id, script=conv.context.script)
        self._remember(conv, parse, reply)
        return reply

    def _answered_elsewhere(
        self, question: str, parse: Parse, candidates: list[str], script: str
    ) -> list[tuple[Meeting, Parse, Reply]]:
        """The other meetings whose report answers a question the current one cannot."""
        found = []
        for other in (self._meetings[mid] for mid in candidates):
            p = other.understanding.parse(question, Context(meeting=other.id))
            if p.intent is not None and p.intent.name == parse.intent.name:
                r = self._answer(other, p, script)
                if r.answered:
                    found.append((other, p, r))
        return found

    def _route(
        self, question: str, current: str | None
    ) -> tuple[str, list[str], dict[str, tuple[int, int, int]]]:
        """Which meeting a question is about: (meeting id, [], scores) or (current, [candidates],
        scores); a score is (the meeting named, its people named, its words in the question)."""
        current = current or self.default
        if len(self._meetings) == 1:
            return current, [], {current: (0, 0, 0)}
        text = normalize(question)
        here = self._meetings[current].understanding
        words = here.routing_words(text)
        scores = {mid: m.understanding.vocab.mention_score(text, words, here.vocab) for mid, m in self._meetings.items()}
        scores[current] = here.vocab.mention_score(text, words)
        named = max(s[:2] for s in scores.values())  # the meeting or its people named
        if named == (0, 0) or scores[current][:2] >= named:
            return current, [], scores  # (a question only another report answers moves later, in _ask)
        best = [mid for mid, s in scores.items() if s[:2] == named]
        if len(best) > 1:  # the words of the question may still tell them apart
            most = max(scores[mid][2] for mid in best)
            best = [mid for mid in best if scores[mid][2] == most]
        return (best[0], [], scores) if len(best) == 1 else (current, best[:MAX_CHOICES], scores)

    def _which_meeting(self, candidates: list[str], script: str) -> Reply:
        choices = tuple((mid, self._meetings[mid].label) for mid in candidates)
        head = self.knowledge.message("which_meeting", script)
        body = "\n".join(f"{i}. {label}" for i, (_, label) in enumerate(choices, 1))
        return Reply(render(f"{head}\n{body}", script), False, "which_meeting", 0.0, script=script, choices=choices)

    def ask_intent(
        self, intent: str, conversation: Hashable = "default", script: str = HANS
    ) -> Reply:
        """Answer as if the question had been recognised as `intent` (for /summary, /people...)."""
        conv = self._conversation(conversation)
        meeting = self.meeting(conv.context.meeting)
        name = {"people": "attendees", "topics": "theme"}.get(intent, intent)
        examples = self.knowledge.intent(name).examples
        question = (examples.get(script) or examples[HANS])[0]
        parse = meeting.understanding.parse(question)
        parse = replace(
            parse, intent=self.knowledge.intent(name), confidence=1.0, runner_up=None, script=script
        )
        reply = self._answer(meeting, parse, script)
        self._remember(conv, parse, reply)
        return reply

    def _guard(self, question: str, script: str) -> Reply | None:
        msg = self.knowledge.message
        if len(question) > MAX_INPUT_CHARS:
            return Reply(
                render(msg("too_long", script, size=len(question)), script), False, script=script
            )
        if not question.strip():
            return Reply(render(msg("empty", script), script), False, script=script)
        if not _HAS_WORD.search(unicodedata.normalize("NFKC", question)):
            return Reply(render(msg("no_question", script), script), False, script=script)
        return None

    def _answer(self, meeting: Meeting, parse: Parse, script: str) -> Reply:
        msg = self.knowledge.message
        if parse.intent is None:
            words = parse.slots.unknown_words
            lead = msg("not_mentioned", script, word=words[0]) + "\n" if words else ""
            text = lead + msg("fallback", script) + "\n" + msg("try_asking", script) + "\n"
            text += "\n".join("· " + e for e in msg("examples", script)[:3])
            return Reply(
                render(text, script),
                False,
                None,
                parse.confidence,
                parse.runner_up,
                suggestions=tuple(render(e, script) for e in msg("examples", script)[:3]),
                script=script,
                meeting=meeting.id,
                tried_intent=max(parse.scores, key=parse.scores.__getitem__, default=None),
            )
        req = answers.Request(parse, parse.intent, meeting.facts, self.knowledge, script)
        composed = answers.compose(req)
        text = composed.text
        if parse.slots.person_guess and parse.slots.person:
            note = msg("guessed_name", script, name=parse.slots.person)
            text = text + note if script == EN else note + text
        if len(self._meetings) > 1:  # say which report the answer comes from
            name = meeting.facts.meeting.value if meeting.facts.meeting else meeting.id
            text = f"〔{name}〕\n{text}"
        evidence = tuple(
            Evidence(s.paragraph, s.index, render(s.text, script)) for s in composed.evidence
        )
        return Reply(
            text=render(text, script),
            answered=composed.answered,
            intent=composed.intent or parse.intent.name,
            confidence=round(parse.confidence, 3),
            runner_up=parse.runner_up,
            evidence=evidence,
            suggestions=self._suggestions(parse, composed, script),
            person=composed.person or parse.slots.person,
            script=script,
            meeting=meeting.id,
            tried_intent=composed.intent or parse.intent.name,
        )

    def _suggestions(
        self, parse: Parse, composed: answers.Composed, script: str
    ) -> tuple[str, ...]:
        intent = parse.intent
        pool = list(intent.next.get(EN if script == EN else HANS, ())) if intent else []
        pool += self.knowledge.message("examples", script)
        person = composed.person or parse.slots.person
        topic = parse.slots.topic.name(script) if parse.slots.topic else None
        out: list[str] = []
        for template in pool:
            if "{person}" in template and not person or "{topic}" in template and not topic:
                continue
            text = template.replace("{person}", person or "").replace("{topic}", topic or "")
            if text.rstrip("？?") != parse.question.strip().rstrip("？?") and text not in out:
                out.append(text)
            if len(out) == 3:
                break
        return tuple(render(s, script) for s in out)

    def _remember(self, conv: _Conversation, parse: Parse, reply: Reply) -> None:
        ctx = conv.context
        # a script-neutral question (那金融呢) keeps a Traditional conversation Traditional;
        # checked last, so that Simplified-only conversations never load the s2tw tables
        if reply.script != HANS or ctx.script != HANT or not is_neutral(parse.question):
            ctx.script = reply.script
        if parse.intent is not None:
            ctx.intent = reply.intent or parse.intent.name
        slots = parse.slots
        if reply.person:
            ctx.person = reply.person
        if slots.topic:
            ctx.topic = slots.topic
        conv.last = reply

    # -- texts for channels ---------------------------------------------------------

    def message(self, key: str, script: str = HANS, **values: object) -> str:
        """One of the bot's fixed sentences (intents/messages.yaml) in `script`."""
        return render(self.knowledge.message(key, script, **values), script)

    def help_text(self, script: str = HANS) -> str:
        return render(self.knowledge.message("help", script), script)

    def example_questions(self, script: str = HANS) -> list[str]:
        return [render(e, script) for e in self.knowledge.message("examples", script)]

    def welcome_text(self, script: str = HANS) -> str:
        labels = "\n".join("· " + label for _, label in self.meetings())
        head = "I know these meetings:" if script == EN else "我了解这些会议："
        return render(f"{self.help_text(script)}\n\n{head}\n{labels}", script)


__all__ = ["Engine", "Meeting", "HANT"]
