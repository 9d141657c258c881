"""The evaluator against the adversarial suite in tests/cheats/: every cheat is rejected for the
right reason, every honest candidate passes, and the pool survives crashes and hangs.

All of it runs on the CPU with Triton's interpreter, in real worker processes (and on the GPU
when one is present and PIKE_TEST_GPU=1).
"""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import pytest

from pike_backend.env import default_device, triton_interpreted
from pike_backend.evaluate import EvalConfig, Evaluator
from pike_backend.evaluate.exclusive import device_key
from pike_backend.evaluate.pool import visible_gpus
from pike_backend.options import tolerance_for
from pike_backend.problem import Problem, ProblemError, load_problem_file

from cheats.cases import CHEATS, HONEST  # tests/ is on sys.path (rootdir conftest)

CHEAT_DIR = Path(__file__).parent / "cheats"
SECRET = "sk-pike-test-secret-1234"
CONFIG = EvalConfig(warmup_ms=2, rep_ms=10, compile_timeout_s=120, run_timeout_s=60)


def problem(name: str) -> Problem:
    return load_problem_file(CHEAT_DIR / f"problem_{name}.py")


def candidate(name: str) -> str:
    return (CHEAT_DIR / f"{name}.py").read_text()


@pytest.fixture(scope="module")
def evaluator():
    # the parent has LLM keys; no worker may see them
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GEMINI_API_KEY", SECRET)
        patch.setenv("OPENAI_API_KEY", SECRET)
        with Evaluator() as pool:
            yield pool


@pytest.mark.parametrize("name,prob", HONEST)
def test_honest_candidates_pass(evaluator, name, prob):
    verdict = evaluator.evaluate(problem(prob), candidate(name), CONFIG)
    assert verdict.correct, verdict.reasons
    assert verdict.stage == "ok" and verdict.reasons == [] and verdict.error == ""
    assert verdict.ref_ms > 0 and verdict.new_ms > 0 and verdict.speedup > 0
    assert verdict.timing_meaningful == (default_device() == "cuda" and not triton_interpreted())
    new = verdict.timings["new"]
    assert len(new["host_ms"]) == new["n_rep"] >= 1 and new["probe_ms_per_call"] > 0
    assert all(d.rel_l2 <= 1e-4 and d.mismatched == 0 for d in verdict.diffs)


# the crash cases are checked in detail below, with the pool's recovery
CHEAT_CASES = [case for case in CHEATS if case[2] & {"correctness", "integrity", "timing", "recheck", "run"}]


@pytest.mark.parametrize("name,prob,stages,reason", CHEAT_CASES, ids=[c[0] for c in CHEAT_CASES])
def test_cheats_are_rejected(evaluator, name, prob, stages, reason):
    verdict = evaluator.evaluate(problem(prob), candidate(name), CONFIG)
    assert not verdict.correct
    assert verdict.stage in stages, (verdict.stage, verdict.reasons)
    assert any(reason in r for r in verdict.reasons), verdict.reasons
    assert verdict.speedup is None


def test_fake_verdict_printed_by_a_candidate_stays_in_its_error_text(evaluator):
    verdict = evaluator.evaluate(problem("pointwise"), candidate("cheat_print_verdict"), CONFIG)
    assert not verdict.correct
    assert '"correct": true' in verdict.error  # its output is shown to the fixer, never trusted


def test_crashes_become_verdicts_with_their_output_and_the_pool_goes_on(evaluator):
    pointwise = problem("pointwise")
    exited = evaluator.evaluate(pointwise, candidate("cheat_exit"), CONFIG)
    assert exited.stage == "crash" and "exit code 0" in exited.reasons[0]
    assert "candidate about to call os._exit" in exited.error

    segfault = evaluator.evaluate(pointwise, candidate("cheat_segfault"), CONFIG)
    assert segfault.stage == "crash" and "SIGSEGV" in segfault.reasons[0]
    assert "string_at" in segfault.error  # faulthandler's Python stack of the crash

    honest = evaluator.evaluate(pointwise, candidate("honest_torch"), CONFIG)
    assert honest.correct, honest.reasons


def test_a_hang_times_out_with_its_stack_and_the_pool_goes_on(evaluator):
    pointwise = problem("pointwise")
    quick = EvalConfig(warmup_ms=2, rep_ms=10, compile_timeout_s=3, run_timeout_s=3)
    hung = evaluator.evaluate(pointwise, candidate("cheat_hang"), quick)
    assert hung.stage == "timeout" and "did not finish within 3 s" in hung.reasons[0]
    assert "in forward" in hung.error  # the stack dumped before the kill
    assert evaluator.evaluate(pointwise, candidate("honest_torch"), CONFIG).correct


def test_import_errors_reach_the_error_text(evaluator):
    verdict = evaluator.evaluate(problem("pointwise"), candidate("cheat_raise"), CONFIG)
    assert verdict.stage == "load"
    assert "Traceback" in verdict.error and "BLOCK_SIZE must be a power of 2" in verdict.error


