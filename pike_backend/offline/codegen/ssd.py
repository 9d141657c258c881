"""Recognizes Mamba-2's SSD scan (state-space duality, chunked form) in the FX graph so that it
becomes one kernel of ours (``kernels/ssd.py``) in place of its segment sums, einsums and
cross-chunk recurrence.

The scan is recognized by what it computes, not by how it is written: its operands are found
around the graph's one cumulative sum over a chunked decay A [b, h, c, l] (the values that einsums
or matmuls read, through casts and layout views, that are a [b, c, l, h, *] in some order or a
[b, c, l, *] shared by all heads: see ``Operand``), each graph output is tried as the scan's Y or
final state over each assignment of those operands to X, B and C, and an assignment is kept only
where the graph's own run on the example inputs equals our reference scan of those values.
``fuse_ssd`` then replaces the nodes between the operands and the outputs (a scan's Y and its final
state share most of theirs; every one of them must feed nothing else) by one call of ``ssd_scan``
per output, on the operands as they were before any cast: the scan runs in fp32 whatever precision
the rest of the graph takes. The lowering makes that call our kernel. The evaluator verifies the
candidate as it does every other.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import torch
import torch.fx as fx

from ..kernels.ssd import SSDGeometry, ssd_fits
from .ir import CAST_OPS, Lowering, Val, tensor_meta

_READERS = ("einsum", "matmul", "bmm")
# the reference and the graph's run agree to rounding (fp32 ~1e-6, 16-bit operands ~1e-3); a wrong
# assignment of roles is off by the size of the output itself
_PROBE_REL_L2 = 2e-2


_IDENTITY = (0, 1, 2, 3, 4)


@dataclass(frozen=True)
class Operand:
    """A value the scan reads, and how it is viewed as the kernel's [b, c, l, h, k]: its dims
    permuted (``perm``), or, for a [b, c, l, k] value B or C shared by all heads (Mamba-2's usual
    single group), a head dim of size 1 that the kernel broadcasts (``perm`` None: nothing copied)."""

    node: fx.Node
    perm: tuple[int, ...] | None

    @property
    def k(self) -> int:
        return _shape(self.node)[-1]

    def view(self, value: torch.Tensor) -> torch.Tensor:
        """``value`` as the kernel reads it (a shared head dim broadcasts in the reference too)."""
        return value.unsqueeze(3) if self.perm is None else value.permute(*self.perm)

    def insert(self, graph: fx.Graph) -> fx.Node:
        """The view as graph nodes (before the insertion point the caller set)."""
        if self.perm is None:
            return graph.call_method("unsqueeze", (self.node, 3))
        return self.node if self.perm == _IDENTITY else graph.call_method("permute", (self.node, *self.perm))


@dataclass
class SSDMatch:
    root: fx.Node  # the graph output the scan computes
    x: Operand  # [b, c, l, h, p]
    a: fx.Node  # [b, h, c, l]
    b: Operand  # [b, c, l, h, n]
    c: Operand | None  # [b, c, l, h, n]; None when only the final state is wanted
    output: str  # "y": Y, laid out as [b, c, l, h, p]; "final": the state after the last chunk

    @property
    def leaves(self) -> set[fx.Node]:
        return {self.a} | {o.node for o in (self.x, self.b, self.c) if o is not None}


def ssd_reference(x, a, b, c):
    """(Y [b, c, l, h, p] or None without ``c``, final state [b, h, p, n]), one chunk at a time."""
    x, a, b = x.float(), a.float(), b.float()
    batch, chunks, length, heads, p = x.shape
    acs = a.cumsum(-1)
    state = x.new_zeros(batch, heads, p, b.shape[-1])
    causal = torch.ones(length, length, dtype=torch.bool, device=x.device).tril()
    ys = []
    for ci in range(chunks):
        cs = acs[:, :, ci]  # [b, h, l]
        xs, bs = x[:, ci].transpose(1, 2), b[:, ci].transpose(1, 2)  # [b, h, l, *]
        if c is not None:
            cm = c[:, ci].float().transpose(1, 2)
            decay = torch.exp((cs[..., :, None] - cs[..., None, :]).masked_fill(~causal, -math.inf))
            y = (cm @ bs.transpose(-1, -2) * decay) @ xs + torch.exp(cs)[..., None] * (cm @ state.transpose(-1, -2))
            ys.append(y.transpose(1, 2))
        total = cs[..., -1:]
        state = state * torch.exp(total)[..., None] + xs.transpose(-1, -2) @ (bs * torch.exp(total - cs)[..., None])
    return (torch.stack(ys, dim=1) if c is not None else None), state


def _op(node: fx.Node) -> str | None:
    """A call's bare name (``einsum``, ``cumsum``, ``matmul``, ``to``): plain names are enough here,
    where the probe decides, and ``canonical_name`` knows only the ops the lowering has rules for."""
    if node.op == "call_method":
        return node.target
    return getattr(node.target, "__name__", None) if node.op == "call_function" else None


def _uncast(node):
    while isinstance(node, fx.Node) and _op(node) in CAST_OPS and node.args:
        node = node.args[0]
    return node


# what a reader's operand may be taken through on its way from the scan's X, B or C
_LAYOUT_OPS = {"transpose", "unsqueeze", "permute", "contiguous"}


def _sources(arg):
    """``arg`` and what it is a cast or a layout view of, in turn."""
    while isinstance(arg, fx.Node):
        yield arg
        if not (arg.args and (_op(arg) in CAST_OPS or _op(arg) in _LAYOUT_OPS)):
            return
        arg = arg.args[0]


def _shape(node) -> tuple[int, ...] | None:
    meta = tensor_meta(node) if isinstance(node, fx.Node) else None
    return tuple(meta.shape) if meta is not None else None


def _decay(gm: fx.GraphModule) -> fx.Node | None:
    """The one [b, h, c, l] value whose cumulative sum over l the graph takes."""
    found = set()
    for node in gm.graph.nodes:
        if _op(node) == "cumsum" and node.args and isinstance(node.args[0], fx.Node):
            dim = node.kwargs.get("dim", node.args[1] if len(node.args) > 1 else None)
            source = _uncast(node.args[0])
            shape = _shape(source)
            if shape is not None and len(shape) == 4 and dim in (-1, 3):
                found.add(source)
    return found.pop() if len(found) == 1 else None


def _operands(gm: fx.GraphModule, chunked: tuple[int, ...]) -> list[Operand]:
    """The values einsums and matmuls read (through casts and layout views) that are a [b, c, l, h,
    k] in some order of the first four dims, or a [b, c, l, k] shared by the heads; in graph order."""
    batch, chunks, length, heads = chunked
    out: list[Operand] = []
    for node in gm.graph.nodes:
        if _op(node) not in _READERS:
            continue
        for arg in (s for a in node.args for s in _sources(a)):
            shape = _shape(arg)
            if shape is None or _op(arg) in CAST_OPS or any(o.node is arg for o in out):
                continue  # a cast's source is the operand: the scan reads it in fp32
            if len(shape) == 5:
                perms = [p for p in itertools.permutations(range(4)) if tuple(shape[i] for i in p) == chunked]
                out += [Operand(arg, (*p, 4)) for p in perms[:2]]  # dims of equal size: two readings at most
            elif len(shape) == 4 and shape[:3] == (batch, chunks, length):
                out.append(Operand(arg, None))
    return out


def _dead(node: fx.Node) -> bool:
    """Nothing reads it, through any chain of users, and it writes nothing in place."""
    return node.op != "output" and not str(_op(node) or "").endswith("_") and all(_dead(u) for u in node.users)


def _slice(roots: list[fx.Node], leaves: set[fx.Node]) -> list[fx.Node] | None:
    """The nodes ``roots`` compute from ``leaves`` (and constants), with any dead users of theirs,
    all feeding nothing but each other and the roots (a scan's Y and its final state share most of
    theirs); None where a root reads another input or the rest of the graph uses an intermediate."""
    inside: set[fx.Node] = set()
    stack = list(roots)
    while stack:
        for node in stack.pop().all_input_nodes:
            if node in leaves or node in inside or node in roots or node.op == "get_attr":
                continue
            if node.op == "placeholder":
                return None
            inside.add(node)
            stack.append(node)
    outside = [user for node in inside for user in node.users if user not in inside and user not in roots]
    dead = [user for user in outside if _dead(user)]
    while dead:  # a value the graph computes and drops (the final state where only Y is returned)
        node = dead.pop()
        if node not in inside:
            inside.add(node)
            dead.extend(node.users)
    if any(user not in inside and user not in roots for node in inside for user in node.users):
        return None
    return [n for n in roots[0].graph.nodes if n in inside]


def _values(gm: fx.GraphModule, example_inputs, wanted: set[fx.Node]) -> dict[fx.Node, torch.Tensor]:
    seen: dict[fx.Node, torch.Tensor] = {}

    class Recorder(fx.Interpreter):
        def run_node(self, node):
            value = super().run_node(node)
            if node in wanted:
                seen[node] = value
            return value

    inputs = [x.clone() if isinstance(x, torch.Tensor) else x for x in example_inputs]  # in-place ops stay here
    with torch.no_grad():
        Recorder(gm).run(*inputs)
    return seen


def _close(got: torch.Tensor, want: torch.Tensor) -> bool:
    got, want = got.detach().float().reshape(-1), want.reshape(-1)
    if got.numel() != want.numel() or not torch.isfinite(got).all():
        return False
    scale = torch.linalg.vector_norm(want)
    return bool(scale > 0 and torch.linalg.vector_norm(got - want) <= _PROBE_REL_L2 * scale)


def _roots(gm: fx.GraphModule) -> list[fx.Node]:
    """The graph's fp32 tensor outputs."""
    output = next(n for n in gm.graph.nodes if n.op == "output")
    roots: list[fx.Node] = []
    fx.node.map_arg(output.args, lambda n: roots.append(n) if n not in roots else None)
    return [r for r in roots if (tensor_meta(r) is not None and tensor_meta(r).dtype == torch.float32)]


