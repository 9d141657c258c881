"""The library of solutions: every evaluated candidate with its lineage, verdict and timings.

Solutions are ranked by their own time (``Solution.ms``), not by their speedups: every candidate
runs the same problem on the same inputs, and each speedup divides by a reference timed in its own
evaluation, whose noise is no part of the candidate's speed. The eager reference is launch-bound:
on a busy host it swings 2x between evaluations (Mamba-2 on an H200: 2.6 and 6.1 ms), where a
candidate inside a CUDA graph hardly moves. Speedups stay what a search reports.
"""

from __future__ import annotations

import dataclasses
import math
import statistics
from dataclasses import dataclass, field
from typing import Any

from ..evaluate.verdict import Verdict
from ..problem import sha256_text
from .agent import Idea


@dataclass
class Solution:
    id: int
    source: str
    verdict: Verdict
    role: str  # coa / efa
    parent: int | None  # the solution it was derived from (for an EFA fix: the failed child)
    agent: str = ""
    model: str = ""
    idea: Idea | None = None
    kind: str = ""
    phase: int = 0  # PIKE-B phase or PIKE-O generation
    island: int | None = None
    attempt: int = 0
    fix_round: int = 0
    retimed: list[float] = field(default_factory=list)  # speedups of the final ranking (finals.py)
    retimed_ms: list[float] = field(default_factory=list)  # and the times behind them
    retime_failed: str = ""  # why it failed a re-check there: then it is no longer correct

    @property
    def correct(self) -> bool:
        return self.verdict.correct and not self.retime_failed

    @property
    def speedup(self) -> float:
        """The search's timing, or after the final ranking the median of all of this solution's."""
        first = self.verdict.speedup or 0.0
        return statistics.median([first, *self.retimed]) if self.retimed else first

    @property
    def ms(self) -> float:
        """This solution's time as ranked: its first timing, or the median of all of them."""
        if not self.verdict.new_ms:
            return math.inf
        return statistics.median([self.verdict.new_ms, *self.retimed_ms])

    @property
    def source_sha(self) -> str:
        return sha256_text(self.source)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["verdict"] = self.verdict.to_json()
        data["speedup"] = self.speedup
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Solution":
        data = dict(data)
        data.pop("speedup", None)
        data["verdict"] = Verdict.from_json(data["verdict"])
        data["idea"] = Idea(**data["idea"]) if data.get("idea") else None
        return cls(**data)


def fastest_first(solutions: list[Solution]) -> list[Solution]:
    """The correct ones of ``solutions``, fastest first by their own time (ties: earlier first)."""
    return sorted((s for s in solutions if s.correct), key=lambda s: (s.ms, s.id))


class Library:
    def __init__(self) -> None:
        self.solutions: list[Solution] = []

    def add(self, **fields: Any) -> Solution:
        solution = Solution(id=len(self.solutions), **fields)
        self.solutions.append(solution)
        return solution

    def get(self, solution_id: int) -> Solution:
        return self.solutions[solution_id]

    def verified(self, among: list[Solution] | None = None) -> list[Solution]:
        """``fastest_first`` of ``among`` (default: every solution)."""
        return fastest_first(self.solutions if among is None else among)

    def top_k(self, k: int, among: list[Solution] | None = None) -> list[Solution]:
        return self.verified(among)[:k]

    def best(self) -> Solution | None:
        verified = self.verified()
        return verified[0] if verified else None

    def to_json(self) -> list[dict[str, Any]]:
        return [s.to_json() for s in self.solutions]

    @classmethod
    def from_json(cls, data: list[dict[str, Any]]) -> "Library":
        library = cls()
        library.solutions = [Solution.from_json(item) for item in data]
        return library
