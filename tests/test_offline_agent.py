"""The offline agent on CPU: recipes, tracing, the inference rewrites (run for real and compared
with eager), IBA ordering, COA on top of parents, EFA rules, and the runtime's weight caching."""

import collections
import dataclasses
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

from pike_backend.evaluate.verdict import OutputDiff, Verdict
from pike_backend.offline import OfflineAgent
from pike_backend.offline.ideas import SMALL_BYTES, idea_kinds
from pike_backend.offline.passes import fast_path_attention, functional_of, runtime_dtype_name
from pike_backend.offline.recipe import Recipe, recipe_of_kind, recipe_of_source
from pike_backend.offline.agent import _ProblemState
from pike_backend.offline.repair import failing_precision, marginal, repair, torch_compile_failed
from pike_backend.offline.solution import RewriteError, build, functional_for
from pike_backend.offline.trace import trace_problem
from pike_backend.options import PikeOptions, tolerance_for
from pike_backend.problem import (
    Problem,
    build_candidate,
    build_reference,
    check_solution_source,
    load_source_module,
    seeded_inputs,
)
from pike_backend.search.agent import FixRequest, Idea, OptimizeRequest

HEADER = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n"

CONVNET = Problem("convnet", HEADER + textwrap.dedent("""
    class Model(nn.Module):
        def __init__(self, channels, classes):
            super().__init__()
            self.conv1 = nn.Conv2d(3, channels, 3, padding=1, bias=False)
            self.bn1 = nn.BatchNorm2d(channels)
            self.conv2 = nn.Conv2d(channels, channels, 3, padding=1)
            self.bn2 = nn.BatchNorm2d(channels)
            self.fc = nn.Linear(channels, classes)
            self.bn3 = nn.BatchNorm1d(classes)

        def forward(self, x):
            y = F.relu(self.bn1(self.conv1(x)))
            y = F.relu(self.bn2(self.conv2(y)) + y)
            return torch.softmax(self.bn3(self.fc(y.mean((2, 3)))), dim=-1)

    def get_inputs():
        return [torch.randn(2, 3, 8, 8)]

    def get_init_inputs():
        return [8, 5]
"""))

# Data-dependent control flow: Dynamo cannot give one graph, so only whole-module rewrites apply.
BRANCHY = Problem("branchy", HEADER + textwrap.dedent("""
    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(16, 16)

        def forward(self, x):
            if x.sum().item() > 0:
                return self.fc(x).relu()
            return self.fc(x)

    def get_inputs():
        return [torch.randn(4, 16)]

    def get_init_inputs():
        return []
"""))


# Nothing to derive: a lean Solution (one module tensor read as it is, two inputs).
AFFINE = Problem("affine", HEADER + textwrap.dedent("""
    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(16, 8)

        def forward(self, x, y):
            return torch.relu(self.fc(x) * 2.0 + y)

    def get_inputs():
        return [torch.randn(4, 16), torch.randn(4, 8)]

    def get_init_inputs():
        return []
"""))

POINTWISE = Problem("pointwise", HEADER + textwrap.dedent("""
    class Model(nn.Module):
        def forward(self, x, y):
            return torch.relu(x * 2.0 + y)

    def get_inputs():
        return [torch.randn(4, 16), torch.randn(4, 16)]

    def get_init_inputs():
        return []
"""))


@pytest.fixture(scope="module")
def convnet_graph():
    return trace_problem(CONVNET)


def _recipe(kind: str, path: str = "graph") -> Recipe:
    return recipe_of_kind(kind, Recipe(path=path))


def _randomize_stats(model: torch.nn.Module, seed: int) -> None:
    """Running statistics far from (0, 1), so that folding them matters."""
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, torch.nn.modules.batchnorm._BatchNorm):
                module.running_mean.copy_(torch.rand(module.running_mean.shape, generator=generator) * 2 - 1)
                module.running_var.copy_(torch.rand(module.running_var.shape, generator=generator) + 0.5)
                module.weight.copy_(torch.rand(module.weight.shape, generator=generator) + 0.5)


def _run_pair(problem: Problem, source: str, seed: int = 1):
    """(reference output, candidate output) with the reference's weights, as the evaluator does."""
    check_solution_source(source)
    problem_module = load_source_module(problem.source)
    reference = build_reference(problem_module, 0, "cpu")
    _randomize_stats(reference, 7)
    candidate = build_candidate(load_source_module(source, "offline_test"), problem_module, reference, 0, "cpu")
    inputs = seeded_inputs(problem_module, seed, "cpu")
    with torch.no_grad():
        return reference(*inputs), candidate(*inputs), reference, candidate, inputs


# -- recipes ---------------------------------------------------------------------------------------


def test_recipe_kind_labels_and_marker_round_trip():
    recipe = _recipe("cuda-graph+bf16+fold-bn+channels-last+triton-fused").with_tuning({"k0.BLOCK": 64})
    assert recipe.kind == "cuda-graph+bf16+fold-bn+channels-last+triton-fused+tuned"
    assert recipe.applied[-1] == "tuned"
    assert recipe_of_source(f"x = 1\n{recipe.marker()}\n") == recipe
    assert recipe.without("bf16").kind == "cuda-graph+fold-bn+channels-last+triton-fused+tuned"
    assert recipe.without("triton-fused").kind == "cuda-graph+bf16+fold-bn+channels-last"
    assert _recipe("inductor-reduce-overhead:bf16").kind == "inductor-reduce-overhead:bf16"
    assert _recipe("inductor-default").kind == "inductor-default"
    graphed = _recipe("inductor-default+cuda-graph:fp16")
    assert (graphed.path, graphed.inductor_mode, graphed.cuda_graph, graphed.precision) == ("inductor", "default", True, "fp16")
    assert graphed.kind == "inductor-default+cuda-graph:fp16" and recipe_of_source(graphed.marker()) == graphed
    frozen = _recipe("inductor-default+cuda-graph+freeze:fp16")
    assert frozen.freeze and frozen.kind == "inductor-default+cuda-graph+freeze:fp16"
    assert recipe_of_source(frozen.marker()) == frozen and frozen.without("freeze") == graphed
    fused = frozen.with_token("cudnn-fused")
    assert fused.kind == "inductor-default+cuda-graph+freeze+cudnn-fused:fp16" and recipe_of_source(fused.marker()) == fused
    assert fused.without("cudnn-fused") == frozen and fused.at_precision("bf16").cudnn_fused
    assert fused.at_precision("tf32") == frozen.at_precision("tf32")  # the fused epilogues stay at 16 bits
    for token in ("cuda-graph", "freeze"):
        with pytest.raises(ValueError, match="captures its own CUDA graphs"):
            _recipe(f"inductor-reduce-overhead+{token}")
    with pytest.raises(ValueError, match="does not apply to torch.compile"):
        _recipe("inductor-default").with_token("fold-bn")
    assert recipe_of_source("class ModelNew: pass\n") is None
    assert recipe_of_source("# pike-offline-recipe: {not json\n") is None
    with pytest.raises(ValueError, match="unknown rewrite"):
        Recipe().with_token("warp-speed")


# -- tracing ---------------------------------------------------------------------------------------


def test_trace_maps_graph_inputs_to_module_tensors_and_inputs(convnet_graph):
    pg = convnet_graph
    assert pg.traced, pg.error
    names = {a["name"] for a in pg.args if a["from"] == "tensor"}
    assert {"conv1.weight", "bn1.running_mean", "bn3.running_var", "fc.bias"} <= names
    assert [a for a in pg.args if a["from"] == "input"] == [{"from": "input", "index": 0}]
    assert pg.out_kind == "tensor" and pg.out_dtypes == ["float32"]
    assert pg.anchors["conv2d"] == 2 and pg.anchors["linear"] == 1
    assert pg.batch_norms == 3 and pg.has_conv2d and pg.fusible > 0


def test_untraceable_model_gets_whole_module_rewrites_only():
    pg = trace_problem(BRANCHY)
    assert not pg.traced and pg.error
    assert pg.out_kind == "tensor"
    with pytest.raises(RewriteError, match="no functional graph"):
        build(pg, Recipe(path="graph", fold_bn=True))
    source = build(pg, Recipe(path="module").with_token("bf16")).source
    expected, got, *_ = _run_pair(BRANCHY, source)
    assert got.dtype == expected.dtype
    torch.testing.assert_close(got, expected, atol=5e-2, rtol=5e-2)


# -- rewrites, run for real ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, tol",
    [
        ("eager-graph", 1e-6),
        ("fold-bn", 1e-5),
        ("fold-bn+channels-last", 1e-5),
        ("fold-bn+contiguous", 1e-5),
        ("tf32+fold-bn", 1e-5),  # on CPU TF32 changes nothing: the flag must be restored, see below
        ("bf16+fold-bn", 3e-2),
        ("fp16", 3e-2),
    ],
)
def test_graph_rewrites_match_eager(convnet_graph, kind, tol):
    built = build(convnet_graph, _recipe(kind))
    assert recipe_of_source(built.source).kind == kind
    before = torch.get_float32_matmul_precision()
    expected, got, *_ = _run_pair(CONVNET, built.source)
    assert torch.get_float32_matmul_precision() == before
    assert got.dtype == expected.dtype and got.shape == expected.shape
    torch.testing.assert_close(got, expected, atol=tol, rtol=tol)


def test_fold_removes_batch_norm_and_precasts_weights(convnet_graph):
    built = build(convnet_graph, _recipe("bf16+fold-bn"))
    graph_code = built.source.split("def fused_forward", 1)[1].split("\n\n\n", 1)[0]
    assert "batch_norm" not in graph_code
    spec = load_source_module(built.source, "offline_test")._PK_SPEC
    folded = [a for a in spec["args"] if a["from"].startswith("fold_")]
    assert len(folded) == 6  # weight and bias for conv1, conv2 and fc
    assert all(a.get("dtype") == "bfloat16" for a in folded)


def test_folded_weights_follow_in_place_weight_updates(convnet_graph):
    """Derived weights are cached on (identity, _version): an in-place update must be seen."""
    built = build(convnet_graph, _recipe("fold-bn"))
    _, first, reference, candidate, inputs = _run_pair(CONVNET, built.source)
    _randomize_stats(reference, 11)
    with torch.no_grad():
        reference.conv2.weight.mul_(-1.5)
        candidate.load_state_dict(reference.state_dict())
        expected, got = reference(*inputs), candidate(*inputs)
    assert not torch.allclose(first, expected, atol=1e-3)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-5)
    with torch.no_grad():  # a replaced parameter object is seen as well
        reference.fc.weight = torch.nn.Parameter(torch.randn_like(reference.fc.weight))
        candidate.fc.weight = torch.nn.Parameter(reference.fc.weight.detach().clone())
        torch.testing.assert_close(candidate(*inputs), reference(*inputs), atol=1e-5, rtol=1e-5)


