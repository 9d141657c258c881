"""Timing in a worker: triton ``do_bench``'s protocol on primitives captured before any candidate.

The protocol is do_bench's (an estimate from 5 calls, warm-up calls for ``warmup_ms``, timed
repetitions for ``rep_ms``, the L2 cache flushed before each repetition, the median reported) with
two differences that matter to a verifier:

* Every clock, event and copy function is captured when this module is imported, which the worker
  does before it imports any candidate, so a candidate that replaces ``time.perf_counter``,
  ``torch.cuda.Event.elapsed_time`` or ``triton.testing.do_bench`` at import changes nothing here
  (calling triton's own do_bench would look ``Event.elapsed_time`` up at call time).
* Before each repetition the inputs are refilled in place with the next of the timing input sets
  (outside the timed region, like the flush), so an answer cached from the previous call is stale;
  the output of the last repetition is returned for the evaluator to check.

What is timed is host-inclusive latency, as the PIKE paper measures: the timed function ends with a
device-wide synchronize, so work left on a side stream is inside the measurement. Both the host
clock and CUDA events bracket each call; the events give the reported figure on a GPU (as
do_bench), the host clock on the CPU, and both are kept raw.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Callable

import torch

_perf_counter = time.perf_counter
_median = statistics.median
_cuda_sync = torch.cuda.synchronize
_Event = torch.cuda.Event
_event_record = torch.cuda.Event.record
_event_elapsed = torch.cuda.Event.elapsed_time
_zero = torch.Tensor.zero_
_copy = torch.Tensor.copy_
_data = torch._C.TensorBase.__dict__["data"].__get__
_empty = torch.empty

L2_FLUSH_BYTES = 256 * 1024 * 1024  # do_bench's flush buffer: larger than any current L2
ESTIMATE_CALLS = 5
MAX_WARMUP = 1000
MAX_REPS = 1000  # per-rep flush + refill cost bounds how many reps are worth running


def synchronize(device: str) -> None:
    if device.startswith("cuda"):
        _cuda_sync()


def refill(buffers: list[Any], values: list[Any]) -> None:
    """Write ``values`` into ``buffers`` in place without bumping their version counter, so answers
    cached on (data_ptr, _version) of an input are as stale as answers cached on its address."""
    for buf, value in zip(buffers, values):
        if isinstance(buf, torch.Tensor):
            _copy(_data(buf), value)


@dataclass
class BenchResult:
    median_ms: float
    host_ms: list[float] = field(default_factory=list)  # per repetition, host clock
    event_ms: list[float] = field(default_factory=list)  # per repetition, CUDA events (GPU only)
    estimate_ms: float = 0.0
    n_warmup: int = 0
    n_rep: int = 0
    last_rep: int = 0  # index of the last repetition (its input set is last_rep % number of sets)
    total_s: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class Bench:
    """do_bench's protocol for one device; holds the L2 flush buffer between calls."""

    def __init__(self, device: str):
        self.device = device
        self.cuda = device.startswith("cuda")
        self._flush = _empty(L2_FLUSH_BYTES, dtype=torch.int8, device=device) if self.cuda else None

    def _prepare(self, rep: int, before_rep: Callable[[int], None]) -> None:
        before_rep(rep)
        if self._flush is not None:
            _zero(self._flush)
        # the refill and flush finish before the clocks start, so the host clock, like the
        # events, measures only the call
        synchronize(self.device)

    def _timed(self, fn: Callable[[], Any]) -> tuple[Any, float, Any]:
        if not self.cuda:
            start = _perf_counter()
            out = fn()
            return out, (_perf_counter() - start) * 1e3, None
        begin, end = _Event(enable_timing=True), _Event(enable_timing=True)
        _event_record(begin)
        start = _perf_counter()
        out = fn()
        host = (_perf_counter() - start) * 1e3
        _event_record(end)
        return out, host, (begin, end)

    def run(self, fn: Callable[[], Any], before_rep: Callable[[int], None], warmup_ms: float, rep_ms: float):
        """(result, output of the last repetition). ``fn`` must synchronize before it returns."""
        started = _perf_counter()
        self._prepare(0, before_rep)
        fn()
        estimates = []
        for i in range(ESTIMATE_CALLS):
            self._prepare(i, before_rep)
            estimates.append(self._timed(fn)[1])
        estimate = max(_median(estimates), 1e-4)
        n_warmup = min(MAX_WARMUP, max(1, int(warmup_ms / estimate)))
        n_rep = min(MAX_REPS, max(1, int(rep_ms / estimate)))
        for _ in range(n_warmup):
            fn()
        host, events, out = [], [], None
        for i in range(n_rep):
            self._prepare(i, before_rep)
            out, host_ms, pair = self._timed(fn)
            host.append(host_ms)
            events.append(pair)
        synchronize(self.device)
        event_ms = [_event_elapsed(b, e) for b, e in events] if self.cuda else []
        result = BenchResult(
            median_ms=_median(event_ms if self.cuda else host),
            host_ms=host,
            event_ms=event_ms,
            estimate_ms=estimate,
            n_warmup=n_warmup,
            n_rep=n_rep,
            last_rep=n_rep - 1,
            total_s=_perf_counter() - started,
        )
        return result, out

    def probe(self, fn: Callable[[], Any], calls: int) -> tuple[float, Any]:
        """``calls`` back-to-back calls (the parent times this request with its own clock)."""
        start = _perf_counter()
        out = None
        for _ in range(calls):
            out = fn()
        return _perf_counter() - start, out
