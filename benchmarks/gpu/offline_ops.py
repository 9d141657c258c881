"""The offline agent's generated kernels on single fused ops at realistic sizes, against eager and
inductor, with achieved bandwidth against the measured copy bandwidth; and (``--models``) every
idea the offline agent proposes for whole models, each timed against eager and torch.compile.

    python benchmarks/gpu/offline_ops.py [--quick] [--max-time S] [--ops all|layer_norm,softmax,...]
                                         [--models FILE.py ...] [--precision strict|tf32|bf16] [--no-inductor]

Ops go through the agent's own pipeline: the op is written as a KernelBench problem, traced,
turned into a ``triton-fused`` Solution by the code generator, loaded, and given the reference's
weights. Times are ``triton.testing.do_bench`` medians (L2 flushed). ``kernel`` is the generated
``fused_forward`` alone; ``pike`` is the whole ``ModelNew`` call (our runtime's host work included).
Bandwidth counts each input and output once (read + write), the least traffic any kernel needs, and
is compared with a device-to-device copy of 1 GiB. Model rows are host-inclusive (synchronize
inside the timed call), as the evaluator times. Each row is printed when measured and
``$OUT/offline_ops.json`` is rewritten after it; the tables again at the end. ``--quick`` (well
under a minute on an H100): layer_norm, softmax and the linear epilogue, shorter do_bench runs.
``--max-time``: no op, model or idea starts after it.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import torch  # noqa: E402
import triton.testing  # noqa: E402

from pike_backend.offline.agent import OfflineAgent  # noqa: E402
from pike_backend.offline.recipe import Recipe  # noqa: E402
from pike_backend.offline.solution import build, codegen_fuser  # noqa: E402
from pike_backend.offline.trace import trace_problem  # noqa: E402
from pike_backend.options import PikeOptions  # noqa: E402
from pike_backend.search.agent import OptimizeRequest  # noqa: E402
from pike_backend.problem import (  # noqa: E402
    Problem,
    build_candidate,
    build_reference,
    load_problem_file,
    load_source_module,
    seeded_inputs,
)
from recorder import Recorder, add_max_time  # noqa: E402

_HEADER = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n"

# name -> (problem source, memory-bound?)
OPS = {
    "layer_norm": ("""
        class Model(nn.Module):
            def __init__(self):
                super().__init__()
                self.norm = nn.LayerNorm(8192)
            def forward(self, x):
                return self.norm(x)
        def get_inputs():
            return [torch.randn(4096, 8192)]
        def get_init_inputs():
            return []
    """, True),
    "rms_norm": ("""
        class Model(nn.Module):
            def __init__(self):
                super().__init__()
                self.weight = nn.Parameter(torch.randn(8192))
            def forward(self, x):
                return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * self.weight
        def get_inputs():
            return [torch.randn(4096, 8192)]
        def get_init_inputs():
            return []
    """, True),
    "softmax": ("""
        class Model(nn.Module):
            def forward(self, x):
                return torch.softmax(x, dim=-1)
        def get_inputs():
            return [torch.randn(4096, 8192)]
        def get_init_inputs():
            return []
    """, True),
    "gelu_chain": ("""
        class Model(nn.Module):
            def __init__(self):
                super().__init__()
                self.bias = nn.Parameter(torch.randn(8192))
            def forward(self, x):
                return F.gelu(x + self.bias) * 0.5 + x
        def get_inputs():
            return [torch.randn(8192, 8192)]
        def get_init_inputs():
            return []
    """, True),
    "linear_epilogue": ("""
        class Model(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(4096, 4096)
            def forward(self, x, residual):
                return F.gelu(self.fc(x)) + residual
        def get_inputs():
            return [torch.randn(8192, 4096), torch.randn(8192, 4096)]
        def get_init_inputs():
            return []
    """, False),
    "attention": ("""
        class Model(nn.Module):
            def forward(self, q, k, v):
                scores = torch.matmul(q, k.transpose(-2, -1)) * (q.size(-1) ** -0.5)
                mask = torch.ones(q.size(-2), k.size(-2), dtype=torch.bool, device=q.device).tril()
                scores = scores.masked_fill(~mask, float("-inf"))
                return torch.matmul(torch.softmax(scores, dim=-1), v)
        def get_inputs():
            return [torch.randn(8, 16, 1024, 64) for _ in range(3)]
        def get_init_inputs():
            return []
    """, False),
}


QUICK_OPS = ("layer_norm", "softmax", "linear_epilogue")
BENCH = {"warmup": 25, "rep": 200}  # do_bench ms per measurement; --quick shortens it


def bench_ms(fn) -> float:
    return float(triton.testing.do_bench(fn, warmup=BENCH["warmup"], rep=BENCH["rep"], return_mode="median"))


def host_ms(fn) -> float:
    def synced():
        fn()
        torch.cuda.synchronize()

    return bench_ms(synced)


def copy_bandwidth_gbs() -> float:
    src = torch.empty(1 << 28, dtype=torch.float32, device="cuda")  # 1 GiB
    dst = torch.empty_like(src)
    ms = bench_ms(lambda: dst.copy_(src))
    return 2 * src.nbytes / ms / 1e6


def _nbytes(values) -> int:
    if isinstance(values, torch.Tensor):
        return values.nbytes
    return sum(_nbytes(v) for v in values if isinstance(v, (torch.Tensor, tuple, list)))


def _max_diff(a, b) -> float:
    if isinstance(a, torch.Tensor):
        return float((a.float() - b.float()).abs().max())
    return max(_max_diff(x, y) for x, y in zip(a, b))


def _close(a, b, atol: float, rtol: float) -> bool:
    if isinstance(a, torch.Tensor):
        return a.shape == b.shape and a.dtype == b.dtype and torch.allclose(a.float(), b.float(), atol=atol, rtol=rtol)
    return all(_close(x, y, atol, rtol) for x, y in zip(a, b))


def _loaded(problem: Problem, recipe: Recipe, fuse):
    pg = trace_problem(problem)
    built = build(pg, recipe, fuse)
    problem_module = load_source_module(problem.source)
    reference = build_reference(problem_module, 0, "cuda")
    candidate = build_candidate(load_source_module(built.source, "pike_bench"), problem_module, reference, 0, "cuda")
    return built, problem_module, reference, candidate


def run_op(name: str, source: str, memory_bound: bool, fuse, copy_gbs: float, inductor: bool) -> dict:
    problem = Problem(name, _HEADER + textwrap.dedent(source))
    built, problem_module, reference, candidate = _loaded(problem, Recipe(triton=True), fuse)
    inputs = seeded_inputs(problem_module, 1, "cuda")
    with torch.no_grad():
        expected, got = reference(*inputs), candidate(*inputs)
        runner = candidate._pk_runner  # derived weights (or the lean path's weight tables) are ready after the first call
        row = {
            "op": name,
            "kernels": [getattr(k, "name", str(k)) for k in built.kernels],
            "max_abs_diff": _max_diff(expected, got),
            "eager_ms": bench_ms(lambda: reference(*inputs)),
            "pike_ms": bench_ms(lambda: candidate(*inputs)),
            "kernel_ms": bench_ms(lambda: runner._graph_body(inputs)),
        }
        if inductor:
            compiled = torch.compile(reference)
            compiled(*inputs)
            row["inductor_ms"] = bench_ms(lambda: compiled(*inputs))
    if memory_bound:
        traffic = _nbytes(runner._graph_args(inputs)) + _nbytes(expected)  # the inputs and weights it reads
        row["kernel_gbs"] = traffic / row["kernel_ms"] / 1e6
        row["pct_of_copy"] = 100 * row["kernel_gbs"] / copy_gbs
        if "inductor_ms" in row:
            row["inductor_gbs"] = traffic / row["inductor_ms"] / 1e6
    return row


def run_model(path: str, options: PikeOptions, inductor: bool, rec: Recorder) -> None:
    """Every idea the agent lists for the model, built and timed (no search: each idea alone),
    each row recorded as it is measured."""
    problem = load_problem_file(path)
    agent = OfflineAgent(options)
    tolerance = options.tolerance
    problem_module = load_source_module(problem.source)
    reference = build_reference(problem_module, 0, "cuda")
    inputs = seeded_inputs(problem_module, 1, "cuda")
    with torch.no_grad():
        expected = reference(*inputs)
        eager = host_ms(lambda: reference(*inputs))
    _add_model_row(rec, {"model": problem.name, "kind": "eager", "ms": eager, "speedup": 1.0, "ok": True})
    if inductor:
        for mode in ("default", "reduce-overhead"):
            compiled = torch.compile(reference, mode=mode)
            with torch.no_grad():
                compiled(*inputs)
                ms = host_ms(lambda: compiled(*inputs))
            _add_model_row(rec, {"model": problem.name, "kind": f"torch.compile {mode}", "ms": ms,
                                 "speedup": eager / ms, "ok": True})
    for idea in agent.brainstorm(problem, max_ideas=12):
        if rec.expired():
            rec.skip(f"{problem.name}: {idea.kind}")
            continue
        _add_model_row(rec, _run_idea(agent, problem, idea, problem_module, reference, inputs, expected, eager, tolerance))


def _add_model_row(rec: Recorder, row: dict) -> None:
    rec.add("models", row, _model_line(row))


def _run_idea(agent, problem, idea, problem_module, reference, inputs, expected, eager: float, tolerance) -> dict:
    proposal = agent.optimize(OptimizeRequest(problem, None, idea=idea))
    row = {"model": problem.name, "kind": proposal.kind or idea.kind}
    if proposal.source is None:
        return {**row, "ok": False, "error": proposal.error}
    try:
        module = load_source_module(proposal.source, "pike_bench")
        candidate = build_candidate(module, problem_module, reference, 0, "cuda")
        with torch.no_grad():
            got = candidate(*inputs)
            ok = _close(got, expected, tolerance.atol, tolerance.rtol)
            ms = host_ms(lambda: candidate(*inputs))
        return {**row, "ms": ms, "speedup": eager / ms, "ok": bool(ok), "max_abs_diff": _max_diff(expected, got)}
    except Exception as error:  # a failing idea is a result too: the EFA would get this error
        return {**row, "ok": False, "error": f"{type(error).__name__}: {str(error)[:200]}"}
    finally:
        torch.cuda.empty_cache()


OPS_HEADER = f"{'op':<16}{'eager ms':>10}{'inductor':>10}{'pike':>10}{'kernel':>10}{'GB/s':>9}{'% copy':>8}{'max diff':>11}"
MODELS_HEADER = f"{'model':<28}{'kind':<58}{'ms':>9}{'speedup':>9}  ok"


def _op_line(r: dict) -> str:
    if "error" in r:
        return f"{r['op']:<16} failed: {r['error']}"
    return (f"{r['op']:<16}{r['eager_ms']:>10.4f}{r.get('inductor_ms', float('nan')):>10.4f}{r['pike_ms']:>10.4f}"
            f"{r['kernel_ms']:>10.4f}{r.get('kernel_gbs', float('nan')):>9.0f}{r.get('pct_of_copy', float('nan')):>8.1f}"
            f"{r['max_abs_diff']:>11.2e}")


def _model_line(r: dict) -> str:
    ms = f"{r['ms']:>9.3f}" if "ms" in r else f"{'-':>9}"
    speedup = f"{r['speedup']:>9.2f}" if "speedup" in r else f"{'-':>9}"
    return f"{r['model'][:27]:<28}{r['kind'][:57]:<58}{ms}{speedup}  {r['ok']}" + (f"  {r['error']}" if "error" in r else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="three ops, shorter do_bench runs: well under a minute")
    parser.add_argument("--ops", help="comma-separated subset of: " + ", ".join(OPS) + " (default all; --quick: "
                        + ", ".join(QUICK_OPS) + ")")
    parser.add_argument("--models", nargs="*", default=[], help="KernelBench problem files to run every idea on")
    parser.add_argument("--precision", default="bf16", choices=("strict", "tf32", "bf16"), help="tolerance for --models")
    parser.add_argument("--no-inductor", action="store_true", help="skip the torch.compile baselines")
    add_max_time(parser)
    args = parser.parse_args(argv)
    if not torch.cuda.is_available():
        print("offline_ops.py needs a CUDA GPU", file=sys.stderr)
        return 2
    fuse = codegen_fuser(interpreter_safe=False)
    spec = args.ops or (",".join(QUICK_OPS) if args.quick else "all")
    names = list(OPS) if spec == "all" else [n.strip() for n in spec.split(",") if n.strip()]
    unknown = [n for n in names if n not in OPS]
    if unknown:
        print(f"unknown op {unknown[0]!r}; choose from {', '.join(OPS)}", file=sys.stderr)
        return 2
    if args.quick:
        BENCH.update(warmup=10, rep=50)
    copy_gbs = copy_bandwidth_gbs()
    rec = Recorder("offline_ops", args.max_time, {
        "device": torch.cuda.get_device_name(), "torch": torch.__version__, "triton": triton.__version__,
        "copy_gbs": copy_gbs, "codegen": fuse is not None, "do_bench_ms": dict(BENCH)})
    print(f"copy bandwidth (read+write): {copy_gbs:.0f} GB/s\n{OPS_HEADER}", flush=True)
    for name in names if fuse is not None else []:
        if rec.expired():
            rec.skip(name)
            continue
        try:
            row = run_op(name, *OPS[name], fuse, copy_gbs, not args.no_inductor)
        except Exception as error:  # one op failing must not hide the others' numbers
            row = {"op": name, "error": f"{type(error).__name__}: {str(error)[:300]}"}
        rec.add("ops", row, _op_line(row))
        torch.cuda.empty_cache()
    options = PikeOptions(precision=args.precision)
    if args.models:
        print(f"\n{MODELS_HEADER}", flush=True)
    for path in args.models:
        if rec.expired():
            rec.skip(path)
            continue
        run_model(path, options, not args.no_inductor, rec)
    print(f"\ncopy bandwidth (read+write): {copy_gbs:.0f} GB/s\n{OPS_HEADER}")
    for row in rec.data.get("ops", []):
        print(_op_line(row))
    if rec.data.get("models"):
        print(f"\n{MODELS_HEADER}")
        for row in rec.data["models"]:
            print(_model_line(row))
    rec.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
