"""``fuse_graph``: FX graph in, self-contained Python source of fused Triton kernels out."""

from __future__ import annotations

import copy
import logging
import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable

import torch
import torch.fx as fx
from torch.fx.node import _get_qualified_name, map_aggregate
from torch.fx.passes.shape_prop import _extract_tensor_metadata

from ..kernels import settings as ks
from ..kernels.attention import AttentionGeometry, attention_source
from ..kernels.gemm import dot_accumulator, dot_operands
from ..kernels.ssd import ssd_launcher, ssd_source
from ..trace import INPUT_DEVICE, TRACE_DEVICE, fake_run, input_device_line
from .attention import find_attention
from .concat import plan_concats
from .emit import TL_DTYPES, KernelSource, RegionEmitter
from .ir import KERNEL_OPS, Graph, Lowering, Val, tensor_meta
from .layout import contiguous_strides, dense_order, offset_expr, view_strides
from .partition import FULL, Partitioner, Region, plan
from .rewrite import cast_before_layout, drop_unobserved_inplace, pool_before_pointwise, split_conv_bias
from .ssd import fuse_ssd, has_cumsum, ssd_calls

log = logging.getLogger("pike_backend.offline.codegen")

HEADER = '''import math
import operator

import torch
import triton
import triton.language as tl

try:  # fast intrinsics on the GPU path; the interpreter-safe path never calls them
    from triton.language.extra import libdevice
except ImportError:  # pragma: no cover - older triton
    libdevice = None

# get_attr tensors and submodules of the traced module, filled by FusedProgram.bind()
ATTRS = {}
MODULES = {}


def _pike_strided(t, stride):
    """``t`` with the strides the kernels were generated for (a copy only when they differ)."""
    if all(a == b for a, b, n in zip(t.stride(), stride, t.shape) if n > 1):
        return t
    if 0 in stride:
        raise RuntimeError(f"pike kernel expects a broadcast input with strides {stride}, got {t.stride()}")
    out = torch.empty_strided(t.shape, stride, dtype=t.dtype, device=t.device)
    out.copy_(t)
    return out
'''


@dataclass
class FusedProgram:
    """The generated program. ``source`` defines ``fused_forward(*inputs)`` computing what the graph
    computes; ``kernels`` lists (kernel name, ops) per fused region (regions with the same kernel
    share its name); ``tunables`` maps each knob to its allowed values and ``tuning`` holds the
    values this source was generated with."""

    source: str
    kernels: list[tuple[str, list[str]]]
    tunables: dict[str, list]
    tuning: dict[str, Any] = field(default_factory=dict)
    attr_names: list[str] = field(default_factory=list)
    module_names: list[str] = field(default_factory=list)

    def bind(self, module, gm: fx.GraphModule | None = None) -> None:
        """Fill a loaded module's ATTRS / MODULES from ``gm`` (symbolic_trace graphs need this)."""
        for name in self.attr_names:
            module.ATTRS[name] = _fetch_attr(gm, name)
        for name in self.module_names:
            module.MODULES[name] = gm.get_submodule(name)

    def load(self, gm: fx.GraphModule | None = None) -> Callable:
        """Import the source from a real file (Triton reads kernel source back) and return
        ``fused_forward``."""
        from ...problem import load_source_module

        module = load_source_module(self.source, prefix="pike_fused")
        if self.attr_names or self.module_names:
            if gm is None:
                raise ValueError("this program reads module attributes; pass the GraphModule to load(gm)")
            self.bind(module, gm)
        return module.fused_forward


def _anonymous(kernel: KernelSource) -> str:
    """A kernel's source and launcher with its name and value numbers (``x17``) taken out: the text
    two regions computing the same thing on the same shapes share."""
    text = (kernel.kernel + kernel.launcher).replace(kernel.name, "\0")
    numbers: dict[str, str] = {}
    return re.sub(r"\bx(\d+)\b", lambda m: numbers.setdefault(m.group(1), f"x#{len(numbers)}"), text)


