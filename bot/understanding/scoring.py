"""Intent scoring: every intent by its cue words and its closest example, with the slots the
question fills; then the decision, with named thresholds (cf. Rasa's FallbackClassifier)."""

from __future__ import annotations

import logging

import numpy as np
from rapidfuzz import fuzz, process

from ..intents import Intent, Knowledge
from ..scripts import EN
from .cues import CueHits
from .question import Slots

log = logging.getLogger(__name__)

# Thresholds, in one place.
THRESHOLD = 0.40  # a top score below this falls back to "the report does not say / try asking"
AMBIGUITY_THRESHOLD = 0.05  # top two closer than this: answer the top one, offer the runner-up
CUE_WEIGHT = 0.55  # share of the score from cue words; the rest from the closest example
REQUIRED_SLOT_BONUS = 0.15
OPTIONAL_SLOT_BONUS = {"date": 0.2, "place": 0.2}  # a date or place named is seldom incidental
OTHER_SLOT_BONUS = 0.08
MISSING_SLOT_FACTOR = 0.45
UNUSED_PERSON_PENALTY = 0.08
UNKNOWN_WORD_PENALTY = 0.12
CARRIED_SCORE = THRESHOLD + 0.2  # an elliptical follow-up keeps the last intent at least this

# Characters that stand for a slot in a masked question and in the intents' examples.
MARK = {"person": "\ue001", "role": "\ue002", "topic": "\ue003", "place": "\ue004", "date": "\ue005"}
MARKS = "".join(MARK.values())


class IntentScorer:
    def __init__(self, knowledge: Knowledge) -> None:
        self._intents = knowledge.intents
        # each intent's name, slots and whether it takes a person, read once
        self._shapes = tuple((i.name, tuple(i.slots.items()), "person" in i.slots) for i in knowledge.intents)
        self._slot_names = frozenset(slot for i in knowledge.intents for slot in i.slots)
        # every example of every intent in one list per script (one rapidfuzz call scores them all)
        self._pools: dict[str, tuple[list[str], list[str]]] = {"zh": ([], []), EN: ([], [])}
        for intent in knowledge.intents:
            for script, items in intent.examples.items():
                owners, examples = self._pools[EN if script == EN else "zh"]
                for example in items:
                    for slot, mark in MARK.items():
                        example = example.replace("{" + slot + "}", mark)
                    owners.append(intent.name)
                    examples.append(example.rstrip("?？!！。. "))
        self._groups: dict[str, tuple[list[str], list[int]]] = {}  # per pool: each intent and where its examples start
        for pool, (owners, _) in self._pools.items():
            starts = [i for i, name in enumerate(owners) if i == 0 or owners[i - 1] != name]
            self._groups[pool] = ([owners[i] for i in starts], starts)

    def _similarity(self, masked: str, script: str) -> dict[str, float]:
        """Each intent's closest example to the masked question (0..1): one rapidfuzz call
        scores every example, numpy takes each intent's best (its examples stand together)."""
        pool = EN if script == EN else "zh"
        owners, examples = self._pools[pool]
        if not examples:
            return {}
        scorer = fuzz.token_set_ratio if pool == EN else fuzz.ratio
        scores = process.cdist([masked.rstrip("?？!！。. ")], examples, scorer=scorer)[0]
        names, starts = self._groups[pool]
        best = np.maximum.reduceat(scores, starts)
        return {name: float(score) / 100.0 for name, score in zip(names, best, strict=True)}

    def __call__(self, masked: str, script: str, slots: Slots, cues: CueHits, unknown: int) -> dict[str, float]:
        scores: dict[str, float] = {}
        named = slots.person and not slots.person_derived
        other_slot = slots.person or slots.topic or slots.role or slots.place
        similarity = self._similarity(masked, script)
        weights = cues.weights
        filled = {slot: slots.filled(slot) and not (slot == "person" and slots.person_derived) for slot in self._slot_names}
        penalty = UNKNOWN_WORD_PENALTY * min(3, unknown) if unknown and not other_slot else 0.0
        for name, policies, takes_person in self._shapes:
            score = CUE_WEIGHT * min(1.0, weights.get(name, 0.0)) + (1 - CUE_WEIGHT) * similarity.get(name, 0.0)
            for slot, policy in policies:
                if filled[slot]:
                    score += REQUIRED_SLOT_BONUS if policy == "required" else OPTIONAL_SLOT_BONUS.get(slot, OTHER_SLOT_BONUS)
                elif policy == "required":
                    score *= MISSING_SLOT_FACTOR
            if named and not takes_person:
                score -= UNUSED_PERSON_PENALTY
            scores[name] = round(score - penalty, 4)
        return scores


def decide(scores: dict[str, float], knowledge: Knowledge, text: str) -> tuple[Intent | None, float, tuple[str, float] | None]:
    """The intent to answer with (None below THRESHOLD), its confidence and the runner-up."""
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), runner = ranked[0], ranked[1] if len(ranked) > 1 else None
    intent = knowledge.intent(best) if top >= THRESHOLD else None
    if intent is None:
        log.info("fallback: top intent %s scored %.2f < %.2f for %r", best, top, THRESHOLD, text)
    elif runner and top - runner[1] < AMBIGUITY_THRESHOLD:
        log.info("ambiguous: %s %.2f vs %s %.2f for %r", best, top, runner[0], runner[1], text)
    clamp = lambda x: max(0.0, min(1.0, x))  # noqa: E731
    return intent, clamp(top), (runner[0], clamp(runner[1])) if runner else None
