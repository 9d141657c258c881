import math

import torch
import torch.nn as nn
import torch.nn.functional as F

# One shifted-window Swin Transformer V2 block: scaled cosine attention with a learned,
# clamped logit scale, a continuous position bias from a small MLP over log-spaced relative
# coordinates, the shifted-window attention mask, and post-norm residuals.


def window_partition(x, window):
    batch, height, width, channels = x.shape
    x = x.view(batch, height // window, window, width // window, window, channels)
    return x.permute(0, 1, 3, 2, 4, 5).reshape(-1, window * window, channels)


def window_reverse(windows, window, height, width):
    channels = windows.shape[-1]
    batch = windows.shape[0] // ((height // window) * (width // window))
    x = windows.view(batch, height // window, width // window, window, window, channels)
    return x.permute(0, 1, 3, 2, 4, 5).reshape(batch, height, width, channels)


def relative_coords_table(window):
    coords = torch.arange(-(window - 1), window, dtype=torch.float32)
    table = torch.stack(torch.meshgrid(coords, coords, indexing="ij"), -1) / (window - 1) * 8
    return torch.sign(table) * torch.log2(table.abs() + 1.0) / math.log2(8)


def relative_position_index(window):
    coords = torch.stack(torch.meshgrid(torch.arange(window), torch.arange(window), indexing="ij")).flatten(1)
    relative = (coords[:, :, None] - coords[:, None, :]).permute(1, 2, 0) + (window - 1)
    return relative[..., 0] * (2 * window - 1) + relative[..., 1]


def shifted_window_mask(height, width, window, shift):
    regions = torch.zeros(1, height, width, 1)
    label = 0
    for hs in (slice(0, -window), slice(-window, -shift), slice(-shift, None)):
        for ws in (slice(0, -window), slice(-window, -shift), slice(-shift, None)):
            regions[:, hs, ws, :] = label
            label += 1
    labels = window_partition(regions, window).squeeze(-1)
    mask = labels[:, None, :] - labels[:, :, None]
    return mask.masked_fill(mask != 0, -100.0)


class Model(nn.Module):
    def __init__(self, dim, resolution, heads, window, shift, mlp_ratio=4.0):
        super().__init__()
        self.resolution, self.heads, self.window, self.shift = resolution, heads, window, shift
        self.qkv = nn.Linear(dim, 3 * dim, bias=False)
        self.q_bias = nn.Parameter(torch.randn(dim) * 0.02)
        self.v_bias = nn.Parameter(torch.randn(dim) * 0.02)
        self.logit_scale = nn.Parameter(torch.log(10 * torch.ones(heads, 1, 1)))
        self.cpb_mlp = nn.Sequential(nn.Linear(2, 512), nn.ReLU(inplace=True), nn.Linear(512, heads, bias=False))
        self.proj = nn.Linear(dim, dim)
        self.norm1 = nn.LayerNorm(dim)
        self.norm2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, int(dim * mlp_ratio)), nn.GELU(), nn.Linear(int(dim * mlp_ratio), dim))
        self.register_buffer("coords_table", relative_coords_table(window), persistent=False)
        self.register_buffer("position_index", relative_position_index(window), persistent=False)
        self.register_buffer("attn_mask", shifted_window_mask(*resolution, window, shift), persistent=False)

    def attention(self, windows):
        count, tokens, channels = windows.shape
        bias = torch.cat([self.q_bias, torch.zeros_like(self.v_bias), self.v_bias])
        qkv = F.linear(windows, self.qkv.weight, bias).view(count, tokens, 3, self.heads, -1).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scale = torch.clamp(self.logit_scale, max=math.log(100.0)).exp()
        attn = (F.normalize(q, dim=-1) @ F.normalize(k, dim=-1).transpose(-2, -1)) * scale
        table = self.cpb_mlp(self.coords_table).view(-1, self.heads)
        bias = table[self.position_index.view(-1)].view(tokens, tokens, -1).permute(2, 0, 1)
        attn = attn + 16 * torch.sigmoid(bias)
        num_windows = self.attn_mask.shape[0]
        attn = attn.view(-1, num_windows, self.heads, tokens, tokens) + self.attn_mask[None, :, None]
        attn = attn.view(-1, self.heads, tokens, tokens).softmax(-1)
        return self.proj((attn @ v).transpose(1, 2).reshape(count, tokens, channels))

    def forward(self, x):
        height, width = self.resolution
        batch, _, channels = x.shape
        shifted = torch.roll(x.view(batch, height, width, channels), (-self.shift, -self.shift), (1, 2))
        attended = self.attention(window_partition(shifted, self.window))
        attended = window_reverse(attended, self.window, height, width)
        attended = torch.roll(attended, (self.shift, self.shift), (1, 2)).reshape(batch, height * width, channels)
        x = x + self.norm1(attended)
        return x + self.norm2(self.mlp(x))


batch_size = 10
dim = 96
resolution = (56, 56)


def get_inputs():
    return [torch.randn(batch_size, resolution[0] * resolution[1], dim)]


def get_init_inputs():
    return [dim, resolution, 3, 7, 3]