def _fetch_attr(gm, target: str):
    obj = gm
    for part in target.split("."):
        obj = getattr(obj, part)
    return obj


def _functional_call(graph: fx.Graph, node: fx.Node, mod: torch.nn.Module) -> fx.Node | None:
    """The functional form of a standard module call (None: keep the module call)."""
    nn = torch.nn
    F = torch.nn.functional
    x = node.args[0]

    def attr(name):
        return graph.get_attr(f"{node.target}.{name}") if getattr(mod, name, None) is not None else None

    simple = {nn.ReLU: F.relu, nn.SiLU: F.silu, nn.Sigmoid: torch.sigmoid, nn.Tanh: torch.tanh,
              nn.Mish: F.mish, nn.Hardswish: F.hardswish, nn.Hardsigmoid: F.hardsigmoid, nn.ReLU6: F.relu6,
              nn.SELU: F.selu}
    if type(mod) in simple:
        return graph.call_function(simple[type(mod)], (x,))
    if isinstance(mod, nn.Identity):
        return x
    if isinstance(mod, nn.Linear):
        return graph.call_function(F.linear, (x, attr("weight"), attr("bias")))
    if isinstance(mod, nn.LayerNorm):
        return graph.call_function(F.layer_norm, (x, tuple(mod.normalized_shape), attr("weight"), attr("bias"), mod.eps))
    if isinstance(mod, nn.RMSNorm):
        return graph.call_function(F.rms_norm, (x, tuple(mod.normalized_shape), attr("weight"), mod.eps))
    if isinstance(mod, nn.GroupNorm):
        return graph.call_function(F.group_norm, (x, mod.num_groups, attr("weight"), attr("bias"), mod.eps))
    if isinstance(mod, nn.modules.batchnorm._BatchNorm) and not mod.training and mod.track_running_stats:
        return graph.call_function(F.batch_norm, (x, attr("running_mean"), attr("running_var"), attr("weight"),
                                                  attr("bias"), False, 0.0, mod.eps))
    if isinstance(mod, nn.GELU):
        return graph.call_function(F.gelu, (x,), {"approximate": mod.approximate})
    if isinstance(mod, (nn.Softmax, nn.LogSoftmax)) and mod.dim is not None:
        fn = F.softmax if isinstance(mod, nn.Softmax) else F.log_softmax
        return graph.call_function(fn, (x, mod.dim))
    if isinstance(mod, nn.Dropout) and not mod.training:
        return x
    if isinstance(mod, nn.LeakyReLU):
        return graph.call_function(F.leaky_relu, (x, mod.negative_slope))
    if isinstance(mod, nn.ELU):
        return graph.call_function(F.elu, (x, mod.alpha))
    if isinstance(mod, nn.Hardtanh):
        return graph.call_function(F.hardtanh, (x, mod.min_val, mod.max_val))
    if isinstance(mod, nn.Softplus):
        return graph.call_function(F.softplus, (x, mod.beta, mod.threshold))
    return None


def _functionalize_modules(gm: fx.GraphModule) -> fx.GraphModule:
    """symbolic_trace keeps nn.Linear, norms and activations as call_module; rewrite them to their
    functional calls (parameters as get_attr) so they can fuse. Other modules stay module calls
    (through MODULES). The caller's graph is not modified."""
    if not any(n.op == "call_module" for n in gm.graph.nodes):
        return gm
    gm = fx.GraphModule(gm, copy.deepcopy(gm.graph))
    graph = gm.graph
    for node in list(graph.nodes):
        if node.op != "call_module" or len(node.args) != 1 or node.kwargs:
            continue
        with graph.inserting_before(node):
            replacement = _functional_call(graph, node, gm.get_submodule(node.target))
        if replacement is not None:
            node.replace_all_uses_with(replacement)
            graph.erase_node(node)
    graph.lint()
    gm.recompile()
    return gm


