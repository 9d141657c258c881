"""The offline agent's GPU-only rewrites, run for real (skipped without CUDA; run on a GPU machine
with PIKE_TEST_GPU=1): CUDA-graph capture honest at every call, bf16/fp16 stacks within the
paper's tolerance, TF32 scoped to our calls, and the inductor seeds."""

import sys
import textwrap
import threading

import pytest
import torch

from pike_backend.evaluate import EvalConfig, Evaluator
from pike_backend.offline.recipe import recipe_of_kind
from pike_backend.offline.solution import build, codegen_fuser
from pike_backend.offline.trace import trace_problem
from pike_backend.options import tolerance_for
from pike_backend.problem import Problem, build_candidate, build_reference, load_source_module, seeded_inputs

pytestmark = pytest.mark.gpu

RESNETISH = Problem("resnetish", textwrap.dedent("""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv2d(3, 32, 3, padding=1, bias=False)
            self.bn1 = nn.BatchNorm2d(32)
            self.conv2 = nn.Conv2d(32, 32, 3, padding=1, bias=False)
            self.bn2 = nn.BatchNorm2d(32)
            self.norm = nn.LayerNorm(32)
            self.fc = nn.Linear(32, 10)

        def forward(self, x):
            y = F.relu(self.bn1(self.conv1(x)))
            y = F.relu(self.bn2(self.conv2(y)) + y)
            return self.fc(self.norm(y.mean((2, 3))))

    def get_inputs():
        return [torch.randn(4, 3, 32, 32)]

    def get_init_inputs():
        return []
"""))


# Self-attention through nn.MultiheadAttention, which the offline agent runs as the fused op eager
# inference takes (the trace holds the slow path); random biases, so that none of them can hide.
ATTENTION = Problem("attention", textwrap.dedent("""
    import torch
    import torch.nn as nn

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.attn = nn.MultiheadAttention(64, 4, batch_first=True)
            self.norm = nn.LayerNorm(64)
            with torch.no_grad():
                self.attn.in_proj_bias.normal_(0.0, 0.2)
                self.attn.out_proj.bias.normal_(0.0, 0.2)

        def forward(self, x):
            out, _ = self.attn(x, x, x, need_weights=False)
            return self.norm(out + x)

    def get_inputs():
        return [torch.randn(4, 49, 64)]

    def get_init_inputs():
        return []
"""))


@pytest.fixture(scope="module")
def graph():
    return trace_problem(RESNETISH)


def _pair(source: str, problem: Problem = RESNETISH):
    problem_module = load_source_module(problem.source)
    reference = build_reference(problem_module, 0, "cuda")
    candidate = build_candidate(load_source_module(source, "offline_gpu_test"), problem_module, reference, 0, "cuda")
    return problem_module, reference, candidate


def test_cuda_graph_replays_in_place_and_copies_other_tensors(graph):
    problem_module, reference, candidate = _pair(build(graph, recipe_of_kind("cuda-graph+fold-bn")).source)
    x = seeded_inputs(problem_module, 1, "cuda")[0]
    with torch.no_grad():
        first = candidate(x)
        torch.testing.assert_close(first, reference(x), atol=1e-4, rtol=1e-4)
        x.copy_(torch.randn_like(x))  # same address, new values: a replay must read them
        second = candidate(x)
        torch.testing.assert_close(second, reference(x), atol=1e-4, rtol=1e-4)
        assert second.data_ptr() != first.data_ptr()  # fresh outputs, not the graph's buffer
        other = torch.randn_like(x)  # another tensor: copied into static buffers
        torch.testing.assert_close(candidate(other), reference(other), atol=1e-4, rtol=1e-4)
        torch.testing.assert_close(candidate(x), reference(x), atol=1e-4, rtol=1e-4)
        bigger = torch.randn(8, 3, 32, 32, device="cuda")  # a new shape: recaptured
        torch.testing.assert_close(candidate(bigger), reference(bigger), atol=1e-4, rtol=1e-4)
        reference.conv2.weight.mul_(0.5)  # in-place weight update: derived weights follow
        candidate.load_state_dict(reference.state_dict())
        torch.testing.assert_close(candidate(x), reference(x), atol=1e-4, rtol=1e-4)


def _python_calls(fn, *args):
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


