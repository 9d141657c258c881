"""Retries with exponential backoff for calls that fail transiently (429, 5xx, timeouts)."""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

from .base import TransientLLMError

log = logging.getLogger("pike_backend.llm.retry")

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    max_tries: int = 6
    base_delay_s: float = 2.0
    max_delay_s: float = 60.0
    multiplier: float = 2.0
    jitter: float = 0.25  # fraction of the delay added at random, so parallel callers spread out

    def delay(self, failures: int, retry_after_s: float | None) -> float:
        if retry_after_s is not None:  # the server said when; honour it (capped)
            return min(max(retry_after_s, 0.0), self.max_delay_s)
        delay = min(self.base_delay_s * self.multiplier ** (failures - 1), self.max_delay_s)
        return delay * (1.0 + self.jitter * random.random())


def call_with_retries(fn: Callable[[], T], policy: RetryPolicy, what: str, sleep=time.sleep) -> tuple[T, int]:
    """``fn()`` and the number of tries it took; re-raises the last transient error when out of tries."""
    for tries in range(1, policy.max_tries + 1):
        try:
            return fn(), tries
        except TransientLLMError as error:
            if tries == policy.max_tries:
                raise TransientLLMError(f"{what}: gave up after {tries} tries: {error}") from error
            pause = policy.delay(tries, error.retry_after_s)
            log.info("%s: %s; retry %d/%d in %.1fs", what, error, tries, policy.max_tries - 1, pause)
            sleep(pause)
    raise AssertionError("unreachable")
