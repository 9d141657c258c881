"""Running solutions in place of their subgraphs.

A ``PikeSubgraph`` replaces one ``fused_*`` submodule of the graph. It calls the loaded Solution
when the inputs have exactly the specs the solution was verified for, and the fallback otherwise;
a solution that raises at run time is dropped for good with one warning, and the call is answered
by the fallback, so user code never sees a kernel failure. When the model's weights are replaced
(new tensor objects), the solution is built afresh from its source on the new ones: a solution may
have derived anything from the old ones (folded or pre-cast weights, a CUDA graph captured on their
addresses).
"""

from __future__ import annotations

import logging
from operator import is_, itemgetter
from typing import Any, Callable, Sequence

import torch

from ..problem import load_source_module
from .extract import TensorSpec

log = logging.getLogger("pike_backend")


def load_solution(source: str, device: str, state: dict[str, torch.Tensor] | None = None) -> torch.nn.Module:
    """Instantiate a Solution's ``ModelNew`` (subgraph solutions take no init inputs) and bind the
    model's real parameters and buffers in place of the Problem's random ones."""
    module = load_source_module(source, prefix="pike_solution")
    if isinstance(getattr(module, "DEVICE", None), str):
        module.DEVICE = device  # the subgraph's own device, which the graph's device constants name
    model = module.ModelNew().to(device).eval()
    for name, tensor in (state or {}).items():
        bind_state(model, name, tensor)
    model.pike_source = (source, device)  # what PikeSubgraph rebuilds it from on new weights
    return model


def bind_state(model: torch.nn.Module, name: str, tensor: torch.Tensor) -> None:
    """Make ``model.<name>`` the caller's tensor itself (shared, so in-place updates are seen)."""
    if name not in model._buffers:
        raise KeyError(f"the solution has no buffer {name!r} for the model's weights to bind to")
    model._buffers[name] = tensor


class PikeSubgraph:
    """Runs one subgraph: the solution behind a guard, else the fallback.

    A plain callable rather than an nn.Module, called straight from the stitched graph's code:
    this runs on every call of the user's model, so it skips the module-call machinery.
    """

    def __init__(
        self,
        name: str,
        fallback: Callable[..., Any],
        specs: Sequence[TensorSpec],
        solution: torch.nn.Module | None,
        label: str,
        state: dict[int, str] | None = None,
    ):
        self.name = name
        self.__name__ = self.__qualname__ = f"pike_{name}"  # how the stitched graph's code names it
        self.label = label  # what runs this subgraph, for reports
        self._fallback = fallback
        self._module = solution
        self._solution = solution.forward if solution is not None else None
        # Dynamo already guards the graph's inputs; this re-checks each subgraph's own data inputs
        # so a solution never runs on specs it was not verified for. Weights are checked by
        # identity (the solution holds them), and by spec only when a new tensor is bound.
        state = state or {}
        self._arity = len(specs)
        self._data = tuple(i for i in range(len(specs)) if i not in state)
        self._state = tuple(state.items())  # (input position, buffer name): weights the solution holds
        self._bound = {i: solution._buffers.get(n) for i, n in self._state} if solution is not None else {}
        # every call checks a whole network's weights (hundreds of tensors): C-level picks and
        # identity compares keep that to a couple of microseconds
        self._state_args = _picker(tuple(i for i, _ in self._state))
        self._data_args = _picker(self._data)
        self._bound_args = tuple(self._bound.get(i) for i, _ in self._state)
        guards = [(torch.Size(s.shape), tuple(s.stride), s.dtype, s.device == "cuda") for s in specs]
        self._guards = tuple(guards)
        self._data_guards = tuple((i, guards[i]) for i in self._data)
        self._warned_guard = False

    @property
    def active(self) -> bool:
        return self._solution is not None

    def drop_solution(self, reason: str) -> None:
        if self._solution is not None:
            log.warning("pike: %s: %s; running it on the fallback from now on", self.name, reason)
        self._solution = self._module = None
        self.label = "fallback"

    @staticmethod
    def _matches(arg, guard) -> bool:
        shape, stride, dtype, is_cuda = guard
        return arg.shape == shape and arg.dtype == dtype and arg.is_cuda == is_cuda and arg.stride() == stride

    def _inputs_match(self, args: tuple) -> bool:
        if len(args) != self._arity:
            return False
        matches = self._matches
        for i, guard in self._data_guards:
            if not matches(args[i], guard):
                return False
        if all(map(is_, self._state_args(args), self._bound_args)):
            return True
        # the model's weights were replaced: the solution's go too
        bound = self._bound
        for position, _ in self._state:
            arg = args[position]
            if arg is not bound[position]:
                if not matches(arg, self._guards[position]):
                    return False
                bound[position] = arg
        self._bound_args = tuple(bound[i] for i, _ in self._state)
        return self._rebuild()

    def _rebuild(self) -> bool:
        """The solution built afresh on the bound weights; False (and the fallback from then on)
        if that fails."""
        state = {name: self._bound[position] for position, name in self._state}
        source, device = getattr(self._module, "pike_source", (None, None))
        try:
            if source is None:  # not loaded from source: bind the new weights into it
                for name, tensor in state.items():
                    bind_state(self._module, name, tensor)
            else:
                self._module = load_solution(source, device, state)
                self._solution = self._module.forward
        except Exception as error:
            self.drop_solution(f"solution failed to load on the new weights ({type(error).__name__}: {error})")
            return False
        return True

    def __call__(self, *args):
        if self._solution is not None:
            if self._inputs_match(args):  # (which may rebuild the solution on new weights)
                try:
                    return self._solution(*self._data_args(args))
                except Exception as error:  # a kernel failure must never reach user code
                    self.drop_solution(f"solution failed at run time ({type(error).__name__}: {error})")
            elif self._solution is not None and not self._warned_guard:
                self._warned_guard = True
                log.info("pike: %s called with inputs unlike those it was verified for; using the fallback", self.name)
        return self._fallback(*args)


