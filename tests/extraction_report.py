"""Compare extracted facts with the golden files of tests/reports/ and print an accuracy table.

    python -m tests.extraction_report            # every tests/reports/*.facts.yaml
    python -m tests.extraction_report r05 r08    # the reports whose names start so

A golden file (NAME.facts.yaml, written by reading NAME.txt) holds: meeting, date, place,
theme (a substring of the extracted theme), organizer (null when the report does not say),
people [name, roles, actions], mentioned (named but not taking part, when there are such),
chairs, speakers and, when the report has one, research {places, count}. The same comparison backs
tests/test_facts.py, one test per report and field.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.article import load_article
from bot.facts import extract

REPORTS = Path(__file__).resolve().parent / "reports"
FIELDS = (
    "meeting",
    "date",
    "place",
    "theme",
    "organizer",
    "people",
    "mentioned",
    "roles",
    "actions",
    "chairs",
    "speakers",
    "research",
)


@dataclass(frozen=True)
class Check:
    """One field of one report: passed, or why not (None when the golden file does not say)."""

    field: str
    passed: bool | None
    detail: str = ""


def golden_paths(prefixes: Sequence[str] = ()) -> list[Path]:
    paths = sorted(REPORTS.glob("*.facts.yaml"))
    if prefixes:
        paths = [p for p in paths if p.name.startswith(tuple(prefixes))]
    return paths


def article_path(golden: Path) -> Path:
    return golden.with_name(golden.name.removesuffix(".facts.yaml") + ".txt")


def report_name(golden: Path) -> str:
    return golden.name.removesuffix(".facts.yaml")


def load_golden(golden: Path) -> dict[str, Any]:
    return yaml.safe_load(golden.read_text(encoding="utf-8"))


@cache
def extracted(article: Path) -> dict[str, Any]:
    """bot.facts.extract(bot.article.load_article(path)).as_dict(), once per report."""
    return extract(load_article(article)).as_dict()


def _plain(value: Any) -> str:
    """A value as compared: no quotes, no whitespace."""
    return re.sub(r"[\s“”\"]", "", str(value or ""))


def _equal(field: str, want: Any, got: Any) -> Check:
    ok = _plain(want) == _plain(got)
    return Check(field, ok, "" if ok else f"expected {want!r}, got {got!r}")


def _sets(field: str, want: Sequence[str], got: Sequence[str]) -> Check:
    missing, extra = set(want) - set(got), set(got) - set(want)
    if not missing and not extra:
        return Check(field, True)
    parts = [
        f"missing {sorted(missing)}" if missing else "",
        f"extra {sorted(extra)}" if extra else "",
    ]
    return Check(field, False, "; ".join(p for p in parts if p))


def _per_person(field: str, golden: dict[str, Any], got: dict[str, Any]) -> Check:
    """Roles or actions of every golden person the extraction found (as sets)."""
    found = {p["name"]: p for p in got.get("people", [])}
    wrong = []
    for person in golden.get("people", []):
        mine = found.get(person["name"])
        if mine is None:
            continue  # counted under `people`
        want, have = person.get(field) or [], mine.get(field) or []
        if set(want) != set(have):
            wrong.append(f"{person['name']}: expected {want}, got {have}")
    return Check(field, not wrong, "; ".join(wrong))


def _research(golden: dict[str, Any], got: dict[str, Any]) -> Check:
    want = golden.get("research")
    if want is None:
        return Check("research", None, "the golden file gives no research")
    found = got.get("research") or {}
    lists: dict[str, list[str]] = found.get("lists") or {}
    places = [p for kind, items in lists.items() if kind not in ("省", "国") for p in items]
    problems = []
    places_check = _sets("research", want.get("places") or [], places)
    if not places_check.passed:
        problems.append("places " + places_check.detail)
    count = want.get("count")
    counts: list[str] = found.get("counts") or []
    if count and not any(c == count or _plain(count).startswith(_plain(c)) for c in counts):
        problems.append(f"count {count!r} not among {counts}")
    return Check("research", not problems, "; ".join(problems))


def compare(golden: dict[str, Any], got: dict[str, Any]) -> dict[str, Check]:
    """Every field of one report, checked."""
    theme_want, theme_got = _plain(golden.get("theme")), _plain(got.get("theme"))
    theme_ok = bool(theme_got) and theme_want in theme_got
    return {
        "meeting": _equal("meeting", golden.get("meeting"), got.get("meeting")),
        "date": _equal("date", golden.get("date"), got.get("date")),
        "place": _equal("place", golden.get("place"), got.get("place")),
        "theme": Check(
            "theme",
            theme_ok,
            ""
            if theme_ok
            else f"expected to contain {golden.get('theme')!r}, got {got.get('theme')!r}",
        ),
        "organizer": _equal("organizer", golden.get("organizer"), got.get("organizer"))
        if "organizer" in golden
        else Check("organizer", None, "the golden file does not say"),
        "mentioned": _sets(
            "mentioned",
            golden.get("mentioned") or [],
            [p["name"] for p in got.get("mentioned", [])],
        )
        if "mentioned" in golden
        else Check("mentioned", None, "the golden file does not say"),
        "people": _sets(
            "people",
            [p["name"] for p in golden.get("people", [])],
            [p["name"] for p in got.get("people", [])],
        ),
        "roles": _per_person("roles", golden, got),
        "actions": _per_person("actions", golden, got),
        "chairs": _sets("chairs", golden.get("chairs") or [], got.get("chairs") or []),
        "speakers": _sets("speakers", golden.get("speakers") or [], got.get("speakers") or []),
        "research": _research(golden, got),
    }


def check_report(golden: Path) -> dict[str, Check]:
    return compare(load_golden(golden), extracted(article_path(golden)))


def accuracy(results: dict[str, dict[str, Check]]) -> float:
    """Share of passed checks over all reports and fields (fields the golden file leaves out do not count)."""
    judged = [
        c.passed for checks in results.values() for c in checks.values() if c.passed is not None
    ]
    return sum(judged) / len(judged) if judged else 0.0


def table(results: dict[str, dict[str, Check]]) -> str:
    """One row per report, one column per field (✓ ✗ or -), accuracy per report, field and overall."""
    width = max([len("report"), *(len(name) for name in results)])
    cols = [f[:8] for f in FIELDS]
    lines = [f"{'report':<{width}}  " + " ".join(f"{c:>8}" for c in cols) + f"  {'accuracy':>8}"]
    for name, checks in results.items():
        marks = []
        for field in FIELDS:
            passed = checks[field].passed
            marks.append(f"{'-' if passed is None else '✓' if passed else '✗':>8}")
        lines.append(f"{name:<{width}}  " + " ".join(marks) + f"  {accuracy({name: checks}):>8.0%}")
    per_field = []
    for field in FIELDS:
        judged = [c[field].passed for c in results.values() if c[field].passed is not None]
        per_field.append(f"{(sum(judged) / len(judged)) if judged else 0:>8.0%}")
    lines.append(f"{'field':<{width}}  " + " ".join(per_field) + f"  {accuracy(results):>8.0%}")
    return "\n".join(lines)


def failures(results: dict[str, dict[str, Check]]) -> list[str]:
    return [
        f"{name} {check.field}: {check.detail}"
        for name, checks in results.items()
        for check in checks.values()
        if check.passed is False
    ]


def run(prefixes: Sequence[str] = ()) -> dict[str, dict[str, Check]]:
    return {report_name(g): check_report(g) for g in golden_paths(prefixes)}


def main(argv: Sequence[str] | None = None) -> int:
    results = run(list(sys.argv[1:] if argv is None else argv))
    if not results:
        print("No golden file matched.", file=sys.stderr)
        return 2
    print(table(results))
    problems = failures(results)
    if problems:
        print("\nFailures:")
        print("\n".join("  " + p for p in problems))
    return 0 if not problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
