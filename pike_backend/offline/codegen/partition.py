"""Greedy fusion of Vals into regions, each of which becomes one Triton kernel.

A ``rows`` region iterates over one space (squeezed shape) with a set of reduced dims; members are
``full`` (one value per point of the space) or ``row`` (one value per row: results of reductions
and what is computed from them). A ``gemm`` region is a matmul plus its pointwise epilogue over
the matmul's output. A Val joins the newest region of its operands when layouts agree (checked
with torch's own view rules, see layout.py), the epoch agrees (no in-place op in between) and the
join makes no cycle between regions; otherwise it starts a region or stays a torch call.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field

import torch

from ..kernels.gemm import GemmGeometry
from .ir import FLOAT_DTYPES, KERNEL_OPS, Graph, Val
from .layout import contiguous_strides, offset_expr, owners, refine, squeeze_shape, view_strides
from .pointwise import is_pointwise

FULL, ROW = "full", "row"
_SIBLINGS = 4  # how many of the latest regions a Val that reads none of them may join


@dataclass(eq=False)
class Region:
    id: int
    kind: str  # "rows" or "gemm"
    space: list[int]
    red: set[int]
    epoch: int
    members: list[Val] = field(default_factory=list)
    level: dict[int, str] = field(default_factory=dict)
    reads: set[int] = field(default_factory=set)  # regions read directly

    @property
    def flat(self) -> bool:
        """A pointwise region: one flat block per program, no reduction."""
        return self.kind == "rows" and not self.red

    @property
    def row_dims(self) -> list[int]:
        return [d for d in range(len(self.space)) if d not in self.red]

    @property
    def full_numel(self) -> int:
        return math.prod(self.space)

    @property
    def row_numel(self) -> int:
        return math.prod(self.space[d] for d in self.row_dims)

    def level_space(self, level: str) -> list[int]:
        if level == FULL:
            return list(self.space)
        return [1 if d in self.red else s for d, s in enumerate(self.space)]

    def rep_strides(self, level: str) -> tuple[int, ...]:
        """Strides over the space of a member's value at ``level`` (its layout in registers and in
        the contiguous tensor it is stored to)."""
        if level == FULL:
            return contiguous_strides(self.space)
        row = contiguous_strides([self.space[d] for d in self.row_dims])
        it = iter(row)
        return tuple(0 if d in self.red else next(it) for d in range(len(self.space)))

    def level_of(self, shape) -> str | None:
        n = math.prod(shape)
        if n == self.full_numel:
            return FULL
        if self.red and n == self.row_numel:
            return ROW
        return None

    def first(self) -> int:
        return self.members[0].id

    def last(self) -> int:
        return self.members[-1].id


def _strides_match(got, want, space) -> bool:
    return all(g == w for g, w, s in zip(got, want, space) if s != 1)


class Partitioner:
    def __init__(self, graph: Graph):
        self.graph = graph
        self.regions: list[Region] = []
        self.region_of: dict[int, Region] = {}
        self._reads: dict[int, frozenset[int]] = {}

    # -- dependencies ------------------------------------------------------------------------

    def deps(self, val: Val) -> list[Val]:
        """The Vals a materialized (non-member) Val needs."""
        if val.op == "input":
            return []
        if val.op == "torch" or (val.node is not None and val.id not in self.region_of and val.op not in KERNEL_OPS):
            if val.node is not None:
                return [self.graph.env[n] for n in val.node.all_input_nodes if n in self.graph.env]
        return val.val_args

    def reads_of(self, val: Val) -> frozenset[int]:
        region = self.region_of.get(val.id)
        if region is not None:
            return frozenset({region.id})
        if val.id not in self._reads:
            out: set[int] = set()
            for dep in self.deps(val):
                out |= self.reads_of(dep)
            self._reads[val.id] = frozenset(out)
        return self._reads[val.id]

    def reaches(self, start: int, target: int) -> bool:
        seen, stack = set(), [start]
        while stack:
            rid = stack.pop()
            if rid == target:
                return True
            if rid not in seen:
                seen.add(rid)
                stack.extend(self.regions[rid].reads)
        return False

    # -- placement ---------------------------------------------------------------------------

    def run(self) -> list[Region]:
        for val in self.graph.vals:
            if self.fusible(val):
                self.place(val)
        return self.regions

    @staticmethod
    def fusible(val: Val) -> bool:
        if val.shape is None or val.dtype not in FLOAT_DTYPES + (torch.bool,):
            return False
        if math.prod(val.shape) == 0:
            return False
        return val.op in ("reduce", "view", "gemm") or is_pointwise(val.op)

    def place(self, val: Val) -> None:
        if val.op == "gemm":
            if gemm_geometry(val) is not None:
                region = self.new_region(val, "gemm", list(val.shape), set())
                for arg in val.val_args:  # what the cycle checks of later joins walk
                    region.reads |= self.reads_of(arg)
            return
        candidates = []
        for arg in val.val_args:
            region = self.region_of.get(arg.id)
            if region is not None and region not in candidates:
                candidates.append(region)
        for region in sorted(candidates, key=lambda r: -r.id):
            if self.try_join(region, val):
                return
        if val.op == "view" or math.prod(val.shape) <= 1:
            return
        if val.op != "reduce" and any(self.try_join(r, val) for r in self.siblings(val, candidates)):
            return
        if val.op == "reduce":
            source = val.args[0]
            space = squeeze_shape(source.shape)
            red = self.reduced_dims(space, source.shape, val.params["dims"])
            if red:
                region = self.new_region(val, "rows", space, red, level=ROW)
                region.reads |= self.reads_of(source)
            return
        region = self.new_region(val, "rows", squeeze_shape(val.shape), set())
        for arg in val.val_args:
            region.reads |= self.reads_of(arg)
        if not all(self.external_ok(region, arg, val, FULL) for arg in val.val_args):
            self.regions.pop()
            del self.region_of[val.id]

    def siblings(self, val: Val, tried: list[Region]) -> list[Region]:
        """Recent pointwise regions over the same space that ``val`` could run in although it reads
        none of their values (horizontal fusion: an unrolled RNN step's gates, each read through
        its own slice of one tensor, become one kernel instead of one each). ``try_join`` still
        refuses any join that would make a cycle."""
        space = squeeze_shape(val.shape)
        recent = [r for r in self.regions[-_SIBLINGS:] if r not in tried]
        return [r for r in reversed(recent)
                if r.flat and r.space == space and r.epoch == val.epoch]

    def new_region(self, val: Val, kind: str, space, red, level: str = FULL) -> Region:
        region = Region(len(self.regions), kind, list(space), set(red), val.epoch)
        region.members.append(val)
        region.level[val.id] = level
        self.regions.append(region)
        self.region_of[val.id] = region
        return region

    @staticmethod
    def reduced_dims(space, shape, dims) -> set[int] | None:
        """The dims of ``space`` (a refinement of ``shape`` squeezed) that ``dims`` of ``shape`` cover."""
        squeezed_index, kept = {}, 0
        for d, size in enumerate(shape):
            if size != 1:
                squeezed_index[d] = kept
                kept += 1
        wanted = {squeezed_index[d] for d in dims if d in squeezed_index}
        owner = owners(squeeze_shape(shape), space)
        return {i for i, o in enumerate(owner) if o in wanted}

    def external_ok(self, region: Region, arg: Val, consumer: Val, level: str, stride=None) -> bool:
        """Whether ``region`` can index ``arg`` (laid out as ``stride``, by default its own) for
        ``consumer`` at ``level``."""
        if stride is None:
            stride = arg.strides()
        return view_strides(arg.shape, stride, consumer.shape, region.level_space(level)) is not None

    def try_join(self, region: Region, val: Val) -> bool:
        if region.epoch != val.epoch:
            return False
        external = [a for a in val.val_args if self.region_of.get(a.id) is not region]
        for arg in external:
            reads = self.reads_of(arg)
            if region.id in reads or any(self.reaches(q, region.id) for q in reads):
                return False
        saved = (list(region.space), set(region.red))
        ok = self.gemm_join(region, val) if region.kind == "gemm" else self.rows_join(region, val)
        if not ok:
            region.space, region.red = saved
            return False
        region.members.append(val)
        self.region_of[val.id] = region
        for arg in external:
            region.reads |= self.reads_of(arg)
        return True

    def gemm_join(self, region: Region, val: Val) -> bool:
        if not is_pointwise(val.op) or tuple(val.shape) != tuple(region.space):
            return False
        for arg in val.val_args:
            if self.region_of.get(arg.id) is region:
                if tuple(arg.shape) != tuple(region.space):
                    return False
            elif not self.external_ok(region, arg, val, FULL):
                return False
        region.level[val.id] = FULL
        return True

    def refine_to(self, region: Region, shape) -> bool:
        new = refine(region.space, squeeze_shape(shape))
        if new is None:
            return False
        owner = owners(region.space, new) if region.space else []
        region.red = {i for i, o in enumerate(owner) if o in region.red}
        region.space = new
        return True

    def rows_join(self, region: Region, val: Val) -> bool:
        if val.op == "reduce":
            source = val.args[0]
            inside = self.region_of.get(source.id) is region
            if inside and region.level[source.id] != FULL:
                return False
            if not inside and region.level_of(source.shape) != FULL:
                return False
            if not self.refine_to(region, source.shape):
                return False
            red = self.reduced_dims(region.space, source.shape, val.params["dims"])
            if not red or (region.red and red != region.red):
                return False
            if region.red != red and any(lv == ROW for lv in region.level.values()):
                return False
            region.red = red
            if not inside and not self.external_ok(region, source, source, FULL):
                return False
            region.level[val.id] = ROW
            return True
        level = region.level_of(val.shape)
        if level is None:
            return False
        if level == FULL and not self.refine_to(region, val.shape):
            return False
        for arg in val.val_args:
            if self.region_of.get(arg.id) is region:
                arg_level = region.level[arg.id]
                if val.op == "view":
                    if arg_level != level:
                        return False
                    continue
                if level == ROW and arg_level == FULL:
                    return False
                got = view_strides(arg.shape, contiguous_strides(arg.shape), val.shape, region.level_space(level))
                if got is None or not _strides_match(got, region.rep_strides(arg_level), region.level_space(level)):
                    return False
            elif val.op == "view" or not self.external_ok(region, arg, val, level):
                return False
        region.level[val.id] = level
        return True


# ---------------------------------------------------------------------------------------------
# what to emit, in which order


@dataclass
class Plan:
    units: list  # Region or Val (a materialized non-member), in emission order
    outputs: dict[int, list[Val]]  # region id -> members stored to tensors
    loads: dict[int, list[Val]]  # region id -> external Vals it reads


def plan(graph: Graph, part: Partitioner) -> Plan:
    region_of = part.region_of
    roots = [graph.env[n] for n in graph.output.all_input_nodes] + list(graph.barriers)
    needed: set[int] = set()
    needed_regions: set[int] = set()
    stack = list(roots)
    by_id = {v.id: v for v in graph.vals}
    while stack:
        val = stack.pop()
        if val.id in needed:
            continue
        needed.add(val.id)
        region = region_of.get(val.id)
        if region is None:
            stack.extend(part.deps(val))
            continue
        if region.id in needed_regions:
            continue
        needed_regions.add(region.id)
        for member in region.members:
            stack.extend(a for a in member.val_args if region_of.get(a.id) is not region)

    outputs: dict[int, list[Val]] = {rid: [] for rid in needed_regions}
    loads: dict[int, list[Val]] = {rid: [] for rid in needed_regions}

    def consume(consumer_region: Region | None, val: Val) -> None:
        region = region_of.get(val.id)
        if region is not None and region is not consumer_region and val not in outputs[region.id]:
            outputs[region.id].append(val)

    for vid in sorted(needed):
        val = by_id[vid]
        if val.id in region_of:
            continue
        for dep in part.deps(val):
            consume(None, dep)
    for root in roots:
        consume(None, root)
    for rid in needed_regions:
        region = part.regions[rid]
        for member in region.members:
            for arg in member.val_args:
                if region_of.get(arg.id) is not region:
                    consume(region, arg)
                    if arg not in loads[rid]:
                        loads[rid].append(arg)

    # units and their dependencies
    units: dict[str, object] = {}
    deps: dict[str, set[str]] = {}
    key: dict[str, tuple] = {}

    def unit_name(val: Val) -> str:
        region = region_of.get(val.id)
        return f"r{region.id}" if region is not None else f"v{val.id}"

    for vid in needed:
        val = by_id[vid]
        if val.id in region_of:
            continue
        name = f"v{val.id}"
        units[name] = val
        deps[name] = {unit_name(d) for d in part.deps(val)}
        key[name] = (val.epoch, val.id)
    for rid in needed_regions:
        region = part.regions[rid]
        name = f"r{rid}"
        units[name] = region
        deps[name] = {unit_name(a) for a in loads[rid]}
        key[name] = (region.epoch, region.last())
    for barrier in graph.barriers:
        name = f"v{barrier.id}"
        for other, k in key.items():
            if other == name:
                continue
            if k[0] > barrier.epoch:
                deps[other].add(name)
            elif k[0] == barrier.epoch and k[1] < barrier.id or k[0] < barrier.epoch:
                deps[name].add(other)
    order = _toposort(units, deps, key)
    return Plan(order, outputs, loads)


def _toposort(units, deps, key) -> list:
    users: dict[str, list[str]] = {n: [] for n in units}
    remaining = {n: len(d & units.keys()) for n, d in deps.items()}
    for name, ds in deps.items():
        for d in ds:
            if d in users:
                users[d].append(name)
    heap = [(key[n], n) for n, c in remaining.items() if c == 0]
    heapq.heapify(heap)
    order = []
    while heap:
        _, name = heapq.heappop(heap)
        order.append(units[name])
        for user in users[name]:
            remaining[user] -= 1
            if remaining[user] == 0:
                heapq.heappush(heap, (key[user], user))
    if len(order) != len(units):
        raise RuntimeError("fusion produced a dependency cycle")  # the partitioner prevents this
    return order


def gemm_geometry(gemm: Val) -> GemmGeometry | None:
    """Tile geometry of a gemm Val, or None where the template does not apply."""
    a, b = gemm.args
    sa = a.strides()
    sb = b.strides()
    if gemm.params["kind"] == "linear":
        n, k = b.shape
        m = math.prod(a.shape[:-1])
        flat = view_strides(a.shape, sa, a.shape, (m, k))
        if flat is None:
            return None
        return GemmGeometry(m, n, k, 1, (flat[0], flat[1]), (sb[1], sb[0]), "0", "0")
    batch = tuple(gemm.shape[:-2])
    m, k = a.shape[-2:]
    n = b.shape[-1]
    nb = math.prod(batch)
    a_full = view_strides(a.shape, sa, batch + (m, k), batch + (m, k))
    b_full = view_strides(b.shape, sb, batch + (k, n), batch + (k, n))
    if a_full is None or b_full is None:
        return None
    a_batch = offset_expr("bid", batch, a_full[:-2]) if batch else "0"
    b_batch = offset_expr("bid", batch, b_full[:-2]) if batch else "0"
    return GemmGeometry(m, n, k, nb, (a_full[-2], a_full[-1]), (b_full[-2], b_full[-1]), a_batch, b_batch)
