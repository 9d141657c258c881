"""The code generator's IR: one ``Val`` per value, lowered from a torch-level FX graph.

Lowering turns each FX node either into fusible IR (pointwise ops, ``reduce`` over dims, ``view``,
``gemm``, ``attention``), decomposing composites (softmax, layer/RMS/group/batch norm, var/std,
logsumexp, average pools whose windows tile their input) into those primitives, or into an opaque
``torch`` Val that the generated program calls as is. Every Val still knows how to be computed by
plain torch, so any Val the partitioner does not fuse is emitted as torch code.
"""

from __future__ import annotations

import logging
import math
import operator
from dataclasses import dataclass, field
from typing import Any, Callable

import torch
import torch.fx as fx
import torch.nn.functional as F

from ...graph.ops import INPLACE_ARITHMETIC
from .layout import contiguous_strides
from .pointwise import BINARY, UNARY

log = logging.getLogger("pike_backend.offline.codegen")

FLOAT_DTYPES = (torch.float16, torch.bfloat16, torch.float32, torch.float64)
# Patterns lowered to one kernel of ours each, outside any fused region: attention (attention.py)
# and Mamba-2's SSD scan (ssd.py). Their operands are materialized tensors, read through strides.
KERNEL_OPS = ("attention", "ssd")


@dataclass(eq=False)
class Val:
    id: int
    op: str  # "input", "torch", "view", a pointwise op, "reduce", "gemm", one of KERNEL_OPS
    args: list[Any]  # Val, Python scalar or None
    shape: tuple[int, ...] | None  # None: not a tensor
    dtype: torch.dtype | None
    params: dict[str, Any] = field(default_factory=dict)
    node: fx.Node | None = None  # the FX node this Val computes (the last Val of a decomposition)
    stride: tuple[int, ...] | None = None  # strides of a materialized tensor (inputs, torch ops)
    epoch: int = 0  # in-place ops split the program into epochs that fusion never crosses

    def strides(self) -> tuple[int, ...]:
        """Its strides: as materialized where known, else those of a contiguous tensor."""
        return tuple(self.stride) if self.stride is not None else contiguous_strides(self.shape)

    @property
    def val_args(self) -> list["Val"]:
        return [a for a in self.args if isinstance(a, Val)]

    def __repr__(self) -> str:
        return f"Val({self.id}, {self.op}, shape={self.shape})"


class NotFusible(Exception):
    """A node is kept as a torch call."""


# ---------------------------------------------------------------------------------------------
# FX node -> canonical op name and bound arguments

_FUNCTION_MODULES = (torch, F, torch._C._nn, torch.special, torch.Tensor)
_OPERATORS = {
    operator.add: "add", operator.sub: "sub", operator.mul: "mul", operator.truediv: "div",
    operator.neg: "neg", operator.pow: "pow", operator.gt: "gt", operator.lt: "lt",
    operator.ge: "ge", operator.le: "le", operator.eq: "eq", operator.ne: "ne",
    operator.getitem: "getitem", operator.matmul: "matmul", operator.abs: "abs",
    operator.iadd: "add_", operator.imul: "mul_", operator.isub: "sub_", operator.itruediv: "div_",
}
_ALIASES = {
    "true_divide": "div", "divide": "div", "multiply": "mul", "subtract": "sub", "clip": "clamp",
    "negative": "neg", "absolute": "abs", "special_expit": "sigmoid", "expit": "sigmoid",
    "special_erf": "erf", "greater": "gt", "less": "lt", "greater_equal": "ge", "less_equal": "le",
    "not_equal": "ne", "fmax": "maximum", "fmin": "minimum", "relu_": "relu_", "concat": "cat",
}

