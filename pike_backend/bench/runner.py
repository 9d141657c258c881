"""The benchmark runner behind ``pike bench``.

For each task: every system builds the model from the same seed (its own fresh import of the
task, so Dynamo caches never mix), runs once to compile (timed separately), warms up, and is
checked against eager fp32 with TF32 off under the protocol's tolerance. Then the systems are
timed in interleaved rounds, the order rotating every round, and each speedup is a ratio within
one round. A system that fails is recorded with the stage and the error, and the run goes on.
"""

from __future__ import annotations

import datetime
import gc
import logging
import os
import sys
import time
import traceback
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Callable, Sequence

from ..env import default_device, environment, triton_interpreted
from ..evaluate.timing import synchronize
from ..options import MODES
from ..problem import Problem, build_reference, seeded_inputs
from .measure import TimingConfig, check_outputs, detach_outputs, time_call
from .protocols import (
    STRICT_NUMERICS,
    Numerics,
    Protocol,
    System,
    compile_system,
    get_protocol,
    numerics,
    parse_systems,
    pike_options,
)
from .results import BenchResult, SystemResult, TaskResult, median_or_none
from .tasks import discover_tasks, load_task_module

log = logging.getLogger("pike_backend.bench")


@dataclass
class BenchConfig:
    protocol: str = "paper"
    baselines: Sequence[str] | None = None  # None: the protocol's default baselines
    pike: bool = True
    pike_mode: str = "search"  # "search" or "cache-only"
    pike_options: dict[str, Any] = field(default_factory=dict)  # extra options= for the backend
    rounds: int = 3
    seed: int = 0
    device: str | None = None  # None: cuda if available, else cpu
    warmup_ms: float = 25.0
    rep_ms: float = 100.0
    warm_calls: int = 3  # calls after the first, before the check (CUDA graphs record on these)
    # Input sets every system is checked on, before and after timing (seeds seed, seed+1, ...):
    # as many as pike's evaluator uses, so a baseline meets the standard pike's own results meet.
    check_sets: int = 3
    max_time_s: float | None = None  # no new task starts after this many seconds
    json_path: str | os.PathLike | None = None  # rewritten after every task
    progress: bool = True

    def validate(self) -> None:
        if self.pike_mode not in MODES:
            raise ValueError(f"pike mode {self.pike_mode!r} is not one of {', '.join(MODES)}")
        if self.rounds < 1:
            raise ValueError(f"rounds must be at least 1, not {self.rounds}")
        if self.warm_calls < 0:
            raise ValueError(f"warm_calls must be 0 or more, not {self.warm_calls}")
        if self.check_sets < 1:
            raise ValueError(f"check_sets must be at least 1, not {self.check_sets}")
        if self.warmup_ms <= 0 or self.rep_ms <= 0:
            raise ValueError("warmup_ms and rep_ms must be positive")


@dataclass
class _Live:
    """A system that compiled and ran, and is being timed."""

    system: System
    fn: Callable[..., Any]
    setting: Numerics
    result: SystemResult


def run_bench(paths: Sequence[str | os.PathLike], config: BenchConfig | None = None) -> BenchResult:
    config = config or BenchConfig()
    config.validate()
    protocol = get_protocol(config.protocol)
    systems = parse_systems(config.baselines, protocol, config.pike)
    options = pike_options(protocol, config.pike_mode, config.pike_options) if config.pike else {}
    tasks = discover_tasks(paths)
    device = config.device or default_device()
    result = BenchResult(
        protocol=protocol.name,
        tolerance=protocol.tolerance.label,
        device=device,
        env=dict(environment()),
        timing_meaningful=device.startswith("cuda") and not triton_interpreted(),
        date=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        systems=[s.name for s in systems],
        compile_systems=[s.name for s in systems if s.kind == "compile"],
        rounds=config.rounds,
        pike_mode=config.pike_mode if config.pike else "",
        pike_options=options,
    )
    started = time.monotonic()
    steps_per_task = len(systems) * (config.rounds + 2)  # prepare, each round, recheck
    with _progress_bar(len(tasks) * steps_per_task, config.progress) as bar:
        for task in tasks:
            if config.max_time_s is not None and time.monotonic() - started > config.max_time_s:
                log.warning("time limit reached: %s not run", task.name)
                result.skipped.append(task.name)
                bar.update(steps_per_task)
                continue
            result.tasks.append(run_task(task, systems, protocol, options, device, config, bar))
            _release_memory(device)
            if config.json_path:
                result.write_json(config.json_path)
    result.wall_s = time.monotonic() - started
    if config.json_path:
        result.write_json(config.json_path)
    return result


