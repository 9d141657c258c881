"""The backend end to end on CPU: registration, partitioning, keys, loading, stitching, fallbacks."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

import pike_backend
from pike_backend.backend import clear_compile_events, compile_events
from pike_backend.cache import CacheEntry, KernelCache
from pike_backend.graph.ops import Kind, classify
from pike_backend.options import PikeOptions
from pike_backend.problem import load_source_module, sha256_text

CACHE_ONLY = {"mode": "cache-only"}
SUBGRAPHS = {"granularity": "subgraph"}  # kernel-sized pieces (the default is the whole graph)


def compiled(model, options=None, **kwargs):
    torch._dynamo.reset()
    clear_compile_events()
    return torch.compile(model, backend="pike", options=options or dict(CACHE_ONLY), **kwargs)


def assert_matches_eager(model, *inputs, options=None, **kwargs):
    with torch.no_grad():
        expected = model(*inputs)
        got = compiled(model, options, **kwargs)(*inputs)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-5)
    return got


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1, self.fc2, self.fc3 = nn.Linear(32, 64), nn.Linear(64, 64), nn.Linear(64, 10)

    def forward(self, x):
        x = F.gelu(self.fc1(x))
        x = torch.relu(self.fc2(x)) + x
        return torch.log_softmax(self.fc3(x), dim=-1)


class ConvNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1, self.bn1 = nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8)
        self.conv2, self.bn2 = nn.Conv2d(8, 8, 3, padding=1), nn.BatchNorm2d(8)
        self.head = nn.Linear(8, 5)

    def forward(self, x):
        y = torch.relu(self.bn1(self.conv1(x)))
        y = torch.relu(self.bn2(self.conv2(y)) + y)
        return self.head(F.adaptive_avg_pool2d(y, 1).flatten(1))


class Attention(nn.Module):
    def __init__(self, dim=32, heads=4):
        super().__init__()
        self.heads = heads
        self.qkv, self.proj, self.norm = nn.Linear(dim, 3 * dim), nn.Linear(dim, dim), nn.LayerNorm(dim)

    def forward(self, x):
        b, t, c = x.shape
        q, k, v = self.qkv(self.norm(x)).view(b, t, 3, self.heads, c // self.heads).permute(2, 0, 3, 1, 4)
        scores = (q @ k.transpose(-2, -1)) * (c // self.heads) ** -0.5
        out = (scores.softmax(dim=-1) @ v).transpose(1, 2).reshape(b, t, c)
        return x + self.proj(out)


class BreaksAndOddOps(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 16)

    def forward(self, x):
        y = torch.tanh(self.fc(x))
        y = y + torch.sort(y, dim=-1).values * torch.argsort(y, dim=-1).float()  # ops pike leaves out
        count = int((y > 0).sum().item())  # a graph break: data-dependent Python value
        picked = y[y > 0.1]  # data-dependent shape
        return y * count + picked.sum(), torch.nonzero(y > 0).shape[0]


@pytest.fixture(autouse=True)
def _isolated(pike_env):
    yield
    torch._dynamo.reset()


@pytest.mark.parametrize("model_cls,shape", [
    (MLP, (4, 32)), (ConvNet, (2, 3, 12, 12)), (Attention, (2, 8, 32)), (BreaksAndOddOps, (4, 16)),
])
def test_results_match_eager(model_cls, shape):
    torch.manual_seed(0)
    model = model_cls().eval()
    x = torch.randn(shape)
    assert_matches_eager(model, x)
    assert compile_events(), "the backend compiled no subgraph"


def test_registered_by_entry_point_in_a_fresh_interpreter(pike_env):
    script = textwrap.dedent("""
        import sys, torch
        assert "pike_backend" not in sys.modules
        assert "pike" in torch._dynamo.list_backends()
        model = torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.ReLU()).eval()
        x = torch.randn(2, 8)
        with torch.no_grad():
            out = torch.compile(model, backend="pike")(x)
            assert torch.allclose(out, model(x))
        print("ok", "pike_backend" in sys.modules)
    """)
    env = {**os.environ, "PIKE_MODE": "cache-only"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["ok", "True"]


@pytest.mark.parametrize("options,needle", [
    ({"nonsense": 1}, "unknown pike option 'nonsense'"),
    ({"mode": "turbo"}, "'mode'"),
    ({"budget": -3}, "'budget'"),
    ({"precision": "fp8"}, "strict, tf32, bf16, auto"),
    ({"atol": "tiny"}, "'atol'"),
    ({"parallel_evaluations": 0}, "'parallel_evaluations'"),
])
def test_bad_options_raise_value_error_naming_the_key(options, needle):
    with pytest.raises(ValueError, match=needle.replace("(", r"\(")):
        PikeOptions.from_sources(options, environ={})
    model = nn.Linear(4, 4).eval()
    with pytest.raises(ValueError, match=needle.replace("(", r"\(")), torch.no_grad():
        compiled(model, options)(torch.randn(2, 4))


def test_env_vars_set_options_and_options_win(monkeypatch):
    env = {"PIKE_BUDGET": "7", "PIKE_AGENT": "openai", "PIKE_PRECISION": "bf16"}
    opts = PikeOptions.from_sources({"agent": "gemini"}, environ=env)
    assert (opts.budget, opts.agent, opts.precision) == (7, "gemini", "bf16")
    assert opts.tolerance.allow_low_precision and opts.tolerance.atol == 1e-2
    with pytest.raises(ValueError, match="PIKE_BUDGET"):
        PikeOptions.from_sources({}, environ={"PIKE_BUDGET": "many"})
    assert PikeOptions.from_sources({}, environ={}).parallel_evaluations == 1
    assert PikeOptions.from_sources({}, environ={"PIKE_PARALLEL_EVALUATIONS": "2"}).parallel_evaluations == 2


KEY_SCRIPT = textwrap.dedent("""
    import json, sys, torch
    import pike_backend
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.GELU(), torch.nn.LayerNorm(32)).eval()
    x = torch.randn(4, 16)
    print(json.dumps([s.key for s in pike_backend.explain(model, x).subgraphs]))
