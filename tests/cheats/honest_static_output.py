"""Honest: results written into one persistent output buffer, as a replayed CUDA graph does."""

import torch
import torch.nn as nn


class ModelNew(nn.Module):
    def __init__(self):
        super().__init__()
        self._out = None

    def forward(self, x, y):
        if self._out is None or self._out.shape != x.shape:
            self._out = torch.empty_like(x)
        torch.mul(torch.relu(x), y, out=self._out)
        return self._out.add_(1.0)
