import torch
import torch.nn as nn

# A DenseNet-121 dense block: each layer is BN-ReLU-Conv1x1-BN-ReLU-Conv3x3 (bottleneck) and
# its output is concatenated onto every earlier feature map.


class DenseLayer(nn.Module):
    def __init__(self, in_channels, growth_rate, bn_size=4):
        super().__init__()
        self.norm1 = nn.BatchNorm2d(in_channels)
        self.conv1 = nn.Conv2d(in_channels, bn_size * growth_rate, 1, bias=False)
        self.norm2 = nn.BatchNorm2d(bn_size * growth_rate)
        self.conv2 = nn.Conv2d(bn_size * growth_rate, growth_rate, 3, padding=1, bias=False)
        self.relu = nn.ReLU()

    def forward(self, x):
        out = self.conv1(self.relu(self.norm1(x)))
        return self.conv2(self.relu(self.norm2(out)))


class Model(nn.Module):
    def __init__(self, num_layers, in_channels, growth_rate):
        super().__init__()
        self.layers = nn.ModuleList(
            DenseLayer(in_channels + i * growth_rate, growth_rate) for i in range(num_layers)
        )

    def forward(self, x):
        features = [x]
        for layer in self.layers:
            features.append(layer(torch.cat(features, 1)))
        return torch.cat(features, 1)


batch_size = 10
num_layers = 6
in_channels = 64
growth_rate = 32


def get_inputs():
    return [torch.randn(batch_size, in_channels, 56, 56)]


def get_init_inputs():
    return [num_layers, in_channels, growth_rate]
