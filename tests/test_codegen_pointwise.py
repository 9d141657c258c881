"""Property tests of the pointwise / reduction generator: random op chains, shapes (broadcasting,
odd sizes) and dtypes, each compiled to Triton and run under the interpreter against the graph."""

import operator

import pytest
import torch
import torch.fx as fx
import torch.nn.functional as F
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pike_backend.offline.codegen import fuse_graph

TOL = {torch.float32: (2e-5, 2e-5), torch.float16: (3e-3, 3e-3), torch.bfloat16: (3e-2, 3e-2)}

# unary ops, each defined on all reals (domain-restricted ops get a safe argument)
UNARY = {
    "relu": torch.relu,
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "gelu": F.gelu,
    "gelu_tanh": lambda t: F.gelu(t, approximate="tanh"),
    "silu": F.silu,
    "mish": F.mish,
    "softplus": F.softplus,
    "elu": lambda t: F.elu(t, alpha=0.7),
    "selu": F.selu,
    "leaky_relu": lambda t: F.leaky_relu(t, 0.2),
    "hardtanh": lambda t: F.hardtanh(t, -0.5, 0.5),
    "hardswish": F.hardswish,
    "hardsigmoid": F.hardsigmoid,
    "relu6": F.relu6,
    "clamp": lambda t: torch.clamp(t, min=-0.3, max=0.8),
    "neg": operator.neg,
    "abs": torch.abs,
    "exp": lambda t: torch.exp(torch.clamp(t, max=4.0)),
    "log": lambda t: torch.log(t.abs() + 0.5),
    "sqrt": lambda t: torch.sqrt(t.abs() + 0.1),
    "rsqrt": lambda t: torch.rsqrt(t.abs() + 0.5),
    "pow2": lambda t: t ** 2,
    "pow3": lambda t: torch.pow(t, 3),
    "erf": torch.erf,
    "scale": lambda t: t * 0.5 + 1.0,
    "rsub": lambda t: 1.0 - t,
    "square": torch.square,
}
BINARY = {
    "add": operator.add,
    "sub": operator.sub,
    "mul": operator.mul,
    "div": lambda a, b: a / (b.abs() + 0.5),
    "maximum": torch.maximum,
    "minimum": torch.minimum,
    # the condition is on the operand, an input: a condition on a value computed in bf16 flips
    # wherever eager's rounded intermediate and our fp32 one fall on either side of it
    "where": lambda a, b: torch.where(b > 0, a, b * 0.5),
    "add_alpha": lambda a, b: torch.add(a, b, alpha=0.3),
}
REDUCE = {
    "sum": lambda t: t.sum(-1, keepdim=True),
    "mean": lambda t: t.mean(dim=-1, keepdim=True),
    "amax": lambda t: t.amax(-1, keepdim=True),
    "max": lambda t: torch.max(t, dim=-1, keepdim=True)[0],
    "var": lambda t: t.var(-1, keepdim=True),
    "std0": lambda t: t.std(-1, keepdim=True, correction=0),
    "softmax": lambda t: torch.softmax(t, dim=-1),
    "log_softmax": lambda t: F.log_softmax(t, dim=-1),
    "logsumexp": lambda t: torch.logsumexp(t, -1, keepdim=True),
}


class Chain(torch.nn.Module):
    """x, a broadcast operand b and a per-row operand r through a list of ops."""

    def __init__(self, steps):
        super().__init__()
        self.steps = steps

    def forward(self, x, b, r):
        h = x
        outs = []
        for kind, name in self.steps:
            if kind == "u":
                h = UNARY[name](h)
            elif kind == "b":
                h = BINARY[name](h, b)
            elif kind == "r":
                h = BINARY[name](h, r)
            else:
                h = REDUCE[name](h) + h * 0.25  # the reduction's epilogue uses the row again
                outs.append(h)
        return h, outs[0] if outs else x * 2


def run_and_compare(module, inputs, dtype, **kw):
    gm = fx.symbolic_trace(module)
    prog = fuse_graph(gm, inputs, interpreter_safe=True, **kw)
    fn = prog.load(gm)
    with torch.no_grad():
        got, want = fn(*inputs), gm(*inputs)
    if isinstance(want, torch.Tensor):
        got, want = (got,), (want,)
    atol, rtol = TOL[dtype]
    for g, w in zip(got, want):
        assert g.shape == w.shape and g.dtype == w.dtype
        scale = max(1.0, w.float().abs().max().item())
        torch.testing.assert_close(g.float(), w.float(), atol=atol * scale, rtol=rtol, equal_nan=True)
    return prog


