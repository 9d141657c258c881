"""The final ranking: a search's fastest few solutions verified and timed again before it returns.

A search times each candidate once, when it is evaluated, and on a busy GPU (other searches,
compiles on the same host) one timing can be off by tens of percent: close candidates are then
ranked by noise, and a winner can turn out slower than the runner-up, or than eager, where it is
deployed. So the top few distinct verified solutions (the fastest, one place kept for a solution
whose speedup beats theirs: its own time may have met a busy host) are evaluated again in
interleaved rounds (each evaluation verifies as well as times, so a candidate that fails a
re-check is out), and each
one's time and speedup become the medians of all its timings; the search returns the fastest finalist
(``final_winner``), and among finalists whose times tie (within ``FinalsConfig.tie``) the one with
the highest median speedup (each re-timing's reference is timed again in the same evaluation).
Timings that mean nothing (the CPU, Triton's interpreter) are not repeated.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Callable

from ..evaluate.verdict import Verdict
from .library import Library, Solution, fastest_first

log = logging.getLogger("pike_backend.search")


@dataclass
class FinalsConfig:
    top: int = 3  # distinct verified solutions timed again (below 2: no final ranking)
    # of those places, how many go first to solutions whose speedups beat a finalist's: a candidate
    # timed while the host was busy has its own time inflated with its reference's, and only its
    # ratio still tells (the DenseNet transition layer on an H200: our kernels, timed at 1.52x of
    # eager, were left out for three candidates timed at 0.76-0.97x whose own times were lower).
    # Places, not extra ones: each finalist costs an evaluation per round (a torch.compile one, a
    # compile), and a whole table's searches have a time limit of their own
    by_speedup: int = 1
    rounds: int = 2  # extra evaluations of each, interleaved
    within: float = 0.75  # only solutions at most 1/within times slower than the best one
    # no round starts after this long: a torch.compile finalist costs a fresh worker per evaluation
    max_time_s: float = 30.0
    # finalists this close to the fastest time are tied, and ranked by their speedups instead: on
    # a GPU shared with other searches, a launch-bound model's candidates all time alike (the wait
    # for the GPU is most of it) while each one's reference, timed beside it, still tells them apart
    tie: float = 0.03


def finalists(library: Library, config: FinalsConfig) -> list[Solution]:
    """The fastest distinct verified solutions close enough to the best to be ranked by noise, with
    ``by_speedup`` of the places going first to those a ranking by speedup would put ahead of them."""
    verified = library.verified()
    if config.top < 2 or config.rounds < 1 or len(verified) < 2 or not verified[0].verdict.timing_meaningful:
        return []
    def quick(s: Solution) -> bool:
        return s.ms <= verified[0].ms / config.within

    chosen: dict[str, Solution] = {}
    _choose(chosen, verified, max(1, config.top - config.by_speedup), quick)
    by_ratio = sorted(verified, key=lambda s: (-s.speedup, s.id))
    lowest = min(s.speedup for s in chosen.values())
    _choose(chosen, by_ratio, config.top, lambda s: s.speedup > lowest and s.speedup >= by_ratio[0].speedup * config.within)
    _choose(chosen, verified, config.top, quick)  # places the speedups left, by time
    return list(chosen.values()) if len(chosen) > 1 else []


def _choose(chosen: dict[str, Solution], ordered: list[Solution], up_to: int, close: Callable[[Solution], bool]) -> None:
    """Add ``ordered``'s solutions to ``chosen`` (one per source) while they are close enough,
    until it holds ``up_to``."""
    for solution in ordered:
        if len(chosen) >= up_to or not close(solution):
            break
        chosen.setdefault(solution.source_sha, solution)


def run_finals(library: Library, submit: Callable[[str], Future], config: FinalsConfig) -> list[Solution]:
    """Evaluate the finalists ``config.rounds`` more times, interleaved, recording each timing on
    the solution (``Solution.retimed``) or the failed re-check (``Solution.retime_failed``).
    ``submit(source)`` evaluates a source anew (no cached verdict). Returns the finalists."""
    finals = finalists(library, config)
    started = time.monotonic()
    for round_number in range(config.rounds):
        if round_number and time.monotonic() - started > config.max_time_s:
            log.info("final ranking: stopped after %d round(s), its time limit", round_number)
            break
        standing = [s for s in finals if not s.retime_failed]
        futures = [(s, submit(s.source)) for s in standing]
        for solution, future in futures:
            try:
                verdict: Verdict = future.result()
            except Exception as error:  # the evaluator itself failed: keep what the search measured
                log.warning("final ranking stopped: the evaluator failed (%s: %s)", type(error).__name__, error)
                return finals
            if verdict.correct and verdict.speedup:
                solution.retimed.append(verdict.speedup)
                solution.retimed_ms.append(verdict.new_ms)
            else:
                solution.retime_failed = (verdict.reasons or [verdict.stage])[0]
                log.warning("final ranking: solution %d (%s) failed its re-check in round %d: %s",
                            solution.id, solution.kind, round_number + 1, solution.retime_failed)
    if finals:
        log.info("final ranking: %s", format_finals(ranking_json(finals, config.tie)))
    return finals


def ranked(finals: list[Solution], tie: float = 0.0) -> list[Solution]:
    """The finalists in the final ranking's order: the winner first (the fastest by its median,
    or among those within ``tie`` of that time the highest median speedup: a ResNet block on a GPU
    shared by three searches had eager's graph at 0.2630 ms and 0.99x, the frozen seed at 0.2637 ms
    and 1.23x), then the others by time, those that failed their re-check last."""
    standing = fastest_first(finals)
    if standing:
        tied = [s for s in standing if s.ms <= standing[0].ms * (1 + tie)]
        winner = max(tied, key=lambda s: s.speedup)
        standing = [winner] + [s for s in standing if s is not winner]
    return standing + [s for s in finals if not s.correct]


def final_winner(library: Library, finals: list[Solution], tie: float = 0.0) -> Solution | None:
    """The solution a search returns: the final ranking's winner (``ranked``), and only where every
    finalist failed its re-check (or there was no final ranking) the library's best. A solution
    left out of the ranking was timed once, like the finalists' first timings that the ranking
    distrusts (Mamba-2 on a busy H200: the finalists' re-timings fell, and reduce-overhead, left
    out, was returned on its one timing)."""
    order = ranked(finals, tie)
    return order[0] if order and order[0].correct else library.best()


def ranking_json(finals: list[Solution], tie: float = 0.0) -> list[dict]:
    """The final ranking as the run's result records it, winner first (``ranked``): each
    finalist's first timing, its re-timings and their medians (or why it failed its re-check)."""
    return [
        {"id": s.id, "attempt": s.attempt, "kind": s.kind, "first": s.verdict.speedup, "retimed": list(s.retimed),
         "speedup": s.speedup if s.correct else None, "first_ms": s.verdict.new_ms,
         "retimed_ms": list(s.retimed_ms), "ms": s.ms if s.correct else None, "retime_failed": s.retime_failed}
        for s in ranked(finals, tie)
    ]


def format_finals(ranking: list[dict]) -> str:
    """A ``ranking_json`` on one line: each finalist's median (or its failed re-check), from its
    first timing and the later ones."""
    parts = []
    for f in ranking:
        again = ", ".join(f"{x:.2f}x" for x in f["retimed"]) or "-"
        figures = f"failed its re-check ({f['retime_failed']})" if f["retime_failed"] else f"{f['ms']:.4g} ms {f['speedup']:.2f}x"
        parts.append(f"#{f['id']} {f['kind'] or '?'} {figures} (first {f['first'] or 0:.2f}x; again {again})")
    return "; ".join(parts)
