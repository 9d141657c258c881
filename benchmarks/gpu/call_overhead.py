"""Where one task's host-inclusive time goes through pike, on one GPU:

    python benchmarks/gpu/call_overhead.py benchmarks/level3/35_mamba2_chunked_scan_output.py [--protocol paper] [--profile N]

Times each of these as ``pike bench`` times a system (``bench.measure.time_call``: synchronized at
both ends of the call, L2 flushed, median): a no-op (the timing's own floor), eager,
``torch.compile`` with an identity backend (Dynamo's frame and guards around eager kernels),
``torch.compile(backend="pike")`` in cache-only mode with the protocol's options (the local store
or the shipped kernels_cache), the Solution that backend loaded, called directly (the runner:
replay and output clone), and ``reduce-overhead``. The gaps between them say where a
launch-bound row's time goes. A second column gives the host's own time a call, with calls queued
back to back and no synchronize (the GPU's time instead where it cannot keep up). ``--profile N``:
cProfile of N calls through pike, the top functions by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))
import pike_backend.backend as backend  # noqa: E402
from pike_backend.bench.measure import TimingConfig, time_call  # noqa: E402
from pike_backend.bench.protocols import get_protocol, pike_options  # noqa: E402
from pike_backend.problem import init_inputs, load_problem_file, load_source_module  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task")
    parser.add_argument("--protocol", default="paper", choices=["paper", "strict"])
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--device", default="cuda", help="cpu: a smoke run (host timings, not what a GPU shows)")
    args = parser.parse_args()
    if args.device == "cuda" and not torch.cuda.is_available():
        sys.exit("call_overhead.py times host-inclusive GPU calls: run it on a machine with a GPU (or --device cpu)")
    device = args.device

    problem = load_problem_file(args.task)
    module = load_source_module(problem.source)
    torch.manual_seed(0)
    model = module.Model(*init_inputs(module)).to(device).eval()
    inputs = [x.to(device) if isinstance(x, torch.Tensor) else x for x in module.get_inputs()]
    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)

    loaded = []  # the Solutions the backend loads (one per subgraph)
    original_load = backend._load

    def recording_load(source, sg, sub_report, label):
        solution, label = original_load(source, sg, sub_report, label)
        if solution is not None:
            loaded.append((solution, sg))
        return solution, label

    backend._load = recording_load
    identity = torch.compile(model, backend=lambda gm, example: gm.forward)
    pike = torch.compile(model, backend="pike", options=pike_options(get_protocol(args.protocol), "cache-only"))
    reduce_overhead = torch.compile(model, mode="reduce-overhead")
    systems = {
        "no-op (timing floor)": lambda: None,
        "eager": lambda: model(*inputs),
        "torch.compile, identity backend": lambda: identity(*inputs),
        "torch.compile, pike cache-only": lambda: pike(*inputs),
        "torch.compile reduce-overhead": lambda: reduce_overhead(*inputs),
    }

    def timed(call) -> tuple[float, float]:
        for _ in range(3):  # compile, capture, warm
            call()
        sync()
        return time_call(call, device, TimingConfig()).ms * 1e3, host_only(call)

    def host_only(call, calls: int = 300) -> float:
        """Host time a call, calls queued back to back: where the GPU keeps up, what the host spends."""
        sync()
        start = time.perf_counter()
        for _ in range(calls):
            call()
        host = time.perf_counter() - start
        sync()
        return host / calls * 1e6

    rows = []
    events_before = len(backend.compile_events())
    with torch.no_grad():
        for name, call in systems.items():
            rows.append((name, timed(call)))
        print("pike:", [(e["problem_name"], e["origin"], e["outcome"]) for e in backend.compile_events()[events_before:]])
        if args.profile:  # before the direct calls, which may be on other tensors (the runner then captures on them)
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(args.profile):
                pike(*inputs)
            sync()
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        if len(loaded) == 1:  # the whole graph as one Solution: call it as the stitched graph does
            solution, sg = loaded[0]
            # the subgraph's own example inputs: the caller's tensors where the graph passes them
            # on as they are (copies where it writes into them or computes them)
            data = [sg.example_inputs[i] for i in range(len(sg.example_inputs)) if i not in sg.state]
            rows.append(("pike's Solution, called directly", timed(lambda: solution(*data))))
    where = torch.cuda.get_device_name() if device == "cuda" else "CPU: host timings only"
    print(f"\n{problem.name} ({where}, protocol {args.protocol})")
    print(f"{'':40s} {'timed':>9s}    {'host only':>9s}")
    for name, (us, host_us) in rows:
        print(f"{name:40s} {us:9.1f} us {host_us:9.1f} us")
    return 0


if __name__ == "__main__":
    sys.exit(main())