def _assignments(operands: list[Operand]):
    """(x, b, c) role assignments over distinct values: X has a head of its own; B and C have the
    same state dim; c None for the final state alone."""
    for x, b, c in itertools.permutations(operands, 3):
        if len({x.node, b.node, c.node}) == 3 and x.perm is not None and b.k == c.k:
            yield x, b, c
    for x, b in itertools.permutations(operands, 2):
        if x.node is not b.node and x.perm is not None:
            yield x, b, None


def _match_root(root, a, operands, values) -> SSDMatch | None:
    """The roles under which ``root``'s value is the scan's Y or final state; None if none is."""
    batch, heads, chunks, length = _shape(a)
    got = values[root]
    for x, b, c in _assignments(operands):
        p, n = x.k, b.k
        if not ssd_fits(SSDGeometry(batch, chunks, length, heads, p, n)):
            continue
        if c is not None and got.numel() != batch * chunks * length * heads * p:
            continue
        if c is None and tuple(got.shape) != (batch, heads, p, n):
            continue
        xv, bv, cv = (o.view(values[o.node]) if o is not None else None for o in (x, b, c))
        y, final = ssd_reference(xv, values[a], bv, cv)
        if _close(got, y if c is not None else final):
            return SSDMatch(root, x, a, b, c, "y" if c is not None else "final")
    return None


