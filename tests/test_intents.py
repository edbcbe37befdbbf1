"""Loading and validating intents/*.yaml; knowledge added in data changes answers without code."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import INTENTS, new_key, shared_engine, squash

from bot import Engine, IntentFileError, load_knowledge
from bot.answers import COMPOSERS
from bot.intents import SLOT_NAMES, SLOT_POLICIES
from bot.scripts import EN, HANS

# --- the real files ------------------------------------------------------------------


def test_real_intents_load() -> None:
    knowledge = load_knowledge(INTENTS, COMPOSERS)
    names = [i.name for i in knowledge.intents]
    assert len(names) == len(set(names))
    for expected in (
        "date",
        "place",
        "chair",
        "attendees",
        "statements",
        "topic",
        "research",
        "summary",
    ):
        assert expected in names
    assert {t.key for t in knowledge.topics} >= {"finance", "talent", "regulation"}
    assert knowledge.lexicon.pronouns and knowledge.lexicon.stopwords


def test_real_intents_are_well_formed() -> None:
    knowledge = load_knowledge(INTENTS, COMPOSERS)
    for intent in knowledge.intents:
        assert intent.answer in COMPOSERS, intent.name
        assert intent.keywords, intent.name
        assert intent.examples.get(HANS) and intent.examples.get(EN), intent.name
        assert set(intent.slots) <= set(SLOT_NAMES), intent.name
        assert set(intent.slots.values()) <= set(SLOT_POLICIES), intent.name
        assert Path(intent.source).parent == INTENTS


def test_topic_terms_belong_to_one_topic_only() -> None:
    knowledge = load_knowledge(INTENTS, COMPOSERS)
    owner: dict[str, str] = {}
    clashes = []
    for topic in knowledge.topics:
        for term in topic.terms:
            if term in owner and owner[term] != topic.key:
                clashes.append(f"{term}: {owner[term]} and {topic.key}")
            owner[term] = topic.key
    assert not clashes, clashes


# --- broken copies ----------------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "intents"
    shutil.copytree(INTENTS, target)
    return target


def _file_of(directory: Path, intent: str) -> Path:
    """The YAML file that defines `intent` (files move between edits; names stay)."""
    for file in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        if any(i.get("name") == intent for i in data.get("intents") or []):
            return file
    raise LookupError(intent)


def _file_with(directory: Path, key: str) -> Path:
    for file in sorted(directory.glob("*.yaml")):
        if key in (yaml.safe_load(file.read_text(encoding="utf-8")) or {}):
            return file
    raise LookupError(key)


def _edit(file: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    change(data)
    file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _edit_intent(directory: Path, name: str, change: Callable[[dict[str, Any]], None]) -> Path:
    file = _file_of(directory, name)

    def apply(data: dict[str, Any]) -> None:
        change(next(i for i in data["intents"] if i["name"] == name))

    _edit(file, apply)
    return file


def _unknown_answer(d: Path) -> tuple[Path, str | None]:
    return _edit_intent(d, "chair", lambda i: i.update(answer="chairperson")), "chair"


def _missing_keywords(d: Path) -> tuple[Path, str | None]:
    return _edit_intent(d, "date", lambda i: i.pop("keywords")), "date"


def _empty_keywords(d: Path) -> tuple[Path, str | None]:
    return _edit_intent(d, "place", lambda i: i.update(keywords=[])), "place"


def _bad_slot_policy(d: Path) -> tuple[Path, str | None]:
    return _edit_intent(
        d, "attendees", lambda i: i.update(slots={"person": "sometimes"})
    ), "attendees"


def _unknown_slot(d: Path) -> tuple[Path, str | None]:
    return _edit_intent(
        d, "statements", lambda i: i.update(slots={"speaker": "required"})
    ), "statements"


def _examples_without_en(d: Path) -> tuple[Path, str | None]:
    return _edit_intent(d, "theme", lambda i: i["examples"].pop("en")), "theme"


def _reply_without_en(d: Path) -> tuple[Path, str | None]:
    return _edit_intent(d, "meeting_name", lambda i: i["reply"].pop("en")), "meeting_name"


def _misspelt_key(d: Path) -> tuple[Path, str | None]:
    return _edit_intent(d, "speakers", lambda i: i.update(keyword=i.pop("keywords"))), "speakers"


def _duplicate_name(d: Path) -> tuple[Path, str | None]:
    source = _file_of(d, "chair")
    chair = next(
        i
        for i in yaml.safe_load(source.read_text(encoding="utf-8"))["intents"]
        if i["name"] == "chair"
    )
    extra = d / "zz_extra.yaml"  # read after every other file
    extra.write_text(yaml.safe_dump({"intents": [chair]}, allow_unicode=True), encoding="utf-8")
    return extra, "chair"


def _invalid_yaml(d: Path) -> tuple[Path, str | None]:
    file = _file_with(d, "topics")
    file.write_text("topics:\n  finance: {label: [unclosed\n    terms: 金融\n", encoding="utf-8")
    return file, None


def _key_written_twice(d: Path) -> tuple[Path, str | None]:
    file = _file_with(d, "lexicon")
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("lexicon:\n", "lexicon:\n  pronouns: [他]\n", 1), encoding="utf-8")  # (YAML would keep the last)
    return file, None


def _missing_lexicon(d: Path) -> tuple[Path, str | None]:
    file = _file_with(d, "lexicon")
    _edit(file, lambda data: data.pop("lexicon"))
    return d, None  # no file defines it: the error names the folder


def _lexicon_without_pronouns(d: Path) -> tuple[Path, str | None]:
    file = _file_with(d, "lexicon")
    _edit(file, lambda data: data["lexicon"].pop("pronouns"))
    return file, None


def _topic_without_terms(d: Path) -> tuple[Path, str | None]:
    file = _file_with(d, "topics")
    _edit(file, lambda data: data["topics"]["finance"].pop("terms"))
    return file, None


def _unknown_top_level_key(d: Path) -> tuple[Path, str | None]:
    file = _file_with(d, "topics")
    _edit(file, lambda data: data.update(synonyms={"a": "b"}))
    return file, None


BROKEN = [
    (_unknown_answer, ["answer", "chairperson"]),
    (_missing_keywords, ["keywords"]),
    (_empty_keywords, ["keywords"]),
    (_bad_slot_policy, ["required", "sometimes"]),
    (_unknown_slot, ["slot", "speaker"]),
    (_examples_without_en, ["examples", "en"]),
    (_reply_without_en, ["reply", "en"]),
    (_misspelt_key, ["keyword"]),
    (_duplicate_name, ["twice"]),
    (_invalid_yaml, ["YAML"]),
    (_key_written_twice, ["pronouns", "twice"]),
    (_missing_lexicon, ["lexicon"]),
    (_lexicon_without_pronouns, ["pronouns"]),
    (_topic_without_terms, ["finance", "terms"]),
    (_unknown_top_level_key, ["synonyms"]),
]


@pytest.mark.parametrize(
    ("breaker", "problem_words"), BROKEN, ids=[b.__name__.lstrip("_") for b, _ in BROKEN]
)
def test_a_broken_file_names_file_intent_and_problem(
    tmp_path: Path, breaker: Callable[[Path], tuple[Path, str | None]], problem_words: list[str]
) -> None:
    directory = _copy(tmp_path)
    where, intent = breaker(directory)
    with pytest.raises(IntentFileError) as caught:
        load_knowledge(directory, COMPOSERS)
    message = str(caught.value)
    assert where.name in message, message
    assert caught.value.path.endswith(where.name)
    if intent:
        assert f"'{intent}'" in message, message
        assert caught.value.intent == intent
    for word in problem_words:
        assert word in message, (word, message)


def test_an_empty_intents_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(IntentFileError, match=r"no \*\.yaml"):
        load_knowledge(tmp_path, COMPOSERS)


def test_engine_load_reports_a_broken_intents_folder(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    _unknown_answer(directory)
    with pytest.raises(IntentFileError, match="chairperson"):
        Engine.load(intents_dir=directory)


# --- knowledge in data: a new synonym or phrasing needs no code ------------------------------

# Words the real intents do not know yet, and the questions that use them.
NEW_FINANCE_TERMS = ["银子", "dough"]
NEW_SPEAKERS_KEYWORD = "唠嗑"
SYNONYM_QUESTIONS = [
    ("关于银子说了什么？", "关于金融说了什么？"),
    ("What was said about dough?", "What was said about finance?"),
]


@pytest.fixture(scope="module")
def extended_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    directory = _copy(tmp_path_factory.mktemp("extended"))
    topics = _file_with(directory, "topics")
    _edit(topics, lambda data: data["topics"]["finance"]["terms"].extend(NEW_FINANCE_TERMS))
    _edit_intent(directory, "speakers", lambda i: i["keywords"].append(NEW_SPEAKERS_KEYWORD))
    return Engine.load(intents_dir=directory)


@pytest.mark.parametrize(
    ("question", "reference"), SYNONYM_QUESTIONS, ids=[q for q, _ in SYNONYM_QUESTIONS]
)
def test_a_new_topic_synonym_answers_like_its_topic(
    extended_engine: Engine, question: str, reference: str
) -> None:
    before = shared_engine().ask(question, conversation=new_key())
    assert "风险投资" not in squash(before.text), (
        "the real intents already know this word; pick another"
    )
    after = extended_engine.ask(question, conversation=new_key())
    expected = extended_engine.ask(reference, conversation=new_key())
    assert after.answered and after.intent == "topic"
    assert "风险投资" in squash(after.text)
    assert after.evidence == expected.evidence


def test_a_new_intent_keyword_is_understood(extended_engine: Engine) -> None:
    question = f"是谁在{NEW_SPEAKERS_KEYWORD}？"
    assert shared_engine().ask(question, conversation=new_key()).intent != "speakers"
    reply = extended_engine.ask(question, conversation=new_key())
    assert reply.intent == "speakers" and reply.answered
    assert "王伟中" in reply.text
