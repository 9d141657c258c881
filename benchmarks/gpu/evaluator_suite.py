"""The evaluator's adversarial suite on a GPU, its overhead per candidate, and its timing against
triton's own do_bench.

    python benchmarks/gpu/evaluator_suite.py [--no-pytest] [--repeats N] [--device cpu]

Prints a table of every case (honest ones must pass, cheats must be rejected at the expected stage
for the expected reason), the evaluator's overhead (worker start, a candidate without timing, a
candidate with the default do_bench timing), and for the honest candidates the evaluator's figures
next to ``triton.testing.do_bench`` medians of the same host-inclusive call. Writes everything to
``$OUT/evaluator_suite.json`` when ``OUT`` is set. Exit 1 when a case went the wrong way.
"""

from __future__ import annotations

import argparse
import json
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

CHEAT_DIR = REPO / "tests" / "cheats"
DEVICE = "cuda"  # --device cpu: a dry run of this script under the Triton interpreter


def problem(name: str):
    return load_problem_file(CHEAT_DIR / f"problem_{name}.py")


def source(name: str) -> str:
    return (CHEAT_DIR / f"{name}.py").read_text()


def run_case(evaluator, name, prob, stages, reason, config, label=None):
    verdict = evaluator.evaluate(problem(prob), source(name), config)
    if stages:
        ok = not verdict.correct and verdict.stage in stages and any(reason in r for r in verdict.reasons)
    else:
        ok = verdict.correct
    return {
        "case": label or name,
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


def suite(evaluator) -> list[dict]:
    default = EvalConfig(device=DEVICE)
    gpu = DEVICE == "cuda"
    rows = [run_case(evaluator, n, p, set(), "", default) for n, p in HONEST + (GPU_HONEST if gpu else [])]
    rows += [run_case(evaluator, *case, default) for case in CHEATS + (GPU_CHEATS if gpu else [])]
    quick = EvalConfig(device=DEVICE, compile_timeout_s=5, run_timeout_s=5)
    rows.append(run_case(evaluator, "cheat_hang", "pointwise", {"timeout"}, "did not finish", quick))
    paper = EvalConfig(device=DEVICE, tolerance=tolerance_for("bf16"))
    rows.append(run_case(evaluator, "cheat_bf16", "linear", set(), "", paper, "cheat_bf16 @ paper protocol (bf16)"))
    if gpu:
        tf32 = EvalConfig(device=DEVICE, tolerance=tolerance_for("tf32"))
        rows.append(run_case(evaluator, "gpu_tf32", "linear", set(), "", tf32, "gpu_tf32 @ precision=tf32"))
    return rows


def overhead(evaluator_factory, repeats: int) -> dict:
    """Seconds: starting the workers, a candidate checked without timing, one with timing."""
    prob, honest = problem("pointwise"), source("honest_triton")
    no_timing, timed = EvalConfig(device=DEVICE, timing=False), EvalConfig(device=DEVICE)
    started = time.perf_counter()
    with evaluator_factory() as evaluator:
        first = evaluator.evaluate(prob, honest, no_timing)
        first_s = time.perf_counter() - started
        checks = [evaluator.evaluate(prob, honest, no_timing).eval_s for _ in range(repeats)]
        evaluator.evaluate(prob, honest, timed)  # times the reference once (cached per problem after)
        timings = [evaluator.evaluate(prob, honest, timed) for _ in range(repeats)]
    check_s = statistics.median(checks)
    return {
        "first_candidate_s (worker start + reference draw + triton compile)": round(first_s, 3),
        "worker_start_s (first minus steady check)": round(first_s - check_s, 3),
        "check_only_s (load, 3 input sets, recheck; median)": round(check_s, 4),
        "check_and_time_s (do_bench 25/100 ms, probe; median)": round(statistics.median(v.eval_s for v in timings), 4),
        "candidate_timing_wall_s (median)": round(statistics.median(v.timings["new"]["wall_ms"] for v in timings) / 1e3, 4),
        "first_correct": first.correct,
    }


def do_bench_agreement() -> list[dict]:
    """The evaluator's timing protocol next to triton.testing.do_bench on the same call."""
    import triton.testing

    rows = []
    with Evaluator(workers=1) as evaluator:
        for name, prob in HONEST + GPU_HONEST:
            p = problem(prob)
            verdict = evaluator.evaluate(p, source(name), EvalConfig(device=DEVICE))
            module = load_source_module(p.source, prefix="bench_problem")
            ref = build_reference(module, 0, DEVICE)
            cand = build_candidate(load_source_module(source(name), prefix="bench_cand"), module, ref, 0, DEVICE)
            inputs = seeded_inputs(module, 1, DEVICE)

            def host_inclusive(model):
                def call():
                    with torch.no_grad():
                        model(*inputs)
                    torch.cuda.synchronize()

                return call

            rows.append({
                "case": name,
                "evaluator_ref_ms": verdict.ref_ms,
                "do_bench_ref_ms": triton.testing.do_bench(host_inclusive(ref), return_mode="median"),
                "evaluator_new_ms": verdict.new_ms,
                "do_bench_new_ms": triton.testing.do_bench(host_inclusive(cand), return_mode="median"),
            })
    return rows


def run_pytest() -> dict:
    env = dict(os.environ, PIKE_TEST_GPU="1")
    env.pop("TRITON_INTERPRET", None)
    tests = ["tests/test_evaluate.py", "tests/test_evaluate_gpu.py", "tests/test_evaluate_units.py"]
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "pytest", *tests, "-q", "-p", "no:cacheprovider"],
                            cwd=REPO, env=env, capture_output=True, text=True)
    tail = (result.stdout + result.stderr).strip().splitlines()
    return {"returncode": result.returncode, "summary": tail[-1] if tail else "", "s": round(time.perf_counter() - started, 1),
            "failures": [line for line in tail if line.startswith("FAILED")]}