def find_ssd(gm: fx.GraphModule, example_inputs) -> tuple[list[SSDMatch], list[fx.Node]]:
    """The graph outputs an SSD scan computes, and the nodes their calls replace (the graph's
    ``tensor_meta`` current). Where the outputs' nodes cannot all go together, each goes alone."""
    a = _decay(gm)
    if a is None:
        return [], []
    batch, heads, chunks, length = _shape(a)
    operands = _operands(gm, (batch, chunks, length, heads))
    if not any(ssd_fits(SSDGeometry(batch, chunks, length, heads, 1, o.k)) for o in operands):
        return [], []  # chunks too long (or states too wide) for the kernel: not worth a probe
    lasts = {o.k for o in operands}
    # the sizes a Y or a final state could have, before running anything
    sizes = {batch * chunks * length * heads * p for p in lasts} | {batch * heads * p * n for p in lasts for n in lasts}
    roots = [r for r in _roots(gm) if math.prod(_shape(r)) in sizes]
    if len(operands) < 2 or not roots:
        return [], []
    try:
        values = _values(gm, example_inputs, {a, *(o.node for o in operands), *roots})
        matches = [m for m in (_match_root(r, a, operands, values) for r in roots) if m is not None]
    except Exception:  # an op these examples cannot run here, values the reference cannot take:
        return [], []  # no match, and torch runs the graph as written
    if not matches:
        return [], []
    together = _slice([m.root for m in matches], set().union(*(m.leaves for m in matches)))
    if together is not None:
        return matches, together
    alone = [(m, _slice([m.root], m.leaves)) for m in matches]
    alone = [(m, consumed) for m, consumed in alone if consumed is not None]
    if not alone:
        return [], []
    first, consumed = alone[0]  # slices that failed together overlap: one of them
    return [first], consumed