""")


def test_keys_are_stable_across_processes_and_hash_seeds(pike_env):
    keys = []
    for seed in ("1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", KEY_SCRIPT], capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        keys.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert keys[0] == keys[1] and keys[0] and all(len(k) == 64 for k in keys[0])


def test_keys_change_with_shape_dtype_stride_and_precision():
    model = nn.Sequential(nn.Linear(16, 16), nn.ReLU()).eval()
    x = torch.randn(4, 16)

    def key(*inputs, module=model, options=None):
        (sub,) = pike_backend.explain(module, *inputs, options=options).subgraphs
        return sub.key

    base = key(x)
    assert key(torch.randn(4, 16)) == base  # values are not part of the key
    assert key(torch.randn(8, 16)) != base
    assert key(x.double(), module=nn.Sequential(nn.Linear(16, 16), nn.ReLU()).double().eval()) != base
    assert key(torch.randn(16, 4).t()) != base  # same shape, other strides
    assert key(x, options={"precision": "bf16"}) != base


POINTWISE_SOLUTION = '''
import torch
import torch.nn as nn
import triton
import triton.language as tl

CALLS = []


@triton.jit
def _affine_relu(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offsets = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offsets < n
    x = tl.load(x_ptr + offsets, mask=mask)
    tl.store(out_ptr + offsets, tl.maximum(x * 2.0 + 1.0, 0.0), mask=mask)


class ModelNew(nn.Module):
    def forward(self, x):
        CALLS.append(x.shape)
        FAIL_AFTER
        out = torch.empty_like(x)
        n = x.numel()
        _affine_relu[(triton.cdiv(n, 256),)](x, out, n, BLOCK=256)
        return out
'''


class AffineRelu(nn.Module):
    def forward(self, x):
        return torch.relu(x * 2.0 + 1.0)


def _store_solution(model, x, source, options=None):
    (sub,) = pike_backend.explain(model, x, options=options).subgraphs
    cache = KernelCache.from_options(PikeOptions.from_sources(options or {}))
    cache.store(CacheEntry.create(sub.key, source, problem_name="test", winner_kind="hand-written-triton"))
    return sub.key


def test_hand_written_triton_solution_replaces_its_subgraph():
    model, x = AffineRelu(), torch.randn(3, 100)
    key = _store_solution(model, x, POINTWISE_SOLUTION.replace("FAIL_AFTER", "pass"))
    assert_matches_eager(model, x)
    (event,) = compile_events()
    assert event["key"] == key and event["outcome"] == "hit"
    assert "hand-written-triton" in event["winner_kind"]
    # which solution ran, as a benchmark table records it (benchmarks/refresh_kernels_cache.py)
    assert event["source_sha256"] == sha256_text(POINTWISE_SOLUTION.replace("FAIL_AFTER", "pass"))
    solution_modules = [m for name, m in sys.modules.items() if name.startswith("pike_solution_")]
    assert any(getattr(m, "CALLS", None) for m in solution_modules), "the Triton solution never ran"


def _backend_result(model, x, options):
    """What the backend returns to Dynamo for ``model``'s graph (Dynamo wraps it in its own frame)."""
    returned = []

    def spy(gm, example_inputs):
        returned.append(pike_backend.backend.pike(gm, example_inputs, options=options))
        return returned[-1]

    torch._dynamo.reset()
    clear_compile_events()
    with torch.no_grad():
        torch.testing.assert_close(torch.compile(model, backend=spy)(x), model(x))
    (fn,) = returned
    return fn