def test_solution_outputs_are_fresh_and_inputs_untouched(convnet_graph):
    built = build(convnet_graph, _recipe("fold-bn"))
    _, first, _, candidate, inputs = _run_pair(CONVNET, built.source)
    snapshot = [x.clone() for x in inputs]
    with torch.no_grad():
        second = candidate(*inputs)
    assert second.data_ptr() != first.data_ptr()
    assert all(torch.equal(a, b) for a, b in zip(inputs, snapshot))


def test_other_input_shapes_run_the_problems_own_forward(convnet_graph):
    """The graph is specialised on the traced shapes; any other shape must still be right."""
    built = build(convnet_graph, _recipe("fold-bn"))
    _, _, reference, candidate, _ = _run_pair(CONVNET, built.source)
    bigger = torch.randn(3, 3, 6, 10)
    with torch.no_grad():
        torch.testing.assert_close(candidate(bigger), reference(bigger), atol=1e-5, rtol=1e-5)


def test_inductor_seed_source_loads_with_the_problem_state_dict(convnet_graph):
    source = build(convnet_graph, _recipe("inductor-reduce-overhead:bf16")).source
    module = load_source_module(source, "offline_test")
    assert module._PK_SPEC["path"] == "inductor" and module._PK_SPEC["autocast"] == "bfloat16"
    problem_module = load_source_module(CONVNET.source)
    reference = build_reference(problem_module, 0, "cpu")
    candidate = build_candidate(module, problem_module, reference, 0, "cpu")
    assert candidate.state_dict().keys() == reference.state_dict().keys()


def _python_calls(fn, *args):
    """(names of the Python functions ``fn(*args)`` ran, in call order; its result): a structural trace."""
    names = []

    def hook(frame, event, arg):
        if event == "call":
            names.append(frame.f_code.co_name)

    sys.setprofile(hook)
    try:
        result = fn(*args)
    finally:
        sys.setprofile(None)
    return names, result


# what only derived weights, CUDA graphs or a grad context need: a lean call runs none of it
_HEAVY = {"_full_call", "_replay_call", "_stale", "_watched_state", "_refresh", "_pk_derive", "_pk_clone",
          "_body", "__enter__", "__exit__"}


@pytest.mark.parametrize("problem", [AFFINE, POINTWISE], ids=["module-tensor", "inputs-only"])
def test_lean_solution_runs_the_graph_and_nothing_heavy(problem):
    built = build(trace_problem(problem), Recipe(path="graph"))
    expected, got, reference, candidate, inputs = _run_pair(problem, built.source)
    torch.testing.assert_close(got, expected)
    runner = candidate._pk_runner
    assert runner.call == runner._lean_call
    with torch.no_grad():  # as the evaluator and the backend call it
        names, out = _python_calls(candidate.forward, *inputs)
    torch.testing.assert_close(out, expected)
    assert "fused_forward" in names and not _HEAVY & set(names), names
    before_graph = set(names[:names.index("fused_forward")])
    assert before_graph <= {"forward", "__call__", "_lean_call", "_traced_inputs", "_graph_args", "<listcomp>"}, names


def test_lean_solution_follows_the_module_and_the_inputs():
    _, _, reference, candidate, inputs = _run_pair(AFFINE, build(trace_problem(AFFINE), Recipe(path="graph")).source)
    out = candidate(*inputs)  # grad on: no autograd graph, as every Solution of ours
    assert not out.requires_grad
    torch.testing.assert_close(out, reference(*inputs).detach())
    with torch.no_grad():
        reference.fc.weight.mul_(-2.0)  # in place, as load_state_dict does
        candidate.fc.weight.mul_(-2.0)
        torch.testing.assert_close(candidate(*inputs), reference(*inputs))
        reference.fc.bias = torch.nn.Parameter(torch.randn(8))  # a replaced parameter object
        candidate.fc.bias = torch.nn.Parameter(reference.fc.bias.detach().clone())
        torch.testing.assert_close(candidate(*inputs), reference(*inputs))
        other = [torch.randn(3, 16), torch.randn(3, 8)]  # not the traced shapes: the problem's forward
        torch.testing.assert_close(candidate(*other), reference(*other))


def test_captured_module_bodies_capture_again_when_a_tensor_moves():
    """A module or inductor body in a CUDA graph reads the weights at their captured addresses: a
    replaced parameter (or a swapped .data) drops the captured graphs; an in-place update, which the
    replay reads, does not. (Capture itself needs a GPU: tests/test_offline_gpu.py runs it.)"""
    _, _, reference, candidate, inputs = _run_pair(AFFINE, build(trace_problem(AFFINE), Recipe(path="module", cuda_graph=True)).source)
    runner = candidate._pk_runner
    assert runner.pinned and runner.call == runner._replay_call
    with torch.no_grad():
        torch.testing.assert_close(candidate(*inputs), reference(*inputs))
        assert set(runner.watch[1]) == {"weight", "bias"}
        runner.graphs.entries["captured"] = "a graph on the current addresses"
        candidate.fc.weight.mul_(-2.0)  # in place: the same memory, read by a replay
        reference.fc.weight.mul_(-2.0)
        torch.testing.assert_close(candidate(*inputs), reference(*inputs))
        assert "captured" in runner.graphs.entries
        reference.fc.bias = torch.nn.Parameter(torch.randn(8))  # a replaced parameter object
        candidate.fc.bias = torch.nn.Parameter(reference.fc.bias.detach().clone())
        torch.testing.assert_close(candidate(*inputs), reference(*inputs))
        assert "captured" not in runner.graphs.entries
        runner.graphs.entries["captured"] = "a graph on the current addresses"
        candidate.fc.weight.data = candidate.fc.weight.detach().clone()  # same object, other memory
        candidate(*inputs)
        assert "captured" not in runner.graphs.entries


def test_a_replay_is_queued_before_the_weights_are_looked_at(monkeypatch):
    """Looking at a deep network's weights (a version and an address for each) costs as much host
    time as a tenth of its kernels, so the replay is queued first and the look runs while the GPU
    works. A weight that moved drops the replay's outputs once the replay has ended and answers
    afresh; until then the storage the graph was captured on stays allocated. (A GPU capture is
    stood in for by outputs recorded at the first call.)"""
    from pike_backend.offline.runtime import _pk_layout

    _, _, reference, candidate, inputs = _run_pair(AFFINE, build(trace_problem(AFFINE), Recipe(path="module", cuda_graph=True)).source)
    runner = candidate._pk_runner
    events = []

    class Stream:
        def synchronize(self):
            events.append("synchronize")

    class Captured:
        def __init__(self, outputs):
            self.layout, self.outputs = _pk_layout(inputs), outputs

        def replay(self):
            events.append("replay")
            return self.outputs

    monkeypatch.setattr(torch.cuda, "current_stream", Stream)
    look = runner._stale
    runner._stale = lambda: events.append("look") or look()

    def held():
        return {storage.data_ptr() for storage in runner.held}

    with torch.no_grad():
        expected = reference(*inputs)
        runner.graphs.last = Captured(expected.clone())
        torch.testing.assert_close(candidate(*inputs), expected)
        assert events == ["replay", "look"]
        events.clear()
        old = candidate.fc.weight.data_ptr()
        assert old in held()
        for model in (reference, candidate):
            model.fc.weight.data = model.fc.weight.detach() * -2.0  # same object, other memory
        assert old in held()  # what the stale replay reads is still allocated
        torch.testing.assert_close(candidate(*inputs), reference(*inputs))  # not the replay's outputs
        assert events[:3] == ["replay", "look", "synchronize"]
        assert runner.graphs.last is None and old not in held() and candidate.fc.weight.data_ptr() in held()


def test_the_tuning_thread_takes_the_callers_modes_and_is_not_used_inside_dynamos_compile():
    """pike's backend checks its graph inside Dynamo's compile of the frame, under Dynamo's
    process-wide compile lock. A tuned capture there (an inductor seed, compiled at its first call)
    runs on the caller's thread: on a tuning thread its compile would wait for the lock held by
    the thread waiting for it. Elsewhere it runs on a tuning thread with the caller's grad and
    inference modes (and, on a GPU, device and stream: tests/test_offline_gpu.py)."""
    from pike_backend.evaluate.integrity import Snapshot
    from pike_backend.offline import runtime

    inner = torch.compile(lambda x: x.cos() * 2.0, backend="eager")
    seen = []

    def backend(gm, example_inputs):
        x = example_inputs[0]
        seen.append((runtime._pk_in_dynamo_compile(), runtime._pk_on_tuner(lambda: (threading.get_ident(), inner(x)))))
        return gm.forward

    x = torch.randn(8)
    assert not runtime._pk_in_dynamo_compile()
    torch.testing.assert_close(torch.compile(lambda t: t.sin() + 1.0, backend=backend)(x), x.sin() + 1.0)
    [(compiling, (thread, value))] = seen
    assert compiling and thread == threading.get_ident()
    torch.testing.assert_close(value, x.cos() * 2.0)
    # elsewhere a tuning thread runs it, under the caller's grad and inference modes (an input
    # made under inference mode can be written there only), and has ended when it returns: the
    # evaluator's integrity check rejects a candidate that leaves a thread running
    snapshot = Snapshot.take()
    with torch.inference_mode():
        made = torch.zeros(4)
        name, grad, inference = runtime._pk_on_tuner(
            lambda: (threading.current_thread().name, torch.is_grad_enabled(), made.add_(1.0).is_inference()))
    assert name.startswith("pike-cudnn-tuner") and not grad and inference and made.sum() == 4
    with torch.no_grad():
        assert runtime._pk_on_tuner(torch.is_grad_enabled) is False
    assert runtime._pk_on_tuner(torch.is_grad_enabled) is True
    assert snapshot.tampering() == []