@dataclass
class _TaskRun:
    """What every system of one task shares."""

    task: Problem
    inputs: list[Any]  # the timed input set, also the first checked
    checks: list[tuple[list[Any], list[Any]]]  # (inputs, eager fp32 outputs with TF32 off) per set
    protocol: Protocol
    options: dict[str, Any]  # pike's torch.compile options
    device: str
    config: BenchConfig


def run_task(
    task: Problem,
    systems: list[System],
    protocol: Protocol,
    options: dict[str, Any],
    device: str,
    config: BenchConfig,
    bar: Any,
) -> TaskResult:
    started = time.monotonic()
    outcome = TaskResult(task=task.name, path=str(task.meta.get("path", "")))
    outcome.systems = {s.name: SystemResult(s.name) for s in systems}
    has_pike = any(s.kind == "pike" for s in systems)
    events_before = _pike_event_count() if has_pike else 0
    try:
        module = load_task_module(task)
        sets = [seeded_inputs(module, config.seed + i, device) for i in range(config.check_sets)]
        checks = list(zip(sets, _reference_outputs(module, sets, config.seed, device)))
        run = _TaskRun(task, sets[0], checks, protocol, options, device, config)
    except Exception as error:  # the task itself is broken: every system fails with it
        message = f"reference: {_one_line(error)}"
        log.warning("%s: %s", task.name, message)
        for result in outcome.systems.values():
            result.error = message
        bar.update(len(systems) * (config.rounds + 2))
        return outcome

    live: list[_Live] = []
    for system in systems:
        bar.set_postfix_str(f"{task.name} {system.name}", refresh=False)
        entry = _prepare(run, system, outcome.systems[system.name])
        if entry is not None:
            live.append(entry)
        bar.update(1)
    _time_rounds(run, live, bar)
    for entry in live:
        if not entry.result.error:
            _recheck(run, entry)
        bar.update(1)
    bar.update(len(systems) - len(live))

    if has_pike:
        outcome.pike_events = _pike_events_since(events_before)
        outcome.systems["pike"].winner_kinds = [_winner_kind(e) for e in outcome.pike_events]
    _compute_speedups(outcome, systems)
    outcome.wall_s = time.monotonic() - started
    return outcome


def _reference_outputs(module: ModuleType, sets: list[list[Any]], seed: int, device: str) -> list[list[Any]]:
    """Eager fp32 with TF32 off, per input set: what every system, eager included, is checked
    against (``module``: the task's import the inputs were drawn from; the reference is not compiled)."""
    model = build_reference(module, seed, device)
    with numerics(STRICT_NUMERICS, device):
        return [detach_outputs(model(*_clone(inputs))) for inputs in sets]


def _prepare(run: _TaskRun, system: System, result: SystemResult) -> _Live | None:
    """Build, compile (first call, timed), warm up and check one system; None if it failed."""
    setting = system.numerics(run.protocol)
    stage = "build"
    try:
        model = build_reference(load_task_module(run.task), run.config.seed, run.device)
        stage = "first call" if system.kind == "eager" else "compile"
        fn = compile_system(system, model, run.options)
        with numerics(setting, run.device):
            start = time.perf_counter()
            fn(*run.inputs)
            synchronize(run.device)
            result.compile_s = time.perf_counter() - start
            stage = "warm-up"
            for _ in range(run.config.warm_calls):
                fn(*run.inputs)
            synchronize(run.device)
            stage = "check"
            entry = _Live(system, fn, setting, result)
            _check(run, entry, stage="")
        return entry
    except Exception as error:
        _record_failure(run.task, result, stage, error)
        gc.collect()  # not a Dynamo reset: the other systems of this task are still compiled
        _empty_cuda_cache(run.device)
        return None


def _check(run: _TaskRun, entry: _Live, stage: str) -> None:
    """Compare a run on fresh clones of each input set with its reference; a failure sticks."""
    result = entry.result
    for index, (inputs, reference) in enumerate(run.checks):
        output = entry.fn(*_clone(inputs))
        check = check_outputs(reference, output, run.protocol.tolerance, cast_to_reference=entry.setting.autocast_bf16)
        result.max_abs_diff = max(result.max_abs_diff or 0.0, check.max_abs_diff or 0.0)
        result.rel_l2 = max(result.rel_l2 or 0.0, check.rel_l2 or 0.0)
        result.correct = check.correct if result.correct is None else result.correct and check.correct
        where = ", ".join(part for part in (stage, f"input set {index}" if index else "") if part)
        result.reasons += [f"{where}: {reason}" if where else reason for reason in check.reasons]


def _recheck(run: _TaskRun, entry: _Live) -> None:
    """The same check after timing: a result that goes stale across replays is wrong too."""
    try:
        with numerics(entry.setting, run.device):
            _check(run, entry, stage="after timing")
    except Exception as error:
        _record_failure(run.task, entry.result, "recheck", error)


