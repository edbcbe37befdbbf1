"""The shape of the code: imports flow one way, channels are thin, composers work from types."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from helpers import ROOT

BOT = ROOT / "bot"


def _modules() -> dict[str, Path]:
    out = {}
    for file in BOT.rglob("*.py"):
        name = ".".join(file.relative_to(ROOT).with_suffix("").parts)
        out[name.removesuffix(".__init__")] = file
    return out


def _imports() -> dict[str, set[str]]:
    """Module -> the bot modules it imports (a package's __init__ only when imported by name)."""
    mods = _modules()
    graph: dict[str, set[str]] = defaultdict(set)
    for name, file in mods.items():
        package = name if file.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.level):
                continue
            parts = package.split(".")
            target = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            named = {f"{target}.{a.name}" for a in node.names} & set(mods)
            if named:
                graph[name] |= named
            elif node.module and target in mods and target != name:
                graph[name].add(target)
    return graph


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = list(graph.get(start, ()))
    while todo:
        v = todo.pop()
        if v not in seen:
            seen.add(v)
            todo.extend(graph.get(v, ()))
    return seen


def _cycles(graph: dict[str, set[str]]) -> list[str]:
    """The modules that import themselves through others."""
    return sorted(v for v in graph if v in _reachable(graph, v))


def test_no_import_cycle() -> None:
    assert _cycles(_imports()) == []


def test_only_the_telegram_modules_import_telegram() -> None:
    importers = []
    for name, file in _modules().items():
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                if any(n == "telegram" or n.startswith("telegram.") for n in names) and node.level == 0:
                    importers.append(name)
    assert importers and all(n.startswith("bot.telegram") for n in importers), importers


def test_answers_use_the_understanding_only_through_its_types() -> None:
    graph = _imports()
    for name, targets in graph.items():
        if name.startswith("bot.answers"):
            inner = {t for t in targets if t.startswith("bot.understanding.")}
            assert inner <= {"bot.understanding.question"}, (name, inner)


def test_extraction_does_not_know_about_questions() -> None:
    graph = _imports()
    extraction = ["bot.article", "bot.facts", "bot.lead", "bot.roster", "bot.statements", "bot.research", "bot.names"]
    for name in extraction:
        assert not {t for t in graph.get(name, ()) if t.startswith(("bot.understanding", "bot.answers", "bot.engine"))}, name
