"""A fused attention kernel: scores, scale, optional additive / boolean mask, causal masking,
softmax and the weighted sum in one pass over K and V (flash-style online softmax, fp32 running
max and sum), so the L x S score matrix never reaches memory.

``attention_source`` writes the kernel for fixed shapes and strides; operands are Q [.., L, D],
K^T given by its strides (so ``k.transpose(-2, -1)`` is free), V [.., S, Dv], an optional mask
broadcast to [.., L, S], and the output [.., L, Dv] (contiguous). Batch dims are flattened into
one grid axis; each operand's batch offset is an index expression over them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class AttentionGeometry:
    l: int
    s: int
    d: int
    dv: int
    batch: int
    q: tuple[str, int, int]  # (batch offset expression in ``z``, stride l, stride d)
    kt: tuple[str, int, int]  # (batch offset, stride d, stride s)
    v: tuple[str, int, int]  # (batch offset, stride s, stride dv)
    mask: tuple[str, int, int] | None  # (batch offset, stride l, stride s)
    mask_kind: str  # "none", "add" (added to the scores), "fill" (True -> fill value), "keep" (False -> -inf)
    fill: float
    scale: float
    causal: bool


def attention_source(name: str, g: AttentionGeometry, cast: str, precision: str, acc_dtype: str = "tl.float32") -> str:
    """``cast`` is applied to the tiles fed to tl.dot (``.to(tl.float32)`` under the interpreter);
    ``precision`` is tl.dot's input_precision ("" for its default); ``acc_dtype`` is the dtype of
    the scores tl.dot returns (``kernels.gemm.dot_accumulator``), kept by the running max, sum and
    output accumulator the loop carries."""
    mask_lines = ""
    if g.mask is not None:
        off, sl, ss = g.mask
        load = (f"tl.load(mask_ptr + {off} + offs_m[:, None] * {sl} + offs_n[None, :] * {ss}, "
                f"mask=m_ok & n_ok, other={'0.0' if g.mask_kind == 'add' else '0'})")
        if g.mask_kind == "add":
            mask_lines = f"        s = s + {load}.to(tl.float32)\n"
        elif g.mask_kind == "keep":
            mask_lines = f"        s = tl.where({load} != 0, s, -float(\"inf\"))\n"
        else:
            fill = repr(g.fill) if math.isfinite(g.fill) else ('-float("inf")' if g.fill < 0 else 'float("inf")')
            mask_lines = f"        s = tl.where({load} != 0, {fill}, s)\n"
    causal = "        s = tl.where(offs_n[None, :] > offs_m[:, None], -float(\"inf\"), s)\n" if g.causal else ""
    # causal (top-left aligned, as torch's is_causal): keys past the block's last row are all masked
    stop = f"tl.minimum({g.s}, (pid_m + 1) * BLOCK_M)" if g.causal else f"{g.s}"
    prec = f', input_precision="{precision}"' if precision else ""
    return f'''
@triton.jit
def {name}(q_ptr, kt_ptr, v_ptr, mask_ptr, o_ptr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr,
           BLOCK_D: tl.constexpr, BLOCK_DV: tl.constexpr):
    pid_m = tl.program_id(0)
    z = tl.program_id(1)
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_d = tl.arange(0, BLOCK_D)
    offs_dv = tl.arange(0, BLOCK_DV)
    m_ok = offs_m[:, None] < {g.l}
    q = tl.load(q_ptr + {g.q[0]} + offs_m[:, None] * {g.q[1]} + offs_d[None, :] * {g.q[2]},
                mask=m_ok & (offs_d[None, :] < {g.d}), other=0.0)
    m_i = tl.full([BLOCK_M], -float("inf"), {acc_dtype})
    l_i = tl.zeros([BLOCK_M], {acc_dtype})
    acc = tl.zeros([BLOCK_M, BLOCK_DV], {acc_dtype})
    for start in range(0, {stop}, BLOCK_N):
        offs_n = start + tl.arange(0, BLOCK_N)
        n_ok = offs_n[None, :] < {g.s}
        kt = tl.load(kt_ptr + {g.kt[0]} + offs_d[:, None] * {g.kt[1]} + offs_n[None, :] * {g.kt[2]},
                     mask=(offs_d[:, None] < {g.d}) & n_ok, other=0.0)
        s = tl.dot(q{cast}, kt{cast}{prec}) * {g.scale!r}
{mask_lines}{causal}        s = tl.where(n_ok, s, -float("inf"))
        m_new = tl.maximum(m_i, tl.max(s, axis=1))
        # rows with every score masked so far keep a finite base so exp() gives 0, not NaN
        base = tl.where(m_new == -float("inf"), 0.0, m_new)
        alpha = tl.exp(m_i - base)
        p = tl.exp(s - base[:, None])
        l_i = l_i * alpha + tl.sum(p, axis=1)
        v = tl.load(v_ptr + {g.v[0]} + offs_n[:, None] * {g.v[1]} + offs_dv[None, :] * {g.v[2]},
                    mask=(offs_n[:, None] < {g.s}) & (offs_dv[None, :] < {g.dv}), other=0.0)
        acc = acc * alpha[:, None] + tl.dot(p.to(v.dtype){cast}, v{cast}{prec})
        m_i = m_new
    out = acc / l_i[:, None]
    o_off = z * {g.l * g.dv} + offs_m[:, None] * {g.dv} + offs_dv[None, :]
    tl.store(o_ptr + o_off, out.to(o_ptr.dtype.element_ty), mask=m_ok & (offs_dv[None, :] < {g.dv}))
'''
