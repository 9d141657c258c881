import math

import torch
import torch.nn as nn
import torch.nn.functional as F

# Causal self-attention with ReLU in place of softmax (no normalisation over keys).


class Model(nn.Module):
    def __init__(self, n_embd, n_head, max_seqlen):
        super().__init__()
        self.n_head = n_head
        self.c_attn = nn.Linear(n_embd, 3 * n_embd)
        self.c_proj = nn.Linear(n_embd, n_embd)
        mask = torch.tril(torch.ones(max_seqlen, max_seqlen)).view(1, 1, max_seqlen, max_seqlen)
        self.register_buffer("bias", mask, persistent=False)

    def forward(self, x):
        batch, tokens, channels = x.shape
        q, k, v = self.c_attn(x).split(channels, dim=2)
        q = q.view(batch, tokens, self.n_head, -1).transpose(1, 2)
        k = k.view(batch, tokens, self.n_head, -1).transpose(1, 2)
        v = v.view(batch, tokens, self.n_head, -1).transpose(1, 2)
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1)))
        att = F.relu(att.masked_fill(self.bias[:, :, :tokens, :tokens] == 0, float("-inf")))
        y = (att @ v).transpose(1, 2).contiguous().view(batch, tokens, channels)
        return self.c_proj(y)


batch_size = 8
seq_len = 256
n_embd = 768
n_head = 12


def get_inputs():
    return [torch.randn(batch_size, seq_len, n_embd)]


def get_init_inputs():
    return [n_embd, n_head, seq_len]