def test_a_graph_nothing_of_pikes_runs_in_is_returned_untouched(pike_env):
    from pike_backend.graph.stitch import PikeSubgraph

    def dispatches(fn) -> int:
        return sum(isinstance(node.target, PikeSubgraph) for node in fn.__self__.graph.nodes)

    model, x = AffineRelu(), torch.randn(3, 100)
    fn = _backend_result(model, x, dict(CACHE_ONLY))
    assert dispatches(fn) == 0  # the graph as Dynamo captured it, no dispatch layer
    (event,) = compile_events()
    assert event["outcome"] == "miss" and event["winner_kind"] == "fallback"  # still reported
    _store_solution(model, x, POINTWISE_SOLUTION.replace("FAIL_AFTER", "pass"))
    assert dispatches(_backend_result(model, x, dict(CACHE_ONLY))) == 1


@pytest.mark.parametrize("fallback", ["eager", "inductor"])  # inductor: compiled at the first failure
def test_solution_failing_at_run_time_falls_back_with_one_warning(caplog, fallback):
    model, x = AffineRelu(), torch.randn(3, 100)
    failing = POINTWISE_SOLUTION.replace(
        "FAIL_AFTER", "if len(CALLS) > 2:\n            raise RuntimeError('kernel exploded')"
    )
    _store_solution(model, x, failing)
    fn = compiled(model, {"mode": "cache-only", "fallback": fallback})
    with torch.no_grad(), caplog.at_level(logging.WARNING, logger="pike_backend"):
        for _ in range(4):
            y = torch.randn(3, 100)
            torch.testing.assert_close(fn(y), model(y))
    warnings = [r for r in caplog.records if "kernel exploded" in r.getMessage()]
    assert len(warnings) == 1


def test_solution_wrong_for_the_example_is_dropped_by_the_end_to_end_check(caplog):
    model, x = AffineRelu(), torch.randn(3, 100)
    _store_solution(model, x, POINTWISE_SOLUTION.replace("FAIL_AFTER", "return x * 3"))
    with caplog.at_level(logging.WARNING, logger="pike_backend"):
        assert_matches_eager(model, x)
    (event,) = compile_events()
    assert event["outcome"] == "fallback" and event["source_sha256"] == ""  # the solution loaded did not run
    assert any("differs from eager" in r.getMessage() for r in caplog.records)


SHAPE_SPECIFIC_SOLUTION = '''
import torch
import torch.nn as nn


class ModelNew(nn.Module):
    def forward(self, x):
        # Correct only for the shape it was verified on: it bakes in the row count.
        return torch.relu(x[:3] * 2.0 + 1.0)
'''


def test_a_new_shape_never_reuses_a_solution():
    model, x = AffineRelu(), torch.randn(3, 100)
    _store_solution(model, x, SHAPE_SPECIFIC_SOLUTION)
    fn = compiled(model, dynamic=False)
    with torch.no_grad():
        torch.testing.assert_close(fn(x), model(x))
        bigger = torch.randn(5, 100)
        torch.testing.assert_close(fn(bigger), model(bigger))
    assert [e["outcome"] for e in compile_events()] == ["hit", "miss"]


