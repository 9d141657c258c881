"""One timing at a time on a device, across every pike process on the machine.

Searches that share a GPU (several `pike warmup` or `pike optimize` processes, the benchmark's warm
stage with three searches a GPU) would otherwise time candidates while the others run theirs, and a
GPU shared that way is time-sliced: a launch-bound model's candidates then all time alike (the wait
for the GPU is most of it) and a search ranks them by noise (a ResNet block on an H200 shared by
three searches: eager's graph, the frozen torch.compile seed and our stack within 4% of 0.26 ms,
against eager's 0.25-0.51 ms within one search). So each timing request holds an exclusive
``flock`` on a file named after its device; compiles and correctness runs, most of an evaluation,
still overlap. A lock held past ``wait_s`` (a process stopped mid-timing) is given up on, and the
timing goes ahead and says so. Other programs' GPU work is not covered.
"""

from __future__ import annotations

import fcntl
import os
import re
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

_POLL_S = 0.005


def lock_path(device_key: str) -> Path:
    """The lock file of a device (``cpu`` or ``gpu<CUDA_VISIBLE_DEVICES entry>``), per user: the
    temporary directory is shared by every process, a file one user made another may not open."""
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", device_key)
    return Path(tempfile.gettempdir()) / f"pike-timing-{os.getuid()}" / f"{name}.lock"


def device_key(gpu: str | None) -> str:
    """The lock name of an evaluator slot's device (``Slot.gpu``: an entry of CUDA_VISIBLE_DEVICES)."""
    return f"gpu{gpu}" if gpu is not None else "cpu"


@dataclass
class Hold:
    waited_ms: float = 0.0
    acquired: bool = False
    reason: str = ""  # why it was not acquired


@contextmanager
def exclusive_timing(key: str, wait_s: float) -> Iterator[Hold]:
    """Hold ``key``'s lock for the body; waits at most ``wait_s`` for it, then runs without it, as
    it does where the lock file cannot be made or locked (a read-only or network temp directory):
    a lock only makes timings steadier, and its absence must not stop an evaluation."""
    hold = Hold()
    started = time.perf_counter()
    path = lock_path(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a")
    except OSError as error:
        hold.reason = f"{path}: {error.strerror}"
        yield hold
        return
    with handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                hold.acquired = True
                break
            except BlockingIOError:
                if time.perf_counter() - started >= wait_s:
                    hold.reason = f"another process held it for {wait_s:.3g} s"
                    break
                time.sleep(_POLL_S)
            except OSError as error:
                hold.reason = f"{path}: {error.strerror}"
                break
        hold.waited_ms = (time.perf_counter() - started) * 1e3
        try:
            yield hold
        finally:
            if hold.acquired:
                fcntl.flock(handle, fcntl.LOCK_UN)
