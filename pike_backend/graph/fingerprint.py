"""Stable cache keys.

A key covers everything that decides whether a cached solution is right and fast here: the
normalized subgraph (node names renumbered, targets by qualified name, constants by value), each
input's shape, stride, dtype and device type, the precision and tolerance, the GPU's compute
capability (or cpu), torch and triton major.minor, and the solution-format version. It is the
sha256 of canonical JSON, so it is the same in every process whatever the hash seed: no ``id()``,
no unordered sets.
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

import torch
from torch.fx import GraphModule, Node

from ..env import environment
from ..options import Tolerance
from ..problem import Problem
from .extract import TensorSpec
from .ops import target_name

# Bump when the meaning of a cached Solution changes (calling convention, loader contract).
SOLUTION_FORMAT_VERSION = 2  # 2: weights are buffers of the Problem's Model, not inputs


def _norm(value: Any, index: dict[Node, int]) -> Any:
    if isinstance(value, Node):
        return f"%{index[value]}"
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return repr(value) if not math.isfinite(value) else value.hex()
    if isinstance(value, (list, tuple)):
        return [type(value).__name__, [_norm(v, index) for v in value]]
    if isinstance(value, dict):
        return {str(k): _norm(v, index) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, slice):
        return ["slice", _norm(value.start, index), _norm(value.stop, index), _norm(value.step, index)]
    if isinstance(value, (torch.dtype, torch.device, torch.memory_format, torch.layout)):
        return str(value)
    if value is Ellipsis:
        return "..."
    if isinstance(value, torch.Tensor):
        data = value.detach().cpu().contiguous()
        digest = hashlib.sha256(data.view(torch.uint8).numpy().tobytes() if data.numel() else b"").hexdigest()
        return ["tensor", str(data.dtype), list(data.shape), digest]
    return ["object", type(value).__qualname__, repr(value)]


def normalized_graph(module: GraphModule) -> list[Any]:
    index = {node: i for i, node in enumerate(module.graph.nodes)}
    rows = []
    for node in module.graph.nodes:
        target = "" if node.op in ("placeholder", "output") else target_name(node)
        rows.append([node.op, target, _norm(node.args, index), _norm(dict(node.kwargs), index)])
    return rows


def _env_parts() -> dict[str, Any]:
    env = environment()
    return {
        "capability": env["capability"],
        "torch": env["torch"],
        "triton": env["triton"],
        "format": SOLUTION_FORMAT_VERSION,
    }


def _digest(parts: dict[str, Any]) -> str:
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def fingerprint(
    module: GraphModule, specs: list[TensorSpec], precision: str, tolerance: Tolerance,
    state: dict[int, str] | None = None,
) -> tuple[str, dict[str, Any]]:
    """The cache key of a subgraph and the parts it was made from (``state``: which inputs are the
    model's weights, held by the solution rather than passed to it)."""
    parts = {
        "graph": normalized_graph(module),
        "inputs": [[list(s.shape), list(s.stride), str(s.dtype), s.device] for s in specs],
        "state": sorted((state or {}).items()),
        "precision": precision,
        "tolerance": tolerance.label,
        **_env_parts(),
    }
    return _digest(parts), parts


def problem_key(problem: Problem, tolerance: Tolerance, precision: str = "") -> str:
    """The cache key of a whole Problem file (``pike optimize``): its source instead of a graph."""
    parts = {
        "problem_sha256": problem.sha256,
        "precision": precision,
        "tolerance": tolerance.label,
        **_env_parts(),
    }
    return _digest(parts)
