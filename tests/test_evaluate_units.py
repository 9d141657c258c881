"""The evaluator's in-process parts: the wire format, the comparisons, the settings, the worker env."""

from __future__ import annotations

import math
import pickle
import struct
import tempfile
import time
import uuid
from pathlib import Path

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from pike_backend.evaluate import EvalConfig
from pike_backend.evaluate.codec import CodecError, decode, encode, sent_device
from pike_backend.evaluate.compare import changed_inputs, compare_outputs
from pike_backend.evaluate.exclusive import device_key, exclusive_timing, lock_path
from pike_backend.evaluate.process import worker_env
from pike_backend.options import tolerance_for

STRICT = tolerance_for("strict")


def test_codec_round_trips_tensors_and_containers():
    value = {
        "a": (torch.randn(3, 4), torch.arange(6, dtype=torch.int64).reshape(2, 3)),
        "b": [torch.tensor(True), torch.empty(0, 5), torch.randn(2, 2).to(torch.bfloat16), torch.randn(4).t()],
        "c": [1, 2.5, math.inf, None, "text", False],
    }
    back = decode(encode(value))
    assert isinstance(back["a"], tuple) and isinstance(back["b"], list)
    for original, copy in zip([*value["a"], *value["b"]], [*back["a"], *back["b"]]):
        assert copy.dtype == original.dtype and copy.shape == original.shape and torch.equal(copy, original)
    assert back["c"][:2] == [1, 2.5] and back["c"][2] == math.inf and back["c"][3:] == [None, "text", False]


def test_decoded_tensors_are_private_copies_that_remember_the_senders_device():
    message = encode([torch.ones(4)])
    first, second = decode(message)[0], decode(message)[0]
    first.zero_()
    assert torch.equal(second, torch.ones(4)) and sent_device(second) == "cpu"


@settings(max_examples=30, deadline=None)
@given(st.lists(st.floats(allow_nan=True, allow_infinity=True, width=32), min_size=0, max_size=50))
def test_codec_round_trip_is_bit_exact(values):
    t = torch.tensor(values, dtype=torch.float32)
    back = decode(encode(t))
    assert torch.equal(back.view(torch.int32), t.view(torch.int32))


@pytest.mark.parametrize(
    "message",
    [
        b"",
        pickle.dumps({"ok": True}),
        struct.pack("<Q", 10**9) + b"{}",
        struct.pack("<Q", 2) + b"{x",
        (lambda h: struct.pack("<Q", len(h)) + h)(b'{"__tensor__": [0, 400], "dtype": "float32", "shape": [100]}'),
        (lambda h: struct.pack("<Q", len(h)) + h + bytes(8))(b'{"__tensor__": [0, 8], "dtype": "object", "shape": [1]}'),
        (lambda h: struct.pack("<Q", len(h)) + h)(b'{"__float__": "not a float"}'),
    ],
    ids=["empty", "pickle", "header-past-end", "bad-json", "tensor-past-end", "bad-dtype", "bad-float"],
)
def test_codec_refuses_anything_but_its_format(message):
    with pytest.raises(CodecError):
        decode(message)


def test_codec_will_not_send_objects_or_tensor_subclasses():
    class Sub(torch.Tensor):
        pass

    with pytest.raises(TypeError, match="not a plain torch.Tensor"):
        encode(torch.ones(2).as_subclass(Sub))
    with pytest.raises(TypeError, match="cannot be sent"):
        encode({"x": object()})


def test_zeros_pass_atol_but_not_the_relative_norm():
    ref = torch.rand(1000) * 1e-5
    result = compare_outputs(ref, torch.zeros(1000), STRICT)
    assert result.diffs[0].mismatched == 0  # every value within atol=1e-4...
    assert result.reasons == ["output 0 relative error 1 over the limit 0.0001"]  # ...and still rejected


def test_nan_and_inf_handling():
    ref = torch.tensor([1.0, float("nan"), float("inf"), 2.0])
    assert compare_outputs(ref, ref.clone(), STRICT).reasons == []
    wrong = torch.tensor([1.0, 0.0, float("inf"), float("nan")])
    reasons = compare_outputs(ref, wrong, STRICT).reasons[0]
    assert "1 NaN/Inf values where the reference is finite" in reasons
    assert "1 values differ where the reference is NaN/Inf" in reasons


def test_exact_match_for_integers_and_structure_checks():
    ref = (torch.tensor([1, 2, 3]), torch.ones(2))
    assert compare_outputs(ref, (torch.tensor([1, 2, 4]), torch.ones(2)), STRICT).reasons == [
        "output 0 1 of 3 values differ (exact match required for torch.int64)"
    ]
    assert compare_outputs(ref, [torch.tensor([1, 2, 3]), torch.ones(2)], STRICT).reasons == []
    assert compare_outputs(ref, torch.tensor([1, 2, 3]), STRICT).reasons == ["returned 1 outputs, the reference returns 2"]
    assert compare_outputs(torch.ones(2), 1.0, STRICT).reasons == ["output 0 is a float, the reference a tensor float32[2]"]


def test_strict_rejects_tf32_like_error_and_bf16_accepts_it():
    ref = torch.randn(4096, dtype=torch.float64).float()
    noisy = ref * (1 + 5e-4 * torch.randn(4096))  # about TF32's relative error
    assert compare_outputs(ref, noisy, STRICT).reasons
    assert compare_outputs(ref, noisy, tolerance_for("bf16")).reasons == []


