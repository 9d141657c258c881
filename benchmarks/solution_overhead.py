"""Per-call host overhead of offline-agent Solutions: ``ModelNew`` against the work it wraps.

For each problem and recipe, the Solution the offline agent writes is loaded as the evaluator
loads it (the reference's weights) and timed three ways on tiny inputs, where host time is all
there is: the Solution called as a module (what the evaluator times), its ``forward`` (what the
backend's stitched graph calls), and the ``fused_forward`` it runs, called directly with the same
arguments. The difference is what the Solution's runtime adds per call. The problem's own eager
forward is timed too. Runs on CPU or on a GPU (where the CUDA-graph recipes are added; there each
call ends in a device synchronize, as the evaluator times it):

    python benchmarks/solution_overhead.py [--json out.json] [PROBLEM.py ...]

With no problem given: ``relu(x * 2 + y)`` (a tiny elementwise problem), ``benchmarks/level3/01_mlp.py``
and the first subgraph the torch.compile backend extracts from a small block (params lifted).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import torch

os.environ.setdefault("TRITON_INTERPRET", "0" if torch.cuda.is_available() else "1")

ROOT = Path(__file__).resolve().parent.parent

AFFINE_RELU = """\
import torch
import torch.nn as nn


class Model(nn.Module):
    def forward(self, x, y):
        return torch.relu(x * 2.0 + y)


rows, cols = {rows}, 16


def get_inputs():
    return [torch.randn(rows, cols), torch.randn(rows, cols)]


def get_init_inputs():
    return []
"""


class _Block(torch.nn.Module):
    """linear + GELU + residual, then an op pike leaves to the fallback: a subgraph with params lifted."""

    def __init__(self, dim):
        super().__init__()
        self.fc = torch.nn.Linear(dim, dim)

    def forward(self, x):
        y = x + torch.nn.functional.gelu(self.fc(x))
        return y + torch.argsort(y, dim=-1)[..., :1].to(y.dtype) * 0.0


def _problems(paths: list[str], device: str):
    from pike_backend.problem import Problem, load_problem_file

    if paths:
        return [load_problem_file(p) for p in paths]
    rows = 65536 if device == "cuda" else 4  # the H100 case; on CPU tiny, so host time dominates
    problems = [Problem(f"affine_relu_{rows}x16", AFFINE_RELU.format(rows=rows)),
                load_problem_file(ROOT / "benchmarks" / "level3" / "01_mlp.py")]
    import pike_backend

    block = _Block(16).to(device).eval()
    sub = pike_backend.explain(block, torch.randn(4, 16, device=device)).subgraphs[0]
    torch._dynamo.reset()
    return problems + [Problem(f"subgraph_{sub.name}", sub.problem.source)]


def per_call_us(fns: dict, device: str, repeats: int = 15, calls: int = 300) -> dict:
    """Per name, the best over ``repeats`` of the mean time of ``calls`` calls (each ending in a
    synchronize on a GPU, timed on the wall clock there). The callables take turns, so load from
    other processes hits them alike."""
    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)
    # on CPU this thread's CPU time: other processes on a shared machine do not count against us
    clock = time.perf_counter if device == "cuda" else time.thread_time
    best = {name: float("inf") for name in fns}
    with torch.no_grad():  # as the evaluator's worker calls a candidate
        for fn in fns.values():
            for _ in range(50):
                fn()
        for _ in range(repeats):
            for name, fn in fns.items():
                start = clock()
                for _ in range(calls):
                    fn()
                    sync()
                best[name] = min(best[name], (clock() - start) / calls * 1e6)
    return best


def _direct_args(solution, candidate, inputs):
    """The arguments the runtime hands ``fused_forward``: inputs and the module's tensors by path."""
    args = []
    for arg in solution._PK_SPEC["args"]:
        if arg["from"] == "input":
            args.append(inputs[arg["index"]])
        else:
            table, key = solution._pk_locate(candidate, arg["name"])
            args.append(table[key])
    return args


