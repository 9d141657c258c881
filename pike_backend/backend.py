"""The torch.compile entry point: ``torch.compile(model, backend="pike", options={...})``.

Registered by the ``torch_dynamo_backends`` entry point only. The flow per Dynamo graph:
options -> partition -> subgraphs as Problems -> per subgraph: cache hit, search, or fallback ->
stitch -> end-to-end check against eager -> callable. Anything of ours that fails turns into a
fallback with one warning; only bad options are raised to the user.
"""

from __future__ import annotations

import atexit
import copy
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import torch
from torch.fx import GraphModule

from .graph.extract import (
    Subgraph,
    capture_submodule_inputs,
    copies_where,
    extract_subgraphs,
    fuse_groups,
    state_inputs,
)
from .graph.fingerprint import fingerprint
from .graph.ops import written_inputs
from .graph.partition import Partition, partition
from .graph.stitch import PikeSubgraph, install, load_solution, make_fallback
from .options import PikeOptions, resolve_precision
from .problem import Problem, sha256_text

log = logging.getLogger("pike_backend")

_EVENTS: list[dict[str, Any]] = []
# Keys searched in this process without a single verified candidate: not searched again here.
_FRUITLESS: set[str] = set()
# The winner kind of a cache entry recording that no candidate beat the reference.
EAGER_WINS = "eager"
# One evaluator pool for every search of this process: starting its workers (spawn, import torch,
# CUDA init) costs seconds, which a model of many subgraphs would otherwise pay per subgraph.
_EVALUATOR = None


def _shared_evaluator(per_device: int):
    """The process's pool, with ``per_device`` slots a device (a search asking for another number
    replaces it: the option is set per compile, and rarely changes within a process)."""
    global _EVALUATOR
    if _EVALUATOR is not None and _EVALUATOR.per_device != per_device:
        _EVALUATOR.close()
        _EVALUATOR = None
    if _EVALUATOR is None:
        from .evaluate import Evaluator

        _EVALUATOR = Evaluator(per_device=per_device)
        atexit.register(_EVALUATOR.close)
    return _EVALUATOR


def compile_events() -> list[dict[str, Any]]:
    """One dict per subgraph compiled in this process: key, problem_name, outcome, origin,
    winner_kind, speedup, reason, ops, and the loaded solution's source_sha256 ("" for none)."""
    return list(_EVENTS)


def clear_compile_events() -> None:
    _EVENTS.clear()


try:  # Dynamo re-raises its ShortenTraceback errors to the user as they are, not wrapped.
    from torch._dynamo.exc import ShortenTraceback as _DynamoPassthrough
except ImportError:  # older torch: the error arrives wrapped in BackendCompilerFailed
    _DynamoPassthrough = RuntimeError


class PikeOptionsError(_DynamoPassthrough, ValueError):
    def __init__(self, message: str):
        if _DynamoPassthrough is RuntimeError:
            super().__init__(message)
        else:
            super().__init__(message, first_useful_frame=None)


@dataclass
class SubgraphReport:
    name: str
    ops: list[str]
    inputs: list[str]
    key: str = ""
    status: str = "miss"  # hit | miss | searched | fallback
    runner: str = "fallback"  # what runs it: "pike (<origin>, <kind>)" or "fallback (eager)"
    reason: str = ""
    speedup: float | None = None
    source_sha256: str = ""  # the solution loaded for it: which one a benchmark table timed
    problem: Problem | None = field(default=None, repr=False)  # what a search would optimize


@dataclass
class GraphReport:
    nodes: int
    granularity: str
    subgraphs: list[SubgraphReport] = field(default_factory=list)
    left_out: dict[str, str] = field(default_factory=dict)
    whole_graph_fallback: str = ""


def pike(gm: GraphModule, example_inputs: list[Any], *, options: dict | None = None, mode: str | None = None,
         **unused: Any) -> Callable[..., Any]:
    """The backend function Dynamo calls with each captured graph."""
    try:
        opts = PikeOptions.from_sources(options)
    except ValueError as error:
        raise PikeOptionsError(str(error)) from None
    if mode is not None:
        log.info("pike: torch.compile(mode=%r) is ignored; pike's own mode is options={'mode': ...}", mode)
    return compile_graph(gm, example_inputs, opts)


