"""Honest: the embedding lookup by index_select."""

import torch.nn as nn


class ModelNew(nn.Module):
    def __init__(self, num, dim):
        super().__init__()
        self.emb = nn.Embedding(num, dim)

    def forward(self, idx, scale):
        rows = self.emb.weight.index_select(0, idx.reshape(-1))
        return rows.reshape(*idx.shape, -1) * scale
