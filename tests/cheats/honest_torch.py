"""Honest: the same arithmetic as one torch expression."""

import torch
import torch.nn as nn


class ModelNew(nn.Module):
    def forward(self, x, y):
        return torch.addcmul(torch.ones_like(x), x.clamp_min(0), y)
