import math

import torch
import torch.nn as nn
import torch.nn.functional as F

# DeepSeek-V2-style multi-head latent attention at prefill: queries through a low-rank
# bottleneck, keys and values decompressed from a 512-wide latent, decoupled rotary key/query
# parts (the rotary key is shared by all heads), causal attention, output projection.


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rotary_tables(max_positions, dim, theta=10000.0):
    inv_freq = 1.0 / theta ** (torch.arange(0, dim, 2, dtype=torch.float32) / dim)
    angles = torch.outer(torch.arange(max_positions, dtype=torch.float32), inv_freq)
    angles = torch.cat([angles, angles], dim=-1)
    return angles.cos(), angles.sin()


def apply_rotary(x, cos, sin):
    half = x.shape[-1] // 2
    return x * cos + torch.cat([-x[..., half:], x[..., :half]], dim=-1) * sin


class Model(nn.Module):
    def __init__(self, hidden, heads, q_rank, kv_rank, nope_dim, rope_dim, v_dim, max_positions):
        super().__init__()
        self.heads, self.kv_rank = heads, kv_rank
        self.nope_dim, self.rope_dim, self.v_dim = nope_dim, rope_dim, v_dim
        self.q_down = nn.Linear(hidden, q_rank, bias=False)
        self.q_norm = RMSNorm(q_rank)
        self.q_up = nn.Linear(q_rank, heads * (nope_dim + rope_dim), bias=False)
        self.kv_down = nn.Linear(hidden, kv_rank + rope_dim, bias=False)
        self.kv_norm = RMSNorm(kv_rank)
        self.kv_up = nn.Linear(kv_rank, heads * (nope_dim + v_dim), bias=False)
        self.o_proj = nn.Linear(heads * v_dim, hidden, bias=False)
        cos, sin = rotary_tables(max_positions, rope_dim)
        self.register_buffer("cos", cos, persistent=False)
        self.register_buffer("sin", sin, persistent=False)

    def forward(self, x):
        batch, tokens, _ = x.shape
        cos, sin = self.cos[:tokens], self.sin[:tokens]
        q = self.q_up(self.q_norm(self.q_down(x))).view(batch, tokens, self.heads, -1).transpose(1, 2)
        q_nope, q_rope = q.split([self.nope_dim, self.rope_dim], dim=-1)
        latent, k_rope = self.kv_down(x).split([self.kv_rank, self.rope_dim], dim=-1)
        kv = self.kv_up(self.kv_norm(latent)).view(batch, tokens, self.heads, -1).transpose(1, 2)
        k_nope, v = kv.split([self.nope_dim, self.v_dim], dim=-1)
        k_rope = apply_rotary(k_rope.unsqueeze(1), cos, sin).expand(-1, self.heads, -1, -1)
        q = torch.cat([q_nope, apply_rotary(q_rope, cos, sin)], dim=-1)
        k = torch.cat([k_nope, k_rope], dim=-1)
        scale = 1.0 / math.sqrt(self.nope_dim + self.rope_dim)
        attn = F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=scale)
        return self.o_proj(attn.transpose(1, 2).reshape(batch, tokens, -1))


batch_size = 4
seq_len = 2048
hidden = 2048


def get_inputs():
    return [torch.randn(batch_size, seq_len, hidden)]


def get_init_inputs():
    return [hidden, 16, 1536, 512, 128, 64, 128, seq_len]
