"""Run a slice of the level-3 / level-5 suites on the GPU, or merge slices into one table.

One invocation must fit a 10-minute command, and torch.compile of a whole level-3 suite under
several modes does not, so a suite is measured in slices (``--tasks 01-12``) whose JSON files
are merged afterwards (``--merge``). Results are written under ``$OUT`` (or ``--out``) as
``<name>.json``, ``<name>.md`` (the table) and ``<name>.png`` (per-task speedup bars).

  # level 3, paper protocol, the first twelve tasks, pike from the cache only
  python benchmarks/gpu/run_suite.py --level 3 --protocol paper --tasks 01-12 --cache-only
  # ... the other slices, then one table:
  python benchmarks/gpu/run_suite.py --merge $OUT/level3-paper-*.json --name level3-paper

Cold torch.compile dominates a suite's wall time (tens of seconds per task and mode, most of it on
the CPU), so ``--warm-jobs N`` first runs every task once, N processes at a time (one timing
round, short timings, results kept apart under ``<out>/warm/``; pike's search and the baselines in
separate processes): that fills inductor's and pike's on-disk caches, pike searching where it
misses. The measured run that follows then compiles from
warm caches, one task at a time, so nothing else competes for the GPU while it is timed.
``--warm-only`` stops after the warm phase (to measure in a later command on the same machine).
``--split K`` prints the tasks as K lists of about equal time, by each task's wall time in the
newest earlier table that ran it (``suite.sh`` gives each GPU one: round-robin put DenseNet-121,
ResNet-18 and seven more on one GPU, which then took the longest).

The last lines printed are the table and one summary line per system.
"""

from __future__ import annotations

import argparse
import glob
import logging
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # runs from a plain checkout, installed or not

from pike_backend.bench.results import BenchResult, load_results, merge_results  # noqa: E402
from pike_backend.bench.runner import BenchConfig, run_bench  # noqa: E402
from pike_backend.bench.table import format_table  # noqa: E402

log = logging.getLogger("pike_backend.bench.gpu")

# max-autotune is left out by default: its compile alone takes longer than a command may run
DEFAULT_BASELINES = {
    "paper": "inductor,reduce-overhead,reduce-overhead:tf32,reduce-overhead:bf16",
    "strict": "inductor,reduce-overhead",
}


def select_tasks(level: int, spec: str | None) -> list[Path]:
    """Task files of a level; ``spec`` is ``FIRST-LAST`` by the two-digit prefix, or a
    comma-separated list of prefixes or stems."""
    files = sorted((REPO / "benchmarks" / f"level{level}").glob("*.py"))
    if not spec:
        return files
    if "-" in spec and "," not in spec and all(part.isdigit() for part in spec.split("-")):
        first, last = (int(part) for part in spec.split("-"))
        chosen = [f for f in files if first <= int(f.stem.split("_")[0]) <= last]
    else:
        wanted = {w.strip() for w in spec.split(",")}
        chosen = [f for f in files if f.stem in wanted or f.stem.split("_")[0] in wanted]
    if not chosen:
        raise ValueError(f"--tasks {spec!r} matches no task of level {level}")
    return chosen


