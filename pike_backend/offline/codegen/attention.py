"""Recognizes attention in the FX graph so it becomes one fused kernel.

Two forms: ``softmax(scale * (q @ kT) [+ mask | .masked_fill(cond, value)]) [dropout in eval] @ v``
written out by hand, and ``F.scaled_dot_product_attention`` (no dropout). Every node of the
written-out chain must feed only the next one, so nothing the rest of the graph uses disappears.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import torch.fx as fx

from .ir import FLOAT_DTYPES, Lowering, NotFusible, Val, bind, canonical_name, tensor_meta

_MATMULS = ("matmul", "bmm")


@dataclass
class AttentionMatch:
    q: fx.Node
    kt: fx.Node | None  # K^T as a node ([.., D, S]); None when ``k`` is given instead
    k: fx.Node | None
    v: fx.Node
    mask: fx.Node | None
    mask_kind: str  # "none", "add", "fill"
    fill: float
    scale: float
    causal: bool
    consumed: list[fx.Node] = field(default_factory=list)

    def lower(self, lw: Lowering, node: fx.Node) -> Val:
        meta = tensor_meta(node)
        q, v = lw.arg(self.q), lw.arg(self.v)
        kt = lw.arg(self.kt if self.kt is not None else self.k)
        args = [q, kt, v] + ([lw.arg(self.mask)] if self.mask is not None else [])
        params = {"mask_kind": self.mask_kind, "fill": self.fill, "scale": self.scale, "causal": self.causal,
                  "k_given": self.kt is None, "name": node.name}
        return lw.new("attention", args, tuple(meta.shape), meta.dtype, params, node=node)


def _constant(value):
    """A scalar computed from shapes (recorded while shapes were propagated) as its value."""
    if isinstance(value, fx.Node) and "pike_value" in value.meta:
        return value.meta["pike_value"]
    return value


def _single_user(node: fx.Node) -> bool:
    return len(node.users) == 1


def _is(node, *names) -> bool:
    return isinstance(node, fx.Node) and canonical_name(node) in names


def _float_tensor(node) -> bool:
    meta = tensor_meta(node) if isinstance(node, fx.Node) else None
    return meta is not None and meta.dtype in FLOAT_DTYPES


def match_written(node: fx.Node) -> AttentionMatch | None:
    if not _is(node, *_MATMULS) or len(node.args) != 2:
        return None
    p, v = node.args
    consumed = []
    if _is(p, "dropout") and _single_user(p):
        a = bind("dropout", p.args, dict(p.kwargs))
        if a["training"] and a["p"] != 0:
            return None
        consumed.append(p)
        p = a["input"]
    if not (_is(p, "softmax") and _single_user(p)):
        return None
    a = bind("softmax", p.args, dict(p.kwargs))
    rank = len(tensor_meta(p).shape)
    if a["dim"] not in (-1, rank - 1) or a.get("dtype") is not None:
        return None
    consumed.append(p)
    s = a["input"]
    mask, kind, fill, scale = None, "none", 0.0, 1.0
    if _is(s, "masked_fill") and _single_user(s):
        b = bind("masked_fill", s.args, dict(s.kwargs))
        if not isinstance(b["value"], (int, float)) or not isinstance(b["mask"], fx.Node):
            return None
        mask, kind, fill = b["mask"], "fill", float(b["value"])
        consumed.append(s)
        s = b["input"]
    elif _is(s, "add") and _single_user(s) and len(s.args) == 2 and not s.kwargs:
        x, y = s.args
        if _is(x, "mul", "div", *_MATMULS) and _float_tensor(y):
            inner, mask = x, y
        elif _is(y, "mul", "div", *_MATMULS) and _float_tensor(x):
            inner, mask = y, x
        else:
            return None
        kind = "add"
        consumed.append(s)
        s = inner
    if _is(s, "mul", "div") and _single_user(s) and len(s.args) == 2 and not s.kwargs:
        x, c = (_constant(a) for a in s.args)
        if canonical_name(s) == "mul" and isinstance(x, (int, float)):
            x, c = c, x
        if not isinstance(c, (int, float)) or c == 0:
            return None
        scale = float(c) if canonical_name(s) == "mul" else 1.0 / float(c)
        consumed.append(s)
        s = x
    if not (_is(s, *_MATMULS) and _single_user(s) and len(s.args) == 2):
        return None
    consumed.append(s)
    q, kt = s.args
    if not all(_float_tensor(t) for t in (q, kt, v)):
        return None
    qs, ks, vs = (tuple(tensor_meta(t).shape) for t in (q, kt, v))
    if len(qs) < 3 or not (qs[:-2] == ks[:-2] == vs[:-2]) or qs[-1] != ks[-2] or ks[-1] != vs[-2]:
        return None
    return AttentionMatch(q, kt, None, v, mask, kind, fill, scale, False, consumed)


def match_sdpa(node: fx.Node) -> AttentionMatch | None:
    if not _is(node, "scaled_dot_product_attention"):
        return None
    try:
        a = bind("scaled_dot_product_attention", node.args, dict(node.kwargs))
    except NotFusible:
        return None
    q, k, v, mask = a["input"], a["key"], a["value"], a["attn_mask"]
    if a["dropout_p"] != 0 or a["enable_gqa"] or not all(_float_tensor(t) for t in (q, k, v)):
        return None
    qs, ks, vs = (tuple(tensor_meta(t).shape) for t in (q, k, v))
    if len(qs) < 3 or not (qs[:-2] == ks[:-2] == vs[:-2]) or qs[-1] != ks[-1] or ks[-2] != vs[-2]:
        return None
    kind, fill = "none", 0.0
    if mask is not None:
        meta = tensor_meta(mask)
        if meta is None:
            return None
        # sdpa's boolean mask keeps True; ours fills where the stored value is nonzero
        kind = "add" if meta.dtype in FLOAT_DTYPES else "keep"
        fill = -math.inf
    scale = a["scale"] if a["scale"] is not None else 1.0 / math.sqrt(qs[-1])
    return AttentionMatch(q, None, k, v, mask, kind, fill, float(scale), bool(a["is_causal"]), [])


def find_attention(gm: fx.GraphModule) -> dict[fx.Node, AttentionMatch]:
    found = {}
    for node in gm.graph.nodes:
        if node.op not in ("call_function", "call_method"):
            continue
        try:
            match = match_written(node) or match_sdpa(node)
        except (NotFusible, AttributeError, IndexError, TypeError):
            match = None
        if match is not None:
            found[node] = match
    return found