# name -> parameters after the first (the input); "*name" collects the remaining positionals.
_SPECS: dict[str, tuple[str, ...]] = {
    **{name: ("inplace=False",) for name in UNARY},
    "gelu": ("approximate='none'",),
    "softplus": ("beta=1.0", "threshold=20.0"),
    "elu": ("alpha=1.0", "inplace=False"),
    "celu": ("alpha=1.0", "inplace=False"),
    "selu": ("inplace=False",),
    "leaky_relu": ("negative_slope=0.01", "inplace=False"),
    "hardtanh": ("min_val=-1.0", "max_val=1.0", "inplace=False"),
    "threshold": ("threshold", "value", "inplace=False"),
    **{name: ("other",) for name in BINARY},
    "add": ("other", "alpha=1"),
    "sub": ("other", "alpha=1"),
    "rsub": ("other", "alpha=1"),
    "div": ("other", "rounding_mode=None"),
    "pow": ("exponent",),
    "where": ("input", "other"),
    "masked_fill": ("mask", "value"),
    "clamp": ("min=None", "max=None"),
    "clamp_min": ("min",),
    "clamp_max": ("max",),
    "softmax": ("dim=None", "_stacklevel=3", "dtype=None"),
    "log_softmax": ("dim=None", "_stacklevel=3", "dtype=None"),
    "sum": ("dim=None", "keepdim=False", "dtype=None"),
    "mean": ("dim=None", "keepdim=False", "dtype=None"),
    "amax": ("dim=()", "keepdim=False"),
    "amin": ("dim=()", "keepdim=False"),
    "max": ("dim=None", "keepdim=False"),
    "min": ("dim=None", "keepdim=False"),
    "var": ("dim=None", "unbiased=None", "keepdim=False", "correction=None"),
    "std": ("dim=None", "unbiased=None", "keepdim=False", "correction=None"),
    "logsumexp": ("dim", "keepdim=False"),
    "layer_norm": ("normalized_shape", "weight=None", "bias=None", "eps=1e-05", "cudnn_enable=True"),
    "rms_norm": ("normalized_shape", "weight=None", "eps=None"),
    "group_norm": ("num_groups", "weight=None", "bias=None", "eps=1e-05", "cudnn_enabled=True"),
    "batch_norm": ("running_mean", "running_var", "weight=None", "bias=None", "training=False",
                   "momentum=0.1", "eps=1e-05", "cudnn_enabled=True"),
    "dropout": ("p=0.5", "training=True", "inplace=False"),
    "avg_pool2d": ("kernel_size", "stride=None", "padding=0", "ceil_mode=False", "count_include_pad=True",
                   "divisor_override=None"),
    "adaptive_avg_pool2d": ("output_size",),
    "linear": ("weight", "bias=None"),
    "matmul": ("other",),
    "mm": ("mat2",),
    "bmm": ("mat2",),
    "addmm": ("mat1", "mat2", "beta=1", "alpha=1"),
    "view": ("*shape",),
    "reshape": ("*shape",),
    "flatten": ("start_dim=0", "end_dim=-1"),
    "unsqueeze": ("dim",),
    "squeeze": ("dim=None",),
    "expand": ("*sizes",),
    "expand_as": ("other",),
    "contiguous": ("memory_format=None",),
    "clone": ("memory_format=None",),
    "detach": (),
    "float": ("memory_format=None",),
    "half": ("memory_format=None",),
    "bfloat16": ("memory_format=None",),
    "double": ("memory_format=None",),
    "to": ("*args",),
    "type": ("dtype=None",),
    "type_as": ("other",),
    "scaled_dot_product_attention": ("key", "value", "attn_mask=None", "dropout_p=0.0",
                                     "is_causal=False", "scale=None", "enable_gqa=False"),
}
_UNARY_RENAMES = {"selu": "elu", "celu": "elu"}
VIEW_OPS = {"view", "reshape", "flatten", "unsqueeze", "squeeze", "contiguous", "clone", "detach",
            "alias"}
CAST_OPS = {"float", "half", "bfloat16", "double", "to", "type", "type_as"}


def _function_names() -> dict[Callable, str]:
    names: dict[Callable, str] = {}
    wanted = set(_SPECS) | set(_ALIASES) | {"relu_", "square"}
    for module in _FUNCTION_MODULES:
        for name in wanted:
            fn = getattr(module, name, None)
            if module is torch and name == "batch_norm":
                continue  # torch.batch_norm orders its arguments unlike F.batch_norm
            if fn is not None and callable(fn):
                names.setdefault(fn, _ALIASES.get(name, name))
    names.update(_OPERATORS)
    return names


_NAMES = _function_names()


def canonical_name(node: fx.Node) -> str | None:
    if node.op == "call_method":
        return _ALIASES.get(node.target, node.target)
    if node.op == "call_function":
        try:
            return _NAMES.get(node.target)
        except TypeError:  # unhashable targets
            return None
    return None


