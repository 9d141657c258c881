"""Output and input checks, run in the evaluator's own process on decoded CPU copies.

Nothing here is reachable from candidate code: a candidate that patches ``torch.allclose`` or
``Tensor.__eq__`` does so in its worker, while these comparisons run in the parent.

A float output passes when every element is within ``atol + rtol * |ref|`` **and** the relative
error norm ``||out - ref|| / ||ref||`` is within ``tolerance.rel_l2``: the norm is what stops an
all-zero answer from passing where the reference is small enough to hide under ``atol``. NaN or
Inf where the reference is finite fails; where the reference itself is NaN/Inf the candidate must
match it. Integer and bool outputs must be equal. Shape, dtype and device type must match exactly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import torch

from ..options import Tolerance
from .codec import sent_device
from .verdict import OutputDiff


def flatten(value: Any) -> list[Any]:
    """Leaves of an output, lists and tuples read alike (a list of tensors is a valid output)."""
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in flatten(item)]
    if isinstance(value, dict):
        return [leaf for key in sorted(value) for leaf in flatten(value[key])]
    return [value]


def _shape(value: Any) -> str:
    if isinstance(value, torch.Tensor):
        return f"{str(value.dtype).removeprefix('torch.')}{list(value.shape)}"
    return type(value).__name__


@dataclass
class Comparison:
    reasons: list[str] = field(default_factory=list)
    diffs: list[OutputDiff] = field(default_factory=list)


def _float_view(t: torch.Tensor) -> torch.Tensor:
    t = torch.view_as_real(t) if t.is_complex() else t
    return t.to(torch.float64)


def _compare_float(index: int, ref: torch.Tensor, out: torch.Tensor, tol: Tolerance) -> tuple[str | None, OutputDiff]:
    r, o = _float_view(ref), _float_view(out)
    ref_finite, out_finite = torch.isfinite(r), torch.isfinite(o)
    both = ref_finite & out_finite
    bad_nonfinite = int((ref_finite & ~out_finite).sum())
    # where the reference is NaN/Inf the candidate must produce the same non-finite value
    special = ~ref_finite
    special_wrong = int((special & ~((torch.isnan(r) & torch.isnan(o)) | (r == o))).sum())
    diff = torch.where(both, (o - r).abs(), torch.zeros_like(r))
    outside = int((diff > tol.atol + tol.rtol * r.abs()).sum())
    max_abs = float(diff.max()) if diff.numel() else 0.0
    ref_norm = float(torch.linalg.vector_norm(torch.where(both, r, torch.zeros_like(r))))
    diff_norm = float(torch.linalg.vector_norm(diff))
    if ref_norm > 0:
        rel = diff_norm / ref_norm
    else:  # an all-zero reference: the relative norm is undefined, atol alone decides
        rel = 0.0 if max_abs <= tol.atol else math.inf
    record = OutputDiff(index, max_abs, rel, outside + bad_nonfinite + special_wrong, out.numel())
    problems = []
    if bad_nonfinite:
        problems.append(f"{bad_nonfinite} NaN/Inf values where the reference is finite")
    if special_wrong:
        problems.append(f"{special_wrong} values differ where the reference is NaN/Inf")
    if outside:
        problems.append(
            f"{outside} of {out.numel()} values outside atol={tol.atol:g}/rtol={tol.rtol:g} (max abs diff {max_abs:.3g})"
        )
    if rel > tol.rel_l2:
        problems.append(f"relative error {rel:.3g} over the limit {tol.rel_l2:g}")
    return ("; ".join(problems) or None), record


def _compare_exact(index: int, ref: torch.Tensor, out: torch.Tensor) -> tuple[str | None, OutputDiff]:
    wrong = int((ref != out).sum())
    record = OutputDiff(index, float(wrong > 0), float(wrong > 0), wrong, out.numel())
    return (f"{wrong} of {out.numel()} values differ (exact match required for {ref.dtype})" if wrong else None), record


def _compare_tensor(index: int, ref: torch.Tensor, out: Any, tol: Tolerance) -> tuple[str | None, OutputDiff | None]:
    if not isinstance(out, torch.Tensor):
        return f"is a {type(out).__name__}, the reference a tensor {_shape(ref)}", None
    if out.dtype != ref.dtype or out.shape != ref.shape:
        return f"is {_shape(out)}, the reference {_shape(ref)}", None
    if sent_device(out) != sent_device(ref):
        return f"is on {sent_device(out)}, the reference on {sent_device(ref)}", None
    if ref.dtype.is_floating_point or ref.dtype.is_complex:
        return _compare_float(index, ref, out, tol)
    return _compare_exact(index, ref, out)


def _compare_scalar(ref: Any, out: Any, tol: Tolerance) -> str | None:
    if type(out) is not type(ref):
        return f"is a {type(out).__name__}, the reference a {type(ref).__name__}"
    if isinstance(ref, float):
        same = (math.isnan(ref) and math.isnan(out)) or abs(out - ref) <= tol.atol + tol.rtol * abs(ref)
        return None if same else f"is {out!r}, the reference {ref!r}"
    return None if out == ref else f"is {out!r}, the reference {ref!r}"


def compare_outputs(ref: Any, out: Any, tol: Tolerance) -> Comparison:
    """Every way ``out`` fails to match ``ref``, one reason per output."""
    result = Comparison()
    refs, outs = flatten(ref), flatten(out)
    if len(refs) != len(outs):
        result.reasons.append(f"returned {len(outs)} outputs, the reference returns {len(refs)}")
        return result
    for index, (r, o) in enumerate(zip(refs, outs)):
        if isinstance(r, torch.Tensor):
            problem, record = _compare_tensor(index, r, o, tol)
            if record is not None:
                result.diffs.append(record)
        else:
            problem = _compare_scalar(r, o, tol)
        if problem:
            result.reasons.append(f"output {index} {problem}")
    return result


def _raw_bytes(t: torch.Tensor) -> torch.Tensor:
    return t.contiguous().reshape(-1).view(torch.uint8)


def changed_inputs(expected: list[Any], after: list[Any]) -> list[int]:
    """Indices of the tensor inputs whose values the candidate changed (NaN-aware, bit-exact)."""
    changed = []
    for index, (want, got) in enumerate(zip(expected, after)):
        if not isinstance(want, torch.Tensor):
            continue
        if not isinstance(got, torch.Tensor) or got.shape != want.shape or got.dtype != want.dtype:
            changed.append(index)
        elif not torch.equal(_raw_bytes(want), _raw_bytes(got)):
            changed.append(index)
    return changed
