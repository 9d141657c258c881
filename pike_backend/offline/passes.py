"""Inference rewrites on the problem's functional graph.

A ``Functional`` is a copy of the traced graph plus, per graph input, how the Solution feeds it at
run time (``runtime._pk_derive`` specs) and a CPU example value built the same way. Passes:

* ``fast_path_attention``: ``nn.MultiheadAttention`` self-attention, which Dynamo traces through
  the slow ``F.multi_head_attention_forward``, runs the fused ``torch._native_multi_head_attention``
  that eager inference takes (about 1.5x faster on an H100).
* ``pool_before_conv1x1``: an average pool after a 1x1 convolution runs before it, on the
  convolution's input (an average commutes with a per-pixel affine map): the convolution does a
  quarter of the work after a 2x2 pool.
* ``fold_batch_norm``: eval-mode batch norm after a conv/linear whose output it alone reads is
  folded into that op's weight and bias (derived from the module's tensors, not baked in).
* ``lower_precision``: an explicit form of autocast. Anchors (conv, linear, matmul, bmm,
  attention) take bf16/fp16 operands, with weights pre-cast once; norms, softmax and
  transcendental reductions take fp32; outputs are cast back to the reference's dtypes. Explicit
  casts let the code generator see (and fuse) exactly what runs.
* ``channels_last``: conv weights and 4-d inputs in channels_last memory format.
* ``make_contiguous``: every non-view op reads contiguous tensors (the repair for stride errors).
"""

from __future__ import annotations

import copy
import inspect
import operator
from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F
from torch.fx import Graph, GraphModule, Node

from ..graph.ops import Kind, classify, op_label
from . import runtime
from .trace import ProblemGraph

LOW_DTYPES = {"bf16": torch.bfloat16, "fp16": torch.float16}
_CONVS = {torch.conv1d, torch.conv2d, torch.conv3d, F.conv1d, F.conv2d, F.conv3d}
_LINEARS = {torch._C._nn.linear, F.linear}
_MHA_SIGNATURE = inspect.signature(F.multi_head_attention_forward)
_MHA_WEIGHTS = ("in_proj_weight", "in_proj_bias", "out_proj_weight", "out_proj_bias")
# F.multi_head_attention_forward's options the fused op has no counterpart for: each must be off
_MHA_UNSUPPORTED = ("bias_k", "bias_v", "add_zero_attn", "key_padding_mask", "attn_mask", "use_separate_proj_weight",
                    "q_proj_weight", "k_proj_weight", "v_proj_weight", "static_k", "static_v", "is_causal")
# Fused attention returns (output, weights): a tuple, which ``classify`` leaves to the fallback, yet
# its operands run in low precision like an anchor's.
_LOW_PRECISION_FUNCS = {torch._native_multi_head_attention}
# Autocast runs these in fp32 on CUDA; so do we.
_FP32_OPS = {
    "softmax", "log_softmax", "layer_norm", "group_norm", "batch_norm", "instance_norm", "rms_norm",
    "normalize", "sum", "prod", "cumsum", "logsumexp", "var", "std", "norm", "exp", "log", "log1p",
    "expm1", "pow", "softplus", "reciprocal", "rsqrt", "cross_entropy", "nll_loss", "cosine_similarity",
}


@dataclass
class Functional:
    gm: GraphModule
    args: list[dict[str, Any]]  # one runtime spec per placeholder, in order
    examples: list[Any]
    out_dtypes: list[str]
    channels_last_inputs: bool = False

    @property
    def placeholders(self) -> list[Node]:
        return [n for n in self.gm.graph.nodes if n.op == "placeholder"]


def functional_of(pg: ProblemGraph) -> Functional:
    """A private copy of the traced graph that passes may change."""
    graph = Graph()
    value = graph.graph_copy(pg.gm.graph, {})
    graph.output(value)
    gm = GraphModule(pg.gm, graph)
    return Functional(gm, copy.deepcopy(pg.args), list(pg.examples), list(pg.out_dtypes))


