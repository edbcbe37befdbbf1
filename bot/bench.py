"""`python -m bot bench`: latency per question, throughput, cold start, peak memory.

A measurement, not a test: it prints figures and the targets next to them.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .engine import Engine
from .meetings import PROJECT_DIR
from .scripts import HANS

CALLERS = 4  # concurrent callers in the concurrency figure
SCALE_QUESTIONS = [
    "谁主持了会议？",
    "会议在哪里召开？",
    "王伟中强调了什么？",
    "关于金融说了什么？",
    "今天天气怎么样？",
    "总结一下这次会议",
    "Who chaired the meeting?",
    "他呢？",
]
_SCALE = (
    "import json, resource, statistics, sys, time\n"
    "t = time.perf_counter()\n"
    "from bot.engine import Engine\n"
    "engine = Engine.load(seeds={folder!r})\n"
    "load = time.perf_counter() - t\n"
    "rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
    "questions = {questions!r}\n"
    "engine.ask(questions[0], 'warm-up')\n"
    "times = []\n"
    "for r in range(5):\n"
    "    for i, q in enumerate(questions):\n"
    "        s = time.perf_counter(); engine.ask(q, ('scale', r, i // 2)); times.append(time.perf_counter() - s)\n"
    "times.sort()\n"
    "print(json.dumps({{'meetings': len(engine.meetings()), 'load_s': load, 'rss_loaded_mb': rss_loaded,\n"
    "    'rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,\n"
    "    'ask_p50_ms': times[len(times) // 2] * 1000, 'ask_mean_ms': statistics.fmean(times) * 1000}}))\n"
)

WARM_UP = ("會議在哪裡舉行？", "报道提到了哪些数字", "Who chaired the meeting?")  # loads what loads on first use
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


def _concurrent(engine: Engine, questions: list[str], rounds: int) -> tuple[float, float]:
    """Questions per second with CALLERS callers at once: as threads calling the engine, and
    as asyncio callers sharing one engine thread (how the Telegram channel calls it)."""
    total = CALLERS * rounds * len(questions)

    def caller(c: int) -> None:
        for r in range(rounds):
            for i, q in enumerate(questions):
                engine.ask(q, ("bench-threads", c, r, i // 2))

    start = time.perf_counter()
    with ThreadPoolExecutor(CALLERS) as pool:
        list(pool.map(caller, range(CALLERS)))
    threads = total / (time.perf_counter() - start)

    async def shared() -> float:
        loop = asyncio.get_running_loop()
        worker = ThreadPoolExecutor(1)

        async def one(c: int) -> None:
            for r in range(rounds):
                for i, q in enumerate(questions):
                    await loop.run_in_executor(worker, engine.ask, q, ("bench-async", c, r, i // 2))

        begin = time.perf_counter()
        await asyncio.gather(*(one(c) for c in range(CALLERS)))
        worker.shutdown()
        return total / (time.perf_counter() - begin)

    return threads, asyncio.run(shared())


def run_bench(
    articles: list[Path] | None = None, seeds: Path | None = None, rounds: int = 20
) -> int:
    wall, inside = _cold_start(articles, seeds)
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    engine = Engine.load(articles, seeds)
    questions = _questions(engine)
    # What loads on first use (bm25s and numpy with the first reading index, OpenCC's
    # Traditional tables) is loaded before timing; then a first pass, timed apart, where every
    # question is new (jieba's cuts and the sound tables of its words are not remembered yet).
    for q in WARM_UP:
        engine.ask(q, conversation="bench-warm-up")
    first = time.perf_counter()
    for i, q in enumerate(questions):
        engine.ask(q, conversation=("bench-first", i // 2))
    first_ms = (time.perf_counter() - first) / len(questions) * 1000
    timings: list[float] = []
    for r in range(rounds):
        for i, q in enumerate(questions):
            key = ("bench", r, i // 2)  # pairs of turns share a conversation
            t = time.perf_counter()
            engine.ask(q, conversation=key)
            timings.append(time.perf_counter() - t)
    engine.ask_intent("summary", "bench", HANS)
    threads_qps, shared_qps = _concurrent(engine, questions, max(1, rounds // 4))
    timings.sort()
    mean_ms = statistics.fmean(timings) * 1000
    p99_ms = timings[int(len(timings) * 0.99) - 1] * 1000
    qps = len(timings) / sum(timings)
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, child_rss)
    figures = {"mean_ms": mean_ms, "p99_ms": p99_ms, "cold_start_s": wall, "peak_rss_mb": rss}
    print(f"meetings loaded        {len(engine.meetings())}")
    print(f"questions asked        {len(timings)} ({len(questions)} distinct x {rounds} rounds)")
    print(f"first pass, mean       {first_ms:.3f} ms   (every question new to the engine)")
    print(f"latency mean           {mean_ms:.3f} ms   (target ≤ {TARGETS['mean_ms']} ms; after the first pass)")
    print(f"latency p99            {p99_ms:.3f} ms   (target ≤ {TARGETS['p99_ms']} ms)")
    print(f"throughput             {qps:,.0f} questions/s (one core)")
    print(
        f"{CALLERS} concurrent callers   {threads_qps:,.0f} questions/s as threads; "
        f"{shared_qps:,.0f} questions/s through one engine thread (as Telegram calls it)"
    )
    print(
        f"cold start → 1st answer {wall:.2f} s (process start included; {inside:.2f} s after interpreter start; target ≤ {TARGETS['cold_start_s']} s)"
    )
    print(f"peak RSS               {rss:.0f} MB (target ≤ {TARGETS['peak_rss_mb']:.0f} MB)")
    missed = [k for k, v in figures.items() if v > TARGETS[k]]
    print("targets: all met" if not missed else f"targets missed: {', '.join(missed)}")
    return 0


# -- many reports -------------------------------------------------------------------------------


def synthetic_reports(count: int, folder: Path) -> list[Path]:
    """`count` reports made from the project's reports with small changes (dates, the
    meeting's number), so that every file is new to the cache."""
    sources = sorted((PROJECT_DIR / "tests" / "reports").glob("*.txt")) + sorted(
        (PROJECT_DIR / "seeds").glob("*.txt")
    )
    rnd = random.Random(count)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        source = sources[i % len(sources)] if count > 1 else sources[-1]
        text = source.read_text(encoding="utf-8-sig")
        date = f"{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日"
        text = re.sub(r"\d{1,2}月\d{1,2}日", date, text, count=3)
        text = text.replace("座谈会", f"第{i + 1}次座谈会", 1) if i else text
        path = folder / f"{i:04d}_{source.stem}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _scale_point(folder: Path, cache: Path) -> dict[str, float]:
    env = {**os.environ, "MEETING_BOT_CACHE": str(cache)}
    code = _SCALE.format(folder=str(folder), questions=SCALE_QUESTIONS)
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures["wall_s"] = time.perf_counter() - start
    return figures


def run_scale(counts: list[int]) -> int:
    """Start-up (cold and warm cache), memory and time per question at several report counts."""
    print("reports  cold start  warm start  RSS warm (loaded → after questions)  per question p50 / mean")
    for count in counts:
        with tempfile.TemporaryDirectory(prefix="meeting-bench-") as tmp:
            folder, cache = Path(tmp) / "reports", Path(tmp) / "cache"
            synthetic_reports(count, folder)
            cold = _scale_point(folder, cache)
            warm = _scale_point(folder, cache)
        print(
            f"{count:>7}  {cold['wall_s']:>8.2f} s  {warm['wall_s']:>8.2f} s  "
            f"{warm['rss_loaded_mb']:>6.0f} MB → {warm['rss_mb']:.0f} MB"
            f"{'':>16}{warm['ask_p50_ms']:>6.1f} / {warm['ask_mean_ms']:.1f} ms"
        )
    print("(start-up: process start to engine loaded, jieba's trimmed dictionary already cached)")
    return 0