def test_changed_inputs_is_bit_exact_and_nan_aware():
    before = [torch.tensor([1.0, float("nan")]), 3, torch.zeros(2)]
    assert changed_inputs(before, [torch.tensor([1.0, float("nan")]), 3, torch.zeros(2)]) == []
    assert changed_inputs(before, [torch.tensor([1.0, float("nan")]), 3, torch.tensor([0.0, -0.0])]) == [2]


def test_config_validation():
    with pytest.raises(ValueError, match="at least 2"):
        EvalConfig(n_input_sets=1)
    with pytest.raises(ValueError, match="run_timeout_s must be positive"):
        EvalConfig(run_timeout_s=0)
    with pytest.raises(ValueError, match="use 'cuda', 'cpu'"):
        EvalConfig(device="tpu")
    with pytest.raises(ValueError, match="probe_tries must be at least 1"):
        EvalConfig(probe_tries=0)
    assert EvalConfig(device="cpu").resolved_device() == "cpu"


def test_worker_env_drops_credentials(monkeypatch, tmp_path: Path):
    for name in ("GEMINI_API_KEY", "GOOGLE_API_KEY", "OPENAI_API_KEY", "HF_TOKEN", "AWS_SECRET_ACCESS_KEY", "DB_PASSWORD"):
        monkeypatch.setenv(name, "secret")
    monkeypatch.setenv("TRITON_INTERPRET", "1")
    env = worker_env("3", tmp_path)
    assert "secret" not in env.values()
    assert env["CUDA_VISIBLE_DEVICES"] == "3" and env["TRITON_INTERPRET"] == "1" and env["PIKE_MODULE_DIR"] == str(tmp_path)


def test_inductor_compile_pool_threads_are_not_tampering_but_other_threads_are():
    # The inductor seeds start inductor's compile-pool idle timer; a candidate's own thread must
    # still reject it.
    import threading

    from torch._inductor.compile_worker.timer import Timer

    from pike_backend.evaluate.integrity import Snapshot

    snapshot = Snapshot.take()
    timer = Timer(0.2, lambda: None)
    timer.record_call()
    stop = threading.Event()
    sneaky = threading.Thread(target=stop.wait, name="sneaky", daemon=True)
    sneaky.start()
    try:
        found, benign = snapshot.differences()
        assert "subproc_worker_timer" in benign
        assert found == ["left threads running (sneaky)"]
    finally:
        timer.quit()
        stop.set()
        sneaky.join()


def test_one_process_at_a_time_holds_a_devices_timing_lock(lock_holder):
    key = f"test-{uuid.uuid4().hex}"
    lock_holder(key, 1.0)
    with exclusive_timing(key, wait_s=10.0) as hold:  # waits for the other process's timing
        assert hold.acquired and hold.waited_ms >= 700
    with exclusive_timing(key + "-other", wait_s=10.0) as hold:  # another device does not wait
        assert hold.acquired and hold.waited_ms < 500
    assert lock_path(key).parent == lock_path("cpu").parent and device_key(None) == "cpu" and device_key("3") == "gpu3"
    assert lock_path("gpuGPU-1a2b/MIG 0").name == "gpuGPU-1a2b_MIG_0.lock"


def test_a_lock_held_too_long_is_given_up_on(lock_holder):
    key = f"test-{uuid.uuid4().hex}"
    lock_holder(key, 30.0)  # a process stopped mid-timing
    started = time.perf_counter()
    with exclusive_timing(key, wait_s=0.3) as hold:
        assert not hold.acquired and 300 <= hold.waited_ms < 3000
        assert hold.reason == "another process held it for 0.3 s"
    assert time.perf_counter() - started < 3.0


def test_a_timing_lock_that_cannot_be_made_does_not_stop_the_timing(tmp_path, monkeypatch):
    blocked = tmp_path / "no-dirs-here"
    blocked.write_text("a file where the lock directory would go")
    monkeypatch.setattr(tempfile, "tempdir", str(blocked))  # lock_path's parent cannot be made
    ran = False
    with exclusive_timing("cpu", wait_s=10.0) as hold:
        ran = True
        assert not hold.acquired and str(blocked) in hold.reason
    assert ran


def test_timing_spread_tells_a_disturbed_timing_from_a_steady_one():
    from pike_backend.evaluate.pool import timing_spread

    steady = [1.12, 1.13, 1.14, 1.13, 1.15, 1.12, 1.13, 1.14, 1.16, 1.13, 1.12]
    # a GoogLeNet's frozen graph on an H100 beside other searches: quiet, then time-sliced
    disturbed = [0.72, 0.73, 0.71, 0.74, 1.37, 1.35, 1.40, 4.86, 1.36, 1.33, 2.19, 1.38]
    assert timing_spread({"event_ms": steady}) < 1.02
    assert timing_spread({"event_ms": disturbed}) > 1.8
    # CUDA events where there are some, else the host clock; no samples: nothing to tell
    assert timing_spread({"event_ms": [], "host_ms": disturbed}) > 1.8
    assert timing_spread({"host_ms": [0.0, -1.0]}) == timing_spread({}) == 1.0


def test_steady_spread_defaults_to_the_gpu_only_and_is_checked():
    assert EvalConfig().spread_limit("cuda") == 1.10 and EvalConfig().spread_limit("cpu") is None
    assert EvalConfig(steady_spread=2.0).spread_limit("cpu") == 2.0
    with pytest.raises(ValueError, match="steady_spread must be at least 1"):
        EvalConfig(steady_spread=0.9)
    with pytest.raises(ValueError, match="timing_tries must be at least 1"):
        EvalConfig(timing_tries=0)
