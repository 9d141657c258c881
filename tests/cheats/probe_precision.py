"""Not a cheat: fails on purpose, reporting the TF32 flags it was loaded and called under."""

import torch
import torch.nn as nn

_AT_LOAD = (torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32, torch.get_float32_matmul_precision())


class ModelNew(nn.Module):
    def forward(self, x, y):
        now = (torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32, torch.get_float32_matmul_precision())
        raise RuntimeError(f"precision at load {_AT_LOAD!r}, at call {now!r}")