def compile_graph(gm: GraphModule, example_inputs: list[Any], opts: PikeOptions, report: list | None = None,
                  dry_run: bool = False) -> Callable[..., Any]:
    graph_report = GraphReport(nodes=len(gm.graph.nodes), granularity=opts.granularity)
    if report is not None:
        report.append(graph_report)
    # Fusing rewrites gm in place; this untouched copy is the eager reference and the fallback.
    original = GraphModule(gm, copy.deepcopy(gm.graph))
    try:
        reason = _unsupported_graph(gm, example_inputs)
        if reason:
            log.info("pike: %s; this graph runs on the %s fallback", reason, opts.fallback)
            graph_report.whole_graph_fallback = reason
            return _whole_fallback(original, example_inputs, opts, graph_report, dry_run)
        return _compile_supported(gm, original, example_inputs, opts, graph_report, dry_run)
    except Exception as error:  # never a backend crash in user code
        log.warning("pike: compiling a graph failed (%s: %s); running it on the %s fallback",
                    type(error).__name__, error, opts.fallback, exc_info=log.isEnabledFor(logging.DEBUG))
        graph_report.whole_graph_fallback = f"pike failed: {type(error).__name__}: {error}"
        return _whole_fallback(original, example_inputs, opts, graph_report, dry_run)


def _unsupported_graph(gm: GraphModule, example_inputs: list[Any]) -> str:
    if torch.is_grad_enabled() and any(isinstance(x, torch.Tensor) and x.requires_grad for x in example_inputs):
        return "autograd is needed (pike optimizes inference: use torch.no_grad() or torch.inference_mode())"
    if any(not isinstance(x, torch.Tensor) for x in example_inputs):
        return "the graph takes non-tensor inputs (dynamic shapes: compile with dynamic=False to specialize)"
    for node in gm.graph.nodes:
        value = node.meta.get("example_value")
        if node.op == "placeholder" and isinstance(value, torch.Tensor):
            if any(not isinstance(s, int) for s in value.shape):
                return "the graph has dynamic shapes (compile with dynamic=False to specialize)"
    return ""


def _whole_fallback(gm: GraphModule, example_inputs: list[Any], opts: PikeOptions,
                    graph_report: GraphReport, dry_run: bool) -> Callable[..., Any]:
    runner, kind = make_fallback(gm, example_inputs, opts.fallback)
    if not dry_run:
        _EVENTS.append({"key": "", "problem_name": _graph_name(gm), "outcome": "fallback",
                        "origin": f"fallback ({kind})", "winner_kind": "fallback", "speedup": None,
                        "reason": graph_report.whole_graph_fallback, "ops": []})
    return runner


def _compile_supported(gm: GraphModule, original: GraphModule, example_inputs: list[Any], opts: PikeOptions, graph_report: GraphReport,
                       dry_run: bool) -> Callable[..., Any]:
    part: Partition = partition(gm, opts.granularity)
    graph_report.granularity = part.granularity
    graph_report.left_out = dict(part.left_out)
    if not part.groups:
        graph_report.whole_graph_fallback = "no subgraph worth a kernel"
        return _whole_fallback(original, example_inputs, opts, graph_report, dry_run)
    state = state_inputs(gm, example_inputs)
    written = written_inputs(gm)  # before fusing rewrites gm: the aliases are read from its values
    fused = fuse_groups(gm, part)
    captured = capture_submodule_inputs(fused, example_inputs, written)
    subgraphs = extract_subgraphs(fused, part, captured, name_prefix=_graph_name(gm), state=state)
    precision = resolve_precision(opts.precision)
    tolerance = opts.tolerance
    cache = _open_cache(opts)
    stitched: list[tuple[Subgraph, PikeSubgraph]] = []
    reports: list[SubgraphReport] = []
    for sg in subgraphs:
        sg.key, sg.key_parts = fingerprint(sg.module, sg.specs, precision, tolerance, sg.state)
        sub_report = SubgraphReport(sg.name, sg.ops, [s.describe() for s in sg.specs], key=sg.key, problem=sg.problem)
        graph_report.subgraphs.append(sub_report)
        reports.append(sub_report)
        solution, label = _resolve(sg, opts, cache, sub_report, dry_run)
        # With a solution in hand the fallback only runs if the solution fails: compile it then.
        fallback, fallback_kind = make_fallback(sg.module, sg.example_inputs, opts.fallback,
                                                lazy=solution is not None)
        sub_report.runner = label if solution is not None else f"fallback ({fallback_kind})"
        stitched.append((sg, PikeSubgraph(sg.name, fallback, sg.specs, solution, sub_report.runner, sg.state)))
    install(fused, [runner for _, runner in stitched])
    if not dry_run:
        _check_end_to_end(original, fused, example_inputs, written, stitched, opts)
        for (sg, replacement), sub in zip(stitched, reports):
            if not replacement.active and sub.runner.startswith("pike"):
                sub.runner, sub.status = replacement.label, "fallback"
                sub.reason = "dropped by the end-to-end check"
            _EVENTS.append({"key": sg.key, "problem_name": sg.problem.name, "outcome": sub.status,
                            "origin": sub.runner, "winner_kind": sub.runner if replacement.active else "fallback",
                            "speedup": sub.speedup, "reason": sub.reason, "ops": sg.ops,
                            "source_sha256": sub.source_sha256 if replacement.active else ""})
    if opts.fallback == "eager" and not any(replacement.active for _, replacement in stitched):
        # nothing of pike's runs: the untouched graph, without a dispatch layer per subgraph
        # around it (tens of microseconds that a model of a tenth of a millisecond feels)
        return original.forward
    return fused.forward


