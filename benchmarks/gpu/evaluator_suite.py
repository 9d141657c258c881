"""The evaluator's adversarial suite on a GPU, its overhead per candidate, and its timing against
triton's own do_bench.

    python benchmarks/gpu/evaluator_suite.py [--quick] [--max-time S] [--no-pytest] [--repeats N] [--device cpu]

Prints each result as it is measured: the overhead per candidate (worker start, a candidate without
timing, a candidate with the default do_bench timing), every case (honest ones must pass, cheats
must be rejected at the expected stage for the expected reason), and for the honest candidates the
evaluator's figures next to ``triton.testing.do_bench`` medians of the same host-inclusive call.
One Evaluator serves everything, so its workers start once (a cheat that crashes or tampers still
costs a worker restart). ``--quick`` (under 2 minutes on an H100) runs two honest candidates, a
handful of cheats including the two GPU-only ones (side-stream work, a CUDA-graph replay of a
captured result) and the overhead figures, without pytest. ``$OUT/evaluator_suite.json`` is
rewritten after every result, so a run killed at its limit keeps what it measured. Exit 1 when a
case went the wrong way.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

import torch  # noqa: E402

from cheats.cases import CHEATS, GPU_CHEATS, GPU_HONEST, HONEST  # noqa: E402
from pike_backend.env import environment  # noqa: E402
from pike_backend.evaluate import EvalConfig, Evaluator  # noqa: E402
from pike_backend.options import tolerance_for  # noqa: E402
from pike_backend.problem import build_candidate, build_reference, load_problem_file, load_source_module, seeded_inputs  # noqa: E402
from recorder import Recorder, add_max_time  # noqa: E402

CHEAT_DIR = REPO / "tests" / "cheats"
DEVICE = "cuda"  # --device cpu: a dry run of this script under the Triton interpreter

# --quick: cheats that need no worker restart except one integrity case, and the two GPU-only
# cheats the CPU tests cannot cover
QUICK_HONEST = {"cuda": ("honest_triton", "gpu_honest_cuda_graph"), "cpu": ("honest_triton", "honest_torch")}
QUICK_CHEATS = ("cheat_zeros_tiny", "cheat_mutate_input", "cheat_address_cache", "cheat_timed_stale",
                "cheat_patch_allclose", "gpu_side_stream", "gpu_graph_stale")


def problem(name: str):
    return load_problem_file(CHEAT_DIR / f"problem_{name}.py")


def source(name: str) -> str:
    return (CHEAT_DIR / f"{name}.py").read_text()


def planned_cases(quick: bool) -> list[tuple]:
    """(label, candidate, problem, stages it must be rejected at (empty: must pass), reason, config)."""
    gpu = DEVICE == "cuda"
    default = EvalConfig(device=DEVICE)
    honest = HONEST + (GPU_HONEST if gpu else [])
    cheats = CHEATS + (GPU_CHEATS if gpu else [])
    if quick:
        honest = [case for case in honest if case[0] in QUICK_HONEST[DEVICE]]
        cheats = [case for case in cheats if case[0] in QUICK_CHEATS]
    cases = [(name, name, prob, set(), "", default) for name, prob in honest]
    cases += [(name, name, prob, stages, reason, default) for name, prob, stages, reason in cheats]
    if quick:
        return cases
    hang = EvalConfig(device=DEVICE, compile_timeout_s=5, run_timeout_s=5)
    cases.append(("cheat_hang", "cheat_hang", "pointwise", {"timeout"}, "did not finish", hang))
    paper = EvalConfig(device=DEVICE, tolerance=tolerance_for("bf16"))
    cases.append(("cheat_bf16 @ paper protocol (bf16)", "cheat_bf16", "linear", set(), "", paper))
    if gpu:
        tf32 = EvalConfig(device=DEVICE, tolerance=tolerance_for("tf32"))
        cases.append(("gpu_tf32 @ precision=tf32", "gpu_tf32", "linear", set(), "", tf32))
    return cases


def run_case(evaluator, label, name, prob, stages, reason, config) -> dict:
    verdict = evaluator.evaluate(problem(prob), source(name), config)
    if stages:
        ok = not verdict.correct and verdict.stage in stages and any(reason in r for r in verdict.reasons)
    else:
        ok = verdict.correct
    return {
        "case": label,
        "candidate": name,
        "problem": prob,
        "expected": "reject:" + "/".join(sorted(stages)) if stages else "pass",
        "correct": verdict.correct,
        "stage": verdict.stage,
        "ok": ok,
        "ref_ms": verdict.ref_ms,
        "new_ms": verdict.new_ms,
        "speedup": verdict.speedup,
        "eval_s": round(verdict.eval_s, 3),
        "reason": verdict.reasons[0] if verdict.reasons else "",
    }


def case_line(r: dict) -> str:
    got = "pass" if r["correct"] else r["stage"]
    return (f"{r['case']:42s} {r['expected']:26s} {got:12s} {'yes' if r['ok'] else 'NO':3s} "
            f"{fmt(r['ref_ms']):>8s} {fmt(r['new_ms']):>8s} {r['eval_s']:7.2f}  {r['reason'][:70]}")


def overhead(evaluator, repeats: int, rec: Recorder) -> None:
    """Seconds: starting the workers, a candidate checked without timing, one with timing. Runs
    first, on the fresh evaluator, so that its first candidate includes the worker start."""
    prob, honest = problem("pointwise"), source("honest_triton")
    no_timing, timed = EvalConfig(device=DEVICE, timing=False), EvalConfig(device=DEVICE)

    def figure(key: str, value) -> None:
        rec.add("overhead", {"figure": key, "value": value}, f"  {key:72s} {value}")

    started = time.perf_counter()
    first = evaluator.evaluate(prob, honest, no_timing)
    first_s = time.perf_counter() - started
    figure("first_candidate_s (worker start + reference draw + triton compile)", round(first_s, 3))
    figure("first_correct", first.correct)
    checks = [evaluator.evaluate(prob, honest, no_timing).eval_s for _ in range(repeats)]
    check_s = statistics.median(checks)
    figure("worker_start_s (first minus steady check)", round(first_s - check_s, 3))
    figure("check_only_s (load, 3 input sets, recheck; median)", round(check_s, 4))
    started = time.perf_counter()
    evaluator.evaluate(prob, honest, timed)
    figure("first_timed_s (also times the reference, once per problem)", round(time.perf_counter() - started, 3))
    timings = [evaluator.evaluate(prob, honest, timed) for _ in range(repeats)]
    figure("check_and_time_s (do_bench 25/100 ms, probe; median)", round(statistics.median(v.eval_s for v in timings), 4))
    walls = [v.timings["new"]["wall_ms"] for v in timings if v.timings]
    if walls:
        figure("candidate_timing_wall_s (median)", round(statistics.median(walls) / 1e3, 4))


def do_bench_row(row: dict) -> dict:
    """The evaluator's figures for an honest case next to triton.testing.do_bench of the same
    host-inclusive call, built here (honest candidates only: this process is not a verdict)."""
    import triton.testing

    p = problem(row["problem"])
    module = load_source_module(p.source, prefix="bench_problem")
    ref = build_reference(module, 0, DEVICE)
    cand = build_candidate(load_source_module(source(row["candidate"]), prefix="bench_cand"), module, ref, 0, DEVICE)
    inputs = seeded_inputs(module, 1, DEVICE)

    def host_inclusive(model):
        def call():
            with torch.no_grad():
                model(*inputs)
            torch.cuda.synchronize()

        return call

    return {
        "case": row["case"],
        "evaluator_ref_ms": row["ref_ms"],
        "do_bench_ref_ms": triton.testing.do_bench(host_inclusive(ref), return_mode="median"),
        "evaluator_new_ms": row["new_ms"],
        "do_bench_new_ms": triton.testing.do_bench(host_inclusive(cand), return_mode="median"),
    }


def agreement_line(a: dict) -> str:
    return (f"{a['case']:26s} {fmt(a['evaluator_ref_ms']):>9s} {fmt(a['do_bench_ref_ms']):>12s} "
            f"{fmt(a['evaluator_new_ms']):>9s} {fmt(a['do_bench_new_ms']):>12s}")


def run_pytest(timeout_s: float) -> dict:
    env = dict(os.environ, PIKE_TEST_GPU="1")
    env.pop("TRITON_INTERPRET", None)
    tests = ["tests/test_evaluate.py", "tests/test_evaluate_gpu.py", "tests/test_evaluate_units.py"]
    started = time.perf_counter()
    try:
        result = subprocess.run([sys.executable, "-m", "pytest", *tests, "-q", "-p", "no:cacheprovider"],
                                cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout_s)
        code, text = result.returncode, result.stdout + result.stderr
    except subprocess.TimeoutExpired as expired:
        code, text = 124, f"{expired.stdout or ''}\nkilled after {timeout_s:.0f} s (--max-time)"
    tail = text.strip().splitlines()
    return {"returncode": code, "summary": tail[-1] if tail else "", "s": round(time.perf_counter() - started, 1),
            "failures": [line for line in tail if line.startswith("FAILED")]}


def fmt(value) -> str:
    if value is None:
        return "-"
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the essentials in under 2 minutes on an H100 (no pytest)")
    parser.add_argument("--no-pytest", action="store_true", help="skip running the test files with PIKE_TEST_GPU=1")
    parser.add_argument("--repeats", type=int, help="candidates per overhead figure (default 10, 3 with --quick)")
    parser.add_argument("--device", choices=("cuda", "cpu"), default="cuda", help="cpu: a dry run under the interpreter")
    add_max_time(parser)
    args = parser.parse_args()
    global DEVICE
    DEVICE = args.device
    if DEVICE == "cpu":
        os.environ["TRITON_INTERPRET"] = "1"  # before any kernel is defined: workers inherit it
    elif not torch.cuda.is_available() or os.environ.get("TRITON_INTERPRET", "0") not in ("", "0"):
        print("needs a CUDA GPU and TRITON_INTERPRET unset (or --device cpu for a dry run)", file=sys.stderr)
        return 2
    repeats = args.repeats or (3 if args.quick else 10)
    env = environment()
    rec = Recorder("evaluator_suite", args.max_time,
                   {"environment": env, "torch": torch.__version__, "quick": args.quick, "device": DEVICE})
    print(f"evaluator suite on {env['gpu']} (torch {torch.__version__}){' --quick' if args.quick else ''}", flush=True)

    cases = planned_cases(args.quick)
    rows: list[dict] = []
    with Evaluator(workers=1) as evaluator:
        print("\noverhead per candidate (seconds)", flush=True)
        overhead(evaluator, repeats, rec)
        print(f"\n{'case':42s} {'expected':26s} {'got':12s} {'ok':3s} {'ref_ms':>8s} {'new_ms':>8s} {'eval_s':>7s}  first reason",
              flush=True)
        for label, *case in cases:
            if rec.expired():
                rec.skip(label)
                continue
            rows.append(run_case(evaluator, label, *case))
            rec.add("cases", rows[-1], case_line(rows[-1]))

    if DEVICE == "cuda":
        print("\ntiming: evaluator protocol vs triton.testing.do_bench (host-inclusive call, median ms)", flush=True)
        print(f"{'case':26s} {'eval ref':>9s} {'do_bench ref':>12s} {'eval new':>9s} {'do_bench new':>12s}", flush=True)
        for row in rows:
            if row["expected"] != "pass" or not row["correct"] or row["new_ms"] is None:
                continue
            if rec.expired():
                rec.skip(f"do_bench {row['case']}")
                continue
            agreement = do_bench_row(row)
            rec.add("do_bench_agreement", agreement, agreement_line(agreement))

    tests = None
    if not (args.quick or args.no_pytest or DEVICE != "cuda"):
        if rec.expired(30.0):
            rec.skip("pytest")
        else:
            tests = run_pytest(rec.left())
            rec.put("pytest", tests)
            print(f"\npytest (PIKE_TEST_GPU=1): {tests['summary']} in {tests['s']} s", flush=True)
            for line in tests["failures"]:
                print("  " + line, flush=True)

    wrong = [r["case"] for r in rows if not r["ok"]]
    print(f"\n{len(rows) - len(wrong)}/{len(rows)} cases went the expected way" + (f"; WRONG: {', '.join(wrong)}" if wrong else "")
          + f" ({rec.elapsed():.0f} s)")
    rec.finish()
    return 1 if wrong or (tests is not None and tests["returncode"] != 0) else 0


if __name__ == "__main__":
    sys.exit(main())
