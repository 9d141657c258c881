"""The results table of a benchmark run, as Markdown (it goes straight into RESULTS.md)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .results import BEST_COMPILE, BenchResult, SystemResult, TaskResult


def format_table(result: BenchResult) -> str:
    systems = [s for s in result.systems if s != "eager"]
    has_best = bool(result.compile_systems)
    has_pike = "pike" in result.systems
    header = ["task", "eager ms", *systems]
    if has_best:
        header.append("best compile")
    if has_pike and has_best:
        header.append("pike / best")
    if has_pike:
        header.append("pike winner")

    rows = [_task_row(task, systems, has_best, has_pike) for task in result.tasks]
    rows += _summary_rows(result, systems, has_best, has_pike)
    lines = _heading(result) + ["", _row(header), _row(["---"] * len(header))] + [_row(r) for r in rows]
    lines += _notes(result)
    return "\n".join(lines) + "\n"


def _heading(result: BenchResult) -> list[str]:
    env = result.env
    lines = [
        f"pike bench: protocol {result.protocol} ({result.tolerance}), {result.rounds} rounds, "
        f"pike {result.pike_mode or 'not run'}",
        f"{env.get('gpu', '?')} (capability {env.get('capability', '?')}), torch {env.get('torch', '?')}, "
        f"triton {env.get('triton', '?')}, {result.date}, {result.wall_s:.0f} s",
        "speedup = eager ms / system ms in the same round, median over rounds; "
        "WRONG = outside the protocol's tolerance against eager fp32 (TF32 off)",
    ]
    if not result.timing_meaningful:
        lines.append(f"timings on {result.device} are not meaningful (no GPU): they only show the runner works")
    return lines


def _task_row(task: TaskResult, systems: list[str], has_best: bool, has_pike: bool) -> list[str]:
    eager = task.systems["eager"]
    row = [task.task, _eager_cell(eager)] + [_cell(task.systems[name]) for name in systems]
    if has_best:
        row.append(f"{task.best_compile_speedup:.2f}x ({task.best_compile})" if task.best_compile_speedup else "-")
    if has_pike and has_best:
        row.append(_x(task.pike_over_best_compile))
    if has_pike:
        row.append(_kinds(task.systems["pike"].winner_kinds))
    return row


def _summary_rows(result: BenchResult, systems: list[str], has_best: bool, has_pike: bool) -> list[list[str]]:
    summary = result.summary()
    labels = (("geomean_floored", "geomean (floored at 1)"), ("geomean", "geomean (unfloored, correct tasks)"))
    rows = []
    for key, label in labels:
        row = [f"**{label}**", ""] + [_x(summary[name][key]) for name in systems]
        if has_best:
            row.append(_x(summary[BEST_COMPILE][key]))
        if has_pike and has_best:
            ratio_key = "over_best_compile_floored" if key == "geomean_floored" else "over_best_compile_geomean"
            row.append(_x(summary["pike"].get(ratio_key)))
        if has_pike:
            row.append("")
        rows.append(row)
    correct = ["**correct**", ""] + [f"{summary[n]['correct']}/{summary[n]['tasks']}" for n in systems]
    if has_best:
        correct.append(f"{summary[BEST_COMPILE]['correct']}/{summary[BEST_COMPILE]['tasks']}")
    correct += [""] * (int(has_pike and has_best) + int(has_pike))
    rows.append(correct)
    return rows


def _notes(result: BenchResult) -> list[str]:
    notes = []
    for task in result.tasks:
        for name, system in task.systems.items():
            if system.error:
                notes.append(f"- {task.task} / {name}: {system.error}")
            elif system.correct is False:
                notes.append(f"- {task.task} / {name}: wrong: {'; '.join(system.reasons[:2])}")
    if result.skipped:
        notes.append(f"- not run (time limit): {', '.join(result.skipped)}")
    return ["", "Failures:", *notes] if notes else []


def _eager_cell(result: SystemResult) -> str:
    if result.error:
        return f"ERROR ({_stage(result)})"
    text = f"{result.ms:.3f}" if result.ms is not None else "-"
    return text + (" WRONG" if result.correct is False else "")


def _cell(result: SystemResult) -> str:
    if result.error:
        return f"ERROR ({_stage(result)})"
    if result.ms is None:
        return "-"
    text = f"{result.ms:.3f} ms"
    if result.speedup is not None:
        text += f" {result.speedup:.2f}x"
    return text + (" WRONG" if result.correct is False else "")


def _stage(result: SystemResult) -> str:
    return result.error.split(":", 1)[0]


def _kinds(kinds: list[str]) -> str:
    if not kinds:
        return "-"
    counts = Counter(kinds)
    return ", ".join(kind if n == 1 else f"{kind} x{n}" for kind, n in counts.most_common())


def _x(value: Any) -> str:
    return f"{value:.2f}x" if value else "-"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"
