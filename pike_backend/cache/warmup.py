"""``pike warmup SCRIPT.py [ARGS]``: run a user script with search on, then say what happened to
every subgraph pike compiled (searched, hit, fell back).

The script runs in this process (runpy, as ``__main__``, with its own ``sys.argv`` and directory on
``sys.path``) so that the backend's compile events can be read afterwards.
"""

from __future__ import annotations

import os
import runpy
import sys
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..problem import ProblemError


@dataclass
class WarmupResult:
    exit_code: int
    events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = Counter(str(e.get("outcome")) for e in self.events)
        counts["running_pike"] = sum(1 for e in self.events if _runs_pike(e))
        counts["subgraphs"] = len(self.events)
        return dict(counts)

    def to_json(self) -> dict[str, Any]:
        return {"exit_code": self.exit_code, "counts": self.counts, "events": self.events}


def _runs_pike(event: dict[str, Any]) -> bool:
    return event.get("winner_kind") not in (None, "", "fallback")


def _exit_code(code: Any) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)  # sys.exit("message") prints the message and exits 1
    return 1


def run_script(script: str | os.PathLike, args: list[str]) -> WarmupResult:
    """Run ``script`` as ``__main__`` with ``PIKE_MODE=search``; returns its exit code and the
    compile events of every subgraph it compiled with pike."""
    path = Path(script)
    if not path.is_file():
        raise ProblemError(f"warmup script {path} does not exist; give the path of a Python script")
    from ..backend import clear_compile_events, compile_events

    clear_compile_events()
    saved_argv, saved_path, saved_mode = sys.argv, list(sys.path), os.environ.get("PIKE_MODE")
    os.environ["PIKE_MODE"] = "search"
    sys.argv = [str(path), *args]
    sys.path.insert(0, str(path.resolve().parent))
    try:
        runpy.run_path(str(path), run_name="__main__")
        code = 0
    except SystemExit as stop:
        code = _exit_code(stop.code)
    except Exception:  # the user's script failed: show it, and still report what was compiled
        traceback.print_exc()
        code = 1
    finally:
        sys.argv, sys.path[:] = saved_argv, saved_path
        if saved_mode is None:
            os.environ.pop("PIKE_MODE", None)
        else:
            os.environ["PIKE_MODE"] = saved_mode
    return WarmupResult(code, compile_events())


def _cell(value: Any, width: int) -> str:
    text = "-" if value in (None, "") else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def format_events(result: WarmupResult) -> str:
    """A table of the subgraphs and a summary line."""
    columns = (("SUBGRAPH", 28), ("KEY", 12), ("OUTCOME", 9), ("SPEEDUP", 8), ("RUNS ON", 34), ("REASON", 48))
    lines = ["  ".join(name.ljust(width) for name, width in columns).rstrip()]
    for event in result.events:
        speedup = event.get("speedup")
        row = (
            event.get("problem_name"),
            event.get("key", "")[:12],
            event.get("outcome"),
            f"{speedup:.2f}x" if isinstance(speedup, (int, float)) else None,
            event.get("origin"),
            event.get("reason"),
        )
        lines.append("  ".join(_cell(v, w).ljust(w) for v, (_, w) in zip(row, columns)).rstrip())
    counts = result.counts
    lines.append(
        f"warmup: {counts['subgraphs']} subgraph(s): {counts.get('searched', 0)} searched, "
        f"{counts.get('hit', 0)} hit, {counts['subgraphs'] - counts['running_pike']} on the fallback; "
        f"{counts['running_pike']} run pike kernels"
    )
    return "\n".join(lines)
