"""EFA: rule-based repairs of a rejected offline-agent Solution, read from the evaluator's Verdict.

Each rule names the failure it recognises and the smallest change that removes its cause: smaller
blocks and fewer warps on resource errors, fp32 accumulation (then the next higher precision not
tried yet) on tolerance failures, contiguous operands on stride errors, no CUDA graph on capture errors, and
otherwise the rewrite applied last is dropped. A seed of torch.compile that fails the tolerance by
a handful of values (``marginal``) first drops the rewrite of ours that changes its rounding at the
same precision (cuDNN's fused epilogues, then freezing). cuDNN's timed convolution algorithms in fp32
(``cudnn-tuned``) are dropped first on a tolerance failure, and on a seed of torch.compile on any
failure but torch.compile's own. A precision whose operands failed the tolerance
(``failing_precision``) rules out every recipe as lossy for the rest of the search, or where only a
handful of values failed (``marginal``), moves such recipes one step up before they are tried. A
seed of torch.compile that cannot compile the problem (``torch_compile_failed``) is tried once more
without freezing, and no seed of it after that.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from ..evaluate.verdict import Verdict
from .recipe import SIXTEEN_BIT, Recipe

_RESOURCE = re.compile(r"out ?of ?resources|shared memory|too many resources|registers|hardware limit|outofresources", re.I)
_STRIDE = re.compile(r"stride|contiguous|view size is not compatible|memory format|channels_last", re.I)
_CAPTURE = re.compile(r"captur|cudagraph|cuda graph|stream is capturing", re.I)
_NONFINITE = re.compile(r"\bnan\b|\binf\b|non-finite|overflow", re.I)
_STRUCTURE = re.compile(r"shape|dtype|number of outputs", re.I)
_TRITON = re.compile(r"triton|compilationerror|tl\.|@jit", re.I)
# torch.compile's own failure to compile or lower the problem (Mamba-2's block on torch 2.11:
# "InductorError: TypeError: list indices must be integers"), as opposed to a capture error
_INDUCTOR = re.compile(r"InductorError|BackendCompilerFailed|LoweringException|torch\._inductor|torch\._dynamo", re.I)
_MIN_BLOCK = 16


@dataclass
class Repair:
    recipe: Recipe
    reason: str


def _text(verdict: Verdict) -> str:
    return " ".join(verdict.reasons) + "\n" + (verdict.error or "")


def smaller_tuning(recipe: Recipe, knobs: dict[str, Any]) -> dict[str, Any] | None:
    """Every block-size knob halved and warps halved, from the values in force; None at the floor."""
    current = {**knobs, **dict(recipe.tuning)}
    smaller = {}
    for name, value in current.items():
        if not isinstance(value, int):
            continue
        lowered = name.lower()
        if "block" in lowered and value > _MIN_BLOCK:
            smaller[name] = value // 2
        elif "warps" in lowered and value > 1:
            smaller[name] = value // 2
        elif "stages" in lowered and value > 1:
            smaller[name] = value - 1
    return {**dict(recipe.tuning), **smaller} if smaller else None


# Each precision's next steps up, nearest first: a step already tried is passed over for the next.
_HIGHER = {"bf16": ("fp16", "tf32", "fp32"), "fp16": ("tf32", "fp32"), "tf32": ("fp32",), "fp32": ()}
_WHY = {
    "fp16": "tolerance failure: fp16 keeps 3 more mantissa bits than bf16",
    "tf32": "tolerance failure: TF32 instead of 16-bit operands",
    "fp32": "tolerance failure: full fp32",
}
# How much each precision rounds a matmul's operands: a problem whose numerics fail at one level
# fail at every level as lossy or lossier (within the range each has: see nonfinite below).
_LOSSINESS = {"fp32": 0, "tf32": 1, "fp16": 2, "bf16": 3}
# A failure by this fraction of an output's values or fewer (``marginal``) may be the candidate's own
# rounding rather than the precision's: Swin V2 on an H200 failed by 2-8 of 3 million values at
# fp16 and at TF32 in one candidate and passed at TF32 in another (torch.compile's frozen kernels,
# 1.23x of the best configuration). Such a precision is suspect, not ruled out: ideas at it are
# tried one step up first, then as they are (``lifted``).
_MARGINAL = 1e-5


def failing_precision(recipe: Recipe, verdict: Verdict) -> str | None:
    """The precision that ``verdict`` shows the problem does not take (a finite tolerance failure
    whose cause is the operands' precision, not our kernels' 16-bit intermediates), else None."""
    if recipe.precision == "fp32" or not _tolerance_failure(verdict) or _NONFINITE.search(_text(verdict)):
        return None
    if recipe.path == "graph" and recipe.triton and not recipe.kernel_fp32:
        # our kernels may be the cause: their 16-bit intermediates (the fp32-acc repair may pass) or,
        # at TF32, their own tl.dot rounding (Swin V2: ours failed where cuBLAS's TF32 passed)
        return None
    return recipe.precision


def marginal(verdict: Verdict) -> bool:
    """A tolerance failure by a handful of values (``_MARGINAL``), every output counted."""
    diffs = verdict.diffs
    return any(d.mismatched for d in diffs) and all(d.mismatched <= _MARGINAL * d.total for d in diffs)


def too_lossy(recipe: Recipe, failing: set[str] | frozenset[str]) -> bool:
    """Whether ``recipe`` runs at a precision as lossy as one that failed the tolerance here."""
    return any(_LOSSINESS[recipe.precision] >= _LOSSINESS[f] for f in failing)


def lifted(recipe: Recipe, failing: set[str] | frozenset[str],
           suspect: set[str] | frozenset[str] = frozenset()) -> list[Recipe]:
    """``recipe`` itself, or where its precision is as lossy as one that failed the tolerance here,
    the same rewrites at each higher precision that may pass, nearest first; where it is as lossy
    as one that failed only marginally, the same rewrites at the nearest higher precision that has
    not failed at all first, then ``recipe``."""
    higher = [recipe.at_precision(step) for step in _HIGHER[recipe.precision]]
    higher = [r for r in higher if not too_lossy(r, failing)]
    if too_lossy(recipe, failing):
        return higher
    if too_lossy(recipe, suspect):
        return [r for r in higher if not too_lossy(r, suspect)][:1] + [recipe]
    return [recipe]


def _tolerance_failure(verdict: Verdict) -> bool:
    """Outputs of the right structure whose values are outside the tolerance."""
    return verdict.stage in ("correctness", "recheck") and not _STRUCTURE.search(" ".join(verdict.reasons))


def _higher_precision_steps(recipe: Recipe, nonfinite: bool):
    if recipe.triton and recipe.precision in SIXTEEN_BIT and not recipe.kernel_fp32:
        yield Repair(recipe.with_token("fp32-acc"), "tolerance failure: our kernels keep fp32 intermediates")
    if recipe.triton and recipe.precision == "tf32":  # tells our kernels' rounding from the operands'
        yield Repair(recipe.without("triton-fused"), "tolerance failure at TF32: cuBLAS's TF32 matmuls, no Triton kernels")
    if recipe.precision == "fp16" and nonfinite:
        yield Repair(recipe.with_token("bf16"), "non-finite values in fp16: bf16 has fp32's range")
    for step in _HIGHER[recipe.precision]:
        if step == "fp16" and nonfinite:
            continue
        yield Repair(recipe.at_precision(step), _WHY[step])


def repair(recipe: Recipe, verdict: Verdict, knobs: dict[str, Any] | None = None, tried: set[Recipe] | None = None,
           failing: set[str] | frozenset[str] = frozenset()) -> Repair | None:
    """The repaired recipe, or None when no rule applies and nothing is left to drop. Recipes in
    ``tried`` and at a precision as lossy as one in ``failing`` (see ``failing_precision``) are
    passed over."""
    tried = tried or set()
    text = _text(verdict)
    for candidate in _rules(recipe, verdict, text, knobs or {}):
        if candidate is not None and candidate.recipe != recipe and candidate.recipe not in tried \
                and not too_lossy(candidate.recipe, failing):
            return candidate
    return None


def torch_compile_failed(recipe: Recipe, verdict: Verdict) -> bool:
    """Whether a seed of torch.compile failed because torch.compile cannot compile this problem:
    then every configuration of it does (Mamba-2's block: all four of the benchmark's, one error),
    and once freezing is ruled out as the cause, no other is tried."""
    text = _text(verdict)
    return (recipe.path == "inductor" and not recipe.cudnn_fused and verdict.stage in ("load", "run", "compile")
            and bool(_INDUCTOR.search(text)) and not _CAPTURE.search(text))


_UNTUNED = "cuDNN's heuristic convolution algorithms, not timed ones (their rounding, or the capture on a tuning thread)"


# Our rewrites of torch.compile's output, newest first: the first a seed has is the first suspect
# when it fails. Our pass in inductor's compile (cuDNN's fused epilogues), then freezing's passes
# (folding, constant layouts); each with the reason for a failure other than the tolerance.
_INDUCTOR_REWRITES = (
    ("cudnn-fused", "inductor with cuDNN's fused epilogues failed: inductor's own"),
    ("freeze", "frozen inductor failed: the module's tensors as inputs"),
)


def _inductor_rules(recipe: Recipe, verdict: Verdict):
    compile_failed = torch_compile_failed(recipe, verdict)
    if recipe.cudnn_tuned and not compile_failed:
        yield Repair(recipe.without("cudnn-tuned"), _UNTUNED)
    newest = next(((t, why) for t, why in _INDUCTOR_REWRITES if t in recipe.tokens), None)
    if verdict.stage in ("correctness", "recheck"):
        if newest and marginal(verdict):
            # a handful of values is the signature of rounding, and these rewrites change it at the
            # same precision (freezing folds the module's tensors into constants once). Swin V2 at
            # TF32 on an H200: frozen, 1 value of 3 million over the tolerance; torch.compile's own
            # TF32 kernels, the best configuration, passed.
            token = newest[0]
            yield Repair(recipe.without(token), f"marginal tolerance failure: inductor without {token}, same precision")
        for step in _HIGHER[recipe.precision]:
            yield Repair(recipe.at_precision(step), f"tolerance failure: inductor at {step}")
    elif newest:
        yield Repair(recipe.without(newest[0]), newest[1])
    if compile_failed:  # every other configuration fails the same way
        return
    if recipe.cuda_graph:  # cudagraph trees leave out of their graphs what cannot be captured
        trees = Recipe(path="inductor", precision=recipe.precision, inductor_mode="reduce-overhead",
                       applied=("inductor-reduce-overhead",))
        yield Repair(trees, "inductor in pike's CUDA graph failed: torch.compile's own CUDA graphs")
    if recipe.inductor_mode == "reduce-overhead":
        yield Repair(dataclasses.replace(recipe, inductor_mode="default"), "inductor without CUDA graphs")


def _rules(recipe: Recipe, verdict: Verdict, text: str, knobs: dict[str, Any]):
    if recipe.path == "inductor":
        yield from _inductor_rules(recipe, verdict)
        return
    if recipe.triton and _RESOURCE.search(text):
        smaller = smaller_tuning(recipe, knobs)
        if smaller is not None:
            yield Repair(recipe.with_tuning(smaller), "resource error: smaller blocks and fewer warps")
        yield Repair(recipe.without("triton-fused"), "resource error at the smallest blocks: no Triton kernels")
    if recipe.cuda_graph and _CAPTURE.search(text):
        yield Repair(recipe.without("cuda-graph"), "CUDA graph capture failed: run without capture")
    if _STRIDE.search(text) and recipe.path == "graph":
        if not recipe.contiguous:
            yield Repair(recipe.with_token("contiguous"), "stride error: contiguous operands for every kernel")
        if recipe.channels_last:
            yield Repair(recipe.without("channels-last"), "stride error: default memory format")
    if _tolerance_failure(verdict):
        if recipe.cudnn_tuned:
            yield Repair(recipe.without("cudnn-tuned"), _UNTUNED)
        yield from _higher_precision_steps(recipe, bool(_NONFINITE.search(text)))
        if recipe.triton:
            yield Repair(recipe.without("triton-fused"), "tolerance failure at full precision: no Triton kernels")
        if recipe.fold_bn:
            yield Repair(recipe.without("fold-bn"), "tolerance failure: batch norm kept as is")
    if recipe.triton and verdict.stage in ("compile", "load") and _TRITON.search(text):
        yield Repair(recipe.without("triton-fused"), "Triton kernel failed to compile: no Triton kernels")
    for token in reversed(recipe.applied):
        yield Repair(recipe.without(token), f"dropping the last rewrite that may have caused it: {token}")
