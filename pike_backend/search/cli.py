"""``pike optimize`` and ``pike report``."""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
from pathlib import Path

log = logging.getLogger("pike_backend.search.cli")


def register(subparsers) -> None:
    opt = subparsers.add_parser("optimize", help="search for a faster verified replacement of a KernelBench-format problem")
    opt.add_argument("problem", help="problem file defining Model, get_inputs() and get_init_inputs()")
    opt.add_argument("--agent", choices=("offline", "gemini", "openai", "replay"))
    opt.add_argument("--strategy", choices=("pike-b", "pike-o"))
    opt.add_argument("--budget", type=int, help="attempts (COA + EFA queries)")
    opt.add_argument("--max-cost", type=float, help="stop once this many USD are spent on LLM calls")
    opt.add_argument("--max-time", type=float, help="stop starting queries after this many seconds")
    opt.add_argument("--atol", type=float)
    opt.add_argument("--rtol", type=float)
    opt.add_argument("--precision", choices=("strict", "tf32", "bf16", "auto"))
    opt.add_argument("--model", help="LLM model for every role")
    opt.add_argument("--efa-model", help="a different (e.g. cheaper) model for the error-fixing agent")
    opt.add_argument("--temperature", type=float, help="sampling temperature of the COA and EFA (default 0.8)")
    opt.add_argument("--llm-base-url", help="base URL of the LLM API (proxies, gateways, local servers)")
    opt.add_argument("--replay-dir", help="recorded run whose replies the replay agent serves")
    opt.add_argument("--out", help="run folder (default: <cache_dir>/runs/<problem>-<sha8>)")
    opt.add_argument("--resume", action="store_true", help="continue the run in --out where it stopped")
    opt.add_argument("--seed", type=int, help="random seed of PIKE-O's parent selection")
    opt.add_argument("--no-progress", action="store_true", help="no progress bar")
    opt.add_argument("--json", action="store_true", help="print the result as JSON on the last line of stdout")
    opt.set_defaults(func=run_optimize)

    rep = subparsers.add_parser("report", help="trajectories and counters of search runs")
    rep.add_argument("run", help="a run folder, or a folder of runs (one per task)")
    rep.add_argument("--plot", help="PNG to draw (default: report.png in the run folder)")
    rep.add_argument("--json", action="store_true", help="print the counters as JSON on the last line of stdout")
    rep.set_defaults(func=run_report)


def _options(args):
    from ..options import PikeOptions

    given = {
        "agent": args.agent, "strategy": args.strategy, "budget": args.budget, "atol": args.atol, "rtol": args.rtol,
        "precision": args.precision, "model": args.model, "llm_base_url": args.llm_base_url,
        "replay_dir": args.replay_dir, "max_cost": args.max_cost, "max_time": args.max_time,
    }
    return PikeOptions.from_sources({k: v for k, v in given.items() if v is not None})


def _config(args):
    from .optimize import SearchConfig

    if args.resume and args.efa_model is None and args.temperature is None and args.seed is None:
        return None  # a resumed run keeps the configuration it was started with
    config = SearchConfig()
    if args.efa_model:
        config.llm.efa.model = args.efa_model
    if args.temperature is not None:
        if not 0.0 <= args.temperature <= 2.0:
            raise ValueError(f"--temperature {args.temperature} is outside [0, 2]")
        config.llm.coa.temperature = config.llm.efa.temperature = args.temperature
    if args.seed is not None:
        config.pike_o = dataclasses.replace(config.pike_o, seed=args.seed)
    return config


def _store_winner(problem, options, result) -> None:
    """Keep a winner faster than eager in the kernel cache, when the cache and the fingerprint exist."""
    if not result.best_source or result.speedup <= 1.0:
        log.info("no winner faster than eager; nothing cached")
        return
    try:
        from ..cache import CacheEntry, KernelCache
        from ..graph.fingerprint import problem_key
    except ImportError as error:
        log.debug("kernel cache unavailable (%s); the winner stays in the run folder only", error)
        return
    from ..options import resolve_precision

    key = problem_key(problem, options.tolerance, resolve_precision(options.precision))
    cache = KernelCache.from_options(options)
    try:
        cache.store(CacheEntry.create(
            key, result.best_source, key_parts={"problem_sha256": problem.sha256, "tolerance": options.tolerance.label},
            verdict=result.best_verdict.to_json(), problem_name=problem.name, winner_kind=result.winner_kind,
            agent=result.agent, model=result.model or None,
        ))
    finally:
        cache.close()
    log.info("winner cached under %s", key)


def run_optimize(args) -> int:
    from ..problem import load_problem_file
    from .optimize import optimize
    from .report import format_table, summarize

    problem = load_problem_file(args.problem)
    options = _options(args)
    result = optimize(problem, options, run_dir=args.out, resume=args.resume, progress=not args.no_progress,
                      config=_config(args))
    print(format_table([summarize(result.run_dir)]), file=sys.stderr)
    print(f"run folder: {result.run_dir}  (stopped: {result.stop_reason})", file=sys.stderr)
    _store_winner(problem, options, result)
    if args.json:
        print(json.dumps(result.to_json()))
    elif result.best_source:
        print(f"best: {result.speedup:.3f}x ({result.winner_kind}); source in {result.run_dir}/result.json")
    return 0 if result.best_source else 1


def run_report(args) -> int:
    from .report import find_runs, format_table, plot, summarize

    summaries = [summarize(path) for path in find_runs(args.run)]
    print(format_table(summaries), file=sys.stderr if args.json else sys.stdout)
    out = Path(args.plot) if args.plot else Path(args.run) / "report.png"
    print(f"plot: {plot(summaries, out)}", file=sys.stderr)
    if args.json:
        print(json.dumps([s.to_json() for s in summaries]))
    return 0
