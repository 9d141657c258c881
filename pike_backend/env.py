"""What a cache key and a result report must name about the machine they came from."""

from __future__ import annotations

import functools
import os


def triton_interpreted() -> bool:
    return os.environ.get("TRITON_INTERPRET", "0") not in ("", "0")


def default_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def _major_minor(version: str) -> str:
    return ".".join(version.split("+")[0].split(".")[:2])


@functools.lru_cache(maxsize=None)
def environment() -> dict[str, str]:
    """GPU name and compute capability (or cpu), torch and triton major.minor."""
    import torch

    try:
        import triton

        triton_version = _major_minor(triton.__version__)
    except ImportError:  # the backend still loads cached torch-only solutions without triton
        triton_version = "none"
    if torch.cuda.is_available():
        major, minor = torch.cuda.get_device_capability()
        gpu, capability = torch.cuda.get_device_name(), f"{major}.{minor}"
    else:
        gpu, capability = "cpu", "cpu"
    return {
        "gpu": gpu,
        "capability": capability,
        "torch": _major_minor(torch.__version__),
        "triton": triton_version,
    }
