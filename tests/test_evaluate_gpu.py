"""GPU-only cheats and honest GPU tricks (skipped without CUDA; run with PIKE_TEST_GPU=1).

The CPU suite in test_evaluate.py runs on the GPU as well when a GPU is present.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pike_backend.evaluate import EvalConfig, Evaluator
from pike_backend.options import tolerance_for
from pike_backend.problem import load_problem_file

pytestmark = pytest.mark.gpu

CHEATS = Path(__file__).parent / "cheats"
CONFIG = EvalConfig(device="cuda", warmup_ms=5, rep_ms=25)


def problem(name: str):
    return load_problem_file(CHEATS / f"problem_{name}.py")


def candidate(name: str) -> str:
    return (CHEATS / f"{name}.py").read_text()


@pytest.fixture(scope="module")
def evaluator():
    with Evaluator(workers=1) as pool:
        yield pool


def test_unsynchronized_side_stream_output_is_wrong(evaluator):
    verdict = evaluator.evaluate(problem("pointwise"), candidate("gpu_side_stream"), CONFIG)
    assert not verdict.correct and verdict.stage == "correctness", verdict.reasons


def test_side_stream_work_is_inside_the_timer(evaluator):
    verdict = evaluator.evaluate(problem("pointwise"), candidate("gpu_side_stream_hidden"), CONFIG)
    assert verdict.correct, verdict.reasons
    assert verdict.timing_meaningful
    # ~2M cycles of _sleep is about a millisecond; the arithmetic alone is microseconds
    assert verdict.new_ms > 0.3 and verdict.new_ms > 10 * verdict.ref_ms


def test_cuda_graph_replaying_a_captured_result_is_rejected(evaluator):
    verdict = evaluator.evaluate(problem("pointwise"), candidate("gpu_graph_stale"), CONFIG)
    assert not verdict.correct and verdict.stage == "correctness", verdict.reasons


def test_honest_cuda_graph_passes(evaluator):
    verdict = evaluator.evaluate(problem("pointwise"), candidate("gpu_honest_cuda_graph"), CONFIG)
    assert verdict.correct, verdict.reasons
    assert verdict.ref_ms > 0 and verdict.new_ms > 0


def test_tf32_is_refused_under_strict_and_allowed_under_tf32(evaluator):
    strict = evaluator.evaluate(problem("linear"), candidate("gpu_tf32"), CONFIG)
    assert not strict.correct and strict.stage == "integrity"
    assert any("reduced precision under precision=strict" in r for r in strict.reasons)
    relaxed = EvalConfig(tolerance=tolerance_for("tf32"), device="cuda", warmup_ms=5, rep_ms=25)
    assert evaluator.evaluate(problem("linear"), candidate("gpu_tf32"), relaxed).correct


def test_honest_triton_kernel_is_timed_meaningfully(evaluator):
    verdict = evaluator.evaluate(problem("pointwise"), candidate("honest_triton"), CONFIG)
    assert verdict.correct and verdict.timing_meaningful
    new = verdict.timings["new"]
    assert new["event_ms"] and len(new["event_ms"]) == new["n_rep"]
    # host-inclusive: the event figure and the host clock agree closely
    assert abs(new["median_ms"] - sorted(new["host_ms"])[len(new["host_ms"]) // 2]) < 0.5 * new["median_ms"] + 0.05


def test_illegal_memory_access_replaces_the_worker_and_the_pool_goes_on(evaluator):
    crashed = evaluator.evaluate(problem("pointwise"), candidate("gpu_illegal_access"), CONFIG)
    assert not crashed.correct and crashed.stage in ("run", "crash")
    assert "illegal memory access" in crashed.error
    honest = evaluator.evaluate(problem("pointwise"), candidate("honest_triton"), CONFIG)
    assert honest.correct, honest.reasons


def test_two_slots_on_one_gpu_verify_and_time_side_by_side():
    """``parallel_evaluations=2``: two candidate workers share the GPU; each verdict is what one
    slot alone gives (their timings take turns through the device's lock)."""
    with Evaluator(per_device=2) as pool:
        futures = [pool.submit(problem("pointwise"), candidate(name), CONFIG)
                   for name in ("gpu_honest_cuda_graph", "gpu_side_stream_hidden", "gpu_graph_stale")]
        graphed, hidden, stale = (f.result() for f in futures)
    assert graphed.correct and hidden.correct, (graphed.reasons, hidden.reasons)
    assert hidden.new_ms > 0.3 and hidden.new_ms > 10 * hidden.ref_ms
    assert not stale.correct and stale.stage == "correctness"
    assert all(v.timings["new"]["lock_wait_ms"] >= 0 and "lock" not in v.timings["new"] for v in (graphed, hidden))


def test_a_prepared_gpu_evaluation_records_how_steady_its_timings_were():
    """On a GPU the re-timing of disturbed timings is on by default: every timing records its
    spread, and a prepared problem's first evaluation reuses the reference timed in advance."""
    assert CONFIG.spread_limit("cuda") == 1.10
    with Evaluator(workers=1) as pool:
        for future in pool.prepare(problem("pointwise"), CONFIG):
            future.result(timeout=300)
        verdict = pool.evaluate(problem("pointwise"), candidate("gpu_honest_cuda_graph"), CONFIG)
    assert verdict.correct, verdict.reasons
    ref, new = verdict.timings["ref"], verdict.timings["new"]
    assert ref["cached"] and ref["spread"] >= 1.0 and new["spread"] >= 1.0
    # a timing kept after tries is the lowest of them
    for timing in (ref, new):
        assert "tries_ms" not in timing or timing["median_ms"] == min(timing["tries_ms"])