def test_replaying_the_same_tensors_takes_the_short_path(graph):
    """A call on the tensors of the last replay: one layout comparison (plus the weight watch),
    replay, clone; and a replaced weight is still seen. The first call is on a copy (a warm-up
    batch): the caller's own tensors are captured at their second call."""
    problem_module, reference, candidate = _pair(build(graph, recipe_of_kind("cuda-graph")).source)
    x = seeded_inputs(problem_module, 1, "cuda")[0]
    with torch.no_grad():
        candidate(x.clone())
        names, got = _python_calls(candidate.forward, x)
        torch.testing.assert_close(got, reference(x), atol=1e-4, rtol=1e-4)
        assert "_pk_copy" in names  # another tensor once: copied into the staged buffers
        candidate(x)
        x.copy_(torch.randn_like(x))
        names, got = _python_calls(candidate.forward, x)
        torch.testing.assert_close(got, reference(x), atol=1e-4, rtol=1e-4)
        assert "_replay_call" in names and "replay" in names
        assert not {"_full_call", "_traced_inputs", "_pk_shape_key", "_refresh", "__enter__"} & set(names), names
        reference.fc.weight = torch.nn.Parameter(torch.randn_like(reference.fc.weight))
        candidate.fc.weight = torch.nn.Parameter(reference.fc.weight.detach().clone())
        torch.testing.assert_close(candidate(x), reference(x), atol=1e-4, rtol=1e-4)


@pytest.mark.parametrize("kind", [
    "cuda-graph+bf16+fold-bn+channels-last",
    "cuda-graph+fp16+fold-bn+channels-last",
    "cuda-graph+tf32+fold-bn",
    "cuda-graph+bf16+fold-bn+channels-last+triton-fused",
])
def test_reduced_precision_stacks_within_the_paper_tolerance(graph, kind):
    recipe = recipe_of_kind(kind)
    fuse = codegen_fuser(interpreter_safe=False)
    if recipe.triton and fuse is None:
        pytest.skip("the code generator is not importable")
    problem_module, reference, candidate = _pair(build(graph, recipe, fuse).source)
    before = torch.get_float32_matmul_precision()
    for seed in (1, 2, 3):
        x = seeded_inputs(problem_module, seed, "cuda")[0]
        with torch.no_grad():
            got, expected = candidate(x), reference(x)
        assert got.dtype == expected.dtype
        torch.testing.assert_close(got, expected, atol=1e-2, rtol=1e-2)
    assert torch.get_float32_matmul_precision() == before


@pytest.mark.parametrize("kind", [
    "inductor-default:bf16", "inductor-reduce-overhead:bf16", "inductor-default+cuda-graph:bf16",
    "inductor-default+cuda-graph+freeze:bf16", "inductor-default+cuda-graph+freeze+cudnn-fused:bf16",
])
def test_inductor_seeds_run_and_return_fresh_outputs(graph, kind, monkeypatch):
    problem_module, reference, candidate = _pair(build(graph, recipe_of_kind(kind)).source)
    x = seeded_inputs(problem_module, 1, "cuda")[0]
    monkeypatch.setattr(torch.backends.cudnn, "benchmark", False)
    with torch.no_grad():
        first = candidate(x)
        second = candidate(x)
        torch.testing.assert_close(first, reference(x), atol=1e-2, rtol=1e-2)
    assert first.data_ptr() != second.data_ptr()
    # the graphed seed replays pike's own capture of inductor's kernels, its convolutions' algorithms
    # picked by timing them (bf16's tolerance) with the process's own flag left as it was
    assert bool(candidate._pk_runner.graphs.entries) == ("cuda-graph" in kind)
    assert candidate._pk_runner.graphs.tune_convs == ("cuda-graph" in kind)
    assert torch.backends.cudnn.benchmark is False
    if "freeze" in kind:  # the weights are constants of the compiled code: an in-place update compiles again
        with torch.no_grad():
            for model in (reference, candidate):
                next(iter(model.parameters())).mul_(-1.5)
            torch.testing.assert_close(candidate(x), reference(x), atol=1e-2, rtol=1e-2)
    name, weight = next(iter(reference.named_parameters()))
    *owner, leaf = name.split(".")
    fresh = weight.detach() * -1.5  # new values of the same magnitude (the tolerance is bf16's)
    for model in (reference, candidate):  # a replaced parameter: the captured graphs read the old one
        parent = model.get_submodule(".".join(owner))
        setattr(parent, leaf, torch.nn.Parameter(fresh.clone()))
    with torch.no_grad():
        torch.testing.assert_close(candidate(x), reference(x), atol=1e-2, rtol=1e-2)


