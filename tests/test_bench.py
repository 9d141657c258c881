"""``pike bench``: protocols, the runner on CPU with real tiny tasks, the table, plot, JSON and CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import torch

from pike_backend import cli
from pike_backend.bench import BenchConfig, run_bench
from pike_backend.bench.plot import plot_speedups
from pike_backend.bench.protocols import (
    BF16_NUMERICS,
    TF32_NUMERICS,
    get_protocol,
    numerics,
    parse_systems,
    pike_options,
)
from pike_backend.bench.cli import run_succeeded
from pike_backend.bench.results import (
    BEST_COMPILE,
    SystemResult,
    TaskResult,
    load_results,
    merge_results,
    summarize,
)
from pike_backend.bench.runner import _compute_speedups
from pike_backend.bench.table import format_table
from pike_backend.options import tolerance_for

TINY = """
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.fc1 = nn.Linear(width, width)
        self.fc2 = nn.Linear(width, width)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x))) * 0.5 + x


def get_inputs():
    return [torch.randn(4, 32)]


def get_init_inputs():
    return [32]
"""

# Two nearly equal products subtracted: fine in fp32, lost to rounding under bf16 autocast.
CANCELLING = """
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.a = nn.Linear(width, width, bias=False)
        self.b = nn.Linear(width, width, bias=False)
        with torch.no_grad():
            self.b.weight.copy_(self.a.weight + 1e-3 * torch.randn_like(self.a.weight))

    def forward(self, x):
        return self.b(x) - self.a(x)


def get_inputs():
    return [torch.randn(8, 64) * 100]


def get_init_inputs():
    return [64]
"""

# Fine in fp32; under bf16 autocast the linear returns bf16 and the indexed store into an fp32
# buffer raises, as a system that cannot run a model would.
FAILS_UNDER_AUTOCAST = """
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 8)
        self.register_buffer("rows", torch.tensor([0, 2]))

    def forward(self, x):
        out = torch.zeros_like(x)
        out[self.rows] = self.fc(x)[self.rows]
        return out


def get_inputs():
    return [torch.randn(4, 8)]


def get_init_inputs():
    return []
"""

BROKEN_INPUTS = """
import torch
import torch.nn as nn


class Model(nn.Module):
    def forward(self, x):
        return x


def get_inputs():
    raise ValueError("no inputs today")


def get_init_inputs():
    return []
