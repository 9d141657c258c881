"""The offline agent: IBA, COA and EFA from rules and code generation, with no network.

* ``brainstorm`` traces the problem (in this process: problem source is trusted) and lists the
  rewrites that apply, best first (``ideas.py``).
* ``optimize`` writes one Solution per call: the idea's rewrites applied on top of the parent when
  the parent is one of ours (its recipe is read back from a marker comment), else from the
  problem. A result already proposed for this problem (or one that runs the same code under another
  label, e.g. bf16 on a graph with nothing to run in bf16) is skipped for the next idea, and for a
  per-shape tuning variant of our kernels, so every proposal is new work for the evaluator.
* ``fix`` applies the EFA rules (``repair.py``) to the rejected child's recipe; a precision whose
  operands failed the tolerance is remembered, and later ideas at it move to a higher one (where
  only a handful of values failed, they are tried one step up first, then as they are).
* Every fp32 candidate captured in a CUDA graph of ours where the problem convolves has cuDNN time
  its convolution algorithms (``cudnn-tuned``; below fp32 the runtime always does), whichever idea,
  lift or repair it came from, until a repair drops the timing: from then on none has it. Under
  the strict protocol on an H200 it ran torch.compile's frozen seed 1.36x faster on VGG16, 1.14x on
  GoogLeNet, 1.04x on ResNet-101 and 1.00x on ResNet-18 (cuDNN's heuristics had left a 3x3
  convolution 22% slower than its fastest algorithm).

Every proposal is plain source text; the candidates run only in the evaluator's workers.
"""

from __future__ import annotations

import functools
import logging
from typing import Iterator

from ..env import default_device, triton_interpreted
from ..evaluate.verdict import Verdict
from ..options import PikeOptions
from ..problem import Problem, sha256_text
from ..search.agent import FixRequest, Idea, OptimizeRequest, Proposal
from .ideas import allowed_precisions, brainstorm_ideas
from .passes import fold_batch_norm, functional_of
from .recipe import SIXTEEN_BIT, Recipe, parse_tokens, recipe_of_kind, recipe_of_source
from .repair import failing_precision, lifted, marginal, repair, too_lossy, torch_compile_failed
from .solution import Built, RewriteError, build, codegen_fuser
from .trace import ProblemGraph, trace_problem

log = logging.getLogger("pike_backend.offline")

_GRAPH_ONLY = {"fold-bn", "channels-last", "triton-fused", "tuned", "fp32-acc", "contiguous"}


class _ProblemState:
    """What the agent remembers per problem: its graph, what it proposed, what each recipe built."""

    def __init__(self, graph: ProblemGraph):
        self.graph = graph
        self.proposed: set[str] = set()  # sha256 of every source proposed
        self.proposed_runs: set[str] = set()  # and of what each runs (the same code under another label)
        self.built: dict[Recipe, Built | None] = {}  # None: the recipe does not apply here
        self.foldable = _count_foldable(graph)
        # precisions whose operands failed the tolerance here (read from the EFA's verdicts): every
        # recipe as lossy is passed over from then on, instead of spending the budget on it
        self.failing: set[str] = set()
        # and those that failed it by a handful of values only: ideas at them go one step up first
        self.suspect: set[str] = set()
        # torch.compile failed to compile the problem, frozen or not: none of its seeds is tried again
        self.no_torch_compile = False
        # a repair dropped cuDNN's timed algorithms in fp32 (their rounding failed the tolerance, or
        # their capture failed): no candidate has them again
        self.untuned = False


def _count_foldable(pg: ProblemGraph) -> int:
    if not pg.traced or not pg.batch_norms:
        return 0
    try:
        return fold_batch_norm(functional_of(pg))
    except Exception as error:  # a graph we cannot rewrite simply gets no folding idea
        log.info("offline agent: batch-norm folding unavailable (%s)", error)
        return 0