def expected_seconds(tasks: list[Path], history: list[str]) -> dict[str, float]:
    """Each task's wall time in the newest of the ``history`` tables that ran it (the median of
    the known ones where none did): what ``split_tasks`` balances."""
    seen: dict[str, float] = {}
    for table in sorted(map(load_results, history), key=lambda table: table.date):
        seen.update((task.task, task.wall_s) for task in table.tasks if task.wall_s > 0)
    known = sorted(seen.values())
    default = known[len(known) // 2] if known else 60.0
    return {path.stem: seen.get(path.stem, default) for path in tasks}


def split_tasks(seconds: dict[str, float], shares: int) -> list[list[str]]:
    """The tasks in ``shares`` lists of about equal time: longest first, each to the list with
    the least so far (a table's wall time is its slowest GPU's); each list in task order."""
    loads, lists = [0.0] * shares, [[] for _ in range(shares)]
    for task, cost in sorted(seconds.items(), key=lambda item: (-item[1], item[0])):
        least = min(range(shares), key=lambda i: (loads[i], i))
        lists[least].append(task)
        loads[least] += cost
    return [sorted(tasks) for tasks in lists]


def write_outputs(result: BenchResult, out: Path, name: str) -> str:
    out.mkdir(parents=True, exist_ok=True)
    result.write_json(out / f"{name}.json")
    table = format_table(result)
    (out / f"{name}.md").write_text(table)
    try:
        from pike_backend.bench.plot import plot_speedups

        plot_speedups(result, out / f"{name}.png")
    except ImportError:
        log.warning("matplotlib is not installed: no PNG")
    return table


def summary_lines(result: BenchResult) -> list[str]:
    lines = []
    for name, row in result.summary().items():
        extra = ""
        if "over_best_compile_geomean" in row:
            over, floored = row["over_best_compile_geomean"], row["over_best_compile_floored"]
            extra = f"  over best compile {over or 0:.2f}x (floored {floored or 0:.2f}x)"
        lines.append(
            f"{name:28s} floored {row['geomean_floored'] or 0:.2f}x  unfloored {row['geomean'] or 0:.2f}x  "
            f"correct {row['correct']}/{row['tasks']}  slower than eager {row['slower_than_eager']}{extra}"
        )
    return lines


def warm_runs(path: Path, args: argparse.Namespace, out: Path) -> list[tuple[str, list[str]]]:
    """(label, command) of the warm runs of one task: pike's search and the torch.compile
    baselines in separate processes, so a search does not wait behind minutes of baseline compiles
    (LSTM, DenseNet-121) and run out of time before it starts."""
    base = [
        sys.executable, __file__, "--level", str(args.level), "--protocol", args.protocol,
        "--tasks", path.stem, "--rounds", "1", "--warmup-ms", "5", "--rep-ms", "10", "--out", str(out),
    ]
    runs = []
    if not args.no_pike:
        command = base + ["--name", f"{path.stem}-pike", "--baselines", ""]
        command += ["--budget", str(args.budget)] if args.budget else []
        command += ["--pike-max-time", str(args.pike_max_time)] if args.pike_max_time else []
        command += ["--cache-only"] if args.cache_only else []
        runs.append((f"{path.stem} pike", command))
    if args.baselines != "":
        command = base + ["--name", f"{path.stem}-baselines", "--no-pike"]
        command += ["--baselines", args.baselines] if args.baselines is not None else []
        runs.append((f"{path.stem} baselines", command))
    return runs


def warm_caches(tasks: list[Path], args: argparse.Namespace) -> None:
    """Run each task once, ``args.warm_jobs`` processes at a time, to fill the on-disk caches
    (see ``warm_runs``); no run starts after ``args.warm_max_time`` seconds, and each is stopped by then.
    With ``args.warm_searches``, pike's searches run that many at a time in a pool of their own and
    the baselines ``warm_jobs`` at a time beside them: searches sharing a GPU time their candidates
    while the others compile and time, so fewer at once rank them on steadier timings."""
    out = Path(args.out) / "warm"
    out.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + args.warm_max_time
    # the biggest task files first: whole networks compile longest, so they should not start last
    order = sorted(tasks, key=lambda path: path.stat().st_size, reverse=True)
    runs = [run for path in order for run in warm_runs(path, args, out)]
    if args.warm_searches:
        searches = [run for run in runs if "--no-pike" not in run[1]]
        baselines = [run for run in runs if "--no-pike" in run[1]]
        pools = [(args.warm_searches, searches), (args.warm_jobs, baselines)]
    else:
        pools = [(args.warm_jobs, runs)]

    def warm(run: tuple[str, list[str]]) -> str:
        label, command = run
        left = deadline - time.monotonic()
        if left < 5:
            return f"{label}: not started (time limit)"
        began = time.monotonic()
        with open(out / f"{label.replace(' ', '-')}.log", "w") as log_file:
            try:
                code = subprocess.run(command, stdout=log_file, stderr=subprocess.STDOUT, timeout=left).returncode
            except subprocess.TimeoutExpired:
                code = "timeout"
        return f"{label}: exit {code} after {time.monotonic() - began:.0f} s"

    executors = [ThreadPoolExecutor(max_workers=max(1, jobs)) for jobs, _ in pools]
    futures = [executor.submit(warm, run) for executor, (_, pool_runs) in zip(executors, pools) for run in pool_runs]
    for future in as_completed(futures):
        print("warm", future.result(), flush=True)
    for executor in executors:
        executor.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--level", type=int, choices=(3, 5), default=3)
    parser.add_argument("--protocol", choices=("paper", "strict"), default="paper")
    parser.add_argument("--tasks", help="FIRST-LAST by number (e.g. 01-12) or a comma-separated list")
    parser.add_argument("--baselines", help="default: " + "; ".join(f"{k}: {v}" for k, v in DEFAULT_BASELINES.items()))
    parser.add_argument("--cache-only", action="store_true", help="pike never searches (default: it searches)")
    parser.add_argument("--no-pike", action="store_true")
    parser.add_argument("--budget", type=int, help="pike search budget per subgraph")
    parser.add_argument("--pike-max-time", type=float, help="pike search time limit per subgraph, seconds")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warmup-ms", type=float, default=25.0, help="do_bench warm-up per measurement")
    parser.add_argument("--rep-ms", type=float, default=100.0, help="do_bench repetition time per measurement")
    parser.add_argument("--warm-jobs", type=int, default=0, help="first fill the caches with N tasks at a time")
    parser.add_argument("--warm-searches", type=int, default=0,
                        help="pike searches at a time in the warm phase, beside --warm-jobs baseline runs (default: one pool)")
    parser.add_argument("--warm-max-time", type=float, default=300.0, help="the warm phase's time limit (default 300 s)")
    parser.add_argument("--warm-only", action="store_true", help="stop after the warm phase")
    parser.add_argument("--max-time", type=float, default=480.0, help="start no task after S seconds (default 480)")
    parser.add_argument("--merge", nargs="+", metavar="JSON", help="merge these results instead of running")
    parser.add_argument("--split", type=int, metavar="K",
                        help="print the tasks as K comma-separated lists of about equal time (one per GPU) and stop")
    parser.add_argument("--history", help="--split: glob of earlier tables whose task times it balances "
                                          "(default: benchmarks/results/level<N>-<protocol>*.json)")
    parser.add_argument("--name", help="output file stem (default: level<N>-<protocol>[-<tasks>])")
    parser.add_argument("--out", default=os.environ.get("OUT") or "out", help="output directory (default $OUT)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    if args.split:
        history = args.history or str(REPO / "benchmarks" / "results" / f"level{args.level}-{args.protocol}*.json")
        seconds = expected_seconds(select_tasks(args.level, args.tasks), sorted(glob.glob(history)))
        for tasks in split_tasks(seconds, args.split):
            print(",".join(task.split("_")[0] for task in tasks))
        return 0
    if args.merge:
        result = merge_results([load_results(path) for path in args.merge])
        name = args.name or "merged"
    else:
        if args.warm_jobs or args.warm_only:
            started = time.monotonic()
            warm_caches(select_tasks(args.level, args.tasks), args)
            print(f"warm phase done in {time.monotonic() - started:.0f} s", flush=True)
            if args.warm_only:
                return 0
        baselines = args.baselines if args.baselines is not None else DEFAULT_BASELINES[args.protocol]
        config = BenchConfig(
            protocol=args.protocol,
            baselines=[b for b in baselines.split(",") if b],
            pike=not args.no_pike,
            pike_mode="cache-only" if args.cache_only else "search",
            pike_options={
                **({"budget": args.budget} if args.budget else {}),
                **({"max_time": args.pike_max_time} if args.pike_max_time else {}),
            },
            rounds=args.rounds,
            warmup_ms=args.warmup_ms,
            rep_ms=args.rep_ms,
            max_time_s=args.max_time,
        )
        name = args.name or f"level{args.level}-{args.protocol}" + (f"-{args.tasks.replace(',', '_')}" if args.tasks else "")
        config.json_path = Path(args.out) / f"{name}.json"
        result = run_bench(select_tasks(args.level, args.tasks), config)
    table = write_outputs(result, Path(args.out), name)
    print(table)
    print("\n".join(summary_lines(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
