"""A PNG of per-task speedups over eager: one group of bars per task, one bar per system."""

from __future__ import annotations

import os
from pathlib import Path

from .results import BenchResult


def plot_speedups(result: BenchResult, path: str | os.PathLike) -> Path:
    """Bars grow from 1x, up for speedups and down for slowdowns, on a log scale; a wrong or
    failed result has no bar but an x on the 1x line, so it cannot pass for a missing system."""
    import matplotlib

    matplotlib.use("Agg")  # no display on servers; must precede the pyplot import
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    systems = [s for s in result.systems if s != "eager"]
    tasks = result.tasks
    width = 0.8 / max(1, len(systems))
    fig, ax = plt.subplots(figsize=(max(8.0, 0.45 * len(tasks) * max(1, len(systems)) ** 0.5 + 3), 5.5))
    colors = plt.get_cmap("tab10")
    for index, name in enumerate(systems):
        xs, ys, failed = [], [], []
        for position, task in enumerate(tasks):
            x = position - 0.4 + (index + 0.5) * width
            system = task.systems[name]
            if system.ok:
                xs.append(x)
                ys.append(system.speedup)
            else:
                failed.append(x)
        ax.bar(xs, [y - 1.0 for y in ys], bottom=1.0, width=width, label=name, color=colors(index % 10))
        if failed:
            ax.scatter(failed, [1.0] * len(failed), marker="x", color=colors(index % 10), zorder=3)
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_yscale("log")
    times = FuncFormatter(lambda value, _: f"{value:g}x")
    ax.yaxis.set_major_formatter(times)
    ax.yaxis.set_minor_formatter(times)
    ax.set_ylabel("speedup over eager (log scale)")
    ax.set_xticks(range(len(tasks)))
    ax.set_xticklabels([t.task for t in tasks], rotation=60, ha="right", fontsize=8)
    env = result.env
    title = f"pike bench, {result.protocol} protocol, {env.get('gpu', result.device)}, torch {env.get('torch', '?')}"
    if not result.timing_meaningful:
        title += " (timings not meaningful)"
    ax.set_title(title)
    ax.legend(fontsize=8, ncol=min(4, max(1, len(systems))))
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
