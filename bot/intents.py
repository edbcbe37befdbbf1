"""Load and validate the knowledge in intents/*.yaml: intents, topic synonyms, lexicon.

A file may hold `intents:` (a list), `topics:` (a mapping) and `lexicon:` (a mapping).
Every problem is reported as an IntentFileError naming the file, the intent and what is
wrong, so that adding a phrasing or a synonym never needs a debugger.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import IntentFileError
from .scripts import EN, HANS, HANT, to_simplified

SLOT_NAMES = ("person", "role", "topic", "place", "date")
SLOT_POLICIES = ("required", "optional")
INTENT_KEYS = {
    "name",
    "answer",
    "keywords",
    "hints",
    "slots",
    "examples",
    "reply",
    "next",
    "description",
}
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "intents"


def normalize_term(term: str) -> str:
    """How cue words and questions are compared: Simplified, lower case, trimmed."""
    return to_simplified(term).lower().strip()


@dataclass(frozen=True)
class Intent:
    name: str
    answer: str
    keywords: tuple[str, ...]
    hints: tuple[str, ...]
    slots: dict[str, str]
    examples: dict[str, tuple[str, ...]]
    reply: dict[str, Any]
    next: dict[str, tuple[str, ...]]
    source: str

    def template(self, key: str | None, script: str, **values: object) -> str:
        """The reply template `key` (None: the main one) in `script`, filled in."""
        node = self.reply if key is None else self.reply.get(key, {})
        text = node.get(EN if script == EN else HANS, "")
        return text.format(**values) if values else text


@dataclass(frozen=True)
class Topic:
    key: str
    label: dict[str, str]
    terms: tuple[str, ...]

    def name(self, script: str) -> str:
        return self.label.get(EN if script == EN else HANS, self.key)


@dataclass(frozen=True)
class Lexicon:
    pronouns: tuple[str, ...]
    plural_pronouns: tuple[str, ...]
    follow_up: tuple[str, ...]
    yes_no_end: tuple[str, ...]
    yes_no_any: tuple[str, ...]
    yes_no_start: tuple[str, ...]
    stopwords: frozenset[str]
    actions_en: dict[str, str]
    verbs_en: dict[str, str]
    titles_en: dict[str, str]
    groups_en: dict[str, str]
    rewrites: dict[str, str]
    words_en: dict[str, str]
    action_roles: dict[str, str]
    negated_speech: tuple[str, ...]
    times_of_day: tuple[str, ...]
    speech_acts: tuple[str, ...]
    besides: tuple[str, ...]


@dataclass(frozen=True)
class Knowledge:
    intents: tuple[Intent, ...]
    topics: tuple[Topic, ...]
    lexicon: Lexicon
    messages: dict[str, Any]

    def message(self, key: str, script: str, **values: object) -> Any:
        """A message from messages: in `script` (hant replies are converted later), filled in."""
        node = self.messages[key]
        text = node.get(EN if script == EN else HANS)
        return text.format(**values) if values and isinstance(text, str) else text

    def intent(self, name: str) -> Intent:
        return next(i for i in self.intents if i.name == name)


def _terms(value: Any, path: str, intent: str | None, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise IntentFileError(path, intent, f"'{field}' must be a list of words.")
    terms = tuple(normalize_term(str(v)) for v in value)
    if any(not t for t in terms):
        raise IntentFileError(path, intent, f"'{field}' holds an empty word.")
    return terms


def _intent(raw: Any, path: str, answer_kinds: Iterable[str]) -> Intent:
    if not isinstance(raw, dict):
        raise IntentFileError(path, None, "each entry under 'intents' must be a mapping.")
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise IntentFileError(path, None, "an intent has no 'name'.")
    unknown = set(raw) - INTENT_KEYS
    if unknown:
        raise IntentFileError(
            path, name, f"unknown key(s) {sorted(unknown)}; allowed: {sorted(INTENT_KEYS)}."
        )
    kinds = set(answer_kinds)
    answer = raw.get("answer")
    if answer not in kinds:
        raise IntentFileError(
            path, name, f"'answer' is {answer!r}; it must be one of {sorted(kinds)}."
        )
    keywords = _terms(raw.get("keywords"), path, name, "keywords")
    if not keywords:
        raise IntentFileError(path, name, "'keywords' must list at least one word.")
    slots = raw.get("slots") or {}
    if not isinstance(slots, dict):
        raise IntentFileError(path, name, "'slots' must map a slot name to required or optional.")
    for slot, policy in slots.items():
        if slot not in SLOT_NAMES:
            raise IntentFileError(
                path, name, f"unknown slot {slot!r}; slots are {list(SLOT_NAMES)}."
            )
        if policy not in SLOT_POLICIES:
            raise IntentFileError(
                path, name, f"slot {slot!r} must be 'required' or 'optional', not {policy!r}."
            )
    examples = raw.get("examples")
    if not isinstance(examples, dict) or not examples.get(HANS) or not examples.get(EN):
        raise IntentFileError(
            path, name, "'examples' needs non-empty lists under 'hans' and 'en' (and 'hant')."
        )
    for script, items in examples.items():
        if script not in (HANS, HANT, EN) or not isinstance(items, list):
            raise IntentFileError(
                path, name, f"examples: {script!r} must be hans, hant or en, with a list."
            )
    reply = raw.get("reply")
    if (
        not isinstance(reply, dict)
        or not isinstance(reply.get(HANS), str)
        or not isinstance(reply.get(EN), str)
    ):
        raise IntentFileError(path, name, "'reply' needs a 'hans' and an 'en' template.")
    return Intent(
        name=name,
        answer=answer,
        keywords=keywords,
        hints=_terms(raw.get("hints"), path, name, "hints"),
        slots=dict(slots),
        examples={s: tuple(normalize_term(str(e)) for e in items) for s, items in examples.items()},
        reply=reply,
        next={s: tuple(items) for s, items in (raw.get("next") or {}).items()},
        source=path,
    )


def _topics(raw: Any, path: str) -> list[Topic]:
    if not isinstance(raw, dict):
        raise IntentFileError(path, None, "'topics' must map a topic key to {label, terms}.")
    out = []
    for key, body in raw.items():
        if not isinstance(body, dict) or not isinstance(body.get("label"), dict):
            raise IntentFileError(path, None, f"topic {key!r} needs a 'label' with hans and en.")
        terms = _terms(body.get("terms"), path, None, f"topics.{key}.terms")
        if not terms:
            raise IntentFileError(path, None, f"topic {key!r} has no terms.")
        out.append(Topic(str(key), dict(body["label"]), terms))
    return out


def _lexicon(raw: Any, path: str) -> Lexicon:
    if not isinstance(raw, dict):
        raise IntentFileError(path, None, "'lexicon' must be a mapping.")
    try:
        return Lexicon(
            pronouns=_terms(raw["pronouns"], path, None, "pronouns"),
            plural_pronouns=_terms(raw.get("plural_pronouns") or [], path, None, "plural_pronouns"),
            follow_up=_terms(raw["follow_up"], path, None, "follow_up"),
            yes_no_end=_terms(raw["yes_no"]["end"], path, None, "yes_no.end"),
            yes_no_any=_terms(raw["yes_no"]["any"], path, None, "yes_no.any"),
            yes_no_start=_terms(raw["yes_no"]["start"], path, None, "yes_no.start"),
            stopwords=frozenset(_terms(raw["stopwords"], path, None, "stopwords")),
            actions_en=dict(raw["actions_en"]),
            verbs_en=dict(raw["verbs_en"]),
            titles_en={normalize_term(k): v for k, v in (raw.get("titles_en") or {}).items()},
            groups_en={normalize_term(k): v for k, v in (raw.get("groups_en") or {}).items()},
            times_of_day=_terms(raw.get("times_of_day") or [], path, None, "times_of_day"),
            speech_acts=_terms(raw.get("speech_acts") or [], path, None, "speech_acts"),
            negated_speech=_terms(raw.get("negated_speech") or [], path, None, "negated_speech"),
            besides=_terms(raw.get("besides") or [], path, None, "besides"),
            action_roles={normalize_term(k): v for k, v in (raw.get("action_roles") or {}).items()},
            words_en={normalize_term(k): v for k, v in (raw.get("words_en") or {}).items()},
            rewrites={normalize_term(k): normalize_term(v) for k, v in (raw.get("rewrites") or {}).items()},
        )
    except KeyError as exc:
        raise IntentFileError(path, None, f"'lexicon' is missing {exc.args[0]!r}.") from exc


def load_knowledge(
    directory: Path | None, answer_kinds: Iterable[str], required: Iterable[str] = ()
) -> Knowledge:
    """Read every *.yaml in `directory`; raise IntentFileError on the first problem."""
    directory = directory or DEFAULT_DIR
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise IntentFileError(str(directory), None, "no *.yaml intent files found.")
    kinds = tuple(answer_kinds)
    intents: list[Intent] = []
    topics: list[Topic] = []
    lexicon: Lexicon | None = None
    messages: dict[str, Any] = {}
    for file in files:
        path = str(file)
        try:
            data = yaml.safe_load(file.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise IntentFileError(path, None, f"not valid YAML: {exc}") from exc
        if not isinstance(data, dict):
            raise IntentFileError(
                path, None, "the file must be a mapping with 'intents', 'topics' or 'lexicon'."
            )
        unknown = set(data) - {"intents", "topics", "lexicon", "messages"}
        if unknown:
            raise IntentFileError(path, None, f"unknown top-level key(s) {sorted(unknown)}.")
        for raw in data.get("intents") or []:
            intent = _intent(raw, path, kinds)
            if any(i.name == intent.name for i in intents):
                raise IntentFileError(path, intent.name, "this intent name is defined twice.")
            intents.append(intent)
        if "topics" in data:
            topics.extend(_topics(data["topics"], path))
        if "lexicon" in data:
            lexicon = _lexicon(data["lexicon"], path)
        if "messages" in data:
            if not isinstance(data["messages"], dict):
                raise IntentFileError(path, None, "'messages' must be a mapping.")
            messages.update(data["messages"])
    if lexicon is None:
        raise IntentFileError(str(directory), None, "no file defines 'lexicon'.")
    if not intents:
        raise IntentFileError(str(directory), None, "no intents defined.")
    absent = sorted(set(required) - {i.name for i in intents})
    if absent:
        raise IntentFileError(str(directory), absent[0], "this intent is required by the answer composers but no file defines it.")
    missing = {"fallback", "not_mentioned", "empty", "help", "examples"} - set(messages)
    if missing:
        raise IntentFileError(str(directory), None, f"'messages' lacks {sorted(missing)}.")
    return Knowledge(tuple(intents), tuple(topics), lexicon, messages)