_NO_DEFAULT = object()


def bind(name: str, args: tuple, kwargs: dict) -> dict[str, Any]:
    """Arguments of a call bound to the op's parameter names (``input`` first)."""
    spec = _SPECS.get(name)
    if spec is None:
        raise NotFusible(f"no argument spec for {name}")
    bound: dict[str, Any] = {"input": args[0] if args else kwargs.get("input", kwargs.get("self"))}
    rest = list(args[1:])
    for item in spec:
        if item.startswith("*"):
            bound[item[1:]] = rest
            rest = []
            continue
        key, _, default = item.partition("=")
        if rest:
            bound[key] = rest.pop(0)
        elif key in kwargs:
            bound[key] = kwargs[key]
        elif default:
            bound[key] = eval(default)  # noqa: S307 - literals from the table above
        else:
            raise NotFusible(f"{name}: missing argument {key}")
    extra = set(kwargs) - set(bound) - {"input", "self"}
    if rest or extra:
        raise NotFusible(f"{name}: unexpected arguments {sorted(extra)}")
    return bound


def is_inplace(node: fx.Node) -> bool:
    """Whether a node mutates its input (fusion never moves code across such a node)."""
    if node.op == "call_function" and node.target in INPLACE_ARITHMETIC:
        return True
    name = node.target if node.op == "call_method" else getattr(node.target, "__name__", "")
    if isinstance(name, str) and name.endswith("_") and not name.startswith("_"):
        return True
    if node.kwargs.get("inplace") is True:
        return True
    op = canonical_name(node)
    if op in _SPECS and any(item.startswith("inplace") for item in _SPECS[op]):
        try:
            return bind(op, node.args, dict(node.kwargs)).get("inplace") is True
        except (NotFusible, IndexError):
            return False
    return False


def tensor_meta(node: fx.Node):
    meta = node.meta.get("tensor_meta")
    if meta is not None and hasattr(meta, "shape"):
        return meta
    return None


def normalize_dims(dim, rank: int) -> tuple[int, ...]:
    if dim is None or dim == () or dim == []:
        return tuple(range(rank))
    dims = (dim,) if isinstance(dim, int) else tuple(dim)
    if any(not isinstance(d, int) for d in dims):
        raise NotFusible("dims must be integers")
    return tuple(sorted({d % rank if rank else 0 for d in dims}))


def reduced_shape(shape: tuple[int, ...], dims: tuple[int, ...], keepdim: bool) -> tuple[int, ...]:
    if keepdim:
        return tuple(1 if i in dims else s for i, s in enumerate(shape))
    return tuple(s for i, s in enumerate(shape) if i not in dims)


@dataclass
class Graph:
    vals: list[Val]
    env: dict[fx.Node, Val]
    inputs: list[Val]  # one per placeholder, in order
    output: fx.Node
    barriers: list[Val]


