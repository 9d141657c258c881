"""How a candidate is evaluated: tolerance, input sets, timing protocol and time limits."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..options import PikeOptions, Tolerance, tolerance_for

# (torch.get_float32_matmul_precision(), torch.backends.cudnn.allow_tf32) of a fresh PyTorch
# process: fp32 matmuls, convolutions that may use TF32.
PYTORCH_DEFAULT_FLAGS = ("highest", True)
_MATMUL_PRECISIONS = ("highest", "high", "medium")
GPU_STEADY_SPREAD = 1.10  # a quiet H100 or H200: 1.01-1.07 for launch-bound models and eager


def caller_flags() -> tuple[str, bool]:
    """The precision flags this process runs eager under, as ``EvalConfig.reference_flags`` takes them."""
    import torch

    return torch.get_float32_matmul_precision(), bool(torch.backends.cudnn.allow_tf32)


def set_flags(matmul_precision: str, cudnn_tf32: bool) -> None:
    """Set this process's precision flags (``caller_flags()`` reads them back): the float32 matmul
    precision, which sets ``torch.backends.cuda.matmul.allow_tf32`` with it, and cuDNN's TF32."""
    import torch

    torch.set_float32_matmul_precision(matmul_precision)
    torch.backends.cudnn.allow_tf32 = cudnn_tf32


@dataclass(frozen=True)
class EvalConfig:
    """Settings of one evaluation; the tolerance comes from the ``precision`` option.

    ``n_input_sets`` fresh input sets are checked (the second on the first one's buffers, refilled
    in place); two more sets are rotated through the timed repetitions and one more is the
    re-check after timing. ``compile_timeout_s`` bounds importing the candidate, building it and
    its first call (where Triton compiles); ``run_timeout_s`` bounds every later request,
    including the whole timing of the candidate.

    ``reference_flags`` are the precision flags the reference is *timed* under: the eager that a
    speedup is against is the one the process asking for the search runs (a search takes
    ``caller_flags()`` when it starts; the default is PyTorch's own). Under the strict level a candidate
    may not use TF32 at all, so a caller that switched cuDNN's TF32 off compares it with an eager
    that did too, and one that left it on with the faster eager it would otherwise keep. Reference
    outputs are computed with TF32 off whatever these say.

    A slot times each problem's reference once and reuses it; ``fresh_reference`` times it again
    in this candidate's evaluation (before the candidate loads), so the speedup pairs two timings
    taken seconds apart (the final ranking's re-timings: on a shared GPU a reference timed minutes
    earlier met other load).

    A timing whose median is more than ``steady_spread`` times its 10th percentile met other work
    on the device: a GPU shared with other processes (compiles autotuning, cuDNN timing its
    algorithms, a benchmark's baselines) is time-sliced, and a launch-bound model's calls take two
    or more times as long while it lasts (a frozen GoogLeNet on an H100: 0.70-0.74 ms, then 1.3 ms
    and 4-8 ms spikes, median 1.19 ms; it lost its search to a stack timed at 1.14 ms). Such a
    timing is taken again, up to ``timing_tries`` times in all, and the lowest median is kept: other
    work only adds time. None: 1.10 on a GPU; off on the CPU, whose host-clock timings (of
    interpreted kernels, not meaningful) are never that steady.
    """

    tolerance: Tolerance = field(default_factory=lambda: tolerance_for("strict"))
    n_input_sets: int = 3
    timing: bool = True
    device: str | None = None  # None: cuda if available, else cpu
    compile_timeout_s: float = 300.0
    run_timeout_s: float = 120.0
    warmup_ms: float = 25.0  # do_bench defaults
    rep_ms: float = 100.0
    # The parent re-times this long a run of back-to-back calls with its own clock; a reported
    # time more than ``timing_slack`` times faster than what it saw rejects the candidate.
    probe_ms: float = 20.0
    timing_slack: float = 4.0
    probe_tries: int = 4  # a busy GPU can look that much slower for a moment: a cheat does every time
    reference_flags: tuple[str, bool] = PYTORCH_DEFAULT_FLAGS
    fresh_reference: bool = False
    steady_spread: float | None = None
    timing_tries: int = 3

    def __post_init__(self) -> None:
        if self.n_input_sets < 2:
            raise ValueError(f"n_input_sets={self.n_input_sets}: at least 2 are needed (the second refills the first's buffers)")
        for name in ("compile_timeout_s", "run_timeout_s", "warmup_ms", "rep_ms", "probe_ms"):
            if not getattr(self, name) > 0:
                raise ValueError(f"EvalConfig.{name} must be positive, got {getattr(self, name)!r}")
        if self.probe_tries < 1:
            raise ValueError(f"EvalConfig.probe_tries must be at least 1, got {self.probe_tries!r}")
        if self.timing_tries < 1:
            raise ValueError(f"EvalConfig.timing_tries must be at least 1, got {self.timing_tries!r}")
        if self.steady_spread is not None and not self.steady_spread >= 1:
            raise ValueError(f"EvalConfig.steady_spread must be at least 1 (a median over a 10th percentile) "
                             f"or None, got {self.steady_spread!r}")
        if self.timing_slack < 1:
            raise ValueError(f"EvalConfig.timing_slack must be at least 1, got {self.timing_slack!r}")
        object.__setattr__(self, "reference_flags", tuple(self.reference_flags))  # a list, read back from JSON
        precision, cudnn_tf32 = self.reference_flags if len(self.reference_flags) == 2 else (None, None)
        if precision not in _MATMUL_PRECISIONS or not isinstance(cudnn_tf32, bool):
            raise ValueError(f"EvalConfig.reference_flags {self.reference_flags!r}: use (matmul precision, cudnn TF32), "
                             f"e.g. ('highest', True); the precision is one of {', '.join(_MATMUL_PRECISIONS)}")
        if self.device is not None and self.device.split(":")[0] not in ("cpu", "cuda"):
            raise ValueError(f"EvalConfig.device {self.device!r}: use 'cuda', 'cpu' or None (cuda if available)")

    @classmethod
    def from_options(cls, options: PikeOptions, **changes) -> "EvalConfig":
        return cls(tolerance=options.tolerance, **changes)

    def spread_limit(self, device: str) -> float | None:
        """The ``steady_spread`` in force on ``device`` (a resolved one: cuda or cpu)."""
        if self.steady_spread is not None:
            return self.steady_spread
        return GPU_STEADY_SPREAD if device == "cuda" else None

    def resolved_device(self) -> str:
        if self.device is not None:
            # each worker sees only its own GPU, as cuda:0
            return "cuda" if self.device.startswith("cuda") else "cpu"
        from ..env import default_device

        return default_device()
