"""A real PIKE-B search on the GPU with the ``replay`` agent: hand-made replies (Triton kernels in
many launch configurations, some broken on purpose with their EFA fixes) are served as if an LLM
wrote them, and the evaluator pool verifies and times every candidate on the GPU. This shows the
search and the pool at full speed with no LLM cost: evaluations per minute and how busy the pool was.

    python benchmarks/gpu/search_replay.py [--quick] [--budget 40] [--rows N] [--max-time S]
                                           [--strategy pike-b] [--work DIR] [--device cpu]

Each problem's row is printed when its search ends (its attempts land in the run folder as they
happen), then a table. ``--quick`` (about a minute on an H100): one problem, budget 8, 2048 rows.
``--max-time``: no new problem starts after it, and each search gets what is left as its own
``max_time`` (it stops starting attempts). Every candidate's inputs and outputs travel between the
evaluator and its workers, so evaluations per minute fall with ``--rows`` (8192 rows: several
seconds per evaluation in transfers alone). JSON to ``$OUT/search_replay.json``, rewritten after
each problem (the run folders under ``$OUT/runs`` too, for ``pike report``). ``--device cpu`` is a
dry run of the script under the Triton interpreter (use a few rows).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from recorder import Recorder, add_max_time  # noqa: E402

# get_inputs takes {rows} and {device} from the command line (see problem_source)

PROBLEMS = {
    "affine_relu_scale": """\
import torch
import torch.nn as nn


class Model(nn.Module):
    def forward(self, x):
        return torch.relu(x * 2.0 + 1.0) * 0.5


def get_inputs():
    return [torch.randn({rows}, 4096, device="{device}")]


def get_init_inputs():
    return []
""",
    "scaled_softmax": """\
import torch
import torch.nn as nn


class Model(nn.Module):
    def forward(self, x):
        return torch.softmax(x * 0.125, dim=-1)


def get_inputs():
    return [torch.randn({rows}, 2048, device="{device}")]


def get_init_inputs():
    return []
""",
}

POINTWISE = """\
import torch
import torch.nn as nn
import triton
import triton.language as tl


