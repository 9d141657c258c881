import torch
import torch.nn as nn
import torch.nn.functional as F

# Swin-MLP: Swin Transformer with window attention replaced by a per-head spatial MLP (a grouped
# 1x1 Conv1d over the tokens of each window); shifted windows come from padding. Two stages.


def window_partition(x, window):
    batch, height, width, channels = x.shape
    x = x.view(batch, height // window, window, width // window, window, channels)
    return x.permute(0, 1, 3, 2, 4, 5).reshape(-1, window * window, channels)


def window_reverse(windows, window, height, width):
    channels = windows.shape[-1]
    batch = windows.shape[0] // ((height // window) * (width // window))
    x = windows.view(batch, height // window, width // window, window, window, channels)
    return x.permute(0, 1, 3, 2, 4, 5).reshape(batch, height, width, channels)


class SwinMLPBlock(nn.Module):
    def __init__(self, dim, resolution, heads, window, shift, mlp_ratio=4.0):
        super().__init__()
        self.resolution, self.heads, self.window, self.shift = resolution, heads, window, shift
        # (top, bottom, left, right) padding that realises the shift
        self.padding = (window - shift, shift, window - shift, shift) if shift else (0, 0, 0, 0)
        self.norm1 = nn.LayerNorm(dim)
        self.spatial_mlp = nn.Conv1d(heads * window * window, heads * window * window, 1, groups=heads)
        self.norm2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, int(dim * mlp_ratio)), nn.GELU(), nn.Linear(int(dim * mlp_ratio), dim))

    def forward(self, x):
        height, width = self.resolution
        batch, _, channels = x.shape
        shortcut = x
        x = self.norm1(x).view(batch, height, width, channels)
        top, bottom, left, right = self.padding
        x = F.pad(x, [0, 0, left, right, top, bottom])
        padded_h, padded_w = x.shape[1], x.shape[2]
        windows = window_partition(x, self.window)
        tokens = self.window * self.window
        per_head = windows.view(-1, tokens, self.heads, channels // self.heads).transpose(1, 2)
        mixed = self.spatial_mlp(per_head.reshape(-1, self.heads * tokens, channels // self.heads))
        mixed = mixed.view(-1, self.heads, tokens, channels // self.heads).transpose(1, 2).reshape(-1, tokens, channels)
        x = window_reverse(mixed, self.window, padded_h, padded_w)
        x = x[:, top : top + height, left : left + width, :].reshape(batch, height * width, channels)
        x = shortcut + x
        return x + self.mlp(self.norm2(x))


class PatchMerging(nn.Module):
    def __init__(self, resolution, dim):
        super().__init__()
        self.resolution = resolution
        self.norm = nn.LayerNorm(4 * dim)
        self.reduction = nn.Linear(4 * dim, 2 * dim, bias=False)

    def forward(self, x):
        height, width = self.resolution
        batch, _, channels = x.shape
        x = x.view(batch, height, width, channels)
        x = torch.cat([x[:, 0::2, 0::2], x[:, 1::2, 0::2], x[:, 0::2, 1::2], x[:, 1::2, 1::2]], -1)
        return self.reduction(self.norm(x.view(batch, -1, 4 * channels)))


class Model(nn.Module):
    def __init__(self, image_size, patch_size, embed_dim, depths, heads, window, num_classes):
        super().__init__()
        self.patch_embed = nn.Conv2d(3, embed_dim, patch_size, stride=patch_size)
        self.embed_norm = nn.LayerNorm(embed_dim)
        resolution = image_size // patch_size
        dim = embed_dim
        layers = []
        for stage, (depth, num_heads) in enumerate(zip(depths, heads)):
            for index in range(depth):
                shift = 0 if index % 2 == 0 else window // 2
                layers.append(SwinMLPBlock(dim, (resolution, resolution), num_heads, window, shift))
            if stage != len(depths) - 1:
                layers.append(PatchMerging((resolution, resolution), dim))
                resolution //= 2
                dim *= 2
        self.layers = nn.Sequential(*layers)
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, num_classes)

    def forward(self, images):
        x = self.embed_norm(self.patch_embed(images).flatten(2).transpose(1, 2))
        x = self.norm(self.layers(x))
        return self.head(x.mean(1))


batch_size = 10
image_size = 224


def get_inputs():
    return [torch.randn(batch_size, 3, image_size, image_size)]


def get_init_inputs():
    return [image_size, 4, 96, [2, 2], [3, 6], 7, 1000]