def test_workers_see_no_credentials(evaluator):
    assert os.environ["GEMINI_API_KEY"] == SECRET
    verdict = evaluator.evaluate(problem("pointwise"), candidate("probe_env"), CONFIG)
    assert verdict.stage == "run" and "visible credentials: {}" in verdict.error
    assert SECRET not in verdict.error and "GEMINI_API_KEY" not in verdict.error


def test_candidates_run_without_tf32_under_every_protocol(evaluator):
    # an fp32 candidate is verified as it runs in a user's process, not with TF32 the evaluator
    # turned on; one that wants TF32 must turn it on itself
    paper = EvalConfig(tolerance=tolerance_for("bf16"), warmup_ms=2, rep_ms=10)
    verdict = evaluator.evaluate(problem("pointwise"), candidate("probe_precision"), paper)
    assert verdict.stage == "run"
    assert "precision at load (False, False, 'highest'), at call (False, False, 'highest')" in verdict.error


# relu(x) * y + 1, 20 ms slower per call where cuDNN's TF32 is on: which flags the reference was
# timed under shows in its time
FLAG_SENSITIVE = Problem("flag_sensitive", (CHEAT_DIR / "problem_pointwise.py").read_text().replace(
    "        return torch.relu(x) * y + 1.0",
    "        if torch.backends.cudnn.allow_tf32:\n            __import__('time').sleep(0.02)\n"
    "        return torch.relu(x) * y + 1.0",
))


def test_the_reference_is_timed_under_the_callers_precision_flags(evaluator):
    honest = candidate("honest_torch")
    defaults = evaluator.evaluate(FLAG_SENSITIVE, honest, CONFIG)  # PyTorch's: cuDNN may use TF32
    fp32 = evaluator.evaluate(FLAG_SENSITIVE, honest, dataclasses.replace(CONFIG, reference_flags=("highest", False)))
    assert defaults.correct and fp32.correct  # reference outputs are TF32-off either way
    assert defaults.ref_ms > 15 > 5 > fp32.ref_ms
    assert defaults.timings["ref"]["flags"] == ["highest", True] and fp32.timings["ref"]["flags"] == ["highest", False]
    # a reference timing is reused only under the same flags, and not where a fresh one is asked for
    assert not fp32.timings["ref"]["cached"]
    again = evaluator.evaluate(FLAG_SENSITIVE, honest, CONFIG)
    assert again.timings["ref"]["cached"] and again.ref_ms == defaults.ref_ms
    fresh = evaluator.evaluate(FLAG_SENSITIVE, honest, dataclasses.replace(CONFIG, fresh_reference=True))
    assert not fresh.timings["ref"]["cached"] and fresh.ref_ms > 15


def test_timings_wait_for_another_process_timing_on_the_same_device(evaluator, lock_holder):
    """Searches sharing a GPU take turns to time (compiles and checks still overlap)."""
    assert evaluator.evaluate(problem("pointwise"), candidate("honest_torch"), CONFIG).correct  # workers started
    gpus = visible_gpus()
    lock_holder(device_key(gpus[0] if gpus else None), 1.5)
    verdict = evaluator.evaluate(problem("pointwise"), candidate("honest_torch"), dataclasses.replace(CONFIG, fresh_reference=True))
    assert verdict.correct, verdict.reasons
    ref, new = verdict.timings["ref"], verdict.timings["new"]
    assert not ref["cached"] and ref["lock_wait_ms"] >= 1000  # the reference is timed first: it waited
    assert new["lock_wait_ms"] < 1000 and "lock" not in ref and "lock" not in new


# Honest, but its first calls are slowed as a GPU shared with another process's work slows them:
# three of every four of the first 32 (the checks and the whole first timing, whose 60 ms of
# repetitions at 3 ms a call take at most 20 calls) take 3 ms longer.
DISTURBED_AT_FIRST = """
import time
import torch
import torch.nn as nn

CALLS = [0]


class ModelNew(nn.Module):
    def forward(self, x, y):
        CALLS[0] += 1
        if CALLS[0] <= 32 and CALLS[0] % 4:
            time.sleep(0.003)
        return torch.relu(x) * y + 1.0
"""


def test_a_disturbed_timing_is_taken_again_and_the_lowest_median_kept(evaluator):
    # enough repetitions that any run of them holds a quick call and is mostly slow ones
    disturbed = dataclasses.replace(CONFIG, rep_ms=60)
    verdict = evaluator.evaluate(problem("pointwise"), DISTURBED_AT_FIRST, dataclasses.replace(disturbed, steady_spread=3.0))
    assert verdict.correct, verdict.reasons
    new = verdict.timings["new"]
    first, *later = new["tries_ms"]
    assert first >= 3.0 and later and new["median_ms"] == min(later) < 1.0
    assert verdict.new_ms == new["median_ms"]
    # one try only where the setting is off (the default on the CPU), and the slow median stands
    plain = evaluator.evaluate(problem("pointwise"), DISTURBED_AT_FIRST, disturbed)
    assert "tries_ms" not in plain.timings["new"] and plain.timings["new"]["median_ms"] >= 3.0
    assert plain.timings["new"]["spread"] > 3.0