def test_a_new_shape_under_dynamic_shapes_falls_back():
    model, x = AffineRelu(), torch.randn(3, 100)
    _store_solution(model, x, SHAPE_SPECIFIC_SOLUTION)
    fn = compiled(model)
    with torch.no_grad():
        for rows in (3, 5, 7):
            y = torch.randn(rows, 100)
            torch.testing.assert_close(fn(y), model(y))


def test_autograd_runs_on_the_fallback(caplog):
    model = MLP()
    x = torch.randn(4, 32)
    with caplog.at_level(logging.INFO, logger="pike_backend"):
        out = compiled(model)(x)
    out.sum().backward()
    assert model.fc1.weight.grad is not None
    assert any("autograd is needed" in r.getMessage() for r in caplog.records)


def test_explain_reports_subgraphs_keys_and_left_out_nodes():
    torch.manual_seed(0)
    report = pike_backend.explain(BreaksAndOddOps().eval(), torch.randn(4, 16), options=SUBGRAPHS)
    text = str(report)
    assert "graph break" in text and "left out" in text
    assert report.subgraphs and all(s.status == "miss" for s in report.subgraphs)
    assert "non-tensor result" in text and "argsort is not one pike kernelizes" in text
    assert "linear" in text and "tanh" in text


def test_inductor_fallback_option_is_used_and_correct():
    torch.manual_seed(0)
    model = MLP().eval()
    assert_matches_eager(model, torch.randn(4, 32), options={"mode": "cache-only", "fallback": "inductor"})
    assert "inductor" in compile_events()[0]["origin"]


def test_a_searched_subgraph_is_never_searched_again():
    """Search mode: the first compile searches (offline agent, real evaluator); the verdict is kept
    whether or not a candidate beat eager, so the next compile is a hit and searches nothing."""
    torch.manual_seed(0)
    model, x = AffineRelu(), torch.randn(64, 32)
    options = {"mode": "search", "budget": 2, "inductor_seeds": False}
    assert_matches_eager(model, x, options=options)
    (first,) = compile_events()
    assert first["outcome"] == "searched", first
    assert_matches_eager(model, x, options=options)
    (second,) = compile_events()
    assert second["outcome"] == "hit" and second["key"] == first["key"], second
    if first["reason"] == "search found nothing faster than the reference":  # always so under the interpreter
        assert second["reason"] == "a search found nothing faster than the reference", second


def test_searches_of_one_process_share_one_evaluator_pool():
    """Starting evaluator workers costs seconds; a model of many subgraphs must not pay it per subgraph."""
    from pike_backend import backend

    torch.manual_seed(0)
    options = {"mode": "search", "budget": 1, "inductor_seeds": False, **SUBGRAPHS}
    started = lambda: sum(slot._started for slot in backend._EVALUATOR._slots) if backend._EVALUATOR else 0  # noqa: E731
    before, pool = started(), backend._EVALUATOR
    assert_matches_eager(MLP().eval(), torch.randn(8, 32), options=options)
    searched = [e for e in compile_events() if e["outcome"] == "searched"]
    assert len(searched) >= 2, compile_events()
    assert pool is None or backend._EVALUATOR is pool
    assert started() - before <= 2  # one reference and one candidate worker at most, not a pair per search


class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 16)

    def forward(self, x):
        return torch.sigmoid(self.fc(x)) * 3.0


def test_weights_are_module_state_bound_by_reference():
    """The Problem holds the model's weights as buffers (so rewrites may fold or pre-cast them), and
    the loaded solution computes with the model's own tensors: an in-place update is seen."""
    torch.manual_seed(0)
    model, x = Scaled().eval(), torch.randn(4, 16)
    (sub,) = pike_backend.explain(model, x).subgraphs
    source = sub.problem.source
    assert "register_buffer" in source and "def forward(self, l_x_" in source
    module = load_source_module(source)
    assert len(module.get_inputs()) == 1  # only x is an input; the weights are state
    cache = KernelCache.from_options(PikeOptions.from_sources({}))
    cache.store(CacheEntry.create(sub.key, source + "\n\nclass ModelNew(Model):\n    pass\n", winner_kind="torch"))
    fn = compiled(model)
    with torch.no_grad():
        torch.testing.assert_close(fn(x), model(x))
        model.fc.weight.mul_(-2.0)
        torch.testing.assert_close(fn(x), model(x))
    assert compile_events()[0]["outcome"] == "hit"