def fmt(value) -> str:
    if value is None:
        return "-"
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pytest", action="store_true", help="skip running the test files with PIKE_TEST_GPU=1")
    parser.add_argument("--repeats", type=int, default=10, help="candidates per overhead figure")
    parser.add_argument("--device", choices=("cuda", "cpu"), default="cuda", help="cpu: a dry run under the interpreter")
    args = parser.parse_args()
    global DEVICE
    DEVICE = args.device
    if DEVICE == "cpu":
        os.environ["TRITON_INTERPRET"] = "1"  # before any kernel is defined: workers inherit it
    elif not torch.cuda.is_available() or os.environ.get("TRITON_INTERPRET", "0") not in ("", "0"):
        print("needs a CUDA GPU and TRITON_INTERPRET unset (or --device cpu for a dry run)", file=sys.stderr)
        return 2

    with Evaluator(workers=1) as evaluator:
        rows = suite(evaluator)
    costs = overhead(lambda: Evaluator(workers=1), args.repeats)
    agreement = do_bench_agreement() if DEVICE == "cuda" else []
    tests = None if args.no_pytest or DEVICE != "cuda" else run_pytest()

    print(f"\nevaluator suite on {environment()['gpu'] if DEVICE == 'cuda' else 'cpu'} (torch {torch.__version__})")
    print(f"{'case':42s} {'expected':26s} {'got':12s} {'ok':3s} {'ref_ms':>8s} {'new_ms':>8s} {'eval_s':>7s}  first reason")
    for r in rows:
        got = "pass" if r["correct"] else r["stage"]
        print(f"{r['case']:42s} {r['expected']:26s} {got:12s} {'yes' if r['ok'] else 'NO':3s} "
              f"{fmt(r['ref_ms']):>8s} {fmt(r['new_ms']):>8s} {r['eval_s']:7.2f}  {r['reason'][:70]}")
    print("\noverhead per candidate (seconds)")
    for key, value in costs.items():
        print(f"  {key:70s} {value}")
    print("\ntiming: evaluator protocol vs triton.testing.do_bench (host-inclusive call, median ms)")
    print(f"{'case':26s} {'eval ref':>9s} {'do_bench ref':>12s} {'eval new':>9s} {'do_bench new':>12s}")
    for a in agreement:
        print(f"{a['case']:26s} {fmt(a['evaluator_ref_ms']):>9s} {fmt(a['do_bench_ref_ms']):>12s} "
              f"{fmt(a['evaluator_new_ms']):>9s} {fmt(a['do_bench_new_ms']):>12s}")
    if tests is not None:
        print(f"\npytest (PIKE_TEST_GPU=1): {tests['summary']} in {tests['s']} s")
        for line in tests["failures"]:
            print("  " + line)

    wrong = [r["case"] for r in rows if not r["ok"]]
    print(f"\n{len(rows) - len(wrong)}/{len(rows)} cases went the expected way" + (f"; WRONG: {', '.join(wrong)}" if wrong else ""))
    if os.environ.get("OUT"):
        out = Path(os.environ["OUT"]) / "evaluator_suite.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({"environment": environment(), "torch": torch.__version__, "cases": rows,
                                   "overhead": costs, "do_bench_agreement": agreement, "pytest": tests}, indent=2))
        print(f"wrote {out}")
    return 1 if wrong or (tests is not None and tests["returncode"] != 0) else 0


if __name__ == "__main__":
    sys.exit(main())
