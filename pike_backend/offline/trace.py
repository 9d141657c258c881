"""The problem's Model as a functional FX graph, traced in the agent process.

The problem source is trusted (candidate code never runs here). Dynamo captures ``Model.forward``
on CPU tensors with parameters and buffers lifted to graph inputs (torch-level ops, the same form
the backend hands to pike), and every graph input is mapped back to what feeds it: one of the
problem's inputs, or a module tensor by its attribute path. The graph is never executed here:
the capture backend stops the call as soon as the graph is in hand. The output structure comes
from a run on the meta device (no compute), falling back to one CPU run.
"""

from __future__ import annotations

import collections
import logging
from dataclasses import dataclass, field
from typing import Any

import torch
from torch.fx import GraphModule

from ..env import default_device
from ..graph.ops import Kind, classify, op_label
from ..problem import Problem, init_inputs, load_source_module

log = logging.getLogger("pike_backend.offline.trace")

DEEP_OPS = 48  # see ProblemGraph.deep

DTYPE_NAMES = {torch.float32: "float32", torch.float16: "float16", torch.bfloat16: "bfloat16", torch.float64: "float64"}


class _Captured(Exception):
    """Raised by the capture backend so that the traced graph is never run."""


@dataclass
class ProblemGraph:
    """What the agent knows about a problem: its graph (when traceable) and its outputs."""

    problem: Problem
    device: str  # where candidates will be evaluated
    module: Any = None  # the problem source, imported here (trusted)
    model: torch.nn.Module | None = None  # built on CPU from the problem's own init inputs
    inputs: list[Any] = field(default_factory=list)  # one CPU input set from get_inputs()
    gm: GraphModule | None = None
    args: list[dict[str, Any]] = field(default_factory=list)  # how each graph input is fed
    examples: list[Any] = field(default_factory=list)  # each graph input's CPU example value
    out_kind: str | None = None  # tensor | tuple | list; None: a structure we do not rewrite
    out_dtypes: list[str] = field(default_factory=list)
    ops: collections.Counter = field(default_factory=collections.Counter)
    anchors: collections.Counter = field(default_factory=collections.Counter)
    error: str = ""  # why there is no graph (then only whole-module rewrites apply)
    nbytes: int = 0  # of the inputs and the model's tensors: the least memory one call reads

    @property
    def traced(self) -> bool:
        return self.gm is not None and self.out_kind is not None

    @property
    def input_bytes(self) -> int:
        """Bytes of the call's tensor inputs: what a CUDA graph called with new tensors copies in."""
        return sum(t.numel() * t.element_size() for t in self.inputs if isinstance(t, torch.Tensor))

    @property
    def deep(self) -> bool:
        """A whole network rather than a block: ``DEEP_OPS`` traced ops or more. On every such
        level-3 graph whose search timed both (13 on an H200, 66 to 1669 ops), torch.compile's
        frozen seed ran faster than our first stack (1.01x-1.8x); our stacks won only graphs of
        33 ops or fewer."""
        return sum(self.ops.values()) >= DEEP_OPS

    @property
    def has_conv2d(self) -> bool:
        """A 2-d convolution: what the channels_last rewrite applies to (not Mamba's conv1d)."""
        return "conv2d" in self.anchors

    @property
    def convolves(self) -> bool:
        """Whether cuDNN may run a convolution here, whose algorithms the runtime can time: one was
        traced, or there is no graph to tell (the module's own forward runs)."""
        return not self.traced or any(name.startswith("conv") for name in self.anchors)

    @property
    def narrow_groups(self) -> bool:
        """A grouped convolution, not a depthwise one, whose groups' channels are not multiples of 8
        (ShuffleNet's 1x1 convolutions in 3 groups of 20 and 80): 16-bit tensor-core kernels want
        channels in eights, and there torch.compile at TF32 ran ahead of it at 16 bits (an H200:
        ShuffleNet 0.855 ms against 1.047 under bf16 autocast; RegNet's groups of 16 and MobileNet's
        depthwise convolutions ran alike or faster at 16 bits)."""
        for node, groups in self._conv2ds():
            weight = node.args[1] if len(node.args) > 1 else node.kwargs.get("weight")
            shape = getattr(getattr(weight, "meta", {}).get("example_value"), "shape", None)
            if not isinstance(groups, int) or groups < 2 or shape is None or len(shape) != 4:
                continue
            out_per_group, in_per_group = shape[0] // groups, shape[1]
            if in_per_group > 1 and (in_per_group % 8 or out_per_group % 8):
                return True
        return False

    @property
    def conv_relus(self) -> int:
        """2-d convolutions of one group whose output reaches a ReLU through batch norm and a residual
        add at most: what cuDNN's fused epilogues take (``cudnn-fused``; MobileNet v2's ReLU6 and the
        depthwise and grouped convolutions are not)."""
        count = 0
        for node, groups in self._conv2ds():
            if groups != 1:
                continue
            label = "conv2d"
            while len(node.users) == 1 and label in ("conv2d", "batch_norm", "add", "iadd"):
                node = next(iter(node.users))
                label = op_label(node) if node.op in ("call_function", "call_method") else node.op
            count += label == "relu"
        return count

    def _conv2ds(self):
        """(node, groups) of every 2-d convolution in the graph."""
        for node in self.gm.graph.nodes if self.gm is not None else ():
            if node.op == "call_function" and op_label(node) == "conv2d":
                yield node, node.args[6] if len(node.args) > 6 else node.kwargs.get("groups", 1)

    @property
    def has_matmul(self) -> bool:
        return any(name in ("linear", "matmul", "mm", "bmm", "addmm", "baddbmm", "einsum") for name in self.anchors)

    @property
    def has_attention(self) -> bool:
        return "scaled_dot_product_attention" in self.anchors or (
            self.ops["softmax"] > 0 and sum(self.anchors[n] for n in ("matmul", "bmm", "einsum")) >= 2
        )

    @property
    def batch_norms(self) -> int:
        return self.ops["batch_norm"]

    @property
    def fusible(self) -> int:
        return sum(self.ops.values()) - sum(self.anchors.values())

    @property
    def float_inputs(self) -> bool:
        return any(isinstance(t, torch.Tensor) and t.dtype == torch.float32 for t in self.inputs)


