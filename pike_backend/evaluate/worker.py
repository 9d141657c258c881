"""The worker processes of the evaluator (started by pool.py, never imported by the parent's logic).

Two roles per device:

* ``reference``: never imports candidate code. Draws input sets from the Problem's own sampler with
  the seeds it is given and computes the reference outputs (TF32 off), so a candidate patching
  ``torch.randn`` cannot change an input or a reference value, and no reference output for a
  checked input set ever exists in the memory of a process that runs candidate code.
* ``candidate``: times the reference (before the candidate is imported), imports a candidate,
  runs it on the inputs it is sent and sends its raw outputs back. It decides nothing: the
  evaluator compares what it sends with the references. Stdout and stderr are a log file the
  evaluator reads the tail of; the replies go over a pipe, encoded by codec.py (never pickle).

Every request is a dict with ``op``; every reply a dict with ``ok`` (and ``error`` when false).
"""

from __future__ import annotations

import faulthandler
import gc
import os
import signal
import sys
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from types import ModuleType
from typing import Any, Callable

import torch

from . import codec, integrity, timing
from .config import set_flags

try:  # imported before any candidate, so its kernels' launcher is in place and in the snapshot
    import triton  # noqa: F401
    import triton.language  # noqa: F401
    import triton.testing  # noqa: F401
except ImportError:
    pass

from ..problem import build_candidate, build_reference, load_source_module, seeded_inputs, sha256_text

_no_grad = torch.no_grad
_clone = torch.Tensor.clone
_encode = codec.encode
_decode = codec.decode


def set_precision(allow_tf32: bool) -> None:
    """TF32 on or off for matmuls and cuDNN convolutions alike."""
    set_flags("high" if allow_tf32 else "highest", allow_tf32)


def _to_device(values: list[Any], device: str) -> list[Any]:
    return [v.to(device) if isinstance(v, torch.Tensor) else v for v in values]


def _tree_clone(value: Any) -> Any:
    """Stream-ordered copies of an output, taken before the device-wide synchronize: work the
    candidate left unsynchronized on a side stream shows up as wrong values, as it would to a
    caller reading the output on its own stream."""
    if type(value) is torch.Tensor or type(value) is torch.nn.Parameter:
        return _clone(value.detach())
    if isinstance(value, torch.Tensor):
        raise TypeError(f"output is a {type(value).__name__}, not a plain torch.Tensor")
    if isinstance(value, tuple):
        return tuple(_tree_clone(v) for v in value)
    if isinstance(value, list):
        return [_tree_clone(v) for v in value]
    if isinstance(value, dict):
        return {k: _tree_clone(v) for k, v in value.items()}
    return value


@dataclass
class State:
    baseline: integrity.Snapshot
    problems: dict[str, ModuleType] = field(default_factory=dict)  # reference role: by source sha
    benches: dict[str, timing.Bench] = field(default_factory=dict)
    candidate: Any = None
    loaded: list[str] = field(default_factory=list)  # modules to drop from sys.modules at finish
    buffers: list[Any] = field(default_factory=list)
    target: Callable[[], Any] | None = None  # what "probe" calls: the last timed model
    device: str = "cpu"

    def bench(self, device: str) -> timing.Bench:
        if device not in self.benches:
            self.benches[device] = timing.Bench(device)
        return self.benches[device]


def _problem_module(state: State, source: str) -> ModuleType:
    """Reference role: no candidate ever runs here, so a problem's module is loaded once."""
    key = sha256_text(source)
    if key not in state.problems:
        state.problems[key] = load_source_module(source, prefix="pike_problem")
    return state.problems[key]


def _fresh_module(state: State, source: str, prefix: str) -> ModuleType:
    """Candidate role: a fresh module each time, as an earlier candidate may have patched the
    last one (e.g. the problem's Model.forward, which would slow the timed reference)."""
    module = load_source_module(source, prefix=prefix)
    state.loaded.append(module.__name__)
    return module


# -- reference role -------------------------------------------------------------------------------


