"""What each node of a Dynamo (torch-level) FX graph is, as far as partitioning cares.

ANCHOR nodes are the heavy ops a subgraph is built around (matmul, linear, conv, bmm, attention);
FUSIBLE nodes are pointwise, reduction, norm, softmax and view ops that fuse around an anchor;
anything else is glue left to the fallback, with the reason recorded for ``explain``.
"""

from __future__ import annotations

import operator
from enum import Enum
from typing import Any

import torch
import torch.nn.functional as F
from torch.fx import Node


class Kind(Enum):
    ANCHOR = "anchor"
    FUSIBLE = "fusible"
    VIEW = "view"  # fusible, but no compute of its own: a group of only views is not worth a kernel
    GLUE = "glue"


def _names(*objs) -> set[str]:
    return {getattr(o, "__name__", str(o)) for o in objs}


_ANCHOR_FUNCS = {
    torch._C._nn.linear, F.linear, torch.matmul, torch.mm, torch.bmm, torch.addmm, torch.baddbmm,
    torch.einsum, operator.matmul, torch.conv1d, torch.conv2d, torch.conv3d, F.conv1d, F.conv2d,
    F.conv3d, F.conv_transpose1d, F.conv_transpose2d, F.conv_transpose3d,
    F.scaled_dot_product_attention,
}
_ANCHOR_METHODS = {"matmul", "mm", "bmm"}

_POINTWISE_NAMES = {
    # torch / Tensor methods
    "abs", "neg", "exp", "exp2", "expm1", "log", "log2", "log1p", "sqrt", "rsqrt", "sin", "cos",
    "tanh", "sigmoid", "relu", "erf", "reciprocal", "square", "pow", "clamp", "clamp_min",
    "clamp_max", "clip", "where", "minimum", "maximum", "add", "sub", "mul", "div", "true_divide",
    "floor", "ceil", "round", "sign", "lerp", "addcmul", "addcdiv", "masked_fill", "float", "half",
    "bfloat16", "to", "type_as", "eq", "ne", "lt", "le", "gt", "ge", "logical_not", "logical_and",
    "logical_or", "gelu", "silu", "mish", "hardtanh", "hardswish", "hardsigmoid", "leaky_relu",
    "elu", "selu", "celu", "softplus", "relu6", "tril", "triu", "nan_to_num", "fmod", "remainder",
    "sigmoid_", "dropout", "alpha_dropout", "dropout1d", "dropout2d", "dropout3d", "identity",
    "logsigmoid", "softsign", "tanhshrink", "threshold", "glu",
}
_REDUCTION_NAMES = {
    "sum", "mean", "amax", "amin", "max", "min", "var", "std", "logsumexp", "norm", "prod",
    "softmax", "log_softmax", "layer_norm", "batch_norm", "group_norm", "instance_norm", "rms_norm",
    "normalize", "cumsum", "avg_pool1d", "avg_pool2d", "avg_pool3d", "max_pool1d", "max_pool2d",
    "max_pool3d", "adaptive_avg_pool1d", "adaptive_avg_pool2d", "adaptive_avg_pool3d",
    "adaptive_max_pool2d", "pixel_shuffle", "interpolate", "pad", "embedding",
}
_VIEW_NAMES = {
    "view", "reshape", "permute", "transpose", "t", "flatten", "unflatten", "unsqueeze", "squeeze",
    "contiguous", "expand", "expand_as", "view_as", "reshape_as", "movedim", "narrow", "cat",
    "concat", "stack", "flip", "roll", "repeat", "repeat_interleave", "select", "getitem",
    "chunk", "split", "unbind",
}
_OPERATOR_POINTWISE = {
    operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.neg,
    operator.pow, operator.mod, operator.eq, operator.ne, operator.lt, operator.le, operator.gt,
    operator.ge, operator.and_, operator.or_, operator.invert, operator.pos, operator.abs,
}
# in-place arithmetic (``out += identity``): pointwise like its out-of-place form where the
# write is private (see _private_write); the code generator reads these as add_, mul_, ...
INPLACE_ARITHMETIC = {operator.iadd, operator.isub, operator.imul, operator.itruediv}
_SPLIT_NAMES = {"chunk", "split", "unbind", "tensor_split", "split_with_sizes"}
_RNG_NAMES = {"rand", "randn", "randint", "rand_like", "randn_like", "randint_like", "bernoulli",
              "multinomial", "normal", "randperm", "uniform_", "normal_", "exponential_"}
_DATA_DEPENDENT_NAMES = {"nonzero", "masked_select", "unique", "unique_consecutive", "item",
                         "tolist", "argwhere", "bincount", "histc", "repeat_interleave_tensor"}
_DROPOUT_NAMES = {"dropout", "alpha_dropout", "dropout1d", "dropout2d", "dropout3d", "feature_alpha_dropout"}


def target_name(node: Node) -> str:
    """A readable, stable name for a node's target (also used by the fingerprint)."""
    target = node.target
    if isinstance(target, str):
        return target
    module = getattr(target, "__module__", None) or ""
    name = getattr(target, "__qualname__", None) or getattr(target, "__name__", None) or repr(target)
    if module in ("_operator", "operator"):
        module = "operator"
    return f"{module}.{name}" if module else name