# Problems are traced on the CPU, so a device the graph names (a mask made with
# ``device=x.device``) is the CPU in the traced graph: generated code names the inputs' device
# instead, found at the top of ``fused_forward``.
TRACE_DEVICE = "cpu"
INPUT_DEVICE = "_pk_device"


def input_device_line(values: str) -> str:
    """``_pk_device = ...``: the device of the first tensor among ``values`` (a tuple expression)."""
    return f"{INPUT_DEVICE} = next((t.device for t in {values} if isinstance(t, torch.Tensor)), torch.device('cpu'))"


def _override_device(module) -> None:
    # Subgraph problems written by the backend draw their inputs on ``DEVICE``; here only the
    # shapes matter, and the agent process should not hold a GPU context of its own.
    if isinstance(getattr(module, "DEVICE", None), str):
        module.DEVICE = "cpu"


def _cpu(value: Any) -> Any:
    return value.to("cpu") if isinstance(value, torch.Tensor) else value


def _tensor_paths(model: torch.nn.Module) -> dict[int, str]:
    """id(tensor) -> attribute path, for parameters, buffers and plain tensor attributes."""
    paths: dict[int, str] = {}
    for prefix, sub in model.named_modules(remove_duplicate=False):
        dot = f"{prefix}." if prefix else ""
        for table in (sub._parameters, sub._buffers, sub.__dict__):
            for name, value in table.items():
                if isinstance(value, torch.Tensor):
                    paths.setdefault(id(value), dot + name)
    return paths


def _capture(model: torch.nn.Module, inputs: list[Any]) -> tuple[GraphModule, list[Any]]:
    captured: list[tuple[GraphModule, list[Any]]] = []

    def backend(gm, example_inputs):
        captured.append((gm, list(example_inputs)))

        def stop(*args):
            raise _Captured()

        return stop

    compiled = torch.compile(model, backend=backend, fullgraph=True, dynamic=False)
    try:
        with torch.no_grad():
            compiled(*inputs)
    except _Captured:
        pass
    if len(captured) != 1:
        raise RuntimeError(f"expected one graph, Dynamo produced {len(captured)}")
    return captured[0]


def _map_args(gm: GraphModule, examples: list[Any], model, inputs) -> list[dict[str, Any]]:
    by_input = {id(t): i for i, t in enumerate(inputs) if isinstance(t, torch.Tensor)}
    by_path = _tensor_paths(model)
    args = []
    for node, value in zip([n for n in gm.graph.nodes if n.op == "placeholder"], examples):
        if id(value) in by_input:
            args.append({"from": "input", "index": by_input[id(value)]})
        elif id(value) in by_path:
            args.append({"from": "tensor", "name": by_path[id(value)]})
        else:
            raise RuntimeError(f"graph input {node.name} is neither a problem input nor a module tensor")
    if sorted(a["index"] for a in args if a["from"] == "input") != sorted(by_input.values()):
        raise RuntimeError("the graph does not take every tensor input as its own argument")
    return args


