"""Output comparison for the end-to-end check of a stitched graph (trusted code, same process)."""

from __future__ import annotations

from typing import Any

import torch

from ..options import Tolerance


def _flatten(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _flatten(item)]
    return [value]


def outputs_close(got: Any, expected: Any, tol: Tolerance) -> list[str]:
    """Every way ``got`` differs from ``expected`` beyond the tolerance; empty when they agree."""
    got_leaves, exp_leaves = _flatten(got), _flatten(expected)
    if len(got_leaves) != len(exp_leaves):
        return [f"{len(got_leaves)} outputs instead of {len(exp_leaves)}"]
    problems = []
    for i, (g, e) in enumerate(zip(got_leaves, exp_leaves)):
        if not isinstance(e, torch.Tensor):
            if g != e:
                problems.append(f"output {i}: {g!r} instead of {e!r}")
            continue
        if not isinstance(g, torch.Tensor) or g.shape != e.shape or g.dtype != e.dtype:
            problems.append(f"output {i}: {_describe(g)} instead of {_describe(e)}")
            continue
        g64, e64 = g.detach().double(), e.detach().double()
        if not torch.isfinite(g64).all() and torch.isfinite(e64).all():
            problems.append(f"output {i}: NaN/Inf where the reference has none")
            continue
        if not torch.allclose(g64, e64, atol=tol.atol, rtol=tol.rtol, equal_nan=True):
            problems.append(f"output {i}: max abs diff {(g64 - e64).abs().nan_to_num().max().item():.3g}")
            continue
        ref_norm = e64.nan_to_num().norm().item()
        if ref_norm > 0:
            rel = (g64 - e64).nan_to_num().norm().item() / ref_norm
            if rel > tol.rel_l2:
                problems.append(f"output {i}: relative error {rel:.3g} over {tol.rel_l2:g}")
    return problems


def _describe(value: Any) -> str:
    if isinstance(value, torch.Tensor):
        return f"{str(value.dtype).replace('torch.', '')}{list(value.shape)}"
    return type(value).__name__
