"""Command line: `python -m bot console | ask | facts | eval | bench | telegram`."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from .errors import BotError

if TYPE_CHECKING:
    from .facts import Facts


def _add_articles(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--article",
        action="append",
        type=Path,
        default=[],
        metavar="PATH",
        help="answer from this report (repeatable) instead of seeds/",
    )
    parser.add_argument("--seeds", type=Path, metavar="DIR", help="answer from every *.txt in DIR")


def _engine(args: argparse.Namespace):
    from .engine import Engine

    return Engine.load(args.article or None, args.seeds, progress=sys.stderr)


def _cmd_ask(args: argparse.Namespace) -> int:
    engine = _engine(args)
    out = sys.stdout

    def emit(question: str, key: object) -> None:
        reply = engine.ask(question, conversation=key)
        if args.json:
            record = {
                "question": question,
                "answer": reply.text,
                "answered": reply.answered,
                "intent": reply.intent,
                "tried_intent": reply.tried_intent,  # also on a refusal, where intent may be null
                "confidence": reply.confidence,
                "evidence": [e.as_dict() for e in reply.evidence],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write(reply.text + "\n\n")
        out.flush()

    if args.question:
        emit(" ".join(args.question), ("ask", 0))
        return 0
    conversation = 0
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line.strip():
            conversation += 1
            continue
        emit(line, ("ask", conversation))
    return 0


def _facts_dict(facts: Facts) -> dict[str, object]:
    """The facts as printed: extraction's view, plus people named title-after-name only."""
    from .mentions import titled_after_name

    doc = facts.as_dict()
    doc["mentioned"] = [*doc["mentioned"], *titled_after_name(facts)]
    return doc


def _cmd_facts(args: argparse.Namespace) -> int:
    engine = _engine(args)
    docs = [_facts_dict(engine.meeting(mid).facts) for mid, _ in engine.meetings()]
    yaml.safe_dump_all(docs, sys.stdout, allow_unicode=True, sort_keys=False, width=120)
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, load_cases, report

    cases = load_cases(args.questions)
    results = evaluate(_engine(args), cases)
    print(report(results))
    return 0 if all(r.passed for r in results) else 1


def _cmd_console(args: argparse.Namespace) -> int:
    from .console import run_console

    return run_console(_engine(args))


def _cmd_bench(args: argparse.Namespace) -> int:
    from .bench import run_bench

    if args.scale:
        from .bench import run_scale

        return run_scale([int(n) for n in args.scale.split(",") if n.strip()])
    return run_bench(args.article or None, args.seeds, rounds=args.rounds)


def _cmd_telegram(args: argparse.Namespace) -> int:
    from . import telegram_bot

    argv: list[str] = []
    for path in args.article:
        argv += ["--article", str(path)]
    if args.seeds:
        argv += ["--seeds", str(args.seeds)]
    if args.config:
        argv += ["--config", str(args.config)]
    return telegram_bot.main(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="会议问答机器人 — a meeting Q&A bot."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what the bot decides")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("console", help="interactive local test mode")
    _add_articles(p)
    p.set_defaults(func=_cmd_console)

    p = sub.add_parser("ask", help="answer a question, or one per line of standard input")
    p.add_argument(
        "--json", action="store_true", help="print one JSON object per turn (JSON Lines)"
    )
    p.add_argument("question", nargs="*", help="the question; without it, read standard input")
    _add_articles(p)
    p.set_defaults(func=_cmd_ask)

    p = sub.add_parser("facts", help="print the extracted facts as YAML")
    _add_articles(p)
    p.set_defaults(func=_cmd_facts)

    p = sub.add_parser(
        "eval", help="score a question set and print failures and accuracy per intent"
    )
    p.add_argument("questions", type=Path, metavar="QUESTIONS.yaml")
    _add_articles(p)
    p.set_defaults(func=_cmd_eval)

    p = sub.add_parser("bench", help="measure latency, throughput, cold start and memory")
    p.add_argument("--rounds", type=int, default=20, help="passes over the benchmark questions")
    p.add_argument(
        "--scale",
        metavar="N,N,…",
        help="instead: start-up (cold/warm cache), memory and time per question at N generated reports",
    )
    _add_articles(p)
    p.set_defaults(func=_cmd_bench)

    p = sub.add_parser("telegram", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    p.add_argument("--config", type=Path, metavar="FILE", help="optional YAML config file")
    _add_articles(p)
    p.set_defaults(func=_cmd_telegram)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return args.func(args)
    except BotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C while loading or answering: end the line, say nothing more
        sys.stderr.write("\n")
        return 130
    except BrokenPipeError:  # `python -m bot facts | head`
        sys.stderr.close()
        return 0