def ssd_scan(x, a, b, c, output: str, shape: tuple[int, ...]):
    """What a recognized scan computes, in torch (the graph stays runnable: fake propagation, the
    interpreter); the lowering turns each call into our kernel."""
    y, final = ssd_reference(x, a, b, c)
    return (y if output == "y" else final).reshape(shape)


def has_cumsum(gm: fx.GraphModule) -> bool:
    return any(_op(node) == "cumsum" for node in gm.graph.nodes)


def fuse_ssd(gm: fx.GraphModule, example_inputs) -> int:
    """Replace each recognized scan output by one ``ssd_scan`` call; returns how many (a scan's Y
    and its final state are two calls, the state computed twice: 13 us on an H200 at level 3's size)."""
    matches, consumed = find_ssd(gm, example_inputs)
    graph = gm.graph
    for match in matches:
        with graph.inserting_before(match.root):
            x, b, c = (o.insert(graph) if o is not None else None for o in (match.x, match.b, match.c))
            call = graph.call_function(ssd_scan, (x, match.a, b, c, match.output, tuple(tensor_meta(match.root).shape)))
        match.root.replace_all_uses_with(call)
    gone = set(consumed) | {m.root for m in matches}
    for node in reversed([n for n in graph.nodes if n in gone]):  # users before what they read
        graph.erase_node(node)
    if matches:
        graph.lint()
        gm.recompile()
    return len(matches)


class SSDCall:
    """The lowering's pattern for an ``ssd_scan`` call: one "ssd" Val over its tensor operands."""

    consumed: tuple[fx.Node, ...] = ()  # fuse_ssd erased the scan's nodes already

    def lower(self, lw: Lowering, node: fx.Node) -> Val:
        x, a, b, c, output, shape = node.args
        batch, chunks, length, heads, p = _shape(x)
        geometry = SSDGeometry(batch, chunks, length, heads, p, _shape(b)[-1])
        args = [lw.arg(t) for t in (x, a, b, c) if t is not None]
        params = {"output": output, "geometry": geometry, "name": node.name}
        return lw.new("ssd", args, tuple(shape), torch.float32, params, node=node)


def ssd_calls(gm: fx.GraphModule) -> dict[fx.Node, SSDCall]:
    return {node: SSDCall() for node in gm.graph.nodes if node.op == "call_function" and node.target is ssd_scan}