class Lowering:
    """Walks the FX graph once, producing Vals."""

    def __init__(self, gm: fx.GraphModule, gemm_ok: Callable[[fx.Node], bool], patterns: dict):
        self.gm = gm
        self.vals: list[Val] = []
        self.env: dict[fx.Node, Val] = {}
        self.epoch = 0
        self.gemm_ok = gemm_ok
        # the node a pattern's result replaces -> its match (AttentionMatch, SSDMatch): it lowers
        # that node to one of KERNEL_OPS, and the nodes it consumed are not lowered at all
        self.patterns = patterns
        self.skip = {n for match in patterns.values() for n in match.consumed}

    # -- construction helpers --------------------------------------------------------------

    def new(self, op, args, shape, dtype, params=None, node=None, stride=None) -> Val:
        val = Val(len(self.vals), op, list(args), None if shape is None else tuple(shape), dtype,
                  dict(params or {}), node, None if stride is None else tuple(stride), self.epoch)
        self.vals.append(val)
        return val

    def pw(self, op: str, *args, dtype=None, params=None) -> Val:
        shapes = [a.shape for a in args if isinstance(a, Val)]
        shape = torch.broadcast_shapes(*shapes)
        if dtype is None:
            dtype = torch.bool if op in ("gt", "lt", "ge", "le", "eq", "ne") else next(
                (a.dtype for a in args if isinstance(a, Val) and a.dtype in FLOAT_DTYPES), torch.float32)
        return self.new(op, args, shape, dtype, params)

    def reduce(self, kind: str, x: Val, dims: tuple[int, ...], keepdim: bool, dtype=None) -> Val:
        return self.new("reduce", [x], reduced_shape(x.shape, dims, keepdim), dtype or x.dtype,
                        {"kind": kind, "dims": dims, "keepdim": keepdim})

    def mean(self, x: Val, dims, keepdim=True) -> Val:
        count = math.prod(x.shape[d] for d in dims)
        return self.pw("div", self.reduce("sum", x, dims, keepdim), count)

    def variance(self, x: Val, dims, correction: float, keepdim: bool) -> Val:
        mean = self.mean(x, dims, keepdim=True)
        diff = self.pw("sub", x, mean)
        count = math.prod(x.shape[d] for d in dims)
        total = self.reduce("sum", self.pw("square", diff), dims, keepdim)
        return self.pw("div", total, max(count - correction, 0))

    def view(self, x: Val, shape) -> Val:
        return self.new("view", [x], tuple(shape), x.dtype)

    # -- the walk --------------------------------------------------------------------------

    def run(self) -> Graph:
        inputs, barriers, output = [], [], None
        for node in self.gm.graph.nodes:
            if node.op == "placeholder":
                meta = tensor_meta(node)
                val = self.new("input", [], meta.shape if meta else None, meta.dtype if meta else None,
                               node=node, stride=meta.stride if meta else None)
                inputs.append(val)
                self.env[node] = val
            elif node.op == "output":
                output = node
            elif node in self.skip:
                continue
            else:
                val = self.lower(node)
                self.env[node] = val
                if val.op == "torch" and (is_inplace(node) or not node.users):
                    barriers.append(val)
                    self.epoch += 1
        return Graph(self.vals, self.env, inputs, output, barriers)

    def lower(self, node: fx.Node) -> Val:
        if node.op == "get_attr":
            meta = tensor_meta(node)
            return self.new("input", [], meta.shape if meta else None, meta.dtype if meta else None,
                            node=node, stride=meta.stride if meta else None)
        if node in self.patterns:
            return self.patterns[node].lower(self, node)
        if node.target is operator.getitem and isinstance(node.args[0], fx.Node):
            source = self.env.get(node.args[0])
            if source is not None and source.params.get("tuple_index") == node.args[1]:
                return source
        name = canonical_name(node)
        meta = tensor_meta(node)
        if meta is None and name in ("max", "min"):
            values = node.meta.get("tensor_meta")
            meta = values[0] if isinstance(values, (tuple, list)) and values else None
        try:
            if name is None or is_inplace(node):
                raise NotFusible(f"{node.format_node()} is not fusible")
            val = self._lower(node, name, meta)
        except NotFusible:
            return self.opaque(node)
        except (KeyError, IndexError, TypeError, ValueError, RuntimeError) as error:
            # a call form the rules do not know: torch computes it, which is always correct
            log.debug("lowering %s failed (%s: %s); kept as a torch call", node.format_node(), type(error).__name__, error)
            return self.opaque(node)
        val.node = node
        return val

    def opaque(self, node: fx.Node) -> Val:
        meta = tensor_meta(node)
        if meta is None:
            return self.new("torch", [], None, None, node=node)
        return self.new("torch", [], meta.shape, meta.dtype, node=node, stride=meta.stride)

    def arg(self, value):
        """An FX argument as a Val (tensor) or a Python scalar; anything else is not fusible."""
        if isinstance(value, fx.Node):
            if "pike_value" in value.meta:
                return value.meta["pike_value"]
            val = self.env[value]
            if val.shape is None:
                raise NotFusible("non-tensor node argument")
            if val.dtype not in FLOAT_DTYPES and val.dtype != torch.bool:
                raise NotFusible("integer tensors are left to torch")
            return val
        if isinstance(value, (bool, int, float)):
            return value
        raise NotFusible(f"argument {value!r}")

    def _lower(self, node: fx.Node, name: str, meta) -> Val:
        if meta is None or meta.dtype not in FLOAT_DTYPES and meta.dtype != torch.bool:
            raise NotFusible("result is not a float tensor")
        if 0 in tuple(meta.shape):
            raise NotFusible("empty tensor")
        if name == "where":
            return _where(self, node, meta)
        args = bind(name, node.args, dict(node.kwargs))
        rule = _RULES.get(name)
        if rule is None:
            if name in UNARY:
                return self.pw(_UNARY_RENAMES.get(name, name), self.arg(args["input"]), dtype=meta.dtype)
            raise NotFusible(name)
        val = rule(self, args, node, meta)
        if tuple(val.shape) != tuple(meta.shape):
            raise NotFusible(f"{name}: lowered shape {val.shape} differs from {tuple(meta.shape)}")
        val.dtype = meta.dtype
        return val