def _short_name(node: Node) -> str:
    if node.op == "call_method":
        return node.target
    if node.target is operator.getitem:
        return "getitem"
    return getattr(node.target, "__name__", str(node.target)).rstrip("_") if node.target is not None else ""


def _is_inplace(node: Node, short: str) -> bool:
    if node.op == "call_method" and node.target.endswith("_") and not node.target.startswith("__"):
        return True
    if getattr(node.target, "__name__", "").endswith("_") and node.op == "call_function":
        return not getattr(node.target, "__name__", "").startswith("__")
    return bool(node.kwargs.get("inplace")) or (short in {"relu", "hardtanh", "leaky_relu", "elu"}
                                               and any(a is True for a in node.args[1:]))


def mutates_graph_state(node: Node) -> bool:
    """Whether an in-place op writes into a graph input or attribute (through views of it):
    in-place on a tensor the graph itself made (``ReLU(inplace=True)`` after a linear) changes
    nothing outside, so a whole-graph problem may keep it."""
    target = node.args[0] if node.args and isinstance(node.args[0], Node) else None
    while target is not None and target.op in ("call_function", "call_method") and _short_name(target) in _VIEW_NAMES:
        target = target.args[0] if target.args and isinstance(target.args[0], Node) else None
    return target is None or target.op in ("placeholder", "get_attr", "call_module")


_INPLACE_OPERATORS = {
    operator.setitem, operator.iadd, operator.isub, operator.imul, operator.itruediv, operator.ifloordiv,
    operator.imod, operator.ipow, operator.imatmul, operator.iand, operator.ior, operator.ixor,
    operator.ilshift, operator.irshift,
}


# torch's own functions follow its naming: an in-place one ends in "_" or takes inplace= or out=
_CONVENTIONAL_MODULES = {"torch", "_operator", "operator", "math", "builtins"}


def _follows_torch_conventions(target: Any) -> bool:
    module = getattr(target, "__module__", None) or getattr(getattr(target, "__objclass__", None), "__module__", None)
    return bool(module) and module.split(".")[0] in _CONVENTIONAL_MODULES and not module.startswith("torch._ops")


def _schema_writes(target: Any) -> bool:
    """Whether an operator (``torch.ops...``) may write into an argument, by its schema."""
    overloads = [target] if isinstance(target, torch._ops.OpOverload) else [
        getattr(target, name) for name in getattr(target, "overloads", lambda: [])()]
    return any(a.alias_info is not None and a.alias_info.is_write for o in overloads for a in o._schema.arguments)


def _written_args(node: Node) -> list[Any]:
    """The arguments ``node`` may write into: an in-place op's first, an ``out=``; every tensor of
    a module call (not inlined by Dynamo), of an operator whose schema writes, and of a function
    that is not torch's own (one allowed in the graph)."""
    if node.op == "call_module":
        return list(node.all_input_nodes)
    if node.op not in ("call_function", "call_method"):
        return []
    if node.op == "call_function" and not _follows_torch_conventions(node.target):
        is_op = isinstance(node.target, (torch._ops.OpOverload, torch._ops.OpOverloadPacket))
        return list(node.all_input_nodes) if not is_op or _schema_writes(node.target) else []
    written = [node.kwargs["out"]] if node.kwargs.get("out") is not None else []
    if node.args and (node.target in _INPLACE_OPERATORS or _is_inplace(node, _short_name(node))):
        written.append(node.args[0])
    return written


def written_inputs(gm: torch.fx.GraphModule) -> set[int]:
    """Positions of the placeholders the graph may write into, through any alias of them.

    Aliases are read from Dynamo's fake values: a view, or a ``.to()`` that returns its input,
    shares its input's storage. Where a written value has none, every placeholder counts."""
    placeholders = [n for n in gm.graph.nodes if n.op == "placeholder"]
    everything = set(range(len(placeholders)))
    written = set()
    for node in gm.graph.nodes:
        for arg in _written_args(node):
            for value in arg if isinstance(arg, (list, tuple)) else [arg]:  # out= may be a tuple
                if not isinstance(value, Node):
                    continue
                found = _storage(value.meta.get("example_value"))
                if found is None:
                    return everything
                written.add(found)
    if not written:
        return set()
    positions = set()
    for position, node in enumerate(placeholders):
        found = _storage(node.meta.get("example_value"))
        if found is None or found in written:
            positions.add(position)
    return positions


def _storage(value: Any):
    """The storage of a (fake) tensor value, comparable across values; None where it has none."""
    from torch.multiprocessing.reductions import StorageWeakRef

    try:
        return StorageWeakRef(value.untyped_storage()) if isinstance(value, torch.Tensor) else None
    except (RuntimeError, NotImplementedError):  # sparse and other storage-less tensors: assume the worst
        return None


