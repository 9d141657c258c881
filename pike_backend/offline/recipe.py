"""A Recipe: which rewrites an offline-agent Solution applies, and the label reported as its kind.

The recipe is written into the Solution's source as one marker comment, so a parent Solution of
ours can be read back (as plain JSON, never executed) and a child built on top of it.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

MARKER = "# pike-offline-recipe: "

PRECISIONS = ("fp32", "tf32", "bf16", "fp16")
SIXTEEN_BIT = ("bf16", "fp16")  # the precisions with 16-bit operands
INDUCTOR_MODES = ("default", "reduce-overhead")
# Rewrite tokens in the order a kind label lists them.
FLAGS = ("cuda-graph", "fold-bn", "channels-last", "triton-fused", "tuned", "fp32-acc", "contiguous", "cudnn-tuned")
_FLAG_FIELDS = {
    "cuda-graph": "cuda_graph",
    "fold-bn": "fold_bn",
    "channels-last": "channels_last",
    "triton-fused": "triton",
    "fp32-acc": "kernel_fp32",
    "contiguous": "contiguous",
    "cudnn-tuned": "cudnn_tuned",
}
# The rewrites torch.compile's output takes (in its default mode), in label order.
_INDUCTOR_FIELDS = {"cuda-graph": "cuda_graph", "freeze": "freeze", "cudnn-fused": "cudnn_fused",
                    "cudnn-tuned": "cudnn_tuned"}


@dataclass(frozen=True)
class Recipe:
    path: str = "graph"  # graph: our functional graph | module: the problem's forward | inductor
    precision: str = "fp32"
    cuda_graph: bool = False
    fold_bn: bool = False
    channels_last: bool = False
    triton: bool = False
    kernel_fp32: bool = False  # our kernels keep fp32 intermediates even under bf16/fp16
    contiguous: bool = False
    tuning: tuple[tuple[str, Any], ...] = ()  # knob -> value for the code generator
    # inductor path: torch.compile's mode. "default" with cuda_graph runs inductor's kernels inside
    # pike's own CUDA graph, whose replay costs less host time per call than cudagraph trees'
    inductor_mode: str = ""
    # inductor path: compile with the module's tensors as constants (inductor's freezing: batch norm
    # folded, weights cast and laid out once rather than at every call)
    freeze: bool = False
    # inductor path: each conv2d -> [add] -> relu as one cuDNN call with the epilogue fused (runtime.py)
    cudnn_fused: bool = False
    # in fp32, cuDNN times its convolution algorithms when the CUDA graph is captured (below fp32 it
    # always does: runtime.py's tune_convs); a rewrite of its own in fp32, where the algorithms'
    # rounding may tell under a tight tolerance, so that the EFA can drop it
    cudnn_tuned: bool = False
    applied: tuple[str, ...] = ()  # tokens in the order they were added (the EFA drops the last)

    # -- labels ------------------------------------------------------------------------------------

    @property
    def tokens(self) -> list[str]:
        if self.path == "inductor":
            extra = [t for t, name in _INDUCTOR_FIELDS.items() if getattr(self, name)]
            return [f"inductor-{self.inductor_mode}", *extra] + ([self.precision] if self.precision != "fp32" else [])
        out = [t for t in FLAGS if (bool(self.tuning) if t == "tuned" else getattr(self, _FLAG_FIELDS[t]))]
        if self.precision != "fp32":
            out.insert(1 if self.cuda_graph else 0, self.precision)
        return out

    @property
    def kind(self) -> str:
        if self.path == "inductor":
            label = "+".join(t for t in self.tokens if t not in PRECISIONS)
            return f"{label}:{self.precision}" if self.precision != "fp32" else label
        return "+".join(self.tokens) or ("eager-graph" if self.path == "graph" else "eager")

    # -- edits -----------------------------------------------------------------------------------

    def with_token(self, token: str) -> "Recipe":
        """This recipe with one more rewrite (a precision token replaces the precision)."""
        if token in PRECISIONS:
            changed = dataclasses.replace(self, precision=token)
        elif token.startswith("inductor-"):
            mode = token[len("inductor-"):]
            if mode not in INDUCTOR_MODES:
                raise ValueError(f"unknown inductor mode {mode!r}; use one of {', '.join(INDUCTOR_MODES)}")
            return Recipe(path="inductor", precision=self.precision, inductor_mode=mode, applied=(token,))
        elif self.path == "inductor" and token not in _INDUCTOR_FIELDS:
            raise ValueError(f"{token!r} does not apply to torch.compile's output; only {', '.join(_INDUCTOR_FIELDS)} do")
        elif self.path == "inductor" and self.inductor_mode != "default":
            raise ValueError(f"inductor-reduce-overhead captures its own CUDA graphs and compiles as torch.compile does; use inductor-default+{token}")
        elif self.path == "inductor":
            changed = dataclasses.replace(self, **{_INDUCTOR_FIELDS[token]: True})
        elif token in _FLAG_FIELDS:
            changed = dataclasses.replace(self, **{_FLAG_FIELDS[token]: True})
        else:
            raise ValueError(f"unknown rewrite {token!r}")
        if changed == self:
            return self
        return dataclasses.replace(changed, applied=tuple(t for t in self.applied if t != token) + (token,))

    def without(self, token: str) -> "Recipe":
        """This recipe with a rewrite dropped (a precision token goes back to fp32)."""
        applied = tuple(t for t in self.applied if t != token)
        if token in PRECISIONS:
            return dataclasses.replace(self, precision="fp32", applied=applied)
        if token == "tuned":
            return dataclasses.replace(self, tuning=(), applied=applied)
        if token == "triton-fused":
            return dataclasses.replace(self, triton=False, tuning=(), kernel_fp32=False, applied=applied)
        if self.path == "inductor" and token in _INDUCTOR_FIELDS:
            return dataclasses.replace(self, **{_INDUCTOR_FIELDS[token]: False}, applied=applied)
        if token in _FLAG_FIELDS:
            return dataclasses.replace(self, **{_FLAG_FIELDS[token]: False}, applied=applied)
        raise ValueError(f"unknown rewrite {token!r}")

    def at_precision(self, precision: str) -> "Recipe":
        """This recipe with its operands at ``precision`` (fp32: the precision token dropped)."""
        if self.cudnn_tuned and precision != "fp32":  # implied below fp32
            return self.without("cudnn-tuned").at_precision(precision)
        if self.path == "inductor":  # as a brainstormed seed: its applied lists the seed's tokens only
            # cuDNN's fused epilogues stay at 16 bits only: in fp32 they ran slower (ideas.py)
            fused = self.cudnn_fused and precision in SIXTEEN_BIT
            applied = self.applied if fused else tuple(t for t in self.applied if t != "cudnn-fused")
            return dataclasses.replace(self, precision=precision, cudnn_fused=fused, applied=applied)
        return self.without(self.precision) if precision == "fp32" else self.with_token(precision)

    def with_tuning(self, tuning: dict[str, Any]) -> "Recipe":
        applied = tuple(t for t in self.applied if t != "tuned") + ("tuned",)
        return dataclasses.replace(self, tuning=tuple(sorted(tuning.items())), applied=applied)

    # -- text --------------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["tuning"] = [list(item) for item in self.tuning]
        data["applied"] = list(self.applied)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Recipe":
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        values["tuning"] = tuple((str(k), v) for k, v in values.get("tuning", ()))
        values["applied"] = tuple(values.get("applied", ()))
        recipe = cls(**values)
        if recipe.precision not in PRECISIONS or recipe.path not in ("graph", "module", "inductor"):
            raise ValueError(f"not an offline-agent recipe: {data!r}")
        return recipe

    def marker(self) -> str:
        return MARKER + json.dumps(self.to_json(), sort_keys=True)


def parse_tokens(kind: str) -> list[str]:
    """The rewrite tokens of a kind label, e.g. ``inductor-default+cuda-graph:bf16`` or ``cuda-graph+bf16``."""
    if kind.startswith("inductor-"):
        rewrites, _, precision = kind.partition(":")
        return ([precision] if precision else []) + rewrites.split("+")
    return [t for t in kind.split("+") if t and t not in ("eager", "eager-graph")]


def recipe_of_kind(kind: str, base: Recipe | None = None) -> Recipe:
    """The recipe a kind label names: its rewrites applied in order to ``base`` (by default a plain
    graph recipe; an ``inductor-`` token starts a seed whatever the base)."""
    recipe = base or Recipe()
    for token in parse_tokens(kind):
        recipe = recipe.with_token(token)
    return recipe


def recipe_of_source(source: str | None) -> Recipe | None:
    """The recipe an offline-agent Solution was built from; None for anything else."""
    if not source:
        return None
    for line in source.splitlines():
        if line.startswith(MARKER):
            try:
                return Recipe.from_json(json.loads(line[len(MARKER):]))
            except (ValueError, TypeError):
                return None
    return None
