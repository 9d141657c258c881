"""The evaluator's verdict on one candidate: the only thing that decides whether it is correct."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

# Where a candidate failed, in the order the evaluator checks ("integrity": it tampered with the
# worker it ran in, e.g. patched torch or left a torch function mode active).
STAGES = ("load", "compile", "run", "correctness", "timing", "recheck", "crash", "timeout", "integrity", "ok")


@dataclass
class OutputDiff:
    """How one output compared with the reference on one input set."""

    index: int
    max_abs_diff: float
    rel_l2: float
    mismatched: int  # elements outside atol/rtol
    total: int


@dataclass
class Verdict:
    correct: bool
    reasons: list[str] = field(default_factory=list)  # each failed check, human readable
    stage: str = "ok"
    ref_ms: float | None = None
    new_ms: float | None = None
    error: str = ""  # the candidate's error text / last ~10k chars of its output, for the EFA
    diffs: list[OutputDiff] = field(default_factory=list)  # worst per output
    timings: dict[str, Any] = field(default_factory=dict)  # raw figures: samples, method, device
    timing_meaningful: bool = True  # False on CPU / under the Triton interpreter
    eval_s: float = 0.0

    @property
    def speedup(self) -> float | None:
        if self.correct and self.ref_ms and self.new_ms:
            return self.ref_ms / self.new_ms
        return None

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["speedup"] = self.speedup
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Verdict":
        data = dict(data)
        data.pop("speedup", None)
        data["diffs"] = [OutputDiff(**d) for d in data.get("diffs", [])]
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    @classmethod
    def failure(cls, stage: str, reason: str, error: str = "") -> "Verdict":
        return cls(correct=False, reasons=[reason], stage=stage, error=error)