def op_draw(state: State, msg: dict[str, Any]) -> dict[str, Any]:
    """Input sets from the sampler and the reference outputs for each, TF32 off."""
    device = msg["device"]
    set_precision(False)
    module = _problem_module(state, msg["problem"])
    model = build_reference(module, msg["init_seed"], device)
    sets = []
    with _no_grad():
        for seed in msg["seeds"]:
            inputs = seeded_inputs(module, seed, device)
            args = [_clone(x) if isinstance(x, torch.Tensor) else x for x in inputs]
            outputs = model(*args)
            timing.synchronize(device)
            mutated = any(
                isinstance(a, torch.Tensor) and not torch.equal(a, x) for a, x in zip(args, inputs)
            )
            sets.append({"inputs": inputs, "outputs": outputs, "inputs_after": args if mutated else None})
    return {"ok": True, "sets": sets}


# -- candidate role -------------------------------------------------------------------------------


def _check_flags(allow_tf32: bool) -> list[str]:
    flags = integrity.precision_flags()
    if allow_tf32:
        return []
    wrong = [
        name
        for name in ("torch.backends.cuda.matmul.allow_tf32", "torch.backends.cudnn.allow_tf32")
        if flags[name]
    ]
    if flags["float32_matmul_precision"] != "highest":
        wrong.append(f"float32_matmul_precision={flags['float32_matmul_precision']}")
    return [f"enabled reduced precision under precision=strict ({', '.join(wrong)})"] if wrong else []


def _run_model(model: Callable, buffers: list[Any], device: str) -> Callable[[], Any]:
    def call() -> Any:
        with _no_grad():
            out = model(*buffers)
        timing.synchronize(device)
        return out

    return call


def _timing_refill(buffers: list[Any], sets: list[list[Any]]) -> Callable[[int], None]:
    def before(rep: int) -> None:
        timing.refill(buffers, sets[rep % len(sets)])

    return before


def op_time_reference(state: State, msg: dict[str, Any]) -> dict[str, Any]:
    """Time the reference, in this worker, before the candidate is imported, under the precision
    flags of the process that asked for the search (the speedup a user sees is against that eager)."""
    device = msg["device"]
    set_flags(*msg["flags"])
    problem = _fresh_module(state, msg["problem"], "pike_problem")
    model = build_reference(problem, msg["init_seed"], device)
    sets = [_to_device(s, device) for s in msg["sets"]]
    state.buffers = [_clone(x) if isinstance(x, torch.Tensor) else x for x in sets[0]]
    state.target = _run_model(model, state.buffers, device)
    result, _ = state.bench(device).run(
        state.target, _timing_refill(state.buffers, sets), msg["warmup_ms"], msg["rep_ms"]
    )
    return {"ok": True, "timing": {**result.to_json(), "flags": list(msg["flags"])}}


def op_load(state: State, msg: dict[str, Any]) -> dict[str, Any]:
    """Import the candidate and build ModelNew with the reference's weights."""
    device = msg["device"]
    state.device = device
    # The candidate starts where the reference outputs were computed, TF32 off, whatever the
    # tolerance: one that wants TF32 turns it on itself (only precision=strict forbids that), so
    # it is verified as it will run in a user's process, and an fp32 candidate stays fp32.
    set_precision(False)
    problem = _fresh_module(state, msg["problem"], "pike_problem")
    reference = build_reference(problem, msg["init_seed"], device)
    module = _fresh_module(state, msg["source"], "pike_candidate")
    state.candidate = build_candidate(module, problem, reference, msg["init_seed"], device)
    del reference
    tampering = state.baseline.tampering() + _check_flags(msg["allow_tf32"])
    return {"ok": True, "tampering": tampering}


def op_run(state: State, msg: dict[str, Any]) -> dict[str, Any]:
    """One call on fresh buffers (``fresh``) or on the previous buffers refilled in place."""
    device = state.device
    values = _to_device(msg["inputs"], device)
    if msg["mode"] == "fresh" or not state.buffers:
        state.buffers = values
    else:
        timing.refill(state.buffers, values)
        state.buffers = [b if isinstance(b, torch.Tensor) else v for b, v in zip(state.buffers, values)]
    with _no_grad():
        out = state.candidate(*state.buffers)
        copied = _tree_clone(out)
    timing.synchronize(device)
    return {"ok": True, "outputs": copied, "inputs_after": state.buffers}