class _ShapeRecorder(fx.Interpreter):
    """ShapeProp with a tensor mode of our choosing: ShapeProp itself switches to Dynamo's (possibly
    symbolic) fake mode when called inside a backend, and the generator needs concrete shapes and
    strides."""

    def run_node(self, n: fx.Node):
        result = super().run_node(n)
        found = map_aggregate(result, lambda x: _extract_tensor_metadata(x) if isinstance(x, torch.Tensor) else None)
        if isinstance(result, torch.Tensor) or (isinstance(found, (tuple, list)) and any(found)):
            n.meta["tensor_meta"] = found
        elif isinstance(result, (bool, int, float)):
            # sizes and scales computed from shapes: constants, since the program is for these shapes
            n.meta["pike_value"] = result
        return result


def _propagate(gm: fx.GraphModule, example_inputs) -> None:
    """Every node's concrete shape and strides (and the scalars computed from shapes), on fake
    tensors of a static mode of our own: no compute. For the 36 level-3 graphs, four stacks each,
    the builds took half the time (21 s against 44 s on two cores) and gave the same programs, up
    to the strides of size-1 dimensions, which ``_pike_strided`` ignores. Where an op has no fake
    kernel or a value depends on the data, one real run on clones (the graph may hold in-place
    ops; the caller's tensors must not change)."""
    try:
        fake_run(_ShapeRecorder(gm).run, *example_inputs)
        return
    except Exception as error:
        log.debug("shapes from a real run: the fake one failed (%s: %s)", type(error).__name__, error)
    inputs = [x.clone() if isinstance(x, torch.Tensor) else x for x in example_inputs]
    with torch.no_grad():
        _ShapeRecorder(gm).run(*inputs)


# ---------------------------------------------------------------------------------------------


def fuse_graph(
    gm: fx.GraphModule,
    example_inputs: list,
    *,
    allow_low_precision: bool = False,
    interpreter_safe: bool = False,
    tuning: dict | None = None,
    allow_tf32: bool = False,
) -> FusedProgram:
    """Generate fused Triton kernels for ``gm`` (see the module docs of pike_backend.offline.codegen)."""
    tuning = dict(tuning or {})
    gm = _functionalize_modules(gm)
    gm = fx.GraphModule(gm, copy.deepcopy(gm.graph))  # the rewrites below change the graph in place
    drop_unobserved_inplace(gm)
    if has_cumsum(gm):  # Mamba-2's SSD scan, recognized before the rewrites below move its casts
        _propagate(gm, example_inputs)
        fuse_ssd(gm, example_inputs)
    split_conv_bias(gm)
    cast_before_layout(gm)
    _propagate(gm, example_inputs)
    if pool_before_pointwise(gm):  # it reads the operands' shapes, and changes the chain's
        _propagate(gm, example_inputs)
    tunables: dict[str, list] = {}

    def knob(key: str, default, allowed: list):
        tunables[key] = allowed
        value = tuning.get(key, default)
        if value not in allowed:
            raise ValueError(f"tuning {key}={value!r} is not one of {allowed}")
        return value

    def gemm_ok(node: fx.Node) -> bool:
        metas = [n.meta.get("tensor_meta") for n in node.all_input_nodes]
        dtypes = {m.dtype for m in metas if hasattr(m, "dtype")}
        fast = bool(dtypes & {torch.float16, torch.bfloat16}) or allow_low_precision or allow_tf32
        return knob(f"gemm_{node.name}.impl", "triton" if fast else "torch", ["torch", "triton"]) == "triton"

    matches = find_attention(gm)
    impls = {}
    for node, match in list(matches.items()):
        allowed = ["triton", "sdpa"] if match.mask_kind != "fill" or match.fill == -math.inf else ["triton"]
        impls[node] = knob(f"attn_{node.name}.impl", "triton", allowed)
    patterns = {**matches, **ssd_calls(gm)}
    graph = Lowering(gm, gemm_ok, patterns).run()
    part = Partitioner(graph)
    regions = part.run()
    order = plan(graph, part)
    writer = _Writer(graph, part, order, interpreter_safe, tuning, allow_low_precision, allow_tf32, impls)
    source, kernels = writer.write()
    tunables.update(writer.tunables)
    unknown = sorted(set(tuning) - set(tunables))
    if unknown:
        log.info("tuning keys not used by this graph: %s", ", ".join(unknown))
    log.debug("fused %d regions of %d values", len(regions), len(graph.vals))
    return FusedProgram(source, kernels, tunables, tuning, writer.attr_names, writer.module_names)


