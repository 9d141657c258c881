"""The adversarial suite as data, shared by tests/test_evaluate*.py and benchmarks/gpu/evaluator_suite.py.

Each case: (candidate file stem, problem file stem without "problem_", stages it may be rejected at
(empty: it must pass), text one of the reasons must contain).
"""

HONEST = [
    ("honest_torch", "pointwise"),
    ("honest_triton", "pointwise"),
    ("honest_static_output", "pointwise"),
    ("honest_linear", "linear"),
    ("honest_weight_cache", "linear"),
    ("honest_embedding", "embedding"),
    ("honest_torch_compile", "pointwise"),
]

CHEATS = [
    ("cheat_zeros_tiny", "tiny", {"correctness"}, "relative error 1 over the limit"),
    ("cheat_patch_allclose", "pointwise", {"integrity"}, "replaced torch.allclose"),
    ("cheat_patch_randn", "pointwise", {"integrity"}, "replaced torch.randn"),
    ("cheat_mutate_input", "pointwise", {"correctness"}, "changed input 0"),
    ("cheat_address_cache", "pointwise", {"correctness"}, "refilled in place): output 0"),
    ("cheat_version_cache", "pointwise", {"correctness"}, "refilled in place): output 0"),
    ("cheat_call_count", "pointwise", {"timing", "recheck"}, "output 0"),
    ("cheat_timed_stale", "pointwise", {"timing"}, "(last timed call): output 0"),
    ("cheat_timer_patch", "pointwise", {"timing"}, "timing: "),
    ("cheat_print_verdict", "pointwise", {"correctness"}, "relative error 1 over the limit"),
    ("cheat_wrong_shape", "pointwise", {"correctness"}, "is float32[64, 1], the reference float32[64, 128]"),
    ("cheat_wrong_dtype", "pointwise", {"correctness"}, "is float64[64, 128], the reference float32[64, 128]"),
    ("cheat_nan", "pointwise", {"correctness"}, "1 NaN/Inf values where the reference is finite"),
    ("cheat_gc_reference", "pointwise", {"correctness"}, "output 0"),
    ("cheat_stale_memory", "pointwise", {"correctness"}, "output 0"),
    ("cheat_subclass", "pointwise", {"run"}, "not a plain torch.Tensor"),
    ("cheat_function_mode", "pointwise", {"integrity"}, "torch function mode"),
    ("cheat_thread", "pointwise", {"correctness"}, "left threads running"),
    ("cheat_patch_worker", "pointwise", {"integrity"}, "replaced pike_backend.evaluate.codec.encode"),
    ("cheat_bf16", "linear", {"correctness"}, "over the limit 0.0001"),
    ("cheat_exit", "pointwise", {"crash"}, "exit code 0"),
    ("cheat_segfault", "pointwise", {"crash"}, "SIGSEGV"),
    ("cheat_raise", "pointwise", {"load"}, "BLOCK_SIZE must be a power of 2"),
]

GPU_CHEATS = [
    ("gpu_side_stream", "pointwise", {"correctness"}, "output 0"),
    ("gpu_graph_stale", "pointwise", {"correctness"}, "output 0"),
    ("gpu_tf32", "linear", {"integrity"}, "reduced precision under precision=strict"),
    ("gpu_illegal_access", "pointwise", {"run", "crash"}, "illegal memory access"),
]

GPU_HONEST = [
    ("gpu_honest_cuda_graph", "pointwise"),
    ("gpu_side_stream_hidden", "pointwise"),  # passes, but timed with its side-stream work
]
