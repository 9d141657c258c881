"""Merge a new suite run's searched kernels into the shipped bundle, task by task, by one rule:

    python benchmarks/refresh_kernels_cache.py RESULTS.json EXPORT_DIR [--bundle kernels_cache] [--apply]

RESULTS.json is a ``pike bench`` table whose tasks were searched afresh (``suite.sh`` with
``SHIPPED=0``) and EXPORT_DIR the ``pike cache export`` of that run's store. A task's entries (the
keys its ``pike_events`` name) replace the bundle's where pike was correct, no slower than eager,
and its ratio to the best torch.compile configuration is at or above a bar set by the earlier
tables of the same level and protocol (``--history``, by default
``benchmarks/results/level<N>-<protocol>*.json``):

- where tables timed the bundle's own entry for the task as it is now (the same source, which a
  table's pike events name since they carry ``source_sha256``; in older tables, served from the
  shipped bundle in a table dated after the entry was searched or its runtime swapped), the highest
  ratio those gave it: the entry's own best;
- otherwise the highest ratio any earlier table gave the task.

Host-inclusive timings of launch-bound rows move between hosts and runs, so an entry is replaced
only by one that did at least as well as the best run before it; but a lucky table of an entry since
replaced must not keep a better one out, hence the entry's own best where it was measured.

Prints one line per task and what it would take; ``--apply`` writes the bundle (unsigned, as the
shipped one is) and verifies it.
"""

from __future__ import annotations

import argparse
import glob
import re
import sys
from collections.abc import Set as AbstractSet
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pike_backend.bench.results import BenchResult, TaskResult, load_results  # noqa: E402
from pike_backend.cache.bundle import Bundle, write_bundle  # noqa: E402
from pike_backend.cache.entry import CacheEntry  # noqa: E402


def default_history(results: BenchResult) -> str:
    level = next((m.group(1) for t in results.tasks if (m := re.search(r"level(\d+)", t.path))), "3")
    return str(ROOT / "benchmarks" / "results" / f"level{level}-{results.protocol}*.json")


def last_change(entry: CacheEntry) -> str:
    """When ``entry`` became what it is (ISO time): searched, or its runtime swapped."""
    return max(entry.meta.get("created", ""), (entry.meta.get("runtime_swapped") or {}).get("at", ""))


def timed(event: dict, entry: CacheEntry | None, table_date: str) -> bool:
    """Whether a table's pike event timed ``entry`` as it is now: the same source, where the event
    names what ran; for tables from before events named it, served from the shipped bundle in a
    table dated after the entry last changed."""
    if entry is None or not event.get("origin", "").startswith("pike"):
        return False
    if "source_sha256" in event:
        return event["source_sha256"] == entry.meta.get("source_sha256")
    return "shipped" in event["origin"] and table_date > last_change(entry)


def bars(history: list[str], bundle: dict[str, CacheEntry], date: str) -> dict[str, tuple[float, str]]:
    """task -> (the ratio a new entry must reach, what set it), from the tables of ``history`` but
    the one of ``date`` (the new run itself, once copied into the results): the highest ratio of
    those that timed the bundle's entries for the task as they are now (every pike event of it),
    else the highest ratio of any."""
    earlier: dict[str, float] = {}
    shipped: dict[str, float] = {}
    for table in map(load_results, history):
        if table.date == date:
            continue
        for task in table.tasks:
            ratio = task.pike_over_best_compile
            if not ratio:
                continue
            earlier[task.task] = max(earlier.get(task.task, 0.0), ratio)
            if task.pike_events and all(timed(event, bundle.get(event.get("key", "")), table.date)
                                        for event in task.pike_events):
                shipped[task.task] = max(shipped.get(task.task, 0.0), ratio)
    bar = {task: (ratio, "earlier best") for task, ratio in earlier.items()}
    bar.update((task, (ratio, "shipped entry's best")) for task, ratio in shipped.items())
    return bar


def decide(tasks: list[TaskResult], bar: dict[str, tuple[float, str]], exported: set[str],
           shipped: AbstractSet[str] = frozenset()) -> tuple[dict[str, str], list[str]]:
    """(key -> task for every entry to take, one report line per task). ``shipped``: the exported
    keys whose entry the bundle already holds (the same search's result)."""
    take: dict[str, str] = {}
    lines = []
    for task in tasks:
        name, pike = task.task, task.systems.get("pike")
        ratio, (before, what) = task.pike_over_best_compile, bar.get(task.task, (0.0, "earlier best"))
        keys = [e["key"] for e in task.pike_events if e.get("key") in exported]
        if pike is None or not pike.ok or not ratio:
            why = "pike failed or no torch.compile baseline"
        elif pike.speedup < 1.0:
            why = "slower than eager"
        elif ratio < before:
            why = f"below {before:.2f}x"
        elif not keys:
            why = "no exported entry"
        elif set(keys) <= shipped:
            why = "already shipped"
        else:
            take.update((key, name) for key in keys)
            why = f"take {len(keys)}"
        lines.append(f"{name:40s} {ratio or 0:.2f}x ({what} {before:.2f}x)  {why}")
    return take, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", help="the new run's pike bench JSON")
    parser.add_argument("export", help="the new run's `pike cache export` directory")
    parser.add_argument("--bundle", default=str(ROOT / "kernels_cache"), help="the bundle to refresh")
    parser.add_argument("--history", help="glob of earlier tables (default: same level and protocol in benchmarks/results)")
    parser.add_argument("--apply", action="store_true", help="write the bundle (default: only print)")
    args = parser.parse_args(argv)

    results = load_results(args.results)
    history = sorted(glob.glob(args.history or default_history(results)))
    export = Bundle.open(args.export, require_signature=False)
    entries = read_all(args.bundle)
    exported = {key: export.read(key) for key in export.keys}
    # the same search's entry, maybe since given a new runtime: taking it again would undo that
    shipped = {key for key, entry in exported.items()
               if key in entries and entry.meta.get("created") == entries[key].meta.get("created")}
    take, lines = decide(results.tasks, bars(history, entries, results.date), set(exported), shipped)
    print("\n".join(lines))
    print(f"{len(take)} entries to take from {args.export} ({len(history)} earlier tables read)")
    if not args.apply or not take:
        return 0
    entries.update((key, exported[key]) for key in take)
    return write_verified(args.bundle, entries)


def read_all(bundle_dir: str) -> dict[str, CacheEntry]:
    bundle = Bundle.open(bundle_dir, require_signature=False)
    return {key: bundle.read(key) for key in bundle.keys}


def write_verified(bundle_dir: str, entries: dict[str, CacheEntry]) -> int:
    """Write ``entries`` as the bundle (unsigned, as the shipped one is) and verify it: the exit status."""
    write_bundle(bundle_dir, entries.values())
    problems = Bundle.open(bundle_dir, require_signature=False).verify()
    for name, problem in problems:
        print(f"{name}: {problem}", file=sys.stderr)
    print(f"{bundle_dir}: {len(entries)} entries{', all verified' if not problems else ''}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