def _graph_name(gm: GraphModule) -> str:
    return f"graph{len(gm.graph.nodes)}"


def _open_cache(opts: PikeOptions):
    from .cache import KernelCache

    return KernelCache.from_options(opts)


def _resolve(sg: Subgraph, opts: PikeOptions, cache, sub_report: SubgraphReport,
             dry_run: bool) -> tuple[Callable[..., Any] | None, str]:
    """A loaded solution for the subgraph and a label of what runs it, or (None, "")."""
    entry = cache.lookup(sg.key)
    if entry is not None:
        sub_report.status = "hit"
        sub_report.speedup = entry.meta.get("speedup")
        if dry_run:
            return None, ""
        if entry.meta.get("winner_kind") == EAGER_WINS:
            sub_report.reason = "a search found nothing faster than the reference"
            return None, ""
        return _load(entry.source, sg, sub_report, f"pike ({entry.origin}, {entry.meta.get('winner_kind') or 'solution'})")
    if opts.mode == "cache-only":
        sub_report.reason = "cache miss in cache-only mode"
        return None, ""
    if dry_run:
        sub_report.reason = "cache miss: a search would run"
        return None, ""
    if sg.key in _FRUITLESS:
        sub_report.status, sub_report.reason = "searched", "searched earlier in this process: no verified solution"
        return None, ""
    return _search(sg, opts, cache, sub_report)


def _load(source: str, sg: Subgraph, sub_report: SubgraphReport, label: str) -> tuple[Callable[..., Any] | None, str]:
    # the device with its index: a model on a second GPU gets its solution there
    device = next((str(t.device) for t in sg.example_inputs if isinstance(t, torch.Tensor)), "cpu")
    state = {name: sg.example_inputs[position] for position, name in sg.state.items()}
    try:
        loaded = load_solution(source, device, state)
        sub_report.source_sha256 = sha256_text(source)
        return loaded, label
    except Exception as error:
        sub_report.status = "fallback"
        sub_report.reason = f"solution failed to load ({type(error).__name__}: {error})"
        log.warning("pike: %s: %s; using the fallback", sub_report.name, sub_report.reason)
        return None, ""


def _search(sg: Subgraph, opts: PikeOptions, cache, sub_report: SubgraphReport) -> tuple[Callable[..., Any] | None, str]:
    from .search import optimize

    started = time.perf_counter()
    log.info("pike: searching %s (%s)", sg.problem.name, " ".join(sg.ops))
    result = optimize(sg.problem, opts, progress=True, evaluator=_shared_evaluator(opts.parallel_evaluations))
    sub_report.status = "searched"
    if result.best_source is None or not result.speedup or result.speedup <= 1.0:
        sub_report.reason = "search found nothing faster than the reference"
        if result.valid:
            # Remember that eager wins, so no later run searches this subgraph again.
            eager = sg.problem.source + "\n\nclass ModelNew(Model):\n    pass\n"
            _store(cache, sg, result, opts, time.perf_counter() - started, source=eager, kind=EAGER_WINS)
        else:
            _FRUITLESS.add(sg.key)
        return None, ""
    sub_report.speedup = result.speedup
    _store(cache, sg, result, opts, time.perf_counter() - started)
    return _load(result.best_source, sg, sub_report, f"pike (searched, {result.winner_kind or 'solution'})")


def _store(cache, sg: Subgraph, result, opts: PikeOptions, search_s: float, source: str | None = None,
           kind: str | None = None) -> None:
    from .cache import CacheEntry

    verdict = result.best_verdict if source is None else None
    try:
        cache.store(CacheEntry.create(
            sg.key, source or result.best_source, key_parts=sg.key_parts,
            verdict=verdict.to_json() if verdict is not None else {"speedup": 1.0, "ref_ms": result.ref_ms},
            problem_name=sg.problem.name, winner_kind=kind or result.winner_kind, agent=opts.agent,
            model=opts.effective_model, search_s=round(search_s, 3),
        ))
    except Exception as error:  # a full disk must not cost the user the solution in hand
        log.warning("pike: could not store %s in the cache (%s)", sg.problem.name, error)


