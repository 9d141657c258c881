"""Mamba-2's SSD scan recognized in the graph and run as one kernel of ours (kernels/ssd.py), under
the Triton interpreter: against the chunked form as written, at several shapes, whatever the
precision the graph around it takes; and left to torch where the graph computes something else."""

import math
from pathlib import Path

import pytest
import torch
import torch.fx as fx
import torch.nn as nn
import torch.nn.functional as F

from pike_backend.offline.codegen import fuse_graph
from pike_backend.offline.recipe import Recipe
from pike_backend.offline.solution import build, codegen_fuser
from pike_backend.offline.trace import trace_problem
from pike_backend.problem import Problem, load_problem_file, load_source_module

LEVEL3 = Path(__file__).resolve().parents[1] / "benchmarks" / "level3"


def segsum(x, length):
    cumulative = torch.cumsum(x, dim=-1)
    segments = cumulative[..., :, None] - cumulative[..., None, :]
    mask = torch.tril(segments.new_ones((length, length), dtype=torch.bool))
    return segments.masked_fill(~mask, float("-inf"))


class SSD(nn.Module):
    """The chunked SSD as Mamba-2's minimal reference writes it, at fixed sizes (symbolic_trace).

    ``returns``: "y", "final", "y+final" (both, as a recurrent decoder keeps its state), "y_diag"
    (the within-chunk part alone: not a scan) or "y+states" (Y and an intermediate the scan would
    consume)."""

    def __init__(self, batch, seqlen, heads, p, n, block_len, returns="y"):
        super().__init__()
        self.sizes = (batch, seqlen // block_len, block_len, heads, p, n)
        self.returns = returns

    def forward(self, x, a, b, c):
        batch, chunks, length, heads, p, n = self.sizes
        x = x.view(batch, chunks, length, heads, p)
        b = b.view(batch, chunks, length, heads, n)
        c = c.view(batch, chunks, length, heads, n)
        a = a.view(batch, chunks, length, heads).permute(0, 3, 1, 2)
        a_cumsum = torch.cumsum(a, dim=-1)
        y_diag = torch.einsum("bclhn,bcshn,bhcls,bcshp->bclhp", c, b, torch.exp(segsum(a, length)), x)
        decay_states = torch.exp(a_cumsum[..., -1:] - a_cumsum)
        states = torch.einsum("bclhn,bhcl,bclhp->bchpn", b, decay_states, x)
        states = torch.cat([torch.zeros_like(states[:, :1]), states], dim=1)
        decay_chunk = torch.exp(segsum(F.pad(a_cumsum[..., -1], (1, 0)), chunks + 1))
        new_states = torch.einsum("bhzc,bchpn->bzhpn", decay_chunk, states)
        states, final_state = new_states[:, :-1], new_states[:, -1]
        y_off = torch.einsum("bclhn,bchpn,bhcl->bclhp", c, states, torch.exp(a_cumsum))
        y = (y_diag + y_off).reshape(batch, chunks * length, heads, p)
        if self.returns == "final":
            return final_state
        if self.returns == "y_diag":
            return y_diag.reshape(batch, chunks * length, heads, p)
        if self.returns == "y+states":
            return y, decay_states
        if self.returns == "y+final":
            return y, final_state
        return y


class SharedGroupSSD(nn.Module):
    """The same scan written as Mamba-2 blocks write it (level 5's): matmuls rather than einsums, X
    as [b, h, c, l, p], B and C [b, c, l, n] shared by all heads (one group)."""

    def __init__(self, batch, seqlen, heads, p, n, block_len):
        super().__init__()
        self.sizes = (batch, seqlen // block_len, block_len, heads, p, n)

    def forward(self, x, a, b, c):
        batch, chunks, length, heads, p, n = self.sizes
        x = x.view(batch, chunks, length, heads, p).permute(0, 3, 1, 2, 4)
        b = b.view(batch, chunks, length, n)
        c = c.view(batch, chunks, length, n)
        a = a.view(batch, chunks, length, heads).permute(0, 3, 1, 2)
        a_cumsum = torch.cumsum(a, dim=-1)
        scores = c @ b.transpose(-1, -2)
        y_diag = (scores.unsqueeze(1) * torch.exp(segsum(a, length))) @ x
        decay_states = torch.exp(a_cumsum[..., -1:] - a_cumsum)
        states = (x * decay_states.unsqueeze(-1)).transpose(-1, -2) @ b.unsqueeze(1)
        states = torch.cat([torch.zeros_like(states[:, :, :1]), states], dim=2)
        decay_chunk = torch.exp(segsum(F.pad(a_cumsum[..., -1], (1, 0)), chunks + 1))
        states = torch.einsum("bhzc,bhcpn->bhzpn", decay_chunk, states)[:, :, :-1]
        y_off = (c.unsqueeze(1) @ states.transpose(-1, -2)) * torch.exp(a_cumsum).unsqueeze(-1)
        return (y_diag + y_off).permute(0, 2, 3, 1, 4).reshape(batch, chunks * length, heads, p)


def ssd_inputs(batch, seqlen, heads, p, n, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [torch.randn(batch, seqlen, heads, p, generator=g), -torch.rand(batch, seqlen, heads, generator=g) * 0.5,
            torch.randn(batch, seqlen, heads, n, generator=g), torch.randn(batch, seqlen, heads, n, generator=g)]


def run(module, inputs, safe=True, **kw):
    gm = fx.symbolic_trace(module)
    gm.graph.eliminate_dead_code()  # as in Dynamo's graphs: Y's nodes where only the final state is returned
    gm.recompile()
    prog = fuse_graph(gm, inputs, interpreter_safe=safe, **kw)
    with torch.no_grad():
        got, want = prog.load(gm)(*inputs), module(*inputs)
    return prog, got, want


def assert_close(got, want, tol=2e-5):
    scale = max(1.0, want.abs().max().item())
    torch.testing.assert_close(got, want, atol=tol * scale, rtol=tol)


def ssd_kernels(prog) -> list[str]:
    return [name for name, ops in prog.kernels if ops == ["ssd"]]


@pytest.mark.parametrize("returns", ["y", "final"])
@pytest.mark.parametrize(
    "batch, seqlen, heads, p, n, block_len",
    [
        (2, 64, 2, 16, 16, 16),  # 4 chunks, every dim a power of two
        (1, 72, 3, 40, 8, 24),  # chunks of 24 steps, P 40 and N 8: every block padded and masked
        (2, 32, 2, 64, 16, 32),  # one chunk: no state carried in
        (1, 128, 1, 32, 16, 16),  # 8 chunks, a single head
    ],
)
def test_scan_becomes_one_kernel_matching_the_chunked_form(returns, batch, seqlen, heads, p, n, block_len):
    module = SSD(batch, seqlen, heads, p, n, block_len, returns)
    inputs = ssd_inputs(batch, seqlen, heads, p, n)
    prog, got, want = run(module, inputs)
    assert [ops for _, ops in prog.kernels] == [["ssd"]], prog.kernels
    assert got.shape == want.shape and got.dtype == want.dtype
    assert_close(got, want)


@pytest.mark.parametrize("knobs", [{"BLOCK_P": 16, "num_warps": 2}, {"BLOCK_P": 64, "num_warps": 8}])
def test_scan_kernel_tuning_knobs(knobs):
    module = SSD(2, 64, 2, 64, 16, 16)
    inputs = ssd_inputs(2, 64, 2, 64, 16, seed=3)
    prog, _, _ = run(module, inputs)
    (name,) = ssd_kernels(prog)
    assert {f"{name}.BLOCK_P", f"{name}.num_warps"} <= set(prog.tunables)
    prog, got, want = run(module, inputs, tuning={f"{name}.{k}": v for k, v in knobs.items()})
    assert_close(got, want)


def test_the_scan_as_mamba2_blocks_write_it_is_the_same_kernel():
    # B and C shared by the heads: [b, l, n] inputs
    batch, seqlen, heads, p, n = 2, 64, 3, 16, 8
    x, a, _, _ = ssd_inputs(batch, seqlen, heads, p, n, seed=2)
    g = torch.Generator().manual_seed(4)
    b, c = torch.randn(batch, seqlen, n, generator=g), torch.randn(batch, seqlen, n, generator=g)
    prog, got, want = run(SharedGroupSSD(batch, seqlen, heads, p, n, 16), [x, a, b, c])
    assert [ops for _, ops in prog.kernels] == [["ssd"]], prog.kernels
    assert_close(got, want)


def test_y_and_final_state_returned_together_are_both_scans():
    module = SSD(2, 64, 2, 32, 16, 16, returns="y+final")
    prog, got, want = run(module, ssd_inputs(2, 64, 2, 32, 16, seed=7))
    assert [ops for _, ops in prog.kernels] == [["ssd"], ["ssd"]], prog.kernels
    for g, w in zip(got, want):
        assert g.shape == w.shape
        assert_close(g, w)


def test_something_else_with_a_cumsum_is_left_to_torch():
    # the within-chunk part alone reads the same operands but is not the scan: the probe says no
    module = SSD(2, 64, 2, 16, 16, 16, returns="y_diag")
    prog, got, want = run(module, ssd_inputs(2, 64, 2, 16, 16))
    assert not ssd_kernels(prog)
    assert_close(got, want)


def test_chunks_too_long_for_one_tile_stay_with_torch():
    # chunks of 256 steps (Mamba-2 at size): the [l, l] tiles would not fit a program
    module = SSD(1, 512, 1, 16, 16, 256)
    prog, got, want = run(module, ssd_inputs(1, 512, 1, 16, 16))
    assert not ssd_kernels(prog)
    assert_close(got, want)


def test_an_intermediate_the_graph_also_returns_keeps_the_scan_in_torch():
    module = SSD(2, 64, 2, 16, 16, 16, returns="y+states")
    prog, got, want = run(module, ssd_inputs(2, 64, 2, 16, 16))
    assert not ssd_kernels(prog)
    for g, w in zip(got, want):
        assert_close(g, w)


def _small_problem(name: str) -> Problem:
    problem = load_problem_file(LEVEL3 / f"{name}.py")
    source = problem.source.replace("batch_size = 8", "batch_size = 2").replace("seq_len = 256", "seq_len = 128")
    assert source != problem.source
    return Problem(name=problem.name, source=source)


@pytest.mark.parametrize("name", ["35_mamba2_chunked_scan_output", "36_mamba2_chunked_scan_final_state"])
@pytest.mark.parametrize("precision", ["fp32", "fp16"])
def test_benchmark_scans_run_in_fp32_in_every_stack(name, precision):
    """Dynamo's graph of the bundled tasks: the fp16 stack casts every einsum operand to fp16, and
    the scan still reads the fp32 values (no cast kernels left) and computes in fp32."""
    problem = _small_problem(name)
    pg = trace_problem(problem)
    recipe = Recipe(triton=True).with_token(precision) if precision != "fp32" else Recipe(triton=True)
    built = build(pg, recipe, codegen_fuser(interpreter_safe=True))
    assert [ops for _, ops in built.kernels] == [["ssd"]], built.kernels
    module = load_source_module(built.source, "ssd_test")
    torch.manual_seed(0)
    reference = module.Model(*module.get_init_inputs()).eval()
    candidate = module.ModelNew(*module.get_init_inputs()).eval()
    inputs = module.get_inputs()
    with torch.no_grad():
        want, got = reference(*inputs), candidate(*inputs)
    assert got.dtype == want.dtype == torch.float32
    assert_close(got, want)
    assert math.isfinite(got.abs().max().item())


@pytest.mark.gpu
@pytest.mark.parametrize("returns", ["y", "final"])
def test_gpu_scan_kernel_matches_at_the_benchmark_size(returns):
    """The GPU path (three TF32 products a dot) against the chunked form in full fp32."""
    torch.backends.cuda.matmul.allow_tf32 = False
    module = SSD(8, 256, 8, 64, 16, 64, returns)
    inputs = [t.cuda() for t in ssd_inputs(8, 256, 8, 64, 16, seed=5)]
    prog, got, want = run(module, inputs, safe=False)
    assert ssd_kernels(prog), prog.kernels
    assert_close(got, want, tol=1e-4)
