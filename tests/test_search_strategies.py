"""PIKE-B and PIKE-O structure, the budget, and failed replies, with the real LLM agent talking to
our local Gemini server. Verdicts come from a deterministic stand-in evaluator that reads the
speed marked in each candidate, so these tests check the search itself; the real evaluator is
exercised in test_search_e2e.py."""

import json
import re
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor

import pytest

from llm_server import LLMServer
from pike_backend.evaluate.verdict import Verdict
from pike_backend.options import PikeOptions
from pike_backend.problem import Problem
from pike_backend.search import PikeBConfig, PikeOConfig, SearchConfig, optimize
from pike_backend.search.budget import Budget
from pike_backend.search.finals import FinalsConfig
from pike_backend.search.llm_agent import LLMAgent, LLMAgentConfig, RoleSettings
from pike_backend.search.pike_b import split_queries
from pike_backend.search.report import format_table, summarize
from pike_backend.search.run_store import RunStore

PROBLEM = Problem("relu_affine", """\
import torch
import torch.nn as nn


class Model(nn.Module):
    def forward(self, x):
        return torch.relu(x * 2.0 + 1.0)


def get_inputs():
    return [torch.randn(64, 64)]


def get_init_inputs():
    return []
""")

SOLUTION = """\
import torch
import torch.nn as nn

# speed={speed:.3f} n={n}{broken}
class ModelNew(nn.Module):
    def forward(self, x):
        return torch.relu(x * 2.0 + 1.0)
"""


class MarkedEvaluator:
    """Verdicts from the ``# speed=`` marker of each candidate; ``broken`` ones fail to run."""

    def __init__(self):
        self.sources = []
        self.fresh = []  # whether each evaluation asked for its reference to be timed again

    def submit(self, problem, source, config):
        self.sources.append(source)
        self.fresh.append(config.fresh_reference)
        future = Future()
        if "broken" in source:
            future.set_result(Verdict.failure("run", "forward raised RuntimeError", error="RuntimeError: deliberately broken"))
        else:
            speed = float(re.search(r"speed=([\d.]+)", source).group(1))
            future.set_result(Verdict(correct=True, ref_ms=1.0, new_ms=1.0 / speed))
        return future


class SlowEvaluator(MarkedEvaluator):
    """One evaluation at a time, each taking ``seconds``; ``sources`` lists those that ran."""

    def __init__(self, seconds):
        super().__init__()
        self.seconds = seconds
        self.pool = ThreadPoolExecutor(max_workers=1)

    def submit(self, problem, source, config):
        def run():
            time.sleep(self.seconds)
            return MarkedEvaluator.submit(self, problem, source, config).result()

        return self.pool.submit(run)


class Responder:
    """IBA: ``ideas`` ideas. COA: a child a little faster than its parent (every ``break_every``-th
    one broken). EFA: the candidate repaired. Each reply is a distinct source."""

    def __init__(self, ideas=3, break_every=0, no_code_every=0):
        self.ideas, self.break_every, self.no_code_every = ideas, break_every, no_code_every
        self.count = 0
        self.lock = threading.Lock()

    def __call__(self, request):
        if "distinct, concrete ideas" in request.prompt:
            return "```json\n" + json.dumps([{"title": f"idea-{i}", "kind": f"k{i}"} for i in range(1, self.ideas + 1)]) + "\n```"
        with self.lock:
            self.count += 1
            n = self.count
        if self.no_code_every and n % self.no_code_every == 0:
            return "I would fuse the operations, but I will not write code today."
        if "failed verification" in request.prompt:
            speed = float(re.search(r"speed=([\d.]+)", request.prompt.split("## Candidate")[1]).group(1))
            return "Fixed:\n```python\n" + SOLUTION.format(speed=speed + 0.05, n=n, broken="") + "```"
        parent = request.prompt.split("## Current solution")[1] if "## Current solution" in request.prompt else ""
        match = re.search(r"speed=([\d.]+)", parent)
        speed = (float(match.group(1)) if match else 1.0) + 0.01 * n
        broken = " broken" if self.break_every and n % self.break_every == 0 else ""
        return "```python\n" + SOLUTION.format(speed=speed, n=n, broken=broken) + "```"