def _module_tensors(pg: ProblemGraph) -> dict[str, torch.Tensor]:
    tensors: dict[str, torch.Tensor] = {}
    for prefix, sub in pg.model.named_modules(remove_duplicate=False):
        dot = f"{prefix}." if prefix else ""
        for table in (sub._parameters, sub._buffers, sub.__dict__):
            for name, value in table.items():
                if isinstance(value, torch.Tensor):
                    tensors.setdefault(dot + name, value)
    return tensors


def rebuild_examples(fn: Functional, pg: ProblemGraph) -> None:
    """Example values from the specs, exactly as the runtime derives them."""
    tensors = _module_tensors(pg)
    examples = []
    with torch.no_grad():
        for spec in fn.args:
            if spec["from"] == "input":
                value = pg.inputs[spec["index"]]
                if fn.channels_last_inputs and isinstance(value, torch.Tensor) and value.dim() == 4 and value.is_floating_point():
                    value = value.contiguous(memory_format=torch.channels_last)
            else:
                value = runtime._pk_derive(tensors, spec)
            examples.append(value)
    fn.examples = examples


def propagate(fn: Functional) -> None:
    """Fresh ``val``/``example_value`` metadata for every node (fake tensors: no compute)."""
    from torch._subclasses.fake_tensor import FakeTensorMode
    from torch.fx.passes.fake_tensor_prop import FakeTensorProp

    mode = FakeTensorMode(allow_non_fake_inputs=True)
    FakeTensorProp(fn.gm, mode).propagate(*fn.examples)
    for node in fn.gm.graph.nodes:
        if "val" in node.meta:
            node.meta["example_value"] = node.meta["val"]


def _drop_unused_placeholders(fn: Functional) -> None:
    keep_args, keep_examples = [], []
    for node, spec, example in zip(fn.placeholders, fn.args, fn.examples):
        if node.users:
            keep_args.append(spec)
            keep_examples.append(example)
        else:
            fn.gm.graph.erase_node(node)
    fn.args, fn.examples = keep_args, keep_examples


def _add_placeholder(fn: Functional, name: str, spec: dict[str, Any]) -> Node:
    """A new graph input, placed after the existing ones (specs stay in placeholder order)."""
    last = fn.placeholders[-1]
    with fn.gm.graph.inserting_after(last):
        node = fn.gm.graph.placeholder(name)
    fn.args.append(spec)
    fn.examples.append(None)  # filled by rebuild_examples
    return node


def _spec_of(fn: Functional, node: Any) -> dict[str, Any] | None:
    if isinstance(node, Node) and node.op == "placeholder":
        return fn.args[fn.placeholders.index(node)]
    return None


def _tensor_path(fn: Functional, node: Any) -> str | None:
    spec = _spec_of(fn, node)
    return spec["name"] if spec is not None and spec["from"] == "tensor" and "dtype" not in spec else None


def _arg(node: Node, index: int, name: str, default: Any = None) -> Any:
    if len(node.args) > index:
        return node.args[index]
    return node.kwargs.get(name, default)


def _foldable(fn: Functional, bn: Node) -> dict[str, Any] | None:
    """The fold spec of ``bn`` into its producer, or None when it cannot be folded."""
    if bn.op != "call_function" or bn.target is not F.batch_norm or _arg(bn, 5, "training", False):
        return None
    producer = _arg(bn, 0, "input")
    if not isinstance(producer, Node) or len(producer.users) != 1 or producer.op != "call_function":
        return None
    if producer.target in _LINEARS:
        value = producer.meta.get("example_value")
        if value is None or value.dim() != 2:  # BatchNorm1d on (N, C) only: C is the linear's output
            return None
    elif producer.target not in _CONVS:
        return None
    weight, bias = _arg(producer, 1, "weight"), _arg(producer, 2, "bias")
    paths = {
        "weight": _tensor_path(fn, weight),
        "bias": _tensor_path(fn, bias) if bias is not None else "",
        "mean": _tensor_path(fn, _arg(bn, 1, "running_mean")),
        "var": _tensor_path(fn, _arg(bn, 2, "running_var")),
        "gamma": _tensor_path(fn, _arg(bn, 3, "weight")) if _arg(bn, 3, "weight") is not None else "",
        "beta": _tensor_path(fn, _arg(bn, 4, "bias")) if _arg(bn, 4, "bias") is not None else "",
    }
    if any(v is None for v in paths.values()):
        return None  # some operand is computed, not a module tensor: nothing to fold ahead of time
    return {**paths, "eps": float(_arg(bn, 7, "eps", 1e-5)), "producer": producer}