DERIVING_SOLUTION = """

class ModelNew(Model):
    def forward(self, *inputs):
        if not hasattr(self, "_derived"):  # derived once from the weights, as folded or pre-cast ones are
            self._derived = {name: b.detach().clone() for name, b in self.named_buffers()}
        saved = dict(self._buffers)
        self._buffers.update(self._derived)
        try:
            return Model.forward(self, *inputs)
        finally:
            self._buffers.update(saved)
"""


def test_replaced_weights_rebuild_a_solution_that_derived_from_the_old_ones():
    """A solution may derive from the weights once (BN folded, weights pre-cast, a CUDA graph on
    their addresses): when the model's weights are replaced by new tensors, it is built afresh."""
    torch.manual_seed(0)
    model, x = Scaled().eval(), torch.randn(4, 16)
    (sub,) = pike_backend.explain(model, x).subgraphs
    cache = KernelCache.from_options(PikeOptions.from_sources({}))
    cache.store(CacheEntry.create(sub.key, sub.problem.source + DERIVING_SOLUTION, winner_kind="torch"))
    fn = compiled(model)
    with torch.no_grad():
        torch.testing.assert_close(fn(x), model(x))
        model.fc.weight = nn.Parameter(torch.randn_like(model.fc.weight))
        torch.testing.assert_close(fn(x), model(x))
    assert [e["outcome"] for e in compile_events()] == ["hit"]  # the same compiled graph, rebuilt