def test_cuda_graphs_are_captured_again_on_the_tensors_a_caller_keeps(monkeypatch):
    """The graph cache's policy, with a GPU's capture stood in for by a body that runs at replay:
    the first capture's tensors (a warm-up batch) give way to the ones the caller calls with twice
    in a row; tensors that change every call are copied into the staged buffers; and a
    caller whose tensors keep moving stops the recaptures at ``_PK_MAX_RECAPTURES``."""
    from pike_backend.offline import runtime

    captured = []

    class Replayed:  # what _PkCaptured records, with the body run at each replay
        def __init__(self, body, inputs, tune_convs=False):
            self.body, self.inputs, self.layout = body, list(inputs), runtime._pk_layout(inputs)
            captured.append(self.inputs)

        def replay(self):
            return self.body(self.inputs)

    monkeypatch.setattr(runtime, "_PkCaptured", Replayed)
    cache = runtime._PkGraphCache()

    def body(inputs):
        return inputs[0] * 2.0 + inputs[1]

    def call(x, y):
        torch.testing.assert_close(cache.run(body, [x, y]), x * 2.0 + y)

    x, y = torch.randn(8), torch.randn(8)
    call(x.clone(), y.clone())  # a warm-up batch: the first capture
    call(x, y)  # once: into the staged buffers
    assert len(captured) == 2 and captured[1][0] is not x
    x.copy_(torch.randn(8))  # new values in the same memory, as a caller refilling its input does
    call(x, y)  # twice in a row: captured on the caller's own tensors
    assert captured[-1][0] is x and cache.last.inputs[0] is x
    call(x, y)
    assert len(captured) == 3  # replayed, nothing captured or copied
    others = [(torch.randn(8), torch.randn(8)) for _ in range(4)]
    for a, b in others:  # each kept for two calls: captured, up to the limit (x's was the first)
        call(a, b)
        call(a, b)
    assert len(captured) == 2 + runtime._PK_MAX_RECAPTURES
    for a, b in others:  # from then on, tensors the direct graph does not hold go through the buffers
        call(a, b)
    assert len(captured) == 2 + runtime._PK_MAX_RECAPTURES


def test_a_frozen_seed_compiles_again_when_a_weight_changes():
    """Frozen, inductor holds the module's tensors as constants (batch norm folded into the conv):
    an in-place update, a load_state_dict or a replaced parameter must reach the next call."""
    from pike_backend.offline.runtime import _PK_MAX_FREEZES

    _, _, reference, candidate, inputs = _run_pair(CONVNET, build(trace_problem(CONVNET), _recipe("inductor-default+freeze")).source)
    runner = candidate._pk_runner
    assert runner.frozen and runner.pinned
    with torch.no_grad():
        torch.testing.assert_close(candidate(*inputs), reference(*inputs))
        first = runner.compiled
        reference.bn2.running_var.mul_(3.0)  # in place: the same memory, a new value
        candidate.bn2.running_var.mul_(3.0)
        torch.testing.assert_close(candidate(*inputs), reference(*inputs))
        assert runner.compiled is not first
        state = {k: v + 0.25 if v.is_floating_point() else v for k, v in reference.state_dict().items()}
        reference.load_state_dict(state)
        candidate.load_state_dict(state)
        torch.testing.assert_close(candidate(*inputs), reference(*inputs))
        second = runner.compiled
        torch.testing.assert_close(candidate(*inputs), reference(*inputs))
        assert runner.compiled is second and runner.frozen  # nothing changed: no new compile
        # inductor keeps every frozen module (constants included) for the process's life: after
        # _PK_MAX_FREEZES compiles, weights that keep changing are compiled as inputs
        for step in range(2):
            for model in (reference, candidate):
                model.conv1.weight.mul_(0.5)
            torch.testing.assert_close(candidate(*inputs), reference(*inputs))
        assert not runner.frozen and runner.freezes == _PK_MAX_FREEZES
        unfrozen = runner.compiled
        for model in (reference, candidate):
            model.conv1.weight.mul_(0.5)
        torch.testing.assert_close(candidate(*inputs), reference(*inputs))
        assert runner.compiled is unfrozen  # the weights are its inputs: nothing to compile again


# -- cuDNN's fused convolution epilogues (the inductor path's post-grad pass) ----------------------


def test_conv_epilogues_become_one_fused_op_where_cudnn_runs_them():
    """relu(conv) and relu(conv + residual) become the one op; a convolution with another user, a
    grouped one and a residual that broadcasts keep inductor's own code. The rewritten graph runs
    the op's plain path on a CPU and must give eager's values."""
    from torch.fx.experimental.proxy_tensor import make_fx

    from pike_backend.offline import runtime

    def f(x, w, b, w2, dw):
        a = torch.relu(F.conv2d(x, w, b, padding=1))  # fused
        c = torch.relu(F.conv2d(a, w2, None, padding=1) + a)  # fused, with its residual
        d = F.conv2d(c, w2, padding=1)
        e = torch.relu(d) + d  # the convolution has a second user: kept
        g = torch.relu(F.conv2d(e, dw, padding=1, groups=8))  # grouped: kept
        return torch.relu(F.conv2d(g, w2, stride=2) + b.view(1, -1, 1, 1))  # a broadcast residual: kept

    generator = torch.Generator().manual_seed(3)
    args = [torch.randn(shape, generator=generator) for shape in [(2, 3, 9, 9), (8, 3, 3, 3), (8,), (8, 8, 3, 3), (8, 1, 3, 3)]]
    gm = make_fx(f, tracing_mode="fake")(*args)  # ATen ops with example values, as inductor's post-grad graph
    assert runtime._pk_fuse_conv_epilogues(gm.graph) == 2
    gm.recompile()
    fused = [n for n in gm.graph.nodes if n.target is torch.ops.pike.cudnn_conv2d_relu.default]
    assert [n.args[3] is not None for n in fused] == [False, True]  # the second carries its residual
    assert sum(n.target is torch.ops.aten.convolution.default for n in gm.graph.nodes) == 3
    torch.testing.assert_close(gm(*args), f(*args))
    # the op's fake kernel gives the real output's shape and layout (inductor plans buffers by it):
    # channels_last where the input or the weight is (cuDNN's rule), contiguous otherwise
    x, w = args[0], args[1]
    cl = torch.channels_last
    for x, w, channels_last in [(x.contiguous(memory_format=cl), w, True), (x, w.contiguous(memory_format=cl), True), (x, w, False)]:
        real = torch.ops.pike.cudnn_conv2d_relu(x, w, args[2], None, [2, 2], [1, 1], [1, 1])
        with torch._subclasses.fake_tensor.FakeTensorMode() as mode:
            fake = torch.ops.pike.cudnn_conv2d_relu(mode.from_tensor(x), mode.from_tensor(w), None, None, [2, 2], [1, 1], [1, 1])
        assert fake.shape == real.shape == (2, 8, 5, 5) and fake.stride() == real.stride()
        assert real.is_contiguous(memory_format=cl) != real.is_contiguous() and real.is_contiguous() != channels_last


def fused_seed_run() -> list[int]:
    """What ``test_the_cudnn_fused_seed_compiles_frozen_and_matches_eager`` runs in a fresh process:
    the conv epilogues fused per compile, after checking the candidate against eager."""
    source = build(trace_problem(CONVNET), _recipe("inductor-default+freeze+cudnn-fused")).source
    problem_module = load_source_module(CONVNET.source)
    reference = build_reference(problem_module, 0, "cpu")
    _randomize_stats(reference, 7)
    module = load_source_module(source, "offline_test")
    fused = []
    plain = module._pk_fuse_conv_epilogues
    module._pk_fuse_conv_epilogues = lambda graph: fused.append(plain(graph))
    candidate = build_candidate(module, problem_module, reference, 0, "cpu")
    inputs = seeded_inputs(problem_module, 1, "cpu")
    with torch.no_grad():
        torch.testing.assert_close(candidate(*inputs), reference(*inputs), atol=1e-5, rtol=1e-5)
    assert candidate._pk_runner.frozen
    return fused


def test_the_cudnn_fused_seed_compiles_frozen_and_matches_eager(tmp_path):
    """The seed's Solution: inductor's freezing folds batch norm into each convolution, then our
    pass gives both convolutions of CONVNET (one with its residual) to the fused op, which runs its
    plain path on a CPU. A second process loads inductor's code from its disk cache, the pass not
    run: the op must be defined all the same. Fresh processes: inductor's oneDNN weight packing,
    which would take the convolutions first on a CPU, is registered once per process unless turned
    off before any compile."""
    script = (
        "import torch._inductor.config as c; c.cpp.weight_prepack = False; c.fx_graph_cache = True\n"
        "import test_offline_agent as t; print('fused', t.fused_seed_run())"
    )
    env = {**os.environ, "TORCHINDUCTOR_CACHE_DIR": str(tmp_path)}
    for expected in ("fused [2]", "fused []"):  # compiled, then loaded from the cache
        done = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parent, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        assert done.stdout.strip().splitlines()[-1] == expected


def test_runners_of_one_solution_compile_apart():
    """Dynamo keeps compiled code per code object, a limited number of entries each: runners of
    one loaded Solution (the same layer in 12 places) must not share one, or the later ones run
    uncompiled."""
    from torch._dynamo.utils import counters

    module = load_source_module(build(trace_problem(AFFINE), _recipe("inductor-default")).source, "offline_test")
    before = counters["stats"]["unique_graphs"]
    # torch's own patch: after pytest 9.2's monkeypatch undoes, torch's config has no such entry at all
    with torch._dynamo.config.patch(recompile_limit=1):
        for scale in (1.0, 2.0):
            model = module.Model()
            runner = module._PkRunner(module._PK_SPEC, module.Model.forward)
            x, y = torch.randn(4, 16), torch.randn(4, 8)
            with torch.no_grad():
                torch.testing.assert_close(runner(model, [x * scale, y]), model(x * scale, y))
    assert counters["stats"]["unique_graphs"] == before + 2


def test_derived_or_captured_specs_do_not_take_the_lean_path(convnet_graph):
    for kind in ("fold-bn", "channels-last", "bf16", "tf32"):
        module = load_source_module(build(convnet_graph, _recipe(kind)).source, "offline_test")
        runner = module._PkRunner(module._PK_SPEC, module.Model.forward, module.fused_forward)
        assert not runner.lean and runner.call == runner._full_call, kind
    module = load_source_module(build(convnet_graph, _recipe("cuda-graph")).source, "offline_test")
    runner = module._PkRunner(module._PK_SPEC, module.Model.forward, module.fused_forward)
    assert runner.call == runner._replay_call


