"""Outputs near 1e-5: every one of them is under a loose atol, so zeros would pass allclose."""

import torch
import torch.nn as nn


class Model(nn.Module):
    def forward(self, x):
        return torch.sigmoid(x) * 1e-5


def get_inputs():
    return [torch.randn(256, 64)]


def get_init_inputs():
    return []
