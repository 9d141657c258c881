"""``pike bench DIR|FILE...``: eager, torch.compile modes and pike on KernelBench-format tasks.

Exit 0 when every task ran in eager and pike was correct wherever it ran; 1 when a task failed in
eager or pike failed or was wrong on a task (baselines that fail are reported, not fatal);
2 on bad usage or input.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .protocols import PROTOCOLS
from .results import BenchResult
from .runner import BenchConfig, run_bench


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "bench",
        help="benchmark eager, torch.compile modes and pike on KernelBench-format tasks",
        description="Time eager, torch.compile modes and pike the same way on KernelBench-format tasks, "
        "check each against eager fp32, and report speedups, correctness and pike's winning kernels.",
    )
    parser.add_argument("paths", nargs="+", metavar="DIR|FILE", help="task files or directories of them")
    parser.add_argument(
        "--baselines",
        help="comma-separated systems to compare besides eager and pike: inductor (or default), "
        "reduce-overhead, max-autotune, max-autotune-no-cudagraphs, each optionally :bf16 "
        "(under bf16 autocast) or :tf32 (TF32 matmuls and convolutions); default: every mode, plus "
        "reduce-overhead:tf32 and reduce-overhead:bf16 under the paper protocol",
    )
    parser.add_argument(
        "--protocol",
        choices=sorted(PROTOCOLS),
        default="paper",
        help="paper: atol = rtol = 1e-2, reduced precision allowed; strict: fp32, no reduced precision",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--search", dest="pike_mode", action="store_const", const="search", help="pike searches on a cache miss (default)")
    mode.add_argument("--cache-only", dest="pike_mode", action="store_const", const="cache-only", help="pike falls back on a cache miss")
    parser.add_argument("--no-pike", action="store_true", help="baselines only")
    parser.add_argument(
        "--pike-option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="an extra torch.compile option for pike, e.g. budget=8 or agent=gemini (repeatable)",
    )
    parser.add_argument("--json", metavar="F", help="write the full results as JSON (rewritten after every task)")
    parser.add_argument("--plot", metavar="F.png", help="write a PNG of per-task speedup bars")
    parser.add_argument("--table", metavar="F.md", help="also write the table to this file")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved timing rounds (default 3)")
    parser.add_argument("--seed", type=int, default=0, help="seed for weights and inputs (default 0)")
    parser.add_argument("--check-sets", type=int, default=3, metavar="N",
                        help="input sets every system is checked on, as pike's evaluator does (default 3)")
    parser.add_argument("--device", help="cuda or cpu (default: cuda if available)")
    parser.add_argument("--warmup-ms", type=float, default=25.0, help="do_bench warm-up per measurement (ms)")
    parser.add_argument("--rep-ms", type=float, default=100.0, help="do_bench measuring time per measurement (ms)")
    parser.add_argument("--max-time", type=float, metavar="S", help="start no new task after S seconds")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.set_defaults(func=run, pike_mode="search")


def _pike_options(pairs: list[str]) -> dict[str, str]:
    options = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ValueError(f"--pike-option {pair!r} is not KEY=VALUE (e.g. --pike-option budget=8)")
        options[key.strip()] = value.strip()
    return options


def config_from_args(args: argparse.Namespace) -> BenchConfig:
    baselines = None
    if args.baselines is not None:
        baselines = [b.strip() for b in args.baselines.split(",") if b.strip()]
    return BenchConfig(
        protocol=args.protocol,
        baselines=baselines,
        pike=not args.no_pike,
        pike_mode=args.pike_mode,
        pike_options=_pike_options(args.pike_option),
        rounds=args.rounds,
        seed=args.seed,
        check_sets=args.check_sets,
        device=args.device,
        warmup_ms=args.warmup_ms,
        rep_ms=args.rep_ms,
        max_time_s=args.max_time,
        json_path=args.json,
        progress=not args.no_progress,
    )


def run(args: argparse.Namespace) -> int:
    from .plot import plot_speedups
    from .table import format_table

    result = run_bench(args.paths, config_from_args(args))
    table = format_table(result)
    print(table, end="")
    if args.table:
        with open(args.table, "w") as handle:
            handle.write(table)
    if args.plot:
        print(f"plot: {plot_speedups(result, args.plot)}", file=sys.stderr)
    if args.json:
        print(f"json: {args.json}", file=sys.stderr)
    return 0 if run_succeeded(result) else 1


def run_succeeded(result: BenchResult) -> bool:
    for task in result.tasks:
        if task.systems["eager"].error:
            return False
        pike = task.systems.get("pike")
        if pike is not None and (pike.error or pike.correct is False):
            return False
    return True
