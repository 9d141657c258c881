"""Subgraphs as KernelBench-format Problems.

Each group of a Partition becomes a submodule of the graph (``fuse_by_partitions``), its real
example inputs are captured by running the graph once, and its code becomes Problem source: a
``Model`` whose forward is the subgraph, and a ``get_inputs()`` that draws fresh inputs with the
same shapes, strides, dtypes and value domains (indices stay in range, variances stay positive,
log decays stay negative),
so the evaluator and every agent see what a user sees in a KernelBench file.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import torch
from torch.fx import GraphModule, Interpreter
from torch.fx.passes.utils.fuser_utils import fuse_by_partitions

from ..problem import Problem
from .partition import Partition


class ExtractionError(RuntimeError):
    """A subgraph whose code cannot be written as standalone Problem source."""


@dataclass(frozen=True)
class TensorSpec:
    shape: tuple[int, ...]
    stride: tuple[int, ...]
    dtype: torch.dtype
    device: str  # device type: "cuda" or "cpu"
    domain: str  # normal | positive | negative | binary | int | bool | constant-zero
    low: float = 0.0
    high: float = 1.0

    @classmethod
    def of(cls, t: torch.Tensor) -> "TensorSpec":
        domain, low, high = _domain(t)
        return cls(tuple(t.shape), tuple(t.stride()), t.dtype, t.device.type, domain, low, high)

    def describe(self) -> str:
        return f"{str(self.dtype).replace('torch.', '')}{list(self.shape)}"


def _domain(t: torch.Tensor) -> tuple[str, float, float]:
    if t.dtype == torch.bool:
        return "bool", 0.0, 1.0
    if t.numel() == 0:
        return "normal", 0.0, 1.0
    values = t.detach().float()
    if not t.dtype.is_floating_point and not t.dtype.is_complex:
        return "int", float(values.min()), float(values.max())
    finite = values[torch.isfinite(values)]
    if finite.numel() == 0:
        return "normal", 0.0, 1.0
    low, high = float(finite.min()), float(finite.max())
    if low == high:
        if low > 0:
            return "positive", 0.5 * low, 1.5 * low
        return "normal", 0.0, 1.0
    if low >= 0 and bool(((finite == 0) | (finite == 1)).all()):
        return "binary", 0.0, 1.0
    if low >= 0:
        return "positive", low, high
    if high <= 0:  # e.g. Mamba's log decays: a positive draw would turn a decay into growth
        return "negative", low, high
    std = float(finite.std()) if finite.numel() > 1 else 1.0
    return "normal", float(finite.mean()), std if std > 0 and math.isfinite(std) else 1.0


@dataclass
class Subgraph:
    name: str  # the submodule's name in the stitched graph, e.g. "fused_0"
    module: GraphModule
    example_inputs: list[torch.Tensor]
    specs: list[TensorSpec]
    problem: Problem
    ops: list[str]
    anchor: str | None
    # Inputs that are the model's own parameters and buffers: the Problem holds them as buffers of
    # its Model (so rewrites may fold or pre-cast them) and the runner binds the real tensors.
    state: dict[int, str] = field(default_factory=dict)  # input position -> buffer name
    key: str = ""
    key_parts: dict[str, Any] = field(default_factory=dict)


_SAMPLER = '''

def _pike_tensor(shape, stride, dtype, domain, low, high):
    """A fresh random tensor with the given layout, drawn on the CPU so seeds reproduce anywhere."""
    if domain == "bool":
        values = torch.rand(shape) < 0.5
    elif domain == "int":
        values = torch.randint(int(low), int(high) + 1, shape)
    elif domain == "binary":
        values = (torch.rand(shape) < 0.5).float()
    elif domain in ("positive", "negative"):
        values = torch.rand(shape) * (high - low) + low
    else:
        values = torch.randn(shape) * high + low
    out = torch.empty_strided(shape, stride, dtype=dtype, device=DEVICE)
    out.copy_(values)
    return out
'''


def fuse_groups(gm: GraphModule, part: Partition) -> GraphModule:
    """The graph with each group replaced by a call to a submodule ``fused_<i>``."""
    partitions = [{node: None for node in group.nodes} for group in part.groups]
    return fuse_by_partitions(gm, partitions, prefix="fused_")


def copies_where(tensors: list[Any], positions: set[int]) -> list[Any]:
    """``tensors`` with a copy in place of each tensor at ``positions``."""
    return [x.clone() if i in positions and isinstance(x, torch.Tensor) else x for i, x in enumerate(tensors)]


def capture_submodule_inputs(fused: GraphModule, example_inputs: list[Any], written: set[int]) -> dict[str, list[Any]]:
    """Run the fused graph once, recording the real arguments of every ``fused_*`` call.

    Inputs at the positions ``written`` (which the graph writes into: ``ops.written_inputs``) are
    run on copies, so compiling leaves the caller's tensors as they were; the others are recorded
    as they are, so a model's weights are not copied."""
    inputs = copies_where(example_inputs, written)
    shared = {id(x) for i, x in enumerate(inputs) if i not in written}
    captured: dict[str, list[Any]] = {}

    class Recorder(Interpreter):
        def call_module(self, target, args, kwargs):
            if target.startswith("fused_"):
                captured[target] = [
                    a.detach().clone() if isinstance(a, torch.Tensor) and id(a) not in shared else a for a in args
                ]
            return super().call_module(target, args, kwargs)

    with torch.no_grad():
        Recorder(fused).run(*inputs)
    return captured


