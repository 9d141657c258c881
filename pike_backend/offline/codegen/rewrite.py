"""FX rewrites that open more of a graph to fusion, applied before lowering.

* ``drop_unobserved_inplace``: ``F.relu(x, inplace=True)`` (as ``nn.ReLU(inplace=True)`` traces)
  is a barrier to fusion, but where nothing else reads ``x`` the mutation cannot be observed and
  the out-of-place call computes the same values. Convnets write their activations this way.
* ``split_conv_bias``: ``conv(x, w, b)`` becomes ``conv(x, w) + b``, so the bias add joins the
  activation and residual add after it in one kernel instead of being a separate pass that cuDNN's
  convolution leaves to ATen.
* ``pool_before_pointwise``: ``max_pool2d(relu(conv + b))`` becomes ``relu(max_pool2d(conv) + b)``.
  A window's maximum commutes with any non-decreasing function of one value (a per-channel bias, a
  positive scale, ReLU, a cast), so the pointwise kernel runs on the pooled tensor (a quarter of the
  elements for a stride-2 pool) and joins what follows the pool (VGG's casts to fp16), and the
  full-size activation is never written.
* ``cast_before_layout``: ``x.transpose(1, 2).reshape(s).to(fp16)`` becomes
  ``x.to(fp16).transpose(1, 2).reshape(s)``: the cast joins the kernel that computes ``x``, and the
  copy the reshape makes (ShuffleNet's channel shuffle) moves half the bytes, instead of a kernel,
  a copy and a second pass for the cast.
"""

from __future__ import annotations

import operator

import torch
import torch.fx as fx
import torch.nn.functional as F

_CONVS = {torch.conv1d: 1, torch.conv2d: 2, torch.conv3d: 3,
          torch.nn.functional.conv1d: 1, torch.nn.functional.conv2d: 2, torch.nn.functional.conv3d: 3}


def _privately_owned(value) -> bool:
    """Whether ``value`` is an intermediate read by exactly one node (so mutating it is unseen)."""
    return (isinstance(value, fx.Node) and value.op in ("call_function", "call_method", "call_module")
            and len(value.users) == 1)


def drop_unobserved_inplace(gm: fx.GraphModule) -> int:
    """Turn ``inplace=True`` calls on single-use intermediates out-of-place; returns how many."""
    changed = 0
    for node in gm.graph.nodes:
        if node.op in ("call_function", "call_method") and node.kwargs.get("inplace") is True \
                and node.args and _privately_owned(node.args[0]):
            node.kwargs = {**node.kwargs, "inplace": False}
            changed += 1
    return changed


def split_conv_bias(gm: fx.GraphModule) -> int:
    """Rewrite convolutions with a bias to a bias-free convolution plus a broadcast add."""
    graph, changed = gm.graph, 0
    for node in list(graph.nodes):
        dims = _CONVS.get(node.target) if node.op == "call_function" else None
        if dims is None:
            continue
        args, kwargs = list(node.args), dict(node.kwargs)
        if len(args) > 2:
            bias, args[2] = args[2], None
        else:
            bias, kwargs["bias"] = kwargs.get("bias"), None
        if not isinstance(bias, fx.Node):
            continue
        with graph.inserting_after(node):
            shaped = graph.call_method("reshape", (bias, (-1,) + (1,) * dims))
        with graph.inserting_after(shaped):
            add = graph.call_function(torch.add, (node, shaped))
        node.replace_all_uses_with(add, delete_user_cb=lambda user: user is not add)
        node.args, node.kwargs = tuple(args), kwargs
        changed += 1
    if changed:
        graph.lint()
        gm.recompile()
    return changed


# one-input functions that never decrease as their input grows (max(f(x)) == f(max(x)))
_MONOTONE = {F.relu, torch.relu, F.relu6, torch.sigmoid, torch.tanh, F.hardtanh, torch.clamp, torch.clip}
_MONOTONE_METHODS = {"relu", "sigmoid", "tanh", "clamp", "clip"}
_SHIFTS = {operator.add, torch.add, operator.sub, torch.sub}
_SCALES = {operator.mul, torch.mul, operator.truediv, torch.div}
_MAX_POOLS = {F.max_pool2d, torch.max_pool2d}