def _picker(positions: tuple[int, ...]) -> Callable[[tuple], tuple]:
    """args -> the tuple of ``args[i] for i in positions``, without a Python loop."""
    if positions and positions == tuple(range(positions[0], positions[-1] + 1)):
        window = slice(positions[0], positions[-1] + 1)  # the usual layout: the weights side by side
        return lambda args: args[window]
    return itemgetter(*positions) if positions else lambda args: ()


def install(fused: torch.fx.GraphModule, runners: Sequence[PikeSubgraph]) -> None:
    """Point each ``fused_*`` call of the graph at its runner (a direct call, no module lookup)."""
    by_name = {runner.name: runner for runner in runners}
    for node in list(fused.graph.nodes):
        if node.op == "call_module" and node.target in by_name:
            with fused.graph.inserting_after(node):
                call = fused.graph.call_function(by_name[node.target], node.args, node.kwargs)
            node.replace_all_uses_with(call)
            fused.graph.erase_node(node)
    fused.recompile()


def make_fallback(module: torch.fx.GraphModule, example_inputs: list[Any], kind: str,
                  lazy: bool = False) -> tuple[Callable[..., Any], str]:
    """The fallback runner of a (sub)graph: eager, or inductor with eager as the last resort.

    ``lazy``: compile inductor at the first call rather than now, for a fallback that only runs if
    a solution fails (start-up then pays for no compile it does not use)."""
    if kind != "inductor":
        return module.forward, "eager"
    if not lazy:
        return _inductor_or_eager(module, example_inputs)
    compiled: list[Callable[..., Any]] = []

    def first_use(*args):
        if not compiled:
            compiled.append(_inductor_or_eager(module, example_inputs)[0])
        return compiled[0](*args)

    return first_use, "inductor"


def _inductor_or_eager(module: torch.fx.GraphModule, example_inputs: list[Any]) -> tuple[Callable[..., Any], str]:
    try:
        from torch._inductor.compile_fx import compile_fx

        return compile_fx(module, example_inputs), "inductor"
    except Exception as error:  # inductor failing here must not fail the model
        log.warning("pike: inductor fallback failed (%s: %s); using eager", type(error).__name__, error)
        return module.forward, "eager"
