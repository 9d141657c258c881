"""Timing and output checks for the benchmark runner.

Timings are host-inclusive, as the paper measures: the GPU is synchronized at both ends of every
timed call, so launch overhead counts. On a GPU the median comes from triton's ``do_bench`` (L2
flushed, warm-up excluded); on CPU the evaluator's host-clock bench keeps the runner usable, and
its numbers are marked not meaningful. Outputs are compared by the evaluator's own comparison.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable

from ..options import Tolerance


@dataclass(frozen=True)
class TimingConfig:
    warmup_ms: float = 25.0
    rep_ms: float = 100.0


@dataclass
class Timing:
    ms: float  # median
    p20_ms: float
    p80_ms: float


def time_call(fn: Callable[[], Any], device: str, config: TimingConfig) -> Timing:
    if device.startswith("cuda"):
        return _time_cuda(fn, config)
    return _time_host(fn, device, config)


def _time_cuda(fn: Callable[[], Any], config: TimingConfig) -> Timing:
    import torch
    from triton.testing import do_bench

    def host_inclusive() -> None:
        # do_bench records its start event right after queueing the L2 flush; without the first
        # synchronize, the host would launch fn's kernels while the GPU is still flushing, and
        # that launch time would go uncounted.
        torch.cuda.synchronize()
        fn()
        torch.cuda.synchronize()

    p20, p50, p80 = do_bench(host_inclusive, warmup=config.warmup_ms, rep=config.rep_ms, quantiles=[0.2, 0.5, 0.8])
    return Timing(ms=p50, p20_ms=p20, p80_ms=p80)


def _time_host(fn: Callable[[], Any], device: str, config: TimingConfig) -> Timing:
    from ..evaluate.timing import Bench

    result, _ = Bench(device).run(fn, lambda rep: None, config.warmup_ms, config.rep_ms)
    samples = sorted(result.host_ms)
    return Timing(ms=result.median_ms, p20_ms=_quantile(samples, 0.2), p80_ms=_quantile(samples, 0.8))


def _quantile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@dataclass
class Check:
    correct: bool
    reasons: list[str] = field(default_factory=list)
    max_abs_diff: float | None = None
    rel_l2: float | None = None


def detach_outputs(output: Any) -> list[Any]:
    """Owned copies of the output leaves: CUDA-graph outputs are overwritten by the next replay."""
    import torch

    from ..evaluate.compare import flatten

    return [x.detach().clone() if isinstance(x, torch.Tensor) else x for x in flatten(output)]


def check_outputs(reference: list[Any], output: Any, tolerance: Tolerance, cast_to_reference: bool) -> Check:
    """The evaluator's comparison of ``output`` with the reference leaves.

    ``cast_to_reference``: a system under bf16 autocast returns bf16 where eager returns fp32;
    that is what the baseline does, so its values are compared, not its dtype.
    """
    import torch

    from ..evaluate.compare import compare_outputs, flatten

    leaves = flatten(output)
    if cast_to_reference:
        leaves = [
            out.to(ref.dtype) if isinstance(out, torch.Tensor) and isinstance(ref, torch.Tensor) else out
            for ref, out in zip(reference, leaves)
        ] + leaves[len(reference) :]
    comparison = compare_outputs(reference, leaves, tolerance)
    diffs = comparison.diffs
    return Check(
        correct=not comparison.reasons,
        reasons=comparison.reasons,
        max_abs_diff=max((d.max_abs_diff for d in diffs), default=None),
        rel_l2=max((d.rel_l2 for d in diffs), default=None),
    )


def geomean(values: list[float]) -> float | None:
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))
