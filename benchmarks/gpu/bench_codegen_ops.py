"""Single fused ops from the offline code generator against eager and inductor on one GPU.

    python benchmarks/gpu/bench_codegen_ops.py [--quick] [--max-time S] [--tuning N] [--no-inductor]

For each case: eager, inductor (torch.compile default) and pike's generated kernels (default
settings, then a small tuning pass over the kernel knobs; the best is reported), the max error
against eager, and for memory-bound cases the achieved bandwidth (bytes read + written / time)
as a fraction of the measured copy bandwidth (a large ``clone``, read + write). Each case's row is
printed when measured and ``$OUT/bench_codegen_ops.json`` is rewritten after it; the table again at
the end. The cost is compiles: one inductor compile and 1 + ``--tuning`` Triton compiles per case.
``--quick`` (about 40 s on an H100): four bf16 cases (layer_norm, softmax, gelu chain, linear with
a fused epilogue), two tuning trials each, shorter do_bench runs.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time

import torch
import torch.fx as fx
import torch.nn.functional as F
from triton.testing import do_bench

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))
from pike_backend.offline.codegen import fuse_graph  # noqa: E402
from recorder import Recorder, add_max_time  # noqa: E402

BENCH = {"warmup": 10, "rep": 50}  # do_bench ms per measurement; --quick halves the repetitions


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
    """Full: bf16 and fp32 norms/softmax at three widths, the gelu chain, bf16/fp16 GEMM with an
    epilogue and attention, and Mamba-2's SSD scan. Quick: one width, bf16, no attention or scan
    (their impl choices cost compiles)."""
    dev = "cuda"
    rows = 4096 if quick else 8192
    for dtype in (torch.bfloat16,) if quick else (torch.bfloat16, torch.float32):
        for n in (4096,) if quick else (1024, 4096, 16384):
            x = torch.randn(rows * 4096 // n * 2, n, device=dev, dtype=dtype)
            w = torch.randn(n, device=dev, dtype=dtype)
            b = torch.randn(n, device=dev, dtype=dtype)
            io = 2 * x.numel() * x.element_size()
            yield f"layer_norm {tuple(x.shape)}", layer_norm, [x, w, b], io
            if not quick:
                yield f"rms_norm {tuple(x.shape)}", rms_norm, [x, w], io
            yield f"softmax {tuple(x.shape)}", softmax, [x], io
        x = torch.randn(rows, 8192, device=dev, dtype=dtype)
        y = torch.randn(8192, device=dev, dtype=dtype)
        yield f"gelu_chain {tuple(x.shape)}", gelu_chain, [x, y], 2 * x.numel() * x.element_size()
    for dtype in (torch.bfloat16,) if quick else (torch.bfloat16, torch.float16):
        m, k, n = (2048, 2048, 2048) if quick else (4096, 4096, 4096)
        x = torch.randn(m, k, device=dev, dtype=dtype)
        w = torch.randn(n, k, device=dev, dtype=dtype) / math.sqrt(k)
        b = torch.randn(n, device=dev, dtype=dtype)
        res = torch.randn(m, n, device=dev, dtype=dtype)
        yield f"linear+gelu+res {m}x{k}x{n}", linear_epilogue, [x, w, b, res], None
        if not quick:
            q, kk, v = (torch.randn(8, 16, 1024, 64, device=dev, dtype=dtype) for _ in range(3))
            yield "attention 8x16x1024x64", attention, [q, kk, v], None
    if not quick:  # Mamba-2's chunked SSD scan at the level-3 task's sizes, fp32 (its tests' module)
        sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tests"))
        from test_codegen_ssd import SSD, ssd_inputs

        for returns in ("y", "final"):
            yield (f"ssd_scan {returns} 8x256x8x64 n16", SSD(8, 256, 8, 64, 16, 64, returns),
                   [t.to(dev) for t in ssd_inputs(8, 256, 8, 64, 16)], None)


def bench_ms(fn) -> float:
    return do_bench(fn, warmup=BENCH["warmup"], rep=BENCH["rep"])


def bench_program(gm, inputs, tuning):
    prog = fuse_graph(gm, inputs, tuning=tuning, allow_tf32=False)
    fn = prog.load(gm)
    fn(*inputs)
    torch.cuda.synchronize()
    return prog, fn, bench_ms(lambda: fn(*inputs))


def tune(gm, inputs, budget: int, deadline: float):
    """Default settings, then one knob at a time (coordinate descent), keeping improvements, until
    ``budget`` trials are spent or the monotonic ``deadline`` has passed."""
    prog, fn, best = bench_program(gm, inputs, {})
    tuning: dict = {}
    # GEMM impl and attention impl first: they change which kernels exist
    for knob in sorted(prog.tunables, key=lambda k: (not k.endswith(".impl"), k)):
        for value in prog.tunables[knob]:
            if budget <= 0 or time.monotonic() >= deadline or tuning.get(knob) == value:
                continue
            budget -= 1
            trial = dict(tuning, **{knob: value})
            try:
                p2, f2, ms = bench_program(gm, inputs, trial)
            except Exception as error:  # noqa: BLE001 - a failing setting is just not taken
                print(f"  {knob}={value}: {type(error).__name__}: {str(error)[:80]}", flush=True)
                continue
            if ms < best:
                prog, fn, best, tuning = p2, f2, ms, trial
    return prog, fn, best, tuning


def run_case(name, fn, inputs, io_bytes, copy_bw, tuning_budget: int, inductor: bool, deadline: float) -> dict:
    gm = fx.symbolic_trace(fn)
    gm.graph.eliminate_dead_code()  # every case is pure: values it drops (the scan's Y for its final state) go
    gm.recompile()
    with torch.no_grad():
        ref = fn(*inputs)
        eager_ms = bench_ms(lambda: fn(*inputs))
        inductor_ms = float("nan")
        if inductor:
            compiled = torch.compile(fn, dynamic=False)  # one static compile per shape, as pike specializes
            compiled(*inputs)
            inductor_ms = bench_ms(lambda: compiled(*inputs))
        try:
            prog, ours, ours_ms, tuning = tune(gm, inputs, tuning_budget, deadline)
            err = (ours(*inputs).float() - ref.float()).abs().max().item()
            kernels = [k for k, _ in prog.kernels]
        except Exception as error:  # noqa: BLE001 - report and go on with the next case
            print(f"{name}: generator failed: {type(error).__name__}: {error}", flush=True)
            ours_ms, err, tuning, kernels = float("nan"), float("nan"), {}, []
    return {
        "case": name, "dtype": str(inputs[0].dtype).split(".")[-1], "eager_ms": eager_ms,
        "inductor_ms": inductor_ms, "pike_ms": ours_ms, "max_abs_err": err,
        "speedup_vs_eager": eager_ms / ours_ms, "speedup_vs_inductor": inductor_ms / ours_ms,
        "bandwidth_frac": (io_bytes / (ours_ms * 1e-3)) / copy_bw if io_bytes else None,
        "inductor_bandwidth_frac": (io_bytes / (inductor_ms * 1e-3)) / copy_bw if io_bytes else None,
        "tuning": tuning, "kernels": kernels,
    }


HEADER = (f"{'case':34} {'dtype':9} {'eager':>8} {'induct':>8} {'pike':>8} {'x eager':>8} {'x induct':>8} "
          f"{'BW%':>6} {'ind BW%':>7} {'max err':>9}")


def row_line(r: dict) -> str:
    def pct(frac):
        return f"{100 * frac:.0f}" if frac and frac == frac else "-"

    return (f"{r['case']:34} {r['dtype']:9} {r['eager_ms']:8.3f} {r['inductor_ms']:8.3f} {r['pike_ms']:8.3f} "
            f"{r['speedup_vs_eager']:8.2f} {r['speedup_vs_inductor']:8.2f} {pct(r['bandwidth_frac']):>6} "
            f"{pct(r['inductor_bandwidth_frac']):>7} {r['max_abs_err']:9.2e}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="four bf16 cases, two tuning trials: about 40 s on an H100")
    parser.add_argument("--tuning", type=int, help="tuning trials per case after the default (default 24, 2 with --quick)")
    parser.add_argument("--no-inductor", action="store_true", help="skip the torch.compile baseline (its compile per case)")
    add_max_time(parser)
    args = parser.parse_args()
    if not torch.cuda.is_available():
        print("bench_codegen_ops.py needs a CUDA GPU", file=sys.stderr)
        return 2
    tuning_budget = args.tuning if args.tuning is not None else (2 if args.quick else 24)
    if args.quick:
        BENCH["rep"] = 25
    copy_bw = copy_bandwidth()
    rec = Recorder("bench_codegen_ops", args.max_time, {
        "gpu": torch.cuda.get_device_name(), "torch": torch.__version__, "copy_bandwidth_Bps": copy_bw,
        "quick": args.quick, "tuning_trials": tuning_budget, "do_bench_ms": dict(BENCH)})
    print(f"{torch.cuda.get_device_name()}: copy bandwidth {copy_bw / 1e12:.2f} TB/s (read + write)", flush=True)
    print(HEADER, flush=True)
    results = []
    for name, fn, inputs, io_bytes in cases(args.quick):
        if rec.expired():
            rec.skip(name)
            continue
        # tuning stops starting trials once the budget is spent; the default setting always runs
        deadline = time.monotonic() + rec.left()
        results.append(run_case(name, fn, inputs, io_bytes, copy_bw, tuning_budget, not args.no_inductor, deadline))
        rec.add("results", results[-1], row_line(results[-1]))
        del inputs
        torch.cuda.empty_cache()

    print(f"\n{HEADER}")
    for r in results:
        print(row_line(r))
    print(f"{len(results)} cases in {rec.elapsed():.0f} s")
    rec.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
