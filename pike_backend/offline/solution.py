"""Writing an offline-agent Solution: the problem source verbatim, the recipe marker, the graph
code (our generated Triton kernels or plain torch ops), the inlined runtime, and
``class ModelNew(Model)``. Subclassing the problem's Model keeps the state_dict keys equal, so
the evaluator shares the reference's weights with the candidate, and the derived weights (folded,
pre-cast) are always computed from those shared tensors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from ..graph.extract import ExtractionError, global_imports, replace_device_literals
from ..problem import sha256_text
from .passes import (
    Functional,
    LOW_DTYPES,
    channels_last,
    fast_path_attention,
    fold_batch_norm,
    functional_of,
    lower_precision,
    make_contiguous,
    pool_before_conv1x1,
    propagate,
    rebuild_examples,
)
from .recipe import Recipe
from .trace import INPUT_DEVICE, TRACE_DEVICE, ProblemGraph, input_device_line

_RUNTIME_PATH = Path(__file__).with_name("runtime.py")


class RewriteError(RuntimeError):
    """A recipe that cannot be applied to this problem (the agent then tries something else)."""


@dataclass
class Built:
    source: str
    recipe: Recipe
    runs_sha256: str = ""  # of what runs (graph code and spec), not of labels: equal code, equal digest
    kernels: list[tuple[str, list[str]]] = field(default_factory=list)  # (kernel, ops) per fused region
    tunables: dict[str, list] = field(default_factory=dict)  # knob -> allowed values

    def knob_values(self) -> dict[str, Any]:
        """The value in force of every knob: the recipe's tuning, else the generator's default.

        The generator offers each knob's default with its neighbours (``kernels.settings.around``:
        a quarter, half, same, double, quadruple, clipped), so an untuned knob sits at the centre
        of its allowed values.
        """
        tuning = dict(self.recipe.tuning)
        return {name: tuning.get(name, allowed[len(allowed) // 2]) for name, allowed in self.tunables.items() if allowed}


def functional_for(pg: ProblemGraph, recipe: Recipe) -> Functional:
    """The problem's graph with the recipe's graph rewrites applied, metadata up to date."""
    fn = functional_of(pg)
    # every recipe: the fused attention eager inference runs, which the trace does not take, and
    # average pools ahead of the 1x1 convolutions before them (exact but for rounding, less work)
    rewritten = fast_path_attention(fn)
    rewritten += pool_before_conv1x1(fn)
    if rewritten:
        propagate(fn)  # the graph inputs are the same: their examples stand
    steps = []
    if recipe.fold_bn:
        steps.append(lambda: fold_batch_norm(fn) or _raise("no batch norm here can be folded"))
    if recipe.precision in LOW_DTYPES:
        steps.append(lambda: lower_precision(fn, recipe.precision))
    if recipe.channels_last:
        steps.append(lambda: channels_last(fn) or _raise("no 2-d convolution here"))
    if recipe.contiguous:
        steps.append(lambda: make_contiguous(fn))
    for step in steps:
        step()
        rebuild_examples(fn, pg)
        propagate(fn)
    return fn


def _raise(message: str):
    raise RewriteError(message)


def plain_graph_source(fn: Functional) -> str:
    """``def fused_forward(...)``: the graph as plain torch code (no kernels of ours)."""
    code = fn.gm.graph.python_code(root_module="self")
    header = ["import torch"]
    try:
        header += global_imports(code.globals)
    except ExtractionError as error:
        raise RewriteError(str(error)) from None
    src = code.src.strip("\n")
    start = src.index("def forward(")
    signature_end = src.index(")", start)
    params = [p.strip() for p in src[start + len("def forward("):signature_end].split(",")]
    params = [p for p in params if p and p != "self"]
    src = src[:start] + "def fused_forward(" + ", ".join(params) + src[signature_end:]
    src, named = replace_device_literals(src, TRACE_DEVICE, INPUT_DEVICE)
    if named:  # the device the graph names is its inputs' (see trace.INPUT_DEVICE)
        body = src.index("\n", start) + 1
        names = [p.split(":")[0].strip() for p in params]  # the parameters carry annotations
        src = src[:body] + f"    {input_device_line('(' + ', '.join(names) + ',)')}\n" + src[body:]
    return "\n".join(header) + "\n\n\n" + src.strip() + "\n"


def inlined_runtime(text: str | None = None) -> str:
    """The runtime (``runtime.py``, or an earlier one's ``text``) as a Solution's source holds it."""
    return (_RUNTIME_PATH.read_text() if text is None else text).rstrip() + "\n"


def _spec(pg: ProblemGraph, recipe: Recipe, fn: Functional | None) -> dict[str, Any]:
    autocast = {"bf16": "bfloat16", "fp16": "float16"}.get(recipe.precision) if recipe.path != "graph" else None
    return {
        "path": recipe.path,
        "args": fn.args if fn is not None else [],
        "out_kind": pg.out_kind or "tensor",
        "out_dtypes": pg.out_dtypes,
        "tf32": recipe.precision == "tf32",  # the only precision the runtime acts on; the rest is in the code
        "cuda_graph": recipe.cuda_graph,
        "channels_last_inputs": fn.channels_last_inputs if fn is not None else False,
        "autocast": autocast,
        "inductor_mode": recipe.inductor_mode,
        "freeze": recipe.freeze,
        "cudnn_fused": recipe.cudnn_fused,
        # cuDNN picks convolution algorithms by timing them, where the tolerance allows reduced
        # precision (far above what tells one algorithm's rounding from another's) or the recipe asks;
        # with no convolution there is nothing to time (and the capture stays on the caller's thread)
        "tune_convs": recipe.cuda_graph and pg.convolves and (recipe.precision != "fp32" or recipe.cudnn_tuned),
        "inputs": [[list(x.shape), str(x.dtype)] if isinstance(x, torch.Tensor) else None for x in pg.inputs],
    }


def runs_digest(pg: ProblemGraph, recipe: Recipe, graph_source: str | None, fn: Functional | None) -> str:
    """Two recipes with this digest equal write the same Solution but for its labels (e.g. bf16 on
    a graph with nothing to run in bf16): evaluating both would be wasted work."""
    return sha256_text(f"{graph_source}\n{_spec(pg, recipe, fn)!r}")


def assemble(pg: ProblemGraph, recipe: Recipe, graph_source: str | None, fn: Functional | None) -> str:
    spec = _spec(pg, recipe, fn)
    graph_fn = "fused_forward" if graph_source is not None else "None"
    parts = [
        pg.problem.source.rstrip() + "\n",
        "\n# " + "-" * 96,
        f"# pike offline agent: {recipe.kind}",
        recipe.marker(),
        "# " + "-" * 96 + "\n",
    ]
    if graph_source is not None:
        parts.append(graph_source.rstrip() + "\n")
    parts += [
        inlined_runtime(),
        f"_PK_SPEC = {spec!r}\n",
        "\nclass ModelNew(Model):",
        f'    """{recipe.kind}: the problem\'s Model, run by the pike offline runtime."""\n',
        "    def __init__(self, *args, **kwargs):",
        "        super().__init__(*args, **kwargs)",
        f"        self._pk_runner = _PkRunner(_PK_SPEC, Model.forward, {graph_fn})\n",
        "    def forward(self, *inputs):",
        "        return self._pk_runner(self, inputs)\n",
    ]
    return "\n".join(parts)


