"""``pike verify PROBLEM.py CANDIDATE.py``: the evaluator's verdict on one candidate.

Exit 0 accepted, 1 rejected, 2 bad input. ``--json`` prints the verdict as one JSON object on the
last line of stdout (at least ``correct``, ``reasons``, ``ref_ms``, ``new_ms``).
"""

from __future__ import annotations

import argparse
import json

from ..options import PRECISIONS, PikeOptions
from ..problem import load_problem_file, read_solution_file
from .config import EvalConfig
from .pool import Evaluator
from .verdict import Verdict

ERROR_LINES = 40  # of the candidate's error text, in the human-readable report


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="verify and time a candidate solution against a problem",
        description="Check CANDIDATE.py (defining ModelNew) against PROBLEM.py (KernelBench format) on several "
        "fresh input sets in a worker process, then time both. Exit 0 accepted, 1 rejected, 2 bad input.",
    )
    parser.add_argument("problem", help="problem file: class Model, get_inputs(), get_init_inputs()")
    parser.add_argument("candidate", help="solution file: class ModelNew")
    parser.add_argument("--precision", choices=PRECISIONS, help="tolerance level (default: PIKE_PRECISION or auto)")
    parser.add_argument("--atol", type=float, help="absolute tolerance (overrides the precision's)")
    parser.add_argument("--rtol", type=float, help="relative tolerance (overrides the precision's)")
    parser.add_argument("--input-sets", type=int, default=3, help="fresh input sets to check (default 3)")
    parser.add_argument("--no-timing", action="store_true", help="check correctness only")
    parser.add_argument("--device", choices=("cuda", "cpu"), help="default: cuda if available")
    parser.add_argument("--json", action="store_true", help="print the verdict as JSON on the last line")
    parser.set_defaults(func=run)


def _report(verdict: Verdict) -> str:
    if verdict.correct:
        lines = ["ACCEPTED"]
        if verdict.ref_ms is not None and verdict.new_ms is not None:
            note = "" if verdict.timing_meaningful else "  (CPU / Triton interpreter: timing not meaningful)"
            lines.append(f"reference {verdict.ref_ms:.4g} ms, candidate {verdict.new_ms:.4g} ms, "
                         f"speedup {verdict.speedup:.3g}x{note}")
        return "\n".join(lines)
    lines = [f"REJECTED at stage {verdict.stage}"] + [f"  - {reason}" for reason in verdict.reasons]
    if verdict.error:
        lines += ["", *verdict.error.splitlines()[-ERROR_LINES:]]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    problem = load_problem_file(args.problem)
    source = read_solution_file(args.candidate)
    overrides = {"precision": args.precision, "atol": args.atol, "rtol": args.rtol}
    options = PikeOptions.from_sources({k: v for k, v in overrides.items() if v is not None})
    config = EvalConfig.from_options(
        options, n_input_sets=args.input_sets, timing=not args.no_timing, device=args.device
    )
    with Evaluator(workers=1) as evaluator:
        verdict = evaluator.evaluate(problem, source, config)
    if args.json:
        data = verdict.to_json()
        data["tolerance"] = config.tolerance.label
        print(json.dumps(data))
    else:
        print(_report(verdict))
    return 0 if verdict.correct else 1