def test_labels_that_change_no_code_share_the_code_digest():
    """bf16 on a graph with no matmul changes nothing that runs: the agent proposes it once."""
    pointwise = trace_problem(POINTWISE)
    plain, bf16 = build(pointwise, Recipe()), build(pointwise, Recipe().with_token("bf16"))
    assert plain.source != bf16.source and plain.runs_sha256 == bf16.runs_sha256
    affine = trace_problem(AFFINE)
    assert build(affine, Recipe()).runs_sha256 != build(affine, Recipe().with_token("bf16")).runs_sha256


def _forward_inputs_seen(source: str) -> tuple[tuple, list[str]]:
    """``_output_structure`` of a problem, and the type of the weight each forward call read; the
    inputs must come out as they went in."""
    from pike_backend.offline.trace import _output_structure

    module = load_source_module(source, "offline_test")
    seen, forward = [], module.Model.forward
    module.Model.forward = lambda self, x: seen.append(type(self.w).__name__) or forward(self, x)
    inputs = module.get_inputs()
    before = [x.clone() for x in inputs]
    structure = _output_structure(module, inputs)
    assert all(torch.equal(now, then) for now, then in zip(inputs, before))
    return structure, seen


# An extracted problem draws its weights on the CPU and copies them in (which meta tensors refuse).
_EXTRACTED = """
import torch
import torch.nn as nn
import torch.nn.functional as F
DEVICE = "cpu"

class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("w", _pike_tensor((8, 16), (16, 1), torch.float32, "normal", 0.0, 1.0))

    def forward(self, x):
        return {body}

def get_inputs():
    return [torch.randn(4, 16)]

def get_init_inputs():
    return []
"""


def test_the_output_structure_of_an_extracted_problem_costs_no_real_forward():
    from pike_backend.graph.extract import _SAMPLER

    # an in-place op on the input alone: on the fake copy, never on the caller's tensor
    structure, seen = _forward_inputs_seen(_EXTRACTED.format(body="(F.linear(x.mul_(2.0), self.w), x.half())") + _SAMPLER)
    assert structure == ("tuple", ["float32", "float16"]) and seen == ["FakeTensor"]
    # a data-dependent shape has no fake answer: one real run gives the structure
    structure, seen = _forward_inputs_seen(_EXTRACTED.format(body="F.linear(x, self.w)[x[:, :8] > 0]") + _SAMPLER)
    assert structure == ("tensor", ["float32"]) and seen == ["FakeTensor", "Tensor"]


# -- attention's fast path -------------------------------------------------------------------------


def _attention(call: str, *, batch_first: bool = True, heads: int = 4, bias: bool = True) -> Problem:
    """``nn.MultiheadAttention`` over x, called as ``call``; every parameter random (its biases
    start at zero), so that a bias dropped or misplaced shows."""
    shape = (2, 8, 16) if batch_first else (8, 2, 16)
    return Problem(f"mha-{batch_first}-{heads}-{bias}", HEADER + textwrap.dedent(f"""
        class Model(nn.Module):
            def __init__(self):
                super().__init__()
                self.attn = nn.MultiheadAttention(16, {heads}, bias={bias}, batch_first={batch_first})
                self.norm = nn.LayerNorm(16)
                for p in self.parameters():
                    nn.init.normal_(p, std=0.3)

            def forward(self, x):
                return {call}

        def get_inputs():
            return [torch.randn{shape}]

        def get_init_inputs():
            return []
    """))


SELF_ATTENTION = "self.norm(self.attn(x, x, x, need_weights=False)[0] + x)"


def _targets(fn) -> set:
    return {node.target for node in fn.gm.graph.nodes}


@pytest.mark.parametrize("batch_first", [True, False])
def test_self_attention_takes_the_fused_op_and_matches_eager(batch_first):
    pg = trace_problem(_attention(SELF_ATTENTION, batch_first=batch_first))
    fn = functional_of(pg)
    assert fast_path_attention(fn) == 1
    assert torch._native_multi_head_attention in _targets(fn) and F.multi_head_attention_forward not in _targets(fn)
    x = torch.randn(pg.inputs[0].shape, generator=torch.Generator().manual_seed(3))
    args = [x if spec["from"] == "input" else value for spec, value in zip(fn.args, fn.examples)]
    expected = pg.model(x).detach()  # grad on: eager takes its slow path, not the op under test
    with torch.no_grad():
        (got,) = fn.gm(*args)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize(
    "call, heads, bias",
    [
        ("self.attn(x, 2.0 * x, 2.0 * x, need_weights=False)[0]", 4, True),  # cross-attention
        ("self.attn(x, x, x, attn_mask=torch.ones(8, 8, dtype=torch.bool).triu(1), need_weights=False)[0]", 4, True),
        ("self.attn(x, x, x)", 4, True),  # the weights are an output
        (SELF_ATTENTION, 1, True),  # an odd head count
        (SELF_ATTENTION, 4, False),  # no biases: the fused op takes none
    ],
    ids=["cross", "mask", "weights-used", "odd-heads", "no-bias"],
)
def test_attention_off_the_fast_path_is_left_as_traced(call, heads, bias):
    fn = functional_of(trace_problem(_attention(call, heads=heads, bias=bias)))
    before = fn.gm.code
    assert fast_path_attention(fn) == 0
    assert fn.gm.code == before and F.multi_head_attention_forward in _targets(fn)


@pytest.mark.parametrize("precision, dtype", [("fp16", torch.float16), ("bf16", torch.bfloat16)])
def test_lower_precision_casts_the_fused_attentions_operands(precision, dtype):
    problem = _attention(SELF_ATTENTION)
    pg = trace_problem(problem)
    fn = functional_for(pg, _recipe(precision))
    fused = next(n for n in fn.gm.graph.nodes if n.target is torch._native_multi_head_attention)
    operands = [a for a in fused.args if isinstance(a, torch.fx.Node)]
    assert len(set(operands)) == 5 and {a.meta["example_value"].dtype for a in operands} == {dtype}
    weights = [spec for spec in fn.args if spec.get("name", "").startswith("attn.")]
    assert len(weights) == 4 and all(spec["dtype"] == runtime_dtype_name(dtype) for spec in weights)
    expected, got, *_ = _run_pair(problem, build(pg, _recipe(precision)).source)
    assert got.dtype == expected.dtype == torch.float32
    torch.testing.assert_close(got, expected, atol=3e-2, rtol=3e-2)


def test_the_agents_solution_for_attention_runs_the_fused_op_and_verifies(pike_env):
    problem = _attention(SELF_ATTENTION)
    solution = OfflineAgent(PikeOptions(precision="strict")).optimize(OptimizeRequest(problem, None))
    assert solution.source and "torch._native_multi_head_attention(" in solution.source, solution.error
    expected, got, *_ = _run_pair(problem, solution.source)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-5)


# -- IBA -------------------------------------------------------------------------------------------


def test_ideas_put_cuda_graph_precision_and_kernels_first(convnet_graph):
    gpu = dataclasses.replace(convnet_graph, device="cuda", nbytes=SMALL_BYTES * 4)  # a large problem
    kinds = idea_kinds(gpu, tolerance_for("bf16"), inductor_seeds=True, codegen=True, foldable=3)
    # fp16 first: as fast as bf16 on tensor cores, and deep models stay inside the tolerance
    assert kinds[0] == "cuda-graph+fp16+fold-bn+channels-last+triton-fused"
    # early, so a search stopped by its time limit has it: inductor's kernels in pike's CUDA graph,
    # compiled with the weights as constants, first with cuDNN's fused conv epilogues (conv -> bn
    # -> relu here), then without
    assert kinds[1] == "inductor-default+cuda-graph+freeze+cudnn-fused:fp16"
    assert kinds[2] == "inductor-default+cuda-graph+freeze:fp16"
    assert kinds[3] == "cuda-graph+fp16+fold-bn+channels-last"
    # then full precision, in case the problem's numerics take no reduced precision at all
    assert kinds[4] == "cuda-graph+fold-bn+channels-last" and "cuda-graph+fold-bn+channels-last+triton-fused" in kinds
    assert kinds[5] == "inductor-default+cuda-graph+freeze:tf32"  # where 16-bit operands fail or are slower
    assert kinds[6] == "inductor-reduce-overhead:fp16"  # torch.compile's own, as a user runs it
    assert kinds[7] == "inductor-default+cuda-graph:fp16"  # not frozen
    assert kinds.index("inductor-default+cuda-graph") < kinds.index("inductor-reduce-overhead")
    assert "inductor-default:fp16" in kinds and "tuned" in kinds
    assert kinds.index("cuda-graph+bf16+fold-bn+channels-last") < kinds.index("cuda-graph+tf32+fold-bn+channels-last")
    strict = idea_kinds(gpu, tolerance_for("strict"), inductor_seeds=False, codegen=False, foldable=3)
    # in full precision the plain CUDA graph leads (cuDNN times its fp32 algorithms there), then our stack
    assert strict[:2] == ["cuda-graph", "cuda-graph+fold-bn+channels-last"]
    assert not any(t in k for k in strict for t in ("bf16", "fp16", "tf32", "inductor", "triton"))
    # with our kernels, in fp32 they come with channels_last and without it (no tensor cores to feed)
    ours = idea_kinds(gpu, tolerance_for("strict"), inductor_seeds=True, codegen=True, foldable=3)
    assert ours[:4] == ["cuda-graph", "cuda-graph+fold-bn+channels-last+triton-fused", "cuda-graph+fold-bn+triton-fused",
                        "inductor-default+cuda-graph+freeze"]
    assert "cuda-graph+triton-fused" in ours  # no layout rewrite at all, later
    tf32 = idea_kinds(gpu, tolerance_for("tf32"), inductor_seeds=True, codegen=False, foldable=0)
    assert tf32[0] == "cuda-graph+tf32+channels-last" and "inductor-reduce-overhead:tf32" in tf32
    assert not any("cudnn-fused" in k for k in tf32)  # cuDNN's fused epilogues: at 16 bits only
    no_relu = dataclasses.replace(gpu, gm=None)  # no graph: no conv -> relu to fuse (see conv_relus)
    assert convnet_graph.conv_relus == 2 and no_relu.conv_relus == 0
    assert not any("cudnn-fused" in k for k in idea_kinds(no_relu, tolerance_for("bf16"), inductor_seeds=True, codegen=True, foldable=3))
    # our kernels with no CUDA graph, then the bare traced graph, last
    assert kinds[-2:] == ["fp16+fold-bn+channels-last+triton-fused", "eager-graph"]