def measure(problem, kind: str, device: str) -> dict | None:
    from pike_backend.offline.recipe import recipe_of_kind
    from pike_backend.offline.solution import RewriteError, build, codegen_fuser
    from pike_backend.offline.trace import trace_problem
    from pike_backend.problem import build_candidate, build_reference, load_source_module, seeded_inputs

    pg = trace_problem(problem)
    recipe = recipe_of_kind(kind)
    try:
        built = build(pg, recipe, codegen_fuser(interpreter_safe=device != "cuda"))
    except RewriteError as error:
        print(f"  {problem.name} {kind}: skipped ({error})")
        return None
    problem_module = load_source_module(problem.source)
    solution = load_source_module(built.source, "pike_overhead")
    reference = build_reference(problem_module, 0, device)
    candidate = build_candidate(solution, problem_module, reference, 0, device)
    inputs = seeded_inputs(problem_module, 1, device)
    fns = {"eager_us": lambda: reference(*inputs), "module_call_us": lambda: candidate(*inputs),
           "forward_us": lambda: candidate.forward(*inputs)}
    direct = recipe.path == "graph" and not recipe.fold_bn and recipe.precision not in ("bf16", "fp16")
    if direct:  # nothing derived: fused_forward takes the inputs and the module's own tensors
        args = _direct_args(solution, candidate, inputs)
        fns["fused_forward_us"] = lambda: solution.fused_forward(*args)
    row = {"problem": problem.name, "kind": kind, **per_call_us(fns, device)}
    if direct:
        row["overhead_us"] = row["forward_us"] - row["fused_forward_us"]
    if recipe.path == "graph" and not recipe.cuda_graph:
        # the runtime alone: the same call with a graph that costs nothing (it hands back a result)
        runner, results = candidate._pk_runner, []
        graph_fn = runner.graph_fn
        runner.graph_fn = lambda *args: results.append(graph_fn(*args)) or results[-1]
        with torch.no_grad():
            candidate.forward(*inputs)
        runner.graph_fn = lambda *args: results[-1]
        row.update(per_call_us({"runtime_only_us": lambda: candidate.forward(*inputs)}, device))
    return row


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("problems", nargs="*", help="KernelBench files (default: the three described above)")
    out_dir = os.environ.get("OUT")
    parser.add_argument("--json", default=os.path.join(out_dir, "solution_overhead.json") if out_dir else None)
    args = parser.parse_args(argv)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.set_num_threads(1)  # host overhead, not intra-op parallelism
    kinds = ["eager-graph", "triton-fused"] if device == "cuda" else ["eager-graph"]
    if device == "cuda":
        kinds += ["cuda-graph", "cuda-graph+triton-fused"]
    rows = [r for p in _problems(args.problems, device) for k in kinds if (r := measure(p, k, device))]
    name = torch.cuda.get_device_name() if device == "cuda" else "cpu"
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"device": name, "rows": rows}, f, indent=2)
    print(f"device {name}, us per call (best of 15 runs of 300 calls)")
    print(f"{'problem':<26}{'kind':<24}{'eager':>8}{'ModelNew()':>11}{'.forward':>9}{'fused_fwd':>10}"
          f"{'overhead':>9}{'runtime':>9}")

    def cell(row, key, width):
        return f"{row[key]:>{width}.2f}" if key in row else f"{'-':>{width}}"

    for r in rows:
        print(f"{r['problem'][:25]:<26}{r['kind']:<24}{r['eager_us']:>8.2f}{r['module_call_us']:>11.2f}"
              f"{r['forward_us']:>9.2f}{cell(r, 'fused_forward_us', 10)}{cell(r, 'overhead_us', 9)}"
              f"{cell(r, 'runtime_only_us', 9)}")
    print("overhead: .forward - fused_forward called directly; runtime: .forward around a graph that costs nothing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
