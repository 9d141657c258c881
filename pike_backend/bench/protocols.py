"""Benchmark protocols, the systems a benchmark compares, and the numerics each one runs under.

A protocol fixes the tolerance every system is held to and whether reduced-precision arithmetic
is allowed (the paper's bf16 protocol) or not (strict). A system is one way of running a task's
model: eager, a ``torch.compile`` mode, a mode under a reduced precision (``MODE:bf16`` = bf16
autocast, ``MODE:tf32`` = TF32 matmuls and convolutions) or pike.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Sequence

from ..evaluate.config import PYTORCH_DEFAULT_FLAGS, caller_flags, set_flags
from ..options import PikeOptions, Tolerance, tolerance_for


@dataclass(frozen=True)
class Protocol:
    name: str
    precision: str  # the pike precision level the protocol grants
    atol: float | None
    rtol: float | None
    reduced_precision: bool  # whether MODE:bf16 / MODE:tf32 baselines are allowed

    @property
    def tolerance(self) -> Tolerance:
        return tolerance_for(self.precision, self.atol, self.rtol)


PROTOCOLS = {
    # the paper's protocol: torch.allclose at 1e-2 both ways, bf16 arithmetic allowed
    "paper": Protocol("paper", precision="bf16", atol=1e-2, rtol=1e-2, reduced_precision=True),
    "strict": Protocol("strict", precision="strict", atol=None, rtol=None, reduced_precision=False),
}

DEFAULT_BASELINES = {
    "paper": ("eager", "inductor", "reduce-overhead", "max-autotune", "reduce-overhead:tf32", "reduce-overhead:bf16"),
    "strict": ("eager", "inductor", "reduce-overhead", "max-autotune"),
}

# baseline name -> torch.compile mode (None: the default mode)
COMPILE_MODES = {
    "inductor": None,
    "default": None,
    "reduce-overhead": "reduce-overhead",
    "max-autotune": "max-autotune",
    "max-autotune-no-cudagraphs": "max-autotune-no-cudagraphs",
}
VARIANTS = ("bf16", "tf32")


def get_protocol(name: str) -> Protocol:
    if name not in PROTOCOLS:
        raise ValueError(f"unknown protocol {name!r}; use one of {', '.join(PROTOCOLS)}")
    return PROTOCOLS[name]


@dataclass(frozen=True)
class Numerics:
    """The global precision settings and autocast a system runs under."""

    matmul_precision: str  # torch.set_float32_matmul_precision
    cudnn_tf32: bool
    autocast_bf16: bool = False


# TF32 off everywhere: the reference, and every system under the strict protocol.
STRICT_NUMERICS = Numerics("highest", cudnn_tf32=False)
# What a fresh PyTorch process does: fp32 matmuls, but cuDNN convolutions may use TF32.
PYTORCH_DEFAULT_NUMERICS = Numerics(*PYTORCH_DEFAULT_FLAGS)
TF32_NUMERICS = Numerics("high", cudnn_tf32=True)
BF16_NUMERICS = Numerics("highest", cudnn_tf32=True, autocast_bf16=True)


@contextlib.contextmanager
def numerics(setting: Numerics, device: str) -> Iterator[None]:
    """Run inference under ``setting``; the previous global settings come back afterwards.

    Dynamo guards on these globals, so every call of one system (compile, check, timing) must
    run under the same setting or it would recompile.
    """
    import torch

    saved = caller_flags()
    set_flags(setting.matmul_precision, setting.cudnn_tf32)
    autocast = (
        torch.autocast(device_type=device.split(":")[0], dtype=torch.bfloat16)
        if setting.autocast_bf16
        else contextlib.nullcontext()
    )
    try:
        with torch.no_grad(), autocast:
            yield
    finally:
        set_flags(*saved)


@dataclass(frozen=True)
class System:
    name: str  # as the user wrote it, e.g. "reduce-overhead:bf16"
    kind: str  # "eager", "compile" or "pike"
    mode: str | None = None  # torch.compile mode; None is the default mode
    variant: str = ""  # "", "bf16" or "tf32"

    @property
    def reduced_precision(self) -> bool:
        return bool(self.variant)

    def numerics(self, protocol: Protocol) -> Numerics:
        if self.variant == "bf16":
            return BF16_NUMERICS
        if self.variant == "tf32":
            return TF32_NUMERICS
        return PYTORCH_DEFAULT_NUMERICS if protocol.reduced_precision else STRICT_NUMERICS


def parse_system(name: str) -> System:
    base, _, variant = name.strip().partition(":")
    if variant and variant not in VARIANTS:
        raise ValueError(f"baseline {name!r}: unknown precision {variant!r}; use MODE:bf16 or MODE:tf32")
    if base == "pike":
        if variant:
            raise ValueError(f"baseline {name!r}: pike takes its precision from --protocol; write plain 'pike'")
        return System(name, "pike")
    if base == "eager":
        return System(name, "eager", variant=variant)
    if base in COMPILE_MODES:
        return System(name, "compile", mode=COMPILE_MODES[base], variant=variant)
    known = ", ".join(["eager", *COMPILE_MODES, "pike"])
    raise ValueError(f"unknown baseline {name!r}; use one of {known}, optionally with :bf16 or :tf32")


def parse_systems(baselines: Sequence[str] | None, protocol: Protocol, include_pike: bool) -> list[System]:
    """The systems of a run: eager first (the reference), the baselines, then pike."""
    names = list(DEFAULT_BASELINES[protocol.name] if baselines is None else baselines)
    systems: list[System] = [System("eager", "eager")]
    for name in names:
        system = parse_system(name)
        if system.reduced_precision and not protocol.reduced_precision:
            raise ValueError(
                f"baseline {name!r} uses reduced precision, which the {protocol.name} protocol forbids; "
                "drop it or use --protocol paper"
            )
        if system.kind == "pike":
            include_pike = True
        elif all(system.name != s.name for s in systems):
            systems.append(system)
    if include_pike:
        systems.append(System("pike", "pike"))
    return systems


# options the protocol and --search/--cache-only decide; a run names them in its results
_PROTOCOL_OPTIONS = ("mode", "precision", "atol", "rtol")


def pike_options(protocol: Protocol, pike_mode: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The ``options=`` of ``torch.compile(backend="pike")``, validated like the backend does."""
    extra = dict(extra or {})
    clash = sorted(set(extra) & set(_PROTOCOL_OPTIONS))
    if clash:
        raise ValueError(
            f"pike option {clash[0]!r} is set by the benchmark (--protocol, --search/--cache-only); drop it"
        )
    # Each task is one model, as in the paper: pike optimizes each Dynamo graph as one problem
    # (override with --pike-option granularity=subgraph).
    options: dict[str, Any] = {"mode": pike_mode, "precision": protocol.precision, "granularity": "graph", **extra}
    if protocol.atol is not None:
        options["atol"] = protocol.atol
    if protocol.rtol is not None:
        options["rtol"] = protocol.rtol
    PikeOptions.from_sources(options)  # raises ValueError naming a bad key or value
    return options


def compile_system(system: System, model: Any, options: dict[str, Any]) -> Callable[..., Any]:
    """The callable a system times: the model itself, or the model under torch.compile."""
    import torch

    if system.kind == "eager":
        return model
    if system.kind == "compile":
        return torch.compile(model, mode=system.mode)
    # the function rather than backend="pike": the entry point only exists where the package is
    # installed, and benchmarks also run from a plain checkout
    from ..backend import pike

    return torch.compile(model, backend=pike, options=options)