steps = st.lists(
    st.one_of(
        st.tuples(st.just("u"), st.sampled_from(sorted(UNARY))),
        st.tuples(st.just("b"), st.sampled_from(sorted(BINARY))),
        st.tuples(st.just("r"), st.sampled_from(sorted(BINARY))),
        st.tuples(st.just("red"), st.sampled_from(sorted(REDUCE))),
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    steps=steps,
    rows=st.integers(1, 9),
    cols=st.integers(1, 67),
    lead=st.sampled_from([(), (2,), (3, 1)]),
    b_kind=st.sampled_from(["row_vector", "full", "scalar", "column"]),
    dtype=st.sampled_from([torch.float32, torch.float16, torch.bfloat16]),
    seed=st.integers(0, 2**16),
)
def test_random_chains_match_the_graph(steps, rows, cols, lead, b_kind, dtype, seed):
    gen = torch.Generator().manual_seed(seed)
    shape = lead + (rows, cols)
    x = torch.randn(shape, generator=gen).to(dtype)
    b_shape = {"row_vector": (cols,), "full": shape, "scalar": (), "column": (rows, 1)}[b_kind]
    b = torch.randn(b_shape, generator=gen).to(dtype)
    r = torch.randn(lead + (rows, 1), generator=gen).to(dtype)
    prog = run_and_compare(Chain(steps), [x, b, r], dtype)
    if x.numel() > 1:
        assert prog.kernels, "a chain of fusible ops produced no kernel"


@settings(max_examples=8, deadline=None)
@given(
    dims=st.sampled_from([(1,), (0, 2), (2, 3), (1, 3), (0, 1, 2, 3)]),
    keepdim=st.booleans(),
    op=st.sampled_from(["sum", "mean", "amax", "var", "std"]),
)
def test_reductions_over_any_dims(dims, keepdim, op):
    def f(x):
        y = torch.sigmoid(x) * 3.0
        if op in ("var", "std"):
            return getattr(y, op)(dim=dims, keepdim=keepdim, correction=1) + 1.0
        return getattr(y, op)(dim=dims, keepdim=keepdim) + 1.0

    x = torch.randn(3, 5, 4, 6)
    prog = run_and_compare(f, [x], torch.float32)
    ops = [op for _, ops in prog.kernels for op in ops]
    assert "sigmoid" in ops, "the prologue was not fused into the reduction kernel"


@settings(max_examples=10, deadline=None)
@given(
    batch=st.integers(1, 3),
    channels=st.integers(1, 5),
    tiles=st.tuples(st.integers(1, 4), st.integers(1, 5)),
    window=st.tuples(st.integers(1, 3), st.integers(1, 3)),
    adaptive=st.booleans(),
    dtype=st.sampled_from([torch.float32, torch.float16, torch.bfloat16]),
)
def test_average_pools_over_tiling_windows(batch, channels, tiles, window, adaptive, dtype):
    """A pool whose windows tile its input (any window, any count of tiles, adaptive or not) is a
    mean over each tile, fused with the pointwise ops before it."""
    def f(x):
        y = torch.relu(x * 2.0 - 0.5)
        return F.adaptive_avg_pool2d(y, tiles) if adaptive else F.avg_pool2d(y, window)

    x = torch.randn(batch, channels, tiles[0] * window[0], tiles[1] * window[1]).to(dtype)
    prog = run_and_compare(f, [x], dtype)
    pooled = ["identity"] if window == (1, 1) else ["view", "sum", "div"]  # 1x1 windows: a copy
    if x.numel() > 1:  # one element: torch computes it
        assert [ops for _, ops in prog.kernels] == [["mul", "sub", "relu", *pooled]]


def test_non_contiguous_and_expanded_inputs_are_read_by_stride():
    def f(x, y):
        return torch.relu(x.transpose(0, 1) + y.expand(5, 7)) * 2

    x = torch.randn(7, 5)
    y = torch.randn(1, 7)
    prog = run_and_compare(f, [x, y], torch.float32)
    assert len(prog.kernels) == 1


def test_large_rows_use_the_looped_kernel():
    def f(x, w):
        return F.layer_norm(x, (x.shape[-1],), w, None, 1e-5), torch.softmax(x * 2, -1)

    x = torch.randn(2, 20000)
    w = torch.randn(20000)
    prog = run_and_compare(f, [x, w], torch.float32)
    src = prog.source
    assert "for start in range(0, 20000, BLOCK_N)" in src


def test_tuning_changes_launch_settings_and_bad_values_are_refused():
    def f(x):
        return torch.softmax(x, -1) * x

    x = torch.randn(6, 33)
    prog = run_and_compare(f, [x], torch.float32)
    name = prog.kernels[0][0]
    rows = [v for v in prog.tunables[f"{name}.ROWS"] if v != 1]
    tuned = run_and_compare(f, [x], torch.float32, tuning={f"{name}.ROWS": rows[0]})
    assert f"ROWS={rows[0]}" in tuned.source
    with pytest.raises(ValueError, match="ROWS"):
        fuse_graph(fx.symbolic_trace(f), [x], interpreter_safe=True, tuning={f"{name}.ROWS": 3})


def test_in_place_ops_keep_program_order():
    def f(x):
        y = torch.sigmoid(x)
        z = y * 2
        y.add_(1.0)  # z must not see this; later reads of y must
        return z + 1, y * 3

    x = torch.randn(4, 9)
    run_and_compare(f, [x], torch.float32)
