"""Run a slice of the level-3 / level-5 suites on the GPU, or merge slices into one table.

One invocation must fit a 10-minute command, and torch.compile of a whole level-3 suite under
several modes does not, so a suite is measured in slices (``--tasks 01-12``) whose JSON files
are merged afterwards (``--merge``). Results are written under ``$OUT`` (or ``--out``) as
``<name>.json``, ``<name>.md`` (the table) and ``<name>.png`` (per-task speedup bars).

  # level 3, paper protocol, the first twelve tasks, pike from the cache only
  python benchmarks/gpu/run_suite.py --level 3 --protocol paper --tasks 01-12 --cache-only
  # ... the other slices, then one table:
  python benchmarks/gpu/run_suite.py --merge $OUT/level3-paper-*.json --name level3-paper

The last lines printed are the table and one summary line per system.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--level", type=int, choices=(3, 5), default=3)
    parser.add_argument("--protocol", choices=("paper", "strict"), default="paper")
    parser.add_argument("--tasks", help="FIRST-LAST by number (e.g. 01-12) or a comma-separated list")
    parser.add_argument("--baselines", help="default: " + "; ".join(f"{k}: {v}" for k, v in DEFAULT_BASELINES.items()))
    parser.add_argument("--cache-only", action="store_true", help="pike never searches (default: it searches)")
    parser.add_argument("--no-pike", action="store_true")
    parser.add_argument("--budget", type=int, help="pike search budget per subgraph")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-time", type=float, default=480.0, help="start no task after S seconds (default 480)")
    parser.add_argument("--merge", nargs="+", metavar="JSON", help="merge these results instead of running")
    parser.add_argument("--name", help="output file stem (default: level<N>-<protocol>[-<tasks>])")
    parser.add_argument("--out", default=os.environ.get("OUT") or "out", help="output directory (default $OUT)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    if args.merge:
        result = merge_results([load_results(path) for path in args.merge])
        name = args.name or "merged"
    else:
        baselines = args.baselines if args.baselines is not None else DEFAULT_BASELINES[args.protocol]
        config = BenchConfig(
            protocol=args.protocol,
            baselines=[b for b in baselines.split(",") if b],
            pike=not args.no_pike,
            pike_mode="cache-only" if args.cache_only else "search",
            pike_options={"budget": args.budget} if args.budget else {},
            rounds=args.rounds,
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
