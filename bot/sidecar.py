"""Optional sidecar files: `seeds/NAME.yaml` next to `seeds/NAME.txt` adds aliases or corrects
what extraction got wrong, without code.

    aliases: [AI座谈会, 粤商座谈会]      # other names people use for the meeting
    facts:                               # replace an extracted value (as the report words it)
      date: 7月11日
      place: 广州
      meeting: 粤商·省长面对面协商座谈会
      theme: 人工智能
      organizer: 省政协
    people:                              # add a person, or replace one with the same name
      - name: 张三
        roles: [副省长]
        actions: [出席, 讲话]
    remove_people: [李四]                # drop a wrongly extracted name

Evidence for a corrected value is every sentence of the report that holds it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import ArticleError
from .facts import Fact, Facts, Person, speakers
from .genre import Genre

FACT_FIELDS = ("meeting", "date", "place", "theme", "organizer")
KEYS = {"aliases", "facts", "people", "remove_people"}


@dataclass(frozen=True)
class Sidecar:
    aliases: tuple[str, ...] = ()
    facts: dict[str, str] | None = None
    people: tuple[dict[str, Any], ...] = ()
    remove_people: tuple[str, ...] = ()


def sidecar_path(article: Path) -> Path:
    return article.with_suffix(".yaml")


def load_sidecar(article: Path) -> Sidecar | None:
    """The sidecar of `article`, if there is one; ArticleError when it is malformed."""
    path = sidecar_path(article)
    if not path.is_file():
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ArticleError(f"{path}: not a readable YAML sidecar ({exc}).") from exc
    if not isinstance(data, dict) or set(data) - KEYS:
        raise ArticleError(f"{path}: a sidecar is a mapping with keys among {sorted(KEYS)}.")
    facts = data.get("facts") or {}
    if not isinstance(facts, dict) or set(facts) - set(FACT_FIELDS):
        raise ArticleError(f"{path}: 'facts' may set only {list(FACT_FIELDS)}.")
    people = data.get("people") or []
    if not isinstance(people, list) or not all(isinstance(p, dict) and p.get("name") for p in people):
        raise ArticleError(f"{path}: 'people' is a list of {{name, roles, actions}}.")
    return Sidecar(
        aliases=tuple(str(a) for a in data.get("aliases") or ()),
        facts={k: str(v) for k, v in facts.items()},
        people=tuple(people),
        remove_people=tuple(str(n) for n in data.get("remove_people") or ()),
    )


def apply_sidecar(facts: Facts, sidecar: Sidecar, genre: Genre) -> Facts:
    """Facts with the sidecar's corrections applied."""
    sentences = facts.article.sentences

    def fact(name: str, value: str) -> Fact:
        evidence = tuple(s for s in sentences if value in s.text)
        return Fact(genre.dates.parse(value) if name == "date" else value, evidence)

    changes: dict[str, Any] = {name: fact(name, value) for name, value in (sidecar.facts or {}).items()}
    people = [p for p in facts.people if p.name not in sidecar.remove_people]
    for entry in sidecar.people:
        name = str(entry["name"])
        person = Person(
            name,
            tuple(str(r) for r in entry.get("roles") or ()),
            tuple(str(a) for a in entry.get("actions") or ()),
            tuple(s for s in sentences if name in s.text),
        )
        people = [p for p in people if p.name != name] + [person]
    changes["people"] = tuple(people)
    changes["removed"] = tuple(sidecar.remove_people)
    changes["speakers"] = speakers(tuple(people), facts.statements, genre)
    return replace(facts, **changes)