class _Writer:
    def __init__(self, graph: Graph, part: Partitioner, order, safe, tuning, low, tf32, impls):
        self.graph, self.part, self.order = graph, part, order
        self.safe, self.tuning, self.low, self.tf32, self.impls = safe, tuning, low, tf32, impls
        self.tunables: dict[str, list] = {}
        self.attr_names: list[str] = []
        self.module_names: list[str] = []
        self.names: dict[int, str] = {}
        self.used_names: set[str] = set()
        self.imports: set[str] = set()
        self.names_device = False  # the graph names the device it was traced on: see trace.INPUT_DEVICE
        self.readers: dict[int, list[Val]] = {}
        for val in graph.vals:
            for arg in val.val_args:
                self.readers.setdefault(arg.id, []).append(val)
        concats = plan_concats(graph, part, order, self.readers)
        self.read_through, self.into = concats.read_through, concats.into
        self.allocated: set[int] = set()  # concatenation buffers allocated so far in the program

    def var(self, val: Val) -> str:
        if val.id not in self.names:
            self.names[val.id] = f"v{val.id}"
        return self.names[val.id]

    def kernel_name(self, region: Region) -> str:
        anchor = next((m.node.name for m in region.members if m.node is not None), f"v{region.first()}")
        base = f"pk_{anchor}"
        name, i = base, 1
        while name in self.used_names:
            name, i = f"{base}_{i}", i + 1
        self.used_names.add(name)
        return name

    # -- the program ---------------------------------------------------------------------------

    def write(self) -> tuple[str, list[tuple[str, list[str]]]]:
        kernels_src: list[str] = []
        kernels: list[tuple[str, list[str]]] = []
        body: list[str] = []
        for i, val in enumerate(self.graph.inputs):
            self.names[val.id] = f"in_{i}"
        # Regions whose kernel and launcher differ only in name (an unrolled RNN's steps, repeated
        # blocks) share one kernel: Triton compiles each distinct source once, a minute or more
        # for a deep model otherwise.
        by_text: dict[str, str] = {}
        for unit in self.order.units:
            if isinstance(unit, Region):
                ks_ = self.region(unit)
                name = by_text.setdefault(_anonymous(ks_), ks_.name)
                if name == ks_.name:
                    kernels_src += [ks_.kernel, ks_.launcher]
                kernels.append((name, ks_.ops))
                self.tunables.update(ks_.tunables)
                outs = ", ".join(self.var(v) for v in ks_.outputs)
                args = [self.var(v) for v in ks_.inputs]
                args += [self.slice_of(v, args[0], body) for v in ks_.outputs if v.id in self.into]
                body.append(f"{outs}{',' if len(ks_.outputs) == 1 else ''} = _launch_{name}({', '.join(args)})")
            elif unit.op == "ssd" or (unit.op == "attention" and self.impls.get(unit.node) == "triton"):
                src, name = self.ssd(unit) if unit.op == "ssd" else self.attention(unit)
                kernels_src.append(src)
                kernels.append((name, [unit.op]))
                args = ", ".join(self.var(a) for a in unit.val_args)
                body.append(f"{self.var(unit)} = _launch_{name}({args})")
            elif unit.id in self.allocated or unit.id in self.read_through:
                continue  # a concatenation written in place by its inputs' kernels, or never written
            elif unit.op != "input" or unit.node.op == "get_attr":
                body.append(f"{self.var(unit)} = {self.torch_expr(unit)}")
        names = [self.var(v) for v in self.graph.inputs]
        unpack = f"    ({', '.join(names)},) = inputs\n" if names else ""
        if self.names_device:
            unpack += f"    {input_device_line('inputs')}\n"
        result = self.fx_arg(self.graph.output.args[0])
        forward = ("def fused_forward(*inputs):\n" + unpack
                   + "".join(f"    {line}\n" for line in body) + f"    return {result}\n")
        imports = "".join(f"import {m}\n" for m in sorted(self.imports - {"torch", "math", "operator"}))
        source = HEADER + imports + "\n\n" + "\n\n".join(k.strip("\n") + "\n" for k in kernels_src) + "\n\n" + forward
        return source, kernels

    def region(self, region: Region) -> KernelSource:
        outputs = self.order.outputs[region.id]
        order = self.loop_order(region, outputs)
        into = {}
        for val in outputs:
            if val.id in self.into:
                concat = self.into[val.id][0]
                into[val.id] = view_strides(val.shape, concat.stride, val.shape, region.space)
                val.stride = tuple(concat.stride)  # a slice of the buffer has the buffer's strides
        loads, concats = [], {}
        for val in self.order.loads[region.id]:
            if val.id in self.read_through:  # the kernel reads the concatenation's inputs instead
                concats[val.id] = self.read_through[val.id]
                loads += [source for source, _ in concats[val.id][1] if source not in loads]
            elif val not in loads:
                loads.append(val)
        emitter = RegionEmitter(region, self.kernel_name(region), loads,
                                outputs, safe=self.safe, tuning=self.tuning,
                                allow_low_precision=self.low, allow_tf32=self.tf32,
                                loop_order=order, into=into, concats=concats)
        return emitter.build()

    # -- concatenations written in place (see concat.py) ----------------------------------------

    def slice_of(self, val: Val, device_of: str, body: list[str]) -> str:
        """The slice of its concatenation's buffer ``val`` is stored to; the buffer is allocated
        (with the concatenation's eager layout) before the first kernel that writes into it."""
        concat, dim, offset = self.into[val.id]
        buffer = self.var(concat)
        if concat.id not in self.allocated:
            self.allocated.add(concat.id)
            body.append(f"{buffer} = torch.empty_strided({tuple(concat.shape)!r}, {tuple(concat.stride)!r}, "
                        f"dtype={concat.dtype}, device={device_of}.device)")
        return f"{buffer}.narrow({dim}, {offset}, {val.shape[dim]})"

    def loop_order(self, region: Region, outputs: list[Val]) -> list[int] | None:
        """The order a pointwise region walks its space in: the memory order eager gives its
        outputs where that is a dense permutation (channels_last after a channels_last
        convolution), so that loads from such tensors and the stores are contiguous and the outputs
        keep the layout the next convolution expects. The outputs' ``stride`` is set to it.
        None (row-major, outputs contiguous) when outputs disagree or a reader could not index it."""
        if not region.flat:
            return None
        order, layouts = None, []
        for val in outputs:
            meta = tensor_meta(val.node) if val.node is not None else None
            if meta is None or tuple(meta.shape) != val.shape:
                return None
            stride = self.shuffled_stride(val) or tuple(meta.stride)
            over = view_strides(val.shape, stride, val.shape, region.space)
            mine = dense_order(region.space, over) if over is not None else None
            if mine is None or order not in (None, mine):
                return None
            order = mine
            layouts.append(stride)
        if order is None or order == sorted(order):
            return None
        for val, stride in zip(outputs, layouts):
            readers = [r for r in self.readers.get(val.id, []) if self.part.region_of.get(r.id) is not region]
            if not all(self.can_read(reader, val, stride) for reader in readers):
                return None
        for val, stride in zip(outputs, layouts):
            val.stride = stride
        return order

    def shuffled_stride(self, val: Val) -> tuple[int, ...] | None:
        """Strides for ``val`` that make the transpose and reshape after it free: where its one
        reader is a transpose (or permute) whose one reader is a reshape, storing ``val`` in the
        transposed order makes the transpose contiguous and the reshape a view, instead of a copy
        (ShuffleNet's channel shuffle). None where that is not the pattern."""
        users = list(val.node.users)
        if len(users) != 1 or users[0].op != "call_method" or len(users[0].users) != 1:
            return None
        turn, reshape = users[0], next(iter(users[0].users))
        if reshape.op != "call_method" or reshape.target not in ("reshape", "view"):
            return None
        rank = len(val.shape)
        dims = list(turn.args[1]) if len(turn.args) == 2 and isinstance(turn.args[1], (tuple, list)) else list(turn.args[1:])
        if not all(isinstance(d, int) for d in dims):
            return None
        if turn.target == "transpose" and len(dims) == 2 == len(turn.args) - 1:
            order = list(range(rank))
            a, b = (d % rank for d in dims)
            order[a], order[b] = order[b], order[a]
        elif turn.target == "permute" and sorted(d % rank for d in dims) == list(range(rank)):
            order = [d % rank for d in dims]
        else:
            return None
        shaped = tensor_meta(reshape)
        if shaped is None:
            return None
        # the reshape's result channels_last where the values were (pike's channels_last stacks:
        # the convolution after it takes that layout), else contiguous; the transpose's strides
        # that give it
        eager = tensor_meta(val.node)
        target = torch.empty(tuple(shaped.shape), device="meta")
        if len(shaped.shape) == 4 and eager is not None and \
                min(range(rank), key=lambda d: (eager.stride[d], -d)) != rank - 1:
            target = target.contiguous(memory_format=torch.channels_last)
        try:
            turned = target.view(tuple(val.shape[d] for d in order)).stride()
        except RuntimeError:  # the reshape is not a split or merge of that layout's dims
            return None
        stride = [0] * rank
        for i, d in enumerate(order):
            stride[d] = turned[i]
        return tuple(stride)

    def can_read(self, reader: Val, val: Val, stride: tuple[int, ...]) -> bool:
        """Whether ``reader`` (outside ``val``'s region) still indexes ``val`` correctly when it is
        laid out as ``stride``."""
        region = self.part.region_of.get(reader.id)
        if region is None:
            return reader.op not in KERNEL_OPS  # torch calls take any layout, as in eager
        if region.kind != "rows":
            return False  # GEMM operand geometry is fixed by the partition
        if reader.op == "reduce":  # a reduction reads its input as is, over the full space
            return self.part.external_ok(region, val, val, FULL, stride)
        return self.part.external_ok(region, val, reader, region.level[reader.id], stride)

    # -- torch code ----------------------------------------------------------------------------

    def fx_arg(self, value) -> str:
        if isinstance(value, fx.Node):
            return self.var(self.graph.env[value])
        if isinstance(value, (tuple, list)):
            inner = ", ".join(self.fx_arg(v) for v in value)
            if isinstance(value, tuple):
                return f"({inner}{',' if len(value) == 1 else ''})"
            return f"[{inner}]"
        if isinstance(value, dict):
            return "{" + ", ".join(f"{k!r}: {self.fx_arg(v)}" for k, v in value.items()) + "}"
        if isinstance(value, slice):
            return f"slice({self.fx_arg(value.start)}, {self.fx_arg(value.stop)}, {self.fx_arg(value.step)})"
        if value is Ellipsis:
            return "..."
        if isinstance(value, float):
            return f'float("{value}")' if math.isinf(value) or math.isnan(value) else repr(value)
        if value is None or isinstance(value, (bool, int, str)):
            return repr(value)
        if isinstance(value, (torch.dtype, torch.memory_format, torch.layout)):
            return str(value)
        if isinstance(value, torch.device):
            if value.type == TRACE_DEVICE:
                self.names_device = True
                return INPUT_DEVICE
            return f"torch.device({str(value)!r})"
        raise ValueError(f"fuse_graph: cannot write the argument {value!r} ({type(value).__name__}) as source; "
                         "keep such graphs on eager or inductor")

    def call_args(self, node: fx.Node) -> str:
        parts = [self.fx_arg(a) for a in node.args]
        parts += [f"{k}={self.fx_arg(v)}" for k, v in node.kwargs.items()]
        return ", ".join(parts)

    def torch_expr(self, val: Val) -> str:
        node = val.node
        if val.op == "input":
            self.attr_names.append(node.target)
            return f"ATTRS[{node.target!r}]"
        if val.op == "attention":
            return self.sdpa_expr(val)
        if node is not None:
            suffix = "[0]" if "tuple_index" in val.params else ""
            if node.op == "call_method":
                recv, *rest = node.args
                parts = [self.fx_arg(a) for a in rest] + [f"{k}={self.fx_arg(v)}" for k, v in node.kwargs.items()]
                return f"{self.fx_arg(recv)}.{node.target}({', '.join(parts)}){suffix}"
            if node.op == "call_module":
                self.module_names.append(node.target)
                return f"MODULES[{node.target!r}]({self.call_args(node)}){suffix}"
            name = _get_qualified_name(node.target)
            if "." in name:
                self.imports.add(name.split(".")[0])
            return f"{name}({self.call_args(node)}){suffix}"
        return self.decomposed_expr(val)

    def decomposed_expr(self, val: Val) -> str:
        """Torch code of a Val a decomposition created (it has no FX node of its own)."""
        a = [self.var(x) if isinstance(x, Val) else self.fx_arg(x) for x in val.args]
        op = val.op
        if op == "view":
            return f"{a[0]}.reshape({tuple(val.shape)!r})"
        if op == "reduce":
            fn = {"sum": "torch.sum", "max": "torch.amax", "min": "torch.amin"}[val.params["kind"]]
            return f"{fn}({a[0]}, dim={val.params['dims']!r}, keepdim={val.params['keepdim']})"
        if op == "gemm":
            fn = "torch.nn.functional.linear" if val.params["kind"] == "linear" else "torch.matmul"
            return f"{fn}({a[0]}, {a[1]})"
        if op == "cast":
            return f"{a[0]}.to({val.dtype})"
        if op == "identity":
            return f"{a[0]}.expand({tuple(val.shape)!r})"
        if op == "where":
            return f"torch.where({a[0]}, {a[1]}, {a[2]})"
        if op in ("add", "sub", "mul", "div", "maximum", "minimum", "eq"):
            return f"torch.{op}({a[0]}, {a[1]})" if val.args and isinstance(val.args[0], Val) else \
                f"torch.{op}(torch.as_tensor({a[0]}), {a[1]})"
        if op in ("exp", "log", "sqrt", "rsqrt", "square", "reciprocal", "abs", "neg"):
            return f"torch.{op}({a[0]})"
        raise ValueError(f"fuse_graph: no torch form for decomposed op {op}")  # every decomposition op is above

    # -- attention -----------------------------------------------------------------------------

    def attention(self, val: Val) -> tuple[str, str]:
        q, kt, v = val.args[:3]
        mask = val.args[3] if len(val.args) > 3 else None
        p = val.params
        name = f"pk_attn_{p['name']}"
        self.used_names.add(name)
        batch = tuple(q.shape[:-2])
        l_, d = q.shape[-2:]
        s = v.shape[-2]
        dv = v.shape[-1]
        nb = math.prod(batch)

        def operand(t: Val, strides, last2):
            strides = strides if strides is not None else contiguous_strides(t.shape)
            full = view_strides(t.shape, strides, batch + last2, batch + last2)
            return (offset_expr("z", batch, full[:-2]) if batch else "0", full[-2], full[-1])

        q_op = operand(q, q.stride, (l_, d))
        base = kt.strides()
        kt_strides = base[:-2] + (base[-1], base[-2]) if p["k_given"] else base
        kt_shape = tuple(kt.shape[:-2]) + (d, s)
        kt_full = view_strides(kt_shape, kt_strides, batch + (d, s), batch + (d, s))
        kt_op = (offset_expr("z", batch, kt_full[:-2]) if batch else "0", kt_full[-2], kt_full[-1])
        v_op = operand(v, v.stride, (s, dv))
        mask_op = operand(mask, mask.stride, (l_, s)) if mask is not None else None
        bm0, bn0, w0 = ks.attention_settings(l_, s, d)
        bm = self.knob(f"{name}.BLOCK_M", bm0, sorted({bm0, 16, 32, 64, 128}))
        bn = self.knob(f"{name}.BLOCK_N", bn0, sorted({bn0, 16, 32, 64, 128}))
        warps = self.knob(f"{name}.num_warps", w0, [2, 4, 8])
        q_dtype = TL_DTYPES.get(q.dtype, "float32")
        cast, precision = dot_operands(q_dtype, self.safe, self.low, self.tf32)
        geometry = AttentionGeometry(l_, s, d, dv, nb, q_op, kt_op, v_op, mask_op, p["mask_kind"], p["fill"],
                                     p["scale"], p["causal"])
        kernel = attention_source(name, geometry, cast, precision, dot_accumulator(q_dtype, cast)).strip("\n")
        args = ["q", "kt", "v"] + (["m"] if mask is not None else [])
        prep = [f"    {var} = _pike_strided({var}, {t.strides()!r})"
                for var, t in zip(args, val.args)]
        grid = f"(triton.cdiv({l_}, {bm}), {nb})"
        launcher = (f"def _launch_{name}({', '.join(args)}):\n" + "\n".join(prep) + "\n"
                    f"    o = torch.empty({tuple(val.shape)!r}, dtype={val.dtype}, device=q.device)\n"
                    f"    {name}[{grid}](q, kt, v, {'m' if mask is not None else 'q'}, o, BLOCK_M={bm}, "
                    f"BLOCK_N={bn}, BLOCK_D={ks.next_pow2(max(d, 16))}, BLOCK_DV={ks.next_pow2(max(dv, 16))}, "
                    f"num_warps={warps})\n    return o\n")
        return kernel + "\n\n\n" + launcher, name

    # -- Mamba-2's SSD scan ----------------------------------------------------------------------

    def ssd(self, val: Val) -> tuple[str, str]:
        p = val.params
        name = f"pk_ssd_{p['name']}"
        self.used_names.add(name)
        g = p["geometry"]
        bp0, w0 = ks.ssd_settings(g.batch, g.heads, g.p, g.length)
        widest = max(16, ks.next_pow2(g.p))
        block_p = self.knob(f"{name}.BLOCK_P", bp0, sorted({bp0} | {v for v in (16, 32, 64, 128) if v <= widest}))
        warps = self.knob(f"{name}.num_warps", w0, [2, 4, 8])
        # fp32 throughout (the decays are exponentials of sums); where TF32 is allowed, three TF32
        # products per dot give about fp32's accuracy at tensor-core speed (H200: 27 us against
        # 41 us for ieee on the level-3 task's Y), else the dots are fp32 as torch's are
        default = "tf32x3" if self.tf32 else "ieee"
        precision = "" if self.safe else self.knob(f"{name}.precision", default, sorted({default, "ieee"}))
        kernel = ssd_source(name, g, p["output"], precision).strip("\n")
        return kernel + "\n\n\n" + ssd_launcher(name, g, p["output"], val.shape, block_p, warps), name

    def knob(self, key, default, allowed):
        self.tunables[key] = allowed
        value = self.tuning.get(key, default)
        if value not in allowed:
            raise ValueError(f"tuning {key}={value!r} is not one of {allowed}")
        return value

    def sdpa_expr(self, val: Val) -> str:
        q, kt, v = (self.var(a) for a in val.args[:3])
        p = val.params
        k = kt if p["k_given"] else f"{kt}.transpose(-2, -1)"
        mask = ""
        if len(val.args) > 3:
            m = self.var(val.args[3])
            mask = {"add": f", attn_mask={m}", "keep": f", attn_mask={m}", "fill": f", attn_mask=~{m}"}[p["mask_kind"]]
        return (f"torch.nn.functional.scaled_dot_product_attention({q}, {k}, {v}{mask}, "
                f"is_causal={p['causal']}, scale={p['scale']!r})")
