import torch
import torch.nn as nn
import torch.nn.functional as F

# ShuffleNet v1 (groups = 3, 1.0x) on 224x224 images.


def channel_shuffle(x, groups):
    batch, channels, height, width = x.shape
    x = x.view(batch, groups, channels // groups, height, width).transpose(1, 2)
    return x.reshape(batch, channels, height, width)


class ShuffleUnit(nn.Module):
    def __init__(self, in_channels, out_channels, stride, groups, first_group=True):
        super().__init__()
        self.stride = stride
        self.groups = groups
        branch_out = out_channels - in_channels if stride == 2 else out_channels
        mid = out_channels // 4
        self.conv1 = nn.Conv2d(in_channels, mid, 1, groups=groups if first_group else 1, bias=False)
        self.bn1 = nn.BatchNorm2d(mid)
        self.conv2 = nn.Conv2d(mid, mid, 3, stride, 1, groups=mid, bias=False)
        self.bn2 = nn.BatchNorm2d(mid)
        self.conv3 = nn.Conv2d(mid, branch_out, 1, groups=groups, bias=False)
        self.bn3 = nn.BatchNorm2d(branch_out)

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = channel_shuffle(out, self.groups)
        out = self.bn3(self.conv3(self.bn2(self.conv2(out))))
        if self.stride == 2:
            return F.relu(torch.cat([F.avg_pool2d(x, 3, 2, 1), out], 1))
        return F.relu(out + x)


class Model(nn.Module):
    def __init__(self, groups, num_classes):
        super().__init__()
        stage_channels = {1: 144, 2: 200, 3: 240, 4: 272, 8: 384}[groups]
        self.stem = nn.Sequential(
            nn.Conv2d(3, 24, 3, 2, 1, bias=False), nn.BatchNorm2d(24), nn.ReLU(inplace=True), nn.MaxPool2d(3, 2, 1)
        )
        units = []
        channels = 24
        for stage, repeats in enumerate((4, 8, 4)):
            out_channels = stage_channels * 2**stage
            for index in range(repeats):
                stride = 2 if index == 0 else 1
                units.append(ShuffleUnit(channels, out_channels, stride, groups, first_group=channels != 24))
                channels = out_channels
        self.units = nn.Sequential(*units)
        self.fc = nn.Linear(channels, num_classes)

    def forward(self, x):
        x = self.units(self.stem(x))
        return self.fc(x.mean((2, 3)))


batch_size = 10
groups = 3
num_classes = 1000


def get_inputs():
    return [torch.randn(batch_size, 3, 224, 224)]


def get_init_inputs():
    return [groups, num_classes]
