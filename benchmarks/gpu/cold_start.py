"""Cold start with a warm cache: pike (cache-only, from a shipped bundle) against inductor (warm
FX-graph / AOT / Triton caches), for the first call of a compiled model with 20+ subgraphs, each in
a fresh process.

    python benchmarks/gpu/cold_start.py [--blocks 24] [--repeats 3] [--budget 6] [--work DIR]
                                        [--phases warm,cold]

Phases: ``warm`` runs the model once per backend with its caches empty (pike: ``mode=search`` with
the offline agent, then ``pike cache export`` of the store into a bundle; inductor: a normal first
compile), ``cold`` starts fresh processes that find those caches warm (pike: ``mode=cache-only``,
an empty ``cache_dir`` and the bundle in ``kernels``, as a deployment ships it). The timed span is
``torch.compile(...)`` plus the first call, synchronized; the eager reference runs first in each
process so CUDA initialization is not counted for either backend. Every cold run checks its output
against eager. A short table goes to stdout; JSON to ``$OUT/cold_start.json`` when ``$OUT`` is set.
The work directory keeps the caches, so the phases can run as separate commands (``--work``).
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
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BACKENDS = ("pike", "inductor")


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
            options = {"mode": mode}
            if mode == "search":
                options.update(budget=args.budget, max_time=args.max_time)
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


def run_child(args, work: Path, backend: str, phase: str, env: dict[str, str]) -> dict:
    command = [sys.executable, __file__, "--child", backend, "--phase", phase, "--blocks", str(args.blocks),
               "--dim", str(args.dim), "--tokens", str(args.tokens), "--budget", str(args.budget),
               "--device", args.device, "--max-time", str(args.max_time)]
    begin = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=args.timeout)
    wall = time.perf_counter() - begin
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"{backend} {phase} run failed (exit {done.returncode})")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_wall_s"] = wall
    return result


def pike_envs(work: Path, device: str) -> tuple[dict[str, str], dict[str, str]]:
    """Warm-up writes the local store; cold runs see only the exported bundle, as a deployment does."""
    warm = backend_env(work, "pike", device)
    warm["PIKE_CACHE_DIR"] = str(work / "pike-store")
    cold = dict(warm, PIKE_CACHE_DIR=str(work / "pike-empty-store"), PIKE_KERNELS=str(work / "pike-bundle"))
    return warm, cold


def warm_phase(args, work: Path) -> list[dict]:
    import importlib.util

    if importlib.util.find_spec("diskcache") is None:
        raise SystemExit("the pike warm-up needs diskcache for its local store: pip install --target DIR diskcache "
                         "and put DIR on PYTHONPATH")
    pike_warm, _ = pike_envs(work, args.device)
    results = [run_child(args, work, "pike", "warm", pike_warm)]
    export = subprocess.run([sys.executable, "-m", "pike_backend.cli", "cache", "export", str(work / "pike-bundle")],
                            env=pike_warm, capture_output=True, text=True, timeout=300)
    print(export.stdout.strip() or export.stderr.strip()[-2000:])
    results.append(run_child(args, work, "inductor", "warm", backend_env(work, "inductor", args.device)))
    return results


def cold_phase(args, work: Path) -> list[dict]:
    if not (work / "pike-bundle" / "manifest.json").exists():
        raise SystemExit(f"no pike bundle in {work}; run the warm phase first (--phases warm,cold)")
    _, pike_cold = pike_envs(work, args.device)
    results = []
    for _ in range(args.repeats):  # interleaved, so drift on the machine hits both alike
        results.append(run_child(args, work, "pike", "cold", pike_cold))
        results.append(run_child(args, work, "inductor", "cold", backend_env(work, "inductor", args.device)))
    return results


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


def print_table(results: list[dict], summary: dict) -> None:
    print(f"{'backend':9s} {'phase':5s} {'first call s':>12s} {'process s':>10s} {'steady ms':>10s} "
          f"{'subgraphs':>9s} {'hits':>5s} {'pike':>5s} {'max diff':>9s}")
    for r in results:
        print(f"{r['backend']:9s} {r['phase']:5s} {r['first_call_s']:12.3f} {r['process_wall_s']:10.2f} "
              f"{r['steady_ms']:10.3f} {r['subgraphs']:9d} {r['hits']:5d} {r['running_pike']:5d} {r['max_diff']:9.2e}")
    if "pike_speedup_first_call" in summary:
        p, i = summary["pike"], summary["inductor"]
        print(f"\ncold start (compile + first call, median of cold runs) on {results[-1]['gpu']}: "
              f"pike {p['first_call_s_median']:.3f} s, inductor {i['first_call_s_median']:.3f} s "
              f"-> pike {summary['pike_speedup_first_call']:.2f}x faster to start")
        cold = [r for r in results if r["backend"] == "pike" and r["phase"] == "cold"]
        print(f"pike ran its own cached kernels for {cold[-1]['running_pike']} of {cold[-1]['subgraphs']} subgraphs "
              f"({cold[-1]['hits']} cache hits); the rest ran on the eager fallback")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--blocks", type=int, default=24)
    parser.add_argument("--dim", type=int, default=1024)
    parser.add_argument("--tokens", type=int, default=256)
    parser.add_argument("--budget", type=int, default=6, help="pike search attempts per subgraph in the warm-up")
    parser.add_argument("--max-time", type=float, default=30.0, help="pike search seconds per subgraph in the warm-up")
    parser.add_argument("--repeats", type=int, default=3, help="cold runs per backend")
    parser.add_argument("--phases", default="warm,cold")
    parser.add_argument("--work", help="directory for the caches (kept, so phases can run separately)")
    parser.add_argument("--device", default="cuda", help="cuda; cpu only to smoke-test the script itself")
    parser.add_argument("--timeout", type=int, default=540, help="seconds per child process")
    parser.add_argument("--child", choices=BACKENDS, help=argparse.SUPPRESS)
    parser.add_argument("--phase", choices=("warm", "cold"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    work = Path(args.work or tempfile.mkdtemp(prefix="pike-cold-start-"))
    work.mkdir(parents=True, exist_ok=True)
    phases = set(args.phases.split(","))
    results = (warm_phase(args, work) if "warm" in phases else []) + (cold_phase(args, work) if "cold" in phases else [])
    summary = summarize(results)
    print_table(results, summary)
    print(f"work dir (caches): {work}")
    if os.environ.get("OUT"):
        Path(os.environ["OUT"]).mkdir(parents=True, exist_ok=True)
        Path(os.environ["OUT"], "cold_start.json").write_text(
            json.dumps({"args": vars(args), "results": results, "summary": summary}, indent=1))


if __name__ == "__main__":
    main()