def fake_run(fn, *args):
    """``fn(*args)`` on fake copies of the tensor arguments, in a static fake mode of our own: the
    shapes, dtypes and strides of a run with no compute. The arguments are made fake first: an op
    whose operands are all real runs for real even inside the mode, and an in-place one would reach
    the caller's tensor. Tensors ``fn`` builds or holds join the mode. Raises where an op has no
    fake kernel or a value depends on the data."""
    from torch._subclasses.fake_tensor import FakeTensorMode

    mode = FakeTensorMode(allow_non_fake_inputs=True)
    fakes = [mode.from_tensor(a) if isinstance(a, torch.Tensor) else a for a in args]
    with mode, torch.no_grad():
        return fn(*fakes)


def _output_structure(module, inputs: list[Any]) -> tuple[str | None, list[str]]:
    """(kind, dtypes) of the forward's result, from a run on fake tensors (a CPU run as fallback).

    A model of its own, built fake, so that nothing the forward stores on it reaches the real one.
    Fake, not on the meta device: an extracted problem draws its weights on the CPU and copies them
    in, which meta tensors refuse, and the real run that took its place is a whole forward on the
    CPU (ResNet-101 and DenseNet-121 at batch 10: 2-5 s on two cores; fake: 0.3-0.5 s).
    """

    def forward(*xs):
        torch.manual_seed(0)
        return module.Model(*init_inputs(module)).eval()(*xs)

    try:
        out = fake_run(forward, *inputs)
    except Exception:  # ops without fake kernels: pay for one real run
        torch.manual_seed(0)
        model = module.Model(*init_inputs(module)).eval()
        with torch.no_grad():
            out = model(*inputs)
    if isinstance(out, torch.Tensor):
        return "tensor", [DTYPE_NAMES.get(out.dtype, "")]
    if isinstance(out, (tuple, list)) and out and all(isinstance(o, torch.Tensor) for o in out):
        return type(out).__name__, [DTYPE_NAMES.get(o.dtype, "") for o in out]
    return None, []


def _count_ops(gm: GraphModule) -> tuple[collections.Counter, collections.Counter]:
    ops: collections.Counter = collections.Counter()
    anchors: collections.Counter = collections.Counter()
    for node in gm.graph.nodes:
        if node.op not in ("call_function", "call_method"):
            continue
        label = op_label(node)
        ops[label] += 1
        if classify(node, None)[0] is Kind.ANCHOR:
            anchors[label] += 1
    return ops, anchors


def _graph_outputs_match(gm: GraphModule, out_dtypes: list[str]) -> bool:
    output = next(n for n in gm.graph.nodes if n.op == "output")
    values = output.args[0]
    values = values if isinstance(values, (tuple, list)) else (values,)
    return len(values) == len(out_dtypes)


def trace_problem(problem: Problem) -> ProblemGraph:
    """Load, build and trace ``problem`` on CPU; a failed trace leaves ``gm`` None with the reason."""
    pg = ProblemGraph(problem=problem, device=default_device())
    module = load_source_module(problem.source, prefix="pike_offline_problem")
    _override_device(module)
    torch.manual_seed(0)
    pg.inputs = [_cpu(x) for x in module.get_inputs()]
    pg.module = module
    torch.manual_seed(0)
    pg.model = module.Model(*init_inputs(module)).eval()
    tensors = [x for x in pg.inputs if isinstance(x, torch.Tensor)]
    tensors += [*pg.model.parameters(), *pg.model.buffers()]
    pg.nbytes = sum(t.numel() * t.element_size() for t in tensors)
    try:
        pg.out_kind, pg.out_dtypes = _output_structure(module, pg.inputs)
    except Exception as error:  # the evaluator will report it; we just have nothing to rewrite
        pg.error = f"the model does not run on CPU ({type(error).__name__}: {error})"
        return pg
    try:
        gm, examples = _capture(pg.model, pg.inputs)
        pg.args = _map_args(gm, examples, pg.model, pg.inputs)
        if pg.out_kind is None or not _graph_outputs_match(gm, pg.out_dtypes):
            raise RuntimeError("the forward's result is not a tensor or a flat tuple/list of tensors")
        pg.gm, pg.examples = gm, examples
        pg.ops, pg.anchors = _count_ops(gm)
    except Exception as error:  # an untraceable model still gets whole-module rewrites
        pg.error = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
        log.info("offline agent: %s: no graph (%s); whole-module rewrites only", problem.name, pg.error)
    return pg
