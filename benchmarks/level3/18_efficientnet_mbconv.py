import torch
import torch.nn as nn

# One EfficientNet MBConv block: 1x1 expand, depthwise conv, squeeze-and-excitation, 1x1 project,
# SiLU activations, with a residual connection.


class Model(nn.Module):
    def __init__(self, channels, expand_ratio, kernel_size, se_ratio):
        super().__init__()
        hidden = channels * expand_ratio
        squeezed = max(1, int(channels * se_ratio))
        self.expand = nn.Sequential(nn.Conv2d(channels, hidden, 1, bias=False), nn.BatchNorm2d(hidden), nn.SiLU())
        self.depthwise = nn.Sequential(
            nn.Conv2d(hidden, hidden, kernel_size, padding=kernel_size // 2, groups=hidden, bias=False),
            nn.BatchNorm2d(hidden),
            nn.SiLU(),
        )
        self.se = nn.Sequential(
            nn.AdaptiveAvgPool2d(1),
            nn.Conv2d(hidden, squeezed, 1),
            nn.SiLU(),
            nn.Conv2d(squeezed, hidden, 1),
            nn.Sigmoid(),
        )
        self.project = nn.Sequential(nn.Conv2d(hidden, channels, 1, bias=False), nn.BatchNorm2d(channels))

    def forward(self, x):
        out = self.depthwise(self.expand(x))
        out = out * self.se(out)
        return x + self.project(out)


batch_size = 10
channels = 40
height = width = 28


def get_inputs():
    return [torch.randn(batch_size, channels, height, width)]


def get_init_inputs():
    return [channels, 6, 5, 0.25]
