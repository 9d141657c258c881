"""PikeOptions: the torch.compile options of the pike backend and their ``PIKE_*`` env vars.

Every option of the contract in DESIGN.md is here. Values come from, in order of precedence,
``torch.compile(..., options={...})``, then ``PIKE_<NAME>`` environment variables, then defaults.
Everything is validated up front: an unknown key or a bad value raises ``ValueError`` naming the
key and what is allowed, before any work is done.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

MODES = ("search", "cache-only")
AGENTS = ("offline", "gemini", "openai", "replay")
STRATEGIES = ("pike-b", "pike-o")
PRECISIONS = ("strict", "tf32", "bf16", "auto")
FALLBACKS = ("eager", "inductor")
GRANULARITIES = ("subgraph", "graph")

DEFAULT_LLM_BUDGET = 300
DEFAULT_OFFLINE_BUDGET = 24
DEFAULT_MODELS = {"gemini": "gemini-2.5-pro", "openai": "gpt-4o-mini"}


@dataclass(frozen=True)
class Tolerance:
    """What a candidate must meet, and which reduced-precision tricks it may use.

    ``rel_l2`` bounds ``||out - ref|| / ||ref||`` per output: it is what stops outputs of tiny
    magnitude from passing as zeros under a loose ``atol``.
    """

    atol: float
    rtol: float
    rel_l2: float
    allow_tf32: bool
    allow_low_precision: bool  # bf16 / fp16 arithmetic

    @property
    def label(self) -> str:
        kind = "bf16" if self.allow_low_precision else "tf32" if self.allow_tf32 else "strict"
        return f"{kind}(atol={self.atol:g}, rtol={self.rtol:g}, rel_l2={self.rel_l2:g})"


# strict: plain fp32 arithmetic lands near 1e-6 relative error, TF32 near 3e-4 and bf16 near 4e-3,
# so 1e-4 on the relative norm admits reordered fp32 sums and rejects every reduced-precision trick.
# bf16 is the paper's protocol: atol = rtol = 1e-2.
PRECISION_TOLERANCES = {
    "strict": Tolerance(atol=1e-4, rtol=1e-4, rel_l2=1e-4, allow_tf32=False, allow_low_precision=False),
    "tf32": Tolerance(atol=1e-3, rtol=1e-3, rel_l2=2e-3, allow_tf32=True, allow_low_precision=False),
    "bf16": Tolerance(atol=1e-2, rtol=1e-2, rel_l2=1e-2, allow_tf32=True, allow_low_precision=True),
}

_MATMUL_PRECISION_TO_LEVEL = {"highest": "strict", "high": "tf32", "medium": "bf16"}


def resolve_precision(precision: str) -> str:
    """``auto`` follows ``torch.get_float32_matmul_precision()``; others are returned as is."""
    if precision != "auto":
        return precision
    import torch

    return _MATMUL_PRECISION_TO_LEVEL.get(torch.get_float32_matmul_precision(), "strict")


def tolerance_for(precision: str, atol: float | None = None, rtol: float | None = None) -> Tolerance:
    """The tolerance of a precision level, with explicit ``atol``/``rtol`` overriding its defaults."""
    base = PRECISION_TOLERANCES[resolve_precision(precision)]
    atol = base.atol if atol is None else atol
    rtol = base.rtol if rtol is None else rtol
    return dataclasses.replace(base, atol=atol, rtol=rtol, rel_l2=max(base.rel_l2, rtol))


def _choice(allowed: tuple[str, ...]):
    def parse(key: str, value: Any) -> str:
        if value not in allowed:
            raise ValueError(f"pike option {key!r}: {value!r} is not one of {', '.join(allowed)}")
        return value

    return parse


def _positive_int(key: str, value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"pike option {key!r}: {value!r} is not an integer (use a positive integer)") from None
    if number <= 0 or (isinstance(value, float) and value != number):
        raise ValueError(f"pike option {key!r}: {value!r} must be a positive integer")
    return number


def _positive_float(key: str, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"pike option {key!r}: {value!r} is not a number (use a positive number)") from None
    if not number > 0:
        raise ValueError(f"pike option {key!r}: {value!r} must be a positive number")
    return number


def _text(key: str, value: Any) -> str:
    if not isinstance(value, (str, os.PathLike)) or not str(value):
        raise ValueError(f"pike option {key!r}: {value!r} must be a non-empty string")
    return str(value)


def _flag(key: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"pike option {key!r}: {value!r} is not a boolean (use true or false)")


# name -> parser; each also settable as PIKE_<NAME upper-case>.
_PARSERS = {
    "mode": _choice(MODES),
    "agent": _choice(AGENTS),
    "model": _text,
    "llm_base_url": _text,
    "strategy": _choice(STRATEGIES),
    "budget": _positive_int,
    "atol": _positive_float,
    "rtol": _positive_float,
    "precision": _choice(PRECISIONS),
    "cache_dir": _text,
    "kernels": _text,
    "fallback": _choice(FALLBACKS),
    # beyond the contract: how the graph is cut, seeding with torch.compile's own output,
    # spend limits, evaluations at once, and where search runs are kept.
    "granularity": _choice(GRANULARITIES),
    "inductor_seeds": _flag,
    "max_cost": _positive_float,
    "max_time": _positive_float,
    "parallel_evaluations": _positive_int,
    "run_dir": _text,
    "replay_dir": _text,
}


def default_cache_dir() -> str:
    return str(Path.home() / ".cache" / "pike")


@dataclass(frozen=True)
class PikeOptions:
    mode: str = "search"
    agent: str = "offline"
    model: str | None = None
    llm_base_url: str | None = None
    strategy: str = "pike-b"
    budget: int | None = None
    atol: float | None = None
    rtol: float | None = None
    precision: str = "auto"
    cache_dir: str = field(default_factory=default_cache_dir)
    kernels: str | None = None
    fallback: str = "eager"
    granularity: str = "graph"
    inductor_seeds: bool = True
    max_cost: float | None = None
    max_time: float | None = None
    # candidates evaluated at once on each device: their compiles overlap, their timings take turns
    # (evaluate/exclusive.py); 1 keeps a search to one evaluation at a time, as it was measured
    parallel_evaluations: int = 1
    run_dir: str | None = None
    replay_dir: str | None = None

    @classmethod
    def from_sources(
        cls, options: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
    ) -> "PikeOptions":
        """Options from ``options`` (highest precedence), then ``PIKE_*`` variables, then defaults."""
        environ = os.environ if environ is None else environ
        options = dict(options or {})
        unknown = sorted(set(options) - set(_PARSERS))
        if unknown:
            raise ValueError(
                f"unknown pike option {unknown[0]!r}; allowed options: {', '.join(sorted(_PARSERS))}"
            )
        values: dict[str, Any] = {}
        for key, parse in _PARSERS.items():
            env_name = f"PIKE_{key.upper()}"
            if key in options and options[key] is not None:
                values[key] = parse(key, options[key])
            elif environ.get(env_name, "") != "":
                values[key] = parse(env_name, environ[env_name])
        return cls(**values)

    # -- derived settings -------------------------------------------------------------------

    @property
    def effective_budget(self) -> int:
        if self.budget is not None:
            return self.budget
        return DEFAULT_LLM_BUDGET if self.agent != "offline" else DEFAULT_OFFLINE_BUDGET

    @property
    def effective_model(self) -> str | None:
        return self.model or DEFAULT_MODELS.get(self.agent)

    @property
    def tolerance(self) -> Tolerance:
        return tolerance_for(self.precision, self.atol, self.rtol)

    @property
    def kernel_bundles(self) -> list[str]:
        return [p for p in (self.kernels or "").split(os.pathsep) if p]

    @property
    def runs_dir(self) -> Path:
        return Path(self.run_dir) if self.run_dir else Path(self.cache_dir) / "runs"

    def replace(self, **changes: Any) -> "PikeOptions":
        """A copy with ``changes`` validated like any other option."""
        merged = {k: v for k, v in dataclasses.asdict(self).items() if v is not None}
        merged.update(changes)
        return PikeOptions.from_sources(merged, environ={})

