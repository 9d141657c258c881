"""Per-call dispatch overhead of pike's stitched graph against eager.

A model with N blocks, each a subgraph (linear + GELU + residual) separated by an op pike leaves
to the fallback (argsort), is compiled with pike in cache-only mode after every subgraph's cache
entry is set to a torch solution that does the same work as the subgraph. The stitched graph then
runs the same kernels as eager, so the difference per call, divided by N, is what pike adds per
subgraph (the guard, the call through the stitched graph). That difference of two totals is noisy on
a busy host, so the runner's own cost is also measured directly: each runner called on its real
arguments against its solution called on the same data. Run on CPU or on a GPU:

    python benchmarks/dispatch_overhead.py [--blocks 24] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import timeit

import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Linear(dim, dim)

    def forward(self, x):
        y = x + torch.nn.functional.gelu(self.fc(x))
        # argsort is glue pike leaves to the fallback: it ends one subgraph and starts the next
        return y + torch.argsort(y, dim=-1)[..., :1].to(y.dtype) * 0.0


class Deep(nn.Module):
    def __init__(self, blocks, dim):
        super().__init__()
        self.blocks = nn.ModuleList(Block(dim) for _ in range(blocks))

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return x


def per_call_us(fn, x, device, repeats=7, calls=200):
    """Median over ``repeats`` of the mean host-inclusive time of ``calls`` calls."""
    samples = []
    with torch.no_grad():
        for _ in range(20):
            fn(x)
        for _ in range(repeats):
            if device == "cuda":
                torch.cuda.synchronize()
            start = time.perf_counter()
            for _ in range(calls):
                fn(x)
            if device == "cuda":
                torch.cuda.synchronize()
            samples.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(samples)


def runner_overhead_us(compiled, x, calls=2000):
    """Per-runner cost measured directly: each subgraph runner called on its real arguments, against
    its solution called on the same data (immune to the noise of whole-model differences)."""
    from pike_backend.graph.stitch import PikeSubgraph

    seen = {}
    original = PikeSubgraph.__call__

    def spy(self, *args):
        seen.setdefault(id(self), (self, args))
        return original(self, *args)

    PikeSubgraph.__call__ = spy
    try:
        with torch.no_grad():
            compiled(x)
    finally:
        PikeSubgraph.__call__ = original
    costs = []
    with torch.no_grad():
        for runner, args in seen.values():
            if not runner.active:
                continue
            data = [args[i] for i in runner._data]
            solution = runner._solution
            for fn in (lambda: runner(*args), lambda: solution(*data)):  # warm both
                fn()
            full = min(timeit.repeat(lambda: runner(*args), number=calls, repeat=5)) / calls
            bare = min(timeit.repeat(lambda: solution(*data), number=calls, repeat=5)) / calls
            costs.append((full - bare) * 1e6)
    return statistics.median(costs) if costs else float("nan")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blocks", type=int, default=24)
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    os.environ.setdefault("PIKE_CACHE_DIR", tempfile.mkdtemp(prefix="pike-dispatch-"))
    import pike_backend
    from pike_backend.cache import CacheEntry, KernelCache
    from pike_backend.options import PikeOptions

    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.manual_seed(0)
    model = Deep(args.blocks, args.dim).to(device).eval()
    x = torch.randn(8, args.dim, device=device)
    subgraphs = {"granularity": "subgraph"}  # a dispatch per subgraph is what is measured
    report = pike_backend.explain(model, x, options=subgraphs)
    cache = KernelCache.from_options(PikeOptions.from_sources({}))
    for sub in report.subgraphs:  # the solution is the subgraph's own torch code
        source = sub.problem.source + "\n\nclass ModelNew(Model):\n    pass\n"
        cache.store(CacheEntry.create(sub.key, source, problem_name=sub.problem.name, winner_kind="torch-identity"))
    torch._dynamo.reset()
    stitched = torch.compile(model, backend="pike", options={"mode": "cache-only", **subgraphs})
    eager_graph = torch.compile(model, backend="eager")
    with torch.no_grad():
        torch.testing.assert_close(stitched(x), model(x))
        eager_graph(x)
    hits = sum(e["outcome"] == "hit" for e in pike_backend.backend.compile_events())
    eager_us = per_call_us(model, x, device)
    dynamo_eager_us = per_call_us(eager_graph, x, device)
    pike_us = per_call_us(stitched, x, device)
    per_subgraph = (pike_us - dynamo_eager_us) / max(hits, 1)
    runner_us = runner_overhead_us(stitched, x)
    result = {
        "device": torch.cuda.get_device_name() if device == "cuda" else "cpu",
        "subgraphs": len(report.subgraphs), "hits": hits, "eager_us": eager_us,
        "dynamo_eager_backend_us": dynamo_eager_us, "pike_us": pike_us, "overhead_per_subgraph_us": per_subgraph, "runner_overhead_us": runner_us,
    }
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2)
    print(f"device {result['device']}: {hits}/{len(report.subgraphs)} subgraphs served by pike solutions")
    print(f"{'system':<28}{'us/call':>10}")
    print(f"{'eager (no compile)':<28}{eager_us:>10.1f}")
    print(f"{'torch.compile eager backend':<28}{dynamo_eager_us:>10.1f}")
    print(f"{'pike (stitched)':<28}{pike_us:>10.1f}")
    print(f"pike overhead per subgraph over the same kernels: {per_subgraph:.2f} us (from the totals)")
    print(f"runner overhead per subgraph, measured directly: {runner_us:.2f} us (guard, argument selection, call)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
