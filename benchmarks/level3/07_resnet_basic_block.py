import torch
import torch.nn as nn

# A ResNet basic block with a strided 1x1 projection shortcut (conv-BN-ReLU-conv-BN + add + ReLU).


class Model(nn.Module):
    def __init__(self, in_channels, out_channels, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, out_channels, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(out_channels)
        self.conv2 = nn.Conv2d(out_channels, out_channels, 3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.relu = nn.ReLU(inplace=True)
        self.downsample = nn.Sequential(
            nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False),
            nn.BatchNorm2d(out_channels),
        )

    def forward(self, x):
        identity = self.downsample(x)
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return self.relu(out + identity)


batch_size = 10
in_channels = 64
out_channels = 128
stride = 2


def get_inputs():
    return [torch.randn(batch_size, in_channels, 56, 56)]


def get_init_inputs():
    return [in_channels, out_channels, stride]