def fold_batch_norm(fn: Functional) -> int:
    """Fold every foldable batch norm; returns how many were folded."""
    folded = 0
    for bn in list(fn.gm.graph.nodes):
        fold = _foldable(fn, bn)
        if fold is None:
            continue
        producer = fold.pop("producer")
        stem = fold["weight"].replace(".", "_")
        weight = _add_placeholder(fn, f"{stem}_folded", {"from": "fold_weight", **fold})
        bias = _add_placeholder(fn, f"{stem}_folded_bias", {"from": "fold_bias", **fold})
        args = list(producer.args) + [None] * max(0, 3 - len(producer.args))
        args[1], args[2] = weight, bias
        producer.args = tuple(args)
        producer.kwargs = {k: v for k, v in producer.kwargs.items() if k not in ("weight", "bias")}
        bn.replace_all_uses_with(producer)
        fn.gm.graph.erase_node(bn)
        folded += 1
    if folded:
        _drop_unused_placeholders(fn)
        fn.gm.recompile()
    return folded


def _mha_arguments(node: Node) -> dict[str, Any] | None:
    """Every argument of an ``F.multi_head_attention_forward`` call by name, defaults included."""
    if node.op != "call_function" or node.target is not F.multi_head_attention_forward:
        return None
    try:
        bound = _MHA_SIGNATURE.bind(*node.args, **node.kwargs)
    except TypeError:
        return None
    bound.apply_defaults()
    return bound.arguments


def _only_output_used(node: Node) -> bool:
    """Every user takes the attention output (item 0): the fused op computes no weights for item 1."""
    return all(user.target is operator.getitem and user.args[1] == 0 for user in node.users)


def _tensor_value(value: Any) -> torch.Tensor | None:
    value = value.meta.get("example_value") if isinstance(value, Node) else None
    return value if isinstance(value, torch.Tensor) else None


def _fast_path_ready(a: dict[str, Any]) -> bool:
    """The conditions of ``nn.MultiheadAttention.forward``'s fast path, on a traced call's arguments."""
    if any(a[name] is not None and a[name] is not False for name in _MHA_UNSUPPORTED):
        return False
    if (a["training"] and a["dropout_p"] > 0) or a["key"] is not a["query"] or a["value"] is not a["query"]:
        return False  # self-attention, no dropout: the fused op has neither key nor value nor dropout
    values = [_tensor_value(a[name]) for name in ("query", *_MHA_WEIGHTS)]
    if any(v is None or v.dtype != values[0].dtype for v in values):
        return False  # biases included: the fused op's are not optional
    heads, dim = a["num_heads"], a["embed_dim_to_check"]
    # odd head counts: the module leaves them to the slow path (pytorch/pytorch#97128)
    even_heads = isinstance(heads, int) and heads % 2 == 0
    return even_heads and values[0].dim() == 3 and values[0].shape[-1] == dim and dim % heads == 0


def fast_path_attention(fn: Functional) -> int:
    """Each fast-path-ready MHA call runs ``torch._native_multi_head_attention``; returns how many.

    The traced call takes (L, N, E), the fused op (N, L, E): transposes around it (views) keep the
    output as it was.
    """
    graph = fn.gm.graph
    rewritten = 0
    for node in list(graph.nodes):
        a = _mha_arguments(node)
        if a is None or not _only_output_used(node) or not _fast_path_ready(a):
            continue
        with graph.inserting_before(node):
            tokens = graph.call_method("transpose", (a["query"], 0, 1))
            weights = [a[name] for name in _MHA_WEIGHTS]
            fused = graph.call_function(torch._native_multi_head_attention, (
                tokens, tokens, tokens, a["embed_dim_to_check"], a["num_heads"], *weights, None, False))
            output = graph.call_method("transpose", (graph.call_function(operator.getitem, (fused, 0)), 0, 1))
        for user in list(node.users):
            user.replace_all_uses_with(output)
            graph.erase_node(user)
        graph.erase_node(node)
        rewritten += 1
    if rewritten:
        fn.gm.recompile()
    return rewritten