def op_time(state: State, msg: dict[str, Any]) -> dict[str, Any]:
    device = state.device
    sets = [_to_device(s, device) for s in msg["sets"]]
    state.buffers = [_clone(x) if isinstance(x, torch.Tensor) else x for x in sets[0]]
    state.target = _run_model(state.candidate, state.buffers, device)
    result, out = state.bench(device).run(
        state.target, _timing_refill(state.buffers, sets), msg["warmup_ms"], msg["rep_ms"]
    )
    return {"ok": True, "timing": result.to_json(), "outputs": _tree_clone(out), "set": result.last_rep % len(sets)}


def op_probe(state: State, msg: dict[str, Any]) -> dict[str, Any]:
    elapsed, out = state.bench(state.device).probe(state.target, int(msg["calls"]))
    return {"ok": True, "elapsed_s": elapsed, "outputs": _tree_clone(out) if msg.get("outputs") else None}


def op_finish(state: State, msg: dict[str, Any]) -> dict[str, Any]:
    """Tampering report, then drop the candidate so the next one starts from a clean worker."""
    tampering, benign = state.baseline.differences()
    tampering += _check_flags(msg["allow_tf32"])
    disturbed = bool(tampering or benign)
    state.candidate = state.target = None
    state.buffers = []
    for name in state.loaded:
        sys.modules.pop(name, None)
    state.loaded.clear()
    gc.collect()
    if torch.cuda.is_initialized():
        torch.cuda.empty_cache()
    return {"ok": True, "tampering": tampering, "disturbed": disturbed}


def op_ping(state: State, msg: dict[str, Any]) -> dict[str, Any]:
    """A CUDA error leaves the context unusable: a tiny op tells whether this worker can go on."""
    device = msg.get("device", "cpu")
    x = torch.ones(16, device=device)
    ok = float((x * 2).sum()) == 32.0
    timing.synchronize(device)
    return {"ok": ok}


HANDLERS = {
    "reference": {"draw": op_draw, "ping": op_ping},
    "candidate": {
        "time_reference": op_time_reference,
        "load": op_load,
        "run": op_run,
        "time": op_time,
        "probe": op_probe,
        "finish": op_finish,
        "ping": op_ping,
    },
}


def serve(role: str, conn_in: Connection, conn_out: Connection) -> None:
    # Bound to locals before any candidate is imported: patching this module's globals later
    # cannot reroute requests or replies.
    handlers, encode, decode, send, recv = dict(HANDLERS[role]), _encode, _decode, conn_out.send_bytes, conn_in.recv_bytes
    format_exc = traceback.format_exc
    # Dynamo wraps a few torch functions (torch.manual_seed among them) when it is first imported;
    # importing it before the snapshot keeps candidates that use torch.compile from looking like
    # tampering.
    import torch._dynamo  # noqa: F401

    state = State(baseline=integrity.Snapshot.take())
    send(encode({"ok": True, "pid": os.getpid()}))
    while True:
        try:
            msg = decode(recv())
        except EOFError:
            return
        try:
            reply = handlers[msg["op"]](state, msg)
        except BaseException as error:  # noqa: BLE001 - a candidate may raise SystemExit too
            text = format_exc()
            first = (str(error).strip().splitlines() or [""])[0]
            summary = f"{type(error).__name__}: {first}" if first else type(error).__name__
            reply = {"ok": False, "error": text[-10000:], "summary": summary[:500]}
        try:
            data = encode(reply)
        except (TypeError, ValueError) as error:
            text = f"the candidate's output cannot be checked: {error}"
            data = encode({"ok": False, "error": text, "summary": text})
        sys.stdout.flush()
        sys.stderr.flush()
        send(data)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    role, read_fd, write_fd = argv[0], int(argv[1]), int(argv[2])
    # Python tracebacks into the log on a segfault, and on SIGUSR1 (sent before a timeout's
    # SIGKILL), so the error text says where a candidate crashed or hung
    faulthandler.enable()
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    if not torch.cuda.is_available():
        # CPU timing is only a smoke figure; one intra-op thread per worker keeps the reference and
        # candidate workers (and anything else on the machine) from oversubscribing the cores
        torch.set_num_threads(1)
    serve(role, Connection(read_fd, writable=False), Connection(write_fd, readable=False))
