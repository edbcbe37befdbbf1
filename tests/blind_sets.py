"""Score the blind question sets kept in tests/blind/ (each file names its report with `article:`).

    python -m tests.blind_sets [-v] [FILE…]

Prints each file's score and the total; with -v, every case that fails and what the bot said.
These sets measure: they are not part of `make test` (their first-run figures and today's are in
the README), so a case may fail here without failing the suite.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from bot.engine import Engine
from bot.evaluate import run_case

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "blind"


def load(path: Path) -> tuple[Path, list[dict[str, Any]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return ROOT / data["article"], data["cases"]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    files = [Path(a) for a in argv if not a.startswith("-")] or sorted(FOLDER.glob("*.yaml"))
    passed = total = 0
    for path in files:
        article, cases = load(path)
        engine = Engine.load([article])
        results = [run_case(engine, case, ("blind", path.stem, i)) for i, case in enumerate(cases)]
        ok = sum(r.passed for r in results)
        passed, total = passed + ok, total + len(results)
        print(f"{path.stem:<12} {ok:>3}/{len(results)}")
        for r in results if verbose else ():
            if not r.passed:
                print(f"    ✗ {r.question}  [{r.reply.intent}] {'; '.join(r.problems)}")
                print("      " + r.reply.text.replace("\n", " / ")[:200])
    print(f"{'total':<12} {passed:>3}/{total} = {passed / max(1, total):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