_AVG_POOLS = {F.avg_pool2d, F.adaptive_avg_pool2d, torch._C._nn.adaptive_avg_pool2d}


def _size2(value: Any) -> tuple | None:
    if isinstance(value, int):
        return (value, value)
    return tuple(value) if isinstance(value, (tuple, list)) and len(value) == 2 else None


def _pointwise_conv(node: Any) -> bool:
    """A 2-d convolution with a 1x1 kernel, stride 1 and no padding: the same affine map of the
    channels at every pixel (dilation means nothing at 1x1)."""
    if not isinstance(node, Node) or node.op != "call_function" or node.target not in (torch.conv2d, F.conv2d):
        return False
    weight = _tensor_value(_arg(node, 1, "weight"))
    padding = _arg(node, 4, "padding", 0)
    no_padding = padding in ("valid", "same") or _size2(padding) == (0, 0)
    return weight is not None and weight.dim() == 4 and tuple(weight.shape[2:]) == (1, 1) \
        and _size2(_arg(node, 3, "stride", 1)) == (1, 1) and no_padding


def _weights_sum_to_one(pool: Node) -> bool:
    """Whether each output of ``pool`` averages its window (weights summing to one), so that it
    commutes with an affine map: padding counted in the divisor, or a divisor override, would
    scale a convolution's bias."""
    if pool.target is F.avg_pool2d:
        return _size2(_arg(pool, 3, "padding", 0)) == (0, 0) and _arg(pool, 6, "divisor_override") is None
    return True


def pool_before_conv1x1(fn: Functional) -> int:
    """``avg_pool(conv1x1(x))`` becomes ``conv1x1(avg_pool(x))``; returns how many moved.

    An average of a per-pixel affine map is the map of the average, so the convolution runs on the
    pooled pixels (a quarter of them for a 2x2 pool: DenseNet's transition layers), and the pool
    fuses with the activation before it. Moved only where the bytes moved do not grow: the pool then
    reads the convolution's input channels rather than its output channels, which costs more where
    the convolution narrows the channels by more than the pool shrinks the pixels.
    """
    graph, moved = fn.gm.graph, 0
    for pool in list(graph.nodes):
        if pool.op != "call_function" or pool.target not in _AVG_POOLS or not pool.args:
            continue
        conv = pool.args[0]
        if not _pointwise_conv(conv) or len(conv.users) != 1 or not _weights_sum_to_one(pool):
            continue
        before, after = _tensor_value(conv.args[0]), _tensor_value(pool)
        if before is None or after is None or before.dim() != 4:
            continue
        shrink = after.shape[-2] * after.shape[-1] / (before.shape[-2] * before.shape[-1])
        if shrink >= 1 or shrink * before.shape[1] > after.shape[1]:
            continue
        with graph.inserting_before(conv):
            pooled = graph.create_node("call_function", pool.target, (conv.args[0], *pool.args[1:]), dict(pool.kwargs))
        conv.replace_input_with(conv.args[0], pooled)
        pool.replace_all_uses_with(conv)
        graph.erase_node(pool)
        moved += 1
    if moved:
        fn.gm.recompile()
    return moved


def _is_float32(node: Any) -> bool:
    value = _tensor_value(node)
    return value is not None and value.dtype == torch.float32


def _cast_args(fn: Functional, node: Node, cast) -> None:
    """Replace each fp32 tensor argument ``a`` of ``node`` by ``cast(a)`` (one level of lists)."""

    def convert(value):
        if isinstance(value, (list, tuple)):
            return type(value)(convert(v) for v in value)
        return cast(value) if _is_float32(value) else value

    node.args = tuple(convert(a) for a in node.args)
    node.kwargs = {k: convert(v) for k, v in node.kwargs.items()}


def _is_anchor(node: Node) -> bool:
    """An op whose operands ``lower_precision`` casts to the low dtype."""
    return classify(node, None)[0] is Kind.ANCHOR or node.target in _LOW_PRECISION_FUNCS


def _only_anchor_users(node: Node) -> bool:
    return all(_is_anchor(user) for user in node.users)