def _window_constant(value, pooled: int) -> bool:
    """A Python number, or a tensor whose last ``pooled`` dims are broadcast (size 1 or absent)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    meta = value.meta.get("tensor_meta") if isinstance(value, fx.Node) else None
    shape = getattr(meta, "shape", None)
    return shape is not None and all(size == 1 for size in tuple(shape)[-pooled:])


def _non_decreasing(node: fx.Node, pooled: int) -> bool:
    """Whether ``node`` is a non-decreasing function of its first argument alone, over a pool window."""
    if _dtype_cast(node):  # rounding to a narrower type keeps the order
        return True
    if node.op == "call_method":
        rest = list(node.args[1:]) + list(node.kwargs.values())
        return node.target in _MONOTONE_METHODS and all(isinstance(v, (int, float)) for v in rest)  # clamp bounds
    if node.op != "call_function":
        return False
    rest = list(node.args[1:])
    if node.target in _MONOTONE:
        return all(isinstance(v, (int, float, type(None))) for v in rest + list(node.kwargs.values()))
    if node.target in _SHIFTS:
        return len(rest) == 1 and not node.kwargs and _window_constant(rest[0], pooled)
    if node.target in _SCALES:
        return len(rest) == 1 and not node.kwargs and isinstance(rest[0], (int, float)) and rest[0] > 0
    if node.target is F.leaky_relu:
        slope = rest[0] if rest else node.kwargs.get("negative_slope", 0.01)
        return isinstance(slope, (int, float)) and slope >= 0
    return False


def pool_before_pointwise(gm: fx.GraphModule) -> int:
    """Move the non-decreasing pointwise chain that feeds each max-pool to after it (needs the
    graph's tensor_meta, for the operands' shapes; shapes change, so propagate again after).
    Returns how many pools moved."""
    graph, changed = gm.graph, 0
    for pool in list(graph.nodes):
        if pool.op != "call_function" or pool.target not in _MAX_POOLS or not pool.args:
            continue
        if pool.kwargs.get("return_indices") or (len(pool.args) > 6 and pool.args[6]):
            continue
        chain, base = [], pool.args[0]
        while (isinstance(base, fx.Node) and len(base.users) == 1 and base.args
               and isinstance(base.args[0], fx.Node) and _non_decreasing(base, 2)
               and base.args[0] not in base.args[1:]):
            chain.append(base)
            base = base.args[0]
        if not chain:
            continue
        outer, inner = chain[0], chain[-1]
        pool.replace_input_with(outer, base)
        inner.replace_input_with(base, pool)
        anchor = pool
        for node in reversed(chain):  # inner first: each reads the one before it
            anchor.append(node)
            anchor = node
        pool.replace_all_uses_with(outer, delete_user_cb=lambda user: user is not inner)
        changed += 1
    if changed:
        graph.lint()
        gm.recompile()
    return changed


_LAYOUT_METHODS = {"transpose", "permute", "reshape", "view", "flatten", "contiguous", "unsqueeze", "squeeze"}
_LAYOUT_FUNCTIONS = {torch.transpose, torch.permute, torch.reshape, torch.flatten, torch.unsqueeze, torch.squeeze}
_CAST_METHODS = {"half", "float", "bfloat16", "double"}


def _dtype_cast(node: fx.Node) -> bool:
    """``x.to(dtype)``, ``x.half()`` and the like: a cast that changes nothing but the dtype (a
    device, another tensor's dtype or a memory format: no)."""
    if node.op != "call_method" or not node.args:
        return False
    if node.target in _CAST_METHODS:
        return len(node.args) == 1 and not node.kwargs
    rest = list(node.args[1:]) + list(node.kwargs.values())
    return node.target == "to" and all(isinstance(v, (torch.dtype, bool)) for v in rest) \
        and sum(isinstance(v, torch.dtype) for v in rest) == 1


def _layout_op(node) -> bool:
    return isinstance(node, fx.Node) and bool(node.args) and isinstance(node.args[0], fx.Node) and (
        (node.op == "call_method" and node.target in _LAYOUT_METHODS)
        or (node.op == "call_function" and node.target in _LAYOUT_FUNCTIONS))


def cast_before_layout(gm: fx.GraphModule) -> int:
    """Move dtype casts above the layout ops (transpose, reshape, ...) they follow, where nothing
    else reads the layout op's result; returns how many moves were made."""
    graph, changed = gm.graph, 0
    for cast in list(graph.nodes):
        if not _dtype_cast(cast):
            continue
        layout = cast.args[0]
        while _layout_op(layout) and len(layout.users) == 1:
            source = layout.args[0]
            with graph.inserting_before(layout):
                earlier = graph.create_node(cast.op, cast.target, (source, *cast.args[1:]), dict(cast.kwargs))
            layout.replace_input_with(source, earlier)
            cast.replace_all_uses_with(layout)
            graph.erase_node(cast)
            cast, layout = earlier, source
            changed += 1
    if changed:
        graph.lint()
        gm.recompile()
    return changed
