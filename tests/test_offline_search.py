"""The offline agent with the code generator's Triton kernels (run by the interpreter on CPU), its
tuning pass and repairs on real knobs, and end to end: through the search and the evaluator, and
through ``torch.compile(backend="pike")``."""

import json
import textwrap

import pytest
import torch

from pike_backend.evaluate.verdict import Verdict
from pike_backend.offline import OfflineAgent
from pike_backend.offline.recipe import recipe_of_source
from pike_backend.options import PikeOptions
from pike_backend.problem import Problem, build_candidate, build_reference, load_source_module, seeded_inputs
from pike_backend.search.agent import FixRequest, Idea, OptimizeRequest
from pike_backend.offline.solution import codegen_fuser

pytestmark = pytest.mark.skipif(codegen_fuser(True) is None, reason="the code generator is not importable")

BLOCK = Problem("block", textwrap.dedent("""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class Model(nn.Module):
        def __init__(self, dim):
            super().__init__()
            self.norm = nn.LayerNorm(dim)
            self.up = nn.Linear(dim, 2 * dim)
            self.down = nn.Linear(2 * dim, dim)

        def forward(self, x):
            h = self.down(F.gelu(self.up(self.norm(x))))
            return torch.softmax(x + h, dim=-1)

    def get_inputs():
        return [torch.randn(4, 8, 32)]

    def get_init_inputs():
        return [32]
"""))


def _check(problem: Problem, source: str, tol: float) -> None:
    problem_module = load_source_module(problem.source)
    reference = build_reference(problem_module, 0, "cpu")
    candidate = build_candidate(load_source_module(source, "offline_search_test"), problem_module, reference, 0, "cpu")
    for seed in (1, 2):
        inputs = seeded_inputs(problem_module, seed, "cpu")
        with torch.no_grad():
            expected, got = reference(*inputs), candidate(*inputs)
        assert got.dtype == expected.dtype
        torch.testing.assert_close(got, expected, atol=tol, rtol=tol)


def _agent(precision: str = "strict") -> OfflineAgent:
    return OfflineAgent(PikeOptions(precision=precision))


def test_fused_solution_runs_our_kernels_and_matches_eager(pike_env):
    proposal = _agent().optimize(OptimizeRequest(BLOCK, None, idea=Idea("fuse", kind="triton-fused")))
    assert proposal.kind == "triton-fused" and proposal.usage["kernels"] >= 2
    assert "@triton.jit" in proposal.source and "class ModelNew(Model)" in proposal.source
    _check(BLOCK, proposal.source, 1e-5)


def test_low_precision_kernels_stay_within_the_bf16_tolerance(pike_env):
    """bf16 is never proposed on CPU, but the rewrite itself must be right wherever it runs."""
    agent = _agent("bf16")
    state = agent._state(BLOCK)
    recipe = recipe_of_source(agent.optimize(OptimizeRequest(BLOCK, None, Idea("f", kind="triton-fused"))).source)
    built = agent._build(state, recipe.with_token("bf16"))
    assert built is not None and built.kernels
    _check(BLOCK, built.source, 3e-2)


def test_tuning_variants_are_new_and_correct(pike_env):
    agent = _agent()
    parent = agent.optimize(OptimizeRequest(BLOCK, None, idea=Idea("fuse", kind="triton-fused")))
    sources = {parent.source}
    for _ in range(3):
        child = agent.optimize(OptimizeRequest(BLOCK, parent.source, idea=Idea("tune", kind="tuned")))
        assert child.kind == "triton-fused+tuned" and child.source not in sources
        assert len(recipe_of_source(child.source).tuning) == 1  # one knob moved from the parent
        sources.add(child.source)
        _check(BLOCK, child.source, 1e-5)


