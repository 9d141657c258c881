"""The Triton GEMM template with a fused epilogue.

``gemm_source`` writes one kernel: a batched, grouped-order (for L2 reuse) tiled matmul with fp32
accumulation whose epilogue is code the caller supplies (bias, activation, residual, scale...
written by the code generator over the same output tile), so the product never makes a round trip
through memory before its epilogue. Operand strides are baked in, so transposed weights (linear)
and broadcast batch dims cost nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GemmGeometry:
    m: int
    n: int
    k: int
    batch: int
    a_strides: tuple[int, int]  # (m, k)
    b_strides: tuple[int, int]  # (k, n)
    a_batch: str  # Triton expression of the A batch offset in terms of ``bid``
    b_batch: str


def dot_operands(a_dtype: str, interpreter_safe: bool, allow_low_precision: bool, allow_tf32: bool) -> tuple[str, str]:
    """(cast applied to both tiles, tl.dot input_precision or "" for the default) for ``a_dtype``."""
    if interpreter_safe:
        # the interpreter has no bf16 dot: exact fp32 products of the low-precision values
        return ".to(tl.float32)", "ieee"
    if a_dtype == "float64":
        return "", "ieee"  # fp64 stays fp64, as in torch (neither TF32 nor autocast touch fp64 matmuls)
    if a_dtype in ("float16", "bfloat16"):
        return "", ""  # input_precision only concerns fp32 operands
    if allow_low_precision:
        return ".to(tl.bfloat16)", "ieee"
    return "", "tf32" if allow_tf32 else "ieee"


def dot_accumulator(a_dtype: str, cast: str) -> str:
    """The dtype tl.dot returns for these operands, so the accumulator a loop carries keeps it: fp64
    operands give an fp64 product (the compiler refuses a loop variable that changes type; the
    interpreter would silently compute in the accumulator's dtype)."""
    return "tl.float64" if a_dtype == "float64" and not cast else "tl.float32"


def _precision_arg(precision: str) -> str:
    return f', input_precision="{precision}"' if precision else ""


def gemm_source(
    name: str,
    geometry: GemmGeometry,
    params: list[str],
    epilogue: list[str],
    cast: str,
    precision: str,
    acc_dtype: str = "tl.float32",
) -> str:
    """The kernel source. ``params`` are the epilogue's pointer names; ``epilogue`` its lines, which
    see ``acc`` (``acc_dtype`` [BLOCK_M, BLOCK_N], see ``dot_accumulator``), ``rows`` ([BLOCK_M, 1]
    linear output row), ``cols`` ([1, BLOCK_N]), ``mask`` and ``row_mask`` (for loads that depend
    on the row only, as the row kernels name it)."""
    g = geometry
    body = "\n".join("    " + line for line in epilogue)
    extra = "".join(f"{p}, " for p in params)
    return f'''
@triton.jit
def {name}(a_ptr, b_ptr, {extra}BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    bid = tl.program_id(1)
    num_pid_m = tl.cdiv({g.m}, BLOCK_M)
    num_pid_n = tl.cdiv({g.n}, BLOCK_N)
    group = GROUP_M * num_pid_n
    first_m = (pid // group) * GROUP_M
    size_m = tl.minimum(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % group) % size_m
    pid_n = (pid % group) // size_m
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_base = a_ptr + {g.a_batch} + offs_m[:, None] * {g.a_strides[0]}
    b_base = b_ptr + {g.b_batch} + offs_n[None, :] * {g.b_strides[1]}
    m_ok = offs_m[:, None] < {g.m}
    n_ok = offs_n[None, :] < {g.n}
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype={acc_dtype})
    for k0 in range(0, {g.k}, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_base + kk[None, :] * {g.a_strides[1]}, mask=m_ok & (kk[None, :] < {g.k}), other=0.0)
        b = tl.load(b_base + kk[:, None] * {g.b_strides[0]}, mask=(kk[:, None] < {g.k}) & n_ok, other=0.0)
        acc = tl.dot(a{cast}, b{cast}, acc{_precision_arg(precision)})
    rows = bid * {g.m} + offs_m[:, None]
    cols = offs_n[None, :]
    mask = m_ok & n_ok
    row_mask = m_ok
{body}
'''


def gemm_grid(geometry: GemmGeometry, block_m: int, block_n: int) -> str:
    g = geometry
    return f"(triton.cdiv({g.m}, {block_m}) * triton.cdiv({g.n}, {block_n}), {g.batch})"
