"""The code generator's GPU-path kernels (``interpreter_safe=False``) compiled for an H100 (sm_90)
on this CPU-only machine.

The CPU tests run kernels under TRITON_INTERPRET=1, which skips Triton's frontend semantic checks
(e.g. a tl.store whose pointer is smaller than its value is an error only in the real compiler)
and never touches the GPU-only code (libdevice, bf16 dots, TF32). Here a subprocess without the
interpreter generates programs for a set of graphs and for whole offline-agent Solutions, runs
them on CPU tensors with every ``kernel[grid](...)`` launch turned into ``kernel.warmup(...)``
(Triton's own binder derives the signature, constexprs and alignment attributes a real launch
would use, then compiles without launching), and a stub driver that names sm_90 as the current
target. Every kernel goes through Triton's whole pipeline: TTIR, TTGIR, LLIR, PTX and, with the
ptxas Triton ships, a cubin.

Run the driver by hand to see every kernel: ``python tests/test_codegen_gpu_compile.py OUT.json``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TARGET = ("cuda", 90, 32)  # an H100: compute capability 9.0, warp size 32
# sm_90's shared memory per block (227 KiB): more fails at load time on the GPU (OutOfResources)
MAX_SHARED = 232448


def _nvidia_backend_error() -> str | None:
    try:
        from triton.backends.nvidia.compiler import CUDABackend  # noqa: F401
    except Exception as error:  # an install without the NVIDIA backend cannot compile for sm_90
        return f"{type(error).__name__}: {error}"
    return None


# ---------------------------------------------------------------------------------------------
# The test (pytest process: runs the driver below in a subprocess without the interpreter)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    error = _nvidia_backend_error()
    if error is not None:
        pytest.skip(f"triton's NVIDIA backend cannot be imported ({error}); nothing can be compiled for sm_90")
    tmp = tmp_path_factory.mktemp("gpu_compile")
    env = {k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET" and not k.startswith("PIKE_")}
    env.update(
        TRITON_CACHE_DIR=str(tmp / "triton"),  # a cold cache: every kernel really compiles
        PIKE_MODULE_DIR=str(tmp / "modules"),
        PIKE_CACHE_DIR=str(tmp / "cache"),
        TRITON_DEFAULT_FP_FUSION="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
    )
    out = tmp / "kernels.json"
    proc = subprocess.run([sys.executable, __file__, str(out)], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=540)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-6000:]
    return json.loads(out.read_text())


def _failures(records: list[dict]) -> str:
    bad = [r for r in records if r["error"]]
    return "\n\n".join(f"{r['case']} / {r['kernel']}: {r['error']}" for r in bad)


def test_every_generated_kernel_compiles_to_a_cubin_for_sm90(compiled):
    graphs = [r for r in compiled["kernels"] if r["group"] == "graph"]
    assert not _failures(graphs), _failures(graphs)
    cases = {r["case"] for r in graphs}
    assert cases == set(compiled["graph_cases"]), "a case launched no kernel"
    assert all(r["stages"][-1] == "cubin" and "ttir" in r["stages"] for r in graphs)
    # the GPU-only paths really were generated, not the interpreter-safe ones
    texts = "\n".join(r["ttir_ops"] for r in graphs)
    assert "tt.dot" in texts and "inputPrecision = tf32" in texts and "bf16" in texts
    assert any(r["kernel"].startswith("pk_attn_") for r in graphs)
    ssd = [r for r in graphs if r["kernel"].startswith("pk_ssd_")]
    assert any("inputPrecision = tf32x3" in r["ttir_ops"] for r in ssd)
    # ieee, tt.dot's default, is written as no inputPrecision at all
    assert any("tt.dot" in r["ttir_ops"] and "inputPrecision" not in r["ttir_ops"] for r in ssd)
    over = [(r["case"], r["kernel"], r["shared"]) for r in graphs if r["default_config"] and r["shared"] > MAX_SHARED]
    assert not over, f"default launch settings need more shared memory than sm_90 has: {over}"


def test_offline_agent_solutions_compile_for_sm90(compiled):
    solutions = [r for r in compiled["kernels"] if r["group"] == "solution"]
    assert not _failures(solutions), _failures(solutions)
    assert {r["case"].split(":")[0] for r in solutions} == {"01_mlp", "09_resnet18", "33_mingpt_block", "35_mamba2_chunked_scan_output"}
    assert set(compiled["solution_cases"]) == {r["case"] for r in solutions}, "a Solution launched no kernel"
    assert all(r["stages"][-1] == "cubin" for r in solutions)
    over = [(r["case"], r["kernel"], r["shared"]) for r in solutions if r["shared"] > MAX_SHARED]
    assert not over, f"Solutions whose kernels need more shared memory than sm_90 has: {over}"


# ---------------------------------------------------------------------------------------------
# The driver (subprocess: TRITON_INTERPRET unset, so @triton.jit gives real JITFunctions)


class _StubDriver:
    """What JITFunction.run asks the active driver for, answered for an H100 that is not here."""

    def get_current_target(self):
        from triton.backends.compiler import GPUTarget

        return GPUTarget(*TARGET)

    def get_current_device(self):
        return 0

    def get_current_stream(self, device=None):
        return 0


class _Launches:
    """Within the block, ``kernel[grid](*args, **meta)`` records the launch instead of running it."""

    def __init__(self):
        self.calls: list[tuple] = []

    def __enter__(self):
        from triton.runtime.jit import JITFunction

        self._run = JITFunction.run
        calls = self.calls

        def record(fn, *args, grid, warmup, **kwargs):
            calls.append((fn, args, grid, kwargs))

        JITFunction.run = record
        return self

    def __exit__(self, *exc):
        from triton.runtime.jit import JITFunction

        JITFunction.run = self._run


def _compile(fn, args, grid, kwargs) -> dict:
    """Compile one recorded launch through Triton's own launch path (warmup: no kernel runs)."""
    started = time.perf_counter()
    record = {"kernel": fn.__name__, "error": "", "stages": [], "shared": 0, "ttir_ops": ""}
    try:
        kernel = fn.warmup(*args, grid=grid, **kwargs)
        record["stages"] = list(kernel.asm)
        record["shared"] = int(kernel.metadata.shared)
        ttir = kernel.asm.get("ttir", "")
        record["ttir_ops"] = "\n".join(line for line in ttir.splitlines() if "tt.dot" in line or "bf16" in line)
    except Exception as error:  # every failure is reported, with the kernel it belongs to
        record["error"] = f"{type(error).__name__}: {error}"[:3000]
    record["seconds"] = round(time.perf_counter() - started, 3)
    return record