def test_resource_errors_shrink_real_blocks(pike_env):
    agent = _agent()
    parent = agent.optimize(OptimizeRequest(BLOCK, None, idea=Idea("fuse", kind="triton-fused")))
    verdict = Verdict.failure("compile", "first call failed", error="triton.runtime.errors.OutOfResources: out of resource: shared memory")
    fixed = agent.fix(FixRequest(BLOCK, parent.source, verdict))
    assert fixed.kind == "triton-fused+tuned" and "resource" in fixed.usage["repair"]
    state = agent._state(BLOCK)
    tunables = agent._build(state, recipe_of_source(parent.source)).tunables
    tuning = dict(recipe_of_source(fixed.source).tuning)
    assert tuning and all(value in tunables[name] for name, value in tuning.items())
    _check(BLOCK, fixed.source, 1e-5)


def test_search_with_the_offline_agent_verifies_its_kernels(pike_env):
    from pike_backend.search import PikeBConfig, SearchConfig, optimize

    options = PikeOptions.from_sources({"agent": "offline", "budget": 4, "precision": "strict"})
    config = SearchConfig(
        pike_b=PikeBConfig(ideas=2, branches=2),
        evaluation={"n_input_sets": 2, "warmup_ms": 1, "rep_ms": 2, "probe_ms": 1},
    )
    result = optimize(BLOCK, options, run_dir=pike_env / "run", progress=False, config=config)
    assert result.attempts == 4 and result.valid == 4 and result.llm_calls == 0
    assert "triton-fused" in result.winner_kind and result.best_verdict.correct
    kinds = [json.loads(p.read_text())["kind"] for p in sorted((pike_env / "run" / "attempts").glob("*/attempt.json"))]
    assert kinds[0] == "triton-fused" and all(k.startswith("triton-fused") for k in kinds)


def test_backend_searches_with_the_offline_agent(pike_env):
    from pike_backend.backend import clear_compile_events, compile_events

    problem_module = load_source_module(BLOCK.source)
    model = problem_module.Model(32).eval()
    x = torch.randn(4, 8, 32)
    clear_compile_events()
    compiled = torch.compile(model, backend="pike", options={"budget": 2, "granularity": "graph", "precision": "strict"})
    with torch.no_grad():
        torch.testing.assert_close(compiled(x), model(x), atol=1e-5, rtol=1e-5)
    assert [e["outcome"] for e in compile_events()] == ["searched"]
    attempts = [json.loads(p.read_text()) for p in (pike_env / "cache" / "runs").glob("*/attempts/*/attempt.json")]
    assert len(attempts) == 2 and all(a["agent"] == "offline" and a["correct"] for a in attempts)
    assert any("triton-fused" in a["kind"] for a in attempts)


POINTWISE = Problem("pointwise_only", textwrap.dedent("""
    import torch
    import torch.nn as nn

    class Model(nn.Module):
        def forward(self, x):
            return torch.relu(x) * 2.0 + 1.0

    def get_inputs():
        return [torch.randn(8, 64)]

    def get_init_inputs():
        return []
"""))


def test_an_offline_search_out_of_rewrites_stops_without_spending_attempts(pike_env):
    """Once the agent has proposed every rewrite that applies, its empty answers cost no attempt:
    the search stops with what it has, every attempt a candidate."""
    from pike_backend.search import PikeBConfig, SearchConfig, optimize

    options = PikeOptions.from_sources({"agent": "offline", "budget": 40, "precision": "strict"})
    config = SearchConfig(
        pike_b=PikeBConfig(ideas=4, branches=4),
        evaluation={"n_input_sets": 2, "warmup_ms": 1, "rep_ms": 2, "probe_ms": 1},
    )
    result = optimize(POINTWISE, options, run_dir=pike_env / "run", progress=False, config=config)
    assert result.stop_reason == "no new candidates" and 1 <= result.attempts < 40
    records = [json.loads(p.read_text()) for p in sorted((pike_env / "run" / "attempts").glob("*/attempt.json"))]
    assert len(records) == result.attempts == result.valid
    assert all(r["stage"] == "ok" and not r["error"] for r in records)