def _time_rounds(run: _TaskRun, live: list[_Live], bar: Any) -> None:
    """Each round times every system once; the order rotates so no system always goes first."""
    timing = TimingConfig(warmup_ms=run.config.warmup_ms, rep_ms=run.config.rep_ms)
    for round_index in range(run.config.rounds):
        shift = round_index % max(1, len(live))
        for entry in live[shift:] + live[:shift]:
            if entry.result.error:
                entry.result.ms_rounds.append(None)
            else:
                _time_once(run, entry, timing)
            bar.update(1)


def _time_once(run: _TaskRun, entry: _Live, timing: TimingConfig) -> None:
    result = entry.result
    try:
        with numerics(entry.setting, run.device):
            measured = time_call(lambda: entry.fn(*run.inputs), run.device, timing)
    except Exception as error:
        _record_failure(run.task, result, "timing", error)
        result.ms_rounds.append(None)
        return
    result.ms_rounds.append(measured.ms)
    result.spread_ms.append((measured.p20_ms, measured.p80_ms))


def _compute_speedups(outcome: TaskResult, systems: list[System]) -> None:
    eager = outcome.systems["eager"].ms_rounds
    for result in outcome.systems.values():
        result.ms = median_or_none([m for m in result.ms_rounds if m is not None])
        result.speedup_rounds = [e / m for e, m in zip(eager, result.ms_rounds) if e and m]
        result.speedup = median_or_none(result.speedup_rounds)

    compile_results = [outcome.systems[s.name] for s in systems if s.kind == "compile"]
    good = [r for r in compile_results if r.ok]
    if not good:
        return
    outcome.best_compile = max(good, key=lambda r: r.speedup).system
    best_ms = [min((r.ms_rounds[i] for r in good if r.ms_rounds[i]), default=None) for i in range(len(eager))]
    outcome.best_compile_speedup = median_or_none([e / b for e, b in zip(eager, best_ms) if e and b])
    pike = outcome.systems.get("pike")
    if pike is not None and pike.ok:
        outcome.pike_over_best_compile = median_or_none(
            [b / p for b, p in zip(best_ms, pike.ms_rounds) if b and p]
        )


def _winner_kind(event: dict[str, Any]) -> str:
    # a subgraph that fell back has no winner; the backend says so in winner_kind or outcome
    return str(event.get("winner_kind") or event.get("outcome") or "unknown")


def _pike_event_count() -> int:
    try:
        from ..backend import compile_events
    except ImportError:  # reported as the pike system's own failure when it compiles
        return 0
    return len(compile_events())


def _pike_events_since(count: int) -> list[dict[str, Any]]:
    try:
        from ..backend import compile_events
    except ImportError:
        return []
    return [dict(event) for event in compile_events()[count:]]


def _record_failure(task: Problem, result: SystemResult, stage: str, error: BaseException) -> None:
    result.error = f"{stage}: {_one_line(error)}"
    log.warning("%s: %s failed at %s: %s", task.name, result.system, stage, _one_line(error))
    log.debug("%s", "".join(traceback.format_exception(error)))


def _one_line(error: BaseException, limit: int = 300) -> str:
    text = str(error).strip().splitlines()
    message = f"{type(error).__name__}: {text[0]}" if text else type(error).__name__
    return message if len(message) <= limit else message[: limit - 3] + "..."


def _clone(inputs: list[Any]) -> list[Any]:
    import torch

    return [x.clone() if isinstance(x, torch.Tensor) else x for x in inputs]


def _empty_cuda_cache(device: str) -> None:
    if device.startswith("cuda"):
        import torch

        torch.cuda.empty_cache()


def _release_memory(device: str) -> None:
    """Between tasks: compiled graphs and CUDA graph pools of a finished task hold memory."""
    import torch

    gc.collect()
    torch._dynamo.reset()
    _empty_cuda_cache(device)


class _NoProgress:
    def update(self, n: int = 1) -> None:
        pass

    def set_postfix_str(self, text: str, refresh: bool = True) -> None:
        pass

    def __enter__(self) -> "_NoProgress":
        return self

    def __exit__(self, *exc: Any) -> None:
        pass


def _progress_bar(total: int, enabled: bool) -> Any:
    try:
        from tqdm import tqdm
    except ImportError:  # GPU hosts may have torch and triton only; the bar is a nicety
        log.info("tqdm is not installed: no progress bar")
        return _NoProgress()
    return tqdm(total=total, desc="pike bench", unit="step", file=sys.stderr, dynamic_ncols=True, disable=not enabled)