def _run_program(fn, inputs) -> list[tuple]:
    import torch

    with _Launches() as launches, torch.no_grad():
        fn(*inputs)
    return launches.calls


# -- graphs ------------------------------------------------------------------------------------


def _graph_cases():
    """(name, module, inputs, fuse_graph kwargs, tuning preset) per case."""
    import math

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class Pointwise(nn.Module):
        def forward(self, x, b, r, xt):
            h = torch.sigmoid(x * b + r) - F.gelu(x, approximate="tanh")
            h = torch.where(h > 0, F.silu(h), torch.exp(h.clamp(max=3.0)) * 0.5)
            return h + xt.transpose(-2, -1), torch.erf(F.softplus(x)) / (b.abs() + 1.0)

    class Reductions(nn.Module):
        def forward(self, x):
            a = x.sum(-1, keepdim=True) + x.amax(-1, keepdim=True) * x
            return a, x.var(1, keepdim=True), torch.logsumexp(x, -1), x.mean(dim=(0, 2))

    class Softmaxes(nn.Module):
        def forward(self, x):
            return torch.softmax(x * 2.0, dim=-1), F.log_softmax(x, dim=-1) + 1.0

    class Norms(nn.Module):
        def __init__(self, c, d):
            super().__init__()
            self.ln, self.rms = nn.LayerNorm(d), nn.RMSNorm(d, eps=1e-6)
            self.gn, self.bn = nn.GroupNorm(2, c), nn.BatchNorm2d(c)

        def forward(self, x, img):
            a = F.relu(self.ln(x * 2.0)) + 1.0
            return a, self.rms(x) * torch.sigmoid(x), F.silu(self.gn(self.bn(img)))

    class Linear(nn.Module):
        def __init__(self, k, n, bias):
            super().__init__()
            self.fc = nn.Linear(k, n, bias=bias)

        def forward(self, x, res):
            return F.gelu(self.fc(x)) * 0.5 + res

    class Matmuls(nn.Module):
        def forward(self, a, b, c, bias):
            return (torch.matmul(a, b) * 0.125).relu(), torch.bmm(a[0], c) + 1.0, torch.addmm(bias, a[0, 0], b)

    class RowEpilogue(nn.Module):  # epilogue operands that vary by row (or batch) only
        def forward(self, a, b, head_scale, row_bias):
            return torch.matmul(a, b) * head_scale, torch.matmul(a[0, 0], b) + row_bias

    class RowShift(nn.Module):
        def forward(self, x, m):
            return torch.softmax(x - m, dim=-1), (x * m).sum(-1)

    class Attention(nn.Module):
        def __init__(self, mode):
            super().__init__()
            self.mode = mode

        def forward(self, q, k, v, mask):
            if self.mode == "sdpa_causal":
                return F.scaled_dot_product_attention(q, k, v, is_causal=True)
            scores = torch.matmul(q, k.transpose(-2, -1)) / math.sqrt(q.shape[-1])
            if self.mode == "fill":
                scores = scores.masked_fill(mask, float("-inf"))
            elif self.mode == "add":
                scores = scores + mask
            return torch.softmax(scores, dim=-1) @ v

    class Concats(nn.Module):  # written in place by the kernels before them; read through by the one after
        def forward(self, x, y):
            into = torch.flip(torch.cat([torch.relu(x) * 2.0, torch.sigmoid(y)], 1), [0])
            mixed = torch.cat([torch.flip(x, [0]), torch.flip(y, [0]).half()], 1)
            return into, (mixed * 3.0 + 1.0).relu()

    class PoolShuffle(nn.Module):  # the pointwise chain moved after the pool, then stored shuffled
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(4, 6, 3, padding=1)

        def forward(self, x):
            y = F.max_pool2d(F.relu(self.conv(x)), 2, 2)
            return y.view(2, 3, 2, 3, 2).transpose(1, 2).reshape(2, 6, 3, 2).half()

    class BnReluPools(nn.Module):  # DenseNet's transition with its pool first, and a global pool
        def __init__(self):
            super().__init__()
            self.bn = nn.BatchNorm2d(6)

        def forward(self, x):
            y = F.relu(self.bn(x))
            return F.avg_pool2d(y, 2), F.adaptive_avg_pool2d(y, 1)

    f32, f16, bf16 = torch.float32, torch.float16, torch.bfloat16
    cases = []

    def add(name, module, inputs, tuning="default", **kw):
        cases.append((name, module.eval(), inputs, kw, tuning))

    r = torch.randn
    for dt in (f32, f16, bf16):
        add(f"pointwise_{dt}", Pointwise(), [r(4, 33, 17).to(dt), r(17).to(dt), r(4, 33, 1).to(dt),
                                             r(4, 17, 33).to(dt)])
        add(f"softmax_{dt}", Softmaxes(), [r(5, 130).to(dt)])
        add(f"linear_m1_{dt}", Linear(1000, 400, True).to(dt), [r(1, 1000).to(dt), r(400).to(dt)])
        add(f"attention_add_{dt}", Attention("add"), [r(2, 3, 37, 24).to(dt), r(2, 3, 20, 24).to(dt),
                                                      r(2, 3, 20, 32).to(dt), r(1, 3, 37, 20).to(dt)])
    for layout in (torch.contiguous_format, torch.channels_last):
        add(f"concats_{layout}", Concats(), [r(2, 4, 6, 5).contiguous(memory_format=layout),
                                             r(2, 3, 6, 5).contiguous(memory_format=layout)])
    for layout in (torch.contiguous_format, torch.channels_last):
        add(f"pool_shuffle_{layout}", PoolShuffle().to(memory_format=layout),
            [r(2, 4, 6, 4).contiguous(memory_format=layout)])
    for dt in (f32, f16):
        add(f"bn_relu_pools_{dt}", BnReluPools().to(dt), [r(2, 6, 8, 10).to(dt)])
    add("bn_relu_pools_largest", BnReluPools(), [r(2, 6, 8, 10)], tuning="largest")
    add("reductions_f32", Reductions(), [r(3, 7, 48)])
    add("reductions_bf16", Reductions(), [r(3, 7, 48).to(bf16)])
    add("softmax_looped_rows", Softmaxes(), [r(2, 20000)])
    # rows longer than one block: loops over column blocks, with per-row inputs read in several loops
    add("softmax_looped_one_row", Softmaxes(), [r(1, 20000)])
    add("row_input_looped", RowShift(), [r(3, 20000), r(3, 1)])
    add("norms_f32", Norms(6, 48), [r(3, 7, 48), r(2, 6, 5, 3)])
    add("norms_row1_f16", Norms(6, 1000).to(f16), [r(1, 1000).to(f16), r(2, 6, 5, 3).to(f16)])
    add("norms_bf16", Norms(6, 130).to(bf16), [r(5, 130).to(bf16), r(2, 6, 5, 3).to(bf16)])
    for tf32 in (False, True):
        add(f"linear_odd_f32_tf32={tf32}", Linear(17, 19, False), [r(3, 33, 17), r(19)], allow_tf32=tf32)
    add("linear_f32_low_precision", Linear(64, 130, True), [r(2, 64), r(130)], allow_low_precision=True)
    add("linear_m1_f32_low_precision", Linear(64, 130, True), [r(1, 64), r(130)], allow_low_precision=True)
    add("matmuls_f32_tf32", Matmuls(), [r(2, 3, 9, 20), r(20, 11), r(3, 20, 5), r(11)], allow_tf32=True)
    add("gemm_row_epilogue_tf32", RowEpilogue(), [r(2, 3, 9, 20), r(20, 11), r(3, 1, 1), r(9, 1)], allow_tf32=True)
    add("linear_f64_tf32", Linear(24, 40, True).double(), [r(5, 24).double(), r(40).double()], allow_tf32=True)
    add("matmuls_bf16", Matmuls(), [r(2, 3, 9, 20).to(bf16), r(20, 11).to(bf16), r(3, 20, 5).to(bf16),
                                     r(11).to(bf16)])
    mask = torch.triu(torch.ones(5, 5, dtype=torch.bool), 1)
    add("attention_fill_f16", Attention("fill"), [r(2, 3, 5, 16).to(f16), r(2, 3, 5, 16).to(f16),
                                                   r(2, 3, 5, 24).to(f16), mask])
    add("attention_plain_f32_tf32", Attention("plain"), [r(2, 3, 37, 24), r(2, 3, 20, 24), r(2, 3, 20, 32),
                                                         r(1)], allow_tf32=True)
    add("attention_plain_f32_ieee", Attention("plain"), [r(1, 2, 5, 16), r(1, 2, 5, 16), r(1, 2, 5, 16), r(1)])
    add("attention_add_f64", Attention("add"), [r(1, 2, 8, 16).double(), r(1, 2, 8, 16).double(),
                                                r(1, 2, 8, 16).double(), r(8, 8).double()])
    add("attention_causal_bf16", Attention("sdpa_causal"), [r(2, 2, 64, 64).to(bf16), r(2, 2, 64, 64).to(bf16),
                                                            r(2, 2, 64, 64).to(bf16), r(1)])
    # tuning knobs at the ends of their ranges
    for preset in ("smallest", "largest"):
        add(f"norms_f32_{preset}", Norms(6, 48), [r(3, 7, 48), r(2, 6, 5, 3)], tuning=preset)
        add(f"attention_f16_{preset}", Attention("add"), [r(1, 2, 70, 32).to(f16), r(1, 2, 90, 32).to(f16),
                                                          r(1, 2, 90, 32).to(f16), r(1, 2, 70, 90).to(f16)],
            tuning=preset)
    from test_codegen_ssd import SSD, SharedGroupSSD, ssd_inputs  # the tests' directory leads sys.path here

    for preset in ("default", "smallest", "largest"):  # TF32 allowed: tf32x3 dots but at the smallest end
        add(f"ssd_y_{preset}", SSD(2, 72, 2, 40, 8, 24), ssd_inputs(2, 72, 2, 40, 8), tuning=preset, allow_tf32=True)
    add("ssd_final_ieee", SSD(2, 64, 2, 64, 16, 16, returns="final"), ssd_inputs(2, 64, 2, 64, 16))
    x, a, _, _ = ssd_inputs(2, 64, 3, 16, 8)  # B and C shared by the heads: read with a head stride of 0
    add("ssd_shared_group", SharedGroupSSD(2, 64, 3, 16, 8, 16), [x, a, r(2, 64, 8), r(2, 64, 8)], allow_tf32=True)
    # the largest chunk and state it takes (MAX_LENGTH, MAX_STATE): its tiles must fit sm_90
    add("ssd_y_largest_tiles", SSD(1, 256, 2, 64, 64, 128), ssd_inputs(1, 256, 2, 64, 64), allow_tf32=True)
    add("pointwise_f32_largest", Pointwise(), [r(4, 33, 17), r(17), r(4, 33, 1), r(4, 17, 33)], tuning="largest")
    add("linear_bf16_smallest", Linear(256, 384, True).to(bf16), [r(4, 256).to(bf16), r(384).to(bf16)],
        tuning="smallest")
    add("linear_bf16_wide", Linear(256, 384, True).to(bf16), [r(4, 256).to(bf16), r(384).to(bf16)],
        tuning={"BLOCK_M": 128, "BLOCK_N": 256, "num_warps": 8, "num_stages": 4})
    # past 2**31 elements: int64 program offsets (meta tensors: shapes without memory)
    n = 2**15 + 3

    def meta(*shape):
        return torch.empty(shape, device="meta")

    add("int64_softmax_meta", Softmaxes(), [meta(2**16, n)])
    add("int64_pointwise_meta", Pointwise(), [meta(2, 2**15, n), meta(n), meta(2, 2**15, 1), meta(2, n, 2**15)])
    return cases