"""

FAST = {"rounds": 2, "warmup_ms": 2.0, "rep_ms": 5.0, "progress": False}


def _write(directory: Path, name: str, source: str) -> Path:
    path = directory / f"{name}.py"
    path.write_text(textwrap.dedent(source))
    return path


# -- protocols -------------------------------------------------------------------------------


def test_protocol_tolerances():
    assert get_protocol("paper").tolerance == tolerance_for("bf16", 1e-2, 1e-2)
    assert get_protocol("strict").tolerance == tolerance_for("strict")
    with pytest.raises(ValueError, match="unknown protocol"):
        get_protocol("loose")


def test_systems_default_and_order():
    paper = [s.name for s in parse_systems(None, get_protocol("paper"), include_pike=True)]
    assert paper[0] == "eager" and paper[-1] == "pike"
    assert {"inductor", "reduce-overhead", "max-autotune", "reduce-overhead:bf16", "reduce-overhead:tf32"} <= set(paper)
    strict = [s.name for s in parse_systems(None, get_protocol("strict"), include_pike=False)]
    assert strict == ["eager", "inductor", "reduce-overhead", "max-autotune"]


@pytest.mark.parametrize(
    "baseline, message",
    [
        ("reduce-overhead:bf16", "strict protocol forbids"),
        ("turbo", "unknown baseline"),
        ("inductor:fp8", "unknown precision"),
        ("pike:bf16", "takes its precision from --protocol"),
    ],
)
def test_bad_baselines_are_refused(baseline, message):
    with pytest.raises(ValueError, match=message):
        parse_systems([baseline], get_protocol("strict"), include_pike=True)


def test_pike_options_follow_the_protocol(pike_env):
    options = pike_options(get_protocol("paper"), "cache-only", {"budget": "4"})
    assert options == {"mode": "cache-only", "precision": "bf16", "budget": "4", "atol": 1e-2, "rtol": 1e-2,
                       "granularity": "graph"}
    assert pike_options(get_protocol("strict"), "search", {"granularity": "subgraph"})["granularity"] == "subgraph"
    with pytest.raises(ValueError, match="set by the benchmark"):
        pike_options(get_protocol("paper"), "search", {"precision": "strict"})
    with pytest.raises(ValueError, match="unknown pike option"):
        pike_options(get_protocol("paper"), "search", {"bugdet": "4"})


def test_numerics_apply_and_restore():
    before = (torch.get_float32_matmul_precision(), torch.backends.cudnn.allow_tf32)
    with numerics(TF32_NUMERICS, "cpu"):
        assert torch.get_float32_matmul_precision() == "high"
        assert not torch.is_grad_enabled()
    with numerics(BF16_NUMERICS, "cpu"):
        assert torch.is_autocast_enabled("cpu")
        assert (torch.ones(2, 2) @ torch.ones(2, 2)).dtype == torch.bfloat16
    assert (torch.get_float32_matmul_precision(), torch.backends.cudnn.allow_tf32) == before
    assert not torch.is_autocast_enabled("cpu")


# -- speedup arithmetic --------------------------------------------------------------------------


def _timed(name: str, rounds: list[float], correct: bool = True) -> SystemResult:
    return SystemResult(name, ms_rounds=rounds, correct=correct)


def test_speedups_are_ratios_within_a_round():
    systems = parse_systems(["inductor", "reduce-overhead"], get_protocol("strict"), include_pike=True)
    task = TaskResult("t", "t.py")
    # eager drifts 2x between rounds; every system drifts with it
    task.systems = {
        "eager": _timed("eager", [2.0, 4.0, 3.0]),
        "inductor": _timed("inductor", [1.0, 2.0, 1.5]),  # 2x in every round
        "reduce-overhead": _timed("reduce-overhead", [0.5, 4.0, 1.0]),  # 4x, 1x, 3x
        "pike": _timed("pike", [0.25, 1.0, 0.5]),
    }
    _compute_speedups(task, systems)
    assert task.systems["inductor"].speedup == pytest.approx(2.0)
    assert task.systems["reduce-overhead"].speedup == pytest.approx(3.0)
    assert task.systems["eager"].speedup == pytest.approx(1.0)
    # per round the fastest compile system: 0.5, 2.0, 1.0 -> 4x, 2x, 3x
    assert task.best_compile == "reduce-overhead"
    assert task.best_compile_speedup == pytest.approx(3.0)
    assert task.pike_over_best_compile == pytest.approx(2.0)  # 0.5/0.25, 2/1, 1/0.5


def test_wrong_results_count_as_one_when_floored():
    systems = parse_systems(["inductor"], get_protocol("strict"), include_pike=False)
    tasks = []
    for index, (ms, correct) in enumerate([(0.5, True), (0.1, False), (4.0, True)]):
        task = TaskResult(f"t{index}", "")
        task.systems = {"eager": _timed("eager", [1.0]), "inductor": _timed("inductor", [ms], correct)}
        _compute_speedups(task, systems)
        tasks.append(task)
    row = summarize(tasks, "inductor")
    assert row["correct"] == 2 and row["slower_than_eager"] == 1
    assert row["geomean_floored"] == pytest.approx((2.0 * 1.0 * 1.0) ** (1 / 3))  # 2x, wrong=1, 0.25x->1
    assert row["geomean"] == pytest.approx((2.0 * 0.25) ** 0.5)


# -- the runner on CPU -----------------------------------------------------------------------------


def test_run_eager_and_pike_cache_only(pike_env):
    task = _write(pike_env, "tiny_mlp", TINY)
    json_path = pike_env / "out" / "bench.json"
    config = BenchConfig(baselines=[], pike_mode="cache-only", json_path=json_path, **FAST)
    result = run_bench([task], config)

    assert result.systems == ["eager", "pike"] and result.protocol == "paper"
    assert not result.timing_meaningful and result.device == "cpu"
    assert result.pike_options["mode"] == "cache-only" and result.pike_options["precision"] == "bf16"
    (outcome,) = result.tasks
    for name in ("eager", "pike"):
        system = outcome.systems[name]
        assert system.correct is True and not system.error, system
        assert len(system.ms_rounds) == 2 and all(ms > 0 for ms in system.ms_rounds)
        assert len(system.speedup_rounds) == 2 and system.compile_s > 0
    assert outcome.pike_events, "the backend reports every subgraph it compiled"
    # an empty cache in cache-only mode: nothing won, every subgraph fell back
    assert len(outcome.systems["pike"].winner_kinds) == len(outcome.pike_events)
    assert {e["outcome"] for e in outcome.pike_events} <= {"miss", "fallback"}

    saved = json.loads(json_path.read_text())
    assert saved["tasks"][0]["systems"]["pike"]["correct"] is True
    assert saved["summary"]["pike"]["tasks"] == 1 and saved["env"]["gpu"] == "cpu"

    table = format_table(result)
    assert "| tiny_mlp |" in table and "protocol paper" in table and "not meaningful" in table
    assert format_table(load_results(json_path)) == table  # the JSON holds the whole run
    png = plot_speedups(result, pike_env / "out" / "bench.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_failures_are_recorded_and_the_run_goes_on(pike_env):
    broken = _write(pike_env, "a_broken_inputs", BROKEN_INPUTS)
    failing = _write(pike_env, "b_fails_under_autocast", FAILS_UNDER_AUTOCAST)
    cancelling = _write(pike_env, "c_cancelling", CANCELLING)
    config = BenchConfig(baselines=["eager:bf16"], pike_mode="cache-only", **FAST)
    result = run_bench([broken, failing, cancelling], config)
    tasks = {t.task: t for t in result.tasks}
    assert list(tasks) == ["a_broken_inputs", "b_fails_under_autocast", "c_cancelling"]

    assert all("no inputs today" in s.error for s in tasks["a_broken_inputs"].systems.values())

    failed = tasks["b_fails_under_autocast"].systems
    assert failed["eager"].correct is True and failed["pike"].correct is True
    assert "Index put requires" in failed["eager:bf16"].error and failed["eager:bf16"].ms is None

    cancel = tasks["c_cancelling"].systems
    assert cancel["eager"].correct is True and cancel["pike"].correct is True
    assert cancel["eager:bf16"].correct is False and cancel["eager:bf16"].reasons
    assert cancel["eager:bf16"].ms is not None  # a wrong system is still timed, and shown as wrong

    summary = result.summary()
    assert summary["eager:bf16"]["correct"] == 0 and summary["eager:bf16"]["failed"] == 2
    assert summary["pike"]["correct"] == 2 and summary["pike"]["failed"] == 1
    table = format_table(result)
    assert "WRONG" in table and "ERROR (first call)" in table and "ERROR (reference)" in table
    assert not run_succeeded(result)


def test_every_system_is_checked_on_several_input_sets(pike_env, monkeypatch):
    """A system that replays its first output (a stale CUDA graph, a cache keyed on shapes) is
    right on the timed inputs and wrong on others: one checked set misses it, the default finds it."""
    from pike_backend.bench import runner

    def stale(system, model, options):
        if system.name != "eager:bf16":
            return compile_system(system, model, options)
        first = []

        def replay(*inputs):
            if not first:
                first.append(model(*inputs))
            return first[0].clone()
        return replay

    compile_system = runner.compile_system
    monkeypatch.setattr(runner, "compile_system", stale)
    task = _write(pike_env, "tiny_mlp", TINY)
    one = run_bench([task], BenchConfig(baselines=["eager:bf16"], pike=False, check_sets=1, **FAST))
    assert one.tasks[0].systems["eager:bf16"].correct is True
    three = run_bench([task], BenchConfig(baselines=["eager:bf16"], pike=False, **FAST))
    stale_result = three.tasks[0].systems["eager:bf16"]
    assert stale_result.correct is False and three.tasks[0].systems["eager"].correct is True
    assert any("input set 1" in reason for reason in stale_result.reasons), stale_result.reasons
    with pytest.raises(ValueError, match="check_sets"):
        run_bench([task], BenchConfig(check_sets=0, **FAST))


def test_strict_protocol_with_inductor(pike_env):
    task = _write(pike_env, "tiny_mlp", TINY)
    config = BenchConfig(protocol="strict", baselines=["inductor"], pike=False, **FAST)
    result = run_bench([task], config)
    assert result.protocol == "strict" and result.systems == ["eager", "inductor"]
    inductor = result.tasks[0].systems["inductor"]
    assert inductor.correct is True and inductor.rel_l2 < 1e-4
    assert result.tasks[0].best_compile == "inductor"
    assert result.summary()[BEST_COMPILE]["correct"] == 1


def test_merge_joins_slices_and_refuses_mismatched_runs(pike_env):
    first = _write(pike_env, "first", TINY)
    second = _write(pike_env, "second", TINY)
    paper = [run_bench([path], BenchConfig(baselines=[], pike=False, **FAST)) for path in (first, second)]
    merged = merge_results(paper)
    assert [t.task for t in merged.tasks] == ["first", "second"]
    assert merged.tasks[1].systems["eager"].ms == paper[1].tasks[0].systems["eager"].ms
    assert "| first |" in format_table(merged) and "| second |" in format_table(merged)
    strict = run_bench([first], BenchConfig(protocol="strict", baselines=[], pike=False, **FAST))
    with pytest.raises(ValueError, match="cannot merge"):
        merge_results([paper[0], strict])


def test_time_limit_skips_remaining_tasks(pike_env):
    first = _write(pike_env, "first", TINY)
    second = _write(pike_env, "second", TINY)
    result = run_bench([first, second], BenchConfig(baselines=[], pike=False, max_time_s=0.0, **FAST))
    assert [t.task for t in result.tasks] == [] and result.skipped == ["first", "second"]


# -- the command -----------------------------------------------------------------------------------


def test_cli_bad_input_exits_2(pike_env, capsys):
    assert cli.main(["bench", str(pike_env / "missing.py")]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    task = _write(pike_env, "tiny_mlp", TINY)
    assert cli.main(["bench", str(task), "--protocol", "strict", "--baselines", "reduce-overhead:bf16"]) == 2
    assert "forbids" in capsys.readouterr().err
    assert cli.main(["bench", str(task), "--pike-option", "budget"]) == 2
    assert "KEY=VALUE" in capsys.readouterr().err


def test_cli_end_to_end(pike_env):
    suite = pike_env / "suite"
    suite.mkdir()
    _write(suite, "tiny_mlp", TINY)
    json_path, plot_path = pike_env / "r.json", pike_env / "r.png"
    command = [
        sys.executable, "-m", "pike_backend.cli", "bench", str(suite), "--baselines", "", "--cache-only",
        "--rounds", "1", "--warmup-ms", "2", "--rep-ms", "5", "--json", str(json_path), "--plot", str(plot_path),
        "--table", str(pike_env / "r.md"),
    ]
    env = dict(os.environ, TRITON_INTERPRET="1")
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "| tiny_mlp |" in done.stdout and "pike bench" in done.stderr  # the progress bar
    assert json.loads(json_path.read_text())["tasks"][0]["systems"]["pike"]["correct"] is True
    assert plot_path.stat().st_size > 1000
    assert (pike_env / "r.md").read_text() == done.stdout


# -- on a GPU ---------------------------------------------------------------------------------------


@pytest.mark.gpu
def test_gpu_run_times_with_do_bench(pike_env):
    task = _write(pike_env, "tiny_mlp", TINY)
    config = BenchConfig(baselines=["reduce-overhead", "reduce-overhead:bf16"], pike_mode="cache-only", rounds=2)
    result = run_bench([task], config)
    assert result.timing_meaningful and result.device == "cuda"
    for name, system in result.tasks[0].systems.items():
        assert system.correct is True and not system.error, (name, system)
        assert all(p20 <= ms <= p80 for ms, (p20, p80) in zip(system.ms_rounds, system.spread_ms))


def test_the_suite_warms_pike_and_the_baselines_in_separate_processes(tmp_path):
    """A search must not wait behind minutes of baseline compiles (LSTM, DenseNet-121)."""
    import argparse
    import importlib.util

    spec = importlib.util.spec_from_file_location("run_suite", Path(__file__).parents[1] / "benchmarks/gpu/run_suite.py")
    run_suite = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run_suite)
    task = Path(__file__).parents[1] / "benchmarks/level3/30_lstm.py"
    args = argparse.Namespace(level=3, protocol="paper", baselines=None, no_pike=False, budget=16,
                              pike_max_time=60.0, cache_only=False)
    (pike_label, pike_run), (base_label, base_run) = run_suite.warm_runs(task, args, tmp_path)
    assert pike_label == "30_lstm pike" and base_label == "30_lstm baselines"
    assert pike_run[pike_run.index("--baselines") + 1] == "" and "--no-pike" not in pike_run
    assert pike_run[pike_run.index("--pike-max-time") + 1] == "60.0"
    assert "--no-pike" in base_run and "--budget" not in base_run
    assert [label for label, _ in run_suite.warm_runs(task, argparse.Namespace(**{**vars(args), "no_pike": True}), tmp_path)] == [base_label]
    assert [label for label, _ in run_suite.warm_runs(task, argparse.Namespace(**{**vars(args), "baselines": ""}), tmp_path)] == [pike_label]


def test_the_suite_runs_its_searches_in_a_pool_of_their_own(tmp_path, monkeypatch):
    """``--warm-searches 1``: the searches one at a time, the baselines three at a time beside them
    (one pool of three would start two searches at once; real processes, each recording when it ran)."""
    import argparse
    import importlib.util

    spec = importlib.util.spec_from_file_location("run_suite", Path(__file__).parents[1] / "benchmarks/gpu/run_suite.py")
    run_suite = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run_suite)
    stamps = tmp_path / "stamps"
    stamps.mkdir()

    def sleeper(label: str, extra: list[str]) -> tuple[str, list[str]]:
        code = (f"import time, pathlib; a = time.time(); time.sleep(0.6); "
                f"pathlib.Path({str(stamps)!r}, {label!r}).write_text(f'{{a}} {{time.time()}}')")
        return label, [sys.executable, "-c", code, *extra]

    def fake_runs(path, args, out):
        return [sleeper(f"{path.stem} pike", []), sleeper(f"{path.stem} baselines", ["--no-pike"])]

    monkeypatch.setattr(run_suite, "warm_runs", fake_runs)
    tasks = [tmp_path / f"0{i}_task.py" for i in range(3)]
    for task in tasks:
        task.write_text("# task\n")
    args = argparse.Namespace(out=str(tmp_path / "out"), warm_max_time=60.0, warm_jobs=3, warm_searches=1)
    run_suite.warm_caches(tasks, args)

    spans = {p.name: tuple(map(float, p.read_text().split())) for p in stamps.iterdir()}
    assert len(spans) == 6

    def overlapping(kind):
        runs = sorted(span for name, span in spans.items() if name.endswith(kind))
        return any(later[0] < earlier[1] for earlier, later in zip(runs, runs[1:]))
    assert not overlapping("pike")  # one search at a time
    assert overlapping("baselines")  # baseline runs at once
    first_search = min(span for name, span in spans.items() if name.endswith("pike"))
    base_start = min(span[0] for name, span in spans.items() if name.endswith("baselines"))
    assert base_start < first_search[1]  # the pools side by side, not one after the other


def test_the_suite_shares_tasks_between_gpus_in_about_equal_time(tmp_path):
    """``run_suite.py --split K``: each task's time from the newest earlier table that ran it (the
    median of the known where none did), longest first to the least loaded share. Round-robin put
    the heavy tasks of a table on one GPU; the split's slowest share must beat that here."""
    from pike_backend.bench.results import BenchResult, TaskResult

    def table(name: str, date: str, seconds: dict[str, float]) -> None:
        tasks = [TaskResult(task, f"benchmarks/level3/{task}.py", wall_s=wall) for task, wall in seconds.items()]
        BenchResult("paper", "bf16", "cuda", {}, True, date, ["eager"], [], 3, "cache-only", tasks=tasks).write_json(
            tmp_path / f"{name}.json")

    table("level3-paper-old", "2026-11-01T00:00:00+00:00", {"01_mlp": 500.0, "05_inception_module": 40.0})
    table("level3-paper-new", "2026-11-02T00:00:00+00:00",
          {"01_mlp": 30.0, "02_deep_narrow_mlp": 200.0, "03_shallow_wide_mlp": 10.0, "04_lenet5": 150.0,
           "06_googlenet_inception_v1": 20.0, "07_resnet_basic_block": 90.0, "08_resnet_bottleneck_block": 60.0})
    command = [sys.executable, str(Path(__file__).resolve().parents[1] / "benchmarks" / "gpu" / "run_suite.py"),
               "--split", "2", "--level", "3", "--protocol", "paper", "--tasks", "01-08",
               "--history", str(tmp_path / "level3-paper-*.json")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    shares = [line.split(",") for line in done.stdout.splitlines()]
    # newest time per task (01: 30 s, not 500), 05's only time 40 s
    seconds = {"01": 30, "02": 200, "03": 10, "04": 150, "05": 40, "06": 20, "07": 90, "08": 60}
    assert sorted(sum(shares, [])) == sorted(seconds) and all(share == sorted(share) for share in shares)
    loads = [sum(seconds[t] for t in share) for share in shares]
    round_robin = [sum(seconds[t] for t in sorted(seconds)[g::2]) for g in range(2)]
    assert max(loads) == 300 < max(round_robin) == 430  # the best split of these eight, and better
    empty = subprocess.run(command[:3] + ["3", *command[4:8], "--tasks", "02", *command[-2:]],
                           capture_output=True, text=True, timeout=120)
    assert empty.returncode == 0 and empty.stdout.splitlines() == ["02", "", ""]  # a GPU with no task gets none


def test_background_tables_run_detached_and_poll_copies_them(tmp_path):
    """``benchmarks/gpu/background.sh``: start returns at once, the tables run one after another
    from a copy of the checkout with their tasks passed on, and poll copies back the finished
    tables' JSON, the slices of the table still being measured, then archives while there is room
    (the device machine returns 8 files a call)."""
    repo = Path(__file__).resolve().parents[1]
    suite = tmp_path / "suite.sh"  # stands in for suite.sh, writing what it writes where it does
    suite.write_text(textwrap.dedent("""\
        name=level$1-$2${3:+-${3//,/_}}
        mkdir -p "$SUITE_WORK/$name/gpu0" && echo "$PWD" > "$SUITE_WORK/$name/gpu0/$name-gpu0.json"
        [ "$1" = 5 ] && [ "$2" = strict ] && exec sleep 20    # still measuring when polled
        echo "$PWD" > "$OUT/$name.json" && echo archive > "$OUT/$name.tgz"
        exit 3
        """))
    env = {**os.environ, "TABLES_DIR": str(tmp_path / "tables"), "SUITE_WORK": str(tmp_path / "work"),
           "SUITE": str(suite), "OUT": str(tmp_path / "out"), "POLL_FILES": "4"}
    script = ["bash", str(repo / "benchmarks/gpu/background.sh")]

    def background(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(script + list(args), cwd=repo, env=env, capture_output=True, text=True, timeout=60)

    assert background("poll", "1").returncode == 1  # nothing started
    started = background("start", "3:strict:19,20 5:paper 5:strict")
    assert started.returncode == 0 and "started" in started.stdout
    assert background("start", "3:paper").returncode == 1  # one set of tables at a time
    deadline = time.monotonic() + 30
    while "start 5:strict" not in (tmp_path / "tables/progress").read_text() and time.monotonic() < deadline:
        time.sleep(0.2)
    polled = background("poll", "1")
    lines = polled.stdout.splitlines()
    assert [line.split()[:2] for line in lines[:5]] == [
        ["start", "3:strict:19,20"], ["done", "3:strict:19,20"], ["start", "5:paper"], ["done", "5:paper"],
        ["start", "5:strict"]]
    assert lines[1].endswith("exit 3")
    out = tmp_path / "out"
    copied = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert copied == ["level3-strict-19_20.json", "level3-strict-19_20.tgz", "level5-paper.json",
                      "partial/level5-strict-gpu0.json"]  # finished tables' slices are not copied
    assert (out / "level5-paper.json").read_text().strip() == str(tmp_path / "tables" / "repo")
    assert "left in" in polled.stdout and "level5-paper.tgz" in polled.stdout
