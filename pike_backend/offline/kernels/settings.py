"""Launch settings per shape, shared by every generated kernel (after Liger-Kernel's
``calculate_settings``): block sizes and warps follow the row length so that a program keeps a
whole row in registers when it fits, and several short rows share a program so each program still
moves enough bytes to keep the memory system busy.
"""

from __future__ import annotations

from dataclasses import dataclass

import triton

# Above this many columns a row no longer fits in one program's registers; the kernel then loops
# over column blocks (one extra pass over the input per reduction level).
MAX_SINGLE_PASS = 16384
# Elements one program of a memory-bound kernel should touch: 4-8 KiB per load in flight is what
# it takes to approach copy bandwidth on an H100.
TARGET_TILE = 4096
LOOP_BLOCK = 4096


def next_pow2(n: int) -> int:
    return triton.next_power_of_2(max(1, int(n)))


def calculate_settings(n: int) -> tuple[int, int]:
    """(BLOCK, num_warps) for a row of ``n`` elements held by one program."""
    block = next_pow2(n)
    if block >= 32768:
        warps = 32
    elif block >= 8192:
        warps = 16
    elif block >= 2048:
        warps = 8
    else:
        warps = 4
    return block, warps


@dataclass(frozen=True)
class RowSettings:
    block_n: int
    rows: int  # rows per program
    num_warps: int
    single_pass: bool


def row_settings(n_cols: int, n_rows: int) -> RowSettings:
    single = n_cols <= MAX_SINGLE_PASS
    block_n = next_pow2(n_cols) if single else LOOP_BLOCK
    rows = max(1, min(next_pow2(n_rows), TARGET_TILE // block_n, 64))
    _, warps = calculate_settings(block_n * rows)
    return RowSettings(block_n=block_n, rows=rows, num_warps=min(warps, 16), single_pass=single)


def pointwise_settings(numel: int) -> tuple[int, int]:
    """(BLOCK, num_warps) for a flat elementwise kernel."""
    block = min(next_pow2(numel), 2048 if numel >= (1 << 20) else 1024)
    return max(block, 16), 4 if block <= 1024 else 8


@dataclass(frozen=True)
class GemmSettings:
    block_m: int
    block_n: int
    block_k: int
    group_m: int
    num_warps: int
    num_stages: int


def gemm_settings(m: int, n: int, k: int) -> GemmSettings:
    """A tile that suits the problem size: big tiles for big GEMMs, small ones for skinny ones."""
    block_m = 128 if m >= 1024 else 64 if m >= 64 else max(16, next_pow2(m))
    block_n = 128 if n >= 256 else 64 if n >= 64 else max(16, next_pow2(n))
    block_k = 64 if k >= 64 else max(16, next_pow2(k))
    warps = 8 if block_m * block_n >= 128 * 128 else 4
    stages = 3 if k >= 256 else 2
    return GemmSettings(block_m, block_n, block_k, group_m=8, num_warps=warps, num_stages=stages)


def attention_settings(l_q: int, l_kv: int, head_dim: int) -> tuple[int, int, int]:
    """(BLOCK_M, BLOCK_N, num_warps) for the fused attention kernel."""
    block_m = 128 if l_q >= 128 and head_dim <= 64 else 64 if l_q >= 64 else max(16, next_pow2(l_q))
    block_n = 64 if l_kv >= 64 else max(16, next_pow2(l_kv))
    warps = 8 if block_m >= 128 else 4
    return block_m, block_n, warps


def ssd_settings(batch: int, heads: int, p: int, length: int) -> tuple[int, int]:
    """(BLOCK_P, num_warps) for the SSD scan kernel: split P so that batch x heads x P-blocks fills
    the GPU's SMs; twice the warps for chunks over 64 steps (the [l, l] tiles spread over more
    registers)."""
    block_p = next_pow2(p)
    while block_p > 16 and batch * heads * triton.cdiv(p, block_p) < 128:
        block_p //= 2
    return max(16, block_p), 8 if length > 64 else 4


def around(value: int, low: int, high: int) -> list[int]:
    """``value`` and the powers of two near it within [low, high]: what a tuning pass may try."""
    out = {v for v in (value // 4, value // 2, value * 2, value * 4) if low <= v <= high}
    return sorted(out | {value})