def _tuning(tunables: dict, preset: str | dict) -> dict:
    """Every GEMM / attention on our Triton template; block sizes and warps per ``preset``."""
    tuning = {k: "triton" for k, allowed in tunables.items() if k.endswith(".impl") and "triton" in allowed}
    if isinstance(preset, dict):  # knob suffix -> value, for every kernel that has the knob
        tuning.update({k: preset[k.rsplit(".", 1)[1]] for k in tunables if k.rsplit(".", 1)[1] in preset})
    elif preset != "default":
        pick = 0 if preset == "smallest" else -1
        tuning.update({k: allowed[pick] for k, allowed in tunables.items() if not k.endswith(".impl")})
    return tuning


def _graph_kernels() -> tuple[list[dict], list[str]]:
    import torch
    import torch.fx as fx

    from pike_backend.offline.codegen import fuse_graph

    torch.manual_seed(0)
    records, names = [], []
    for name, module, inputs, kw, preset in _graph_cases():
        gm = fx.symbolic_trace(module)
        knobs = fuse_graph(gm, inputs, interpreter_safe=False, **kw).tunables
        prog = fuse_graph(gm, inputs, interpreter_safe=False, tuning=_tuning(knobs, preset), **kw)
        names.append(name)
        for launch in _run_program(prog.load(gm), inputs):
            records.append({"group": "graph", "case": name, "default_config": preset == "default",
                            **_compile(*launch)})
    return records, names