class OfflineAgent:
    name = "offline"
    # PIKE-B's first phase one idea at a time, each repaired before the next: a precision the problem
    # fails (seen in the EFA's verdicts) then moves the ideas still to come to one it may take,
    # instead of a search's time limit running out on candidates that fail the same way. Our first
    # stack's repairs are cheap (its kernels compiled, a few seconds each under load), so they find
    # the precision before torch.compile's seed (20-40 s a compile) is built at it; on a whole
    # network the seed comes first (``ProblemGraph.deep``) and its own repairs find it. With several
    # evaluations at once on a device (``parallel_evaluations``), a wave takes one idea for each.
    first_wave = 1
    # the same request gets the same answer: once a phase gets no code back, PIKE-B stops; the
    # "every rewrite that applies here has been proposed" answers cost no attempt (``exhausted``)
    deterministic = True

    def __init__(self, options: PikeOptions):
        self.options = options
        self.tolerance = options.tolerance
        self._states: dict[str, _ProblemState] = {}
        # the interpreter cannot run libdevice or inline asm: CPU evaluation needs the safe path
        self._fuse = codegen_fuser(interpreter_safe=triton_interpreted() or default_device() == "cpu")
        self._codegen = self._fuse is not None

    # -- per problem ---------------------------------------------------------------------------

    def _state(self, problem: Problem) -> _ProblemState:
        state = self._states.get(problem.sha256)
        if state is None:
            state = self._states[problem.sha256] = _ProblemState(trace_problem(problem))
        return state

    def _build(self, state: _ProblemState, recipe: Recipe) -> Built | None:
        if recipe not in state.built:
            try:
                state.built[recipe] = build(state.graph, recipe, self._fuse)
            except RewriteError as error:
                log.info("offline agent: %s does not apply: %s", recipe.kind, error)
                state.built[recipe] = None
            except Exception as error:  # a rewrite of ours that breaks is skipped, never fatal to the search
                log.warning("offline agent: building %s failed (%s: %s)", recipe.kind, type(error).__name__, error)
                state.built[recipe] = None
        return state.built[recipe]

    def _allowed(self, state: _ProblemState, recipe: Recipe) -> bool:
        precisions = allowed_precisions(self.tolerance, state.graph.device)
        if recipe.precision != "fp32" and (recipe.precision not in precisions or too_lossy(recipe, state.failing)):
            return False
        if state.graph.device != "cuda" and (recipe.cuda_graph or recipe.channels_last or recipe.path == "inductor"):
            return False
        if recipe.path == "inductor" and (not self.options.inductor_seeds or state.no_torch_compile):
            return False
        if recipe.triton and not self._codegen:
            return False
        return True

    # -- recipes -----------------------------------------------------------------------------------

    def _base(self, state: _ProblemState) -> Recipe:
        return Recipe(path="graph" if state.graph.traced else "module")

    def _apply(self, state: _ProblemState, parent: Recipe | None, kind: str) -> Recipe:
        """``kind``'s rewrites on top of ``parent`` (ours and not an inductor seed), else the base."""
        tokens = parse_tokens(kind)
        if any(t.startswith("inductor-") for t in tokens):
            return recipe_of_kind(kind)
        recipe = parent if parent is not None and parent.path != "inductor" else self._base(state)
        for token in tokens:
            if token == "tuned" or (recipe.path != "graph" and token in _GRAPH_ONLY):
                continue  # tuning variants come from the parent's kernels, see _tuning_variants
            recipe = recipe.with_token(token)
        return recipe

    def _tuning_variants(self, state: _ProblemState, parent: Recipe | None) -> Iterator[Recipe]:
        """One knob changed at a time from the parent's values: a small per-shape tuning pass.

        Knobs are block sizes and warps per kernel, and per GEMM / attention which implementation
        runs it (our Triton template or cuBLAS / SDPA): the evaluator's timing decides.
        """
        if parent is None or not parent.triton:
            # no kernels of ours in the parent: tune the first stack of ideas that has them
            kinds = [i.kind for i in self.brainstorm(state.graph.problem, max_ideas=64)]
            stacks = [self._apply(state, None, k) for k in kinds if "triton-fused" in parse_tokens(k)]
            if not stacks:
                return
            parent = stacks[0]
        built = self._build(state, parent)
        if built is None:
            return
        current = dict(parent.tuning)
        values = built.knob_values()
        for name, allowed in built.tunables.items():
            for choice in allowed:
                if choice != values.get(name):
                    yield parent.with_tuning({**current, name: choice})

    def _candidates(self, state: _ProblemState, parent: Recipe | None, idea: Idea | None) -> Iterator[Recipe]:
        kinds = [idea.kind] if idea is not None and idea.kind else []
        kinds += [i.kind for i in self.brainstorm(state.graph.problem, max_ideas=64)]
        for kind in kinds:
            if kind == "tuned":
                yield from self._tuning_variants(state, parent)
            else:  # an idea at a precision this problem fails is tried at the next one it may take
                yield from lifted(self._apply(state, parent, kind), state.failing, state.suspect)
        yield from self._tuning_variants(state, parent)

    def _conv_tuning(self, state: _ProblemState, recipe: Recipe) -> Recipe:
        """``recipe`` with cuDNN timing its fp32 convolutions where it captures a CUDA graph of ours
        on a problem that convolves, unless a repair has dropped that here (then without)."""
        if recipe.precision != "fp32" or not recipe.cuda_graph or not state.graph.convolves:
            return recipe
        if state.untuned:
            return recipe.without("cudnn-tuned") if recipe.cudnn_tuned else recipe
        return recipe.with_token("cudnn-tuned")

    def _propose(self, state: _ProblemState, recipes: Iterator[Recipe], idea: Idea | None) -> Proposal:
        for recipe in map(functools.partial(self._conv_tuning, state), recipes):
            if not self._allowed(state, recipe):
                continue
            built = self._build(state, recipe)
            if built is None:
                continue
            digest = sha256_text(built.source)
            if digest in state.proposed or built.runs_sha256 in state.proposed_runs:
                continue
            state.proposed.add(digest)
            state.proposed_runs.add(built.runs_sha256)
            usage = {"rewrites": list(recipe.applied), "kernels": len(built.kernels)}
            return Proposal(source=built.source, kind=recipe.kind, idea=idea, usage=usage)
        return Proposal(source=None, idea=idea, error="every rewrite that applies here has been proposed", exhausted=True)

    def _as_run(self, state: _ProblemState, recipe: Recipe) -> Recipe:
        """``recipe`` with fp32-acc where that changes none of the code it runs (kernels that keep
        no 16-bit intermediates): a tolerance failure is then the operands' precision."""
        if not recipe.triton or recipe.kernel_fp32 or recipe.precision not in SIXTEEN_BIT:
            return recipe
        accumulating = recipe.with_token("fp32-acc")
        built, built_acc = self._build(state, recipe), self._build(state, accumulating)
        same = built is not None and built_acc is not None and built.runs_sha256 == built_acc.runs_sha256
        return accumulating if same else recipe

    def _note_failing(self, state: _ProblemState, failed: str | None, verdict: Verdict) -> None:
        if failed is None or failed in state.failing:
            return
        if marginal(verdict):
            if failed not in state.suspect:
                log.info("offline agent: %s fails the tolerance here by a handful of values; "
                         "ideas at it go one step up first", failed)
                state.suspect.add(failed)
            return
        log.info("offline agent: %s fails the tolerance here; no candidate as lossy is tried again", failed)
        state.failing.add(failed)

    # -- the Agent protocol ----------------------------------------------------------------------

    def brainstorm(self, problem: Problem, max_ideas: int) -> list[Idea]:
        state = self._state(problem)
        return brainstorm_ideas(
            state.graph,
            self.tolerance,
            max_ideas,
            inductor_seeds=self.options.inductor_seeds,
            # Triton runs on a GPU or, for tests, under its interpreter; a plain CPU has no driver
            codegen=self._codegen and (state.graph.device == "cuda" or triton_interpreted()),
            foldable=state.foldable,
        )

    def optimize(self, request: OptimizeRequest) -> Proposal:
        state = self._state(request.problem)
        parent = recipe_of_source(request.parent_source)
        return self._propose(state, self._candidates(state, parent, request.idea), request.idea)

    def fix(self, request: FixRequest) -> Proposal:
        state = self._state(request.problem)
        recipe = recipe_of_source(request.source)
        if recipe is None:
            return Proposal(source=None, error="not a Solution of the offline agent: nothing to repair")
        self._note_failing(state, failing_precision(self._as_run(state, recipe), request.verdict), request.verdict)
        if torch_compile_failed(recipe, request.verdict) and not recipe.freeze:
            log.info("offline agent: torch.compile cannot compile this problem; none of its seeds is tried again")
            state.no_torch_compile = True
        tried = {r for r, b in state.built.items() if b is not None and sha256_text(b.source) in state.proposed}
        built = self._build(state, recipe) if recipe.triton else None
        knobs = built.knob_values() if built is not None else {}
        while True:
            fixed = repair(recipe, request.verdict, knobs, tried, frozenset(state.failing))
            if fixed is None:
                return Proposal(source=None, error="no repair of this failure is left to try")
            if recipe.cudnn_tuned and not fixed.recipe.cudnn_tuned:
                log.info("offline agent: cuDNN's timed fp32 algorithms dropped here; no candidate has them again")
                state.untuned = True
            proposal = self._propose(state, iter([fixed.recipe]), None)
            if proposal.source is not None:
                proposal.usage["repair"] = fixed.reason
                return proposal
            tried.add(fixed.recipe)

