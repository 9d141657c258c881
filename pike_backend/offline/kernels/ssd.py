"""Mamba-2's state-space duality (SSD) scan in one kernel: the chunked scan's four einsums, its
two segment sums and the recurrence across chunks, with the state carried in registers.

Inputs are the chunked views the SSD is written over: X [b, c, l, h, p], A [b, h, c, l] (the
per-step log decay), B and C [b, c, l, h, n] or [b, c, l, 1, n] (shared by all heads), each read
through its own strides (so the views and permutes before them are free; a dim of size 1 is
broadcast). A program owns one (batch, head) pair and a block of P and
walks the chunks in order; per chunk, with ``acs`` the cumulative sum of A over the chunk:

    Y[l]  = sum_{s<=l} (C[l] . B[s]) exp(acs[l] - acs[s]) X[s]  +  exp(acs[l]) C[l] . state
    state = exp(acs[-1]) state + sum_l exp(acs[-1] - acs[l]) X[l] (x) B[l]

which is what the chunked form computes with its segment sums (the recurrence across chunks is
the product of the chunk-end decays, applied one chunk at a time). Everything is fp32: the decays
are exponentials of sums, where 16-bit operands drift outside a 1e-2 tolerance. The outputs are Y
as a contiguous [b, c, l, h, p] and the final state as a contiguous [b, h, p, n].
"""

from __future__ import annotations

from dataclasses import dataclass

from .settings import next_pow2


@dataclass(frozen=True)
class SSDGeometry:
    batch: int
    chunks: int
    length: int  # steps per chunk
    heads: int
    p: int  # head dim (X's last)
    n: int  # state dim (B's and C's last)


# A program holds a chunk's [l, l] scores and [l, n] B and C tiles whole: past these the tiles no
# longer fit its registers and shared memory (Mamba-2 at size, chunks of 256 and a state of 128,
# would need the chunk tiled as flash attention tiles its keys; such scans stay with torch).
MAX_LENGTH = 128
MAX_STATE = 64


def ssd_fits(g: SSDGeometry) -> bool:
    return g.length <= MAX_LENGTH and g.n <= MAX_STATE


def ssd_source(name: str, g: SSDGeometry, output: str, precision: str) -> str:
    """The kernel for ``output`` "y" (Y, and the state it carries) or "final" (the final state
    only: no C, no Y). ``precision`` is tl.dot's input_precision ("" for its default)."""
    prec = f', input_precision="{precision}"' if precision else ""
    want_y = output == "y"
    c_param = "c_ptr, sc0, sc1, sc2, sc3, sc4, " if want_y else ""
    y_lines = f"""
        cm = tl.load(c_ptr + bi * sc0 + ci * sc1 + offs_l[:, None] * sc2 + hi * sc3 + offs_n[None, :] * sc4,
                     mask=l_ok[:, None] & n_ok[None, :], other=0.0).to(tl.float32)
        scores = tl.dot(cm, tl.trans(bm){prec})
        # causal within the chunk: exp() of the masked entries may overflow, so select, not multiply
        causal = (offs_l[None, :] <= offs_l[:, None]) & l_ok[None, :]
        w = tl.where(causal, scores * tl.exp(acs[:, None] - acs[None, :]), 0.0)
        y = tl.dot(w, x{prec}) + tl.exp(acs)[:, None] * tl.dot(cm, tl.trans(state){prec})
        y_off = bi * {g.chunks * g.length * g.heads * g.p} + ci * {g.length * g.heads * g.p} + hi * {g.p}
        tl.store(y_ptr + y_off + offs_l[:, None] * {g.heads * g.p} + offs_p[None, :], y,
                 mask=l_ok[:, None] & p_ok[None, :])""" if want_y else ""
    final = "" if want_y else f"""
    s_off = bi * {g.heads * g.p * g.n} + hi * {g.p * g.n} + offs_p[:, None] * {g.n} + offs_n[None, :]
    tl.store(s_ptr + s_off, state, mask=p_ok[:, None] & n_ok[None, :])"""
    return f'''
@triton.jit
def {name}(x_ptr, sx0, sx1, sx2, sx3, sx4, a_ptr, sa0, sa1, sa2, sa3, b_ptr, sb0, sb1, sb2, sb3, sb4,
           {c_param}y_ptr, s_ptr, BLOCK_L: tl.constexpr, BLOCK_P: tl.constexpr, BLOCK_N: tl.constexpr):
    bh = tl.program_id(0)
    bi = bh // {g.heads}
    hi = bh % {g.heads}
    offs_l = tl.arange(0, BLOCK_L)
    offs_p = tl.program_id(1) * BLOCK_P + tl.arange(0, BLOCK_P)
    offs_n = tl.arange(0, BLOCK_N)
    l_ok = offs_l < {g.length}
    p_ok = offs_p < {g.p}
    n_ok = offs_n < {g.n}
    state = tl.zeros([BLOCK_P, BLOCK_N], tl.float32)
    for ci in range({g.chunks}):  # in order: each chunk starts from the state the last one left
        a = tl.load(a_ptr + bi * sa0 + hi * sa1 + ci * sa2 + offs_l * sa3, mask=l_ok, other=0.0).to(tl.float32)
        acs = tl.cumsum(a, axis=0)
        total = tl.sum(a, axis=0)
        x = tl.load(x_ptr + bi * sx0 + ci * sx1 + offs_l[:, None] * sx2 + hi * sx3 + offs_p[None, :] * sx4,
                    mask=l_ok[:, None] & p_ok[None, :], other=0.0).to(tl.float32)
        bm = tl.load(b_ptr + bi * sb0 + ci * sb1 + offs_l[:, None] * sb2 + hi * sb3 + offs_n[None, :] * sb4,
                     mask=l_ok[:, None] & n_ok[None, :], other=0.0).to(tl.float32){y_lines}
        # the chunk's end state: padded steps have B = 0, so they add nothing
        wb = bm * tl.exp(total - acs)[:, None]
        state = state * tl.exp(total) + tl.dot(tl.trans(x), wb{prec}){final}
'''


def ssd_launcher(name: str, g: SSDGeometry, output: str, shape: tuple[int, ...], block_p: int, num_warps: int) -> str:
    """``_launch_{name}(x, a, b[, c])``: Y (written as [b, c, l, h, p]) or the final state, viewed
    as ``shape``, the graph's."""
    args = ["x", "a", "b"] + (["c"] if output == "y" else [])
    # a dim of size 1 is broadcast (B and C shared by all heads): stride 0
    strided = ", ".join(f"{t}, *[0 if n == 1 else s for n, s in zip({t}.shape, {t}.stride())]" for t in args)
    written = (g.batch, g.chunks, g.length, g.heads, g.p) if output == "y" else (g.batch, g.heads, g.p, g.n)
    grid = f"({g.batch * g.heads}, {-(-g.p // block_p)})"
    return (f"def _launch_{name}({', '.join(args)}):\n"
            f"    o = torch.empty({written!r}, dtype=torch.float32, device=x.device)\n"
            f"    {name}[{grid}]({strided}, o, o, BLOCK_L={max(16, next_pow2(g.length))}, BLOCK_P={block_p}, "
            f"BLOCK_N={max(16, next_pow2(g.n))}, num_warps={num_warps})\n"
            f"    return o.view({tuple(shape)!r})\n")