def lower_precision(fn: Functional, precision: str) -> None:
    """Anchors in ``precision`` (bf16/fp16), fp32-only ops in fp32, outputs in their own dtypes."""
    dtype = LOW_DTYPES[precision]
    graph = fn.gm.graph
    cache: dict[tuple[Node, torch.dtype], Node] = {}
    computing = [n for n in graph.nodes if n.op in ("call_function", "call_method") and n.target != "to"]
    if not any(_is_anchor(node) for node in computing):
        return  # nothing here runs in low precision: the graph (and the code it becomes) stays as it is

    def cast_to(target_dtype, anchor_node):
        def cast(value: Node) -> Node:
            spec = _spec_of(fn, value)
            if target_dtype != torch.float32 and spec is not None and spec["from"] != "input" and _only_anchor_users(value):
                spec["dtype"] = runtime_dtype_name(target_dtype)  # pre-cast once at refresh time
                return value
            key = (value, target_dtype)
            if key not in cache:
                with graph.inserting_before(anchor_node):
                    cache[key] = graph.call_method("to", (value, target_dtype))
            return cache[key]

        return cast

    for node in computing:
        if _is_anchor(node):
            _cast_args(fn, node, cast_to(dtype, node))
        elif op_label(node) in _FP32_OPS:
            _cast_args_low_to_fp32(fn, node)
    _cast_outputs(fn)
    fn.gm.recompile()


def _cast_args_low_to_fp32(fn: Functional, node: Node) -> None:
    # Inputs that were fp32 in the original graph may now arrive in low precision: cast them up
    # (a no-op when they are still fp32).
    graph = fn.gm.graph

    def cast(value: Node) -> Node:
        if _spec_of(fn, value) is not None:
            return value  # graph inputs keep their dtype unless an anchor pre-casts them
        with graph.inserting_before(node):
            return graph.call_method("float", (value,))

    _cast_args(fn, node, cast)


def _cast_outputs(fn: Functional) -> None:
    output = next(n for n in fn.gm.graph.nodes if n.op == "output")
    values = output.args[0]
    single = not isinstance(values, (tuple, list))
    values = [values] if single else list(values)
    cast_values = []
    for value, dtype in zip(values, fn.out_dtypes):
        if isinstance(value, Node) and dtype == "float32":
            with fn.gm.graph.inserting_before(output):
                value = fn.gm.graph.call_method("float", (value,))
        cast_values.append(value)
    output.args = (cast_values[0] if single else tuple(cast_values),)


def runtime_dtype_name(dtype: torch.dtype) -> str:
    return {torch.bfloat16: "bfloat16", torch.float16: "float16", torch.float32: "float32"}[dtype]


def channels_last(fn: Functional) -> bool:
    """Conv weights and 4-d inputs in channels_last; False when the graph has no 2-d conv."""
    convs = [n for n in fn.gm.graph.nodes if n.op == "call_function" and n.target in (torch.conv2d, F.conv2d)]
    for conv in convs:
        spec = _spec_of(fn, _arg(conv, 1, "weight"))
        if spec is not None and spec["from"] != "input":
            spec["channels_last"] = True
    fn.channels_last_inputs = bool(convs)
    return bool(convs)


def make_contiguous(fn: Functional) -> None:
    """Every compute op reads contiguous operands (views and graph inputs are made contiguous)."""
    graph = fn.gm.graph
    made: dict[Node, Node] = {}
    for node in list(graph.nodes):
        if node.op not in ("call_function", "call_method") or classify(node, None)[0] in (Kind.VIEW, Kind.GLUE):
            continue
        if node.target == "contiguous":
            continue

        def contiguous(value: Node, node=node) -> Node:
            if value.op != "placeholder" and classify(value, None)[0] is not Kind.VIEW:
                return value
            if value not in made:
                # new nodes go after every graph input: inputs stay first, in their order
                anchor = value if value.op != "placeholder" else fn.placeholders[-1]
                with graph.inserting_after(anchor):
                    made[value] = graph.call_method("contiguous", (value,))
            return made[value]

        node.args = tuple(contiguous(a) if isinstance(a, Node) else a for a in node.args)
    fn.channels_last_inputs = False
    for spec in fn.args:
        spec.pop("channels_last", None)
    fn.gm.recompile()