# 16 blocks of conv, batch norm and ReLU: 48 traced ops, the least a whole network has here
DEEP = Problem("deep", HEADER + textwrap.dedent("""
    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.body = nn.Sequential(*[
                nn.Sequential(nn.Conv2d(8, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU()) for _ in range(16)
            ])

        def forward(self, x):
            return self.body(x)

    def get_inputs():
        return [torch.randn(2, 8, 8, 8)]

    def get_init_inputs():
        return []
"""))


def test_cudnn_tuned_times_fp32_convolutions_in_our_cuda_graphs(convnet_graph, pike_env):
    """Below fp32 the runtime always lets cuDNN time its convolution algorithms. In fp32 that is a
    rewrite of its own (``cudnn-tuned``) that the agent gives every candidate captured in a CUDA
    graph of ours where the problem convolves, whichever idea, lift or repair it came from, so that
    the EFA can drop it where the algorithms' rounding tells; once dropped, no candidate has it."""
    seed = _recipe("inductor-default+cuda-graph+freeze+cudnn-tuned")
    frozen = _recipe("inductor-default+cuda-graph+freeze")
    assert seed.cudnn_tuned and seed.kind == "inductor-default+cuda-graph+freeze+cudnn-tuned"
    assert recipe_of_source(seed.marker()) == seed and seed.without("cudnn-tuned") == frozen
    assert seed.at_precision("fp16") == frozen.at_precision("fp16")  # implied below fp32
    stack = _recipe("cuda-graph+fold-bn+channels-last+cudnn-tuned")
    assert stack.kind == "cuda-graph+fold-bn+channels-last+cudnn-tuned" and stack.applied[-1] == "cudnn-tuned"
    assert stack.at_precision("tf32").kind == "cuda-graph+tf32+fold-bn+channels-last"

    def tunes(kind, graph=convnet_graph):
        return "'tune_convs': True" in build(graph, _recipe(kind)).source

    assert tunes("cuda-graph+cudnn-tuned") and not tunes("cuda-graph") and tunes("cuda-graph+fp16")
    assert tunes("inductor-default+cuda-graph+freeze+cudnn-tuned") and not tunes("inductor-default+cuda-graph+freeze")
    # nothing to time without a convolution: at 16 bits too the capture stays on the caller's thread
    affine = dataclasses.replace(trace_problem(AFFINE), device="cuda")
    assert convnet_graph.convolves and not affine.convolves and not tunes("cuda-graph+fp16", affine)

    # the EFA: a tolerance failure in fp32 drops the timed algorithms first, whichever path
    assert repair(stack, _tolerance_failure()).recipe == stack.without("cudnn-tuned")
    assert repair(seed, _tolerance_failure()).recipe == frozen
    capture = Verdict.failure("run", "candidate raised", error="RuntimeError: operation not permitted when stream is capturing")
    assert repair(seed, capture).recipe == frozen
    # torch.compile's own failure to compile: not the tuning; freezing goes first as for any seed
    compile_error = Verdict.failure("compile", "candidate raised", error="torch._inductor.exc.InductorError: boom")
    assert repair(seed, compile_error).recipe == seed.without("freeze")

    def agent_on(graph, precision):
        agent = OfflineAgent(PikeOptions(precision=precision))
        agent._states[graph.problem.sha256] = _ProblemState(dataclasses.replace(graph, device="cuda", nbytes=SMALL_BYTES * 4))
        return agent

    def proposed(agent, problem, kind):
        return agent.optimize(OptimizeRequest(problem, None, idea=Idea(kind, kind=kind))).kind

    strict = agent_on(convnet_graph, "strict")
    assert proposed(strict, CONVNET, "inductor-default+cuda-graph+freeze") == "inductor-default+cuda-graph+freeze+cudnn-tuned"
    assert proposed(strict, CONVNET, "cuda-graph+fold-bn") == "cuda-graph+fold-bn+cudnn-tuned"
    # neither torch.compile's own CUDA graphs nor our graph run without one, nor a graph without a convolution
    assert proposed(strict, CONVNET, "inductor-reduce-overhead") == "inductor-reduce-overhead"
    assert proposed(strict, CONVNET, "fold-bn") == "fold-bn"
    assert proposed(agent_on(trace_problem(AFFINE), "strict"), AFFINE, "cuda-graph") == "cuda-graph"
    # a tuned candidate outside the tolerance: repaired without the timing, and later ideas get none
    failed = build(convnet_graph, stack).source
    assert strict.fix(FixRequest(CONVNET, failed, _tolerance_failure())).kind == "cuda-graph+fold-bn+channels-last"
    assert proposed(strict, CONVNET, "cuda-graph+channels-last") == "cuda-graph+channels-last"
    # at 16 bits it is implied; a lift to fp32 (TF32 and fp16 failing) is tuned like any fp32 idea
    paper = agent_on(convnet_graph, "bf16")
    assert proposed(paper, CONVNET, "cuda-graph+fp16+channels-last") == "cuda-graph+fp16+channels-last"
    paper._states[CONVNET.sha256].failing.update({"fp16", "tf32"})
    assert proposed(paper, CONVNET, "inductor-default+cuda-graph+freeze:fp16") == "inductor-default+cuda-graph+freeze+cudnn-tuned"


def test_a_whole_network_gets_torch_compiles_frozen_seed_first(convnet_graph):
    """On every level-3 graph of 48 ops or more whose search timed both (13 on an H200), the frozen
    seed ran faster than our first stack, and a big model's search may time only two candidates
    (DenseNet-121's timed only our stack): there the seed comes first, our stack second."""
    deep = trace_problem(DEEP)
    assert deep.deep and sum(deep.ops.values()) == 48 and not convnet_graph.deep
    gpu = dataclasses.replace(deep, device="cuda", nbytes=SMALL_BYTES * 4)
    kinds = idea_kinds(gpu, tolerance_for("bf16"), inductor_seeds=True, codegen=True, foldable=16)
    assert kinds[:4] == [
        "inductor-default+cuda-graph+freeze+cudnn-fused:fp16",
        "inductor-default+cuda-graph+freeze:fp16",
        "cuda-graph+fp16+fold-bn+channels-last+triton-fused",
        "cuda-graph+fp16+fold-bn+channels-last",
    ]
    assert len(kinds) == len(set(kinds))
    # with no seeds (the option off, or strict without torch.compile) our stack leads as before
    plain = idea_kinds(gpu, tolerance_for("bf16"), inductor_seeds=False, codegen=True, foldable=16)
    assert plain[0] == "cuda-graph+fp16+fold-bn+channels-last+triton-fused"
    # in full precision the plain CUDA graph, seconds to evaluate, comes ahead of the frozen seed's
    # compile: a deep net's search cut short by its time limit still has it
    strict = idea_kinds(gpu, tolerance_for("strict"), inductor_seeds=True, codegen=True, foldable=16)
    assert strict[:3] == [
        "cuda-graph",
        "inductor-default+cuda-graph+freeze",
        "cuda-graph+fold-bn+channels-last+triton-fused",
    ]
    mlp = dataclasses.replace(gpu, anchors=collections.Counter(linear=4))  # nothing for cuDNN to time: as before
    assert idea_kinds(mlp, tolerance_for("strict"), inductor_seeds=True, codegen=True, foldable=16)[0] \
        == "inductor-default+cuda-graph+freeze"


def test_a_plain_cpu_gets_the_traced_graph_and_no_triton(convnet_graph):
    cpu = dataclasses.replace(convnet_graph, device="cpu")
    assert idea_kinds(cpu, tolerance_for("strict"), inductor_seeds=True, codegen=False, foldable=0) == ["eager-graph"]


