"""A real PIKE-B search on the GPU with the ``replay`` agent: hand-made replies (Triton kernels in
many launch configurations, some broken on purpose with their EFA fixes) are served as if an LLM
wrote them, and the evaluator pool verifies and times every candidate on the GPU. This shows the
search and the pool at full speed with no LLM cost: evaluations per minute and how busy the pool was.

    python benchmarks/gpu/search_replay.py [--budget 40] [--strategy pike-b] [--work DIR]

A table goes to stdout; JSON to ``$OUT/search_replay.json`` when ``$OUT`` is set (the run folders
under ``$OUT/runs`` too, for ``pike report``).
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

PROBLEMS = {
    "affine_relu_scale": """\
import torch
import torch.nn as nn


class Model(nn.Module):
    def forward(self, x):
        return torch.relu(x * 2.0 + 1.0) * 0.5


def get_inputs():
    return [torch.randn(8192, 8192, device="cuda")]


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
    return [torch.randn(8192, 2048, device="cuda")]


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


def run_problem(name: str, source: str, budget: int, strategy: str, work: Path, evaluator) -> dict:
    from pike_backend.options import PikeOptions
    from pike_backend.problem import Problem
    from pike_backend.search import SearchConfig, optimize

    make = pointwise_replies if "relu" in name else softmax_replies
    coa, efa = make(budget)
    replay_dir = work / "replies" / name
    write_replay_dir(replay_dir, coa, efa)
    options = PikeOptions.from_sources({
        "agent": "replay", "replay_dir": str(replay_dir), "strategy": strategy, "budget": budget,
        "precision": "strict", "cache_dir": str(work / "cache"),
    }, environ={})
    start = time.monotonic()
    result = optimize(Problem(name, source), options, run_dir=work / "runs" / name, evaluator=evaluator,
                      progress=False, config=SearchConfig())
    wall = time.monotonic() - start
    eval_s = []
    for path in sorted((work / "runs" / name / "attempts").glob("*/verdict.json")):
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
        "wall_s": round(wall, 2),
        "evals_per_min": round(result.evaluations / (wall / 60.0), 1) if wall > 0 else None,
        "eval_s_total": round(sum(eval_s), 2),
        "eval_s_mean": round(sum(eval_s) / len(eval_s), 3) if eval_s else None,
        "run_dir": str(result.run_dir),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=int, default=40)
    parser.add_argument("--strategy", default="pike-b", choices=("pike-b", "pike-o"))
    parser.add_argument("--work", help="folder for replies, runs and cache (default: $OUT or a temp dir)")
    args = parser.parse_args()

    import torch

    if not torch.cuda.is_available():
        print("search_replay: needs a CUDA GPU", file=sys.stderr)
        return 2
    from pike_backend.env import environment
    from pike_backend.evaluate import Evaluator

    out = os.environ.get("OUT")
    work = Path(args.work or out or tempfile.mkdtemp(prefix="pike-replay-"))
    env = environment()
    rows = []
    start = time.monotonic()
    with Evaluator() as evaluator:  # one worker per visible GPU
        workers = torch.cuda.device_count()  # Evaluator() runs one worker per visible GPU
        for name, source in PROBLEMS.items():
            rows.append(run_problem(name, source, args.budget, args.strategy, work, evaluator))
            print(f"done {name}: {rows[-1]['evaluations']} evaluations in {rows[-1]['wall_s']} s", flush=True)
    total_wall = time.monotonic() - start
    total_evals = sum(r["evaluations"] for r in rows)
    busy = sum(r["eval_s_total"] for r in rows) / (total_wall * workers) if total_wall else 0.0
    summary = {
        "gpu": env["gpu"], "torch": env["torch"], "triton": env["triton"], "gpus": torch.cuda.device_count(),
        "workers": workers, "total_evaluations": total_evals, "total_wall_s": round(total_wall, 2),
        "evals_per_min": round(total_evals / (total_wall / 60.0), 1), "pool_busy_fraction": round(busy, 3),
    }
    print(f"\n{'problem':20s} {'attempts':>8s} {'evals':>6s} {'valid':>6s} {'fixes ok':>9s} {'best':>7s} "
          f"{'ref ms':>8s} {'best ms':>8s} {'wall s':>7s} {'eval/min':>9s} {'eval s':>7s}")
    for r in rows:
        print(f"{r['problem']:20s} {r['attempts']:8d} {r['evaluations']:6d} {r['valid']:6d} "
              f"{r['fixes_worked']:>4d}/{r['fixes']:<4d} {r['best_speedup']:6.2f}x {r['ref_ms'] or 0:8.4f} "
              f"{r['best_ms'] or 0:8.4f} {r['wall_s']:7.1f} {r['evals_per_min'] or 0:9.1f} {r['eval_s_mean'] or 0:7.3f}")
    print(f"\n{summary['gpu']} x{summary['gpus']} ({summary['workers']} eval workers), torch {summary['torch']}, "
          f"triton {summary['triton']}: {total_evals} evaluations in {summary['total_wall_s']} s = "
          f"{summary['evals_per_min']} evaluations/min, pool busy {busy:.0%}")
    if out:
        Path(out, "search_replay.json").write_text(json.dumps({"summary": summary, "problems": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
