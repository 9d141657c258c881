"""The search end to end through the real Evaluator (worker processes, Triton interpreter on CPU)
and the real Gemini client against our local server: the EFA's fix wins, ``pike optimize --json``
and ``pike report``, and a run killed with SIGKILL resumes without repeating a call or an evaluation."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from llm_server import LLMServer
from pike_backend.evaluate import Evaluator
from pike_backend.options import PikeOptions
from pike_backend.problem import load_problem_file
from pike_backend.search import PikeBConfig, SearchConfig, optimize
from pike_backend.search.llm_agent import LLMAgentConfig
from pike_backend.search.run_store import RunStore

PROBLEM = """\
import torch
import torch.nn as nn


class Model(nn.Module):
    def forward(self, x):
        return torch.relu(x * 2.0 + 1.0)


def get_inputs():
    return [torch.randn(32, 64)]


def get_init_inputs():
    return []
"""

GOOD = """\
import torch
import torch.nn as nn

# variant {n}
class ModelNew(nn.Module):
    def forward(self, x):
        return torch.clamp(x * 2.0 + 1.0, min=0.0)
"""

BROKEN = """\
import torch
import torch.nn as nn


class ModelNew(nn.Module):
    def forward(self, x):
        raise RuntimeError("deliberately broken: block index 4096 out of range")
"""

IDEAS = '```json\n[{"title": "fuse the affine and relu", "kind": "fused-pointwise"}, {"title": "clamp"}, {"title": "inplace"}]\n```'
EVAL = {"n_input_sets": 2, "warmup_ms": 1.0, "rep_ms": 5.0, "probe_ms": 2.0}


def is_iba(request):
    return "distinct, concrete ideas" in request.prompt


@pytest.fixture
def problem_file(pike_env, monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", "test-key")
    path = pike_env / "relu_affine.py"
    path.write_text(PROBLEM)
    return path


def test_efa_gets_the_error_and_its_fix_wins(problem_file, pike_env):
    def responder(request):
        if is_iba(request):
            return IDEAS
        if "failed verification" in request.prompt and "deliberately broken" in request.prompt:
            return "The kernel indexed past the end; here is a fix:\n```python\n" + GOOD.format(n="fixed") + "```"
        return "Fused version:\n```python\n" + BROKEN + "```"

    options = PikeOptions.from_sources({"agent": "gemini", "model": "gemini-2.5-flash", "budget": 3})
    with LLMServer(responder) as server, Evaluator() as evaluator:
        options = options.replace(llm_base_url=server.gemini_url)
        config = SearchConfig(pike_b=PikeBConfig(ideas=1, branches=1, fix_rounds=2),
                              llm=LLMAgentConfig(retry_base_delay_s=0.01), evaluation=EVAL)
        result = optimize(load_problem_file(problem_file), options, run_dir=pike_env / "run", evaluator=evaluator,
                          progress=False, config=config)
    fix_prompts = [r.prompt for r in server.answered if "failed verification" in r.prompt]
    assert fix_prompts and "'run' stage" in fix_prompts[0] and "deliberately broken: block index 4096" in fix_prompts[0]
    assert result.best_source == GOOD.format(n="fixed") and result.winner_kind == "fused-pointwise"
    attempts = RunStore(result.run_dir).attempts()
    assert [(a["role"], a["correct"]) for a in attempts[:2]] == [("coa", False), ("efa", True)]
    assert attempts[1]["parent"] == attempts[0]["solution_id"] and result.fixes_worked >= 1
    assert result.best_verdict.correct and result.attempts == 3


def cli(*args, env=None, **popen):
    return subprocess.Popen([sys.executable, "-m", "pike_backend.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env or dict(os.environ), **popen)


def good_responder(request):
    if is_iba(request):
        return IDEAS
    return "```python\n" + GOOD.format(n=abs(hash(request.prompt)) % 10**8) + "```"


def test_optimize_json_and_report(problem_file, pike_env):
    with LLMServer(good_responder) as server:
        proc = cli("optimize", str(problem_file), "--agent", "gemini", "--llm-base-url", server.gemini_url,
                   "--budget", "3", "--out", str(pike_env / "run"), "--json", "--no-progress")
        out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    assert "class ModelNew" in result["best_source"] and result["attempts"] == 3
    assert result["valid"] == 3 and result["llm_calls"] == 4 and result["speedup"] > 0
    assert "attempts" in err and "relu_affine" in err  # the summary table
    report = cli("report", str(pike_env / "run"), "--json")
    out, err = report.communicate(timeout=120)
    assert report.returncode == 0, err
    [summary] = json.loads(out.strip().splitlines()[-1])
    assert (summary["attempts"], summary["valid"], summary["valid_rate"]) == (3, 3, 1.0)
    assert summary["best_speedup"] == pytest.approx(result["speedup"])
    assert (pike_env / "run" / "report.png").stat().st_size > 1000


def test_killed_run_resumes_without_repeated_calls(problem_file, pike_env):
    run = pike_env / "run"
    args = ["optimize", str(problem_file), "--agent", "gemini", "--budget", "5", "--out", str(run), "--json", "--no-progress"]
    with LLMServer(good_responder) as server:
        # the 4th request (IBA + two COA answered) never gets an answer: the run is killed waiting
        server.hang = lambda request: len(server.requests) == 4
        first = cli(*args, "--llm-base-url", server.gemini_url, start_new_session=True)
        assert server.hung.wait(180), first.stderr.read() if first.poll() is not None else "no hang"
        deadline = time.monotonic() + 120
        while len(list((run / "evals").glob("*.json"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
        answered_before = len(server.answered)
        journaled = len(list((run / "evals").glob("*.json")))
        assert answered_before == 3 and journaled == 2
        assert json.loads((run / "run.json").read_text())["status"] == "running"  # killed: never marked

        server.hang = lambda request: False
        second = cli(*args[:2], "--resume", "--out", str(run), "--json", "--no-progress", "--llm-base-url", server.gemini_url)
        out, err = second.communicate(timeout=240)
    assert second.returncode == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    assert result["attempts"] == 5 and result["llm_calls"] == 6
    # every call of the finished run was answered exactly once over both processes
    assert len(server.answered) == result["llm_calls"]
    distinct = {a["source_sha256"] for a in RunStore(run).attempts() if a["source_sha256"]}
    assert result["evaluations"] == len(distinct) - journaled
    assert sorted(p.name for p in (run / "attempts").iterdir()) == [f"{n:04d}" for n in range(1, 6)]
    assert json.loads((run / "run.json").read_text())["status"] == "done"


TRITON_RELU = """\
import torch
import torch.nn as nn
import triton
import triton.language as tl