@pytest.fixture
def env(pike_env, monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", "test-key")
    return pike_env


def search(server, tmp_path, strategy="pike-b", budget=10, concurrency=4, **knobs):
    options = PikeOptions.from_sources({
        "agent": "gemini", "model": "gemini-2.5-flash", "llm_base_url": server.gemini_url,
        "strategy": strategy, "budget": budget, **knobs.pop("options", {}),
    })
    config = SearchConfig(
        pike_b=knobs.pop("pike_b", PikeBConfig()), pike_o=knobs.pop("pike_o", PikeOConfig()),
        llm=knobs.pop("llm", LLMAgentConfig(retry_base_delay_s=0.01, concurrency=concurrency)), evaluation={"n_input_sets": 2},
        finals=knobs.pop("finals", FinalsConfig(top=0)),  # counted evaluations are the search's own
    )
    evaluator = knobs.pop("evaluator", None) or MarkedEvaluator()
    result = optimize(PROBLEM, options, run_dir=tmp_path / "run", evaluator=evaluator, progress=False, config=config)
    return result, RunStore(result.run_dir).attempts(), evaluator


def queries(server):
    return [r for r in server.answered if "distinct, concrete ideas" not in r.prompt]


def test_split_queries():
    assert split_queries(10, 3, "even") == [4, 3, 3]
    assert split_queries(4, 2, "rank") == [3, 1]
    assert split_queries(10, 4, "rank") == [4, 3, 2, 1]
    assert split_queries(2, 3, "even") == [1, 1, 0]


def test_pike_b_phases_seeds_split_and_fixes(env):
    responder = Responder(ideas=3, break_every=3)
    with LLMServer(responder) as server:
        cfg = PikeBConfig(ideas=3, branches=4, top_k=2, split="rank", fix_rounds=1)
        # a cheaper, cooler model for the EFA, as in the paper's ablation
        llm = LLMAgentConfig(efa=RoleSettings(model="gemini-2.5-flash-lite", temperature=0.2), retry_base_delay_s=0.01)
        result, attempts, _ = search(server, env, budget=13, pike_b=cfg, llm=llm)
    by_phase = {p: [a for a in attempts if a["phase"] == p] for p in (0, 1, 2)}
    phase0 = [a for a in by_phase[0] if a["role"] == "coa"]
    assert [a["parent"] for a in phase0] == [None] * 3
    assert sorted(a["idea"]["title"] for a in phase0) == ["idea-1", "idea-2", "idea-3"]
    library = json.loads((result.run_dir / "library.json").read_text())
    phases = library["strategy"]["phases"]
    solutions = {s["id"]: s for s in library["solutions"]}
    for phase in (0, 1):
        fixes = [a for a in by_phase[phase] if a["role"] == "efa"]
        broken = [a for a in by_phase[phase] if a["role"] == "coa" and a["stage"] == "run"]
        assert sorted(f["parent"] for f in fixes) == sorted(b["solution_id"] for b in broken)
        assert all(f["fix_round"] == 1 and f["correct"] for f in fixes)
    # phase 1 branches from the two best verified solutions of phase 0, 3 and 1 queries by rank
    verified0 = sorted((s for s in solutions.values() if s["phase"] == 0 and s["verdict"]["correct"]), key=lambda s: -s["speedup"])
    assert phases[1]["seeds"] == [s["id"] for s in verified0[:2]] and phases[1]["queries"] == [3, 1]
    phase1 = [a["parent"] for a in by_phase[1] if a["role"] == "coa"]
    assert phase1 == [verified0[0]["id"]] * 3 + [verified0[1]["id"]]
    assert by_phase[2], "the budget left after phase 1 goes to phase 2"
    assert result.attempts == len(attempts) == 13 == len(queries(server))
    assert result.llm_calls == 14 and result.fixes == result.fixes_worked > 0
    efa = [r for r in server.answered if "failed verification" in r.prompt]
    assert len(efa) == result.fixes and {(r.model, r.temperature) for r in efa} == {("gemini-2.5-flash-lite", 0.2)}
    assert {(r.model, r.temperature) for r in queries(server) if r not in efa} == {("gemini-2.5-flash", 0.8)}
    assert result.speedup == max(a["speedup"] or 0 for a in attempts)


@pytest.mark.parametrize("first_wave, roles", [
    (0, ["coa", "coa", "coa", "efa", "efa", "efa"]),  # an LLM agent's ideas: one concurrent wave
    (1, ["coa", "efa", "coa", "efa", "coa", "efa"]),  # each idea repaired before the next is asked for
])
def test_pike_b_first_phase_in_waves(env, first_wave, roles):
    responder = Responder(ideas=3, break_every=1)  # every first solution broken, every fix good
    with LLMServer(responder) as server:
        cfg = PikeBConfig(ideas=3, fix_rounds=1, max_phases=1, first_wave=first_wave)
        _, attempts, _ = search(server, env, budget=6, pike_b=cfg)
    assert [a["role"] for a in attempts] == roles
    ideas = [a["idea"]["title"] for a in attempts if a["role"] == "coa"]
    assert ideas == ["idea-1", "idea-2", "idea-3"]
    fixed = {a["parent"] for a in attempts if a["role"] == "efa"}
    assert fixed == {a["solution_id"] for a in attempts if a["role"] == "coa"}
    with pytest.raises(ValueError, match="first_wave"):
        PikeBConfig(first_wave=-1)


@pytest.mark.parametrize("parallel, roles", [
    (1, ["coa", "efa", "coa", "efa", "coa", "efa"]),
    (2, ["coa", "coa", "efa", "efa", "coa", "efa"]),  # one idea a wave for each evaluation at once
])
def test_an_agents_first_waves_take_one_idea_for_each_evaluation_at_once(env, monkeypatch, parallel, roles):
    """The offline agent's waves of one idea, with ``parallel_evaluations`` evaluations at once on
    a device: each wave gives every one of them an idea, so their compiles overlap."""
    monkeypatch.setattr(LLMAgent, "first_wave", 1, raising=False)  # as the offline agent has it
    with LLMServer(Responder(ideas=3, break_every=1)) as server:
        cfg = PikeBConfig(ideas=3, fix_rounds=1, max_phases=1)
        result, attempts, _ = search(server, env, budget=6, pike_b=cfg, options={"parallel_evaluations": parallel})
    assert [a["role"] for a in attempts] == roles
    assert json.loads((result.run_dir / "run.json").read_text())["options"]["parallel_evaluations"] == parallel


@pytest.mark.parametrize("strategy", ["pike-b", "pike-o"])
@pytest.mark.parametrize("budget", [1, 2, 7])
def test_budget_is_never_exceeded(env, strategy, budget):
    with LLMServer(Responder(ideas=4, break_every=2)) as server:
        result, attempts, evaluator = search(server, env, strategy=strategy, budget=budget, concurrency=8)
    assert result.attempts == len(attempts) == len(queries(server)) == budget
    assert len(evaluator.sources) <= budget
    assert result.stop_reason == "attempts"


def test_the_final_ranking_times_the_closest_solutions_again(env):
    with LLMServer(Responder(ideas=3)) as server:
        result, attempts, evaluator = search(server, env, budget=6, finals=FinalsConfig(top=2, rounds=2, within=0.5))
    library = json.loads((result.run_dir / "library.json").read_text())["solutions"]
    retimed = [s for s in library if s["retimed"]]
    fastest = sorted((s for s in library if s["verdict"]["correct"]), key=lambda s: -s["speedup"])[:2]
    assert [s["id"] for s in retimed] == sorted(s["id"] for s in fastest) and all(len(s["retimed"]) == 2 for s in retimed)
    assert len(evaluator.sources) == len(set(evaluator.sources)) + 4  # two finalists, two rounds each
    assert evaluator.sources[-4:] == [s["source"] for s in fastest] * 2  # interleaved, fastest first
    # the re-timings pair each finalist with a reference timed again; the search's own reuse it
    assert evaluator.fresh[-4:] == [True] * 4 and not any(evaluator.fresh[:-4])
    assert result.speedup == fastest[0]["speedup"]
    # the result (and so ``pike report``) records the ranking: first timing, re-timings, median
    assert [f["id"] for f in result.finals] == [s["id"] for s in fastest]
    for final, solution in zip(result.finals, fastest):
        assert final["retimed"] == solution["retimed"] and final["speedup"] == solution["speedup"]
        assert final["first"] == solution["verdict"]["speedup"] and not final["retime_failed"]
    assert json.loads((result.run_dir / "result.json").read_text())["finals"] == result.finals
    table = format_table([summarize(result.run_dir)])
    winner = fastest[0]
    assert f"final ranking: #{winner['id']} {winner['kind']} {1 / winner['speedup']:.4g} ms {winner['speedup']:.2f}x" in table


class DisturbedEvaluator(MarkedEvaluator):
    """Verdicts with the evaluator's timing records: the reference timed once and reused, every
    other candidate's timing disturbed and taken again."""

    def submit(self, problem, source, config):
        future = super().submit(problem, source, config)
        verdict, n = future.result(), len(self.sources)
        if verdict.correct:
            retaken = {"tries_ms": [2 * verdict.new_ms, verdict.new_ms]} if n % 2 == 0 else {}
            new = {"median_ms": verdict.new_ms, **retaken}
            verdict.timings = {"ref": {"median_ms": 1.0, "cached": n > 1}, "new": new}
        return future


def test_the_report_says_how_many_timings_were_taken_again(env):
    with LLMServer(Responder(ideas=2)) as server:
        result, _, evaluator = search(server, env, budget=4, evaluator=DisturbedEvaluator())
        quiet, _, _ = search(server, env / "quiet", budget=2)
    summary = summarize(result.run_dir)
    assert len(evaluator.sources) == 4 and summary.timings == 4 + 1 and summary.timings_retaken == 2
    assert "timings: 2 of 5 disturbed by other work on the device and taken again" in format_table([summary])
    assert "taken again" not in format_table([summarize(quiet.run_dir)])


class FlagsEvaluator(MarkedEvaluator):
    """Records the precision flags every evaluation was asked to time the reference under."""

    def __init__(self):
        super().__init__()
        self.flags = set()

    def submit(self, problem, source, config):
        self.flags.add(config.reference_flags)
        return super().submit(problem, source, config)


def test_the_reference_is_timed_under_the_flags_of_the_process_that_searches(env, monkeypatch):
    # the eager a speedup is against is the caller's: the benchmark's strict protocol runs with
    # cuDNN's TF32 off, and a strict candidate may not use it either
    import torch

    with LLMServer(Responder(ideas=2)) as server:
        _, _, defaults = search(server, env, budget=2, evaluator=FlagsEvaluator())
        monkeypatch.setattr(torch.backends.cudnn, "allow_tf32", False)
        saved = torch.get_float32_matmul_precision()
        torch.set_float32_matmul_precision("high")
        try:
            first, _, changed = search(server, env / "changed", budget=2, evaluator=FlagsEvaluator())
        finally:
            torch.set_float32_matmul_precision(saved)
        monkeypatch.setattr(torch.backends.cudnn, "allow_tf32", True)
        # resumed in a process at PyTorch's defaults, the run keeps the flags it started under
        resumed = FlagsEvaluator()
        options = PikeOptions.from_sources({"agent": "gemini", "model": "gemini-2.5-flash",
                                            "llm_base_url": server.gemini_url, "budget": 4})
        optimize(PROBLEM, options, run_dir=first.run_dir, resume=True, evaluator=resumed, progress=False)
    assert defaults.flags == {("highest", True)} and changed.flags == resumed.flags == {("high", False)}
    assert resumed.sources  # the resumed run evaluated candidates of its own


class PreparedEvaluator(MarkedEvaluator):
    """Records the problem it was asked to prepare, and whether that came before any evaluation."""

    def __init__(self):
        super().__init__()
        self.prepared = []

    def prepare(self, problem, config):
        self.prepared.append((problem.name, config.reference_flags, len(self.sources)))
        return []


def test_a_search_prepares_its_evaluator_before_its_agent_reads_the_problem(env):
    with LLMServer(Responder(ideas=2)) as server:
        _, _, evaluator = search(server, env, budget=2, evaluator=PreparedEvaluator())
    assert evaluator.prepared == [(PROBLEM.name, ("highest", True), 0)] and evaluator.sources


def test_time_budget_drops_the_evaluations_not_started(env):
    slow = SlowEvaluator(seconds=0.4)
    started = time.monotonic()
    with LLMServer(Responder(ideas=6)) as server:
        result, attempts, _ = search(server, env, budget=12, concurrency=8, evaluator=slow,
                                     options={"max_time": 0.6}, pike_b=PikeBConfig(ideas=6, fix_rounds=0))
    assert time.monotonic() - started < 6 * 0.4  # not every queued evaluation waited for
    assert result.stop_reason == "time" and result.attempts == len(attempts) == 6
    skipped = [a for a in attempts if a["stage"] == "not-evaluated"]
    evaluated = [a for a in attempts if a["stage"] != "not-evaluated"]
    assert skipped and evaluated and all("time limit" in a["reasons"][0] for a in skipped)
    assert len(slow.sources) == len(evaluated) == result.evaluations  # the dropped ones never ran
    assert not any((result.run_dir / "attempts" / f"{a['attempt']:04d}" / "verdict.json").exists() for a in skipped)


class BusyEvaluator(SlowEvaluator):
    """Like SlowEvaluator, on a device another process holds for the first ``busy`` seconds."""

    def __init__(self, seconds, busy):
        super().__init__(seconds)
        self.pool.submit(time.sleep, busy)


def test_the_time_limit_waits_for_a_first_verified_candidate(env):
    # every evaluation is still queued when the 1.5 s limit comes: the search waits (up to twice
    # the limit) for the first to verify, then drops those not started as before
    busy = BusyEvaluator(seconds=0.3, busy=2.0)
    with LLMServer(Responder(ideas=6)) as server:
        result, attempts, _ = search(server, env, budget=12, evaluator=busy,
                                     options={"max_time": 1.5}, pike_b=PikeBConfig(ideas=6, fix_rounds=0))
    assert result.stop_reason == "time" and result.best_source is not None and result.valid >= 1
    assert len(busy.sources) < 6 and any(a["stage"] == "not-evaluated" for a in attempts)
    # the run says where the time went: the first verdict waited for the device (an evaluation alone
    # takes 0.3 s), and how long the agent took for each attempt
    timeline = result.timeline
    assert timeline["ideas"] <= timeline["first_code"] <= timeline["first_verdict"] <= timeline["first_valid"]
    assert timeline["first_verdict"] >= timeline["first_code"] + 0.3
    assert all(0 <= a["query_s"] <= a["elapsed_s"] for a in attempts)
    assert f"timeline: ideas at {timeline['ideas']:.1f} s" in format_table([summarize(result.run_dir)])


def test_until_a_candidate_verifies_the_time_limit_is_twice_max_time():
    now = [0.0]
    budget = Budget(10, max_time_s=1.0, clock=lambda: now[0])
    now[0] = 1.5
    assert budget.stop_reason() is None and budget.time_left_s() == pytest.approx(0.5)
    budget.verified = True
    assert budget.stop_reason() == "time" and budget.time_left_s() == 0.0
    budget.verified, now[0] = False, 2.0
    assert budget.stop_reason() == "time"


def test_money_budget_stops_the_search(env, tmp_path, monkeypatch):
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"priced-model": {"input": 1e6, "output": 0.0}}))  # $1 a token of input
    monkeypatch.setenv("PIKE_LLM_PRICES", str(prices))
    with LLMServer(Responder()) as server:
        result, attempts, _ = search(server, env, budget=50, concurrency=1,
                                     options={"model": "priced-model", "max_cost": 3 * 1100.0})
    per_call = [r.prompt for r in server.answered]
    assert result.stop_reason == "cost"
    assert 1 <= result.attempts < 50 and len(server.answered) == result.llm_calls
    # no query starts once the limit is reached: at most one call's worth over it
    assert result.cost_usd < 3 * 1100.0 + max(len(p) // 4 for p in per_call)


def test_reply_without_code_is_a_failed_attempt(env):
    with LLMServer(Responder(no_code_every=2)) as server:
        result, attempts, evaluator = search(server, env, budget=6, pike_b=PikeBConfig(ideas=2, branches=2, fix_rounds=2))
    no_code = [a for a in attempts if a["stage"] == "no-code"]
    assert no_code and all("no code" in a["error"] for a in no_code)
    assert all(a["role"] == "coa" or a["parent"] is not None for a in attempts)
    assert len(evaluator.sources) == len(attempts) - len(no_code)
    assert result.best_source and result.attempts == 6
    assert (result.run_dir / "attempts" / f"{no_code[0]['attempt']:04d}" / "reply.txt").read_text().startswith("I would")


def test_pike_o_islands_stay_apart_until_migration(env):
    cfg = PikeOConfig(islands=2, children_per_island=2, migration_interval=2, migration_rate=0.5,
                      exploration_ratio=1.0, exploitation_ratio=0.0, fix_rounds=0, ideas=2)
    with LLMServer(Responder(ideas=2)) as server:
        result, attempts, _ = search(server, env, strategy="pike-o", budget=12, pike_o=cfg)
    state = json.loads((result.run_dir / "library.json").read_text())["strategy"]
    solutions = {s["id"]: s for s in json.loads((result.run_dir / "library.json").read_text())["solutions"]}
    assert state["generation"] == 3 and len(attempts) == 12
    assert all(a["island"] == (i // 2) % 2 for i, a in enumerate(attempts))  # 2 children per island per generation
    migrations = state["migrations"]
    assert migrations and {m["generation"] for m in migrations} == {2}
    for m in migrations:
        assert solutions[m["solution"]]["island"] == m["from"] and m["solution"] in state["islands"][m["to"]]
    # explore-only selection: before migration every parent comes from the child's own island
    for a in attempts:
        if a["parent"] is not None and a["phase"] < 2:
            assert solutions[a["parent"]]["island"] == a["island"]
    # after migration island 1 breeds from island 0's migrants too
    late = [a for a in attempts if a["phase"] == 2 and a["parent"] is not None]
    assert {solutions[a["parent"]]["island"] for a in late} <= {0, 1} and late


def test_pike_o_exploit_breeds_from_the_elite_and_diffs_apply(env):
    cfg = PikeOConfig(islands=1, children_per_island=2, archive_size=1, exploration_ratio=0.0, exploitation_ratio=1.0,
                      fix_rounds=0, ideas=1, diff_mode=True, num_top_programs=1, num_inspirations=0)

    def diff_responder(request):
        if "distinct, concrete ideas" in request.prompt:
            return '```json\n[{"title": "fuse"}]\n```'
        current = request.prompt.split("## Current solution")
        if len(current) == 1:
            return "```python\n" + SOLUTION.format(speed=1.0, n=0, broken="") + "```"
        speed = float(re.search(r"speed=([\d.]+)", current[1]).group(1))
        return (f"<<<<<<< SEARCH\n# speed={speed:.3f}\n=======\n# speed={speed * 1.5:.3f}\n>>>>>>> REPLACE\n")

    with LLMServer(diff_responder) as server:
        result, attempts, _ = search(server, env, strategy="pike-o", budget=6, pike_o=cfg, concurrency=1)
    library = json.loads((result.run_dir / "library.json").read_text())["solutions"]
    for a in attempts[2:]:  # every later parent is the best solution of the generations before it
        earlier = [s for s in library if s["phase"] < a["phase"]]
        assert a["parent"] == max(earlier, key=lambda s: (s["speedup"], -s["id"]))["id"]
    last = server.answered[-1].prompt
    assert "<<<<<<< SEARCH" in last and "solution (1)" in last and "solution (2)" not in last  # num_top_programs=1
    assert result.speedup == pytest.approx(1.5 ** 2, rel=1e-2)  # generations 1 and 2 each multiply by 1.5
