import torch
import torch.nn as nn

# A DenseNet transition layer: BN-ReLU-Conv1x1 halving the channels, then 2x2 average pooling.


class Model(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.transition = nn.Sequential(
            nn.BatchNorm2d(in_channels),
            nn.ReLU(inplace=True),
            nn.Conv2d(in_channels, out_channels, kernel_size=1, bias=False),
            nn.AvgPool2d(kernel_size=2, stride=2),
        )

    def forward(self, x):
        return self.transition(x)


batch_size = 10
in_channels = 256
out_channels = 128


def get_inputs():
    return [torch.randn(batch_size, in_channels, 56, 56)]


def get_init_inputs():
    return [in_channels, out_channels]
