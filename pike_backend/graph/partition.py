"""Split a Dynamo graph into subgraphs worth a kernel.

Per-subgraph granularity groups chains of fusible ops (pointwise, reductions, norms, softmax,
views) around at most one anchor (matmul, linear, conv, bmm, attention). Nodes join the group of a
producer in topological order, unless that would put a second anchor in the group or create a
cycle between groups (a group must be callable as one unit). Whole-graph granularity makes the
entire graph one problem, as the paper does for KernelBench tasks, when nothing in it forbids that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
from torch.fx import GraphModule, Node

from .ops import Kind, classify, mutates_graph_state, op_label

# Reasons that keep a node out even of a whole-graph problem: running it in a candidate would
# change what the verifier compares (random numbers, mutated inputs) or has no fixed shape. An
# in-place op on a tensor the graph made itself is the exception (see mutates_graph_state).
_HARD_REASONS = ("random numbers", "in-place op", "data-dependent shape", "collective",
                 "batch norm in training mode", "dynamic shape", "module call")


@dataclass
class Group:
    nodes: list[Node]
    anchor: Node | None = None

    @property
    def ops(self) -> list[str]:
        return [op_label(n) for n in self.nodes]


@dataclass
class Partition:
    groups: list[Group]
    left_out: dict[str, str] = field(default_factory=dict)  # node name -> why it is not in a group
    granularity: str = "subgraph"


def graph_device(gm: GraphModule) -> torch.device | None:
    """The device of the graph's tensor inputs (the first one found)."""
    for node in gm.graph.nodes:
        value = node.meta.get("example_value")
        if node.op == "placeholder" and isinstance(value, torch.Tensor):
            return value.device
    return None


def partition(gm: GraphModule, granularity: str = "subgraph") -> Partition:
    device = graph_device(gm)
    kinds: dict[Node, Kind] = {}
    left_out: dict[str, str] = {}
    for node in gm.graph.nodes:
        kind, reason = classify(node, device)
        kinds[node] = kind
        if kind is Kind.GLUE and node.op not in ("placeholder", "output", "get_attr"):
            left_out[node.name] = reason
    if granularity == "graph":
        whole = _whole_graph(gm, left_out)
        if whole is not None:
            return whole
    return Partition(_grouped(gm, kinds, left_out), left_out, "subgraph")


def _whole_graph(gm: GraphModule, left_out: dict[str, str]) -> Partition | None:
    nodes = [n for n in gm.graph.nodes if n.op in ("call_function", "call_method")]
    for node in nodes:
        reason = left_out.get(node.name, "")
        if reason.startswith(_HARD_REASONS) and not (reason == "in-place op" and not mutates_graph_state(node)):
            return None
    if not nodes:
        return None
    return Partition([Group(nodes)], {}, "graph")


def _grouped(gm: GraphModule, kinds: dict[Node, Kind], left_out: dict[str, str]) -> list[Group]:
    order = {node: i for i, node in enumerate(gm.graph.nodes)}
    ancestors: dict[Node, int] = {}  # bitset over node order: every node this one depends on
    for node in gm.graph.nodes:
        bits = 0
        for arg in node.all_input_nodes:
            bits |= ancestors[arg] | (1 << order[arg])
        ancestors[node] = bits

    group_of: dict[Node, int] = {}
    groups: list[Group] = []
    members: list[int] = []  # bitset of each group's nodes

    def can_join(node: Node, g: int) -> bool:
        if kinds[node] is Kind.ANCHOR and groups[g].anchor is not None:
            return False
        # Joining is safe unless an input from outside the group itself depends on the group:
        # then the group would have to run both before and after that input.
        for arg in node.all_input_nodes:
            if group_of.get(arg) != g and ancestors[arg] & members[g]:
                return False
        return True

    for node in gm.graph.nodes:
        if kinds[node] is Kind.GLUE:
            continue
        target = next(
            (group_of[a] for a in node.all_input_nodes if a in group_of and can_join(node, group_of[a])),
            None,
        )
        if target is None:
            groups.append(Group([]))
            members.append(0)
            target = len(groups) - 1
        group = groups[target]
        group.nodes.append(node)
        if kinds[node] is Kind.ANCHOR:
            group.anchor = node
        group_of[node] = target
        members[target] |= 1 << order[node]

    kept = []
    for group in _without_cycles(gm, groups, left_out):
        if all(kinds[n] is Kind.VIEW for n in group.nodes):
            for n in group.nodes:
                left_out[n.name] = "only views here: nothing to compute in a kernel"
            continue
        kept.append(group)
    return kept


def _without_cycles(gm: GraphModule, groups: list[Group], left_out: dict[str, str]) -> list[Group]:
    """Drop groups until the graph of groups and glue nodes is acyclic.

    The join check in ``_grouped`` looks at one input at a time; a dependency that runs through
    two groups and some glue can still close a loop between groups. Those are rare, so the
    latest group on a loop goes back to glue rather than being split.
    """
    groups = list(groups)
    while True:
        cycle = _find_group_cycle(gm, groups)
        if cycle is None:
            return groups
        dropped = groups.pop(max(cycle))
        for n in dropped.nodes:
            left_out[n.name] = "kernelizing it would create a cycle between subgraphs"


def _find_group_cycle(gm: GraphModule, groups: list[Group]) -> set[int] | None:
    unit: dict[Node, object] = {n: i for i, g in enumerate(groups) for n in g.nodes}
    edges: dict[object, set[object]] = {}
    for node in gm.graph.nodes:
        dst = unit.get(node, node)
        for arg in node.all_input_nodes:
            src = unit.get(arg, arg)
            if src != dst:
                edges.setdefault(src, set()).add(dst)
    state: dict[object, int] = {}  # 1 on the DFS stack, 2 done

    def visit(start: object) -> list[object] | None:
        stack = [(start, iter(sorted(edges.get(start, ()), key=str)))]
        path = [start]
        state[start] = 1
        while stack:
            current, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[current] = 2
                stack.pop()
                path.pop()
            elif state.get(child) == 1:
                return path[path.index(child):]
            elif child not in state:
                state[child] = 1
                path.append(child)
                stack.append((child, iter(sorted(edges.get(child, ()), key=str))))
        return None

    for start in list(edges):
        if start not in state:
            loop = visit(start)
            if loop is not None:
                return {u for u in loop if isinstance(u, int)}
    return None
