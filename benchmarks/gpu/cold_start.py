"""Cold start with a warm cache: pike (cache-only, from a shipped bundle) against inductor (warm
FX-graph / AOT / Triton caches), for the first call of a compiled model with 20+ subgraphs, each in
a fresh process.

    python benchmarks/gpu/cold_start.py [--quick] [--max-time S] [--blocks 24] [--repeats 3] [--budget 6]
                                        [--search-time 30] [--work DIR] [--phases warm,cold]

Phases: ``warm`` runs the model once per backend with its caches empty (pike: ``mode=search`` with
the offline agent, then ``pike cache export`` of the store into a bundle; inductor: a normal first
compile), ``cold`` starts fresh processes that find those caches warm (pike: ``mode=cache-only``,
an empty ``cache_dir`` and the bundle in ``kernels``, as a deployment ships it). The timed span is
``torch.compile(...)`` plus the first call, synchronized; the eager reference runs first in each
process so CUDA initialization is not counted for either backend. Every cold run checks its output
against eager. Each process's row is printed when it ends and ``$OUT/cold_start.json`` is rewritten
after it; a short table at the end. The work directory keeps the caches, so the phases can run as
separate commands (``--work``). ``--quick`` (60-90 s on an H100, estimated): 10 blocks (20+ subgraphs),
one search attempt and at most 6 s per subgraph, one cold run per backend, and the two warm-ups run at the same time (their
own figures then share the machine; the cold runs, the point of the script, run one at a time).
``--max-time``: no process starts after it, and a running one is stopped at it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from recorder import Recorder, add_max_time

REPO = Path(__file__).resolve().parents[2]
BACKENDS = ("pike", "inductor")
QUICK = {"blocks": 10, "repeats": 1, "budget": 1, "search_time": 6.0}
DEFAULTS = {"blocks": 24, "repeats": 3, "budget": 6, "search_time": 30.0}


class ChildFailed(RuntimeError):
    """A measured process failed or ran out of time; what ran before it is still reported."""


def build_model(blocks: int, dim: int, tokens: int, device: str):
    """A residual MLP stack: per block layer_norm, linear, gelu, linear, residual add; with pike's
    partition that is several subgraphs per block."""
    import torch
    from torch import nn

    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.norm = nn.LayerNorm(dim)
            self.up = nn.Linear(dim, 2 * dim)
            self.down = nn.Linear(2 * dim, dim)

        def forward(self, x):
            return x + self.down(torch.nn.functional.gelu(self.up(self.norm(x))))

    class Stack(nn.Module):
        def __init__(self):
            super().__init__()
            self.blocks = nn.ModuleList(Block() for _ in range(blocks))
            self.head = nn.LayerNorm(dim)

        def forward(self, x):
            for block in self.blocks:
                x = block(x)
            return torch.softmax(self.head(x), dim=-1)

    torch.manual_seed(0)
    model = Stack().to(device).eval()
    x = torch.randn(tokens, dim, device=device)
    return model, x


def child(args) -> None:
    """One fresh process: eager reference, then torch.compile + first call timed, then a check."""
    started = time.perf_counter()
    import torch

    sys.path.insert(0, str(REPO))
    model, x = build_model(args.blocks, args.dim, args.tokens, args.device)
    sync = torch.cuda.synchronize if args.device == "cuda" else (lambda: None)
    with torch.no_grad():
        expected = model(x)
        sync()
        ready = time.perf_counter()
        begin = time.perf_counter()  # pike's own import is part of its start, as inductor's is
        if args.child == "pike":
            from pike_backend.backend import compile_events, pike

            mode = "search" if args.phase == "warm" else "cache-only"
            options = {"mode": mode, "granularity": "subgraph"}  # a model of 20+ subgraphs
            if mode == "search":
                options.update(budget=args.budget, max_time=args.search_time)
            compiled = torch.compile(model, backend=pike, options=options, dynamic=False)
        else:
            compiled = torch.compile(model, dynamic=False)
        got = compiled(x)
        sync()
        first_call_s = time.perf_counter() - begin
        steady = []
        for _ in range(20):
            t0 = time.perf_counter()
            compiled(x)
            sync()
            steady.append(time.perf_counter() - t0)
    events = compile_events() if args.child == "pike" else []
    print(json.dumps({
        "backend": args.child,
        "phase": args.phase,
        "first_call_s": first_call_s,
        "setup_s": ready - started,  # imports, model build, CUDA init, eager reference
        "steady_ms": statistics.median(steady) * 1e3,
        "max_diff": float((got - expected).abs().max()),
        "subgraphs": len(events),
        "hits": sum(e["outcome"] == "hit" for e in events),
        "running_pike": sum(e.get("winner_kind") not in (None, "", "fallback") for e in events),
        "searched": sum(e["outcome"] == "searched" for e in events),
        "gpu": torch.cuda.get_device_name() if args.device == "cuda" else "cpu",
    }))


def backend_env(work: Path, backend: str, device: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["TRITON_CACHE_DIR"] = str(work / f"triton-{backend}")
    env["TORCHINDUCTOR_CACHE_DIR"] = str(work / f"inductor-{backend}")
    env["PIKE_MODULE_DIR"] = str(work / "pike-modules")
    if device == "cuda":
        env.pop("TRITON_INTERPRET", None)
    else:  # the CPU smoke test runs Triton kernels in the interpreter
        env["TRITON_INTERPRET"] = "1"
    return env


@dataclass
class Child:
    """A measured process; its stderr goes to a file, so that a process running beside another
    one never stalls on a full pipe while this script waits on the other."""

    proc: subprocess.Popen
    began: float
    stderr: IO[str]

    def error_text(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate()


def start_child(args, backend: str, phase: str, env: dict[str, str]) -> Child:
    command = [sys.executable, __file__, "--child", backend, "--phase", phase, "--blocks", str(args.blocks),
               "--dim", str(args.dim), "--tokens", str(args.tokens), "--budget", str(args.budget),
               "--device", args.device, "--search-time", str(args.search_time)]
    errors = tempfile.TemporaryFile("w+")
    return Child(subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=errors, text=True),
                 time.perf_counter(), errors)


def finish_child(child: Child, backend: str, phase: str, timeout: float, rec: Recorder) -> dict:
    try:
        stdout, _ = child.proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.stop()
        raise ChildFailed(f"{backend} {phase} run stopped after {time.perf_counter() - child.began:.0f} s "
                          "(--timeout or --max-time)") from None
    wall = time.perf_counter() - child.began
    if child.proc.returncode != 0:
        sys.stderr.write(child.error_text()[-4000:])
        raise ChildFailed(f"{backend} {phase} run failed (exit {child.proc.returncode})")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["process_wall_s"] = wall
    rec.add("results", result, row_line(result))
    return result


def child_timeout(args, rec: Recorder) -> float:
    return max(1.0, min(args.timeout, rec.left()))


def run_child(args, backend: str, phase: str, env: dict[str, str], rec: Recorder) -> dict:
    return finish_child(start_child(args, backend, phase, env), backend, phase, child_timeout(args, rec), rec)


def pike_envs(work: Path, device: str) -> tuple[dict[str, str], dict[str, str]]:
    """Warm-up writes the local store; cold runs see only the exported bundle, as a deployment does."""
    warm = backend_env(work, "pike", device)
    warm["PIKE_CACHE_DIR"] = str(work / "pike-store")
    cold = dict(warm, PIKE_CACHE_DIR=str(work / "pike-empty-store"), PIKE_KERNELS=str(work / "pike-bundle"))
    return warm, cold


def export_bundle(work: Path, env: dict[str, str]) -> None:
    export = subprocess.run([sys.executable, "-m", "pike_backend.cli", "cache", "export", str(work / "pike-bundle")],
                            env=env, capture_output=True, text=True, timeout=300)
    print(export.stdout.strip() or export.stderr.strip()[-2000:], flush=True)


def warm_phase(args, work: Path, rec: Recorder, together: bool) -> None:
    """pike's search and export, and inductor's first compile; ``together``: both at once."""
    import importlib.util

    if importlib.util.find_spec("diskcache") is None:
        raise SystemExit("the pike warm-up needs diskcache for its local store: pip install --target DIR diskcache "
                         "and put DIR on PYTHONPATH")
    pike_warm, _ = pike_envs(work, args.device)
    inductor_env = backend_env(work, "inductor", args.device)
    pike = start_child(args, "pike", "warm", pike_warm)
    inductor = start_child(args, "inductor", "warm", inductor_env) if together else None
    try:
        finish_child(pike, "pike", "warm", child_timeout(args, rec), rec)
        export_bundle(work, pike_warm)
        if inductor is None:
            if rec.expired():
                raise ChildFailed("--max-time spent before the inductor warm-up")
            inductor = start_child(args, "inductor", "warm", inductor_env)
        finish_child(inductor, "inductor", "warm", child_timeout(args, rec), rec)
    finally:
        for child in (pike, inductor):
            if child is not None:
                child.stop()


def cold_phase(args, work: Path, rec: Recorder) -> None:
    if not (work / "pike-bundle" / "manifest.json").exists():
        raise SystemExit(f"no pike bundle in {work}; run the warm phase first (--phases warm,cold)")
    _, pike_cold = pike_envs(work, args.device)
    for repeat in range(args.repeats):  # interleaved, so drift on the machine hits both alike
        for backend, env in (("pike", pike_cold), ("inductor", backend_env(work, "inductor", args.device))):
            if rec.expired():
                rec.skip(f"{backend} cold #{repeat + 1}")
                continue
            run_child(args, backend, "cold", env, rec)


def summarize(results: list[dict]) -> dict:
    summary = {}
    for backend in BACKENDS:
        cold = [r for r in results if r["backend"] == backend and r["phase"] == "cold"]
        if cold:
            summary[backend] = {
                "first_call_s_median": statistics.median(r["first_call_s"] for r in cold),
                "process_wall_s_median": statistics.median(r["process_wall_s"] for r in cold),
                "steady_ms_median": statistics.median(r["steady_ms"] for r in cold),
                "max_diff": max(r["max_diff"] for r in cold),
            }
    if len(summary) == 2:
        summary["pike_speedup_first_call"] = (
            summary["inductor"]["first_call_s_median"] / summary["pike"]["first_call_s_median"])
    return summary


HEADER = (f"{'backend':9s} {'phase':5s} {'first call s':>12s} {'process s':>10s} {'steady ms':>10s} "
          f"{'subgraphs':>9s} {'hits':>5s} {'pike':>5s} {'max diff':>9s}")


def row_line(r: dict) -> str:
    return (f"{r['backend']:9s} {r['phase']:5s} {r['first_call_s']:12.3f} {r['process_wall_s']:10.2f} "
            f"{r['steady_ms']:10.3f} {r['subgraphs']:9d} {r['hits']:5d} {r['running_pike']:5d} {r['max_diff']:9.2e}")


def print_table(results: list[dict], summary: dict) -> None:
    print(HEADER)
    for r in results:
        print(row_line(r))
    if "pike_speedup_first_call" in summary:
        p, i = summary["pike"], summary["inductor"]
        print(f"\ncold start (compile + first call, median of cold runs) on {results[-1]['gpu']}: "
              f"pike {p['first_call_s_median']:.3f} s, inductor {i['first_call_s_median']:.3f} s "
              f"-> pike {summary['pike_speedup_first_call']:.2f}x faster to start")
    cold = [r for r in results if r["backend"] == "pike" and r["phase"] == "cold"]
    if cold:
        print(f"pike ran its own cached kernels for {cold[-1]['running_pike']} of {cold[-1]['subgraphs']} subgraphs "
              f"({cold[-1]['hits']} cache hits); the rest ran on the eager fallback")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="10 blocks, budget 1, 6 s per subgraph, one cold run each, warm-ups together")
    parser.add_argument("--blocks", type=int, help=f"residual blocks (default {DEFAULTS['blocks']})")
    parser.add_argument("--dim", type=int, default=1024)
    parser.add_argument("--tokens", type=int, default=256)
    parser.add_argument("--budget", type=int, help=f"pike search attempts per subgraph in the warm-up (default {DEFAULTS['budget']})")
    parser.add_argument("--search-time", type=float,
                        help=f"pike search seconds per subgraph in the warm-up (default {DEFAULTS['search_time']:g})")
    parser.add_argument("--repeats", type=int, help=f"cold runs per backend (default {DEFAULTS['repeats']})")
    parser.add_argument("--phases", default="warm,cold")
    parser.add_argument("--work", help="directory for the caches (kept, so phases can run separately)")
    parser.add_argument("--device", default="cuda", help="cuda; cpu only to smoke-test the script itself")
    parser.add_argument("--timeout", type=int, default=540, help="seconds per child process")
    add_max_time(parser)
    parser.add_argument("--child", choices=BACKENDS, help=argparse.SUPPRESS)
    parser.add_argument("--phase", choices=("warm", "cold"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    for key, value in (QUICK if args.quick else DEFAULTS).items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    if args.child:
        child(args)
        return 0
    work = Path(args.work or tempfile.mkdtemp(prefix="pike-cold-start-"))
    work.mkdir(parents=True, exist_ok=True)
    phases = set(args.phases.split(","))
    rec = Recorder("cold_start", args.max_time, {"args": vars(args)})
    print(HEADER, flush=True)
    failed = ""
    try:
        if "warm" in phases:
            warm_phase(args, work, rec, together=args.quick)
        if "cold" in phases:
            cold_phase(args, work, rec)
    except ChildFailed as error:
        failed = str(error)
        rec.put("failed", failed)
    results = rec.data.get("results", [])
    summary = summarize(results)
    rec.put("summary", summary)
    print()
    print_table(results, summary)
    print(f"work dir (caches): {work}; {rec.elapsed():.0f} s in all")
    if failed:
        print(failed)
    rec.finish()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