@pytest.mark.parametrize("kind, tol", [
    ("inductor-default+cuda-graph+freeze+cudnn-fused", 1e-4), ("inductor-default+cuda-graph+freeze+cudnn-fused:fp16", 1e-2),
])
def test_cudnn_fused_epilogues_run_in_inductors_code(graph, kind, tol):
    """Both convolutions of RESNETISH, batch norm folded by inductor's freezing, go to cuDNN's fused
    engines (one with its residual), in fp32 (TF32 off, as the strict protocol runs) and at fp16
    with inductor's channels_last layouts; the captured graph gives eager's values on new inputs."""
    module = load_source_module(build(graph, recipe_of_kind(kind)).source, "offline_gpu_test")
    fused = []
    plain = module._pk_fuse_conv_epilogues
    module._pk_fuse_conv_epilogues = lambda g: fused.append(plain(g))
    problem_module = load_source_module(RESNETISH.source)
    reference = build_reference(problem_module, 0, "cuda")
    candidate = build_candidate(module, problem_module, reference, 0, "cuda")
    # (cudnn.flags disables cuDNN unless told otherwise)
    with torch.no_grad(), torch.backends.cudnn.flags(enabled=True, allow_tf32=False), \
            torch._inductor.config.patch(fx_graph_cache=False):
        for seed in (1, 2, 3):
            x = seeded_inputs(problem_module, seed, "cuda")[0]
            torch.testing.assert_close(candidate(x), reference(x), atol=tol, rtol=tol)
    assert fused == [2] and candidate._pk_runner.graphs.entries


@pytest.mark.parametrize("kind", ["cuda-graph+cudnn-tuned", "inductor-default+cuda-graph+freeze+cudnn-tuned"])
def test_fp32_convolutions_are_tuned_on_a_thread_of_their_own(graph, kind, monkeypatch):
    """cudnn-tuned: every capture, with cuDNN timing its algorithms, runs on the Solution's tuning
    thread under the caller's stream and grad mode (here a side stream, grad off); the values are
    eager's within the strict tolerance with TF32 off; the process's benchmark flag is left as it was."""
    module = load_source_module(build(graph, recipe_of_kind(kind)).source, "offline_gpu_test")
    seen, streams = [], []
    capture = module._PkCaptured._capture

    def recording(self, body, tune_convs):
        def watched(inputs):  # the warm-up's calls and the captured one
            seen.append((threading.current_thread().name, torch.backends.cudnn.benchmark, torch.is_grad_enabled()))
            return body(inputs)

        streams.append(torch.cuda.current_stream())
        return capture(self, watched, tune_convs)

    monkeypatch.setattr(module._PkCaptured, "_capture", recording)
    monkeypatch.setattr(torch.backends.cudnn, "benchmark", False)
    monkeypatch.setattr(torch.backends.cudnn, "allow_tf32", False)
    problem_module = load_source_module(RESNETISH.source)
    reference = build_reference(problem_module, 0, "cuda")
    candidate = build_candidate(module, problem_module, reference, 0, "cuda")
    side = torch.cuda.Stream()
    with torch.no_grad(), torch.cuda.stream(side):
        for seed in (1, 2, 3):
            x = seeded_inputs(problem_module, seed, "cuda")[0]
            torch.testing.assert_close(candidate(x), reference(x), atol=1e-4, rtol=1e-4)
    side.synchronize()
    assert seen and all(name.startswith("pike-cudnn-tuner") and benchmark and not grad for name, benchmark, grad in seen)
    assert streams and all(stream == side for stream in streams)
    assert torch.backends.cudnn.benchmark is False


@pytest.mark.parametrize("kind, precision", [
    ("cuda-graph+cudnn-tuned", "strict"), ("inductor-default+cuda-graph+freeze+cudnn-tuned", "strict"),
    ("cuda-graph+fp16", "bf16"),  # below fp32 the capture is tuned without the token
])
def test_tuned_candidates_pass_the_evaluator(graph, kind, precision):
    """A tuned candidate evaluated as a search evaluates it: in a worker, under its tolerance,
    through the integrity checks (a tuning thread left running fails them: it could compute behind
    the timer)."""
    config = EvalConfig(tolerance=tolerance_for(precision), device="cuda", warmup_ms=5, rep_ms=25)
    with Evaluator(workers=1) as pool:
        verdict = pool.evaluate(RESNETISH, build(graph, recipe_of_kind(kind)).source, config)
    assert verdict.correct, (verdict.stage, verdict.reasons)


@pytest.mark.parametrize("kind, tol", [
    ("cuda-graph", 1e-4), ("cuda-graph+fp16", 1e-2), ("cuda-graph+fp16+triton-fused", 1e-2),
])
def test_self_attention_runs_the_fused_op_on_the_gpu(kind, tol):
    recipe = recipe_of_kind(kind)
    fuse = codegen_fuser(interpreter_safe=False)
    if recipe.triton and fuse is None:
        pytest.skip("the code generator is not importable")
    source = build(trace_problem(ATTENTION), recipe, fuse).source
    assert "_native_multi_head_attention" in source
    problem_module, reference, candidate = _pair(source, ATTENTION)
    for seed in (1, 2, 3):
        x = seeded_inputs(problem_module, seed, "cuda")[0]
        with torch.no_grad():
            got, expected = candidate(x), reference(x)
        assert got.dtype == expected.dtype
        torch.testing.assert_close(got, expected, atol=tol, rtol=tol)
