"""Norm, softmax, GEMM-with-epilogue and attention kernels of the code generator, at several shapes
and dtypes, run under the Triton interpreter (and on the GPU where there is one)."""

import math

import pytest
import torch
import torch.fx as fx
import torch.nn as nn
import torch.nn.functional as F

from pike_backend.offline.codegen import fuse_graph

TOL = {torch.float32: 2e-5, torch.float16: 4e-3, torch.bfloat16: 3e-2}
DTYPES = [torch.float32, torch.float16, torch.bfloat16]


def check(module, inputs, dtype, *, gm=None, safe=True, **kw):
    gm = gm if gm is not None else fx.symbolic_trace(module)
    prog = fuse_graph(gm, inputs, interpreter_safe=safe, **kw)
    fn = prog.load(gm)
    with torch.no_grad():
        got, want = fn(*inputs), gm(*inputs)
    if isinstance(want, torch.Tensor):
        got, want = (got,), (want,)
    for g, w in zip(got, want):
        assert g.shape == w.shape and g.dtype == w.dtype
        scale = max(1.0, w.float().abs().max().item())
        torch.testing.assert_close(g.float(), w.float(), atol=TOL[dtype] * scale, rtol=TOL[dtype])
    return prog


def gemm_tuning(gm, inputs, impl: str) -> dict:
    """Every GEMM site's impl knob, as the generator names them, set to ``impl``."""
    knobs = fuse_graph(gm, inputs, interpreter_safe=True).tunables
    sites = [k for k in knobs if k.startswith("gemm_") and k.endswith(".impl")]
    assert sites, knobs
    return {k: impl for k in sites}


def kernel_ops(prog) -> list[str]:
    return [op for _, ops in prog.kernels for op in ops]


class Norms(nn.Module):
    def __init__(self, c, d):
        super().__init__()
        self.ln = nn.LayerNorm(d)
        self.rms = nn.RMSNorm(d, eps=1e-6)
        self.gn = nn.GroupNorm(2, c)
        self.bn = nn.BatchNorm2d(c)
        with torch.no_grad():
            for p in self.parameters():
                p.uniform_(0.5, 1.5)
            self.bn.running_mean.uniform_(-1, 1)
            self.bn.running_var.uniform_(0.5, 2.0)

    def forward(self, x, img):
        a = F.relu(self.ln(x * 2.0)) + 1.0
        b = self.rms(x) * torch.sigmoid(x)
        c = F.silu(self.gn(self.bn(img)))
        return a, b, c


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(3, 7, 48), (5, 130), (1, 1000)])
def test_norms_with_prologue_and_epilogue(dtype, shape):
    torch.manual_seed(0)
    model = Norms(6, shape[-1]).to(dtype).eval()
    x = torch.randn(shape, dtype=dtype)
    img = torch.randn(2, 6, 5, 3, dtype=dtype)
    prog = check(model, [x, img], dtype)
    ops = kernel_ops(prog)
    assert ops.count("rsqrt") >= 4 and "silu" in ops and "relu" in ops


def test_dynamo_graph_softmax_and_batch_norm_fuse():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.bn = nn.BatchNorm1d(12)

        def forward(self, x):
            y = self.bn(x)
            return torch.softmax(y * 3.0, dim=-1), F.log_softmax(y, 1)

    model = M().eval()
    x = torch.randn(4, 12)
    seen = []

    def backend(gm, example_inputs):
        seen.append(check(None, list(example_inputs), torch.float32, gm=gm))
        return gm.forward

    with torch.no_grad():
        torch.compile(model, backend=backend)(x)
    assert seen and "exp" in kernel_ops(seen[0])


class Linear(nn.Module):
    def __init__(self, k, n, bias):
        super().__init__()
        self.fc = nn.Linear(k, n, bias=bias)

    def forward(self, x, res):
        return F.gelu(self.fc(x)) * 0.5 + res


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("m,k,n,bias", [(6, 24, 40, True), (33, 17, 19, False), (2, 64, 130, True)])
def test_linear_epilogue_in_the_gemm_template(dtype, m, k, n, bias):
    torch.manual_seed(1)
    model = Linear(k, n, bias).to(dtype).eval()
    x = torch.randn(3, m, k, dtype=dtype)
    res = torch.randn(n, dtype=dtype)
    gm = fx.symbolic_trace(model)
    prog = check(model, [x, res], dtype, gm=gm, tuning=gemm_tuning(gm, [x, res], "triton"))
    first = prog.kernels[0][1]
    assert first[0] == "linear" and "gelu" in first and first.count("add") >= 1, prog.kernels


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_batched_matmul_with_broadcast_and_scale(dtype):
    def f(a, b, c, bias):
        return (torch.matmul(a, b) * 0.125).relu(), torch.bmm(a[0], c) + 1.0, torch.addmm(bias, a[0, 0], b)

    a = torch.randn(2, 3, 9, 20).to(dtype)
    b = torch.randn(20, 11).to(dtype)
    c = torch.randn(3, 20, 5).to(dtype)
    bias = torch.randn(11).to(dtype)
    gm = fx.symbolic_trace(f)
    prog = check(f, [a, b, c, bias], dtype, gm=gm, tuning=gemm_tuning(gm, [a, b, c, bias], "triton"))
    assert sum(ops[0] == "matmul" for _, ops in prog.kernels) == 3


