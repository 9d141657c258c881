"""The cache through torch.compile, across processes: a warm cache hits in a fresh process, an
exported bundle hits after import, a tampered bundle entry never runs (a canary proves it) while the
model's results stay right, and an entry verified on another GPU architecture is not used.

Entries are stored by the tests themselves (hand-written Solutions), so these do not depend on the
search; the cache key comes from ``pike_backend.explain``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

import pike_backend
from pike_backend.cache import CacheEntry, KernelCache, write_bundle

MODEL = '''
import os
import torch


class Tiny(torch.nn.Module):
    def forward(self, x, y):
        return torch.relu(x * 2.0 + y)


def inputs():
    torch.manual_seed(0)
    rows, device = int(os.environ.get("TINY_ROWS", "8")), os.environ.get("TINY_DEVICE", "cpu")
    return torch.randn(rows, 16, device=device), torch.randn(rows, 16, device=device)
'''

# Runs the model compiled by pike once per option set given as JSON in argv[1]; checks each result
# against eager and prints one JSON list (options, max_diff, compile events) as its last line.
RUNNER = '''
import json, sys
import torch
import torch._dynamo
from pike_backend.backend import clear_compile_events, compile_events
from tiny_model import Tiny, inputs

results = []
for options in json.loads(sys.argv[1]):
    torch._dynamo.reset()
    clear_compile_events()
    x, y = inputs()
    with torch.no_grad():
        got = torch.compile(Tiny(), backend="pike", options=options)(x, y)
    max_diff = float((got - Tiny()(x, y)).abs().max())
    results.append({"options": options, "max_diff": max_diff, "events": compile_events()})
print(json.dumps(results))
'''

# A correct Solution with a real Triton kernel; CANARY_LINE marks that it was imported.
SOLUTION = '''
import torch
import torch.nn as nn
import triton
import triton.language as tl
CANARY_LINE


@triton.jit
def _scale_add_relu(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    v = tl.load(x_ptr + offs, mask=mask) * 2.0 + tl.load(y_ptr + offs, mask=mask)
    tl.store(out_ptr + offs, tl.maximum(v, 0.0), mask=mask)


class ModelNew(nn.Module):
    def forward(self, x, y):
        out = torch.empty_like(x)
        n = x.numel()
        _scale_add_relu[(triton.cdiv(n, 128),)](x, y, out, n, BLOCK=128)
        return out
'''

# What an attacker would swap in: writes the canary when imported and returns wrong results.
TAMPERED = '''
import torch
import torch.nn as nn
open(CANARY, "w").close()


class ModelNew(nn.Module):
    def forward(self, x, y):
        return torch.zeros_like(x)
'''


def solution(canary: Path | None = None) -> str:
    line = f"open({str(canary)!r}, 'w').close()" if canary else ""
    return SOLUTION.replace("CANARY_LINE", line)


@pytest.fixture(scope="module")
def tiny_key(tmp_path_factory) -> str:
    where = tmp_path_factory.mktemp("tiny")
    (where / "tiny_model.py").write_text(MODEL)
    sys.path.insert(0, str(where))
    try:
        from tiny_model import Tiny, inputs

        subgraphs = pike_backend.explain(Tiny(), *inputs()).subgraphs
    finally:
        sys.path.remove(str(where))
        sys.modules.pop("tiny_model", None)
    assert len(subgraphs) == 1 and subgraphs[0].ops == ["mul", "add", "relu"]
    return subgraphs[0].key


@pytest.fixture
def project(pike_env) -> Path:
    (pike_env / "tiny_model.py").write_text(MODEL)
    (pike_env / "runner.py").write_text(RUNNER)
    return pike_env


def run(project: Path, *argv: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if env.get("TINY_DEVICE", "cpu") == "cpu":  # Triton kernels on CPU tensors need the interpreter
        env["TRITON_INTERPRET"] = "1"
    done = subprocess.run([sys.executable, *argv], cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def run_model(project: Path, *option_sets: dict) -> tuple[list[dict], str]:
    done = run(project, "runner.py", json.dumps(list(option_sets)))
    return json.loads(done.stdout.strip().splitlines()[-1]), done.stderr


def store(cache_dir: Path, key: str, source: str, **meta) -> None:
    entry = CacheEntry.create(key, source, problem_name="tiny", winner_kind="triton-pointwise",
                              verdict={"correct": True, "speedup": 1.7, "ref_ms": 0.017, "new_ms": 0.010})
    entry.meta.update(meta)
    KernelCache.from_paths(cache_dir).store(entry)


def test_warm_cache_hits_in_a_fresh_process_and_after_export_import(project, tiny_key, monkeypatch):
    ran = project / "solution-ran"
    store(project / "cache", tiny_key, solution(ran))
    # `pike warmup` runs the user's script in a fresh process: the stored winner is a hit, no search
    done = run(project, "-m", "pike_backend.cli", "warmup", "--json", "runner.py", json.dumps([{}]))
    lines = done.stdout.strip().splitlines()
    report = json.loads(lines[-1])
    [result] = json.loads(next(line for line in lines if line.startswith("[{")))  # the script's own output
    assert report["exit_code"] == 0 and report["counts"]["hit"] == 1 and report["counts"]["running_pike"] == 1
    [event] = result["events"]
    assert event["key"] == tiny_key and event["outcome"] == "hit" and "local" in event["origin"]
    assert result["max_diff"] == 0.0 and ran.exists()
    assert "1 subgraph(s): 0 searched, 1 hit, 0 on the fallback" in done.stdout

    ran.unlink()
    bundle = project / "bundle"
    run(project, "-m", "pike_backend.cli", "cache", "export", str(bundle))
    monkeypatch.setenv("PIKE_CACHE_DIR", str(project / "fresh"))
    run(project, "-m", "pike_backend.cli", "cache", "import", str(bundle))
    [result], _ = run_model(project, {"mode": "cache-only"})
    assert [e["outcome"] for e in result["events"]] == ["hit"] and ran.exists()
    assert result["max_diff"] == 0.0


def test_tampered_bundle_entry_never_runs_and_results_stay_right(project, tiny_key):
    tampered_canary, control_canary = project / "tampered-ran", project / "control-ran"
    tampered, control = project / "tampered", project / "control"
    entry = CacheEntry.create(tiny_key, solution(), problem_name="tiny", winner_kind="triton-pointwise",
                              verdict={"correct": True, "speedup": 1.7})
    write_bundle(tampered, [entry])
    (tampered / f"{tiny_key}.py").write_text(TAMPERED.replace("CANARY", repr(str(tampered_canary))))
    # control: the same key with a canary in verified source does run, so the canary detects execution
    write_bundle(control, [CacheEntry(tiny_key, solution(control_canary), entry.meta)])

    results, stderr = run_model(project, {"mode": "cache-only", "kernels": str(tampered)},
                                {"mode": "cache-only", "kernels": str(control)})
    refused, used = results
    assert not tampered_canary.exists()
    assert refused["max_diff"] == 0.0 and refused["events"][0]["outcome"] != "hit"
    assert "fallback" in refused["events"][0]["origin"]
    assert f"refusing entry {tiny_key} from bundle:" in stderr and "does not match its sha256" in stderr
    assert control_canary.exists() and used["events"][0]["outcome"] == "hit" and used["max_diff"] == 0.0


def test_entry_verified_on_another_gpu_architecture_is_ignored(project, tiny_key):
    canary = project / "h100-entry-ran"
    store(project / "cache", tiny_key, solution(canary), gpu="NVIDIA H100 80GB HBM3", capability="9.0")
    [result], stderr = run_model(project, {"mode": "cache-only"})
    assert not canary.exists()
    assert result["events"][0]["outcome"] != "hit" and result["max_diff"] == 0.0
    assert "verified on another machine (capability 9.0" in stderr


def test_warmup_reports_the_scripts_failure(project, capsys):
    from pike_backend.cli import main

    (project / "fails.py").write_text("import sys\nprint('args', sys.argv[1:])\nsys.exit(3)\n")
    assert main(["warmup", str(project / "fails.py"), "--flag", "x"]) == 3
    out = capsys.readouterr().out
    assert "args ['--flag', 'x']" in out and "warmup: 0 subgraph(s)" in out
    assert main(["warmup", str(project / "missing.py")]) == 2
    assert torch.get_default_dtype() == torch.float32


class _TinyGpu(torch.nn.Module):
    def forward(self, x, y):
        return torch.relu(x * 2.0 + y)


@pytest.mark.gpu
def test_cached_triton_kernel_hits_on_the_gpu(pike_env):
    from pike_backend.backend import clear_compile_events, compile_events

    x, y = torch.randn(512, 1024, device="cuda"), torch.randn(512, 1024, device="cuda")
    [sub] = pike_backend.explain(_TinyGpu(), x, y).subgraphs
    ran = pike_env / "solution-ran"
    store(pike_env / "cache", sub.key, solution(ran))
    torch._dynamo.reset()
    clear_compile_events()
    with torch.no_grad():
        got = torch.compile(_TinyGpu(), backend="pike", options={"mode": "cache-only"})(x, y)
    [event] = compile_events()
    assert event["outcome"] == "hit" and ran.exists()
    torch.testing.assert_close(got, _TinyGpu()(x, y), atol=1e-5, rtol=1e-5)
    torch._dynamo.reset()


@pytest.mark.gpu
def test_warmup_searches_and_another_process_hits_on_the_gpu(project, monkeypatch):
    from pike_backend.cache import LocalStore

    monkeypatch.setenv("TINY_DEVICE", "cuda")
    monkeypatch.setenv("TINY_ROWS", str(1 << 20))  # 64 MiB a tensor: one fused pass beats eager's three, launch costs aside
    monkeypatch.setenv("PIKE_BUDGET", "6")
    done = run(project, "-m", "pike_backend.cli", "warmup", "--json", "runner.py", json.dumps([{}]))
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["counts"] == {"searched": 1, "running_pike": 1, "subgraphs": 1}, done.stdout[-2000:]
    assert len(LocalStore(project / "cache").keys()) == 1
    [result], _ = run_model(project, {"mode": "cache-only"})
    [event] = result["events"]
    assert event["outcome"] == "hit" and "local" in event["origin"] and result["max_diff"] < 1e-5
