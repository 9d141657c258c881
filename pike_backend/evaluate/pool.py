"""The evaluator: a pool of worker slots (one per visible GPU, one on CPU) deciding verdicts.

Each slot has two worker processes: a reference worker, which never runs candidate code and draws
the input sets and reference outputs, and a candidate worker, which times the reference, imports a
candidate, runs it and sends back its raw outputs. This process compares; it never imports
candidate code and never unpickles anything a worker sends. A worker that crashes, hangs, corrupts
its CUDA context or tampers with its own state is replaced and the pool goes on.

Reference sets (random seeds, fresh per Evaluator) are drawn once per problem and reused across its
candidates; a slot times each problem's reference once. Both keep per-candidate overhead to one
import, a few calls and the timing itself.
"""

from __future__ import annotations

import logging
import math
import os
import secrets
import shutil
import statistics
import tempfile
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from queue import Queue
from typing import Any, Callable

from ..env import triton_interpreted
from ..problem import Problem, ProblemError, check_problem_source, check_solution_source
from .compare import changed_inputs, compare_outputs
from .config import EvalConfig
from .exclusive import device_key, exclusive_timing
from .process import ERROR_CHARS, WorkerDied, WorkerProcess, WorkerTimeout
from .verdict import OutputDiff, Verdict

log = logging.getLogger("pike_backend.evaluate")

REFERENCE_CACHE_PROBLEMS = 4  # reference sets kept in memory (inputs and outputs of each set)
TIMING_SETS = 2
PROBE_MAX_CALLS = 100_000
PROBE_MIN_CALLS = 3
RETIME_PAUSE_S = 0.25  # before a disturbed timing is taken again (times the try's number)


@dataclass
class ReferenceSets:
    """Inputs and reference outputs (CPU copies) drawn by a reference worker."""

    init_seed: int
    check: list[dict[str, Any]]
    timing: list[dict[str, Any]]
    recheck: dict[str, Any]


def visible_gpus() -> list[str]:
    import torch

    if not torch.cuda.is_available():
        return []
    listed = [d.strip() for d in os.environ.get("CUDA_VISIBLE_DEVICES", "").split(",") if d.strip()]
    count = torch.cuda.device_count()
    return listed[:count] if listed else [str(i) for i in range(count)]


class Slot:
    """A reference worker and a candidate worker on one device, used by one evaluation at a time."""

    def __init__(self, index: int, gpu: str | None, workdir: Path):
        self.index, self.gpu, self.workdir = index, gpu, workdir
        self.reference: WorkerProcess | None = None
        self.candidate: WorkerProcess | None = None
        self.reference_timings: dict[tuple, dict[str, Any]] = {}
        self._started = 0

    def _spawn(self, role: str) -> WorkerProcess:
        self._started += 1
        return WorkerProcess(role, self.gpu, self.workdir, f"slot{self.index}-{role}-{self._started}")

    def ensure(self) -> None:
        fresh = []
        if self.reference is None or not self.reference.alive:
            self.reference = self._spawn("reference")
            fresh.append(self.reference)
        if self.candidate is None or not self.candidate.alive:
            self.replace_candidate(wait=False)
            fresh.append(self.candidate)
        for worker in fresh:  # started together, awaited together
            worker.wait_ready()

    def replace_candidate(self, wait: bool = True) -> None:
        if self.candidate is not None:
            self.candidate.close()
        self.reference_timings.clear()  # timed in the worker that times the candidates
        self.candidate = self._spawn("candidate")
        if wait:
            self.candidate.wait_ready()

    def replace_reference(self) -> None:
        if self.reference is not None:
            self.reference.close()
        self.reference = self._spawn("reference")
        self.reference.wait_ready()

    def close(self) -> None:
        for worker in (self.reference, self.candidate):
            if worker is not None:
                worker.close()


class _Reject(Exception):
    def __init__(self, stage: str, reasons: list[str], error: str = ""):
        super().__init__("; ".join(reasons))
        self.stage, self.reasons, self.error = stage, reasons, error