def test_small_problems_try_the_plain_cuda_graph_early(convnet_graph):
    """A few microseconds of traffic: host time decides, so the plain CUDA graph (nothing derived)
    comes in full precision's place; our kernels without a CUDA graph (never a winner) come last."""
    small = dataclasses.replace(convnet_graph, device="cuda", nbytes=SMALL_BYTES // 4)
    kinds = idea_kinds(small, tolerance_for("bf16"), inductor_seeds=True, codegen=True, foldable=3)
    assert kinds[:7] == [
        "cuda-graph+fp16+fold-bn+channels-last+triton-fused",
        "inductor-default+cuda-graph+freeze+cudnn-fused:fp16",
        "inductor-default+cuda-graph+freeze:fp16",
        "cuda-graph+fp16+fold-bn+channels-last",
        "cuda-graph",
        "inductor-default+cuda-graph+freeze:tf32",
        "inductor-reduce-overhead:fp16",
    ]
    assert kinds[-2:] == ["fp16+fold-bn+channels-last+triton-fused", "eager-graph"]
    assert convnet_graph.nbytes == sum(  # inputs and the model's tensors, as traced
        t.numel() * t.element_size() for t in [*convnet_graph.inputs, *convnet_graph.model.state_dict().values()]
    )


def test_large_inputs_try_kernels_without_a_cuda_graph_early(convnet_graph):
    """A CUDA graph called with new tensors copies its inputs into static buffers: with 64 MiB of
    them (the GPU warmup test's relu(2x + y)) the copy and the output's clone cost more than eager's
    three passes, so our kernels without a graph come third."""
    big = dataclasses.replace(convnet_graph, device="cuda", nbytes=SMALL_BYTES * 4,
                              inputs=[torch.empty(SMALL_BYTES // 4 + 1)])
    kinds = idea_kinds(big, tolerance_for("bf16"), inductor_seeds=True, codegen=True, foldable=3)
    assert kinds[:5] == [
        "cuda-graph+fp16+fold-bn+channels-last+triton-fused",
        "inductor-default+cuda-graph+freeze+cudnn-fused:fp16",
        "inductor-default+cuda-graph+freeze:fp16",
        "fp16+fold-bn+channels-last+triton-fused",
        "cuda-graph+fp16+fold-bn+channels-last",
    ]
    assert len(kinds) == len(set(kinds))
    small_inputs = dataclasses.replace(big, inputs=[torch.empty(16)])
    assert idea_kinds(small_inputs, tolerance_for("bf16"), inductor_seeds=True, codegen=True, foldable=3)[3] \
        == "cuda-graph+fp16+fold-bn+channels-last"


def _grouped(in_channels: int, channels: int, groups: int) -> Problem:
    return Problem(f"grouped_{in_channels}_{channels}_{groups}", HEADER + textwrap.dedent(f"""
        class Model(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv = nn.Conv2d({in_channels}, {channels}, 1, groups={groups}, bias=False)
                self.bn = nn.BatchNorm2d({channels})

            def forward(self, x):
                return F.relu(self.bn(self.conv(x)))

        def get_inputs():
            return [torch.randn(2, {in_channels}, 8, 8)]

        def get_init_inputs():
            return []
    """))


def test_narrow_groups_put_the_tf32_seed_ahead_of_16_bits():
    """ShuffleNet's 1x1 convolutions in 3 groups of 20 channels run slower at 16 bits (tensor cores
    want channels in eights): the TF32 seeds, frozen and not, come first. Groups of 16 (RegNet's),
    depthwise convolutions (MobileNet's) and plain ones keep 16 bits first."""
    shuffle, regnet = trace_problem(_grouped(240, 60, 3)), trace_problem(_grouped(64, 64, 4))
    depthwise = trace_problem(_grouped(24, 24, 24))
    assert shuffle.narrow_groups and not regnet.narrow_groups and not depthwise.narrow_groups
    assert not trace_problem(CONVNET).narrow_groups
    gpu = dataclasses.replace(shuffle, device="cuda", nbytes=SMALL_BYTES * 4)
    kinds = idea_kinds(gpu, tolerance_for("bf16"), inductor_seeds=True, codegen=True, foldable=1)
    assert kinds[:4] == [
        "inductor-default+cuda-graph+freeze:tf32",
        "inductor-default+cuda-graph:tf32",
        "cuda-graph+fp16+fold-bn+channels-last+triton-fused",
        "inductor-default+cuda-graph+freeze:fp16",
    ]
    assert len(kinds) == len(set(kinds))
    plain = idea_kinds(dataclasses.replace(regnet, device="cuda", nbytes=SMALL_BYTES * 4), tolerance_for("bf16"),
                       inductor_seeds=True, codegen=True, foldable=1)
    assert plain[1] == "inductor-default+cuda-graph+freeze:fp16"
    assert plain.index("inductor-default+cuda-graph+freeze:tf32") > 2
    # no TF32 seed where the protocol allows no TF32, and none without seeds
    strict = idea_kinds(gpu, tolerance_for("strict"), inductor_seeds=True, codegen=True, foldable=1)
    assert not any("tf32" in k or "fp16" in k for k in strict)


def test_no_gpu_only_rewrites_on_cpu(pike_env):
    agent = OfflineAgent(PikeOptions(precision="bf16"))
    kinds = [i.kind for i in agent.brainstorm(CONVNET, 20)]
    assert kinds and kinds[0].startswith("fold-bn")
    assert not any(t in k for k in kinds for t in ("cuda-graph", "bf16", "channels-last", "inductor"))


# -- COA and EFA -----------------------------------------------------------------------------------


def test_optimize_builds_on_our_parent_and_never_repeats(pike_env):
    agent = OfflineAgent(PikeOptions(precision="strict"))
    first = agent.optimize(OptimizeRequest(CONVNET, None, idea=Idea("fold", kind="fold-bn")))
    assert first.kind == "fold-bn" and not first.llm_call
    child = agent.optimize(OptimizeRequest(CONVNET, first.source, idea=Idea("layout", kind="contiguous")))
    assert child.kind == "fold-bn+contiguous"
    sources = {first.source, child.source}
    for _ in range(6):
        again = agent.optimize(OptimizeRequest(CONVNET, first.source, idea=None))
        if again.source is None:
            assert "proposed" in again.error
            break
        assert again.source not in sources
        sources.add(again.source)
    expected, got, *_ = _run_pair(CONVNET, child.source)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-5)


def test_fix_reads_the_verdict(pike_env):
    agent = OfflineAgent(PikeOptions(precision="strict"))
    parent = agent.optimize(OptimizeRequest(CONVNET, None, idea=Idea("fold", kind="fold-bn")))
    stride = Verdict.failure("run", "candidate raised", error="RuntimeError: expected contiguous input, got strides")
    fixed = agent.fix(FixRequest(CONVNET, parent.source, stride))
    assert fixed.kind == "fold-bn+contiguous" and "stride" in fixed.usage["repair"]
    unknown = Verdict.failure("run", "candidate raised", error="ZeroDivisionError")
    dropped = agent.fix(FixRequest(CONVNET, fixed.source, unknown))
    # dropping "contiguous" gives fold-bn alone, already proposed: the rewrite before it goes instead
    assert dropped.kind == "contiguous" and "fold-bn" in dropped.usage["repair"]
    assert agent.fix(FixRequest(CONVNET, "class ModelNew: pass", unknown)).source is None


def _tolerance_failure() -> Verdict:
    verdict = Verdict.failure("correctness", "output 0: 31 of 200 elements outside atol/rtol (rel_l2 0.02)")
    verdict.diffs = [OutputDiff(0, 0.3, 0.02, 31, 200)]
    return verdict


def test_repair_rules():
    bf16_fused = _recipe("cuda-graph+bf16+fold-bn+triton-fused")
    step = repair(bf16_fused, _tolerance_failure())
    assert step.recipe.kind == "cuda-graph+bf16+fold-bn+triton-fused+fp32-acc"
    assert repair(step.recipe, _tolerance_failure()).recipe.precision == "fp16"
    nan = Verdict.failure("correctness", "output 0 has NaN/Inf where the reference has none")
    assert repair(_recipe("cuda-graph+fp16"), nan).recipe.precision == "bf16"
    assert repair(_recipe("cuda-graph+tf32"), _tolerance_failure()).recipe.kind == "cuda-graph"
    # up the precision ladder, passing over the steps tried already (Mamba-2, MoE routing)
    bf16 = _recipe("cuda-graph+bf16")
    tried = {bf16.with_token("fp16")}
    assert repair(bf16, _tolerance_failure(), tried=tried).recipe.kind == "cuda-graph+tf32"
    tried.add(bf16.with_token("tf32"))
    assert repair(bf16, _tolerance_failure(), tried=tried).recipe.kind == "cuda-graph"
    seed_tried = {_recipe("inductor-reduce-overhead:fp16"), _recipe("inductor-reduce-overhead:tf32")}
    assert repair(_recipe("inductor-reduce-overhead:bf16"), _tolerance_failure(), tried=seed_tried).recipe.kind == "inductor-reduce-overhead"

    resource = Verdict.failure("compile", "first call failed", error="triton.runtime.errors.OutOfResources: out of resource: shared memory, Required: 262144, Hardware limit: 232448")
    smaller = repair(bf16_fused, resource, knobs={"k0.BLOCK_N": 128, "k0.num_warps": 8, "k1.BLOCK_M": 16})
    assert dict(smaller.recipe.tuning) == {"k0.BLOCK_N": 64, "k0.num_warps": 4}
    at_floor = repair(bf16_fused, resource, knobs={"k0.BLOCK_N": 16, "k0.num_warps": 1})
    assert not at_floor.recipe.triton

    capture = Verdict.failure("run", "candidate raised", error="RuntimeError: operation not permitted when stream is capturing")
    assert not repair(bf16_fused, capture).recipe.cuda_graph
    other = Verdict.failure("run", "candidate raised", error="KeyError: 'x'")
    assert repair(bf16_fused, other).recipe.kind == "cuda-graph+bf16+fold-bn"  # the last rewrite dropped
    assert repair(Recipe(), other) is None

    seed = _recipe("inductor-reduce-overhead:bf16")
    assert repair(seed, _tolerance_failure()).recipe.kind == "inductor-reduce-overhead:fp16"
    assert repair(_recipe("inductor-reduce-overhead"), other).recipe.kind == "inductor-default"
    assert repair(_recipe("inductor-default"), other) is None
    graphed = _recipe("inductor-default+cuda-graph:fp16")
    assert repair(graphed, _tolerance_failure()).recipe.kind == "inductor-default+cuda-graph:tf32"
    # inductor's code in our capture failed: torch.compile's cudagraph trees leave out what cannot be captured
    assert repair(graphed, capture).recipe.kind == "inductor-reduce-overhead:fp16"
    # a frozen seed that fails to compile or run is tried with the weights as inputs first; one
    # outside the tolerance keeps its freezing and goes up in precision
    frozen = _recipe("inductor-default+cuda-graph+freeze:fp16")
    assert repair(frozen, other).recipe == graphed
    assert repair(frozen, capture).recipe == graphed
    assert repair(frozen, _tolerance_failure()).recipe.kind == "inductor-default+cuda-graph+freeze:tf32"
    # our post-grad pass is the newest part of a fused seed: a failure drops it first, and says
    # nothing of whether torch.compile can compile the problem
    fused = frozen.with_token("cudnn-fused")
    compile_error = Verdict.failure("compile", "candidate raised", error="torch._inductor.exc.InductorError: boom")
    assert repair(fused, compile_error).recipe == frozen and not torch_compile_failed(fused, compile_error)
    assert torch_compile_failed(frozen, compile_error)


def test_a_precision_that_failed_is_not_tried_again():
    # an operand-precision failure (no kernels of ours with 16-bit intermediates) rules out that
    # precision and every lossier one, for repairs of any later failure
    fp16 = _recipe("cuda-graph+fp16+fold-bn")
    assert failing_precision(fp16, _tolerance_failure()) == "fp16"
    assert failing_precision(_recipe("cuda-graph+fp16+triton-fused"), _tolerance_failure()) is None
    # at TF32 our kernels' own tl.dot rounding may be what failed: cuBLAS's TF32 without them decides
    tf32_fused = _recipe("cuda-graph+tf32+triton-fused")
    assert failing_precision(tf32_fused, _tolerance_failure()) is None
    assert repair(tf32_fused, _tolerance_failure()).recipe.kind == "cuda-graph+tf32"
    nan = Verdict.failure("correctness", "output 0 has NaN/Inf where the reference has none")
    assert failing_precision(fp16, nan) is None  # fp16's range, not its rounding: bf16 may pass
    seed = _recipe("inductor-reduce-overhead:bf16")
    assert repair(seed, _tolerance_failure(), failing={"fp16"}).recipe.kind == "inductor-reduce-overhead:tf32"
    assert repair(seed, _tolerance_failure(), failing={"tf32"}).recipe.kind == "inductor-reduce-overhead"


def test_the_agent_remembers_failing_precisions(pike_env):
    """Mamba-2's scan on an H200: every fp16, bf16 and TF32 candidate failed, and the EFA spent the
    rest of the budget on more of them instead of torch.compile in fp32."""
    agent = OfflineAgent(PikeOptions(precision="bf16"))
    graph = dataclasses.replace(trace_problem(CONVNET), device="cuda")  # sources only: nothing runs
    agent._states[CONVNET.sha256] = _ProblemState(graph)
    failed = build(graph, _recipe("cuda-graph+tf32+fold-bn")).source
    fixed = agent.fix(FixRequest(CONVNET, failed, _tolerance_failure()))
    assert fixed.kind == "cuda-graph+fold-bn+cudnn-tuned"  # fp32, and the problem convolves
    seed = build(graph, _recipe("inductor-reduce-overhead:fp16", "inductor")).source
    assert agent.fix(FixRequest(CONVNET, seed, _tolerance_failure())).kind == "inductor-reduce-overhead"
    later = [k for k in (agent.optimize(OptimizeRequest(CONVNET, None)).kind for _ in range(12)) if k]
    assert len(later) >= 3 and not any(p in k for k in later for p in ("fp16", "bf16", "tf32")), later


def test_a_problem_torch_compile_cannot_compile_gets_no_more_of_its_seeds(pike_env):
    """Mamba-2's block on torch 2.11: every torch.compile configuration failed with one
    InductorError. The frozen seed's failure is repaired once, without freezing; when that fails
    the same way, no seed of torch.compile is proposed again and the search goes on with ours."""
    agent = OfflineAgent(PikeOptions(precision="bf16"))
    graph = dataclasses.replace(trace_problem(CONVNET), device="cuda")  # sources only: nothing runs
    agent._states[CONVNET.sha256] = _ProblemState(graph)
    error = Verdict.failure("run", "run: InductorError: TypeError: list indices must be integers or slices, not NoneType",
                            "torch._inductor.exc.InductorError: TypeError: list indices must be integers or slices")
    frozen = build(graph, _recipe("inductor-default+cuda-graph+freeze:fp16", "inductor")).source
    assert agent.fix(FixRequest(CONVNET, frozen, error)).kind == "inductor-default+cuda-graph:fp16"
    assert not agent._states[CONVNET.sha256].no_torch_compile  # freezing may have been the cause
    graphed = build(graph, _recipe("inductor-default+cuda-graph:fp16", "inductor")).source
    assert agent.fix(FixRequest(CONVNET, graphed, error)).source is None
    assert agent._states[CONVNET.sha256].no_torch_compile
    later = [agent.optimize(OptimizeRequest(CONVNET, None)).kind for _ in range(12)]
    assert len([k for k in later if k]) >= 3 and not any(k and k.startswith("inductor") for k in later), later
    # a capture error is pike's CUDA graph's, not torch.compile's: its own CUDA graphs are tried
    capture = Verdict.failure("run", "run: operation not permitted when stream is capturing")
    assert repair(_recipe("inductor-default+cuda-graph:fp16", "inductor"), capture).recipe.kind == "inductor-reduce-overhead:fp16"


def _marginal_failure(mismatched: int) -> Verdict:
    verdict = Verdict.failure("correctness", f"output 0 {mismatched} of 3010560 values outside atol=0.01/rtol=0.01")
    verdict.diffs = [OutputDiff(0, 0.016, 0.001, mismatched, 3010560), OutputDiff(1, 0.0, 0.0, 0, 3010560)]
    return verdict


def test_a_marginal_failure_makes_its_precision_suspect_not_ruled_out(pike_env):
    """Swin V2 on an H200: our fp16 stack and torch.compile's frozen fp16 kernels failed by 2-8 of 3
    million values, cuBLAS at TF32 passed, and the frozen TF32 seed (1.23x of the best
    configuration in an earlier run) came too late for the time limit. After a marginal failure an
    idea at that precision is proposed one step up first, then as it is; a wide failure still rules
    the precision out."""
    assert marginal(_marginal_failure(8)) and not marginal(_marginal_failure(40))
    assert not marginal(_tolerance_failure())
    agent = OfflineAgent(PikeOptions(precision="bf16"))
    graph = dataclasses.replace(trace_problem(CONVNET), device="cuda")  # sources only: nothing runs
    agent._states[CONVNET.sha256] = _ProblemState(graph)

    def propose(kind):
        return agent.optimize(OptimizeRequest(CONVNET, None, idea=Idea(kind, kind=kind))).kind

    failed = build(graph, _recipe("cuda-graph+fp16+fold-bn")).source
    assert agent.fix(FixRequest(CONVNET, failed, _marginal_failure(8))).kind == "cuda-graph+tf32+fold-bn"
    assert agent._states[CONVNET.sha256].suspect == {"fp16"} and not agent._states[CONVNET.sha256].failing
    seed = "inductor-default+cuda-graph+freeze"
    assert propose(f"{seed}:fp16") == f"{seed}:tf32"
    assert propose(f"{seed}:fp16") == f"{seed}:fp16"  # the same idea again: the suspect precision itself
    assert propose("cuda-graph+bf16+channels-last") == "cuda-graph+tf32+channels-last"
    # the same precision failing widely rules it out: no more candidates at it
    wide = build(graph, _recipe("cuda-graph+fp16+channels-last")).source
    agent.fix(FixRequest(CONVNET, wide, _marginal_failure(40)))
    assert agent._states[CONVNET.sha256].failing == {"fp16"}
    assert propose("inductor-reduce-overhead:fp16") == "inductor-reduce-overhead:tf32"
    assert propose("inductor-reduce-overhead:fp16") != "inductor-reduce-overhead:fp16"


def test_a_marginal_failure_of_a_seed_drops_the_rewrite_that_changes_its_rounding_first(pike_env):
    """Swin V2 on an H200 (the fourteenth run): the frozen TF32 seed failed by 1 value of 3 million,
    torch.compile's own TF32 kernels passed as the best configuration, and the repair to fp32 cost
    the row (0.84x of it). A marginal failure drops cuDNN's fused epilogues, then freezing, at the
    same precision; a wide one still steps the precision up."""
    seed = "inductor-default+cuda-graph+freeze"
    frozen = _recipe(f"{seed}:tf32", "inductor")
    assert repair(frozen, _marginal_failure(1)).recipe.kind == "inductor-default+cuda-graph:tf32"
    assert repair(frozen, _marginal_failure(40)).recipe.kind == seed
    fused = _recipe(f"{seed}+cudnn-fused:fp16", "inductor")
    assert repair(fused, _marginal_failure(8)).recipe.kind == f"{seed}:fp16"
    assert repair(_recipe(f"{seed}:fp16", "inductor"), _marginal_failure(8)).recipe.kind == "inductor-default+cuda-graph:fp16"
    assert repair(fused, _marginal_failure(40)).recipe.kind == f"{seed}:tf32"
    # tried already: the precision steps up as before
    tried = {_recipe("inductor-default+cuda-graph:tf32", "inductor")}
    assert repair(frozen, _marginal_failure(1), tried=tried).recipe.kind == seed
    # the agent proposes it: the precision is suspect, not ruled out
    agent = OfflineAgent(PikeOptions(precision="bf16"))
    graph = dataclasses.replace(trace_problem(CONVNET), device="cuda")  # sources only: nothing runs
    agent._states[CONVNET.sha256] = _ProblemState(graph)
    failed = build(graph, frozen).source
    assert agent.fix(FixRequest(CONVNET, failed, _marginal_failure(1))).kind == "inductor-default+cuda-graph:tf32"
    assert agent._states[CONVNET.sha256].suspect == {"tf32"}


def test_ideas_at_a_failing_precision_move_to_the_next_one_that_may_pass(pike_env):
    """Swin V2 and Mamba-2 on an H200: torch.compile's kernels failed the tolerance in fp16, passed
    in TF32 (Swin V2) or only in fp32 (Mamba-2); the ideas still to come at a precision already
    failed are proposed one step up instead of failing the same way."""
    agent = OfflineAgent(PikeOptions(precision="bf16"))
    graph = dataclasses.replace(trace_problem(CONVNET), device="cuda")  # sources only: nothing runs
    agent._states[CONVNET.sha256] = _ProblemState(graph)

    def propose(kind):
        return agent.optimize(OptimizeRequest(CONVNET, None, idea=Idea(kind, kind=kind))).kind

    assert propose("cuda-graph+fp16+fold-bn") == "cuda-graph+fp16+fold-bn"  # nothing failed yet
    seed = build(graph, _recipe("inductor-default+cuda-graph:fp16", "inductor")).source
    assert agent.fix(FixRequest(CONVNET, seed, _tolerance_failure())).kind == "inductor-default+cuda-graph:tf32"
    assert propose("cuda-graph+bf16+channels-last") == "cuda-graph+tf32+channels-last"
    assert propose("inductor-reduce-overhead:fp16") == "inductor-reduce-overhead:tf32"
    # TF32 fails too: the next idea at TF32 runs in fp32
    tf32 = build(graph, _recipe("inductor-default+cuda-graph:tf32", "inductor")).source
    assert agent.fix(FixRequest(CONVNET, tf32, _tolerance_failure())).kind == "inductor-default+cuda-graph+cudnn-tuned"
    assert propose("inductor-default:tf32") == "inductor-default"
    assert propose("cuda-graph+fp16+channels-last") == "cuda-graph+channels-last+cudnn-tuned"


# A mask made on the inputs' device (minGPT, Mamba-2): traced on the CPU, run on the GPU.
MASKED = Problem("masked", HEADER + textwrap.dedent("""
    class Model(nn.Module):
        def forward(self, q, k):
            n = q.shape[-2]
            mask = torch.tril(torch.ones(n, n, dtype=torch.bool, device=q.device))
            return (q @ k.transpose(-1, -2)).masked_fill(~mask, float("-inf")).exp() + 1.0

    def get_inputs():
        return [torch.randn(2, 8, 16), torch.randn(2, 8, 16)]

    def get_init_inputs():
        return []
"""))


@pytest.mark.parametrize("triton", [False, True])
def test_generated_code_makes_tensors_on_the_inputs_device_not_the_tracing_one(triton):
    from pike_backend.offline.solution import codegen_fuser

    pg = trace_problem(MASKED)
    built = build(pg, Recipe(path="graph", triton=triton), fuse=codegen_fuser(True))
    assert "device(type='cpu')" not in built.source and "torch.device('cpu'))\n" in built.source
    module = load_source_module(built.source, "offline_test")
    if not triton:  # the meta device stands in for a GPU: a CPU mask would not mix with it
        q, k = torch.randn(2, 8, 16, device="meta"), torch.randn(2, 8, 16, device="meta")
        assert module.fused_forward(q, k)[0].device.type == "meta"
    _, _, reference, candidate, inputs = _run_pair(MASKED, built.source)
    with torch.no_grad():
        torch.testing.assert_close(candidate(*inputs), reference(*inputs))


# Mamba's short depthwise conv1d: channels_last is for 2-d convolutions only.
CONV1D = Problem("conv1d", HEADER + textwrap.dedent("""
    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv1d(8, 8, 4, padding=3, groups=8)

        def forward(self, x):
            return F.silu(self.conv(x)[..., :x.shape[-1]])

    def get_inputs():
        return [torch.randn(2, 8, 16)]

    def get_init_inputs():
        return []
"""))


def test_a_conv1d_model_gets_no_channels_last_ideas_and_every_idea_builds():
    pg = dataclasses.replace(trace_problem(CONV1D), device="cuda")  # ideas as on a GPU
    kinds = idea_kinds(pg, tolerance_for("bf16"), inductor_seeds=False, codegen=False, foldable=0)
    assert kinds and not any("channels-last" in k for k in kinds)
    for kind in kinds:  # no idea the agent would have to skip as "does not apply"
        build(pg, _recipe(kind))


def _pike_b(agent: OfflineAgent, passes, budget: int, config) -> list:
    """The outcomes of a PIKE-B search by ``agent`` on CONVNET, whose candidates pass the tolerance
    where ``passes(recipe)`` says so (sources are only read: nothing runs)."""
    from concurrent.futures import Future

    from pike_backend.search.budget import Budget
    from pike_backend.search.engine import Engine, Evaluations
    from pike_backend.search.pike_b import PikeB

    def evaluate(source):
        future = Future()
        future.set_result(Verdict(correct=True, ref_ms=1.0, new_ms=0.5) if passes(recipe_of_source(source)) else _tolerance_failure())
        return future

    engine = Engine(CONVNET, agent, Evaluations(evaluate, None, "test"), Budget(budget))
    PikeB(config).run(engine)
    return engine.outcomes


def _first_phase(passes, ops: collections.Counter | None = None) -> list[tuple[str, str, bool]]:
    """(role, kind, correct) of a PIKE-B first phase of the offline agent on a GPU problem (CONVNET,
    or with ``ops``, as the agent would see a graph of those ops)."""
    from pike_backend.search.pike_b import PikeBConfig

    agent = OfflineAgent(PikeOptions(precision="bf16"))
    graph = dataclasses.replace(trace_problem(CONVNET), device="cuda", nbytes=SMALL_BYTES * 4)
    if ops is not None:
        graph = dataclasses.replace(graph, ops=ops)
    agent._states[CONVNET.sha256] = _ProblemState(graph)
    outcomes = _pike_b(agent, passes, 8, PikeBConfig(max_phases=1))
    return [(o.task.role, o.solution.kind, o.solution.correct) for o in outcomes]


def test_the_first_phase_learns_the_precision_before_torch_compiles_seed(pike_env):
    """Mamba-2's scan on an H200 takes only fp32; torch.compile's seed costs 20-40 s a precision, our
    stack's repairs a few seconds. One idea at a time, repaired before the next, our stack's repairs
    find fp32 and the seed is then built in fp32 at once, not at precisions that fail the same way."""
    kinds = _first_phase(lambda recipe: recipe.precision == "fp32")
    assert kinds[:5] == [
        ("coa", "cuda-graph+fp16+fold-bn+channels-last+triton-fused", False),  # fp32-acc: the same code here
        ("efa", "cuda-graph+tf32+fold-bn+channels-last+triton-fused", False),
        ("efa", "cuda-graph+tf32+fold-bn+channels-last", False),  # cuBLAS's TF32 fails too
        ("efa", "cuda-graph+fold-bn+channels-last+cudnn-tuned", True),  # fp32: cuDNN times its algorithms
        ("coa", "inductor-default+cuda-graph+freeze+cudnn-tuned", True),  # the second idea, in fp32 at once
    ]
    assert all(correct for _, _, correct in kinds[3:]) and len(kinds) == 8


def test_on_a_whole_network_the_frozen_seed_comes_first_and_finds_the_precision(pike_env):
    """A deep graph takes torch.compile's frozen seed first; where fp16 fails, its repair is the
    same seed at TF32, and our stack, the next idea, is built at TF32 at once."""
    deep = collections.Counter({"conv2d": 16, "batch_norm": 16, "relu": 16})
    kinds = _first_phase(lambda recipe: recipe.precision not in ("fp16", "bf16"), ops=deep)
    assert kinds[:4] == [
        ("coa", "inductor-default+cuda-graph+freeze+cudnn-fused:fp16", False),  # conv -> bn -> relu: fused first
        ("efa", "inductor-default+cuda-graph+freeze:tf32", True),  # cuDNN's fused epilogues stay at 16 bits
        # the plain seed's idea, taken at TF32 already, goes up one more step
        ("coa", "inductor-default+cuda-graph+freeze+cudnn-tuned", True),
        ("coa", "cuda-graph+tf32+fold-bn+channels-last+triton-fused", True),
    ]


def test_our_kernels_failing_at_tf32_do_not_rule_it_out(pike_env):
    """Swin V2 on an H200: our kernels at TF32 failed by a few values where cuBLAS's TF32 (and
    torch.compile's) passed; the seed is built at TF32, not in fp32 (0.74x of reduce-overhead:tf32)."""
    kinds = _first_phase(lambda recipe: recipe.precision == "fp32" or (recipe.precision == "tf32" and not recipe.triton))
    assert kinds[:4] == [
        ("coa", "cuda-graph+fp16+fold-bn+channels-last+triton-fused", False),
        ("efa", "cuda-graph+tf32+fold-bn+channels-last+triton-fused", False),
        ("efa", "cuda-graph+tf32+fold-bn+channels-last", True),
        ("coa", "inductor-default+cuda-graph+freeze:tf32", True),  # fp16 failed with our kernels' fp32 intermediates
    ]


def test_the_search_stops_when_the_agent_has_nothing_new(pike_env, monkeypatch):
    """A plain CPU (no Triton interpreter: the README's first command) leaves the offline agent a
    few rewrites; the budget beyond them is not spent on replies with no code: the phase that gets
    none back costs no attempt, and is the last."""
    from pike_backend.search.pike_b import PikeBConfig

    monkeypatch.setenv("TRITON_INTERPRET", "0")
    outcomes = _pike_b(OfflineAgent(PikeOptions(precision="strict")), lambda recipe: True, 60, PikeBConfig())
    kinds = [o.solution.kind for o in outcomes if o.solution is not None]
    assert kinds == ["fold-bn", "eager-graph"] and len(outcomes) == len(kinds)


def _pooled_conv(conv: str, pool: str, size: int = 8, reads_conv_twice: bool = False) -> Problem:
    """BN-ReLU, a convolution, then an average pool: a DenseNet transition layer when ``conv`` is
    1x1 and ``pool`` a 2x2 pool."""
    tail = "return self.pool(z), z.sum()" if reads_conv_twice else "return self.pool(z)"
    return Problem("pooled_conv", HEADER + textwrap.dedent(f"""
        class Model(nn.Module):
            def __init__(self):
                super().__init__()
                self.bn = nn.BatchNorm2d(8)
                self.conv = {conv}
                self.pool = {pool}

            def forward(self, x):
                z = self.conv(F.relu(self.bn(x)))
                {tail}

        def get_inputs():
            return [torch.randn(2, 8, {size}, {size})]

        def get_init_inputs():
            return []
    """))


def _graph_calls(fn) -> list[str]:
    return [getattr(n.target, "__name__", str(n.target)) for n in fn.gm.graph.nodes if n.op == "call_function"]


@pytest.mark.parametrize("conv, pool", [
    ("nn.Conv2d(8, 4, 1)", "nn.AvgPool2d(2, 2)"),  # the transition layer, with a bias
    ("nn.Conv2d(8, 4, 1, bias=False)", "nn.AdaptiveAvgPool2d(1)"),
    ("nn.Conv2d(8, 16, 1, groups=2)", "nn.AvgPool2d(3, 2)"),  # overlapping windows average too
])
@pytest.mark.parametrize("triton", [False, True])
def test_an_average_pool_moves_ahead_of_the_1x1_convolution_before_it(conv, pool, triton):
    from pike_backend.offline.solution import codegen_fuser

    problem = _pooled_conv(conv, pool)
    pg = trace_problem(problem)
    calls = _graph_calls(functional_for(pg, Recipe()))
    assert calls.index("conv2d") == len(calls) - 1 and "avg_pool2d" in calls[-2]
    built = build(pg, Recipe(path="graph", triton=triton), fuse=codegen_fuser(True))
    if triton and "AvgPool2d(2, 2)" in pool:  # the tiled pool joins BN-ReLU's kernel
        assert ["relu", "view", "sum", "div"] in [ops[-4:] for _, ops in built.kernels]
        assert "pool2d(" not in built.source.split("def fused_forward")[1]
    expected, got, *_ = _run_pair(problem, built.source)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("conv, pool, why", [
    ("nn.Conv2d(8, 4, 3, padding=1)", "nn.AvgPool2d(2, 2)", "a 3x3 kernel mixes pixels"),
    ("nn.Conv2d(8, 4, 1, stride=2)", "nn.AvgPool2d(2, 2)", "a strided convolution skips pixels"),
    ("nn.Conv2d(8, 1, 1)", "nn.AvgPool2d(2, 2)", "eight channels pooled cost more than one left 4x bigger"),
    ("nn.Conv2d(8, 4, 1)", "nn.AvgPool2d(2, 2, padding=1)", "padding counted in the divisor scales the bias"),
    ("nn.Conv2d(8, 4, 1)", "nn.AvgPool2d(2, 2, divisor_override=3)", "so does a divisor override"),
    ("nn.Conv2d(8, 4, 1)", "nn.MaxPool2d(2, 2)", "a maximum is not linear"),
])
def test_pools_that_do_not_commute_or_would_cost_more_stay_after_the_convolution(conv, pool, why):
    problem = _pooled_conv(conv, pool)
    pg = trace_problem(problem)
    calls = _graph_calls(functional_for(pg, Recipe()))
    assert calls.index("conv2d") < next(i for i, c in enumerate(calls) if "pool2d" in c), why
    expected, got, *_ = _run_pair(problem, build(pg, Recipe(path="graph")).source)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-5)


def test_a_convolution_read_again_keeps_its_pool_after_it():
    pg = trace_problem(_pooled_conv("nn.Conv2d(8, 4, 1)", "nn.AvgPool2d(2, 2)", reads_conv_twice=True))
    calls = _graph_calls(functional_for(pg, Recipe()))
    assert calls.index("conv2d") < calls.index("avg_pool2d")
