import torch
import torch.nn as nn
import torch.nn.functional as F

# A full Mamba-2 block at size (d_model 2048, 64 heads of 64, state 128, chunk 256): input
# projection, causal depthwise conv + SiLU, the chunked SSD scan with B and C shared by all heads,
# skip D, gated RMSNorm, output projection.


def segsum(x):
    length = x.size(-1)
    cumulative = torch.cumsum(x, dim=-1)
    segments = cumulative[..., :, None] - cumulative[..., None, :]
    mask = torch.tril(torch.ones(length, length, dtype=torch.bool, device=x.device))
    return segments.masked_fill(~mask, float("-inf"))


def ssd(x, a, b, c, chunk):
    """x (B, L, H, P), a (B, L, H) log decays, b and c (B, L, N) shared by all heads."""
    batch, length, heads, head_dim = x.shape
    chunks = length // chunk
    x = x.view(batch, chunks, chunk, heads, head_dim).permute(0, 3, 1, 2, 4)  # B H C l P
    b = b.view(batch, chunks, chunk, -1)
    c = c.view(batch, chunks, chunk, -1)
    a = a.view(batch, chunks, chunk, heads).permute(0, 3, 1, 2)  # B H C l
    a_cumsum = torch.cumsum(a, dim=-1)

    scores = c @ b.transpose(-1, -2)  # B C l s
    y_diag = (scores.unsqueeze(1) * torch.exp(segsum(a))) @ x  # B H C l P

    decay_states = torch.exp(a_cumsum[..., -1:] - a_cumsum)  # B H C l
    states = (x * decay_states.unsqueeze(-1)).transpose(-1, -2) @ b.unsqueeze(1)  # B H C P N
    states = torch.cat([torch.zeros_like(states[:, :, :1]), states], dim=2)
    decay_chunk = torch.exp(segsum(F.pad(a_cumsum[..., -1], (1, 0))))  # B H C+1 C+1
    states = torch.einsum("bhzc,bhcpn->bhzpn", decay_chunk, states)[:, :, :-1]

    y_off = (c.unsqueeze(1) @ states.transpose(-1, -2)) * torch.exp(a_cumsum).unsqueeze(-1)  # B H C l P
    y = y_diag + y_off
    return y.permute(0, 2, 3, 1, 4).reshape(batch, length, heads, head_dim)


class Model(nn.Module):
    def __init__(self, d_model, expand, head_dim, d_state, d_conv, chunk):
        super().__init__()
        self.d_inner = expand * d_model
        self.heads, self.head_dim, self.d_state, self.chunk = self.d_inner // head_dim, head_dim, d_state, chunk
        conv_dim = self.d_inner + 2 * d_state
        self.in_proj = nn.Linear(d_model, 2 * self.d_inner + 2 * d_state + self.heads, bias=False)
        self.conv1d = nn.Conv1d(conv_dim, conv_dim, d_conv, groups=conv_dim, padding=d_conv - 1)
        self.dt_bias = nn.Parameter(torch.rand(self.heads) * 0.1 - 4.0)
        self.a_log = nn.Parameter(torch.log(torch.rand(self.heads) * 15 + 1))
        self.d = nn.Parameter(torch.ones(self.heads))
        self.norm_weight = nn.Parameter(torch.ones(self.d_inner))
        self.out_proj = nn.Linear(self.d_inner, d_model, bias=False)

    def forward(self, u):
        batch, length, _ = u.shape
        z, xbc, dt = self.in_proj(u).split([self.d_inner, self.d_inner + 2 * self.d_state, self.heads], dim=-1)
        xbc = F.silu(self.conv1d(xbc.transpose(1, 2))[..., :length].transpose(1, 2))
        x, b, c = xbc.split([self.d_inner, self.d_state, self.d_state], dim=-1)
        dt = F.softplus(dt + self.dt_bias)  # B L H
        a = -torch.exp(self.a_log)
        x = x.view(batch, length, self.heads, self.head_dim)
        y = ssd(x * dt.unsqueeze(-1), a * dt, b, c, self.chunk) + x * self.d.view(-1, 1)
        y = y.reshape(batch, length, self.d_inner) * F.silu(z)
        y = y * torch.rsqrt(y.pow(2).mean(-1, keepdim=True) + 1e-5) * self.norm_weight
        return self.out_proj(y)


batch_size = 2
seq_len = 2048
d_model = 2048


def get_inputs():
    return [torch.randn(batch_size, seq_len, d_model)]


def get_init_inputs():
    return [d_model, 2, 64, 128, 4, 256]
