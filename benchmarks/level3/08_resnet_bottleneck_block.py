import torch
import torch.nn as nn

# A ResNet bottleneck block (1x1 reduce, 3x3, 1x1 expand x4) with an identity shortcut.


class Model(nn.Module):
    expansion = 4

    def __init__(self, in_channels, width):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, width, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, width, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(width)
        self.conv3 = nn.Conv2d(width, width * self.expansion, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(width * self.expansion)
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x):
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        return self.relu(out + x)


batch_size = 10
width = 64
in_channels = width * 4


def get_inputs():
    return [torch.randn(batch_size, in_channels, 56, 56)]


def get_init_inputs():
    return [in_channels, width]
