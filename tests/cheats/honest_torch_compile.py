"""Honest: torch.compile of the reference's own forward, as pike's inductor seeds are.

torch.compile wraps a few torch functions and leaves compile threads behind in the worker; that
must not read as tampering (the worker is replaced after it instead)."""

import torch
import torch.nn as nn


class ModelNew(nn.Module):
    def __init__(self):
        super().__init__()
        self._compiled = torch.compile(self._forward, dynamic=False)

    @staticmethod
    def _forward(x, y):
        return torch.relu(x) * y + 1.0

    def forward(self, x, y):
        return self._compiled(x, y)