# ---------------------------------------------------------------------------------------------
# lowering rules: (lowering, bound args, fx node, tensor meta) -> Val


def _binary(op):
    def rule(lw: Lowering, a, node, meta):
        x, y = lw.arg(a["input"]), lw.arg(a["exponent"] if op == "pow" else a["other"])
        if not any(isinstance(v, Val) for v in (x, y)):
            raise NotFusible("no tensor operand")
        alpha = a.get("alpha", 1)
        if alpha != 1:
            y = lw.pw("mul", y, alpha) if isinstance(y, Val) else y * alpha
        if op == "rsub":
            return lw.pw("sub", y, x, dtype=meta.dtype)
        if op == "div" and a.get("rounding_mode") is not None:
            raise NotFusible("rounding division")
        params = {"exponent": y} if op == "pow" and not isinstance(y, Val) else {}
        if op == "pow" and not isinstance(x, Val):
            raise NotFusible("scalar base pow")
        return lw.pw(op, x, y, dtype=meta.dtype, params=params)

    return rule


def _unary_params(op, keys):
    def rule(lw: Lowering, a, node, meta):
        params = {k: a[k] for k in keys}
        if any(isinstance(v, fx.Node) for v in params.values()):
            raise NotFusible("tensor parameter")
        if op == "selu":
            params = {"alpha": 1.6732632423543772, "scale": 1.0507009873554805}
        if op == "celu":
            params = {"alpha": a["alpha"], "input_scale": 1.0 / a["alpha"]}
        return lw.pw(_UNARY_RENAMES.get(op, op), lw.arg(a["input"]), dtype=meta.dtype, params=params)

    return rule


def _where(lw, node, meta):
    # torch.where(cond, x, y) and x.where(cond, y)
    args = list(node.args) + [node.kwargs[k] for k in ("condition", "input", "self", "other") if k in node.kwargs]
    if len(args) != 3:
        raise NotFusible("where arguments")
    cond, x, y = (args[1], args[0], args[2]) if node.op == "call_method" else args
    return lw.pw("where", lw.arg(cond), lw.arg(x), lw.arg(y), dtype=meta.dtype)


def _masked_fill(lw, a, node, meta):
    x, mask, value = lw.arg(a["input"]), lw.arg(a["mask"]), lw.arg(a["value"])
    return lw.pw("where", mask, value, x, dtype=meta.dtype)


def _clamp(lw, a, node, meta):
    x = lw.arg(a["input"])
    lo, hi = a.get("min"), a.get("max")
    if lo is not None:
        x = lw.pw("maximum", x, lw.arg(lo))
    if hi is not None:
        x = lw.pw("minimum", x, lw.arg(hi))
    return x if x is not lw.arg(a["input"]) else lw.pw("identity", x)


