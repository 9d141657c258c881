import torch
import torch.nn as nn

# RegNetX-400MF (X blocks: 1x1, grouped 3x3 with group width 16, 1x1; depths 1-2-7-12) on
# 224x224 images.


def conv_bn(in_channels, out_channels, kernel_size, stride=1, groups=1, relu=True):
    layers = [
        nn.Conv2d(in_channels, out_channels, kernel_size, stride, kernel_size // 2, groups=groups, bias=False),
        nn.BatchNorm2d(out_channels),
    ]
    if relu:
        layers.append(nn.ReLU(inplace=True))
    return nn.Sequential(*layers)


class XBlock(nn.Module):
    def __init__(self, in_channels, out_channels, stride, group_width):
        super().__init__()
        self.body = nn.Sequential(
            conv_bn(in_channels, out_channels, 1),
            conv_bn(out_channels, out_channels, 3, stride, groups=out_channels // group_width),
            conv_bn(out_channels, out_channels, 1, relu=False),
        )
        self.shortcut = None
        if stride != 1 or in_channels != out_channels:
            self.shortcut = conv_bn(in_channels, out_channels, 1, stride, relu=False)
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x):
        identity = x if self.shortcut is None else self.shortcut(x)
        return self.relu(self.body(x) + identity)


class Model(nn.Module):
    def __init__(self, depths, widths, group_width, num_classes):
        super().__init__()
        self.stem = conv_bn(3, 32, 3, 2)
        blocks = []
        channels = 32
        for depth, width in zip(depths, widths):
            for index in range(depth):
                blocks.append(XBlock(channels, width, 2 if index == 0 else 1, group_width))
                channels = width
        self.blocks = nn.Sequential(*blocks)
        self.fc = nn.Linear(channels, num_classes)

    def forward(self, x):
        x = self.blocks(self.stem(x))
        return self.fc(x.mean((2, 3)))


batch_size = 8
depths = [1, 2, 7, 12]
widths = [32, 64, 160, 384]
group_width = 16
num_classes = 1000


def get_inputs():
    return [torch.randn(batch_size, 3, 224, 224)]


def get_init_inputs():
    return [depths, widths, group_width, num_classes]
