"""`python -m bot bench`: latency per question, throughput, cold start, peak memory.

A measurement, not a test: it prints figures and the targets next to them.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .engine import Engine
from .scripts import HANS

TARGETS = {"mean_ms": 1.0, "p99_ms": 5.0, "cold_start_s": 1.5, "peak_rss_mb": 150.0}
_COLD = (
    "import time; t = time.perf_counter()\n"
    "from bot.engine import Engine\n"
    "Engine.load({args}).ask('谁主持了会议？')\n"
    "print(time.perf_counter() - t)\n"
)


def _questions(engine: Engine) -> list[str]:
    """Every example of every intent, in every script, with slots filled from the facts."""
    facts = engine.meeting().facts
    person = facts.people[0].name if facts.people else "张三"
    role = facts.people[0].roles[0] if facts.people and facts.people[0].roles else "省长"
    fill = {
        "{person}": person,
        "{role}": role,
        "{topic}": "金融",
        "{place}": "深圳",
        "{date}": "7月12日",
    }
    out = []
    for intent in engine.knowledge.intents:
        for examples in intent.examples.values():
            for q in examples:
                for k, v in fill.items():
                    q = q.replace(k, v)
                out.append(q)
    return out + ["他呢？", "那人才呢？", "今天天气怎么样？", "😀", "x" * 900]


def _cold_start(articles: list[Path] | None, seeds: Path | None) -> tuple[float, float]:
    args = ""
    if articles:
        args = "articles=[" + ", ".join(repr(str(p)) for p in articles) + "]"
    elif seeds:
        args = f"seeds={str(seeds)!r}"
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _COLD.format(args=args)], capture_output=True, text=True, check=True
    )
    wall = time.perf_counter() - start
    return wall, float(out.stdout.strip() or 0)


def run_bench(
    articles: list[Path] | None = None, seeds: Path | None = None, rounds: int = 20
) -> int:
    wall, inside = _cold_start(articles, seeds)
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    engine = Engine.load(articles, seeds)
    questions = _questions(engine)
    timings: list[float] = []
    for r in range(rounds):
        for i, q in enumerate(questions):
            key = ("bench", r, i // 2)  # pairs of turns share a conversation
            t = time.perf_counter()
            engine.ask(q, conversation=key)
            timings.append(time.perf_counter() - t)
    engine.ask_intent("summary", "bench", HANS)
    timings.sort()
    mean_ms = statistics.fmean(timings) * 1000
    p99_ms = timings[int(len(timings) * 0.99) - 1] * 1000
    qps = len(timings) / sum(timings)
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, child_rss)
    figures = {"mean_ms": mean_ms, "p99_ms": p99_ms, "cold_start_s": wall, "peak_rss_mb": rss}
    print(f"meetings loaded        {len(engine.meetings())}")
    print(f"questions asked        {len(timings)} ({len(questions)} distinct x {rounds} rounds)")
    print(f"latency mean           {mean_ms:.3f} ms   (target ≤ {TARGETS['mean_ms']} ms)")
    print(f"latency p99            {p99_ms:.3f} ms   (target ≤ {TARGETS['p99_ms']} ms)")
    print(f"throughput             {qps:,.0f} questions/s (one core)")
    print(
        f"cold start → 1st answer {wall:.2f} s (process start included; {inside:.2f} s after interpreter start; target ≤ {TARGETS['cold_start_s']} s)"
    )
    print(f"peak RSS               {rss:.0f} MB (target ≤ {TARGETS['peak_rss_mb']:.0f} MB)")
    missed = [k for k, v in figures.items() if v > TARGETS[k]]
    print("targets: all met" if not missed else f"targets missed: {', '.join(missed)}")
    return 0
