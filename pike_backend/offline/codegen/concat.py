"""Concatenations the generated program does not copy.

Eager writes every ``torch.cat`` into a new tensor: one more kernel, and one more write and read of
everything concatenated. Two cases need neither (``plan_concats``):

* read through: a concatenation that only flat pointwise kernels read, element for element, is
  never written. Each of those kernels loads an element from the input that holds it (one masked
  load per input, picked by the element's index along the concatenated dim; see
  ``RegionEmitter.concat_load``). DenseNet's layers read every earlier feature map this way, through
  batch norm and ReLU.
* written in place: a concatenation all of whose inputs are flat pointwise kernels' outputs that
  nothing else reads is allocated first (with eager's layout for it), and each of those kernels
  stores straight into its slice (GoogLeNet's and SqueezeNet's branches, as inductor writes them).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.fx as fx

from .ir import KERNEL_OPS, Graph, Val
from .layout import view_strides
from .partition import FULL, Partitioner, Plan, Region

# inputs of a concatenation a kernel reads through (one masked load and one select per input, per
# element: beyond this many the index arithmetic costs more than the copy it saves)
_MAX_CONCAT_READ = 32


@dataclass
class ConcatPlan:
    # id of a concatenation (and of its same-shape views) -> (dim, [(input, offset along dim)])
    read_through: dict[int, tuple[int, list[tuple[Val, int]]]]
    # id of a region output -> (the concatenation it is stored into, its dim, the slice's offset)
    into: dict[int, tuple[Val, int, int]]


def plan_concats(graph: Graph, part: Partitioner, order: Plan, readers_of: dict[int, list[Val]]) -> ConcatPlan:
    """Which concatenations are read through and which written in place (``readers_of``: Val id
    -> the IR Vals that take it as an argument)."""
    concats = list(_concats(graph, order))
    read_through = _read_through(graph, part, concats, readers_of)
    return ConcatPlan(read_through, _slices(part, order, concats, read_through))


def _concats(graph: Graph, order: Plan):
    """(concatenation Val, its dim, [(input Val, input node)]) of every concatenation computed."""
    for unit in order.units:
        if isinstance(unit, Region) or unit.op != "torch" or unit.node is None:
            continue
        node = unit.node
        if node.target not in (torch.cat, torch.concat) or unit.stride is None or unit.shape is None:
            continue
        sources = node.args[0] if node.args else node.kwargs.get("tensors")
        dim = node.args[1] if len(node.args) > 1 else node.kwargs.get("dim", 0)
        if isinstance(sources, (list, tuple)) and isinstance(dim, int) and len(sources) >= 2 \
                and all(isinstance(s, fx.Node) and s in graph.env for s in sources):
            yield unit, dim % len(unit.shape), [(graph.env[s], s) for s in sources]


def _read_through(graph: Graph, part: Partitioner, concats, readers_of: dict[int, list[Val]]) -> dict:
    """The concatenations read through (see the module docs), with their same-shape views (a cast
    to the dtype it has, as pike's fp16 stacks trace DenseNet's norms)."""
    out = {}
    for concat, dim, sources in concats:
        names = [concat] + [r for r in readers_of.get(concat.id, []) if r.op == "view"
                            and tuple(r.shape) == tuple(concat.shape) and r.id not in part.region_of]
        readers = [r for name in names for r in readers_of.get(name.id, []) if r not in names]
        if not readers or len(sources) > _MAX_CONCAT_READ or not _read_elementwise(graph, part, names, readers):
            continue
        spaces = [part.region_of[r.id].level_space(FULL) for r in readers]
        parts = _parts(concat, dim, [source for source, _ in sources], spaces)
        if parts is not None:
            out.update({name.id: (dim, parts) for name in names})
    return out


def _read_elementwise(graph: Graph, part: Partitioner, names: list[Val], readers: list[Val]) -> bool:
    """Whether everything that reads ``names`` (a concatenation and its views) is a member of a
    flat pointwise region reading it whole, element for element."""
    aliases = {name.node for name in names}
    for name in names:
        for user in name.node.users:
            val = graph.env.get(user)
            if user not in aliases and (val is None or val.op in ("torch", "input", *KERNEL_OPS)):
                return False  # the graph returns it, or a torch call reads the whole tensor
    for reader in readers:
        region = part.region_of.get(reader.id)
        if region is None or not region.flat or region.level.get(reader.id) != FULL \
                or tuple(reader.shape) != tuple(names[0].shape):
            return False
    return True


def _parts(concat: Val, dim: int, sources: list[Val], spaces) -> list[tuple[Val, int]] | None:
    """[(input, offset along dim)], where every kernel can index each input over its space."""
    one_hot = tuple(int(d == dim) for d in range(len(concat.shape)))
    if any(view_strides(concat.shape, one_hot, concat.shape, space) is None for space in spaces):
        return None
    parts, offset = [], 0
    for source in sources:
        stride = source.strides()
        # a mixed concatenation promotes its inputs: fp16 into fp32 is exact, and loads widen
        widens = source.dtype.is_floating_point and torch.promote_types(source.dtype, concat.dtype) == concat.dtype
        if not (source.dtype == concat.dtype or widens) or len(source.shape) != len(concat.shape):
            return None
        if any(view_strides(concat.shape, stride, concat.shape, space) is None for space in spaces):
            return None
        parts.append((source, offset))
        offset += source.shape[dim]
    return parts if offset == concat.shape[dim] else None


def _slices(part: Partitioner, order: Plan, concats, read_through: dict) -> dict[int, tuple[Val, int, int]]:
    """The region outputs stored straight into a slice of a concatenation (see the module docs)."""
    into: dict[int, tuple[Val, int, int]] = {}
    for concat, dim, sources in concats:
        if concat.id in read_through:
            continue
        found: dict[int, tuple[Val, int, int]] = {}
        offset = 0
        for val, source in sources:
            if val.id in found or not _writes_into(part, order, val, source, concat):
                break
            found[val.id] = (concat, dim, offset)
            offset += val.shape[dim]
        else:
            if offset == concat.shape[dim]:
                into.update(found)
    return into


def _writes_into(part: Partitioner, order: Plan, val: Val, source: fx.Node, concat: Val) -> bool:
    """Whether ``val`` (an input of ``concat``) can be stored straight into its slice."""
    region = part.region_of.get(val.id)
    return (
        region is not None and region.flat
        and bool(order.loads.get(region.id))  # (its first input names the device)
        and val in order.outputs.get(region.id, [])
        and set(source.users) == {concat.node}  # nothing else reads it, the graph does not return it
        and val.dtype == concat.dtype and len(val.shape) == len(concat.shape)
        and math.prod(concat.shape) < 2**31 - 1
        and view_strides(val.shape, concat.stride, val.shape, region.space) is not None
    )
