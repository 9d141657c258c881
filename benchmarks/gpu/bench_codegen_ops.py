"""Single fused ops from the offline code generator against eager and inductor on one GPU.

    python benchmarks/gpu/bench_codegen_ops.py [--quick]

For each case: eager, inductor (torch.compile default) and pike's generated kernels (default
settings, then a small tuning pass over the kernel knobs; the best is reported), the max error
against eager, and for memory-bound cases the achieved bandwidth (bytes read + written / time)
as a fraction of the measured copy bandwidth (a large ``clone``, read + write). Prints a table at
the end and writes JSON to $OUT/bench_codegen_ops.json when OUT is set.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys

import torch
import torch.fx as fx
import torch.nn.functional as F
from triton.testing import do_bench

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))
from pike_backend.offline.codegen import fuse_graph  # noqa: E402


def copy_bandwidth() -> float:
    x = torch.empty(1 << 28, dtype=torch.uint8, device="cuda")  # 256 MiB
    ms = do_bench(lambda: x.clone(), warmup=25, rep=200)
    return 2 * x.numel() / (ms * 1e-3)


def layer_norm(x, w, b):
    return F.layer_norm(x, (x.shape[-1],), w, b, 1e-5)


def rms_norm(x, w):
    return F.rms_norm(x, (x.shape[-1],), w, 1e-6)


def softmax(x):
    return torch.softmax(x, dim=-1)


def gelu_chain(x, y):
    return F.gelu(x * 0.5 + y) * torch.sigmoid(y)


def linear_epilogue(x, w, b, res):
    return F.gelu(F.linear(x, w, b)) + res


def attention(q, k, v):
    s = torch.matmul(q, k.transpose(-2, -1)) * (1.0 / math.sqrt(q.shape[-1]))
    return torch.softmax(s, dim=-1) @ v


def cases(quick: bool):
    dev = "cuda"
    rows = 4096 if quick else 8192
    for dtype in (torch.bfloat16, torch.float32):
        for n in (1024, 4096, 16384):
            x = torch.randn(rows * 4096 // n * 2, n, device=dev, dtype=dtype)
            w = torch.randn(n, device=dev, dtype=dtype)
            b = torch.randn(n, device=dev, dtype=dtype)
            io = 2 * x.numel() * x.element_size()
            yield f"layer_norm {tuple(x.shape)}", layer_norm, [x, w, b], io
            yield f"rms_norm {tuple(x.shape)}", rms_norm, [x, w], io
            yield f"softmax {tuple(x.shape)}", softmax, [x], io
        x = torch.randn(rows, 8192, device=dev, dtype=dtype)
        y = torch.randn(8192, device=dev, dtype=dtype)
        yield f"gelu_chain {tuple(x.shape)}", gelu_chain, [x, y], 2 * x.numel() * x.element_size()
    for dtype in (torch.bfloat16, torch.float16):
        m, k, n = (2048, 2048, 2048) if quick else (4096, 4096, 4096)
        x = torch.randn(m, k, device=dev, dtype=dtype)
        w = torch.randn(n, k, device=dev, dtype=dtype) / math.sqrt(k)
        b = torch.randn(n, device=dev, dtype=dtype)
        res = torch.randn(m, n, device=dev, dtype=dtype)
        yield f"linear+gelu+res {m}x{k}x{n}", linear_epilogue, [x, w, b, res], None
        q, kk, v = (torch.randn(8, 16, 1024, 64, device=dev, dtype=dtype) for _ in range(3))
        yield "attention 8x16x1024x64", attention, [q, kk, v], None


def bench_program(gm, inputs, tuning):
    prog = fuse_graph(gm, inputs, tuning=tuning, allow_tf32=False)
    fn = prog.load(gm)
    fn(*inputs)
    torch.cuda.synchronize()
    return prog, fn, do_bench(lambda: fn(*inputs), warmup=10, rep=50)


def tune(gm, inputs, budget: int = 24):
    """Default settings, then one knob at a time (coordinate descent), keeping improvements."""
    prog, fn, best = bench_program(gm, inputs, {})
    tuning: dict = {}
    # GEMM impl and attention impl first: they change which kernels exist
    for knob in sorted(prog.tunables, key=lambda k: (not k.endswith(".impl"), k)):
        for value in prog.tunables[knob]:
            if budget <= 0 or tuning.get(knob) == value:
                continue
            budget -= 1
            trial = dict(tuning, **{knob: value})
            try:
                p2, f2, ms = bench_program(gm, inputs, trial)
            except Exception as error:  # noqa: BLE001 - a failing setting is just not taken
                print(f"  {knob}={value}: {type(error).__name__}: {str(error)[:80]}")
                continue
            if ms < best:
                prog, fn, best, tuning = p2, f2, ms, trial
    return prog, fn, best, tuning


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    assert torch.cuda.is_available(), "needs a CUDA GPU"
    copy_bw = copy_bandwidth()
    print(f"{torch.cuda.get_device_name()}: copy bandwidth {copy_bw / 1e12:.2f} TB/s (read + write)")
    results = []
    for name, fn, inputs, io_bytes in cases(args.quick):
        gm = fx.symbolic_trace(fn)
        with torch.no_grad():
            ref = fn(*inputs)
            eager_ms = do_bench(lambda: fn(*inputs), warmup=10, rep=50)
            compiled = torch.compile(fn)
            compiled(*inputs)
            inductor_ms = do_bench(lambda: compiled(*inputs), warmup=10, rep=50)
            try:
                prog, ours, ours_ms, tuning = tune(gm, inputs)
                err = (ours(*inputs).float() - ref.float()).abs().max().item()
                kernels = [k for k, _ in prog.kernels]
            except Exception as error:  # noqa: BLE001 - report and go on with the next case
                print(f"{name}: generator failed: {type(error).__name__}: {error}")
                ours_ms, err, tuning, kernels = float("nan"), float("nan"), {}, []
        row = {
            "case": name, "dtype": str(inputs[0].dtype).split(".")[-1], "eager_ms": eager_ms,
            "inductor_ms": inductor_ms, "pike_ms": ours_ms, "max_abs_err": err,
            "speedup_vs_eager": eager_ms / ours_ms, "speedup_vs_inductor": inductor_ms / ours_ms,
            "bandwidth_frac": (io_bytes / (ours_ms * 1e-3)) / copy_bw if io_bytes else None,
            "inductor_bandwidth_frac": (io_bytes / (inductor_ms * 1e-3)) / copy_bw if io_bytes else None,
            "tuning": tuning, "kernels": kernels,
        }
        results.append(row)
        print(json.dumps({k: row[k] for k in ("case", "dtype", "pike_ms", "inductor_ms", "bandwidth_frac")}))
        torch.cuda.empty_cache()

    print(f"\n{'case':34} {'dtype':9} {'eager':>8} {'induct':>8} {'pike':>8} {'x eager':>8} {'x induct':>8} "
          f"{'BW%':>6} {'ind BW%':>7} {'max err':>9}")
    for r in results:
        bw = f"{100 * r['bandwidth_frac']:.0f}" if r["bandwidth_frac"] else "-"
        ibw = f"{100 * r['inductor_bandwidth_frac']:.0f}" if r["inductor_bandwidth_frac"] else "-"
        print(f"{r['case']:34} {r['dtype']:9} {r['eager_ms']:8.3f} {r['inductor_ms']:8.3f} {r['pike_ms']:8.3f} "
              f"{r['speedup_vs_eager']:8.2f} {r['speedup_vs_inductor']:8.2f} {bw:>6} {ibw:>7} {r['max_abs_err']:9.2e}")
    out = os.environ.get("OUT")
    if out:
        with open(os.path.join(out, "bench_codegen_ops.json"), "w") as fh:
            json.dump({"gpu": torch.cuda.get_device_name(), "torch": torch.__version__,
                       "copy_bandwidth_Bps": copy_bw, "results": results}, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
