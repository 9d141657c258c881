"""The wire format between the evaluator and its workers: JSON plus raw tensor bytes, never pickle.

A worker runs candidate code, so anything it sends may be forged. Unpickling a forged message would
run the candidate's code in the process that decides the verdict; this format can only ever decode
to plain containers, numbers, strings and CPU tensors of an allowed dtype, copied out of the
message (no shared memory a worker could still write to).

Layout: 8-byte little-endian header length, the UTF-8 JSON header, then the tensor bytes. A tensor
is ``{"__tensor__": [offset, nbytes], "dtype": ..., "shape": [...], "device": ...}`` in the header;
a tuple is ``{"__tuple__": [...]}`` so that tuple and list outputs stay distinguishable.
"""

from __future__ import annotations

import json
import math
import struct
from typing import Any

import torch

_DTYPES = {
    str(dtype).removeprefix("torch."): dtype
    for dtype in (
        torch.float16, torch.bfloat16, torch.float32, torch.float64, torch.complex64, torch.complex128,
        torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64, torch.bool,
    )
}
_HEADER = struct.Struct("<Q")


class CodecError(ValueError):
    """A message that is not in the wire format (e.g. a forged or truncated reply)."""


def encode(obj: Any) -> bytes:
    """``obj`` (containers of tensors, numbers, strings, None) as one message."""
    blobs: list[bytes] = []
    offset = [0]

    def tensor_entry(t: torch.Tensor) -> dict[str, Any]:
        # Exact types only: a Tensor subclass could compute its values lazily, outside the timer.
        if type(t) is not torch.Tensor and type(t) is not torch.nn.Parameter:
            raise TypeError(f"a {type(t).__name__} is not a plain torch.Tensor")
        name = str(t.dtype).removeprefix("torch.")
        if name not in _DTYPES:
            raise TypeError(f"tensor dtype {t.dtype} is not supported by the evaluator")
        data = t.detach().to("cpu").contiguous().reshape(-1).view(torch.uint8).numpy().tobytes()
        entry = {"__tensor__": [offset[0], len(data)], "dtype": name, "shape": list(t.shape), "device": t.device.type}
        blobs.append(data)
        offset[0] += len(data)
        return entry

    def walk(value: Any) -> Any:
        if isinstance(value, torch.Tensor):
            return tensor_entry(value)
        if value is None or isinstance(value, (bool, int, str)):
            return value
        if isinstance(value, float):
            return value if math.isfinite(value) else {"__float__": repr(value)}
        if isinstance(value, tuple):
            return {"__tuple__": [walk(v) for v in value]}
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            if not all(isinstance(k, str) for k in value):
                raise TypeError("only dicts with string keys can be sent")
            if any(k.startswith("__") and k.endswith("__") for k in value):
                raise TypeError("dict keys of the form __name__ are reserved")
            return {k: walk(v) for k, v in value.items()}
        raise TypeError(f"a {type(value).__name__} cannot be sent (use tensors, numbers, strings, lists, tuples)")

    header = json.dumps(walk(obj), allow_nan=False).encode("utf-8")
    return b"".join([_HEADER.pack(len(header)), header, *blobs])


def decode(message: bytes) -> Any:
    """The value ``encode`` produced; raises CodecError for anything else."""
    if len(message) < _HEADER.size:
        raise CodecError("message shorter than its header")
    (length,) = _HEADER.unpack_from(message)
    body_start = _HEADER.size + length
    if body_start > len(message):
        raise CodecError("message header runs past its end")
    try:
        header = json.loads(message[_HEADER.size : body_start].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CodecError(f"message header is not JSON: {error}") from None
    body = memoryview(message)[body_start:]

    def tensor(entry: dict[str, Any]) -> torch.Tensor:
        start, nbytes = entry["__tensor__"]
        dtype = _DTYPES.get(entry.get("dtype"))
        shape = entry.get("shape")
        if dtype is None or not isinstance(shape, list) or not all(isinstance(s, int) and s >= 0 for s in shape):
            raise CodecError(f"bad tensor entry {entry!r}")
        numel = math.prod(shape)
        itemsize = torch.empty((), dtype=dtype).element_size()
        if not (isinstance(start, int) and 0 <= start and nbytes == numel * itemsize and start + nbytes <= len(body)):
            raise CodecError(f"tensor entry {entry!r} does not fit the message")
        if numel == 0:
            out = torch.empty(shape, dtype=dtype)
            out.pike_device = str(entry.get("device", "cpu"))
            return out
        # bytearray: a private, writable copy, so the tensor shares memory with nothing else
        raw = torch.frombuffer(bytearray(body[start : start + nbytes]), dtype=torch.uint8)
        out = raw.view(dtype).reshape(shape)
        # the device the sender held it on, for the device check (a plain attribute, no subclass)
        out.pike_device = str(entry.get("device", "cpu"))
        return out

    def walk(value: Any) -> Any:
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            if "__tensor__" in value:
                return tensor(value)
            if "__tuple__" in value:
                return tuple(walk(v) for v in value["__tuple__"])
            if "__float__" in value:
                return float(value["__float__"])
            return {k: walk(v) for k, v in value.items()}
        return value

    try:
        return walk(header)
    except CodecError:
        raise
    except (ValueError, TypeError, KeyError, RuntimeError) as error:
        raise CodecError(f"malformed message: {error}") from None


def sent_device(t: torch.Tensor) -> str:
    """The device type a decoded tensor was on in the process that sent it."""
    return getattr(t, "pike_device", "cpu")