@triton.jit
def affine_relu_kernel(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offsets = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offsets < n
    x = tl.load(x_ptr + offsets, mask=mask)
    y = tl.maximum(x * 2.0 + 1.0, {floor}) * 0.5
    tl.store(y_ptr + offsets, y, mask=mask)


class ModelNew(nn.Module):
    def forward(self, x):
        x = x.contiguous()
        y = torch.empty_like(x)
        n = x.numel()
        affine_relu_kernel[(triton.cdiv(n, {block}),)](x, y, n, BLOCK={block}, num_warps={warps})
        return y
"""

SOFTMAX = """\
import torch
import torch.nn as nn
import triton
import triton.language as tl


@triton.jit
def scaled_softmax_kernel(x_ptr, y_ptr, stride, n_cols, BLOCK: tl.constexpr):
    row = tl.program_id(0)
    offsets = tl.arange(0, BLOCK)
    mask = offsets < n_cols
    x = tl.load(x_ptr + row * stride + offsets, mask=mask, other=-float("inf")) * 0.125
    x = x - tl.max(x, axis=0)
    e = tl.exp(x)
    tl.store(y_ptr + row * stride + offsets, e / {denominator}, mask=mask)


class ModelNew(nn.Module):
    def forward(self, x):
        x = x.contiguous()
        y = torch.empty_like(x)
        rows, cols = x.shape
        scaled_softmax_kernel[(rows,)](x, y, x.stride(0), cols, BLOCK=triton.next_power_of_2(cols), num_warps={warps})
        return y
"""


def fenced(code: str) -> str:
    return f"Here is a faster version.\n\n```python\n{code}```\n"


def pointwise_replies(count: int) -> tuple[list[str], list[str]]:
    """COA replies over launch configurations; every 5th is wrong (clamps at 1, not 0) and has an
    EFA reply that fixes it."""
    configs = [(b, w) for b in (512, 1024, 2048, 4096, 8192) for w in (2, 4, 8, 16)]
    coa, efa = [], []
    for i in range(count):
        block, warps = configs[i % len(configs)]
        wrong = i % 5 == 4
        coa.append(fenced(POINTWISE.format(block=block, warps=warps, floor="1.0" if wrong else "0.0")))
        if wrong:
            efa.append(fenced(POINTWISE.format(block=block, warps=warps, floor="0.0")))
    return coa, efa


def softmax_replies(count: int) -> tuple[list[str], list[str]]:
    """Every 4th COA reply forgets to normalize (a correctness failure the EFA then fixes)."""
    coa, efa = [], []
    for i in range(count):
        warps = (1, 2, 4, 8, 16)[i % 5]
        wrong = i % 4 == 3
        coa.append(fenced(SOFTMAX.format(warps=warps, denominator="1.0" if wrong else "tl.sum(e, axis=0)")))
        if wrong:
            efa.append(fenced(SOFTMAX.format(warps=warps, denominator="tl.sum(e, axis=0)")))
    return coa, efa


IDEAS = json.dumps([
    {"title": "fuse everything into one Triton kernel", "kind": "fused-triton"},
    {"title": "tune BLOCK and num_warps", "kind": "fused-triton"},
    {"title": "vectorized loads", "kind": "fused-triton"},
    {"title": "one program per row", "kind": "fused-triton"},
])


def write_replay_dir(folder: Path, coa: list[str], efa: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [{"role": "iba", "reply": f"```json\n{IDEAS}\n```"}]
    lines += [{"role": "coa", "reply": r} for r in coa] + [{"role": "efa", "reply": r} for r in efa]
    (folder / "replies.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))


class ReportingEvaluator:
    """The evaluator as the search sees it (``submit`` -> Future[Verdict]), printing and recording
    each verdict the moment it arrives, so a run killed mid-search still shows its evaluations."""

    def __init__(self, evaluator, rec: Recorder):
        self.evaluator, self.rec, self.count = evaluator, rec, 0

    def submit(self, problem, source, config=None):
        future = self.evaluator.submit(problem, source, config)
        future.add_done_callback(lambda done: self._report(problem.name, done))
        return future

    def _report(self, name: str, future) -> None:
        if future.cancelled() or future.exception() is not None:
            return
        verdict = future.result()
        self.count += 1
        row = {"problem": name, "n": self.count, "t_s": round(self.rec.elapsed(), 2), "stage": verdict.stage,
               "correct": verdict.correct, "new_ms": verdict.new_ms, "speedup": verdict.speedup,
               "eval_s": round(verdict.eval_s, 3)}
        self.rec.add("evaluations", row, f"  eval {self.count:3d} at {row['t_s']:6.1f} s: {name} {verdict.stage:12s} "
                     f"new {'-' if verdict.new_ms is None else f'{verdict.new_ms:.4f}'} ms, {verdict.eval_s:.2f} s")


def fresh_dir(path: Path) -> Path:
    """``path``, or ``path-2``, ``path-3``, ... when an earlier run in the same --work holds it."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def problem_source(name: str, rows: int, device: str) -> str:
    return PROBLEMS[name].replace("{rows}", str(rows)).replace("{device}", device)


def run_problem(name: str, source: str, budget: int, strategy: str, work: Path, evaluator,
                max_time: float | None) -> dict:
    from pike_backend.options import PikeOptions
    from pike_backend.problem import Problem
    from pike_backend.search import SearchConfig, optimize

    make = pointwise_replies if "relu" in name else softmax_replies
    coa, efa = make(budget)
    replay_dir = work / "replies" / name
    write_replay_dir(replay_dir, coa, efa)
    settings = {
        "agent": "replay", "replay_dir": str(replay_dir), "strategy": strategy, "budget": budget,
        "precision": "strict", "cache_dir": str(work / "cache"),
    }
    if max_time is not None:
        settings["max_time"] = max_time
    options = PikeOptions.from_sources(settings, environ={})
    run_dir = fresh_dir(work / "runs" / name)
    start = time.monotonic()
    result = optimize(Problem(name, source), options, run_dir=run_dir, evaluator=evaluator,
                      progress=False, config=SearchConfig())
    wall = time.monotonic() - start
    eval_s = []
    for path in sorted((run_dir / "attempts").glob("*/verdict.json")):
        eval_s.append(json.loads(path.read_text()).get("eval_s", 0.0))
    return {
        "problem": name,
        "strategy": strategy,
        "attempts": result.attempts,
        "evaluations": result.evaluations,
        "valid": result.valid,
        "fixes": result.fixes,
        "fixes_worked": result.fixes_worked,
        "best_speedup": result.speedup,
        "ref_ms": result.ref_ms,
        "best_ms": result.best_ms,
        "stop_reason": result.stop_reason,
        "wall_s": round(wall, 2),
        "evals_per_min": round(result.evaluations / (wall / 60.0), 1) if wall > 0 else None,
        "eval_s_total": round(sum(eval_s), 2),
        "eval_s_mean": round(sum(eval_s) / len(eval_s), 3) if eval_s else None,
        "run_dir": str(result.run_dir),
    }


def row_line(r: dict) -> str:
    return (f"{r['problem']:20s} {r['attempts']:8d} {r['evaluations']:6d} {r['valid']:6d} "
            f"{r['fixes_worked']:>4d}/{r['fixes']:<4d} {r['best_speedup']:6.2f}x {r['ref_ms'] or 0:8.4f} "
            f"{r['best_ms'] or 0:8.4f} {r['wall_s']:7.1f} {r['evals_per_min'] or 0:9.1f} {r['eval_s_mean'] or 0:7.3f}")


HEADER = (f"{'problem':20s} {'attempts':>8s} {'evals':>6s} {'valid':>6s} {'fixes ok':>9s} {'best':>7s} "
          f"{'ref ms':>8s} {'best ms':>8s} {'wall s':>7s} {'eval/min':>9s} {'eval s':>7s}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one problem, budget 8, 2048 rows: about a minute on an H100")
    parser.add_argument("--budget", type=int, help="attempts per problem (default 40, 8 with --quick)")
    parser.add_argument("--rows", type=int, help="rows of each problem's input (default 4096, 2048 with --quick)")
    parser.add_argument("--problems", help="comma-separated subset of: " + ", ".join(PROBLEMS))
    parser.add_argument("--strategy", default="pike-b", choices=("pike-b", "pike-o"))
    parser.add_argument("--work", help="folder for replies, runs and cache (default: $OUT or a temp dir)")
    parser.add_argument("--device", choices=("cuda", "cpu"), default="cuda", help="cpu: a dry run under the interpreter")
    add_max_time(parser)
    args = parser.parse_args()
    budget = args.budget or (8 if args.quick else 40)
    rows_per_input = args.rows or (2048 if args.quick else 4096)
    names = (args.problems.split(",") if args.problems else list(PROBLEMS)[:1] if args.quick else list(PROBLEMS))
    unknown = [n for n in names if n not in PROBLEMS]
    if unknown:
        print(f"search_replay: unknown problem {unknown[0]!r}; choose from {', '.join(PROBLEMS)}", file=sys.stderr)
        return 2
    if args.device == "cpu":
        os.environ["TRITON_INTERPRET"] = "1"  # before any kernel is defined: workers inherit it

    import torch

    if args.device == "cuda" and not torch.cuda.is_available():
        print("search_replay: needs a CUDA GPU (or --device cpu for a dry run)", file=sys.stderr)
        return 2
    from pike_backend.env import environment
    from pike_backend.evaluate import Evaluator

    out = os.environ.get("OUT")
    work = Path(args.work or out or tempfile.mkdtemp(prefix="pike-replay-"))
    env = environment()
    gpus = torch.cuda.device_count() if args.device == "cuda" else 0
    rec = Recorder("search_replay", args.max_time, {
        "gpu": env["gpu"], "torch": env["torch"], "triton": env["triton"], "gpus": gpus, "budget": budget,
        "rows": rows_per_input, "strategy": args.strategy, "quick": args.quick})
    print(HEADER, flush=True)
    rows: list[dict] = []
    start = time.monotonic()
    with Evaluator() as pool:  # one worker per visible GPU
        evaluator = ReportingEvaluator(pool, rec)
        workers = max(1, gpus)
        for name in names:
            if rec.expired(5.0):  # a search needs its worker start and reference draw at least
                rec.skip(name)
                continue
            left = None if rec.max_time is None else rec.left()
            source = problem_source(name, rows_per_input, args.device)
            rows.append(run_problem(name, source, budget, args.strategy, work, evaluator, left))
            rec.add("problems", rows[-1], row_line(rows[-1]))
    total_wall = time.monotonic() - start
    total_evals = sum(r["evaluations"] for r in rows)
    busy = sum(r["eval_s_total"] for r in rows) / (total_wall * workers) if total_wall else 0.0
    summary = {
        "gpu": env["gpu"], "torch": env["torch"], "triton": env["triton"], "gpus": gpus,
        "workers": workers, "total_evaluations": total_evals, "total_wall_s": round(total_wall, 2),
        "evals_per_min": round(total_evals / (total_wall / 60.0), 1) if total_wall else None,
        "pool_busy_fraction": round(busy, 3),
    }
    rec.put("summary", summary)
    print(f"\n{HEADER}")
    for r in rows:
        print(row_line(r))
    print(f"\n{summary['gpu']} x{summary['gpus']} ({summary['workers']} eval workers), torch {summary['torch']}, "
          f"triton {summary['triton']}: {total_evals} evaluations in {summary['total_wall_s']} s = "
          f"{summary['evals_per_min']} evaluations/min (worker start included), pool busy {busy:.0%}")
    rec.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
