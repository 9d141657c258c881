"""Running attempts: agent queries in flight on a thread pool while the evaluator pool verifies
the candidates that came back, with every step written to the run folder.

Strategies hand the engine waves of tasks. A wave's attempts are granted from the budget in task
order and added to the library in task order, whatever order they finish in, so a run is a
deterministic function of its replies and verdicts: that is what lets ``--resume`` re-walk a killed
run from its journals without repeating a query or an evaluation.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..evaluate.verdict import Verdict
from ..llm.journal import write_json_atomic
from ..problem import Problem, sha256_text
from .agent import Agent, FixRequest, Idea, OptimizeRequest, Proposal
from .budget import Budget
from .library import Library, Solution
from .run_store import RunStore

log = logging.getLogger("pike_backend.search.engine")

_NOT_EVALUATED = "not evaluated: the search's time limit came before its evaluation started"


@dataclass
class Task:
    role: str  # coa / efa
    request: OptimizeRequest | FixRequest
    parent: int | None = None  # library id of the parent (for an EFA fix: the failed child)
    phase: int = 0
    island: int | None = None
    fix_round: int = 0
    idea: Idea | None = None
    kind: str = ""  # inherited by fixes, so a fixed child keeps its rewrite's label


@dataclass
class Outcome:
    task: Task
    attempt: int
    proposal: Proposal
    solution: Solution | None = None  # None when the reply had no usable code

    @property
    def correct(self) -> bool:
        return self.solution is not None and self.solution.correct


class Evaluations:
    """Candidate source -> verdict, each source evaluated once per run: identical candidates share
    one evaluation, and verdicts journaled before a kill are read back instead of re-run.

    ``cancel_pending`` drops the evaluations that have not started (the search's time is up):
    their futures answer None, nothing is journaled, and a later submit evaluates them after all.
    """

    def __init__(self, submit: Callable[[str], Future], journal_dir: Path | None, config_key: str):
        self._submit = submit
        self._journal_dir = journal_dir
        self._config_key = config_key
        self._lock = threading.Lock()
        self._futures: dict[str, Future] = {}
        self._pending: dict[str, Future] = {}  # the evaluator's futures not answered yet
        self.evaluated = 0  # evaluations actually run (not journaled, not shared)

    def _path(self, source: str) -> Path | None:
        if self._journal_dir is None:
            return None
        return self._journal_dir / f"{sha256_text(source + self._config_key)[:24]}.json"

    def _journaled(self, source: str) -> Verdict | None:
        path = self._path(source)
        if path is None or not path.exists():
            return None
        try:
            return Verdict.from_json(json.loads(path.read_text()))
        except (OSError, json.JSONDecodeError, TypeError):
            return None

    def _settle(self, source: str, key: str, inner: Future, outer: Future) -> None:
        cancelled = inner.cancelled()
        with self._lock:
            self._pending.pop(key, None)
            if cancelled:  # a later submit evaluates it after all
                self._futures.pop(key, None)
        if cancelled:
            outer.set_result(None)
            return
        try:
            verdict = inner.result()
        except Exception as error:  # the evaluator itself failed: not the candidate's verdict, not journaled
            log.warning("evaluator failed on a candidate: %s", error)
            outer.set_result(Verdict.failure("crash", f"evaluator error: {type(error).__name__}: {error}"))
            return
        path = self._path(source)
        if path is not None:
            write_json_atomic(path, verdict.to_json())
        outer.set_result(verdict)

    def submit(self, source: str) -> Future:
        key = sha256_text(source)
        with self._lock:
            if key in self._futures:
                return self._futures[key]
            outer: Future = Future()
            self._futures[key] = outer
        journaled = self._journaled(source)
        if journaled is not None:
            outer.set_result(journaled)
            return outer
        self.evaluated += 1
        try:
            inner = self._submit(source)
        except Exception as error:
            inner = Future()
            inner.set_exception(error)
        with self._lock:
            self._pending[key] = inner
        inner.add_done_callback(lambda done: self._settle(source, key, done, outer))
        return outer

    def cancel_pending(self) -> int:
        """Cancel the evaluations still queued (running ones finish); returns how many."""
        with self._lock:
            pending = list(self._pending.values())
        cancelled = sum(1 for future in pending if future.cancel())  # callbacks run here, unlocked
        self.evaluated -= cancelled
        return cancelled


def config_key(config) -> str:
    """A stable text of the evaluation settings: a verdict is reused only under the same ones."""
    import dataclasses

    data = dataclasses.asdict(config) if dataclasses.is_dataclass(config) else config
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


@dataclass
class Counters:
    attempts: int = 0
    valid: int = 0
    fixes: int = 0
    fixes_worked: int = 0
    no_code: int = 0
    not_evaluated: int = 0  # code that came back after the search's time was up
    improvements: int = 0
    best: float = 0.0


class Progress:
    """A tqdm bar over the attempt budget showing best speedup, valid rate and spend."""

    def __init__(self, total: int, enabled: bool, spend: Callable[[], float]):
        self._bar = None
        self._spend = spend
        self._lock = threading.Lock()
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc="pike search", unit="attempt", dynamic_ncols=True, leave=True)

    def update(self, counters: Counters) -> None:
        if self._bar is None:
            return
        with self._lock:
            self._bar.n = counters.attempts
            rate = counters.valid / counters.attempts if counters.attempts else 0.0
            self._bar.set_postfix(best=f"{counters.best:.2f}x", valid=f"{rate:.0%}", spend=f"${self._spend():.2f}")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _spent_nothing(proposal: Proposal | None) -> bool:
    """No query was sent (money or time ran out: None) or the agent had nothing new for it."""
    return proposal is None or (proposal.exhausted and proposal.source is None)


@dataclass
class Engine:
    problem: Problem
    agent: Agent
    evaluations: Evaluations
    budget: Budget
    store: RunStore | None = None
    progress: Progress | None = None
    model: str = ""
    library: Library = field(default_factory=Library)
    counters: Counters = field(default_factory=Counters)
    outcomes: list[Outcome] = field(default_factory=list)
    on_wave: Callable[[], None] | None = None  # called after each wave (the strategy saves its state)
    parallel: int = 1  # evaluations run at once on a device (the ``parallel_evaluations`` option)

    def __post_init__(self) -> None:
        workers = max(1, int(getattr(self.agent, "max_concurrency", 1)))
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="pike-agent")
        self._next_attempt = 1
        self._start = time.monotonic()
        self._query_s: dict[int, float] = {}  # attempt -> seconds the agent took to answer
        # seconds from the engine's start to the first of each milestone: where a search's time went
        # before its first result (reading the problem, the agent's first answer, the GPU queue)
        self.timeline: dict[str, float] = {}
        self.agent_exhausted = False  # the agent answered a request with nothing new (Proposal.exhausted)

    def _mark(self, milestone: str) -> None:
        self.timeline.setdefault(milestone, round(time.monotonic() - self._start, 3))

    def brainstorm(self, max_ideas: int) -> list:
        """The agent's ideas for the problem (the IBA), timed into ``timeline``."""
        ideas = list(self.agent.brainstorm(self.problem, max_ideas))
        self._mark("ideas")
        return ideas

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self.progress is not None:
            self.progress.close()

    # -- one query --------------------------------------------------------------------------

    def _query(self, number: int, task: Task) -> Proposal | None:
        """The agent's proposal for one granted attempt; None when money or time ran out first."""
        if self.budget.stop_reason(count_attempts=False) is not None:
            self.budget.refund()
            return None
        task.request.tag = f"a{number:04d}"
        started = time.monotonic()
        try:
            if task.role == "coa":
                return self.agent.optimize(task.request)
            return self.agent.fix(task.request)
        except Exception as error:  # a bug in an agent fails the attempt, not the search
            log.warning("agent %s failed on attempt %d", getattr(self.agent, "name", "?"), number, exc_info=True)
            return Proposal(None, error=f"agent error: {type(error).__name__}: {error}")
        finally:
            self._query_s[number] = round(time.monotonic() - started, 3)

    def _record_files(self, number: int, proposal: Proposal) -> None:
        if self.store is None:
            return
        self.store.write_text(number, "prompt.txt", proposal.prompt)
        self.store.write_text(number, "reply.txt", proposal.reply)
        if proposal.source:
            self.store.write_text(number, "code.py", proposal.source)

    # -- a wave -----------------------------------------------------------------------------

    def run_wave(self, tasks: list[Task]) -> list[Outcome]:
        """Run what the budget grants of ``tasks`` (in order); outcomes come back in task order,
        less the queries that money or time stopped and those the agent had nothing new for
        (``Proposal.exhausted``: the attempt is given back, its number left unused)."""
        granted = self.budget.grant(len(tasks))
        numbered = []
        for task in tasks[:granted]:
            numbered.append((self._next_attempt, task))
            self._next_attempt += 1
        queries = {self._pool.submit(self._query, number, task): index for index, (number, task) in enumerate(numbered)}
        proposals: dict[int, Proposal | None] = {}
        verdicts: dict[int, Future] = {}
        for done in as_completed(queries):
            index = queries[done]
            proposal = proposals[index] = done.result()
            if _spent_nothing(proposal):
                if proposal is not None:
                    self.budget.refund()
                    self.agent_exhausted = True
                continue
            self._record_files(numbered[index][0], proposal)
            if proposal.source:
                self._mark("first_code")
                # evaluation starts as soon as its reply is in, while other queries are still out
                verdicts[index] = self.evaluations.submit(proposal.source)
        outcomes = []
        for index, (number, task) in enumerate(numbered):
            proposal = proposals[index]
            if _spent_nothing(proposal):
                continue
            verdict = self._await(verdicts[index]) if index in verdicts else None
            outcomes.append(self._settle(number, task, proposal, verdict))
        if self.on_wave is not None:
            self.on_wave()
        return outcomes

    def _await(self, future: Future) -> Verdict | None:
        """A verdict, waited for until the time budget runs out; then the evaluations not started
        are dropped (None: the attempt is recorded as not evaluated) and running ones finish."""
        try:
            return future.result(timeout=self.budget.time_left_s())
        except FutureTimeout:
            dropped = self.evaluations.cancel_pending()
            if dropped:
                log.info("the search's time is up: %d queued evaluation(s) dropped", dropped)
            return future.result()

    def _settle(self, number: int, task: Task, proposal: Proposal, verdict: Verdict | None) -> Outcome:
        outcome = Outcome(task, number, proposal)
        if verdict is not None:
            outcome.solution = self.library.add(
                source=proposal.source, verdict=verdict, role=task.role, parent=task.parent,
                agent=getattr(self.agent, "name", ""), model=proposal.usage.get("model", self.model),
                idea=task.idea, kind=proposal.kind or task.kind or "llm", phase=task.phase,
                island=task.island, attempt=number, fix_round=task.fix_round,
            )
        self._count(outcome)
        if verdict is not None:
            self._mark("first_verdict")
        if outcome.correct:
            self._mark("first_valid")
            self.budget.verified = True  # the time limit's grace ends (see Budget)
        self.outcomes.append(outcome)
        if self.store is not None:
            if verdict is not None:
                self.store.write_json(number, "verdict.json", verdict.to_json())
            self.store.write_json(number, "attempt.json", self.attempt_record(outcome))
        if self.progress is not None:
            self.progress.update(self.counters)
        return outcome

    def _count(self, outcome: Outcome) -> None:
        c = self.counters
        c.attempts += 1
        c.fixes += outcome.task.role == "efa"
        if outcome.solution is None:
            if outcome.proposal.source:
                c.not_evaluated += 1
            else:
                c.no_code += 1
            return
        if outcome.correct:
            c.valid += 1
            c.fixes_worked += outcome.task.role == "efa"
            if outcome.solution.speedup > c.best:
                c.best = outcome.solution.speedup
                c.improvements += 1

    def attempt_record(self, outcome: Outcome) -> dict:
        solution, proposal, task = outcome.solution, outcome.proposal, outcome.task
        verdict = solution.verdict if solution else None
        spent = getattr(self.agent, "spent", None)
        return {
            "attempt": outcome.attempt,
            "tag": f"a{outcome.attempt:04d}",
            "role": task.role,
            "phase": task.phase,
            "island": task.island,
            "parent": task.parent,
            "fix_round": task.fix_round,
            "idea": vars(task.idea) if task.idea else None,
            "solution_id": solution.id if solution else None,
            "kind": solution.kind if solution else "",
            "agent": getattr(self.agent, "name", ""),
            "usage": proposal.usage,
            "llm_call": proposal.llm_call,
            "error": proposal.error,
            "correct": bool(verdict and verdict.correct),
            "stage": verdict.stage if verdict else "not-evaluated" if proposal.source else "no-code",
            "reasons": verdict.reasons if verdict else [proposal.error or _NOT_EVALUATED],
            "ref_ms": verdict.ref_ms if verdict else None,
            "new_ms": verdict.new_ms if verdict else None,
            "speedup": verdict.speedup if verdict else None,
            "best_speedup": self.counters.best,
            "cost_usd_total": spent()[1] if spent else 0.0,
            "query_s": self._query_s.get(outcome.attempt),
            "elapsed_s": round(time.monotonic() - self._start, 3),
            "source_sha256": solution.source_sha if solution else None,
        }

    # -- chains with fixes ------------------------------------------------------------------

    def run_chains(self, tasks: list[Task], fix_rounds: int) -> list[list[Outcome]]:
        """Each task, then up to ``fix_rounds`` EFA rounds for each chain whose candidate failed;
        each round is one query per chain. Returns every chain's outcomes in order."""
        chains = [[outcome] for outcome in self.run_wave(tasks)]
        for round_number in range(1, fix_rounds + 1):
            targets = []
            for chain in chains:
                if any(o.correct for o in chain):
                    continue
                failed = [o.solution for o in chain if o.solution is not None]
                if failed:  # the latest failed candidate; a fix with no code is retried from it
                    targets.append((chain, failed[-1]))
            if not targets:
                break
            fix_tasks = [
                Task(
                    "efa",
                    FixRequest(self.problem, failed.source, failed.verdict, round=round_number),
                    parent=failed.id, phase=chain[0].task.phase, island=chain[0].task.island,
                    fix_round=round_number, idea=chain[0].task.idea, kind=failed.kind,
                )
                for chain, failed in targets
            ]
            for (chain, _), outcome in zip(targets, self.run_wave(fix_tasks)):
                chain.append(outcome)
        return chains

    def exhausted(self) -> bool:
        return self.budget.stop_reason() is not None