# -- offline-agent Solutions -------------------------------------------------------------------

# problem file -> (edits making it small enough for CPU tracing, recipes' tokens on top of triton-fused)
SOLUTIONS = {
    "01_mlp": ({}, [(), ("tf32",), ("bf16",)]),
    "09_resnet18": ({"batch_size = 2": "batch_size = 1"}, [("fold-bn",), ("bf16", "fold-bn", "channels-last")]),
    "33_mingpt_block": ({"batch_size = 8": "batch_size = 1", "seq_len = 512": "seq_len = 128"}, [("tf32",), ("bf16",)]),
    "35_mamba2_chunked_scan_output": ({"batch_size = 8": "batch_size = 2"}, [(), ("cuda-graph",)]),
}


def _solution_kernels() -> tuple[list[dict], list[str]]:
    from pike_backend.offline import OfflineAgent
    from pike_backend.offline.recipe import Recipe
    from pike_backend.offline.solution import codegen_fuser
    from pike_backend.options import PikeOptions
    from pike_backend.problem import (Problem, build_candidate, build_reference, load_source_module,
                                      seeded_inputs)

    records, names = [], []
    for stem, (edits, stacks) in SOLUTIONS.items():
        source = (REPO / "benchmarks" / "level3" / f"{stem}.py").read_text()
        for old, new in edits.items():
            assert old in source, f"{stem}: {old!r} not found"
            source = source.replace(old, new)
        problem = Problem(stem, source)
        agent = OfflineAgent(PikeOptions(precision="strict"))
        agent._fuse = codegen_fuser(interpreter_safe=False)  # the GPU path, as on an H100
        state = agent._state(problem)
        problem_module = load_source_module(source, "gpu_compile_problem")
        reference = build_reference(problem_module, 0, "cpu")
        inputs = seeded_inputs(problem_module, 0, "cpu")
        for tokens in stacks:
            recipe = Recipe(path="graph").with_token("triton-fused")
            for token in tokens:
                recipe = recipe.with_token(token)
            built = agent._build(state, recipe)
            assert built is not None and built.kernels, f"{stem}: {recipe.kind} built no kernels"
            module = load_source_module(built.source, "gpu_compile_solution")
            candidate = build_candidate(module, problem_module, reference, 0, "cpu")
            case = f"{stem}:{recipe.kind}"
            names.append(case)
            for launch in _run_program(lambda *xs: candidate(*xs), inputs):
                records.append({"group": "solution", "case": case, "default_config": True, **_compile(*launch)})
    return records, names


def main(out: str) -> None:
    from triton.runtime.driver import driver

    driver.set_active(_StubDriver())
    started = time.perf_counter()
    graph_records, graph_cases = _graph_kernels()
    solution_records, solution_cases = _solution_kernels()
    records = graph_records + solution_records
    Path(out).write_text(json.dumps({"kernels": records, "graph_cases": graph_cases,
                                     "solution_cases": solution_cases}))
    compile_s = sum(r["seconds"] for r in records)
    for r in records:
        status = r["error"].splitlines()[0][:150] if r["error"] else "->".join(r["stages"][1:])
        print(f"{r['seconds']:6.2f}s  {r['case']:<40} {r['kernel']:<28} {status}")
    print(f"{len(records)} kernels, {sum(bool(r['error']) for r in records)} failed; "
          f"compile {compile_s:.1f}s of {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    if os.environ.get("TRITON_INTERPRET", "0") not in ("", "0"):
        sys.exit("run without TRITON_INTERPRET: the interpreter skips the compiler this checks")
    main(sys.argv[1])
