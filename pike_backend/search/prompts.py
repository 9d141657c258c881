"""The prompts of the three agent roles, in our own words.

IBA: ideas for speeding up a problem. COA: a rewrite of a parent solution (optionally told the
parent's and the reference's runtimes, shown other good solutions, asked for a diff). EFA: a fix of a
rejected candidate, given the evaluator's report (error text, per-output differences).
"""

from __future__ import annotations

from ..evaluate.verdict import Verdict
from .agent import FixRequest, Idea, OptimizeRequest

SYSTEM = (
    "You are an expert GPU performance engineer. You make PyTorch inference faster by writing "
    "custom Triton kernels, fusing operations and removing overhead, and you never trade away correctness."
)

MAX_ERROR_CHARS = 6000

_CONTRACT = """\
Write one complete, self-contained Python module that defines `class ModelNew(nn.Module)`: same
constructor arguments and same forward signature as `Model`, same outputs (shapes, dtypes, values
within atol={atol:g} and rtol={rtol:g}). Keep parameters and buffers under the names and shapes that
`Model` uses, so its weights can be loaded into `ModelNew`. You may use Triton (`import triton`,
`import triton.language as tl`) and any PyTorch API. {precision}Do not read or depend on the
reference module, and do not cache results between calls."""


def _precision_note(meta: dict) -> str:
    if meta.get("allow_low_precision"):
        return "Reduced precision (bf16/fp16 arithmetic, TF32) is allowed if it stays within tolerance. "
    if meta.get("allow_tf32"):
        return "TF32 matrix multiplication is allowed; bf16/fp16 arithmetic is not. "
    return "Keep full fp32 arithmetic (no TF32, bf16 or fp16 shortcuts). "


def contract(request_meta: dict) -> str:
    return _CONTRACT.format(
        atol=request_meta.get("atol", 1e-4), rtol=request_meta.get("rtol", 1e-4), precision=_precision_note(request_meta)
    )


def _block(code: str) -> str:
    return f"```python\n{code.rstrip()}\n```"


def _timing_line(parent_ms: float | None, ref_ms: float | None) -> str:
    if not parent_ms or not ref_ms:
        return ""
    return (
        f"\nThe current solution runs in {parent_ms:.4f} ms; the PyTorch reference runs in {ref_ms:.4f} ms "
        f"(a speedup of {ref_ms / parent_ms:.2f}x). Make it faster still.\n"
    )


def _idea_text(idea: Idea | None) -> str:
    if idea is None:
        return ""
    detail = f": {idea.detail}" if idea.detail else ""
    return f"\n## Optimization to apply\n{idea.title}{detail}\n"


def brainstorm_prompt(problem_source: str, max_ideas: int, meta: dict) -> str:
    return f"""\
Here is a PyTorch program to be made faster for inference on a GPU.

{_block(problem_source)}

List {max_ideas} distinct, concrete ideas for speeding it up (for example: which operations to fuse
into one Triton kernel, better memory access or tiling, removing launch or Python overhead, CUDA graphs,
algebraic simplifications). {_precision_note(meta)}Order them from most to least promising.
Reply with a JSON list only, in a ```json block, each item {{"title": ..., "detail": ..., "kind": ...}}
where kind is a short label such as "fused-pointwise", "reduction", "matmul-epilogue", "cuda-graph".
"""


def optimize_prompt(request: OptimizeRequest, meta: dict) -> str:
    parts = [f"Make this PyTorch program faster for inference on a GPU.\n\n## Reference program\n{_block(request.problem.source)}\n"]
    if request.parent_source:
        parts.append(f"\n## Current solution, to improve on\n{_block(request.parent_source)}\n")
        parts.append(_timing_line(request.parent_ms, request.ref_ms))
    parts.append(_idea_text(request.idea))
    for number, source in enumerate(request.inspirations, 1):
        parts.append(f"\n## Another verified solution ({number}), for ideas\n{_block(source)}\n")
    parts.append("\n## Requirements\n" + contract(meta) + "\n")
    if request.diff_mode and request.parent_source:
        parts.append(
            "\nReply with edits to the current solution as one or more blocks of this exact form, each "
            "SEARCH part copied verbatim from the current solution:\n"
            "<<<<<<< SEARCH\n(lines to replace)\n=======\n(new lines)\n>>>>>>> REPLACE\n"
        )
    else:
        parts.append("\nReply with the whole module in a single ```python code block.\n")
    return "".join(parts)


def describe_failure(verdict: Verdict) -> str:
    lines = [f"The evaluator rejected it at the '{verdict.stage}' stage."]
    lines += [f"- {reason}" for reason in verdict.reasons]
    if verdict.diffs:
        lines.append("Worst difference from the reference per output:")
        lines += [
            f"- output {d.index}: max |diff| {d.max_abs_diff:.3g}, relative L2 error {d.rel_l2:.3g}, "
            f"{d.mismatched} of {d.total} elements outside tolerance"
            for d in verdict.diffs
        ]
    if verdict.error:
        error = verdict.error[-MAX_ERROR_CHARS:]
        lines.append(f"Error output (last part):\n```\n{error.rstrip()}\n```")
    return "\n".join(lines)


def fix_prompt(request: FixRequest, meta: dict) -> str:
    return f"""\
A candidate replacement for a PyTorch program failed verification. Fix it.

## Reference program
{_block(request.problem.source)}

## Candidate
{_block(request.source)}

## What went wrong
{describe_failure(request.verdict)}

## Requirements
{contract(meta)}

Keep the candidate's optimizations where you can; change what is needed to make it correct.
Reply with the whole corrected module in a single ```python code block.
"""
