"""Compare extracted facts with the golden files of tests/reports/ and print an accuracy table
and, per report, the precision and recall of people-with-roles, speakers and attendees.

    python -m tests.extraction_report            # every tests/reports/*.facts.yaml
    python -m tests.extraction_report r05 r08    # the reports whose names start so
    python -m tests.extraction_report --dir DIR  # any folder of NAME.txt + NAME.facts.yaml

A golden file (NAME.facts.yaml, written by reading NAME.txt) holds: meeting, date, place,
theme (a substring of the extracted theme; null when the report gives none), organizer (null when the report does not say),
people [name, roles, actions], mentioned (named but not taking part, when there are such),
chairs, speakers and, when the report has one, research {places, count}. The same comparison backs
tests/test_facts.py, one test per report and field.

Precision and recall (`pr_table`): people-with-roles are the (name, role) pairs, speakers the
`speakers` list, attendees the names of `people` (everyone taking part); the last row pools all
reports (micro-averaged).
"""

from __future__ import annotations

import argparse
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


def golden_paths(prefixes: Sequence[str] = (), folder: Path | None = None) -> list[Path]:
    paths = sorted((folder or REPORTS).glob("*.facts.yaml"))
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
    # a golden null theme (the report gives none) wants none
    theme_ok = theme_want in theme_got if theme_want else not theme_got
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


def run(prefixes: Sequence[str] = (), folder: Path | None = None) -> dict[str, dict[str, Check]]:
    return {report_name(g): check_report(g) for g in golden_paths(prefixes, folder)}


# --- precision and recall ------------------------------------------------------------------

PR_KINDS = ("people-with-roles", "speakers", "attendees")


@dataclass(frozen=True)
class Counts:
    """What one kind of fact got right in one report: true positives, extracted, golden."""

    hits: int
    found: int
    wanted: int

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.wanted if self.wanted else 1.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.hits + other.hits, self.found + other.found, self.wanted + other.wanted)


def _counts(want: set[Any], got: set[Any]) -> Counts:
    return Counts(len(want & got), len(got), len(want))


def precision_recall(golden: dict[str, Any], got: dict[str, Any]) -> dict[str, Counts]:
    """People-with-roles, speakers and attendees of one report against its golden file."""

    def pairs(people: list[dict[str, Any]]) -> set[tuple[str, str]]:
        return {(p["name"], r) for p in people for r in p.get("roles") or []}

    want_people, got_people = golden.get("people") or [], got.get("people") or []
    return {
        "people-with-roles": _counts(pairs(want_people), pairs(got_people)),
        "speakers": _counts(set(golden.get("speakers") or []), set(got.get("speakers") or [])),
        "attendees": _counts({p["name"] for p in want_people}, {p["name"] for p in got_people}),
    }


def run_precision_recall(prefixes: Sequence[str] = (), folder: Path | None = None) -> dict[str, dict[str, Counts]]:
    return {
        report_name(g): precision_recall(load_golden(g), extracted(article_path(g)))
        for g in golden_paths(prefixes, folder)
    }


def pooled(results: dict[str, dict[str, Counts]]) -> dict[str, Counts]:
    """Every report's counts added up, per kind."""
    total = dict.fromkeys(PR_KINDS, Counts(0, 0, 0))
    for counts in results.values():
        total = {k: total[k] + counts[k] for k in PR_KINDS}
    return total


def pr_table(results: dict[str, dict[str, Counts]]) -> str:
    """One row per report: precision/recall of people-with-roles, speakers and attendees; then ALL."""
    width = max([len("report"), *(len(name) for name in results)])
    lines = [f"{'report':<{width}}  " + "  ".join(f"{k + ' P/R':<24}" for k in PR_KINDS)]
    for name, counts in [*results.items(), ("ALL", pooled(results))]:
        cells = [_cell(counts[k]) for k in PR_KINDS]
        lines.append((f"{name:<{width}}  " + "  ".join(cells)).rstrip())
    lines[0] = lines[0].rstrip()
    lines.append("(hits/extracted/golden)")
    return "\n".join(lines)


def _cell(c: Counts) -> str:
    """'100%/ 92% (12/12/13)', 24 characters wide."""
    return f"{c.precision:>4.0%}/{c.recall:>4.0%} " + f"({c.hits}/{c.found}/{c.wanted})".ljust(14)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extracted facts against golden files.")
    parser.add_argument("prefixes", nargs="*", help="only the reports whose names start so")
    parser.add_argument("--dir", type=Path, default=None, help="a folder of NAME.txt + NAME.facts.yaml")
    args = parser.parse_args(argv)
    results = run(args.prefixes, args.dir)
    if not results:
        print("No golden file matched.", file=sys.stderr)
        return 2
    print(table(results))
    print()
    print(pr_table(run_precision_recall(args.prefixes, args.dir)))
    problems = failures(results)
    if problems:
        print("\nFailures:")
        print("\n".join("  " + p for p in problems))
    return 0 if not problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
