"""``optimize(problem, options)``: one search over a Problem, its run folder, and its result."""

from __future__ import annotations

import dataclasses
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..evaluate.verdict import Verdict
from ..options import PikeOptions
from ..problem import Problem, ProblemError
from .agents import make_agent
from .budget import Budget
from .engine import Engine, Evaluations, Progress, config_key
from .finals import FinalsConfig, final_winner, ranking_json, run_finals
from .library import Solution
from .llm_agent import LLMAgentConfig, RoleSettings
from .pike_b import PikeB, PikeBConfig
from .pike_o import PikeO, PikeOConfig
from .run_store import RunStore

log = logging.getLogger("pike_backend.search")

# options that shape a run; a resumed run keeps its own (budget and spend limits may be raised)
_RUN_SHAPING = ("agent", "model", "llm_base_url", "strategy", "precision", "atol", "rtol", "replay_dir")


@dataclass
class SearchConfig:
    """Every knob of the search beyond PikeOptions."""

    pike_b: PikeBConfig = field(default_factory=PikeBConfig)
    pike_o: PikeOConfig = field(default_factory=PikeOConfig)
    llm: LLMAgentConfig = field(default_factory=LLMAgentConfig)
    finals: FinalsConfig = field(default_factory=FinalsConfig)
    evaluation: dict[str, Any] = field(default_factory=dict)  # EvalConfig fields to override

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "SearchConfig":
        llm = dict(data.get("llm", {}))
        for role in ("iba", "coa", "efa"):
            if role in llm:
                llm[role] = RoleSettings(**llm[role])
        return cls(
            pike_b=PikeBConfig(**data.get("pike_b", {})),
            pike_o=PikeOConfig(**data.get("pike_o", {})),
            llm=LLMAgentConfig(**llm),
            finals=FinalsConfig(**data.get("finals", {})),
            evaluation=dict(data.get("evaluation", {})),
        )


@dataclass
class SearchResult:
    best_source: str | None
    speedup: float  # the best solution's; after a final ranking, the median of its timings
    attempts: int
    valid: int
    llm_calls: int
    winner_kind: str = ""
    ref_ms: float | None = None
    best_ms: float | None = None
    best_verdict: Verdict | None = None
    run_dir: Path | None = None
    cost_usd: float = 0.0
    problem_name: str = ""
    strategy: str = ""
    agent: str = ""
    model: str = ""
    stop_reason: str = ""
    elapsed_s: float = 0.0
    fixes: int = 0
    fixes_worked: int = 0
    evaluations: int = 0  # evaluations run in this process (journaled verdicts not counted)
    finals: list[dict[str, Any]] = field(default_factory=list)  # the final ranking (finals.ranking_json)
    # seconds from the search's start to its ideas, first code, first verdict, first verified one
    timeline: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["best_verdict"] = self.best_verdict.to_json() if self.best_verdict else None
        data["run_dir"] = str(self.run_dir) if self.run_dir else None
        return data


def default_run_dir(problem: Problem, options: PikeOptions) -> Path:
    """``runs_dir/<name>-<sha8>``, numbered when that folder already holds another run."""
    base = options.runs_dir / f"{problem.name}-{problem.sha256[:8]}"
    path, number = base, 1
    while RunStore.holds_run(path):
        number += 1
        path = base.with_name(f"{base.name}-{number}")
    return path


def _with_reference_flags(config: SearchConfig) -> SearchConfig:
    """A new run's config with the precision flags its reference is timed under: this process's,
    the eager a speedup is against (kept with the run, so a resumed run times it the same way)."""
    from ..evaluate import caller_flags

    return dataclasses.replace(config, evaluation={"reference_flags": caller_flags(), **config.evaluation})


def _plan_run(problem: Problem, options: PikeOptions, run_dir, resume: bool,
              config: SearchConfig | None) -> tuple[RunStore, PikeOptions, SearchConfig]:
    """The run folder, and the options and config the run goes by (a resumed run keeps its own)."""
    if not resume:
        if run_dir is not None and RunStore.holds_run(Path(run_dir)):
            raise ProblemError(f"{run_dir} already holds a search run; pass --resume to continue it, or another --out")
        store = RunStore(run_dir if run_dir is not None else default_run_dir(problem, options))
        return store, options, _with_reference_flags(config or SearchConfig())
    if run_dir is None:
        raise ProblemError("resume needs the run folder to continue (pass --out RUN_DIR)")
    store = RunStore(run_dir)
    meta = store.read_meta()
    if meta.get("problem_sha256") != problem.sha256:
        raise ProblemError(
            f"run {store.path} was made for a different problem source ({meta.get('problem_name')}); "
            "resume it with the same problem file, or start a new run with --out"
        )
    stored = meta["options"]
    merged = {k: stored.get(k) for k in _RUN_SHAPING}
    for key in ("budget", "max_cost", "max_time"):  # these may be raised on resume
        merged[key] = getattr(options, key) if getattr(options, key) is not None else stored.get(key)
    options = options.replace(**{k: v for k, v in merged.items() if v is not None})
    log.info("resuming %s (%s, %s)", store.path, options.agent, options.strategy)
    return store, options, config or SearchConfig.from_json(meta["config"])