def timing_spread(result: dict[str, Any]) -> float:
    """Median over 10th percentile of a worker's timing samples (CUDA events where it has them):
    near 1 when nothing else ran on the device meanwhile (see ``EvalConfig.steady_spread``)."""
    raw = result.get("event_ms") or result.get("host_ms") or []
    samples = sorted(s for s in raw if isinstance(s, (int, float)) and s > 0)
    if not samples:
        return 1.0
    return statistics.median(samples) / samples[(len(samples) - 1) // 10]


def _merge_diffs(diffs: list[OutputDiff]) -> list[OutputDiff]:
    """The worst comparison of each output over all the input sets."""
    worst: dict[int, OutputDiff] = {}
    for diff in diffs:
        current = worst.get(diff.index)
        if current is None or (diff.rel_l2, diff.max_abs_diff) > (current.rel_l2, current.max_abs_diff):
            worst[diff.index] = diff
    return [worst[i] for i in sorted(worst)]


class _CandidateRun:
    """The checks of one candidate, in order; each failed step raises _Reject."""

    def __init__(self, slot: Slot, problem: Problem, source: str, config: EvalConfig, device: str, refs: ReferenceSets):
        self.slot, self.problem, self.source, self.config, self.device, self.refs = slot, problem, source, config, device, refs
        self.worker = slot.candidate
        self.allow_tf32 = config.tolerance.allow_tf32
        self.diffs: list[OutputDiff] = []
        self.timings: dict[str, Any] = {}

    # -- steps --------------------------------------------------------------------------------

    def _request(self, msg: dict[str, Any], timeout: float, stage: str) -> dict[str, Any]:
        reply = self.worker.request(msg, timeout)
        if not reply.get("ok"):
            summary = str(reply.get("summary") or "failed")
            raise _Reject(stage, [f"{stage}: {summary}"], str(reply.get("error", "")))
        return reply

    def _base(self) -> dict[str, Any]:
        return {"problem": self.problem.source, "init_seed": self.refs.init_seed, "device": self.device, "allow_tf32": self.allow_tf32}

    def time_reference(self) -> dict[str, Any]:
        flags = self.config.reference_flags
        key = (self.problem.sha256, self.device, self.config.warmup_ms, self.config.rep_ms, flags)
        if key in self.slot.reference_timings and not self.config.fresh_reference:
            return {**self.slot.reference_timings[key], "cached": True}
        msg = {**self._base(), "op": "time_reference", "sets": [s["inputs"] for s in self.refs.timing],
               "warmup_ms": self.config.warmup_ms, "rep_ms": self.config.rep_ms, "flags": list(flags)}
        try:
            result, _ = self._timed_request(msg, self.config.compile_timeout_s + self.config.run_timeout_s, "timing")
            # no candidate has run in this worker's current state: the probe is a record, not a test
            result["probe_ms_per_call"] = self._probe(result["median_ms"], enforce=False)
        except _Reject as reject:
            raise ProblemError(f"problem {self.problem.name}: timing its reference failed: {reject}") from None
        self.slot.reference_timings[key] = result
        return {**result, "cached": False}

    def load(self) -> None:
        reply = self._request({**self._base(), "op": "load", "source": self.source}, self.config.compile_timeout_s, "load")
        if reply.get("tampering"):
            raise _Reject("integrity", [f"the candidate {t} at import" for t in reply["tampering"]])

    def check(self) -> None:
        reasons: list[str] = []
        for index, ref_set in enumerate(self.refs.check):
            refill = index % 2 == 1
            label = f"input set {index + 1}" + (" (the previous buffers refilled in place)" if refill else "")
            timeout = self.config.compile_timeout_s if index == 0 else self.config.run_timeout_s
            reply = self._request({"op": "run", "mode": "refill" if refill else "fresh", "inputs": ref_set["inputs"]}, timeout, "run")
            reasons += self._compare(label, ref_set, reply)
        if reasons:
            raise _Reject("correctness", reasons)

    def time(self) -> dict[str, Any]:
        msg = {"op": "time", "sets": [s["inputs"] for s in self.refs.timing],
               "warmup_ms": self.config.warmup_ms, "rep_ms": self.config.rep_ms}
        result, reply = self._timed_request(msg, self.config.run_timeout_s, "timing")
        index = reply.get("set")
        if index not in range(len(self.refs.timing)):
            raise _Reject("timing", ["timing: the worker reported no valid input set for its last repetition"])
        ref_set = self.refs.timing[index]
        problems = self._compare(f"timing input set {index + 1} (last timed call)", ref_set, {"outputs": reply.get("outputs")})
        if problems:
            raise _Reject("timing", problems)
        result["probe_ms_per_call"] = self._probe(result["median_ms"])
        return result

    def recheck(self) -> None:
        ref_set = self.refs.recheck
        reply = self._request({"op": "run", "mode": "refill", "inputs": ref_set["inputs"]}, self.config.run_timeout_s, "recheck")
        reasons = self._compare("after timing, a new input set in the timed buffers", ref_set, reply)
        if reasons:
            raise _Reject("recheck", reasons)

    def finish(self) -> tuple[bool, list[str]]:
        """(whether the worker is clean to reuse, what the candidate tampered with)."""
        reply = self.worker.request({"op": "finish", "allow_tf32": self.allow_tf32}, self.config.run_timeout_s)
        clean = bool(reply.get("ok")) and not reply.get("disturbed")
        return clean, [f"the candidate {t}" for t in reply.get("tampering", [])]

    # -- helpers ------------------------------------------------------------------------------

    def _compare(self, label: str, ref_set: dict[str, Any], reply: dict[str, Any]) -> list[str]:
        comparison = compare_outputs(ref_set["outputs"], reply.get("outputs"), self.config.tolerance)
        self.diffs += comparison.diffs
        reasons = [f"{label}: {r}" for r in comparison.reasons]
        if reply.get("inputs_after") is not None:
            expected = ref_set["inputs_after"] or ref_set["inputs"]
            after = reply["inputs_after"] if isinstance(reply["inputs_after"], list) else []
            for i in changed_inputs(expected, after):
                reasons.append(f"{label}: the candidate changed input {i} (inputs must be left as the reference leaves them)")
        return reasons

    def _exclusive(self, wait_s: float):
        """No other pike process times on this device meanwhile (see exclusive.py)."""
        return exclusive_timing(device_key(self.slot.gpu), wait_s)

    def _timed_request(self, msg: dict[str, Any], timeout: float, stage: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """(the worker's timing result, its whole reply); a timing disturbed by other work on the
        device is taken again, and the try with the lowest median is kept (EvalConfig.steady_spread)."""
        limit = self.config.spread_limit(self.device)
        tries = [self._timing_try(msg, timeout, stage)]
        while limit is not None and tries[-1][0]["spread"] > limit and len(tries) < self.config.timing_tries:
            time.sleep(RETIME_PAUSE_S * len(tries))
            tries.append(self._timing_try(msg, timeout, stage))
        result, reply = min(tries, key=lambda timed: timed[0]["median_ms"])
        if len(tries) > 1:
            result["tries_ms"] = [timed[0]["median_ms"] for timed in tries]
            log.info("%s: timing disturbed (spread %s over %.2f): taken %d times, kept %.4g ms", self.problem.name,
                     ", ".join(f"{timed[0]['spread']:.2f}" for timed in tries), limit, len(tries), result["median_ms"])
        return result, reply

    def _timing_try(self, msg: dict[str, Any], timeout: float, stage: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """One timing request, checked against this process's clock."""
        with self._exclusive(timeout) as hold:
            started = time.perf_counter()
            reply = self._request(msg, timeout, stage)
            wall_ms = (time.perf_counter() - started) * 1e3
        result = reply.get("timing")
        if not isinstance(result, dict) or not isinstance(result.get("median_ms"), (int, float)) or not result["median_ms"] > 0:
            raise _Reject("timing", ["timing: the worker sent no usable timing"])
        samples = [s for s in result.get("host_ms", []) if isinstance(s, (int, float))]
        # what the worker says it spent timing cannot exceed what this process saw it spend
        if sum(samples) > wall_ms * 1.05 + 5:
            raise _Reject("timing", [f"timing: reported {sum(samples):.1f} ms of calls within {wall_ms:.1f} ms of wall time"])
        result["wall_ms"] = wall_ms
        result["lock_wait_ms"] = hold.waited_ms
        result["spread"] = timing_spread(result)
        if not hold.acquired:
            log.warning("timing on %s without its lock: %s", device_key(self.slot.gpu), hold.reason)
            result["lock"] = f"not acquired: {hold.reason}"
        return result, reply

    def _probe(self, median_ms: float, enforce: bool = True) -> float:
        """This process's own clock around back-to-back calls; a reported time much faster than
        it on every one of ``probe_tries`` tries, a moment apart (a GPU shared with other
        processes' work is time-sliced and can be several times slower for a while), means the
        worker's timing was not real."""
        calls = max(PROBE_MIN_CALLS, min(PROBE_MAX_CALLS, math.ceil(self.config.probe_ms / median_ms)))
        expected_s = calls * median_ms / 1e3
        limit = self.config.timing_slack * median_ms + (0.05 if self.device == "cuda" else 5.0)
        seen = math.inf
        for attempt in range(self.config.probe_tries):
            if attempt:
                time.sleep(0.05 * attempt)
            try:
                with self._exclusive(self.config.run_timeout_s):
                    started = time.perf_counter()
                    self._request({"op": "probe", "calls": calls}, max(2.0, 20 * expected_s), "timing")
                    elapsed_ms = (time.perf_counter() - started) * 1e3
            except WorkerTimeout:
                raise _Reject("timing", [f"timing: {calls} calls did not finish in {max(2.0, 20 * expected_s):.1f} s "
                                         f"though the reported {median_ms:.4g} ms per call predicts {expected_s * 1e3:.1f} ms"]) from None
            seen = min(seen, elapsed_ms / calls)
            if seen <= limit or not enforce:
                return seen
        raise _Reject("timing", [f"timing: the worker reported {median_ms:.4g} ms per call but the evaluator's own clock "
                                 f"saw {seen:.4g} ms per call"])

    # -- the whole run ------------------------------------------------------------------------

    def verdict(self) -> Verdict:
        worker = self.worker
        mark = worker.log_mark()
        verdict = Verdict(correct=False, timing_meaningful=self.device == "cuda" and not triton_interpreted())
        replace = False
        try:
            ref_timing = self.time_reference() if self.config.timing else None
            self.load()
            self.check()
            new_timing = self.time() if self.config.timing else None
            self.recheck()
            verdict.correct, verdict.stage = True, "ok"
            if ref_timing is not None and new_timing is not None:
                verdict.ref_ms, verdict.new_ms = ref_timing["median_ms"], new_timing["median_ms"]
                self.timings = self._timing_record(ref_timing, new_timing)
        except _Reject as reject:
            verdict.stage, verdict.reasons, verdict.error = reject.stage, list(reject.reasons), reject.error
            replace = reject.stage == "integrity"
        except WorkerTimeout as timeout:
            verdict.stage, verdict.reasons, replace = "timeout", [f"timeout: {timeout}"], True
        except WorkerDied as died:
            verdict.stage, verdict.reasons, replace = "crash", [f"crash: {died}"], True
        if not worker.alive:  # killed by a timeout inside a step, or gone
            replace = True
        elif not replace:
            replace = self._cleanup(verdict)
        verdict.error = self._error_text(verdict.error, worker.log_tail(mark)) if not verdict.correct else ""
        verdict.diffs, verdict.timings = _merge_diffs(self.diffs), self.timings
        if replace:
            self.slot.replace_candidate()
        return verdict

    def _cleanup(self, verdict: Verdict) -> bool:
        """Finish the candidate (tampering check); True when the worker must be replaced."""
        try:
            clean, tampering = self.finish()
            if tampering:
                if verdict.correct:
                    verdict.correct, verdict.stage = False, "integrity"
                verdict.reasons += tampering
                return True
            if not clean:  # e.g. a sticky CUDA error, or torch.compile's own changes to the worker
                return True
            if not verdict.correct and self.device == "cuda":
                # a CUDA error can leave the context unusable for every later candidate
                return not self.worker.request({"op": "ping", "device": self.device}, 30.0).get("ok")
            return False
        except (WorkerDied, WorkerTimeout) as error:
            if verdict.correct:
                verdict.correct, verdict.stage = False, "crash"
                verdict.reasons.append(f"crash after the checks: {error}")
            return True

    def _timing_record(self, ref: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
        method = "CUDA events" if self.device == "cuda" else "host clock"
        return {
            "method": f"do_bench protocol ({method}, median, host-inclusive: synchronize inside each timed call, "
                      "L2 flushed and inputs rotated between repetitions)",
            "device": self.device,
            "interpreted": triton_interpreted(),
            "warmup_ms": self.config.warmup_ms,
            "rep_ms": self.config.rep_ms,
            "ref": ref,
            "new": new,
        }

    @staticmethod
    def _error_text(error: str, output: str) -> str:
        parts = [error.strip()] if error.strip() else []
        if output.strip():
            parts.append("--- candidate output (stdout/stderr, last part) ---\n" + output.strip())
        return "\n".join(parts)[-ERROR_CHARS:]


class Evaluator:
    """Verifies and times candidates in worker processes; use as a context manager.

    ``workers``: number of slots (default ``per_device`` per visible GPU, or ``per_device`` on a
    machine without one; slots are dealt to the GPUs in turn). ``submit`` returns a Future of the
    Verdict; evaluations run concurrently, one per slot, and slots on one device take turns to time.
    """

    def __init__(self, workers: int | None = None, per_device: int = 1):
        self._gpus = visible_gpus()
        if per_device < 1:
            raise ValueError(f"Evaluator(per_device={per_device}): use a positive number of slots per device")
        self.per_device = per_device
        count = workers if workers is not None else max(1, len(self._gpus)) * per_device
        if count < 1:
            raise ValueError(f"Evaluator(workers={workers}): use a positive number of workers or None")
        self._workdir = Path(tempfile.mkdtemp(prefix="pike-eval-"))
        self._slots = [Slot(i, self._gpus[i % len(self._gpus)] if self._gpus else None, self._workdir) for i in range(count)]
        self._free: Queue[Slot] = Queue()
        for slot in self._slots:
            self._free.put(slot)
        self._executor = ThreadPoolExecutor(max_workers=count, thread_name_prefix="pike-eval")
        self._references: OrderedDict[tuple, ReferenceSets] = OrderedDict()
        self._references_lock = threading.Lock()
        self._closed = False

    def __enter__(self) -> "Evaluator":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def submit(self, problem: Problem, source: str, config: EvalConfig | None = None) -> Future:
        if self._closed:
            raise RuntimeError("the evaluator is closed")
        return self._executor.submit(self._on_free_slot, self._evaluate, problem, source, config or EvalConfig())

    def evaluate(self, problem: Problem, source: str, config: EvalConfig | None = None) -> Verdict:
        return self.submit(problem, source, config).result()

    def prepare(self, problem: Problem, config: EvalConfig | None = None) -> list[Future]:
        """Start every slot's workers, draw the problem's reference sets and time its reference, in
        the background: a search calls this before its agent reads the problem (seconds of tracing
        and code generation), so its first evaluation does not start the workers (an import of torch
        and a CUDA context each) and time eager after it. Failures are left for the evaluations to
        report. Returns the slots' Futures (of None)."""
        if self._closed:
            raise RuntimeError("the evaluator is closed")
        config = config or EvalConfig()
        return [self._executor.submit(self._on_free_slot, self._prepare, problem, config) for _ in self._slots]

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
        for slot in self._slots:
            slot.close()
        shutil.rmtree(self._workdir, ignore_errors=True)

    # -- internals ------------------------------------------------------------------------------

    def _on_free_slot(self, work: Callable[..., Any], problem: Problem, *args: Any) -> Any:
        """``work(slot, problem, *args)`` on the first slot free."""
        slot = self._free.get()
        try:
            return work(slot, problem, *args)
        finally:
            self._free.put(slot)

    def _ready(self, slot: Slot, problem: Problem, config: EvalConfig) -> tuple[str, ReferenceSets]:
        """(device, reference sets): the slot's workers started, the problem's sets drawn."""
        device = config.resolved_device()
        slot.ensure()
        return device, self._reference_sets(slot, problem, config, device)

    def _prepare(self, slot: Slot, problem: Problem, config: EvalConfig) -> None:
        try:
            check_problem_source(problem.source, what=f"problem {problem.name}")
            device, refs = self._ready(slot, problem, config)
            if config.timing:
                _CandidateRun(slot, problem, "", config, device, refs).time_reference()
        except Exception as error:  # the first evaluation meets it again and reports it
            log.debug("%s: preparing a slot failed (%s: %s)", problem.name, type(error).__name__, error)

    def _evaluate(self, slot: Slot, problem: Problem, source: str, config: EvalConfig) -> Verdict:
        started = time.perf_counter()
        check_problem_source(problem.source, what=f"problem {problem.name}")
        try:
            check_solution_source(source)
        except ProblemError as error:
            return Verdict.failure("load", str(error))
        device, refs = self._ready(slot, problem, config)
        verdict = _CandidateRun(slot, problem, source, config, device, refs).verdict()
        verdict.eval_s = time.perf_counter() - started
        log.info("%s: %s (%s) in %.2f s", problem.name, "correct" if verdict.correct else "rejected", verdict.stage, verdict.eval_s)
        return verdict

    def _reference_sets(self, slot: Slot, problem: Problem, config: EvalConfig, device: str) -> ReferenceSets:
        key = (problem.sha256, device, config.n_input_sets)
        with self._references_lock:
            if key in self._references:
                self._references.move_to_end(key)
                return self._references[key]
            refs = self._draw(slot, problem, config, device)
            self._references[key] = refs
            while len(self._references) > REFERENCE_CACHE_PROBLEMS:
                self._references.popitem(last=False)
            return refs

    def _draw(self, slot: Slot, problem: Problem, config: EvalConfig, device: str) -> ReferenceSets:
        count = config.n_input_sets + TIMING_SETS + 1
        init_seed = secrets.randbits(48)
        msg = {"op": "draw", "problem": problem.source, "device": device, "init_seed": init_seed,
               "seeds": [secrets.randbits(48) for _ in range(count)]}
        try:
            reply = slot.reference.request(msg, config.compile_timeout_s)
        except (WorkerDied, WorkerTimeout) as error:
            text = slot.reference.log_tail(0).strip().splitlines()
            slot.replace_reference()
            raise ProblemError(f"problem {problem.name}: its reference crashed ({error}){': ' + text[-1] if text else ''}") from None
        if not reply.get("ok"):
            raise ProblemError(f"problem {problem.name}: its reference failed to run: {reply.get('summary') or 'unknown error'}")
        sets = reply["sets"]
        n = config.n_input_sets
        return ReferenceSets(init_seed, sets[:n], sets[n : n + TIMING_SETS], sets[-1])
