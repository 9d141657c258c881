"""Embedding lookup: indices must stay in range, which only the problem's sampler knows."""

import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, num, dim):
        super().__init__()
        self.emb = nn.Embedding(num, dim)

    def forward(self, idx, scale):
        return self.emb(idx) * scale


def get_inputs():
    return [torch.randint(0, 100, (8, 16)), torch.rand(8, 16, 32) + 0.5]


def get_init_inputs():
    return [100, 32]