def _reduction(kind):
    def rule(lw: Lowering, a, node, meta):
        x = lw.arg(a["input"])
        if not isinstance(x, Val):
            raise NotFusible("scalar")
        dim = a.get("dim")
        if kind in ("max", "min"):
            if isinstance(dim, fx.Node):  # max(x, other) is elementwise
                return lw.pw("maximum" if kind == "max" else "minimum", x, lw.arg(dim))
            if dim is None:
                return lw.reduce(kind, x, normalize_dims(None, len(x.shape)), False)
            if any(u.target is not operator.getitem or u.args[1] != 0 for u in node.users):
                raise NotFusible("max/min indices are used")
            val = lw.reduce(kind, x, normalize_dims(dim, len(x.shape)), a["keepdim"])
            val.params["tuple_index"] = 0  # torch returns (values, indices)
            return val
        dims = normalize_dims(dim, len(x.shape))
        if a.get("dtype") is not None and a["dtype"] not in FLOAT_DTYPES:
            raise NotFusible("integer accumulation")
        keep = a["keepdim"]
        if kind == "sum":
            return lw.reduce("sum", x, dims, keep)
        if kind == "mean":
            return lw.mean(x, dims, keep)
        if kind in ("amax", "amin"):
            return lw.reduce(kind[1:], x, dims, keep)
        if kind in ("var", "std"):
            correction = a.get("correction")
            if correction is None:
                correction = 0 if a.get("unbiased") is False else 1
            var = lw.variance(x, dims, correction, keep)
            return lw.pw("sqrt", var) if kind == "std" else var
        if kind == "logsumexp":
            m = lw.reduce("max", x, dims, True)
            safe = lw.pw("where", lw.pw("eq", lw.pw("abs", m), math.inf), 0.0, m)
            s = lw.reduce("sum", lw.pw("exp", lw.pw("sub", x, safe)), dims, keep)
            return lw.pw("add", lw.pw("log", s), safe if keep else lw.view(safe, reduced_shape(x.shape, dims, False)))
        raise NotFusible(kind)

    return rule


def _softmax(log: bool):
    def rule(lw: Lowering, a, node, meta):
        x = lw.arg(a["input"])
        if a["dim"] is None:
            raise NotFusible("softmax without dim")
        if a.get("dtype") is not None:
            x = lw.pw("cast", x, params={"to": str(a["dtype"]).split(".")[-1]}, dtype=a["dtype"])
        dims = normalize_dims(a["dim"], len(x.shape))
        shifted = lw.pw("sub", x, lw.reduce("max", x, dims, True))
        e = lw.pw("exp", shifted)
        total = lw.reduce("sum", e, dims, True)
        if log:
            return lw.pw("sub", shifted, lw.pw("log", total))
        return lw.pw("mul", e, lw.pw("reciprocal", total))

    return rule


def _normalized_dims(x: Val, normalized_shape) -> tuple[int, ...]:
    count = len(normalized_shape) if isinstance(normalized_shape, (list, tuple, torch.Size)) else 1
    return tuple(range(len(x.shape) - count, len(x.shape)))


def _affine(lw: Lowering, y: Val, weight, bias) -> Val:
    if weight is not None:
        y = lw.pw("mul", y, lw.arg(weight))
    if bias is not None:
        y = lw.pw("add", y, lw.arg(bias))
    return y


def _layer_norm(lw, a, node, meta):
    x = lw.arg(a["input"])
    dims = _normalized_dims(x, a["normalized_shape"])
    mean = lw.mean(x, dims)
    diff = lw.pw("sub", x, mean)
    var = lw.pw("div", lw.reduce("sum", lw.pw("square", diff), dims, True), math.prod(x.shape[d] for d in dims))
    y = lw.pw("mul", diff, lw.pw("rsqrt", lw.pw("add", var, float(a["eps"]))))
    return _affine(lw, y, a["weight"], a["bias"])


def _rms_norm(lw, a, node, meta):
    x = lw.arg(a["input"])
    dims = _normalized_dims(x, a["normalized_shape"])
    eps = a["eps"] if a["eps"] is not None else torch.finfo(x.dtype).eps
    ms = lw.mean(lw.pw("square", x), dims)
    y = lw.pw("mul", x, lw.pw("rsqrt", lw.pw("add", ms, float(eps))))
    return _affine(lw, y, a["weight"], None)


