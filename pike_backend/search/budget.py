"""The search budget: attempts (COA + EFA queries), and optionally money and wall time.

Attempts are granted before a query is sent, so the attempt budget is never exceeded. Money and
time are checked before each query: once either is used up no new query starts (calls already in
flight finish and are paid for). Once the time is up, evaluations not started yet are dropped too
(see ``Engine._await``); running ones finish.

Until a candidate has verified, the time limit is twice ``max_time_s``: a search stopped on time
with nothing verified has thrown away everything it spent, and on a busy host a big model's first
candidate can wait most of the limit for its trace, its compile and its turn on the GPU (a
ResNet-101 search given 75 s, two searches and two compile jobs a GPU, had not evaluated one).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Budget:
    max_attempts: int
    max_cost_usd: float | None = None
    max_time_s: float | None = None
    spend: Callable[[], float] = lambda: 0.0  # the money spent so far (the agent's ledger)
    clock: Callable[[], float] = time.monotonic
    attempts: int = 0
    verified: bool = False  # a candidate has verified: the time limit is max_time_s from here on
    _start: float = field(default=0.0, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError(f"budget must be at least 1 attempt, got {self.max_attempts}")
        self._start = self.clock()

    @property
    def elapsed_s(self) -> float:
        return self.clock() - self._start

    def stop_reason(self, count_attempts: bool = True) -> str | None:
        """Why no further query may start, or None while it may (``count_attempts=False``: only
        money and time, for an attempt already granted)."""
        if count_attempts and self.attempts >= self.max_attempts:
            return "attempts"
        if self.max_cost_usd is not None and self.spend() >= self.max_cost_usd:
            return "cost"
        if self.max_time_s is not None and self.elapsed_s >= self._time_limit_s():
            return "time"
        return None

    def _time_limit_s(self) -> float:
        return self.max_time_s if self.verified else 2 * self.max_time_s

    def time_left_s(self) -> float | None:
        """Seconds until the time limit (0 once it is reached); None without one."""
        return None if self.max_time_s is None else max(0.0, self._time_limit_s() - self.elapsed_s)

    def grant(self, wanted: int) -> int:
        """Reserve up to ``wanted`` attempts; returns how many were granted."""
        with self._lock:
            if self.stop_reason() is not None:
                return 0
            granted = min(wanted, self.max_attempts - self.attempts)
            self.attempts += granted
            return granted

    def refund(self, count: int = 1) -> None:
        """Give back attempts granted but never spent: money or time ran out before the query, or
        the agent had nothing new for it (``Proposal.exhausted``)."""
        with self._lock:
            self.attempts -= count

    @property
    def remaining(self) -> int:
        return self.max_attempts - self.attempts
