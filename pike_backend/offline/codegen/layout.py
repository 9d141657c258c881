"""Index arithmetic of fused regions.

A region iterates over one *space* (a shape) split into row dims and reduced (column) dims. Every
tensor a region reads or writes is described by its strides over that space (0 where it is
broadcast); torch's own view logic on meta tensors computes them, so broadcasting, reshapes and
non-contiguous inputs are all handled by one rule. From strides, ``offset_expr`` writes the Triton
index expression, collapsing dims that are contiguous for that tensor so that the common cases
(same shape, a bias along the last dim, a per-row scalar) need at most one division.
"""

from __future__ import annotations

import math
from typing import Sequence

import torch


def numel(shape: Sequence[int]) -> int:
    return math.prod(shape)


def contiguous_strides(shape: Sequence[int]) -> tuple[int, ...]:
    strides, acc = [], 1
    for size in reversed(shape):
        strides.append(acc)
        acc *= size
    return tuple(reversed(strides))


def refine(a: Sequence[int], b: Sequence[int]) -> list[int] | None:
    """The coarsest shape that both ``a`` and ``b`` are merges of (same numel), or None."""
    if numel(a) != numel(b):
        return None
    cuts = sorted(_cuts(a) | _cuts(b))
    out, prev = [], 1
    for cut in cuts:
        if cut % prev:
            return None
        out.append(cut // prev)
        prev = cut
    return out


def _cuts(shape: Sequence[int]) -> set[int]:
    cuts, acc = set(), 1
    for size in shape:
        if size != 1:
            acc *= size
            cuts.add(acc)
    return cuts


def squeeze_shape(shape: Sequence[int]) -> list[int]:
    """A space never keeps size-1 dims: they add nothing to indexing and make dim mapping ambiguous."""
    return [s for s in shape if s != 1]


def owners(coarse: Sequence[int], fine: Sequence[int]) -> list[int]:
    """For each dim of ``fine`` (a refinement of ``coarse``, neither with size-1 dims), the dim of
    ``coarse`` it is part of."""
    ends, acc = [], 1
    for size in coarse:
        acc *= size
        ends.append(acc)
    out, acc, i = [], 1, 0
    for size in fine:
        acc *= size
        while ends[i] < acc:
            i += 1
        out.append(i)
    return out


def dense_order(space: Sequence[int], strides: Sequence[int]) -> list[int] | None:
    """The dims of ``space`` outermost first when ``strides`` lay it out densely in some order (as
    channels_last does), else None. ``space`` has no size-1 dims, so the order is unique."""
    order = sorted(range(len(space)), key=lambda d: -strides[d])
    return order if dense_strides(space, order) == tuple(strides) else None


def dense_strides(space: Sequence[int], order: Sequence[int]) -> tuple[int, ...]:
    """Strides over ``space`` of a dense tensor whose dims are ``order`` in memory, outermost first."""
    strides, acc = [0] * len(space), 1
    for d in reversed(order):
        strides[d] = acc
        acc *= space[d]
    return tuple(strides)


def view_strides(
    shape: Sequence[int], strides: Sequence[int], target: Sequence[int], space: Sequence[int]
) -> tuple[int, ...] | None:
    """Strides over ``space`` of a tensor (``shape``/``strides``) broadcast to ``target`` (the
    consumer's shape, numel == numel(space)); None when no such view exists."""
    try:
        meta = torch.empty_strided(tuple(shape), tuple(strides), device="meta")
        return tuple(meta.expand(tuple(target)).view(tuple(space)).stride())
    except RuntimeError:
        return None


def offset_expr(index: str, sizes: Sequence[int], strides: Sequence[int]) -> str:
    """Triton expression of ``sum(idx_d * stride_d)`` where ``index`` is the row-major linear
    index over ``sizes``."""
    groups = []  # (size, stride), innermost first, size-1 dims dropped, mergeable dims merged
    for size, stride in zip(reversed(sizes), reversed(strides)):
        if size == 1:
            continue
        if groups and stride == groups[-1][1] * groups[-1][0]:
            groups[-1] = (groups[-1][0] * size, groups[-1][1])
        else:
            groups.append((size, stride))
    terms, inner = [], 1
    for pos, (size, stride) in enumerate(groups):
        if stride != 0:
            term = index if inner == 1 else f"({index} // {inner})"
            if pos != len(groups) - 1:
                term = f"({term} % {size})"
            terms.append(term if stride == 1 else f"{term} * {stride}")
        inner *= size
    return " + ".join(terms) if terms else "0"