def outputs_close(got: Any, expected: Any, tolerance) -> list[str]:
    """The evaluator's own comparison (tolerance and relative-norm bound), as reasons."""
    from .evaluate.compare import compare_outputs

    return compare_outputs(expected, got, tolerance).reasons


def _check_end_to_end(gm: GraphModule, fused: GraphModule, example_inputs: list[Any], written: set[int],
                      stitched: list[tuple[Subgraph, PikeSubgraph]], opts: PikeOptions) -> None:
    """Run the stitched graph against eager on the example inputs (copies of those at the positions
    ``written``, which the graph writes into); drop solutions that break it."""
    active = [(sg, sub) for sg, sub in stitched if sub.active]
    if not active:
        return
    with torch.no_grad():
        # The caller's own tensors wherever the graph does not write: a solution holds the model's
        # weights (a frozen seed compiles them in), so copies would rebuild it for this check and
        # again at the first call, and a CUDA graph captured here on the caller's inputs replays
        # at that call.
        expected = gm(*copies_where(example_inputs, written))
        try:
            got = fused(*copies_where(example_inputs, written))
            problems = outputs_close(got, expected, opts.tolerance)
        except Exception as error:
            problems = [f"{type(error).__name__}: {error}"]
        if not problems:
            return
        log.warning("pike: stitched graph differs from eager (%s); checking each subgraph", problems[0])
        for sg, sub in active:
            try:
                mine = sub(*[x.clone() for x in sg.example_inputs])
                if sub.active:
                    issues = outputs_close(mine, sg.module(*[x.clone() for x in sg.example_inputs]), opts.tolerance)
                    if issues:
                        sub.drop_solution(f"solution differs from eager in the end-to-end check ({issues[0]})")
            except Exception as error:
                sub.drop_solution(f"solution failed in the end-to-end check ({type(error).__name__})")
        try:
            problems = outputs_close(fused(*[x.clone() for x in example_inputs]), expected, opts.tolerance)
        except Exception as error:
            problems = [f"{type(error).__name__}: {error}"]
        if problems:
            for _, sub in active:
                sub.drop_solution("the stitched graph still differs from eager")


def explain(model: Callable[..., Any], *inputs: Any, options: dict | None = None) -> "Explanation":
    """What pike would do with ``model``: its subgraphs, ops, keys, hit or miss, what runs each one
    and why nodes were left out. Looks up the cache; never searches. Like ``torch._dynamo.explain``
    it resets Dynamo's caches when done, so functions compiled earlier recompile on their next call
    (pike's own cache makes that quick)."""
    opts = PikeOptions.from_sources(options)
    graphs: list[GraphReport] = []

    def explaining_backend(gm: GraphModule, example_inputs: list[Any]):
        return compile_graph(gm, example_inputs, opts, report=graphs, dry_run=True)

    import torch._dynamo

    compiled = torch.compile(model, backend=explaining_backend, dynamic=False)
    with torch.no_grad():
        compiled(*inputs)
    torch._dynamo.reset()
    return Explanation(graphs)


@dataclass
class Explanation:
    graphs: list[GraphReport]

    @property
    def subgraphs(self) -> list[SubgraphReport]:
        return [s for g in self.graphs for s in g.subgraphs]

    def __str__(self) -> str:
        lines = [f"pike: {len(self.graphs)} graph(s) captured by Dynamo ({max(len(self.graphs) - 1, 0)} graph break(s))"]
        for i, graph in enumerate(self.graphs):
            lines.append(f"\ngraph {i}: {graph.nodes} nodes, granularity {graph.granularity}")
            if graph.whole_graph_fallback:
                lines.append(f"  whole graph on the fallback: {graph.whole_graph_fallback}")
            for sub in graph.subgraphs:
                lines.append(f"  {sub.name}: {' '.join(sub.ops)}")
                lines.append(f"    inputs  {', '.join(sub.inputs)}")
                lines.append(f"    key     {sub.key[:16]}  {sub.status}"
                             + (f" (speedup {sub.speedup:.2f}x)" if sub.speedup else ""))
                lines.append(f"    runs on {sub.runner}" + (f": {sub.reason}" if sub.reason else ""))
            if graph.left_out:
                lines.append("  left out:")
                for node, why in graph.left_out.items():
                    lines.append(f"    {node}: {why}")
        return "\n".join(lines)
