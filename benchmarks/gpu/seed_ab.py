"""Two offline-agent recipes against each other on level-3 tasks, one GPU, no search:

    python benchmarks/gpu/seed_ab.py inductor-default+cuda-graph+freeze:fp16 \
        inductor-default+cuda-graph+freeze+cudnn-fused:fp16 --tasks 09,10,16 [--protocol paper]

Builds each recipe's Solution for each task (as the agent would propose it), calls it on the
task's inputs with the reference's weights, and times both (``bench.measure.time_call``, the
timing ``pike bench`` uses) over interleaved rounds; prints each one's median ms, the median of the
per-round ratios (A over B: above 1, B is faster) and each one's relative L2 error to eager. What a
new rewrite adds to the seed it builds on, or one of our stacks (``cuda-graph+fp16+triton-fused``)
against a seed, before a whole table is run.

``--a-runtime FILE`` builds A with the runtime text of FILE, an earlier
``pike_backend/offline/runtime.py`` (``git show REV:pike_backend/offline/runtime.py > FILE``): with
the same kind on both sides, what a change to the runtime adds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))
from pike_backend.bench.measure import TimingConfig, time_call  # noqa: E402
from pike_backend.bench.protocols import get_protocol  # noqa: E402
from pike_backend.evaluate.config import set_flags  # noqa: E402
from pike_backend.offline.recipe import recipe_of_kind  # noqa: E402
from pike_backend.offline.solution import build, codegen_fuser, inlined_runtime  # noqa: E402
from pike_backend.offline.trace import trace_problem  # noqa: E402
from pike_backend.problem import build_candidate, build_reference, load_problem_file, load_source_module, seeded_inputs  # noqa: E402

LEVEL3 = Path(__file__).resolve().parents[1] / "level3"


def run_task(path: Path, kinds: list[str], rounds: int, a_runtime: str | None = None) -> str:
    problem = load_problem_file(path)
    graph = trace_problem(problem)
    problem_module = load_source_module(problem.source)
    reference = build_reference(problem_module, 0, "cuda")
    inputs = seeded_inputs(problem_module, 1, "cuda")
    with torch.no_grad():
        expected = reference(*inputs).float()
        systems, notes = [], []
        for i, kind in enumerate(kinds):
            source = build(graph, recipe_of_kind(kind), codegen_fuser(interpreter_safe=False)).source  # our stacks too
            if i == 0 and a_runtime is not None:
                source = source.replace(inlined_runtime(), inlined_runtime(a_runtime))
            module = load_source_module(source, f"seed_ab_{i}")
            candidate = build_candidate(module, problem_module, reference, 0, "cuda")
            start = time.perf_counter()
            got = candidate(*inputs).float()  # compiles and captures
            torch.cuda.synchronize()
            error = ((got - expected).norm() / expected.norm()).item()
            notes.append(f"err {error:.0e}, first call {time.perf_counter() - start:.0f} s")
            systems.append(candidate)
        times = [[] for _ in kinds]
        for _ in range(rounds):
            for i, candidate in enumerate(systems):
                times[i].append(time_call(lambda: candidate(*inputs), "cuda", TimingConfig()).ms)
    ratio = statistics.median(a / b for a, b in zip(times[0], times[1]))
    cells = [f"{statistics.median(t):.3f} ms ({note})" for t, note in zip(times, notes)]
    return f"| {path.stem} | {cells[0]} | {cells[1]} | {ratio:.2f}x |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", help="recipe kind A (the baseline), e.g. inductor-default+cuda-graph+freeze:fp16")
    parser.add_argument("b", help="recipe kind B")
    parser.add_argument("--tasks", required=True, help="level-3 task numbers, e.g. 09,10,16")
    parser.add_argument("--protocol", default="paper", help="sets the TF32 flags as the benchmark does (strict: off)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--a-runtime", metavar="FILE", help="build A with this runtime.py (an earlier one) in place of ours")
    args = parser.parse_args()
    a_runtime = Path(args.a_runtime).read_text() if args.a_runtime else None
    if not torch.cuda.is_available():
        sys.exit("seed_ab.py: no CUDA device; run it on a GPU machine")
    protocol = get_protocol(args.protocol)
    set_flags("highest" if protocol.precision == "strict" else "high", protocol.precision != "strict")
    print(f"{torch.cuda.get_device_name()}, torch {torch.__version__}, protocol {protocol.name}")
    print(f"| task | {args.a} | {args.b} | A / B |\n| --- | --- | --- | --- |")
    for number in args.tasks.split(","):
        path = next(LEVEL3.glob(f"{number}_*.py"), None)
        if path is None:
            sys.exit(f"seed_ab.py: no level-3 task {number!r}; use the numbers of benchmarks/level3/")
        print(run_task(path, [args.a, args.b], args.rounds, a_runtime), flush=True)


if __name__ == "__main__":
    main()