def global_imports(code_globals: dict[str, Any]) -> list[str]:
    """Statements that define the globals of FX-generated code (``PythonCode.globals``) in
    standalone source; ``torch`` itself and FX's pytree helpers are left to the caller."""
    return [
        _global_statement(name, value)
        for name, value in sorted(code_globals.items())
        if name not in ("torch", "fx_pytree", "pytree")
    ]


def _global_statement(name: str, value: Any) -> str:
    if isinstance(value, ModuleType):
        return f"import {value.__name__} as {name}" if value.__name__ != name else f"import {name}"
    if isinstance(value, float):
        return f"{name} = float({str(value)!r})"
    if value is type(None):
        return f"{name} = type(None)"
    module = getattr(value, "__module__", None)
    qualname = getattr(value, "__qualname__", None)
    if module and qualname and "." not in qualname and "<" not in qualname:
        return f"from {module} import {qualname} as {name}"
    raise ExtractionError(f"cannot write global {name!r} ({value!r}) into problem source")


def _with_state_as_attributes(module: GraphModule, state: dict[int, str]) -> torch.fx.Graph:
    """A copy of the graph whose state inputs are read from ``self.<name>`` instead."""
    graph = copy.deepcopy(module.graph)
    placeholders = [n for n in graph.nodes if n.op == "placeholder"]
    first_compute = next(n for n in graph.nodes if n.op != "placeholder")
    for position, name in state.items():
        node = placeholders[position]
        with graph.inserting_before(first_compute):
            attr = graph.get_attr(name)
        node.replace_all_uses_with(attr)
        graph.erase_node(node)
    return graph


def replace_device_literals(source: str, device_type: str, replacement: str) -> tuple[str, int]:
    """``source`` with every device of ``device_type`` that graph code names
    (``device(type='cuda', index=0)``) written as ``replacement``, and how many there were."""
    return re.subn(rf"device\(type='{re.escape(device_type)}'(?:, index=\d+)?\)", replacement, source)


def problem_source(module: GraphModule, specs: list[TensorSpec], state: dict[int, str] | None = None) -> str:
    state = state or {}
    graph = _with_state_as_attributes(module, state) if state else module.graph
    code = graph.python_code(root_module="self")
    header = ["import torch", "import torch.nn as nn", "import torch.nn.functional as F", *global_imports(code.globals)]
    device = specs[0].device if specs else "cpu"
    body = "\n".join("    " + line if line.strip() else "" for line in code.src.strip("\n").splitlines())
    # the problem's DEVICE, which whoever loads it sets: the offline agent traces it on the CPU,
    # the evaluator runs it on whichever GPU its worker has
    body, _ = replace_device_literals(body, device, "device(DEVICE)")
    data = [s for i, s in enumerate(specs) if i not in state]
    inputs = "".join(f"\n        {_sample_call(s)}," for s in data)
    buffers = "".join(
        f"\n        self.register_buffer({name!r}, {_sample_call(specs[i])})" for i, name in state.items()
    )
    return (
        "\n".join(header)
        + f"\n\nDEVICE = {device!r}\n\n\nclass Model(nn.Module):\n    def __init__(self):\n        super().__init__()"
        + buffers
        + "\n\n"
        + body
        + "\n"
        + _SAMPLER
        + f"\n\ndef get_inputs():\n    return [{inputs}\n    ]\n\n\ndef get_init_inputs():\n    return []\n"
    )


def _sample_call(s: TensorSpec) -> str:
    return f"_pike_tensor({s.shape!r}, {s.stride!r}, {s.dtype}, {s.domain!r}, {s.low!r}, {s.high!r})"


def state_inputs(gm: GraphModule, example_inputs: list[Any]) -> dict[str, Any]:
    """Placeholders (by target) of the Dynamo graph that are the model's parameters or buffers,
    with their tensors.

    Dynamo lifts them into graph inputs (``L_self_modules_fc_parameters_weight_``); parameters are
    also recognisable by type."""
    found = {}
    placeholders = [n for n in gm.graph.nodes if n.op == "placeholder"]
    for node, value in zip(placeholders, example_inputs):
        name = str(node.target)
        if isinstance(value, torch.nn.Parameter) or "_parameters_" in name or "_buffers_" in name:
            found[name] = value
    return found


def extract_subgraphs(
    fused: GraphModule, part: Partition, captured: dict[str, list[Any]], name_prefix: str,
    state: dict[str, Any] | None = None,
) -> list[Subgraph]:
    state = state or {}
    calls = {n.target: n for n in fused.graph.nodes if n.op == "call_module"}
    subgraphs = []
    for index, group in enumerate(part.groups):
        name = f"fused_{index}"
        module = getattr(fused, name)
        inputs = list(captured[name])
        positions: dict[int, str] = {}
        for position, arg in enumerate(calls[name].args):
            # placeholders by target: fusing rebuilds the graph, so its nodes are not gm's own
            if arg.op == "placeholder" and arg.target in state:
                positions[position] = f"w{len(positions)}_{arg.name}".lower()
                inputs[position] = state[arg.target]  # the real tensor: the runner binds it, never a copy
        specs = [TensorSpec.of(t) for t in inputs]
        source = problem_source(module, specs, positions)
        anchor = group.anchor.name if group.anchor is not None else None
        problem = Problem(name=f"{name_prefix}_{name}", source=source, meta={"ops": group.ops, "anchor": anchor})
        subgraphs.append(Subgraph(name, module, inputs, specs, problem, group.ops, anchor, positions))
    return subgraphs