def _start_run(store: RunStore, problem: Problem, options: PikeOptions, config: SearchConfig, resume: bool) -> None:
    if resume:
        store.open_for_resume(problem)
        return
    stored_options = {k: v for k, v in dataclasses.asdict(options).items() if v is not None}
    stored_options["budget"] = options.effective_budget
    store.create(problem, stored_options, config.to_json())


def _eval_config(options: PikeOptions, config: SearchConfig):
    from ..evaluate import EvalConfig

    return EvalConfig(tolerance=options.tolerance, **config.evaluation)


def _strategy(options: PikeOptions, config: SearchConfig):
    return PikeO(config.pike_o) if options.strategy == "pike-o" else PikeB(config.pike_b)


def optimize(problem: Problem, options: PikeOptions, run_dir=None, resume: bool = False, evaluator=None,
             progress: bool = True, config: SearchConfig | None = None) -> SearchResult:
    """Search for the fastest verified Solution of ``problem``. Every attempt lands in the run folder
    as it happens; ``resume=True`` continues a killed run from it without repeating an answered LLM
    call or an evaluated candidate. ``evaluator`` is anything with ``submit(problem, source, config)
    -> Future[Verdict]`` (by default a fresh Evaluator, one worker per GPU)."""
    store, options, config = _plan_run(problem, options, run_dir, resume, config)
    eval_config = _eval_config(options, config)
    # the agent first: a missing key is reported before anything is written
    agent = make_agent(options, config.llm, journal_dir=store.llm_dir)
    _start_run(store, problem, options, config, resume)
    spent = getattr(agent, "spent", None)
    spend = (lambda: spent()[1]) if spent else (lambda: 0.0)
    budget = Budget(options.effective_budget, options.max_cost, options.max_time, spend=spend)
    own_evaluator = evaluator is None
    if own_evaluator:
        from ..evaluate import Evaluator

        evaluator = Evaluator(per_device=options.parallel_evaluations)
    if hasattr(evaluator, "prepare"):  # workers and the reference ready while the agent reads the problem
        evaluator.prepare(problem, eval_config)
    strategy = _strategy(options, config)
    engine = Engine(
        problem, agent,
        Evaluations(lambda source: evaluator.submit(problem, source, eval_config), store.evals_dir, config_key(eval_config)),
        budget, store=store, progress=Progress(budget.max_attempts, progress, spend),
        model=options.effective_model or "", parallel=options.parallel_evaluations,
    )
    engine.on_wave = lambda: store.save_library(engine.library.to_json(), strategy.state())
    start = time.monotonic()
    try:
        strategy.run(engine)
        # each re-timing pairs the finalist with a reference timed in the same evaluation
        paired = dataclasses.replace(eval_config, fresh_reference=True)
        finals = run_finals(engine.library, lambda source: evaluator.submit(problem, source, paired), config.finals)
    except BaseException:
        store.set_status("interrupted")
        raise
    finally:
        engine.close()
        if own_evaluator:
            evaluator.close()
    result = _result(engine, final_winner(engine.library, finals, config.finals.tie), options, strategy, store, agent,
                     time.monotonic() - start)
    result.finals = ranking_json(finals, config.finals.tie)
    store.save_library(engine.library.to_json(), strategy.state())
    store.write_result(result.to_json())
    store.set_status("done", stop_reason=result.stop_reason)
    return result


def _result(engine: Engine, best: Solution | None, options: PikeOptions, strategy, store: RunStore, agent, elapsed: float) -> SearchResult:
    spent = getattr(agent, "spent", None)
    calls, cost = spent() if spent else (0, 0.0)
    counters = engine.counters
    return SearchResult(
        best_source=best.source if best else None,
        speedup=best.speedup if best else 0.0,
        attempts=counters.attempts,
        valid=counters.valid,
        llm_calls=calls,
        winner_kind=best.kind if best else "",
        ref_ms=best.verdict.ref_ms if best else None,
        best_ms=best.verdict.new_ms if best else None,
        best_verdict=best.verdict if best else None,
        run_dir=store.path,
        cost_usd=cost,
        problem_name=engine.problem.name,
        strategy=strategy.name,
        agent=getattr(agent, "name", options.agent),
        model=options.effective_model or "",
        stop_reason=engine.budget.stop_reason() or ("no new candidates" if engine.agent_exhausted else "done"),
        elapsed_s=round(elapsed, 3),
        fixes=counters.fixes,
        fixes_worked=counters.fixes_worked,
        evaluations=engine.evaluations.evaluated,
        timeline=dict(engine.timeline),
    )
