"""FX rewrites that open more of a graph to fusion, applied before lowering.

* ``drop_unobserved_inplace``: ``F.relu(x, inplace=True)`` (as ``nn.ReLU(inplace=True)`` traces)
  is a barrier to fusion, but where nothing else reads ``x`` the mutation cannot be observed and
  the out-of-place call computes the same values. Convnets write their activations this way.
* ``split_conv_bias``: ``conv(x, w, b)`` becomes ``conv(x, w) + b``, so the bias add joins the
  activation and residual add after it in one kernel instead of being a separate pass that cuDNN's
  convolution leaves to ATen.
"""

from __future__ import annotations

import torch
import torch.fx as fx

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