def codegen_fuser(interpreter_safe: bool):
    """``fuse(fn, recipe)`` over the code generator, or None when it cannot be imported."""
    try:
        from .codegen import fuse_graph
    except ImportError:
        return None

    def fuse(fn: Functional, recipe: Recipe):
        return fuse_graph(
            fn.gm,
            fn.examples,
            allow_low_precision=recipe.precision in LOW_DTYPES and not recipe.kernel_fp32,
            interpreter_safe=interpreter_safe,
            tuning=dict(recipe.tuning) or None,
            allow_tf32=recipe.precision != "fp32",  # every reduced precision level admits TF32
        )

    return fuse


def _built(pg: ProblemGraph, recipe: Recipe, graph_source: str | None, fn: Functional | None, **extra) -> Built:
    return Built(assemble(pg, recipe, graph_source, fn), recipe, runs_digest(pg, recipe, graph_source, fn), **extra)


def build(pg: ProblemGraph, recipe: Recipe, fuse=None) -> Built:
    """The Solution source of ``recipe``; ``fuse(gm, examples, recipe)`` writes the Triton program."""
    if recipe.path != "graph":
        return _built(pg, recipe, None, None)
    if not pg.traced:
        raise RewriteError(f"the model has no functional graph ({pg.error})")
    fn = functional_for(pg, recipe)
    if recipe.triton:
        if fuse is None:
            raise RewriteError("the Triton code generator is not available")
        program = fuse(fn, recipe)
        if not getattr(program, "kernels", None):
            raise RewriteError("the code generator found no region to fuse")
        return _built(pg, recipe, program.source, fn, kernels=list(program.kernels), tunables=dict(program.tunables))
    return _built(pg, recipe, plain_graph_source(fn), fn)
