"""Trajectories and counters of search runs, like the paper's figures and ablation tables:
best speedup against attempts and against spend, valid rate, fixes that worked, queries per
improvement."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..problem import ProblemError
from .finals import format_finals
from .run_store import RunStore


@dataclass
class RunSummary:
    name: str
    path: str
    strategy: str = ""
    agent: str = ""
    status: str = ""
    attempts: int = 0
    valid: int = 0
    no_code: int = 0
    not_evaluated: int = 0  # code that came back after the search's time was up
    fixes: int = 0
    fixes_worked: int = 0
    improvements: int = 0
    best_speedup: float = 0.0
    winner: str = ""  # the returned solution's kind (after the final ranking)
    finals: list[dict] = field(default_factory=list)  # the final ranking, from result.json
    timeline: dict[str, float] = field(default_factory=dict)  # seconds to the first milestones, from result.json
    cost_usd: float = 0.0
    llm_calls: int = 0
    timings: int = 0  # timings taken in the search's evaluations (a reused reference counted once)
    timings_retaken: int = 0  # of them, disturbed by other work on the device and taken again
    # per attempt: (attempt, best speedup so far, money spent so far)
    trajectory: list[tuple[int, float, float]] = field(default_factory=list)

    @property
    def valid_rate(self) -> float:
        return self.valid / self.attempts if self.attempts else 0.0

    @property
    def queries_per_improvement(self) -> float | None:
        return self.attempts / self.improvements if self.improvements else None

    def to_json(self) -> dict:
        data = dict(vars(self))
        data.update(valid_rate=self.valid_rate, queries_per_improvement=self.queries_per_improvement)
        return data


def find_runs(path: str | os.PathLike) -> list[Path]:
    """``path`` itself when it is a run, else the runs directly inside it (one per task)."""
    path = Path(path)
    if RunStore.holds_run(path):
        return [path]
    runs = sorted(p for p in path.iterdir() if RunStore.holds_run(p)) if path.is_dir() else []
    if not runs:
        raise ProblemError(f"{path} holds no search run (no run.json in it or its subfolders); pass a run folder")
    return runs


def _brainstorm_cost(store: RunStore) -> tuple[int, float]:
    calls, cost = 0, 0.0
    for path in store.llm_dir.glob("*-iba.json"):
        try:
            reply = json.loads(path.read_text())["reply"]
        except (OSError, json.JSONDecodeError, KeyError):
            continue
        calls, cost = calls + 1, cost + reply.get("cost_usd", 0.0)
    return calls, cost


def summarize(path: str | os.PathLike) -> RunSummary:
    store = RunStore(path)
    meta = store.read_meta()
    options = meta.get("options", {})
    summary = RunSummary(
        name=meta.get("problem_name", Path(path).name), path=str(path), strategy=options.get("strategy", ""),
        agent=options.get("agent", ""), status=meta.get("status", ""),
    )
    summary.llm_calls, spent = _brainstorm_cost(store)
    result = store.read_result() or {}
    summary.winner, summary.finals = result.get("winner_kind", ""), result.get("finals", [])
    summary.timeline = result.get("timeline", {})
    for record in store.attempts():
        summary.attempts += 1
        summary.llm_calls += bool(record.get("llm_call"))
        spent += (record.get("usage") or {}).get("cost_usd", 0.0) or 0.0
        summary.fixes += record["role"] == "efa"
        if record.get("stage") == "not-evaluated":
            summary.not_evaluated += 1
        elif record.get("solution_id") is None:
            summary.no_code += 1
        if record.get("correct"):
            summary.valid += 1
            summary.fixes_worked += record["role"] == "efa"
            if (record.get("speedup") or 0.0) > summary.best_speedup:
                summary.best_speedup = record["speedup"]
                summary.improvements += 1
        summary.trajectory.append((record["attempt"], summary.best_speedup, spent))
        _count_timings(summary, store.read_verdict(record["attempt"]))
    summary.cost_usd = spent
    return summary


def _count_timings(summary: RunSummary, verdict: dict | None) -> None:
    timings = (verdict or {}).get("timings") or {}
    for timing in (timings.get("ref"), timings.get("new")):
        if isinstance(timing, dict) and not timing.get("cached"):
            summary.timings += 1
            summary.timings_retaken += bool(timing.get("tries_ms"))


_MILESTONES = {"ideas": "ideas", "first_code": "first code", "first_verdict": "first verdict",
               "first_valid": "first verified"}


def format_timeline(timeline: dict[str, float]) -> str:
    """``ideas at 12.3 s, first code at 20.1 s, ...``: where a search's time went before its first result."""
    return ", ".join(f"{label} at {timeline[key]:.1f} s" for key, label in _MILESTONES.items() if key in timeline)


def format_table(summaries: list[RunSummary]) -> str:
    header = ("task", "strategy", "attempts", "valid", "fixes ok", "q/improve", "best", "cost $", "llm calls", "winner")
    rows = [header]
    for s in summaries:
        qpi = s.queries_per_improvement
        rows.append((
            s.name, s.strategy, str(s.attempts), f"{s.valid_rate:.0%}", f"{s.fixes_worked}/{s.fixes}",
            f"{qpi:.1f}" if qpi else "-", f"{s.best_speedup:.2f}x", f"{s.cost_usd:.2f}", str(s.llm_calls),
            s.winner or "-",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines += [f"{s.name} final ranking: {format_finals(s.finals)}" for s in summaries if s.finals]
    lines += [f"{s.name} timeline: {format_timeline(s.timeline)}" for s in summaries if s.timeline]
    lines += [f"{s.name} timings: {s.timings_retaken} of {s.timings} disturbed by other work on the device and taken "
              "again (the lowest median kept)" for s in summaries if s.timings_retaken]
    return "\n".join(lines)


def plot(summaries: list[RunSummary], out: str | os.PathLike) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (by_attempt, by_cost) = plt.subplots(1, 2, figsize=(12, 4.5))
    for s in summaries:
        if not s.trajectory:
            continue
        attempts, best, cost = zip(*s.trajectory)
        by_attempt.step(attempts, best, where="post", label=s.name)
        by_cost.step(cost, best, where="post", label=s.name)
    by_attempt.set(xlabel="attempts (COA + EFA queries)", ylabel="best speedup over eager", title="best speedup vs attempts")
    by_cost.set(xlabel="spend (USD)", ylabel="best speedup over eager", title="best speedup vs spend")
    if not any(cost for s in summaries for _, _, cost in s.trajectory):
        by_cost.text(0.5, 0.5, "no LLM spend\n(offline agent or replay)", ha="center", va="center",
                     transform=by_cost.transAxes, color="grey")
    for axis in (by_attempt, by_cost):
        axis.axhline(1.0, color="grey", linewidth=0.8, linestyle="--")
        axis.grid(alpha=0.3)
    if len(summaries) <= 12:
        by_attempt.legend(fontsize=8)
    figure.tight_layout()
    out = Path(out)
    figure.savefig(out, dpi=120)
    plt.close(figure)
    return out