class CountsCalls(nn.Module):
    """Writes into its own buffer at every call (a step counter): compiling must not add a step."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 16)
        self.register_buffer("steps", torch.zeros(()))

    def forward(self, x):
        self.steps.add_(1)
        return torch.sigmoid(self.fc(x)) * 3.0


@pytest.mark.parametrize("inference_mode", [False, True])
def test_a_loaded_solution_is_built_once_and_compiling_leaves_no_trace(inference_mode, monkeypatch):
    """The end-to-end check at compile time passes the caller's own tensors wherever the graph does
    not write, so a loaded solution is built once: on copied weights it was built again for the
    check and once more at the first call (a frozen seed compiles its weights in: seconds each).
    Tensors the graph writes into are copied, in the check and where the stitched graph is first
    run to record the subgraphs' inputs, so compiling adds no step to the model's counter."""
    from pike_backend import backend
    from pike_backend.graph import stitch

    builds = []

    def counting(*args, **kwargs):
        builds.append(1)
        return stitch_load(*args, **kwargs)

    stitch_load = stitch.load_solution
    monkeypatch.setattr(stitch, "load_solution", counting)
    monkeypatch.setattr(backend, "load_solution", counting)
    for model_type, calls in ((Scaled, 1), (CountsCalls, 3)):
        torch.manual_seed(0)
        model, x = model_type().eval(), torch.randn(4, 16)
        subs = pike_backend.explain(model, x).subgraphs
        assert subs, f"pike extracted nothing from {model_type.__name__}"
        cache = KernelCache.from_options(PikeOptions.from_sources({}))
        for sub in subs:
            cache.store(CacheEntry.create(sub.key, sub.problem.source + "\n\nclass ModelNew(Model):\n    pass\n",
                                          winner_kind="torch"))
        if model_type is CountsCalls:
            model.steps.zero_()  # explain ran the model
        builds.clear()
        fn = compiled(model)
        with torch.inference_mode() if inference_mode else torch.no_grad():
            for _ in range(calls):
                got = fn(x)
            expected = torch.sigmoid(model.fc(x)) * 3.0
        torch.testing.assert_close(got, expected)
        events = compile_events()
        assert events and all(e["outcome"] == "hit" for e in events), events
        assert len(builds) == len(events), (model_type.__name__, len(builds), len(events))
        if model_type is CountsCalls:
            assert model.steps.item() == calls  # one step a call of the caller's


def _dynamo_graph(fn, *inputs):
    graphs = []

    def capture(gm, example_inputs):
        graphs.append(gm)
        return gm.forward

    torch._dynamo.reset()
    with torch.no_grad():
        torch.compile(fn, backend=capture, dynamic=False)(*inputs)
    (gm,) = graphs
    return gm


def _written(fn, *inputs) -> set[str]:
    """The placeholders ``written_inputs`` names, by the input they stand for."""
    from pike_backend.graph.ops import written_inputs

    gm = _dynamo_graph(fn, *inputs)
    names = [n.target for n in gm.graph.nodes if n.op == "placeholder"]
    return {names[i][2:-1] for i in written_inputs(gm)}  # L_x_ -> x


@torch._dynamo.allow_in_graph
def _bumped(t):
    t.add_(1.0)  # Dynamo sees the call, not the write
    return t * 2.0


def test_written_inputs_follow_aliases_and_leave_tensors_the_graph_made():
    x, y, w = torch.randn(4, 8), torch.randn(4, 8), torch.randn(8)

    def through_a_view(x, y):
        x.view(-1)[:3].add_(1.0)
        return x + y

    def through_a_to_that_returns_its_input(x, y):
        z = x.to(torch.float32)  # x is already fp32: z is x
        z.mul_(2.0)
        return z + y

    def setitem_and_out(x, y, w):
        y[0] = 1.0
        torch.add(x[0], 1.0, out=w)
        return x * 2

    def on_tensors_it_made(x, y):
        z = torch.relu(x @ y.t())
        z.add_(1.0)  # a tensor the graph made
        torch.relu_(z)
        return z.sum() + x.to(torch.float64).add_(1.0).sum()  # a copy: x itself is untouched

    assert _written(through_a_view, x.clone(), y) == {"x"}
    assert _written(through_a_to_that_returns_its_input, x.clone(), y) == {"x"}
    assert _written(setitem_and_out, x, y.clone(), w.clone()) == {"y", "w"}
    assert _written(on_tensors_it_made, x, y) == set()
    assert _written(lambda x, y: _bumped(y) + x, x, y.clone()) == {"y"}  # not torch's own: assumed to write


class InplaceOnIntermediate(nn.Module):
    """torchvision style: ReLU(inplace=True) after a linear writes into a tensor the graph made."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 16)
        self.act = nn.ReLU(inplace=True)

    def forward(self, x):
        return self.act(self.fc(x)) * 2


class InplaceOnInput(nn.Module):
    def forward(self, x):
        y = x.view(-1)
        y.add_(1)  # writes into the caller's tensor through a view: never inside a problem
        return x * 2


def test_whole_graph_keeps_inplace_ops_on_tensors_the_graph_made_and_never_on_inputs():
    """The default granularity: the whole graph as one problem, subgraphs where something must stay out."""
    torch.manual_seed(0)
    made = pike_backend.explain(InplaceOnIntermediate().eval(), torch.randn(4, 16))
    assert [g.granularity for g in made.graphs] == ["graph"], str(made)
    assert len(made.subgraphs) == 1 and "relu" in made.subgraphs[0].ops
    mutated = pike_backend.explain(InplaceOnInput().eval(), torch.randn(4, 16))
    assert [g.granularity for g in mutated.graphs] == ["subgraph"], str(mutated)
    assert "in-place op" in str(mutated)


