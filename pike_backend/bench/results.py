"""What a benchmark run produced: per task and system, and the summary the table ends with.

Speedups are over eager and come from the same round: in round r, ``eager_ms[r] / ms[r]``; the
reported speedup is the median of those ratios, so the drift of host-inclusive timings between
rounds cancels out. Geometric means are given floored at 1 as the paper does (an incorrect or
failed task counts as 1: the user would have kept eager) and unfloored over the correct tasks.
"""

from __future__ import annotations

import dataclasses
import json
import os
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .measure import geomean

BEST_COMPILE = "best-compile"  # the per-task best of the torch.compile systems


@dataclass
class SystemResult:
    system: str
    ms: float | None = None  # median over rounds
    ms_rounds: list[float | None] = field(default_factory=list)  # None where a round failed
    spread_ms: list[tuple[float, float]] = field(default_factory=list)  # (p20, p80) per round
    speedup: float | None = None  # median over rounds of eager_ms / ms of the same round
    speedup_rounds: list[float] = field(default_factory=list)
    correct: bool | None = None  # None: never got as far as the check
    reasons: list[str] = field(default_factory=list)
    max_abs_diff: float | None = None
    rel_l2: float | None = None
    compile_s: float | None = None  # wall time of the first call: compile (or search) + one run
    error: str = ""  # "stage: Error: message" where the system failed
    winner_kinds: list[str] = field(default_factory=list)  # pike: per subgraph, the kind that won

    @property
    def ok(self) -> bool:
        """Correct and timed: the only results that count as a speedup."""
        return self.correct is True and not self.error and self.speedup is not None


@dataclass
class TaskResult:
    task: str
    path: str
    systems: dict[str, SystemResult] = field(default_factory=dict)
    pike_events: list[dict[str, Any]] = field(default_factory=list)  # backend.compile_events()
    best_compile: str | None = None  # the torch.compile system with the best median speedup
    best_compile_speedup: float | None = None  # per round the fastest correct compile system
    pike_over_best_compile: float | None = None  # per round best-compile ms / pike ms, median
    wall_s: float = 0.0


@dataclass
class BenchResult:
    protocol: str
    tolerance: str
    device: str
    env: dict[str, str]
    timing_meaningful: bool
    date: str
    systems: list[str]
    compile_systems: list[str]
    rounds: int
    pike_mode: str
    pike_options: dict[str, Any] = field(default_factory=dict)
    tasks: list[TaskResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # tasks not started (time limit)
    wall_s: float = 0.0

    def summary(self) -> dict[str, dict[str, Any]]:
        rows = {name: summarize(self.tasks, name) for name in self.systems if name != "eager"}
        if self.compile_systems:
            rows[BEST_COMPILE] = summarize_best_compile(self.tasks)
        if "pike" in self.systems and self.compile_systems:
            ratios = [t.pike_over_best_compile for t in self.tasks if t.pike_over_best_compile is not None]
            rows["pike"]["over_best_compile_geomean"] = geomean(ratios)
            best, pike = rows[BEST_COMPILE]["geomean_floored"], rows["pike"]["geomean_floored"]
            rows["pike"]["over_best_compile_floored"] = pike / best if best and pike else None
        return rows

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["summary"] = self.summary()
        return data

    def write_json(self, path: str | os.PathLike) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps(self.to_json(), indent=1, default=str))
        os.replace(tmp, path)  # a run killed mid-write keeps the last complete file


def load_results(path: str | os.PathLike) -> BenchResult:
    """A run back from the JSON that ``write_json`` wrote (the summary is recomputed)."""
    data = json.loads(Path(path).read_text())
    data.pop("summary", None)
    tasks = []
    for task in data.pop("tasks"):
        systems = {}
        for name, system in task.pop("systems").items():
            system["spread_ms"] = [tuple(pair) for pair in system.get("spread_ms", [])]
            systems[name] = SystemResult(**system)
        tasks.append(TaskResult(**task, systems=systems))
    return BenchResult(**data, tasks=tasks)


def merge_results(results: list[BenchResult]) -> BenchResult:
    """One result from runs of disjoint task sets under the same protocol and systems (a suite
    measured in several invocations); a task measured twice keeps its last measurement."""
    if not results:
        raise ValueError("nothing to merge; pass at least one results JSON")
    first = results[0]
    for other in results[1:]:
        if (other.protocol, other.systems, other.env) != (first.protocol, first.systems, first.env):
            raise ValueError(
                "cannot merge runs with different protocols, systems or environments: "
                f"{first.protocol} {first.systems} {first.env} vs {other.protocol} {other.systems} {other.env}"
            )
    tasks = {task.task: task for result in results for task in result.tasks}
    merged = dataclasses.replace(first, tasks=sorted(tasks.values(), key=lambda t: t.task))
    merged.skipped = sorted({name for r in results for name in r.skipped} - set(tasks))
    merged.wall_s = sum(r.wall_s for r in results)
    return merged


def _floored(speedups: list[float | None]) -> float | None:
    return geomean([max(s, 1.0) if s is not None else 1.0 for s in speedups])


def summarize(tasks: list[TaskResult], system: str) -> dict[str, Any]:
    results = [t.systems[system] for t in tasks if system in t.systems]
    good = [r.speedup for r in results if r.ok]
    return {
        "tasks": len(results),
        "correct": sum(1 for r in results if r.correct is True),
        "failed": sum(1 for r in results if r.error),
        "geomean_floored": _floored([r.speedup if r.ok else None for r in results]),
        "geomean": geomean(good),
        "slower_than_eager": sum(1 for s in good if s < 1.0),
        "compile_s_total": sum(r.compile_s or 0.0 for r in results),
    }


def summarize_best_compile(tasks: list[TaskResult]) -> dict[str, Any]:
    speedups = [t.best_compile_speedup for t in tasks]
    good = [s for s in speedups if s is not None]
    return {
        "tasks": len(tasks),
        "correct": len(good),
        "failed": len(tasks) - len(good),
        "geomean_floored": _floored(speedups),
        "geomean": geomean(good),
        "slower_than_eager": sum(1 for s in good if s < 1.0),
        "compile_s_total": None,
    }


def median_or_none(values: list[float]) -> float | None:
    return statistics.median(values) if values else None