def _group_norm(lw, a, node, meta):
    x = lw.arg(a["input"])
    groups = a["num_groups"]
    n, c = x.shape[0], x.shape[1]
    if not isinstance(groups, int) or c % groups:
        raise NotFusible("group count")
    grouped = lw.view(x, (n, groups, math.prod(x.shape[1:]) // groups))
    mean = lw.mean(grouped, (2,))
    diff = lw.pw("sub", grouped, mean)
    var = lw.pw("div", lw.reduce("sum", lw.pw("square", diff), (2,), True), grouped.shape[2])
    y = lw.view(lw.pw("mul", diff, lw.pw("rsqrt", lw.pw("add", var, float(a["eps"])))), x.shape)
    channel = (c,) + (1,) * (len(x.shape) - 2)
    weight = lw.view(lw.arg(a["weight"]), channel) if a["weight"] is not None else None
    bias = lw.view(lw.arg(a["bias"]), channel) if a["bias"] is not None else None
    if weight is not None:
        y = lw.pw("mul", y, weight)
    if bias is not None:
        y = lw.pw("add", y, bias)
    return y


def _batch_norm(lw, a, node, meta):
    if a["training"]:
        raise NotFusible("training-mode batch norm")
    x = lw.arg(a["input"])
    channel = (x.shape[1],) + (1,) * (len(x.shape) - 2)
    mean = lw.view(lw.arg(a["running_mean"]), channel)
    var = lw.view(lw.arg(a["running_var"]), channel)
    y = lw.pw("mul", lw.pw("sub", x, mean), lw.pw("rsqrt", lw.pw("add", var, float(a["eps"]))))
    weight = lw.view(lw.arg(a["weight"]), channel) if a["weight"] is not None else None
    bias = lw.view(lw.arg(a["bias"]), channel) if a["bias"] is not None else None
    if weight is not None:
        y = lw.pw("mul", y, weight)
    if bias is not None:
        y = lw.pw("add", y, bias)
    return y


def _pair(value) -> tuple[int, int]:
    pair = (value, value) if isinstance(value, int) else tuple(value)
    if len(pair) == 1:
        pair = pair * 2
    if len(pair) != 2 or not all(isinstance(v, int) for v in pair):
        raise NotFusible(f"pool size {value!r}")
    return pair


def _window_mean(lw: Lowering, x, kh: int, kw: int, meta) -> Val:
    """The mean of each ``kh`` x ``kw`` tile of the last two dims, tiles side by side: a view that
    splits each spatial dim into (tiles, tile) and a reduction over the two tile dims, so the
    pointwise ops before the pool fuse into its kernel as a prologue (BN-ReLU-pool in one pass)."""
    if not isinstance(x, Val) or len(x.shape) not in (3, 4):
        raise NotFusible("pooling needs a 3-d or 4-d tensor")
    if tuple(meta.stride) != contiguous_strides(tuple(meta.shape)):
        # a reduction kernel walks its rows in row-major order: over a channels_last tensor its
        # loads would stride by the channel count, and the pool's reader expects channels_last
        raise NotFusible("pooling a channels_last tensor")
    *lead, h, w = x.shape
    if h % kh or w % kw:
        raise NotFusible("windows that do not tile the input")
    if kh == kw == 1:  # each window one element: the pool is a copy
        return lw.pw("identity", x)
    rank = len(x.shape)
    tiles = lw.view(x, (*lead, h // kh, kh, w // kw, kw))
    return lw.mean(tiles, (rank - 1, rank + 1), keepdim=False)


def _avg_pool(lw, a, node, meta):
    kh, kw = _pair(a["kernel_size"])
    stride = _pair(a["stride"]) if a["stride"] not in (None, [], ()) else (kh, kw)
    # windows side by side with nothing padded: every window holds kh * kw elements, so ceil_mode and
    # count_include_pad change nothing once the windows tile the input
    if stride != (kh, kw) or _pair(a["padding"]) != (0, 0) or a["divisor_override"] is not None:
        raise NotFusible("overlapping, padded or re-divided pooling windows")
    return _window_mean(lw, lw.arg(a["input"]), kh, kw, meta)


def _adaptive_avg_pool(lw, a, node, meta):
    x = lw.arg(a["input"])
    if not isinstance(x, Val):
        raise NotFusible("scalar")
    size = a["output_size"]
    size = (size, size) if isinstance(size, int) or size is None else tuple(size)
    out = tuple(x.shape[-2 + i] if s is None else s for i, s in enumerate(size))
    if len(out) != 2 or not all(isinstance(s, int) and s > 0 for s in out):
        raise NotFusible(f"output size {a['output_size']!r}")
    h, w = x.shape[-2:]
    if h % out[0] or w % out[1]:
        raise NotFusible("adaptive windows of unequal sizes")
    return _window_mean(lw, x, h // out[0], w // out[1], meta)


def _dropout(lw, a, node, meta):
    if a["training"] and a["p"] != 0:
        raise NotFusible("training-mode dropout")
    return lw.pw("identity", lw.arg(a["input"]))


def _view(lw, a, node, meta):
    x = lw.arg(a["input"])
    if not isinstance(x, Val):
        raise NotFusible("scalar")
    return lw.view(x, tuple(meta.shape))


def _expand(lw, a, node, meta):
    x = lw.arg(a["input"])
    return lw.new("identity", [x], tuple(meta.shape), x.dtype)


def _cast(lw, a, node, meta):
    x = lw.arg(a["input"])
    if not isinstance(x, Val):
        raise NotFusible("scalar")
    if meta.dtype == x.dtype:
        if node.target == "to" and any(isinstance(v, (torch.device, str)) for v in a.get("args", [])):
            raise NotFusible("device move")
        return lw.view(x, x.shape)
    return lw.pw("cast", x, params={"to": str(meta.dtype).split(".")[-1]}, dtype=meta.dtype)


def _gemm(kind):
    def rule(lw: Lowering, a, node, meta):
        if not lw.gemm_ok(node):
            raise NotFusible("gemm kept on cuBLAS")
        if kind == "linear":
            x, w = lw.arg(a["input"]), lw.arg(a["weight"])
            if len(w.shape) != 2 or len(x.shape) < 1:
                raise NotFusible("linear shapes")
            out = lw.new("gemm", [x, w], tuple(meta.shape), meta.dtype, {"kind": "linear"})
            return lw.pw("add", out, lw.arg(a["bias"])) if a["bias"] is not None else out
        if kind == "addmm":
            if a["beta"] != 1 or a["alpha"] != 1:
                raise NotFusible("scaled addmm")
            x, y = lw.arg(a["mat1"]), lw.arg(a["mat2"])
            out = lw.new("gemm", [x, y], tuple(meta.shape), meta.dtype, {"kind": "matmul"})
            return lw.pw("add", out, lw.arg(a["input"]))
        x = lw.arg(a["input"])
        y = lw.arg(a.get("other", a.get("mat2")))
        if not isinstance(x, Val) or not isinstance(y, Val) or len(x.shape) < 2 or len(y.shape) < 2:
            raise NotFusible("matrix-vector products stay in torch")
        return lw.new("gemm", [x, y], tuple(meta.shape), meta.dtype, {"kind": "matmul"})

    return rule


_RULES: dict[str, Callable] = {
    **{op: _binary(op) for op in BINARY},
    "rsub": _binary("rsub"),
    "gelu": _unary_params("gelu", ["approximate"]),
    "softplus": _unary_params("softplus", ["beta", "threshold"]),
    "elu": _unary_params("elu", ["alpha"]),
    "celu": _unary_params("celu", ["alpha"]),
    "selu": _unary_params("selu", []),
    "leaky_relu": _unary_params("leaky_relu", ["negative_slope"]),
    "hardtanh": _unary_params("hardtanh", ["min_val", "max_val"]),
    "threshold": _unary_params("threshold", ["threshold", "value"]),
    "masked_fill": _masked_fill,
    "clamp": _clamp,
    "clamp_min": lambda lw, a, n, m: _clamp(lw, {"input": a["input"], "min": a["min"]}, n, m),
    "clamp_max": lambda lw, a, n, m: _clamp(lw, {"input": a["input"], "max": a["max"]}, n, m),
    "sum": _reduction("sum"),
    "mean": _reduction("mean"),
    "amax": _reduction("amax"),
    "amin": _reduction("amin"),
    "max": _reduction("max"),
    "min": _reduction("min"),
    "var": _reduction("var"),
    "std": _reduction("std"),
    "logsumexp": _reduction("logsumexp"),
    "softmax": _softmax(False),
    "log_softmax": _softmax(True),
    "layer_norm": _layer_norm,
    "rms_norm": _rms_norm,
    "group_norm": _group_norm,
    "batch_norm": _batch_norm,
    "dropout": _dropout,
    "avg_pool2d": _avg_pool,
    "adaptive_avg_pool2d": _adaptive_avg_pool,
    "expand": _expand,
    "expand_as": _expand,
    "linear": _gemm("linear"),
    "matmul": _gemm("matmul"),
    "mm": _gemm("matmul"),
    "bmm": _gemm("matmul"),
    "addmm": _gemm("addmm"),
    **{op: _view for op in VIEW_OPS},
    **{op: _cast for op in CAST_OPS},
}