class InplaceResidualBlocks(nn.Module):
    """torchvision's style (ReLU(inplace=True) after each batch norm, ``out += identity`` before the
    last), and in-place ops pike must leave out: one on a value read again afterwards, one on a
    value read before it, one through a view whose base is read again, one through an alias."""

    def __init__(self):
        super().__init__()
        self.conv1, self.bn1 = nn.Conv2d(8, 8, 3, padding=1), nn.BatchNorm2d(8)
        self.conv2, self.bn2 = nn.Conv2d(8, 8, 3, padding=1), nn.BatchNorm2d(8)
        self.act = nn.ReLU(inplace=True)

    def forward(self, x):
        out = self.act(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        out += x
        y = self.act(out)
        z = y * 3
        shared = torch.relu_(z) + z  # z is read after the write: its effect must stay where it is
        before = y * 5
        doubled = before * 2  # read before the write below
        before += 1
        w = y * 2
        torch.sigmoid_(w[:, :4])  # writes into w through a view; w is read below
        same = w.float()  # w is float32 already: this is w itself
        torch.tanh_(same)  # so this writes into w too
        return shared + w + before + doubled


def test_inplace_ops_on_values_only_they_read_join_subgraphs():
    """Under subgraph granularity in-place ops on a value only they read fuse like their
    out-of-place forms (each was left out, splitting a ResNet block from its residual add and
    ReLUs); in-place ops on a value read before or after the write, through a view, or on an
    input stay out."""
    torch.manual_seed(0)
    model, x = InplaceResidualBlocks().eval(), torch.randn(2, 8, 8, 8)
    explained = pike_backend.explain(model, x, options=SUBGRAPHS)
    ops = [sub.ops for sub in explained.subgraphs]
    assert ops[0] == ["conv2d", "batch_norm", "relu"], str(explained)
    assert ops[1][:4] == ["conv2d", "batch_norm", "iadd", "relu"], str(explained)
    left_out = explained.graphs[0].left_out
    assert sorted(left_out.values()).count("in-place op") == 4, left_out
    assert "in-place op" in str(pike_backend.explain(InplaceOnInput().eval(), torch.randn(4, 16), options=SUBGRAPHS))
    assert_matches_eager(model, x, options={**CACHE_ONLY, **SUBGRAPHS})


class GatedSplits(nn.Module):
    """A gated MLP (its up projection split by chunk into value and gate) and an LSTM-style
    unbind of gates."""

    def __init__(self, d=16):
        super().__init__()
        self.up, self.down = nn.Linear(d, 4 * d), nn.Linear(2 * d, d)
        self.gates = nn.Linear(d, 3 * d)

    def forward(self, x):
        value, gate = self.up(x).chunk(2, dim=-1)
        h = self.down(F.silu(gate) * value)
        i, f, o = self.gates(h).view(x.shape[0], 3, -1).unbind(1)
        return torch.sigmoid(f) * h + torch.sigmoid(i) * torch.tanh(o)


def test_a_split_whose_parts_are_taken_by_index_joins_its_subgraph():
    """chunk, unbind and split return tuples; where every user takes one part by index the tuple
    never leaves its group, so a gated MLP's gate fuses with the matmul before it (it was left out,
    with every getitem of it, splitting an LSTM into hundreds of pieces)."""
    torch.manual_seed(0)
    model, x = GatedSplits().eval(), torch.randn(4, 16)
    explained = pike_backend.explain(model, x, options=SUBGRAPHS)
    ops = [sub.ops for sub in explained.subgraphs]
    assert ops[0] == ["linear", "chunk", "getitem", "getitem", "silu", "mul"], str(explained)
    assert ops[2][:5] == ["linear", "view", "unbind", "getitem", "getitem"], str(explained)
    assert not explained.graphs[0].left_out
    assert_matches_eager(model, x, options={**CACHE_ONLY, **SUBGRAPHS})
    # a tuple read whole (Dynamo hands ops the parts, but a graph may return the tuple) stays out
    gm = torch.fx.symbolic_trace(lambda t: t.chunk(2))
    chunk = next(n for n in gm.graph.nodes if n.op == "call_method")
    chunk.meta["example_value"] = torch.randn(4).chunk(2)
    assert classify(chunk, None) == (Kind.GLUE, "non-tensor result")


def test_a_subgraph_of_weights_alone_extracts_to_a_loadable_problem():
    """Swin V2's clamped logit scale is computed from a weight alone: its problem has no data inputs."""
    from pike_backend.graph.extract import TensorSpec, problem_source

    graph = torch.fx.symbolic_trace(lambda scale: torch.clamp(scale, max=4.6).exp())
    weight = torch.randn(4, 1, 1)
    module = load_source_module(problem_source(graph, [TensorSpec.of(weight)], state={0: "logit_scale"}))
    assert module.get_inputs() == []
    model = module.Model()
    torch.testing.assert_close(model(), torch.clamp(model.logit_scale, max=4.6).exp())


@pytest.mark.parametrize("example, check", [
    (-torch.rand(64, 8) * 0.5, lambda v: bool((v <= 0).all() and (v >= -0.5).all())),  # Mamba's log decays
    (torch.rand(64, 8) + 0.1, lambda v: bool((v > 0).all())),  # variances
    (torch.randint(0, 10, (64, 8)), lambda v: bool((v >= 0).all() and (v <= 9).all())),  # indices
    ((torch.rand(64, 8) < 0.5).float(), lambda v: bool(((v == 0) | (v == 1)).all())),  # masks
])
def test_problem_inputs_are_drawn_from_the_examples_value_domain(example, check):
    from pike_backend.graph.extract import TensorSpec, problem_source

    graph = torch.fx.symbolic_trace(lambda t: t * 1)
    module = load_source_module(problem_source(graph, [TensorSpec.of(example)]))
    for seed in range(3):
        torch.manual_seed(seed)
        (value,) = module.get_inputs()
        assert value.shape == example.shape and value.dtype == example.dtype
        assert check(value) and not torch.equal(value, example)


class CausalScores(nn.Module):
    """minGPT/Mamba style: a mask made in forward on the inputs' device."""

    def forward(self, q, k):
        n = q.shape[-2]
        mask = torch.tril(torch.ones(n, n, dtype=torch.bool, device=q.device))
        return (q @ k.transpose(-1, -2)).masked_fill(~mask, float("-inf")).softmax(-1)


def test_device_constants_of_a_graph_follow_the_problems_device():
    # A literal device(type='cuda', index=0) in the problem would keep the offline agent from
    # tracing it on the CPU, and pin it to one GPU: the problem's DEVICE stands in for it.
    from pike_backend.offline.trace import trace_problem

    q, k = torch.randn(2, 8, 16), torch.randn(2, 8, 16)
    report = pike_backend.explain(CausalScores().eval(), q, k, options={"granularity": "graph"})
    (sub,) = report.subgraphs
    source = sub.problem.source
    assert "device(DEVICE)" in source and "device(type=" not in source
    module = load_source_module(source)
    module.DEVICE = "meta"
    out = module.Model()(q.to("meta"), k.to("meta"))
    assert out.device.type == "meta" and out.shape == (2, 8, 8)
    assert trace_problem(sub.problem).traced


def test_a_subgraph_runner_checks_its_weights_wherever_they_sit_among_the_inputs():
    """The weights' identity check picks them out of the call's arguments in one go, contiguous or
    not: the bound weights run the solution as it is, a replaced one (in any position) rebinds it
    once, and a weight unlike its spec sends the call to the fallback."""
    from pike_backend.graph.extract import TensorSpec
    from pike_backend.graph.stitch import PikeSubgraph

    class Solution(nn.Module):
        def __init__(self, a, b):
            super().__init__()
            self.register_buffer("a", a)
            self.register_buffer("b", b)

        def forward(self, x, y):
            return x * self.a + y * self.b

    a, b, x, y = (torch.randn(8) for _ in range(4))
    for layout in ((x, a, y, b), (a, b, x, y), (x, y, a, b)):  # weights apart, first, last
        positions = {name: next(i for i, t in enumerate(layout) if t is w) for name, w in (("a", a), ("b", b))}
        state = {positions["a"]: "a", positions["b"]: "b"}
        specs = [TensorSpec.of(t) for t in layout]
        runner = PikeSubgraph("g", lambda *args: "fallback", specs, Solution(a, b), "pike", state)
        rebuilds = []
        rebuild = runner._rebuild
        runner._rebuild = lambda: rebuilds.append(1) or rebuild()
        args = list(layout)
        torch.testing.assert_close(runner(*args), x * a + y * b)
        assert rebuilds == []
        args[positions["b"]] = new_b = torch.randn(8)
        for _ in range(2):  # rebound once, then the new weight is the bound one
            torch.testing.assert_close(runner(*args), x * a + y * new_b)
        assert rebuilds == [1]
        args[positions["a"]] = torch.randn(4)
        assert runner(*args) == "fallback"