def test_gemm_on_cublas_keeps_a_fused_epilogue_kernel():
    model = Linear(16, 24, True).eval()
    x, res = torch.randn(5, 16), torch.randn(24)
    gm = fx.symbolic_trace(model)
    prog = check(model, [x, res], torch.float32, gm=gm, tuning=gemm_tuning(gm, [x, res], "torch"))
    assert "linear" in prog.source and kernel_ops(prog)[:2] == ["gelu", "mul"]


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


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("mode", ["plain", "fill", "add", "sdpa_causal"])
@pytest.mark.parametrize("l,s,d", [(5, 5, 16), (37, 20, 24)])
def test_attention_kernel(dtype, mode, l, s, d):
    torch.manual_seed(2)
    q = torch.randn(2, 3, l, d, dtype=dtype)
    k = torch.randn(2, 3, s, d, dtype=dtype)
    v = torch.randn(2, 3, s, d + 8, dtype=dtype)
    if mode == "sdpa_causal" and l != s:
        pytest.skip("causal attention here is square")
    if mode == "fill":
        mask = torch.triu(torch.ones(l, s, dtype=torch.bool), 1)
    else:
        mask = torch.randn(1, 3, l, s, dtype=dtype)
    model = Attention(mode)
    prog = check(model, [q, k, v, mask], dtype)
    assert kernel_ops(prog) == ["attention"], prog.kernels
    sdpa = check(model, [q, k, v, mask], dtype, tuning={f"attn_{_attn_node(model)}.impl": "sdpa"})
    assert "scaled_dot_product_attention" in sdpa.source and not sdpa.kernels


def _attn_node(model) -> str:
    gm = fx.symbolic_trace(model)
    return [n.name for n in gm.graph.nodes if n.op != "output"][-1]


class Recurrence(nn.Module):
    """An unrolled GRU-like cell: every step's gate kernel is the same kernel."""

    def __init__(self, d, steps):
        super().__init__()
        self.w = nn.Parameter(torch.randn(d, 2 * d) * 0.1)
        self.steps = steps

    def forward(self, x, h):
        for step in range(self.steps):
            z, r = (x[:, step] + h @ self.w).chunk(2, dim=1)
            h = torch.sigmoid(z) * h + (1 - torch.sigmoid(z)) * torch.tanh(r)
        return h


def test_repeated_regions_share_one_kernel():
    torch.manual_seed(0)
    model = Recurrence(16, 5).eval()
    prog = check(model, [torch.randn(3, 5, 32), torch.randn(3, 16)], torch.float32)
    names = [name for name, _ in prog.kernels]
    assert len(names) >= 5 and len(set(names)) < len(names)
    assert prog.source.count("@triton.jit") == len(set(names))
    # each step's gate math, read through two slices of one tensor, is one kernel (horizontal fusion)
    cell = [ops for _, ops in prog.kernels if "tanh" in ops]
    assert len(cell) == 5 and all(ops.count("sigmoid") == 2 and "add" in ops for ops in cell), prog.kernels


def test_horizontal_fusion_never_joins_across_a_gemm_it_feeds():
    # with our GEMM template, step t's cell update feeds step t+1's GEMM, whose epilogue feeds the
    # next cell update: joining that into step t's kernel would be a cycle
    torch.manual_seed(0)
    model = Recurrence(16, 4).eval()
    inputs = [torch.randn(3, 4, 32), torch.randn(3, 16)]
    gm = fx.symbolic_trace(model)
    prog = check(model, inputs, torch.float32, gm=gm, tuning=gemm_tuning(gm, inputs, "triton"))
    assert [ops for _, ops in prog.kernels].count(["matmul", "add"]) == 4, prog.kernels


@pytest.mark.gpu
@pytest.mark.parametrize("dtype", [torch.float16, torch.float32])
def test_gpu_fast_path_matches(dtype):
    torch.manual_seed(3)
    model = Norms(8, 1024).to("cuda", dtype).eval()
    x = torch.randn(64, 1024, device="cuda", dtype=dtype)
    img = torch.randn(4, 8, 16, 16, device="cuda", dtype=dtype)
    check(model, [x, img], dtype, safe=False)
    lin = Linear(512, 768, True).to("cuda", dtype).eval()
    xs, res = torch.randn(4, 128, 512, device="cuda", dtype=dtype), torch.randn(768, device="cuda", dtype=dtype)
    gm = fx.symbolic_trace(lin)
    check(lin, [xs, res], dtype, gm=gm, safe=False, tuning=gemm_tuning(gm, [xs, res], "triton"))
