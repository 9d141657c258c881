"""pike: a torch.compile backend that searches for fused Triton kernels, verifies every candidate
against eager PyTorch and caches the winners.

    torch.compile(model, backend="pike", options={...})

The backend is registered through the ``torch_dynamo_backends`` entry point; importing this
package is not needed to use it.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["explain", "PikeOptions", "__version__"]


def __getattr__(name: str):
    # Lazy, so that `import pike_backend` (e.g. by the CLI) does not import torch until needed.
    if name == "explain":
        from .backend import explain

        return explain
    if name == "PikeOptions":
        from .options import PikeOptions

        return PikeOptions
    raise AttributeError(f"module 'pike_backend' has no attribute {name!r}")
