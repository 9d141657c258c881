import torch
import torch.nn as nn
import torch.nn.functional as F

# A Stable-Diffusion-VAE decoder up block: two ResNet blocks (GroupNorm(32) + SiLU + 3x3 conv,
# twice, with a residual) at 512 channels and 64x64, then nearest 2x upsampling and a 3x3 conv.


class ResnetBlock(nn.Module):
    def __init__(self, channels, groups=32, eps=1e-6):
        super().__init__()
        self.norm1 = nn.GroupNorm(groups, channels, eps=eps)
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1)
        self.norm2 = nn.GroupNorm(groups, channels, eps=eps)
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1)

    def forward(self, x):
        h = self.conv1(F.silu(self.norm1(x)))
        h = self.conv2(F.silu(self.norm2(h)))
        return x + h


class Model(nn.Module):
    def __init__(self, channels, num_blocks):
        super().__init__()
        self.blocks = nn.Sequential(*(ResnetBlock(channels) for _ in range(num_blocks)))
        self.upsample_conv = nn.Conv2d(channels, channels, 3, padding=1)

    def forward(self, x):
        x = self.blocks(x)
        return self.upsample_conv(F.interpolate(x, scale_factor=2.0, mode="nearest"))


batch_size = 2
channels = 512
size = 64


def get_inputs():
    return [torch.randn(batch_size, channels, size, size)]


def get_init_inputs():
    return [channels, 2]
