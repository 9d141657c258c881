"""Results that survive a time limit, shared by the GPU scripts in this folder.

GPU time comes in short commands that are killed at their limit, so a script that prints only at
the end leaves nothing. A ``Recorder`` prints each result the moment it is measured, rewrites
``$OUT/<name>.json`` after every result (atomically: a kill never leaves half a file), and keeps the
``--max-time`` budget: a script checks ``expired()`` before starting the next piece of work, skips
the rest and still prints its summary.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import threading
import time
from pathlib import Path
from typing import Any


def add_max_time(parser: argparse.ArgumentParser, default: float | None = None) -> None:
    parser.add_argument("--max-time", type=float, default=default, metavar="SECONDS",
                        help="start no new case after this many seconds (the summary of what ran is still printed "
                             "and saved); leave headroom below the command's own timeout for the case in flight")


class Recorder:
    """Prints results as they come and keeps ``$OUT/<name>.json`` current (``OUT`` unset: no file).

    The JSON holds ``meta``, one list per section (``add``), named values (``put``), ``skipped``
    (work not started because the budget was spent), ``elapsed_s`` and ``complete`` (false until
    ``finish``: a file from a killed run says so). Safe to call from several threads.
    """

    def __init__(self, name: str, max_time: float | None = None, meta: dict[str, Any] | None = None):
        if max_time is not None and max_time <= 0:
            raise ValueError(f"--max-time {max_time}: use a positive number of seconds")
        self.started = time.monotonic()
        self.max_time = max_time
        out = os.environ.get("OUT")
        self.path = Path(out) / f"{name}.json" if out else None
        self.data: dict[str, Any] = {"meta": dict(meta or {}), "complete": False, "skipped": []}
        self._lock = threading.RLock()
        self.save()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def left(self) -> float:
        return math.inf if self.max_time is None else self.max_time - self.elapsed()

    def expired(self, need_s: float = 0.0) -> bool:
        """True when less than ``need_s`` seconds of the budget are left."""
        return self.left() <= need_s

    def add(self, section: str, row: dict[str, Any], line: str | None = None) -> None:
        """Keep ``row`` under ``section``, print ``line`` (default: the row as JSON) right away."""
        with self._lock:
            self.data.setdefault(section, []).append(row)
            print(line if line is not None else json.dumps(row, default=str), flush=True)
            self.save()

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self.data[key] = value
            self.save()

    def skip(self, what: str) -> None:
        """Record work not started because ``--max-time`` was spent."""
        with self._lock:
            self.data["skipped"].append(what)
            self.save()

    def budget_note(self) -> str:
        skipped = self.data["skipped"]
        if not skipped:
            return ""
        return f"--max-time {self.max_time:g} s spent after {self.elapsed():.0f} s: not run: {', '.join(skipped)}"

    def finish(self) -> None:
        """Mark the JSON complete, after saying what ``--max-time`` left unrun (if anything)."""
        note = self.budget_note()
        if note:
            print(note, flush=True)
        with self._lock:
            self.data["complete"] = True
            self.save()
        if self.path is not None:
            print(f"wrote {self.path}", flush=True)

    def save(self) -> None:
        if self.path is None:
            return
        with self._lock:
            self.data["elapsed_s"] = round(self.elapsed(), 2)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(self.path.name + ".part")
            partial.write_text(json.dumps(self.data, indent=1, default=str))
            os.replace(partial, self.path)