def _private_write(node: Node, graph_device: torch.device | None) -> bool:
    """Whether an in-place op writes only into a tensor no other node sees: the value a kernel of
    pike's kind made (not glue or a view, so the writes join its group, and sharing no storage with
    its inputs), then in-place ops each on the one before, each value read by the next op alone (a
    view of one, or a second reader of a state the write replaces, would see the write).
    torchvision's ``out += identity`` then ``ReLU(inplace=True)``, and every ReLU(inplace=True)
    after a conv or batch norm: in place or not is then the same, and the ops fuse like their
    out-of-place forms rather than splitting the graph around them."""
    chain = [node]
    while True:
        earlier = chain[0].args[0] if chain[0].args else None
        if not isinstance(earlier, Node):
            return False
        if not _writes_in_place(earlier):
            break
        chain.insert(0, earlier)
    first = earlier  # the op that made the storage
    if any(len(n.users) != 1 for n in [first, *chain[:-1]]):
        return False
    if classify(first, graph_device)[0] in (Kind.GLUE, Kind.VIEW):  # glue: an input, an attribute among them
        return False
    made = _storage(first.meta.get("example_value"))
    if made is None:
        return False
    inputs = (_storage(n.meta.get("example_value")) for n in first.all_input_nodes)
    return not any(found is not None and found == made for found in inputs)  # e.g. a .to() that returned its input


def _writes_in_place(node: Node) -> bool:
    return node.op in ("call_function", "call_method") and (
        node.target in INPLACE_ARITHMETIC or _is_inplace(node, _short_name(node)))


def _split_into_views(node: Node) -> bool:
    """A tensor split into a tuple of views (``chunk``, ``split``, ``unbind``) whose every user takes
    one of them by index: the tuple then never leaves the group that splits it (a subgraph's inputs
    and outputs are tensors), and a gated MLP's or an LSTM's gates fuse with the matmul before them."""
    value = node.meta.get("example_value")
    return (
        _short_name(node) in _SPLIT_NAMES and isinstance(value, (tuple, list)) and len(value) > 0
        and all(isinstance(v, torch.Tensor) for v in value)
        and all(user.target is operator.getitem and isinstance(user.args[1], int) for user in node.users)
    )


def _dropout_is_active(node: Node) -> bool:
    training = node.kwargs.get("training")
    if training is None and len(node.args) >= 3:
        training = node.args[2]
    return True if training is None else bool(training)  # the functional forms default to training


def classify(node: Node, graph_device: torch.device | None) -> tuple[Kind, str]:
    """The node's kind and, for glue, why it was left out."""
    if node.op in ("placeholder", "output", "get_attr"):
        return Kind.GLUE, node.op
    if node.op == "call_module":
        return Kind.GLUE, "module call (not inlined by Dynamo)"
    value = node.meta.get("example_value")
    split = _split_into_views(node)
    if not (isinstance(value, torch.Tensor) or split):
        return Kind.GLUE, "non-tensor result"
    for arg in node.all_input_nodes:
        if not (isinstance(arg.meta.get("example_value"), torch.Tensor) or _split_into_views(arg)):
            return Kind.GLUE, "non-tensor input (size, scalar or tuple)"
    for tensor in value if split else [value]:
        if graph_device is not None and tensor.device != graph_device:
            return Kind.GLUE, f"result on {tensor.device.type} while the graph runs on {graph_device.type}"
        if any(not isinstance(s, int) for s in tensor.shape):
            return Kind.GLUE, "dynamic shape"
    short = _short_name(node)
    if short in _RNG_NAMES:
        return Kind.GLUE, "random numbers"
    if short in _DROPOUT_NAMES and _dropout_is_active(node):
        return Kind.GLUE, "random numbers (dropout in training mode)"
    if short in _DATA_DEPENDENT_NAMES:
        return Kind.GLUE, "data-dependent shape"
    if "distributed" in getattr(node.target, "__module__", "") or short.startswith("all_"):
        return Kind.GLUE, "collective"
    if _writes_in_place(node) and not _private_write(node, graph_device):
        return Kind.GLUE, "in-place op"
    if short == "batch_norm" and _batch_norm_training(node):
        return Kind.GLUE, "batch norm in training mode (updates running stats)"
    if (node.op == "call_function" and node.target in _ANCHOR_FUNCS) or (
        node.op == "call_method" and short in _ANCHOR_METHODS
    ):
        return Kind.ANCHOR, ""
    if node.op == "call_function" and (node.target in _OPERATOR_POINTWISE or node.target in INPLACE_ARITHMETIC):
        return Kind.FUSIBLE, ""
    if short in _VIEW_NAMES:
        return Kind.VIEW, ""
    if short in _POINTWISE_NAMES or short in _REDUCTION_NAMES:
        return Kind.FUSIBLE, ""
    return Kind.GLUE, f"op {target_name(node)} is not one pike kernelizes"


def _batch_norm_training(node: Node) -> bool:
    training = node.kwargs.get("training")
    if training is None and len(node.args) >= 6:
        training = node.args[5]
    return bool(training)


def op_label(node: Node) -> str:
    """The short op name shown in reports."""
    return _short_name(node) or target_name(node)