def test_reference_flags_are_checked():
    with pytest.raises(ValueError, match="reference_flags .*matmul precision, cudnn TF32"):
        EvalConfig(reference_flags=("fast", True))
    assert EvalConfig(reference_flags=["high", False]).reference_flags == ("high", False)  # read back from JSON


def test_reduced_precision_passes_only_under_the_papers_protocol(evaluator):
    linear, bf16 = problem("linear"), candidate("cheat_bf16")
    paper = EvalConfig(tolerance=tolerance_for("bf16"), warmup_ms=2, rep_ms=10)
    assert paper.tolerance.atol == paper.tolerance.rtol == 1e-2
    verdict = evaluator.evaluate(linear, bf16, paper)
    assert verdict.correct, verdict.reasons
    assert 1e-4 < verdict.diffs[0].rel_l2 < 1e-2  # really reduced precision, within the protocol


def test_submit_returns_futures_and_correctness_only_skips_timing(evaluator):
    config = EvalConfig(timing=False, n_input_sets=2)
    futures = [evaluator.submit(problem("pointwise"), candidate(n), config) for n in ("honest_torch", "cheat_address_cache")]
    honest, cheat = (f.result(timeout=300) for f in futures)
    assert honest.correct and honest.ref_ms is None and honest.new_ms is None
    assert not cheat.correct and cheat.stage == "correctness"


def test_candidate_without_modelnew_is_a_load_failure(evaluator):
    verdict = evaluator.evaluate(problem("pointwise"), "import torch\n", CONFIG)
    assert verdict.stage == "load" and "defines no class ModelNew" in verdict.reasons[0]


def test_a_problem_whose_reference_fails_is_bad_input(evaluator):
    broken = Problem(
        "broken",
        "import torch\nimport torch.nn as nn\n\nclass Model(nn.Module):\n    def forward(self, x):\n"
        "        raise ValueError('reference is broken')\n\ndef get_inputs():\n    return [torch.randn(4)]\n",
    )
    with pytest.raises(ProblemError, match="reference failed to run: ValueError: reference is broken"):
        evaluator.evaluate(broken, candidate("honest_torch"), CONFIG)


def test_a_prepared_problem_starts_its_first_evaluation_with_workers_and_reference_ready():
    """A search prepares its problem while its agent reads it: the first evaluation then finds the
    workers started and the reference timed; a problem that cannot run is still reported by the
    evaluation, not by the preparation."""
    broken = Problem("broken_prepared", "import torch\nimport torch.nn as nn\n\nclass Model(nn.Module):\n"
                     "    def forward(self, x):\n        raise ValueError('reference is broken')\n\n"
                     "def get_inputs():\n    return [torch.randn(4)]\n")
    with Evaluator() as pool:
        futures = pool.prepare(problem("pointwise"), CONFIG)
        assert len(futures) == 1 and [f.result(timeout=120) for f in futures] == [None]
        verdict = pool.evaluate(problem("pointwise"), candidate("honest_torch"), CONFIG)
        assert verdict.correct and verdict.timings["ref"]["cached"]
        for future in pool.prepare(broken, CONFIG):
            assert future.result(timeout=120) is None
        with pytest.raises(ProblemError, match="reference failed to run: ValueError: reference is broken"):
            pool.evaluate(broken, candidate("honest_torch"), CONFIG)
    with Evaluator() as unprepared:
        assert not unprepared.evaluate(problem("pointwise"), candidate("honest_torch"), CONFIG).timings["ref"]["cached"]


def test_slots_on_one_device_overlap_their_evaluations():
    """``Evaluator(per_device=2)``: two candidates load at once (a compile of one no longer waits
    for the other's), while their timings take turns (the lock above)."""
    slow = "import time\ntime.sleep(3)\n" + candidate("honest_torch")
    with Evaluator(per_device=2) as pool:
        assert len(pool._slots) == 2 * max(1, len(visible_gpus()))
        warm = [pool.submit(problem("pointwise"), candidate("honest_torch"), CONFIG) for _ in range(2)]
        assert all(f.result().correct for f in warm)  # both slots' workers started
        started = time.perf_counter()
        verdicts = [f.result() for f in [pool.submit(problem("pointwise"), slow, CONFIG) for _ in range(2)]]
        elapsed = time.perf_counter() - started
    assert all(v.correct for v in verdicts), [v.reasons for v in verdicts]
    assert elapsed < 5.5  # one after the other: 6 s of imports alone
    with pytest.raises(ValueError, match="per_device"):
        Evaluator(per_device=0)