@triton.jit
def affine_relu_kernel(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offsets = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offsets < n
    x = tl.load(x_ptr + offsets, mask=mask)
    tl.store(y_ptr + offsets, tl.maximum(x * 2.0 + 1.0, 0.0), mask=mask)


class ModelNew(nn.Module):
    def forward(self, x):
        x = x.contiguous()
        y = torch.empty_like(x)
        affine_relu_kernel[(triton.cdiv(x.numel(), 1024),)](x, y, x.numel(), BLOCK=1024)
        return y
"""


@pytest.mark.gpu
def test_replay_search_times_a_fused_kernel_on_the_gpu(pike_env):
    replies = pike_env / "replies"
    replies.mkdir()
    lines = [{"role": "iba", "reply": '```json\n[{"title": "fuse", "kind": "fused-triton"}]\n```'},
             {"role": "coa", "reply": f"```python\n{TRITON_RELU}```"}]
    (replies / "replies.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    source = PROBLEM.replace("torch.randn(32, 64)", 'torch.randn(4096, 4096, device="cuda")')
    options = PikeOptions.from_sources({"agent": "replay", "replay_dir": str(replies), "budget": 1, "precision": "strict"})
    from pike_backend.problem import Problem

    result = optimize(Problem("relu_affine_gpu", source), options, run_dir=pike_env / "run", progress=False)
    assert result.best_source == TRITON_RELU and result.cost_usd == 0.0
    assert result.best_verdict.timing_meaningful and result.speedup > 1.0  # one kernel instead of three
